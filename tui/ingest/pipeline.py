"""Article text -> Dataset: the stages of extraction in order.

language -> quotes -> tokens -> name candidates (+ a model's entities when one runs) ->
entities (merged forms, collectives) -> mentions -> kinds -> periphrases -> relations.
Each stage lives in its own module; this one only wires them and builds the dataset.
"""

from __future__ import annotations

import bisect
import gc
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import pairwise
from operator import itemgetter

from tui.dataset import text_sha256
from tui.ingest.cues import SentenceCues
from tui.ingest.deals import Deal, find_deals, find_reforms
from tui.ingest.entities import Draft, clean_candidates, group_forms
from tui.ingest.gazetteer import (
    CAPITALS,
    COUNTRY_KEYS,
    HQ_CITIES,
    KNOWN_KINDS,
    METONYMS,
    UNION_KEYS,
)
from tui.ingest.kinds import (
    COMMA_REACH,
    LOWER_HEAD_KINDS,
    decide_kind,
    short_acronyms,
    title_kind,
)
from tui.ingest.language import detect_language
from tui.ingest.lexicon import FIRST_NAMES, is_demonym
from tui.ingest.measures import find_measures, find_named_texts
from tui.ingest.mentions import Found, find_mentions, find_phrases, fold_tokens
from tui.ingest.names import (
    Candidate,
    find_candidates,
    lowercase_vocabulary,
    make_candidate,
    quote_start_tokens,
    quoted_title_spans,
)
from tui.ingest.pairs import with_learned
from tui.ingest.patterns import finditer_from, literal_starts, may_start_with
from tui.ingest.periphrases import (
    INSTITUTION_HEADS,
    STATE_KEYS,
    Periphrase,
    company_descriptions,
    find_amounts,
    find_bare_collectives,
    find_collectives,
    find_dated_events,
    find_government,
    find_owned_groups,
    find_periphrases,
    find_tentative_agreements,
    find_unions,
    find_works_councils,
    government_joins,
    main_party,
)
from tui.ingest.relations import (
    COURT_NAME,
    Directed,
    Parse,
    analyst_roles,
    brand_owners,
    deals_of_two,
    find_relations,
    government_roles,
    listing_relations,
    ownership_relations,
    participle_relations,
    pitted_rivals,
    qualifying_names,
    role_periphrases,
    seller_relations,
    unnamed_sanctioner,
    venture_owners,
)
from tui.ingest.sentences import datelines, split_quotes
from tui.ingest.tokens import Token, Tokens, tokenize
from tui.model import (
    Article,
    Dataset,
    Entity,
    EntityKind,
    Modality,
    Provenance,
    Relation,
    RelationType,
)
from tui.tension import VOCABULARY
from tui.text import surface_key

EXTRACTOR = "frenemy-ingest"
VERSION = "1.9.368"
"""Bump whenever extraction output changes: cached datasets are keyed by it."""

_key = lru_cache(maxsize=1 << 16)(surface_key)
"""``surface_key`` for the many repeated mention surfaces of a long text."""

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction of the work done, for a progress display."""


@dataclass(frozen=True)
class ModelOutput:
    """What an optional NLP model adds: entity spans with labels, and argument structure."""

    entities: Sequence[tuple[int, int, str]] = ()
    parse: Parse | None = None
    name: str = ""


@dataclass(frozen=True)
class ArticleInfo:
    """What the text alone does not say: the details ``frenemy ingest`` takes as options."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    article_id: str | None = None


def extract(
    text: str,
    *,
    language: str = "auto",
    info: ArticleInfo | None = None,
    model: Callable[[str, str, Sequence[tuple[int, int]]], ModelOutput] | None = None,
    progress: Progress | None = None,
) -> Dataset:
    """Extract the entities, mentions, quotes and relations of ``text`` as a dataset.

    The cyclic garbage collector is paused meanwhile: extraction allocates hundreds of
    thousands of small acyclic objects, and collections would make long texts slower
    per megabyte than short ones.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, language, info, model, progress)
    finally:
        if collecting:
            gc.enable()


def _extract(
    text: str,
    language: str,
    info: ArticleInfo | None,
    model: Callable[[str, str, Sequence[tuple[int, int]]], ModelOutput] | None,
    progress: Progress | None,
) -> Dataset:
    report = progress or (lambda stage, done: None)
    info = info or ArticleInfo()
    lang = detect_language(text) if language == "auto" else language
    report("sentences", 0.1)
    quotes = split_quotes(text)
    tokens = tokenize(text)
    output = ModelOutput()
    if model is not None:
        report("model", 0.2)
        output = model(text, lang, quotes)
    report("entities", 0.6)
    lowercase = lowercase_vocabulary(tokens)
    title_spans = quoted_title_spans(text, tokens)
    candidates = find_candidates(text, tokens, quotes, lowercase, lang, title_spans)
    lines = datelines(text)
    if lines:
        candidates = [c for c in candidates if not _in_spans(lines, c.start)]
    candidates = _without_headline_case(text, quotes, candidates)
    candidates = _agreements(text, candidates)
    candidates = _with_model_entities(text, tokens, quotes, candidates, output, lowercase)
    drafts = group_forms(text, tokens, clean_candidates(text, candidates))
    _add_legal_cores(text, drafts)
    if lang == "fr":
        _add_group_forms(text, drafts)
    _add_collectives(drafts, text, lang)
    _join_capitals(drafts, text)
    labels = _model_labels(text, drafts, output)
    keys = fold_tokens(tokens)
    found = _mentions(text, tokens, keys, drafts)
    if lines:
        # "WILMINGTON, Delaware, Dec 20 —": a dateline names where, no party
        found = [m for m in found if not _in_spans(lines, m.start)]
    titles = frozenset(
        surface_key(text[tokens[first].start : tokens[end - 1].end])
        for first, end in title_spans.items()
    )
    kinds = _kinds(drafts, tokens, found, labels, lowercase, titles)
    kinds = _listed_with_products(text, drafts, found, kinds)
    found = _commission_metonyms(drafts, kinds, found)
    report("relations", 0.8)
    # "the ByteDance-owned app": ByteDance qualifies the app, and is no party to the
    # sentence's acts (``participle_relations`` relates it to what it qualifies)
    qualifiers = qualifying_names(text, (m.end for m in found))
    cues = SentenceCues(text, lang, tokens, skip=qualifiers)
    leaders = partial(_leaders, text, lang, quotes, found, kinds, cues)
    resolver = _resolver(drafts)
    regulators = [i for i, kind in enumerate(kinds) if kind is EntityKind.REGULATOR]
    counts = [0] * len(drafts)
    for mention in found:
        counts[mention.entity] += 1
    # a capital or a country acting is a government, not the company "le groupe" names
    companies = [
        i
        for i, kind in enumerate(kinds)
        if kind is EntityKind.ORG
        and not drafts[i].collective
        # "U.S." is the gazetteer's "u.s": the abbreviation's last full stop aside
        and not {key.rstrip(".") for key in drafts[i].keys} & _GOVERNMENT_PLACES
    ]
    # the company the article is clearly about, if any (the counts before periphrases)
    main_company = main_party(counts, companies, _headlined(text, found))
    persons = frozenset(i for i, kind in enumerate(kinds) if kind is EntityKind.PERSON)
    mention_starts = cache(lambda: [m.start for m in found])
    periphrases = find_periphrases(
        text,
        lang,
        resolver,
        leaders,
        regulators,
        _institution_heads(drafts),
        main_company=main_company,
        main_regulator=main_party(counts, regulators),
        texts=_the_texts(drafts, kinds),
        persons=persons,
        named_before=partial(_named_last_before, text, found, mention_starts, frozenset(companies)),
        person_before=partial(_named_last_before, text, found, mention_starts, persons),
        in_sentence=partial(
            _described_in_sentence, text, quotes, found, mention_starts, frozenset(companies)
        ),
    )
    for periphrase in periphrases:
        draft = drafts[periphrase.target]
        if resolver(periphrase.phrase) is None and _key(periphrase.phrase) not in draft.keys:
            draft.periphrases.append(periphrase.phrase)
    extra = [(i, form) for i, d in enumerate(drafts) for form in d.periphrases]
    if extra:
        found = sorted([*found, *find_phrases(text, tokens, extra)], key=_text_order)
        found = _without_city_words(found, drafts)
        found = _without_descriptions_of_names(text, found)
    if main_company is None:
        # no company the article is about: "the company" is the one named last
        # (a company named once may be a sentence's first word taken for a name)
        named_twice = frozenset(i for i in companies if counts[i] >= 2)
        found = _with_nearest_companies(text, lang, tokens, quotes, found, named_twice)
    first_deal = len(drafts)
    found, naming, acquired = _with_deals(text, lang, tokens, drafts, kinds, found, resolver)
    deals = frozenset(range(first_deal, len(drafts)))
    parties = [m for m in found if m.end + 1 not in qualifiers] if qualifiers else found
    relations = find_relations(
        text, lang, quotes, parties, kinds, output.parse, deals=deals, cues=cues
    )
    relations += structural_relations(text, quotes, drafts, found, periphrases, resolver, kinds)
    relations += role_periphrases(text, lang, quotes, found, kinds)
    relations += brand_owners(text, lang, quotes, found, kinds)
    relations += participle_relations(text, quotes, found, kinds)
    relations += deals_of_two(text, lang, quotes, found, kinds)
    relations += pitted_rivals(text, lang, quotes, found, kinds)
    relations += seller_relations(text, lang, quotes, found, kinds, relations)
    relations += venture_owners(text, lang, quotes, found, kinds)
    relations += analyst_roles(text, quotes, found, kinds)
    relations += listing_relations(text, lang, quotes, found, kinds)
    relations += _bare_title_roles(text, lang, quotes, parties, kinds, main_company, relations)
    relations += government_roles(text, lang, quotes, found, kinds, relations)
    relations += unnamed_sanctioner(
        text, lang, quotes, found, kinds, relations, main_party(counts, regulators)
    )
    # an ownership the rules already read the other way round ("X, filiale de Y") once
    held = {frozenset((r.source, r.target)) for r in relations if r.type is RelationType.ROLE}
    relations += [
        r
        for r in ownership_relations(text, lang, quotes, found, kinds)
        if frozenset((r.source, r.target)) not in held
    ]
    relations = _on_the_companies(relations, acquired)
    report("dataset", 0.95)
    heads = {(m.start, m.end) for m in found if m.entity in deals and not m.periphrase}
    shown = sorted(
        [*(m for m in found if (m.start, m.end) not in heads), *naming],
        key=_text_order,
    )
    dataset = _assemble(text, lang, info, quotes, drafts, kinds, shown, relations, output.name)
    dataset = with_learned(dataset, _provenance(output.name), cues=cues)
    dataset = _activists(_settlements(_petitions(dataset)))
    report("done", 1.0)
    return dataset


_PETITIONERS = frozenset((EntityKind.ORG, EntityKind.PLACE, EntityKind.PERSON))
# A court named as where a case is brought: "before the Court", "devant le Tribunal"
_BEFORE_COURT = re.compile(
    r"(?:\bbefore|\bat|\bin|\bto|\bdevant|\bauprès\s+d[eu]|\bà|\bau)"
    r"(?:\s+(?:the|le|la|les|l['’]))?\s*(?:\w+['’]s\s+)?$",  # "before the EU's General Court"
    re.IGNORECASE,
)


def _petitions(dataset: Dataset) -> Dataset:
    """A company or a state acting against a court asks it to act: "Gazprom would challenge
    the decision before the Court of Competition and Consumer Protection", "Apple a saisi
    le Tribunal de l'UE" are appeals to the court (the parties it is brought against keep
    their conflict); so is a person's case brought before it. A court acting on a party
    is left as read."""
    text = dataset.article.text
    quotes = {quote.id: quote for quote in dataset.quotes}

    def brought_before(court: str, evidence: Sequence[str]) -> bool:
        spans = [(quotes[q].start, quotes[q].end) for q in evidence]
        return any(
            m.entity == court
            and any(start <= m.start < end for start, end in spans)
            and _BEFORE_COURT.search(text, max(0, m.start - 24), m.start) is not None
            for m in dataset.mentions
        )

    def petition(relation: Relation, source: Entity, target: Entity) -> _Recast | None:
        if not VOCABULARY[relation.type].directed and COURT_NAME.search(source.name):
            source, target = target, source  # "rivals" either way round
        if (
            VOCABULARY[relation.type].weight < 0
            and source.kind in _PETITIONERS
            and COURT_NAME.search(target.name)
            and not COURT_NAME.search(source.name)
            # contesting before a court, not decrying its decision ("a dénoncé une
            # décision du Conseil d'Etat"); a person, only before it ("conteste son
            # licenciement devant le tribunal administratif")
            and (
                (
                    relation.type is not RelationType.CRITICISM
                    and source.kind is not EntityKind.PERSON
                )
                or brought_before(target.id, relation.evidence)
            )
        ):
            return source.id, target.id
        return None

    return _recast(dataset, RelationType.APPEAL, petition)


# An authority that brings charges: a regulator, or a prosecutor by its name
_PROSECUTOR = re.compile(
    r"\b(?:department\s+of\s+justice|justice\s+department|attorneys?[\s-]+general"
    r"|attorney['’]s\s+office|(?:minist[eè]re|d[ée]partement)\s+(?:\w+\s+)?de\s+la\s+justice"
    r"|parquet|procureurs?|prosecutors?|prosecution)\b",
    re.IGNORECASE,
)
# What is paid or settled: "agreed to pay $125 million to the SEC", "to settle the
# Bureau's allegations", "a accepté de payer 780 millions de dollars au Département" (not
# "transaction", a deal as often as a settlement)
_PAID = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|penalt(?:y|ies)|settl(?:e|es|ed|ing|ement|ements)"
    r"|pa(?:y|i)(?:er|era|eront|erait|é|ée|és|ées|ent)|vers(?:er|era|eront|é|ée|ant)"
    r"|amendes?|transig\w*)\b",
    re.IGNORECASE,
)
# An agreement that ends a prosecution: "entered into a non-prosecution agreement with
# Morgan Stanley", "a plea deal", "une convention judiciaire d'intérêt public"
_NOT_PROSECUTED = re.compile(
    r"\b(?:(?:non-|deferred\s+)?prosecution\s+agreements?|plea\s+(?:agreements?|deals?|bargains?)"
    r"|convention\s+judiciaire\s+d['’]intérêt\s+public)\b",
    re.IGNORECASE,
)


def _settlements(dataset: Dataset) -> Dataset:
    """A party paying or settling with a regulator or a prosecutor gives ground to an
    authority that punishes it: "Barclays ... each agreed to pay $125 million to the SEC",
    "Nikola to pay $125 million to settle SEC charges" are the authority's sanction on the
    party (CAMEO 172), not a concession the party makes as between equals; nor is "a
    non-prosecution agreement with Morgan Stanley" a deal between partners."""
    text = dataset.article.text
    quotes = {quote.id: quote for quote in dataset.quotes}

    def enforcer(entity: Entity) -> bool:
        return entity.kind is EntityKind.REGULATOR or bool(_PROSECUTOR.search(entity.name))

    def settled(relation: Relation, source: Entity, target: Entity) -> _Recast | None:
        says = _SETTLED_BY.get(relation.type, ())
        if not says:
            return None
        authority_first = enforcer(source)
        if authority_first == enforcer(target):
            return None
        spans = [(quotes[q].start, quotes[q].end) for q in relation.evidence]
        if not any(said.search(text, *span) for said in says for span in spans):
            return None
        return (source.id, target.id) if authority_first else (target.id, source.id)

    return _recast(dataset, RelationType.SANCTION, settled)


def _activists(dataset: Dataset) -> Dataset:
    """An activist investor's stake is its lever on the company, no backing of it: "the
    activist investor Jana Partners, which had built a stake in FIS, ..." presses the
    company, the mildest conflict (criticism), not the investment a friendly buyer's stake
    would be. Read as a role instead (holding shares is a tie), polarity moved up on some
    articles and down on others; as criticism, only up."""
    text = dataset.article.text
    activists = {
        mention.entity
        for mention in dataset.mentions
        if _ACTIVIST.search(text, max(0, mention.start - 45), mention.start)
    }
    if not activists:
        return dataset

    def levered(relation: Relation, source: Entity, target: Entity) -> _Recast | None:
        if relation.type is not RelationType.INVESTMENT or source.id not in activists:
            return None
        return source.id, target.id

    return _recast(dataset, RelationType.CRITICISM, levered)


# "the activist investor", "activist hedge fund", "le fonds activiste", right before a name
_ACTIVIST = re.compile(
    r"(?:\bactivist(?:\s+(?:investors?|funds?|hedge\s+funds?|shareholders?|firm|investment"
    r"\s+firm|group))?|\b(?:fonds|investisseurs?|actionnaires?)\s+activistes?"
    r"(?:\s+(?:américain|britannique|new-yorkais|suisse))?)\s*,?\s*$",
    re.IGNORECASE,
)


# What says a concession or an agreement with an authority settles its case
_SETTLED_BY = {
    RelationType.CONCESSION: (_PAID, _NOT_PROSECUTED),
    RelationType.COMMERCIAL_DEAL: (_NOT_PROSECUTED,),
}


# A relation read again: its new source and target
_Recast = tuple[str, str]


def _recast(
    dataset: Dataset,
    into: RelationType,
    recast: Callable[[Relation, Entity, Entity], _Recast | None],
) -> Dataset:
    """``dataset`` with each relation that ``recast`` gives new ends turned into a relation
    of type ``into`` between them. Two relations of that type between the same two are
    one, as assembled: the first, its evidence joined and its confidence combined."""
    entities = {entity.id: entity for entity in dataset.entities}
    changed = False
    relations: dict[tuple[str, str, RelationType] | str, Relation] = {}
    for relation in dataset.relations:
        ends = recast(relation, entities[relation.source], entities[relation.target])
        if ends is not None:
            changed = True
            relation = relation.model_copy(
                update={"type": into, "source": ends[0], "target": ends[1]}
            )
        if relation.type is not into:
            relations[relation.id] = relation
            continue
        key = (relation.source, relation.target, into)
        first = relations.get(key)
        relations[key] = (
            relation
            if first is None
            else first.model_copy(
                update={
                    "evidence": tuple(dict.fromkeys((*first.evidence, *relation.evidence))),
                    "confidence": round(
                        min(0.95, 1.0 - (1.0 - first.confidence) * (1.0 - relation.confidence)), 2
                    ),
                }
            )
        )
    return (
        dataset.model_copy(update={"relations": tuple(relations.values())}) if changed else dataset
    )


# A company's title written bare before a name, with no company: "chief executive Peter
# King said", "Chairman Lindsay Maxsted", "a déclaré le PDG Pascal Dupont" (not a head
# of state's or a minister's: "President", "président" are left out)
_BARE_TITLE = {
    "en": re.compile(
        r"(?<![\w'’-])(?:(?:[Tt]hen|[Ff]ormer|[Aa]cting|[Ii]nterim|[Nn]ew|[Tt]he)[- ])?"
        r"(?i:chief\s+executive(?:\s+officer)?|ceo|chief\s+financial\s+officer|cfo"
        r"|chief\s+operating\s+officer|coo|chairman|chairwoman|managing\s+director"
        r"|co-?founder|founder|spokesperson|spokesman|spokeswoman)\s+$"
    ),
    "fr": re.compile(
        r"(?<![\w'’-])(?:(?:le|la|l['’])\s*)?(?:(?:ancien|ancienne|nouveau|nouvelle)\s+)?"
        r"(?i:pdg|p-dg|directeur\s+général|directrice\s+générale|patron|patronne"
        r"|président-directeur\s+général|présidente-directrice\s+générale|porte-parole)\s+$"
    ),
}


# "foreign ministry spokeswoman Mao Ning": a spokesperson after a body's common noun
# speaks for that body, not for the article's company
_SPOKESPERSON_OF_ANOTHER = re.compile(
    r"(?<![\w'’-])(?!(?:the|a|an|said|says|told|le|la|du|de|a\s+déclaré)\s)[a-zé]+\s+"
    r"(?i:spokesperson|spokesman|spokeswoman|porte-parole)\s+$"
)


def _bare_title_roles(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    mentions: Sequence[Found],
    kinds: Sequence[EntityKind],
    main: int | None,
    relations: Sequence[Directed],
) -> list[Directed]:
    """ "chief executive Peter King said": a person given a company's title, in a sentence
    naming no company but the one the article is about, and with no post anywhere else,
    holds it at that company."""
    pattern = _BARE_TITLE.get(language)
    if pattern is None or main is None:
        return []
    posted = {r.source for r in relations if r.type is RelationType.ROLE}
    posted |= {r.target for r in relations if r.type is RelationType.ROLE}
    bodies = (EntityKind.ORG, EntityKind.REGULATOR)
    starts = [m.start for m in mentions]
    found: list[Directed] = []
    for position, (q_start, q_end) in enumerate(quotes):
        inside = mentions[bisect.bisect_left(starts, q_start) : bisect.bisect_left(starts, q_end)]
        if any(kinds[m.entity] in bodies and m.entity != main for m in inside):
            continue
        for mention in inside:
            if kinds[mention.entity] is not EntityKind.PERSON or mention.entity in posted:
                continue
            title = pattern.search(text, max(q_start, mention.start - 40), mention.start)
            if title is None or _SPOKESPERSON_OF_ANOTHER.search(
                text, max(q_start, title.start() - 30), title.end()
            ):
                continue
            posted.add(mention.entity)
            found.append(
                Directed(mention.entity, main, RelationType.ROLE, Modality.ASSERTED, 0.5, position)
            )
    return found


def _headlined(text: str, found: Sequence[Found]) -> frozenset[int]:
    """The entities named in the text's headline: its first line, where a blank line
    follows it (how a title is written in a text given to read)."""
    end = text.find("\n")
    after = text.find("\n", end + 1)
    if end < 0 or after < 0 or text[end + 1 : after].strip():
        return frozenset()
    return frozenset(m.entity for m in found if m.end <= end)


def _in_spans(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` is inside one of ``spans`` (in text order, apart): a search,
    not a scan, as a long text has many datelines and many names."""
    index = bisect.bisect_right(spans, offset, key=itemgetter(0)) - 1
    return index >= 0 and offset < spans[index][1]


_COMMISSION = frozenset({"european commission", "commission européenne", "commission"})
_EU_METONYMS = frozenset({"eu", "ue", "brussels", "bruxelles"})
_GOVERNMENT_PLACES = COUNTRY_KEYS | METONYMS.keys()


_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _without_headline_case(
    text: str, quotes: Sequence[tuple[int, int]], candidates: list[Candidate]
) -> list[Candidate]:
    """ "Capital One Wins Approval to Buy Discover": in a headline written in title case
    every word has a capital, so a capital is no sign of a name there. A name found only
    in such a line is dropped; one the body also writes is kept (its mentions in the
    headline are found later like any other)."""
    headlines = []
    for start, end in quotes:
        # a headline is a line alone: white space, then a line break or the text's end,
        # on both sides (looked at near the quote only, as lines can be megabytes long)
        before = text[max(0, start - 80) : start].rpartition("\n")
        after = text[end : end + 80].partition("\n")
        if (before[2].strip() or (not before[1] and start > 80)) or (
            after[0].strip() or (not after[1] and end + 80 < len(text))
        ):
            continue  # a sentence among others on its line: not a headline
        words = _WORD.findall(text, start, end)
        capitalised = sum(word[0].isupper() for word in words)
        # "HIGH STAKES FOR PC PUSH": a sub-heading in capitals, however short
        shouted = len(words) >= 2 and all(word.isupper() for word in words)
        if ((len(words) >= 4 and capitalised >= 0.8 * len(words)) or shouted) and text[
            end - 1
        ] not in ".!?":
            headlines.append((start, end))
    if not headlines:
        return candidates
    starts = [start for start, _ in headlines]

    def in_headline(candidate: Candidate) -> bool:
        index = bisect.bisect_right(starts, candidate.start) - 1
        return index >= 0 and candidate.start < headlines[index][1]

    body = {_key(c.text) for c in candidates if not in_headline(c)}
    return [c for c in candidates if not in_headline(c) or _key(c.text) in body]


_AGREEMENT_WORDS = ("accord", "traité", "pacte")
_AGREEMENT_HEAD = re.compile(r"\b(?:" + "|".join(_AGREEMENT_WORDS) + r")\s+")


# How a text of each kind is named: French heads open the name ("l'accord UE-Mercosur",
# "le décret du 26 février 2024"), English ones close it ("the Paris Agreement").
_TEXT_NAMES = {
    "agreement": (("accord ", "traité ", "pacte "), ("agreement", "treaty", "pact")),
    "decree": (("décret ",), ("decree",)),
}


def _the_texts(drafts: Sequence[Draft], kinds: Sequence[EntityKind]) -> dict[str, int]:
    """The one agreement and the one decree the text names, for each it names exactly one."""
    texts = {}
    for kind, (heads, tails) in _TEXT_NAMES.items():
        found = [
            i
            for i, draft in enumerate(drafts)
            if kinds[i] is EntityKind.OTHER
            and any(
                form.casefold().startswith(heads) or form.casefold().endswith(tails)
                for form in draft.forms
            )
        ]
        if len(found) == 1:
            texts[kind] = found[0]
    return texts


def _agreements(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "l'accord UE-Mercosur", "le traité Euratom": an agreement named by its parties or
    its name is one thing, head word included, not the name that follows the head (which
    stays a name of its own where the text also writes it alone)."""
    heads = {m.end(): m for m in finditer_from(_AGREEMENT_HEAD, text, _AGREEMENT_WORDS)}
    if not heads:
        return candidates
    inside = Counter(_key(c.text) for c in candidates if c.start in heads)
    alone = Counter(_key(c.text) for c in candidates) - inside
    result = []
    for candidate in candidates:
        head = heads.get(candidate.start)
        if head is None:
            result.append(candidate)
            continue
        result.append(
            candidate._replace(
                start=head.start(), text=text[head.start() : candidate.end], sentence_initial=False
            )
        )
        if alone[_key(candidate.text)]:
            result.append(candidate)
    return sorted(result, key=lambda c: c.start)


_LEGAL_TAIL = re.compile(
    r"(?:\s+(?:Group|Holdings?))*(?:\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|AG|AB|SA"
    r"|SE|NV|N\.V|BV|GmbH|SpA|SCA|KGaA|Co)|\s+&\s+Co)+$"
)
# a group's word opening a company's name: "Groupe SNC-Lavalin", "Grupo Televisa"
_GROUP_WORD = re.compile(r"^(?:Groupe|Grupo|Gruppo)\s+(?=[A-ZÀ-Ý0-9])")
_ABBREVIATED = re.compile(r"(?:Inc|Corp|Ltd|Co|N\.V)$")
# an abbreviated legal form with its full stop ("Manufacturing Co."), found first, and the
# up to six words before it, read from there: a pattern starting with the words would be
# tried at every word of the text
_LEGAL_STOP = re.compile(may_start_with("ICLN") + r"\b(?:Inc|Corp|Ltd|Co|N\.V)\.")
_WORDS_BEFORE = re.compile(r"(?:[\w&'’.-]+ ){1,6}$")


def _add_legal_cores(text: str, drafts: Sequence[Draft]) -> None:
    """ "Tencent Holdings Ltd." is Tencent, "Groupe SNC-Lavalin" SNC-Lavalin: the name
    without its legal form or its group's word is one of its names, and so is the full
    form with its abbreviation's full stop ("Co."), which the end of a sentence takes
    away. The one other draft the core names is the same company ("Merck & Co ... Merck
    said"): it joins."""
    with_stop: set[str] | None = None
    cores: list[tuple[Draft, str]] = []
    for draft in drafts:
        for form in list(draft.forms):
            core = _LEGAL_TAIL.sub("", form)
            grouped = _GROUP_WORD.sub("", core)
            if grouped != core and grouped.split()[0].casefold() not in FIRST_NAMES:
                core = grouped  # (not "Groupe Jean Coutu": its founder is Jean Coutu)
            if core != form and core.strip() and core not in draft.forms:
                draft.forms.append(core)
                cores.append((draft, _key(core)))
            if not _ABBREVIATED.search(form) or form + "." in draft.forms:
                continue
            if with_stop is None:
                # every ending of every "... Co." of the text, found in one pass
                with_stop = set()
                for stop in _LEGAL_STOP.finditer(text):
                    before = _WORDS_BEFORE.search(text, max(0, stop.start() - 200), stop.start())
                    if before is None:
                        continue
                    words = (before.group() + text[stop.start() : stop.end() - 1]).split(" ")
                    with_stop.update(" ".join(words[i:]) for i in range(len(words)))
            if form in with_stop:
                draft.forms.append(form + ".")
    # each draft's keys, read once (a long text has thousands of drafts) and again when
    # a draft takes another's forms
    keys = {id(d): d.keys for d in drafts} if cores else {}
    for draft, core in cores:
        # "Merck & Co ... Merck said": the short name written alone is the same company
        same = [d for d in drafts if d is not draft and not d.collective and core in keys[id(d)]]
        if len(same) == 1:
            draft.forms.extend(f for f in same[0].forms if f not in draft.forms)
            draft.occurrences += same[0].occurrences
            drafts.remove(same[0])
            keys[id(draft)] = draft.keys


def _commission_metonyms(
    drafts: Sequence[Draft], kinds: Sequence[EntityKind], found: list[Found]
) -> list[Found]:
    """ "EU fines Teva", "Bruxelles enquête": where the article names the European
    Commission, the EU or Brussels acting as a regulator is the Commission, one party
    under several names (where it does not, the EU stays a regulator of its own)."""
    commission = [
        i
        for i, draft in enumerate(drafts)
        if kinds[i] is EntityKind.REGULATOR
        and draft.keys & _COMMISSION
        and any(_key(f) != "commission" for f in draft.forms)
    ]
    if len(commission) != 1:
        return found
    target = commission[0]
    merged = {
        i
        for i, draft in enumerate(drafts)
        if i != target and kinds[i] is EntityKind.REGULATOR and draft.keys <= _EU_METONYMS
    }
    if not merged:
        return found
    for index in sorted(merged):
        drafts[target].forms.extend(drafts[index].forms)
    return [m._replace(entity=target) if m.entity in merged else m for m in found]


def _with_deals(
    text: str,
    language: str,
    tokens: Tokens,
    drafts: list[Draft],
    kinds: list[EntityKind],
    found: list[Found],
    resolve: Callable[[str], int | None] = lambda name: None,
) -> tuple[list[Found], list[Found], dict[int, frozenset[int]]]:
    """Add the deals, the reform and the measure the text names as entities (see
    ``deals`` and ``measures``). The mentions relations are read from gain the deal
    nouns of the naming phrases ("acquisition" in "acquisition of Activision Blizzard")
    and the references ("the merger"); the naming phrases themselves are returned apart,
    to be shown in the dataset, and so are the companies each acquisition is of, by the
    acquisition's entity. A measure the text already names as an entity gives that
    entity its references instead."""
    starts = {m.start: (m.entity, m.end) for m in found if not m.periphrase}
    acquisitions = find_deals(text, language, starts, kinds, resolve)
    deals = acquisitions + find_reforms(text, language) + find_measures(text, language)
    if not deals:
        return found, [], {}
    token_starts = tokens.starts

    def mention(entity: int, start: int, end: int, periphrase: bool) -> Found:
        first = bisect.bisect_left(token_starts, start)
        last = bisect.bisect_left(token_starts, end) - 1
        return Found(entity, start, end, first, max(first, last), periphrase)

    naming: list[Found] = []
    references: list[Found] = []
    acquired: dict[int, frozenset[int]] = {}
    for number, deal in enumerate(deals):
        named_before = _named_measure(drafts, deal, resolve)
        if named_before is not None:
            # "le décret du 26 février 2024", "la taxe ... (TSBA)": "le décret", "la taxe"
            # refer to the entity that names it
            references += [mention(named_before, s, e, True) for s, e in deal.references]
            drafts[named_before].periphrases.extend(
                noun for noun in deal.nouns if noun not in drafts[named_before].periphrases
            )
            continue
        index = len(drafts)
        drafts.append(
            Draft(
                forms=list(deal.names),
                kind=deal.kind,
                collective=True,
                periphrases=list(deal.nouns),
                # "the acquisition of X": a party where it is acted on ("the FTC sued
                # to block the merger"), otherwise a way of naming what X and Y do
                acts_only=number < len(acquisitions),
            )
        )
        kinds.append(deal.kind)
        if number < len(acquisitions):
            acquired[index] = deal.parties
        naming += [mention(index, start, end, False) for start, end in deal.named]
        references += [mention(index, start, end, False) for start, end in deal.heads]
        references += [mention(index, start, end, True) for start, end in deal.references]
    if references:
        found = sorted([*found, *references], key=_text_order)
    return found, naming, acquired


def _on_the_companies(
    relations: Sequence[Directed], acquired: Mapping[int, frozenset[int]]
) -> list[Directed]:
    """What is done to an acquisition, done to the companies it is of: "the watchdog
    cleared the acquisition of Quux" clears Quux's sale, "Blargco criticized the merger of
    X and Y" criticises X and Y, "Y called off the merger" ends it with X. The deal is
    read as a party, so that its noun is no cue ("the watchdog approved the acquisition"
    buys nothing), but the companies are who the relation is with."""
    if not acquired:
        return list(relations)
    moved: list[Directed] = []
    for relation in relations:
        sources = acquired.get(relation.source, (relation.source,))
        targets = acquired.get(relation.target, (relation.target,))
        moved += [
            relation._replace(source=source, target=target)
            for source in sources
            for target in targets
            if source != target
        ]
    return list(dict.fromkeys(moved))


def _named_measure(
    drafts: Sequence[Draft], deal: Deal, resolve: Callable[[str], int | None]
) -> int | None:
    """The entity that already names a measure, if any: by the same name ("la taxe de
    solidarité sur les billets d'avion (TSBA)", a name with its acronym), or, for one found
    by its head alone, by a name opening with that head ("le décret du 26 février 2024"
    for "le décret")."""
    if deal.kind is not EntityKind.OTHER:
        return None
    named = next((i for i in map(resolve, deal.names) if i is not None), None)
    if named is not None or deal.named:
        return named
    head = deal.nouns[0] + " "
    return next(
        (
            i
            for i, draft in enumerate(drafts)
            if any(form.casefold().startswith(head) for form in draft.forms)
        ),
        None,
    )


def _with_model_entities(
    text: str,
    tokens: Tokens,
    quotes: Sequence[tuple[int, int]],
    candidates: list[Candidate],
    output: ModelOutput,
    lowercase: frozenset[str],
) -> list[Candidate]:
    """Add the model's entity spans that the rules missed, cleaned by the same rules
    (no elision, no sentence-initial common word, no trailing punctuation)."""
    if not output.entities:
        return candidates
    taken = [(c.start, c.end) for c in candidates]
    starts = [s for s, _ in taken]
    token_starts = tokens.starts
    quote_starts = quote_start_tokens(tokens, quotes)
    extra: list[Candidate] = []
    for start, end, label in output.entities:
        if label not in _MODEL_LABELS:
            continue
        first = bisect.bisect_left(token_starts, start)
        last = bisect.bisect_left(token_starts, end) - 1
        if first > last:
            continue
        candidate = make_candidate(text, tokens, first, last, quote_starts, lowercase)
        if candidate is None or not candidate.text[:1].isupper():
            continue
        i = bisect.bisect_left(starts, candidate.start)
        if any(s < candidate.end and candidate.start < e for s, e in taken[max(0, i - 3) : i + 3]):
            continue
        extra.append(candidate)
    return sorted([*candidates, *extra], key=lambda c: c.start)


_MODEL_LABELS = frozenset({"ORG", "PER", "PERSON", "LOC", "GPE", "MISC", "PRODUCT"})


_ELISION = re.compile(r"^(?:[lLdDnNsS]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]\s*")


def _strip_elision(span: str) -> str:
    """ "l'OpenAI" -> "OpenAI": an elision is never part of a name."""
    return _ELISION.sub("", span).lstrip(" \"'“”«»")


# "le groupe Bolloré", "du groupe M6", "le fonds Ardian", "le cabinet Kearney": French
# names a company with its head noun as often as without it
_GROUP_NOUNS = ("groupe", "fonds", "cabinet")
_GROUP_HEAD = re.compile(r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]['’]|de\s+la)\s*$")
_FIRST_WORD = re.compile(r"[^\s,.;:!?»)]+")


def _add_group_forms(text: str, drafts: list[Draft]) -> None:
    """ "groupe Bolloré" is a form of "Bolloré" where the text writes "le groupe Bolloré"
    (or "le fonds", "le cabinet")."""
    by_first: dict[str, list[tuple[str, Draft]]] = defaultdict(list)
    for draft in drafts:
        if not draft.collective:
            for form in draft.forms:
                by_first[form.split(" ", 1)[0]].append((form, draft))
    for noun in _GROUP_NOUNS:
        at = text.find(noun + " ")
        while at != -1:
            start = at + len(noun) + 1
            first = _FIRST_WORD.match(text, start)
            options = by_first.get(first.group()) if first is not None else None
            if options and _GROUP_HEAD.search(text, max(0, at - 8), at):
                by_form = dict(options)
                named = [form for form in by_form if text.startswith(form, start)]
                if named:
                    form = max(named, key=len)
                    end = start + len(form)
                    if end == len(text) or not (text[end].isalnum() or text[end] in "-&"):
                        grouped = f"{noun} {form}"
                        if grouped not in by_form[form].forms:
                            by_form[form].forms.append(grouped)
            at = text.find(noun + " ", start)


def _add_collectives(drafts: list[Draft], text: str, language: str) -> None:
    """Collective parties, dated events, sums of money: entities that are not names."""
    taken = {key for draft in drafts for key in draft.keys}
    groups = find_bare_collectives(text, language)
    bare = {_key(phrase) for phrase in groups}
    governments = find_government(text, language)
    owned = find_owned_groups(text, language)
    unions = find_unions(text, language)
    # The collective a phrase stands for, when the text names both: "the government" is
    # the one government the text names ("the Italian government"); the unions are one
    # party however the text says which ("les syndicats de Cora", "les syndicats", "les
    # organisations syndicales", "l'intersyndicale": the unions acting together);
    # "shareholders" is the one group of holders of that noun ("Britvic shareholders");
    # "the tentative deal" is the one tentative agreement. Those phrases come after the
    # one they join.
    joins = government_joins(governments)
    if unions:
        joins.update(dict.fromkeys((*map(_key, unions[1:]), "intersyndicale"), _key(unions[0])))
    tentative = find_tentative_agreements(text, language)
    if tentative:
        joins.update(dict.fromkeys(map(_key, tentative[1:]), _key(tentative[0])))
    governments.sort(key=lambda phrase: _key(phrase) in joins)
    by_noun: dict[str, list[str]] = defaultdict(list)
    for phrase in owned:
        by_noun[_key(phrase).rsplit(" ", 1)[-1]].append(_key(phrase))
    joins.update(
        {noun: keys[0] for noun, keys in by_noun.items() if len(keys) == 1 and noun in bare}
    )
    for phrase, kind in (
        *((p, EntityKind.ORG) for p in unions),
        *((p, EntityKind.ORG) for p in find_works_councils(text, language)),
        *((p, EntityKind.OTHER) for p in tentative),
        *((p, EntityKind.ORG) for p in owned),
        *((p, EntityKind.ORG) for p in find_collectives(text, language)),
        *((p, EntityKind.ORG) for p in groups),
        # a dated text is of its head's kind ("le décret du 26 février 2024": a text,
        # "l'accord du 3 mars": an agreement), any other dated thing an event
        *(
            (p, LOWER_HEAD_KINDS.get(p.split(" ", 1)[0].casefold(), EntityKind.EVENT))
            for p in find_dated_events(text, language)
        ),
        *((p, EntityKind.MONEY) for p in find_amounts(text)),
        *((p, EntityKind.ORG) for p in governments),
        *find_named_texts(text, language),
    ):
        key = _key(phrase)
        if key in taken:
            continue
        group = joins.get(key)
        same = (
            None
            if group is None
            else next((d for d in drafts if d.collective and group in map(_key, d.forms)), None)
        )
        if same is not None:
            same.forms.append(phrase)
        else:
            # a group is listed when it acts ("les créanciers", "Britvic shareholders")
            acts_only = key in bare or phrase in owned
            drafts.append(Draft(forms=[phrase], kind=kind, collective=True, acts_only=acts_only))
        taken.add(key)
    state = next((joins[key] for key in STATE_KEYS if key in joins), None)
    if state is not None:
        _join_state(drafts, state)


# Before a place where something is: "à Londres", "in London", "la Bourse de Londres"
_LOCATED = re.compile(
    r"(?:\b(?:à|a|in|at|near|de|from|to|vers|depuis|en|au|aux|dans|of|outside|près)\s+"
    r"|\bd['’]\s*)$",
    re.IGNORECASE,
)


def _join_capitals(drafts: list[Draft], text: str) -> None:
    """A capital that acts ("Londres a retiré son soutien", "Washington criticised") is its
    country's government, where the text names it ("le gouvernement britannique", "the
    U.S. government"); never where the text also writes it as a place ("à Londres").
    (Joined to the country itself, "Beijing" ... "China", the capital made the country a
    party of the wrong kind as often as it found it.)"""
    for draft in [d for d in drafts if not d.collective]:
        keys = {_key(form) for form in draft.forms}
        if len(keys) != 1 or not keys <= CAPITALS.keys():
            continue
        countries, adjectives = CAPITALS[keys.pop()]
        located = any(
            _LOCATED.search(text, max(0, at - 12), at) for at in literal_starts(text, draft.forms)
        )
        if located:
            continue
        governments = {
            phrase.replace(".", "")
            for name in (*countries, *adjectives)
            for phrase in (f"{name} government", f"gouvernement {name}", f"government of {name}")
        }
        targets = [
            d
            for d in drafts
            if d is not draft and {k.replace(".", "") for k in d.keys} & governments
        ]
        if len(targets) == 1:
            targets[0].forms.extend(draft.forms)
            drafts.remove(draft)


def _join_state(drafts: list[Draft], government: str) -> None:
    """ "l'Etat" named alone joins the government it stands for (``government_joins``)."""
    target = next((d for d in drafts if d.collective and government in map(_key, d.forms)), None)
    if target is None:
        return
    for draft in [d for d in drafts if not d.collective and d.keys & STATE_KEYS]:
        target.forms.extend(draft.forms)
        target.periphrases.extend(draft.periphrases)
        drafts.remove(draft)


def _model_labels(text: str, drafts: Sequence[Draft], output: ModelOutput) -> list[Counter[str]]:
    """How often the model labelled each entity's forms ORG, PER, LOC...: one clue to its kind."""
    by_key: dict[str, int] = {}
    for index, draft in enumerate(drafts):
        for key in draft.keys:
            by_key[key] = index
    labels: list[Counter[str]] = [Counter() for _ in drafts]
    for start, end, label in output.entities:
        index = by_key.get(_key(_strip_elision(text[start:end])))
        if index is not None:
            labels[index][label] += 1
    return labels


def _mentions(
    text: str, tokens: Sequence[Token], keys: Sequence[str], drafts: Sequence[Draft]
) -> list[Found]:
    names = [(i, form, False) for i, d in enumerate(drafts) for form in d.forms]
    collectives = [
        (i, form, True) for i, d in enumerate(drafts) for form in d.forms if d.collective
    ]
    return find_mentions(text, tokens, names + collectives, keys)


def structural_relations(
    text: str,
    quotes: Sequence[tuple[int, int]],
    drafts: Sequence[Draft],
    found: Sequence[Found],
    periphrases: Sequence[Periphrase],
    resolve: Callable[[str], int | None],
    kinds: Sequence[EntityKind],
) -> list[Directed]:
    """Roles that names themselves state: "la firme de Satya Nadella" (he leads it),
    "Microsoft Azure" and "Microsoft AI" (Microsoft's product or unit)."""
    starts = [start for start, _ in quotes]

    def quote_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    roles: list[Directed] = []
    for periphrase in periphrases:
        if periphrase.leader is not None and periphrase.leader != periphrase.target:
            roles.append(
                Directed(
                    periphrase.leader,
                    periphrase.target,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.6,
                    quote_of(periphrase.start),
                )
            )
    by_start = sorted(found, key=lambda m: m.start)
    mention_starts = [m.start for m in by_start]
    for mention in by_start:
        if not mention.periphrase:
            continue
        first = bisect.bisect_left(mention_starts, mention.start)
        last = bisect.bisect_left(mention_starts, mention.end)
        for inner in by_start[first:last]:
            if (
                inner.entity != mention.entity
                and inner.end <= mention.end
                and not inner.periphrase
                and kinds[inner.entity] is EntityKind.PRODUCT
            ):
                # "the Fortnite game developer, Epic Games": Epic Games makes Fortnite.
                roles.append(
                    Directed(
                        mention.entity,
                        inner.entity,
                        RelationType.ROLE,
                        Modality.ASSERTED,
                        0.6,
                        quote_of(mention.start),
                    )
                )
    for person, body in pairwise(by_start):
        if (
            kinds[person.entity] is EntityKind.PERSON
            and kinds[body.entity] is EntityKind.ORG
            and text[person.end : body.start] == " ("
            and text.startswith(")", body.end)
        ):
            # "Eric Woerth (Les Républicains)": the party a person sits for
            roles.append(
                Directed(
                    person.entity,
                    body.entity,
                    RelationType.ROLE,
                    Modality.ASSERTED,
                    0.6,
                    quote_of(person.start),
                )
            )
    first_mention: dict[tuple[int, str], int] = {}
    for mention in found:
        first_mention.setdefault(
            (mention.entity, _key(text[mention.start : mention.end])), mention.start
        )
    for index, draft in enumerate(drafts):
        if kinds[index] not in (EntityKind.PRODUCT, EntityKind.ORG) or draft.collective:
            continue  # "les éleveurs français" are no unit of "les éleveurs"
        for form in draft.forms:
            if not form[:1].isupper():
                continue  # "gouvernement italien", "syndicats de cheminots"
            words = form.split()
            offset = first_mention.get((index, _key(form)))
            if offset is None:
                continue
            for cut in range(len(words) - 1, 0, -1):
                if all(word[:1].islower() for word in words[cut:]):
                    continue  # "le Sénat nigérian" is no unit of "le Sénat": an adjective
                owner = resolve(" ".join(words[:cut]))
                if owner is not None and owner != index and kinds[owner] is EntityKind.ORG:
                    roles.append(
                        Directed(
                            owner,
                            index,
                            RelationType.ROLE,
                            Modality.ASSERTED,
                            0.6,
                            quote_of(offset),
                        )
                    )
                    break
    return roles


_NOT_A_COMPANY = re.compile(
    r"\b(?:court|tribunal|cour|gouvernement|government|conseil\s+d['’][ée]tat)\b", re.IGNORECASE
)


def _with_nearest_companies(
    text: str,
    language: str,
    tokens: Tokens,
    quotes: Sequence[tuple[int, int]],
    found: list[Found],
    companies: frozenset[int],
) -> list[Found]:
    """``found`` and a mention for each "the company", "le groupe", "the lender" that no
    name follows and no other rule has read, where the article is about no one company:
    the one company its sentence names before it ("Quux said the company would appeal"),
    else the one company the sentence before names ("Quux lost clients. The company
    also sued Blargco"). Where two companies are named there, the description names
    neither."""
    named = sorted(
        (m.start, m.entity)
        for m in found
        if m.entity in companies and not _NOT_A_COMPANY.search(text, m.start, m.end)
    )
    if not named:
        return found
    # read by another rule already (mentions of a description are periphrases)
    taken = {(m.start, m.end) for m in found if m.periphrase}
    offsets = [start for start, _ in named]
    q_starts = [start for start, _ in quotes]
    added: list[Found] = []
    for start, end in company_descriptions(text, language):
        if (start, end) in taken:
            continue
        sentence = bisect.bisect_right(q_starts, start) - 1
        company = None
        for position in (sentence, sentence - 1):
            if position < 0:
                break
            lo = bisect.bisect_left(offsets, quotes[position][0])
            hi = bisect.bisect_left(offsets, min(start, quotes[position][1]))
            there = {entity for _, entity in named[lo:hi]}
            if there:
                # two companies there ("Zorblat perd des clients, Quux aussi"): neither
                company = there.pop() if len(there) == 1 else None
                break
        if company is None:
            continue
        first_token = bisect.bisect_left(tokens.starts, start)
        last_token = bisect.bisect_left(tokens.starts, end) - 1
        added.append(tuple.__new__(Found, (company, start, end, first_token, last_token, True)))
    if not added:
        return found
    merged = list(found)  # in text order, as the mentions always are here
    for mention in added:  # a few among many: each put in its place
        bisect.insort(merged, mention, key=_text_order)
    return merged


def _text_order(mention: Found) -> tuple[int, int]:
    """Mentions in text order, a longer one before one it holds."""
    return mention.start, -mention.end


def _named_last_before(
    text: str,
    found: Sequence[Found],
    starts: Callable[[], Sequence[int]],
    among: frozenset[int],
    offset: int,
) -> int | None:
    """The entity of ``among`` (the companies, or the people) named last before
    ``offset``, within about two sentences (not a court or a government, which are
    organisations too); ``starts()`` gives the mentions' starts, made on the first call
    (most texts write no description that needs them)."""
    for index in range(bisect.bisect_left(starts(), offset) - 1, -1, -1):
        mention = found[index]
        if offset - mention.end > 300:
            return None
        if mention.entity in among and not _NOT_A_COMPANY.search(text, mention.start, mention.end):
            return mention.entity
    return None


def _described_in_sentence(
    text: str,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[Found],
    starts: Callable[[], Sequence[int]],
    among: frozenset[int],
    offset: int,
    main: int,
) -> int | None:
    """The company "the company", "the utility" at ``offset`` names: ``main``, the
    company the article is about, unless its sentence names ``main`` after it ("put the
    utility at odds with Heathrow": then the other company named last before, close by,
    or none)."""
    index = bisect.bisect_right(quotes, (offset, len(text))) - 1
    if index < 0:
        return main
    q_start, q_end = quotes[index]
    at = bisect.bisect_left(starts(), offset)
    for mention in found[at:]:
        if mention.start >= q_end:
            break
        if mention.entity == main:
            return _named_last_before(text, found, starts, among - {main}, q_start)
    return main


def _institution_heads(drafts: Sequence[Draft]) -> dict[str, int]:
    """Head noun -> the one entity whose name starts or ends with it ("Commerce
    Department", "Banque de France"); heads shared by two entities are left out."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, draft in enumerate(drafts):
        for form in draft.forms:
            words = form.split()
            if len(words) < 2:
                continue
            for word in {words[0].casefold(), words[-1].casefold()}:
                # "the union" is a trade union, not the European Union
                if word in INSTITUTION_HEADS and not (
                    word in ("union", "unions") and draft.keys & UNION_KEYS
                ):
                    owners[word].add(index)
    return {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1}


def _without_city_words(found: list[Found], drafts: Sequence[Draft]) -> list[Found]:
    """A headquarters city seen only inside "le géant de Redmond" is not an entity there."""
    spans = [(m.start, m.end, m.entity) for m in found if m.periphrase]
    if not spans:
        return found
    cities = {i for i, d in enumerate(drafts) if all(f.casefold() in HQ_CITIES for f in d.forms)}

    def nested(mention: Found) -> bool:
        return any(
            s <= mention.start and mention.end <= e and entity != mention.entity
            for s, e, entity in spans
        )

    return [m for m in found if not (m.entity in cities and nested(m))]


# Between a company's common noun and the name it describes: nothing, or a nationality
# ("filiale du groupe américain Liberty Global")
_BEFORE_DESCRIBED_NAME = re.compile(r"[ \u00a0]+(?:(?P<origin>[^\W\d_][\w-]*)[ \u00a0]+)?")


def _without_descriptions_of_names(text: str, found: list[Found]) -> list[Found]:
    """ "Sunrise, filiale du groupe américain Liberty Global": a common noun that names a
    company elsewhere ("le groupe", Swisscom) says here what the next name is, and is no
    mention of that company."""
    kept = []
    for mention, after in zip(found, [*found[1:], None], strict=True):
        if mention.periphrase and after is not None and not after.periphrase:
            gap = _BEFORE_DESCRIBED_NAME.fullmatch(text, mention.end, after.start)
            if (
                gap is not None
                and after.entity != mention.entity
                and (gap["origin"] is None or is_demonym(gap["origin"].casefold()))
            ):
                continue
        kept.append(mention)
    return kept


_MAX_CONTEXTS = 200
"""Mentions looked at to decide a kind: more would only repeat the same evidence."""


# What stands between two names of one list: "A, B et C", "A or B", "A, along with B",
# "l'Europe de l'Est, le Maroc ou la Tunisie".
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+|or\s+|ou\s+|along\s+with\s+|as\s+well\s+as\s+|ainsi\s+que\s+)?"
    r"|\s(?:and|et|or|ou)\s)\s*(?:(?:les?|la|the)\s+|l['’])?"
)


def _listed_with_products(
    text: str, drafts: Sequence[Draft], found: Sequence[Found], kinds: list[EntityKind]
) -> list[EntityKind]:
    """A list is of one kind: "the drugs Eliquis, Jardiance and Xarelto", "les chips Lay's
    et Doritos", "vers l'Europe de l'Est, le Maroc ou la Tunisie". An organisation named
    only in lists that hold a product (a place) is a product (a place) too, unless the
    gazetteer knows it."""
    # "Livent and Australia's Allkem": a name before "'s" qualifies the next, no item
    ordered = [
        m
        for m in sorted(found, key=lambda m: m.start)
        if not text.startswith(("'s ", "’s "), m.end)
    ]
    chains: list[list[Found]] = []
    for mention in ordered:
        if chains and _LIST_GAP.fullmatch(text, chains[-1][-1].end, mention.start):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    located = [len(chain) > 1 and _located_list(text, chain[0].start) for chain in chains]
    # "face à Aldi, Lidl et Rewe. Rewe avait fait une offre": an organisation named outside
    # such a list, neither where ("À Nice, la moitié des vols") nor whose ("le ministère
    # de l'Environnement"), says what a list joined by a conjunction is of (not "publié à
    # Shanghaï, TFM versera"); looked for among those such lists name only
    in_located = {
        m.entity
        for chain, place in zip(chains, located, strict=True)
        if place
        for m in chain
        if kinds[m.entity] is EntityKind.ORG
    }
    acting = {
        m.entity
        for chain, place in zip(chains, located, strict=True)
        if not place
        for m in chain
        if m.entity in in_located
        # (a name standing alone, which the lists above did not look at: after a locative?)
        and not (len(chain) == 1 and _located_list(text, m.start))
        and not _OF_BEFORE.search(text, max(0, m.start - 6), m.start)
    }
    listed_with: dict[int, set[EntityKind]] = {}
    for chain, place in zip(chains, located, strict=True):
        held = {kinds[m.entity] for m in chain} & _LIST_KINDS if len(chain) > 1 else set()
        if (
            len(chain) > 1
            and place
            and not (
                _CONJUNCTION.search(text, chain[-2].end, chain[-1].start)
                and any(m.entity in acting for m in chain)
            )
        ):
            held = held | {EntityKind.PLACE}  # "dans le Grand Est, les Pays de la Loire et .."
        for mention in chain:
            listed_with[mention.entity] = listed_with.get(mention.entity, held) & held
    result = list(kinds)
    for entity, held in listed_with.items():
        if len(held) != 1 or kinds[entity] is not EntityKind.ORG or drafts[entity].collective:
            continue
        (kind,) = held
        if kind is EntityKind.PLACE and short_acronyms(drafts[entity].forms):
            continue
        keys = [form.casefold() for form in drafts[entity].forms]
        known = any(key in KNOWN_KINDS for key in keys)
        # a country the gazetteer takes for its government acts; listed with places, it is one
        if not known or (kind is EntityKind.PLACE and any(key in METONYMS for key in keys)):
            result[entity] = kind
    return result


def _located_list(text: str, start: int) -> bool:
    """Whether a list starting at ``start`` follows a locative ("dans", "in"), not as what
    is invested in ("des parts dans Indra ou Airbus")."""
    locative = _LOCATIVE_BEFORE.search(text, max(0, start - 16), start)
    return bool(locative) and not _STAKE_BEFORE.search(
        text, max(0, locative.start() - 20), locative.start()
    )


_LIST_KINDS = frozenset({EntityKind.PRODUCT, EntityKind.PLACE})
_OF_BEFORE = re.compile(r"(?:\b(?:de|du|des|of)\s+|\bd['’]|\bde\s+l['’])$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:and|et|or|ou|ainsi\s+que|as\s+well\s+as|along\s+with)\b")
_STAKE_BEFORE = re.compile(
    r"\b(?:parts|participations?|stakes?|invest\w*|capital)\s+$", re.IGNORECASE
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:à|au|aux|en|dans|vers|in|at|near)\s+(?:(?:le|la|les|the)\s+|l['’])?$", re.IGNORECASE
)


def _kinds(
    drafts: Sequence[Draft],
    tokens: Sequence[Token],
    found: Sequence[Found],
    labels: Sequence[Counter[str]],
    common_words: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
) -> list[EntityKind]:
    """Each draft's kind; ``titles`` are the surface keys of the quoted titles."""
    contexts: dict[int, list[tuple[Sequence[Token], Sequence[Token]]]] = defaultdict(list)
    for mention in found:
        if len(contexts[mention.entity]) >= _MAX_CONTEXTS:
            continue
        # after a comma, far enough back to read "le président de la Région Bretagne, X"
        first = mention.first_token
        # (or after a comma and an article: "le gendarme de la Bourse, l'AMF")
        reach = COMMA_REACH if any(t.text == "," for t in tokens[max(0, first - 3) : first]) else 4
        start = max(0, first - reach)
        # not across a paragraph's break (a gap of more than one character between two
        # tokens): a title's last word is no context of the first name of the text under
        # it ("... silencing the brand" / "Jerry Greenfield, who")
        for index in range(first, start, -1):
            if tokens[index].start - tokens[index - 1].end > 1:
                start = index
                break
        before = tokens[start:first]
        # ... and past a comma after it, to read "X, Keurig Dr Pepper's chief financial officer"
        last = mention.last_token
        ahead = 9 if last + 1 < len(tokens) and tokens[last + 1].text == "," else 5
        after = tokens[last + 1 : last + ahead]
        contexts[mention.entity].append((before, after))
    kinds = []
    for index, draft in enumerate(drafts):
        if draft.collective:
            kinds.append(draft.kind)
            continue
        kind = decide_kind(draft.forms, contexts[index], labels[index], common_words)
        if draft.product_hint and kind is EntityKind.ORG:
            kind = EntityKind.PRODUCT
        # a quoted title is a work, whatever its words say ("Escape to Epstein Island")
        if kind in (EntityKind.ORG, EntityKind.PLACE) and titles.intersection(
            map(surface_key, draft.forms)
        ):
            kind = title_kind(draft.forms, contexts[index]) or kind
        kinds.append(kind)
    return kinds


def _leaders(
    text: str,
    language: str,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[Found],
    kinds: Sequence[EntityKind],
    cues: SentenceCues,
    persons: frozenset[int],
) -> dict[int, int]:
    """Each of ``persons`` -> the organisation the text says they lead or work for (read
    only in the sentences that name one of them: a role's holder is always named in its
    sentence; ``cues`` the text's cue scan, which the relations stage reads again)."""
    leaders: dict[int, int] = {}
    roles = frozenset({RelationType.ROLE})
    people = [
        m.start for m in found if m.entity in persons and kinds[m.entity] is EntityKind.PERSON
    ]
    people.sort()
    with_people = [
        (start, end)
        for start, end in quotes
        if bisect.bisect_left(people, end) > bisect.bisect_left(people, start)
    ]
    for relation in find_relations(
        text, language, with_people, found, kinds, types=roles, cues=cues
    ):
        source = relation.source
        if (
            relation.type is RelationType.ROLE
            and source in persons
            and kinds[source] is EntityKind.PERSON
        ):
            leaders.setdefault(source, relation.target)
    return leaders


def _resolver(drafts: Sequence[Draft]) -> Callable[[str], int | None]:
    by_key: dict[str, int] = {}
    for index, draft in enumerate(drafts):
        for form in draft.forms:
            by_key.setdefault(_key(form), index)

    def resolve(name: str) -> int | None:
        return by_key.get(_key(name))

    return resolve


def _provenance(model_name: str) -> Provenance:
    return Provenance(
        method="extracted",
        extractor=EXTRACTOR + (f"+{model_name}" if model_name else ""),
        version=VERSION,
    )


def _assemble(
    text: str,
    language: str,
    info: ArticleInfo,
    quotes: Sequence[tuple[int, int]],
    drafts: Sequence[Draft],
    kinds: Sequence[EntityKind],
    found: Sequence[Found],
    relations: Sequence[Directed],
    model_name: str,
) -> Dataset:
    mentioned = Counter(m.entity for m in found)
    ids: dict[int, str] = {}
    used: set[str] = set()
    entities: list[Entity] = []
    owner: dict[str, int] = {}
    parties = {index for relation in relations for index in (relation.source, relation.target)}
    openers = _one_off_openers(text, quotes, drafts, found, mentioned)
    # a verb opening a sentence ("Renoncer à...", "Giving up...") is no party even in a
    # relation; any other one-off opener may be, if the text relates it
    openers = {i for i in openers if _verb_shaped(drafts[i].name)} | (openers - parties)
    # "les créanciers": a group is listed when it acts, not each time it is mentioned
    openers |= {i for i, d in enumerate(drafts) if d.acts_only} - parties
    for index, draft in sorted(enumerate(drafts), key=lambda item: -mentioned[item[0]]):
        if not mentioned[index] or not _listed(kinds[index], index in parties):
            continue
        if kinds[index] is EntityKind.PLACE and not draft.keys & COUNTRY_KEYS:
            continue  # a city or a region is where something happens, not a party
        if index in openers:
            continue
        names: list[str] = []
        for form in [*draft.forms, *draft.periphrases]:
            key = _key(form)
            if owner.setdefault(key, index) == index and all(_key(n) != key for n in names):
                names.append(form)
        ids[index] = _unique_id(_slug(names[0]), used)
        entities.append(
            Entity(id=ids[index], name=names[0], kind=kinds[index], aliases=tuple(names[1:]))
        )
    names_of = {entity.id: {_key(n) for n in entity.names} for entity in entities}
    # Duplicates dropped and order settled on plain tuples; the many mentions and quotes
    # are handed to the dataset as plain data, validated there in one pass.
    spans = sorted({(m.start, m.end, ids[m.entity]) for m in found if m.entity in ids})
    mentions = [
        {"entity": entity, "start": start, "end": end}
        for start, end, entity in spans
        if _key(text[start:end]) in names_of[entity]
    ]
    quote_data = [{"id": f"q{i + 1}", "start": s, "end": e} for i, (s, e) in enumerate(quotes)]
    provenance = _provenance(model_name)
    merged: dict[tuple[int, int, RelationType], list[Directed]] = defaultdict(list)
    for relation in relations:
        if relation.source not in ids or relation.target not in ids:
            continue
        source, target = relation.source, relation.target
        if relation.type in _SYMMETRIC and ids[source] > ids[target]:
            source, target = target, source
        merged[(source, target, relation.type)].append(relation)
    relation_models = []
    for number, ((source, target, relation_type), group) in enumerate(merged.items(), start=1):
        confidence = 1.0
        for item in group:
            confidence *= 1.0 - item.confidence
        evidence = tuple(dict.fromkeys(f"q{item.quote + 1}" for item in group))
        modality = Counter(item.modality for item in group).most_common(1)[0][0]
        relation_models.append(
            Relation(
                id=f"r{number}",
                source=ids[source],
                target=ids[target],
                type=relation_type,
                modality=modality,
                confidence=round(min(0.95, 1.0 - confidence), 2),
                evidence=evidence,
                provenance=provenance,
            )
        )
    title = info.title or _default_title(text, quotes)
    article = Article(
        id=info.article_id or _short_slug(title),
        title=title,
        outlet=info.outlet,
        url=info.url,
        language=language,
        published=info.published,
        text=text,
        sha256=text_sha256(text),
    )
    return Dataset.model_validate(
        {
            "article": article,
            "entities": entities,
            "mentions": mentions,
            "quotes": quote_data,
            "relations": relation_models,
        }
    )


from tui.ingest.cues import SYMMETRIC as _SYMMETRIC  # noqa: E402


def _one_off_openers(
    text: str,
    quotes: Sequence[tuple[int, int]],
    drafts: Sequence[Draft],
    found: Sequence[Found],
    mentioned: Counter[int],
) -> set[int]:
    """Entities named once, by one capitalised word that opens a sentence: "Shares fell",
    "Quant à", "Reste que", "Découper SFR". Without a dictionary a sentence's first word
    cannot be told from a name; one that the text never repeats and that takes part in
    no relation is far more often a common word than a party, so it is not listed. Known
    names, acronyms and words with digits or inner capitals ("Teva", "EDF", "iOS") stay.
    """
    starts = {start for start, _ in quotes}
    openers: set[int] = set()
    for mention in found:
        if mentioned[mention.entity] != 1 or drafts[mention.entity].collective:
            continue
        word = text[mention.start : mention.end]
        before = text[max(0, mention.start - 3) : mention.start]
        opens = (
            mention.start in starts
            or (before[-1:] in _OPENING_MARKS and mention.start - 1 in starts)
            # a verb opening a quotation: "« Changer de capitaine ... », déplore X" (a
            # name may open one as well: "« Orange a menti », a fustigé X")
            or (
                before.rstrip()[-1:] in _QUOTATION_OPENINGS
                and _VERB_SHAPED.search(word) is not None
                and text[mention.end : mention.end + 3].lstrip()[:1] not in _QUOTATION_CLOSINGS
            )
        )
        if (
            opens
            and word.isalpha()
            and word[1:].islower()
            and word.casefold() not in KNOWN_KINDS
            # "Apple and Google disagreed": coordinated with a name, a name too
            and not _COORDINATED_NAME.match(text, mention.end)
            # "Sodiaal, premier groupe coopératif laitier, ...": described, a name too
            and not _APPOSITION.match(text, mention.end)
        ):
            openers.add(mention.entity)
    return openers


_COORDINATED_NAME = re.compile(r"\s*(?:,|\s(?:and|et|or|ou))\s+[A-ZÀ-Ý]")
# A body or a person described right after its name: ", premier groupe ...", ", a
# Texas-based maker", ", the company's founder".
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|le|la|l['’]|un|une|its|son|sa)\s*)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:group|company|firm|maker|giant|bank|fund|insurer|operator|retailer|chain|carrier"
    r"|airline|start-?up|subsidiary|owner|parent|union|association|federation|agency"
    r"|groupe|société|entreprise|leader|numéro|filiale|fabricant|constructeur|géant"
    r"|spécialiste|coopérative|fonds|banque|assureur|opérateur|distributeur|enseigne|holding"
    r"|compagnie|transporteur|exploitant|concessionnaire|laboratoire|éditeur|studio"
    r"|syndicat|fédération|confédération|agence|chief|founder|président|présidente"
    r"|directeur|directrice"
    r"|fondateur|fondatrice|patron|patronne)s?\b",
    re.IGNORECASE,
)


# French infinitives and English gerunds, shapes names rarely have
_VERB_SHAPED = re.compile(r"(?:iser|ifier|oncer|anger|ancer|enir|ouvrir|ger|ing)$")
# Past participles: "Asked whether", "Devenue incontournable", "Interrogé sur"
_PARTICIPLE_SHAPED = re.compile(r"(?:\w{2}[^aeiouy\W]ed|ée?s?|enue?s?)$")


def _verb_shaped(word: str) -> bool:
    """Whether a word opening a sentence has the shape of a verb (an infinitive, a gerund,
    a past participle) and is no given name ("Alfred", "Hervé")."""
    return _VERB_SHAPED.search(word) is not None or (
        _PARTICIPLE_SHAPED.search(word) is not None and word.casefold() not in FIRST_NAMES
    )


_OPENING_MARKS = frozenset("\"“«‘'(")
_QUOTATION_OPENINGS = frozenset("“«")
_QUOTATION_CLOSINGS = frozenset("”»")


def _listed(kind: EntityKind, party: bool) -> bool:
    """Whether an entity belongs in the dataset: the article's parties, not its scenery.

    Sums of money are found so that no name swallows them, but they are amounts, never
    parties. A place is listed only when it acts in a relation ("la Pologne préside le
    Conseil"), not when it only says where something happens ("its Texas plant", "in
    Europe"). These are the annotation conventions of the evaluation set as well.
    """
    if kind is EntityKind.MONEY:
        return False
    return party or kind is not EntityKind.PLACE


def _default_title(text: str, quotes: Sequence[tuple[int, int]]) -> str:
    if not quotes:
        return "Untitled article"
    start, end = quotes[0]
    first = text[start:end]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or "entity"


def _short_slug(title: str, limit: int = 60) -> str:
    """An article id from its title, cut at a word boundary."""
    slug = _slug(title)
    if len(slug) > limit:
        slug = slug[: limit + 1].rsplit("-", 1)[0]
    return slug.strip("-") or "article"


def _unique_id(base: str, used: set[str]) -> str:
    base = base[:60].strip("-") or "entity"
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    used.add(candidate)
    return candidate
