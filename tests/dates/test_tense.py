"""The tense of a clause and the occurrence of a date it picks (``analysis.dates.tense``).
Sentences written for the family, with the value the TimeML / TIMEX3 guidelines give
(dateline: Tuesday 6 May 2003)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the nearest tense cue before the weekday decides
        ("The minister will fly home, officials said Friday.", "2003-05-02"),
        ("Officials said Friday the minister will fly home.", "2003-05-02"),
        ("The minister will fly home Friday, officials said.", "2003-05-09"),
        # no cue before it: the first verb after it
        ("On Friday, the league plans to hold a rally.", "2003-05-09"),
        ("On Friday, the league held a rally.", "2003-05-02"),
        ("On Friday, when she set aside her vacation plans, the trip began.", "2003-05-02"),
        ("On Friday, talks are expected to resume.", "2003-05-09"),
        ("On Friday, the government planned to pay the first claims.", "2003-05-02"),
        # a present tense that schedules is future; a noun is no verb
        ("The trial begins Friday in Boston.", "2003-05-09"),
        ("The vote is on Friday.", "2003-05-09"),
        ("After the vote Friday, the party split.", "2003-05-02"),
        # a deadline with no verb before it is still to come, unless the clause is past
        ("The agency has given them until Friday to sign.", "2003-05-09"),
        ("The agency extended its deadline until Friday.", "2003-05-09"),
        ("Officials gave him until Friday to leave.", "2003-05-09"),
        ("He stayed until Friday.", "2003-05-02"),
        ("The exhibition runs through Friday.", "2003-05-09"),
        ("He stayed through Friday.", "2003-05-02"),
        # a relative clause set off by commas tells of another time
        ("The team, which won on Saturday, will play on Friday.", "2003-05-09"),
        ("Until Friday, they had not called him a suspect.", "2003-05-02"),
        # a participle after "be" is no past tense
        ("The treaty will be signed Friday.", "2003-05-09"),
        ("The treaty is to be signed Friday.", "2003-05-09"),
        # ... as is the plural of a verb that schedules and is no noun
        ("Schools reopen Friday.", "2003-05-09"),
        ("The committee did not meet Friday.", "2003-05-02"),
        # what is expected or due is to come; "as he expected" is a verb with its subject
        ("A decision is expected Friday.", "2003-05-09"),
        ("The report, due Friday, will be late.", "2003-05-09"),
        ("As he expected on Friday, the vote failed.", "2003-05-02"),
        # what may happen is to come; "could" is as often the past of "can"
        ("Up to 40 inches of rain may fall by Friday.", "2003-05-09"),
        ("He could not be located Friday in his hometown.", "2003-05-02"),
        # ... unless the expectation is told in the past; a plan told in the past still looks
        # ahead
        ("He was expected to arrive Friday.", "2003-05-02"),
        ("The plane was due to land Friday.", "2003-05-02"),
        ("They were planning to march on Friday.", "2003-05-09"),
        # an appointment in the present is to come
        ("The deadline is Friday.", "2003-05-09"),
        ("The deadline was Friday.", "2003-05-02"),

    ],
)  # fmt: skip
def test_weekdays_follow_the_tense_of_their_clause(dates, body, expected):
    assert [value for text, _, value in dates(body) if text == "Friday"] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month opening a sentence told in the past has happened (dateline 2003-05-06)
        ("In December, a bomb killed two officers.", "2002-12"),
        ("On Dec. 3, the board voted to close the plant.", "2002-12-03"),
        ("Early in June the company said it would reopen.", "2002-06"),
        ("On the morning of June 5, troops moved in.", "2002-06-05"),
        ("Early on the morning of Sept. 12 a storm struck.", "2002-09-12"),
        # what has lasted "since" a month has begun
        ("The stock has gained 22% since September.", "2002-09"),
        ("In May, sales fell.", "2003-05"),
        # otherwise the nearest, the future counted farther unless the clause speaks of it
        ("In December, the newly elected parliament will meet.", "2003-12"),
        ("The company said it expects to finish in December.", "2003-12"),
        ("By setting a May 14 return date, the court gave them time.", "2003-05-14"),
        ("In June, a new law takes effect.", "2003-06"),
        # a past verb right before it, a preposition between, tells what happened
        ("The trial, which began in October, ended.", "2002-10"),
        ("Officials said in September that talks failed.", "2002-09"),
        ("The plan, approved in December, was praised.", "2002-12"),
        ("The plan will start in November.", "2003-11"),
        ("He will have left by April.", "2004-04"),
    ],
)  # fmt: skip
def test_a_month_told_in_the_past_has_happened(dates, body, expected):
    assert [value for _, _, value in dates(body)] == [expected]
