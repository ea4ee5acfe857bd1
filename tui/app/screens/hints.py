"""Typing a hint: a one-line prompt over the current screen that waits for the letters."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.style import DIM, HINT_STYLE


class HintPrompt(ModalScreen[str | None]):
    """Collect letters until they spell one of ``labels``; dismiss with its target (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="hint.cancel")
    ]

    DEFAULT_CSS = """
    HintPrompt { background: transparent; align: left bottom; }
    HintPrompt > Static { dock: bottom; height: 1; width: 100%; background: $panel; }
    """

    def __init__(self, labels: dict[str, str], purpose: str) -> None:
        super().__init__()
        self.labels = labels
        self.purpose = purpose
        self.typed = ""

    def compose(self) -> ComposeResult:
        yield Static(self._prompt(), id="hint-prompt")

    def _prompt(self) -> Text:
        text = Text()
        text.append(f" {self.purpose}: type a hint ", style="bold")
        text.append(self.typed or "_", style=HINT_STYLE)
        text.append("   escape cancels", style=DIM)
        return text

    def on_key(self, event: events.Key) -> None:
        character = event.character
        if event.key == "escape" or not character or not character.isalpha():
            return
        event.stop()
        event.prevent_default()
        self.typed += character.lower()
        if self.typed in self.labels:
            self.dismiss(self.labels[self.typed])
            return
        if not any(label.startswith(self.typed) for label in self.labels):
            self.app.bell()
            self.typed = ""
        self.query_one("#hint-prompt", Static).update(self._prompt())

    def action_cancel(self) -> None:
        self.dismiss(None)
