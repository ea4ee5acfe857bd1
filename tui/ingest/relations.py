"""Relations from cues: a cue word between two parties, typed, directed and qualified.

For each cue of the lexicon found in the text, the parties come from the same sentence:
the nearest mention before the cue is the actor and the nearest after it the recipient,
except in the passive ("X a été racheté par Y", "X was fined by Y"), after "entre A et
B" / "between A and B", and for coordinated subjects of a symmetric cue ("Microsoft and
OpenAI are partners"). A cue with no party on one side yields nothing: two names in one
sentence are never a relation by themselves. The sentence is the evidence; reporting
words, the conditional and plans set the modality; a negated cue is dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise, takewhile
from typing import NamedTuple

from tui.ingest.cues import (
    AWAITED_APPROVAL,
    BETWEEN,
    MODALITY_STEMS,
    NEGATION,
    OWNED_BODIES_FR,
    PARTICIPLE,
    PASSIVE_AGENT,
    PASSIVE_AUX,
    PRESSURE_FROM,
    SYMMETRIC,
    Cue,
    CuePattern,
    SentenceCues,
    compile_modalities,
)
from tui.ingest.gazetteer import COUNTRY_KEYS, MEDIA_KEYS, PLACES
from tui.ingest.lexicon import FEDERAL_WORDS, PLURAL_FOUNDERS, STOPWORDS, is_demonym, is_role_word
from tui.ingest.mentions import Found
from tui.ingest.patterns import finditer_from
from tui.ingest.tokens import PARTY_PARTICIPLES
from tui.model import EntityKind, Modality, RelationType

MAX_SENTENCE_CHARS = 5_000
"""Longest sentence searched for relations. Each cue is weighed against every party of its
sentence, so a "sentence" of a megabyte (a text without full stops) took minutes; no news
sentence comes near this length."""
MAX_LEFT = 160
MAX_RIGHT = 130
ROLE_REACH = 90
CLAUSE = {
    "fr": re.compile(
        r";|\s[–—]\s|\s(?:pour|afin|alors que|tandis que|mais|parce que|car|puisque|lorsque)\s",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r";|\s[–—]\s|\s(?:while|whereas|but|because|since|although|though|when)\s"
        # "... strike a deal as Intel cries foul": "as" before a named subject
        r"|\sas\s(?=(?:the\s)?[A-Z])",
        re.IGNORECASE,
    ),
}
# Between two parties of a list: "Oracle, SoftBank et MGX", "à Škoda JS et à son
# compatriote Doosan", "Google and its parent Alphabet".
_LIST_GAP = re.compile(
    r"^(?:\s+\w+)?\s*(?:,|\bet\b|\band\b|\bor\b|\bou\b)\s*"
    r"(?:(?:de|du|des|of|the|la|le|les|l['’]|d['’]|avec|with|à|au|aux|to)\s*)*"
    # "X and its partner Y", "X and its chief information security officer, Y"
    r"(?:(?:son|sa|ses|leur|leurs|its|their)\s+(?:[\w-]+\s+){0,4}?[\w-]+\s*,?\s*)?$",
    re.IGNORECASE,
)
# "as" opening a title: "stepped down as its interim chief executive"
_AS_TITLE = re.compile(
    r"\sas\s(?:(?:its|their|the|a|an|interim|acting|new|former)\s+)*"
    r"(?:[A-Z][\w&.-]*\s+){0,3}?(?:[A-Z][\w&.-]*['’]s\s+)?"
)
_TITLE_OF_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]")
# Verbs of saying, in the past (English, French compound past) and the French present
_SAYING_EN = r"said|says|told|added|explained|noted|stated|wrote"
_SAYING_FR_PAST = (
    r"précisé|déclaré|indiqué|expliqué|affirmé|souligné|ajouté|assuré|annoncé|confié|relevé"
    r"|rappelé|détaillé|commenté|martelé|insisté"
)
# A verb of saying after a comma: who follows is the speaker
_SAID_BY = re.compile(
    rf",\s*(?:(?:a|ont|avait|avaient)\s+(?:{_SAYING_FR_PAST})"
    r"|précise|déclare|indique|explique|affirme|souligne|ajoute|assure|confie|relève|rappelle"
    rf"|{_SAYING_EN})\b",
    re.IGNORECASE,
)
# A relative clause opened right before a cue ("X, which represents ...", "X, qui
# contrôle ..."), and the verb of the main clause past its closing comma ("..., accused
# Y", "..., a accusé Y")
_RELATIVE_OPENS = re.compile(r",\s*(?:which|who|qui)\s+(?:\S+\s+)?$", re.IGNORECASE)
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:(?:also|has|had|have)\s+)?[a-z]+ed\b"
    r"|,\s+(?:a|ont|avait|avaient)\s+(?:[a-zéèêû]+\s+)?[a-zéèêû]+(?:é|ée|és|ées|is|it|u)\b"
)
# A role cue of representing: those represented are named before a verb of saying
_REPRESENTS = re.compile(r"repr[eé]sent", re.IGNORECASE)
# Between the verb of saying and the speaker: a day, a title ("said on Monday", "a précisé
# la directrice financière, ", "said Ada Roe")
_TITLE_GAP = re.compile(
    r"(?:\s+(?:on|late\s+on)\s+\w+)?\s*(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+\s*,\s*)?"
)
_SAYS_AFTER = re.compile(rf"\s+(?:{_SAYING_EN}|a\s+(?:{_SAYING_FR_PAST}))\b", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*(?:[\w'’-]+\s+){0,3}$")
_SPEAKER_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|on|at|during|lors|dans|au|à)\b)")
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:\w+\s+){0,2}$")
_TRANSACTIONS = r"deal|merger|takeover|bid|offer|acquisition|purchase"
_TRANSACTION_NOUN = re.compile(rf"(?:{_TRANSACTIONS})s?$", re.IGNORECASE)
# A cue that names an act, not the one who acts: after a possessive, the owner acts
_ACTION_NOUN = re.compile(
    rf"(?:tion|sion|ment|ship|suit|probe|case|ban|fine|{_TRANSACTIONS})s?$", re.IGNORECASE
)
_REGULATORY = frozenset({RelationType.INVESTIGATION, RelationType.SANCTION})
# "Selon Le Figaro, ...", "according to Reuters": a source cited is not a party; nor is
# the place where something happens ("in Texas").
_SOURCE = {
    "fr": re.compile(
        r"(?:\bselon|\bd['’]après|\brapporté\w*\s+par|\brévélé\w*\s+par|\bconsulté\w*\s+par"
        r"|\bobtenu\w*\s+par|\banalystes?\s+(?:de|d['’]|chez)"
        # "sollicité par franceinfo", "aux sollicitations du Monde": a paper asking questions
        r"|\b(?:sollicité|contacté|interrogé)\w*\s+par|\bsollicitations?\s+(?:de|du|d['’])"
        # "dans un entretien au Monde", "une interview accordée aux Echos"
        r"|\b(?:entretien|interview|déclarations?)\s+(?:accordée?s?\s+)?(?:à|au|aux)"
        # "un message publié sur X", "sur son réseau social X": where it was said
        r"|\b(?:publié\w*|messages?|vidéos?|écrit|tweet\w*|post\w*)\s+sur"
        r"|\bréseau\s+social"
        # "a assuré à l'AFP", "a confié au Parisien": whom a speaker told, a paper
        r"|\b(?:a|ont|avait|avaient|a-t-il|a-t-elle)\s+(?:assuré|déclaré|confié|indiqué"
        r"|expliqué|précisé|affirmé|raconté|souligné|estimé)\s+(?:à|au|aux))"
        r"(?:\s+(?:le|la|les|l['’]|son|sa))?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\baccording\s+to|\breported\s+by|\bseen\s+by|\bobtained\s+by|\breviewed\s+by"
        r"|\banalysts?\s+at|\bcontacted\s+by|\brequests?\s+for\s+comment\s+from"
        # "in a statement to TechCrunch", "in an interview with the BBC"
        r"|\b(?:statements?|comments?|interviews?|remarks)\s+(?:to|with)"
        # "in a post on X", "wrote on LinkedIn": where it was said
        r"|\b(?:posts?|posted|wrote|videos?|tweets?|tweeted|messages?)\s+(?:on|to))"
        r"(?:\s+the)?\s*$",
        re.IGNORECASE,
    ),
}
# "its Texas plant": a place used as an adjective is where, not who.
# ("its U.S. plant": after the dot of "U.S."), not a verb ("the U.S. sued X").
_ATTRIBUTIVE = re.compile(
    r"\.?(?:\s+|-)(?![a-z]+ed\b|(?:is|was|has|had|will|would|says|wants|plans|could|may"
    r"|might|must|should|can)\b)[a-z]"
)
# "its Texas plant", "the Paris office": a place before a noun, after a determiner, says
# where; "China criticized ..." has none, and the place acts.
# "the largest U.S. crypto exchange", "the four dominant U.S. airlines": a ranking may
# come between the determiner and the place.
_DETERMINED = re.compile(
    # "the £15bn UK merger": an amount determines the noun as well
    r"(?:\b(?:the|its|their|his|her|our|a|an)|['’]s|[$€£][\d.,]+\s*(?:bn|billion|mn|m|million)?)\s+"
    r"(?:(?:largest|biggest|main|major|leading|top|dominant|other|two|three|four|five)\s+){0,2}$",
    re.IGNORECASE,
)
# A word of each alternative of ``_SOURCE``, case folded: a window without any of them
# cites no source
_SOURCE_NEEDLES = {
    "fr": (
        "selon",
        "après",
        "rapport",
        "révél",
        "consult",
        "obtenu",
        "analyst",
        "sollicit",
        "contact",
        "interrog",
        "entretien",
        "interview",
        "déclaration",
        "publi",
        "message",
        "vidéo",
        "écrit",
        "tweet",
        "post",
        "réseau",
        "assuré",
        "déclaré",
        "confié",
        "indiqué",
        "expliqué",
        "précisé",
        "affirmé",
        "raconté",
        "souligné",
        "estimé",
    ),
    "en": (
        "according",
        "reported",
        "seen",
        "obtained",
        "reviewed",
        "analyst",
        "contact",
        "comment",
        "statement",
        "interview",
        "remark",
        "post",
        "wrote",
        "video",
        "tweet",
        "message",
    ),
}
_LOCATION = {
    "fr": re.compile(
        r"(?:\bà|\ben|\bau|\baux|\bdans)(?:\s+(?:le|la|les|l['’]))?\s*$", re.IGNORECASE
    ),
    "en": re.compile(r"(?:\bin|\bat|\bnear)(?:\s+the)?\s*$", re.IGNORECASE),
}
# Between a place and the name it qualifies: one to three lower-case nouns ("US
# aerospace group Raytheon", "UK regulator Ofcom")
_QUALIFYING_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}")
# ... ending on the noun of what the name is, not on a verb ("China firmly opposed the US",
# "Canada accuses Zorblat")
_QUALIFIED_NOUNS = frozenset(
    """group company firm giant maker carmaker automaker chipmaker designer developer
    manufacturer producer supplier operator carrier airline lender bank insurer investor
    fund retailer regulator watchdog agency rival partner conglomerate startup utility
    miner broadcaster publisher""".split()
)


def _qualifies(text: str, start: int, end: int) -> bool:
    gap = _QUALIFYING_GAP.fullmatch(text, start, end)
    return gap is not None and gap.group().split()[-1] in _QUALIFIED_NOUNS


_QUOTE_MARKS = ("\u201c", "\u201d", "\u00ab", "\u00bb", '"')
# "à X de" and an infinitive: X is told or forbidden to do something
# An agreement two coordinated parties reach together
_AGREED = frozenset(
    {RelationType.COMMERCIAL_DEAL, RelationType.PARTNERSHIP, RelationType.CONCESSION}
)
_COORDINATED_PAIR = {
    "en": re.compile(r"\s+and\s+(?:the\s+)?"),
    "fr": re.compile(r"\s+et\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?"),
}
_REACHED = {
    "en": re.compile(
        r"\s+(?:(?:have|has|had|finally|on\s+\w+|late\s+on\s+\w+)\s+)*(?:reach(?:ed|es)?"
        r"|sign(?:ed|s)?|str(?:uck|ike|ikes)|conclud(?:ed|es)|clinch(?:ed|es)?"
        r"|agreed\s+(?:on|to)|finali[sz]ed|hammered\s+out|announced)\s+(?:\S+\s+){0,6}",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\s+(?:(?:ont|avaient|auraient|sont|ont\s+finalement)\s+)?(?:conclu\w*|sign\w+"
        r"|trouv\w+|scell\w+|paraph\w+|finalis\w+|annonc\w+)\s+(?:\S+\s+){0,6}"
        # the verb is the cue's own: "ont signé un accord"
        r"|\s+(?:ont|avaient|auraient)\s+",
        re.IGNORECASE,
    ),
}
# A deal noun right after another cue, as its object
_DEAL_OBJECT = {
    "en": re.compile(
        r"\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|contracts?"
        r"|settlements?|accords?)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\s+(?:l['’]|le\s+|ce\s+|cet\s+|les\s+|ces\s+)\s*(?:[\w-]+\s+){0,2}?(?:accords?"
        r"|contrats?|compromis|protocoles?)",
        re.IGNORECASE,
    ),
}
_OPPOSABLE = frozenset(
    {RelationType.COMMERCIAL_DEAL, RelationType.PARTNERSHIP, RelationType.INVESTMENT}
)
# Between "against" and the deal it opposes: "against the", "contre le projet de"
_OPPOSED_GAP = re.compile(
    r"\s+(?:the|this|that|its|their|le|la|les|ce|cette|ces|l['’]|du|de\s+la)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:(?:de|d['’])\s*)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
_WITH_AFTER = re.compile(r"\s+(?:\S+\s+){0,4}?(?:with|avec)\b", re.IGNORECASE)
# Sanctions named with whom they aim at, and the verbs of those who impose them
_AIMED_AT = {
    "fr": re.compile(
        r"\s+(?:[a-zéèêàç]+\s+){0,2}?(?:visant|contre|à\s+l['’]encontre\s+d|frappant)", re.I
    ),
    "en": re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:against|targeting|aimed\s+at|on)\b", re.I),
}
_IMPOSING = {
    "fr": re.compile(
        r"\b(?:impos|inflig|prononc|adopt|décid|décrét|pris|prend|menac|annonc|lev)\w*\s+(?:\S+\s+){0,4}$",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:impos|slap|levi|levy|adopt|announc|approv|threat|expand|extend|tighten)\w*\s+"
        r"(?:\S+\s+){0,4}$",
        re.I,
    ),
}
# An appeal whose object is then told what to do: the cue that follows is theirs
_URGED_TO = {
    "en": re.compile(
        r"\b(?:urg(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)|push(?:es|ed|ing)"
        r"|ask(?:s|ed|ing)|lobb(?:y|ies|ied|ying))\s+(?:\S+\s+){0,5}?to\s+$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:exhort\w*|appel(?:le|lent|é|ait|aient)|pouss\w+|invit\w+)\s+(?:\S+\s+){0,5}?à\s+$"
        r"|\bdemand\w*\s+(?:à|au|aux)\s+(?:\S+\s+){0,5}?de\s+$",
        re.IGNORECASE,
    ),
}
_TOLD_TO = re.compile(r"\s+(?:de\s+|d['’])(?:ne\s+pas\s+|se\s+|s['’])?\w+(?:er|ir|re)\b")
# Types that need two parties able to act (a law or a technology cannot sign a deal).
_BETWEEN_PARTIES = frozenset(
    {
        RelationType.PARTNERSHIP,
        RelationType.NEGOTIATION,
        RelationType.COMMERCIAL_DEAL,
        RelationType.INVESTMENT,
        RelationType.CONSULTATION,
        RelationType.COMPETITION,
        RelationType.TALENT_POACHING,
        RelationType.TERMINATION,
        RelationType.INVESTIGATION,
        RelationType.THREAT,
    }
)
_COORDINATION = {"fr": (" et ", ", "), "en": (" and ", ", ")}


class Directed(NamedTuple):
    """A party's choice for one cue: who acts (source), on whom (target), and how sure."""

    source: int
    target: int
    type: RelationType
    modality: Modality
    confidence: float
    quote: int


@dataclass(frozen=True, slots=True)
class Parse:
    """Direction from a dependency parse: cue offset -> (subject offset, object offset)."""

    arguments: dict[int, tuple[int | None, int | None]]


def find_relations(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
    parse: Parse | None = None,
    types: frozenset[RelationType] | None = None,
    deals: frozenset[int] = frozenset(),
    cues: SentenceCues | None = None,
) -> list[Directed]:
    """Every cue-backed relation of the text, one per cue and pair of parties.

    Only sentences that mention two different entities are searched for cues: nothing
    else can hold a relation. ``types`` limits the relations to some types; ``cues`` is
    the text's cue scan when another stage has begun it.
    ``deals`` are the deal entities, whose nouns are cues too ("X a annoncé
    l'acquisition de Y": X acquires Y).
    """
    if cues is None:
        cues = SentenceCues(text, language)
    pattern = cues.pattern
    ordered = sorted(mentions, key=lambda m: m.start)
    main_company = _most_named_company(ordered, kinds)
    courts = _courts(text, ordered, kinds)
    starts = [m.start for m in ordered]
    found: list[Directed] = []
    for position, (q_start, q_end) in enumerate(quotes):
        if q_end - q_start > MAX_SENTENCE_CHARS:
            continue
        lo = bisect.bisect_left(starts, q_start)
        hi = bisect.bisect_left(starts, q_end)
        # one mention can hold a relation only as a person's role in a company named before
        searched = hi - lo >= 2 or (
            hi > lo and _may_act_alone(text, q_start, q_end, ordered[lo], kinds[ordered[lo].entity])
        )
        sentence = cues.of(q_start, q_end) if searched else []
        if types is not None:
            sentence = [cue for cue in sentence if cue[2] in types]
        first_cue = sentence[0] if sentence else None
        owned = types is None and hi - lo >= 2 and _owning(text, q_start, q_end)
        if first_cue is None and not owned:
            continue
        # "owned by US aerospace group Raytheon": a country qualifying the name after it
        qualifying = {
            m.start
            for m, following in itertools.pairwise(ordered[lo:hi])
            if language == "en"
            and kinds[m.entity] is EntityKind.PLACE
            and _qualifies(text, m.end, following.start)
        }
        inside = [
            m
            for m in _outermost([m for m in ordered[lo:hi] if m.end <= q_end])
            if kinds[m.entity] is not EntityKind.MONEY
            and m.start not in qualifying
            and not cited_source(text, language, max(q_start, m.start - 32), m.start)
            and not asks_for_comment(text, m.end)
            and not told_paper(text, m.start, m.end)
            and not (m.entity in courts and _venue(text, language, q_start, m))
            and not (
                kinds[m.entity] is EntityKind.ORG
                and trading_floor(text, language, q_start, m.start, m.end)
            )
            and not (
                kinds[m.entity] is EntityKind.PLACE
                and (
                    (
                        (
                            where := _LOCATION[language].search(
                                text, max(q_start, m.start - 12), m.start
                            )
                        )
                        # "a interdit au Niger de vendre": whom it is asked of, not where
                        # (but "aux abonnés en France d'accéder": where they are)
                        and not (
                            where.group().casefold().startswith(("à", "au"))
                            and _TOLD_TO.match(text, m.end, min(q_end, m.end + 30))
                        )
                    )
                    or (
                        language == "en"
                        and _ATTRIBUTIVE.match(text, m.end)
                        and _DETERMINED.search(text, max(q_start, m.start - 30), m.start)
                    )
                    # a currency's country: "300 millions US", "2 milliards US"
                    or _AMOUNT_BEFORE.search(text, max(q_start, m.start - 12), m.start)
                )
            )
        ]
        if language == "en":
            inside, made, titles = _without_modifiers(text, inside, kinds)
            found.extend(
                Directed(maker, product, RelationType.ROLE, Modality.ASSERTED, 0.6, position)
                for maker, product in made
            )
            if titles:
                # "Microsoft invested in ChatGPT maker OpenAI": "maker" says whose
                # ChatGPT is, nothing of Microsoft
                sentence = [c for c in sentence if not any(s <= c[0] < e for s, e in titles)]
                first_cue = sentence[0] if sentence else None
        if owned:
            # "its Proteus robots", "OpenAI's GPT-4": ownership needs no cue word
            found.extend(_possessed_products(text, language, position, inside, kinds))
            found.extend(_persons_companies(text, position, inside, kinds))
        if first_cue is None:
            continue
        if len({m.entity for m in inside}) < 2:
            found.extend(
                _lone_person_role(text, language, pattern, position, inside, kinds, ordered, lo)
            )
            found.extend(
                _lone_party_acts(
                    text,
                    language,
                    sentence,
                    position,
                    (q_start, q_end),
                    inside,
                    kinds,
                    ordered,
                    lo,
                    found,
                )
            )
            continue
        found.extend(
            _sentence_relations(
                text,
                language,
                pattern,
                sentence,
                position,
                (q_start, q_end),
                inside,
                kinds,
                parse,
                partial(_body_before, text, ordered, lo, kinds),
                ordered[lo:hi],
                deals,
                main_company,
            )
        )
    return found


def _lone_person_role(
    text: str,
    language: str,
    pattern: CuePattern,
    position: int,
    inside: list[Found],
    kinds: Sequence[EntityKind],
    ordered: Sequence[Found],
    lo: int,
) -> list[Directed]:
    """ "Daniel Ek, the company's chief executive, said ...": a sentence naming one person
    and a role held in "the company" named before."""
    if not inside or kinds[inside[0].entity] is not EntityKind.PERSON:
        return []
    antecedent = _body_before(text, ordered, lo, kinds)
    if antecedent is None:
        return []
    person = inside[0]
    for cue_start, cue_end, relation_type in pattern.finditer(
        text, max(0, person.start - 60), person.end + 60
    ):
        if relation_type is not RelationType.ROLE:
            continue
        # "the company's chief executive", "le PDG de l'enseigne"
        if _anaphoric_role(text, language, inside, kinds, antecedent, cue_start) or _NOMINAL_OBJECT[
            language
        ].match(text, cue_end, min(len(text), cue_end + 60)):
            return [
                Directed(
                    person.entity,
                    antecedent,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.5,
                    position,
                )
            ]
    return []


# A rival given with a possessive: "Son concurrent allemand Bosch", "its rival Lyft".
_POSSESSIVE_RIVAL = re.compile(
    r"\b(?:son|sa|ses|leur|leurs|its|their)\s+(?:concurren|rival|compet)", re.IGNORECASE
)


_STANDS_FOR_EARLIER = {
    EntityKind.PERSON: re.compile(
        r"\b(?:its|their|son|sa|leur|the\s+(?:company|group|firm|bank|union|association|airline"
        r"|carrier|studio|lender|insurer|agency|regulator|watchdog)['’]s"
        r"|du\s+(?:groupe|syndicat)|de\s+la\s+(?:société|banque|entreprise|compagnie"
        r"|fédération)|de\s+l['’](?:association|enseigne))\s"
        # "Le PDG de l'enseigne, X", "the chief executive of the retailer, X"
        r"|\b(?:du|de\s+la|de\s+l['’]|of\s+the)\s*(?:enseigne|distributeur|assureur"
        r"|réassureur|compagnie|constructeur|opérateur|laboratoire|retailer|insurer|airline"
        r"|carrier|automaker|drugmaker|syndicat|association|fédération|confédération|union)\b",
        re.IGNORECASE,
    ),
    EntityKind.REGULATOR: re.compile(
        r"\b(?:l['’]|le|la|ce|cette|ces|les\s+deux|both|the|this|these|that)\s*(?:two\s+)?"
        r"(?:accords?|opérations?|rachats?|projets?|fusions?|acquisitions?|rapprochements?"
        r"|alliances?|partenariats?|opérateur|entreprises?|groupes?|sociétés?|agreements?"
        r"|deals?|mergers?|takeovers?|partnerships?|compan(?:y|ies)|firms?|groups?|operator)\b",
        re.IGNORECASE,
    ),
    EntityKind.ORG: _POSSESSIVE_RIVAL,
}


def _may_act_alone(text: str, q_start: int, q_end: int, mention: Found, kind: EntityKind) -> bool:
    """Whether a sentence naming one party may hold a relation with one named before: a
    person's role in "the company", a regulator's act on "l'opérateur", or a company given
    as "its rival". A quick look for those words spares the cue search elsewhere."""
    words = _STANDS_FOR_EARLIER.get(kind)
    if words is None:
        return False
    # only near the party: a role word beside the person, the act after the regulator,
    # "its rival" right before the company
    reach = _ALONE_REACH[kind]
    start = max(q_start, mention.start - reach[0])
    end = min(q_end, mention.end + reach[1])
    return words.search(text, start, end) is not None


_ALONE_REACH = {
    EntityKind.PERSON: (60, 60),
    EntityKind.REGULATOR: (0, 160),
    EntityKind.ORG: (40, 0),
}


_LONE_TYPES = frozenset(
    {RelationType.INVESTIGATION, RelationType.SANCTION, RelationType.COMPETITION}
)
# The object of a regulator's action, or a rival's owner, given by a noun phrase that
# stands for what was named before: "l'opérateur", "the agreement", "both companies".
_ANAPHORIC_OBJECT = {
    "fr": re.compile(
        r"\s*(?:\S+\s+){0,2}?(?:(?P<both>les\s+deux\s+(?:groupes|entreprises|sociétés))"
        r"|(?P<deal>(?:l['’]|le\s+|la\s+|ce\s+|cette\s+|ces\s+)(?:accords?|opérations?|rachats?"
        r"|projets?|fusions?|acquisitions?|rapprochements?|alliances?|partenariats?)\b)"
        r"|(?:l['’]|le\s+|la\s+)(?:opérateur|entreprise|groupe|société)\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:\S+\s+){0,2}?(?:(?P<both>both\s+(?:companies|firms|groups)"
        r"|the\s+two\s+(?:companies|firms|groups))"
        r"|(?P<deal>(?:the|this|these|that)\s+(?:agreements?|deals?|mergers?|takeovers?"
        r"|acquisitions?|partnerships?|alliances?)\b)"
        r"|the\s+(?:company|firm|group|operator)\b)",
        re.IGNORECASE,
    ),
}
_RIVAL_POSSESSIVES = {"fr": r"\b(?:son|sa|ses|leur|leurs)\s+", "en": r"\b(?:its|their)\s+"}
_RIVAL_OF_ANTECEDENT = {
    language: re.compile(possessive + "$", re.IGNORECASE)
    for language, possessive in _RIVAL_POSSESSIVES.items()
}


def _lone_party_acts(
    text: str,
    language: str,
    cues: Sequence[Cue],
    position: int,
    quote: tuple[int, int],
    inside: list[Found],
    kinds: Sequence[EntityKind],
    ordered: Sequence[Found],
    lo: int,
    earlier: Sequence[Directed],
) -> list[Directed]:
    """One party named in the sentence, acting on what was named before it: "L'Autorité
    pourrait infliger une amende à l'opérateur", "The regulator is investigating both
    companies", "Son concurrent allemand Bosch ...". The cue must be followed by a noun
    phrase standing for an earlier party (or, for a rival, preceded by a possessive)."""
    if not inside:
        return []
    party = inside[0]
    q_start, q_end = quote
    found: list[Directed] = []
    for cue_start, cue_end, relation_type in cues:
        if relation_type not in _LONE_TYPES:
            continue
        if cue_start < party.end and party.start < cue_end:
            continue
        if negated(text, language, max(q_start, cue_start - 22), cue_start, cue_end):
            continue
        if relation_type is RelationType.COMPETITION:
            possessive = _RIVAL_OF_ANTECEDENT[language].search(
                text, max(q_start, cue_start - 8), cue_start
            )
            near = 0 <= party.start - cue_end <= 25
            antecedent = _body_before(text, ordered, lo, kinds) if possessive and near else None
            targets = [antecedent] if antecedent is not None else []
        else:
            if kinds[party.entity] is not EntityKind.REGULATOR or party.start > cue_start:
                continue
            anaphor = _ANAPHORIC_OBJECT[language].match(text, cue_end, q_end)
            if anaphor is None:
                continue
            if anaphor.group("deal"):
                targets = _last_pair(earlier, kinds, position)
            elif anaphor.group("both"):
                targets = _protagonists(ordered, lo, kinds)
            else:
                subject = _body_before(text, ordered, lo, kinds, (EntityKind.ORG,))
                targets = [subject] if subject is not None else []
        modality = sentence_modality(text, language, q_start, q_end)
        for target in targets:
            if target != party.entity:
                found.append(
                    Directed(party.entity, target, relation_type, modality, 0.45, position)
                )
        if found:
            break
    return found


_DEALS = frozenset(
    {
        RelationType.PARTNERSHIP,
        RelationType.COMMERCIAL_DEAL,
        RelationType.INVESTMENT,
        RelationType.TECH_SHARING,
        RelationType.NEGOTIATION,
    }
)


def _protagonists(ordered: Sequence[Found], index: int, kinds: Sequence[EntityKind]) -> list[int]:
    """ "both companies": the two organisations named most often in the last few dozen
    mentions before the sentence (a bounded window keeps a long article linear)."""
    counts = Counter(
        m.entity for m in ordered[max(0, index - 40) : index] if kinds[m.entity] is EntityKind.ORG
    )
    return [entity for entity, _ in counts.most_common(2)] if len(counts) >= 2 else []


def _last_pair(
    earlier: Sequence[Directed], kinds: Sequence[EntityKind], position: int
) -> list[int]:
    """ "investigating the agreement": the two organisations of the latest deal in the few
    sentences before."""
    for relation in reversed(earlier):
        if position - relation.quote > 4:
            break
        if relation.type not in _DEALS:
            continue
        if kinds[relation.source] is kinds[relation.target] is EntityKind.ORG:
            return [relation.source, relation.target]
    return []


def _body_before(
    text: str,
    ordered: Sequence[Found],
    index: int,
    kinds: Sequence[EntityKind],
    bodies: tuple[EntityKind, ...] = (EntityKind.ORG, EntityKind.REGULATOR),
) -> int | None:
    """What "its", "son" or "l'opérateur" stands for: the subject of the last sentence that
    names an organisation, i.e. the first organisation it names. Only a few mentions back
    are looked at, so that a long article stays linear."""
    window = ordered[max(0, index - 12) : index]
    last = next(
        (i for i in range(len(window) - 1, -1, -1) if kinds[window[i].entity] in bodies), None
    )
    if last is None:
        return None
    subject = window[last]
    for i in range(last - 1, -1, -1):
        if _SENTENCE_END.search(text, window[i].end, window[i + 1].start):
            break
        if kinds[window[i].entity] in bodies:
            subject = window[i]
    return subject.entity


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


_OWNING_NEEDLES = ("'s ", "’s ", "' ", "’ ", "its ", "their ", "Its ", "Their ")
_OWNING_NEEDLES_FR = ("sa ", "son ", "ses ", "leur ", "leurs ", "Sa ", "Son ", "Ses ", "Leur")


_OWNING = re.compile("|".join(map(re.escape, (*_OWNING_NEEDLES, *_OWNING_NEEDLES_FR))))


def _owning(text: str, start: int, end: int) -> bool:
    """A quick look for a genitive or a possessive determiner in ``text[start:end]``, in
    one pass (false alarms only cost a closer look)."""
    return _OWNING.search(text, start, end) is not None


# Who owns what with a genitive: a person a company, a company a product.
_GENITIVE_OWNERS = frozenset(
    {
        (EntityKind.PERSON, EntityKind.ORG),
        (EntityKind.ORG, EntityKind.PRODUCT),
        # "BT's EE", "SoftBank's Arm": a company's company is its subsidiary
        (EntityKind.ORG, EntityKind.ORG),
        # "the FTC's Bureau of Competition", "the department's Antitrust Division"
        (EntityKind.REGULATOR, EntityKind.REGULATOR),
    }
)


def _persons_companies(
    text: str, position: int, inside: list[Found], kinds: Sequence[EntityKind]
) -> list[Directed]:
    """ "Warren Buffett's Berkshire Hathaway", "OpenAI's GPT-4 model", "BT's EE": what a
    name owns with a genitive is theirs (a person's company, a company's product or
    subsidiary)."""
    found: list[Directed] = []
    for index, (owner, owned) in enumerate(pairwise(inside)):
        gap = text[owner.end : owned.start]
        pair = (kinds[owner.entity], kinds[owned.entity])
        if pair in _EMPLOYERS and (gap in _GENITIVE or _DESCRIBED.fullmatch(gap)):
            # "Disney's Bob Iger", "Microsoft's president Brad Smith": the person works
            # for the body
            found.append(
                Directed(
                    owned.entity, owner.entity, RelationType.ROLE, Modality.ASSERTED, 0.5, position
                )
            )
            continue
        if pair in _GENITIVE_OWNERS and gap in _GENITIVE:
            products = [owned]
        elif pair == (EntityKind.ORG, EntityKind.PRODUCT) and _DESCRIBED.fullmatch(gap):
            # "Merck's diabetes drug Januvia", "Novo Nordisk's insulin products NovoLog
            # and Fiasp": the product and those listed with it
            listed = _listed_after(text, inside[index + 1 :])
            products = [owned, *takewhile(lambda m: kinds[m.entity] is EntityKind.PRODUCT, listed)]
        else:
            continue
        found.extend(
            Directed(owner.entity, p.entity, RelationType.ROLE, Modality.ASSERTED, 0.5, position)
            for p in products
        )
    return found


_EMPLOYERS = frozenset(
    {(EntityKind.ORG, EntityKind.PERSON), (EntityKind.REGULATOR, EntityKind.PERSON)}
)
_GENITIVE = frozenset({"'s ", "’s ", "' ", "’ "})
_DESCRIBED = re.compile(r"['’]s?\s+(?:[^\W\d_A-Z][\w-]*\s+){1,3}")


def _possessed_products(
    text: str,
    language: str,
    position: int,
    inside: list[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """ "Amazon ... its Proteus robots", "Renault ... sa Mégane": a product introduced by a
    possessive belongs to the sentence's subject, the first organisation it names."""
    found: list[Directed] = []
    for mention in inside:
        if kinds[mention.entity] is not EntityKind.PRODUCT:
            continue
        if not _OWNER_DETERMINER[language].search(text, max(0, mention.start - 8), mention.start):
            continue
        owner = next(
            (m for m in inside if m.end <= mention.start and kinds[m.entity] is EntityKind.ORG),
            None,
        )
        if owner is not None and owner.entity != mention.entity:
            found.append(
                Directed(
                    owner.entity,
                    mention.entity,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.55,
                    position,
                )
            )
    return found


def _own_product(
    text: str,
    language: str,
    inside: list[Found],
    kinds: Sequence[EntityKind],
    target: int,
    cue_end: int,
) -> bool:
    """ "accusing X of copying its Proteus robots": a product given with "its" after the cue
    is the actor's own, what the act is about, not the party it is done to."""
    if kinds[target] is not EntityKind.PRODUCT:
        return False
    return any(
        m.entity == target
        and m.start >= cue_end
        and _OWNER_DETERMINER[language].search(text, max(0, m.start - 8), m.start)
        for m in inside
    )


_OWNER_DETERMINER = {
    "fr": re.compile(r"\b(?:sa|son|ses|leur|leurs)\s+$", re.IGNORECASE),
    "en": re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE),
}


def _sentence_relations(
    text: str,
    language: str,
    pattern: CuePattern,
    cues: Sequence[Cue],
    position: int,
    quote: tuple[int, int],
    inside: list[Found],
    kinds: Sequence[EntityKind],
    parse: Parse | None,
    antecedent: Callable[[], int | None] = lambda: None,
    named: Sequence[Found] = (),
    deals: frozenset[int] = frozenset(),
    main_company: int | None = None,
) -> list[Directed]:
    """The relations of one sentence, one ``cues`` at a time; ``antecedent`` is the
    organisation named last before it, for a role given with a possessive;
    ``main_company`` the company the text names most."""
    q_start, q_end = quote
    found: list[Directed] = []
    modality: Modality | None = None
    bounds: list[tuple[int, int]] | None = None
    previous_end = -1
    previous_type: RelationType | None = None
    for cue_start, cue_end, relation_type in cues:
        after_cue, previous_end = previous_end, cue_end
        opposed, previous_type = previous_type, relation_type
        if (
            opposed is RelationType.CRITICISM
            and relation_type in _OPPOSABLE
            and 0 <= after_cue <= cue_start
            and text[max(0, after_cue - 8) : after_cue].casefold().endswith(("against", "contre"))
            and _OPPOSED_GAP.fullmatch(text, after_cue, cue_start)
        ):
            # "voted against the deal", "a voté contre le projet de fusion": the deal is
            # what is opposed, no tie between its opponent and the other party
            continue
        if (
            relation_type in _AGREED
            and 0 <= after_cue <= cue_start
            and _DEAL_OBJECT[language].fullmatch(text, after_cue, cue_end)
            and _CLAUSE_END.match(text, cue_end)
        ):
            # "Biden welcomed the deal, saying ...": the deal is what the verb before it is
            # about, no tie of its own between the parties around (but "a salué l'accord
            # proposé par AXA" names a party of it)
            continue
        over = [m for m in named if m.start < cue_end and cue_start < m.end]
        # A cue inside a name is no cue, except the noun naming a deal ("l'acquisition de
        # Y"), which relates its subject to what is bought when no other act comes
        # between them ("X a annoncé l'acquisition de Y", not "W a autorisé ...").
        deal_noun = bool(over) and all(m.entity in deals and not m.periphrase for m in over)
        # "a cédé Allstream à Zayo Group", "sold TSB to Santander": the cue spans what is
        # sold; the seller deals with the buyer, who buys it
        sold = (
            [m.entity for m in over if cue_start < m.start and m.end < cue_end]
            if relation_type is RelationType.COMMERCIAL_DEAL and _NAMED_SALE.match(text, cue_start)
            else []
        )
        if over and not deal_noun and len(sold) != len(over):
            continue
        if negated(text, language, max(q_start, cue_start - 22), cue_start, cue_end):
            continue
        if bounds is None:
            bounds = [m.span() for m in CLAUSE[language].finditer(text, q_start, q_end)]
        lo_limit, hi_limit = _clause_limits(bounds, q_start, q_end, cue_start, cue_end)
        left = [m for m in inside if lo_limit <= m.start and m.end <= cue_start]
        if relation_type is RelationType.ROLE and _AS_TITLE.fullmatch(
            text, lo_limit - 4, cue_start
        ):
            # "X stepped down as chief executive of Y", "as Y's chief executive": the
            # title is the subject's, no new clause starts at its "as" when the body it
            # is held in is named with it
            before = max((e for _, e in bounds if e <= lo_limit - 4), default=q_start)
            subject = [m for m in inside if before <= m.start and m.end <= lo_limit]
            held_in = left or _TITLE_OF_BODY.match(text, cue_end)
            if subject and kinds[subject[-1].entity] is EntityKind.PERSON and held_in:
                left = subject + left
        right = [m for m in inside if m.start >= cue_end and m.end <= hi_limit]
        if right and (
            predicate := _NEXT_PREDICATE[language].search(text, cue_end, right[-1].start)
        ):
            # "had charged customers for advice ... and had repeatedly misled the
            # regulator": past a second verb, its own object
            right = [m for m in right if m.start < predicate.start()]
        if right and relation_type is RelationType.ROLE:
            # "The union, which represents 1.3 million retail workers, said Amazon's model
            # ...": past the verb of saying, what is said or who says it, not who is
            # represented (but "X, appointed chief executive last week, said the group"
            # speaks of the body the post is held in)
            said = _SAID_BY.search(text, cue_end, right[-1].start)
            if said is not None and _REPRESENTS.match(text, cue_start):
                right = [m for m in right if m.start < said.start()]
            elif _RELATIVE_OPENS.search(text, max(q_start, cue_start - 24), cue_start) and (
                main := _MAIN_VERB_AFTER.search(text, cue_end, right[-1].start)
            ):
                # "X, which represents small business owners, accused Y": the relative
                # clause ends where the main clause's verb comes, and Y is its object
                right = [m for m in right if m.start < main.start()]
        elif right:
            # "X financera l'achat ..., a précisé Y", "X will fund it, said Y": past the
            # verb of saying comes the speaker, not one the act is done to
            said = _SAID_BY.search(text, cue_end, right[-1].start)
            speaker = (
                next((m for m in right if m.start >= said.end()), None)
                if said is not None
                else None
            )
            if (
                speaker is not None
                and _TITLE_GAP.fullmatch(text, said.end(), speaker.start)
                # the speaker's name ends the clause ("said X, its chief executive", "said
                # X in a statement"), where "said the Fed was" opens what is said
                and _SPEAKER_END.match(text, speaker.end)
            ):
                right = [m for m in right if m.start < said.start()]
            # "..., Ada Roe said on Monday": the speaker before the verb
            right = [
                m
                for m in right
                if not (
                    _SAYS_AFTER.match(text, m.end) and _COMMA_BEFORE.search(text, cue_end, m.start)
                )
            ]
        if deal_noun and (not left or pattern.search(text, left[-1].end, cue_start)):
            continue
        if relation_type is RelationType.ROLE and (
            _FUNDING_ROUND.search(text, max(q_start, cue_start - 30), cue_start)
            or _LENDERS_LED.search(text, max(q_start, cue_start - 30), cue_end)
        ):
            continue  # "a funding round led by X": X invests, read at "funding"
        if relation_type is RelationType.ROLE:
            cue_word = text[cue_start:cue_end]
            # "directeur général de la start-up": the noun names the company, not the
            # nearest name
            pairs = _nominal_role(
                text, language, inside, kinds, antecedent, (cue_start, cue_end), cue_word
            )
            if not pairs and _possessive_title(text, language, cue_start, right):
                # "Son directeur général, X, a exhorté la Commission": the title is held in
                # the body named before, not in the one X then speaks to
                body = antecedent()
                if body is not None:
                    pairs = _anaphoric_role(text, language, inside, kinds, body, cue_start)
            if not pairs:
                pairs = _subject_holds_title(text, language, inside, kinds, cue_start, cue_end)
            if not pairs:
                pairs = _role_pair(text, left, right, kinds, cue_start, cue_end, cue_word)
                body = antecedent() if not pairs else None
                if body is not None:
                    pairs = _anaphoric_role(text, language, inside, kinds, body, cue_start)
            if _SUCCESSION.search(cue_word):
                # (across the clause's limits: "arrivé à la tête d'Uber pour succéder à")
                earlier = [m for m in inside if m.end <= cue_start]
                later = [m for m in inside if m.start >= cue_end]
                succeeded = _succession(text, language, earlier, later, kinds, cue_end, cue_word)
                pairs = [*pairs, *succeeded]
        elif (
            relation_type in _SPOKEN
            and (quotation := _quotation_before(text, q_start, cue_start)) is not None
        ):
            # "« Zorblat et Quux ont organisé la mort lente de l'usine », dénonce X": the
            # speaker does it to those the quotation names
            pairs = _speaker_on_quotation(text, quotation, inside, kinds, cue_start, cue_end)
        elif relation_type is RelationType.COMPETITION and (
            (their := _THEIR_RIVALS[language].search(text, max(q_start, cue_start - 40), cue_start))
            or _RIVALS_SUCH_AS[language].match(text, cue_end)
        ):
            # "its rivals": the company named before; "des concurrents comme Danone", no
            # company named in the clause: the rivals of the company the text is about
            owner = antecedent if their or main_company is None else lambda: main_company
            # "son concurrent coté à Amsterdam, dont les deux actionnaires de référence,
            # Bertelsmann et Saham": the parties of a relative clause on the rival are not it
            described = right and _RIVAL_DESCRIBED[language].search(text, cue_end, right[0].start)
            pairs = _rivals_of_owner(text, left, [] if described else right, kinds, owner, cue_end)
        else:
            pairs = _pairs(
                text,
                language,
                relation_type,
                left,
                right,
                cue_start,
                cue_end,
                inside,
                kinds,
            )
            if not pairs and relation_type in _REGULATORY:
                pairs = _regulator_fallback(text, inside, kinds, cue_start)
            if relation_type is RelationType.INVESTMENT:
                pairs = _investor_first(text, language, pairs, right, cue_end)
        if (
            relation_type is RelationType.SANCTION
            and _AIMED_AT[language].match(text, cue_end)
            and not _IMPOSING[language].search(text, max(q_start, cue_start - 50), cue_start)
        ):
            # "répondre du non-respect des sanctions visant la Syrie", "sanctions against
            # Russia": whom they aim at is named, not who imposes them
            pairs = []
        urged = _URGED_TO[language].search(text, max(q_start, cue_start - 80), cue_start)
        if urged is not None and relation_type is not RelationType.APPEAL:
            # "X urged regulators to block Y's deal", "appelle l'État à sanctionner Y": the
            # one urged acts, if the text names them
            told = {m.entity for m in inside if urged.start() < m.start and m.end <= cue_start}
            pairs = [pair for pair in pairs if pair[0] in told]
        if parse is not None and cue_start in parse.arguments:
            pairs = _oriented(pairs, parse.arguments[cue_start], inside)
        if relation_type is RelationType.APPEAL and _AWAITED[language].match(text, cue_start):
            pairs = _asker_first(pairs, inside, cue_start)
        if modality is None and pairs:
            modality = sentence_modality(text, language, q_start, q_end)
        for source, target, confidence in pairs:
            if source == target or EntityKind.MONEY in (kinds[source], kinds[target]):
                continue
            if relation_type is RelationType.COMPETITION and EntityKind.REGULATOR in (
                kinds[source],
                kinds[target],
            ):
                continue  # a regulator rivals no one
            if relation_type is RelationType.COMPETITION and (
                (kinds[source] is EntityKind.PLACE) != (kinds[target] is EntityKind.PLACE)
            ):
                continue  # nor a place a company: "India's telecoms market ... rivals X"
            if relation_type is not RelationType.ROLE and _own_product(
                text, language, inside, kinds, target, cue_end
            ):
                continue
            if relation_type in _BETWEEN_PARTIES and EntityKind.OTHER in (
                kinds[source],
                kinds[target],
            ):
                continue
            read = relation_type
            if (
                read is RelationType.COMMERCIAL_DEAL
                and kinds[source] in (EntityKind.REGULATOR, EntityKind.PERSON)
                and kinds[target] is not EntityKind.REGULATOR
                and _ORDER.match(text, cue_start)
            ):
                # "the FSA orders Coincheck overhaul", "consent orders they issued": a
                # regulator's order is a command, no purchase; so is a person's, a judge's
                # or a minister's ("ordered the arrest of Diego Dzodan")
                read = RelationType.SANCTION
            elif (
                read is RelationType.PARTNERSHIP
                and EntityKind.PERSON in (kinds[source], kinds[target])
                and _PARTNER_TITLE.fullmatch(text, cue_start, cue_end)
                and (titled := next((m for m in inside if m.start >= cue_end), None)) is not None
                and titled.start - cue_end <= 1
                and kinds[titled.entity] is EntityKind.PERSON
            ):
                # "former KPMG partner David Middendorf": a title, the person's post
                read = RelationType.ROLE
                if kinds[source] is not EntityKind.PERSON:
                    source, target = target, source
            found.append(Directed(source, target, read, modality, round(confidence, 2), position))
            for thing in dict.fromkeys(sold):
                if thing in (source, target):
                    continue
                rounded = round(confidence, 2)
                found.append(
                    Directed(target, thing, RelationType.INVESTMENT, modality, rounded, position)
                )
                if _UNIT_SOLD.search(text, cue_start, cue_end):
                    # "sell its British subsidiary TSB to Santander": the seller's unit
                    found.append(
                        Directed(source, thing, RelationType.ROLE, modality, rounded, position)
                    )
    return found


# "partner" as a title before a person's name
_PARTNER_TITLE = re.compile(r"(?i:partner)")


# The verb of a named sale ("a cédé Allstream à", "sold TSB to"), its cue spanning the name
_NAMED_SALE = re.compile(r"(?:c[éè]d|vend|s(?:old|ell))", re.IGNORECASE)
_UNIT_SOLD = re.compile(
    r"\b(?:filiale|subsidiary|unit|division|stake|participation|holding)\b", re.IGNORECASE
)


# The English word of an order, a purchase's or a command's
_ORDER = re.compile(r"(?i:order)")


# What a speaker may do to those a quotation names, said by the verb that introduces it
_SPOKEN = frozenset({RelationType.CRITICISM, RelationType.ACCUSATION, RelationType.THREAT})
# A quotation's closing mark right before the verb, or before the speaker and the verb:
# "», dénonce X", "”, X complained"
_CLOSED_QUOTATION = re.compile(r"[»”\"]\s*,?\s*(?:[\w'’.-]+\s+){0,4}$")
_OPENING_MARK = {"»": "«", "”": "“", '"': '"'}


def _quotation_before(text: str, q_start: int, cue_start: int) -> tuple[int, int] | None:
    """The span of the quotation that closes right before the cue, in the sentence."""
    closed = _CLOSED_QUOTATION.search(text, max(q_start, cue_start - 60), cue_start)
    if closed is None:
        return None
    close = closed.start()
    opening = text.rfind(_OPENING_MARK[text[close]], q_start, close)
    return (opening, close) if opening >= 0 else None


def _speaker_on_quotation(
    text: str,
    quotation: tuple[int, int],
    inside: list[Found],
    kinds: Sequence[EntityKind],
    cue_start: int,
    cue_end: int,
) -> list[tuple[int, int, float]]:
    """The speaker named right after the verb (or between the quotation and the verb), a
    person rather than the body they speak for, and each party the quotation names."""
    opening, close = quotation
    speakers = [
        m
        for m in inside
        if (close < m.start < cue_start or 0 <= m.start - cue_end <= 40)
        and kinds[m.entity] in _SPEAKERS
    ]
    if not speakers:
        return []
    # "a fustigé le secrétaire général de la CGT, Philippe Martinez": the person speaks
    speaker = next((m for m in speakers if kinds[m.entity] is EntityKind.PERSON), speakers[0])
    quoted = [m for m in inside if opening < m.start and m.end <= close]
    return [
        (speaker.entity, m.entity, 0.55)
        for m in dict.fromkeys(quoted)
        if m.entity != speaker.entity
        and kinds[m.entity] in _SPEAKERS
        # "alors que les actionnaires, eux, ont été servis": a group the speaker evokes
        and not (text[m.start].islower() and text[m.end - 1] in "sx")
    ]


_SPEAKERS = frozenset({EntityKind.PERSON, EntityKind.ORG, EntityKind.REGULATOR})


# "ses deux principaux concurrents", "its biggest rivals": whose rivals they are
_THEIR_RIVALS = {
    language: re.compile(possessive + r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
    for language, possessive in _RIVAL_POSSESSIVES.items()
}


def _most_named_company(mentions: Sequence[Found], kinds: Sequence[EntityKind]) -> int | None:
    """The company named most often, if it is named more than any other, twice at least."""
    counts = Counter(m.entity for m in mentions if kinds[m.entity] is EntityKind.ORG)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# "rivals including Mercedes-Benz and BMW", "des concurrents comme Leclerc": examples of
# the rivals of the company spoken of
_RIVALS_SUCH_AS = {
    "fr": re.compile(r"\s*,?\s+(?:comme|dont|notamment|tels?\s+que|telles?\s+que)\b"),
    "en": re.compile(r"\s*,?\s+(?:including|such\s+as|like)\b"),
}


def _rivals_of_owner(
    text: str,
    left: list[Found],
    right: list[Found],
    kinds: Sequence[EntityKind],
    antecedent: Callable[[], int | None],
    cue_end: int,
) -> list[tuple[int, int, float]]:
    """ "Le PDG rappelle que ses deux principaux concurrents, E.Leclerc et Intermarché,
    ...", "rivals including Mercedes-Benz and BMW": the rivals listed after the cue rival
    the company spoken of (the company of the clause, else the one named before), not each
    other nor the speaker."""
    companies = [m for m in left if kinds[m.entity] is EntityKind.ORG]
    owner = companies[-1].entity if companies else antecedent()
    if owner is None or not right or right[0].start - cue_end > MAX_RIGHT:
        return []
    rivals = [right[0], *_listed_after(text, right)]
    return [(owner, rival.entity, 0.6) for rival in rivals if rival.entity != owner]


# "a funding round led by X", "un tour de table mené par X"
_FUNDING_ROUND = re.compile(
    r"\b(?:round|tour\s+de\s+table|levée\s+de\s+fonds)\s*,?\s*(?:which\s+was\s+|qui\s+a\s+été\s+)?$",
    re.IGNORECASE,
)
# "loans from a group of banks led by X", "ses prêteurs, menés par X": X lends, read at
# the loan
_LENDERS_LED = re.compile(
    r"\b(?:banks|lenders|banques|prêteurs(?:\s+garantis)?|syndicate)\s*,?\s*"
    r"(?=(?i:led\s+by|men[ée]e?s?\s+par)\b)"
)
# "raised $1bn in a funding round led by X", "secured investment from X", "un financement
# mené par X", "une levée de fonds auprès de X": the party after the cue is the investor
_INVESTOR_AFTER = {
    "en": re.compile(r"\b(?:led\s+by|from)\b", re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:men[ée]e?s?\s+par|conduite?s?\s+par|auprès\s+d|de\s+la\s+part\s+d"
        r"|(?:accord|octroy|consenti)[ée]?e?s?\s+par)",
        re.IGNORECASE,
    ),
}


_AWAITED = {
    language: re.compile("|".join(stems), re.IGNORECASE)
    for language, stems in AWAITED_APPROVAL.items()
}


def _asker_first(
    pairs: list[tuple[int, int, float]], inside: list[Found], cue_start: int
) -> list[tuple[int, int, float]]:
    """An approval awaited goes from the one that awaits it, named before the cue, to the
    one that gives it, named after ("Dick's still needs the approval of Foot Locker
    shareholders", not the shareholders appealing to Dick's)."""
    before = {m.entity for m in inside if m.end <= cue_start}
    return [
        (target, source, confidence)
        if source not in before and target in before
        else (source, target, confidence)
        for source, target, confidence in pairs
    ]


def _investor_first(
    text: str,
    language: str,
    pairs: list[tuple[int, int, float]],
    right: list[Found],
    cue_end: int,
) -> list[tuple[int, int, float]]:
    """Turn an investment round when the text names the investor after the cue by "led
    by", "from", "mené par", "auprès de"."""
    turned = []
    for source, target, confidence in pairs:
        named = next((m for m in right if m.entity == target), None)
        if named is not None and _INVESTOR_AFTER[language].search(text, cue_end, named.start):
            turned.append((target, source, confidence))
        else:
            turned.append((source, target, confidence))
    return turned


# A relative clause opened on the rival before any party is named: "son concurrent coté
# à Amsterdam, dont les actionnaires", "its rival, whose owners"
_RIVAL_DESCRIBED = {
    "fr": re.compile(r",\s+(?:dont|lequel|laquelle)\b", re.IGNORECASE),
    "en": re.compile(r",\s+whose\b", re.IGNORECASE),
}
_PRESSURE = re.compile(r"(?:sous\s+la\s+)?pression|pressure", re.IGNORECASE)


def _pairs(
    text: str,
    language: str,
    relation_type: RelationType,
    left: list[Found],
    right: list[Found],
    cue_start: int,
    cue_end: int,
    inside: list[Found],
    kinds: Sequence[EntityKind],
) -> list[tuple[int, int, float]]:
    """Source and target around a cue; ``inside`` holds every party of the sentence,
    beyond the clause limits that ``left`` and ``right`` respect."""
    after = text[cue_end : cue_end + 40]
    if BETWEEN[language].match(after) and len(right) >= 2:
        first = right[0]
        second = next((m for m in right[1:] if m.entity != first.entity), None)
        if second is not None and second.start - cue_end < MAX_RIGHT:
            return [(first.entity, second.entity, 0.7)]
    near_left = [
        m
        for m in left
        if cue_start - m.end <= MAX_LEFT
        and (
            not _quoted_apart(text, m.end, cue_start)
            or _QUOTED_APPOSITION.fullmatch(text, m.end, cue_start) is not None
        )
    ]
    near_right = [
        m
        for m in right
        if m.start - cue_end <= MAX_RIGHT and not inside_quotation(text, cue_end, m.start)
    ]
    before = text[max(0, cue_start - 25) : cue_start]
    cue_text = text[cue_start:cue_end]
    last_word = before.split()[-1].casefold() if before.split() else ""
    participle = PARTICIPLE[language].search(cue_text) and last_word not in _AUXILIARIES
    passive = PASSIVE_AUX[language].search(before) or (participle and _headline_like(before))
    pressed = _PRESSURE.match(cue_text) is not None and PRESSURE_FROM[language].match(after)
    if (passive and PASSIVE_AGENT[language].match(after)) or pressed:
        # "Kenvue has been under pressure from activist investors, including X": X presses
        reach = 60 if pressed else 40
        if pressed and pressed.group("pressed"):
            # "a year of pressure on Cerner from X": the one pressed is named before "from"
            near_left = [m for m in near_right if m.end <= cue_end + pressed.end()]
            near_right = [m for m in near_right if m.start >= cue_end + pressed.end()]
            reach += pressed.end()
        position = next((i for i, m in enumerate(near_right) if m.start - cue_end < reach), None)
        if position is not None and near_left:
            agent = near_right[position]
            # "backed by Warren Buffett's Berkshire Hathaway": the company is the agent.
            owned = _possessed(text, near_right[position:])
            actor = owned if owned is not None else agent
            patient = near_left[-1]
            if kinds[patient.entity] is EntityKind.PLACE and len(near_left) >= 2:
                # "Alexander Karsner, a former U.S. energy official nominated by Engine
                # No. 1": the country qualifies the one acted on
                patient = near_left[-2]
            if kinds[patient.entity] is not EntityKind.PERSON and _WHO.search(
                text, patient.end, cue_start
            ):
                # "Michael Kneeland, a former chief executive of United Rentals who had
                # been nominated by Browning West": "who" is the person's
                persons = [m for m in near_left if kinds[m.entity] is EntityKind.PERSON]
                patient = persons[-1] if persons else patient
            pairs = [(actor.entity, patient.entity, 0.7)]
            # "déposée par Bouygues Telecom, Free et Orange": every agent listed acts
            for item in _listed_after(text, near_right[position:]):
                if item.entity != patient.entity:
                    pairs.append((item.entity, patient.entity, 0.6))
            return pairs
    if relation_type is RelationType.COMPETITION and len(near_right) >= 2:
        owner, named = near_right[0], near_right[1]
        if (
            _OF_OWNER[language].match(text, cue_end, owner.start)
            and _INCLUDING[language].match(text[owner.end : named.start])
            and owner.entity != named.entity
        ):
            # "les concurrents de Sanofi, dont le suisse Novartis": Novartis rivals Sanofi.
            return [(named.entity, owner.entity, 0.6)]
    if near_left and _POSSESSIVE.match(text[near_left[-1].end : cue_start]):
        # "Snap and TikTok, two of Meta's main rivals", "Microsoft, OpenAI's largest
        # investor": the owner's rival or investor is named right after the cue, or
        # before it, set off by a comma; it acts on the owner.
        owner = near_left[-1]
        gap = text[cue_end : near_right[0].start] if near_right else ","
        others = near_right[:1] if "," not in gap and len(gap.split()) <= 2 else []
        transaction = _TRANSACTION_NOUN.search(text, cue_start, cue_end) is not None
        if not others and len(near_left) >= 2 and not transaction:
            # "X is cooperating with the Justice Department's investigation" (not "X urged
            # regulators to block Quux's deal": a deal is with someone the text names after)
            others = [near_left[-2], *_listed_before(text, near_left[:-1])]
        if _ACTION_NOUN.search(text, cue_start, cue_end):
            # "Zorblat's acquisition of Quux", "the Justice Department's investigation":
            # an act, which the owner does
            pairs = [(owner.entity, o.entity, 0.6) for o in others if o.entity != owner.entity]
        else:
            pairs = [(o.entity, owner.entity, 0.6) for o in others if o.entity != owner.entity]
        if pairs:
            return pairs
    if relation_type in SYMMETRIC and len(near_left) >= 2:
        pair = _coordinated(text, language, near_left[::-1])
        if (
            pair is not None
            and len(text[near_left[-1].end : cue_start]) <= 8
            # not "Centerview Partners and Goldman Sachs advised Kite": the cue's object
            and not (near_right and _OBJECT_GAP.fullmatch(text, cue_end, near_right[0].start))
        ):
            # "Carrefour et Intermarché s'allient face à Leclerc": the pair, not Leclerc.
            return [(pair[0], pair[1], 0.7)]
    if relation_type in _AGREED and len(near_left) >= 2:
        first, second = near_left[-2], near_left[-1]
        if (
            first.entity != second.entity
            and _COORDINATED_PAIR[language].fullmatch(text, first.end, second.start)
            and _REACHED[language].fullmatch(text, second.end, cue_start)
            # not "X and Y signed a contract with Z": a third party
            and not _WITH_AFTER.match(text, cue_end)
        ):
            # "UPS and the Teamsters reached a tentative five-year labor agreement": the
            # agreement binds the two
            return [(first.entity, second.entity, 0.7)]
    if near_left and near_right:
        source = _subject_before_apposition(text, near_left, cue_start)
        if (
            language == "en"  # (a French capital before a verb acts: "Londres verse")
            and source is near_left[-1]
            and len(near_left) >= 2
            and kinds[source.entity] is EntityKind.PLACE
            and _ADJECTIVAL_GAP.fullmatch(text, source.end, cue_start)
        ):
            # "to combine with U.S. rival WestRock": the country qualifies the cue's noun,
            # whose party is named before
            source = _subject_before_apposition(text, near_left[:-1], source.start)
        if source is None:
            return []
        position = next((i for i, m in enumerate(near_right) if m.entity != source.entity), None)
        if (
            position is not None
            and source is not near_left[-1]
            and near_left[-1].entity != source.entity
            and _PARTICIPLE_CUE.match(text, cue_start)
            and _UNNAMED_OBJECT.search(text, cue_end, near_right[position].start)
        ):
            # "The CFPB sued Capital One in January, accusing it of cheating customers
            # ... 360 Savings": the one accused is the clause's object, not a name after
            return [(source.entity, near_left[-1].entity, 0.6)]
        if position is not None:
            following = near_right[position + 1] if position + 1 < len(near_right) else None
            if (
                following is not None
                and following.entity != source.entity
                and kinds[near_right[position].entity] is EntityKind.PLACE
                and _qualified_by_place(text, near_right[position].end, following.start)
            ):
                # "to combine with Canada's The Stars Group", "with U.S. rival WestRock": the
                # country says where the party is, it is no party
                position += 1
            target = near_right[position]
            distance = (cue_start - source.end) + (target.start - cue_end)
            confidence = max(0.45, 0.8 - distance / 600)
            pairs = [(source.entity, target.entity, confidence)]
            owned = _possessed(text, near_right[position:])
            if owned is not None and owned.entity != source.entity:
                pairs.append((source.entity, owned.entity, confidence - 0.1))
            for item in _listed_after(text, near_right[position:]):
                pairs.append((source.entity, item.entity, confidence - 0.1))
            if source is near_left[-1]:
                for item in _listed_before(text, near_left):
                    if _titled_complement(text, item.start):
                        break  # "La directrice de Quux, Ada Roe, ...": no list
                    pairs.append((item.entity, target.entity, confidence - 0.1))
            return pairs
    if near_right and not near_left and _ANAPHOR[language].search(before):
        # "..., mais l'entreprise a signé un contrat avec Amazon": the company named last.
        bodies = (EntityKind.ORG, EntityKind.REGULATOR)
        named = [m for m in inside if m.end <= cue_start and kinds[m.entity] in bodies]
        if named and named[-1].entity != near_right[0].entity:
            return [(named[-1].entity, near_right[0].entity, 0.5)]
    if relation_type is RelationType.COMPETITION and near_right and not near_left:
        named = near_right[0]
        earlier = [
            m
            for m in inside
            if m.end <= cue_start
            and m.entity != named.entity
            and kinds[m.entity] is kinds[named.entity]
        ]
        if named.start - cue_end <= 25 and earlier:
            # "Tesla's sales fell, while Chinese rival BYD ...": the rival of the subject.
            return [(earlier[0].entity, named.entity, 0.5)]
    if relation_type in SYMMETRIC:
        side = near_left if near_left else near_right
        pair = _coordinated(text, language, side if side is near_right else side[::-1])
        if pair is not None:
            return [(pair[0], pair[1], 0.6)]
    return []


_COURT_WORDS = r"court|tribunal|cour"
_COURT = re.compile(rf"\b(?:{_COURT_WORDS})\b", re.IGNORECASE)
# A court by its name, the French councils that judge too: "the Court of Competition and
# Consumer Protection", "le tribunal de commerce de Paris", "le Conseil d'Etat"
COURT_NAME = re.compile(
    rf"\b(?:{_COURT_WORDS}|conseil\s+d['’]\s*[ée]tat|conseil\s+constitutionnel)\b",
    re.IGNORECASE,
)


def _courts(text: str, ordered: Sequence[Found], kinds: Sequence[EntityKind]) -> frozenset[int]:
    """The organisations named as courts, each looked at once."""
    seen: dict[int, bool] = {}
    for m in ordered:
        if m.entity not in seen and kinds[m.entity] is EntityKind.ORG:
            seen[m.entity] = _COURT.search(text, m.start, m.end) is not None
    return frozenset(entity for entity, court in seen.items() if court)


def _venue(text: str, language: str, q_start: int, mention: Found) -> bool:
    """ "sued Flipkart in the Delhi High Court": a court named as where a case is heard is
    not a party to it."""
    return bool(_LOCATION[language].search(text, max(q_start, mention.start - 12), mention.start))


_EXCHANGE = re.compile(
    r"\b(?:bourse|stock\s+exchange|nasdaq|nyse|euronext|börse|borsa|bolsa)\b", re.IGNORECASE
)


# Where shares trade: "on the Nasdaq", "sur le Nasdaq", "à la Bourse de Londres" (not
# "listed on", "cotée sur", a tie of its own)
_ON_FLOOR = {
    "fr": re.compile(
        r"(?<!cot[ée]e\s)(?<!cot[ée]es\s)(?<!cot[ée]s\s)(?<!cot[ée]\s)"
        r"(?:\bsur|\bà|\bau)(?:\s+(?:le|la|l['’]))?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!listed\s)(?<!traded\s)(?<!quoted\s)(?:\bon|\bat)(?:\s+the)?\s*$", re.IGNORECASE
    ),
}


def trading_floor(text: str, language: str, q_start: int, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a stock exchange named as where shares
    trade: "l'action Tesla avait chuté de 14 % sur le Nasdaq, les investisseurs redoutant
    ...", no party to the sentence's acts (but "Nasdaq agreed to buy Adenza")."""
    # the name first: few are exchanges
    return (
        _EXCHANGE.search(text, start, end) is not None
        and _ON_FLOOR[language].search(text, max(q_start, start - 12), start) is not None
    )


_AMOUNT_BEFORE = re.compile(r"\b(?:millions?|milliards?|billions?|dollars?)\s+$", re.IGNORECASE)

_BARE_NE = re.compile(r"\bne\b|\bn['’]", re.IGNORECASE)
_FRENCH_NEGATOR = re.compile(r"\b(?:pas|plus|jamais|guère|point|aucun\w*|rien|ni)\b", re.IGNORECASE)


def negated(text: str, language: str, start: int, cue_start: int, cue_end: int) -> bool:
    """A negation just before the cue. A bare French "ne" with no "pas", "plus", "jamais"...
    around the cue is the expletive of "craint que le rachat ne prive les concurrents",
    which denies nothing."""
    negation = NEGATION[language].search(text, start, cue_start)
    if negation is None:
        return False
    if language != "fr" or not _BARE_NE.fullmatch(negation.group(0)):
        return True
    later = NEGATION[language].search(text, negation.end(), cue_start)
    if later is not None and not _BARE_NE.fullmatch(later.group(0)):
        return True
    return _FRENCH_NEGATOR.search(text, negation.end(), min(len(text), cue_end + 20)) is not None


def cited_source(text: str, language: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with "selon", "according to"...: a quick test for
    the words first, since most mentions have none of them before."""
    window = text[start:end].casefold()
    if not any(needle in window for needle in _SOURCE_NEEDLES[language]):
        return False
    return _SOURCE[language].search(text, start, end) is not None


def told_paper(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a paper a speaker told something ("had
    told Reuters", "told the Financial Times"): a source, no party (but "told the Dutch
    government" names one)."""
    return (text.endswith("told ", 0, start) or text.endswith("told the ", 0, start)) and text[
        start:end
    ].casefold() in MEDIA_KEYS


def asks_for_comment(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` asks for comment ("did not respond to
    TechCrunch's request for comment"): a paper, no party."""
    return text.startswith(("'s request", "’s request"), end) and bool(
        _COMMENT_REQUESTED.match(text, end)
    )


_COMMENT_REQUESTED = re.compile(r"['’]s\s+requests?\s+for\s+comment")


# "Australia's CSL", "Britain's Competition and Markets Authority": a place with a
# possessive right before a name says where the name is, not who acts.
_PLACE_OF = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}")
# "Fortnite maker Epic Games", "Coach owner Tapestry": a product before a trade noun
# describes the company named after it.
_PRODUCT_OF = re.compile(
    r"\s+(?:maker|owner|developer|publisher|creator|operator|parent|producer)\s+"
)
# "7-Eleven owner Seven & i", "TikTok parent ByteDance": a company owned by the next
_COMPANY_OF = re.compile(r"\s+(?:owner|parent)\s+")


def _without_modifiers(
    text: str, inside: list[Found], kinds: Sequence[EntityKind]
) -> tuple[list[Found], list[tuple[int, int]], list[tuple[int, int]]]:
    """Drop the mentions that only describe the name right after them; also return
    (maker, product) for each product or company that titles its maker or owner
    ("Fortnite maker Epic", "7-Eleven owner Seven & i"), and where those titles are."""
    kept: list[Found] = []
    made: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    for mention, after in itertools.zip_longest(inside, inside[1:]):
        if after is not None and after.entity != mention.entity:
            describes, owned = describes_next(
                text, kinds[mention.entity], mention.end, after.start, kinds[after.entity]
            )
            if owned:
                made.append((after.entity, mention.entity))
                titles.append((mention.end, after.start))
            if describes:
                continue
        kept.append(mention)
    return kept, made, titles


def describes_next(
    text: str, kind: EntityKind, end: int, next_start: int, next_kind: EntityKind
) -> tuple[bool, bool]:
    """Whether a name of ``kind`` ending at ``end`` only describes the name of
    ``next_kind`` at ``next_start`` ("Germany's Siemens", "Fortnite maker Epic", "TikTok
    owner ByteDance"), and whether it says so by naming what that one makes or owns."""
    gap = (
        _PLACE_OF
        if kind is EntityKind.PLACE
        else _PRODUCT_OF
        if kind is EntityKind.PRODUCT
        else _COMPANY_OF
        if kind is EntityKind.ORG
        else None
    )
    if gap is None or (title := gap.fullmatch(text, end, next_start)) is None:
        return False, False
    # "Brooklyn Nets owner Joe Tsai": a person may own a company too, not be its parent
    person_owner = next_kind is EntityKind.PERSON and "owner" in title.group()
    return True, kind is not EntityKind.PLACE and (next_kind is EntityKind.ORG or person_owner)


def _without_places_of(
    text: str, mentions: list[Found], kinds: Sequence[EntityKind]
) -> list[Found]:
    """The mentions but a place's before "'s", which says where the next name is
    ("Australia's Allkem", "from Canada's Nutrien"): no party there."""
    return [
        m
        for m in mentions
        if not (kinds[m.entity] is EntityKind.PLACE and text.startswith(("'s ", "’s "), m.end))
    ]


def _outermost(mentions: list[Found]) -> list[Found]:
    """Drop mentions nested in another ("Satya Nadella" in "la firme de Satya Nadella")."""
    kept: list[Found] = []
    for mention in mentions:
        if kept and kept[-1].start <= mention.start and mention.end <= kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _oriented(
    pairs: list[tuple[int, int, float]], arguments: tuple[int, int], inside: list[Found]
) -> list[tuple[int, int, float]]:
    """Turn a pair round when the parse makes its target the cue's subject and its source
    the object ("X a été racheté par Y"), and trust it a little more when they agree."""
    by_offset = {m.start: m.entity for m in inside}
    subject, obj = by_offset.get(arguments[0]), by_offset.get(arguments[1])
    oriented = []
    for source, target, confidence in pairs:
        if (subject, obj) == (target, source):
            oriented.append((target, source, confidence))
        elif (subject, obj) == (source, target):
            oriented.append((source, target, min(0.9, confidence + 0.1)))
        else:
            oriented.append((source, target, confidence))
    return oriented


def _clause_limits(
    bounds: Sequence[tuple[int, int]], q_start: int, q_end: int, cue_start: int, cue_end: int
) -> tuple[int, int]:
    """The stretch of the sentence around a cue that its parties may come from."""
    left = max((end for _start, end in bounds if end <= cue_start), default=q_start)
    right = min((start for start, _end in bounds if start >= cue_end), default=q_end)
    return left, right


def _quoted_apart(text: str, start: int, end: int) -> bool:
    """A quotation mark between a party and the cue: one of them is inside a quote."""
    return _QUOTE_MARK.search(text, start, end) is not None


_QUOTE_MARK = re.compile("[" + "".join(_QUOTE_MARKS) + "]")
# An apposition holding a quoted phrase, between a party and its verb: 'X, a
# self-described "enemy of interest rates", has criticized'
_QUOTED_APPOSITION = re.compile(r",\s+[^,\"“”«»]*[\"“«][^\"“”«»]+[\"”»]\s*,\s*(?:[\w'’-]+\s+){0,2}")


def inside_quotation(text: str, start: int, end: int) -> bool:
    """An odd number of quotation marks in ``text[start:end]``: one side of it is quoted."""
    return len(_QUOTE_MARK.findall(text, start, end)) % 2 == 1


def _regulator_fallback(
    text: str, inside: list[Found], kinds: Sequence[EntityKind], cue_start: int
) -> list[tuple[int, int, float]]:
    """ "X et Y, sous la pression de la FTC et de la CMA qui avaient lancé des enquêtes":
    regulators just before a probe or a fine with no object act on the parties named
    before them in the sentence."""
    before = [m for m in inside if m.end <= cue_start]
    regulators: list[Found] = []
    for mention in reversed(before):
        if kinds[mention.entity] is not EntityKind.REGULATOR:
            break
        if regulators and not _LIST_GAP.match(text[mention.end : regulators[-1].start]):
            break
        regulators.append(mention)
    if not regulators:
        return []
    earlier = [m for m in before if m.end <= regulators[-1].start]
    parties = [m for m in earlier if kinds[m.entity] in (EntityKind.ORG, EntityKind.PRODUCT)]
    if not parties:
        return []
    targets = [parties[-1], *_listed_before(text, parties)]
    return [(r.entity, t.entity, 0.5) for r in regulators for t in targets if r.entity != t.entity]


# Auxiliaries and adverbs between an apposition and its verb: "X, PDG d'Y, a défendu".
_HELPERS = frozenset(
    "a ont avait avaient aurait auraient va vont est sont has have had is was were will "
    "would could also aussi déjà already then alors également désormais toujours encore "
    "still now".split()
)


def _subject_before_apposition(text: str, left: list[Found], cue_start: int) -> Found | None:
    """ "Carlos Tavares, l'ancien patron de Stellantis, accuse ...": the actor is the name
    before the apposition, not the one inside it. After a relative clause ("The watchdog,
    which fined Google and Apple, is probing Meta") the actor is the name before "which",
    and None when the text names none there."""
    nearest = left[-1]
    tail = text[nearest.end : cue_start]
    if len(left) >= 2 and _COORDINATED_VERB.match(tail):
        # "Zorblat signed a deal with Quux and sued Blargco": the second verb's subject
        # is the first one's, not its object
        return left[0]
    if (
        len(left) >= 2
        and _PARTICIPLE_CUE.match(text, cue_start)
        and (
            tail.strip() == ","
            # (not "Les actionnaires de Hanjin KAL, la holding ..., ont approuvé ...,
            # infligeant": the first name qualifies a noun)
            or (
                _THEN_COMMA.fullmatch(tail)
                and not _OF_BEFORE_NAME.search(text, max(0, left[0].start - 12), left[0].start)
            )
        )
    ):
        # "The Justice Department sued Live Nation, accusing the concert giant of ...": the
        # participle's subject is the sentence's, also after the clause's adverbials
        # ("launched a case against China at the WTO on Thursday, accusing Beijing")
        return _first_subject(text, left)
    if len(left) >= 2 and _OF_THE.fullmatch(text, left[-2].end, nearest.start) and not tail.strip():
        # "Judge X of the Southern District ruled": X rules
        return left[-2]
    speech = next(reversed(list(_SPEAKER_SAYS_IT.finditer(text, nearest.end, cue_start))), None)
    if speech is not None:
        # "CISPE, which represents providers including AWS, said it had filed an appeal":
        # the one who says it acts
        return _subject_before_apposition(text, left, speech.start("verb"))
    _, comma, after_comma = tail.rpartition(",")
    helpers = after_comma.split()
    closed = bool(comma) and (
        (len(helpers) <= 2 and all(w.casefold() in _HELPERS for w in helpers))
        # "Flutter, the owner of Paddy Power and Betfair, agreed on Wednesday to combine
        # with ...": a verb of will, then the cue
        or _WILLED.fullmatch(after_comma) is not None
    )
    if not closed:
        return nearest
    relative = None
    for match in _RELATIVE.finditer(text, max(0, nearest.start - 200), nearest.start):
        relative = match
    if relative is not None and "," not in text[relative.end() : nearest.start]:
        before = [m for m in left if m.end <= relative.start()]
        gap = text[before[-1].end : relative.start()] if before else "x"
        return before[-1] if not gap.strip() or _TITLE_BETWEEN.fullmatch(gap) else None
    if len(left) < 2:
        return nearest
    for candidate in reversed(left[:-1]):
        between = text[candidate.end : nearest.start]
        if between.lstrip().startswith(",") and "," not in between.lstrip()[1:]:
            if _titled_complement(text, candidate.start) and between.strip() == ",":
                # "La directrice de Quux, Ada Roe, a critiqué ...": the name after the
                # comma holds the title the first name completes, and acts
                return nearest
            return candidate
    return nearest


# The "of" before a name that completes a noun: "La directrice de", "The chief executive
# of", "Shareholders of"
_OF_BEFORE_NAME = re.compile(r"\s(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|the)\s+|l['’]\s*)?$")


def _titled_complement(text: str, start: int) -> bool:
    """Whether the name at ``start`` completes a title before it ("directrice de X",
    "directeur général de X", "chief executive of X")."""
    window = text[max(0, start - 40) : start]
    of = _OF_BEFORE_NAME.search(window)
    if of is None:
        return False
    words = window[: of.start()].split()[-2:]
    return any(is_role_word(word.casefold()) for word in words)


def _first_subject(text: str, left: list[Found]) -> Found:
    """The sentence's first party, past the names that only qualify the next: "The U.S.
    Justice Department", "Ben & Jerry's co-founder Jerry Greenfield"."""
    subject = left[0]
    for following in left[1:]:
        words = text[subject.end : following.start].replace("'s", " ").replace("’s", " ").split()
        if any(not w.isalpha() and w != "." and "-" not in w for w in words) or len(words) > 3:
            break
        if words and not any(is_role_word(w.casefold()) for w in words):
            break
        subject = following
    return subject


# Between a cue and its object: nothing, or "with" ("advised Kite", "partnered with X",
# "sont associés à l'américain Chevron")
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:with|avec|à|au|aux)\s+)?(?:the\s+|l['’]\s*|le\s+|la\s+)?(?:[a-zà-ÿ]+\s+)?"
)
# Between a country and the party it qualifies: its possessive or up to two lower-case
# words that are no function words ("Canada's The Stars Group", "U.S. rival WestRock";
# not "against India over a retrospective tax claim")
_PLACE_QUALIFIES = re.compile(r"(?:\.|['’]s)?\s+(?P<words>(?:[a-zà-ÿ][\w-]*\s+){0,2})")


def _qualified_by_place(text: str, place_end: int, party_start: int) -> bool:
    gap = _PLACE_QUALIFIES.fullmatch(text, place_end, party_start)
    return gap is not None and not any(w in STOPWORDS for w in gap.group("words").split())


_WHO = re.compile(r"\bwho\b")
_ADJECTIVAL_GAP = re.compile(r"\.?\s*")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# Between an apposition's closing comma and a cue: a verb of will and its "to" or "de"
_WILLED = re.compile(
    r"\s*(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:agree[ds]?|plan(?:s|ned)?|wants?"
    r"|wanted|intends?|intended|offer(?:s|ed)?|decided?|decides|accepté|décidé|proposé"
    r"|prévoit|prévoient|compte|comptent|souhaite|souhaitent|veut|veulent)"
    r"(?:\s+(?!(?:to|de|d['’])\b)\S+){0,3}\s+(?:to|de|d['’])\s*",
    re.IGNORECASE,
)
# Before the first name after a participle: a pronoun, or the complement that follows its
# object ("accusing it of", "accusing the bank of", "l'accusant de"), so no name is its
# object
_UNNAMED_OBJECT = re.compile(
    r"\b(?:it|them|him|her|of|de|d['’]|que|qu['’](?:il|elle)s?|that\s+(?:it|they|he|she))\b"
)
_PARTICIPLE_CUE = re.compile(r"\w+(?:ing|ant)\b")
# Up to six words that name no new clause's subject or object, then the comma (and the
# participle's pronoun: ", l'accusant de")
_THEN_COMMA = re.compile(
    r"(?:\s+(?!(?:which|who|whom|that|and|but|or|qui|que|qu|dont|et|mais|ou)\b)[\w'’-]+){0,6}"
    r"\s*,\s*(?:l['’]|les\s+)?"
)
# ", said (on Thursday) (that) it": the speaker named before the comma is the "it"
_SPEAKER_SAYS_IT = re.compile(
    r",\s*(?P<verb>said|says|announced|added|stated|a\s+(?:indiqué|annoncé|déclaré|affirmé"
    r"|précisé)|indique|annonce|affirme|précise)\b(?:\s+(?:on|late\s+on)\s+\w+)?"
    r"(?:\s+that)?\s+(?:it|they|qu['’](?:il|elle)s?)\b"
)
# A second verb sharing the subject of the first: "... Quux (last year) and sued", "...
# Quux et a attaqué", "... Quux, puis critique".
_COORDINATED_VERB = re.compile(
    r"\s*,?\s*(?:\S+\s+){0,3}?(?:and|et|but|mais|puis|then)\s+"
    r"(?:(?:a|ont|avait|avaient|has|have|had|is|was|were|will|would|also|aussi|then|later"
    r"|ensuite|n['’]a|has\s+not|did)\s+){0,2}$",
    re.IGNORECASE,
)


# A second verb of the same subject after the cue's object, made a verb by its auxiliary:
# "and had repeatedly misled", "et a ensuite attaqué"
_NEXT_PREDICATE = {
    "en": re.compile(
        r"\s(?:and|but)\s+(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?!been\b|to\b)[a-z]+\b"
        # a new subject, one of the first's own: "was fined by the authority, and its
        # chief executive, X, called the measure stupid"
        r"|,\s+(?:and|but)\s+(?:its|their)\s"
    ),
    "fr": re.compile(
        r"\s(?:et|mais)\s+(?:a|ont|avait|avaient)\s+(?:[a-zéèêû]+\s+)?"
        r"[a-zéèêû]+(?:é|ée|és|ées|is|it|u|ert)\b"
        r"|,\s+(?:et|mais)\s+(?:son|sa|ses|leurs?)\s"
    ),
}


_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|that|qui|que|dont|lequel|laquelle|lesquels|lesquelles)\b",
    re.IGNORECASE,
)
# A title set off between the name and its relative clause: "Pravin Gordhan, the minister
# of public enterprises, whose department oversees Eskom, urged ..."
_TITLE_BETWEEN = re.compile(
    r",\s+(?:the|its|le|la|l['’]|son|sa)\s*[^,;:()\"“”«»]{1,80}", re.IGNORECASE
)


def _possessed(text: str, mentions: list[Found]) -> Found | None:
    """ "supporter of Epic's Unreal Engine": the thing owned is a party too."""
    if len(mentions) < 2:
        return None
    owner, owned = mentions[0], mentions[1]
    gap = text[owner.end : owned.start]
    return owned if _POSSESSIVE.match(gap) else None


def _listed_after(text: str, mentions: list[Found]) -> list[Found]:
    """Parties enumerated after the first one: "avec Oracle, SoftBank et MGX"."""
    listed: list[Found] = []
    for previous, current in pairwise(mentions):
        if not _LIST_GAP.match(text[previous.end : current.start]):
            break
        listed.append(current)
    return listed


def _listed_before(text: str, mentions: list[Found]) -> list[Found]:
    """Coordinated actors before the cue: "Microsoft et OpenAI signent"."""
    listed: list[Found] = []
    ordered = mentions[::-1]
    for later, earlier in pairwise(ordered):
        gap = text[earlier.end : later.start]
        if not _LIST_GAP.match(gap) or gap.strip() in ("", "of", "de"):
            break
        listed.append(earlier)
    return listed


# A subject that stands for the company named before: "l'entreprise a signé ...".
_ANAPHOR = {
    "fr": re.compile(
        r"\b(?:l['’]entreprise|la\s+société|le\s+groupe|la\s+firme|il|elle)\s+(?:\w+\s+){0,4}$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:the\s+company|the\s+firm|the\s+group|it)\s+(?:\w+\s+){0,4}$", re.IGNORECASE
    ),
}
_OF_OWNER = {
    "fr": re.compile(r"\s+(?:de|d['’]|du|des)\s*(?:la\s+|l['’])?$", re.IGNORECASE),
    "en": re.compile(r"\s+(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE),
}
_INCLUDING = {
    "fr": re.compile(
        r"^,?\s+(?:dont|notamment|comme|tels?\s+que)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
    ),
    "en": re.compile(
        r"^,?\s+(?:including|such\s+as|like|notably)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
    ),
}
_AUXILIARIES = frozenset(("has", "have", "had", "a", "ont", "avait", "avaient"))


def _headline_like(before: str) -> bool:
    """ "Meta fined ... by": a name right before the participle, no auxiliary between."""
    return bool(before) and before.rstrip()[-1:].isalnum()


def _coordinated(text: str, language: str, side: list[Found]) -> tuple[int, int] | None:
    """Two parties joined by "et"/"and" next to the cue: "Microsoft et OpenAI"."""
    if len(side) < 2:
        return None
    first, second = sorted(side[:2], key=lambda m: m.start)
    gap = text[first.end : second.start]
    if gap in _COORDINATION[language] and first.entity != second.entity:
        return first.entity, second.entity
    return None


def _possessive_title(text: str, language: str, cue_start: int, right: list[Found]) -> bool:
    """ "Son directeur général, X,", "Its chief executive, X,": a possessive title set off
    before the person it names."""
    if not _ROLE_ANAPHOR[language].search(text, max(0, cue_start - 50), cue_start):
        return False
    return bool(right) and _APPOSED.match(text, cue_start, right[0].start) is not None


_APPOSED = re.compile(r"[\w'’ -]+,\s*$")

# A possessive before a title: "its chief executive Terry Holohan"
# (French "son", "sa" only opening a clause: elsewhere they name the body named last as
# often, "la participation de 10 % de son fondateur", "au directeur général de Didi, X,
# ainsi qu'à sa présidente")
_POSSESSIVE_BEFORE = {
    "en": re.compile(r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE),
    "fr": re.compile(
        r",\s+(?:et|mais)\s+(?:son|sa|leur)\s+(?:[a-zéèêëîïôûç-]+\s+){0,2}$", re.IGNORECASE
    ),
}
# (the rest of the title: "son directeur général, X", the cue being "directeur")
_TITLE_TO_NAME = re.compile(
    r"(?:\s+(?!(?:with|by|of|for|in|and|de|du|des|à|au|par|pour|en|et)\s)(?-i:[a-zéèêëîïôûç-]+))"
    r"{0,3}\s*,?\s*"
)
_LISTED_BEFORE = re.compile(r"\s*,\s*(?:\w+\s+){1,3}", re.IGNORECASE)


def _subject_holds_title(
    text: str,
    language: str,
    inside: list[Found],
    kinds: Sequence[EntityKind],
    cue_start: int,
    cue_end: int,
) -> list[tuple[int, int, float]]:
    """ "Resolute Mining agreed to pay the government $160mn after its chief executive
    Terry Holohan was held": a title after a possessive, right before the person it
    names, is held in the sentence's first body, the possessive's subject, not in the
    body named nearest."""
    pattern = _POSSESSIVE_BEFORE.get(language)
    if pattern is None or not pattern.search(text, max(0, cue_start - 40), cue_start):
        return []
    person = next((m for m in inside if m.start >= cue_end), None)
    if (
        person is None
        or kinds[person.entity] is not EntityKind.PERSON
        or not _TITLE_TO_NAME.fullmatch(text, cue_end, person.start)
    ):
        return []
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    before = [m for m in inside if m.end <= cue_start and kinds[m.entity] in bodies]
    if not before or _LISTED_BEFORE.fullmatch(text, before[-1].end, cue_start):
        # ("accused Cleveland-Cliffs, its chief executive X and ...": a list, each item
        # the previous one's)
        return []
    return [(person.entity, before[0].entity, 0.7)]


def _anaphoric_role(
    text: str,
    language: str,
    inside: list[Found],
    kinds: Sequence[EntityKind],
    antecedent: int,
    cue_start: int,
) -> list[tuple[int, int, float]]:
    """ "Daniel Ek, the company's chief executive", "Son gouverneur, X": a role word after
    a possessive, with a person and no organisation in the sentence, is held in the
    organisation named last before it."""
    if not _ROLE_ANAPHOR[language].search(text, max(0, cue_start - 50), cue_start):
        return []
    # not the speaker of a quotation the title is in ("« ... the words of its founder »,
    # said X": X is not the founder)
    persons = [
        m
        for m in inside
        if kinds[m.entity] is EntityKind.PERSON
        and not inside_quotation(text, min(m.end, cue_start), max(m.start, cue_start))
    ]
    if not persons:
        return []
    person = min(persons, key=lambda m: abs(m.start - cue_start))
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    # another body named here may be the one meant; the antecedent named again is not
    # ("Its president, X, ... said the association would ..."), nor one the quotation
    # before the role names ("« ... des éleveurs », a averti son président"), nor one
    # named after the title and the person it is given ("Son directeur général, X, a
    # exhorté la présidente de la Commission")
    if any(
        kinds[m.entity] in bodies
        and m.entity != antecedent
        and not (m.end <= cue_start and inside_quotation(text, m.end, cue_start))
        and not (cue_start < person.start and m.start > person.end)
        for m in inside
    ):
        return []
    return [(person.entity, antecedent, 0.5)]


def _nominal_role(
    text: str,
    language: str,
    inside: list[Found],
    kinds: Sequence[EntityKind],
    antecedent: Callable[[], int | None],
    cue: tuple[int, int],
    cue_text: str,
) -> list[tuple[int, int, float]]:
    """A role in a company named by a common noun: "X, directeur général de la start-up"
    (the sentence's subject, or the company named before), "la start-up a recruté X"."""
    cue_start, cue_end = cue
    if _HIRING.match(cue_text):
        if not _NOMINAL_SUBJECT[language].search(text, max(0, cue_start - 40), cue_start):
            return []
        hired = next((m for m in inside if m.start >= cue_end and m.start - cue_end <= 12), None)
        if hired is None or kinds[hired.entity] is not EntityKind.PERSON:
            return []
        body = antecedent()
        return [(hired.entity, body, 0.45)] if body is not None else []
    noun = _NOMINAL_OBJECT[language].match(text, cue_end, min(len(text), cue_end + 60))
    if (
        noun is None
        or noun.group("noun")[:1].isupper()  # "président de la Fédération nationale ..."
        or any(_NAMED_BODY.fullmatch(text, noun.end(), m.start) for m in inside)
    ):
        # "directeur général du groupe Iliad", "of the union's District 751": the name says
        # which body (not the holder set off after a comma: "du syndicat, X")
        return []
    persons = [m for m in inside if kinds[m.entity] is EntityKind.PERSON]
    if not persons:
        return []
    person = min(persons, key=lambda m: abs(m.start - cue_start))
    # the sentence's subject, not a company named in the words it quotes; a union's
    # officer speaks of the company named after ("la secrétaire générale de la
    # confédération, X, qui fustige Carrefour"): the union is named before
    union = noun.group("union") is not None
    subject = next(
        (
            m.entity
            for m in inside
            if kinds[m.entity] is EntityKind.ORG
            and not (union and m.start > cue_start)
            and not inside_quotation(text, min(m.end, cue_start), max(m.start, cue_start))
        ),
        None,
    )
    body = subject if subject is not None else antecedent()
    return [(person.entity, body, 0.45)] if body is not None else []


# Between a body's common noun and its name: "du groupe Iliad", "of the union's District 751"
_NAMED_BODY = re.compile(r"(?:['’]s)?\s?")
_COMPANY_NOUNS = {
    "fr": r"(?:start-up|startup|jeune\s+pousse|entreprise|société|firme|groupe|banque"
    r"|néobanque|laboratoire|constructeur|équipementier|opérateur|enseigne|distributeur"
    r"|assureur|réassureur|compagnie|transporteur|conglomérat|fabricant|énergéticien)",
    "en": r"(?:company|startup|start-up|firm|group|bank|carrier|maker|lab|retailer|insurer"
    r"|airline|lender|automaker|carmaker|drugmaker|manufacturer|conglomerate)",
}
_NOMINAL_SUBJECT = {
    "fr": re.compile(
        rf"\b(?:la|le|l['’])\s*{_COMPANY_NOUNS['fr']}\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE
    ),
    "en": re.compile(rf"\bthe\s+{_COMPANY_NOUNS['en']}\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE),
}
# The bodies a title may be held in, named by a common noun after it: "le PDG de
# l'enseigne", "secrétaire générale du syndicat", "president of the union"
_UNION_NOUNS = {
    "fr": r"(?:syndicat|association|fédération|confédération)",
    "en": r"(?:union|association)",
}
_NOMINAL_OBJECT = {
    language: re.compile(
        rf"\s+(?:\w+\s+)?{of}\s*(?P<noun>{_COMPANY_NOUNS[language]}|(?P<union>{_UNION_NOUNS[language]}))\b",
        re.IGNORECASE,
    )
    for language, of in (("fr", r"(?:de\s+la|de\s+l['’]|du)"), ("en", r"of\s+the"))
}

# "son président", "le PDG du groupe", "the union's international president": up to two
# adjectives between the possessive and the title, but no peer ("Son collègue chargé de
# l'Industrie, X": a minister's colleague holds nothing in what was named before)
_NOT_A_PEER = (
    r"(?!(?:collègue|homologue|prédécesseur|successeur|colleague|counterpart|predecessor"
    r"|successor)s?\b)"
)
_ROLE_ANAPHOR = {
    "fr": re.compile(
        r"(?:\b(?:son|sa|leur)|\b(?:du|de\s+la|de\s+l['’])\s*(?:groupe|société|banque|entreprise"
        r"|syndicat|association|compagnie|enseigne|fédération|confédération))\s+(?:"
        + _NOT_A_PEER
        + r"[a-zéèê-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\b(?:its|their)|\bthe\s+(?:company|group|firm|bank|union|association|airline"
        r"|carrier|studio|lender|insurer|agency|regulator|watchdog)['’]s)\s+(?:"
        + _NOT_A_PEER
        + r"[a-z-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
}
_FOUNDING = re.compile(r"\b(?:co-?)?(?:founded|fondé)", re.IGNORECASE)
# The whole word a cue starts: "co-founders" of the cue "co-founder"
_WORD_AT = re.compile(r"[\w-]+")
# A successor and the one it replaces: "Per Bank, who succeeded Galen Weston", "pour
# succéder à Travis Kalanick", "en remplacement d'Henri de Castries", "Thiam sera remplacé
# par Thomas Gottstein" (the one who replaces named after "par" / "by")
_SUCCESSION = re.compile(r"succ|remplac|replac|took\s+over", re.IGNORECASE)
_REPLACED_BY = {
    "fr": re.compile(r"remplacée?s?\b", re.IGNORECASE),
    "en": re.compile(r"replaced\b", re.IGNORECASE),
}
_BY = {
    "fr": re.compile(r"^\s*(?:\S+\s+){0,5}?par\b"),
    "en": re.compile(r"^\s*(?:\S+\s+){0,5}?by\b"),
}
# A cue at the start of its sentence
_OPENING = re.compile(r"(?:^|[.!?\n])\s*$")
# Cues of hiring: the person hired comes right after ("Microsoft has hired Jane Doe").
_HIRING = re.compile(r"(?:hir|recrut|recruit|embauch|appoint|nomm|named)", re.IGNORECASE)


# "CEO Ada Roe of Zorblat", "Representative X, the top Democrat on the Y committee",
# "le président X, de Y"
_OF_BODY = re.compile(
    r"\s*(?:,\s*(?:(?:the|a|an|le|la|l['’])\s*)?(?:[\w-]+\s+){0,4})?"
    r"(?:of|on|at|de|du|d['’]|chez)\s*(?:(?:the|la|le|l['’])\s*)?$"
)


_COMMA = re.compile(r"\s*,\s*")
# A minister holds office in the government, wherever the sentence names it: "La ministre
# chargée de l'Autonomie, Brigitte Bourguignon, a annoncé que l'Etat allait ..."
_MINISTER = re.compile(r"(?:ministr|minister|secr[ée]tair)", re.IGNORECASE)
_GOVERNMENT_NAME = re.compile(
    r"(?:[EÉ]tat|gouvernement|[Ss]tate|[Gg]overnment|[Aa]dministration)(?:\s+\w+)?"
)
_UNDER = re.compile(r"\b(?:[Uu]nder|[Ss]ous)\s+(?:(?:the|la|le|l['’]|\w+)\s*)?$")


def _titled_in(text: str, cue_start: int, person: Found, body: Found) -> bool:
    """Whether a title written right before ``person`` may be held in ``body``: a body
    named before the title, after "of" past the name, or set off by a comma in "X, the
    agency's ..." or "Under Chief Executive X, Goldman built ..."."""
    if body.end <= cue_start or _OF_BODY.match(text, person.end, body.start):
        return True
    if not _COMMA.fullmatch(text, person.end, body.start):
        return False
    return text[body.end : body.end + 1] in ("'", "’") or bool(
        _UNDER.search(text, max(0, cue_start - 40), cue_start)
    )


def _held_past_name(text: str, cue_start: int, person: Found, body: Found) -> bool:
    """Whether a title written before ``person`` and set off from it may be held in
    ``body``: a body named before the name, one the name is "of", or for a minister the
    government or the State."""
    return (
        body.end <= person.start
        or _titled_in(text, cue_start, person, body)
        or bool(
            _MINISTER.search(text, max(0, cue_start - 30), person.start)
            and _GOVERNMENT_NAME.fullmatch(text, body.start, body.end)
        )
    )


def _succession(
    text: str,
    language: str,
    left: list[Found],
    right: list[Found],
    kinds: Sequence[EntityKind],
    cue_end: int,
    cue: str,
) -> list[tuple[int, int, float]]:
    """The successor and the one succeeded around the succession cue ``cue``, both
    persons: the nearest person before the cue succeeds the nearest after it, or the other
    way round after "remplacé par", "replaced by"."""
    before = next((m for m in reversed(left) if kinds[m.entity] is EntityKind.PERSON), None)
    persons = [m for m in right if kinds[m.entity] is EntityKind.PERSON]
    after = persons[0] if persons else None
    if before is None and len(persons) >= 2 and persons[1].entity != persons[0].entity:
        # "en remplacement d'Henri de Castries, Thomas Buberl ...": the successor after
        before, after = persons[1], persons[0]
        return [(before.entity, after.entity, 0.6)] if after.start - cue_end <= ROLE_REACH else []
    if before is None or after is None or before.entity == after.entity:
        return []
    if after.start - cue_end > ROLE_REACH:
        return []
    if _REPLACED_BY[language].match(cue) and _BY[language].match(text[cue_end : after.start + 1]):
        return [(after.entity, before.entity, 0.6)]
    return [(before.entity, after.entity, 0.6)]


_TITLE_WORDS = re.compile(r"(?:\s+(?!(?:and|or|et|ou|with|avec)\b)[a-z][\w-]*){1,3}\s+")
"""The title words between a body and a person's name: " engineer ", " senior banker "."""


def _role_pair(
    text: str,
    left: list[Found],
    right: list[Found],
    kinds: Sequence[EntityKind],
    cue_start: int,
    cue_end: int,
    cue: str = "",
) -> list[tuple[int, int, float]]:
    """A person and the organisation (or an organisation and its product) around a role:
    the nearest person and the nearest organisation on either side of the role word."""
    # a body named inside a quotation is the speaker's words, not where they work:
    # "“... identified by the FCA”, chair X said" (but "X called it “...” and said the
    # association would ...": a whole quotation between, both outside it)
    near = [
        m
        for m in left
        if cue_start - m.end <= ROLE_REACH and not inside_quotation(text, m.end, cue_start)
    ][::-1]
    far = [
        m
        for m in right
        if m.start - cue_end <= ROLE_REACH and not inside_quotation(text, cue_end, m.start)
    ]
    if len(near) >= 2 and _RELATIVE_BEFORE_CUE.fullmatch(text, near[0].end, cue_start):
        # "Access Industries, le conglomérat du milliardaire Len Blavatnik, qui contrôle
        # également Warner Music Group": the relative clause is about the name the
        # apposition describes, not about those inside it
        described = next(
            (
                k
                for k in range(1, len(near))
                if _DESCRIBING_APPOSITION.fullmatch(text, near[k].end, near[0].start)
            ),
            None,
        )
        if described is not None:
            near = near[described:]
    if len(near) + len(far) < 2:
        return []
    if _HIRING.match(cue):
        hired = far[0] if far and far[0].start - cue_end <= 12 else None
        if hired is None or kinds[hired.entity] is not EntityKind.PERSON or not near:
            return []
        employer = next(
            (m for m in near if kinds[m.entity] in (EntityKind.ORG, EntityKind.REGULATOR)), None
        )
        return [(hired.entity, employer.entity, 0.6)] if employer is not None else []

    def distance(mention: Found) -> int:
        return cue_start - mention.end if mention.end <= cue_start else mention.start - cue_end

    around = sorted([*near, *far], key=distance)
    person = _apposed_holder(text, cue_end, far, kinds) or next(
        (m for m in around if kinds[m.entity] is EntityKind.PERSON), None
    )
    bodies: tuple[EntityKind, ...] = (EntityKind.ORG, EntityKind.REGULATOR)
    if _FOUNDING.search(cue):
        bodies = (*bodies, EntityKind.PRODUCT)  # "X, who co-founded Instagram"
    founders: list[Found] = []  # the founders named after the cue, the person first
    # "MediaMonks co-founders Victor Knaap and Wesley ter Haar": each founder listed
    cue_word = _WORD_AT.match(text, cue_start)
    plural_founders = cue_word is not None and cue_word.group().casefold() in PLURAL_FOUNDERS
    if (
        person is not None
        and person.start >= cue_end
        and (_FOUNDING.search(cue) or plural_founders)
    ):
        founders = [person, *_listed_after(text, far[far.index(person) :])]
        founders = list(takewhile(lambda m: kinds[m.entity] is EntityKind.PERSON, founders))
        if _OPENING.search(text, max(0, cue_start - 4), cue_start):
            # "Fondé en 2000 par Olivier Duha et Frédéric Jousset, deux anciens
            # consultants, Webhelp s'est hissé ...": the body is the clause's subject,
            # after a comma
            body = next(
                (m for m in far if m.start > founders[-1].end and kinds[m.entity] in bodies),
                None,
            )
            if body is None or "," not in text[founders[-1].end : body.start]:
                return []
            return [(f.entity, body.entity, 0.6) for f in founders]
    if person is not None:
        candidates = [m for m in around if kinds[m.entity] in bodies]
        if person.start >= cue_end and not text[cue_end : person.start].strip():
            # a title right before the name ("Prime Minister X criticized Y"): the body
            # is named before the title, or right after the name ("X of Y")
            candidates = [m for m in candidates if _titled_in(text, cue_start, person, m)]
        elif person.start >= cue_end:
            # "La ministre chargée du Numérique, Clara Chappaz, a estimé qu'Aylo ...": past
            # the name, only a body the name is "of" holds the title
            candidates = [m for m in candidates if _held_past_name(text, cue_start, person, m)]
        titled: list[Found] = []
        if founders and (founded := [m for m in candidates if m.end <= cue_start]):
            # "Otto, the start-up founded by former Google engineer Anthony Levandowski":
            # what the founder founded is named before the cue; a body between the cue
            # and the founder's name is where the founder's title was held
            titled = [
                m
                for m in candidates
                if cue_end <= m.start and _TITLE_WORDS.fullmatch(text, m.end, person.start)
            ]
            candidates = founded
        if not candidates:
            return []
        body = candidates[0]
        pairs = [(person.entity, body.entity, 0.7)]
        pairs.extend((person.entity, m.entity, 0.6) for m in titled[-1:])
        # "Webhelp, founded in 2000 by Olivier Duha and Frédéric Jousset": each founder
        pairs.extend((f.entity, body.entity, 0.6) for f in founders[1:])
        if body.start >= cue_end:
            after = far[far.index(body) :]
            owned = _possessed(text, after)
            if owned is not None and kinds[owned.entity] in bodies:
                # "president of CUPE's Air Canada Component": the title is held in the part
                return [(person.entity, owned.entity, 0.7)]
            # "the CEO of Google and Alphabet": every body listed after the first
            pairs.extend(
                (person.entity, m.entity, 0.6)
                for m in takewhile(lambda m: kinds[m.entity] in bodies, _listed_after(text, after))
                if m.entity != body.entity
            )
        return pairs
    held = _held_by_apposition(text, near, kinds, cue_start, cue)
    if held is not None:
        return [held]
    if not near or not far:
        return []
    a, b = near[0], far[0]
    if "," in text[a.end : cue_start] and text[a.end : cue_start].strip() != ",":
        # "La famille Mulliez, qui contrôle Auchan à travers l'AFM, est également
        # propriétaire de Decathlon": the subject before the relative clause (not a name
        # the cue is apposed to: "ainsi qu'à Xandr, filiale d'AT&T")
        subject = _subject_before_apposition(text, left, cue_start)
        if subject is not None and kinds[subject.entity] is kinds[a.entity]:
            a = subject
    ka, kb = kinds[a.entity], kinds[b.entity]
    if {ka, kb} == {EntityKind.ORG, EntityKind.PRODUCT}:
        org, product = (a, b) if ka is EntityKind.ORG else (b, a)
        pairs = [(org.entity, product.entity, 0.6)]
        if product is b:
            # "Kellanova owns Cheez-It and Pop-Tarts": every product listed after the first
            listed = _listed_after(text, far[far.index(product) :])
            pairs += [
                (org.entity, m.entity, 0.5)
                for m in takewhile(lambda m: kinds[m.entity] is EntityKind.PRODUCT, listed)
                if m.entity != product.entity
            ]
        return pairs
    if EntityKind.PRODUCT not in (ka, kb):
        owned = _possessed(text, far)
        if owned is not None and owned.entity != a.entity and kinds[owned.entity] is kb:
            # "owned by BlackRock's Global Infrastructure Partners": the owner is the unit
            b = owned
        part_of = _PART_OF.match(cue) and (
            _ENDS_WITH_OF.search(cue) or _TITLE_OF.match(text, cue_end)
        )
        if _OWNED_BY.search(cue) or part_of:
            # "Quux, owned by Zorblat", "Quux, filiale de Zorblat" (not "Zorblat's arm
            # Quux"): the owner is named after, and owns (a role goes from the owner);
            # "détenue à parts égales par
            # Stellantis, Mercedes-Benz et TotalEnergies": every owner listed after the first
            listed = takewhile(lambda m: kinds[m.entity] in bodies, _listed_after(text, far))
            owners = [b, *(m for m in listed if m.entity not in (a.entity, b.entity))]
            return [(m.entity, a.entity, 0.5 if m is b else 0.45) for m in owners]
        # "propriétaire de Decathlon et de Leroy Merlin": every body listed after the first
        after = far[far.index(b) :] if b in far else []
        listed = takewhile(lambda m: kinds[m.entity] is kb, _listed_after(text, after))
        return [(a.entity, b.entity, 0.5)] + [
            (a.entity, m.entity, 0.45) for m in listed if m.entity not in (a.entity, b.entity)
        ]
    return []


def _held_by_apposition(
    text: str, near: list[Found], kinds: Sequence[EntityKind], cue_start: int, cue: str
) -> tuple[int, int, float] | None:
    """ "Norges Bank, Shell's largest shareholder", "Prosus, the technology investor that
    is Delivery Hero's largest shareholder": a holder set off before a genitive holds it,
    though both are named before the cue (``near``, nearest first)."""
    if len(near) < 2 or not _HOLDER.fullmatch(cue):
        return None
    owned, holder = near[0], near[1]
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    if kinds[owned.entity] not in bodies or kinds[holder.entity] not in bodies:
        return None
    if not _GENITIVE_TITLE.fullmatch(text, owned.end, cue_start):
        return None
    if not _HOLDER_APPOSED.fullmatch(text, holder.end, owned.start):
        return None
    return (holder.entity, owned.entity, 0.5)


_HOLDER = re.compile(r"(?i:shareholder|owner|parent(?:\s+company)?|stakeholder)")
# "'s largest ", "’ biggest single "
_GENITIVE_TITLE = re.compile(r"['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}")
# ", " or ", the Singapore-based fund that is " (no verb but "is"/"was" of its own)
_HOLDER_APPOSED = re.compile(
    r",\s+(?:(?:the|an?)\s+(?:[\w-]+\s+){1,5}?(?:that|which)\s+(?:is|was|had\s+been|has\s+been)\s+(?:now\s+)?)?"
)


_OWNED_BY = re.compile(
    # (not a perfect tense: "which has owned Fisher-Price" owns)
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!long\s)(?<!also\s)"
    r"\b(?:détenue?s?|owned|controlled|contrôlée?s?|belong\w*|appart(?:ien|ena|enai)\w*"
    r"|exploitée?s?\s+par|operated\s+by|run\s+by)\b",
    re.IGNORECASE,
)
_ENDS_WITH_OF = re.compile(r"\s(?:of|de|du|des|d)$|\sd['’]\s*$")
# A role cue that names the part, before the whole it is part of
_PART_OF = re.compile(
    r"(?:(?:la|le|l['’])\s*)?(?:filiales?|subsidiar\w*|unit|arm|division|branch|brands?"
    rf"|(?:is|are|was|were)\s+part|fai\w*\s+partie|marques?|branche|bras\s+armé"
    rf"|{OWNED_BODIES_FR})\b",
    re.IGNORECASE,
)
_TITLE_OF = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*")


# A relative pronoun (and an adverb) between a name and the cue: ", qui contrôle
# également", ", which also owns"
_RELATIVE_BEFORE_CUE = re.compile(
    r"\s*,\s*(?:qui|which|that)\s+(?:(?:also|aussi|également|désormais|now|still|encore)\s+)?",
    re.IGNORECASE,
)
# An apposition describing the name before it, up to the name inside it: ", le conglomérat
# du milliardaire ", ", the investment vehicle of billionaire "
_DESCRIBING_APPOSITION = re.compile(
    r"\s*,\s+(?:(?:le|la|les|un|une|the|a|an)\s+|l['’])(?:[a-zà-ÿ][\w'’-]*\s+){1,5}",
)


def _apposed_holder(
    text: str, cue_end: int, far: list[Found], kinds: Sequence[EntityKind]
) -> Found | None:
    """ "la présidente de la Commission européenne, Ursula von der Leyen": the person set
    off right after the title and its body holds it, whoever is nearer on the other side."""
    if len(far) < 2 or kinds[far[1].entity] is not EntityKind.PERSON:
        return None
    body, person = far[0], far[1]
    if kinds[body.entity] not in (EntityKind.ORG, EntityKind.REGULATOR):
        return None
    if _TITLE_OF.fullmatch(text, cue_end, body.start) is None:
        return None
    return person if text[body.end : person.start] == ", " else None


# "In May, X sued Y", "on May 3", "late May": the month, not the modal verb (a title-case
# headline may still write "Regulators May Block Deal")
_MONTH_MAY = re.compile(r"May(?=\s+\d)")
_BEFORE_MONTH = re.compile(
    r"\b(?i:in|since|until|by|last|next|early|late|mid|from|through|of|this)[\s-]+$"
)


def _the_month(text: str, q_start: int, start: int) -> bool:
    """Whether the "May" at ``start`` is the month: "on May 3", "in May", "late May"."""
    return bool(
        _MONTH_MAY.match(text, start, start + 7)
        or _BEFORE_MONTH.search(text, max(q_start, start - 8), start)
    )


def sentence_modality(text: str, language: str, q_start: int, q_end: int) -> Modality:
    """How the sentence presents what it says: a guess, a report, a plan, or a fact."""
    found = {
        kind
        for start, end, kind in compile_modalities(language).finditer(text, q_start, q_end)
        if not (language == "en" and text[start:end] == "May" and _the_month(text, q_start, start))
    }
    return next((m for m in MODALITY_STEMS if m in found), Modality.ASSERTED)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One quote and its mentions, with all the text's mentions in order behind it."""

    position: int
    span: tuple[int, int]
    inside: list[Found]
    ordered: list[Found]
    starts: list[int]
    first: int

    def before(self, start: int) -> list[Found]:
        """The mentions from ``start`` up to this sentence."""
        return self.ordered[bisect.bisect_left(self.starts, start) : self.first]


def _by_sentence(
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    positions: Iterable[int] | None = None,
) -> Iterator[_Sentence]:
    """Each quote (or each of the quotes at ``positions``, in order) with the mentions
    inside it, in text order."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for position in range(len(quotes)) if positions is None else positions:
        q_start, q_end = quotes[position]
        lo, hi = bisect.bisect_left(starts, q_start), bisect.bisect_left(starts, q_end)
        yield _Sentence(position, (q_start, q_end), ordered[lo:hi], ordered, starts, lo)


def _sentences_at(
    quotes: Sequence[tuple[int, int]], mentions: Sequence[Found], offsets: Iterable[int]
) -> Iterator[_Sentence]:
    """``_by_sentence`` for the quotes that hold one of ``offsets`` only: a rule that
    needs a rare word reads the few sentences that have it."""
    q_starts = [start for start, _ in quotes]
    positions = sorted({bisect.bisect_right(q_starts, offset) - 1 for offset in offsets} - {-1})
    return _by_sentence(quotes, mentions, positions) if positions else iter(())


# A sentence opening on a role held in a body, with no name: "Le PDG de Veolia assure
# que ...", "L'ancien patron de Solvay ...", "The Veolia chief executive said ...",
# "Engie's chairman added ...".
_ROLE_SUBJECT = {
    "fr": re.compile(
        r"[«\"“\s]*(?:Le|La|L['’])\s*(?:nouve(?:au|lle)\s+|ancien(?:ne)?\s+)?"
        r"(?:PDG|P-DG|patron(?:ne)?|président(?:e)?|directeur\s+général|directrice\s+générale"
        r"|dirigeant(?:e)?|fondat(?:eur|rice))"
        r"(?:\s+exécuti(?:f|ve))?\s+(?:de\s+|d['’]|du\s+)"
    ),
    "en": re.compile(
        r"[\"“\s]*(?:The\s+)?(?:(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+)"
        r"(?:former\s+)?(?:chief\s+executive|CEO|chairman|chairwoman|chair|president|founder"
        r"|boss)\b"
    ),
}


def role_periphrases(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """A role named instead of its holder, in the sentence right after the holder's name:
    "..., s'est félicité Antoine Frérot. Le PDG de Veolia assure que ..." (he is Veolia's
    PDG). The holder is the last person named in the two sentences before, and no name
    follows the role in its own sentence."""
    pattern = _ROLE_SUBJECT.get(language)
    if pattern is None:
        return []
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions):
        position, (q_start, q_end), inside = sentence.position, sentence.span, sentence.inside
        match = pattern.match(text, q_start, q_end)
        if match is None:
            continue
        if language == "fr":
            body = next((m for m in inside if m.start == match.end()), None)
        else:
            body = next(
                (m for m in inside if m.start == match.start("owner") and m.end <= match.end()),
                None,
            )
        if body is None or kinds[body.entity] is not EntityKind.ORG:
            continue
        if any(kinds[m.entity] is EntityKind.PERSON and m.start < body.end + 60 for m in inside):
            continue  # "Le PDG de Veolia, Antoine Frérot, ...": the rules read it
        earlier = quotes[max(0, position - 2)][0]
        holder = next(
            (m for m in reversed(sentence.before(earlier)) if kinds[m.entity] is EntityKind.PERSON),
            None,
        )
        if holder is not None:
            found.append(
                Directed(
                    holder.entity, body.entity, RelationType.ROLE, Modality.ASSERTED, 0.45, position
                )
            )
    return found


# A list of products and the owner of them all: "les sodas Pepsi et 7Up, les chips Lay's
# ..., toutes des marques de PepsiCo", "brands of Kellanova such as Pringles and Eggo".
_BRANDS_OF = {
    "fr": re.compile(r"\b(?:marques?|produits)\s+(?:de\s+|du\s+|d['’])\s*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:brands?\s+(?:of|from)|(?:made|sold|marketed|owned)\s+by)\s+$"),
}


def brand_owners(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """The owner named after "marques de", "brands of", "made by" owns every product its
    sentence lists, however long the list (the cue rules relate the nearest only)."""
    pattern = _BRANDS_OF.get(language)
    if pattern is None:
        return []
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions):
        position, (q_start, _), inside = sentence.position, sentence.span, sentence.inside
        products = [m for m in inside if kinds[m.entity] is EntityKind.PRODUCT]
        if len(products) < 2:
            continue  # most sentences: nothing to list
        for owner in inside:
            if kinds[owner.entity] is not EntityKind.ORG:
                continue
            if not pattern.search(text, max(q_start, owner.start - 30), owner.start):
                continue
            owned = dict.fromkeys(m.entity for m in products if m.entity != owner.entity)
            found.extend(
                Directed(owner.entity, p, RelationType.ROLE, Modality.ASSERTED, 0.5, position)
                for p in owned
            )
    return found


# A body described by its owner or its holding right after its name: "Hachette Livre, la
# filiale d'édition de Lagardère", "PartnerRe, propriété de la holding Exor", "Iliad,
# maison mère de Free", "Bleacher Report, a unit of Warner Bros. Discovery", "BMR, le
# réseau de Sollio Groupe Coopératif"; or a sister company ("Gazoduq, société sœur de GNL
# Québec"). The group ``parent`` says the name before owns the one after.
_OWNERSHIP_APPOSITION = {
    "fr": re.compile(
        r"\s*,\s+(?:(?:la|le|l['’]|sa|son|une|un)\s*)?"
        r"(?:(?P<parent>maison\s+mère|société\s+mère|propriétaire)"
        r"|filiale|propriété|marque|branche|division|enseigne|réseau|société\s+sœur)"
        r"(?:\s+[\w'’-]+){0,2}?\s+(?:de|du|d['’]|des)\s*"
        r"(?:(?:la|le|l['’]|groupe|holding|société|fonds)\s*){0,2}"
        # a nationality or what the owner is: "Lion, propriété du japonais Kirin", "Salt,
        # propriété du milliardaire français Xavier Niel"
        r"(?:(?-i:[a-zé][a-zéèêëàâîïôûüç-]{3,})\s+){0,2}$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*,\s+(?:(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:(?P<parent>parent(?:\s+company)?|owner)|unit|subsidiary|division|arm|brand|label"
        r"|sister\s+company)"
        r"\s+(?:of|to)\s+(?:the\s+)?"
        # "Fiserv, whose Clover point-of-sale system": the name before owns the next
        # (not "the BBC, whose coverage of Xinjiang": what it does to the next)
        r"|(?P<whose>whose)\s+"
        r"(?-i:(?!(?:of|in|on|at|for|to|with|by|from|about|over|against)\s)[a-z][\w-]*\s+){0,2})$",
        re.IGNORECASE,
    ),
}
# An owner named inside the apposition, before the word for a unit: "Inception, a G42
# unit", "Turner Broadcasting, the Time Warner unit", "Kumtor Gold Company, the Centerra
# subsidiary"
_UNIT_OF_NAMED = {
    "en": (
        re.compile(r"\s*,\s+(?:a|an|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}", re.IGNORECASE),
        re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:unit|subsidiary|division|arm|affiliate)\b"),
    )
}
# An owner named first, before what it owns opens the sentence: "Propriété de Shaw
# Communications depuis 2016, Freedom Mobile ...", "Owned by Zorblat, Quux ..."
_FRONTED_OWNER = {
    "fr": re.compile(
        r"\s*(?:Propriété|Filiale|(?:Détenue?s?|Contrôlée?s?)\s+(?:à\s+\d[\d,]*\s*%\s+)?par)"
        r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’]|les)\s*)?"
        r"(?:(?:groupe|société|holding|fonds|famille)\s+)?"
        r"(?:(?-i:[a-zé][a-zéèêëàâîïôûüç-]{3,})\s+){0,2}",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:(?:(?:Wholly|Majority|Partly|Jointly)[\s-])?(?:owned|controlled)\s+by"
        r"|(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division)\s+of)"
        r"\s+(?:the\s+)?(?:(?-i:[a-z][\w-]+)\s+){0,2}",
        re.IGNORECASE,
    ),
}
# ... then what it owns, after a time and a comma
_FRONTED_OWNED = re.compile(
    r"(?:\s+(?:depuis|since|from)\s+[^,;:.]{1,30})?\s*,\s*(?:(?:la|le|l['’]|the)\s*)?",
    re.IGNORECASE,
)


# "les maisons d'Editis (Robert Laffont, Plon, Nathan)": what a group holds, listed in
# brackets after it.
_BRACKETED_LIST_GAP = re.compile(r"\s*(?:,|\bet\b|\band\b|,\s*(?:et|and)\b)\s*")


# A joint venture named, then its owners: "CFM International, a joint venture between GE
# Aerospace and France's Safran", "Virgin Media O2, the joint venture between Liberty
# Global and Telefonica", "Petroineos, coentreprise entre le chimiste britannique Ineos et
# le chinois PetroChina", "Micro Bird, la coentreprise de Drummondville entre le
# québécois Girardin et l'américain Blue Bird". What stands between the venture and its
# first owner, then between the two owners (a description of each, a place's "'s").
_VENTURE_OF = {
    "en": re.compile(
        r",\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?joint[ -]venture\s+(?:between|of)\s+"
        r"(?:(?:the|[A-Z][\w.]*['’]s)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    ),
    "fr": re.compile(
        r",\s+(?:(?:la|une)\s+)?co-?entreprise\s+(?:(?:de|d['’])\s*[A-ZÀ-Ý][\w-]*\s+)?"
        r"(?:entre|de|d['’])\s*(?:(?:le|la|les|l['’])\s*)?(?:[a-zéèêàç][\w-]*\s+){0,3}"
    ),
}
_VENTURE_AND = {
    "en": re.compile(r"\s+and\s+(?:(?:the|[A-Z][\w.]*['’]s)\s+)?(?:[a-z][\w-]*\s+){0,3}"),
    "fr": re.compile(
        r"\s+et\s+(?:(?:de\s+)?(?:le|la|les|l['’])\s*|d['’]\s*|de\s+)?(?:[a-zéèêàç][\w-]*\s+){0,3}"
    ),
}


def venture_owners(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """The two owners of a joint venture the text describes right after naming it
    (``_VENTURE_OF``): each holds it, as an owner holds a subsidiary."""
    head, gap = _VENTURE_OF.get(language), _VENTURE_AND.get(language)
    if head is None or gap is None:
        return []
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions):
        inside = _without_places_of(text, _outermost(sentence.inside), kinds)
        starts = [m.start for m in inside]
        for venture in inside:
            described = head.match(text, venture.end)
            if described is None:
                continue
            # the first owner where the description ends (past a town it names: "la
            # coentreprise de Drummondville entre ..."), the second after "and" / "et"
            at = bisect.bisect_left(starts, described.end())
            if at + 1 >= len(inside) or inside[at].start != described.end():
                continue
            first, second = inside[at], inside[at + 1]
            if (
                kinds[first.entity] not in bodies
                or kinds[second.entity] not in bodies
                or len({venture.entity, first.entity, second.entity}) < 3
                or gap.fullmatch(text, first.end, second.start) is None
            ):
                continue
            for owner in (first, second):
                found.append(
                    Directed(
                        owner.entity,
                        venture.entity,
                        RelationType.ROLE,
                        Modality.ASSERTED,
                        0.6,
                        sentence.position,
                    )
                )
    return found


# A person named, then as an analyst of a firm: "Jonathan Mott, a senior analyst at
# UBS", "Laurent Vanhaelen, analyste chez KBC Securities", "X, économiste de Natixis"
_ANALYST_AT = re.compile(
    r",\s+(?:an?\s+|the\s+|l['’]\s*|un\s+|une\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:analyst|analyste|economist|économiste|strategist|stratégiste)\s+"
    r"(?:at|with|for|chez|de|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?",
    re.IGNORECASE,
)


def analyst_roles(
    text: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """An analyst's firm, named in the apposition after the analyst's name: a post, as
    the golds read it (the firm is otherwise a source the analyst speaks for, no party)."""
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions):
        inside = _outermost(sentence.inside)
        for person, firm in itertools.pairwise(inside):
            if (
                kinds[person.entity] is EntityKind.PERSON
                and kinds[firm.entity] is EntityKind.ORG
                and _ANALYST_AT.fullmatch(text, person.end, firm.start) is not None
            ):
                found.append(
                    Directed(
                        person.entity,
                        firm.entity,
                        RelationType.ROLE,
                        Modality.ASSERTED,
                        0.6,
                        sentence.position,
                    )
                )
    return found


# A government named as such: "le gouvernement indonésien", "the Swedish government",
# "Government of Djibouti", "the Trump administration", "le gouvernement Legault" (not a
# body whose name holds the word: "Government Pension Fund", "Food and Drug
# Administration")
_GOVERNMENT_HEAD = re.compile(
    r"(?:(?:the|le|l['’])\s*)?(?:(?:[\w'’.-]+\s+){0,3}(?i:government)|(?:[\w'’.-]+\s+){1,3}administration"
    r"|(?i:gouvernement|government)(?:\s+[\w'’.-]+){0,4})"
)
_NOT_A_GOVERNMENT = re.compile(
    r"\b(?i:fund|fonds|pension|bank|banque|agency|agence|bonds?|obligations?|securities)\b"
)
# A minister's title right before the name: "Finance Minister Sri Mulyani Indrawati",
# "Transport Secretary Grant Shapps", "Taoiseach Simon Harris", "le ministre de
# l'Économie, Bruno Le Maire,", "Le Premier ministre, Alexander De Croo"; not a party's
# or a union's secretary ("general secretary Jairam Ramesh"), not a former one
_MINISTER_BEFORE = {
    "en": re.compile(
        r"(?<![\w-])(?:[\w'’-]+\s+){0,3}?"
        r"(?:[Mm]inister|[Ss]ecretary|Taoiseach|Premier|Chancellor)\s+$"
    ),
    "fr": re.compile(
        r"(?<![\w'’-])(?:(?:le|la|l['’])\s*)?(?:Premier\s+|Première\s+|premier\s+|première\s+)?"
        r"(?:ministre|secrétaire\s+d['’][ÉE]tat|chef\s+du\s+gouvernement)\b"
        r"(?:\s+[^\s,;:.«»\"()]+){0,7}?\s*,?\s+$"
    ),
}
# ... or set off after it: "Palamagamba Kabudi, the minister for constitutional affairs",
# "Lukáš Vlček, ministre de l'Industrie"
_MINISTER_APPOSED = re.compile(
    r"\s*,\s+(?:(?:the|a|an|le|la|l['’]|son|sa|its|their)\s*)?(?:[\w'’-]+\s+){0,3}?"
    r"(?i:(?:prime\s+|premier\s+|première\s+)?minist(?:er|re)|secretary\s+of\s+state"
    r"|secrétaire\s+d['’]état)\b"
)
# (not a former one, nor a party's, a union's or a company's secretary: "general
# secretary Jairam Ramesh", "company secretary")
_NOT_IN_OFFICE = re.compile(
    r"\b(?i:former|ancien|ancienne|ex|then|alors|general|générale?|party|parti|union|press"
    r"|company|corporate|committee|permanent|private|board|club)\b"
)
# Where a title says whose it is: a nationality, a country, "federal"
_PLACE_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
# "le gouvernement espagnol de Mariano Rajoy", "the government of Chief Minister X": the
# person who leads it, named after it
_GOVERNMENT_OF = re.compile(r"\s+(?:de|d['’]|of)\s*(?:(?:[A-Z][a-z]+|[a-z]+)\s+){0,2}?")
# "Prime Minister Narendra Modi's administration", "Tinubu's government"
_PERSONS_GOVERNMENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:government|administration|cabinet|coalition)\b"
)


def government_roles(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
    relations: Sequence[Directed],
) -> list[Directed]:
    """The post of a minister or a head of government, where the text names one
    government only: "Finance Minister Sri Mulyani Indrawati said the government was
    studying ...", "le ministre de l'Économie, Bruno Le Maire, a opposé ...", "le
    gouvernement espagnol de Mariano Rajoy", "Prime Minister Narendra Modi's
    administration". A title that names another country ("Swiss Finance Minister") or
    a person already posted elsewhere is left alone."""
    pattern = _MINISTER_BEFORE.get(language)
    if pattern is None:
        return []
    governments = {
        m.entity
        for m in mentions
        if kinds[m.entity] is EntityKind.ORG
        and _GOVERNMENT_HEAD.fullmatch(text, m.start, m.end)
        and not _NOT_A_GOVERNMENT.search(text, m.start, m.end)
    }
    if len(governments) != 1:
        return []
    (government,) = governments
    # the words its names are written with, to match a title's nationality against
    named = {
        word.casefold()[:4]
        for m in mentions
        if m.entity == government
        for word in _PLACE_WORD.findall(text, m.start, m.end)
    }
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    posted = {
        r.source for r in relations if r.type is RelationType.ROLE and kinds[r.target] in bodies
    }

    def foreign(start: int, end: int) -> bool:
        # a nationality, a country or "federal" in the title that the government's
        # name does not share: "Swiss Finance Minister", "le ministre fédéral", "le
        # ministre québécois" (a region's demonym, right after "ministre")
        places = [
            key
            for word in _PLACE_WORD.findall(text, start, end)
            if is_demonym(key := word.casefold()) or key in COUNTRY_KEYS or key in _FEDERAL
        ]
        regional = _REGIONAL_MINISTER.search(text, start, end)
        if regional is not None and _DEMONYM_END.search(regional.group(1)):
            places.append(regional.group(1).casefold())
        return any(key[:4] not in named for key in places)

    def someone_elses(sentence: _Sentence, person: Found) -> bool:
        # the government named after another ("calling the Ford government's use of
        # the clause wrong", said Prime Minister Justin Trudeau)
        return any(
            word[0].isupper()
            and not (is_demonym(key := word.casefold()) or key in COUNTRY_KEYS or word in PLACES)
            and key not in _GOVERNMENT_WORDS
            and word not in text[person.start : person.end]
            for m in sentence.inside
            if m.entity == government
            for word in _PLACE_WORD.findall(text, m.start, m.end)
        )

    found: list[Directed] = []
    held: set[int] = set()
    # (only the sentences that name the government: a minister in one that does not, the
    # golds mostly leave the post unsaid, 165 times in 198 on the fixtures)
    named_at = (m.start for m in mentions if m.entity == government)
    for sentence in _sentences_at(quotes, mentions, named_at):
        inside = _outermost(sentence.inside)
        if all(m.entity != government for m in inside):
            continue
        for index, person in enumerate(inside):
            if kinds[person.entity] is not EntityKind.PERSON or person.entity in held:
                continue
            if not _named_as_leader(text, inside, index, government):
                if person.entity in posted or someone_elses(sentence, person):
                    continue
                # the title may be the person's own mention ("le ministre de l'Économie,
                # Bruno Le Maire", where the title names him again later)
                other = next(
                    (m for m in reversed(inside[:index]) if m.entity != person.entity), None
                )
                window = max(sentence.span[0], other.end if other is not None else 0)
                title = pattern.search(text, max(window, person.start - 80), person.start)
                if title is not None:
                    span = (title.start(), person.start)
                else:
                    after = _MINISTER_APPOSED.match(text, person.end)
                    if after is None or (
                        index + 1 < len(inside) and inside[index + 1].start < after.end()
                    ):
                        continue
                    span = (person.end, after.end())
                # (with the word before the title: "L'ancien Premier ministre X")
                if _NOT_IN_OFFICE.search(text, max(window, span[0] - 12), span[1]) or foreign(
                    *span
                ):
                    continue
            held.add(person.entity)
            found.append(
                Directed(
                    person.entity,
                    government,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.5,
                    sentence.position,
                )
            )
    return found


# (a federal or a provincial minister is no minister of a national government named otherwise)
_FEDERAL = FEDERAL_WORDS | {"provincial", "provinciale"}


_GOVERNMENT_WORDS = frozenset({"government", "gouvernement", "state", "état", "etat"})
# A nationality right after "ministre" the gazetteer may not know: a region's ("le ministre
# québécois de l'Economie", "la ministre wallonne")
_REGIONAL_MINISTER = re.compile(r"\bministre\s+([a-zéèêëàâîïôûç-]{4,})\b")
_DEMONYM_END = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|éen|éenne|and|ande|on|onne)$")


def _named_as_leader(text: str, inside: list[Found], index: int, government: int) -> bool:
    """Whether ``inside[index]``, a person, is named as leading the government: "le
    gouvernement de Keir Starmer", "Narendra Modi's administration"."""
    person = inside[index]
    before = inside[index - 1] if index else None
    return bool(
        before is not None
        and before.entity == government
        and _GOVERNMENT_OF.fullmatch(text, before.end, person.start)
    ) or bool(_PERSONS_GOVERNMENT.match(text, person.end))


# A sanction taken with no agent named: "La Caixa Geral de Depósitos écope de la sanction
# la plus lourde", "se voit infliger 13 millions d'euros", "est condamné à 700 000
# euros", "was fined the most"
_SANCTIONED = {
    "fr": re.compile(
        r"\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:écop(?:e|ent|é|ait|aient|era)\s+(?:d['’]une|de\s+la|de\s+l['’]|du)"
        r"\s*(?:\w+\s+){0,2}?(?:amende|sanction|pénalité)"
        r"|se\s+voi(?:t|ent)\s+infliger|s['’](?:est|sont)\s+vue?s?\s+infliger"
        r"|(?:est|sont|a\s+été|ont\s+été)\s+(?:condamnée?s?\s+à\s+(?:une\s+amende|payer|verser|(?=\d))"
        r"|sanctionnée?s?\b|mise?s?\s+à\s+l['’]amende))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:fined|penali[sz]ed)\b(?!\s+(?:\S+\s+){0,6}?by\b)",
        re.IGNORECASE,
    ),
}


_SANCTION_VERB = {
    "fr": re.compile(r"\b(?:écop|infliger|condamné|sanctionné|mise?s?\s+à\s+l['’]amende)"),
    "en": re.compile(r"\b(?:fined|penali[sz]ed)\b"),
}
_PARTY_KINDS = (EntityKind.ORG, EntityKind.PERSON, EntityKind.REGULATOR, EntityKind.PLACE)


def unnamed_sanctioner(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
    relations: Sequence[Directed],
    regulator: int | None,
) -> list[Directed]:
    """A sanction whose author the sentence does not name, in an article clearly about
    one regulator, is that regulator's: "La Caixa Geral de Depósitos écope de la sanction
    la plus lourde" after "l'Autorité de la concurrence a infligé une amende à quatorze
    banques". The one sanctioned is the sentence's subject, named right before the verb;
    a sentence naming a regulator or a court is left to the rules."""
    pattern = _SANCTIONED.get(language)
    if pattern is None or regulator is None:
        return []
    sanctioned = {(r.target, r.quote) for r in relations if r.type is RelationType.SANCTION}
    found: list[Directed] = []
    # (only the sentences with such a verb)
    verbs = (m.start() for m in _SANCTION_VERB[language].finditer(text))
    for sentence in _sentences_at(quotes, mentions, verbs):
        inside = _outermost(sentence.inside)
        if any(
            kinds[m.entity] is EntityKind.REGULATOR or COURT_NAME.search(text, m.start, m.end)
            for m in inside
        ):
            continue
        for index, mention in enumerate(inside):
            if kinds[mention.entity] not in (EntityKind.ORG, EntityKind.PERSON):
                continue
            # the subject, named right before the verb or set off from it by a description
            # between commas ("La Caixa Geral de Depósitos, la banque publique, écope")
            end = mention.end
            apposed = _DESCRIBING_APPOSITION.match(text, end)
            if apposed is not None and text.startswith(",", apposed.end() - 2):
                end = apposed.end() - 2
            elif apposed is not None:
                comma = text.find(",", apposed.end(), apposed.end() + 60)
                end = comma + 1 if comma >= 0 else end
            verb = pattern.match(text, end) or pattern.match(text, mention.end)
            if verb is None or (mention.entity, sentence.position) in sanctioned:
                continue
            if any(
                m.start < verb.end()
                and kinds[m.entity] in _PARTY_KINDS
                and m.entity != mention.entity  # ("la banque publique" it is described as)
                for m in inside[index + 1 :]
            ):
                continue  # another party between: not the verb's subject
            found.append(
                Directed(
                    regulator,
                    mention.entity,
                    RelationType.SANCTION,
                    Modality.ASSERTED,
                    0.5,
                    sentence.position,
                )
            )
    return found


# A company named as its shares: "l'action Tesla", "le titre Aveva", "Qiagen's shares",
# "Bombardier stock", "shares of Zorblat"
_SHARES_BEFORE = {
    "fr": re.compile(
        r"(?:\bl['’]action|\ble\s+titre|\bles\s+actions|\bles\s+titres|\bdu\s+titre"
        r"|\bde\s+l['’]action)\s+(?:(?:de|du|d['’])\s*)?(?:l['’]|la\s+|le\s+)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE),
}
_SHARES_AFTER = {
    "fr": re.compile(r"(?!)"),  # French names the share first: "l'action Tesla"
    "en": re.compile(
        r"(?:['’]s?)?\s+(?:shares|stock|share\s+price|American\s+depositary\s+shares)\b",
        re.IGNORECASE,
    ),
}


def listing_relations(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """A company whose shares a sentence says trade on an exchange is listed there, a tie:
    "l'action Tesla avait chuté de 14 % sur le Nasdaq", "Qiagen's shares trade on the
    Frankfurt Stock Exchange". The exchange is no party to the sentence's other acts
    (``trading_floor``); the company named as shares nearest to it is listed on it."""
    found: list[Directed] = []
    floors = [
        m.start
        for m in mentions
        if kinds[m.entity] is EntityKind.ORG and trading_floor(text, language, 0, m.start, m.end)
    ]
    for sentence in _sentences_at(quotes, mentions, floors):
        q_start, _ = sentence.span
        inside = _outermost(sentence.inside)
        exchanges = [
            m
            for m in inside
            if kinds[m.entity] is EntityKind.ORG
            and trading_floor(text, language, q_start, m.start, m.end)
        ]
        shares = [
            m
            for m in inside
            if kinds[m.entity] is EntityKind.ORG
            and m not in exchanges
            and (
                _SHARES_BEFORE[language].search(text, max(q_start, m.start - 24), m.start)
                or _SHARES_AFTER[language].match(text, m.end)
            )
        ]
        if not shares:
            continue
        for exchange in exchanges:
            company = min(shares, key=lambda m: abs(m.start - exchange.start))
            if company.entity != exchange.entity:
                found.append(
                    Directed(
                        company.entity,
                        exchange.entity,
                        RelationType.ROLE,
                        Modality.ASSERTED,
                        0.6,
                        sentence.position,
                    )
                )
    return found


# Between what is bought and its seller: "bought Teads from Altice", "from Swedish games
# conglomerate Embracer Group", "from Canada's Nutrien", "from L'Oréal SA"; "a racheté
# 50Hertz au suédois Vattenfall", "à l'américain Freeport-McMoRan en 2016", "auprès du
# groupe Rallye"
_SELLER_GAP = {
    "en": re.compile(
        r"\s+(?:in\s+\d{4}\s+)?from\s+(?:the\s+)?"
        r"(?:[A-Z][\w.]*['’]s\s+|[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,3}"
        # the elided article of a name that keeps it ("from L'Oréal SA"), left out of it
        r"(?:[LlDd]['’])?"
    ),
    "fr": re.compile(
        r"\s+(?:en\s+\d{4}\s+)?(?:à|au|aux|auprès\s+(?:du|des|de|d['’]))\s*"
        r"(?:l['’]|la\s+|le\s+|les\s+)?(?:[a-zéèêàç][\w-]*\s+){0,3}"
    ),
}


def seller_relations(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
    relations: Sequence[Directed],
) -> list[Directed]:
    """ "Outbrain to buy Teads from Altice": a buyer's deal with the seller named right
    after what it buys, for the acquisitions the rules found (a buyer and its target in
    a sentence)."""
    gap = _SELLER_GAP.get(language)
    if gap is None:
        return []
    bought: dict[int, list[Directed]] = defaultdict(list)
    for relation in relations:
        if relation.type is RelationType.INVESTMENT:
            bought[relation.quote].append(relation)
    sellers = (EntityKind.ORG, EntityKind.PERSON)
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions, sorted(bought)):
        # "from Canada's Nutrien": a place before "'s" says where the seller is
        inside = _without_places_of(text, _outermost(sentence.inside), kinds)
        for relation in bought[sentence.position]:
            for target, seller in itertools.pairwise(inside):
                if (
                    target.entity != relation.target
                    or seller.entity in (relation.source, relation.target)
                    or kinds[seller.entity] not in sellers
                    or gap.fullmatch(text, target.end, seller.start) is None
                ):
                    continue
                found.append(
                    Directed(
                        relation.source,
                        seller.entity,
                        RelationType.COMMERCIAL_DEAL,
                        relation.modality,
                        relation.confidence,
                        relation.quote,
                    )
                )
    return found


def ownership_relations(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """Who owns whom, as the text describes a body right after naming it: an apposition
    naming its owner or what it owns, or the names it holds listed in brackets."""
    pattern = _OWNERSHIP_APPOSITION.get(language)
    if pattern is None:
        return []
    attributive = _UNIT_OF_NAMED.get(language)
    bodies = (EntityKind.ORG, EntityKind.PRODUCT)
    found: list[Directed] = []
    for sentence in _by_sentence(quotes, mentions):
        # a person may own too: "Salt, propriété du milliardaire français Xavier Niel"
        inside = [
            m
            for m in _outermost(sentence.inside)
            if kinds[m.entity] in bodies or kinds[m.entity] is EntityKind.PERSON
        ]
        for first, second in itertools.pairwise(inside):
            if first.entity == second.entity or second.start - first.end > 80:
                continue
            if EntityKind.ORG not in (kinds[first.entity], kinds[second.entity]):
                continue
            described = pattern.match(text, first.end, second.start)
            if described is None or described.end() != second.start:
                if (
                    attributive is None
                    or not text.startswith(",", first.end)
                    or not attributive[0].fullmatch(text, first.end, second.start)
                    or not attributive[1].match(text, second.end)
                    or kinds[first.entity] is not EntityKind.ORG
                    or second.periphrase  # ("X, the company's publishing arm": whose?)
                ):
                    continue
                # "Inception, a G42 unit": the owner named inside the apposition
                owner, owned = second, first
            else:
                parent = described.group("parent") or described.groupdict().get("whose")
                owner, owned = (first, second) if parent else (second, first)
            if kinds[owned.entity] is EntityKind.PERSON:
                continue
            if (
                described is not None
                and described.groupdict().get("whose")
                and text[owned.start : owned.end].split()[-1].islower()
            ):
                continue  # "Ryanair, whose UK-based pilots": its staff, no holding
            found.append(
                Directed(
                    owner.entity,
                    owned.entity,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.6,
                    sentence.position,
                )
            )
        found.extend(_fronted_owners(text, language, sentence, inside, kinds))
        listed = [m for m in _outermost(sentence.inside) if kinds[m.entity] in _HOLDINGS]
        found.extend(_bracketed_holdings(text, sentence.position, listed, kinds))
    return found


def _fronted_owners(
    text: str, language: str, sentence: _Sentence, inside: list[Found], kinds: Sequence[EntityKind]
) -> list[Directed]:
    """ "Propriété de Shaw Communications depuis 2016, Freedom Mobile compte", "Détenu à
    62 % par l'État français et à 35 % par Thales, Naval Group a reçu", "Owned by Zorblat
    since 2016, Quux has": the owners open the sentence, what they own follows a comma."""
    if not inside or not _FRONTED_OWNER[language].fullmatch(
        text, sentence.span[0], inside[0].start
    ):
        return []
    # (the owners before the first comma: "Owned by PDD Holdings, the group that runs
    # Pinduoduo, Temu": what the owner is described by owns nothing of it)
    comma = text.find(",", inside[0].end)
    for index, owned in enumerate(inside[1:], start=1):
        if owned.start - inside[0].end > 120:
            break
        gap = _FRONTED_OWNED.fullmatch(text, inside[index - 1].end, owned.start)
        if gap is None or kinds[owned.entity] is EntityKind.PERSON:
            continue
        owners = {
            m.entity
            for m in inside[:index]
            if kinds[m.entity] is not EntityKind.PRODUCT and m.end <= comma
        }
        return [
            Directed(
                owner, owned.entity, RelationType.ROLE, Modality.ASSERTED, 0.6, sentence.position
            )
            for owner in owners
            if owner != owned.entity
        ]
    return []


# "les maisons d'Editis (Robert Laffont, Plon, Nathan)": a publisher named after its
# founder is one of the holdings
_HOLDINGS = (EntityKind.ORG, EntityKind.PRODUCT, EntityKind.PERSON)


def _bracketed_holdings(
    text: str, position: int, inside: list[Found], kinds: Sequence[EntityKind]
) -> list[Directed]:
    found: list[Directed] = []
    for index, group in enumerate(inside):
        if kinds[group.entity] is not EntityKind.ORG or text[group.end : group.end + 2] != " (":
            continue
        held: list[Found] = []
        at = group.end + 2
        for item in inside[index + 1 :]:
            if item.start != at and not _BRACKETED_LIST_GAP.fullmatch(text, at, item.start):
                break
            held.append(item)
            at = item.end
        if len(held) < 2 or text[at : at + 1] != ")":
            continue  # "Autorité de la concurrence (ADLC)": a name and its short form
        found.extend(
            Directed(group.entity, entity, RelationType.ROLE, Modality.ASSERTED, 0.5, position)
            for entity in dict.fromkeys(item.entity for item in held)
            if entity != group.entity
        )
    return found


# "the ByteDance-owned TikTok", "Block, the Jack Dorsey-led company", "a SoftBank-backed
# start-up": the name before the participle owns, leads or funds the body it qualifies
_PARTICIPLE_TYPES = {
    "led": RelationType.ROLE,
    "owned": RelationType.ROLE,
    "controlled": RelationType.ROLE,
    "backed": RelationType.INVESTMENT,
    "funded": RelationType.INVESTMENT,
    "financed": RelationType.INVESTMENT,
    "operated": RelationType.ROLE,  # "the Chevron-operated Leviathan field"
    "run": RelationType.ROLE,  # "the Kremlin-run broadcaster"
}
assert set(_PARTICIPLE_TYPES) == set(PARTY_PARTICIPLES)
_PARTICIPLE = re.compile(rf"-({'|'.join(PARTY_PARTICIPLES)})\b")
# Between the participle and the name it qualifies: a few lower-case words, or a noun in
# apposition
_QUALIFIED_GAP = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}"  # "the ByteDance-owned video app TikTok"
    r"|\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"  # "another Zhao-owned firm, Sigma Chain"
)
# Between a name and an apposition that opens on the participle's party: ", the "
_APPOSITION_GAP = re.compile(r"\s*,\s+(?:the|a|an|its)\s+")
_QUALIFIED = (EntityKind.ORG, EntityKind.PRODUCT)
_BASED = re.compile(r"\.?-(?:based|headquartered)\b")
_OWNER_AFTER = re.compile(r"\s+(?:owner|maker|parent|operator)\b(?!['’]s)(?!\s+[A-Z])")


def qualifying_names(text: str, ends: Iterable[int]) -> frozenset[int]:
    """``end + 1`` for each name ending at ``end`` that only qualifies what follows it, and
    is no party to its sentence's acts:
    - before a participle ("SoftBank-backed"), which is no act either (it starts at
      ``end + 1``; ``participle_relations`` reads it);
    - a place before "-based" ("U.S.-based Livent");
    - a brand before its owner's trade, with no name after it ("the Comfort Inn owner
      said"), which stands for the owner."""
    return frozenset(
        end + 1
        for end in ends
        if (
            text.startswith(("-", ".-"), end)
            and (_PARTICIPLE.match(text, end) or _BASED.match(text, end))
        )
        or (text.startswith(" ", end) and _OWNER_AFTER.match(text, end))
    )


def participle_relations(
    text: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """The party named before "-owned", "-led", "-backed" and the like, and the company or
    product the compound qualifies: the name right after it, or the one the compound's
    apposition describes."""
    hyphened = [m.end for m in mentions if text.startswith("-", m.end)]
    found: list[Directed] = []
    for sentence in _sentences_at(quotes, mentions, hyphened):
        inside = sentence.inside
        for index, party in enumerate(inside):
            participle = _PARTICIPLE.match(text, party.end)
            if participle is None:
                continue
            after = inside[index + 1] if index + 1 < len(inside) else None
            before = inside[index - 1] if index else None
            if after is not None and _QUALIFIED_GAP.fullmatch(text, participle.end(), after.start):
                qualified = after
            elif before is not None and _APPOSITION_GAP.fullmatch(text, before.end, party.start):
                qualified = before
            else:
                continue
            if qualified.entity == party.entity or kinds[qualified.entity] not in _QUALIFIED:
                continue
            found.append(
                Directed(
                    party.entity,
                    qualified.entity,
                    _PARTICIPLE_TYPES[participle.group(1)],
                    Modality.ASSERTED,
                    0.6,
                    sentence.position,
                )
            )
    return found


# "the merger of Vodafone and Three", "une fusion entre HVB et Commerzbank": the two
# parties the deal noun names are each other's party (the deal's author, if any, is
# related to them by the cue rules)
_DEAL_OF_TWO = {
    "en": re.compile(
        r"\b(?P<noun>merger|combination|tie-up|joint\s+venture)\s+(?:of|between)\s+(?:the\s+)?"
        r"(?:\S+-based\s+)?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<noun>fusion|rapprochement|coentreprise|co-entreprise)\s+"
        r"(?:de|du|des|d['’]|entre)\s*(?:(?:le|la|les)\s+|l['’])?$",
        re.IGNORECASE,
    ),
}
_AND_OTHER = {
    "en": re.compile(r"\s+(?:and|with)\s+(?:the\s+)?(?:\S+-based\s+)?"),
    "fr": re.compile(r"\s+(?:et|avec)\s+(?:(?:le|la|les)\s+|l['’])?"),
}
_VENTURES = frozenset(("joint venture", "coentreprise", "co-entreprise"))
# Where the sentences with a deal noun are (read first, as few sentences have one)
_DEAL_NOUN_OPENINGS = {
    "en": ("merger", "Merger", "combination", "Combination", "tie-up", "Tie-up", "joint", "Joint"),
    "fr": (
        "fusion",
        "Fusion",
        "rapprochement",
        "Rapprochement",
        "coentreprise",
        "Coentreprise",
        "co-entreprise",
        "Co-entreprise",
    ),
}
_DEAL_NOUN = re.compile(
    r"(?:merger|combination|tie-up|joint\s+venture|fusion|rapprochement|co-?entreprise)\b",
    re.IGNORECASE,
)
_POSSESSIVE_PLACE = re.compile(r"\s[A-Z][\w.-]*['’]s\s+$")


# Two rivals set against each other: "The acquisition will pit ThaiBev directly against
# Heineken", "pits Nasdaq more directly against rivals Intercontinental Exchange"; "une
# compétition qui opposait le groupe français à l'allemand TKMS"
_PITS_VERB = {
    "en": re.compile(r"\bpit(?:s|ted|ting)?\s", re.IGNORECASE),
    "fr": re.compile(r"\boppos(?:e|ent|ait|aient|era|ant)\s"),
}
# ... and the verb ending right before the first rival, an article between or not
_PITS = {
    language: re.compile(rf"{verb.pattern}\s*(?:{article}\s*)?$", verb.flags)
    for language, verb, article in (
        ("en", _PITS_VERB["en"], r"(?:the|its|their)\s"),
        ("fr", _PITS_VERB["fr"], r"(?:le|la|les|l['’])"),
    )
}
_PITTED_GAP = {
    "en": re.compile(
        r"\s+(?:(?:more\s+|most\s+)?(?:directly|squarely|head-on)\s+)?against\s+(?:the\s+)?"
        r"(?:(?:rivals?|competitors?|companies|groups?)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\s+(?:à|au|aux)\s+(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zéèêëîïôûç][\w-]*)\s+){0,2}"
    ),
}


def pitted_rivals(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """Two companies a deal or a contest pits against each other are rivals: the first
    named right after "pits" ("oppose"), the other (and those listed with it) after
    "against" ("à")."""
    before, gap = _PITS.get(language), _PITTED_GAP.get(language)
    if before is None or gap is None:
        return []
    found: list[Directed] = []
    # (only the sentences with the verb: a rule for a rare word reads few sentences)
    verbs = (m.start() for m in _PITS_VERB[language].finditer(text))
    for sentence in _sentences_at(quotes, mentions, verbs):
        parties = _outermost(sentence.inside)
        for index, first in enumerate(parties[:-1]):
            if kinds[first.entity] is not EntityKind.ORG or not before.search(
                text, max(sentence.span[0], first.start - 30), first.start
            ):
                continue
            second = parties[index + 1]
            if not gap.fullmatch(text, first.end, second.start):
                continue
            for rival in [second, *_listed_after(text, parties[index + 1 :])]:
                if kinds[rival.entity] is EntityKind.ORG and rival.entity != first.entity:
                    found.append(
                        Directed(
                            first.entity,
                            rival.entity,
                            RelationType.COMPETITION,
                            Modality.ASSERTED,
                            0.5,
                            sentence.position,
                        )
                    )
    return found


def deals_of_two(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """The two companies a merger or a joint venture is "of" or "between"."""
    pattern, gap = _DEAL_OF_TWO.get(language), _AND_OTHER.get(language)
    if pattern is None or gap is None:
        return []
    nouns = [m.start() for m in finditer_from(_DEAL_NOUN, text, _DEAL_NOUN_OPENINGS[language])]
    found: list[Directed] = []
    for sentence in _sentences_at(quotes, mentions, nouns):
        q_start = sentence.span[0]
        # "... and Australia's Allkem": a place before "'s" says where the next one is
        parties = _without_places_of(text, _outermost(sentence.inside), kinds)
        for first, second in pairwise(parties):
            between = text[first.end : second.start]
            if first.entity == second.entity or not gap.fullmatch(
                _POSSESSIVE_PLACE.sub(" ", between)
            ):
                continue
            if (
                kinds[first.entity] is not EntityKind.ORG
                or kinds[second.entity] is not EntityKind.ORG
            ):
                continue
            deal = pattern.search(text, max(q_start, first.start - 40), first.start)
            if deal is None:
                continue
            venture = " ".join(deal.group("noun").casefold().split()) in _VENTURES
            found.append(
                Directed(
                    first.entity,
                    second.entity,
                    RelationType.PARTNERSHIP if venture else RelationType.COMMERCIAL_DEAL,
                    Modality.ASSERTED,
                    0.6,
                    sentence.position,
                )
            )
    return found
