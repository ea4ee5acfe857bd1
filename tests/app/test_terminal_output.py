"""No escape sequence from a dataset reaches the terminal: every byte ``frenemy`` writes to a
pseudo-terminal is recorded while a reader browses a hostile dataset, then checked."""

from __future__ import annotations

import re

from tests.hostile_inputs import (
    hostile_dataset,
    markers,
    with_bom_and_crlf,
    write_hostile_notes,
)
from tests.terminal_capture import PtyRun, osc_numbers
from tui.app.safe import clean

SHOWN = ("title", "outlet", "name_a", "name_b", "alias_a", "desc_a", "quote1", "quote2", "note")
"""Fields the screens visited below display (a marker of each must be on screen)."""

_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def test_browsing_a_hostile_dataset_writes_no_escape_from_the_data(tmp_path) -> None:
    dataset = hostile_dataset()
    path = tmp_path / "hostile.json"
    path.write_bytes(with_bom_and_crlf(dataset))
    write_hostile_notes(tmp_path / "notes.json", dataset)
    run = PtyRun(
        str(path),
        "--notes",
        str(tmp_path / "notes.json"),
        width=160,
        height=50,
        env={"FRENEMY_CONFIG_DIR": str(tmp_path / "config")},
    )
    run.wait_for(b"Organisations")
    run.settle()
    # next entity, next quote, reader, back, tension view, back, follow, help, back, previous
    # entity, notes list, back, quit
    run.keys("n", "]", "r", "\x1b", "t", "\x1b", "o", "\x1b", "?", "\x1b", "p", "N", "\x1b", "q")
    recording = run.finish()
    output = recording.output
    assert recording.returncode == 0, recording.text()[-2000:]
    assert b"Traceback" not in output

    assert not osc_numbers(output) & {b"0", b"2", b"8", b"52"}  # title, link, clipboard
    assert b"\x1bP" not in output  # no device control string
    assert not _C1_IN_UTF8.search(output)  # no C1 control (CSI, OSC...) as a character
    assert b"\x07" not in _OSC.sub(b"", output)  # no BEL but as an OSC terminator
    assert b"https://evil.example/\x1b" not in output

    for field in SHOWN:
        seen = 0
        for marker, sequence in markers(field):
            for found in re.finditer(re.escape(marker.encode()), output):
                after = output[found.end() : found.end() + len(sequence.encode())]
                assert after != sequence.encode(), f"{marker} was followed by its raw escape"
                seen += after.startswith(clean(sequence)[0].encode())
        assert seen, f"no marker of {field} was seen on screen followed by a visible stand-in"
