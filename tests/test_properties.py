"""Any valid dataset, however hostile its text, scores and exports to Markdown that reads back
literally (tests/app/test_properties_browser.py opens it in the browser)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.markdown_check import blockquotes, canonical, front_matter, note_items, parse
from tests.strategies import datasets, notes_on
from tui.dataset import check, dumps
from tui.dataset import parse as parse_dataset
from tui.export import export_markdown, visible
from tui.tension import score_dataset

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW_OK)
@given(st.data())
def test_any_valid_dataset_scores_exports_and_reads_back(data: st.DataObject) -> None:
    dataset = data.draw(datasets())
    assert not [p for p in check(dataset) if p.severity == "error"]
    assert parse_dataset(dumps(dataset)) == dataset
    scores = score_dataset(dataset)
    assert 0 <= scores.article.tension <= 100
    notes = data.draw(notes_on(dataset))
    markdown = export_markdown(
        dataset,
        scores,
        notes,
        all_entities=data.draw(st.booleans()),
        wikilinks=data.draw(st.booleans()),
        exported_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    )
    assert not _CONTROL.search(markdown)
    tree = parse(markdown)
    assert front_matter(tree)["title"] == visible(dataset.article.title)
    quotes = {canonical(dataset.article.text[q.start : q.end]) for q in dataset.quotes}
    assert set(blockquotes(tree)) <= quotes
    assert sorted(text for _, text in note_items(tree)) == sorted(canonical(n.text) for n in notes)
