"""Load, scoring and export at scale, each timed against a baseline in the same run.

- load: ``tui.dataset.parse`` (JSON, the model's validation and the cross-checks) against
  ``orjson.loads`` of the same bytes; peak memory of each in a fresh process;
- scoring: ``score_dataset`` on the synthetic dataset at 1x, 2x and 4x, time per relation;
- export: ``export_markdown`` with notes on 10% of the entities;
- growth: load and export at a tenth of the size and at full size (10x the input).

    python -m bench.scale [--runs N]
"""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from bench.stats import alternate, ratio, summary
from bench.synthetic import cached, generate
from tui.dataset import parse
from tui.model import Dataset

LARGE = (5000, 50000, 20000)
"""Entities, quotes and relations of the large dataset."""


def _timer(work: Callable[[], object]) -> Callable[[], float]:
    def timed() -> float:
        gc.collect()
        start = time.perf_counter()
        work()
        return time.perf_counter() - start

    return timed


def peak_memory(code: str) -> int:
    """Peak resident memory (bytes) of a fresh interpreter running ``code``.

    Read from the kernel's high-water mark of the new process (``VmHWM``): unlike
    ``ru_maxrss``, which Linux carries over from the parent across exec, it counts only
    what this interpreter used.
    """
    report = (
        "\nimport sys\n"
        "sys.stdout.write(next(line.split()[1] for line in open('/proc/self/status')"
        " if line.startswith('VmHWM')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code + report],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return int(result.stdout) * 1024


def load(runs: int, path: Path) -> dict:
    raw = path.read_bytes()
    ours, theirs = alternate(
        runs, _timer(lambda: parse(raw, path)), _timer(lambda: orjson.loads(raw))
    )
    read = f"import orjson; raw = open({str(path)!r}, 'rb').read()"
    return {
        "bytes": len(raw),
        "measured": summary(ours),
        "baseline": summary(theirs),
        "ratio": ratio(ours, theirs),
        "peak_memory": peak_memory(f"{read}\nfrom tui.dataset import parse; d = parse(raw)"),
        "baseline_peak_memory": peak_memory(f"{read}\nd = orjson.loads(raw)"),
    }


def notes_on(dataset: Dataset, share: float = 0.1) -> list:
    """One note on every tenth entity (``share`` of them), as if a reader had annotated it."""
    from tui.notes import Note, entity_target

    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    step = round(1 / share)
    return [
        Note(
            id=f"n{number}",
            target=entity_target(entity.id),
            text=f"Note on {entity.name}: worth a closer look.",
            created=moment,
            updated=moment,
            article_sha256=dataset.article.sha256,
        )
        for number, entity in enumerate(dataset.entities[::step])
    ]


def _export(dataset: Dataset) -> Callable[[], object]:
    from tui.export import export_markdown
    from tui.tension import score_dataset

    scores = score_dataset(dataset)
    notes = notes_on(dataset)
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return lambda: export_markdown(dataset, scores, notes, exported_at=moment)


def export(runs: int, dataset: Dataset) -> dict:
    """Export against the canonical JSON of the same dataset (``tui.dataset.dumps``)."""
    from tui.dataset import dumps

    ours, theirs = alternate(runs, _timer(_export(dataset)), _timer(lambda: dumps(dataset)))
    return {
        "notes": len(notes_on(dataset)),
        "measured": summary(ours),
        "baseline": summary(theirs),
        "ratio": ratio(ours, theirs),
    }


def scoring(
    runs: int, factors: tuple[int, ...] = (1, 2, 4), sizes: tuple[int, int, int] = LARGE
) -> dict:
    """Seconds per relation of ``score_dataset`` at each size, the sizes timed in turn."""
    from tui.tension import score_dataset

    entities, quotes, relations = sizes
    datasets = {f: generate(entities * f, quotes * f, relations * f) for f in factors}
    samples: dict[int, list[float]] = {f: [] for f in factors}
    for round_number in range(runs):
        order = factors if round_number % 2 == 0 else tuple(reversed(factors))
        for factor in order:
            timed = _timer(lambda d=datasets[factor]: score_dataset(d))
            samples[factor].append(timed() / len(datasets[factor].relations))
    base = summary(samples[factors[0]])["median"]
    return {
        str(f): {
            "relations": len(datasets[f].relations),
            "per_relation": summary(samples[f]),
            "ratio": summary(samples[f])["median"] / base,
        }
        for f in factors
    }


def growth(runs: int, small: Path, large: Path) -> dict:
    """Load and export at 1x (a tenth of the large dataset) and 10x (the large one)."""
    small_raw, large_raw = small.read_bytes(), large.read_bytes()
    loads = alternate(runs, _timer(lambda: parse(large_raw)), _timer(lambda: parse(small_raw)))
    small_set, large_set = parse(small_raw), parse(large_raw)
    exports = alternate(runs, _timer(_export(large_set)), _timer(_export(small_set)))
    return {
        "size": {"1x": len(small_raw), "10x": len(large_raw)},
        "load": {"1x": summary(loads[1]), "10x": summary(loads[0]), "ratio": ratio(*loads)},
        "export": {
            "1x": summary(exports[1]),
            "10x": summary(exports[0]),
            "ratio": ratio(*exports),
        },
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    path = cached(*LARGE)
    print(orjson.dumps(load(args.runs, path), option=orjson.OPT_INDENT_2).decode())
    print(
        orjson.dumps(
            export(args.runs, parse(path.read_bytes())), option=orjson.OPT_INDENT_2
        ).decode()
    )
    print(orjson.dumps(scoring(args.runs), option=orjson.OPT_INDENT_2).decode())
    small = cached(*(n // 10 for n in LARGE))
    print(orjson.dumps(growth(args.runs, small, path), option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
