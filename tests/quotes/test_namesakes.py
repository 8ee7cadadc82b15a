"""Whom a lone surname stands for when several people share it
(``analysis.quotes.namesakes``), on made-up texts."""

from __future__ import annotations

import pytest

from analysis.quotes.namesakes import courtesy_sexes, may_stand_for, primary_namesake


def test_the_person_introduced_first_is_the_lone_surname():
    text = "Carly Fiorina spoke. Her husband, Frank Fiorina, sat nearby. Fiorina said no."
    assert primary_namesake(["Carly Fiorina", "Frank Fiorina"], text) == "Carly Fiorina"


def test_one_person_written_two_ways_is_no_choice_to_make():
    text = "Donald Trump spoke. Donald J. Trump signed. Trump left."
    assert primary_namesake(["Donald Trump", "Donald J. Trump"], text) is None
    assert primary_namesake(["Donald Trump"], text) is None


def test_someone_called_by_the_given_name_is_never_the_lone_surname():
    # the boy is "Elian" three times, "Gonzalez" alone once: the father is "Gonzalez"
    text = (
        "Elian Gonzalez played. Juan Miguel Gonzalez arrived. Elian smiled. Elian ran. "
        "Gonzalez said he missed Elian."
    )
    names = ["Elian Gonzalez", "Juan Miguel Gonzalez"]
    assert primary_namesake(names, text) == "Juan Miguel Gonzalez"


def test_a_courtesy_titles_gender_keeps_only_the_people_of_that_gender():
    text = "Bill Clinton spoke. Hillary Clinton spoke. Mrs. Clinton said no."
    names = ["Bill Clinton", "Hillary Clinton"]
    assert primary_namesake(names, text) == "Bill Clinton"
    assert primary_namesake(names, text, gender="f") == "Hillary Clinton"


def test_a_title_before_the_surname_is_the_surname_alone():
    # "Freddy" six times, "Donald" once, the surname alone (with "Mr.") twice: the brother is
    # "Freddy", and "Mr. Trump" the man named in full next (was neither: "Mr." was counted as
    # a given name, so both seemed to be called by their given names)
    text = (
        "Freddy Trump was the eldest. Donald J. Trump was younger. Donald was 8. Freddy flew "
        "planes. Freddy drank. Freddy left. Freddy died. Freddy was missed. Mr. Trump spoke. "
        "Mr. Trump said no."
    )
    names = ["Freddy Trump", "Donald J. Trump"]
    assert primary_namesake(names, text, gender="m") == "Donald J. Trump"


def test_the_courtesy_titles_of_a_surname_are_found_with_their_sex():
    text = "Mr. Trump met Mrs. Clinton, Ms Ray and Miss Lee. AMr. Fox is no title."
    assert courtesy_sexes(text) == {
        "Trump": [(0, "m")], "Clinton": [(14, "f")], "Ray": [(28, "f")], "Lee": [(39, "f")],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("full", "titled", "courtesy", "sex", "expected"),
    [
        ("Melania Trump", frozenset(), "m", None, False),  # "Mr. Trump": another person
        ("Donald Trump", frozenset(), "m", None, True),
        ("Michelle Obama", frozenset({"m"}), None, None, False),  # "Mr. Obama" since
        ("Michelle Obama", frozenset({"f"}), None, None, True),
        ("Giovanni Maria Vian", frozenset(), "m", None, True),  # the first given name's sex
        ("Xiu Nguyen", frozenset({"m"}), None, None, True),  # unknown sex: any
        ("Xiu Nguyen", frozenset({"m"}), None, "f", False),  # the sex the article shows
    ],
)
def test_a_surname_stands_for_a_full_name_of_its_titles_sex(full, titled, courtesy, sex, expected):
    assert may_stand_for(full, titled, courtesy, sex=sex) is expected
