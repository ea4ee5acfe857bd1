"""The tension model: vocabulary, contributions, dyad, entity and article scores."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model import Modality, RelationType
from tui.tension import (
    BANDS,
    CONFIDENCE_CAP,
    MODALITY_FACTOR,
    SMOOTHING,
    VOCABULARY,
    band,
    combine_confidence,
    date_midpoint,
    recency_factor,
    score_dataset,
    tension_of,
)

from .factories import make_dataset

TEXT = "Alpha, Beta and Gamma met. Beta later joined Delta."
ENTITIES = ["Alpha", "Beta", "Gamma", "Delta"]
IDS = ["alpha", "beta", "gamma", "delta"]

COOPERATIVE = [t for t, info in VOCABULARY.items() if info.weight > 0]
CONFLICTUAL = [t for t, info in VOCABULARY.items() if info.weight < 0]


def relation_specs() -> st.SearchStrategy[dict]:
    """A relation of any type between two distinct entities of ``ENTITIES``, any factors."""
    return st.tuples(
        st.permutations(IDS).map(lambda ids: ids[:2]),
        st.sampled_from(list(RelationType)),
        st.floats(0.0, 1.0),
        st.sampled_from(list(Modality)),
    ).map(
        lambda t: {
            "source": t[0][0],
            "target": t[0][1],
            "type": t[1],
            "confidence": t[2],
            "modality": t[3],
        }
    )


def numbered(specs: list[dict], start: int = 1) -> list[dict]:
    return [{**spec, "id": f"r{index}"} for index, spec in enumerate(specs, start=start)]


def build(specs: list[dict], **kwargs):
    return make_dataset(TEXT, ENTITIES, numbered(specs), **kwargs)


def pair_tension(specs: list[dict], a: str = "alpha", b: str = "beta") -> float:
    dyad = score_dataset(build(specs)).dyad(a, b)
    return 50.0 if dyad is None else dyad.tension


# -- the vocabulary ---------------------------------------------------------------------------


def test_every_relation_type_has_one_row_named_after_it():
    assert set(VOCABULARY) == set(RelationType)
    assert all(info.name == kind.value for kind, info in VOCABULARY.items())


def test_weights_lie_on_the_goldstein_scale_and_departures_are_explained():
    for info in VOCABULARY.values():
        assert -10.0 <= info.weight <= 10.0
        assert info.label and info.description and info.anchor
        assert len(info.cues) >= 2
        if info.anchor_value is None or info.anchor_value != info.weight:
            assert info.note, f"{info.name}: weight differs from its anchor without a reason"


def test_structural_types_weigh_nothing_and_symmetric_types_are_the_mutual_ones():
    assert VOCABULARY[RelationType.ROLE].weight == 0
    assert VOCABULARY[RelationType.EVALUATES_ALTERNATIVE].weight == 0
    # an appeal leans neither way (PLOVER REQUEST), though CAMEO 02 scores it +3.0
    assert VOCABULARY[RelationType.APPEAL].weight == 0
    assert VOCABULARY[RelationType.APPEAL].anchor_value == 3.0
    symmetric = {kind for kind, info in VOCABULARY.items() if not info.directed}
    assert symmetric == {
        RelationType.PARTNERSHIP,
        RelationType.NEGOTIATION,
        RelationType.CONSULTATION,
        RelationType.COMPETITION,
    }


def test_modality_factors_discount_what_is_not_asserted():
    assert MODALITY_FACTOR == {
        Modality.ASSERTED: 1.0,
        Modality.REPORTED: 0.7,
        Modality.PLANNED: 0.6,
        Modality.HYPOTHETICAL: 0.4,
    }


# -- bands ------------------------------------------------------------------------------------


def test_bands_cover_the_scale_in_order():
    bounds = [bound for bound, _ in BANDS]
    assert bounds == sorted(bounds) and bounds[-1] == 100.0
    assert band(0.0) == "allied" and band(100.0) == "hostile" and band(50.0) == "mixed"
    previous = 0.0
    for bound, name in BANDS:
        assert band(previous) == name
        assert band(math.nextafter(bound, 0.0)) == name
        previous = bound


# -- contributions ----------------------------------------------------------------------------


def test_contribution_is_weight_times_confidence_times_modality():
    dataset = build(
        [
            {"source": "alpha", "target": "beta", "type": "threat", "confidence": 0.5},
            {"source": "beta", "target": "alpha", "type": "investment", "modality": "reported"},
        ]
    )
    dyad = score_dataset(dataset).dyad("alpha", "beta")
    values = {c.relation.type: c.value for c in dyad.contributions}
    assert values[RelationType.THREAT] == pytest.approx(-5.8 * 0.5)
    assert values[RelationType.INVESTMENT] == pytest.approx(6.4 * 0.7)


@settings(max_examples=60, deadline=None)
@given(st.lists(relation_specs(), max_size=8))
def test_contributions_add_up_to_the_masses_and_are_ordered_by_size(specs):
    scores = score_dataset(build(specs))
    for dyad in scores.dyads:
        values = [c.value for c in dyad.contributions]
        assert math.fsum(-v for v in values if v < 0) == pytest.approx(dyad.conflict)
        assert math.fsum(v for v in values if v > 0) == pytest.approx(dyad.cooperation)
        assert dyad.volume == pytest.approx(dyad.conflict + dyad.cooperation)
        assert [abs(v) for v in values] == sorted((abs(v) for v in values), reverse=True)
        for c in dyad.contributions:
            assert c.value == pytest.approx(c.weight * c.confidence * c.modality * c.recency)


def test_repeated_evidence_raises_confidence_not_weight():
    once = "Alpha, Beta and Gamma met."
    twice = [once, "Beta later joined Delta."]
    one = build([{"source": "alpha", "target": "beta", "type": "refusal", "evidence": once}])
    two = build([{"source": "alpha", "target": "beta", "type": "refusal", "evidence": twice}])
    value = score_dataset(one).dyad("alpha", "beta").contributions[0].value
    assert score_dataset(two).dyad("alpha", "beta").contributions[0].value == value
    assert combine_confidence([0.6, 0.6]) == pytest.approx(0.84)
    assert combine_confidence([0.6]) == pytest.approx(0.6)


@given(st.lists(st.floats(0.0, 1.0), max_size=6), st.floats(0.0, 1.0))
def test_combined_confidence_grows_with_evidence_and_stays_below_certainty(values, extra):
    before = combine_confidence(values)
    after = combine_confidence([*values, extra])
    assert 0.0 <= before <= after <= CONFIDENCE_CAP
    assert after >= min(extra, CONFIDENCE_CAP) - 1e-12


def test_combine_confidence_rejects_values_outside_the_unit_interval():
    with pytest.raises(ValueError, match="confidence"):
        combine_confidence([0.5, 1.5])


# -- recency ----------------------------------------------------------------------------------


def test_recency_halves_the_contribution_every_half_life():
    spec = {"source": "alpha", "target": "beta", "type": "investment", "date": "2024-01-01"}
    dataset = build([spec], published="2024-12-31")
    full = score_dataset(dataset, half_life_days=None).dyad("alpha", "beta").contributions[0]
    decayed = score_dataset(dataset).dyad("alpha", "beta").contributions[0]
    assert full.recency == 1.0
    assert decayed.recency == pytest.approx(2 ** (-365 / 365))
    assert decayed.value == pytest.approx(full.value / 2)


def test_recency_is_off_without_dates_and_never_boosts_plans():
    assert recency_factor(None, "2025-01-01", 30) == 1.0
    assert recency_factor("2024-01-01", None, 30) == 1.0
    assert recency_factor("2024-01-01", "2025-01-01", None) == 1.0
    assert recency_factor("2026-01-01", "2025-01-01", 30) == 1.0
    with pytest.raises(ValueError, match="half-life"):
        recency_factor("2024-01-01", "2025-01-01", 0)


def test_partial_dates_stand_for_the_middle_of_their_period():
    assert date_midpoint("2024").isoformat() == "2024-07-02"
    assert date_midpoint("2024-02").isoformat() == "2024-02-15"
    assert date_midpoint("2024-02-03").isoformat() == "2024-02-03"
    assert recency_factor("2024", "2024-07-02", 10) == 1.0


# -- dyads ------------------------------------------------------------------------------------


def test_no_evidence_reads_as_fifty():
    scores = score_dataset(build([]))
    assert scores.dyads == ()
    assert scores.article.tension == 50.0 and scores.article.band == "mixed"
    assert all(e.tension == 50.0 and e.volume == 0 for e in scores.entities.values())
    assert tension_of(0.0, 0.0) == 50.0


def test_unscored_relations_are_shown_but_contribute_nothing():
    dataset = build(
        [
            {"source": "alpha", "target": "beta", "type": "role"},
            {"source": "beta", "target": "alpha", "type": "evaluates_alternative"},
        ]
    )
    dyad = score_dataset(dataset).dyad("alpha", "beta")
    assert len(dyad.contributions) == 2
    assert dyad.tension == 50.0 and dyad.volume == 0.0 and dyad.ambivalence == 0.0
    assert dyad.drivers() == ()


def test_worked_example_of_the_reference_scale():
    conflict, cooperation = 3.2 + 3.6 + 3.6, 5.76
    assert tension_of(conflict, cooperation) == pytest.approx(
        100 * (conflict + SMOOTHING / 2) / (conflict + cooperation + SMOOTHING)
    )
    assert round(tension_of(conflict, cooperation)) == 61
    assert band(tension_of(conflict, cooperation)) == "strained"


@settings(max_examples=80, deadline=None)
@given(st.lists(relation_specs(), max_size=10))
def test_tension_stays_on_the_scale(specs):
    scores = score_dataset(build(specs))
    for score in [*scores.dyads, *scores.entities.values(), scores.article]:
        assert 0.0 <= score.tension <= 100.0
        assert 0.0 <= score.ambivalence <= 1.0
        assert score.band == band(score.tension)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(relation_specs(), max_size=8),
    st.sampled_from(CONFLICTUAL),
    st.floats(0.0, 1.0),
    st.sampled_from(list(Modality)),
)
def test_adding_conflict_never_lowers_tension(specs, kind, confidence, modality):
    extra = {"source": "beta", "target": "alpha", "type": kind}
    extra |= {"confidence": confidence, "modality": modality}
    assert pair_tension([*specs, extra]) >= pair_tension(specs) - 1e-9


@settings(max_examples=60, deadline=None)
@given(
    st.lists(relation_specs(), max_size=8),
    st.sampled_from(COOPERATIVE),
    st.floats(0.0, 1.0),
    st.sampled_from(list(Modality)),
)
def test_adding_cooperation_never_raises_tension(specs, kind, confidence, modality):
    extra = {"source": "alpha", "target": "beta", "type": kind}
    extra |= {"confidence": confidence, "modality": modality}
    assert pair_tension([*specs, extra]) <= pair_tension(specs) + 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(relation_specs(), max_size=8))
def test_direction_does_not_change_a_dyad(specs):
    flipped = [{**s, "source": s["target"], "target": s["source"]} for s in specs]
    forward, backward = score_dataset(build(specs)), score_dataset(build(flipped))
    assert [(d.a, d.b) for d in forward.dyads] == [(d.a, d.b) for d in backward.dyads]
    for one, other in zip(forward.dyads, backward.dyads, strict=True):
        assert one.a < one.b
        assert one.tension == other.tension and one.volume == other.volume
    for dyad in forward.dyads:
        assert forward.dyad(dyad.b, dyad.a) is forward.dyad(dyad.a, dyad.b)


@settings(max_examples=60, deadline=None)
@given(st.lists(relation_specs(), max_size=8).flatmap(lambda s: st.permutations(numbered(s))))
def test_scores_do_not_depend_on_input_order(shuffled):
    ordered = sorted(shuffled, key=lambda spec: int(spec["id"][1:]))
    one = score_dataset(make_dataset(TEXT, ENTITIES, ordered))
    other = score_dataset(make_dataset(TEXT, ENTITIES, shuffled))
    assert one.article == other.article
    assert one.dyads == other.dyads
    assert one.entities == other.entities


@settings(max_examples=60, deadline=None)
@given(st.lists(relation_specs(), min_size=1, max_size=8))
def test_counterfactual_equals_the_score_recomputed_without_the_relation(specs):
    specs = numbered(specs)
    scores = score_dataset(make_dataset(TEXT, ENTITIES, specs))
    for dyad in scores.dyads:
        for c in dyad.contributions:
            rest = [s for s in specs if s["id"] != c.relation.id]
            again = score_dataset(make_dataset(TEXT, ENTITIES, rest)).dyad(dyad.a, dyad.b)
            expected = 50.0 if again is None else again.tension
            assert dyad.without(c.relation.id) == pytest.approx(expected)


def test_subtotals_split_the_evidence_by_direction():
    dataset = build(
        [
            {"source": "alpha", "target": "beta", "type": "investment"},
            {"source": "beta", "target": "alpha", "type": "refusal", "confidence": 0.5},
            {"source": "alpha", "target": "beta", "type": "competition"},
        ]
    )
    dyad = score_dataset(dataset).dyad("alpha", "beta")
    assert dyad.subtotal("alpha", "beta") == pytest.approx(6.4)
    assert dyad.subtotal("beta", "alpha") == pytest.approx(-2.0)
    assert dyad.mutual() == pytest.approx(-2.0)
    total = dyad.subtotal("alpha", "beta") + dyad.subtotal("beta", "alpha") + dyad.mutual()
    assert total == pytest.approx(dyad.cooperation - dyad.conflict)
    assert [c.relation.type for c in dyad.drivers(2)] == [
        RelationType.INVESTMENT,
        RelationType.REFUSAL,
    ]


def test_ambivalence_tells_a_frenemy_from_a_quiet_pair():
    frenemy = build(
        [
            {"source": "alpha", "target": "beta", "type": "investment"},
            {"source": "beta", "target": "alpha", "type": "dependency_reduction"},
        ]
    )
    dyad = score_dataset(frenemy).dyad("alpha", "beta")
    assert dyad.ambivalence == pytest.approx(4.0 / 6.4)
    one_sided = build([{"source": "alpha", "target": "beta", "type": "investment"}])
    assert score_dataset(one_sided).dyad("alpha", "beta").ambivalence == 0.0


# -- entities and article ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(relation_specs(), max_size=8))
def test_entity_scores_pool_their_dyads(specs):
    scores = score_dataset(build(specs))
    for entity_id, entity in scores.entities.items():
        own = [d for d in scores.dyads if entity_id in (d.a, d.b)]
        assert entity.dyads == tuple(own)
        assert entity.conflict == pytest.approx(sum(d.conflict for d in own))
        assert entity.cooperation == pytest.approx(sum(d.cooperation for d in own))
        assert entity.tension == pytest.approx(tension_of(entity.conflict, entity.cooperation))


def test_article_score_leans_towards_the_dyads_of_central_entities():
    specs = [
        {"source": "alpha", "target": "beta", "type": "termination"},
        {"source": "gamma", "target": "delta", "type": "partnership"},
    ]
    central_conflict = make_dataset(
        "Alpha and Beta. Alpha and Beta again. Alpha, Beta, and once Gamma with Delta.",
        ENTITIES,
        specs,
    )
    central_cooperation = make_dataset(
        "Gamma and Delta. Gamma and Delta again. Gamma, Delta, and once Alpha with Beta.",
        ENTITIES,
        specs,
    )
    tense = score_dataset(central_conflict).article
    calm = score_dataset(central_cooperation).article
    assert tense.tension > 50.0 > calm.tension
    assert tense.conflict == pytest.approx(7.0)
    assert calm.cooperation == pytest.approx(8.0)


def test_article_score_sums_dyads_when_salience_is_uniform():
    specs = [
        {"source": "alpha", "target": "beta", "type": "termination"},
        {"source": "gamma", "target": "delta", "type": "partnership"},
    ]
    dataset = make_dataset("Alpha, Beta, Gamma, Delta.", ENTITIES, specs)
    no_mentions = dataset.model_copy(update={"mentions": ()})
    article = score_dataset(no_mentions).article
    assert (article.conflict, article.cooperation) == pytest.approx((7.0, 8.0))
    assert article.tension == pytest.approx(tension_of(7.0, 8.0))


def test_every_entity_is_scored_even_without_relations():
    scores = score_dataset(build([{"source": "alpha", "target": "beta", "type": "threat"}]))
    assert set(scores.entities) == set(IDS)
    assert scores.entities["gamma"].dyads == () and scores.entities["gamma"].tension == 50.0
    assert scores.entities["alpha"].tension > 50.0


def test_a_non_positive_half_life_is_refused():
    with pytest.raises(ValueError, match="half-life"):
        score_dataset(build([]), half_life_days=-1)
