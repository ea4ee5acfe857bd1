import orjson
import pytest

from tests.ingest.conftest import FIXTURES, fixture_text
from tui.ingest import ingest_text
from tui.ingest.cues import compile_cues
from tui.ingest.pairs import (
    LEARNED,
    MODEL_FILE,
    POLARITY_FLOOR,
    PairModel,
    candidates,
    dataset_candidates,
    learned_relations,
    load_model,
    with_learned,
)
from tui.ingest.pipeline import VERSION, extract
from tui.model import EntityKind, Provenance, RelationType

ORG = EntityKind.ORG
PROVENANCE = Provenance(method="extracted", extractor="test", version="1")
ALWAYS = PairModel(weights={"bias": 10.0}, threshold=0.5)
NEVER = PairModel(weights={"bias": -10.0}, threshold=0.5)


def _mentions(text: str, *names: str) -> list[tuple[int, int, str]]:
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append((start, start + len(name), name))
            start = text.find(name, start + 1)
    return sorted(found)


def _candidates(text: str, *names: str, related=None, language: str = "en"):
    return candidates(
        text,
        language,
        [(0, len(text))],
        _mentions(text, *names),
        dict.fromkeys(names, ORG),
        related or {},
    )


def _rules_alone(text: str, language: str):
    """The dataset of ``text`` with the rules' relations only."""
    rules = extract(text, language=language)
    return rules.model_copy(
        update={"relations": tuple(r for r in rules.relations if r.comment is None)}
    )


def _learned_always(text: str, language: str) -> list[tuple[str, str, RelationType]]:
    """(source, target, type) of every relation a model that relates every pair adds."""
    rules = _rules_alone(text, language)
    names = {entity.id: entity.name for entity in rules.entities}
    added = with_learned(rules, PROVENANCE, ALWAYS).relations[len(rules.relations) :]
    return [(names[r.source], names[r.target], r.type) for r in added]


def with_learned_items(text: str, found, model: PairModel):
    return learned_relations(text, "en", [(0, len(text))], found, model)


def test_a_pair_needs_a_cue_word_that_is_not_negated() -> None:
    assert _candidates("Zorblat and Quux were both at the fair.", "Zorblat", "Quux") == []
    assert _candidates("Zorblat did not sue Quux.", "Zorblat", "Quux") == []
    (found,) = _candidates("Zorblat, long close to Quux, sued it.", "Zorblat", "Quux")
    assert found.cues[0][0] is RelationType.LAWSUIT


def test_pairs_the_rules_relate_anywhere_are_left_to_the_rules() -> None:
    text = "Zorblat sued Quux and Blargco."
    rules = {0: [(frozenset(("Zorblat", "Quux")), RelationType.LAWSUIT)]}
    found = _candidates(text, "Zorblat", "Quux", "Blargco", related=rules)
    assert {frozenset((c.first, c.second)) for c in found} == {
        frozenset(("Zorblat", "Blargco")),
        frozenset(("Quux", "Blargco")),
    }
    shared = next(c for c in found if "Zorblat" in (c.first, c.second))
    # the rules' reading of a party's sentence comes first among the cues
    assert shared.cues[0] == (RelationType.LAWSUIT, -1)
    assert shared.features["rules_relate_one"] == 1.0


def test_features_read_the_words_between_the_names() -> None:
    (listed,) = _candidates("Zorblat and Quux signed a deal.", "Zorblat", "Quux")
    assert listed.features["coordinated"] == 1.0
    assert listed.features["cue_between"] == 0.0
    (apart,) = _candidates("Zorblat signed a deal with Quux.", "Zorblat", "Quux")
    assert apart.features["coordinated"] == 0.0
    assert apart.features["cue_between"] == 1.0
    assert apart.features["kinds_org_org"] == 1.0
    # a source cited is no party: "According to Quux" gives no pair
    assert _candidates("According to Quux, Zorblat signed a deal.", "Zorblat", "Quux") == []


def test_direction_and_type_come_from_the_cue() -> None:
    text = "Zorblat and Quux strike a deal as Blargco criticises it."
    found = _candidates(text, "Zorblat", "Quux", "Blargco")
    learned = {
        (item.source, item.target): item.type for item in with_learned_items(text, found, ALWAYS)
    }
    # a cue after both names: the one named last acts
    assert learned[("Blargco", "Quux")] is RelationType.CRITICISM
    assert learned[("Zorblat", "Quux")] is RelationType.COMMERCIAL_DEAL


def test_the_polarity_model_picks_among_the_sentences_cues() -> None:
    text = "Zorblat signed a deal with Quux, then sued it."
    (found,) = _candidates(text, "Zorblat", "Quux")
    assert found.cues[0][0] is RelationType.COMMERCIAL_DEAL  # between the names
    conflict = PairModel(
        weights={"bias": 10.0},
        threshold=0.5,
        polarity={
            "cooperative": {"bias": 0.0},
            "conflictual": {"bias": 1.0},
            "neutral": {"bias": 0.0},
        },
    )
    (item,) = with_learned_items(text, [found], conflict)
    assert item.type is RelationType.LAWSUIT


def test_a_related_pair_whose_polarity_the_model_cannot_tell_is_left_out() -> None:
    text = "Zorblat signed a deal with Quux, then sued it."
    found = _candidates(text, "Zorblat", "Quux")

    def model(conflictual: float) -> PairModel:
        polarity = {"cooperative": {}, "conflictual": {"bias": conflictual}, "neutral": {}}
        return PairModel(weights={"bias": 10.0}, threshold=0.5, polarity=polarity)

    # three polarities alike: a third each, under the floor
    assert model(0.0).reading(found[0].features)[1] < POLARITY_FLOOR
    assert with_learned_items(text, found, model(0.0)) == []
    (item,) = with_learned_items(text, found, model(2.0))
    assert item.type is RelationType.LAWSUIT


def test_a_neutral_pair_with_no_neutral_cue_is_a_role_with_a_person_in_it() -> None:
    # the model reads no stance: a person's tie to the other is structural (a post),
    # whatever the sentence's other cues say; two bodies have no tie the sentence says
    text = "Zorblat signed a deal with Quux, then sued it."
    neutral = PairModel(
        weights={"bias": 10.0},
        threshold=0.5,
        polarity={"cooperative": {}, "conflictual": {}, "neutral": {"bias": 1.0}},
    )

    def learned_types(first: EntityKind, second: EntityKind) -> list[RelationType]:
        kinds = {"Zorblat": first, "Quux": second}
        found = candidates(text, "en", [(0, len(text))], _mentions(text, *kinds), kinds, {})
        return [item.type for item in with_learned_items(text, found, neutral)]

    assert learned_types(ORG, EntityKind.PERSON) == [RelationType.ROLE]
    assert learned_types(EntityKind.PERSON, ORG) == [RelationType.ROLE]
    assert learned_types(EntityKind.PERSON, EntityKind.PERSON) == [RelationType.ROLE]
    assert learned_types(ORG, ORG) == []
    assert learned_types(ORG, EntityKind.REGULATOR) == []
    # a tie the sentence does say is kept between two bodies
    text = "Zorblat, whose chairman owns Quux, sued Blargco."
    kinds = {"Zorblat": ORG, "Quux": ORG}
    found = candidates(text, "en", [(0, len(text))], _mentions(text, *kinds), kinds, {})
    assert [item.type for item in with_learned_items(text, found, neutral)] == [RelationType.ROLE]


def test_a_sign_with_no_cue_of_its_own_takes_the_mildest_type_of_that_sign() -> None:
    # the one cue is a post ("Chairman"): the model's conflict is a criticism
    text = '"Quux duped millions," Zorblat Chairman Blargco said.'
    found = [c for c in _candidates(text, "Quux", "Blargco") if c.second == "Blargco"]
    assert [cue for cue, _ in found[0].cues] == [RelationType.ROLE]

    def signed(name: str) -> PairModel:
        polarity = {sign: {} for sign in ("cooperative", "conflictual", "neutral")}
        polarity[name] = {"bias": 1.0}
        return PairModel(weights={"bias": 10.0}, threshold=0.5, polarity=polarity)

    (item,) = with_learned_items(text, found, signed("conflictual"))
    assert item.type is RelationType.CRITICISM
    assert with_learned_items(text, found, signed("cooperative")) == []  # left out
    (item,) = with_learned_items(text, found, signed("neutral"))
    assert item.type is RelationType.ROLE


def test_an_appeal_keeps_its_type_whatever_sign_the_model_leans_to() -> None:
    text = "Zorblat asked for talks, and Quux urged Zorblat to sign."
    found = [c for c in _candidates(text, "Zorblat", "Quux") if c.cues]
    assert found[0].cues[0][0] is RelationType.APPEAL
    conflict = PairModel(
        weights={"bias": 10.0},
        threshold=0.5,
        polarity={"cooperative": {}, "conflictual": {"bias": 1.0}, "neutral": {}},
    )
    (item,) = with_learned_items(text, found[:1], conflict)
    assert item.type is RelationType.APPEAL
    cooperation = PairModel(
        weights={"bias": 10.0},
        threshold=0.5,
        polarity={"cooperative": {"bias": 1.0}, "conflictual": {}, "neutral": {}},
    )
    (item,) = with_learned_items(text, found[:1], cooperation)  # not left out
    assert item.type is RelationType.APPEAL


def test_co_actors_the_rules_relate_to_a_third_are_no_pair() -> None:
    text = "Zorblat and Quux sued Blargco."
    lawsuit = RelationType.LAWSUIT
    related = {
        0: [(frozenset(("Zorblat", "Blargco")), lawsuit), (frozenset(("Quux", "Blargco")), lawsuit)]
    }
    found = _candidates(text, "Zorblat", "Quux", "Blargco", related=related)
    assert not [c for c in found if {c.first, c.second} == {"Zorblat", "Quux"}]
    # without the rules' relations, the coordinated pair is still a candidate
    alone = _candidates(text, "Zorblat", "Quux", "Blargco")
    assert [c for c in alone if {c.first, c.second} == {"Zorblat", "Quux"}]


def test_a_source_cited_is_no_party_for_the_model() -> None:
    text = "Zorblat sued Quux, according to a letter seen by Blargco."
    found = _candidates(text, "Zorblat", "Quux", "Blargco")
    assert [(c.first, c.second) for c in found] == [("Zorblat", "Quux")]


@pytest.mark.usefixtures("rules_only")
def test_learned_relations_are_marked_and_respect_the_threshold() -> None:
    text = "In a statement, Zorblat Corp praised the partnership, while Quux Ltd stayed silent."
    rules = _rules_alone(text, "en")
    assert dataset_candidates(rules)
    assert with_learned(rules, PROVENANCE, NEVER).relations == rules.relations
    added = with_learned(rules, PROVENANCE, ALWAYS).relations[len(rules.relations) :]
    assert added
    for relation in added:
        assert relation.comment.startswith(LEARNED)
        assert relation.provenance == PROVENANCE
        assert relation.confidence == pytest.approx(1.0, abs=0.01)
        assert relation.evidence == ("q1",)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "name", sorted(p.name for p in FIXTURES.glob("*.txt") if p.with_suffix(".gold.json").exists())
)
def test_every_learned_relation_has_a_cue_in_its_evidence(name: str) -> None:
    dataset = ingest_text(fixture_text(name))
    text, language = dataset.article.text, dataset.article.language
    pattern = compile_cues(language)
    quotes = {q.id: q for q in dataset.quotes}
    for relation in dataset.relations:
        if not (relation.comment or "").startswith(LEARNED):
            continue
        assert relation.provenance.version == VERSION
        for quote in relation.evidence:
            span = quotes[quote]
            assert pattern.search(text, span.start, span.end), text[span.start : span.end]


def test_the_shipped_model_loads_and_was_chosen_by_cross_validation() -> None:
    model = load_model()
    data = orjson.loads(MODEL_FILE.read_bytes())
    assert 0.0 < model.threshold < 1.0
    assert set(model.polarity) == {"cooperative", "conflictual", "neutral"}
    chosen = data["cross_validated"]["with_model"][str(data["threshold"])]
    assert chosen["relation_pair_f1"] > data["cross_validated"]["rules_alone"]["relation_pair_f1"]
    assert "en_chips" in data["trained_on"]


@pytest.mark.usefixtures("rules_only")
def test_a_learned_role_goes_from_the_person_to_the_body() -> None:
    text = "“We regret the failings found by the FCA,” chair Ada Lovelace said."
    added = _learned_always(text, "en")
    assert [(s, t) for s, t, kind in added if kind is RelationType.ROLE] == [
        ("Ada Lovelace", "FCA")
    ]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker after the quotation acts on the party named in it (a criticism
        # there is the rules': see test_relations)
        (
            "« Zorblat nous soutient », a salué Ada Roe, sans plus de détails.",
            ("Ada Roe", "Zorblat"),
        ),
        # quoted words and a party outside them that does not speak them
        (
            "« Le gouvernement va porter plainte », a-t-elle déclaré, visant Zorblat.",
            ("gouvernement", "Zorblat"),
        ),
    ],
)
def test_a_learned_relation_goes_from_the_speaker_to_the_party_in_their_words(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(s, t) for s, t, _ in _learned_always(text, "fr")}


def test_a_pair_the_model_reads_as_cooperative_is_left_out() -> None:
    text = "Zorblat signed a deal with Quux, then sued it."
    found = _candidates(text, "Zorblat", "Quux")

    def model(cooperative: float, conflictual: float) -> PairModel:
        polarity = {
            "cooperative": {"bias": cooperative},
            "conflictual": {"bias": conflictual},
            "neutral": {},
        }
        return PairModel(weights={"bias": 10.0}, threshold=0.5, polarity=polarity)

    # sure of its reading, well above the floor, and still left out
    assert model(3.0, 0.0).reading(found[0].features)[0] == "cooperative"
    assert model(3.0, 0.0).reading(found[0].features)[1] > 0.8
    assert with_learned_items(text, found, model(3.0, 0.0)) == []
    (item,) = with_learned_items(text, found, model(0.0, 3.0))
    assert item.type is RelationType.LAWSUIT
