"""Deals: "the acquisition of Activision Blizzard", "la cession d'Opella".

An article about a takeover relates regulators, unions and rivals to the deal ("the
watchdog cleared the merger", "l'UFC-Que Choisir est vent debout contre l'opération"). A
deal is named where the text writes a deal noun and the company it concerns
("acquisition of Activision Blizzard", "rachat de SFR", "merger of Vodafone and Three
UK"). Its later definite references ("the deal", "the merger", "l'opération") are its
mentions when the article is about one deal.

Relations see the deal at its noun only, so that the noun is no cue ("the watchdog
approved the acquisition" buys nothing) and the companies named after it stay parties
of their own ("Microsoft completed its acquisition of Activision Blizzard" still
relates Microsoft and Activision Blizzard). The pipeline then moves what is done to the
deal onto the companies it is of: "the watchdog cleared the merger of Vodafone and
Three UK" relates the watchdog to both. Reforms of a law ("la révision du règlement")
are found the same way and stay parties of their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tui.ingest.patterns import finditer_from, may_start_with
from tui.model import EntityKind

DEAL_HEADS = {
    "en": r"acquisition|takeover|purchase|merger|buyout|tie-up|combination",
    "fr": r"rachat|acquisition|fusion|cession|reprise|OPA|rapprochement",
}
_NAMED = {
    "en": re.compile(
        may_start_with("AaTtPpMmBbCc") + rf"\b(?P<head>{DEAL_HEADS['en']})\s+(?:of|for|between)\s+",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        may_start_with("RrAaFfCcOo")
        + rf"\b(?P<head>{DEAL_HEADS['fr']})\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]"
        r"|entre\s+)",
        re.IGNORECASE,
    ),
}
_PAIR = (
    r"[A-ZÀ-Ý][\w&.+]*(?:\s[A-ZÀ-Ý][\w&.+]*)?(?:\s?[-–]\s?[A-ZÀ-Ý][\w&.+]*(?:\s[A-ZÀ-Ý][\w&.+]*)?)+"
)
_PAIRED = {
    "en": re.compile(
        rf"(?<![\w-])(?P<names>{_PAIR})\s+(?P<head>merger|deal|takeover|tie-up|combination)\b"
    ),
    "fr": re.compile(rf"\b(?P<head>fusion|rapprochement)\s+(?P<names>{_PAIR})(?![\w-])"),
}
_PAIRED_OPENINGS = {"fr": ("fusion", "rapprochement")}
_AND = {
    "en": re.compile(r"\s*(?:,|and|with)\s+(?:the\s+)?"),
    "fr": re.compile(r"\s*(?:,|et|avec)\s+(?:la\s+|le\s+|l['’])?"),
}
# "the deal", "the $15bn merger", "l'opération": a definite reference, not followed by a
# complement that names another deal ("the deal with Nintendo", "la fusion de X et Y").
_REFERENCE = {
    "en": re.compile(
        may_start_with("Tt")
        + r"\b[Tt]he\s+(?:proposed\s+|planned\s+|[$€£][\d.,]+\s*(?:bn|billion|m|million)\s+)?"
        r"(?P<noun>deal|merger|acquisition|takeover|transaction|purchase|tie-up|combination)\b"
        r"(?!\s+(?:of|for|between|with)\b)"
    ),
    "fr": re.compile(
        may_start_with("LlCcDdAa")
        + r"\b(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+|[Cc]ette\s+|[Cc]et\s+|[Dd]u\s+|[Aa]u\s+)"
        r"(?P<noun>opération|rachat|fusion|cession|transaction|acquisition|rapprochement)\b"
        r"(?!\s+(?:de|d['’]|du|des|entre|avec)\b)"
    ),
}


class _Spans:
    """Whether an offset falls inside one of some non-overlapping spans, by bisection (a
    text may name a deal thousands of times)."""

    def __init__(self, spans: Iterable[tuple[int, int, int]]) -> None:
        ordered = sorted((start, end) for start, end, _ in spans)
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


@dataclass(frozen=True, slots=True)
class Deal:
    """A deal the text names: its names, the spans naming it and those referring to it.

    ``named`` are the spans of the naming phrases, shown to the reader; ``heads`` the
    spans of their deal nouns, where relations see the deal (so the companies named
    after the noun stay visible); ``references`` the spans of "the deal",
    "l'opération"...; ``nouns`` the reference nouns used, which are the deal's aliases;
    ``kind`` the entity's kind (a measure is a text, not an event)."""

    names: tuple[str, ...]
    parties: frozenset[int]
    named: tuple[tuple[int, int], ...]
    heads: tuple[tuple[int, int], ...]
    references: tuple[tuple[int, int], ...]
    nouns: tuple[str, ...]
    kind: EntityKind = EntityKind.EVENT


def find_deals(
    text: str,
    language: str,
    starts: dict[int, tuple[int, int]],
    kinds: Sequence[EntityKind],
    resolve: Callable[[str], int | None] = lambda name: None,
) -> list[Deal]:
    """The deals of the text, the one it is about first. ``starts`` maps the offset where
    a name's mention starts to its entity and end offset; ``resolve`` maps a name to its
    entity; only organisations are bought, sold or merged. References go to the main deal
    only: the only one, or one named at least twice as often as any other."""
    named = _NAMED.get(language)
    if named is None:
        return []
    by_parties: dict[frozenset[int], list[tuple[int, int, int]]] = {}
    paired = _PAIRED[language]
    openings = _PAIRED_OPENINGS.get(language)
    for match in finditer_from(paired, text, openings) if openings else paired.finditer(text):
        # "the Kroger-Albertsons merger", "la fusion Renault-Nissan"
        parties = [resolve(part.strip()) for part in re.split(r"[-–]", match.group("names"))]
        if None in parties or len(set(parties)) < 2:
            continue
        if any(kinds[p] is not EntityKind.ORG for p in parties if p is not None):
            continue
        by_parties.setdefault(frozenset(p for p in parties if p is not None), []).append(
            (match.start(), match.end(), match.end())
            if language == "fr"
            else (match.start("names"), match.end(), match.end())
        )
    for match in named.finditer(text):
        first = starts.get(match.end())
        if first is None or kinds[first[0]] is not EntityKind.ORG:
            continue
        parties, end = [first[0]], first[1]
        more = _AND[language].match(text, end)
        second = starts.get(more.end()) if more else None
        if second is not None and kinds[second[0]] is EntityKind.ORG and second[0] != first[0]:
            parties.append(second[0])
            end = second[1]
        by_parties.setdefault(frozenset(parties), []).append(
            (match.start("head"), end, match.end("head"))
        )
    if not by_parties:
        return []
    ranked = sorted(by_parties.items(), key=lambda item: -len(item[1]))
    main = ranked[0][0] if len(ranked) == 1 or len(ranked[0][1]) >= 2 * len(ranked[1][1]) else None
    references: list[tuple[int, int]] = []
    nouns: dict[str, None] = {}
    if main is not None:
        inside = _Spans(span for spans in by_parties.values() for span in spans)
        for match in _REFERENCE[language].finditer(text):
            start, end = match.span("noun")
            if start in inside:
                continue
            references.append((start, end))
            nouns[match.group("noun").casefold()] = None
    deals = []
    for parties, spans in ranked:
        deals.append(
            Deal(
                names=tuple(dict.fromkeys(" ".join(text[s:e].split()) for s, e, _ in spans)),
                parties=parties,
                named=tuple((s, e) for s, e, _ in spans),
                heads=tuple((s, h) for s, _, h in spans),
                references=tuple(references) if parties == main else (),
                nouns=tuple(nouns) if parties == main else (),
            )
        )
    return deals


# Reforms of a law, as parties: "la révision du règlement", "la réforme des retraites",
# "the overhaul of the rules". A reform is named by its noun and what it reforms, and
# referred to as "la révision", "le projet de révision", "the reform".
_LAWS = {
    "fr": r"règlement|directive|loi|code|texte|traité|règles|réglementation|régime",
    "en": r"rules|regulation|directive|law|act|code|treaty|regime|system",
}
_OF_THE = r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+)"
_REFORM = {
    # a revision is of a law; a reform may be of anything ("la réforme des retraites")
    "fr": re.compile(
        rf"\b(?:(?P<head>révision|modification){_OF_THE}(?P<law>(?:{_LAWS['fr']})\b"
        r"(?:\s+européen(?:ne)?s?)?)"
        rf"|(?P<broad>réforme|refonte){_OF_THE}(?P<topic>[a-zéèêàç]{{4,}}(?:\s+européen(?:ne)?s?)?))"
    ),
    "en": re.compile(
        r"\b(?P<head>revision|reform|overhaul|rewrite)\s+of\s+(?:the\s+|its\s+)?"
        rf"(?:[A-Z]{{2,}}\s+|EU\s+|European\s+)?(?P<law>(?:{_LAWS['en']})\b)"
        r"(?P<broad>(?!))?"
    ),
}
_REFORM_OPENINGS = {"fr": ("révision", "modification", "réforme", "refonte")}
_REFORM_REFERENCE = {
    "fr": re.compile(
        may_start_with("LlCc")
        + r"\b(?:[Ll]a\s+|[Cc]ette\s+|[Ll]e\s+projet\s+de\s+)(?P<noun>révision|réforme|refonte)\b"
        r"(?!\s+(?:du|de|des|d['’])\b)"
    ),
    "en": re.compile(
        r"\b[Tt]he\s+(?:proposed\s+)?(?P<noun>revision|reform|overhaul|rewrite)\b(?!\s+of\b)"
    ),
}


def find_reforms(text: str, language: str) -> list[Deal]:
    """The reform the text is about, if it names one, as a deal with no company inside:
    the one reform named (or named twice as often as any other), with its references."""
    pattern = _REFORM.get(language)
    if pattern is None:
        return []
    by_name: dict[str, list[tuple[int, int, int]]] = {}
    openings = _REFORM_OPENINGS.get(language)
    for match in finditer_from(pattern, text, openings) if openings else pattern.finditer(text):
        head = "head" if match.group("head") else "broad"
        start, head_end = match.span(head)
        end = match.end("law" if head == "head" else "topic")
        name = " ".join(text[start:end].split())
        by_name.setdefault(name.casefold(), []).append((start, end, head_end))
    if not by_name:
        return []
    ranked = sorted(by_name.values(), key=lambda spans: -len(spans))
    if len(ranked) > 1 and len(ranked[0]) < 2 * len(ranked[1]):
        return []
    spans = ranked[0]
    inside = _Spans(span for group in ranked for span in group)
    references, nouns = [], {}
    for match in _REFORM_REFERENCE[language].finditer(text):
        start, end = match.span("noun")
        if start not in inside:
            references.append((start, end))
            nouns[match.group("noun").casefold()] = None
    return [
        Deal(
            names=tuple(dict.fromkeys(" ".join(text[s:e].split()) for s, e, _ in spans)),
            parties=frozenset(),
            named=tuple((s, e) for s, e, _ in spans),
            heads=tuple((s, h) for s, _, h in spans),
            references=tuple(references),
            nouns=tuple(nouns),
        )
    ]
