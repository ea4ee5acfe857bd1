"""Markdown to article text: what a reader of the rendered page reads, without the markup.

Each heading, paragraph, list item and table row becomes a paragraph of its own (paragraphs
are what the browser and the quote splitter work with), inline markup goes (a link keeps its
text, an image its alt text, a code span its content, inline HTML tags nothing), and a block
quote stays as text: in a news article it is usually someone's words. Block HTML is dropped
like inline tags. The parser is markdown-it (CommonMark, with tables and strikethrough).

A YAML front matter (between ``---`` lines at the very top) never reaches the text; its
``title``, ``url``, ``outlet``/``site`` and ``published``/``date`` become the article's
details. Only one-line scalar values are read: that is how these keys are written, and it
spares a YAML dependency.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.ingest.source import Source, checked_source, partial_date, short_line, titled_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*\Z")
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"(?:[ \t]+#.*)?\Z')
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?:[ \t]+#.*)?\Z")
_NOT_PLAIN = tuple("[{|>&*!%@`\"'")
_INLINE_SPACES = re.compile(r"[ \t]+")

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def read_markdown(text: str, name: str) -> Source:
    """Markdown ``text`` (line endings already ``\\n``) as an article ``Source``."""
    fields, body = front_matter(text)
    blocks = list(_blocks(_PARSER.parse(body)))
    heading = next((block for level, block in blocks if level == 1), None)
    title = short_line(fields.get("title")) or short_line(heading)
    return checked_source(
        titled_text(blocks, title),
        name,
        title=title,
        url=fields.get("url"),
        outlet=fields.get("outlet") or fields.get("site"),
        published=_first_date(fields.get("published"), fields.get("date")),
    )


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The one-line scalar fields of a YAML front matter (keys in lower case), and the text
    after it; no front matter gives no fields and the text unchanged."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in (match.group("body") or "").split("\n"):
        pair = _KEY_VALUE.match(line)
        if pair is None or pair.group("value") is None:
            continue
        value = _scalar(pair.group("value"))
        if value is not None:
            fields.setdefault(pair.group("key").lower(), value)
    return fields, text[match.end() :]


def _scalar(value: str) -> str | None:
    """A YAML one-line scalar: double-quoted (JSON-like escapes), single-quoted (``''`` is a
    quote) or plain, a `` #`` comment after it cut off; anything else (lists, blocks, anchors)
    is None."""
    if quoted := _DOUBLE_QUOTED.match(value):
        try:
            return json.loads(f'"{quoted.group(1)}"', strict=False)
        except ValueError:
            return None
    if quoted := _SINGLE_QUOTED.match(value):
        return quoted.group(1).replace("''", "'")
    if value.startswith(_NOT_PLAIN):
        return None
    return value.split(" #", 1)[0].strip() or None


def _first_date(*values: str | None) -> str | None:
    """The first value that reads as a date: Jekyll's ``published: false`` is a flag."""
    return next((date for date in map(partial_date, values) if date), None)


def _blocks(tokens: Sequence[Token]) -> Iterator[tuple[int, str]]:
    """(heading level or 0, plain text) for each paragraph-like block, in reading order."""
    level = 0
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            level = int(token.tag[1:])
        elif token.type == "heading_close":
            level = 0
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            cells = " | ".join(cell for cell in row if cell)
            row = None
            if cells:
                yield 0, cells
        elif token.type == "inline":
            text = _inline(token.children or ())
            if row is not None:
                row.append(text)
            elif text:
                yield level, text
        elif token.type in {"fence", "code_block"} and (text := _lines(token.content)):
            yield 0, text


def _inline(children: Sequence[Token]) -> str:
    """The text a reader sees: markup and inline HTML dropped, line breaks kept as written
    only where the author forced them."""
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "image":
            parts.append(_inline(child.children or ()))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return _lines(_INLINE_SPACES.sub(" ", "".join(parts)))


def _lines(text: str) -> str:
    """``text`` with its lines stripped and its empty lines gone, so that a block stays one
    paragraph."""
    return "\n".join(line for line in (part.strip(" \t") for part in text.split("\n")) if line)
