"""Speaker phrases turned into speakers (``analysis.quotes.resolution``): what a phrase the
attribution rules hand over resolves to, and what resolves to no one."""

from __future__ import annotations

import pytest

from analysis import Document, parse_article
from analysis.quotes.resolution import _Speakers

ARTICLE = parse_article(
    "date 2024-01-15 Headline\n\nMayor Ann Reyes opened the bridge on Monday. "
    "The council approved it.\n"
)


@pytest.fixture
def speakers():
    return _Speakers(Document(ARTICLE))


@pytest.mark.parametrize(
    "phrase",
    # conjunctions and connectives, gerunds, marks, pronouns that are no subject
    ["Or", "Then", "casting", "<", ")", "her", "His", "him", "them", "their"],
)
def test_a_word_that_describes_no_one_resolves_to_no_one(speakers, phrase):
    at = ARTICLE.text.index("The council")
    assert speakers.resolve(phrase, at).speaker is None


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Reyes", "Ann Reyes"),
        ("the council", "the council"),
        ("Officials", "Officials"),
        # a capitalised word in -ing may be a surname: names are not checked as gerunds
        ("Manning", "Manning"),
    ],
)
def test_names_and_descriptions_still_resolve(speakers, phrase, speaker):
    at = ARTICLE.text.index("The council")
    assert speakers.resolve(phrase, at).speaker == speaker
