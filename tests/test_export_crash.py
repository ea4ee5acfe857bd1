"""``frenemy export -o FILE --force`` over an existing export: whatever happens to the process
or the disk, FILE holds the old export or the new one, complete."""

from __future__ import annotations

import errno
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_inputs import one_long_line
from tui.cli import main
from tui.dataset import dumps

_EXPORTED = re.compile(r'^exported: "[^"]*"$', re.MULTILINE)


def _export(dataset: Path, output: Path, notes: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tui",
            "export",
            str(dataset),
            "--all",
            "--force",
            "-o",
            str(output),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FRENEMY_NOTES": str(notes)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _without_time(markdown: str) -> str:
    return _EXPORTED.sub("exported: T", markdown)


def test_an_export_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    dataset = tmp_path / "long.json"
    dataset.write_bytes(dumps(one_long_line(1_000_000)))  # a few megabytes of Markdown
    output = tmp_path / "seed.md"
    notes = tmp_path / "no-notes.json"
    first = _export(dataset, output, notes)
    assert first.wait(timeout=120) == 0
    complete = _without_time(output.read_text("utf-8"))
    assert complete.endswith("\n") and "## Entities" in complete

    rng = random.Random(8)
    killed = finished = 0
    for _round in range(10):
        process = _export(dataset, output, notes)
        time.sleep(rng.uniform(0.05, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        killed += process.returncode == -signal.SIGKILL
        finished += process.returncode == 0
        now = output.read_bytes()
        assert _without_time(now.decode("utf-8")) == complete  # never a partial file
    assert killed and finished, (killed, finished)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in {"seed.md", "long.json"}]
    assert all(re.fullmatch(r"\.seed\.md\..*\.tmp", name) for name in leftovers)


def test_a_full_disk_keeps_the_old_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FRENEMY_NOTES", str(tmp_path / "no-notes.json"))
    output = tmp_path / "seed.md"
    output.write_text("the old export\n")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    status = main(["export", "--all", "--force", "-o", str(output)])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err == f"frenemy: cannot write {output}: No space left on device\n"
    assert output.read_text() == "the old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["seed.md"]
