"""``frenemy [PATH]``: problems are reported before the screen is taken over."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_a_broken_dataset_prints_its_problems_and_exits(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": ')
    result = run(str(bad))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{bad}:1:13: invalid JSON: unexpected end of data"
    assert "\x1b[" not in result.stdout + result.stderr  # the screen was never taken over


def test_a_missing_dataset_is_one_line(tmp_path) -> None:
    result = run(str(tmp_path / "nope.json"), "--notes", str(tmp_path / "notes.md"))
    assert result.returncode == 1
    assert result.stderr == f"{tmp_path / 'nope.json'}: no such file\n"


def test_a_broken_keymap_is_one_line(tmp_path) -> None:
    (tmp_path / "keymap.toml").write_text("[keymap\n")
    result = run(env={"FRENEMY_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.startswith(f"frenemy: {tmp_path / 'keymap.toml'}: invalid TOML")
    assert len(result.stderr.splitlines()) == 1
