"""Whom something was told: the words between "told" (or a speech verb) and what was said
("told reporters that", "told delegates here that", "pointed out that"), so that the report
starts after them and a thing told ("told the story that ...") reports nothing.
"""

from __future__ import annotations

from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.grammar import FUNCTION_WORDS, IRREGULAR_PAST
from analysis.language.english.speech import (
    AUDIENCE_NOUNS,
    AUDIENCE_VERBS,
    COGNITION_VERBS,
    MEDIA_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import FINITE_WORD, _has_finite, has_any_finite

__all__: list[str] = []  # (read by :mod:`.speech_clause`: ``_whom_length``)

#: Audiences that are people, not a medium whose name may go on ("told the television
#: program", "told the radio station").
_LISTENERS = AUDIENCE_NOUNS - MEDIA_NOUNS
#: Things told, in the plural: "told stories he had heard" is no audience.
_THINGS_TOLD = frozenset(
    "lies stories jokes tales secrets truths details anecdotes falsehoods fibs untruths "
    "parables".split()
)
#: Counts of people before "of" and who they are ("told thousands of supporters").
_COUNTS = frozenset("thousands hundreds dozens millions scores tens".split())
#: Whom something is told, after the verb ("told reporters", "telling the legislature",
#: "told the Free Press").
_WHOM = (
    r"\s+(?:reporters|journalists|(?:the|a|an|his|her|their)\s+(?:(?!that\s)[\w.'’-]+\s+){0,3}?"
    r"(?:" + alternation(ROLE_NOUNS | _LISTENERS) + r")s?|"
    # people in the plural with no determiner: "told jurors", "told supporters", "told
    # police"; any plural before a subject, "that" or a place or time ("told donors she",
    # "told donors at a lunch in Beverly Hills that"), not a thing told ("told stories")
    # ("told prospective jurors the trial could": an adjective before them)
    r"(?:(?!(?:that|the|and|but|them|him|her)\s)[a-z]{3,}\s+)?"
    r"(?:" + alternation(ROLE_NOUNS | _LISTENERS) + r")s|police|people|staff|"
    # a count of people, who they are after "of": "told thousands of supporters in Tampa"
    r"(?:" + alternation(_COUNTS) + r")(?=\s+of\s)|"
    # a number of people: "told about 1,200 people at a community college gym" (‚: a comma
    # kept), not of things told ("told 12 stories")
    r"(?:(?:about|nearly|roughly|almost|some|over|more\s+than)\s+)?\d[\d,‚]*\s+"
    rf"(?:people|(?!(?:{alternation(_THINGS_TOLD)})\b)[a-z]{{3,}}[^\Ws]s)|"
    # a body addressed with no determiner: "told council", "told court"
    r"(?:council|court|caucus|committee|cabinet|parliament|congress|senate)(?=\s)|"
    rf"(?!(?:{alternation(_THINGS_TOLD)})\b)[a-z]{{2,}}[^\Ws]s"
    r"(?=\s+(?:that|he|she|they|we|I|it|at|in|on|during|outside|near|gathered|assembled|"
    r"waiting|seated|standing)\s)|"
    # a name, "and", "of" or "for" inside it: "the Landlord and Tenant Board"
    r"(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w.]*)*|"
    r"him|her|them|us|a\s+news\s+conference)\b"
)
_TOLD = compiled("^" + _WHOM)
#: A particle between a speech verb and its "that" or quotation: "pointed out that", "spelled
#: out that", 'blurted out "that's not true"'.
_PARTICLE_BEFORE_THAT = compiled(r"\s+(?:out|up)(?=\s+(?:that\s|[\"“]))")
#: Whom a report was told, when "that" follows within seven words ("told delegates here
#: that", "told a crowd of supporters that", "told the 62 new citizens from 21 countries
#: that"): words up to the "that", whose head is people (see :func:`_told_someone`), not a
#: thing ("told the story that his father told him").
_TOLD_THAT = compiled(
    # an age set off after a name: "told Ethan Morrow, 24, that"
    r"^\s+(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+(?:,\s+\d{1,3},)?(?=\s+that\s)"
)
#: What may describe an audience between it and the "that" of what it was told: phrases of
#: size, place and time ("told a crowd of more than 10,000 people at the University of
#: Wisconsin on Saturday that"); the caller checks they hold no verb.
_AUDIENCE_TAIL = compiled(
    # (a participle of gathering first: "telling survivors gathered near a former school")
    r"^(?P<tail>(?:\s+(?P<gathered>gathered|assembled|seated|standing|waiting))?"
    r"(?:\s+(?:of|at|in|on|outside|inside|near|from|during)\s+"
    r"(?:[^,;:\"“”]|(?<=\d),(?=\d)){1,80}?)+)"
    r"(?=\s+that\s)"
)
_AFTER_WHOM = frozenset("here there again later earlier today yesterday recently".split()) | (
    # a time after whom: "told reporters last week that", "told him on Monday that"
    frozenset("last this next on week weekend month year morning afternoon evening night".split())
    | frozenset(day.lower() for day in WEEKDAY_NAMES)
)


_NOT_PLURAL = FUNCTION_WORDS | {"was", "does", "yes", "thus", "hers", "ours", "yours"}


def _told_someone(words: str) -> bool:
    """Whether the words after "told" name whom it was told: their head (before adverbs
    such as "here", "privately") is capitalised, a pronoun, plural, a role or an audience;
    no clause among them ("told reporters before he spoke before the committee that")."""
    if " " in words.strip() and has_any_finite(words):
        return False
    kept = [w.strip(".,'’") for w in words.split()]
    while kept and (
        kept[-1].lower() in _AFTER_WHOM or kept[-1].lower().endswith("ly") or kept[-1].isdigit()
    ):
        kept.pop()
    if not kept:
        return False
    head = kept[-1]
    lower = head.lower()
    return (
        head[:1].isupper()
        or lower in {"him", "her", "them", "us", "me", "you"}
        # a plural ("voters"), not a verb or a function word in -s ("is", "was", "does")
        or (lower.endswith("s") and not lower.endswith("ss") and lower not in _NOT_PLURAL)
        or lower in ROLE_NOUNS
        or lower in AUDIENCE_NOUNS
    )


#: Whom something was told and a relative clause about them, up to the "that" of what was
#: said: "warning people who were at two locations last week that", "told residents who
#: live near the plant that".
_WHOM_WHO_THAT = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)\s+who\s+(?P<clause>[^,;:\"“”]{2,80}?)"
    r"(?=\s+that\s+\S)"
)
#: Whom something was told and the "who" of a relative clause about them.
_WHOM_WHO = compiled(r"\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)\s+who\s")
#: Heads of whom something was told that :func:`_told_someone` does not read as people.
_PEOPLE_WORDS = PERSON_NOUNS | {"people", "anyone", "everyone", "those"}


def whom_with_relative(rest: str) -> int | None:
    """How long whom a speech verb addresses is at the start of ``rest`` when a relative
    clause about them comes before the "that" of what was said (:data:`_WHOM_WHO_THAT`);
    None when that relative clause holds a speech or a thought of its own ("warned people
    who said that ...": its "that"), so that nothing is reported; 0 when no one, a relative
    clause and a "that" open ``rest``."""
    opening = _WHOM_WHO.match(rest)
    if opening is None or not (
        _told_someone(opening["head"]) or opening["head"].lower() in _PEOPLE_WORDS
    ):
        return 0
    whom = _WHOM_WHO_THAT.match(rest)
    if whom is None:
        return 0  # ("told the mayors who gathered in Indianapolis, '...'": as before)
    if {w.lower() for w in whom["clause"].split()} & (SPEECH_VERBS | COGNITION_VERBS):
        return None
    return whom.end()


#: Whom a warning was given and what it was of: "warned residents about", "are warning
#: seniors of", "reminded them of" (a topic, no statement; but "warned China against
#: provocative behavior", "warned the Fed not to act" say what was said).
_WHOM_THEN_ABOUT = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z'’-]+s|[A-Z][\w.'’-]*|him|her|them|us|people)"
    r"\s+(?:about|of)\b"
)
#: A verb in the past right after whom something was told, or after a "that" there: it
#: says more of them ("told the audience bathed in neon", "told a crowd that spilled out");
#: not an adjective of a clause's subject ("told reporters armed men stormed it").
_MODIFIES_WHOM = compiled(
    rf"\s+(?:that\s+)?(?:[a-z]{{2,}}ed|{alternation(IRREGULAR_PAST)})\b"
    rf"(?!(?:\s+[a-z-]+){{1,2}}\s+{FINITE_WORD})"
)
#: A relative clause set off after whom something was told: "told the crowd, which chanted
#: along" (no report), "told the jury, which deliberated for hours, that" (one after it).
_WHOM_RELATIVE = compiled(r",\s*(?:who|which|whose)\b[^,;:.\"“”]*(?:,|(?=[;:.\"“”]|$))")


def _whom_length(verb: str, rest: str) -> int | None:
    """How long whom a speech verb addresses is at the start of ``rest``, the words after the
    verb: "told reporters", "warned reporters" before "that", "promised a cheering crowd
    here on Thursday" before "that" (0 when nobody is named there); None when "told" names
    no one it told, or a thing ("told the story", "told the crowd, which chanted")."""
    audience = verb.removesuffix("ing") in AUDIENCE_VERBS  # ("warned", "are warning")
    if audience and _WHOM_THEN_ABOUT.match(rest):
        return None  # "warned residents about a scam that ...": whom and what of, no clause
    if audience and (whom := _TOLD_THAT.match(rest)) and _told_someone(whom[0]):
        return whom.end()  # "warned reporters that"
    if audience or verb in ("told", "tells", "tell", "telling"):
        with_relative = whom_with_relative(rest)  # "warning people who were at ... that"
        if with_relative != 0:
            return with_relative  # (None: "warned people who said that ...", no report)
    if verb not in ("told", "tells", "tell", "telling"):
        return 0
    told = _TOLD_THAT.match(rest)
    if told is None or not _told_someone(told.group()):
        told = _TOLD.match(rest)
    if told is None:
        return None
    length = told.end()
    tail = _AUDIENCE_TAIL.match(rest[length:])
    if tail and not _has_finite(tail["tail"][tail.end("gathered") if tail["gathered"] else 0 :]):
        length += tail.end()  # "a crowd of 10,000 ...", "survivors gathered near ..."
    if _MODIFIES_WHOM.match(rest, length):
        return None  # "told the audience bathed in neon", "told a crowd that spilled out"
    if relative := _WHOM_RELATIVE.match(rest, length):
        if not relative.group().endswith(","):
            return None  # "told the crowd, which chanted along.": what they did
        length = relative.end()  # "..., that"
    return length
