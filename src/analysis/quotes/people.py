"""People and sources of an article: names as the article gives them most fully, their
gender where the text shows it, their role, and where each is mentioned.

A *mention* is a named person ("Madeleine Albright", "Mr. Vance") or a described source
("a Ford spokeswoman") at an offset of the article's text. Pronouns and role nouns ("the
spokeswoman") are resolved against the mentions before them.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from analysis.article import Article, Paragraph, Sentence
from analysis.language.english.affiliations import affiliation_words
from analysis.language.english.given_names import census_gender, ending_gender, world_gender
from analysis.language.english.speech import (
    KIN_WORDS,
    MESSAGE_NOUNS,
    REGNAL_TITLES,
    ROLE_KINDS,
    ROLE_NOUNS,
)
from analysis.language.english.titles import TITLE_ROLES
from analysis.patterns import compiled
from analysis.quotes.appositive_heads import up_to_head
from analysis.quotes.first_names import (
    SharedSurname,
    family_given_names,
    first_name_people,
    given_name_of,
    name_containing,
    paired_given_names,
    shared_surnames,
    written_in_full,
)
from analysis.quotes.gender_votes import (
    describes_one_of_sex,
    may_vote_against,
    outvote_names,
    owned_genders,
    unlisted_genders,
    vote_by_own_words,
)
from analysis.quotes.kin_named import kin_named
from analysis.quotes.marks import _quote_spans
from analysis.quotes.name_context import words_around
from analysis.quotes.name_runs import NameRun, name_runs
from analysis.quotes.names import (
    _OPENING_PRONOUN,
    _PRONOUN_SAID,
    _PRONOUN_SAID_WORDS,
    _TITLE_BEFORE,
    _lower_first,
    appositive_after,
    gender_of,
    names_end,
    surname_of,
)
from analysis.quotes.namesakes import (
    courtesy_gender,
    courtesy_sexes,
    namesake_by_order,
    primary_namesake,
    titles_allow,
)
from analysis.quotes.noun_phrases import plural_description, plural_subject
from analysis.quotes.organisations import it_refers_to, opening_company, opening_organisation

__all__ = ["Mention", "People", "courtesy_gender"]


@dataclass
class Mention:
    """A person or source mentioned at ``start`` (an offset of the article's text)."""

    start: int
    end: int
    name: str  # the fullest name, or the description as written
    named: bool
    gender: str | None = None
    plural: bool = False
    role: str | None = None
    subject: bool = False  # first mention of its sentence
    #: inside a phrase a preposition opens at its sentence's start ("Like Allen, ..."): no
    #: subject, and no clear referent for a he/she after it
    fronted: bool = False
    nouns: set[str] = field(default_factory=set)
    #: lower-case words the text puts right before the name and in its appositive
    #: ("cuban president" for "Cuban President Fidel Castro")
    context: tuple[str, ...] = ()


#: A comma, colon or quotation mark between a word and a name, the end of a sentence (a word
#: in lower case and a full stop: "the judge said. Maclean") or of a paragraph: no title
#: ("Sen." and "Gov." are).
_CLAUSE_BREAK = compiled(r"[,;:!?\"“”]\s|\b[a-z]+\.\s|\n")


#: An office a name is given right after it ("Bruce Boudreau, 66, was named the new coach").
_NAMED_AS = compiled(
    r"(?:,\s*\d{1,3},)?\s+(?:was|is|has\s+been|had\s+been)\s+(?:named|appointed|hired\s+as|"
    r"elected|chosen\s+as)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|interim\s+)?"
    r"(?P<office>(?:[a-z-]+\s+){0,2}[a-z-]+)\b"
)
_TESTIFYING = compiled(r"\b[Tt]estif(?:y|ies|ied|ying)\b")  # one who testifies: a witness
#: A relative clause of what someone did, set off after a name ("who caught the rookie"):
#: its nouns are what they acted on (not "who is the team captain").
_RELATIVE_ACT = compiled(
    r"(?:who|which|that)\s+(?!(?:is|was|are|were|has\s+been|had\s+been|became|becomes|"
    r"serves\s+as|served\s+as|remains|remained)\b)"
)
#: A description set off right before a name, a determiner first: "His lawyer, " (Sam Ortiz).
_SET_OFF_BEFORE = compiled(
    r"(?:^|[.;:]\s+|\s)(?:(?i:the|a|an|his|her|their|its|my|our)|[A-Z][\w'’-]*['’]s)\s+"
    r"(?P<words>(?:[\w.'’-]+\s+){0,3}[\w.'’-]+),\s*$"
)  # (or an owner's name: "Petrenko's granddaughter, ")
_START = operator.attrgetter("start")  # a mention's place: lists of mentions keep text order


_KIN = frozenset(KIN_WORDS)


class People:
    """The people an article names, found once; pronouns and surnames resolved against them."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self._gender: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._sentence_starts = [s.start for s in article.sentences]
        self._by_last_word: dict[str, list[Mention]] = {}
        self._quotations: list[tuple[int, int]] | None = None  # see quoted
        self._quote_spans: dict[int, list[tuple[int, int, int, int | None]]] = {}
        self._inside: set[int] | None = None  # see inside_quotation: sentence starts
        self._titled = courtesy_sexes(article.text)  # surnames after Mr., Mrs.: _may_extend
        self._find_named()
        self._find_kin_named()
        self._infer_gender_from_pronouns()

    # -- names -------------------------------------------------------------------------
    def _find_named(self) -> None:
        shared = shared_surnames(self.article.text)  # "Dale and Kevin Wiebe"
        found, genders = name_runs(self.article, shared=shared)
        for name, gender in genders.items():
            self._gender.setdefault(name, gender)
        self._add_named(found, shared)

    def _add_named(self, found: list[NameRun], shared: list[SharedSurname]) -> None:
        """Mentions from the runs: each with the fullest name the article gives it (a lone
        word only when a full name explains it), its context, role nouns and gender."""
        full_names = [" ".join(w) for _, _, w, kind in found if len(w) >= 2]
        distinct: dict[str, set[str]] = {}
        for full in full_names:
            distinct.setdefault(surname_of(full), set()).add(full)
        self._full_by_surname: dict[str, list[tuple[int, list[str]]]] = {}
        for start, _, words, _ in found:
            if len(words) >= 2:
                self._full_by_surname.setdefault(surname_of(" ".join(words)), []).append(
                    (start, words)
                )
        surnames: dict[str, list[str]] = {}
        for name in full_names:
            surnames.setdefault(surname_of(name), []).append(name)
        # "Farid and Zarmina Rahimi ... Zarmina": a given name beside a known one
        given = first_name_people(found, shared, paired=paired_given_names(self.article.text))
        members, family_sex = family_given_names(self.article.text, found)  # "the Vo sisters"
        for start, member in members.items():
            given.setdefault(start, member)
            if family_sex:
                self._gender.setdefault(member, family_sex)
        for start, end, words, kind in found:
            name = " ".join(words)
            if len(words) == 1 and name not in surnames:
                if (name := given.get(start, "")) == "":
                    continue  # a single capitalised word that no full name explains
            elif len(words) == 1:
                name = self._fullest_before(name, start, found)
            else:
                name = self._longest_ending(name, distinct.get(surname_of(name), ()))
            mention = Mention(
                start, end, name, named=True, subject=kind in {"subject", "single-subject"}
            )
            mention.fronted = kind in {"fronted", "single-fronted"}
            mention.context = words_around(self.article.text, start, end)
            mention.nouns = self._nouns_around(start, end)
            if (regnal := words[0].lower()) in REGNAL_TITLES:
                mention.nouns.add(regnal)  # "Pope Francis ... the Pope said"
            if sex := _sex_of(mention.nouns):  # "His granddaughter, Mairi Chisholm,": a woman
                self._gender.setdefault(name, sex)
            mention.gender = self._gender.get(name) or gender_of(name.split()[0])
            if kind in {"possessive", "single-possessive"}:
                mention.subject = False
                mention.role = "possessor"
            self._add(mention)

    def _nouns_around(self, start: int, end: int) -> set[str]:
        """Role and kin nouns the text puts next to a name: "great-uncle Lazaro Gonzalez",
        "Juan Miguel Gonzalez, the boy's father,"."""
        text = self.article.text
        # the two words before, in the name's phrase: not "to be president, Clinton said";
        # but a description set off before it is its own ("His lawyer, Sam Ortiz,")
        lead = text[max(0, start - 40) : start]
        set_off = _SET_OFF_BEFORE.search(lead) if lead.rstrip().endswith(",") else None
        before = (set_off["words"] if set_off else _CLAUSE_BREAK.split(lead)[-1]).split()[-2:]
        after = appositive_after(text, end)
        if after and _RELATIVE_ACT.match(after):
            after = None  # "Alejandro Kirk, who caught the rookie,": whom he acted on
        if named := _NAMED_AS.match(text, end):  # "Bruce Boudreau, 66, was named the new coach"
            after = f"{after or ''} {named['office']}"
        words = [w.lower().strip(".,'’") for w in before]
        words = [TITLE_ROLES.get(w, w) for w in words]  # "Sen." is a senator
        if after:  # up to its head: "the mother of the goalie" is no goalie
            words += [w.lower().strip(".,'’") for w in up_to_head(after).split()]
        # a long title before the name: "Director of the U.S. Federal Bureau of
        # Investigation (FBI) Louis Freeh"
        title = _TITLE_BEFORE.search(text[max(0, start - 120) : start])
        if title:
            words += [w.lower() for w in title.group().split()]
        if "vice" in words:  # "Vice President Joe Biden" is no "president"
            words = ["vice-president" if w == "president" else w for w in words]
        if _TESTIFYING.search(text, max(0, start - 40), min(len(text), end + 30)):
            words.append("witness")  # "Testifying by video, Sandra Klassen said": a witness
        # a message is what no person is ("According to the statement, Kelly met")
        return {w for w in words if (w in ROLE_NOUNS and w not in MESSAGE_NOUNS) or w in _KIN}

    def _find_kin_named(self) -> None:
        """People named by a given name alone after a kin word ("His wife, Farah, is
        studying"): a person, of the kin word's gender, so that a later "she" finds her
        rather than someone further back; the name alone after is that person again, and
        the name in full when written after ("his father, Jack, ... Jack Kavanagh died")."""
        full = [(m.start, m.name) for m in self.mentions if m.named and " " in m.name]
        for kin in kin_named(
            self.article, sentence_index=self.sentence_index, taken=self.between, full_names=full
        ):
            mention = Mention(kin.start, kin.end, kin.person, named=True)
            mention.gender = gender_of(kin.kin) or gender_of(kin.name)
            mention.subject = kin.subject
            mention.nouns = {kin.kin.lower()} & ROLE_NOUNS
            self._add(mention)
            for start, end, subject in kin.again:  # "His grandson, Liam, ... Liam, 19, is"
                again = Mention(start, end, kin.person, named=True, subject=subject)
                again.gender, again.nouns = mention.gender, mention.nouns
                self._add(again)

    def only_with_role(self, noun: str, at: int) -> Mention | None:
        """The one person the article describes by ``noun`` (a kin or role word), if there
        is exactly one; None when none or several are."""
        people = {m.name: m for m in self.mentions if m.named and noun in m.nouns}
        return next(iter(people.values())) if len(people) == 1 else None

    def _longest_ending(self, name: str, full_names: Iterable[str]) -> str:
        best = name
        for other in sorted(full_names):
            other_words = other.split()
            if len(other_words) > len(best.split()) and names_end(other, name):
                best = other
        return best

    def _fullest_before(self, surname: str, at: int, found: list[NameRun]) -> str:
        """The full name with this surname mentioned last before ``at`` (else first after);
        of several people who share it, the one named first (see :func:`primary_namesake`)."""
        full = self._full_by_surname.get(surname, [])
        before = [" ".join(w) for s, w in full if s < at]
        if len(set(before)) > 1:  # "The younger Thornton": the sibling told so, else
            text = self.article.text  # the one named first (of the sex a title shows)
            phrase = text[max(0, at - 12) : at + len(surname)]
            return namesake_by_order(phrase, surname, self.mentions, at, text) or (
                primary_namesake(before, text, courtesy_gender(text, at)) or before[-1]
            )
        # one name written one way before (else first after), of the sex titles show
        name = before[-1] if before else " ".join(full[0][1]) if full else surname
        if not full or not self._titled:
            return name
        at = self.article.text.find(surname, at)
        return name if self._may_extend(name, at, ahead=not before) else surname

    def _add(self, mention: Mention) -> None:
        if mention.named:  # kept in text order
            same = self._by_last_word.setdefault(surname_of(mention.name), [])
            bisect.insort(same, mention, key=_START)
        index = bisect.bisect_right(self._starts, mention.start)
        self._starts.insert(index, mention.start)
        self.mentions.insert(index, mention)

    def _infer_gender_from_pronouns(self) -> None:
        """A sentence that opens with He/She (or says "he said") after a sentence with one
        named person gives that person's gender, unless a title did ("Mrs."); twice, it
        outweighs a list of first names ("Jean Tremblay ... He has never been this worried
        ... Tremblay walks between the stalls. '...,' he says": a man)."""
        votes: dict[str, Counter[str]] = {}
        sentences = self.article.sentences
        for index, sentence in enumerate(sentences):
            pronoun = _OPENING_PRONOUN.match(sentence.text)
            if pronoun and self.quoted(sentence.start + pronoun.start(1)):
                pronoun = None  # 'She doesn't listen," he says.': the quotation's she
            inner = (
                _PRONOUN_SAID.search(sentence.text)
                if any(said in sentence.text for said in _PRONOUN_SAID_WORDS)
                else None
            )
            word = pronoun or inner
            if word is None or index == 0 or self.inside_quotation(sentence):
                continue  # (a he or she inside a quotation is the speaker's)
            previous = self._sentence_before(index)
            if previous is None:
                continue
            first = bisect.bisect_left(self._starts, previous.start)
            last = bisect.bisect_left(self._starts, previous.end)
            named = [m for m in self.mentions[first:last] if m.named and m.role != "possessor"]
            gender = "m" if word.group(1).lower() == "he" else "f"
            if len({m.name for m in named}) == 1 and not describes_one_of_sex(
                previous.text, gender
            ):
                name = named[0].name  # (not "... said the man passed notes. He was arrested")
                self._gender.setdefault(name, gender)
                speaks = named[0].subject or bool(  # (or the speaker an inverted verb names:
                    _SAID_BEFORE.search(self.article.text, named[0].start - 60, named[0].start)
                )  # '"...," said chief executive Alexis von Hoensbroech. He said')
                if named[0].gender == gender or (  # a vote against a name's gender only from
                    speaks and may_vote_against(previous.text, sentence.text, gender)
                ):  # the subject, in a sentence with no he/she of its own
                    votes.setdefault(name, Counter())[gender] += 1
        for name, gender in owned_genders(self.mentions, self.article.text).items():
            self._gender.setdefault(name, gender)  # "Chao and his wife": a man's
        vote_by_own_words(self.mentions, self.article.text, votes)
        outvote_names(self.mentions, votes, self._gender, self.article.text)
        self._gender.update(unlisted_genders(votes, self._gender))
        for mention in self.mentions:
            if mention.named and mention.gender is None:  # the article's evidence first
                mention.gender = self._gender.get(mention.name) or _census(mention.name)

    def _sentence_before(self, index: int) -> Sentence | None:
        """The sentence before the one at ``index``, past those wholly inside a quotation:
        the one before '"I feel good. I'm moving well," he said' is the one before "I feel
        good."."""
        for sentence in reversed(self.article.sentences[:index]):
            if not self.inside_quotation(sentence):
                return sentence
        return None

    # -- resolution -------------------------------------------------------------------
    def fullest(self, name: str, at: int, *, gender: str | None = None) -> str:
        """The fullest form of a name at ``at``: a surname becomes the full name mentioned
        last before it ("Albright" -> "Madeleine Albright"); of several people who share it,
        the one :func:`primary_namesake` picks (of ``gender``, a courtesy title's, when given)."""
        words = name.split()
        same = self._by_last_word.get(surname_of(name), [])
        # the last one named so before ``at``, else the first after it (text order: look
        # back from ``at``, not through every mention of the name)
        cut = bisect.bisect_right(same, at, key=_START)
        order = itertools.chain(range(cut - 1, -1, -1), range(cut, len(same)))
        chosen = next((same[i] for i in order if names_end(same[i].name, name)), None)
        if chosen is None:
            if len(words) > 1:
                return name
            return (
                name_containing(self.mentions, name, at)
                or written_in_full(self.article.text, name, at)
                or given_name_of(self.mentions, name, at)
                or name
            )
        if len(words) == 1 and (
            primary := primary_namesake([m.name for m in same[:cut]], self.article.text, gender)
        ):
            return primary  # "Carly Fiorina ... Frank Fiorina ... Fiorina said": Carly
        if not self._titled or len(words) > 1:
            pass  # (no courtesy title in the article: nothing to weigh)
        elif len(chosen.name.split()) > 1:
            if not self._may_extend(chosen.name, at, gender):
                return name  # "Melania Trump ... Mr. Trump said": not her
        elif gender is not None:
            # "Michelle Obama ... Mr. Obama said ... Mrs. Obama said": the one of her sex
            fitting = {
                m.name for m in same if " " in m.name and self._may_extend(m.name, at, gender)
            }
            if len(fitting) == 1:
                return fitting.pop()
        return chosen.name if len(chosen.name.split()) >= len(words) else name

    def _may_extend(
        self, full: str, at: int, courtesy: str | None = None, *, ahead: bool = False
    ) -> bool:
        """Whether the surname at ``at`` may stand for ``full`` (:func:`titles_allow`)."""
        titles = self._titled.get(full.split()[-1])
        return not titles or titles_allow(
            self.article.text, titles, full, at, courtesy, sex=self._gender.get(full), ahead=ahead
        )

    def register(
        self,
        start: int,
        end: int,
        name: str,
        *,
        named: bool,
        role: str | None,
        group: bool = False,
    ) -> None:
        """Record a source found by an attribution (named, or described: "a Ford
        spokeswoman"; a ``group`` of people named together: "Mary Ives and Tom Reed"), so
        that later pronouns and role nouns can refer to it."""
        if group:
            mention = Mention(start, end, name, named=False, plural=True, subject=True)
            self._add(mention)
            return
        for existing in self.between(start - 200, end):
            if existing.role == "possessor":
                continue  # "Lee's husband" is the husband, not Lee
            if existing.start <= start < existing.end or start <= existing.start < end:
                existing.subject = True  # the speaker of an attribution is its clause's subject
                return
        words = name.lower().split()
        mention = Mention(start, end, name, named=named, role=role, subject=True)
        mention.gender = self._gender.get(name) or gender_of(name if not named else name.split()[0])
        if named and mention.gender is None:
            mention.gender = _census(name)
        if not named:
            mention.gender = gender_of(name)
            mention.plural = plural_description(words)
        mention.context = tuple(w.strip(".,'’") for w in f"{role or ''} {name}".lower().split())
        # a description's own nouns, before whom it serves: "a spokesperson for the housing
        # ministry" is no ministry ("The ministry said" after it is not the spokesperson)
        own = mention.context if named else itertools.takewhile(_not_served, mention.context)
        mention.nouns = set(own) & ROLE_NOUNS
        self._add(mention)

    def quote_spans(self, paragraph: Paragraph) -> list[tuple[int, int, int, int | None]]:
        """The quotations of one of the article's paragraphs, as :func:`_quote_spans` gives
        them (offsets into the paragraph), read once per paragraph for every reader."""
        spans = self._quote_spans.get(paragraph.start)
        if spans is None:
            spans = self._quote_spans[paragraph.start] = _quote_spans(paragraph.text)
        return spans

    def quoted(self, at: int) -> bool:
        """Whether ``at`` is inside a quotation (marks included), as the extractor reads them
        paragraph by paragraph."""
        if self._quotations is None:
            self._quotations = [
                (paragraph.start + open_at, paragraph.start + (close or text_end))
                for paragraph in self.article.paragraphs
                for open_at, _, text_end, close in self.quote_spans(paragraph)
            ]
        index = bisect.bisect_right(self._quotations, (at, len(self.article.text))) - 1
        return index >= 0 and self._quotations[index][0] <= at < self._quotations[index][1]

    def inside_quotation(self, sentence: Sentence) -> bool:
        """Whether a sentence lies wholly inside one quotation (marks included): a sentence
        of someone's words ("I feel good." in '"I feel good. I'm moving well," he said')."""
        if self._inside is None:  # every sentence at once: one walk along the quotations
            self.quoted(0)  # reads the quotations once
            assert self._quotations is not None
            quotations, at, inside = self._quotations, 0, set()
            for each in self.article.sentences:
                while at < len(quotations) and quotations[at][1] <= each.start:
                    at += 1
                if (
                    at < len(quotations)
                    and quotations[at][0] <= each.start < each.end <= (quotations[at][1])
                ):
                    inside.add(each.start)
            self._inside = inside
        return sentence.start in self._inside

    def quoted_in_sentence(self, at: int, *, whole: bool = False) -> str:
        """The quoted words of the sentence that holds ``at``, joined by spaces ("" when it
        quotes nobody); with ``whole``, each of its quotations whole ('"There are two Donald
        Trumps. There's the one ...," the neurosurgeon said': its first sentence too)."""
        index = self.sentence_index(at)
        if index is None:
            return ""
        sentence = self.article.sentences[index]
        self.quoted(at)  # reads the quotations once
        assert self._quotations is not None
        text = self.article.text
        start, end = (0, len(text)) if whole else (sentence.start, sentence.end)
        overlapping = (q for q in self._quotations if q[0] < sentence.end and sentence.start < q[1])
        return " ".join(text[max(a, start) : min(b, end)] for a, b in overlapping)

    def role(self, noun: str, at: int, *, modifiers: tuple[str, ...] = ()) -> Mention | None:
        """The source "the <modifiers> <noun>" refers to: the last mention before ``at``
        described by that noun or one of its kind ("the spokeswoman" -> "a Ford
        spokeswoman"; "the premier" -> "Ontario Premier Doug Ford"). Proper modifiers must
        be among the words that describe the person: "the FBI chief" is "FBI Director Louis
        Freeh" or "Director of the Federal Bureau of Investigation (FBI) Louis Freeh"; "the
        Russian leader" is nobody when only "President Joe Biden" is named. Of several so
        described, the one mentioned last, by any name ("Sen. Elizabeth Warren ... Sen.
        Bernie Sanders ... Maddow tried to press Warren, but the senator insisted": Warren)."""
        kinds = ROLE_KINDS.get(noun, frozenset({noun}))
        wanted = affiliation_words(modifiers)
        before = [m for m in self.mentions if m.start < at]
        described = {
            m.name: m
            for m in before
            if kinds & m.nouns and (not wanted or wanted <= affiliation_words(m.context))
        }
        return next((described[m.name] for m in reversed(before) if m.name in described), None)

    def plural(self, at: int) -> Mention | None:
        """The group a "they" at ``at`` refers to, nearest first: a plural source named earlier
        in its own sentence or in one of the two before it, or the plural subject a sentence
        before opens with ("Residents of the area were relieved. ... they said"). None when
        no group of people is that near."""
        index = self.sentence_index(at)
        if index is None:
            return None
        sentences = self.article.sentences
        for position in range(index, max(-1, index - 3), -1):
            sentence = sentences[position]
            limit = at if position == index else sentence.end
            named = [m for m in self.between(sentence.start, limit) if m.plural]
            if named:
                subjects = [m for m in named if m.subject]
                return (subjects or named)[0]
            if position < index and (group := plural_subject(sentence.text)):
                start = sentence.start + sentence.text.index(group)
                return Mention(start, start + len(group), _lower_first(group), named=False,
                               plural=True, subject=True)  # fmt: skip
        return None

    def organisation_before(self, at: int) -> str | None:
        """What an "it" at ``at`` refers to (see :func:`it_refers_to`), or None."""
        index = self.sentence_index(at)
        return it_refers_to([s.text for s in self.article.sentences[: index or 0]])

    def organisation_reported(self, at: int) -> str | None:
        """The organisation that opens the sentence of a speaker phrase at ``at`` written
        after what it reports and a comma ("Amazon.com Inc. will build a centre, the company
        announced"), if one does."""
        index = self.sentence_index(at)
        if index is None:
            return None
        head = self.article.text[self.article.sentences[index].start : at].rstrip()
        if not head.endswith(","):
            return None
        return opening_organisation(head) or opening_company(head)

    def sentence_index(self, at: int) -> int | None:
        """Index of the sentence that holds offset ``at`` (None outside every sentence)."""
        index = bisect.bisect_right(self._sentence_starts, at) - 1
        sentences = self.article.sentences
        if index < 0 or at >= sentences[index].end:
            return None
        return index

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self.mentions[low:high]

    def knows(self, word: str) -> bool:
        """Whether the article names someone with this word in their name."""
        return any(m.named and word in m.name.split() for m in self.mentions)

    def knows_person(self, word: str) -> bool:
        """Whether the article names someone with this word in their name and shows them a
        person: a gender from a title, a kin word, a pronoun or a first name ("Mélanie Joly";
        not "Metro Research")."""
        return any(m.named and m.gender and word in m.name.split() for m in self.mentions)

    def remember_role(self, name: str, role: str | None) -> None:
        if role and name not in self._roles:
            self._roles[name] = role

    def role_of(self, name: str) -> str | None:
        """The role or affiliation the article gives a person, if any."""
        return self._roles.get(name)


#: An inverted speech verb and the role words between it and a name: "said chief executive ".
_SAID_BEFORE = compiled(r"\b(?:said|says|added|adds|wrote|writes)\s+(?:[a-z-]+\s+){0,4}$")


def _not_served(word: str) -> bool:
    """Whether a description's word comes before whom it serves ("for", "to", "of")."""
    return word not in {"for", "to", "of", "at", "with", "from"}


def _census(name: str) -> str | None:
    """The sex of a name's first word by the census, by a woman's ending ("Kellyanne") or by
    the bearers of a name the census lacks ("Brayden")."""
    first = (name.split() or [""])[0]  # (the last resort, after titles, kin and pronouns)
    if not first:
        return None
    return census_gender(first) or ending_gender(first) or world_gender(first)


def _sex_of(nouns: Iterable[str]) -> str | None:
    """The one sex the kin nouns beside a name show ("His granddaughter, Mairi Chisholm,"),
    if they show one and no other (not a role noun's: a woman may be a "spokesman")."""
    sexes = {gender_of(noun) for noun in nouns if noun in _KIN} - {None}
    return sexes.pop() if len(sexes) == 1 else None
