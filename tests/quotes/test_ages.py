"""Ages beside names and the descriptions that name someone by one (``analysis.quotes.ages``)."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.quotes.ages import AGE_NOUN, AGED, age_given, aged_before
from analysis.quotes.people import People


def _people(body: str) -> People:
    return People(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))


@pytest.mark.parametrize(
    ("body", "name", "age"),
    [
        ("Ray Dunn, 29, scored twice. Tom Li missed.", "Ray Dunn", "29-year-old"),
        ("The 34-year-old Ann Reyes scored. Tom Li missed.", "Ann Reyes", "34-year-old"),
        ("Ray Dunn scored twice. Tom Li, 41, missed.", "Ray Dunn", None),  # another's age
    ],
)
def test_the_age_the_text_gives_beside_a_name(body, name, age):
    people = _people(body)
    assert age_given(people, name, len(people.article.text)) == age


def test_the_last_person_given_an_age_before_a_description():
    people = _people("Ann Reyes, 34, scored. Ray Dunn, 29, missed. Tom Li watched.")
    end = len(people.article.text)
    assert aged_before(people, "34", end).name == "Ann Reyes"
    assert aged_before(people, "29", end).name == "Ray Dunn"
    assert aged_before(people, "50", end) is None


@pytest.mark.parametrize(
    ("phrase", "age"),
    [("the 34-year-old", "34"), ("The 34-year-old forward", "34"), ("the forward", None)],
)
def test_a_description_by_an_age(phrase, age):
    found = AGED.match(phrase)
    assert (found["age"] if found else None) == age


def test_an_age_as_a_noun():
    assert AGE_NOUN.fullmatch("25-year-old")
    assert not AGE_NOUN.fullmatch("year-old")
    assert not AGE_NOUN.fullmatch("25-year-olds")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # no one was given the age: the role names the one coach named before
        ("Oilers coach Ken Hitchcock praised the move. \"He brings an edge,\" the 67-year-old "
         "coach said.", "Ken Hitchcock"),
        ("Sen. Ann Reyes voted no. \"It is a bad bill,\" the 71-year-old senator said.",
         "Ann Reyes"),
        # guards: the coach named is given another age (someone else), an age alone with no
        # role (no one to name), a role no one named holds
        ("Oilers coach Ken Hitchcock, 58, praised the move. \"He brings an edge,\" the "
         "67-year-old coach said.", "the 67-year-old coach"),
        ("Ken Hitchcock praised the move. \"He brings an edge,\" the 67-year-old said.",
         "the 67-year-old"),
        # (a senator may farm too: no one named)
        ("Sen. Ann Reyes voted no. \"It is a bad bill,\" the 71-year-old farmer said.", None),
    ],
)  # fmt: skip
def test_an_age_no_one_was_given_leaves_the_role_to_name_the_person(body, speaker):
    from analysis.quotes import extract_quotes

    quotes = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    assert quotes["speaker"].tolist() == [speaker]
