"""``frenemy export``: notes taken in a session end up, literally, in a Markdown file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.dataset import load
from tui.notes import ENV_VAR, NoteStore, entity_target
from tui.resources import seed_dataset
from tui.tension import score_dataset

from .conftest import ROOT
from .markdown_check import blockquotes, canonical, front_matter, note_items, parse, table_rows


@pytest.fixture
def notes_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Notes for the seed in a temporary file named by $FRENEMY_NOTES, never the user's."""
    path = tmp_path / "notes" / "seed.json"
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def add_seed_note(path: Path, text: str) -> None:
    seed = load(seed_dataset())
    store = NoteStore.open(path, seed.article.id, seed.article.sha256)
    store.add(entity_target("microsoft"), text)


def test_the_reviewers_session(
    tmp_path: Path, notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_seed_note(notes_file, "*not bold* # not a heading")
    output = tmp_path / "notes.md"

    umask = os.umask(0o022)
    try:
        status, out, err = run("export", "--all", "-o", str(output), capsys=capsys)
    finally:
        os.umask(umask)
    assert status == 0 and out == ""
    assert err == f"frenemy: wrote {output} (1 note from {notes_file})\n"
    tree = parse(output.read_text("utf-8"))
    assert front_matter(tree)["language"] == "fr"
    assert [text for _, text in note_items(tree)] == ["*not bold* # not a heading"]
    seed = load(seed_dataset())
    quotes = {canonical(seed.article.text[q.start : q.end]) for q in seed.quotes}
    assert len(blockquotes(tree)) > 0 and set(blockquotes(tree)) <= quotes
    assert len(table_rows(tree)) == 1 + sum(d.volume > 0 for d in score_dataset(seed).dyads)

    before = output.read_bytes()
    stamp = output.stat().st_mtime_ns
    status, out, err = run("export", "--all", "-o", str(output), capsys=capsys)
    assert status == 1 and out == ""
    assert err == f"frenemy: {output} already exists; use --force to replace it\n"
    assert output.read_bytes() == before and output.stat().st_mtime_ns == stamp

    assert output.stat().st_mode & 0o777 == 0o644
    output.chmod(0o640)
    umask = os.umask(0o022)
    try:
        add_seed_note(notes_file, "a second note")
        status, _, err = run("export", "--all", "--force", "-o", str(output), capsys=capsys)
    finally:
        os.umask(umask)
    assert status == 0 and "wrote" in err
    assert "a second note" in output.read_text("utf-8")
    assert output.stat().st_mode & 0o777 == 0o640


def test_stdout_by_default_with_the_seed(
    notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run("export", capsys=capsys)
    assert status == 0 and err == ""
    assert front_matter(parse(out))["title"] == load(seed_dataset()).article.title


def test_notes_option_wins_over_the_environment(
    tmp_path: Path, notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_seed_note(notes_file, "from the environment")
    explicit = tmp_path / "explicit.json"
    add_seed_note(explicit, "from the option")
    _, out, _ = run("export", "--notes", str(explicit), capsys=capsys)
    assert [text for _, text in note_items(parse(out))] == ["from the option"]
    _, out, _ = run("export", "--wikilinks", capsys=capsys)
    assert [text for _, text in note_items(parse(out))] == ["from the environment"]
    assert "### [[Microsoft]]" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "missing.json"], "missing.json: no such file"),
        (["export", "--notes", "{tmp}/none.json"], "{tmp}/none.json: no such notes file"),
        (["export", "-o", "{tmp}/no/such/dir/out.md"], "cannot write {tmp}/no/such/dir/out.md"),
        (["export", "-o", "{tmp}"], "{tmp} is a directory"),
    ],
)
def test_errors_are_one_line(
    tmp_path: Path,
    notes_file: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    status, out, err = run(*args, capsys=capsys)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and message.format(tmp=tmp_path) in err


def test_damaged_notes_file_is_reported_and_left_alone(
    notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes_file.parent.mkdir(parents=True)
    notes_file.write_bytes(b'{"format": "frenemy-notes", ')
    status, out, err = run("export", capsys=capsys)
    assert status == 1 and out == ""
    assert err.startswith(f"frenemy: {notes_file}: damaged notes file: invalid JSON")
    assert err.count("\n") == 1
    assert notes_file.read_bytes() == b'{"format": "frenemy-notes", '
    assert list(notes_file.parent.iterdir()) == [notes_file]


def test_as_a_command(tmp_path: Path) -> None:
    output = tmp_path / "out.md"
    env = {**os.environ, ENV_VAR: str(tmp_path / "none.json")}
    result = subprocess.run(
        [sys.executable, "-m", "tui", "export", "--all", "-o", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"frenemy: wrote {output}")
    assert output.read_text("utf-8").startswith("---\ntitle: ")
