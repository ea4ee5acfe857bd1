"""The benchmark suite still runs: every part on tiny datasets, nothing timed or compared."""

from __future__ import annotations

import subprocess
import sys

import orjson

from tests.conftest import ROOT


def test_the_suite_runs_end_to_end_on_tiny_datasets(tmp_path):
    out = tmp_path / "results.json"
    subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    results = orjson.loads(out.read_bytes())
    for part in ("cold_start", "latency", "load", "scoring", "export", "tenfold"):
        assert results[part], part
    assert set(results["latency"]) >= {"next_entity", "hint_jump", "filter_key", "open_reader"}
    figures = {row["figure"] for row in results["verdicts"]}
    assert "load large: parse + validate" in figures
    assert all(row["value"] > 0 for row in results["verdicts"])
