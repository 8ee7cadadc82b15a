"""Reported statements in one sentence (``analysis.quotes.reported``), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a report of people who know of it, at the end (was no report)
        ("Amazon is considering opening 3,000 stores, people familiar with the plans said.",
         "Amazon is considering opening 3,000 stores", "people familiar with the plans"),
        # a report by the sentence's subject inside it: what the subject said (as with
        # "according to"); the others only tell of it (was the whole sentence, theirs)
        ("Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns the attack, "
         "the official news agency IRNA reported.", "Iran condemns the attack",
         "Foreign Ministry spokesman Mahmoud Mohammadi"),
        # a clause that ends quoting, its comma inside the marks (was no report: read as a
        # direct quotation); the quotation's own row is its partial
        ('The figures would be released "when they have been properly verified," Shandro '
         "said.", 'The figures would be released "when they have been properly verified,"',
         "Shandro"),
        ('It was, in his words, "a disaster," Shandro said.', 'It was, in his words, "a '
         'disaster,"', "Shandro"),
    ],
)  # fmt: skip
def test_a_report_at_the_end_of_a_sentence(sentence, content, speaker):
    [report] = reported(sentence)
    assert sentence[report.start : report.end] == content
    assert report.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a quotation all the words before the attribution are, or after an
        # opening phrase with no verb of its own
        '"We will win," Shandro said.',
        'Asked about it, "we will see," Shandro said.',
    ],
)
def test_a_quotation_before_its_attribution_is_no_report(sentence):
    assert reported(sentence) == []


def test_a_report_before_its_attribution_and_a_participle_reporting_more():
    # both reports (was only the participle's: the content before "Shandro said" missed)
    sentence = ('The figures would be released "when they have been properly verified," '
                "Shandro said, adding that his department had nothing to hide.")  # fmt: skip
    found = [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)]
    assert found == [
        ('The figures would be released "when they have been properly verified,"', "Shandro"),
        ("his department had nothing to hide", "Shandro"),
    ]
    # guard: a participle that reports nothing adds no report
    sentence = ("Flights will be cancelled next week, their union said Monday, raising the "
                "prospect of delays.")  # fmt: skip
    found = [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)]
    assert found == [("Flights will be cancelled next week", "their union")]
