"""Word alternations as letter tries: exactly what the plain longest-first alternation finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.language.english.speech import COGNITION_VERBS, SPEECH_VERBS
from analysis.patterns import alternation, compiled, latin

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


def test_latin_widens_each_case_to_its_letters_with_diacritics():
    name = compiled(r"\b[A-Z][a-z]+")
    text = "José Peña met Émile Zola, Łukasz Żurek and Recep Erdoğan in the café; ÉCOLE"
    assert name.findall(text) == ["José", "Peña", "Émile", "Zola", "Łukasz", "Żurek", "Recep",
                                  "Erdoğan"]  # fmt: skip
    assert not re.fullmatch(latin("[A-Z]"), "é") and not re.fullmatch(latin("[a-z]"), "É")
    assert not re.fullmatch(latin("[A-Za-z]"), "×")  # a sign in the same Unicode block


@given(st.characters(min_codepoint=0xC0, max_codepoint=0x24F))
def test_a_widened_range_holds_the_latin_letters(char):
    capital, small = re.fullmatch(latin("[A-Z]"), char), re.fullmatch(latin("[a-z]"), char)
    if ord(char) < 0x100:  # Latin-1: exactly the letters of its case
        assert bool(capital) == (char.isalpha() and char.isupper())
        assert bool(small) == (char.isalpha() and char.islower())
    else:  # Latin Extended-A and -B: every letter, on both sides
        assert capital and small


_RULES = [r"(?<![a-z])[A-Z][a-z]+(?:\s+[A-Z][\w'-]*)*", r"[^a-z]+", r"\b[a-z]+ing\b"]


@given(st.sampled_from(_RULES), st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_on_ascii_text_a_widened_rule_finds_what_the_rule_finds(rule, text):
    assert compiled(rule).findall(text) == re.findall(rule, text)
