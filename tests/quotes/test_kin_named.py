"""People named by a given name after a kin word (analysis.quotes.kin_named), read by hand."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.quotes.kin_named import _KIN_NAME, _kin_names, kin_named
from analysis.quotes.people import People


def _kin(text: str):
    article = parse_article(text)
    return article, kin_named(article, sentence_index=People(article).sentence_index,
                              taken=lambda start, end: [])  # fmt: skip


def test_a_given_name_after_a_kin_word_and_where_it_opens_a_sentence_again():
    text = (
        "Tom Kavanagh runs the shop. His grandson, Liam, helps on Saturdays.\n\n"
        "Liam, 19, is studying engineering. But Liam has doubts. He met Liam Payne once, "
        "and four years later, Liam left."
    )
    article, found = _kin(text)
    assert [(k.name, k.kin, k.subject) for k in found] == [("Liam", "grandson", True)]
    again = [article.text[start:end] + f"@{start}" for start, end, _ in found[0].again]
    # the sentence openings only: not "Liam Payne", not inside a sentence, not "But Liam"
    assert again == [f"Liam@{article.text.index('Liam, 19')}"]


def test_a_name_in_another_sentence_than_its_kin_word_or_a_month_is_no_one():
    _, found = _kin("Her son was there.\n\nAdam said no. Their daughter, May, left.")
    assert found == []


def test_a_kin_named_person_named_in_full_later_is_that_person():
    # "his father, Jack," and "Jack Kavanagh" were two people ("Jack" and "Jack Kavanagh")
    article = parse_article(
        "Tom Kavanagh, 71, started working for his father, Jack, at 12.\n\n"
        "Jack Kavanagh died in 1994. Kevin Kavanagh, a cousin, ran the shop after.\n"
    )
    people = People(article)
    at = article.text.index("Jack,")
    kin = next(m for m in people.mentions if m.start == at)
    assert kin.name == "Jack Kavanagh"
    # guard: two full names opening with the given name leave it as written
    article = parse_article(
        "Tom Li worked for his father, Jack, at 12.\n\nJack Li died. Jack Chen bought it.\n"
    )
    people = People(article)
    kin = next(m for m in people.mentions if m.start == article.text.index("Jack,"))
    assert kin.name == "Jack"


@pytest.mark.parametrize(
    "text",
    [
        "His wife, Farah, is here. Her son Adam and his grandson Tom met her fiancée Marie.",
        "A person Adam, Johnson Adam and the seasoned WIFE Ann",
        "Their nine-month-old child, Gloria, and her cousin Maria met my stepson Tom.",
        "",
    ],
)
def test_kin_names_are_the_patterns_matches(text):
    assert [m.span() for m in _kin_names(text)] == [m.span() for m in _KIN_NAME.finditer(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # every kin word of the language: a child, a baby, a cousin, an aunt, a stepson
        ("their nine-month-old child, Gloria. Her cousin Maria and his aunt, Rose, and "
         "my stepson Tom came, with baby Noah.", ["Gloria", "Maria", "Rose", "Tom", "Noah"]),
        # no name after the kin word, or one of several capitalised words
        ("the child said so. His uncle Sam Smith came.", []),
    ],
)  # fmt: skip
def test_a_given_name_after_a_kin_word_is_found(text, names):
    assert [m["name"] for m in _kin_names(text)] == names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a kin word owned by a surname the article gives in full: the family's name (was
        # "Kathleen" alone)
        ("Devinder Sandhu killed Erin Walsh, 29. Walsh's sister, Kathleen, read a statement.",
         "Kathleen Walsh"),
        # guards: a partner need not share it; an owner no full name explains; the full name
        # written later wins
        ("Erin Walsh, 29, died. Walsh's fiancée, Mary, read a statement.", "Mary"),
        ("Walsh's sister, Kathleen, read a statement.", "Kathleen"),
        ("Erin Walsh died. Walsh's sister, Kathleen, spoke. Kathleen Moore is a nurse.",
         "Kathleen Moore"),
    ],
)  # fmt: skip
def test_a_given_name_after_a_surnames_kin_word_takes_the_surname(text, person):
    article = parse_article(f"A headline\n\n{text}\n")
    people = People(article)
    assert [k.person for k in kin_named(
        article,
        sentence_index=people.sentence_index,
        taken=lambda start, end: [],
        full_names=[(m.start, m.name) for m in people.mentions if " " in m.name],
    ) if k.kin] == [person]  # fmt: skip
