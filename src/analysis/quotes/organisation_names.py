"""Whether a run of capitalised words names an organisation rather than a person: an
organisation's word among them ("Fraser Institute"), one "and" joins them to ("Canada ...
Corp."), or a nation or province alone after a department's word ("Health Canada",
"Public Health Ontario")."""

from __future__ import annotations

from analysis.language.english.affiliations import AFFILIATION_SYNONYMS, HOME_REGIONS
from analysis.language.english.given_names import given_name_shares, name_key
from analysis.language.english.speech import ORGANISATION_WORDS
from analysis.patterns import alternation, compiled

__all__ = ["names_organisation"]

#: Nations, states and provinces: alone after a department's words, no one's name ("Health
#: Canada", "Public Health Ontario").
_PLACES = frozenset(AFFILIATION_SYNONYMS) | HOME_REGIONS
#: Of those, the ones that are common surnames too ("Denzel Washington", "Mark Holland",
#: "Jimmy Wales", "Anatole France"): a person's after a given name the lists lack.
_SURNAMES = frozenset("washington holland france wales england ireland israel".split())
_AND_ORG = compiled(rf"\s+and\s+(?:[A-Z]\S*\s+){{0,3}}(?i:{alternation(ORGANISATION_WORDS)})\b")
_POSSESSIVE = compiled(r"['’]s?$")


def names_organisation(
    words: list[str], after: str, surnames: frozenset[str], *, titled: bool = False
) -> bool:
    """Whether a name's words (``after``: the text after them) hold an organisation's word,
    but for a last word in ``surnames`` (a person's surname in the article: "Per Bank") that
    opens no "of" ("Bank of Montreal"), or "and" joins them to one ("Canada ... Corp."), or
    they are a nation, state or province alone ("Canada" of "Health Canada", its portfolio
    taken for a title) or, ``titled`` (after a word taken for a title), after words that are
    no given names ("Quality Ontario" of "Health Quality Ontario")."""
    place = words[-1].rstrip(".,")
    # (not "Jordan", "Chad", "Georgia": given names too; nor "Gov. Denzel Washington")
    if (
        place.lower() in _PLACES
        and name_key(place) not in given_name_shares()
        and (
            len(words) == 1
            or (
                titled
                and place.lower() not in _SURNAMES
                and not any(name_key(w) in given_name_shares() for w in words[:-1])
            )
        )
    ):
        return True
    return bool(_AND_ORG.match(after)) or any(
        w.lower().rstrip(".,") in ORGANISATION_WORDS
        and not (
            i == len(words) - 1
            and _POSSESSIVE.sub("", w) in surnames
            and not after.startswith(" of ")
        )
        for i, w in enumerate(words)
    )
