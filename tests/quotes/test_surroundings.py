"""The text around a quotation in its paragraph (``analysis.quotes.surroundings``)."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.quotes.surroundings import (
    _after_text,
    _before_text,
    _is_name,
    _last_mark,
    _sentence_of,
    _signature_after,
)

_TEXT = 'Tremblay shrugs. Then she said, "Who knows?" and left the room. "Bread waits."'


def _paragraph():
    article = parse_article(f"date 2024-01-15 Headline\n\n{_TEXT}\n\n- Marie Tremblay.\n")
    return article, article.paragraphs[0], article.paragraphs[1]


def test_the_sentence_of_an_offset_and_the_words_before_and_after_a_quotation():
    article, paragraph, _ = _paragraph()
    open_at = article.text.index('"Who')
    close_at = article.text.index('" and') + 1
    sentence = _sentence_of(paragraph, open_at)
    assert sentence.text.startswith("Then she said")
    assert _before_text(paragraph, sentence, open_at, paragraph.start) == "Then she said, "
    assert _before_text(paragraph, sentence, open_at, open_at - 6) == "said, "
    assert _after_text(paragraph, close_at) == " and left the room."  # to the sentence end
    assert _sentence_of(paragraph, paragraph.end + 50) == paragraph.sentences[-1]


def test_a_paragraph_that_only_signs_the_quotation_before_it():
    _, paragraph, signature = _paragraph()
    assert _signature_after(signature) == "- Marie Tremblay."
    assert _signature_after(paragraph) is None
    assert _signature_after(None) is None


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [("High Noon", True), ("Better Care for Less.", True), ("Who knows?", False),
     ("the oven never sleeps", False), ("One Two Three Four Five Six Seven", False)],
)  # fmt: skip
def test_a_title_case_phrase_is_a_name(quoted, expected):
    assert _is_name(quoted) is expected


def test_the_last_mark_reads_through_a_nested_closing_mark():
    assert _last_mark("it was my experience,' ") == ","
    assert _last_mark("Who knows?") == "?"


def test_a_title_in_quotation_marks_after_a_quotation_is_read_through():
    text = '"It was a mistake," Tom Li, author of "The Long Road," told reporters. Then he left.'
    article = parse_article(f"date 2024-01-15 Headline\n\n{text}\n")
    paragraph = article.paragraphs[0]
    close_at = article.text.index('," Tom') + 2
    after = _after_text(paragraph, close_at)
    # the title's marks are blanked out, the offsets kept, up to the sentence's end
    assert after == " Tom Li, author of  The Long Road,  told reporters."
    assert len(after) == len(' Tom Li, author of "The Long Road," told reporters.')


def test_a_quotation_that_is_no_title_still_ends_the_text_after_the_one_before():
    text = '"We won," Li said, "it was close."'
    article = parse_article(f"date 2024-01-15 Headline\n\n{text}\n")
    paragraph = article.paragraphs[0]
    assert _after_text(paragraph, article.text.index('," Li') + 2) == " Li said, "
