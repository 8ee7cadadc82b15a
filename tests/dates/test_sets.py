"""Sets: recurring times. Sentences written for each family, with the value the TimeML / TIMEX3
guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The paper is printed nightly.", [("nightly", "SET", "P1D")]),
        ("They meet every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7")]),
        ("Rents are paid each month.", [("each month", "SET", "P1M")]),
        ("The council meets every second Tuesday; bins go fortnightly.",
         [("every second Tuesday", "SET", "XXXX-WXX-2"), ("fortnightly", "SET", "P2W")]),
        ("Dividends are paid each quarter; shops close on weekends.",
         [("each quarter", "SET", "P3M"), ("weekends", "SET", "XXXX-WXX-WE")]),
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
        # every season; not a season that names a thing
        ("It is held every summer since 1969.",
         [("every summer", "SET", "XXXX-SU"), ("1969", "DATE", "1969")]),
        ("He failed every spring test.", []),
    ],
)  # fmt: skip
def test_sets(dates, body, expected):
    assert dates(body) == expected
