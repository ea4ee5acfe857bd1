from tests.ingest.conftest import FIXTURES
from tui.dataset import check
from tui.ingest import ingest_cached


def test_second_open_reuses_the_cached_dataset(tmp_path, rules_only) -> None:
    article = tmp_path / "nuage.txt"
    article.write_bytes((FIXTURES / "fr_nuage.txt").read_bytes())
    stages: list[str] = []
    first = ingest_cached(
        article, directory=tmp_path / "cache", progress=lambda s, f: stages.append(s)
    )
    assert "done" in stages and check(first) == []
    stages.clear()
    second = ingest_cached(
        article, directory=tmp_path / "cache", progress=lambda s, f: stages.append(s)
    )
    assert stages == ["cached"]
    assert second == first


def test_changed_text_or_damaged_entry_extracts_again(tmp_path, rules_only) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Zorblat sued Quux.", encoding="utf-8")
    cache = tmp_path / "cache"
    ingest_cached(article, directory=cache)
    (entry,) = cache.iterdir()
    entry.write_text("{broken", encoding="utf-8")
    stages: list[str] = []
    dataset = ingest_cached(article, directory=cache, progress=lambda s, f: stages.append(s))
    assert "cached" not in stages and dataset.article.text == "Zorblat sued Quux."
    article.write_text("Quux sued Zorblat.", encoding="utf-8")
    assert ingest_cached(article, directory=cache).article.text == "Quux sued Zorblat."
    assert len(list(cache.iterdir())) == 2
