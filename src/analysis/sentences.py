"""Sentence splitting for news text: NLTK's Punkt algorithm with our own parameters.

Punkt normally learns abbreviations from a trained model (``punkt_tab``, a download). News
abbreviations are a closed, well-known set, so we give Punkt the parameters directly: no data
file, no download, and the same result on every machine.
"""

from __future__ import annotations

import functools
import re

from analysis.language.english.calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from analysis.language.english.titles import TITLE_ABBREVIATIONS

__all__ = ["ABBREVIATIONS", "SENTENCE_STARTERS", "sentence_spans"]

#: Abbreviations that end in a period but do not end a sentence (lower case, final period
#: dropped, as Punkt stores them): titles, months, places, units and Latin forms in news copy.
ABBREVIATIONS: frozenset[str] = (
    frozenset(
        """
    mr mrs ms messrs dr prof rev sr jr st mt ft hon sen rep gov lt col gen maj capt cmdr
    adm sgt cpl pvt pres supt insp det atty amb coun const cst fr msgr brig pte ald sens reps govs
    messrs
    u.s u.k u.n e.u u.s.a d.c n.y l.a u.a.e
    a.m p.m p approx dept est inc corp co cos ltd llc bros assn univ ave blvd
    rd hwy ft mt vs v e.g i.e cf al ca
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
    )
    | frozenset(MONTH_ABBREVIATIONS)
    | frozenset(WEEKDAY_ABBREVIATIONS)
)

#: Words that start a new sentence even after an abbreviation ("... in the U.S. He said").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    "he she it they we i you the a an this that these those there but and in on at his her "
    "their its our however meanwhile".split()
)

_LOWER_START = re.compile(r"[\"'“‘(\[]*[a-z]")
_OPEN_END = re.compile(r"[?!][\"'”’)\]]*$|\.[)\]]$")
# A sentence "ending" in an initial before a capitalised word: "Judge J." + "L. Edmonson".
_INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")
_NAME_START = re.compile(r"(?:[A-Z]\.|[A-Z][a-z]+\b(?![.?!]))")
# A sentence "ending" in an abbreviation written before a number: "on Feb." + "10.''",
# "No." + "2 seed" (Punkt misses the number when a closing quote follows it).
_NUMBERED_END = re.compile(rf"(?:^|\s)(?i:{'|'.join(MONTH_ABBREVIATIONS)}|no|nos|vol|pp|ch|fig)\.$")
_NUMBER_START = re.compile(r"\d")
_TITLES = frozenset(word.lower() for word in TITLE_ABBREVIATIONS)
# A sentence "ending" in capitals with full stops before a lower-case word or a possessive:
# "the B.C." + "health officer", "P.E.I." + "said", "B.C." + "'s premier" (an abbreviation
# Punkt does not know; a new sentence opens with a capital).
_DOTTED_END = re.compile(r"(?:^|[\s(\-])(?:[A-Z]\.){2,}$")
_LOWER_OR_POSSESSIVE = re.compile(r"[a-z]|['’]s\b")
# An abbreviation that is no title, then an opening quotation mark and a capital: a new
# sentence ("arrived at 2 a.m. \"It was chaotic,\" he said"; not "Sen. \"Tex\" Smith").
_QUOTE_AFTER_ABBREVIATION = re.compile(r"(?<![\w.])(?P<word>[\w.]+)\.\s+(?=[\"“]\s?[A-Z])")
# No sentence starts with a closing bracket or a comma, semicolon or colon: the full stop
# before it was an abbreviation's ("Rep. Trey Gowdy (R-S.C.): ...", "(U.S.), which").
_CLOSING_START = re.compile(r"[)\],;:]")
# A dateline's place in capitals and its region's abbreviation, then a dash, open the
# paragraph's first sentence: "SURREY, B.C. — Two men ...", "CORNER BROOK, N.L. -- ..." (a
# dash after another sentence may open one: a tweet's "— Name (@handle) date").
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]+,\s*(?:[A-Z][a-z]{0,4}\.){1,3}")
_DASH_START = re.compile(r"[—–―]|--")


@functools.cache
def _punkt():  # type: ignore[no-untyped-def]
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def _tail(text: str, span: tuple[int, int]) -> str:
    return text[max(span[0], span[1] - 8) : span[1]]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text`` (one paragraph).

    Punkt splits at ``.``, ``?`` and ``!`` unless the period belongs to a known abbreviation
    (``U.S.``, ``Gen.``, ``Aug. 7``, ``a.m.``) or a number (``1.1``); the abbreviations of
    numbered things (``No.``, ``Vol.``, ``pp.``, ``Fig.``) only before a number (``No. 2``,
    not ``He voted no. "It is a bad bill," ...``); closing
    quotes stay with their sentence (``.”``). A ``?`` or ``!`` followed by a lower-case word
    (“Why?” he asked.), or a full stop and a closing bracket followed by one ((R-N.H.) said),
    does not end the sentence: the pieces are joined back. Nor does a
    name's initial (Judge J. Edmonson, J.L. Edmonson), nor an abbreviation written before a
    number (on Feb. 10.'', No. 2), nor one before a closing bracket or a comma (Rep. Trey
    Gowdy (R-S.C.): ...), nor a dateline's region before its dash (SURREY, B.C. — Two men
    ...), nor capitals with full stops before a lower-case word or a possessive (the B.C.
    health officer, P.E.I.'s premier). A quotation that opens after an
    abbreviation which is no title starts a sentence (at 2 a.m. "It was ...; not Sen. "Tex").
    """
    spans: list[tuple[int, int]] = []
    for start, end in _punkt().span_tokenize(text):
        previous = _tail(text, spans[-1]) if spans else ""
        if spans and (
            (_LOWER_START.match(text, start) and _OPEN_END.search(previous))
            or (
                _INITIAL_END.search(previous)
                and _NAME_START.match(text, start)
                and text[start:].split(None, 1)[0].lower().strip(".,") not in SENTENCE_STARTERS
            )
            or (_NUMBERED_END.search(previous) and _NUMBER_START.match(text, start))
            or (_DOTTED_END.search(previous) and _LOWER_OR_POSSESSIVE.match(text, start))
            or _CLOSING_START.match(text, start)
            or (
                len(spans) == 1
                and _DASH_START.match(text, start)
                and _DATELINE_PLACE.fullmatch(text, *spans[0])
            )
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [piece for span in spans for piece in _split_before_quotations(text, span)]


def _split_before_quotations(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A sentence split where a quotation opens after an abbreviation that is no title (see
    ``_QUOTE_AFTER_ABBREVIATION``); Punkt takes the abbreviation's period for no end."""
    start, end = span
    pieces = []
    for match in _QUOTE_AFTER_ABBREVIATION.finditer(text, start, end):
        word = match["word"].lower()
        if word in ABBREVIATIONS and word not in _TITLES:
            pieces.append((start, match.start() + len(match["word"]) + 1))
            start = match.end()
    return [*pieces, (start, end)]
