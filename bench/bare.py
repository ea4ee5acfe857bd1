"""The cold-start baseline: the smallest Textual app with a header, some text and a footer.

It shows the lines given on its command line, so that the start-up harness waits for the same
text on screen as it does for frenemy.

    python -m bench.bare LINE...
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    TITLE = "frenemy"
    BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("\n".join(self.lines), markup=False)
        yield Footer()


if __name__ == "__main__":
    BareApp(sys.argv[1:]).run()
