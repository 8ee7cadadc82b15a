"""What a document found, at the end of a sentence (``analysis.quotes.findings``)."""

from __future__ import annotations

import pytest

from analysis.quotes.findings import found_last
from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # (were no report: verbs of finding were read only before their clause)
        ("Trump leads among white voters without a college degree, the survey found.",
         "Trump leads among white voters without a college degree", "the survey"),
        ("Battleground Senate races in Ohio, Pennsylvania and Florida are all close, a "
         "Quinnipiac University poll shows.",
         "Battleground Senate races in Ohio, Pennsylvania and Florida are all close",
         "a Quinnipiac University poll"),
        ("Turnout was the highest since at least 1980, the Pew Research Center analysis "
         "shows.", "Turnout was the highest since at least 1980",
         "the Pew Research Center analysis"),
        # a participle of publishing after the document, and a dateline before the content
        # (was no report)
        ("COLUMBUS, Ohio — Sen. Rob Portman has opened a lead over Ted Strickland, a "
         "Quinnipiac University poll released Wednesday found.",
         "Sen. Rob Portman has opened a lead over Ted Strickland",
         "a Quinnipiac University poll released Wednesday"),
        ("Most Canadians back the plan, a survey published Monday in the journal shows.",
         "Most Canadians back the plan", "a survey published Monday in the journal"),
        # no determiner, a verb in the plural (was no report)
        ("Opioid deaths in Alberta fell by a third last year, provincial data released "
         "Tuesday show.", "Opioid deaths in Alberta fell by a third last year",
         "provincial data released Tuesday"),
    ],
)  # fmt: skip
def test_a_document_that_found_what_the_sentence_says(sentence, content, speaker):
    [report] = reported(sentence)
    assert (sentence[report.start : report.end], report.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a person who found something, a clause of a few words, a quotation
        "The body was in the trunk, police found.",
        "Prices rose, the survey found.",
        '"Prices rose sharply last year," the survey found.',
    ],
)
def test_no_finding_without_a_document_and_a_clause(sentence):
    assert found_last(sentence, len(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a perfect "has found" after the document (was no report)
        ("Children were more likely to end up in an emergency room during smoky days, a "
         "University of Alberta study has found.",
         [("Children were more likely to end up in an emergency room during smoky days",
           "a University of Alberta study")]),
        # the simple past, as before
        ("Children were more likely to end up in an emergency room, a study found.",
         [("Children were more likely to end up in an emergency room", "a study")]),
    ],
)  # fmt: skip
def test_a_document_that_has_found(sentence, expected):
    from analysis.quotes.reported import reported

    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # documents in the plural (was no report)
        ("The group received $12 million from a shipping executive and $9 million each from "
         "two fund managers, the filings show.", "the filings"),
        ("Hospital stays grew longer in every province, the surveys found.", "the surveys"),
    ],
)  # fmt: skip
def test_documents_in_the_plural_find(sentence, speaker):
    found = found_last(sentence, len(sentence.rstrip(".")))
    assert found is not None and found.speaker == speaker
