"""Writing a note: a multi-line editor over the current screen.

The editor dismisses with the text to save, ``""`` when the reader confirmed that an emptied
note is to be deleted, or ``None`` when nothing changes; the app does the saving (see
``tui.app.note_actions``), so that every way of editing a note reports errors the same way.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from tui.app.safe import one_line
from tui.app.screens.dialogs import ConfirmDialog
from tui.app.style import DIM


class NoteEditor(ModalScreen[str | None]):
    """Edit ``text``, the note on the target described by ``label`` (shown literally)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # not priority bindings: the keys reach the text area first, in order, so a save
        # typed right after the last letters (a paste, a fast typist) saves every letter
        Binding("ctrl+s", "save", "Save", id="editor.save"),
        Binding("escape", "cancel", "Cancel", id="editor.cancel"),
    ]

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical {
        width: 90; max-width: 100%; height: 20; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    NoteEditor #note-label { height: auto; max-height: 3; }
    NoteEditor TextArea { height: 1fr; border: none; padding: 0; }
    NoteEditor #note-keys { height: 1; }
    """

    def __init__(self, label: str, text: str = "", *, new: bool = True) -> None:
        super().__init__()
        self.label = label
        self.initial = text
        self.new = new

    def compose(self) -> ComposeResult:
        title = Text("New note on " if self.new else "Note on ", style="bold")
        title.append(one_line(self.label))
        keys = Text("ctrl+s saves · escape cancels · saving an empty note deletes it", style=DIM)
        with Vertical():
            yield Static(title, id="note-label")
            yield TextArea(self.initial, id="note-text", soft_wrap=True, tab_behavior="focus")
            yield Static(keys, id="note-keys")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @property
    def changed(self) -> bool:
        return self.text != self.initial

    def action_save(self) -> None:
        text = self.text
        if text.strip():
            self.dismiss(text)
        elif self.new:
            self.notify("Nothing saved: the note is empty.", markup=False)
            self.dismiss(None)
        else:

            def confirmed(delete: bool | None) -> None:
                if delete:
                    self.dismiss("")

            message = f"The note is empty. Delete the note on {one_line(self.label)}?"
            self.app.push_screen(ConfirmDialog(message, yes="Delete", no="Keep editing"), confirmed)

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def confirmed(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog("Discard your changes to this note?", yes="Discard", no="Keep editing"),
            confirmed,
        )
