from __future__ import annotations

import pytest
from pydantic import ValidationError

from tui.dataset import dumps, parse
from tui.model import Dataset, Entity, Mention, Provenance, Relation


def test_dataset_round_trips_through_json(small: dict) -> None:
    dataset = Dataset.model_validate(small)
    again = parse(dumps(dataset))
    assert again == dataset
    assert dumps(again) == dumps(dataset)


def test_models_are_immutable(small: dict) -> None:
    dataset = Dataset.model_validate(small)
    with pytest.raises(ValidationError):
        dataset.entities[0].name = "Other"  # type: ignore[misc]


def test_entity_names_lists_the_name_first() -> None:
    entity = Entity(id="ms", name="Microsoft", kind="org", aliases=("le géant de Redmond",))
    assert entity.names == ("Microsoft", "le géant de Redmond")


def test_span_must_not_be_empty() -> None:
    with pytest.raises(ValidationError, match="empty or reversed span"):
        Mention(entity="ms", start=5, end=5)


def test_extracted_provenance_names_its_extractor() -> None:
    with pytest.raises(ValidationError, match="names its extractor and version"):
        Provenance(method="extracted")
    assert Provenance(method="extracted", extractor="rules", version="1").version == "1"


@pytest.mark.parametrize("date", ["2025", "2025-03", "2025-03-14"])
def test_partial_dates_are_accepted(date: str) -> None:
    relation = Relation(
        id="r", source="a", target="b", type="lawsuit", confidence=1, evidence=("q",), date=date
    )
    assert relation.date == date


@pytest.mark.parametrize("date", ["2025-13", "2025-02-30", "March 2025", "25-03"])
def test_impossible_or_malformed_dates_are_rejected(date: str) -> None:
    with pytest.raises(ValidationError):
        Relation(
            id="r", source="a", target="b", type="lawsuit", confidence=1, evidence=("q",), date=date
        )
