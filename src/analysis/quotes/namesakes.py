"""Several people who share a surname: whom a lone surname stands for ("Carly Fiorina" and
"Frank Fiorina": "Fiorina" is Carly, whom the article introduced first and calls so)."""

from __future__ import annotations

import functools
import re

from analysis.language.english.given_names import census_gender
from analysis.language.english.speech import TITLES
from analysis.patterns import alternation
from analysis.quotes.names import is_given_name

__all__ = ["primary_namesake"]


def primary_namesake(names: list[str], text: str, gender: str | None = None) -> str | None:
    """Of the full names, in text order, that end in one surname, the first when they name
    several people (distinct given names: "Carly Fiorina" and "Frank Fiorina", "Raul Castro"
    and "Fidel Castro"): a lone surname then stands for the person the article introduced
    first, whom the writer calls by it; the others it names in full or by the given name,
    and one the text calls by the given name more often than the surname is called alone is
    never the lone surname ("Elian" of "Elian Gonzalez": the boy; "Gonzalez" is his father).
    A courtesy title's ``gender`` keeps only the people of that gender ("Mrs. Clinton").
    None when they name one person ("Donald Trump", "Donald J. Trump") or none is left."""
    distinct = set(names)
    if len(distinct) < 2:
        return None  # one name, written one way (most surnames, every time)
    full = [name for name in names if len(name.split()) >= 2]
    if len({_given(name) for name in distinct if len(name.split()) >= 2}) < 2:
        return None
    if gender is not None:
        full = [name for name in full if census_gender(_given(name)) in (gender, None)]
    called = [name for name in full if not _called_by_given_name(name, text)]
    return called[0] if called else None


@functools.lru_cache(maxsize=4096)
def _given(name: str) -> str:
    """The given name of a full name: the word nearest the surname a list or the census
    knows ("Donald" of "Donald J. Trump" and of a run "Chris Christie Is Over Donald
    Trump"), else the first word ("Jagmeet")."""
    words = name.split()[:-1]
    return next((word for word in reversed(words) if is_given_name(word)), words[0])


@functools.lru_cache(maxsize=256)
def _called_by_given_name(name: str, text: str) -> bool:
    """Whether the text calls a person by the given name alone ("Elian played") more often
    than it writes the surname alone ("Gonzalez said", "Mr. Trump said"); counted once per
    name and text (each count reads the whole text)."""
    given, surname = re.escape(_given(name)), re.escape(name.split()[-1])
    written = rf"(?:\s+[A-Z][\w.'’-]*)*\s+{surname}\b"  # the rest of a full name
    alone = len(re.findall(rf"\b{given}\b(?!{written})", text))
    # a title before the surname is no given name: "Mr. Trump" is the surname alone
    in_full = len(re.findall(rf"\b(?!{_TITLE}\b)[A-Z][\w.'’-]*\s+{surname}\b", text))
    return alone > len(re.findall(rf"\b{surname}\b", text)) - in_full


#: A title or courtesy title, in any case ("Mr", "Sen", "President").
_TITLE = rf"(?i:{alternation(TITLES)})"
