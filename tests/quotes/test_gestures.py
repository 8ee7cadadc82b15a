"""The gesture sentence before a quotation (analysis.quotes.gestures), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.gestures import gesture_before


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("Tremblay shrugs.", "Tremblay", "shrugs"),
        ("Asked about the future, Marie Tremblay shrugs.", "Marie Tremblay", "shrugs"),
        ("He paused for a long moment.", "He", "paused"),
        ("Coach Nick Nurse smiled broadly at the question!", "Coach Nick Nurse", "smiled"),
        ("She slowly nodded.", "She", "nodded"),
    ],
)
def test_a_named_subject_making_a_gesture_is_found(sentence, speaker, verb):
    found = gesture_before(sentence)
    assert found is not None and (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd laughed.",  # no name
        "But officials smiled.",
        'Tremblay shrugs, "maybe."',  # a quotation of its own
        "Tremblay said she was tired.",  # no gesture
        "Tremblay shrugs off the critics and keeps baking bread every single day for her",
    ],
)
def test_other_sentences_introduce_no_one(sentence):
    assert gesture_before(sentence) is None
