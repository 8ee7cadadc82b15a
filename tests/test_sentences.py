"""Sentence splitting of news text."""

from __future__ import annotations

import pytest

from analysis import sentence_spans


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Mark Milley met Mr. Smith in the U.S. Army base. It rained.",
            ["Gen. Mark Milley met Mr. Smith in the U.S. Army base.", "It rained."],
        ),
        (
            "The talks began Aug. 7 at 10 a.m. local time. Growth was 1.1 percent.",
            ["The talks began Aug. 7 at 10 a.m. local time.", "Growth was 1.1 percent."],
        ),
        ("He is No. 2 in the party. She is not.", ["He is No. 2 in the party.", "She is not."]),
        # "Cos." (companies) ends no sentence before the company's "Ltd." (was two)
        (
            "Loblaw Cos. Ltd. on Thursday reported a profit.",
            ["Loblaw Cos. Ltd. on Thursday reported a profit."],
        ),
        (
            "“We left,” he said. “It was over.” Then silence.",
            ["“We left,” he said.", "“It was over.”", "Then silence."],
        ),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("Troops left the U.S. He said so.", ["Troops left the U.S.", "He said so."]),
        ('"Done." Next one.', ['"Done."', "Next one."]),
        # a number after a month or "No." stays with it, even before a closing quote
        (
            "``He stays until Feb. 10.'' Then he goes.",
            ["``He stays until Feb. 10.''", "Then he goes."],
        ),
        ("“They rank No. 2.” We agree.", ["“They rank No. 2.”", "We agree."]),
        # the word "no" ends a sentence where no number follows; so do "vol." and "fig."
        (
            'He voted no. "It is a bad bill," he said.',
            ["He voted no.", '"It is a bad bill," he said.'],
        ),
        ("The answer was no. Then he left.", ["The answer was no.", "Then he left."]),
        ("See Vol. 3 of the set. Fig. 2 shows it.", ["See Vol. 3 of the set.", "Fig. 2 shows it."]),
        # an abbreviation inside brackets: no sentence starts with the bracket or after it
        # with a small letter
        (
            'Rep. Trey Gowdy (R-S.C.):"Who told you?" He left.',
            ['Rep. Trey Gowdy (R-S.C.):"Who told you?"', "He left."],
        ),
        (
            "Sen. Jack Reed (D-R.I.) said it would pass. Then he left.",
            ["Sen. Jack Reed (D-R.I.) said it would pass.", "Then he left."],
        ),
        ("It was big (about 3 ft.), and red.", ["It was big (about 3 ft.), and red."]),
        # a whole sentence in brackets still ends at its bracket
        ("(He left.) Then he came back.", ["(He left.)", "Then he came back."]),
    ],
)
def test_news_sentences(text, expected):
    assert split(text) == expected


def test_empty_text_has_no_sentences():
    assert sentence_spans("") == []


@pytest.mark.parametrize(
    "title", ["Coun.", "Const.", "Cst.", "Supt.", "Insp.", "Det. Sgt.", "Staff Sgt.", "Ald."]
)
def test_an_abbreviated_title_does_not_end_a_sentence(title):
    text = f'"It is over," said {title} Ann Lee. She left.'
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        f'"It is over," said {title} Ann Lee.',
        "She left.",
    ]


def test_every_title_abbreviation_of_the_quotes_is_a_sentence_abbreviation():
    from analysis.language.english.titles import TITLE_ABBREVIATIONS
    from analysis.sentences import ABBREVIATIONS

    assert {t.lower() for t in TITLE_ABBREVIATIONS} <= ABBREVIATIONS


@pytest.mark.parametrize(
    "text",
    [
        "Bonnie Henry, the B.C. health officer, said so.",
        "Dr. Bonnie Henry, B.C.'s provincial health officer, said so.",
        "Officials in P.E.I. said on Monday that the N.W.T. government agreed.",
        "The F.B.I. has said it had no information.",
    ],
)
def test_capitals_with_full_stops_before_a_lower_case_word_end_no_sentence(text):
    assert sentence_spans(text) == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "SURREY, B.C. — Two men have been charged after a robbery, police say.",
        "CORNER BROOK, N.L. -- The mill will close in March.",
        "TORONTO, Ont. – The Bank of Canada held rates on Wednesday.",
        "He left at 5 p.m. — and never came back.",
    ],
)
def test_a_dash_after_an_abbreviation_opens_no_sentence(text):
    """A dateline's province (the datelines were two sentences, the second opening with
    the dash; the last passes before too: a guard)."""
    assert sentence_spans(text) == [(0, len(text))]


def test_a_dash_after_a_sentence_may_open_one():
    """A tweet's signature after its text (a guard: the dash opens a sentence only after a
    dateline's place)."""
    text = "He is done. — The Associated Press (@AP) August 23, 2016"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He is done.",
        "— The Associated Press (@AP) August 23, 2016",
    ]


def test_capitals_with_full_stops_before_a_capital_may_still_end_a_sentence():
    text = "He works for the F.B.I. The agency did not comment."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He works for the F.B.I.",
        "The agency did not comment.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('Police arrived at 2 a.m. "It was chaotic," Brown said.', "Police arrived at 2 a.m."),
        ('He moved to the U.S. "It was hard," he said.', "He moved to the U.S."),
        ('She lives in Fresno, Calif. "I love it," she said.', "She lives in Fresno, Calif."),
    ],
)
def test_a_quotation_opening_after_an_abbreviation_that_is_no_title_starts_a_sentence(text, first):
    assert split(text)[0] == first


def test_a_nickname_in_quotation_marks_after_a_title_starts_no_sentence():
    text = 'Sen. "Tex" Smith spoke.'
    assert split(text) == [text]
