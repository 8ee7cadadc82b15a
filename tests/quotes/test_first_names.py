"""First names alone (analysis.quotes.first_names): whom a lone given name stands for, read
by hand."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.quotes import extract_quotes
from analysis.quotes.people import People


def _names(body: str) -> list[tuple[str, str]]:
    """Each person mention of ``body`` as written, and the name it stands for."""
    people = People(parse_article(f"A headline\n\n{body}\n"))
    text = people.article.text
    return [(text[m.start : m.end], m.name) for m in people.mentions if m.named]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lone given name after the full name it opens (was no mention)
        ("Kevin Wiebe farms near Swift Current. Kevin kicks at the dirt.",
         [("Kevin Wiebe", "Kevin Wiebe"), ("Kevin", "Kevin Wiebe")]),
        # two people who share a surname, named by their first names
        ("Dale and Kevin Wiebe farm 3,000 acres. Dale, 64, is the talker.",
         [("Dale", "Dale Wiebe"), ("Kevin Wiebe", "Kevin Wiebe"), ("Dale", "Dale Wiebe")]),
        # two full names open with it: nobody sure
        ("Kevin Wiebe met Kevin Lau. Kevin kicks at the dirt.",
         [("Kevin Wiebe", "Kevin Wiebe"), ("Kevin Lau", "Kevin Lau")]),
        # before the full name, or a word no given-name list knows: no mention
        ("Kevin kicks at the dirt. Kevin Wiebe farms.", [("Kevin Wiebe", "Kevin Wiebe")]),
        ("Sen. Jagmeet Singh spoke. Jagmeet smiled.", [("Jagmeet Singh", "Jagmeet Singh")]),
    ],
)  # fmt: skip
def test_a_lone_given_name_stands_for_the_one_full_name_it_opens(body, expected):
    assert _names(body) == expected


def test_he_after_a_first_name_subject_is_that_person_not_the_last_speaker():
    # the sentence before the quotation opens with "Kevin": he is Kevin (was Dale)
    text = (
        "Farm feature\n\nDale and Kevin Wiebe have farmed for 40 years.\n\n"
        '"Our dad farmed through the Dirty Thirties," Dale says.\n\n'
        'Kevin kicks at the dirt. "We\'ll get some of it off," he says.\n'
    )
    frame = extract_quotes(parse_article(text))
    assert frame["speaker"].tolist() == ["Dale Wiebe", "Kevin Wiebe"]


def test_a_given_name_beside_a_known_one_before_a_shared_surname_names_a_person():
    # "Farid and Zarmina Rahimi": Zarmina, which no list knows, is a given name too, and
    # alone later she is Zarmina Rahimi (her "she" was empty)
    from analysis import extract_quotes, parse_article

    frame = extract_quotes(
        parse_article(
            "A headline\n\nFarid and Zarmina Rahimi opened the restaurant last month.\n\n"
            "Zarmina runs the front of the restaurant. She said the first weeks were hard."
        )
    )
    assert frame["speaker"].tolist() == ["Zarmina Rahimi"]


def test_paired_given_names_need_a_known_first_name():
    from analysis.quotes.first_names import paired_given_names

    assert paired_given_names("Farid and Zarmina Rahimi opened it.") == {
        "Zarmina": "Zarmina Rahimi"
    }
    assert paired_given_names("Smith and Wesson Holdings opened it.") == {}
    # the owner's mark after the surname is no part of it (was "Alice MacKay's")
    assert paired_given_names("Tom and Alice MacKay's farmhouse") == {"Alice": "Alice MacKay"}


def test_a_shared_surname_is_the_surname_without_its_owners_mark():
    from analysis.quotes.first_names import shared_surnames

    assert shared_surnames("the forge behind Tom and Alice MacKay's farmhouse") == [
        (17, "Tom", "MacKay")
    ]


def test_two_given_names_no_list_knows_are_a_couples_where_each_stands_alone():
    from analysis.quotes.first_names import paired_given_names, shared_surnames

    text = (
        'Harj and Manjit Dhaliwal lost 300 cows. "Everybody told us to sell," Manjit said. '
        "Harj, 58, says the insurance covered less than a third."
    )
    # were no one's: neither "Harj" nor "Manjit" is on a list
    assert paired_given_names(text) == {"Manjit": "Manjit Dhaliwal", "Harj": "Harj Dhaliwal"}
    assert shared_surnames(text) == [(0, "Harj", "Dhaliwal")]
    # guards: one of them never alone; a common word ("Smith and Wesson Holdings")
    assert paired_given_names("Harj and Manjit Dhaliwal lost cows. Manjit said so.") == {}
    assert paired_given_names("Wait and See Holdings. Wait, they said. See it.") == {}


def test_a_couple_called_by_their_given_names_speaks_by_their_full_names(speakers):
    body = (
        "Harj and Manjit Dhaliwal lost 300 cows in the flood.\n\n"
        '"Everybody told us to sell," Manjit said.\n\n'
        "Harj, 58, says the insurance covered less than a third of the damage."
    )
    assert speakers(body) == ["Manjit Dhaliwal", "Harj Dhaliwal"]


def test_a_name_inside_a_full_name_stands_for_it(speakers):
    body = (
        "Brazilian President Luiz Inácio Lula da Silva urged both sides to negotiate. "
        '"There is no military solution," Lula said.'
    )
    # was "Inácio Lula", the words the text wrote before "Lula"
    assert speakers(body) == ["Luiz Inácio Lula da Silva"]


def test_a_surname_with_the_given_name_written_before_it_elsewhere():
    from analysis.quotes.first_names import written_in_full

    text = "He met the ministers of Bronislaw Geremek of Poland. Geremek said no."
    assert written_in_full(text, "Geremek", text.index("Geremek said")) == "Bronislaw Geremek"
    # guard: two given names before it: no single person
    text = "Ann Reyes and Tom Reyes met. Reyes said no."
    assert written_in_full(text, "Reyes", text.index("Reyes said")) is None


def test_the_members_of_a_family_named_by_its_surname_are_people_of_that_surname(speakers):
    # "The Vo sisters ... Linh, the eldest, ... Thu, the youngest, ...": lone given names no
    # list knows, each opening a sentence, of the family's sex (were no one's: the "she"
    # of Thu's quotation went to Linh)
    body = (
        "SASKATOON — The Vo sisters did not plan to open a restaurant. Linh, the eldest, was a "
        "pharmacist. Thu, the youngest, was still in university.\n\n"
        '"We said we\'d do it for six months," Linh says.\n\n'
        'Thu handles the books. "I\'m the one who does the taxes," she says.'
    )
    assert speakers(body) == ["Linh Vo", "Thu Vo"]


def test_family_members_need_one_family_of_siblings_and_a_word_that_may_be_a_name():
    from analysis.quotes.first_names import family_members

    text = "The Vo sisters run a shop. Linh cooks. Boating is fun. Then they close."
    assert family_members(text, ["Linh", "Boating", "Then", "Vo"]) == {"Linh"}
    # guards: a public figure's family (named in full), two families, no family
    assert family_members("The Bush family met. Jeb spoke.", ["Jeb"]) == frozenset()
    assert family_members("The Vo sisters and the Le brothers. Linh cooks.", ["Linh"]) == (
        frozenset()
    )
    assert family_members("Linh cooks.", ["Linh"]) == frozenset()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Donald Trump", True), ("Ann Reyes", True), ("Bernie Sanders", False),
     ("Metro Research", False),
     ("Morgan Stanley", False), ("Sanders", False)],
)  # fmt: skip
def test_a_first_name_shown_is_a_census_given_name_of_one_sex(name, expected):
    from analysis.quotes.first_names import first_name_shown as _first_name_shown

    assert _first_name_shown(name) is expected


def test_a_couples_known_given_name_that_is_also_a_places_still_pairs_with_an_unknown_one():
    from analysis.quotes.first_names import paired_given_names, shared_surnames

    text = (
        "Gord and Linda Pritchard have housed 17 players. Gord handles the driving. "
        '"It\'s about the kids," Linda says.'
    )
    # were no one's: Gord is on no list, and Linda is a town in California too
    assert shared_surnames(text) == [(0, "Gord", "Pritchard")]
    assert paired_given_names(text)["Gord"] == "Gord Pritchard"
    # guard: a place no list knows for a given name still is none ("Dallas and Austin Lee")
    assert shared_surnames("Waco and Austin Lee met. Waco won. Austin lost.") == []
