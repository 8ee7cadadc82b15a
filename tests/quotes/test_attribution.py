"""Attribution parsers: offsets they report point at what they name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import extract_quotes, parse_article
from analysis.language.english.speech import COGNITION_VERBS, SPEECH_VERBS
from analysis.quotes.attribution import after_quote
from analysis.quotes.phrases import subject_before
from analysis.quotes.reported import might_report, reported
from analysis.quotes.reports import _REPORTED


def test_a_speaker_with_kept_place_commas_is_found_where_it_is_written():
    sentence = (
        "In Buffalo, an officer in the Amherst, N.Y., Police Department was quoted as saying "
        "the FBI had been told."
    )
    [found] = reported(sentence)
    assert found.speaker == "an officer in the Amherst, N.Y., Police Department"
    assert sentence[found.speaker_at :].startswith(found.speaker)
    assert sentence[found.start : found.end] == "the FBI had been told"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a state or province written in full (was the state: "Idaho", "New Brunswick")
        ("A Boise, Idaho, man said the fire started at noon.", "A Boise, Idaho, man"),
        ("A Moncton, New Brunswick, woman said the store was closed.",
         "A Moncton, New Brunswick, woman"),
        # a guard: an opening phrase still ends at its place's second comma
        ("At a rally in Toledo, Ohio, he said the plan would fail.", "he"),
        # a state's abbreviation a hyphen joins to the word after it (was "Wash.-based
        # company")
        ("The Redmond, Wash.-based company said the deal would close in June.",
         "The Redmond, Wash.-based company"),
        ("A Toronto, Ont.-born singer said the tour was over.", "A Toronto, Ont.-born singer"),
    ],
)  # fmt: skip
def test_a_region_in_full_between_commas_is_part_of_the_phrase(sentence, speaker):
    [found] = reported(sentence)
    assert found.speaker == speaker
    assert sentence[found.speaker_at :].startswith(found.speaker)


def test_the_public_subject_parser_keeps_place_commas():
    assert subject_before("An officer in the Amherst, N.Y., Police Department") == (
        "An officer in the Amherst, N.Y., Police Department"
    )


def test_sentences_without_a_report_cue_are_skipped_without_changing_any_result():
    """The cue-word screen only saves time: on every sentence of the shared corpus and the
    constructed gold articles, the patterns find nothing where the screen says no cue."""
    import analysis as an
    from analysis.quotes.evaluate import gold_articles
    from analysis.quotes.reported import _reported, might_report

    articles = [*an.read_articles(an.DEFAULT_CORPUS), *(g.article for g in gold_articles())]
    sentences = [s.text for a in articles for s in a.sentences]
    screened = [s for s in sentences if not might_report(s)]
    assert len(screened) > len(sentences) / 3  # the screen is worth having
    assert all(_reported(s) == [] for s in screened)
    assert might_report("The minister SAID the law would pass.")
    assert not might_report("The law passed in 2003, after a long debate.")


@pytest.mark.parametrize(
    "verb", sorted(v for v in SPEECH_VERBS | COGNITION_VERBS if " " in v and _REPORTED.fullmatch(v))
)
def test_a_speech_verb_of_several_words_passes_the_cue_screen(verb):
    """The screen reads single words: "fired back that ..." got past it by its first word
    (before, no verb of several words ever reported)."""
    sentence = f"The mayor {verb} that the plan would fail."
    assert might_report(sentence)
    [found] = reported(sentence)
    assert (found.speaker, found.verb) == ("The mayor", verb)
    assert sentence[found.start : found.end] == "the plan would fail"


def test_an_office_set_off_after_a_name_leaves_the_name_as_subject():
    assert [
        subject_before(head)
        for head in (
            "Chris Covert, South Carolina director for Sanders,",
            "Jeff Bechdel, chairman of America Rising,",
            "Dan Gross, president of the Brady Campaign,",
            # a time before a plural subject is no name it could describe
            "Late Monday, U.S. State Department officials",
        )
    ] == ["Chris Covert", "Jeff Bechdel", "Dan Gross", "U.S. State Department officials"]


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        # a message opening the sentence is no role a name after it is set off for: the
        # name speaks (was "a parishioner", the appositive)
        ("In a statement, Ann Reyes, a parishioner,", "Ann Reyes"),
        ("In her victim impact statement, Ann Reyes, a parishioner,", "Ann Reyes"),
        ("In a letter, Ann Reyes, a parishioner,", "Ann Reyes"),
        # guard: a name set off after a person's role in the opening is that role's
        ("Under questioning from the family's lawyer, Julian Falconer, the witness",
         "the witness"),
        # a name and its age inside an opening phrase: the description after them is the
        # subject (was nobody: the guard read as the inmate's appositive)
        ("Testifying at the inquest into the 2022 death of Jordan Kakegamic, 31, the guard",
         "the guard"),
        ("At the funeral of Ann Reyes, 81, her son", "her son"),
        # a guard: a name, its age and its appositive open the sentence
        ("Jordan Kakegamic, 31, the guard", "Jordan Kakegamic"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_message_opening_the_sentence_is_its_subject(head, subject):
    assert subject_before(head) == subject


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" ,;:-—()\"'whoWhoAnnReyessaid.")), max_size=40))
def test_the_subject_finder_takes_any_text(text):
    """Any text before a verb, commas, brackets and relatives alone included, gives a subject
    phrase or None, never an error (", who" once indexed an empty list)."""
    found = subject_before(text)
    assert found is None or isinstance(found, str)


@pytest.mark.parametrize(
    "sentence",
    [
        "WINNIPEG — A man has been charged with murder after a woman was found dead, police said.",
        "New York (AFP) – A man has been charged with murder after a woman was found dead, "
        "police said.",
        "TORONTO (CP) — A man has been charged with murder after a woman was found dead, said "
        "Const. Rob Carver.",
    ],
)
def test_a_dateline_is_no_part_of_the_statement(sentence):
    [found] = reported(sentence)
    assert sentence[found.start :].startswith("A man has been charged")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a duration between the verb and "that" is a setting, as a time is (were no report)
        ("Rubio said for months that he would not seek re-election.",
         "he would not seek re-election"),
        ("Ann Reyes has argued for years that taxes are too high.", "taxes are too high"),
        ("Rubio, who said for months that he would not run, is reconsidering.",
         "he would not run"),
    ],
)  # fmt: skip
def test_a_duration_before_that_is_a_setting(sentence, content):
    [found] = reported(sentence)
    assert sentence[found.start : found.end] == content


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Dr. Karen Wu, who joined the clinic in 2015, said the Chens built something rare.",
            "Dr. Karen Wu",
            "the Chens built something rare",
        ),
        (
            "BuzzFeed, which does not disclose its finances, denied the report, saying this year "
            "will meet expectations.",
            "BuzzFeed",
            "this year will meet expectations",
        ),
        # the relative clause ends an appositive (guard: the words after "said" were the
        # speaker of the name, its appositive and the clause)
        (
            "One former employee, a software developer who asked not to be named because she "
            "is looking for work, said the news came in a 10-minute video call.",
            "One former employee",  # (the description first, which the other describes)
            "the news came in a 10-minute video call",
        ),
        (
            "Ann Reyes, the nurse whose ward was closed, said the staff got no warning.",
            "Ann Reyes",
            "the staff got no warning",
        ),
    ],
)
def test_a_name_and_its_relative_clause_are_no_statement_said_by_what_follows(
    sentence, speaker, content
):
    """ "X, who ..., said CLAUSE": the relative clause's verb made it read as "CLAUSE, said
    X", X the words after the verb."""
    found = [(f.speaker, sentence[f.start : f.end]) for f in reported(sentence)]
    assert (speaker, content) in found
    assert all(not said.startswith(speaker) for _, said in found)  # no "X, who ..." said


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # an adjective in -ed after the determiner is no verb (was no attribution)
        (" the retired schoolteacher said, pinching the dough.", "the retired schoolteacher"),
        (" a concerned parent said.", "a concerned parent"),
        # a speech verb's word after "of" is a noun (was "the former secretary of", verb
        # "state"; then no attribution)
        (" the former secretary of state said.", "the former secretary of state"),
        # a guard: as before
        (" the teacher said.", "the teacher"),
    ],
)
def test_a_description_after_a_quotation_with_an_adjective_or_an_of_phrase(after, speaker):
    found = after_quote(after)
    assert found is not None and (found.speaker, found.verb) == (speaker, "said")


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a participle and its phrase after the described source (was "The economy" saying
        # "a report released by the bank")
        ("The economy is slowing, says a report released by the bank.",
         "The economy is slowing", "a report released by the bank"),
        ("The plan has merit, said a statement issued on Monday by the ministry.",
         "The plan has merit", "a statement issued on Monday by the ministry"),
    ],
)  # fmt: skip
def test_a_clause_then_said_and_a_described_source(sentence, content, speaker):
    [found] = reported(sentence)
    assert (sentence[found.start : found.end], found.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the people before "who" and a verb of its own speak, not the name its clause
        # ends in (were "Ben Carson", "Lachlan Murdoch", "Tom Li")
        ("Many local leaders who worked for Cruz or Rubio or Ben Carson said they had "
         "rallied.", "Many local leaders"),
        ("Executives who have worked with Lachlan Murdoch say he shares his views.",
         "Executives"),
        ("The woman who sued Tom Li said she was relieved.", "The woman"),
        # guards: a cleft, "whom" and a subject, "who" and a quantifier
        ("It was Tom Li who said the plan would fail.", "Tom Li"),
        ("Sen. Graham backed a man who many believe betrayed the American people.", "many"),
    ],
)  # fmt: skip
def test_a_relative_clause_with_its_own_verb_before_the_speech_verb(sentence, speaker):
    [found] = reported(sentence)
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a preposition after the set-off attribution only goes on with the clause before,
        # which is what was said (was "ahead of the $2.07 billion analysts had expected")
        ("Revenue climbed 24 per cent to $2.14 billion, the company said, ahead of the $2.07 "
         "billion analysts had expected.", "Revenue climbed 24 per cent to $2.14 billion",
         "the company"),
        # the subject's next verb or a clause joined after it, a time before its comma (were
        # no report)
        ("The bank raised its rate to 2.5 per cent, the bank said Wednesday, and warned of "
         "slower growth.", "The bank raised its rate to 2.5 per cent", "the bank"),
        ("The plan has failed badly, Tom Li said, but the council will try again.",
         "The plan has failed badly", "Tom Li"),
        ("The mayor will resign next month, she said on Monday, and her deputy will take "
         "over.", "The mayor will resign next month", "she"),
        # guards: a clause after the attribution is what was said; "I think" after a name
        ("The economy, the minister said, is slowing down fast.", "is slowing down fast",
         "the minister"),
    ],
)  # fmt: skip
def test_a_set_off_attribution_before_a_preposition_reports_the_clause_before(
    sentence, content, speaker
):
    [found] = reported(sentence)
    assert (sentence[found.start : found.end], found.speaker) == (content, speaker)


def test_a_name_and_i_think_set_off_is_no_speaker():
    # a guard (no report on the code before either): "Houseman I" is no speaker
    assert reported("The author of uh, what is it, Houseman I think, of Invictus.") == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a name in -ly right before the verb is its subject, no opening adverb (were none)
        ("Kelly said the plan was dead.", "the plan was dead", "Kelly"),
        ("Connolly told reporters that the vote was rigged.", "the vote was rigged", "Connolly"),
        # the adverb set off before a subject stays no subject (a guard)
        ("Clearly, Smith said the plan was dead.", "the plan was dead", "Smith"),
        # an age set off after the person told (was "24, that his decision ...")
        ("Justice Robert Kelly told Ethan Morrow, 24, that his decision destroyed a family.",
         "his decision destroyed a family", "Justice Robert Kelly"),
    ],
)  # fmt: skip
def test_names_in_ly_and_ages_around_the_verb(sentence, content, speaker):
    [found] = reported(sentence)
    assert (sentence[found.start : found.end], found.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # who the source is, after "according to" it (was no report)
        ("Both are recovering well, according to Dr. Priya Menon, the transplant surgeon who "
         "led the operation.", [("Dr. Priya Menon", "Both are recovering well")]),
        ("Not all campaigns require staffers to sign NDAs, according to John Weaver, a "
         "Republican strategist.", [("John Weaver", "Not all campaigns require staffers to "
                                     "sign NDAs")]),
        # a clause after the source is no appositive (a guard)
        ("Two people were hurt, according to police, the man fled.", []),
    ],
)  # fmt: skip
def test_a_source_according_to_with_an_appositive_after_it(sentence, found):
    assert [(r.speaker, sentence[r.start : r.end]) for r in reported(sentence)] == found


def test_a_report_according_to_a_source_starts_past_the_dateline():
    sentence = (
        "HALIFAX — Patients waited nine hours to see a doctor, according to Nova Scotia Health."
    )
    [found] = reported(sentence)  # (was "HALIFAX — Patients ...")
    assert sentence[found.start : found.end] == "Patients waited nine hours to see a doctor"


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # a manner or "only" between the verb and its colon (was no one)
        ("Pryce, when given a chance to speak, said only:", "Pryce"),
        ("Pryce said simply: ", "Pryce"),
        ("He said quietly, ", "he"),
        # what was on minds as the verb's object (was no one)
        ("Ayaan Rahman blurted out what many students were thinking:", "Ayaan Rahman"),
        # what follows as the verb's object (was no one; in PolNeAR, read as a report of
        # "this: ..." till such a report was dropped)
        ("David Axelrod, who was senior adviser to Obama, tweeted this: ", "David Axelrod"),
        # guards: a noun in -ly is no manner
        ("He said family:", None),
        ("The mayor spoke of the rally:", "The mayor"),
    ],
)
def test_a_manner_or_what_was_thought_between_a_verb_and_its_colon(before, speaker):
    from analysis.quotes.attribution import before_quote

    found = before_quote(before)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # a setting after the verb, no speaker (was "in a statement")
        (" said in a statement that the state would spend more.", None),
        (" said on Tuesday that the bill was flawed.", None),
        (" said at a news conference.", None),
        # guards: an inverted speaker, a setting after it
        (" said Gov. Daniel Harlan in a statement.", "Gov. Daniel Harlan"),
        (" said the governor.", "the governor"),
    ],
)
def test_a_preposition_after_the_verb_opens_a_setting_not_a_speaker(after, speaker):
    found = after_quote(after)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # "state" before an office is no verb (was "Linda Serrano said she would ...
        # challenger" reported by Angela Coyne, verb "state")
        ("Linda Serrano said she would vote for Rudd's challenger, state Treasurer Angela "
         "Coyne, but was not excited about it.",
         "she would vote for Rudd's challenger, state Treasurer Angela Coyne, but was not "
         "excited about it", "Linda Serrano"),
        ("The bill is flawed, state Sen. Ann Lee said.", "The bill is flawed", "Ann Lee"),
        # guard: an inverted speaker after "said"
        ("The bill is flawed, said state Sen. Ann Lee.", "The bill is flawed", "Ann Lee"),
    ],
)  # fmt: skip
def test_state_before_an_office_is_its_adjective(sentence, content, speaker):
    frame = extract_quotes(parse_article(f"date 2016-01-15 Headline\n\n{sentence}\n"))
    assert list(zip(frame["quote"], frame["speaker"], strict=True)) == [(content, speaker)]
