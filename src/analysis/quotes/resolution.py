"""Speakers from speaker phrases ("Stoltenberg", "he", "the lanky, bespectacled professor",
"a Ford spokeswoman") resolved to the person or source each names — the fullest name the
article gives, the source a role noun or a pronoun refers to — with the mention's extent and
how it was resolved (the quotes table's evidence columns)."""

from __future__ import annotations

import re

from analysis.document import Document
from analysis.language.english.calendar import MONTH_NAMES, WEEKDAY_NAMES
from analysis.language.english.given_names import census_gender
from analysis.language.english.speech import (
    COMPANY_NOUNS,
    COMPANY_ONLY_NOUNS,
    NEAR_WORDS,
    PUBLIC_BODY_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SURNAME_ORGANISATION_WORDS,
    TITLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.ages import AGED, age_given, aged_before, teen_before
from analysis.quotes.epithets import epithet_person, stands_for_someone_named, telling_modifiers
from analysis.quotes.finite import _has_finite
from analysis.quotes.first_names import first_name_shown
from analysis.quotes.heads import described_head, headed_by
from analysis.quotes.kin_owners import KIN_INVERSES, kin_by_relative, owned_kin
from analysis.quotes.names import (
    _is_title,
    run_goes_on,
    set_off_name,
    split_name,
)
from analysis.quotes.namesakes import courtesy_gender, namesake_by_order, sibling_by_order
from analysis.quotes.openings import without_dateline
from analysis.quotes.organisations import (
    companies_introduced,
    company_shortened,
    without_kind,
)
from analysis.quotes.people import Mention, People
from analysis.quotes.pronouns import referent
from analysis.quotes.quotation import _UNRESOLVED, RESOLVED_BY, _Resolved
from analysis.quotes.salience import Standing, sex_said_of_self
from analysis.quotes.speaker_phrases import (
    _PRONOUN_OWNER,
    after_title_or_kind,
    before_publishing,
    cleaned,
    published_where,
    untitled_owner,
    up_to_speech_verb,
)
from analysis.quotes.speaker_shape import plural_role
from analysis.quotes.word_spans import whole_word_spans

__all__ = ["RESOLVED_BY"]
_POSSESSIVE_ROLE = compiled(
    r"^(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s|the\s+boy['’]s|the\s+girl['’]s|"
    r"his|her)\s+"
    r"(?:\w+\s+)?(?P<noun>father|mother|son|daughter|brother|sister|uncle|aunt|great-uncle|"
    r"great-aunt|grandmother|grandfather|wife|husband|cousin|lawyer|attorney|spokesman|"
    r"spokeswoman)$",
    re.I,
)
#: Two people named together at the end of a speaker phrase ("Gillingham and Smyth",
#: "Mayor Ann Reyes and Chief Tom Li", "Sarah and Tom Miller", "Reyes and Li both", "two
#: teachers, Mary Ives and Tom Reed"): they speak together (see ``_Speakers._pair``).
_TWO_NAMES = compiled(r"(?:^|,\s*)(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+?)(?:\s+both)?$")
#: Two names joined by "and" ("Loblaw and Walmart"); a title or a role in a phrase.
_NAME_RUN = r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*"
_NAMES_JOINED = compiled(rf"(?!The\s){_NAME_RUN}\s+and\s+{_NAME_RUN}")
_TITLE_WORD = compiled(rf"\b(?i:{alternation(TITLES | ROLE_NOUNS)})\b")
#: A sentence's full stop after a phrase's last word (not an initial's or a title's period).
_SENTENCE_STOP = compiled(r"(?<=[a-z]{3})\.$")
#: A source described by a definite role noun, with up to four modifiers ("the professor",
#: "the lanky, bespectacled professor", "the former Cuban leader").
_DEFINITE_ROLE = compiled(r"^(?:the|this|that)\s+(?:[\w.'’-]+,?\s+){0,4}(?P<noun>[\w-]+)$", re.I)
#: A description a place's name owns: "Canada's largest grocer" (of a company, see
#: ``_Speakers._company_before``).
_OWNED_BY_PLACE = compiled(r"^[A-Z][\w.-]*['’]s\s+(?:[\w.'’-]+,?\s+){0,4}(?P<noun>[\w-]+)$")
#: A description set off by commas right after a name: ", the mayor of Springfield,".
_APPOSITIVE_AFTER = compiled(
    r"\s*,\s*(?:the|a|an)\s+(?P<role>[^,.;:“”\"()]{2,60}?)\s*(?:,|[.;]|$)", re.I
)
#: A description set off by a comma right before a name: "the mayor of Springfield, ".
_APPOSITIVE_BEFORE = compiled(
    r"(?<![\w'’-])(?:the|a|an)\s+(?P<role>[^,.;:“”\"()]{2,60}?),\s*$", re.I
)
#: Endings of nouns for people ("teacher", "economist", "historian", "resident").
_PERSON_NOUN = compiled(r"(?:er|or|ist|ian|man|woman|ent|ant|ee)s?$")


#: Words of a time: a phrase made of them only ("Sunday morning", "last week") is no source.
_TIME_WORDS = (
    frozenset(WEEKDAY_NAMES)
    | frozenset(MONTH_NAMES)
    | frozenset(
        "today yesterday tonight tomorrow morning afternoon evening night week weekend month "
        "year last this next early late".split()
    )
)
#: Personal pronouns: a phrase that opens with one is a clause, never a description.
_PERSONAL = frozenset("he she it they i we you him them".split())
#: A one-word description that describes no one: a conjunction or connective left in front of
#: a speech verb ("Or, as Tom Ridge put it", "Then"), a gerund opening a clause ("After
#: casting doubt ..."), markup or a stray mark ("<", ")"), a pronoun that is no subject
#: ("as described by her"). (A capitalised word in -ing may be a surname, "Manning said":
#: names are not checked against it.)
_NO_ONE = compiled(
    r"^(?:or|and|but|nor|so|yet|then|still|thus|also|now|[a-z]+ing|[^a-z]*|"
    r"her|his|its|their|our|my|your|him|them|us|me)$",
    re.IGNORECASE,
)


#: A role or kin word and the preposition that names whom it serves, right before a name:
#: "spokesman for", "an aide to President", "mother of": when the article shows that person
#: to be a person (or the name opens with a given name: "a spokesman for Charles Baker"), the
#: one described speaks, not them (a spokesman for an organisation speaks for it: "Metro
#: Research").
#: Titles before a name, a portfolio's capitalised words before an office among them
#: ("Industry Minister", "Foreign Affairs Minister").
_TITLES_BEFORE = (
    rf"(?:(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z][a-z]+\s+){{0,2}}(?i:{alternation(TITLES)}))\s+)*$"
)
_SERVES = compiled(
    rf"\b(?i:{alternation(ROLE_NOUNS | {n + 's' for n in ROLE_NOUNS})})\s+"
    # "of" only right before the name: "Secretary of State Madeleine Albright" is an office
    rf"(?:(?:for|to|on\s+behalf\s+of)\s+(?:the\s+)?{_TITLES_BEFORE}|of\s+(?:the\s+)?$)"
)
#: A role noun and "at" or "with" right before a name: where the one described works ("a
#: researcher at Université Laval", "Analysts at Goldman Sachs", "lawyers with Stikeman
#: Elliott"), never the person who speaks, whatever the name.
_WORKS_AT = compiled(
    rf"\b(?i:{alternation(ROLE_NOUNS | {n + 's' for n in ROLE_NOUNS})})\s+(?:at|with)\s+"
    r"(?:the\s+)?$"
)
#: "close to" or "familiar with" right before a name: "a person close to Mr. Trump", "people
#: familiar with Clinton's thinking" — whoever the name is, the one described speaks.
_CLOSE_TO = compiled(
    rf"\b(?:{alternation(NEAR_WORDS)})\s+(?:to|with)\s+(?:the\s+)?{_TITLES_BEFORE}"
)
#: A capitalised name ending the text before an appositive's comma.
_NAME_BEFORE_COMMA = compiled(r"\b(?P<name>[A-Z][\w.&'’-]*(?: (?:of )?[A-Z][\w.&'’-]*){0,5})$")
_TITLED = compiled(r"\b(?:titled|entitled)\s+[\"“'‘]?[A-Z]")


#: A lone capitalised word, after a courtesy title or not: "King", "Mr. King" — a surname
#: when the article names someone with it in full (see ``_role_surname``).
_ROLE_SURNAME = compiled(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<word>[A-Z][a-z]+)")


_RELATIVE_CLAUSE = compiled(r"\s+(?:who|which|whose|that)\s")
_ARTICLE_FIRST = compiled(r"^(The|A|An)\b")


class _Speakers:
    """Turns speaker phrases into speakers, remembering sources for later pronouns."""

    def __init__(self, doc: Document) -> None:
        self.people = People(doc.article)
        self.lower = doc.article.text.lower()
        #: each speaker phrase's name and role, read once per article ("Stoltenberg" nine times)
        self._names: dict[str, tuple[str | None, str | None]] = {}
        self._surnames: frozenset[str] | None = None
        self._clean: dict[str, str] = {}  # the same, for speaker phrases cleaned
        #: speaker phrases resolved to a person by a description or a pronoun
        self._standing: list[Standing] = []
        #: epithets of someone named that no rule linked to the name ("the Texas senator")
        self._unlinked: set[str] = set()

    def _cleaned(self, phrase: str) -> str:
        """:func:`~analysis.quotes.speaker_phrases.cleaned` ``phrase``, once per article."""
        if (found := self._clean.get(phrase)) is None:
            found = self._clean[phrase] = cleaned(phrase)
        return found

    def _split_name(self, phrase: str) -> tuple[str | None, str | None]:
        """:func:`split_name` of ``phrase``, once per article."""
        if (found := self._names.get(phrase)) is None:
            if self._surnames is None:  # "Per Bank": people whose surname is a bank's word
                self._surnames = frozenset(
                    last
                    for m in self.people.mentions
                    if m.named
                    and (last := m.name.split()[-1]).lower() in SURNAME_ORGANISATION_WORDS
                )
            found = self._names[phrase] = split_name(phrase, surnames=self._surnames)
        return found

    def _name_in(self, phrase: str) -> tuple[str | None, str | None]:
        """:meth:`_split_name` of a speaker phrase, but no name for a thing and its title ("a
        document titled Budget Outlook") nor where it was published ("a study published
        Thursday in the journal Environmental Science & Technology"), nor one of a kind ("The
        leader of a Yukon First Nation": the leader, unnamed)."""
        named = published_where(phrase)
        name, role = (None, None) if _TITLED.search(named) else self._split_name(named)
        return (None, None) if role and role.endswith((" of a", " of an")) else (name, role)

    def _extent(self, phrase: str, at: int, written: str) -> tuple[int | None, int | None]:
        """Where the cleaned ``phrase`` stands in the text: inside the phrase ``written`` at
        ``at``, else the nearest occurrence in the sentence of ``at``; (None, None) when the
        text does not hold it as written."""
        text = self.people.article.text
        if not phrase:
            return None, None
        for form in (phrase, _PRONOUN_OWNER.get(phrase.lower())):  # "Her verdict": "Her"
            if form and (
                found := whole_word_spans(text, self.lower, form, at, at + len(written) + 1)
            ):
                return found[0]
        index = self.people.sentence_index(at)
        if index is None:
            return None, None
        sentence = self.people.article.sentences[index]
        matches = whole_word_spans(text, self.lower, phrase, sentence.start, sentence.end)
        if not matches:
            return None, None
        return min(matches, key=lambda m: abs(m[0] - at))

    def _appositive(self, start: int, end: int) -> str | None:
        """The description the text sets beside a name at ``[start, end)`` in its sentence
        (", the mayor of Springfield," after it, or "the mayor of Springfield, " before it),
        when it describes a person: a role noun or a noun for people in it."""
        index = self.people.sentence_index(start)
        if index is None:
            return None
        sentence = self.people.article.sentences[index]
        text = self.people.article.text
        found = _APPOSITIVE_AFTER.match(text, end, sentence.end)
        if found is None and (before := _APPOSITIVE_BEFORE.search(text, sentence.start, start)):
            lead = without_dateline(text[sentence.start : before.start()]).strip()
            # where a subject starts (the sentence's start, after an opening phrase's comma,
            # after an inverted speech verb: "said the mayor of Springfield, Maria Lopez"), a
            # phrase with no verb: not "Patting some of the kids on the head, Castro", "...
            # where three foreign ministers flanked her on the stage, Albright"
            opens = not lead or lead.endswith(",") or lead.split()[-1].lower() in SPEECH_VERBS
            found = before if opens and not _has_finite(before["role"]) else None
        if found is None:
            return None
        words = [w.lower().strip("'’") for w in found["role"].split()]
        if any(w in ROLE_NOUNS or w in TITLES or _PERSON_NOUN.search(w) for w in words):
            return found["role"]
        return None

    def _described_before(self, phrase: str, at: int) -> Mention | None:
        """The person named before ``at`` whom a definite description stands for: by a role
        ("the spokeswoman"; a proper modifier must match, "the Cuban leader", "former" need
        not) or by an age ("the 34-year-old": the person given that age, "Ann Reyes, 34,")."""
        if (teen := teen_before(self.people, phrase, at)) is not None:
            return teen  # "Seventeen-year-old Léa Roy ... the teenager"
        if aged := AGED.match(phrase):
            if (given := aged_before(self.people, aged["age"], at)) is not None:
                return given
            # "Oilers coach Ken Hitchcock ... the 67-year-old coach said": no one was given
            # that age; the role names them, if the article gives them no other age
            if len(phrase.split()) != 3:
                return None
            role = self._described_before("the " + phrase.split()[-1], at)
            return None if role is None or age_given(self.people, role.name, at) else role
        if (match := _DEFINITE_ROLE.match(phrase)) and plural_role(match["noun"].lower()):
            return None  # "the ministers said": more than one, never the one person named
        if (
            match
            and len(phrase.split()) == 2  # "Scott Thomas, whose son ..., the father"
            and (kin := kin_by_relative(self.people, match["noun"].lower(), at)) is not None
        ):
            return kin
        if match and match["noun"].lower() in ROLE_NOUNS:
            noun = match["noun"].lower()
            if noun == "president" and phrase.lower().split()[-2] == "vice":
                noun = "vice-president"  # "the vice president": no president
            modifiers = telling_modifiers(phrase.split()[1:-1])
            mention = self.people.role(noun, at, modifiers=modifiers)
            if mention is not None and noun in COMPANY_ONLY_NOUNS and mention.gender:
                return None  # "Ann Li, a founder of the company, ... the company said": no her
            return mention if mention is not None and mention.start < at else None
        if match and len(phrase.split()) == 2 and match["noun"].isalpha():
            return headed_by(self.people, match["noun"].lower(), at)  # "the captain", "the goalie"
        if (head := described_head(phrase)) is not None:
            return headed_by(self.people, head, at)  # "the old trainer"
        return None

    def _person_described(
        self, phrase: str, at: int, start: int | None, end: int | None
    ) -> _Resolved | None:
        """The person named before whom a description at ``at`` (its extent ``start`` to
        ``end``) stands for, if any: by birth order, a role, an age, an appositive, or as what
        the person the sentence before is about is, of the sex of a he/she after it."""
        text = self.people.article.text  # "the older sister": the one the article calls so
        if sibling := sibling_by_order(phrase, self.people.mentions, at, text):
            self._stand(start, end, at, sibling)  # (and a mention for a "she" after it)
            self.people.register(start or at, end or at, sibling.name, named=True, role=None)
            return _Resolved(sibling.name, phrase, "role", "earlier role", start, end)
        mention = self._described_before(phrase, at)
        if (sex := sex_said_of_self(text, at + len(phrase))) and mention:
            mention = None if mention.gender not in (None, sex) else mention
        if (
            mention is not None
            and not AGED.match(phrase)
            and not self._named_just_before(mention, at)
        ):
            # "Suzuki, the Canadiens captain, ... Tkachuk agreed. '...,' the captain said":
            # the subject of the sentence right before, when the role fits them too
            person = epithet_person(self.people, phrase, at, standing=self._standing, gender=sex)
            if person is not None and person.name != mention.name:
                self._stand(start, end, at, person)
                return _Resolved(person.name, phrase, "role", "subject before", start, end)
        if mention is not None:
            self._stand(start, end, at, mention)
            return _Resolved(mention.name, mention.role, "role", "earlier role", start, end)
        if (apposed := self._apposed_before(phrase, at)) is not None:
            # "Amazon.com Inc., the world's largest online retailer, ... the world's largest
            # online retailer said": the name that description was set beside, past its
            # titles ("Volunteer Ed Kowal, a retired firefighter,": Ed Kowal; not "Inc.")
            name, _ = self._split_name(apposed)
            named = name if name and apposed.endswith(f" {name}") else apposed
            return _Resolved(named, phrase, "role", "earlier role", start, end)
        person = epithet_person(self.people, phrase, at, standing=self._standing, gender=sex)
        if person is not None:
            self._stand(start, end, at, person)
            return _Resolved(person.name, phrase, "role", "subject before", start, end)
        return None

    def _named_just_before(self, mention: Mention, at: int) -> bool:
        """Whether ``mention`` is in the sentence of ``at`` or the one before it."""
        here, there = self.people.sentence_index(at), self.people.sentence_index(mention.start)
        return here is not None and there is not None and there >= here - 1

    def _stand(self, start: int | None, end: int | None, at: int, person: Mention) -> None:
        """Remember that the speaker phrase at ``start``-``end`` (at ``at`` when its extent
        is unknown) stands for ``person``."""
        begin = at if start is None else start
        self._standing.append((begin, end or begin, person))

    def _apposed_before(self, phrase: str, at: int) -> str | None:
        """The name a definite description of three words or more was set beside, as its
        appositive, before ``at``, with "the" or "a" ("Amazon.com Inc., the world's largest
        online retailer,"; "Jane Doe, a mother of three," for "the mother of three"), when it
        was set beside one name only."""
        words = phrase.split()
        if len(words) < 3 or words[0].lower() != "the":
            return None
        text, rest = self.people.article.text, " ".join(words[1:]).lower()
        names = set()
        for needle in (f", the {rest}", f", a {rest}", f", an {rest}"):
            found = self.lower.find(needle, 0, at)
            while found >= 0:
                after = found + len(needle)
                if text[after : after + 1] in {",", ".", ";"} and (
                    name := _NAME_BEFORE_COMMA.search(text, max(0, found - 80), found)
                ):
                    names.add(name["name"])
                found = self.lower.find(needle, after, at)
        return names.pop() if len(names) == 1 else None

    def _pair(self, first: str, second: str, at: int) -> tuple[str, str] | None:
        """The two people a speaker phrase names together, each by their fullest name
        ("Gillingham and Smyth" -> Scott Gillingham, Danny Smyth; "Sarah and Tom Miller" ->
        Sarah Miller, Tom Miller; "Trailing contenders Ted Cruz and John Kasich"), titles and
        descriptions before each dropped. None when a part does not end in a name, or names
        no one the article shows a person: a lone word, or a name after a description, needs
        that evidence ("Procter and Gamble", "Popular Christian and corporate speaker ...")."""
        words = first.split()
        if len(words) > 1 and _is_title(words[0].removesuffix(".").removesuffix("s")):
            first = " ".join(words[1:])  # "Professors Foner and Alba", "Sens. Cruz and Lee"
        names = [self._split_name(part)[0] for part in (first, second)]
        for part, name in zip((first, second), names, strict=True):
            if not name or not part.endswith(name):
                return None  # "his rivals", "the State Department": no name ends the part
            if len(name.split()) == 1 and not all(_is_title(w) for w in part.split()[:-1]):
                return None  # "many more Latinos": a lone word after more than titles
        one, two = (str(name) for name in names)
        plain = first == one and second == two and len(one.split()) > 1 < len(two.split())
        full = self.people.fullest(one, at)
        if len(full.split()) == 1 and len(two.split()) >= 2 and census_gender(one) is not None:
            one = f"{one} {two.split()[-1]}"  # "Sarah and Tom Miller": one family name
        if not plain and not all(
            self.people.knows_person(name.split()[-1]) or first_name_shown(name)
            for name in (one, two)
        ):
            return None
        return self.people.fullest(one, at), self.people.fullest(two, at)

    def _only_a_time(self, phrase: str) -> bool:
        """Whether a phrase is words of a time only ("Sunday", "last week"), and no surname the
        article gives ("May" after "Elizabeth May")."""
        words, word = phrase.lower().split(), phrase.strip(".,")
        return all(w.strip(".,'’") in _TIME_WORDS for w in words) and not (
            len(words) == 1 and any(m.name.split()[-1] == word for m in self.people.mentions)
        )

    def _role_surname(self, word: str, at: int) -> str | None:
        """A role word or a month's name that is the surname of a person the article names
        in full ("King" after "Rep. Steve King", "Nurse" after "Coach Nick Nurse", "May"
        after "Elizabeth May"), or None."""
        if not _is_title(word) and word.lower() not in _TIME_WORDS:
            return None
        full = self.people.fullest(word, at).split()
        if not self.people.knows_person(word):
            # "Kia Nurse scored ... said Nurse": the one full name written before, though no
            # list knows "Kia" (a bare role word speaking is a surname), not inside a longer
            # run of capitals ("Halifax Regional Police")
            text, written = self.people.article.text, " ".join(full)
            start = text.rfind(written, 0, at)
            fits = len(full) >= 2 and full[-1] == word and not run_goes_on(text, start)
            return written if fits else None
        return word if len(full) >= 2 and full[-1] == word else None

    def _describes_another(self, phrase: str, name: str) -> bool:
        """Whether a speaker phrase describes someone by the person named in it: a role for
        a person ("a spokesman for Joly", "an aide to President George W. Bush"), people of
        a role for anyone ("Hereditary chiefs of the Wet'suwet'en Nation": the chiefs speak),
        a role where it works (:data:`_WORKS_AT`),
        someone close to or familiar with anyone ("a person close to Mr. Trump")."""
        before = phrase.find(name)
        title = phrase[:before].split()[-1:]  # "for Industry Minister François-Philippe ..."
        if _WORKS_AT.search(phrase, 0, before):
            return True
        serves = _SERVES.search(phrase, 0, before)
        if serves and plural_role(serves.group().split()[0].lower()):
            return True
        if serves and (
            self.people.knows_person(name.split()[-1])
            or first_name_shown(name)
            or (bool(title) and title[0].lower().rstrip(".") in TITLES)  # a titled name
        ):
            return True
        return bool(NEAR_WORDS & set(phrase.split()) and _CLOSE_TO.search(phrase, 0, before))

    def resolve(self, phrase: str | None, at: int) -> _Resolved:
        """The speaker of a speaker phrase written at offset ``at``."""
        if not phrase:
            return _UNRESOLVED
        written = phrase
        phrase = self._cleaned(phrase)
        lower = phrase.lower()
        if lower in {"it", "he", "she", "they"}:
            return self._pronoun(lower, phrase, at, written)
        if not phrase or lower in {"who", "which", "that", "this", "we", "i", "you"}:
            return _UNRESOLVED
        if self._only_a_time(phrase):
            return _UNRESOLVED  # "Sunday", "Saturday morning", "last week": a time, no one
        phrase = up_to_speech_verb(phrase)
        phrase = _SENTENCE_STOP.sub("", phrase)  # "said the mayor, Maria Lopez."
        start, end = self._extent(phrase, at, written)
        if (both := _TWO_NAMES.search(phrase)) and (pair := self._pair(both["a"], both["b"], at)):
            names = " and ".join(pair)  # "two teachers, Mary Ives and Tom Reed"
            self.people.register(at, at + len(phrase), names, named=False, role=None, group=True)
            return _Resolved(names, None, "explicit", "group", start, end)
        if both and _NAMES_JOINED.fullmatch(phrase) and not _TITLE_WORD.search(phrase):
            # "Loblaw and Walmart": both, no person's ("Fisheries and Oceans Canada": one)
            return _Resolved(phrase, None, "explicit", "description", start, end)
        name, role = self._name_in(phrase)
        if name is not None and start is not None:
            name = set_off_name(name, phrase, self.people.article.text[max(0, start - 40) : start])
        surname = None
        if name is None and (surname := _ROLE_SURNAME.fullmatch(phrase)):
            name = self._role_surname(surname["word"], at)
        if name is not None and self._describes_another(phrase, name):
            name = None  # "a spokesman for Joly", "an aide to Clinton": the one described
        if (
            name is not None
            and not self.people.knows(name)
            and (company := company_shortened(self.people.article, name, at))
        ):
            return _Resolved(company, None, "explicit", "fuller name", start, end)  # "Vale"
        if (
            name is not None
            and len(name.split()) == 1
            and name != phrase  # "Lopez added": the whole subject of a speech verb is a name
            and not self.people.knows(name)
            and not after_title_or_kind(phrase, name)
        ):
            name = None  # "Web" in "an anti-abortion Web site": not a person we know
        if name is not None:
            if role is None and start is not None and end is not None:
                role = self._appositive(start, end)
            full = namesake_by_order(  # "the older Tkachuk"
                phrase, name, self.people.mentions, at, self.people.article.text
            ) or self.people.fullest(name, at, gender=courtesy_gender(phrase, phrase.find(name)))
            self.people.remember_role(full, role)
            self.people.register(at, at + len(phrase), full, named=True, role=role)
            written = surname["word"] if surname else name  # "Nurse" for "Kia Nurse"
            by = "fuller name" if len(full.split()) > len(written.split()) else "name"
            return _Resolved(full, role or self.people.role_of(full), "explicit", by, start, end)
        if (described := self._person_described(phrase, at, start, end)) is not None:
            return described
        phrase = _RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0]
        if (owned := self._possessive_role(phrase, at, written)) is not None:
            return owned
        phrase = without_kind(phrase)  # "English-rights group the Quebec ... Network"
        description = _ARTICLE_FIRST.sub(lambda m: m.group().lower(), phrase)
        # (a title's marks were blanked out; a comma a relative clause was cut at goes too)
        description = before_publishing(" ".join(description.split()).rstrip(" ,;:"))
        words = description.split()
        if len(words) > 12 or words[0].lower() in _PERSONAL:
            return _UNRESOLVED  # "He sat at the desk": a clause, not a description
        if len(words) == 1 and _NO_ONE.match(description.strip(".,;:()")):
            return _UNRESOLVED  # "Or", "casting", "<": no one
        start, end = self._extent(phrase, at, written)
        return self._description(description, at, len(phrase), start, end)

    def _pronoun(self, lower: str, phrase: str, at: int, written: str) -> _Resolved:
        """The speaker an "it", "he", "she" or "they" (``lower``) at ``at`` stands for: the
        organisation before an "it", the group before a "they", the one person a he/she
        refers to (:func:`~analysis.quotes.pronouns.referent`); unresolved when none."""
        start, end = self._extent(phrase, at, written)
        mention = None
        if lower == "it" and (subject := self.people.organisation_before(at)):
            return _Resolved(subject, None, "pronoun", "organisation", start, end)
        if lower == "they":
            mention = self.people.plural(at)
        elif lower != "it":
            mention = self._named_by_epithet(
                referent(self.people, lower, at, standing=self._standing),
                gender="m" if lower == "he" else "f",
            )
        if mention is None:
            how = "pronoun" if lower in {"he", "she"} else None
            return _Resolved(how=how, start=start if how else None, end=end if how else None)
        self._stand(start, end, at, mention)
        role = mention.role if mention.role != "possessor" else None
        return _Resolved(mention.name, role, "pronoun", "pronoun", start, end)

    def _named_by_epithet(self, mention: Mention | None, *, gender: str) -> Mention | None:
        """A he/she's referent, but for an unnamed epithet that could be someone named
        (:func:`~analysis.quotes.epithets.stands_for_someone_named`: "The retired teacher,
        88, has tutored ... '...,' she said") the person of the pronoun's ``gender`` it
        stands for, if sure, else no one."""
        if mention is None or mention.named:
            return mention
        if (teen := teen_before(self.people, mention.name, mention.start)) is not None:
            return teen if teen.gender in (None, gender) else None  # "The teenager ... she"
        if mention.name in self._unlinked or stands_for_someone_named(
            self.people, mention.name, mention.start
        ):
            found = epithet_person(self.people, mention.name, mention.start, gender=gender,
                                   standing=self._standing)  # fmt: skip
            return found if found is None or found.gender in (None, gender) else None
        return mention

    def _description(
        self, description: str, at: int, length: int, start: int | None, end: int | None
    ) -> _Resolved:
        """A speaker phrase no name was found for as its speaker: a company described
        before, or the description itself — but no one for an epithet that could be someone
        named ("the Texas senator" after Cruz and Rubio, nothing telling which: the
        description stays the role, its mention the evidence)."""
        if (company := self._company_before(description, at)) is not None:
            return _Resolved(company, description, "role", "organisation", start, end)
        self.people.register(at, at + length, description, named=False, role=None)
        if stands_for_someone_named(self.people, description, at):
            self._unlinked.add(description)
            return _Resolved(None, description, "role", None, start, end)
        speaker = untitled_owner(description, split=self._split_name)
        return _Resolved(speaker, None, "explicit", "description", start, end)

    def _possessive_role(self, phrase: str, at: int, written: str) -> _Resolved | None:
        """The one person the article describes by the kin or role noun of a possessive
        description ("the boy's father", "his lawyer", "Her mother": whose mother, see
        :func:`~analysis.quotes.kin_owners.owned_kin`), if any."""
        if (match := _POSSESSIVE_ROLE.match(phrase)) is None:
            return None
        noun = match["noun"].lower()
        mention = self.people.only_with_role(noun, at)
        if noun in KIN_INVERSES and phrase[:4].lower() in ("his ", "her "):
            mention = owned_kin(self.people, noun, at, mention)
        if mention is None:
            return None
        start, end = self._extent(phrase, at, written)
        self._stand(start, end, at, mention)  # a "she" after it: her again
        longer = {m.name for m in self.people.mentions if m.name.startswith(mention.name + " ")}
        name = longer.pop() if len(longer) == 1 else mention.name  # "Juan Miguel" in full
        return _Resolved(name, mention.role, "role", "earlier role", start, end)

    def _company_before(self, description: str, at: int) -> str | None:
        """The company a description of what a company is stands for ("The company said",
        "the world's largest online retailer"): the one that opens what it reports, before
        it in its sentence, else the one the sentence before opens with (no public body);
        else the one company the article has introduced, if only one (no person's name)."""
        match = _DEFINITE_ROLE.match(description) or _OWNED_BY_PLACE.match(description)
        if match is None or match["noun"].lower() not in COMPANY_NOUNS:
            return None
        company = self.people.organisation_reported(at) or self.people.organisation_before(at)
        if company is not None:
            return None if {w.lower() for w in company.split()} & PUBLIC_BODY_WORDS else company
        if (index := self.people.sentence_index(at)) is None:
            return None
        before = [s.text for s in self.people.article.sentences[:index]]
        companies = [
            name
            for name in companies_introduced(before)
            if not any(self.people.knows_person(word) for word in name.split())
        ]
        return companies[0] if len(companies) == 1 else None
