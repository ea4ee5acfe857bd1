"""Read an article from a file or standard input: plain text, Markdown or an HTML page.

Plain UTF-8 text is kept exactly as written (line endings aside), so that offsets into the
dataset are offsets into the file a reader has. The first line is the title when a blank
line follows it and it is short enough to be a headline rather than a lede paragraph.

Markdown (``.md``, ``.markdown``) and HTML (``.html``, ``.htm``, or any other input that
opens like an HTML document) are turned into plain text of the same shape: paragraphs
separated by blank lines, the title first, and the details the file gives (URL, outlet,
publication date) kept for the dataset. The size limit applies to the bytes read, before
any conversion.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tui.ingest.html_input import looks_like_html, read_html
from tui.ingest.markdown_input import read_markdown
from tui.ingest.source import MAX_TITLE_CHARS, IngestError, Source

MAX_INPUT_BYTES = 8 * 1024 * 1024
"""Largest article accepted (8 MiB): far beyond any news article, small enough to stay fast."""

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})


def read_source(path: str | os.PathLike[str]) -> Source:
    """Read ``path`` (``-`` for standard input) as article text, or raise ``IngestError``."""
    name = str(path)
    raw = _read_stdin() if name == "-" else _read_file(Path(path))
    return decode(raw, "<stdin>" if name == "-" else name)


def decode(raw: bytes, name: str) -> Source:
    """Bytes to an article ``Source``: not too large, not binary, not empty, then read as the
    format that the name's suffix says, or that the content shows when the suffix says
    nothing (standard input, an unknown extension)."""
    if len(raw) > MAX_INPUT_BYTES:
        raise IngestError(f"{name}: {len(raw):,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes")
    if b"\x00" in raw:
        raise IngestError(f"{name}: binary file, not article text")
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES or (
        suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES and looks_like_html(raw)
    ):
        source = read_html(raw, name)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise IngestError(f"{name}: not valid UTF-8 text (byte {exc.start})") from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if suffix in MARKDOWN_SUFFIXES:
            source = read_markdown(text, name)
        else:
            source = Source(text=text, title=title_line(text), name=name)
    if not source.text.strip():
        raise IngestError(f"{name}: no text to read")
    return source


def title_line(text: str) -> str | None:
    """The first line when a blank line follows it and it is headline-sized, else None."""
    body = text.lstrip()
    first, sep, rest = body.partition("\n")
    if not sep or not first.strip() or len(first.strip()) > MAX_TITLE_CHARS:
        return None
    following = rest.split("\n", 1)[0]
    return first.strip() if not following.strip() else None


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise IngestError(
                f"{path}: {path.stat().st_size:,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a directory, not an article") from None
    except PermissionError:
        raise IngestError(f"{path}: permission denied") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read: {exc.strerror}") from None


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
