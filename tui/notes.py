"""Notes a reader attaches to entities, quotes and dyads, and the store that keeps them.

A note must never be lost, so the store is defensive about its one file:

- every change is saved at once, atomically (temporary file, fsync, rename), and the version
  it replaces is kept as ``<file>.bak``;
- a file that cannot be parsed is renamed aside with a timestamp, never overwritten, and the
  reader is told;
- two frenemy processes may hold the same article open: each save takes an advisory lock,
  reads what is on disk and merges it by note id (the newest ``updated`` wins, deletions are
  kept as tombstones so that a deleted note does not come back) before writing;
- when saving fails (read-only directory, full disk) the notes stay in memory, the error says
  so, and the next change or ``save()`` tries again;
- notes are tied to the article id and to the sha256 of the text they were written against:
  when the text changes they are kept and reported as stale, never dropped.

This module never imports the user interface: the browser and the ``export`` command share it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import glob
import hashlib
import os
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Literal

import orjson
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from tui.dataset import write_atomic
from tui.model import Article, Dataset

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; saves then merge without a lock
    fcntl = None  # type: ignore[assignment]

FORMAT = "frenemy-notes"
FORMAT_VERSION = 1
ENV_VAR = "FRENEMY_NOTES"
LOCK_TIMEOUT = 5.0
"""Seconds to wait for another frenemy to finish saving the same notes file."""

Clock = Callable[[], dt.datetime]


class NotesError(Exception):
    """A problem with notes, described in one line that the interface can show as is."""


class NotesSaveError(NotesError):
    """Saving failed; every note is still in memory and the next change or save retries."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntityTarget(_Frozen):
    kind: Literal["entity"] = "entity"
    entity: str


class QuoteTarget(_Frozen):
    kind: Literal["quote"] = "quote"
    quote: str


class DyadTarget(_Frozen):
    """Two entities, unordered: stored sorted so that A-B and B-A are the same target."""

    kind: Literal["dyad"] = "dyad"
    entities: tuple[str, str]

    @field_validator("entities")
    @classmethod
    def _sorted_pair(cls, value: tuple[str, str]) -> tuple[str, str]:
        if value[0] == value[1]:
            raise ValueError("a dyad needs two different entities")
        return (min(value), max(value))

    @property
    def a(self) -> str:
        return self.entities[0]

    @property
    def b(self) -> str:
        return self.entities[1]


Target = Annotated[EntityTarget | QuoteTarget | DyadTarget, Field(discriminator="kind")]


def entity_target(entity_id: str) -> EntityTarget:
    return EntityTarget(entity=entity_id)


def quote_target(quote_id: str) -> QuoteTarget:
    return QuoteTarget(quote=quote_id)


def dyad_target(a: str, b: str) -> DyadTarget:
    return DyadTarget(entities=(a, b))


def target_exists(target: EntityTarget | QuoteTarget | DyadTarget, dataset: Dataset) -> bool:
    """Whether the dataset still has the note's target (ids can vanish when it is re-curated)."""
    if isinstance(target, QuoteTarget):
        return any(quote.id == target.quote for quote in dataset.quotes)
    ids = {entity.id for entity in dataset.entities}
    if isinstance(target, EntityTarget):
        return target.entity in ids
    return target.a in ids and target.b in ids


def describe_target(
    target: EntityTarget | QuoteTarget | DyadTarget, dataset: Dataset, *, width: int = 60
) -> str:
    """A one-line plain-text label for lists of notes: entity names, or a quote's opening words.

    The label holds article text: display it literally, never as markup.
    """
    names = {entity.id: entity.name for entity in dataset.entities}
    if isinstance(target, EntityTarget):
        return names.get(target.entity, f"{target.entity} (no longer in the article)")
    if isinstance(target, DyadTarget):
        label = f"{names.get(target.a, target.a)} · {names.get(target.b, target.b)}"
        return label if target_exists(target, dataset) else f"{label} (no longer in the article)"
    quote = next((q for q in dataset.quotes if q.id == target.quote), None)
    if quote is None:
        return f"quote {target.quote} (no longer in the article)"
    words = " ".join(dataset.article.text[quote.start : quote.end].split())
    if len(words) > width:
        words = words[: width - 1].rstrip() + "…"
    return f"“{words}”"


def _assume_utc(moment: dt.datetime) -> dt.datetime:
    """A hand-edited time without a zone is read as UTC: naive and aware times never compare."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


Moment = Annotated[dt.datetime, AfterValidator(_assume_utc)]


class Note(_Frozen):
    """One note. ``article_sha256`` is the text it was last written against (see ``is_stale``)."""

    id: Annotated[str, Field(min_length=1)]
    target: Target
    text: str
    created: Moment
    updated: Moment
    article_sha256: str

    def is_stale(self, article_sha256: str) -> bool:
        """True when the article text changed since the note was last written or edited."""
        return self.article_sha256 != article_sha256


class Tombstone(_Frozen):
    """A deleted note id and when it was deleted, so that merging never resurrects it."""

    id: str
    deleted: Moment


class NotesFile(_Frozen):
    """The JSON document of one notes file."""

    format: Literal["frenemy-notes"]
    version: Literal[1]
    article: str
    notes: tuple[Note, ...] = ()
    deleted: tuple[Tombstone, ...] = ()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_notes_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("frenemy")) / "notes"


def notes_path(
    article_id: str,
    explicit: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Where the notes of an article live.

    Precedence: an explicit path (``--notes PATH``), then ``$FRENEMY_NOTES``, then
    ``<user data dir>/frenemy/notes/<article id>.json``. An explicit or environment path that
    is an existing directory holds one ``<article id>.json`` per article.
    """
    env = os.environ if environ is None else environ
    chosen = os.fspath(explicit) if explicit else env.get(ENV_VAR) or None
    if not chosen:
        return default_notes_dir() / f"{article_id}.json"
    path = Path(chosen).expanduser()
    return path / f"{article_id}.json" if path.is_dir() else path


class _Unreadable(Exception):
    """The bytes on disk are not a notes file that can be parsed: the file is moved aside."""


def _parse(raw: bytes, path: Path, article_id: str) -> NotesFile:
    """Parse a notes file; raise ``_Unreadable`` for damage and ``NotesError`` for refusals.

    A readable JSON object that is not a notes file at all (a dataset given to ``--notes`` by
    mistake), a newer format version, or the notes of another article are refused without
    touching the file: they are not damaged, only not ours to rewrite.
    """
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _Unreadable(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(document, dict) and "format" not in document and "article" in document:
        raise NotesError(f"{path}: not a notes file (is it a dataset?); it was left untouched")
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise NotesError(
                f"{path}: notes format version {version} is newer than this frenemy reads "
                f"({FORMAT_VERSION}); it was left untouched"
            )
    try:
        parsed = NotesFile.model_validate(document)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(part) for part in first["loc"]) or "top"
        raise _Unreadable(f"{place}: {first['msg']}") from None
    if parsed.article != article_id:
        raise NotesError(
            f"{path}: holds the notes of article {parsed.article!r}, not {article_id!r}; "
            "it was left untouched"
        )
    return parsed


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    if exc.errno == errno.EDQUOT:
        return "disk quota exceeded"
    return exc.strerror or str(exc)


def read_notes(path: str | os.PathLike[str], article_id: str) -> tuple[Note, ...]:
    """The notes in a file, for readers that must not change anything (``frenemy export``).

    A missing file means no notes. A damaged file raises ``NotesError`` and stays as it is.
    """
    target = Path(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return ()
    except OSError as exc:
        raise NotesError(f"{target}: cannot read notes: {_reason(exc)}") from None
    try:
        parsed = _parse(raw, target, article_id)
    except _Unreadable as exc:
        raise NotesError(f"{target}: damaged notes file: {exc}") from None
    return tuple(sorted(parsed.notes, key=lambda n: (n.created, n.id)))


class NoteStore:
    """The notes of one article, backed by one JSON file that is rewritten on every change.

    Open with ``NoteStore.open`` (or ``for_article``); read with ``notes``, ``for_target``,
    ``get``; change with ``add``, ``edit``, ``delete``, each of which saves before returning.
    Messages for the reader that do not stop anything (a damaged file moved aside) collect in
    ``take_warnings()``; failures that do raise ``NotesError`` with a message to show as is.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        article_id: str,
        article_sha256: str,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.path = Path(path)
        self.article_id = article_id
        self.article_sha256 = article_sha256
        self._clock = clock
        self._notes: dict[str, Note] = {}
        self._deleted: dict[str, dt.datetime] = {}
        self._seen: str | None = None
        self._warnings: list[str] = []
        self._dirty = False
        self._last_time: dt.datetime | None = None

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        article_id: str,
        article_sha256: str,
        *,
        clock: Clock = utc_now,
    ) -> NoteStore:
        """Load the notes file at ``path``; never raises, so the reader can always take notes.

        A missing file means no notes yet; a damaged one is moved aside. When the file cannot
        be read or is not ours to rewrite (another article's, a newer format), the store starts
        empty with a warning, and every save fails with ``NotesSaveError`` until the file is
        dealt with: it is never overwritten.
        """
        store = cls(path, article_id, article_sha256, clock=clock)
        try:
            with store._lock(required=False):
                store._absorb_disk()
        except OSError as exc:
            store._warnings.append(f"{store.path}: cannot read notes: {_reason(exc)}")
        except NotesError as exc:
            store._warnings.append(str(exc))
        return store

    @classmethod
    def for_article(
        cls,
        article: Article,
        explicit: str | os.PathLike[str] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Clock = utc_now,
    ) -> NoteStore:
        """Open the notes of an article where ``notes_path`` says they live."""
        path = notes_path(article.id, explicit, environ=environ)
        return cls.open(path, article.id, article.sha256, clock=clock)

    # Reading

    @property
    def notes(self) -> tuple[Note, ...]:
        """Every note, oldest first."""
        return tuple(sorted(self._notes.values(), key=lambda n: (n.created, n.id)))

    def get(self, note_id: str) -> Note | None:
        return self._notes.get(note_id)

    def for_target(self, target: EntityTarget | QuoteTarget | DyadTarget) -> tuple[Note, ...]:
        """The notes on one target, oldest first (usually one; two after a concurrent add)."""
        return tuple(note for note in self.notes if note.target == target)

    def is_stale(self, note: Note) -> bool:
        return note.is_stale(self.article_sha256)

    @property
    def dirty(self) -> bool:
        """True while a change is only in memory because the last save failed."""
        return self._dirty

    def take_warnings(self) -> list[str]:
        """Messages to show the reader once (a damaged file was moved aside); then forgotten."""
        warnings, self._warnings = self._warnings, []
        return warnings

    # Changing

    def add(self, target: EntityTarget | QuoteTarget | DyadTarget, text: str) -> Note:
        """Add a note and save; on ``NotesSaveError`` the note is kept in memory."""
        _require_text(text)
        now = self._now()
        note_id = self._new_id()
        note = Note(
            id=note_id,
            target=target,
            text=text,
            created=now,
            updated=now,
            article_sha256=self.article_sha256,
        )
        self._notes[note_id] = note
        self._changed()
        return note

    def edit(self, note_id: str, text: str) -> Note:
        """Replace a note's text (it is then current with the article text) and save."""
        _require_text(text)
        note = self._existing(note_id)
        if note.text == text and not self.is_stale(note):
            return note
        edited = note.model_copy(
            update={"text": text, "updated": self._now(), "article_sha256": self.article_sha256}
        )
        self._notes[note_id] = edited
        self._changed()
        return edited

    def delete(self, note_id: str) -> Note:
        """Delete a note and save; a tombstone keeps other instances from bringing it back."""
        note = self._existing(note_id)
        del self._notes[note_id]
        self._deleted[note_id] = self._now()
        self._changed()
        return note

    def save(self) -> None:
        """Write the notes now, merging what another instance saved meanwhile."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock(required=True):
                self._remove_leftovers()
                current = self._absorb_disk()
                data = self._dumps()
                if current is not None and current != data:
                    write_atomic(self._sibling(".bak"), current)
                if current != data:
                    write_atomic(self.path, data)
                self._seen = _digest(data)
        except OSError as exc:
            self._dirty = True
            raise NotesSaveError(
                f"cannot save notes to {self.path}: {_reason(exc)}; "
                "your notes are kept in memory and saving is retried on the next change"
            ) from None
        except NotesError as exc:
            self._dirty = True
            raise NotesSaveError(f"{exc}; your notes are kept in memory") from None
        self._dirty = False

    def refresh(self) -> bool:
        """Merge notes another instance saved; True when the notes in memory changed."""
        before = dict(self._notes)
        try:
            with self._lock(required=False):
                self._absorb_disk()
        except OSError as exc:
            raise NotesError(f"{self.path}: cannot read notes: {_reason(exc)}") from None
        return before != self._notes

    # Internals

    def _changed(self) -> None:
        self._dirty = True
        self.save()

    def _existing(self, note_id: str) -> Note:
        note = self._notes.get(note_id)
        if note is None:
            raise NotesError(f"no note {note_id!r}: it was deleted, perhaps in another window")
        return note

    def _now(self) -> dt.datetime:
        """The clock, made strictly increasing so that two quick edits never tie."""
        now = self._clock()
        if self._last_time is not None and now <= self._last_time:
            now = self._last_time + dt.timedelta(microseconds=1)
        self._last_time = now
        return now

    def _new_id(self) -> str:
        while True:
            candidate = secrets.token_hex(6)
            if candidate not in self._notes and candidate not in self._deleted:
                return candidate

    def _remove_leftovers(self) -> None:
        """Delete temporary files of saves that were killed mid-write.

        Only a lock holder writes them, and we hold the lock: any that exist are debris.
        """
        for leftover in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _sibling(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    def _dumps(self) -> bytes:
        document = NotesFile(
            format=FORMAT,
            version=FORMAT_VERSION,
            article=self.article_id,
            notes=self.notes,
            deleted=tuple(
                Tombstone(id=i, deleted=when) for i, when in sorted(self._deleted.items())
            ),
        )
        return orjson.dumps(document.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n"

    def _absorb_disk(self) -> bytes | None:
        """Merge the file's notes into memory; return its bytes, None when there is no file.

        Damaged bytes are moved aside (and None returned) so that the save that follows
        writes a fresh file beside them instead of over them.
        """
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        digest = _digest(raw)
        if digest == self._seen:
            return raw
        try:
            parsed = _parse(raw, self.path, self.article_id)
        except _Unreadable as exc:
            self._move_aside(str(exc))
            return None
        self._merge(parsed.notes, parsed.deleted)
        self._seen = digest
        return raw

    def _merge(self, notes: Iterable[Note], tombstones: Iterable[Tombstone]) -> None:
        """Union by id: the newest ``updated`` wins (ties by text, so every side agrees)."""
        for tombstone in tombstones:
            known = self._deleted.get(tombstone.id)
            if known is None or tombstone.deleted > known:
                self._deleted[tombstone.id] = tombstone.deleted
        for note in notes:
            mine = self._notes.get(note.id)
            if mine is None or (note.updated, note.text) > (mine.updated, mine.text):
                self._notes[note.id] = note
        for note_id, when in self._deleted.items():
            note = self._notes.get(note_id)
            if note is not None and note.updated <= when:
                del self._notes[note_id]

    def _move_aside(self, why: str) -> None:
        stamp = self._clock().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        base = self._sibling(f".corrupt-{stamp}")
        destination = base
        number = 1
        while True:
            try:
                _rename_no_clobber(self.path, destination)
                break
            except FileExistsError:
                destination = base.with_name(f"{base.name}-{number}")
                number += 1
            except OSError as exc:
                raise NotesError(
                    f"{self.path}: damaged notes file ({why}) that cannot be moved aside "
                    f"({_reason(exc)}); it will not be overwritten"
                ) from None
        self._seen = None
        self._warnings.append(
            f"{self.path}: damaged notes file ({why}); moved aside to {destination.name}, "
            "starting with no notes from it"
        )

    @contextlib.contextmanager
    def _lock(self, *, required: bool) -> Iterator[None]:
        """Hold ``<file>.lock`` exclusively so that two savers never interleave.

        Reading does not need the lock (files are replaced by rename): a read takes it only to
        move a damaged file aside safely, goes ahead without it when the lock file cannot be
        created, and does not create one for a notes file that does not exist yet. The lock
        file stays in place: removing it would race with another process acquiring it.
        """
        if fcntl is None or not (required or self.path.exists()):
            yield
            return
        try:
            fd = os.open(self._sibling(".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if required:
                raise
            yield
            return
        try:
            deadline = time.monotonic() + LOCK_TIMEOUT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise NotesError(
                            f"{self.path}: another frenemy has held the notes lock for "
                            f"{LOCK_TIMEOUT:.0f} s"
                        ) from None
                    time.sleep(0.01)
            yield
        finally:
            os.close(fd)


def _require_text(text: str) -> None:
    if not text.strip():
        raise NotesError("a note needs some text (to remove a note, delete it)")


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _rename_no_clobber(source: Path, destination: Path) -> None:
    """Rename without ever replacing an existing file (``FileExistsError`` if there is one)."""
    try:
        os.link(source, destination)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        if destination.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(destination)) from None
        os.rename(source, destination)
        return
    os.unlink(source)
