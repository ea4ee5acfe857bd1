"""Hostile files for every command, generated on demand (nothing large is committed).

Two families:

- ``UNLOADABLE``: files no command can use. Each builder returns the bytes (or writes the file,
  for the one that is too big) and the words the one-line problem must contain.
- ``hostile_dataset``: a valid dataset whose every text field (title, outlet, url, names,
  aliases, descriptions, quotes, comments, provenance, and the notes written on it) carries
  markup, right-to-left and combining characters, wide characters and emoji, and every kind of
  terminal escape sequence. Each escape is preceded by a unique marker ``~field:kind~`` so that
  a test reading a command's output can check what follows each marker.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import orjson

from tests.conftest import small_document
from tests.factories import make_dataset
from tui.dataset import MAX_BYTES, dumps, text_sha256
from tui.model import Article, Dataset, Entity, Mention, Provenance, Quote, Relation
from tui.notes import Note, NoteStore, dyad_target, entity_target, quote_target

ESCAPES: tuple[tuple[str, str], ...] = (
    ("sgr", "\x1b[31;1;5m"),
    ("clear", "\x1b[2J\x1b[H"),
    ("osc0", "\x1b]0;PWNED-TITLE\x07"),
    ("osc2", "\x1b]2;PWNED-TITLE\x1b\\"),
    ("osc52", "\x1b]52;c;cHduZWQ=\x07"),
    ("osc8", "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\"),
    ("c1csi", "\x9b31m"),
    ("c1osc", "\x9d0;PWNED-C1\x9c"),
    ("dcs", "\x1bP$q m\x1b\\"),
    ("bel", "\x07"),
    ("del", "\x7f"),
)
"""(kind, sequence): colours, clear screen, window title (OSC 0 and 2), a clipboard write
(OSC 52), a hyperlink (OSC 8), C1 controls (CSI, OSC), a device control string, BEL, DEL."""

MARKUP = (
    "[bold red]B[/] [@click=app.quit]Q[/] [@click=screen.dismiss]D[/] "
    "[link=https://evil.example/]L[/link] [reverse]R $x$ *em* <b>h</b> #tag"
)
SCRIPTS = "שלום مرحبا \u202eevil\u202c e\u0301\u0308 漢字テスト 👩\u200d👩\u200d👧 🇫🇷"
"""Right-to-left text, a bidi override, combining accents, wide characters, emoji sequences."""


def hostile_string(field: str) -> str:
    """Every escape (each after its marker ``~field:kind~``), markup and hard scripts."""
    escapes = " ".join(f"~{field}:{kind}~{sequence}" for kind, sequence in ESCAPES)
    return f"{escapes} {MARKUP} {SCRIPTS}"


def markers(field: str) -> list[tuple[str, str]]:
    """(marker, escape sequence that follows it in the data) for one field."""
    return [(f"~{field}:{kind}~", sequence) for kind, sequence in ESCAPES]


NAME_A = "Acme " + hostile_string("name_a")
ALIAS_A = "Acme Corp " + hostile_string("alias_a")
NAME_B = "Globex " + hostile_string("name_b")
SENTENCES = (
    f"{NAME_A} sues {NAME_B} over {hostile_string('quote1')}.",
    f"{NAME_B} denies it and Initech watches {hostile_string('quote2')}.",
    f"{ALIAS_A} and {NAME_B} remain partners.",
)
TEXT = f"{SENTENCES[0]}\r\n\r\n{SENTENCES[1]}\n\n{SENTENCES[2]}"

FIELDS = (
    "title",
    "outlet",
    "url",
    "name_a",
    "alias_a",
    "name_b",
    "desc_a",
    "quote1",
    "quote2",
    "comment",
    "note",
)


def hostile_dataset() -> Dataset:
    """A valid dataset with ``hostile_string`` in every text field."""
    dataset = make_dataset(
        TEXT,
        entities=[
            {
                "id": "acme",
                "name": NAME_A,
                "aliases": [ALIAS_A],
                "description": hostile_string("desc_a"),
            },
            {"id": "globex", "name": NAME_B},
            {"id": "initech", "name": "Initech", "kind": "person"},
        ],
        relations=[
            {
                "source": "acme",
                "target": "globex",
                "type": "lawsuit",
                "evidence": SENTENCES[0],
                "comment": hostile_string("comment"),
                "date": "2025-01-15",
                "provenance": Provenance(
                    method="extracted",
                    extractor=hostile_string("extractor"),
                    version=hostile_string("version"),
                ),
            },
            {
                "source": "globex",
                "target": "acme",
                "type": "partnership",
                "evidence": [SENTENCES[2], SENTENCES[1]],
                "modality": "reported",
                "confidence": 0.6,
            },
            {"source": "initech", "target": "globex", "type": "criticism", "confidence": 0.3},
        ],
        title=hostile_string("title"),
        published="2025-03-01",
        article_id="hostile",
    )
    article = dataset.article.model_copy(
        update={"outlet": hostile_string("outlet"), "url": "https://x/" + hostile_string("url")}
    )
    return dataset.model_copy(update={"article": article})


def write_hostile_notes(path: Path, dataset: Dataset) -> tuple[Note, ...]:
    """Notes with ``hostile_string`` on an entity, a quote and a dyad of ``dataset``."""
    clock = iter(dt.datetime(2026, 1, 1, 12, minute, tzinfo=dt.UTC) for minute in range(60))
    store = NoteStore.open(
        path, dataset.article.id, dataset.article.sha256, clock=lambda: next(clock)
    )
    store.add(entity_target("acme"), hostile_string("note") + "\n\n# not a heading")
    store.add(quote_target(dataset.quotes[0].id), "quote " + hostile_string("note"))
    store.add(dyad_target("acme", "globex"), "dyad " + hostile_string("note"))
    return store.notes


def _valid() -> bytes:
    return orjson.dumps(small_document(), option=orjson.OPT_INDENT_2)


def _with(**changes: object) -> bytes:
    document = small_document()
    document.update(changes)
    return orjson.dumps(document)


def _invalid_utf8() -> bytes:
    raw = _valid()
    cut = raw.index(b"Acme and Globex")
    return raw[:cut] + b"\xff\xfe\xc3(" + raw[cut:]


def _nul_between_tokens() -> bytes:
    raw = _valid()
    cut = raw.index(b'"entities"')
    return raw[:cut] + b"\x00" + raw[cut:]


def _nested_in_a_field() -> bytes:
    """Deep, but within the parser's limit: the model refuses it, the parser does not."""
    document = json.dumps({**small_document(), "article": "DEEP"})
    return document.replace('"DEEP"', "[" * 900 + "]" * 900).encode()


def _too_big(path: Path) -> None:
    """A sparse file one byte over the limit: costs nothing on disk."""
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)


Builder = Callable[[], bytes] | Callable[[Path], None]

UNLOADABLE: dict[str, tuple[Builder, str]] = {
    "empty": (lambda: b"", "file is empty"),
    "blank": (lambda: b" \r\n\t\n", "file is empty"),
    "truncated-json": (lambda: _valid()[: len(_valid()) // 2], "invalid JSON"),
    "binary": (lambda: bytes(range(256)) * 16, "not valid UTF-8"),
    "png": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "not valid UTF-8"),
    "invalid-utf8": (_invalid_utf8, "not valid UTF-8"),
    "nul-bytes": (lambda: b"\x00" * 64, "invalid JSON"),
    "nul-between-tokens": (_nul_between_tokens, "invalid JSON"),
    "bom-then-garbage": (lambda: b"\xef\xbb\xbf\xef\xbb\xbf{}", "invalid JSON"),
    "deeply-nested-array": (lambda: b"[" * 100_000 + b"]" * 100_000, "depth limit exceeded"),
    "deeply-nested-object": (
        lambda: b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "depth limit exceeded",
    ),
    "nested-in-a-field": (_nested_in_a_field, "article: Input should be a valid dictionary"),
    "top-level-array": (lambda: b"[" + _valid() + b"]", "expected a JSON object at the top"),
    "top-level-string": (lambda: b'"dataset"', "expected a JSON object at the top, got a string"),
    "unknown-schema-version": (lambda: _with(schema_version=2), "unsupported schema version 2"),
    "schema-version-as-text": (
        lambda: _with(schema_version="1"),
        'unsupported schema version "1"',
    ),
    "too-big": (_too_big, f"the limit is {MAX_BYTES:,} bytes"),
}


def write_unloadable(name: str, directory: Path) -> tuple[Path, str]:
    """Write the ``UNLOADABLE`` file ``name`` into ``directory``; return it and its problem."""
    builder, problem = UNLOADABLE[name]
    path = directory / f"{name}.json"
    if name == "too-big":
        builder(path)  # type: ignore[call-arg]
    else:
        path.write_bytes(builder())  # type: ignore[call-arg]
    return path, problem


def with_bom_and_crlf(dataset: Dataset) -> bytes:
    """A dataset file as a Windows editor saves it: a UTF-8 BOM and CRLF line ends."""
    return b"\xef\xbb\xbf" + dumps(dataset).replace(b"\n", b"\r\n")


def with_text(dataset: Dataset, text: str) -> Dataset:
    """``dataset`` with another article text (its spans must still fit)."""
    article = dataset.article.model_copy(update={"text": text, "sha256": text_sha256(text)})
    return dataset.model_copy(update={"article": article})


def one_long_line(size: int = 1_000_000) -> Dataset:
    """A text of ``size`` characters on one line, quoted whole: no paragraph, no sentence end."""
    words = "Acme sues Globex over the deal and Globex answers "
    text = (words * (size // len(words) + 1))[:size].rstrip() + "."
    return make_dataset(
        text,
        entities=["Acme", "Globex"],
        relations=[{"source": "acme", "target": "globex", "type": "lawsuit"}],
    )


def fifty_megabytes() -> Dataset:
    """A 50 MB article: a short curated opening, then 50 MB of one paragraph."""
    opening = "Acme sues Globex.\n\nGlobex denies it.\n\n"
    small = make_dataset(
        opening,
        entities=["Acme", "Globex"],
        relations=[
            {
                "source": "acme",
                "target": "globex",
                "type": "lawsuit",
                "evidence": "Acme sues Globex.",
            }
        ],
    )
    filler = "The deal went on. " * (50_000_000 // 18)
    return with_text(small, opening + filler)


def many_entities(count: int = 100_000) -> Dataset:
    """``count`` entities, each mentioned once, and a relation between the first two."""
    names = [f"Entity{number}x" for number in range(count)]
    text = " ".join(f"{name}." for name in names)
    entities, mentions, position = [], [], 0
    for number, name in enumerate(names):
        entities.append(Entity(id=f"e{number}", name=name, kind="org"))
        mentions.append(Mention(entity=f"e{number}", start=position, end=position + len(name)))
        position += len(name) + 2
    first = len(names[0]) + len(names[1]) + 3
    return Dataset(
        article=Article(
            id="many", title="Many", language="en", text=text, sha256=text_sha256(text)
        ),
        entities=tuple(entities),
        mentions=tuple(mentions),
        quotes=(Quote(id="q1", start=0, end=first),),
        relations=(
            Relation(
                id="r1", source="e0", target="e1", type="lawsuit", confidence=1.0, evidence=("q1",)
            ),
        ),
    )
