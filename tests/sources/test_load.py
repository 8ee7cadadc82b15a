"""One article from the forms people have it in: web pages, pasted and wrapped text, Markdown."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import analysis as an
from analysis import ArticleError, load_article

SOURCES = Path(__file__).parents[1] / "fixtures" / "sources"
STORM = SOURCES / "daily-coast-storm.html"
# Words of the page that are not the article: navigation, cookie banner, related links,
# comments, footer, advertisement, photo caption.
PAGE_CHROME = {
    "cookies", "cookie", "accept", "preferences", "home", "sport", "weather", "opinion",
    "subscribe", "related", "rovers", "quotas", "comments", "reporting", "newsletter",
    "copyright", "rights", "privacy", "careers", "contact", "advertisement", "photo",
    "coastwatcher", "reader42", "correspondent", "daily", "coast",
}  # fmt: skip


def paragraphs(article):
    return [p.text for p in article.paragraphs]


def test_saved_news_page_gives_the_article_only():
    article = load_article(STORM)
    assert article.headline == "Storm floods harbour town, hundreds evacuated"
    assert article.date == dt.date(2024, 3, 14)
    assert (article.author, article.outlet) == ("Maria Lopez", "The Daily Coast")
    assert article.url == "https://dailycoast.example/news/2024/03/14/storm-floods-harbour"
    assert len(article.paragraphs) == 6  # five <p> and the sub-heading
    assert paragraphs(article)[3] == "Damage still being counted"
    assert paragraphs(article)[0].startswith("A winter storm pushed the sea")
    terms = set(an.term_frequencies(article)["term"])
    assert not terms & PAGE_CHROME, terms & PAGE_CHROME
    assert "<" not in article.text and "href" not in terms
    # The site's name is no date; the dates are the article's.
    values = set(an.extract_dates(article)["value"])
    assert "P1D" not in values and {"2014", "2026"} <= values


def test_page_with_the_date_only_in_its_metadata():
    article = load_article(SOURCES / "metadata-date.html")
    assert article.date == dt.date(2023, 9, 5)  # JSON-LD datePublished
    assert article.headline == "Library reopens after two-year renovation"
    assert (article.author, article.outlet) == ("Tom Hardy", "Valley Herald")
    assert len(article.paragraphs) == 3
    assert not {"log", "advertise", "subscribe", "business"} & set(
        an.term_frequencies(article)["term"]
    )


def test_page_without_an_article_is_an_error_naming_the_file():
    with pytest.raises(ArticleError, match=r"no-article\.html: no article text found"):
        load_article(SOURCES / "no-article.html")


def test_page_in_a_declared_legacy_encoding(tmp_path):
    html = STORM.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    html = html.replace("A winter storm", "A winter storm (Sturmflut, März)")
    page = tmp_path / "page.htm"
    page.write_bytes(html.encode("iso-8859-1"))
    assert "Sturmflut, März" in load_article(page).paragraphs[0].text


def test_text_that_is_not_html_named_as_html():
    with pytest.raises(ArticleError, match="not HTML"):
        an.load_article(SOURCES / "pasted.txt", format="html")


def test_pasted_text_with_single_newlines():
    article = load_article(SOURCES / "pasted.txt")
    assert article.headline == "Wind farm approved despite objections from fishermen"
    assert article.author == "Carla Diaz"
    assert article.date == dt.date(2024, 5, 2)  # the "Published 2 May 2024" line
    assert len(article.paragraphs) == 4
    assert paragraphs(article)[1].endswith("who chairs the fishermen's association.")
    assert len(an.sentiment_by_paragraph(article)) == 4


def test_hard_wrapped_text_is_joined_into_its_paragraphs():
    article = load_article(SOURCES / "hard-wrapped.txt")
    assert article.headline == "Bridge closed for repairs until the autumn"
    assert len(article.paragraphs) == 4
    assert paragraphs(article)[0] == (
        "The old road bridge over the Ouse will close on Monday for at least four months, the "
        "county council said on Friday, after inspectors found cracks in two of its supporting "
        "beams."
    )
    assert len(article.paragraphs[0].sentences) == 1


def test_hard_wrapped_text_without_blank_lines():
    wrapped = load_article(SOURCES / "hard-wrapped-no-blank-lines.txt")
    blank = load_article(SOURCES / "hard-wrapped.txt")
    assert paragraphs(wrapped) == paragraphs(blank)
    assert wrapped.headline is None  # its first line is a sentence, not a headline


def test_markdown_headline_front_matter_lists_and_links():
    article = load_article(SOURCES / "notes.md")
    assert article.headline == "School meals: what changes in September"
    assert article.date == dt.date(2024, 6, 20)
    assert article.author == "Nina Shah"
    assert paragraphs(article) == [
        "Parents will pay less for school lunches from September, the education department "
        "said on Thursday.",
        "What changes",
        "Free meals for every pupil in the first three years",
        "A price cap of 2.50 pounds for older pupils",
        "Local suppliers for at least half of the food",
        "The changes follow a review published in March.",
        "What critics say",
        "Head teachers welcomed the cap but warned that kitchens need more staff.",
    ]
    terms = set(an.term_frequencies(article)["term"])
    assert not {"https", "example.org", "kitchen.jpg", "jpg"} & terms


def test_markdown_headline_line(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# Budget passes\n\nThe council passed the budget.\n\n- one\n- two\n")
    article = load_article(note)
    assert article.headline == "Budget passes"
    assert paragraphs(article) == ["The council passed the budget.", "one", "two"]


def test_our_format_is_kept_byte_for_byte(article):
    text = an.DEFAULT_ARTICLE.read_text(encoding="utf-8")
    assert article.text == text.replace("\r\n", "\n")
    assert an.guess_format(an.DEFAULT_ARTICLE, text) == "article"


def test_date_and_headline_options_supply_and_override(tmp_path, article):
    plain = tmp_path / "plain.txt"
    plain.write_text("A short story.\n\nIt has two paragraphs.\n", encoding="utf-8")
    loaded = load_article(plain, date="2024-05-01", headline="Given")
    assert (loaded.date, loaded.headline) == (dt.date(2024, 5, 1), "Given")
    assert paragraphs(loaded) == ["A short story.", "It has two paragraphs."]
    moved = load_article(an.DEFAULT_ARTICLE, date="2021-08-20")
    assert moved.date == dt.date(2021, 8, 20) and moved.headline == article.headline
    assert paragraphs(moved) == paragraphs(article)
    retitled = load_article(an.DEFAULT_ARTICLE, headline="Another headline")
    assert retitled.headline == "Another headline" and retitled.date == article.date
    start, end = retitled.headline_span
    assert retitled.text[start:end] == "Another headline"


def test_dates_resolve_against_a_supplied_date(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("The mayor spoke on Monday.\n\nShe left yesterday.\n", encoding="utf-8")
    dates = an.extract_dates(load_article(plain, date="2024-05-01"))
    assert dates["value"].tolist() == ["2024-04-29", "2024-04-30"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.html", b"   ", "not HTML"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary content (NUL byte at offset 8)"),
        ("latin.txt", "Caf\u00e9 story.".encode("latin-1"), "pass encoding=..."),
        ("bad-date.txt", b"Story.", "date 'soon' is not a date"),
    ],
)
def test_bad_input_names_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    date = "soon" if name == "bad-date.txt" else None
    with pytest.raises(ArticleError, match=re.escape(message)) as error:
        load_article(path, date=date, format="html" if name == "empty.html" else None)
    assert str(path) in str(error.value)


def test_unknown_format_is_named():
    with pytest.raises(ArticleError, match="unknown format 'pdf'"):
        load_article(STORM, format="pdf")


def test_a_collection_needs_an_id():
    with pytest.raises(ArticleError, match=r"collection of articles .* pass id="):
        load_article(SOURCES / "export.jsonl")
    article = load_article(SOURCES / "export.jsonl", id="a-2")
    assert article.headline == "Ferry timetable cut"
    with pytest.raises(ArticleError, match="no article with id 'zzz'"):
        load_article(SOURCES / "export.jsonl", id="zzz")


def test_latin_1_file_with_encoding_option(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 opens.\n\nIt is busy.".encode("latin-1"))
    assert load_article(path, encoding="latin-1").paragraphs[0].text == "Caf\u00e9 opens."


def test_a_chosen_record_that_is_bad_says_why():
    with pytest.raises(ArticleError, match=r"export\.jsonl#a-4: line 4: date 'next Tuesday'"):
        load_article(SOURCES / "export.jsonl", id="a-4")


# --- the language an article is read in ------------------------------------------------------

LANGUAGES = Path(__file__).parents[1] / "fixtures" / "languages"


def _page(tmp_path: Path, code: str, *, lang: str) -> Path:
    """A saved page holding the news of ``tests/fixtures/languages/<code>.txt``."""
    body = "".join(
        f"<p>{paragraph}</p>\n"
        for paragraph in (LANGUAGES / f"{code}.txt").read_text(encoding="utf-8").split("\n\n")
    )
    path = tmp_path / f"{code}.html"
    path.write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Housing plan</title></head><body><article><h1>Housing plan</h1>\n{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("code", "name"), [("de", "German"), ("fr", "French"), ("es", "Spanish")])
def test_a_page_in_another_language_is_an_error_naming_the_file(tmp_path, code, name):
    page = _page(tmp_path, code, lang=code)
    with pytest.raises(ArticleError, match=rf"{re.escape(str(page))}: the article is in {name}"):
        load_article(page)
    forced = load_article(page, language="en")  # read it as English anyway
    assert forced.language == "en"


def test_a_page_declared_in_another_language_whose_words_are_english(tmp_path):
    assert load_article(_page(tmp_path, "en", lang="de")).language == "en"
    assert load_article(_page(tmp_path, "en", lang="en-GB")).language == "en"
    assert load_article(STORM).language == "en"


def test_an_unknown_language_option_is_an_error(tmp_path):
    with pytest.raises(ArticleError, match=r"language='de': no resources for language 'de'"):
        load_article(_page(tmp_path, "en", lang="en"), language="de")


def test_a_record_in_another_language_is_skipped_with_its_reason(tmp_path):
    import json

    path = tmp_path / "news.jsonl"

    def text(code: str) -> str:
        return (LANGUAGES / f"{code}.txt").read_text(encoding="utf-8")

    path.write_text(
        "\n".join(
            json.dumps({"id": code, "language": lang, "text": text(code)})
            for code, lang in (("en", "en-US"), ("fr", "fr"), ("de", None))
        ),
        encoding="utf-8",
    )
    with pytest.warns(an.SkippedRecordWarning, match="the article is in French"):
        collection = an.read_articles(path)
        articles = list(collection)
    assert [(a.id, a.language) for a in articles] == [("en", "en"), ("de", "en")]
    assert [s.where for s in collection.skipped] == [f"{path}#fr"]


def test_no_analysis_runs_english_rules_on_another_language():
    article = an.Article.from_parts(
        "Die Gespräche gehen am Montag weiter.", source="seite.txt", language="de"
    )
    message = r"seite\.txt: the analyses: no resources for language 'de'; there are for English"
    for analysis in (an.extract_dates, an.extract_quotes, an.term_frequencies, an.tokens):
        with pytest.raises(an.LanguageError, match=message):
            analysis(article)


def test_the_date_tagger_takes_its_rules_by_language():
    from analysis.dates.extract import RULE_BOOKS, rule_book

    assert rule_book("en") is RULE_BOOKS["en"]
    with pytest.raises(an.LanguageError, match="the date tagger: no resources for language 'de'"):
        rule_book("de")
