"""Nations, homes and parties (analysis.language.english.affiliations), checked by hand."""

from __future__ import annotations

from analysis.language.english.affiliations import (
    AFFILIATION_SYNONYMS,
    DEMONYMS,
    HOME_REGIONS,
    NATIONAL_OFFICES,
    NATIONALITIES,
    PARTIES,
)


def test_every_list_is_lower_case_words():
    for words in (DEMONYMS, HOME_REGIONS, NATIONAL_OFFICES, NATIONALITIES, PARTIES):
        assert all(w == w.lower() and w.strip() == w for w in words)


def test_a_person_of_a_nation_is_a_nationality_too():
    assert DEMONYMS <= NATIONALITIES
    assert {"swede", "californian", "torontonian"} <= DEMONYMS
    assert {"swedish", "french"} <= NATIONALITIES - DEMONYMS  # adjectives, no person


def test_homes_of_one_word_and_of_several():
    assert {"ohio", "alberta", "new york", "british columbia"} <= HOME_REGIONS
    assert not HOME_REGIONS & NATIONALITIES


def test_another_name_stands_for_a_party_or_a_nation():
    assert AFFILIATION_SYNONYMS["gop"] == "republican"
    assert AFFILIATION_SYNONYMS["tories"] == "conservative"
    # a nation's name stands for its adjective ("Netanyahu of Israel": the Israeli ...)
    assert AFFILIATION_SYNONYMS["israel"] == "israeli"
    assert AFFILIATION_SYNONYMS["netherlands"] == "dutch"
    assert not {"israeli", "texas"} & set(AFFILIATION_SYNONYMS)  # no word stands for itself
    assert set(AFFILIATION_SYNONYMS.values()) <= PARTIES | NATIONALITIES


def test_affiliation_words_are_bare_lower_case_with_a_partys_other_name_as_its_own():
    from analysis.language.english.affiliations import affiliation_words

    assert affiliation_words(["Tory", "GOP", "'Ohio'", "Senator,"]) == {
        "conservative",
        "republican",
        "ohio",
        "senator",
    }
