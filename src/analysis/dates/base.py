"""What every date rule is made of: the TIMEX3 it returns, the context it may look at, and
the rule itself (a pattern, its handler and the words a sentence needs for it to be tried)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Context", "Handler", "Rule", "Timex"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised temporal expression: TIMEX3 ``type`` and ``value``."""

    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at: the anchor date (the dateline), the sentence the match is in,
    and the reference date — the date the text was last talking about, against which
    anaphoric expressions ("the previous year", "three days later") are valued."""

    anchor: dt.date | None
    sentence: str
    reference: tuple[dt.date, str] | None = None  # (date, granularity) of the last date named
    #: The article's order of numeric dates: True day-first (14/03/2005), False month-first
    #: (3/14/05), None when its dates do not say (see :func:`analysis.dates.numeric.day_first`).
    day_first: bool | None = None
    #: Whether the sentence is the headline, whose grammar is its own ("Talks To Resume On
    #: Monday": the infinitive is the future).
    headline: bool = False
    #: The article's language (ISO 639-1), whose rule book found the match.
    language: str = "en"


Handler = Callable[[re.Match[str], Context], Timex | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its handler; ``needs``: words of which one must occur in the sentence
    (lower case) for the pattern to be tried at all — a cheap filter that keeps the tagger
    fast as families of rules are added."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    needs: tuple[str, ...] = ()
    #: Valued against the date the text is talking about ("the previous year", "the quarter"
    #: of a company's figures), not against the dateline.
    anaphoric: bool = False
    #: Names the period talked about again ("for the year"): it never becomes a new topic,
    #: however coarse its own value.
    keeps_topic: bool = False
    #: Finds a time of day: on the dateline's day unless a weekday comes with it.
    clock: bool = False
