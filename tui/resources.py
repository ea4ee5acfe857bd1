"""Where the files that ship with frenemy are, installed or run from a source checkout."""

from __future__ import annotations

from pathlib import Path

SEED_DATASET = "microsoft-openai-seloignent.json"
SCHEMA_FILE = "schema.json"

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """A bundled data file: inside the installed package, else the checkout's ``data/``."""
    installed = _PACKAGE / "_data" / name
    if installed.exists():
        return installed
    return _PACKAGE.parent / "data" / name


def seed_dataset() -> Path:
    return bundled(SEED_DATASET)
