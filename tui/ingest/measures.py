"""The measure an article is about, as a party: "la taxe sur le streaming musical",
"l'arrêté", "la clause de sauvegarde", "the stop-work order", "the countervailing duties".

Policy articles relate companies, unions and regulators to a tax, a decree, a bill or an
order more than to each other ("Spotify dénonce la taxe", "the judge blocked the order").
A measure is named by its head noun and what qualifies it ("taxe sur le streaming
musical", "countervailing duties") and referred to by its head alone ("la taxe", "cet
arrêté", "the order"). Only the one measure the article is about becomes a party: the head
named and referred to at least three times, twice as often as any other head. Its naming
phrases are its names, its head nouns its aliases.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from tui.ingest.deals import Deal
from tui.ingest.lexicon import (
    FRENCH_MONTHS,
    PLURAL_SHAPED_FUNCTION_WORDS,
    STOPWORDS,
    is_role_word,
)
from tui.ingest.patterns import finditer_from, matches_after
from tui.model import EntityKind

# Head nouns ("droits de douane" and "duties" are plural nouns); "texte" only refers back
_HEADS = {
    "fr": [
        *(
            "taxe surtaxe arrêté décret clause pétition moratoire amendement redevance "
            "interdiction ordonnance texte"
        ).split(),
        "proposition de loi",
        "projet de loi",
        "droits de douane",
    ],
    "en": "tax levy duties tariffs ban bill order injunction surcharge moratorium fee".split(),
}
_TEXT_HEADS_FR = frozenset(("arrêté", "décret", "proposition de loi", "projet de loi"))
_OPENINGS = {
    language: [form for head in heads for form in (head, head[0].upper() + head[1:])]
    for language, heads in _HEADS.items()
}
_HEAD = {
    language: re.compile(
        r"(?<![\w-])(?:"  # after an elision too: "l'arrêté"
        + "|".join(f"[{h[0]}{h[0].upper()}]{re.escape(h[1:])}" for h in heads)
        + r")(?![\w'’-])"
    )
    for language, heads in _HEADS.items()
}

_WORD_FR = r"[a-zéèêëàâçôîïûù][a-zéèêëàâçôîïûù'’-]+"
# a lower-case word, not one that would turn the phrase into a clause or a comparison
_NOUN_FR = (
    r"(?!(?:plus|moins|même|très|pas|est|sont|a|ont|qui|que|dont|ne|se|sa|son|ses|leur|"
    r"leurs|ce|cette|ces|la|le|les|l|un|une|des|du|de|d)\b)" + _WORD_FR
)
_ADJECTIVE_FR = (
    r"(?:anti-[\w-]+|[a-zéèêàç-]+(?:ale?s?|aux|iques?|elles?|el|ifs?|ives?|aires?|ières?|"
    r"iers?|aines?|ain|éennes?|éens?))"
)
_PREPOSITION_FR = (
    r"(?:de|du|des|d['’]|sur|contre|pour|dans|au|aux|à|visant\s+à|relati(?:f|ve|fs|ves)\s+"
    r"(?:à|au|aux))"
)
_DETERMINER_FR = r"(?:la|le|les|l['’])"
_PRENOMINAL_FR = r"(?:(?:grande?s?|petite?s?|nouvelles?|nouveaux?|longues?|hautes?)\s+)?"
_COMPLEMENT_FR = (
    rf"(?:\s+{_PREPOSITION_FR}\b(?:\s+{_DETERMINER_FR}\b|\s+)?|\s+{_DETERMINER_FR}\b\s*)"
    rf"\s*{_PRENOMINAL_FR}{_NOUN_FR}(?:\s+{_ADJECTIVE_FR}\b)?"
)
# What qualifies a French head, after it: "sur le streaming musical", "anti-shrinkflation"
_QUALIFIER_FR = re.compile(rf"(?:\s+{_ADJECTIVE_FR}\b)?(?:{_COMPLEMENT_FR}){{0,5}}")
# ... and an English head, before it: the word of "countervailing duties", "the stop-work
# order", "an executive order"; no article, verb or preposition ("imposed duties")
_QUALIFIER_EN = re.compile(
    r"(?<![\w'’-])(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|new|"
    r"such|any|no|other|same|first|last|second|further|final|federal|court|judge|and|"
    r"or|of|to|in|on|for|with|by|as|at|from|is|was|be|been|has|had|have)\b)"
    r"(?![a-z-]*ed\b|(?:imposing|levying|cent|percent|per)\b)[a-z][a-z-]+\s+$"
)
# A French law, directive or regulation named by what it is about, which the press writes
# in lower case: "la loi sur le devoir de vigilance", "la loi du 29 juillet 1881 sur la
# liberté de la presse", "la loi de finances pour 2025", "la directive européenne de 2000
# sur les véhicules hors d'usage", "le règlement général sur la protection des données";
# and a ruling named by a party to it: "l'arrêt Bosman". Each is a text (a ruling an
# event) that the article takes a position on, listed wherever it is named. Laws named
# after a person or a word in capitals ("la loi Macron", "la loi Pacte") are names.
_MONTHS_FR = "|".join(FRENCH_MONTHS)
_DAY_FR = rf"\d{{1,2}}(?:er)?\s+(?:{_MONTHS_FR})\s+(?:1[89]|20)\d\d\b"
_YEAR_FR = r"(?:1[89]|20)\d\d\b"
# after a plural noun, any plural word that is no function word agrees with it: an
# adjective ("les subventions étrangères"), where a verb would end in -ent
_PLURAL_AGREEING_FR = (
    r"(?<=[sx])\s+(?!(?:" + "|".join(PLURAL_SHAPED_FUNCTION_WORDS) + r")\b)"
    r"[a-zéèêëàâçôîïûù][a-zéèêëàâçôîïûù-]{2,}[sx]"
)
_TITLE_ADJECTIVE_FR = rf"(?:\s+(?:{_ADJECTIVE_FR}|publi(?:c|que)s?)\b|{_PLURAL_AGREEING_FR}\b)"
# what the text is about: "de finances", "sur le dialogue social", "relative à
# l'organisation", "de la Sécurité sociale" (a capitalised noun), "hors d'usage"
_ABOUT_FR = (
    rf"\s+(?:{_PREPOSITION_FR}|avec|entre)\b(?:\s+{_DETERMINER_FR}\b|\s+)?\s*{_PRENOMINAL_FR}"
    rf"(?:{_NOUN_FR}|[A-ZÉ][a-zéèêëàâçôîïûù'’-]+)(?:{_TITLE_ADJECTIVE_FR}){{0,2}}"
    r"|\s+hors\s+d['’][a-zé]+"
)
# ... and more of it: "et la continuité du service public", "et à la régulation des
# transports", "et réguler l'espace numérique", "pour 2024", "de 2000"
_MORE_FR = (
    rf"{_ABOUT_FR}|\s+{_DETERMINER_FR}\b\s*{_NOUN_FR}{_TITLE_ADJECTIVE_FR}?"
    rf"|\s+et\s+(?:(?:à|de|du|des)\s+)?(?:{_DETERMINER_FR}\b\s*)?{_NOUN_FR}"
    rf"{_TITLE_ADJECTIVE_FR}?(?:\s+{_DETERMINER_FR}\b\s*{_NOUN_FR}"
    rf"{_TITLE_ADJECTIVE_FR}?)?|\s+(?:pour|de|en)\s+{_YEAR_FR}"
)
# what comes before a text's head: "la loi", "cette directive", "projet de loi", "du
# règlement", "l'arrêt"
_BEFORE_TEXT_FR = re.compile(
    r"(?:(?<![\w'’-])(?P<determiner>[Ll]a|[Cc]ette|[Ll]e|[Cc]e|[Dd]u|[Aa]u)\s+"
    r"|(?P<bill>(?:[Pp]rojet|[Pp]roposition)\s+de\s+)|(?<![\w-])(?P<elision>[Ll]['’]))$"
)
_NAMED_TEXT_FR = re.compile(
    r"(?P<head>loi|directive|règlement(?=\s+(?:européen|général|sur)\b))(?![\w'’-])"
    rf"(?P<qualifier>{_TITLE_ADJECTIVE_FR}?"
    # an acronym or a name in camel case after the adjective: "la directive européenne
    # ePrivacy", "la directive NIS2"
    r"(?:[ \t]+(?:[a-z]+[A-Z][\w-]*|[A-Z][A-Z0-9-]+\b))?"
    rf"(?:\s+(?:du|de)\s+{_DAY_FR}|\s+(?:du|de)\s+{_YEAR_FR}(?={_ABOUT_FR}))?"
    rf"(?:(?:{_ABOUT_FR})(?:{_MORE_FR}){{0,6}})?)"
    r"|(?P<ruling>arrêt\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
# which head each opening may come before
_HEADS_AFTER = {
    "determiner": {
        "la": ("loi", "directive"),
        "cette": ("loi", "directive"),
        "le": ("règlement",),
        "ce": ("règlement",),
        "du": ("règlement",),
        "au": ("règlement",),
    },
    "bill": ("loi", "directive"),
    "elision": ("arrêt",),
}
_INFINITIVE = re.compile(r"\s+d(?:e\s+|['’])\s*[a-zéèêë]+(?:er|ir|re)\b")


def find_named_texts(text: str, language: str) -> list[tuple[str, EntityKind]]:
    """The French laws, directives, regulations and rulings named by what they are about
    (see ``_NAMED_TEXT_FR``), each once, as first written, with its kind. A head with no
    more than an adjective ("la directive européenne") or a year ("la loi de 2017") names
    none."""
    if language != "fr":
        return []
    found: dict[str, tuple[str, EntityKind]] = {}
    for match in matches_after(_NAMED_TEXT_FR, text, _NAMED_TEXT_HEADS, _BEFORE_TEXT_FR):
        before = _BEFORE_TEXT_FR.search(text, max(0, match.start() - 24), match.start())
        head = match.group("head") or match.group("ruling").split()[0]
        if before is None or head not in _heads_after(before):
            continue  # "le loi", "la règlement", "l'arrêt" of a verb ("s'arrêter")
        if match.group("ruling"):
            phrase, kind = match.group("ruling"), EntityKind.EVENT
            if phrase.split()[1].casefold() in STOPWORDS:
                continue  # "l'arrêt La ..."
        else:
            qualifier = match.group("qualifier")
            if not _ADJECTIVE_ONLY.sub("", qualifier, count=1).strip():
                continue  # "la directive européenne"
            if _INFINITIVE.match(qualifier):
                continue  # "permettre à la loi d'éclairer le choix"
            bill = before.group("bill")
            opening = " ".join(bill.split()) + " " + head if bill else head
            phrase, kind = _without_authors(opening, qualifier), EntityKind.OTHER
            if phrase == opening:
                continue  # "la loi de la sénatrice": no title
        phrase = " ".join(phrase.split())
        found.setdefault(phrase.casefold(), (phrase, kind))
    return list(found.values())


def _heads_after(before: re.Match[str]) -> tuple[str, ...]:
    if before.group("determiner"):
        return _HEADS_AFTER["determiner"][before.group("determiner").casefold()]
    return _HEADS_AFTER["bill" if before.group("bill") else "elision"]


def _without_authors(head: str, qualifier: str) -> str:
    """The title without who wrote or carries it: "la loi sur la programmation énergétique
    du sénateur", "la loi du gouvernement"."""
    words = (head + qualifier).split()
    for index, word in enumerate(words):
        word = word.casefold().split("’")[-1].split("'")[-1]
        if index >= len(head.split()) and (is_role_word(word) or word in _AUTHORS):
            words = words[:index]
            while words and (words[-1].casefold() in STOPWORDS or words[-1][-1] in "'’"):
                words.pop()
            break
    return " ".join(words)


_AUTHORS = frozenset(("gouvernement", "exécutif", "majorité", "opposition"))
_ADJECTIVE_ONLY = re.compile(rf"^{_TITLE_ADJECTIVE_FR}")
_NAMED_TEXT_HEADS = ("loi", "directive", "règlement", "arrêt")


# The determiner of a head that refers back: "la taxe", "cet arrêté", "the (new) duties"
_DETERMINED = {
    "fr": re.compile(
        r"(?<![\w'’-])(?:(?:[Ll]a|[Ll]e|[Ll]es|[Cc]ette|[Cc]et|[Cc]e|[Cc]es)\s+|[Ll]['’])$"
    ),
    "en": re.compile(r"(?<![\w'’-])(?:[Tt]he|[Tt]his|[Tt]hese)\s+(?:new\s+)?$"),
}
_MIN_MENTIONS = 3


def find_measures(text: str, language: str) -> list[Deal]:
    """The measure the text is about, if there is one clear one (see the module)."""
    head_pattern = _HEAD.get(language)
    if head_pattern is None:
        return []
    namings: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    references: dict[str, list[tuple[int, int]]] = defaultdict(list)
    determined = _DETERMINED[language]
    for match in finditer_from(head_pattern, text, _OPENINGS[language]):
        head = _head(match.group())
        start, end = match.span()
        named: tuple[int, int] | None = None
        if language == "fr":
            qualifier = _QUALIFIER_FR.match(text, end)
            if qualifier is not None and qualifier.end() > end:
                named = (start, qualifier.end())
        else:
            before = _QUALIFIER_EN.search(text, max(0, start - 30), start)
            if before is not None:
                named = (before.start(), end)
        if named is not None and head != "texte":
            namings[head].append((*named, end))
            phrases[head][" ".join(text[named[0] : named[1]].split())] += 1
        elif determined.search(text, max(0, start - 12), start):
            references[head].append((start, end))
    counts = Counter(
        {
            head: len(namings[head]) + len(references[head])
            for head in {*namings, *references}
            if head != "texte"
        }
    )
    if not counts:
        return []
    texts = [head for head, _ in counts.most_common() if head in _TEXT_HEADS_FR]
    if texts and references["texte"]:
        # "le texte" is the text the article names most
        counts[texts[0]] += len(references["texte"])
    ranked = counts.most_common()
    head, count = ranked[0]
    if count < _MIN_MENTIONS or (len(ranked) > 1 and count < 2 * ranked[1][1]):
        return []
    nouns = [head]
    refers = list(references[head])
    if texts and head == texts[0] and references["texte"]:
        refers += references["texte"]
        nouns.append("texte")
    if not phrases[head]:
        # referred to only ("l'arrêté", "the order"): named by its head
        return [
            Deal(
                names=(head,),
                parties=frozenset(),
                named=(),
                heads=(),
                references=tuple(sorted(refers)),
                nouns=tuple(nouns),
                kind=EntityKind.OTHER,
            )
        ]
    name = phrases[head].most_common(1)[0][0]
    # the other naming phrases that say the same more or less fully ("la taxe sur le
    # streaming" and "la taxe sur le streaming musical"), not another measure of the kind
    names = [name] + [
        p for p in phrases[head] if p != name and (p.startswith(name) or name.startswith(p))
    ]
    own = [s for s in namings[head] if " ".join(text[s[0] : s[1]].split()) in names]
    return [
        Deal(
            names=tuple(names),
            parties=frozenset(),
            named=tuple((s, e) for s, e, _ in own),
            heads=tuple((s, h) for s, _, h in own),
            references=tuple(sorted(refers)),
            nouns=tuple(nouns),
            kind=EntityKind.OTHER,
        )
    ]


# Heads that name the same measure: "the duties" are "the tariffs" the text imposes
_SAME_HEAD = {"tariffs": "duties", "levy": "duties", "surtaxe": "taxe"}


def _head(word: str) -> str:
    head = " ".join(word.casefold().split())
    return _SAME_HEAD.get(head, head)
