"""The tension model on the curated seed, against the reading of the article it must match."""

from __future__ import annotations

import pytest

from tui.dataset import load
from tui.model import Dataset
from tui.tension import Scores, score_dataset

REGULATORS = ("ftc", "cma", "european-commission")


@pytest.fixture(scope="module")
def seed(seed_path) -> Dataset:
    return load(seed_path)


@pytest.fixture(scope="module")
def scores(seed: Dataset) -> Scores:
    return score_dataset(seed)


def tension(scores: Scores, a: str, b: str) -> float:
    dyad = scores.dyad(a, b)
    assert dyad is not None, f"no relation between {a} and {b} in the seed"
    return dyad.tension


def test_microsoft_and_openai_are_partners_no_longer_allies(scores: Scores) -> None:
    dyad = scores.dyad("openai", "microsoft")
    assert dyad is not None
    assert dyad.cooperation > 0 and dyad.conflict > 0
    assert dyad.ambivalence >= 0.5
    assert dyad.band == "mixed"
    by_volume = sorted(scores.dyads, key=lambda d: d.volume, reverse=True)
    assert by_volume[0] is dyad
    assert dyad in scores.dyads[:3], "among the three tensest dyads"


def test_the_compute_suppliers_are_cooperative(scores: Scores) -> None:
    assert tension(scores, "openai", "coreweave") < 40
    assert tension(scores, "openai", "oracle") < 40


def test_musk_and_the_regulators_are_conflictual(scores: Scores) -> None:
    assert tension(scores, "elon-musk", "openai") > 50
    for regulator in REGULATORS:
        assert tension(scores, regulator, "microsoft") > 50
        assert tension(scores, regulator, "openai") > 50


def test_microsoft_and_openai_are_the_most_salient(scores: Scores) -> None:
    ranked = sorted(scores.entities.values(), key=lambda e: e.salience, reverse=True)
    assert {ranked[0].id, ranked[1].id} == {"microsoft", "openai"}


def test_every_driver_of_the_main_dyad_has_its_quotes(seed: Dataset, scores: Scores) -> None:
    quotes = {quote.id for quote in seed.quotes}
    dyad = scores.dyad("microsoft", "openai")
    assert dyad is not None
    for contribution in dyad.contributions:
        assert set(contribution.relation.evidence) <= quotes
        assert dyad.without(contribution.relation.id) != dyad.tension


def test_the_tensest_dyads_come_first(scores: Scores) -> None:
    conflicts = [dyad.conflict for dyad in scores.dyads]
    assert conflicts == sorted(conflicts, reverse=True)
    assert scores.dyad("microsoft", "openai") is scores.dyad("openai", "microsoft")


def test_an_entity_lists_its_dyads_tensest_first(scores: Scores) -> None:
    own = scores.entities["microsoft"].dyads
    assert own[0] is scores.dyad("microsoft", "openai")
    scored = [d for d in own if d.volume > 0]
    assert [d.conflict for d in scored] == sorted((d.conflict for d in scored), reverse=True)
    assert all(d.volume == 0 for d in own[len(scored) :])
