import random
import re
from pathlib import Path

import pytest

from tui.ingest import read_source
from tui.ingest.beginnings import beginnings, word_openings
from tui.ingest.cues import SentenceCues, compile_cues, cue_stems
from tui.ingest.sentences import split_quotes
from tui.ingest.tokens import tokenize

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("partner", {"part"}),
        (r"s['’]associ\w*", {"s'as", "s’as"}),
        (r"(?:a|ont)\s+choisi", {"a ch", "a  c", "a   ", "ont "}),  # \s+ repeats
        (r"coop[éè]r", {"coop"}),
        (r"(?<!millions\sde\s)clients?\b", {"clie"}),
        (r"(?:co-?)?fond", {"co-f", "cofo", "fond"}),
        (r"ab?c", {"abc", "ac"}),
        (r"a+b", {"aaaa", "aaab", "aab", "ab"}),
        (r"x\w+", {"x"}),  # a class of any letter stops the beginning
        (r".*", {""}),
    ],
)
def test_beginnings_of_a_pattern(pattern: str, expected: set[str]) -> None:
    assert beginnings(pattern, 4, re.IGNORECASE) == expected


def test_every_match_of_every_cue_stem_begins_with_one_of_its_beginnings() -> None:
    text = "\n\n".join(read_source(p).text for p in sorted(FIXTURES.glob("*.txt"))[:60])
    matched = 0
    for language in ("fr", "en"):
        for _, stem in cue_stems(language):
            found = beginnings(stem, 4, re.IGNORECASE)
            for match in re.finditer(stem, text, re.IGNORECASE):
                word = re.sub(r"\s", " ", match.group()).lower()
                assert any(word.startswith(b.lower()) for b in found), (stem, match.group())
                matched += 1
    assert matched > 1000


def test_word_openings_keep_the_words_a_cue_may_begin_at() -> None:
    openings = word_openings([r"partner\w*", r"a\s+rejoint", r"s['’]allie"], re.IGNORECASE)
    assert openings is not None
    assert openings.may_open("Partnership") and openings.may_open("PARTNER")
    assert openings.may_open("a") and openings.may_open("s")  # "a rejoint", "s'allie"
    assert not openings.may_open("avec") and not openings.may_open("parc")
    assert not openings.may_open("le") and not openings.may_open("2024")
    assert openings.may_open("ſalut")  # past Latin-1: case folding may pair it with "s"
    assert word_openings([r"\w+ed"], re.IGNORECASE) is None  # may begin anywhere


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_cues_found_at_word_openings_are_those_of_the_full_scan(language: str) -> None:
    texts = [read_source(p).text for p in sorted(FIXTURES.glob(f"{language}_*.txt"))]
    rng = random.Random(7)
    pieces = [
        "ſigne un accord",
        "s'associe",
        "S’ASSOCIE",
        "co-entreprise",
        "AT&T",
        "a rejoint",
        "ınvestit",
        "İnvestit",
        "rachète",
        "x-accuse",
        "l'accord",
        "3accords",
        "ß",
        "Ÿ",
        "ﬁnance",
        "\u2011accord",
        "a.b.accord",
        "sues",
        "partnered",
        "fined by",
    ]
    for _ in range(300):
        texts.append(
            "".join(
                rng.choice(pieces) + rng.choice([" ", ". ", "-", "", "’", "\n\n"]) for _ in range(8)
            )
        )
    assert compile_cues(language).openings is not None
    found = 0
    for text in texts:
        scanned, opened = SentenceCues(text, language), SentenceCues(text, language, tokenize(text))
        for start, end in [*split_quotes(text), (0, len(text))]:
            cues = scanned.of(start, end)
            assert opened.of(start, end) == cues, text[start:end]
            found += len(cues)
    assert found > 1000
