"""The words an article puts next to a name (analysis.quotes.name_context), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.name_context import words_around


def _context(text: str, name: str) -> tuple[str, ...]:
    start = text.index(name)
    return words_around(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "context"),
    [
        # the words before a name in its own phrase, not across a paragraph's end or a
        # dateline's dash (each had the headline's words too: "battle of alberta edmonton
        # —", a home the article never gave him)
        ("A headline\n\nFlames coach Ryan Huska was blunt.", "Ryan Huska", ("flames", "coach")),
        ("Oilers rally in Battle of Alberta\n\nEDMONTON — Connor McDavid scored twice.",
         "Connor McDavid", ()),
        ("A headline about Alberta\n\nConnor McDavid scored twice.", "Connor McDavid", ()),
        # a title's period is no full stop; an appositive after the name is read too
        ("A headline\n\nRepublican Sen. Ann Reyes spoke.", "Ann Reyes", ("republican", "sen")),
        ("A headline\n\nLater, Juan Gonzalez, the boy's father, said no.", "Juan Gonzalez",
         ("the", "boy's", "father")),
    ],
)  # fmt: skip
def test_the_words_around_a_name_stay_in_its_phrase(text, name, context):
    assert _context(text, name) == context
