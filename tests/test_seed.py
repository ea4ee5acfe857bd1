"""The curated seed: the reference every later feature is judged on."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter

import pytest

from tui.dataset import check, dumps, entities_by_quote, load, read_bytes
from tui.model import Dataset
from tui.text import surface_key

from .conftest import ROOT

SEED_TEXT = ROOT / "seeds" / "000_ebd9e7abab382413.txt"
SEED_SHA256 = "2d50620cf74bd22717f9f3a8b7d4f179bfc2aeecf59b123b3fde99be097f3948"


@pytest.fixture(scope="module")
def seed(seed_path) -> Dataset:
    return load(seed_path)


def test_seed_article_is_the_one_received() -> None:
    assert hashlib.sha256(SEED_TEXT.read_bytes()).hexdigest() == SEED_SHA256


def test_dataset_holds_the_seed_text_unchanged(seed: Dataset) -> None:
    assert seed.article.text == SEED_TEXT.read_text(encoding="utf-8")
    assert seed.article.sha256 == SEED_SHA256


def test_seed_has_no_problem_not_even_a_warning(seed: Dataset) -> None:
    assert [p.format("seed") for p in check(seed)] == []


def test_saving_the_seed_gives_the_same_bytes(seed_path, seed: Dataset) -> None:
    assert dumps(seed) == read_bytes(seed_path)


def _fold(text: str) -> str:
    """Fold case and apostrophes without changing lengths, so offsets stay valid."""
    return text.replace("\u2019", "'").lower()


def test_every_occurrence_of_every_name_is_mentioned(seed: Dataset) -> None:
    """An occurrence may only go unmentioned inside a longer mention of another entity,
    as "Microsoft" inside "Microsoft AI"."""
    text = _fold(seed.article.text)
    spans = {(m.entity, m.start, m.end) for m in seed.mentions}
    missing = []
    for entity in seed.entities:
        for name in entity.names:
            pattern = r"(?<![\w-])" + re.escape(_fold(name)) + r"(?![\w-])"
            for found in re.finditer(pattern, text):
                start, end = found.span()
                if (entity.id, start, end) in spans:
                    continue
                covered = any(
                    other != entity.id and s <= start and end <= e and e - s > end - start
                    for other, s, e in spans
                )
                if not covered:
                    missing.append(f"{entity.id} {name!r} at {start}")
    assert missing == []


def test_quotes_cover_the_text_without_overlap(seed: Dataset) -> None:
    text = seed.article.text
    quotes = sorted(seed.quotes, key=lambda q: q.start)
    for before, after in itertools.pairwise(quotes):
        assert before.end <= after.start
        assert text[before.end : after.start].strip() == ""
    assert text[: quotes[0].start].strip() == ""
    assert text[quotes[-1].end :].strip() == ""


def test_every_entity_is_mentioned_and_every_quote_is_a_sentence(seed: Dataset) -> None:
    counts = Counter(m.entity for m in seed.mentions)
    assert all(counts[e.id] for e in seed.entities)
    for quote in seed.quotes:
        sentence = seed.article.text[quote.start : quote.end]
        assert sentence == sentence.strip()
        assert "\n" not in sentence


def _find(seed: Dataset, name: str) -> str:
    key = surface_key(name)
    return next(e.id for e in seed.entities if key in {surface_key(n) for n in e.names})


@pytest.mark.parametrize(
    ("surface", "entity", "kind"),
    [
        ("La firme de Satya Nadella", "Microsoft", "org"),
        ("le géant de Redmond", "Microsoft", "org"),
        ("La startup de Sam Altman", "OpenAI", "org"),
        ("Microsoft IA", "Microsoft AI", "org"),
        ("Microsoft Azure", "Azure", "product"),
        ("Commission européenne", "Commission européenne", "regulator"),
        ("FTC", "FTC", "regulator"),
        ("CMA", "CMA", "regulator"),
        ("The Information", "The Information", "org"),
        ("Mustafa Suleyman", "Mustafa Suleyman", "person"),
        ("MAI", "MAI", "product"),
        ("o3-mini", "o3-mini", "product"),
        ("CoreWeave", "CoreWeave", "org"),
    ],
)
def test_names_and_periphrases_resolve_to_the_right_entity(seed, surface, entity, kind) -> None:
    found = next(e for e in seed.entities if e.id == _find(seed, surface))
    assert (found.name, found.kind.value) == (entity, kind)


def test_microsoft_ai_is_kept_apart_from_microsoft(seed: Dataset) -> None:
    assert _find(seed, "Microsoft AI") != _find(seed, "Microsoft")


@pytest.mark.parametrize(
    ("source", "target", "type", "modality"),
    [
        ("Microsoft", "OpenAI", "partnership", "asserted"),
        ("Microsoft", "OpenAI", "investment", "asserted"),
        ("Microsoft", "OpenAI", "competition", "asserted"),
        ("OpenAI", "Microsoft", "refusal", "reported"),
        ("OpenAI", "CoreWeave", "commercial_deal", "asserted"),
        ("OpenAI", "Oracle", "partnership", "planned"),
        ("FTC", "Microsoft", "investigation", "asserted"),
        ("CMA", "Microsoft", "investigation", "asserted"),
        ("Commission européenne", "Microsoft", "investigation", "asserted"),
        ("Elon Musk", "OpenAI", "accusation", "asserted"),
        ("Microsoft", "xAI", "evaluates_alternative", "asserted"),
        ("Microsoft", "OpenAI", "concession", "asserted"),
        ("Satya Nadella", "Microsoft", "role", "asserted"),
    ],
)
def test_the_relations_the_article_states_are_curated(seed, source, target, type, modality):
    wanted = (_find(seed, source), _find(seed, target), type, modality)
    found = {(r.source, r.target, r.type.value, r.modality.value) for r in seed.relations}
    assert wanted in found


def test_every_evidence_quote_mentions_a_party(seed: Dataset) -> None:
    mentioned = entities_by_quote(seed)
    for relation in seed.relations:
        for quote in relation.evidence:
            assert mentioned[quote] & {relation.source, relation.target}, relation.id
