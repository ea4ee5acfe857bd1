"""The notes list: every note of the article, each one opening its target."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from tui.app.index import ArticleIndex
from tui.app.safe import one_line
from tui.app.style import DIM
from tui.app.widgets.entity_view import NOTES
from tui.app.widgets.header import ArticleHeader
from tui.app.widgets.note_text import NOTE_MARK, NOTE_STYLE, STALE_FLAG, STALE_STYLE, first_line
from tui.notes import DyadTarget, EntityTarget, Note, QuoteTarget, describe_target

_KINDS = {EntityTarget: "entity", DyadTarget: "dyad"}


class NoteList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="notelist.down"),
        Binding("k", "cursor_up", "Up", show=False, id="notelist.up"),
    ]

    DEFAULT_CSS = """
    NoteList, NoteList:focus { height: 1fr; border: none; padding: 0 1; }
    NoteList > .option-list--option { padding: 0; }
    """


class NotesScreen(Screen[None]):
    """Two lines per note: what it is about (and whether it is stale), then its first line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,N", "close", "Back", id="notelist.close"),
        Binding("enter", "open", "Open", id="notelist.open"),
    ]

    def __init__(self, index: ArticleIndex) -> None:
        super().__init__()
        self.index = index

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.index, view="notes", id="header")
        yield NoteList(id="notes")
        yield Footer()

    def on_mount(self) -> None:
        self.notes_changed()
        self.query_one(NoteList).focus()

    @property
    def note_list(self) -> NoteList:
        return self.query_one(NoteList)

    def notes_changed(self) -> None:
        listed = self.note_list
        keep = listed.highlighted_option.id if listed.highlighted_option else None
        notes = self.app.notes.notes if self.app.notes is not None else ()
        if not notes:
            empty = "No notes on this article yet."
            listed.set_options([Option(Text(empty, style=DIM), disabled=True)])
            return
        listed.set_options(Option(self._row(note), id=NOTES + note.id) for note in notes)
        ids = [NOTES + note.id for note in notes]
        listed.highlighted = ids.index(keep) if keep in ids else 0

    def _row(self, note: Note) -> Text:
        row = Text()
        row.append(NOTE_MARK + " ", style=NOTE_STYLE)
        row.append(_KINDS.get(type(note.target), "quote") + "  ", style=DIM)
        row.append(one_line(describe_target(note.target, self.index.dataset)), style="bold")
        if self.app.is_stale(note):
            row.append("  " + STALE_FLAG, style=STALE_STYLE)
        row.append("\n   ")
        row.append(first_line(note.text))
        if note.text.strip().count("\n"):
            row.append(" …", style=DIM)
        return row

    def _highlighted(self) -> Note | None:
        option = self.note_list.highlighted_option
        if option is None or not option.id or self.app.notes is None:
            return None
        return self.app.notes.get(option.id.removeprefix(NOTES))

    @on(OptionList.OptionSelected, "#notes")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        note = self._highlighted()
        if note is not None:
            self.app.open_note_target(note.target)

    def note_here(self) -> tuple[EntityTarget | QuoteTarget | DyadTarget | None, Note | None]:
        """What ``a`` (edit) and ``x`` (delete) act on here: the highlighted note."""
        note = self._highlighted()
        return (note.target, note) if note is not None else (None, None)

    def action_close(self) -> None:
        self.dismiss()
