"""The article's pronouns against the gender a list of first names gives a person: "he said"
after a sentence about "Mackenzie Hughes" (a name most US bearers of which are women)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from analysis.language.english.given_names import census_gender, shared_by_both
from analysis.patterns import compiled
from analysis.quotes.names import gender_of
from analysis.quotes.namesakes import courtesy_gender

if TYPE_CHECKING:
    from analysis.quotes.people import Mention

__all__ = ["OF_GENDER", "may_vote_against", "outvote_names"]


def outvote_names(
    mentions: list[Mention], votes: dict[str, Counter[str]], genders: dict[str, str], text: str
) -> None:
    """Give a person the gender two pronoun votes or more show against the one their first
    name has on a list or in the census, unless a title showed theirs ("Mrs."): the
    article's word over a list ("Jean Tremblay ... He has never been this worried ...
    Tremblay walks between the stalls. '...,' he says": a man). One vote is enough for a
    name the census finds among both sexes, which a list only guesses ("Alexis von
    Hoensbroech said ... '...,' he said"). ``genders``: the genders the article's titles,
    kin words and pronouns gave, by name."""
    against = {
        m.name
        for m in mentions
        if m.named
        and m.gender
        and (said := votes.get(m.name))
        and said["f" if m.gender == "m" else "m"] >= (1 if shared_by_both(m.name.split()[0]) else 2)
    }
    if not against:
        return
    titled = {n for n, g in genders.items() if _listed(n) != g}
    titled |= {m.name for m in mentions if courtesy_gender(text, m.start)}
    for mention in mentions:
        if mention.name in against and mention.name not in titled and mention.gender:
            said, other = votes[mention.name], "f" if mention.gender == "m" else "m"
            if said[other] > said[mention.gender]:
                mention.gender = other


def _listed(name: str) -> str | None:
    """The gender a name's first word has on a list of first names, else in the census."""
    first = name.split()[0] if name.split() else ""
    return gender_of(first) or (census_gender(first) if first else None)


#: A he or a she, by gender.
OF_GENDER = {"m": compiled(r"\b[Hh]e\b"), "f": compiled(r"\b[Ss]he\b")}
#: Any pronoun of the other sex than a vote's, by the vote's gender.
_OF_OTHER_SEX = {
    "m": compiled(r"\b(?:[Ss]he|[Hh]ers?)\b"),
    "f": compiled(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
}
#: A quotation in marks, straight, curly or doubled (``...'' and ''...'').
_QUOTATION = compiled(r"[\"“][^\"“”]*[\"”]|``.*?''|''.*?''")


def may_vote_against(previous: str, sentence: str, gender: str) -> bool:
    """Whether the he/she of ``gender`` in ``sentence`` may vote against the other gender
    the subject of the sentence before, ``previous``, has on a list: not when ``previous``
    has a he/she of that gender of its own, nor when ``sentence`` speaks of someone of the
    other sex outside quotation marks ("After he gave her an answer, she said he had her
    vote": that he is the one named, the she another)."""
    return not OF_GENDER[gender].search(previous) and not _OF_OTHER_SEX[gender].search(
        _QUOTATION.sub(" ", sentence)
    )
