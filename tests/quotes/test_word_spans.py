"""Whole-word spans (analysis.quotes.word_spans): the same spans as the pattern of the
phrase, found without compiling one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes.word_spans import whole_word_spans, whole_words


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("He said he would. HE said so, and she said he", "he"),
        ("the mayor, the Mayor's aide and a mayoral race: THE MAYOR", "the mayor"),
        ("Ann_Reyes and Ann Reyes, ann reyes.", "Ann Reyes"),
        ("Straße STRASSE straße", "straße"),
        ("İstanbul's mayor in istanbul", "istanbul"),  # lower case longer than the text
        ("", "x"),
    ],
)
def test_whole_word_spans_are_the_patterns(text, phrase):
    for start, end in [(0, len(text)), (3, len(text) - 2), (0, 12)]:
        expected = [m.span() for m in whole_words(phrase).finditer(text, start, end)]
        assert whole_word_spans(text, text.lower(), phrase, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aAbB _.,'-1", max_size=30),
    st.text(alphabet="aAbB _'", min_size=1, max_size=4),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_whole_word_spans_are_the_patterns_on_any_text(text, phrase, start, end):
    expected = [m.span() for m in whole_words(phrase).finditer(text, start, end)]
    assert whole_word_spans(text, text.lower(), phrase, start, end) == expected
