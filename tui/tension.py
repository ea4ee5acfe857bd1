"""The relation vocabulary and the tension scores derived from it.

Every relation type carries a weight on the Goldstein conflict-cooperation scale (-10 hostile
... +10 cooperative), anchored on the nearest CAMEO event code (Goldstein 1992, as published by
GDELT) or on PLOVER where CAMEO is too coarse. Where a weight departs from its anchor, the
reason is recorded next to it in ``VOCABULARY`` and printed by ``frenemy types``.

The scores are deliberately simple so that every number can be explained quote by quote:

- a relation contributes ``e = w * c * m * r``: type weight, confidence, modality factor and
  recency factor (1 unless a half-life is given and both dates are known);
- a dyad {A, B} pools its relations regardless of direction: conflict mass ``C`` (sum of the
  negative contributions, as a positive number), cooperation mass ``P`` (sum of the positive
  ones) and tension ``T = 100 * (C + k/2) / (C + P + k)`` with ``k = 5``: the smoothed share of
  the evidence that is conflictual, 50 when there is none, towards 0 for pure cooperation and
  towards 100 for pure conflict. The smoothing keeps one weak relation from reading as
  certainty;
- ``volume = C + P`` says how much evidence there is, ``ambivalence = min(C, P) / max(C, P)``
  tells a quiet relationship (low volume) from "still partners, no longer allies" (high volume,
  high ambivalence);
- an entity pools ``C`` and ``P`` over its dyads; the article pools them over every dyad, each
  weighted by how central its two entities are (see ``score_dataset``).

Repeated evidence: one event told twice is one relation with two evidence quotes, never two
relations. Its ``confidence`` field already reflects all its evidence (the curator, or the
extractor through ``combine_confidence``), so the score uses it as is and more quotes never
raise the weight.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tui.model import Dataset, Modality, Relation, RelationType

VOCABULARY_VERSION = "1.1"
"""Changes whenever a weight, a modality factor, the formula or the bands change."""

SMOOTHING = 5.0
"""``k`` in the tension formula: the evidence mass that moves T halfway from 50."""

CONFIDENCE_CAP = 0.99
"""Combined confidence never reaches certainty: more quotes of one claim are not proof."""


@dataclass(frozen=True)
class TypeInfo:
    """One row of the vocabulary: what a relation type means and how much it weighs."""

    name: str
    label: str
    directed: bool
    weight: float
    anchor: str
    anchor_value: float | None
    description: str
    cues: tuple[str, ...]
    note: str

    @property
    def code(self) -> str:
        """The anchor without its gloss, e.g. "CAMEO 057", for narrow columns."""
        return self.anchor.split(":", 1)[0]


def _row(
    kind: RelationType,
    label: str,
    weight: float,
    anchor: str,
    anchor_value: float | None,
    description: str,
    cues: tuple[str, ...],
    note: str = "",
    *,
    directed: bool = True,
) -> tuple[RelationType, TypeInfo]:
    return kind, TypeInfo(
        kind.value, label, directed, weight, anchor, anchor_value, description, cues, note
    )


VOCABULARY: dict[RelationType, TypeInfo] = dict(
    [
        _row(
            RelationType.PARTNERSHIP,
            "partnership",
            8.0,
            "CAMEO 057: sign formal agreement",
            8.0,
            "A and B are bound by a formal, lasting alliance or partnership agreement.",
            ("partenaire privilégié", "alliance stratégique", "strategic partnership", "allies"),
            directed=False,
        ),
        _row(
            RelationType.NEGOTIATION,
            "negotiation",
            7.0,
            "CAMEO 046: engage in negotiation",
            7.0,
            "A and B are negotiating terms: a deal, a contract, a settlement.",
            ("en pourparlers", "renégocient leur accord", "in talks", "renegotiating the deal"),
            directed=False,
        ),
        _row(
            RelationType.TECH_SHARING,
            "technology sharing",
            7.0,
            "CAMEO 064: share intelligence or information",
            7.0,
            "A gives B access to its technology: licensing, model access, shared research.",
            ("accès exclusif aux modèles", "licence", "licenses its models", "model access"),
        ),
        _row(
            RelationType.INVESTMENT,
            "investment",
            6.4,
            "CAMEO 061: cooperate economically",
            6.4,
            "A invests in B or takes a stake in it.",
            ("a investi 14 milliards", "prise de participation", "invested", "takes a stake"),
        ),
        _row(
            RelationType.COMMERCIAL_DEAL,
            "commercial deal",
            6.4,
            "CAMEO 061: cooperate economically",
            6.4,
            "A buys from, sells to or contracts with B: customer, supplier, compute capacity.",
            ("signe un accord de 11,9 milliards", "principal client", "signs a deal", "supplier"),
        ),
        _row(
            RelationType.INTENT_TO_COOPERATE,
            "intent to cooperate",
            5.2,
            "CAMEO 0311: express intent to cooperate economically",
            5.2,
            "A announces that it will, or wants to, work with B.",
            ("envisage de s'associer", "projette de construire avec", "plans to team up"),
        ),
        _row(
            RelationType.CONCESSION,
            "concession",
            5.0,
            "CAMEO 08: yield",
            5.0,
            "A gives ground to B: waives an exclusivity, settles, eases a constraint.",
            ("accepte de libérer d'un contrat", "renonce à l'exclusivité", "waives exclusivity"),
        ),
        _row(
            RelationType.ENDORSEMENT,
            "endorsement",
            3.4,
            "CAMEO 051: praise or endorse",
            3.4,
            "A publicly praises, supports or defends B.",
            ("salue", "soutient publiquement", "praises", "backs publicly"),
        ),
        _row(
            RelationType.CONSULTATION,
            "consultation",
            1.0,
            "CAMEO 04: consult",
            1.0,
            "A and B meet or consult without a commitment.",
            ("se sont rencontrés", "échangent régulièrement", "met with", "consulted"),
            directed=False,
        ),
        _row(
            RelationType.APPEAL,
            "appeal",
            0.0,
            "CAMEO 02: appeal",
            3.0,
            "A urges, calls on or asks B to act.",
            ("appelle à", "exhorte", "urges", "calls on"),
            "Scored 0, as PLOVER scores a REQUEST, rather than Goldstein's +3.0: in business "
            'news an appeal is pressure as often as goodwill ("urges the regulator to block '
            'the deal"). A demand stays a criticism.',
        ),
        _row(
            RelationType.ROLE,
            "role",
            0.0,
            "none: structural",
            None,
            "A works for, leads, founded or owns B: context, not an act of cooperation.",
            ("dirigée par", "fondateur de", "CEO of", "led by", "owns"),
            "Structural ties are shown in the dyad but not scored: a CEO does not "
            "cooperate with the firm they run.",
        ),
        _row(
            RelationType.EVALUATES_ALTERNATIVE,
            "evaluates alternative",
            0.0,
            "CAMEO 014: consider policy option",
            0.0,
            "A tests or considers B's products as an alternative to a partner's.",
            ("teste des modèles développés par", "explore des alternatives", "is testing"),
            "Scored 0 on the A-B dyad: testing B is neutral towards B. The friction it "
            "causes with the incumbent partner is a dependency_reduction on that dyad.",
        ),
        _row(
            RelationType.COMPETITION,
            "competition",
            -2.0,
            "none: set at the CAMEO 11x level",
            None,
            "A and B compete for the same market, customers or talent.",
            ("concurrent", "rivalise avec", "marche sur les platebandes", "competes with"),
            "CAMEO has no code for market rivalry; it is friction, not hostility, so it "
            "sits at the level of verbal conflict (111 criticize, -2.0).",
            directed=False,
        ),
        _row(
            RelationType.CRITICISM,
            "criticism",
            -2.0,
            "CAMEO 111: criticize or denounce",
            -2.0,
            "A criticizes, blames or disapproves of B.",
            ("reproche à", "critique", "n'a guère apprécié", "criticizes", "blames"),
        ),
        _row(
            RelationType.INVESTIGATION,
            "investigation",
            -2.0,
            "CAMEO 09x: investigate",
            -2.0,
            "A (a regulator, a court, the press) investigates B.",
            ("enquête", "ouvre une enquête sur", "investigates", "probe into"),
            "Kept at Goldstein's -2.0 rather than PLOVER's -3.5: an investigation is "
            "opened, not yet a finding.",
        ),
        _row(
            RelationType.ACCUSATION,
            "accusation",
            -3.5,
            "CAMEO 112: accuse",
            -2.0,
            "A accuses B of a wrong: records the accusation, not its truth.",
            ("accuse", "les accusations de", "accuses", "alleges"),
            "PLOVER ACCUSE:allege (-3.5) instead of Goldstein's -2.0: CAMEO weighs an "
            "accusation like a mere criticism, which flattens the scale.",
        ),
        _row(
            RelationType.LAWSUIT,
            "lawsuit",
            -3.5,
            "CAMEO 115: bring lawsuit against",
            -2.0,
            "A sues B, or blocks B through the courts.",
            ("poursuit en justice", "porte plainte contre", "sues", "files suit against"),
            "PLOVER ACCUSE:allege (-3.5) instead of Goldstein's -2.0: going to court is "
            "costlier and more hostile than a statement.",
        ),
        _row(
            RelationType.TALENT_POACHING,
            "talent poaching",
            -3.0,
            "none",
            None,
            "A hires B's key people away, or tries to.",
            ("débauche", "a failli rejoindre avec l'équipe", "poaches", "hires away"),
            "No CAMEO code; set between accusation (-3.5) and criticism (-2.0): an act, "
            "not words, but within ordinary business practice.",
        ),
        _row(
            RelationType.DEPENDENCY_REDUCTION,
            "dependency reduction",
            -4.0,
            "CAMEO 160: reduce relations",
            -4.0,
            "A diversifies away from B: builds its own, buys elsewhere, takes distance.",
            ("se distance de", "va chercher du GPU hors Azure", "plus autonome", "diversifies"),
        ),
        _row(
            RelationType.REFUSAL,
            "refusal",
            -4.0,
            "CAMEO 121: reject material cooperation",
            -4.0,
            "A refuses what B asks: to share, to supply, to comply.",
            ("refuse de partager", "rejette", "refuses to share", "rejects"),
        ),
        _row(
            RelationType.THREAT,
            "threat",
            -5.8,
            "CAMEO 1313: threaten to reduce or break relations",
            -5.8,
            "A threatens B: to leave, to sue, to cut supply.",
            ("menace de", "pourrait rompre", "threatens to", "warns it will"),
        ),
        _row(
            RelationType.SANCTION,
            "sanction",
            -5.0,
            "CAMEO 172: impose administrative sanctions",
            -5.0,
            "A (usually a regulator) fines, blocks or bans B.",
            ("inflige une amende", "bloque le rachat", "fines", "blocks the merger"),
        ),
        _row(
            RelationType.TERMINATION,
            "termination",
            -7.0,
            "CAMEO 166: expel or withdraw",
            -7.0,
            "A ends its partnership or contract with B.",
            ("met fin au partenariat", "rompt", "ends the partnership", "terminates"),
        ),
    ]
)

MODALITY_FACTOR: dict[Modality, float] = {
    Modality.ASSERTED: 1.0,
    Modality.REPORTED: 0.7,
    Modality.PLANNED: 0.6,
    Modality.HYPOTHETICAL: 0.4,
}
"""How much a relation counts given how the article presents it: a rumour is not a fact."""

BANDS: tuple[tuple[float, str], ...] = (
    (20.0, "allied"),
    (40.0, "cooperative"),
    (60.0, "mixed"),
    (80.0, "strained"),
    (100.0, "hostile"),
)
"""Named ranges of T: each band covers [previous bound, its bound); the last includes 100.

The middle band is centred on 50 (no evidence) and 20 points wide. One asserted partnership
alone gives T = 19 (allied); one asserted criticism alone T = 64 (strained); two strong
conflicts with nothing on the other side pass 80 (hostile).
"""


def band(tension: float) -> str:
    """The name of the band that ``tension`` falls in."""
    for bound, name in BANDS:
        if tension < bound:
            return name
    return BANDS[-1][1]


def tension_of(conflict: float, cooperation: float) -> float:
    """T = 100 (C + k/2) / (C + P + k): the smoothed conflictual share of the evidence."""
    return 100.0 * (conflict + SMOOTHING / 2) / (conflict + cooperation + SMOOTHING)


def ambivalence_of(conflict: float, cooperation: float) -> float:
    """min / max of the two masses: 0 when one-sided or empty, 1 when perfectly balanced."""
    high = max(conflict, cooperation)
    return min(conflict, cooperation) / high if high > 0 else 0.0


def combine_confidence(values: Iterable[float]) -> float:
    """Confidence in a claim backed by independent pieces of evidence: 1 - prod(1 - c_i).

    Capped at ``CONFIDENCE_CAP`` so that no number of quotes makes a claim certain. This is how
    repeated evidence raises a relation's confidence, never its weight.
    """
    doubt = 1.0
    for value in values:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"confidence must lie in [0, 1], got {value!r}")
        doubt *= 1.0 - value
    return min(1.0 - doubt, CONFIDENCE_CAP)


def date_midpoint(value: str) -> dt.date:
    """A partial ISO date as one day: the middle of the period it names.

    "2024" is 2 July 2024, "2024-01" is 15 January 2024, a full date is itself. The middle
    keeps the error on the age of a relation below half the period either way, where the
    first day would make every year-precision relation look up to a year older.
    """
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 7, 2)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 15)
    return dt.date(parts[0], parts[1], parts[2])


def recency_factor(
    relation_date: str | None, published: str | None, half_life_days: float | None
) -> float:
    """2^(-age / half-life), age in days from the relation to the article's publication.

    1 (no decay) without a half-life or without either date. A relation dated after
    publication (a plan) has age 0: it is as current as the article.
    """
    if half_life_days is None or relation_date is None or published is None:
        return 1.0
    if half_life_days <= 0:
        raise ValueError(f"half-life must be positive, got {half_life_days!r} days")
    age = (date_midpoint(published) - date_midpoint(relation_date)).days
    return 2.0 ** (-max(age, 0) / half_life_days)


@dataclass(frozen=True)
class Contribution:
    """What one relation adds to its dyad, with every factor kept for the explanation."""

    relation: Relation
    weight: float
    confidence: float
    modality: float
    recency: float
    value: float


def contribution(
    relation: Relation, *, published: str | None = None, half_life_days: float | None = None
) -> Contribution:
    """e = w * c * m * r for one relation."""
    weight = VOCABULARY[relation.type].weight
    modality = MODALITY_FACTOR[relation.modality]
    recency = recency_factor(relation.date, published, half_life_days)
    value = weight * relation.confidence * modality * recency
    return Contribution(relation, weight, relation.confidence, modality, recency, value)


def _masses(values: Iterable[float]) -> tuple[float, float]:
    """(conflict, cooperation) masses of some contribution values."""
    values = list(values)
    return math.fsum(-v for v in values if v < 0), math.fsum(v for v in values if v > 0)


def _ordered(contributions: Iterable[Contribution]) -> tuple[Contribution, ...]:
    """By |value| descending; ties by relation id so that input order never matters."""
    return tuple(sorted(contributions, key=lambda c: (-abs(c.value), c.relation.id)))


@dataclass(frozen=True)
class DyadScore:
    """The tension between two entities, ``a < b``, and the relations behind it."""

    a: str
    b: str
    tension: float
    band: str
    cooperation: float
    conflict: float
    volume: float
    ambivalence: float
    contributions: tuple[Contribution, ...]

    def without(self, relation_id: str) -> float:
        """The tension this dyad would have without one of its relations (constant time: a
        breakdown asks it for every relation of a dyad that may hold hundreds)."""
        value = next((c.value for c in self.contributions if c.relation.id == relation_id), 0.0)
        if value >= 0:
            return tension_of(self.conflict, max(self.cooperation - value, 0.0))
        return tension_of(max(self.conflict + value, 0.0), self.cooperation)

    def subtotal(self, source: str, target: str) -> float:
        """Sum of the values of the directed relations from ``source`` to ``target``.

        Symmetric relations (partnership, negotiation, consultation, competition) belong to
        neither direction; ``mutual`` sums them. The two subtotals and ``mutual`` add up to
        P - C.
        """
        return math.fsum(
            c.value
            for c in self.contributions
            if VOCABULARY[c.relation.type].directed
            and c.relation.source == source
            and c.relation.target == target
        )

    def mutual(self) -> float:
        """Sum of the values of the symmetric relations, whose direction means nothing."""
        return math.fsum(
            c.value for c in self.contributions if not VOCABULARY[c.relation.type].directed
        )

    def drivers(self, count: int = 3) -> tuple[Contribution, ...]:
        """The relations that move T the most (largest |value| first), scored ones only."""
        return tuple(c for c in self.contributions if c.value != 0)[:count]


def dyad_score(a: str, b: str, contributions: Iterable[Contribution]) -> DyadScore:
    """Score one dyad from the contributions of its relations (in any order, any direction)."""
    a, b = sorted((a, b))
    ordered = _ordered(contributions)
    conflict, cooperation = _masses(c.value for c in ordered)
    tension = tension_of(conflict, cooperation)
    return DyadScore(
        a,
        b,
        tension,
        band(tension),
        cooperation,
        conflict,
        conflict + cooperation,
        ambivalence_of(conflict, cooperation),
        ordered,
    )


@dataclass(frozen=True)
class EntityScore:
    """One entity's tension with everyone it has relations with, pooled over its dyads."""

    id: str
    tension: float
    band: str
    cooperation: float
    conflict: float
    volume: float
    ambivalence: float
    salience: float
    dyads: tuple[DyadScore, ...]


@dataclass(frozen=True)
class ArticleScore:
    """The article's overall tension: its dyads pooled, weighted by the salience of both ends."""

    tension: float
    band: str
    cooperation: float
    conflict: float
    volume: float
    ambivalence: float


@dataclass(frozen=True)
class Scores:
    """Every score of one dataset, computed at once so that views never disagree.

    ``dyads`` come with the most conflict first (then the highest tension): "the tensest
    dyads" of an article. T alone says which way a dyad's evidence leans, and a single
    one-line remark leans all the way; a relationship with five frictions and a partnership
    ("still partners, no longer allies") holds far more conflict and is what a reader calls
    tense, so the conflict mass orders the list and T is read beside it.
    """

    article: ArticleScore
    dyads: tuple[DyadScore, ...]
    entities: dict[str, EntityScore]
    half_life_days: float | None = None
    _index: dict[tuple[str, str], DyadScore] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {(d.a, d.b): d for d in self.dyads})

    def dyad(self, a: str, b: str) -> DyadScore | None:
        """The dyad of two entity ids in either order, or None when they share no relation."""
        return self._index.get((a, b) if a < b else (b, a))


def _pooled(
    dyads: Sequence[DyadScore], weights: Sequence[float]
) -> tuple[float, float, float, str, float, float]:
    conflict = math.fsum(w * d.conflict for d, w in zip(dyads, weights, strict=True))
    cooperation = math.fsum(w * d.cooperation for d, w in zip(dyads, weights, strict=True))
    tension = tension_of(conflict, cooperation)
    return (
        conflict,
        cooperation,
        tension,
        band(tension),
        conflict + cooperation,
        ambivalence_of(conflict, cooperation),
    )


def dyad_weights(dyads: Sequence[DyadScore], salience: dict[str, float]) -> list[float]:
    """Weight of each dyad in the article score: sqrt(s_a * s_b) / the largest such value.

    The geometric mean of the two saliences makes a dyad central only when both ends are.
    Dividing by the largest weight among dyads with evidence keeps the masses on the scale of
    a single dyad's evidence: the most central dyad counts in full and the others in proportion,
    so the pooled volume stays comparable with dyad volumes and the smoothing ``k`` means the
    same thing at both levels (raw weights are tiny, which would pull every article to 50).
    With uniform salience every weight is 1 and the article simply sums its dyads. When no
    dyad with evidence has a salient pair (entities never mentioned) every weight is 1.
    """
    raw = [math.sqrt(salience.get(d.a, 0.0) * salience.get(d.b, 0.0)) for d in dyads]
    top = max((w for w, d in zip(raw, dyads, strict=True) if d.volume > 0), default=0.0)
    if top <= 0:
        return [1.0] * len(dyads)
    return [w / top for w in raw]


def tensest_first(dyads: Iterable[DyadScore]) -> list[DyadScore]:
    """The order in which dyads are listed everywhere: the most conflict first, then the
    highest tension; dyads with no scored evidence last (see ``Scores``)."""
    return sorted(dyads, key=lambda d: (d.volume == 0, -d.conflict, -d.tension, d.a, d.b))


DEFAULT_HALF_LIFE_DAYS = 365.0
"""A dated relation a year older than the article counts half: the article's own news weighs
more than the background it recalls ("fin 2023, momentanément viré d'OpenAI")."""


def score_dataset(
    dataset: Dataset, *, half_life_days: float | None = DEFAULT_HALF_LIFE_DAYS
) -> Scores:
    """Score every dyad, entity and the article of a dataset.

    ``half_life_days`` sets the recency factor for relations dated in an article with a
    publication date (undated relations never decay); None turns it off. Relations between an
    entity and itself have no dyad and are ignored.
    """
    from tui.salience import salience as salience_of

    if half_life_days is not None and half_life_days <= 0:
        raise ValueError(f"half-life must be positive, got {half_life_days!r} days")
    published = dataset.article.published
    grouped: defaultdict[tuple[str, str], list[Contribution]] = defaultdict(list)
    for relation in dataset.relations:
        if relation.source == relation.target:
            continue
        key = (min(relation.source, relation.target), max(relation.source, relation.target))
        grouped[key].append(
            contribution(relation, published=published, half_life_days=half_life_days)
        )
    dyads = tensest_first(
        dyad_score(a, b, contributions) for (a, b), contributions in grouped.items()
    )

    salience = salience_of(dataset)
    conflict, cooperation, tension, name, volume, ambivalence = _pooled(
        dyads, dyad_weights(dyads, salience)
    )
    article = ArticleScore(tension, name, cooperation, conflict, volume, ambivalence)

    by_entity: defaultdict[str, list[DyadScore]] = defaultdict(list)
    for dyad in dyads:
        by_entity[dyad.a].append(dyad)
        by_entity[dyad.b].append(dyad)
    entities: dict[str, EntityScore] = {}
    for entity in dataset.entities:
        own = by_entity.get(entity.id, [])
        e_conflict, e_cooperation, e_tension, e_band, e_volume, e_ambivalence = _pooled(
            own, [1.0] * len(own)
        )
        entities[entity.id] = EntityScore(
            entity.id,
            e_tension,
            e_band,
            e_cooperation,
            e_conflict,
            e_volume,
            e_ambivalence,
            salience.get(entity.id, 0.0),
            tuple(own),
        )
    return Scores(article, tuple(dyads), entities, half_life_days)
