r"""Regular expressions written so that Python's engine searches a long text fast.

Searching, the engine tries a pattern at every position of the text, unless the pattern
opens with literal characters: then it skips ahead to where one of them is. A leading
``\b`` hides a pattern's first characters, and the many patterns that start with "the
word le, la or l'" tried every position of a megabyte. The helpers here write the same
patterns with their first characters in front; each matches exactly what the plain
form matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def word_start(*words: str, capitalised: bool = True, literal: bool = True) -> str:
    r"""``\b(?:word|Word|...)``: one of ``words`` (and, if ``capitalised``, each with a
    capital first letter) at the start of a word. Unless ``literal``, what follows each
    word's first letter is a pattern (``r"le\s+"``); the first letter is always a letter.

    The words are grouped by first letter, each group opening with its letter and
    checking the word boundary behind it: ``l(?<=\bl)(?:a|e)`` is ``\b(?:la|le)``, but it
    starts with the literal "l" the engine can skip ahead to. Words that open with
    different letters never match at the same place, so the grouping changes no match;
    within a letter the words keep the order given.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        for form in _forms(word, capitalised):
            groups.setdefault(form[0], []).append(re.escape(form[1:]) if literal else form[1:])
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(first)}(?<=\b{re.escape(first)})(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )


def _forms(word: str, capitalised: bool) -> list[str]:
    return list(dict.fromkeys((word, word[:1].upper() + word[1:]))) if capitalised else [word]


def may_start_with(character_class: str) -> str:
    r"""A look-ahead for the characters a pattern's matches can start with (the inside of
    a character class, ``$€£\d``), put before a pattern that begins with ``\b`` or a
    group: rejecting most positions on one character spares the engine trying the whole
    pattern there. It must admit every possible first character under the pattern's flags,
    or matches would be lost."""
    return f"(?=[{character_class}])"


def finditer_from(
    pattern: re.Pattern[str], text: str, openings: Iterable[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern that never matches an empty string and
    whose every match starts with one of the literal ``openings`` (case included).

    When the openings' first letters are common, ``str.find`` finds the openings much
    faster than the engine scans for them; the pattern is then tried there alone, in
    order, from the end of the last match: the same matches as ``finditer``.
    """
    return matches_at(pattern, text, literal_starts(text, openings))


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Where any of ``literals`` starts in ``text``, in order, each offset once."""
    starts: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            starts.add(at)
            at = text.find(literal, at + 1)
    return sorted(starts)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of
    ``starts`` (offsets in order, found by a cheaper means such as the tokens): the
    pattern is tried there alone, from the end of the last match."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            resume = match.end()


def matches_after(
    pattern: re.Pattern[str], text: str, heads: Iterable[str], before: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start at one of the literal ``heads`` (case
    included) right after what ``before`` matches, ending there (``before`` ends with
    ``$``; it is searched in the 24 characters before the head), in order, none
    overlapping: what ``finditer`` of ``before`` and ``pattern`` joined would give.

    A phrase opened by one of several determiners ("les syndicats", "des syndicats", "Les
    syndicats"...) is found from its one head noun: one ``str.find`` per head instead of
    one per determiner and case."""
    resume = 0  # where the last match ended: no determiner may start before it
    for at in literal_starts(text, heads):
        if at < resume:
            continue
        lead = before.search(text, max(0, at - 24), at)
        if lead is None or lead.start() < resume:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            resume = match.end()
