"""What the screens look like, at the two sizes a reviewer checks (SVGs in __snapshots__)."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app, ready
from tests.app.factory import build
from tui.app.app import FrenemyApp
from tui.notes import NoteStore, dyad_target, entity_target, quote_target

SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def _fixed_config_dir(monkeypatch) -> None:
    """The help screen shows the keymap's path: the same on every machine."""
    monkeypatch.setenv("FRENEMY_CONFIG_DIR", "/home/reader/.config/frenemy")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, size) -> None:
    async def open_openai(pilot) -> None:
        await ready(pilot)
        await pilot.press("n")

    assert snap_compare(make_app(build()), terminal_size=size, run_before=open_openai)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_tension_view(snap_compare, size) -> None:
    async def open_breakdown(pilot) -> None:
        await ready(pilot)
        await pilot.press("t")

    assert snap_compare(make_app(build()), terminal_size=size, run_before=open_breakdown)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reader(snap_compare, size) -> None:
    async def open_reader(pilot) -> None:
        await ready(pilot)
        pilot.app.select_entity("coreweave")
        await pilot.press("right_square_bracket", "r")

    assert snap_compare(make_app(build()), terminal_size=size, run_before=open_reader)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, size) -> None:
    async def open_help(pilot) -> None:
        await ready(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app(build()), terminal_size=size, run_before=open_help)


def _with_notes(tmp_path) -> FrenemyApp:
    """The test dataset with a note on an entity, a quote and a dyad, in a fresh notes file."""
    dataset = build()
    path = tmp_path / "notes.json"
    store = NoteStore.open(path, dataset.article.id, dataset.article.sha256)
    store.add(entity_target("microsoft"), "*not bold* # not a heading\nsecond line")
    store.add(quote_target("q16"), "[bold]literal[/bold]")
    store.add(dyad_target("microsoft", "openai"), "still partners, no longer allies")
    return make_app(dataset, notes_path=path)


def test_note_editor(snap_compare, tmp_path) -> None:
    async def open_editor(pilot) -> None:
        await ready(pilot)
        await pilot.press("a")
        await pilot.pause()

    assert snap_compare(_with_notes(tmp_path), terminal_size=(80, 24), run_before=open_editor)


def test_notes_list(snap_compare, tmp_path) -> None:
    async def open_list(pilot) -> None:
        await ready(pilot)
        await pilot.press("N")
        await pilot.pause()

    assert snap_compare(_with_notes(tmp_path), terminal_size=(80, 24), run_before=open_list)
