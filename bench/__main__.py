"""Run the whole benchmark suite: ``python -m bench`` (from the project root).

Writes every figure of one run to ``bench/results.json`` and its table into
``bench/README.md`` (between the ``results`` markers). Each figure is a ratio against a
baseline measured in the same run, the two alternating, compared by medians.

    python -m bench [--runs N] [--rounds N] [--repeats N] [--only PART...] [--quick] [--out F]

``--quick`` runs everything once on tiny datasets: a check that the suite works, not a
measurement. A quick or partial (``--only``) run writes results only where ``--out`` says.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import orjson

from bench import scale, startup, terminal
from bench.browser import ACTIONS, SELECTION_CHANGES
from bench.stats import summary
from bench.synthetic import cached
from tui.resources import seed_dataset

HERE = Path(__file__).resolve().parent
SELECTION_TARGET = 0.016
FILTER_TARGET = 0.050
GROWTH_TARGET = 2.0
COLD_START_TARGET = 1.3
LOAD_TARGET = 3.0
LINEAR_TARGET = 1.5
EXPORT_TARGET = 1.0
TENFOLD_TARGET = 15.0


def _latency(path: Path, repeats: int) -> dict[str, list[float]]:
    """Samples of every action, from a fresh process (each app starts cold and alone)."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.browser", str(path), "--repeats", str(repeats), "--json"],
        capture_output=True,
        check=True,
        cwd=HERE.parent,
    )
    return orjson.loads(result.stdout)


def latency(rounds: int, repeats: int, seed: Path, large: Path) -> dict:
    """The actions on the seed and on the large dataset, in alternating processes."""
    samples: dict[str, dict[str, list[float]]] = {"seed": {}, "large": {}}
    for round_number in range(rounds):
        order = ("seed", "large") if round_number % 2 == 0 else ("large", "seed")
        for name in order:
            got = _latency(seed if name == "seed" else large, repeats)
            for action, values in got.items():
                samples[name].setdefault(action, []).extend(values)
    figures = {}
    for action in ACTIONS:
        if action not in samples["seed"] or action not in samples["large"]:
            continue
        seed_summary = summary(samples["seed"][action])
        large_summary = summary(samples["large"][action])
        figures[action] = {
            "seed": seed_summary,
            "large": large_summary,
            "ratio": large_summary["median"] / seed_summary["median"],
        }
    return figures


def environment() -> dict:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE.parent
    ).stdout.strip()
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {_cpu()}, {_cpus()} CPUs, {platform.system()} "
        f"{platform.release()}",
        "python": platform.python_version(),
        "versions": {name: version(name) for name in ("textual", "rich", "pydantic", "orjson")},
        "commit": commit,
    }


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def run(args: argparse.Namespace) -> dict:
    large_size = (60, 400, 120) if args.quick else scale.LARGE
    large = cached(*large_size)
    small = cached(*(n // 10 for n in large_size))
    seed = seed_dataset()
    results: dict = {"environment": environment(), "sizes": {}}
    from tui.dataset import parse

    dataset = parse(large.read_bytes())
    results["sizes"]["large"] = {
        "entities": len(dataset.entities),
        "quotes": len(dataset.quotes),
        "mentions": len(dataset.mentions),
        "relations": len(dataset.relations),
        "bytes": large.stat().st_size,
    }
    steps = [
        ("cold_start", lambda: startup.measure(args.runs)),
        (
            "cold_start_tmux",
            lambda: terminal.measure(args.runs) if shutil.which("tmux") else None,
        ),
        ("latency", lambda: latency(args.rounds, args.repeats, seed, large)),
        ("load", lambda: scale.load(args.runs, large)),
        ("scoring", lambda: scale.scoring(args.runs, sizes=large_size)),
        ("export", lambda: scale.export(args.runs, dataset)),
        ("tenfold", lambda: scale.growth(args.runs, small, large)),
    ]
    for name, step in steps:
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        print(f"bench: {name}…", file=sys.stderr, flush=True)
        results[name] = step()
        print(f"bench: {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    results["verdicts"] = verdicts(results)
    return results


def verdicts(results: dict) -> list[dict]:
    """One row per figure: what was measured, against what, the target and pass or miss."""
    rows: list[dict] = []

    def row(figure: str, value: float, unit: str, baseline: str, target: float, ok: bool) -> None:
        rows.append(
            {
                "figure": figure,
                "value": value,
                "unit": unit,
                "baseline": baseline,
                "target": target,
                "pass": ok,
            }
        )

    if "cold_start" in results:
        for key, label in (("cold_start", "pty + pyte"), ("cold_start_tmux", "tmux")):
            got = results.get(key)
            if got:
                row(
                    f"cold start, seed ({label})",
                    got["ratio"],
                    "x",
                    f"bare Textual app {got['baseline']['median'] * 1000:.0f} ms; frenemy "
                    f"{got['measured']['median'] * 1000:.0f} ms",
                    COLD_START_TARGET,
                    got["ratio"] <= COLD_START_TARGET,
                )
    for action, got in results.get("latency", {}).items():
        large_ms = got["large"]["median"]
        if action in SELECTION_CHANGES or action == "filter_key":
            limit = SELECTION_TARGET if action in SELECTION_CHANGES else FILTER_TARGET
            row(
                f"{action}, large: median",
                large_ms * 1000,
                "ms",
                f"seed {got['seed']['median'] * 1000:.1f} ms",
                limit * 1000,
                large_ms <= limit,
            )
        row(
            f"{action}: large / seed",
            got["ratio"],
            "x",
            f"seed {got['seed']['median'] * 1000:.1f} ms, large {large_ms * 1000:.1f} ms",
            GROWTH_TARGET,
            got["ratio"] <= GROWTH_TARGET,
        )
    if "load" in results:
        got = results["load"]
        row(
            "load large: parse + validate",
            got["ratio"],
            "x",
            f"orjson.loads {got['baseline']['median']:.2f} s; parse "
            f"{got['measured']['median']:.2f} s; peak memory "
            f"{got['peak_memory'] / 2**20:.0f} MiB (orjson alone "
            f"{got['baseline_peak_memory'] / 2**20:.0f} MiB)",
            LOAD_TARGET,
            got["ratio"] <= LOAD_TARGET,
        )
    if "scoring" in results:
        got = results["scoring"]
        base = got["1"]["per_relation"]["median"]
        for factor, figure in got.items():
            if factor == "1":
                continue
            row(
                f"scoring {factor}x: time per relation / 1x",
                figure["ratio"],
                "x",
                f"1x {base * 1e6:.1f} µs, {factor}x {figure['per_relation']['median'] * 1e6:.1f} "
                f"µs per relation ({figure['relations']:,} relations)",
                LINEAR_TARGET,
                figure["ratio"] <= LINEAR_TARGET,
            )
    if "export" in results:
        got = results["export"]
        row(
            f"export large, notes on {got['notes']} entities",
            got["measured"]["median"],
            "s",
            f"canonical JSON of the dataset {got['baseline']['median']:.2f} s "
            f"({got['ratio']:.1f}x)",
            EXPORT_TARGET,
            got["measured"]["median"] < EXPORT_TARGET,
        )
    if "tenfold" in results:
        got = results["tenfold"]
        for step in ("load", "export"):
            row(
                f"{step} at 10x the input / 1x",
                got[step]["ratio"],
                "x",
                f"1x {got[step]['1x']['median']:.3f} s, 10x {got[step]['10x']['median']:.2f} s",
                TENFOLD_TARGET,
                got[step]["ratio"] <= TENFOLD_TARGET,
            )
    return rows


def table(results: dict) -> str:
    env = results["environment"]
    size = results["sizes"]["large"]
    versions = ", ".join(f"{name} {v}" for name, v in env["versions"].items())
    lines = [
        f"Run of {env['date']} at commit `{env['commit']}`: {env['machine']}; Python "
        f"{env['python']}, {versions}. Large dataset: {size['entities']:,} entities, "
        f"{size['quotes']:,} quotes, {size['mentions']:,} mentions, {size['relations']:,} "
        f"relations ({size['bytes'] / 2**20:.1f} MiB of JSON).",
        "",
        "| figure | measured | target | baseline (same run) | |",
        "|---|---:|---:|---|---|",
    ]
    for row in results["verdicts"]:
        unit = row["unit"]
        value = f"{row['value']:.2f} {unit}" if unit != "ms" else f"{row['value']:.1f} ms"
        target = f"{'<' if unit == 's' else '≤'} {row['target']:g} {unit}"
        lines.append(
            f"| {row['figure']} | {value} | {target} | {row['baseline']} | "
            f"{'pass' if row['pass'] else '**miss**'} |"
        )
    return "\n".join(lines)


def write_readme(results: dict) -> None:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- results -->", "<!-- /results -->"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{begin}\n{table(results)}\n{end}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12, help="timings per figure (default 12)")
    parser.add_argument("--rounds", type=int, default=3, help="latency processes per dataset")
    parser.add_argument("--repeats", type=int, default=4, help="latency samples per process")
    parser.add_argument("--quick", action="store_true", help="tiny datasets, one run each")
    parser.add_argument("--only", nargs="*", help="run only these parts")
    parser.add_argument(
        "--out", type=Path, help="where to write the results (default: bench/results.json)"
    )
    args = parser.parse_args()
    if args.quick:
        args.runs, args.rounds, args.repeats = 1, 1, 1
    results = run(args)
    # a partial or quick run never replaces the recorded results of a full one
    complete = not args.quick and not args.only
    out = args.out or (HERE / "results.json" if complete else None)
    if out is not None:
        out.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2) + b"\n")
    if complete:
        write_readme(results)
    print(table(results))


if __name__ == "__main__":
    main()
