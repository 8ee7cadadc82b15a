"""Shared by the date tests: the expressions a body of text gives under a dateline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis import extract_dates, parse_article


def _dates(body: str, dateline: str = "2003-05-06") -> list[tuple[str, str, str]]:
    article = parse_article(f"date {dateline} Headline\n\n{body}\n")
    frame = extract_dates(article)
    frame = frame[frame["paragraph"] > 0]
    return list(zip(frame["text"], frame["type"], frame["value"], strict=True))


@pytest.fixture(scope="session")
def dates() -> Callable[..., list[tuple[str, str, str]]]:
    """``dates(body, dateline="2003-05-06")``: (text, type, value) of each expression of the
    body (the headline left out)."""
    return _dates
