"""The core on hostile and huge input: results stay right and nothing grows quadratically."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import make_dataset
from tui.model import Entity
from tui.salience import name_occurrences, salience


def _match_end(text: str, start: int, name: str) -> int | None:
    """Where ``name`` ends if it occurs at ``start``, case aside, a space in it standing
    for any run of white space (names wrap and double spaces occur), else None."""
    position = start
    for char in name:
        if char.isspace():
            if position >= len(text) or not text[position].isspace():
                return None
            while position < len(text) and text[position].isspace():
                position += 1
        elif position < len(text) and text[position].casefold() == char.casefold():
            position += 1
        else:
            return None
    return position


def _greedy(text: str, entities: list[Entity]) -> list[tuple[int, int, str]]:
    """The definition of name_occurrences, written the slow obvious way."""
    candidates = []
    for entity in entities:
        for name in entity.names:
            for start in range(len(text)):
                end = _match_end(text, start, name)
                if end is None:
                    continue
                before = text[start - 1] if start else " "
                after = text[end] if end < len(text) else " "
                if not before.isalnum() and before != "_" and not after.isalnum() and after != "_":
                    candidates.append((start, end, entity.id))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int, str]] = []
    for start, end, entity_id in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, entity_id))
    return sorted(taken)


NAMES = ["ab", "ab cd", "cd", "b", "abcd"]


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(["ab", "cd", "b", "abcd", " ", ".", "x"]), max_size=30).map("".join),
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True),
)
def test_name_occurrences_take_the_longest_names_without_overlaps(text, names) -> None:
    entities = [Entity(id=f"e{n}", name=name, kind="org") for n, name in enumerate(names)]
    assert name_occurrences(text, entities) == _greedy(text, entities)


def test_a_title_repeating_a_name_200000_times_scores() -> None:
    dataset = make_dataset("Acme sues Globex.", ["Acme", "Globex"], title="Acme Globex " * 100_000)
    scores = salience(dataset)
    assert scores["acme"] == pytest.approx(0.5, abs=1e-5) == scores["globex"]
