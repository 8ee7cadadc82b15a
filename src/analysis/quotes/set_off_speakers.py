"""A speaker told by a role and a name, each set off by commas, after the statement: "...,
his daughter, Lisa Kowalski, said in a statement.", "..., the city's lawyer, Tom Li, said
Monday." (the name speaks; what comes before its role is what was said)."""

from __future__ import annotations

from analysis.patterns import compiled
from analysis.quotes.finite import _has_finite
from analysis.quotes.reports import Reported, report_before

__all__ = ["role_and_name_last"]


#: A role (owned or with a determiner) and a name, each followed by a comma, then a verb of
#: saying and what sets it (a time, "in a statement") to the end of the sentence; no clause
#: after the verb ("..., the pastor, Rev. Michael Dunn, wrote that ...": what he wrote).
_ROLE_AND_NAME_LAST = compiled(
    r",\s*(?P<speaker>(?:(?:the|his|her|their|its|a|an)\s|[A-Z][\w.'’-]*['’]s?\s)"
    r"[^,;:\"“”]{1,50}?,\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s*"
    r"(?P<verb>said|says|added|wrote|told\s+[^,;:\"“”]{1,40}?)(?!\s+that\b)"
    r"(?P<setting>\s+[^,;:\"“”]{1,60}?)?\s*[.!?]?\s*$"
)


def role_and_name_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, his daughter, Lisa Kowalski, said.``: what the named person said, the clause
    before the role's comma (None when there is no such ending, or the clause is a few words
    or opens quoting)."""
    if "," not in text or not (match := _ROLE_AND_NAME_LAST.search(text)):
        return None
    if match["setting"] and _has_finite(match["setting"]):
        return None  # "..., the pastor, Ann Reyes, wrote some members had left": a clause
    return report_before(text, match, match["verb"].split()[0])  # "told" of "told reporters"
