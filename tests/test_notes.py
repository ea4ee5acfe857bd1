"""The note store: notes survive restarts, crashes, damage, full disks and a second window."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tui import notes as notes_module
from tui.notes import (
    ENV_VAR,
    NotesError,
    NotesSaveError,
    NoteStore,
    dyad_target,
    entity_target,
    notes_path,
    quote_target,
    read_notes,
)

ROOT = Path(__file__).resolve().parent.parent
SHA = "a" * 64
OTHER_SHA = "b" * 64


class Clock:
    """A clock the test moves by hand, so that 'newest wins' is decided by the test."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, seconds: float = 1) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "notes" / "article.json"


def open_store(path: Path, clock: Clock | None = None, sha: str = SHA) -> NoteStore:
    return NoteStore.open(path, "article", sha, clock=clock or Clock())


def texts(store: NoteStore) -> list[str]:
    return [note.text for note in store.notes]


def run_python(script: str, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [*prefix, sys.executable, "-c", textwrap.dedent(script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_add_edit_delete_persist_across_instances(path: Path, clock: Clock) -> None:
    store = open_store(path, clock)
    microsoft = store.add(entity_target("microsoft"), "*not bold* # not a heading")
    clock.tick()
    on_quote = store.add(quote_target("q1"), "first line\nsecond line")
    clock.tick()
    on_dyad = store.add(dyad_target("openai", "microsoft"), "cooling off")

    reopened = open_store(path, clock)
    assert texts(reopened) == [
        "*not bold* # not a heading",
        "first line\nsecond line",
        "cooling off",
    ]
    assert reopened.for_target(entity_target("microsoft")) == (microsoft,)
    assert reopened.for_target(quote_target("q1")) == (on_quote,)
    assert reopened.for_target(dyad_target("microsoft", "openai")) == (on_dyad,)

    clock.tick()
    edited = reopened.edit(microsoft.id, "edited")
    assert edited.created == microsoft.created and edited.updated > microsoft.updated
    reopened.delete(on_quote.id)
    final = open_store(path, clock)
    assert texts(final) == ["edited", "cooling off"]
    assert final.get(on_quote.id) is None
    assert not final.dirty


def test_blank_note_and_unknown_note_are_refused(path: Path) -> None:
    store = open_store(path)
    with pytest.raises(NotesError, match="needs some text"):
        store.add(entity_target("x"), " \n\t")
    with pytest.raises(NotesError, match="no note"):
        store.edit("missing", "text")
    assert not path.exists()


def test_a_dyad_is_the_same_target_in_either_order() -> None:
    assert dyad_target("b", "a") == dyad_target("a", "b")
    with pytest.raises(ValueError, match="two different"):
        dyad_target("a", "a")


def test_previous_version_is_kept_as_backup(path: Path) -> None:
    store = open_store(path)
    store.add(entity_target("x"), "one")
    store.add(entity_target("x"), "two")
    backup = json.loads(path.with_name("article.json.bak").read_text("utf-8"))
    assert [n["text"] for n in backup["notes"]] == ["one"]
    assert [n["text"] for n in json.loads(path.read_text("utf-8"))["notes"]] == ["one", "two"]


def test_notes_on_changed_text_are_kept_and_flagged_stale(path: Path, clock: Clock) -> None:
    old = open_store(path, clock, sha=SHA)
    note = old.add(entity_target("x"), "written on the first text")
    clock.tick()
    new = open_store(path, clock, sha=OTHER_SHA)
    assert texts(new) == ["written on the first text"]
    assert new.is_stale(new.notes[0])
    new.add(entity_target("y"), "written on the new text")
    assert [new.is_stale(n) for n in new.notes] == [True, False]
    assert new.notes[0] == note
    refreshed = new.edit(note.id, note.text)
    assert not new.is_stale(refreshed)


def test_damaged_file_is_moved_aside_and_never_overwritten(path: Path, clock: Clock) -> None:
    path.parent.mkdir(parents=True)
    damaged = b'{"format": "frenemy-notes", "version": 1, "notes": [trunc'
    path.write_bytes(damaged)
    store = open_store(path, clock)
    warnings = store.take_warnings()
    assert len(warnings) == 1 and "damaged notes file" in warnings[0]
    assert "moved aside to article.json.corrupt-20260101T120000Z" in warnings[0]
    assert store.take_warnings() == []
    assert store.notes == ()
    aside = path.with_name("article.json.corrupt-20260101T120000Z")
    assert aside.read_bytes() == damaged
    store.add(entity_target("x"), "a fresh start")
    assert aside.read_bytes() == damaged
    assert texts(open_store(path)) == ["a fresh start"]


def test_second_damaged_file_in_the_same_second_gets_its_own_name(path: Path, clock: Clock) -> None:
    path.parent.mkdir(parents=True)
    for content in (b"first damage", b"second damage"):
        path.write_bytes(content)
        open_store(path, clock)
    assert path.with_name("article.json.corrupt-20260101T120000Z").read_bytes() == b"first damage"
    assert path.with_name("article.json.corrupt-20260101T120000Z-1").read_bytes() == (
        b"second damage"
    )


def test_a_file_damaged_while_running_is_moved_aside_at_the_next_save(path: Path) -> None:
    store = open_store(path)
    store.add(entity_target("x"), "kept in memory")
    path.write_bytes(b"\x00\xff garbage")
    store.add(entity_target("x"), "second")
    assert any("moved aside" in w for w in store.take_warnings())
    assert texts(open_store(path)) == ["kept in memory", "second"]
    assert [p.read_bytes() for p in path.parent.glob("article.json.corrupt-*")] == [
        b"\x00\xff garbage"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"format": "frenemy-notes", "version": 1, "article": "other"}, "article 'other'"),
        ({"format": "frenemy-notes", "version": 9, "article": "article"}, "newer"),
        ({"schema_version": 1, "article": {"id": "article"}}, "not a notes file"),
    ],
)
def test_a_file_that_is_not_ours_is_left_untouched(path: Path, content: dict, message: str) -> None:
    path.parent.mkdir(parents=True)
    raw = json.dumps(content).encode()
    path.write_bytes(raw)
    store = open_store(path)
    assert any(message in w for w in store.take_warnings())
    with pytest.raises(NotesSaveError, match=message):
        store.add(entity_target("x"), "kept in memory")
    assert texts(store) == ["kept in memory"] and store.dirty
    assert path.read_bytes() == raw
    assert not list(path.parent.glob("*.corrupt-*"))
    with pytest.raises(NotesError, match=message):
        read_notes(path, "article")


READ_ONLY_SCRIPT = """
    import json, sys
    from tui.notes import NoteStore, NotesSaveError, entity_target
    store = NoteStore.open(sys.argv[1], "article", "a" * 64)
    result = {"loaded": [n.text for n in store.notes], "warnings": store.take_warnings()}
    try:
        store.add(entity_target("x"), "written in a read-only directory")
    except NotesSaveError as exc:
        result["error"] = str(exc)
    result["memory"] = [n.text for n in store.notes]
    result["dirty"] = store.dirty
    print(json.dumps(result))
"""


def unprivileged() -> tuple[str, ...]:
    """A command prefix under which file modes apply: root ignores them unless it drops the
    capabilities that bypass them."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root: setpriv is needed to drop CAP_DAC_OVERRIDE"
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--")


def test_read_only_directory_keeps_notes_in_memory_with_a_clear_error(path: Path) -> None:
    open_store(path).add(entity_target("x"), "saved before")
    before = path.read_bytes()
    path.parent.chmod(0o555)
    try:
        process = run_python(READ_ONLY_SCRIPT, str(path), prefix=unprivileged())
        out, err = process.communicate(timeout=60)
    finally:
        path.parent.chmod(0o755)
    assert process.returncode == 0, err
    result = json.loads(out)
    assert result["loaded"] == ["saved before"] and result["warnings"] == []
    assert result["error"].startswith(f"cannot save notes to {path}: permission denied;")
    assert "kept in memory" in result["error"]
    assert result["memory"] == ["saved before", "written in a read-only directory"]
    assert result["dirty"] is True
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["article.json", "article.json.lock"]


def test_file_deleted_under_a_running_store_is_recreated(path: Path) -> None:
    store = open_store(path)
    store.add(entity_target("x"), "one")
    path.unlink()
    store.add(entity_target("x"), "two")
    assert texts(open_store(path)) == ["one", "two"]


def test_directory_deleted_under_a_running_store_is_recreated(path: Path) -> None:
    store = open_store(path)
    store.add(entity_target("x"), "one")
    shutil.rmtree(path.parent)
    store.add(entity_target("x"), "two")
    assert texts(open_store(path)) == ["one", "two"]


def test_full_disk_leaves_the_old_file_intact(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(path)
    store.add(entity_target("x"), "saved")
    before = path.read_bytes()
    files_before = sorted(path.parent.iterdir())

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(NotesSaveError, match="no space left on device"):
        store.add(entity_target("x"), "not yet on disk")
    assert path.read_bytes() == before
    assert sorted(path.parent.iterdir()) == files_before
    assert texts(store) == ["saved", "not yet on disk"] and store.dirty

    monkeypatch.undo()
    store.save()
    assert not store.dirty
    assert texts(open_store(path)) == ["saved", "not yet on disk"]


def test_two_stores_on_one_file_lose_no_note(path: Path, clock: Clock) -> None:
    first = open_store(path, clock)
    second = open_store(path, clock)
    clock.tick()
    one = first.add(entity_target("x"), "from the first window")
    clock.tick()
    two = second.add(entity_target("y"), "from the second window")
    assert texts(second) == ["from the first window", "from the second window"]
    assert first.refresh() is True
    assert first.refresh() is False
    assert texts(first) == texts(second)

    clock.tick()
    first.edit(one.id, "first edit")
    clock.tick()
    second.edit(one.id, "second edit, later")
    first.delete(two.id)
    assert texts(open_store(path)) == ["second edit, later"]

    clock.tick()
    second.add(entity_target("z"), "third")
    on_disk = open_store(path)
    assert texts(on_disk) == ["second edit, later", "third"]
    assert on_disk.get(two.id) is None


def test_newest_edit_wins_whichever_window_saves_last(path: Path, clock: Clock) -> None:
    first = open_store(path, clock)
    note = first.add(entity_target("x"), "original")
    second = open_store(path, clock)
    clock.tick()
    second.edit(note.id, "newer")
    clock.tick(-0.5)
    first.edit(note.id, "older, saved last")
    assert texts(open_store(path)) == ["newer"]
    assert texts(first) == ["newer"]


def test_an_edit_made_after_a_deletion_elsewhere_survives(path: Path, clock: Clock) -> None:
    first = open_store(path, clock)
    note = first.add(entity_target("x"), "original")
    second = open_store(path, clock)
    clock.tick()
    first.delete(note.id)
    clock.tick()
    second.edit(note.id, "edited after the deletion")
    assert texts(open_store(path)) == ["edited after the deletion"]


WRITER_SCRIPT = """
    import sys
    from tui.notes import NoteStore, entity_target
    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = NoteStore.open(path, "article", "a" * 64)
    print("ready", flush=True)
    for index in range(count):
        store.add(entity_target("x"), f"{prefix} {index} " + "padding " * 2000)
        print(index, flush=True)
"""


def test_two_processes_adding_at_once_lose_no_note(path: Path) -> None:
    writers = [run_python(WRITER_SCRIPT, str(path), name, "25") for name in ("left", "right")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    names = sorted(text.split(" padding")[0] for text in texts(open_store(path)))
    assert names == sorted(f"{side} {i}" for side in ("left", "right") for i in range(25))


def test_a_writer_killed_at_random_moments_leaves_old_or_new_valid_file(path: Path) -> None:
    """SIGKILL a process that saves in a loop: the file always parses, holds every note whose
    save had returned, and at most the one being saved."""
    rng = random.Random(5)
    written = 0
    for _round in range(12):
        writer = run_python(WRITER_SCRIPT, str(path), f"round{_round}", "1000")
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        previous = len(read_notes(path, "article"))
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate(timeout=60)
        assert writer.returncode == -signal.SIGKILL
        confirmed = len(out.split())
        document = json.loads(path.read_bytes()) if path.exists() else {"notes": []}
        count = len(document["notes"])
        assert previous + confirmed <= count <= previous + confirmed + 1
        store = open_store(path)
        assert store.take_warnings() == []
        assert len(store.notes) == count
        written += confirmed
    assert written > 0, "the writer was always killed before its first save"
    open_store(path).add(entity_target("x"), "after the crashes")
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "article.json",
        "article.json.bak",
        "article.json.lock",
    ]


def test_notes_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = tmp_path / "explicit.json"
    from_env = tmp_path / "env.json"
    assert notes_path("art", explicit, environ={ENV_VAR: str(from_env)}) == explicit
    assert notes_path("art", None, environ={ENV_VAR: str(from_env)}) == from_env
    assert notes_path("art", None, environ={ENV_VAR: str(tmp_path)}) == tmp_path / "art.json"
    monkeypatch.setattr(notes_module, "default_notes_dir", lambda: tmp_path / "data")
    assert notes_path("art", None, environ={}) == tmp_path / "data" / "art.json"
    assert notes_path("art", None, environ={ENV_VAR: ""}) == tmp_path / "data" / "art.json"


def test_default_directory_is_the_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    expected = Path(platformdirs.user_data_dir("frenemy")) / "notes" / "art.json"
    assert notes_path("art", environ={}) == expected


def test_read_notes_reports_damage_without_touching_the_file(path: Path) -> None:
    assert read_notes(path, "article") == ()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[1, 2")
    with pytest.raises(NotesError, match="damaged notes file: invalid JSON"):
        read_notes(path, "article")
    assert path.read_bytes() == b"[1, 2"


def test_for_article_opens_the_file_that_notes_path_names(tmp_path: Path) -> None:
    from .factories import make_dataset

    dataset = make_dataset("Acme sues Globex.", entities=["Acme", "Globex"], article_id="art")
    environ = {ENV_VAR: str(tmp_path)}
    store = NoteStore.for_article(dataset.article, environ=environ)
    store.add(entity_target("acme"), "saved where the environment says")
    assert store.path == tmp_path / "art.json"
    again = NoteStore.for_article(dataset.article, tmp_path / "art.json", environ={})
    assert texts(again) == ["saved where the environment says"]
    assert not again.is_stale(again.notes[0])


def test_times_without_a_zone_are_read_as_utc(path: Path) -> None:
    path.parent.mkdir(parents=True)
    note = {
        "id": "n1",
        "target": {"kind": "entity", "entity": "x"},
        "text": "hand edited",
        "created": "2026-01-01T10:00:00",
        "updated": "2026-01-01T10:00:00",
        "article_sha256": SHA,
    }
    document = {"format": "frenemy-notes", "version": 1, "article": "article", "notes": [note]}
    path.write_text(json.dumps(document), encoding="utf-8")
    store = open_store(path)
    assert store.take_warnings() == []
    assert store.notes[0].updated == dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC)
    store.edit("n1", "edited")
    assert texts(open_store(path)) == ["edited"]


def test_targets_are_described_and_checked_against_the_dataset() -> None:
    from tui.notes import describe_target, target_exists

    from .factories import make_dataset

    dataset = make_dataset(
        "Acme sues Globex over a very long list of grievances that goes on and on.",
        entities=["Acme", "Globex"],
        quotes=["Acme sues Globex over a very long list of grievances that goes on and on."],
    )
    assert describe_target(entity_target("acme"), dataset) == "Acme"
    assert describe_target(dyad_target("globex", "acme"), dataset) == "Acme · Globex"
    assert describe_target(quote_target("q1"), dataset, width=20) == "“Acme sues Globex ov…”"
    assert describe_target(entity_target("gone"), dataset) == "gone (no longer in the article)"
    assert describe_target(quote_target("q9"), dataset) == "quote q9 (no longer in the article)"
    assert [
        target_exists(t, dataset)
        for t in (
            entity_target("acme"),
            entity_target("gone"),
            quote_target("q1"),
            quote_target("q9"),
            dyad_target("acme", "globex"),
            dyad_target("acme", "gone"),
        )
    ] == [True, False, True, False, True, False]


def test_opening_an_article_without_notes_writes_nothing(path: Path) -> None:
    path.parent.mkdir(parents=True)
    store = open_store(path)
    assert store.notes == () and store.take_warnings() == []
    assert list(path.parent.iterdir()) == []
