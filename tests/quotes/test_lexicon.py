"""The speech-verb patterns: a trie that matches exactly what the plain alternation does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes.lexicon import COGNITION_VERBS, SPEECH_VERBS, verb_pattern

VERBS = SPEECH_VERBS | COGNITION_VERBS
TRIE = re.compile(rf"\b(?:{verb_pattern(VERBS)})")
PLAIN = re.compile(r"\b(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + ")")


def test_every_verb_and_nothing_else_matches_whole():
    pattern = re.compile(verb_pattern(VERBS))
    assert all(pattern.fullmatch(verb) for verb in VERBS)
    assert not pattern.fullmatch("sai") and not pattern.fullmatch("saidd")
    assert re.fullmatch(verb_pattern(frozenset({"add", "added", "adds"})), "added")


@given(st.lists(st.sampled_from([*sorted(VERBS), "sa", "s", " ", ",", "x", "ed"]), max_size=12))
def test_the_trie_finds_what_the_alternation_finds(parts):
    text = "".join(parts)
    assert [m.span() for m in TRIE.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
