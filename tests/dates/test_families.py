"""One family of temporal expressions per test, with sentences written for it and the value
the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_dates, parse_article, timeline


def dates(body: str, dateline: str = "2003-05-06"):
    article = parse_article(f"date {dateline} Headline\n\n{body}\n")
    frame = extract_dates(article)
    frame = frame[frame["paragraph"] > 0]
    return list(zip(frame["text"], frame["type"], frame["value"], strict=True))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Profit fell in the quarter.", [("the quarter", "DATE", "2003-Q1")]),
        ("Sales rose from the year-earlier quarter.",
         [("the year-earlier quarter", "DATE", "2002-Q1")]),
        ("The company expects a loss in fiscal 2003.", [("fiscal 2003", "DATE", "FY2003")]),
        ("Revenue for the fiscal year rose.", [("the fiscal year", "DATE", "FY2003")]),
        ("Sales will pick up by the year's end.", [("the year's end", "DATE", "2003")]),
        ("Profit doubled in the second half.", [("the second half", "DATE", "2003-H2")]),
        # period codes: with a year, or a preposition or article right before them
        ("Growth in Q3 2002 and H1 2003 was weak.",
         [("Q3 2002", "DATE", "2002-Q3"), ("H1 2003", "DATE", "2003-H1")]),
        ("Profit rose in Q3.", [("Q3", "DATE", "2002-Q3")]),
        ("Sales will rise in Q4.", [("Q4", "DATE", "2003-Q4")]),
        ("He drives an Audi Q3; the H1N1 virus spread.", []),
        # "of the year": the year talked about, else the dateline's
        ("The deal closes in the second half of the year.",
         [("the second half of the year", "DATE", "2003-H2")]),
        ("In 2001, sales rose in the first quarter of the year.",
         [("2001", "DATE", "2001"), ("the first quarter of the year", "DATE", "2001-Q1")]),
    ],
)  # fmt: skip
def test_business_periods(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [
        # "the prior-year quarter" is a year before the quarter just named
        ("Profit rose in the second quarter from the prior-year quarter.", "2003-08-06",
         [("the second quarter", "DATE", "2003-Q2"),
          ("the prior-year quarter", "DATE", "2002-Q2")]),
        ("Sales fell in the third quarter. The quarter was hard.", "2003-05-06",
         [("the third quarter", "DATE", "2002-Q3"), ("The quarter", "DATE", "2002-Q3")]),
        # a quarter not yet begun is last year's, unless the clause looks ahead
        ("Fourth-quarter profit doubled.", "2003-02-06", [("Fourth-quarter", "DATE", "2002-Q4")]),
        ("The firm expects a loss in the fourth quarter.", "2003-02-06",
         [("the fourth quarter", "DATE", "2003-Q4")]),
        ("Growth slowed in the first quarter of last year.", "2003-05-06",
         [("the first quarter of last year", "DATE", "2002-Q1")]),
        ("Sales fell in 1999. In the second quarter of the previous year they rose.", "2003-05-06",
         [("1999", "DATE", "1999"),
          ("the second quarter of the previous year", "DATE", "1998-Q2")]),
    ],
)  # fmt: skip
def test_quarters_follow_the_period_talked_about(body, dateline, expected):
    assert dates(body, dateline) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year before the period talked about: the same quarter when that is a quarter
        ("Third-quarter net fell to $12 million from $14 million a year earlier.",
         [("Third-quarter", "DATE", "2002-Q3"), ("a year earlier", "DATE", "2001-Q3")]),
        ("Net rose in March 2003 from the year-ago period.",
         [("March 2003", "DATE", "2003-03"), ("the year-ago period", "DATE", "2002-03")]),
        ("Sales in the most recent period rose.", [("the most recent period", "DATE", "2003-Q1")]),
        # "a fiscal year" is any fiscal year: no date
        ("The company has a fiscal year ending in June.", [("June", "DATE", "2003-06")]),
        # "the latest quarter" is the last one reported, whatever the text talked about
        ("In the year-ago quarter it earned $5 million. In the latest quarter it lost.",
         [("the year-ago quarter", "DATE", "2002-Q1"), ("the latest quarter", "DATE", "2003-Q1")]),
    ],
)  # fmt: skip
def test_year_earlier_periods(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He spoke this morning.", [("this morning", "DATE", "2003-05-06TMO")]),
        ("It happened early yesterday evening.",
         [("early yesterday evening", "DATE", "2003-05-05TEV")]),
        ("The vote was on Sunday night.", [("Sunday night", "DATE", "2003-05-04TNI")]),
        ("They meet on Friday mornings.", [("Friday mornings", "SET", "XXXX-WXX-5TMO")]),
        ("The strike began at midnight Sunday.", [("midnight Sunday", "TIME", "2003-05-04T24:00")]),
        ("The blast came at 14:20 GMT.", [("14:20 GMT", "TIME", "2003-05-06T14:20Z")]),
        ("Flights resumed at 0930 UTC.", [("0930 UTC", "TIME", "2003-05-06T09:30Z")]),
        ("The polls close at 9 p.m. EST.", [("9 p.m. EST", "TIME", "2003-05-06T21:00-05")]),
        # a clock time after "at", "until" needs neither a.m./p.m. nor a zone; a score does
        ("The polls close at 20:00 and counting runs until 23:15.",
         [("20:00", "TIME", "2003-05-06T20:00"), ("23:15", "TIME", "2003-05-06T23:15")]),
        ("They won 2:1 at home; the ratio stood at 3:2.", []),
        # times named by the light: the part of the day they fall in
        ("They attacked at dusk.", [("dusk", "DATE", "2003-05-06TEV")]),
        ("It began at dawn on Sunday.", [("dawn on Sunday", "DATE", "2003-05-04TMO")]),
        ("They died yesterday at dawn.",
         [("yesterday", "DATE", "2003-05-05"), ("dawn", "DATE", "2003-05-05TMO")]),
        ("It was the dawn of a new era; they worked from dawn to dusk.", []),
    ],
)  # fmt: skip
def test_times_of_day_and_zones(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clock time is on the day its sentence has named
        ("He died yesterday at 4:25 p.m. local time (2055 UTC).",
         [("yesterday", "DATE", "2003-05-05"), ("4:25 p.m. local time", "TIME", "2003-05-05T16:25"),
          ("2055 UTC", "TIME", "2003-05-05T20:55Z")]),
        ("On May 3, at 9 a.m., the polls opened.",
         [("May 3", "DATE", "2003-05-03"), ("9 a.m.", "TIME", "2003-05-03T09:00")]),
        ("The talks will end at midnight on Sunday.",
         [("midnight on Sunday", "TIME", "2003-05-11T24:00")]),
        # ... or right after it, past the same time in another zone
        ("The blast came at about 10:35 a.m. (0735 GMT) Sunday, toppling a building.",
         [("10:35 a.m.", "TIME", "2003-05-04T10:35"), ("0735 GMT", "TIME", "2003-05-04T07:35Z"),
          ("Sunday", "DATE", "2003-05-04")]),
        ("He will leave at 4 in the morning (4 a.m. EDT Thursday), they said.",
         [("4 in the morning", "TIME", "2003-05-08T04:00"),
          ("4 a.m. EDT Thursday", "TIME", "2003-05-08T04:00-04")]),
        # not across a clause: the day is another event's
        ("He left at 9 a.m., two hours before Sunday's vote.",
         [("9 a.m.", "TIME", "2003-05-06T09:00"), ("two hours", "DURATION", "PT2H"),
          ("Sunday", "DATE", "2003-05-04")]),
        ("He spoke at 9 a.m. and on Sunday he left.",
         [("9 a.m.", "TIME", "2003-05-06T09:00"), ("Sunday", "DATE", "2003-05-04")]),
    ],
)  # fmt: skip
def test_clock_times_take_the_day_named(body, expected):
    assert dates(body) == expected


def test_times_with_a_zone_are_on_the_timeline():
    article = parse_article(" date 2003-05-06 Headline\n\nThe blast came at 14:20 GMT.\n")
    row = timeline(article).set_index("value").loc["2003-05-06T14:20Z"]
    assert row["granularity"] == "time"
    assert row["date"] == pd.Timestamp("2003-05-06 14:20")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He was born in nineteen eighty-four.", [("nineteen eighty-four", "DATE", "1984")]),
        ("It opened in the year two thousand and one.",
         [("the year two thousand and one", "DATE", "2001")]),
        ("They waited forty-eight hours.", [("forty-eight hours", "DURATION", "PT48H")]),
        ("The trial took three and a half months.",
         [("three and a half months", "DURATION", "P3M15D")]),
        ("The trial took 3 1/2 months.", [("3 1/2 months", "DURATION", "P3M15D")]),
        ("The meeting lasted an hour and a half.",
         [("an hour and a half", "DURATION", "PT1H30M")]),
        ("He spoke for half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("The war ended after one hundred hours.",
         [("one hundred hours", "DURATION", "PT100H")]),
        ("The deadline is February fifteenth.", [("February fifteenth", "DATE", "2003-02-15")]),
        ("It began on the twenty-first of January.",
         [("the twenty-first of January", "DATE", "2003-01-21")]),
        ("They meet at ten o'clock.", [("ten o'clock", "TIME", "2003-05-06T10:00")]),
        ("They meet at seven o'clock tonight.",
         [("seven o'clock tonight", "TIME", "2003-05-06T19:00")]),
        ("The deadline is 4 in the morning.", [("4 in the morning", "TIME", "2003-05-06T04:00")]),
        ("He called at eleven at night.", [("eleven at night", "TIME", "2003-05-06T23:00")]),
        # "ago" counts back from the dateline: the month, or the day, it was
        ("A year and a half ago, nobody knew him.", [("A year and a half ago", "DATE", "2001-11")]),
        ("Forty-eight hours ago, the ship sank.",
         [("Forty-eight hours ago", "DATE", "2003-05-04")]),
    ],
)  # fmt: skip
def test_broadcast_transcripts(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sales rose in March this year.", [("March this year", "DATE", "2003-03")]),
        ("The plant closed in October last year.", [("October last year", "DATE", "2002-10")]),
        ("They met in the autumn of 2001.", [("the autumn of 2001", "DATE", "2001-FA")]),
        ("They met last April.", [("last April", "DATE", "2003-04")]),  # the latest April
    ],
)  # fmt: skip
def test_month_or_season_with_a_relative_year(body, expected):
    assert dates(body) == expected


def test_anaphoric_dates_follow_the_date_the_text_talks_about():
    found = dates(
        "The dam was finished in 1998. The previous year, floods had hit the valley. "
        "On March 3, 2001, the dam failed. Three days later the army arrived. That month "
        "the rain stopped."
    )
    values = {text: value for text, _, value in found}
    assert values["The previous year"] == "1997"
    assert values["Three days later"] == "2001-03-06"
    assert values["That month"] == "2001-03"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # finer than the date talked about: the unknown part stays unknown, never invented
        ("The firm lost money in 2001. That month sales fell.", ("That month", "2001-XX")),
        ("The firm lost money in 2001. The week before, it was sold.",
         ("The week before", "2001-WXX")),
        ("The firm lost money in May 2001. The day after, it was sold.",
         ("The day after", "2001-05-XX")),
        ("The firm lost money in 2001. Three days later it was sold.",
         ("Three days later", "2001-XX-XX")),
        # fine enough: counted from it, a part of a day kept as TIMEX3 writes it
        ("He met her on May 3. The next morning, they left.",
         ("The next morning", "2003-05-04TMO")),
        ("He met her on May 3. The next day, they left.", ("The next day", "2003-05-04")),
    ],
)  # fmt: skip
def test_anaphora_never_invents_a_finer_date(body, expected):
    assert expected in [(text, value) for text, _, value in dates(body)]


def test_earlier_in_the_day_is_the_day_talked_about():
    found = dates("He died on May 3. Earlier in the day, crowds gathered.")
    assert ("Earlier in the day", "DATE", "2003-05-03") in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He arrived on May 3. He had called the day before, police said.",
         [("May 3", "DATE", "2003-05-03"), ("the day before", "DATE", "2003-05-02")]),
        ("He was killed last October. His name was crossed out that same day.",
         [("last October", "DATE", "2002-10"), ("that same day", "DATE", "2002-10-XX")]),
        ("He arrived on May 3 and left the day after.",
         [("May 3", "DATE", "2003-05-03"), ("the day after", "DATE", "2003-05-04")]),
        # anchored to an event, not to the date talked about: no value to give
        ("He was last seen May 3, the day before police issued a warrant.",
         [("May 3", "DATE", "2003-05-03")]),
        ("He arrived on May 3, the day after the vote.", [("May 3", "DATE", "2003-05-03")]),
        ("He arrived on May 3, the week before Smith resigned.", [("May 3", "DATE", "2003-05-03")]),
    ],
)  # fmt: skip
def test_the_day_before_counts_from_a_date_only_standing_alone(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The hearing is set for the week of June 9.",
         [("the week of June 9", "DATE", "2003-W24")]),
        ("They met the weekend of May 3.", [("the weekend of May 3", "DATE", "2003-W18-WE")]),
        # TimeBank-style extents keep a part of a named day out: the date alone
        ("He was shot on the night of May 2.", [("May 2", "DATE", "2003-05-02")]),
        ("The week of chaos began on Monday.", [("Monday", "DATE", "2003-05-05")]),
    ],
)  # fmt: skip
def test_the_week_of_a_named_day_is_one_expression(body, expected):
    assert dates(body) == expected


def test_anaphora_inside_one_sentence():
    found = dates("He fled in June 1998 and returned later that year.")
    assert found[-1] == ("later that year", "DATE", "1998")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Steam engines spread in the 19th century.", [("the 19th century", "DATE", "18")]),
        ("Music of the eighties returned.", [("the eighties", "DATE", "198")]),
        ("Music of the '80s returned.", [("the '80s", "DATE", "198")]),
        ("Music of the 1980s returned.", [("1980s", "DATE", "198")]),
    ],
)  # fmt: skip
def test_centuries_and_decades(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The season 2004-2005 was dry.", [("2004", "DATE", "2004"), ("2005", "DATE", "2005")]),
        ("In 1998-99 prices fell.", [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
        ("From 2004 to 2007 prices fell.", [("2004", "DATE", "2004"), ("2007", "DATE", "2007")]),
    ],
)  # fmt: skip
def test_ranges_are_two_dates_never_one_year(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the dates of one list or range share the year written on one of them
        ("Prices rose between March and June 2001.",
         [("March", "DATE", "2001-03"), ("June 2001", "DATE", "2001-06")]),
        ("The talks ran from Jan. 5 to Feb. 9, 1999.",
         [("Jan. 5", "DATE", "1999-01-05"), ("Feb. 9, 1999", "DATE", "1999-02-09")]),
        ("He visited on May 3 and 4, 2001.",
         [("May 3", "DATE", "2001-05-03"), ("4", "DATE", "2001-05-04"), ("2001", "DATE", "2001")]),
        ("Sales fell in May and June last year.",
         [("May", "DATE", "2002-05"), ("June last year", "DATE", "2002-06")]),
        ("It happened in March 2001 and June.",
         [("March 2001", "DATE", "2001-03"), ("June", "DATE", "2001-06")]),
        # not across a clause
        ("Rates rose in 1998 and fell in March.",
         [("1998", "DATE", "1998"), ("March", "DATE", "2003-03")]),
        ("In June, 2001 people came.", [("June", "DATE", "2002-06")]),
    ],
)  # fmt: skip
def test_a_list_of_dates_shares_its_year(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The form is dated 3/14/05.", [("3/14/05", "DATE", "2005-03-14")]),
        ("The form is dated 14.03.2005.", [("14.03.2005", "DATE", "2005-03-14")]),
        ("The form is dated 2005-03-14.", [("2005-03-14", "DATE", "2005-03-14")]),
        ("The form is dated 3/4/05.", [("3/4/05", "DATE", "2005-XX-XX")]),  # not guessed
        # ... unless the article's other numeric dates say which order it writes
        ("Form 3/14/05 replaced form 3/4/05.",
         [("3/14/05", "DATE", "2005-03-14"), ("3/4/05", "DATE", "2005-03-04")]),
        ("Form 14.03.2005 replaced form 3.4.2005.",
         [("14.03.2005", "DATE", "2005-03-14"), ("3.4.2005", "DATE", "2005-04-03")]),
        ("Forms 14.03.2005, 3/14/05 and 3/4/05.",  # they disagree: still not guessed
         [("14.03.2005", "DATE", "2005-03-14"), ("3/14/05", "DATE", "2005-03-14"),
          ("3/4/05", "DATE", "2005-XX-XX")]),
        # ... or one reading is the dateline's day (a dated note heading the story)
        ("05/06/03 -- The board met.", [("05/06/03", "DATE", "2003-05-06")]),
    ],
)  # fmt: skip
def test_numeric_dates(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It took almost two years.", [("almost two years", "DURATION", "P2Y")]),
        ("It took more than a decade.", [("more than a decade", "DURATION", "P10Y")]),
        ("Over the past five years it grew.", [("the past five years", "DURATION", "P5Y")]),
        ("Prices rose earlier this month.", [("earlier this month", "DATE", "2003-05")]),
        # the edge of a period belongs to it, and leaves its value as it is
        ("Rates rose at the end of last year.", [("the end of last year", "DATE", "2002")]),
        ("The plan runs through the end of 1991.", [("the end of 1991", "DATE", "1991")]),
        ("The program ends in the year 2010.", [("the year 2010", "DATE", "2010")]),
        ("The rate was set for the week ending May 2.",
         [("the week ending May 2", "DATE", "2003-W18")]),
        # "the end of the year": the year talked about, or the dateline's
        ("The deal expires at the end of the month.",
         [("the end of the month", "DATE", "2003-05")]),
        ("He joined in 1985. At the end of the year he left.",
         [("1985", "DATE", "1985"), ("the end of the year", "DATE", "1985")]),
        ("At the end of the day, it is about money.", []),
        ("It was the end of the year-long war.", [("year-long", "DURATION", "P1Y")]),
    ],
)  # fmt: skip
def test_full_extents_keep_their_modifiers(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The paper is printed nightly.", [("nightly", "SET", "P1D")]),
        ("They meet every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7")]),
        ("Rents are paid each month.", [("each month", "SET", "P1M")]),
        # how much of every period: one SET, not two durations
        ("Guards stand outside 24 hours a day, seven days a week.",
         [("24 hours a day", "SET", "P1D"), ("seven days a week", "SET", "P1W")]),
        # a rate is no duration: "a day" after a count of things
        ("They eat three meals a day and earn $5 a day.", []),
        ("It cost 10 million dollars a year.", []),
        ("He stayed a day.", [("a day", "DURATION", "P1D")]),
        ("He spent two days a week ago in Paris.",
         [("two days", "DURATION", "P2D"), ("a week ago", "DATE", "2003-W18")]),
        # a thing named by how often it comes out is no recurrence
        ("She reads a weekly magazine and the party daily Granma.", []),
        ("They rally daily in Havana.", [("daily", "SET", "P1D")]),
        # every n units: a SET of that period
        ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
        ("They meet every other week.", [("every other week", "SET", "P2W")]),
    ],
)  # fmt: skip
def test_sets(body, expected):
    assert dates(body) == expected


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
        ("Until Friday, they had not called him a suspect.", "2003-05-02"),
        # a participle after "be" is no past tense
        ("The treaty will be signed Friday.", "2003-05-09"),
        ("The treaty is to be signed Friday.", "2003-05-09"),
    ],
)  # fmt: skip
def test_weekdays_follow_the_tense_of_their_clause(body, expected):
    assert [value for text, _, value in dates(body) if text == "Friday"] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day of the month alone: the last one, or the next in a clause about the future
        ("He arrived on the 2nd and left.", [("the 2nd", "DATE", "2003-05-02")]),
        ("He arrived on the 12th.", [("the 12th", "DATE", "2003-04-12")]),
        ("The ceremony will be held on the 25th.", [("the 25th", "DATE", "2003-05-25")]),
        ("She died on the 31st.", [("the 31st", "DATE", "2003-03-31")]),
        ("They live on the 25th floor.", []),
        # "earlier"/"later" belong to "today"
        ("The minister will speak later today.", [("later today", "DATE", "2003-05-06")]),
        # "May", "March" between a determiner and the noun they date
        ("The March accession will help.", [("March", "DATE", "2004-03")]),
        ("The March on Washington was big and the march was calm.", []),
    ],
)  # fmt: skip
def test_a_day_of_the_month_alone(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the possessive is not part of the expression (TimeML: <TIMEX3>Sunday</TIMEX3>'s)
        ("Sunday's vote was close.", [("Sunday", "DATE", "2003-05-04")]),
        ("Last Friday’s game was won.", [("Last Friday", "DATE", "2003-05-02")]),
        # a plural weekday is every such day
        ("The shop closes on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
        ("He ran on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ],
)  # fmt: skip
def test_weekday_extents_and_plurals(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month opening a sentence told in the past has happened (dateline 2003-05-06)
        ("In December, a bomb killed two officers.", "2002-12"),
        ("On Dec. 3, the board voted to close the plant.", "2002-12-03"),
        ("Early in June the company said it would reopen.", "2002-06"),
        ("In May, sales fell.", "2003-05"),
        # otherwise the nearest, the future counted farther unless the clause speaks of it
        ("In December, the newly elected parliament will meet.", "2003-12"),
        ("The company said it expects to finish in December.", "2003-12"),
        ("By setting a May 14 return date, the court gave them time.", "2003-05-14"),
        ("In June, a new law takes effect.", "2003-06"),
    ],
)  # fmt: skip
def test_a_month_opening_a_past_sentence_has_happened(body, expected):
    assert [value for _, _, value in dates(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Good Friday, they met.", [("Good Friday", "DATE", "2003-04-18")]),
        ("Ash Wednesday came early.", [("Ash Wednesday", "DATE", "2003-03-05")]),
        ("Shoppers lined up on Black Friday.", [("Black Friday", "DATE", "2002-11-29")]),
        # a named event: only its year, and no weekday of the story
        ("Gold crashed on Black Friday 1869.", [("Black Friday 1869", "DATE", "1869")]),
        ("They marched on Bloody Sunday.", []),
        ("Voters go to the polls on Super Tuesday.", []),
        ("Officials in Washington Friday said no.", [("Friday", "DATE", "2003-05-02")]),
        # idioms with a clock word name no time
        ("For Poland, high noon comes today.", [("today", "DATE", "2003-05-06")]),
        ("They burned the midnight oil.", []),
        # a title is no date; a Title Case headline-like line still has its dates
        ("The Day After Tomorrow is a film.", []),
        ("PM To Speak Tomorrow Morning On Budget", [("Tomorrow Morning", "DATE", "2003-05-07TMO")]),
        ("The vote will be at noon Friday.", [("noon Friday", "TIME", "2003-05-09T12:00")]),
        # the week that holds a named day: ISO week of Easter (20 April 2003)
        ("Crowds came in Easter week.", [("Easter week", "DATE", "2003-W16")]),
        # named alone: the next one in a sentence about the future, the last one in a
        # sentence that tells what happened ("said" only reports), else the nearest
        ("He will return after Christmas.", [("Christmas", "DATE", "2003-12-25")]),
        ("Stores opened on Christmas Eve.", [("Christmas Eve", "DATE", "2002-12-24")]),
        ("Retailers said Labor Day sales will be strong.", [("Labor Day", "DATE", "2003-09-01")]),
        ("Retailers said Labor Day sales were weak.", [("Labor Day", "DATE", "2002-09-02")]),

    ],
)  # fmt: skip
def test_named_days(body, expected):
    assert dates(body) == expected


def test_a_named_week_has_begun_when_its_monday_has():
    # Easter 2003: Sunday 20 April, ISO week 16 (14-20 April); the story: Tuesday 15 April
    found = dates("Crowds prayed as Easter week began.", "2003-04-15")
    assert found == [("Easter week", "DATE", "2003-W16")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He spent another month there.", [("another month", "DURATION", "P1M")]),
        ("It needs an additional year.", [("an additional year", "DURATION", "P1Y")]),
        ("Over the year, sales grew.", [("the year", "DURATION", "P1Y")]),
        ("It was a multi-year deal.", [("multi-year", "DURATION", "PXY")]),
        ("Within days the city fell.", [("days", "DURATION", "PXD")]),
        # "the year" is a stretch of time after "over", a date when something is its own
        ("The year's results were good.", [("The year's", "DATE", "2003")]),
        ("In the first minutes, he spoke.", [("the first minutes", "DURATION", "PTXM")]),
        ("He had another idea.", []),
        # adjectives of duration: the article belongs to the noun, not to the expression
        ("A day-long strike began.", [("day-long", "DURATION", "P1D")]),
        ("The decades-long feud goes on.", [("decades-long", "DURATION", "PXDE")]),
        ("A years-old slump ended.", [("years-old", "DURATION", "PXY")]),
        # an age is no temporal expression
        ("A 6-year-old boy and his 39-year-old father.", []),
        ("Mr. Smith, 45 years old, and a man 30 years of age.", []),
    ],
)  # fmt: skip
def test_durations_without_a_number(body, expected):
    assert dates(body) == expected


def test_our_article_timeline_is_unchanged(article):
    from analysis import timeline

    assert timeline(article)["value"].tolist() == [
        "2003", "2014", "2020", "2021-08-15", "2021-08-17",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "In the second half, he scored twice.",
        "The Raptors led at halftime and pulled away in the fourth quarter.",
        "She scored 12 points in the quarter.",
    ],
)
def test_parts_of_a_game_are_no_dates(body):
    assert dates(body) == []


def test_business_halves_stay_dates_beside_game_words():
    assert dates("Sales of game consoles rose in the second half.") == [
        ("the second half", "DATE", "2003-H2")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The Sunday Times reported the deal.",
        "He writes for the Mail on Sunday.",
        "He was a Friday-night regular.",
        "She hosts Saturday Night Live.",
        "The Weekend Edition show aired.",
    ],
)
def test_weekdays_in_names_are_no_dates(body):
    assert dates(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Work will resume in the spring.", [("the spring", "DATE", "2004-SP")]),
        ("Work will resume in the summer.", [("the summer", "DATE", "2003-SU")]),
        ("Sales fell in the fall.", [("the fall", "DATE", "2002-FA")]),
        ("Sales fell in the spring.", [("the spring", "DATE", "2003-SP")]),
        ("Classes in the fall semester begin.", []),
        ("The fall of Rome was slow.", []),
    ],
)
def test_the_season_follows_the_tense(body, expected):
    assert dates(body) == expected


def test_a_range_of_days_is_two_dates():
    assert dates("The talks, held Jan. 5-7, failed. Scores were 5-3 on Jan. 9.") == [
        ("Jan. 5", "DATE", "2003-01-05"),
        ("7", "DATE", "2003-01-07"),
        ("Jan. 9", "DATE", "2003-01-09"),
    ]
    assert dates("Feb. 28-30 is no range.") == [("Feb. 28", "DATE", "2003-02-28")]
    # a list of days in one month: each is a date; a count after "and" is not
    assert dates("The summit met on April 24 and 25.") == [
        ("April 24", "DATE", "2003-04-24"),
        ("25", "DATE", "2003-04-25"),
    ]
    assert dates("On April 24 and 25 people died.") == [("April 24", "DATE", "2003-04-24")]
