"""Notes in the browser: the editor, where notes show, the notes list, saving and export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.text import Text
from textual import events
from textual.widgets import Input, Static, TextArea

from tests.app.conftest import make_app, ready
from tests.app.factory import hostile
from tests.app.test_terminal import terminal  # noqa: F401  (the tmux fixture)
from tests.conftest import ROOT
from tests.test_notes import unprivileged
from tui.app.app import FrenemyApp
from tui.app.screens.dialogs import ConfirmDialog, PromptDialog
from tui.app.screens.main import MainScreen
from tui.app.screens.note_editor import NoteEditor
from tui.app.screens.notes import NoteList, NotesScreen
from tui.app.screens.reader import ArticleText, ReaderScreen
from tui.app.screens.tension import DyadList, TensionScreen, dyad_key
from tui.app.widgets.entity_list import EntityList
from tui.app.widgets.entity_view import NOTES, QUOTE, EntityView
from tui.app.widgets.note_text import NOTE_MARK, STALE_FLAG
from tui.model import Dataset
from tui.notes import NoteStore, dyad_target, entity_target, quote_target

HOSTILE = "*not bold* # not a heading\n[bold]loud[/bold] [@click=app.quit]quit[/] \x1b[31mred"
SHOWN = "*not bold* # not a heading", "[bold]loud[/bold] [@click=app.quit]quit[/] ␛[31mred"


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    return tmp_path / "notes" / "article.json"


def store_for(dataset: Dataset, path: Path) -> NoteStore:
    return NoteStore.for_article(dataset.article, path)


def texts(path: Path, dataset: Dataset) -> list[str]:
    return [note.text for note in store_for(dataset, path).notes]


def plain_rows(app) -> list[str]:
    return [option.prompt.plain for option in app.screen.query_one(EntityView).options]


def note_rows(app) -> list:
    view = app.screen.query_one(EntityView)
    view.finish()  # the page builds rows as they scroll into view; the notes come last
    return [o for o in view.options if (o.id or "").startswith(NOTES)]


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def write_note(pilot, text: str) -> None:
    """Type ``text`` into the open editor and save it."""
    assert isinstance(pilot.app.screen, NoteEditor)
    pilot.app.screen.query_one(TextArea).insert(text)
    await pilot.press("ctrl+s")
    await pilot.pause()


def breakdown(screen) -> str:
    """The text the tension view's breakdown shows now."""
    content = screen.query_one("#breakdown-body", Static).content
    return "\n".join(part.plain for part in content.renderables)


def spans_over(text: Text, fragment: str) -> list[str]:
    start = text.plain.index(fragment)
    end = start + len(fragment)
    return [str(s.style) for s in text.spans if s.start < end and s.end > start]


async def test_add_a_typed_note_to_the_selected_entity(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.current_entity == "microsoft"
        await pilot.press("a")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        label = editor.query_one("#note-label", Static).render()
        assert str(label) == "New note on Microsoft"
        await pilot.press(*"Redmond hedges")
        assert editor.text == "Redmond hedges"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        rows = note_rows(app)
        assert [row.prompt.plain.strip() for row in rows] == [f"{NOTE_MARK} Redmond hedges"]
        assert "Notes (1)" in [p.strip() for p in plain_rows(app)]
        marker = app.screen.query_one(EntityList).get_option("microsoft").prompt.plain
        assert NOTE_MARK in marker
        assert NOTE_MARK not in app.screen.query_one(EntityList).get_option("ftc").prompt.plain
    assert texts(notes_file, dataset) == ["Redmond hedges"]


async def test_edit_the_note_keeps_one_note(dataset, notes_file) -> None:
    store_for(dataset, notes_file).add(entity_target("microsoft"), "first draft")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.text == "first draft"
        assert str(editor.query_one("#note-label", Static).render()) == "Note on Microsoft"
        await pilot.press(*" revised")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [
            f"{NOTE_MARK} first draft revised"
        ]
    assert texts(notes_file, dataset) == ["first draft revised"]


async def test_cancel_without_changes_asks_nothing(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert not notes_file.exists()


async def test_cancel_with_changes_asks_before_discarding(dataset, notes_file) -> None:
    store_for(dataset, notes_file).add(entity_target("microsoft"), "kept")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", *" and more", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep editing: nothing lost
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "kept and more"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [f"{NOTE_MARK} kept"]
    assert texts(notes_file, dataset) == ["kept"]


async def test_saving_an_empty_note_asks_to_delete_it(dataset, notes_file) -> None:
    store_for(dataset, notes_file).add(entity_target("microsoft"), "short-lived")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        app.screen.query_one(TextArea).clear()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert texts(notes_file, dataset) == ["short-lived"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert note_rows(app) == []
        assert NOTE_MARK not in app.screen.query_one(EntityList).get_option("microsoft").prompt
    assert texts(notes_file, dataset) == []


async def test_delete_a_note_row_after_confirmation(dataset, notes_file) -> None:
    note = store_for(dataset, notes_file).add(entity_target("microsoft"), "to delete")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        view.focus()
        view.highlighted = view.ensure(NOTES + note.id)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.message == "Delete the note on Microsoft?"
        await pilot.press("n")
        await pilot.pause()
        assert len(note_rows(app)) == 1
        await pilot.press("x", "y")
        await pilot.pause()
        assert note_rows(app) == []
        assert any(m == "Note deleted." for m in messages(app))
    assert texts(notes_file, dataset) == []


async def test_enter_on_a_note_row_opens_its_editor(dataset, notes_file) -> None:
    note = store_for(dataset, notes_file).add(entity_target("microsoft"), "open me")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        view.focus()
        view.highlighted = view.ensure(NOTES + note.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "open me"


async def test_note_on_the_focused_quote_shows_under_it(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("coreweave")
        await pilot.press("right_square_bracket")  # the page has focus, on the first quote
        view = app.screen.query_one(EntityView)
        quote_id = view.highlighted_id.removeprefix(QUOTE)
        await pilot.press("a")
        assert str(app.screen.query_one("#note-label", Static).render()).startswith("New note on “")
        await write_note(pilot, "about this sentence")
        ids = [option.id for option in view.options]
        position = ids.index(QUOTE + quote_id)
        under = view.options[position + 1]
        assert (under.id or "").startswith(NOTES)
        assert under.prompt.plain.strip() == f"{NOTE_MARK} about this sentence"
        assert view.highlighted_id == QUOTE + quote_id  # the cursor stayed on the quote
        # every entity the quote mentions is marked in the side panel
        listed = app.screen.query_one(EntityList)
        mentioned = {m.entity for m in app.index.mentions_by_quote[quote_id]}
        assert "openai" in mentioned
        for entity_id in mentioned:
            assert NOTE_MARK in listed.get_option(entity_id).prompt.plain
    (note,) = store_for(dataset, notes_file).notes
    assert note.target == quote_target(quote_id)


async def test_note_on_a_dyad_shows_in_its_breakdown(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TensionScreen)
        a, b = screen.dyad.a, screen.dyad.b
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await write_note(pilot, "still partners")
        assert f"{NOTE_MARK} still partners" in breakdown(screen)
        row = screen.query_one(DyadList).get_option(dyad_key(a, b)).prompt.plain
        assert row.endswith(NOTE_MARK)
        await pilot.press("escape")
        await pilot.pause()
        # on the entity page the dyad's row carries the marker too
        other = b if a == app.current_entity else a
        dyad_row = app.screen.query_one(EntityView).get_option("dyad:" + other).prompt.plain
        assert dyad_row.endswith(NOTE_MARK)
    (note,) = store_for(dataset, notes_file).notes
    assert note.target == dyad_target(a, b)


async def test_notes_are_shown_literally(dataset, notes_file) -> None:
    store = store_for(dataset, notes_file)
    store.add(entity_target("microsoft"), HOSTILE)
    store.add(dyad_target("microsoft", "openai"), HOSTILE)
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        (row,) = note_rows(app)
        prompt = row.prompt
        assert [line.strip() for line in prompt.plain.split("\n")] == [
            f"{NOTE_MARK} {SHOWN[0]}",
            SHOWN[1],
        ]
        assert "\x1b" not in prompt.plain
        assert spans_over(prompt, "*not bold*") == []
        assert spans_over(prompt, "[@click=app.quit]quit[/]") == []
        assert all("@click" not in str(span.style) for span in prompt.spans)
        await pilot.press("N")
        await pilot.pause()
        listed = app.screen.query_one(NoteList)
        assert SHOWN[0] in listed.options[0].prompt.plain
        await pilot.press("escape", "t")
        await pilot.pause()
        app.screen.query_one(DyadList).want(dyad_key("microsoft", "openai"))
        await pilot.pause()
        body = breakdown(app.screen)
        assert SHOWN[0] in body and SHOWN[1] in body


async def test_notes_list_opens_each_kind_of_target(dataset, notes_file) -> None:
    store = store_for(dataset, notes_file)
    store.add(entity_target("oracle"), "on Oracle")
    quote_id = "q16"
    store.add(quote_target(quote_id), "on a quote")
    store.add(dyad_target("openai", "coreweave"), "on a dyad")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)

        async def open_row(number: int) -> None:
            await pilot.press("N")
            await pilot.pause()
            assert isinstance(app.screen, NotesScreen)
            listed = app.screen.query_one(NoteList)
            listed.highlighted = number
            await pilot.press("enter")
            await pilot.pause()

        await pilot.press("N")
        await pilot.pause()
        rows = [o.prompt.plain for o in app.screen.query_one(NoteList).options]
        assert rows[0].split("\n") == [f"{NOTE_MARK} entity  Oracle", "   on Oracle"]
        assert rows[1].startswith(f"{NOTE_MARK} quote  “") and rows[1].endswith("on a quote")
        assert rows[2].split("\n") == [f"{NOTE_MARK} dyad  CoreWeave · OpenAI", "   on a dyad"]
        await pilot.press("escape")

        await open_row(0)
        assert isinstance(app.screen, MainScreen) and app.current_entity == "oracle"

        await open_row(1)
        assert isinstance(app.screen, MainScreen)
        view = app.screen.query_one(EntityView)
        assert view.highlighted_id == QUOTE + quote_id
        assert app.focused is view
        mentioned = {m.entity for m in app.index.mentions_by_quote[quote_id]}
        assert app.current_entity in mentioned

        await open_row(2)
        screen = app.screen
        assert isinstance(screen, TensionScreen)
        assert (screen.dyad.a, screen.dyad.b) == ("coreweave", "openai")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_notes_list_edits_and_deletes(dataset, notes_file) -> None:
    store_for(dataset, notes_file).add(entity_target("oracle"), "on Oracle")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("N", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "on Oracle"
        await pilot.press(*"!", "ctrl+s")
        await pilot.pause()
        listed = app.screen.query_one(NoteList)
        assert listed.options[0].prompt.plain.endswith("on Oracle!")
        await pilot.press("x", "y")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)
        assert listed.options[0].disabled and "No notes" in listed.options[0].prompt.plain
    assert texts(notes_file, dataset) == []


async def test_stale_notes_are_flagged(dataset, notes_file) -> None:
    stale = NoteStore.open(notes_file, dataset.article.id, "0" * 64)
    stale.add(entity_target("microsoft"), "written on another text")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        (row,) = note_rows(app)
        assert STALE_FLAG in row.prompt.plain
        await pilot.press("N")
        await pilot.pause()
        assert STALE_FLAG in app.screen.query_one(NoteList).options[0].prompt.plain


async def test_notes_persist_across_two_app_instances(dataset, notes_file) -> None:
    first = make_app(dataset, notes_path=notes_file)
    async with first.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        await write_note(pilot, SHOWN[0])
    second = make_app(dataset, notes_path=notes_file)
    async with second.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert [r.prompt.plain.strip() for r in note_rows(second)] == [f"{NOTE_MARK} {SHOWN[0]}"]


async def test_notes_saved_by_another_window_appear_when_the_app_regains_focus(
    dataset, notes_file
) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert note_rows(app) == []
        store_for(dataset, notes_file).add(entity_target("microsoft"), "from the other window")
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [
            f"{NOTE_MARK} from the other window"
        ]


async def test_a_damaged_notes_file_is_reported_at_start_up(dataset, notes_file) -> None:
    notes_file.parent.mkdir(parents=True)
    notes_file.write_bytes(b"{ not json")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        (warning,) = [n for n in app._notifications if n.severity == "warning"]
        assert warning.message.startswith(f"{notes_file}: damaged notes file")
        assert "moved aside" in warning.message
    assert any(p.name.startswith("article.json.corrupt-") for p in notes_file.parent.iterdir())


async def test_a_full_disk_keeps_the_note_in_memory(dataset, notes_file, monkeypatch) -> None:
    import errno

    import tui.notes

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        monkeypatch.setattr(tui.notes, "write_atomic", full)
        await pilot.press("a")
        await write_note(pilot, "not on disk yet")
        (error,) = [n for n in app._notifications if n.severity == "error"]
        assert "no space left on device" in error.message
        assert "kept in memory" in error.message
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [f"{NOTE_MARK} not on disk yet"]
        monkeypatch.undo()
        await pilot.press("a", *"!")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert texts(notes_file, dataset) == ["not on disk yet!"]


READ_ONLY_SCRIPT = """
import asyncio, json, sys
from pathlib import Path
from textual.widgets import TextArea
from tests.app.conftest import ready
from tests.app.factory import build
from tui.app.app import FrenemyApp

async def main():
    app = FrenemyApp(build(), notes_path=Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        app.screen.query_one(TextArea).insert("written in a read-only directory")
        await pilot.press("ctrl+s")
        await pilot.pause()
        errors = [n.message for n in app._notifications if n.severity == "error"]
        view = app.screen.query_one("#entity")
        view.finish()
        rows = [o.prompt.plain.strip() for o in view.options if (o.id or "").startswith("notes:")]
        memory = [n.text for n in app.notes.notes]
        print(json.dumps({"errors": errors, "rows": rows, "memory": memory}))

asyncio.run(main())
"""


def test_a_read_only_directory_shows_the_error_and_keeps_the_note(tmp_path) -> None:
    directory = tmp_path / "ro"
    directory.mkdir()
    notes_file = directory / "article.json"
    directory.chmod(0o555)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FRENEMY_CONFIG_DIR": str(tmp_path / "cfg")}
    try:
        result = subprocess.run(
            [*unprivileged(), sys.executable, "-c", READ_ONLY_SCRIPT, str(notes_file)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=ROOT,
        )
    finally:
        directory.chmod(0o755)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    (error,) = shown["errors"]
    assert error.startswith(f"cannot save notes to {notes_file}: permission denied;")
    assert "kept in memory" in error
    assert shown["rows"] == [f"{NOTE_MARK} written in a read-only directory"]
    assert shown["memory"] == ["written in a read-only directory"]
    assert list(directory.iterdir()) == []


async def export(pilot, path: Path) -> None:
    await pilot.press("e")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PromptDialog)
    dialog.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()


async def test_export_writes_the_file_and_asks_before_replacing_it(
    dataset, notes_file, tmp_path, monkeypatch
) -> None:
    store_for(dataset, notes_file).add(entity_target("microsoft"), SHOWN[0])
    monkeypatch.chdir(tmp_path)
    output = tmp_path / "out.md"
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one(Input).value == f"{dataset.article.id}.md"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

        await export(pilot, output)
        assert isinstance(app.screen, MainScreen)
        written = output.read_text(encoding="utf-8")
        assert r"\*not bold\* \# not a heading" in written
        assert "### Microsoft" in written
        assert f"Wrote {output} (1 note)." in messages(app)

        output.write_text("mine", encoding="utf-8")
        await export(pilot, output)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.message == f"{output} already exists. Replace it?"
        await pilot.press("n")
        await pilot.pause()
        assert output.read_text(encoding="utf-8") == "mine"

        await export(pilot, output)
        await pilot.press("y")
        await pilot.pause()
        replaced = output.read_text(encoding="utf-8")
        assert replaced.startswith("---\n") and r"\*not bold\* \# not a heading" in replaced
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == ["out.md"]


async def test_export_in_a_web_browser_also_downloads_the_file(
    dataset, notes_file, tmp_path, monkeypatch
) -> None:
    app = make_app(dataset, notes_path=notes_file)
    delivered = []
    monkeypatch.setattr(type(app), "is_web", property(lambda self: True))
    monkeypatch.setattr(
        app,
        "deliver_text",
        lambda file, **kwargs: delivered.append((file.read(), kwargs["save_filename"])),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await export(pilot, tmp_path / "web.md")
    ((text, name),) = delivered
    assert name == "web.md"
    assert text == (tmp_path / "web.md").read_text(encoding="utf-8")


async def test_a_save_right_after_a_burst_of_keys_keeps_every_letter(dataset, notes_file) -> None:
    """A paste or tmux send-keys delivers the letters and ctrl+s at once: none may be lost."""
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        await pilot.pause()
        for character in SHOWN[0]:
            app.post_message(events.Key(character, character))
        app.post_message(events.Key("ctrl+s", None))
        await pilot.pause(0.2)
        assert isinstance(app.screen, MainScreen)
    assert texts(notes_file, dataset) == [SHOWN[0]]


def test_a_note_survives_a_restart_in_a_real_terminal(terminal, tmp_path) -> None:  # noqa: F811
    first = terminal(80, 24)
    first.wait_for("Organisations")
    first.keys("a")
    first.wait_for("New note on Microsoft")
    first.keys(SHOWN[0], "C-s")
    first.wait_for(f"Microsoft      {NOTE_MARK}")  # the side panel's marker
    first.keys("q")
    first.wait_for("EXITED=0")
    second = terminal(80, 24)
    second.wait_for("Organisations")
    second.keys("a")
    screen = second.wait_for("Note on Microsoft")
    assert SHOWN[0] in screen
    second.keys("Escape")  # a key sent right after Escape would arrive as alt+key
    second.wait_for_gone("Note on Microsoft")
    second.keys("q")
    second.wait_for("EXITED=0")
    document = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert [note["text"] for note in document["notes"]] == [SHOWN[0]]


async def test_note_on_the_readers_quote_shows_under_its_paragraph(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("coreweave")
        await pilot.press("right_square_bracket", "r")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        quote_id = reader.quote_id
        await pilot.press("a")
        await write_note(pilot, "read closely")
        assert app.screen is reader
        paragraph = reader.query_one(ArticleText).highlighted_option.prompt.plain
        assert app.index.quote_text(app.index.quote_by_id[quote_id]) in paragraph
        assert f"{NOTE_MARK} read closely" in paragraph
    (note,) = store_for(dataset, notes_file).notes
    assert note.target == quote_target(quote_id)


async def test_text_for_a_note_deleted_in_another_window_is_saved_as_a_new_note(
    dataset, notes_file
) -> None:
    note = store_for(dataset, notes_file).add(entity_target("microsoft"), "shared")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", *" and mine")
        store_for(dataset, notes_file).delete(note.id)  # the other window
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [f"{NOTE_MARK} shared and mine"]
        assert any("deleted in another window" in m for m in messages(app))
    assert texts(notes_file, dataset) == ["shared and mine"]


async def test_a_on_a_dyad_row_of_the_entity_page_notes_the_dyad(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        view.focus()
        view.highlighted = view.get_option_index("dyad:openai")
        await pilot.press("a")
        assert str(app.screen.query_one("#note-label", Static).render()) == (
            "New note on Microsoft · OpenAI"
        )
        await write_note(pilot, "pair")
        assert view.get_option("dyad:openai").prompt.plain.endswith(NOTE_MARK)
    (note,) = store_for(dataset, notes_file).notes
    assert note.target == dyad_target("microsoft", "openai")


async def test_hostile_names_in_the_editor_the_list_and_dialogs_are_literal(notes_file) -> None:
    dataset = hostile()
    store = store_for(dataset, notes_file)
    store.add(entity_target("agent"), "on the agent")
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("trap")
        await pilot.pause()
        await pilot.press("a")
        label = app.screen.query_one("#note-label", Static).render()
        assert str(label) == "New note on [@click=app.quit]Trap[/] Inc"
        await pilot.press("escape", "N")
        await pilot.pause()
        row = app.screen.query_one(NoteList).options[0].prompt
        assert "entity  ␛[31mred␛[0m agent" in row.plain and "\x1b" not in row.plain
        await pilot.press("x")
        await pilot.pause()
        message = app.screen.query_one(".dialog-message", Static).render()
        assert str(message) == "Delete the note on ␛[31mred␛[0m agent?"
        await pilot.press("n")
        assert app.is_running


async def test_notes_saved_by_another_window_appear_without_focus_events(
    dataset, notes_file, monkeypatch
) -> None:
    monkeypatch.setattr(FrenemyApp, "NOTES_POLL_SECONDS", 0.05)
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        store_for(dataset, notes_file).add(entity_target("microsoft"), "polled")
        await pilot.pause(0.3)
        assert [r.prompt.plain.strip() for r in note_rows(app)] == [f"{NOTE_MARK} polled"]
        assert NOTE_MARK in app.screen.query_one(EntityList).get_option("microsoft").prompt.plain


async def test_notes_keys_follow_the_keymap(dataset, notes_file) -> None:
    app = make_app(dataset, notes_path=notes_file, keymap={"notes.add": "w", "notes.list": "W"})
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("w")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape", "W")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)
