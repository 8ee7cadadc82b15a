"""Whose relative "Her mother" is (analysis.quotes.kin_owners), on made-up articles read by
hand."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article
from analysis.quotes.kin_owners import kin_by_relative, owned_kin
from analysis.quotes.people import People

FAMILY = (
    "Therese Roy, 61, took over the bakery in 1994.",
    "Her daughter, Chloe Gallant, has worked beside her since she was 15, and her mother, "
    "Yvonne Roy, now 89, still comes in on Saturdays.",
)


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    frame = extract_quotes(parse_article("A headline\n\n" + "\n\n".join(paragraphs)))
    return [
        (q, s if isinstance(s, str) else None)
        for q, s in zip(frame["quote"], frame["speaker"], strict=True)
    ]


def test_her_mother_after_a_sentence_about_the_daughter_is_the_daughters_mother():
    # "Her mother" was the one person described as a mother (Yvonne Roy, Therese's mother),
    # and the "she" after it went with her
    found = _speakers(
        *FAMILY,
        "Gallant set up online orders, and within a year the bakery was busier than before. "
        "Her mother admits she was skeptical.",
        '"I told her nobody buys bread on a telephone," she says.',
    )
    assert found == [
        ("she was skeptical", "Therese Roy"),
        ("I told her nobody buys bread on a telephone", "Therese Roy"),
    ]


@pytest.mark.parametrize(
    ("last", "speaker"),
    [
        # guards (pass on the code before too): the sentence before is about the same owner
        ("Roy set up online orders. Her mother says the shop is busier than ever.",
         "Yvonne Roy"),
        # or about no one: whose mother is not known, the one mother the article names
        ("The bakery nearly closed. Her mother says the shop is busier than ever.",
         "Yvonne Roy"),
    ],
)  # fmt: skip
def test_her_mother_stays_the_mother_named_when_the_owner_is_the_same_or_unknown(last, speaker):
    assert _speakers(*FAMILY, last) == [("the shop is busier than ever", speaker)]


def test_a_relative_of_another_owner_with_no_way_back_is_no_one():
    # Gallant's mother is not named, nor is Gallant anyone's daughter: no answer
    people = People(
        parse_article(
            "A headline\n\nTherese Roy, 61, runs the bakery. Her mother, Yvonne Roy, helps.\n\n"
            "Chloe Gallant set up online orders. Her mother admits she was skeptical."
        )
    )
    text = people.article.text
    at = text.index("Her mother admits")
    described = people.only_with_role("mother", at)
    assert described is not None and described.name == "Yvonne Roy"
    assert owned_kin(people, "mother", at, described) is None


def test_her_husband_is_the_man_named_with_her_under_one_surname():
    # "Jean and Marc Belanger ... Jean said. Her husband said" (was the description: the
    # owner spoke in a quotation's attribution, and no husband was described)
    found = _speakers(
        "In Kemptville, Jean and Marc Belanger spent the night in their car.",
        '"The house was at 11 degrees," Jean said. Her husband said they would go to a '
        "warming centre.",
    )
    assert found == [
        ("The house was at 11 degrees", "Jean Belanger"),
        ("they would go to a warming centre", "Marc Belanger"),
    ]


def test_his_wife_is_not_his_brother_named_with_him():
    # guard: "Dale and Kevin Wiebe" are men; Kevin's wife is someone else (as before)
    found = _speakers(
        "Dale and Kevin Wiebe run the farm.",
        '"It was a hard year," Kevin said. His wife said they might sell.',
    )
    assert found == [("It was a hard year", "Kevin Wiebe"), ("they might sell", "His wife")]


@pytest.mark.parametrize(
    ("body", "noun", "expected"),
    [
        # a relative clause gave the person the relative the kin noun stands in turn to
        # (was "the father" as written)
        ("Scott Thomas, whose son Evan died in the crash, spoke.", "father", "Scott Thomas"),
        ("Ann Li, whose teenage daughter was killed, spoke.", "mother", "Ann Li"),
        # guards: the kin noun's other sex; two such people; no relative clause
        ("Tom Li, whose daughter was killed, spoke.", "mother", None),
        ("Tom Li, whose son died, and Ray Dunn, whose daughter died, spoke.", "father", None),
        ("Tom Li spoke about his son.", "father", None),
    ],
)
def test_a_bare_kin_noun_names_whom_a_relative_clause_gave_that_relative(body, noun, expected):
    people = People(parse_article(f"date 2024-01-15 Headline\n\n{body} The {noun} wept.\n"))
    found = kin_by_relative(people, noun, people.article.text.index(f"The {noun}"))
    assert (None if found is None else found.name) == expected


def test_the_father_after_a_relative_clause_speaks():
    speakers = _speakers(
        "Scott Thomas, whose son Evan died in the crash, said no sentence could ease the "
        'grief. "There is no winning here," the father said.'
    )
    assert [name for _, name in speakers] == ["Scott Thomas", "Scott Thomas"]
