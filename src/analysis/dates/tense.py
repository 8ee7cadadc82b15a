"""The tense of a clause, and the occurrence of a date it picks.

A weekday, a month or a holiday named without its year is placed by what its clause tells:
the future ("will meet Friday", "the trial begins Monday", "a decision expected Friday", a
headline's "Talks To Resume On Monday"), what happened ("In January, a bomb killed ...", "the
trial, which began in October", "up 22% since January"), or neither (the nearest, the future
counted farther: news mostly reports what happened).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from analysis.dates.base import Context
from analysis.patterns import alternation

__all__ = [
    "FUTURE_VERB",
    "PAST",
    "SINCE_BEFORE",
    "has_happened",
    "is_future",
    "nearest",
    "weekday_date",
    "year_of_month",
]

_FUTURE = re.compile(
    r"\b(?:will|shall|going to|scheduled|set to|plans?|planned|planning|"
    # an expectation told in the past is no future: "the plane was due to land Monday" (a
    # plan is: "they were planning to march on Monday")
    r"(?<!\bwas\s)(?<!\bwere\s)(?:expected to|due to)|"
    r"expects?|expecting|forecasts?|predicts?|"
    r"as soon as|would be|postponed until|(?:is|are)\s+to\s+be)\b"
    r"|['’]ll\b"
    # what may happen is still to come ("rain may fall by Wednesday"; not "may have died",
    # nor the month: lower case only; "could" is as often the past of "can": "could not be
    # located Wednesday")
    r"|\b(?-i:may|might)\s+(?!have\b)(?-i:[a-z]+)\b",
    re.IGNORECASE,
)
FUTURE_VERB = re.compile(
    r"\b(?:will|shall|plans? to|(?:is|are)\s+(?:going|expected|due|scheduled|set|planning) to)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|no later than)\s+$", re.IGNORECASE)
#: A deadline granted or moved: what runs "until" it is still to come.
_GRANTED = re.compile(
    r"\b(?:deadline|ultimatum|extend(?:s|ed)?|extension|gave|give[sn]?|grant(?:s|ed)?)\b",
    re.IGNORECASE,
)
#: Past forms of news verbs ("hit", "cut", "put", "set" are presents too).
_PAST_WORDS = (
    "said says told was were had did came went took made met held began left fell rose won "
    "lost gave got sent spoke wrote saw found ago struck shot fled fought led ran broke drove "
    "stood threw brought bought caught sold paid built spent kept felt sank swept stole flew "
    "grew knew drew chose hid became withdrew sought dealt hung overtook arose forbade swore "
    "tore woke froze"
).split()
PAST = re.compile(
    # a participle after "be" is no past: "will be held", "is to be signed"; nor one after
    # "will have": "will have left by May" (the words as a trie: a list of alternatives was
    # tried word by word at every position)
    rf"\b(?<!\bbe\s)(?<!\bwill\shave\s)(?:(?i:{alternation(_PAST_WORDS)})"
    # an -ed word after an article, a possessive or an adverb is an adjective: "the newly
    # elected parliament", "its proposed budget"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"(?<!ly\s)[a-z]{3,}(?<!e)ed)\b"
)


#: A present tense that schedules, right before the expression: "the trial begins Monday",
#: "the vote is on Friday", "the Games begin in August" (third person singular, or a plural
#: that is no noun: "the vote Friday" is a noun; a bare "is" is not enough: "the anniversary
#: is Feb. 15").
_SCHEDULED = re.compile(
    r"\b(?:(?:begins|starts|opens|closes|ends|resumes|reopens|meets|votes|arrives|leaves|"
    r"returns|expires|takes effect|kicks off|gets under way|"
    # the plural where it is no noun: "the Games begin in August", "schools reopen Monday"
    r"(?<!\bnot )(?<!n't )(?<!\bdid )(?<!\bto )(?:begin|reopen|resume|expire|arrive|meet))"
    r"\s+(?:(?i:on|at|until|in)\s+)?"
    r"|(?:is|are)\s+(?i:on|at)\s+"
    # an appointment in the present: "the deadline is midnight Saturday", "the vote is Friday"
    r"|\b(?i:deadline|vote|election|hearing|meeting|trial|summit|ceremony|funeral|wedding|"
    r"match|game|race|launch|opening)s?\s+(?:is|are)\s+(?:(?i:on|at|set\s+for)\s+)?)$"
)


#: "expected", "due" right before an expression, a word or two between: what is expected is
#: to come.
_EXPECTED_BEFORE = re.compile(
    # a participle, not a verb with its subject: "as he expected on Monday", "had expected"
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )(?<!\bwho )(?<!\bhad )(?<!\bhave )"
    r"(?<!\bwas )(?<!\bwere )"  # an expectation told in the past: "he was expected Monday"
    r"\b(?i:expected|due)\s+(?:[a-z]+\s+){0,2}$"
)


#: A headline's future: "to" and a verb ("Talks To Resume On Monday"; not "Trip To Paris").
_HEADLINE_FUTURE = re.compile(
    r"\b(?i:to)\s+(?i:resume|begin|start|meet|vote|hold|visit|open|close|return|leave|end|"
    r"announce|decide|release|testify|appear|face|seek|sign|launch|travel|attend|host|hear|"
    r"rule|review|unveil|present|file|join|quit|resign|retire|step|head|lead|play|speak|"
    r"address|strike|march|rally|debate|reopen|take|get|go|stay|hike|raise|cut)\b"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;]*,")


def is_future(ctx: Context, start: int) -> bool:
    """Whether the clause around an expression speaks of the future.

    A present tense that schedules, right before it, is future ("the trial begins Monday"), as
    is a deadline granted or moved ("extended its deadline until Friday"); otherwise the
    nearest tense cue before it decides ("officials said Friday he will" is past, "he will
    meet Friday" future); with no cue before it, the first verb after it ("On Tuesday, the
    league plans to ...", "Until Thursday, they had not called him a suspect"); with no verb
    either, a deadline is still to come ("has until 9 a.m. Tuesday")."""
    sentence = ctx.sentence
    if _SCHEDULED.search(sentence, 0, start):
        return True
    if _DEADLINE_BEFORE.search(sentence, 0, start) and _GRANTED.search(sentence, 0, start):
        return True  # "extended its deadline until Friday", "gave him until Friday"
    if _EXPECTED_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "a decision expected Monday", "results expected early on Friday"
    if ctx.headline and _HEADLINE_FUTURE.search(sentence, 0, start):
        return True  # "Talks To Resume On Monday", "Senate To Vote Friday"
    # a cue that is both ("planned", "scheduled") is future: the tie goes to True; a cue in
    # a relative clause set off by commas tells of another time ("Rovers, who were promoted
    # in 2008, play on Tuesday")
    aside = [m.span() for m in _RELATIVE_CLAUSE.finditer(sentence, 0, start)]
    before = [
        (m.end(), future)
        for pattern, future in ((_FUTURE, True), (PAST, False))
        for m in pattern.finditer(sentence, 0, start)
        if not any(left <= m.start() < right for left, right in aside)
    ]
    if before:
        return max(before)[1]
    future = FUTURE_VERB.search(sentence, start)
    past = PAST.search(sentence, start)
    if future is not None and (past is None or future.start() <= past.start()):
        return True
    return past is None and _DEADLINE_BEFORE.search(sentence, 0, start) is not None


#: What may precede a time adverbial that opens its sentence: "In", "Early in", "On", "By",
#: "On the morning of".
_FRONTED = re.compile(
    r"[\s\"“'`(]*(?:(?:(?i:and|but|then|so|in|on|by|during|early|late|later|since|until|from|"
    r"at|of|mid)|(?i:the\s+(?:morning|afternoon|evening|night|eve|end|beginning|start|middle)"
    r"\s+of))[\s-]+)*"
)


def has_happened(ctx: Context, start: int) -> bool:
    """Whether an expression dates something the sentence tells as past: it opens a sentence
    told in the past — only a preposition before it, a past verb after it ("In January, a
    bomb killed ...", "On March 3 the board voted ..."), nothing after it about the future
    ("In March, the newly elected parliament will meet") —, or a past verb comes right before
    it, a preposition or two between ("the trial, which began in October", "said in
    September"). A past verb further before is not enough: "said sales in January would
    rise" reports a plan. What something has lasted "since" has begun ("up 22% since
    January")."""
    sentence = ctx.sentence
    if _SINCE_RIGHT_BEFORE.search(sentence, max(0, start - 12), start):
        return True
    if not _FRONTED.fullmatch(sentence, 0, start):
        cue = _RIGHT_BEFORE.search(sentence, max(0, start - 40), start)
        return (
            cue is not None
            and PAST.fullmatch(cue["verb"]) is not None
            and not _MODAL_BEFORE.search(sentence, max(0, cue.start() - 20), cue.start())
        )
    return PAST.search(sentence, start) is not None and not FUTURE_VERB.search(sentence, start)


#: "since" right before an expression: "the highest since 2008", "since the start of the year".
SINCE_BEFORE = re.compile(r"\b(?i:since)\s+$")
_SINCE_RIGHT_BEFORE = re.compile(r"\b(?i:since|ever\s+since)\s+(?:(?i:early|late|mid)[\s-]+)?$")
#: A modal right before a participle: "will have left by May" is still to come.
_MODAL_BEFORE = re.compile(r"\b(?i:will|would|shall|should|could|might|must|may)\s+(?:\w+\s+)?$")
#: A verb right before an expression, a preposition or two between: "began in", "fell on".
_RIGHT_BEFORE = re.compile(
    r"\b(?P<verb>[A-Za-z]+)\s+(?:(?i:in|on|at|during|until|by|from|since|of|early|late|"
    r"mid|the|last)[\s-]+){1,3}$"
)


def weekday_date(anchor: dt.date, weekday: int, *, future: bool, strict: bool) -> dt.date:
    if future:
        delta = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    return anchor - dt.timedelta(days=delta)


def nearest(anchor: dt.date, candidates: list[dt.date], *, future: bool) -> dt.date:
    """The candidate nearest the dateline, counting the future as 1.5 times as far unless the
    sentence speaks of the future: news mostly reports what happened."""

    def cost(when: dt.date) -> float:
        days = (when - anchor).days
        if days <= 0:
            return -days * (1.5 if future else 1.0)
        return days * (1.0 if future else 1.5)

    return min(candidates, key=cost)


def year_of_month(
    anchor: dt.date,
    month: int,
    relation: str | None,
    *,
    day: int | None = None,
    future: bool = False,
    past: bool = False,
) -> int:
    """The year of a month (or a month's ``day``) named without one.

    "last"/"next" take the previous/next such month; in a clause that tells what happened
    (``past``) the latest one not after the dateline, in one that speaks of the future the
    first one not before it; otherwise the year that puts the date nearest the dateline (see
    :func:`nearest`): "Nov. 25" in a January article is last November, "Aug. 7" in an
    Aug. 17 article ten days ago.
    """
    if relation == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if past:
        first = dt.date(anchor.year, month, min(day or 1, 28))
        return anchor.year if first <= anchor else anchor.year - 1
    if future:
        last = dt.date(
            anchor.year, month, min(day or 31, calendar.monthrange(anchor.year, month)[1])
        )
        return anchor.year if last >= anchor else anchor.year + 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [dt.date(year, month, min(day or 15, 28)) for year in years]
    return nearest(anchor, candidates, future=future).year
