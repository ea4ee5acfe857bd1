"""Whatever the text, extraction gives a dataset that passes strict validation."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.dataset import check
from tui.ingest import ingest_text

WORDS = [
    "Zorblat",
    "Quux",
    "Zorblat Games",
    "ZG",
    "Ada Lovelace",
    "Lovelace",
    "la",
    "firme",
    "de",
    "l’",
    "d'",
    "Microsoft",
    "AI",
    "IA",
    "et",
    "and",
    "sued",
    "a",
    "signé",
    "un",
    "accord",
    "avec",
    "the",
    "Cupertino",
    "giant",
    "géant",
    "Redmond",
    "(",
    ")",
    ",",
    ".",
    "?",
    "«",
    "»",
    "“",
    "”",
    "'s",
    "’s",
    "CEO",
    "PDG",
    "selon",
    "according",
    "to",
    "Reuters",
    "in",
    "Paris",
    "10",
    "millions",
    "d’euros",
    "$5",
    "billion",
    "2021",
    "judgment",
    "parti",
    "Union",
    "pour",
    "les",
    "compagnies",
    "aériennes",
    "FTC",
    "enquête",
    "sur",
    "fined",
    "by",
    "was",
    "\n",
    "\n\n",
    "M.",
    "Dr.",
    "é",
    "Ünïcode",
    "x",
    "X",
    "o3-mini",
    "GPT-5",
    "Apple-Epic",
    "-",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80), st.sampled_from(["fr", "en"]))
def test_any_text_gives_a_strictly_valid_dataset(words: list[str], language: str) -> None:
    text = " ".join(words)
    if not text.strip():
        text = "x"
    dataset = ingest_text(text, language=language)
    assert check(dataset) == []
    assert dataset.article.text == text
