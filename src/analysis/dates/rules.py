"""The general rules, first part: dates named by the calendar — ISO dates, a month and day
("Oct. 1, 1999", "the 15th of October"), a month and year, a month, a year or decade, a
weekday, the day of a month ("on the 25th"), a year's quarter or half. The second part,
expressions counted from the dateline, is :mod:`analysis.dates.relative`.

Each rule is a regular expression and a function that turns a match into a TIMEX3
``(type, value)`` or rejects it (``None``). Values are resolved against the anchor date (the
article's dateline); without one, relative expressions keep unknown digits (``XXXX-08-07``,
``XXXX-WXX``). The conventions follow TimeML / TempEval-3: prepositions are not part of the
span ("since 2003" -> "2003"); modifiers are ("early 1990s", "the last few weeks", "a year
ago"); a weekday refers to the week around the dateline — the most recent one (the dateline
day included) unless the sentence speaks of the future before it ("will meet Friday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import (
    add_months,
    day_value,
    month_value,
    year_value,
)
from analysis.dates.casing import title_case
from analysis.dates.tense import has_happened, is_future, weekday_date, year_of_month
from analysis.dates.toolkit import (
    MONTH,
    MONTH_FULL,
    MONTH_FULL_NAMES,
    WEEKDAY,
    YEAR,
    in_a_game,
    make_rule,
    period_year,
    relation_of,
)
from analysis.language.english.calendar import (
    MONTH_PREFIXES,
    WEEKDAY_NAMES,
)
from analysis.language.english.temporal import (
    COUNT_NOUNS,
    DAY_PARTS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
)

__all__ = ["RULES"]

_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|of|from|through|during|before|after|last|next|this|"
    r"early|late|mid|end|between|and|to|or|through)|-)\s*$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(r"\s+([a-z]+)")


def _day_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "on the 25th": the next such day in a clause about the future ("will be held on the
    25th"), else the last one (news mostly reports what happened), the dateline's day
    included; a month without that day is skipped ("the 31st" in March is January's)."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-XX-{day:02d}")
    anchor = ctx.anchor
    future = is_future(ctx, m.start())
    for step in (0, 1, 2) if future else (0, -1, -2):
        year, month = add_months(anchor.year, anchor.month, step)
        if day > calendar.monthrange(year, month)[1]:
            continue
        when = dt.date(year, month, day)
        if (when >= anchor) if future else (when <= anchor):
            return Timex("DATE", day_value(when))
    return None


def _month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Oct. 1, 1999", "1 October", "Oct. 1 last year"; without a year, in the year
    :func:`year_of_month` gives — or, when a weekday comes with it ("Monday, Oct. 4"), the
    year talked about or one next to the usual one, if that is the one the weekday agrees with."""
    month = MONTHS[m["month"].rstrip(".").lower()]
    day = int(m["day"])
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    elif m["relyear"]:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["relyear"].lower(), 0)
    else:
        future, past = is_future(ctx, m.start()), has_happened(ctx, m.start())
        year = year_of_month(ctx.anchor, month, None, day=day, future=future, past=past)
        if m["weekday"]:
            weekday = WEEKDAYS[m["weekday"].lower()]
            year = _year_of_weekday(year, month, day, weekday, ctx, future=future, past=past)
    try:
        return Timex("DATE", day_value(dt.date(year, month, day)))
    except ValueError:
        return None


def _year_of_weekday(
    year: int, month: int, day: int, weekday: int, ctx: Context, *, future: bool, past: bool
) -> int:
    """The year a weekday written with a month-day agrees with: the year the text talks
    about, ``year`` or the year either side of it that keeps the date on the side of the
    dateline its clause speaks of; ``year`` when none agrees (the weekday may be wrong, the
    month-day is kept)."""
    candidates = [year, year - 1, year + 1]
    if ctx.reference is not None:
        candidates.insert(0, ctx.reference[0].year)
    for candidate in candidates:
        try:
            when = dt.date(candidate, month, day)
        except ValueError:
            continue
        if (
            candidate != year
            and ctx.anchor is not None
            and ((past and when > ctx.anchor) or (future and when < ctx.anchor))
        ):
            continue
        if when.weekday() == weekday:
            return candidate
    return year


def _iso_date(m: re.Match[str], ctx: Context) -> Timex | None:
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Timex("DATE", day_value(day))


def _month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    after = _COUNT_AFTER.match(ctx.sentence, m.end())
    if "," in m.group() and after and after[1] in COUNT_NOUNS:
        return None  # "In June, 2001 people came": a count, not a year
    return Timex("DATE", month_value(int(m["year"]), MONTHS[m["month"].rstrip(".").lower()]))


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|its|their|his|her|our|this|that)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|of|to|through|for|in|into|against|from|across|toward|towards|and|or|was|"
    r"is|will|had|has)\b)[a-z]{3,}\b"
)


#: A capitalised word after a month that is no date word: the surname of a "June Carter".
_SURNAME_AFTER = re.compile(
    rf"\s+(?!{MONTH_FULL_NAMES}\b|{WEEKDAY}\b|Day\b|Eve\b)[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b"
)


def _month(m: re.Match[str], ctx: Context) -> Timex | None:
    name = m["month"]
    relation = relation_of(m["rel"])
    if m["rel"] is None:
        before = ctx.sentence[: m.start()]
        # "May" and "March" are also words; alone they count only after a preposition, or
        # between a determiner and the noun they date ("the March accession"; not "the
        # March on Washington", "a march through town")
        if (
            name in {"May", "March"}
            and not _PREPOSITION_BEFORE.search(before)
            and not (_DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(ctx.sentence, m.end()))
        ):
            return None
        # "June Carter", "reporter April Ryan": a given name before a surname, unless a
        # preposition dates it ("in June Parliament voted") or the line is in Title Case
        surname = _SURNAME_AFTER.match(ctx.sentence, m.end())
        if (
            surname
            and not _PREPOSITION_BEFORE.search(before)
            and not title_case(before + ctx.sentence[surname.end() :])
        ):
            return None
    month = MONTHS[name.lower()]
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}")
    future, past = is_future(ctx, m.start()), has_happened(ctx, m.start())
    year = year_of_month(ctx.anchor, month, relation, future=future, past=past)
    return Timex("DATE", month_value(year, month))


#: Before a number that names a thing rather than a year.
_DESIGNATOR_BEFORE = re.compile(
    r"(?:No\.|#|\$|\bnumber|\b(?:Route|Flight|Highway|Interstate|Room|Article|Section|Chapter|"
    r"Paragraph|Page|Pages|Rule|Resolution|Proposition|Amendment|Gate|Platform|Terminal|Suite|"
    r"Apartment|Unit|Box|Exit|Channel|Bus|Boeing|Airbus|Model|Version|Lot|Pier|Precinct|"
    r"District|Ward|Division|Squadron|Battalion|Regiment|Brigade))\s*$"
)
#: After a number, the street it is the number of: "1600 Pennsylvania Avenue", "2000 N. Main St."
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
    r"Boulevard|Blvd\.|Lane|Drive|Dr\.|Way|Place|Square|Court|Terrace|Parkway|Highway)(?!\w)"
)


def _year(m: re.Match[str], ctx: Context) -> Timex | None:
    after = _COUNT_AFTER.match(ctx.sentence, m.end())
    if after and after[1] in COUNT_NOUNS:
        return None
    if _DESIGNATOR_BEFORE.search(ctx.sentence, max(0, m.start() - 14), m.start()):
        return None  # a number that names a thing: "Flight 1998", "Article 1650", "Section 1983"
    if (
        not m["mod"]
        and _STREET_AFTER.match(ctx.sentence, m.end())
        and not _PREPOSITION_BEFORE.search(ctx.sentence, 0, m.start())
    ):
        return None  # a street number: "lives at 1600 Pennsylvania Avenue" (not "in 2000 ...")
    year = m["year"]
    if m["decade"]:
        if year.endswith("00") and year < "2000":
            return Timex("DATE", year[:2])  # "the 1800s": the century, as it is said
        return Timex("DATE", year[:3]) if year.endswith("0") else None
    return Timex("DATE", year)


def _weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    if not m["rel"] and _NAMED_DAY_BEFORE.search(ctx.sentence, 0, m.start()):
        return None  # "Bloody Sunday", "Super Tuesday": a named event, not a weekday
    if not m["rel"] and _COUNTED_BEFORE.search(ctx.sentence, 0, m.start()):
        return None
    if (
        not m["rel"]
        and _INDEFINITE_BEFORE.search(ctx.sentence, 0, m.start())
        and _PHRASE_ENDS.match(ctx.sentence, m.end())
    ):
        # "March 3, a Monday", "on a Friday": which Friday, it does not say ("a Sunday night
        # service" is that Sunday's service)
        return None
    if _TITLE_AFTER_DAY.match(ctx.sentence, m.end("weekday")) or _PAPER_ON.search(
        ctx.sentence, 0, m.start()
    ):
        return None  # "The Sunday Times", "Saturday Night Live", "the Mail on Sunday"
    weekday = WEEKDAYS[m["weekday"].lower()]
    relation = relation_of(m["rel"])
    # "Friday night" is a part of a day: "2000-01-07TNI"; "Friday nights" every such part:
    # SET "XXXX-WXX-5TNI".
    part = m["part"].lower() if m["part"] else None
    if m["every"] and not m["rel"]:  # "on Sundays": every Sunday
        return Timex("SET", f"XXXX-WXX-{weekday + 1}")
    if m["every"]:
        return None  # "last Sundays": not an expression
    if part and part.endswith("s"):
        return Timex("SET", f"XXXX-WXX-{weekday + 1}T{DAY_PARTS[part.removesuffix('s')]}")
    suffix = f"T{DAY_PARTS[part]}" if part else ""
    kind = "DATE"  # TempEval-3 types a part of a day as DATE; its value carries the part
    if ctx.anchor is None:
        return Timex(kind, f"XXXX-WXX-{weekday + 1}{suffix}")
    if relation == "this":  # "this Friday": the Friday of the dateline's week
        day = ctx.anchor + dt.timedelta(days=weekday - ctx.anchor.weekday())
        return Timex(kind, day_value(day) + suffix)
    future = relation == "next" or (relation is None and is_future(ctx, m.start()))
    day = weekday_date(ctx.anchor, weekday, future=future, strict=relation in {"last", "next"})
    return Timex(kind, day_value(day) + suffix)


def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    if not m["year"] and not m["rel"] and in_a_game(ctx.sentence):
        return None
    ordinal = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    if unit == "half" and ordinal > 2:
        return None
    code = f"{'Q' if unit == 'quarter' else 'H'}{ordinal}"
    if m["year"] or m["pyear"]:
        return Timex("DATE", f"{m['year'] or m['pyear']}-{code}")
    relation = (m["rel"] or m["prel"] or "").lower()
    if relation == "the":  # "the second half of the year": the year talked about
        relation = "the same" if ctx.reference is not None else "this"
    if relation in {"the previous", "the following", "the same"}:
        if ctx.reference is None:
            return None  # "the first quarter of the previous year": no year talked about
        step = {"the previous": -1, "the following": 1}.get(relation, 0)
        return Timex("DATE", f"{year_value(ctx.reference[0].year + step)}-{code}")
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{code}")
    if relation:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(relation, 0)
    else:
        year = period_year(code, ctx.anchor, ctx, m.start())
    return Timex("DATE", f"{year_value(year)}-{code}")


# --- the rules ---------------------------------------------------------------------------

_REL_DAY = (
    r"(?:(?P<rel>(?i:last|next|this|this past|this coming|early|late|early last|"
    r"early next))\s+)?"
)
_MOD = (
    r"(?:(?P<mod>(?i:early|mid|late|the end of|the beginning of|the start of|"
    r"the middle of))[\s-]+)?"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?i:a|any|every|each)\s+$")
#: "the following Tuesday" counts from the day talked about (anaphora), "the third Sunday"
#: in its month (ordinal), never from the dateline.
_COUNTED_BEFORE = re.compile(
    r"\b(?i:the)\s+(?i:following|next|previous|preceding|first|second|third|fourth|fifth)\s+$"
)
_PHRASE_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\"”]|--|—|$)|\s+(?:and|or|but|when|in|at|of|that|which|as)\b"
)
#: Named days that are events, not a weekday of the story ("Bloody Sunday", "Super Tuesday").
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Black|Good|Holy|Maundy|Ash|Palm|Easter|Bloody|Super|Cyber|Fat|Shrove|Giving|Blue)"
    r"\s+$"
)
#: A weekday in the name of a paper, a show or a thing, or used as an adjective.
_TITLE_AFTER_DAY = re.compile(
    r"-[a-z]|\s+(?:Times|Telegraph|Herald|Mail|Express|Post|Mirror|Tribune|Independent|"
    r"Observer|Star|Magazine|Edition|Night\s+(?:Live|Football|Fever)|School|Service|Market)\b"
)
_PAPER_ON = re.compile(r"\b(?:Mail|Independent|Express|Mirror|Post|Telegraph|Herald)\s+on\s+$")


# Words one of which must be in a sentence (lower-cased) for a rule to match there: most
# sentences name no date, and trying every pattern on them is most of the tagger's time.
_MONTH_WORDS = MONTH_PREFIXES
_WEEKDAY_WORDS = WEEKDAY_NAMES
_DIGITS = tuple("0123456789")


#: The year written after a month and day: "Oct. 1, 1999", "Oct. 1 last year".
_YEAR_AFTER = rf"(?:,?\s+{YEAR}|\s+(?P<relyear>(?i:last|this|next))\s+(?i:year)\b)?"


#: The rules, in order of preference when two matches have the same length.
RULES: tuple[Rule, ...] = (
    make_rule(
        "iso_date",
        r"(?<![\d-])(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])",
        _iso_date,
        needs=("-",),
    ),
    make_rule(
        "month_day",
        rf"(?:{WEEKDAY},?\s+)?{MONTH}\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|\d)"
        rf"{_YEAR_AFTER}",
        _month_day,
        needs=_MONTH_WORDS,
    ),
    make_rule(
        "day_month",
        rf"(?<![\d.,])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{_YEAR_AFTER}"
        r"(?P<weekday>)",
        _month_day,
        needs=_MONTH_WORDS,
    ),
    make_rule(
        "day_month",
        # ... with what comes before it: "Wednesday 6 October", "the 15th of October" (a
        # rule of its own: an optional prefix would slow the search of every sentence)
        rf"(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?|(?i:the)\s+)(?=[0-3]?\d(?:st|nd|rd|th)\s+of\s|"
        rf"[0-3]?\d\s)"
        rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{_YEAR_AFTER}",
        _month_day,
        needs=_MONTH_WORDS,
    ),
    make_rule(
        "month_year", rf"{_MOD}{MONTH},?\s+(?:of\s+)?{YEAR}", _month_year, needs=_MONTH_WORDS
    ),
    make_rule(
        "month",
        rf"(?:(?P<rel>(?i:last|next|this|early|late|mid|earlier|later|the end of|the beginning of|"
        rf"the middle of|the start of))[\s-]+)?{MONTH_FULL}",
        _month,
        needs=_MONTH_WORDS,
    ),
    make_rule(
        "year",
        r"(?:(?P<mod>(?i:early|mid|late|post|pre))[\s-]+|"
        r"(?<![\w$£€#.,/:'’-]))(?P<year>(?:1[6-9]|20)\d\d)(?P<decade>['’]?s)?"
        r"(?![\w%]|[.,/:]\d|-\d|-[A-Za-z])",
        _year,
        needs=("1", "2"),
    ),
    make_rule(
        "weekday",
        rf"{_REL_DAY}{WEEKDAY}(?:(?P<every>s)\b|(?:\s+(?P<part>(?i:morning|afternoon|evening|night)s?))?)",
        _weekday,
        needs=_WEEKDAY_WORDS,
    ),
    make_rule(
        "day_of_month",
        # "on the 25th." — not "on the 25th floor", "on the 5th anniversary"
        r"(?<=\b(?i:on) )(?i:the)\s+(?P<day>[1-3]?\d)(?i:st|nd|rd|th)\b"
        r"(?=\s*[.,;:)!?'\"”]|\s*$|\s+(?:and|at|in|when|after|before|or|to|with|but)\b)",
        _day_of_month,
        needs=_DIGITS,
    ),
    make_rule(
        "quarter",
        # a year's quarter: "1988's fourth quarter", "last year's second half", "the year's
        # first quarter" (the year talked about)
        r"(?:(?P<pyear>(?:19|20)\d\d)['’]s\s+|(?P<prel>(?i:last|this|next|the))\s+(?i:year)['’]s\s+)?"
        # "the third quarter"; in "the third-quarter loss" the article is the loss's
        r"(?:(?i:the)\s+(?=(?:(?i:fiscal)\s+)?(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s))?"
        r"(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
        r"[\s-]+(?P<unit>(?i:quarter|half))\b(?:\s+(?i:of)\s+(?:(?P<year>(?:19|20)\d\d)|"
        r"(?P<rel>(?i:last|this|next|the previous|the following|the same|the))\s+(?i:year)\b"
        r"(?![-’'])))?"
        # a half of something else is no half year: "the second half of the 20th century"
        r"(?!\s+(?i:of)\b)",
        _quarter,
        needs=("quarter", "half"),
        anaphoric=True,  # "the second quarter" of a company's figures: the year talked about's
    ),
)
