"""Split an article into quotes: sentences, and headings as quotes of their own.

Quotes are the evidence the browser shows, so together they cover every non-blank
character of the text: each line is cut into sentences, and a line without final
punctuation (a heading, a title, a list item) is one quote. A full stop ends a sentence
unless it follows a known abbreviation ("M.", "Mr.", "e.g."), an initial ("J. Doe") or
sits inside a number; closing quotation marks and brackets stay with their sentence.
"""

from __future__ import annotations

import re

from tui.ingest.lexicon import FIRST_NAMES, STOPWORDS

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?\u2026]+(?:[\"'\u201d\u2019)\]]|\s?\u00bb)*(?=\s+\S)")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_NEXT_START = re.compile(r"\s+([\"'\u201c\u2018\u00ab(\[]?\s*)(\S)")

ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle dr pr prof st ste mr mrs ms jr sr gen gov sen rep rev lt col
    sgt capt inc corp ltd co cie no nos vol p pp fig cf vs etc e.g i.e av apr env ex
    art al dept est approx jan feb mar apr jun jul aug sep sept oct nov dec janv févr
    avr juil déc u.s u.k u.n st- bros""".split()
)


# A wire story's dateline: "BRUSSELS, Oct 31 (Reuters) - ", "PARIS (AFP) — ". The place
# is in capitals; what follows the dash starts a sentence.
_AGENCY = r"\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua)\)"
_DATELINE = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’./\- ]{1,40}"  # "HONG KONG/PANAMA CITY"
    # the country or state of an agency's dateline: "MELBOURNE, Australia (AP)"
    r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
    # ... before the agency, or before the date: "WILMINGTON, Delaware, Jan 30 (Reuters)"
    rf"(?=\s*{_AGENCY}|,\s*[A-Z][a-z]{{2,8}}\.?\s+\d))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[a-zéû]{3,9}\.?))?"
    rf"(?:\s*{_AGENCY})?"
    r"\s+[-–—]\s+(?=\S)"
)


# A dateline without its place: "Jan 29 (Reuters) - ", the agency named
_DATED_DATELINE = re.compile(rf"[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*{_AGENCY}\s+[-–—]\s+(?=\S)")


def dateline(text: str, start: int, end: int) -> int:
    """Where the dateline opening the line ``text[start:end]`` ends, or ``start``."""
    match = _DATELINE.match(text, start, end)
    if match is None:
        dated = _DATED_DATELINE.match(text, start, end)
        return dated.end() if dated is not None else start
    place = re.split(r"[,(]", match.group(), maxsplit=1)[0].strip(" -–—")
    return match.end() if len(place) >= 3 and place.isupper() else start


def datelines(text: str) -> list[tuple[int, int]]:
    """The datelines of ``text``: no name in them is a party ("BRUSSELS, Oct 31")."""
    spans = []
    for line in _LINE.finditer(text):
        opened = dateline(text, line.start(), line.end())
        if opened > line.start():
            spans.append((line.start(), opened))
    return spans


def split_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences and headings of ``text``, in order, trimmed of white space.
    A dateline is a quote of its own."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        cut = start
        opened = dateline(text, start, end)
        if opened > start:
            spans.append(_trim(text, start, opened))
            cut = opened
        for boundary in _BOUNDARY.finditer(text, start, end):
            if _is_sentence_end(text, boundary.start(), boundary.end(), end):
                spans.append(_trim(text, cut, boundary.end()))
                cut = boundary.end()
        if text[cut:end].strip():
            spans.append(_trim(text, cut, end))
    return [span for span in spans if span[0] < span[1]]


def _is_sentence_end(text: str, mark: int, after: int, line_end: int) -> bool:
    if text[mark] != ".":
        return _next_is_sentence_start(text, after, line_end)
    if text[mark : mark + 2] == "..":
        return _next_is_sentence_start(text, after, line_end)
    before = _WORD_BEFORE.search(text, max(0, mark - 40), mark)
    if before:
        word = before.group(1)
        abbreviated = (
            word.casefold().rstrip(".") in ABBREVIATIONS
            or (len(word) == 1 and word.isupper() and _is_initial(text, before.start(1), after))
            or _INITIALS.fullmatch(word) is not None  # "J.B. Pritzker"
        )
        if abbreviated and not (
            # "in the U.S. The company", "Apple Inc. It said": a function word opens a
            # sentence; a title never ends one ("M. Le Maire")
            word.casefold().rstrip(".") not in _TITLES and _next_is_function_word(text, after)
        ):
            return False
    return _next_is_sentence_start(text, after, line_end)


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_TITLES = frozenset("m mm mme mmes mlle dr pr prof st ste mr mrs ms gen gov sen rep rev".split())
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018\u00ab(\[]?\s*([^\W\d_]+)")


def _next_is_function_word(text: str, after: int) -> bool:
    match = _NEXT_WORD.match(text, after)
    return (
        match is not None and match.group(1)[0].isupper() and match.group(1).casefold() in STOPWORDS
    )


def _is_initial(text: str, letter: int, after: int) -> bool:
    """ "J. Doe", "George W. Bush", "Lino A. Saputo" (a given name no list knows, opening a
    name, before a surname in title case): an initial; "Model Y. The" (a function word
    opens the next sentence: ``_is_sentence_end``), "Model Y. BYD": a sentence's end."""
    previous = _WORD_BEFORE.search(text, max(0, letter - 40), letter - 1 if letter else 0)
    if previous is None or not text[previous.end(1) : letter].isspace():
        return True
    word = previous.group(1).rstrip(".")
    if not word[:1].isupper() or word.casefold() in FIRST_NAMES or len(word) == 1:
        return True
    # the given name opens the name, with no article (not "Hinkley Point C. Quux sued",
    # "the Model Q. Jean de La Tour"), and a surname follows, no given name
    opener = _OPENER_BEFORE.search(text, max(0, previous.start(1) - 40), previous.start(1))
    surname = _SURNAME_NEXT.match(text, after)
    return opener is None and surname is not None and surname.group(1).casefold() not in FIRST_NAMES


_SURNAME_NEXT = re.compile(r" ([A-Z][a-zß-ÿ][\w'’-]*)")
_OPENER_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*|\b(?:[Tt]he|[Aa]n?|[Ll]es?|[Ll]a|[Uu]ne?|du|des)) $"
)


def _next_is_sentence_start(text: str, after: int, line_end: int) -> bool:
    match = _NEXT_START.match(text, after, line_end)
    if match is None:
        return False
    first = match.group(2)
    return first.isupper() or first.isdigit() or not first.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
