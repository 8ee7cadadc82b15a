"""The clause a speech verb reports (analysis.quotes.speech_clause), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import reported
from analysis.quotes.reports import _REPORTED
from analysis.quotes.speech_clause import clause_after, is_reported_clause, object_before_a_clause


def _clause(sentence: str):
    match = _REPORTED.search(sentence)
    assert match is not None
    return clause_after(sentence, match)


@pytest.mark.parametrize(
    ("sentence", "content", "introduced"),
    [
        ("Reyes said the plan would fail.", "the plan would fail.", False),
        (
            "Reyes said in a statement Tuesday that the plan would fail.",
            "the plan would fail.",
            True,
        ),
        ("Reyes told reporters that the plan would fail.", "the plan would fail.", True),
        ("Reyes said Monday the plan would fail.", "the plan would fail.", False),
        ("Reyes said, insisting that the plan would fail.", "the plan would fail.", True),
        # "her" owning the clause's subject (was read as whom it was said to: no report)
        ("Reyes said her plan would fail.", "her plan would fail.", False),
        ("Reyes said that her idea was a joke.", "her idea was a joke.", True),
        ("Reyes said her husband died in May.", "her husband died in May.", False),
        # a past tense not in -ed after "her" and a noun (was whom it was said to: no report)
        ("Reyes said her mother died peacefully.", "her mother died peacefully.", False),
        ("Reyes said her editors took out one scene.", "her editors took out one scene.",
         False),
        # a time after whom it was told (the content began "last week that")
        ("Reyes told reporters last week that the plan would fail.", "the plan would fail.",
         True),
        ("Reyes told her on Monday that the plan would fail.", "the plan would fail.", True),
        # guard: a setting, then "that" and a subject (a report, as before)
        ("Reyes said at a meeting that officers had failed.", "officers had failed.", True),
        # a jury, jurors, voters: whom it was told (the report was missed)
        ("Reyes told the jury she noticed it.", "she noticed it.", False),
        ("Reyes told jurors in her opening statement last week that records would show it.",
         "records would show it.", True),
        ("Reyes told voters at a rally that taxes would fall.", "taxes would fall.", True),
        # "it" and a verb open a clause (was "said it": an object, no report)
        ("The province said it remained at the table.", "it remained at the table.", False),
        ("The company said it plans to appeal.", "it plans to appeal.", False),
        ("The firm said it lost money.", "it lost money.", False),
        # "no", "nothing" opening a clause with a verb (were what was said: no report)
        ("Chen said no sentence could bring him back.", "no sentence could bring him back.",
         False),
        ("Reyes said nothing had changed.", "nothing had changed.", False),
        # an adverb before "that" is not said (the content began "again that")
        ("Reyes said again that the plan would fail.", "the plan would fail.", True),
        ("Reyes said afterward that the plan would fail.", "the plan would fail.", True),
        # a time counted from the last one (the content began with it, or no report)
        ("Reyes said a day later the plan would fail.", "the plan would fail.", False),
        ("Reyes responded hours later that the plan would fail.", "the plan would fail.",
         True),
        # a relative clause set off after whom it was told (the content began "which")
        ("Reyes told the jury, which deliberated for hours, that the plan would fail.",
         "the plan would fail.", True),
        # phrases of size, place and time after the audience (were no report)
        ("Sanders told a crowd of more than 10,000 people at the University of Wisconsin on "
         "Saturday that his campaign was just starting.", "his campaign was just starting.",
         True),
        ("Li told a crowd of 10,000 people on Saturday that taxes would fall.",
         "taxes would fall.", True),
        # a count of people before who they are (was no report)
        ("Trump told thousands of supporters in Tampa on Monday that the vote was rigged.",
         "the vote was rigged.", True),
        ("Li told dozens of reporters that taxes would fall.", "taxes would fall.", True),
        # a message the statement was made in, and when it was made public (was no report)
        ("Reyes said in a letter published Wednesday that she wants a meeting.",
         "she wants a meeting.", True),
        ("Reyes said in a statement the industry welcomed the loans.",
         "the industry welcomed the loans.", False),
        # a described message, then "that" (the content began "that": no report)
        ("Reyes said in an emailed statement that wait times had fallen.",
         "wait times had fallen.", True),
        # people told with no determiner: any plural, "police" (was no report)
        ("Li told police he had been drinking since noon.", "he had been drinking since noon.",
         False),
        ("Clinton told donors at a lunch in Beverly Hills that she was focused on the race.",
         "she was focused on the race.", True),
        ("Clinton told donors she was focused on the race.", "she was focused on the race.",
         False),
        # a pronoun and a finite verb after a verb that reports only with "that" (were no
        # reports)
        ("Smith announced she would resign.", "she would resign.", False),
        ("Kowalski agreed she had never asked to see any documents.",
         "she had never asked to see any documents.", False),
        ("Smith denied he had taken the money.", "he had taken the money.", False),
        # a body addressed with no determiner (was no report)
        ("Amilcar told council her staff would report back in March.",
         "her staff would report back in March.", False),
        # "her" owning the subject of "cannot" (was an object: no report)
        ("Proulx said her members still cannot fill thousands of jobs.",
         "her members still cannot fill thousands of jobs.", False),
        # a ruling, past a vote's count and a time (was no report; then "6-3 on Thursday"
        # inside it)
        ("The Supreme Court ruled that the law is constitutional.",
         "the law is constitutional.", True),
        ("The Supreme Court ruled 6-3 on Thursday that the law is constitutional.",
         "the law is constitutional.", True),
    ],
)  # fmt: skip
def test_the_clause_starts_past_what_is_not_said(sentence, content, introduced):
    clause = _clause(sentence)
    assert (clause.content, clause.introduced) == (content, introduced)
    assert sentence[clause.start :] == content
    assert is_reported_clause(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes said pleasantly into the phone that it rang.",
        "Reyes said goodbye to her staff.",
        "Reyes told her the story.",
        "Reyes told stories he had heard as a child.",  # a thing told, no audience
        "The mayor urged they leave.",  # a pronoun, no finite verb: no clause (as before)
        'Reyes said, "We will win the vote."',
        "Reyes said so.",
        "Reyes said nothing about the vote.",
        "Reyes said little to the press.",
        "Reyes said much about the vote.",
        "Reyes said about the vote that it was close.",
        "The digs revealed much of the city's past.",  # "much of" with no verb: an object
        # "it" and no verb after it: what was said, no clause
        "Reyes said it twice.",
        "Reyes said it this way: the plan is dead.",
        # a past verb after whom it was told says more of them (were reports)
        "Reyes told the audience bathed in pink light of his insults.",
        "Reyes told a crowd that spilled out onto the street.",
        # a medium's name goes on after it: no whom and then a clause
        'Reyes told the television program "Inside Edition" after the fight.',
        # a setting's noun and its relative clause, "that" and a verb (were reports)
        "Computers have told her with total confidence that turned out to be false.",
        "Reyes responded with a phrase that could have come from Trump himself.",
        "Reyes said at a meeting that ended after midnight.",
        # a noun whose "that" clause says what it is, in the setting: the clause is the
        # noun's (was a report of what the board ruled)
        "The board ruled in favor of the father's request that the boy be returned.",
        "The judge ruled out a new trial.",
        # a time after the verb and no clause after it (was a report of "later in the day")
        "Dyck testified later in the day.",
        "Dyck testified earlier in the trial.",
    ],
)
def test_no_clause_is_reported_where_the_words_after_the_verb_are_no_statement(sentence):
    clause = _clause(sentence)
    assert clause is None or not is_reported_clause(clause)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a phrase put first in a clause "that" introduces (these were no report)
        ("Reyes said that with the votes she had, the bill would pass.",
         "with the votes she had, the bill would pass."),
        ("Reyes said on the radio that for one, the plan had no support.",
         "for one, the plan had no support."),
        # a count or a share, not a topic or an amount of talk
        ("The budget office said about half of the money went to roads.",
         "about half of the money went to roads."),
        ("Reyes said much of the talk was about trade.", "much of the talk was about trade."),
    ],
)  # fmt: skip
def test_a_clause_opening_with_a_phrase_or_a_share_is_reported(sentence, content):
    clause = _clause(sentence)
    assert clause is not None and is_reported_clause(clause)
    assert clause.content == content


def test_a_verb_that_reports_only_with_that_needs_it():
    assert _clause("Reyes denied the charges on Monday.") is None
    assert _clause("Reyes denied that the charges were true.") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # what was added in a perfect tense, a participle after a time counted from the last
        # one, what the people told did (these were reports)
        "Tom Li has added sourdough and gluten-free loaves to the menu.",
        "Justin Trudeau shot back hours later, accusing his rival of having no plan.",
        "Tom Li told the crowd, which chanted along.",
        "Tom Li told the crowd, who cheered loudly for him.",
    ],
)
def test_words_after_the_verb_that_say_nothing_are_no_report(sentence):
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # a quotation opened a sentence before: the verb is its attribution, and what
        # follows no report (was "his voice breaking")
        ('"I am sorry. I know," he said, his voice breaking.', 0),
        ("''I am sorry. I know,'' he said, his voice breaking.", 0),
        ("“I am sorry. I know,” he said, his voice breaking.", 0),
        # guards: marks that open and close in the sentence itself (NYT's two single
        # quotes for both) leave the report after them
        ("Those who read ''certain fringes of the internet,'' he said, wind up in a debate.",
         1),
    ],
)  # fmt: skip
def test_a_quotation_opened_a_sentence_before_is_attributed_not_reported(text, reports):
    found = [r for sentence in _sentences(text) for r in reported(sentence)]
    assert len(found) == reports


def _sentences(text: str) -> list[str]:
    from analysis import parse_article

    return [s.text for s in parse_article(f"A headline\n\n{text}\n").sentences[1:]]


def test_what_was_added_in_a_perfect_tense_is_reported_after_that():
    # a guard: "that" still introduces a report after "has added"
    sentence = "Tom Li has added that the plan would fail."
    [found] = reported(sentence)
    assert sentence[found.start : found.end] == "the plan would fail"


@pytest.mark.parametrize(
    "sentence",
    [
        # a time between the verb and "that" (these were no report)
        "Reyes promised Tuesday that a government led by her would cut the tax.",
        "Reyes denied on Friday that a government led by her would cut the tax.",
        "Reyes confirmed Monday morning that a government led by her would cut the tax.",
    ],
)
def test_a_verb_that_reports_only_with_that_reports_after_a_time(sentence):
    clause = _clause(sentence)
    assert clause is not None and clause.content == "a government led by her would cut the tax."
    assert clause.introduced


@pytest.mark.parametrize(
    "sentence",
    [
        "Health spending shot back up and grew by 5.3 percent.",
        "Prices fired back up after the holidays and stayed high.",
        "The shares weighed in over the index and kept falling.",
    ],
)
def test_a_speech_verb_of_several_words_that_moves_something_reports_nothing(sentence):
    assert _clause(sentence) is None


def test_a_speech_verb_of_several_words_before_at_is_no_motion():
    """ "hit back at someone" still speaks (a guard: passes on the code before the motion
    rule): the clause goes on to be judged (here its participle report, ", saying ...", is
    found by the sentence's other rules)."""
    assert _clause("Rubio hit back at Christie, saying the governor was too busy.") is not None
    [found] = reported("Rubio hit back at Christie, saying the governor was too busy.")
    assert (found.speaker, found.verb) == ("Rubio", "saying")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pascal Siakam added 22 points and 11 rebounds for Toronto, which has won four straight.",
        "Siakam added two assists in the third quarter.",
        "The economy added 255,000 jobs in July.",
        # a clause joined after the count has its own subject (was a report)
        "RJ Barrett added 22 points for Toronto, and Immanuel Quickley had 15 points.",
        "Ehlers added two assists; Connor scored the winner in the shootout.",
        # what was added with an article, a clause joined by "and" (was a report)
        "William Nylander added a goal and Joseph Woll stopped 29 shots.",
        "Ford added another touchdown in the fourth quarter.",
    ],
)
def test_a_count_after_a_counting_verb_is_what_was_added_not_a_statement(sentence):
    assert _clause(sentence) is None
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a verb after the count: a clause (these pass on the code before: guards)
        ("Police added 200 people had fled the area.", "200 people had fled the area"),
        (
            "Police added two men were arrested, and a third fled.",
            "two men were arrested, and a third fled",
        ),
        ("Police added a man was arrested and charged.", "a man was arrested and charged"),
        ("Police said 200 people fled the area.", "200 people fled the area"),
        # "that" opens a clause whatever follows (a guard: "a goal" now opens a count)
        ("Smith added that a goal and an assist were enough.", "a goal and an assist were enough"),
        ("The report said 40 percent of voters support him.", "40 percent of voters support him"),
    ],
)
def test_a_count_that_a_verb_follows_is_a_reported_clause(sentence, content):
    [found] = reported(sentence)
    assert sentence[found.start : found.end] == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # "more than" opens a count, no "said more"
        ("Jackson told reporters that more than 2,000 positions sit vacant.",
         "more than 2,000 positions sit vacant"),
        ("Aides said more than 1 million donors gave.", "more than 1 million donors gave"),
        # an object, then a second speech verb: that verb reports, the first nothing
        ("Asagwara acknowledged the problem but said the government has a plan.",
         "the government has a plan"),
        ("Clark admitted mistakes, but insisted the plan would work.", "the plan would work"),
    ],
)  # fmt: skip
def test_what_a_speech_verb_reports_after_a_count_or_an_object(sentence, content):
    [found] = reported(sentence)
    assert sentence[found.start : found.end] == content


def test_a_that_clause_before_a_second_speech_verb_is_still_reported():
    # "that" makes a clause, whatever its verb; the verb after "but" reports on its own (on
    # the code before, one report ran on from the first verb to the end)
    text = "Ng acknowledged that the candidate misspoke but noted that polls differ a lot."
    found = reported(text)
    assert [(f.verb, text[f.start : f.end]) for f in found] == [
        ("acknowledged", "the candidate misspoke"),
        ("noted", "polls differ a lot"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an object, then a second clause (were reports: "victory in ...")
        ("The party proclaimed victory in the election, but rivals said it was rigged.", True),
        ("The coach stressed defence in the first game, but the players said it was hard.",
         True),
        # guards: a clause before the join, "that", or a plain verb of saying (reports)
        ("The party declared the election was over, but rivals said it was rigged.", False),
        ("The party declared that victory was near, but rivals said it was rigged.", False),
        ("Reyes said the vote in March, and the one after it, were fair.", False),
    ],
)  # fmt: skip
def test_an_object_before_a_second_clause_is_no_clause_said(sentence, expected):
    match = next(_REPORTED.finditer(sentence))
    clause = clause_after(sentence, match)
    assert clause is not None
    assert object_before_a_clause(match["verb"], clause) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a few words and a colon introduce a quotation: no report (was 'only: "I'm sorry."')
        ('Pryce, when given a chance to speak, said only: "I\'m sorry."', []),
        ('Pryce said Tuesday night: "I\'m sorry."', []),
        # guard: a clause whose colon a quotation follows is reported
        ('Pryce said the plan had one flaw: "nobody asked us."',
         ['the plan had one flaw: "nobody asked us."']),
    ],
)  # fmt: skip
def test_words_and_a_colon_before_a_quotation_report_nothing(sentence, expected):
    assert [sentence[r.start : r.end] for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "content", "introduced"),
    [
        # a speech verb in a progressive tense, an adverb perhaps before it (were no reports)
        ("Donald Trump is insisting that he has expanded the party.",
         "he has expanded the party.", True),
        ("Police are also warning residents that the water is unsafe.",
         "the water is unsafe.", True),
        ("The senator is telling reporters in Minnesota that he is looking ahead.",
         "he is looking ahead.", True),
        # whom it was told with a relative clause about them, up to the "that" (was no
        # report)
        ("Public Health is warning people who were at two clinics last week that they may "
         "have been exposed.", "they may have been exposed.", True),
        ("Police warned residents who live near the plant that the water was unsafe.",
         "the water was unsafe.", True),
    ],
)  # fmt: skip
def test_progressive_speech_and_whom_with_a_relative_clause(sentence, content, introduced):
    from analysis.quotes.reports import reporting_verbs

    clause = clause_after(sentence, reporting_verbs(sentence)[0])
    assert clause is not None
    assert (clause.content, clause.introduced) == (content, introduced)
    assert is_reported_clause(clause)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whom a warning was given and what of (were reports of the words after the verb:
        # a relative clause's verb read as the clause's); but what they are warned to do or
        # against reports, as PolNeAR reads it ("warned the Fed not to act")
        ("Ottawa police warned residents about a scam that has cost seniors $200,000.", []),
        ("Police are warning seniors about a scam in which callers pretend to be "
         "grandchildren.", []),
        # a relative clause with a speech verb of its own: its "that" is its own, what the
        # people said (not the mayor's warning)
        ("The mayor warned people who said that the plan was dead.",
         [("the plan was dead", "people")]),
        # what is said as the subject of "is"; a progressive with no clause
        ("What he is saying is that the plan failed.", []),
        ("She was saying goodbye to her staff.", []),
    ],
)  # fmt: skip
def test_no_report_after_whom_and_what_of_or_a_free_relative(sentence, expected):
    found = reported(sentence)
    assert [(sentence[r.start : r.end], r.speaker) for r in found] == expected


def test_a_time_after_the_verb_then_a_clause_is_still_a_report():
    # guard: "said earlier this week he would go", "said later that ..."
    for sentence in (
        "Dyck said earlier this week he would go.",
        "Dyck said later that he was fine.",
    ):
        clause = _clause(sentence)
        assert clause is not None and is_reported_clause(clause)
