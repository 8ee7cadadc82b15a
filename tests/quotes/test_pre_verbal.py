"""What stands between a subject and its verb (``analysis.quotes.pre_verbal``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes.pre_verbal import _ADVERB, without_pre_verbal, without_trailing_adverbs

_WORDS = ["firmly", "also", "the", "Reyes", "said", "has", "family", "quickly", "Ann", "early"]


@given(
    st.lists(
        st.tuples(st.sampled_from(["", " ", "  ", "\n", "\t "]), st.sampled_from([*_WORDS, ""])),
        max_size=7,
    ),
    st.sampled_from(["", " ", "\n"]),
)
def test_trailing_adverbs_go_as_the_pattern_would_take_them(pieces, tail):
    text = "".join(space + word for space, word in pieces) + tail
    pattern = re.compile(rf"(?:\s+{_ADVERB})+\s*$")
    assert without_trailing_adverbs(text) == pattern.sub("", text)


def test_trailing_adverbs_go_but_a_noun_in_ly_stays():
    assert without_trailing_adverbs(" Ann Reyes firmly also") == " Ann Reyes"
    assert without_trailing_adverbs("Lawyers for the family") == "Lawyers for the family"
    assert without_trailing_adverbs("firmly") == "firmly"  # no space before: not taken


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Microsoft on Thursday", "Microsoft"),
        ("The company last Friday night", "The company"),
        ("The company earlier this year", "The company"),
        ("The State Department less than two weeks ago", "The State Department"),
        ("Officials three days later", "Officials"),
        ("Polls at the time", "Polls"),
        ("Gore's close friends and allies have in the past", "Gore's close friends and allies"),
        ("Clinton in recent weeks has", "Clinton"),
        ("Clinton in March 2015", "Clinton"),
        ("The agency in 2014", "The agency"),
        ("Right Wing Watch first", "Right Wing Watch"),
        ("Trump did not", "Trump"),
        ("Trump has long", "Trump"),
        ("Clinton herself has", "Clinton"),
        ("Bryne went on to", "Bryne"),
        ("The email goes on to", "The email"),
        ("The mayor was quick to", "The mayor"),
        ("Reid continued to", "Reid"),
        ("Ann Reyes firmly also", "Ann Reyes"),
    ],
)
def test_what_belongs_to_the_verb_leaves_the_subject(text, subject):
    assert without_pre_verbal(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        "The first",  # a determiner left: no subject
        "Obama's first",  # a possessive left
        "The day before",  # a time with no count is the subject's own words here
        "Officials in Ohio",  # a place, not a time
        "The Class of 2015",
        "A group used",  # no "to" after
        "A court document filed Thursday",  # the participle's time
        "A poll released last week",
        "",
    ],
)
def test_a_subject_that_would_lose_its_head_stays_whole(text):
    assert without_pre_verbal(text) == text


def test_words_that_all_belong_to_the_verb_leave_no_subject():
    assert without_pre_verbal("has") == ""
    assert without_pre_verbal("has since") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised modal after a name is a surname (was "Elizabeth", "may" cut)
        ("Elizabeth May", "Elizabeth May"),
        ("Theresa May", "Theresa May"),
        # guard: the modal in lower case goes
        ("The minister may", "The minister"),
    ],
)
def test_a_capitalised_modal_ends_a_name(text, expected):
    from analysis.quotes.pre_verbal import without_pre_verbal

    assert without_pre_verbal(text) == expected


def test_a_capitalised_adverb_opening_a_sentence_still_goes():
    # guard: "Just say your favorite wine": "Just" opens the sentence, no name before it (was
    # read as a speaker once capitalised modals after names were kept)
    from analysis.quotes.pre_verbal import without_pre_verbal

    assert without_pre_verbal("Just") == ""
