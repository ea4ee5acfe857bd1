"""Huge articles open and every view draws: one line of a megabyte, 50 MB of text."""

from __future__ import annotations

from tests.app.conftest import make_app, ready
from tests.hostile_inputs import fifty_megabytes, many_entities, one_long_line
from tui.app.index import ROW_CHARS
from tui.app.screens.reader import ArticleText, ReaderScreen
from tui.app.widgets.entity_list import EntityList
from tui.app.widgets.entity_view import QUOTE, QUOTE_CHARS, EntityView


async def test_a_megabyte_on_one_line_opens_in_the_page_and_the_reader() -> None:
    dataset = one_long_line()
    text = dataset.article.text
    app = make_app(dataset)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        (quote_id,) = view.quote_ids()
        shown = view.get_option(QUOTE + quote_id).prompt.plain
        assert shown.startswith("¶1 " + text[:50]) and shown.endswith(" …")
        assert len(shown) <= QUOTE_CHARS + 10
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        rows = app.screen.bounds
        assert all(end - start <= ROW_CHARS for start, end in rows)
        assert "".join(text[start:end] for start, end in rows) == text
        assert app.screen.query_one(ArticleText).highlighted_option.id == "p0"
        await pilot.press("j", "j", "escape")
        assert app.is_running


async def test_fifty_megabytes_of_text_open_in_the_reader() -> None:
    dataset = fifty_megabytes()
    app = make_app(dataset)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.pause()
        article = app.screen.query_one(ArticleText)
        assert article.highlighted_option.prompt.plain.startswith("Acme sues Globex.")
        assert article.option_count <= 202  # a window of rows, not the whole text
        await pilot.press("escape")
        assert app.is_running


async def test_a_hundred_thousand_entities_open_and_the_list_reaches_the_last() -> None:
    dataset = many_entities()
    app = make_app(dataset)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(600):  # scoring 100,000 entities takes seconds on a busy machine
            if app.current_entity is not None:
                break
            await pilot.pause(0.1)
        await ready(pilot)
        panel = app.screen.query_one(EntityList)
        assert panel.entity_ids[:2] == ["e0", "e1"]  # the related pair is the most salient
        assert len(panel.entity_ids) == 100_000
        panel.focus()
        await pilot.press("G")
        await pilot.pause()
        assert app.current_entity == panel.entity_ids[-1]
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("escape", "q")
