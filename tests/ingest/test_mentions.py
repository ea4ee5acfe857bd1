from tui.ingest.mentions import find_mentions
from tui.ingest.tokens import tokenize


def _spans(text: str, names: list[tuple[int, str, bool]]) -> list[tuple[int, str]]:
    return [(m.entity, text[m.start : m.end]) for m in find_mentions(text, tokenize(text), names)]


def test_longest_name_wins_and_case_matters() -> None:
    text = "Epic Games sued. Epic won; an epic fight. L'EU a eu raison."
    names = [(0, "Epic Games", False), (0, "Epic", False), (1, "EU", False)]
    assert _spans(text, names) == [(0, "Epic Games"), (0, "Epic"), (1, "EU")]


def test_elided_and_possessive_forms_are_found() -> None:
    text = "l’OpenAI d'OpenAI OpenAI’s"
    assert _spans(text, [(0, "OpenAI", False)]) == [(0, "OpenAI")] * 3


def test_periphrase_keeps_the_name_inside_it() -> None:
    text = "La firme de Jane Roe gagne."
    names = [(0, "la firme de Jane Roe", True), (1, "Jane Roe", False)]
    assert _spans(text, names) == [(0, "La firme de Jane Roe"), (1, "Jane Roe")]


def test_phrases_in_any_case_and_apostrophe_style_on_one_line() -> None:
    from tui.ingest.mentions import find_phrases

    text = "L’entreprise dirigée par Ada. LA FIRME DE ADA. la firme de\nAda."
    names = [(0, "l'entreprise dirigée par Ada"), (0, "la firme de Ada")]
    found = find_phrases(text, tokenize(text), names)
    assert [text[m.start : m.end] for m in found] == [
        "L’entreprise dirigée par Ada",
        "LA FIRME DE ADA",
    ]
    assert all(m.periphrase for m in found)
