"""The article's pronouns against the gender a list of first names gives a person: "he said"
after a sentence about "Mackenzie Hughes" (a name most US bearers of which are women)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from analysis.language.english.given_names import census_gender, shared_by_both
from analysis.language.english.speech import SPEECH_VERBS, SUBORDINATORS
from analysis.patterns import alternation, compiled
from analysis.quotes.name_runs import OWN_AFTER
from analysis.quotes.names import gender_of
from analysis.quotes.namesakes import courtesy_gender

if TYPE_CHECKING:
    from analysis.quotes.people import Mention

__all__ = [
    "OF_GENDER",
    "SEX_NOUN",
    "describes_one_of_sex",
    "may_vote_against",
    "outvote_names",
    "owned_genders",
    "unlisted_genders",
    "vote_by_own_words",
]


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


def unlisted_genders(votes: dict[str, Counter[str]], genders: dict[str, str]) -> dict[str, str]:
    """The gender the article's pronouns show of each person no list, census nor title
    knows the sex of, when every vote is for one sex ("Rémi Cormier ... Cormier says he
    does not know ... '...,' he says": a man; a name the census does not hold). ``genders``:
    the genders titles, kin words and pronouns already gave, by name: theirs stay."""
    return {
        name: next(iter(said))
        for name, said in votes.items()
        if name not in genders and len(+said) == 1 and _listed(name) is None
    }


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
    return not OF_GENDER[gender].search(_SAID_PRONOUN.sub(" ", previous)) and not _OF_OTHER_SEX[
        gender
    ].search(_QUOTATION.sub(" ", sentence))


#: After a name, a relative clause set off whose "his" is most often the name's own
#: ("Hughes, who birdied four of his last six holes,"; "her" may be an object: "who met
#: her").
_WHO_HIS = compiled(r",\s+who\s+(?:[a-z][\w'’-]*\s+){1,6}?his\s+[a-z0-9]")
#: After a name (and a relative clause set off, or the comma that ends an appositive it
#: closes), a speech verb whose report opens with he/she: most often the name's own
#: ("Hughes, who ..., said he was happy"; "One of the two Democrats, Rep. Shelley Batts, said
#: he had heard").
_SAYS_OWN = compiled(
    r"(?:,\s+who\s[^,;:]{1,80},|,)?\s+"
    rf"(?:said|says|told\s+[a-z]+|{alternation(v for v in SPEECH_VERBS if v.endswith('ed'))})"
    r"\s+(?:that\s+)?(?P<pronoun>he|she)\s+[a-z]"
)
#: After a name's speech verb, a participle whose object is the speaker's self: "Hughes
#: said, pausing to collect himself".
_SAYS_THEN_SELF = compiled(
    r"\s+(?:said|says)\s*,\s+[a-z]+ing\b[^.;:\"“”]{0,40}?\b(?P<pronoun>him|her)self\b"
)
#: A he/she right after a speech verb: the subject's own, in what they report.
_SAID_PRONOUN = compiled(r"\b(?:said|says|added|told\s+[a-z]+)\s+(?:that\s+)?(?:he|she)\b")


#: A subordinator opening a sentence, right before a name: "When ", "After " (not "As" nor
#: "If": left out when this vote was measured).
_SUBORDINATOR_OPENING = compiled(
    r"(?:^|[.!?]\s+|\n|—\s+)"
    rf"(?:{alternation(w.capitalize() for w in SUBORDINATORS - {'as', 'if', 'whereas'})})\s+$"
)
#: The rest of that subordinate clause, and the main clause opening with he/she.
_CLAUSE_THEN_PRONOUN = compiled(r"\s[^,.;:\"“”]{1,120},\s+(?P<pronoun>he|she)\s+[a-z]")


def vote_by_own_words(mentions: list[Mention], text: str, votes: dict[str, Counter[str]]) -> None:
    """Add to ``votes`` a vote for each named mention that a relative clause with "his",
    a report opening with he/she after any speech verb ("Hughes conceded that he had") or a
    participle with "himself" after its "said" ("Hughes said, pausing to collect himself")
    follows ("Mackenzie Hughes ... Hughes, who birdied four of his last six holes, said he
    was happy. '...,' he said": with the "he said", three votes against the lists' woman),
    or a main clause opening with he/she after the subordinate clause the name opens ("When
    Harpreet Sidhu retired ..., she lasted")."""
    for mention in mentions:
        if not mention.named or text[mention.end : mention.end + 1] not in (",", " "):
            continue
        if _WHO_HIS.match(text, mention.end):
            votes.setdefault(mention.name, Counter())["m"] += 1
        own_main = (  # "When Harpreet Sidhu retired ..., she lasted three weeks": her own
            _CLAUSE_THEN_PRONOUN.match(text, mention.end)
            if _SUBORDINATOR_OPENING.search(text, max(0, mention.start - 12), mention.start)
            else None
        )
        for own in (
            _SAYS_OWN.match(text, mention.end),
            _SAYS_THEN_SELF.match(text, mention.end),
            own_main,
        ):
            if own:
                vote = "m" if own["pronoun"] in ("he", "him") else "f"
                votes.setdefault(mention.name, Counter())[vote] += 1


def owned_genders(mentions: list[Mention], text: str) -> dict[str, str]:
    """The gender of each named mention that "his" or "her" right after it shows to own
    something (:data:`~analysis.quotes.name_runs.OWN_AFTER`: "Chao and his wife", "Reyes,
    her lawyer said"), the first such mention's for each name."""
    genders: dict[str, str] = {}
    for mention in mentions:
        if (
            mention.named
            and text[mention.end : mention.end + 1] in (",", " ")  # (a plain test first)
            and (own := OWN_AFTER.match(text, mention.end))
        ):
            genders.setdefault(mention.name, "f" if own["own"] == "her" else "m")
    return genders


#: A person described by a noun of sex and age: "the girl", "a young woman", "the man".
SEX_NOUN = compiled(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>girl|boy|woman|man|teenager|teen)\b"
    r"(?!['’])"
)


def describes_one_of_sex(text: str, gender: str) -> bool:
    """Whether ``text`` describes someone by a noun of sex of ``gender`` ("said the man
    passed notes to tellers": a man): a he/she after it may be that one."""
    return any(gender_of(m["noun"]) == gender for m in SEX_NOUN.finditer(text))
