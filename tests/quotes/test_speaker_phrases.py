"""A speaker phrase cleaned (analysis.quotes.speaker_phrases), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.speaker_phrases import cleaned, published_where, untitled_owner


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("and then Lopez later", "Lopez"),
        ("Microsoft on Thursday", "Microsoft"),
        # a form of "be" before a speech verb in -ing ("Police are saying")
        ("Police are", "Police"),
        ("Critics have been", "Critics"),
        ("Tom Li Tuesday", "Tom Li"),
        # a surname in -day is no time (guard: "Stephen Holyday" was cut to "Stephen")
        ("Stephen Holyday", "Stephen Holyday"),
        ("Coun. Bill Munday Thursday", "Coun. Bill Munday"),
        # a time after a word in lower case and its preposition belongs to the phrase
        ("figures published on Thursday", "figures published on Thursday"),
        # a participle of making public left dangling once its time is gone (were kept)
        ("a Quinnipiac University poll released last week", "a Quinnipiac University poll"),
        (
            "a report from the inspector general to be released Thursday",
            "a report from the inspector general",
        ),
        # but not the verb of a clause of its own
        ("figures her campaign released Sunday", "figures her campaign released"),
        ("a fact sheet lawmakers released Monday", "a fact sheet lawmakers released"),
        # documents in the plural were released, no one released them (was "figures
        # released"); guard: without its time, the clause of its own stays
        ("figures released Thursday", "figures"),
        ("a fact sheet lawmakers released", "a fact sheet lawmakers released"),
        # an adverb's look is no adverb after a determiner
        ("an ally", "an ally"),
        # "late" and "early" before a time are the time's (was "... commission late")
        ("filings submitted to the commission late Friday", "filings submitted to the commission"),
        ("a statement issued late last week", "a statement"),
        ("a report released early Monday", "a report"),
        # guards: a determiner's "early"; a surname in capitals
        ("an early", "an early"),
        ("Jenny Early", "Jenny Early"),
        # a message stands for whoever made it
        ("Gagnon's response", "Gagnon"),
        ("a statement from Magna International", "Magna International"),
        ("Her verdict", "she"),
        ("“Tom Li", "Tom Li"),
        # a title whose closing mark the phrase's end lost gets it back (guard: paired
        # marks stay as they are)
        ('a memo titled "Next Steps', 'a memo titled "Next Steps"'),
        ("a memo titled “Next Steps", "a memo titled “Next Steps”"),
        ('a document titled "Next Steps."', 'a document titled "Next Steps."'),
    ],
)
def test_a_speaker_phrase_keeps_only_the_speaker(phrase, expected):
    assert cleaned(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a study published Thursday in the journal Environmental Science & Technology",
         "a study"),
        ("a report posted on its website", "a report"),
        # guards: who made it public is its source; a place no participle of making public
        # comes before
        ("a report released Tuesday by Statistics Canada",
         "a report released Tuesday by Statistics Canada"),
        ("a spokesman in Ottawa", "a spokesman in Ottawa"),
        ("a lawsuit filed in Manhattan by Yulia V. Tymoshenko",
         "a lawsuit filed in Manhattan by Yulia V. Tymoshenko"),
    ],
)  # fmt: skip
def test_where_a_document_was_published_is_no_part_of_its_source(phrase, expected):
    assert published_where(phrase) == expected


def _split(name: str) -> tuple[str | None, str | None]:
    from analysis.quotes.names import split_name

    return split_name(name, surnames=frozenset())


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Transportation Minister Prabmeet Sarkaria's office", "Prabmeet Sarkaria's office"),
        ("Mayor John Tory’s office", "John Tory’s office"),
        # guards: no title; a title with no full name; no owner
        ("Prabmeet Sarkaria's office", "Prabmeet Sarkaria's office"),
        ("the Bank of Canada's governor", "the Bank of Canada's governor"),
        ("the premier's office", "the premier's office"),
        # guard: someone else, whom the whole description names
        ("Senator Bernie Sanders's campaign manager", "Senator Bernie Sanders's campaign manager"),
    ],
)
def test_an_owners_titles_go_from_a_description_it_owns(description, expected):
    assert untitled_owner(description, split=_split) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a court document unsealed at a time (was "a criminal complaint unsealed")
        ("a criminal complaint unsealed Wednesday", "a criminal complaint"),
        ("a memo leaked last week", "a memo"),
        # documents in the plural too; guard: a clause of its own ("her campaign released")
        ("records unsealed Wednesday", "records"),
        ("figures her campaign leaked Wednesday", "figures her campaign leaked"),
    ],
)  # fmt: skip
def test_a_document_made_public_at_a_time_is_the_document(phrase, expected):
    from analysis.quotes.speaker_phrases import cleaned

    assert cleaned(phrase) == expected
