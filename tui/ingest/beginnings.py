"""What the matches of a regular expression can begin with: the first characters they
may have, read off the parsed pattern.

A lexicon of a few hundred stems is scanned at every word start of a text; most word
starts cannot begin any stem ("le", "the", "2024"), and ruling them out by their first
two letters is far cheaper than letting the engine try the stems there. The
beginnings are an over-approximation: every match of the pattern begins with one of
them, and where the pattern allows anything (``\\w``, ``.``, a negated class) the
beginning stops there, shorter. An empty beginning means the pattern can begin with
anything. White space (``\\s``) is written as one space, whichever it is: the
beginnings are for telling words apart, and any white space ends a word.
"""

from __future__ import annotations

import re
from typing import Any

# The parser of the standard library's engine (private, as it has been since Python 3.11;
# under another name before): without it, nothing is ruled out and every word start is
# tried, which is slower but finds the same.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python that moved them
    sre = sre_parse = None

# Past this depth of groups and repeats, a beginning stops where it is: still sound.
_MAX_DEPTH = 24
# A class of at most this many characters is expanded; a larger one stops the beginning.
_MAX_CLASS = 32
_SPACE_CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE) if sre else ()


def beginnings(pattern: str, length: int = 2, flags: int = 0) -> frozenset[str]:
    """The strings of at most ``length`` characters one of which begins every match of
    ``pattern`` (compiled with ``flags``, which say how they compare: with
    ``re.IGNORECASE``, in any case). A shorter one means that what follows it is not
    known; ``""`` that nothing is."""
    found: set[str] = set()
    _walk(list(sre_parse.parse(pattern, flags)), "", length, 0, found)
    return frozenset(found)


def _walk(items: list[Any], prefix: str, length: int, depth: int, found: set[str]) -> None:
    if len(prefix) >= length or not items or depth > _MAX_DEPTH:
        found.add(prefix[:length])
        return
    (op, av), rest = items[0], items[1:]
    if op is sre.LITERAL:
        _walk(rest, prefix + chr(av), length, depth, found)
    elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero width: skipping it is sound
        _walk(rest, prefix, length, depth, found)
    elif op is sre.SUBPATTERN:
        _walk([*av[-1], *rest], prefix, length, depth + 1, found)
    elif op is sre.ATOMIC_GROUP:
        _walk([*av, *rest], prefix, length, depth + 1, found)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            _walk([*alternative, *rest], prefix, length, depth + 1, found)
    elif op is sre.IN and (chars := _class_chars(av)) is not None:
        for char in chars:
            _walk(rest, prefix + char, length, depth, found)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        if low == 0:
            _walk(rest, prefix, length, depth + 1, found)
        if high != 0:
            again = high if high == sre.MAXREPEAT else high - 1
            once_more = [*body, (op, (max(low - 1, 0), again, body)), *rest]
            _walk(once_more, prefix, length, depth + 1, found)
    else:  # any character, a category, a negated literal, a back-reference
        found.add(prefix)


def _class_chars(members: list[Any]) -> list[str] | None:
    """The characters of a class of literals, small ranges and white space, or None."""
    chars: list[str] = []
    for op, av in members:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av in _SPACE_CATEGORIES:
            chars.append(" ")  # any white space, written as a space
        else:  # a negation, a category of letters or digits, a wide range
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def beginnings_pattern(beginnings: frozenset[str], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern matching any of ``beginnings`` at a string's start, the longest
    first; None when one of them is empty (anything may begin a match)."""
    if "" in beginnings:
        return None
    ordered = sorted(beginnings, key=lambda b: (-len(b), b))
    return re.compile("|".join(map(re.escape, ordered)), flags)


class WordOpenings:
    """The words of a text at whose start a match of some patterns may begin, told by
    their first letters (see the module): a word is in when it begins with one of the
    patterns' beginnings, or is shorter and begins one that goes on with no letter of
    a word ("a" of "a\\s+rejoint", "s" of "s['’]associe": the word ends there).

    Words and beginnings are compared in lower case. A word with a character past
    Latin-1 is always in: the engine's case folding pairs some of those with plain
    letters ("ſ" with "s", the Kelvin sign with "k"), which lower case does not.
    """

    def __init__(self, beginnings: frozenset[str], length: int) -> None:
        """``beginnings`` as ``beginnings`` makes them, ``length`` the longest asked."""
        self.length = length
        folded = {_comparable(b) for b in beginnings}
        self._whole = {k: {b for b in folded if len(b) == k} for k in range(1, length + 1)}
        self._cut = {
            k: {b[:k] for b in folded if len(b) > k and not is_word_char(b[k])}
            for k in range(1, length)
        }

    def may_open(self, word: str) -> bool:
        """Whether a match may begin where ``word`` (a whole word of the text) begins."""
        if not word.isascii() and max(map(ord, word)) > 0xFF:
            return True
        lower = word.lower()
        size = len(lower)
        whole = self._whole
        for k in range(1, min(size, self.length) + 1):
            if lower[:k] in whole[k]:
                return True
        return size < self.length and lower in self._cut[size]


def word_openings(patterns: list[str], flags: int, length: int = 4) -> WordOpenings | None:
    """The ``WordOpenings`` of ``patterns``, or None if one of them may begin anywhere
    (or the engine's parser cannot be read)."""
    if sre_parse is None:  # pragma: no cover
        return None
    found: set[str] = set()
    for pattern in patterns:
        found |= beginnings(pattern, length, flags)
    if any(_comparable(beginning) == "" for beginning in found):
        return None
    return WordOpenings(frozenset(found), length)


def _comparable(beginning: str) -> str:
    """``beginning`` in lower case, cut before a character that the engine's case folding
    may pair with another (past Latin-1): shorter is still sound."""
    for position, char in enumerate(beginning):
        if ord(char) > 0xFF and char.lower() != char.upper():
            return beginning[:position].lower()
    return beginning.lower()


def is_word_char(char: str) -> bool:
    """Whether the engine's ``\\w`` matches ``char`` (in a str pattern)."""
    return char.isalnum() or char == "_"
