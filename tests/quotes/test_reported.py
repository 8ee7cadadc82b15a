"""Reported statements in one sentence (``analysis.quotes.reported``), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # a report of people who know of it, at the end (was no report)
        ("Amazon is considering opening 3,000 stores, people familiar with the plans said.",
         "Amazon is considering opening 3,000 stores", "people familiar with the plans"),
        # a report by the sentence's subject inside it: what the subject said (as with
        # "according to"); the others only tell of it (was the whole sentence, theirs)
        ("Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns the attack, "
         "the official news agency IRNA reported.", "Iran condemns the attack",
         "Foreign Ministry spokesman Mahmoud Mohammadi"),
        # a clause that ends quoting, its comma inside the marks (was no report: read as a
        # direct quotation); the quotation's own row is its partial
        ('The figures would be released "when they have been properly verified," Shandro '
         "said.", 'The figures would be released "when they have been properly verified,"',
         "Shandro"),
        ('It was, in his words, "a disaster," Shandro said.', 'It was, in his words, "a '
         'disaster,"', "Shandro"),
        # a clause of a pronoun and its verb, three words at most (was no report)
        ("He never did, she said.", "He never did", "she"),
        ("They won, she said.", "They won", "she"),
        ("It was fine, he said.", "It was fine", "he"),
        ("Nobody came, police said.", "Nobody came", "police"),
        # a verb of plain attribution before a phrase summing up or a participle (was no
        # report: "confirmed" no plain saying)
        ("Bell is raising its prices by $5 a month, the company confirmed Friday, its second "
         "increase this year.", "Bell is raising its prices by $5 a month", "the company"),
        ("Sales fell 5 per cent, the company confirmed Friday, raising fears of layoffs.",
         "Sales fell 5 per cent", "the company"),
        # a group with no article and where its members work (was no report)
        ("The glacier lost a tenth of its ice this summer, researchers at the University of "
         "Saskatchewan said.", "The glacier lost a tenth of its ice this summer",
         "researchers at the University of Saskatchewan"),
    ],
)  # fmt: skip
def test_a_report_at_the_end_of_a_sentence(sentence, content, speaker):
    [report] = reported(sentence)
    assert sentence[report.start : report.end] == content
    assert report.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a quotation all the words before the attribution are, or after an
        # opening phrase with no verb of its own
        '"We will win," Shandro said.',
        'Asked about it, "we will see," Shandro said.',
    ],
)
def test_a_quotation_before_its_attribution_is_no_report(sentence):
    assert reported(sentence) == []


def test_a_report_before_its_attribution_and_a_participle_reporting_more():
    # both reports (was only the participle's: the content before "Shandro said" missed)
    sentence = ('The figures would be released "when they have been properly verified," '
                "Shandro said, adding that his department had nothing to hide.")  # fmt: skip
    found = [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)]
    assert found == [
        ('The figures would be released "when they have been properly verified,"', "Shandro"),
        ("his department had nothing to hide", "Shandro"),
    ]
    # guard: a participle that reports nothing adds no report
    sentence = ("Flights will be cancelled next week, their union said Monday, raising the "
                "prospect of delays.")  # fmt: skip
    found = [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)]
    assert found == [("Flights will be cancelled next week", "their union")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "..., says X." after a subject a relative clause restricts, its verb after the
        # clause (was "says" reporting "a notice ...", by "Patients")
        ("Patients who need emergency care at night should go to the hospital across town, "
         "says a notice posted on the health network's website.",
         [("Patients who need emergency care at night should go to the hospital across town",
           "a notice posted on the health network's website")]),
        # a document named by its title in quotation marks (was "says" reporting the title)
        ('The plant will close in June, says a document titled "Next Steps."',
         [("The plant will close in June", 'a document titled "Next Steps."')]),
        # a setting before a clause whose subject is a pronoun, no "that" (was no report)
        ("One of the victims, now in his 40s, said outside court he felt relieved.",
         [("he felt relieved", "One of the victims")]),
        ("Smith told reporters after the vote they would appeal.",
         [("they would appeal", "Smith")]),
        # a verb that reports only with "that", before a noun phrase and an auxiliary (was
        # no report)
        ("Board chair Laura Hack conceded the consultation had been rushed.",
         [("the consultation had been rushed", "Board chair Laura Hack")]),
        ("Clinton conceded Trump had won.", [("Trump had won", "Clinton")]),
        ("President Obama, who claimed Trump was not addressing reality, spoke last.",
         [("Trump was not addressing reality", "President Obama")]),
        # a time clause set off after a report ends it; its own verb reports (was one
        # report, the campaign's, to the end)
        ("Trump's campaign said Tuesday that he would take part in all three debates, a day "
         "after the Republican nominee suggested he might skip them.",
         [("he would take part in all three debates", "Trump's campaign"),
          ("he might skip them", "the Republican nominee")]),
        # guard: a time clause with no speech verb of its own stays in the report
        ("The mayor said the road would reopen, after crews finished repairs.",
         [("the road would reopen, after crews finished repairs", "The mayor")]),
        # the subject of a subordinate clause: a determiner, a word in capitals, a noun (was
        # the main clause's subject)
        ("The campaign reversed course a day after the Republican nominee suggested he "
         "might skip them.", [("he might skip them", "the Republican nominee")]),
        # "her" owning the subject of a verb in -s (was no report: "her" read as an object)
        ("She said her father works 10 hours a day, six days a week.",
         [("her father works 10 hours a day, six days a week", "she")]),
        ("Axelrod said her suite of proposals addresses people's unrest.",
         [("her suite of proposals addresses people's unrest", "Axelrod")]),
        # a subject and its name set off before the verb, a name and an age after it (was
        # the name after the verb, read as an inverted attribution, and the age as content)
        ("The missing man's brother, Tyler Boucher, said Ryan Boucher, 29, was an "
         "experienced hiker.", [("Ryan Boucher, 29, was an experienced hiker", "Tyler Boucher")]),
        # guards: an inverted attribution after a statement; "her" and an infinitive
        ("The plan would fail, said Smith, and it did.", [("The plan would fail", "Smith")]),
        ("Martin O'Malley lamented her tendency to commit gaffes.", []),
        # a described victim writing in a statement read in court: the appositive and the
        # clause after "that" (was a false report by "wrote in a statement", its verb "read")
        ("One victim, an 81-year-old widow, wrote in a statement read in court that she no "
         "longer answers her phone.",
         [("she no longer answers her phone", "One victim")]),  # (the first description)
        # a company's abbreviation inside the speaker phrase (was no report: its full stop
        # ended the phrase)
        ("Canadian housing starts fell 10 per cent in March, Canada Mortgage and Housing "
         "Corp. said Tuesday.", [("Canadian housing starts fell 10 per cent in March",
                                  "Canada Mortgage and Housing Corp.")]),
        # the people heard saying it (was the teacher the relative clause describes)
        ("It was started by Margaret Doyle, a retired teacher who was tired of hearing "
         "people say they could not sing.", [("they could not sing", "people")]),
    ],
)  # fmt: skip
def test_reports_of_the_tenth_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a belief the speaker tells of is what he said (was the believers' report only)
        ("Police believe the victim and the accused knew each other, he said.",
         [("Police believe the victim and the accused knew each other", "he")]),
        ("Officials think the fire was set on purpose, the chief said.",
         [("Officials think the fire was set on purpose", "the chief")]),
        # a document a participle and a weekday or a title describe, inverted after the
        # statement (was the statement's subject saying the document)
        ("Wait lists are getting longer, says a report released Tuesday.",
         [("Wait lists are getting longer", "a report released Tuesday")]),
        ("The plan is behind schedule, says a document titled Surgical Initiative Progress "
         "Report.", [("The plan is behind schedule",
                      "a document titled Surgical Initiative Progress Report")]),
        # a number and what it counts, then an auxiliary, after a verb that reports only
        # with "that" (was no report)
        ("The survey found 40 per cent of residents had moved.",
         [("40 per cent of residents had moved", "The survey")]),
        ("The report shows 4,100 people had waited more than a year.",
         [("4,100 people had waited more than a year", "The report")]),
        # people a clause ends with before "who said" speak (was the clause's first word)
        ("Sanders led among voters who said trade took away jobs.",
         [("trade took away jobs", "voters")]),
        ("Sanders has won most voters who said trade took away jobs.",
         [("trade took away jobs", "most voters")]),
        # a name and a verb in the past after a verb of finding (was no report)
        ("The poll showed Clinton led by five points.",
         [("Clinton led by five points", "The poll")]),
        # guards: a noun as often as a verb before a name and its past ("probe claims Clinton
        # made"); a relative's people with no clause before them
        ("They asked him to probe claims Clinton made during the hearing.", []),
        ("It was opposed by Elian's Miami relatives, who are fighting to keep the boy here and "
         "who have said they think Gonzalez is being controlled.",
         [("they think Gonzalez is being controlled", "Elian's Miami relatives")]),
        # "more" and a noun before a verb is a subject (was an object: no report)
        ("He said more cuts were likely across the industry.",
         [("more cuts were likely across the industry", "he")]),
        # an "according to" phrase of up to 120 characters, cut at a spaced dash (was no
        # report; or, longer, a name past the dash)
        ("Smoke may raise the risk of dementia, according to a study by researchers at the "
         "University of Toronto published Tuesday in the journal Neurology.",
         [("Smoke may raise the risk of dementia", "a study by researchers at the University "
           "of Toronto published Tuesday in the journal Neurology")]),
        ("The plan would raise $1.1 trillion, according to the Tax Policy Center - half a "
         "point of GDP.", [("The plan would raise $1.1 trillion", "the Tax Policy Center")]),
        # a participle's clause whose verb is in the present, after a singular noun (was no
        # report)
        ("The mayor defended the plan, saying the city needs more buses.",
         [("the city needs more buses", "The mayor")]),
        # a name and its verb in the past before a second clause joins (was an object)
        ("Entrance polls showed Clinton won 76 percent of black voters, while Sanders carried "
         "voters under 30.", [("Clinton won 76 percent of black voters, while Sanders "
                               "carried voters under 30", "Entrance polls")]),
        # "declared" reports only with "that" or a clause (was what was declared as a report)
        ("The First Nation has declared a state of emergency after six people died.", []),
        ("The mayor declared the city would rebuild.",
         [("the city would rebuild", "The mayor")]),
        # a count compared with what was expected is what was added, no clause (was a
        # report: "expected" read as its verb)
        ("Netflix Inc. added fewer subscribers than expected in the second quarter.", []),
        # "according to" a name and a relative clause about them (was no report)
        ("Members of the union voted 95 per cent in favour of a strike, according to union "
         "president Jason Schilling, who announced the result Tuesday.",
         [("Members of the union voted 95 per cent in favour of a strike",
           "union president Jason Schilling")]),
        # regulators are a role (was no report)
        ("Wells Fargo will pay $185 million in fines, regulators said Thursday.",
         [("Wells Fargo will pay $185 million in fines", "regulators")]),
        # bare groups speak (was no report)
        ("Two people were killed in a shooting early Sunday, authorities said.",
         [("Two people were killed in a shooting early Sunday", "authorities")]),
        # guard: "where" opens a clause, no speaker phrase
        ("Candidates reacted to a mass shooting in San Bernardino, California, where "
         "authorities reported at least 20 victims at a center.", []),
        # guards: "said more" as an object; a count as an object
        ("She said more about it later.", []),
        ("The team won 3 games and had a good year.", []),
        ("Police found 20 bodies in the field.", []),
        # guard: a statement the subject made, told of by others, stays the subject's
        ("Eggleston said it could hurt the strategy, people familiar with the session said.",
         [("it could hurt the strategy", "Eggleston")]),
    ],
)  # fmt: skip
def test_reports_of_the_eleventh_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "her" owning the subject through a possessive (was no report: "her" an object)
        ("His mother, Sana Ahmed, said her son's reading had jumped two grade levels.",
         [("her son's reading had jumped two grade levels", "Sana Ahmed")]),
        ("Ann Reyes said her team's plan would work.",
         [("her team's plan would work", "Ann Reyes")]),
        # an office that goes on after its role noun, and what it is of (was "Ontario's
        # chief")
        ("Ontario's chief medical officer of health urged residents to get a shot, warning "
         "that admissions had doubled.",
         [("admissions had doubled", "Ontario's chief medical officer of health")]),
        ("The company's chief executive officer resigned, saying that the board had lost "
         "faith.", [("the board had lost faith", "The company's chief executive officer")]),
        # "anyone" and a relative clause as the subject of a verb (was no report)
        ("Munn said anyone who gets such a call should hang up.",
         [("anyone who gets such a call should hang up", "Munn")]),
        # ... or a phrase of what they did or where they are first (was no report)
        ("Etches said anyone born after 1970 who has not had two doses should get one.",
         [("anyone born after 1970 who has not had two doses should get one", "Etches")]),
        ("Etches said anyone living near the plant should stay inside.",
         [("anyone living near the plant should stay inside", "Etches")]),
        ("Etches said anybody travelling to Europe this summer should check their records.",
         [("anybody travelling to Europe this summer should check their records", "Etches")]),
        # a quotation inside the subject's relative clause is no attribution's (was no
        # report)
        ('Trump, who had mocked Bush as "low-energy," said he had been "a tough competitor."',
         [('he had been "a tough competitor."', "Trump")]),
        # a gerund subject past a name and an age; "it" before a quoted verb (were no report)
        ("Justice Dev Dley said releasing Karen Price, 52, would undermine public confidence.",
         [("releasing Karen Price, 52, would undermine public confidence", "Justice Dev Dley")]),
        ('Dick Cheney said it "goes against everything we stand for."',
         [('it "goes against everything we stand for."', "Dick Cheney")]),
        # "about" and a number with a comma open a subject (was no report: "about" a
        # preposition)
        ("Lawyer Samara Secter, who represents the drivers, said about 100,000 people could "
         "be eligible.", [("about 100,000 people could be eligible", "Lawyer Samara Secter")]),
        # an organisation whose name holds a list, set off after the speaker (was the list's
        # end, "Consumer Products", as the speaker)
        ("Michael Graydon, chief executive of Food, Health and Consumer Products of Canada, "
         "said the decision was a win.", [("the decision was a win", "Michael Graydon")]),
        # a clause of two words, a pronoun and a verb in the past (was no report)
        ("Mitch McConnell said he disagreed.", [("he disagreed", "Mitch McConnell")]),
        # a bare group of people at work speaks at a sentence's end (were no report)
        ("A hiker was found alive Thursday, search crews said.",
         [("A hiker was found alive Thursday", "search crews")]),
        ("The fire spread quickly, witnesses said.", [("The fire spread quickly", "witnesses")]),
        # a document whose it is, and a participle of publishing (were no report)
        ("Emergency rooms closed 1,000 times last year, a report by the Ontario Health "
         "Coalition found.", [("Emergency rooms closed 1,000 times last year",
                               "a report by the Ontario Health Coalition")]),
    ],
)  # fmt: skip
def test_reports_of_the_twelfth_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an organisation's "it" after an opening phrase is the subject (was no report)
        ('In a statement, it said it "regularly reviews" its holdings.',
         [('it "regularly reviews" its holdings', "it")]),
        # "it" and an adverb before a verb open a clause (was no report: "it" an object)
        ("The company said it regularly reviewed its holdings.",
         [("it regularly reviewed its holdings", "The company")]),
        ("The company said it often meets with tenants.",
         [("it often meets with tenants", "The company")]),
        # "told" and whom at a sentence's end (were no report)
        ("An accountant stole $2 million, a Crown prosecutor told a jury Tuesday in closing "
         "arguments.", [("An accountant stole $2 million", "a Crown prosecutor")]),
        ("The plan is dead, Smith told reporters.", [("The plan is dead", "Smith")]),
        ("The plan is dead, Smith told CBC News on Tuesday.", [("The plan is dead", "Smith")]),
        # guard: a number in a local's name is no count
        ("The plant will close, Unifor Local 444 said.",
         [("The plant will close", "Unifor Local 444")]),
    ],
)  # fmt: skip
def test_reports_of_the_thirteenth_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He said it quickly.",
        "He said it only once.",
        "She said it again and again.",
        # a count after "by" before a word that may be a speech verb: its noun (was "On the
        # Republican side" reported by "Ted Cruz beat Donald Trump by 13")
        "On the Republican side, Ted Cruz beat Donald Trump by 13 points.",
        # guards: a subordinate clause before "told"; "told" and a clause in the middle
        "When he arrived, Smith told his wife.",
        "The plan, Smith told reporters, is dead.",
        # guard: "it" after a preposition is its object, no subject
        "It is not clear, as several included on it told POLITICO they were only leaning.",
    ],
)
def test_it_and_an_adverb_with_no_verb_after_is_an_object(sentence):
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: an object after a verb that reports only with "that"; a noun phrase and an
        # auxiliary after a clause restricting the subject (its own verb); a superlative's
        # noun; a comparison, no setting
        "Smith conceded the election on Monday.",
        "Smith confirmed the report on Monday.",
        "Voters who most strongly denied the charges were angry.",
        "The most telling promise Mrs. Clinton has made is that she will not overpromise.",
        "Officials will treat Census replies with any more sanctity than they have shown.",
        # guard: "her" an object before a possessive that owns no subject of a verb
        "Sana Ahmed told her son's teacher about it.",
        # guard: "about" a topic
        "She said about the vote that it was fine.",
        # guard: "anything" and a relative clause with no finite verb; a participle
        "She said anything that moves.",
        # guards: a few words with no clause, an auxiliary with nothing after it
        "Yes, she said.",
        "In 2019, he said.",
        "It was, he said.",
        # guards: whom something was told, a phrase after them with no verb of its own
        "Etches never told anyone living there about the plan.",
        "She never said anything about it to the police who were there.",
        "He said hoping for the best.",
        # a place beside someone after a verb in a relative clause: no clause said (was
        # "beside him, rejected Republican claims that ..."), and a party's claims are a noun
        "EPA Administrator Gina McCarthy, who testified beside him, rejected Republican "
        "claims that her agency had been slow to act.",
        # guards: a verb with no occasion before "to"; someone else told to say
        "Obama declined to say whether he would veto the bill.",
        "Obama urged reporters to say that it was over.",
    ],
)
def test_what_these_families_leave_alone(sentence):
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparison after an aside goes on with the clause before, which is what was said
        # (was "faster than the bank would like"); a superlative the same
        ("Wages are rising about 4.5 per cent a year, she said, faster than the bank would "
         "like.", [("Wages are rising about 4.5 per cent a year", "she")]),
        ("Revenue climbed 24 per cent, the company said, the most since 2019.",
         [("Revenue climbed 24 per cent", "the company")]),
        ("Heat killed a record 645 people last year, the department said Thursday, a 50 per "
         "cent jump from the year before.", [("Heat killed a record 645 people last year",
                                             "the department")]),
        # a gerund subject with a verb that takes an object (was no report)
        # a weekday, then "that" and a number (was no report: "that 12 people" the content)
        ("The department said Wednesday that 12 people were infected.",
         [("12 people were infected", "The department")]),
        # what people say of something set beside a report is theirs, and ends the report
        # (was Ford's report to the end)
        ("Ford said his government would study a tunnel, a project experts say could cost "
         "billions.", [("his government would study a tunnel", "Ford"),
                       ("could cost billions", "experts")]),
        # an occasion taken to say something (was no report)
        ("President Barack Obama used his farewell address on Tuesday night to warn that "
         "democracy is threatened.", [("democracy is threatened", "President Barack Obama")]),
        ("Obama took to Twitter to say that democracy is threatened.",
         [("democracy is threatened", "Obama")]),
        ("Joe Musgrove said pitching at home still gives him chills.",
         [("pitching at home still gives him chills", "Joe Musgrove")]),
        ("Ann Lee said growing vegetables helped her recover.",
         [("growing vegetables helped her recover", "Ann Lee")]),
        # guard: a clause of its own inside the participle's words is no gerund subject;
        # what was explained is the clause before the attribution (was "the time he ...")
        ("She had struggled, Cruz explained, recalling the time he visited her at home.",
         [("She had struggled", "Cruz")]),
    ],
)  # fmt: skip
def test_reports_of_the_fourteenth_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a message and where it was made public before "that" (was no report)
        ("His daughter said in a video posted online that her father had been reading.",
         [("her father had been reading", "His daughter")]),
        # "her" owning a subject after an age (was an object: no report)
        ("Danielle Carlson said her 16-year-old daughter had read two of the books.",
         [("her 16-year-old daughter had read two of the books", "Danielle Carlson")]),
        # the clause before an aside, a quotation after "but" (was the investigators'
        # belief, "the fire was a hate crime, she said, but ...")
        ('Investigators do not believe the fire was a hate crime, she said, but "all '
         'possibilities remain open."',
         [("Investigators do not believe the fire was a hate crime", "she")]),
        # a participial phrase after "according to X" goes on with the clause before (was no
        # report)
        ("Claudia Sheinbaum won by a wide margin, according to a quick count by the "
         "electoral authority, becoming the first woman elected.",
         [("Claudia Sheinbaum won by a wide margin",
           "a quick count by the electoral authority")]),
    ],
)  # fmt: skip
def test_reports_of_the_fourteenth_held_out_sessions_last_pair(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second relative clause joined to the first by "and" is the subject's, no clause
        # said (was the subject read as what "the news came in ..." said)
        ("A software developer who was let go, and who asked not to be named because she was "
         "negotiating severance, said the news came in a 10-minute video call.",
         [("the news came in a 10-minute video call", "A software developer")]),
        ("A nurse, who lives nearby and who saw the crash, said the driver never braked.",
         [("the driver never braked", "A nurse")]),
        # a belief or a saying inside a question "whether" opens is no one's report
        ("Sen. Kirsten Gillibrand pressed Pete Hegseth on whether he still believed women "
         "should not serve in combat roles.", []),
        ("It is unclear whether Hegseth still believes that women should not serve.", []),
        # guard: past the question, the main clause reports
        ("Whether or not he wins, Hegseth said, women should not serve in combat roles.",
         [("women should not serve in combat roles", "Hegseth")]),
        # what a player scored after "added" is an object, no words (was a report)
        ("Brian White added the third goal in stoppage time.", []),
        ("Kelly added two touchdowns in the fourth quarter.", []),
        # guards: a clause after "added" is what was said
        ("Reyes added the points were important.", [("the points were important", "Reyes")]),
        ("Reyes added that the third goal came late.",
         [("the third goal came late", "Reyes")]),
        # a poll finds where a candidate stands, no verb (was no report); the poll by
        # anyone is the source, a name with "&" whole
        ("A poll released last week by Franklin & Marshall College found Shapiro ahead by 11 "
         "points among likely voters.",
         [("Shapiro ahead by 11 points among likely voters",
           "A poll released last week by Franklin & Marshall College")]),
        ("A poll found Clinton leading among women.", [("Clinton leading among women", "A poll")]),
        ("A poll showed Rubio with an 11-point lead.", [("Rubio with an 11-point lead", "A poll")]),
        # guards: a place, no standing; a message by someone is theirs
        ("Police found Tom Li behind the counter.", []),
        ("A statement issued by the ministry said the talks had failed.",
         [("the talks had failed", "the ministry")]),
        # whom it was told: a paper named after a lowercase "the", people after an
        # adjective (were no reports)
        ("One victim told the Free Press she handed over $9,000 at her front door.",
         [("she handed over $9,000 at her front door", "One victim")]),
        ("Judge Regina Chu told prospective jurors the trial could last four weeks.",
         [("the trial could last four weeks", "Judge Regina Chu")]),
        # a bare plural and an auxiliary after a verb of finding (was no report)
        ("The study found grassland birds had been hit hardest.",
         [("grassland birds had been hit hardest", "The study")]),
        # guards: a thing told; "state" a noun before a plural ("three state polls was")
        ("He told the story that his father had told him.", []),
        ("The margin of error for all three state polls was 3 points.", []),
        # an occasion one speaks at is the setting of what was said (was no report)
        ("Benjamin Netanyahu said in a televised address that Israel reserved the right to "
         "resume fighting.",
         [("Israel reserved the right to resume fighting", "Benjamin Netanyahu")]),
        ("Reyes said at a crowded news conference that the plan was dead.",
         [("the plan was dead", "Reyes")]),
        # an audience and where it gathered before "that" (was no report, or one from
        # "gathered")
        ("Pope Francis apologized, telling survivors gathered near a former school site that "
         "he was deeply sorry.", [("he was deeply sorry", "Pope Francis")]),
        ("He told survivors gathered near the site that he was deeply sorry.",
         [("he was deeply sorry", "he")]),
        # guard: a thing told is no audience
        ("He told stories gathered over years that made us laugh.", []),
        # a superlative after an aside goes on with a clause an irregular past makes (was
        # the superlative read as what was said)
        ("Canadians paid about 9 per cent less last year, Statistics Canada said Tuesday, the "
         "largest annual drop since 2010.",
         [("Canadians paid about 9 per cent less last year", "Statistics Canada")]),
        # the plural of any role noun is a contact relative's subject (was "a discovery
        # scientists"); an owner before it is no noun of a noun phrase
        ("He found the bones of a hadrosaur, a discovery scientists say is one of the most "
         "complete of its kind.", [("is one of the most complete of its kind", "scientists")]),
        ("The study's authors say ships could pose a risk to them.",
         [("ships could pose a risk to them", "The study's authors")]),
        # a speech verb's plural-noun form after a preposition and an adjective is a noun
        # (was the board's report of "his family would move in")
        ("The board ordered him to pay tenants he tried to evict with false claims that his "
         "family would move in.", []),
        # guards: a place or a group after a preposition before a verb in -s
        ("Everyone in town says the plan was dead and gone.",
         [("the plan was dead and gone", "Everyone in town")]),
        # a description with an age and a participle's adjective stays whole (was "farmer")
        ("One of the victims, an 81-year-old retired farmer, said he had sent her his savings.",
         [("he had sent her his savings", "an 81-year-old retired farmer")]),
        # "her" owning a subject a name is set off after (was no report)
        ("Defence lawyer Emily Lam said her client, Tyrese Grant, 19, maintained his "
         "innocence.", [("her client, Tyrese Grant, 19, maintained his innocence",
                         "Defence lawyer Emily Lam")]),
        # results that showed, a weekday and a participial phrase after them (was no report)
        ("The ANC lost its majority for the first time in 30 years, final election results "
         "showed Sunday, forcing the party to seek a partner.",
         [("The ANC lost its majority for the first time in 30 years",
           "final election results")]),
        # a bare plural and a past no participle shares after a verb of finding
        ("The study found prices rose by a third over the summer.",
         [("prices rose by a third over the summer", "The study")]),
        # guards: a past that is a participle too; "her" an object
        ("Police found cars made in Mexico at the port.", []),
        ("He told her, Ann Reyes, the truth about the plan.", []),
    ],
)  # fmt: skip
def test_reports_of_the_fifteenth_held_out_session(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an inverted attribution after a dateline, a description as the speaker (was the
        # clause before read as the subject of "said", the description as what was said)
        ("OTTAWA — The government projects a deficit of $78.3 billion, said a spokesperson "
         "for the minister.",
         [("The government projects a deficit of $78.3 billion",
           "a spokesperson for the minister")]),
        # a document's title in capitals with no marks, a subtitle after its colon
        ("OTTAWA — The federal government projects a deficit of $78.3 billion this fiscal "
         "year, says a document titled Budget 2025: Canada Strong, released Tuesday.",
         [("The federal government projects a deficit of $78.3 billion this fiscal year",
           "a document titled Budget 2025: Canada Strong")]),
        # guard: a title in quotation marks, as before
        ('The plan will cost $3 billion, says a report titled "Paying the Price."',
         [("The plan will cost $3 billion", 'a report titled "Paying the Price."')]),
    ],
)  # fmt: skip
def test_reports_of_the_sixteenth_held_out_sessions_third_pair(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun phrase summing up the clause after the attribution (was a report of it)
        ("CALGARY — WestJet will launch flights from Vancouver to Tokyo next spring, the "
         "airline said Wednesday, its first routes to Asia.",
         [("WestJet will launch flights from Vancouver to Tokyo next spring", "the airline")]),
        # guard: a participial phrase after the attribution, as before
        ("WestJet will cut 200 jobs, the airline said, raising fears of more.",
         [("WestJet will cut 200 jobs", "the airline")]),
    ],
)  # fmt: skip
def test_a_summing_up_noun_phrase_after_the_attribution_is_no_report(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)][:1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun for the statement and what it did, set off after the report, end it (was
        # part of it, and "remarks that angered the union" a report of its own)
        ("Premier Scott Moe said teachers only work half the year, a comment that drew anger "
         "from the union.", [("teachers only work half the year", "Premier Scott Moe")]),
        ('Premier Scott Moe said teachers "only work half the year," a remark that angered '
         "the union.", [('teachers "only work half the year,"', "Premier Scott Moe")]),
        # "for" and a participle after a passive or an apology, ended so too (was no report:
        # a plural noun and an adverb before the verb were no clause)
        ("Premier Scott Moe apologized on Friday for saying teachers only work half the year, "
         "remarks that angered the union.",
         [("teachers only work half the year", "Premier Scott Moe")]),
        # guard: a statement's noun and a clause someone else says, as before
        ("The mayor called the vote rigged, a charge that county officials denied.", []),
    ],
)  # fmt: skip
def test_a_statements_noun_and_what_it_did_end_the_report(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description whose head prepositional phrases follow, past nine words (was "A
        # former")
        ("A former bookkeeper for a chain of Boston seafood restaurants testified on "
         "Thursday that she warned the owner.",
         [("she warned the owner",
           "A former bookkeeper for a chain of Boston seafood restaurants")]),
        # people described by what they take part in, a capitalised modifier among the
        # words, past a conjunction (were "But" and no report)
        ("But two Republican aides involved in counting votes, who spoke on condition of "
         "anonymity, said leadership could lose 25 Republicans.",
         [("leadership could lose 25 Republicans",
           "two Republican aides involved in counting votes")]),
        ("Officials present at the meeting said the plan was dead.",
         [("the plan was dead", "Officials present at the meeting")]),
        # a summing-up noun phrase with its "that" clause after the attribution (was no
        # report)
        ("Prices rose sharply in October, the Labor Department reported on Wednesday, the "
         "clearest sign yet that tariffs are reaching shoppers.",
         [("Prices rose sharply in October", "the Labor Department")]),
        # a participle's setting before its "that" (was no report), a count of people as the
        # subject (was "More than"), whom "urged" urged no inverted speaker (was "Congress on
        # Monday to reject a proposed cut")
        ("More than 2,000 scientists, including 41 Nobel laureates, urged Congress on Monday "
         "to reject a proposed cut, warning in an open letter that it would end missions.",
         [("it would end missions", "More than 2,000 scientists")]),
        ("The mayor defended the budget, arguing at a news conference on Tuesday that it "
         "would protect services.", [("it would protect services", "The mayor")]),
        # a name and its age before "said": the name speaks (was "her husband", the report
        # after "Ernesto,")
        ("Rosa Jiménez, 34, said her husband, Ernesto, had called once, on Thursday night.",
         [("her husband, Ernesto, had called once, on Thursday night", "Rosa Jiménez")]),
        # a time measured from an event after the attribution goes on with the clause
        # before (was the time clause reported)
        ("The Bears will start Tyson Bagley on Sunday, coach Ben Johnstone said on Wednesday, "
         "two days after Caleb Wardell threw four interceptions.",
         [("The Bears will start Tyson Bagley on Sunday", "coach Ben Johnstone")]),
        # "according to X" after a relative pronoun: the relative clause is X's, up to its
        # comma (was no report)
        ("Officers shot a man who, according to the department, had pointed a handgun at "
         "them.", [("had pointed a handgun at them", "the department")]),
        ("The man, who, according to police, was 34, fled.", [("was 34", "police")]),
        # guard: a relative clause with a subject of its own
        ("Malaysia turned away boats which, according to AFP, the United Nations has "
         "criticised.", []),
        # a name with "and" inside it told (was no report); a plural head with no
        # determiner and its phrases (was cut at "42-unit")
        ("Tenants of a 42-unit apartment building in Toronto's Parkdale neighbourhood told the "
         "Landlord and Tenant Board on Wednesday that their landlord had lied.",
         [("their landlord had lied",
           "Tenants of a 42-unit apartment building in Toronto's Parkdale neighbourhood")]),
        # people before "who" past a short place after "of", their count kept; a street is no
        # person (was "Jameson Ave.")
        ("The board is hearing 11 former tenants of 88 Jameson Ave., who say they were "
         "evicted in 2023.", [("they were evicted in 2023", "11 former tenants")]),
        # a participle with a name of its own for subject after "and" or "with" (was no
        # report)
        ("Leaders clashed over the plan, with Italy pushing for it and Spain warning that it "
         "would break international law.", [("it would break international law", "Spain")]),
        # an opening participle's place is no organisation a name is set beside (was no
        # report)
        ("Arriving at the summit, Danish Prime Minister Mette Kristensen told reporters that "
         "the system was broken.",
         [("the system was broken", "Danish Prime Minister Mette Kristensen")]),
        # a condition opening the sentence: what someone would say (was a report); guards:
        # a condition inside the report, a concession
        ("If the board finds the evictions were in bad faith, it can order the landlord to "
         "pay.", []),
        ("The mayor said that if the plan is dead, council will vote again.",
         [("if the plan is dead, council will vote again", "The mayor")]),
        ("Even if it passes, the mayor said the plan is dead.",
         [("the plan is dead", "the mayor")]),
        # a poll's standing of a candidate over a rival named, or of the race (were no
        # reports); a name with "&" in a poll's name (was "A Franklin")
        ("A Des Moines Register poll released last week found Ostrander leading Whitfield 31 "
         "per cent to 24 per cent.",
         [("Ostrander leading Whitfield 31 per cent to 24 per cent",
           "A Des Moines Register poll")]),
        ("A Franklin & Marshall College poll released last week showed the race tied.",
         [("the race tied", "A Franklin & Marshall College poll")]),
        # guards: a thing shown tied, someone led somewhere
        ("The video showed the man tied to a chair.", []),
        ("The video showed Smith leading Jones to the car.", []),
        # a question asked by someone set off before the subject: not an appositive of theirs
        # (was "a Texas Republican")
        ("Asked by Sen. Ted Krause, a Texas Republican, why the airline had not acted sooner, "
         "the executive said the decision was his.", [("the decision was his", "the executive")]),
        # a he/she after "and" and a clause of its own (was "a boss")
        ("In 1990, when she was earning $24,000 a year, a boss invited her to lunch and she "
         "thought it meant a promotion.", [("it meant a promotion", "she")]),
        # the clause after a colon or semicolon that follows an attribution is the same
        # speaker's (was no report); guard: the attribution does not end the words before
        ("They were wrong, she said: they left with a laptop and about $300.",
         [("They were wrong", "she"), ("they left with a laptop and about $300", "she")]),
        ("The plan was dead, she said; council would vote again.",
         [("The plan was dead", "she"), ("council would vote again", "she")]),
        ("For Mr. Biden, after nearly eight years in the role, the appearance hinted at the "
         "niche he sees for himself as Election Day nears: a figure who can argue that Mr. "
         "Trump has imperiled the nation.",
         [("Mr. Trump has imperiled the nation", "a figure")]),
        # a surname after an order of birth is a name its appositive describes (was the
        # appositive, "a former university player at Saint Mary's")
        ("The elder Reddick, a former university player at Saint Mary's, said he had tried.",
         [("he had tried", "The elder Reddick")]),
        # guards: a setting with no "that"; an organisation's name whose head is an academy
        ("The mayor defended the budget, saying in a way that nobody understood.", []),
        ("The American Academy of Pediatrics said vaccines are safe.",
         [("vaccines are safe", "The American Academy of Pediatrics")]),
    ],
)  # fmt: skip
def test_reports_of_the_twentieth_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause after a semicolon has its own subject (was "Dunaway said yes; Pratt")
        ("Asked about a ban, Dunaway said yes; Pratt said the question should be left to the "
         "states.", [("the question should be left to the states", "Pratt")]),
        ("The mayor was out; her deputy said the budget would pass.",
         [("the budget would pass", "her deputy")]),
        ("Many describe themselves as liberal; 26% say they are conservative.",
         [("they are conservative", "26%")]),
        # guard: predicates of one subject in a series after semicolons, no subject of their
        # own
        ("He was booed on stage; was denounced by the head of the church; and declared that "
         "torture works.", []),
        # a quantifier standing for the people just named, after an opening phrase (was no
        # report); guards: a count after it (as before), the people before it
        ("On tariffs, both said they backed the former president's approach.",
         [("they backed the former president's approach", "both")]),
        ("On tariffs, all three said they backed the plan.",
         [("they backed the plan", "all three")]),
        ("The two men both said they backed the plan.",
         [("they backed the plan", "The two men both")]),
        ("Republican figures — whose party was once known for its discipline — both "
         "suggested the writer be fired.", [("the writer be fired", "Republican figures")]),
        # a relative clause's speech verb with only an adjunct after it, then the main
        # predicate: nothing said (was "later in the afternoon, disputed that account")
        ("Controllers' union officials, who testified later in the afternoon, disputed that "
         "account.", []),
        # guards: a verb of speaking with no report; a relative clause whose speech verb has
        # a clause of its own
        ("The minister, who spoke briefly on Tuesday, declined to answer questions.", []),
        ("Smith, who said on Monday that the vote was rigged, resigned.",
         [("the vote was rigged", "Smith")]),
        # "according to X" before a comparison that closes the clause (was no report)
        ("The FAA has counted 23 serious runway incursions so far this year, according to "
         "agency data, compared with 16 at the same point last year.",
         [("The FAA has counted 23 serious runway incursions so far this year",
           "agency data")]),
        ("Unemployment rose to 6.1 percent in June, according to Statistics Canada, up from "
         "5.9 percent in May.",
         [("Unemployment rose to 6.1 percent in June", "Statistics Canada")]),
        # a verb that reports only with "that" after a week or a month named from now (was
        # no report); guard: a plural noun before them
        ("The Richmond Times-Dispatch reported last week that the plane had flown the "
         "governor to Norfolk.",
         [("the plane had flown the governor to Norfolk", "The Richmond Times-Dispatch")]),
        ("The company announced earlier this month that it would close the plant.",
         [("it would close the plant", "The company")]),
        ("A university poll found last week that Clinton would beat Trump 46 to 40 percent.",
         [("Clinton would beat Trump 46 to 40 percent", "A university poll")]),
        ("The race now moves to Western states this week that Sanders is counting on.", []),
        # a report of its own after a set-off attribution and a time clause (was lost)
        ("The governor used the plane for political travel, the director confirmed "
         "Wednesday, days after a newspaper reported that he had flown to four fundraisers.",
         [("The governor used the plane for political travel", "the director"),
          ("he had flown to four fundraisers", "a newspaper")]),
        # a new clause after a quotation's closing mark (was the speaker before)
        ('The commissioner said the bloc would respond "firmly," and officials there said a '
         'list could be ready within two weeks.',
         [("the bloc would respond \"firmly,\"", "The commissioner"),
          ("a list could be ready within two weeks", "officials there")]),
        # a poll's share for a candidate, the poll "commissioned by" its owner (was none);
        # guard: someone found with a share of something else
        ("A poll commissioned by the Star Tribune found Lindahl with 38 percent support and "
         "Diallo with 35 percent.",
         [("Lindahl with 38 percent support and Diallo with 35 percent",
           "A poll commissioned by the Star Tribune")]),
        ("Police found the man with 20 percent burns.", []),
        # "according to X" before any phrase with no verb closing the clause (was no report);
        # guard: a clause of its own after it
        ("The campaign has spent $14 million on ads since October, according to the "
         "ad-tracking firm AdImpact, about twice as much as Marsh and his allies.",
         [("The campaign has spent $14 million on ads since October",
           "the ad-tracking firm AdImpact")]),
        ("The man was shot twice, according to police, he died later in hospital.", []),
        # ... or a subordinate clause of the clause before (was no report)
        ("The backlog has passed 3 million cases, according to government data analyzed by "
         "Syracuse University, as judges leave faster than they can be replaced.",
         [("The backlog has passed 3 million cases",
           "government data analyzed by Syracuse University")]),
        # where the subject wrote it before "that", its own document (was no report); guard:
        # a claim someone else owns
        ("The judge wrote in his decision that the settlement was fair to everyone.",
         [("the settlement was fair to everyone", "The judge")]),
        ("The judge ruled in favor of the father's request that the boy stay home.", []),
        # a group with no article and whom it acts for (was no report)
        ("A judge has approved a settlement of the class action, lawyers for the class said "
         "Monday.", [("A judge has approved a settlement of the class action",
                      "lawyers for the class")]),
        # people in the plural after a noun and "that": the object relative clause's own
        # subject (was the sentence's: "The leader of ...'s main"); guards: after a verb
        ("The opposition leader declared victory in a runoff that international observers "
         "said was marred by delays and scattered violence.",
         [("was marred by delays and scattered violence", "international observers")]),
        ("He warned that critics say the plan will fail.",
         [("critics say the plan will fail", "he")]),
        # documents in the plural there too, before a verb that reports only with "that"
        # (was no report); the relative clause ends at its comma
        ("They sparred in a race that polls show is within the margin of error.",
         [("is within the margin of error", "polls")]),
        ("The plan, which the data show will cost more, passed.",
         [("will cost more", "the data")]),
        # whom a report was told in seven words (was no report); guard: a clause among them
        ("The judge told the 62 new citizens from 21 countries that Canada was better.",
         [("Canada was better", "The judge")]),
        # a document and a participle of finding before "that" (was no report): who cites it
        # tells what it shows (PolNeAR's convention), the document itself after "with" or
        # opening the clause; guard: a letter saying, which no one issued
        ("He cited the agency's own figures showing that a fifth of trips did not run.",
         [("a fifth of trips did not run", "He")]),
        ("Some of the operatives have been poring over polling data showing that few voters "
         "knew of it.", [("few voters knew of it", "Some of the operatives")]),
        ("The race is close, with the new Register/Bloomberg Politics survey finding that 45 "
         "percent backed Clinton.",
         [("45 percent backed Clinton", "the new Register/Bloomberg Politics survey")]),
        ("Police are investigating a letter saying the mayor was corrupt.", []),
        # the document after a verb or a preposition, not the words before it (was "poring
        # over polling data", "with some polls")
        ("The race is closer in Ohio, with some polls indicating that Kasich has a small lead.",
         [("Kasich has a small lead", "some polls")]),
        # a definite noun phrase after a noun and "that": the relative clause's subject (was
        # "a trend that the foundation")
        ("Courses are closing every year, a trend that the foundation predicts will continue "
         "for years.", [("will continue for years", "the foundation")]),
        # a report of its own inside a sentence-long report, after a boundary (was the
        # outer speaker's)
        ("The inspector general will review the contract, after a whistleblower alleged that "
         "an official steered the deal, the office said Friday.",
         [("The inspector general will review the contract", "the office"),
          ("an official steered the deal", "a whistleblower")]),
        # the subject after "in which" ending a predicate after an appositive (was the
        # senator who opens the sentence)
        ("Sen. Mark Dorsey, a Texas Republican, pressed her on a speech she gave in 2019 in "
         "which she said the amendment had limits.", [("the amendment had limits", "she")]),
        # the name an appositive describes before "which"/"who" (was the appositive); guard:
        # a plural and its description
        ("The inquiry follows a complaint by the Campaign Legal Center, a watchdog group, "
         "which said Tolliver had repaid himself $218,000.",
         [("Tolliver had repaid himself $218,000", "the Campaign Legal Center")]),
        ("It was praised by critics, a vocal group, who said it would fail.",
         [("it would fail", "a vocal group")]),
        # a share "among" voters; a poll "by" its owner before a participle of publishing
        # (was "Sunday")
        ("A poll by Detroit's WXYZ-TV released Sunday showed Hale with 36 percent among likely "
         "voters and Kessling with 21 percent.",
         [("Hale with 36 percent among likely voters and Kessling with 21 percent",
           "A poll by Detroit's WXYZ-TV released Sunday")]),
        # an organisation's name in lower case as the subject, a vote's count before
        # "that" (was "A federal" and "2-1 that ..."; the school board as before); guard: a
        # role and a verb before a noun
        ("A federal appeals court on Thursday blocked the rule, ruling 2-1 that it conflicted "
         "with federal law.", [("it conflicted with federal law", "A federal appeals court")]),
        ("The local school board voted on Monday, saying that the budget was short.",
         [("the budget was short", "The local school board")]),
        ("The mayor appeals board decisions often, saying that they are wrong.",
         [("they are wrong", "The mayor")]),
        # documents after "who" (was "Saturday"); a number of people told (was no report)
        ("The candidates campaigned on Saturday, each trying to win over the women who polls "
         "suggest will decide the state.", [("will decide the state", "polls")]),
        ("The nominee told about 1,200 people at a community college gym that her opponent "
         "had lied.", [("her opponent had lied", "The nominee")]),
    ],
)  # fmt: skip
def test_reports_of_the_twenty_first_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a race within a margin after a verb of finding (was no report: "four points" read
        # as what a player scored)
        ("A poll released last week by a Whitcomb ally showed the race within four points.",
         [("the race within four points", "A poll released last week by a Whitcomb ally")]),
        ("A Marist poll found Whitcomb within three points of Quintero.",
         [("Whitcomb within three points of Quintero", "A Marist poll")]),
        ("The survey showed the race within the margin of error.",
         [("the race within the margin of error", "The survey")]),
        # guards: points scored; no verb of finding
        ("McDavid added two points in the third period.", []),
        ("The team moved within four points of a playoff spot.", []),
    ],
)  # fmt: skip
def test_reports_of_the_twenty_second_held_out_sessions_families(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a question someone asked, an account someone gave: reported as PolNeAR annotates
        # them (were no report)
        ("Todd asked Pence whether that would take place before the election.",
         [("whether that would take place before the election", "Todd")]),
        ("The group asked whether candidates supported the bill.",
         [("whether candidates supported the bill", "The group")]),
        ("The senator questioned whether the law was needed.",
         [("whether the law was needed", "The senator")]),
        ("She explained how the program would work.", [("how the program would work", "she")]),
        ("LeVell spoke after an appearance on a radio station during which callers asked how "
         "much he was paid.", [("how much he was paid", "callers")]),
        # guards: no question; a passive or a participle with no subject of its own
        ("The mayor asked residents to stay home.", []),
        ("When asked whether he would run, Smith smiled.", []),
        ("Achebe, asked whether he saw the move as a demotion, smiled.", []),
    ],
)  # fmt: skip
def test_questions_asked_and_accounts_given(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "posted" with "that" after a medium (was no report)
        ("Castaneda-Ruiz, a Democrat, posted on X that the governor had failed.",
         [("the governor had failed", "Castaneda-Ruiz")]),
        # guards: what was posted, no clause; a time after a verb, no clause (was "within
        # the hour" reported); a phrase before a clause
        ("The company posted a profit of $2 billion.", []),
        ("Abernathy, a Republican, fired back within the hour.", []),
        ("She said within a year the plan would pay for itself.",
         [("within a year the plan would pay for itself", "she")]),
    ],
)  # fmt: skip
def test_reports_of_the_twenty_second_held_out_sessions_last_pair(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected
