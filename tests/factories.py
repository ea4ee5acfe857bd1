"""Build small, valid datasets for tests from a text and a few specs.

Writing offsets and hashes by hand is error-prone and hides what a test is about, so tests
describe a dataset the way a reader would and ``make_dataset`` derives the rest:

    dataset = make_dataset(
        "Alpha sues Beta. Beta and Alpha remain partners.",
        entities=["Alpha", {"name": "Beta", "aliases": ["the rival"], "kind": "org"}],
        relations=[
            {"source": "alpha", "target": "beta", "type": "lawsuit",
             "evidence": "Alpha sues Beta."},
            {"source": "Beta", "target": "Alpha", "type": "partnership", "confidence": 0.8},
        ],
    )

- Entities are a name (id = its slug, kind org) or a mapping with ``name`` and optionally
  ``id``, ``aliases``, ``kind``, ``description``.
- Mentions are every whole-word, case-insensitive occurrence of a name or alias in the text
  (``tui.salience.name_occurrences``: the longest name wins where names overlap).
- Relations are mappings with ``source`` and ``target`` (ids or names), ``type``, and
  optionally ``confidence`` (default 1.0), ``modality``, ``evidence`` (one passage or a list of
  passages, each found verbatim in the text; default: the whole text), ``date``, ``comment``,
  ``provenance`` and ``id`` (default r1, r2, ...).
- Quotes are made for each distinct evidence passage (q1, q2, ... in order of first use, at the
  passage's first occurrence), plus any extra ``quotes`` passages.

The result passes ``tui.dataset.check`` without errors, or ``ValueError`` says why not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from tui.dataset import check, text_sha256
from tui.model import Article, Dataset, Entity, Mention, Quote, Relation
from tui.salience import name_occurrences

EntitySpec = str | Mapping[str, Any]
RelationSpec = Mapping[str, Any]


def slug(name: str) -> str:
    """An id from a name: lower case, runs of other characters as one hyphen."""
    value = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return value or "x"


def make_entity(spec: EntitySpec) -> Entity:
    if isinstance(spec, str):
        return Entity(id=slug(spec), name=spec, kind="org")
    fields = dict(spec)
    fields.setdefault("id", slug(fields["name"]))
    fields.setdefault("kind", "org")
    fields["aliases"] = tuple(fields.get("aliases", ()))
    return Entity(**fields)


def make_dataset(
    text: str,
    entities: Sequence[EntitySpec] = (),
    relations: Sequence[RelationSpec] = (),
    *,
    title: str = "",
    language: str = "en",
    published: str | None = None,
    quotes: Sequence[str] = (),
    article_id: str = "article",
) -> Dataset:
    """A valid dataset for ``text`` with the given entities, relations and extra quotes."""
    built = [make_entity(spec) for spec in entities]
    lookup: dict[str, str] = {}
    for entity in built:
        for name in entity.names:
            lookup.setdefault(name.casefold(), entity.id)
    for entity in built:
        lookup[entity.id.casefold()] = entity.id

    quote_ids: dict[str, str] = {}

    def quote_for(passage: str) -> str:
        if passage not in quote_ids:
            if text.find(passage) < 0 or not passage:
                raise ValueError(f"evidence {passage!r} is not in the text")
            quote_ids[passage] = f"q{len(quote_ids) + 1}"
        return quote_ids[passage]

    def resolve(ref: str) -> str:
        try:
            return lookup[ref.casefold()]
        except KeyError:
            raise ValueError(f"relation names an unknown entity {ref!r}") from None

    built_relations = []
    for index, spec in enumerate(relations, start=1):
        fields = dict(spec)
        evidence = fields.pop("evidence", text)
        passages = [evidence] if isinstance(evidence, str) else list(evidence)
        fields["evidence"] = tuple(quote_for(p) for p in passages)
        fields["source"] = resolve(fields["source"])
        fields["target"] = resolve(fields["target"])
        fields.setdefault("id", f"r{index}")
        fields.setdefault("confidence", 1.0)
        built_relations.append(Relation(**fields))
    for passage in quotes:
        quote_for(passage)

    dataset = Dataset(
        article=Article(
            id=article_id,
            title=title,
            language=language,
            published=published,
            text=text,
            sha256=text_sha256(text),
        ),
        entities=tuple(built),
        mentions=tuple(
            Mention(entity=entity_id, start=start, end=end)
            for start, end, entity_id in name_occurrences(text, built)
        ),
        quotes=tuple(
            Quote(id=quote_id, start=text.find(passage), end=text.find(passage) + len(passage))
            for passage, quote_id in quote_ids.items()
        ),
        relations=tuple(built_relations),
    )
    errors = [p.format("<factory>") for p in check(dataset) if p.severity == "error"]
    if errors:
        raise ValueError("\n".join(errors))
    return dataset
