"""Reuse extraction results: a dataset cached per text and extractor version.

Loading a spaCy pipeline and extracting takes seconds; opening the same article again
should not. The cache key is the sha256 of the text, the extractor version, the path
(rules or which model) and the article details (given, or read from the file), so any
change re-extracts.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

from tui.dataset import DatasetError, dumps, load, write_atomic
from tui.ingest.api import ingest_text
from tui.ingest.language import detect_language
from tui.ingest.nlp import model_name
from tui.ingest.pipeline import VERSION, ArticleInfo, Progress
from tui.ingest.reader import read_source
from tui.model import Dataset


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("frenemy")) / "ingest"


def ingest_cached(
    path: str | os.PathLike[str],
    *,
    language: str = "auto",
    info: ArticleInfo | None = None,
    progress: Progress | None = None,
    directory: Path | None = None,
) -> Dataset:
    """The dataset of the article at ``path``, from the cache when it was extracted before.

    Raises ``IngestError`` for unreadable input. A damaged cache entry is extracted again.
    """
    source = read_source(path)
    # the file's own details are part of the key: a page whose title changed is new
    info = source.details(info or ArticleInfo())
    lang = detect_language(source.text) if language == "auto" else language
    method = model_name(lang) or "rules"
    key = hashlib.sha256(
        "\0".join(
            (
                hashlib.sha256(source.text.encode()).hexdigest(),
                VERSION,
                method,
                lang,
                repr((info.title, info.url, info.outlet, info.published, info.article_id)),
            )
        ).encode()
    ).hexdigest()
    folder = directory or cache_dir()
    entry = folder / f"{key}.json"
    if entry.exists():
        try:
            dataset = load(entry)
        except DatasetError:
            pass
        else:
            if progress:
                progress("cached", 1.0)
            return dataset
    dataset = ingest_text(source.text, language=lang, info=info, progress=progress)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, dumps(dataset))
    except OSError:
        pass  # a read-only cache only costs time, never the result
    return dataset
