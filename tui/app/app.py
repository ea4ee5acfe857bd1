"""The browser application: holds the dataset, the selection and its history.

Data flows one way: a worker thread loads and scores the dataset into an ``ArticleIndex``;
the app keeps it with the current entity and the history; screens read the index and call
back into the app (``select_entity``, ``open_reader``…) to change what is shown.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.widgets import LoadingIndicator, Static
from textual.worker import get_current_worker

from tui.app.commands import EntityCommands
from tui.app.history import History
from tui.app.index import ArticleIndex
from tui.app.note_actions import NoteActions
from tui.model import Dataset
from tui.notes import NoteStore

QUICK_INDEX_ITEMS = 5000
"""Mentions, quotes and relations that index and score in well under a frame's time."""

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"


class FrenemyApp(NoteActions, App[None]):
    """Browse one dataset: ``source`` is a loaded ``Dataset`` or the path of a dataset file."""

    TITLE = "frenemy"
    CSS_PATH = "frenemy.tcss"
    COMMANDS = App.COMMANDS | {EntityCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False, id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding(
            "ctrl+p,colon",
            "command_palette",
            "Find entity",
            show=False,
            id="app.palette",
            priority=True,
        ),
        Binding("d", "toggle_theme", "Theme", show=False, id="app.theme"),
        *NoteActions.NOTE_BINDINGS,
    ]

    def __init__(
        self,
        source: Dataset | Path,
        *,
        keymap: dict[str, str] | None = None,
        notes_path: Path | None = None,
        theme: str = DARK_THEME,
    ) -> None:
        super().__init__()
        self.source = source
        self.notes_path = notes_path
        self.index: ArticleIndex | None = None
        self.notes: NoteStore | None = None
        self._notes_by_target = None
        self._notes_stamp = None
        self.history = History()
        self.current_entity: str | None = None
        self.theme = theme
        if keymap:
            self.set_keymap(keymap)

    def compose(self) -> ComposeResult:
        with Middle(id="loading"), Center():
            yield Static(Text("Loading the article…"), id="loading-label")
            yield LoadingIndicator()

    def on_mount(self) -> None:
        if isinstance(self.source, Dataset) and _quick_to_index(self.source):
            # scoring takes a few milliseconds: show the entities in the first frame rather
            # than a loading screen first
            index = ArticleIndex.build(self.source)
            self._loaded(index, self.open_notes(index))
        else:
            self.load()

    def on_resize(self) -> None:
        width = self.size.width
        self.set_class(width < 70, "-tiny")
        self.set_class(70 <= width < 100, "-narrow")
        self.set_class(width >= 150, "-wide")

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Load (if given a path), score and index the dataset away from the UI thread."""
        from tui.dataset import DatasetError, load

        worker = get_current_worker()
        try:
            dataset = self.source if isinstance(self.source, Dataset) else load(self.source)
            index = ArticleIndex.build(dataset)
        except DatasetError as exc:
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, exc.lines())
            return
        store = self.open_notes(index)
        if not worker.is_cancelled:
            self.call_from_thread(self._loaded, index, store)

    def _failed(self, lines: list[str]) -> None:
        self.query_one(LoadingIndicator).display = False
        self.query_one("#loading-label", Static).update(Text("\n".join(lines) + "\n\nq quits"))

    def _loaded(self, index: ArticleIndex, store: NoteStore) -> None:
        from tui.app.screens.main import MainScreen

        self.index = index
        self.notes_opened(store)
        # the dataset and its indexes live as long as the app: keep the collector from
        # walking their millions of objects on every full collection (pauses of 100s of ms)
        gc.freeze()
        self.query_one("#loading").display = False
        self.push_screen(MainScreen(index))

    # -- selection and history -------------------------------------------------------------

    def _main(self):
        from tui.app.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def select_entity(self, entity_id: str, *, passing: bool = False, record: bool = True) -> None:
        """Make ``entity_id`` the current entity, remembering it for back and forward.

        Moving the list cursor replaces the last history entry instead of adding one, so that
        ``back`` returns to where a jump came from, not one row up.
        """
        if self.index is None or entity_id not in self.index.entities:
            return
        if record:
            self.history.visit(entity_id, passing=passing)
        self.current_entity = entity_id
        main = self._main()
        if main is None:
            return
        while self.screen is not main and len(self.screen_stack) > 2:
            self.pop_screen()
        main.show_entity(entity_id)

    def action_jump_to(self, entity_id: str) -> None:
        """Follow a link to an entity: a click on another entity's mention."""
        self.select_entity(entity_id)

    def go_back(self) -> None:
        entity_id = self.history.back()
        if entity_id is None:
            self.bell()
            return
        self.select_entity(entity_id, record=False)

    def go_forward(self) -> None:
        entity_id = self.history.forward()
        if entity_id is None:
            self.bell()
            return
        self.select_entity(entity_id, record=False)

    # -- other views ----------------------------------------------------------------------

    def open_reader(self, quote_id: str | None) -> None:
        from tui.app.screens.reader import ReaderScreen

        if self.index is not None:
            self.push_screen(ReaderScreen(self.index, self.current_entity, quote_id))

    def open_tension(
        self, a: str | None = None, b: str | None = None, relation_id: str | None = None
    ) -> None:
        from tui.app.screens.tension import TensionScreen

        if self.index is None:
            return
        if a is not None and b is None:
            # the dyad with the most evidence is the one a reader most likely wants explained
            dyads = sorted(self.index.dyads_of(a), key=lambda d: -d.volume)
            b = (dyads[0].b if dyads[0].a == a else dyads[0].a) if dyads else None
        if a is None and self.current_entity:
            self.open_tension(self.current_entity)
            return
        self.push_screen(TensionScreen(self.index, a, b, relation_id))

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME


def _quick_to_index(dataset: Dataset) -> bool:
    size = len(dataset.mentions) + len(dataset.quotes) + len(dataset.relations)
    return size <= QUICK_INDEX_ITEMS
