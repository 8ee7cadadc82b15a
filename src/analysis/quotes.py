"""Who says what: quotations, their kind, speaker and speech verb.

Rule-based, for English news copy (no parser model is needed, so it runs offline):

- Quotation marks are paired inside a paragraph: curly “ ” or straight ". An opening mark
  that is never closed runs to the end of its paragraph (the news convention for quotes that
  continue in the next paragraph) — never further.
- ``direct``: a full quoted statement, opening its sentence or introduced by a speech verb
  and a comma or colon (Stoltenberg told reporters, “...”). ``partial``: a quoted fragment
  inside reported speech (the “tragedy”). ``name``: a short Title-Case phrase in quotes
  (“Resolute Support Mission”) — a name or title, not speech. ``indirect``: reported speech
  without quotation marks (Stoltenberg has repeatedly stated that ...).
- The speaker is found next to the speech verb, after the quote (“...,” Stoltenberg said /
  said Stoltenberg) or before it (Stoltenberg told reporters, “...”), or for a fragment in its
  sentence (according to X, X claimed ...). "he"/"she" is the most recent named speaker;
  "it"/"they" the most recent named subject; a surname becomes the fullest name the article
  gives ("Stoltenberg" -> "Jens Stoltenberg", titles dropped); "a NATO source" stays as
  written. A quote without its own attribution that follows an attributed one in the same
  paragraph is its continuation ("…,” he said. “…”) and is merged into it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.article import Article, Paragraph
from analysis.document import ArticleLike, Document, as_document

__all__ = [
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "SPEECH_VERBS",
    "extract_quotes",
    "find_quotes",
    "speakers",
]

QUOTE_COLUMNS = ["quote", "kind", "speaker", "verb", "paragraph", "start", "end", "words"]
SPEAKER_COLUMNS = ["speaker", "quotes", "words", "share"]

#: Verbs that attribute speech, in the forms news copy uses.
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say added adds told tells claimed claims stated states insisted insists asked
    asks explained explains noted notes declared declares argued argues warned warns wrote
    writes continued replied replies remarked announced announces pledged pledges promised
    promises believes believed called calls described describes urged urges acknowledged
    admitted conceded stressed emphasized emphasised recalled suggested maintained vowed
    confirmed denied reported predicted complained testified observed countered
    """.split()
)
_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_INDIRECT_VERBS = (
    "said|says|stated|states|claimed|claims|believes|believed|insisted|insists|argued|argues|"
    "warned|warns|added|noted|explained|acknowledged|admitted|maintained|suggested"
)

_TITLES = frozenset(
    """
    mayor president secretary-general secretary general gen. gen minister prime chancellor
    senator sen. sen rep. rep gov. gov governor mr. mr mrs. mrs ms. ms dr. dr prof. prof chief
    judge officer spokesman spokeswoman spokesperson director commissioner ambassador king
    queen pope lt. lt col. col capt. capt sgt. sgt adm. adm vice deputy foreign defense defence
    interior attorney police commander ceo chairman chairwoman chair leader head sheriff
    premier justice colonel captain sergeant admiral lieutenant major councillor councilor
    councilman councilwoman developer resident lawmaker analyst economist professor activist
    lawyer doctor executive official owner founder manager coach state
    """.split()
)
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_THING = {"it", "they"}
_OPENERS = ("“", "``")
_MARK = re.compile(r"“|”|``|''|\"")
_NAME_WORD = re.compile(r"[A-Z](?:[\w’'-]*|\.)")  # "Maria", "O’Brien", an initial "J."
_SMALL = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "de", "la"}
_CLAUSE_WORD = re.compile(r"\s(?:that|which|who|whom|whose|they|we|when|if)(?:\s|$)")
_OPENING = re.compile(r"[“\"]|``")
_SENTENCE_END = re.compile(r"(?:[.!?][\s”\"]*|\n)$")
_CLOSE_MARKS = re.compile(r"[”\"]|''")

# A speaker phrase: no clause punctuation, but abbreviation periods ("U.S.", "Mr.", "Gen.").
_PHRASE = (
    r"(?:[^,.;:“”\"!?]|\.(?=\w)|(?<=\b[A-Z])\.|(?<=\bMr|\bMs|\bDr|\bSt|\bJr|\bSr)\.|"
    r"(?<=\bMrs|\bGen|\bGov|\bSen|\bRep|\bCol|\bSgt)\.)"
)
_AFTER_INVERTED = re.compile(
    rf"^\s*(?P<verb>{_VERB})\s+(?P<speaker>{_PHRASE}{{1,80}}?)\s*(?:[,;:!?(]|\.?\s*$)"
)
_AFTER = re.compile(
    rf"^\s*(?P<speaker>{_PHRASE}{{1,80}}?)\s+(?:(?:has|had|have|also)\s+)*"
    rf"(?P<verb>{_VERB})\b"
)
_BEFORE = re.compile(
    rf"(?P<speaker>[^,;:“”\"]{{1,80}}?)\s+(?:(?:has|had|have|also)\s+)*(?P<verb>{_VERB})"
    rf"(?:\s+[\w’'-]+){{0,4}}?\s*[,:]\s*$"
)
_ACCORDING = re.compile(r"\baccording to (?P<speaker>[^,;:“”\"]{1,80}?)\s*(?:,|$)")
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;]\s+|\band\s+)(?P<speaker>[^,;:“”\"]{{1,60}}?)\s+"
    rf"(?:(?:has|had|have|also|repeatedly|once|later|previously)\s+)*(?P<verb>{_VERB})\b"
)
_INDIRECT = re.compile(
    rf"(?:^|[,;]\s+)(?P<speaker>[^,;:“”\"]{{1,60}}?)\s+(?:(?:has|had|have|also|\w+ly)\s+)*"
    rf"(?P<verb>{_INDIRECT_VERBS})\s+that\s+(?P<content>.+?)[.!?]?$"
)


@dataclass
class _Quote:
    start: int  # offset of the quoted text (after the opening mark)
    end: int  # offset after the quoted text (before the closing mark, if any)
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset after the closing mark; None when never closed
    kind: str = "partial"
    speaker: str | None = None
    verb: str | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)


def _quote_spans(text: str) -> list[tuple[int, int, int, int | None]]:
    """Quotations of one paragraph: (opening mark offset, quoted text start, quoted text end,
    offset after the closing mark or None when the quote is never closed).

    Marks: curly “ ”, wire-copy `` '', and straight ", which opens when no quote is open and
    closes otherwise.
    """
    spans: list[tuple[int, int, int, int | None]] = []
    opened: tuple[int, int] | None = None
    for match in _MARK.finditer(text):
        mark = match.group()
        opens = mark in _OPENERS or (mark == '"' and opened is None)
        if opens:
            if opened is not None:  # a new opening mark: the previous quote was never closed
                spans.append((*opened, match.start(), None))
            opened = (match.start(), match.end())
        elif opened is not None:
            spans.append((*opened, match.start(), match.end()))
            opened = None
    if opened is not None:
        spans.append((*opened, len(text), None))
    return spans


def _is_name(quoted: str) -> bool:
    words = quoted.split()
    if not 1 <= len(words) <= 6 or quoted.rstrip()[-1:] in ".,!?;:":
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _SMALL for w in words)


_LEADING = re.compile(r"^(?:and|but|then|so)\s+", re.IGNORECASE)
_TRAILING_ADVERB = re.compile(r"\s+(?:[a-z]+ly|later|also|again|then|once|earlier|now)$")


def _clean_speaker(phrase: str) -> str:
    """Drop a leading conjunction and trailing adverbs: "and Lopez later" -> "Lopez"."""
    phrase = _LEADING.sub("", phrase.strip())
    while (shorter := _TRAILING_ADVERB.sub("", phrase)) != phrase:
        phrase = shorter
    return phrase.strip(" ,")


class _Resolver:
    """Resolve speaker phrases to the fullest name the article gives."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.body = article.body
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        self._fullest: dict[str, str] = {}
        self._starts = [s.start for s in article.sentences]

    def fullest(self, phrase: str) -> str:
        """The longest name ending in the phrase's last word that the article gives, titles
        and sentence-initial descriptors dropped ("Developer Tom Hardy" -> "Tom Hardy")."""
        if phrase not in self._fullest:
            self._fullest[phrase] = self._find_fullest(phrase)
        return self._fullest[phrase]

    def _find_fullest(self, phrase: str) -> str:
        words = phrase.split()
        while len(words) > 1 and (
            words[0].lower() in _TITLES or words[0].isupper() or words[0].islower()
        ):
            words = words[1:]  # "Secretary of State Madeleine Albright" -> "Madeleine Albright"
        surname = words[-1]
        best = " ".join(words)
        for match in re.finditer(rf"\b{re.escape(surname)}\b", self.body):
            names = [surname]
            position = match.start()
            for word in reversed(self.body[max(0, position - 80) : position].split()[-4:]):
                if not _NAME_WORD.fullmatch(word) or word.lower() in _TITLES or word.isupper():
                    break
                position = self.body.rindex(word, 0, position)
                preceding = self.body[max(0, position - 3) : position]
                initial = position == 0 or _SENTENCE_END.search(preceding) is not None
                if initial and len(names) > 1:
                    break
                names.insert(0, word)
            if len(names) > len(best.split()):
                best = " ".join(names)
        return best

    def named_subject(self, before_offset: int) -> str | None:
        """The most recent sentence-initial proper-noun subject before ``before_offset``."""
        sentences = self.article.sentences
        for index in range(bisect.bisect_left(self._starts, before_offset) - 1, -1, -1):
            sentence = sentences[index]
            match = re.match(r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*", sentence.text)
            if match and match.group().split()[0].lower() not in {"the", "a", "an", "it", "he"}:
                return match.group().split()[0] if match.group().isupper() else match.group()
        return None

    def resolve(self, phrase: str | None, at: int) -> str | None:
        """The speaker a phrase names; remembered for later pronouns."""
        speaker = self._resolve(_clean_speaker(phrase) if phrase else "", at)
        if speaker:
            self.last_speaker = speaker
        return speaker

    def _resolve(self, phrase: str, at: int) -> str | None:
        lower = phrase.lower()
        if len(phrase.split()) > 8 or _CLAUSE_WORD.search(phrase):
            phrase = ""  # "Two men carried a banner that": a clause, not a speaker
        if not phrase:
            return self.last_person or self.last_speaker
        if lower in _PRONOUNS_PERSON or lower in {"who", "whom"}:
            return self.last_person or self.last_speaker or phrase
        if lower in _PRONOUNS_THING:
            return self.named_subject(at) or phrase
        if not phrase[:1].isupper():
            return phrase  # "a NATO source", "officials"
        name = self.fullest(phrase)
        if len(name.split()) >= 2 or not name.isupper():
            self.last_person = name
        return name


def _sentence_before(paragraph: Paragraph, offset: int) -> str:
    """Text of the paragraph from the start of the sentence holding ``offset`` up to it."""
    start = paragraph.start
    for sentence in paragraph.sentences:
        if sentence.start <= offset:
            start = sentence.start
    return paragraph.text[start - paragraph.start : offset - paragraph.start]


def _after(paragraph: Paragraph, offset: int) -> str:
    """Text after a closing mark up to the end of its sentence (as the sentence splitter
    found it, so "U.S." does not end it) or the next opening mark."""
    end = next((s.end for s in paragraph.sentences if s.end > offset), paragraph.end)
    text = paragraph.text[offset - paragraph.start : end - paragraph.start]
    match = _OPENING.search(text)
    return text[: match.start()] if match else text


def _paragraph_quotes(paragraph: Paragraph, resolver: _Resolver) -> list[_Quote]:
    quotes: list[_Quote] = []
    for open_at, text_start, text_end, after_close in _quote_spans(paragraph.text):
        start, end = paragraph.start + text_start, paragraph.start + text_end
        quote = _Quote(start, end, paragraph.start + open_at, None)
        if after_close is not None:
            quote.close_at = paragraph.start + after_close
        text = resolver.article.text[start:end]
        before = _sentence_before(paragraph, quote.open_at)
        if not text.strip():
            continue
        if _is_name(text) and not _BEFORE.search(before):
            quote.kind = "name"
            quotes.append(quote)
            continue
        previous = quotes[-1] if quotes else None
        if (
            previous is not None
            and previous.kind == "direct"
            and previous.close_at is not None
            and _CLOSE_MARKS.search(before)
        ):
            quote.kind = "direct"  # “…,” Reyes added, “…”: the rest of the same statement
            quotes.append(quote)
            continue
        after = _after(paragraph, quote.close_at) if quote.close_at is not None else ""
        match = None
        if text.rstrip()[-1:] in ",.!?" or not before.strip():
            match = _AFTER_INVERTED.match(after) or _AFTER.match(after) if after else None
        if match is None and (found := _BEFORE.search(before)):
            match = found
        starts_sentence = not before.strip()
        if match is not None and (starts_sentence or match.re is _BEFORE):
            quote.kind = "direct"
            quote.verb = match["verb"]
            quote.speaker = resolver.resolve(_last_clause(match["speaker"]), quote.open_at)
        elif starts_sentence:
            quote.kind = "direct"  # continuation or unattributed statement
        else:
            quote.kind = "partial"
            quote.speaker, quote.verb = _partial_speaker(before, after, resolver, quote.open_at)
        quotes.append(quote)
    return quotes


def _last_clause(phrase: str) -> str:
    pieces = re.split(r",\s+|\s+and\s+", phrase)
    return pieces[-1]


def _partial_speaker(
    before: str, after: str, resolver: _Resolver, at: int
) -> tuple[str | None, str | None]:
    sentence = before + " " + after
    if match := _ACCORDING.search(sentence):
        return resolver.resolve(match["speaker"], at), "according to"
    if match := _SUBJECT_VERB.search(before):
        return resolver.resolve(_last_clause(match["speaker"]), at), match["verb"]
    if match := re.search(rf"^\s*(?P<speaker>\w+)\s+(?:\w+\s+){{0,2}}?(?P<verb>{_VERB})\b", before):
        return resolver.resolve(match["speaker"], at), match["verb"]
    return resolver.last_person, None


def _merge_continuations(quotes: list[_Quote]) -> list[_Quote]:
    merged: list[_Quote] = []
    for quote in quotes:
        previous = next((q for q in reversed(merged) if q.kind == "direct"), None)
        if (
            quote.kind == "direct"
            and quote.speaker is None
            and previous is not None
            and previous.speaker is not None
        ):
            previous.parts.append((quote.start, quote.end))
            previous.end, previous.close_at = quote.end, quote.close_at
            continue
        quote.parts = [(quote.start, quote.end)]
        merged.append(quote)
    return merged


def _continue_from(carried: _Quote | None, quotes: list[_Quote], paragraph: Paragraph) -> None:
    """A quote left open at the end of a paragraph goes on in the next one when that one
    opens with a quotation mark (the news convention): give it the same speaker."""
    if carried is None or not quotes or carried.speaker is None:
        return
    first = quotes[0]
    if first.kind == "direct" and first.speaker is None and first.open_at == paragraph.start:
        first.speaker, first.verb = carried.speaker, carried.verb


def _indirect(doc: Document, resolver: _Resolver) -> list[tuple]:
    article = doc.article
    rows = []
    for sentence in article.sentences:
        if _MARK.search(sentence.text):
            continue
        match = _INDIRECT.search(sentence.text)
        if match is None:
            continue
        content = match["content"]
        start = sentence.start + match.start("content")
        speaker = resolver.resolve(_last_clause(match["speaker"]), sentence.start)
        row = (content, "indirect", speaker, match["verb"], sentence.paragraph, start)
        end = start + len(content)
        rows.append((*row, end, doc.words_between(start, end)))
    return rows


def extract_quotes(article: ArticleLike) -> pd.DataFrame:
    """The quotations of the article body and who says them (computed once per document).

    Returns:
        One row per quotation, in text order: ``quote`` (the words inside the marks; the
        parts of a split quote joined by " … "), ``kind`` (``direct``, ``partial``, ``name``
        or ``indirect``), ``speaker`` (fullest name, or the phrase as written; None when
        nothing attributes it), ``verb`` (the speech verb, "according to", or None),
        ``paragraph``, ``start``/``end`` (offsets into ``article.text`` from the first to the
        last quoted character), ``words`` (word tokens inside the quoted parts).
    """
    return as_document(article).quotes.copy(deep=False)


def find_quotes(doc: Document) -> pd.DataFrame:
    """Find the quotations of a document (uncached; see :func:`extract_quotes`)."""
    article = doc.article
    resolver = _Resolver(article)
    rows: list[tuple] = []
    carried: _Quote | None = None
    for paragraph in article.paragraphs:
        quotes = _merge_continuations(_paragraph_quotes(paragraph, resolver))
        _continue_from(carried, quotes, paragraph)
        last_direct = next((q for q in reversed(quotes) if q.kind == "direct"), None)
        carried = last_direct if last_direct and last_direct.close_at is None else None
        for quote in quotes:
            parts = [article.text[a:b].strip().rstrip(",").rstrip() for a, b in quote.parts]
            text = " … ".join(p for p in parts if p)
            speaker = quote.speaker if quote.kind != "name" else None
            row = (text, quote.kind, speaker, quote.verb, paragraph.index, quote.start)
            words = sum(doc.words_between(a, b) for a, b in quote.parts)
            rows.append((*row, quote.end, words))
    rows += _indirect(doc, _Resolver(article))
    rows.sort(key=lambda r: r[5])
    return pd.DataFrame.from_records(rows, columns=QUOTE_COLUMNS).astype(
        {"paragraph": "int64", "start": "int64", "end": "int64", "words": "int64"}
    )


def speakers(article: ArticleLike) -> pd.DataFrame:
    """How much each speaker is quoted (direct and partial quotes; names and indirect speech
    are not quoted words).

    Returns:
        ``speaker``, ``quotes`` (number of quotations), ``words`` (words quoted), ``share``
        (quoted words / all word tokens of the body, the denominator of every share in the
        package); sorted by words, then speaker. Unattributed
        quotes are grouped under "(unattributed)".
    """
    doc = as_document(article)
    frame = doc.quotes
    quoted = frame[frame["kind"].isin(["direct", "partial"])].copy()
    quoted["speaker"] = quoted["speaker"].fillna("(unattributed)")
    table = (
        quoted.groupby("speaker")
        .agg(quotes=("quote", "size"), words=("words", "sum"))
        .reset_index()
        .astype({"quotes": "int64", "words": "int64"})
    )
    total = doc.word_count
    table["share"] = table["words"] / total if total else 0.0
    return table.sort_values(["words", "speaker"], ascending=[False, True], ignore_index=True)[
        SPEAKER_COLUMNS
    ]
