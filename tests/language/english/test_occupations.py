"""Occupations that name what someone is (``analysis.language.english.occupations``)."""

from __future__ import annotations

from analysis.language.english.occupations import SCIENCE_AND_CARE_OCCUPATIONS
from analysis.language.english.speech import IDENTITY_NOUNS, ORGANISATION_WORDS


def test_occupations_are_lower_case_single_words_and_identity_nouns():
    assert all(w.islower() and " " not in w for w in SCIENCE_AND_CARE_OCCUPATIONS)
    assert SCIENCE_AND_CARE_OCCUPATIONS <= IDENTITY_NOUNS
    # none is an organisation's word (an epithet must stand for a person)
    assert not SCIENCE_AND_CARE_OCCUPATIONS & ORGANISATION_WORDS
    assert {"geologist", "curator", "paramedic"} <= SCIENCE_AND_CARE_OCCUPATIONS
