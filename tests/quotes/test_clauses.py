"""The clauses inside the words before a verb (analysis.quotes.clauses), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.clauses import subordinate_plural
from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (" as shippers", True),
        (" while freight shippers ", True),
        ("because critics", True),
        # guards: an adverb in -s; a name; a singular; a plural in -ss
        (" as always", False),
        (" as Ann Reyes", False),
        (" as the union", False),
        (" as witnesses", True),
        (" as business", False),
    ],
)
def test_a_subordinator_and_a_bare_plural(part, expected):
    assert subordinate_plural(part) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the bare plural after "as" set off by a comma speaks (was "Monday", the last
        # capitalised word before the comma)
        ("The lockout entered its second week on Monday, as shippers warned that goods were "
         "piling up in rail yards.", [("goods were piling up in rail yards", "shippers")]),
        # (was "The lockout")
        ("The lockout entered its second week, while critics warned that goods were piling "
         "up.", [("goods were piling up", "critics")]),
    ],
)  # fmt: skip
def test_a_bare_plural_after_a_subordinator_is_its_clauses_speaker(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected
