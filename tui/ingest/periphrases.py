"""Periphrases and collective parties: names for entities that are not proper names.

A periphrase is resolved only where the text or general knowledge supports it: "la firme
de Satya Nadella" is the company that person leads (as the text states, else as widely
known), "le géant de Redmond" or "the Cupertino giant" the company headquartered there
when the article names it, "the game developer, Epic Games," an apposition. Collective
parties ("les compagnies aériennes", "consumer groups") become entities when the article
returns to them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from tui.ingest.gazetteer import COUNTRY_KEYS, HQ_CITIES, LEADERS
from tui.ingest.lexicon import (
    DEMONYMS,
    FEDERAL_WORDS,
    FIRST_NAMES,
    FRENCH_MONTHS,
    PLURAL_SHAPED_FUNCTION_WORDS,
    STATE_KEYS,
    STOPWORDS,
    is_demonym,
)
from tui.ingest.patterns import finditer_from, matches_after, may_start_with, word_start
from tui.text import surface_key

_NAME = r"[A-ZÀ-Ý][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*){0,3}"
# A leader's name, its particles included: "Thierry de La Tour d'Artaise"
_LEADER_NAME = (
    r"[A-ZÀ-Ý][\w\-]*"
    r"(?:\s+(?:(?:de|du|des|van|von|der|den|da|di)\s+)?(?:d['’])?[A-ZÀ-Ý][\w\-]*){0,4}"
)
_APOS = "['’]"
_LA_LE = word_start("la", "le", "l'", "l’")  # \b(?:[Ll]a|[Ll]e|[Ll]['’])
_THE = word_start("the")  # \b[Tt]he
_FR_HEADS = (
    r"firme|société|entreprise|start-?up|jeune\s+pousse|groupe|géant(?:\s+\w+)?|compagnie"
    r"|maison|plateforme|constructeur|éditeur|opérateur|fabricant|laboratoire|banque"
    r"|institution|organisme"
)
_EN_HEADS = (
    r"(?:tech\s+|software\s+|search\s+|chip\s+|e-commerce\s+)?(?:giant|company|firm|group|"
    r"maker|startup|start-up|developer|titan|behemoth|chipmaker|automaker|carrier|airline)"
)
_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "fr": [
        re.compile(rf"{_LA_LE}\s*(?:{_FR_HEADS})\s+(?:de|d{_APOS})\s*(?P<name>{_NAME})"),
        re.compile(
            rf"{_LA_LE}\s*(?:{_FR_HEADS})\s+"
            rf"(?:dirigée?|fondée?|présidée?|créée?|pilotée?)\s+par\s+(?P<name>{_LEADER_NAME})"
        ),
    ],
    "en": [
        re.compile(rf"{_THE}\s+(?P<name>{_NAME})(?:-based)?\s+(?:{_EN_HEADS})\b"),
        re.compile(rf"\b(?P<name>{_NAME}){_APOS}s\s+(?:company|firm|startup|start-up)\b"),
    ],
}
_APPOSITION = {
    "en": re.compile(
        rf"(?P<phrase>{_THE}\s+(?:[\w\-]+\s+){{0,3}}(?:{_EN_HEADS}))\s*,\s*(?P<name>{_NAME})\s*,"
    ),
    "fr": re.compile(
        rf"(?P<phrase>{_LA_LE}\s*(?:{_FR_HEADS})(?:\s+[\w\-]+){{0,3}})"
        rf"\s*,\s*(?P<name>{_NAME})\s*,"
    ),
}

# "le régulateur", "du régulateur", "the watchdog": the noun alone is the alias, so that
# contracted articles ("du", "au") need no form of their own.
# (the French forms match from the noun: ``_descriptions`` checks the article before it)
_THE_REGULATOR = {
    "fr": re.compile(r"(?P<noun>régulateur|gendarme|autorité)\b(?!\s+de\b)"),
    "en": re.compile(rf"{_THE}\s+(?P<noun>regulator|watchdog|authority|agency)\b(?!\s+of\b)"),
}
_REGULATOR_NOUNS_FR = ("régulateur", "gendarme", "autorité")
_BEFORE_REGULATOR_FR = re.compile(r"\b(?:[Ll]e|[Dd]u|[Aa]u|[Ll]['’])\s*$")
# "le distributeur", "l'enseigne", "the drugmaker": a definite description by trade names
# the company the article is about. Not when a complement says whose ("le groupe de X",
# "the company's"), nor in the plural: those are periphrases or collectives.
_TRADES = {
    "fr": r"direction|entreprise|société|firme|groupe|enseigne|distributeur|détaillant|laboratoire"
    r"|constructeur|opérateur|éditeur|fabricant|assureur|banque|transporteur|équipementier"
    r"|industriel|énergéticien|motoriste|avionneur|compagnie|chimiste|sidérurgiste|studio"
    r"|start-up|startup|jeune\s+pousse|conglomérat|réassureur|armateur|pétrolier|major"
    r"|plateforme|coentreprise|co-entreprise|cimentier|brasseur|verrier|papetier|semencier|géant"
    r"|aciériste|établissement",
    # "the power company", "the payments firm": a trade's word, then the noun
    "en": r"(?:(?:power|energy|oil|gas|tech|technology|software|chip|drug|media|payments"
    r"|insurance|telecoms?|mining|steel|shipping|logistics|food|beverage|tobacco|defen[cs]e"
    r"|fashion|luxury|travel|hotel|gaming|video\s+game|fintech|biotech|pharmaceutical)\s+"
    r"(?:company|firm|group|giant|maker)\b)"
    r"|management|company|firm|group|retailer|drugmaker|carmaker|automaker|chipmaker|operator"
    r"|carrier|airline|lender|insurer|publisher|developer|studio|manufacturer|conglomerate"
    r"|startup|start-up|bank|supermarket\s+chain|chain|utility|miner|broadcaster|telecom"
    r"|reinsurer|oil\s+major|joint\s+venture|grocer|railroad|planemaker",
}
_THE_COMPANY = {
    "fr": re.compile(
        word_start("le", "la", "du", "au", "l'", "l’") + r"\s*(?P<noun>" + _TRADES["fr"] + r")\b"
        # not "la direction de Michelin"; "accuse la direction de transférer" is the company
        r"(?!\s+(?:de|d['’]|du|des)\s(?![a-zé]+(?:er|ir|re)\b))(?!-)"
        # "le groupe chinois", "le laboratoire sud-coréen" introduce another company
        r"(?!\s+(?:(?:sud|nord)-)?[a-zàâçéèêëîïôûùü]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|and|ande"
        r"|éen|éenne|ique|isse|ge|sse|c)\b)"
    ),
    "en": re.compile(_THE + r"\s+(?P<noun>" + _TRADES["en"] + r")\b(?!['’]s|\s+of\s)(?!-)"),
}


def company_descriptions(text: str, language: str) -> list[tuple[int, int]]:
    """Where "the company", "le groupe", "the lender" stand alone, no name after them
    ("le groupe Canal+" names Canal+ itself)."""
    pattern = _THE_COMPANY.get(language)
    if pattern is None:
        return []
    return [
        match.span("noun")
        for match in pattern.finditer(text)
        if not text[match.end("noun") : match.end("noun") + 2].strip()[:1].isupper()
    ]


_THE_AGREEMENT = {
    "fr": re.compile(
        r"(?P<noun>accord|traité|pacte|décret)\b"
        r"(?!\s+(?:de|d['’]|du|des|entre|avec|sur)\b)(?!\s+[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        _THE + r"\s+(?P<noun>agreement|treaty|pact|decree)\b(?!\s+(?:of|between|with|on)\b)"
    ),
}
_AGREEMENT_NOUNS_FR = ("accord", "traité", "pacte", "décret")
_BEFORE_AGREEMENT_FR = re.compile(r"\b(?:[Ll]['’]|[Ll]e\s+|[Cc]et\s+|[Dd]u\s+|[Aa]u\s+)$")
# Which kind of text a noun of ``_THE_AGREEMENT`` names: an agreement or a decree.
TEXT_KINDS = {
    "accord": "agreement",
    "traité": "agreement",
    "pacte": "agreement",
    "agreement": "agreement",
    "treaty": "agreement",
    "pact": "agreement",
    "décret": "decree",
    "decree": "decree",
}
# The English demonyms as capitalised words: "German", "Dutch"
_DEMONYMS_EN = "|".join(sorted(d.capitalize() for d in DEMONYMS if d.isascii() and d.isalpha()))
_GOVERNMENT = {
    # "le gouvernement", "le gouvernement chinois"; "the government", "the US government",
    # "the Trump administration"
    # any nationality: "tchèque", "suédois", "marocain", "fédéral"; "Swedish", "Czech"
    # found from its head noun (``find_government``): "gouvernement" is rarer than the
    # letters the articles before it start with
    "fr": re.compile(
        r"(?P<phrase>gouvernement(?:\s+(?:britannique|belge|russe|suisse"
        r"|[a-zéèêëîïôûç]{2,}(?:ais|ois|ain|ien|éen|ique|èque|ec|and|ol|urc|al))"
        # a region's or a province's: "le gouvernement de Rhénanie-Palatinat", "du Québec"
        r"|\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])[A-ZÀ-Ý][\w-]+"
        # its head's surname: "le gouvernement Legault", "le gouvernement Orbán"
        r"|\s+[A-ZÀ-Ý][\w-]+(?![\w'’-]|\s+[A-ZÀ-Ý]))?"
        # "le gouvernement fédéral allemand"
        r"(?:(?<=fédéral)\s+[a-zéèêëîïôûç]{2,}(?:ais|ois|ain|ien|éen|ique|èque|ec|and|ol|urc))?)"
        r"(?![\w-])"
    ),
    "en": re.compile(
        rf"{_THE}\s+(?P<phrase>(?:(?:US|U\.S\.|UK|federal|"
        + _DEMONYMS_EN
        + r")\s+)?government|[A-Z][a-z]+\s+administration"
        # "the state of Hawaii", "the state of New York": a state's government
        r"|state\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
    ),
}
# (the French form matches from the noun, after "les", "des", "aux", "ces" or "leurs":
# ``find_collectives`` checks the article before it)
_COLLECTIVE_NOUNS_FR = (
    "associations compagnies entreprises sociétés opérateurs constructeurs éditeurs banques "
    "assureurs plateformes fédérations organisations ONG fabricants fournisseurs laboratoires "
    "géants transporteurs distributeurs producteurs start-up startups autorités"
).split()
_COLLECTIVE = {
    "fr": re.compile(
        r"(?P<phrase>(?:" + "|".join(_COLLECTIVE_NOUNS_FR) + r")"
        r"\s+(?:(?:de|d['’]|du|des)\s*\w+|\w+[sx]))\b"
    ),
    "en": re.compile(
        r"\b(?P<phrase>(?:consumer|tech|technology|telecom|game|music|news|car|drug|oil|energy"
        r"|chip|cloud|media|insurance|advocacy|rights|trade|labor|labour)\s+(?:groups|companies"
        r"|firms|giants|makers|publishers|operators|carriers|unions|associations|organizations"
        r"|organisations|providers|platforms)|airlines|automakers|chipmakers|carmakers"
        r"|publishers|broadcasters|telecoms|carriers)\b"
    ),
}


_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_FR = "|".join(FRENCH_MONTHS)
_DATED_HEADS = {
    "fr": tuple(
        "jugement arrêt décision verdict accord sommet procès élection rachat fusion "
        "audience décret".split()
    ),
}
"""The words a dated event starts with, where the pattern starts with a word: found by
``finditer_from`` (their first letters are among the commonest)."""
_DATED_EVENT = {
    "en": re.compile(
        may_start_with("JFMASOND12")
        + rf"\b(?P<phrase>(?:(?:{_MONTHS_EN})\s+)?(?:19|20)\d\d\s+(?:judgment|judgement|ruling"
        r"|verdict|decision|settlement|trial|summit|election|agreement|deal|merger|acquisition"
        r"|IPO|hearing|lawsuit|antitrust case))\b"
    ),
    "fr": re.compile(
        r"(?P<phrase>"
        + word_start(*_DATED_HEADS["fr"], capitalised=False)
        + r"\s+(?:de|du)\s+(?:\d{1,2}(?:er)?\s+)?"
        rf"(?:(?:{_MONTHS_FR})\s+)?(?:19|20)\d\d)\b"
    ),
}


# "$10 billion" or "350 millions d'euros": the currency sign or first digit is matched
# first, so that the engine can skip to those characters, and each branch checks behind
# it which one it was (the second also that the number starts a word).
_AMOUNT = re.compile(
    r"[$€£\d](?:(?<=[$€£])\s?\d[\d,.\s]*\d?(?:\s?(?:billion|million|trillion|bn|m|mn|k)\b)?"
    r"|(?<=\b\d)[\d,.\s]*\d?\s?(?:(?:milliards?|millions?|billions?|trillions?|bn|m|mds?|Md)\s+)?"
    r"(?:(?:de|d['’])\s*)?(?:dollars|euros|livres|pounds|yuans|yens|francs|[$€£])(?!\w))",
    re.IGNORECASE,
)


def find_amounts(text: str) -> list[str]:
    """Sums of money: "11,9 milliards de dollars", "$10 billion", "350 millions d'euros"."""
    seen: dict[str, str] = {}
    for match in _AMOUNT.finditer(text):
        amount = match.group().strip()
        if any(c.isdigit() for c in amount):
            seen.setdefault(surface_key(amount), amount)
    return list(seen.values())


def find_dated_events(text: str, language: str) -> list[str]:
    """Events named by their date: "the September 2021 judgment", "l'accord de mars 2024"."""
    pattern = _DATED_EVENT.get(language)
    if pattern is None:
        return []
    heads = _DATED_HEADS.get(language)
    matches = finditer_from(pattern, text, heads) if heads else pattern.finditer(text)
    return _first_phrases(matches)


def _first_phrases(matches: Iterable[re.Match[str]]) -> list[str]:
    """The ``phrase`` of each match, once per phrase, as the text first writes it."""
    return _first_of(match.group("phrase") for match in matches)


def _first_of(phrases: Iterable[str]) -> list[str]:
    """Each phrase once, as the text first writes it."""
    seen: dict[str, str] = {}
    for phrase in phrases:
        seen.setdefault(surface_key(phrase), phrase)
    return list(seen.values())


# A trade and an origin: "le fabricant français", "la major pétrolière", "the German
# carmaker". The text gives a company its origin where it introduces it ("le groupe
# néerlandais ASML", "ASML, le groupe néerlandais", "le néerlandais ASML", "Dutch
# chipmaker ASML"); a description of that origin alone names that company again, or, if
# the text gives no company that origin, the company the article is about when the text
# has just named it.
_ORIGIN_FR = (
    r"(?:(?:sud|nord)-)?[a-zàâçéèêëîïôûùü]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|and|ande"
    r"|éen|éenne|ique|isse|ier|ière|ol|ole)"
)
# Where a company is based, as English describes it: "the Houston-based company"
# "the Laval, Quebec-based company": the town, then its state or province
# "the Pittsburgh-area retailer": near the town
_TOWN_SUFFIXES = ("-based", "-area")
_BASED = (
    r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:"
    + "|".join(_TOWN_SUFFIXES)
    + ")"
)
_NAMED_AFTER = r"(?P<named>[A-ZÀ-Ý][\w&-]*(?:\.\w+)*(?:\s+[A-ZÀ-Ý][\w&-]*(?:\.\w+)*){0,3})"
_DESCRIPTION = {
    "fr": re.compile(
        word_start("le", "la", "du", "au", "l'", "l’")
        + rf"\s*(?P<phrase>(?:{_TRADES['fr']}|major)\s+(?P<origin>{_ORIGIN_FR}))\b(?!-)"
        # not "le fabricant néerlandais de machines", which says what it makes
        r"(?!\s+(?:de|d['’]|du|des)\s)(?:\s+" + _NAMED_AFTER + ")?"
    ),
    # "the" or a capital opens every match: no other place is tried
    "en": re.compile(
        may_start_with("A-Zt")
        + rf"(?:{_THE}\s+)?(?P<phrase>(?P<origin>{_DEMONYMS_EN}|{_BASED})\s+(?:{_TRADES['en']}))\b"
        r"(?!['’]s|\s+of\s)(?!-)(?:\s+" + _NAMED_AFTER.replace("À-Ý", "") + ")?"
    ),
}
# the name before an apposition that introduces it: "ASML, le groupe néerlandais"
_NAME_BEFORE = re.compile(_NAMED_AFTER + r"$")


def _introductions(text: str, language: str, origins: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(origin, name) where the text gives a company one of ``origins``: "le néerlandais
    ASML", "ASML, le groupe néerlandais", "Volkswagen, the German carmaker". The patterns
    hold these origins only: one built for all would be tried at every article and name."""
    forms: set[str] = set()
    for origin in origins:
        key = _origin_key(origin)
        forms |= {origin, key, key + "e", key + "s", key + "es"}
        if key.endswith(("ien", "éen")):
            forms |= {key + "ne", key + "nes"}
        if key.endswith("ier"):
            forms |= {key[:-3] + "ière", key[:-3] + "ières"}
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    if language == "fr":
        named = re.compile(
            word_start("le", "la", "l'", "l’", "du", "au")
            + rf"\s*(?P<origin>{words})\s+"
            + _NAMED_AFTER
        )
        for match in named.finditer(text):
            yield match.group("origin"), match.group("named")
        apposition = rf",\s+(?:le|la|l['’])\s*(?:{_TRADES['fr']}|major)\s+(?P<origin>{words})\b"
    else:
        based = "|".join(re.escape(o) for o in origins if o.endswith(_TOWN_SUFFIXES))
        if based:
            # "Houston-based Zorblat"
            for match in re.finditer(rf"\b(?P<origin>{based})\s+" + _NAMED_AFTER, text):
                yield match.group("origin"), match.group("named")
        apposition = (
            rf",\s+(?:the|a|an)\s+(?P<origin>{words})\s+(?:[a-z-]+\s+)?(?:{_TRADES['en']})\b"
        )
    for match in re.finditer(apposition, text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if name is not None:
            yield match.group("origin"), name.group("named")


_FEMININE = re.compile(r"(?:(?<=ais)|(?<=ois)|(?<=ain)|(?<=and)|(?<=ol))e$|(?<=i)enne$|(?<=éen)ne$")


def _origin_key(origin: str) -> str:
    """ "française" and "français", "néerlandaise" and "néerlandais": one origin."""
    key = origin.casefold()
    key = key[:-4] + "ier" if key.endswith("ière") else key
    return _FEMININE.sub(lambda m: "en" if m.group().endswith("enne") else "", key)


def _described_by_origin(
    text: str,
    language: str,
    resolve: Callable[[str], int | None],
    main_company: int | None,
    named_before: Callable[[int], int | None],
) -> list[Periphrase]:
    pattern = _DESCRIPTION.get(language)
    if pattern is None:
        return []
    introduced: dict[str, int | None] = {}

    def introduce(origin: str, name: str) -> None:
        target = resolve(name.strip())
        if target is None:
            return
        key = _origin_key(origin)
        # two companies of one origin: a description of that origin names neither
        introduced[key] = target if introduced.get(key, target) == target else None

    alone = []
    for match in pattern.finditer(text):
        if match.group("named"):
            introduce(match.group("origin"), match.group("named"))
        elif language == "fr" or match.group()[:4].casefold() == "the ":
            alone.append(match)  # "the German carmaker", not "German carmaker X"
    if not alone:
        return []
    for origin, name in _introductions(text, language, {m.group("origin") for m in alone}):
        introduce(origin, name)
    # two towns left unexplained ("the Honolulu-based airline", "the Seattle-based
    # carrier"): two companies, and the text does not say which is which
    towns = {
        key
        for m in alone
        if (key := _origin_key(m.group("origin"))).endswith(_TOWN_SUFFIXES)
        and key not in introduced
    }
    found = []
    for match in alone:
        key = _origin_key(match.group("origin"))
        if key in introduced:
            target = introduced[key]
        elif key in towns and len(towns) > 1:
            target = None
        else:
            # "Volte-face chez Danone. Le fabricant français a confirmé ...": the company
            # the article is about, named just before (not "Ubisoft. The French publisher"
            # in an article about Microsoft)
            before = named_before(match.start())
            target = main_company if before is not None and before == main_company else None
        if target is not None:
            found.append(Periphrase(match.group("phrase"), target, match.start("phrase")))
    return found


@dataclass(frozen=True, slots=True)
class Periphrase:
    """A phrase naming ``target``; ``leader`` is the person it names the target by."""

    phrase: str
    target: int
    start: int
    leader: int | None = None


def find_periphrases(
    text: str,
    language: str,
    resolve: Callable[[str], int | None],
    leaders: Callable[[frozenset[int]], dict[int, int]],
    regulators: Sequence[int] = (),
    heads: dict[str, int] | None = None,
    main_company: int | None = None,
    main_regulator: int | None = None,
    texts: Mapping[str, int] | None = None,
    persons: frozenset[int] = frozenset(),
    named_before: Callable[[int], int | None] = lambda offset: None,
    person_before: Callable[[int], int | None] = lambda offset: None,
    in_sentence: Callable[[int, int], int | None] = lambda offset, main: main,
) -> list[Periphrase]:
    """Periphrases whose referent is an entity of the article.

    ``resolve`` maps a name to an entity index (or None); ``leaders(persons)`` maps each
    of ``persons`` to the organisation the text says they lead (asked once, for the
    entities the descriptions name, and only when one needs it);
    ``regulators`` are the article's regulators: "le régulateur" is the only one;
    ``heads`` maps an institutional head noun to the one entity named with it ("the
    department" is the Commerce Department); ``main_company`` and ``main_regulator`` are
    the company and the regulator the article is mostly about, if one clearly is: "le
    distributeur", "the drugmaker" and "the watchdog" name them (see ``main_party``);
    ``texts`` maps a kind of text of ``TEXT_KINDS`` to the one such text the article names
    (its one agreement, its one decree), which "l'accord", "the agreement", "le décret"
    then name; ``persons`` are the people, whose title given beside their
    name once ("le ministre de l'Économie, Bruno Le Maire,") names them again later;
    ``named_before(offset)`` is the company named last before ``offset``, close by, and
    ``person_before(offset)`` the person; ``in_sentence(offset, main)`` the company a
    description of a trade at ``offset`` names, read from its sentence (``main`` unless
    the sentence names ``main`` after it).
    """
    found: list[Periphrase] = []
    found.extend(_heads(text, language, heads))
    regulator = regulators[0] if len(regulators) == 1 else main_regulator
    if regulator is not None:
        for match in _descriptions(
            text, language, _THE_REGULATOR, _REGULATOR_NOUNS_FR, _BEFORE_REGULATOR_FR
        ):
            found.append(Periphrase(match.group("noun"), regulator, match.start("noun")))
    if main_company is not None:
        for match in _THE_COMPANY[language].finditer(text):
            start = match.start("noun")
            target = in_sentence(start, main_company)
            if target is not None:
                found.append(Periphrase(match.group("noun"), target, start))
    found.extend(_described_by_origin(text, language, resolve, main_company, named_before))
    if texts:
        for match in _descriptions(
            text, language, _THE_AGREEMENT, _AGREEMENT_NOUNS_FR, _BEFORE_AGREEMENT_FR
        ):
            named = texts.get(TEXT_KINDS[match.group("noun").casefold()])
            if named is not None:
                found.append(Periphrase(match.group("noun"), named, match.start("noun")))
    # "the Seattle-based company": the town where it is based
    described = [
        (match, match.group("name").removesuffix("-based"))
        for pattern in _PATTERNS.get(language, [])
        for match in pattern.finditer(text)
    ]
    named = frozenset(entity for _, name in described for entity in _named_in(name, resolve))
    leaders_of_named = cache(lambda: leaders(named))
    for match, name in described:
        target, leader = _referent(name, resolve, leaders_of_named)
        if target is not None:
            found.append(Periphrase(match.group().strip(), target, match.start(), leader))
    found.extend(_titles(text, language, resolve, persons))
    if language == "fr":
        # "... l'arrivée d'Ivan Espinosa à la tête de Nissan. Le Mexicain, jusqu'ici ...":
        # a nationality written as a noun opening a sentence is the person named before
        for match in finditer_from(_NATIONAL, text, ("Le ", "La ", "L'", "L’")):
            if match.group("origin").casefold() not in DEMONYMS:
                continue
            if (
                match.start()
                and text[match.start() - 1] != "\n"
                and (text[match.start() - 2 : match.start()] not in _SENTENCE_ENDS)
            ):
                continue  # not opening a sentence
            person = person_before(match.start())
            if person is not None:
                found.append(Periphrase(match.group("phrase"), person, match.start()))
    apposition = _APPOSITION.get(language)
    if apposition:
        for match in apposition.finditer(text):
            target = resolve(match.group("name"))
            # "le fondateur de la compagnie à bas coûts, Stelios Haji-Ioannou,": the
            # company is the complement of the title the name holds, not the name
            if (
                target is not None
                and target not in persons
                and not _COMPLEMENT_BEFORE.search(text, max(0, match.start() - 6), match.start())
            ):
                found.append(Periphrase(match.group("phrase").strip(), target, match.start()))
    return found


# A noun phrase that completes the word before it: "le fondateur de", "the head of"
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:de|du|of)\s+|\bd['’])$", re.IGNORECASE)


def _descriptions(
    text: str,
    language: str,
    patterns: Mapping[str, re.Pattern[str]],
    nouns_fr: Iterable[str],
    before_fr: re.Pattern[str],
) -> Iterable[re.Match[str]]:
    """The matches of ``patterns[language]``. The French ones start at their noun and are
    found from it, then checked for the article before it (``before_fr``): those
    articles' first letters are among the commonest, the nouns rare."""
    if language == "fr":
        return matches_after(patterns["fr"], text, nouns_fr, before_fr)
    return patterns[language].finditer(text)


_NATIONAL = re.compile(
    r"(?P<phrase>(?:Le|La|L['’])\s*(?P<origin>[A-ZÀ-Ý][a-zéèêëïîôûç]+))"
    r"(?=\s*,|\s+(?:a|avait|est|était|sera|va|qui|dont)\b)"
)
_SENTENCE_ENDS = frozenset((". ", "! ", "? ", "» "))


# A person's title beside their name: "le ministre de l'Économie, Bruno Le Maire,",
# "Bruno Le Maire, ministre de l'Économie,". Not in English, where the title before the
# name ("Labor Secretary Julie Su") is the cue of the person's role.
# Public offices named by their field, capitalised: the field is no party ("de
# l'Économie", "du Travail"); a company's officers are named by the company, a party.
_TITLE_FR = (
    r"(?:ministre|secrétaire\s+d['’]État|commissaire(?:\s+européen(?:ne)?)?|gouverneur)"
    r"(?:\s+(?:délégué(?:e)?|chargé(?:e)?))?"
    r"\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’]|à\s+la\s+|au\s+|aux\s+)"
    r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:et\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+)?)?[\w’'-]+){0,3}"
)
_PERSON_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:de\s+|von\s+|van\s+|Le\s+|La\s+)?[A-ZÀ-Ý][\w’'-]+){1,2}"
_TITLES = {
    "fr": [
        re.compile(rf"{_LA_LE}\s*(?P<phrase>{_TITLE_FR})\s*,\s*(?P<name>{_PERSON_NAME})\s*[,.]"),
        re.compile(
            rf"(?P<name>{_PERSON_NAME})\s*,\s*(?:{_LA_LE}\s*)?(?P<phrase>{_TITLE_FR})\s*[,.]"
        ),
    ],
}


def _titles(
    text: str, language: str, resolve: Callable[[str], int | None], persons: frozenset[int]
) -> list[Periphrase]:
    """Titles given beside a person's name, when the title names no entity itself ("le PDG
    de Veolia" does: Veolia stays a party of its sentence)."""
    if not persons:
        return []
    found: list[Periphrase] = []
    for pattern in _TITLES.get(language, []):
        for match in pattern.finditer(text):
            person = resolve(match.group("name"))
            phrase = match.group("phrase").strip()
            if person is None or person not in persons:
                continue
            named = re.findall(r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*", phrase)
            if any(resolve(word) is not None for word in named):
                continue
            found.append(Periphrase(phrase, person, match.start("phrase")))
    return found


# Head nouns of institutions' names that a definite description may reuse.
INSTITUTION_HEADS = frozenset(
    """department ministry ministère commission authority autorité agency agence association
    court cour council conseil federation fédération union syndicat foundation
    fondation coalition consortium collective board tribunal institute institut committee
    comité family famille""".split()
)
_DEFINITE = {
    "fr": word_start("le", "la", "l'", "l’", "du", "au") + r"\s*",
    "en": _THE + r"\s+",
}


def _heads(text: str, language: str, heads: dict[str, int] | None) -> list[Periphrase]:
    """ "the department" after "the Commerce Department": the head noun alone, lower case."""
    if not heads:
        return []
    pattern = re.compile(
        _DEFINITE[language] + r"(?P<noun>" + "|".join(map(re.escape, heads)) + r")\b"
    )
    return [
        Periphrase(m.group("noun"), heads[m.group("noun")], m.start("noun"))
        for m in pattern.finditer(text)
    ]


def _named_in(name: str, resolve: Callable[[str], int | None]) -> Iterator[int]:
    """Every entity a leading part of ``name`` names: those ``_referent`` may look up."""
    words = name.split()
    for size in range(len(words), 0, -1):
        entity = resolve(" ".join(words[:size]))
        if entity is not None:
            yield entity


def _referent(
    name: str, resolve: Callable[[str], int | None], leaders: Callable[[], dict[int, int]]
) -> tuple[int | None, int | None]:
    """The entity a periphrase points to, and the person it goes through if any."""
    words = name.split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        cities = HQ_CITIES.get(candidate.casefold(), ())
        resolved = [e for e in (resolve(c) for c in cities) if e is not None]
        if len(set(resolved)) == 1:
            return resolved[0], None
        entity = resolve(candidate)
        if entity is not None:
            for company in LEADERS.get(surface_key(candidate), ()):
                led = resolve(company)
                if led is not None:
                    return led, entity
            return leaders().get(entity), entity
    return None, None


def find_government(text: str, language: str) -> list[str]:
    """ "Le gouvernement", "l'Etat danois", "the US government", "the Trump
    administration": parties even without a name, each named as the text first names it."""
    pattern = _GOVERNMENT.get(language)
    if pattern is None:
        return []
    if language == "fr":
        matches = list(matches_after(pattern, text, ("gouvernement",), _BEFORE_GOVERNMENT))
    else:
        matches = list(pattern.finditer(text))
    if language == "fr":
        matches.extend(
            m
            for m in matches_after(_NATIONAL_STATE, text, ("Etat", "État"), _ELISION)
            if _nation(m.group("origin")) is not None
        )
        # "l'administration Trump", as English writes "the Trump administration"
        matches.extend(matches_after(_LED_ADMINISTRATION, text, ("administration",), _ELISION))
        matches.sort(key=lambda m: m.start())
    return _first_of(_no_persons_government(m.group("phrase")) for m in matches)


def _no_persons_government(phrase: str) -> str:
    """ "le gouvernement de Giorgia Meloni" (or "d'Elisabeth Borne") is the government, no
    region's; in "le gouvernement critique", "le gouvernement indique", the word after is
    a verb, no nationality (those in -ique are known: "britannique")."""
    last = re.split(r"\s|['’]", phrase)[-1].casefold()
    if last in FIRST_NAMES or (last.endswith("ique") and not is_demonym(last)):
        return phrase.split(maxsplit=1)[0]
    return phrase


# "l'Etat danois", "l'État fédéral": the State of a nation, which French names as often
# as its government ("le gouvernement danois")
_BEFORE_GOVERNMENT = re.compile(r"\b(?:[Ll]e|[Dd]u|[Aa]u)\s+$")
_NATIONAL_STATE = re.compile(r"(?P<phrase>[EÉ]tat\s+(?P<origin>[a-zàâçéèêëîïôûùü-]{4,}))(?![\w-])")
_LED_ADMINISTRATION = re.compile(
    r"(?P<phrase>administration\s+[A-ZÀ-Ý][\w-]+)(?![\w'’-]|\s+[A-ZÀ-Ý])"
)
_ELISION = re.compile(r"(?<![\w'’])[Ll]['’]\s*$")
BARE_GOVERNMENTS = frozenset(("government", "gouvernement"))
"""The State named alone in French ("l'Etat", "l'État"): a name the government acts by."""


def _nation(word: str) -> str | None:
    """The nation a government's adjective names ("danois", "française": one each), "fédéral"
    for a federal one, None for any other word."""
    key = word.casefold()
    if key in FEDERAL_WORDS:
        return "fédéral"
    return _origin_key(key) if is_demonym(key) else None


def government_joins(governments: Sequence[str]) -> dict[str, str]:
    """Which government phrase each of ``governments`` stands for, by key, when it names
    the same government as one written before it; ``STATE_KEYS`` stand for the State
    named alone.

    "l'Etat danois" is "le gouvernement danois". A federal government, "le gouvernement"
    and "the government" are the one national government the text names, if it names one.
    In French, "l'Etat" alone is the one "Etat" of a nation the text names, else that one
    national government, else "le gouvernement": French news names its government by
    either word ("l'Etat actionnaire", "le gouvernement a annoncé").
    """
    nations: dict[str, str] = {}  # a nation, or a government's own key: its first phrase
    states: set[str] = set()  # the nations named as "Etat X"
    federal: list[str] = []
    bare: list[str] = []
    led: list[str] = []  # "le gouvernement Legault": named by its head
    joins: dict[str, str] = {}
    for phrase in governments:
        key = surface_key(phrase)
        head, _, rest = key.partition(" ")
        if not rest:
            bare.append(key)
            continue
        if phrase.split()[1][:1].isupper():
            if head == "gouvernement":
                led.append(key)
            continue  # "l'administration Trump" is no government "le gouvernement" names
        words = rest.split()
        if len(words) == 2 and words[0] in FEDERAL_WORDS:
            words = words[1:]  # "le gouvernement fédéral allemand": Germany's
        nation = (
            _nation(words[0])
            if len(words) == 1 and (head in STATE_KEYS or head in BARE_GOVERNMENTS)
            else None
        )
        if nation == "fédéral":
            federal.append(key)
            continue
        first = nations.setdefault(nation or key, key)
        if first != key:
            joins[key] = first
        if head in STATE_KEYS and nation is not None:
            states.add(nation)
    named = set(nations.values())
    if len(named) == 1:
        (one,) = named
        joins.update(dict.fromkeys((*federal, *bare, *STATE_KEYS), one))
    elif not named and federal:
        joins.update(dict.fromkeys((*federal[1:], *bare, *STATE_KEYS), federal[0]))
    elif not named and len(led) == 1:
        # the one government the text names by its head, where it names none by its nation
        joins.update(dict.fromkeys((*bare, *STATE_KEYS), led[0]))
    elif not named and bare:
        joins.update(dict.fromkeys(STATE_KEYS, bare[0]))
    if len(states) == 1:
        joins.update(dict.fromkeys(STATE_KEYS, nations[next(iter(states))]))
    return joins


# Groups that act in the news under a bare plural: "les créanciers refusent", "the
# unions oppose". Listed only when they take part in a relation (see pipeline).
BARE_COLLECTIVES = {
    "fr": (
        "créanciers",
        "actionnaires",
        "agriculteurs",
        "éleveurs",
        "cheminots",
        "contrôleurs",
        "pilotes",
        "eurodéputés",
        "députés",
        "sénateurs",
        "maires",
        "élus",
        "parlementaires",
        "clubs",
        "[EÉ]tats membres",
        "pharmaciens",
        "distributeurs",
        "grévistes",
    ),
    "en": (
        "unions",
        "creditors",
        "shareholders",
        "farmers",
        "bondholders",
        "member states",
        "merchants",
        "lawmakers",
        "senators",
        "campaigners",
        "clubs",
        "pilots",
        "attorneys general",
    ),
}
# English groups may take a nationality or one of a few qualifiers before the noun:
# "German carmakers", "privacy campaigners", "state attorneys general".
_EN_GROUP_QUALIFIERS = (
    "privacy|consumer|state|ocean|labor|labour|online|independent|local|small|rival|"
    "Democratic|Republican|"
    "qualified|European|American|Chinese|German|French|British|Japanese|Korean|Indian|"
    "Italian|Spanish|Dutch|Swiss|Canadian|Australian|US|EU|UK"
)
# plural-looking words that are no adjective after a group's noun ("les actionnaires lors
# de l'assemblée")
_NOT_A_FUNCTION_WORD = r"(?!(?:" + "|".join(PLURAL_SHAPED_FUNCTION_WORDS) + r")\b)"
# (the French form matches from the noun: ``find_bare_collectives`` checks the article)
_BARE = {
    "fr": re.compile(
        r"(?P<phrase>(?:"
        + "|".join(BARE_COLLECTIVES["fr"])
        # with the plural adjective or the complement that may follow: "les éleveurs
        # laitiers", "les créanciers de Casino"
        + r")(?:\s+"
        + _NOT_A_FUNCTION_WORD
        + r"[a-zéèêàç]{3,}[sx](?=[\s,.;:])"
        # not an infinitive: "interdisant aux grévistes de bloquer l'accès"
        r"|\s+(?:de|des|d['’])\s*(?![a-zéèêàç-]+(?:er|ir|re)\b)[\w-]+)?)"
        r"(?!\s+(?:de|d['’]|du|des)\s)"
    ),
    "en": re.compile(
        r"(?<![\w-])(?P<phrase>(?:(?:"
        + _EN_GROUP_QUALIFIERS
        + r")\s+(?:EV\s+)?)?(?:"
        + "|".join(BARE_COLLECTIVES["en"])
        + r")|(?:"
        + _EN_GROUP_QUALIFIERS
        # generic plurals only with a qualifier: "Chinese EV makers", "ocean carriers",
        # "qualified competitors"
        + r")\s+(?:EV\s+)?(?:makers|carmakers|automakers|carriers|competitors|retailers"
        r"|investors|workers|authorities))\b(?!\s+(?:of|at)\s)",
        re.IGNORECASE,
    ),
}


_BEFORE_BARE_GROUP = re.compile(r"\b(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es)\s+$")
_BEFORE_GROUP = re.compile(r"\b(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Ll]eurs)\s+$")
# Coalitions named by a singular noun: "l'intersyndicale" (the unions acting together)
_SINGULAR_COLLECTIVES = {"fr": re.compile(r"(?<![\w'’])[Ll]['’](?P<phrase>intersyndicale)\b")}
_SINGULAR_OPENINGS = tuple(f"{article}{mark}intersyndicale" for article in "lL" for mark in "'’")


# A company's own people or holders, named by the company: "Britvic shareholders",
# "Sabadell's shareholders", "WestJet mechanics", "Revlon lenders"
_HOLDERS = (
    "shareholders|stockholders|bondholders|holders|creditors|lenders|employees|workers"
    "|staff|mechanics|engineers|pilots|drivers"
)
# read back from each holder noun (a whole-text scan would try every capital)
_HOLDER = re.compile(rf"\b(?:{_HOLDERS})\b")
_OWNED_GROUP = re.compile(
    r"(?<![\w'’-])(?P<phrase>(?:[A-Z][\w&.+-]*[\w&+]\s+){0,3}[A-Z][\w&.+-]*[\w&+]"
    r"(?:['’]s)?\s+)$"
)


def find_owned_groups(text: str, language: str) -> list[str]:
    """The groups a text names by the company they hold or work for, in English, each
    as the text first writes it, without a sentence's opening article ("The Teck
    shareholders")."""
    if language != "en":
        return []
    found = []
    for holder in _HOLDER.finditer(text):
        match = _OWNED_GROUP.search(text, max(0, holder.start() - 160), holder.start())
        if match is None:
            continue
        phrase = text[match.start("phrase") : holder.end()]
        first, _, rest = phrase.partition(" ")
        if first.casefold() in STOPWORDS:
            phrase = rest
        head = phrase.split(maxsplit=1)[0].casefold()
        # "Japanese lenders", "U.S. workers": a nationality's or a country's, no company's
        if head not in STOPWORDS and not is_demonym(head) and head.rstrip(".") not in COUNTRY_KEYS:
            found.append(phrase)
    return _first_of(found)


def find_bare_collectives(text: str, language: str) -> list[str]:
    """The bare plural groups the text names ("les créanciers", "the unions"), and the
    coalitions it names by a singular noun ("l'intersyndicale")."""
    pattern = _BARE.get(language)
    if pattern is None:
        return []
    singular = _SINGULAR_COLLECTIVES.get(language)
    if language == "fr":
        # "[EÉ]tats membres" is found from both its spellings
        nouns = [n for n in BARE_COLLECTIVES["fr"] if n[:1] != "["] + ["Etats", "États"]
        found = _first_phrases(matches_after(pattern, text, nouns, _BEFORE_BARE_GROUP))
    else:
        found = _first_phrases(pattern.finditer(text))
    if singular is not None:
        found += _first_phrases(finditer_from(singular, text, _SINGULAR_OPENINGS))
    return found


# The unions, which French news names by their common noun ("les syndicats dénoncent"),
# with what says whose or which: "les syndicats de Cora", "les syndicats italiens de la
# métallurgie", "les syndicats de pilotes de SAS", "les organisations syndicales".
_PLURAL_ADJECTIVE = r"(?!(?:trois|deux|parties)\b)[a-zàâçéèêëîïôûùü][a-zàâçéèêëîïôûùü-]{2,}[sx]\b"
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)"
_OF_NAME = r"[A-ZÀ-Ý][\w&’'-]*(?:\s+[A-ZÀ-Ý][\w&-]*){0,2}"
_UNION_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Ll]eurs|[Ss]es)\s+$")
_UNIONS = re.compile(
    r"(?P<phrase>organisations\s+syndicales\b|syndicats"
    rf"(?:\s+(?P<adjective>{_PLURAL_ADJECTIVE}))?"
    rf"(?:\s+{_OF}(?:(?P<name>{_OF_NAME})|(?P<noun>[a-zàâçéèêëîïôûùü][\w-]{{2,}})"
    rf"(?:\s+(?P<noun_adjective>{_PLURAL_ADJECTIVE}))?(?:\s+{_OF}(?P<whose>{_OF_NAME}))?))?)"
)


def find_unions(text: str, language: str) -> list[str]:
    """The unions a French text names by the common noun, each phrase as first written
    (English names its unions: "Unite", "the Teamsters")."""
    if language != "fr":
        return []
    return _first_of(
        _union_phrase(m)
        for m in matches_after(_UNIONS, text, ("syndicats", "organisations"), _UNION_DETERMINER)
    )


def _union_phrase(match: re.Match[str]) -> str:
    """The phrase up to its last word that says which unions: a function word taken for
    an adjective or a noun ("les syndicats sans ...", "les syndicats de ce ...") ends it."""
    phrase = match.group("phrase")
    end = match.end("phrase")
    for group in ("noun_adjective", "noun", "adjective"):
        word = match.group(group)
        if word is not None and word.casefold() in STOPWORDS:
            end = match.start(group)
    if end == match.end("phrase"):
        return phrase
    kept = match.string[match.start("phrase") : end].split()
    while kept and (kept[-1].casefold() in STOPWORDS or kept[-1][-1:] in "'’"):
        kept.pop()  # the preposition left before the word cut
    return " ".join(kept)


# The agreement a union and an employer reach before members vote on it: "the tentative
# agreement", "a tentative deal", "the tentative contract". Labour stories make it a party
# (members ratify or reject it); each such phrase of an article names the one agreement.
_TENTATIVE = re.compile(
    r"(?<=\s)tentative\s+(?:(?:labou?r|wage|contract|five-year|four-year|three-year)\s+)?"
    r"(?:agreement|deal|contract|accord|pact)\b"
)
_TENTATIVE_DETERMINER = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?:new|first|second|revised"
    r"|latest|earlier|initial)\s+)?$"
)


def find_tentative_agreements(text: str, language: str) -> list[str]:
    """The tentative agreements an English text names, each phrase as first written."""
    if language != "en":
        return []
    return _first_of(
        m.group() for m in matches_after(_TENTATIVE, text, ("tentative",), _TENTATIVE_DETERMINER)
    )


# A works council, named by its company or not: "le comité d'entreprise de Commerzbank",
# "le comité central d'entreprise de Bosch Mobility", "le comité social et économique"
_WORKS_COUNCIL_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Ll]e|[Dd]u|[Aa]u|[Uu]n)\s+$")
_WORKS_COUNCIL = re.compile(
    r"(?P<phrase>comité\s+(?:central\s+)?d['’]\s*entreprise"
    r"|comité\s+social\s+et\s+économique(?:\s+central)?)(?P<whose>\s+(?:de\s+|d['’]\s*)"
    r"[A-ZÀ-Ý][\w&’'-]*(?:\s+(?:(?:and|&)\s+)?[A-ZÀ-Ý][\w&-]*){0,3})?"
)


def find_works_councils(text: str, language: str) -> list[str]:
    """The works councils a French text names, each as first written, with the company
    whose it is where the text says so."""
    if language != "fr":
        return []
    return _first_of(
        " ".join(text[m.start("phrase") : m.end()].split())
        for m in matches_after(_WORKS_COUNCIL, text, ("comité",), _WORKS_COUNCIL_DETERMINER)
    )


def find_collectives(text: str, language: str) -> list[str]:
    """Collective parties the article names at least twice, most frequent first."""
    pattern = _COLLECTIVE.get(language)
    if pattern is None:
        return []
    counts: Counter[str] = Counter()
    surfaces: dict[str, str] = {}
    matches = (
        matches_after(pattern, text, _COLLECTIVE_NOUNS_FR, _BEFORE_GROUP)
        if language == "fr"
        else pattern.finditer(text)
    )
    for match in matches:
        key = surface_key(match.group("phrase"))
        counts[key] += 1
        surfaces.setdefault(key, match.group("phrase"))
    return [surfaces[key] for key, count in counts.most_common() if count >= 2]


def main_party(
    counts: Sequence[int], candidates: Sequence[int], headlined: Collection[int] = ()
) -> int | None:
    """The entity among ``candidates`` the article is clearly about: the most mentioned,
    named at least three times and twice as often as any other, or more often than any
    other and alone of the two in the headline (``headlined``); else None, for a
    description shared by two protagonists ("the company") names neither for sure."""
    ranked = sorted(candidates, key=lambda index: -counts[index])
    if not ranked or counts[ranked[0]] < 3:
        return None
    if len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]:
        first, second = ranked[0], ranked[1]
        if not (counts[first] > counts[second] and first in headlined and second not in headlined):
            return None
    return ranked[0]
