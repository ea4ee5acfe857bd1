"""An article as read from a file: its text, and the details the file itself gives.

Details found in a file (a Markdown front matter, an HTML page's metadata) are only hints:
a value the dataset would refuse (a date that is not a date, a ``javascript:`` URL, a title
the length of a chapter) is dropped here rather than failing the extraction, so that
``frenemy ingest`` reports only the values a user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import TypeAdapter, ValidationError

from tui.model import PartialDate

if TYPE_CHECKING:
    from tui.ingest.pipeline import ArticleInfo

MAX_TITLE_CHARS = 200
"""A longer first line is a lede paragraph, a longer title or outlet name is not one."""

MAX_URL_CHARS = 2048

_DATE = TypeAdapter(PartialDate)
_LEADING_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|[T ])")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


class IngestError(Exception):
    """An article that cannot be read, explained in one line naming the file."""


@dataclass(frozen=True, slots=True)
class Source:
    """The text to extract from, named as the user named the file."""

    text: str
    title: str | None
    name: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None

    def details(self, given: ArticleInfo) -> ArticleInfo:
        """``given`` with each detail it leaves out taken from the file: what the user typed
        on the command line wins over what the file says."""
        return replace(
            given,
            title=given.title or self.title,
            url=given.url or self.url,
            outlet=given.outlet or self.outlet,
            published=given.published or self.published,
        )


def checked_source(
    text: str,
    name: str,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Source:
    """A ``Source`` keeping only the details that the dataset accepts."""
    return Source(
        text=text,
        title=short_line(title),
        name=name,
        url=web_address(url),
        outlet=short_line(outlet),
        published=partial_date(published),
    )


def titled_text(blocks: Sequence[tuple[int, str]], title: str | None) -> str:
    """Blocks of (heading level or 0, text) as paragraphs separated by blank lines, the title
    first when the text has no level-1 heading of its own and does not open with it: a
    ``.txt`` article starts with its title too, and a headline names the main players."""
    paragraphs = [text for _, text in blocks]
    has_headline = any(level == 1 for level, _ in blocks)
    if title and not has_headline and (not paragraphs or _folded(paragraphs[0]) != _folded(title)):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _folded(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def short_line(value: str | None) -> str | None:
    """``value`` on one line with its spacing collapsed, or None when empty or too long."""
    if value is None:
        return None
    line = _SPACES.sub(" ", value).strip()
    return line if 0 < len(line) <= MAX_TITLE_CHARS else None


def web_address(value: str | None) -> str | None:
    """An absolute http(s) URL, or None: a relative or scripted link is not a source."""
    if value is None:
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL_CHARS or not url.isprintable() or " " in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def partial_date(value: str | None) -> str | None:
    """The ISO date (year, month or day precision) that ``value`` starts with, a time of day
    cut off, or None when it is not a real date."""
    if value is None:
        return None
    match = _LEADING_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return _DATE.validate_python(match.group())
    except ValidationError:
        return None
