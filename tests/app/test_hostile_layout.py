"""Escape sequences, markup, right-to-left, combining and wide text in every field: the screen
keeps its shape and shows the text as written."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.app.conftest import make_app, ready
from tests.hostile_inputs import hostile_dataset
from tui.app.safe import one_line
from tui.app.widgets.entity_list import EntityList
from tui.app.widgets.header import ArticleHeader


def rendered_rows(widget) -> list[str]:
    """The lines a widget draws, as text, one per row of its region."""
    return [
        "".join(segment.text for segment in widget.render_line(y))
        for y in range(widget.region.height)
    ]


@pytest.mark.parametrize("size", [(100, 30), (200, 50)])
async def test_side_panel_rows_keep_their_width_and_badges_line_up(size) -> None:
    dataset = hostile_dataset()
    app = make_app(dataset)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        panel = app.screen.query_one(EntityList)
        rows = rendered_rows(panel)
        width = panel.region.width
        assert all(cell_len(row) == width for row in rows)
        entity_rows = [row for row in rows if row.rstrip() and row[0] != " " and "(" not in row]
        assert len(entity_rows) == len(dataset.entities)
        # the badge (tension or a dash) ends every entity row at the same column
        assert all(row.rstrip()[-2:].strip().isdigit() for row in entity_rows)
        assert len({cell_len(row.rstrip()) for row in entity_rows}) == 1
        assert not any("\x1b" in row or "\x9b" in row for row in rows)


@pytest.mark.parametrize("width", [90, 120, 200])
async def test_a_long_outlet_never_hides_the_title(width) -> None:
    dataset = hostile_dataset()
    app = make_app(dataset)
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot)
        header = app.screen.query_one(ArticleHeader)
        (line,) = rendered_rows(header)
        assert cell_len(line) == width
        title = one_line(dataset.article.title)
        assert title[:20] in line
        assert "tension" in line
