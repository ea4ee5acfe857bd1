"""Shared fixtures: the bundled seed dataset and a small valid dataset to break on purpose."""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest

from tui.dataset import text_sha256
from tui.resources import seed_dataset

ROOT = Path(__file__).resolve().parent.parent

SMALL_TEXT = "Acme sues Globex.\n\nGlobex denies it. The Acme Corp board agrees."


def small_document() -> dict:
    """A minimal valid dataset as plain JSON data, for tests that break one rule at a time."""
    return {
        "schema_version": 1,
        "article": {
            "id": "small",
            "title": "Acme and Globex",
            "language": "en",
            "text": SMALL_TEXT,
            "sha256": text_sha256(SMALL_TEXT),
        },
        "entities": [
            {"id": "acme", "name": "Acme", "kind": "org", "aliases": ["Acme Corp"]},
            {"id": "globex", "name": "Globex", "kind": "org"},
        ],
        "mentions": [
            {"entity": "acme", "start": 0, "end": 4},
            {"entity": "globex", "start": 10, "end": 16},
            {"entity": "globex", "start": 19, "end": 25},
            {"entity": "acme", "start": 41, "end": 50},
        ],
        "quotes": [
            {"id": "q1", "start": 0, "end": 17},
            {"id": "q2", "start": 19, "end": 36},
            {"id": "q3", "start": 37, "end": 63},
        ],
        "relations": [
            {
                "id": "r1",
                "source": "acme",
                "target": "globex",
                "type": "lawsuit",
                "confidence": 0.9,
                "evidence": ["q1"],
            }
        ],
    }


@pytest.fixture
def small() -> dict:
    return copy.deepcopy(small_document())


@pytest.fixture
def write_json(tmp_path: Path):
    def write(document: object, name: str = "dataset.json") -> Path:
        path = tmp_path / name
        path.write_bytes(orjson.dumps(document))
        return path

    return write


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return seed_dataset()
