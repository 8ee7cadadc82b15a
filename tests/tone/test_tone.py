"""The news view of tone: each rule on sentences written for it, and its range on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.tone import ALPHA, tone_label, tone_score, tone_words


def contributions(text: str) -> dict[str, tuple[float, str]]:
    words = tone_words(text)
    return {w: (c, why) for w, c, why in zip(words["word"], words["contribution"], words["why"],
                                               strict=True)}  # fmt: skip


def test_words_of_news_carry_tone_vader_lacks():
    found = contributions("Earthquake leaves 40 wounded as floods hit the valley")
    assert found["earthquake"] == (-2.6, "")
    assert found["wounded"] == (-2.6, "")
    assert found["floods"] == (-2.4, "")  # matched to its base form "flood"
    assert tone_score("Earthquake leaves 40 wounded as floods hit the valley") < -0.8


def test_words_vader_reads_in_another_sense_are_neutral_in_news():
    assert tone_score("Security forces arrived") == 0.0
    assert tone_words("Security forces arrived").empty


def test_the_sum_is_normalised_as_vader_does():
    # "dead" -3.2 alone: -3.2 / sqrt(3.2² + 15)
    assert tone_score("Two dead") == pytest.approx(-3.2 / (3.2**2 + ALPHA) ** 0.5)
    assert tone_score("") == 0.0
    assert tone_score("The committee met on Tuesday.") == 0.0


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        ("The talks failed to secure a peaceful solution", "peaceful", -1),
        ("No deaths were reported", "deaths", +1),
        ("Police averted a disaster", "disaster", +1),
        ("Moderate drinking reduces heart attack risk", "heart attack", +1),
        ("Smoking is no longer chic", "chic", -1),
    ],
)
def test_a_negator_turns_the_tone_of_what_follows(text, word, sign):
    contribution, why = contributions(text)[word]
    assert why.startswith("negated")
    assert contribution * sign > 0


def test_a_negator_counts_through_what_it_negates():
    found = contributions("The army averted a disaster")
    assert "averted" not in found and found["disaster"][0] > 0
    assert contributions("The plan failed")["failed"][0] < 0  # nothing to negate: its own tone


def test_hedged_quoted_and_conceded_words_count_less():
    assert contributions("Ten may be dead")["dead"] == (pytest.approx(-3.2 * 0.6), "hedged")
    assert contributions("Mayor calls it “a disaster”")["disaster"] == (-1.5, "quoted")
    assert contributions("Critics call it 'a disaster'")["disaster"] == (-1.5, "quoted")
    found = contributions("Despite the corruption, the plan is a success")
    assert found["corruption"] == (-1.4, "conceded") and found["success"] == (2.6, "")


def test_after_but_counts_more():
    found = contributions("The team won, but two players were injured")
    assert found["won"][1] == "before 'but'" and found["injured"][1] == "after 'but'"
    assert tone_score("The team won, but two players were injured") < 0


def test_possessives_hyphens_and_inflections():
    assert contributions("out of harm's way")["harm"][0] < 0
    assert contributions("the war-torn city")["war-torn"][0] < 0
    assert "bridge-jump" not in contributions("a bridge-jump festival")  # "jump" is no participle
    assert contributions("Shootings rise")["shootings"][0] == -3.0


def test_labels_use_the_threshold():
    assert tone_label(0.71) == "positive"
    assert tone_label(0.7) == "neutral"
    assert tone_label(-0.71) == "negative"


@given(st.text(max_size=200))
def test_tone_is_in_range_for_any_text(text):
    score = tone_score(text)
    assert -1.0 < score < 1.0 or score == 0.0
    words = tone_words(text)
    assert list(words.columns) == ["word", "entry", "contribution", "why", "origin"]
    assert (words["contribution"].abs() <= 4 * 1.5).all()


_SOME_WORDS = ["not", "no", "never", "longer", "far", "from", "rule", "out", "good", "war", "the"]


@given(st.lists(st.sampled_from(_SOME_WORDS), max_size=30))
def test_a_word_is_near_a_negator_when_one_ends_within_the_window_before_it(tokens):
    from analysis.tone import _WINDOW, _near_negators
    from analysis.tone.lexicon import NEGATOR_PHRASES, NEGATORS

    ends = [t in NEGATORS for t in tokens]  # the definition, word by word
    for j in range(len(tokens)):
        for phrase in NEGATOR_PHRASES:
            if tuple(tokens[j : j + len(phrase)]) == phrase:
                ends[j + len(phrase) - 1] = True
    expected = [any(ends[max(0, j - _WINDOW) : j]) for j in range(len(tokens))]
    assert _near_negators(tokens) == expected
