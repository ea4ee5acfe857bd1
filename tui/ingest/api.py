"""The entry point of extraction: choose the path (spaCy or rules) and run the pipeline."""

from __future__ import annotations

from tui.ingest.language import detect_language
from tui.ingest.nlp import analyse, model_name
from tui.ingest.pipeline import ArticleInfo, Progress, extract
from tui.model import Dataset


def ingest_text(
    text: str,
    *,
    language: str = "auto",
    info: ArticleInfo | None = None,
    progress: Progress | None = None,
    use_model: bool = True,
) -> Dataset:
    """Extract a dataset from article text, with the NLP model when installed and wanted."""
    lang = detect_language(text) if language == "auto" else language
    name = model_name(lang) if use_model else None
    if name is not None and progress:
        progress(f"loading {name}", 0.05)
    return extract(
        text,
        language=lang,
        info=info,
        model=analyse if name is not None else None,
        progress=progress,
    )
