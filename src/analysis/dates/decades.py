"""Centuries and decades written in words: "the 19th century" (``18``), "the eighties",
"the '80s" and "the nineteen eighties" (``198``); "the 1980s" is a year rule's."""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.toolkit import make_rule
from analysis.language.english.temporal import ORDINAL_WORDS
from analysis.patterns import alternation

__all__ = ["RULES"]

#: Centuries named in words, "the first" to "the twenty-first".
_ORDINAL_CENTURY = {w: n for w, n in ORDINAL_WORDS.items() if n <= 21 and " " not in w}
_DECADES = {
    "noughties": 0, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
#: The century of a decade said in words: "the nineteen nineties", "the eighteen sixties".
_CENTURY_WORDS = {"seventeen": 17, "eighteen": 18, "nineteen": 19}


def _century(m: re.Match[str], ctx: Context) -> Timex | None:
    word = m["ord"].lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _ORDINAL_CENTURY.get(word)
    if number is None or not 1 <= number <= 30:
        return None
    return Timex("DATE", f"{number - 1:02d}")


def _decade(m: re.Match[str], ctx: Context) -> Timex | None:
    """The decade of the dateline's century, or the previous century when that decade is
    still to come ("the nineties" in 2003 -> 199)."""
    digit = _DECADES[m["word"].lower()] if m["word"] else int(m["digit"])
    if m["hundred"]:  # "the nineteen nineties": the century is written
        return Timex("DATE", f"{_CENTURY_WORDS[m['hundred'].lower()]:02d}{digit}")
    century = 19 if ctx.anchor is None else ctx.anchor.year // 100
    if ctx.anchor is not None and century * 100 + digit * 10 > ctx.anchor.year:
        century -= 1
    return Timex("DATE", f"{century:02d}{digit}")


RULES: tuple[Rule, ...] = (
    make_rule(
        "century",
        r"\b(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
        r"(?i:" + alternation(_ORDINAL_CENTURY) + r"))[\s-]+"
        r"(?i:century)\b",
        _century,
    ),
    make_rule(
        "decade_word",
        r"\b(?i:the)\s+(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
        r"(?:(?P<hundred>(?i:seventeen|eighteen|nineteen))[\s-]+)?(?:(?P<word>(?i:"
        + "|".join(_DECADES)
        + r"))|(?<!\w)['’](?P<digit>[1-9])0s)\b",
        _decade,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "century": ("century",),
    "decade_word": ("ties", "'", "’"),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
