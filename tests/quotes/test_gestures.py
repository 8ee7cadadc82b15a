"""The gesture sentence before a quotation (analysis.quotes.gestures), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.gestures import gesture_before, summary_after


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
        "Tremblay was not there.",  # no manner of replying
        "Tremblay shrugs off the critics and keeps baking bread every single day for her",
        "The crowd praised the plan.",  # no name
        'Tom Li praised the "brave" nurses.',  # a quotation of its own
    ],
)
def test_other_sentences_introduce_no_one(sentence):
    assert gesture_before(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("Asked about the plan, Watson was blunt.", "Watson", "was blunt"),
        ("Tom Li was more cautious.", "Tom Li", "was more cautious"),
        ("Mr. Hannity is unapologetic about his aim.", "Mr. Hannity", "is unapologetic"),
        # a reaction of (dis)agreement, or not being moved (these introduced no one)
        ("Police Chief Tom Li disagreed.", "Police Chief Tom Li", "disagreed"),
        ("Hazelton was unconvinced.", "Hazelton", "was unconvinced"),
        ("Tom Li was not convinced.", "Tom Li", "was not convinced"),
        ("Reyes objected to the plan.", "Reyes", "objected"),
    ],
)
def test_a_named_subject_speaking_in_a_manner_is_found(sentence, speaker, verb):
    found = gesture_before(sentence)
    assert found is not None and (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        # someone speaks and the sentence says nothing of what (these introduced no one)
        ("Tom Li said in a statement.", "Tom Li", "said"),
        ("Tom Li spoke to reporters on Tuesday.", "Tom Li", "spoke"),
        ("Sam Lau, the party's spokesman said in a statement.", "Sam Lau", "said"),
        ("Later, Tom Li told CBC News.", "Tom Li", "told"),
        ("She wrote on Facebook last week.", "She", "wrote"),
        # someone speaks about someone or something (these introduced no one)
        ("Ann Reyes touted her record as a co-sponsor of the bill.", "Ann Reyes", "touted"),
        ("Sami recalled how, on his first trip, he saw only trees.", "Sami", "recalled"),
        ("Asked about the strike, Tom Li praised the nurses.", "Tom Li", "praised"),
        # someone puts out a message: what follows with no attribution is theirs (was no one)
        ("Mayor Naheed Nenshi issued a statement Saturday as the Bow River crested.",
         "Mayor Naheed Nenshi", "issued a statement"),
        ("Nenshi released a short video message on Sunday.", "Nenshi",
         "released a short video message"),
    ],
)  # fmt: skip
def test_a_named_subject_speaking_of_nothing_or_about_something_is_found(sentence, speaker, verb):
    found = gesture_before(sentence)
    assert found is not None and (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Li said the plan is dead.",  # what he said: a statement of its own
        "Tom Li told CBC News the plan is dead.",
        "Tom Li said in a statement that the plan is dead.",
    ],
)
def test_a_sentence_saying_what_was_said_introduces_no_one_as_a_gesture(sentence):
    assert gesture_before(sentence) is None


def test_an_attribution_right_after_a_quotation_introduces_no_one_as_a_gesture():
    # '"...?" Pence said. "As big as it needs to be."': the attribution of the one before
    assert gesture_before("Pence said.", after_quotation=True) is None
    found = gesture_before("Pence shrugged.", after_quotation=True)
    assert found is not None and found.speaker == "Pence"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("That was the message from Mayor Jim Watson on Tuesday.", "Mayor Jim Watson"),
        ("Those were the words of Ann Reyes.", "Ann Reyes"),
        ("That is how Tom Li put it.", "Tom Li"),
        ("That was how she described it.", "she"),
        ("So said Ann Reyes.", "Ann Reyes"),
        # a contraction, a verb with what it takes (these were none)
        ("That's how Gerald Kent describes his job.", "Gerald Kent"),
        ("That is how Ann Reyes remembers the day.", "Ann Reyes"),
        ("That's how she sums it up.", "she"),
        ("This is how Tom Li sees it, and he is not alone.", None),  # more than a summary
    ],
)
def test_a_sentence_summing_up_the_quotation_before_names_its_speaker(sentence, speaker):
    found = summary_after(sentence)
    assert (None if found is None else found.speaker) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "That is how Ottawa works.",  # no one speaks
        "That's how the system works in Ottawa.",
        "That was the message from the premier's office, which declined to comment further.",
        "The mood was upbeat.",
        "That was the message from Jim Watson, and it was clear.",  # more than a summary
    ],
)
def test_other_sentences_sum_up_no_one(sentence):
    assert summary_after(sentence) is None


def test_a_message_after_a_dateline_introduces_the_paragraph_after_it():
    from analysis import parse_article
    from analysis.quotes import extract_quotes

    article = parse_article(
        "date 2024-01-15 Headline\n\nCALGARY — Mayor Naheed Nenshi issued a statement "
        'Saturday as the river crested.\n\n"We will get you back. This city has never been '
        'tested like this."\n'
    )
    assert list(extract_quotes(article)["speaker"]) == ["Naheed Nenshi"]
