"""Colours and small text pieces shared by the widgets, built as ``Text`` and never as markup."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.app.safe import one_line

BAND_STYLES: dict[str, str] = {
    "allied": "bold #3b9c4a",
    "cooperative": "bold #3f8fc4",
    "mixed": "bold #c49a00",
    "strained": "bold #e0752d",
    "hostile": "bold #d9363e",
}
HINT_STYLE = "bold #d7875f"
SELF_STYLE = "bold reverse"
LINK_STYLE = "underline #5f9fd7"
MATCH_STYLE = "bold underline #d7875f"
DIM = "dim"


def band_style(band: str) -> str:
    return BAND_STYLES.get(band, "bold")


def badge(tension: float | None, band: str | None, width: int = 3) -> Text:
    """The tension number coloured by its band, or a dim dash for an entity without relations."""
    text = Text()
    if tension is None or band is None:
        text.append("–".rjust(width), style=DIM)
    else:
        text.append(f"{tension:.0f}".rjust(width), style=band_style(band))
    return text


def bar(tension: float, band: str, width: int = 10) -> Text:
    """A horizontal bar filled in proportion to the tension (0 to 100)."""
    filled = max(0, min(width, round(tension / 100 * width)))
    text = Text()
    text.append("█" * filled, style=band_style(band).replace("bold ", ""))
    text.append("░" * (width - filled), style=DIM)
    return text


def label(value: str) -> Text:
    """Untrusted one-line text, cleaned and unstyled."""
    return Text(one_line(value))


def link_style(entity_id: str) -> Style:
    """The style of another entity's mention: a link that a click follows."""
    return Style.parse(LINK_STYLE) + Style(meta={"@click": f"app.jump_to('{entity_id}')"})
