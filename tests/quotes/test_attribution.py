"""Attribution parsers: offsets they report point at what they name."""

from __future__ import annotations

from analysis.quotes.attribution import reported, subject_before


def test_a_speaker_with_kept_place_commas_is_found_where_it_is_written():
    sentence = (
        "In Buffalo, an officer in the Amherst, N.Y., Police Department was quoted as saying "
        "the FBI had been told."
    )
    [found] = reported(sentence)
    assert found.speaker == "an officer in the Amherst, N.Y., Police Department"
    assert sentence[found.speaker_at :].startswith(found.speaker)
    assert sentence[found.start : found.end] == "the FBI had been told"


def test_the_public_subject_parser_keeps_place_commas():
    assert subject_before("An officer in the Amherst, N.Y., Police Department") == (
        "An officer in the Amherst, N.Y., Police Department"
    )
