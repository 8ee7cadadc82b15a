"""Who says what: quotations, their kind, speaker, the speaker's role, and how the speaker
was found.

Rule-based, for English news copy (no parser model, so it runs offline), precision first: when
the rules are not sure who speaks, ``speaker`` is left empty rather than guessed.

- **Quotations**: marks are paired inside a paragraph (curly “ ”, straight ", wire copy's
  ``` `` '' ```); an opening mark never closed runs to its paragraph's end (the news convention
  for a quotation continued in the next paragraph). ``direct``: a quoted statement that opens
  its sentence or is introduced by an attribution (``X said, "..."``, ``X was blunt: "..."``).
  ``partial``: a quoted fragment inside a sentence (the bill "goes too far"). ``name``: a short
  Title-Case phrase in quotes (a name or title: "High Noon"); ``scare``: a short fragment that
  nothing attributes (so-called "reforms"). Neither of the last two is speech.
- **Reported speech** (``indirect``): a speech or cognition verb with a clause — ``X said
  (that) ...``, ``..., X said.``, ``..., X said, ...``, ``According to X, ...``.
- **Speakers**, in order: the attribution clause of the quotation's own sentence (speaker
  before, after or inverted; appositives, relative clauses, participial phrases and time
  adverbials inside; ``according to``; colon introductions) — ``attribution`` is
  ``explicit``; then ``he``/``she`` resolved to the subject of the nearest sentence back that
  names someone of that gender (``pronoun``), ``the spokeswoman`` to the source it repeats
  (``role``); a quotation with no attribution that follows another in its paragraph, or opens
  a paragraph right after one with nobody new in between, continues its speaker
  (``continuation``). Names are given as the article gives them most fully, without titles or
  descriptors ("Ray Dunn" for "an angry Col. Ray Dunn"); the descriptor goes to ``role``.
  Unnamed sources keep their description ("a Ford spokeswoman").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

import pandas as pd

from analysis.article import Paragraph, Sentence
from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows, row_schema
from analysis.language.english.speech import SPEECH_VERBS
from analysis.patterns import compiled
from analysis.quotes.attribution import (
    NAME_COLON,
    Attribution,
    after_quote,
    before_quote,
)
from analysis.quotes.continuation import (
    Statement,
    _after_statement,
    _continue,
    _named_between,
    _open_at_end,
    _paragraph_intro,
)
from analysis.quotes.fragments import around_fragment, framed_right_before
from analysis.quotes.gestures import gesture_before, summary_after, viewpoint_of
from analysis.quotes.marks import with_double_quotation_marks
from analysis.quotes.named_after import named_after
from analysis.quotes.named_next import named_next
from analysis.quotes.openings import _SUBORDINATE_OPENING
from analysis.quotes.quotation import _UNRESOLVED, RESOLVED_BY, _Quote, _Resolved
from analysis.quotes.reported import reported
from analysis.quotes.resolution import _Speakers
from analysis.quotes.surroundings import (
    _after_text,
    _before_text,
    _find_any_case,
    _is_name,
    _last_mark,
    _marks_blanked,
    _sentence_of,
    _signature_after,
)
from analysis.tokenizer import word_count, words_between

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_DTYPES",
    "RESOLVED_BY",
    "SPEAKER_COLUMNS",
    "SPEECH_VERBS",
    "QuoteRow",
    "extract_quotes",
    "quote_rows",
    "shared_quote_rows",
    "speaker_rows",
    "speakers",
]

SPEAKER_COLUMNS = ["speaker", "role", "quotes", "words", "share"]


def _gesture_before(
    paragraph: Paragraph,
    sentence: Sentence,
    summary: tuple[Attribution, Sentence] | None,
) -> tuple[Attribution | None, Sentence]:
    """The speaker a gesture in the paragraph's sentence before ``sentence`` introduces, or
    ``summary`` (what the sentence after the quotation names, :func:`_summary`), and the
    sentence that names them (``sentence`` itself when there is none)."""
    before = [s for s in paragraph.sentences if s.end <= sentence.start]
    # a sentence right after a closing mark ('"...?" Pence said.') attributes that quotation
    after_quotation = bool(before) and paragraph.text[
        : before[-1].start - paragraph.start
    ].rstrip().endswith(_CLOSING)
    if before and (attribution := gesture_before(before[-1].text, after_quotation=after_quotation)):
        return attribution, before[-1]
    if summary is not None:
        return summary
    return None, sentence


def _summary(
    paragraph: Paragraph, sentence: Sentence, after: str, following: Paragraph | None
) -> tuple[Attribution, Sentence] | None:
    """Whom the sentence after a quotation names as it sums the quotation up
    (:func:`summary_after`: "So said X.", "That's how X describes it."), and that sentence:
    the next of the paragraph, or the next paragraph's first when the quotation ends its
    own (a feature's opening quotation, its speaker introduced after it, also as the one
    whose view that sentence gives: :func:`viewpoint_of`)."""
    if paragraph.sentences[-1].end > sentence.end:
        found = summary_after(after)
        later = next((s for s in paragraph.sentences if s.start >= sentence.end), None)
        return None if found is None or later is None else (found, later)
    if following is None or not following.sentences:
        return None
    first = following.sentences[0]
    found = summary_after(first.text)
    if found is None and sentence.start == paragraph.sentences[0].start:
        # a paragraph that is its quotation and whose view the next paragraph opens with:
        # '"I gave that place 40 years." / For Marie Lapointe, 64, the closure means ...'
        found = viewpoint_of(first.text)
    return None if found is None else (found, first)


_CLOSING = ('"', "”", "''", "’")
#: "so-called" before a quotation: the quoted words are a term, not speech.
_SO_CALLED = compiled(r"\bso-called\s*$")
_SENTENCE_END = compiled(r"(?<=[.!?])\s+")
_SENTENCE_STOP = compiled(r"[.!?]")
#: A quotation, open to the end of the text: what ``_strip_quotes`` blanks out.
_QUOTED = compiled(r"(?:``|“|\"|(?:^|(?<=\s))''(?=\S)).*?(?:''|”|\"|$)")


def _paragraph_quotes(
    paragraph: Paragraph, who: _Speakers, following: Paragraph | None = None
) -> list[_Quote]:
    """The quotations of ``paragraph``, attributed (``following``: the next paragraph)."""
    text = who.people.article.text
    quotes: list[_Quote] = []
    floor = paragraph.start
    for open_at, text_start, text_end, after_close in who.people.quote_spans(paragraph):
        start, end = paragraph.start + text_start, paragraph.start + text_end
        quoted = text[start:end]
        if not quoted.strip():
            continue
        quote = _Quote(start, end, paragraph.start + open_at, None)
        quote.close_at = None if after_close is None else paragraph.start + after_close
        sentence = _sentence_of(paragraph, quote.open_at)
        before = _marks_blanked(_before_text(paragraph, sentence, quote.open_at, floor))
        after = _after_text(paragraph, quote.close_at) if quote.close_at is not None else ""
        if quote.close_at is not None and not paragraph.text[after_close:].strip():
            after = _signature_after(following) or after
        kept_floor, floor = floor, quote.close_at if quote.close_at is not None else paragraph.end
        starts_sentence = not before.strip(" _-—–(")
        named_in = sentence  # the sentence that names the speaker
        intro = before_quote(before)
        if intro is not None and intro.verb == NAME_COLON:  # ``Update: "...`` names no one
            known = who.people.knows(intro.speaker.split()[-1])  # "Clinton:", "- Philip Bump:"
            intro = Attribution(intro.speaker, "said") if known else None
        attribution: Attribution | None = None
        if starts_sentence or intro is not None or (before.rstrip().endswith((",", ":"))):
            quote.kind = "direct"
            summary = _summary(paragraph, sentence, after, following) if starts_sentence else None
            attribution = intro or (after_quote(after) if (_last_mark(quoted) in ",.!?—-" or
                                    starts_sentence) and summary is None else None)  # fmt: skip
            if attribution and not intro and _new_sentence_after(quoted, after, attribution):
                attribution = None  # ``... events.'' They understand, he said: not its own
            if attribution is None and not starts_sentence and before.rstrip().endswith(","):
                attribution = around_fragment(before.rstrip(" ,"), "")
            elif attribution is None and starts_sentence:  # 'Tremblay shrugs. "Who knows?"'
                attribution, named_in = _gesture_before(paragraph, sentence, summary)
        elif _is_name(quoted) or _SO_CALLED.search(before):
            quote.kind = "name" if _is_name(quoted) else "scare"
            floor = kept_floor  # a title is read through: 'Sanders, on "Meet the Press," said: "'
            quotes.append(quote)
            continue
        else:
            quote.kind = "partial"
            rest = paragraph.text[floor - paragraph.start : sentence.end - paragraph.start]
            whole = _before_text(paragraph, sentence, quote.open_at, sentence.start)
            attribution = None
            if _last_mark(quoted) == "," and not framed_right_before(whole):
                attribution = after_quote(after)  # ``within ... choices,'' the opinion read.
            attribution = attribution or around_fragment(whole, _strip_quotes(rest))
            if attribution is None and len(quoted.split()) <= 4:
                quote.kind = "scare"  # a short fragment nothing attributes: not speech
                quote.fragment = True  # (unless reported speech holds it: see below)
                floor = kept_floor
                quotes.append(quote)
                continue
        if attribution is not None:
            quote.attributed = True
            quote.verb = attribution.verb or None  # (no verb: "For Kim Li, the vote ...")
            at = quote.open_at if intro is not None else (quote.close_at or quote.end)
            # the speaker as written, whatever its case ("She called it ...")
            where = _find_any_case(who.people, who.lower, attribution.speaker, named_in)
            quote.who = who.resolve(attribution.speaker, where if where >= 0 else at)
        quotes.append(quote)
    return quotes


#: A party label or an age set off by commas after a name: ", R-Pa.,", ", 44,".
_LABEL_SET_OFF = compiled(r",\s*(?:[RDI]-[A-Z][\w.]*|\d{1,3})\s*,")


#: A description set off by commas after a name, before the verb: "Will Estrada, the
#: chairman for the exurb, said" (a determiner, a relative word or a number opens it).
_APPOSITIVE_SET_OFF = compiled(
    r",(?<=[A-Za-z.],)\s+(?:the|a|an|who|whose|one|another|[Hh]is|[Hh]er|\d+)\b[^,\"“”]*,\s*$"
)


def _new_sentence_after(quoted: str, after: str, attribution: Attribution) -> bool:
    """Whether the words after a quotation ending a sentence start one of their own, not its
    attribution: a capitalised start, the verb not among its first words ("``...'' They
    understand, he said, that ..."), or that verb's own report ("... overlook.” The star then
    recalled an incident"; not "LeVell declared, a point ... after callers said ...")."""
    if _last_mark(quoted) not in ".!?":
        return False
    text = after.lstrip(" '’\"”")
    if not text[:1].isupper():
        return False
    head = text.split(attribution.verb, 1)[0] if attribution.verb in text else text
    head = _LABEL_SET_OFF.sub("", head)  # "Rep. Glenn Thompson, R-Pa., said": one name
    head = _APPOSITIVE_SET_OFF.sub("", head)  # "Will Estrada, the chairman ..., said"
    if "," in head or len(head.split()) > 4:
        return True
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    own = first.find(attribution.verb) + len(attribution.verb)
    return any(
        r.verb_at == own
        and "," not in first[own : r.start]
        and not _SUBORDINATE_OPENING.match(first[r.start :])
        for r in reported(first)
    )


def _strip_quotes(text: str) -> str:
    """``text`` with each quotation a space, or a comma where the quotation's own comma
    closed it ('and "stunt growth," Dean said' -> 'and , Dean said': a closing attribution
    still follows its comma)."""
    return _QUOTED.sub(_comma_or_space, text)


def _comma_or_space(match: re.Match[str]) -> str:
    return " , " if _COMMA_CLOSED.search(match.group()) else " "


#: A quotation's comma right before its closing mark.
_COMMA_CLOSED = compiled(r",(?:''|”|\")$")


def _merge(quotes: list[_Quote], text: str) -> list[_Quote]:
    """A direct quotation split by its attribution (``"...," she said, "..."`` or
    ``"...," she said. "..."``) is one row, its parts joined by " … "."""
    merged: list[_Quote] = []
    for quote in quotes:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and quote.kind == "direct"
            and previous.kind == "direct"
            and previous.close_at is not None
            and previous.who.speaker == quote.who.speaker
            and (
                quote.who.how == "continuation"
                or not _SENTENCE_STOP.search(text, previous.close_at, quote.open_at)
            )
        ):
            previous.parts.append((quote.start, quote.end))
            previous.end, previous.close_at = quote.end, quote.close_at
            continue
        quote.parts = [(quote.start, quote.end)]
        merged.append(quote)
    return merged


class QuoteRow(NamedTuple):
    """One row of the quotes table (see :func:`extract_quotes` for the columns)."""

    quote: str
    kind: str
    speaker: str | None
    role: str | None
    attribution: str | None
    verb: str | None
    paragraph: int
    start: int
    end: int
    words: int
    speaker_start: int | None
    speaker_end: int | None
    resolved_by: str | None


_QUOTE_SCHEMA = row_schema(QuoteRow)
#: The columns of the quotes table and their types.
QUOTE_COLUMNS = list(_QUOTE_SCHEMA[0])
QUOTE_DTYPES: dict[str, str] = _QUOTE_SCHEMA[1]


def _row(quote: str, kind: str, who: _Resolved, verb: str | None, paragraph: int,
         span: tuple[int, int], words: int) -> QuoteRow:  # fmt: skip
    return QuoteRow(quote, kind, who.speaker, who.role, who.how, verb, paragraph, *span, words,
                    who.start, who.end, who.by)  # fmt: skip


def _reported(
    doc: Document,
    who: _Speakers,
    paragraph: Paragraph,
    quoted: list[tuple[int, int]],
    original: str,
) -> list[tuple[QuoteRow, _Resolved]]:
    rows: list[tuple[QuoteRow, _Resolved]] = []
    for sentence in paragraph.sentences:
        if who.people.inside_quotation(sentence):
            continue  # someone's own words: what they report is in the quotation
        for found in reported(sentence.text):
            start, end = sentence.start + found.start, sentence.start + found.end
            inside = [sentence.start + found.speaker_at, start]
            if found.verb_at >= 0:
                inside.append(sentence.start + found.verb_at)
            if end <= start or any(s <= at < e for s, e in quoted for at in inside):
                continue  # inside a quotation
            resolved = who.resolve(found.speaker, sentence.start + found.speaker_at)
            row = _row(original[start:end], "indirect", resolved, found.verb, paragraph.index,
                       (start, end), words_between(doc, start, end))  # fmt: skip
            rows.append((row, resolved))
    return rows


def extract_quotes(article: ArticleLike) -> pd.DataFrame:
    """The quotations and reported statements of the article body, and who makes them
    (computed once per document).

    Returns:
        One row per quotation, in text order: ``quote`` (the words inside the marks; the
        parts of a split quotation joined by " … "), ``kind`` (``direct``, ``partial``,
        ``indirect``, or ``name`` / ``scare`` for quoted text that is not speech),
        ``speaker`` (the fullest name the article gives, or the description of an unnamed
        source; None when the rules are not sure — also for an epithet that could be
        someone named, "the Texas senator" after Cruz and Rubio, which stays the ``role``),
        ``role`` (what the article says the speaker is: "the company's founder", "Oslo
        University"; None when it does not),
        ``attribution`` (how the speaker was found: ``explicit``, ``pronoun``, ``role``,
        ``continuation``; None when not found), ``verb`` (the speech verb, "according to",
        the gesture that introduced a quotation with no verb of its own — "shrugs" —, or
        None), ``paragraph``, ``start``/``end`` (offsets into ``article.text`` from the
        first to the last quoted character), ``words`` (word tokens inside the quoted parts),
        and the evidence for the speaker: ``speaker_start``/``speaker_end`` (the extent of the
        mention that names or refers to the speaker — "he", "the spokeswoman", "Stoltenberg";
        for a quotation that continues the one before, that one's mention; missing when there
        is none) and ``resolved_by`` (how that mention leads to ``speaker``: one of
        :data:`RESOLVED_BY`'s keys — ``name``, ``fuller name``, ``description``, ``group``,
        ``earlier role``, ``pronoun``, ``organisation``, ``previous quotation``; None when
        there is no speaker).
    """
    return as_document(article).shared_frame(shared_quote_rows).copy(deep=False)


def shared_quote_rows(doc: Document) -> Rows[QuoteRow]:
    """The rows of :func:`extract_quotes`, computed once per document (shared)."""
    return doc.shared(quote_rows)


def quote_rows(doc: Document) -> Rows[QuoteRow]:
    """The quotations of a document as rows (uncached; see :func:`extract_quotes`). An article
    in the single-quote style (‘...’) is read with its quotation marks swapped."""
    swapped = with_double_quotation_marks(doc.article)
    if swapped is None:
        return _find_quotes(doc, doc.article.text)
    return _find_quotes(Document(swapped), doc.article.text)


def _find_quotes(doc: Document, original: str) -> Rows[QuoteRow]:
    article = doc.article
    who = _Speakers(doc)
    rows: list[QuoteRow] = []
    previous: _Quote | None = None
    paragraphs = article.paragraphs
    said_before: list[Statement] = []  # the last paragraph's
    unclosed: list[int] = []  # rows of quotations with no speaker left open at the end
    excerpt = False  # those quotations are an excerpt introduced by a colon
    for number, paragraph in enumerate(paragraphs):
        spans = [(paragraph.start + a, paragraph.start + b) for _, a, b, _ in
                 who.people.quote_spans(paragraph)]  # fmt: skip
        # reported speech first: its speakers are mentions for the quotations' pronouns
        statements = _reported(doc, who, paragraph, spans, original)
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        quotes = _paragraph_quotes(paragraph, who, following)
        statements = _pronouns_after_quotations(who, statements, quotes, original)
        rows += [row for row, _ in statements]
        said = [(row.start, row.end, resolved, row.verb) for row, resolved in statements]
        _after_statement(quotes, said_before + said, who.people, paragraph)
        said_before = said
        _continue(quotes, previous, who.people, paragraph)
        _within_statements(quotes, statements)
        merged = _merge(quotes, article.text)
        if unclosed or excerpt:
            opening = _opening_quotation(merged, paragraph)
            if opening is not None and opening.who.speaker is not None:
                for index in unclosed:  # '"We have a plan. / "And we will win," Reyes said.'
                    rows[index] = _answered(rows[index], opening)
            if opening is None or opening.who.speaker is not None:
                unclosed, excerpt = [], False
        for quote in merged:
            if quote.kind in ("name", "scare"):
                quote.who, quote.verb = _UNRESOLVED, None
            pieces = [original[a:b].strip().rstrip(",").rstrip() for a, b in quote.parts]
            text = " … ".join(p for p in pieces if p)
            words = sum(words_between(doc, a, b) for a, b in quote.parts)
            if quote.kind == "direct" and quote.who.speaker is None and quote.close_at is None:
                # its quotation goes on in the next paragraph; not an excerpt a paragraph
                # ending in a colon introduced, and the paragraphs it goes on in
                excerpt = excerpt or _introduced(paragraphs, number)
                if not excerpt:
                    unclosed.append(len(rows))
            rows.append(_row(text, quote.kind, quote.who, quote.verb, paragraph.index,
                             (quote.start, quote.end), words))  # fmt: skip
        speech = [q for q in quotes if q.kind in ("direct", "partial") and q.who.speaker]
        spans_next = who.people.quote_spans(following) if following is not None else []
        if not spans_next or spans_next[0][0] > 1:
            previous = None  # no quotation opens the next paragraph: none goes on from here
            continue
        intro = _paragraph_intro(paragraph, who)
        if intro is not None:
            previous = intro
        elif speech and (
            _open_at_end(quotes, paragraph)
            or not _named_between(who.people, speech[-1].end, paragraph.end, speech[-1].who.speaker)
        ):
            previous = speech[-1]
        else:
            previous = None
    if (named := named_after(rows, who.people)) is not None:  # "A nurse ... testified that"
        rows = _renamed(rows, *named)  # ... "Sandra Klassen said": her rows take her name
    if found := named_next(rows, who.people):  # 'The Swede said ... "...," Ullmark said.'
        rows = _named_next(rows, {n.at: n.name for n in found})
    rows.sort(key=lambda r: (r.start, r.kind == "indirect"))
    return Rows(*_QUOTE_SCHEMA, list(rows))


def _renamed(rows: list[QuoteRow], description: str, name: str) -> list[QuoteRow]:
    """``rows`` with the speaker ``description`` named ``name`` (see
    :func:`~analysis.quotes.named_after.named_after`): a row that gave the description
    itself says ``named after``; one resolved to it (a pronoun, the same role) keeps how."""
    return [
        row._replace(
            speaker=name,
            resolved_by="named after" if row.resolved_by == "description" else row.resolved_by,
        )
        if row.speaker == description
        else row
        for row in rows
    ]


def _named_next(rows: list[QuoteRow], names: dict[int, str]) -> list[QuoteRow]:
    """``rows`` whose speaker mention is a description the next sentence's quotation names
    (``names``: by the mention's start; see :func:`~analysis.quotes.named_next.named_next`),
    given that name; the rest as they were."""
    named = "named next"
    return [
        row._replace(speaker=names[at], resolved_by=named, attribution=row.attribution or "role")
        if (at := row.speaker_start) in names and row.resolved_by in (None, "description")
        else row
        for row in rows
    ]


def _opening_quotation(quotes: list[_Quote], paragraph: Paragraph) -> _Quote | None:
    """The direct quotation a paragraph opens with, if it opens with one."""
    first = next((q for q in quotes if q.kind == "direct"), None)
    if first is None or first.open_at > paragraph.start + 1:
        return None
    return first


def _introduced(paragraphs: Sequence[Paragraph], number: int) -> bool:
    """Whether the paragraph before paragraph ``number`` ends in a colon: it introduces what
    follows ("From Andrea Peyser writing at The New York Post:"), an excerpt whose own
    quotations are someone else's."""
    return number > 0 and paragraphs[number - 1].text.rstrip().endswith(":")


def _answered(row: QuoteRow, after: _Quote) -> QuoteRow:
    """A quotation left open at the end of its paragraph with no speaker, given the speaker
    of the quotation that goes on in the next paragraph and is attributed there."""
    who = after.who
    return row._replace(
        speaker=who.speaker, role=who.role, attribution="continuation", verb=after.verb,
        speaker_start=who.start, speaker_end=who.end, resolved_by="quotation after",
    )  # fmt: skip


def _pronouns_after_quotations(
    who: _Speakers,
    statements: list[tuple[QuoteRow, _Resolved]],
    quotes: list[_Quote],
    text: str,
) -> list[tuple[QuoteRow, _Resolved]]:
    """The reported statements of a paragraph whose *he*/*she* stands after one of its
    attributed quotations, resolved again now that the quotation's speaker is a mention
    (``"...," said J.M. Berger. He added that ...``: Berger, whom only the attribution shows
    a person). The rest as they were."""
    attributed = [q.open_at for q in quotes if q.who.speaker is not None]
    if not attributed:
        return statements
    first = min(attributed)
    found = []
    for row, resolved in statements:
        at, end = resolved.start, resolved.end
        if at is not None and end is not None and at > first and text[at:end].lower() in _HE_SHE:
            again = who.resolve(text[at:end], at)
            if again.speaker is not None and again.speaker != resolved.speaker:
                row = row._replace(
                    speaker=again.speaker, role=again.role, attribution=again.how,
                    speaker_start=again.start, speaker_end=again.end, resolved_by=again.by,
                )  # fmt: skip
                resolved = again
        found.append((row, resolved))
    return found


_HE_SHE = frozenset({"he", "she"})


def _within_statements(quotes: list[_Quote], statements: list[tuple[QuoteRow, _Resolved]]) -> None:
    """A partial quotation nothing else attributes, inside reported speech, is the reported
    speaker's (``was quoted as saying the province "will not pay a cent."``), and a short
    fragment taken for a scare quote's (``found that developers had received "preferential
    treatment."``); not one a "he" or "she" unresolved says with a verb of its own."""
    for quote in quotes:
        if quote.kind not in ("partial", "scare") or quote.who.speaker is not None:
            continue
        if quote.kind == "scare" and not quote.fragment:
            continue  # a so-called term, or a name
        for row, resolved in statements:
            if resolved.speaker is not None and row.start <= quote.open_at < row.end + 2:
                if quote.who.how != "pronoun" or quote.verb in (None, row.verb):
                    quote.who, quote.verb, quote.kind = resolved, row.verb, "partial"
                    quote.attributed = True
                break


def speakers(article: ArticleLike) -> pd.DataFrame:
    """How much each speaker is quoted (direct and partial quotations; names, scare quotes
    and reported speech are not quoted words).

    Returns:
        ``speaker``, ``role`` (the first the article gives), ``quotes`` (number of
        quotations), ``words`` (words quoted), ``share`` (quoted words / all word tokens of
        the body, the denominator of every share in the package); sorted by words, then
        speaker. Quotations whose speaker the rules could not tell are grouped under
        "(unattributed)".
    """
    return speaker_rows(article).frame()


def speaker_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`speakers`."""
    doc = as_document(article)
    totals: dict[str, list[Any]] = {}
    for row in shared_quote_rows(doc).rows:
        if row.kind not in ("direct", "partial"):
            continue
        name = row.speaker if isinstance(row.speaker, str) else "(unattributed)"
        entry = totals.setdefault(name, [None, 0, 0])
        if entry[0] is None and isinstance(row.role, str):
            entry[0] = row.role
        entry[1] += 1
        entry[2] += row.words
    total = word_count(doc)
    rows = [
        (name, role, quotes, words, words / total if total else 0.0)
        for name, (role, quotes, words) in totals.items()
    ]
    return Rows(
        tuple(SPEAKER_COLUMNS),
        {
            "speaker": "object",
            "role": "object",
            "quotes": "int64",
            "words": "int64",
            "share": "float64",
        },
        rows,
    ).sorted(key=lambda row: (-row[3], row[0]))
