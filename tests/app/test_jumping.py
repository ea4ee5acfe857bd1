"""Every way of moving between entities, and the history that remembers them."""

from __future__ import annotations

from textual.widgets import Input

from tests.app.conftest import make_app, ready
from tui.app.screens.hints import HintPrompt
from tui.app.widgets.entity_list import EntityList
from tui.app.widgets.entity_view import QUOTE, EntityView


def hint_of(app, entity_id: str) -> str:
    return next(
        row.hint for row in app.screen.query_one(EntityList).rows if row.entity.id == entity_id
    )


async def test_opens_on_the_most_salient_entity_grouped_by_kind(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.current_entity == "microsoft"
        listed = app.screen.query_one(EntityList)
        headers = [o.prompt.plain for o in listed.options if o.disabled]
        assert headers == ["Organisations (9)", "People (4)", "Products (4)", "Regulators (3)"]
        first_row = listed.get_option("microsoft").prompt.plain
        assert first_row.startswith("a Microsoft") and " 21 " in first_row
        view = app.screen.query_one(EntityView)
        assert view.options[0].prompt.plain.startswith("Microsoft  organisation")


async def test_jump_by_hint(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        assert isinstance(app.screen, HintPrompt)
        await pilot.press(*hint_of(app.screen_stack[-2], "coreweave"))
        await pilot.pause()
        assert app.current_entity == "coreweave"
        assert app.screen.query_one(EntityView).entity_id == "coreweave"


async def test_escape_cancels_a_hint_and_a_wrong_letter_starts_over(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f", "escape")
        assert not isinstance(app.screen, HintPrompt)
        assert app.current_entity == "microsoft"


async def test_two_letter_hints_when_entities_outnumber_letters(dataset) -> None:
    from tests.app.factory import ENTITIES, build

    extra = tuple((f"x{n}", f"Extra{n}", ENTITIES[0][2], ()) for n in range(30))
    text = dataset.article.text + "\n\n" + " ".join(f"Extra{n}." for n in range(30))
    app = make_app(build(text, ENTITIES + extra))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        hints = [row.hint for row in app.screen.query_one(EntityList).rows]
        assert len(hints) == 50 and len(set(hints)) == 50
        assert {len(h) for h in hints} == {1, 2}
        target = next(r for r in app.screen.query_one(EntityList).rows if len(r.hint) == 2)
        await pilot.press("f", *target.hint)
        await pilot.pause()
        assert app.current_entity == target.entity.id


async def test_next_and_previous_follow_the_list(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert app.current_entity == "openai"
        await pilot.press("n", "n")
        assert app.current_entity == "oracle"
        await pilot.press("p")
        assert app.current_entity == "coreweave"


async def test_command_palette_finds_an_entity_by_alias(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert app.current_entity == "openai"
        await pilot.press("ctrl+p")
        await pilot.press(*"redmond")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_entity == "microsoft"


async def test_filter_narrows_highlights_and_opens_the_top_match(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"sat")
        listed = app.screen.query_one(EntityList)
        assert listed.rows[0].entity.id == "satya-nadella"
        assert all(row.match is not None for row in listed.rows)
        assert len(listed.rows) < len(dataset.entities)
        prompt = listed.get_option("satya-nadella").prompt
        highlighted = {
            prompt.plain[span.start : span.end]
            for span in prompt.spans
            if "underline" in str(span.style)
        }
        assert highlighted == {"S", "a", "t"}
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_entity == "satya-nadella"
        await pilot.press("escape")
        assert len(listed.rows) == len(dataset.entities)
        assert app.current_entity == "satya-nadella"


async def test_filter_matches_aliases_and_ignores_accents(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"redmond")
        listed = app.screen.query_one(EntityList)
        assert [row.entity.id for row in listed.rows] == ["microsoft"]
        assert "Microsoft ~ …e Redmond" in listed.get_option("microsoft").prompt.plain
        await pilot.press(*["backspace"] * 7, *"europeenne")
        assert listed.rows[0].entity.id == "commission-europeenne"


async def test_follow_from_a_quote_with_hints_on_its_mentions(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("openai")
        view = app.screen.query_one(EntityView)
        view.focus_quote("q15")  # mentions CoreWeave and Microsoft
        await pilot.press("o")
        assert isinstance(app.screen, HintPrompt)
        labels = app.screen.labels
        assert sorted(labels.values()) == ["coreweave", "microsoft"]
        shown = view.get_option(QUOTE + "q15").prompt.plain
        hint = next(h for h, e in labels.items() if e == "coreweave")
        assert f"[{hint}]CoreWeave" in shown
        await pilot.press(*hint)
        await pilot.pause()
        assert app.current_entity == "coreweave"


async def test_follow_goes_straight_to_the_only_other_entity(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.select_entity("openai")
        app.screen.query_one(EntityView).focus_quote("q1")  # Microsoft et OpenAI…
        await pilot.press("o")
        assert app.current_entity == "microsoft"


async def test_clicking_an_entity_row_selects_it(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        listed = app.screen.query_one(EntityList)
        row = listed.get_option_index("oracle")
        await pilot.click(EntityList, offset=(4, row))
        await pilot.pause()
        assert app.current_entity == "oracle"


async def test_clicking_a_mention_in_a_quote_follows_it(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(EntityView)
        # the first quote line is "¶1 Microsoft et OpenAI, …": OpenAI is a link
        line = view._index_to_line[view.get_option_index(QUOTE + "q1")]
        column = view.get_option(QUOTE + "q1").prompt.plain.index("OpenAI") + 1
        await pilot.click(EntityView, offset=(column + 1, line - view.scroll_offset.y))
        await pilot.pause()
        assert app.current_entity == "openai"


async def test_back_and_forward_through_the_history(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        main = app.screen
        await pilot.press("f", *hint_of(main, "openai"))
        await pilot.pause()
        main.query_one(EntityView).focus_quote("q15")
        await pilot.press("o", *"a")  # CoreWeave is listed first in that quote
        await pilot.pause()
        assert app.current_entity == "coreweave"
        await pilot.press("H")
        assert app.current_entity == "openai"
        await pilot.press("H")
        assert app.current_entity == "microsoft"
        await pilot.press("L")
        assert app.current_entity == "openai"
        await pilot.press("f", *hint_of(main, "ftc"))
        await pilot.pause()
        await pilot.press("L")  # a new visit dropped the forward entries
        assert app.current_entity == "ftc"


async def test_browsing_the_list_counts_as_one_step_of_history(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f", *hint_of(app.screen, "sam-altman"))
        await pilot.pause()
        app.screen.query_one(EntityList).focus()
        await pilot.press("j", "j", "j")
        assert app.current_entity == "mustafa-suleyman"
        await pilot.press("H")
        assert app.current_entity == "sam-altman"
