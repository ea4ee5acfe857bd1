"""What ``frenemy score`` and ``frenemy types`` print: rich tables and a stable JSON shape.

Article text, names and comments come from the dataset and are untrusted: they only ever
reach the terminal inside ``rich.text.Text`` objects (never parsed as markup) and after
``literal`` has made control characters visible, so a quote cannot restyle or take over the
terminal.

The JSON of ``frenemy score --json`` (numbers are unrounded floats)::

    {"vocabulary_version": str, "half_life_days": float | null,
     "article": {"id", "title", "tension", "label", "cooperation", "conflict", "volume",
                 "ambivalence"},
     "dyads": [{"a", "b", "a_name", "b_name", "tension", "label", "cooperation", "conflict",
                "volume", "ambivalence",
                "relations": [{"id", "type", "source", "target", "weight", "confidence",
                               "modality", "modality_factor", "recency", "contribution",
                               "without", "quotes": [{"id", "start", "end", "text"}]}]}],
     "entities": [{"id", "name", "kind", "salience", "tension", "label"}]}

``label`` is the band of ``tension``; ``a`` < ``b`` are entity ids; dyads come by tension,
highest first (or by ``--sort``), relations by |contribution|, entities by salience.
``without`` is the dyad's tension without that relation.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tui.model import Dataset, Entity, Quote
from tui.tension import (
    MODALITY_FACTOR,
    SMOOTHING,
    VOCABULARY,
    VOCABULARY_VERSION,
    Contribution,
    DyadScore,
    Scores,
    band,
    tension_of,
)
from tui.text import paragraph_of, paragraph_starts, surface_key

BAND_STYLE = {
    "allied": "bold green",
    "cooperative": "green",
    "mixed": "yellow",
    "strained": "dark_orange",
    "hostile": "bold red",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def literal(text: str) -> str:
    """Text with control characters (escape sequences, bidi overrides) made visible."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _band_text(tension: float) -> Text:
    name = band(tension)
    return Text(name, style=BAND_STYLE[name])


def _signed(value: float) -> str:
    return f"{value:+.2f}"


# -- finding entities by what the user types --------------------------------------------------


def find_entity(dataset: Dataset, ref: str) -> Entity:
    """The entity whose id, name or alias is ``ref`` (case, spacing, apostrophes ignored).

    Raises ``LookupError`` with a one-line message naming close matches when there is none,
    or the candidates when several entities share the name.
    """
    key = surface_key(ref)
    found = [
        entity
        for entity in dataset.entities
        if key == surface_key(entity.id) or key in {surface_key(n) for n in entity.names}
    ]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{e.name} ({e.id})" for e in found)
        raise LookupError(f"{ref!r} names several entities: {names}; use an id")
    keys: dict[str, Entity] = {}
    for entity in dataset.entities:
        for name in (entity.id, *entity.names):
            keys.setdefault(surface_key(name), entity)
    close: list[Entity] = []
    for match in difflib.get_close_matches(key, list(keys), n=8, cutoff=0.6):
        if keys[match] not in close:
            close.append(keys[match])
    hint = (
        "close matches: " + ", ".join(f"{e.name} ({e.id})" for e in close[:5])
        if close
        else "no close match"
    )
    raise LookupError(literal(f"no entity named {ref!r} in this article; {hint}"))


# -- ordering ---------------------------------------------------------------------------------

SORT_KEYS = ("tension", "conflict", "cooperation", "volume", "ambivalence")
"""What the dyads can be ranked by: tension answers "which way does it lean", conflict
"where is the most friction", volume "where is the most evidence"."""


def ranked_dyads(scores: Scores, by: str = "tension") -> tuple[DyadScore, ...]:
    """The dyads by one of ``SORT_KEYS``, highest first, then by tension and ids."""
    if by not in SORT_KEYS:
        raise ValueError(f"cannot sort dyads by {by!r}; choose one of {', '.join(SORT_KEYS)}")
    if by == "tension":
        return scores.dyads
    return tuple(sorted(scores.dyads, key=lambda d: (-getattr(d, by), -d.tension, d.a, d.b)))


# -- JSON -------------------------------------------------------------------------------------


def _quote_json(dataset: Dataset, quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "start": quote.start,
        "end": quote.end,
        "text": dataset.article.text[quote.start : quote.end],
    }


def dyad_json(dataset: Dataset, dyad: DyadScore) -> dict[str, Any]:
    """One dyad with its relations and their evidence, in the documented shape."""
    names = {entity.id: entity.name for entity in dataset.entities}
    quotes = {quote.id: quote for quote in dataset.quotes}
    return {
        "a": dyad.a,
        "b": dyad.b,
        "a_name": names.get(dyad.a, dyad.a),
        "b_name": names.get(dyad.b, dyad.b),
        "tension": dyad.tension,
        "label": dyad.band,
        "cooperation": dyad.cooperation,
        "conflict": dyad.conflict,
        "volume": dyad.volume,
        "ambivalence": dyad.ambivalence,
        "relations": [
            {
                "id": c.relation.id,
                "type": c.relation.type.value,
                "source": c.relation.source,
                "target": c.relation.target,
                "weight": c.weight,
                "confidence": c.confidence,
                "modality": c.relation.modality.value,
                "modality_factor": c.modality,
                "recency": c.recency,
                "contribution": c.value,
                "without": dyad.without(c.relation.id),
                "quotes": [
                    _quote_json(dataset, quotes[q]) for q in c.relation.evidence if q in quotes
                ],
            }
            for c in dyad.contributions
        ],
    }


def scores_json(dataset: Dataset, scores: Scores, sort: str = "tension") -> dict[str, Any]:
    """Everything ``frenemy score --json`` prints (see the module docstring)."""
    article = scores.article
    ranked = sorted(dataset.entities, key=lambda e: (-scores.entities[e.id].salience, e.id))
    return {
        "vocabulary_version": VOCABULARY_VERSION,
        "half_life_days": scores.half_life_days,
        "article": {
            "id": dataset.article.id,
            "title": dataset.article.title,
            "tension": article.tension,
            "label": article.band,
            "cooperation": article.cooperation,
            "conflict": article.conflict,
            "volume": article.volume,
            "ambivalence": article.ambivalence,
        },
        "dyads": [dyad_json(dataset, dyad) for dyad in ranked_dyads(scores, sort)],
        "entities": [
            {
                "id": entity.id,
                "name": entity.name,
                "kind": entity.kind.value,
                "salience": scores.entities[entity.id].salience,
                "tension": scores.entities[entity.id].tension,
                "label": scores.entities[entity.id].band,
            }
            for entity in ranked
        ],
    }


def types_json() -> list[dict[str, Any]]:
    """The vocabulary as ``frenemy types --json`` prints it, strongest cooperation first."""
    return [
        {
            "name": info.name,
            "label": info.label,
            "weight": info.weight,
            "directed": info.directed,
            "anchor": info.anchor,
            "anchor_value": info.anchor_value,
            "description": info.description,
            "cues": list(info.cues),
            "note": info.note,
        }
        for info in VOCABULARY.values()
    ]


# -- rich rendering ---------------------------------------------------------------------------


def _names(dataset: Dataset) -> dict[str, str]:
    return {entity.id: literal(entity.name) for entity in dataset.entities}


def _footer(scores: Scores) -> Text:
    half_life = (
        f"half-life {scores.half_life_days:g} days"
        if scores.half_life_days is not None
        else "no recency decay"
    )
    return Text(
        f"T = 100 (C + k/2) / (C + P + k), k = {SMOOTHING:g}; vocabulary {VOCABULARY_VERSION}; "
        f"{half_life}. `frenemy score --dyad A B` explains a dyad.",
        style="dim",
    )


def render_scores(
    console: Console, dataset: Dataset, scores: Scores, sort: str = "tension", top: int = 10
) -> None:
    """The dyads (by tension unless ``sort`` says otherwise), the article, the salient few."""
    names = _names(dataset)
    dyads = Table(
        title=Text(f"Tension between the entities of “{literal(dataset.article.title)}”"),
        title_justify="left",
    )
    dyads.add_column("dyad")
    for column in ("T", "band", "P", "C", "volume", "ambiv.", "rel."):
        dyads.add_column(column, justify="right" if column != "band" else "left", no_wrap=True)
    ranked = ranked_dyads(scores, sort)
    for dyad in (d for d in ranked if d.volume > 0):
        dyads.add_row(
            Text(f"{names.get(dyad.a, dyad.a)} – {names.get(dyad.b, dyad.b)}"),
            f"{dyad.tension:.1f}",
            _band_text(dyad.tension),
            f"{dyad.cooperation:.2f}",
            f"{dyad.conflict:.2f}",
            f"{dyad.volume:.2f}",
            f"{dyad.ambivalence:.2f}",
            str(len(dyad.contributions)),
        )
    if not any(d.volume > 0 for d in ranked):
        dyads.add_row(Text("no scored relation in this article", style="dim"), *[""] * 7)
    console.print(dyads)
    quiet = [f"{names.get(d.a, d.a)} – {names.get(d.b, d.b)}" for d in ranked if d.volume == 0]
    if quiet:
        console.print(
            Text(
                f"{len(quiet)} {'dyad has' if len(quiet) == 1 else 'dyads have'} only unscored "
                f"relations (role, evaluates_alternative, or confidence 0), T 50: "
                + ", ".join(quiet),
                style="dim",
            )
        )

    article = scores.article
    summary = Text("Article: T ")
    summary.append(f"{article.tension:.1f} ", style="bold")
    summary.append_text(_band_text(article.tension))
    summary.append(
        f"  (P {article.cooperation:.2f}, C {article.conflict:.2f}, volume {article.volume:.2f},"
        f" ambivalence {article.ambivalence:.2f}; dyads weighted by the salience of both ends)"
    )
    console.print(summary)

    entities = Table(title="Most salient entities", title_justify="left")
    entities.add_column("entity")
    entities.add_column("kind")
    for column in ("salience", "T", "band", "dyads"):
        entities.add_column(column, justify="left" if column == "band" else "right", no_wrap=True)
    ranked = sorted(scores.entities.values(), key=lambda e: (-e.salience, e.id))[:top]
    kinds = {entity.id: entity.kind.value for entity in dataset.entities}
    for score in ranked:
        entities.add_row(
            Text(names[score.id]),
            kinds[score.id],
            f"{score.salience:.1%}",
            f"{score.tension:.1f}",
            _band_text(score.tension),
            str(len(score.dyads)),
        )
    console.print(entities)
    console.print(_footer(scores))


def _direction(contribution: Contribution, names: dict[str, str]) -> str:
    relation = contribution.relation
    arrow = "→" if VOCABULARY[relation.type].directed else "↔"
    return f"{names.get(relation.source, relation.source)} {arrow} " + names.get(
        relation.target, relation.target
    )


def render_dyad(
    console: Console, dataset: Dataset, scores: Scores, a: str, b: str, top: int = 3
) -> None:
    """One dyad in full: score, subtotals, top drivers, every relation with its quotes."""
    names = _names(dataset)
    dyad = scores.dyad(a, b)
    a, b = sorted((a, b))
    heading = Text(f"{names[a]} – {names[b]}", style="bold")
    if dyad is None:
        heading.append(
            f": no relation between them; T {tension_of(0, 0):.1f} (no evidence)", style=""
        )
        console.print(heading)
        return
    heading.append(f"   T {dyad.tension:.1f} ", style="bold")
    heading.append_text(_band_text(dyad.tension))
    console.print(heading)
    console.print(
        Text(
            f"cooperation P {dyad.cooperation:.2f} · conflict C {dyad.conflict:.2f} · "
            f"volume {dyad.volume:.2f} · ambivalence {dyad.ambivalence:.2f}"
        )
    )
    subtotals = Text("subtotals: ")
    subtotals.append(f"{names[a]} → {names[b]} {_signed(dyad.subtotal(a, b))}")
    subtotals.append(f" · {names[b]} → {names[a]} {_signed(dyad.subtotal(b, a))}")
    subtotals.append(f" · mutual {_signed(dyad.mutual())}")
    console.print(subtotals)

    drivers = dyad.drivers(top)
    if drivers:
        console.print(Text("top drivers:", style="bold"))
        for rank, c in enumerate(drivers, start=1):
            console.print(
                Text(
                    f"  {rank}. {VOCABULARY[c.relation.type].label} ({_direction(c, names)}) "
                    f"{_signed(c.value)}: without it T would be {dyad.without(c.relation.id):.1f}"
                )
            )

    decay = scores.half_life_days is not None
    table = Table(title="Relations (e = w × c × m" + (" × r)" if decay else ")"))
    table.title_justify = "left"
    table.add_column("relation", min_width=16)
    table.add_column("anchor", no_wrap=True)
    for column in ("w", "c", "m", *(("r",) if decay else ()), "e", "T without"):
        table.add_column(column, justify="right", no_wrap=True)
    for c in dyad.contributions:
        info = VOCABULARY[c.relation.type]
        recency = (f"{c.recency:.2f}",) if decay else ()
        table.add_row(
            Text(f"{c.relation.id} {info.name}\n{_direction(c, names)}"),
            info.code,
            f"{c.weight:+.1f}",
            f"{c.confidence:.2f}",
            f"{c.modality:.1f}",
            *recency,
            _signed(c.value),
            f"{dyad.without(c.relation.id):.1f}",
        )
    console.print(table)

    quotes = {quote.id: quote for quote in dataset.quotes}
    starts = paragraph_starts(dataset.article.text)
    console.print(Text("Evidence", style="bold"))
    for c in dyad.contributions:
        relation = c.relation
        header = Text(f"{relation.id} ", style="bold")
        header.append(f"{relation.type.value} ({_direction(c, names)}), ", style="")
        header.append(f"{relation.modality.value}, e = {_signed(c.value)}", style="")
        parts: list[Text | Padding] = [header]
        for quote_id in relation.evidence:
            quote = quotes.get(quote_id)
            if quote is None:
                continue
            where = paragraph_of(starts, quote.start)
            body = Text(f"[{quote_id}, ¶{where}] ", style="dim")
            body.append(literal(dataset.article.text[quote.start : quote.end]), style="italic")
            parts.append(Padding(body, (0, 0, 0, 4)))
        if relation.comment:
            parts.append(Padding(Text(f"note: {literal(relation.comment)}", style="dim"), (0, 4)))
        console.print(Group(*parts))
    console.print(_footer(scores))


def render_types(console: Console) -> None:
    """The relation vocabulary with weights, anchors, cues and the reasons for departures."""
    table = Table(
        title=Text(
            f"Relation vocabulary {VOCABULARY_VERSION}: Goldstein scale, "
            "-10 conflict … +10 cooperation"
        ),
        title_justify="left",
        show_lines=True,
        expand=True,
    )
    table.add_column("type", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("weight", justify="right", no_wrap=True)
    table.add_column("anchor", ratio=2)
    table.add_column("meaning", ratio=5)
    for info in VOCABULARY.values():
        meaning = Text(info.description)
        meaning.append("\ne.g. " + "; ".join(info.cues), style="dim italic")
        if info.note:
            meaning.append(f"\n{info.note}", style="yellow")
        anchor = info.anchor + (
            f" ({info.anchor_value:+.1f})" if info.anchor_value is not None else ""
        )
        table.add_row(
            info.name,
            "→" if info.directed else "↔",
            f"{info.weight:+.1f}",
            anchor,
            meaning,
        )
    console.print(table)
    factors = ", ".join(f"{m.value} {f:g}" for m, f in MODALITY_FACTOR.items())
    console.print(
        Text(f"→ directed, ↔ symmetric. Modality factors: {factors}.", style="dim"),
    )
