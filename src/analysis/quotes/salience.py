"""Whom a sentence is about: the one person the sentence before a description names as its
subject, for a description of what someone is ("Skinner, 25, shrugged off the praise.
'...,' the netminder said.": Skinner)."""

from __future__ import annotations

from analysis.article import Sentence
from analysis.language.english.speech import ORGANISATION_WORDS
from analysis.quotes.names import _FUNCTION, _POSSESSIVE, name_run_matches
from analysis.quotes.people import Mention, People

__all__ = ["subject_before"]


def subject_before(people: People, at: int, *, gender: str | None = None) -> Mention | None:
    """The person a definite description at ``at`` may stand for ("Skinner, 25, shrugged
    off the praise. '...,' the netminder said."): the one person the sentence before
    names, named as its subject, of ``gender`` when the article shows theirs. None when
    that sentence names no one, several people or its subject is no name, or when the
    description's own sentence names someone before it."""
    index = people.sentence_index(at)
    if not index:
        return None
    sentences = people.article.sentences
    if any(
        m.named and not people.quoted(m.start) for m in people.between(sentences[index].start, at)
    ):
        return None
    previous = sentences[index - 1]
    here = [
        m
        for m in people.between(previous.start, previous.end)
        if not people.quoted(m.start) and m.role != "possessor"
    ]
    if not here or not here[0].named or not here[0].subject or here[0].plural:
        return None
    if {m.name for m in here} != {here[0].name} or _others_named(people, previous, here[0]):
        return None
    person = here[0]
    return None if gender and person.gender not in (gender, None) else person


def _others_named(people: People, sentence: Sentence, person: Mention) -> bool:
    """Whether a sentence may name someone besides ``person``, outside quotations, that
    its mentions leave out: a run of two capitalised words or more that is no
    organisation ("Bo Dole"), or a lone word of another person's name ("bashing
    Sanders")."""
    own = set(person.name.split())
    for match in name_run_matches(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if (start < person.end and person.start < end) or people.quoted(start):
            continue  # the person's own mention, or a name someone quoted says
        words = [w for w in match.group().split() if w.lower() not in _FUNCTION]
        if len(words) >= 2 and not any(w.lower() in ORGANISATION_WORDS for w in words):
            return True
        word = _POSSESSIVE.sub("", words[0]) if len(words) == 1 else ""
        if word and word not in own and people.knows_person(word):
            return True
    return False
