"""Whether words have the shape of a speaker phrase (analysis.quotes.speaker_shape), read by
hand."""

from __future__ import annotations

import pytest

from analysis.quotes.speaker_shape import _np_like


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sen. Ann Reyes", True),
        ("he", True),
        ("longtime Clinton aide Huma Abedin", True),
        # an adjective in -ed between the determiner and the noun (were clauses)
        ("the retired schoolteacher", True),
        ("a concerned parent", True),
        # a participle and its phrase after a described noun (were clauses)
        ("a report released by the bank", True),
        ("a statement issued on Monday by the ministry", True),
        # clauses: a verb after the noun, a participle with no determiner before the noun
        ("the mayor resigned", False),
        ("officials released by the bank", False),
        ("about fixing inequality", False),
    ],
)
def test_a_speaker_phrase_is_a_noun_phrase_not_a_clause(phrase, expected):
    assert _np_like(phrase) is expected
