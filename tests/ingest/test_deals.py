"""Deals: named by a deal noun and the company, referred to as "the deal"; what is done
to an acquisition is done to the companies it is of. Reforms and agreements are parties."""

import pytest

from tests.ingest.conftest import entities_and_relations
from tui.model import EntityKind, RelationType

pytestmark = pytest.mark.usefixtures("rules_only")


def test_what_is_done_to_a_deal_is_done_to_the_company_it_is_of() -> None:
    text = (
        "Zorblat completed its acquisition of Quux Games on Friday. "
        "The Vrelonian Markets Authority approved the deal. Blargco criticized the merger."
    )
    entities, relations = entities_and_relations(text, "en")
    assert set(entities) == {
        "Zorblat",
        "Quux Games",
        "Vrelonian Markets Authority",
        "Blargco",
    }  # the deal is no entity of its own
    assert entities["Quux Games"].kind is EntityKind.ORG  # bought: a company, not a person
    assert ("Zorblat", RelationType.INVESTMENT.value, "Quux Games") in relations
    assert (
        "Vrelonian Markets Authority",
        RelationType.ENDORSEMENT.value,
        "Quux Games",
    ) in relations
    assert ("Blargco", RelationType.CRITICISM.value, "Quux Games") in relations
    # approving a deal buys nothing: the deal's noun is no cue
    assert not any(
        source == "Vrelonian Markets Authority" and kind == RelationType.INVESTMENT.value
        for source, kind, _ in relations
    )


def test_a_french_merger_of_two_companies_is_done_to_both() -> None:
    text = (
        "La fusion de Zorblat et Quux inquiète. L'UFC-Que Choisir dénonce l'opération. "
        "Blargco critique la fusion."
    )
    _, relations = entities_and_relations(text, "fr")
    for company in ("Zorblat", "Quux"):
        assert ("UFC-Que Choisir", "criticism", company) in relations
        assert ("Blargco", "criticism", company) in relations


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


def test_a_deal_named_as_the_object_of_an_act_is_done_to_its_company() -> None:
    text = (
        "Zorblat a annoncé lundi l'acquisition de Quux. L'Autorité de la concurrence a "
        "autorisé l'acquisition de Quux. Blargco dénonce le rachat."
    )
    _, relations = entities_and_relations(text, "fr")
    assert ("Zorblat", "investment", "Quux") in relations
    assert ("Autorité de la concurrence", "endorsement", "Quux") in relations
    # the regulator approves the deal; it does not buy the company
    assert not any(
        source == "Autorité de la concurrence" and kind == "investment"
        for source, kind, _ in relations
    )
    assert ("Blargco", "criticism", "Quux") in relations


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
    assert "Zorblat-Quux merger" not in entities
    for company in ("Zorblat", "Quux"):
        assert ("Vrelonian Trade Commission", "lawsuit", company) in relations
    # calling off a merger ends it with the other company
    assert ("Quux", "termination", "Zorblat") in relations
