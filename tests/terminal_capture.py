"""Run a command in a pseudo-terminal and keep every byte it writes to the screen.

The browser's tests in ``tests/app`` read what Textual meant to draw; this reads what actually
reached the terminal, escape sequences included, which is what a hostile dataset attacks.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass

from tests.conftest import ROOT


@dataclass
class Recording:
    output: bytes
    returncode: int | None

    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace")


class PtyRun:
    """``python -m tui ARGS`` on the slave side of a pty of ``width`` x ``height`` cells."""

    def __init__(self, *args: str, width: int = 120, height: int = 40, env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": os.environ.get("HOME", "/tmp"),
                "PYTHONPATH": str(ROOT),
                "TERM": "xterm-256color",
                "LANG": "C.UTF-8",
                **env,
            },
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()

    def _drain(self, timeout: float) -> bool:
        """Read what is available within ``timeout``; False once the terminal is closed."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: every writer of the slave side has exited
            return False
        self.output += chunk
        return bool(chunk)

    def wait_for(self, pattern: bytes, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while pattern not in self.output:
            if time.monotonic() > deadline or not self._drain(0.1):
                tail = bytes(self.output[-2000:])
                raise AssertionError(f"{pattern!r} never appeared; the last bytes were {tail!r}")

    def settle(self, quiet: float = 0.5, timeout: float = 20.0) -> None:
        """Read until nothing has been written for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        size = -1
        while size != len(self.output) and time.monotonic() < deadline:
            size = len(self.output)
            if not self._drain(quiet):
                return

    def keys(self, *keys: str, pause: float = 0.2) -> None:
        for key in keys:
            os.write(self.master, key.encode())
            self.settle(pause)

    def finish(self, timeout: float = 60.0) -> Recording:
        """Wait for the program to exit, reading its last bytes; kill it if it hangs."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._drain(0.1)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        while self._drain(0.1):
            pass
        os.close(self.master)
        return Recording(bytes(self.output), self.process.returncode)


_OSC = re.compile(rb"\x1b\](\d*)[;\x07\x1b]")


def osc_numbers(output: bytes) -> set[bytes]:
    """The OSC commands (window title 0/2, hyperlink 8, clipboard 52...) in ``output``."""
    return set(_OSC.findall(output))
