"""Whether a run of capitals names an organisation (analysis.quotes.organisation_names),
read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.names import split_name
from analysis.quotes.organisation_names import names_organisation


@pytest.mark.parametrize(
    ("words", "after", "expected"),
    [
        (["Fraser", "Institute"], "", True),  # an organisation's word
        (["Canada"], " and Bombardier Corp.", True),  # "and" joins it to one
        # a nation alone: what is left of "Health Canada" once "Health" went as a title
        (["Canada"], "", True),
        # guards: a nation that is a given name too; a person's name
        (["Jordan"], "", False),
        (["Israel"], "", False),
        (["Ann", "Reyes"], "", False),
    ],
)
def test_a_run_that_names_an_organisation(words, after, expected):
    assert names_organisation(words, after, frozenset()) is expected


def test_a_surname_that_is_an_organisations_word_names_a_person():
    assert names_organisation(["Per", "Bank"], " said", frozenset({"Bank"})) is False
    assert names_organisation(["Bank"], " of Montreal", frozenset({"Bank"})) is True


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a department named for the nation (was "Canada", its role "Health")
        ("Health Canada", (None, None)),
        ("Public Health Ontario", (None, None)),  # a province (was "Ontario")
        # after a word taken for a title, a place after words that are no given names ends
        # an agency's name (was "Quality Ontario", its role "Health")
        ("Health Quality Ontario", (None, None)),
        ("a report released Wednesday by Health Quality Ontario", (None, None)),
        # guards: no title before it (the name stands, an organisation's or not); a given
        # name before it; a place that is a common surname too
        ("Statistics Canada", ("Statistics Canada", None)),
        (
            "Pipeline operator Plains Midstream Canada",
            ("Plains Midstream Canada", "Pipeline operator"),
        ),
        ("Health Minister Mark Holland", ("Mark Holland", "Health Minister")),
        ("Gov. Ann Georgia", ("Ann Georgia", "Gov.")),
        ("Gov. Denzel Washington", ("Denzel Washington", "Gov.")),
        # an affiliation whose name holds commas (was "Consumer Products")
        (
            "Michael Graydon, chief executive of Food, Health and Consumer Products of Canada,",
            ("Michael Graydon", "chief executive of Food, Health and Consumer Products of Canada"),
        ),
        # a Welsh particle inside the name (was the whole phrase a name)
        (
            "CMHC deputy chief economist Aled ab Iorwerth",
            ("Aled ab Iorwerth", "CMHC deputy chief economist"),
        ),
        # guard: a title and a given name that is a nation's too
        ("Coach Jordan", ("Jordan", "Coach")),
    ],
)
def test_a_department_of_a_nation_is_no_persons_name(phrase, expected):
    assert split_name(phrase) == expected
