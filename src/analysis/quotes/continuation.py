"""Quotations with no attribution of their own, and whom they continue: the quotation
before them, an attribution ending the paragraph before in a colon, a gesture or a manner
of speaking (:mod:`analysis.quotes.gestures`), or a statement the sentence right before
reports ("Li said the plan is dead. "It has no support.""). Each only when nobody else is
named in between."""

from __future__ import annotations

import dataclasses

from analysis.article import Paragraph
from analysis.language.english.speech import ASKING_VERBS
from analysis.patterns import compiled
from analysis.quotes.attribution import before_quote
from analysis.quotes.gestures import gesture_before
from analysis.quotes.marks import _DOUBLE
from analysis.quotes.names import names_end
from analysis.quotes.openings import without_dateline
from analysis.quotes.people import Mention, People
from analysis.quotes.quotation import _Quote, _Resolved
from analysis.quotes.resolution import _Speakers
from analysis.quotes.surroundings import _find_any_case, _sentence_of

__all__: list[str] = []

#: A preposition, or a verb of speaking to someone, before a name (titles or a medium's
#: possessive between): the name is its object ("a spokesman for Sen. Bernie Sanders",
#: "Cawley told Dyck", "told Fox News's Greta Van Susteren", "told CNN's Jake Tapper"); or
#: "whose" and a relative of the speaker's ("said Yael Adar, whose granddaughter Yaffa"), or
#: a relative clause's words ("who came to see Whitfield").
_GOVERNOR_BEFORE = compiled(
    r"\b(?:(?:for|of|to|with|at|from|by|under|about|in|on|near|outside|inside|into|across|"
    # (a place after "in": "told a debate in Gilbert Plains on Tuesday. '...'")
    r"against|toward|towards|behind|beside|over|around|through|"
    r"told|tells|asked|asks|warned|warns|"
    r"reminded|reminds|assured|assures|urged|urges|thanked|thanks)\s+(?:the\s+)?"
    r"|whose\s+(?:[a-z-]+\s+){1,3}"
    # the object inside a relative clause about the speaker: "a retired teacher who came
    # to see Whitfield"
    r"|\bwho\s+(?:[a-z][\w'’-]*\s+){1,6})"
    r"(?:[A-Z][A-Za-z]*(?:\.|['’]s)?\s+){0,3}$"
)


def _named_between(
    people: People,
    start: int,
    end: int,
    speaker: str | None,
    *,
    objects: bool = True,
    mention: tuple[int | None, int | None] = (None, None),
) -> bool:
    """Whether someone other than ``speaker`` is named in ``[start, end)``; with ``objects``
    False, not counting a name a preposition governs ("a spokesman for Sanders", "who
    worked with Obama"): a person the attribution mentions, no one who speaks next; nor a
    name inside the speaker's own ``mention`` (the "Tkachuk" of "the older Tkachuk", a
    namesake's surname read alone)."""
    low, high = mention
    return any(
        not _same_person(m.name, speaker)
        and m.role != "possessor"
        and (objects or not _governed(people, m))
        and not (low is not None and high is not None and low <= m.start and m.end <= high)
        for m in people.between(start, end)
    )


def _same_person(name: str, speaker: str | None) -> bool:
    """Whether a mention's name and a speaker's are one person's, written with or without an
    initial before them ("Stewart Verdery" for "C. Stewart Verdery")."""
    return speaker is not None and (names_end(speaker, name) or names_end(name, speaker))


def _governed(people: People, mention: Mention) -> bool:
    """Whether a preposition or a verb of speaking to someone in the mention's own sentence
    governs it (``_GOVERNOR_BEFORE``)."""
    index = people.sentence_index(mention.start)
    if index is None:
        return False
    floor = max(people.article.sentences[index].start, mention.start - 40)
    return bool(_GOVERNOR_BEFORE.search(people.article.text, floor, mention.start))


def _continue(quotes: list[_Quote], previous: _Quote | None, people: People,
              paragraph: Paragraph) -> None:  # fmt: skip
    """Unattributed direct quotations continue the speaker of the quotation before them: in
    the same paragraph, or the last of the previous paragraph when this paragraph opens with a
    quotation and nobody else was named in between."""
    last = previous
    for index, quote in enumerate(quotes):
        if quote.kind not in ("direct", "partial"):
            continue
        if quote.attributed:
            last = quote if quote.who.speaker else last
            continue
        if quote.kind != "direct" or last is None or last.who.speaker is None:
            continue
        same_paragraph = last.start >= paragraph.start
        if not same_paragraph and (index > 0 or quote.open_at > paragraph.start + 1):
            continue  # only a paragraph that opens with the quotation continues the last one
        since = last.close_at or last.end
        span = (last.who.start, last.who.end)
        if _named_between(people, since, quote.open_at, last.who.speaker, objects=False,
                          mention=span):  # fmt: skip
            continue
        sentence = _sentence_of(paragraph, quote.open_at)
        after = quote.close_at if quote.close_at is not None else sentence.end
        if _named_between(people, after, sentence.end, last.who.speaker):
            continue  # '"We'll fight" - the message from Bob Hale': its sentence names its own
        by = "statement before" if last.intro else "previous quotation"
        quote.who = dataclasses.replace(last.who, how="continuation", by=by)
        quote.verb = last.verb
        last = quote


#: A name and a colon opening a quotation: a transcript's speaker.
_SPEAKER_LABEL = compiled(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s")
#: A reported statement: its content's extent, its speaker, its verb.
Statement = tuple[int, int, _Resolved, str | None]


def _after_statement(
    quotes: list[_Quote], statements: list[Statement], people: People, paragraph: Paragraph
) -> None:
    """An unattributed direct quotation that opens its sentence right after a sentence that
    reports what someone said, and holds no quotation mark, is theirs ("Li said the plan is
    dead. "It has no support.""): in the paragraph, or opening the next one; not when
    anyone else is named between the statement's end and the quotation, nor after the
    quotation in its sentence (whom the statement itself names is whom it speaks of)."""
    sentences = people.article.sentences
    for quote in quotes:
        if quote.kind != "direct" or quote.attributed or quote.who.speaker is not None:
            continue
        if _SPEAKER_LABEL.match(people.article.text, quote.start):
            continue  # '"Chris Matthews: Seriously ..."': a transcript names its own
        index = people.sentence_index(quote.open_at)
        if not index:
            continue
        sentence, before = sentences[index], sentences[index - 1]
        if people.article.text[sentence.start : quote.open_at].strip(" _-—–("):
            continue  # the quotation does not open its sentence
        if before.end <= paragraph.start and quote.open_at > paragraph.start + 1:
            continue  # only a paragraph that opens with the quotation goes on from the last
        if _DOUBLE.search(before.text):
            continue
        found = [
            s
            for s in statements
            if before.start <= s[0] < before.end
            and s[2].speaker
            and (s[3] or "").lower() not in ASKING_VERBS  # the one asked answers, not the asker
        ]
        if not found:
            continue
        _, end, who, verb = found[0]  # the main clause's report, the first
        after = quote.close_at if quote.close_at is not None else sentence.end
        if _named_between(people, end, quote.open_at, who.speaker) or _named_between(
            people, after, sentence.end, who.speaker
        ):
            continue
        quote.who = dataclasses.replace(who, how="continuation", by="statement before")
        quote.verb, quote.attributed = verb, True


def _paragraph_intro(paragraph: Paragraph, who: _Speakers) -> _Quote | None:
    """A paragraph that ends in an attribution and a colon, or in a gesture or a manner of
    speaking with no quotation (:func:`gesture_before`: "Hughes was more blunt about his
    teammate's slump."), introduces the next one."""
    last = paragraph.sentences[-1]
    if _DOUBLE.search(last.text):
        return None
    if paragraph.text.rstrip().endswith(":"):
        attribution = before_quote(last.text.rstrip())
    else:
        attribution = gesture_before(without_dateline(last.text))  # "CALGARY — Mayor ..."
    if attribution is None:
        return None
    at = max(_find_any_case(who.people, who.lower, attribution.speaker, last), last.start)
    quote = _Quote(paragraph.end, paragraph.end, paragraph.end, paragraph.end, kind="direct")
    quote.intro = True
    quote.who = who.resolve(attribution.speaker, at)
    quote.verb, quote.attributed = attribution.verb or None, True
    return quote


def _open_at_end(quotes: list[_Quote], paragraph: Paragraph) -> bool:
    last = next((q for q in reversed(quotes) if q.kind == "direct"), None)
    return last is not None and last.close_at is None
