"""The person a description's head noun names (``analysis.quotes.heads``): descriptive words
before the head change nothing; titles, roles, contrasts, past states and orders do. Every
sentence is made up."""

from __future__ import annotations

import pytest

from analysis.quotes.heads import described_head


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("the old trainer", "trainer"),
        ("the veteran trainer", "trainer"),
        ("the lanky, bespectacled professor", "professor"),
        ("the soft-spoken forward", "forward"),
        # a title, a role, a contrast, a past state, an order: another person, perhaps
        ("the assistant coach", None),
        ("the head coach", None),
        ("the goalie coach", None),
        ("the other trainer", None),
        ("the rival coach", None),
        ("the former captain", None),
        ("the second man", None),
        # not a definite description of a common noun
        ("his old trainer", None),
        ("the Cuban leader", None),
        ("the trainer's son", None),
    ],
)
def test_the_head_of_a_description_whose_other_words_only_describe(phrase, head):
    assert described_head(phrase) == head


_TRAINER = (
    "WINNIPEG — Darnell Reid fights on Saturday.\n\nHis trainer, Ray Lussier, has worked with "
    "him since he was 14. Lussier said he refused at first.\n\n"
    '"I said no three times," {phrase} said. "What am I going to do?"'
)


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        # a role noun set before a name after "His": the name (was the description)
        ("the trainer", "Ray Lussier"),
        ("the old trainer", "Ray Lussier"),
        ("the veteran trainer", "Ray Lussier"),
        # guards: a title or a contrast before the head; an owner's description
        ("the assistant trainer", "the assistant trainer"),
        ("the other trainer", "the other trainer"),
        ("his longtime trainer", "his longtime trainer"),
    ],
)
def test_a_description_by_the_head_of_a_noun_set_before_a_name(phrase, speaker, speakers):
    found = speakers(_TRAINER.format(phrase=phrase))
    assert found[-1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # a noun set off before a name after an owner and its determiner is the name's head
        # (was the description)
        ("The club's trainer, Ray Lussier, stayed.", "Ray Lussier"),
        ("Ann Reyes left, and her trainer, Ray Lussier, stayed.", "Ray Lussier"),
        # guard: a phrase that opens the sentence sets off no head ("In the new trainer,")
        ("In the new trainer, Ray Lussier saw a friend.", "the trainer"),
    ],
)
def test_a_word_before_a_comma_is_a_head_only_after_a_determiner_or_an_owner(
    opening, speaker, last_speaker
):
    body = f'WINNIPEG — {opening}\n\n"We lost," the trainer said.'
    assert last_speaker(body) == speaker
