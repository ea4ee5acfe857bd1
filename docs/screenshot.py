"""Regenerate docs/screenshot.svg: the main screen on the bundled seed, 120x40.

python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from tui.app.app import FrenemyApp
from tui.dataset import load
from tui.resources import seed_dataset

OUT = Path(__file__).resolve().parent / "screenshot.svg"


async def main() -> None:
    os.environ.setdefault("FRENEMY_CONFIG_DIR", "/nonexistent")
    # a fresh notes file: the screenshot never shows the notes of whoever regenerates it
    os.environ["FRENEMY_NOTES"] = str(Path(tempfile.mkdtemp()) / "notes.json")
    app = FrenemyApp(load(seed_dataset()))
    async with app.run_test(size=(120, 40)) as pilot:
        while app.current_entity is None:
            await pilot.pause(0.05)
        await pilot.press("n", "right_square_bracket")  # OpenAI, its second quote
        await pilot.pause()
        app.save_screenshot(filename=OUT.name, path=str(OUT.parent))


if __name__ == "__main__":
    asyncio.run(main())
