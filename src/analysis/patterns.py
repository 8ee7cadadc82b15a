"""Regular-expression building blocks shared by the date and quotation rules.

:func:`latin` (and :func:`compiled`, which compiles through it) widens the ``A-Z`` and ``a-z``
ranges a rule is written with to every letter of the Latin script of that case, so that the
rules that find names read "José Peña", "Émile Zola", "Recep Tayyip Erdoğan" and "Łukasz"
whole, as they read "Jose Pena".

:func:`alternation` writes a list of words as a letter trie (``sa(?:id|ys)``, not
``said|says``): the same strings with the same preference (the longest first where several
match at one place), but the engine follows one branch per letter instead of trying every
word at every position. Word lists of a hundred entries scanned across every sentence are most
of a rule's time; as a trie they cost a few times less.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

from analysis.pattern_cache import cached_compile

__all__ = ["alternation", "compiled", "latin"]

#: The letters with diacritics of the Latin script, as ranges (a class of ranges costs the
#: rules nothing; one of 400 single letters cost them 6%): the Latin-1 capitals and small
#: letters by case (À-Þ, ß-ÿ, without × and ÷), and Latin Extended-A and -B (Ā-ɏ: Polish,
#: Czech, Turkish, Romanian letters) on both sides, their capitals and small letters
#: alternating too finely for ranges.
_LATIN_UPPER = "À-ÖØ-ÞĀ-ɏ"
_LATIN_LOWER = "ß-öø-ÿĀ-ɏ"


def latin(pattern: str) -> str:
    """``pattern`` with each ``A-Z`` and ``a-z`` range of its character classes widened to the
    letters with diacritics ("É", "ñ", "ł", "ğ"): of that case in Latin-1, of either in the
    Latin Extended blocks (a small "ł" passes for a capital: English text has none)."""
    return pattern.replace("A-Z", "A-Z" + _LATIN_UPPER).replace("a-z", "a-z" + _LATIN_LOWER)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of :func:`latin` of ``pattern``: the way the quotation rules compile
    (parsed once per machine: see :mod:`analysis.pattern_cache`).

    A pattern searched through a text is faster opening with the character it needs and
    checking what precedes after it (``,(?<=\\d,)``, not ``(?<=\\d),``): the engine jumps
    to a first character it needs (or one of a set), but tries a look-behind first at every
    position."""
    return cached_compile(latin(pattern), flags)


#: A letter trie: each letter leads to the rest; the key "" marks the end of a word.
_Trie: TypeAlias = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (taken literally), the longest first where several
    match; wrap it in ``(?i:...)`` for any case. Empty when ``words`` is."""
    trie: _Trie = {}
    for word in words:
        if not word:
            raise ValueError("an alternation of words cannot hold the empty word")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items())
                if char]  # fmt: skip
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:  # no word ends here
        return body
    return f"(?:{body})?" if len(body) > 1 else body + "?"  # a word ends here: longer first
