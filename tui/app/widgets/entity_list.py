"""The side panel: every entity, grouped by kind, one line each, with its jump hint.

Every row is exactly one line (padded to the panel's width, the name truncated with an
ellipsis, so that counts and badges line up). That lets the list skip what makes a long
``OptionList`` slow: a row's text is built only when it is drawn and rows are never measured
(``OneLineOptionList``), so listing or refiltering 5,000 entities takes milliseconds. The
panel rebuilds its rows when it is resized.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets.option_list import Option

from tui.app.fuzzy import Match
from tui.app.index import KIND_TITLES, ArticleIndex
from tui.app.safe import one_line
from tui.app.style import DIM, HINT_STYLE, MATCH_STYLE, badge
from tui.app.widgets.lazy_list import LazyOption, OneLineOptionList, movement_bindings
from tui.app.widgets.note_text import NOTE_MARK, NOTE_STYLE
from tui.model import Entity


@dataclass(frozen=True, slots=True)
class Row:
    entity: Entity
    hint: str
    matched_name: str | None = None
    match: Match | None = None


class EntityList(OneLineOptionList):
    """Entities as rows; highlighting a row selects the entity; ✎ marks those with notes."""

    BINDINGS: ClassVar[list[BindingType]] = movement_bindings("list")

    DEFAULT_CSS = """
    EntityList, EntityList:focus { height: 1fr; border: none; padding: 0; }
    EntityList > .option-list--option { padding: 0; }
    """

    def __init__(self, index: ArticleIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.rows: list[Row] = []
        self.entity_ids: list[str] = []
        self.groups = True
        self.noted: set[str] = set()
        self._rendered_width = 0

    def show_rows(self, rows: list[Row], *, groups: bool, keep: str | None = None) -> None:
        """Replace the rows, keeping the highlight on ``keep`` when it is still listed."""
        self.rows = rows
        self.entity_ids = [row.entity.id for row in rows]
        self.groups = groups
        self._rebuild(keep)

    def _rebuild(self, keep: str | None) -> None:
        width = self.scrollable_content_region.width or self.size.width or 30
        self._rendered_width = width
        # rows cost nothing until drawn: list them all at once
        self.fill(self._row_options(width))
        self.finish()
        position = self.ensure(keep) if keep is not None else None
        if position is None and self.rows:
            position = self.ensure(self.rows[0].entity.id)
        self.highlighted = position

    def _row_options(self, width: int) -> Iterator[Option]:
        counts = Counter(row.entity.kind for row in self.rows)
        kind = None
        for row in self.rows:
            if self.groups and row.entity.kind != kind:
                kind = row.entity.kind
                header = Text(f"{KIND_TITLES[kind]} ({counts[kind]})", style="bold")
                yield Option(header, disabled=True)
            yield LazyOption(partial(self._row_text, row, width), id=row.entity.id)

    def _row_text(self, row: Row, width: int) -> Text:
        entity = row.entity
        score = self.index.entity_score(entity.id)
        hint_width = max(2, len(row.hint) + 1)
        text = Text()
        text.append(row.hint.ljust(hint_width), style=HINT_STYLE)
        count = f"{self.index.mention_count[entity.id]:>4}"
        tail = Text()
        tail.append(count, style=DIM)
        tail.append(" ")
        has_relations = score is not None and score.volume > 0
        tail.append_text(
            badge(score.tension if has_relations else None, score.band if has_relations else None)
        )
        room = width - hint_width - len(tail.plain) - 1
        name = Text(one_line(entity.name))
        if row.match is not None and row.matched_name is not None:
            if row.matched_name == entity.name:
                for position in row.match.positions:
                    name.stylize(MATCH_STYLE, position, position + 1)
            else:
                name.append(" ~ ", style=DIM)
                name.append_text(_alias_window(row.matched_name, row.match, room - len(name.plain)))
        if room >= 4:
            name.truncate(room, overflow="ellipsis", pad=True)
            text.append_text(name)
            if entity.id in self.noted:
                text.append(NOTE_MARK, style=NOTE_STYLE)
            else:
                text.append(" ")
            text.append_text(tail)
        else:
            name.truncate(max(width - hint_width, 1), overflow="ellipsis")
            text.append_text(name)
        return text

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if width and width != self._rendered_width and self.rows:
            option = self.highlighted_option
            self._rebuild(option.id if option else None)


def _alias_window(alias: str, match: Match, room: int) -> Text:
    """The matched alias, cropped to ``room`` cells around its first matched letter."""
    shown = one_line(alias)
    positions = [p for p in match.positions if p < len(shown)]
    start = 0
    if len(shown) > room and positions:
        start = max(0, min(positions[0] - 2, len(shown) - room + 1))
    text = Text("…" if start else "", style=DIM)
    text.append(shown[start:], style=DIM)
    shift = len(text.plain) - len(shown)
    for position in positions:
        if position >= start:
            text.stylize(MATCH_STYLE, position + shift, position + shift + 1)
    return text
