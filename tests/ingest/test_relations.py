import pytest

from tui.ingest import ingest_text
from tui.model import Dataset, EntityKind, Modality, RelationType


def _relations(dataset: Dataset) -> set[tuple[str, str, RelationType]]:
    names = {e.id: e.name for e in dataset.entities}
    return {(names[r.source], names[r.target], r.type) for r in dataset.relations}


@pytest.mark.usefixtures("rules_only")
def test_direction_follows_word_order_and_voice() -> None:
    text = "Zorblat sued Quux over a patent. Quux was fined by Blarg Authority."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.LAWSUIT) in found
    assert ("Blarg Authority", "Quux", RelationType.SANCTION) in found


@pytest.mark.usefixtures("rules_only")
def test_no_relation_from_cooccurrence_or_negated_cue() -> None:
    text = "Zorblat and Quux were both at the fair. Zorblat did not sue Quux."
    assert ingest_text(text, language="en").relations == ()


@pytest.mark.usefixtures("rules_only")
def test_between_and_reporting_cues() -> None:
    text = "Selon la presse, un accord de partenariat entre Zorblat et Quux serait proche."
    dataset = ingest_text(text, language="fr")
    (relation,) = dataset.relations
    assert relation.type is RelationType.PARTNERSHIP
    assert relation.modality is Modality.REPORTED
    quote = next(q for q in dataset.quotes if q.id == relation.evidence[0])
    assert dataset.article.text[quote.start : quote.end] == text


@pytest.mark.usefixtures("rules_only")
def test_role_links_a_person_to_the_company() -> None:
    dataset = ingest_text("Zorblat CEO Ada Lovelace spoke.", language="en")
    assert ("Ada Lovelace", "Zorblat", RelationType.ROLE) in _relations(dataset)


@pytest.mark.usefixtures("rules_only")
def test_cited_source_and_location_are_not_parties() -> None:
    text = "Selon Les Echos, Zorblat a signé un accord avec Quux. Zorblat investit à Paris."
    found = _relations(ingest_text(text, language="fr"))
    assert {frozenset((s, t)) for s, t, _ in found} == {frozenset(("Zorblat", "Quux"))}


@pytest.mark.usefixtures("rules_only")
def test_possessed_party_and_apposition_subject() -> None:
    text = (
        "Zorblat has been a supporter of Quux’s Blarg Engine. "
        "Ada Lovelace, the boss of Zorblat, criticized Quux."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Blarg Engine", RelationType.ENDORSEMENT) in found
    assert ("Ada Lovelace", "Quux", RelationType.CRITICISM) in found


@pytest.mark.usefixtures("rules_only")
def test_regulators_probing_parties_named_before_them() -> None:
    text = (
        "Zorblat et Quux ont reculé – sous la pression de la FTC et de la CMA qui avaient "
        "lancé des enquêtes."
    )
    found = _relations(ingest_text(text, language="fr"))
    for regulator in ("FTC", "CMA"):
        for party in ("Zorblat", "Quux"):
            assert (regulator, party, RelationType.INVESTIGATION) in found


@pytest.mark.usefixtures("rules_only")
def test_names_state_roles() -> None:
    text = "Zorblat sells Zorblat Cloud. Zorblat Cloud grew. La firme de Satya Nadella, Microsoft."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Zorblat Cloud", RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_passive_agent_owned_by_a_person_and_a_rival_named_after_its_cue() -> None:
    text = (
        "Quux, which is backed by Ada Lovelace's Blarg Capital, grew. "
        "Zorblat's sales fell, while rival Quux doubled its sales."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Blarg Capital", "Quux", RelationType.ENDORSEMENT) in found
    assert {frozenset((s, t)) for s, t, r in found if r is RelationType.COMPETITION} == {
        frozenset(("Zorblat", "Quux"))
    }


@pytest.mark.usefixtures("rules_only")
def test_headline_passive_and_the_company_as_subject() -> None:
    text = (
        "Zorblat fined $5 million by Quux Authority\n\n"
        "Ada Lovelace, présidente de Blarg, regrette ce choix mais l'entreprise a signé "
        "un contrat avec Zorblat."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Quux Authority", "Zorblat", RelationType.SANCTION) in found
    fr = _relations(ingest_text(text.split("\n\n")[1], language="fr"))
    assert ("Blarg", "Zorblat", RelationType.COMMERCIAL_DEAL) in fr


@pytest.mark.usefixtures("rules_only")
def test_owner_of_an_investor_and_investigate_is_not_invest() -> None:
    text = "Zorblat, Quux's largest investor, investigates whether Blarg copied it."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.INVESTMENT) in found
    assert ("Zorblat", "Blarg", RelationType.INVESTIGATION) in found
    assert all(r is not RelationType.INVESTMENT for s, t, r in found if t == "Blarg")


@pytest.mark.usefixtures("rules_only")
def test_the_regulator_is_the_articles_only_regulator() -> None:
    text = (
        "La Commission de régulation de l'énergie (CRE) propose une hausse. "
        "Zorblat a défendu la proposition du régulateur."
    )
    dataset = ingest_text(text, language="fr")
    cre = next(e for e in dataset.entities if e.name == "Commission de régulation de l'énergie")
    assert cre.kind is EntityKind.REGULATOR
    assert {"CRE", "régulateur"} <= {a.split()[-1] for a in cre.aliases}
    assert ("Zorblat", cre.name, RelationType.ENDORSEMENT) in _relations(dataset)


@pytest.mark.usefixtures("rules_only")
def test_coordinated_partners_and_the_department() -> None:
    text = (
        "Zorblat et Quux s'allient face à Blarg. "
        "The Trade Department awarded grants to Zorblat. Quux is negotiating with the department."
    )
    fr = _relations(ingest_text(text.split(". The")[0] + ".", language="fr"))
    assert {frozenset((s, t)) for s, t, r in fr if r is RelationType.PARTNERSHIP} == {
        frozenset(("Zorblat", "Quux"))
    }
    en = _relations(ingest_text(text, language="en"))
    assert ("Trade Department", "Zorblat", RelationType.INVESTMENT) in en
    assert {frozenset((s, t)) for s, t, r in en if r is RelationType.NEGOTIATION} == {
        frozenset(("Quux", "Trade Department"))
    }


def test_parse_turns_a_pair_round_and_confirms_it() -> None:
    from tui.ingest.mentions import Found
    from tui.ingest.relations import _oriented

    inside = [Found(0, 0, 5, 0, 0), Found(1, 20, 26, 4, 4)]
    assert _oriented([(0, 1, 0.6)], (20, 0), inside) == [(1, 0, 0.6)]
    assert _oriented([(0, 1, 0.6)], (0, 20), inside) == [(0, 1, 0.7)]
    assert _oriented([(0, 1, 0.6)], (7, 9), inside) == [(0, 1, 0.6)]
