"""What the text around a name says of its person's sex (analysis.quotes.gender_votes),
read by hand."""

from __future__ import annotations

from analysis.article import parse_article
from analysis.quotes.gender_votes import owned_genders
from analysis.quotes.people import People


def _owned(body: str) -> dict[str, str]:
    article = parse_article(f"A headline\n\n{body}\n")
    return owned_genders(People(article).mentions, article.text)


def test_his_or_her_right_after_a_name_shows_its_persons_sex():
    assert _owned("Elaine Chao and her husband left early. Robin Ortiz and his wife stayed.") == {
        "Elaine Chao": "f",
        "Robin Ortiz": "m",
    }
    # set off by a comma: the name's own lawyer
    assert _owned('"We will appeal," Quill Marrow, her lawyer said.') == {"Quill Marrow": "f"}


def test_her_as_a_verbs_object_shows_no_one():
    # "told her" is whom he told, not what the name owns
    assert _owned("Robin Ortiz told her the vote was over.") == {}


def test_a_speakers_own_he_after_any_speech_verb_outvotes_a_census_name(speakers):
    body = (
        "Mackenzie Hughes holed a birdie putt on Sunday to win the Canadian Open.\n\n"
        '"I think," Hughes said, pausing to collect himself, "I need a minute."\n\n'
        '"Nobody deserved it more," Corey Conners said.\n\n'
        'Hughes conceded that he had "no idea" where his tee shot had gone. He joked that '
        'his caddie had found it "in a backyard."'
    )
    # "Mackenzie" is mostly women's in the census: the he went to Conners; "conceded that
    # he" and "said, pausing to collect himself" are two votes for a man
    assert speakers(body)[-2:] == ["Mackenzie Hughes", "Mackenzie Hughes"]


def test_a_speakers_own_he_gives_a_sex_to_a_name_no_list_knows(speakers):
    # "Rémi" is in no list nor the census: the article's "Cormier says he" shows a man, so
    # the "he says" two sentences on finds him (was no one)
    assert speakers(
        "Rémi Cormier bends a strip of maple over a hot iron. Cormier says he has built more "
        "than 300 fiddles. Players from Cape Breton to Nashville own one.\n\n"
        '"Every piece of wood sings differently," he says.'
    ) == ["Rémi Cormier", "Rémi Cormier"]


def test_unlisted_genders_needs_every_vote_for_one_sex_and_a_name_no_list_knows():
    from collections import Counter

    from analysis.quotes.gender_votes import unlisted_genders

    votes = {
        "Rémi Cormier": Counter(m=2),
        "Gaëtan Roy": Counter(m=1, f=1),  # the votes disagree: no sex
        "Julie Arsenault": Counter(m=1),  # a woman's name on the lists: theirs to tell
        "Remi Gaillard": Counter(f=1),  # a title or kin word gave one already: it stays
    }
    assert unlisted_genders(votes, {"Remi Gaillard": "m"}) == {"Rémi Cormier": "m"}


def test_a_main_clause_he_or_she_after_the_names_subordinate_clause_votes(speakers):
    # "When Harpreet Sidhu retired ..., she lasted": her sex, so the "she said" two sentences
    # on finds her (was no one: a name no list knows)
    assert speakers(
        "SURREY, B.C. — When Harpreet Sidhu retired after 34 years of teaching, she lasted "
        "three weeks before she went back to work.\n\nNow the 66-year-old runs a free "
        'tutoring room. About 40 students come.\n\n"Kids fail because somebody stopped '
        'explaining," she said.'
    ) == ["Harpreet Sidhu"]


def test_he_after_an_inverted_speakers_sentence_votes_against_a_shared_name(speakers):
    # '"...," said chief executive Alexis von Hoensbroech. He said': a man, though the lists
    # call "Alexis" a woman's name (was no one: only a subject's he voted)
    assert speakers(
        'CALGARY — WestJet will fly to Tokyo.\n\n"Asia is growing," said chief executive '
        "Alexis von Hoensbroech. He said the airline would use Boeing 787s."
    ) == ["Alexis von Hoensbroech", "Alexis von Hoensbroech"]


def test_a_he_after_a_report_about_a_man_gives_the_reporter_no_sex(speakers):
    # "Const. Dani McKinnon said the man passed notes ... He was arrested ..., she said":
    # the He is the man's (was a vote that made Dani McKinnon a man, and the she nobody's)
    body = (
        "WINNIPEG — Police have arrested a man.\n\n"
        "Const. Dani McKinnon said the man passed notes to tellers and never showed a weapon. "
        "He was arrested Tuesday at a motel on Pembina Highway after a tip from the public, "
        "she said."
    )
    assert speakers(body) == ["Dani McKinnon", "Dani McKinnon"]


def test_describes_one_of_sex():
    from analysis.quotes.gender_votes import describes_one_of_sex

    assert describes_one_of_sex("Reyes said the man passed notes.", "m")
    assert describes_one_of_sex("They found a young woman there.", "f")
    assert not describes_one_of_sex("Reyes said the man passed notes.", "f")
    assert not describes_one_of_sex("The manager's plan failed.", "m")


def test_a_speakers_own_he_after_the_comma_of_an_appositive_votes():
    # "One of the two Democrats, Rep. Shelley Batts, said he had heard": his own (was no
    # vote: only a name and its relative clause were read so)
    from collections import Counter

    from analysis import parse_article
    from analysis.quotes.gender_votes import vote_by_own_words
    from analysis.quotes.people import People

    text = (
        "One of the two Democrats who voted for it, Rep. Shelley Batts, said he had heard "
        "from parents. Ann Reyes said she was tired."
    )
    people = People(parse_article(f"date 2016-01-15 Headline\n\n{text}\n"))
    votes: dict[str, Counter[str]] = {}
    vote_by_own_words(people.mentions, people.article.text, votes)
    assert votes == {"Shelley Batts": Counter(m=1), "Ann Reyes": Counter(f=1)}
