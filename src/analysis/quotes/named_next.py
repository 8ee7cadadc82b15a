"""A description of what someone is that the next sentence's quotation names: "The Swede said
he had been seeing the puck well for weeks. '...,' Ullmark said." — the one who reports is
the one who goes on in their own words, named there (the reporter's way of saying who "the
Swede" is without a "he" another man could take)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from analysis.article import Sentence
from analysis.quotes.epithets import could_be_described, is_epithet
from analysis.quotes.names import gender_of
from analysis.quotes.people import Mention, People
from analysis.quotes.quotation import RowLike

__all__ = ["named_next"]


#: How the quotation that names the description found its speaker: by a name written there.
_BY_NAME = frozenset({"name", "fuller name"})


class Named(NamedTuple):
    """A description's mention (its start) and the person the next sentence names."""

    at: int
    name: str


def named_next(rows: Sequence[RowLike], people: People) -> list[Named]:
    """The descriptions of what someone is (:func:`~analysis.quotes.epithets.is_epithet`:
    "the Swede", "the Montreal native", "the Ohio governor") that report something with no
    speaker found, or with only the description kept, and the name the next sentence of
    their paragraph gives a quotation's speaker, when that quotation's attribution is there
    and names them ('"...," Ullmark said'), that person is named nowhere in the description's
    sentence (not "The Swede said Ullmark had been sharp": someone speaking of him), is of the
    description's sex, and nothing the article said before rules them out as the description
    (another age, home, nation or office: :func:`~analysis.quotes.epithets.could_be_described`).
    """
    sentences = people.article.sentences
    found: list[Named] = []
    for row in rows:
        at = row.speaker_start
        description = _description(row)
        if at is None or row.kind != "indirect" or description is None:
            continue
        index = people.sentence_index(at)
        if index is None or index + 1 >= len(sentences):
            continue
        here, after = sentences[index], sentences[index + 1]
        if after.paragraph != here.paragraph or at > here.start + _OPENING:
            continue  # (the description is the sentence's subject, near its start)
        person = _named_in(rows, people, after.start, after.end, paragraph_end=_end(people, after))
        if person is None or any(
            m.name == person.name for m in people.between(here.start, here.end)
        ):
            continue
        sex = gender_of(description.split()[-1])
        if (sex and person.gender and sex != person.gender) or not could_be_described(
            people, description, person, at
        ):
            continue
        found.append(Named(at, person.name))
    return found


#: How far into its sentence a description may open (past a dateline or an opening phrase).
_OPENING = 60


def _description(row: RowLike) -> str | None:
    """A row's speaker when it is a description of what someone is, unresolved (its role)
    or kept as the speaker; else None."""
    if row.speaker is None:
        description = row.role
    elif row.resolved_by == "description":
        description = row.speaker
    else:
        return None
    return description if description is not None and is_epithet(description) else None


def _end(people: People, sentence: Sentence) -> int:
    """Where the paragraph of ``sentence`` ends."""
    return next(p.end for p in people.article.paragraphs if p.start <= sentence.start < p.end)


def _named_in(
    rows: Sequence[RowLike], people: People, start: int, end: int, *, paragraph_end: int
) -> Mention | None:
    """The person the first quotation opening in ``[start, end)`` is attributed to by their
    name, written after it in its paragraph (its sentences may be several: '"She is ready.
    She has been ready," Mr. Kaine said.'), if it is."""
    quotation = next((r for r in rows if start <= r.start < end and r.kind == "direct"), None)
    if (
        quotation is None
        or quotation.resolved_by not in _BY_NAME
        or quotation.speaker_start is None
        or quotation.speaker_end is None
        or not quotation.start < quotation.speaker_start < paragraph_end
    ):
        return None
    return next(
        (
            m  # (past a title: "Mr. Kaine")
            for m in people.between(quotation.speaker_start, quotation.speaker_end)
            if m.named and m.name == quotation.speaker
        ),
        None,
    )
