"""Paragraphs of plain text: blank lines, single newlines, hard wrapping, lists, headings."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis.sources.layout import (
    dateline_date,
    front_matter,
    is_canonical,
    is_hard_wrapped,
    is_page_chrome,
    paragraph_texts,
    published_date,
)

# News sentences run to about 20 words: longer than a wrapped line.
SENTENCE = st.lists(
    st.sampled_from("the council said on Friday that repairs would take four months".split()),
    min_size=16,
    max_size=30,
).map(lambda words: " ".join(words).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=8), st.integers(min_value=60, max_value=90))
def test_wrapping_then_joining_gives_the_paragraphs_back(paragraphs, width):
    """Any text wrapped at a usual width, with blank lines between paragraphs, comes back."""
    wrapped = [textwrap.fill(p, width) for p in paragraphs]
    assume(len(paragraphs) > 1 or wrapped[0].count("\n") >= 2)
    # one paragraph whose every line ends a sentence reads as paragraphs one a line (as
    # test_pasted_paragraphs_one_a_line wants): no reader could tell it was wrapped
    assume(len(paragraphs) > 1 or not all(line.endswith(".") for line in wrapped[0].split("\n")))
    assert paragraph_texts("\n\n".join(wrapped)) == paragraphs


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=2, max_size=8), st.integers(min_value=60, max_value=90))
def test_wrapped_text_without_blank_lines(paragraphs, width):
    """Without blank lines a paragraph ends where its last line ends a sentence and the next
    paragraph's first word would have fitted on it. Where the last line is full, nothing
    marks the end: that case is left out, as no reader could tell it either. The width is
    the longest line's, since the text does not say the width it was wrapped at."""
    wrapped = [textwrap.fill(p, width) for p in paragraphs]
    assume(all(w.count("\n") >= 1 for w in wrapped))  # each paragraph wrapped
    lines = "\n".join(wrapped).split("\n")
    measured = max(len(line) for line in lines)  # the width as the text shows it
    for this, following in zip(wrapped, paragraphs[1:], strict=False):
        assume(len(this.split("\n")[-1]) + 1 + len(following.split()[0]) <= measured)
    assert is_hard_wrapped(lines)
    assert paragraph_texts("\n".join(wrapped)) == paragraphs


@settings(max_examples=40, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_pasted_paragraphs_one_a_line(paragraphs):
    assert paragraph_texts("\n".join(paragraphs)) == paragraphs
    assert paragraph_texts("\n\n".join(paragraphs)) == paragraphs


def test_lists_and_headings_are_their_own_paragraphs():
    text = "Intro sentence here.\n\n## Sub-heading\nBody text after it.\n\n- one\n- two\n3. three"
    assert paragraph_texts(text) == [
        "Intro sentence here.",
        "Sub-heading",
        "Body text after it.",
        "one",
        "two",
        "3. three",
    ]


def test_canonical_layout():
    assert is_canonical("One.\n\nTwo.\n")
    assert not is_canonical("One.\nTwo.")
    assert not is_canonical("One\ncontinued.\n\nTwo.")


def test_front_matter_of_pasted_text():
    front = front_matter(
        ["Big storm hits", "By Ann Lee and Tom Ray | Reuters", "May 3, 2024", "Body. More."]
    )
    assert (front.headline, front.author, str(front.date)) == (
        "Big storm hits",
        "Ann Lee and Tom Ray",
        "2024-05-03",
    )
    assert front.paragraphs == ["Body. More."]


@pytest.mark.parametrize(
    "top",
    [
        "Date: 2017-08-27\nStorm floods coastal towns",
        "Storm floods coastal towns\nAugust 27, 2017",
        "By Ann Lee\nDate: 2017-08-27\nStorm floods coastal towns",
    ],
)
def test_a_date_line_or_a_byline_is_its_own_paragraph_above_or_below_the_headline(top):
    """Typed without a blank line, above the headline or under it, a line that is only a date
    or a byline is still front matter, not part of the headline (it was read as one, and the
    article had no date: every relative date in it stayed unresolved)."""
    text = f"{top}\n\nThe storm made landfall late Friday.\n\nIt weakened on Saturday.\n"
    front = front_matter(paragraph_texts(text))
    assert (front.headline, str(front.date)) == ("Storm floods coastal towns", "2017-08-27")
    assert front.paragraphs == ["The storm made landfall late Friday.", "It weakened on Saturday."]


def test_front_matter_takes_nothing_it_is_not_sure_of():
    wire = ["NAIROBI, Kenya (AP) _", "Bombs exploded on Friday."]
    assert front_matter(wire).headline is None
    sentence = ["The council met on Monday.", "It voted."]
    assert front_matter(sentence).headline is None
    only = ["Just a title"]
    assert front_matter(only).headline is None  # nothing would be left as body
    mentions = ["Storm hits", "By the end of the day the roads were closed, the police said."]
    assert front_matter(mentions).author is None


def test_published_date_lines():
    assert str(published_date("Published: 2024-03-14")) == "2024-03-14"
    assert str(published_date("Date: 2017-08-27")) == "2017-08-27"
    # as news sites write them: the time after a slash, or before the date
    assert str(published_date("March 5, 2013 / 10:32 AM / Updated 6 years ago")) == "2013-03-05"
    assert str(published_date("Published 10:32 GMT, 5 March 2013")) == "2013-03-05"
    assert str(published_date("Thursday 14 March 2024 10.32 GMT")) == "2024-03-14"
    assert str(published_date("Sept. 3, 2021 at 5:04 p.m. EDT")) == "2021-09-03"
    assert published_date("The March 14, 2024 meeting") is None
    assert published_date("February 30, 2024") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("MIAMI, Sept. 14, 2024 — Floodwaters rose across three towns.", "2024-09-14"),
        ("LONDON, 14 March 2024 (Reuters) - Shares fell on Thursday.", "2024-03-14"),
        ("KABUL, Afghanistan (AP) Aug. 17, 2021 -- The Taliban said", "2021-08-17"),
        ("SAN JUAN, Puerto Rico, Monday, Oct. 2, 2023 – A storm", "2023-10-02"),
        ("NEW YORK, N.Y., Jan. 3, 2020 — The city", "2020-01-03"),
        # no date, a place not in capitals, an impossible date, a date inside a sentence
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", None),
        ("Miami, Sept. 14, 2024 — Floodwaters rose.", None),
        ("BRUSSELS, Feb. 31, 2024 — Ministers met.", None),
        ("NATO said on Sept. 14, 2024 - that it would stay.", None),
    ],
)
def test_dateline_date(paragraph, expected):
    found = dateline_date(paragraph)
    assert (None if found is None else str(found)) == expected


def test_front_matter_takes_the_date_of_a_dateline_and_keeps_the_text():
    paragraphs = [
        "Storm floods coastal towns",
        "By Maria Lopez",
        "MIAMI, Sept. 14, 2024 — Floodwaters rose on Saturday.",
        "The mayor toured the damage.",
    ]
    front = front_matter(paragraphs)
    assert (front.headline, front.author, str(front.date)) == (
        "Storm floods coastal towns",
        "Maria Lopez",
        "2024-09-14",
    )
    assert front.paragraphs == paragraphs[2:]
    # a date line wins over the dateline
    front = front_matter(["Headline here", "March 1, 2024", *paragraphs[2:]])
    assert str(front.date) == "2024-03-01"


def test_front_matter_of_text_copied_from_a_web_page():
    """A standfirst under the headline, a byline with the writer's job, a date line with a
    time, and the page's buttons and links between the paragraphs."""
    paragraphs = [
        "Rail strike halts trains across the country",
        "Unions say further walkouts planned for March",
        "By James Okafor, Transport Correspondent",
        "Tue 7 Feb 2023 14.05 GMT",
        "Share",
        "Advertisement",
        "Train services were cancelled on Tuesday.",
        "Read more: What the rail strikes mean for your journey",
        "Share prices of rail firms fell.",
        "Story continues below advertisement",
        "The last national strike lasted three days.",
    ]
    front = front_matter(paragraphs)
    assert (front.headline, front.author, str(front.date)) == (
        "Rail strike halts trains across the country",
        "James Okafor",
        "2023-02-07",
    )
    assert front.paragraphs == [
        "Unions say further walkouts planned for March",  # the standfirst stays in the text
        "Train services were cancelled on Tuesday.",
        "Share prices of rail firms fell.",
        "The last national strike lasted three days.",
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Maria Lopez", "Maria Lopez"),
        ("By Jan Smit, Staff Writer, The Herald", "Jan Smit"),
        ("By Ann Lee, Tom Wu and Bo Li", "Ann Lee, Tom Wu and Bo Li"),
        ("By Ann Lee, March 3, 2024", "Ann Lee"),
        ("By The Associated Press", "The Associated Press"),
        ("By Tuesday, the water had receded.", None),
        ("By March, prices had doubled", None),
        ("By Then Nobody Cared", None),
    ],
)
def test_a_byline_under_the_headline_gives_the_author(line, author):
    front = front_matter(["A headline of a few words", line, "The body of the story goes on."])
    assert front.author == author
    if author is None:  # not a byline: the line stays in the body
        assert line in front.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "SHARE",
        "Read more: Why the trains stopped",
        "Skip advertisement",
        "Continue reading the main story",
        "Related: Strike dates",
    ],
)
def test_page_chrome(line):
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell",
        "Watch: the mayor said he would resign.",
        "Advertisement revenue grew.",
        "Print media is in decline, she said.",
    ],
)
def test_text_that_starts_like_page_chrome_is_text(line):
    assert not is_page_chrome(line)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=2, max_size=8), st.data())
def test_front_matter_never_drops_a_sentence(paragraphs, data):
    """Whatever page chrome is mixed in, every paragraph of sentences comes back, in order."""
    mixed: list[str] = []
    for paragraph in paragraphs:
        mixed += data.draw(st.lists(st.sampled_from(["Share", "Advertisement", "Read more: X"])))
        mixed.append(paragraph)
    assert front_matter(mixed).paragraphs == paragraphs
