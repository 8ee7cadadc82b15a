"""People the article names by a given name alone, after a kin word ("His wife, Farah, is
studying"; "her son Adam"), and where that name stands alone again after ("Farah, 34,
said"): read by :class:`analysis.quotes.people.People`, which makes them mentions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass

from analysis.article import Article
from analysis.language.english.grammar import FUNCTION_WORDS, LINKING_ADVERBS
from analysis.language.english.speech import KIN_WORDS
from analysis.patterns import alternation, compiled
from analysis.quotes.names import _CALENDAR

__all__ = ["KinNamed", "kin_named"]

#: A kin word and a given name alone after it: "His wife, Farah,", "her son Adam".
_KIN_NAME = compiled(
    # (the lookahead on the kin words' first letters spares the pattern most word starts)
    rf"\b(?=[{''.join(sorted({w[0] + w[0].upper() for w in KIN_WORDS}))}])"
    rf"(?P<kin>(?i:{alternation(KIN_WORDS)}))\s*,?\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])(?!['’]s)"
)


def _kin_names(text: str) -> list[re.Match[str]]:
    """The matches of ``_KIN_NAME`` in ``text``, as ``finditer`` gives them: tried only where
    a kin word stands (found by ``str.find`` in the lower-cased text, much faster than the
    pattern's own scan of every word start)."""
    lower = text.lower()
    if len(lower) != len(text):
        return list(_KIN_NAME.finditer(text))
    starts = set()
    for stem in _KIN_STEMS:
        at = lower.find(stem)
        while at >= 0:
            starts.add(at)
            at = lower.find(stem, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(starts):
        if found and at < found[-1].end():
            continue  # inside the last match: finditer goes on after it
        if match := _KIN_NAME.match(text, at):
            found.append(match)
    return found


def _common_stems(words: Iterable[str]) -> tuple[str, ...]:
    """The longest common beginning of each group of ``words`` that share their first four
    letters ("grand" for "grandson" and "grandmother", "widow" for "widow" and "widower"):
    a ``str.find`` for each, fewer than one for each word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:4], []).append(word)
    stems = []
    for group in groups.values():
        first, last = min(group), max(group)  # their common beginning is everyone's
        pairs = enumerate(zip(first, last, strict=False))
        size = next((i for i, (a, b) in pairs if a != b), len(first))
        stems.append(first[:size])
    return tuple(sorted(stems))


#: What the kin words of ``_KIN_NAME`` begin with, looked for in the lower-cased text.
_KIN_STEMS = _common_stems(set(KIN_WORDS))

#: What around a lone given name shows it is part of a word or of a longer name.
_IN_WORD_BEFORE = compiled(r"[\w'’-]")
_NAME_GOES_ON = compiled(r"[\w'’-]|\s+(?:[A-Z][\w'’-]*|[A-Z]\.)")
_NAME_BEFORE = compiled(r"[A-Z][\w'’-]*[ \t]+$")  # in its sentence: no period, no line break
#: Capitalised words that may open a sentence before a name: "But Liam", "Then Liam".
_OPENING_WORDS = FUNCTION_WORDS | LINKING_ADVERBS


@dataclass(frozen=True)
class KinNamed:
    """A given name after a kin word: its extent, the kin word, whether it is the subject
    of its sentence, the ``(start, end, subject)`` of each time it opens a sentence again,
    and whom it names."""

    start: int
    end: int
    name: str
    kin: str
    subject: bool
    again: tuple[tuple[int, int, bool], ...]
    #: the name in full when the article writes it after ("his father, Jack, ... Jack
    #: Kavanagh died"), else the given name
    person: str


def kin_named(
    article: Article,
    *,
    sentence_index: Callable[[int], int | None],
    taken: Callable[[int, int], Sized],
    full_names: Sequence[tuple[int, str]] = (),
) -> list[KinNamed]:
    """The given names after a kin word in one sentence with it, where no other mention is
    (``taken``: the mentions in a span), not a month or a weekday; the first of each name
    with the times it stands alone after (not in a longer name, "Liam Payne"); each with the
    one name of ``full_names`` (where and what) written after it that opens with it."""
    text, sentences = article.text, article.sentences
    found: list[KinNamed] = []
    seen: set[str] = set()
    for match in _kin_names(text):
        start, end = match.span("name")
        index = sentence_index(start)
        if index is None or sentence_index(match.start()) != index:
            continue  # the kin word and the name in two sentences or paragraphs
        name = match["name"]
        if taken(start, end) or name.lower() in _CALENDAR:
            continue
        # near the start of its sentence ("His wife, Farah, is ..."): its subject
        subject = len(text[sentences[index].start : start].split()) <= 4
        again = () if name in seen else _alone_again(article, name, end, sentence_index, taken)
        seen.add(name)
        later = {full for at, full in full_names if at > end and full.split()[0] == name}
        person = (
            later.pop()
            if len(later) == 1
            else _with_owners_surname(text, match.start(), name, match["kin"], full_names)
        )
        found.append(KinNamed(start, end, name, match["kin"], subject, again, person))
    return found


#: A surname owning the kin word before it: "Walsh's " (sister, Kathleen).
_OWNER_BEFORE = compiled(r"\b(?P<owner>[A-Z][\w-]+)['’]s\s+$")
#: Kin words for people who need not share a family's surname: "Walsh's fiancée, Mary".
_NOT_FAMILY = frozenset("partner girlfriend boyfriend fiance fiancee fiancé fiancée".split())


def _with_owners_surname(
    text: str, at: int, name: str, kin: str, full_names: Sequence[tuple[int, str]]
) -> str:
    """A given name after a kin word with its owner's surname, when the owner is the surname
    of a full name the article gives ("Erin Walsh ... Walsh's sister, Kathleen": Kathleen
    Walsh), not of a partner; else the given name alone."""
    owner = _OWNER_BEFORE.search(text, max(0, at - 40), at)
    if owner is None or kin.lower() in _NOT_FAMILY:
        return name
    surname = owner["owner"]
    named = any(full.split()[-1] == surname and " " in full for _, full in full_names)
    return f"{name} {surname}" if named else name


def _alone_again(
    article: Article,
    name: str,
    after: int,
    sentence_index: Callable[[int], int | None],
    taken: Callable[[int, int], Sized],
) -> tuple[tuple[int, int, bool], ...]:
    """Where ``name`` stands alone after ``after`` as the first word of its sentence, its
    subject ("Liam, 19, is studying"): each extent (and that it is a subject). Only there: a
    name inside a sentence ("four years later, Freddy was dead") would draw the "he" of
    the quotation after from the speaker named before."""
    text = article.text
    spans: list[tuple[int, int, bool]] = []
    at = text.find(name, after)
    while at >= 0:
        end = at + len(name)
        if (
            not _IN_WORD_BEFORE.search(text, max(0, at - 1), at)
            and not _NAME_GOES_ON.match(text, end)
            and not _name_before(text, at)
            and not taken(at, end)
        ):
            index = sentence_index(at)
            opening = article.sentences[index].start if index is not None else at
            if not text[opening:at].strip(" \"“”'‘’"):
                spans.append((at, end, True))
        at = text.find(name, end)
    return tuple(spans)


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised word other than a function word ends right before ``at``
    ("Kevin Liam", not "But Liam")."""
    before = _NAME_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and before.group().strip().lower() not in _OPENING_WORDS
