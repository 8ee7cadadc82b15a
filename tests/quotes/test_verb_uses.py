"""When a speech verb's word reports nothing (``analysis.quotes.verb_uses``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes.verb_uses import _last_words, _verb_is_a_noun_or_passive, asked_about


def _letter_by_letter(text: str, count: int) -> list[str]:
    """The last words as a reader walking back a letter at a time takes them."""
    if not text[-1:].isspace():
        return []
    words: list[str] = []
    end = len(text.rstrip())
    while len(words) < count and end > 0:
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’_"):
            start -= 1
        if start == end:
            break
        words.insert(0, text[start:end])
        if start == 0 or not text[start - 1].isspace():
            break
        end = len(text[:start].rstrip())
    return words


@given(st.text(alphabet="ab1_'’ \t\n,—.é", max_size=14), st.integers(min_value=1, max_value=3))
def test_last_words_are_those_a_letter_by_letter_walk_finds(text, count):
    assert _last_words(text, count) == _letter_by_letter(text, count)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the mayor ", ["the", "mayor"]),
        ("libertarians—to ", ["to"]),  # a dash before the word: no word before it counts
        ("Reyes, ", []),  # ends in a comma
        ("Reyes said", []),  # no white space at the end: the verb is not next
        ("O'Brien’s aides ", ["O'Brien’s", "aides"]),
    ],
)
def test_last_words_by_hand(text, words):
    assert _last_words(text) == words


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The decision was ", True),  # a passive: "was announced"
        ("The decision was quietly ", True),
        ("Clinton went on to ", False),  # "went on to say": speech
        ("He made ", True),  # "made pledges": a noun
        ("Trump's ", True),  # "Trump's promise"
        ("Reyes ", False),
        # a possessive or an article, then a modifier only nouns take: a noun ("tweet")
        ("Donald Trump's first ", True),
        ("her own ", True),
        ("the campaign's earlier ", True),
        ("a signed ", True),
        ("cited the tax as a major ", True),  # "a major reason": a noun
        ("the main ", True),
        # an ordinal after an article is a count, the subject of the verb ("a third say")
        ("Nearly a third ", False),
        ("The first ", False),
        ("The mayor first ", False),
        # a hyphenated name's last part is no preposition ("Moon Jae-in said": was a noun)
        ("South Korean President Moon Jae-in ", False),
        # a verb, then a party's or a nation's adjective: the word is a noun ("claims")
        ("Gina McCarthy rejected Republican ", True),
        ("He dismissed Russian ", True),
    ],
)
def test_verb_is_a_noun_or_passive(lead, expected):
    assert _verb_is_a_noun_or_passive(lead) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # in what someone was asked: the verb after reports nothing
        ("Asked whether he ", True),
        ("When asked what she ", True),
        ("Popovich, asked by reporters how he ", True),
        ("Ann Lee asked him whether he ", True),
        ("Asked about Trump's claim that he ", True),
        # in any question "whether" opens (were reports: "pressed ... on whether he still
        # believed women should not serve")
        ("Sen. Ann Lee pressed Tom Li on whether he still ", True),
        ("It is unclear whether Tom Li still ", True),
        ("Tom Li did not say whether he ", True),
        ("Whether or not he wins, Tom Li ", False),  # past the question: his
        ("Tom Li wondered whether to run and ", False),
        # past the question: the one asked answers
        ("Asked what she thought, Ann Lee ", False),
        ("Ann Lee was asked about the plan and ", False),  # what she did after
        ("Ann Lee asked that the board ", False),  # a request, no question
        ("Ann Lee ", False),
    ],
)
def test_a_verb_in_what_someone_was_asked(lead, expected):
    assert asked_about(lead) is expected


def test_what_someone_was_asked_is_no_report_and_their_answer_is():
    from analysis import parse_article
    from analysis.quotes import extract_quotes

    article = parse_article(
        "date 2024-01-15 Headline\n\nAsked whether he thought the team could win, Popovich "
        "said no.\n\nAsked what she thought, Ann Lee said the plan was bad.\n"
    )
    quotes = extract_quotes(article)
    # were "the team could win, Popovich said no" by Popovich and "Ann Lee said the plan
    # was bad" by no one
    assert list(zip(quotes["quote"], quotes["speaker"], strict=True)) == [
        ("the plan was bad", "Ann Lee")
    ]


@pytest.mark.parametrize(
    ("lead", "verb", "expected"),
    [
        # a speech verb in -ing after its subject and "be" (matched from "is"): a progressive
        ("Donald Trump ", "insisting", False),
        ("Police ", "warning", False),
        # but a free relative opening the sentence: what was said is its subject
        ("What he ", "saying", True),
        ("All she ", "saying", True),
    ],
)
def test_a_progressive_speech_verb_reports_unless_what_opens(lead, verb, expected):
    assert _verb_is_a_noun_or_passive(lead, verb) is expected
