"""Key numbers of the overview notebook."""

from __future__ import annotations

import analysis as an


def test_key_numbers_of_our_article(article):
    table = an.key_numbers(article).set_index("measure")["value"]
    assert table["date"] == "2021-08-17"
    assert table["paragraphs / sentences"] == "10 / 15"
    assert table["words"] == "349"
    assert table["top term"] == "nato (11×)"
    assert table["reading grade"] == "15.9 (formulas 14.0 to 18.5)"
    assert table["mean paragraph tone (news view)"] == "-0.35"
    assert table["mean paragraph compound (VADER)"] == "-0.09"
    assert table["distinct dates"] == "5"
    assert table["most quoted"] == "Jens Stoltenberg (65 words)"
    assert table["most named"] == "NATO (12 mentions)"


def test_key_numbers_of_an_empty_article():
    table = an.key_numbers(an.parse_article("date 2021-08-17 Only a headline\n"))
    values = table.set_index("measure")["value"]
    assert values["top term"] == "–"
    assert values["most quoted"] == "–"
    assert values["distinct dates"] == "1"  # the publication date


def test_no_reading_page_prints_the_articles_repr():
    import json

    from analysis.paths import NOTEBOOKS_DIR

    for path in [
        *NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"),
        *NOTEBOOKS_DIR.glob("corpus/[0-9]*.ipynb"),
    ]:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                plain = "".join(output.get("data", {}).get("text/plain", []))
                assert not plain.startswith("Article("), path.name
