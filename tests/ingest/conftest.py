"""Shared helpers for the extraction tests: fixtures and the rule-based path."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run extraction without any model, as on an install without the nlp extra."""
    monkeypatch.setenv("FRENEMY_INGEST_RULES", "1")


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")
