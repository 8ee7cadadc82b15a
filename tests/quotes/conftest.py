"""Helpers the quotation tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis import extract_quotes, parse_article


def _last_speaker(body: str) -> str | None:
    """The speaker of the last quotation of an article made of ``body`` (None if empty)."""
    frame = extract_quotes(parse_article(f"date 2016-01-15 Headline\n\n{body}\n"))
    found = frame["speaker"].iloc[-1]
    return found if isinstance(found, str) else None


@pytest.fixture
def last_speaker() -> Callable[[str], str | None]:
    """:func:`_last_speaker`: the speaker of the last quotation of a made-up article."""
    return _last_speaker


def _speakers(body: str) -> list[str | None]:
    """The speaker of every quotation and report of an article made of ``body``, in order
    (None where a row has none)."""
    frame = extract_quotes(parse_article(f"date 2016-01-15 Headline\n\n{body}\n"))
    return [s if isinstance(s, str) else None for s in frame["speaker"]]


@pytest.fixture
def speakers() -> Callable[[str], list[str | None]]:
    """:func:`_speakers`: the speakers of every row of a made-up article, in order."""
    return _speakers
