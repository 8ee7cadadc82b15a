"""Surnames that act or speak alone (analysis.quotes.acting_surnames), read by hand."""

from __future__ import annotations

import re

import pytest

from analysis.quotes.acting_surnames import acts_alone, speaks


def _first_word(sentence: str) -> re.Match[str]:
    found = re.match(r"[A-Z][\w'’-]*", sentence)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ullmark stopped all three shooters.", True),
        ("Fernandez, from nearby Laval, broke serve.", True),
        ("Gill, 52, was not hurt.", True),
        # any verb in the past the language lists, past a description set off (was "sat" no
        # deed: "Anze Kopitar" no person, his "he" another man's)
        ("Kopitar, the Kings captain, sat at his stall long after the game.", True),
        ("Reyes, the former mayor, spoke first.", True),
        # guards: no verb in the past; not opening its sentence
        ("Kopitar, the Kings captain, and his team.", False),
        ("Later Kopitar sat down.", False),
    ],
)
def test_a_lone_word_opening_its_sentence_acts(sentence, expected):
    word = re.search(r"Kopitar|Ullmark|Fernandez|Gill|Reyes", sentence)
    assert word is not None
    assert acts_alone(sentence, word) is expected


def test_a_lone_word_before_a_speech_verb_speaks():
    sentence = "Kadri agreed with the call."
    assert speaks(sentence, _first_word(sentence))


def test_a_surname_that_acts_alone_makes_its_full_name_a_persons(speakers):
    body = (
        "Adrian Kempe scored twice for Los Angeles, and Anze Kopitar had a goal and an "
        "assist.\n\n"
        'Zach Hyman said the crowd carried the team. "You could not hear," he said.\n\n'
        'Kopitar, the Kings captain, sat at his stall long after the game. "It hurts," he said.'
    )
    assert speakers(body) == ["Zach Hyman", "Zach Hyman", "Anze Kopitar"]
