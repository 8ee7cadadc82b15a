"""Whom a lone surname stands for when several people share it
(``analysis.quotes.namesakes``), on made-up texts."""

from __future__ import annotations

import pytest

from analysis.quotes.namesakes import courtesy_sexes, may_stand_for, primary_namesake


def test_the_person_introduced_first_is_the_lone_surname():
    text = "Carly Fiorina spoke. Her husband, Frank Fiorina, sat nearby. Fiorina said no."
    assert primary_namesake(["Carly Fiorina", "Frank Fiorina"], text) == "Carly Fiorina"


def test_one_person_written_two_ways_is_no_choice_to_make():
    text = "Donald Trump spoke. Donald J. Trump signed. Trump left."
    assert primary_namesake(["Donald Trump", "Donald J. Trump"], text) is None
    assert primary_namesake(["Donald Trump"], text) is None


def test_someone_called_by_the_given_name_is_never_the_lone_surname():
    # the boy is "Elian" three times, "Gonzalez" alone once: the father is "Gonzalez"
    text = (
        "Elian Gonzalez played. Juan Miguel Gonzalez arrived. Elian smiled. Elian ran. "
        "Gonzalez said he missed Elian."
    )
    names = ["Elian Gonzalez", "Juan Miguel Gonzalez"]
    assert primary_namesake(names, text) == "Juan Miguel Gonzalez"


def test_a_courtesy_titles_gender_keeps_only_the_people_of_that_gender():
    text = "Bill Clinton spoke. Hillary Clinton spoke. Mrs. Clinton said no."
    names = ["Bill Clinton", "Hillary Clinton"]
    assert primary_namesake(names, text) == "Bill Clinton"
    assert primary_namesake(names, text, gender="f") == "Hillary Clinton"


def test_a_title_before_the_surname_is_the_surname_alone():
    # "Freddy" six times, "Donald" once, the surname alone (with "Mr.") twice: the brother is
    # "Freddy", and "Mr. Trump" the man named in full next (was neither: "Mr." was counted as
    # a given name, so both seemed to be called by their given names)
    text = (
        "Freddy Trump was the eldest. Donald J. Trump was younger. Donald was 8. Freddy flew "
        "planes. Freddy drank. Freddy left. Freddy died. Freddy was missed. Mr. Trump spoke. "
        "Mr. Trump said no."
    )
    names = ["Freddy Trump", "Donald J. Trump"]
    assert primary_namesake(names, text, gender="m") == "Donald J. Trump"


def test_the_courtesy_titles_of_a_surname_are_found_with_their_sex():
    text = "Mr. Trump met Mrs. Clinton, Ms Ray and Miss Lee. AMr. Fox is no title."
    assert courtesy_sexes(text) == {
        "Trump": [(0, "m")], "Clinton": [(14, "f")], "Ray": [(28, "f")], "Lee": [(39, "f")],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("full", "titled", "courtesy", "sex", "expected"),
    [
        ("Melania Trump", frozenset(), "m", None, False),  # "Mr. Trump": another person
        ("Donald Trump", frozenset(), "m", None, True),
        ("Michelle Obama", frozenset({"m"}), None, None, False),  # "Mr. Obama" since
        ("Michelle Obama", frozenset({"f"}), None, None, True),
        ("Giovanni Maria Vian", frozenset(), "m", None, True),  # the first given name's sex
        ("Xiu Nguyen", frozenset({"m"}), None, None, True),  # unknown sex: any
        ("Xiu Nguyen", frozenset({"m"}), None, "f", False),  # the sex the article shows
    ],
)
def test_a_surname_stands_for_a_full_name_of_its_titles_sex(full, titled, courtesy, sex, expected):
    assert may_stand_for(full, titled, courtesy, sex=sex) is expected


def test_a_surname_after_an_order_of_birth_is_the_sibling_the_article_calls_so(speakers):
    body = (
        "OTTAWA — Brady Tkachuk scored twice, getting the better of his older brother, "
        'Matthew.\n\nMatthew Tkachuk had a goal for Florida.\n\n"It was weird," Brady said.'
        '\n\nMatthew was less amused. "We gave them a point," the older Tkachuk said. "That '
        'one stings."\n\n"We won," the younger Tkachuk said.'
    )
    # were Brady, the first named (and the second piece no one's: "Tkachuk" inside the
    # attribution read as Brady, someone else named between)
    assert speakers(body) == [
        "Brady Tkachuk",
        "Matthew Tkachuk",
        "Brady Tkachuk",
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a parent and a son the article names by a kin word: the parent is the elder (was
        # None, the name left as any other)
        ("Walter Friesen farms. His son, Dale Friesen, helps.", "the elder Friesen",
         "Walter Friesen"),
        ("Dale Friesen helps on the farm with his father, owner Walter Friesen.",
         "the younger Friesen", "Dale Friesen"),
        # the kin word of another family before it is passed over
        ("Ann Lee watched with her daughter, Mia. Walter Friesen farms. His son, Dale "
         "Friesen, helps.", "the elder Friesen", "Walter Friesen"),
        # guard: a parent the kin word names who shares no surname with the two
        ("Walter Friesen farms. Ann Friesen rides. Her mother, Jo Lee, watched.",
         "the elder Friesen", None),
        # the other of two, when the article tells the order of one
        ("Ann Reyes won. Her younger sister, Mia, lost. Mia Reyes spoke.", "the older Reyes",
         "Ann Reyes"),
        # no order in the phrase: any other name
        ("Ann Reyes won. Her younger sister, Mia, lost. Mia Reyes spoke.", "Reyes", None),
        # one person named in full and a child or parent of theirs named by the given name
        # alone after a kin word (were the one named in full, the child's words his father's)
        ("Walter Dunphy opened his shop in 1979. His son Ryan took it over.",
         "the younger Dunphy", "Ryan"),
        ("Walter Dunphy opened his shop in 1979. His son Ryan took it over.",
         "the elder Dunphy", "Walter Dunphy"),
        ("Colleen Tobin came home. Her mother, Margaret, still keeps the light.",
         "the older Tobin", "Margaret"),
        ("Colleen Tobin came home. Her mother, Margaret, still keeps the light.",
         "the younger Tobin", "Colleen Tobin"),
        # guards: the kin word another's (the name before it); the given name someone's in full
        ("Walter Dunphy opened his shop. Bob Lee came too. His son Ryan took it over.",
         "the younger Dunphy", None),
        ("Walter Dunphy opened his shop. His son Ryan took it over. Ryan Gosling visited.",
         "the younger Dunphy", None),
        # the order told of the sibling of the one "his" or "her" stands for, no given name
        # after it (was None: the first named, a brother's words his brother's)
        ("Tyler Lindqvist scored, beating a goaltender who happens to be his younger brother. "
         "Erik Lindqvist made 46 saves.", "the younger Lindqvist", "Erik Lindqvist"),
        ("Tyler Lindqvist scored, beating a goaltender who happens to be his younger brother. "
         "Erik Lindqvist made 46 saves.", "the older Lindqvist", "Tyler Lindqvist"),
        ("Ann Reyes lost to her big sister in the final. Mia Reyes won in straight sets.",
         "the younger Reyes", "Ann Reyes"),
        # guards: both or neither named before "his" in its paragraph
        ("Tyler Lindqvist and Erik Lindqvist played. Tyler beat his younger brother.",
         "the younger Lindqvist", None),
        ("The goaltender was his younger brother.\n\nTyler Lindqvist scored. Erik Lindqvist "
         "made 46 saves.", "the younger Lindqvist", None),
    ],
)  # fmt: skip
def test_an_order_of_birth_names_a_sibling_only_where_the_article_tells_it(text, phrase, expected):
    from analysis import parse_article
    from analysis.quotes.namesakes import namesake_by_order
    from analysis.quotes.people import People

    article = parse_article(f"date 2024-01-15 Headline\n\n{text}\n")
    people = People(article)
    surname, at = phrase.split()[-1], len(article.text)
    found = namesake_by_order(phrase, surname, people.mentions, at, article.text)
    assert found == expected


@pytest.mark.parametrize(
    ("order", "expected"),
    [("The younger Thornton", "Nia Thornton"), ("The older Thornton", "Kayla Thornton")],
)
def test_a_sentence_opening_with_a_sibling_by_order_is_the_she_after_it(speakers, order, expected):
    body = (
        "Kayla Thornton scored 22 points for Golden State on Tuesday.\n\n"
        "Thornton's younger sister, Nia Thornton, had 15 points for Seattle.\n\n"
        '"I told her I would not take it easy," Kayla said.\n\n'
        f'{order} fouled out with two minutes left. "That\'s on me," she said.'
    )
    # "The younger Thornton" was no mention: the "she" went to Kayla, named last
    assert speakers(body) == ["Kayla Thornton", expected]


def test_a_sibling_by_order_after_an_opening_phrase_is_its_sentences_subject(speakers):
    body = (
        "Brady Tkachuk scored twice against his older brother, Matthew.\n\n"
        "Matthew Tkachuk had a goal for Florida.\n\n"
        '"It was weird," Brady said.\n\n'
        'In the third period, the older Tkachuk hit the post. "It stings," he said.'
    )
    assert speakers(body) == ["Brady Tkachuk", "Matthew Tkachuk"]


def test_a_sibling_by_order_alone_is_the_one_the_article_calls_so(speakers):
    body = (
        "A judge ruled that Margaret Chen favoured her daughter Linda, as her older daughter, "
        "Grace, had claimed.\n\n"
        'Grace Chen testified first. Linda Chen denied it. "I took care of her," she said.\n\n'
        "Outside court, the older sister said she was disappointed and would appeal. "
        '"This was never about money," she said.'
    )
    # were no one: "the older sister" named no one, and her "she" after it no one either
    assert speakers(body)[-2:] == ["Grace Chen", "Grace Chen"]


def test_a_sibling_by_order_needs_the_article_to_tell_the_order():
    from analysis import parse_article
    from analysis.quotes.namesakes import sibling_by_order
    from analysis.quotes.people import People

    article = parse_article("date 2024-01-15 Headline\n\nGrace Chen and Linda Chen spoke.\n")
    people = People(article)
    at = len(article.text)
    assert sibling_by_order("the older sister", people.mentions, at, article.text) is None


def test_the_other_sibling_by_order_when_the_article_tells_one(speakers):
    body = (
        "Andrew Nembhard scored 18 points on Saturday against his younger brother, Ryan "
        "Nembhard.\n\n"
        "The younger Nembhard, who plays for Dallas, had 12 points.\n\n"
        '"He has been beating me at everything since we were kids," the older brother said.'
    )
    # was Ryan, whom the article calls the younger (his "brother" an earlier role)
    assert speakers(body) == ["Andrew Nembhard"]


def test_the_younger_of_a_parent_and_a_child_named_by_the_given_name_alone(speakers):
    body = (
        "MELFORT, Sask. — Walter Dunphy opened his taxidermy shop in 1979. His son Ryan, who "
        "took over three years ago, charges $850.\n\nThe elder Dunphy still comes in. "
        '"Half of them now want their dog done," he said.\n\n"He\'s better at eyes than I\'ll '
        'ever be," the younger Dunphy said.'
    )
    # the last was Walter Dunphy, the one the article names in full
    assert speakers(body) == ["Walter Dunphy", "Ryan"]


@pytest.mark.parametrize(
    ("order", "speaker"),
    [
        # two who share a surname, each given an age: the younger or the older by it (was
        # the fuller name first named)
        ("the younger Friesen", "Kayla Friesen"),
        ("the elder Friesen", "Donna Friesen"),
    ],
)
def test_the_younger_or_the_older_of_two_namesakes_by_their_ages(order, speaker, last_speaker):
    body = (
        "CARMAN, Man. — Donna Friesen, 58, started the league.\n\n"
        "Her daughter-in-law, Kayla Friesen, 31, plays defence.\n\n"
        f'"So I stopped," {order} says.'
    )
    assert last_speaker(body) == speaker


def test_namesakes_are_told_apart_by_ages_only_when_each_has_one_of_their_own():
    from analysis import parse_article
    from analysis.quotes.namesakes import _by_age
    from analysis.quotes.people import People

    def by_age(body: str, older: bool, upto: str | None = None) -> str | None:
        article = parse_article(f"date 2016-01-15 Headline\n\n{body}\n")
        text = article.text
        at = text.index(upto) if upto else len(text)
        return _by_age(people, older, People(article).mentions, text, at)

    people = {"Donna": "Donna Friesen", "Kayla": "Kayla Friesen"}
    both = "Donna Friesen, 58, started it. Kayla Friesen, 31, plays."
    assert by_age(both, False) == "Kayla Friesen"
    assert by_age(both, True) == "Donna Friesen"
    # guards: an age missing, the same age, an age given past ``at``
    assert by_age("Donna Friesen, 58, started it. Kayla Friesen plays.", False) is None
    assert by_age("Donna Friesen, 31, started it. Kayla Friesen, 31, plays.", False) is None
    assert by_age(both, False, upto="Kayla") is None


@pytest.mark.parametrize(
    ("order", "speaker"),
    [
        # "the older brother" of two named with their ages (was the one named "His brother")
        ("the older brother", "Jaspal Gill"),
        ("the younger brother", "Harman Gill"),
    ],
)
def test_the_older_or_younger_brother_by_the_ages_given(order, speaker, last_speaker):
    body = (
        "SURREY, B.C. — Jaspal Gill, 26, pleaded guilty. His brother, Harman Gill, 22, "
        "pleaded guilty to robbery.\n\nThe victim, Balwinder Sandhar, was hurt, his daughter "
        f'Navneet Sandhar said.\n\n"I am sorry," {order} said.'
    )
    assert last_speaker(body) == speaker
