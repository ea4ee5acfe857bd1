"""The main screen: the entity list on the left, the selected entity on the right."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList

from tui.app.fuzzy import match
from tui.app.hints import hint_labels
from tui.app.index import ArticleIndex
from tui.app.screens.hints import HintPrompt
from tui.app.widgets.entity_list import EntityList, Row
from tui.app.widgets.entity_view import DYAD, NOTES, QUOTE, RELATION, EntityView
from tui.app.widgets.header import ArticleHeader
from tui.notes import (
    DyadTarget,
    EntityTarget,
    Note,
    QuoteTarget,
    dyad_target,
    entity_target,
    quote_target,
)


class MainScreen(Screen[None]):
    """Browse entities: every jump ends in ``app.select_entity``, which updates this screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "jump", "Jump", id="main.jump"),
        Binding("o", "follow", "Follow", id="main.follow"),
        Binding("n", "next_entity", "Next entity", show=False, id="main.next"),
        Binding("p", "previous_entity", "Previous entity", show=False, id="main.previous"),
        Binding("H,backspace", "back", "Back", id="main.back"),
        Binding("L", "forward", "Forward", show=False, id="main.forward"),
        Binding("slash", "filter", "Filter", id="main.filter"),
        Binding("escape", "clear_filter", "Clear the filter", show=False, id="main.clear_filter"),
        Binding(
            "right_square_bracket", "next_quote", "Next quote", show=False, id="main.next_quote"
        ),
        Binding(
            "left_square_bracket",
            "previous_quote",
            "Previous quote",
            show=False,
            id="main.previous_quote",
        ),
        Binding("r", "reader", "Reader", id="main.reader"),
        Binding("t", "tension", "Tension", id="main.tension"),
        Binding("s", "toggle_sort", "Sort by salience / name", show=False, id="main.sort"),
    ]

    DEFAULT_CSS = """
    #side { width: 34; border-right: vkey $foreground 20%; }
    #filter { display: none; height: 1; border: none; padding: 0 1; background: $boost; }
    #filter.-active { display: block; }
    """

    def __init__(self, index: ArticleIndex) -> None:
        super().__init__()
        self.index = index
        self.sort = "salience"
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.index, id="header")
        with Horizontal():
            with Vertical(id="side"):
                yield Input(placeholder="filter entities", id="filter")
                yield EntityList(self.index, id="entities")
            yield EntityView(self.index, id="entity")
        yield Footer()

    @property
    def entity_list(self) -> EntityList:
        return self.query_one(EntityList)

    @property
    def entity_view(self) -> EntityView:
        return self.query_one(EntityView)

    def on_mount(self) -> None:
        self.entity_list.noted = self.app.noted_entities()
        self.refresh_list()
        self.entity_list.focus()
        first = self.app.current_entity or next(iter(self.entity_list.entity_ids), None)
        if first is not None:
            self.app.select_entity(first)

    # -- the list -------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Rebuild the side panel from the sort order and the filter query."""
        current = self.app.current_entity
        if self.filter_text.strip():
            scored = []
            for entity in self.index.entities.values():
                best = None
                for name in entity.names:
                    found = match(self.filter_text, name)
                    if found is not None and (best is None or found.score > best[1].score):
                        best = (name, found)
                if best is not None:
                    salience = self.index.salience.get(entity.id, 0.0)
                    scored.append((-best[1].score, -salience, entity.name, entity, best))
            scored.sort(key=lambda item: item[:3])
            labels = hint_labels(len(scored))
            rows = [
                Row(entity, hint, name, found)
                for (_, _, _, entity, (name, found)), hint in zip(scored, labels, strict=True)
            ]
            self.entity_list.show_rows(rows, groups=False, keep=current)
        else:
            entities = self.index.ordered(self.sort)
            labels = hint_labels(len(entities))
            rows = [Row(entity, hint) for entity, hint in zip(entities, labels, strict=True)]
            self.entity_list.show_rows(rows, groups=True, keep=current)

    def notes_changed(self) -> None:
        """Show the notes as they are now: side panel markers and the entity's page."""
        self.entity_list.noted = self.app.noted_entities()
        self.refresh_list()
        self.entity_view.redraw()

    @on(OptionList.OptionHighlighted, "#entities")
    def _entity_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.app.current_entity:
            self.app.select_entity(event.option.id, passing=True)

    @on(OptionList.OptionSelected, "#entities")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        self.entity_view.focus()

    def show_entity(self, entity_id: str) -> None:
        """Show ``entity_id`` in the main pane and put the list cursor on it."""
        listed = self.entity_list
        position = listed.ensure(entity_id)
        if position is not None and listed.highlighted != position:
            with listed.prevent(OptionList.OptionHighlighted):
                listed.highlighted = position
        self.entity_view.show_entity(entity_id)

    # -- the filter -----------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.add_class("-active")
        box.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.refresh_list()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        rows = self.entity_list.rows
        if rows:
            self.app.select_entity(rows[0].entity.id)
        self.entity_list.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        if not box.has_class("-active"):
            return
        self.filter_text = ""
        with box.prevent(Input.Changed):
            box.value = ""
        box.remove_class("-active")
        self.refresh_list()
        self.entity_list.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.query_one("#filter", Input).has_class("-active")
        return True

    # -- jumping ------------------------------------------------------------------------------

    def action_jump(self) -> None:
        labels = {row.hint: row.entity.id for row in self.entity_list.rows}
        self.app.push_screen(HintPrompt(labels, "jump"), self._jumped)

    def _jumped(self, entity_id: str | None) -> None:
        if entity_id is not None:
            self.app.select_entity(entity_id)

    def action_follow(self) -> None:
        view = self.entity_view
        quote = view.current_quote()
        if quote is None or view.entity_id is None:
            self.notify("This entity has no quote to follow.", markup=False)
            return
        others = self.index.others_in_quote(quote, view.entity_id)
        if not others:
            self.notify("No other entity is mentioned in this quote.", markup=False)
            return
        view.focus_quote(quote.id)
        if len(others) == 1:
            self.app.select_entity(others[0])
            return
        labels = dict(zip(hint_labels(len(others)), others, strict=True))
        view.show_hints(quote, {entity: hint for hint, entity in labels.items()})

        def followed(entity_id: str | None) -> None:
            view.show_hints(quote, {})
            if entity_id is not None:
                self.app.select_entity(entity_id)

        self.app.push_screen(HintPrompt(labels, "follow"), followed)

    def action_next_entity(self) -> None:
        self._step_entity(1)

    def action_previous_entity(self) -> None:
        self._step_entity(-1)

    def _step_entity(self, step: int) -> None:
        ids = self.entity_list.entity_ids
        if not ids:
            return
        current = self.app.current_entity
        position = ids.index(current) + step if current in ids else 0
        self.app.select_entity(ids[position % len(ids)], passing=True)

    def action_back(self) -> None:
        self.app.go_back()

    def action_forward(self) -> None:
        self.app.go_forward()

    def action_toggle_sort(self) -> None:
        self.sort = "name" if self.sort == "salience" else "salience"
        self.notify(f"Entities sorted by {self.sort}.", markup=False)
        self.refresh_list()

    # -- quotes and other views ---------------------------------------------------------------

    def action_next_quote(self) -> None:
        self.entity_view.step_quote(1)
        self.entity_view.focus()

    def action_previous_quote(self) -> None:
        self.entity_view.step_quote(-1)
        self.entity_view.focus()

    def action_reader(self) -> None:
        quote = self.entity_view.current_quote()
        self.app.open_reader(quote.id if quote else None)

    def action_tension(self) -> None:
        self.app.open_tension()

    def show_quote(self, quote_id: str) -> None:
        """Put the cursor on a quote of the current entity's page and bring it into view."""
        view = self.entity_view
        view.focus_quote(quote_id)
        view.focus()
        view.call_after_refresh(view.scroll_to_highlight)

    # -- notes --------------------------------------------------------------------------------

    def note_here(self) -> tuple[EntityTarget | QuoteTarget | DyadTarget | None, Note | None]:
        """What ``a`` and ``x`` act on: the note, quote or dyad under the page's cursor when
        the page has focus, else the selected entity."""
        view = self.entity_view
        current = self.app.current_entity
        option_id = view.highlighted_id if self.focused is view else None
        if option_id and option_id.startswith(NOTES):
            note = self.app.notes.get(option_id.removeprefix(NOTES)) if self.app.notes else None
            if note is not None:
                return note.target, note
        if option_id and option_id.startswith(QUOTE):
            return quote_target(option_id.removeprefix(QUOTE)), None
        if option_id and option_id.startswith(DYAD) and current:
            return dyad_target(current, option_id.removeprefix(DYAD)), None
        return (entity_target(current) if current else None), None

    @on(OptionList.OptionSelected, "#entity")
    def _row_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        current = self.app.current_entity
        if option_id.startswith(QUOTE):
            self.app.open_reader(option_id.removeprefix(QUOTE))
        elif option_id.startswith(DYAD) and current:
            self.app.open_tension(current, option_id.removeprefix(DYAD))
        elif option_id.startswith(NOTES) and self.app.notes is not None:
            note = self.app.notes.get(option_id.removeprefix(NOTES))
            if note is not None:
                self.app.edit_note(note.target, note)
        elif option_id.startswith(RELATION):
            relation = self.index.relation_by_id[option_id.removeprefix(RELATION)]
            self.app.open_tension(relation.source, relation.target, relation.id)
