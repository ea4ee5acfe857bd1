"""Fuzzy matching of a typed query against entity names, with the matched positions.

Kept small and predictable: a substring beats a scattered match, a match at the start of a
word beats one inside it, and case and accents never matter ("europ" finds "européenne").
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded text of the same length, so positions map back one to one."""
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    folded = base.casefold()
    return folded[:1] if len(folded) >= 1 else ch


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    positions: tuple[int, ...]


@lru_cache(maxsize=65536)
def _prepared(candidate: str) -> tuple[str, frozenset[int], tuple[int, ...]]:
    """The folded candidate and where its words start (as a set and in order), made once:
    filtering thousands of names runs ``match`` on each of them at every keystroke."""
    folded = fold(candidate)
    ordered = tuple(
        i for i, ch in enumerate(folded) if ch.isalnum() and (i == 0 or not folded[i - 1].isalnum())
    )
    return folded, frozenset(ordered), ordered


def match(query: str, candidate: str) -> Match | None:
    """How well ``query`` matches ``candidate``, or None when its letters are not all there."""
    needle = fold(query).strip()
    if not needle:
        return Match(0.0, ())
    haystack, starts, ordered_starts = _prepared(candidate)
    found = haystack.find(needle)
    if found >= 0:
        at_word = found in starts
        score = 100.0 + (50.0 if found == 0 else 25.0 if at_word else 0.0) - len(haystack) * 0.1
        return Match(score, tuple(range(found, found + len(needle))))
    positions: list[int] = []
    index = 0
    for ch in needle:
        if ch.isspace():
            continue
        # prefer the next word start holding this letter, else the next occurrence
        nxt = haystack.find(ch, index)
        if nxt < 0:
            return None
        word = next((i for i in ordered_starts if i >= index and haystack[i] == ch), None)
        pick = word if word is not None and (not positions or word - positions[-1] < 12) else nxt
        positions.append(pick)
        index = pick + 1
    gaps = sum(b - a - 1 for a, b in itertools.pairwise(positions))
    if gaps > len(positions) and not all(p in starts for p in positions[1:]):
        return None  # letters strewn across the name: noise, not a match
    bonus = sum(5.0 for p in positions if p in starts)
    return Match(50.0 + bonus - gaps - len(haystack) * 0.1, tuple(positions))
