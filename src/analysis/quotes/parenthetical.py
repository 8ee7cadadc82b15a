"""Reports with their attribution set off by commas inside the sentence: ``..., X said,
CLAUSE`` and ``..., said X, CLAUSE`` — what follows the attribution when it is a clause of its
own, what comes before it when what follows only goes on with that ("..., the company said,
ahead of forecasts") or sums it up ("..., Mike Ellis announced, a step critics say will
cost millions")."""

from __future__ import annotations

from analysis.language.english.grammar import PREPOSITIONS
from analysis.language.english.speech import COGNITION_VERBS, SPEECH_VERBS
from analysis.patterns import alternation, compiled
from analysis.quotes.final_attribution import (
    _PARENTHETICAL_INVERTED,
    _speaker_ok,
)
from analysis.quotes.finite import _has_finite, has_any_finite
from analysis.quotes.marks import _QUOTED_END
from analysis.quotes.phrases import (
    _ADVERBIAL,
    _CAPITALISED_WORDS,
    _SPEECH_CLAUSE,
    opens_quote,
)
from analysis.quotes.reports import Reported, content_start
from analysis.quotes.speaker_shape import _appositive_only, _np_like
from analysis.quotes.speech_clause import _NOT_CLAUSE, _SUBORDINATE_FIRST

__all__ = ["SUBJECT_LAST", "parenthetical_report"]

_PARENTHETICAL = compiled(
    rf",\s*(?P<speaker>[^,;:\"“”]{{1,50}}?)\s+(?P<verb>{_SPEECH_CLAUSE})"
    rf"(?:\s+{_ADVERBIAL})?\s*,\s*"  # "..., the bank said Wednesday, ..."
)
#: A subject and its name set off opening a sentence: "His brother, Tyler Boucher,".
_NAMED_SUBJECT = compiled(rf"^\s*[^,]+,\s*{_CAPITALISED_WORDS}\s*,\s*$")
#: A name and its age set off last before the attribution: the name is its subject.
_AGED_LAST = compiled(rf"{_CAPITALISED_WORDS}\s*,\s*\d{{1,3}}\s*$")
#: A relative clause set off last before the attribution: the subject it describes speaks.
_RELATIVE_SET_OFF_LAST = compiled(r",\s+(?:who|which)\b[^,]*$")
#: A subject pronoun ending a phrase after a noun: a relative clause's subject, no speaker's.
SUBJECT_LAST = (" I", " we", " he", " she", " they", " it")


_SOURCE_OR_CLAUSE_WORD = compiled(r"\b(?:that|which|who|according)\b")


def parenthetical_report(text: str, end: int) -> Reported | None:
    """The report of ``..., X said, CLAUSE`` or ``..., said X, CLAUSE``: the clause after the
    attribution, or the one before it when what follows only goes on with it or sums it up;
    None when neither is a report. Offsets index into ``text``."""
    if text.count(",") < 2:
        return None  # both frames set the attribution off by two commas
    for pattern in (_PARENTHETICAL, _PARENTHETICAL_INVERTED):
        if (match := pattern.search(text)) is None:
            continue
        speaker = match["speaker"].strip()
        content = text[match.end() :]
        head = text[: match.start()]
        if pattern is _PARENTHETICAL_INVERTED and (
            _NAMED_SUBJECT.match(head + ",")
            or _RELATIVE_SET_OFF_LAST.search(head)
            or _AGED_LAST.search(head)
        ):
            continue  # "His brother, Tyler Boucher, said Ryan Boucher, 29, was": Tyler's;
            # "John Pomeroy, who has studied it, said a hot, dry summer ...": Pomeroy's;
            # "Rosa Jiménez, 34, said her husband, Ernesto, had called": hers
        if (
            (_TAIL_FIRST.match(content) or _SUMMED_UP.match(content))
            and len(head.split()) >= 4
            and has_any_finite(head)  # "Canadians paid about 9 per cent less ..."
            and _speaker_ok(speaker)
            and _np_like(speaker)
            and not speaker.endswith(SUBJECT_LAST)  # "Houseman I think"
            and not opens_quote(head)
        ):
            # "Revenue climbed 24 per cent, the company said, ahead of forecasts.": what
            # follows only goes on with the clause before, which is what was said
            return Reported(content_start(head), len(head.rstrip(" ,")), speaker,
                            match["verb"], match.start("speaker"))  # fmt: skip
        if (
            _speaker_ok(speaker)
            and _np_like(speaker)
            # ", said Tuesday morning that according to ...,": a clause, no speaker
            and not _SOURCE_OR_CLAUSE_WORD.search(speaker)
            and len(content.split()) >= 3
            and not _NOT_CLAUSE.match(content)
            # "..., a man yelled, as the crowd cheered": a clause about the saying, not said
            and not (_SUBORDINATE_FIRST.match(content) and "," not in content)
            and _has_finite(content)
            and not _appositive_only(content)
            and not _SUMMED_UP.match(content)  # "..., the best quarter it has reported."
            and not _QUOTED_END.search(text[: match.start()] + ",")
        ):
            return Reported(match.end(), end, speaker, match["verb"], match.start("speaker"))
    return None


#: Words that only go on with a clause before them, no clause of their own: a preposition
#: ("ahead of forecasts", "to make sure ..."), "up"/"down" from a figure, and more below.
_TAIL_FIRST = compiled(
    rf"(?:{alternation(PREPOSITIONS - {'after', 'before', 'since', 'until', 'as', 'like'})}|ahead"
    # "..., he said, and warned"; "..., she said, faster than ...", "..., the most since 2019",
    # "..., a 50 per cent jump": a verb or a clause joined, a comparison, a figure's words
    r"|up|down|(?:and|but)(?=\s+[a-z\"“])|an?\s+[\d.,]+\s+per\s*cent|an?\s+[\d.,]+\s+percent"
    r"|[a-z]{2,}er(?:\s+[a-z]+)?\s+than|(?:more|less)\s+[a-z]+\s+than|the\s+(?:most|[a-z]{3,}est)"
    # a time measured from an event: "two days after rookie Caleb Wardell threw ...",
    # "hours before the vote", "shortly after"
    r"|(?:(?:just|only|some|a|an|a\s+few|several|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)"
    r"\s+(?:after|before)|shortly\s+(?:after|before))\b"
)


#: A noun phrase summing up what was said, with someone else's word on it in a relative
#: clause: "..., Mike Ellis announced Thursday, a step critics say will cost millions", "a
#: move the union called a betrayal" (not "the Liberals said": no noun before the subject;
#: not "the two sides agreed", "a spokesman for the team said", "the company's shares": a
#: count, a preposition, an owner before it).
_SUMMED_UP = compiled(
    r"(?:a|an|the|one)\s+(?:(?!(?:for|of|at|in|on|with|from|by|to|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d[\d,.]*)\b|[\w-]+['’]s\b)[\w-]+\s+){1,3}?(?:that\s+|which\s+)?"
    r"(?:(?:the|its|their|his|her)\s+[a-z]+|[a-z]+s|he|she|they|we|it|[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:{alternation(SPEECH_VERBS | COGNITION_VERBS | {'call', 'calls', 'called'})})\b"
)
