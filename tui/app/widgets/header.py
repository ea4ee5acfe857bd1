"""The top line: which article this is and how tense it is overall."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.app.index import ArticleIndex
from tui.app.style import DIM, band_style, bar, label


class ArticleHeader(Widget):
    """Title, outlet and language on the left; the article's tension gauge on the right."""

    DEFAULT_CSS = """
    ArticleHeader { height: 1; background: $panel; color: $foreground; }
    """

    def __init__(self, index: ArticleIndex, *, view: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.view = view

    def render(self) -> Text:
        article = self.index.dataset.article
        score = self.index.scores.article
        width = self.size.width
        gauge = Text(" ")
        gauge.append("tension ", style=DIM)
        gauge.append_text(bar(score.tension, score.band, 8 if width >= 70 else 5))
        gauge.append(f" {score.tension:.0f} ", style=band_style(score.band))
        if width >= 70:
            gauge.append(score.band, style=band_style(score.band))
        gauge.append(" ")
        meta = Text()
        if self.view:
            meta.append(f" {self.view} ", style="reverse")
            meta.append(" ")
        if article.outlet and width >= 90:
            # the title matters more: a long outlet name gets a quarter of the line at most
            outlet = label(article.outlet)
            outlet.truncate(width // 4, overflow="ellipsis")
            meta.append_text(outlet)
            meta.append(" · ", style=DIM)
        meta.append(article.language, style=DIM)
        meta.append(" ")
        title = label(article.title)
        title.stylize("bold")
        room = width - cell_len(gauge.plain) - cell_len(meta.plain) - 2
        line = Text(" ")
        if room > 3:
            title.truncate(room, overflow="ellipsis", pad=True)
            line.append_text(title)
        else:
            line.append(" " * max(room, 0))
        line.append(" ")
        line.append_text(meta)
        line.append_text(gauge)
        line.truncate(width, overflow="ellipsis")
        return line
