"""Business periods of financial news: fiscal years, "the quarter", year-earlier periods,
the year's end.

In financial news "the quarter" is the quarter being reported: the last one completed
before the dateline (an earnings story of 2003-07-20 reports 2003-Q2). A year-earlier
period is the same one a year before; fiscal years are ``FY2003``.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.toolkit import in_a_game, in_business, make_rule, period_year
from analysis.language.english.temporal import STEP_WORDS

__all__ = ["RULES", "is_baseline"]


def _reported_quarter(ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) of the last quarter completed before the dateline."""
    if ctx.anchor is None:
        return None
    index = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3 - 1
    return index // 4, index % 4 + 1


def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the quarter", "the latest quarter", "the prior-year quarter", "the year-earlier
    quarter", "the same quarter last year", "the previous quarter" (before the one talked
    about, else before the one reported); "the current quarter" is the one under way."""
    if in_a_game(ctx.sentence):
        return None  # "trailed in the quarter": a part of the game
    reported = _reported_quarter(ctx)
    which = (m["which"] or "").lower()
    step = STEP_WORDS.get((m["step"] or "").lower(), 0)
    if step and (ctx.reference is None or ctx.reference[1] != "quarter"):
        pass  # "the previous quarter" in an earnings story: the one before the one reported
    elif which == "current" and ctx.anchor is not None:  # the quarter under way
        reported = ctx.anchor.year, (ctx.anchor.month - 1) // 3 + 1
    elif which:
        pass  # "the latest quarter": the last one reported, whatever the text talked about
    elif ctx.reference is not None and ctx.reference[1] == "quarter":
        # the quarter the text has just named: "second-quarter profit ... the prior-year quarter"
        start = ctx.reference[0]
        reported = start.year, (start.month - 1) // 3 + 1
    if reported is None:
        return Timex("DATE", "XXXX-QX")
    year, quarter = reported
    if m["earlier"] or m["last_year"]:
        year -= 1
    index = year * 4 + quarter - 1 + step
    return Timex("DATE", f"{index // 4:04d}-Q{index % 4 + 1}")


def _the_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the period" in a sentence about a company's figures, a quarter being talked about:
    that quarter ("net rose in the third quarter ... revenue in the period")."""
    if ctx.reference is None or ctx.reference[1] != "quarter" or not in_business(ctx.sentence):
        return None  # "during the period, he wrote": no quarter of a company's year
    start = ctx.reference[0]
    return Timex("DATE", f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}")


def _latest_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the latest period", "the most recent period": the quarter just reported."""
    reported = _reported_quarter(ctx)
    if reported is None:
        return Timex("DATE", "XXXX-QX")
    return Timex("DATE", f"{reported[0]:04d}-Q{reported[1]}")


def _fiscal(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "fiscal 2003", "FY2003", "fiscal year 2003", "the 2003 fiscal year", "fiscal 2003-04",
    "the fiscal year", "this fiscal year", "last fiscal year"."""
    if m["year2"]:
        return Timex("DATE", f"FY{m['year2']}")
    if m["year"]:
        year = int(m["year"])
        if m["end"]:  # fiscal 2003-04: the year it ends
            year = int(m["year"][:2] + m["end"][-2:]) if len(m["end"]) == 2 else int(m["end"])
        return Timex("DATE", f"FY{year:04d}")
    if ctx.anchor is None:
        return Timex("DATE", "FYXXXX")
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get((m["rel"] or "").lower(), 0)
    return Timex("DATE", f"FY{ctx.anchor.year + step:04d}")


def _year_end(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the year's end", "year-end", "the year's results": the dateline's year."""
    if ctx.anchor is None:
        return Timex("DATE", "XXXX")
    return Timex("DATE", f"{ctx.anchor.year:04d}")


def _year_earlier(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "a year earlier", "the year-earlier period": the period the text is talking about, a
    year before — the same quarter ("third-quarter net fell from $14 million a year earlier"
    -> ``1988-Q3``) or month when that is what it talks about, else the year."""
    if ctx.reference is None:
        if ctx.anchor is None:
            return Timex("DATE", "PAST_REF")
        return Timex("DATE", f"{ctx.anchor.year - 1:04d}")
    base, granularity = ctx.reference
    if granularity == "quarter":
        return Timex("DATE", f"{base.year - 1:04d}-Q{(base.month - 1) // 3 + 1}")
    if granularity == "month":
        return Timex("DATE", f"{base.year - 1:04d}-{base.month:02d}")
    return Timex("DATE", f"{base.year - 1:04d}")


#: Before a bare "Q3" or "H1": a preposition or article makes it a period, not a name ("in
#: Q3", "the Q3 results"; not "the Audi Q3" — the article must come right before it).
_CODE_BEFORE = re.compile(r"\b(?:in|for|during|of|from|to|than|since|by|the|its|their)\s+$")


def _quarter_code(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Q3 2009" (``2009-Q3``), "H1 2009" (``2009-H1``); "in Q3" alone: in the year of
    :func:`~analysis.dates.toolkit.period_year`, as "the third quarter"."""
    code = f"{m['unit']}{m['ord']}"
    if m["unit"] == "H" and m["ord"] > "2":
        return None
    if m["year"]:
        return Timex("DATE", f"{m['year']}-{code}")
    if not _CODE_BEFORE.search(ctx.sentence, 0, m.start()):
        return None
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{code}")
    return Timex("DATE", f"{period_year(code, ctx.anchor, ctx, m.start()):04d}-{code}")


#: Right before a period a figure is compared with: "up 5% from the previous quarter".
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|over|versus|vs\.|against|compared\s+(?:with|to))\s+$", re.IGNORECASE
)


def is_baseline(rule: Rule, match: re.Match[str]) -> bool:
    """Whether an expression names the period a figure is compared with ("from $40 million a
    year earlier", "the prior-year quarter", "the same quarter last year", "up 5% from the
    previous quarter"): not the period the text goes on to talk about, so "Revenue for the
    quarter" that follows stays the one reported."""
    if rule.name == "year_earlier":
        return True
    if rule.name != "reported_quarter":
        return False
    if match["earlier"] or match["last_year"]:
        return True
    return _COMPARED_BEFORE.search(match.string, 0, match.start()) is not None


RULES: tuple[Rule, ...] = (
    make_rule(
        "quarter_code",
        r"\b(?P<unit>[QH])(?P<ord>[1-4])(?:\s+(?P<year>(?:19|20)\d\d))?\b(?![-/]\w)",
        _quarter_code,
    ),
    make_rule(
        "reported_quarter",
        r"\b(?:(?i:the)\s+(?:(?P<step>(?i:previous|preceding|prior|following|next|same))\s+)?"
        r"|(?i:that)\s+(?P<that>))"
        r"(?:(?P<which>(?i:latest|most recent|current|last|past|just-ended|recent))\s+)?"
        r"(?:(?P<earlier>(?i:prior-year|year-earlier|year-ago|year-before))\s+)?(?i:quarter)\b"
        r"(?P<last_year>\s+(?i:a year earlier|a year ago|last year|of last year))?"
        r"(?!\s+(?:of|century|mile|point)\b)(?!-)",
        _quarter,
    ),
    make_rule(
        "fiscal",
        r"(?:\b(?:(?i:fiscal)\s+(?:(?i:year)\s+)?|FY\s?)(?P<year>(?:19|20)\d\d)"
        r"(?:[-/](?P<end>\d{2}|\d{4}))?(?![\d-])"
        # "the 1989 fiscal year", "its 2003 fiscal year"
        r"|\b(?:(?i:the|its|their)\s+)?(?P<year2>(?:19|20)\d\d)\s+(?i:fiscal)\s+(?i:year)\b"
        r"|(?<!\b[Aa] )\b(?:(?i:the|this|its|their)\s+)?"
        r"(?:(?P<rel>(?i:last|previous|next|coming|current))\s+)?(?i:fiscal)\s+(?i:year)\b)",
        _fiscal,
    ),
    make_rule(
        "year_end",
        # ("the end of the year" is the year talked about: anaphora.edge_of_period)
        r"\b(?:(?i:the)\s+(?i:year)['’]s\s+(?i:end)|(?i:year)[-\s](?i:end)(?!\w))",
        _year_end,
    ),
    # "the year's results": the possessive ending is no part of it ("Friday's", "last month's")
    make_rule("years_possessive", r"\b(?i:the)\s+(?i:year)(?=['’]s\b(?!\s+(?i:end)\b))", _year_end),
    make_rule(
        "year_earlier",
        r"\b(?:(?i:a)\s+(?i:year)\s+(?i:earlier)|(?i:the)\s+(?i:year-earlier|year-ago|"
        r"prior-year|year-before)\s+(?i:period)|(?i:the)\s+(?i:same)\s+(?i:period)\s+"
        r"(?i:a year earlier|a year ago|last year)"
        # the adjective alone: "a year-earlier loss" (not "the year-earlier quarter")
        r"|(?i:year-earlier|year-ago)(?!\s+(?i:quarter|period)\b))\b",
        _year_earlier,
    ),
    make_rule(
        "the_period",
        r"\b(?i:the)\s+(?:(?i:same)\s+)?(?i:period)\b(?!\s+(?:of|between|from|when|in\s+which)\b)",
        _the_period,
    ),
    make_rule(
        "latest_period",
        r"\b(?i:the)\s+(?i:latest|most recent|just-ended)\s+(?i:period)\b",
        _latest_period,
    ),
)

#: Rules valued against the period the text is talking about.
_ANAPHORIC = frozenset({"reported_quarter", "year_earlier", "the_period"})

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "reported_quarter": ("quarter",),
    "fiscal": ("fiscal", "fy"),
    "year_end": ("end",),
    "quarter_code": ("q1", "q2", "q3", "q4", "h1", "h2"),
    "year_earlier": ("earlier", "ago", "prior", "before", "same"),
    "latest_period": ("period",),
    "the_period": ("period",),
    "years_possessive": ("year's", "year’s"),
}
RULES = tuple(
    dataclasses.replace(
        rule,
        needs=_NEEDS[rule.name],
        anaphoric=rule.name in _ANAPHORIC,
        keeps_topic=rule.name == "the_period",  # "the period" is the one talked about
    )
    for rule in RULES
)
