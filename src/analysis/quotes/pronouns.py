"""He and she: whom each stands for, among the people the article names before it.

The referent of a *he*/*she* is looked for in its own sentence, then in the nearest sentence
back that names someone who may be meant (up to ten sentences): its subject, or the one
person of that gender it names. Precision first — the answer is None when two people of that
gender compete, when a person described but not named comes between, and when the only
candidate is a name whose gender the article does not show ("Pat Robertson", "Chicago
Sun-Times"), unless it leads the sentence right before: its subject, or the one person named
in a sentence with no *he*/*she* of its own. A name that is not the subject of a sentence
whose subject is a *he*/*she* of the same gender is not the referent of the next one ("In
2004, he appeared in the film as Trey Lipton. He also landed ...": the actor, not the role):
the pronoun there is no one the text names.

The gender of a name comes from the article (titles, kin words, an earlier *he said*), then
from the given-name lists, and last from how often US men and women bear the first name
(:mod:`analysis.language.english.given_names`: "Gene", "Lael", "Beau").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from analysis.article import Sentence
from analysis.language.english.given_names import census_gender
from analysis.language.english.grammar import LINKING_ADVERBS
from analysis.language.english.speech import (
    DOCUMENT_NOUNS,
    IDENTITY_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.antecedents import _OPENING_WORD, _SUBORDINATE_BEFORE, _owns_person
from analysis.quotes.epithets import epithet_person, is_epithet, speaks_of
from analysis.quotes.finite import _has_finite
from analysis.quotes.gender_votes import OF_GENDER, SEX_NOUN
from analysis.quotes.kin_owners import KIN_INVERSES, owned_kin
from analysis.quotes.marks import _DOUBLE
from analysis.quotes.names import (
    _FUNCTION,
    _RUN,
    _described_subject,
    _is_title,
    _words,
    epithet_opening,
    gender_of,
    is_given_name,
)
from analysis.quotes.openings import (
    _OPENING_PARTICIPLE,
    _SUBORDINATE_OPENING,
    after_subordinate_clause,
)
from analysis.quotes.people import Mention, People
from analysis.quotes.phrases import _PART_BREAK
from analysis.quotes.salience import Standing

__all__ = ["referent"]

#: How far back a he/she looks for the person it stands for, in sentences.
WINDOW = 10
#: A sentence whose subject is a he/she of each gender: at its start, or after an opening
#: phrase ("In 2004, he appeared").
_OPENING = rf"\W*(?:(?:[^,.;:\"“]{{1,60}},|(?i:{alternation(LINKING_ADVERBS)}))\s+)?"
#: The end of the words a pronoun's speech verb after them attributes: "..., he said".
_WORDS_BEFORE = compiled(r",[\"”’']?\s*$")
#: The pronoun and its verb ending the sentence, a time or a place after it at most: "he
#: said.", "she told reporters Tuesday." (not "he said, adding": a clause before it is an
#: opening one, "When Mook was asked, he laughed and said").
_VERB_LAST = compiled(
    rf"\w+\s+(?:\w+ly\s+)?(?:{alternation(SPEECH_VERBS)})\b"
    r"(?:\s+[\w.'’-]+){0,4}?\s*[.!?]?[\"”’']?\s*$"
)
#: The pronoun and its speech verb set off by a comma after a clause: "..., he said, by ...".
_VERB_SET_OFF = compiled(rf"\w+\s+(?:\w+ly\s+)?(?:{alternation(SPEECH_VERBS)}),")
#: A speech verb right after a mention, an appositive between: "Rick Tyler said that ...".
_SAYS_NEXT = compiled(
    rf"(?:\s*,[^,.;\"“”]{{1,60}},)?\s+(?:\w+ly\s+)?(?:{alternation(SPEECH_VERBS)})\b"
)
_PRONOUN_SUBJECT = {
    "m": compiled(_OPENING + r"[Hh]e\b"),
    "f": compiled(_OPENING + r"[Ss]he\b"),
}
#: A he/she of each gender, as a word of its own.


def referent(
    people: People, word: str, at: int, *, standing: Sequence[Standing] = ()
) -> Mention | None:
    """The person a he/she at ``at`` stands for, or None when the article does not make it
    clear (see the module docstring). ``standing``: the speaker phrases already resolved to
    a person; a sentence before that opens with a he/she of that gender resolved so stands
    for the same person ("He said Anand had ... . '...,' he said.": the first he's)."""
    gender = "m" if word.lower() in {"he", "him", "his"} else "f"
    sentences = people.article.sentences
    index = people.sentence_index(at)
    if index is None:
        return None
    if (ahead := _named_after_opening(people, sentences[index], at, gender)) is not None:
        return ahead
    back = -1  # sentences back, a sentence wholly inside a quotation not counted
    # "Also, Trump isn't a conservative, he said.": what he said comes before him in his
    # sentence, and no one it names is he
    text, end = people.article.text, sentences[index].end
    # what he said starts past a colon: "X echoed a complaint: customers, he said, ...": X
    # is no part of it
    said_from = text.rfind(":", sentences[index].start, at) + 1 or sentences[index].start
    words_first = bool(
        _WORDS_BEFORE.search(text, sentences[index].start, at)
        and (
            _VERB_LAST.match(text, at, end)
            # "The outlets stood in the way, he said, by creating ...": a whole clause before
            # (not "When Mook was asked, he laughed and said")
            or (_VERB_SET_OFF.match(text, at, end) and _clause_right_before(text, at))
        )
    )
    # "Asked whether it would back a challenger against Batts, she said": whom the opening
    # participle is about is not its subject, the pronoun
    opening = _participle_before(text, sentences[index], at)
    for position in range(index, max(-1, index - WINDOW), -1):
        sentence = sentences[position]
        if position != index and people.inside_quotation(sentence):
            continue  # '"I feel good. I'm moving well," he said': no one it names
        back += 1
        if (
            position != index
            and standing
            and (chained := _chained(text, sentence, gender, standing))
        ):
            return chained
        limit = at if position == index else sentence.end
        here = [
            m
            for m in people.between(sentence.start, limit)
            if m.role != "possessor"
            and not m.plural
            and (m.named or m.gender is not None or _described_person(m))
            and not people.quoted(m.start)  # a name inside a quotation is not who "he said" it
            and not (position == index and m.start < opening)
            # in the words "..., he said" attributes, only a speaker of their own
            and not (
                position == index
                and words_first
                and m.start >= said_from
                and not _SAYS_NEXT.match(text, m.end)
            )
        ]
        compatible = [m for m in here if m.gender in (gender, None)]
        if back == 1 and (asked := _one_asked(people, sentence, gender)) is not None:
            return asked  # "Todd asked Pence whether ... '...,' he said": Pence answers
        if any(m.fronted for m in compatible):
            return None  # "Like Allen, their days begin early. '...,' he told me": not sure
        if compatible:
            return _chosen(people, compatible, gender, sentence, back)
        if position == index:
            # "Trump's biggest applause came when he said" (Trump); "Trump's campaign
            # manager left when he said" (not sure: False)
            owner = None if words_first else _owner_before(people, sentence.start, at, gender)
            if owner is not None:
                return owner if owner is not False else None
        else:
            found, stop = _unnamed_before(people, position, index, gender, at, standing, back)
            if stop:
                return found
    return None


#: Whom a question was asked, named right after "asked": "Todd asked Pence whether".
_ASKED_WHOM = compiled(
    r"\basked\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+"
    r"(?:whether|if|about|how|why|what|when|where|who|to\s+explain)\b"
)


def _one_asked(people: People, sentence: Sentence, gender: str) -> Mention | None:
    """The person of ``gender`` a sentence asked a question of by name ("Chuck Todd asked
    Pence whether ...": Mike Pence, named before): whoever answers in the quotation after
    it, not the asker; None when the sentence asks no one named so."""
    if "asked" not in sentence.text or (found := _ASKED_WHOM.search(sentence.text)) is None:
        return None
    at = sentence.start + found.start("name")
    full = people.fullest(found["name"], at)
    named = [m for m in people.between(0, at + len(found["name"])) if m.named and m.name == full]
    return named[-1] if named and named[-1].gender in (gender, None) else None


def _unnamed_before(
    people: People,
    position: int,
    index: int,
    gender: str,
    at: int,
    standing: Sequence[Standing],
    back: int,
) -> tuple[Mention | None, bool]:
    """Whom a he/she at ``at`` (in sentence ``index``) stands for by sentence ``position``,
    ``back`` sentences before, which names no one who may be meant: its owner when it opens
    the paragraph (:func:`_paragraph_owner`), an epithet right before, a description; and
    whether the search stops there."""
    sentence = people.article.sentences[position]
    if (owner := _paragraph_owner(people, position, index, gender)) is not None:
        return owner, True
    if back == 1 and (epithet := _epithet_before(people, sentence, gender, at, standing)):
        return epithet, True
    # "The photographer has been here ... He told me": the photographer; "Her
    # granddaughter shrugs. '...,' she says": the granddaughter named before
    return _described_before(people, sentence, gender, at, right_before=back == 1)


def _epithet_before(
    people: People, sentence: Sentence, gender: str, at: int, standing: Sequence[Standing]
) -> Mention | None:
    """The person a he/she at ``at`` stands for when the sentence right before opens with an
    epithet (:func:`~analysis.quotes.epithets.is_epithet`) of the one the sentence before
    that is about ("Zach Collaros completed 24 passes. The veteran quarterback shrugged off
    questions. '...,' he said": Collaros; :func:`~analysis.quotes.epithets.epithet_person`),
    of the pronoun's gender, whom its quotation does not speak of; else None (the search
    goes on before it: an epithet resolved otherwise, "The Ohio governor said", stands for
    someone named further back as often)."""
    found = epithet_opening(sentence.text)
    if found is None or not is_epithet(phrase := sentence.text[found[0] : found[1]]):
        return None
    person = epithet_person(
        people, phrase, sentence.start + found[0], standing=standing, gender=gender
    )
    if person is None or person.gender not in (gender, None):
        return None
    return None if speaks_of(people.quoted_in_sentence(at), person) else person


#: Heads of a description of one person ("One nurse", "a spokeswoman"): not an
#: organisation, a message or a family.
_PERSON_HEADS = (
    (ROLE_NOUNS | PERSON_NOUNS | IDENTITY_NOUNS)
    - ORGANISATION_WORDS
    - frozenset(
        "communique daily family letter newspaper opinion report resolution statement".split()
    )
)


def _clause_right_before(text: str, at: int) -> bool:
    """Whether the part of a sentence right before ", he said," at ``at`` (after the comma
    before it) is a main clause: a finite verb, no subordinator first ("The outlets have
    stood in the way, he said, ..."; not "... and Ms. Warren, she said, ...", nor "when I
    emailed Brafman, he replied")."""
    head = text[max(0, at - 200) : at].rstrip().rstrip(",\"”’' ")
    part = _PART_BREAK.split(head.rsplit(":", 1)[-1])[-1].strip()  # (a colon ends a part)
    return _has_finite(part) and not _SUBORDINATE_OPENING.match(part)


def _described_person(mention: Mention) -> bool:
    """Whether a mention is a new person described, not named, of a gender the text does
    not show ("One nurse, who asked not to be named, said ...", "A spokeswoman said"): the
    she after it may be her. Not "the Florida senator": an epithet of someone named."""
    words = mention.name.lower().split()
    # its noun before a phrase a preposition opens: "A teller at one of the banks"
    pairs = zip(words, [*words[1:], ""], strict=True)
    head = next((w for w, n in pairs if n in _AFTER_HEAD), words[-1])
    return (
        not mention.named
        and not mention.plural
        and len(words) >= 2
        # "The homeowner, who did not want his name used, said ...": a definite one too,
        # when the speaker phrases left it a description (no epithet of someone named)
        and (words[0] in _INDEFINITE or (words[0] == "the" and mention.subject))
        and head in _PERSON_HEADS
    )


_AFTER_HEAD = frozenset("at of in from for with on".split())


_INDEFINITE = frozenset("a an one another".split())


def _chained(
    text: str, sentence: Sentence, gender: str, standing: Sequence[Standing]
) -> Mention | None:
    """The person a he/she of ``sentence`` was resolved to as a speaker, if any: the one
    opening it, or one speaking in it ('"...," she said under questioning from Erin Kolody':
    the speaker, not the person she was questioned by)."""
    opening = _PRONOUN_SUBJECT[gender].match(sentence.text)
    word = "he" if gender == "m" else "she"
    if opening is None and f" {word} " not in sentence.text:
        return None  # (a plain test first: most sentences have no such he/she)
    end = sentence.start + opening.end() if opening else sentence.end
    for start, stop, person in standing:
        if (
            sentence.start <= start < end
            and person.gender in (gender, None)
            and (opening or text[start:stop].lower() == word)
        ):
            return person
    return None


def _chosen(
    people: People, compatible: list[Mention], gender: str, sentence: Sentence, back: int
) -> Mention | None:
    """The one of the people a sentence ``back`` sentences before the pronoun names (0: its
    own, up to the pronoun) whom the pronoun stands for: its subject, else the first; None
    when another of that gender is as likely, or when an unknown gender is not outweighed by
    leading the sentence right before."""
    known = [m for m in compatible if m.gender == gender]
    pool = known or compatible
    if main := _main_clause_people(people, pool, sentence):
        pool = known = main  # "When Mr. Trump tried ..., Mr. Kasich differed. '...,' he said"
    subjects = [m for m in pool if m.subject]
    chosen = subjects[0] if subjects else pool[0]
    if not chosen.subject and back == 1 and (speaker := _speaker_of(people, compatible, chosen)):
        return speaker  # "Coach Kris Knoblauch said Connor McDavid was fine. '...,' he said"
    if not chosen.subject and back == 1 and _opens_with_unknown_name(people, sentence):
        return None  # "Kris Smith praised Connor McDavid. '...,' he said": maybe Kris Smith
    if not chosen.subject and any(m.subject and m.gender is None for m in compatible):
        return None  # "Matthews scored, and John Tavares added a goal. He": the subject,
        # of a gender the article does not show, may be meant as well as the known man
    rivals = {m.name for m in pool if m.name != chosen.name and m.subject == chosen.subject}
    if rivals and not (known and len(known) == 1):
        return None  # two people of that gender side by side: not sure
    if back == 0:
        return chosen
    opening = _PRONOUN_SUBJECT[gender].match(sentence.text)
    if opening and sentence.start + opening.end() <= chosen.start:
        return None  # "In 2004, he appeared ... as Trey Lipton. He also landed": the he
    if known:
        return chosen
    # A name of unknown gender: only what leads the sentence right before.
    if back == 1 and (chosen.subject or not _has_pronoun(people, sentence, gender)):
        return chosen
    return None


def _main_clause_people(people: People, pool: list[Mention], sentence: Sentence) -> list[Mention]:
    """The people of ``pool`` from the main clause on, when ``sentence`` opens with a
    subordinate clause whose comma a subject follows ("When Ms. Friedan ... recommended ...,
    Mrs. Schlafly replied"); [] when it does not, or no one comes before that subject."""
    text = people.article.text
    opening = [
        m for m in pool if m.subject and after_subordinate_clause(text[sentence.start : m.start])
    ]
    if not opening or not any(m.start < opening[0].start for m in pool):
        return []
    return [m for m in pool if m.start >= opening[0].start]


def _opens_with_unknown_name(people: People, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with a given name and a surname that the article does not
    take for a person (no title, no gender any list shows, nothing around it): its subject
    may be the one a he/she after it stands for."""
    run = _RUN.match(sentence.text)
    if run is None or not 2 <= len(words := _words(run.group())) <= 3:
        return False
    first = words[0]
    return (
        not first.isupper()  # "BUENA PARK, Calif. -": a dateline
        and is_given_name(first)
        and first.lower() not in _FUNCTION
        and not _is_title(first)
        and not people.between(sentence.start, sentence.start + run.end())
    )


def _speaker_of(people: People, compatible: list[Mention], named: Mention) -> Mention | None:
    """The subject of a speech verb, of a gender the article does not show, whose words name
    ``named`` after it: whom a he/she in the next sentence stands for, not the one they
    spoke of ("Coach Kris Knoblauch said Connor McDavid was fine. '...,' he said")."""
    text = people.article.text
    return next(
        (
            m
            for m in compatible
            if m.subject
            and m.gender is None
            and m.end <= named.start
            and _SAYS_NEXT.match(text, m.end)
        ),
        None,
    )


def _has_pronoun(people: People, sentence: Sentence, gender: str) -> bool:
    """Whether a sentence holds a he/she of ``gender`` outside quotations: someone of that
    gender it does not name is spoken of in it."""
    return any(
        not people.quoted(sentence.start + match.start())
        for match in OF_GENDER[gender].finditer(sentence.text)
    )


def _owner_before(
    people: People, start: int, end: int, gender: str
) -> Mention | Literal[False] | None:
    """Who a he/she at ``end`` opening a subordinate clause stands for among the owners
    named before it in its sentence (from ``start``, no quotation between): the one person
    of ``gender`` who owns a thing ("Trump's biggest applause came when he said"); False
    when an owner's person comes between ("Trump's campaign manager left when he said":
    perhaps the manager, nobody named); else None."""
    text = people.article.text
    if not _SUBORDINATE_BEFORE.search(text, start, end) or _DOUBLE.search(text, start, end):
        return None  # only the owner in the clause the pronoun's clause hangs from
    owners = [m for m in people.between(start, end) if m.role == "possessor" and not m.plural]
    if any(_owns_person(text[m.end : m.end + 60]) for m in owners):
        return False
    mine = [m for m in owners if m.named and m.gender == gender]
    return mine[0] if len(mine) == 1 and len(owners) == 1 else None


def _participle_before(text: str, sentence: Sentence, at: int) -> int:
    """Where the participial phrase that opens ``sentence`` ends when a he/she at ``at``
    is the subject right after it ("Asked about Batts, she said": the one asked, never
    anyone the phrase names), else the sentence's start."""
    comma = text.rfind(",", sentence.start, at)
    if comma < 0 or text[comma + 1 : at].strip(" \"”’'") or "," in text[sentence.start : comma]:
        return sentence.start
    return comma if _OPENING_PARTICIPLE.match(text[sentence.start : comma]) else sentence.start


def _paragraph_owner(people: People, position: int, index: int, gender: str) -> Mention | None:
    """The person a he/she in sentence ``index`` stands for when sentence ``position`` opens
    the pronoun's paragraph with their name as the owner of a thing, the paragraph naming no
    one else who may be meant before the pronoun ("Gabrielle's last column ran on the front
    page. It was about her first assignment ... '...,' she wrote": Gabrielle, not the woman
    quoted in the paragraph before): of ``gender``, owning no person ("Jones's lawyer") and
    no body ("Jones's office did not respond"), a letter or a column at most; else None."""
    sentences = people.article.sentences
    sentence = sentences[position]
    if sentence.paragraph != sentences[index].paragraph or (
        position > 0 and sentences[position - 1].paragraph == sentence.paragraph
    ):
        return None
    text = people.article.text
    mentions = people.between(sentence.start, sentence.end)
    if len(mentions) != 1 or mentions[0].role != "possessor":
        return None
    owner = mentions[0]
    if text[sentence.start : owner.start].strip("\"“‘' ") or owner.plural or not owner.named:
        return None
    if owner.gender != gender:
        return None
    after = text[owner.end : owner.end + 60].lstrip("'’s ")
    owned = {w.strip(".,;:'’").lower() for w in after.split()[:3]}
    owned |= {w.removesuffix("s") for w in owned}
    return None if owned & _WHO_MAY_SPEAK else owner


#: What an owner may own that speaks for itself: a person, a body, a role (not a letter or a
#: statement, which are the owner's own words).
_WHO_MAY_SPEAK = PERSON_NOUNS | ORGANISATION_WORDS | (ROLE_NOUNS - DOCUMENT_NOUNS - STATEMENT_NOUNS)


def _named_after_opening(
    people: People, sentence: Sentence, at: int, gender: str
) -> Mention | None:
    """The person a he/she in a sentence's opening phrase stands for when the main clause
    right after it names them as its subject ("In what he acknowledged as a rant,
    President Obama took a whack at ...": Obama), or None."""
    text = people.article.text
    comma = text.find(",", at, sentence.end)
    if comma < 0 or "," in text[sentence.start : at] or len(text[sentence.start : at].split()) > 8:
        return None
    if not _OPENING_WORD.match(text, sentence.start):
        return None
    start = comma + 1
    while start < sentence.end and text[start] in " \"'”’“‘":
        start += 1
    run = _RUN.match(text, start, sentence.end)  # the main clause's subject, at once
    if run is None:
        return None
    words = _words(run.group())
    titles = [w for w in words if _is_title(w)]
    name = [w for w in words if not _is_title(w)]
    if not name or name[0].lower() in _FUNCTION:
        return None
    shown = gender_of(" ".join(titles + name[:1]))
    found = shown or census_gender(name[0])
    if found not in (gender, None):
        return None
    if shown is None and not titles and not people.knows(name[-1]):
        return None  # "When he left, Microsoft announced": a person only when shown one
    full = people.fullest(" ".join(name), at)
    return Mention(run.start(), run.end(), full, named=True, gender=found, subject=True)


#: A he/she's object form: "him"; "her" where it owns nothing ("turned to face her.",
#: "told her that"; not "from her porch").
_OBJECT_PRONOUN = {
    "m": compiled(r"\b(?:him|himself)\b"),
    "f": compiled(
        r"\bherself\b|\bher\b(?=\s*[.,;:!?]|\s+(?:and|but|or|to|in|on|at|for|with|from|that|"
        r"as|about|into|up|down|out|off|over|back|again)\b)"
    ),
}


#: A possessive of each gender opening a sentence: "Her family", "His team".
_OWNER_OF_GENDER = {"m": compiled(r"\W*His\s"), "f": compiled(r"\W*Her\s")}


def _one_of_sex(people: People, sentence: Sentence, gender: str) -> Mention | None:
    """The one person a sentence that names no one of ``gender`` describes by a noun of that
    sex outside quotations ("Michael Spratt suggested the girl had been mistaken. She said
    she was not": the girl), when it describes one only; else None."""
    found = [
        m
        for m in SEX_NOUN.finditer(sentence.text)
        if gender_of(m["noun"]) == gender and not people.quoted(sentence.start + m.start())
    ]
    if len(found) != 1:
        return None
    start, end = sentence.start + found[0].start(), sentence.start + found[0].end()
    text = people.article.text[start:end]
    return Mention(start, end, text[0].lower() + text[1:], named=False, gender=gender)


def _described_before(
    people: People, sentence: Sentence, gender: str, at: int, *, right_before: bool
) -> tuple[Mention | None, bool]:
    """Whom a sentence opening with a description, not a name, makes a he/she after it,
    and whether the search for one stops there: the one named before whom the description
    stands for ("the senator" after "Sen. Ann Reyes"; "Her granddaughter" after "Petrenko's
    granddaughter, Sofia Lam"), of the pronoun's gender; when the article names no one so,
    the description itself, in the sentence ``right_before`` the pronoun's ("The Saturday
    Evening Post photographer has been here. He told me": the photographer), else no one
    (the pronoun may be that person). ``(None, False)`` when no such description opens the
    sentence, or one of the other gender ("The actress" before "he"); right before, a sentence
    that describes one person of that sex anywhere makes that description the one
    (:func:`_one_of_sex`)."""
    found = _described_subject(sentence.text)
    if found is None and right_before and (by_sex := _one_of_sex(people, sentence, gender)):
        return by_sex, True  # "... suggested the girl had been mistaken. She said"
    if found is None or gender_of(found[0]) not in (gender, None):
        return None, False
    noun, start, end = found
    person = people.role(noun, at)
    if noun in KIN_INVERSES:  # "Her mother ...": whose mother
        person = owned_kin(people, noun, sentence.start, person)
    if person is not None:
        return (person, True) if person.gender in (gender, None) else (None, False)
    if noun not in _PERSON_HEADS and _OWNER_OF_GENDER[gender].match(sentence.text):
        return None, False  # "Her family threw a party. '...,' she said": her, further back
    if (
        not right_before
        or noun not in _PERSON_HEADS  # "The family was ...": no one person
        # "One of the soldiers turned to face him. He felt ...": another of that gender
        or _OBJECT_PRONOUN[gender].search(sentence.text)
    ):
        return None, True
    start, end = sentence.start + start, sentence.start + end
    first, _, rest = people.article.text[start:end].partition(" ")
    phrase = f"{first.lower()} {rest}"  # "The", "Her", "One": a determiner first
    return Mention(start, end, phrase, named=False, gender=gender_of(noun)), True
