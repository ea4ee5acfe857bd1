"""The fast forms of whole-text patterns match exactly what the plain forms match."""

import re

from tui.ingest.patterns import finditer_from, matches_after, may_start_with, word_start

TEXT = (
    "La firme de Microsoft, la société. Xla firme; _le groupe 1la banque L'entreprise\n"
    "l’entreprise du gouvernement Au gouvernement, aux opérateurs. Les associations leurs "
    "syndicats lesquels Le-groupe accord de 2020 préaccord de 2021 accord du 3 mars 2024 "
    "accord de accord de 2022 rachat de 2023fusion de 2024 Accord de 2025 élection de 2026"
)


def spans(matches) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def test_word_start_matches_what_a_leading_word_boundary_matches() -> None:
    plain = re.compile(r"\b(?:[Ll]a|[Ll]e|[Ll]['’]|[Ll]es|[Ll]eurs|[Aa]ux|[Dd]u)\s*(?P<w>\w+)")
    fast = re.compile(
        word_start("la", "le", "l'", "l’", "les", "leurs", "aux", "du") + r"\s*(?P<w>\w+)"
    )
    assert spans(fast.finditer(TEXT)) == spans(plain.finditer(TEXT))
    assert len(spans(plain.finditer(TEXT))) >= 8


def test_word_start_can_keep_the_case() -> None:
    plain = re.compile(r"\b(?:accord|rachat)\b")
    fast = re.compile(word_start("accord", "rachat", capitalised=False) + r"\b")
    assert spans(fast.finditer(TEXT)) == spans(plain.finditer(TEXT))
    assert "Accord" not in [TEXT[s:e] for s, e, _ in spans(fast.finditer(TEXT))]


def test_may_start_with_loses_no_match() -> None:
    plain = re.compile(r"\b(?:groupe|gouvernement|syndicats)\b", re.IGNORECASE)
    fast = re.compile(may_start_with("gs") + plain.pattern, re.IGNORECASE)
    assert spans(fast.finditer(TEXT)) == spans(plain.finditer(TEXT))


def test_finditer_from_gives_the_matches_of_finditer() -> None:
    words = ("accord", "rachat", "fusion", "élection")
    pattern = re.compile(
        r"(?P<phrase>" + word_start(*words, capitalised=False) + r"\s+(?:de|du)\s+"
        r"(?:\d{1,2}\s+)?(?:mars\s+)?(?:19|20)\d\d)\b"
    )
    expected = spans(pattern.finditer(TEXT))
    assert spans(finditer_from(pattern, TEXT, words)) == expected
    assert len(expected) >= 4
    # a match that holds the next opening: that opening is passed over, as by finditer
    greedy = re.compile(r"accord(?:\s+de\s+accord)*")
    assert spans(finditer_from(greedy, TEXT, ["accord"])) == spans(greedy.finditer(TEXT))
    assert "accord de accord" in [TEXT[s:e] for s, e, _ in spans(greedy.finditer(TEXT))]


def test_matches_after_gives_the_matches_of_a_look_behind_pattern() -> None:
    # "les syndicats", "Leurs syndicats": a determiner before the one head noun
    plain = re.compile(r"(?<=[Ll]es |urs |Aux |aux )(?P<phrase>syndicats|associations)\b")
    before = re.compile(r"(?<![\w'’-])(?:[Ll]es|[Ll]eurs|[Aa]ux)\s$")
    found = matches_after(plain, TEXT, ("syndicats", "associations"), before)
    assert spans(found) == spans(plain.finditer(TEXT))
    assert [m.group() for m in plain.finditer(TEXT)] == ["associations", "syndicats"]
    # no determiner before: no match, though the head is there
    assert list(matches_after(plain, "des syndicats", ("syndicats",), before)) == []
    # a determiner inside the match before opens none: as finditer of both joined
    greedy = re.compile(r"syndicats(?:\s+(?:des|aux)\b)?")
    joined = re.compile(r"(?<![\w'’-])(?:[Ll]es|[Ll]eurs|[Aa]ux)\s" + greedy.pattern)
    text = "les syndicats aux syndicats les syndicats"
    found = [m.start() for m in matches_after(greedy, text, ("syndicats",), before)]
    assert found == [m.start() + len(m.group().split()[0]) + 1 for m in joined.finditer(text)]
    assert found == [4, 32]


def test_amounts_match_as_with_the_plain_pattern() -> None:
    from tui.ingest.periphrases import _AMOUNT

    plain = re.compile(
        r"(?:[$€£]\s?\d[\d,.\s]*\d?(?:\s?(?:billion|million|trillion|bn|m|mn|k)\b)?"
        r"|\b\d[\d,.\s]*\d?\s?(?:(?:milliards?|millions?|billions?|trillions?|bn|m|mds?|Md)\s+)?"
        r"(?:(?:de|d['’])\s*)?(?:dollars|euros|livres|pounds|yuans|yens|francs|[$€£])(?!\w))",
        re.IGNORECASE,
    )
    text = (
        "11,9 milliards de dollars, $10 billion, € 5bn, 350 millions d'euros, x25 euros, "
        "2024, 3 ans, £1.5 m et 7 EUROS; 1 2 3 4 dollars€ 12$ A3 euros 4 Md euros"
    )
    assert spans(_AMOUNT.finditer(text)) == spans(plain.finditer(text))
    assert len(spans(plain.finditer(text))) >= 8


def test_word_start_takes_patterns_after_the_first_letter() -> None:
    plain = re.compile(r"\b(?:[Ll]['’]|[Ll]e\s+|[Dd]u\s+|[Aa]u\s+)(?P<n>\w+)")
    fast = re.compile(
        word_start("l'", "l’", r"le\s+", r"du\s+", r"au\s+", literal=False) + r"(?P<n>\w+)"
    )
    text = TEXT + " L' accord, l'accord, le  traité, Du pacte, au-delà, Aux accords"
    assert spans(fast.finditer(text)) == spans(plain.finditer(text))
    assert len(spans(plain.finditer(text))) >= 6
