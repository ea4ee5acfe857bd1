"""Find every occurrence of every name and alias: the mentions of the dataset.

Names are matched token by token, longest first, so "Epic Games" wins over "Epic" and an
elision or a possessive never enters a mention. Capitals in a name must be capitals in
the text ("EU" is not the French "eu"); a periphrase may start a sentence with a capital.
One dictionary lookup per token: linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.ingest.tokens import APOSTROPHES, Token, tokenize

_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


@dataclass(frozen=True, slots=True)
class Found:
    entity: int
    start: int
    end: int
    first_token: int
    last_token: int
    periphrase: bool = False


def find_mentions(
    text: str, tokens: Sequence[Token], names: Sequence[tuple[int, str, bool]]
) -> list[Found]:
    """Occurrences of ``names`` (entity index, form, is_periphrase), non-overlapping."""
    patterns: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    for entity, form, loose in names:
        parts = tuple(t.text for t in tokenize(form))
        if parts:
            first = parts[0].casefold().translate(_APOSTROPHES)
            patterns.setdefault(first, []).append((parts, entity, loose))
    for options in patterns.values():
        options.sort(key=lambda option: -len(option[0]))
    found: list[Found] = []
    index = 0
    while index < len(tokens):
        key = tokens[index].lower.translate(_APOSTROPHES)
        match = _match_at(text, tokens, index, patterns.get(key, ()))
        if match is None:
            index += 1
            continue
        length, entity, loose = match
        last = index + length - 1
        found.append(Found(entity, tokens[index].start, tokens[last].end, index, last, loose))
        # A periphrase ("la firme de Satya Nadella") may hold another entity's name.
        index += 1 if loose else length
    return found


def _match_at(
    text: str,
    tokens: Sequence[Token],
    index: int,
    options: Sequence[tuple[tuple[str, ...], int, bool]],
) -> tuple[int, int, bool] | None:
    for parts, entity, loose in options:
        window = tokens[index : index + len(parts)]
        if len(window) < len(parts):
            continue
        if all(
            _same(window[i].text, part, loose and i == 0) for i, part in enumerate(parts)
        ) and all(
            text[window[i].end : window[i + 1].start] in ("", " ") for i in range(len(window) - 1)
        ):
            if _glued(text, window[0].start, window[-1].end):
                continue
            return len(parts), entity, loose
    return None


def _same(actual: str, expected: str, loose_case: bool) -> bool:
    if actual.casefold().translate(_APOSTROPHES) != expected.casefold().translate(_APOSTROPHES):
        return False
    if loose_case:
        return True
    if expected.isupper() and len(expected) > 1:
        return actual.isupper()
    if expected[:1].isupper():
        return actual[:1].isupper()
    return actual[:1].islower() or not expected[:1].isalpha() or loose_case


def _glued(text: str, start: int, end: int) -> bool:
    """A match inside a longer word ("Epic" in "Epic-like") is not a mention."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()
