"""Salience: how central each entity is, from how often and where it is named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.salience import name_occurrences, salience

from .factories import make_dataset, make_entity

NAMES = ["Alpha", "Beta", "Gamma"]
FILLER = "Nothing happened here today."


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from([*NAMES, FILLER, "\n\n"]), max_size=30),
    st.sampled_from(["", "Alpha", "Beta and Gamma"]),
)
def test_salience_is_a_distribution_over_the_entities(words, title):
    dataset = make_dataset(" ".join(["Start.", *words]), NAMES, title=title)
    values = salience(dataset)
    assert set(values) == {"alpha", "beta", "gamma"}
    assert all(0.0 <= v <= 1.0 for v in values.values())
    assert sum(values.values()) == pytest.approx(1.0)


def test_no_mentions_means_uniform_and_no_entities_means_nothing():
    assert salience(make_dataset("Nobody here.", NAMES)) == pytest.approx(
        dict.fromkeys(["alpha", "beta", "gamma"], 1 / 3)
    )
    assert salience(make_dataset("Nobody here.", [])) == {}


def test_more_mentions_mean_more_salience():
    values = salience(make_dataset("Alpha. Beta. Alpha. Alpha. Gamma. Beta.", NAMES))
    assert values["alpha"] > values["beta"] > values["gamma"]


def test_the_lede_counts_more_than_the_body():
    body = "\n\n".join([FILLER] * 5)
    early = make_dataset(f"Alpha is here.\n\n{body}\n\nBeta is here.", NAMES)
    values = salience(early)
    assert values["alpha"] > values["beta"] > 0
    assert values["gamma"] == 0.0


def test_later_mentions_count_less_within_the_body():
    body = "\n\n".join([FILLER] * 5)
    dataset = make_dataset(f"{FILLER}\n\nAlpha.\n\n{body}\n\nBeta.", NAMES)
    values = salience(dataset)
    assert values["alpha"] > values["beta"]


def test_a_name_in_the_title_raises_salience():
    text = f"{FILLER}\n\nAlpha and Beta."
    plain = salience(make_dataset(text, NAMES))
    titled = salience(make_dataset(text, NAMES, title="Why beta matters"))
    assert plain["alpha"] > plain["beta"]
    assert titled["beta"] > titled["alpha"]


def test_an_alias_in_the_title_counts_and_the_longest_name_wins():
    entities = [
        {"name": "Microsoft", "aliases": ["la firme de Redmond"]},
        {"name": "Microsoft AI", "id": "microsoft-ai"},
    ]
    dataset = make_dataset(
        "Microsoft AI and Microsoft.",
        entities,
        title="Microsoft AI grandit, la Firme de Redmond  applaudit",
    )
    hits = name_occurrences(dataset.article.title, dataset.entities)
    assert [entity for _, _, entity in hits] == ["microsoft-ai", "microsoft"]
    assert dataset.article.title[hits[1][0] : hits[1][1]] == "la Firme de Redmond"


def test_names_match_whole_words_only():
    entities = [make_entity("Meta"), make_entity("OpenAI")]
    hits = name_occurrences("Metaverse and metadata, but Meta and l’OpenAI did.", entities)
    assert [entity for _, _, entity in hits] == ["meta", "openai"]
