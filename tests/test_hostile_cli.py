"""Hostile files given to ``frenemy validate``, ``export``, ``score`` and ``frenemy PATH``.

What cannot be loaded gets one line naming the file and the problem and exit status 1; what
can is accepted, and its text comes out literally, without a single control character.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_inputs import (
    FIELDS,
    UNLOADABLE,
    fifty_megabytes,
    hostile_dataset,
    many_entities,
    markers,
    one_long_line,
    with_bom_and_crlf,
    write_hostile_notes,
    write_unloadable,
)
from tests.markdown_check import blockquotes, canonical, note_items, parse
from tui.cli import main
from tui.dataset import dumps

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["validate", "export", "score"])
@pytest.mark.parametrize("name", sorted(UNLOADABLE))
def test_unloadable_files_get_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str
) -> None:
    path, problem = write_unloadable(name, tmp_path)
    status, out, err = run(capsys, command, str(path))
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(str(path)), err
    assert problem in err


@pytest.mark.parametrize("name", sorted(UNLOADABLE))
def test_the_browser_reports_unloadable_files_before_taking_the_screen(
    tmp_path: Path, name: str
) -> None:
    path, problem = write_unloadable(name, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "tui", str(path)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FRENEMY_CONFIG_DIR": str(tmp_path)},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == b""
    err = result.stderr.decode()
    assert err.count("\n") == 1 and err.startswith(str(path)) and problem in err, err


def test_a_hostile_dataset_validates_and_exports_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = hostile_dataset()
    path = tmp_path / "hostile.json"
    path.write_bytes(with_bom_and_crlf(dataset))
    notes_file = tmp_path / "notes.json"
    notes = write_hostile_notes(notes_file, dataset)

    status, out, err = run(capsys, "validate", str(path))
    assert status == 0 and err == ""
    assert out == f"{path}: ok: 3 entities, 6 mentions, 4 quotes, 3 relations\n"

    status, markdown, err = run(capsys, "export", str(path), "--all", "--notes", str(notes_file))
    assert status == 0 and err == ""
    assert not _CONTROL.search(markdown)
    unescaped = re.sub(r"\\(.)", r"\1", markdown)
    for field in FIELDS:
        assert all(marker in unescaped for marker, _ in markers(field)), field
    tree = parse(markdown)
    for args in (
        [],
        ["--json"],
        ["--dyad", "acme", "globex"],
        ["--dyad", "acme", "globex", "--json"],
    ):
        status, out, err = run(capsys, "score", str(path), *args)
        assert status == 0 and err == "" and "~name_a:osc52~" in out
        assert not _CONTROL.search(out.replace("\n", ""))
    document = json.loads(out)  # the last: --dyad --json, escapes read back as the names
    assert {document["a_name"], document["b_name"]} == {e.name for e in dataset.entities[:2]}
    quotes = {canonical(dataset.article.text[q.start : q.end]) for q in dataset.quotes}
    assert blockquotes(tree) and set(blockquotes(tree)) <= quotes
    assert sorted(text for _, text in note_items(tree)) == sorted(
        canonical(note.text) for note in notes
    )


@pytest.mark.parametrize(
    "build",
    [one_long_line, fifty_megabytes, many_entities],
    ids=["one-megabyte-line", "fifty-megabytes", "100000-entities"],
)
def test_huge_datasets_validate_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, build
) -> None:
    monkeypatch.setenv("FRENEMY_NOTES", str(tmp_path / "no-notes.json"))
    dataset = build()
    path = tmp_path / "big.json"
    path.write_bytes(dumps(dataset))
    status, out, _ = run(capsys, "validate", str(path))
    counts = (
        f"{len(dataset.entities)} entities, {len(dataset.mentions)} mentions, "
        f"{len(dataset.quotes)} quotes, {len(dataset.relations)} relations"
    )
    assert status == 0 and out == f"{path}: ok: {counts}\n"
    output = tmp_path / "big.md"
    status, _, err = run(capsys, "export", str(path), "--all", "-o", str(output))
    assert status == 0 and err.startswith(f"frenemy: wrote {output}")
    headings = re.findall(r"^### ", output.read_text("utf-8"), flags=re.MULTILINE)
    assert len(headings) == len(dataset.entities)
