import pytest

from tui.ingest.sentences import split_quotes


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_quotes(text)]


def test_sentences_and_headings() -> None:
    text = "A heading\n\nFirst one. Second one? Third!\n\nAnother heading\n\nLast."
    assert _texts(text) == [
        "A heading",
        "First one.",
        "Second one?",
        "Third!",
        "Another heading",
        "Last.",
    ]


def test_abbreviations_initials_and_numbers_do_not_split() -> None:
    text = "M. Dupont a vu Mr. Smith et J. Doe. Il a payé 3.5 millions. Fin."
    assert _texts(text) == [
        "M. Dupont a vu Mr. Smith et J. Doe.",
        "Il a payé 3.5 millions.",
        "Fin.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "“We are done.” Then he left. « C'est fini. » Voilà."
    assert _texts(text) == ["“We are done.”", "Then he left.", "« C'est fini. »", "Voilà."]


def test_quotes_cover_every_non_blank_character() -> None:
    text = "Titre\n\nUne phrase. Une autre, sans fin\nligne suivante\n\n  fin  "
    covered = set()
    for start, end in split_quotes(text):
        covered.update(range(start, end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_a_capital_letter_ending_a_name_ends_the_sentence() -> None:
    text = "Tesla promised a cheaper Model Y. BYD grew. George W. Bush spoke."
    assert _texts(text) == [
        "Tesla promised a cheaper Model Y.",
        "BYD grew.",
        "George W. Bush spoke.",
    ]


def test_a_middle_initial_after_an_unlisted_given_name_ends_no_sentence() -> None:
    # "Lino" and "Tine" are in no list of given names: the title-case surname after the
    # initial keeps the name whole, where an acronym or a function word starts a sentence
    text = (
        "Il a parlé, a déclaré Lino A. Saputo Jr, président. The agency is headed by "
        "Tine A. Larsen. It sold the Model Y. The rest followed."
    )
    assert _texts(text) == [
        "Il a parlé, a déclaré Lino A. Saputo Jr, président.",
        "The agency is headed by Tine A. Larsen.",
        "It sold the Model Y.",
        "The rest followed.",
    ]


@pytest.mark.usefixtures("rules_only")
def test_a_name_with_a_middle_initial_is_a_person() -> None:
    from tui.ingest import ingest_text

    text = "Zorblat hired Tine A. Larsen, who quoted Franklin D. Roosevelt. Quux owns Sizewell C."
    kinds = {e.name: e.kind.value for e in ingest_text(text, language="en").entities}
    assert kinds["Tine A. Larsen"] == "person"
    assert kinds["Franklin D. Roosevelt"] == "person"
    assert kinds["Sizewell C"] != "person"


def test_a_wire_dateline_is_a_quote_of_its_own_and_names_no_party() -> None:
    from tui.ingest import ingest_text

    text = (
        "BRUSSELS, Oct 31 (Reuters) - The Vrelonian Commission fined Zorblat. Zorblat "
        "will appeal.\n\nPARIS (AFP) — Quux signe avec Zorblat.\n\nEU - not a dateline."
    )
    quotes = [text[s:e] for s, e in split_quotes(text)]
    assert quotes[:2] == ["BRUSSELS, Oct 31 (Reuters) -", "The Vrelonian Commission fined Zorblat."]
    assert "PARIS (AFP) —" in quotes and "EU - not a dateline." in quotes
    names = {e.name for e in ingest_text(text, language="en").entities}
    assert "Vrelonian Commission" in names
    assert not names & {"BRUSSELS", "Brussels", "Oct 31", "PARIS", "The Vrelonian Commission"}


def test_a_dateline_of_two_cities_is_a_dateline_too() -> None:
    text = "HONG KONG/PANAMA CITY, July 29 (Reuters) - Zorblat said it would sue Quux."
    assert _texts(text)[0] == "HONG KONG/PANAMA CITY, July 29 (Reuters) -"


def test_a_dateline_with_a_state_then_a_date_names_no_party() -> None:
    from tui.ingest import ingest_text

    text = (
        "WILMINGTON, Delaware, Jan 30 (Reuters) - A judge voided Zorblat's pay package.\n\n"
        "The jury in federal court in Wilmington found for Quux, and Zorblat sued Quux."
    )
    assert _texts(text)[0] == "WILMINGTON, Delaware, Jan 30 (Reuters) -"
    names = {e.name for e in ingest_text(text, language="en").entities}
    assert not names & {"WILMINGTON", "Wilmington", "Delaware", "Reuters"}


def test_a_dateline_without_its_place_is_a_dateline_too() -> None:
    text = "Jan 29 (Reuters) - Zorblat said it would sue Quux.\n\nJune 22 - not a dateline."
    assert _texts(text)[:2] == ["Jan 29 (Reuters) -", "Zorblat said it would sue Quux."]
    assert "June 22 - not a dateline." in _texts(text)


def test_an_abbreviation_before_a_capitalised_function_word_ends_the_sentence() -> None:
    text = "Zorblat grew in the U.S. The company said so. Quux Inc. It left. M. Le Maire parle."
    assert _texts(text) == [
        "Zorblat grew in the U.S.",
        "The company said so.",
        "Quux Inc.",
        "It left.",
        "M. Le Maire parle.",
    ]
    assert _texts("The U.S. Steel deal and Quux Inc. shares.") == [
        "The U.S. Steel deal and Quux Inc. shares."
    ]
