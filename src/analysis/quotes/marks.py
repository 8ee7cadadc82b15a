"""Quotation marks of the single-quote house style (British, Irish and Australian papers:
‘We are ready,’ she said), told apart from apostrophes (Labour’s, don’t, the nurses’ union).

The extractor reads double quotation marks; an article written in the single-quote style is
read through a copy of its text where its quotation marks are swapped (‘ ’ for “ ”, and the
nested “ ” for ‘ ’). Every swap replaces one character by one, so offsets stay the same.
"""

from __future__ import annotations

import dataclasses

from analysis.article import Article, Sentence
from analysis.patterns import compiled
from analysis.quotes.finite import _has_finite

__all__ = [
    "TITLE",
    "all_quoted",
    "closing_end",
    "comma_outside",
    "quotation_closes",
    "quotation_opened",
    "single_quotations",
    "with_double_quotation_marks",
]

_OPEN_AFTER = set(' \t\n([{—–-/“"')
_CLOSE_BEFORE = set(' \t\n.,;:!?)]}—–-"”…')
_DOUBLE = compiled(r"“|”|\"|``|''")
_SINGLE = compiled(r"[‘’']")


def _paired(text: str, i: int) -> bool:
    """Whether the mark at ``i`` is half of wire copy's double mark ``''``."""
    return text[i] == "'" and "'" in (text[i - 1 : i], text[i + 1 : i + 2])


def _opens(text: str, i: int) -> bool:
    if text[i] not in "‘'" or _paired(text, i):
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # '90s, 'em, 'tis: an elision, not a quotation
    return before in _OPEN_AFTER and not after.isspace() and not after.isdigit()


def _closes(text: str, i: int) -> int:
    """0: no closing mark; 1: a closing mark; 2: a closing mark or a plural possessive
    ("the nurses’ union")."""
    if text[i] not in "’'" or _paired(text, i):
        return 0
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after not in _CLOSE_BEFORE:
        return 0
    if before in "sS" and after == " " and text[i + 2 : i + 3].islower():
        return 2
    return 1


def single_quotations(text: str) -> list[tuple[int, int | None]]:
    """(opening mark, closing mark or None) of the single-quoted passages of one paragraph.

    A closing mark is the first ’ after the opening one that cannot be an apostrophe; a
    plural possessive (workers’ rights) closes only when no other mark does. An opening mark
    never closed counts only when it opens the paragraph (a quotation continued in the next
    paragraph)."""
    marks = [m.start() for m in _SINGLE.finditer(text)]
    opening = [i for i in marks if _opens(text, i)]
    found: list[tuple[int, int | None]] = []
    after = -1  # offset of the last closing mark taken
    for n, i in enumerate(opening):
        if i <= after:
            continue
        bound = opening[n + 1] if n + 1 < len(opening) else len(text)
        kinds = [(j, _closes(text, j)) for j in marks if i < j < bound]
        close = next((j for j, kind in kinds if kind == 1), None)
        if close is None:
            close = next((j for j, kind in kinds if kind == 2), None)
        if close is not None:
            found.append((i, close))
            after = close
        elif not text[:i].strip(" —–-("):
            found.append((i, None))
            break
    return found


def _inside(spans: list[tuple[int, int | None]], at: int, end: int) -> bool:
    return any(o < at < (end if c is None else c) for o, c in spans)


def with_double_quotation_marks(article: Article) -> Article | None:
    """The article with its quotation marks swapped to the double style, when it is written
    in the single-quote style: more single-quoted passages outside double quotation marks
    than double quotation marks outside single-quoted passages. None otherwise."""
    swaps: dict[int, str] = {}
    singles = doubles = 0
    for paragraph in article.paragraphs:
        text = paragraph.text
        spans = single_quotations(text)
        double_at = [m.start() for m in _DOUBLE.finditer(text)]
        if not spans:  # most paragraphs: no single-quoted passage to weigh
            doubles += len(double_at)
            continue
        inside_double = _double_spans(text)
        outside = [s for s in spans if not _inside(inside_double, s[0], len(text))]
        singles += len(outside)
        doubles += sum(1 for at in double_at if not _inside(outside, at, len(text)))
        for open_at, close_at in outside:
            swaps[paragraph.start + open_at] = "“"
            if close_at is not None:
                swaps[paragraph.start + close_at] = "”"
            end = len(text) if close_at is None else close_at
            for at in double_at:
                if open_at < at < end and text[at] in '“”"':  # nested: one mark for one
                    swaps[paragraph.start + at] = "‘" if text[at] == "“" else "’"
    if singles == 0 or singles <= doubles // 2:
        return None
    chars = list(article.text)
    for at, mark in swaps.items():
        chars[at] = mark
    text = "".join(chars)
    paragraphs = tuple(
        dataclasses.replace(
            p,
            text=text[p.start : p.end],
            sentences=tuple(_sentence(s, text) for s in p.sentences),
        )
        for p in article.paragraphs
    )
    return dataclasses.replace(article, text=text, paragraphs=paragraphs)


def _sentence(sentence: Sentence, text: str) -> Sentence:
    return dataclasses.replace(sentence, text=text[sentence.start : sentence.end])


def _double_spans(text: str) -> list[tuple[int, int | None]]:
    spans: list[tuple[int, int | None]] = []
    opened: int | None = None
    for match in _DOUBLE.finditer(text):
        mark = match.group()
        if mark in ("“", "``") or (mark in ('"', "''") and opened is None):
            opened = match.start()
        elif opened is not None:
            spans.append((opened, match.start()))
            opened = None
    return spans


#: Marks that open a quotation whatever came before them.
_OPENERS = ("“", "``")
#: A straight or wire-style mark that may open one: wire copy also opens with two
#: apostrophes (''It is over,'' he said).
_OPENING = compiled(r"“|``|\"|''(?:(?<=^'')|(?<=[\s(—–-]''))(?=[^\s'])")


def _quote_spans(text: str) -> list[tuple[int, int, int, int | None]]:
    """Quotations of one paragraph: (opening mark, text start, text end, offset after the
    closing mark or None when never closed). A straight " opens when no quotation is open.

    A curly mark typed the wrong way round does what its place says: “ after a word or
    punctuation and before a space closes the open quotation (“It's unusual,“ said Larry
    Noble), ” after a space and before a word opens one; a mark after feet and inches
    (6’2”) is the inches' mark. Wire copy's three apostrophes after
    a quotation nested in a quotation are the nested one's ' and then the outer ''
    (''... 'a special case,''' Mr. Putin said). Marks inside a markup tag left in the
    text (<tweet tweet-id="6673">) are no quotation marks."""
    spans: list[tuple[int, int, int, int | None]] = []
    opened: tuple[int, int] | None = None
    tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    for match in _DOUBLE.finditer(text):
        mark = match.group()
        start, end = match.span()
        if tags and any(a < start < b for a, b in tags):
            continue  # '<tweet tweet-id="667366217527767040">': markup left in, no prose
        if mark in '”"' and _FEET_INCHES.search(text, max(0, start - 6), start):
            continue  # "he's like 6’2”": an inch mark, not a quotation mark
        opens = mark in _OPENERS or (
            opened is None
            and (mark == '"' or (mark == "''" and _OPENING.match(text, start) is not None))
        )
        if opened is not None and mark == "“" and _in_closing_place(text, start, end):
            opens = False
        elif opened is None and mark == "”" and _in_opening_place(text, start, end):
            opens = True
        if opens:
            if opened is not None:  # a new opening mark: the previous quote was never closed
                spans.append((*opened, start, None))
            opened = (start, end)
        elif opened is not None:
            if mark == "''" and text[end : end + 1] == "'":
                start, end = start + 1, end + 1  # the nested quotation's ' comes first
            spans.append((*opened, start, end))
            opened = None
    if opened is not None:
        spans.append((*opened, len(text), None))
    return spans


#: A markup tag left in a text ("<tweet tweet-id=\"6673\">", "<br/>"): its quotation marks
#: hold an attribute's value, not anyone's words.
_TAG = compiled(r"<[A-Za-z/!][^<>\n]*>")
#: A height in feet and inches right before a mark: "6’2" (the mark after it is the inches').
_FEET_INCHES = compiled(r"(?<![\w.])\d['’]\d{1,2}$")


def _in_closing_place(text: str, start: int, end: int) -> bool:
    """Whether a mark at ``start:end`` sits where a closing mark does: right after a word or
    punctuation, and before a space, punctuation or the end."""
    return (
        start > 0
        and not text[start - 1].isspace()
        and text[start - 1] not in "(“‘"
        and (end == len(text) or text[end].isspace() or text[end] in ".,;:!?)—")
    )


def _in_opening_place(text: str, start: int, end: int) -> bool:
    """Whether a mark at ``start:end`` sits where an opening mark does: at the start or after
    a space or dash, and right before a word."""
    return (start == 0 or text[start - 1].isspace() or text[start - 1] in "(—–") and (
        end < len(text) and text[end].isalnum()
    )


#: The end of a quotation a report's content opens: punctuation and the closing mark.
_CLOSING = {'"': compiled(r'[.,!?]*"'), "“": compiled(r"[.,!?]*”"), "''": compiled(r"[.,!?]*''")}


def closing_end(text: str, start: int, end: int) -> int:
    """Where the text from ``start`` to ``end`` ends once a quotation it opens and does not
    close is taken on to its closing mark ('the premier was "disappointed' of 'said the
    premier was "disappointed."'); ``end`` when it closes every quotation it opens."""
    content = text[start:end]
    opened = (
        '"' if content.count('"') % 2 else
        "“" if content.count("“") > content.count("”") else
        "''" if content.count("''") % 2 else None
    )  # fmt: skip
    if opened is None or not (closing := _CLOSING[opened].match(text, end)):
        return end
    return closing.end()


def quotation_opened(text: str) -> int | None:
    """Where the quotation that ends ``text`` (its closing mark, perhaps a comma after it)
    opens: the offset of its opening mark; None when no opening mark is found."""
    body = text.rstrip(" ,")
    if body.endswith("''"):
        at = max(body.rfind("``", 0, len(body) - 2), body.rfind("''", 0, len(body) - 2))
    elif body.endswith("”"):
        at = body.rfind("“")
    elif body.endswith('"'):
        at = body.rfind('"', 0, len(body) - 1)
    else:
        return None
    return at if at >= 0 else None


def comma_outside(text: str) -> str:
    """``text`` with the comma that ends the last quotation in it set after the closing mark
    ('... "verified," Shandro said.' -> '... "verified", Shandro said.'): the same length,
    so that the words after it read as an attribution the comma sets off."""
    at = text.rfind(",")
    if at < 0 or text[at + 1 : at + 2] not in ('"', "”"):
        return text
    return text[:at] + text[at + 1] + "," + text[at + 2 :]


#: A quotation mark (and a comma) that ends a text: what precedes is a quotation.
_QUOTED_END = compiled(r"(?:''|”|\")\s*,?\s*$")


#: A title in quotation marks: capitalised words, function words between them ("Scandal",
#: "Meet the Press", "The Art of the Deal").
TITLE = r"[A-Z0-9][\w'’&-]*(?:\s+(?:[A-Z0-9][\w'’&-]*|of|the|and|a|an|in|on|for|to|at|with)){0,5}"
_TITLE = compiled(TITLE)


def quotation_closes(head: str) -> bool:
    """Whether a quotation ends ``head`` (a comma after its mark, perhaps) that is no title
    quoted within a phrase ('Kerry Washington, star of television's "Scandal," thanked':
    the title of a show, no one's words, so the words around it are no attribution)."""
    if not _QUOTED_END.search(head):
        return False
    opened = quotation_opened(head)
    if opened is None or not head[:opened].strip(" ,—–-“\"`'"):
        return True  # a quotation opening the text is someone's words: '"Yes," she said'
    body = head[opened:].rstrip(" ,").strip("“”\"`',.")
    return not _TITLE.fullmatch(body)


def all_quoted(head: str, start: int = 0) -> bool:
    """Whether the words before an attribution, from ``start`` (past a dateline), are a
    quotation ('"We will win,"'), not a clause that ends quoting ('The figures would be
    released "when they have been properly verified,"': a report, its end quoted — a finite
    verb before the quotation opens)."""
    if not _QUOTED_END.search(head + ","):
        return False
    opened = quotation_opened(head)
    return opened is None or not _has_finite(head[start:opened])
