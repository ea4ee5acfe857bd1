"""Jump hints: short letter labels, none a prefix of another, the shortest for the first targets.

As in browser link-hinting: when there are more targets than letters, some letters become
prefixes of two-letter hints and the remaining letters stay single, so the targets listed
first (the most salient entities, the first mentions) keep one-key hints.
"""

from __future__ import annotations

import itertools

HINT_ALPHABET = "asdfghjklqwertyuiopzxcvbnm"
"""Home row first: the most frequent targets get the easiest keys."""


def hint_labels(count: int, alphabet: str = HINT_ALPHABET) -> list[str]:
    """``count`` prefix-free labels in order of preference (single letters first)."""
    size = len(alphabet)
    if count <= 0:
        return []
    if count <= size:
        return list(alphabet[:count])
    if count <= size * size:
        # k single letters and (size - k) prefixes of size two-letter hints each
        singles = (size * size - count) // (size - 1)
        labels = list(alphabet[:singles])
        for prefix in alphabet[singles:]:
            labels.extend(prefix + letter for letter in alphabet)
        return labels[:count]
    length = 3
    while size**length < count:
        length += 1
    every = ("".join(letters) for letters in itertools.product(alphabet, repeat=length))
    return list(itertools.islice(every, count))
