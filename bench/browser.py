"""Interaction latency: from a key press until the screen has settled, measured headless.

Each sample is the wall time from posting a key event until the change it causes has happened
(the selection moved, the screen opened, the list refiltered) and the next frame has been
drawn: what a user waits for. Before each sample the app is idle. Headless at 120x40.

Actions: ``next_entity`` (n), ``list_down`` (j in the entity list), ``hint_jump`` (the last
letter of a hint: the jump itself; ``hint_prompt`` is the f that opens the prompt),
``history_back`` (H), ``filter_key`` (one letter typed in the filter), ``open_tension`` (t),
``open_reader`` (r), ``next_quote`` (]).

    python -m bench.browser [PATH] [--repeats N] [--json]

PATH is a dataset file (default: a synthetic one of 5,000 entities and 50,000 quotes).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import orjson
from textual import events

from tui.app.app import FrenemyApp

ACTIONS = (
    "next_entity",
    "list_down",
    "hint_prompt",
    "hint_jump",
    "history_back",
    "filter_key",
    "open_tension",
    "open_reader",
    "next_quote",
)
SELECTION_CHANGES = ("next_entity", "list_down", "hint_jump", "history_back")
TIMEOUT = 10.0
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
        if time.perf_counter() - start > TIMEOUT:
            raise TimeoutError(f"{key!r}: no effect after {TIMEOUT} s on {app.screen!r}")
        await asyncio.sleep(0.0005)
    await _frame(app)
    return time.perf_counter() - start


async def _idle(app) -> None:
    """Let the app finish what the last key started: two frames and a short pause."""
    await _frame(app)
    await asyncio.sleep(0.02)
    await _frame(app)


def _entity_changed(app) -> Callable[[], bool]:
    before = app.current_entity
    return lambda: app.current_entity != before


def _screen_is(app, name: str) -> Callable[[], bool]:
    return lambda: type(app.screen).__name__ == name and app.screen.is_mounted


async def _session(app, repeats: int) -> dict[str, list[float]]:
    """Run every action ``repeats`` times from the idle main screen; seconds per action."""
    samples: defaultdict[str, list[float]] = defaultdict(list)

    async def sample(action: str, key: str, done: Callable[[], bool]) -> None:
        await _idle(app)
        samples[action].append(await _timed(app, key, done))

    listed = app.screen.query_one("EntityList")
    view = app.screen.query_one("EntityView")
    rows = list(listed.rows)
    for repeat in range(repeats):
        await sample("next_entity", "n", _entity_changed(app))
        await sample("list_down", "j", _entity_changed(app))
        if len(view.quote_ids()) > 1:
            before = view.highlighted
            await sample(
                "next_quote", "right_square_bracket", lambda b=before: view.highlighted != b
            )
        # a hint spread over the list: the jump reaches far down long lists too
        target = rows[(len(rows) * (2 * repeat + 1)) // (2 * repeats)]
        await sample("hint_prompt", "f", _screen_is(app, "HintPrompt"))
        prompt = app.screen
        for typed, letter in enumerate(target.hint[:-1], 1):
            await _timed(app, letter, lambda n=typed, p=prompt: len(p.typed) == n)
        await sample(
            "hint_jump", target.hint[-1], lambda t=target.entity.id: app.current_entity == t
        )
        await sample("history_back", "H", _entity_changed(app))
        await _timed(app, "slash", lambda: app.screen.focused.id == "filter")
        query = rows[(len(rows) * repeat) // repeats].entity.name[:3].lower()
        for letter in query:
            before = listed.rows
            await sample("filter_key", letter, lambda b=before: listed.rows is not b)
        before = listed.rows
        await _timed(app, "escape", lambda b=before: listed.rows is not b)
        await sample("open_tension", "t", _screen_is(app, "TensionScreen"))
        await _timed(app, "escape", _screen_is(app, "MainScreen"))
        await sample("open_reader", "r", _screen_is(app, "ReaderScreen"))
        await _timed(app, "escape", _screen_is(app, "MainScreen"))
        # back to the list with the keyboard, as the user would be
        listed.focus()
    return dict(samples)


async def measure(path: Path | None, repeats: int) -> dict[str, list[float]]:
    """Samples (seconds) of every action on the dataset at ``path`` (default: synthetic)."""
    if path is None:
        from bench.synthetic import generate

        dataset = generate()
    else:
        from tui.dataset import load

        dataset = load(path)
    app = FrenemyApp(dataset)
    async with app.run_test(size=(120, 40)):
        while app.current_entity is None or type(app.screen).__name__ != "MainScreen":
            await asyncio.sleep(0.01)
        await _idle(app)
        return await _session(app, repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the samples as JSON")
    args = parser.parse_args()
    samples = asyncio.run(measure(args.path, args.repeats))
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(samples) + b"\n")
        return
    for action in ACTIONS:
        ms = [s * 1000 for s in samples.get(action, [])]
        if ms:
            print(
                f"{action:<14} median {statistics.median(ms):7.1f} ms   max {max(ms):7.1f} ms"
                f"   (n={len(ms)})"
            )


if __name__ == "__main__":
    main()
