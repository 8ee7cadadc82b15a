"""A speaker told by a role and a name set off after the statement
(analysis.quotes.set_off_speakers), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import reported
from analysis.quotes.set_off_speakers import role_and_name_last


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a role and a name, each set off, then the verb and what sets it (were no report,
        # or "Monday" read as the speaker of "said Monday")
        ("Kowalski died peacefully at home surrounded by family, his daughter, Lisa "
         "Kowalski, said in a statement.", "Kowalski died peacefully at home surrounded by "
         "family", "his daughter, Lisa Kowalski"),
        ("The plan will fail, the city's lawyer, Tom Li, said Monday.", "The plan will fail",
         "the city's lawyer, Tom Li"),
        ("The plan will fail, Smith's lawyer, Tom Li, told reporters on Monday.",
         "The plan will fail", "Smith's lawyer, Tom Li"),
    ],
)  # fmt: skip
def test_a_role_and_a_name_set_off_before_the_verb_speak(sentence, content, speaker):
    found = role_and_name_last(sentence, len(sentence) - 1)
    assert found is not None
    assert (sentence[found.start : found.end], found.speaker) == (content, speaker)
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == [
        (content, speaker)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a list before a plain attribution; a short clause; a quotation's sentence;
        # no name after the role
        "He went to the store, the bank, and the park, Smith said.",
        "It failed, his lawyer, Tom Li, said.",
        '"The plan will fail," his lawyer, Tom Li, said.',
        "The plan will fail, his lawyer, a friend, said.",
    ],
)
def test_no_role_and_name_ending(sentence):
    assert role_and_name_last(sentence, len(sentence) - 1) is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a clause after the verb is what was said, no setting of it (was "In a victim
        # impact statement" read as what the pastor wrote)
        ("In a victim impact statement, the church's pastor, Rev. Michael Dunn, wrote that "
         "some members had stopped giving altogether.",
         "some members had stopped giving altogether", "Rev. Michael Dunn"),
        ("In a long statement, the pastor, Michael Dunn, wrote some members had stopped "
         "giving altogether.", "some members had stopped giving altogether", "Michael Dunn"),
    ],
)  # fmt: skip
def test_a_clause_after_the_verb_is_what_the_role_and_name_said(sentence, content, speaker):
    assert role_and_name_last(sentence, len(sentence) - 1) is None
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == [
        (content, speaker)
    ]
