"""One broken dataset per rule, each with the exact message a curator will read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.dataset import DatasetError, check, load, parse
from tui.model import Dataset


def problems_of(document: dict, write_json) -> list[str]:
    path = write_json(document)
    with pytest.raises(DatasetError) as caught:
        load(path)
    return [line.removeprefix(f"{path}: ") for line in caught.value.lines()]


def set_in(document: dict, section: str, index: int, field: str, value: object) -> dict:
    document[section][index][field] = value
    return document


CASES: list[tuple[str, Callable[[dict], object], list[str]]] = [
    (
        "duplicate entity id",
        lambda d: d["entities"].append({"id": "acme", "name": "Acme", "kind": "org"}),
        ["entities[2].id: duplicate id 'acme' (first at entities[0])"],
    ),
    (
        "duplicate quote id",
        lambda d: set_in(d, "quotes", 2, "id", "q1"),
        ["quotes[2].id: duplicate id 'q1' (first at quotes[0])"],
    ),
    (
        "dangling mention",
        lambda d: set_in(d, "mentions", 1, "entity", "initech"),
        ["mentions[1].entity: unknown entity 'initech'"],
    ),
    (
        "dangling relation target",
        lambda d: set_in(d, "relations", 0, "target", "foo"),
        ["relations[0].target: unknown entity 'foo'"],
    ),
    (
        "dangling evidence",
        lambda d: set_in(d, "relations", 0, "evidence", ["q1", "q9"]),
        ["relations[0].evidence[1]: unknown quote 'q9'"],
    ),
    (
        "span past the end",
        lambda d: set_in(d, "quotes", 2, "end", 99),
        ["quotes[2].end: span 37:99 ends past the text (64 characters)"],
    ),
    (
        "mention past the end",
        lambda d: set_in(d, "mentions", 3, "end", 65),
        ["mentions[3].end: span 41:65 ends past the text (64 characters)"],
    ),
    (
        "reversed span",
        lambda d: set_in(d, "quotes", 0, "end", 0),
        ["quotes[0]: empty or reversed span: end 0 <= start 0"],
    ),
    (
        "mention text is not a name",
        lambda d: set_in(d, "mentions", 0, "end", 9),
        ["mentions[0]: text 'Acme sues' is not a name or alias of entity 'acme'"],
    ),
    (
        "duplicate mention",
        lambda d: d["mentions"].append(dict(d["mentions"][0])),
        ["mentions[4]: duplicate of mentions[0]"],
    ),
    (
        "altered text",
        lambda d: d["article"].update(text=d["article"]["text"].replace("sues", "hugs")),
        ["article.sha256: does not match the sha256 of article.text (text altered?)"],
    ),
    (
        "relation to itself",
        lambda d: set_in(d, "relations", 0, "target", "acme"),
        ["relations[0].target: same as source 'acme': a relation needs two parties"],
    ),
    (
        "unknown relation type",
        lambda d: set_in(d, "relations", 0, "type", "hug"),
        [
            "relations[0].type: Input should be 'partnership', 'negotiation', 'tech_sharing', "
            "'investment', 'commercial_deal', 'intent_to_cooperate', 'concession', "
            "'endorsement', 'consultation', 'appeal', 'role', 'evaluates_alternative', "
            "'competition', 'criticism', 'investigation', 'accusation', 'lawsuit', "
            "'talent_poaching', "
            "'dependency_reduction', 'refusal', 'threat', 'sanction' or 'termination', got 'hug'"
        ],
    ),
    (
        "confidence out of range",
        lambda d: set_in(d, "relations", 0, "confidence", 1.5),
        ["relations[0].confidence: Input should be less than or equal to 1"],
    ),
    (
        "no evidence",
        lambda d: set_in(d, "relations", 0, "evidence", []),
        ["relations[0].evidence: Tuple should have at least 1 item after validation, not 0"],
    ),
    (
        "missing field",
        lambda d: d["entities"][0].pop("kind"),
        ["entities[0].kind: required field is missing"],
    ),
    (
        "unknown field",
        lambda d: set_in(d, "entities", 0, "colour", "red"),
        ["entities[0].colour: unknown field"],
    ),
    (
        "bad entity kind",
        lambda d: set_in(d, "entities", 0, "kind", "company"),
        [
            "entities[0].kind: Input should be 'org', 'person', 'product', 'regulator', "
            "'place', 'event', 'money' or 'other', got 'company'"
        ],
    ),
    (
        "bad date",
        lambda d: set_in(d, "relations", 0, "date", "2025-02-30"),
        ["relations[0].date: not a real date: day is out of range for month"],
    ),
    (
        "unsupported schema version",
        lambda d: d.update(schema_version=7),
        ["schema_version: unsupported schema version 7; this frenemy reads version 1"],
    ),
]


@pytest.mark.parametrize(("label", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_one_exact_line(small, write_json, label, breaks, expected) -> None:
    breaks(small)
    assert problems_of(small, write_json) == expected


def test_every_problem_is_reported_not_only_the_first(small, write_json) -> None:
    set_in(small, "mentions", 1, "entity", "initech")
    set_in(small, "relations", 0, "target", "foo")
    set_in(small, "quotes", 2, "end", 99)
    assert problems_of(small, write_json) == [
        "mentions[1].entity: unknown entity 'initech'",
        "quotes[2].end: span 37:99 ends past the text (64 characters)",
        "relations[0].target: unknown entity 'foo'",
    ]


def test_mention_matching_ignores_case_and_apostrophe_style(small, write_json) -> None:
    text = "L’Oréal sues Globex.\n\nGlobex denies it. The Acme Corp board agrees."
    small["entities"][0]["aliases"] = ["l'oréal", "Acme Corp"]
    small["article"]["text"] = text
    from tui.dataset import text_sha256

    small["article"]["sha256"] = text_sha256(text)
    shift = len("L’Oréal") - len("Acme")
    small["mentions"][0]["end"] = 7
    for mention in small["mentions"][1:]:
        mention["start"] += shift
        mention["end"] += shift
    for quote in small["quotes"]:
        quote["end"] += shift
        if quote["id"] != "q1":
            quote["start"] += shift
    assert load(write_json(small)).mentions[0].end == 7


def test_doubts_are_warnings_that_do_not_stop_loading(small, write_json) -> None:
    small["relations"][0]["evidence"] = ["q3"]  # mentions Acme Corp only: fine
    small["relations"][0]["source"] = "globex"
    small["relations"][0]["target"] = "acme"
    small["relations"][0]["evidence"] = ["q2"]  # mentions Globex: fine
    small["entities"].append({"id": "initech", "name": "Initech", "kind": "org"})
    small["relations"].append(
        {
            "id": "r2",
            "source": "initech",
            "target": "acme",
            "type": "criticism",
            "confidence": 0.5,
            "evidence": ["q2"],
        }
    )
    dataset = load(write_json(small))
    warnings = [p.format("f") for p in check(dataset) if p.severity == "warning"]
    assert warnings == [
        "f: relations[1].evidence[0]: warning: quote 'q2' mentions neither 'initech' nor 'acme'",
        "f: entities[2]: warning: entity 'initech' is never mentioned",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "file is empty"),
        (b'{"article": {', "1:14: invalid JSON: unexpected end of data"),
        (
            b'{\n  "a": 1,\n  "b": }',
            "3:8: invalid JSON: unexpected character, expected a JSON value",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not valid UTF-8 text (byte 0)"),
        (b"\x00\x00", "1:1: invalid JSON: unexpected character, expected a JSON value"),
        (b'{"a": "caf\xe9"}', "not valid UTF-8 text (byte 10)"),
        (b"[1, 2]", "expected a JSON object at the top, got an array"),
        (b"null", "expected a JSON object at the top, got null"),
    ],
)
def test_unreadable_files_get_one_line(raw: bytes, expected: str) -> None:
    with pytest.raises(DatasetError) as caught:
        parse(raw, "x.json")
    assert caught.value.lines() == [
        f"x.json:{expected}" if expected[0].isdigit() else f"x.json: {expected}"
    ]


def test_a_utf8_bom_is_accepted(small) -> None:
    import orjson

    assert parse(b"\xef\xbb\xbf" + orjson.dumps(small)).article.id == "small"


def test_missing_file_is_a_dataset_error(tmp_path) -> None:
    with pytest.raises(DatasetError) as caught:
        load(tmp_path / "nope.json")
    assert caught.value.lines() == [f"{tmp_path / 'nope.json'}: no such file"]


def test_check_passes_a_valid_dataset(small) -> None:
    assert check(Dataset.model_validate(small)) == []


def test_odd_keys_and_file_names_stay_on_one_printable_line(small) -> None:
    import orjson

    small["entities"][0]["\x1b[2J\nkey"] = 1
    with pytest.raises(DatasetError) as caught:
        parse(orjson.dumps(small), "evil\x1b]0;title\x07.json")
    assert caught.value.lines() == [
        'evil\\x1b]0;title\\x07.json: entities[0]["\\u001b[2J\\nkey"]: unknown field'
    ]
