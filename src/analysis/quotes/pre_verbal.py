"""What may stand between a subject and its verb and is no part of the subject: adverbs ("Ann
Reyes firmly said", "Right Wing Watch first reported"), auxiliaries, negation and modals
("Trump did not say"), a reflexive ("Clinton herself has said"), a time ("Microsoft on
Thursday said", "The State Department less than two weeks ago said", "Polls at the time
showed", "Gore's friends have in the past said") and the verbs a speech verb hangs from
("Bryne went on to say", "The mayor was quick to point out")."""

from __future__ import annotations

from analysis.language.english.calendar import MONTH_NAMES, WEEKDAY_NAMES
from analysis.language.english.grammar import (
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    PREPOSITIONS,
    VERBAL_WORDS,
)
from analysis.language.english.speech import (
    LY_NOUNS,
    OCCASION_NOUNS,
    OCCASION_VERBS,
    VERBS_BEFORE_SPEECH,
)
from analysis.language.english.temporal import DAY_PARTS, NUMBER_WORDS, SEASONS, UNITS
from analysis.patterns import alternation, compiled

__all__ = ["ends_in_verb_before_speech", "without_pre_verbal"]

#: An adverb in -ly, not a noun in -ly ("firmly", "quietly"; not "family", "rally").
_LY_ADVERB = rf"(?!(?:{alternation(LY_NOUNS)})\b)[a-z]+ly"
#: One adverb or auxiliary word (the single words :func:`without_trailing_adverbs` removes).
_ADVERB = (
    r"(?:also|then|later|again|once|has|have|had|would|will|earlier|often|only|further|"
    rf"{_LY_ADVERB})"
)
_ADVERB_WORD = compiled(_ADVERB)
#: What "last", "this", "earlier this" may go before: "last week", "earlier this spring".
_PERIODS = frozenset(
    {"week", "weekend", "month", "year", "decade", "term", "session", "season"}
    | set(DAY_PARTS)
    | set(SEASONS)
)
_PERIOD = alternation(_PERIODS)
_COUNT = alternation(
    {w for w in NUMBER_WORDS if " " not in w} | {"a few", "a couple of", "several", "many", "few"}
)
_UNIT = alternation(set(UNITS))
#: A time as a whole, ending the text: the words before a verb it stands in.
_TIME = compiled(
    r"(?:^|\s)(?:"
    # "on Thursday", "last Friday night"
    rf"(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?i:{alternation(WEEKDAY_NAMES)})"
    rf"(?:\s+(?:{alternation(set(DAY_PARTS))}))?|"
    # "last week", "earlier this year", "later that night"
    rf"(?:last|this|next|that|(?:earlier|later)\s+(?:this|that|in\s+the))\s+(?:{_PERIOD})|"
    r"in\s+recent\s+(?:days|weeks|months|years|decades)|"
    r"(?:at|in|for|during|over)\s+the\s+(?:time|past|meantime|interim|moment)|"
    # "less than two weeks ago", "three days earlier"
    r"(?:(?:(?:more|less|fewer)\s+than|about|nearly|almost|some|just|only)\s+)?"
    rf"(?:{_COUNT}|\d+)\s+(?:{_UNIT})s?\s+(?:ago|earlier|later|before)|"
    # "in March", "on March 3", "in 2015", "in March 2015"
    rf"(?:in|on|since|during)\s+(?:(?i:{alternation(MONTH_NAMES)})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|\d{4})"
    r")$"
)
#: What ends a time ``_TIME`` may match: its last word is tried only then.
_TIME_ENDS = (
    {w.lower() for w in WEEKDAY_NAMES}
    | _PERIODS
    | {"days", "weeks", "months", "years", "decades", "time", "past", "meantime", "interim"}
    | {"moment", "ago", "earlier", "later", "before"}
    | {w.lower() for w in MONTH_NAMES}
)
#: A setting in time with "during" ending the words before the verb: "Sanders during a
#: Sunday rally thanked", "Reyes during the debate said" (a time, never the subject's).
_DURING = compiled(r"\sduring\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+$")
_BEFORE_SPEECH = compiled(
    rf"(?:^|\s)(?:(?:{alternation(VERBS_BEFORE_SPEECH)})"
    # an occasion taken, perhaps with its time: "used his farewell address on Tuesday night to"
    rf"|(?:{alternation(OCCASION_VERBS)})\s+(?:[\w'’.-]+\s+){{0,6}}?(?i:{alternation(OCCASION_NOUNS)})"
    r"(?:\s+(?:on|this|last|early|late|[A-Z][a-z]+day|morning|afternoon|evening|night)){0,3})"
    r"\s+to$"
)
#: Words a subject cannot end in: what is left is no subject, and nothing is removed.
_OPEN_ENDS = DETERMINERS | PREPOSITIONS


def without_trailing_adverbs(text: str) -> str:
    """``text`` without the adverbs that end it, each after whitespace ("Ann Reyes firmly"
    -> "Ann Reyes"), and without the whitespace before them and after: what
    ``re.sub(rf"(?:\\s+{_ADVERB})+\\s*$", "", text)`` gives, read back from the end a word
    at a time instead of tried at every space of the text."""
    end = len(text.rstrip())
    kept = None  # where the text is cut, once an adverb is found
    while True:
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == 0 or start == end or not _ADVERB_WORD.fullmatch(text, start, end):
            break
        end = len(text[:start].rstrip())
        kept = end
    return text if kept is None else text[:kept]


#: A subject pronoun and its contracted verb: "She'd", "He's", "They've".
_CONTRACTED_PRONOUN = compiled(r"\b([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)['’](?:s|d|ve|ll)\b")


def without_pre_verbal(text: str) -> str:
    """``text`` (the words before a verb) without what ends it and belongs to the verb, not
    its subject (see the module docstring): "Microsoft on Thursday" -> "Microsoft", "Bryne
    went on to" -> "Bryne", "Clinton in recent weeks has" -> "Clinton". Nothing is removed
    where the rest would end in a determiner, a possessive or a preposition ("Obama's first"),
    nor a time after a participle ("a document filed Thursday"); "" when it is all verbal
    ("has"); a pronoun's contracted verb goes too ("She'd long" -> "She")."""
    text = " " + text.strip()
    if "'" in text or "’" in text:
        text = _CONTRACTED_PRONOUN.sub(r"\1", text)
    while True:
        shorter = _shorter(text)
        if shorter is None:
            return text.strip()
        rest = shorter.split()
        if not rest:
            return ""  # "has": no subject at all
        last = rest[-1].lower()
        if last in _OPEN_ENDS or last.endswith(("'s", "’s", "s'", "s’")):
            return text.strip()
        if _participle_ends(rest) and _TIME.search(text, len(shorter)):
            return text.strip()  # "A court document filed Thursday": the participle's time
        text = shorter


def _participle_ends(words: list[str]) -> bool:
    """Whether the last or the second-last of ``words`` is a past participle in lower case
    ("filed", "made public"): a time after them is the participle's."""
    return any(
        w.endswith("ed") or w in IRREGULAR_PARTICIPLES for w in words[-2:] if w[:1].islower()
    )


def _shorter(text: str) -> str | None:
    """``text`` without its last adverb, verbal word, time or verb before speech; None when it
    ends in none."""
    last = text[text.rfind(" ") + 1 :]
    lower = last.lower()
    if (lower.rstrip(",") in _TIME_ENDS or last.isdigit()) and (
        time := _TIME.search(text, max(0, len(text) - 60))
    ):
        return text[: time.start()].rstrip()
    if (
        " during " in text[-60:]
        and (during := _DURING.search(text, max(0, len(text) - 60)))
        and len(text[: during.start()].split()) <= 6  # a subject, not a clause ("he spoke of ...")
    ):
        return text[: during.start()].rstrip()
    if lower == "to" and (lead := _BEFORE_SPEECH.search(text, max(0, len(text) - 80))):
        return text[: lead.start()].rstrip()
    before = text[: len(text) - len(last)].rstrip()
    if lower in VERBAL_WORDS and not _name_goes_on(before, last):  # (not "Elizabeth May")
        return before
    cut = without_trailing_adverbs(text)
    if cut != text:
        return cut.rstrip()
    return None


def _name_goes_on(before: str, last: str) -> bool:
    """Whether a capitalised verbal word is a name's: after a capitalised word ("Elizabeth
    May"), or a modal that is a name alone ("May told reporters"; not "Just", an adverb)."""
    words = before.split()
    return last[:1].isupper() and (
        (bool(words) and words[-1][:1].isupper()) or last.lower() in _MODAL_NAMES
    )


#: Modal verbs that are names too: "May" (Theresa May), "Will" (a given name).
_MODAL_NAMES = frozenset({"may", "will"})


def ends_in_verb_before_speech(text: str) -> bool:
    """Whether ``text`` ends in a verb a speech verb after it hangs from with "to" ("Bryne
    went on to", "The mayor was quick to"): the speech verb after it reports speech."""
    return text.endswith("to") and _BEFORE_SPEECH.search(text, max(0, len(text) - 80)) is not None
