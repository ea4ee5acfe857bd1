"""The reader: the whole article, every mention highlighted, scrolled to one quote.

One row per paragraph in an ``OptionList``, so a long article renders only what is on screen.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from tui.app.index import ArticleIndex
from tui.app.safe import clean
from tui.app.style import SELF_STYLE, link_style
from tui.app.widgets.header import ArticleHeader

QUOTE_STYLE = "on #3a3a1c"


class ArticleText(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="reader.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="reader.up"),
        Binding("g", "first", "Top", show=False, id="reader.first"),
        Binding("G", "last", "End", show=False, id="reader.last"),
    ]
    DEFAULT_CSS = """
    ArticleText, ArticleText:focus { height: 1fr; border: none; padding: 0 2; }
    ArticleText > .option-list--option { padding: 0; }
    ArticleText > .option-list--option-highlighted { background: $boost; text-style: none; }
    ArticleText:focus > .option-list--option-highlighted {
        color: $foreground; background: $boost; text-style: none;
    }
    """


class ReaderScreen(Screen[None]):
    """The article in full; ``]`` and ``[`` move between the quotes of the current entity."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,r", "close", "Back", id="reader.close"),
        Binding("right_square_bracket,n", "next_quote", "Next quote", id="reader.next_quote"),
        Binding(
            "left_square_bracket,p", "previous_quote", "Prev quote", id="reader.previous_quote"
        ),
    ]

    def __init__(self, index: ArticleIndex, entity_id: str | None, quote_id: str | None) -> None:
        super().__init__()
        self.index = index
        self.entity_id = entity_id
        self.quote_id = quote_id
        self.quotes = [q.id for q in index.quotes_by_entity.get(entity_id or "", [])]

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.index, view="reader", id="header")
        yield ArticleText(id="article")
        yield Footer()

    def _bounds(self) -> list[tuple[int, int]]:
        text = self.index.dataset.article.text
        starts = self.index.paragraphs
        bounds = []
        for position, start in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else len(text)
            bounds.append((start, len(text[start:end].rstrip()) + start))
        return bounds

    def on_mount(self) -> None:
        self.bounds = self._bounds()
        article = self.query_one(ArticleText)
        article.set_options([Option(self._paragraph(n)) for n in range(len(self.bounds))])
        article.focus()
        self._scroll_to_quote()

    def _paragraph(self, number: int) -> Text:
        """Paragraph ``number`` (0-based) with mentions and the current quote highlighted."""
        index = self.index
        start, end = self.bounds[number]
        text = Text(clean(index.dataset.article.text[start:end]) + "\n")
        quote = index.quote_by_id.get(self.quote_id or "")
        if quote is not None and quote.start < end and quote.end > start:
            text.stylize(QUOTE_STYLE, max(0, quote.start - start), min(end, quote.end) - start)
        for mention in _mentions_between(index, start, end):
            style = SELF_STYLE if mention.entity == self.entity_id else link_style(mention.entity)
            text.stylize(style, mention.start - start, mention.end - start)
        return text

    def _scroll_to_quote(self) -> None:
        quote = self.index.quote_by_id.get(self.quote_id or "")
        if quote is None:
            return
        article = self.query_one(ArticleText)
        article.highlighted = self.index.paragraph(quote.start) - 1
        self.call_after_refresh(article.scroll_to_highlight, top=True)

    def _move(self, step: int) -> None:
        if not self.quotes:
            return
        old = self.index.quote_by_id.get(self.quote_id or "")
        position = self.quotes.index(self.quote_id) + step if self.quote_id in self.quotes else 0
        self.quote_id = self.quotes[max(0, min(len(self.quotes) - 1, position))]
        article = self.query_one(ArticleText)
        touched = {self.index.paragraph(self.index.quote_by_id[self.quote_id].start) - 1}
        if old is not None:
            touched.add(self.index.paragraph(old.start) - 1)
        for number in touched:
            article.replace_option_prompt_at_index(number, self._paragraph(number))
        self._scroll_to_quote()

    def action_next_quote(self) -> None:
        self._move(1)

    def action_previous_quote(self) -> None:
        self._move(-1)

    def action_close(self) -> None:
        self.dismiss()


def _mentions_between(index: ArticleIndex, start: int, end: int):
    import bisect

    mentions = index.mentions
    lo = bisect.bisect_left(index.mention_starts, start)
    for mention in mentions[lo:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            yield mention
