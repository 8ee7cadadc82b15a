"""Markdown articles: front matter, a ``# Headline``, and inline markup reduced to its text.

Only what changes the words matters here: links keep their text (``[the report](https://...)``
→ ``the report``), images and HTML comments go, emphasis and code marks are dropped, so that
URLs and asterisks are never counted as terms. Block structure (headings, lists) is left to
:func:`analysis.sources.layout.paragraph_texts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.sources.layout import HEADING

__all__ = ["Markdown", "parse_markdown"]

_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(?P<text>.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]+)`+")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)


@dataclass(frozen=True)
class Markdown:
    """A Markdown article reduced to plain text: the body keeps its line structure."""

    body: str
    headline: str | None
    date: str | None
    author: str | None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _inline(text: str) -> str:
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\g<text>", text)
    text = _REF_LINK.sub(r"\g<text>", text)
    text = _LINK_DEFINITION.sub("", text)
    text = _AUTOLINK.sub("", text)
    text = _CODE.sub(r"\1", text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(r"\g<text>", text)
    text = _RULE.sub("", text)
    return _QUOTE_MARK.sub("", text)


def parse_markdown(text: str) -> Markdown:
    """Front matter (``title``, ``date``, ``author`` of a YAML block between ``---`` lines),
    the headline (front matter ``title``, else a first ``# Headline`` line) and the body as
    plain text, headings kept as ``## ...`` lines so that they stay paragraphs of their own."""
    meta: dict[str, str] = {}
    if match := _FRONT.match(text):
        for line in match["yaml"].splitlines():
            if key := _KEY.match(line):
                meta[key["key"].lower()] = _unquote(key["value"])
        text = text[match.end() :]
    lines = text.split("\n")
    headline = meta.get("title") or meta.get("headline")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and re.match(r"^\s{0,3}#\s+\S", lines[first]):
        heading = HEADING.sub("", lines[first]).strip().rstrip("#").strip()
        headline = headline or _inline(heading)
        del lines[first]
    body = _inline("\n".join(lines))
    author = meta.get("author") or meta.get("authors") or meta.get("byline")
    return Markdown(body, headline or None, meta.get("date") or None, author or None)
