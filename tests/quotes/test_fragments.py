"""Who a quoted fragment belongs to (analysis.quotes.fragments), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.fragments import around_fragment, framed_right_before


@pytest.mark.parametrize(
    ("before", "after", "speaker"),
    [
        ("Ann Reyes called the plan", ".", "Ann Reyes"),
        ("Trump's pledge to", "on the border drew crowds.", "Trump"),
        (
            "The talks stalled, with Sen. John McCain calling it a",
            "and leaving.",
            "Sen. John McCain",
        ),
        ("The laws", ", Ann Reyes said.", "Ann Reyes"),
        # "as X suggested": X (was "as Sanders' campaign manager")
        ("rather than just a", "candidate, as Sanders' campaign manager suggested.",
         "Sanders' campaign manager"),
        ("the plan is", ", just as Ann Reyes said.", "Ann Reyes"),
        # an adverb before the participle after "with" (was no one)
        ("The state, with Cruz recently promising to", "them into oblivion.", "Cruz"),
        # a message put out, with a participle or clause that gives its words (were no one)
        ("In Washington, Mayor Ann Reyes released a statement Thursday night condemning",
         ".", "Mayor Ann Reyes"),
        ("The union issued a statement saying it took the action", ".", "The union"),
        ("After the vote, Tom Li released a new radio ad calling it", "that", "Tom Li"),
        ("Ann Reyes and Tom Li issued a joint statement describing the talks as a", ".",
         "Ann Reyes and Tom Li"),
        # a day opening the sentence before a verb coordinated with the main one (was Sunday)
        ("Sunday morning, Ann Reyes slammed the shift and accused Tom Li of a", ".",
         "Ann Reyes"),
        # an owned noun before an auxiliary is no verb: "told" frames it (was "her")
        ("Ann Reyes told a radio host on Wednesday that her tweet was", ".", "Ann Reyes"),
        # "indicated" and "ripped" frame what they quote (were no one)
        ("Tom Li indicated that the mayor", "for the city.", "Tom Li"),
        ("Ann Reyes, the city's lawyer, ripped Tom Li for acting as", "in the case.",
         "Ann Reyes"),
        # a new clause after the verb before: the sentence's final attribution says it
        ("Tom Li has indicated he will not go, and there is", "the family will help, Ann "
         "Reyes said.", "Ann Reyes"),
        # a participle naming what it frames with no comma before it, a name its object, the
        # main clause's subject its speaker, for a second fragment too (were scare quotes)
        ("BOSTON — Sen. Ann Reyes unleashed a series of tweets on Monday calling Tom Li a",
         " and a", "Sen. Ann Reyes"),
        ('Sen. Ann Reyes unleashed tweets on Monday calling Tom Li a "loser" and a', ".",
         "Sen. Ann Reyes"),
        # a framing participle after the main clause, or one introducing the subject (were
        # no one)
        ("Ann Reyes accepted the nomination Wednesday night, introducing herself to voters as",
         ".", "Ann Reyes"),
        ("Ann Reyes accepted the nomination, describing herself as", ".", "Ann Reyes"),
        # a modal's verb frames nothing: the verb before it does (was the company)
        ("In a letter, Calhoun called it a disaster and said the company must respond", ".",
         "Calhoun"),
    ],
)  # fmt: skip
def test_the_speaker_of_a_fragment(before, after, speaker):
    found = around_fragment(before, after)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "before",
    [
        "The plan was called",  # a passive: nobody speaks
        "The city has a",  # no verb frames it: a scare quotation
        "Ann Reyes brought up the so-called",  # an adjective, no verb (was Ann Reyes)
        "The paper was full of in-jokes and",  # a noun (was the paper)
        # a modal's verb: what someone should or can say, not said (were "what we", the
        # vessels)
        "But what we should ask is",
        "Vessels can call at the Chathams and there are a number of",
    ],
)
def test_no_speaker_where_nothing_frames_the_fragment(before):
    assert around_fragment(before, "in the end.") is None


@pytest.mark.parametrize(
    "before",
    [
        # a speech verb's word right after a preposition is a noun: no verb frames it
        "Clinton is popular in states across the country, rather than just a",
        "Officials searched their records for terms such as",
        "Programs for autistic adults vary from state to state, from",
        "Cruz's lawyers cited articles from noted scholars to argue he is",
    ],
)
def test_a_verbs_word_after_a_preposition_frames_nothing(before):
    assert around_fragment(before, ".") is None


@pytest.mark.parametrize(
    "before",
    [
        # a message with no participle of speech after it
        "The union issued a statement in the afternoon about the",
        "The union issued a statement in the afternoon, and the",
    ],
)
def test_a_message_put_out_frames_only_with_words_after_it(before):
    """Guards (these pass on the code before the rule)."""
    assert around_fragment(before, ".") is None


def test_a_verb_that_names_what_it_frames_right_before_it():
    assert framed_right_before("under what Mr. Hedge called")
    assert not framed_right_before("the plan could be termed")


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # the name after "what", past an appositive set off after it (was the appositive,
        # or "the right" of "with the right calling card: ...")
        ("He protected the delegates in 1976, in what Bay Buchanan, a Reagan aide, called ",
         "Bay Buchanan"),
        ("Manafort comes with the right calling card: He protected the delegates in 1976, in "
         "what Bay Buchanan, national treasurer for Reagan's campaign, called ", "Bay Buchanan"),
        # guard: a pronoun after "what" is the main clause's subject's (as before)
        ("The president denounced what he called ", "The president"),
    ],
)  # fmt: skip
def test_the_subject_after_what_frames_the_fragment(before, speaker):
    found = around_fragment(before, ".")
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # a relative clause with no "that" after a preposition or a subordinator: its subject
        # names the fragment (was no speaker)
        ("It also offered to restore the adjustments, though with a cap the union called ",
         "the union"),
        ("The senator voted for the bill, with a clause its critics described as ",
         "critics"),
        # the subject after "whom" and "one" (was the name the clause describes)
        ("His friend is strategist Joel Benenson, whom one Obama insider described as ",
         "one Obama insider"),
        # guard: the subject of a plain clause (as before)
        ("The union called the offer ", "The union"),
    ],
)  # fmt: skip
def test_a_contact_relative_after_a_preposition_frames_the_fragment(before, speaker):
    found = around_fragment(before, ".")
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # the subject of a clause a speech verb reports, before its own verb that frames the
        # fragment (was "said teachers": a phrase with the verb in it)
        ("The bill's sponsor, state Sen. Marcus Delaney, a Democrat, said teachers had told "
         "him the phones were ", "teachers"),
        ("He said that the teen told investigators the post was ", "the teen"),
        # a pronoun as that subject (was "The judge wrote that she", then "the judge wrote"
        # for the judge's later reports)
        ("The judge wrote that she did not doubt Matheson loved the children, but that ", "she"),
        # guards: a subject that is no source leaves the speaker who reports it; a pronoun
        ("Maier, who was benched for two games last month, said the win felt like ", "Maier"),
        ("Barnes said he had told the rookie before the game to ", "he"),
    ],
)  # fmt: skip
def test_the_subject_of_a_reported_clause_frames_its_fragment(before, speaker):
    found = around_fragment(before, ".")
    assert found is not None and found.speaker == speaker
