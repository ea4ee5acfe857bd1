"""Extraction quality on the development articles and the seed, per path (rules, spaCy).

    python bench/extraction.py [--eval ../shared/eval] [--write]

Runs ``frenemy ingest`` in-process on every ``dev/*.txt`` of the evaluation folder (gold:
the ``.gold.json`` beside it), on the test fixtures that have a ``.gold.json``, and on the
seed article (gold: the curated dataset), once
with the rule-based path and once with the spaCy path, and scores each with the
evaluation's ``score_extraction.py`` and the relation vocabulary of ``tui.tension``.
With ``--write`` the results go to bench/extraction.json and bench/extraction.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this directory comes first on the path, and bench/profile.py would hide
# the standard library's ``profile`` that spaCy imports: the project root takes its place.
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "bench":
    sys.path.pop(0)
sys.path.insert(0, str(ROOT))

from tui.dataset import dumps, load  # noqa: E402
from tui.ingest import ArticleInfo, ingest_text, read_source  # noqa: E402
from tui.ingest.nlp import FORCE_RULES, model_name  # noqa: E402
from tui.tension import VOCABULARY  # noqa: E402

METRICS = ("entity_f1", "kind_accuracy", "relation_pair_f1", "polarity_accuracy")


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location(
        "score_extraction", eval_dir / "score_extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def _seed_gold() -> dict:
    """The curated seed dataset in the evaluation's gold format (names, polarity)."""
    dataset = load(ROOT / "data" / "microsoft-openai-seloignent.json")
    names = {e.id: e.name for e in dataset.entities}

    def polarity(weight: float) -> str:
        return "cooperative" if weight > 0 else "conflictual" if weight < 0 else "neutral"

    parties = {i for r in dataset.relations for i in (r.source, r.target)}
    return {
        # the evaluation's conventions: no amounts, places only where they act
        "entities": [
            {"name": e.name, "kind": e.kind.value, "aliases": list(e.aliases)}
            for e in dataset.entities
            if e.kind.value != "money" and (e.kind.value != "place" or e.id in parties)
        ],
        "relations": [
            {
                "source": names[r.source],
                "target": names[r.target],
                "polarity": polarity(VOCABULARY[r.type].weight),
            }
            for r in dataset.relations
        ],
    }


def articles(eval_dir: Path) -> list[tuple[str, Path, dict]]:
    found = [
        (p.stem, p, json.loads(p.with_suffix(".gold.json").read_text(encoding="utf-8")))
        for p in sorted((eval_dir / "dev").glob("*.txt"))
    ]
    for gold_path in sorted((ROOT / "tests" / "ingest" / "fixtures").glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found.append(("fixture_" + text_path.stem, text_path, gold))
    seed = ROOT / "seeds" / "000_ebd9e7abab382413.txt"
    if (ROOT / "data" / "microsoft-openai-seloignent.json").exists():
        found.append(("seed_" + seed.stem, seed, _seed_gold()))
    return found


def run(eval_dir: Path) -> dict:
    score = _scorer(eval_dir)
    types = {t.value: info.weight for t, info in VOCABULARY.items()}
    results: dict = {}
    for name, path, gold in articles(eval_dir):
        source = read_source(path)
        for method in ("rules", "spacy"):
            if method == "rules":
                os.environ[FORCE_RULES] = "1"
            else:
                os.environ.pop(FORCE_RULES, None)
            dataset = ingest_text(source.text, info=ArticleInfo(title=source.title))
            lang = dataset.article.language
            used = "rules" if method == "rules" else (model_name(lang) or "rules (no model)")
            scores = score(gold, json.loads(dumps(dataset)), types)
            results.setdefault(name, {})[method] = {"path": used, "language": lang, **scores}
    os.environ.pop(FORCE_RULES, None)
    return results


def markdown(results: dict) -> str:
    lines = [
        "# Extraction quality",
        "",
        "`python bench/extraction.py --write`: scores of `frenemy ingest` against the gold",
        "annotations (entity F1, kind accuracy, relation-pair F1, polarity accuracy).",
        "",
        "Fixtures were written for this project; those first used as held-out checks keep",
        "their first, untuned scores in `extraction-holdout.md`. The spaCy path differs from",
        "the rules only in French (English is model-free).",
        "",
        "| article | path | entity F1 | kind acc. | relation-pair F1 | polarity |",
        "|---|---|---|---|---|---|",
    ]
    for name, by_method in results.items():
        for method, r in by_method.items():
            cells = " | ".join(str(r[m]) for m in METRICS)
            lines.append(f"| {name} | {method}: {r['path']} | {cells} |")
    lines += ["", "Missed and spurious entities (rules path):", ""]
    for name, by_method in results.items():
        r = by_method["rules"]
        lines.append(f"- {name}: missed {r['missed_entities']}; spurious {r['spurious_entities']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    results = run(args.eval)
    text = markdown(results)
    sys.stdout.write(text)
    if args.write:
        (ROOT / "bench" / "extraction.json").write_text(
            json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (ROOT / "bench" / "extraction.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
