"""Times of day: clock times and zones, clock words, the light; the day a time is on. Sentences
written for each family, with the value the TimeML / TIMEX3 guidelines give (dateline:
Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import parse_article, timeline


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
        # as web pages and British papers write them
        ("First published at 10.32 GMT, updated 11:15:00 GMT.",
         [("10.32 GMT", "TIME", "2003-05-06T10:32Z"),
          ("11:15:00 GMT", "TIME", "2003-05-06T11:15Z")]),
        ("The polls close at 9 p.m. EST.", [("9 p.m. EST", "TIME", "2003-05-06T21:00-05")]),
        # capitals, as web pages write them; the US "ET" has no fixed offset
        ("Updated 3:45 PM ET; the quake hit at 10:05 A.M. local time.",
         [("3:45 PM ET", "TIME", "2003-05-06T15:45"),
          ("10:05 A.M. local time", "TIME", "2003-05-06T10:05")]),
        ("It struck at 9:30 p.m. AEDT.", [("9:30 p.m. AEDT", "TIME", "2003-05-06T21:30+11")]),
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
def test_times_of_day_and_zones(dates, body, expected):
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
        # ... a time with its day passes it on
        ("Polls will open at 7 a.m. on Thursday and close at 10 p.m.",
         [("7 a.m. on Thursday", "TIME", "2003-05-08T07:00"),
          ("10 p.m.", "TIME", "2003-05-08T22:00")]),
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
        # a relative day written right after the time belongs to it
        ("Trading was halted at 2:30 p.m. EDT yesterday.",
         [("2:30 p.m. EDT yesterday", "TIME", "2003-05-05T14:30-04")]),
        ("The offer expires at midnight tonight; he lands at 10 a.m. tomorrow.",
         [("midnight tonight", "TIME", "2003-05-06T24:00"),
          ("10 a.m. tomorrow", "TIME", "2003-05-07T10:00")]),
        ("Troops moved at dawn today.", [("dawn today", "DATE", "2003-05-06TMO")]),
        ("The deadline expired at 8 p.m. last night.",
         [("8 p.m. last night", "TIME", "2003-05-05T20:00")]),
        # hours said in words, as transcripts write them
        ("The deadline expired at eight p.m. last night.",
         [("eight p.m. last night", "TIME", "2003-05-05T20:00")]),
        ("Talks began at nine forty-five a.m.",
         [("nine forty-five a.m.", "TIME", "2003-05-06T09:45")]),
        # a time in a sentence that names no day is on the day the sentence before named,
        # if that day has come
        ("He was stabbed early on Sunday. Police said he was attacked at 2:15 a.m.",
         [("Sunday", "DATE", "2003-05-04"), ("2:15 a.m.", "TIME", "2003-05-04T02:15")]),
        ("The trial opens on Friday. He was arrested at 2:15 a.m.",
         [("Friday", "DATE", "2003-05-09"), ("2:15 a.m.", "TIME", "2003-05-06T02:15")]),
        # a spelled clock time takes its zone and weekday
        ("The bombs fell after eight o'clock local time on Sunday.",
         [("eight o'clock local time on Sunday", "TIME", "2003-05-04T08:00")]),
    ],
)  # fmt: skip
def test_clock_times_take_the_day_named(dates, body, expected):
    assert dates(body) == expected


def test_times_with_a_zone_are_on_the_timeline():
    article = parse_article(" date 2003-05-06 Headline\n\nThe blast came at 14:20 GMT.\n")
    row = timeline(article).set_index("value").loc["2003-05-06T14:20Z"]
    assert row["granularity"] == "time"
    assert row["date"] == pd.Timestamp("2003-05-06 14:20")
