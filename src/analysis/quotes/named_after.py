"""A speaker the lead introduces by a description and the next paragraph names: "A nurse who
cared for Dale Keeper ... told a coroner's inquest Tuesday that ..." then "Testifying by
video, Sandra Klassen said she checked on Keeper ...": the nurse is Sandra Klassen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.language.english.speech import (
    DOCUMENT_NOUNS,
    IDENTITY_NOUNS,
    MEDIA_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
)
from analysis.patterns import compiled
from analysis.quotes.names import appositive_after, gender_of
from analysis.quotes.people import Mention, People
from analysis.quotes.quotation import RowLike

__all__ = ["named_after"]


#: A person introduced with "a" or "an": a few modifiers, a noun for what they are, perhaps a
#: relative clause or a phrase after it ("a nurse who cared for ...", "an accountant"); or
#: by what they are of something so introduced ("the mayor of a small town", "the creator of
#: an anti-abortion Web site"); or by an office a place or a body holds, which the lead does
#: not name ("Alberta's chief medical officer of health", "the province's top doctor").
_INTRODUCED = compiled(
    r"(?:(?i:an?)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z-]+)"
    r"(?:\s+(?:who|whose|in|from|at|of|with)\b.*)?"
    r"|(?i:the)\s+(?:[\w'’-]+\s+){0,3}?(?P<of>[a-z-]+)\s+of\s+an?\s.+"
    r"|(?:(?i:the)\s+)?[\w.-]+['’]s\s+(?:[\w-]+\s+){0,3}?(?P<office>[a-z-]+)"
    r"(?:\s+of\s+[a-z][\w\s-]*)?)"
)
#: Titles of courtesy: a name after one has no role of its own ("Dr. Mark Joffe").
_COURTESY = frozenset({"Dr.", "Mr.", "Ms.", "Mrs.", "Prof."})
#: Nouns for what a person is (not a document or an organisation: "a report", "a court").
_PERSON_WORDS = (ROLE_NOUNS | IDENTITY_NOUNS | PERSON_NOUNS) - (
    DOCUMENT_NOUNS
    | ORGANISATION_WORDS
    | MEDIA_NOUNS
    | set(
        "government ministry department agency newspaper daily family relatives opinion "
        "resolution communique".split()
    )
)


def named_after(rows: Sequence[RowLike], people: People) -> tuple[str, str] | None:
    """The description the lead introduces a speaker by (with "a" or "an") and the name the
    next paragraph first gives a speaker, when there is exactly one such name, its person is
    named nowhere before and reports something where it is first named, and the
    description's noun agrees with its sex ("a woman" is no Tom Li); else None. The rows
    of that speaker then take the name (:func:`renamed`)."""
    sentences = people.article.sentences
    if not sentences:
        return None
    lead = sentences[0].paragraph
    described = {
        r.speaker
        for r in rows
        if r.paragraph == lead
        and r.resolved_by == "description"
        and r.speaker is not None
        and (match := _INTRODUCED.fullmatch(r.speaker)) is not None
        and _noun(match) in _PERSON_WORDS
    }
    if len(described) != 1:
        return None
    description = str(next(iter(described)))
    named = _first_named_speakers(rows, people, lead + 1)
    introduced = _INTRODUCED.fullmatch(description)
    sex = gender_of(_noun(introduced)) if introduced else None
    if len(named) != 1 or (sex is not None and named[0].gender not in (sex, None)):
        return None
    return description, named[0].name


def _noun(match: re.Match[str]) -> str:
    """The noun for what the person an :data:`_INTRODUCED` match describes is."""
    return (match["noun"] or match["of"] or match["office"]).lower()


def _first_named_speakers(rows: Sequence[RowLike], people: People, paragraph: int) -> list[Mention]:
    """The people first named in ``paragraph`` who report something at that first mention,
    as the subject of its verb and with no role of their own ("Sandra Klassen said she
    checked ..."; not '"...," said Jeff Bechdel, communications director for ...')."""
    seen: set[str] = set()
    found: list[Mention] = []
    for mention in people.mentions:
        if not mention.named or mention.name in seen:
            continue
        seen.add(mention.name)
        index = people.sentence_index(mention.start)
        if index is None or people.article.sentences[index].paragraph != paragraph:
            continue
        if (
            mention.subject
            # "Tom Li, communications director for ...": a role (a witness, for testifying,
            # is what the description already told; a doctor, what "Dr." tells)
            and not mention.nouns - {"witness", "doctor"}
            and _no_description_after(people.article.text, mention.end)
            and any(
                # (its title of courtesy, if any, included: "Dr. Mark Joffe")
                r.speaker_start == mention.start - (len(r.role) + 1 if r.role else 0)
                and r.speaker == mention.name  # (not "Ann Reyes and Mary Ives")
                and r.kind == "indirect"
                and (not r.role or r.role in _COURTESY)
                for r in rows
            )
        ):
            found.append(mention)
    return found


def _no_description_after(text: str, end: int) -> bool:
    """Whether no appositive that describes the person follows their name ("Tom Li,
    communications director for the group,"); a relative clause may ("Carol Moyer, who
    worked at the home for 12 years,")."""
    appositive = appositive_after(text, end)
    return appositive is None or appositive.startswith(("who ", "whose "))
