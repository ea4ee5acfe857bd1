"""Where the time goes: a pyinstrument profile of cold start or of the interaction session.

    python -m bench.profile startup            # import, load, score, first screen (seed)
    python -m bench.profile session [PATH]     # the key presses of bench.browser (synthetic)

Prints pyinstrument's call tree; ``--html FILE`` writes the interactive page instead.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from pyinstrument import Profiler


async def _startup(profiler: Profiler) -> None:
    profiler.start()
    from tui.app.app import FrenemyApp
    from tui.dataset import load
    from tui.resources import seed_dataset

    app = FrenemyApp(load(seed_dataset()))
    async with app.run_test(size=(120, 40)):
        while app.current_entity is None or type(app.screen).__name__ != "MainScreen":
            await asyncio.sleep(0.001)
        from bench.browser import _frame

        await _frame(app)
        profiler.stop()


async def _session(profiler: Profiler, path: Path | None, repeats: int) -> None:
    from bench import browser
    from tui.app.app import FrenemyApp

    if path is None:
        from bench.synthetic import cached

        path = cached(5000, 50000)
    from tui.dataset import load

    app = FrenemyApp(load(path))
    async with app.run_test(size=(120, 40)):
        while app.current_entity is None or type(app.screen).__name__ != "MainScreen":
            await asyncio.sleep(0.01)
        await browser._idle(app)
        profiler.start()
        await browser._session(app, repeats)
        profiler.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("startup", "session"))
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--html", type=Path)
    args = parser.parse_args()
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    if args.what == "startup":
        asyncio.run(_startup(profiler))
    else:
        asyncio.run(_session(profiler, args.path, args.repeats))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
    else:
        print(profiler.output_text(unicode=True, color=False))


if __name__ == "__main__":
    main()
