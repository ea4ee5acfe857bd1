"""Find every occurrence of every name and alias: the mentions of the dataset.

Names are matched token by token, longest first, so "Epic Games" wins over "Epic" and an
elision or a possessive never enters a mention. Capitals in a name must be capitals in
the text ("EU" is not the French "eu"); a periphrase may start a sentence with a capital.
One dictionary lookup per token: linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import compress, pairwise
from typing import NamedTuple

from tui.ingest.patterns import may_start_with
from tui.ingest.tokens import APOSTROPHES, PARTY_PARTICIPLE, Token, Tokens, words

_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


class Found(NamedTuple):
    entity: int
    start: int
    end: int
    first_token: int
    last_token: int
    periphrase: bool = False


def find_mentions(
    text: str,
    tokens: Tokens,
    names: Sequence[tuple[int, str, bool]],
    keys: Sequence[str] | None = None,
) -> list[Found]:
    """Occurrences of ``names`` (entity index, form, is_periphrase), non-overlapping.

    ``keys`` are the folded tokens (``fold_tokens``), when the caller already has them.
    Only the tokens that start some name are visited, in order; they are picked out
    without a Python step per token.
    """
    patterns: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], int, bool]]] = {}
    for entity, form, loose in names:
        parts = tuple(words(form))
        if parts:
            folded = tuple(_fold(part) for part in parts)
            patterns.setdefault(folded[0], []).append((folded, parts, entity, loose))
    for options in patterns.values():
        options.sort(key=lambda option: -len(option[0]))
    # Words that only start names of several words ("la" of "La Poste"): the next word
    # must be the second word of one of them, a quick test before the full one.
    followers = {
        first: frozenset(folded[1] for folded, *_ in options)
        for first, options in patterns.items()
        if all(len(folded) > 1 for folded, *_ in options)
    }
    keys = fold_tokens(tokens) if keys is None else keys
    # "the Jack Dorsey-led company": the token's part before the hyphen is a name's last word
    qualifying = frozenset(
        w for w in tokens.vocabulary if "-" in w and w[:1].isupper() and PARTY_PARTICIPLE.search(w)
    )
    cut = (
        {index: tokens[index].text.rindex("-") for index in tokens.where(qualifying)}
        if qualifying
        else {}
    )
    if cut:
        keys = list(keys)
        for index, length in cut.items():
            keys[index] = _fold(tokens[index].text[:length])
    found: list[Found] = []
    resume = 0  # the first token not inside the last name found
    for index in compress(range(len(keys)), map(patterns.__contains__, keys)):
        if index < resume:
            continue
        key = keys[index]
        if key in followers and (index + 1 == len(keys) or keys[index + 1] not in followers[key]):
            continue
        match = _match_at(text, tokens, keys, index, patterns[key])
        if match is None:
            continue
        length, entity, loose = match
        last = index + length - 1
        if length > 1 and not loose and _overlapped(text, tokens, keys, patterns, index, last):
            continue  # "The Hague Court of Appeal": the court, not the town
        end = tokens[last].start + cut[last] if last in cut else tokens[last].end
        # tuple.__new__ skips NamedTuple's argument handling, as for tokens
        found.append(tuple.__new__(Found, (entity, tokens[index].start, end, index, last, loose)))
        # A periphrase ("la firme de Satya Nadella") may hold another entity's name.
        resume = index + (1 if loose else length)
    return found


def _overlapped(
    text: str,
    tokens: Sequence[Token],
    keys: Sequence[str],
    patterns: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], int, bool]]],
    index: int,
    last: int,
) -> bool:
    """Whether a name starting inside the one matched at ``index`` to ``last`` runs on past
    it: the longer name is the mention."""
    for inner in range(index + 1, last + 1):
        options = patterns.get(keys[inner])
        if options is None or inner + len(options[0][0]) - 1 <= last:
            continue  # no name starts there, or none as long as to run on past ``last``
        match = _match_at(text, tokens, keys, inner, options)
        if match is not None and not match[2] and inner + match[0] - 1 > last:
            return True
    return False


def fold_tokens(tokens: Tokens) -> list[str]:
    """Each token case- and apostrophe-folded: the key names are looked up by. Each
    distinct word is folded once."""
    folded = {word: _fold(word) for word in tokens.vocabulary}
    return list(map(folded.__getitem__, tokens.texts))


def _fold(word: str) -> str:
    folded = word.casefold()
    if folded.isascii() and "`" not in folded:
        return folded  # the only apostrophe left in ASCII is "'" itself: nothing to map
    return folded.translate(_APOSTROPHES)


def _match_at(
    text: str,
    tokens: Sequence[Token],
    keys: Sequence[str],
    index: int,
    options: Sequence[tuple[tuple[str, ...], tuple[str, ...], int, bool]],
) -> tuple[int, int, bool] | None:
    """The longest of ``options`` (names whose first folded token is ``keys[index]``)
    written at ``index``: as (length in tokens, entity, is_periphrase)."""
    for folded, parts, entity, loose in options:
        size = len(folded)
        if size == 1:  # most names: the key matches by construction
            token = tokens[index]
            if _same_case(token.text, parts[0], loose) and not _glued(text, token.start, token.end):
                return size, entity, loose
            continue
        if tuple(keys[index : index + size]) != folded:
            continue
        window = tokens[index : index + size]
        if not _cased_alike(window, parts, loose):
            continue
        if not _spaced_as_one(text, window):
            continue
        if _glued(text, window[0].start, window[-1].end):
            continue
        return size, entity, loose
    return None


def _cased_alike(window: Sequence[Token], parts: Sequence[str], loose: bool) -> bool:
    """Each token of the text cased as the name's word (a periphrase's first word aside)."""
    for position, part in enumerate(parts):
        if not _same_case(window[position].text, part, loose and position == 0):
            return False
    return True


def _spaced_as_one(text: str, window: Sequence[Token]) -> bool:
    """The tokens of a name are glued or one space apart, never across a line or a comma."""
    return all(text[before.end : after.start] in ("", " ") for before, after in pairwise(window))


def _same_case(actual: str, expected: str, loose_case: bool) -> bool:
    """Capitals of the name are capitals in the text; a lower-case word stays lower case."""
    if loose_case or not expected[:1].isalpha():
        return True
    if expected.isupper() and len(expected) > 1:
        return actual.isupper()
    if expected[:1].isupper():
        return actual[:1].isupper()
    return actual[:1].islower()


def _glued(text: str, start: int, end: int) -> bool:
    """A match inside a longer word ("Epic" in "Epic-like") is not a mention."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()


_ANY_APOSTROPHE = re.compile("['’]")


def find_phrases(text: str, tokens: Tokens, names: Sequence[tuple[int, str]]) -> list[Found]:
    """Occurrences of a few phrases in any case ("la firme de Satya Nadella"), found by
    one regular expression over the text rather than a walk over every token."""
    if not names:
        return []
    alternatives = []
    openings: set[str] = set()  # the first characters of the phrases
    owner: dict[str, int] = {}
    for entity, phrase in sorted(names, key=lambda item: -len(item[1])):
        key = _fold(" ".join(phrase.split()))
        if key in owner or not phrase.split():
            continue
        owner[key] = entity
        words = [re.escape(w) for w in phrase.split()]
        alternatives.append(_ANY_APOSTROPHE.sub("['’]", r"[ \u00a0]+".join(words)))
        first = phrase.split()[0][0]
        openings.update("'’" if _ANY_APOSTROPHE.match(first) else first)
    if not alternatives:
        return []
    pattern = re.compile(
        may_start_with("".join(map(re.escape, sorted(openings))))
        + r"(?<!\w)(?:"
        + "|".join(alternatives)
        + r")(?!\w)",
        re.IGNORECASE,
    )
    found = []
    for match in pattern.finditer(text):
        key = _fold(" ".join(match.group().split()))
        entity = owner.get(key)
        if entity is None:
            continue
        first = bisect.bisect_left(tokens.starts, match.start())
        last = bisect.bisect_left(tokens.starts, match.end()) - 1
        found.append(Found(entity, match.start(), match.end(), first, last, True))
    return found
