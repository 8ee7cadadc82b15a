"""The rule table: a rule's ``needs`` words only skip sentences it could never match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import DEFAULT_CORPUS, read_articles
from analysis.dates.extract import ALL_RULES, _units

_SENTENCES = [text for article in read_articles(DEFAULT_CORPUS) for *_, text in _units(article)]

# Words and shapes of temporal expressions, mixed with ordinary words, for generated sentences.
_PIECES = [
    "Jan.", "Sept.", "March", "May", "Monday's", "Friday", "noon", "midnight", "a.m.", "p. m.",
    "pm", "GMT", "0930", "14:20", "1998", "2004-2005", "3/14/05", "2005-03-14", "1980s", "'90s",
    "two", "forty-eight", "several", "a", "half", "quarter", "second", "fiscal", "years",
    "decades", "days", "weekend", "week", "month", "ago", "from", "now", "hence", "last", "this",
    "next", "the", "past", "coming", "every", "each", "times", "daily", "Christmas", "Easter",
    "New", "Year's", "Eve", "Labor", "Day", "today", "tonight", "yesterday", "currently",
    "future", "century", "19th", "eighties", "later", "earlier", "said", "will", "in", "on",
    "of", "and", ",", ".", "-",
]  # fmt: skip


def _holds(rule, text: str) -> bool:
    lower = text.lower()
    matched = any(m.end() > m.start() for m in rule.pattern.finditer(text))
    return not matched or any(word in lower for word in rule.needs)


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.needs], ids=lambda r: r.name)
def test_needs_never_skip_a_match_in_real_news(rule):
    missed = [text for text in _SENTENCES if not _holds(rule, text)]
    assert missed == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_needs_never_skip_a_match_in_generated_sentences(words):
    text = " ".join(words)
    assert [r.name for r in ALL_RULES if r.needs and not _holds(r, text)] == []
