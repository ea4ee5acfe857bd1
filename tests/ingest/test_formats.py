"""Markdown articles: the text a reader reads, and the details the file gives."""

from __future__ import annotations

import orjson
import pytest

from tui.cli import main
from tui.ingest import ingest_cached
from tui.ingest.reader import decode

MARKDOWN = """\
---
title: "Zorblat v. Quux: the engine case"
url: https://zorblat.example/news/lawsuit
outlet: 'Zorblat''s Blog'  # the studio's own
published: false
date: 2025-03-04T09:30:00+01:00
tags: [courts, games]
---

# Zorblat sues Quux

Zorblat Games has *sued* its rival **Quux** in [a federal court](https://court.example)
in Paris, a `filing` showed. ![The courthouse](court.jpg) ![](pixel.gif)
<span class="note">Updated</span> on Monday.\\
Second line.

## Reactions

> Quux said it would fight the lawsuit.

- Zorblat declined to comment.
- Analysts expect a settlement.
   1. Nested first.

| Studio | Engine |
| --- | --- |
| Zorblat | Forge |

<div class="ad">Advertisement</div>

```
engine --version
```
"""

MARKDOWN_TEXT = """\
Zorblat sues Quux

Zorblat Games has sued its rival Quux in a federal court in Paris, a filing showed. \
The courthouse Updated on Monday.
Second line.

Reactions

Quux said it would fight the lawsuit.

Zorblat declined to comment.

Analysts expect a settlement.

Nested first.

Studio | Engine

Zorblat | Forge

engine --version"""


def test_markdown_is_read_as_the_rendered_text_with_its_front_matter_details() -> None:
    source = decode(MARKDOWN.encode(), "story.md")
    assert source.text == MARKDOWN_TEXT
    assert source.title == "Zorblat v. Quux: the engine case"
    assert source.url == "https://zorblat.example/news/lawsuit"
    assert source.outlet == "Zorblat's Blog"
    assert source.published == "2025-03-04"


def test_markdown_title_is_its_first_level_one_heading_without_front_matter() -> None:
    text = "Intro paragraph.\n\n## Section\n\nSetext title\n===\n\nBody text.\n"
    source = decode(text.encode(), "a.markdown")
    assert source.title == "Setext title"
    # the title is in the text already: it is not repeated at the top
    assert source.text == "Intro paragraph.\n\nSection\n\nSetext title\n\nBody text."
    assert (source.url, source.outlet, source.published) == (None, None, None)


@pytest.mark.parametrize(
    ("front", "field", "value"),
    [
        ("published: 2025-02-30", "published", None),
        ("date: March 4, 2025", "published", None),
        ("date: 2025-03", "published", "2025-03"),
        ("url: javascript:alert(1)", "url", None),
        ("url: /relative/path", "url", None),
        ('title: "Broken', "title", "Zorblat sues Quux"),
        ("title: " + "x" * 300, "title", "Zorblat sues Quux"),
        ("site: Zorblat Weekly", "outlet", "Zorblat Weekly"),
        ('title: "Tab\\tand \\u00e9"', "title", "Tab and é"),
    ],
)
def test_markdown_details_the_dataset_would_refuse_are_dropped(
    front: str, field: str, value: str | None
) -> None:
    source = decode(f"---\n{front}\n---\n# Zorblat sues Quux\n\nBody.\n".encode(), "a.md")
    assert getattr(source, field) == value
    assert source.text == "Zorblat sues Quux\n\nBody."


def test_markdown_without_closing_front_matter_is_all_text() -> None:
    source = decode(b"---\ntitle: x\n\nBody.\n", "a.md")
    assert source.title is None
    assert source.text == "title: x\n\nBody."


def test_markdown_details_reach_the_dataset(tmp_path, rules_only) -> None:
    article = tmp_path / "story.md"
    article.write_text(MARKDOWN, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "Wire"]) == 0
    document = orjson.loads((tmp_path / "story.json").read_bytes())["article"]
    assert document["title"] == "Zorblat v. Quux: the engine case"
    assert document["url"] == "https://zorblat.example/news/lawsuit"
    assert document["outlet"] == "Wire"
    assert document["published"] == "2025-03-04"
    assert document["text"] == MARKDOWN_TEXT


def test_control_characters_in_markdown_stay_as_in_plain_text(tmp_path) -> None:
    line = "Zorblat \x1b[31msued\x1b[0m Quux \u202eover \x07a licence."
    plain = decode(f"Title\n\n{line}\n".encode(), "a.txt")
    markdown = decode(f"# Title\n\n{line}\n".encode(), "a.md")
    assert markdown.text == plain.text.rstrip("\n")


def test_a_changed_title_in_the_file_is_not_served_from_the_cache(tmp_path, rules_only) -> None:
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: First title\n---\n# Zorblat sues Quux\n\nQuux sued Zorblat.\n")
    cache = tmp_path / "cache"
    assert ingest_cached(article, directory=cache).article.title == "First title"
    article.write_text("---\ntitle: Second title\n---\n# Zorblat sues Quux\n\nQuux sued Zorblat.\n")
    assert ingest_cached(article, directory=cache).article.title == "Second title"
