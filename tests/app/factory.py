"""Datasets for the browser's tests, built from the seed article so they look like real data.

Mentions are found by searching the text for each entity's names, quotes are the article's
sentences, and relations point at the first sentence containing a given phrase: the same shape
as the curated seed, without depending on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from tui.dataset import check, dumps, text_sha256
from tui.model import (
    Article,
    Dataset,
    Entity,
    EntityKind,
    Mention,
    Modality,
    Quote,
    Relation,
    RelationType,
)

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "000_ebd9e7abab382413.txt").read_text(
    encoding="utf-8"
)

ENTITIES = (
    ("microsoft", "Microsoft", EntityKind.ORG, ("la firme de Satya Nadella", "géant de Redmond")),
    ("openai", "OpenAI", EntityKind.ORG, ("La startup de Sam Altman",)),
    ("coreweave", "CoreWeave", EntityKind.ORG, ()),
    ("oracle", "Oracle", EntityKind.ORG, ("Oracle Cloud",)),
    ("softbank", "SoftBank", EntityKind.ORG, ()),
    ("anthropic", "Anthropic", EntityKind.ORG, ()),
    ("xai", "xAI", EntityKind.ORG, ()),
    ("meta", "Meta", EntityKind.ORG, ()),
    ("deepseek", "DeepSeek", EntityKind.ORG, ()),
    ("satya-nadella", "Satya Nadella", EntityKind.PERSON, ()),
    ("sam-altman", "Sam Altman", EntityKind.PERSON, ()),
    ("elon-musk", "Elon Musk", EntityKind.PERSON, ()),
    ("mustafa-suleyman", "Mustafa Suleyman", EntityKind.PERSON, ()),
    ("azure", "Azure", EntityKind.PRODUCT, ("Microsoft Azure",)),
    ("mai", "MAI", EntityKind.PRODUCT, ()),
    ("copilot", "Copilot", EntityKind.PRODUCT, ()),
    ("o1", "o1", EntityKind.PRODUCT, ("modèle o1",)),
    ("ftc", "FTC", EntityKind.REGULATOR, ()),
    ("cma", "CMA", EntityKind.REGULATOR, ()),
    ("commission-europeenne", "Commission européenne", EntityKind.REGULATOR, ()),
)

# (id, source, target, type, modality, confidence, phrase found in the evidence sentence)
RELATIONS = (
    ("r1", "microsoft", "openai", "investment", "asserted", 0.9, "investi environ 14 milliards"),
    ("r2", "microsoft", "openai", "partnership", "asserted", 0.8, "partenaire privilégié"),
    ("r3", "microsoft", "openai", "competition", "asserted", 0.9, "se positionner comme"),
    ("r4", "openai", "microsoft", "refusal", "reported", 0.7, "aurait refusé"),
    ("r5", "openai", "microsoft", "dependency_reduction", "asserted", 0.9, "hors Azure et"),
    ("r6", "microsoft", "openai", "concession", "asserted", 0.8, "accepté de libérer"),
    ("r7", "openai", "coreweave", "commercial_deal", "asserted", 0.9, "11,9 milliards"),
    ("r8", "openai", "coreweave", "investment", "asserted", 0.9, "prise de participation"),
    ("r9", "openai", "oracle", "commercial_deal", "asserted", 0.8, "premier accord avec"),
    ("r10", "elon-musk", "openai", "accusation", "asserted", 0.8, "lui reproche"),
    ("r11", "microsoft", "xai", "evaluates_alternative", "asserted", 0.7, "en testant des"),
    ("r12", "ftc", "microsoft", "investigation", "asserted", 0.8, "enquêtes de fusion"),
    ("r13", "mustafa-suleyman", "microsoft", "role", "asserted", 1.0, "recruté pour diriger"),
)

_SENTENCE = re.compile(r"[^\s].*?(?:[.?!](?=\s|$)|\n|$)", re.S)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (or headings) of ``text``, without trailing space."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def find_mentions(text: str, entities: Iterable[Entity]) -> list[Mention]:
    """Every occurrence of every name, longest names first, without overlaps."""
    names = sorted(
        ((name, entity.id) for entity in entities for name in entity.names),
        key=lambda pair: -len(pair[0]),
    )
    taken = [False] * len(text)
    mentions = []
    for name, entity_id in names:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            mentions.append(Mention(entity=entity_id, start=match.start(), end=match.end()))
    return sorted(mentions, key=lambda m: (m.start, m.entity))


def build(
    text: str = SEED_TEXT,
    entities: Iterable[tuple[str, str, EntityKind, tuple[str, ...]]] = ENTITIES,
    relations: Iterable[tuple] = RELATIONS,
    *,
    title: str = "Microsoft et OpenAI, toujours partenaires mais plus vraiment alliés ?",
    outlet: str | None = "Le Monde Informatique",
    language: str = "fr",
) -> Dataset:
    entity_models = tuple(
        Entity(id=eid, name=name, kind=kind, aliases=aliases)
        for eid, name, kind, aliases in entities
    )
    quotes = tuple(
        Quote(id=f"q{index}", start=start, end=end)
        for index, (start, end) in enumerate(sentences(text), 1)
    )
    relation_models = []
    for rid, source, target, rtype, modality, confidence, phrase in relations:
        evidence = next(q.id for q in quotes if phrase in text[q.start : q.end])
        relation_models.append(
            Relation(
                id=rid,
                source=source,
                target=target,
                type=RelationType(rtype),
                modality=Modality(modality),
                confidence=confidence,
                evidence=(evidence,),
            )
        )
    dataset = Dataset(
        article=Article(
            id="test-article",
            title=title,
            outlet=outlet,
            language=language,
            text=text,
            sha256=text_sha256(text),
        ),
        entities=entity_models,
        mentions=tuple(find_mentions(text, entity_models)),
        quotes=quotes,
        relations=tuple(relation_models),
    )
    errors = [p for p in check(dataset) if p.severity == "error"]
    assert not errors, errors
    return dataset


HOSTILE_TEXT = (
    "[bold]Evil[/bold] Corp met [@click=app.quit]Trap[/] Inc today. "
    "The \x1b[31mred\x1b[0m agent said \x07 hello to Evil Corp.\n\n"
    "Later, [@click=app.quit]Trap[/] Inc sued [bold]Evil[/bold] Corp over \x9b2J tricks."
)

HOSTILE_ENTITIES = (
    ("evil", "[bold]Evil[/bold] Corp", EntityKind.ORG, ()),
    ("trap", "[@click=app.quit]Trap[/] Inc", EntityKind.ORG, ()),
    ("agent", "\x1b[31mred\x1b[0m agent", EntityKind.PERSON, ()),
)

HOSTILE_RELATIONS = (
    ("h1", "trap", "evil", "lawsuit", "asserted", 0.9, "sued"),
    ("h2", "evil", "trap", "intent_to_cooperate", "reported", 0.5, "met"),
)


def hostile() -> Dataset:
    """A dataset whose every string tries to be markup, an action or an escape sequence."""
    return build(
        HOSTILE_TEXT,
        HOSTILE_ENTITIES,
        HOSTILE_RELATIONS,
        title="[red]Headline[/red] \x1b]0;pwned\x07 [@click=app.quit]x[/]",
        outlet="[i]Outlet[/i]",
        language="en",
    )


def write(dataset: Dataset, path: Path) -> Path:
    path.write_bytes(dumps(dataset))
    return path
