"""The pure parts of the browser: fuzzy matching, hint labels, history."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from tui.app.fuzzy import match
from tui.app.hints import hint_labels
from tui.app.history import History


def test_fuzzy_prefers_substrings_and_word_starts() -> None:
    assert match("sat", "Satya Nadella").positions == (0, 1, 2)
    assert match("nad", "Satya Nadella").positions == (6, 7, 8)
    assert match("sn", "Satya Nadella").positions == (0, 6)
    assert match("xyz", "Satya Nadella") is None
    assert match("sat", "Satya Nadella").score > match("sat", "Misato Corp").score
    assert match("sat", "Microsoft Artificial Intelligence") is None  # strewn letters
    assert match("europeenne", "Commission européenne") is not None
    assert match("EUROP", "Commission européenne").positions == tuple(range(11, 16))


@given(st.integers(min_value=0, max_value=2000))
def test_hint_labels_are_unique_and_prefix_free(count: int) -> None:
    labels = hint_labels(count)
    assert len(labels) == count == len(set(labels))
    ordered = sorted(labels)
    assert not any(b.startswith(a) for a, b in itertools.pairwise(ordered))
    lengths = [len(label) for label in labels]
    assert lengths == sorted(lengths)  # the first targets get the shortest hints
    if count <= 26:
        assert set(lengths) <= {1}
    elif count <= 676:
        # as many single letters as leave enough two-letter prefixes for the rest
        singles = lengths.count(1)
        assert singles + (26 - singles) * 26 >= count
        assert singles == 25 or (singles + 1) + (25 - singles) * 26 < count


def test_history_back_forward_and_passing_visits() -> None:
    history = History()
    for item in ("a", "b", "c"):
        history.visit(item)
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b"
    history.visit("d")
    assert history.forward() is None
    history.visit("e", passing=True)
    history.visit("f", passing=True)
    assert history.back() == "d"
    assert history.forward() == "f"
