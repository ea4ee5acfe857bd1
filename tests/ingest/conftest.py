"""Shared helpers for the extraction tests: fixtures and the rule-based path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ingest import ingest_text
from tui.model import Entity, EntityKind

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run extraction without any model, as on an install without the nlp extra."""
    monkeypatch.setenv("FRENEMY_INGEST_RULES", "1")


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def names_of(text: str, language: str) -> set[str]:
    """The names of the entities listed for ``text``."""
    return {e.name for e in ingest_text(text, language=language).entities}


def aliases_of(text: str, language: str) -> dict[str, set[str]]:
    """Each listed entity's aliases, by name."""
    return {e.name: set(e.aliases) for e in ingest_text(text, language=language).entities}


def kinds_of(text: str, language: str) -> dict[str, EntityKind]:
    """Each listed entity's kind, by name."""
    return {e.name: e.kind for e in ingest_text(text, language=language).entities}


def entities_and_relations(
    text: str, language: str
) -> tuple[dict[str, Entity], set[tuple[str, str, str]]]:
    """The listed entities by name, and the relations as (source, type, target) names."""
    dataset = ingest_text(text, language=language)
    entities = {e.name: e for e in dataset.entities}
    names = {e.id: e.name for e in dataset.entities}
    relations = {(names[r.source], r.type.value, names[r.target]) for r in dataset.relations}
    return entities, relations
