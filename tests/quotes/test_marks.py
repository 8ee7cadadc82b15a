"""Single quotation marks told apart from apostrophes (British, Irish, Australian style)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import extract_quotes, parse_article
from analysis.quotes.marks import (
    all_quoted,
    closing_end,
    comma_outside,
    quotation_opened,
    single_quotations,
    with_double_quotation_marks,
)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("‘We’re ready,’ she said.", [(0, 13)]),
        ("‘It’s the workers’ money,’ he said.", [(0, 25)]),  # a plural possessive inside
        ("He called it ‘unworkable’ and ‘unfair’.", [(13, 24), (30, 37)]),
        ("Labour’s plan was 'a disgrace', she said.", [(18, 29)]),
        ("‘This goes on into the next paragraph", [(0, None)]),
        # apostrophes only: elisions, possessives, contractions
        ("Back in the ’90s, rock ’n’ roll ruled.", []),
        ("The nurses’ union said no.", []),
        ("Don’t go, said Ms O’Neill.", []),
    ],
)
def test_single_quotations(text, spans):
    assert single_quotations(text) == spans


def _article(*paragraphs: str):
    body = "\n\n".join(paragraphs)
    return parse_article(f"date 2024-01-15 Headline\n\n{body}\n")


def test_an_article_in_the_single_quote_style():
    frame = extract_quotes(
        _article(
            "‘This is a crisis that has been years in the making,’ said Dr Helen Price. "
            "‘Staff are exhausted.’",
            "The health secretary, Steve Barclay, said the plan was ‘working’.",
            "Asked about it, Mr Barclay replied: ‘We are making progress, and the “winter "
            "plan” is working.’",
        )
    )
    speech = frame[frame["kind"] == "direct"]
    assert list(speech["speaker"]) == ["Helen Price", "Steve Barclay"]
    assert speech.iloc[0]["quote"].startswith("This is a crisis")
    # the nested quotation keeps its own marks
    assert "“winter plan”" in speech.iloc[1]["quote"]
    partial = frame[frame["kind"] == "partial"]
    assert list(partial["quote"]) == ["working"]


def test_single_marks_inside_double_quotations_stay_nested():
    article = _article('"The word ‘never’ came up twice," said Ann Lee. "We ‘will’ see."')
    assert with_double_quotation_marks(article) is None
    frame = extract_quotes(article)
    assert frame[["quote", "kind", "speaker"]].values.tolist() == [
        ["The word ‘never’ came up twice … We ‘will’ see.", "direct", "Ann Lee"]
    ]


APOSTROPHE_TEXT = st.lists(
    st.sampled_from(
        ["Labour’s", "don’t", "the nurses’", "’90s", "O’Neill", "it's", "plan", "said"]
    ),
    min_size=1,
    max_size=30,
).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(APOSTROPHE_TEXT)
def test_apostrophes_alone_are_never_quotations(text):
    assert single_quotations(text) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(APOSTROPHE_TEXT, min_size=1, max_size=4), st.data())
def test_swapping_changes_only_marks_and_keeps_offsets(paragraphs, data):
    # the first paragraph is always quoted: an article in the single-quote style
    quoted = [
        f"‘{p}.’ said Ann Lee." if n == 0 or data.draw(st.booleans()) else p + "."
        for n, p in enumerate(paragraphs)
    ]
    article = _article(*quoted)
    swapped = with_double_quotation_marks(article)
    assert swapped is not None
    first = article.paragraphs[0].start
    assert swapped.text[first] == "“"
    assert len(swapped.text) == len(article.text)
    changed = {(a, b) for a, b in zip(article.text, swapped.text, strict=True) if a != b}
    assert changed <= {("‘", "“"), ("’", "”"), ("'", "“"), ("'", "”"), ("“", "‘"), ("”", "’")}
    for old, new in zip(article.paragraphs, swapped.paragraphs, strict=True):
        assert (old.start, old.end) == (new.start, new.end)
        assert new.text == swapped.text[new.start : new.end]


def test_wire_copy_that_opens_with_two_apostrophes():
    """AP copy in the corpus writes both marks as two apostrophes (''...'' said X): read as
    the same text with double quotation marks."""
    text = (
        "''Here, no one gives up!'' Mr. Castro told the crowd. He called the law "
        "''a crime'' and left.",
        "''It never even entered my mind,'' he said. ''This is my home.''",
    )
    wire = extract_quotes(_article(*text))
    double = extract_quotes(_article(*(p.replace("''", '"') for p in text)))
    columns = ["quote", "kind", "speaker", "attribution"]
    assert wire[columns].values.tolist() == double[columns].values.tolist()
    assert list(wire["quote"]) == [
        "Here, no one gives up!",
        "a crime",
        "It never even entered my mind",
        "This is my home.",
    ]
    assert wire.iloc[0][["speaker", "attribution"]].tolist() == ["Castro", "explicit"]


def _rows(body: str) -> list[tuple[str, str, str | None]]:
    frame = extract_quotes(parse_article(f"date 2016-01-15 Headline\n\n{body}\n"))
    return [
        (row.kind, row.quote, row.speaker if isinstance(row.speaker, str) else None)
        for row in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        # a closing mark typed as an opening one: its place closes the quotation
        (
            "“It's unusual,“ said Larry Noble, an attorney. “It's a hard thing to do.”",
            [("direct", "It's unusual … It's a hard thing to do.", "Larry Noble")],
        ),
        (
            "“Do you want to be associated with that?“ asked Ann Reyes.",
            [("direct", "Do you want to be associated with that?", "Ann Reyes")],
        ),
        ("He called the film “Frozen“ a disgrace.", [("name", "Frozen", None)]),
        # an opening mark typed as a closing one, where nothing is open
        (
            "”We will win,” said Tom Reed, the mayor.",
            [("direct", "We will win", "Tom Reed")],
        ),
        # wire copy: a quotation nested at the end of a quotation, then the attribution
        (
            "''I told them, 'There is no special case,''' Mr. Karl Vance said. ''It is all lies.''",
            [
                (
                    "direct",
                    "I told them, 'There is no special case,' … It is all lies.",
                    "Karl Vance",
                )
            ],
        ),
        (
            "''I would use the word 'old-school,''' said Greg Slayton, a donor.",
            [("direct", "I would use the word 'old-school,'", "Greg Slayton")],
        ),
    ],
)
def test_a_mark_typed_the_wrong_way_does_what_its_place_says(body, rows):
    assert _rows(body) == rows


def test_an_opening_mark_after_a_space_still_opens_a_new_quotation():
    # (the first quotation never closed: its text ends where the next one opens)
    rows = _rows("“We are ready, he said. “It is late,” said Ann Reyes.")
    assert rows[-1] == ("direct", "It is late", "Ann Reyes")


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"ab ,.'\"“”", "''", " said X"]), max_size=30))
def test_quotations_of_any_marks_are_ordered_and_inside_the_paragraph(pieces):
    from analysis.quotes.marks import _quote_spans

    text = "".join(pieces)
    previous_end = 0
    for opening, start, end, after in _quote_spans(text):
        assert previous_end <= opening < start <= end <= len(text)
        assert after is None or end < after <= len(text)
        previous_end = end if after is None else after


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        # feet and inches: the mark after them is the inches', not the quotation's end
        (
            "“He’s taller than me; he’s like 6’2”,” Rubio said Sunday.",
            [("direct", "He’s taller than me; he’s like 6’2”", "Rubio")],
        ),
        ('"He is 6\'2" tall," said Ann Reyes.', [("direct", "He is 6'2\" tall", "Ann Reyes")]),
        # a score is no height
        ("“We won 6-2,” said Ann Reyes.", [("direct", "We won 6-2", "Ann Reyes")]),
    ],
)
def test_an_inch_mark_is_no_quotation_mark(body, rows):
    assert _rows(body) == rows


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        # markup left in a text (an embedded tweet): its marks hold an attribute's
        # value (was a "partial" quotation of the tweet's number, spoken by "<tweet")
        ('Trump fired back. <tweet tweet-id="667366217527767040"><tweet/>. "It is sad," '
         "said Ann Reyes.", [("direct", "It is sad", "Ann Reyes")]),
        # guard: a less-than sign in prose is no tag
        ('"Turnout was < 40 percent," said Ann Reyes.',
         [("direct", "Turnout was < 40 percent", "Ann Reyes")]),
    ],
)  # fmt: skip
def test_quotation_marks_inside_markup_are_no_quotation_marks(body, rows):
    assert _rows(body) == rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('... "when verified," Shandro said.', '... "when verified", Shandro said.'),
        ("... it “was over,” she said.", "... it “was over”, she said."),
        ('"We won," she said, and left.', '"We won," she said, and left.'),  # its last comma
        ("no quotation, she said.", "no quotation, she said."),
    ],
)  # fmt: skip
def test_the_comma_ending_the_last_quotation_goes_after_its_mark(text, expected):
    assert comma_outside(text) == expected and len(comma_outside(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ('The figures would be released "when verified,"', 30),
        ("It was “a disaster,”", 7),
        ("He called it ``a disaster,''", 13),
        ("no quotation", None),
        ('a lone mark"', None),
    ],
)
def test_where_the_quotation_ending_a_text_opens(text, opened):
    assert quotation_opened(text) == opened


def test_a_quotation_a_content_opens_is_taken_on_to_its_closing_mark():
    text = 'said the premier was "disappointed." Then'
    start, end = text.index("the premier"), text.index(".")
    assert text[start : closing_end(text, start, end)] == 'the premier was "disappointed."'
    assert closing_end(text, 0, 4) == 4  # no quotation opened: as it was


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('"We will win,"', True),
        ('Asked about it, "we will see,"', True),  # no verb of its own before the quotation
        ('The figures would be released "when verified,"', False),  # a clause ends quoting
        ("The figures would be released", False),  # no quotation at its end
    ],
)
def test_words_before_an_attribution_that_are_all_quotation(head, expected):
    assert all_quoted(head) is expected


@pytest.mark.parametrize(
    ("head", "closes"),
    [
        # a title quoted inside a phrase is no one's words (was a quotation: the words after
        # it no attribution, "thanked" no speaker)
        ("Kerry Washington, star of television's \u201cScandal,\u201d", False),
        ('Joe Scarborough, host of MSNBC\'s "Morning Joe,"', False),
        # guards: someone's words, opening the text or ending a clause
        ('"Yes,"', True),
        ('\u201cWe will win,\u201d', True),
        ('The figures would be released "when they have been properly verified,"', True),
        ("No quotation here,", False),
    ],
)  # fmt: skip
def test_a_quotation_closes_the_words_before_an_attribution_unless_a_title(head, closes):
    from analysis.quotes.marks import quotation_closes

    assert quotation_closes(head) is closes
