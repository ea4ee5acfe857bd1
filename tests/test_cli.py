"""The command line as a user meets it: exit codes, one line per problem, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tui.cli import main, schema_json

from .conftest import ROOT


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=60,
    )


def test_validate_the_seed(seed_path) -> None:
    result = run("validate", str(seed_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{seed_path}: ok: ")
    assert "entities" in result.stdout and "relations" in result.stdout


def test_committed_schema_is_what_the_command_prints() -> None:
    assert (ROOT / "data" / "schema.json").read_text(encoding="utf-8") == schema_json()
    assert json.loads(schema_json())["title"] == "Dataset"


@pytest.mark.parametrize(
    ("label", "damage", "expected"),
    [
        ("truncated", lambda raw: raw[: len(raw) // 2], ": invalid JSON: unexpected end of data"),
        ("binary", lambda raw: b"\x00\xff\xfe" + raw, ": not valid UTF-8 text (byte 1)"),
        (
            "dangling reference",
            lambda raw: raw.replace(b'"target": "coreweave"', b'"target": "corewave"', 1),
            ".target: unknown entity 'corewave'",
        ),
        (
            "span past the end",
            lambda raw: raw.replace(b'"end": 69', b'"end": 99999', 1),
            ".end: span 0:99999 ends past the text (4851 characters)",
        ),
        (
            "duplicate id",
            lambda raw: raw.replace(b'"id": "cma"', b'"id": "ftc"', 1),
            "entities[12].id: duplicate id 'ftc' (first at entities[11])",
        ),
        (
            "altered text",
            lambda raw: raw.replace(b"toujours partenaires", b"toujours partenairez", 1),
            "article.sha256: does not match the sha256 of article.text (text altered?)",
        ),
    ],
)
def test_broken_copies_of_the_seed_fail_cleanly(tmp_path, seed_path, label, damage, expected):
    broken = tmp_path / f"{label.replace(' ', '-')}.json"
    broken.write_bytes(damage(seed_path.read_bytes()))
    result = run("validate", str(broken))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines, result.stdout
    assert all(line.startswith(f"{broken}") for line in lines)
    assert any(line.endswith(expected) for line in lines), lines


def test_validate_reports_each_file_and_fails_if_any_fails(tmp_path, seed_path) -> None:
    missing = tmp_path / "missing.json"
    result = run("validate", str(seed_path), str(missing))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{seed_path}: ok")
    assert result.stderr.strip() == f"{missing}: no such file"


def test_strict_turns_warnings_into_failure(tmp_path, small, write_json) -> None:
    small["entities"].append({"id": "initech", "name": "Initech", "kind": "org"})
    path = write_json(small)
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1


def test_the_bundled_seed_is_found_from_any_directory(tmp_path) -> None:
    result = run("validate", str(_bundled_path()), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def _bundled_path() -> Path:
    from tui.resources import seed_dataset

    path = seed_dataset()
    assert path.exists()
    orjson.loads(path.read_bytes())
    return path
