"""The shapes of an "according to" attribution: "According to X, CLAUSE", "CLAUSE, according
to X." (with who X is after it, or their name after a description), "according to X" after
a quotation or before its colon, and anywhere around a quoted fragment."""

from __future__ import annotations

import re

from analysis.language.english.grammar import DETERMINERS
from analysis.patterns import compiled
from analysis.quotes.finite import _has_finite
from analysis.quotes.openings import is_opening
from analysis.quotes.phrases import _P
from analysis.quotes.reports import Reported

__all__: list[str] = []  # (its readers are the report rules of :mod:`.reported`)

#: "according to X" wherever it stands.
_ACCORDING = compiled(rf"\baccording to\s+(?P<speaker>{_P}+)", re.I)
#: "according to X" right after a quotation, its attribution: '"...," according to X.'
_AFTER_ACCORDING = compiled(rf"^[\s,]*according to\s+(?P<speaker>{_P}+)", re.I)
#: "According to X:" before a quotation.
_ACCORDING_HEAD = compiled(r"(?:^|,\s*)(?i:according)\s+to\s+(?P<speaker>[^,;:]+?)\s*$")
#: "According to X, CLAUSE", also after an opening ("But the next day, according to X, ...").
_ACCORDING_FIRST = compiled(
    r"\s*(?:(?P<opening>[A-Z][^,;:\"“”]{0,40}),\s*)?(?i:a)ccording to\s+(?P<speaker>[^,]{2,80}),"
    r"\s*(?P<content>\S.*)"
)
#: "according to X" set off after the relative pronoun of a clause it attributes: "a man
#: who, according to the department, had pointed a handgun at officers".
_ACCORDING_IN_RELATIVE = compiled(
    r"\b(?:who|which)\s*,\s*according to\s+(?P<speaker>[^,;:\"“”]{2,80}),\s*(?P<content>\S.*)"
)
#: "CLAUSE, according to X." ending its sentence.
_FINAL_ACCORDING = compiled(
    rf",\s*according to\s+(?P<speaker>(?:{_P}|\"[^\"“”]{{1,60}}\"|“[^\"“”]{{1,60}}”){{2,120}}?"
    # their name after a description, part of the speaker: "..., according to his daughter,
    # Claire Dupuis."
    r"(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+?){1,3}(?=\s*[.!?]?\s*$))?)"
    # "..., according to Dr. Priya Menon, the transplant surgeon who led it.": who they are
    # (or a role with no article before what it is of: "..., president of the association")
    r"(?:,\s*(?P<appositive>(?:the|a|an|his|her|its|their|who|which)\s[^,;:\"“”]{2,100}?|"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|for|at|with)\s+(?:the\s+)?[A-Z][^,;:\"“”]{2,100}?)"
    # or a participial phrase of the clause before: "..., according to a quick count,
    # becoming the first woman elected."
    r"|,\s*[a-z]{3,}ing\s[^;:\"“”]{2,120}?"
    # or a comparison closing the clause: "..., according to agency data, compared with 16
    # at the same point last year", "..., up from 4 percent in May."
    r"|,\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from|versus)\s[^;:\"“”]{2,120}?"
    # or any other phrase with no verb (read by ``_according_last``): "..., about twice as
    # much as Marsh and his allies."
    r"|,\s*(?P<tail>[a-z][^;:\"“”]{2,120}?))?"
    r"\s*[.!?]?\s*$"
)
#: A relative pronoun opening what follows "According to X,": a clause about X, no report.
_RELATIVE_FIRST = compiled(r"(?:who|whose|which)\b")


def _according_first(text: str, end: int) -> Reported | None:
    """``According to X, CLAUSE``."""
    match = _ACCORDING_FIRST.match(text)
    if match and match["opening"] and not is_opening(match["opening"]):
        return None  # "Afghan authorities, according to X, are to blame": the subject
    if match and not _RELATIVE_FIRST.match(match["content"]):  # "X, who was ...": about X
        return Reported(match.start("content"), end, match["speaker"], "according to",
                        match.start("speaker"))  # fmt: skip
    return None


def _according_in_relative(text: str, end: int) -> Reported | None:
    """``... who, according to X, CLAUSE``: the predicate of a relative clause whose subject
    the relative word is, X's, up to the comma that closes the clause, if one does ("The
    man, who, according to police, was 34, fled": "was 34"); not a clause with a subject of
    its own ("boats which, according to AFP, the United Nations has criticised")."""
    if "according to" not in text or (match := _ACCORDING_IN_RELATIVE.search(text)) is None:
        return None
    comma = text.find(",", match.start("content"), end)
    stop = end if comma < 0 else comma
    content = text[match.start("content") : stop]
    first = content.split()[0] if content.split() else ""
    if len(content.split()) < 2 or not _has_finite(content) or not first.islower():
        return None
    if first in DETERMINERS or first in {"he", "she", "they", "we", "it", "i", "you"}:
        return None  # "boats which, according to AFP, the United Nations has criticised"
    return Reported(match.start("content"), stop, match["speaker"], "according to",
                    match.start("speaker"))  # fmt: skip
