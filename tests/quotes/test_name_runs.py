"""Which runs of capitals name a person (analysis.quotes.name_runs; the lone words no full
name explains are dropped by People), counted by hand."""

from __future__ import annotations

import pytest

from analysis.article import parse_article
from analysis.quotes.name_runs import name_runs
from analysis.quotes.people import People


def _runs(body: str) -> list[tuple[str, str]]:
    article = parse_article(f"A headline\n\n{body}")
    found, _ = name_runs(article)
    return [(article.text[start:end], kind) for start, end, _, kind in found]


def test_a_full_name_opening_its_sentence_is_its_subject_and_a_later_surname_a_lone_word():
    assert _runs(
        "Ann Reyes spoke on Monday. Later, Reyes left the hall and Reyes's aide stayed."
    ) == [
        ("Ann Reyes", "subject"),
        ("Reyes", "single-subject"),
        ("Reyes", "single-possessive"),
    ]


def test_titles_are_dropped_and_the_gender_they_show_is_kept():
    found, genders = name_runs(
        parse_article("A headline\n\nSen. Ann Reyes voted no. Mr. Lee Chen did too.")
    )
    assert [" ".join(words) for _, _, words, _ in found] == ["Ann Reyes", "Lee Chen"]
    assert genders == {"Ann Reyes": "f", "Lee Chen": "m"}


def test_a_name_in_an_opening_prepositional_phrase_is_fronted():
    assert _runs("Like Ann Reyes, many voters stayed home.") == [("Ann Reyes", "fronted")]


@pytest.mark.parametrize(
    "body",
    [
        "Acme Corp said on Monday it would close.",  # an organisation
        "New Yorkers voted on Monday.",  # a people
        "Kabul fell on Sunday.",  # a lone word no full name explains
        "NATO met on Monday.",  # capitals: an organisation
    ],
)
def test_no_person_is_found_where_the_run_names_none(body):
    assert People(parse_article(f"A headline\n\n{body}")).mentions == []


def test_a_role_word_after_a_given_name_is_the_surname_there_and_alone():
    assert _runs("Rep. Steve King spoke. Later, King voted no.") == [
        ("Steve King", "subject"),
        ("King", "single-subject"),
    ]
