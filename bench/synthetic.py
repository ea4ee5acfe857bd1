"""A synthetic dataset of any size, shaped like a real one, for benchmarks and stress tests.

Entities are named from syllables (unique, pronounceable, some with an alias); each sentence
of the article is a quote naming one to three entities, drawn with a Zipf-like skew so that a
few entities are everywhere and most appear a handful of times, as in news. Relations link
two entities of one sentence and cite it as evidence. The same seed gives the same dataset.

    python -m bench.synthetic OUT.json [--entities 5000] [--quotes 50000] [--relations 20000]
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

from tui.dataset import dumps, text_sha256
from tui.model import (
    Article,
    Dataset,
    Entity,
    EntityKind,
    Mention,
    Modality,
    Quote,
    Relation,
    RelationType,
)

_SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "ten",
    "vo",
    "la",
    "zu",
    "der",
    "an",
    "qui",
    "sel",
    "mo",
    "ri",
    "tak",
    "fen",
    "bo",
    "lu",
    "nar",
    "ex",
    "pi",
    "gor",
    "ha",
    "vel",
    "tri",
    "os",
    "cam",
    "jun",
    "pol",
    "ber",
    "dis",
)
_SUFFIXES = {
    EntityKind.ORG: ("Labs", "Systems", "Group", "Holdings", "Networks", "Capital"),
    EntityKind.PERSON: ("",),
    EntityKind.PRODUCT: ("One", "Pro", "Cloud", "AI"),
    EntityKind.REGULATOR: ("Authority", "Commission"),
    EntityKind.PLACE: ("City",),
    EntityKind.EVENT: ("Summit",),
    EntityKind.MONEY: ("Fund",),
    EntityKind.OTHER: ("Project",),
}
_KINDS = (
    [EntityKind.ORG] * 40
    + [EntityKind.PERSON] * 30
    + [EntityKind.PRODUCT] * 15
    + [EntityKind.REGULATOR] * 5
    + [EntityKind.PLACE, EntityKind.EVENT, EntityKind.MONEY, EntityKind.OTHER] * 2
)
_VERBS = (
    "signs a deal with",
    "competes with",
    "criticises",
    "invests in",
    "partners with",
    "sues",
    "talks to",
    "hires from",
    "moves away from",
)
_FILLERS = (
    "after months of talks",
    "according to people familiar with the matter",
    "in a move that surprised analysts",
    "as the market shifts",
    "while regulators watch closely",
    "despite earlier promises",
)


def _names(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct capitalised names of two or three syllables."""
    pool = [a + b for a, b in itertools.product(_SYLLABLES, repeat=2)]
    pool += [a + b + c for a, b, c in itertools.product(_SYLLABLES, repeat=3)]
    rng.shuffle(pool)
    return [name.capitalize() for name in pool[:count]]


def generate(
    entities: int = 5000, quotes: int = 50000, relations: int | None = None, seed: int = 1
) -> Dataset:
    """A dataset of that size; ``relations`` defaults to 2 for every 5 quotes (at most one for
    each quote naming two entities)."""
    if relations is None:
        relations = quotes * 2 // 5
    rng = random.Random(seed)
    people_first = _names(entities, rng)
    people_last = _names(entities, rng)
    models: list[Entity] = []
    for number in range(entities):
        kind = rng.choice(_KINDS)
        stem = people_first[number]
        if kind is EntityKind.PERSON:
            name = f"{stem} {people_last[number]}"
        else:
            name = f"{stem} {rng.choice(_SUFFIXES[kind])}"
        aliases = (f"{stem.upper()[:3]}-{number}",) if number % 3 == 0 else ()
        models.append(Entity(id=f"e{number}", name=name, kind=kind, aliases=aliases))
    weights = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(entities)))

    pieces: list[str] = []
    offset = 0
    mentions: list[Mention] = []
    quote_models: list[Quote] = []
    pairs: list[tuple[str, str, str]] = []

    def put(text: str) -> int:
        nonlocal offset
        pieces.append(text)
        start = offset
        offset += len(text)
        return start

    def mention(entity: Entity) -> None:
        surface = entity.aliases[0] if entity.aliases and rng.random() < 0.2 else entity.name
        start = put(surface)
        mentions.append(Mention(entity=entity.id, start=start, end=start + len(surface)))

    for number in range(quotes):
        if number and number % 8 == 0:
            put("\n\n")
        elif number:
            put(" ")
        start = offset
        chosen = list(dict.fromkeys(rng.choices(models, cum_weights=weights, k=rng.randint(1, 3))))
        mention(chosen[0])
        if len(chosen) > 1:
            put(f" {rng.choice(_VERBS)} ")
            mention(chosen[1])
        for extra in chosen[2:]:
            put(", with ")
            mention(extra)
        put(f" {rng.choice(_FILLERS)}.")
        quote_id = f"q{number}"
        quote_models.append(Quote(id=quote_id, start=start, end=offset))
        if len(chosen) > 1:
            pairs.append((chosen[0].id, chosen[1].id, quote_id))

    types = list(RelationType)
    relation_models = [
        Relation(
            id=f"r{number}",
            source=source,
            target=target,
            type=rng.choice(types),
            modality=rng.choice(list(Modality)),
            confidence=round(rng.uniform(0.4, 1.0), 2),
            evidence=(quote_id,),
        )
        for number, (source, target, quote_id) in enumerate(pairs[:relations])
    ]
    text = "".join(pieces)
    return Dataset(
        article=Article(
            id="synthetic",
            title=f"Synthetic article: {entities} entities, {quotes} quotes",
            outlet="bench",
            language="en",
            text=text,
            sha256=text_sha256(text),
        ),
        entities=tuple(models),
        mentions=tuple(mentions),
        quotes=tuple(quote_models),
        relations=tuple(relation_models),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--quotes", type=int, default=50000)
    parser.add_argument("--relations", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.write_bytes(
        dumps(generate(args.entities, args.quotes, args.relations, seed=args.seed))
    )


def cached(entities: int, quotes: int, relations: int | None = None) -> Path:
    """The file of ``generate(entities, quotes, relations)``, written once per machine."""
    import tempfile

    folder = Path(tempfile.gettempdir()) / "frenemy-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"synthetic-{entities}-{quotes}-{relations}-v1.json"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.write_bytes(dumps(generate(entities, quotes, relations)))
        partial.replace(path)
    return path


if __name__ == "__main__":
    main()
