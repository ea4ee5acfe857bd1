"""Deals as parties: named by a deal noun and the company, referred to as "the deal"."""

import pytest

from tests.ingest.conftest import entities_and_relations
from tui.model import EntityKind, RelationType

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_deal_is_a_party_and_the_companies_inside_its_name_stay_parties() -> None:
    text = (
        "Zorblat completed its acquisition of Quux Games on Friday. "
        "The Vrelonian Markets Authority approved the deal. Blargco criticized the merger."
    )
    entities, relations = entities_and_relations(text, "en")
    deal = entities["acquisition of Quux Games"]
    assert deal.kind is EntityKind.EVENT
    assert {"deal", "merger"} <= set(deal.aliases)
    assert entities["Quux Games"].kind is EntityKind.ORG  # bought: a company, not a person
    assert ("Zorblat", RelationType.INVESTMENT.value, "Quux Games") in relations
    assert (
        "Vrelonian Markets Authority",
        RelationType.ENDORSEMENT.value,
        "acquisition of Quux Games",
    ) in relations
    assert ("Blargco", RelationType.CRITICISM.value, "acquisition of Quux Games") in relations


def test_french_deal_with_two_companies_and_its_references() -> None:
    text = (
        "La fusion de Zorblat et Quux inquiète. L'UFC-Que Choisir dénonce l'opération. "
        "Blargco critique la fusion."
    )
    entities, relations = entities_and_relations(text, "fr")
    assert entities["fusion de Zorblat et Quux"].kind is EntityKind.EVENT
    assert ("UFC-Que Choisir", "criticism", "fusion de Zorblat et Quux") in relations
    assert ("Blargco", "criticism", "fusion de Zorblat et Quux") in relations


def test_references_go_to_no_deal_when_two_are_named_alike() -> None:
    text = (
        "The acquisition of Zorblat closed. The acquisition of Quux failed. "
        "Blargco criticized the deal."
    )
    entities, relations = entities_and_relations(text, "en")
    assert all("deal" not in entity.aliases for entity in entities.values())
    assert not any(source == "Blargco" for source, _, _ in relations)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Zorblat completed its acquisition of Quux on Monday. "
            "Analysts expect the merger to lift margins.",
        ),
        ("fr", "Zorblat a finalisé le rachat de Quux lundi. L'opération doit doubler sa taille."),
    ],
)
def test_a_deal_nothing_acts_on_is_no_entity_but_still_relates_its_buyer(
    language: str, text: str
) -> None:
    entities, relations = entities_and_relations(text, language)
    assert set(entities) == {"Zorblat", "Quux"}
    assert ("Zorblat", "investment", "Quux") in relations


def test_a_deal_named_as_the_object_of_an_act_is_its_party() -> None:
    text = (
        "Zorblat a annoncé lundi l'acquisition de Quux. L'Autorité de la concurrence a "
        "autorisé l'acquisition de Quux. Blargco dénonce le rachat."
    )
    _, relations = entities_and_relations(text, "fr")
    assert ("Zorblat", "investment", "Quux") in relations
    assert ("Autorité de la concurrence", "endorsement", "acquisition de Quux") in relations
    # the regulator approves the deal; it does not buy the company
    assert not any(
        source == "Autorité de la concurrence" and target == "Quux"
        for source, _, target in relations
    )
    assert ("Blargco", "criticism", "acquisition de Quux") in relations


def test_a_reform_of_a_law_is_a_party() -> None:
    text = (
        "La révision du règlement européen inquiète Zorblat. Les associations de "
        "consommateurs dénoncent la révision. Les associations de consommateurs manifestent."
    )
    entities, relations = entities_and_relations(text, "fr")
    reform = entities["révision du règlement européen"]
    assert reform.kind is EntityKind.EVENT and "révision" in reform.aliases
    assert (
        "associations de consommateurs",
        "criticism",
        "révision du règlement européen",
    ) in relations
    english = "The overhaul of the rules worries Zorblat. Quux criticized the overhaul."
    entities, relations = entities_and_relations(english, "en")
    assert ("Quux", "criticism", "overhaul of the rules") in relations


def test_an_agreement_its_references_and_the_countries_for_and_against() -> None:
    text = (
        "La Commission a adopté l'accord UE-Vrelonia. Les syndicats agricoles dénoncent "
        "l'accord. La Pologne et l'Autriche ont fait part de leur opposition au texte de "
        "l'accord. L'Allemagne pousse pour l'accord UE-Vrelonia. Les Etats membres votent."
    )
    entities, relations = entities_and_relations(text, "fr")
    assert entities["accord UE-Vrelonia"].kind is EntityKind.OTHER
    assert "UE-Vrelonia" not in entities
    assert ("syndicats agricoles", "criticism", "accord UE-Vrelonia") in relations
    assert ("Allemagne", "endorsement", "accord UE-Vrelonia") in relations
    assert "Etats membres" not in entities  # named, but acting in no relation


def test_a_deal_named_by_its_two_companies() -> None:
    text = (
        "Zorblat agreed to buy Quux in 2022, but the Vrelonian Trade Commission sued to "
        "block the proposed Zorblat-Quux merger. Quux called off the merger. Zorblat grows."
    )
    entities, relations = entities_and_relations(text, "en")
    assert entities["Zorblat-Quux merger"].kind is EntityKind.EVENT
    assert ("Vrelonian Trade Commission", "lawsuit", "Zorblat-Quux merger") in relations
