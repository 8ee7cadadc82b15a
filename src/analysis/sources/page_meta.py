"""What a saved page says about itself, as publishers write it: a title with the site's name
and a date appended, several dates that disagree, and lines of boilerplate in the text.

- :func:`headline_of_title` strips the site's name and a date from a title
  (``"Uncork the mystery ... | DW | 10.06.2013"``, ``"... - Reuters"``, ``"... – The Guardian"``).
- :func:`publication_date` chooses among the dates a page gives for itself (its metadata, its
  title, its address) and says why: an update is always later than the publication, so when
  they disagree the earliest is the publication.
- :func:`is_boilerplate` tells a copyright line, a "Read more" link or a share prompt from a
  paragraph of the article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["PageDate", "headline_of_title", "is_boilerplate", "publication_date", "title_of"]

# A separator between a title and what a site appends to it. A hyphen only with spaces around
# it ("Biden - Reuters"), never inside a word ("X-ray").
_SEPARATOR = re.compile(r"\s+(?:[|·•»]|::|[-–—])\s+")
# What only sites append: ``| DW``. Title parts after a dash may be the title's own
# ("Obama - the early years"), so a dash strips only the site's name or a date.
_BRANDING_SEPARATORS = {"|", "·", "•", "»", "::"}
# Words that end the names of news outlets, for a title whose page does not name its site.
_OUTLET_WORDS = re.compile(
    r"(?i:news|times|post|herald|journal|tribune|gazette|telegraph|guardian|independent|"
    r"chronicle|observer|examiner|courier|daily|online|reuters|ap|afp|bbc|cnn|npr|dw|"
    r"\.com|\.org|\.net|\.co\.uk)$"
)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # day first wherever dots are used
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Metadata fields that hold the publication date, and those that hold an update.
_PUBLISHED_FIELD = re.compile(
    r"(?i)publish|issued|created|release|^date$|dateshort|pubdate|^dc\.date"
)
_UPDATE_FIELD = re.compile(r"(?i)modif|updat|revis|expir")


def title_of(html: str) -> str | None:
    """The text of a page's ``<title>``, whitespace collapsed; None when it has none."""
    import html as html_lib

    match = _TITLE_TAG.search(html[:200_000])
    if match is None:
        return None
    title = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", match[1])).split())
    return title or None


def _key(name: str) -> str:
    """A site's name or host reduced for comparison: ``The Guardian`` and
    ``theguardian.com`` both give ``guardian``."""
    name = name.casefold().removeprefix("www.")
    name = re.sub(r"\.(?:com|org|net|co\.uk|co|de|fr|ca|au|in|uk|int|info|news)$", "", name)
    name = re.sub(r"[^a-z0-9]+", "", name)
    return name.removeprefix("the")


def _date_in(text: str) -> dt.date | None:
    """The date a title segment consists of (``10.06.2013``, ``2013-06-10``, ``June 10,
    2013``), or None."""
    from analysis.sources.layout import published_date

    text = text.strip()
    try:
        if match := _DOTTED_DATE.fullmatch(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if match := _ISO.fullmatch(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return published_date(text)


def _is_site(segment: str, sites: list[str]) -> bool:
    key = _key(segment)
    return bool(key) and any(
        key == site or (len(key) >= 3 and len(site) >= 3 and (key in site or site in key))
        for site in sites
    )


def headline_of_title(
    title: str, *, site: str | None = None, host: str | None = None
) -> tuple[str, dt.date | None]:
    """A page title without what the site appended, and the date it appended (or None).

    Trailing parts are dropped while they are the site's name (``site`` or ``host``), a date,
    a short part after ``|`` (site branding), or an outlet's name after a dash. The first part
    always stays.
    """
    sites = [_key(s) for s in (site, host) if s]
    sites = [s for s in sites if s]
    pieces = _SEPARATOR.split(title)
    separators = [m.group().strip() for m in _SEPARATOR.finditer(title)]
    date: dt.date | None = None
    while len(pieces) > 1:
        segment, separator = pieces[-1].strip(), separators[-1]
        found = _date_in(segment)
        words = len(segment.split())
        if found is not None:
            date = date or found
        elif not (
            _is_site(segment, sites)
            or (separator in _BRANDING_SEPARATORS and words <= 4)
            or (words <= 3 and _OUTLET_WORDS.search(segment) is not None)
        ):
            break
        pieces.pop()
        separators.pop()
    return " ".join(pieces[0].split()) if len(pieces) == 1 else _join(pieces, separators), date


def _join(pieces: list[str], separators: list[str]) -> str:
    out = pieces[0]
    for separator, piece in zip(separators, pieces[1:], strict=True):
        out += f" {separator} {piece}"
    return " ".join(out.split())


@dataclass(frozen=True)
class PageDate:
    """The publication date chosen among a page's dates, and why (a phrase for a reader)."""

    date: dt.date | None
    reason: str | None


def _meta_dates(html: str) -> list[tuple[dt.date, str]]:
    """Publication dates in the page's ``<meta>`` fields (updates left out)."""
    from analysis.article import ArticleError, parse_date

    found = []
    for tag in _META.findall(html[:200_000]):
        attributes = {
            m[1].lower(): m[2] if m[2] is not None else m[3] for m in _ATTRIBUTE.finditer(tag)
        }
        field = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        content = attributes.get("content")
        if not field or not content or _UPDATE_FIELD.search(field):
            continue
        if not _PUBLISHED_FIELD.search(field.split(":")[-1]):
            continue
        date = _date_in(content)
        if date is None:
            try:
                date = parse_date(content)
            except ArticleError:
                continue
        found.append((date, f"its metadata ({field})"))
    return found


def _plausible(date: dt.date) -> bool:
    return dt.date(1900, 1, 1) < date <= dt.date.today() + dt.timedelta(days=2) and date != dt.date(
        1970, 1, 1
    )


def publication_date(
    html: str, *, extracted: str | None, title_date: dt.date | None, url: str | None
) -> PageDate:
    """The page's publication date among its dates, and the reason for the choice.

    ``extracted`` is the date trafilatura read from the page's metadata (it prefers a
    publication date to an update); the page's own ``<meta>`` publication fields, the date its
    title carries and the date in its address are the others. When they disagree, the earliest
    is the publication: a page is updated after it is published, never before.
    """
    from analysis.article import ArticleError, parse_date

    candidates: list[tuple[dt.date, str]] = []
    if extracted:
        with contextlib.suppress(ArticleError):
            candidates.append((parse_date(extracted), "the page's metadata"))
    candidates += _meta_dates(html)
    if title_date is not None:
        candidates.append((title_date, "the page's title"))
    if url and (match := _URL_DATE.search(url)):
        with contextlib.suppress(ValueError):
            candidates.append((dt.date(int(match[1]), int(match[2]), int(match[3])), "its address"))
    candidates = [(d, why) for d, why in candidates if _plausible(d)]
    if not candidates:
        return PageDate(None, None)
    earliest = min(d for d, _ in candidates)
    sources = list(dict.fromkeys(why for d, why in candidates if d == earliest))
    later = sorted({d for d, _ in candidates if d != earliest})
    reason = "from " + " and ".join(sources)
    if later:
        others = ", ".join(d.isoformat() for d in later)
        reason += f"; the page also gives {others}, later: an update, not the publication"
    return PageDate(earliest, reason)


# Lines of page furniture that extraction can keep as paragraphs.
_BOILERPLATE = re.compile(
    r"(?ix)^(?:"
    r"(?:©|\(c\)|copyright\ (?:©\ ?)?(?:\d{4}|by\b)).{0,120}"  # © 2019 Science X Network
    r"|.{0,120}\ball\ rights\ reserved\.?"
    r"|(?:read|see)\ (?:more|next|also)\b.{0,100}"  # Read more: ..., See also ...
    r"|(?:related|more\ on\ this\ story|recommended|explore\ further)\b.{0,100}"
    r"|(?:share|tweet|e-?mail|print)(?:\ this)?(?:\ (?:article|story|page|post))?"
    r"(?:\ (?:on|via)\ \w+)?[.:!]?"
    r"|(?:follow\ us|sign\ up|subscribe|join\ us)\b.{0,80}"
    r"\b(?:newsletter|twitter|facebook|instagram|linkedin|telegram|whatsapp|updates|inbox)\b.{0,40}"
    r"|click\ here\b.{0,80}"
    r"|advertisement|skip\ (?:to\ )?(?:content|ad(?:vert(?:isement)?)?)"
    r")$"
)


def is_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph is page furniture, not article text: a copyright line, a "Read
    more"/"Related" link, a share or newsletter prompt, an advertisement label."""
    text = " ".join(paragraph.split())
    return len(text.split()) <= 25 and _BOILERPLATE.match(text) is not None
