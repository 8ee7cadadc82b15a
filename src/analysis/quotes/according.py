"""The shapes of an "according to" attribution: "According to X, CLAUSE", "CLAUSE, according
to X." (with who X is after it, or their name after a description), "according to X" after
a quotation or before its colon, and anywhere around a quoted fragment."""

from __future__ import annotations

import re

from analysis.patterns import compiled
from analysis.quotes.phrases import _P

__all__: list[str] = []

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
    r"|,\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from|versus)\s[^;:\"“”]{2,120}?)?"
    r"\s*[.!?]?\s*$"
)
