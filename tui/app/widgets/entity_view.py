"""The main pane: one entity as a scrolling document of rows.

The whole page (summary, dyads, quotes, relations, notes) is a single ``OptionList``: only the
rows on screen are rendered, the cursor moves between the rows one can act on (a dyad opens
its breakdown, a quote opens the reader, a relation its dyad), and section titles are disabled
rows that the cursor skips.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.widgets.option_list import Option

from tui.app.index import KIND_LABELS, ArticleIndex
from tui.app.safe import clean, one_line
from tui.app.style import (
    DIM,
    HINT_STYLE,
    SELF_STYLE,
    badge,
    band_style,
    bar,
    label,
    link_style,
)
from tui.app.widgets.lazy_list import LazyOptionList, movement_bindings
from tui.app.widgets.note_text import NOTE_MARK, NOTE_STYLE, note_text
from tui.model import Quote, Relation
from tui.notes import Note, entity_target
from tui.tension import VOCABULARY

MAX_DYADS = 8
"""Scored dyads listed on the page; the tension view lists them all."""

QUOTE = "quote:"
DYAD = "dyad:"
RELATION = "rel:"
NOTES = "notes:"
QUOTE_CHARS = 2000
"""Longest quote shown in full on the entity page (the reader shows the rest): wrapping a
quote of megabytes, such as a whole article on one line, froze the screen."""


class EntityView(LazyOptionList):
    """The selected entity, its dyads, quotes, relations and notes."""

    BINDINGS: ClassVar[list[BindingType]] = movement_bindings("pane", first="Top", last="Bottom")

    DEFAULT_CSS = """
    EntityView, EntityView:focus { height: 1fr; border: none; padding: 0 1; }
    EntityView > .option-list--option { padding: 0; }
    EntityView > .option-list--option-highlighted {
        color: $foreground; background: $accent 15%; text-style: none;
    }
    EntityView:focus > .option-list--option-highlighted {
        color: $foreground; background: $accent 35%; text-style: none;
    }
    """

    def __init__(self, index: ArticleIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.entity_id: str | None = None
        self._hints: dict[str, str] = {}

    # -- building the page ------------------------------------------------------------------

    def show_entity(self, entity_id: str) -> None:
        self.entity_id = entity_id
        self._hints = {}
        self.fill(self._page(entity_id))
        first_quote = self.quote_ids()
        if first_quote:
            self.focus_quote(first_quote[0])
        # the cursor waits on the first quote, the page opens at its top (name, dyads)
        self.call_after_refresh(self.scroll_home, animate=False)

    def _page(self, entity_id: str) -> Iterator[Option]:
        """The rows of the page, made as they are needed (see ``LazyOptionList``)."""
        index = self.index
        entity = index.entities[entity_id]
        score = index.entity_score(entity_id)

        summary = Text()
        summary.append(one_line(entity.name), style="bold")
        summary.append("  ")
        summary.append(KIND_LABELS[entity.kind], style=DIM)
        if entity.aliases:
            summary.append("\nalso: ", style=DIM)
            for position, alias in enumerate(entity.aliases):
                if position:
                    summary.append(" · ", style=DIM)
                summary.append(one_line(alias), style="italic")
        if entity.description:
            summary.append("\n")
            summary.append(one_line(entity.description))
        summary.append("\n")
        summary.append("salience ", style=DIM)
        summary.append(f"{index.salience.get(entity_id, 0.0):.1%}")
        summary.append("   mentions ", style=DIM)
        summary.append(str(index.mention_count[entity_id]))
        if score is not None and score.volume > 0:
            summary.append("   tension ", style=DIM)
            summary.append_text(badge(score.tension, score.band, 0))
            summary.append(f" {score.band}", style=band_style(score.band))
        yield Option(summary, disabled=True)

        dyads = index.dyads_of(entity_id)
        yield _section(f"Tension with ({len(dyads)})")
        if not dyads:
            yield _empty("no relation recorded")
        shown = [dyad for dyad in dyads if dyad.volume > 0][:MAX_DYADS]
        for dyad in shown:
            other = dyad.b if dyad.a == entity_id else dyad.a
            row = Text()
            row.append_text(bar(dyad.tension, dyad.band))
            row.append(" ")
            row.append_text(badge(dyad.tension, dyad.band))
            row.append("  ")
            row.append_text(label(index.entities[other].name))
            row.append(f"  {dyad.band}", style=DIM)
            if self.app.notes_on_dyad(dyad.a, dyad.b):
                row.append(f"  {NOTE_MARK}", style=NOTE_STYLE)
            yield Option(row, id=DYAD + other)
        if len(dyads) > len(shown):
            unscored = sum(1 for dyad in dyads if dyad.volume == 0)
            rest = f"{len(dyads) - len(shown)} more in the tension view (t)"
            if unscored:
                rest += f", {unscored} without scored relations"
            yield _empty(rest)

        quotes = index.quotes_by_entity.get(entity_id, [])
        yield _section(f"Quotes ({len(quotes)})")
        if not quotes:
            yield _empty("no quote mentions this entity")
        for quote in quotes:
            yield Option(self._quote_text(quote), id=QUOTE + quote.id)
            yield from self._note_rows(self.app.notes_on_quote(quote.id), indent="    ")

        relations = index.relations_by_entity.get(entity_id, [])
        yield _section(f"Relations ({len(relations)})")
        if not relations:
            yield _empty("no relation recorded")
        for relation in relations:
            yield Option(self._relation_text(relation), id=RELATION + relation.id)

        yield from self.notes_section(entity_id)

    def notes_section(self, entity_id: str) -> list[Option]:
        """The notes on the entity itself; each row (id ``notes:<note id>``) opens its editor."""
        notes = self.app.notes_on(entity_target(entity_id))
        rows = [_section(f"Notes ({len(notes)})" if notes else "Notes")]
        rows += self._note_rows(notes) or [_empty("no notes yet")]
        return rows

    def _note_rows(self, notes: list[Note], indent: str = "") -> list[Option]:
        return [
            Option(
                note_text(note.text, stale=self.app.is_stale(note), indent=indent),
                id=NOTES + note.id,
            )
            for note in notes
        ]

    def redraw(self) -> None:
        """Rebuild the page (after a note changed), keeping the cursor and the scroll."""
        if self.entity_id is None:
            return
        keep = self.highlighted_id
        top = self.scroll_offset.y
        self.fill(self._page(self.entity_id))
        position = self.ensure(keep) if keep else None
        if position is not None:
            self.highlighted = position
        elif self.quote_ids():
            self.focus_quote(self.quote_ids()[0])
        self.scroll_to(y=top, animate=False)

    def _quote_text(self, quote: Quote, hints: dict[str, str] | None = None) -> Text:
        """The quote on one paragraph-numbered block: the entity in reverse, others as links."""
        index = self.index
        prefix = f"¶{index.paragraph(quote.start)} "
        shift = len(prefix) - quote.start
        raw = index.dataset.article.text[quote.start : min(quote.end, quote.start + QUOTE_CHARS)]
        text = Text(prefix + clean(raw).replace("\n", " "))
        shown = len(text)
        if quote.end - quote.start > QUOTE_CHARS:
            text.append(" …", style=DIM)
        text.stylize(DIM, 0, len(prefix) - 1)
        labelled: dict[str, int] = {}
        for mention in index.mentions_by_quote.get(quote.id, ()):
            begin, end = mention.start + shift, mention.end + shift
            if end > shown:
                continue
            if mention.entity == self.entity_id:
                text.stylize(SELF_STYLE, begin, end)
            else:
                text.stylize(link_style(mention.entity), begin, end)
                if hints and mention.entity in hints and mention.entity not in labelled:
                    labelled[mention.entity] = begin
        for entity_id, offset in sorted(labelled.items(), key=lambda item: -item[1]):
            hint = Text(f"[{hints[entity_id]}]", style="reverse " + HINT_STYLE)
            text = text[:offset] + hint + text[offset:]
        return text

    def _relation_text(self, relation: Relation) -> Text:
        index = self.index
        outgoing = relation.source == self.entity_id
        other = relation.target if outgoing else relation.source
        contribution = index.contributions.get(relation.id)
        text = Text()
        arrow = ("→ " if outgoing else "← ") if VOCABULARY[relation.type].directed else "↔ "
        text.append(arrow, style="bold")
        text.append(relation.type.value.replace("_", " "))
        text.append("  ")
        text.append_text(
            label(index.entities[other].name) if other in index.entities else label(other)
        )
        if relation.modality.value != "asserted":
            text.append(f"  ({relation.modality.value})", style=DIM)
        if contribution is not None:
            style = (
                "#3b9c4a"
                if contribution.value > 0
                else "#d9363e"
                if contribution.value < 0
                else DIM
            )
            text.append(f"  {contribution.value:+.2f}", style=style)
        return text

    # -- queries and commands from the screen -----------------------------------------------

    def quote_ids(self) -> list[str]:
        return [q.id for q in self.index.quotes_by_entity.get(self.entity_id or "", [])]

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def current_quote(self) -> Quote | None:
        """The highlighted quote, else the first quote of the entity."""
        option_id = self.highlighted_id
        if option_id and option_id.startswith(QUOTE):
            return self.index.quote_by_id[option_id.removeprefix(QUOTE)]
        ids = self.quote_ids()
        return self.index.quote_by_id[ids[0]] if ids else None

    def focus_quote(self, quote_id: str) -> None:
        position = self.ensure(QUOTE + quote_id)
        if position is not None:
            self.highlighted = position

    def step_quote(self, step: int) -> None:
        """Move the cursor to the next (1) or previous (-1) quote, from wherever it is."""
        ids = self.quote_ids()
        if not ids:
            return
        current = self.highlighted_id
        if current and current.startswith(QUOTE):
            position = ids.index(current.removeprefix(QUOTE)) + step
        else:
            position = 0 if step > 0 else len(ids) - 1
        self.focus_quote(ids[max(0, min(len(ids) - 1, position))])

    def show_hints(self, quote: Quote, hints: dict[str, str]) -> None:
        """Label the other entities' mentions in ``quote`` with hints, or clear them."""
        position = self.ensure(QUOTE + quote.id)
        if position is None:
            return
        self.replace_option_prompt_at_index(position, self._quote_text(quote, hints))

    # -- mouse --------------------------------------------------------------------------------

    async def _on_click(self, event: events.Click) -> None:
        """A click moves the cursor; a click on a mention follows it; a double click opens."""
        clicked = event.style.meta.get("option")
        if clicked is not None and not self.options[clicked].disabled:
            self.highlighted = clicked
            if event.chain >= 2:
                self.action_select()
        if "@click" in event.style.meta:
            await self.broker_event("click", event)
        event.prevent_default()


def _section(title: str) -> Option:
    text = Text()
    text.append("\n")
    text.append(title, style="bold underline")
    return Option(text, disabled=True)


def _empty(message: str) -> Option:
    return Option(Text(message, style=DIM + " italic"), disabled=True)
