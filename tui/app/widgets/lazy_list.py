"""An ``OptionList`` that fills itself in chunks, so showing a huge list never blocks a key.

``OptionList`` renders only the rows on screen, but it measures every option when options
are added. For an entity quoted 5,000 times that is most of a second, so the page is built
by a generator: the first rows (what fits on screen and more) are added at once, the rest a
chunk at a time between key presses. Replacing the list cancels a fill still running, and
``ensure`` completes it up to an option that a command needs now.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

FIRST_ROWS = 120
CHUNK_ROWS = 200


class LazyOptionList(OptionList):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pending: Iterator[Option] | None = None
        self._generation = 0
        self._wanted: str | None = None

    def fill(self, options: Iterable[Option], first: int = FIRST_ROWS) -> None:
        """Replace the options with ``options``, adding the first ``first`` of them now."""
        self._generation += 1
        self._wanted = None
        pending = iter(options)
        self.set_options(itertools.islice(pending, first))
        self._pending = pending
        self._schedule()

    @property
    def filling(self) -> bool:
        return self._pending is not None

    def _schedule(self) -> None:
        generation = self._generation
        self.set_timer(0.005, lambda: self._fill_more(generation))

    def _fill_more(self, generation: int) -> None:
        if generation != self._generation or self._pending is None:
            return
        batch = list(itertools.islice(self._pending, CHUNK_ROWS))
        if batch:
            self.add_options(batch)
            if self._wanted is not None:
                self.want(self._wanted)
        if len(batch) < CHUNK_ROWS:
            self._pending = None
        else:
            self._schedule()

    def finish(self) -> None:
        """Add every option still pending, now."""
        if self._pending is not None:
            self.add_options(list(self._pending))
            self._pending = None

    def want(self, option_id: str) -> None:
        """Highlight ``option_id`` now if it is listed, else as soon as the fill reaches it."""
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
                if self._pending is None:
                    return None
                batch = list(itertools.islice(self._pending, CHUNK_ROWS))
                if not batch:
                    self._pending = None
                    return None
                self.add_options(batch)

    def action_last(self) -> None:
        self.finish()
        super().action_last()
