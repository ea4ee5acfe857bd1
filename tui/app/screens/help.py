"""Help, generated from the bindings that apply on the screen underneath."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.app.keymap import keymap_path
from tui.app.style import DIM

_SECTIONS = {
    "FrenemyApp": "Everywhere",
    "MainScreen": "Browsing",
    "EntityList": "Entity list",
    "EntityView": "Entity page",
    "TensionScreen": "Tension view",
    "DyadList": "Dyad list",
    "ReaderScreen": "Reader",
    "ArticleText": "Article",
    "NotesScreen": "Notes",
    "NoteList": "Notes",
}


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close")
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 80; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self._content(), id="help-body")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def _underlying(self) -> Screen:
        stack = self.app.screen_stack
        return stack[-2] if len(stack) > 1 else self

    def _content(self) -> Table:
        screen = self._underlying()
        keys: dict[tuple[str, str], list[str]] = defaultdict(list)
        bindings: dict[tuple[str, str], Binding] = {}
        order: list[tuple[str, str]] = []
        for key, active in screen.active_bindings.items():
            binding = active.binding
            section = _SECTIONS.get(type(active.node).__name__)
            if section is None or not binding.description:
                continue
            entry = (section, binding.id or binding.action)
            if entry not in bindings:
                bindings[entry] = binding
                order.append(entry)
            keys[entry].append(self.app.get_key_display(replace(binding, key=key)))
        table = Table(box=None, padding=(0, 1), expand=True, show_header=False)
        table.add_column("keys", no_wrap=True, style="bold")
        table.add_column("action", ratio=1)
        table.add_column("id", style=DIM, no_wrap=True)
        title = Text("frenemy keys", style="bold")
        table.add_row(title, Text(), Text())
        sections = list(dict.fromkeys(section for section, _ in order))
        for section in sorted(sections, key=lambda s: list(_SECTIONS.values()).index(s)):
            table.add_row(Text(""), Text(""), Text(""))
            table.add_row(Text(section, style="underline"), Text(), Text())
            for entry in order:
                if entry[0] != section:
                    continue
                binding = bindings[entry]
                table.add_row(
                    Text(" ".join(dict.fromkeys(keys[entry]))),
                    Text(binding.description),
                    Text(binding.id or ""),
                )
        table.add_row(Text(""), Text(""), Text(""))
        note = Text("Remap keys by binding id in ", style=DIM)
        note.append(str(keymap_path()))
        note.append(" ([keymap] table).", style=DIM)
        table.add_row(Text("keymap"), note, Text())
        return table

    def action_close(self) -> None:
        self.dismiss()
