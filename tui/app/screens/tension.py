"""The tension view: every dyad by tension, and why the selected one scores what it does."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.index import ArticleIndex
from tui.app.safe import one_line
from tui.app.style import DIM, badge, band_style, bar, label
from tui.app.widgets.header import ArticleHeader
from tui.app.widgets.lazy_list import LazyOption, OneLineOptionList, movement_bindings
from tui.app.widgets.note_text import NOTE_MARK, NOTE_STYLE, note_text
from tui.notes import DyadTarget, dyad_target
from tui.tension import VOCABULARY, VOCABULARY_VERSION, DyadScore, band

FIRST_RELATIONS = 30
"""Relations of a dyad's breakdown drawn on the frame that opens it; the rest follow."""
DYAD_ROW_WIDTH = 40
"""The dyad list is 42 cells wide or more (its border and scrollbar take two)."""


def dyad_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


class DyadList(OneLineOptionList):
    BINDINGS: ClassVar[list[BindingType]] = movement_bindings("dyads")


class TensionScreen(Screen[None]):
    """All dyads on the left (most tense first); the breakdown of the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,t", "close", "Back", id="tension.close"),
        Binding("r", "reader", "Reader", id="tension.reader"),
        Binding("enter", "open_entity", "Open entity", show=False, id="tension.open"),
    ]

    DEFAULT_CSS = """
    TensionScreen #panes { height: 1fr; }
    DyadList, DyadList:focus {
        width: 42; height: 1fr; border: none; border-right: vkey $foreground 20%;
    }
    DyadList > .option-list--option { padding: 0; }
    #breakdown { width: 1fr; height: 1fr; padding: 0 1; }
    """

    def __init__(
        self, index: ArticleIndex, a: str | None, b: str | None, relation_id: str | None
    ) -> None:
        super().__init__()
        self.index = index
        self.initial = dyad_key(a, b) if a and b else None
        self.relation_id = relation_id
        self.dyad: DyadScore | None = None
        self._marked: set[str] = set()

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.index, view="tension view", id="header")
        with Horizontal(id="panes"):
            yield DyadList(id="dyads")
            with VerticalScroll(id="breakdown"):
                yield Static(id="breakdown-body")
        yield Footer()

    def on_mount(self) -> None:
        dyads = self.query_one(DyadList)
        self._marked = self._noted_dyads()
        ordered = self.index.scores.dyads
        if ordered:
            # dyads are ordered a < b, so their key needs no sorting
            dyads.fill(LazyOption(partial(self._dyad_row, d), id=f"{d.a}|{d.b}") for d in ordered)
        else:
            empty = Text("no relation in this article", style=DIM)
            dyads.set_options([Option(empty, disabled=True)])
        if ordered:
            dyads.highlighted = 0
        if self.initial and self.index.dyad(*self.initial.split("|")):
            # its breakdown shows at once; deep in a long list, it is highlighted when the
            # list is scrolled down to it
            self._show(self.index.dyad(*self.initial.split("|")))
            dyads.want(self.initial)
        dyads.focus()

    def _entity_label(self, entity_id: str) -> Text:
        entity = self.index.entities.get(entity_id)
        return label(entity.name if entity else entity_id)

    def _dyad_row(self, dyad: DyadScore) -> Text:
        """One line: the badge and both names, cut with an ellipsis to fit the narrowest list.

        Rows are built while the screen is drawn, when the list's size must not be read.
        """
        row = badge(dyad.tension, dyad.band) if dyad.volume > 0 else badge(None, None)
        row.append(" ")
        row.append_text(self._entity_label(dyad.a))
        row.append(" – ", style=DIM)
        row.append_text(self._entity_label(dyad.b))
        row.truncate(DYAD_ROW_WIDTH - 2, overflow="ellipsis")
        if self.app.notes_on_dyad(dyad.a, dyad.b):
            row.append(f" {NOTE_MARK}", style=NOTE_STYLE)
        return row

    @on(OptionList.OptionHighlighted, "#dyads")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._show(self.index.dyad(*event.option.id.split("|")))

    def _show(self, dyad: DyadScore | None) -> None:
        self.dyad = dyad
        body = self.query_one("#breakdown-body", Static)
        if dyad is not None and len(dyad.contributions) > FIRST_RELATIONS:
            # a dyad with a hundred relations: its strongest drivers on this frame, the
            # rest on the next, so the view answers the key at once
            body.update(self._breakdown(FIRST_RELATIONS))
            self.call_after_refresh(self._show_all, dyad)
        else:
            body.update(self._breakdown())

    def _show_all(self, dyad: DyadScore) -> None:
        if self.dyad is dyad:
            self.query_one("#breakdown-body", Static).update(self._breakdown())

    def _breakdown(self, limit: int | None = None) -> Group | Text:
        dyad = self.dyad
        if dyad is None:
            return Text("no dyad selected", style=DIM)
        index = self.index
        title = Text()
        title.append_text(self._entity_label(dyad.a))
        title.append(" ↔ ", style="bold")
        title.append_text(self._entity_label(dyad.b))
        title.stylize("bold")
        title.append("   ")
        title.append_text(bar(dyad.tension, dyad.band))
        title.append(f" {dyad.tension:.0f} {dyad.band}", style=band_style(dyad.band))
        figures = Text(
            f"cooperation {dyad.cooperation:.2f}   conflict {dyad.conflict:.2f}   "
            f"volume {dyad.volume:.2f}   ambivalence {dyad.ambivalence:.2f}",
            style=DIM,
        )
        subtotals = Text()
        for source, target in ((dyad.a, dyad.b), (dyad.b, dyad.a)):
            subtotals.append_text(self._entity_label(source))
            subtotals.append(" → ")
            subtotals.append_text(self._entity_label(target))
            value = dyad.subtotal(source, target)
            subtotals.append(f"  {value:+.2f}\n", style=_sign_style(value))
        mutual = dyad.mutual()
        subtotals.append("mutual (symmetric relations)")
        subtotals.append(f"  {mutual:+.2f}", style=_sign_style(mutual))

        relations = Text()
        for contribution in dyad.contributions[:limit]:
            relation = contribution.relation
            relations.append("\n")
            head = Text()
            head.append_text(self._entity_label(relation.source))
            info = VOCABULARY[relation.type]
            head.append(" → " if info.directed else " ↔ ", style=DIM)
            head.append_text(self._entity_label(relation.target))
            head.append("  ")
            head.append(info.label, style="bold")
            head.append(f" ({relation.modality.value})", style=DIM)
            if relation.id == self.relation_id:
                head.stylize("reverse")
            relations.append_text(head)
            relations.append("\n  ")
            relations.append(
                f"w {contribution.weight:+.1f} × c {contribution.confidence:.2f} "
                f"× m {contribution.modality:.1f}",
                style=DIM,
            )
            if contribution.recency != 1.0:
                relations.append(f" × r {contribution.recency:.2f}", style=DIM)
            relations.append(" = ", style=DIM)
            relations.append(f"{contribution.value:+.2f}", style=_sign_style(contribution.value))
            without = dyad.without(relation.id)
            relations.append("   without it: ", style=DIM)
            relations.append(f"{without:.0f}", style=band_style(band(without)))
            if info.anchor:
                relations.append(f"   anchor {info.code}", style=DIM)
            for quote_id in relation.evidence:
                quote = index.quote_by_id.get(quote_id)
                if quote is None:
                    continue
                relations.append(f"\n  ¶{index.paragraph(quote.start)} ", style=DIM)
                relations.append("« ")
                relations.append(one_line(index.quote_text(quote)), style="italic")
                relations.append(" »")
            relations.append("\n")
        if limit is not None and len(dyad.contributions) > limit:
            relations.append(f"\n… {len(dyad.contributions) - limit} weaker relations\n", style=DIM)
        parts = [title, figures, Text(), subtotals]
        notes = self.app.notes_on_dyad(dyad.a, dyad.b)
        if notes:
            shown = Text("\nNotes", style="bold underline")
            for note in notes:
                shown.append("\n")
                shown.append_text(note_text(note.text, stale=self.app.is_stale(note), indent=""))
            parts.append(shown)
        footnote = Text(
            "value = w × c × m (× recency); without = the tension if that relation were "
            f"removed. Weights: vocabulary {VOCABULARY_VERSION}.",
            style=DIM,
        )
        return Group(*parts, relations, footnote)

    def action_close(self) -> None:
        self.dismiss()

    def action_reader(self) -> None:
        dyad = self.dyad
        if dyad is None or not dyad.contributions:
            return
        quote_id = dyad.contributions[0].relation.evidence[0]
        self.app.open_reader(quote_id)

    def action_open_entity(self) -> None:
        if self.dyad is not None:
            current = self.app.current_entity
            other = self.dyad.b if self.dyad.a == current else self.dyad.a
            self.app.select_entity(other)

    def note_here(self) -> tuple[DyadTarget | None, None]:
        """What ``a`` and ``x`` act on here: the selected dyad."""
        return (dyad_target(self.dyad.a, self.dyad.b) if self.dyad else None), None

    def notes_changed(self) -> None:
        """Redraw the breakdown, and the markers of the dyads whose notes came or went."""
        self._show(self.dyad)
        dyads = self.query_one(DyadList)
        marked = self._noted_dyads()
        for key in marked ^ self._marked:
            dyad = self.index.dyad(*key.split("|"))
            position = dyads.ensure(key)
            if dyad is not None and position is not None:
                dyads.replace_option_prompt_at_index(position, self._dyad_row(dyad))
        self._marked = marked

    def _noted_dyads(self) -> set[str]:
        notes = self.app.notes.notes if self.app.notes is not None else ()
        return {
            dyad_key(*note.target.entities) for note in notes if isinstance(note.target, DyadTarget)
        }


def _sign_style(value: float) -> str:
    return "#3b9c4a" if value > 0 else "#d9363e" if value < 0 else DIM
