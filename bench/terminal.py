"""Cold start measured in a real terminal (tmux), independently of the pseudo-terminal harness.

A tmux server of its own runs each program in a new 120x40 window; the screen is read with
``tmux capture-pane`` every few milliseconds until the expected text is on it (the same text
as in ``bench.startup``). frenemy and the bare Textual app alternate.

    python -m bench.terminal [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
import uuid

from bench.startup import HEIGHT, ROOT, WIDTH, expected_entities
from bench.stats import alternate, ratio, summary

SOCKET = f"frenemy-bench-{os.getpid()}"


def _tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False
    ).stdout


def time_in_tmux(command: list[str], expected: list[str], timeout: float = 30.0) -> float:
    """Seconds from asking tmux to run ``command`` until all of ``expected`` is on its screen."""
    name = uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as home:
        root = shlex.quote(str(ROOT))
        env = (
            f"cd {root} && TERM=xterm-256color PYTHONPATH={root}"
            f" FRENEMY_CONFIG_DIR={home} FRENEMY_NOTES={home} XDG_DATA_HOME={home} "
        )
        start = time.perf_counter()
        _tmux(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            env + shlex.join(command),
        )
        try:
            while time.perf_counter() - start < timeout:
                shown = _tmux("capture-pane", "-p", "-t", name)
                if all(text in shown for text in expected):
                    return time.perf_counter() - start
                time.sleep(0.005)
            raise RuntimeError(f"{shlex.join(command)}: not on screen after {timeout:.0f} s")
        finally:
            _tmux("kill-session", "-t", name)


def measure(runs: int) -> dict:
    names = expected_entities()
    frenemy = [sys.executable, "-m", "tui"]
    bare = [sys.executable, "-m", "bench.bare", *names, "Quotes (1)"]
    # a server that outlives the measured windows: its start is not part of any figure
    _tmux("new-session", "-d", "-s", "keep", "-x", str(WIDTH), "-y", str(HEIGHT), "sleep 3600")
    try:
        ours, theirs = alternate(
            runs,
            lambda: time_in_tmux(frenemy, [*names, "Quotes (", "Jump"]),
            lambda: time_in_tmux(bare, [*names, "Quotes (", "Quit"]),
        )
    finally:
        _tmux("kill-server")
    return {"measured": summary(ours), "baseline": summary(theirs), "ratio": ratio(ours, theirs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    result = measure(parser.parse_args().runs)
    print(
        f"tmux: frenemy {result['measured']['median'] * 1000:.0f} ms, bare Textual app "
        f"{result['baseline']['median'] * 1000:.0f} ms: {result['ratio']:.2f}x"
    )


if __name__ == "__main__":
    main()
