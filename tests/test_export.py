"""The Markdown export: valid CommonMark whose quotes and notes read exactly as written."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.dataset import load
from tui.export import escape, export_markdown, visible, yaml_quote
from tui.model import Dataset
from tui.notes import Note, dyad_target, entity_target, quote_target
from tui.tension import score_dataset

from .factories import make_dataset
from .markdown_check import (
    blockquotes,
    canonical,
    front_matter,
    headings,
    literal,
    note_items,
    paragraphs,
    parse,
    rendered_text,
    table_rows,
)

GOLDEN = Path(__file__).parent / "golden" / "seed-export.md"
EXPORTED_AT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
SPECIALS = [*list("#>-+*_`<>&[]\\|~$=%!:.)( \t\n1"), "[[", "]]", "---", "1.", "  \n", "&amp;"]
texts = st.lists(st.sampled_from(SPECIALS) | st.characters(), max_size=40).map("".join)


def note(
    note_id: str, target, text: str, *, sha: str, minute: int = 0, stale: bool = False
) -> Note:
    moment = dt.datetime(2026, 2, 1, 8, minute, tzinfo=dt.UTC)
    return Note(
        id=note_id,
        target=target,
        text=text,
        created=moment,
        updated=moment,
        article_sha256="0" * 64 if stale else sha,
    )


# Escaping


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "## two",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a list",
        "2) not a list",
        "*not bold* and **not strong** and _not em_ and __not__",
        "`not code` and ```fence```",
        "```\nnot a fence\n```",
        "~~~\nnot a fence\n~~~",
        "    not an indented code block",
        "\tnot code either",
        "<b>not html</b> <!-- not a comment --> <http://not.an/autolink>",
        "<div>\nnot an html block\n</div>",
        "&amp; &copy; &#65; stay literal",
        "[not a link](http://x) ![not an image](x.png) [ref]\n\n[ref]: http://x",
        "[[Not A Wikilink]] and [^1] footnote",
        "back\\slash and \\* and a trailing backslash\\",
        "two trailing spaces  \nmake no line break",
        "---",
        "title\n===",
        "title\n---",
        "***",
        "| not | a | table |\n| --- | --- | --- |\n| a | b | c |",
        "~~not struck~~ ==not highlighted== %%not a comment%% $not math$ #not-a-tag",
        "  leading and trailing spaces  ",
        "\u00a0non-breaking edges\u00a0",
        "a\n\n\n\nb",
        "\n\nsurrounded by blank lines\n\n",
        "line one\r\nline two\rline three",
        "\x1b[31mred\x1b[0m and \x1b]52;c;aGVsbG8=\x07 and \x9b2J and \x00 and \x7f",
        "[bold]markup[/bold] [@click=app.quit]quit[/]",
        "  \n \t \n",
    ],
)
def test_escaped_text_renders_literally(text: str) -> None:
    tree = parse(escape(text))
    assert paragraphs(tree.children) == canonical(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_escape_round_trips_any_text_in_every_context(text: str) -> None:
    expected = canonical(text)
    assert paragraphs(parse(escape(text)).children) == expected

    quoted = "\n".join(f"> {line}" if line else ">" for line in escape(text).split("\n"))
    tree = parse(quoted)
    if expected:
        assert [node.type for node in tree.children] == ["blockquote"]
        assert blockquotes(tree) == [expected]

    body = "\n".join(f"  {line}" if line else "" for line in escape(text).split("\n"))
    items = note_items(parse(f"- Note, header\n\n{body}"))
    assert items == [("Note, header", expected)]

    one_line = visible(text).replace("\n", " ")
    heading = parse(f"### {escape(text, inline=True)}")
    assert [literal(node.children[0]) for node in heading.children] == [one_line]

    cell = escape(text, inline=True)
    rows = table_rows(parse(f"| a | b |\n| --- | --- |\n| {cell} | x |"))
    assert rows == [["a", "b"], [one_line, "x"]]


@settings(deadline=None)
@given(texts)
def test_escaped_text_holds_no_control_character(text: str) -> None:
    for output in (escape(text), escape(text, inline=True), yaml_quote(text)):
        assert not [c for c in output if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    assert "\n" not in escape(text, inline=True)


def test_control_characters_become_visible_symbols() -> None:
    assert visible("\x1b[31mred") == "␛[31mred"
    assert visible("\x1b]52;c;aGk=\x07") == "␛]52;c;aGk=␇"
    assert visible("\x00\x7f\x9b\x85") == "␀␡\ufffd\ufffd"
    assert visible("tab\tand\nnewline\r\nand\rcr") == "tab\tand\nnewline\nand\ncr"


@settings(deadline=None)
@given(texts)
def test_yaml_quote_is_one_json_compatible_line(text: str) -> None:
    import json

    quoted = yaml_quote(text)
    assert "\n" not in quoted and "\u2028" not in quoted
    assert json.loads(quoted) == visible(text)


# Exports


@pytest.fixture(scope="module")
def seed() -> Dataset:
    from tui.resources import seed_dataset

    return load(seed_dataset())


def seed_notes(seed: Dataset) -> list[Note]:
    """The fixed notes of the golden export: one of each target, a stale one, an orphan."""
    sha = seed.article.sha256
    return [
        note("n1", entity_target("microsoft"), "*not bold* # not a heading", sha=sha),
        note(
            "n2",
            quote_target("p8s1"),
            "The exclusivity on Azure is gone.\n\n- not a list\n1. nor this | pipe",
            sha=sha,
            minute=1,
        ),
        note(
            "n3",
            dyad_target("openai", "microsoft"),
            "Still partners, no longer allies.\n<b>not html</b> [[not a link]]",
            sha=sha,
            minute=2,
        ),
        note("n4", entity_target("coreweave"), "Written on an older text.", sha=sha, stale=True),
        note("n5", entity_target("gone"), "About an entity no longer in the dataset.", sha=sha),
    ]


def test_golden_export_of_the_seed(seed: Dataset) -> None:
    markdown = export_markdown(seed, score_dataset(seed), seed_notes(seed), exported_at=EXPORTED_AT)
    if os.environ.get("FRENEMY_UPDATE_GOLDEN"):
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_seed_export_structure(seed: Dataset) -> None:
    scores = score_dataset(seed)
    notes = seed_notes(seed)
    tree = parse(export_markdown(seed, scores, notes, all_entities=True, exported_at=EXPORTED_AT))

    fields = front_matter(tree)
    article = seed.article
    assert {k: fields[k] for k in ("title", "outlet", "url", "language", "published")} == {
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "published": article.published,
    }
    assert fields["exported"] == "2026-03-01T09:30:00Z"
    assert fields["tension"] == pytest.approx(scores.article.tension, abs=0.05)
    assert fields["tension_band"] == scores.article.band
    assert fields["tags"][:2] == ["frenemy", f"tension/{scores.article.band}"]
    assert {"entity/microsoft", "entity/openai", "entity/coreweave"} <= set(fields["tags"])

    assert headings(tree, "h1") == [article.title]
    assert headings(tree, "h2") == [
        "Tension",
        "Dyads",
        "Entities",
        "Notes on targets no longer in the article",
    ]
    names = {e.id: e.name for e in seed.entities}
    by_salience = sorted(names.values(), key=lambda n: -scores.entities[_id(seed, n)].salience)
    assert headings(tree, "h3") == [f"{names['microsoft']} · {names['openai']}", *by_salience]

    rows = table_rows(tree)
    assert rows[0] == ["Dyad", "Tension", "Band", "Volume", "Cooperation", "Conflict"]
    scored = [d for d in scores.dyads if d.volume > 0]
    assert 0 < len(scored) < len(scores.dyads)
    assert len(rows) == 1 + len(scored)
    for row, dyad in zip(rows[1:], scored, strict=True):
        assert row == [
            f"{names[dyad.a]} · {names[dyad.b]}",
            f"{dyad.tension:.0f}",
            dyad.band,
            f"{dyad.volume:.1f}",
            f"{dyad.cooperation:.1f}",
            f"{dyad.conflict:.1f}",
        ]
    unscored = next(p for p in tree.walk() if p.type == "inline" and "unscored" in p.content)
    assert rendered_text(unscored).count(" · ") == len(scores.dyads) - len(scored)

    quoted = set(blockquotes(tree))
    quote_texts = {canonical(seed.article.text[q.start : q.end]) for q in seed.quotes}
    assert quoted <= quote_texts
    assert quoted == quote_texts - _unmentioned_quotes(seed)

    exported = note_items(tree)
    assert sorted(text for _, text in exported) == sorted(canonical(n.text) for n in notes)
    stale = [header for header, text in exported if "stale" in header]
    assert len(stale) == 1 and "Written on an older text." in [
        text for header, text in exported if "stale" in header
    ]


def _id(dataset: Dataset, name: str) -> str:
    return next(e.id for e in dataset.entities if e.name == name)


def _unmentioned_quotes(dataset: Dataset) -> set[str]:
    from tui.dataset import entities_by_quote

    mentioned = entities_by_quote(dataset)
    return {
        canonical(dataset.article.text[q.start : q.end])
        for q in dataset.quotes
        if not mentioned[q.id]
    }


def section(markdown: str, heading: str) -> str:
    """The Markdown from a heading line to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    start = markdown.index(f"\n{heading}\n") + 1
    pattern = re.compile(rf"^#{{1,{level}}} ", re.MULTILINE)
    following = pattern.search(markdown, start + len(heading))
    return markdown[start : following.start() if following else len(markdown)]


def test_notes_are_placed_with_their_targets(seed: Dataset) -> None:
    markdown = export_markdown(seed, score_dataset(seed), seed_notes(seed), exported_at=EXPORTED_AT)
    microsoft = section(markdown, "### Microsoft")
    assert "#### Notes" in microsoft and "\\*not bold\\* \\# not a heading" in microsoft
    quote_at = microsoft.index("> En janvier dernier, Microsoft avait déjà accepté")
    next_quote = microsoft.index("Paragraph", quote_at)
    assert "The exclusivity on Azure is gone." in microsoft[quote_at:next_quote]
    assert "Notes on this quote: under Microsoft." in section(markdown, "### OpenAI")
    dyads = section(markdown, "## Dyads")
    assert "Still partners, no longer allies." in section(dyads, "### Microsoft · OpenAI")
    assert "no longer allies." not in section(markdown, "## Entities")
    orphan = section(markdown, "## Notes on targets no longer in the article")
    assert "Entity gone:" in orphan and "About an entity no longer" in orphan
    assert markdown.count("Written on an older text.") == 1
    assert "⚠ **stale**" in section(markdown, "### CoreWeave")


def test_without_all_only_annotated_entities_are_exported(seed: Dataset) -> None:
    tree = parse(
        export_markdown(seed, score_dataset(seed), seed_notes(seed), exported_at=EXPORTED_AT)
    )
    mentioned_in_p8s1 = {"Microsoft", "OpenAI", "Azure"}
    assert set(headings(tree, "h3")) == {"Microsoft · OpenAI", "CoreWeave"} | mentioned_in_p8s1


def test_no_notes_and_no_all_says_so(seed: Dataset) -> None:
    markdown = export_markdown(seed, score_dataset(seed), [], exported_at=EXPORTED_AT)
    assert headings(parse(markdown), "h3") == []
    assert "No entity has notes yet" in markdown


def test_wikilinks_name_entities_for_obsidian(seed: Dataset) -> None:
    markdown = export_markdown(
        seed, score_dataset(seed), seed_notes(seed), wikilinks=True, exported_at=EXPORTED_AT
    )
    tree = parse(markdown)
    assert "[[Microsoft]]" in headings(tree, "h3")
    assert "[[Microsoft]] · [[OpenAI]]" in [row[0] for row in table_rows(tree)]
    assert "- [[Microsoft]] ↔ [[OpenAI]]: partnership" in markdown


HOSTILE_TEXT = (
    "Acme *Corp* sues [bold]Globex[/bold] over \x1b[31mred\x1b[0m text.\n\n"
    "# Not a heading\n\n"
    "<script>alert(1)</script> and Globex | pipes [@click=app.quit]quit[/] "
    "\x1b]52;c;aGVsbG8=\x07 done.\n\n"
    "---\n"
    "> not quoted & not &amp; entity \\ [[Globex]]  "
)
HOSTILE_QUOTES = [
    "Acme *Corp* sues [bold]Globex[/bold] over \x1b[31mred\x1b[0m text.",
    "<script>alert(1)</script> and Globex | pipes [@click=app.quit]quit[/] "
    "\x1b]52;c;aGVsbG8=\x07 done.",
    "---\n> not quoted & not &amp; entity \\ [[Globex]]  ",
]


@pytest.fixture(scope="module")
def hostile() -> Dataset:
    return make_dataset(
        HOSTILE_TEXT,
        entities=[
            {"id": "acme", "name": "Acme *Corp*", "description": "<img src=x onerror=alert(1)>"},
            {"id": "globex", "name": "Globex", "aliases": ["[bold]Globex[/bold]"]},
        ],
        relations=[
            {
                "source": "acme",
                "target": "globex",
                "type": "lawsuit",
                "evidence": HOSTILE_QUOTES[0],
                "comment": "<b>[link](javascript:alert(1))</b> | `code`",
            }
        ],
        quotes=HOSTILE_QUOTES[1:],
        title='# [bold]Title[/bold] \x1b[2J | "quoted" \\ ---',
    )


def hostile_notes(dataset: Dataset) -> list[Note]:
    sha = dataset.article.sha256
    return [
        note("h1", entity_target("acme"), "[@click=app.quit]x[/]\n# h\n\x1b[31m", sha=sha),
        note("h2", quote_target("q2"), "<script>x</script>\n\n```\nfence\n```", sha=sha),
        note("h3", dyad_target("acme", "globex"), "| a | b |\n| - | - |", sha=sha),
    ]


@pytest.mark.parametrize("wikilinks", [False, True])
def test_hostile_text_is_exported_literally(hostile: Dataset, wikilinks: bool) -> None:
    notes = hostile_notes(hostile)
    markdown = export_markdown(
        hostile,
        score_dataset(hostile),
        notes,
        all_entities=True,
        wikilinks=wikilinks,
        exported_at=EXPORTED_AT,
    )
    assert not [c for c in markdown if unicodedata.category(c) == "Cc" and c not in "\n"]
    tree = parse(markdown)
    kinds = {node.type for node in tree.walk()}
    assert not kinds & {
        "html_block",
        "html_inline",
        "link",
        "image",
        "em",
        "code_inline",
        "fence",
        "code_block",
        "hr",
    }
    assert front_matter(tree)["title"] == visible(hostile.article.title)
    assert headings(tree, "h1") == [visible(hostile.article.title)]
    assert headings(tree, "h2") == ["Tension", "Dyads", "Entities"]
    globex = "[[Globex]]" if wikilinks else "Globex"
    h3 = headings(tree, "h3")
    assert h3[0] == f"Acme *Corp* · {globex}" and sorted(h3[1:]) == ["Acme *Corp*", globex]
    assert table_rows(tree)[1][0] == f"Acme *Corp* · {globex}"
    assert sorted(text for _, text in note_items(tree)) == sorted(canonical(n.text) for n in notes)
    quotes = {canonical(q) for q in HOSTILE_QUOTES}
    assert set(blockquotes(tree)) == quotes
    texts_found = [rendered_text(n.children[0]) for n in tree.walk() if n.type == "paragraph"]
    assert "<img src=x onerror=alert(1)>" in texts_found
    assert any(t == "<b>[link](javascript:alert(1))</b> | `code`" for t in texts_found)
    if wikilinks:
        assert "Acme \\*Corp\\*" in markdown and "[[Acme" not in markdown
        assert "[[Globex]]" in markdown


def test_an_article_without_scored_relations_has_no_table() -> None:
    dataset = make_dataset(
        "Acme owns Widget. Nobody else is named.",
        entities=["Acme", "Widget"],
        relations=[{"source": "Acme", "target": "Widget", "type": "role"}],
    )
    markdown = export_markdown(
        dataset, score_dataset(dataset), [], all_entities=True, exported_at=EXPORTED_AT
    )
    tree = parse(markdown)
    assert not [node for node in tree.walk() if node.type == "table"]
    assert "no scored relation between two entities yet" in markdown
    assert "confidence 0): Acme · Widget." in markdown
    assert headings(tree, "h3") == ["Acme", "Widget"]
