"""Key numbers of the overview notebook."""

from __future__ import annotations

import analysis as an


def test_key_numbers_of_our_article(article):
    table = an.key_numbers(article).set_index("measure")["value"]
    assert table["date"] == "2021-08-17"
    assert table["paragraphs / sentences"] == "10 / 15"
    assert table["words"] == "349"
    assert table["top term"] == "nato (11×)"
    assert table["consensus grade"] == "16 (very difficult: college graduate)"
    assert table["distinct dates"] == "5"
    assert table["most quoted"] == "Jens Stoltenberg (65 words)"


def test_key_numbers_of_an_empty_article():
    table = an.key_numbers(an.parse_article("date 2021-08-17 Only a headline\n"))
    values = table.set_index("measure")["value"]
    assert values["top term"] == "–"
    assert values["most quoted"] == "–"
    assert values["distinct dates"] == "1"  # the publication date
