"""The measure an article is about as a party: a tax, a decree, a bill, an order."""

import pytest

from tests.ingest.conftest import entities_and_relations
from tui.ingest.measures import find_measures, find_named_texts
from tui.model import EntityKind

pytestmark = pytest.mark.usefixtures("rules_only")


def _entities_and_pairs(text: str, language: str) -> tuple[dict, set[frozenset[str]]]:
    entities, relations = entities_and_relations(text, language)
    return entities, {frozenset((source, target)) for source, _, target in relations}


def test_a_tax_named_once_and_referred_to_is_a_party() -> None:
    text = (
        "Zorblat augmente ses prix pour compenser la taxe sur le streaming musical. "
        "Zorblat a dénoncé la taxe dès son vote. Selon Quux, cette taxe pèse sur les "
        "plateformes."
    )
    entities, pairs = _entities_and_pairs(text, "fr")
    tax = entities["taxe sur le streaming musical"]
    assert tax.kind is EntityKind.OTHER
    assert "taxe" in tax.aliases
    assert frozenset(("Zorblat", "taxe sur le streaming musical")) in pairs


def test_a_decree_referred_to_only_is_named_by_its_head_and_le_texte_is_it() -> None:
    text = (
        "Zorblat doit appliquer des frais de port, en application d'un arrêté publié au "
        "printemps. Quux a salué l'arrêté. Zorblat a contesté l'arrêté. Le texte reste "
        "applicable."
    )
    entities, pairs = _entities_and_pairs(text, "fr")
    decree = entities["arrêté"]
    assert decree.kind is EntityKind.OTHER
    assert "texte" in decree.aliases
    assert not any(name.startswith("arrêté publié") for name in entities)
    assert frozenset(("Zorblat", "arrêté")) in pairs


def test_a_dated_decree_takes_its_references_instead_of_a_second_entity() -> None:
    text = (
        "Le décret du 26 février 2024 interdit à Zorblat de vendre des steaks végétaux. "
        "Zorblat a contesté le décret. Quux a défendu le décret. Le décret est annulé."
    )
    entities, pairs = _entities_and_pairs(text, "fr")
    assert "décret" not in entities
    assert frozenset(("Zorblat", "décret du 26 février 2024")) in pairs
    assert frozenset(("Quux", "décret du 26 février 2024")) in pairs


def test_an_order_named_by_its_modifier_is_a_party() -> None:
    text = (
        "A judge blocked the stop-work order issued against Zorblat Wind. Quux Energy said "
        "the order was unlawful. Zorblat Wind sued to lift the order."
    )
    entities, pairs = _entities_and_pairs(text, "en")
    order = entities["stop-work order"]
    assert order.kind is EntityKind.OTHER
    assert frozenset(("Zorblat Wind", "stop-work order")) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # named once, never referred to again: not what the article is about
        "Zorblat a dénoncé la taxe sur le streaming musical. Quux a critiqué Zorblat.",
        # two measures as often: neither is clearly the article's
        "La taxe sur les billets et la clause de sauvegarde inquiètent Zorblat. La taxe "
        "pèse, la clause aussi. Quux critique la taxe et la clause.",
    ],
)
def test_no_measure_without_one_clear_measure(text: str) -> None:
    assert find_measures(text, "fr") == []


def test_a_verb_before_a_head_names_no_measure() -> None:
    text = (
        "Quux imposed duties on Zorblat. The duties hurt. Zorblat fought the duties. Vell "
        "paid the duties."
    )
    measures = find_measures(text, "en")
    assert [measure.names for measure in measures] == [("duties",)]


def test_voting_against_a_bill_is_no_backing() -> None:
    text = (
        "L'Assemblée a adopté la proposition de loi sur les meublés. Quux a voté contre "
        "la proposition de loi. Zorblat critique le texte."
    )
    entities, _ = _entities_and_pairs(text, "fr")
    assert entities["proposition de loi sur les meublés"].kind is EntityKind.OTHER


def test_a_measure_named_with_its_acronym_is_one_entity_with_its_references() -> None:
    text = (
        "Zorblat dénonce la hausse de la taxe de solidarité sur les billets d’avion (TSBA). "
        "La taxe frappe Zorblat. Selon Quux, la taxe est injuste."
    )
    entities, _ = _entities_and_pairs(text, "fr")
    tax = entities["taxe de solidarité sur les billets d’avion"]
    assert {"TSBA", "taxe"} <= set(tax.aliases)
    assert "taxe" not in entities


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Zorblat invoque la loi sur le devoir de vigilance.", "loi sur le devoir de vigilance"),
        (
            "Quux s'appuie sur la loi du 29 juillet 1881 sur la liberté de la presse.",
            "loi du 29 juillet 1881 sur la liberté de la presse",
        ),
        (
            "Zorblat conteste la loi de finances pour 2025 adoptée en février.",
            "loi de finances pour 2025",
        ),
        (
            "Zorblat respecte la directive européenne de 2000 sur les véhicules hors d'usage.",
            "directive européenne de 2000 sur les véhicules hors d'usage",
        ),
        ("Quux viole la directive européenne ePrivacy.", "directive européenne ePrivacy"),
        (
            "Zorblat saisit Bruxelles au titre du règlement sur les subventions étrangères.",
            "règlement sur les subventions étrangères",
        ),
        (
            "Zorblat invoque le règlement sur les matières premières critiques.",
            "règlement sur les matières premières critiques",
        ),
        (
            "Zorblat soutient la loi visant à sécuriser et réguler l'espace numérique.",
            "loi visant à sécuriser et réguler l'espace numérique",
        ),
        (
            "Le gouvernement présente le projet de loi relatif à la gouvernance de la sûreté "
            "nucléaire.",
            "projet de loi relatif à la gouvernance de la sûreté nucléaire",
        ),
        (
            "Zorblat cite la loi du 21 août 2007 sur le dialogue social et la continuité du "
            "service public.",
            "loi du 21 août 2007 sur le dialogue social et la continuité du service public",
        ),
        # the author is no part of the title
        (
            "Quux critique la proposition de loi sur la programmation énergétique du sénateur.",
            "proposition de loi sur la programmation énergétique",
        ),
    ],
)
def test_a_law_named_by_what_it_is_about_is_a_text(sentence: str, title: str) -> None:
    assert find_named_texts(sentence, "fr") == [(title, EntityKind.OTHER)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorblat respecte la directive européenne.",  # an adjective alone names no text
        "Zorblat invoque la loi de 2017.",  # nor a year alone
        "Zorblat a défendu la loi de la sénatrice de l'Essonne.",  # nor its author
        "Il faut permettre à la loi d'éclairer le choix du gouvernement.",
        "Le règlement des différends relatifs aux investissements a échoué.",
        "Zorblat critique la loi et soulignent les juges.",
        "Zorblat défend la loi Macron de 2015.",  # a name: the names read it
    ],
)
def test_a_head_without_a_title_names_no_text(sentence: str) -> None:
    assert find_named_texts(sentence, "fr") == []


@pytest.mark.usefixtures("rules_only")
def test_a_named_law_and_a_ruling_are_parties() -> None:
    text = (
        "L'Autorité de la concurrence s'appuie sur l'arrêt Pierre Fabre. Zorblat critique la "
        "directive européenne sur le devoir de vigilance. Quux répond."
    )
    entities, _ = entities_and_relations(text, "fr")
    kinds = {name: entity.kind for name, entity in entities.items()}
    assert kinds["arrêt Pierre Fabre"] is EntityKind.EVENT
    assert kinds["directive européenne sur le devoir de vigilance"] is EntityKind.OTHER
    assert "Pierre Fabre" not in kinds
