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


def test_an_age_in_an_appositive_describes_the_name_before_it(last_speaker):
    # "an 18-year-old from Toronto" gives Mboko the age "the 18-year-old" names, after a
    # sentence with no person in it and two women named before (was the description)
    assert (
        last_speaker(
            "MONTREAL — Victoria Mboko, an 18-year-old from Toronto ranked outside the top 80, "
            "beat world No. 2 Coco Gauff 6-1, 6-4 on Wednesday.\n\n"
            "The crowd chanted her name through the final game. \"I've never heard anything "
            'like that," the 18-year-old said.'
        )
        == "Victoria Mboko"
    )


def test_a_score_after_a_name_is_no_age():
    # guard: "6-1" after a name's comma is a score (was read as the age 6)
    text = "Victoria Mboko, 6-1, 6-4 winner over Coco Gauff, was thrilled. Ann Reyes, 34, was not."
    people = People(parse_article(f"A headline\n\n{text}\n"))
    end = len(people.article.text)
    assert age_given(people, "Victoria Mboko", end) is None
    assert age_given(people, "Ann Reyes", end) == "34-year-old"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an age in words opening the sentence, a role between it and the name (was None)
        ("Seventeen-year-old qualifier Léa Roy won.", 17),
        ("Twenty-two-year-old Ann Reyes won.", 22),
        ("The 17-year-old qualifier Léa Roy won.", 17),
        # as before
        ("Léa Roy, 17, won.", 17),
        ("17-year-old Léa Roy won.", 17),
        # guard: no age
        ("Top seed Léa Roy won.", None),
    ],
)  # fmt: skip
def test_an_age_beside_a_name_in_words_or_past_a_role(text, age):
    from analysis.quotes.ages import age_beside

    start = text.index("Léa") if "Léa" in text else text.index("Ann")
    end = start + len("Léa Roy" if "Léa" in text else "Ann Reyes")
    assert age_beside(text, start, end) == age
