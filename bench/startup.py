"""Cold start: from process start to the first complete frame, frenemy against a bare app.

Both programs run the same way (``python -m ...`` under a pseudo-terminal of 120x40, the
terminal emulated by pyte) and are timed the same way: from just before the process is
spawned until every expected piece of text is on the emulated screen. For frenemy that is the
first entities of the seed's list, the selected entity's "Quotes (" section and the footer's
"Jump" key; the bare app (``bench.bare``: Header, Static, Footer) is given the same entity
names and "Quotes (" to show, and its footer's "Quit" stands for "Jump". Nothing in frenemy
knows it is being measured.

    python -m bench.startup [--runs N]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

import pyte

from bench.stats import alternate, ratio, summary

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 120, 40
SHOWN_ENTITIES = 5


def expected_entities(path: Path | None = None) -> list[str]:
    """The start of the names of the first entities frenemy lists for the dataset."""
    from tui.app.index import ArticleIndex
    from tui.app.safe import one_line
    from tui.dataset import load
    from tui.resources import seed_dataset

    index = ArticleIndex.build(load(path or seed_dataset()))
    return [one_line(e.name)[:10].strip() for e in index.ordered("salience")[:SHOWN_ENTITIES]]


def time_to_screen(command: list[str], expected: list[str], timeout: float = 30.0) -> float:
    """Seconds from spawning ``command`` in a pseudo-terminal until all of ``expected`` shows."""
    screen = pyte.Screen(WIDTH, HEIGHT)
    stream = pyte.ByteStream(screen)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "PYTHONPATH": str(ROOT),
            "FRENEMY_CONFIG_DIR": home,
            "FRENEMY_NOTES": home,
            "XDG_DATA_HOME": home,
        }
        for name in ("COLUMNS", "LINES", "TEXTUAL_DRIVER"):
            env.pop(name, None)
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        try:
            deadline = start + timeout
            while time.perf_counter() < deadline:
                ready, _, _ = select.select([master], [], [], 0.05)
                if not ready:
                    continue
                try:
                    stream.feed(os.read(master, 1 << 16))
                except OSError:
                    break
                # read everything already written before looking at the screen
                if select.select([master], [], [], 0)[0]:
                    continue
                shown = "\n".join(screen.display)
                if all(text in shown for text in expected):
                    return time.perf_counter() - start
            missing = [text for text in expected if text not in "\n".join(screen.display)]
            raise RuntimeError(
                f"{' '.join(command)}: {missing} not on screen after {timeout:.0f} s:\n"
                + "\n".join(screen.display)
            )
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            os.close(master)


def measure(runs: int, dataset: Path | None = None) -> dict:
    """Cold start of frenemy (on ``dataset``, default the seed) against the bare app."""
    names = expected_entities(dataset)
    frenemy = [sys.executable, "-m", "tui", *([str(dataset)] if dataset else [])]
    bare = [sys.executable, "-m", "bench.bare", *names, "Quotes (1)"]
    ours, theirs = alternate(
        runs,
        lambda: time_to_screen(frenemy, [*names, "Quotes (", "Jump"]),
        lambda: time_to_screen(bare, [*names, "Quotes (", "Quit"]),
    )
    return {
        "measured": summary(ours),
        "baseline": summary(theirs),
        "ratio": ratio(ours, theirs),
        "expected_text": names,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    result = measure(args.runs)
    print(
        f"frenemy {result['measured']['median'] * 1000:.0f} ms, bare Textual app "
        f"{result['baseline']['median'] * 1000:.0f} ms: {result['ratio']:.2f}x"
    )


if __name__ == "__main__":
    main()
