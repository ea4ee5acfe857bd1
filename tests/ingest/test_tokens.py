import random
from pathlib import Path

from tui.ingest.tokens import _TOKEN, tokenize

FIXTURES = Path(__file__).parent / "fixtures"


def _matched(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens as the pattern's matches define them."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def test_tokens_are_the_patterns_matches_in_any_span_of_any_text() -> None:
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:20]]
    texts.append("  l'OpenAI, U.S. AT&T Canal+ 2+2 \u2014 o3-mini\u2019s\n\n\tfin. ")
    for text in texts:
        assert [tuple(t) for t in tokenize(text)] == _matched(text, 0, len(text))
        for _ in range(20):
            start = rng.randrange(len(text))
            end = rng.randrange(start, len(text) + 1)
            found = tokenize(text, start, end)
            assert [tuple(t) for t in found] == _matched(text, start, end)
            assert all(text[t.start : t.end] == t.text for t in found)
