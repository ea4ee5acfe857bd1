"""Merge name candidates into entities: one entity per thing, every surface form an alias.

Forms are linked when the text supports it: an acronym next to its expansion in brackets
("Digital Markets Act (DMA)") or matching its initials, a surname alone after the full
name, a company name with or without its legal or generic tail ("Epic" / "Epic Games"),
a product named with and without its maker ("Apple App Store" / "App Store"). A company
name followed by anything else ("Microsoft AI") stays a separate entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from tui.ingest.gazetteer import (
    ASSOCIATION_KEYS,
    COUNTRY_KEYS,
    KNOWN_KINDS,
    PLACES,
    REGULATOR_HEADS,
)
from tui.ingest.lexicon import (
    COMPANY_NAME_TAILS,
    CONNECTORS,
    DEMONYMS,
    FIRST_NAMES,
    GENERIC_ACRONYMS,
    GENERIC_CAPITALISED,
    HONORIFICS,
    LEGAL_SUFFIXES,
    PATRONYMICS,
    ROLE_WORDS,
    STOPWORDS,
    is_demonym,
)
from tui.ingest.names import (
    Candidate,
    is_linked_title,
    is_translated_institution,
    spelled_by_initials,
    spelled_by_syllables,
)
from tui.ingest.tokens import Token
from tui.model import EntityKind
from tui.text import surface_key as _surface_key

surface_key = lru_cache(maxsize=1 << 16)(_surface_key)
"""``tui.text.surface_key``, remembered: the same names recur all through a text."""

_WORD = re.compile(r"\w+(?:[-&.]\w+)*")


@dataclass
class Draft:
    """An entity under construction: its surface forms and the clues to its kind."""

    forms: list[str]
    kind: EntityKind = EntityKind.ORG
    occurrences: int = 0
    product_hint: bool = False
    periphrases: list[str] = field(default_factory=list)
    collective: bool = False
    acts_only: bool = False
    """Listed only when party to a relation: a group named by a bare plural ("les
    créanciers", "German carmakers"), which the text may mention in passing."""

    @property
    def name(self) -> str:
        return self.forms[0]

    @property
    def keys(self) -> set[str]:
        return {surface_key(f) for f in self.forms + self.periphrases}


# The same unit named in French and English, "Microsoft IA" and "Microsoft AI", or
# abbreviated, "Fuji TV" and "Fuji Television"
_TRANSLATED_TAILS = {"ia": "ai", "tv": "television"}
# Names the press gives an institution, folded, and the full names they stand for ("les
# Sages", "l'Union" for the European Union, "Bercy"), when the text names them ("the Fed"
# is left apart: the annotated articles list it apart as often)
_NICKNAMES = {
    "sages": ("conseil constitutionnel",),
    "union": ("union européenne",),
    # Bercy houses the economy ministry, which the golds always name with it
    "bercy": ("ministère de l'économie", "ministère de l'economie", "ministère des finances"),
}
_QUOTES_OPEN = "\"'‘“«"
_QUOTES_CLOSE = "\"'’”»"


# "la ministre du Travail", "le ministre de l'Industrie", "Minister for Trade": the word
# after is a portfolio, not a party (the minister is; a ministry is named as such).
# "le ministre délégué chargé de la Santé", "la ministre du Travail, de la Santé et des
# Solidarités": up to two words after the title, and the portfolios listed before.
_PORTFOLIO_LINK = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|aux\s+|à\s+la\s+|of\s+|for\s+)"
_PORTFOLIO = re.compile(
    # ("la commissaire européenne à la Concurrence Margrethe Vestager")
    r"\b(?:ministre|minister|secretary|secrétaire\s+d['’]État|commissaire)"
    r"(?:\s+[a-zéè]+)?(?:\s+chargée?)?\s+"
    rf"(?:{_PORTFOLIO_LINK}(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[a-zéè]+)?\s*,?\s+(?:et\s+)?){{0,3}}"
    rf"{_PORTFOLIO_LINK}$",
    re.IGNORECASE,
)


# "Labor Secretary Julie Su", "Commerce Minister X": the portfolio before the title.
_PORTFOLIO_BEFORE = re.compile(r"\s+(?:Secretary|Minister|Commissioner)\b")


_DEPARTMENT = re.compile(
    r"(?:(?:U\.S\.|US)\s+)?(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?(?P<of>.+)"
    r"|(?:(?:U\.S\.|US)\s+)?(?P<field>.+?)\s+(?:Department|Ministry)"
)


def _department_field(name: str) -> str | None:
    """The field of a department's name: "Transportation" of "Department of
    Transportation" or "the Commerce Department"."""
    match = _DEPARTMENT.fullmatch(name)
    return None if match is None else match.group("of") or match.group("field")


def clean_candidates(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop generic acronyms, lone tails and nationality adjectives ("Chinese rival BYD");
    split names glued by a connector or a hyphen."""
    # "l'Économie" of "le ministre de l'Économie" is a portfolio, no name of its own: it
    # does not stand alone, so "le ministère de l'Économie" keeps it
    portfolio = [
        bool(
            _PORTFOLIO.search(text, max(0, c.start - 90), c.start)
            or _PORTFOLIO_BEFORE.match(text, c.end)
        )
        for c in candidates
    ]
    # ... unless a department of that field is named: "Transportation Secretary Pete
    # Buttigieg" holds his title in the Department of Transportation
    named = Counter(
        surface_key(field)
        for surface in {surface_key(c.text): c.text for c in candidates}.values()
        if (field := _department_field(surface)) is not None
    )
    # ... one department: "Commerce Minister X" of the Chinese "Ministry of Commerce" is no
    # "U.S. Commerce Department" as well
    departments = {field for field, count in named.items() if count == 1}
    portfolio = [
        title and surface_key(c.text) not in departments
        for c, title in zip(candidates, portfolio, strict=True)
    ]
    standalone = Counter(
        surface_key(c.text) for c, title in zip(candidates, portfolio, strict=True) if not title
    )
    # The pieces of a name depend on its text and whether it opens a sentence alone:
    # worked out once per pair, as offsets into the name, for every occurrence.
    pieces_of: dict[tuple[str, bool, bool], list[tuple[int, int, bool]]] = {}
    kept: list[Candidate] = []
    previous_end = -1
    for candidate, title in zip(candidates, portfolio, strict=True):
        # "ANZ, Commonwealth Bank, Westpac and National Australia Bank": the last of a list
        listed = previous_end == candidate.start - 2 and text[previous_end] == ","
        previous_end = candidate.end
        if title:
            holder = _holder_after_portfolio(candidate)
            if holder is not None:
                kept.append(holder)  # "le ministre délégué aux Transports Clément Beaune"
            continue
        candidate = _past_a_quoted_verb(text, candidate, standalone)
        alone = standalone[surface_key(candidate.text)] == 1
        if alone and (_quoted_phrase(text, candidate) or _lone_opener(text, candidate)):
            continue
        if state_as_modifier(text, candidate.start, candidate.end):
            continue  # "les aides d'État": what kind of aid, not the State acting
        if candidate.text in _UNITS and _AFTER_A_NUMBER.search(
            text, max(0, candidate.start - 3), candidate.start
        ):
            continue  # "6 GW", "1,2 TWh": a quantity's unit
        if _credit_rating(text, candidate):
            continue  # "maintenue à B+", "kept it at BBB-": a credit rating
        place_for = _PLACE_FOR.fullmatch(candidate.text)
        if (
            place_for is not None
            and _IN_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
            and standalone[surface_key(place_for.group("party").split()[0])]
        ):
            # "builds the Rogue in Busan for Nissan Motor Co ... Nissan has cut": a place,
            # then the party a thing is made there for (not "Transport for London")
            kept.append(_sub(candidate, 0, place_for.end("place")))
            candidate = _sub(candidate, place_for.start("party"), None)
        shape = (candidate.text, candidate.sentence_initial, listed)
        if _before_its_acronym(text, candidate):
            # "the Pharmaceutical Research and Manufacturers of America (PhRMA)": its
            # acronym says it is one name, "and" included
            kept.append(candidate)
            continue
        if shape not in pieces_of:
            pieces_of[shape] = [
                (piece.start - candidate.start, piece.end - candidate.start, piece.sentence_initial)
                for piece in _kept_pieces(candidate, standalone, listed)
            ]
        for start, end, initial in pieces_of[shape]:
            kept.append(
                Candidate(
                    candidate.start + start,
                    candidate.start + end,
                    candidate.text[start:end],
                    candidate.first_token,
                    candidate.last_token,
                    initial,
                )
            )
    return kept


# A credit rating's grade, signed "+" or "-" ("B+", "BBB-"); a bare "BBB" may be a name
_SIGNED_GRADE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC)[+-]?")


def _credit_rating(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a credit rating: a grade with its sign, read with the sign
    after the name ("B+", "BBB-"; not "BB-8", a hyphen's word)."""
    signed = candidate.text[-1:] in "+-" or text[candidate.end : candidate.end + 1] in ("+", "-")
    after = text[candidate.end + 1 : candidate.end + 2]
    return (
        signed
        and _SIGNED_GRADE.fullmatch(candidate.text) is not None
        and not (after.isalnum() and text[candidate.end : candidate.end + 1] == "-")
    )


# A verb opening a quotation: a gerund or an infinitive
_OPENING_VERB = re.compile(r"[A-Z][a-z]{2,}ing|[A-ZÀ-Ý][a-zéèêëàâîïôûç]{2,}(?:er|ir|re)")
_QUOTATION_MARKS = frozenset('"“«‘')


def _past_a_quoted_verb(text: str, candidate: Candidate, standalone: Counter[str]) -> Candidate:
    """ "“Joining Lyft gives us ...”", "« Rejoindre Thales nous donne ... »": the verb that
    opens a quotation is no word of the name after it, where the text names it alone too
    (not "Xavier Niel", a given name)."""
    if not candidate.sentence_initial or " " not in candidate.text:
        return candidate
    verb, _, rest = candidate.text.partition(" ")
    if (
        not _OPENING_VERB.fullmatch(verb)
        or verb.casefold() in FIRST_NAMES
        or text[max(0, candidate.start - 2) : candidate.start].strip()[-1:] not in _QUOTATION_MARKS
        or not standalone[surface_key(rest)]
    ):
        return candidate
    return _sub(candidate, len(verb) + 1, None)


def _holder_after_portfolio(candidate: Candidate) -> Candidate | None:
    """The person named right after a minister's portfolio, in the same run: "Transports
    Clément Beaune" -> "Clément Beaune"."""
    words = list(_WORD.finditer(candidate.text))
    for position in range(1, len(words) - 1):
        if (
            words[position].group().casefold() in FIRST_NAMES
            and words[position + 1].group()[:1].isupper()
        ):
            return _sub(candidate, words[position].start(), None)
    return None


# Units written in capitals after a number: no names ("6 GW", "1,2 TWh", "400 MW")
_UNITS = frozenset("GW MW KW TW GWh MWh TWh kWh kW GWc MWc Gbit Mbit Go Mo To GB MB TB".split())
_AFTER_A_NUMBER = re.compile(r"\d\s?$")
_ACRONYM_AFTER = re.compile(r"\s*\(([^\W\d_]{2,8})\)")


def _before_its_acronym(text: str, candidate: Candidate) -> bool:
    """The name is followed by its acronym in brackets, spelled by its initials."""
    if " " not in candidate.text or text[candidate.end : candidate.end + 2].strip() != "(":
        return False  # most names are not: the cheapest test first
    match = _ACRONYM_AFTER.match(text, candidate.end)
    if match is None:
        return False
    acronym = match.group(1)
    capitals = "".join(c for c in acronym if c.isupper())
    return initials(candidate.text) in (acronym.upper(), capitals) or (
        acronym.isupper() and _spelled_skipping_lower_case(acronym, candidate.text)
    )


def _spelled_skipping_lower_case(acronym: str, name: str) -> bool:
    """The acronym spells the initials of the name's capitalised words, in order, and of
    some of its lower-case ones: "Bureau d'audiences publiques sur l'environnement"
    (BAPE), "Centre international pour le règlement des différends relatifs aux
    investissements" (CIRDI)."""
    letters = iter(acronym)
    wanted = next(letters, None)
    for word in re.split(r"[\s\-'’]+", name):
        if not word or word.casefold() in CONNECTORS:
            continue
        initial = unicodedata.normalize("NFD", word[0])[0].upper()
        if initial == wanted:
            wanted = next(letters, None)
        elif word[0].isupper() or wanted is None:
            return False
    return wanted is None


# Alone, the adjective of a party member ("Democratic senators", "the Liberal
# government"), not the party: "Republicans", "Labour" stay names.
_PARTY_ADJECTIVES = frozenset("democratic republican liberal".split())
_HEAD_OF_GOVERNMENT = frozenset(
    # "le vice-Premier ministre Kris Peeters": the capital makes no name of the title
    ("premier ministre", "première ministre", "prime minister", "vice-premier", "vice-première")
)


def _kept_pieces(
    candidate: Candidate, standalone: Counter[str], listed: bool = False
) -> list[Candidate]:
    """The parts of a name that are names themselves: no country, split where glued, no
    generic acronym, lone tail or nationality adjective."""
    return [
        piece
        for piece in _split_glued(
            _without_article(_without_country(candidate, standalone), standalone),
            standalone,
            listed,
        )
        if not (
            (key := surface_key(piece.text)) in GENERIC_ACRONYMS
            or key in GENERIC_CAPITALISED
            or key in COMPANY_NAME_TAILS
            or is_demonym(key)
            or (key[-1:] == "s" and key[:-1] in DEMONYMS)  # "Americans' pockets"
            or key in _PARTY_ADJECTIVES  # "22 other Democratic senators"
            or key in _HEAD_OF_GOVERNMENT  # a title, which a model may take for a name
            or (len(key) < 2 and piece.text != "X")  # the social network (``names``)
        )
    ]


# Last words of names that hold an "and": "Securities and Exchange Commission".
_INSTITUTION_HEADS = frozenset(
    "commission authority board office department bank exchange markets trust "
    "administration agency service services "
    "foundation institute council court tribunal media company act law bill directive "
    "committee subcommittee "
    "union unions workers association federation "
    "regulation agreement treaty "
    # "Customs and Border Protection", "Immigration and Customs Enforcement"
    "protection enforcement".split()
)
_AND_HEADS = REGULATOR_HEADS | COMPANY_NAME_TAILS | _INSTITUTION_HEADS
# Heads of the bodies whose names list fields with commas and "and" ("Bakery,
# Confectionery, Tobacco Workers and Grain Millers International Union")
_LISTING_HEADS = REGULATOR_HEADS | frozenset(
    "union unions workers association federation council guild alliance society league "
    "brotherhood confederation".split()
)
# Last words that end a firm's name, never a field of an institution's
_FIRM_TAILS = LEGAL_SUFFIXES | frozenset(
    "industries holdings group partners capital technologies motors airlines airways "
    "studios networks pharmaceuticals investments associates advisors bancorp".split()
)
_OPENING_HEADS = frozenset(
    "department office bureau center centers centre centres institute ministry commission "
    "council agency board committee".split()
)
# Heads of the bodies of people named "X of A and B"
_BODY_OF_HEADS = frozenset(
    "brotherhood society alliance league federation association confederation guild".split()
)
_LABEL = re.compile(r"(?:\s+[^\W\d_A-Z][\w'’-]*){0,3}\s*:")
# Adjectives of quantity or strength that open a sentence: "High energy costs weigh on
# X", "Strong demand lifted Y", "Fortes tensions chez Z", "Premier financeur du cinéma, X"
_OPENING_ADJECTIVES = frozenset(
    """high low higher lower rising falling strong weak big small large major weaker
    stronger activist fort forte forts fortes faible faibles premier première premiers
    premières dernier dernière""".split()
)
# adverbs, plural agent nouns, and French past participles ("Arrivé à la tête du groupe")
_OPENER_SUFFIXES = tuple("ly ment ists ysts ers ors ics eurs ants é ée és ées".split())


def _lone_opener(text: str, candidate: Candidate) -> bool:
    """ "Separately," or "Analysts at X": a sentence's first word, seen once, shaped like
    an adverb or a plural noun, or set off by a comma, is not a name."""
    if not candidate.sentence_initial or " " in candidate.text:
        return False
    if candidate.text.casefold() in KNOWN_KINDS or candidate.text.isupper():
        return False
    label = bool(_LABEL.match(text, candidate.end))
    word = candidate.text.casefold()
    return label or word.endswith(_OPENER_SUFFIXES) or word in _OPENING_ADJECTIVES


_DOTTED_COUNTRIES = frozenset("U.S. U.K. E.U.".split())
# The states that act in the news as countries do (``COUNTRIES``), whose bodies' names
# still open with them
_STATES_ACTING = frozenset(("california", "californie", "texas"))
_PUBLIC_BODIES = frozenset("department ministry ministère office agency agence".split())


_PLACE_FOR = re.compile(r"(?P<place>[^\W\d_][\w-]*) (?:for|pour) (?P<party>[A-Z].*)")
_IN_BEFORE = re.compile(r"\b(?:in|à|en)\s+$")


def _without_article(candidate: Candidate, standalone: Counter[str]) -> Candidate:
    """ "Canada's The Stars Group", where the text also names "Stars Group" alone: that
    body, written with its article. Only a name with a body's head word ("The Royal Bank of
    Scotland", "The Pensions Regulator"; not "The Sinking City", a game, nor "The New York
    Times", which the text shortens to "the Times")."""
    first, _, rest = candidate.text.partition(" ")
    if (
        first == "The"
        and rest
        and standalone[surface_key(rest)]
        and any(word.casefold() in _AND_HEADS for word in rest.split())
    ):
        return _sub(candidate, len(first) + 1, None)
    return candidate


def _without_country(candidate: Candidate, standalone: Counter[str] | None = None) -> Candidate:
    """ "UK Competition and Markets Authority" is the Competition and Markets Authority;
    "Chinese AI startup DeepSeek" starts with no name."""
    first, _, rest = candidate.text.partition(" ")
    if rest and first.casefold() in DEMONYMS and rest.casefold() in GENERIC_ACRONYMS:
        return _sub(candidate, len(first) + 1, None)
    if (
        rest
        and first.casefold() in DEMONYMS
        and standalone
        and surface_key(rest) in standalone
        # not "the European Commission" where the text also says "the Commission"
        and not (first.casefold() == "european" and surface_key(rest).split()[-1] in _AND_HEADS)
    ):
        # "European Facebook users": the text also names Facebook alone
        return _sub(candidate, len(first) + 1, None)
    if rest and first in _DOTTED_COUNTRIES and standalone and surface_key(rest) in standalone:
        # "the U.S. Commerce Department" where the text also says "the Commerce Department";
        # "in the U.S. Zorblat said", a sentence end the splitter took for an abbreviation
        return _sub(candidate, len(first) + 1, None)
    if (
        first in PLACES
        # a country's ("UK Competition and Markets Authority"), not a state's or a
        # town's: "the California Public Utilities Commission" is that body's name; and
        # by its abbreviation: "the China Securities Regulatory Commission" and the "Korea
        # Fair Trade Commission" are those bodies' names
        and first.isupper()
        and first.casefold() in COUNTRY_KEYS - _STATES_ACTING
        and len(rest.split()) >= 2
        and rest.split()[-1].casefold() in REGULATOR_HEADS | _PUBLIC_BODIES
    ):
        return _sub(candidate, len(first) + 1, None)
    return candidate


_STATE = frozenset(("État", "Etat", "ÉTAT", "ETAT"))


def state_as_modifier(text: str, start: int, end: int) -> bool:
    """Whether "État" at ``text[start:end]`` only says what kind of thing precedes it
    ("les aides d'État", "une garantie d'Etat"): no party, the State does not act."""
    return text[start:end] in _STATE and bool(_STATE_AID.search(text, max(0, start - 16), end))


# "les aides d'État", "une garantie d'Etat": what kind of aid or guarantee, no party
_STATE_AID = re.compile(
    r"\b(?:aides?|garanties?|subventions?|entreprises?|sociétés?|capitalisme|secret|fonds"
    r"|prêts?|chefs?|coups?|actionnariat|raison)\s+d['’](?:É|E)tat$",
    re.IGNORECASE,
)


def _quoted_phrase(text: str, candidate: Candidate) -> bool:
    """A title-case phrase quoted once ("'Junk Fees'") is a slogan, not a party; a title
    with link words ("Life is Strange", « Lead the Future ») names a work or a plan."""
    if is_linked_title(candidate.text):
        return False
    before = text[candidate.start - 2 : candidate.start].strip()
    after = text[candidate.end : candidate.end + 2].strip(" ,.")
    return (
        " " in candidate.text
        and bool(before)
        and before[-1] in _QUOTES_OPEN
        and bool(after)
        and after[0] in _QUOTES_CLOSE
    )


def _known(name: str) -> bool:
    return surface_key(name) in KNOWN_KINDS


_FRENCH_MINISTRY_HEADS = ("ministère ", "secrétariat d", "département ")
_MINISTER_AFTER = re.compile(r"\s(?:de|d['’])\s*(?=(?P<given>[A-ZÀ-Ý][\w-]+)\s+[A-ZÀ-Ý])")


def _spelled_by_an_acronym(words: list[re.Match[str]], standalone: Counter[str]) -> bool:
    """Whether the initials of a name's words, its connectors and its country aside, are an
    acronym the text uses: "U.S. Immigration and Customs Enforcement ... ICE" is one name."""
    initials = "".join(
        w.group()[0]
        for w in words
        if w.group() not in CONNECTORS and w.group() not in _DOTTED_COUNTRY_WORDS
    )
    return len(initials) >= 3 and initials.isupper() and initials.casefold() in standalone


_DOTTED_COUNTRY_WORDS = frozenset(("U.S", "US", "UK", "U.K", "EU"))


# The suffixes that say a firm is incorporated (not "Group": "Stora Enso and Metsä Group"
# are two)
_INCORPORATED = frozenset(
    "inc inc. corp corp. corporation co co. company ltd ltd. limited plc llc".split()
)


def _trades_joined(words: list[re.Match[str]], position: int, standalone: Counter[str]) -> bool:
    """Whether the "and" at ``position`` joins two trades of one firm's name: "Pacific Gas
    and Electric Co", "Taiwan Tobacco and Liquor Corporation". After two words or more,
    one word the text never names alone, then a legal suffix; not "Exxon and Chevron
    Corp ... Chevron said", two firms."""
    if position < 2 or len(words) - position != 3:
        return False
    before, after, suffix = words[position - 1].group(), words[position + 1].group(), words[-1]
    return (
        suffix.group().casefold() in _INCORPORATED
        # (not "Zorblat Materials Corp and Quux Inc": the first ends as a firm's name)
        and before.casefold() not in COMPANY_NAME_TAILS
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in (before, after))
        and not standalone[surface_key(after)]
        and after.casefold() not in FIRST_NAMES
        and after.casefold() not in KNOWN_KINDS
    )


def _person_of(name: str) -> bool:
    """Whether ``name`` opens on a person's full name and "of": a given name and one or
    two more capitalised words ("Kenneth A. Blanco of ...")."""
    official, of, _ = name.partition(" of ")
    words = official.split()
    return (
        bool(of)
        and len(words) in (2, 3)
        and words[0].casefold() in FIRST_NAMES
        and all(w[:1].isupper() for w in words)
    )


def _split_glued(
    candidate: Candidate, standalone: Counter[str], in_list: bool = False
) -> list[Candidate]:
    """ "xAI d'Elon Musk" -> two names when a part stands alone elsewhere or is a person;
    never a department ("Department of Transportation", its field alone in a title).
    ``in_list``: the name follows another and a comma, so its "and" ends the list."""
    if candidate.text.startswith(_FRENCH_MINISTRY_HEADS):
        # "le ministère de la Défense de Guido Crosetto": the ministry, then its minister
        minister = _MINISTER_AFTER.search(candidate.text)
        if minister is not None and minister.group("given").casefold() in FIRST_NAMES:
            return [_sub(candidate, 0, minister.start()), _sub(candidate, minister.end(), None)]
    if (
        # (but "Kenneth A. Blanco of the Justice Department" is a person, then the
        # department, split below)
        (_department_field(candidate.text) is not None and not _person_of(candidate.text))
        or _known(candidate.text)
        or candidate.text.startswith(_FRENCH_MINISTRY_HEADS)
    ):
        # nor a name the gazetteer knows whole ("Bank of England"), nor a French
        # ministry ("le ministère chinois du Commerce", where the commissioner "au
        # Commerce" is named too)
        return [candidate]
    words = list(_WORD.finditer(candidate.text))
    person = _person_after_origin(words)
    if person is not None:
        # "la Française Céline Imart": the nationality is no part of the name; "le député
        # MoDem du Maine-et-Loire Philippe Bolo": where they sit, then who they are
        left = candidate.text[: words[person - 1].end()]
        right = _sub(candidate, words[person].start(), None)
        if left.casefold() in DEMONYMS:
            return [right]
        return [_sub(candidate, 0, len(left)), right]
    # "United Food and Commercial Workers Local 400": a union's local branch after its head
    # ... and a law's year after its head: "Corporate Insolvency and Governance Act 2020"
    head = (
        words[-3].group().casefold()
        if len(words) > 3 and words[-2].group() == "Local" and words[-1].group().isdigit()
        else words[-2].group().casefold()
        if len(words) > 2 and words[-2].group() == "Act" and words[-1].group().isdigit()
        # ... and an acronym after the head: "Post and Logistics Union PAU"
        else words[-2].group().casefold()
        if len(words) > 3
        and words[-1].group().isupper()
        and words[-1].group().isalpha()  # (not "EE and Virgin Media O2": two names)
        and words[-2].group()[1:].islower()
        else words[-1].group().casefold()
    )
    for position, word in enumerate(words[1:-1], start=1):
        if word.group() not in CONNECTORS:
            continue
        if (
            (
                position == 1
                and word.group() in _SURNAME_PARTICLES
                and words[0].group().casefold() in FIRST_NAMES
                and len(words) <= 4
            )
            or (
                word.group() in PATRONYMICS
                # "bin Zayed al-Nahyan", "bin Zayed Al Nahyan": a father's name and the
                # family's, whose article may stand apart
                and len([w for w in words[position + 1 :] if w.group() not in ("Al", "El")]) <= 2
            )
        ):
            # "Mark van Baal", "Ursula von der Leyen": one person, whose surname may
            # stand alone elsewhere ("van Baal said"); "Sheikh Mansour bin Zayed
            # al-Nahyan": a father's name follows "bin"
            return [candidate]
        repeated = position >= 2 and words[position - 1].group() == words[-1].group()
        # "Larsen & Toubro Infotech and L&T Technology Services": a name that spells its
        # "and" as "&" has no other "and"
        ampersand = word.group() == "and" and "&" in candidate.text[: word.start()]
        # "Mandiant and Palo Alto Networks": a firm's name spells its "and" as "&"
        listed = (
            word.group() == "and"
            and not _trades_joined(words, position, standalone)
            and (
                (head in COMPANY_NAME_TAILS - _INSTITUTION_HEADS and len(words) - position > 2)
                # "Access Industries and Canada Pension Plan Investment Board": the first ends
                # as a firm's name does, after a word of its own
                or (
                    position >= 2
                    and words[position - 1].group().casefold() in _FIRM_TAILS
                    and words[position - 2].group() not in CONNECTORS
                    and len(words) - position > 2
                )
            )
        )
        # "Centers for Disease Control and Prevention": an institution's head opens it
        opening = words[1] if words[0].group() in ("U.S", "US", "UK", "U.K") else words[0]
        # ... or its head before "of": "(International) Brotherhood of Locomotive Engineers
        # and Trainmen", "Society of Motor Manufacturers and Traders"
        of = next((i for i in range(1, position) if words[i].group() == "of"), None)
        headed = opening.group().casefold() in _OPENING_HEADS or (
            of is not None and words[of - 1].group().casefold() in _OPENING_HEADS | _BODY_OF_HEADS
        )
        if word.group() in ("and", "&") and (
            (
                head not in _AND_HEADS
                and not headed
                and not _spelled_by_an_acronym(words, standalone)
            )
            or repeated
            or listed
            or ampersand
            or (in_list and word.group() == "and" and not headed and head not in _LISTING_HEADS)
        ):
            # "Southwest Airlines and United Airlines": two names with one head
            # "Apple and Amazon" are two names; "Competition and Markets Authority" one.
            left_part = _sub(candidate, 0, word.start() - 1)
            # "Mars and for NASA": the second name starts after the connectors
            after = position + 1
            while after < len(words) - 1 and words[after].group() in CONNECTORS:
                after += 1
            right_part = _sub(candidate, words[after].start(), len(candidate.text))
            return [left_part, *_split_glued(right_part, standalone)]
        left = candidate.text[: word.start()].rstrip()
        # "la CGT de la SETE": the second name starts after the article
        following = position + 1
        while (
            following < len(words) - 1
            and words[following].group() in _ARTICLES
            and words[following + 1].group()[:1].isupper()
        ):
            following += 1
        right_start = words[following].start()
        right = candidate.text[right_start:]
        left_key, right_key = surface_key(left), surface_key(right)
        right_is_person = right.split()[0].casefold() in FIRST_NAMES and len(right.split()) > 1
        # "Sen. Ron Johnson of Wisconsin": a person, then the state they represent
        # "Judge Margaret Garnett of the Southern District of New York", "Ada Roe of
        # Zorblat": a person, then where they serve (never a French "de": "Nicolas de
        # Tavernost" is one name)
        person_of_place = (
            left.split()[0].casefold() in FIRST_NAMES
            and len(left.split()) in (2, 3)
            and (right_key in _PLACE_KEYS or right_key in COUNTRY_KEYS or word.group() == "of")
        )
        if person_of_place and right.startswith("the "):
            right_start += 4
        alone = (standalone[left_key] and left_key not in _PLACE_KEYS) or (
            standalone[right_key] and right_key not in _PLACE_KEYS
        )
        if left_key in _LOCAL_BODIES:
            # "la Ville de Paris" ... "la Ville": a town's council, named for its town,
            # which the text may also name alone ("la Ville de Blainville" ... "Blainville")
            alone = False
        if word.group() == "of" and left_key.rpartition(" ")[2] in _COURTS:
            alone = False  # "the District Court of The Hague": a court, named for its seat
        if (right_is_person or alone or person_of_place) and not candidate.text[
            right_start
        ].islower():
            # (not "le Tribunal de la concurrence": a lower-case complement is no name)
            return [
                _sub(candidate, 0, len(left)),
                *_split_glued(_sub(candidate, right_start, len(candidate.text)), standalone),
            ]
    if "-" in candidate.text and " " not in candidate.text:
        parts = candidate.text.split("-")
        if len(parts) == 2 and all(p[:1].isupper() and standalone[surface_key(p)] for p in parts):
            return [_sub(candidate, 0, len(parts[0])), _sub(candidate, len(parts[0]) + 1, None)]
    return [candidate]


_ARTICLES = frozenset(("la", "le", "les", "l", "the"))
# The particles of surnames that may follow a given name
_SURNAME_PARTICLES = frozenset(
    "van von der den ten ter de du da di del della dos bin ibn bint".split()
)
_COURTS = frozenset(("court", "tribunal"))
_LOCAL_BODIES = frozenset("ville mairie région département métropole commune préfecture".split())


def _person_after_origin(words: Sequence[re.Match[str]]) -> int | None:
    """The position of a given name that starts a person's name right after a nationality
    or a place, inside one capitalised run."""
    for position in range(1, len(words) - 1):
        given, before = words[position].group(), words[position - 1].group()
        if given.casefold() not in FIRST_NAMES or not words[position + 1].group()[:1].isupper():
            continue
        if before.casefold() in DEMONYMS or surface_key(before) in _PLACE_KEYS:
            return position
    return None


def _sub(candidate: Candidate, start: int, end: int | None) -> Candidate:
    stop = len(candidate.text) if end is None else end
    return Candidate(
        candidate.start + start,
        candidate.start + stop,
        candidate.text[start:stop],
        candidate.first_token,
        candidate.last_token,
        candidate.sentence_initial and start == 0,
    )


_PLACE_KEYS = frozenset(surface_key(p) for p in PLACES)


def initials(name: str) -> str:
    """Upper-case initials of the words of a name, connectors left out. A dotted
    abbreviation gives all its letters: "U.S. Postal Service" is USPS, not UPS."""
    words = [w for w in re.split(r"[\s\-'’]+", name) if w and w.casefold() not in CONNECTORS]
    letters = (
        w.replace(".", "") if _DOTTED.fullmatch(w) else unicodedata.normalize("NFD", w[0])[0]
        for w in words
        if w[0].isalpha()
    )
    return "".join(letters).upper()


_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")
_FAMILY_HEADS = frozenset(("famille", "family"))


def is_acronym(form: str) -> bool:
    letters = form.replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _innermost(keys: Sequence[str]) -> list[str]:
    """``keys`` without those that extend another of them by more words."""
    return [k for k in keys if not any(o != k and k.startswith(o + " ") for o in keys)]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent.get(key, key)
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


# Last words of a body of people, never a product: "Starbucks Workers United"
_BODIES_OF_PEOPLE = frozenset(
    "united union unions workers guild federation coalition association council committee".split()
)
# A title right after a name: "Hess Chief Executive", "Zorblat's chairman" (not a
# person's own: "Javice's lawyer")
_PERSONAL_ROLES = frozenset("lawyer lawyers avocat avocats avocate".split())
_TITLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:"
    + "|".join(sorted(map(re.escape, ROLE_WORDS - _PERSONAL_ROLES), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# A title whose complement is the name after it: "président exécutif de Ferrero", "chief
# executive of Ford" (the name is a body there, whoever shares it)
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, ROLE_WORDS - _PERSONAL_ROLES), key=len, reverse=True))
    + r")(?:\s+[\w-]+)?\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])$",
    re.IGNORECASE,
)


# How every such title ends: "of", "de", "d'"..., a cheap test before the regex above
_OF_END = re.compile(r"(?:\b(?:of|the|de|du|la)\s+|['’])$", re.IGNORECASE)


def _headline_end(text: str) -> int:
    """Where the body starts after a headline: a first line of at most 200 characters
    followed by a blank line (0 if the text opens otherwise)."""
    end = text.find("\n\n", 0, 202)
    return end if end != -1 and "\n" not in text[:end] else 0


def _without_suffix(words: list[str]) -> list[str]:
    """A name's words without "Jr." or "Sr.": "Robert F. Kennedy Jr." is "Kennedy" for short."""
    return words[:-1] if len(words) > 2 and words[-1] in ("jr.", "sr.") else words


def _elided_only(text: str, candidates: Sequence[Candidate], name: str) -> bool:
    """Whether every occurrence of the one-word ``name`` follows a French elision ("l'")."""
    return all(
        text[c.start - 2 : c.start] in ("l'", "l’", "L'", "L’")
        for c in candidates
        if c.text == name
    )


def _capitalised(word: str) -> bool:
    """A capital first letter, or after an Arabic article ("al-Kaabi", "el-Sisi")."""
    return word[:1].isupper() or (word[:3] in ("al-", "el-") and word[3:4].isupper())


def _named_apart(
    key: str, rest: str, first_seen: Mapping[str, int], forms: Mapping[str, Counter[str]]
) -> bool:
    """Whether ``rest``, the end of ``key`` after another name, is a party of its own: the
    text names it alone more than once before ``key`` ("Syntel", bought by Atos, and then
    "Atos Syntel", the new entity; "Alstom" and "Siemens Alstom"), where "Azure" after
    "Microsoft Azure" is its short form."""
    return first_seen[rest] < first_seen[key] and sum(forms[rest].values()) >= 2


def group_forms(text: str, tokens: Sequence[Token], candidates: Sequence[Candidate]) -> list[Draft]:
    """Entities as groups of surface forms, most complete form first."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for candidate in candidates:
        forms[surface_key(candidate.text)][candidate.text] += 1
    keys = set(forms)
    # each key's most frequent surface form, which several rules below look at
    usual = {key: counts.most_common(1)[0][0] for key, counts in forms.items()}
    union = _Union()
    for key in keys:
        union.find(key)
    product_of: set[str] = set()

    _link_bracketed_acronyms(text, candidates, union)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        # (a family is never spelled by initials: "la famille Hayek" is no "FH")
        if len(key.split()) > 1 and key.split()[0] not in _FAMILY_HEADS:
            letters = initials(usual[key])
            by_initials[letters].append(key)
            if len(letters) > 3:
                # "Apple Developer Program License Agreement" is also the "DPLA".
                by_initials[letters[1:]].append(key)
            core, _, suffix = usual[key].rpartition(" ")
            if (
                suffix.casefold() in LEGAL_SUFFIXES
                and len(initials(core)) >= 2
                and key not in by_initials[initials(core)]
            ):
                # "Advanced Micro Devices Inc" is also the "AMD"
                by_initials[initials(core)].append(key)
            country, _, rest = usual[key].partition(" ")
            if _DOTTED.fullmatch(country) and initials(rest) not in (letters, letters[1:]):
                # "U.S. Federal Trade Commission" is also the "FTC"
                by_initials[initials(rest)].append(key)
    for key in keys:
        surface = usual[key]
        if is_acronym(surface) and len(by_initials.get(surface.replace("&", ""), [])) == 1:
            union.join(by_initials[surface.replace("&", "")][0], key)

    fields: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        field = _department_field(usual[key])
        if field is not None and surface_key(field) in keys and surface_key(field) != key:
            fields[surface_key(field)].append(key)
    for field, departments in fields.items():
        # "Transportation" (Secretary) is the department; not where two are named, "the
        # U.S. Commerce Department" and China's "Ministry of Commerce"
        if len(departments) == 1:
            union.join(departments[0], field)
    for key in keys:
        head, _, tail = key.rpartition(" ")
        if head and tail in _TRANSLATED_TAILS and f"{head} {_TRANSLATED_TAILS[tail]}" in keys:
            union.join(f"{head} {_TRANSLATED_TAILS[tail]}", key)
    for key in keys & _NICKNAMES.keys():
        # "les Sages": the Conseil constitutionnel, when the text names it
        named = [
            other
            for other in keys
            if any(other == full or other.startswith(full + " ") for full in _NICKNAMES[key])
        ]
        if len(named) == 1:
            union.join(named[0], key)

    # "Sheikh Mansour" ... "Sheikh Mansour bin Zayed al-Nahyan": the name before the
    # father's is the person's short form, where one name alone extends it
    fathered: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        for position in range(1, len(words) - 1):
            if words[position] in PATRONYMICS and (short := " ".join(words[:position])) in keys:
                fathered[short].append(key)
    for short, longer in fathered.items():
        if len(longer) == 1:
            union.join(longer[0], short)
    # "Andrés Manuel López Obrador" ... "López Obrador": a person's last two names,
    # written without the given names, where one name alone ends with them
    surnamed: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        # (not "Tom Clancy's Rainbow Six", a title named for its author)
        if (
            len(words) >= 3
            and words[0] in FIRST_NAMES
            and not any(w.endswith(("'s", "’s")) for w in words)
        ):
            tail = " ".join(words[-2:])
            if (
                tail in keys
                and words[-2] not in FIRST_NAMES
                # (not "Bernard Van Hool" and "Van Hool", a surname and the family's firm)
                and words[-2] not in _SURNAME_PARTICLES
                and all(w[:1].isupper() for w in usual[tail].split())
            ):
                surnamed[tail].append(key)
    for tail, longer in surnamed.items():
        if len(longer) == 1:
            union.join(longer[0], tail)
    # "Luiz Inacio Lula da Silva" ... "Lula": the one word of a long person's name, inside
    # it, that the text also writes alone
    inner: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 4 and words[0] in FIRST_NAMES:
            for word in words[1:-1]:
                if word in keys and word not in CONNECTORS:
                    inner[word].append(key)
    for word, longer in inner.items():
        if len(longer) == 1:
            union.join(longer[0], word)

    for key in keys:
        # "la Ville de Blainville" ... "Blainville": a town no list knows is named for its
        # council (not "Paris", which may be the French state)
        body, _, town = key.partition(" de ")
        if (
            body in _LOCAL_BODIES
            and town in keys
            and town not in _PLACE_KEYS
            and town not in COUNTRY_KEYS
        ):
            union.join(key, town)

    singles = {k for k in keys if len(k.split()) == 1}
    titled = {
        surface_key(c.text)
        for c in candidates
        if " " not in c.text and _TITLE_AFTER.match(text, c.end) is not None
    }
    # "Giovanni Ferrero, président exécutif de Ferrero": a name a title is held in is the
    # family's company, no short form of the person's name
    # (looked for only for the last word of a name opening with a given name, and with the
    # title's regex only where "of", "de"... ends the text before it)
    person_surnames = {
        words[-1]
        for words in (_without_suffix(key.split()) for key in keys)
        if len(words) > 1 and words[0] in FIRST_NAMES
    }
    held_in = {
        surface_key(c.text)
        for c in candidates
        if " " not in c.text
        and surface_key(c.text) in person_surnames
        and _OF_END.search(text, max(0, c.start - 6), c.start) is not None
        and _TITLE_OF_BEFORE.search(text, max(0, c.start - 40), c.start) is not None
    }
    # A headline names its parties short ("deal with Renesas, Apollo"): where a name is
    # first seen is read from the body, the headline counting only for names it alone has
    body = _headline_end(text)
    first_seen: dict[str, int] = {}
    for candidate in candidates:
        at = candidate.start if candidate.start >= body else candidate.start + len(text)
        key = surface_key(candidate.text)
        first_seen[key] = min(first_seen.get(key, at), at)
    # "Hargreaves Lansdown", founded by Peter Hargreaves and Stephen Lansdown: a firm
    # named after people the text names is none of theirs, nor is either surname alone
    # its short form ("Hargreaves said")
    surnames = Counter(
        key.split()[-1] for key in keys if len(key.split()) > 1 and key.split()[0] in FIRST_NAMES
    )
    founders_firms = {
        key
        for key in keys
        if 1 < len(key.split()) <= 3
        and key.split()[0] not in FIRST_NAMES
        and all(surnames[word] == 1 for word in key.split())
    }
    # how many names extend each run of a name's first words
    extended = Counter(
        " ".join(words[:size]) for words in map(str.split, keys) for size in range(1, len(words))
    )
    starting: dict[str, list[str]] = defaultdict(list)
    for key in keys - founders_firms:
        if len(key.split()) > 1:
            first = key.split()[0]
            starting[first].append(key)
            if first.endswith("'s") and len(first) > 3:
                # "Dick's Sporting Goods ... Dick's said": the short form is read as a
                # possessive, "Dick"
                starting[first[:-2]].append(key)
    # the names already joined to another form: "EA", the acronym of "Electronic Arts", is
    # no short form of "EA Sports FC"
    grouped = Counter(union.find(key) for key in keys)
    for single in singles:
        # "Universal Music Group ... Universal": a short form introduced by the full name.
        # "Choice Hotels International", "Choice Hotels" ... "Choice": the shorter of two
        # names that extend each other stands for both
        extending = starting.get(single, [])
        longer = _innermost(extending)
        if (
            len(longer) == 1
            and min(first_seen[k] for k in extending) < first_seen[single]
            and single not in KNOWN_KINDS
            and grouped[union.find(single)] == 1
        ):
            union.join(longer[0], single)
    ending: Counter[str] = Counter(
        _without_suffix(k.split())[-1]
        for k in keys - founders_firms
        if " " in k and k.split()[0].rstrip(".") not in HONORIFICS
    )
    for key in keys - founders_firms:
        words = _without_suffix(key.split())
        if (
            len(words) == 2
            and words[0].rstrip(".") in HONORIFICS
            and ending[words[1]] == 1
            and words[1] not in singles
        ):
            # "Jim Chalmers ... Mr Chalmers": a courtesy title before the surname of the one
            # name that ends with it (not "Mr Porter", the shop, where no name does)
            named = next(
                k
                for k in keys - founders_firms
                if " " in k
                and k.split()[0].rstrip(".") not in HONORIFICS
                and _without_suffix(k.split())[-1] == words[1]
            )
            union.join(named, key)
            continue
        if len(words) < 2:
            continue
        surface = usual[key]
        # "Union syndicale Solidaires": a lower-case word inside, but no connector nor any
        # other common word ("Back to Zorblat", a slogan)
        capitalised = _capitalised(surface.split()[-1]) and (
            all(_capitalised(w) for w in surface.split())
            or (
                surface[:1].isupper()
                and not any(w in CONNECTORS or w in STOPWORDS for w in surface.split())
            )
            # "Mark van Baal" ... "van Baal said": a given name, a particle, the surname
            or (words[0] in FIRST_NAMES and words[1] in _SURNAME_PARTICLES)
        )
        if (
            words[-1] in singles
            and len(words) <= 3
            and capitalised
            and words[0] not in keys
            # "Water" is no surname of "Thames Water" and "Yorkshire Water" both
            and ending[words[-1]] == 1
            # nor a country or a region of "Air France", "Transport Canada", "Casil Europe"
            and words[-1] not in COUNTRY_KEYS
            and words[-1] not in _PLACE_KEYS
            # "Lagardère" of "Lagardère Travel Retail" is the family's company, not
            # "Arnaud Lagardère"
            and not any(k != key for k in starting.get(words[-1], ()))
            # nor "Hess" of "Hess Chief Executive John Hess": a name before a title is
            # the body the title is held in (but "Deutsche Lufthansa" is no person, and
            # "Lufthansa Chief Executive X" names that company)
            and (words[-1] not in titled or words[0] not in FIRST_NAMES)
            and (words[-1] not in held_in or words[0] not in FIRST_NAMES)
            # nor "Duralex" of "la CGT Duralex": the union's branch at the company
            and words[0] not in ASSOCIATION_KEYS
        ):
            union.join(key, words[-1])
            continue
        particle_surname = " ".join(words[-2:])
        if (
            len(words) == 3
            and words[-2] in ("le", "la")
            and particle_surname in keys
            and words[0] in FIRST_NAMES
        ):
            # "Annaïg Le Meur" ... "la loi Le Meur": a surname with its particle
            union.join(key, particle_surname)
            continue
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), words[cut:]
            if (
                cut >= 2
                and tail[0] == "&"
                and head in keys
                and extended[head] == 1
                and head not in _PLACE_KEYS
            ):
                # "Daewoo Shipbuilding & Marine Engineering ... Daewoo Shipbuilding": the
                # name's first part, of two words or more, is its short form
                union.join(key, head)
                break
            # not "Brussels Airlines" and "Brussels", the seat of the EU: a place named
            # alone is the place (or those governing from it), not a company it names
            if (
                head in keys
                and all(w in COMPANY_NAME_TAILS for w in tail)
                and head not in _PLACE_KEYS
                and head not in COUNTRY_KEYS  # "Qatar Petroleum" is no "Qatar"
                # not where two names extend it ("Teck Resources", "Teck Metals"; "Marathon
                # Oil", "Marathon Petroleum"): the short form may be either
                and extended[head] == 1
            ):
                union.join(key, head)
                break
            rest = " ".join(tail)
            # "Microsoft Azure" and "Azure"; not "Greenpeace France" and "France", nor
            # "Starbucks Workers United" (a union of the company's workers), nor "la CGT
            # Duralex" (the union's branch at the company)
            if (
                head in keys
                and rest in keys
                and surface[:1].isupper()
                and rest not in COUNTRY_KEYS
                and rest not in _PLACE_KEYS  # nor "Digicel Pacific" and "Pacific"
                and tail[-1] not in _BODIES_OF_PEOPLE
                and head not in ASSOCIATION_KEYS
                and not _named_apart(key, rest, first_seen, forms)
            ):
                union.join(key, rest)
                if head not in FIRST_NAMES:
                    # ("Jerry Greenfield" and "Greenfield": a surname; "the John Deere
                    # brand" is no product Deere of a company John)
                    product_of.add(key)
                break

    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[union.find(key)].append(key)
    if groups.get("union") == ["union"] and _elided_only(text, candidates, "Union"):
        # "au sein de l'Union", the text never naming the Union européenne: the European
        # Union as a place, which no party list names by that word
        del groups["union"]
    drafts = []
    for members in groups.values():
        surfaces = [s for k in members for s in forms[k]]
        counts = Counter({s: n for k in members for s, n in forms[k].items()})
        ordered = sorted(
            surfaces,
            key=lambda s: (is_acronym(s), -len(s.split()), -counts[s], -len(s), s),
        )
        distinct: list[str] = []
        seen: set[str] = set()
        for surface in ordered:
            if surface_key(surface) not in seen:
                seen.add(surface_key(surface))
                distinct.append(surface)
        drafts.append(
            Draft(
                forms=distinct,
                occurrences=sum(counts.values()),
                product_hint=any(k in product_of for k in members),
            )
        )
    drafts.sort(key=lambda d: (-d.occurrences, d.name))
    return drafts


def _link_bracketed_acronyms(text: str, candidates: Sequence[Candidate], union: _Union) -> None:
    """ "Digital Markets Act (DMA)" and "DMA (Digital Markets Act)" name one thing."""
    for first, second in pairwise(candidates):
        between = text[first.end : second.start]
        closing = text[second.end : second.end + 1]
        if between.strip() != "(" or closing != ")":
            continue
        capitals = "".join(c for c in second.text if c.isupper())
        if (
            second.text.isalpha()
            and len(capitals) >= 2
            and " " in first.text
            and initials(first.text) == capitals
        ):
            # "Pharmaceutical Research and Manufacturers of America (PhRMA)"
            union.join(surface_key(first.text), surface_key(second.text))
            continue
        if (
            second.text.isalpha()
            and second.text.istitle()
            and 3 <= len(second.text) <= 10
            and " " in first.text
            and (
                (len(second.text) <= 6 and spelled_by_initials(second.text, first.text))
                or spelled_by_syllables(second.text, first.text)
            )
        ):
            # "Fédération nationale de l'aviation et de ses métiers (Fnam)": a title-case
            # acronym whose letters open the name's words in order; "Union des fabricants
            # (Unifab)": the openings of its words
            union.join(surface_key(first.text), surface_key(second.text))
            continue
        acronym, _, place = second.text.partition(" ")
        if (
            place.istitle()
            and is_acronym(acronym)
            and first.text.endswith(" " + place)
            and initials(first.text).startswith(acronym[:1])
        ):
            # "Agence de financement des infrastructures de transport de France (AFIT
            # France)": an acronym that keeps the name's last word
            union.join(surface_key(first.text), surface_key(second.text))
            continue
        long, short = (first, second) if is_acronym(second.text) else (second, first)
        if is_acronym(short.text) and (
            initials(long.text).startswith(short.text[:1])
            or sorted(initials(long.text)) == sorted(short.text)
            # "l'Autorité britannique de la concurrence et des marchés (CMA)"
            or (short is second and is_translated_institution(long.text))
        ):
            union.join(surface_key(long.text), surface_key(short.text))
