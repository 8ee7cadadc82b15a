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
_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)"""
    r"""|<meta\b[^>]*?\bproperty\s*=\s*["']og:locale["'][^>]*?\bcontent\s*=\s*["']?([\w-]+)"""
    r"""|<meta\b[^>]*?\bcontent\s*=\s*["']?([\w-]+)["']?[^>]*?\bproperty\s*=\s*["']og:locale["']""",
    re.I,
)


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page: body paragraphs and metadata (None when absent)."""

    paragraphs: list[str]
    headline: str | None
    date: str | None
    author: str | None
    outlet: str | None
    url: str | None
    #: Why ``date`` is the publication date (which of the page's dates it is), or None.
    date_reason: str | None = None
    #: The language the page declares (``<html lang>``, ``og:locale``), as written, or None.
    language: str | None = None


#: Fewer words than this is no news article: a photo caption, a teaser, a paywall or cookie
#: notice (a short news brief has 80 to 150).
MIN_WORDS = 60


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


def declared_language(html: str) -> str | None:
    """The language a page declares: its ``<html lang>``, else its ``og:locale``; None."""
    match = _LANG.search(html[:20000])
    return next((group for group in match.groups() if group), None) if match else None


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def extract_page(html: str, *, source: str, check: bool = True) -> Page:
    """Extract the article of an HTML page.

    Paragraphs are the page's own: ``<p>``, sub-headings, list items and block quotes each
    become one; page furniture (a copyright line, "Read more", share prompts) is left out. A
    first heading that repeats the title is the headline, not a paragraph. The headline loses
    what the site appended to the title (its name, a date); the date is the publication date
    among those the page gives (see :func:`~analysis.sources.page_meta.publication_date`).

    Args:
        check: Refuse a page whose text is no article (see Raises); False loads it anyway.

    Raises:
        ArticleError: The page has no article text (an index page, an empty page); with
            ``check``, its text is too short for a news article (fewer than
            :data:`MIN_WORDS` words: a caption, a teaser, a paywall notice) or mostly short
            lines without sentences (navigation, a list of links).
    """
    import trafilatura

    from analysis.sources.page_meta import (
        headline_of_title,
        is_boilerplate,
        publication_date,
        title_of,
    )

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
    paragraphs = [p for p in paragraphs if p and not is_boilerplate(p)]
    site, host = root.get("sitename"), root.get("hostname")
    headline = root.get("title") or None
    if headline:
        headline = headline_of_title(headline, site=site, host=host)[0] or headline
    raw_title = title_of(html)
    title_date = headline_of_title(raw_title, site=site, host=host)[1] if raw_title else None
    if paragraphs and main is not None and main[0].tag == "head":
        first = paragraphs[0]
        if headline is None or _same(first, headline):
            headline = headline or first
            paragraphs.pop(0)
    if not paragraphs:
        raise ArticleError(f"{source}: no article text found in the page")
    if check:
        _check_article(paragraphs, source=source)
    url = root.get("url") or None
    published = publication_date(html, extracted=root.get("date"), title_date=title_date, url=url)
    return Page(
        paragraphs=paragraphs,
        headline=headline,
        date=published.date.isoformat() if published.date else None,
        author=root.get("author") or None,
        outlet=site or host or None,
        url=url,
        date_reason=published.reason,
        language=declared_language(html),
    )


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def _check_article(paragraphs: list[str], *, source: str) -> None:
    """Raise :class:`ArticleError` when the extracted text is no news article."""
    words = sum(len(p.split()) for p in paragraphs)
    anyway = "; load it anyway with allow_short=True (--allow-short)"
    if words < MIN_WORDS:
        text = " ".join(" ".join(paragraphs).split())
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise ArticleError(
            f"{source}: the page holds only {words} words of text, too few for a news article "
            f"(a caption, a teaser, a paywall or cookie notice, or an article the site renders "
            f"with JavaScript?): {shown!r}{anyway}"
        )
    lines = [p for p in paragraphs if len(p.split()) <= 6 and not _SENTENCE_END.search(p)]
    if len(paragraphs) >= 5 and len(lines) / len(paragraphs) >= 0.6:
        raise ArticleError(
            f"{source}: {len(lines)} of the page's {len(paragraphs)} paragraphs are short lines "
            f"without a sentence — navigation or a list of links, not an article{anyway}"
        )


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return key(a) == key(b)
