"""The text around a quotation in its paragraph: the sentence it stands in, the words
before it and after it, a paragraph that only signs it, and what the quoted words
themselves are (a title, the mark they end in)."""

from __future__ import annotations

from analysis.article import Paragraph, Sentence
from analysis.patterns import compiled
from analysis.quotes.attribution import is_signature
from analysis.quotes.marks import _OPENING
from analysis.quotes.people import People
from analysis.quotes.word_spans import whole_word_spans

__all__: list[str] = []

_SMALL = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "de", "la"}


def _is_name(quoted: str) -> bool:
    """A short Title-Case phrase: a name or title ("High Noon", "Better Care for Less.")."""
    words = quoted.rstrip().rstrip(".,").split()
    if not 1 <= len(words) <= 6 or quoted.rstrip()[-1:] in "!?;:":
        return False
    words = [w.strip(",") for w in words]
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _SMALL for w in words)


def _sentence_of(paragraph: Paragraph, offset: int) -> Sentence:
    """The sentence of ``paragraph`` that holds ``offset`` (its last when none does)."""
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return paragraph.sentences[-1]


def _before_text(paragraph: Paragraph, sentence: Sentence, open_at: int, floor: int) -> str:
    """The words of ``sentence`` before an opening mark at ``open_at``, from ``floor`` on
    (the end of the quotation before it in the sentence)."""
    start = max(sentence.start, floor)
    return paragraph.text[start - paragraph.start : open_at - paragraph.start]


def _marks_blanked(text: str) -> str:
    """``text`` with its quotation marks blanked out (the offsets kept): the words before a
    quotation, from the end of the one before it that speaks, read through a title or words
    in quotation marks ('Sanders, appearing on "Meet the Press," put it bluntly: "...'), but
    not when nothing but space follows the last mark ('roles in "Big," "Apollo 13," and':
    a list of titles, its commas inside their marks)."""
    marks = list(_MARK.finditer(text))
    if not marks or not any(c.isalpha() for c in text[marks[-1].end() :]):
        return text
    return _MARK.sub(lambda mark: " " * len(mark.group()), text)


_MARK = compiled(r"``|''|[“”\"]")


def _after_text(paragraph: Paragraph, close_at: int) -> str:
    """Text after a closing mark up to the end of its sentence or the next opening mark; a
    name or title in quotation marks on the way is read through, its marks blanked out
    (the offsets kept): '"...," Tom Li, author of "The Long Road," told reporters'."""
    end = next((s.end for s in paragraph.sentences if s.end > close_at), paragraph.end)
    text = paragraph.text[close_at - paragraph.start : end - paragraph.start]
    while match := _OPENING.search(text):
        name = _QUOTED_NAME.match(text, match.start())
        if name is None or not _is_name(name["inner"]):
            return text[: match.start()]
        inner = " " * len(name[1]) + name["inner"] + " " * len(name[3])
        text = text[: name.start()] + inner + text[name.end() :]
    return text


#: A short quotation: its opening mark, its words, its closing mark.
_QUOTED_NAME = compiled(r"(“|``|\")(?P<inner>[^\"“”]{1,60}?)(”|''|\")")


def _signature_after(following: Paragraph | None) -> str | None:
    """The next paragraph when it only signs the quotation that ends this one ("- Sanders.",
    in a fact check's list of claims); else None."""
    if following is not None and is_signature(following.text):
        return following.text
    return None


def _last_mark(quoted: str) -> str:
    """The last character of a quotation, through the closing mark of a quotation nested at
    its end ("... experience,'" Green said: the comma)."""
    return quoted.rstrip().rstrip("'’")[-1:]


def _find_any_case(people: People, lower: str, phrase: str, sentence: Sentence) -> int:
    """Where ``phrase`` first stands in ``sentence`` as whole words, in any case, outside
    quotations where it stands there (-1 if nowhere): "he", not the "he" of "when" or
    "the", nor the "He" that opens '"He was kind," he said'."""
    spans = whole_word_spans(people.article.text, lower, phrase, sentence.start, sentence.end)
    outside = [span for span in spans if not people.quoted(span[0])]
    return (outside or spans)[0][0] if spans else -1
