"""What someone was quoted as saying (analysis.quotes.quoted_as), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one quoted by another: the one who reports it, as PolNeAR reads it ("CNN quoted an
        # American witness as saying": CNN) (was no report)
        ('The official Xinhua news agency quoted a bureau spokesperson as saying the economy '
         'was "stable with progress."',
         [('the economy was "stable with progress."', "The official Xinhua news agency")]),
        ("Reuters quoted Ann Reyes as saying that the plan would fail.",
         [("the plan would fail", "Reuters")]),
        # the passive, a setting and an agent between: the one quoted speaks
        ("Ann Reyes was quoted Friday by local media as saying the plan would fail.",
         [("the plan would fail", "Ann Reyes")]),
        ("The mayor was quoted as saying the plan would fail.",
         [("the plan would fail", "The mayor")]),
        # guard: no clause after "as saying"
        ("The paper quoted him as saying nothing.", []),
    ],
)  # fmt: skip
def test_what_someone_was_quoted_as_saying(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected
