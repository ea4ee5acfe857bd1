"""Load, check and save datasets.

Everything that can be wrong with a dataset file becomes a ``Problem``: one line naming the
file, the place in it and the cause. Loading collects every problem it can before raising a
single ``DatasetError``, so a curator fixes a file in one pass instead of one error at a time.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import orjson
from pydantic import ValidationError

from tui.model import SCHEMA_VERSION, Dataset, Entity
from tui.text import one_line, surface_key

MAX_BYTES = 128 * 1024 * 1024
"""Largest dataset file accepted; beyond it loading stops with a clear message."""

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    place: str
    message: str
    severity: Severity = "error"

    def format(self, file: str) -> str:
        """One line, with nothing in it that a terminal would interpret."""
        prefix = "warning: " if self.severity == "warning" else ""
        if not self.place:
            line = f"{file}: {prefix}{self.message}"
        elif self.place[:1].isdigit():
            line = f"{file}:{self.place}: {prefix}{self.message}"
        else:
            line = f"{file}: {self.place}: {prefix}{self.message}"
        return one_line(line)


class DatasetError(Exception):
    """A dataset that cannot be used, with every problem found in it."""

    def __init__(self, file: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.file = str(file)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [problem.format(self.file) for problem in self.problems]


_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}
"""What a JSON value is called in JSON's own words (a curator may not know Python's)."""

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _place(loc: tuple[int | str, ...]) -> str:
    """A JSON path as a reader writes it: ``relations[3].target``, ``["odd key"]``."""
    place = ""
    for part in loc:
        if isinstance(part, int):
            place += f"[{part}]"
        elif _IDENTIFIER.match(part):
            place += f".{part}" if place else part
        else:
            place += f"[{json.dumps(part)}]"
    return place


def _describe(error: dict) -> str:
    message = error["msg"]
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    if error["type"] in {"enum", "literal_error"}:
        return f"{message}, got {error['input']!r}"
    return message.removeprefix("Value error, ")


def parse(raw: bytes, file: str | os.PathLike[str] = "<dataset>") -> Dataset:
    """Turn the bytes of a dataset file into a checked model, or raise ``DatasetError``."""
    if len(raw) > MAX_BYTES:
        raise DatasetError(
            file, [Problem("", f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,} bytes")]
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        raise DatasetError(file, [Problem("", "file is empty")])
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise DatasetError(file, [_syntax_problem(raw, exc)]) from None
    if not isinstance(document, dict):
        kind = _JSON_KINDS[type(document)]
        raise DatasetError(file, [Problem("", f"expected a JSON object at the top, got {kind}")])
    version = document.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or version != SCHEMA_VERSION:
        raise DatasetError(
            file,
            [
                Problem(
                    "schema_version",
                    f"unsupported schema version {orjson.dumps(version).decode()}; "
                    f"this frenemy reads version "
                    f"{SCHEMA_VERSION}",
                )
            ],
        )
    with _collector_paused():
        try:
            dataset = Dataset.model_validate(document)
        except ValidationError as exc:
            problems = [Problem(_place(e["loc"]), _describe(e)) for e in exc.errors()]
            raise DatasetError(file, problems) from None
        problems = check(dataset)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DatasetError(file, errors)
    return dataset


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the garbage collector while a dataset's objects are created and checked.

    They are hundreds of thousands of objects without cycles, and each full collection
    triggered by creating them walks all those made so far: that made loading grow faster
    than the file (18x the time for 10x the size) and took most of the time (bench/).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _syntax_problem(raw: bytes, exc: orjson.JSONDecodeError) -> Problem:
    if "UTF-8" in exc.msg or "utf-8" in exc.msg:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            return Problem("", f"not valid UTF-8 text (byte {bad.start})")
    return Problem(f"{exc.lineno}:{exc.colno}", f"invalid JSON: {exc.msg}")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a file, turning every operating-system failure into a ``DatasetError``."""
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise DatasetError(
                path, [Problem("", f"file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes")]
            )
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise DatasetError(path, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        raise DatasetError(path, [Problem("", "is a directory, not a dataset file")]) from None
    except PermissionError:
        raise DatasetError(path, [Problem("", "permission denied")]) from None
    except OSError as exc:
        raise DatasetError(path, [Problem("", f"cannot read: {exc.strerror}")]) from None


def load(path: str | os.PathLike[str]) -> Dataset:
    return parse(read_bytes(path), path)


def load_with_warnings(path: str | os.PathLike[str]) -> tuple[Dataset, list[Problem]]:
    dataset = load(path)
    return dataset, [p for p in check(dataset) if p.severity == "warning"]


def dumps(dataset: Dataset) -> bytes:
    """The canonical bytes of a dataset: the same model always gives the same bytes."""
    document = dataset.model_dump(mode="json", exclude_none=True)
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def save(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    write_atomic(path, dumps(dataset))


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(dataset: Dataset) -> list[Problem]:
    """Every rule beyond field types: references, spans, surface forms, integrity, doubts."""
    problems: list[Problem] = []
    text = dataset.article.text
    size = len(text)

    if text_sha256(text) != dataset.article.sha256:
        problems.append(
            Problem("article.sha256", "does not match the sha256 of article.text (text altered?)")
        )

    for collection, items in (
        ("entities", dataset.entities),
        ("quotes", dataset.quotes),
        ("relations", dataset.relations),
    ):
        first_seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.id in first_seen:
                problems.append(
                    Problem(
                        f"{collection}[{index}].id",
                        f"duplicate id {item.id!r} (first at {collection}[{first_seen[item.id]}])",
                    )
                )
            else:
                first_seen[item.id] = index

    entities: dict[str, Entity] = {}
    for entity in dataset.entities:
        entities.setdefault(entity.id, entity)
    quotes = {quote.id for quote in dataset.quotes}
    surface_keys = {eid: {surface_key(n) for n in e.names} for eid, e in entities.items()}

    owners: defaultdict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        for key in surface_keys[entity.id]:
            owners[key].append(entity.id)
    for key, ids in owners.items():
        if len(ids) > 1:
            problems.append(
                Problem(
                    "entities",
                    f"name {key!r} belongs to several entities: {', '.join(sorted(ids))}",
                    "warning",
                )
            )

    seen_spans: dict[tuple[str, int, int], int] = {}
    folded: dict[str, str] = {}  # surface -> surface_key: the same names recur all along
    for index, mention in enumerate(dataset.mentions):
        if mention.end > size:
            problems.append(
                Problem(
                    f"mentions[{index}].end",
                    f"span {mention.start}:{mention.end} ends past the text ({size} characters)",
                )
            )
            continue
        if mention.entity not in entities:
            problems.append(
                Problem(f"mentions[{index}].entity", f"unknown entity {mention.entity!r}")
            )
            continue
        span_key = (mention.entity, mention.start, mention.end)
        if span_key in seen_spans:
            problems.append(
                Problem(f"mentions[{index}]", f"duplicate of mentions[{seen_spans[span_key]}]")
            )
            continue
        seen_spans[span_key] = index
        surface = text[mention.start : mention.end]
        key = folded.get(surface)
        if key is None:
            key = folded[surface] = surface_key(surface)
        if key not in surface_keys[mention.entity]:
            problems.append(
                Problem(
                    f"mentions[{index}]",
                    f"text {surface!r} is not a name or alias of entity {mention.entity!r}",
                )
            )

    for index, quote in enumerate(dataset.quotes):
        if quote.end > size:
            problems.append(
                Problem(
                    f"quotes[{index}].end",
                    f"span {quote.start}:{quote.end} ends past the text ({size} characters)",
                )
            )
        elif not text[quote.start : quote.end].strip():
            problems.append(Problem(f"quotes[{index}]", "quote covers only white space", "warning"))

    mentioned_in = entities_by_quote(dataset)
    for index, relation in enumerate(dataset.relations):
        place = f"relations[{index}]"
        for end in ("source", "target"):
            ref = getattr(relation, end)
            if ref not in entities:
                problems.append(Problem(f"{place}.{end}", f"unknown entity {ref!r}"))
        if relation.source == relation.target:
            problems.append(
                Problem(
                    f"{place}.target",
                    f"same as source {relation.source!r}: a relation needs two parties",
                )
            )
        for position, quote_id in enumerate(relation.evidence):
            if quote_id not in quotes:
                problems.append(
                    Problem(f"{place}.evidence[{position}]", f"unknown quote {quote_id!r}")
                )
            elif not mentioned_in[quote_id] & {relation.source, relation.target}:
                problems.append(
                    Problem(
                        f"{place}.evidence[{position}]",
                        f"quote {quote_id!r} mentions neither "
                        f"{relation.source!r} nor {relation.target!r}",
                        "warning",
                    )
                )
        duplicates = [q for q, n in Counter(relation.evidence).items() if n > 1]
        if duplicates:
            problems.append(
                Problem(f"{place}.evidence", f"quote {duplicates[0]!r} listed twice", "warning")
            )

    mention_counts = Counter(m.entity for m in dataset.mentions)
    for index, entity in enumerate(dataset.entities):
        if not mention_counts[entity.id]:
            problems.append(
                Problem(f"entities[{index}]", f"entity {entity.id!r} is never mentioned", "warning")
            )
    return problems


def entities_by_quote(dataset: Dataset) -> dict[str, set[str]]:
    """Which entities each quote mentions: the mentions whose span lies inside the quote's."""
    quotes = sorted(dataset.quotes, key=lambda q: q.start)
    mentions = sorted(dataset.mentions, key=lambda m: m.start)
    result: dict[str, set[str]] = {q.id: set() for q in dataset.quotes}
    starts = [m.start for m in mentions]
    for quote in quotes:
        lo = bisect.bisect_left(starts, quote.start)
        hi = bisect.bisect_left(starts, quote.end)
        result[quote.id].update(m.entity for m in mentions[lo:hi] if m.end <= quote.end)
    return result
