"""The other views (reader, tension, help), quotes, themes, sizes and user keymaps."""

from __future__ import annotations

import pytest
from textual.containers import ScrollableContainer
from textual.widgets import Static

from tests.app.conftest import make_app, ready
from tui.app.keymap import KeymapError, load_keymap
from tui.app.screens.help import HelpScreen
from tui.app.screens.hints import HintPrompt
from tui.app.screens.reader import ArticleText, ReaderScreen
from tui.app.screens.tension import DyadList, TensionScreen
from tui.app.widgets.entity_view import DYAD, QUOTE, EntityView


async def test_entity_page_sections(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("openai")
        view = app.screen.query_one(EntityView)
        plain = [option.prompt.plain for option in view.options]
        assert "also: La startup de Sam Altman" in plain[0]
        assert "salience" in plain[0] and "mentions 18" in plain[0]
        sections = [p.strip() for p, o in zip(plain, view.options, strict=True) if o.disabled]
        assert "Tension with (4)" in sections and "Quotes (18)" in sections
        relations = [r for r in dataset.relations if "openai" in (r.source, r.target)]
        assert f"Relations ({len(relations)})" in sections and "Notes" in sections
        quotes = [o for o in view.options if (o.id or "").startswith(QUOTE)]
        starts = [dataset.article.text.index(o.prompt.plain.split(" ", 1)[1][:30]) for o in quotes]
        assert starts == sorted(starts)  # article order
        q15 = view.get_option(QUOTE + "q15").prompt
        assert q15.plain.startswith("¶7 ")
        styled = {q15.plain[s.start : s.end]: str(s.style) for s in q15.spans}
        assert "reverse" in styled["OpenAI"]
        assert "underline" in styled["CoreWeave"]  # another entity: a link
        dyads = [o.prompt.plain for o in view.options if (o.id or "").startswith(DYAD)]
        shown = [d.removesuffix(f"  {d.rsplit('  ', 1)[-1]}").rsplit("  ", 1)[-1] for d in dyads]
        names = {e.id: e.name for e in dataset.entities}
        expected = [names[d.b if d.a == "openai" else d.a] for d in app.index.dyads_of("openai")]
        assert shown == expected[: len(shown)]  # tensest first, as everywhere
        assert shown[0] == "Microsoft"  # five frictions and a partnership outweigh one accusation


async def test_quote_navigation_moves_between_quotes(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        ids = view.quote_ids()
        assert view.highlighted_id == QUOTE + ids[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.highlighted_id == QUOTE + ids[2]
        assert app.focused is view
        await pilot.press("left_square_bracket")
        assert view.highlighted_id == QUOTE + ids[1]
        await pilot.press("j")
        assert view.highlighted_id == QUOTE + ids[2]


async def test_reader_opens_at_the_quote_with_mentions_highlighted(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("coreweave")
        await pilot.press("right_square_bracket", "r")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        article = app.screen.query_one(ArticleText)
        quote = app.index.quote_by_id[app.screen.quote_id]
        assert app.screen.quote_id == "q16"
        paragraph = article.highlighted_option.prompt
        assert app.index.quote_text(quote) in paragraph.plain
        styles = {paragraph.plain[s.start : s.end]: str(s.style) for s in paragraph.spans}
        assert "reverse" in styles["CoreWeave"] and "underline" in styles["OpenAI"]
        assert article.scroll_offset.y > 0  # scrolled down to the quote
        assert len(article.options) == app.index.paragraph_count
        await pilot.press("left_square_bracket")
        assert app.screen.quote_id == "q15"
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)


async def test_enter_on_a_quote_opens_the_reader(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("right_square_bracket", "enter")
        assert isinstance(app.screen, ReaderScreen)


async def test_tension_view_lists_every_dyad_and_explains_one(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TensionScreen)
        dyads = screen.query_one(DyadList)
        assert dyads.option_count == len(app.index.scores.dyads)
        assert dyads.highlighted_option.id == "microsoft|openai"  # most evidence
        body = str(screen.query_one("#breakdown-body", Static).render())
        breakdown = screen._breakdown()
        text = "\n".join(part.plain for part in breakdown.renderables)
        assert "Microsoft ↔ OpenAI" in text
        assert "Microsoft → OpenAI  +" in text and "OpenAI → Microsoft  -" in text
        assert "mutual (symmetric relations)" in text
        for relation in ("investment", "refusal", "competition", "concession"):
            assert relation in text
        assert "Microsoft ↔ OpenAI  competition" in text  # symmetric: no direction
        assert "OpenAI → Microsoft  refusal" in text
        assert "w +8.0 × c 0.80 × m 1.0 = +6.40" in text
        assert "without it:" in text and "« Malgré ces tensions" in text
        assert body  # rendered without error
        await pilot.press("j")
        assert screen.dyad is not None
        assert (screen.dyad.a, screen.dyad.b) != ("microsoft", "openai")
        await pilot.press("escape")
        assert not isinstance(app.screen, TensionScreen)


async def test_enter_on_a_dyad_opens_its_breakdown(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        view.focus()
        view.highlighted = view.get_option_index(DYAD + "ftc")
        await pilot.press("enter")
        assert isinstance(app.screen, TensionScreen)
        assert app.screen.dyad.a == "ftc" and app.screen.dyad.b == "microsoft"


async def test_help_lists_bindings_with_their_keys_and_ids(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = _help_rows(app.screen)
        assert ("f", "Jump", "main.jump") in rows
        assert ("H ⌫", "Back", "main.back") in rows or ("H backspace", "Back", "main.back") in rows
        assert any(row[2] == "app.quit" for row in rows)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("t", "f1")
        rows = _help_rows(app.screen)
        assert any(row[2] == "tension.close" for row in rows)
        assert not any(row[2] == "main.jump" for row in rows)


def _help_rows(screen) -> list[tuple[str, str, str]]:
    table = screen._content()
    columns = [[cell.plain for cell in column._cells] for column in table.columns]
    return list(zip(*columns, strict=True))


async def test_keymap_remaps_a_binding_everywhere(dataset) -> None:
    app = make_app(dataset, keymap={"main.jump": "semicolon"})
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        assert not isinstance(app.screen, HintPrompt)
        await pilot.press("semicolon")
        assert isinstance(app.screen, HintPrompt)
        await pilot.press("escape", "question_mark")
        assert ";" in next(row[0] for row in _help_rows(app.screen) if row[2] == "main.jump")


def test_keymap_file(tmp_path) -> None:
    path = tmp_path / "keymap.toml"
    assert load_keymap(path) == {}
    path.write_text('[keymap]\n"main.jump" = "semicolon"\n"main.back" = ["H", "ctrl+o"]\n')
    assert load_keymap(path) == {"main.jump": "semicolon", "main.back": "H,ctrl+o"}
    path.write_text("[keymap\n")
    with pytest.raises(KeymapError, match=r"keymap.toml: invalid TOML"):
        load_keymap(path)
    path.write_text('[keymap]\n"main.jump" = 3\n')
    with pytest.raises(KeymapError, match=r"keymap.main.jump: expected keys"):
        load_keymap(path)


async def test_theme_toggles_between_dark_and_light(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.current_theme.dark
        await pilot.press("d")
        assert not app.current_theme.dark


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (200, 60)])
async def test_every_view_fits_without_overlap(dataset, size) -> None:
    app = make_app(dataset)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        side = app.screen.query_one("#side").region
        main = app.screen.query_one(EntityView).region
        assert side.right <= main.x and main.right <= size[0]
        assert side.width < size[0] // 2
        for keys in (("t",), ("escape", "r"), ("escape", "question_mark")):
            await pilot.press(*keys)
            await pilot.pause()
            for widget in app.screen.query("*"):
                scrolled = any(isinstance(a, ScrollableContainer) for a in widget.ancestors)
                if widget.display and widget.region and not scrolled:
                    assert widget.region.right <= size[0] and widget.region.bottom <= size[1]


async def test_an_article_without_entities_still_opens_every_view() -> None:
    from tests.app.factory import build

    app = make_app(build("Nothing to see here.", (), ()))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            if type(app.screen).__name__ == "MainScreen":
                break
            await pilot.pause(0.01)
        await pilot.press("o", "f", "escape", "n", "H", "t")
        assert isinstance(app.screen, TensionScreen)
        await pilot.press("escape", "r")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape", "question_mark", "escape")
        assert app.is_running and app.current_entity is None


async def test_a_dyad_with_many_relations_shows_its_strongest_first_then_all() -> None:
    from tests.factories import make_dataset
    from tui.app.screens.tension import FIRST_RELATIONS

    text = "Acme sues Globex. Globex accuses Acme. The two firms compete."
    many = FIRST_RELATIONS + 12
    relations = [
        {
            "id": f"r{n}",
            "source": "Acme",
            "target": "Globex",
            "type": "lawsuit" if n % 2 else "competition",
            "confidence": round(0.2 + n / (2 * many), 3),
            "evidence": ["Acme sues Globex."],
        }
        for n in range(many)
    ]
    dataset = make_dataset(text, ["Acme", "Globex"], relations)
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TensionScreen)
        first = "\n".join(p.plain for p in screen._breakdown(FIRST_RELATIONS).renderables)
        assert first.count("without it:") == FIRST_RELATIONS
        assert "… 12 weaker relations" in first
        await pilot.pause()
        body = screen.query_one("#breakdown-body", Static)
        shown = "\n".join(p.plain for p in body.content.renderables)
        assert shown.count("without it:") == many
        assert "weaker relations" not in shown
