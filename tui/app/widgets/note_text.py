"""How a note looks wherever its target is shown: a marker, a stale flag, the text verbatim.

Notes are typed by the reader, or arrive in a notes file anyone can write: like article text
they are cleaned of control characters and appended as plain ``Text``, never as markup.
"""

from __future__ import annotations

from rich.text import Text

from tui.app.safe import clean, one_line
from tui.app.style import DIM

NOTE_MARK = "✎"
NOTE_STYLE = "bold #c49a00"
STALE_STYLE = "bold #e0752d"
STALE_FLAG = "⚠ stale"
STALE_HINT = "written on an earlier version of the article text"


def note_text(text: str, *, stale: bool, indent: str = "  ") -> Text:
    """The whole note under a marker: every line, each indented like the first."""
    shown = Text(indent)
    shown.append(NOTE_MARK + " ", style=NOTE_STYLE)
    if stale:
        shown.append(STALE_FLAG, style=STALE_STYLE)
        shown.append(f" ({STALE_HINT})\n{indent}  ", style=DIM)
    lines = clean(text).rstrip("\n").split("\n")
    shown.append(lines[0])
    for line in lines[1:]:
        shown.append(f"\n{indent}  {line}")
    return shown


def first_line(text: str) -> str:
    """The first non-blank line of a note, for one-line lists."""
    for line in text.split("\n"):
        if line.strip():
            return one_line(line.strip())
    return ""
