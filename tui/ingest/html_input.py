"""A saved web page to article text: the story without the page around it.

A news page is mostly not the story: navigation, cookie banners, share buttons, related
links, comments, footers. Telling them apart is a research problem of its own, and
trafilatura (the optional ``html`` extra) solves it better than rules written here would:
it is maintained against real news sites and benchmarked, and it also reads the page's
title, site name, canonical URL and publication date from its meta tags and JSON-LD.
It never fetches anything when given the page's text, and neither does this module.

The story comes out as plain text: each heading, paragraph, list item and table row a
paragraph of its own, separated by blank lines like a ``.txt`` article. Control characters
(an escape sequence, written literally or as ``&#27;``) stay in the text as they would in a
``.txt`` file, for the browser to show as visible symbols: XML trees cannot hold them, so
they cross the parser as private-use stand-ins and are put back afterwards.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tui.ingest.source import (
    IngestError,
    Source,
    checked_source,
    short_line,
    titled_text,
    web_address,
)

if TYPE_CHECKING:
    from lxml.etree import _Element

_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([-\w.:]{1,40})", re.I)
_XML_ENCODING = re.compile(rb"\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([-\w.:]{1,40})", re.I)
_CHARSET_SCAN = 64 * 1024
"""Bytes searched for a charset declaration: the whole head of any real page."""

_WEB_CHARSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
"""Labels that browsers read as a superset (the WHATWG Encoding Standard): a page declared
ISO-8859-1 is written with Windows-1252's curly quotes."""

_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))

_XML_INVALID_REFERENCE = re.compile(
    r"&#(?:0*(?P<dec>[0-9]{1,5})(?![0-9])|[xX]0*(?P<hex>[0-9a-fA-F]{1,4})(?![0-9a-fA-F]));?"
)
_XML_INVALID = (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)

MAX_ELEMENTS = 50_000
"""Most tags a page may open. News pages have a few thousand elements; trafilatura's time
grows faster than the count (libxml2's XPath merges node sets in quadratic time), so that a
page of 1.5 million empty paragraphs would take hours instead of failing at once."""
_TAG = re.compile(r"<[A-Za-z]")

_BLOCKS = frozenset(
    {"p", "head", "list", "item", "quote", "table", "row", "cell", "div", "figure", "note"}
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
"""The address a browser notes at the top of a page it saved (the "mark of the web")."""
_START = re.compile(
    rb"\A(?:\s|<!--.*?-->|<\?xml\b[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


def looks_like_html(raw: bytes) -> bool:
    """Whether ``raw`` opens as an HTML document (an XML declaration, or comments such as a
    browser's ``<!-- saved from url=... -->``, may come first)."""
    return _START.match(raw.removeprefix(codecs.BOM_UTF8)[:_CHARSET_SCAN]) is not None


def read_html(raw: bytes, name: str) -> Source:
    """The article in the HTML page ``raw`` as a ``Source``, or ``IngestError``."""
    page, restore = _stand_ins(html_text(raw, name))
    elements = len(_TAG.findall(page))
    if elements > MAX_ELEMENTS:
        raise IngestError(f"{name}: {elements:,} HTML elements; the limit is {MAX_ELEMENTS:,}")
    try:
        import trafilatura
    except ImportError:
        raise IngestError(
            f"{name}: reading HTML needs the html extra: pip install 'frenemy[html]'"
        ) from None
    # libxml2's HTML parser drops what is nested over 255 elements deep, which bounds the
    # recursion here and in trafilatura
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={
            "original_date": True,
            # a date guessed from the text would skew the scores' recency
            "extensive_search": False,
            "max_date": dt.date.today().isoformat(),
        },
    )
    body = document.body if document is not None else None
    blocks = list(_blocks(body)) if body is not None else []
    if not blocks:
        raise IngestError(f"{name}: no article text found in this HTML page")
    title = short_line(_restored(document.title, restore))
    blocks = [(level, text.translate(restore)) for level, text in blocks]
    return checked_source(
        titled_text(blocks, title),
        name,
        title=title,
        url=web_address(document.url) or _saved_from(page),
        outlet=_restored(document.sitename, restore),
        published=document.date,
    )


def html_text(raw: bytes, name: str) -> str:
    """Decode a page as a browser would, with one exception: bytes that are valid UTF-8 are
    UTF-8 even when the page declares a legacy charset (a page re-encoded without updating
    its ``<meta charset>`` is common; legacy text that is valid UTF-8 by accident is not).
    A UTF-8 byte order mark wins, then the declared charset, then UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        return _decoded(raw[len(codecs.BOM_UTF8) :], "utf-8", name)
    label, charset = declared_charset(raw)
    if charset is None or charset == "utf-8" or (not raw.isascii() and _is_utf8(raw)):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if label is None:
                reason = "and declares no charset"
            else:
                reason = f"and its declared charset {label} cannot be used"
            raise IngestError(f"{name}: not valid UTF-8 (byte {exc.start}) {reason}") from None
    return _decoded(raw, charset, name, label)


def declared_charset(raw: bytes) -> tuple[str | None, str | None]:
    """The charset label a page declares (``<meta charset>``, ``http-equiv`` or an XML
    declaration) and the Python codec to read it with; the codec is None when the label is
    unknown or names an encoding in which the declaration itself could not have been read
    (UTF-16, UTF-7: browsers ignore those too)."""
    head = raw[:_CHARSET_SCAN]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None, None
    label = match.group(1).decode("ascii")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return label, None
    codec = _WEB_CHARSETS.get(codec, codec)
    try:
        ascii_compatible = _PRINTABLE_ASCII.decode(codec) == _PRINTABLE_ASCII.decode("ascii")
    except UnicodeDecodeError:
        ascii_compatible = False
    return label, codec if ascii_compatible else None


def _decoded(raw: bytes, charset: str, name: str, label: str | None = None) -> str:
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as exc:
        raise IngestError(f"{name}: not valid {label or charset} text (byte {exc.start})") from None


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _stand_ins(page: str) -> tuple[str, dict[int, str]]:
    """``page`` with each character that XML cannot hold, written literally or as a numeric
    reference, replaced by a private-use character that ``page`` does not use, and the table
    that puts them back."""
    used = set(page)
    base = next(
        start
        for start in range(0xF0000, 0x10FFFF, 0x100)
        if not any(chr(start + i) in used for i in range(len(_XML_INVALID)))
    )
    stand_in = {code: chr(base + i) for i, code in enumerate(_XML_INVALID)}

    def replace(match: re.Match[str]) -> str:
        code = int(match["dec"]) if match["dec"] else int(match["hex"], 16)
        return stand_in.get(code, match.group())

    page = _XML_INVALID_REFERENCE.sub(replace, page.translate(stand_in))
    return page, {ord(char): chr(code) for code, char in stand_in.items()}


def _saved_from(page: str) -> str | None:
    """The address in a browser's ``<!-- saved from url=... -->`` before the document, for a
    page that names no canonical URL of its own."""
    match = _SAVED_FROM.match(page.lstrip())
    return web_address(match.group(1)) if match else None


def _restored(value: str | None, restore: dict[int, str]) -> str | None:
    return value.translate(restore) if value else None


def _blocks(element: _Element) -> Iterator[tuple[int, str]]:
    """(heading level or 0, text) of each block of trafilatura's output tree, in order: a
    heading, paragraph, list item or quote alone, a table row with its cells side by side."""
    if element.tag == "row":
        cells = (_plain(_inline(cell)) for cell in element)
        if text := " | ".join(cell for cell in cells if cell):
            yield 0, text
        return
    level = _heading_level(element)
    pending: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _BLOCKS:
            if text := _plain("".join(pending)):
                yield level, text
            pending = []
            yield from _blocks(child)
        else:
            pending.append(_inline(child))
        pending.append(child.tail or "")
    if text := _plain("".join(pending)):
        yield level, text


def _heading_level(element: _Element) -> int:
    if element.tag != "head":
        return 0
    rend = str(element.get("rend") or "")
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2


def _inline(element: _Element) -> str:
    """An element's text with its descendants', a line break where the page had ``<br>``."""
    if element.tag == "lb":
        return "\n"
    parts = [element.text or ""]
    for child in element:
        parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _plain(text: str) -> str:
    """HTML spacing collapsed as a browser would, line breaks from ``<br>`` kept."""
    lines = (_HTML_SPACE.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
