"""Hypothesis strategies for small valid datasets whose text is hostile.

Names, filler words, titles, comments and notes draw on Markdown and Rich markup characters,
terminal controls, right-to-left, combining, wide and emoji characters. Mentions are every
real occurrence of a name in the text (``tests.factories.make_dataset``), quotes are the
sentences used as evidence, relations join two different entities.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.factories import make_dataset
from tui.model import Dataset, Modality, RelationType
from tui.notes import Note, dyad_target, entity_target, quote_target

HOSTILE = [
    *"#>-+*_`<>&[]\\|~$=%!:.)(@",
    "[bold]",
    "[/]",
    "[@click=app.quit]",
    "\x1b[31m",
    "\x1b]52;c;aGk=\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x9b",
    "\x00",
    "\x7f",
    "\r\n",
    "\t",
    "\u202e",
    "e\u0301",
    "שלום",
    "漢字",
    "👩\u200d👧",
    "🇫🇷",
]
LETTERS = "abcdefghijklmnopqrstuvwxyzéçABCXYZ"

pieces = st.sampled_from(HOSTILE) | st.text(LETTERS, min_size=1, max_size=5)
hostile_text = st.lists(pieces | st.just(" "), max_size=12).map("".join)
"""Any mix of hostile pieces, possibly empty."""
names = st.tuples(st.text(LETTERS, min_size=2, max_size=6), st.lists(pieces, max_size=3)).map(
    lambda parts: parts[0] + "".join(parts[1]).replace("\n", " ").rstrip()
)
"""A name: letters first (so that it is a findable word), then anything on one line."""


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """A valid dataset of two to four entities, a few sentences and relations."""
    entity_names = draw(
        st.lists(names, min_size=2, max_size=4, unique_by=lambda n: n.casefold()[:2])
    )
    aliases = [draw(st.lists(names, max_size=1)) for _ in entity_names]
    aliases = [
        [a for a in alias if a.casefold()[:2] not in {n.casefold()[:2] for n in entity_names}]
        for alias in aliases
    ]
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        who = draw(st.lists(st.sampled_from(range(len(entity_names))), min_size=1, max_size=3))
        words = [
            draw(st.sampled_from([entity_names[i], *aliases[i]])) + " " + draw(hostile_text)
            for i in who
        ]
        sentences.append(" x ".join(words).replace("\n", " ") + " end.")
    separator = draw(st.sampled_from([" ", "\n\n", "\r\n\r\n"]))
    text = draw(hostile_text) + " " + separator.join(sentences)
    relations = []
    for _ in range(draw(st.integers(0, 4))):
        source, target = draw(
            st.lists(st.sampled_from(range(len(entity_names))), min_size=2, max_size=2, unique=True)
        )
        relations.append(
            {
                "source": f"e{source}",
                "target": f"e{target}",
                "type": draw(st.sampled_from(list(RelationType))),
                "modality": draw(st.sampled_from(list(Modality))),
                "confidence": draw(st.floats(0, 1)),
                "evidence": draw(st.sampled_from(sentences)),
                "comment": draw(st.none() | hostile_text),
                "date": draw(st.none() | st.sampled_from(["2024", "2025-02", "2023-06-30"])),
            }
        )
    return make_dataset(
        text,
        entities=[
            {"id": f"e{n}", "name": name, "aliases": aliases[n], "description": draw(hostile_text)}
            for n, name in enumerate(entity_names)
        ],
        relations=relations,
        title=draw(hostile_text),
        published=draw(st.none() | st.just("2025-03-01")),
        quotes=sentences,
    )


@st.composite
def notes_on(draw: st.DrawFn, dataset: Dataset) -> list[Note]:
    """Up to three notes with hostile text on the dataset's entities, quotes and dyads."""
    entity_ids = [e.id for e in dataset.entities]
    targets = [entity_target(e) for e in entity_ids] + [quote_target(q.id) for q in dataset.quotes]
    targets.append(dyad_target(entity_ids[0], entity_ids[1]))
    notes = []
    for number in range(draw(st.integers(0, 3))):
        moment = dt.datetime(2026, 1, 1, 12, number, tzinfo=dt.UTC)
        text = draw(hostile_text.filter(lambda t: t.strip()))
        notes.append(
            Note(
                id=f"n{number}",
                target=draw(st.sampled_from(targets)),
                text=text,
                created=moment,
                updated=moment,
                article_sha256=dataset.article.sha256,
            )
        )
    return notes
