"""Regular-expression building blocks shared by the date and quotation rules.

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

__all__ = ["alternation"]

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
