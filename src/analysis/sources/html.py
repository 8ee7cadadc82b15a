"""Web pages: the article's text, headline, date, author and site, extracted by trafilatura.

trafilatura (Barbaresi, 2021) is the maintained library for exactly this: it separates an
article from navigation, cookie banners, related links, comments and footers, and reads the
page's metadata (Open Graph, JSON-LD, ``<meta>``, ``<time>``) for title, date, author and site.
It runs on the saved file; nothing is fetched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from analysis.article import ArticleError

__all__ = ["Page", "extract_page", "looks_like_html"]

_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|br|meta|title)\b", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page: body paragraphs and metadata (None when absent)."""

    paragraphs: list[str]
    headline: str | None
    date: str | None
    author: str | None
    outlet: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup: an HTML document or several HTML tags."""
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = len(_TAG.findall(text[:20000]))
    return tags >= 3 or (tags >= 1 and head.startswith("<") and text.rstrip().endswith(">"))


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its ``<meta charset>``, if any."""
    match = _CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def extract_page(html: str, *, source: str) -> Page:
    """Extract the article of an HTML page.

    Paragraphs are the page's own: ``<p>``, sub-headings, list items and block quotes each
    become one. A first heading that repeats the title is the headline, not a paragraph.

    Raises:
        ArticleError: The page has no article text (an index page, an empty page).
    """
    import trafilatura

    xml = trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        # Dates only from the page's metadata and markup: no guess from any number in it.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        raise ArticleError(f"{source}: no article text found in the page")
    root = ET.fromstring(xml)
    main = root.find("main")
    paragraphs: list[str] = []
    for element in main if main is not None else []:
        if element.tag == "list":
            paragraphs += [_text(item) for item in element.iter("item")]
        else:
            paragraphs.append(_text(element))
    paragraphs = [p for p in paragraphs if p]
    headline = root.get("title") or None
    if paragraphs and main is not None and main[0].tag == "head":
        first = paragraphs[0]
        if headline is None or _same(first, headline):
            headline = headline or first
            paragraphs.pop(0)
    if not paragraphs:
        raise ArticleError(f"{source}: no article text found in the page")
    return Page(
        paragraphs=paragraphs,
        headline=headline,
        date=root.get("date") or None,
        author=root.get("author") or None,
        outlet=root.get("sitename") or root.get("hostname") or None,
        url=root.get("url") or None,
    )


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return key(a) == key(b)
