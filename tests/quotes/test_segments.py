"""What a part of a speaker phrase set off by commas is (analysis.quotes.segments), read by
hand."""

from __future__ import annotations

import pytest

from analysis.quotes.segments import (
    _clean,
    _continues_place,
    _describes_a_name_before,
    _given_named,
    _is_lone_name,
    _is_person_name,
    _names_the_organisation_before,
    _titled_name,
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Gabriel Sherman", True),  # a given name and a surname
        ("Sen. Reyes", True),  # a title and a name
        ("Angie Drobnic Holan", True),  # a census given name
        ("North-Rhine Westphalia", False),
        ("Manchester", False),  # one word: no given name and surname
        ("the mayor", False),
    ],
)
def test_a_phrase_is_a_name_by_its_words_with_a_given_name_or_a_title(phrase, expected):
    assert _given_named(phrase) is expected


def test_a_description_after_a_name_is_its_appositive():
    assert _describes_a_name_before(["Paul Klein", "the company's founder"], 1,
                                    "the company's founder")  # fmt: skip
    assert _describes_a_name_before(["Cruz", "the only candidate"], 1, "the only candidate")
    # a phrase a preposition opens the sentence with is not described
    assert not _describes_a_name_before(["As for Mr. Kim", "the staff letter"], 1,
                                        "the staff letter")  # fmt: skip


def test_names_and_lone_names_are_nothing_else():
    assert _is_person_name("Chris Covert") and not _is_person_name("Late Monday")
    assert _is_lone_name("Cruz") and not _is_lone_name("Indeed")
    assert _clean(' and "Reyes, ') == "Reyes"


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("retired RCMP officer Gary Thompson", True),
        ("former deputy attorney general Doug Scott", True),
        ("top Obama aide David Plouffe", True),
        ("Army Capt. Christian Pardo", False),  # capitalised: a name segment of its own
        ("said Army Capt. Christian Pardo", False),  # a verb before the office
        ("he studied under Wayne Barrett", False),  # "under" is a title only capitalised
        ("praising opposition leader Tom Li", False),  # a participial phrase
        ("joined by party leader Tom Li", False),
        ("like top Obama aide David Plouffe", False),  # an example
    ],
)
def test_an_office_and_a_name_make_a_titled_name(segment, expected):
    assert _titled_name(segment) is expected


@pytest.mark.parametrize(
    ("previous", "segment", "expected"),
    [
        ("a neurologist at the University of California", "San Diego", True),
        ("an African-American delegate from Houston", "Texas", True),
        ("Speaking earlier Tuesday in Florida", "Trump", False),  # an opening phrase
        ("a farmer from Brandon", "Dale Wiebe", False),  # a person's name
        ("that she is not fit to serve as President of the United States", "Carson", False),
    ],
)
def test_a_place_goes_on_only_after_a_description_ending_in_one(previous, segment, expected):
    assert _continues_place(previous, segment) is expected


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        # a name set off after an organisation a preposition opens names the organisation
        (["A lawyer for the company", "Park Lane Properties"], True),
        (["A spokesperson for the union", "the Ontario Nurses' Association"], True),
        # a person's name there is the one the phrase describes; no organisation before it
        (["A lawyer for the company", "Stuart Nguyen"], False),
        (["A lawyer for the family", "Park Lane Properties"], False),
        (["The company's lawyer", "Park Lane Properties"], False),
        # the phrase opening the sentence: the name after it is the subject's
        (["In a letter to the Speaker of the Senate", "Martin"], False),
    ],
)
def test_a_name_set_off_after_an_organisation_names_it(segments, expected):
    assert _names_the_organisation_before(segments, 1, segments[1]) is expected


def test_the_description_of_someone_for_an_organisation_speaks_not_the_organisation(speakers):
    # (was "Park Lane Properties", the company, as the lawyer)
    assert speakers(
        "TORONTO — A landlord has been fined $80,000.\n\nA lawyer for the company, Park Lane "
        "Properties, told the court the repairs had been delayed by a shortage of contractors."
    ) == ["a lawyer for the company"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body's description set off after a name no list knows: the name speaks (was
        # "an advocacy group")
        ("Animal Justice, an advocacy group, said the zoo should not keep large animals.",
         "Animal Justice"),
        # a description set off after a role or a person's noun: the first speaks (was "a
        # former teacher")
        ("The mayor, a former teacher, said the budget was fine.", "the mayor"),
        ("The victim's mother, a nurse, said she was angry.", "the victim's mother"),
        # guards: an opening phrase, a name before
        ("On Monday, a spokesman said the budget was fine.", "a spokesman"),
        ("His lawyer, Jane Smith, said the budget was fine.", "Jane Smith"),
        ("The state NAACP president, the Rev. William Barber, said the law was unfair.",
         "William Barber"),
    ],
)  # fmt: skip
def test_a_description_set_off_after_a_subject_describes_it(sentence, speaker, speakers):
    assert speakers(f"HALIFAX — {sentence}") == [speaker]
