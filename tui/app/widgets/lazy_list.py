"""An ``OptionList`` that builds its options as they come into view.

``OptionList`` renders only the rows on screen, but it measures every option when options
are added. For an entity quoted 5,000 times that is most of a second, so a page is given as
a generator: the rows that fill the screen are added at once, the next ones when scrolling
or the cursor comes near the end of what is built. Replacing the list drops the rest of the
old generator; ``ensure`` builds up to an option that a command needs now.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

FIRST_ROWS = 20
"""Rows added at once; more follow until they fill the screen."""
CHUNK_ROWS = 20
"""Rows added at a time when the view nears the end of what is built."""
MARGIN = 10
"""Lines below the screen, and rows below the cursor, built ahead of need."""


def movement_bindings(prefix: str, first: str = "First", last: str = "Last") -> list[BindingType]:
    """j, k, g and G for a list, with ids under ``prefix`` so that each list can be remapped
    on its own (``list.down``, ``pane.down``...)."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("g", "first", first, show=False, id=f"{prefix}.first"),
        Binding("G", "last", last, show=False, id=f"{prefix}.last"),
    ]


class LazyOptionList(OptionList):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pending: Iterator[Option] | None = None
        self._wanted: str | None = None

    def fill(self, options: Iterable[Option]) -> None:
        """Replace the options with ``options``, adding those that fill the screen now."""
        pending = iter(options)
        self._pending = None
        self._wanted = None
        self.set_options(itertools.islice(pending, FIRST_ROWS))
        self._pending = pending
        self._fill_view()

    @property
    def pending(self) -> bool:
        """Whether some options are not built yet."""
        return self._pending is not None

    def _more(self) -> bool:
        """Add the next chunk of options; False when there were none left."""
        if self._pending is None:
            return False
        batch = list(itertools.islice(self._pending, CHUNK_ROWS))
        if len(batch) < CHUNK_ROWS:
            self._pending = None
        if batch:
            self.add_options(batch)
            if self._wanted is not None:
                self.want(self._wanted)
        return bool(batch)

    def _fill_view(self) -> None:
        """Build options until the screen, a margin below it and below the cursor are."""
        height = self.scrollable_content_region.height
        if not height:
            return  # not laid out yet: the first rows are there, the rest waits for a size
        while self._pending is not None:
            lines = len(self._lines)
            bottom = self.scroll_offset.y + height + MARGIN
            cursor = self.highlighted if self.highlighted is not None else 0
            if lines > bottom and len(self.options) > cursor + MARGIN:
                return
            if not self._more():
                return

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._fill_view()

    def watch_highlighted(self, highlighted: int | None) -> None:
        self._fill_view()
        super().watch_highlighted(highlighted)

    def finish(self) -> None:
        """Add every option still pending, now."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.add_options(list(pending))

    def want(self, option_id: str) -> None:
        """Highlight ``option_id`` now if it is built, else as soon as it is.

        Unlike ``ensure``, this never builds the list down to an option deep in it.
        """
        try:
            self.highlighted = self.get_option_index(option_id)
            self._wanted = None
        except OptionDoesNotExist:
            self._wanted = option_id if self._pending is not None else None

    def ensure(self, option_id: str) -> int | None:
        """The index of ``option_id``, adding pending options until it exists (None if never)."""
        while True:
            try:
                return self.get_option_index(option_id)
            except OptionDoesNotExist:
                if not self._more():
                    return None

    def action_last(self) -> None:
        self.finish()
        super().action_last()


class OneLineOptionList(LazyOptionList):
    """A list whose every option is one line high, so that none is rendered to measure it.

    Give it ``LazyOption`` options: then listing thousands of options costs only what the rows
    on screen cost to draw. A prompt that would wrap shows its first line.
    """

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        for index in range(len(cache.lines), len(self.options)):
            cache.index_to_line[index] = index
            cache.heights[index] = 1
            cache.lines.append((index, 0))
        size = Size(self.scrollable_content_region.width, len(cache.lines))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)


class LazyOption(Option):
    """An option whose prompt is built the first time it is drawn or read.

    Creating one costs about what creating a tuple does, so a list can hold thousands.
    """

    def __init__(self, build: Callable[[], Text], id: str | None = None) -> None:
        super().__init__("", id=id)
        self._build: Callable[[], Text] | None = build

    @property
    def prompt(self) -> Text:
        if self._build is not None:
            self._prompt, self._build = self._build(), None
        return self._prompt
