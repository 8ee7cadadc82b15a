"""Who an article introduces by a description (analysis.quotes.introductions), read by
hand."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article
from analysis.quotes.introductions import introduces


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("They were greeted by an organizer at a field office.", "organizer", True),
        ("Police arrested a 45-year-old man on Friday.", "man", True),
        ("One nurse quit.", "nurse", True),
        ("The organizer left.", "organizer", False),
        ("An organization said so.", "organizer", False),
    ],
)
def test_a_newcomer_is_introduced_by_a_an_or_one(text, word, expected):
    assert introduces(text, word) is expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a woman introduced in the lede, a judge (a woman) named right before: "the woman"
        # is the newcomer, kept as the description (was the judge)
        ("TORONTO — Two men were convicted of forcing a young woman to work in hotels.\n\n"
         "Justice Maria Linhares de Sousa found the men had controlled her money.\n\n"
         "The woman, now 23, said in a statement that she was rebuilding her life.",
         "the woman"),
        # a guard: the description a name's appositive gave ("Ann Reyes, a woman who ...")
        ("TORONTO — Ann Reyes, a woman who runs a shelter, spoke first.\n\n"
         "The woman said that the beds were full.", "Ann Reyes"),
    ],
)  # fmt: skip
def test_a_description_of_sex_stands_for_the_newcomer_it_introduced(body, speaker):
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    assert frame["speaker"].iloc[-1] == speaker
