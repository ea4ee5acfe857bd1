"""The dataset: one article, its entities, where they are mentioned, its quotes and relations.

Every model is immutable: the app and the scores derive views from a dataset, they never
edit it in place. Offsets are Python ``str`` indices into ``Article.text``. The checks that
need the whole dataset (references, spans, surface forms) live in ``tui.dataset``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from enum import StrEnum
from typing import Annotated, Literal

# frenemy uses no pydantic plugins; looking for them reads the metadata of every installed
# package when the first model is defined, a noticeable part of start-up (bench/README.md)
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1

_ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_partial_date(value: str) -> str:
    """Accept ISO 8601 dates of year, month or day precision: articles often give no day."""
    match = _PARTIAL_DATE.match(value)
    if match is None:
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a real date: {exc}") from None
    return value


Id = Annotated[str, Field(pattern=_ID_PATTERN, min_length=1, max_length=200)]
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
Offset = Annotated[int, Field(ge=0, strict=True)]


class EntityKind(StrEnum):
    ORG = "org"
    PERSON = "person"
    PRODUCT = "product"
    REGULATOR = "regulator"
    PLACE = "place"
    EVENT = "event"
    MONEY = "money"
    OTHER = "other"


class Modality(StrEnum):
    """How the article presents a relation: as fact, as someone's report, as a plan, as a guess."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"


class RelationType(StrEnum):
    """The closed relation vocabulary; weights and anchors live in ``tui.tension``."""

    PARTNERSHIP = "partnership"
    NEGOTIATION = "negotiation"
    TECH_SHARING = "tech_sharing"
    INVESTMENT = "investment"
    COMMERCIAL_DEAL = "commercial_deal"
    INTENT_TO_COOPERATE = "intent_to_cooperate"
    CONCESSION = "concession"
    ENDORSEMENT = "endorsement"
    CONSULTATION = "consultation"
    APPEAL = "appeal"
    ROLE = "role"
    EVALUATES_ALTERNATIVE = "evaluates_alternative"
    COMPETITION = "competition"
    CRITICISM = "criticism"
    INVESTIGATION = "investigation"
    ACCUSATION = "accusation"
    LAWSUIT = "lawsuit"
    TALENT_POACHING = "talent_poaching"
    DEPENDENCY_REDUCTION = "dependency_reduction"
    REFUSAL = "refusal"
    THREAT = "threat"
    SANCTION = "sanction"
    TERMINATION = "termination"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    id: Id
    title: str
    outlet: str | None = None
    url: str | None = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
    published: PartialDate | None = None
    text: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Entity(_Frozen):
    id: Id
    name: Annotated[str, Field(min_length=1)]
    kind: EntityKind
    aliases: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then every alias."""
        return (self.name, *self.aliases)


class _Span(_Frozen):
    start: Offset
    end: Offset

    @model_validator(mode="after")
    def _ordered(self) -> _Span:
        if self.end <= self.start:
            raise ValueError(f"empty or reversed span: end {self.end} <= start {self.start}")
        return self


class Mention(_Span):
    entity: Id


class Quote(_Span):
    id: Id


class Provenance(_Frozen):
    """Who asserted the relation: a curator, or an extractor of a given version."""

    method: Literal["curated", "extracted"]
    extractor: str | None = None
    version: str | None = None

    @model_validator(mode="after")
    def _extractor_named(self) -> Provenance:
        if self.method == "extracted" and not (self.extractor and self.version):
            raise ValueError("an extracted relation names its extractor and version")
        return self


class Relation(_Frozen):
    id: Id
    source: Id
    target: Id
    type: RelationType
    modality: Modality = Modality.ASSERTED
    confidence: Annotated[float, Field(ge=0.0, le=1.0, strict=True)]
    evidence: Annotated[tuple[Id, ...], Field(min_length=1)]
    date: PartialDate | None = None
    comment: str | None = None
    provenance: Provenance = Provenance(method="curated")


class Dataset(_Frozen):
    """One article and everything derived from reading it; the unit that is loaded and saved."""

    schema_version: Literal[1] = SCHEMA_VERSION
    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = ()
