"""Whatever bytes a user opens, loading ends in a dataset or in a DatasetError, nothing else."""

from __future__ import annotations

import copy

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.dataset import MAX_BYTES, DatasetError, dumps, parse, text_sha256

from .conftest import small_document

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _loads_or_dataset_error(raw: bytes) -> None:
    try:
        parse(raw, "fuzz.json")
    except DatasetError as exc:
        lines = exc.lines()
        assert lines
        assert all(line.startswith("fuzz.json") and "\n" not in line for line in lines)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_any_bytes(raw: bytes) -> None:
    _loads_or_dataset_error(raw)


@settings(max_examples=300)
@given(json_values)
def test_any_json(value) -> None:
    _loads_or_dataset_error(orjson.dumps(value))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*prefix, index))


_SMALL_PATHS = list(_paths(small_document()))[1:]


@settings(max_examples=400)
@given(st.sampled_from(_SMALL_PATHS), json_values)
def test_any_field_of_a_valid_dataset_replaced_by_anything(path, value) -> None:
    document = copy.deepcopy(small_document())
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _loads_or_dataset_error(orjson.dumps(document))


def _with_text(text: str, **extra) -> bytes:
    document = small_document()
    document["article"].update(text=text, sha256=text_sha256(text))
    document.update(mentions=[], quotes=[{"id": "q1", "start": 0, "end": 1}], relations=[])
    document.update(extra)
    return orjson.dumps(document)


HOSTILE_TEXT = (
    "[bold]x[/] [@click=app.quit]quit[/] \x1b[31mred\x1b[0m \x1b]0;title\x07 "
    "\x1b]52;c;aGk=\x07 \x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\ "
    "שלום עולם e\u0301\u0301 \u202eevil 漢字 👩‍👩‍👧 \r\n\x00 <script>"
)


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE_TEXT,
        "a\r\nb\r\n",
        "x" * 1_000_000,
        "\ufeffstarts with a BOM",
    ],
    ids=["markup-escapes-rtl-emoji", "crlf", "one-megabyte-line", "inner-bom"],
)
def test_hostile_but_valid_text_loads_unchanged(text: str) -> None:
    assert parse(_with_text(text)).article.text == text


def test_hostile_names_load_unchanged() -> None:
    document = small_document()
    document["entities"][1]["aliases"] = [HOSTILE_TEXT]
    document["entities"][1]["description"] = HOSTILE_TEXT
    document["article"]["title"] = HOSTILE_TEXT
    assert parse(orjson.dumps(document)).entities[1].aliases == (HOSTILE_TEXT,)


def test_problem_messages_never_carry_control_characters() -> None:
    document = small_document()
    document["relations"][0]["target"] = "\x1b[2J"
    document["entities"][0]["kind"] = "\x1b]52;c;aGk=\x07"
    with pytest.raises(DatasetError) as caught:
        parse(orjson.dumps(document), "f.json")
    text = "\n".join(caught.value.lines())
    assert "\x1b" not in text and "\x07" not in text


def test_a_fifty_megabyte_article_loads() -> None:
    text = ("Acme sues Globex. " * 3_000_000)[:50_000_000]
    assert len(parse(_with_text(text)).article.text) == 50_000_000


def test_a_hundred_thousand_entities_load_and_save() -> None:
    text = "Acme sues Globex."
    entities = [{"id": f"e{i}", "name": f"Entity {i}", "kind": "org"} for i in range(100_000)]
    raw = _with_text(text, entities=entities)
    dataset = parse(raw)
    assert len(dataset.entities) == 100_000
    assert parse(dumps(dataset)) == dataset


def test_beyond_the_size_limit_is_refused_with_a_message() -> None:
    with pytest.raises(DatasetError) as caught:
        parse(b" " * (MAX_BYTES + 1), "big.json")
    assert caught.value.lines() == [
        f"big.json: file is {MAX_BYTES + 1:,} bytes; the limit is {MAX_BYTES:,} bytes"
    ]
