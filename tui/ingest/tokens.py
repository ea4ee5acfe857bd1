"""Word tokens with their offsets: the unit every later stage reasons about.

A token is a run of word characters, possibly joined by hyphens, dots or ampersands
("o3-mini", "U.S", "AT&T"), or a single punctuation character. Apostrophes are always
tokens of their own, so that an elision ("l'", "d'") or a possessive ("'s") can never
become part of a name.
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import accumulate, compress, repeat
from operator import attrgetter
from typing import NamedTuple

# A plus sign ending a word is part of it: "Canal+", "Disney+", "Apple TV+"; between two
# words it joins them as an ampersand does: "Kuehne+Nagel".
_TOKEN = re.compile(r"\w+(?:[-\u2011&.+]\w+)*(?:\+(?![\w+]))?|[^\w\s]")
APOSTROPHES = frozenset("'\u2019\u02bc`\u00b4")
# A participle after which the first part of a hyphenated token names a party: "the Jack
# Dorsey-led company" (Jack Dorsey leads it), "a SoftBank-backed start-up", "ByteDance-owned"
PARTY_PARTICIPLES = (
    "led",
    "owned",
    "controlled",
    "backed",
    "funded",
    "financed",
    "operated",
    "run",
)
PARTY_PARTICIPLE = re.compile(rf"-(?:{'|'.join(PARTY_PARTICIPLES)})$")


class Token(NamedTuple):
    """A token and its offsets; a tuple because a long article has hundreds of thousands."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_apostrophe(self) -> bool:
        return self.text in APOSTROPHES


def words(text: str) -> list[str]:
    """The texts of the tokens of ``text``, without offsets: how a name splits into words."""
    return _TOKEN.findall(text)


class Tokens(list[Token]):
    """The tokens of one text, never changed once made, with the columns that several
    stages scan: each is built on first use, once, instead of a comprehension over every
    token of a long text in each stage."""

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text, in order."""
        return list(map(_TEXT, self))

    @cached_property
    def starts(self) -> list[int]:
        """Each token's start offset, in order: what ``bisect`` searches."""
        return list(map(_START, self))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct token texts: a few thousand where the tokens may be a million, so
        what depends on a word alone is worked out once per word."""
        return frozenset(self.texts)

    def where(self, words: frozenset[str] | set[str]) -> list[int]:
        """Indices of the tokens whose text is one of ``words``, found without a Python
        step per token (``words`` is usually a small part of the vocabulary)."""
        return list(compress(range(len(self)), map(words.__contains__, self.texts)))


_TEXT = attrgetter("text")
_START = attrgetter("start")


# The pattern as one group: splitting by it yields the gaps (white space only, since
# every other character starts a token) and the tokens, alternately.
_SPLIT = re.compile(f"({_TOKEN.pattern})")


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokens of ``text[start:end]`` with offsets into ``text``; linear in the length.

    The offsets are the running sums of the lengths of gaps and tokens: no match object
    per token, and the tuples are made in C (``tuple.__new__`` skips NamedTuple's
    argument handling)."""
    piece = text if start == 0 and end is None else text[start:end]
    parts = _SPLIT.split(piece)
    offsets = list(accumulate(map(len, parts), initial=start))
    return Tokens(
        map(
            tuple.__new__,
            repeat(Token),
            zip(offsets[1:-1:2], offsets[2::2], parts[1::2], strict=True),
        )
    )
