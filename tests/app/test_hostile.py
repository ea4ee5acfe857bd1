"""A dataset whose names, title and text are markup, actions and escape sequences."""

from __future__ import annotations

from rich.text import Text

from tests.app.conftest import make_app, ready
from tests.app.factory import hostile
from tui.app.safe import clean, one_line
from tui.app.screens.reader import ArticleText
from tui.app.screens.tension import TensionScreen
from tui.app.widgets.entity_list import EntityList
from tui.app.widgets.entity_view import QUOTE, EntityView
from tui.app.widgets.header import ArticleHeader


def test_clean_keeps_length_and_makes_controls_visible() -> None:
    raw = "a\x1b[31mb\x07c\x9b2J\u202ed\te\nf"
    cleaned = clean(raw)
    assert len(cleaned) == len(raw)
    assert cleaned == "a␛[31mb␇c�2J�d e\nf"
    assert one_line(raw).endswith("e f")
    assert not any(ord(ch) < 0x20 and ch != "\n" for ch in cleaned)


def _no_actions(text: Text) -> None:
    for span in text.spans:
        meta = getattr(span.style, "meta", None) or {}
        assert "app.quit" not in str(meta.get("@click", ""))


async def test_hostile_text_is_shown_literally_and_triggers_nothing() -> None:
    app = make_app(hostile())
    async with app.run_test(size=(200, 60)) as pilot:
        await ready(pilot)
        header = app.screen.query_one(ArticleHeader).render().plain
        assert "[red]Headline[/red] ␛]0;pwned␇ [@click=app.quit]x[/]" in header
        assert "[i]Outlet[/i]" in header
        rows = [o.prompt.plain for o in app.screen.query_one(EntityList).options]
        assert any("[@click=app.quit]Trap[/] Inc" in row for row in rows)
        assert any("[bold]Evil[/bold] Corp" in row for row in rows)
        assert any("␛[31mred␛[0m agent" in row for row in rows)
        view = app.screen.query_one(EntityView)
        for option in view.options:
            assert "\x1b" not in option.prompt.plain
            _no_actions(option.prompt)
        app.select_entity("evil")
        quote = view.get_option(QUOTE + view.quote_ids()[0]).prompt
        assert "[bold]Evil[/bold] Corp met [@click=app.quit]Trap[/] Inc today." in quote.plain
        # pressing every key of the main screen and clicking around must not quit the app
        await pilot.press("n", "]", "enter")
        await pilot.pause()
        paragraph = app.screen.query_one(ArticleText).highlighted_option.prompt
        assert "␛[31mred␛[0m agent" in paragraph.plain
        await pilot.press("escape", "t")
        assert isinstance(app.screen, TensionScreen)
        text = "\n".join(p.plain for p in app.screen._breakdown().renderables)
        assert "[@click=app.quit]Trap[/] Inc → [bold]Evil[/bold] Corp" in text
        await pilot.press("escape")
        await pilot.click(EntityView, offset=(20, 8))
        await pilot.click(EntityList, offset=(5, 1))
        await pilot.press("ctrl+p", *"trap")
        await pilot.pause(0.3)
        await pilot.press("escape")
        assert app.is_running
        assert app.return_code is None
