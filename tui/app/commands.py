"""The command palette's entity provider: jump to any entity by name or alias."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.fuzzy import match
from tui.app.index import KIND_LABELS
from tui.app.safe import one_line
from tui.app.style import DIM, MATCH_STYLE


class EntityCommands(Provider):
    """Every entity under each of its names; prompts are ``Text`` so names stay literal."""

    def _entities(self):
        index = getattr(self.app, "index", None)
        return [] if index is None else list(index.entities.values())

    def _prompt(self, entity, name: str, positions: tuple[int, ...]) -> Text:
        text = Text(one_line(name))
        for position in positions:
            text.stylize(MATCH_STYLE, position, position + 1)
        if name != entity.name:
            text.append(" → ", style=DIM)
            text.append(one_line(entity.name))
        text.append(f"  {KIND_LABELS[entity.kind]}", style=DIM)
        return text

    async def discover(self) -> Hits:
        index = getattr(self.app, "index", None)
        if index is None:
            return
        ranked = sorted(index.entities.values(), key=lambda e: -index.salience.get(e.id, 0.0))
        for entity in ranked[:50]:
            yield DiscoveryHit(
                self._prompt(entity, entity.name, ()),
                partial(self.app.select_entity, entity.id),
                text=entity.name,
            )

    async def search(self, query: str) -> Hits:
        for entity in self._entities():
            for name in entity.names:
                found = match(query, name)
                if found is None:
                    continue
                yield Hit(
                    max(0.0, min(1.0, found.score / 200)),
                    self._prompt(entity, name, found.positions),
                    partial(self.app.select_entity, entity.id),
                    text=name,
                )
