"""Hostile articles given to ``frenemy ingest`` and ``frenemy ARTICLE.txt``, and hostile file
names given to every command: one line and exit 1, or a dataset shown literally."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_inputs import hostile_string
from tests.markdown_check import parse
from tests.terminal_capture import PtyRun, osc_numbers
from tui.cli import main
from tui.dataset import check, load
from tui.ingest.reader import MAX_INPUT_BYTES

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
EVIL_NAME = "evil\x1b]0;PWNED\x07\x1b[2J"


def _too_big(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)


UNREADABLE: dict[str, tuple[object, str]] = {
    "empty": (b"", "no text to read"),
    "blank": (b" \r\n\t\r\n", "no text to read"),
    "binary": (bytes(range(256)), "binary file, not article text"),
    "nul-bytes": (b"Microsoft\x00OpenAI", "binary file, not article text"),
    "invalid-utf8": (b"Microsoft sues caf\xe9 OpenAI.", "not valid UTF-8 text (byte 18)"),
    "too-big": (_too_big, f"the limit is {MAX_INPUT_BYTES:,} bytes"),
}


def _write(name: str, directory: Path) -> tuple[Path, str]:
    content, problem = UNREADABLE[name]
    path = directory / f"{name}.txt"
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    return path, problem


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction caches and notes go to the test's directory, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("FRENEMY_NOTES", str(tmp_path / "notes.json"))
    monkeypatch.setenv("FRENEMY_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FRENEMY_INGEST_RULES", "1")


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_articles_get_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path, problem = _write(name, tmp_path)
    assert main(["ingest", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"frenemy: {path}: {problem}\n".replace(
        f"{path}: the limit", f"{path}: {MAX_INPUT_BYTES + 1:,} bytes; the limit"
    )
    assert not path.with_suffix(".json").exists()


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_the_browser_reports_unreadable_articles_before_taking_the_screen(
    tmp_path: Path, name: str
) -> None:
    path, problem = _write(name, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "tui", str(path)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == b""
    err = result.stderr.decode()
    assert err.count("\n") == 1 and err.startswith(f"frenemy: {path}: ") and problem in err


def hostile_article() -> str:
    paragraphs = [
        f"Microsoft sued OpenAI over {hostile_string(f'p{n}')}. Google and Apple signed a deal."
        for n in range(4)
    ]
    return "\r\n\r\n".join(["Title " + hostile_string("title"), *paragraphs]) + "\r\n"


def test_a_hostile_article_is_extracted_validated_and_exported_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "hostile.txt"
    article.write_bytes(b"\xef\xbb\xbf" + hostile_article().encode())
    assert main(["ingest", str(article)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith(f"{article.with_suffix('.json')}: ")
    dataset = load(article.with_suffix(".json"))
    assert dataset.article.text == hostile_article().replace("\r\n", "\n")
    assert not [p for p in check(dataset) if p.severity == "error"]
    assert {"microsoft", "openai"} <= {e.id for e in dataset.entities}
    assert dataset.relations

    assert main(["validate", "--strict", str(article.with_suffix(".json"))]) == 0
    capsys.readouterr()
    assert main(["export", str(article.with_suffix(".json")), "--all"]) == 0
    markdown, err = capsys.readouterr()
    assert err == "" and not _CONTROL.search(markdown)
    parse(markdown)


def test_a_megabyte_on_one_line_is_extracted(tmp_path: Path, capsys) -> None:
    article = tmp_path / "line.txt"
    line = ("Microsoft sued OpenAI and Google signed a deal with Apple " * 20_000)[:1_000_000]
    article.write_text(line)
    assert main(["ingest", str(article)]) == 0
    dataset = load(article.with_suffix(".json"))
    assert dataset.article.text == line and len(dataset.mentions) > 50_000


def test_file_names_with_escapes_are_printed_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / f"{EVIL_NAME}.txt"
    assert main(["ingest", str(article)]) == 1
    assert main(["export", "-o", str(tmp_path / EVIL_NAME / "x.md")]) == 1
    article.write_text("Microsoft sued OpenAI.\n")
    assert main(["ingest", str(article)]) == 0
    assert main(["validate", str(article.with_suffix(".json"))]) == 0
    assert main(["export", "-o", str(tmp_path / f"{EVIL_NAME}.md")]) == 0
    out, err = capsys.readouterr()
    assert out.count("\\x1b]0;PWNED\\x07\\x1b[2J") == 2
    assert err.count("\\x1b]0;PWNED\\x07\\x1b[2J") == 3
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_browsing_a_hostile_article_writes_no_escape_from_it(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(hostile_article())
    run = PtyRun(
        str(article),
        width=140,
        height=40,
        env={
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "FRENEMY_NOTES": str(tmp_path / "notes.json"),
            "FRENEMY_CONFIG_DIR": str(tmp_path / "config"),
            "FRENEMY_INGEST_RULES": "1",
        },
    )
    run.wait_for(b"Organisations")
    run.settle()
    run.keys("n", "]", "r", "\x1b", "t", "\x1b", "q")
    recording = run.finish()
    output = recording.output
    assert recording.returncode == 0, recording.text()[-2000:]
    assert not osc_numbers(output) & {b"0", b"2", b"8", b"52"}
    assert b"\x1bP" not in output and not re.search(rb"\xc2[\x80-\x9f]", output)
    assert b"~p0:sgr~\xe2\x90\x9b[31;1;5m" in output  # the data's ESC, shown as a symbol
    assert b"~p0:sgr~\x1b" not in output and b"~title:osc52~\x1b" not in output
