"""Whether the he/she/they/it that ends the words before a verb is its subject
(``analysis.quotes.pronoun_subjects``), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.pronoun_subjects import _pronoun_subject


@pytest.mark.parametrize(
    ("segment", "subject"),
    [
        ("he", True),
        ("albeit he", True),
        ("soon after the massacre in Orlando he", True),
        ("Conceding that a deal would come he", True),
        # a clause joined after one with a verb of its own (was the first clause's subject)
        ("a boss invited her to lunch and she", True),
        ("the council voted and they", True),
        # guards: an object pronoun after a preposition; a pronoun inside a long phrase with
        # no verb before its "and"; no pronoun last
        ("as several included on it", False),
        ("the mother and daughter of the man and she", False),
        ("a boss invited her to lunch", False),
    ],
)
def test_a_pronoun_ending_the_words_before_a_verb_is_its_subject(segment, subject):
    assert _pronoun_subject(segment.split(), segment) is subject
