"""Whether a text holds a clause (``analysis.quotes.finite``)."""

from __future__ import annotations

import pytest

from analysis.quotes.finite import PLURAL_AND_VERB, _has_finite


@pytest.mark.parametrize(
    "text",
    [
        "the plan was sound",
        "officials had left",
        "they support the plan",  # a subject pronoun and a present tense
        "we need more time",
        "I think so",
        "she wants a recount",
        "her members still cannot fill jobs",  # (was none)
        # a negated auxiliary, contracted (was none)
        "the military action didn't work",
        "the nominee hasn’t given this issue much thought",
        "Trump doesn't forgive or forget",
        "voters re-elected him",  # a verb's prefix before the hyphen
        "she co-founded the firm",
        "it needs the money to replace poles",  # "it" and a verb in -s (was none)
        "it costs money to raise money",
    ],
)
def test_a_clause_has_a_finite_verb(text):
    assert _has_finite(text)


@pytest.mark.parametrize(
    "text",
    [
        "the new plan",
        "Ted Cruz and Theresa May",  # names, not verbs
        "a plan for the city",
        "they and their allies",  # a pronoun before a conjunction
        "put it across the table",  # "it" before a word in -s that is no verb (guard)
        "the price of it plus tax",
        "the support they",
        "The bow-tied former lawyer",  # a compound adjective in -ed (was a past tense)
        "a long-awaited report and a well-heeled donor",
        # an adjective in -ed after "of" (was a past tense: "a CBS News" the speaker)
        "A CBS News poll of uncommitted voters",
        "52 percent of registered voters",
    ],
)
def test_a_noun_phrase_has_none(text):
    assert not _has_finite(text)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("teachers only work half the year", True),
        ('teachers "only work half the year,"', True),
        ("most voters never read the platform", True),
        ("prices will rise", True),
        # guards: a plural noun and no adverb or modal after it; a singular noun
        ("thanks to the fans", False),
        ("teachers and nurses", False),
        ("the teacher only works", False),
    ],
)
def test_a_plural_noun_and_an_adverb_or_modal_before_a_verb_open_a_clause(text, clause):
    assert bool(PLURAL_AND_VERB.match(text)) is clause
