"""Notes in a running browser survive their file being deleted, and hostile notes show as
typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from tests.app.conftest import make_app, ready
from tests.hostile_inputs import hostile_dataset, hostile_string, write_hostile_notes
from tui.app.widgets.entity_view import NOTES, EntityView
from tui.notes import NoteStore


def note_rows(app) -> list[str]:
    view = app.screen.query_one(EntityView)
    return [o.prompt.plain for o in view.options if (o.id or "").startswith(NOTES)]


async def add_note(pilot, text: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    pilot.app.screen.query_one(TextArea).insert(text)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_notes_file_deleted_under_the_app_is_recreated_with_every_note(
    dataset, tmp_path: Path
) -> None:
    notes_file = tmp_path / "notes" / "article.json"
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await add_note(pilot, "first")
        assert notes_file.exists()
        notes_file.unlink()
        await pilot.pause(2.5)  # the app looks at the file every 2 s: nothing is lost
        assert [n.text for n in app.notes.notes] == ["first"]
        app.select_entity("openai")
        await pilot.pause()
        await add_note(pilot, "second")
        assert not [n for n in app._notifications if n.severity == "error"]
        assert [n.text for n in app.notes.notes] == ["first", "second"]
        assert len(note_rows(app)) == 1
    on_disk = NoteStore.for_article(dataset.article, notes_file)
    assert [n.text for n in on_disk.notes] == ["first", "second"]


async def test_hostile_notes_show_literally_everywhere(tmp_path: Path) -> None:
    dataset = hostile_dataset()
    notes_file = tmp_path / "notes.json"
    write_hostile_notes(notes_file, dataset)
    app = make_app(dataset, notes_path=notes_file)
    async with app.run_test(size=(160, 50)) as pilot:
        await ready(pilot)
        app.select_entity("acme")
        await pilot.pause()
        rows = note_rows(app)
        assert len(rows) == 2  # on the entity and under its quote (the dyad's: tension view)
        (row,) = [r for r in rows if "not a heading" in r]
        assert "~note:osc52~␛]52;c;cHduZWQ=␇" in row and "[@click=app.quit]Q[/]" in row
        assert "\x1b" not in row and "\x9b" not in row
        assert hostile_string("note").split(" ")[0].replace("\x1b", "␛") in row
        await pilot.press("N", "escape", "q")
