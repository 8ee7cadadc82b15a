"""What was loaded, as the article notebooks show it first; and that showing it runs no
analysis."""

from __future__ import annotations

import subprocess
import sys

import analysis as an


def test_article_summary_of_our_article(article):
    table = an.article_summary(article).set_index("field")["value"]
    assert table["headline"].startswith("NATO Secretary-General says Afghan leaders")
    assert table["published"] == "17 August 2021 (from the dateline)"
    assert table["file"] == "2021-08-17-nato-afghanistan.txt"
    assert table["size"] == "10 paragraphs, 15 sentences, 349 words"
    assert (table["outlet"], table["byline"]) == ("not named", "none")


def test_article_summary_says_what_is_missing_and_where_a_date_came_from(tmp_path):
    bare = an.article_summary(an.Article.from_parts("One short paragraph."))
    table = bare.set_index("field")["value"]
    assert table["published"].startswith("none: relative dates")
    assert table["file"] == "text given in code"
    path = tmp_path / "story.txt"
    path.write_text("Harbour opens\n\nThe harbour opened on Monday.\n", encoding="utf-8")
    given = an.load_article(path, date="2024-05-02")
    table = an.article_summary(given).set_index("field")["value"]
    assert table["published"] == "2 May 2024 (given when the article was loaded (the date option))"


def test_the_summary_loads_no_analysis():
    # The first table of every notebook: it must not make each kernel load the quotation
    # rules (half a second of regular expressions) or the language model.
    code = (
        "import sys, analysis as an;"
        "an.article_summary(an.Article.from_parts('One short paragraph.'));"
        "print(sorted(m for m in ('analysis.quotes', 'analysis.ner', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
