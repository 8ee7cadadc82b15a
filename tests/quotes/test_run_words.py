"""What a run's words are (analysis.quotes.run_words): the name, the titles before it,
whether a preposition fronted it, and which two capitals are initials; split by hand."""

from __future__ import annotations

import pytest

from analysis.article import parse_article
from analysis.quotes.names import _words, name_run_matches
from analysis.quotes.run_words import initials, name_and_titles


@pytest.mark.parametrize(
    ("words", "options", "expected"),
    [
        ("Sen. Ann Reyes", {}, (["Ann", "Reyes"], ["Sen."], False)),
        # the function words and an organisation opening the run go
        (
            "But NATO Secretary-General Jens Stoltenberg",
            {},
            (["Jens", "Stoltenberg"], ["Secretary-General"], False),
        ),
        ("Like Allen", {}, (["Allen"], [], True)),  # a fronted phrase's name
        # a preposition opening its sentence with its topic fronts nothing
        ("For Amanda Poirier", {"at_start": True}, (["Amanda", "Poirier"], [], False)),
        ("San Antonio Spurs", {}, (["Spurs"], [], False)),  # a place's words, no given name
        # a role word written after a given name is a surname
        (
            "Rep. Steve King",
            {"role_surnames": frozenset({"King"})},
            (["Steve", "King"], ["Rep."], False),
        ),
        ("RJ Barrett", {"initials": frozenset({"RJ"})}, (["RJ", "Barrett"], [], False)),
        ("Defenceman Ray Dunn", {"speaking": True}, (["Ray", "Dunn"], ["Defenceman"], False)),
    ],
)
def test_a_runs_words_split_into_the_name_and_its_titles(words, options, expected):
    role_surnames = options.pop("role_surnames", frozenset())
    assert name_and_titles(words.split(), role_surnames, **options) == expected


def test_two_capitals_are_initials_only_before_a_surname_that_speaks_alone():
    article = parse_article(
        'A headline\n\nRJ Barrett scored 30. "We played well," Barrett said. '
        "The US Steel plant closed."
    )
    runs = [
        (s, [(m, _words(m.group())) for m in name_run_matches(s.text)]) for s in article.sentences
    ]
    speaking = frozenset({"Barrett"})
    assert initials(article.text, runs, speaking=speaking, he_next=frozenset()) == {"RJ"}
    # the same two capitals written elsewhere alone are an organisation's
    article = parse_article("A headline\n\nRJ Barrett scored 30. RJ said it was over.")
    runs = [
        (s, [(m, _words(m.group())) for m in name_run_matches(s.text)]) for s in article.sentences
    ]
    assert initials(article.text, runs, speaking=speaking, he_next=frozenset()) == set()


def test_two_capitals_after_titles_are_initials_too():
    # "Republican Sen. JD Vance ... Vance said": were dropped as an organisation's ("Vance")
    article = parse_article(
        "A headline\n\nRepublican Sen. JD Vance spoke first. Vance said the border was open."
    )
    runs = [
        (s, [(m, _words(m.group())) for m in name_run_matches(s.text)]) for s in article.sentences
    ]
    found = initials(article.text, runs, speaking=frozenset({"Vance"}), he_next=frozenset())
    assert found == {"JD"}
    assert name_and_titles(["Republican", "Sen.", "JD", "Vance"], initials=found)[0] == [
        "JD",
        "Vance",
    ]


def test_two_capitals_after_a_places_office_before_a_surname_acting_alone_are_initials():
    # "Nunavut Premier P.J. Akeeagok ... Akeeagok made the request": the place before the
    # office was no title, and a surname that acts alone shows a person as one that speaks
    # does (the initials were an organisation's, the premier no one, and his "he" Carney's)
    from analysis import extract_quotes

    article = parse_article(
        "A headline\n\nIQALUIT — Nunavut Premier P.J. Akeeagok says the territory needs "
        "$500 million.\n\nAkeeagok made the request in a letter to Prime Minister Mark Carney. "
        '"Overcrowding is at the root of our problems," he wrote.'
    )
    runs = [
        (s, [(m, _words(m.group())) for m in name_run_matches(s.text)]) for s in article.sentences
    ]
    acting = frozenset({"Akeeagok"})
    assert initials(article.text, runs, speaking=acting, he_next=frozenset()) == {"P.J."}
    # the he may be the premier's, of no sex the article shows: not Carney's
    assert extract_quotes(article)["speaker"].tolist() == ["P.J. Akeeagok", None]
