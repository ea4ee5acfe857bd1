"""Jump hints: short letter labels, all of one length so that none is a prefix of another."""

from __future__ import annotations

import itertools

HINT_ALPHABET = "asdfghjklqwertyuiopzxcvbnm"
"""Home row first: the most frequent targets get the easiest keys."""


def hint_labels(count: int, alphabet: str = HINT_ALPHABET) -> list[str]:
    """``count`` labels: one letter each while they fit, else two, then three letters."""
    if count <= 0:
        return []
    length = 1
    while len(alphabet) ** length < count:
        length += 1
    labels = ("".join(letters) for letters in itertools.product(alphabet, repeat=length))
    return list(itertools.islice(labels, count))
