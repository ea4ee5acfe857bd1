"""Reading Markdown and HTML articles: time to plain text on large and hostile inputs.

    python bench/reader_speed.py [--runs 3]

Each input is converted ``--runs`` times by ``tui.ingest.reader.decode`` (the median is
printed, with what came out): the news page of the tests, a 5 MB page of distinct
paragraphs, the same wrapped in 10,000 nested ``<div>`` (the HTML parser's depth guard
must make it an error, quickly, not a crash), a table of 50,000 cells (at the element
limit: the slowest shape found for trafilatura) and 5 MB of Markdown. Extraction proper is
timed by ``bench/ingest_speed.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ingest.reader import IngestError, decode  # noqa: E402

SIZE = 5_000_000


def _paragraph(n: int) -> str:
    return (
        f"Report {n}: Nvidia signed supply agreement number {n} with Samsung Electronics for"
        f" memory, the companies said on day {n % 365}. Intel objected to deal {n}."
    )


def _paragraphs(markup: str) -> str:
    out, n, size = [], 0, 0
    while size < SIZE:
        out.append(markup.format(_paragraph(n)))
        size += len(out[-1])
        n += 1
    return "".join(out)


def inputs() -> dict[str, tuple[bytes, str]]:
    head = "<!DOCTYPE html><html><head><title>Memory deal</title></head><body>"
    body = _paragraphs("<p>{}</p>\n")
    return {
        "news page (tests)": (
            (ROOT / "tests/ingest/fixtures/en_chips_page.html").read_bytes(),
            "page.html",
        ),
        "5 MB page": (f"{head}<article>{body}</article></body></html>".encode(), "big.html"),
        "5 MB page in 10,000 nested divs": (
            f"{head}{'<div>' * 10_000}{body}{'</div>' * 10_000}</body></html>".encode(),
            "deep.html",
        ),
        "50,000 table cells": (
            f"{head}<table><tr>{''.join(f'<td>c{n}</td>' for n in range(49_990))}".encode(),
            "cells.html",
        ),
        "5 MB Markdown": (("# Memory deal\n\n" + _paragraphs("{}\n\n")).encode(), "big.md"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for label, (raw, name) in inputs().items():
        times, outcome = [], ""
        for _ in range(args.runs):
            start = time.perf_counter()
            try:
                source = decode(raw, name)
            except IngestError as exc:
                outcome = f"error: {exc}"
            else:
                paragraphs = source.text.count("\n\n") + 1
                outcome = f"{len(source.text):,} characters, {paragraphs:,} paragraphs"
            times.append(time.perf_counter() - start)
        print(f"{label}: {len(raw):,} bytes in {statistics.median(times):.2f} s -> {outcome}")


if __name__ == "__main__":
    main()
