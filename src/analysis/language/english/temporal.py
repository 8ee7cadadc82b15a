"""English words of temporal expressions: numbers, units, seasons, parts of the day,
holidays, ordinals, vague quantities; months and weekdays (from :mod:`.calendar`) by number."""

from __future__ import annotations

# Month and weekday names are written once, in .calendar; re-exported for the date rules.
from analysis.language.english.calendar import MONTHS as MONTHS
from analysis.language.english.calendar import WEEKDAYS as WEEKDAYS

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "a couple of": 2,
    "a dozen": 12, "dozen": 12,
}  # fmt: skip
# Compound numbers as broadcast transcripts spell them: "forty-eight", "twenty one".
for _tens, _ten_value in (
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
):
    for _unit_word, _unit_value in (
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
    ):
        NUMBER_WORDS[f"{_tens}-{_unit_word}"] = _ten_value + _unit_value
        NUMBER_WORDS[f"{_tens} {_unit_word}"] = _ten_value + _unit_value

#: Vague quantities: the TIMEX3 value keeps ``X`` for the number ("PXW").
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "the last few", "recent")

#: Unit word -> (TIMEX3 duration designator, whether it is a time-of-day unit: PT...).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}

#: Parts of the day and their TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

#: Hours said in words ("eight p.m.", "ten o'clock").
HOUR_WORDS: dict[str, int] = {
    word: n
    for word, n in NUMBER_WORDS.items()
    if 1 <= n <= 12 and word.isalpha() and word not in {"a", "an", "dozen"}
}
#: Words that count a period from the one talked about: "the previous year" (-1), "the
#: following spring" (+1), "the day before", "the week after".
STEP_WORDS: dict[str, int] = {
    "previous": -1, "preceding": -1, "prior": -1, "before": -1,
    "following": 1, "next": 1, "after": 1,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip

#: Fixed-date holidays: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}

#: Nouns that make a preceding four-digit number a count, not a year ("2000 people").
COUNT_NOUNS = frozenset(
    """
    people persons men women children troops soldiers police officers members workers
    employees students residents refugees voters votes dollars euros pounds yen miles
    kilometers kilometres meters metres feet foot tons tonnes barrels cases deaths units copies
    cars homes houses jobs points games seats acres pages words calories rooms beds flights
    passengers delegates marines sailors civilians rebels fighters prisoners guests fans
    """.split()
)

#: Ordinal words of a day or a century: "fifteenth", "twenty-first" (also "twenty first").
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
for _unit_word, _value in list(ORDINAL_WORDS.items())[:9]:
    ORDINAL_WORDS[f"twenty-{_unit_word}"] = ORDINAL_WORDS[f"twenty {_unit_word}"] = 20 + _value
ORDINAL_WORDS["thirty-first"] = ORDINAL_WORDS["thirty first"] = 31
