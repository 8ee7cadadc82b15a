"""Saved pages as publishers write them: titles with the site appended, dates that disagree,
boilerplate lines, and pages that do not hold their article."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import ArticleError, load_article
from analysis.sources.page_meta import (
    _SEPARATOR,
    headline_of_title,
    is_boilerplate,
    publication_date,
)

BODY = (
    "<p>The Frühburgunder grape is a rare early-ripening variety of Pinot Noir that grows in "
    "only a few valleys of Germany, and winemakers there say it is worth saving.</p>"
    "<p>Only about 250 hectares are planted today, mostly in the Ahr valley and in Franconia, "
    "where growers rescued it from near extinction in the 1970s.</p>"
    "<p>“It ripens two weeks before Pinot Noir,” said one grower, who has tended the vines "
    "since 1988. Its wines are lighter, with a scent of cherries.</p>"
)


def page(*, title: str, head: str = "", body: str = BODY, h1: str | None = None) -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><article>{heading}{body}</article></body></html>"
    )


def saved(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "site", "host", "headline", "date"),
    [
        ("Uncork the mystery of Frühburgunder | DW | 10.06.2013", "DW", "dw.com",
         "Uncork the mystery of Frühburgunder", dt.date(2013, 6, 10)),
        ("Oil prices fall as demand slows - Reuters", None, None,
         "Oil prices fall as demand slows", None),
        ("Oil prices fall as demand slows - Reuters", "Reuters", "reuters.com",
         "Oil prices fall as demand slows", None),
        ("Floods hit the north – The Guardian", None, "theguardian.com",
         "Floods hit the north", None),
        ("Floods hit the north | World news | The Guardian", "the Guardian", None,
         "Floods hit the north", None),
        ("Budget passes Senate · Valley Herald · June 10, 2013", None, None,
         "Budget passes Senate", dt.date(2013, 6, 10)),
        # A dash inside the title's own text stays: no site name, no date after it.
        ("Obama - the early years of a president", None, None,
         "Obama - the early years of a president", None),
        ("X-ray study finds new fossil", "Nature", "nature.com", "X-ray study finds new fossil",
         None),
        ("Nature", "Nature", None, "Nature", None),
    ],
)  # fmt: skip
def test_headline_of_title_strips_the_site_and_a_date(title, site, host, headline, date):
    assert headline_of_title(title, site=site, host=host) == (headline, date)


@given(st.text(min_size=1, max_size=60), st.sampled_from([" | ", " - ", " – ", " · "]),
       st.sampled_from(["Reuters", "DW", "10.06.2013", "The Daily Coast"]))  # fmt: skip
def test_headline_of_title_keeps_the_first_part(first, separator, suffix):
    title = f"{first}{separator}{suffix}"
    headline, _ = headline_of_title(title, site="The Daily Coast", host="reuters.com")
    assert headline == " ".join(headline.split())
    # The first part always stays whole; what follows it may go.
    kept = " ".join(_SEPARATOR.split(title)[0].split())
    assert headline.startswith(kept)


def test_page_title_loses_the_site_and_the_date_it_appended(tmp_path):
    html = page(
        title="Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013",
        head="<meta property='og:site_name' content='DW'>",
    )
    article = load_article(saved(tmp_path, html))
    assert article.headline == "Uncork the mystery of Germany's Frühburgunder"
    assert article.date == dt.date(2013, 6, 10)
    assert article.date_source == "from the page's title"


def test_an_update_in_the_metadata_does_not_date_the_article(tmp_path):
    html = page(
        title="Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013",
        head=(
            "<meta property='og:site_name' content='DW'>"
            "<meta name='date' content='2019-08-01'>"
            "<meta name='DateShort' content='10.06.2013'>"
            "<meta property='article:modified_time' content='2020-01-02T10:00:00Z'>"
        ),
    )
    article = load_article(saved(tmp_path, html))
    assert article.date == dt.date(2013, 6, 10)
    assert article.date_source.startswith("from its metadata (DateShort) and the page's title")
    assert "2019-08-01, later: an update" in article.date_source
    assert "2020-01-02" not in article.date_source  # a modification time is no candidate


def test_dates_that_agree_and_a_date_in_the_address():
    html = "<html><head><meta name='pubdate' content='2024-03-14'></head></html>"
    chosen = publication_date(html, extracted="2024-03-14", title_date=None,
                              url="https://x.example/news/2024/03/14/storm")  # fmt: skip
    assert chosen.date == dt.date(2024, 3, 14)
    assert chosen.reason == "from the page's metadata and its metadata (pubdate) and its address"
    none = publication_date("<html></html>", extracted=None, title_date=None, url=None)
    assert (none.date, none.reason) == (None, None)
    epoch = publication_date("<html></html>", extracted="1970-01-01", title_date=None, url=None)
    assert epoch.date is None  # a page's "no date" written as the Unix epoch


@pytest.mark.parametrize(
    "line",
    [
        "© 2019 Science X Network",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "(c) Valley Herald 2023",
        "Read more: Germany's wine harvest begins early",
        "Explore further",
        "Share this article",
        "Share on Facebook",
        "Sign up for our daily newsletter",
        "Follow us on Twitter for the latest updates",
        "Advertisement",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Copyright law changed in 2019, and publishers say the new rules cost them readers.",
        "Readers shared the article widely, the paper said.",
        "“Share the road,” the mayor told cyclists on Monday.",
        "The company said all rights to the film had been sold to a studio in 2021, a deal "
        "worth millions that critics said was far too generous to the buyers and should never "
        "have been approved by the board in the first place at all.",
    ],
)
def test_article_paragraphs_are_not_boilerplate(paragraph):
    assert not is_boilerplate(paragraph)


def test_boilerplate_lines_of_a_page_are_not_paragraphs(tmp_path):
    body = BODY + (
        "<p>© 2019 Science X Network</p><p>Read more: Germany's wine harvest begins early</p>"
        "<p>Share this article</p>"
    )
    article = load_article(saved(tmp_path, page(title="Frühburgunder", body=body)))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].text.startswith("“It ripens")


def test_a_page_holding_only_a_caption_is_an_error_naming_it(tmp_path):
    caption = "<p>Vineyards in the Ahr valley, where the grape is grown. Photo: DW/M. Schmidt</p>"
    path = saved(tmp_path, page(title="Frühburgunder | DW", body=caption), "caption.html")
    with pytest.raises(ArticleError) as error:
        load_article(path)
    message = str(error.value)
    assert message.startswith(f"{path}: the page holds only 13 words of text")
    assert "'Vineyards in the Ahr valley" in message and "allow_short=True" in message
    article = load_article(path, allow_short=True)  # the user's choice: load it anyway
    assert article.paragraphs[0].text.startswith("Vineyards in the Ahr valley")


def test_a_page_of_links_is_an_error(tmp_path):
    # A section front as extraction leaves it: a list of headlines, one line of text.
    links = "<ul>" + "".join(
        f"<li>{name} stories from our newsroom</li>"
        for name in (
            ["Politics", "Business news", "Sport", "Culture and arts", "Science", "Opinion",
             "Wine and food", "Travel", "Climate", "Weather today", "Video", "Podcasts",
             "Newsletters", "Our reporters", "Contact the newsroom"]
        )
    ) + BODY.split("</p>")[0] + "</p>"  # fmt: skip
    path = saved(tmp_path, page(title="Sections", body=links), "sections.html")
    with pytest.raises(ArticleError, match=r"sections\.html: \d+ of the page's \d+ paragraphs"):
        load_article(path)
    assert load_article(path, allow_short=True).paragraphs
