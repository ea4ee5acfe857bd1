"""Small text helpers shared by validation, extraction, search and display."""

from __future__ import annotations

import bisect
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def surface_key(text: str) -> str:
    """Fold a surface form so that case, apostrophe style and spacing do not matter."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return _SPACES.sub(" ", folded).strip()


def one_line(text: str) -> str:
    """Make ``text`` safe to print on one terminal line: every character that is not printable
    (newlines, escape sequences, bidirectional overrides...) is shown as a Python escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def paragraph_starts(text: str) -> list[int]:
    """Offsets at which each paragraph (blocks separated by blank lines) starts."""
    return [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text))]


def paragraph_of(starts: list[int], offset: int) -> int:
    """1-based paragraph number of ``offset``, given ``paragraph_starts``."""
    return bisect.bisect_right(starts, offset)
