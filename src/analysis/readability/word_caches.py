"""Wider word caches for textstat: the same functions, remembering more words.

textstat (0.7.x) counts syllables and tells difficult words one word at a time, each call
behind a least-recently-used cache of 128 entries. An article has more distinct words than
that, so nearly every call misses and counts again (list the word, strip its punctuation,
look it up in the CMU dictionary): about 1.5 ms of the 2.7 ms textstat spends on a 450-word
news article. Here those per-word functions get a cache of :data:`WORDS` entries instead;
nothing else changes, so every score is textstat's own (a test compares them with an
untouched textstat in a separate interpreter).

Only functions whose argument is one word in most calls are widened: a cache of whole texts
would keep every article of a corpus run in memory.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["PER_WORD", "WORDS", "widen_word_caches"]

#: textstat's functions called once per word (module, function).
PER_WORD: tuple[tuple[str, str], ...] = (
    ("textstat.backend.counts._count_syllables", "count_syllables"),
    ("textstat.backend.validations._is_difficult_word", "is_difficult_word"),
)
#: Entries each widened cache holds: words of a few thousand articles (a few MB).
WORDS = 65_536


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
                setattr(module, name, wider)


def _original(cached: Callable[..., Any]) -> Callable[..., Any]:
    """The function behind textstat's cache (its ``__wrapped__``)."""
    original: Callable[..., Any] = getattr(cached, "__wrapped__", cached)
    return original
