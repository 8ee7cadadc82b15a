"""Documents that say something (``analysis.quotes.documents``), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.documents import document_before_that
from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("segment", "document"),
    [
        ("Cruz's campaign released a television ad on Monday that", "a television ad"),
        ("The group released a report Tuesday that", "a report"),
        ("her campaign will reprint a withering Washington Post editorial that",
         "a withering Washington Post editorial"),
        # guards: no document's noun before "that"
        ("Protesters carried a banner that", None),
        ("the Senate passed the bill that", None),
    ],
)  # fmt: skip
def test_the_document_a_relative_clause_describes(segment, document):
    assert document_before_that(segment) == document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the document speaks in the relative clause that describes it (was no report: its
        # "that" read as a determiner, the relative clause's subject as no speaker)
        ("Ted Cruz's campaign released a television ad on Monday that says Marco Rubio "
         "supported amnesty.", [("Marco Rubio supported amnesty", "a television ad")]),
        ("The group released a report Tuesday that says the province has lost 4,000 jobs.",
         [("the province has lost 4,000 jobs", "a report")]),
        # guard: a banner's words are no report
        ("Protesters carried a banner that said the mayor must go.", []),
    ],
)  # fmt: skip
def test_a_document_reports_in_its_relative_clause(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected
