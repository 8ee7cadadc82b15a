"""Reports a participle makes after a clause (analysis.quotes.participle_reports), read by
hand."""

from __future__ import annotations

import pytest

from analysis.quotes.noun_phrases import run_on_to_verb
from analysis.quotes.participle_reports import _participle_report, _participle_subject
from analysis.quotes.reported import reported


def _report(text: str):
    return _participle_report(text, len(text.rstrip(".")))


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        ("Reyes left the room, saying the plan was dead.", "Reyes", "saying",
         "the plan was dead"),
        ("Reyes posted on Facebook, writing that the plan was dead.", "Reyes", "writing",
         "the plan was dead"),
        # a speech verb before the participle, a day and a time of day after it
        ("It is over, Reyes said Thursday night, suggesting that the plan was dead.",
         "Reyes", "suggesting", "the plan was dead"),
        ("Reyes won the seat by arguing that taxes were too high.", "Reyes", "arguing",
         "taxes were too high"),
        # "telling" and whom it tells, as after "told" (were no report)
        ("Premier Scott Moe defended the deal, telling the legislature it would add nurses.",
         "Premier Scott Moe", "telling", "it would add nurses"),
        ("Reyes denounced the coup, telling USA TODAY that she had nothing to do with it.",
         "Reyes", "telling", "she had nothing to do with it"),
        # a message issued, and what it says, no comma between: the issuer says it (were
        # no report)
        ("Ford's office later issued a statement saying the province remains committed.",
         "Ford's office", "saying", "the province remains committed"),
        ("The RCMP released a statement Monday stating that the officer was suspended.",
         "The RCMP", "stating", "the officer was suspended"),
        ("Reyes sent a letter to parents saying the school would close in June.", "Reyes",
         "saying", "the school would close in June"),
        # "for" after a passive, an apology or blame drawn: the subject said it (were no
        # report)
        ("Coach Cheryl Reeve was fined after Game 5 for saying the series had been stolen.",
         "Coach Cheryl Reeve", "saying", "the series had been stolen"),
        ("Reyes apologized on Monday for suggesting that the state was a mess.", "Reyes",
         "suggesting", "the state was a mess"),
        ("Reyes drew sharp criticism for claiming the election was rigged.", "Reyes",
         "claiming", "the election was rigged"),
        ("Reyes came under fire for saying the tax would stay.", "Reyes", "saying",
         "the tax would stay"),
    ],
)  # fmt: skip
def test_a_participle_reports_what_the_subject_of_its_clause_says(text, speaker, verb, content):
    report = _report(text)
    assert report is not None
    assert (report.speaker, report.verb, text[report.start : report.end]) == (
        speaker,
        verb,
        content,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Reyes went home, writing letters to her family.",  # "writing" only with "that"
        "Reyes went home, stressing the point.",
        "The policy is often justified by arguing that it saves money.",  # by no one named
        "Reyes went home, telling jokes all the way.",  # no one told
        'Reyes spoke to Reuters, telling Reuters, "We are friends."',  # a direct quotation
        # a message no one here issues: whoever wrote it says it, not the subject
        "Police are investigating a letter saying the school would be attacked.",
        # "for" after an active verb and its object: the object said it, not the subject
        "Priebus scolded Romney for suggesting that immigrants should leave.",
        "Reyes thanked Cole for saying the team was good.",
    ],
)
def test_no_report_where_the_participle_reports_nothing_or_no_one(text):
    assert _report(text) is None


def test_the_subject_of_a_joined_clause_or_a_relative_clause_says_it():
    head = "Prosecutors charged the officer and Emanuel fired his chief"
    assert _participle_subject(head, linked=False) == ("Emanuel", False)
    # names joined as one subject are not a clause of their own
    assert _participle_subject("Trump and Cruz attacked the plan", linked=False)[0] == (
        "Trump and Cruz"
    )
    head = "It is a rebuttal to the candidate who launched his campaign"
    assert _participle_subject(head, linked=True) == ("the candidate", False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It could be worse," said Staff Sgt. Mike Smith, adding that no one was hurt.',
         "Staff Sgt. Mike Smith"),
        ('"It could be worse," said Mike Smith, a spokesman, adding that no one was hurt.',
         "Mike Smith"),
        ('"It could be worse," said Mike Smith, adding hopefully that no one was hurt.',
         "Mike Smith"),
    ],
)  # fmt: skip
def test_a_participle_after_a_quotation_and_its_inverted_attribution_reports_its_speaker(
    text, speaker
):
    # the sentence opens with a quotation, its speaker after the verb: no report before
    report = _report(text)
    assert report is not None
    assert (report.speaker, text[report.start : report.end]) == (speaker, "no one was hurt")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a noun phrase cut one word after its determiner runs on to the clause's verb
        # (was "Owners in a 30-storey")
        ("Owners in a 30-storey condo tower have sued the developer, claiming leaks will cost "
         "$40 million.", "Owners in a 30-storey condo tower"),
        ("Owners in a tall condo tower have sued the developer, claiming leaks will cost "
         "$40 million.", "Owners in a tall condo tower"),
    ],
)  # fmt: skip
def test_a_participle_reports_subject_runs_on_to_its_verb(sentence, speaker):
    assert [r.speaker for r in reported(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (
            "Owners in a tall condo tower have sued",
            "Owners in a tall",
            "Owners in a tall condo tower",
        ),
        # guards: a preposition, an adverb or no verb near: as it was
        ("Owners in a tall condo near the lake have sued", "Owners in a tall", "Owners in a tall"),
        ("Owners in a tall condo tower quietly sued", "Owners in a tall", "Owners in a tall"),
        ("The mayor spoke", "The mayor", "The mayor"),
    ],
)
def test_run_on_to_verb(clause, phrase, expected):
    assert run_on_to_verb(clause, phrase) == expected


def test_a_rulings_participle_reports_as_ruled_does():
    # "..., ruling that the trial judge made errors" (was no report; "ruled" reports)
    text = (
        "Ontario's highest court has ordered a new trial for a man convicted of manslaughter "
        "in a 2019 crash that killed a cyclist, ruling that the trial judge made errors in "
        "instructing the jury."
    )
    found = reported(text)
    assert [(r.speaker, r.verb, text[r.start : r.end]) for r in found] == [
        ("Ontario's highest court", "ruling", "the trial judge made errors in instructing the jury")
    ]
