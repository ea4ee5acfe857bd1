"""How fast the browser reacts on a large dataset, measured headless.

Each figure is the wall time from a key event until the change it causes is on screen (the
state changed, then one frame drawn): what a user waits for. Long lists keep filling in the
background after that frame (``LazyOptionList``); "page complete" measures that too.
Headless at 120x40, on ``bench.synthetic`` data (5,000 entities, 50,000 quotes by default).
Run from the project root:

    python -m bench.browser [--entities N] [--quotes N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable

from textual import events

from bench.synthetic import generate
from tui.app.app import FrenemyApp

_CHARACTERS = {"slash": "/", "escape": None, "right_square_bracket": "]"}


async def _frame(app) -> None:
    drawn = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: drawn.done() or drawn.set_result(None))
    await drawn


async def _timed(app, key: str, done: Callable[[], bool]) -> float:
    """Seconds from posting ``key`` until ``done()`` holds and a frame is drawn."""
    start = time.perf_counter()
    app.post_message(events.Key(key, _CHARACTERS.get(key, key)))
    while not done():
        await asyncio.sleep(0.0005)
    await _frame(app)
    return time.perf_counter() - start


async def _complete(app) -> float:
    """Seconds until every lazily filled list on the screen is complete."""
    start = time.perf_counter()
    while any(getattr(widget, "filling", False) for widget in app.screen.query("*")):
        await asyncio.sleep(0.005)
    return time.perf_counter() - start


def _report(label: str, samples: list[float]) -> None:
    ms = [s * 1000 for s in samples]
    print(
        f"{label:<36} median {statistics.median(ms):7.1f} ms   max {max(ms):7.1f} ms"
        f"   (n={len(ms)})"
    )


async def run(entities: int, quotes: int) -> None:
    start = time.perf_counter()
    dataset = generate(entities, quotes)
    print(f"generate {entities} entities, {quotes} quotes: {time.perf_counter() - start:.2f} s")
    app = FrenemyApp(dataset)
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while app.current_entity is None:
            await pilot.pause(0.01)
        await _frame(app)
        print(f"score, index and first screen: {time.perf_counter() - start:.2f} s")

        def entity_changed() -> Callable[[], bool]:
            before = app.current_entity
            return lambda: app.current_entity != before

        def screen_is(name: str) -> Callable[[], bool]:
            return lambda: type(app.screen).__name__ == name and app.screen.is_mounted

        moves = []
        for _ in range(30):
            moves.append(await _timed(app, "j", entity_changed()))
        _report("move in the entity list (j)", moves)
        await _complete(app)
        top = await _timed(app, "g", entity_changed())
        _report("back to the top entity (g)", [top])
        _report("  its page complete", [top + await _complete(app)])
        view = app.screen.query_one("EntityView")
        quotes = []
        for _ in range(20):
            before = view.highlighted
            quotes.append(
                await _timed(app, "right_square_bracket", lambda b=before: view.highlighted != b)
            )
        _report("next quote (])", quotes)
        jump = await _timed(app, "f", screen_is("HintPrompt"))
        prompt = app.screen
        for typed, key in enumerate("aa", 1):
            jump += await _timed(app, key, lambda n=typed: len(prompt.typed) == n)
        jump += await _timed(app, "s", entity_changed())
        _report("jump by hint (f a a s)", [jump])
        _report("history back (H)", [await _timed(app, "H", entity_changed())])
        listed = app.screen.query_one("EntityList")
        typing = [await _timed(app, "slash", lambda: app.screen.focused.id == "filter")]
        for key in "kad":
            before = listed.rows
            typing.append(await _timed(app, key, lambda b=before: listed.rows is not b))
        _report("filter: open, type 3 letters", typing)
        before = listed.rows
        _report(
            "filter: clear (escape)",
            [await _timed(app, "escape", lambda: listed.rows is not before)],
        )
        opened = await _timed(app, "t", screen_is("TensionScreen"))
        _report("open tension view (t)", [opened])
        dyads = app.screen.query_one("DyadList")
        steps = []
        for _ in range(10):
            before = dyads.highlighted
            steps.append(await _timed(app, "j", lambda b=before: dyads.highlighted != b))
        _report("move in the dyad list (j)", steps)
        await _timed(app, "escape", screen_is("MainScreen"))
        _report("open reader at quote (r)", [await _timed(app, "r", screen_is("ReaderScreen"))])
        reader = app.screen
        steps = []
        for _ in range(10):
            before = reader.quote_id
            steps.append(
                await _timed(app, "right_square_bracket", lambda b=before: reader.quote_id != b)
            )
        _report("reader: next quote (])", steps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--quotes", type=int, default=50000)
    args = parser.parse_args()
    asyncio.run(run(args.entities, args.quotes))


if __name__ == "__main__":
    main()
