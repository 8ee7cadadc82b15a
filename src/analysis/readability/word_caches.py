"""Wider word caches for textstat: the same functions, remembering more words.

textstat (0.7.x) counts syllables and tells difficult words one word at a time, each call
behind a least-recently-used cache of 128 entries. An article has more distinct words than
that, so nearly every call misses and counts again (list the word, strip its punctuation,
look it up in the CMU dictionary): about 1.5 ms of the 2.7 ms textstat spends on a 450-word
news article. Here those per-word functions get a cache of :data:`WORDS` entries instead;
nothing else changes, so every score is textstat's own (a test compares them with an
untouched textstat in a separate interpreter).

Only calls with one word are kept in the wide caches: a cache of whole texts would keep every
article of a corpus run in memory (up to :data:`WORDS` of them in each worker). Syllables are
also counted for whole texts (the Flesch formulas' syllables per word); such a count is
textstat's own loop over the text's words with each word's count remembered
(:func:`text_syllables`), and whole texts stay in a cache of textstat's own size.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["PER_WORD", "TEXTS", "TEXT_CALLERS", "WORDS", "text_syllables", "widen_word_caches"]

#: textstat's functions called once per word (module, function).
PER_WORD: tuple[tuple[str, str], ...] = (
    ("textstat.backend.counts._count_syllables", "count_syllables"),
    ("textstat.backend.validations._is_difficult_word", "is_difficult_word"),
)
#: textstat's modules that count the syllables of whole texts (the Flesch formulas' syllables
#: per word, Szigriszt-Pazos, the public ``syllable_count``): they get :func:`text_syllables`.
TEXT_CALLERS = frozenset(
    {
        "textstat.backend.metrics._syllables_per_word",
        "textstat.backend.metrics._szigriszt_pazos",
        "textstat.backend.counts",
    }
)
#: Entries each widened cache holds: words of a few thousand articles (a few MB).
WORDS = 65_536
#: Whole texts whose syllable counts are kept: textstat's own cache size.
TEXTS = 128


@functools.cache
def widen_word_caches() -> None:
    """Give textstat's per-word functions (:data:`PER_WORD`) caches of :data:`WORDS` entries,
    in every textstat module that calls them. Idempotent; call after importing textstat."""
    import textstat  # noqa: F401  (imports every module of its backend)

    for module_name, name in PER_WORD:
        cached = getattr(sys.modules[module_name], name)
        wider = functools.lru_cache(maxsize=WORDS)(_original(cached))
        for module_name_, module in list(sys.modules.items()):
            if module_name_.startswith("textstat") and getattr(module, name, None) is cached:
                setattr(module, name, _text_count if module_name_ in TEXT_CALLERS else wider)


def _original(cached: Callable[..., Any]) -> Callable[..., Any]:
    """The function behind textstat's cache (its ``__wrapped__``)."""
    original: Callable[..., Any] = getattr(cached, "__wrapped__", cached)
    return original


@functools.lru_cache(maxsize=TEXTS)
def _text_count(text: str, lang: str) -> int:
    """:func:`text_syllables` behind a cache of textstat's size (what textstat had)."""
    return text_syllables(text, lang)


def text_syllables(text: str, lang: str) -> int:
    """The syllables of ``text`` as textstat 0.7's ``count_syllables`` counts them: over its
    words as ``list_words(text, lowercase=True)`` gives them, each word's first CMU
    pronunciation's vowels (phones ending in a stress digit), else Pyphen's hyphenation
    points plus one. The same loop; each word's count is remembered (:func:`_word_syllables`).
    """
    from textstat.backend.selections._list_words import list_words

    if not text:
        return 0
    return sum(_word_syllables(word, lang) for word in list_words(text, lowercase=True))


@functools.lru_cache(maxsize=WORDS)
def _word_syllables(word: str, lang: str) -> int:
    """The body of textstat 0.7's loop in ``count_syllables``, for one listed word."""
    from textstat.backend.utils._get_cmudict import get_cmudict
    from textstat.backend.utils._get_pyphen import get_pyphen

    try:
        phones = get_cmudict(lang)[word][0]  # None (no dictionary): TypeError
        return sum(1 for phone in phones if phone[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(get_pyphen(lang).positions(word)) + 1
