"""Markdown and HTML articles: the text a reader reads, and the details the file gives."""

from __future__ import annotations

import html
import io
import re
import socket
import sys

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hostile_inputs import hostile_string
from tests.ingest.conftest import FIXTURES
from tui.cli import main
from tui.dataset import load
from tui.ingest import ingest_cached
from tui.ingest.html_input import MAX_ELEMENTS
from tui.ingest.reader import MAX_INPUT_BYTES, IngestError, decode, read_source

PAGE = FIXTURES / "en_chips_page.html"

STORY = [
    "Nvidia and Samsung strike memory deal as Intel cries foul",
    "Nvidia has signed a supply agreement with Samsung Electronics for high-bandwidth memory,"
    " the companies said on Tuesday. According to Reuters, Nvidia will also invest in a new"
    " packaging plant in Texas.",
    "Intel criticized the deal, saying it shuts smaller rivals out of the market. The Federal"
    " Trade Commission (FTC) is reportedly investigating the agreement.",
    "A reliable partner",
    "Jensen Huang, chief executive of Nvidia, praised Samsung as a reliable partner. “Samsung"
    " has delivered every wafer it promised,” he told analysts.",
    "“This agreement locks the most advanced memory away from everyone else,” an Intel"
    " spokesperson said.",
    "Samsung was fined by the FTC last year over a separate matter. SK Hynix, which supplies"
    " Nvidia today, declined to comment.",
    "Analysts expect the first shipments under the deal in the second half of the year.",
]

BOILERPLATE = [
    "cookies",
    "Accept all",
    "Subscribe",
    "Breadcrumbs",
    "Home",
    "Share on",
    "Advertisement",
    "renderAd",
    "dataLayer",
    "Read more",
    "SK Hynix profit soars",
    "Most read",
    "Storm batters",
    "Comments",
    "stitch up the market",
    "Sign up",
    "newsletter",
    "All rights reserved",
    "Privacy policy",
    "Photograph",
]


def page(body: str, head: str = "<title>Zorblat sues Quux</title>") -> str:
    head = f"<head><meta charset='utf-8'>{head}</head>"
    return f"<!DOCTYPE html>\n<html>{head}<body>{body}</body></html>"


ARTICLE = (
    "<article><h1>Zorblat sues Quux</h1>"
    "<p>Zorblat Games has sued its rival Quux in a federal court in Paris over the licence"
    " for the engine that both studios use, a court filing showed on Monday.</p>"
    "<p>Quux said it would fight the lawsuit and accused Zorblat of trying to push a smaller"
    " competitor out of the market for mobile games before the end of the year.</p>"
    "</article>"
)


def test_news_page_gives_the_story_without_the_page_around_it() -> None:
    source = read_source(PAGE)
    assert source.text.split("\n\n") == STORY
    for words in BOILERPLATE:
        assert words.lower() not in source.text.lower(), words
    assert source.title == STORY[0]
    assert source.outlet == "The Harbour Ledger"
    assert (
        source.url == "https://www.harbourledger.example/tech/2025/03/04/nvidia-samsung-memory-deal"
    )
    assert source.published == "2025-03-04"


def test_page_details_reach_the_dataset_and_options_win(tmp_path, capsys, rules_only) -> None:
    output = tmp_path / "page.json"
    assert main(["ingest", str(PAGE), "-o", str(output)]) == 0
    article = orjson.loads(output.read_bytes())["article"]
    assert article["title"] == STORY[0]
    assert article["outlet"] == "The Harbour Ledger"
    assert article["url"].endswith("/nvidia-samsung-memory-deal")
    assert article["published"] == "2025-03-04"
    assert article["text"] == "\n\n".join(STORY)
    assert main(["validate", "--strict", str(output)]) == 0
    given = ["--title", "Memory deal", "--outlet", "Wire", "--published", "2025-03"]
    assert main(["ingest", str(PAGE), "-o", str(output), "--force", *given]) == 0
    article = orjson.loads(output.read_bytes())["article"]
    assert (article["title"], article["outlet"], article["published"]) == (
        "Memory deal",
        "Wire",
        "2025-03",
    )
    assert article["url"].endswith("/nvidia-samsung-memory-deal")


def test_html_is_recognised_by_its_opening_when_the_name_says_nothing(
    tmp_path, monkeypatch
) -> None:
    saved = "<!-- saved from url=(0040)https://zorblat.example/ -->\n" + page(ARTICLE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(saved.encode())))
    from_stdin = read_source("-")
    assert from_stdin.text.startswith("Zorblat sues Quux\n\nZorblat Games has sued")
    assert "<" not in from_stdin.text
    assert from_stdin.url == "https://zorblat.example/"
    (tmp_path / "story").write_text(saved, encoding="utf-8")
    assert read_source(tmp_path / "story").text == from_stdin.text
    # a .txt file is text, whatever it holds
    (tmp_path / "story.txt").write_text(saved, encoding="utf-8")
    assert read_source(tmp_path / "story.txt").text == saved


def test_without_the_html_extra_a_page_is_one_clear_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert main(["ingest", str(PAGE), "-o", str(tmp_path / "x.json")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error
    assert str(PAGE) in error and "frenemy[html]" in error
    assert not (tmp_path / "x.json").exists()


def test_a_page_without_an_article_is_one_clear_line(tmp_path) -> None:
    empty = tmp_path / "menu.html"
    empty.write_text(page("<script>render('app')</script><div id='app'></div><img src='a.png'>"))
    with pytest.raises(IngestError, match=r"menu\.html: no article text found"):
        read_source(empty)


def test_the_date_comes_from_the_markup_never_from_the_running_text() -> None:
    dated = ARTICLE.replace("Monday.", "Monday, 3 March 2023.")
    assert decode(page(dated).encode(), "a.html").published is None
    stamped = dated.replace("</h1>", "</h1><time datetime='2024-11-05T10:00'>5 Nov</time>")
    assert decode(page(stamped).encode(), "a.html").published == "2024-11-05"


def test_lists_tables_and_line_breaks_of_a_story_become_paragraphs() -> None:
    story = (
        "<article><h1>Zorblat sues Quux</h1>"
        "<p>Zorblat Games has sued its rival Quux in a federal court in Paris over the licence"
        " for the <b>engine</b> that <i>both <code>studios</code></i> use.<br>Filed on"
        " Monday.</p>"
        "<h2>Who is involved</h2>"
        "<ul><li>Zorblat Games, the plaintiff, based in Lyon</li>"
        "<li>Quux, the defendant, <a href='/quux'>a mobile studio</a>"
        "<ul><li>founded in 2019</li></ul></li></ul>"
        "<table><tr><th>Studio</th><th>Revenue</th></tr>"
        "<tr><td>Zorblat</td><td>12 million euros</td></tr>"
        "<tr><td>Quux</td><td>3 million euros</td></tr></table>"
        "<p>Quux said it would fight the lawsuit and accused Zorblat of trying to push a"
        " smaller competitor out of the market for mobile games before the end of the year.</p>"
        "</article>"
    )
    assert decode(page(story).encode(), "a.html").text.split("\n\n") == [
        "Zorblat sues Quux",
        "Zorblat Games has sued its rival Quux in a federal court in Paris over the licence for"
        " the engine that both studios use.\nFiled on Monday.",
        "Who is involved",
        "Zorblat Games, the plaintiff, based in Lyon",
        "Quux, the defendant, a mobile studio",
        "founded in 2019",
        "Studio | Revenue",
        "Zorblat | 12 million euros",
        "Quux | 3 million euros",
        "Quux said it would fight the lawsuit and accused Zorblat of trying to push a smaller"
        " competitor out of the market for mobile games before the end of the year.",
    ]


def test_title_comes_first_when_the_story_does_not_open_with_it() -> None:
    body = ARTICLE.replace("<h1>Zorblat sues Quux</h1>", "")
    source = decode(page(body).encode(), "a.html")
    assert source.text.startswith("Zorblat sues Quux\n\nZorblat Games has sued")
    assert source.text.count("Zorblat sues Quux") == 1


def test_declared_charset_is_read() -> None:
    text = "Zorblat a signé un accord « historique » avec Quux"
    body = ARTICLE.replace("Quux said it would fight the lawsuit", text)
    for charset in ("windows-1252", "iso-8859-1", "ISO-8859-15"):
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        raw = page(body, head=head).replace("<meta charset='utf-8'>", "")
        assert text in decode(raw.encode(charset), "a.html").text, charset
    # a page declared ISO-8859-1 is written with Windows-1252's curly quotes
    curly = "l’éditeur de Zorblat a signé"
    raw = page(ARTICLE.replace("Quux said it would fight the lawsuit", curly))
    raw = raw.replace("charset='utf-8'", "charset='iso-8859-1'")
    assert curly in decode(raw.encode("cp1252"), "a.html").text
    russian = "Компания Зорблат подала в суд на компанию Куукс"
    raw = page(ARTICLE.replace("Quux said it would fight the lawsuit", russian))
    raw = raw.replace("charset='utf-8'", "charset='koi8-r'")
    assert russian in decode(raw.encode("koi8-r"), "a.html").text


def test_xhtml_with_an_xml_declaration_is_recognised_and_decoded() -> None:
    said = "Quux a dit « ça suffit » à l’éditeur"
    xhtml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Zorblat sues Quux</title>'
        f"</head><body>{ARTICLE.replace('Quux said it would fight the lawsuit', said)}"
        "</body></html>"
    )
    assert said in decode(xhtml.encode("cp1252"), "<stdin>").text


def test_utf8_bytes_win_over_a_wrong_declaration_and_bad_bytes_are_one_line() -> None:
    text = "Zorblat a signé un accord avec Quux"
    raw = page(ARTICLE.replace("Quux said it would fight the lawsuit", text))
    declared_latin = raw.replace("charset='utf-8'", "charset='iso-8859-1'").encode()
    assert text in decode(declared_latin, "a.html").text
    undeclared = raw.replace("<meta charset='utf-8'>", "").encode("cp1252")
    with pytest.raises(IngestError, match=r"^a\.html: not valid UTF-8 \(byte \d+\)") as caught:
        decode(undeclared, "a.html")
    assert "declares no charset" in str(caught.value)
    bad_japanese = raw.replace("charset='utf-8'", "charset='shift_jis'").encode() + b"\x81\xff"
    with pytest.raises(IngestError, match=r"^a\.html: not valid shift_jis text \(byte \d+\)$"):
        decode(bad_japanese, "a.html")
    # a page that could not state its charset in ASCII does not mean it: read as UTF-8
    utf16 = raw.replace("charset='utf-8'", "charset='utf-16'").encode()
    assert text in decode(utf16, "a.html").text
    unknown = raw.replace("charset='utf-8'", "charset='klingon-8'").encode("cp1252")
    with pytest.raises(IngestError, match=r"its declared charset klingon-8 cannot be used$"):
        decode(unknown, "a.html")
    assert text in decode(b"\xef\xbb\xbf" + raw.encode(), "a.html").text


def test_size_limit_applies_to_the_page_as_read() -> None:
    huge = page(ARTICLE).encode() + b" " * MAX_INPUT_BYTES
    with pytest.raises(IngestError, match="the limit is"):
        decode(huge, "a.html")


def test_a_page_of_too_many_elements_is_refused_before_parsing() -> None:
    cells = "<table><tr>" + "<td>1</td>" * MAX_ELEMENTS
    with pytest.raises(IngestError, match=r"^a\.html: 50,00\d HTML elements; the limit is 50,000$"):
        decode(page(cells).encode(), "a.html")


def test_a_page_is_read_without_the_network(monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert read_source(PAGE).url is not None


def test_control_characters_in_a_page_stay_as_in_plain_text() -> None:
    """Escape sequences, literal or as references, reach the text as in a ``.txt`` file (the
    browser shows them as symbols); an XML tree cannot hold them, and would drop the whole
    page for one ``&#27;``."""
    line = "Zorblat \x1b[31msued\x1b[0m Quux \u202eover \x07a \x9b2Jlicence \x0bin \x1fParis."
    written = line.replace("\x1b[0m", "&#27;[0m").replace("\x07", "&#x7;")
    body = ARTICLE.replace("Quux said it would fight the lawsuit", written)
    source = decode(page(body).encode(), "a.html")
    plain = decode(f"Title\n\n{line}".encode(), "a.txt")
    assert plain.text.split("\n\n")[1] in source.text
    # the stand-ins never leak, even when the page uses private-use characters itself
    private = "".join(chr(0xF0000 + i) for i in range(40))
    body = ARTICLE.replace("Quux said", f"\x1b{private} Quux said")
    assert f"\x1b{private} Quux said" in decode(page(body).encode(), "a.html").text


def test_deep_nesting_is_one_clear_line_or_the_story() -> None:
    shallow = page("<div>" * 100 + ARTICLE + "</div>" * 100)
    assert "Zorblat Games has sued" in decode(shallow.encode(), "a.html").text
    deep = page("<div>" * 10_000 + ARTICLE + "</div>" * 10_000)
    with pytest.raises(IngestError, match=r"^a\.html: ") as caught:
        decode(deep.encode(), "a.html")
    assert "\n" not in str(caught.value)


MARKDOWN = """\
---
title: "Zorblat v. Quux: the engine case"
url: https://zorblat.example/news/lawsuit
outlet: 'Zorblat''s Blog'  # the studio's own
published: false
date: 2025-03-04T09:30:00+01:00
tags: [courts, games]
---

# Zorblat sues Quux

Zorblat Games has *sued* its rival **Quux** in [a federal court](https://court.example)
in Paris, a `filing` showed. ![The courthouse](court.jpg) ![](pixel.gif)
<span class="note">Updated</span> on Monday.\\
Second line.

## Reactions

> Quux said it would fight the lawsuit.

- Zorblat declined to comment.
- Analysts expect a settlement.
   1. Nested first.

| Studio | Engine |
| --- | --- |
| Zorblat | Forge |

<div class="ad">Advertisement</div>

```
engine --version
```
"""

MARKDOWN_TEXT = """\
Zorblat sues Quux

Zorblat Games has sued its rival Quux in a federal court in Paris, a filing showed. \
The courthouse Updated on Monday.
Second line.

Reactions

Quux said it would fight the lawsuit.

Zorblat declined to comment.

Analysts expect a settlement.

Nested first.

Studio | Engine

Zorblat | Forge

engine --version"""


def test_markdown_is_read_as_the_rendered_text_with_its_front_matter_details() -> None:
    source = decode(MARKDOWN.encode(), "story.md")
    assert source.text == MARKDOWN_TEXT
    assert source.title == "Zorblat v. Quux: the engine case"
    assert source.url == "https://zorblat.example/news/lawsuit"
    assert source.outlet == "Zorblat's Blog"
    assert source.published == "2025-03-04"


def test_markdown_title_is_its_first_level_one_heading_without_front_matter() -> None:
    text = "Intro paragraph.\n\n## Section\n\nSetext title\n===\n\nBody text.\n"
    source = decode(text.encode(), "a.markdown")
    assert source.title == "Setext title"
    # the title is in the text already: it is not repeated at the top
    assert source.text == "Intro paragraph.\n\nSection\n\nSetext title\n\nBody text."
    assert (source.url, source.outlet, source.published) == (None, None, None)


@pytest.mark.parametrize(
    ("front", "field", "value"),
    [
        ("published: 2025-02-30", "published", None),
        ("date: March 4, 2025", "published", None),
        ("date: 2025-03", "published", "2025-03"),
        ("url: javascript:alert(1)", "url", None),
        ("url: /relative/path", "url", None),
        ('title: "Broken', "title", "Zorblat sues Quux"),
        ("title: " + "x" * 300, "title", "Zorblat sues Quux"),
        ("site: Zorblat Weekly", "outlet", "Zorblat Weekly"),
        ('title: "Tab\\tand \\u00e9"', "title", "Tab and é"),
        ('title: "Bad \\q escape"', "title", "Zorblat sues Quux"),
        ("url: http://[::1/bracket", "url", None),
    ],
)
def test_markdown_details_the_dataset_would_refuse_are_dropped(
    front: str, field: str, value: str | None
) -> None:
    source = decode(f"---\n{front}\n---\n# Zorblat sues Quux\n\nBody.\n".encode(), "a.md")
    assert getattr(source, field) == value
    assert source.text == "Zorblat sues Quux\n\nBody."


def test_markdown_without_closing_front_matter_is_all_text() -> None:
    source = decode(b"---\ntitle: x\n\nBody.\n", "a.md")
    assert source.title is None
    assert source.text == "title: x\n\nBody."


def test_markdown_details_reach_the_dataset(tmp_path, rules_only) -> None:
    article = tmp_path / "story.md"
    article.write_text(MARKDOWN, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "Wire"]) == 0
    document = orjson.loads((tmp_path / "story.json").read_bytes())["article"]
    assert document["title"] == "Zorblat v. Quux: the engine case"
    assert document["url"] == "https://zorblat.example/news/lawsuit"
    assert document["outlet"] == "Wire"
    assert document["published"] == "2025-03-04"
    assert document["text"] == MARKDOWN_TEXT


def test_control_characters_in_markdown_stay_as_in_plain_text(tmp_path) -> None:
    line = "Zorblat \x1b[31msued\x1b[0m Quux \u202eover \x07a licence."
    plain = decode(f"Title\n\n{line}\n".encode(), "a.txt")
    markdown = decode(f"# Title\n\n{line}\n".encode(), "a.md")
    assert markdown.text == plain.text.rstrip("\n")


def test_a_changed_title_in_the_file_is_not_served_from_the_cache(tmp_path, rules_only) -> None:
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: First title\n---\n# Zorblat sues Quux\n\nQuux sued Zorblat.\n")
    cache = tmp_path / "cache"
    assert ingest_cached(article, directory=cache).article.title == "First title"
    article.write_text("---\ntitle: Second title\n---\n# Zorblat sues Quux\n\nQuux sued Zorblat.\n")
    assert ingest_cached(article, directory=cache).article.title == "Second title"


PIECES = st.sampled_from(
    [
        "Zorblat",
        " sued ",
        "Quux",
        ".",
        "\n",
        "\n\n",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<article>",
        "<h1>",
        "</h1>",
        "<script>",
        "<br>",
        "<!--",
        "-->",
        "&#27;",
        "&#0;",
        "&#xD800;",
        "&amp;",
        "\x1b[31m",
        "\x07",
        "\u202e",
        "é",
        "# ",
        "---\n",
        "title: x\n",
        "> ",
        "- ",
        "**",
        "[",
        "](x)",
        "`",
        "|",
        "<meta charset=koi8-r>",
        "<meta charset=nope>",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, max_size=60), st.sampled_from(["a.html", "a.md", "<stdin>"]))
def test_any_markup_gives_an_article_or_one_clear_line(pieces: list[str], name: str) -> None:
    raw = ("<!doctype html>" if name == "<stdin>" else "") + "".join(pieces)
    try:
        source = decode(raw.encode(), name)
    except IngestError as exc:
        assert str(exc).startswith(f"{name}: ") and "\n" not in str(exc)
    else:
        assert source.text.strip() and "\n\n\n" not in source.text
        assert source.title is None or "\n" not in source.title


def test_a_hostile_page_reaches_the_dataset_as_a_txt_file_would(
    tmp_path, capsys, monkeypatch, rules_only
) -> None:
    """Every escape sequence, markup and hard script of the hostile strings, written in a
    page, comes out in the dataset's text exactly as from a ``.txt`` file, and stays inert in
    the export."""
    paragraphs = [
        f"Microsoft sued OpenAI over {hostile_string(f'p{n}')}. Google and Apple signed a deal."
        for n in range(3)
    ]
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    article = tmp_path / "hostile.html"
    article.write_text(page(f"<article><h1>Title</h1>{body}</article>"), encoding="utf-8")
    monkeypatch.setenv("FRENEMY_NOTES", str(tmp_path / "notes.json"))
    assert main(["ingest", str(article)]) == 0
    assert main(["validate", "--strict", str(article.with_suffix(".json"))]) == 0
    assert main(["export", str(article.with_suffix(".json")), "--all"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    dataset = load(article.with_suffix(".json"))
    assert dataset.article.text == "\n\n".join(["Title", *paragraphs])
    assert {"microsoft", "openai"} <= {e.id for e in dataset.entities}
