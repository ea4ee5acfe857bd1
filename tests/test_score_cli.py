"""`frenemy score` and `frenemy types`, run in-process as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tui import cli
from tui.dataset import save
from tui.model import RelationType
from tui.tension import VOCABULARY, score_dataset

from .factories import make_dataset

HOSTILE_QUOTE = "Beta refuses to share with Alpha [bold red]loudly[/] \x1b[31mnow."
TEXT = (
    f"Alpha invested in Beta. {HOSTILE_QUOTE}\n\n"
    "Gamma sues Alpha. Alpha and Beta compete. Beta signs with Gamma. Delta watches."
)


@pytest.fixture
def dataset():
    return make_dataset(
        TEXT,
        [{"name": "Alpha", "aliases": ["la Firme"]}, "Beta", "Gamma", "Delta"],
        [
            {"source": "alpha", "target": "beta", "type": "investment", "date": "2024-01-01"},
            {
                "source": "beta",
                "target": "alpha",
                "type": "refusal",
                "confidence": 0.8,
                "evidence": HOSTILE_QUOTE,
                "comment": "a rumour [i]only[/i]",
            },
            {"source": "gamma", "target": "alpha", "type": "lawsuit", "evidence": "Gamma sues"},
            {"source": "alpha", "target": "beta", "type": "competition", "modality": "reported"},
            {"source": "beta", "target": "gamma", "type": "commercial_deal"},
            {"source": "delta", "target": "gamma", "type": "role"},
        ],
        title="Alpha [b]against[/b] Beta",
        published="2024-12-31",
    )


@pytest.fixture
def path(dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    file = tmp_path / "article.json"
    save(dataset, file)
    return file


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_score_lists_dyads_by_tension_with_band_and_the_article(capsys, path, dataset):
    status, out, _ = run(capsys, "score", str(path))
    assert status == 0
    scores = score_dataset(dataset)
    scored = [d for d in scores.dyads if d.volume > 0]
    rows = [out.index(f"{d.a.title()} – {d.b.title()}") for d in scored]
    assert rows == sorted(rows) and len(rows) == 3
    for dyad in scored:
        assert f"{dyad.tension:.1f}" in out and dyad.band in out
    assert "1 dyad has only unscored relations" in out and "Delta – Gamma" in out
    assert f"Article: T {scores.article.tension:.1f} {scores.article.band}" in out
    assert "Alpha [b]against[/b] Beta" in out
    assert "Most salient entities" in out and "Delta" in out


def test_score_json_has_the_documented_shape_and_the_model_numbers(capsys, path, dataset):
    status, out, _ = run(capsys, "score", str(path), "--json")
    assert status == 0
    document = orjson.loads(out)
    scores = score_dataset(dataset)
    assert {"article", "dyads", "entities"} <= set(document)
    assert {"tension", "label", "cooperation", "conflict", "volume", "ambivalence"} <= set(
        document["article"]
    )
    assert document["article"]["tension"] == scores.article.tension
    assert [(d["a"], d["b"]) for d in document["dyads"]] == [(d.a, d.b) for d in scores.dyads]
    for item, dyad in zip(document["dyads"], scores.dyads, strict=True):
        assert item["tension"] == dyad.tension and item["label"] == dyad.band
        assert item["ambivalence"] == dyad.ambivalence
        total = sum(r["contribution"] for r in item["relations"])
        assert total == pytest.approx(item["cooperation"] - item["conflict"])
        for relation in item["relations"]:
            assert {
                "id",
                "type",
                "source",
                "target",
                "weight",
                "confidence",
                "modality",
                "contribution",
                "quotes",
            } <= set(relation)
            assert relation["weight"] == VOCABULARY[RelationType(relation["type"])].weight
            for quote in relation["quotes"]:
                assert quote["text"] == TEXT[quote["start"] : quote["end"]]
    entities = document["entities"]
    assert {e["id"] for e in entities} == {"alpha", "beta", "gamma", "delta"}
    assert sum(e["salience"] for e in entities) == pytest.approx(1.0)
    assert [e["salience"] for e in entities] == sorted(
        (e["salience"] for e in entities), reverse=True
    )
    assert all({"id", "name", "salience", "tension"} <= set(e) for e in entities)


def test_half_life_discounts_old_relations(capsys, path):
    _, plain, _ = run(capsys, "score", str(path), "--json")
    _, decayed, _ = run(capsys, "score", str(path), "--json", "--half-life", "365")

    def investment(out: str) -> dict:
        dyads = orjson.loads(out)["dyads"]
        return next(r for d in dyads for r in d["relations"] if r["type"] == "investment")

    assert investment(plain)["recency"] == 1.0
    assert investment(decayed)["contribution"] == pytest.approx(6.4 / 2)
    assert orjson.loads(decayed)["half_life_days"] == 365


@pytest.mark.parametrize("bad", ["0", "-3", "soon", "inf"])
def test_half_life_must_be_a_positive_number(capsys, path, bad):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["score", str(path), "--half-life", bad])
    assert exit_info.value.code == 2
    assert "days" in capsys.readouterr().err


def test_dyad_explains_every_relation_with_its_quotes_literally(capsys, path, dataset):
    status, out, _ = run(capsys, "score", str(path), "--dyad", "LA FIRME", "beta")
    assert status == 0
    dyad = score_dataset(dataset).dyad("alpha", "beta")
    assert f"T {dyad.tension:.1f} {dyad.band}" in out
    assert "Beta refuses to share with Alpha [bold red]loudly[/] \\x1b[31mnow." in out
    assert "\x1b" not in out
    assert "a rumour [i]only[/i]" in out
    assert f"Alpha → Beta {dyad.subtotal('alpha', 'beta'):+.2f}" in out
    assert f"Beta → Alpha {dyad.subtotal('beta', 'alpha'):+.2f}" in out
    for c in dyad.contributions:
        assert c.relation.id in out
        assert f"without it T would be {dyad.without(c.relation.id):.1f}" in out
    assert out.index("investment (Alpha → Beta)") < out.index("refusal (Beta → Alpha)")


def test_dyad_order_does_not_matter(capsys, path):
    _, forward, _ = run(capsys, "score", str(path), "--dyad", "alpha", "beta")
    _, backward, _ = run(capsys, "score", str(path), "--dyad", "Beta", "Alpha")
    assert forward == backward


def test_dyad_json_is_one_dyad_of_the_full_document(capsys, path):
    _, full, _ = run(capsys, "score", str(path), "--json")
    _, one, _ = run(capsys, "score", str(path), "--dyad", "gamma", "alpha", "--json")
    dyads = orjson.loads(full)["dyads"]
    assert orjson.loads(one) == next(d for d in dyads if (d["a"], d["b"]) == ("alpha", "gamma"))


def test_dyad_without_relations_says_so(capsys, path):
    status, out, _ = run(capsys, "score", str(path), "--dyad", "delta", "alpha")
    assert status == 0
    assert "Alpha – Delta: no relation between them; T 50.0" in out


def test_unknown_entity_gets_one_line_with_close_matches(capsys, path):
    status, out, err = run(capsys, "score", str(path), "--dyad", "Alpah", "beta")
    assert status == 1 and out == ""
    assert err.count("\n") == 1
    assert "no entity named 'Alpah'" in err and "close matches: Alpha (alpha)" in err


def test_a_dyad_needs_two_entities(capsys, path):
    status, _, err = run(capsys, "score", str(path), "--dyad", "la firme", "ALPHA")
    assert status == 1 and "two different entities" in err


def test_score_defaults_to_the_bundled_seed(capsys, path, monkeypatch):
    monkeypatch.setattr("tui.resources.seed_dataset", lambda: path)
    status, out, _ = run(capsys, "score", "--json")
    assert status == 0 and orjson.loads(out)["article"]["id"] == "article"


def test_dataset_problems_are_reported_per_line(capsys, tmp_path):
    missing = tmp_path / "missing.json"
    status, out, err = run(capsys, "score", str(missing))
    assert status == 1 and out == ""
    assert err == f"{missing}: no such file\n"
    broken = tmp_path / "broken.json"
    broken.write_text('{"article": {}}')
    status, _, err = run(capsys, "score", str(broken))
    assert status == 1
    assert err.startswith(f"{broken}: article.") and "Traceback" not in err


def test_types_table_lists_the_whole_vocabulary(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    status, out, _ = run(capsys, "types")
    assert status == 0
    for info in VOCABULARY.values():
        assert info.name in out and f"{info.weight:+.1f}" in out


def test_types_json_is_the_vocabulary():
    result = subprocess.run(
        [sys.executable, "-m", "tui", "types", "--json"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    document = orjson.loads(result.stdout)
    assert [item["name"] for item in document] == [t.value for t in VOCABULARY]
    for item in document:
        info = VOCABULARY[RelationType(item["name"])]
        assert {"name", "label", "weight", "directed", "anchor", "description"} <= set(item)
        assert (item["weight"], item["directed"], item["label"]) == (
            info.weight,
            info.directed,
            info.label,
        )


def test_sort_ranks_the_dyads_by_the_chosen_measure(capsys, path, dataset):
    _, out, _ = run(capsys, "score", str(path), "--json", "--sort", "volume")
    volumes = [d["volume"] for d in orjson.loads(out)["dyads"]]
    assert volumes == sorted(volumes, reverse=True)
    _, out, _ = run(capsys, "score", str(path), "--sort", "conflict")
    scores = score_dataset(dataset)
    scored = [d for d in scores.dyads if d.volume > 0]
    by_conflict = sorted(scored, key=lambda d: d.conflict, reverse=True)
    rows = [out.index(f"{d.a.title()} – {d.b.title()}") for d in by_conflict]
    assert rows == sorted(rows)
    assert [(d.a, d.b) for d in by_conflict] != [(d.a, d.b) for d in scored]
