import pytest

from tui.ingest import ingest_text
from tui.model import Dataset, Modality, RelationType


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
