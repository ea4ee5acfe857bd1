"""Everything the screens look up, computed once per dataset, off the UI thread.

The dataset is a flat list of spans; the browser needs it the other way round (the quotes of
an entity, the mentions inside a quote, the paragraph of an offset, the scores). Building these
maps once keeps every selection change a dictionary lookup, whatever the size of the article.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from tui.model import Dataset, Entity, EntityKind, Mention, Quote, Relation
from tui.salience import salience
from tui.tension import Contribution, DyadScore, EntityScore, Scores, score_dataset
from tui.text import paragraph_of, paragraph_starts

KIND_ORDER = tuple(EntityKind)
KIND_LABELS = {
    EntityKind.ORG: "organisation",
    EntityKind.PERSON: "person",
    EntityKind.PRODUCT: "product",
    EntityKind.REGULATOR: "regulator",
    EntityKind.PLACE: "place",
    EntityKind.EVENT: "event",
    EntityKind.MONEY: "money",
    EntityKind.OTHER: "other",
}
KIND_TITLES = {
    EntityKind.ORG: "Organisations",
    EntityKind.PERSON: "People",
    EntityKind.PRODUCT: "Products",
    EntityKind.REGULATOR: "Regulators",
    EntityKind.PLACE: "Places",
    EntityKind.EVENT: "Events",
    EntityKind.MONEY: "Money",
    EntityKind.OTHER: "Other",
}


ROW_CHARS = 4000
"""Longest row of the reader, in characters. A longer paragraph (a text without blank lines,
one huge line) is shown as several rows cut at spaces: wrapping one row of megabytes froze the
screen."""


@dataclass
class ArticleIndex:
    dataset: Dataset
    scores: Scores
    salience: dict[str, float]
    entities: dict[str, Entity] = field(default_factory=dict)
    mention_count: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_by_id: dict[str, Quote] = field(default_factory=dict)
    quotes_by_entity: dict[str, list[Quote]] = field(default_factory=dict)
    mentions_by_quote: dict[str, list[Mention]] = field(default_factory=dict)
    relations_by_entity: dict[str, list[Relation]] = field(default_factory=dict)
    relation_by_id: dict[str, Relation] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)
    contributions: dict[str, Contribution] = field(default_factory=dict)
    dyad_by_pair: dict[tuple[str, str], DyadScore] = field(default_factory=dict)

    @classmethod
    def build(cls, dataset: Dataset) -> ArticleIndex:
        index = cls(dataset, score_dataset(dataset), salience(dataset))
        index.entities = {entity.id: entity for entity in dataset.entities}
        index.mentions = sorted(dataset.mentions, key=lambda m: (m.start, -m.end))
        index.mention_count = Counter(m.entity for m in dataset.mentions)
        index.quotes = sorted(dataset.quotes, key=lambda q: (q.start, q.end))
        index.quote_by_id = {quote.id: quote for quote in dataset.quotes}
        index.mention_starts = starts = [m.start for m in index.mentions]
        by_entity: defaultdict[str, list[Quote]] = defaultdict(list)
        for quote in index.quotes:
            lo = bisect.bisect_left(starts, quote.start)
            hi = bisect.bisect_left(starts, quote.end)
            inside = [m for m in index.mentions[lo:hi] if m.end <= quote.end]
            index.mentions_by_quote[quote.id] = inside
            for entity_id in dict.fromkeys(m.entity for m in inside):
                by_entity[entity_id].append(quote)
        index.quotes_by_entity = dict(by_entity)
        relations: defaultdict[str, list[Relation]] = defaultdict(list)
        for relation in dataset.relations:
            relations[relation.source].append(relation)
            if relation.target != relation.source:
                relations[relation.target].append(relation)
        index.relations_by_entity = dict(relations)
        index.relation_by_id = {relation.id: relation for relation in dataset.relations}
        index.paragraphs = paragraph_starts(dataset.article.text)
        index.dyad_by_pair = {(d.a, d.b): d for d in index.scores.dyads}
        index.contributions = {
            c.relation.id: c for dyad in index.scores.dyads for c in dyad.contributions
        }
        return index

    def paragraph(self, offset: int) -> int:
        return paragraph_of(self.paragraphs, offset)

    @cached_property
    def reader_rows(self) -> list[tuple[int, int]]:
        """(start, end) of each row of the reader, computed once: the paragraphs without their
        trailing space, a paragraph longer than ``ROW_CHARS`` cut at spaces."""
        text = self.dataset.article.text
        ends = [*self.paragraphs[1:], len(text)]
        rows = []
        for start, end in zip(self.paragraphs, ends, strict=True):
            end = start + len(text[start:end].rstrip())
            while end - start > ROW_CHARS:
                cut = text.rfind(" ", start + ROW_CHARS // 2, start + ROW_CHARS) + 1
                cut = cut if cut > start else start + ROW_CHARS
                rows.append((start, cut))
                start = cut
            rows.append((start, end))
        return rows

    @property
    def paragraph_count(self) -> int:
        return len(self.paragraphs)

    def entity_score(self, entity_id: str) -> EntityScore | None:
        return self.scores.entities.get(entity_id)

    def dyad(self, a: str, b: str) -> DyadScore | None:
        return self.dyad_by_pair.get((min(a, b), max(a, b)))

    def dyads_of(self, entity_id: str) -> tuple[DyadScore, ...]:
        """The entity's dyads, tensest first; those without scored evidence last (the order of
        ``Scores.dyads``, which entity scores keep)."""
        score = self.scores.entities.get(entity_id)
        if score is None:
            return ()
        return score.dyads

    def quote_text(self, quote: Quote) -> str:
        return self.dataset.article.text[quote.start : quote.end]

    def others_in_quote(self, quote: Quote, entity_id: str) -> list[str]:
        """The other entities a quote mentions, in the order they first appear."""
        seen = dict.fromkeys(
            m.entity for m in self.mentions_by_quote.get(quote.id, ()) if m.entity != entity_id
        )
        return list(seen)

    def ordered(self, by: str) -> list[Entity]:
        """Entities grouped by kind, each group by salience (or name), most salient first."""
        rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
        if by == "name":
            return sorted(
                self.entities.values(), key=lambda e: (rank[e.kind], e.name.casefold(), e.id)
            )
        return sorted(
            self.entities.values(),
            key=lambda e: (rank[e.kind], -self.salience.get(e.id, 0.0), e.name.casefold(), e.id),
        )
