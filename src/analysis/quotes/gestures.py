"""Sentences next to a quotation that name its speaker with no speech verb of the
quotation's own: a gesture before it, a summary after it.

A gesture: "Tremblay shrugs. "Who knows?"". A sentence whose subject, a name or he/she,
makes a gesture or reacts (:data:`GESTURE_VERBS`: "Li disagreed.") or is said to speak in a
manner (:data:`SPEAKING_MANNERS`: "Watson was blunt."; "Li was not convinced."), right
before a quotation that opens its sentence with no attribution of its own — in its
paragraph, or ending the paragraph before one the quotation opens —, introduces the
speaker: the way features and sport stories write a reply without "said".

A summary: ""We are not going anywhere." That was the message from Mayor Jim Watson." — a
sentence that sums up the quotation before it (a demonstrative and a saying noun, "That was
how X put it", "So said X") names its speaker."""

from __future__ import annotations

from analysis.language.english.speech import (
    GESTURE_VERBS,
    MESSAGE_NOUNS,
    REMARKING_VERBS,
    REPLY_NOUNS,
    SAYING_NOUNS,
    SPEAKING_MANNERS,
    SPEECH_VERBS,
    UNMOVED_PARTICIPLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.attribution import Attribution
from analysis.quotes.names import _FUNCTION
from analysis.quotes.phrases import _ADVERBIAL

__all__ = ["gesture_before", "summary_after", "viewpoint_of"]

#: What opens the sentences below: an opening phrase and the subject (a name of up to four
#: capitalised words, or he/she); a phrase set off by commas after it.
_SUBJECT = (
    r"^\s*(?:[^,\"“”]{1,60},\s+)?"
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he)"
)
_SET_OFF = r"(?:,\s+[^,\"“”]{1,60},)?"
#: The gesture sentence: an opening phrase, the subject (a name of up to four capitalised
#: words, or he/she), a phrase set off by commas ("Hughes, who had three assists,"), an
#: adverb, the gesture, and no quotation mark in the rest.
_GESTURE = compiled(
    rf"{_SUBJECT}{_SET_OFF}\s+"
    rf"(?:\w+ly\s+)?(?P<verb>{alternation(GESTURE_VERBS)}|"
    rf"(?:was|is)\s+(?:(?:more|less|even|rather|quite)\s+)?(?:{alternation(SPEAKING_MANNERS)})|"
    rf"(?:was|is)\s+not\s+(?:{alternation(UNMOVED_PARTICIPLES)})|"
    # "Li put it bluntly.", "Reyes puts it this way."
    r"puts?\s+it\s+(?:\w+ly|this\s+way|another\s+way|simply|best))"
    r"\b[^\"“”]*[.!]\s*$"
)


#: Speech verbs a sentence may end with when it says nothing of what was said.
_SPEAKING = frozenset(
    """said says told tells spoke speaks wrote writes added adds explained explains replied
    replies responded responds commented comments""".split()
)
#: A setting with no "that" in it: "in a statement", "in an interview with CBC News".
_PLACE_OR_MEANS = (
    r"(?:(?:in|at|on|during|after|before|through|via|from|with|over)\s+"
    r"(?:(?!\bthat\b)[^,;:\"“”]){1,60}?)"
)
#: A sentence in which someone speaks and nothing of what they said: "Tom Li said in a
#: statement.", "Li spoke to reporters on Tuesday.", "Li told CBC News." — the subject (as
#: in ``_GESTURE``), the verb, a listener, a time or a setting, nothing else.
_SPOKE = compiled(
    rf"{_SUBJECT}(?:,\s+[^,\"“”]{{1,60}},?)?\s+"  # (its closing comma may be missing)
    rf"(?:\w+ly\s+)?(?P<verb>{alternation(_SPEAKING)})"
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}))?"
    rf"(?:,?\s+(?:{_PLACE_OR_MEANS}|{_ADVERBIAL}))*\s*\.\s*$"
)


#: A sentence in which someone speaks about someone or something (``REMARKING_VERBS``:
#: "Clinton touted her credentials as a co-sponsor.", "Sami recalled his first trip."), or
#: puts out a message ("Mayor Naheed Nenshi issued a statement Saturday as the river
#: crested."), no quotation mark in it.
_REMARKED = compiled(
    rf"{_SUBJECT}{_SET_OFF}\s+"
    rf"(?:\w+ly\s+)?(?:also\s+)?(?P<verb>{alternation(REMARKING_VERBS)}|(?:issued|released|"
    rf"posted)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(MESSAGE_NOUNS)}))"
    r"\b[^\"“”]{0,160}[.!]\s*$"
)


def gesture_before(sentence: str, *, after_quotation: bool = False) -> Attribution | None:
    """The speaker the sentence before a quotation introduces by a gesture or a manner of
    speaking ("Asked about the future, Tremblay shrugs." -> Tremblay, "shrugs"; "Watson was
    blunt." -> Watson, "was blunt"); None for any other sentence."""
    match = _GESTURE.match(sentence) or (
        None if after_quotation else _SPOKE.match(sentence) or _REMARKED.match(sentence)
    )
    if match is None and not after_quotation:
        return viewpoint_of(sentence)
    if match is None:
        return None
    subject = match["subject"]
    if subject.split()[0].lower() in _FUNCTION - {"he", "she"}:
        return None  # "The crowd laughed", "But Ann" is no name here
    return Attribution(subject, match["verb"])


#: A sentence about how something is for a person named in full ("For Kim Friesen, a nurse
#: at the hospital, the vote was about more than wages."): a given name or a title and a
#: surname, an appositive after it, and no quotation mark.
_VIEWPOINT = compiled(
    r"^\s*For\s+(?P<subject>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)"
    r"(?:,\s+(?:\d{1,3}|(?:an?|the|[A-Z][\w'’-]*['’]s)\s+[^,\"“”]{1,80}))?,\s+[^\"“”]*[.!]\s*$"
)


def viewpoint_of(sentence: str) -> Attribution | None:
    """The person a sentence says how something is for ("For Kim Friesen, a nurse for 19
    years, the vote was about more than wages." -> Kim Friesen, with no verb): whose view it
    is speaks in the quotation next to it; None for any other sentence."""
    match = _VIEWPOINT.match(sentence)
    return Attribution(match["subject"], "") if match else None


_SUMMING_NOUNS = MESSAGE_NOUNS | REPLY_NOUNS | SAYING_NOUNS | {"words", "view"}
#: Verbs of a summing-up sentence with "how" besides the speech verbs: "That is how Kent
#: puts it", "how she sees it", "how he remembers the day", "how they sum it up".
_SUMMING_VERBS = {"put", "puts", "see", "sees", "saw", "remember", "remembers", "remembered",
                  "sum", "sums", "summed"}  # fmt: skip
#: The summing-up sentence: "That was the message from X", "Those were the words of X",
#: "That is how X put it", "That's how X describes his job", "So said X" (X: a name of up to
#: five capitalised words, titles included, or he/she), and nothing but what the verb takes
#: ("it", "his job", "the day", "it up") and a time or a place after it.
_SUMMARY = compiled(
    r"^\s*(?:(?:That|This|Those|These|Such)\s*(?:was|is|['’]s|were|are|has\s+been)\s+(?:"
    rf"(?:the|his|her|their)\s+(?:\w+\s+)?(?:{alternation(_SUMMING_NOUNS)})"
    r"\s+(?:of|from)|how)|So\s+(?:said|says))\s+"
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*|[Hh]e|[Ss]he)"
    rf"(?P<rest>\s+(?:{alternation(SPEECH_VERBS | _SUMMING_VERBS)})"
    r"(?:\s+it|\s+(?:the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s+up)?)?"
    r"(?:,?\s+(?:on|in|at|last|this)\s+[^\"“”.]{1,40})?\s*[.!]\s*$"
)


def summary_after(sentence: str) -> Attribution | None:
    """The speaker the sentence after a quotation names as it sums the quotation up ("That
    was the message from Mayor Jim Watson on Tuesday." -> Mayor Jim Watson); None for any
    other sentence."""
    match = _SUMMARY.match(sentence)
    if match is None or match["subject"].split()[0].lower() in _FUNCTION - {"he", "she"}:
        return None
    if " how " in sentence[:30] and not match["rest"]:
        return None  # "That is how Ottawa works": no one says anything
    return Attribution(match["subject"], "said")
