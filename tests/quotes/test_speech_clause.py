"""The clause a speech verb reports (analysis.quotes.speech_clause), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import _REPORTED, reported
from analysis.quotes.speech_clause import clause_after, is_reported_clause


def _clause(sentence: str):
    match = _REPORTED.search(sentence)
    assert match is not None
    return clause_after(sentence, match)


@pytest.mark.parametrize(
    ("sentence", "content", "introduced"),
    [
        ("Reyes said the plan would fail.", "the plan would fail.", False),
        (
            "Reyes said in a statement Tuesday that the plan would fail.",
            "the plan would fail.",
            True,
        ),
        ("Reyes told reporters that the plan would fail.", "the plan would fail.", True),
        ("Reyes said Monday the plan would fail.", "the plan would fail.", False),
        ("Reyes said, insisting that the plan would fail.", "the plan would fail.", True),
    ],
)
def test_the_clause_starts_past_what_is_not_said(sentence, content, introduced):
    clause = _clause(sentence)
    assert (clause.content, clause.introduced) == (content, introduced)
    assert sentence[clause.start :] == content
    assert is_reported_clause(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes said pleasantly into the phone that it rang.",
        "Reyes said goodbye to her staff.",
        'Reyes said, "We will win the vote."',
        "Reyes said so.",
    ],
)
def test_no_clause_is_reported_where_the_words_after_the_verb_are_no_statement(sentence):
    clause = _clause(sentence)
    assert clause is None or not is_reported_clause(clause)


def test_a_verb_that_reports_only_with_that_needs_it():
    assert _clause("Reyes denied the charges on Monday.") is None
    assert _clause("Reyes denied that the charges were true.") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Health spending shot back up and grew by 5.3 percent.",
        "Prices fired back up after the holidays and stayed high.",
        "The shares weighed in over the index and kept falling.",
    ],
)
def test_a_speech_verb_of_several_words_that_moves_something_reports_nothing(sentence):
    assert _clause(sentence) is None


def test_a_speech_verb_of_several_words_before_at_is_no_motion():
    """ "hit back at someone" still speaks (a guard: passes on the code before the motion
    rule): the clause goes on to be judged (here its participle report, ", saying ...", is
    found by the sentence's other rules)."""
    assert _clause("Rubio hit back at Christie, saying the governor was too busy.") is not None
    [found] = reported("Rubio hit back at Christie, saying the governor was too busy.")
    assert (found.speaker, found.verb) == ("Rubio", "saying")
