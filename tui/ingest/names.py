"""Rule-based name candidates: capitalised sequences, acronyms and known names.

A candidate is a span of the text that looks like a proper name: a run of capitalised
tokens ("Epic Games"), possibly joined by connectors ("Bank of America", "Conseil de
l'Union européenne"), an acronym ("DMA"), or a model-like token ("o3-mini", "GPT-5").
Runs are cut at role words ("Epic Games CEO Tim Sweeney" is two names), stripped of
sentence-initial function words, and never start or end with an elision or a connector.
Everything here is a single pass over the tokens: linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress
from typing import NamedTuple

from tui.ingest.gazetteer import CAPITALS, EVENTS, GAZETTEER_NAMES, KNOWN_KINDS, PLACES
from tui.ingest.lexicon import (
    CONNECTORS,
    ENGLISH_MONTHS_AND_DAYS,
    FIRST_NAMES,
    FRENCH_MONTHS_AND_DAYS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    PERSON_NOUNS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    STATE_KEYS,
    STOPWORDS,
    is_demonym,
    is_role_word,
)
from tui.ingest.patterns import finditer_from, matches_at, may_start_with
from tui.ingest.tokens import APOSTROPHES, PARTY_PARTICIPLE, Token, Tokens

# "21st", "1er", and the centuries French writes in Roman numerals: "le XXe siècle"
_ORDINAL = re.compile(r"^(?:\d+(?i:er|re|e|ème|nd|st|rd|th)|[IVX]+(?:e|er|ème))$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_OPENERS = frozenset("\"'“‘«([—–-:")
_ELIDED = frozenset("l d qu n s j m t c jusqu lorsqu puisqu".split())
_CURRENCY_SIGNS = frozenset("$€£¥")
MAX_NAME_TOKENS = 14


class Candidate(NamedTuple):
    start: int
    end: int
    text: str
    first_token: int
    last_token: int
    sentence_initial: bool


def is_name_token(token: Token) -> bool:
    """Capitalised, inner-capitalised ("iOS") or letters mixed with digits ("o3-mini")."""
    return _is_name_word(token.text)


# A common prefix before a capitalised word ("mid-June", "pre-Covid", "anti-Trump"), or a
# capital letter before a common word ("U-turn", "T-shirt"): shapes of common words.
_NOT_NAME_SHAPES = re.compile(
    r"(?:mid|pre|post|anti|non|pro|neo|néo|semi|multi|inter|intra|trans|ultra|sub|super"
    r"|mi)-[A-ZÀ-Ý][\w-]*|[A-Z]-[a-z]+"
    # "late-2022", "mid-2025", "fin-2024": a time, not a model's name
    r"|(?i:early|mid|late|début|mi|fin|pre|post)-(?:19|20)\d\d[\w-]*"
)


def _is_name_word(text: str) -> bool:
    """``is_name_token`` of a token's text: the shape of a word alone decides it."""
    if text.islower() and text.isalpha():
        return False  # a plain lower-case word, most of any text: none of the shapes below
    if not (text[0].isalnum() or text[0] == "_") or text.isdigit() or _ORDINAL.match(text):
        return False
    if text.casefold() in ENGLISH_MONTHS_AND_DAYS and not text.isupper():
        return False
    if _NOT_NAME_SHAPES.fullmatch(text):
        return False  # "mid-June", "post-Brexit", "U-turn", "X-ray"
    if text[0].isupper():
        return True
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if any(c.isupper() for c in text[1:]):
        return True
    return any(c.isdigit() for c in text) and text[0].isalpha() and not _is_number_with_unit(text)


def _is_number_with_unit(text: str) -> bool:
    return bool(re.match(r"^\d+[.,]?\d*(?:[a-z]{1,3})$", text))


@cache
def _multiword_known_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the gazetteer's names of several words that start with it, as folded
    tokens, longest first: the same for every article, so built once."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in KNOWN_KINDS:
        if " " not in name and "-" not in name and "'" not in name:
            continue
        parts = tuple(
            _fold_apostrophe(t.casefold()) for t in re.findall(r"\w+(?:[-&.]\w+)*|[^\w\s]", name)
        )
        if len(parts) > 1:
            by_first.setdefault(parts[0], []).append(parts)
    return {
        first: tuple(sorted(options, key=len, reverse=True)) for first, options in by_first.items()
    }


_ARTICLE_OPENERS = frozenset("le la les l the".split())


@cache
def _capitals() -> dict[tuple[str, ...], tuple[bool, ...]]:
    """Folded tokens of each gazetteer name of several words that opens with an article ->
    whether each word after the first is capitalised there ("Le Monde": the second is).
    Only such names need their capitals ("Le monde agricole"); others are written as
    often without them ("UFC-Que choisir")."""
    capitals: dict[tuple[str, ...], tuple[bool, ...]] = {}
    for name in GAZETTEER_NAMES:
        words = re.findall(r"\w+(?:[-&.]\w+)*|[^\w\s]", name)
        if len(words) < 2 or words[0].casefold() not in _ARTICLE_OPENERS:
            continue
        parts = tuple(_fold_apostrophe(t.casefold()) for t in words)
        flags = (False, *(w[:1].isupper() for w in words[1:]))
        # two spellings folding alike ("Moody's", "Moody’s"): the laxer one
        previous = capitals.get(parts)
        capitals[parts] = flags if previous is None else tuple(map(min, previous, flags))
    return capitals


@cache
def _lower_openers() -> frozenset[str]:
    """The lower-case first words of the gazetteer's names that the text writes so: "tour"
    of "la tour Eiffel", "golfe" of "le golfe du Mexique"."""
    return frozenset(
        name.split()[0] for name in PLACES | EVENTS if " " in name and name[:1].islower()
    )


def _fold_apostrophe(word: str) -> str:
    """ "’" and "'" alike: "Moody’s" is the gazetteer's "Moody's"."""
    return "'" if word in APOSTROPHES else word


def known_spans(tokens: Tokens) -> dict[int, int]:
    """Token index -> end index (exclusive) of multi-word gazetteer names found in the text.

    Only the tokens that can open such a name (capitalised, a name's first word) are
    looked at: which words can is decided once per distinct word.
    """
    by_first = _multiword_known_names()
    openers = {
        w
        for w in tokens.vocabulary
        if (w[0].isupper() and w.casefold() in by_first) or w in _lower_openers()
    }
    spans: dict[int, int] = {}
    for index in tokens.where(openers):
        second = _fold_apostrophe(tokens[index + 1].lower) if index + 1 < len(tokens) else None
        for parts in by_first[tokens[index].lower]:
            if parts[1] != second:
                continue  # "Le" opens many names: the next word rules most of them out
            window = tokens[index : index + len(parts)]
            if tuple(_fold_apostrophe(t.lower) for t in window) == parts and all(
                token.text[:1].isupper()
                for token, upper in zip(window, _capitals().get(parts, ()), strict=False)
                if upper
            ):
                # "Le monde politique" is no "Le Monde": a capital the name has, the text too
                spans[index] = index + len(parts)
                break
    return spans


_PARTY_STOPS = frozenset(
    "qui que dont who which that et and ou or est is a has avec with contre against chez".split()
)


_PARTY = re.compile(
    may_start_with("pmca")
    + r"\b(?:parti|party|mouvement|movement|coalition|alliance)\s+(?=[^\W\d_])",
    re.I,
)


def party_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """Party names keep their lower-case words: "le parti Citoyens pour le développement
    européen de la Bulgarie", up to the punctuation that ends the name."""
    spans: dict[int, int] = _whole_match_spans(
        tokens, finditer_from(_PARTY_WITH_ADJECTIVE, text, ("Parti ", "Mouvement ", "Bloc "))
    )
    for match in _PARTY.finditer(text):
        if not text[match.end()].isupper():
            continue
        starts = tokens.starts
        index = bisect.bisect_left(starts, match.end())
        if index >= len(tokens) or tokens[index].start != match.end():
            continue
        last = index
        for position in range(index + 1, min(len(tokens), index + 9)):
            following = tokens[position]
            if not following.is_word and not following.is_apostrophe:
                break
            if following.lower in _PARTY_STOPS:
                break
            if (
                following.lower in ("la", "le", "les", "the")
                and tokens[position - 1].text[:1].isupper()
            ):
                break  # "dispute au Mouvement Desjardins la première place": an object
            if following.text[:1].isupper():
                last = position
        spans[index] = last + 1
    return spans


# "le ministère fédéral des Finances", "le ministère américain de la Justice": an adjective
# may come between the head and the field.
# (and the US departments French writes the same way: "le département américain du
# Commerce", "le département de la Sécurité intérieure"; not a French département, "le
# département du Nord", named after a place)
_US_DEPARTMENT_FIELDS = (
    r"Commerce|Justice|[EÉ]tat|Trésor|Sécurité\s+intérieure|[EÉ]nergie|Défense|Agriculture"
    r"|Travail|Transports|Santé|Intérieur|[EÉ]ducation"
)
_MINISTRY = re.compile(
    may_start_with("msdMSD")
    + r"\b(?:minist[èe]re|secrétariat\s+d['’]État|département(?=\s+(?:américain\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|d['’])\s*(?:" + _US_DEPARTMENT_FIELDS + r")\b))\s+"
    r"(?:(?!(?:de|des|du|aux)\b)[a-zàâçéèêëîïôûü]+\s+)?"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|aux\s+)(?=[^\W\d_])",
    re.IGNORECASE,
)
_MINISTRY_LINKS = frozenset("de du des la l d".split())
_FIELD_LIST = frozenset((",", "et"))


# A ministry of several fields lists them with commas: "Ministry of Economy, Trade and
# Industry", "Department of Business, Energy and Industrial Strategy".
_LISTED_FIELDS = re.compile(
    r"\b(?:Ministry|Department|Secretariat)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+(?:and|&)\s+"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
)
_LISTED_FIELDS_HEADS = ("Ministry", "Department", "Secretariat")


def listed_fields_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """English ministries named with a list of fields, commas included."""
    return _whole_match_spans(tokens, finditer_from(_LISTED_FIELDS, text, _LISTED_FIELDS_HEADS))


def ministry_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """French ministries are written in lower case before their capitalised field: "le
    ministère de l'Économie et des Finances" is one name, head word included."""
    spans: dict[int, int] = {}
    for match in _MINISTRY.finditer(text):
        if not text[match.end()].isupper():
            continue
        starts = tokens.starts
        index = bisect.bisect_left(starts, match.start())
        if index >= len(tokens) or tokens[index].start != match.start():
            continue
        field = bisect.bisect_left(starts, match.end())
        if field >= len(tokens) or tokens[field].start != match.end():
            continue
        last = field
        for position in range(field + 1, min(len(tokens), field + 12)):
            following = tokens[position]
            if following.text[:1].isupper():
                last = position
            elif following.is_apostrophe or following.lower in _MINISTRY_LINKS:
                continue
            # "du Travail, de la Santé et des Solidarités": a list of fields goes on
            # where a comma or "et" comes before the link of the next field
            elif not (
                following.text in _FIELD_LIST
                and position + 1 < len(tokens)
                and tokens[position + 1].lower in _MINISTRY_LINKS
            ):
                break
        if (
            last + 1 < len(tokens)
            and text[tokens[last].end : tokens[last + 1].start] == " "
            and _ADJECTIVE_WORD.fullmatch(tokens[last + 1].text)
        ):
            last += 1  # "le ministère de la Transition écologique", "la Sécurité intérieure"
        spans[index] = last + 1
    return spans


# French institutions named by a capitalised head and lower-case adjectives: "la Banque
# mondiale", "l'Assurance maladie", "la Société financière internationale", "l'Agence
# nationale de sécurité sanitaire" (its head and adjectives only).
_INSTITUTION_HEADS_FR = (
    "Association",
    "Banque",
    "Assurance",
    "Société",
    "Caisse",
    "Agence",
    "Autorité",
    "Haute",
    "Fédération",
    "Confédération",
    "Organisation",
    "Union",
    "Commission",
    "Cour",
    "Conseil",
    "Office",
    "Institut",
    "Fonds",
    "Direction",
    "Chambre",
    "Mutualité",
    "Sécurité",  # "la Sécurité sociale"
    "Compagnie",  # "la Compagnie minière de l'Ogooué", "la Compagnie nationale du Rhône"
    "Médiateur",  # "le Médiateur national de l'énergie"
    "Olympique",  # "l'Olympique lyonnais", "l'Olympique de Marseille"
    "Stade",  # "le Stade rennais"
    "Centre",  # "le Centre national d'études spatiales", "le Centre hospitalier de X"
    "Tribunal",  # "le Tribunal administratif du Québec"
    "Bureau",  # "le Bureau international du travail"
    "Régie",  # "la Régie de l'énergie"
    "Service",  # "le Service de police de Laval", "le Service de surveillance financière"
    "Commissariat",  # "le Commissariat à la protection de la vie privée du Canada (CPVP)"
    "Secrétariat",  # "le Secrétariat général de la défense et de la sécurité nationale"
    "Ministère",  # "le Ministère public zurichois"
    "Département",  # "le Département fédéral de l'intérieur", "le Département d'État"
)
_ADJECTIVE = (
    r"[a-zéèêàç-]+(?:ale?s?|aux|iques?|èques?|iennes?|ien|aises?|ais|aires?|ières?|iers?|elles?|el"
    r"|ive?s?|ifs?|aines?|ain|oises?|ois|éennes?|éens?|ieure?s?)"
)
# "les Banques populaires et les Caisses d'épargne": networks named in the plural
# an adjective agreeing with a plural noun ("des énergies renouvelables"): not a verb
# ("l'Union des marques critique X")
_PLURAL_ADJECTIVE = (
    r"[a-zéèêàç-]+(?:aux|ales|iques|iennes|iens|aises|ais|aires|ières|iers|elles|els|ives|ifs"
    r"|aines|ains|oises|ois|éennes|éens|ables|ibles|ants|antes|ents|entes|ics)"
)
# "l'Union des marques", "la Fédération des entreprises", "l'Association des maires": a
# body of members named by what its members are
_MEMBERS_HEADS_FR = ("Union", "Fédération", "Confédération", "Association", "Syndicat", "Chambre")
# Verbs shaped as adjectives: "la Commission européenne active des mesures", "le Conseil
# rappelle": no part of the name
_VERB_LIKE_ADJECTIVES = (
    r"(?!(?:critique|explique|indique|applique|implique|communique|pratique|active|réactive"
    r"|signale|appelle|rappelle|interpelle|renouvelle|éclaire)\b)"
)
# One lower-case adjective after a ministry's field: "la Transition écologique"
_ADJECTIVE_WORD = re.compile(_VERB_LIKE_ADJECTIVES + _ADJECTIVE)
# A party named by its head and a lower-case adjective: "le Parti québécois", "le Parti
# progressiste-conservateur", "le Parti travailliste"
_PARTY_WITH_ADJECTIVE = re.compile(
    r"(?:Parti|Mouvement|Bloc)\s+(?:" + _ADJECTIVE + r"|[a-zéèêàç-]+(?:iste|eur|ate)"
    # Italy's Movimento 5 Stelle, as French writes it
    r"|(?:5|cinq)\s+[ée]toiles)(?![\w'’-])"
)
_INSTITUTION_FR = re.compile(
    r"\b(?:(?:" + "|".join(_INSTITUTION_HEADS_FR) + r")s?"
    # (demonyms the adjectives' endings miss: "la Banque nationale suisse")
    r"(?:\s+(?:maladie|vieillesse|suprême|public|d['’]épargne"
    r"|suisses?|belges?|russes?|turcs?|turques?|grecs?|grecques?|"
    + _VERB_LIKE_ADJECTIVES
    + _ADJECTIVE
    + r")){1,3}"
    r"|(?:" + "|".join(_MEMBERS_HEADS_FR) + r")\s+(?:des|du|de\s+la|de\s+l['’]|d['’])\s*"
    r"(?!(?:deux|trois|quatre|autres|plus|principaux|principales|grands|grandes)\b)"
    r"(?:[a-zéèêàç][a-zéèêàç-]{1,}[sx](?:\s+" + _PLURAL_ADJECTIVE + r")?"
    r"|[a-zéèêàç][a-zéèêàç-]{2,}))\b(?![\w'’-])"
)


# Bodies whose name goes on in lower case after the head and its adjectives: "la Ligue
# contre le cancer", "l'Observatoire national de la biodiversité", "la Fédération
# française du prêt-à-porter féminin", "le Conseil de politique nucléaire". A complement
# is a preposition and a noun, with adjectives that agree with it; the name ends at the
# first word that is neither (a verb: "a salué", "critique").
_COMPLEMENT_HEADS_FR = (
    *_INSTITUTION_HEADS_FR,
    "Syndicat",
    "Collectif",
    "Alliance",
    "Ligue",
    "Fondation",
    "Observatoire",
    "Comité",
    "Haut Conseil",
    "Ordre",  # "l'Ordre national des pharmaciens", "l'Ordre des médecins"
)
_WORD_END = r"(?![\w'’-])"
_SINGULAR_ADJECTIVE_AFTER = rf"(?:\s+{_VERB_LIKE_ADJECTIVES}{_ADJECTIVE}{_WORD_END})?"
_PLURAL_ADJECTIVE_AFTER = rf"(?:\s+{_PLURAL_ADJECTIVE}{_WORD_END})?"
_COMPLEMENT_NOUN_FR = (
    r"(?!(?:deux|trois|quatre|autres|plus|ses|leurs?|son|sa|cette|ces|ce|une?)\b)(?:"
    rf"[a-zéèêàç][a-zéèêàç-]{{2,}}[sx]{_WORD_END}{_PLURAL_ADJECTIVE_AFTER}"
    rf"|[a-zéèêàç][a-zéèêàç-]{{2,}}{_WORD_END}{_SINGULAR_ADJECTIVE_AFTER}"
    # a name, with the adjective that may follow: "de l'Union européenne"
    rf"|[A-ZÀ-Ý][\w-]+{_SINGULAR_ADJECTIVE_AFTER})"
)
_OF_COMPLEMENT_FR = (
    r"\s+(?:(?:de\s+la|des|du)\s+|de\s+l['’]\s*"
    # "de" alone takes no infinitive: "la Commission européenne d'ouvrir une enquête"
    r"|(?:de\s+|d['’]\s*)(?![a-zéèêàç-]+(?:er|ir|re)\b))" + _COMPLEMENT_NOUN_FR
)
# "pour" and "contre" only right after the head: "la Ligue contre le cancer", but "la
# Commission européenne pour non-respect" is no name
_AIM_COMPLEMENT_FR = r"\s+(?:pour|contre)(?:\s+(?:le|la|les)\s+|\s+l['’]\s*)" + _COMPLEMENT_NOUN_FR
_INSTITUTION_WITH_COMPLEMENT_FR = re.compile(
    r"\b(?:" + "|".join(_COMPLEMENT_HEADS_FR) + r")"
    # atomic: a name that the test after it refuses is not cut shorter to pass it
    r"(?>(?:\s+" + _VERB_LIKE_ADJECTIVES + _ADJECTIVE + _WORD_END + r"){0,2}"
    r"(?:" + _OF_COMPLEMENT_FR + r"){1,3}"
    r"|" + _AIM_COMPLEMENT_FR + r"(?:" + _OF_COMPLEMENT_FR + r"){0,2})"
    # not cut inside a list of complements: "de la concurrence, de la consommation et ..."
    r"\b(?![\w'’-]|,\s+(?:de\s+la|de\s+l['’]|des|du)\s*[\w-]+\s+(?:\S+\s+)?et\s+d)"
)


# The words every match of the two patterns starts on (a head, or its plural)
_INSTITUTION_OPENINGS = frozenset(
    word for head in _COMPLEMENT_HEADS_FR for word in (head.split()[0], head.split()[0] + "s")
)


# A nation's assembly or treasury named with the nation's adjective: "le Sénat nigérian",
# "le Parlement britannique", "le Trésor américain" (the adjectives of the demonyms and of
# the capitals' countries, masculine as these heads are)
_NATIONAL_BODY_HEADS_FR = frozenset(("Sénat", "Parlement", "Congrès", "Trésor"))
_INSTITUTION_OR_NATIONAL_HEADS = _INSTITUTION_OPENINGS | _NATIONAL_BODY_HEADS_FR
_CAPITALS_ADJECTIVES = frozenset(a for _, adjectives in CAPITALS.values() for a in adjectives)
_NATIONAL_BODY_FR = re.compile(r"\w+\s+([a-zéèêëïîôûç-]+)(?![\w'’-])")


def _national_bodies(text: str, openings: list[int]) -> Iterable[re.Match[str]]:
    for match in matches_at(_NATIONAL_BODY_FR, text, openings):
        adjective = match.group(1)
        # (or a federation's: "le Parlement fédéral", Switzerland's)
        if is_demonym(adjective) or adjective in _CAPITALS_ADJECTIVES or adjective == "fédéral":
            yield match


def institution_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """French institutions named by a capitalised head and lower-case adjectives, or by
    a head and lower-case complements."""
    heads = tokens.where(_INSTITUTION_OR_NATIONAL_HEADS)  # one scan of the tokens for both
    openings = [tokens[i].start for i in heads if tokens[i].text in _INSTITUTION_OPENINGS]
    spans = _whole_match_spans(tokens, matches_at(_INSTITUTION_FR, text, openings))
    national = [tokens[i].start for i in heads if tokens[i].text in _NATIONAL_BODY_HEADS_FR]
    spans.update(_whole_match_spans(tokens, _national_bodies(text, national)))
    longer = _whole_match_spans(tokens, matches_at(_INSTITUTION_WITH_COMPLEMENT_FR, text, openings))
    for first, end in longer.items():
        spans[first] = max(end, spans.get(first, end))
    return spans


# A French institution's whole name, lower-case words and all, when its acronym follows
# in brackets: "l'Agence de financement des infrastructures de transport de France (AFIT
# France)", "la Commission nationale de l'informatique et des libertés (CNIL)", "le Syndicat
# des travailleurs et travailleuses du jeu vidéo (STJV)". The acronym
# starts with the head's letter; no verb may come between ("l'Agence a annoncé (AFP)").
_BRACKETED_INSTITUTION_FR = re.compile(
    r"\b(?P<head>" + "|".join(_COMPLEMENT_HEADS_FR) + r")"
    # a comma only before another complement: "de la concurrence, de la consommation et
    # de la répression des fraudes (DGCCRF)"
    r"(?:(?:\s+|,\s+(?=d))(?!(?:a|ont|est|sont|va|vont|avait|doit|peut|qui|que)\b)"
    r"(?:[ld]['’])?[a-zéèêëàâçôîïûù-]+){1,14}"
    r"(?:\s+[A-ZÀ-Ý][\w-]*)?\s*$"
)
# an acronym in capitals ("DGCCRF", "AFIT France") or in title case ("Fnam", "Ania")
_ACRONYM_IN_BRACKETS = re.compile(
    r"\((?P<acronym>[A-ZÀ-Ý](?:[A-ZÀ-Ý&.-]+|[a-zà-ÿ]{2,9}))(?:\s+[A-ZÀ-Ý][\w-]*)?\)"
)
# ... or any capitalised head, where a title-case acronym is made of the openings of the
# name's words: "la Générale des carrières et des mines (Gécamines)"
_BRACKETED_NAME_FR = re.compile(
    r"\b(?P<head>[A-ZÀ-Ý][a-zéèêëàâçôîïûù]+)"
    r"(?:\s+(?!(?:a|ont|est|sont|va|vont|avait|doit|peut|qui|que)\b)"
    r"(?:[ld]['’])?[a-zéèêëàâçôîïûù-]+){1,8}(?:\s+[A-ZÀ-Ý][\w-]*)?\s*$"
)


def bracketed_institution_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """French institutions named in full before their acronym in brackets: the brackets
    are found first (they are few), then the name that ends right before them."""
    matches = []
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        window = max(0, bracket.start() - 200)
        name = _BRACKETED_INSTITUTION_FR.search(text, window, bracket.start())
        acronym = bracket.group("acronym")
        if name is not None and (
            (
                _folded_initial(acronym) == _folded_initial(name.group("head"))
                and (acronym[1:2].isupper() or spelled_by_initials(acronym, name.group()))
            )
            or (acronym.isupper() and is_translated_institution(name.group()))
        ):
            matches.append(name)
            continue
        name = _BRACKETED_NAME_FR.search(text, window, bracket.start())
        if (
            name is not None
            and acronym[1:2].islower()
            and spelled_by_syllables(acronym, name.group())
        ):
            matches.append(name)
    return _whole_match_spans(tokens, matches)


def is_translated_institution(name: str) -> bool:
    """A foreign institution's name in translation, which keeps its own acronym: "l'Autorité
    britannique de la concurrence et des marchés (CMA)", "la Commission fédérale des
    communications (FCC)", "the Austrian Data Protection Authority (DSB)": the head's
    adjective is a nationality or "fédéral", or in English the name opens with one."""
    words = name.split()
    return len(words) >= 3 and (
        is_demonym(words[1].casefold())
        or words[1].casefold() in ("fédéral", "fédérale")
        or (words[0][:1].isupper() and is_demonym(words[0].casefold()))
    )


def spelled_by_initials(acronym: str, name: str) -> bool:
    """A title-case acronym is a name's only if its letters are initials of the name's
    words, in order ("Fnam": Fédération nationale de l'aviation et de ses métiers), not a
    town in brackets."""
    initials = iter(_folded_initial(word) for word in re.split(r"[\s'’-]+", name) if word)
    return all(letter in initials for letter in map(_folded_initial, acronym))


def spelled_by_syllables(acronym: str, name: str) -> bool:
    """A title-case acronym made of the openings of a name's words, in order, the first
    word's among them: "Unifab" (Union des fabricants), "Medef" (Mouvement des entreprises
    de France)."""
    words = [
        unicodedata.normalize("NFD", w).encode("ascii", "ignore").decode().casefold()
        for w in re.split(r"[\s'’-]+", name)
        if w
    ]
    letters = unicodedata.normalize("NFD", acronym).encode("ascii", "ignore").decode().casefold()

    @cache
    def spelled(word: int, at: int) -> bool:
        if at == len(letters):
            return True
        if word == len(words):
            return False
        taken = 0
        while (
            taken < len(words[word])
            and at + taken < len(letters)
            and words[word][taken] == letters[at + taken]
        ):
            taken += 1
            if spelled(word + 1, at + taken):
                return True
        return word > 0 and spelled(word + 1, at)

    return bool(words) and spelled(0, 0)


def _folded_initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[0])[0].casefold()


# French courts and prosecutors are written in lower case before the town they sit in:
# "le tribunal judiciaire de Paris", "la cour d'appel de Versailles", "le parquet de
# Nanterre", "le parquet national financier".
_COURT = re.compile(
    r"\b(?:(?:tribunal(?:\s+(?:judiciaire|administratif|correctionnel|régional|fédéral|de\s+commerce"
    r"|des\s+activités\s+économiques|de\s+grande\s+instance|d['’]arrondissement"
    # Belgium's: "le tribunal de l'entreprise francophone de Bruxelles"
    r"|de\s+l['’]entreprise(?:\s+(?:francophone|néerlandophone))?))?"
    r"|parquet|cour\s+(?:administrative\s+)?d['’]appel|conseil\s+de\s+prud['’]hommes)"
    r"\s+(?:de\s+|d['’])[A-ZÀ-Ý][\w-]*(?:[\s-]+(?:sur|en|la|le|les|de)[\s-]+[A-ZÀ-Ý][\w-]*)?"
    r"|[Pp]arquet\s+national\s+(?:financier|antiterroriste))\b"
)
# what every match starts with
_COURT_HEADS = ("tribunal", "parquet", "Parquet", "cour", "conseil")


def court_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """French courts and prosecutors named by their lower-case head and their town."""
    return _whole_match_spans(tokens, finditer_from(_COURT, text, _COURT_HEADS))


# "'s" ending a name, found first (it is rare in French) and then the name before it
_BRAND_S_END = re.compile(r"['’]s\b(?!['’])")
_BRAND_S_WORD = re.compile(r"(?<![\w&-])[A-ZÀ-Ý][\w&-]*$")


def _brand_s(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The "'s" ending a name ("Lay's"), not an elided word ("s'")."""
    return tokens[last].text == "s" and last > first and tokens[last - 1].is_apostrophe


def brand_s_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """First token -> end token of each capitalised word ending in "'s" ("Lay's")."""
    spans: dict[int, int] = {}
    starts = tokens.starts
    for end in finditer_from(_BRAND_S_END, text, ("'s", "’s")):
        word = _BRAND_S_WORD.search(text, max(0, end.start() - 40), end.start())
        if word is None:
            continue
        first = bisect.bisect_left(starts, word.start())
        if first < len(tokens) and starts[first] == word.start():
            spans[first] = bisect.bisect_left(starts, end.end())
    return spans


_FAMILY_FR = ("famille", "région")
_FAMILY = re.compile(
    r"\b(?:(?P<fr>famille|région)\s+(?P<name>[A-ZÀ-Ý][\w-]+)"
    r"|(?P<en_name>[A-ZÀ-Ý][\w-]+)\s+family)\b(?!\s+(?:of|de)\s)"
)


def family_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """A family that owns or runs a business is a party: "la famille Mulliez", "the
    Murdoch family", head word included (the surname alone is one of its members); so is
    a French region's council: "la région Hauts-de-France" acts, the place does not."""
    # Without "family" in the text every match opens with one of the French words, which
    # str.find spots faster than the engine scans for a capitalised word.
    matches = (
        _FAMILY.finditer(text) if "family" in text else finditer_from(_FAMILY, text, _FAMILY_FR)
    )
    # "The family had owned it": a determiner opening a sentence names no family
    return _whole_match_spans(
        tokens,
        (m for m in matches if not (m["en_name"] and m["en_name"].casefold() in STOPWORDS)),
    )


# An O not preceded by a letter or an apostrophe (the O first, so the engine can skip to it)
_IRISH = re.compile(r"O(?<![\w'’]O)['’][A-Z][a-z]+")
# An English contraction inside a capitalised name: "Don't Nod", "Won't Stop Records"
_CONTRACTION = re.compile(r"(?<![\w'’])[A-Z][a-z]*n['’]t(?=\s+[A-Z])")
_CONTRACTION_END = re.compile(r"n['’]t\s+[A-Z]")


# "Gonfreville-l'Orcher", "Villeneuve-d'Ascq": an elision inside a hyphenated town name
_ELIDED_INSIDE = ("-l'", "-l’", "-d'", "-d’")
_COMPOUND_START = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w-]*$")
_COMPOUND_END = re.compile(r"[A-ZÀ-Ý][\w-]*")


def elided_compound_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """First token -> end token of each hyphenated name with an elision inside it: the
    apostrophe is a token of its own, so a name would stop at it."""
    spans: dict[int, int] = {}
    starts = tokens.starts
    for opening in _ELIDED_INSIDE:
        at = text.find(opening)
        while at != -1:
            head = _COMPOUND_START.search(text, max(0, at - 40), at)
            tail = _COMPOUND_END.match(text, at + 3)
            if head is not None and tail is not None:
                first = bisect.bisect_left(starts, head.start())
                if first < len(tokens) and starts[first] == head.start():
                    spans[first] = bisect.bisect_left(starts, tail.end())
            at = text.find(opening, at + 1)
    return spans


def irish_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "Michael O'Leary", "O'Brien": an O and an apostrophe before a capital are part of a
    surname (the apostrophe is a token of its own, so a name would stop at it)."""
    return _whole_match_spans(tokens, _IRISH.finditer(text))


# "Michael L'Estrange", "Peter D'Souza": in English, a surname's L' or D' after a given name
_ELIDED_SURNAME = re.compile(r"(?<![\w'’])[LD]['’][A-Z][a-z]+")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")


def elided_surname_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """English surnames with an elided particle, after a known given name."""
    matches = []
    for at in ("L'", "L’", "D'", "D’"):
        for match in finditer_from(_ELIDED_SURNAME, text, (at,)):
            given = _GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
            if given is not None and given.group(1).casefold() in FIRST_NAMES:
                matches.append(match)
    return _whole_match_spans(tokens, matches)


# A capital, an apostrophe and a lower-case word inside an English name: "T'way Air"
# (not "I'd", nor O's surnames, read by ``irish_spans``); or a capitalised word, an
# apostrophe and three lower-case letters or more: "Arc'teryx" (not "Apple's", "Don't",
# "They're", nor the French "Aujourd'hui" quoted in English)
_LETTER_APOSTROPHE = re.compile(
    r"(?<![\w'’])(?:(?![IO])[A-Z]['’][a-z]{2,}(?=\s+[A-Z])"
    r"|(?!Aujourd)[A-Z][a-z]+['’][a-z]{3,}\b)"
)


def letter_apostrophe_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "T'way Air", "Arc'teryx": the apostrophe and the lower-case word after it are part
    of the name."""
    return _whole_match_spans(tokens, _LETTER_APOSTROPHE.finditer(text))


# US prosecutors' offices and numbered appeals courts: "the U.S. Attorney's Office", "the
# Manhattan District Attorney's Office", "the 5th U.S. Circuit Court of Appeals"
_OFFICE_OR_CIRCUIT = re.compile(
    r"(?<![\w'’.-])(?:(?:(?!The\b)[A-Z][\w.]*[ ]){0,3}(?:Attorney|Attorney[ ]General"
    r"|Prosecutor|Comptroller|Inspector[ ]General|Auditor[ ]General)['’]s[ ]Office"
    r"|\d{1,2}(?:st|nd|rd|th)[ ](?:U\.S\.[ ])?Circuit)\b"
)


def office_and_circuit_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "the U.S. Attorney's Office", "the 5th U.S. Circuit": a possessive or an ordinal
    inside an American institution's name."""
    if "Office" not in text and "Circuit" not in text:
        return {}
    return _whole_match_spans(tokens, _OFFICE_OR_CIRCUIT.finditer(text))


# A capitalised word, a possessive and a capitalised name: "Boar’s Head", "Lloyd’s Register"
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’.-])(?P<owner>[A-Z][\w&-]*)['’]s\s+[A-Z][\w-]+")


_POSSESSIVE_BODY = re.compile(
    r"(?<![\w'’.-])(?P<owner>[A-Z][\w-]*)['’]s\s+(?:Association|Society|Foundation|Fund"
    r"|Hospital|Bank|Council|League|Federation|Alliance|Union|Party|Trust)\b"
)


def possessive_name_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "Boar’s Head": a possessive is part of a name whose first word the text never
    writes otherwise, twice or more ("Apple’s iPhone" is Apple's, named alone elsewhere);
    never a place's or a person's ("Britain’s Competition and Markets Authority")."""
    if "s " not in text:
        return {}
    found: dict[str, list[re.Match[str]]] = {}
    for match in _POSSESSIVE_NAME.finditer(text):
        found.setdefault(match.group(), []).append(match)
    spans: dict[int, int] = {}
    kept = []
    for matches in found.values():
        owner = matches[0].group("owner")
        key = owner.casefold()
        if (
            len(matches) < 2
            or key in FIRST_NAMES
            or key in STOPWORDS
            or is_demonym(key)
            or owner in PLACES
            or is_role_word(key)
        ):
            continue
        kept.append(matches)
    alone = _words_written(text, {matches[0].group("owner") for matches in kept})
    for matches in kept:
        if alone[matches[0].group("owner")] == len(matches):
            spans.update(_whole_match_spans(tokens, matches))
    # "the Alzheimer’s Association", "the People’s Bank of China": a body named for whom
    # it serves, however often the text names it
    # (not a company's own: "Apple's Foundation", where Apple stands alone or is known)
    for match in _POSSESSIVE_BODY.finditer(text):
        owner = match.group("owner")
        if owner.casefold() in FIRST_NAMES or owner.casefold() in KNOWN_KINDS:
            continue
        if re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w'’-])", text) is None:
            spans.update(_whole_match_spans(tokens, [match]))
    return spans


def _words_written(text: str, words: set[str]) -> Counter[str]:
    """How often the text writes each of ``words`` (capitalised) as a word of its own,
    neither a letter nor a hyphen on either side. The words without an ampersand are
    counted in one pass: only one of them can match at a place, as each is the whole run
    of letters and hyphens there ("AT&T" and "AT" can both match at one place, and are
    counted apart)."""
    counts: Counter[str] = Counter()
    plain = sorted((w for w in words if "&" not in w), key=len, reverse=True)
    if plain:
        pattern = may_start_with("A-Z") + r"(?<![\w-])(?:" + "|".join(map(re.escape, plain))
        counts.update(re.findall(pattern + r")(?![\w-])", text))
    for word in words:
        if "&" in word:
            counts[word] = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
    return counts


# An English "'s" that no noun follows: "proceedings against Byju's, dealing", "Byju's
# cannot pay" (a brand written as a possessive), not "Apple's iPhone". The "'s" are found
# first, then the capitalised word before each.
_POSSESSIVE_S = re.compile(r"['’]s\b")
_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w&-]*$")
_NO_NOUN_AFTER = re.compile(
    r"\s*[,.;:)]|\s+(?:said|says|has|had|is|was|will|would|could|can|cannot|did|does|agreed"
    r"|announced|reported|denied)\b"
    # a brand in a list or before a complement: "French's and Frank's", "Frank's in 2017"
    r"|\s+(?:and|or|in|at|to|for|from|with)(?![\w'’-])"
)


def brand_possessive_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "Byju's": in English, a brand written as a possessive, the text writing it so at
    least twice, once with no noun after it, and never naming its first word alone (it
    may open another name: "Byju Raveendran", the founder)."""
    written: dict[str, list[tuple[int, int]]] = defaultdict(list)  # owner -> its "X's"
    closed: set[str] = set()
    for s_end in finditer_from(_POSSESSIVE_S, text, ("'s", "’s")):
        owner = _OWNER_BEFORE.search(text, max(0, s_end.start() - 40), s_end.start())
        if owner is None:
            continue
        written[owner.group()].append((owner.start(), s_end.end()))
        if _NO_NOUN_AFTER.match(text, s_end.end()):
            closed.add(owner.group())
    brands = {
        owner
        for owner in closed
        if len(written[owner]) >= 2
        and (key := owner.casefold()) not in STOPWORDS
        and not is_demonym(key)
        and owner not in PLACES
        and not is_role_word(key)
    }
    if not brands:
        return {}
    # the owner's word named alone: not before "'s", nor before another capitalised word
    for index in tokens.where(brands):
        token = tokens[index]
        if not (
            _JOINED_BEFORE.search(text, max(0, token.start - 1), token.start)
            or _JOINED_AFTER.match(text, token.end)
        ):
            brands.discard(token.text)
    starts = tokens.starts
    spans: dict[int, int] = {}
    for start, end in (span for owner in brands for span in written[owner]):
        first = bisect.bisect_left(starts, start)
        if first < len(tokens) and starts[first] == start:
            spans[first] = bisect.bisect_left(starts, end)
    return spans


_JOINED_BEFORE = re.compile(r"[\w'’.-]$")
_JOINED_AFTER = re.compile(r"[\w'’&-]|\s+[A-Z]")


# French laws named after their author or their acronym keep their lower-case head: "la
# loi Duplomb", "les lois Egalim", "la loi Le Meur", "le règlement DSA", "la taxe Chirac"
_NAMED_LAW_FR = re.compile(
    r"\b(?:lois?|directive|règlement|décret|arrêté|taxe)\s+(?=[A-ZÀ-Ý])"
    r"[\w’'-]+(?:\s+(?:Le\s+|La\s+)?[A-ZÀ-Ý][\w’'-]*)?"
    # "la loi Climat et résilience", "la loi Informatique et libertés"
    r"(?:\s+et\s+(?!(?:les|la|le|des|ses|son|sa|leur|leurs|une?|qui|que)\b)[a-zéèêàç]{4,}\b)?"
)


# Laws named by a capitalised head and their subject, as Canada's are: "la Loi sur les
# espèces en péril", "la Loi sur la concurrence"; "le Code canadien du travail"
_LAW_ON_FR = re.compile(
    r"\bLoi\s+sur\s+(?:les\s+|le\s+|la\s+|l['’]\s*)[a-zéèêàçô-]+"
    r"(?:\s+(?:en|de|des|du|et)\s+[a-zéèêàçô-]+|\s+d['’][a-zéèêàçô-]+){0,3}"
    r"|\bCode\s+(?:"
    + _VERB_LIKE_ADJECTIVES
    + _ADJECTIVE
    + r")(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[a-zéèêàçô-]+)?"
)


def named_law_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """French laws named by their lower-case head and a capitalised name, or by their
    capitalised head and their subject."""
    return _whole_match_spans(
        tokens,
        [
            *finditer_from(
                _NAMED_LAW_FR, text, ("loi", "directive", "règlement", "décret", "arrêté", "taxe")
            ),
            *finditer_from(_LAW_ON_FR, text, ("Loi sur", "Code ")),
        ],
    )


# An English law whose title holds lower-case words: "the Partner with Korea Act", "the
# Consumer Right to Repair Agricultural Equipment Act" (a name stops at them otherwise)
_LINKED_ACT_EN = re.compile(
    r"(?<=[Tt]he )[A-Z][\w-]*(?:\s+(?:(?:with|to|for|from|on|of|and|in|the)\s+)?[A-Z][\w-]*)*"
    r"\s+Act(?:\s(?:19|20)\d\d)?$"  # and its year: "Finance Act 2012"
)
_ACT_YEAR = re.compile(r" (?:19|20)\d\d\b")
_LINK_WORD = re.compile(r"\s(?:with|to|for|from|on|of|and|in|the)\s")


def linked_act_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """English laws whose titles hold lower-case words, found back from each " Act"."""
    matches = []
    at = text.find(" Act")
    while at != -1:
        end = at + 4
        if end == len(text) or not text[end].isalnum():
            year = _ACT_YEAR.match(text, end)
            match = _LINKED_ACT_EN.search(text, max(0, at - 150), year.end() if year else end)
            if match is not None and _LINK_WORD.search(match.group()):
                matches.append(match)
        at = text.find(" Act", end)
    return _whole_match_spans(tokens, matches)


def contraction_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """ "Don't Nod": a contraction before a capitalised word opens a name (the apostrophe
    is a token of its own, so a name would stop at it)."""
    starts = []
    for end in finditer_from(_CONTRACTION_END, text, ("n't", "n’t")):
        start = end.start()
        while start and text[start - 1].isalpha():
            start -= 1  # the word the contraction ends, found back from its end
        starts.append(start)
    return _whole_match_spans(tokens, matches_at(_CONTRACTION, text, starts))


# A title quoted whole, its lower-case links and colon included: "Life is Strange",
# "Banishers: Ghosts of New Eden", « Lead the Future », "Inside the NBA". Capitalised words
# alone make a name without this; a quoted sentence has lower-case words other than links.
_TITLE_WORD = r"[A-ZÀ-Ý0-9][\w'’.-]*"
_TITLE_LINK = (
    r"(?:of|the|to|is|a|an|and|in|on|for|at|with|de|du|des|la|le|les|et|à|en|sur|au|aux|&)"
)
# the title ends at its closing mark, or at a comma or a full stop right before it (“Grow
# a Garden.”, “Diddy Party,”: the mark closes the sentence's words, not the title's)
_QUOTED_TITLE = re.compile(
    _TITLE_WORD
    + r"(?::?\s(?:"
    + _TITLE_LINK
    + r"\s){0,2}"
    + _TITLE_WORD
    + r"){1,6}(?<![.,])(?=[,.]?\s?[»”\"])"
)
_TITLE_OPENINGS = ("«", "“", '"')


def quoted_title_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """First token -> end token of each quoted title that holds a link word or a colon."""
    starts = []
    for quote in finditer_from(_QUOTE_MARK, text, _TITLE_OPENINGS):
        if quote.group() != '"' or not quote.start() or not text[quote.start() - 1].isalnum():
            starts.append(quote.end())
    titles = [
        match for match in matches_at(_QUOTED_TITLE, text, starts) if is_linked_title(match.group())
    ]
    return _whole_match_spans(tokens, titles)


def is_linked_title(name: str) -> bool:
    """A title with a colon or a lower-case link word: "Life is Strange"."""
    return ":" in name or _HAS_LINK.search(name) is not None


_QUOTE_MARK = re.compile(r"[«“\"]\s?")
# "and" alone may join two parties quoted together: "Microsoft and OpenAI"
_HAS_LINK = re.compile(r"\s(?!(?:and|et|&)\s)" + _TITLE_LINK + r"\s")


# A firm named by its partners, commas between and "&" before the last: "Kasowitz, Benson,
# Torres & Friedman", "Cravath, Swaine & Moore" (each partner one capitalised word)
_PARTNERS_FIRM = re.compile(
    r"(?<![\w'’&-])(?:[A-Z][a-z]+,\s){1,5}[A-Z][a-z]+\s&\s[A-Z][a-z]+\b(?![\w'’-])"
)
_AMPERSAND = re.compile(r"\s&\s(?=[A-Z])")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s$")
_FIRM_BEFORE = re.compile(r"\b(?:firms?|cabinet|partners)\s+$", re.IGNORECASE)


def partners_firm_spans(text: str, tokens: Tokens) -> dict[int, int]:
    """Firms named by a list of partners' surnames (a list of places is none), read
    around each "&" between words."""
    found: dict[int, re.Match[str]] = {}
    for ampersand in _AMPERSAND.finditer(text):
        start = max(0, ampersand.start() - 90)
        for match in _PARTNERS_FIRM.finditer(text, start, ampersand.end() + 30):
            words = match.group().replace(",", " ").replace("&", " ").split()
            if any(w in PLACES or w.casefold() in STOPWORDS for w in words):
                continue
            # (two partners only after a firm's noun: "the firm Cravath, Swaine & Moore",
            # where "Novo, Hims & Hers" lists companies; none after a name's first word:
            # "Bristol-Myers Squibb, Johnson & Johnson")
            before = text[max(0, match.start() - 30) : match.start()]
            if _NAME_WORD_BEFORE.search(before) or (
                len(words) < 4 and not _FIRM_BEFORE.search(before)
            ):
                continue
            found[match.start()] = match
    return _whole_match_spans(tokens, found.values())


def _whole_match_spans(tokens: Tokens, matches: Iterable[re.Match[str]]) -> dict[int, int]:
    """First token -> end token (exclusive) of each match that starts on a token."""
    spans: dict[int, int] = {}
    starts = tokens.starts
    for match in matches:
        first = bisect.bisect_left(starts, match.start())
        if first < len(tokens) and starts[first] == match.start():
            spans[first] = bisect.bisect_left(starts, match.end())
    return spans


_PREMIER = frozenset("Premier Première PREMIER PREMIÈRE".split())
_MONTH_ABBREVIATIONS = frozenset("Jan Mar Jun Jul JAN MAR JUN JUL".split())


def find_candidates(
    text: str,
    tokens: Tokens,
    quotes: Sequence[tuple[int, int]],
    lowercase_words: frozenset[str],
    language: str = "en",
    titles: dict[int, int] | None = None,
) -> list[Candidate]:
    """Every name-like span, in text order; ``titles`` are the text's
    ``quoted_title_spans`` when the caller has found them already.

    ``lowercase_words`` are the words the text also writes in lower case: a capitalised
    sentence-initial word among them ("Later", "Cette") is not a name. In French, "'s"
    after a name is part of it ("les chips Lay's", "Moody's"): French has no such
    possessive.

    A run starts only at a name-shaped token or a known name: the walk jumps from one such
    token to the next instead of stepping over the (ten times more) other tokens.
    """
    known = known_spans(tokens)
    known.update(party_spans(text, tokens))
    known.update(ministry_spans(text, tokens))
    known.update(court_spans(text, tokens))
    if language == "en":
        known.update(listed_fields_spans(text, tokens))
        known.update(linked_act_spans(text, tokens))
    if language == "fr":
        known.update(brand_s_spans(text, tokens))
        known.update(institution_spans(text, tokens))
        known.update(bracketed_institution_spans(text, tokens))
    families = family_spans(text, tokens)
    known.update(families)
    known.update(irish_spans(text, tokens))
    if language == "en":
        known.update(elided_surname_spans(text, tokens))
        known.update(possessive_name_spans(text, tokens))
        known.update(brand_possessive_spans(text, tokens))
        known.update(letter_apostrophe_spans(text, tokens))
        known.update(office_and_circuit_spans(text, tokens))
    known.update(contraction_spans(text, tokens))
    if "&" in text:
        known.update(partners_firm_spans(text, tokens))
    if titles is None:
        titles = quoted_title_spans(text, tokens)
    known.update(titles)
    if language == "fr":
        known.update(elided_compound_spans(text, tokens))
        known.update(named_law_spans(text, tokens))
    name_words = frozenset(filter(_is_name_word, tokens.vocabulary))
    is_name = list(map(name_words.__contains__, tokens.texts))
    for index in tokens.where(_PREMIER):
        # "le Premier ministre Michel Barnier": a title, whatever its capital
        if index + 1 < len(tokens) and tokens[index + 1].lower == "ministre":
            is_name[index] = False
    for index in tokens.where(_MONTH_ABBREVIATIONS):
        # "on Jan. 15": a month, where "Jan" may also be a given name ("Jan Koum")
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].text == "."
            and tokens[index + 2].text[:1].isdigit()
        ):
            is_name[index] = False
    openers = sorted({*compress(range(len(tokens)), is_name), *known})
    quote_starts = quote_start_tokens(tokens, quotes)
    one_word = _OneWordRuns(text, tokens, known, quote_starts, lowercase_words)
    candidates: list[Candidate] = []
    index = 0
    count = len(tokens)
    for opener in openers:
        if opener < index:
            continue  # inside the run found before
        index = run_start = opener
        index = known.get(index, index + 1)
        run_end = index
        while index < count:
            token = tokens[index]
            if index in known and text[tokens[index - 1].end : token.start] in ("", " "):
                # a known name joins the run only as close as a name word would: not
                # across a line break ("... to ESPN" ending a title, "NEW YORK (AP)")
                index = known[index]
                run_end = index
                continue
            if is_name[index] and text[tokens[index - 1].end : token.start] in ("", " "):
                index += 1
                run_end = index
                continue
            if _abbreviation_dot(text, tokens, index, is_name, quote_starts):
                index += 1  # "U.S. Steel": the dot of "U.S." inside a name
                continue
            gap = _connector_gap(text, tokens, index)
            # "la holding Exor de la famille Agnelli": a family is a party of its own
            if (
                gap
                and index + gap not in families
                and (index + gap in known or is_name[index + gap])
            ):
                index += gap
                continue
            break
        index = max(index, run_end)
        run_end = _numbered_end(text, tokens, run_end)
        if _takes_number(text, tokens, run_end):
            run_end += 1
            # "Microsoft 365 Personal", "Galaxy S24 Ultra": a tier's name after the number
            # (not a name the gazetteer knows: "in Windows 11 Microsoft added ...")
            while (
                run_end < count
                and is_name[run_end]
                and text[tokens[run_end - 1].end : tokens[run_end].start] == " "
                and tokens[run_end].lower not in KNOWN_KINDS
            ):
                run_end += 1
            index = run_end
        if run_end == run_start + 1 and run_start not in known:
            candidate = one_word.candidate(run_start)
            if candidate is not None:
                candidates.append(candidate)
            continue
        for first, last in _split_run(tokens, run_start, run_end, known):
            if titles.get(first) == last + 1:
                # a quoted title is whole, whatever word opens it ("Back to Starbucks")
                start, end = tokens[first].start, tokens[last].end
                initial = _is_sentence_initial(tokens, first, quote_starts)
                candidates.append(Candidate(start, end, text[start:end], first, last, initial))
                continue
            candidate = make_candidate(text, tokens, first, last, quote_starts, lowercase_words)
            if candidate is not None:
                candidates.append(candidate)
    platform = _the_platform_x(text, tokens, quote_starts)
    if platform:
        candidates = sorted([*candidates, *platform], key=lambda c: c.start)
    return _with_spelled_out_acronyms(text, tokens, candidates)


# The social network X, a name of one letter: where the text posts to it or names its owner
# ("a post on X", "a dénoncé sur X", "Elon Musk's X", "son réseau social X"); not "Model
# X", "Snapdragon X Elite", "une plainte contre X"
_BEFORE_X = re.compile(
    r"(?:\b(?:on|to|sur|et|and)|\bMusk['’]s|\br[ée]seau\s+social|\bplate-?forme|\bplatform)"
    r"\s+$|^$"  # or opening the text: "X fined by Brussels"
)


_LONE_X = re.compile(r"X(?<![\w'’.-]X)(?![\w'’-])")


def _the_platform_x(text: str, tokens: Tokens, quote_starts: frozenset[int]) -> list[Candidate]:
    """The one-letter name "X" where it stands alone after a word that posts to it or
    owns it, or in a list of names."""
    found: list[Candidate] = []
    starts = tokens.starts
    for letter in _LONE_X.finditer(text):
        index = bisect.bisect_left(starts, letter.start())
        if index == len(tokens) or starts[index] != letter.start():
            continue
        token = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and (after.text[:1].isupper() or after.text in ("-", "’", "'")):
            continue  # "X Elite", "X-ray"
        before = text[max(0, token.start - 24) : token.start]
        listed = (
            bool(re.search(r"(?:,|\bet|\band)\s+$", before))
            and after is not None
            and (after.text in (",", "et", "and"))
        )
        if _BEFORE_X.search(before) or listed:
            initial = _is_sentence_initial(tokens, index, quote_starts)
            found.append(Candidate(token.start, token.end, "X", index, index, initial))
    return found


class _OneWordRuns:
    """The candidate of a run of one token ("Microsoft", "Le"), most runs of any text.

    For a single token, ``_split_run`` and ``make_candidate`` read nothing but its text and
    whether it opens a sentence (the token is kept whole, cut before "-based" and the like,
    or dropped): the outcome is worked out once per pair and reused at every occurrence.
    """

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        known: dict[int, int],
        quote_starts: frozenset[int],
        lowercase_words: frozenset[str],
    ) -> None:
        self.text, self.tokens, self.known = text, tokens, known
        self.quote_starts, self.lowercase_words = quote_starts, lowercase_words
        self.kept: dict[tuple[str, bool], int | None] = {}  # characters kept, or dropped

    def candidate(self, index: int) -> Candidate | None:
        token = self.tokens[index]
        initial = _is_sentence_initial(self.tokens, index, self.quote_starts)
        key = (token.text, initial)
        if key not in self.kept:
            self.kept[key] = self._kept_length(index)
        kept = self.kept[key]
        if kept is None:
            return None
        return Candidate(token.start, token.start + kept, token.text[:kept], index, index, initial)

    def _kept_length(self, index: int) -> int | None:
        if not _split_run(self.tokens, index, index + 1, self.known):
            return None  # a role word alone
        found = make_candidate(
            self.text, self.tokens, index, index, self.quote_starts, self.lowercase_words
        )
        return None if found is None else found.end - found.start


_INITIAL_SKIP = frozenset(
    "de du des d l la le les et of and for the à au aux pour sur par en on in to".split()
)


def _base_letter(char: str) -> str:
    """ "é" -> "E": acronyms drop accents ("CRE" for "... de l'énergie")."""
    return unicodedata.normalize("NFD", char)[0].upper()


def _with_spelled_out_acronyms(
    text: str, tokens: Sequence[Token], candidates: list[Candidate]
) -> list[Candidate]:
    """ "l'Autorité de contrôle prudentiel et de résolution (ACPR)": the expansion before a
    bracketed acronym is a name even with lower-case words, when its initials spell it."""
    expansions: list[Candidate] = []
    for candidate in candidates:
        if text[candidate.end : candidate.end + 1] != ")":
            continue  # most names are not in brackets: the cheapest test first
        acronym = candidate.text
        first = candidate.first_token
        shaped = acronym.isupper() or (acronym[:1].isupper() and len(acronym) >= 3)
        if not (shaped and 2 <= len(acronym) <= 8 and acronym.isalpha()):
            continue
        # "PhRMA" spells "Pharmaceutical Research and Manufacturers of America" by its
        # capitals
        capitals = "".join(c for c in acronym if c.isupper())
        acronym = acronym.upper() if acronym.isupper() or len(capitals) < 2 else capitals
        if (
            first < 2
            or tokens[first - 1].text != "("
            or text[candidate.end : candidate.end + 1] != ")"
        ):
            continue
        letters = ""
        for start in range(first - 2, max(-1, first - 16), -1):
            token = tokens[start]
            if not token.is_word and not token.is_apostrophe:
                break
            if token.is_word and token.lower not in _INITIAL_SKIP:
                letters = _base_letter(token.text[0]) + letters
            # A translated acronym may order its letters differently: ESA for
            # "Agence spatiale européenne".
            same = letters == acronym or (len(acronym) >= 3 and sorted(letters) == sorted(acronym))
            # "plan de sauvegarde de l'emploi (PSE)": a lower-case expansion too, when
            # its initials spell the acronym in order over three words or more
            spelled = token.text[:1].isupper() or (
                letters == acronym and len(acronym) >= 3 and first - 1 - start >= 3
            )
            if same and spelled:
                span = text[token.start : tokens[first - 2].end]
                expansions.append(
                    Candidate(token.start, tokens[first - 2].end, span, start, first - 2, False)
                )
                break
            if len(letters) >= len(acronym):
                break
    if not expansions:
        return candidates
    covered = {index for e in expansions for index in range(e.first_token, e.last_token + 1)}
    kept = [c for c in candidates if c.first_token not in covered]
    return sorted([*kept, *expansions], key=lambda c: c.start)


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# Abbreviations inside names: "Warner Bros. Discovery", "Martin Luther King Jr. Day".
_NAME_ABBREVIATIONS = frozenset("Bros Jr Sr St Mt".split())
_PERSON_SUFFIXES = frozenset(("Jr", "Sr"))


def _abbreviation_dot(
    text: str,
    tokens: Sequence[Token],
    index: int,
    is_name: list[bool],
    quote_starts: frozenset[int],
) -> bool:
    """The dot ending "U.S." or "Bros." before a capitalised word of the same sentence
    ("U.S. Steel", "the U.S. Commerce Department", "Warner Bros. Discovery"): a token
    splits it off the letters."""
    if tokens[index].text != "." or index + 1 >= len(tokens):
        return False  # most tokens are no dot: the cheapest test first
    before, after = tokens[index - 1], tokens[index + 1]
    return (
        before.end == tokens[index].start
        and (
            _DOTTED.fullmatch(before.text) is not None
            or before.text in _NAME_ABBREVIATIONS
            # a middle initial: "George W. Bush", "Daniel K. Inouye International Airport"
            or (len(before.text) == 1 and before.text.isupper() and is_name[index - 2])
            # a first initial after a lower-case word: "CITU leader A. Soundararajan" (not
            # the French "M.", Monsieur: "selon M. Rousseau")
            or (
                len(before.text) == 1
                and before.text.isupper()
                and before.text != "M"
                and index >= 2
                and tokens[index - 2].text.islower()
                and after.lower not in STOPWORDS
            )
        )
        and is_name[index + 1]
        and index + 1 not in quote_starts
        # "... in the U.S. Microsoft said": a known name opens a sentence the split missed
        and after.lower not in KNOWN_KINDS
        and text[tokens[index].end : after.start] == " "
    )


def _numbered_end(text: str, tokens: Sequence[Token], end: int) -> int:
    """Where a name ending in "No." goes on to its number: "Government Regulation No.
    1/2017", "Engine No. 1", "Resolution No. 2231" (the number's parts joined by "/" or
    "-" and no space); ``end`` where the name has none."""
    if not (
        end + 1 < len(tokens)
        and tokens[end].text == "."
        and tokens[end - 1].text in ("No", "Nos")
        and tokens[end - 1].end == tokens[end].start
        and tokens[end + 1].text[:1].isdigit()
        and text[tokens[end].end : tokens[end + 1].start] == " "
    ):
        return end
    end += 2
    while (
        end + 1 < len(tokens)
        and tokens[end].text in ("/", "-")
        and tokens[end + 1].text[:1].isdigit()
        and tokens[end - 1].end == tokens[end].start == tokens[end + 1].start - 1
    ):
        end += 2
    return end


def _takes_number(text: str, tokens: Sequence[Token], end: int) -> bool:
    """A name followed by a number names one thing: "EU 261", "Ariane 6", "Windows 11",
    and an act by its year: "Finance Act 2012"."""
    if end >= len(tokens) or end == 0 or not tokens[end].text.isdigit():
        return False  # most names are followed by no number: the cheapest test first
    last, following = tokens[end - 1], tokens[end]
    after = tokens[end + 1].text if end + 1 < len(tokens) else ""
    size = 4  # "Ariane 6", "Windows 11", "UAW Local 1268", "EU 261"; never a year
    return (
        # (or inner-capitalised: "iPhone 7", "iPad 2")
        (last.text[:1].isupper() or last.text[1:2].isupper())
        and following.text.isdigit()
        and len(following.text) <= size
        # a year names a law's version only: "Finance Act 2012", "Companies Act 2006"
        and (not _YEAR.match(following.text) or last.text == "Act")
        and text[last.end : following.start] == " "
        and after.casefold() not in _NUMBER_UNITS
        # "BMW 24,6 millions", "Toyota 23.5 million": a decimal number is an amount
        and not (
            after in (",", ".")
            and end + 2 < len(tokens)
            and tokens[end + 2].text[:1].isdigit()
            and tokens[end + 1].end == tokens[end + 2].start
            and following.end == tokens[end + 1].start
        )
    )


# A number followed by these counts something, it does not name: "Apple 2 millions".
_NUMBER_UNITS = frozenset(
    "% millions million milliards milliard billion billions heures hours ans years mois "
    "months jours days euros dollars h".split()
)


def _connector_gap(text: str, tokens: Sequence[Token], index: int) -> int:
    """How many tokens of connectors ("de", "l'", "of the") start at ``index``: 0 if none."""
    if (
        index < len(tokens)
        and tokens[index].text == "on"
        and tokens[index - 1].lower in _ON_HEADS
        and index + 1 < len(tokens)
        and tokens[index + 1].text[:1].isupper()
        and text[tokens[index - 1].end : tokens[index + 1].start] == " on "
    ):
        return 1  # "Subcommittee on Investigations", "Committee on Foreign Investment"
    if index >= len(tokens) or (
        tokens[index].text not in CONNECTORS and not tokens[index].is_apostrophe
    ):
        return 0  # most runs end on a word that joins nothing
    gap = 0
    while index + gap < len(tokens) and gap < 3:
        token = tokens[index + gap]
        if token.is_apostrophe and gap and tokens[index + gap - 1].lower in ("l", "d"):
            gap += 1
            continue
        if (
            token.is_apostrophe
            and not gap
            and tokens[index - 1].text.endswith("s")
            and text[tokens[index - 1].end : token.end] == token.text
            and index + 1 < len(tokens)
            and tokens[index + 1].text[:1].isupper()
            and text[token.end : tokens[index + 1].start] == " "
        ):
            # A plural possessive inside a name: "National Music Publishers' Association",
            # "the Companies' Creditors Arrangement Act" (not between two names: "the
            # Department of Health and Human Services' Office")
            return int(
                tokens[index + 1].lower in _POSSESSIVE_NAME_HEADS or _act_follows(tokens, index + 1)
            )
        if token.text in CONNECTORS or (
            # "Bank of the West", but "X and the Y" names two
            token.lower == "the" and gap and tokens[index + gap - 1].text not in ("and", "&")
        ):
            gap += 1
            continue
        break
    if gap and index + gap < len(tokens) and tokens[index + gap - 1].is_word:
        last = tokens[index + gap - 1]
        if last.lower in ("l", "d"):
            return 0
    if gap and index + gap < len(tokens):
        span = text[tokens[index - 1].end : tokens[index + gap].start]
        if "\n" in span or any(c in span for c in ',;:()"«»“”'):
            return 0
    return gap if index + gap < len(tokens) else 0


# Bodies named for what they work on: "Committee on Foreign Investment in the United
# States", "Permanent Subcommittee on Investigations", "Council on Foreign Relations".
_ON_HEADS = frozenset("committee subcommittee commission council panel conference".split())


def _opens_a_person(tokens: Sequence[Token], index: int) -> bool:
    """Whether a known given name at ``index`` comes before a capitalised word."""
    return (
        tokens[index].lower in FIRST_NAMES
        and index + 1 < len(tokens)
        and tokens[index + 1].text[:1].isupper()
    )


def _act_follows(tokens: Sequence[Token], index: int) -> bool:
    """Whether the capitalised words from ``index`` end, within four, with "Act"."""
    for token in tokens[index : index + 4]:
        if not token.text[:1].isupper():
            return False
        if token.text == "Act":
            return True
    return False


_POSSESSIVE_NAME_HEADS = frozenset(
    "association union federation guild council alliance party club league society fund "
    "forum congress confederation coalition".split()
)


_GENERAL_TITLES = frozenset("attorney solicitor surgeon inspector postmaster".split())
# Words after "General" in the names of companies and bodies, never a given name
_GENERAL_NAME_WORDS = frozenset(
    """
    motors electric mills dynamics atlantic assembly data administration directorate
    insurance accounting counsel council court hospital medical foods cable partners
    catalyst secretariat staff agreement conference confederation federation union
    """.split()
)


def _company_general(tokens: Sequence[Token], start: int, index: int, end: int) -> bool:
    """ "General" ending a company's name ("State Farm General asked ..."): the last word
    of the run, after a name that is no title ("Attorney General", "Secretary General")."""
    return (
        tokens[index].text == "General"
        and index == end - 1
        and index > start
        and tokens[index - 1].lower not in _GENERAL_TITLES | {"secretary", "director"}
        and tokens[index - 1].lower not in ROLE_WORDS
    )


_JUDGE_TITLES = frozenset(("district", "circuit", "magistrate", "bankruptcy", "u.s", ".", "us"))
# A party's adjective or an office's level before a title: "Democratic Senator X",
# "Republican Governor X", "San Francisco City Attorney X", "State Senator X"
_TITLE_QUALIFIERS = frozenset(("democratic", "republican", "city", "county", "state"))
# Titles before several names: "Democratic Senators Richard Blumenthal and Elizabeth Warren"
_PLURAL_TITLES = frozenset(("senators", "governors", "sénateurs"))


def _split_run(
    tokens: Sequence[Token], first: int, end: int, known: dict[int, int]
) -> list[tuple[int, int]]:
    """Cut a run at role words and overlong stretches; return inclusive token ranges."""
    pieces: list[tuple[int, int]] = []
    start = first
    index = first
    while index < end:
        if index in known:
            index = known[index]
            if index + 1 < end and tokens[index].lower in FIRST_NAMES:
                # "le sénateur Les Républicains Laurent Burgoa": a party, then a person
                pieces.append((start, index - 1))
                start = index
            continue
        if (
            index == start
            and index + 2 < end
            and _opens_a_person(tokens, index + 1)
            and (
                tokens[index].lower in KNOWN_KINDS
                or tokens[index].lower in STATE_KEYS
                or (len(tokens[index].text) > 1 and tokens[index].text.isupper())
            )
        ):
            # "le député du groupe Renaissance David Valence", "le cofondateur de SAP
            # Dietmar Hopp", "la secrétaire d'Etat Agnès Pannier-Runacher": a name the
            # gazetteer knows, an acronym or a title's "Etat" (no name: no piece), then a
            # person
            if tokens[index].lower not in STATE_KEYS:
                pieces.append((start, index))
            start = index = index + 1
            continue
        if (
            index + 1 < end
            and "-" in tokens[index].text
            and PARTY_PARTICIPLE.search(tokens[index].text)
        ):
            # "the SoftBank-backed Wiz": the backer, then the name it qualifies
            pieces.append((start, index))
            start = index + 1
            index += 1
            continue
        if (
            _company_general(tokens, start, index, end)
            or (index > start and tokens[index - 1].text == "&")
            # "General Electric", "General Mills" (not "General Mark Milley", "General
            # Assimi Goïta": a title before a given name and a surname)
            or (
                tokens[index].text == "General"
                and index == start
                and tokens[index + 1].lower not in FIRST_NAMES
                and (
                    end - index == 2
                    # "the General Administration of Customs": a body, its field after
                    # "of"
                    or (end - index >= 4 and tokens[index + 2].lower in ("of", "for"))
                )
            )
            or (
                tokens[index].text == "General"
                and index + 1 < end
                and tokens[index + 1].lower in _GENERAL_NAME_WORDS
            )
        ):
            # "State Farm General", "Legal & General Investment Management", "General
            # Motors and General Electric", "the General Data Protection Regulation": a
            # company's or a body's name, no title
            index += 1
            continue
        if (
            (is_role_word(tokens[index].lower) and not tokens[index].text.isupper())
            # "the Labour MP", "Conservative MP Jane Doe": the party, then the person
            or tokens[index].text in ("CEO", "PDG", "CFO", "CTO", "COO", "MP", "MEP")
            # "Chief Justice Paul Crampton", "Mr Justice Richard Meade" (not the Department
            # of Justice, nor "Justice Minister X")
            or (
                tokens[index].text == "Justice"
                and index + 2 < end
                and (
                    tokens[index + 1].lower in FIRST_NAMES
                    # "Chief Justice D.Y. Chandrachud"
                    or (index > 0 and tokens[index - 1].lower in ("chief", "mr", "mrs", "ms"))
                )
            )
            or (tokens[index].lower in _PLURAL_TITLES and tokens[index].text[:1].isupper())
            # "Crown Prince Mohammed bin Salman" (not "Crown Castle", nor "Prince William")
            or (
                tokens[index].lower == "prince"
                and index > start
                and tokens[index - 1].lower == "crown"
            )
        ):
            title = index
            if tokens[index].lower == "prince" or (
                title > start and tokens[title - 1].lower in _TITLE_QUALIFIERS
            ):
                title -= 1  # "Crown Prince", "Democratic Senator", "City Attorney"
            elif (
                tokens[index].text == "Justice"
                and title > start
                and tokens[title - 1].lower in ("chief", "mr", "mrs", "ms")
            ):
                title -= 1  # "Chief Justice", "Mr Justice"
            if tokens[index].lower == "judge":
                # "U.S. District Judge X": the court's level is part of the title
                while title > start and tokens[title - 1].lower in _JUDGE_TITLES:
                    title -= 1
            elif (
                tokens[index].lower == "general"
                and title > start
                and tokens[title - 1].lower in _GENERAL_TITLES
            ):
                title -= 1  # "Florida Attorney General X": the office is the whole title
            if title > start:
                pieces.append((start, title - 1))
            start = index + 1
            if start < end and tokens[start].lower in ("of", "for"):
                # "Secretary of State Marco Rubio", "Director of National Intelligence
                # Tulsi Gabbard": the office's field is part of the title
                holder = next(
                    (
                        i
                        for i in range(start + 1, min(end - 1, start + 5))
                        if _opens_a_person(tokens, i)
                    ),
                    None,
                )
                if holder is not None:
                    start = index = holder
                    continue
        index += 1
    if start < end:
        pieces.append((start, end - 1))
    result: list[tuple[int, int]] = []
    for lo, hi in pieces:
        # a known name is whole however long ("Direction générale de la concurrence, de
        # la consommation et de la répression des fraudes")
        while hi - lo + 1 > MAX_NAME_TOKENS and known.get(lo) != hi + 1:
            result.append((lo, lo + MAX_NAME_TOKENS - 1))
            lo += MAX_NAME_TOKENS
        result.append((lo, hi))
    return result


# Common words that open company names when capitalised inside a sentence: "First
# Horizon", "Third Point", "New Fortress Energy", "De Grey Mining" (at a sentence's start
# they are the common words); and Vietnamese names whose words are English function
# words, capitalised inside a sentence only as names: "Do Thi Nhung", "To Lam"; and
# Chinese surnames that are French or English function words: "Ma Huateng", "He Lifeng"
_NAME_OPENING_STOPWORDS = frozenset(
    ("first", "second", "third", "next", "new", "do", "to", "an", "my", "de", "ma", "he")
)
# A French article written with a capital inside a sentence is part of a name: "La Poste",
# "La Redoute", "Le Bon Marché", "Les Républicains".
_ARTICLES_OF_NAMES = frozenset(("Le", "La", "Les"))


# A compound modifier whose last part is a lower-case participle or noun: "AI-generated",
# "Emmy-winning", "Late-night", "War-era", "Paris-based", "English-language" (not
# "Coca-Cola", "Sanofi-aventis")
_COMPOUND_MODIFIER = re.compile(
    r"[\w.]+(?:-[\w.]+)*-(?:[a-z]+(?:ed|ing)|era|area|based|style|night|time|term|scale|level|wide"
    r"|owned|backed|led|made|run|listed|language|class|sector|grade|size|year)"
)


def _opens_no_name(token: Token, word: str, initial: bool) -> bool:
    """Whether a run's first word is a common word the name starts after: a stopword (but
    "First Horizon" and "La Poste" inside a sentence), a compound modifier, a participle
    or a noun only a person is called opening a sentence, a month."""
    if word in STOPWORDS:
        if not initial and len(token.text) > 1 and token.text.isupper():
            return False  # an acronym that spells a common word: "MA France", "THE Alliance"
        if not initial and word in SENTENCE_OPENERS:
            return False  # "l'association None of Your Business"
        return initial or (
            word not in _NAME_OPENING_STOPWORDS and token.text not in _ARTICLES_OF_NAMES
        )
    if _COMPOUND_MODIFIER.fullmatch(token.text):
        # "a SoftBank-backed start-up": the name before a party's participle is a party
        return PARTY_PARTICIPLE.search(token.text) is None
    if initial and len(word) > 6 and word.endswith(("ized", "ised")):
        return True  # "Unionized Starbucks baristas walked out"
    if initial and word in PERSON_NOUNS:
        return True  # "Billionaire investor Bill Ackman", "Tycoon Li Ka-shing"
    return not token.text.isupper() and (
        word in ENGLISH_MONTHS_AND_DAYS or (initial and word in FRENCH_MONTHS_AND_DAYS)
    )


def _given_name_before_surname(tokens: Sequence[Token], first: int, last: int, word: str) -> bool:
    """ "Mark Zuckerberg", "Bill Gates" opening a sentence: a given name that is also a
    common word ("mark", "bill"), then a word shaped as a surname (letters, capitalised)."""
    if word not in FIRST_NAMES or first >= last:
        return False
    surname = tokens[first + 1].text
    return surname[:1].isupper() and surname.isalpha() and not surname.isupper()


def make_candidate(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    quote_starts: frozenset[int],
    lowercase_words: frozenset[str],
) -> Candidate | None:
    initial = _is_sentence_initial(tokens, first, quote_starts)
    if (
        first == last
        and tokens[first].lower in HONORIFICS
        and last + 1 < len(tokens)
        and tokens[last + 1].text == "."
    ):
        return None  # "said Mr. Icahn": the tokens split the title from its full stop
    if (
        first
        and tokens[first - 1].lower == "chief"
        and last + 1 < len(tokens)
        and tokens[last + 1].lower == "officer"
    ):
        return None  # "Chief Operating Officer X": the title's words, no name
    if _COMPOUND_MODIFIER.fullmatch(tokens[last].text) and not PARTY_PARTICIPLE.search(
        tokens[last].text
    ):
        return None  # "Cold War-era rules": the run qualifies the noun after it
    whole = text[tokens[first].start : tokens[last].end]
    if whole.casefold() in KNOWN_KINDS:
        return Candidate(tokens[first].start, tokens[last].end, whole, first, last, initial)
    while first <= last:
        rest = text[tokens[first].start : tokens[last].end]
        if rest.casefold() in KNOWN_KINDS:
            return Candidate(tokens[first].start, tokens[last].end, rest, first, last, initial)
        token = tokens[first]
        word = token.lower
        if first == last and PARTY_PARTICIPLE.search(word):
            word = word[: word.rindex("-")]  # "State-owned" opening a sentence: a common word
        if token.text == "The" and not initial and first < last:
            break
        if token.text == "Bourse" and first and tokens[first - 1].lower == "en" and first < last:
            first += 1  # "introduire en Bourse Coffee Stain Group": listing, no name's word
            continue
        if (
            initial
            and first < last
            and tokens[first + 1].text in CONNECTORS
            and (
                word.endswith(_PLURAL_AGENTS if tokens[first + 1].text == "of" else _AGENTS_FR)
                # "Crucially for Apple, ...": an adverb opens the sentence
                or (word.endswith("ly") and len(word) > 6)
            )
        ):
            # "Members of UAW Local 1268 ...", "Travailleurs de X" open a sentence (not
            # "Chantiers de l'Atlantique": of French plurals in -ers, few are agents)
            first += 2
            initial = False
            continue
        # "A. Soundararajan": a first initial, no article
        first_initial = (
            not initial
            and len(token.text) == 1
            and token.text.isupper()
            and token.text != "M"
            and first < last
            and tokens[first + 1].text == "."
        )
        if (not first_initial and _opens_no_name(token, word, initial)) or (
            initial
            and word in lowercase_words
            and not token.text.isupper()
            and not _given_name_before_surname(tokens, first, last, word)
            and not _spells_acronym(tokens, first, last)
        ):
            first += 1
            initial = False
            continue
        if not token.is_word or token.text in CONNECTORS:
            first += 1
            continue
        if initial and first < last and (word in _OPENING_PLURALS or word in _OPENING_QUALIFIERS):
            # "Rivals Monzo and Revolut ...", "Existing Wolfspeed shareholders ...": a plural
            # noun or a qualifier opens the sentence
            first += 1
            initial = False
            continue
        if (
            initial
            and word.partition("-")[0] in _NUMBER_WORDS  # "Vingt-deux pays"
            and (
                first == last
                or not tokens[first + 1].text[:1].isupper()
                or _generic_after(tokens, first)
            )
        ):
            # "Deux syndicats ont ...", "Six ONG ...", "Two NGOs sued": a count opens the
            # sentence (not "Two Sigma", "Five Guys")
            first += 1
            initial = False
            continue
        if word in _TYPE_ACRONYMS and first < last:
            first += 1  # "l'ONG ClientEarth", "the NGO Global Witness": what it is, then its name
            continue
        break
    for index in range(last - 1, first - 1, -1):
        if _COMPOUND_ADJECTIVE.search(tokens[index].text):
            # "the Israeli-founded Wiz", "Hong Kong-listed Anta": the adjective before the
            # name, with the place it is made of
            first = index + 1
            break
    while last >= first and (
        not tokens[last].is_word
        or tokens[last].text in CONNECTORS
        or tokens[last].text == "the"  # a long run cut after "X and the"
        or (
            tokens[last].lower in _ELIDED
            # an elision is a letter before an apostrophe, not "Hinkley Point C"
            and (last + 1 == len(tokens) or tokens[last + 1].is_apostrophe)
            and not _brand_s(tokens, first, last)
        )
        # "fined TD C$9.2 million": the letter of a currency ("C$", "A$")
        or (
            len(tokens[last].text) == 1
            and last + 1 < len(tokens)
            and tokens[last + 1].text in _CURRENCY_SIGNS
            and tokens[last].end == tokens[last + 1].start
        )
    ):
        last -= 1
    if last < first:
        return None
    if (
        first < len(tokens) - 1
        and tokens[first].lower in _ELIDED
        # an elision is a letter before an apostrophe, not "D. Michael Chappell"
        and tokens[first + 1].is_apostrophe
        # but "T'way Air": a lower-case word after the apostrophe, inside a name
        and not (
            first + 2 < last
            and tokens[first + 1].is_apostrophe
            and tokens[first + 2].text[:1].islower()
        )
    ):
        return None
    start, end = tokens[first].start, tokens[last].end
    if text[end : end + 1] == "." and (
        _DOTTED.fullmatch(tokens[last].text) or tokens[last].text in _PERSON_SUFFIXES
    ):
        end += 1  # "the U.S.", "Robert F. Kennedy Jr.": the last dot belongs to the abbreviation
    adjective = _COMPOUND_ADJECTIVE.search(text, start, end)
    if adjective is not None:
        # "the Colorado-based maker", "a SoftBank-backed start-up": the name before the hyphen
        end = adjective.start()
    surface = text[start:end]
    if len(surface) < 2 or surface.casefold() in STOPWORDS:
        return None
    if not any(c.isalpha() for c in surface):
        return None  # "Mardi 21 janvier": the day's number, once the day is dropped
    return Candidate(start, end, surface, first, last, initial)


_TYPE_ACRONYMS = frozenset(("ong", "ngo"))
_NUMBER_WORDS = frozenset(
    """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt trente quarante cinquante soixante cent mille plusieurs two three four five six
    seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen twenty thirty
    forty fifty sixty hundred several""".split()
)


def _generic_after(tokens: Sequence[Token], index: int) -> bool:
    """The word after ``index`` is a generic acronym, singular or plural ("ONG", "NGOs")."""
    following = tokens[index + 1].lower
    return following in _TYPE_ACRONYMS or following.removesuffix("s") in _TYPE_ACRONYMS


_OPENING_PLURALS = frozenset(
    """rivals competitors peers critics regulators officials investors analysts executives
    shareholders lawmakers campaigners unions lawyers attorneys prosecutors employees
    members customers users shares supporters opponents""".split()
)
_OPENING_QUALIFIERS = frozenset(
    "existing current former remaining fellow longtime veteran prospective would-be rival".split()
)
_PLURAL_AGENTS = ("ers", "ors", "ists", "ysts", "ants", "eurs", "ents")
_AGENTS_FR = ("eurs", "ants", "ents", "istes")
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:based|born|backed|led|owned|listed|controlled|funded|made|headquartered|style"
    r"|founded|run|linked|focused|area)$"
)


def _spells_acronym(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the run's capitalised words, a legal suffix aside, spell an acronym the
    text writes: "Advanced Micro Devices Inc" opening a sentence of a text that says
    "AMD", and "advanced" elsewhere, keeps "Advanced"."""
    words = [t.text for t in tokens[first : last + 1] if t.is_word and t.text[:1].isupper()]
    if words and words[-1].lower() in LEGAL_SUFFIXES:
        words.pop()
    if len(words) < 2 or not isinstance(tokens, Tokens):
        return False
    return "".join(word[0] for word in words) in tokens.vocabulary


def _is_sentence_initial(tokens: Sequence[Token], index: int, quote_starts: frozenset[int]) -> bool:
    while index > 0 and tokens[index - 1].text in _OPENERS and index not in quote_starts:
        index -= 1
    return index in quote_starts or (index > 0 and tokens[index - 1].text in (":", "—", "–"))


def quote_start_tokens(tokens: Tokens, quotes: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Index of the first token of each quote (quotes in text order)."""
    starts = tokens.starts
    return frozenset(bisect.bisect_left(starts, start) for start, _end in quotes)


def lowercase_vocabulary(tokens: Tokens) -> frozenset[str]:
    """Words the text writes in lower case somewhere (so they are common words), but for a
    name the text writes capitalised on its own inside sentences more often than in lower
    case: a brand's own lower-case styling ("the future of thyssenkrupp," in a quotation)
    does not make "Thyssenkrupp" opening a sentence a common word."""
    vocabulary = tokens.vocabulary
    lower = frozenset(filter(str.islower, vocabulary))
    capitalised = {word.capitalize(): word for word in lower} if lower else {}
    shared = capitalised.keys() & vocabulary
    if not shared:
        return lower
    texts = tokens.texts
    alone: Counter[str] = Counter()
    for index in tokens.where(frozenset(shared)):
        if (
            0 < index < len(texts) - 1
            and texts[index - 1][:1].islower()
            and not texts[index + 1][:1].isupper()
        ):
            alone[capitalised[texts[index]]] += 1
    if not alone:
        return lower
    written = Counter(texts[i] for i in tokens.where(frozenset(alone)))
    return lower - {word for word, count in alone.items() if count > written[word]}
