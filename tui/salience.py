"""How central each entity is to the article, in the spirit of Google's entity salience.

Salience answers "if this text is about someone, who?": an entity named in the title and the
lede and again and again is central; one named once near the end is not. For each entity

    score(e) = TITLE_WEIGHT * t(e) + sum over its mentions m of w(m)
    w(m)     = 1 + LEDE_BONUS * [m starts in the lede] + POSITION_BONUS * (1 - m.start / n)

where t(e) is how many times one of its names occurs in the article's title (matched
case-insensitively on whole words, longest name first, so "Microsoft AI" is not also counted
as "Microsoft"), n is the length of the text, and the lede is the first paragraph, at most
``LEDE_MAX_CHARS`` characters (a text without blank lines has no paragraph structure to trust).
A mention thus weighs 3 at the very start of the lede, about 1.5 in the middle of the article
and 1 at its end; a title occurrence weighs as much as the best mention. Salience is the score
divided by the sum of all scores, so that it lies in [0, 1] and sums to 1 over the article.

A dataset without mentions gives every entity the same salience; no entities, no salience.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from tui.model import Dataset, Entity
from tui.text import paragraph_starts, surface_key

TITLE_WEIGHT = 3.0
LEDE_BONUS = 1.0
POSITION_BONUS = 1.0
LEDE_MAX_CHARS = 600

_APOSTROPHE_CLASS = "['\u2019\u2018\u02bc`\u00b4]"


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern for a name, lenient on spacing and apostrophes."""
    parts: list[str] = []
    for char in name.strip():
        if char.isspace():
            if parts and parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in "'\u2019\u2018\u02bc`\u00b4":
            parts.append(_APOSTROPHE_CLASS)
        else:
            parts.append(re.escape(char))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", re.IGNORECASE)


def name_occurrences(text: str, entities: Iterable[Entity]) -> list[tuple[int, int, str]]:
    """Every (start, end, entity id) where a name or alias of an entity occurs in ``text``.

    Whole words only, case-insensitive; where names overlap the longest wins (then the
    earliest), so each character belongs to at most one occurrence.
    """
    candidates: list[tuple[int, int, str]] = []
    for entity in entities:
        keys = {surface_key(name) for name in entity.names}
        for name in entity.names:
            if not name.strip():
                continue
            for match in _name_pattern(name).finditer(text):
                if surface_key(match.group()) in keys:
                    candidates.append((match.start(), match.end(), entity.id))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    # taken spans never overlap, so sorted by start their ends are sorted too: the only one
    # that can overlap a candidate is the last that starts before the candidate ends
    starts: list[int] = []
    taken: list[tuple[int, int, str]] = []
    for start, end, entity_id in candidates:
        position = bisect.bisect_left(starts, end)
        if position and taken[position - 1][1] > start:
            continue
        starts.insert(position, start)
        taken.insert(position, (start, end, entity_id))
    return taken


def salience(dataset: Dataset) -> dict[str, float]:
    """Entity id -> salience in [0, 1], summing to 1 (see the module docstring)."""
    ids = [entity.id for entity in dataset.entities]
    if not ids:
        return {}
    if not dataset.mentions:
        return dict.fromkeys(ids, 1.0 / len(ids))

    scores = dict.fromkeys(ids, 0.0)
    for _, _, entity_id in name_occurrences(dataset.article.title, dataset.entities):
        scores[entity_id] += TITLE_WEIGHT
    text = dataset.article.text
    size = max(len(text), 1)
    starts = paragraph_starts(text)
    lede_end = min(starts[1] if len(starts) > 1 else len(text), LEDE_MAX_CHARS)
    for mention in dataset.mentions:
        if mention.entity not in scores:
            continue
        lede = LEDE_BONUS if mention.start < lede_end else 0.0
        scores[mention.entity] += 1.0 + lede + POSITION_BONUS * (1.0 - mention.start / size)
    total = sum(scores.values())
    if total <= 0:
        return dict.fromkeys(ids, 1.0 / len(ids))
    return {entity_id: score / total for entity_id, score in scores.items()}
