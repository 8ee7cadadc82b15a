"""The words an article puts next to a name: the phrase before it and its appositive, read
for the roles, homes and parties a description must match (:mod:`analysis.quotes.people`)."""

from __future__ import annotations

from analysis.language.english.titles import TITLE_ABBREVIATIONS
from analysis.patterns import compiled
from analysis.quotes.names import appositive_after, is_given_name

__all__ = ["what_someone_is", "words_around"]

#: Where the phrase before a name begins: a clause mark, a comma, or a sentence's full stop
#: (a paragraph's end and a dash are cut at first, by plain text: see :func:`words_around`).
_PHRASE_BREAK = compiled(r"[;:!?\"“”,.](?:(?<=,)\s|(?<=[a-z]{2}\.)\s|(?<=[;:!?\"“”]))")
#: Marks no phrase before a name runs across: a paragraph's end, a dash set off by spaces
#: (a dateline's: "EDMONTON — Connor McDavid").
_PLAIN_BREAKS = ("\n\n", " — ", " – ")
#: A title's abbreviation as the text ends in it before its period (" Sen", "\nGov").
_ABBREVIATED = tuple(
    f"{space}{word}" for word in TITLE_ABBREVIATIONS for space in (" ", "\n", "(", '"', "“")
)


def words_around(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words ``text`` puts next to the name at ``start``-``end``, lower case: up to eight
    before it in the same phrase ("Cuban President", "Director of the Federal Bureau of
    Investigation (FBI)"; not across a paragraph's end or a dateline's dash) and its
    appositive ("Juan Miguel Gonzalez, the boy's father,")."""
    window = text[max(0, start - 80) : start]
    for mark in _PLAIN_BREAKS:
        if (cut := window.rfind(mark)) >= 0:
            window = window[cut + len(mark) :]
    lead = _PHRASE_BREAK.split(window)[-1]
    head = window[: len(window) - len(lead)]
    if head.endswith(". ") and f" {head[:-2]}".endswith(_ABBREVIATED):
        cut = 0  # "Republican Sen. Ann Reyes": a title's period, no full stop
        for found in _PHRASE_BREAK.finditer(window):
            if found.group()[0] != "." or not f" {window[: found.start()]}".endswith(_ABBREVIATED):
                cut = found.end()
        lead = window[cut:]
    before = lead.split()[-8:]
    after = appositive_after(text, end)
    words = before + (after.split() if after else [])
    return tuple(w.lower().strip(".,'’()") for w in words)


#: "a" or "an" and up to two words in lower case before a run of capitalised words.
_INDEFINITE_BEFORE = compiled(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}$")


def what_someone_is(lead: str, words: list[str]) -> bool:
    """Whether a run of two words or more after ``lead`` says what someone is, not who they
    are: after "a" or "an" and up to two words in lower case ("a former Saskatchewan
    Roughrider", "an Edmonton Oiler"), its first word no given name ("a Hillary Clinton
    supporter" names her)."""
    return (
        len(words) >= 2
        and not is_given_name(words[0])
        and bool(_INDEFINITE_BEFORE.search(lead, max(0, len(lead) - 40)))
    )
