"""A second view of tone, made for news, beside VADER's (which stays the reference).

Each word's valence comes from :mod:`analysis.tone.lexicon` (VADER's lexicon with a news
lexicon over it). Around a word: a negator within the three words before it turns its tone
around and weakens it ("failed to secure peace", "no deaths", "averted a disaster"); a hedge
weakens it ("may", "feared"); after "but" the rest counts more, before it less; what a
"despite" or "although" concedes, up to its comma, counts half; words inside quotation marks
count half — a quoted speaker's tone is not the article's. The sum is mapped to
-1..+1 as VADER maps its own: ``s / sqrt(s² + ALPHA)``.

:func:`tone_score` gives the figure; :func:`tone_words` the words that drove it.
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

import pandas as pd

from analysis.tone.lexicon import (
    AFTER_CONTRAST,
    BEFORE_CONTRAST,
    CONCEDED_FACTOR,
    CONCESSIVES,
    CONTRASTS,
    HEDGE_FACTOR,
    HEDGES,
    NEGATION_FACTOR,
    NEGATOR_PHRASES,
    NEGATORS,
    QUOTED_FACTOR,
    VERB_NEGATORS,
    lexicon,
)

__all__ = ["ALPHA", "TONE_THRESHOLD", "tone_label", "tone_score", "tone_words"]

#: The normalisation of the summed valences: VADER's own (5 to 40 changed Pearson's r on the
#: development part of the SemEval-2007 trial headlines by under 0.01).
ALPHA = 15.0
#: ``tone`` above this is positive, below its negative negative: the middle of the plateau
#: (0.55 to 0.9) where the three classes best match the people's ±50 on the development part.
TONE_THRESHOLD = 0.7

# Quotations: double quotes, and the single quotes headlines use ('are perfectly good
# mothers'), a single quote opening after a space and closing before one (not an apostrophe).
_QUOTES = re.compile(r"[“\"](.*?)(?:[”\"]|$)|(?<!\w)[‘'](.+?)[’'](?!\w)", re.S)
_NEGATOR_PHRASE_STARTS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in NEGATOR_PHRASES:
    _NEGATOR_PHRASE_STARTS.setdefault(_phrase[0], []).append(_phrase)
_WINDOW = 4  # words before a word that may negate or hedge it


class _Word(NamedTuple):
    text: str
    quoted: bool
    conceded: bool
    clause_start: bool  # punctuation that ends a clause comes before it


# A word, or a mark that ends a clause (a concession ends at a comma or semicolon only).
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|(?P<comma>[,;])|(?P<mark>[:.!?”“\"—–()])")


@functools.lru_cache(maxsize=65536)
def _form(written: str) -> str:
    """A word as the lexicon lists it: lower case, straight apostrophe, no possessive."""
    return written.replace("’", "'").lower().strip("'-").removesuffix("'s")


def _words(text: str) -> list[_Word]:
    quoted = [m.span(1) if m[1] is not None else m.span(2) for m in _QUOTES.finditer(text)]
    words = []
    conceding = clause_start = False
    for match in _TOKEN.finditer(text):
        if match.lastgroup is not None:  # a mark
            clause_start = True
            conceding = conceding and match.lastgroup != "comma"
            continue
        word = _form(match[0])
        if not word:
            continue
        if word in CONCESSIVES:
            conceding = True
            continue
        inside = bool(quoted) and any(a <= match.start() < b for a, b in quoted)
        words.append(_Word(word, inside, conceding, clause_start))
        clause_start = False
    return words


def _near_negators(tokens: list[str]) -> list[bool]:
    """For each word, whether a negator ends within the :data:`_WINDOW` words before it (a
    negating word, or the last word of a phrase that negates: "no longer")."""
    negator_at = [t in NEGATORS for t in tokens]
    for j, token in enumerate(tokens):
        for phrase in _NEGATOR_PHRASE_STARTS.get(token, ()):
            if tuple(tokens[j : j + len(phrase)]) == phrase:
                negator_at[j + len(phrase) - 1] = True
    near = []
    last = -_WINDOW - 1  # where the last negator before the word is
    for j, negator in enumerate(negator_at):
        near.append(j - last <= _WINDOW)
        if negator:
            last = j
    return near


@functools.lru_cache(maxsize=65536)
def _contributions(text: str) -> tuple[tuple[str, str, float, str], ...]:
    """``(word as written, entry, contribution, why)`` for every word that carries tone."""
    lex = lexicon()
    words = _words(text)
    tokens = [w.text for w in words]
    contrast = next((i for i, t in enumerate(tokens) if t in CONTRASTS and i > 0), None)
    near_negator = _near_negators(tokens)
    # A verb that negates ("failed", "averted") reaches to the end of its clause.
    in_verb_scope = [False] * len(words)
    scope = False
    for j, word in enumerate(words):
        if word.clause_start:
            scope = False
        in_verb_scope[j] = scope
        if word.text in VERB_NEGATORS:
            scope = True
    out: list[tuple[str, str, float, str]] = []
    phrase_starts, valence = lex.phrase_starts, lex.valence
    i = 0
    while i < len(words):
        entry, value, span = None, 0.0, 1
        if tokens[i] in phrase_starts:
            for size in (3, 2):
                phrase = tuple(tokens[i : i + size])
                if len(phrase) == size and phrase in lex.phrases:
                    entry, value, span = " ".join(phrase), lex.phrases[phrase], size
                    break
        if entry is None:
            found = valence(tokens[i])
            if found is not None:
                entry, value, _ = found
        if entry is None or value == 0.0:
            i += span
            continue
        negated = in_verb_scope[i] or near_negator[i]
        found_here = _contribution(words, tokens, i, span, entry, value, contrast, negated=negated)
        if found_here is not None:
            out.append(found_here)
        i += span
    return tuple(out)


def _contribution(
    words: list[_Word],
    tokens: list[str],
    i: int,
    span: int,
    entry: str,
    value: float,
    contrast: int | None,
    *,
    negated: bool,
) -> tuple[str, str, float, str] | None:
    """The contribution of the word (or phrase of ``span`` words) at ``i`` that carries
    ``value``; None for a negator or hedge that counts through what it governs."""
    reach = _clause(words, i) if tokens[i] in VERB_NEGATORS else tokens[i + 1 : i + 4]
    if tokens[i] in NEGATORS and _carries(reach):
        return None  # a negator counts through what it negates
    if tokens[i] in HEDGES and i + 1 < len(tokens) and _carries(tokens[i + 1 : i + 4]):
        return None  # likewise a hedge
    reasons = []
    factor = 1.0
    if negated:
        factor *= NEGATION_FACTOR
        reasons.append("negated")
    if any(t in HEDGES for t in tokens[max(0, i - _WINDOW) : i]):
        factor *= HEDGE_FACTOR
        reasons.append("hedged")
    if contrast is not None:
        factor *= AFTER_CONTRAST if i > contrast else BEFORE_CONTRAST
        reasons.append("after 'but'" if i > contrast else "before 'but'")
    if words[i].quoted:
        factor *= QUOTED_FACTOR
        reasons.append("quoted")
    if words[i].conceded:
        factor *= CONCEDED_FACTOR
        reasons.append("conceded")
    written = " ".join(w.text for w in words[i : i + span])
    return (written, entry, value * factor, ", ".join(reasons))


def _clause(words: list[_Word], i: int) -> list[str]:
    """The words after ``words[i]`` up to the end of its clause."""
    out = []
    for word in words[i + 1 :]:
        if word.clause_start:
            break
        out.append(word.text)
    return out


def _carries(following: list[str]) -> bool:
    lex = lexicon()
    return any((found := lex.valence(t)) is not None and found[1] != 0.0 for t in following)


def _normalised(total: float, alpha: float = ALPHA) -> float:
    return 0.0 if total == 0 else total / math.sqrt(total * total + alpha)


def tone_score(text: str, *, alpha: float = ALPHA) -> float:
    """The news tone of ``text``, -1 (most negative) to +1 (most positive); 0 when no word
    carries tone."""
    return _normalised(sum(c for _, _, c, _ in _contributions(text)), alpha)


def tone_label(tone: float) -> str:
    """``positive`` (> :data:`TONE_THRESHOLD`), ``negative`` (below its negative) or
    ``neutral``: the people's three classes of the SemEval-2007 task."""
    if tone > TONE_THRESHOLD:
        return "positive"
    if tone < -TONE_THRESHOLD:
        return "negative"
    return "neutral"


def tone_words(text: str) -> pd.DataFrame:
    """The words that drove :func:`tone_score` of ``text``.

    Returns:
        ``word`` (as written), ``entry`` (the lexicon's form), ``contribution`` (its valence
        after negation, hedging, contrast and quotation; VADER's -4..+4 scale), ``why`` (what
        changed it, or empty), ``origin`` (``news`` or ``vader``), strongest first.
    """
    lex = lexicon()
    rows = [
        (word, entry, contribution, why, lex.origin.get(entry, "news"))
        for word, entry, contribution, why in _contributions(text)
    ]
    frame = pd.DataFrame(rows, columns=["word", "entry", "contribution", "why", "origin"])
    order = frame["contribution"].abs().sort_values(ascending=False, kind="stable").index
    return frame.loc[order].reset_index(drop=True)
