"""Reports of what someone was quoted as saying: "X was quoted as saying CLAUSE" (X speaks),
"Xinhua quoted a bureau spokesperson as saying CLAUSE" (Xinhua reports it)."""

from __future__ import annotations

from analysis.patterns import compiled
from analysis.quotes.final_attribution import (
    _QUOTED_AS_REPORTED,
)
from analysis.quotes.phrases import (
    _subject_before,
    opens_quote,
)
from analysis.quotes.reports import Reported
from analysis.quotes.speech_clause import _NOT_CLAUSE

__all__ = ["quoted_as_saying"]

#: Someone quoted by another as saying: "quoted a bureau spokesperson as saying".
_QUOTED_SOMEONE_AS = compiled(
    r"\bquoted\s+(?P<speaker>(?:an?|the|one|two)?\s*[^,;:\"“”]{2,80}?)\s+as\s+saying\s+"
    r"(?:that\s+)?"
)
#: An auxiliary before "quoted": the one quoted is the subject ("was quoted Friday by local
#: media as saying").
_AUXILIARY_LAST = compiled(r"\s+(?:was|were|is|are|has\s+been|had\s+been|been)\s*$")


def quoted_as_saying(text: str, end: int) -> Reported | None:
    """``X was quoted as saying CLAUSE`` (X speaks, a setting or an agent perhaps between:
    "was quoted Friday by local media as saying"); ``Y quoted X as saying CLAUSE``: Y, who
    reports it, as PolNeAR reads it ("CNN quoted an American witness as saying": CNN)."""
    if "quoted" not in text or opens_quote(text):
        return None
    if quoted_as := _QUOTED_AS_REPORTED.search(text):
        speaker = _subject_before(text[: quoted_as.start()])
    elif quoted_as := _QUOTED_SOMEONE_AS.search(text):
        head = text[: quoted_as.start()]
        passive = _AUXILIARY_LAST.search(head)
        speaker = _subject_before(head[: passive.start()] if passive else head)
    else:
        return None
    content = text[quoted_as.end() : end]
    if speaker and len(content.split()) >= 3 and not _NOT_CLAUSE.match(content):
        return Reported(quoted_as.end(), end, speaker, "quoted as saying",
                        max(text.find(speaker), 0))  # fmt: skip
    return None
