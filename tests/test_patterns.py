"""Word alternations as letter tries: exactly what the plain longest-first alternation finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.language.english.speech import COGNITION_VERBS, SPEECH_VERBS
from analysis.patterns import alternation

VERBS = SPEECH_VERBS | COGNITION_VERBS


def _plain(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_every_word_and_nothing_else_matches_whole():
    pattern = re.compile(alternation(VERBS))
    assert all(pattern.fullmatch(verb) for verb in VERBS)
    assert not pattern.fullmatch("sai") and not pattern.fullmatch("saidd")
    assert alternation(["add", "added", "adds"]) == "add(?:(?:ed|s))?"
    assert re.fullmatch(alternation(["a.m", "a+b"]), "a.m") and not re.fullmatch(
        alternation(["a.m"]), "axm"
    )  # taken literally
    assert alternation([]) == ""
    with pytest.raises(ValueError, match="empty word"):
        alternation(["said", ""])


@given(st.lists(st.sampled_from([*sorted(VERBS), "sa", "s", " ", ",", "x", "ed"]), max_size=12))
def test_the_trie_finds_what_the_alternation_finds_in_news_like_text(parts):
    text = "".join(parts)
    trie, plain = (re.compile(rf"\b(?:{p})") for p in (alternation(VERBS), _plain(VERBS)))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(
    st.sets(st.text("abc -", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text("abc -", max_size=20),
)
def test_the_trie_finds_what_the_alternation_finds_for_any_words(words, text):
    trie, plain = re.compile(f"(?i:{alternation(words)})"), re.compile(f"(?i:{_plain(words)})")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
