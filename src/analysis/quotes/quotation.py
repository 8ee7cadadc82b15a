"""A quotation as the extraction finds it: where its words and its marks stand, its kind,
its speaker as resolved from a mention with the evidence (:data:`RESOLVED_BY`), and the
parts a quotation broken by its attribution joins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["RESOLVED_BY", "RowLike"]


class RowLike(Protocol):
    """What the readers run over the finished rows read of a row of the quotes table (a
    ``QuoteRow``): :mod:`~analysis.quotes.named_after`, :mod:`~analysis.quotes.named_next`."""

    @property
    def speaker(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def resolved_by(self) -> str | None: ...


#: How a speaker mention leads to the speaker (the ``resolved_by`` column).
RESOLVED_BY = {
    "name": "the mention is the name, given as fully there as anywhere before",
    "fuller name": "the mention is part of a name the article gives in full elsewhere",
    "description": "an unnamed source, kept as the article describes it",
    "group": "two people named together",
    "earlier role": "a role noun ('the spokeswoman') naming a source mentioned before",
    "subject before": "a description of what someone is ('the netminder') standing for the"
    " one person the sentence before is about",
    "pronoun": "he, she or they, resolved to the nearest agreeing source before it",
    "organisation": "it, or what a company is ('the company', 'the retailer'), resolved to"
    " the organisation (or the report, poll or study) the sentence before opens with",
    "previous quotation": "no attribution: the speaker of the quotation before it",
    "named after": "a person the lead introduces ('a nurse who ...') and the next paragraph"
    " names as it first gives them words",
    "named next": "a description of what someone is ('the Swede') whose words the next"
    " sentence of its paragraph goes on with in a quotation it attributes to a name",
    "quotation after": "no attribution, left open at the end of its paragraph: the speaker"
    " of the quotation that goes on in the next one",
    "statement before": "no attribution: the speaker the sentence right before names as"
    " speaking (what it reports, an attribution ending in a colon, a gesture)",
}


@dataclass(frozen=True)
class _Resolved:
    """A speaker as resolved from a mention: who, in what role, and the evidence."""

    speaker: str | None = None
    role: str | None = None
    how: str | None = None  # the ``attribution`` column
    by: str | None = None  # the ``resolved_by`` column
    start: int | None = None  # the mention's extent in the article's text
    end: int | None = None


_UNRESOLVED = _Resolved()


@dataclass
class _Quote:
    """A quotation found in a paragraph (offsets in the article's text)."""

    start: int  # offset of the quoted text (after the opening mark)
    end: int  # offset after the quoted text
    open_at: int
    close_at: int | None
    kind: str = "partial"
    who: _Resolved = _UNRESOLVED
    verb: str | None = None
    attributed: bool = False  # its own sentence names a speaker (or says it cannot)
    intro: bool = False  # no quotation: a sentence ending a paragraph introduces the next
    fragment: bool = False  # a short fragment nothing attributed, taken for a scare quote
    parts: list[tuple[int, int]] = field(default_factory=list)
