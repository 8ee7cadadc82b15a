"""Whether words have the shape of a speaker phrase (analysis.quotes.speaker_shape), read by
hand."""

from __future__ import annotations

import pytest

from analysis.quotes.speaker_shape import _np_like, plural_role


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
        # a weekday or a title in capitals after the participle (were clauses)
        ("a report released Tuesday", True),
        ("a document titled Surgical Initiative Progress Report", True),
        # guard: a clause whose verb is followed by a weekday
        ("the mayor resigned Tuesday", False),
        # people described by what they know or whom they stand near, with no determiner
        # (were no speakers: "..., people familiar with the plans said." was no report)
        ("people familiar with the plans", True),
        ("sources close to the company", True),
        ("officials with knowledge of the talks", True),
        ("people briefed on the matter", True),
        ("two people close to Clinton", True),
        # a group with no article and where its members work (were no speakers)
        ("researchers at the University of Saskatchewan", True),
        ("officials in the premier's office", True),
        # guards: no word for people before the words
        ("stories familiar with the plans", False),
        ("prices at the pump", False),
        ("plans close to completion", False),
        # clauses: a verb after the noun, a participle with no determiner before the noun
        ("the mayor resigned", False),
        ("officials released by the bank", False),
        ("about fixing inequality", False),
    ],
)
def test_a_speaker_phrase_is_a_noun_phrase_not_a_clause(phrase, expected):
    assert _np_like(phrase) is expected


def test_a_phrase_opening_with_a_speech_verb_is_no_speaker():
    # (", wrote in a statement read in court that ...": was a speaker "wrote in a
    # statement" with the verb "read"; guard: a name that is such a word, capitalised)
    from analysis.quotes.speaker_shape import _np_like

    assert not _np_like("wrote in a statement")
    assert _np_like("Said Jones")
    # "state" before an office is its adjective, no verb (was no speaker, and the report
    # "..., state Treasurer Ann Lee said." was lost); guard: before a lower-case word
    assert _np_like("state Treasurer Ann Lee")
    assert _np_like("state Sen. Ann Lee")
    assert not _np_like("state the obvious")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # staff speak with no article, as crews do (was no report)
        ("The City of Ottawa has spent its entire winter maintenance budget with more than a "
         "month of winter left, city staff told a committee on Tuesday.",
         [("The City of Ottawa has spent its entire winter maintenance budget with more than "
           "a month of winter left", "city staff")]),
        ("The ward was closed, hospital staff said.", [("The ward was closed", "hospital staff")]),
        # guard: a staff's thing is no speaker
        ("The ward was closed, staff parking said.", []),
    ],
)  # fmt: skip
def test_staff_speak_with_no_article(sentence, expected):
    from analysis.quotes.reported import reported

    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("ministers", True), ("officials", True), ("aides", True), ("boss", False),
     ("actress", False), ("minister", False)],
)  # fmt: skip
def test_a_plural_role_is_a_role_nouns_plural(noun, expected):
    assert plural_role(noun) is expected


@pytest.mark.parametrize(
    ("content", "appositive"),
    [
        ("Wayne Smith, a former adviser", True),
        # a subject and its verb in -s before the comma: a clause (was a name and its
        # appositive, no report)
        ("the province needs about 150 more vets, most of them in rural areas", False),
    ],
)
def test_a_name_and_its_appositive_is_no_clause_but_a_clause_before_a_comma_is(content, appositive):
    from analysis.quotes.speaker_shape import _appositive_only

    assert _appositive_only(content) is appositive
