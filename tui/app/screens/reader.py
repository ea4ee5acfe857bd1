"""The reader: the whole article, every mention highlighted, scrolled to one quote.

One row per paragraph (a very long one cut into several) in an ``OptionList``, so a long
article renders only what is on screen.
"""

from __future__ import annotations

import bisect
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from tui.app.index import ArticleIndex
from tui.app.safe import clean
from tui.app.style import SELF_STYLE, link_style
from tui.app.widgets.header import ArticleHeader
from tui.app.widgets.note_text import note_text
from tui.notes import Note, QuoteTarget, quote_target

QUOTE_STYLES = {True: "on #3a3a1c", False: "on #fff1a8"}
"""Background of the current quote, for dark (True) and light themes."""
WINDOW = 40
"""Rows in the reader's list at once (several screens): an article of any length opens at once."""


class ArticleText(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="reader.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="reader.up"),
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
            "left_square_bracket,p", "previous_quote", "Previous quote", id="reader.previous_quote"
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

    def _row_of(self, offset: int) -> int:
        """The row (0-based) holding the character at ``offset``."""
        return max(0, bisect.bisect_right(self.row_starts, offset) - 1)

    def on_mount(self) -> None:
        self.bounds = self.index.reader_rows
        self.row_starts = [start for start, _ in self.bounds]
        self.window = (0, 0)
        self.query_one(ArticleText).focus()
        quote = self.index.quote_by_id.get(self.quote_id or "")
        self._show(self._row_of(quote.start) if quote else 0, top=True)

    def _show(self, number: int, *, top: bool = False) -> None:
        """Put the cursor on paragraph ``number``, moving the window of paragraphs if needed.

        Only ``WINDOW`` paragraphs are in the list at a time (a short article fits whole);
        the rows at either end load the neighbouring paragraphs when the cursor reaches them.
        """
        article = self.query_one(ArticleText)
        number = max(0, min(len(self.bounds) - 1, number))
        lo, hi = self.window
        if not lo <= number < hi:
            lo = max(0, min(number - WINDOW // 2, len(self.bounds) - WINDOW))
            hi = min(len(self.bounds), lo + WINDOW)
            self.window = (lo, hi)
            options = []
            if lo > 0:
                options.append(Option(_more(f"↑ {lo} earlier paragraphs"), id="up"))
            options += [Option(self._paragraph(n), id=f"p{n}") for n in range(lo, hi)]
            if hi < len(self.bounds):
                below = len(self.bounds) - hi
                options.append(Option(_more(f"↓ {below} later paragraphs"), id="down"))
            with article.prevent(OptionList.OptionHighlighted):
                article.set_options(options)
        with article.prevent(OptionList.OptionHighlighted):
            article.highlighted = article.get_option_index(f"p{number}")
        self.call_after_refresh(article.scroll_to_highlight, top=top)

    @on(OptionList.OptionHighlighted, "#article")
    def _edge_reached(self, event: OptionList.OptionHighlighted) -> None:
        lo, hi = self.window
        if event.option.id == "up":
            self._show(lo - 1)
        elif event.option.id == "down":
            self._show(hi)

    def _paragraph(self, number: int) -> Text:
        """Row ``number`` (0-based) with mentions and the current quote highlighted."""
        index = self.index
        start, end = self.bounds[number]
        text = Text(clean(index.dataset.article.text[start:end]) + "\n")
        for note in self._notes_between(start, end):
            text.append_text(note_text(note.text, stale=self.app.is_stale(note)))
            text.append("\n")
        quote = index.quote_by_id.get(self.quote_id or "")
        if quote is not None and quote.start < end and quote.end > start:
            text.stylize(
                QUOTE_STYLES[self.app.current_theme.dark],
                max(0, quote.start - start),
                min(end, quote.end) - start,
            )
        for mention in _mentions_between(index, start, end):
            style = SELF_STYLE if mention.entity == self.entity_id else link_style(mention.entity)
            text.stylize(style, mention.start - start, mention.end - start)
        return text

    def _notes_between(self, start: int, end: int) -> list[Note]:
        """Notes on the quotes that begin in the paragraph, shown under it."""
        notes = self.app.notes.notes if self.app.notes is not None else ()
        found = []
        for note in notes:
            if isinstance(note.target, QuoteTarget):
                quote = self.index.quote_by_id.get(note.target.quote)
                if quote is not None and start <= quote.start < end:
                    found.append(note)
        return found

    def note_here(self) -> tuple[QuoteTarget | None, None]:
        """What ``a`` and ``x`` act on here: the current quote."""
        return (quote_target(self.quote_id) if self.quote_id else None), None

    def notes_changed(self) -> None:
        article = self.query_one(ArticleText)
        lo, hi = self.window
        for number in range(lo, hi):
            position = article.get_option_index(f"p{number}")
            article.replace_option_prompt_at_index(position, self._paragraph(number))

    def _move(self, step: int) -> None:
        if not self.quotes:
            return
        old = self.index.quote_by_id.get(self.quote_id or "")
        position = self.quotes.index(self.quote_id) + step if self.quote_id in self.quotes else 0
        self.quote_id = self.quotes[max(0, min(len(self.quotes) - 1, position))]
        quote = self.index.quote_by_id[self.quote_id]
        article = self.query_one(ArticleText)
        lo, hi = self.window
        for moved in (old, quote):
            if moved is None:
                continue
            number = self._row_of(moved.start)
            if lo <= number < hi:
                position = article.get_option_index(f"p{number}")
                article.replace_option_prompt_at_index(position, self._paragraph(number))
        self._show(self._row_of(quote.start), top=True)

    def action_first(self) -> None:
        self._show(0, top=True)

    def action_last(self) -> None:
        self._show(len(self.bounds) - 1)

    def action_next_quote(self) -> None:
        self._move(1)

    def action_previous_quote(self) -> None:
        self._move(-1)

    def action_close(self) -> None:
        self.dismiss()


def _more(message: str) -> Text:
    return Text(message + "\n", style="dim italic")


def _mentions_between(index: ArticleIndex, start: int, end: int):
    mentions = index.mentions
    lo = bisect.bisect_left(index.mention_starts, start)
    for mention in mentions[lo:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            yield mention
