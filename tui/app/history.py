"""Back and forward through the entities visited, like a web browser."""

from __future__ import annotations


class History:
    """Visited entity ids and a cursor; visiting after going back drops the forward entries.

    A *passing* visit (moving the list cursor row by row) replaces the entry before it when
    that one was passing too, so that ``back`` returns to where the browsing started rather
    than one row up.
    """

    def __init__(self, limit: int = 500) -> None:
        self._items: list[str] = []
        self._passing: list[bool] = []
        self._cursor = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._cursor] if self._items else None

    def visit(self, item: str, *, passing: bool = False) -> None:
        if item == self.current:
            return
        del self._items[self._cursor + 1 :]
        del self._passing[self._cursor + 1 :]
        if passing and self._passing and self._passing[-1]:
            self._items[-1] = item
            return
        self._items.append(item)
        self._passing.append(passing)
        if len(self._items) > self._limit:
            del self._items[0]
            del self._passing[0]
        self._cursor = len(self._items) - 1

    def back(self) -> str | None:
        if self._cursor <= 0:
            return None
        self._cursor -= 1
        return self._items[self._cursor]

    def forward(self) -> str | None:
        if self._cursor >= len(self._items) - 1:
            return None
        self._cursor += 1
        return self._items[self._cursor]
