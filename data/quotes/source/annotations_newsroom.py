"""Made-up news articles of the kinds the held-out sets hold (Canadian sport, court, crime,
politics, business and features: several people, he/she, epithets, datelines), written and
annotated by hand for this project (2026-12-06). Each article: ``id``, ``split``, ``text``
(headline line, then paragraphs separated by blank lines) and ``gold``: (the annotated span as
written, the speaker as the article names them most fully, the kind[, other acceptable
speakers]). The held-out articles (n12-n17) were written and annotated before the tool was
run on them (n18-n21, development, were added after n12-n17 were set aside). A second held-out
part (n22-n27, ``heldout2``) was written and annotated the same way on 2026-12-06, a session
later, before the tool was run on it; a third (n28-n33, ``heldout3``) the same day, after
the families the second one showed had landed; a fourth (n34-n39, ``heldout4``) after the
third's families had; a fifth (n40-n45, ``heldout5``), written to be hard, after that; a sixth (n46-n51,
``heldout6``) after the fifth's families; a seventh (n52-n57, ``heldout7``) after the sixth's;
an eighth (n58-n63, ``heldout8``) a session later, after the seventh's;
a ninth (n64-n67, ``heldout9``, four articles) after the eighth's; a tenth (n68-n73,
``heldout10``) after the ninth's; an eleventh (n74-n79, ``heldout11``) after the tenth's;
a twelfth (n80-n85, ``heldout12``) after the eleventh's; a thirteenth (n86-n91,
``heldout13``) after the twelfth's; a fourteenth (n92-n97, ``heldout14``) after the thirteenth's;
a fifteenth (n98-n103, ``heldout15``) a session later, after the fourteenth's;
a sixteenth (n104-n109, ``heldout16``) after the fifteenth's;
a seventeenth (n110-n115, ``heldout17``) after the sixteenth's and PolNeAR's;
an eighteenth (n116-n121, ``heldout18``) after the seventeenth's;
a nineteenth (n122-n127, ``heldout19``) a session later, after the eighteenth's;
a twentieth (n128-n133, ``heldout20``) after the nineteenth's;
a twenty-first (n134-n139, ``heldout21``) after the twentieth's;
a twenty-second (n140-n145, ``heldout22``) after the twenty-first's;
a twenty-third (n146-n151, ``heldout23``) after the twenty-second's;
a twenty-fourth (n152-n157, ``heldout24``) after the twenty-third's;
a twenty-fifth (n158-n163, ``heldout25``) after the twenty-fourth's;
a twenty-sixth (n164-n169, ``heldout26``) after the twenty-fifth's;
a twenty-seventh (n170-n175, ``heldout27``) after the twenty-sixth's;
a twenty-eighth (n176-n181, ``heldout28``) after the twenty-seventh's;
a twenty-ninth (n182-n187, ``heldout29``) after the twenty-eighth's;
a thirtieth to a thirty-second (n188-n205, ``heldout30`` to ``heldout32``) a session later, each
after the one before's; a thirty-third to a thirty-fifth (n206-n223, ``heldout33`` to
``heldout35``) a session after those, written and annotated together before the tool ran on any;
a thirty-sixth to a thirty-eighth (n224-n241, ``heldout36`` to ``heldout38``) the same way the
same day, after the thirty-third to thirty-fifth's families; a thirty-ninth to a forty-first
(n242-n259, ``heldout39`` to ``heldout41``) likewise, after the thirty-sixth to thirty-eighth's;
a forty-second (n260-n265, ``heldout42``) after the thirty-ninth to forty-first's; a
forty-third to a forty-fifth (n266-n283, ``heldout43`` to ``heldout45``) a session later,
written and annotated together before the tool ran on any (Canadian copy; US political copy
of 2016; business copy and the constructions the issue names); a forty-sixth and a
forty-seventh (n284-n295, ``heldout46`` and ``heldout47``) the same day after those parts'
families, written together before the tool ran on either (several people of one sex and
their epithets; US political copy heavy with reported speech); a forty-eighth (n296-n301,
``heldout48``) after their family (an obituary, a television interview, curling, a scam, a
memo, a council meeting); a forty-ninth and a fiftieth (n302-n313, ``heldout49`` and
``heldout50``) a session later, written and annotated together before the tool ran on either
(Canadian crime, sport, a feature, council, court and health copy; US political copy of 2016,
business copy and verbs outside the usual list); a fifty-first and a fifty-second (n314-n324,
``heldout51`` and ``heldout52``) the same day after their families, written together before
the tool ran on either (several people of one sex, sisters, a judge and a lawyer; polls, an
advertisement, two companies, a quotation that goes on with no attribution); a fifty-third and
a fifty-fourth (n325-n336, ``heldout53`` and ``heldout54``) after theirs, the same way (epithets
and ages for people named a paragraph before, a family, a scolding and a blurt, a grocer;
a debate, a veto, outside money, a payment, an adviser, job cuts); a fifty-fifth and a
fifty-sixth (n337-n348, ``heldout55`` and ``heldout56``) after theirs, the same way (two
tennis players, a scam's victims, a backyard rink, premiers' letter, a bank, an inquest; a
primary night, an apology, a state bill, a mayor's statement, a co-founder, a golf playoff); a
fifty-seventh and a fifty-eighth (n349-n360, ``heldout57`` and ``heldout58``) after theirs,
the same way (an uncle and a nephew, an interim coach, sisters charged, a trustee, refunds,
measles; an endorsement, a re-election, a governor, a police chief, a strike, a title fight);
a fifty-ninth and a sixtieth (n361-n372, ``heldout59`` and ``heldout60``) after theirs, the
same way (two goalies, a cyclist killed, a choir, dogs on beaches, housing starts, an appeal;
a convention speech, a trial date, tariffs, a Senate hearing, a wildfire, a skating pair);
a sixty-first and a sixty-second (n373-n384, ``heldout61`` and ``heldout62``) after theirs,
the same way (a vice-presidential debate, a pipeline, a budget, a superintendent fired,
fundraising, a retirement; two pitchers, a drug seizure, a tailor, an apology, an outage,
nurses' overtime); a sixty-third and a sixty-fourth (n385-n396, ``heldout63`` and
``heldout64``) the session after (an overtime win, a bar shooting, a late goal, a fraud trial,
bus rapid transit, closed emergency rooms; a bakery, an appeal, layoffs, a language app,
question period, home sales); a sixty-fifth and a sixty-sixth (n397-n408, ``heldout65`` and
``heldout66``) after theirs, the same way (caucuses, an endorsement withheld, a debate, a
candidate staying in, a vote blocked, a running mate; grocery stores, job cuts, a basketball
game, a professor, a judge's scolding, a document); a sixty-seventh and a sixty-eighth
(n409-n420, ``heldout67`` and ``heldout68``) after theirs, the same way (a field goal, a
roommate charged, an inquest, gas stoves, a doctor retiring, a bank's profit; a rivalry game,
a budget, a frozen lake, a music program, store closures, a fiddler); a sixty-ninth and a
seventieth (n421-n432, ``heldout69`` and ``heldout70``) after theirs, the same way (an upset,
a judge attacked, an email report, a campaign ended, a lawsuit, commutations; a grocer's
profit, a verdict, a student cap, a tennis comeback, a measles death, three generations); a
seventy-first and a seventy-second (n433-n444, ``heldout71`` and ``heldout72``) after theirs,
the same way (a shutout, a daycare, a land swap, a chef, a strike vote, a study; a running
mate, an endorsement, a debate, a hospital's notice, job cuts, a curling final); a
seventy-third and a seventy-fourth (n445-n456, ``heldout73`` and ``heldout74``) after theirs,
the same way (a 50th goal, a sentence, a carbon tax, a librarian, a jet order, nurses; a
pledge, a hearing, a decision weighed, a roof, a playoff, a class action); a seventy-fifth
and a seventy-sixth (n457-n468, ``heldout75`` and ``heldout76``) after theirs, the same way
(a hiker found, an emergency declared, a return from injury, a wrongful conviction, canola,
a school garden; caucuses, tweets, a voter ID law, falling sales, ferry cuts, measles); a
seventy-seventh and a seventy-eighth (n469-n480, ``heldout77`` and ``heldout78``) after
theirs, the same way (an obituary, a late goal, a house fire, a carbon tax vow, flights
resumed, twin doctors; a candidate out, Zika money, a sit-in, subscribers, a strike vote,
a gold medal); a seventy-ninth and an eightieth (n481-n492, ``heldout79`` and ``heldout80``)
after theirs, written harder (a shootout, an elder fraud, a campaign launch, a retailer's
chief, a fiddler's last show, a bail hearing; a primary, a boast, a warning, a fine, a
trade, an exposure); an eighty-first and an eighty-second (n493-n504, ``heldout81`` and
``heldout82``) after theirs, the same way (a shutout, an inquiry, tuition, a founder's ads,
a veteran, pharmacists; a concession, an endorsement, a recall, another endorsement, a
standoff, a basketball game); an eighty-third and an eighty-fourth (n505-n516, ``heldout83``
and ``heldout84``) after theirs, the same way (two goalies, a confession excluded, homes
promised, a coal sale, a marathon, clinics; a debate, an insult, a resignation, a Grey Cup,
a vaccine, a party shooting); an eighty-fifth and an eighty-sixth (n517-n528, ``heldout85``
and ``heldout86``) after theirs, the same way (a women's hockey game, a school stabbing, a
rate freeze, an airline's end, a bookstore, a sentencing; a campaign ended, no charges, a
recall, two home runs, a carjacking, a study); an eighty-seventh and an eighty-eighth
(n529-n540, ``heldout87`` and ``heldout88``) a session later, the same way (an overtime win,
a church bookkeeper, bike lanes, a blacksmith, a wildfire, a grocer; a debate, a Senate poll,
an all-Canadian quarterfinal, two women charged, a sleep study, a convention speech); an
eighty-ninth and a ninetieth (n541-n552, ``heldout89`` and ``heldout90``) after theirs, the
same way (a hockey game, two sisters in court, a transit strike, a tutor, a hit-and-run, an
airline; a Brooklyn debate, a rally, a rookie's debut, a couple charged, flu shots, a
candidate who stays in); a ninety-first and a ninety-second (n553-n564, ``heldout91`` and
``heldout92``) after theirs, the same way (a curling final, illegal evictions, a premier's
promise, two brothers and a lighthouse, a bank robbery, layoffs; a campaign's end, an FBI
director's finding, a basketball game, two brothers charged, drinking guidance, an
endorsement); a ninety-third and a ninety-fourth (n565-n576, ``heldout93`` and
``heldout94``) after theirs, the same way (a shutout, a judge's decision, federal land for
homes, twin bakers, a phone scam, a bank's results; tax returns, a running mate's speech, a
shootout, a church fire, closed emergency rooms, a stabbing); a ninety-fifth and a
ninety-sixth (n577-n588, ``heldout95`` and ``heldout96``) after theirs, the same way, written
plainer (a carbon tax ruling, a parade, a teachers' strike, a refugee chef, a missing woman,
job cuts; the Iowa caucuses, Nevada, a Grey Cup, a sentencing, vaping rules, an endorsement
withheld); a ninety-seventh and a ninety-eighth (n589-n600, ``heldout97`` and ``heldout98``)
after theirs, the same way (an upset in Montreal, a doctor's licence, a tax hike, a young
fiddler, a police shooting, a rail lockout; a judge attacked, a vice-presidential debate, a
coach fired, ferry cancellations, a drug lab, measles); a ninety-ninth and a hundredth
(n601-n612, ``heldout99`` and ``heldout100``) after theirs, the same way (a soccer win, a
jury's verdict, a language bill, a war bride at 100, a fatal crash, a takeover; an
endorsement, a campaign's end, the NBA draft, a tenants' march, a nurse shortage, a coach
charged).
``scripts/build_newsroom_gold.py`` writes ``../gold-newsroom.json`` from this.
"""

ARTICLES = []
ARTICLES.append(dict(
    id='n01-obituary-halifax',
    split='dev',
    text=(
        "Beloved Halifax music teacher remembered as 'a force of nature'\n"
        '\n'
        "HALIFAX — Margaret Boudreau taught three generations of Halifax children to read music, and on Saturday hundreds of them packed St. Mary's Basilica to say goodbye.\n"
        '\n'
        'Boudreau, who died last week at 87, led the choir at Citadel High School for 31 years before retiring in 1999. Her former students include opera singer Jonathan MacIsaac and the fiddler Ashley Doucette.\n'
        '\n'
        '"She would stop a rehearsal for twenty minutes because one alto was flat," MacIsaac said in his eulogy. "We hated it then. Every one of us is grateful for it now."\n'
        '\n'
        'Her son, Peter Boudreau, said his mother never stopped teaching, even in hospital.\n'
        '\n'
        '"The nurses learned the whole of \'Farewell to Nova Scotia\' in harmony," he said, laughing. "She made them practise."\n'
        '\n'
        'Doucette, who flew in from Nashville for the service, remembered Boudreau driving her home after lessons when her parents could not afford a car.\n'
        '\n'
        '"I would not be playing today without her. It\'s that simple," the fiddler said.\n'
        '\n'
        'Principal Denise Arsenault said the school plans to name its new rehearsal hall after Boudreau.\n'
        '\n'
        '"She was a force of nature," Arsenault said. "You didn\'t say no to Mrs. Boudreau."\n'
        '\n'
        'Boudreau is survived by her son, two daughters and nine grandchildren.\n'
    ),
    gold=[
        ('She would stop a rehearsal for twenty minutes because one alto was flat,', 'Jonathan MacIsaac', 'direct'),
        ('We hated it then. Every one of us is grateful for it now.', 'Jonathan MacIsaac', 'direct'),
        ('his mother never stopped teaching, even in hospital', 'Peter Boudreau', 'indirect'),
        ("The nurses learned the whole of 'Farewell to Nova Scotia' in harmony,", 'Peter Boudreau', 'direct'),
        ('She made them practise.', 'Peter Boudreau', 'direct'),
        ("I would not be playing today without her. It's that simple,", 'Ashley Doucette', 'direct'),
        ('the school plans to name its new rehearsal hall after Boudreau', 'Denise Arsenault', 'indirect'),
        ('She was a force of nature,', 'Denise Arsenault', 'direct'),
        ("You didn't say no to Mrs. Boudreau.", 'Denise Arsenault', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n02-soccer-whitecaps',
    split='dev',
    text=(
        'Whitecaps rally late to stun Sounders\n'
        '\n'
        'VANCOUVER — Ryan Gauld scored twice in the final 10 minutes as the Vancouver Whitecaps came from behind to beat the Seattle Sounders 3-2 on Saturday night.\n'
        '\n'
        'Brian White also scored for Vancouver, which had not beaten its Cascadia rival at home since 2019. Jordan Morris and Raul Ruidiaz scored for Seattle.\n'
        '\n'
        "Gauld's winner came in the 88th minute, when he curled a free kick over the wall and inside the far post.\n"
        '\n'
        '"I saw the keeper take a step to his left, so I went the other way," Gauld said. "Sometimes you just get lucky."\n'
        '\n'
        'Whitecaps coach Vanni Sartini was less modest about his captain.\n'
        '\n'
        '"Luck? No. He practises that kick every day after training," Sartini said. "He is the best player in this league at that and nobody talks about it."\n'
        '\n'
        "Seattle coach Brian Schmetzer blamed his team's defending on set pieces.\n"
        '\n'
        '"We gave away two cheap fouls in dangerous spots," Schmetzer said. "Against a player like Gauld you cannot do that."\n'
        '\n'
        'Morris, who opened the scoring in the 23rd minute, agreed with his coach.\n'
        '\n'
        '"We had the game under control," he said. "Then we stopped doing the simple things."\n'
        '\n'
        'Goalkeeper Yohei Takaoka made six saves for Vancouver. Stefan Frei stopped four shots for Seattle.\n'
        '\n'
        '"Yohei kept us in it in the first half," White said. "Without him it\'s 3-0 at the break."\n'
        '\n'
        'The Whitecaps visit Portland next Saturday.\n'
    ),
    gold=[
        ('I saw the keeper take a step to his left, so I went the other way,', 'Ryan Gauld', 'direct'),
        ('Sometimes you just get lucky.', 'Ryan Gauld', 'direct'),
        ('Luck? No. He practises that kick every day after training,', 'Vanni Sartini', 'direct'),
        ('He is the best player in this league at that and nobody talks about it.', 'Vanni Sartini', 'direct'),
        ('We gave away two cheap fouls in dangerous spots,', 'Brian Schmetzer', 'direct'),
        ('Against a player like Gauld you cannot do that.', 'Brian Schmetzer', 'direct'),
        ('We had the game under control,', 'Jordan Morris', 'direct'),
        ('Then we stopped doing the simple things.', 'Jordan Morris', 'direct'),
        ('Yohei kept us in it in the first half,', 'Brian White', 'direct'),
        ("Without him it's 3-0 at the break.", 'Brian White', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n03-council-bike-lanes',
    split='dev',
    text=(
        'Calgary council approves new bike lanes after heated debate\n'
        '\n'
        'CALGARY — City council voted 9-6 on Tuesday to build 28 kilometres of protected bike lanes over the next three years, ending a debate that ran past midnight.\n'
        '\n'
        'Coun. Courtney Walcott, who sponsored the motion, said the lanes would make cycling safe for children and seniors.\n'
        '\n'
        '"This is not about a small group of cyclists. It is about giving families a real choice," Walcott said.\n'
        '\n'
        'Coun. Dan McLean was one of six councillors who voted against it. He said the $44-million price tag was too high while property taxes are rising.\n'
        '\n'
        '"People in my ward are worried about paying their bills," McLean said. "They are not asking for bike lanes."\n'
        '\n'
        'Mayor Jyoti Gondek, who voted in favour, said the city would apply for federal funding to cover part of the cost.\n'
        '\n'
        '"We have an opportunity to leverage federal dollars here," the mayor said. "It would be irresponsible not to try."\n'
        '\n'
        'Business groups were divided. Deborah Yedlin, president of the Calgary Chamber of Commerce, said the chamber supports the plan, but the owner of a Kensington cafe said the lanes would cost her parking spaces.\n'
        '\n'
        '"My customers drive here. If they can\'t park, they go somewhere else," said Lisa Tran, who has run Tran\'s Kitchen for 11 years.\n'
        '\n'
        'Construction is expected to begin in the spring.\n'
    ),
    gold=[
        ('the lanes would make cycling safe for children and seniors', 'Courtney Walcott', 'indirect'),
        ('This is not about a small group of cyclists. It is about giving families a real choice,', 'Courtney Walcott', 'direct'),
        ('the $44-million price tag was too high while property taxes are rising', 'Dan McLean', 'indirect'),
        ('People in my ward are worried about paying their bills,', 'Dan McLean', 'direct'),
        ('They are not asking for bike lanes.', 'Dan McLean', 'direct'),
        ('the city would apply for federal funding to cover part of the cost', 'Jyoti Gondek', 'indirect'),
        ('We have an opportunity to leverage federal dollars here,', 'Jyoti Gondek', 'direct'),
        ('It would be irresponsible not to try.', 'Jyoti Gondek', 'direct'),
        ('the chamber supports the plan', 'Deborah Yedlin', 'indirect'),
        ('the lanes would cost her parking spaces', 'the owner of a Kensington cafe', 'indirect', ['Lisa Tran']),
        ("My customers drive here. If they can't park, they go somewhere else,", 'Lisa Tran', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n04-court-fraud-sentence',
    split='dev',
    text=(
        'Former Winnipeg accountant sentenced to five years for fraud\n'
        '\n'
        'WINNIPEG — A former accountant who stole more than $2 million from a Winnipeg charity was sentenced Thursday to five years in prison.\n'
        '\n'
        'Gordon Kowalchuk, 58, pleaded guilty last fall to fraud over $5,000 after an audit found he had moved money from the Prairie Hope Foundation into his own accounts over nine years.\n'
        '\n'
        'Court of King\'s Bench Justice Sheila Pratt called the crime "a profound betrayal of trust."\n'
        '\n'
        '"Mr. Kowalchuk took money meant for children in poverty and spent it on cottages and cars," Pratt said as she delivered her decision. "The community is entitled to expect a strong response."\n'
        '\n'
        "Kowalchuk's lawyer, Mark Hrynchuk, had asked for a sentence of three years. He told the court his client had repaid about $400,000 and had no criminal record.\n"
        '\n'
        'Crown prosecutor Alyssa Marchand said the repayment did not change the seriousness of the offence.\n'
        '\n'
        '"He did not stop because his conscience caught up with him," she said. "He stopped because he was caught."\n'
        '\n'
        "The foundation's executive director, Ruth Okafor, said outside court that the charity had cut programs after the money was discovered missing.\n"
        '\n'
        '"We had to close an after-school program that served 60 kids," Okafor said. "Those kids paid for this."\n'
        '\n'
        'Kowalchuk declined to comment as he was led from the courtroom.\n'
    ),
    gold=[
        # (a finding reported: added with the verbs of finding, after the tool read it)
        ('he had moved money from the Prairie Hope Foundation into his own accounts over nine years', 'an audit', 'indirect', ['audit']),
        ('a profound betrayal of trust.', 'Sheila Pratt', 'partial'),
        ('Mr. Kowalchuk took money meant for children in poverty and spent it on cottages and cars,', 'Sheila Pratt', 'direct'),
        ('The community is entitled to expect a strong response.', 'Sheila Pratt', 'direct'),
        ('his client had repaid about $400,000 and had no criminal record', 'Mark Hrynchuk', 'indirect'),
        ('the repayment did not change the seriousness of the offence', 'Alyssa Marchand', 'indirect'),
        ('He did not stop because his conscience caught up with him,', 'Alyssa Marchand', 'direct'),
        ('He stopped because he was caught.', 'Alyssa Marchand', 'direct'),
        ('the charity had cut programs after the money was discovered missing', 'Ruth Okafor', 'indirect'),
        ('We had to close an after-school program that served 60 kids,', 'Ruth Okafor', 'direct'),
        ('Those kids paid for this.', 'Ruth Okafor', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n05-business-startup',
    split='dev',
    text=(
        'Ottawa startup raises $40 million to take its farm robots abroad\n'
        '\n'
        'OTTAWA — An Ottawa company that builds robots to weed vegetable fields has raised $40 million from investors, it said Wednesday, and plans to open offices in California and the Netherlands.\n'
        '\n'
        'FieldHand Robotics, founded in 2019 by engineers Priya Raman and Tomas Lindqvist, says its machines can cut the cost of weeding organic crops by as much as 60 per cent.\n'
        '\n'
        '"Farmers cannot find workers for this job anymore," said Raman, the company\'s chief executive. "A robot doesn\'t replace a person here. It replaces a job nobody wants."\n'
        '\n'
        'The round was led by the Toronto venture firm Northern Light Partners. Its managing partner, Kevin Osei, said agriculture technology was one of the few areas where investors were still writing large cheques.\n'
        '\n'
        '"Everyone is chasing artificial intelligence. These folks are using it to solve a real problem," Osei said.\n'
        '\n'
        'Lindqvist, the chief technology officer, said the company would double its staff of 85 within two years.\n'
        '\n'
        'Not everyone is convinced. Sarah Beaulieu, an agricultural economist at the University of Guelph, said robots were still too expensive for most small farms.\n'
        '\n'
        '"The technology is impressive, but the economics only work for large growers right now," Beaulieu said.\n'
        '\n'
        "FieldHand's machines are in use on 140 farms in Ontario and Quebec, according to the company.\n"
    ),
    gold=[
        ('An Ottawa company that builds robots to weed vegetable fields has raised $40 million from investors', 'FieldHand Robotics', 'indirect', ['it']),
        ('its machines can cut the cost of weeding organic crops by as much as 60 per cent', 'FieldHand Robotics', 'indirect'),
        ('Farmers cannot find workers for this job anymore,', 'Priya Raman', 'direct'),
        ("A robot doesn't replace a person here. It replaces a job nobody wants.", 'Priya Raman', 'direct'),
        ('agriculture technology was one of the few areas where investors were still writing large cheques', 'Kevin Osei', 'indirect'),
        ('Everyone is chasing artificial intelligence. These folks are using it to solve a real problem,', 'Kevin Osei', 'direct'),
        ('the company would double its staff of 85 within two years', 'Tomas Lindqvist', 'indirect'),
        ('robots were still too expensive for most small farms', 'Sarah Beaulieu', 'indirect'),
        ('The technology is impressive, but the economics only work for large growers right now,', 'Sarah Beaulieu', 'direct'),
        ("FieldHand's machines are in use on 140 farms in Ontario and Quebec", 'FieldHand Robotics', 'indirect', ['the company']),
    ],
))
ARTICLES.append(dict(
    id='n06-feature-ferry-captain',
    split='dev',
    text=(
        'The last ferry captain of Bell Island\n'
        '\n'
        'BELL ISLAND, N.L. — For 34 years, Wayne Kavanagh has steered the ferry between Portugal Cove and Bell Island, in fog, in ice and in winds that would keep most boats tied up.\n'
        '\n'
        'On Friday he makes his last crossing.\n'
        '\n'
        '"People ask me if I\'m sad. I\'m not sad. I\'m tired," Kavanagh, 66, said in the wheelhouse of the MV Legionnaire as it pulled away from the dock. "My knees have done this run more times than I have."\n'
        '\n'
        'His brother Gerald worked beside him as a deckhand for 20 years before he retired in 2015. Gerald remembers the winter of 1994, when the ferry was stuck in the ice for 11 hours.\n'
        '\n'
        '"We ran out of coffee by the third hour," Gerald said. "Wayne never raised his voice once. Not once."\n'
        '\n'
        "Kavanagh's daughter, Melissa, now works for the provincial ferry service as a dispatcher. She said her father taught her to read the weather before she could ride a bike.\n"
        '\n'
        '"He\'d stand at the kitchen window and say, \'She\'s going to blow by noon,\' and he was always right," she said.\n'
        '\n'
        '"I\'m going to miss the people most," Kavanagh said. "You get to know everybody on an island this size. You know whose mother is sick and whose kid just graduated.\n'
        '\n'
        '"That\'s what the job really is. The boat is the easy part."\n'
        '\n'
        "Passenger Joan Hickey has taken the ferry to work in St. John's five days a week since 1990.\n"
        '\n'
        '"He knows my coffee order and my grandchildren\'s names," Hickey said. "The new fellow has big shoes to fill."\n'
        '\n'
        'The new captain, Darren Power, starts Monday. Asked about following Kavanagh, Power laughed.\n'
        '\n'
        '"No pressure," he said.\n'
    ),
    gold=[
        ("People ask me if I'm sad. I'm not sad. I'm tired,", 'Wayne Kavanagh', 'direct'),
        ('My knees have done this run more times than I have.', 'Wayne Kavanagh', 'direct'),
        ('We ran out of coffee by the third hour,', 'Gerald', 'direct', ['Gerald Kavanagh']),
        ('Wayne never raised his voice once. Not once.', 'Gerald', 'direct', ['Gerald Kavanagh']),
        ('her father taught her to read the weather before she could ride a bike', 'Melissa', 'indirect', ['Melissa Kavanagh']),
        ("He'd stand at the kitchen window and say, 'She's going to blow by noon,' and he was always right,", 'Melissa', 'direct', ['Melissa Kavanagh']),
        ("I'm going to miss the people most,", 'Wayne Kavanagh', 'direct'),
        ('You get to know everybody on an island this size. You know whose mother is sick and whose kid just graduated.', 'Wayne Kavanagh', 'direct'),
        ("That's what the job really is. The boat is the easy part.", 'Wayne Kavanagh', 'direct'),
        ("He knows my coffee order and my grandchildren's names,", 'Joan Hickey', 'direct'),
        ('The new fellow has big shoes to fill.', 'Joan Hickey', 'direct'),
        ('No pressure,', 'Darren Power', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n07-hockey-jets-wild',
    split='dev',
    text=(
        'Jets edge Wild in shootout as Hellebuyck stops 41\n'
        '\n'
        'WINNIPEG — Connor Hellebuyck made 41 saves and stopped all three shooters in the shootout as the Winnipeg Jets beat the Minnesota Wild 3-2 on Thursday night.\n'
        '\n'
        'Kyle Connor scored the shootout winner, beating Filip Gustavsson with a wrist shot high on the glove side. Mark Scheifele and Nikolaj Ehlers scored in regulation for Winnipeg.\n'
        '\n'
        'Kirill Kaprizov and Joel Eriksson Ek scored for Minnesota, which has lost four straight.\n'
        '\n'
        '"Helly was unbelievable again," Scheifele said. "We didn\'t play our best game and he bailed us out."\n'
        '\n'
        'Hellebuyck shrugged off the praise.\n'
        '\n'
        '"It\'s my job. The guys blocked a lot of shots too," he said. "Some nights the puck finds you."\n'
        '\n'
        'Wild coach John Hynes said his team deserved a better result.\n'
        '\n'
        '"We outshot them 43-29. We had the better chances," Hynes said. "Their goalie was the difference."\n'
        '\n'
        'Kaprizov, who extended his point streak to nine games, said the Wild need to find a way to win close games.\n'
        '\n'
        '"We play good, but we lose. We have to be better in overtime," Kaprizov said through an interpreter.\n'
        '\n'
        "Jets coach Rick Bowness was blunt about his team's effort.\n"
        '\n'
        '"That wasn\'t good enough. I told them that after the second period," Bowness said. "We have to be a lot harder to play against."\n'
        '\n'
        'Ehlers left the game in the third period after a hit from Marcus Foligno but returned for overtime. Bowness said he was fine.\n'
        '\n'
        'Foligno was given a two-minute minor for roughing on the play.\n'
        '\n'
        '"It\'s a hockey play. I didn\'t think it was dirty," Foligno said.\n'
        '\n'
        'The Jets host Colorado on Saturday.\n'
    ),
    gold=[
        ('Helly was unbelievable again,', 'Mark Scheifele', 'direct'),
        ("We didn't play our best game and he bailed us out.", 'Mark Scheifele', 'direct'),
        ("It's my job. The guys blocked a lot of shots too,", 'Connor Hellebuyck', 'direct'),
        ('Some nights the puck finds you.', 'Connor Hellebuyck', 'direct'),
        ('his team deserved a better result', 'John Hynes', 'indirect'),
        ('We outshot them 43-29. We had the better chances,', 'John Hynes', 'direct'),
        ('Their goalie was the difference.', 'John Hynes', 'direct'),
        ('the Wild need to find a way to win close games', 'Kirill Kaprizov', 'indirect'),
        ('We play good, but we lose. We have to be better in overtime,', 'Kirill Kaprizov', 'direct'),
        ("That wasn't good enough. I told them that after the second period,", 'Rick Bowness', 'direct'),
        ('We have to be a lot harder to play against.', 'Rick Bowness', 'direct'),
        ('he was fine', 'Rick Bowness', 'indirect'),
        ("It's a hockey play. I didn't think it was dirty,", 'Marcus Foligno', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n08-politics-teachers-rally',
    split='dev',
    text=(
        "Teachers rally at Queen's Park as contract talks stall\n"
        '\n'
        'TORONTO — Thousands of teachers and education workers rallied outside the Ontario legislature on Saturday as contract talks with the province remained stalled.\n'
        '\n'
        'The rally was organized by the Ontario Secondary School Teachers\' Federation, whose president, Karen Littlewood, told the crowd that teachers were "tired of being disrespected."\n'
        '\n'
        '"We are asking for smaller classes and for wages that keep up with inflation. That is not radical," Littlewood said.\n'
        '\n'
        'Education Minister Stephen Lecce said in a statement that the government had made a fair offer and urged the union to return to the table.\n'
        '\n'
        '"Parents want certainty, and students deserve to be in class," the statement said.\n'
        '\n'
        'Many of the teachers at the rally brought their children. Amira Haddad, a Grade 4 teacher from Mississauga, held a sign that read "I buy my own glue sticks."\n'
        '\n'
        '"Last year I spent $1,200 of my own money on supplies," she said. "I\'m not complaining. I\'m telling you what it costs."\n'
        '\n'
        'Opposition Leader Marit Stiles, who addressed the rally, accused the government of picking a fight with teachers to distract from its health-care record.\n'
        '\n'
        '"This government would rather fight teachers than fix hospitals," Stiles said.\n'
        '\n'
        'A spokesperson for Premier Doug Ford did not respond to a request for comment.\n'
        '\n'
        'Negotiations are scheduled to resume next week.\n'
    ),
    gold=[
        ('teachers were "tired of being disrespected."', 'Karen Littlewood', 'indirect'),
        ('tired of being disrespected.', 'Karen Littlewood', 'partial'),
        ('We are asking for smaller classes and for wages that keep up with inflation. That is not radical,', 'Karen Littlewood', 'direct'),
        ('the government had made a fair offer and urged the union to return to the table', 'Stephen Lecce', 'indirect'),
        ('Parents want certainty, and students deserve to be in class,', 'Stephen Lecce', 'direct', ['the statement']),
        ('I buy my own glue sticks.', None, 'ignore'),
        ('Last year I spent $1,200 of my own money on supplies,', 'Amira Haddad', 'direct'),
        ("I'm not complaining. I'm telling you what it costs.", 'Amira Haddad', 'direct'),
        ('This government would rather fight teachers than fix hospitals,', 'Marit Stiles', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n09-crime-robbery',
    split='dev',
    text=(
        'Two men charged after armed robbery at Surrey jewelry store\n'
        '\n'
        'SURREY, B.C. — Two men have been charged after an armed robbery at a Surrey jewelry store on Monday afternoon, RCMP say.\n'
        '\n'
        'Police say the men, wearing masks and carrying a handgun, entered Gold Star Jewellers on King George Boulevard shortly before 3 p.m. and forced two employees to the floor.\n'
        '\n'
        'Cpl. Vanessa Munn said officers arrived within four minutes and arrested the men as they tried to drive away.\n'
        '\n'
        '"The quick actions of the employees, who triggered the silent alarm, made all the difference," Munn said.\n'
        '\n'
        'Jaswinder Gill, 34, and Tyler Brooks, 29, both of Surrey, are charged with robbery and possession of a prohibited weapon. Gill was also charged with breaching a probation order.\n'
        '\n'
        "The store's owner, Harjit Sandhu, said his staff were shaken but unhurt.\n"
        '\n'
        '"My sister was one of the people on the floor," he said. "She is strong, but she did not sleep last night."\n'
        '\n'
        'Sandhu said the store would reopen on Thursday.\n'
        '\n'
        'A neighbouring business owner, who asked not to be named, said it was the third robbery on the block this year.\n'
        '\n'
        '"We keep asking the city for more patrols. Nobody listens," she said.\n'
        '\n'
        "Brooks's lawyer, Ian MacKenzie, said his client would plead not guilty.\n"
        '\n'
        '"There is a lot more to this story," MacKenzie said.\n'
        '\n'
        'Both men remain in custody and are scheduled to appear in court next week.\n'
    ),
    gold=[
        ('Two men have been charged after an armed robbery at a Surrey jewelry store on Monday afternoon', 'RCMP', 'indirect'),
        ('the men, wearing masks and carrying a handgun, entered Gold Star Jewellers on King George Boulevard shortly before 3 p.m. and forced two employees to the floor', 'police', 'indirect'),
        ('officers arrived within four minutes and arrested the men as they tried to drive away', 'Vanessa Munn', 'indirect'),
        ('The quick actions of the employees, who triggered the silent alarm, made all the difference,', 'Vanessa Munn', 'direct'),
        ('his staff were shaken but unhurt', 'Harjit Sandhu', 'indirect'),
        ('My sister was one of the people on the floor,', 'Harjit Sandhu', 'direct'),
        ('She is strong, but she did not sleep last night.', 'Harjit Sandhu', 'direct'),
        ('the store would reopen on Thursday', 'Harjit Sandhu', 'indirect'),
        ('it was the third robbery on the block this year', 'a neighbouring business owner', 'indirect'),
        ('We keep asking the city for more patrols. Nobody listens,', 'a neighbouring business owner', 'direct'),
        ('his client would plead not guilty', 'Ian MacKenzie', 'indirect'),
        ('There is a lot more to this story,', 'Ian MacKenzie', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n10-basketball-raptors',
    split='dev',
    text=(
        "Raptors fall to Bucks despite Barnes's career night\n"
        '\n'
        'TORONTO — Scottie Barnes scored a career-high 38 points, but the Toronto Raptors could not hold off Giannis Antetokounmpo and the Milwaukee Bucks in a 128-121 loss on Wednesday night.\n'
        '\n'
        'Antetokounmpo had 41 points and 14 rebounds, and Damian Lillard added 27 points for the Bucks, who have won six straight.\n'
        '\n'
        '"He\'s a problem. There is no other word for it," Raptors coach Darko Rajakovic said of Antetokounmpo. "We threw three guys at him and he still got to the rim."\n'
        '\n'
        'Barnes, who also had 11 rebounds and eight assists, was not interested in talking about his own numbers.\n'
        '\n'
        '"We lost. That\'s all that matters," Barnes said. "I\'d trade every point for a win."\n'
        '\n'
        'RJ Barrett added 22 points for Toronto, and Immanuel Quickley had 15 points and nine assists. Quickley missed a three-pointer with 40 seconds left that would have cut the lead to one.\n'
        '\n'
        '"I liked the look. I\'ll take that shot every time," Quickley said.\n'
        '\n'
        'Bucks coach Doc Rivers said Barnes was "the real deal."\n'
        '\n'
        '"That young man is going to be an all-star for a long time," Rivers said. "We had no answer for him tonight."\n'
        '\n'
        'Lillard, who scored 12 in the fourth quarter, credited Antetokounmpo.\n'
        '\n'
        '"When he plays like that, my job gets a lot easier," he said.\n'
        '\n'
        'The Raptors play in Boston on Friday.\n'
    ),
    gold=[
        ("He's a problem. There is no other word for it,", 'Darko Rajakovic', 'direct'),
        ('We threw three guys at him and he still got to the rim.', 'Darko Rajakovic', 'direct'),
        ("We lost. That's all that matters,", 'Scottie Barnes', 'direct'),
        ("I'd trade every point for a win.", 'Scottie Barnes', 'direct'),
        ("I liked the look. I'll take that shot every time,", 'Immanuel Quickley', 'direct'),
        ('Barnes was "the real deal."', 'Doc Rivers', 'indirect'),
        ('the real deal.', 'Doc Rivers', 'partial'),
        ('That young man is going to be an all-star for a long time,', 'Doc Rivers', 'direct'),
        ('We had no answer for him tonight.', 'Doc Rivers', 'direct'),
        ('When he plays like that, my job gets a lot easier,', 'Damian Lillard', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n11-school-closure-meeting',
    split='dev',
    text=(
        'Residents divided over plan to close rural school\n'
        '\n'
        'LITTLE RIVER, N.S. — The future of the only school in this village of 600 will be decided next month, and residents packed the fire hall on Tuesday night to make their case.\n'
        '\n'
        '"Close this school and you close this village," said Heather MacLeod, who has two children at Little River Elementary. "Young families will not move here without it."\n'
        '\n'
        'Regional centre for education director Paul Landry told the meeting that enrolment has fallen from 140 students to 52 in a decade. The building needs $3 million in repairs, he said.\n'
        '\n'
        '"We have to look at what is best for students, not only for buildings," Landry said. "These are hard choices."\n'
        '\n'
        'Not everyone opposed the plan. Retired teacher Donald Fraser said a larger school in Antigonish would offer more programs.\n'
        '\n'
        '"My grandchildren would have a music teacher and a gym," Fraser said. MacLeod shook her head as he spoke.\n'
        '\n'
        '"That\'s easy to say when your grandchildren aren\'t on a bus for an hour," she said later.\n'
        '\n'
        'Municipal councillor Anne Chisholm, who represents the area, said she would ask the province to delay the decision.\n'
        '\n'
        '"Nobody has shown us the numbers," Chisholm said. "Until they do, I can\'t support this."\n'
        '\n'
        'Landry said a final recommendation will go to the board on March 12.\n'
        '\n'
        '"We will listen," he said. "But I won\'t promise an outcome."\n'
    ),
    gold=[
        ('Close this school and you close this village,', 'Heather MacLeod', 'direct'),
        ('Young families will not move here without it.', 'Heather MacLeod', 'direct'),
        ('enrolment has fallen from 140 students to 52 in a decade', 'Paul Landry', 'indirect'),
        ('The building needs $3 million in repairs', 'Paul Landry', 'indirect'),
        ('We have to look at what is best for students, not only for buildings,', 'Paul Landry', 'direct'),
        ('These are hard choices.', 'Paul Landry', 'direct'),
        ('a larger school in Antigonish would offer more programs', 'Donald Fraser', 'indirect'),
        ('My grandchildren would have a music teacher and a gym,', 'Donald Fraser', 'direct'),
        ("That's easy to say when your grandchildren aren't on a bus for an hour,", 'Heather MacLeod', 'direct'),
        ('she would ask the province to delay the decision', 'Anne Chisholm', 'indirect'),
        ('Nobody has shown us the numbers,', 'Anne Chisholm', 'direct'),
        ("Until they do, I can't support this.", 'Anne Chisholm', 'direct'),
        ('a final recommendation will go to the board on March 12', 'Paul Landry', 'indirect'),
        ('We will listen,', 'Paul Landry', 'direct'),
        ("But I won't promise an outcome.", 'Paul Landry', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n18-court-distracted-driving',
    split='dev',
    text=(
        'Man who killed cyclist gets four years\n'
        '\n'
        'HAMILTON — A driver who struck and killed a cyclist while texting was sentenced to four years in prison on Friday.\n'
        '\n'
        'Justice Robert Kelly told Ethan Morrow, 24, that his decision to read a text message at 80 kilometres an hour had "destroyed a family."\n'
        '\n'
        'Morrow pleaded guilty in March to dangerous driving causing death in the crash that killed Paul Dufresne, 51, on Highway 6 in June 2023.\n'
        '\n'
        "Dufresne's widow, Claire Dufresne, read a statement in court. She said her husband had been training for his first triathlon.\n"
        '\n'
        '"Paul was careful. He wore bright clothes, he had lights, he did everything right," she said. "It didn\'t matter."\n'
        '\n'
        "Morrow's lawyer, Greg Lafleur, said his client had been in counselling and had spoken to high school students about distracted driving.\n"
        '\n'
        '"He knows nothing he says will bring Mr. Dufresne back," Lafleur said. "But he wanted the family to hear that he is sorry."\n'
        '\n'
        'Morrow then addressed the court. He apologized to Claire Dufresne and her two sons.\n'
        '\n'
        '"I think about him every day," Morrow said, his voice breaking.\n'
        '\n'
        'Kelly said the sentence had to deter others. "A phone is not worth a life," he said.\n'
        '\n'
        "Outside the courthouse, Dufresne's son Luc said the family was relieved the case was over.\n"
        '\n'
        '"We just want to remember Dad the way he was," he said.\n'
    ),
    gold=[
        ('his decision to read a text message at 80 kilometres an hour had "destroyed a family."', 'Robert Kelly', 'indirect'),
        ('destroyed a family.', 'Robert Kelly', 'partial'),
        ('her husband had been training for his first triathlon', 'Claire Dufresne', 'indirect'),
        ('Paul was careful. He wore bright clothes, he had lights, he did everything right,', 'Claire Dufresne', 'direct'),
        ("It didn't matter.", 'Claire Dufresne', 'direct'),
        ('his client had been in counselling and had spoken to high school students about distracted driving', 'Greg Lafleur', 'indirect'),
        ('He knows nothing he says will bring Mr. Dufresne back,', 'Greg Lafleur', 'direct'),
        ('But he wanted the family to hear that he is sorry.', 'Greg Lafleur', 'direct'),
        ('I think about him every day,', 'Ethan Morrow', 'direct'),
        ('the sentence had to deter others', 'Robert Kelly', 'indirect'),
        ('A phone is not worth a life,', 'Robert Kelly', 'direct'),
        ('the family was relieved the case was over', 'Luc', 'indirect', ['Luc Dufresne']),
        ('We just want to remember Dad the way he was,', 'Luc', 'direct', ['Luc Dufresne']),
    ],
))
ARTICLES.append(dict(
    id='n19-hockey-canadiens-leafs',
    split='dev',
    text=(
        'Canadiens top Leafs in overtime thriller\n'
        '\n'
        'MONTREAL — Cole Caufield scored 1:12 into overtime and the Montreal Canadiens beat the Toronto Maple Leafs 4-3 on Saturday night.\n'
        '\n'
        'Nick Suzuki had a goal and two assists for Montreal, and Juraj Slafkovsky also scored. Sam Montembeault made 32 saves.\n'
        '\n'
        'Auston Matthews scored twice for Toronto, including the tying goal with 48 seconds left in regulation. William Nylander added a goal and Joseph Woll stopped 29 shots.\n'
        '\n'
        'Caufield said Suzuki made the winning play, sliding a pass through two defenders.\n'
        '\n'
        '"I just had to put it on net. Nick did all the work," he said.\n'
        '\n'
        'Suzuki, the Canadiens captain, laughed when told what his linemate said.\n'
        '\n'
        '"He always says that. He scored the goal," Suzuki said.\n'
        '\n'
        'Matthews, who leads the NHL with 31 goals, was frustrated after his team gave up a two-goal lead in the second period.\n'
        '\n'
        '"We had them. We just stopped doing the little things," he said. "That\'s two games in a row now."\n'
        '\n'
        "Leafs coach Craig Berube said his team's effort was fine but its decisions with the puck were not.\n"
        '\n'
        '"We turned it over at both blue lines," Berube said. "You can\'t do that in this building."\n'
        '\n'
        'Canadiens coach Martin St. Louis praised Montembeault, who was sharp in the third period when Toronto outshot Montreal 14-5.\n'
        '\n'
        '"Monty gave us a chance. That\'s all you ask of your goalie," St. Louis said.\n'
        '\n'
        'Woll was also solid, making several big saves in the first period. He declined to speak to reporters after the game.\n'
        '\n'
        'The teams meet again in Toronto on Wednesday.\n'
    ),
    gold=[
        ('Suzuki made the winning play, sliding a pass through two defenders', 'Cole Caufield', 'indirect'),
        ('I just had to put it on net. Nick did all the work,', 'Cole Caufield', 'direct'),
        ('He always says that. He scored the goal,', 'Nick Suzuki', 'direct'),
        ('We had them. We just stopped doing the little things,', 'Auston Matthews', 'direct'),
        ("That's two games in a row now.", 'Auston Matthews', 'direct'),
        ("his team's effort was fine but its decisions with the puck were not", 'Craig Berube', 'indirect'),
        ('We turned it over at both blue lines,', 'Craig Berube', 'direct'),
        ("You can't do that in this building.", 'Craig Berube', 'direct'),
        ("Monty gave us a chance. That's all you ask of your goalie,", 'Martin St. Louis', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n20-feature-kidney-donor',
    split='dev',
    text=(
        "A Winnipeg family's long road to a kidney\n"
        '\n'
        "WINNIPEG — When Amrit Sandhu's kidneys failed in 2019, her brother did not wait to be asked.\n"
        '\n'
        '"I got tested the same week," said Jaspreet Sandhu, 41. "She\'s my little sister. There was no decision to make."\n'
        '\n'
        'He was not a match. Neither was their mother, Gurdeep, who cried when she got the news.\n'
        '\n'
        '"I felt like I had failed her," Gurdeep Sandhu said through her son, who translated. "A mother should be able to give her child anything."\n'
        '\n'
        'Amrit, now 36, spent four years on dialysis, three mornings a week at the Health Sciences Centre. She kept working as a pharmacist, scheduling her shifts around treatment.\n'
        '\n'
        '"You learn to live in four-hour blocks," she said. "Dialysis, work, sleep. Repeat."\n'
        '\n'
        "Her husband, Mark Friesen, started a social media campaign in 2022 asking strangers to consider donating. A former high school classmate of Amrit's, Derek Olson, saw a post and called the transplant program the next day.\n"
        '\n'
        'Olson, a 38-year-old electrician from Steinbach, said he had never donated blood before.\n'
        '\n'
        '"I\'m scared of needles, honestly," he said, laughing. "But I kept thinking, what if it was my wife?"\n'
        '\n'
        'The surgery took place in March. Both are recovering well, according to Dr. Priya Menon, the transplant surgeon who led the operation.\n'
        '\n'
        '"Living donation is one of the most generous things a person can do," Menon said. "Derek gave her years of her life back."\n'
        '\n'
        'Friesen said the family has not figured out how to thank him.\n'
        '\n'
        '"We had him over for dinner. My mother-in-law cooked for two days," he said. "It\'s not enough. Nothing would be enough."\n'
        '\n'
        'Amrit said she plans to volunteer with the Kidney Foundation to encourage more people to become donors.\n'
        '\n'
        '"Someone out there is waiting like I was," she said. "Maybe they just need one person to say yes."\n'
    ),
    gold=[
        ('I got tested the same week,', 'Jaspreet Sandhu', 'direct'),
        ("She's my little sister. There was no decision to make.", 'Jaspreet Sandhu', 'direct'),
        ('I felt like I had failed her,', 'Gurdeep Sandhu', 'direct'),
        ('A mother should be able to give her child anything.', 'Gurdeep Sandhu', 'direct'),
        ('You learn to live in four-hour blocks,', 'Amrit Sandhu', 'direct', ['Amrit']),
        ('Dialysis, work, sleep. Repeat.', 'Amrit Sandhu', 'direct', ['Amrit']),
        ('he had never donated blood before', 'Derek Olson', 'indirect'),
        ("I'm scared of needles, honestly,", 'Derek Olson', 'direct'),
        ('But I kept thinking, what if it was my wife?', 'Derek Olson', 'direct'),
        ('Both are recovering well', 'Priya Menon', 'indirect'),
        ('Living donation is one of the most generous things a person can do,', 'Priya Menon', 'direct'),
        ('Derek gave her years of her life back.', 'Priya Menon', 'direct'),
        ('the family has not figured out how to thank him', 'Mark Friesen', 'indirect'),
        ('We had him over for dinner. My mother-in-law cooked for two days,', 'Mark Friesen', 'direct'),
        ("It's not enough. Nothing would be enough.", 'Mark Friesen', 'direct'),
        ('she plans to volunteer with the Kidney Foundation to encourage more people to become donors', 'Amrit Sandhu', 'indirect', ['Amrit']),
        ('Someone out there is waiting like I was,', 'Amrit Sandhu', 'direct', ['Amrit']),
        ('Maybe they just need one person to say yes.', 'Amrit Sandhu', 'direct', ['Amrit']),
    ],
))
ARTICLES.append(dict(
    id='n21-business-quarterly-results',
    split='dev',
    text=(
        'Shopify shares jump as revenue tops forecasts\n'
        '\n'
        "OTTAWA — Shopify Inc. shares rose more than 12 per cent on Tuesday after the e-commerce company reported quarterly revenue that beat analysts' expectations and said it expects growth to continue into the holiday season.\n"
        '\n'
        'Revenue rose 26 per cent to US$2.16 billion in the third quarter, the Ottawa-based company said. Analysts had expected US$2.11 billion, according to LSEG data.\n'
        '\n'
        '"Merchants of every size are choosing Shopify," president Harley Finkelstein told analysts on a conference call. "We are winning in every market we compete in."\n'
        '\n'
        'Chief financial officer Jeff Hoffmeister said the company would keep a tight rein on spending after cutting about 20 per cent of its workforce last year.\n'
        '\n'
        '"Discipline is now part of how we operate," he said.\n'
        '\n'
        'The results were "a clean beat," said Martin Toner, an analyst at ATB Capital Markets, who rates the stock outperform.\n'
        '\n'
        'Not all analysts were as upbeat. Kenneth Chan of Morgan Stanley said in a note to clients that growth in gross merchandise volume was slowing in Europe.\n'
        '\n'
        '"The stock prices in a lot of good news," Chan wrote.\n'
        '\n'
        'Shopify said it expects fourth-quarter revenue to grow at a mid-twenties percentage rate. It did not give a forecast for the full year.\n'
        '\n'
        'The company, founded in 2006 by Tobi Lütke, has been expanding its services for large retailers. Lütke, its chief executive, did not speak on the call.\n'
    ),
    gold=[
        ('it expects growth to continue into the holiday season', 'Shopify Inc.', 'indirect', ['Shopify']),
        ('Revenue rose 26 per cent to US$2.16 billion in the third quarter', 'Shopify Inc.', 'indirect', ['Shopify']),
        ('Analysts had expected US$2.11 billion', 'LSEG data', 'indirect'),
        ('Merchants of every size are choosing Shopify,', 'Harley Finkelstein', 'direct'),
        ('We are winning in every market we compete in.', 'Harley Finkelstein', 'direct'),
        ('the company would keep a tight rein on spending after cutting about 20 per cent of its workforce last year', 'Jeff Hoffmeister', 'indirect'),
        ('Discipline is now part of how we operate,', 'Jeff Hoffmeister', 'direct'),
        ('a clean beat,', 'Martin Toner', 'partial'),
        ('growth in gross merchandise volume was slowing in Europe', 'Kenneth Chan', 'indirect'),
        ('The stock prices in a lot of good news,', 'Kenneth Chan', 'direct'),
        ('it expects fourth-quarter revenue to grow at a mid-twenties percentage rate', 'Shopify', 'indirect', ['Shopify Inc.']),
    ],
))
ARTICLES.append(dict(
    id='n12-hockey-pwhl-overtime',
    split='heldout',
    text=(
        'Frost beat Sceptres in overtime to force Game 5\n'
        '\n'
        'MINNEAPOLIS — Taylor Heise scored 2:41 into overtime as the Minnesota Frost beat the Toronto Sceptres 3-2 on Tuesday to even their semifinal series at two games apiece.\n'
        '\n'
        'Heise took a pass from Kendall Coyne Schofield at the blue line, cut around defender Renata Fast and beat goaltender Kristen Campbell on the short side.\n'
        '\n'
        '"Kendall made a great play to find me. I just had to put it on net," Heise said. "Honestly, I didn\'t see it go in."\n'
        '\n'
        'Coyne Schofield, who also scored in the second period, said the Frost had talked about staying patient after falling behind 2-0.\n'
        '\n'
        '"We\'ve been down before. Nobody panicked on the bench," the veteran forward said.\n'
        '\n'
        'Natalie Spooner and Sarah Nurse scored for Toronto. Campbell made 31 saves.\n'
        '\n'
        'Sceptres coach Troy Ryan said his team stopped skating after taking the lead.\n'
        '\n'
        '"We got comfortable, and you can\'t get comfortable against that team," he said. "They have too much skill."\n'
        '\n'
        'Fast, who was on the ice for both Minnesota goals in the third period and in overtime, took the blame.\n'
        '\n'
        '"That one is on me," she said. "I have to make that play."\n'
        '\n'
        'Spooner disagreed. "Renata has carried us all season," Spooner said. "We win as a team and we lose as a team."\n'
        '\n'
        'Game 5 is Thursday in Toronto.\n'
    ),
    gold=[
        ('Kendall made a great play to find me. I just had to put it on net,', 'Taylor Heise', 'direct'),
        ("Honestly, I didn't see it go in.", 'Taylor Heise', 'direct'),
        ('the Frost had talked about staying patient after falling behind 2-0', 'Kendall Coyne Schofield', 'indirect'),
        ("We've been down before. Nobody panicked on the bench,", 'Kendall Coyne Schofield', 'direct'),
        ('his team stopped skating after taking the lead', 'Troy Ryan', 'indirect'),
        ("We got comfortable, and you can't get comfortable against that team,", 'Troy Ryan', 'direct'),
        ('They have too much skill.', 'Troy Ryan', 'direct'),
        ('That one is on me,', 'Renata Fast', 'direct'),
        ('I have to make that play.', 'Renata Fast', 'direct'),
        ('Renata has carried us all season,', 'Natalie Spooner', 'direct'),
        ('We win as a team and we lose as a team.', 'Natalie Spooner', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n13-court-manslaughter-trial',
    split='heldout',
    text=(
        'Jury hears 911 call in Red Deer manslaughter trial\n'
        '\n'
        'RED DEER, Alta. — A jury in the manslaughter trial of a Red Deer man heard a recording on Wednesday of the 911 call his girlfriend made the night her brother was killed.\n'
        '\n'
        'Dustin Wiebe, 31, is charged in the death of Cody Lavallee, 27, who was struck in the head during a fight outside a house on 49th Street in March 2023. Wiebe has pleaded not guilty.\n'
        '\n'
        "On the recording, Lavallee's sister, Kayla Lavallee, can be heard screaming for help.\n"
        '\n'
        '"He\'s not breathing. Please, he\'s not breathing," she tells the dispatcher.\n'
        '\n'
        "Kayla Lavallee, who was Wiebe's girlfriend at the time, testified that the two men had argued about money for weeks before the fight.\n"
        '\n'
        '"Cody told him to stay away from me," she said under questioning from Crown prosecutor Erin Kolody. "Dustin said he would make him sorry."\n'
        '\n'
        'Under cross-examination, defence lawyer Brian Beresh suggested that Cody Lavallee had thrown the first punch.\n'
        '\n'
        '"I didn\'t see who swung first," she replied. "I was inside."\n'
        '\n'
        'A neighbour, Gail Thiessen, told the court she saw two men fighting on the lawn and went to call police.\n'
        '\n'
        '"One of them fell and didn\'t get up," Thiessen said. "The other one just stood there."\n'
        '\n'
        'Kolody told the jury in her opening statement that Wiebe hit Lavallee with a piece of wood. Beresh has said his client acted in self-defence.\n'
        '\n'
        'Justice Nicole Chang told jurors the trial is expected to last two weeks.\n'
    ),
    gold=[
        ("He's not breathing. Please, he's not breathing,", 'Kayla Lavallee', 'direct'),
        ('the two men had argued about money for weeks before the fight', 'Kayla Lavallee', 'indirect'),
        ('Cody told him to stay away from me,', 'Kayla Lavallee', 'direct'),
        ('Dustin said he would make him sorry.', 'Kayla Lavallee', 'direct'),
        ('Cody Lavallee had thrown the first punch', 'Brian Beresh', 'indirect'),
        ("I didn't see who swung first,", 'Kayla Lavallee', 'direct'),
        ('I was inside.', 'Kayla Lavallee', 'direct'),
        ('she saw two men fighting on the lawn and went to call police', 'Gail Thiessen', 'indirect'),
        ("One of them fell and didn't get up,", 'Gail Thiessen', 'direct'),
        ('The other one just stood there.', 'Gail Thiessen', 'direct'),
        ('Wiebe hit Lavallee with a piece of wood', 'Erin Kolody', 'indirect'),
        ('his client acted in self-defence', 'Brian Beresh', 'indirect'),
        ('the trial is expected to last two weeks', 'Nicole Chang', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n14-politics-question-period',
    split='heldout',
    text=(
        "Premier defends health-care deal as opposition calls it 'a shell game'\n"
        '\n'
        "REGINA — Premier Scott Moe defended his government's new health-care agreement with Ottawa on Thursday, telling the legislature it would add 200 nurses to rural hospitals within two years.\n"
        '\n'
        '"This is the largest investment in rural health care in the history of this province," Moe said during question period. "People in Kindersley and Melfort will see the difference."\n'
        '\n'
        'NDP Leader Carla Beck said the deal did nothing to reopen the dozens of emergency rooms that have closed temporarily over the past year.\n'
        '\n'
        '"It\'s a shell game. They announce the same money three times and call it new," Beck said.\n'
        '\n'
        'Health Minister Everett Hindley said in an interview after question period that the opposition was ignoring the numbers.\n'
        '\n'
        '"We have hired more nurses this year than in any year before," the minister said. "The NDP can say what they like."\n'
        '\n'
        'The Saskatchewan Union of Nurses has been more cautious. Its president, Tracy Zambory, said the union welcomed the money but wanted to see a plan to keep nurses in the province.\n'
        '\n'
        '"Hiring is half the job. If they leave after a year, we are back where we started," Zambory said.\n'
        '\n'
        'Moe said the province would release a detailed plan in the spring.\n'
    ),
    gold=[
        ('it would add 200 nurses to rural hospitals within two years', 'Scott Moe', 'indirect'),
        ('This is the largest investment in rural health care in the history of this province,', 'Scott Moe', 'direct'),
        ('People in Kindersley and Melfort will see the difference.', 'Scott Moe', 'direct'),
        ('the deal did nothing to reopen the dozens of emergency rooms that have closed temporarily over the past year', 'Carla Beck', 'indirect'),
        ("It's a shell game. They announce the same money three times and call it new,", 'Carla Beck', 'direct'),
        ('the opposition was ignoring the numbers', 'Everett Hindley', 'indirect'),
        ('We have hired more nurses this year than in any year before,', 'Everett Hindley', 'direct'),
        ('The NDP can say what they like.', 'Everett Hindley', 'direct'),
        ('the union welcomed the money but wanted to see a plan to keep nurses in the province', 'Tracy Zambory', 'indirect'),
        ('Hiring is half the job. If they leave after a year, we are back where we started,', 'Tracy Zambory', 'direct'),
        ('the province would release a detailed plan in the spring', 'Scott Moe', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n15-feature-family-orchard',
    split='heldout',
    text=(
        'Three generations keep a Kamloops orchard going\n'
        '\n'
        "KAMLOOPS, B.C. — Every August, Harold Nakamura, 84, still climbs a ladder to check the first peaches of the season, though his granddaughter would rather he didn't.\n"
        '\n'
        '"He\'s not supposed to be up there," says Emily Nakamura, 29, who took over the orchard\'s business side three years ago. "Try telling him that."\n'
        '\n'
        "Harold's father planted the first trees in 1951, after the family returned to British Columbia from an internment camp in the Slocan Valley.\n"
        '\n'
        '"My father never talked about the camp," Harold says. "He talked about the trees."\n'
        '\n'
        'His son, Ken Nakamura, runs the orchard day to day. Ken, 58, says the last five years have been the hardest he can remember: a heat dome, two smoky summers and a cold snap that killed a third of the cherry trees.\n'
        '\n'
        '"You plant a tree and you don\'t get a good crop for six or seven years. Then one bad night in January takes it," he says.\n'
        '\n'
        "Emily has pushed the family into farm-gate sales and a u-pick weekend that now brings in a quarter of the orchard's revenue.\n"
        '\n'
        '"Grandpa thought it was a crazy idea," she says. "Now he\'s the one giving the tours."\n'
        '\n'
        'Harold laughs at that.\n'
        '\n'
        '"I like to talk," he says. "At my age, it\'s cheaper than therapy."\n'
    ),
    gold=[
        ("He's not supposed to be up there,", 'Emily Nakamura', 'direct'),
        ('Try telling him that.', 'Emily Nakamura', 'direct'),
        ('My father never talked about the camp,', 'Harold Nakamura', 'direct'),
        ('He talked about the trees.', 'Harold Nakamura', 'direct'),
        ('the last five years have been the hardest he can remember: a heat dome, two smoky summers and a cold snap that killed a third of the cherry trees', 'Ken Nakamura', 'indirect'),
        ("You plant a tree and you don't get a good crop for six or seven years. Then one bad night in January takes it,", 'Ken Nakamura', 'direct'),
        ('Grandpa thought it was a crazy idea,', 'Emily Nakamura', 'direct'),
        ("Now he's the one giving the tours.", 'Emily Nakamura', 'direct'),
        ('I like to talk,', 'Harold Nakamura', 'direct'),
        ("At my age, it's cheaper than therapy.", 'Harold Nakamura', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n16-business-layoffs',
    split='heldout',
    text=(
        'Oshawa parts maker to lay off 300 as orders dry up\n'
        '\n'
        'OSHAWA, Ont. — An auto parts plant in Oshawa will lay off 300 workers over the next two months, its owner said Monday, blaming a drop in orders from car makers.\n'
        '\n'
        'Lakeview Components, which makes seat frames for General Motors and Stellantis, employs about 900 people at the plant. In a statement, the company said the cuts were "necessary to protect the long-term future of the facility."\n'
        '\n'
        'Unifor Local 222 president Jeff Gray called the news "a gut punch" for workers who had just come through a year of short weeks.\n'
        '\n'
        '"These are people with mortgages and kids in school. They deserve better than a press release," Gray told reporters outside the plant.\n'
        '\n'
        "The company's chief executive, Marianne Koenig, said in an interview that orders fell 30 per cent this year as car makers cut production of gas-powered models.\n"
        '\n'
        '"We held on as long as we could," Koenig said. "If orders come back, the first people we call will be the people we laid off."\n'
        '\n'
        'Workers leaving the afternoon shift were angry. Dave Mercer, who has worked at the plant for 22 years, said he learned about the layoffs from a news alert on his phone.\n'
        '\n'
        '"Nobody from the company said a word to us," he said. "My wife read it to me in the parking lot."\n'
        '\n'
        'Oshawa Mayor Dan Carter said the city would work with the province to find jobs for the workers.\n'
    ),
    gold=[
        ('An auto parts plant in Oshawa will lay off 300 workers over the next two months', 'Lakeview Components', 'indirect', ['its owner']),
        ('the cuts were "necessary to protect the long-term future of the facility."', 'Lakeview Components', 'indirect', ['the company']),
        ('necessary to protect the long-term future of the facility.', 'Lakeview Components', 'partial', ['the company']),
        ('a gut punch', 'Jeff Gray', 'partial'),
        ('These are people with mortgages and kids in school. They deserve better than a press release,', 'Jeff Gray', 'direct'),
        ('orders fell 30 per cent this year as car makers cut production of gas-powered models', 'Marianne Koenig', 'indirect'),
        ('We held on as long as we could,', 'Marianne Koenig', 'direct'),
        ('If orders come back, the first people we call will be the people we laid off.', 'Marianne Koenig', 'direct'),
        ('he learned about the layoffs from a news alert on his phone', 'Dave Mercer', 'indirect'),
        ('Nobody from the company said a word to us,', 'Dave Mercer', 'direct'),
        ('My wife read it to me in the parking lot.', 'Dave Mercer', 'direct'),
        ('the city would work with the province to find jobs for the workers', 'Dan Carter', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n17-football-elks-stampeders',
    split='heldout',
    text=(
        'Elks hold off Stampeders for first win of season\n'
        '\n'
        'EDMONTON — Tre Ford threw two touchdown passes and ran for another as the Edmonton Elks beat the Calgary Stampeders 27-24 on Saturday for their first win of the season.\n'
        '\n'
        'Ford, making his third start in place of the injured Cody Fajardo, completed 19 of 27 passes for 241 yards. Eugene Lewis caught both touchdown passes.\n'
        '\n'
        '"We needed this one bad. You could feel it in the locker room all week," Ford said. "Nobody wanted to be 0-5."\n'
        '\n'
        'Calgary had a chance to tie it in the final minute, but René Paredes missed a 46-yard field goal wide right.\n'
        '\n'
        '"I hit it the way I wanted to. It just didn\'t draw," Paredes said. "That\'s on me, nobody else."\n'
        '\n'
        'Stampeders head coach Dave Dickenson defended his kicker.\n'
        '\n'
        '"René has won us a lot of games. One kick didn\'t lose this game," Dickenson said. "We turned the ball over three times."\n'
        '\n'
        'Elks coach Mark Kilam said his defence had made the difference. Linebacker Nyles Morgan had two sacks and forced a fumble.\n'
        '\n'
        '"Nyles was everywhere tonight," Kilam said. "When he plays like that we\'re a different team."\n'
        '\n'
        'Morgan said the win was for the fans who had stuck with the team through a tough start.\n'
        '\n'
        '"They could have stayed home," he said. "They didn\'t."\n'
    ),
    gold=[
        ('We needed this one bad. You could feel it in the locker room all week,', 'Tre Ford', 'direct'),
        ('Nobody wanted to be 0-5.', 'Tre Ford', 'direct'),
        ("I hit it the way I wanted to. It just didn't draw,", 'René Paredes', 'direct'),
        ("That's on me, nobody else.", 'René Paredes', 'direct'),
        ("René has won us a lot of games. One kick didn't lose this game,", 'Dave Dickenson', 'direct'),
        ('We turned the ball over three times.', 'Dave Dickenson', 'direct'),
        ('his defence had made the difference', 'Mark Kilam', 'indirect'),
        ('Nyles was everywhere tonight,', 'Mark Kilam', 'direct'),
        ("When he plays like that we're a different team.", 'Mark Kilam', 'direct'),
        ('the win was for the fans who had stuck with the team through a tough start', 'Nyles Morgan', 'indirect'),
        ('They could have stayed home,', 'Nyles Morgan', 'direct'),
        ("They didn't.", 'Nyles Morgan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n22-feature-three-generations',
    split='heldout2',
    text=(
        "Three generations, one bakery: a Moncton family keeps the ovens on\n"
        '\n'
        "MONCTON, N.B. — At four o'clock every morning, Therese LeBlanc unlocks the back door of the bakery her mother opened on Main Street in 1968.\n"
        '\n'
        'LeBlanc, 61, took over Boulangerie LeBlanc in 1994. Her daughter, Chloe Gallant, has worked beside her since she was 15, and her mother, Yvonne LeBlanc, now 89, still comes in on Saturdays to braid the bread.\n'
        '\n'
        '"My mother never wrote a recipe down. Not one," LeBlanc says. "I learned by watching her hands."\n'
        '\n'
        'The bakery nearly closed during the pandemic, when sales fell by half. Gallant, who had just finished a business degree at the Université de Moncton, says she talked her mother out of selling.\n'
        '\n'
        '"She had the papers ready," Gallant says with a laugh. "I hid them in the flour room."\n'
        '\n'
        'Gallant set up online orders and a delivery service, and within a year the bakery was busier than before. Her mother admits she was skeptical.\n'
        '\n'
        '"I told her nobody buys bread on a telephone," she says. "I was wrong. I am happy to be wrong."\n'
        '\n'
        'Yvonne LeBlanc, sitting at a flour-dusted table by the window, has a simpler explanation for the bakery\'s survival.\n'
        '\n'
        '"People here are loyal," the older woman says. "If you feed them well, they come back. That is all."\n'
        '\n'
        'Regular customer Marcel Cormier, a retired teacher who has bought a loaf of rye every Friday for 40 years, agrees.\n'
        '\n'
        '"I tried the supermarket bread once, in 1987," he says. "Never again."\n'
        '\n'
        'Gallant says she hopes her own daughter, now six, will one day open the back door at four in the morning.\n'
        '\n'
        '"She already tells everyone she is the boss," Gallant says.\n'
    ),
    gold=[
        ('My mother never wrote a recipe down. Not one,', 'Therese LeBlanc', 'direct'),
        ('I learned by watching her hands.', 'Therese LeBlanc', 'direct'),
        ('she talked her mother out of selling', 'Chloe Gallant', 'indirect'),
        ('She had the papers ready,', 'Chloe Gallant', 'direct'),
        ('I hid them in the flour room.', 'Chloe Gallant', 'direct'),
        ('she was skeptical', 'Therese LeBlanc', 'indirect'),
        ('I told her nobody buys bread on a telephone,', 'Therese LeBlanc', 'direct'),
        ('I was wrong. I am happy to be wrong.', 'Therese LeBlanc', 'direct'),
        ('People here are loyal,', 'Yvonne LeBlanc', 'direct'),
        ('If you feed them well, they come back. That is all.', 'Yvonne LeBlanc', 'direct'),
        ('I tried the supermarket bread once, in 1987,', 'Marcel Cormier', 'direct'),
        ('Never again.', 'Marcel Cormier', 'direct'),
        ('she hopes her own daughter, now six, will one day open the back door at four in the morning', 'Chloe Gallant', 'indirect'),
        ('She already tells everyone she is the boss,', 'Chloe Gallant', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n23-hockey-senators',
    split='heldout2',
    text=(
        'Senators edge Canadiens in shootout as Stutzle stays hot\n'
        '\n'
        'OTTAWA — Tim Stutzle scored the only goal of the shootout and added two assists in regulation as the Ottawa Senators beat the Montreal Canadiens 4-3 on Saturday night.\n'
        '\n'
        'Brady Tkachuk, Drake Batherson and Claude Giroux scored for Ottawa, which has won four of its last five. Linus Ullmark made 31 saves.\n'
        '\n'
        'Cole Caufield scored twice for Montreal and Nick Suzuki had a goal and an assist. Sam Montembeault stopped 36 shots.\n'
        '\n'
        'Stutzle, who has 11 points in his last six games, beat Montembeault with a backhand on the first attempt of the shootout.\n'
        '\n'
        '"I\'ve been trying that move in practice for a month," Stutzle said. "Ullie kept stopping it, so I figured it had to work on somebody."\n'
        '\n'
        'Ullmark stopped all three Montreal shooters, including Caufield.\n'
        '\n'
        '"He\'s been doing that to me all week," the goaltender said of his teammate. "I\'m glad it finally counted."\n'
        '\n'
        'Senators coach Travis Green was less pleased with the third period, when Montreal scored twice in four minutes to erase a two-goal lead.\n'
        '\n'
        '"We stopped skating. We can\'t do that against a team like that," Green said. "We got away with one tonight."\n'
        '\n'
        'Canadiens coach Martin St. Louis praised his team\'s push.\n'
        '\n'
        '"I liked our response. We didn\'t quit," he said. "But you can\'t give a team like that four power plays."\n'
        '\n'
        'Caufield, who has 19 goals this season, blurted out what many in the Montreal dressing room were thinking.\n'
        '\n'
        '"We should have won that game," Caufield said. "We had them."\n'
        '\n'
        'Ottawa plays in Toronto on Tuesday. Montreal hosts Boston on Monday.\n'
    ),
    gold=[
        ("I've been trying that move in practice for a month,", 'Tim Stutzle', 'direct'),
        ('Ullie kept stopping it, so I figured it had to work on somebody.', 'Tim Stutzle', 'direct'),
        ("He's been doing that to me all week,", 'Linus Ullmark', 'direct'),
        ("I'm glad it finally counted.", 'Linus Ullmark', 'direct'),
        ("We stopped skating. We can't do that against a team like that,", 'Travis Green', 'direct'),
        ('We got away with one tonight.', 'Travis Green', 'direct'),
        ("I liked our response. We didn't quit,", 'Martin St. Louis', 'direct'),
        ("But you can't give a team like that four power plays.", 'Martin St. Louis', 'direct'),
        ('We should have won that game,', 'Cole Caufield', 'direct'),
        ('We had them.', 'Cole Caufield', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n24-politics-us-campaign',
    split='heldout2',
    text=(
        'Clinton, Trump trade blows over trade in Rust Belt swing\n'
        '\n'
        'YOUNGSTOWN, Ohio — Hillary Clinton and Donald Trump spent Monday in two Ohio towns 60 miles apart, each accusing the other of selling out the state\'s factory workers.\n'
        '\n'
        'At a union hall in Youngstown, Clinton said Trump had made his ties and suits in China and Mexico while claiming to speak for American workers.\n'
        '\n'
        '"He talks a big game about bringing jobs back," the Democratic nominee told the crowd. "But look at the label on his own shirts."\n'
        '\n'
        'Trump, speaking to several thousand supporters at an airport hangar outside Akron, scolded Clinton for her past support of the North American Free Trade Agreement.\n'
        '\n'
        '"NAFTA was signed by her husband and she loved it," Trump said. "She loved it. Now she says she doesn\'t. Believe me, she still does."\n'
        '\n'
        'The Republican nominee also repeated his pledge to impose tariffs of up to 35 percent on companies that move jobs overseas.\n'
        '\n'
        'Ohio Gov. John Kasich, who has refused to endorse Trump, stayed away from both events. A spokesman for Kasich, Chris Schrimpf, said the governor was in Columbus for meetings on the state budget.\n'
        '\n'
        'Economists have questioned whether either candidate\'s plans would bring back many manufacturing jobs. Mark Zandi, chief economist at Moody\'s Analytics, said automation, not trade, explains most of the losses since 2000.\n'
        '\n'
        '"The robots took more jobs than Mexico did," Zandi said in an interview. "Neither campaign wants to say that out loud."\n'
        '\n'
        'Clinton\'s running mate, Sen. Tim Kaine of Virginia, echoed her attack in Toledo later in the day, telling voters that Trump "has never built anything in Ohio."\n'
        '\n'
        'According to a Quinnipiac University poll released last week, the two candidates are tied in Ohio at 41 percent each.\n'
    ),
    gold=[
        ('Trump had made his ties and suits in China and Mexico while claiming to speak for American workers', 'Hillary Clinton', 'indirect'),
        ('He talks a big game about bringing jobs back,', 'Hillary Clinton', 'direct'),
        ('But look at the label on his own shirts.', 'Hillary Clinton', 'direct'),
        ('NAFTA was signed by her husband and she loved it,', 'Donald Trump', 'direct'),
        ("She loved it. Now she says she doesn't. Believe me, she still does.", 'Donald Trump', 'direct'),
        ('the governor was in Columbus for meetings on the state budget', 'Chris Schrimpf', 'indirect'),
        ('automation, not trade, explains most of the losses since 2000', 'Mark Zandi', 'indirect'),
        ('The robots took more jobs than Mexico did,', 'Mark Zandi', 'direct'),
        ('Neither campaign wants to say that out loud.', 'Mark Zandi', 'direct'),
        ('Trump "has never built anything in Ohio."', 'Tim Kaine', 'indirect'),
        ('has never built anything in Ohio.', 'Tim Kaine', 'partial'),
        ('the two candidates are tied in Ohio at 41 percent each', 'Quinnipiac University', 'indirect', ['Quinnipiac University poll', 'Quinnipiac']),
    ],
))
ARTICLES.append(dict(
    id='n25-business-grocer',
    split='heldout2',
    text=(
        'Loblaw profit beats forecasts as shoppers trade down to discount stores\n'
        '\n'
        "TORONTO — Loblaw Cos. Ltd. on Thursday reported a 9 per cent rise in quarterly profit, as shoppers squeezed by high prices flocked to its No Frills and Maxi discount stores.\n"
        '\n'
        "The country's largest grocer said net earnings rose to $541 million in the third quarter, up from $496 million a year earlier. Revenue climbed 2.4 per cent to $18.5 billion.\n"
        '\n'
        '"Canadians are still looking for value, and our discount banners are where they are finding it," president Per Bank said on a call with analysts.\n'
        '\n'
        'Bank said the company would open about 50 new discount stores next year, most of them in Ontario and Alberta.\n'
        '\n'
        'The results come as grocers face pressure from Ottawa over food prices. Industry Minister Francois-Philippe Champagne has asked the big chains to stabilize prices, and a boycott of Loblaw stores organized online last spring drew thousands of participants.\n'
        '\n'
        'Asked about the boycott, Bank told analysts that it had "no measurable effect" on sales.\n'
        '\n'
        'Analysts were largely upbeat. Irene Nattel of RBC Dominion Securities wrote in a note to clients that the quarter showed "impressive execution in a tough environment."\n'
        '\n'
        'But Sylvain Charlebois, a food policy professor at Dalhousie University, warned that shoppers remain angry.\n'
        '\n'
        '"Loblaw is winning on the numbers and losing on trust," the professor said. "That is not a good trade in the long run."\n'
        '\n'
        'Shares of Loblaw rose 3.1 per cent to $181.40 on the Toronto Stock Exchange.\n'
    ),
    gold=[
        ('net earnings rose to $541 million in the third quarter, up from $496 million a year earlier', 'Loblaw Cos. Ltd.', 'indirect', ['Loblaw']),
        ('Canadians are still looking for value, and our discount banners are where they are finding it,', 'Per Bank', 'direct'),
        ('the company would open about 50 new discount stores next year, most of them in Ontario and Alberta', 'Per Bank', 'indirect'),
        ('it had "no measurable effect" on sales', 'Per Bank', 'indirect'),
        ('no measurable effect', 'Per Bank', 'partial'),
        ('the quarter showed "impressive execution in a tough environment."', 'Irene Nattel', 'indirect'),
        ('impressive execution in a tough environment.', 'Irene Nattel', 'partial'),
        ('shoppers remain angry', 'Sylvain Charlebois', 'indirect'),
        ('Loblaw is winning on the numbers and losing on trust,', 'Sylvain Charlebois', 'direct'),
        ('That is not a good trade in the long run.', 'Sylvain Charlebois', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n26-court-sentencing',
    split='heldout2',
    text=(
        'Former Winnipeg daycare owner sentenced to 18 months for fraud\n'
        '\n'
        'WINNIPEG — A former Winnipeg daycare owner who billed the province for children who never attended her centre was sentenced Friday to 18 months in jail.\n'
        '\n'
        'Lorraine Kowalchuk, 54, pleaded guilty in June to defrauding Manitoba of more than $420,000 in child-care subsidies between 2017 and 2021.\n'
        '\n'
        'In her decision, Justice Sadie Bond wrote that Kowalchuk had "betrayed the trust of families and taxpayers alike" and showed remorse only after she was caught.\n'
        '\n'
        'Crown attorney Michael Ferguson had asked for two years, arguing the fraud was carefully planned and went on for four years.\n'
        '\n'
        '"This was not a moment of weakness," Ferguson told court during sentencing arguments last month. "It was a business model."\n'
        '\n'
        'Defence lawyer Sarah Inness said her client had used the money to keep the struggling centre open, not to enrich herself.\n'
        '\n'
        '"She made terrible decisions, but she did not buy a boat," Inness said outside court on Friday. "Every dollar went into that building."\n'
        '\n'
        'Kowalchuk, dressed in a grey cardigan, briefly addressed the court before the sentence was read.\n'
        '\n'
        '"I am ashamed. I let down the parents who trusted me," she said, her voice shaking.\n'
        '\n'
        'Several parents whose children attended the centre were in the courtroom. One mother, who asked not to be named because her son still attends a daycare in the city, said the sentence felt too light.\n'
        '\n'
        '"My son loved it there. That is the hard part," she said.\n'
        '\n'
        'Bond also ordered Kowalchuk to repay the full amount.\n'
    ),
    gold=[
        ('Kowalchuk had "betrayed the trust of families and taxpayers alike" and showed remorse only after she was caught', 'Sadie Bond', 'indirect'),
        ('betrayed the trust of families and taxpayers alike', 'Sadie Bond', 'partial'),
        ('the fraud was carefully planned and went on for four years', 'Michael Ferguson', 'indirect'),
        ('This was not a moment of weakness,', 'Michael Ferguson', 'direct'),
        ('It was a business model.', 'Michael Ferguson', 'direct'),
        ('her client had used the money to keep the struggling centre open, not to enrich herself', 'Sarah Inness', 'indirect'),
        ('She made terrible decisions, but she did not buy a boat,', 'Sarah Inness', 'direct'),
        ('Every dollar went into that building.', 'Sarah Inness', 'direct'),
        ('I am ashamed. I let down the parents who trusted me,', 'Lorraine Kowalchuk', 'direct'),
        ('the sentence felt too light', 'One mother', 'indirect', ['mother', 'a mother']),
        ('My son loved it there. That is the hard part,', 'One mother', 'direct', ['mother', 'a mother']),
    ],
))
ARTICLES.append(dict(
    id='n27-municipal-transit',
    split='heldout2',
    text=(
        'Calgary council votes to delay Green Line again\n'
        '\n'
        'CALGARY — Calgary city council voted 9-6 on Tuesday to delay construction of the Green Line LRT by another year, after the project\'s estimated cost rose to $6.2 billion.\n'
        '\n'
        'Mayor Jyoti Gondek, who voted against the delay, called the decision "a failure of nerve."\n'
        '\n'
        '"Every year we wait, this line costs more and the people of the southeast wait longer," Gondek said after the vote. "We are not saving money. We are wasting time."\n'
        '\n'
        'Coun. Dan McLean, who has long been critical of the project, said the city could not sign contracts until the province confirms its share of the funding.\n'
        '\n'
        '"I\'m not writing a blank cheque with taxpayers\' money," McLean said. "Show me the numbers and I\'ll vote for it tomorrow."\n'
        '\n'
        'Coun. Evan Spencer, whose ward the line would cross, voted with McLean.\n'
        '\n'
        '"My residents want this train. They also want to know what it costs," he said.\n'
        '\n'
        'Transportation Minister Devin Dreeshen says the province has already committed $1.53 billion and will not add more.\n'
        '\n'
        'In a statement, Dreeshen\'s office said the city "needs to get its own house in order" before asking for more.\n'
        '\n'
        'Residents who spoke at the public hearing on Monday were divided. Priya Nair, who commutes by bus from Ogden to downtown, said the trip takes her more than an hour each way.\n'
        '\n'
        '"I was promised a train when I bought my house in 2015," she said. "I\'m still waiting."\n'
    ),
    gold=[
        ('a failure of nerve.', 'Jyoti Gondek', 'partial'),
        ('Every year we wait, this line costs more and the people of the southeast wait longer,', 'Jyoti Gondek', 'direct'),
        ('We are not saving money. We are wasting time.', 'Jyoti Gondek', 'direct'),
        ('the city could not sign contracts until the province confirms its share of the funding', 'Dan McLean', 'indirect'),
        ("I'm not writing a blank cheque with taxpayers' money,", 'Dan McLean', 'direct'),
        ("Show me the numbers and I'll vote for it tomorrow.", 'Dan McLean', 'direct'),
        ('My residents want this train. They also want to know what it costs,', 'Evan Spencer', 'direct'),
        ('the province has already committed $1.53 billion and will not add more', 'Devin Dreeshen', 'indirect'),
        ('the city "needs to get its own house in order" before asking for more', 'Devin Dreeshen', 'indirect', ["Dreeshen's office"]),
        ('needs to get its own house in order', 'Devin Dreeshen', 'partial', ["Dreeshen's office"]),
        ('the trip takes her more than an hour each way', 'Priya Nair', 'indirect'),
        ('I was promised a train when I bought my house in 2015,', 'Priya Nair', 'direct'),
        ("I'm still waiting.", 'Priya Nair', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n28-football-bombers',
    split='heldout3',
    text=(
        'Collaros throws three TDs as Blue Bombers hold off Argonauts\n'
        '\n'
        'WINNIPEG — Zach Collaros threw three touchdown passes and the Winnipeg Blue Bombers held on to beat the Toronto Argonauts 31-27 on Friday night.\n'
        '\n'
        'Kenny Lawler caught two of them, including a 44-yard strike early in the fourth quarter that put Winnipeg ahead for good. Brady Oliveira ran for 112 yards.\n'
        '\n'
        'Chad Kelly threw for 338 yards and two touchdowns for Toronto, which lost for the third time in four games.\n'
        '\n'
        '"We made it harder than it needed to be," Collaros said. "But the guys kept battling. That\'s what this team does."\n'
        '\n'
        'Lawler, who missed two games with a hamstring injury, said he felt fully healthy for the first time in a month.\n'
        '\n'
        '"I was a little nervous on that first route, honestly," he said. "After that I stopped thinking about it."\n'
        '\n'
        'Blue Bombers head coach Mike O\'Shea was not happy with his defence, which allowed 21 points in the second half.\n'
        '\n'
        '"We gave up too many big plays," O\'Shea said. "Kelly is a good quarterback, and you can\'t give a good quarterback time like that."\n'
        '\n'
        '"We\'ll fix it. We have to."\n'
        '\n'
        'Argonauts coach Ryan Dinwiddie said his team had chances to win the game late.\n'
        '\n'
        '"We had the ball with two minutes left and a chance to go win it," he said. "We just didn\'t finish."\n'
        '\n'
        'Winnipeg visits Hamilton next Saturday.\n'
    ),
    gold=[
        ("We made it harder than it needed to be,", 'Zach Collaros', 'direct'),
        ("But the guys kept battling. That's what this team does.", 'Zach Collaros', 'direct'),
        ('he felt fully healthy for the first time in a month', 'Kenny Lawler', 'indirect'),
        ('I was a little nervous on that first route, honestly,', 'Kenny Lawler', 'direct'),
        ('After that I stopped thinking about it.', 'Kenny Lawler', 'direct'),
        ('We gave up too many big plays,', "Mike O'Shea", 'direct'),
        ("Kelly is a good quarterback, and you can't give a good quarterback time like that.", "Mike O'Shea", 'direct'),
        ("We'll fix it. We have to.", "Mike O'Shea", 'direct'),
        ('his team had chances to win the game late', 'Ryan Dinwiddie', 'indirect'),
        ('We had the ball with two minutes left and a chance to go win it,', 'Ryan Dinwiddie', 'direct'),
        ("We just didn't finish.", 'Ryan Dinwiddie', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n29-politics-quebec',
    split='heldout3',
    text=(
        'Quebec to cap immigration levels, Legault says\n'
        '\n'
        'QUEBEC — Premier François Legault says Quebec will lower the number of permanent immigrants it accepts next year to 45,000, arguing the province cannot house or teach French to more newcomers.\n'
        '\n'
        'Speaking to reporters at the national assembly on Tuesday, Legault said the province had reached "the limit of what we can absorb."\n'
        '\n'
        '"This is not about closing the door," the premier said. "It is about making sure the people who come here succeed, in French."\n'
        '\n'
        'Immigration Minister Jean-François Roberge said the government would present its full plan to the legislature in November.\n'
        '\n'
        'Liberal Leader Pablo Rodriguez accused the government of blaming newcomers for its own failures on housing.\n'
        '\n'
        '"Immigrants did not cause the housing crisis. Bad planning did," Rodriguez told reporters. "The CAQ has been in power for six years."\n'
        '\n'
        'Québec solidaire spokesperson Ruba Ghazal was more blunt:\n'
        '\n'
        '"It is a political calculation, nothing more."\n'
        '\n'
        'Business groups have warned that lower immigration will worsen labour shortages. Véronique Proulx, president of Manufacturiers et Exportateurs du Québec, said her members still cannot fill thousands of jobs.\n'
        '\n'
        '"Our factories are looking for welders, machinists, engineers," she said. "Where will they come from?"\n'
    ),
    gold=[
        ('Quebec will lower the number of permanent immigrants it accepts next year to 45,000', 'François Legault', 'indirect'),
        ('the province cannot house or teach French to more newcomers', 'François Legault', 'indirect'),
        ('the province had reached "the limit of what we can absorb."', 'François Legault', 'indirect'),
        ('the limit of what we can absorb.', 'François Legault', 'partial'),
        ('This is not about closing the door,', 'François Legault', 'direct'),
        ('It is about making sure the people who come here succeed, in French.', 'François Legault', 'direct'),
        ('the government would present its full plan to the legislature in November', 'Jean-François Roberge', 'indirect'),
        ('Immigrants did not cause the housing crisis. Bad planning did,', 'Pablo Rodriguez', 'direct'),
        ('The CAQ has been in power for six years.', 'Pablo Rodriguez', 'direct'),
        ('It is a political calculation, nothing more.', 'Ruba Ghazal', 'direct'),
        ('lower immigration will worsen labour shortages', 'Business groups', 'indirect'),
        ('her members still cannot fill thousands of jobs', 'Véronique Proulx', 'indirect'),
        ('Our factories are looking for welders, machinists, engineers,', 'Véronique Proulx', 'direct'),
        ('Where will they come from?', 'Véronique Proulx', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n30-crime-saskatchewan',
    split='heldout3',
    text=(
        'RCMP search for missing woman near Prince Albert\n'
        '\n'
        'PRINCE ALBERT, Sask. — RCMP say they are increasingly concerned for a 32-year-old woman who has not been seen since she left a friend\'s house near Prince Albert nine days ago.\n'
        '\n'
        'Tanya Bird was last seen walking along Highway 2 on the evening of Oct. 3, police said in a news release Monday. She was wearing a red jacket and black jeans.\n'
        '\n'
        'Cpl. Ashley Morin said officers have searched the area around the highway with a helicopter and a police dog, and have spoken to dozens of people.\n'
        '\n'
        '"We are not ruling anything out at this point," Morin said. "Someone out there knows something, and we need them to call us."\n'
        '\n'
        'Bird\'s sister, Jolene Bird, said the family has been handing out posters in Prince Albert and on the nearby Muskoday First Nation.\n'
        '\n'
        '"She calls our mom every single day. Every day," she said. "This is not like her."\n'
        '\n'
        'A man who lives near where Bird was last seen, who asked that his name not be used, said he saw a dark pickup truck parked on the shoulder that night.\n'
        '\n'
        '"I didn\'t think anything of it then," he said.\n'
        '\n'
        'Police ask anyone with information to call the Prince Albert RCMP or Crime Stoppers.\n'
    ),
    gold=[
        ('they are increasingly concerned for a 32-year-old woman who has not been seen since she left a friend\'s house near Prince Albert nine days ago', 'RCMP', 'indirect'),
        ('Tanya Bird was last seen walking along Highway 2 on the evening of Oct. 3', 'police', 'indirect', ['RCMP']),
        ('officers have searched the area around the highway with a helicopter and a police dog, and have spoken to dozens of people', 'Ashley Morin', 'indirect'),
        ('We are not ruling anything out at this point,', 'Ashley Morin', 'direct'),
        ('Someone out there knows something, and we need them to call us.', 'Ashley Morin', 'direct'),
        ('the family has been handing out posters in Prince Albert and on the nearby Muskoday First Nation', 'Jolene Bird', 'indirect'),
        ('She calls our mom every single day. Every day,', 'Jolene Bird', 'direct'),
        ('This is not like her.', 'Jolene Bird', 'direct'),
        ('he saw a dark pickup truck parked on the shoulder that night', 'A man who lives near where Bird was last seen', 'indirect', ['A man', 'man']),
        ("I didn't think anything of it then,", 'A man who lives near where Bird was last seen', 'direct', ['A man', 'man']),
    ],
))
ARTICLES.append(dict(
    id='n31-feature-researcher',
    split='heldout3',
    text=(
        'The Guelph scientist who wants you to eat more beans\n'
        '\n'
        'GUELPH, Ont. — Amara Okafor has spent 15 years trying to get Canadians to eat more lentils, chickpeas and beans. She admits she has not had much luck.\n'
        '\n'
        'Okafor, a nutrition professor at the University of Guelph, leads a team studying why pulses — the dried seeds of legumes — remain a small part of the Canadian diet even though Canada is one of the world\'s largest growers of them.\n'
        '\n'
        '"We grow them, we ship them to India and Turkey, and then we eat almost none of them ourselves," the professor said, laughing. "It drives me a little crazy."\n'
        '\n'
        'Her latest study, published this month, found that fewer than one in eight Canadian adults eat pulses on a typical day.\n'
        '\n'
        'Graduate student Liam Fortier, who ran the survey, said many people told researchers they did not know how to cook dried beans.\n'
        '\n'
        '"A lot of people said, \'I\'d eat them, but I don\'t know what to do with them,\'" Fortier said.\n'
        '\n'
        'Nutrition experts outside the project agree the message matters. Dr. Helen Tsai, a dietitian in Toronto, says pulses are cheap, high in fibre and good for the heart.\n'
        '\n'
        '"If you are worried about grocery prices, a bag of lentils is the best deal in the store," Tsai says.\n'
        '\n'
        'Okafor says she is not giving up.\n'
        '\n'
        '"My kids complain. They say, \'Not beans again, Mom,\'" she said. "But they eat them."\n'
    ),
    gold=[
        ('she has not had much luck', 'Amara Okafor', 'indirect'),
        ('We grow them, we ship them to India and Turkey, and then we eat almost none of them ourselves,', 'Amara Okafor', 'direct'),
        ('It drives me a little crazy.', 'Amara Okafor', 'direct'),
        ('fewer than one in eight Canadian adults eat pulses on a typical day', 'Her latest study', 'indirect', ['Amara Okafor', 'study']),
        ('many people told researchers they did not know how to cook dried beans', 'Liam Fortier', 'indirect'),
        ("A lot of people said, 'I'd eat them, but I don't know what to do with them,'", 'Liam Fortier', 'direct'),
        ('the message matters', 'Nutrition experts outside the project', 'indirect', ['Nutrition experts']),
        ('pulses are cheap, high in fibre and good for the heart', 'Helen Tsai', 'indirect'),
        ('If you are worried about grocery prices, a bag of lentils is the best deal in the store,', 'Helen Tsai', 'direct'),
        ('she is not giving up', 'Amara Okafor', 'indirect'),
        ("My kids complain. They say, 'Not beans again, Mom,'", 'Amara Okafor', 'direct'),
        ('But they eat them.', 'Amara Okafor', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n32-politics-sanders-rally',
    split='heldout3',
    text=(
        'Sanders draws thousands in Wisconsin as Clinton courts donors\n'
        '\n'
        'MADISON, Wis. — Bernie Sanders told a crowd of more than 10,000 people at the University of Wisconsin on Saturday that his campaign was "just getting started," three days before the state\'s primary.\n'
        '\n'
        'The Vermont senator, who has won five of the last six contests, scolded Hillary Clinton for raising money from Wall Street firms and again called for free tuition at public colleges.\n'
        '\n'
        '"When people tell you it can\'t be done, remember that they said that about Social Security, too," Sanders said.\n'
        '\n'
        'Clinton spent the day at fundraisers in California. Her spokesman, Brian Fallon, said the former secretary of state had a "commanding lead" in delegates that Sanders could not overcome.\n'
        '\n'
        '"The math is the math," Fallon told reporters traveling with the campaign.\n'
        '\n'
        'Many in the crowd in Madison were students. Kayla Brennan, a 20-year-old sophomore from Eau Claire, said she had never voted before.\n'
        '\n'
        '"He\'s the first politician who talks about my student loans like they\'re a real problem," she said.\n'
        '\n'
        'Her friend Marcus Hill, 21, echoed her.\n'
        '\n'
        '"Nobody else is even talking to us," he said.\n'
        '\n'
        'A Marquette Law School poll released Wednesday shows Sanders leading Clinton among likely Democratic voters in Wisconsin, 49 percent to 45 percent.\n'
    ),
    gold=[
        ('his campaign was "just getting started,"', 'Bernie Sanders', 'indirect'),
        ('just getting started,', 'Bernie Sanders', 'partial'),
        ("When people tell you it can't be done, remember that they said that about Social Security, too,", 'Bernie Sanders', 'direct'),
        ('the former secretary of state had a "commanding lead" in delegates that Sanders could not overcome', 'Brian Fallon', 'indirect'),
        ('commanding lead', 'Brian Fallon', 'partial'),
        ('The math is the math,', 'Brian Fallon', 'direct'),
        ('she had never voted before', 'Kayla Brennan', 'indirect'),
        ("He's the first politician who talks about my student loans like they're a real problem,", 'Kayla Brennan', 'direct'),
        ('Nobody else is even talking to us,', 'Marcus Hill', 'direct'),
        ('Sanders leading Clinton among likely Democratic voters in Wisconsin, 49 percent to 45 percent', 'A Marquette Law School poll', 'indirect', ['Marquette Law School poll', 'Marquette Law School']),
    ],
))
ARTICLES.append(dict(
    id='n33-business-tech',
    split='heldout3',
    text=(
        'Shopify shares jump as merchants lift holiday sales\n'
        '\n'
        'OTTAWA — Shopify Inc. on Wednesday reported a 26 per cent jump in revenue for its third quarter, beating analysts\' expectations as merchants on its platform sold more ahead of the holiday season.\n'
        '\n'
        'The Ottawa-based company said revenue rose to US$2.16 billion, from US$1.71 billion a year earlier. Its shares rose more than 20 per cent in New York.\n'
        '\n'
        'President Harley Finkelstein said on a call with analysts that merchants were moving to Shopify from rival platforms "faster than ever."\n'
        '\n'
        '"Entrepreneurs choose us because we ship, and we ship fast," Finkelstein said.\n'
        '\n'
        'Chief financial officer Jeff Hoffmeister said the company expects fourth-quarter revenue to grow at a similar pace.\n'
        '\n'
        'The company has made several pledges to merchants this year, which have focused on lower fees for small sellers and faster payouts.\n'
        '\n'
        'Analysts said the results eased worries about slowing consumer spending. Josh Beck of Raymond James wrote in a note that Shopify was "executing at a very high level."\n'
        '\n'
        'Not everyone is convinced. Tech investor Ana Petrovic says the shares have run too far, too fast.\n'
        '\n'
        '"It is a great company at a price that assumes nothing goes wrong," she said.\n'
    ),
    gold=[
        ('revenue rose to US$2.16 billion, from US$1.71 billion a year earlier', 'Shopify Inc.', 'indirect', ['Shopify']),
        ('merchants were moving to Shopify from rival platforms "faster than ever."', 'Harley Finkelstein', 'indirect'),
        ('faster than ever.', 'Harley Finkelstein', 'partial'),
        ('Entrepreneurs choose us because we ship, and we ship fast,', 'Harley Finkelstein', 'direct'),
        ('the company expects fourth-quarter revenue to grow at a similar pace', 'Jeff Hoffmeister', 'indirect'),
        ('the results eased worries about slowing consumer spending', 'Analysts', 'indirect'),
        ('Shopify was "executing at a very high level."', 'Josh Beck', 'indirect'),
        ('executing at a very high level.', 'Josh Beck', 'partial'),
        ('the shares have run too far, too fast', 'Ana Petrovic', 'indirect'),
        ('It is a great company at a price that assumes nothing goes wrong,', 'Ana Petrovic', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n34-hockey-tkachuk-brothers',
    split='heldout4',
    text=(
        'Tkachuk brothers meet again as Senators top Panthers\n'
        '\n'
        'OTTAWA — Brady Tkachuk scored twice against his younger brother\'s team on Thursday, and the Ottawa Senators beat the Florida Panthers 5-2.\n'
        '\n'
        'Matthew Tkachuk had an assist for Florida, which had won six straight. Sam Reinhart scored both Panthers goals.\n'
        '\n'
        'The brothers\' parents, Keith and Chantal Tkachuk, watched from a suite at Canadian Tire Centre.\n'
        '\n'
        '"It\'s always weird. You want him to play well, just not too well," Brady Tkachuk said with a grin.\n'
        '\n'
        'His brother was less amused.\n'
        '\n'
        '"He\'s going to be unbearable at Christmas," Matthew Tkachuk said. "I\'ll hear about this one for a while."\n'
        '\n'
        'Senators goaltender Anton Forsberg made 34 saves. Florida coach Paul Maurice said his team was flat after a long road trip.\n'
        '\n'
        '"We didn\'t have our legs. That\'s not an excuse, it\'s just what it was," Maurice said.\n'
        '\n'
        'Forsberg, who had lost his previous three starts, said the win was a relief.\n'
        '\n'
        '"It\'s been a tough couple of weeks," he said. "The guys played really hard in front of me."\n'
    ),
    gold=[
        ("It's always weird. You want him to play well, just not too well,", 'Brady Tkachuk', 'direct'),
        ("He's going to be unbearable at Christmas,", 'Matthew Tkachuk', 'direct'),
        ("I'll hear about this one for a while.", 'Matthew Tkachuk', 'direct'),
        ('his team was flat after a long road trip', 'Paul Maurice', 'indirect'),
        ("We didn't have our legs. That's not an excuse, it's just what it was,", 'Paul Maurice', 'direct'),
        ('the win was a relief', 'Anton Forsberg', 'indirect'),
        ("It's been a tough couple of weeks,", 'Anton Forsberg', 'direct'),
        ('The guys played really hard in front of me.', 'Anton Forsberg', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n35-feature-two-sisters',
    split='heldout4',
    text=(
        'Sisters turn late mother\'s garden into Regina\'s favourite pop-up cafe\n'
        '\n'
        'REGINA — When their mother died in 2021, Nadia and Leila Haddad could not bring themselves to sell the house on Robinson Street, or the garden she had spent 40 years building behind it.\n'
        '\n'
        'Instead, the sisters opened it to the public. Every Saturday from May to September, they serve coffee, fatayer and their mother\'s date cookies among the tomato plants.\n'
        '\n'
        '"Mom fed the whole street. We just put up a sign," said Nadia, the older of the two, who works as a nurse during the week.\n'
        '\n'
        'Leila, a graphic designer, handles the menu boards and the Instagram account. She said the first summer was chaos.\n'
        '\n'
        '"We ran out of cookies by 10 o\'clock. People were lined up to the sidewalk," she said. "Nadia was baking in the kitchen in her pajamas."\n'
        '\n'
        'Her sister disputes that.\n'
        '\n'
        '"It was a robe," Nadia said. "A very nice robe."\n'
        '\n'
        'Neighbour Gordon Pratt, 78, has come every Saturday since the first weekend.\n'
        '\n'
        '"Their mother used to hand me tomatoes over the fence," he said. "Now I pay for them, and I don\'t mind a bit."\n'
    ),
    gold=[
        ('Mom fed the whole street. We just put up a sign,', 'Nadia Haddad', 'direct', ['Nadia']),
        ('the first summer was chaos', 'Leila Haddad', 'indirect', ['Leila']),
        ("We ran out of cookies by 10 o'clock. People were lined up to the sidewalk,", 'Leila Haddad', 'direct', ['Leila']),
        ('Nadia was baking in the kitchen in her pajamas.', 'Leila Haddad', 'direct', ['Leila']),
        ('It was a robe,', 'Nadia Haddad', 'direct', ['Nadia']),
        ('A very nice robe.', 'Nadia Haddad', 'direct', ['Nadia']),
        ('Their mother used to hand me tomatoes over the fence,', 'Gordon Pratt', 'direct'),
        ("Now I pay for them, and I don't mind a bit.", 'Gordon Pratt', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n36-court-appeal',
    split='heldout4',
    text=(
        'Appeal court orders new trial in Surrey shooting case\n'
        '\n'
        'VANCOUVER — The B.C. Court of Appeal has ordered a new trial for a Surrey man convicted of attempted murder, ruling the trial judge gave the jury flawed instructions on self-defence.\n'
        '\n'
        'Harjit Sandhu, 29, was found guilty in 2022 of shooting a man outside a Newton restaurant. He was sentenced to nine years.\n'
        '\n'
        'Writing for a unanimous three-judge panel, Justice David Harris said the instructions "left the jury without a proper road map" for deciding whether Sandhu had acted to protect himself.\n'
        '\n'
        'Sandhu\'s lawyer, Richard Fowler, said his client was relieved.\n'
        '\n'
        '"He has always said he feared for his life that night," Fowler said. "Now a jury will hear that properly."\n'
        '\n'
        'The Crown has not decided whether to seek leave to appeal to the Supreme Court of Canada. A spokesperson for the BC Prosecution Service, Damienne Darby, said prosecutors are reviewing the decision.\n'
        '\n'
        'The man who was shot, who cannot be named because of a publication ban, suffered wounds to his chest and leg. His brother said outside court that the family was devastated.\n'
        '\n'
        '"Two years of waiting, and now we start again," he said.\n'
    ),
    gold=[
        ('the trial judge gave the jury flawed instructions on self-defence', 'B.C. Court of Appeal', 'indirect', ['The B.C. Court of Appeal', 'Court of Appeal']),
        ('the instructions "left the jury without a proper road map" for deciding whether Sandhu had acted to protect himself', 'David Harris', 'indirect'),
        ('left the jury without a proper road map', 'David Harris', 'partial'),
        ('his client was relieved', 'Richard Fowler', 'indirect'),
        ('He has always said he feared for his life that night,', 'Richard Fowler', 'direct'),
        ('Now a jury will hear that properly.', 'Richard Fowler', 'direct'),
        ('prosecutors are reviewing the decision', 'Damienne Darby', 'indirect'),
        ('the family was devastated', 'His brother', 'indirect', ['brother']),
        ('Two years of waiting, and now we start again,', 'His brother', 'direct', ['brother']),
    ],
))
ARTICLES.append(dict(
    id='n37-politics-two-ministers',
    split='heldout4',
    text=(
        'Ottawa, provinces clash over health-care data deal\n'
        '\n'
        'OTTAWA — Federal Health Minister Mark Holland accused the provinces on Monday of dragging their feet on a promise to share health data, as a deadline in last year\'s funding agreements passed.\n'
        '\n'
        '"Canadians were promised a system that talks to itself. We paid for it. Where is it?" Holland said at a news conference.\n'
        '\n'
        'Alberta Health Minister Adriana LaGrange said her province had met every commitment it made and accused Ottawa of moving the goalposts.\n'
        '\n'
        '"We signed an agreement, not a blank cheque," the Alberta minister said in a statement.\n'
        '\n'
        'Ontario\'s health minister, Sylvia Jones, said the province was "on track" and would publish its first report in the spring.\n'
        '\n'
        'The federal minister said he would not withhold money from any province for now.\n'
        '\n'
        'Health policy researcher Dr. Kimberly McGrail of the University of British Columbia said the fight was about politics more than technology.\n'
        '\n'
        '"The data exists. What is missing is trust," she said.\n'
    ),
    gold=[
        ('Canadians were promised a system that talks to itself. We paid for it. Where is it?', 'Mark Holland', 'direct'),
        ('her province had met every commitment it made', 'Adriana LaGrange', 'indirect'),
        ('We signed an agreement, not a blank cheque,', 'Adriana LaGrange', 'direct'),
        ('the province was "on track" and would publish its first report in the spring', 'Sylvia Jones', 'indirect'),
        ('on track', 'Sylvia Jones', 'partial'),
        ('he would not withhold money from any province for now', 'Mark Holland', 'indirect'),
        ('the fight was about politics more than technology', 'Kimberly McGrail', 'indirect'),
        ('The data exists. What is missing is trust,', 'Kimberly McGrail', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n38-soccer-cf-montreal',
    split='heldout4',
    text=(
        'CF Montréal snaps skid with win over Toronto FC\n'
        '\n'
        'MONTREAL — Josef Martínez scored in the 81st minute and CF Montréal ended a five-game winless run with a 2-1 victory over Toronto FC on Saturday at Stade Saputo.\n'
        '\n'
        'Bryce Duke also scored for Montréal. Federico Bernardeschi replied for Toronto.\n'
        '\n'
        'Martínez, who joined the club in the off-season, said through a translator that he had been waiting weeks for a goal like that.\n'
        '\n'
        '"The fans deserved this. They have been patient with us," he said.\n'
        '\n'
        'Montréal head coach Laurent Courtois praised his players\' response after Toronto equalized early in the second half.\n'
        '\n'
        '"We could have dropped our heads. We didn\'t," Courtois said.\n'
        '\n'
        'Toronto coach John Herdman was frustrated with the goal his team allowed.\n'
        '\n'
        '"We switched off for one moment and got punished," Herdman said. "At this level, one moment is enough."\n'
        '\n'
        'Bernardeschi, who has scored in three straight games, did not speak to reporters.\n'
    ),
    gold=[
        ('he had been waiting weeks for a goal like that', 'Josef Martínez', 'indirect'),
        ('The fans deserved this. They have been patient with us,', 'Josef Martínez', 'direct'),
        ("We could have dropped our heads. We didn't,", 'Laurent Courtois', 'direct'),
        ('We switched off for one moment and got punished,', 'John Herdman', 'direct'),
        ('At this level, one moment is enough.', 'John Herdman', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n39-obituary-family',
    split='heldout4',
    text=(
        'Longtime Saskatoon grocer Walter Nowak dies at 91\n'
        '\n'
        'SASKATOON — Walter Nowak, who ran a corner grocery on 20th Street West for more than half a century, has died at 91.\n'
        '\n'
        'Nowak came to Canada from Poland in 1952 with his wife, Helena, and opened Nowak\'s Grocery four years later. Helena Nowak died in 2015.\n'
        '\n'
        'Their son, Peter Nowak, who took over the store in 2004, said his father worked behind the counter until he was 88.\n'
        '\n'
        '"He knew every customer\'s name and what they owed him, and he never wrote any of it down," he said.\n'
        '\n'
        'Walter\'s granddaughter, Emily Nowak, remembered summers stocking shelves for 25 cents an hour.\n'
        '\n'
        '"Grandpa paid me in candy, mostly," she said, laughing. "I didn\'t complain."\n'
        '\n'
        'Longtime customer Rita Beaulieu said the store was the heart of the neighbourhood.\n'
        '\n'
        '"When my husband was sick, Walter delivered our groceries himself. He wouldn\'t take a tip," she said.\n'
        '\n'
        'A funeral will be held Saturday at St. George\'s Cathedral.\n'
    ),
    gold=[
        ('his father worked behind the counter until he was 88', 'Peter Nowak', 'indirect'),
        ("He knew every customer's name and what they owed him, and he never wrote any of it down,", 'Peter Nowak', 'direct'),
        ('Grandpa paid me in candy, mostly,', 'Emily Nowak', 'direct'),
        ("I didn't complain.", 'Emily Nowak', 'direct'),
        ('the store was the heart of the neighbourhood', 'Rita Beaulieu', 'indirect'),
        ("When my husband was sick, Walter delivered our groceries himself. He wouldn't take a tip,", 'Rita Beaulieu', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n40-crime-two-women',
    split='heldout5',
    text=(
        'Two women charged after Halifax-area break-ins\n'
        '\n'
        'DARTMOUTH, N.S. — Two women have been charged in connection with a string of break-ins at cottages along the Eastern Shore, Halifax Regional Police said Tuesday.\n'
        '\n'
        'Police say Kristen Doyle, 34, and Amber Lockhart, 27, both of Dartmouth, were arrested Monday after officers stopped a car carrying power tools and a generator reported stolen last week.\n'
        '\n'
        'Const. John MacLeod, a police spokesperson, said investigators believe the two are responsible for at least nine break-ins since August.\n'
        '\n'
        '"We\'re asking cottage owners to check their properties and report anything missing," he said in an email.\n'
        '\n'
        'Carol Weeks, whose family cottage near Musquodoboit Harbour was broken into twice, said she was relieved.\n'
        '\n'
        '"They took my father\'s tools, things he\'d had for 50 years," Weeks said. "You can\'t replace that."\n'
        '\n'
        'Her neighbour, Donna Fraser, said the arrests would help people sleep at night.\n'
        '\n'
        '"Everybody out here has been on edge since the summer," she said.\n'
        '\n'
        'Doyle and Lockhart are to appear in Dartmouth provincial court on Nov. 20. Neither could be reached for comment.\n'
    ),
    gold=[
        ('Two women have been charged in connection with a string of break-ins at cottages along the Eastern Shore', 'Halifax Regional Police', 'indirect'),
        ('Kristen Doyle, 34, and Amber Lockhart, 27, both of Dartmouth, were arrested Monday after officers stopped a car carrying power tools and a generator reported stolen last week', 'Police', 'indirect', ['Halifax Regional Police']),
        ('investigators believe the two are responsible for at least nine break-ins since August', 'John MacLeod', 'indirect'),
        ("We're asking cottage owners to check their properties and report anything missing,", 'John MacLeod', 'direct'),
        ('she was relieved', 'Carol Weeks', 'indirect'),
        ("They took my father's tools, things he'd had for 50 years,", 'Carol Weeks', 'direct'),
        ("You can't replace that.", 'Carol Weeks', 'direct'),
        ('the arrests would help people sleep at night', 'Donna Fraser', 'indirect'),
        ('Everybody out here has been on edge since the summer,', 'Donna Fraser', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n41-basketball-raptors',
    split='heldout5',
    text=(
        'Barnes leads Raptors past Bulls\n'
        '\n'
        'TORONTO — Scottie Barnes had 28 points, 11 rebounds and nine assists, and the Toronto Raptors beat the Chicago Bulls 121-112 on Wednesday night.\n'
        '\n'
        'Immanuel Quickley added 22 points and RJ Barrett had 19 for Toronto, which has won three of four. Zach LaVine scored 31 for Chicago.\n'
        '\n'
        'Barnes, 23, scored 12 of his points in the fourth quarter, when the Raptors pulled away with a 14-2 run.\n'
        '\n'
        '"When it\'s close like that, I want the ball," Barnes said. "Coach trusts me to make the right play, and I trust my guys."\n'
        '\n'
        'Raptors coach Darko Rajakovic called it the best fourth quarter his team has played this season.\n'
        '\n'
        '"We defended, we rebounded, we ran," he said. "That\'s who we want to be."\n'
        '\n'
        'LaVine, who has been the subject of trade rumours for weeks, was asked about his future after the game.\n'
        '\n'
        '"I just play. That stuff is for other people to figure out," he said.\n'
        '\n'
        'Bulls coach Billy Donovan said his team\'s defence let it down late.\n'
    ),
    gold=[
        ("When it's close like that, I want the ball,", 'Scottie Barnes', 'direct'),
        ('Coach trusts me to make the right play, and I trust my guys.', 'Scottie Barnes', 'direct'),
        ('We defended, we rebounded, we ran,', 'Darko Rajakovic', 'direct'),
        ("That's who we want to be.", 'Darko Rajakovic', 'direct'),
        ('I just play. That stuff is for other people to figure out,', 'Zach LaVine', 'direct'),
        ("his team's defence let it down late", 'Billy Donovan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n42-politics-bc-housing',
    split='heldout5',
    text=(
        'B.C. promises 10,000 rental homes in housing plan\n'
        '\n'
        'VICTORIA — The B.C. government says it will build 10,000 new rental homes for middle-income families over the next five years.\n'
        '\n'
        'Housing Minister Ravi Kahlon, who unveiled the plan Thursday, said the province will use public land and low-cost loans to get builders moving faster.\n'
        '\n'
        '"People who work in our communities should be able to live in our communities. Right now too many can\'t," Kahlon said.\n'
        '\n'
        'Opposition housing critic Elenore Sturko said the New Democrats had made similar promises before and missed them.\n'
        '\n'
        '"They promised 114,000 homes in 2018. Ask them how many got built," she said.\n'
        '\n'
        'A spokesperson for the Urban Development Institute, which represents builders, said in a statement the industry welcomed the loans but needs faster permits from cities.\n'
        '\n'
        'Vancouver Mayor Ken Sim said the city was ready to work with the province.\n'
        '\n'
        '"We\'ve cut our permit times in half. We can do more," he said.\n'
    ),
    gold=[
        ('it will build 10,000 new rental homes for middle-income families over the next five years', 'The B.C. government', 'indirect', ['B.C. government']),
        ('the province will use public land and low-cost loans to get builders moving faster', 'Ravi Kahlon', 'indirect'),
        ("People who work in our communities should be able to live in our communities. Right now too many can't,", 'Ravi Kahlon', 'direct'),
        ('the New Democrats had made similar promises before and missed them', 'Elenore Sturko', 'indirect'),
        ('They promised 114,000 homes in 2018. Ask them how many got built,', 'Elenore Sturko', 'direct'),
        ('the industry welcomed the loans but needs faster permits from cities', 'A spokesperson for the Urban Development Institute', 'indirect', ['Urban Development Institute', 'spokesperson for the Urban Development Institute']),
        ('the city was ready to work with the province', 'Ken Sim', 'indirect'),
        ("We've cut our permit times in half. We can do more,", 'Ken Sim', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n43-feature-veteran',
    split='heldout5',
    text=(
        'At 99, Second World War veteran still drives to the Legion every Friday\n'
        '\n'
        'KITCHENER, Ont. — Every Friday at noon, Harold Fischer backs his 2009 Buick out of the driveway and drives six blocks to Branch 50 of the Royal Canadian Legion.\n'
        '\n'
        'He is 99. He served as a radio operator with the Royal Canadian Air Force from 1943 to 1945, and he has not missed many Fridays since.\n'
        '\n'
        '"They make a good fish and chips, and the beer is cold," Fischer said. "What else does a man need?"\n'
        '\n'
        'His daughter, Margaret Hale, 71, worries about the driving.\n'
        '\n'
        '"We\'ve had the conversation. Many times," she said with a sigh. "He passed his test in March. What can I do?"\n'
        '\n'
        'Branch president Tom Kowalski said Fischer is the last Second World War veteran among the branch\'s members.\n'
        '\n'
        '"When Harold talks, the room goes quiet. Even the young guys put their phones down," Kowalski said.\n'
        '\n'
        'Fischer says he rarely talks about the war itself.\n'
        '\n'
        '"I was lucky. A lot of the boys I trained with didn\'t come home," the veteran said. "I think about them every Remembrance Day."\n'
    ),
    gold=[
        ('They make a good fish and chips, and the beer is cold,', 'Harold Fischer', 'direct'),
        ('What else does a man need?', 'Harold Fischer', 'direct'),
        ("We've had the conversation. Many times,", 'Margaret Hale', 'direct'),
        ('He passed his test in March. What can I do?', 'Margaret Hale', 'direct'),
        ("Fischer is the last Second World War veteran among the branch's members", 'Tom Kowalski', 'indirect'),
        ('When Harold talks, the room goes quiet. Even the young guys put their phones down,', 'Tom Kowalski', 'direct'),
        ('he rarely talks about the war itself', 'Harold Fischer', 'indirect'),
        ("I was lucky. A lot of the boys I trained with didn't come home,", 'Harold Fischer', 'direct'),
        ('I think about them every Remembrance Day.', 'Harold Fischer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n44-business-airline',
    split='heldout5',
    text=(
        'WestJet pilots vote to strike as talks stall\n'
        '\n'
        'CALGARY — Pilots at WestJet Airlines have voted 97 per cent in favour of a strike, their union said Monday, raising the prospect of flight cancellations during the busy holiday season.\n'
        '\n'
        'The Air Line Pilots Association, which represents about 1,800 WestJet pilots, said the carrier has refused to address pay and scheduling.\n'
        '\n'
        '"Our pilots are tired of being the lowest-paid in the industry," said Capt. Bernard Lewall, who chairs the union\'s WestJet council. "They have sent a clear message."\n'
        '\n'
        'WestJet said in a statement that it remained committed to reaching a deal at the bargaining table and that no flights were affected.\n'
        '\n'
        'Chief executive Alexis von Hoensbroech told reporters last week the airline had made "a generous offer."\n'
        '\n'
        'Travel agent Rhonda Pike in Red Deer said some clients had already called about their Christmas flights.\n'
        '\n'
        '"People are nervous. I\'m telling them to buy travel insurance," Pike said.\n'
    ),
    gold=[
        ('Pilots at WestJet Airlines have voted 97 per cent in favour of a strike', 'Air Line Pilots Association', 'indirect', ['their union', 'The Air Line Pilots Association']),
        ('the carrier has refused to address pay and scheduling', 'Air Line Pilots Association', 'indirect', ['The Air Line Pilots Association']),
        ('Our pilots are tired of being the lowest-paid in the industry,', 'Bernard Lewall', 'direct'),
        ('They have sent a clear message.', 'Bernard Lewall', 'direct'),
        ('it remained committed to reaching a deal at the bargaining table and that no flights were affected', 'WestJet', 'indirect', ['WestJet Airlines']),
        ('the airline had made "a generous offer."', 'Alexis von Hoensbroech', 'indirect'),
        ('a generous offer.', 'Alexis von Hoensbroech', 'partial'),
        ('some clients had already called about their Christmas flights', 'Rhonda Pike', 'indirect'),
        ("People are nervous. I'm telling them to buy travel insurance,", 'Rhonda Pike', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n45-politics-us-debate',
    split='heldout5',
    text=(
        'Rubio, Cruz clash over immigration at GOP debate\n'
        '\n'
        'LAS VEGAS — Marco Rubio and Ted Cruz traded sharp words over immigration on Tuesday night, as the two senators tried to position themselves as the main alternative to Donald Trump.\n'
        '\n'
        'Cruz accused Rubio of backing "amnesty" for people in the country illegally through a 2013 bill he co-wrote.\n'
        '\n'
        '"Marco stood with Barack Obama and Chuck Schumer," the Texas senator said. "I stood with the American people."\n'
        '\n'
        'Rubio shot back that Cruz had supported legal status for some immigrants himself.\n'
        '\n'
        '"Ted, you know that\'s not true," he said, turning to his rival. "You supported it in 2013."\n'
        '\n'
        'Trump, who leads national polls, largely stayed out of the exchange. Asked afterward who won, he told CNN that "everybody knows" the answer.\n'
        '\n'
        'Former Florida Gov. Jeb Bush, who struggled for attention, said Trump was "a chaos candidate."\n'
    ),
    gold=[
        ('Marco stood with Barack Obama and Chuck Schumer,', 'Ted Cruz', 'direct'),
        ('I stood with the American people.', 'Ted Cruz', 'direct'),
        ('amnesty', 'Ted Cruz', 'partial'),
        ('Cruz had supported legal status for some immigrants himself', 'Marco Rubio', 'indirect'),
        ("Ted, you know that's not true,", 'Marco Rubio', 'direct'),
        ('You supported it in 2013.', 'Marco Rubio', 'direct'),
        ('"everybody knows" the answer', 'Donald Trump', 'indirect'),
        ('everybody knows', 'Donald Trump', 'partial'),
        ('Trump was "a chaos candidate."', 'Jeb Bush', 'indirect'),
        ('a chaos candidate.', 'Jeb Bush', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n46-hockey-oilers-injury',
    split='heldout6',
    text=(
        'Oilers lose Draisaitl to injury in win over Canucks\n'
        '\n'
        'EDMONTON — The Edmonton Oilers beat the Vancouver Canucks 4-1 on Saturday, but lost Leon Draisaitl to a lower-body injury in the second period.\n'
        '\n'
        'Connor McDavid had a goal and two assists, and Zach Hyman scored twice. Stuart Skinner made 28 saves.\n'
        '\n'
        'Draisaitl, who leads the NHL with 31 goals, went down awkwardly after a collision with Canucks defenceman Filip Hronek and did not return.\n'
        '\n'
        'Coach Kris Knoblauch said after the game that the German forward would be evaluated on Sunday.\n'
        '\n'
        '"I don\'t know much yet. He was walking fine after the game, which is a good sign," Knoblauch said.\n'
        '\n'
        'McDavid said the team had to keep winning whether or not Draisaitl was in the lineup.\n'
        '\n'
        '"Nobody is going to feel sorry for us," the Oilers captain said. "We\'ve got a lot of guys in here who can step up."\n'
        '\n'
        'Hronek said the collision was accidental.\n'
        '\n'
        '"I went for the puck. I hope he\'s OK," the 27-year-old said.\n'
    ),
    gold=[
        ('the German forward would be evaluated on Sunday', 'Kris Knoblauch', 'indirect'),
        ("I don't know much yet. He was walking fine after the game, which is a good sign,", 'Kris Knoblauch', 'direct'),
        ('the team had to keep winning whether or not Draisaitl was in the lineup', 'Connor McDavid', 'indirect'),
        ('Nobody is going to feel sorry for us,', 'Connor McDavid', 'direct'),
        ("We've got a lot of guys in here who can step up.", 'Connor McDavid', 'direct'),
        ('the collision was accidental', 'Filip Hronek', 'indirect'),
        ("I went for the puck. I hope he's OK,", 'Filip Hronek', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n47-court-documents',
    split='heldout6',
    text=(
        'Former Ottawa councillor accused of taking bribes, documents say\n'
        '\n'
        'OTTAWA — A former Ottawa city councillor accepted more than $60,000 from a developer in exchange for his support on zoning votes, according to court documents filed by the RCMP.\n'
        '\n'
        'The documents, which were unsealed Tuesday, allege that Rick Chiarelli\'s office received cash payments in 2018 and 2019 while a proposal for a 20-storey tower was before council.\n'
        '\n'
        'None of the allegations has been proven in court, and no charges have been laid.\n'
        '\n'
        'Chiarelli\'s lawyer, Michael Edelson, said his client "categorically denies" the allegations.\n'
        '\n'
        '"These are the claims of one disgruntled former employee, nothing more," Edelson said in an interview.\n'
        '\n'
        'Mayor Mark Sutcliffe called the allegations "deeply troubling" and said the city would co-operate with police.\n'
        '\n'
        'One current councillor, who spoke on condition of anonymity because she was not authorized to discuss the investigation, said staff had raised concerns about the tower file for years.\n'
        '\n'
        '"Everybody knew something was off," she said.\n'
    ),
    gold=[
        ('A former Ottawa city councillor accepted more than $60,000 from a developer in exchange for his support on zoning votes', 'court documents filed by the RCMP', 'indirect', ['court documents', 'RCMP']),
        ("Rick Chiarelli's office received cash payments in 2018 and 2019 while a proposal for a 20-storey tower was before council", 'The documents', 'indirect', ['documents', 'RCMP']),
        ('his client "categorically denies" the allegations', 'Michael Edelson', 'indirect'),
        ('categorically denies', 'Michael Edelson', 'partial'),
        ('These are the claims of one disgruntled former employee, nothing more,', 'Michael Edelson', 'direct'),
        ('deeply troubling', 'Mark Sutcliffe', 'partial'),
        ('the city would co-operate with police', 'Mark Sutcliffe', 'indirect'),
        ('staff had raised concerns about the tower file for years', 'One current councillor', 'indirect', ['councillor', 'One current councillor, who spoke on condition of anonymity because she was not authorized to discuss the investigation']),
        ('Everybody knew something was off,', 'One current councillor', 'direct', ['councillor']),
    ],
))
ARTICLES.append(dict(
    id='n48-feature-refugee-family',
    split='heldout6',
    text=(
        'Two years after fleeing Kabul, a Winnipeg family opens its own restaurant\n'
        '\n'
        'WINNIPEG — The smell of saffron rice drifts onto Portage Avenue from the small restaurant Farid and Zarmina Rahimi opened last month.\n'
        '\n'
        'The couple arrived in Winnipeg in 2022 with their three children, a year after the Taliban returned to power in Afghanistan. Farid had worked as an interpreter for Canadian troops in Kandahar.\n'
        '\n'
        '"In Kabul, I was a target. Here, I am a cook," he said, laughing, as he stirred a pot of qorma. "It is a much better job."\n'
        '\n'
        'Zarmina runs the front of the restaurant and does the books. She said the first weeks were harder than she expected.\n'
        '\n'
        '"Some days only five customers came. I cried in the kitchen," she said. "Now we have a line on Fridays."\n'
        '\n'
        'Their oldest son, Omid, 16, works weekends at the counter.\n'
        '\n'
        '"My friends come and my dad gives them free bolani. He is going to lose money," Omid said.\n'
        '\n'
        'Their sponsor, retired teacher Linda Friesen, helped them find the space.\n'
        '\n'
        '"They did all the work. I just made a few phone calls," Friesen said.\n'
    ),
    gold=[
        ('In Kabul, I was a target. Here, I am a cook,', 'Farid Rahimi', 'direct', ['Farid']),
        ('It is a much better job.', 'Farid Rahimi', 'direct', ['Farid']),
        ('the first weeks were harder than she expected', 'Zarmina Rahimi', 'indirect', ['Zarmina']),
        ('Some days only five customers came. I cried in the kitchen,', 'Zarmina Rahimi', 'direct', ['Zarmina']),
        ('Now we have a line on Fridays.', 'Zarmina Rahimi', 'direct', ['Zarmina']),
        ('My friends come and my dad gives them free bolani. He is going to lose money,', 'Omid Rahimi', 'direct', ['Omid']),
        ('They did all the work. I just made a few phone calls,', 'Linda Friesen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n49-politics-federal-budget',
    split='heldout6',
    text=(
        'Finance minister defends deficit as opposition cries foul\n'
        '\n'
        'OTTAWA — Finance Minister Chrystia Freeland defended a $40-billion deficit on Tuesday, saying the government had to help Canadians struggling with the cost of living.\n'
        '\n'
        '"We are making investments that will pay off for a generation," Freeland told the House of Commons. "I will not apologize for that."\n'
        '\n'
        'Conservative Leader Pierre Poilievre said the spending would push interest rates higher.\n'
        '\n'
        '"Every dollar they borrow is a dollar Canadians pay back with interest," he said. "Common sense says stop the spending."\n'
        '\n'
        'NDP Leader Jagmeet Singh, whose party has supported the government on key votes, said the budget did not go far enough on housing.\n'
        '\n'
        'The parliamentary budget officer, Yves Giroux, wrote in a report last week that the government\'s fiscal targets were "at risk."\n'
        '\n'
        'Economist Armine Yalnizyan said the deficit was modest by international standards. "Canada has the lowest debt-to-GDP ratio in the G7," she said.\n'
    ),
    gold=[
        ('the government had to help Canadians struggling with the cost of living', 'Chrystia Freeland', 'indirect'),
        ('We are making investments that will pay off for a generation,', 'Chrystia Freeland', 'direct'),
        ('I will not apologize for that.', 'Chrystia Freeland', 'direct'),
        ('the spending would push interest rates higher', 'Pierre Poilievre', 'indirect'),
        ('Every dollar they borrow is a dollar Canadians pay back with interest,', 'Pierre Poilievre', 'direct'),
        ('Common sense says stop the spending.', 'Pierre Poilievre', 'direct'),
        ('the budget did not go far enough on housing', 'Jagmeet Singh', 'indirect'),
        ('the government\'s fiscal targets were "at risk."', 'Yves Giroux', 'indirect'),
        ('at risk.', 'Yves Giroux', 'partial'),
        ('the deficit was modest by international standards', 'Armine Yalnizyan', 'indirect'),
        ('Canada has the lowest debt-to-GDP ratio in the G7,', 'Armine Yalnizyan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n50-business-layoffs',
    split='heldout6',
    text=(
        'Bell to cut 4,800 jobs as it sells radio stations\n'
        '\n'
        'MONTREAL — BCE Inc. said Thursday it will cut 4,800 jobs and sell 45 of its regional radio stations, in what the company called its largest restructuring in nearly 30 years.\n'
        '\n'
        'Chief executive Mirko Bibic blamed federal regulators, saying rules that force Bell to share its fibre network with competitors had made new investment harder to justify.\n'
        '\n'
        '"The regulatory environment has made it impossible to keep investing at the pace we were," Bibic said in a video posted to the company\'s website.\n'
        '\n'
        'Unifor, which represents thousands of Bell workers, called the cuts "a betrayal."\n'
        '\n'
        'The union\'s national president, Lana Payne, said the company had paid out billions to shareholders while cutting staff.\n'
        '\n'
        '"Bell is choosing dividends over workers, plain and simple," she said.\n'
        '\n'
        'A spokesperson for Industry Minister François-Philippe Champagne said the minister was "disappointed" by the decision.\n'
    ),
    gold=[
        ('it will cut 4,800 jobs and sell 45 of its regional radio stations', 'BCE Inc.', 'indirect', ['BCE', 'Bell']),
        ('rules that force Bell to share its fibre network with competitors had made new investment harder to justify', 'Mirko Bibic', 'indirect'),
        ('The regulatory environment has made it impossible to keep investing at the pace we were,', 'Mirko Bibic', 'direct'),
        ('a betrayal.', 'Unifor', 'partial'),
        ('the company had paid out billions to shareholders while cutting staff', 'Lana Payne', 'indirect'),
        ('Bell is choosing dividends over workers, plain and simple,', 'Lana Payne', 'direct'),
        ('the minister was "disappointed" by the decision', 'A spokesperson for Industry Minister François-Philippe Champagne', 'indirect', ['spokesperson for Industry Minister François-Philippe Champagne', 'A spokesperson']),
        ('disappointed', 'A spokesperson for Industry Minister François-Philippe Champagne', 'partial', ['spokesperson for Industry Minister François-Philippe Champagne', 'A spokesperson']),
    ],
))
ARTICLES.append(dict(
    id='n51-us-primary-night',
    split='heldout6',
    text=(
        'Trump, Clinton win big in New York primary\n'
        '\n'
        'NEW YORK — Donald Trump and Hillary Clinton won commanding victories in their home state\'s primary on Tuesday, strengthening their grip on their parties\' nominations.\n'
        '\n'
        'Speaking at Trump Tower, the billionaire thanked supporters and said the race for the Republican nomination was "essentially over."\n'
        '\n'
        '"We don\'t have much of a race anymore," Trump said. "Senator Cruz is just about mathematically eliminated."\n'
        '\n'
        'Cruz, who finished third in the state behind Ohio Gov. John Kasich, dismissed the results.\n'
        '\n'
        '"Donald had a good night in his home state. Congratulations," the Texas senator told reporters in Philadelphia. "Next week is a different story."\n'
        '\n'
        'Clinton told supporters in Manhattan that victory was "in sight."\n'
        '\n'
        'Her rival, Bernie Sanders, said he would stay in the race until the convention.\n'
        '\n'
        '"We have come a long way, and we are not going anywhere," the Vermont senator said.\n'
    ),
    gold=[
        ('the race for the Republican nomination was "essentially over."', 'Donald Trump', 'indirect'),
        ('essentially over.', 'Donald Trump', 'partial'),
        ("We don't have much of a race anymore,", 'Donald Trump', 'direct'),
        ('Senator Cruz is just about mathematically eliminated.', 'Donald Trump', 'direct'),
        ('Donald had a good night in his home state. Congratulations,', 'Ted Cruz', 'direct', ['Cruz']),
        ('Next week is a different story.', 'Ted Cruz', 'direct', ['Cruz']),
        ('victory was "in sight."', 'Hillary Clinton', 'indirect'),
        ('in sight.', 'Hillary Clinton', 'partial'),
        ('he would stay in the race until the convention', 'Bernie Sanders', 'indirect'),
        ('We have come a long way, and we are not going anywhere,', 'Bernie Sanders', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n52-crime-fire',
    split='heldout7',
    text=(
        'Fire destroys Thunder Bay apartment building, dozens displaced\n'
        '\n'
        'THUNDER BAY, Ont. — Dozens of people are looking for somewhere to stay after a fire tore through a three-storey apartment building on Simpson Street early Sunday.\n'
        '\n'
        'No one was seriously hurt, Thunder Bay Fire Rescue said, though two residents were treated for smoke inhalation.\n'
        '\n'
        'Platoon Chief Greg Hankkio said crews arrived to find heavy smoke pouring from the second floor.\n'
        '\n'
        '"Our first priority was getting everyone out, and the residents did a great job helping each other," he said.\n'
        '\n'
        'Resident Tanya Meekis, who lived on the third floor with her two daughters, said a neighbour banged on her door just after 3 a.m.\n'
        '\n'
        '"I grabbed the girls and the cat and that\'s it. Everything else is gone," she said.\n'
        '\n'
        'The Canadian Red Cross said it was helping 31 people with emergency lodging, food and clothing.\n'
        '\n'
        'The cause of the fire is under investigation. The Ontario Fire Marshal has been called in.\n'
    ),
    gold=[
        ('No one was seriously hurt', 'Thunder Bay Fire Rescue', 'indirect'),
        ('crews arrived to find heavy smoke pouring from the second floor', 'Greg Hankkio', 'indirect'),
        ('Our first priority was getting everyone out, and the residents did a great job helping each other,', 'Greg Hankkio', 'direct'),
        ('a neighbour banged on her door just after 3 a.m', 'Tanya Meekis', 'indirect'),
        ("I grabbed the girls and the cat and that's it. Everything else is gone,", 'Tanya Meekis', 'direct'),
        ('it was helping 31 people with emergency lodging, food and clothing', 'The Canadian Red Cross', 'indirect', ['Canadian Red Cross', 'Red Cross']),
    ],
))
ARTICLES.append(dict(
    id='n53-sport-tennis',
    split='heldout7',
    text=(
        'Fernandez wins in Montreal as home crowd roars\n'
        '\n'
        'MONTREAL — Leylah Fernandez beat Ons Jabeur 6-4, 7-5 on Tuesday night to reach the third round of the National Bank Open, sending a packed IGA Stadium into a frenzy.\n'
        '\n'
        'The 22-year-old from Laval, Que., saved four break points in the final set and closed the match with an ace.\n'
        '\n'
        '"I could hear every single person. It gave me so much energy," Fernandez said. "I love playing here."\n'
        '\n'
        'Jabeur, a three-time Grand Slam finalist, said she struggled with her serve in the wind.\n'
        '\n'
        '"She played better on the big points. That\'s tennis," the Tunisian said.\n'
        '\n'
        'Fernandez\'s father and coach, Jorge Fernandez, watched from the stands.\n'
        '\n'
        '"I told her to stay aggressive, and she did," he said after the match.\n'
        '\n'
        'Fernandez will face Coco Gauff next.\n'
    ),
    gold=[
        ('I could hear every single person. It gave me so much energy,', 'Leylah Fernandez', 'direct'),
        ('I love playing here.', 'Leylah Fernandez', 'direct'),
        ('she struggled with her serve in the wind', 'Ons Jabeur', 'indirect'),
        ("She played better on the big points. That's tennis,", 'Ons Jabeur', 'direct'),
        ('I told her to stay aggressive, and she did,', 'Jorge Fernandez', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n54-politics-pipeline',
    split='heldout7',
    text=(
        'Alberta premier vows to fight federal emissions cap\n'
        '\n'
        'EDMONTON — Alberta Premier Danielle Smith said Wednesday her government will challenge Ottawa\'s proposed cap on oil and gas emissions in court if it becomes law.\n'
        '\n'
        '"This is a production cap dressed up as an environmental policy," Smith told reporters at the legislature. "Albertans will not accept it."\n'
        '\n'
        'Federal Environment Minister Steven Guilbeault rejected that characterization, saying the cap would not limit how much oil the industry can produce.\n'
        '\n'
        '"Companies can produce more if they cut their emissions. That is the whole point," he said in Ottawa.\n'
        '\n'
        'The Pathways Alliance, which represents the largest oilsands producers, said in a statement it was reviewing the proposal.\n'
        '\n'
        'Environmental groups said the cap was too weak. Julia Levin of Environmental Defence called it "a good first step that needs to go much further."\n'
    ),
    gold=[
        ("her government will challenge Ottawa's proposed cap on oil and gas emissions in court if it becomes law", 'Danielle Smith', 'indirect'),
        ('This is a production cap dressed up as an environmental policy,', 'Danielle Smith', 'direct'),
        ('Albertans will not accept it.', 'Danielle Smith', 'direct'),
        ('the cap would not limit how much oil the industry can produce', 'Steven Guilbeault', 'indirect'),
        ('Companies can produce more if they cut their emissions. That is the whole point,', 'Steven Guilbeault', 'direct'),
        ('it was reviewing the proposal', 'The Pathways Alliance', 'indirect', ['Pathways Alliance']),
        ('the cap was too weak', 'Environmental groups', 'indirect'),
        ('a good first step that needs to go much further.', 'Julia Levin', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n55-feature-teacher',
    split='heldout7',
    text=(
        'Nunavut teacher wins national award for Inuktitut science lessons\n'
        '\n'
        'IQALUIT, Nunavut — When Martha Kunuk started teaching science at Inuksuk High School 12 years ago, the textbooks came from Ontario and the examples came from nowhere her students had ever been.\n'
        '\n'
        'So she wrote her own. On Monday, Kunuk received the Prime Minister\'s Award for Teaching Excellence for a set of lessons that teach chemistry and biology in Inuktitut, using sea ice, caribou and seal hunting.\n'
        '\n'
        '"My students know more about sea ice than any scientist in Toronto," Kunuk said. "I just had to show them that what they know is science."\n'
        '\n'
        'Principal David Joanasie said enrolment in senior science courses has doubled since the lessons were introduced.\n'
        '\n'
        'One of Kunuk\'s former students, Elisapee Ootoova, is now studying environmental science at the University of Manitoba.\n'
        '\n'
        '"She is the reason I believed I could do this," Ootoova said in a phone interview. "Before her class, I thought science was for other people."\n'
    ),
    gold=[
        ('My students know more about sea ice than any scientist in Toronto,', 'Martha Kunuk', 'direct'),
        ('I just had to show them that what they know is science.', 'Martha Kunuk', 'direct'),
        ('enrolment in senior science courses has doubled since the lessons were introduced', 'David Joanasie', 'indirect'),
        ('She is the reason I believed I could do this,', 'Elisapee Ootoova', 'direct'),
        ('Before her class, I thought science was for other people.', 'Elisapee Ootoova', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n56-politics-us-convention',
    split='heldout7',
    text=(
        'Kasich says he will not attend GOP convention in his own state\n'
        '\n'
        'COLUMBUS, Ohio — Ohio Gov. John Kasich will not attend the Republican National Convention in Cleveland next week, his spokesman said Monday, a pointed snub of the party\'s presumptive nominee, Donald Trump.\n'
        '\n'
        'Kasich, who ended his own presidential campaign in May, has refused to endorse Trump. Chris Schrimpf, the governor\'s spokesman, said Kasich would instead hold events for Ohio candidates down the ballot.\n'
        '\n'
        'Trump\'s campaign chairman, Paul Manafort, dismissed the decision.\n'
        '\n'
        '"He\'s embarrassing his state," Manafort told reporters. "The people of Ohio want to be part of this."\n'
        '\n'
        'Ohio Republican Party chairman Matt Borges, a Kasich ally, said the governor had "every right" to stay away.\n'
        '\n'
        '"Nobody is owed an endorsement," Borges said.\n'
    ),
    gold=[
        ('Ohio Gov. John Kasich will not attend the Republican National Convention in Cleveland next week', 'Chris Schrimpf', 'indirect', ['his spokesman']),
        ('Kasich would instead hold events for Ohio candidates down the ballot', 'Chris Schrimpf', 'indirect'),
        ("He's embarrassing his state,", 'Paul Manafort', 'direct'),
        ('The people of Ohio want to be part of this.', 'Paul Manafort', 'direct'),
        ('the governor had "every right" to stay away', 'Matt Borges', 'indirect'),
        ('every right', 'Matt Borges', 'partial'),
        ('Nobody is owed an endorsement,', 'Matt Borges', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n57-business-housing-market',
    split='heldout7',
    text=(
        'Toronto home sales fall for third straight month\n'
        '\n'
        'TORONTO — Home sales in the Greater Toronto Area fell 8.4 per cent in October compared with a year earlier, the Toronto Regional Real Estate Board said Tuesday, as high borrowing costs kept buyers on the sidelines.\n'
        '\n'
        'The average selling price slipped 1.2 per cent to $1,135,215, the board said.\n'
        '\n'
        '"Many buyers are waiting for the Bank of Canada to cut rates further before they make a move," board president Jennifer Pearce said in a release.\n'
        '\n'
        'Condo sales were especially weak. Realtor Vince Tam, who sells mostly in the downtown core, said some investors were selling units at a loss.\n'
        '\n'
        '"I have never seen this many listings sitting for this long," he said.\n'
        '\n'
        'Economist Robert Hogue of RBC said he expected the market to recover next spring.\n'
    ),
    gold=[
        ('Home sales in the Greater Toronto Area fell 8.4 per cent in October compared with a year earlier', 'Toronto Regional Real Estate Board', 'indirect', ['the Toronto Regional Real Estate Board', 'the board']),
        ('The average selling price slipped 1.2 per cent to $1,135,215', 'Toronto Regional Real Estate Board', 'indirect', ['the Toronto Regional Real Estate Board', 'the board']),
        ('Many buyers are waiting for the Bank of Canada to cut rates further before they make a move,', 'Jennifer Pearce', 'direct'),
        ('some investors were selling units at a loss', 'Vince Tam', 'indirect'),
        ('I have never seen this many listings sitting for this long,', 'Vince Tam', 'direct'),
        ('he expected the market to recover next spring', 'Robert Hogue', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n58-business-bank-earnings',
    split='heldout8',
    text=(
        'Northline Bank profit slips as loan losses climb\n'
        '\n'
        'TORONTO — Northline Bank set aside more money for loans that may go bad in its fourth quarter, the lender said Thursday, as customers struggled with higher mortgage payments.\n'
        '\n'
        'The Toronto-based bank earned $1.41 billion, down from $1.58 billion a year earlier. Its provision for credit losses rose to $612 million.\n'
        '\n'
        '"We are seeing stress in pockets, not across the book," chief executive Marisa Kowalchuk told analysts on a conference call. "Our customers are paying their bills."\n'
        '\n'
        'Kowalchuk, who took the top job in 2021, said the bank would cut about 900 jobs over the next year, mostly through attrition.\n'
        '\n'
        'The bank\'s chief financial officer, Raj Mehta, said expenses would rise by less than two per cent in 2025. He added that the bank had no plans to sell its U.S. wealth business.\n'
        '\n'
        '"It is a good business and we like it," Mehta said.\n'
        '\n'
        'Analyst Nigel Foss of Desjardins Securities wrote in a note to clients that the results were "noisy but not alarming."\n'
        '\n'
        'Shares of Northline fell 3.1 per cent to $88.40 on the Toronto Stock Exchange.\n'
        '\n'
        'In a statement, the union representing the bank\'s call-centre staff said the job cuts would fall hardest on workers in Winnipeg and Moncton.\n'
    ),
    gold=[
        ('Northline Bank set aside more money for loans that may go bad in its fourth quarter', 'Northline Bank', 'indirect', ['the lender', 'Northline']),
        ('We are seeing stress in pockets, not across the book,', 'Marisa Kowalchuk', 'direct'),
        ('Our customers are paying their bills.', 'Marisa Kowalchuk', 'direct'),
        ('the bank would cut about 900 jobs over the next year, mostly through attrition', 'Marisa Kowalchuk', 'indirect'),
        ('expenses would rise by less than two per cent in 2025', 'Raj Mehta', 'indirect'),
        ('the bank had no plans to sell its U.S. wealth business', 'Raj Mehta', 'indirect'),
        ('It is a good business and we like it,', 'Raj Mehta', 'direct'),
        ('the results were "noisy but not alarming."', 'Nigel Foss', 'indirect'),
        ('noisy but not alarming.', 'Nigel Foss', 'partial'),
        ('the job cuts would fall hardest on workers in Winnipeg and Moncton', "the union representing the bank's call-centre staff", 'indirect', ['the union']),
    ],
))
ARTICLES.append(dict(
    id='n59-crime-calgary-stabbing',
    split='heldout8',
    text=(
        'Two men charged after fatal stabbing outside Calgary bar\n'
        '\n'
        'CALGARY — Two men have been charged with second-degree murder after a 27-year-old man was stabbed outside a bar in the city\'s Beltline district early Sunday, police said.\n'
        '\n'
        'Jordan Whitehorse died in hospital a few hours after the attack. Tyler Brandt, 24, and Marcus Oyelaran, 26, both of Calgary, are to appear in court Tuesday.\n'
        '\n'
        'Staff Sgt. Kevin Dorsey said the three men had argued inside the bar before the fight spilled onto the sidewalk.\n'
        '\n'
        '"This was not a random attack," Dorsey said. "They knew each other."\n'
        '\n'
        'Whitehorse\'s older brother, Dean, said his brother had just started an apprenticeship as an electrician.\n'
        '\n'
        '"He was finally getting his life together," he said. "Now my mom has to bury her son."\n'
        '\n'
        'A bouncer who asked not to be named because he was not authorized to speak for the bar said the men had been drinking since about 10 p.m.\n'
        '\n'
        'Brandt\'s lawyer, Alan Fischer, said his client would plead not guilty.\n'
        '\n'
        '"There is a lot more to this story," the lawyer said.\n'
    ),
    gold=[
        ("Two men have been charged with second-degree murder after a 27-year-old man was stabbed outside a bar in the city's Beltline district early Sunday", 'police', 'indirect', ['Calgary police']),
        ('the three men had argued inside the bar before the fight spilled onto the sidewalk', 'Kevin Dorsey', 'indirect'),
        ('This was not a random attack,', 'Kevin Dorsey', 'direct'),
        ('They knew each other.', 'Kevin Dorsey', 'direct'),
        ('his brother had just started an apprenticeship as an electrician', 'Dean Whitehorse', 'indirect', ['Dean']),
        ('He was finally getting his life together,', 'Dean Whitehorse', 'direct', ['Dean']),
        ('Now my mom has to bury her son.', 'Dean Whitehorse', 'direct', ['Dean']),
        ('the men had been drinking since about 10 p.m.', 'A bouncer', 'indirect', ['a bouncer', 'bouncer']),
        ('his client would plead not guilty', 'Alan Fischer', 'indirect'),
        ('There is a lot more to this story,', 'Alan Fischer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n60-sport-raptors-comeback',
    split='heldout8',
    text=(
        'Barnes leads Raptors past Bulls in overtime\n'
        '\n'
        'TORONTO — Scottie Barnes scored 31 points, including the go-ahead three-pointer with 14 seconds left in overtime, and the Toronto Raptors beat the Chicago Bulls 121-117 on Friday night.\n'
        '\n'
        'RJ Barrett added 22 points and Immanuel Quickley had 11 assists for Toronto, which trailed by 18 in the third quarter.\n'
        '\n'
        '"We just kept chipping away," Barnes said. "Nobody in here panicked."\n'
        '\n'
        'Coach Darko Rajakovic scolded his team at halftime, Barrett said, after the Bulls shot 61 per cent in the first half.\n'
        '\n'
        '"He let us have it. We deserved it," the forward said.\n'
        '\n'
        'Rajakovic was more measured after the game.\n'
        '\n'
        '"I told them the game is 48 minutes, not 24," he said. "They responded."\n'
        '\n'
        'Zach LaVine led Chicago with 28 points. Bulls coach Billy Donovan said his team "stopped moving the ball" in the fourth quarter.\n'
        '\n'
        '"That\'s on me," said Donovan, whose team has lost four straight.\n'
    ),
    gold=[
        ('We just kept chipping away,', 'Scottie Barnes', 'direct'),
        ('Nobody in here panicked.', 'Scottie Barnes', 'direct'),
        ('Coach Darko Rajakovic scolded his team at halftime', 'RJ Barrett', 'indirect'),
        ('He let us have it. We deserved it,', 'RJ Barrett', 'direct'),
        ('I told them the game is 48 minutes, not 24,', 'Darko Rajakovic', 'direct'),
        ('They responded.', 'Darko Rajakovic', 'direct'),
        ('his team "stopped moving the ball" in the fourth quarter', 'Billy Donovan', 'indirect'),
        ('stopped moving the ball', 'Billy Donovan', 'partial'),
        ("That's on me,", 'Billy Donovan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n61-us-politics-rally',
    split='heldout8',
    text=(
        'Sanders draws thousands in Wisconsin as Clinton courts donors\n'
        '\n'
        'MADISON, Wis. — Bernie Sanders told a crowd of about 9,000 people at the University of Wisconsin on Monday that the primary was "far from over," even as Hillary Clinton spent the day raising money in California.\n'
        '\n'
        'The Vermont senator mocked his rival\'s fundraising swing. "I don\'t go to Hollywood for my money," he said. "I come to Madison."\n'
        '\n'
        'The crowd roared.\n'
        '\n'
        'Clinton spokesman Brian Fallon dismissed the remarks. Sanders, he said, "is running out of states and running out of time."\n'
        '\n'
        'The former secretary of state told donors at a lunch in Beverly Hills that she was focused on the general election, according to a campaign aide who was present.\n'
        '\n'
        'Meanwhile, Donald Trump took aim at both Democrats. "Crooked Hillary and Crazy Bernie are fighting over nothing," the billionaire wrote on Twitter.\n'
        '\n'
        'Tammy Olsen, a retired teacher from Janesville who attended the rally, said she had voted for Barack Obama twice but would not vote for Clinton.\n'
        '\n'
        '"She\'s part of the problem," Olsen said.\n'
    ),
    gold=[
        ('the primary was "far from over," even as Hillary Clinton spent the day raising money in California', 'Bernie Sanders', 'indirect'),
        ('far from over,', 'Bernie Sanders', 'partial'),
        ("I don't go to Hollywood for my money,", 'Bernie Sanders', 'direct'),
        ('I come to Madison.', 'Bernie Sanders', 'direct'),
        ('is running out of states and running out of time.', 'Brian Fallon', 'direct'),
        ('she was focused on the general election', 'Hillary Clinton', 'indirect'),
        ('Crooked Hillary and Crazy Bernie are fighting over nothing,', 'Donald Trump', 'direct'),
        ('she had voted for Barack Obama twice but would not vote for Clinton', 'Tammy Olsen', 'indirect'),
        ("She's part of the problem,", 'Tammy Olsen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n62-politics-alberta-question-period',
    split='heldout8',
    text=(
        'Premier, NDP leader clash over hospital wait times\n'
        '\n'
        'EDMONTON — Premier Linda Halvorsen and NDP Leader Amira Haddad traded accusations over emergency room wait times in the legislature on Wednesday, a day after a report found patients in Edmonton waited an average of seven hours to see a doctor.\n'
        '\n'
        'Haddad, a former emergency nurse, said the government had "lost control" of the health system.\n'
        '\n'
        '"I worked those shifts. I know what seven hours means for a patient having a stroke," she told the house.\n'
        '\n'
        'Halvorsen shot back that the NDP had left the system "on life support" when it was in power.\n'
        '\n'
        '"We are hiring more nurses than any government in this province\'s history," the premier said.\n'
        '\n'
        'Outside the chamber, Health Minister Doug Brennan told reporters the province would open 40 new acute-care beds in Edmonton by March.\n'
        '\n'
        'Haddad was not convinced. "We have heard that before," she said.\n'
        '\n'
        'The premier\'s office said in an emailed statement that wait times had fallen in Calgary and Red Deer over the past year.\n'
    ),
    gold=[
        ('the government had "lost control" of the health system', 'Amira Haddad', 'indirect'),
        ('lost control', 'Amira Haddad', 'partial'),
        ('I worked those shifts. I know what seven hours means for a patient having a stroke,', 'Amira Haddad', 'direct'),
        ('the NDP had left the system "on life support" when it was in power', 'Linda Halvorsen', 'indirect'),
        ('on life support', 'Linda Halvorsen', 'partial'),
        ("We are hiring more nurses than any government in this province's history,", 'Linda Halvorsen', 'direct'),
        ('the province would open 40 new acute-care beds in Edmonton by March', 'Doug Brennan', 'indirect'),
        ('We have heard that before,', 'Amira Haddad', 'direct'),
        ('wait times had fallen in Calgary and Red Deer over the past year', "The premier's office", 'indirect', ["the premier's office", 'Linda Halvorsen']),
    ],
))
ARTICLES.append(dict(
    id='n63-feature-food-bank',
    split='heldout8',
    text=(
        'At a Hamilton food bank, the line starts before dawn\n'
        '\n'
        'HAMILTON — By 6 a.m., the line outside the Mission Street Food Bank already stretches past the laundromat on the corner.\n'
        '\n'
        'Near the front stands Priya Raman, a 34-year-old mother of two who works 30 hours a week at a grocery store and still cannot cover rent and groceries.\n'
        '\n'
        '"I never thought I would be here," she says. "I have a job. I have always had a job."\n'
        '\n'
        'Her husband, Anand, lost his warehouse job in the spring. He now drives for a delivery app, which pays by the order.\n'
        '\n'
        '"Some days it\'s $150. Some days it\'s $40," he says.\n'
        '\n'
        'The food bank\'s executive director, Carol Boateng, says the number of families it serves has doubled in two years. About a third of them, she says, have at least one person working.\n'
        '\n'
        '"The old picture of who uses a food bank is gone," Boateng says.\n'
        '\n'
        'Volunteer Ed Kowal, a retired firefighter, has sorted donations here every Tuesday for 11 years. The retired firefighter says the shelves have never been this bare in January.\n'
        '\n'
        '"People are generous at Christmas," Kowal says. "Hunger doesn\'t take the rest of the year off."\n'
    ),
    gold=[
        ('I never thought I would be here,', 'Priya Raman', 'direct'),
        ('I have a job. I have always had a job.', 'Priya Raman', 'direct'),
        ("Some days it's $150. Some days it's $40,", 'Anand Raman', 'direct', ['Anand']),
        ('the number of families it serves has doubled in two years', 'Carol Boateng', 'indirect'),
        ('have at least one person working', 'Carol Boateng', 'indirect'),
        ('The old picture of who uses a food bank is gone,', 'Carol Boateng', 'direct'),
        ('the shelves have never been this bare in January', 'Ed Kowal', 'indirect'),
        ('People are generous at Christmas,', 'Ed Kowal', 'direct'),
        ("Hunger doesn't take the rest of the year off.", 'Ed Kowal', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n64-court-fraud-sentencing',
    split='heldout9',
    text=(
        'Former Winnipeg accountant gets four years for stealing from clients\n'
        '\n'
        'WINNIPEG — A former Winnipeg accountant who stole nearly $2 million from elderly clients was sentenced Friday to four years in prison.\n'
        '\n'
        'Gerald Pruden, 61, pleaded guilty in June to fraud over $5,000. Court heard he used the money to pay gambling debts and renovate a cottage at Lake of the Woods.\n'
        '\n'
        'Provincial court Judge Shauna Mireault called the thefts "a calculated betrayal" of people who trusted him with their savings.\n'
        '\n'
        '"Many of these victims will not live long enough to see this money returned," Mireault said in her decision.\n'
        '\n'
        'Crown attorney Colin Bates had asked for six years. Defence lawyer Nadia Ferreira argued her client had shown remorse and had already sold the cottage to repay some of the money.\n'
        '\n'
        'One victim, 84-year-old Irene Sawchuk, lost $310,000. Her daughter, Lorna, read a statement in court on her behalf.\n'
        '\n'
        '"My mother cannot sleep. She checks her bank account every morning," she read.\n'
        '\n'
        'Outside court, Bates told reporters the Crown would review the sentence.\n'
    ),
    gold=[
        ('a calculated betrayal', 'Shauna Mireault', 'partial'),
        ('Many of these victims will not live long enough to see this money returned,', 'Shauna Mireault', 'direct'),
        ('her client had shown remorse and had already sold the cottage to repay some of the money', 'Nadia Ferreira', 'indirect'),
        ('My mother cannot sleep. She checks her bank account every morning,', 'Lorna Sawchuk', 'direct', ['Lorna']),
        ('the Crown would review the sentence', 'Colin Bates', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n65-sport-womens-hockey',
    split='heldout9',
    text=(
        'Spooner scores twice as Toronto beats Montreal in PWHL opener\n'
        '\n'
        'TORONTO — Natalie Spooner scored twice and Kristen Campbell made 29 saves as Toronto beat Montreal 3-1 on Saturday in front of a sellout crowd at Coca-Cola Coliseum.\n'
        '\n'
        'Blayre Turnbull also scored for Toronto. Marie-Philip Poulin replied for Montreal.\n'
        '\n'
        '"The building was shaking," Spooner said. "I got chills during the anthem."\n'
        '\n'
        'Campbell, who was named the game\'s first star, said the team had spent the week working on defending the rush.\n'
        '\n'
        '"Our D made my job easy tonight," the goaltender said.\n'
        '\n'
        'Poulin, the Montreal captain, said her team was too slow in the first period.\n'
        '\n'
        '"We gave them too much time. They made us pay," she said. "We will be better Tuesday."\n'
        '\n'
        'Toronto coach Troy Ryan praised his veterans. "Spooner and Turnbull set the tone," he said.\n'
    ),
    gold=[
        ('The building was shaking,', 'Natalie Spooner', 'direct'),
        ('I got chills during the anthem.', 'Natalie Spooner', 'direct'),
        ('the team had spent the week working on defending the rush', 'Kristen Campbell', 'indirect'),
        ('Our D made my job easy tonight,', 'Kristen Campbell', 'direct'),
        ('her team was too slow in the first period', 'Marie-Philip Poulin', 'indirect'),
        ('We gave them too much time. They made us pay,', 'Marie-Philip Poulin', 'direct'),
        ('We will be better Tuesday.', 'Marie-Philip Poulin', 'direct'),
        ('Spooner and Turnbull set the tone,', 'Troy Ryan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n66-municipal-transit-vote',
    split='heldout9',
    text=(
        'Ottawa council approves fare freeze after heated debate\n'
        '\n'
        'OTTAWA — City council voted 14-10 on Wednesday to freeze OC Transpo fares for a second year, rejecting a staff recommendation for a 2.5 per cent increase.\n'
        '\n'
        'Coun. Ariel Troster, who moved the motion, said riders had already put up with months of cancelled buses.\n'
        '\n'
        '"You do not charge people more for worse service," Troster said.\n'
        '\n'
        'Mayor Mark Sutcliffe voted against the freeze. He warned the decision would leave a $7-million hole in the transit budget.\n'
        '\n'
        '"Somebody pays for this. Either it is riders or it is property taxpayers," the mayor said.\n'
        '\n'
        'Transit general manager Renee Amilcar told council her staff would report back in March on how to cover the shortfall.\n'
        '\n'
        'Sarah Wright-Gilbert of the riders\' group Ottawa Transit Riders called the vote "a small win." Riders still wait too long in the cold, she added.\n'
    ),
    gold=[
        ('riders had already put up with months of cancelled buses', 'Ariel Troster', 'indirect'),
        ('You do not charge people more for worse service,', 'Ariel Troster', 'direct'),
        ('the decision would leave a $7-million hole in the transit budget', 'Mark Sutcliffe', 'indirect'),
        ('Somebody pays for this. Either it is riders or it is property taxpayers,', 'Mark Sutcliffe', 'direct'),
        ('her staff would report back in March on how to cover the shortfall', 'Renee Amilcar', 'indirect'),
        ('a small win.', 'Sarah Wright-Gilbert', 'partial'),
        ('Riders still wait too long in the cold', 'Sarah Wright-Gilbert', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n67-business-tech-layoffs',
    split='heldout9',
    text=(
        'Vancouver gaming studio cuts a quarter of its staff\n'
        '\n'
        'VANCOUVER — Ironleaf Games, the Vancouver studio behind the hit survival game Driftwood, is laying off about 120 employees, or roughly a quarter of its workforce.\n'
        '\n'
        'In a memo to staff obtained by The Canadian Press, chief executive Tomas Lindqvist said the company had "grown faster than the business could support."\n'
        '\n'
        '"These are talented people, and this is not a reflection of their work," Lindqvist wrote.\n'
        '\n'
        'The company said affected workers would receive at least 12 weeks of severance.\n'
        '\n'
        'A developer who was laid off, and who spoke on condition of anonymity because she had signed a separation agreement, said employees learned of the cuts in a 10-minute video call.\n'
        '\n'
        '"Nobody saw it coming. We shipped a major update two weeks ago," she said.\n'
        '\n'
        'Industry analyst Priya Chandran of Hanover Research said studios across North America were cutting jobs after hiring heavily during the pandemic.\n'
    ),
    gold=[
        ('the company had "grown faster than the business could support."', 'Tomas Lindqvist', 'indirect'),
        ('grown faster than the business could support.', 'Tomas Lindqvist', 'partial'),
        ('These are talented people, and this is not a reflection of their work,', 'Tomas Lindqvist', 'direct'),
        ('affected workers would receive at least 12 weeks of severance', 'Ironleaf Games', 'indirect', ['The company', 'the company']),
        ('employees learned of the cuts in a 10-minute video call', 'A developer who was laid off', 'indirect', ['A developer', 'a developer']),
        ('Nobody saw it coming. We shipped a major update two weeks ago,', 'A developer who was laid off', 'direct', ['A developer', 'a developer']),
        ('studios across North America were cutting jobs after hiring heavily during the pandemic', 'Priya Chandran', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n68-wire-international-election',
    split='heldout10',
    text=(
        'Opposition claims fraud as Georgian ruling party declares victory\n'
        '\n'
        'TBILISI, Georgia (AP) — Georgia\'s ruling party declared victory in Saturday\'s parliamentary election, but opposition leaders said the vote had been rigged and called supporters into the streets.\n'
        '\n'
        'With nearly all ballots counted, the Georgian Dream party had about 54 per cent of the vote, the Central Election Commission said Sunday.\n'
        '\n'
        '"The people of Georgia have chosen peace and stability," party founder Bidzina Ivanishvili told supporters in Tbilisi.\n'
        '\n'
        'President Salome Zourabichvili, a critic of the government, refused to recognize the results. In a televised address, she called the election "a total falsification."\n'
        '\n'
        'International observers from the Organization for Security and Co-operation in Europe said they had seen cases of vote-buying and intimidation.\n'
        '\n'
        'U.S. State Department spokesman Matthew Miller urged Georgian authorities to investigate. "Every credible allegation must be examined," he said in a statement.\n'
    ),
    gold=[
        ('the vote had been rigged', 'opposition leaders', 'indirect'),
        ('the Georgian Dream party had about 54 per cent of the vote', 'Central Election Commission', 'indirect', ['the Central Election Commission']),
        ('The people of Georgia have chosen peace and stability,', 'Bidzina Ivanishvili', 'direct'),
        ('a total falsification.', 'Salome Zourabichvili', 'partial'),
        ('they had seen cases of vote-buying and intimidation', 'International observers from the Organization for Security and Co-operation in Europe', 'indirect', ['International observers', 'Organization for Security and Co-operation in Europe']),
        ('Every credible allegation must be examined,', 'Matthew Miller', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n69-health-study',
    split='heldout10',
    text=(
        'Canadians who walk 7,000 steps a day live longer, study suggests\n'
        '\n'
        'Adults who walked at least 7,000 steps a day were about 50 per cent less likely to die over an 11-year period than those who walked fewer, according to a study published Wednesday in the Canadian Medical Association Journal.\n'
        '\n'
        'Researchers at McMaster University followed more than 9,000 adults in Ontario who wore step counters for a week.\n'
        '\n'
        '"You do not need 10,000 steps. That number came from a marketing campaign," said lead author Dr. Amara Okafor, an epidemiologist at McMaster.\n'
        '\n'
        'Okafor said the benefits levelled off at around 9,000 steps a day.\n'
        '\n'
        'Dr. Paul Lefebvre, a cardiologist at the Montreal Heart Institute who was not involved in the study, called the findings "encouraging but not surprising."\n'
        '\n'
        '"What matters is that people move. The exact number is less important," he said in an interview.\n'
    ),
    gold=[
        ('Adults who walked at least 7,000 steps a day were about 50 per cent less likely to die over an 11-year period than those who walked fewer', 'a study published Wednesday in the Canadian Medical Association Journal', 'indirect', ['a study']),
        ('You do not need 10,000 steps. That number came from a marketing campaign,', 'Amara Okafor', 'direct'),
        ('the benefits levelled off at around 9,000 steps a day', 'Amara Okafor', 'indirect'),
        ('encouraging but not surprising.', 'Paul Lefebvre', 'partial'),
        ('What matters is that people move. The exact number is less important,', 'Paul Lefebvre', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n70-weather-ice-storm',
    split='heldout10',
    text=(
        'Ice storm leaves 200,000 without power in eastern Ontario\n'
        '\n'
        'OTTAWA — About 200,000 Hydro One customers were without power Thursday morning after freezing rain coated eastern Ontario in up to 30 millimetres of ice, the utility said.\n'
        '\n'
        'Hydro One spokesperson Tiziana Baccega Rosa said crews from across the province had been sent to the region, but warned some customers could be in the dark until the weekend.\n'
        '\n'
        '"We are dealing with hundreds of broken poles," she said.\n'
        '\n'
        'Environment Canada meteorologist Gerald Cheng said temperatures would stay below freezing through Saturday, so the ice would not melt quickly.\n'
        '\n'
        'In Kemptville, Jean and Marc Belanger spent the night in their car with the engine running to stay warm.\n'
        '\n'
        '"We have two kids and a dog. The house was at 11 degrees," Jean said. Her husband said they would go to a warming centre if the power stayed off.\n'
    ),
    gold=[
        ('About 200,000 Hydro One customers were without power Thursday morning after freezing rain coated eastern Ontario in up to 30 millimetres of ice', 'Hydro One', 'indirect', ['the utility']),
        ('crews from across the province had been sent to the region', 'Tiziana Baccega Rosa', 'indirect'),
        ('some customers could be in the dark until the weekend', 'Tiziana Baccega Rosa', 'indirect'),
        ('We are dealing with hundreds of broken poles,', 'Tiziana Baccega Rosa', 'direct'),
        ('temperatures would stay below freezing through Saturday, so the ice would not melt quickly', 'Gerald Cheng', 'indirect'),
        ('We have two kids and a dog. The house was at 11 degrees,', 'Jean Belanger', 'direct', ['Jean']),
        ('they would go to a warming centre if the power stayed off', 'Marc Belanger', 'indirect', ['Marc']),
    ],
))
ARTICLES.append(dict(
    id='n71-sport-soccer-interpreter',
    split='heldout10',
    text=(
        'Toronto FC signs Spanish midfielder Ruiz\n'
        '\n'
        'TORONTO — Toronto FC has signed Spanish midfielder Alejandro Ruiz to a three-year contract, the club announced Monday.\n'
        '\n'
        'Ruiz, 27, spent the past four seasons with Real Betis in La Liga.\n'
        '\n'
        '"I want to win trophies here," the Spaniard said through an interpreter at his introductory news conference. "This club has ambition."\n'
        '\n'
        'General manager Jason Hernandez said the team had tried to sign Ruiz for more than a year.\n'
        '\n'
        '"He is the player we needed in the middle of the park," Hernandez said.\n'
        '\n'
        'Head coach John Herdman, who spoke to Ruiz several times during negotiations, said the midfielder would start Saturday against Orlando.\n'
    ),
    gold=[
        ('Toronto FC has signed Spanish midfielder Alejandro Ruiz to a three-year contract', 'Toronto FC', 'indirect', ['the club']),
        ('I want to win trophies here,', 'Alejandro Ruiz', 'direct'),
        ('This club has ambition.', 'Alejandro Ruiz', 'direct'),
        ('the team had tried to sign Ruiz for more than a year', 'Jason Hernandez', 'indirect'),
        ('He is the player we needed in the middle of the park,', 'Jason Hernandez', 'direct'),
        ('the midfielder would start Saturday against Orlando', 'John Herdman', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n72-crime-rcmp-release',
    split='heldout10',
    text=(
        'RCMP seize 40 kilograms of cocaine in Nova Scotia port\n'
        '\n'
        'HALIFAX — RCMP say they seized about 40 kilograms of cocaine hidden in a shipping container at the Port of Halifax last week.\n'
        '\n'
        'Two men from Dartmouth, aged 34 and 41, face charges of importing a controlled substance, police said in a news release Tuesday.\n'
        '\n'
        'Cpl. Chris Marshall said the drugs had an estimated street value of $4 million.\n'
        '\n'
        '"This is one of the largest seizures in the province in recent years," Marshall said.\n'
        '\n'
        'The Canada Border Services Agency, which found the drugs during a routine inspection, said in a statement that its officers had noticed irregularities in the container\'s paperwork.\n'
        '\n'
        'Neither man has a lawyer listed in court records.\n'
    ),
    gold=[
        ('they seized about 40 kilograms of cocaine hidden in a shipping container at the Port of Halifax last week', 'RCMP', 'indirect'),
        ('Two men from Dartmouth, aged 34 and 41, face charges of importing a controlled substance', 'police', 'indirect', ['RCMP']),
        ('the drugs had an estimated street value of $4 million', 'Chris Marshall', 'indirect'),
        ('This is one of the largest seizures in the province in recent years,', 'Chris Marshall', 'direct'),
        ("its officers had noticed irregularities in the container's paperwork", 'Canada Border Services Agency', 'indirect', ['The Canada Border Services Agency']),
    ],
))
ARTICLES.append(dict(
    id='n73-politics-federal-scrum',
    split='heldout10',
    text=(
        'Conservatives press Liberals on carbon tax as House returns\n'
        '\n'
        'OTTAWA — Conservative Leader Pierre Poilievre used the first question period of the fall sitting to demand an election over the carbon tax.\n'
        '\n'
        '"Canadians cannot afford another winter of this tax," Poilievre said. "Let them decide."\n'
        '\n'
        'Prime Minister Justin Trudeau accused the Conservative leader of having "no plan" to fight climate change.\n'
        '\n'
        'Speaking to reporters after question period, Trudeau said the rebate left most families better off.\n'
        '\n'
        '"Mr. Poilievre knows that. He just does not want people to hear it," Trudeau said.\n'
        '\n'
        'NDP Leader Jagmeet Singh said both parties were ignoring grocery prices. "People are skipping meals," Singh told reporters.\n'
    ),
    gold=[
        ('Canadians cannot afford another winter of this tax,', 'Pierre Poilievre', 'direct'),
        ('Let them decide.', 'Pierre Poilievre', 'direct'),
        ('no plan', 'Justin Trudeau', 'partial'),
        ('the rebate left most families better off', 'Justin Trudeau', 'indirect'),
        ('Mr. Poilievre knows that. He just does not want people to hear it,', 'Justin Trudeau', 'direct'),
        ('both parties were ignoring grocery prices', 'Jagmeet Singh', 'indirect'),
        ('People are skipping meals,', 'Jagmeet Singh', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n74-arts-film-festival',
    split='heldout11',
    text=(
        'Quebec director\'s debut wins top prize at Toronto film festival\n'
        '\n'
        'TORONTO — Montreal filmmaker Chloé Tremblay-Ouellet won the People\'s Choice Award at the Toronto International Film Festival on Sunday for her first feature, a drama about a family farm in the Beauce.\n'
        '\n'
        '"I made this film with my neighbours and my cousins. None of them are actors," the 31-year-old told reporters after the ceremony.\n'
        '\n'
        'The award is voted on by festival audiences and has often pointed to Oscar success.\n'
        '\n'
        'Festival CEO Cameron Bailey called the film "a quiet knockout."\n'
        '\n'
        'Actor Luc Gagnon, who plays the farmer at the centre of the story, said he cried when he first read the script.\n'
        '\n'
        '"It is my father\'s story. It is every farmer\'s story in Quebec," said Gagnon, 68.\n'
    ),
    gold=[
        ('I made this film with my neighbours and my cousins. None of them are actors,', 'Chloé Tremblay-Ouellet', 'direct'),
        ('a quiet knockout.', 'Cameron Bailey', 'partial'),
        ('he cried when he first read the script', 'Luc Gagnon', 'indirect'),
        ("It is my father's story. It is every farmer's story in Quebec,", 'Luc Gagnon', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n75-education-school-board',
    split='heldout11',
    text=(
        'Parents angry as Peel board closes three schools\n'
        '\n'
        'MISSISSAUGA, Ont. — The Peel District School Board voted Tuesday night to close three elementary schools in Mississauga at the end of the school year, citing falling enrolment.\n'
        '\n'
        'Trustee Kathy McDonald, who voted against the closures, said families had not been given enough time to respond.\n'
        '\n'
        '"We told parents in October and voted in November. That is not consultation," McDonald said.\n'
        '\n'
        'Board chair David Green said the three schools were each less than half full and needed $14 million in repairs.\n'
        '\n'
        'Sunita Rao, whose two children attend Cherry Hill Public School, said her younger son would have to take a bus for the first time.\n'
        '\n'
        '"He is six. He walks to school with his sister every day," Rao said. "Now he will be on a bus for 40 minutes."\n'
        '\n'
        'In a statement, the board said it would help families with the move and keep class sizes at the receiving schools below provincial caps.\n'
    ),
    gold=[
        ('families had not been given enough time to respond', 'Kathy McDonald', 'indirect'),
        ('We told parents in October and voted in November. That is not consultation,', 'Kathy McDonald', 'direct'),
        ('the three schools were each less than half full and needed $14 million in repairs', 'David Green', 'indirect'),
        ('her younger son would have to take a bus for the first time', 'Sunita Rao', 'indirect'),
        ('He is six. He walks to school with his sister every day,', 'Sunita Rao', 'direct'),
        ('Now he will be on a bus for 40 minutes.', 'Sunita Rao', 'direct'),
        ('it would help families with the move and keep class sizes at the receiving schools below provincial caps', 'Peel District School Board', 'indirect', ['the board', 'The Peel District School Board']),
    ],
))
ARTICLES.append(dict(
    id='n76-labour-strike',
    split='heldout11',
    text=(
        'Port of Montreal workers walk off the job\n'
        '\n'
        'MONTREAL — About 1,100 longshore workers at the Port of Montreal went on strike Monday morning after talks with their employers broke down over the weekend.\n'
        '\n'
        '"Our members have been without a contract for two years. They have run out of patience," said Michel Murray, a spokesperson for the Canadian Union of Public Employees, which represents the workers.\n'
        '\n'
        'The Maritime Employers Association said in a statement that it had offered wage increases of 20 per cent over six years.\n'
        '\n'
        'A spokesperson for the association, who declined to be named, said the union was asking for "far more than the industry can afford."\n'
        '\n'
        'Federal Labour Minister Steven MacKinnon urged both sides to return to the table.\n'
        '\n'
        '"Canadians rely on this port for everything from medicine to auto parts," he said.\n'
    ),
    gold=[
        ('Our members have been without a contract for two years. They have run out of patience,', 'Michel Murray', 'direct'),
        ('it had offered wage increases of 20 per cent over six years', 'Maritime Employers Association', 'indirect', ['The Maritime Employers Association']),
        ('the union was asking for "far more than the industry can afford."', 'A spokesperson for the association', 'indirect', ['a spokesperson for the association', 'A spokesperson', 'Maritime Employers Association']),
        ('far more than the industry can afford.', 'A spokesperson for the association', 'partial', ['a spokesperson for the association', 'A spokesperson', 'Maritime Employers Association']),
        ('Canadians rely on this port for everything from medicine to auto parts,', 'Steven MacKinnon', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n77-court-two-women',
    split='heldout11',
    text=(
        'Woman testifies her former friend took $80,000 in fake investment scheme\n'
        '\n'
        'REGINA — A Regina woman told a jury Wednesday that her former best friend talked her into handing over her retirement savings for a gold-mining investment that never existed.\n'
        '\n'
        'Brenda Kowalski, 66, is the Crown\'s first witness in the fraud trial of Denise Lachance, 59, who has pleaded not guilty.\n'
        '\n'
        '"I trusted her with everything. We went to church together," Kowalski told the court.\n'
        '\n'
        'Under cross-examination by defence lawyer Paul Dyck, Kowalski agreed she had never asked to see any documents.\n'
        '\n'
        'Lachance, wearing a grey blazer, showed no reaction as the witness spoke.\n'
        '\n'
        'Outside the courthouse, Dyck told reporters his client had lost money in the same investment.\n'
        '\n'
        '"She is a victim too, and the evidence will show that," he said.\n'
    ),
    gold=[
        ('her former best friend talked her into handing over her retirement savings for a gold-mining investment that never existed', 'Brenda Kowalski', 'indirect', ['A Regina woman']),
        ('I trusted her with everything. We went to church together,', 'Brenda Kowalski', 'direct'),
        ('she had never asked to see any documents', 'Brenda Kowalski', 'indirect'),
        ('his client had lost money in the same investment', 'Paul Dyck', 'indirect'),
        ('She is a victim too, and the evidence will show that,', 'Paul Dyck', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n78-environment-glacier',
    split='heldout11',
    text=(
        'B.C. glaciers shrinking faster than expected, scientists say\n'
        '\n'
        'VANCOUVER — Glaciers in British Columbia lost ice twice as fast between 2011 and 2020 as in the decade before, scientists say.\n'
        '\n'
        'A team led by University of Northern British Columbia glaciologist Brian Menounos found that the province\'s glaciers lost about 22 billion tonnes of ice a year over that period.\n'
        '\n'
        '"We are watching these glaciers disappear in a single human lifetime," Menounos said in an interview.\n'
        '\n'
        'The loss matters for rivers that farms and salmon rely on in late summer, said co-author Rebecca Chu, a hydrologist at the University of British Columbia.\n'
        '\n'
        '"When the glaciers are gone, that late-summer water is gone too," she said.\n'
    ),
    gold=[
        ('Glaciers in British Columbia lost ice twice as fast between 2011 and 2020 as in the decade before', 'scientists', 'indirect'),
        ("the province's glaciers lost about 22 billion tonnes of ice a year over that period", 'Brian Menounos', 'indirect', ['A team led by University of Northern British Columbia glaciologist Brian Menounos', 'A team']),
        ('We are watching these glaciers disappear in a single human lifetime,', 'Brian Menounos', 'direct'),
        ('The loss matters for rivers that farms and salmon rely on in late summer', 'Rebecca Chu', 'indirect'),
        ('When the glaciers are gone, that late-summer water is gone too,', 'Rebecca Chu', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n79-us-politics-emails',
    split='heldout11',
    text=(
        'Trump seizes on leaked Podesta emails at Florida rally\n'
        '\n'
        'ST. AUGUSTINE, Fla. — Donald Trump on Monday read aloud from hacked emails of Hillary Clinton\'s campaign chairman, telling supporters the messages showed a "rigged" system.\n'
        '\n'
        '"This is a campaign that has total contempt for you," Trump told the crowd of several thousand.\n'
        '\n'
        'In one of the emails, released by WikiLeaks, campaign chairman John Podesta wrote that a debate question had been shared with the campaign in advance. Podesta has said some of the emails may have been doctored.\n'
        '\n'
        'Clinton spokesman Glen Caplin said the Trump campaign was "cheering on" a foreign government\'s attempt to interfere in the election.\n'
        '\n'
        '"It should concern every American," Caplin said.\n'
        '\n'
        'Trump, who trails in most national polls, dismissed that charge. "They blame Russia for everything," the Republican nominee said.\n'
    ),
    gold=[
        ('the messages showed a "rigged" system', 'Donald Trump', 'indirect'),
        ('rigged', 'Donald Trump', 'partial'),
        ('This is a campaign that has total contempt for you,', 'Donald Trump', 'direct'),
        ('a debate question had been shared with the campaign in advance', 'John Podesta', 'indirect'),
        ('some of the emails may have been doctored', 'John Podesta', 'indirect'),
        ('the Trump campaign was "cheering on" a foreign government\'s attempt to interfere in the election', 'Glen Caplin', 'indirect'),
        ('cheering on', 'Glen Caplin', 'partial'),
        ('It should concern every American,', 'Glen Caplin', 'direct'),
        ('They blame Russia for everything,', 'Donald Trump', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n80-obituary-hockey-coach',
    split='heldout12',
    text=(
        'Longtime junior hockey coach Ray Belisle dies at 81\n'
        '\n'
        'SUDBURY, Ont. — Ray Belisle, who coached junior hockey in Northern Ontario for more than four decades and sent dozens of players to the NHL, has died. He was 81.\n'
        '\n'
        'His son, Marc Belisle, said his father died peacefully at home on Saturday, surrounded by family.\n'
        '\n'
        '"He never cared about the wins as much as the kids," said Marc, who played for his father in the 1980s. "He drove half of them to school himself."\n'
        '\n'
        'Former NHL defenceman Luc Girard, who played three seasons under Belisle, called him "the toughest and fairest man I ever met."\n'
        '\n'
        'Belisle\'s widow, Therese, said the family had received hundreds of cards and calls since Saturday.\n'
        '\n'
        '"Ray would have been embarrassed by all of this," she said. "He was a shy man away from the rink."\n'
    ),
    gold=[
        ('his father died peacefully at home on Saturday, surrounded by family', 'Marc Belisle', 'indirect'),
        ('He never cared about the wins as much as the kids,', 'Marc Belisle', 'direct'),
        ('He drove half of them to school himself.', 'Marc Belisle', 'direct'),
        ('the toughest and fairest man I ever met.', 'Luc Girard', 'partial'),
        ('the family had received hundreds of cards and calls since Saturday', 'Therese Belisle', 'indirect', ['Therese']),
        ('Ray would have been embarrassed by all of this,', 'Therese Belisle', 'direct', ['Therese']),
        ('He was a shy man away from the rink.', 'Therese Belisle', 'direct', ['Therese']),
    ],
))
ARTICLES.append(dict(
    id='n81-international-ukraine',
    split='heldout12',
    text=(
        'Zelensky says Ukraine will rebuild power grid after wave of strikes\n'
        '\n'
        'KYIV, Ukraine (AP) — President Volodymyr Zelensky vowed Sunday to rebuild Ukraine\'s battered power grid before winter, a day after Russian missiles and drones struck energy facilities in at least six regions.\n'
        '\n'
        '"They want us to freeze. We will not freeze," Zelensky said in his nightly video address.\n'
        '\n'
        'Ukraine\'s air force said it shot down 52 of 70 drones and 18 of 26 missiles overnight.\n'
        '\n'
        'Energy Minister Herman Halushchenko told state television that repairs in the Kharkiv region could take weeks.\n'
        '\n'
        'The Kremlin did not comment on the strikes. Russia\'s Defence Ministry said its forces had hit "military-industrial targets."\n'
    ),
    gold=[
        ("They want us to freeze. We will not freeze,", 'Volodymyr Zelensky', 'direct'),
        ('it shot down 52 of 70 drones and 18 of 26 missiles overnight', "Ukraine's air force", 'indirect', ['air force']),
        ('repairs in the Kharkiv region could take weeks', 'Herman Halushchenko', 'indirect'),
        ('its forces had hit "military-industrial targets."', "Russia's Defence Ministry", 'indirect', ['Defence Ministry']),
        ('military-industrial targets.', "Russia's Defence Ministry", 'partial', ['Defence Ministry']),
    ],
))
ARTICLES.append(dict(
    id='n82-politics-press-conference',
    split='heldout12',
    text=(
        'Ford defends Greenbelt land swap at tense news conference\n'
        '\n'
        'TORONTO — Ontario Premier Doug Ford on Thursday defended his government\'s decision to open parts of the Greenbelt to housing, a day after the province\'s auditor general released a critical report.\n'
        '\n'
        'Asked whether anyone in his office had tipped off developers, Ford said:\n'
        '\n'
        '"Absolutely not. I found out about these lands the same time everyone else did."\n'
        '\n'
        'Auditor General Bonnie Lysyk found that developers who attended a 2022 industry dinner had received "preferential treatment." Her report said the changes would raise the value of the lands by $8.3 billion.\n'
        '\n'
        'Opposition Leader Marit Stiles called for the housing minister to resign.\n'
        '\n'
        '"The premier can\'t keep pretending he didn\'t know," Stiles told reporters.\n'
    ),
    gold=[
        ('Absolutely not. I found out about these lands the same time everyone else did.', 'Doug Ford', 'direct'),
        ('developers who attended a 2022 industry dinner had received "preferential treatment."', 'Bonnie Lysyk', 'indirect'),
        ('preferential treatment.', 'Bonnie Lysyk', 'partial'),
        ('the changes would raise the value of the lands by $8.3 billion', 'Bonnie Lysyk', 'indirect', ['Her report']),
        ("The premier can't keep pretending he didn't know,", 'Marit Stiles', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n83-feature-two-women-one-man',
    split='heldout12',
    text=(
        'Three generations run a Saskatoon hardware store\n'
        '\n'
        'SASKATOON — When Gloria Prykhodko opened her hardware store on 20th Street in 1979, her mother, Olga, kept the books at the kitchen table.\n'
        '\n'
        'Today her granddaughter, Nadia Prykhodko, 29, runs the store\'s website, and her son-in-law, Kevin Marsh, handles the lumber yard.\n'
        '\n'
        '"My grandmother still comes in every morning to check the till," Nadia said. "She does not trust the computer."\n'
        '\n'
        'Gloria, now 78, laughs at that.\n'
        '\n'
        '"The computer does not know our customers," she said.\n'
        '\n'
        'Marsh said the store has survived two big-box openings by knowing what farmers need before they ask.\n'
        '\n'
        '"People drive in from Rosthern and Warman because we have the bolt they need," he said.\n'
    ),
    gold=[
        ('My grandmother still comes in every morning to check the till,', 'Nadia Prykhodko', 'direct', ['Nadia']),
        ('She does not trust the computer.', 'Nadia Prykhodko', 'direct', ['Nadia']),
        ('The computer does not know our customers,', 'Gloria Prykhodko', 'direct', ['Gloria']),
        ('the store has survived two big-box openings by knowing what farmers need before they ask', 'Kevin Marsh', 'indirect'),
        ('People drive in from Rosthern and Warman because we have the bolt they need,', 'Kevin Marsh', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n84-business-airline',
    split='heldout12',
    text=(
        'WestJet cancels 400 flights as mechanics strike\n'
        '\n'
        'CALGARY — WestJet said Saturday it had cancelled more than 400 flights affecting about 49,000 passengers after its aircraft mechanics walked off the job.\n'
        '\n'
        'The Aircraft Mechanics Fraternal Association, which represents about 680 WestJet mechanics, said the airline had refused to bargain in good faith.\n'
        '\n'
        '"Our members did not want this," union spokesperson Dawn Lechner said in an email. "The company left them no choice."\n'
        '\n'
        'WestJet chief executive Alexis von Hoensbroech called the strike "unnecessary and reckless" and said the airline would ask Ottawa to intervene.\n'
        '\n'
        'Passenger Amy Chen, stranded in Calgary on her way home to Halifax, said she had been rebooked on a flight five days later.\n'
        '\n'
        '"I have a job on Monday," she said.\n'
    ),
    gold=[
        ('it had cancelled more than 400 flights affecting about 49,000 passengers after its aircraft mechanics walked off the job', 'WestJet', 'indirect'),
        ('the airline had refused to bargain in good faith', 'Aircraft Mechanics Fraternal Association', 'indirect', ['The Aircraft Mechanics Fraternal Association']),
        ('Our members did not want this,', 'Dawn Lechner', 'direct'),
        ('The company left them no choice.', 'Dawn Lechner', 'direct'),
        ('unnecessary and reckless', 'Alexis von Hoensbroech', 'partial'),
        ('the airline would ask Ottawa to intervene', 'Alexis von Hoensbroech', 'indirect'),
        ('she had been rebooked on a flight five days later', 'Amy Chen', 'indirect'),
        ('I have a job on Monday,', 'Amy Chen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n85-sport-tennis-sisters',
    split='heldout12',
    text=(
        'Andreescu beats Fernandez in all-Canadian quarterfinal\n'
        '\n'
        'MONTREAL — Bianca Andreescu beat Leylah Fernandez 6-4, 3-6, 7-5 on Friday to reach the semifinals of the National Bank Open.\n'
        '\n'
        'The two Canadians had never met on the WTA Tour. Andreescu saved two break points in the final game.\n'
        '\n'
        '"It was so hard to play a friend," Andreescu said. "We practised together when we were 12."\n'
        '\n'
        'Fernandez said she was proud of the way she fought back in the second set.\n'
        '\n'
        '"I just ran out of gas at the end," she said. "Bianca deserved it."\n'
        '\n'
        'Andreescu will face top seed Iga Swiatek, who beat Jessica Pegula in straight sets.\n'
    ),
    gold=[
        ('It was so hard to play a friend,', 'Bianca Andreescu', 'direct'),
        ('We practised together when we were 12.', 'Bianca Andreescu', 'direct'),
        ('she was proud of the way she fought back in the second set', 'Leylah Fernandez', 'indirect'),
        ('I just ran out of gas at the end,', 'Leylah Fernandez', 'direct'),
        ('Bianca deserved it.', 'Leylah Fernandez', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n86-crime-missing-hiker',
    split='heldout13',
    text=(
        'Searchers find missing hiker alive after four nights on B.C. mountain\n'
        '\n'
        'SQUAMISH, B.C. — A 34-year-old hiker missing for four nights on a mountain north of Vancouver was found alive Wednesday, search officials said.\n'
        '\n'
        'Squamish Search and Rescue manager B.J. Chute said the man had built a shelter out of branches and rationed a single energy bar.\n'
        '\n'
        '"He did everything right once he realized he was lost," Chute said. "That is why he is alive."\n'
        '\n'
        'The hiker\'s sister, Priya Sandhu, had posted daily appeals on social media. She thanked the more than 60 volunteers who joined the search.\n'
        '\n'
        '"I never stopped believing we would find him," she said.\n'
        '\n'
        'RCMP Cpl. Angela Holt said the man was taken to hospital with mild hypothermia.\n'
    ),
    gold=[
        ('A 34-year-old hiker missing for four nights on a mountain north of Vancouver was found alive Wednesday', 'search officials', 'indirect'),
        ('the man had built a shelter out of branches and rationed a single energy bar', 'B.J. Chute', 'indirect'),
        ('He did everything right once he realized he was lost,', 'B.J. Chute', 'direct'),
        ('That is why he is alive.', 'B.J. Chute', 'direct'),
        ('I never stopped believing we would find him,', 'Priya Sandhu', 'direct'),
        ('the man was taken to hospital with mild hypothermia', 'Angela Holt', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n87-us-politics-debate-recap',
    split='heldout13',
    text=(
        'Rubio and Cruz trade blows over immigration in Las Vegas debate\n'
        '\n'
        'LAS VEGAS — Sens. Marco Rubio and Ted Cruz spent much of Tuesday\'s Republican debate attacking each other\'s records on immigration, while Donald Trump largely stayed above the fray.\n'
        '\n'
        'Rubio accused Cruz of supporting legal status for immigrants in the country illegally. "Ted, you supported it," the Florida senator said.\n'
        '\n'
        'Cruz shot back that Rubio had "partnered with Barack Obama and Chuck Schumer" on the 2013 Senate bill.\n'
        '\n'
        '"I have never supported amnesty," he said.\n'
        '\n'
        'Trump, asked whether he would run as an independent, said he was "totally committed" to the Republican Party.\n'
        '\n'
        'Jeb Bush, struggling in the polls, had his best moment when he told Trump, "You\'re not going to be able to insult your way to the presidency."\n'
    ),
    gold=[
        ('Ted, you supported it,', 'Marco Rubio', 'direct'),
        ('Rubio had "partnered with Barack Obama and Chuck Schumer" on the 2013 Senate bill', 'Ted Cruz', 'indirect'),
        ('partnered with Barack Obama and Chuck Schumer', 'Ted Cruz', 'partial'),
        ('I have never supported amnesty,', 'Ted Cruz', 'direct'),
        ('he was "totally committed" to the Republican Party', 'Donald Trump', 'indirect'),
        ('totally committed', 'Donald Trump', 'partial'),
        ("You're not going to be able to insult your way to the presidency.", 'Jeb Bush', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n88-business-retail-closures',
    split='heldout13',
    text=(
        'Indigo to close 12 stores as online sales grow\n'
        '\n'
        'TORONTO — Indigo Books & Music Inc. will close 12 stores across Canada by the end of March, the retailer said Thursday.\n'
        '\n'
        'The company did not say how many employees would be affected. A spokesperson said in an email that staff at the affected stores would be offered jobs at nearby locations where possible.\n'
        '\n'
        'Retail analyst Bruce Winder said the closures reflect a broader shift in how Canadians buy books.\n'
        '\n'
        '"The big-box bookstore is not dead, but it has to earn its rent," Winder said.\n'
        '\n'
        'Longtime customer Elaine Fortier, who was shopping at the chain\'s Yonge Street store on Thursday, said she would miss browsing.\n'
        '\n'
        '"You cannot smell a book online," she said.\n'
    ),
    gold=[
        ('Indigo Books & Music Inc. will close 12 stores across Canada by the end of March', 'Indigo Books & Music Inc.', 'indirect', ['the retailer', 'Indigo']),
        ('staff at the affected stores would be offered jobs at nearby locations where possible', 'A spokesperson', 'indirect', ['a spokesperson']),
        ('the closures reflect a broader shift in how Canadians buy books', 'Bruce Winder', 'indirect'),
        ('The big-box bookstore is not dead, but it has to earn its rent,', 'Bruce Winder', 'direct'),
        ('she would miss browsing', 'Elaine Fortier', 'indirect'),
        ('You cannot smell a book online,', 'Elaine Fortier', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n89-sport-curling',
    split='heldout13',
    text=(
        'Homan rink wins fourth Scotties title\n'
        '\n'
        'CALGARY — Rachel Homan won her fourth Canadian women\'s curling championship on Sunday, beating Manitoba\'s Kerri Einarson 8-6 in the final.\n'
        '\n'
        'Homan made a double takeout in the 10th end to seal the win. Her third, Tracy Fleury, called it "the best shot I have seen her make."\n'
        '\n'
        '"I just tried to throw it the way we practise it," Homan said.\n'
        '\n'
        'Einarson, who won four straight titles from 2020 to 2023, said her team had no regrets.\n'
        '\n'
        '"We left it all out there. Rachel was better today," the Gimli skip said.\n'
    ),
    gold=[
        ('the best shot I have seen her make.', 'Tracy Fleury', 'partial'),
        ('I just tried to throw it the way we practise it,', 'Rachel Homan', 'direct'),
        ('her team had no regrets', 'Kerri Einarson', 'indirect'),
        ('We left it all out there. Rachel was better today,', 'Kerri Einarson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n90-politics-municipal-budget',
    split='heldout13',
    text=(
        'Winnipeg council passes budget with 3.5 per cent tax hike\n'
        '\n'
        'WINNIPEG — City council approved a $1.4-billion operating budget on Wednesday that raises property taxes by 3.5 per cent, the largest increase in more than a decade.\n'
        '\n'
        'Mayor Scott Gillingham said the increase was needed to hire 80 more police officers and fix roads.\n'
        '\n'
        '"Nobody likes paying more. But people told us they want safer streets," Gillingham said after the vote.\n'
        '\n'
        'Coun. Ross Eadie, one of four councillors who voted against the budget, said seniors on fixed incomes would struggle.\n'
        '\n'
        '"I have constituents choosing between their medication and their taxes," he said.\n'
        '\n'
        'The Winnipeg Chamber of Commerce said in a statement that businesses were "disappointed but not surprised."\n'
    ),
    gold=[
        ('the increase was needed to hire 80 more police officers and fix roads', 'Scott Gillingham', 'indirect'),
        ('Nobody likes paying more. But people told us they want safer streets,', 'Scott Gillingham', 'direct'),
        ('seniors on fixed incomes would struggle', 'Ross Eadie', 'indirect'),
        ('I have constituents choosing between their medication and their taxes,', 'Ross Eadie', 'direct'),
        ('businesses were "disappointed but not surprised."', 'Winnipeg Chamber of Commerce', 'indirect', ['The Winnipeg Chamber of Commerce']),
        ('disappointed but not surprised.', 'Winnipeg Chamber of Commerce', 'partial', ['The Winnipeg Chamber of Commerce']),
    ],
))
ARTICLES.append(dict(
    id='n91-feature-immigrant-nurse',
    split='heldout13',
    text=(
        'Filipino nurse finally licensed after six-year wait\n'
        '\n'
        'HALIFAX — For six years, Maricel Santos worked as a care aide in a Halifax nursing home while she waited for Nova Scotia to recognize her nursing degree from Manila.\n'
        '\n'
        'Last month, the 41-year-old finally received her licence.\n'
        '\n'
        '"I cried in the parking lot when I opened the email," she says.\n'
        '\n'
        'Her husband, Joel, who drives a city bus, says the family nearly moved to Alberta, where the process was faster.\n'
        '\n'
        '"We stayed because our kids love their school," he says.\n'
        '\n'
        'Nova Scotia\'s nursing regulator says it has cut average wait times for internationally educated nurses to under six months.\n'
    ),
    gold=[
        ('I cried in the parking lot when I opened the email,', 'Maricel Santos', 'direct'),
        ('the family nearly moved to Alberta, where the process was faster', 'Joel Santos', 'indirect', ['Joel']),
        ('We stayed because our kids love their school,', 'Joel Santos', 'direct', ['Joel']),
        ('it has cut average wait times for internationally educated nurses to under six months', "Nova Scotia's nursing regulator", 'indirect', ['nursing regulator']),
    ],
))
ARTICLES.append(dict(
    id='n92-court-murder-verdict',
    split='heldout14',
    text=(
        'Jury finds Edmonton man guilty of killing his neighbour\n'
        '\n'
        'EDMONTON — A jury found Darren Whitford guilty of second-degree murder on Friday in the 2022 shooting death of his next-door neighbour, Colin Aspen.\n'
        '\n'
        'The two men had feuded for years over a shared driveway, court heard.\n'
        '\n'
        'Aspen\'s widow, Lisa, wept as the verdict was read. Outside court she said her family could finally begin to heal.\n'
        '\n'
        '"Colin was a gentle man. He did not deserve this," she said.\n'
        '\n'
        'Defence lawyer Mark Fournier said his client was disappointed and would consider an appeal. Whitford had testified that he fired in self-defence.\n'
        '\n'
        'Crown prosecutor Andrea Ng told reporters the jury had clearly rejected that claim.\n'
        '\n'
        '"The evidence was overwhelming," Ng said.\n'
    ),
    gold=[
        ('The two men had feuded for years over a shared driveway', 'court', 'ignore'),
        ('her family could finally begin to heal', 'Lisa Aspen', 'indirect', ['Lisa']),
        ('Colin was a gentle man. He did not deserve this,', 'Lisa Aspen', 'direct', ['Lisa']),
        ('his client was disappointed and would consider an appeal', 'Mark Fournier', 'indirect'),
        ('he fired in self-defence', 'Darren Whitford', 'indirect'),
        ('the jury had clearly rejected that claim', 'Andrea Ng', 'indirect'),
        ('The evidence was overwhelming,', 'Andrea Ng', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n93-sport-nhl-trade',
    split='heldout14',
    text=(
        'Canucks acquire defenceman from Flames in rare rivals trade\n'
        '\n'
        'VANCOUVER — The Vancouver Canucks acquired defenceman Nikita Zadorov from the Calgary Flames on Thursday for a third-round pick and a fifth-round pick.\n'
        '\n'
        'Zadorov, 28, had asked to be traded in the summer.\n'
        '\n'
        '"I wanted to play somewhere I could be part of something," the six-foot-six Russian told reporters on a video call. "This team is going places."\n'
        '\n'
        'Canucks general manager Patrik Allvin said the team had been trying to add size on the blue line for months.\n'
        '\n'
        'Flames GM Craig Conroy said trading within the division was not ideal but that the return was fair.\n'
        '\n'
        '"You don\'t always get to pick where a player goes," Conroy said.\n'
    ),
    gold=[
        ('I wanted to play somewhere I could be part of something,', 'Nikita Zadorov', 'direct'),
        ('This team is going places.', 'Nikita Zadorov', 'direct'),
        ('the team had been trying to add size on the blue line for months', 'Patrik Allvin', 'indirect'),
        ('trading within the division was not ideal but that the return was fair', 'Craig Conroy', 'indirect'),
        ("You don't always get to pick where a player goes,", 'Craig Conroy', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n94-politics-us-senate',
    split='heldout14',
    text=(
        'Senate Democrats block GOP bill on Planned Parenthood funding\n'
        '\n'
        'WASHINGTON — Senate Democrats on Monday blocked a Republican bill that would have cut federal funding for Planned Parenthood, the latest clash in a fight that has threatened a government shutdown.\n'
        '\n'
        'Majority Leader Mitch McConnell said the vote showed Democrats were "out of step with the American people."\n'
        '\n'
        'Sen. Patty Murray of Washington accused Republicans of "playing politics with women\'s health."\n'
        '\n'
        '"This is not about money. It is about control," the Democrat said on the Senate floor.\n'
        '\n'
        'Sen. Ted Cruz, who has called for defunding the group even if it means a shutdown, said he would keep pushing. "We have to use every tool we have," he said.\n'
    ),
    gold=[
        ('the vote showed Democrats were "out of step with the American people."', 'Mitch McConnell', 'indirect'),
        ('out of step with the American people.', 'Mitch McConnell', 'partial'),
        ("playing politics with women's health.", 'Patty Murray', 'partial'),
        ('This is not about money. It is about control,', 'Patty Murray', 'direct'),
        ('he would keep pushing', 'Ted Cruz', 'indirect'),
        ('We have to use every tool we have,', 'Ted Cruz', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n95-business-mine',
    split='heldout14',
    text=(
        'Teck to sell coal business to Swiss giant Glencore\n'
        '\n'
        'VANCOUVER — Teck Resources Ltd. has agreed to sell its steelmaking coal business to Glencore PLC for US$9 billion, the Vancouver-based miner said Tuesday.\n'
        '\n'
        'Chief executive Jonathan Price said the sale would let Teck focus on copper and zinc, metals needed for electric vehicles and power grids.\n'
        '\n'
        '"This is a transformational day for our company," Price told analysts.\n'
        '\n'
        'The deal still needs approval from Ottawa under the Investment Canada Act. Industry Minister François-Philippe Champagne said the government would review it carefully.\n'
        '\n'
        'Mayor Jennifer Ogden of Elkford, B.C., where two of the four mines are located, said residents were anxious about their jobs.\n'
    ),
    gold=[
        ('Teck Resources Ltd. has agreed to sell its steelmaking coal business to Glencore PLC for US$9 billion', 'Teck Resources Ltd.', 'indirect', ['the Vancouver-based miner', 'Teck']),
        ('the sale would let Teck focus on copper and zinc, metals needed for electric vehicles and power grids', 'Jonathan Price', 'indirect'),
        ('This is a transformational day for our company,', 'Jonathan Price', 'direct'),
        ('the government would review it carefully', 'François-Philippe Champagne', 'indirect'),
        ('residents were anxious about their jobs', 'Jennifer Ogden', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n96-feature-refugee-chef',
    split='heldout14',
    text=(
        'Syrian chef finds a following in small-town Nova Scotia\n'
        '\n'
        'ANTIGONISH, N.S. — Every Saturday, the line at the farmers market stall run by Tareq Hadhad and his brother Mohammad stretches past the maple syrup vendors.\n'
        '\n'
        'The brothers arrived from Syria in 2016 with their parents. Their father had run a chocolate factory in Damascus until it was bombed.\n'
        '\n'
        '"People here gave us a chance when we had nothing," Tareq says.\n'
        '\n'
        'His brother handles the kitchen. He says the town has changed them as much as they changed it.\n'
        '\n'
        '"We came as strangers. Now we are the guys with the baklava," Mohammad says, laughing.\n'
        '\n'
        'Market manager Joan Barrie says the stall is the busiest in the building.\n'
    ),
    gold=[
        ('People here gave us a chance when we had nothing,', 'Tareq Hadhad', 'direct'),
        ('the town has changed them as much as they changed it', 'Mohammad Hadhad', 'indirect', ['Mohammad']),
        ('We came as strangers. Now we are the guys with the baklava,', 'Mohammad Hadhad', 'direct', ['Mohammad']),
        ('the stall is the busiest in the building', 'Joan Barrie', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n97-health-hospital',
    split='heldout14',
    text=(
        'Emergency room closures spread across rural Ontario\n'
        '\n'
        'MINDEN, Ont. — The emergency department in Minden will close for good on June 1, the hospital network that runs it announced Wednesday, leaving residents a 25-minute drive from the nearest ER.\n'
        '\n'
        'Haliburton Highlands Health Services president Carolyn Plummer said the hospital could no longer staff the department.\n'
        '\n'
        '"We have tried everything. We cannot find the nurses," Plummer said.\n'
        '\n'
        'Local resident Bruce Dowling, 74, who had a heart attack last year, said the closure frightened him.\n'
        '\n'
        '"Those 25 minutes could be the difference," he said.\n'
        '\n'
        'Health Minister Sylvia Jones said she was confident patients would continue to get care in the region.\n'
    ),
    gold=[
        ('The emergency department in Minden will close for good on June 1', 'Haliburton Highlands Health Services', 'indirect', ['the hospital network that runs it', 'the hospital network']),
        ('the hospital could no longer staff the department', 'Carolyn Plummer', 'indirect'),
        ('We have tried everything. We cannot find the nurses,', 'Carolyn Plummer', 'direct'),
        ('the closure frightened him', 'Bruce Dowling', 'indirect'),
        ('Those 25 minutes could be the difference,', 'Bruce Dowling', 'direct'),
        ('she was confident patients would continue to get care in the region', 'Sylvia Jones', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n98-sport-soccer',
    split='heldout15',
    text=(
        'Forge edge Cavalry on late penalty to reach CPL final\n'
        '\n'
        'HAMILTON — Forge FC are going back to the Canadian Premier League final after midfielder Kyle Bekker converted a stoppage-time penalty to beat Cavalry FC 2-1 on Saturday at Tim Hortons Field.\n'
        '\n'
        'Cavalry had led through a first-half header from Ali Musse, and for an hour the visitors looked the better side.\n'
        '\n'
        '"We were not good enough in the first half. I told the boys that at the break, and they responded," Forge coach Bobby Smyrniotis said.\n'
        '\n'
        'Smyrniotis sent on Terran Campbell and Tristan Borges after the restart, and Borges tied the game in the 71st minute with a curling shot from the edge of the box.\n'
        '\n'
        '"I saw the keeper cheating to his right, so I went the other way," Borges said. "Honestly, I just closed my eyes."\n'
        '\n'
        'The penalty came when Cavalry defender Daan Klomp brought down Campbell in the box. Cavalry coach Tommy Wheeldon Jr. was furious.\n'
        '\n'
        '"That is never a penalty. He goes down like he has been shot," Wheeldon fumed. "We will look at it, but I have seen it three times and it is not a foul."\n'
        '\n'
        'Klomp, the Dutch centre back who joined Cavalry in 2020, said he had touched the ball first.\n'
        '\n'
        'Bekker, the Forge captain, shrugged off the controversy.\n'
        '\n'
        '"He can say what he wants. The referee gave it," the midfielder said.\n'
        '\n'
        'Forge will host Atlético Ottawa in the final on Oct. 28.\n'
    ),
    gold=[
        ('We were not good enough in the first half. I told the boys that at the break, and they responded,', 'Bobby Smyrniotis', 'direct'),
        ('I saw the keeper cheating to his right, so I went the other way,', 'Tristan Borges', 'direct'),
        ('Honestly, I just closed my eyes.', 'Tristan Borges', 'direct'),
        ('That is never a penalty. He goes down like he has been shot,', 'Tommy Wheeldon Jr.', 'direct', ['Tommy Wheeldon']),
        ('We will look at it, but I have seen it three times and it is not a foul.', 'Tommy Wheeldon Jr.', 'direct', ['Tommy Wheeldon']),
        ('he had touched the ball first', 'Daan Klomp', 'indirect'),
        ('He can say what he wants. The referee gave it,', 'Kyle Bekker', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n99-court-daycare',
    split='heldout15',
    text=(
        'Former daycare worker sentenced to two years for assaulting toddlers\n'
        '\n'
        'WINNIPEG — A former daycare worker who was caught on video shoving and slapping toddlers was sentenced Thursday to two years less a day in jail.\n'
        '\n'
        'Carla Mendes, 34, pleaded guilty in March to four counts of assault involving children aged 18 months to three years at the Little Acorns daycare in St. Vital.\n'
        '\n'
        'Provincial court Judge Rachel Tessier said the videos, recorded by a hidden camera a parent had installed, were "among the most disturbing evidence this court has seen."\n'
        '\n'
        'Crown attorney Sandra Kowalski had asked for three years. She told the court Mendes showed no remorse until she was charged.\n'
        '\n'
        '"These children could not speak for themselves. They could not tell their parents what was happening," Kowalski said.\n'
        '\n'
        'Defence lawyer Greg Brodsky argued his client had been overwhelmed, working alone with eight children for most of the day, and asked for a conditional sentence served in the community.\n'
        '\n'
        'Tessier rejected that request.\n'
        '\n'
        '"Being overworked explains frustration. It does not explain striking a child across the face," she said.\n'
        '\n'
        'The mother who installed the camera, who cannot be named under a publication ban protecting the children, read a victim impact statement in court.\n'
        '\n'
        '"My son still flinches when an adult raises a hand near him," the mother said.\n'
        '\n'
        'Mendes, who wept as the sentence was read, apologized to the families before she was taken into custody.\n'
        '\n'
        'Little Acorns closed in May. Its former owner said in an email that the daycare had cooperated fully with police.\n'
    ),
    gold=[
        ('the videos, recorded by a hidden camera a parent had installed, were "among the most disturbing evidence this court has seen."', 'Rachel Tessier', 'indirect'),
        ('among the most disturbing evidence this court has seen.', 'Rachel Tessier', 'partial'),
        ('Mendes showed no remorse until she was charged', 'Sandra Kowalski', 'indirect'),
        ('These children could not speak for themselves. They could not tell their parents what was happening,', 'Sandra Kowalski', 'direct'),
        ('his client had been overwhelmed, working alone with eight children for most of the day', 'Greg Brodsky', 'indirect'),
        ('Being overworked explains frustration. It does not explain striking a child across the face,', 'Rachel Tessier', 'direct'),
        ('My son still flinches when an adult raises a hand near him,', 'the mother', 'direct', ['the mother who installed the camera']),
        ('the daycare had cooperated fully with police', 'its former owner', 'indirect', ["Little Acorns' former owner"]),
    ],
))
ARTICLES.append(dict(
    id='n100-politics-steel',
    split='heldout15',
    text=(
        'Trump and Clinton trade blows over steel in western Pennsylvania\n'
        '\n'
        'PITTSBURGH — Donald Trump and Hillary Clinton campaigned within 20 miles of each other in western Pennsylvania on Wednesday, six days before the first presidential debate.\n'
        '\n'
        'Speaking at a steel fabrication plant in Monessen, Trump said Clinton had "betrayed" American workers by supporting trade deals that shipped their jobs to China and Mexico.\n'
        '\n'
        '"She has been in government for 30 years. What has she done for Monessen? Nothing," the Republican nominee told the crowd of about 2,000.\n'
        '\n'
        'Clinton, appearing with Sen. Bob Casey at a union hall in McKeesport, countered that Trump had bought Chinese steel for his own hotels.\n'
        '\n'
        '"He talks about American steel, but when it was his money, he bought it from China," she said. "That tells you everything."\n'
        '\n'
        'Casey, a Democrat who is not up for re-election until 2018, called Trump "a fraud on trade."\n'
        '\n'
        'Trump\'s campaign manager, Kellyanne Conway, said on CNN that the Chinese steel claim had been "debunked" and accused the Clinton campaign of distorting the record.\n'
        '\n'
        'A Clinton spokesman, Brian Fallon, shot back on Twitter: "Then show us the invoices. We will wait."\n'
        '\n'
        'A Monmouth University poll released Tuesday found Clinton ahead by eight points in Pennsylvania among likely voters.\n'
        '\n'
        'Trump, who has not led a general election poll in the state since July, dismissed the survey.\n'
        '\n'
        '"The polls were wrong in the primaries and they are wrong now," he said.\n'
    ),
    gold=[
        ('Clinton had "betrayed" American workers by supporting trade deals that shipped their jobs to China and Mexico', 'Donald Trump', 'indirect'),
        ('betrayed', 'Donald Trump', 'partial'),
        ('She has been in government for 30 years. What has she done for Monessen? Nothing,', 'Donald Trump', 'direct'),
        ('Trump had bought Chinese steel for his own hotels', 'Hillary Clinton', 'indirect'),
        ('He talks about American steel, but when it was his money, he bought it from China,', 'Hillary Clinton', 'direct'),
        ('That tells you everything.', 'Hillary Clinton', 'direct'),
        ('a fraud on trade.', 'Bob Casey', 'partial'),
        ('the Chinese steel claim had been "debunked"', 'Kellyanne Conway', 'indirect'),
        ('debunked', 'Kellyanne Conway', 'partial'),
        ('Then show us the invoices. We will wait.', 'Brian Fallon', 'direct'),
        ('The polls were wrong in the primaries and they are wrong now,', 'Donald Trump', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n101-business-coffee',
    split='heldout15',
    text=(
        'Maple Crest Coffee to close 300 restaurants as sales slide\n'
        '\n'
        'TORONTO — Maple Crest Coffee Co. will close about 300 of its Canadian restaurants over the next year, the chain said Tuesday, as higher prices drive customers to cheaper breakfasts at home and at fast-food rivals.\n'
        '\n'
        "The Oakville, Ont.-based company, the country's second-largest coffee chain by sales, reported a 4.1 per cent drop in same-store sales for the quarter.\n"
        '\n'
        'Chief executive Anita Sharma told analysts on a conference call that the closures would mostly affect locations that opened within the last five years in suburban plazas.\n'
        '\n'
        '"We grew too fast in places where the traffic was never going to come," Sharma said. "That is on us."\n'
        '\n'
        'She said the company did not expect to cut any staff at its head office.\n'
        '\n'
        'Shares of the company fell 6 per cent to $18.40 on the Toronto Stock Exchange.\n'
        '\n'
        '"The closures are the right call, but they are a confession," said Kenric Tyghe, an analyst at ATB Capital Markets. "Management spent three years telling us every new store was a winner."\n'
        '\n'
        "The country's second-largest coffee chain said it would offer affected franchisees the chance to relocate.\n"
        '\n'
        'The Canadian Franchise Association said in a statement that it was "deeply concerned" about the effect on owners who had borrowed to open stores.\n'
    ),
    gold=[
        ('Maple Crest Coffee Co. will close about 300 of its Canadian restaurants over the next year', 'Maple Crest Coffee Co.', 'indirect', ['the chain', 'Maple Crest Coffee']),
        ('the closures would mostly affect locations that opened within the last five years in suburban plazas', 'Anita Sharma', 'indirect'),
        ('We grew too fast in places where the traffic was never going to come,', 'Anita Sharma', 'direct'),
        ('That is on us.', 'Anita Sharma', 'direct'),
        ('the company did not expect to cut any staff at its head office', 'Anita Sharma', 'indirect'),
        ('The closures are the right call, but they are a confession,', 'Kenric Tyghe', 'direct'),
        ('Management spent three years telling us every new store was a winner.', 'Kenric Tyghe', 'direct'),
        ('it would offer affected franchisees the chance to relocate', 'Maple Crest Coffee Co.', 'indirect', ['Maple Crest Coffee', "the country's second-largest coffee chain"]),
        ('it was "deeply concerned" about the effect on owners who had borrowed to open stores', 'Canadian Franchise Association', 'indirect'),
        ('deeply concerned', 'Canadian Franchise Association', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n102-feature-lytton',
    split='heldout15',
    text=(
        'After the fire, a Lytton family rebuilds one wall at a time\n'
        '\n'
        'LYTTON, B.C. — Three years after a wildfire levelled most of this village, Denise Oppenheimer is standing in what will be her kitchen.\n'
        '\n'
        'The frame went up in June. The windows arrived last week, four months late.\n'
        '\n'
        'Oppenheimer, 52, puts it simply: "Every delay is another month in a trailer."\n'
        '\n'
        "She and her husband, Mike, lived in a 30-foot trailer on her sister's property in Lillooet for two winters. Their daughter, Kayla, 17, finished high school there.\n"
        '\n'
        '"I missed my friends, but mostly I missed my room," Kayla says.\n'
        '\n'
        'Mike Oppenheimer, a heavy-equipment operator, says the rebuild has cost them about $120,000 more than their insurance paid.\n'
        '\n'
        '"We are not complaining. Lots of people here lost more," he says. "But nobody told us it would take this long."\n'
        '\n'
        'The province says it has spent more than $100 million on the recovery, and that 40 homes have now been rebuilt.\n'
        '\n'
        'Denise does not count the homes anymore. She counts the days until Kayla comes home from university for Christmas.\n'
        '\n'
        '"That is the deadline," she says. "The kitchen will be done by then, or I will cook in the trailer."\n'
    ),
    gold=[
        ('Every delay is another month in a trailer.', 'Denise Oppenheimer', 'direct'),
        ('I missed my friends, but mostly I missed my room,', 'Kayla', 'direct', ['Kayla Oppenheimer']),
        ('the rebuild has cost them about $120,000 more than their insurance paid', 'Mike Oppenheimer', 'indirect'),
        ('We are not complaining. Lots of people here lost more,', 'Mike Oppenheimer', 'direct'),
        ('But nobody told us it would take this long.', 'Mike Oppenheimer', 'direct'),
        ('it has spent more than $100 million on the recovery, and that 40 homes have now been rebuilt', 'the province', 'indirect'),
        ('That is the deadline,', 'Denise Oppenheimer', 'direct'),
        ('The kitchen will be done by then, or I will cook in the trailer.', 'Denise Oppenheimer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n103-municipal-bikelane',
    split='heldout15',
    text=(
        'Council rejects bike lane on Bank Street after heated debate\n'
        '\n'
        'OTTAWA — City council voted 14-11 on Wednesday against a protected bike lane on Bank Street, ending a two-year fight that split merchants and cyclists in the Glebe.\n'
        '\n'
        'Coun. Shawn Menard, who represents the area, had pushed for the lane since 2022.\n'
        '\n'
        '"People are going to get hurt on this street, and we will have chosen that," Menard said after the vote.\n'
        '\n'
        'Mayor Mark Sutcliffe, who voted against the lane, scolded Menard for what he called "fearmongering" and said the city would instead lower the speed limit to 30 km/h.\n'
        '\n'
        '"Nobody in this room wants anyone hurt. Suggesting otherwise is beneath this council," Sutcliffe said.\n'
        '\n'
        'Coun. Riley Brockington echoed the mayor, saying the lane would have removed 60 parking spots that businesses depend on.\n'
        '\n'
        'Business owners lined the gallery. Christine Leadman, executive director of the Glebe Business Improvement Area, said afterward that the decision "saves Bank Street."\n'
        '\n'
        'Cycling advocates were less pleased.\n'
        '\n'
        '"This was a chance to lead, and council blinked," said Sarah Khan, a spokeswoman for Bike Ottawa. "We will be back."\n'
        '\n'
        'Menard said he would bring the proposal back after the next municipal election in 2026.\n'
    ),
    gold=[
        ('People are going to get hurt on this street, and we will have chosen that,', 'Shawn Menard', 'direct'),
        ('fearmongering', 'Mark Sutcliffe', 'partial'),
        ('the city would instead lower the speed limit to 30 km/h', 'Mark Sutcliffe', 'indirect'),
        ('Nobody in this room wants anyone hurt. Suggesting otherwise is beneath this council,', 'Mark Sutcliffe', 'direct'),
        ('the lane would have removed 60 parking spots that businesses depend on', 'Riley Brockington', 'indirect'),
        ('the decision "saves Bank Street."', 'Christine Leadman', 'indirect'),
        ('saves Bank Street.', 'Christine Leadman', 'partial'),
        ('This was a chance to lead, and council blinked,', 'Sarah Khan', 'direct'),
        ('We will be back.', 'Sarah Khan', 'direct'),
        ('he would bring the proposal back after the next municipal election in 2026', 'Shawn Menard', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n104-sport-oilers',
    split='heldout16',
    text=(
        'Oilers rally past Flames as McDavid reaches 1,000 points\n'
        '\n'
        'EDMONTON — Connor McDavid recorded his 1,000th career point with a third-period assist Saturday, and the Edmonton Oilers came back from two goals down to beat the Calgary Flames 4-3.\n'
        '\n'
        "Zach Hyman tipped in Evan Bouchard's point shot for the milestone with 7:12 left, tying the game 3-3. Leon Draisaitl won it on a power play 2:40 later.\n"
        '\n'
        '"I didn\'t even know it was the one until the crowd stood up," McDavid said. "Then I figured it out."\n'
        '\n'
        'Oilers coach Kris Knoblauch said his captain had carried the team through a difficult first month.\n'
        '\n'
        '"He does things nobody else can do, and he does them every night," Knoblauch said.\n'
        '\n'
        'Flames goalie Dustin Wolf stopped 31 shots but was beaten twice in the final eight minutes. He blamed himself for the winner.\n'
        '\n'
        '"That one is on me. I have to have it," Wolf said.\n'
        '\n'
        'Calgary coach Ryan Huska disagreed.\n'
        '\n'
        '"We took a bad penalty at the worst time. You can\'t do that against that power play," he said.\n'
        '\n'
        'Draisaitl, who has 11 goals this season, said the comeback started with the fourth line.\n'
        '\n'
        '"They gave us life," the German forward said.\n'
    ),
    gold=[
        ("I didn't even know it was the one until the crowd stood up,", 'Connor McDavid', 'direct'),
        ('Then I figured it out.', 'Connor McDavid', 'direct'),
        ('his captain had carried the team through a difficult first month', 'Kris Knoblauch', 'indirect'),
        ('He does things nobody else can do, and he does them every night,', 'Kris Knoblauch', 'direct'),
        ('That one is on me. I have to have it,', 'Dustin Wolf', 'direct'),
        ("We took a bad penalty at the worst time. You can't do that against that power play,", 'Ryan Huska', 'direct'),
        ('the comeback started with the fourth line', 'Leon Draisaitl', 'indirect'),
        ('They gave us life,', 'Leon Draisaitl', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n105-crime-pharmacy',
    split='heldout16',
    text=(
        'Two women charged after string of pharmacy robberies in Surrey\n'
        '\n'
        'SURREY, B.C. — Two women have been charged in connection with a string of pharmacy robberies across Surrey and Langley this fall, RCMP said Monday.\n'
        '\n'
        'Jessica Tran, 29, and Amanda Leclerc, 34, each face five counts of robbery and one of possessing a weapon for a dangerous purpose.\n'
        '\n'
        'Cpl. Vanessa Munn said investigators linked the two women to the robberies through surveillance video and a rental car.\n'
        '\n'
        '"These were frightening experiences for the pharmacy staff," Munn said. "In two cases, a knife was held to an employee\'s throat."\n'
        '\n'
        'One pharmacist who was working during a robbery in October described it this way: "She never raised her voice. That was the scariest part."\n'
        '\n'
        "Tran's lawyer, Rebecca Singh, said her client would plead not guilty.\n"
        '\n'
        '"My client has no criminal record and intends to fight these charges," Singh said.\n'
        '\n'
        'Leclerc appeared briefly by video from the Alouette Correctional Centre for Women. She did not speak except to confirm her name.\n'
        '\n'
        'Both women remain in custody. Munn said police were still looking for a third suspect, a man believed to have driven the car.\n'
    ),
    gold=[
        ('Two women have been charged in connection with a string of pharmacy robberies across Surrey and Langley this fall', 'RCMP', 'indirect'),
        ('investigators linked the two women to the robberies through surveillance video and a rental car', 'Vanessa Munn', 'indirect'),
        ('These were frightening experiences for the pharmacy staff,', 'Vanessa Munn', 'direct'),
        ("In two cases, a knife was held to an employee's throat.", 'Vanessa Munn', 'direct'),
        ('She never raised her voice. That was the scariest part.', 'one pharmacist', 'direct', ['One pharmacist who was working during a robbery in October', 'a pharmacist']),
        ('her client would plead not guilty', 'Rebecca Singh', 'indirect'),
        ('My client has no criminal record and intends to fight these charges,', 'Rebecca Singh', 'direct'),
        ('police were still looking for a third suspect, a man believed to have driven the car', 'Vanessa Munn', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n106-politics-greenbelt',
    split='heldout16',
    text=(
        "Ford government's greenbelt reversal dominates question period\n"
        '\n'
        "TORONTO — Ontario's opposition leaders accused the Ford government on Tuesday of trying to bury the greenbelt scandal, a day after the premier reversed his decision to open the protected land to housing.\n"
        '\n'
        'NDP Leader Marit Stiles scolded the premier for taking a year to admit a mistake.\n'
        '\n'
        '"The people of Ontario knew this was wrong from day one. It took the OPP knocking on your door for you to figure it out," Stiles said.\n'
        '\n'
        'Premier Doug Ford, who was in the chamber for the first time in a week, stood to answer.\n'
        '\n'
        '"I made a mistake. I\'m man enough to admit it," Ford said. "We\'re moving on."\n'
        '\n'
        "Liberal MPP John Fraser echoed Stiles, saying the government had lost the public's trust.\n"
        '\n'
        'Housing Minister Paul Calandra blurted out "that\'s not true" as Fraser spoke, earning a warning from the Speaker.\n'
        '\n'
        'Later, outside the chamber, Calandra told reporters the government would introduce legislation this fall to return the 15 parcels to the greenbelt.\n'
        '\n'
        '"Every acre comes back. Every single one," he said.\n'
        '\n'
        "Green Party Leader Mike Schreiner said the reversal did not answer the question of who in the premier's office had tipped off developers.\n"
    ),
    gold=[
        ('The people of Ontario knew this was wrong from day one. It took the OPP knocking on your door for you to figure it out,', 'Marit Stiles', 'direct'),
        ("I made a mistake. I'm man enough to admit it,", 'Doug Ford', 'direct'),
        ("We're moving on.", 'Doug Ford', 'direct'),
        ("the government had lost the public's trust", 'John Fraser', 'indirect'),
        ("that's not true", 'Paul Calandra', 'direct'),
        ('the government would introduce legislation this fall to return the 15 parcels to the greenbelt', 'Paul Calandra', 'indirect'),
        ('Every acre comes back. Every single one,', 'Paul Calandra', 'direct'),
        ("the reversal did not answer the question of who in the premier's office had tipped off developers", 'Mike Schreiner', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n107-business-northbeam',
    split='heldout16',
    text=(
        'Northbeam cuts 20 per cent of staff, sells warehouse arm\n'
        '\n'
        'OTTAWA — Northbeam Software Inc. on Thursday said it would cut about 1,100 jobs, roughly 20 per cent of its workforce, and sell its warehouse business to a U.S. rival.\n'
        '\n'
        'Chief executive Tobias Lindqvist told employees in a memo that the company had "made a bet that did not pay off."\n'
        '\n'
        '"This is the hardest decision I have made since founding Northbeam," Lindqvist wrote. "I am sorry."\n'
        '\n'
        'Employees who lose their jobs will receive 16 weeks of pay plus one week for each year of service, according to a document titled "Transition Support" that was sent to staff.\n'
        '\n'
        'Shares of Northbeam rose 9 per cent in Toronto.\n'
        '\n'
        '"Investors have been waiting for this for a year. The warehouse business was a drag on margins," said Maya Chen, an analyst at Desjardins Securities.\n'
        '\n'
        'Chen said the sale would let the company focus on its merchant software, which accounts for most of its profit.\n'
        '\n'
        'The union representing warehouse workers, Unifor, said it had not been told of the sale in advance.\n'
    ),
    gold=[
        ('it would cut about 1,100 jobs, roughly 20 per cent of its workforce, and sell its warehouse business to a U.S. rival', 'Northbeam Software Inc.', 'indirect', ['Northbeam Software', 'Northbeam']),
        ('the company had "made a bet that did not pay off."', 'Tobias Lindqvist', 'indirect'),
        ('made a bet that did not pay off.', 'Tobias Lindqvist', 'partial'),
        ('This is the hardest decision I have made since founding Northbeam,', 'Tobias Lindqvist', 'direct'),
        ('I am sorry.', 'Tobias Lindqvist', 'direct'),
        ('Employees who lose their jobs will receive 16 weeks of pay plus one week for each year of service', 'a document', 'indirect', ['a document titled "Transition Support"', 'Transition Support']),
        ('Transition Support', None, 'ignore'),
        ('Investors have been waiting for this for a year. The warehouse business was a drag on margins,', 'Maya Chen', 'direct'),
        ('the sale would let the company focus on its merchant software, which accounts for most of its profit', 'Maya Chen', 'indirect'),
        ('it had not been told of the sale in advance', 'Unifor', 'indirect', ['The union representing warehouse workers']),
    ],
))
ARTICLES.append(dict(
    id='n108-feature-teacher',
    split='heldout16',
    text=(
        'The last teacher in Sachs Harbour\n'
        '\n'
        'SACHS HARBOUR, N.W.T. — For the past six years, Leah Kudlak has been the only teacher at the only school in this hamlet of 100 people on Banks Island.\n'
        '\n'
        "She teaches 14 students, from kindergarten to Grade 9. Her classroom doubles as the hamlet's library, and on Fridays as its movie theatre.\n"
        '\n'
        '"You learn to do a little of everything," Kudlak says. "Some days I\'m a teacher. Some days I\'m a plumber."\n'
        '\n'
        'Her predecessor, Martha Wolki, taught at the school for 22 years. She still lives in the hamlet and volunteers in the classroom twice a week.\n'
        '\n'
        '"Leah has more patience than I ever did," Wolki says, laughing.\n'
        '\n'
        'The territory says it has struggled to fill teaching positions in small communities and will offer a $10,000 signing bonus this year.\n'
        '\n'
        'Kudlak plans to stay at least two more years.\n'
        '\n'
        '"The kids are why. I watched some of them learn to read," she says. "You don\'t walk away from that."\n'
        '\n'
        '"It is not just a job for her," Wolki says.\n'
        '\n'
        '"She is part of the family here."\n'
    ),
    gold=[
        ('You learn to do a little of everything,', 'Leah Kudlak', 'direct'),
        ("Some days I'm a teacher. Some days I'm a plumber.", 'Leah Kudlak', 'direct'),
        ('Leah has more patience than I ever did,', 'Martha Wolki', 'direct'),
        ('it has struggled to fill teaching positions in small communities and will offer a $10,000 signing bonus this year', 'the territory', 'indirect'),
        ('The kids are why. I watched some of them learn to read,', 'Leah Kudlak', 'direct'),
        ("You don't walk away from that.", 'Leah Kudlak', 'direct'),
        ('It is not just a job for her,', 'Martha Wolki', 'direct'),
        ('She is part of the family here.', 'Martha Wolki', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n109-court-inquest',
    split='heldout16',
    text=(
        "Inquest hears firefighter's warnings about ladder truck were ignored\n"
        '\n'
        "HAMILTON — A firefighter who died when a ladder truck collapsed in 2021 had warned his captain about the truck's hydraulics weeks earlier, a coroner's inquest heard Wednesday.\n"
        '\n'
        'Capt. Ron Verhoeven testified that firefighter Mark Dyck had raised concerns about a leaking cylinder in early March.\n'
        '\n'
        '"He told me it was dripping. I wrote it up and sent it to fleet maintenance," Verhoeven said. "I never heard back."\n'
        '\n'
        "Dyck, 38, died on April 2, 2021, when the truck's aerial ladder fell while he was on it during a training exercise.\n"
        '\n'
        "The city's former fleet manager, Gary Prentice, told the inquest he had no record of receiving the report.\n"
        '\n'
        '"If it came to my office, I would have acted on it," the lanky, bespectacled engineer said.\n'
        '\n'
        "Dyck's widow, Sarah Dyck, sat in the front row of the gallery. Outside the courthouse, she said the family wanted the inquest to lead to changes.\n"
        '\n'
        '"Mark did everything right. The system failed him," she said.\n'
        '\n'
        "The inquest continues Thursday with testimony from the truck's manufacturer.\n"
    ),
    gold=[
        ('firefighter Mark Dyck had raised concerns about a leaking cylinder in early March', 'Ron Verhoeven', 'indirect'),
        ('He told me it was dripping. I wrote it up and sent it to fleet maintenance,', 'Ron Verhoeven', 'direct'),
        ('I never heard back.', 'Ron Verhoeven', 'direct'),
        ('he had no record of receiving the report', 'Gary Prentice', 'indirect'),
        ('If it came to my office, I would have acted on it,', 'Gary Prentice', 'direct'),
        ('the family wanted the inquest to lead to changes', 'Sarah Dyck', 'indirect'),
        ('Mark did everything right. The system failed him,', 'Sarah Dyck', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n110-sport-tempo',
    split='heldout17',
    text=(
        "Tempo edge Valkyries for franchise's first home win\n"
        '\n'
        'TORONTO — Kia Nurse scored 21 points, including the go-ahead three-pointer with 38 seconds left, as the Toronto Tempo beat the Golden State Valkyries 78-75 on Friday for the first home win in franchise history.\n'
        '\n'
        'Nurse, who grew up in Hamilton, hit four three-pointers in the fourth quarter after going 0-for-5 in the first half.\n'
        '\n'
        '"I told myself at halftime to keep shooting. My teammates kept finding me," said Nurse, who played for Canada at two Olympics.\n'
        '\n'
        'Tempo coach Sandy Brondello said the crowd of 19,800 had carried her team through a sloppy third quarter.\n'
        '\n'
        '"When we were down nine, you could feel them willing us back," Brondello said. "That\'s what a home court is."\n'
        '\n'
        'Valkyries guard Tiffany Hayes led all scorers with 24 points. She missed a contested jumper at the buzzer that would have forced overtime.\n'
        '\n'
        '"I got the look I wanted. It just didn\'t fall," Hayes said.\n'
        '\n'
        "Her coach, Natalie Nakase, was less forgiving of her team's 19 turnovers.\n"
        '\n'
        '"You can\'t give a team like that 19 extra possessions," she said. "We beat ourselves."\n'
        '\n'
        "Toronto's Marina Mabrey added 14 points and eight assists. The Tempo host the Dallas Wings on Sunday.\n"
    ),
    gold=[
        ('I told myself at halftime to keep shooting. My teammates kept finding me,', 'Kia Nurse', 'direct'),
        ('the crowd of 19,800 had carried her team through a sloppy third quarter', 'Sandy Brondello', 'indirect'),
        ('When we were down nine, you could feel them willing us back,', 'Sandy Brondello', 'direct'),
        ("That's what a home court is.", 'Sandy Brondello', 'direct'),
        ("I got the look I wanted. It just didn't fall,", 'Tiffany Hayes', 'direct'),
        ("You can't give a team like that 19 extra possessions,", 'Natalie Nakase', 'direct'),
        ('We beat ourselves.', 'Natalie Nakase', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n111-court-bail',
    split='heldout17',
    text=(
        'Man accused in Brampton jewelry heist denied bail\n'
        '\n'
        'BRAMPTON, Ont. — A man accused of taking part in a $2-million jewelry store robbery in Brampton was denied bail Tuesday after a judge found he was likely to flee.\n'
        '\n'
        'Arjun Sethi, 27, of Mississauga, faces charges of robbery with a firearm and disguise with intent in the Aug. 3 robbery at Royal Gold Jewellers.\n'
        '\n'
        'Justice David Harris said Sethi had used three different names since arriving in Canada and had no fixed address.\n'
        '\n'
        '"There is a real risk Mr. Sethi will not appear for his trial," Harris said in his ruling.\n'
        '\n'
        'Defence lawyer Jordan Gold had proposed that Sethi live with his uncle in Brampton under house arrest.\n'
        '\n'
        '"My client has never been convicted of anything. He has family here," Gold told the court.\n'
        '\n'
        'Crown prosecutor Peter Lam said surveillance video showed Sethi smashing display cases with a hammer while two other men held staff at gunpoint.\n'
        '\n'
        'Police are still searching for the two other men. Peel police Const. Tyler Bell said anyone with information should call investigators.\n'
        '\n'
        '"These men are armed and dangerous. Do not approach them," he said.\n'
    ),
    gold=[
        ('he was likely to flee', 'David Harris', 'indirect', ['a judge']),
        ('Sethi had used three different names since arriving in Canada and had no fixed address', 'David Harris', 'indirect'),
        ('There is a real risk Mr. Sethi will not appear for his trial,', 'David Harris', 'direct'),
        ('Sethi live with his uncle in Brampton under house arrest', 'Jordan Gold', 'indirect'),
        ('My client has never been convicted of anything. He has family here,', 'Jordan Gold', 'direct'),
        ('surveillance video showed Sethi smashing display cases with a hammer while two other men held staff at gunpoint', 'Peter Lam', 'indirect'),
        ('anyone with information should call investigators', 'Tyler Bell', 'indirect'),
        ('These men are armed and dangerous. Do not approach them,', 'Tyler Bell', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n112-politics-housing',
    split='heldout17',
    text=(
        "Ottawa's housing deals stalled in three provinces, documents show\n"
        '\n'
        'OTTAWA — Federal housing agreements with three provinces have stalled for more than a year, according to internal briefing notes obtained by The Canadian Press.\n'
        '\n'
        'The notes, prepared for Housing Minister Sean Fraser in March, say negotiations with Alberta, Saskatchewan and New Brunswick broke down over conditions Ottawa attached to the money.\n'
        '\n'
        'Fraser\'s office said in a statement that talks were continuing and that the minister was "optimistic" about reaching deals.\n'
        '\n'
        'Alberta Housing Minister Jason Nixon said the federal conditions amounted to Ottawa telling municipalities how to zone their land.\n'
        '\n'
        '"We are not going to let Ottawa run Calgary\'s planning department," Nixon said.\n'
        '\n'
        "NDP housing critic Jenny Kwan echoes the provinces' complaint, but for a different reason.\n"
        '\n'
        '"The Liberals designed a program that rewards paperwork, not homes," Kwan said.\n'
        '\n'
        "A spokesperson for Saskatchewan's government, Bailey Stewart, said the province had submitted its plan in January and was still waiting for a reply.\n"
    ),
    gold=[
        ('Federal housing agreements with three provinces have stalled for more than a year', 'internal briefing notes', 'indirect', ['briefing notes', 'internal briefing notes obtained by The Canadian Press']),
        ('negotiations with Alberta, Saskatchewan and New Brunswick broke down over conditions Ottawa attached to the money', 'the notes', 'indirect', ['internal briefing notes', 'The notes, prepared for Housing Minister Sean Fraser in March']),
        ('talks were continuing and that the minister was "optimistic" about reaching deals', "Fraser's office", 'indirect', ["Sean Fraser's office"]),
        ('optimistic', "Fraser's office", 'partial', ["Sean Fraser's office"]),
        ('the federal conditions amounted to Ottawa telling municipalities how to zone their land', 'Jason Nixon', 'indirect'),
        ("We are not going to let Ottawa run Calgary's planning department,", 'Jason Nixon', 'direct'),
        ('The Liberals designed a program that rewards paperwork, not homes,', 'Jenny Kwan', 'direct'),
        ('the province had submitted its plan in January and was still waiting for a reply', 'Bailey Stewart', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n113-feature-farm',
    split='heldout17',
    text=(
        'From Kabul to Kamloops, a family learns to farm again\n'
        '\n'
        'KAMLOOPS, B.C. — Every morning at 5:30, Farid Ahmadi walks the rows of his two-acre vegetable plot on the edge of Kamloops, checking the tomatoes he planted in May.\n'
        '\n'
        'Ahmadi, 46, farmed wheat and almonds outside Kabul until 2021, when his family fled after the Taliban took power. They arrived in Canada in 2022 with four children and two suitcases.\n'
        '\n'
        'His wife, Nargis, says: "In Afghanistan, I was never allowed in the market. Here I sell our vegetables myself."\n'
        '\n'
        "Their eldest son, Omid, 19, handles the farm's Instagram account and its orders from three Kamloops restaurants.\n"
        '\n'
        '"My father knows the soil. I know the customers," Omid says, grinning.\n'
        '\n'
        'The plot belongs to Margaret Lindsay, a retired rancher who offered it rent-free after meeting the family at a church supper.\n'
        '\n'
        '"They work harder than anyone I\'ve known," Lindsay says. "I just wanted the land used."\n'
        '\n'
        'Ahmadi says the farm earned about $18,000 last season, not enough yet to support the family, and that he still works nights at a sawmill.\n'
        '\n'
        '"One day the farm will be enough," he says.\n'
    ),
    gold=[
        ('In Afghanistan, I was never allowed in the market. Here I sell our vegetables myself.', 'Nargis', 'direct', ['Nargis Ahmadi']),
        ('My father knows the soil. I know the customers,', 'Omid', 'direct', ['Omid Ahmadi']),
        ("They work harder than anyone I've known,", 'Margaret Lindsay', 'direct'),
        ('I just wanted the land used.', 'Margaret Lindsay', 'direct'),
        ('the farm earned about $18,000 last season, not enough yet to support the family, and that he still works nights at a sawmill', 'Farid Ahmadi', 'indirect'),
        ('One day the farm will be enough,', 'Farid Ahmadi', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n114-business-airline',
    split='heldout17',
    text=(
        'Prairie Air cancels 400 flights as mechanics walk out\n'
        '\n'
        'CALGARY — Prairie Air cancelled more than 400 flights on Saturday after its mechanics walked off the job, stranding about 50,000 travellers on a long weekend.\n'
        '\n'
        'The airline said in a statement that it had "no choice" but to park most of its fleet and accused the union of refusing to negotiate.\n'
        '\n'
        'The Aircraft Mechanics Fraternal Association, which represents 680 Prairie Air mechanics, said the company had walked away from talks on Thursday night.\n'
        '\n'
        '"We gave them every chance. They wanted a strike," union spokesperson Dana Mercier said.\n'
        '\n'
        'Federal Labour Minister Steven MacKinnon said he was monitoring the situation closely but did not say whether Ottawa would order binding arbitration.\n'
        '\n'
        'At the Calgary airport, Karen Whitfield and her two daughters had been waiting since 6 a.m. for a flight to Halifax.\n'
        '\n'
        '"Nobody can tell us anything. The app just says cancelled," Whitfield said.\n'
        '\n'
        'Prairie Air\'s chief executive, Mark Doyle, told reporters on Friday that the mechanics\' demand of a 25 per cent raise would "put the airline out of business."\n'
    ),
    gold=[
        ('it had "no choice" but to park most of its fleet', 'Prairie Air', 'indirect', ['the airline']),
        ('no choice', 'Prairie Air', 'partial', ['the airline']),
        ('the company had walked away from talks on Thursday night', 'Aircraft Mechanics Fraternal Association', 'indirect'),
        ('We gave them every chance. They wanted a strike,', 'Dana Mercier', 'direct'),
        ('he was monitoring the situation closely', 'Steven MacKinnon', 'indirect'),
        ('Nobody can tell us anything. The app just says cancelled,', 'Karen Whitfield', 'direct'),
        ('the mechanics\' demand of a 25 per cent raise would "put the airline out of business."', 'Mark Doyle', 'indirect'),
        ('put the airline out of business.', 'Mark Doyle', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n115-crime-missing',
    split='heldout17',
    text=(
        'Search for missing Whitehorse woman enters second week\n'
        '\n'
        "WHITEHORSE — Volunteers and RCMP officers are widening the search for a 31-year-old woman who has not been seen since she left a friend's home in Riverdale on Oct. 4.\n"
        '\n'
        "Tanya Silverfox's family says she would never go this long without calling her young son.\n"
        '\n'
        'Her sister, Melanie Silverfox, has organized daily searches along the Yukon River trails.\n'
        '\n'
        '"We are not giving up. Somebody knows something," she said Monday.\n'
        '\n'
        "Cpl. Natalie Rivers said investigators had reviewed video from businesses near the friend's home and were treating the disappearance as suspicious.\n"
        '\n'
        'She would not say whether police had identified any suspects.\n'
        '\n'
        'Melanie Silverfox said her sister had struggled with addiction but had been sober for two years. "She was doing so well," she said.\n'
    ),
    gold=[
        ('she would never go this long without calling her young son', "Tanya Silverfox's family", 'indirect', ['her family', 'family']),
        ('We are not giving up. Somebody knows something,', 'Melanie Silverfox', 'direct'),
        ("investigators had reviewed video from businesses near the friend's home and were treating the disappearance as suspicious", 'Natalie Rivers', 'indirect'),
        ('her sister had struggled with addiction but had been sober for two years', 'Melanie Silverfox', 'indirect'),
        ('She was doing so well,', 'Melanie Silverfox', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n116-sport-leafs',
    split='heldout18',
    text=(
        'Woll steady as Maple Leafs blank Canadiens\n'
        '\n'
        'TORONTO — Joseph Woll made 34 saves for his second shutout of the season, and Auston Matthews scored twice as the Toronto Maple Leafs beat the Montreal Canadiens 3-0 on Saturday night.\n'
        '\n'
        'Matthews opened the scoring on a power play midway through the first period, one-timing a pass from Mitch Marner past Sam Montembeault.\n'
        '\n'
        '"Mitch put it right in my wheelhouse. I just had to hit the net," Matthews said.\n'
        '\n'
        'Montembeault kept Montreal in the game with 29 saves. Coach Martin St. Louis said his goalie deserved better from the skaters in front of him.\n'
        '\n'
        '"Sam was our best player again. We didn\'t give him any help," St. Louis said.\n'
        '\n'
        'Woll, who missed three weeks with a groin injury in November, was sharpest in the third period, when the Canadiens outshot Toronto 15-4.\n'
        '\n'
        '"I felt good. The guys blocked a lot of shots for me," he said.\n'
        '\n'
        'Leafs coach Craig Berube praised his defence, especially Chris Tanev, who blocked five shots.\n'
        '\n'
        '"He plays the game the right way. He\'d block a shot with his face if he had to," Berube said.\n'
        '\n'
        'Tanev shrugged when told of the comment. "That\'s the job," he said.\n'
    ),
    gold=[
        ('Mitch put it right in my wheelhouse. I just had to hit the net,', 'Auston Matthews', 'direct'),
        ('his goalie deserved better from the skaters in front of him', 'Martin St. Louis', 'indirect'),
        ("Sam was our best player again. We didn't give him any help,", 'Martin St. Louis', 'direct'),
        ('I felt good. The guys blocked a lot of shots for me,', 'Joseph Woll', 'direct'),
        ("He plays the game the right way. He'd block a shot with his face if he had to,", 'Craig Berube', 'direct'),
        ("That's the job,", 'Chris Tanev', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n117-court-fraud',
    split='heldout18',
    text=(
        'Former bookkeeper gets three years for stealing from Winnipeg church\n'
        '\n'
        'WINNIPEG — A former bookkeeper who stole nearly $600,000 from a Winnipeg church over eight years was sentenced Friday to three years in prison.\n'
        '\n'
        'Linda Marchuk, 61, pleaded guilty in June to fraud over $5,000. She used the money to pay off credit cards and take trips to Las Vegas, court heard.\n'
        '\n'
        'Crown attorney Michelle Rose told the court Marchuk had exploited the trust of a congregation that treated her like family.\n'
        '\n'
        '"This was not a moment of weakness. It was a plan, carried out month after month," Rose said.\n'
        '\n'
        "Marchuk's lawyer, Sarah Inness, said her client had a gambling addiction and had begun treatment.\n"
        '\n'
        '"She is ashamed. She knows she can never fully repay these people," Inness said.\n'
        '\n'
        'Provincial court Judge Anne Krahn said the addiction did not excuse the length of the scheme.\n'
        '\n'
        "The church's pastor, Rev. Tom Hiebert, said outside court that the congregation had forgiven Marchuk but that the loss had forced it to cut its food bank.\n"
        '\n'
        '"We pray for her. We also had to tell families we could not feed them," he said.\n'
    ),
    gold=[
        ('Marchuk had exploited the trust of a congregation that treated her like family', 'Michelle Rose', 'indirect'),
        ('This was not a moment of weakness. It was a plan, carried out month after month,', 'Michelle Rose', 'direct'),
        ('her client had a gambling addiction and had begun treatment', 'Sarah Inness', 'indirect'),
        ('She is ashamed. She knows she can never fully repay these people,', 'Sarah Inness', 'direct'),
        ('the addiction did not excuse the length of the scheme', 'Anne Krahn', 'indirect'),
        ('the congregation had forgiven Marchuk but that the loss had forced it to cut its food bank', 'Tom Hiebert', 'indirect'),
        ('We pray for her. We also had to tell families we could not feed them,', 'Tom Hiebert', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n118-politics-debate',
    split='heldout18',
    text=(
        'Rubio and Cruz trade attacks as Trump stays above the fray\n'
        '\n'
        "HOUSTON — Marco Rubio and Ted Cruz spent much of Thursday night's Republican debate attacking each other, while Donald Trump, the front-runner, largely escaped their fire.\n"
        '\n'
        'Rubio accused Cruz of supporting "amnesty" for undocumented immigrants in 2013, a charge Cruz called "a flat-out lie."\n'
        '\n'
        '"Marco, you stood with Chuck Schumer and Barack Obama on the Gang of Eight bill," Cruz said. "I stood with Jeff Sessions."\n'
        '\n'
        'Rubio shot back that Cruz had supported legal status in an amendment he offered during the Senate debate.\n'
        '\n'
        '"You can\'t rewrite history, Ted. It\'s on video," he said.\n'
        '\n'
        'Trump, who stood between the two senators, mostly watched.\n'
        '\n'
        '"These guys are going to kill each other, and that\'s fine with me," he told reporters afterward.\n'
        '\n'
        'Cruz\'s campaign manager, Jeff Roe, said the senator had "won the night" and predicted a strong finish in Texas on Tuesday.\n'
    ),
    gold=[
        ('amnesty', 'Marco Rubio', 'partial'),
        ('a flat-out lie.', 'Ted Cruz', 'partial'),
        ('Marco, you stood with Chuck Schumer and Barack Obama on the Gang of Eight bill,', 'Ted Cruz', 'direct'),
        ('I stood with Jeff Sessions.', 'Ted Cruz', 'direct'),
        ('Cruz had supported legal status in an amendment he offered during the Senate debate', 'Marco Rubio', 'indirect'),
        ("You can't rewrite history, Ted. It's on video,", 'Marco Rubio', 'direct'),
        ("These guys are going to kill each other, and that's fine with me,", 'Donald Trump', 'direct'),
        ('the senator had "won the night"', 'Jeff Roe', 'indirect'),
        ('won the night', 'Jeff Roe', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n119-feature-twins',
    split='heldout18',
    text=(
        'Twin sisters run rival bakeries on the same Moncton street\n'
        '\n'
        'MONCTON, N.B. — On one side of Main Street, Chantal Cormier sells croissants. Directly across, her twin sister Sylvie sells them too.\n'
        '\n'
        'The sisters opened their bakeries within a month of each other in 2019, after a falling-out over a family recipe for sugar pie.\n'
        '\n'
        '"People think it\'s a joke. It isn\'t," Chantal says.\n'
        '\n'
        'Sylvie, who is older by 11 minutes, tells the story differently.\n'
        '\n'
        '"She wanted to change Maman\'s recipe. I didn\'t. That\'s all," she says.\n'
        '\n'
        'Their mother, Lucie Cormier, 84, buys bread from both.\n'
        '\n'
        '"I go to Chantal on Mondays and Sylvie on Thursdays. Nobody is jealous," she says, laughing. "Well, a little."\n'
        '\n'
        'Customers say the rivalry has been good for business. Marc LeBlanc, who has lived on Main Street for 30 years, says he has never eaten so well.\n'
        '\n'
        '"I buy from both and I tell neither," he says.\n'
    ),
    gold=[
        ("People think it's a joke. It isn't,", 'Chantal Cormier', 'direct'),
        ("She wanted to change Maman's recipe. I didn't. That's all,", 'Sylvie', 'direct', ['Sylvie Cormier']),
        ('I go to Chantal on Mondays and Sylvie on Thursdays. Nobody is jealous,', 'Lucie Cormier', 'direct'),
        ('Well, a little.', 'Lucie Cormier', 'direct'),
        ('the rivalry has been good for business', 'customers', 'indirect'),
        ('he has never eaten so well', 'Marc LeBlanc', 'indirect'),
        ('I buy from both and I tell neither,', 'Marc LeBlanc', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n120-business-bank',
    split='heldout18',
    text=(
        'TD profit falls as bank sets aside more for bad loans\n'
        '\n'
        'TORONTO — Toronto-Dominion Bank said Thursday its fourth-quarter profit fell 25 per cent as it set aside more money to cover loans that may go bad.\n'
        '\n'
        'The bank earned $2.87 billion in the quarter, down from $3.82 billion a year earlier.\n'
        '\n'
        'Chief executive Raymond Chun told analysts the bank was "resetting" after a year in which it pleaded guilty to failing to stop money laundering in the United States.\n'
        '\n'
        '"We are not where we want to be. We will get there," Chun said.\n'
        '\n'
        'TD set aside $1.1 billion for credit losses, up from $880 million. Chief risk officer Ajai Bambawale said the increase reflected higher unemployment and more Canadians falling behind on credit card payments.\n'
        '\n'
        '"The consumer is under pressure, particularly younger Canadians with variable-rate mortgages," he said.\n'
        '\n'
        'Analyst Meny Grauman of Scotiabank called the results "messy but not alarming."\n'
    ),
    gold=[
        ('its fourth-quarter profit fell 25 per cent as it set aside more money to cover loans that may go bad', 'Toronto-Dominion Bank', 'indirect', ['TD']),
        ('the bank was "resetting" after a year in which it pleaded guilty to failing to stop money laundering in the United States', 'Raymond Chun', 'indirect'),
        ('resetting', 'Raymond Chun', 'partial'),
        ('We are not where we want to be. We will get there,', 'Raymond Chun', 'direct'),
        ('the increase reflected higher unemployment and more Canadians falling behind on credit card payments', 'Ajai Bambawale', 'indirect'),
        ('The consumer is under pressure, particularly younger Canadians with variable-rate mortgages,', 'Ajai Bambawale', 'direct'),
        ('messy but not alarming.', 'Meny Grauman', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n121-local-flood',
    split='heldout18',
    text=(
        'Flood forces 2,000 from homes in Merritt\n'
        '\n'
        'MERRITT, B.C. — About 2,000 residents of Merritt were ordered out of their homes Monday as the Coldwater River rose over its banks for the second time in three years.\n'
        '\n'
        'Mayor Mike Goetz said the city had been told by provincial forecasters to expect the river to crest overnight.\n'
        '\n'
        '"We have been through this before. We know what to do, and we are doing it," he said.\n'
        '\n'
        'Emergency Management Minister Kelly Greene, who flew over the area Monday afternoon, said the province would cover the cost of hotel rooms for evacuees.\n'
        '\n'
        'Resident Donna Pratt, 67, was loading photo albums into her car when the order came.\n'
        '\n'
        '"Last time I lost everything in the basement. This time I\'m not waiting," she said.\n'
        '\n'
        'Her neighbour, Gurpreet Dhillon, said he would stay to run pumps until police made him leave.\n'
        '\n'
        '"Somebody has to keep the water out," Dhillon said.\n'
    ),
    gold=[
        ('the city had been told by provincial forecasters to expect the river to crest overnight', 'Mike Goetz', 'indirect'),
        ('We have been through this before. We know what to do, and we are doing it,', 'Mike Goetz', 'direct'),
        ('the province would cover the cost of hotel rooms for evacuees', 'Kelly Greene', 'indirect'),
        ("Last time I lost everything in the basement. This time I'm not waiting,", 'Donna Pratt', 'direct'),
        ('he would stay to run pumps until police made him leave', 'Gurpreet Dhillon', 'indirect'),
        ('Somebody has to keep the water out,', 'Gurpreet Dhillon', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n122-sport-cfl',
    split='heldout19',
    text=(
        'Alouettes edge Argonauts as Fajardo finds Philpot late\n'
        '\n'
        'MONTREAL — Cody Fajardo threw a 31-yard touchdown pass to Tyson Philpot with 48 seconds left, and the Montreal Alouettes beat the Toronto Argonauts 24-20 on Saturday to clinch first place in the East Division.\n'
        '\n'
        'Philpot, who had dropped two passes earlier in the game, beat cornerback Jamal Peters on a post route.\n'
        '\n'
        '"I owed him one. I owed the whole team one," Philpot said.\n'
        '\n'
        'Argonauts coach Ryan Dinwiddie scolded his defence for a busted coverage on the winning play.\n'
        '\n'
        '"We had a guy in the wrong spot. That\'s on us as coaches, and it\'s on the player," Dinwiddie said.\n'
        '\n'
        'Fajardo, a former Saskatchewan Roughrider, completed 22 of 30 passes for 287 yards. The 32-year-old said he never doubted the call.\n'
        '\n'
        '"Coach told me to take a shot. You don\'t get that chance twice," he said.\n'
        '\n'
        'Toronto quarterback Nick Arbuckle, asked about the final drive, blurted out a single word: "Brutal."\n'
        '\n'
        'Montreal coach Jason Maas said his team had learned to win close games after losing three of them in September.\n'
        '\n'
        '"We grew up a little tonight," Maas said.\n'
    ),
    gold=[
        ('I owed him one. I owed the whole team one,', 'Tyson Philpot', 'direct'),
        ("We had a guy in the wrong spot. That's on us as coaches, and it's on the player,", 'Ryan Dinwiddie', 'direct'),
        ('he never doubted the call', 'Cody Fajardo', 'indirect'),
        ("Coach told me to take a shot. You don't get that chance twice,", 'Cody Fajardo', 'direct'),
        ('Brutal.', 'Nick Arbuckle', 'direct'),
        ('his team had learned to win close games after losing three of them in September', 'Jason Maas', 'indirect'),
        ('We grew up a little tonight,', 'Jason Maas', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n123-court-condo',
    split='heldout19',
    text=(
        'Condo buyers win $3.2-million judgment against Vaughan developer\n'
        '\n'
        'TORONTO — An Ontario judge has ordered a Vaughan developer to pay $3.2 million to 41 people who bought units in a condominium tower that was never built.\n'
        '\n'
        'Justice Carolyn Steele found that Greenpark Heights Ltd. had misled buyers about the status of its building permit for more than two years.\n'
        '\n'
        "The buyers' lawyer, Priya Venkatesh, said her clients had waited six years for the ruling.\n"
        '\n'
        '"Some of them gave up on owning a home in that time. Some of them moved away," Venkatesh said. "This money doesn\'t give them those years back."\n'
        '\n'
        'One of the buyers, retired nurse Helen Dacosta, had put down $78,000 in 2018.\n'
        '\n'
        '"I was told it was a sure thing," she said. "The sales agent showed me the view from my balcony on an iPad."\n'
        '\n'
        'Greenpark, which has built more than 20 towers north of Toronto, said in a statement that it was reviewing the decision and had not decided whether to appeal.\n'
        '\n'
        'Its president, Marco Lattanzio, did not respond to a request for comment.\n'
    ),
    gold=[
        ('Greenpark Heights Ltd. had misled buyers about the status of its building permit for more than two years', 'Carolyn Steele', 'indirect'),
        ('her clients had waited six years for the ruling', 'Priya Venkatesh', 'indirect'),
        ('Some of them gave up on owning a home in that time. Some of them moved away,', 'Priya Venkatesh', 'direct'),
        ("This money doesn't give them those years back.", 'Priya Venkatesh', 'direct'),
        ('I was told it was a sure thing,', 'Helen Dacosta', 'direct'),
        ('The sales agent showed me the view from my balcony on an iPad.', 'Helen Dacosta', 'direct'),
        ('it was reviewing the decision and had not decided whether to appeal', 'Greenpark Heights Ltd.', 'indirect', ['Greenpark']),
    ],
))
ARTICLES.append(dict(
    id='n124-crime-standoff',
    split='heldout19',
    text=(
        'Man in custody after 14-hour standoff in north Edmonton\n'
        '\n'
        'EDMONTON — A 44-year-old man was taken into custody Wednesday morning after barricading himself inside a house in the Lago Lindo neighbourhood for more than 14 hours, Edmonton police said.\n'
        '\n'
        'Officers were called to the home shortly after 6 p.m. Tuesday for a report of a man with a gun, according to police. Nearby residents were told to stay inside.\n'
        '\n'
        'Acting Insp. Dean Hoffmann told reporters that negotiators had spoken with the man through the night and that no shots were fired.\n'
        '\n'
        '"Our priority was that everybody goes home safe, including him," Hoffmann said. "Patience is a tactic."\n'
        '\n'
        'Neighbour Rosa Villanueva watched from her front window as officers in tactical gear moved along the street.\n'
        '\n'
        '"My kids slept in the basement. I didn\'t sleep at all," she said.\n'
        '\n'
        'Another neighbour, who gave his name only as Ken, said the man had lived in the house for about a year and kept to himself.\n'
        '\n'
        'Charges are expected to be laid later this week.\n'
    ),
    gold=[
        ('A 44-year-old man was taken into custody Wednesday morning after barricading himself inside a house in the Lago Lindo neighbourhood for more than 14 hours', 'Edmonton police', 'indirect', ['police']),
        ('Officers were called to the home shortly after 6 p.m. Tuesday for a report of a man with a gun', 'police', 'indirect', ['Edmonton police']),
        ('negotiators had spoken with the man through the night and that no shots were fired', 'Dean Hoffmann', 'indirect'),
        ('Our priority was that everybody goes home safe, including him,', 'Dean Hoffmann', 'direct'),
        ('Patience is a tactic.', 'Dean Hoffmann', 'direct'),
        ("My kids slept in the basement. I didn't sleep at all,", 'Rosa Villanueva', 'direct'),
        ('the man had lived in the house for about a year and kept to himself', 'Ken', 'indirect', ['Another neighbour', 'another neighbour']),
    ],
))
ARTICLES.append(dict(
    id='n125-politics-question-period',
    split='heldout19',
    text=(
        'Smith and Nenshi clash over hospital wait times in legislature\n'
        '\n'
        'EDMONTON — Premier Danielle Smith and NDP Leader Naheed Nenshi traded accusations over emergency room wait times during a heated question period Thursday.\n'
        '\n'
        'Nenshi pointed to a report that found patients at the Royal Alexandra Hospital waited an average of 11 hours to see a doctor in October.\n'
        '\n'
        '"The premier promised to fix health care in 90 days. It has been two years," he said.\n'
        '\n'
        'Smith fired back that the NDP had left the system "in a shambles" when it lost power in 2019.\n'
        '\n'
        '"We are hiring more nurses than any government in the province\'s history," she said.\n'
        '\n'
        "Health Minister Adriana LaGrange echoed the premier, telling the house that wait times had fallen at nine of the province's 15 largest hospitals.\n"
        '\n'
        'Outside the chamber, Dr. Paul Parks, a former president of the Alberta Medical Association, said neither leader was telling the whole story.\n'
        '\n'
        'His view is blunt: "The numbers go up and down. The hallways are still full."\n'
    ),
    gold=[
        ('patients at the Royal Alexandra Hospital waited an average of 11 hours to see a doctor in October', 'a report', 'indirect'),
        ('The premier promised to fix health care in 90 days. It has been two years,', 'Naheed Nenshi', 'direct'),
        ('the NDP had left the system "in a shambles" when it lost power in 2019', 'Danielle Smith', 'indirect'),
        ('in a shambles', 'Danielle Smith', 'partial'),
        ("We are hiring more nurses than any government in the province's history,", 'Danielle Smith', 'direct'),
        ("wait times had fallen at nine of the province's 15 largest hospitals", 'Adriana LaGrange', 'indirect'),
        ('neither leader was telling the whole story', 'Paul Parks', 'indirect'),
        ('The numbers go up and down. The hallways are still full.', 'Paul Parks', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n126-business-potash',
    split='heldout19',
    text=(
        'Nutrien to idle Saskatchewan mine, lay off 300\n'
        '\n'
        'SASKATOON — Nutrien Ltd. will idle its Vanscoy potash mine for at least six months starting in January, putting about 300 people out of work, the company said Tuesday.\n'
        '\n'
        "The world's largest potash producer blamed weak prices and high inventories, and said it would shift production to its lower-cost mines near Rocanville.\n"
        '\n'
        'Chief executive Ken Seitz told analysts on a conference call that the decision was "painful but necessary."\n'
        '\n'
        '"We have to match supply to what the market will take," Seitz said.\n'
        '\n'
        'Scott Doherty, executive assistant to the national president of Unifor, said the union would fight to keep workers on the payroll.\n'
        '\n'
        '"These are good jobs in a small town. You don\'t just switch them off and on," Doherty said.\n'
        '\n'
        "Vanscoy Mayor Dale Thoms said about a third of the village's households had someone working at the mine.\n"
        '\n'
        'He says: "Everybody here knows somebody who works out there. Everybody."\n'
        '\n'
        'Shares of Nutrien rose 2 per cent on the Toronto Stock Exchange.\n'
    ),
    gold=[
        ('Nutrien Ltd. will idle its Vanscoy potash mine for at least six months starting in January, putting about 300 people out of work', 'Nutrien Ltd.', 'indirect', ['Nutrien', 'the company']),
        ('it would shift production to its lower-cost mines near Rocanville', 'Nutrien Ltd.', 'indirect', ['Nutrien', "The world's largest potash producer"]),
        ('the decision was "painful but necessary."', 'Ken Seitz', 'indirect'),
        ('painful but necessary.', 'Ken Seitz', 'partial'),
        ('We have to match supply to what the market will take,', 'Ken Seitz', 'direct'),
        ('the union would fight to keep workers on the payroll', 'Scott Doherty', 'indirect'),
        ("These are good jobs in a small town. You don't just switch them off and on,", 'Scott Doherty', 'direct'),
        ("about a third of the village's households had someone working at the mine", 'Dale Thoms', 'indirect'),
        ('Everybody here knows somebody who works out there. Everybody.', 'Dale Thoms', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n127-feature-swimmer',
    split='heldout19',
    text=(
        'At 97, she still swims a kilometre before breakfast\n'
        '\n'
        'KELOWNA, B.C. — Most mornings at 6 a.m., Margaret Yee lowers herself into the pool at the Parkinson Recreation Centre and swims 40 lengths.\n'
        '\n'
        "She took up swimming at 71, after her husband died, because a friend from church dragged her to a seniors' class.\n"
        '\n'
        '"I couldn\'t put my face in the water. I was terrified of it," Yee says.\n'
        '\n'
        'Her coach, Janet Morrow, has trained swimmers for 30 years. She says Yee is the most stubborn athlete she has ever worked with.\n'
        '\n'
        '"If I tell her to do eight lengths of backstroke, she does ten, then tells me I counted wrong," Morrow says.\n'
        '\n'
        'Last month Yee set a Canadian record for women 95 and older in the 400-metre freestyle.\n'
        '\n'
        'Her daughter, Lorraine, drives her to the pool on weekends and admits she cannot keep up.\n'
        '\n'
        '"Mom laps me. It\'s humbling," she says.\n'
        '\n'
        'Yee shrugs off the attention. "I just don\'t want to sit in a chair," she says.\n'
    ),
    gold=[
        ("I couldn't put my face in the water. I was terrified of it,", 'Margaret Yee', 'direct'),
        ('Yee is the most stubborn athlete she has ever worked with', 'Janet Morrow', 'indirect'),
        ('If I tell her to do eight lengths of backstroke, she does ten, then tells me I counted wrong,', 'Janet Morrow', 'direct'),
        ('she cannot keep up', 'Lorraine', 'indirect', ['Lorraine Yee']),
        ("Mom laps me. It's humbling,", 'Lorraine', 'direct', ['Lorraine Yee']),
        ("I just don't want to sit in a chair,", 'Margaret Yee', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n128-sport-raptors',
    split='heldout20',
    text=(
        'Barnes, Quickley lead Raptors past Bulls\n'
        '\n'
        'TORONTO — Scottie Barnes had 28 points and 11 rebounds, Immanuel Quickley added 24, and the Toronto Raptors beat the Chicago Bulls 121-109 on Wednesday night.\n'
        '\n'
        'RJ Barrett scored 19 for Toronto, which has won four of its last five games. Zach LaVine led Chicago with 31.\n'
        '\n'
        'Barnes scored 12 points in the third quarter as the Raptors turned a three-point halftime deficit into a 14-point lead.\n'
        '\n'
        '"We came out with a different energy. Coach got on us at halftime, and he was right to," Barnes said.\n'
        '\n'
        'Raptors coach Darko Rajakovic said his team had finally started to defend the way he wanted.\n'
        '\n'
        '"When we defend like that, we can play with anybody," Rajakovic said. "The challenge is doing it every night."\n'
        '\n'
        'Quickley, who missed six games with a hand injury, said he felt no pain.\n'
        '\n'
        '"It\'s good to be back. I was going crazy watching," he said.\n'
        '\n'
        "Bulls coach Billy Donovan lamented his team's 19 turnovers.\n"
        '\n'
        '"You can\'t give a team like that extra possessions," Donovan said. "We did it all night."\n'
    ),
    gold=[
        ('We came out with a different energy. Coach got on us at halftime, and he was right to,', 'Scottie Barnes', 'direct'),
        ('his team had finally started to defend the way he wanted', 'Darko Rajakovic', 'indirect'),
        ('When we defend like that, we can play with anybody,', 'Darko Rajakovic', 'direct'),
        ('The challenge is doing it every night.', 'Darko Rajakovic', 'direct'),
        ('he felt no pain', 'Immanuel Quickley', 'indirect'),
        ("It's good to be back. I was going crazy watching,", 'Immanuel Quickley', 'direct'),
        ("You can't give a team like that extra possessions,", 'Billy Donovan', 'direct'),
        ('We did it all night.', 'Billy Donovan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n129-court-impaired',
    split='heldout20',
    text=(
        'Driver who killed cyclist gets four years\n'
        '\n'
        'LONDON, Ont. — A London man who was drunk when he struck and killed a cyclist on Wharncliffe Road last year was sentenced Tuesday to four years in prison.\n'
        '\n'
        'Tyler Brock, 29, pleaded guilty in September to impaired driving causing death. His blood-alcohol level was nearly three times the legal limit, court heard.\n'
        '\n'
        'The cyclist, 52-year-old Mei Lin Zhou, was a nurse at Victoria Hospital and a mother of two.\n'
        '\n'
        'Her husband, Wei Zhou, read a victim impact statement in a quiet voice.\n'
        '\n'
        '"My daughters ask me every day when their mother is coming home. I do not know what to tell them," he said.\n'
        '\n'
        'Superior Court Justice Mark Haines said Brock had shown genuine remorse but that deterrence had to come first.\n'
        '\n'
        '"Every person who drives after drinking is making a choice to gamble with someone else\'s life," the judge said.\n'
        '\n'
        'Defence lawyer Rachel Kim had asked for a sentence of two and a half years, arguing that her client had no record and had stopped drinking.\n'
        '\n'
        'Brock apologized to the family before the sentence was read. "I will carry this for the rest of my life," he said.\n'
    ),
    gold=[
        ('My daughters ask me every day when their mother is coming home. I do not know what to tell them,', 'Wei Zhou', 'direct'),
        ('Brock had shown genuine remorse but that deterrence had to come first', 'Mark Haines', 'indirect'),
        ("Every person who drives after drinking is making a choice to gamble with someone else's life,", 'Mark Haines', 'direct'),
        ('her client had no record and had stopped drinking', 'Rachel Kim', 'indirect'),
        ('I will carry this for the rest of my life,', 'Tyler Brock', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n130-crime-crash',
    split='heldout20',
    text=(
        'Two dead after pickup truck crosses centre line on Highway 16\n'
        '\n'
        'HINTON, Alta. — Two people are dead after a pickup truck crossed the centre line of Highway 16 west of Hinton and collided with a minivan Sunday afternoon, RCMP said.\n'
        '\n'
        'The driver of the pickup, a 38-year-old man from Edson, and a passenger in the minivan, a 70-year-old woman from Jasper, died at the scene, according to a police news release.\n'
        '\n'
        'Three other people in the minivan were taken to hospital in Edmonton with serious injuries.\n'
        '\n'
        'Cpl. Amanda Reeves said in an email that investigators were still trying to determine why the truck crossed into oncoming traffic.\n'
        '\n'
        '"Speed and weather may have been factors, but it is too early to say," Reeves said.\n'
        '\n'
        'The highway was closed for about seven hours while collision analysts examined the scene.\n'
        '\n'
        'Hinton Mayor Trevor Haas said the stretch of road had seen too many serious crashes.\n'
        '\n'
        '"People have been asking for a divided highway here for twenty years," he said.\n'
    ),
    gold=[
        ('Two people are dead after a pickup truck crossed the centre line of Highway 16 west of Hinton and collided with a minivan Sunday afternoon', 'RCMP', 'indirect'),
        ('The driver of the pickup, a 38-year-old man from Edson, and a passenger in the minivan, a 70-year-old woman from Jasper, died at the scene', 'a police news release', 'indirect', ['police', 'RCMP']),
        ('investigators were still trying to determine why the truck crossed into oncoming traffic', 'Amanda Reeves', 'indirect'),
        ('Speed and weather may have been factors, but it is too early to say,', 'Amanda Reeves', 'direct'),
        ('the stretch of road had seen too many serious crashes', 'Trevor Haas', 'indirect'),
        ('People have been asking for a divided highway here for twenty years,', 'Trevor Haas', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n131-politics-senate',
    split='heldout20',
    text=(
        'Senate passes stopgap bill hours before shutdown deadline\n'
        '\n'
        'WASHINGTON — The Senate passed a short-term spending bill late Friday, averting a government shutdown hours before funding was set to expire.\n'
        '\n'
        'The bill, which keeps the government open through March 14, passed 77-19 after Democrats dropped their demand for a vote on disaster aid.\n'
        '\n'
        'Senate Majority Leader Chuck Schumer told reporters that the outcome was "not what anybody wanted, but what the country needed."\n'
        '\n'
        'Republican leader Mitch McConnell, R-Ky., said the bill would give appropriators time to finish their work.\n'
        '\n'
        '"Nobody should be proud of governing this way," McConnell said on the Senate floor.\n'
        '\n'
        'Sen. Rand Paul, R-Ky., who voted against the bill, called it "another chapter in the same sad book."\n'
        '\n'
        'A spokesperson for the White House said President Biden would sign the measure Saturday.\n'
    ),
    gold=[
        ('the outcome was "not what anybody wanted, but what the country needed."', 'Chuck Schumer', 'indirect'),
        ('not what anybody wanted, but what the country needed.', 'Chuck Schumer', 'partial'),
        ('the bill would give appropriators time to finish their work', 'Mitch McConnell', 'indirect'),
        ('Nobody should be proud of governing this way,', 'Mitch McConnell', 'direct'),
        ('another chapter in the same sad book.', 'Rand Paul', 'partial'),
        ('President Biden would sign the measure Saturday', 'A spokesperson for the White House', 'indirect', ['a spokesperson for the White House', 'White House', 'the White House']),
    ],
))
ARTICLES.append(dict(
    id='n132-business-shopify',
    split='heldout20',
    text=(
        'Shopify shares jump as merchants lift sales\n'
        '\n'
        'OTTAWA — Shopify Inc. reported a stronger-than-expected fourth quarter on Tuesday, sending its shares up 12 per cent, as merchants on its platform sold more during the holidays.\n'
        '\n'
        'The Ottawa-based e-commerce company said revenue rose 31 per cent to $2.8 billion (U.S.).\n'
        '\n'
        'President Harley Finkelstein told analysts on a conference call that more large brands were moving to Shopify from older software.\n'
        '\n'
        '"The biggest brands in the world are choosing us, and they are staying," he said.\n'
        '\n'
        'Chief financial officer Jeff Hoffmeister said the company expected revenue growth in the high twenties for the first quarter.\n'
        '\n'
        'Analyst Maria Ripps of Canaccord Genuity said the results showed Shopify was taking market share even as consumer spending slowed.\n'
        '\n'
        '"This was a clean beat," she wrote in a note to clients.\n'
    ),
    gold=[
        ('revenue rose 31 per cent to $2.8 billion (U.S.)', 'Shopify Inc.', 'indirect', ['The Ottawa-based e-commerce company', 'Shopify']),
        ('more large brands were moving to Shopify from older software', 'Harley Finkelstein', 'indirect'),
        ('The biggest brands in the world are choosing us, and they are staying,', 'Harley Finkelstein', 'direct'),
        ('the company expected revenue growth in the high twenties for the first quarter', 'Jeff Hoffmeister', 'indirect'),
        ('the results showed Shopify was taking market share even as consumer spending slowed', 'Maria Ripps', 'indirect'),
        ('This was a clean beat,', 'Maria Ripps', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n133-feature-farm',
    split='heldout20',
    text=(
        'A Prairie farm family bets on lentils\n'
        '\n'
        "ROSETOWN, Sask. — When Karen Olson and her husband, Doug, took over his parents' farm in 1994, they grew wheat and canola like everyone else.\n"
        '\n'
        'Today half of their 4,000 acres is in lentils and chickpeas, and Karen keeps the books on a laptop in the kitchen.\n'
        '\n'
        '"Doug thought I was crazy. His dad thought I was crazier," she says, laughing.\n'
        '\n'
        'Doug admits he fought the change for years.\n'
        '\n'
        '"I liked wheat. I knew wheat. Pulses were a gamble," he says.\n'
        '\n'
        'Their son, Eric, 26, came home from university in Saskatoon to farm with them three years ago.\n'
        '\n'
        'He says the next gamble will be on drones to scout the fields.\n'
        '\n'
        '"Mom will say yes. Dad will say no. Then Dad will say yes," Eric says.\n'
    ),
    gold=[
        ('Doug thought I was crazy. His dad thought I was crazier,', 'Karen Olson', 'direct'),
        ('he fought the change for years', 'Doug', 'indirect', ['Doug Olson']),
        ('I liked wheat. I knew wheat. Pulses were a gamble,', 'Doug', 'direct', ['Doug Olson']),
        ('the next gamble will be on drones to scout the fields', 'Eric', 'indirect', ['Eric Olson']),
        ('Mom will say yes. Dad will say no. Then Dad will say yes,', 'Eric', 'direct', ['Eric Olson']),
    ],
))
ARTICLES.append(dict(
    id='n134-sport-curling',
    split='heldout21',
    text=(
        'Homan rink wins Scotties final in extra end\n'
        '\n'
        "CALGARY — Rachel Homan made a draw to the button in an extra end Sunday to beat Kerri Einarson 7-6 and win her fourth Canadian women's curling title.\n"
        '\n'
        "Einarson, the four-time defending champion, had tied the game with two in the 10th end after Homan's last rock over-curled.\n"
        '\n'
        '"I thought we had it in 10. Then Kerri made an unbelievable shot," Homan said. "You just have to reset."\n'
        '\n'
        'Einarson was gracious in defeat but admitted the loss stung.\n'
        '\n'
        '"Rachel deserved it. She played better all week," she said. "But it\'s going to hurt for a while."\n'
        '\n'
        "Homan's third, Tracy Fleury, said the team had talked all season about finishing games.\n"
        '\n'
        '"We lost two finals last year in the last end. Not this time," Fleury said.\n'
        '\n'
        'The win sends Homan to the world championship in Sydney, N.S., next month. The veteran skip said she would take a few days off first.\n'
    ),
    gold=[
        ('I thought we had it in 10. Then Kerri made an unbelievable shot,', 'Rachel Homan', 'direct'),
        ('You just have to reset.', 'Rachel Homan', 'direct'),
        ('the loss stung', 'Kerri Einarson', 'indirect'),
        ('Rachel deserved it. She played better all week,', 'Kerri Einarson', 'direct'),
        ("But it's going to hurt for a while.", 'Kerri Einarson', 'direct'),
        ('the team had talked all season about finishing games', 'Tracy Fleury', 'indirect'),
        ('We lost two finals last year in the last end. Not this time,', 'Tracy Fleury', 'direct'),
        ('she would take a few days off first', 'Rachel Homan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n135-crime-robbery',
    split='heldout21',
    text=(
        'Two men charged after armed robbery at Regina convenience store\n'
        '\n'
        'REGINA — Two men have been charged after a convenience store clerk was threatened with a knife early Saturday, Regina police say.\n'
        '\n'
        'Officers arrested Dylan Cote, 22, and Marcus Bear, 31, a few blocks from the store on Dewdney Avenue about 20 minutes after the robbery.\n'
        '\n'
        'Police say Cote held the knife while Bear took cash and cigarettes from behind the counter.\n'
        '\n'
        'The clerk, Harpreet Gill, was not hurt.\n'
        '\n'
        '"He kept saying, \'Don\'t move, don\'t move.\' I just put my hands up," Gill said Monday.\n'
        '\n'
        'Store owner Jaswinder Sandhu said it was the third robbery at the store this year.\n'
        '\n'
        '"We are thinking about closing at midnight now. It is not worth it," he said.\n'
        '\n'
        "Cote and Bear made their first court appearance Monday. Bear's lawyer, Tom Friesen, said his client intends to plead not guilty.\n"
    ),
    gold=[
        ('Two men have been charged after a convenience store clerk was threatened with a knife early Saturday', 'Regina police', 'indirect', ['police']),
        ('Cote held the knife while Bear took cash and cigarettes from behind the counter', 'Police', 'indirect', ['police', 'Regina police']),
        ("He kept saying, 'Don't move, don't move.' I just put my hands up,", 'Harpreet Gill', 'direct'),
        ('it was the third robbery at the store this year', 'Jaswinder Sandhu', 'indirect'),
        ('We are thinking about closing at midnight now. It is not worth it,', 'Jaswinder Sandhu', 'direct'),
        ('his client intends to plead not guilty', 'Tom Friesen', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n136-politics-maverick',
    split='heldout21',
    text=(
        'Independent MLA launches bid for Vancouver mayor\n'
        '\n'
        "VANCOUVER — Independent MLA Adam Walker announced Wednesday that he will run for mayor of Vancouver, promising to cut the city's permit wait times in half.\n"
        '\n'
        'The bow-tied former lawyer, who left the NDP caucus last spring after a dispute over housing policy, said he was tired of watching the city "say no to everything."\n'
        '\n'
        '"Vancouver doesn\'t have a money problem. It has a yes problem," Walker told supporters at a Kitsilano coffee shop.\n'
        '\n'
        "Mayor Ken Sim's office declined to comment on the announcement. A spokesperson for his party, ABC Vancouver, said in a statement that the mayor was focused on delivering on his commitments.\n"
        '\n'
        'Coun. Pete Fry, who has clashed with Sim on housing, said he welcomed the competition.\n'
        '\n'
        '"A real debate is good for the city," he said.\n'
    ),
    gold=[
        ('he will run for mayor of Vancouver', 'Adam Walker', 'indirect'),
        ('he was tired of watching the city "say no to everything."', 'Adam Walker', 'indirect'),
        ('say no to everything.', 'Adam Walker', 'partial'),
        ("Vancouver doesn't have a money problem. It has a yes problem,", 'Adam Walker', 'direct'),
        ('the mayor was focused on delivering on his commitments', 'A spokesperson for his party', 'indirect', ['ABC Vancouver', 'a spokesperson for his party', 'A spokesperson for his party, ABC Vancouver']),
        ('he welcomed the competition', 'Pete Fry', 'indirect'),
        ('A real debate is good for the city,', 'Pete Fry', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n137-business-grocer',
    split='heldout21',
    text=(
        'Loblaw profit rises as shoppers turn to discount stores\n'
        '\n'
        'BRAMPTON, Ont. — Loblaw Cos. Ltd. said Thursday its third-quarter profit rose 9 per cent as more shoppers bought groceries at its No Frills and Maxi discount stores.\n'
        '\n'
        "The country's largest grocer earned $794 million in the quarter, up from $726 million a year earlier.\n"
        '\n'
        'President Per Bank told analysts that customers were still "very careful" with their spending and were buying more of the company\'s house brands.\n'
        '\n'
        '"They are trading down, but they are not leaving us," Bank said.\n'
        '\n'
        'The results come as Loblaw faces a boycott organized by shoppers angry about food prices. Emily Reid, who runs an online group that helped organize the boycott, said the profit figures proved her point.\n'
        '\n'
        '"They are making more money than ever while families skip meals," she said.\n'
        '\n'
        "Loblaw chairman Galen Weston has previously said the company's margins on food are in line with those of other grocers.\n"
    ),
    gold=[
        ('its third-quarter profit rose 9 per cent as more shoppers bought groceries at its No Frills and Maxi discount stores', 'Loblaw Cos. Ltd.', 'indirect', ['Loblaw']),
        ('customers were still "very careful" with their spending and were buying more of the company\'s house brands', 'Per Bank', 'indirect'),
        ('very careful', 'Per Bank', 'partial'),
        ('They are trading down, but they are not leaving us,', 'Per Bank', 'direct'),
        ('the profit figures proved her point', 'Emily Reid', 'indirect'),
        ('They are making more money than ever while families skip meals,', 'Emily Reid', 'direct'),
        ("the company's margins on food are in line with those of other grocers", 'Galen Weston', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n138-court-assault',
    split='heldout21',
    text=(
        'Hockey coach acquitted of assaulting teen player\n'
        '\n'
        'SUDBURY, Ont. — A minor hockey coach accused of shoving a 15-year-old player into the boards during a practice has been found not guilty of assault.\n'
        '\n'
        'Justice Karen Hennessy said Thursday that the testimony of the player and his teammates was "sincere but inconsistent" on key points, including which hand the coach used.\n'
        '\n'
        'The coach, Brian Lacroix, 47, had testified that he grabbed the player by the jersey to stop a fight and never pushed him.\n'
        '\n'
        'His lawyer, Michael Lacasse, said outside court that the acquittal was the only fair result.\n'
        '\n'
        '"Mr. Lacroix has coached in this city for 20 years without a single complaint," Lacasse said. "His name has been dragged through the mud."\n'
        '\n'
        "The player's father, who cannot be named to protect his son's identity, said the family was disappointed.\n"
        '\n'
        '"My son told the truth. The system just didn\'t believe him," he said.\n'
    ),
    gold=[
        ('the testimony of the player and his teammates was "sincere but inconsistent" on key points, including which hand the coach used', 'Karen Hennessy', 'indirect'),
        ('sincere but inconsistent', 'Karen Hennessy', 'partial'),
        ('he grabbed the player by the jersey to stop a fight and never pushed him', 'Brian Lacroix', 'indirect'),
        ('the acquittal was the only fair result', 'Michael Lacasse', 'indirect'),
        ('Mr. Lacroix has coached in this city for 20 years without a single complaint,', 'Michael Lacasse', 'direct'),
        ('His name has been dragged through the mud.', 'Michael Lacasse', 'direct'),
        ('the family was disappointed', "The player's father", 'indirect', ["the player's father"]),
        ("My son told the truth. The system just didn't believe him,", "The player's father", 'direct', ["the player's father"]),
    ],
))
ARTICLES.append(dict(
    id='n139-feature-luthier',
    split='heldout21',
    text=(
        'A Cape Breton fiddle maker and the wood that waited 40 years\n'
        '\n'
        'MABOU, N.S. — In a workshop behind his house, Ronald MacIsaac is carving the scroll of his 212th fiddle from a piece of maple his father cut in 1984.\n'
        '\n'
        '"Dad said it would be ready when I was ready. I guess we both are," MacIsaac says.\n'
        '\n'
        'The 71-year-old learned the craft from an Italian luthier in Montreal in the 1970s, then came home to Mabou and never left.\n'
        '\n'
        'Fiddler Natalie MacMaster, who has played one of his instruments for 25 years, calls them "the sound of the island."\n'
        '\n'
        "Her husband, Donnell Leahy, also a fiddler, says MacIsaac's fiddles are loud enough for a dance hall and sweet enough for a funeral.\n"
        '\n'
        'MacIsaac shrugs at the praise.\n'
        '\n'
        '"I just make boxes that sing. The players do the rest," he says.\n'
    ),
    gold=[
        ('Dad said it would be ready when I was ready. I guess we both are,', 'Ronald MacIsaac', 'direct'),
        ('the sound of the island.', 'Natalie MacMaster', 'partial'),
        ("MacIsaac's fiddles are loud enough for a dance hall and sweet enough for a funeral", 'Donnell Leahy', 'indirect'),
        ('I just make boxes that sing. The players do the rest,', 'Ronald MacIsaac', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n140-sport-soccer',
    split='heldout22',
    text=(
        'Forge beat Cavalry on late header to reach CPL final\n'
        '\n'
        'HAMILTON — Kyle Bekker scored on a header in the 88th minute, and Forge FC beat Cavalry FC 2-1 on Sunday to reach the Canadian Premier League final for the fifth time.\n'
        '\n'
        'Cavalry had equalized in the 70th minute through Ali Musse, whose low shot went in off the post.\n'
        '\n'
        'Forge coach Bobby Smyrniotis said he never stopped believing his team would find a winner.\n'
        '\n'
        '"We have been here before. These guys know how to win games like this," he said.\n'
        '\n'
        'Bekker, the Forge captain, said the goal was the most important of his career.\n'
        '\n'
        '"I just closed my eyes and hoped," he said. "Honestly, I didn\'t see it go in."\n'
        '\n'
        "Cavalry coach Tommy Wheeldon Jr. scolded the referee after the final whistle, saying Forge's winner came from a corner that should have been a goal kick.\n"
        '\n'
        '"Everyone in the stadium saw it except him," Wheeldon said.\n'
    ),
    gold=[
        ('he never stopped believing his team would find a winner', 'Bobby Smyrniotis', 'indirect'),
        ('We have been here before. These guys know how to win games like this,', 'Bobby Smyrniotis', 'direct'),
        ('the goal was the most important of his career', 'Kyle Bekker', 'indirect'),
        ('I just closed my eyes and hoped,', 'Kyle Bekker', 'direct'),
        ("Honestly, I didn't see it go in.", 'Kyle Bekker', 'direct'),
        ("Forge's winner came from a corner that should have been a goal kick", 'Tommy Wheeldon Jr.', 'indirect', ['Tommy Wheeldon']),
        ('Everyone in the stadium saw it except him,', 'Tommy Wheeldon Jr.', 'direct', ['Tommy Wheeldon']),
    ],
))
ARTICLES.append(dict(
    id='n141-crime-fraud-seniors',
    split='heldout22',
    text=(
        'Police warn of grandparent scam after Halifax seniors lose $90,000\n'
        '\n'
        'HALIFAX — Halifax Regional Police are warning seniors about a telephone scam after three people in the city lost a combined $90,000 in the past month.\n'
        '\n'
        'In each case, a caller claiming to be a grandchild in jail asked for money for bail, police said in a news release Thursday.\n'
        '\n'
        'Const. Nicole Fraser said the callers often know the names of family members from social media.\n'
        '\n'
        '"They sound scared, they sound rushed, and they beg you not to tell Mom and Dad," Fraser said.\n'
        '\n'
        'One of the victims, an 84-year-old woman, handed $30,000 in cash to a courier who came to her door.\n'
        '\n'
        'Her daughter, Lisa Morrison, says her mother is embarrassed.\n'
        '\n'
        'She says: "Mom is the smartest person I know. They just knew exactly which buttons to push."\n'
    ),
    gold=[
        ('In each case, a caller claiming to be a grandchild in jail asked for money for bail', 'police', 'indirect', ['Halifax Regional Police']),
        ('the callers often know the names of family members from social media', 'Nicole Fraser', 'indirect'),
        ('They sound scared, they sound rushed, and they beg you not to tell Mom and Dad,', 'Nicole Fraser', 'direct'),
        ('her mother is embarrassed', 'Lisa Morrison', 'indirect'),
        ('Mom is the smartest person I know. They just knew exactly which buttons to push.', 'Lisa Morrison', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n142-politics-pledges',
    split='heldout22',
    text=(
        'Liberal leadership hopefuls spar over carbon pricing\n'
        '\n'
        'OTTAWA — The candidates to lead the federal Liberal Party clashed over carbon pricing on Monday night in the only English-language debate of the race.\n'
        '\n'
        'Former finance minister Chrystia Freeland defended the consumer carbon price she helped design, while former central banker Mark Carney said he would replace it with incentives for households.\n'
        '\n'
        'Karina Gould echoed Carney, telling the audience that the policy had become "a political albatross."\n'
        '\n'
        "The candidates' economic pledges, which have focused largely on housing and the cost of living, drew sharper exchanges.\n"
        '\n'
        '"You cannot build a house with a slogan," Freeland said, looking at Carney.\n'
        '\n'
        'Carney did not respond directly. He said later that the party needed "a plan, not a fight."\n'
    ),
    gold=[
        ('he would replace it with incentives for households', 'Mark Carney', 'indirect'),
        ('the policy had become "a political albatross."', 'Karina Gould', 'indirect'),
        ('a political albatross.', 'Karina Gould', 'partial'),
        ('You cannot build a house with a slogan,', 'Chrystia Freeland', 'direct'),
        ('the party needed "a plan, not a fight."', 'Mark Carney', 'indirect'),
        ('a plan, not a fight.', 'Mark Carney', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n143-business-microsoft',
    split='heldout22',
    text=(
        'Microsoft to open data centre near Quebec City\n'
        '\n'
        'QUEBEC — Microsoft on Thursday announced plans to build a $500-million data centre in Lévis, across the St. Lawrence River from Quebec City, creating about 150 permanent jobs.\n'
        '\n'
        'The company said the centre would run on hydroelectric power and be among the most energy-efficient it operates.\n'
        '\n'
        'Quebec Economy Minister Christopher Skeete called the project "a vote of confidence in Quebec\'s clean energy."\n'
        '\n'
        'Not everyone welcomed it. Hydro-Québec has warned that the province could face electricity shortages by the end of the decade, according to a report it published last year.\n'
        '\n'
        'Environmental group Équiterre said data centres should not get priority access to power ahead of homes and factories.\n'
        '\n'
        '"Every megawatt promised to a server farm is a megawatt we cannot use to decarbonize," said its director, Colleen Thorpe.\n'
    ),
    gold=[
        ('the centre would run on hydroelectric power and be among the most energy-efficient it operates', 'Microsoft', 'indirect', ['The company', 'the company']),
        ("a vote of confidence in Quebec's clean energy.", 'Christopher Skeete', 'partial'),
        ('the province could face electricity shortages by the end of the decade', 'Hydro-Québec', 'indirect', ['a report it published last year']),
        ('data centres should not get priority access to power ahead of homes and factories', 'Équiterre', 'indirect'),
        ('Every megawatt promised to a server farm is a megawatt we cannot use to decarbonize,', 'Colleen Thorpe', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n144-court-custody',
    split='heldout22',
    text=(
        'Judge orders mother to return children to Ontario\n'
        '\n'
        "TORONTO — An Ontario judge has ordered a mother who moved to Alberta with her two children without their father's consent to bring them back by the end of the month.\n"
        '\n'
        "Justice Sandra Martins said the mother, whose name is protected by a publication ban, had ignored an earlier order requiring 60 days' notice of any move.\n"
        '\n'
        "The father's lawyer, Anne Pham, said her client was relieved.\n"
        '\n'
        '"He has not seen his kids since August. He just wants to be their dad again," Pham said.\n'
        '\n'
        "The mother's lawyer, Erin Walsh, said her client had moved to escape an abusive relationship and would appeal.\n"
        '\n'
        '"She did what she had to do to keep those children safe," she said.\n'
        '\n'
        'Martins wrote that no evidence of abuse had been presented to the court.\n'
    ),
    gold=[
        ("the mother, whose name is protected by a publication ban, had ignored an earlier order requiring 60 days' notice of any move", 'Sandra Martins', 'indirect'),
        ('her client was relieved', 'Anne Pham', 'indirect'),
        ('He has not seen his kids since August. He just wants to be their dad again,', 'Anne Pham', 'direct'),
        ('her client had moved to escape an abusive relationship and would appeal', 'Erin Walsh', 'indirect'),
        ('She did what she had to do to keep those children safe,', 'Erin Walsh', 'direct'),
        ('no evidence of abuse had been presented to the court', 'Sandra Martins', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n145-feature-ferry',
    split='heldout22',
    text=(
        'The last run of the Wolfe Island ferry Frontenac II\n'
        '\n'
        'KINGSTON, Ont. — For 61 years the Frontenac II carried cars, cows and school buses across the mile of water between Kingston and Wolfe Island. On Saturday it made its last trip.\n'
        '\n'
        'Deckhand Bardos Kovacs has worked on the ferry for 33 of those years.\n'
        '\n'
        '"She was slow and she was loud and I loved her," he said as the boat pulled away from the dock.\n'
        '\n'
        'Island resident Marjorie Hogan, 90, rode the first crossing in 1963 and the last one on Saturday.\n'
        '\n'
        '"My father drove our truck on. I was sitting on the tailgate with a bag of apples," she said.\n'
        '\n'
        'Kovacs blurted out a laugh when asked if he would miss the noise. "Not the noise. Everything else," he said.\n'
    ),
    gold=[
        ('She was slow and she was loud and I loved her,', 'Bardos Kovacs', 'direct'),
        ('My father drove our truck on. I was sitting on the tailgate with a bag of apples,', 'Marjorie Hogan', 'direct'),
        ('Not the noise. Everything else,', 'Bardos Kovacs', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n146-sport-tennis',
    split='heldout23',
    text=(
        'Fernandez upsets Andreeva to reach Montreal quarterfinals\n'
        '\n'
        'MONTREAL — Leylah Fernandez beat fifth-seeded Mirra Andreeva 6-4, 3-6, 7-5 on Wednesday night to reach the quarterfinals of the National Bank Open for the first time.\n'
        '\n'
        'Fernandez saved two break points while serving for the match, the second with a backhand winner down the line.\n'
        '\n'
        '"I told myself, just go for it. If I miss, I miss," she said.\n'
        '\n'
        "Andreeva, 18, had won 11 of her last 13 matches. She said the crowd, which chanted Fernandez's name between points, had not bothered her.\n"
        '\n'
        '"It was loud, but it was fair. She deserved it tonight," Andreeva said.\n'
        '\n'
        'Fernandez will play Jessica Pegula, who beat her in the 2024 semifinals here. Pegula said she expected another battle.\n'
        '\n'
        '"Leylah plays like she has nothing to lose in Canada," she said. "That makes her dangerous."\n'
    ),
    gold=[
        ('I told myself, just go for it. If I miss, I miss,', 'Leylah Fernandez', 'direct'),
        ("the crowd, which chanted Fernandez's name between points, had not bothered her", 'Mirra Andreeva', 'indirect'),
        ('It was loud, but it was fair. She deserved it tonight,', 'Mirra Andreeva', 'direct'),
        ('she expected another battle', 'Jessica Pegula', 'indirect'),
        ('Leylah plays like she has nothing to lose in Canada,', 'Jessica Pegula', 'direct'),
        ('That makes her dangerous.', 'Jessica Pegula', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n147-crime-arson',
    split='heldout23',
    text=(
        'Two men charged with arson after Winnipeg restaurant fire\n'
        '\n'
        'WINNIPEG — Two men have been charged with arson after a fire destroyed a family-owned restaurant on Portage Avenue early Tuesday, Winnipeg police said.\n'
        '\n'
        'Const. Dani McKinnon told reporters that surveillance video showed two men pouring liquid at the back door minutes before the fire started.\n'
        '\n'
        'Jason Thiessen, 29, and Kyle Oakes, 34, were arrested Wednesday at a home in St. Vital. Thiessen is a former employee of the restaurant, McKinnon said.\n'
        '\n'
        'Owner Maria Santos, who opened the restaurant with her husband in 2011, said she had fired him last year for stealing from the till.\n'
        '\n'
        '"I never thought he would do something like this. Never," she said.\n'
        '\n'
        "Oakes's lawyer, Greg Brodsky, said his client had nothing to do with the fire.\n"
    ),
    gold=[
        ('Two men have been charged with arson after a fire destroyed a family-owned restaurant on Portage Avenue early Tuesday', 'Winnipeg police', 'indirect', ['police']),
        ('surveillance video showed two men pouring liquid at the back door minutes before the fire started', 'Dani McKinnon', 'indirect'),
        ('Thiessen is a former employee of the restaurant', 'Dani McKinnon', 'indirect'),
        ('she had fired him last year for stealing from the till', 'Maria Santos', 'indirect'),
        ('I never thought he would do something like this. Never,', 'Maria Santos', 'direct'),
        ('his client had nothing to do with the fire', 'Greg Brodsky', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n148-politics-city-budget',
    split='heldout23',
    text=(
        'Ottawa council passes budget with 2.9 per cent tax hike\n'
        '\n'
        'OTTAWA — City council approved a $4.8-billion budget on Wednesday that raises property taxes by 2.9 per cent, the lowest increase in five years.\n'
        '\n'
        'Mayor Mark Sutcliffe said the budget kept his promise to hold tax increases below three per cent while adding 50 bus drivers.\n'
        '\n'
        'Coun. Ariel Troster voted against it. She says: "We are not funding housing at anything close to the scale of the crisis."\n'
        '\n'
        'Coun. Tim Tierney, the finance committee chair, defended the spending on transit.\n'
        '\n'
        '"People want buses that show up. That\'s what this does," he said.\n'
        '\n'
        'The budget also freezes recreation fees for a second year, a measure Troster called "a nice gesture that costs the city almost nothing."\n'
    ),
    gold=[
        ('the budget kept his promise to hold tax increases below three per cent while adding 50 bus drivers', 'Mark Sutcliffe', 'indirect'),
        ('We are not funding housing at anything close to the scale of the crisis.', 'Ariel Troster', 'direct'),
        ("People want buses that show up. That's what this does,", 'Tim Tierney', 'direct'),
        ('a nice gesture that costs the city almost nothing.', 'Ariel Troster', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n149-business-airline',
    split='heldout23',
    text=(
        'WestJet to add 12 routes as it expands in Atlantic Canada\n'
        '\n'
        "CALGARY — WestJet Airlines Ltd. said Tuesday it will add 12 routes from Halifax, St. John's and Moncton next summer, its biggest expansion in Atlantic Canada in a decade.\n"
        '\n'
        "The airline's chief commercial officer, John Weatherill, said demand from the region had grown faster than the company expected after the pandemic.\n"
        '\n'
        '"Atlantic Canadians told us they were tired of connecting through Toronto. We listened," he said.\n'
        '\n'
        'Halifax Stanfield International Airport president Joyce Carter welcomed the news.\n'
        '\n'
        '"This is going to change how people in this region travel," she said in a statement.\n'
        '\n'
        'Aviation analyst John Gradek of McGill University said WestJet was trying to take market share from Air Canada before Porter Airlines expands in the region.\n'
    ),
    gold=[
        ("it will add 12 routes from Halifax, St. John's and Moncton next summer, its biggest expansion in Atlantic Canada in a decade", 'WestJet Airlines Ltd.', 'indirect', ['WestJet']),
        ('demand from the region had grown faster than the company expected after the pandemic', 'John Weatherill', 'indirect'),
        ('Atlantic Canadians told us they were tired of connecting through Toronto. We listened,', 'John Weatherill', 'direct'),
        ('This is going to change how people in this region travel,', 'Joyce Carter', 'direct'),
        ('WestJet was trying to take market share from Air Canada before Porter Airlines expands in the region', 'John Gradek', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n150-court-inquest',
    split='heldout23',
    text=(
        'Inquest jury calls for changes after death in police custody\n'
        '\n'
        "THUNDER BAY, Ont. — A coroner's jury has made 24 recommendations after an inquest into the death of a 22-year-old man who died in a police cell in 2021.\n"
        '\n'
        'The jury found that Dylan Moonias died of a combination of alcohol poisoning and a head injury he suffered before his arrest.\n'
        '\n'
        'His mother, Agnes Moonias, told the inquest her son had been laughing with friends an hour before he was arrested.\n'
        '\n'
        '"He was a kind boy. He should not have died alone on a concrete floor," she said after the verdict.\n'
        '\n'
        'Thunder Bay Police Chief Darcy Fleury said the service accepted the recommendations, including checks on people in cells every 15 minutes.\n'
        '\n'
        'Lawyer Julian Falconer, who represented the family, said the recommendations would mean nothing unless they were followed.\n'
        '\n'
        '"We have seen this movie before in Thunder Bay," he said.\n'
    ),
    gold=[
        ('Dylan Moonias died of a combination of alcohol poisoning and a head injury he suffered before his arrest', 'The jury', 'indirect', ['the jury', "A coroner's jury"]),
        ('her son had been laughing with friends an hour before he was arrested', 'Agnes Moonias', 'indirect'),
        ('He was a kind boy. He should not have died alone on a concrete floor,', 'Agnes Moonias', 'direct'),
        ('the service accepted the recommendations, including checks on people in cells every 15 minutes', 'Darcy Fleury', 'indirect'),
        ('the recommendations would mean nothing unless they were followed', 'Julian Falconer', 'indirect'),
        ('We have seen this movie before in Thunder Bay,', 'Julian Falconer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n151-feature-choir',
    split='heldout23',
    text=(
        "A seniors' choir in Saskatoon sings its way to a national prize\n"
        '\n'
        'SASKATOON — Every Tuesday afternoon, 40 singers with an average age of 79 gather in the basement of Knox United Church to rehearse.\n'
        '\n'
        'The Silver Chords won the community choir category of a national competition last month, beating groups from Vancouver, Toronto and Halifax.\n'
        '\n'
        'Director Ruth Penner, a retired music teacher, started the choir in 2016 with nine members.\n'
        '\n'
        '"Nobody auditions. If you can get down the stairs, you\'re in," she says.\n'
        '\n'
        'Alto Dorothy Friesen, 91, is the oldest member. She joined after her husband died.\n'
        '\n'
        '"This room saved my life. I mean that," Friesen says.\n'
        '\n'
        'Penner says the prize money, $2,000, will pay for a chair lift.\n'
    ),
    gold=[
        ("Nobody auditions. If you can get down the stairs, you're in,", 'Ruth Penner', 'direct'),
        ('This room saved my life. I mean that,', 'Dorothy Friesen', 'direct'),
        ('the prize money, $2,000, will pay for a chair lift', 'Ruth Penner', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n152-sport-jets',
    split='heldout24',
    text=(
        'Hellebuyck stops 40 as Jets edge Wild\n'
        '\n'
        'WINNIPEG — Connor Hellebuyck made 40 saves, Kyle Connor scored in overtime, and the Winnipeg Jets beat the Minnesota Wild 3-2 on Thursday night.\n'
        '\n'
        'Connor took a pass from Mark Scheifele on a two-on-one and beat Filip Gustavsson high on the glove side 2:14 into the extra period.\n'
        '\n'
        '"Scheif made it easy. I just had to put it on net," Connor said.\n'
        '\n'
        'Hellebuyck was at his best in the second period, when the Wild outshot Winnipeg 17-5. Jets coach Scott Arniel said the goaltender had bailed his team out again.\n'
        '\n'
        '"He has been our best player for three years. Nights like this, you can see why," Arniel said.\n'
        '\n'
        'Kirill Kaprizov scored both goals for Minnesota. Wild coach John Hynes said his team deserved a better fate.\n'
        '\n'
        '"We did a lot of good things. Their goalie was the difference," Hynes said. "That is the league."\n'
    ),
    gold=[
        ('Scheif made it easy. I just had to put it on net,', 'Kyle Connor', 'direct'),
        ('the goaltender had bailed his team out again', 'Scott Arniel', 'indirect'),
        ('He has been our best player for three years. Nights like this, you can see why,', 'Scott Arniel', 'direct'),
        ('his team deserved a better fate', 'John Hynes', 'indirect'),
        ('We did a lot of good things. Their goalie was the difference,', 'John Hynes', 'direct'),
        ('That is the league.', 'John Hynes', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n153-crime-scam-arrest',
    split='heldout24',
    text=(
        'Ontario man charged in $2-million crypto investment scheme\n'
        '\n'
        'TORONTO — An Oakville man has been charged with fraud after investors lost more than $2 million in a cryptocurrency scheme, the Ontario Provincial Police said Tuesday.\n'
        '\n'
        'Investigators allege Ravi Mehta, 39, promised returns of 20 per cent a month through a trading program that did not exist.\n'
        '\n'
        'Det. Staff Sgt. Kevin Duff said at least 47 people had come forward, some of whom lost their life savings.\n'
        '\n'
        '"These were teachers, nurses, retirees. People who trusted a friend of a friend," Duff said.\n'
        '\n'
        'One investor, a Mississauga man who asked not to be named because he is embarrassed, said he put in $85,000 after Mehta spoke at his church.\n'
        '\n'
        '"He knew the Bible better than I did. That was part of it," he said.\n'
        '\n'
        "Mehta's lawyer, Daniel Brown, said his client would defend himself in court.\n"
    ),
    gold=[
        ('An Oakville man has been charged with fraud after investors lost more than $2 million in a cryptocurrency scheme', 'the Ontario Provincial Police', 'indirect', ['Ontario Provincial Police', 'OPP']),
        ('Ravi Mehta, 39, promised returns of 20 per cent a month through a trading program that did not exist', 'Investigators', 'indirect', ['investigators']),
        ('at least 47 people had come forward, some of whom lost their life savings', 'Kevin Duff', 'indirect'),
        ('These were teachers, nurses, retirees. People who trusted a friend of a friend,', 'Kevin Duff', 'direct'),
        ('he put in $85,000 after Mehta spoke at his church', 'One investor', 'indirect', ['one investor', 'a Mississauga man who asked not to be named because he is embarrassed', 'a Mississauga man']),
        ('He knew the Bible better than I did. That was part of it,', 'One investor', 'direct', ['one investor', 'a Mississauga man']),
        ('his client would defend himself in court', 'Daniel Brown', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n154-politics-premier',
    split='heldout24',
    text=(
        'Premier Moe shuffles cabinet after byelection losses\n'
        '\n'
        "REGINA — Premier Scott Moe shuffled his cabinet on Friday, moving Jeremy Harrison out of the energy portfolio and naming Colleen Young as the province's first female finance minister.\n"
        '\n'
        'Moe said the changes reflected "a new set of priorities" after his Saskatchewan Party lost two seats in byelections this spring.\n'
        '\n'
        'Young, a former teacher from Lloydminster, said she would focus on health care and keeping taxes low.\n'
        '\n'
        '"People want to see their money going to things they can feel, like a family doctor," she said.\n'
        '\n'
        'NDP Leader Carla Beck dismissed the shuffle. She says: "It is the same team with different name tags."\n'
        '\n'
        'Harrison, who moves to the justice portfolio, declined an interview request.\n'
    ),
    gold=[
        ('the changes reflected "a new set of priorities" after his Saskatchewan Party lost two seats in byelections this spring', 'Scott Moe', 'indirect'),
        ('a new set of priorities', 'Scott Moe', 'partial'),
        ('she would focus on health care and keeping taxes low', 'Colleen Young', 'indirect'),
        ('People want to see their money going to things they can feel, like a family doctor,', 'Colleen Young', 'direct'),
        ('It is the same team with different name tags.', 'Carla Beck', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n155-business-steel',
    split='heldout24',
    text=(
        'Algoma Steel to cut 1,000 jobs as U.S. tariffs bite\n'
        '\n'
        'SAULT STE. MARIE, Ont. — Algoma Steel Group Inc. said Wednesday it will lay off about 1,000 workers, a third of its workforce, as American tariffs on Canadian steel choke off its biggest market.\n'
        '\n'
        'Chief executive Michael Garcia told investors on a conference call that the company had no choice.\n'
        '\n'
        '"We can\'t sell into the United States at these prices. It is that simple," he said.\n'
        '\n'
        'United Steelworkers Local 2251 president Mike Da Prat said the union had been warning Ottawa for months.\n'
        '\n'
        '"We told them this was coming. Nobody listened," Da Prat said.\n'
        '\n'
        'Mayor Matthew Shoemaker said the city would ask the province for emergency help for laid-off workers and their families.\n'
    ),
    gold=[
        ('it will lay off about 1,000 workers, a third of its workforce, as American tariffs on Canadian steel choke off its biggest market', 'Algoma Steel Group Inc.', 'indirect', ['Algoma Steel']),
        ('the company had no choice', 'Michael Garcia', 'indirect'),
        ("We can't sell into the United States at these prices. It is that simple,", 'Michael Garcia', 'direct'),
        ('the union had been warning Ottawa for months', 'Mike Da Prat', 'indirect'),
        ('We told them this was coming. Nobody listened,', 'Mike Da Prat', 'direct'),
        ('the city would ask the province for emergency help for laid-off workers and their families', 'Matthew Shoemaker', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n156-court-manslaughter',
    split='heldout24',
    text=(
        'Man gets six years for fatal punch outside Halifax bar\n'
        '\n'
        'HALIFAX — A 26-year-old man who killed another man with a single punch outside a downtown Halifax bar has been sentenced to six years in prison.\n'
        '\n'
        'Liam Ferguson pleaded guilty to manslaughter in the death of Marcus Reid, 24, who hit his head on the sidewalk after the punch in March 2023.\n'
        '\n'
        'Justice Jamie Chipman said the video of the attack showed Reid had his hands at his sides.\n'
        '\n'
        "Reid's father, Winston Reid, told the court his son had been planning to propose to his girlfriend that summer.\n"
        '\n'
        '"I think about the ring in his drawer every day," he said.\n'
        '\n'
        "Ferguson's lawyer, Brad Sarson, said his client had not meant to kill anyone.\n"
        '\n'
        '"He will live with this for the rest of his life," Sarson said.\n'
    ),
    gold=[
        ('the video of the attack showed Reid had his hands at his sides', 'Jamie Chipman', 'indirect'),
        ('his son had been planning to propose to his girlfriend that summer', 'Winston Reid', 'indirect'),
        ('I think about the ring in his drawer every day,', 'Winston Reid', 'direct'),
        ('his client had not meant to kill anyone', 'Brad Sarson', 'indirect'),
        ('He will live with this for the rest of his life,', 'Brad Sarson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n157-feature-librarian',
    split='heldout24',
    text=(
        'After 42 years, a small-town librarian turns the page\n'
        '\n'
        'BADDECK, N.S. — When Eileen MacDonald started at the Baddeck library in 1983, the card catalogue was made of paper and the most requested book was a guide to fixing outboard motors.\n'
        '\n'
        'On Friday, her last day, the line of people waiting to say goodbye stretched out the door.\n'
        '\n'
        '"She knew what you wanted to read before you did," said Shauna Morrison, who has borrowed books from MacDonald since she was six.\n'
        '\n'
        'MacDonald says she is not sure what she will do with her mornings.\n'
        '\n'
        '"Probably come here and sit in the big chair," she says. "As a customer, this time."\n'
        '\n'
        'Her replacement, Tanya Fraser, grew up in the village and says she has big shoes to fill.\n'
    ),
    gold=[
        ('She knew what you wanted to read before you did,', 'Shauna Morrison', 'direct'),
        ('she is not sure what she will do with her mornings', 'Eileen MacDonald', 'indirect'),
        ('Probably come here and sit in the big chair,', 'Eileen MacDonald', 'direct'),
        ('As a customer, this time.', 'Eileen MacDonald', 'direct'),
        ('she has big shoes to fill', 'Tanya Fraser', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n158-politics-indiana',
    split='heldout25',
    text=(
        'Trump, Cruz trade barbs ahead of Indiana primary\n'
        '\n'
        'INDIANAPOLIS — Donald Trump and Ted Cruz spent the final weekend before Tuesday\'s Indiana primary attacking each other\'s records, with the Texas senator calling the front-runner "a serial philanderer" and Trump mocking Cruz\'s alliance with John Kasich.\n'
        '\n'
        '"Lyin\' Ted is desperate. He made a deal with Kasich and now even that is falling apart," Trump told a crowd of about 5,000 in Evansville on Saturday.\n'
        '\n'
        'Cruz, speaking at a pancake breakfast in Fort Wayne, said the businessman had "spent his life playing by Washington\'s rules" and could not be trusted to change them.\n'
        '\n'
        'Kasich, the Ohio governor, has stopped campaigning in Indiana under the agreement. His chief strategist, John Weaver, said in an email that the arrangement was "about math, not friendship" and that Kasich would compete hard in Oregon.\n'
        '\n'
        'Polls show Trump with a lead of about nine points in the state. A Cruz loss here would all but end his path to the nomination, said Mike Murphy, a Republican strategist who is not working for any candidate.\n'
        '\n'
        '"If he cannot win Indiana, where can he win?" Murphy asked.\n'
        '\n'
        'Asked whether he would consider Cruz as a running mate, Trump laughed. "I don\'t think so. I think he\'d be a very hard guy to work with," he said.\n'
    ),
    gold=[
        ('a serial philanderer', 'Ted Cruz', 'partial'),
        ("Lyin' Ted is desperate. He made a deal with Kasich and now even that is falling apart,", 'Donald Trump', 'direct'),
        ('the businessman had "spent his life playing by Washington\'s rules" and could not be trusted to change them', 'Ted Cruz', 'indirect'),
        ("spent his life playing by Washington's rules", 'Ted Cruz', 'partial'),
        ('the arrangement was "about math, not friendship" and that Kasich would compete hard in Oregon', 'John Weaver', 'indirect'),
        ('about math, not friendship', 'John Weaver', 'partial'),
        ('A Cruz loss here would all but end his path to the nomination', 'Mike Murphy', 'indirect'),
        ('If he cannot win Indiana, where can he win?', 'Mike Murphy', 'direct'),
        ("I don't think so. I think he'd be a very hard guy to work with,", 'Donald Trump', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n159-feature-lighthouse',
    split='heldout25',
    text=(
        'The last keepers: sisters keep a Newfoundland lighthouse lit\n'
        '\n'
        'FERRYLAND, N.L. — For 42 years, Lorraine and Sheila Costello have climbed the 61 steps of the Ferryland Head lighthouse every evening.\n'
        '\n'
        "The sisters took over from their father in 1982, when the Coast Guard still paid a keeper. Today they run a picnic business out of the keeper's house, and the light is automated.\n"
        '\n'
        '"People ask why we still go up. Somebody has to look at the sea," Lorraine, the elder at 74, said on a windy afternoon in August.\n'
        '\n'
        'Sheila, who bakes the bread for the picnics, is the talker of the two. She recalled the night in 1992 when a crab boat lost its engine below the cliffs.\n'
        '\n'
        '"We could hear them shouting. Dad\'s old radio still worked, thank God," she said. "Lorraine ran down to the wharf in her slippers."\n'
        '\n'
        'Tourism has tripled since a travel magazine named the picnics among the best in Canada, said Mayor Wayne Power.\n'
        '\n'
        'Power said the town has asked the federal government to transfer the lighthouse to a local heritage group. The Department of Fisheries and Oceans said it was reviewing the request.\n'
        '\n'
        'Lorraine is not worried. "The light will outlast the both of us," she said.\n'
    ),
    gold=[
        ('People ask why we still go up. Somebody has to look at the sea,', 'Lorraine Costello', 'direct'),
        ("We could hear them shouting. Dad's old radio still worked, thank God,", 'Sheila Costello', 'direct'),
        ('Lorraine ran down to the wharf in her slippers.', 'Sheila Costello', 'direct'),
        ('Tourism has tripled since a travel magazine named the picnics among the best in Canada', 'Wayne Power', 'indirect'),
        ('the town has asked the federal government to transfer the lighthouse to a local heritage group', 'Wayne Power', 'indirect'),
        ('it was reviewing the request', 'The Department of Fisheries and Oceans', 'indirect', ['Department of Fisheries and Oceans']),
        ('The light will outlast the both of us,', 'Lorraine Costello', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n160-business-grocer',
    split='heldout25',
    text=(
        'Metro profit climbs as shoppers trade down to discount banners\n'
        '\n'
        'MONTREAL — Metro Inc. reported a 7 per cent rise in quarterly profit on Tuesday, as shoppers squeezed by food inflation flocked to its Super C and Food Basics discount stores.\n'
        '\n'
        'The Montreal-based grocer earned $262.1 million, or $1.18 per share, in the quarter ended Sept. 28, up from $245.3 million a year earlier.\n'
        '\n'
        'Chief executive Eric La Flèche told analysts on a conference call that discount sales had grown "in the high single digits" while conventional stores were flat.\n'
        '\n'
        '"The customer is very careful. They are buying more private label, more promotions, and they are shopping around," La Flèche said.\n'
        '\n'
        'The company also said its new automated warehouse in Terrebonne, Que., would be fully running by the spring.\n'
        '\n'
        'Irene Nattel, an analyst at RBC Dominion Securities, wrote in a note to clients that the quarter was "solid but unspectacular," with margins a little better than she had expected.\n'
        '\n'
        'Shares of Metro rose 1.4 per cent to $84.10 on the Toronto Stock Exchange.\n'
    ),
    gold=[
        ('discount sales had grown "in the high single digits" while conventional stores were flat', 'Eric La Flèche', 'indirect'),
        ('in the high single digits', 'Eric La Flèche', 'partial'),
        ('The customer is very careful. They are buying more private label, more promotions, and they are shopping around,', 'Eric La Flèche', 'direct'),
        ('its new automated warehouse in Terrebonne, Que., would be fully running by the spring', 'Metro Inc.', 'indirect', ['Metro', 'The company', 'the company']),
        ('the quarter was "solid but unspectacular," with margins a little better than she had expected', 'Irene Nattel', 'indirect'),
        ('solid but unspectacular,', 'Irene Nattel', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n161-crime-hit-and-run',
    split='heldout25',
    text=(
        'Police seek driver after cyclist killed in Surrey hit-and-run\n'
        '\n'
        'SURREY, B.C. — Mounties are asking the public for dashcam video after a 52-year-old cyclist was struck and killed early Sunday by a driver who did not stop.\n'
        '\n'
        'Cpl. Vanessa Munn told reporters the crash happened just after 6 a.m. on 152 Street near 64 Avenue, and that the vehicle was likely a dark pickup truck with damage to its front end.\n'
        '\n'
        '"Somebody knows who was driving that truck. Somebody saw the damage," Munn said. "We are asking that person to do the right thing."\n'
        '\n'
        "The victim's wife, who did not want her name published, said her husband had ridden the same route to his job at a bakery for 11 years.\n"
        '\n'
        '"He always wore the bright vest. He had two lights on that bike," she told Global News. "He did everything right."\n'
        '\n'
        "Coun. Linda Annis said the stretch of road had no bike lane and that the city had delayed safety upgrades there twice. Mayor Brenda Locke's office said the work was scheduled for next year.\n"
    ),
    gold=[
        ('the crash happened just after 6 a.m. on 152 Street near 64 Avenue, and that the vehicle was likely a dark pickup truck with damage to its front end', 'Vanessa Munn', 'indirect'),
        ('Somebody knows who was driving that truck. Somebody saw the damage,', 'Vanessa Munn', 'direct'),
        ('We are asking that person to do the right thing.', 'Vanessa Munn', 'direct'),
        ('her husband had ridden the same route to his job at a bakery for 11 years', "The victim's wife", 'indirect', ["the victim's wife"]),
        ('He always wore the bright vest. He had two lights on that bike,', "The victim's wife", 'direct', ["the victim's wife"]),
        ('He did everything right.', "The victim's wife", 'direct', ["the victim's wife"]),
        ('the stretch of road had no bike lane and that the city had delayed safety upgrades there twice', 'Linda Annis', 'indirect'),
        ('the work was scheduled for next year', "Mayor Brenda Locke's office", 'indirect', ["Brenda Locke's office"]),
    ],
))
ARTICLES.append(dict(
    id='n162-sport-blue-jays',
    split='heldout25',
    text=(
        'Berrios sharp as Blue Jays blank Orioles\n'
        '\n'
        'TORONTO — Jose Berrios struck out nine over seven scoreless innings and George Springer homered as the Toronto Blue Jays beat the Baltimore Orioles 4-0 on Wednesday.\n'
        '\n'
        'Berrios allowed three hits and walked one, lowering his earned-run average to 2.91. He has not allowed a run in his last 19 innings.\n'
        '\n'
        '"My curveball was there from the first pitch. When I have that, I can do whatever I want," Berrios said through an interpreter.\n'
        '\n'
        'Springer, who had been hitless in his previous 14 at-bats, drove a 2-1 fastball from Dean Kremer into the second deck in left field in the third inning.\n'
        '\n'
        'Manager John Schneider said he had never worried about his leadoff hitter. "George is going to be George. He\'s a professional," Schneider said.\n'
        '\n'
        'Kremer gave up four runs in five innings. Orioles manager Brandon Hyde said the right-hander had left too many pitches over the plate.\n'
        '\n'
        '"You can\'t do that against a lineup like theirs," Hyde said.\n'
    ),
    gold=[
        ('My curveball was there from the first pitch. When I have that, I can do whatever I want,', 'Jose Berrios', 'direct'),
        ('he had never worried about his leadoff hitter', 'John Schneider', 'indirect'),
        ("George is going to be George. He's a professional,", 'John Schneider', 'direct'),
        ('the right-hander had left too many pitches over the plate', 'Brandon Hyde', 'indirect'),
        ("You can't do that against a lineup like theirs,", 'Brandon Hyde', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n163-health-measles',
    split='heldout25',
    text=(
        'Measles cases climb to 41 in southwestern Ontario outbreak\n'
        '\n'
        'LONDON, Ont. — The number of measles cases linked to an outbreak in southwestern Ontario has risen to 41, most of them in children who had not been vaccinated, public health officials said Thursday.\n'
        '\n'
        "Dr. Alexander Summers, the medical officer of health for the Middlesex-London Health Unit, urged parents to check their children's records before the March break.\n"
        '\n'
        '"Measles is not a mild illness. One in five children who get it will end up in hospital," Summers said at a news conference.\n'
        '\n'
        'He said two of the children were in intensive care at London Health Sciences Centre.\n'
        '\n'
        "Ontario's chief medical officer of health, Dr. Kieran Moore, said in a statement that the province had sent extra vaccine to the region and that clinics would open on weekends.\n"
        '\n'
        'At a pop-up clinic in Aylmer on Thursday, Maria Friesen waited in line with her three sons. She said she had not vaccinated them earlier because she "did not know enough."\n'
        '\n'
        '"Now I know. I am not taking the chance," Friesen said.\n'
    ),
    gold=[
        ('The number of measles cases linked to an outbreak in southwestern Ontario has risen to 41, most of them in children who had not been vaccinated', 'public health officials', 'indirect', ['Public health officials']),
        ('Measles is not a mild illness. One in five children who get it will end up in hospital,', 'Alexander Summers', 'direct'),
        ('two of the children were in intensive care at London Health Sciences Centre', 'Alexander Summers', 'indirect'),
        ('the province had sent extra vaccine to the region and that clinics would open on weekends', 'Kieran Moore', 'indirect'),
        ('she had not vaccinated them earlier because she "did not know enough."', 'Maria Friesen', 'indirect'),
        ('did not know enough.', 'Maria Friesen', 'partial'),
        ('Now I know. I am not taking the chance,', 'Maria Friesen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n164-politics-nyt-style',
    split='heldout26',
    text=(
        'Sanders Vows to Stay in Race Despite Delegate Math\n'
        '\n'
        "WASHINGTON — Senator Bernie Sanders of Vermont insisted on Sunday that he would remain in the Democratic race until the party's convention in July, even as Hillary Clinton's lead in pledged delegates grew to nearly 300.\n"
        '\n'
        'Mr. Sanders, appearing on NBC\'s "Meet the Press," put it bluntly: "We are in this until the last vote is cast."\n'
        '\n'
        'His campaign manager, Jeff Weaver, went further, telling reporters that the campaign would try to persuade superdelegates to switch their support before the convention.\n'
        '\n'
        'Mrs. Clinton\'s aides have largely ignored such talk. Her campaign chairman, John D. Podesta, said in an interview that the former secretary of state was "focused on Donald Trump, not on process."\n'
        '\n'
        '"The voters have spoken pretty clearly," Mr. Podesta said. "At some point, you have to respect that."\n'
        '\n'
        'Representative Raúl M. Grijalva of Arizona, one of the few members of Congress to endorse Mr. Sanders, said he understood why the senator wanted to keep going. But he added that "the tone has to change."\n'
        '\n'
        '"Attacking her character helps Trump. It does not help us," Mr. Grijalva said.\n'
    ),
    gold=[
        ("he would remain in the Democratic race until the party's convention in July, even as Hillary Clinton's lead in pledged delegates grew to nearly 300", 'Bernie Sanders', 'indirect'),
        ('We are in this until the last vote is cast.', 'Bernie Sanders', 'direct'),
        ('the campaign would try to persuade superdelegates to switch their support before the convention', 'Jeff Weaver', 'indirect'),
        ('the former secretary of state was "focused on Donald Trump, not on process."', 'John D. Podesta', 'indirect', ['John Podesta']),
        ('focused on Donald Trump, not on process.', 'John D. Podesta', 'partial', ['John Podesta']),
        ('The voters have spoken pretty clearly,', 'John D. Podesta', 'direct', ['John Podesta']),
        ('At some point, you have to respect that.', 'John D. Podesta', 'direct', ['John Podesta']),
        ('he understood why the senator wanted to keep going', 'Raúl M. Grijalva', 'indirect', ['Raúl Grijalva']),
        ('"the tone has to change."', 'Raúl M. Grijalva', 'indirect', ['Raúl Grijalva']),
        ('the tone has to change.', 'Raúl M. Grijalva', 'partial', ['Raúl Grijalva']),
        ('Attacking her character helps Trump. It does not help us,', 'Raúl M. Grijalva', 'direct', ['Raúl Grijalva']),
    ],
))
ARTICLES.append(dict(
    id='n165-court-assault-trial',
    split='heldout26',
    text=(
        'Jury hears closing arguments in Thunder Bay assault trial\n'
        '\n'
        'THUNDER BAY, Ont. — A Crown prosecutor urged jurors on Monday to convict a former corrections officer of assaulting an inmate, while his lawyer argued the man had acted in self-defence.\n'
        '\n'
        'Kyle Brunetti, 44, has pleaded not guilty to assault causing bodily harm in connection with a 2022 incident at the Thunder Bay District Jail.\n'
        '\n'
        'Prosecutor Nadia Chartrand told the jury that video from a hallway camera showed Brunetti striking the inmate at least six times after he was already on the floor.\n'
        '\n'
        '"You do not need me to tell you what that video shows. You watched it," Chartrand said.\n'
        '\n'
        'Defence lawyer Michael Frame countered that his client had seconds to decide and had been attacked by the same inmate a week earlier.\n'
        '\n'
        '"Hindsight is a luxury that officers on the range do not have," Frame told the jury. "He was afraid, and he had reason to be."\n'
        '\n'
        'Justice Helen Pierce is expected to give the jury its instructions on Wednesday. She told jurors they must set aside any feelings about the jail itself.\n'
    ),
    gold=[
        ('the man had acted in self-defence', 'Michael Frame', 'indirect', ['his lawyer']),
        ('video from a hallway camera showed Brunetti striking the inmate at least six times after he was already on the floor', 'Nadia Chartrand', 'indirect'),
        ('You do not need me to tell you what that video shows. You watched it,', 'Nadia Chartrand', 'direct'),
        ('his client had seconds to decide and had been attacked by the same inmate a week earlier', 'Michael Frame', 'indirect'),
        ('Hindsight is a luxury that officers on the range do not have,', 'Michael Frame', 'direct'),
        ('He was afraid, and he had reason to be.', 'Michael Frame', 'direct'),
        ('they must set aside any feelings about the jail itself', 'Helen Pierce', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n166-sport-curling-two-women',
    split='heldout26',
    text=(
        'Einarson edges Jones in battle of Manitoba rinks\n'
        '\n'
        "KAMLOOPS, B.C. — Kerri Einarson made a draw to the four-foot with her last rock to beat Jennifer Jones 7-6 in an extra end on Tuesday at the Canadian women's curling championship.\n"
        '\n'
        'Jones, the six-time national champion, had tied the game in the 10th end with a double takeout. She was visibly frustrated after missing a hit in the extra end that would have forced Einarson to a measure.\n'
        '\n'
        '"I just over-curled it. It happens, but it hurts in a game like that," Jones said.\n'
        '\n'
        'Einarson, who has won four of the last five Scotties, said her team had not played its best but had "found a way."\n'
        '\n'
        '"We\'ll take it. Jen is one of the best ever, so any win against her feels big," she said.\n'
        '\n'
        'Third Val Sweeting said the ice had been "swingy" all week and that the sweepers had worked harder than usual.\n'
        '\n'
        'Jones will face Rachel Homan on Wednesday. Asked about the matchup, she smiled. "Rachel is playing great. We\'ll need our best," Jones said.\n'
    ),
    gold=[
        ('I just over-curled it. It happens, but it hurts in a game like that,', 'Jennifer Jones', 'direct'),
        ('her team had not played its best but had "found a way."', 'Kerri Einarson', 'indirect'),
        ('found a way.', 'Kerri Einarson', 'partial'),
        ("We'll take it. Jen is one of the best ever, so any win against her feels big,", 'Kerri Einarson', 'direct'),
        ('the ice had been "swingy" all week and that the sweepers had worked harder than usual', 'Val Sweeting', 'indirect'),
        ('swingy', 'Val Sweeting', 'partial'),
        ("Rachel is playing great. We'll need our best,", 'Jennifer Jones', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n167-business-telecom',
    split='heldout26',
    text=(
        'Rogers to raise wireless prices, blames spectrum costs\n'
        '\n'
        'TORONTO — Rogers Communications Inc. says it will raise the monthly price of most of its wireless plans by $3 starting in February, the second increase in less than a year.\n'
        '\n'
        'In a notice sent to customers on Friday, the company said the increase would help pay for "continued investment in our 5G network."\n'
        '\n'
        'Industry Minister François-Philippe Champagne was quick to criticize the move. "Canadians are tired of paying some of the highest prices in the world," he wrote on X.\n'
        '\n'
        'Anthony Lacavera, the founder of Wind Mobile and now a venture investor, said in an interview that the Big Three carriers "move together like a school of fish."\n'
        '\n'
        'A Rogers spokesperson, Sarah Schmidt, said the company\'s prices remained "competitive and in line with the market." Bell and Telus did not respond to requests for comment.\n'
        '\n'
        'Consumer advocate John Lawford of the Public Interest Advocacy Centre said customers could avoid the increase by switching to a prepaid plan.\n'
    ),
    gold=[
        ('it will raise the monthly price of most of its wireless plans by $3 starting in February, the second increase in less than a year', 'Rogers Communications Inc.', 'indirect', ['Rogers', 'Rogers Communications']),
        ('the increase would help pay for "continued investment in our 5G network."', 'Rogers Communications Inc.', 'indirect', ['Rogers', 'Rogers Communications', 'the company']),
        ('continued investment in our 5G network.', 'Rogers Communications Inc.', 'partial', ['Rogers', 'Rogers Communications', 'the company']),
        ('Canadians are tired of paying some of the highest prices in the world,', 'François-Philippe Champagne', 'direct'),
        ('the Big Three carriers "move together like a school of fish."', 'Anthony Lacavera', 'indirect'),
        ('move together like a school of fish.', 'Anthony Lacavera', 'partial'),
        ('the company\'s prices remained "competitive and in line with the market."', 'Sarah Schmidt', 'indirect'),
        ('competitive and in line with the market.', 'Sarah Schmidt', 'partial'),
        ('customers could avoid the increase by switching to a prepaid plan', 'John Lawford', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n168-crime-two-men',
    split='heldout26',
    text=(
        'Two brothers charged after Halifax jewelry store robbery\n'
        '\n'
        'HALIFAX — Two brothers from Dartmouth have been charged after a jewelry store on Spring Garden Road was robbed at gunpoint on Saturday afternoon, Halifax Regional Police say.\n'
        '\n'
        'Const. Martin Cromwell said officers arrested Tyler Muise, 23, and Jordan Muise, 19, on Sunday at a home in Cole Harbour after a tip from the public.\n'
        '\n'
        "The store's owner, Ahmad Karimi, said two men wearing surgical masks forced an employee to open a display case and fled with rings worth about $40,000.\n"
        '\n'
        '"She did exactly what we train people to do. She gave them what they wanted," Karimi said of his employee, who was not hurt.\n'
        '\n'
        'Tyler Muise appeared in provincial court on Monday. His lawyer, Luke Craggs, said his client would plead not guilty. "He has no record and a job he goes to every day," Craggs said.\n'
        '\n'
        'Jordan Muise is to appear on Thursday.\n'
    ),
    gold=[
        ('Two brothers from Dartmouth have been charged after a jewelry store on Spring Garden Road was robbed at gunpoint on Saturday afternoon', 'Halifax Regional Police', 'indirect'),
        ('officers arrested Tyler Muise, 23, and Jordan Muise, 19, on Sunday at a home in Cole Harbour after a tip from the public', 'Martin Cromwell', 'indirect'),
        ('two men wearing surgical masks forced an employee to open a display case and fled with rings worth about $40,000', 'Ahmad Karimi', 'indirect'),
        ('She did exactly what we train people to do. She gave them what they wanted,', 'Ahmad Karimi', 'direct'),
        ('his client would plead not guilty', 'Luke Craggs', 'indirect'),
        ('He has no record and a job he goes to every day,', 'Luke Craggs', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n169-feature-teacher-retires',
    split='heldout26',
    text=(
        'After 38 years, Iqaluit teacher says goodbye to the classroom\n'
        '\n'
        'IQALUIT — When Leesee Papatsie started teaching at Nakasuk School in 1987, there were no Inuktitut textbooks. So she wrote them.\n'
        '\n'
        'Papatsie, who retires this month, has written or translated more than 60 books for young readers, many of them still used in schools across Nunavut.\n'
        '\n'
        '"The children needed to see their own lives on the page. Qallunaat books were about trains and apple trees," she says.\n'
        '\n'
        "Her former student Joanna Kilabuk, now the school's principal, says Papatsie taught her to read in two languages.\n"
        '\n'
        '"She never raised her voice. She did not have to," Kilabuk says. "We all wanted her to be proud of us."\n'
        '\n'
        'Papatsie says she plans to spend her retirement on the land with her grandchildren, and to finish a dictionary of words her mother used that young people no longer know.\n'
    ),
    gold=[
        ('The children needed to see their own lives on the page. Qallunaat books were about trains and apple trees,', 'Leesee Papatsie', 'direct'),
        ('Papatsie taught her to read in two languages', 'Joanna Kilabuk', 'indirect'),
        ('She never raised her voice. She did not have to,', 'Joanna Kilabuk', 'direct'),
        ('We all wanted her to be proud of us.', 'Joanna Kilabuk', 'direct'),
        ('she plans to spend her retirement on the land with her grandchildren, and to finish a dictionary of words her mother used that young people no longer know', 'Leesee Papatsie', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n170-sport-oilers-flames',
    split='heldout27',
    text=(
        'Skinner outduels Markstrom as Oilers win Battle of Alberta\n'
        '\n'
        'EDMONTON — Stuart Skinner stopped 38 shots and Leon Draisaitl scored twice as the Edmonton Oilers beat the Calgary Flames 4-1 on Saturday night.\n'
        '\n'
        "Jacob Markstrom made 31 saves for Calgary, which has lost four straight. Nazem Kadri scored the Flames' only goal on a power play late in the second period.\n"
        '\n'
        '"He was unbelievable. We hit a couple of posts, but he took away everything else," Kadri said of Skinner.\n'
        '\n'
        'The Oilers goaltender deflected the praise. "Our D cleared the rebounds. That makes my job easy," Skinner said.\n'
        '\n'
        'Draisaitl opened the scoring 3:12 into the game, one-timing a pass from Connor McDavid past Markstrom.\n'
        '\n'
        'Flames coach Ryan Huska said his team had played well enough to win for long stretches. "You don\'t get points for that," he added.\n'
        '\n'
        'Oilers coach Kris Knoblauch was asked about his captain, who had two assists. "Connor makes everybody around him better," the coach said. "That\'s not news to anyone."\n'
    ),
    gold=[
        ('He was unbelievable. We hit a couple of posts, but he took away everything else,', 'Nazem Kadri', 'direct'),
        ('Our D cleared the rebounds. That makes my job easy,', 'Stuart Skinner', 'direct'),
        ('his team had played well enough to win for long stretches', 'Ryan Huska', 'indirect'),
        ("You don't get points for that,", 'Ryan Huska', 'direct'),
        ('Connor makes everybody around him better,', 'Kris Knoblauch', 'direct'),
        ("That's not news to anyone.", 'Kris Knoblauch', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n171-court-fraud-sentence',
    split='heldout27',
    text=(
        'Former bookkeeper sentenced to 3 years for stealing from Regina church\n'
        '\n'
        'REGINA — A former bookkeeper who stole more than $400,000 from a Regina church over nine years was sentenced Friday to three years in prison.\n'
        '\n'
        'Janet Lindgren, 61, pleaded guilty in September to fraud over $5,000. She had written cheques to herself and hidden them in the parish accounts as payments to a roofing company.\n'
        '\n'
        'Provincial court Judge Marie-Claude Dion said the theft was a "profound breach of trust" against a congregation that had treated Lindgren as family.\n'
        '\n'
        '"The victims here are not a corporation. They are people who put their savings in the collection plate," Dion said.\n'
        '\n'
        'Crown prosecutor Anna Berg had asked for four years. Defence lawyer Tara Nelson sought a conditional sentence, telling the court her client had a gambling addiction and had begun repaying the money.\n'
        '\n'
        'Lindgren, her voice breaking, apologized to the congregation. "I am ashamed of what I did. I don\'t ask you to forgive me," she said.\n'
        '\n'
        "Outside court, the church's pastor, Rev. Daniel Okafor, said the parish would hold a prayer service for Lindgren on Sunday.\n"
    ),
    gold=[
        ('the theft was a "profound breach of trust" against a congregation that had treated Lindgren as family', 'Marie-Claude Dion', 'indirect'),
        ('profound breach of trust', 'Marie-Claude Dion', 'partial'),
        ('The victims here are not a corporation. They are people who put their savings in the collection plate,', 'Marie-Claude Dion', 'direct'),
        ('her client had a gambling addiction and had begun repaying the money', 'Tara Nelson', 'indirect'),
        ("I am ashamed of what I did. I don't ask you to forgive me,", 'Janet Lindgren', 'direct'),
        ('the parish would hold a prayer service for Lindgren on Sunday', 'Daniel Okafor', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n172-business-shopify',
    split='heldout27',
    text=(
        'Shopify beats forecasts as merchants flock to its payments service\n'
        '\n'
        "OTTAWA — Shopify Inc. on Wednesday reported fourth-quarter revenue that topped analysts' estimates, sending its shares up 9 per cent in early trading.\n"
        '\n'
        'The Ottawa-based e-commerce company said revenue rose 31 per cent to US$2.81 billion, as more merchants signed up for Shopify Payments and its point-of-sale hardware.\n'
        '\n'
        'President Harley Finkelstein said on a call with analysts that the company was "winning the biggest brands in the world," pointing to new deals with several large retailers.\n'
        '\n'
        '"Two years ago people asked whether we could serve enterprise. That question is answered," Finkelstein said.\n'
        '\n'
        'The company forecast first-quarter revenue growth in the mid-twenties percentage range. Chief financial officer Jeff Hoffmeister said expenses would rise as Shopify hires more engineers.\n'
        '\n'
        'Not everyone is convinced. Analyst Maria Ripps of Canaccord Genuity wrote that the valuation already assumed "near-perfect execution for years."\n'
    ),
    gold=[
        ('revenue rose 31 per cent to US$2.81 billion, as more merchants signed up for Shopify Payments and its point-of-sale hardware', 'Shopify Inc.', 'indirect', ['Shopify', 'The Ottawa-based e-commerce company', 'the Ottawa-based e-commerce company']),
        ('the company was "winning the biggest brands in the world," pointing to new deals with several large retailers', 'Harley Finkelstein', 'indirect'),
        ('winning the biggest brands in the world,', 'Harley Finkelstein', 'partial'),
        ('Two years ago people asked whether we could serve enterprise. That question is answered,', 'Harley Finkelstein', 'direct'),
        ('expenses would rise as Shopify hires more engineers', 'Jeff Hoffmeister', 'indirect'),
        ('the valuation already assumed "near-perfect execution for years."', 'Maria Ripps', 'indirect'),
        ('near-perfect execution for years.', 'Maria Ripps', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n173-politics-debate-quips',
    split='heldout27',
    text=(
        'Rubio, Christie clash in testy New Hampshire debate\n'
        '\n'
        'MANCHESTER, N.H. — Chris Christie went after Marco Rubio repeatedly in Saturday\'s Republican debate, accusing the Florida senator of reciting "memorized 25-second speeches" instead of answering questions.\n'
        '\n'
        '"That\'s what Washington does. The drive-by shot at the beginning with incorrect and incomplete information, and then the memorized 25-second speech," Christie said.\n'
        '\n'
        'Rubio shot back that the New Jersey governor had been "a disaster" for his state, whose credit rating had been downgraded nine times.\n'
        '\n'
        'Jeb Bush, who has struggled to gain traction, quipped that he was "the only one on this stage who has actually done something."\n'
        '\n'
        'Asked about the exchange afterward, Rubio\'s spokesman, Alex Conant, said the senator had "done just fine."\n'
        '\n'
        '"Chris Christie needed a moment. He got one," Conant said. "It won\'t save his campaign."\n'
    ),
    gold=[
        ('memorized 25-second speeches', 'Chris Christie', 'partial'),
        ("That's what Washington does. The drive-by shot at the beginning with incorrect and incomplete information, and then the memorized 25-second speech,", 'Chris Christie', 'direct'),
        ('the New Jersey governor had been "a disaster" for his state, whose credit rating had been downgraded nine times', 'Marco Rubio', 'indirect'),
        ('a disaster', 'Marco Rubio', 'partial'),
        ('he was "the only one on this stage who has actually done something."', 'Jeb Bush', 'indirect'),
        ('the only one on this stage who has actually done something.', 'Jeb Bush', 'partial'),
        ('the senator had "done just fine."', 'Alex Conant', 'indirect'),
        ('done just fine.', 'Alex Conant', 'partial'),
        ('Chris Christie needed a moment. He got one,', 'Alex Conant', 'direct'),
        ("It won't save his campaign.", 'Alex Conant', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n174-feature-chemist',
    split='heldout27',
    text=(
        'Saskatoon chemist turns canola waste into plastic\n'
        '\n'
        'SASKATOON — In a cramped lab at the University of Saskatchewan, Martin Reaney is trying to make plastic out of the part of the canola plant nobody wants.\n'
        '\n'
        'The lanky, soft-spoken chemist has spent 15 years studying the proteins left over after canola is crushed for oil, most of which ends up as cattle feed.\n'
        '\n'
        '"Farmers grow 20 million tonnes of this crop. We throw most of the value away," Reaney said, holding up a clear, flexible film made in his lab.\n'
        '\n'
        'His graduate student, Priya Natarajan, runs the machine that presses the protein into sheets.\n'
        '\n'
        '"The first hundred tries, it crumbled like a cracker," she said. "Now it bends."\n'
        '\n'
        'The project has drawn $2.4 million from Genome Prairie and two canola processors. A spokeswoman for one of them, Richardson International, said the company saw "real commercial potential" but would not say how much it had invested.\n'
        '\n'
        'Reaney is careful not to overpromise. "We are five years from a grocery bag, maybe ten," he said.\n'
    ),
    gold=[
        ('Farmers grow 20 million tonnes of this crop. We throw most of the value away,', 'Martin Reaney', 'direct'),
        ('The first hundred tries, it crumbled like a cracker,', 'Priya Natarajan', 'direct'),
        ('Now it bends.', 'Priya Natarajan', 'direct'),
        ('the company saw "real commercial potential" but would not say how much it had invested', 'A spokeswoman for one of them, Richardson International', 'indirect', ['a spokeswoman for one of them', 'A spokeswoman for one of them', 'a spokeswoman for Richardson International', 'Richardson International']),
        ('real commercial potential', 'A spokeswoman for one of them, Richardson International', 'partial', ['a spokeswoman for one of them', 'A spokeswoman for one of them', 'a spokeswoman for Richardson International', 'Richardson International']),
        ('We are five years from a grocery bag, maybe ten,', 'Martin Reaney', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n175-municipal-council',
    split='heldout27',
    text=(
        'Winnipeg council approves bus fare freeze after heated debate\n'
        '\n'
        'WINNIPEG — City council voted 11-5 on Thursday to freeze transit fares for another year, after a debate in which one councillor scolded another for "playing to the cameras."\n'
        '\n'
        'Coun. Janice Lukes, who chairs the public works committee, said a fare increase would hurt the riders who can least afford it.\n'
        '\n'
        '"A 25-cent increase sounds small. For a single mother taking three buses a day, it is not small," Lukes said.\n'
        '\n'
        'Coun. Russ Wyatt argued the freeze would leave a $4-million hole in the transit budget. When Coun. Sherri Rollins accused him of grandstanding, Wyatt fired back.\n'
        '\n'
        '"Somebody has to say where the money comes from. That\'s not grandstanding, that\'s arithmetic," he said.\n'
        '\n'
        'Mayor Scott Gillingham voted for the freeze. He said the city would ask the province to cover part of the shortfall.\n'
    ),
    gold=[
        ('playing to the cameras.', 'one councillor', 'partial', ['Sherri Rollins']),
        ('a fare increase would hurt the riders who can least afford it', 'Janice Lukes', 'indirect'),
        ('A 25-cent increase sounds small. For a single mother taking three buses a day, it is not small,', 'Janice Lukes', 'direct'),
        ('the freeze would leave a $4-million hole in the transit budget', 'Russ Wyatt', 'indirect'),
        ("Somebody has to say where the money comes from. That's not grandstanding, that's arithmetic,", 'Russ Wyatt', 'direct'),
        ('the city would ask the province to cover part of the shortfall', 'Scott Gillingham', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n176-politics-ottawa-housing',
    split='heldout28',
    text=(
        'Ottawa unveils $6-billion housing fund as Poilievre calls it "a photo op"\n'
        '\n'
        'OTTAWA — The federal government announced a $6-billion fund on Monday to help cities build water and sewer lines for new homes, a move Housing Minister Sean Fraser said would unlock "hundreds of thousands" of units.\n'
        '\n'
        '"You cannot build a house without a pipe to it. This is the unglamorous part of housing, and it matters," Fraser told reporters at a construction site in Kanata.\n'
        '\n'
        'Conservative Leader Pierre Poilievre dismissed the announcement as "a photo op with a shovel" and repeated his promise to tie federal money to the number of homes cities approve.\n'
        '\n'
        'Mayor Mark Sutcliffe welcomed the fund. In a statement, the mayor said Ottawa had $1.2 billion in infrastructure projects waiting for money.\n'
        '\n'
        'The Federation of Canadian Municipalities, which had asked for $10 billion, said the fund was a good start. Its president, Rebecca Bligh, said cities would need more.\n'
        '\n'
        '"This is a down payment, not the whole bill," she said.\n'
    ),
    gold=[
        ('hundreds of thousands', 'Sean Fraser', 'partial'),
        ('You cannot build a house without a pipe to it. This is the unglamorous part of housing, and it matters,', 'Sean Fraser', 'direct'),
        ('a photo op with a shovel', 'Pierre Poilievre', 'partial'),
        ('Ottawa had $1.2 billion in infrastructure projects waiting for money', 'Mark Sutcliffe', 'indirect'),
        ('the fund was a good start', 'The Federation of Canadian Municipalities', 'indirect', ['Federation of Canadian Municipalities']),
        ('cities would need more', 'Rebecca Bligh', 'indirect'),
        ('This is a down payment, not the whole bill,', 'Rebecca Bligh', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n177-crime-anonymous-source',
    split='heldout28',
    text=(
        'Montreal police probe leak of video from Metro station stabbing\n'
        '\n'
        "MONTREAL — Montreal police are investigating how a security video of last week's stabbing at Berri-UQAM station ended up on social media, a spokesperson said Tuesday.\n"
        '\n'
        'Const. Jean-Pierre Brabant said the video had been shared "thousands of times" and that the force had asked platforms to remove it.\n'
        '\n'
        "A police source, who spoke on condition of anonymity because the investigation is continuing, said the video appeared to have been recorded on a phone pointed at a monitor in the transit agency's control room.\n"
        '\n'
        'The Société de transport de Montréal said it was reviewing access to its control rooms. "We take this very seriously," spokesperson Philippe Déry said.\n'
        '\n'
        'The victim, a 27-year-old man, remains in hospital. His sister, Amira Haddad, told CTV News the family learned about the video from friends.\n'
        '\n'
        '"Nobody should find out like that. Nobody," she said.\n'
    ),
    gold=[
        ("Montreal police are investigating how a security video of last week's stabbing at Berri-UQAM station ended up on social media", 'a spokesperson', 'indirect', ['A spokesperson', 'Jean-Pierre Brabant']),
        ('the video had been shared "thousands of times" and that the force had asked platforms to remove it', 'Jean-Pierre Brabant', 'indirect'),
        ('thousands of times', 'Jean-Pierre Brabant', 'partial'),
        ("the video appeared to have been recorded on a phone pointed at a monitor in the transit agency's control room", 'A police source', 'indirect', ['a police source']),
        ('it was reviewing access to its control rooms', 'The Société de transport de Montréal', 'indirect', ['Société de transport de Montréal', 'STM']),
        ('We take this very seriously,', 'Philippe Déry', 'direct'),
        ('the family learned about the video from friends', 'Amira Haddad', 'indirect'),
        ('Nobody should find out like that. Nobody,', 'Amira Haddad', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n178-sport-soccer-two-coaches',
    split='heldout28',
    text=(
        'CF Montréal holds Toronto FC to scoreless draw\n'
        '\n'
        'TORONTO — Jonathan Sirois made six saves as CF Montréal held Toronto FC to a 0-0 draw on Saturday at BMO Field.\n'
        '\n'
        'Toronto had the better chances, but Federico Bernardeschi hit the crossbar in the 71st minute and Sirois stopped Deybi Flores from close range in stoppage time.\n'
        '\n'
        '"We created enough to win two games. The ball just didn\'t want to go in," Toronto coach John Herdman said.\n'
        '\n'
        'Montréal coach Laurent Courtois praised his goalkeeper. "Jo was a wall tonight. He kept us in it," Courtois said. "We suffered, but we suffered together."\n'
        '\n'
        'Bernardeschi, who has scored seven goals this season, was not made available to reporters. Herdman said the Italian had played through a sore ankle.\n'
        '\n'
        'Sirois said the point felt like a win. "Coming here and keeping a clean sheet, that\'s big for a young group," he said.\n'
    ),
    gold=[
        ("We created enough to win two games. The ball just didn't want to go in,", 'John Herdman', 'direct'),
        ('Jo was a wall tonight. He kept us in it,', 'Laurent Courtois', 'direct'),
        ('We suffered, but we suffered together.', 'Laurent Courtois', 'direct'),
        ('the Italian had played through a sore ankle', 'John Herdman', 'indirect'),
        ('the point felt like a win', 'Jonathan Sirois', 'indirect'),
        ("Coming here and keeping a clean sheet, that's big for a young group,", 'Jonathan Sirois', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n179-business-utility-rates',
    split='heldout28',
    text=(
        'Hydro One seeks 6% rate hike to pay for grid upgrades\n'
        '\n'
        'TORONTO — Hydro One Ltd. has asked the Ontario Energy Board to approve a 6 per cent increase in distribution rates next year, saying it needs the money to replace aging transformers and poles.\n'
        '\n'
        'In a filing with the regulator, the utility said about a quarter of its equipment was past its expected life.\n'
        '\n'
        'Chief executive David Lebeter said customers would pay about $4 more a month on average. "Nobody likes a bigger bill. But the alternative is more outages, and longer ones," he said.\n'
        '\n'
        'Energy Minister Stephen Lecce said the government would review the request. Consumer groups were less restrained.\n'
        '\n'
        'Mark Rubenstein, a lawyer for the School Energy Coalition, called the proposal "excessive" and said Hydro One had not shown why its costs were rising faster than inflation.\n'
        '\n'
        'The board is expected to rule in the fall.\n'
    ),
    gold=[
        ('it needs the money to replace aging transformers and poles', 'Hydro One Ltd.', 'indirect', ['Hydro One']),
        ('about a quarter of its equipment was past its expected life', 'Hydro One Ltd.', 'indirect', ['Hydro One', 'the utility']),
        ('customers would pay about $4 more a month on average', 'David Lebeter', 'indirect'),
        ('Nobody likes a bigger bill. But the alternative is more outages, and longer ones,', 'David Lebeter', 'direct'),
        ('the government would review the request', 'Stephen Lecce', 'indirect'),
        ('excessive', 'Mark Rubenstein', 'partial'),
        ('Hydro One had not shown why its costs were rising faster than inflation', 'Mark Rubenstein', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n180-feature-paramedic',
    split='heldout28',
    text=(
        'Fort Chipewyan paramedic is the only one for 280 kilometres\n'
        '\n'
        'FORT CHIPEWYAN, Alta. — When the phone rings at 3 a.m. in this northern Alberta hamlet, there is one person who answers it.\n'
        '\n'
        "Darlene Mercredi has been the community's only full-time paramedic for nine years. The nearest hospital is a 45-minute flight away in Fort McMurray, weather permitting.\n"
        '\n'
        '"Some nights I am the doctor, the nurse and the ambulance driver," Mercredi says. "You learn to stay calm because there is no one to hand it to."\n'
        '\n'
        'Her husband, Ray Ladouceur, drives the ambulance when he can. He says the hardest part is not the emergencies but the waiting.\n'
        '\n'
        '"She will sit with a patient for six hours until the plane can land. I have watched her do it," he says.\n'
        '\n'
        'Chief Allan Adam of the Athabasca Chipewyan First Nation says the community has asked the province for a second paramedic for a decade.\n'
        '\n'
        '"We are not asking for a hospital. We are asking for her to get a day off," Adam says.\n'
    ),
    gold=[
        ('Some nights I am the doctor, the nurse and the ambulance driver,', 'Darlene Mercredi', 'direct'),
        ('You learn to stay calm because there is no one to hand it to.', 'Darlene Mercredi', 'direct'),
        ('the hardest part is not the emergencies but the waiting', 'Ray Ladouceur', 'indirect'),
        ('She will sit with a patient for six hours until the plane can land. I have watched her do it,', 'Ray Ladouceur', 'direct'),
        ('the community has asked the province for a second paramedic for a decade', 'Allan Adam', 'indirect'),
        ('We are not asking for a hospital. We are asking for her to get a day off,', 'Allan Adam', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n181-politics-us-clinton-email',
    split='heldout28',
    text=(
        'Clinton Says Email Review Will Show She Followed Rules\n'
        '\n'
        'DES MOINES — Hillary Clinton said Thursday that she was confident a State Department review of her emails would show she had "followed the rules," as questions about her private server dogged her campaign in Iowa.\n'
        '\n'
        '"I never sent or received anything marked classified. That is the fact of the matter," Mrs. Clinton told reporters after a roundtable with nurses.\n'
        '\n'
        'Her rival, Senator Bernie Sanders, has declined to make the emails an issue. But Martin O\'Malley, the former Maryland governor, said voters deserved "a full accounting" before the caucuses.\n'
        '\n'
        'Representative Trey Gowdy, the South Carolina Republican who leads the House committee on Benghazi, said in a television interview that the panel would ask for more of her emails.\n'
        '\n'
        '"We are not done. We are not close to done," Mr. Gowdy said.\n'
        '\n'
        'A spokesman for Mrs. Clinton, Brian Fallon, said the committee had become "a partisan exercise."\n'
    ),
    gold=[
        ('she was confident a State Department review of her emails would show she had "followed the rules," as questions about her private server dogged her campaign in Iowa', 'Hillary Clinton', 'indirect'),
        ('followed the rules,', 'Hillary Clinton', 'partial'),
        ('I never sent or received anything marked classified. That is the fact of the matter,', 'Hillary Clinton', 'direct'),
        ('voters deserved "a full accounting" before the caucuses', "Martin O'Malley", 'indirect'),
        ('a full accounting', "Martin O'Malley", 'partial'),
        ('the panel would ask for more of her emails', 'Trey Gowdy', 'indirect'),
        ('We are not done. We are not close to done,', 'Trey Gowdy', 'direct'),
        ('the committee had become "a partisan exercise."', 'Brian Fallon', 'indirect'),
        ('a partisan exercise.', 'Brian Fallon', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n182-sport-basketball-two-men',
    split='heldout29',
    text=(
        'Barrett, Quickley lead Raptors past Knicks\n'
        '\n'
        'TORONTO — RJ Barrett scored 31 points and Immanuel Quickley added 24 against his former team as the Toronto Raptors beat the New York Knicks 118-109 on Friday night.\n'
        '\n'
        'Jalen Brunson had 35 points for New York, but Barrett held him to four in the fourth quarter.\n'
        '\n'
        '"I just tried to make him work for everything. He\'s one of the best scorers in the league," Barrett said.\n'
        '\n'
        'Quickley, traded to Toronto in 2023, said he still has friends in the Knicks locker room. He hugged Brunson after the final buzzer.\n'
        '\n'
        '"That\'s my guy. We talk all the time," Quickley said. "But for 48 minutes, he\'s not my friend."\n'
        '\n'
        'Knicks coach Tom Thibodeau was blunt about his team\'s defence. "We didn\'t guard anybody. You give up 118, you\'re not going to win many," he said.\n'
        '\n'
        'Raptors coach Darko Rajakovic praised his young team\'s patience. He said the players had "stayed together" when New York cut the lead to three.\n'
    ),
    gold=[
        ("I just tried to make him work for everything. He's one of the best scorers in the league,", 'RJ Barrett', 'direct'),
        ('he still has friends in the Knicks locker room', 'Immanuel Quickley', 'indirect'),
        ("That's my guy. We talk all the time,", 'Immanuel Quickley', 'direct'),
        ("But for 48 minutes, he's not my friend.", 'Immanuel Quickley', 'direct'),
        ("We didn't guard anybody. You give up 118, you're not going to win many,", 'Tom Thibodeau', 'direct'),
        ('the players had "stayed together" when New York cut the lead to three', 'Darko Rajakovic', 'indirect'),
        ('stayed together', 'Darko Rajakovic', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n183-crime-two-women-court',
    split='heldout29',
    text=(
        'Woman guilty of manslaughter in death of her roommate\n'
        '\n'
        'EDMONTON — A jury has found a 29-year-old Edmonton woman guilty of manslaughter in the 2022 death of her roommate, who was found at the bottom of the stairs in the home they shared.\n'
        '\n'
        'Kayla Brooks had been charged with second-degree murder in the death of Jessica Tran, 26. The jury deliberated for two days.\n'
        '\n'
        "Tran's mother, Linh Tran, wept as the verdict was read. Outside court, she said her family had waited more than two years for an answer.\n"
        '\n'
        '"Jessica was kind to everyone, even to people who did not deserve it," she said. "She let that woman into her home."\n'
        '\n'
        'Brooks\'s lawyer, Deborah Hatch, said her client was disappointed and would consider an appeal. "She has always said it was an accident, and she still says so," Hatch said.\n'
        '\n'
        'Justice Avril Inglis set sentencing arguments for March.\n'
    ),
    gold=[
        ('her family had waited more than two years for an answer', 'Linh Tran', 'indirect'),
        ('Jessica was kind to everyone, even to people who did not deserve it,', 'Linh Tran', 'direct'),
        ('She let that woman into her home.', 'Linh Tran', 'direct'),
        ('her client was disappointed and would consider an appeal', 'Deborah Hatch', 'indirect'),
        ('She has always said it was an accident, and she still says so,', 'Deborah Hatch', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n184-business-union-strike',
    split='heldout29',
    text=(
        'Port of Montreal longshore workers vote to strike\n'
        '\n'
        "MONTREAL — Longshore workers at the Port of Montreal have voted 99 per cent in favour of a strike mandate, their union said Sunday, raising the prospect of a shutdown at Canada's second-busiest port.\n"
        '\n'
        'The message from the union was blunt: "We will not accept schedules that make family life impossible."\n'
        '\n'
        "CUPE Local 375 president Michel Murray told reporters the employers' association had refused to discuss scheduling since talks began in March.\n"
        '\n'
        'The Maritime Employers Association, which represents shipping lines and terminal operators, said it had made "a fair and complete offer." Its chief executive, Martin Tessier, said a strike would hurt "thousands of businesses that have nothing to do with this dispute."\n'
        '\n'
        'Federal Labour Minister Steven MacKinnon urged both sides to keep talking. He said he had appointed a mediator.\n'
    ),
    gold=[
        ('Longshore workers at the Port of Montreal have voted 99 per cent in favour of a strike mandate', 'their union', 'indirect', ['the union', 'CUPE Local 375']),
        ('We will not accept schedules that make family life impossible.', 'the union', 'direct', ['their union', 'CUPE Local 375']),
        ("the employers' association had refused to discuss scheduling since talks began in March", 'Michel Murray', 'indirect'),
        ('it had made "a fair and complete offer."', 'The Maritime Employers Association', 'indirect', ['Maritime Employers Association']),
        ('a fair and complete offer.', 'The Maritime Employers Association', 'partial', ['Maritime Employers Association']),
        ('a strike would hurt "thousands of businesses that have nothing to do with this dispute."', 'Martin Tessier', 'indirect'),
        ('thousands of businesses that have nothing to do with this dispute.', 'Martin Tessier', 'partial'),
        ('he had appointed a mediator', 'Steven MacKinnon', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n185-politics-byelection',
    split='heldout29',
    text=(
        'Liberals hold Toronto seat in tight byelection\n'
        '\n'
        'TORONTO — The Liberals narrowly held the riding of Don Valley West in Monday\'s byelection, a result the party\'s campaign director, Azam Ishmael, called "a relief, frankly."\n'
        '\n'
        'Liberal candidate Anita Mehta won by 612 votes over Conservative Tom Kostas, in a riding the party had carried by more than 8,000 votes in the last election.\n'
        '\n'
        'Mehta thanked volunteers at a community hall in Thorncliffe Park. "People told me at the door what they were angry about. I heard them," she said.\n'
        '\n'
        'Kostas conceded shortly before midnight. He told supporters the result showed the riding was "in play" for the first time in a decade.\n'
        '\n'
        '"We came within a few hundred votes in a place nobody thought we could compete," he said. "We will be back."\n'
        '\n'
        'Turnout was 28 per cent, according to Elections Canada.\n'
    ),
    gold=[
        ('a relief, frankly.', 'Azam Ishmael', 'partial'),
        ('People told me at the door what they were angry about. I heard them,', 'Anita Mehta', 'direct'),
        ('the result showed the riding was "in play" for the first time in a decade', 'Tom Kostas', 'indirect'),
        ('in play', 'Tom Kostas', 'partial'),
        ('We came within a few hundred votes in a place nobody thought we could compete,', 'Tom Kostas', 'direct'),
        ('We will be back.', 'Tom Kostas', 'direct'),
        ('Turnout was 28 per cent', 'Elections Canada', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n186-obituary-hockey-coach',
    split='heldout29',
    text=(
        'Bill Kowalchuk, who coached Flin Flon minor hockey for 40 years, dies at 88\n'
        '\n'
        'FLIN FLON, Man. — Bill Kowalchuk, who taught three generations of Flin Flon children to skate and coached two future NHL players, has died. He was 88.\n'
        '\n'
        'His daughter, Carol Kowalchuk-Reid, said her father died peacefully at home on Saturday with his family around him.\n'
        '\n'
        '"Dad was at the rink before anybody and left after everybody. He thought every kid deserved ice time," she said.\n'
        '\n'
        'One of those kids was Reggie Leach, who went on to score 61 goals for the Philadelphia Flyers in 1975-76. Leach called Kowalchuk "the reason I had a career."\n'
        '\n'
        '"He drove me to tournaments in his own car when my family couldn\'t. I never forgot it," Leach said in a phone interview from Riverton, Man.\n'
        '\n'
        'A funeral will be held Friday at the Whitney Forum, the arena where Kowalchuk coached for four decades.\n'
    ),
    gold=[
        ('her father died peacefully at home on Saturday with his family around him', 'Carol Kowalchuk-Reid', 'indirect'),
        ('Dad was at the rink before anybody and left after everybody. He thought every kid deserved ice time,', 'Carol Kowalchuk-Reid', 'direct'),
        ('the reason I had a career.', 'Reggie Leach', 'partial'),
        ("He drove me to tournaments in his own car when my family couldn't. I never forgot it,", 'Reggie Leach', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n187-politics-us-trump-rally',
    split='heldout29',
    text=(
        'At Rally, Trump Vows to Bring Back Coal Jobs\n'
        '\n'
        'CHARLESTON, W.Va. — Donald J. Trump promised a cheering crowd here on Thursday that he would put coal miners "back to work," and accused Hillary Clinton of wanting to "put them out of business."\n'
        '\n'
        '"We\'re going to bring those jobs back, folks. Believe me," Mr. Trump said.\n'
        '\n'
        'Mrs. Clinton\'s campaign responded within the hour. Her spokeswoman, Jennifer Palmieri, said Mr. Trump had "no plan, just applause lines," and pointed to Mrs. Clinton\'s $30 billion proposal for coal communities.\n'
        '\n'
        'Senator Joe Manchin, a Democrat from West Virginia who supports Mrs. Clinton, acknowledged that her remarks in March had hurt her in the state. "She made a mistake in how she said it, and she has owned that," he said.\n'
        '\n'
        "The state's governor, Earl Ray Tomblin, a Democrat, has not endorsed either candidate.\n"
    ),
    gold=[
        ('he would put coal miners "back to work,"', 'Donald J. Trump', 'indirect', ['Donald Trump']),
        ('back to work,', 'Donald J. Trump', 'partial', ['Donald Trump']),
        ('put them out of business.', 'Donald J. Trump', 'partial', ['Donald Trump']),
        ("We're going to bring those jobs back, folks. Believe me,", 'Donald J. Trump', 'direct', ['Donald Trump']),
        ('Mr. Trump had "no plan, just applause lines,"', 'Jennifer Palmieri', 'indirect'),
        ('no plan, just applause lines,', 'Jennifer Palmieri', 'partial'),
        ('her remarks in March had hurt her in the state', 'Joe Manchin', 'indirect'),
        ('She made a mistake in how she said it, and she has owned that,', 'Joe Manchin', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n188-sport-soccer-two-women',
    split='heldout30',
    text=(
        'Fleming, Beckie carry Canada past Costa Rica in qualifier\n'
        '\n'
        'HOUSTON — Jessie Fleming scored in the 12th minute and Janine Beckie added two more as Canada beat Costa Rica 3-0 on Sunday to move within a win of the Olympics.\n'
        '\n'
        'Fleming, the 21-year-old midfielder from London, Ont., curled her free kick over the wall and into the top corner. She said afterward that the team had worked on the set piece "maybe a hundred times" in training this week.\n'
        '\n'
        '"Janine told me before the game she wanted the next one, so I owed her," Fleming joked.\n'
        '\n'
        'Beckie, who missed most of the fall with a hamstring injury, was blunt about her own finishing. "I should have had four. I will take two," she said.\n'
        '\n'
        'Head coach Kenneth Heiner-Moller praised the back line, which has not conceded in the tournament. The Dane said his players had been "disciplined for ninety minutes" against a team that likes to counter.\n'
        '\n'
        'Costa Rica coach Amelia Valverde conceded that Canada had been the better side. "They punished every mistake we made," she said through an interpreter.\n'
    ),
    gold=[
        ('the team had worked on the set piece "maybe a hundred times" in training this week', 'Jessie Fleming', 'indirect'),
        ('maybe a hundred times', 'Jessie Fleming', 'partial'),
        ('Janine told me before the game she wanted the next one, so I owed her,', 'Jessie Fleming', 'direct'),
        ('I should have had four. I will take two,', 'Janine Beckie', 'direct'),
        ('his players had been "disciplined for ninety minutes" against a team that likes to counter', 'Kenneth Heiner-Moller', 'indirect'),
        ('disciplined for ninety minutes', 'Kenneth Heiner-Moller', 'partial'),
        ('Canada had been the better side', 'Amelia Valverde', 'indirect'),
        ('They punished every mistake we made,', 'Amelia Valverde', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n189-court-fraud-sentencing',
    split='heldout30',
    text=(
        'Former credit union manager gets four years for $2.3M fraud\n'
        '\n'
        'REGINA — A former credit union manager who took $2.3 million from elderly members over eight years was sentenced Wednesday to four years in prison.\n'
        '\n'
        'Darren Pelletier, 52, pleaded guilty in June to fraud over $5,000. Court of King\'s Bench Justice Heather Morrow said the breach of trust was "at the very top of the scale" because the victims had relied on him for decades.\n'
        '\n'
        'Crown prosecutor Lyle Dunn had asked for six years. He told the court that some of the victims had lost their entire savings, and that one widow had sold her house to cover the loss.\n'
        '\n'
        'Defence lawyer Marc Thibodeau argued his client had paid back nearly $400,000 and had no prior record. "He is not a man who will ever be trusted with money again, and he knows that," Thibodeau said.\n'
        '\n'
        'Outside court, the veteran prosecutor was asked whether the sentence was enough. "No sentence gives these people their retirement back," Dunn said.\n'
        '\n'
        'Pelletier, who wept as the sentence was read, apologized to his victims. "I am ashamed of what I did to people who trusted me," he said.\n'
    ),
    gold=[
        ('the breach of trust was "at the very top of the scale" because the victims had relied on him for decades', 'Heather Morrow', 'indirect'),
        ('at the very top of the scale', 'Heather Morrow', 'partial'),
        ('some of the victims had lost their entire savings, and that one widow had sold her house to cover the loss', 'Lyle Dunn', 'indirect'),
        ('his client had paid back nearly $400,000 and had no prior record', 'Marc Thibodeau', 'indirect'),
        ('He is not a man who will ever be trusted with money again, and he knows that,', 'Marc Thibodeau', 'direct'),
        ('No sentence gives these people their retirement back,', 'Lyle Dunn', 'direct'),
        ('I am ashamed of what I did to people who trusted me,', 'Darren Pelletier', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n190-business-telecom-results',
    split='heldout30',
    text=(
        'Telus profit slips as wireless price war bites\n'
        '\n'
        'VANCOUVER — Telus Corp. said Friday its third-quarter profit fell 9 per cent as competition for wireless customers pushed prices down across the country.\n'
        '\n'
        'The Vancouver-based company earned $391 million, down from $430 million a year earlier. Revenue rose 2 per cent to $5.1 billion.\n'
        '\n'
        'Chief executive Darren Entwistle told analysts on a conference call that the company would "not chase every promotion" and would focus on keeping the customers it has.\n'
        '\n'
        '"We have the lowest churn in the industry for a reason. We are not going to give that away for a few months of headlines," Entwistle said.\n'
        '\n'
        'Desjardins analyst Jerome Dubreuil wrote in a note to clients that the results were "messy but better than feared." He kept his buy rating on the stock.\n'
        '\n'
        'Telus shares rose 1.2 per cent to $24.10 in Toronto.\n'
    ),
    gold=[
        ('its third-quarter profit fell 9 per cent as competition for wireless customers pushed prices down across the country', 'Telus Corp.', 'indirect', ['Telus']),
        ('the company would "not chase every promotion" and would focus on keeping the customers it has', 'Darren Entwistle', 'indirect'),
        ('not chase every promotion', 'Darren Entwistle', 'partial'),
        ('We have the lowest churn in the industry for a reason. We are not going to give that away for a few months of headlines,', 'Darren Entwistle', 'direct'),
        ('the results were "messy but better than feared."', 'Jerome Dubreuil', 'indirect'),
        ('messy but better than feared.', 'Jerome Dubreuil', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n191-politics-us-kasich-ohio',
    split='heldout30',
    text=(
        'Kasich, Staying in Race, Says Ohio Proves He Can Win\n'
        '\n'
        'COLUMBUS, Ohio — Gov. John Kasich of Ohio, fresh from winning his home state, insisted on Wednesday that he was the only Republican who could beat Hillary Clinton in November.\n'
        '\n'
        '"Every poll shows it. I beat her in Pennsylvania, I beat her in Michigan, I beat her here," Mr. Kasich told supporters at a diner on the city\'s east side.\n'
        '\n'
        'His chief strategist, John Weaver, says the campaign has a path through a contested convention. In a memo sent to donors, he wrote: "No candidate will arrive in Cleveland with 1,237 delegates."\n'
        '\n'
        'The Trump campaign dismissed the idea. Corey Lewandowski, Donald J. Trump\'s campaign manager, said on CNN that Mr. Kasich was "mathematically eliminated" and should leave the race.\n'
        '\n'
        'Mr. Kasich shrugged off the criticism. "They can say what they want. I am not going anywhere," he said.\n'
    ),
    gold=[
        ('he was the only Republican who could beat Hillary Clinton in November', 'John Kasich', 'indirect'),
        ('Every poll shows it. I beat her in Pennsylvania, I beat her in Michigan, I beat her here,', 'John Kasich', 'direct'),
        ('the campaign has a path through a contested convention', 'John Weaver', 'indirect'),
        ('No candidate will arrive in Cleveland with 1,237 delegates.', 'John Weaver', 'direct'),
        ('Mr. Kasich was "mathematically eliminated" and should leave the race', 'Corey Lewandowski', 'indirect'),
        ('mathematically eliminated', 'Corey Lewandowski', 'partial'),
        ('They can say what they want. I am not going anywhere,', 'John Kasich', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n192-feature-beekeeper',
    split='heldout30',
    text=(
        'A Prince Edward Island beekeeper counts her losses after a hard winter\n'
        '\n'
        'CORNWALL, P.E.I. — Marjorie Gallant opened the first of her 60 hives in April and knew before she lifted the lid. There was no hum.\n'
        '\n'
        '"Silence is the worst sound in this business," the 64-year-old beekeeper said, standing among the white boxes behind her farmhouse.\n'
        '\n'
        'She lost 38 colonies over the winter, more than half. Across the Island, the provincial apiarist, Cameron Menzies, estimates that losses ran near 40 per cent, double the usual rate.\n'
        '\n'
        'Menzies blames a wet autumn and a mite that has spread from Nova Scotia. "The bees went into winter already weak. Cold alone does not kill a strong hive," he said.\n'
        '\n'
        'Gallant scoffed at the suggestion that she might give it up. "My mother kept bees until she was 90. I have a while yet," she said.\n'
        '\n'
        'She has ordered 30 packages of bees from New Zealand, at $250 each.\n'
        '\n'
        '"It is a lot of money for a gamble," she said. "But that is farming."\n'
    ),
    gold=[
        ('Silence is the worst sound in this business,', 'Marjorie Gallant', 'direct'),
        ('losses ran near 40 per cent, double the usual rate', 'Cameron Menzies', 'indirect'),
        ('The bees went into winter already weak. Cold alone does not kill a strong hive,', 'Cameron Menzies', 'direct'),
        ('My mother kept bees until she was 90. I have a while yet,', 'Marjorie Gallant', 'direct'),
        ('It is a lot of money for a gamble,', 'Marjorie Gallant', 'direct'),
        ('But that is farming.', 'Marjorie Gallant', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n193-politics-ontario-budget',
    split='heldout30',
    text=(
        "Ford government's budget promises balance by 2024, opposition calls it a mirage\n"
        '\n'
        "TORONTO — Ontario's Progressive Conservative government tabled a budget Thursday that it says will erase the province's deficit within five years without raising taxes.\n"
        '\n'
        'Finance Minister Vic Fedeli called the plan "responsible and realistic" and told the legislature that the government had found $1.4 billion in savings by "finding efficiencies, not cutting services."\n'
        '\n'
        'Premier Doug Ford was more blunt. "The party with taxpayers\' money is over," Ford told reporters at Queen\'s Park.\n'
        '\n'
        'NDP Leader Andrea Horwath said the savings would come out of classrooms and hospitals. The Official Opposition leader accused the government of "hiding the cuts in the fine print."\n'
        '\n'
        '"Families are going to feel this in September, when their kids walk into bigger classes," Horwath said.\n'
        '\n'
        'Interim Liberal Leader John Fraser said the budget "does nothing for the people who need help most."\n'
    ),
    gold=[
        ('responsible and realistic', 'Vic Fedeli', 'partial'),
        ('the government had found $1.4 billion in savings by "finding efficiencies, not cutting services."', 'Vic Fedeli', 'indirect'),
        ('finding efficiencies, not cutting services.', 'Vic Fedeli', 'partial'),
        ("The party with taxpayers' money is over,", 'Doug Ford', 'direct'),
        ('the savings would come out of classrooms and hospitals', 'Andrea Horwath', 'indirect'),
        ('hiding the cuts in the fine print.', 'Andrea Horwath', 'partial'),
        ('Families are going to feel this in September, when their kids walk into bigger classes,', 'Andrea Horwath', 'direct'),
        ('the budget "does nothing for the people who need help most."', 'John Fraser', 'indirect'),
        ('does nothing for the people who need help most.', 'John Fraser', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n194-crime-two-men-robbery',
    split='heldout31',
    text=(
        'Two men charged after armed robbery at Winnipeg pharmacy\n'
        '\n'
        'WINNIPEG — Two men have been charged after a pharmacy on Portage Avenue was robbed at knifepoint Tuesday night, Winnipeg police say.\n'
        '\n'
        'Const. Rob Carver said officers arrested Kyle Desjarlais, 27, a few blocks away, and found Shane Morin, 31, hiding in a garage about an hour later.\n'
        '\n'
        'Carver said Desjarlais is accused of holding a knife to the pharmacist while Morin filled a bag with prescription drugs. He said no one was hurt.\n'
        '\n'
        'The pharmacist, Amrit Gill, said she handed over everything they asked for. "I kept thinking about my kids. You do what they say," she said.\n'
        '\n'
        'Gill said the store would reopen Thursday. The owner, Dale Pruden, blurted out when a reporter arrived: "We have been robbed three times this year. Three times."\n'
        '\n'
        'Both men remain in custody.\n'
    ),
    gold=[
        ('a pharmacy on Portage Avenue was robbed at knifepoint Tuesday night', 'Winnipeg police', 'indirect'),
        ('officers arrested Kyle Desjarlais, 27, a few blocks away, and found Shane Morin, 31, hiding in a garage about an hour later', 'Rob Carver', 'indirect'),
        ('Desjarlais is accused of holding a knife to the pharmacist while Morin filled a bag with prescription drugs', 'Rob Carver', 'indirect'),
        ('no one was hurt', 'Rob Carver', 'indirect'),
        ('she handed over everything they asked for', 'Amrit Gill', 'indirect'),
        ('I kept thinking about my kids. You do what they say,', 'Amrit Gill', 'direct'),
        ('the store would reopen Thursday', 'Amrit Gill', 'indirect'),
        ('We have been robbed three times this year. Three times.', 'Dale Pruden', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n195-feature-professor-ai',
    split='heldout31',
    text=(
        'The Waterloo professor who wants robots to say "I don\'t know"\n'
        '\n'
        'WATERLOO, Ont. — Priya Raman keeps a list on her office door of things computers have told her with total confidence that turned out to be false.\n'
        '\n'
        'Raman, who teaches computer science at the University of Waterloo, has spent six years building systems that admit when they are unsure.\n'
        '\n'
        '"A machine that is wrong and certain is more dangerous than one that is wrong and humble," the soft-spoken professor said.\n'
        '\n'
        'Her work has drawn interest from hospitals. Dr. Michael Osei, who runs the emergency department at Grand River Hospital, says doctors need to know when software is guessing.\n'
        '\n'
        '"If it tells me a scan is clear, I want to know how clear," Osei said. "Ninety-nine per cent and sixty per cent are not the same answer."\n'
        '\n'
        'Not everyone is convinced. Tom Halvorsen, a venture capitalist in Toronto, echoed a common complaint: customers, he said, "want answers, not shrugs."\n'
    ),
    gold=[
        ('A machine that is wrong and certain is more dangerous than one that is wrong and humble,', 'Priya Raman', 'direct'),
        ('doctors need to know when software is guessing', 'Michael Osei', 'indirect'),
        ('If it tells me a scan is clear, I want to know how clear,', 'Michael Osei', 'direct'),
        ('Ninety-nine per cent and sixty per cent are not the same answer.', 'Michael Osei', 'direct'),
        ('want answers, not shrugs.', 'Tom Halvorsen', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n196-business-amazon-warehouse',
    split='heldout31',
    text=(
        'Amazon to open fulfilment centre near Calgary, creating 1,500 jobs\n'
        '\n'
        'CALGARY — Amazon.com Inc. will build a fulfilment centre in Rocky View County that will employ 1,500 people, the company announced Wednesday.\n'
        '\n'
        'The world\'s largest online retailer said the 600,000-square-foot building would open in 2020 and handle large items such as furniture and kayaks.\n'
        '\n'
        '"Calgary has the talent and the highway access we need," said Dave Clark, Amazon\'s senior vice-president of worldwide operations.\n'
        '\n'
        'Rocky View Reeve Greg Boehlke called it "the biggest thing to happen to this county in a generation."\n'
        '\n'
        'The Alberta Federation of Labour was less enthusiastic. Its president, Gil McGowan, says warehouse jobs at Amazon are "fast, hard and closely watched," and urged the province to make sure workers can organize.\n'
    ),
    gold=[
        ('Amazon.com Inc. will build a fulfilment centre in Rocky View County that will employ 1,500 people', 'Amazon.com Inc.', 'indirect', ['Amazon']),
        ('the 600,000-square-foot building would open in 2020 and handle large items such as furniture and kayaks', 'Amazon.com Inc.', 'indirect', ['Amazon']),
        ('Calgary has the talent and the highway access we need,', 'Dave Clark', 'direct'),
        ('the biggest thing to happen to this county in a generation.', 'Greg Boehlke', 'partial'),
        ('warehouse jobs at Amazon are "fast, hard and closely watched,"', 'Gil McGowan', 'indirect'),
        ('fast, hard and closely watched,', 'Gil McGowan', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n197-politics-us-rubio-debate',
    split='heldout31',
    text=(
        'Rubio Goes After Trump on Stage, and Trump Hits Back\n'
        '\n'
        'HOUSTON — Senator Marco Rubio of Florida, trailing in the polls, attacked Donald J. Trump repeatedly at the Republican debate here on Thursday night, calling him a "con artist" who had hired illegal workers.\n'
        '\n'
        '"If he builds the wall the way he built Trump Tower, he will be using illegal immigrant labor to do it," Mr. Rubio said to loud applause.\n'
        '\n'
        'Mr. Trump scolded Mr. Rubio for interrupting. "Let me talk. Let me talk, Marco," he said, before turning to the audience. "This guy is a choker."\n'
        '\n'
        'Senator Ted Cruz of Texas mostly stayed out of the exchange. Later, in the spin room, his campaign manager, Jeff Roe, said Mr. Cruz had been "the only adult on the stage."\n'
        '\n'
        'Mr. Rubio told reporters after the debate that he was not worried about his poll numbers. "We have a long way to go," he said.\n'
    ),
    gold=[
        ('con artist', 'Marco Rubio', 'partial'),
        ('If he builds the wall the way he built Trump Tower, he will be using illegal immigrant labor to do it,', 'Marco Rubio', 'direct'),
        ('Let me talk. Let me talk, Marco,', 'Donald J. Trump', 'direct', ['Donald Trump']),
        ('This guy is a choker.', 'Donald J. Trump', 'direct', ['Donald Trump']),
        ('Mr. Cruz had been "the only adult on the stage."', 'Jeff Roe', 'indirect'),
        ('the only adult on the stage.', 'Jeff Roe', 'partial'),
        ('he was not worried about his poll numbers', 'Marco Rubio', 'indirect'),
        ('We have a long way to go,', 'Marco Rubio', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n198-sport-hockey-goalie-duel',
    split='heldout31',
    text=(
        'Hellebuyck stops 42 as Jets edge Flames in shootout\n'
        '\n'
        'CALGARY — Connor Hellebuyck made 42 saves and Kyle Connor scored the only goal of the shootout as the Winnipeg Jets beat the Calgary Flames 3-2 on Saturday.\n'
        '\n'
        'David Rittich stopped 30 shots for Calgary, which has lost three straight.\n'
        '\n'
        '"He stole one tonight. That is what he does," Jets coach Paul Maurice said of his goaltender. "We were not good enough to win that game."\n'
        '\n'
        'Rittich was just as sharp at the other end. Asked about the shootout, the Czech goaltender was brief. "I guessed wrong on Connor. That is all," he said.\n'
        '\n'
        'Flames coach Bill Peters said his team had "plenty of chances" and would have to bury them. He said Johnny Gaudreau, who was held without a point, "will be fine."\n'
        '\n'
        'Connor, who has six shootout winners this season, kept his explanation short: "I just shoot low."\n'
    ),
    gold=[
        ('He stole one tonight. That is what he does,', 'Paul Maurice', 'direct'),
        ('We were not good enough to win that game.', 'Paul Maurice', 'direct'),
        ('I guessed wrong on Connor. That is all,', 'David Rittich', 'direct'),
        ('his team had "plenty of chances" and would have to bury them', 'Bill Peters', 'indirect'),
        ('plenty of chances', 'Bill Peters', 'partial'),
        ('Johnny Gaudreau, who was held without a point, "will be fine."', 'Bill Peters', 'indirect'),
        ('will be fine.', 'Bill Peters', 'partial'),
        ('I just shoot low.', 'Kyle Connor', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n199-municipal-transit-vote',
    split='heldout31',
    text=(
        'Edmonton council approves fare hike after long debate\n'
        '\n'
        'EDMONTON — City council voted 8-5 on Tuesday to raise transit fares by 25 cents next year, after a debate that ran past midnight.\n'
        '\n'
        'Mayor Don Iveson, who voted in favour, said the increase was needed to keep buses running on Sundays. "Nobody likes raising fares. But the alternative is cutting service, and that hurts the same people more," he said.\n'
        '\n'
        'Coun. Aaron Paquette says: "We are asking the people with the least to pay the most."\n'
        '\n'
        'Paquette and four colleagues had pushed for a low-income pass to be expanded instead. The Ward 4 councillor said the city had found money for "every other priority."\n'
        '\n'
        'Transit rider Jenna Loewen, who spoke at the public hearing, said she would now pay more than $100 a month. "I work two jobs. I do not have a car. What am I supposed to do?" she asked.\n'
    ),
    gold=[
        ('the increase was needed to keep buses running on Sundays', 'Don Iveson', 'indirect'),
        ('Nobody likes raising fares. But the alternative is cutting service, and that hurts the same people more,', 'Don Iveson', 'direct'),
        ('We are asking the people with the least to pay the most.', 'Aaron Paquette', 'direct'),
        ('the city had found money for "every other priority."', 'Aaron Paquette', 'indirect'),
        ('every other priority.', 'Aaron Paquette', 'partial'),
        ('she would now pay more than $100 a month', 'Jenna Loewen', 'indirect'),
        ('I work two jobs. I do not have a car. What am I supposed to do?', 'Jenna Loewen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n200-court-two-women-custody',
    split='heldout32',
    text=(
        'Judge rules grandmother can keep custody of Halifax boy\n'
        '\n'
        'HALIFAX — A Nova Scotia judge has ruled that a nine-year-old boy will stay with his grandmother rather than return to his mother, who had sought custody after completing a treatment program.\n'
        '\n'
        'In a written decision released Monday, Justice Elizabeth Jollimore said the boy had "thrived" in the four years he has lived with his grandmother, Doreen MacLeod.\n'
        '\n'
        'The mother, whose name is protected by a publication ban, told the court she had been sober for 18 months. Jollimore wrote that she had "made real progress" but that moving the boy now would harm him.\n'
        '\n'
        'MacLeod, 67, said outside court that she would make sure the boy keeps seeing his mother. "He loves her. That is never going to change," she said.\n'
        '\n'
        'The mother\'s lawyer, Sandra Lee, said her client was "heartbroken" and was considering an appeal.\n'
    ),
    gold=[
        ('a nine-year-old boy will stay with his grandmother rather than return to his mother, who had sought custody after completing a treatment program', 'Elizabeth Jollimore', 'indirect'),
        ('the boy had "thrived" in the four years he has lived with his grandmother, Doreen MacLeod', 'Elizabeth Jollimore', 'indirect'),
        ('thrived', 'Elizabeth Jollimore', 'partial'),
        ('she had been sober for 18 months', 'The mother', 'indirect', ['the mother']),
        ('she had "made real progress" but that moving the boy now would harm him', 'Elizabeth Jollimore', 'indirect'),
        ('made real progress', 'Elizabeth Jollimore', 'partial'),
        ('she would make sure the boy keeps seeing his mother', 'Doreen MacLeod', 'indirect'),
        ('He loves her. That is never going to change,', 'Doreen MacLeod', 'direct'),
        ('her client was "heartbroken" and was considering an appeal', 'Sandra Lee', 'indirect'),
        ('heartbroken', 'Sandra Lee', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n201-sport-baseball-trade',
    split='heldout32',
    text=(
        'Blue Jays trade Stroman to Mets for two pitching prospects\n'
        '\n'
        'TORONTO — The Toronto Blue Jays traded right-hander Marcus Stroman to the New York Mets on Sunday for minor-league pitchers Anthony Kay and Simeon Woods Richardson.\n'
        '\n'
        'General manager Ross Atkins said the club had talked to "a handful of teams" before taking the Mets\' offer. "We believe both of these arms can pitch in our rotation for a long time," Atkins said.\n'
        '\n'
        'Stroman, a two-time all-star who grew up on Long Island, learned of the deal in the clubhouse. The 28-year-old posted a message to fans on social media: "Toronto, you gave me everything. I will never forget it."\n'
        '\n'
        'Manager Charlie Montoyo called it a tough day. "You lose a guy like that, it hurts. But that is the business," he said.\n'
        '\n'
        'Mets general manager Brodie Van Wagenen said Stroman would join the team in Pittsburgh on Tuesday.\n'
    ),
    gold=[
        ('the club had talked to "a handful of teams" before taking the Mets\' offer', 'Ross Atkins', 'indirect'),
        ('a handful of teams', 'Ross Atkins', 'partial'),
        ('We believe both of these arms can pitch in our rotation for a long time,', 'Ross Atkins', 'direct'),
        ('Toronto, you gave me everything. I will never forget it.', 'Marcus Stroman', 'direct'),
        ('You lose a guy like that, it hurts. But that is the business,', 'Charlie Montoyo', 'direct'),
        ('Stroman would join the team in Pittsburgh on Tuesday', 'Brodie Van Wagenen', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n202-politics-us-sanders-trade',
    split='heldout32',
    text=(
        'Sanders, in Michigan, Hammers Clinton on Trade Deals\n'
        '\n'
        'FLINT, Mich. — Senator Bernie Sanders of Vermont, campaigning in a state battered by factory closings, accused Hillary Clinton on Sunday of supporting trade agreements that "cost this state hundreds of thousands of jobs."\n'
        '\n'
        '"I voted against NAFTA. I voted against permanent normal trade relations with China. Secretary Clinton did not," Mr. Sanders told a crowd of about 4,000 at a high school gymnasium.\n'
        '\n'
        'The Clinton campaign pushed back. Her spokesman, Brian Fallon, said in an email that Mrs. Clinton had "a detailed plan to bring manufacturing back," and noted that she had opposed the Central America Free Trade Agreement.\n'
        '\n'
        'Some voters were not persuaded by either. Dave Kowalski, 58, a retired autoworker, says he will probably vote for Mr. Sanders, "but I don\'t think anybody is bringing those plants back."\n'
    ),
    gold=[
        ('cost this state hundreds of thousands of jobs.', 'Bernie Sanders', 'partial'),
        ('I voted against NAFTA. I voted against permanent normal trade relations with China. Secretary Clinton did not,', 'Bernie Sanders', 'direct'),
        ('Mrs. Clinton had "a detailed plan to bring manufacturing back,"', 'Brian Fallon', 'indirect'),
        ('a detailed plan to bring manufacturing back,', 'Brian Fallon', 'partial'),
        ('she had opposed the Central America Free Trade Agreement', 'Brian Fallon', 'indirect'),
        ('he will probably vote for Mr. Sanders', 'Dave Kowalski', 'indirect'),
        ("but I don't think anybody is bringing those plants back.", 'Dave Kowalski', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n203-business-airline-strike',
    split='heldout32',
    text=(
        'WestJet pilots vote to strike as talks stall\n'
        '\n'
        'CALGARY — WestJet pilots have voted 91 per cent in favour of a strike mandate, their union said Friday, raising the prospect of disruptions during the busy spring travel season.\n'
        '\n'
        'The Air Line Pilots Association, which represents about 1,600 WestJet pilots, said the vote does not mean a strike is inevitable. Capt. Rob McFadyen, who chairs the union\'s WestJet council, said pilots wanted "a fair deal, not a fight."\n'
        '\n'
        '"We have been negotiating for eight months. Our members have run out of patience," McFadyen said.\n'
        '\n'
        'WestJet said it was disappointed. In a statement, the airline said it had offered "industry-leading" pay increases and remained committed to reaching an agreement.\n'
        '\n'
        'Airline analyst Karl Moore of McGill University said a strike would hit WestJet hard. "Every day on the ground costs them millions, and customers remember," Moore said.\n'
    ),
    gold=[
        ('WestJet pilots have voted 91 per cent in favour of a strike mandate', 'Air Line Pilots Association', 'indirect', ['their union']),
        ('the vote does not mean a strike is inevitable', 'Air Line Pilots Association', 'indirect'),
        ('pilots wanted "a fair deal, not a fight."', 'Rob McFadyen', 'indirect'),
        ('a fair deal, not a fight.', 'Rob McFadyen', 'partial'),
        ('We have been negotiating for eight months. Our members have run out of patience,', 'Rob McFadyen', 'direct'),
        ('it was disappointed', 'WestJet', 'indirect'),
        ('it had offered "industry-leading" pay increases and remained committed to reaching an agreement', 'WestJet', 'indirect'),
        ('industry-leading', 'WestJet', 'partial'),
        ('a strike would hit WestJet hard', 'Karl Moore', 'indirect'),
        ('Every day on the ground costs them millions, and customers remember,', 'Karl Moore', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n204-feature-fiddler',
    split='heldout32',
    text=(
        'Cape Breton fiddler, 91, still plays every Saturday night\n'
        '\n'
        'JUDIQUE, N.S. — Every Saturday night for 70 years, Angus Chisholm has walked into the community hall with his fiddle case under his arm.\n'
        '\n'
        'The room goes quiet when he starts. His granddaughter, Mairi Chisholm, who plays piano beside him, says he still knows more than 400 tunes by heart.\n'
        '\n'
        '"He forgets where he put his glasses. He never forgets a tune," she said, laughing.\n'
        '\n'
        'Chisholm learned from his uncle, who learned from his own father in the 1890s. The old man shrugs when asked about retiring. "When my hands stop, I stop. They have not stopped yet," he said.\n'
        '\n'
        'Dance caller Ronnie MacEachern has worked beside him for three decades. "People drive from Halifax for this. For him," MacEachern said.\n'
    ),
    gold=[
        ('he still knows more than 400 tunes by heart', 'Mairi Chisholm', 'indirect'),
        ('He forgets where he put his glasses. He never forgets a tune,', 'Mairi Chisholm', 'direct'),
        ('When my hands stop, I stop. They have not stopped yet,', 'Angus Chisholm', 'direct'),
        ('People drive from Halifax for this. For him,', 'Ronnie MacEachern', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n205-municipal-police-budget',
    split='heldout32',
    text=(
        'Vancouver police board asks for $12M more as council balks\n'
        '\n'
        'VANCOUVER — The Vancouver Police Board is asking city council for a $12-million increase to next year\'s budget, saying the department cannot keep up with calls in the Downtown Eastside.\n'
        '\n'
        'Chief Const. Adam Palmer told councillors Tuesday that officers had responded to 30 per cent more mental-health calls than two years ago. "We are being asked to be social workers, nurses and police at the same time," Palmer said.\n'
        '\n'
        'Coun. Jean Swanson, a longtime anti-poverty activist, said the money would do more good in housing. "Every dollar we give the police is a dollar we do not spend on the reasons people end up in crisis," Swanson said.\n'
        '\n'
        'Mayor Kennedy Stewart said he would wait for staff advice before taking a position.\n'
    ),
    gold=[
        ('the department cannot keep up with calls in the Downtown Eastside', 'Vancouver Police Board', 'indirect'),
        ('officers had responded to 30 per cent more mental-health calls than two years ago', 'Adam Palmer', 'indirect'),
        ('We are being asked to be social workers, nurses and police at the same time,', 'Adam Palmer', 'direct'),
        ('the money would do more good in housing', 'Jean Swanson', 'indirect'),
        ('Every dollar we give the police is a dollar we do not spend on the reasons people end up in crisis,', 'Jean Swanson', 'direct'),
        ('he would wait for staff advice before taking a position', 'Kennedy Stewart', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n206-crime-two-men-stabbing',
    split='heldout33',
    text=(
        'Man charged with attempted murder after stabbing outside Scarborough bar\n'
        '\n'
        'TORONTO — A 31-year-old man has been charged with attempted murder after another man was stabbed several times outside a Scarborough bar early Sunday, Toronto police say.\n'
        '\n'
        'Const. Alex Li said officers found the victim, a 26-year-old from Markham, lying in the parking lot shortly after 2 a.m. He was taken to hospital with serious but non-life-threatening injuries.\n'
        '\n'
        'Police arrested Darnell Hughes of Toronto a few blocks away. Li said the two men had argued inside the bar about a spilled drink.\n'
        '\n'
        '"This started over nothing. Absolutely nothing," Li told reporters. "And now one young man is in hospital and another is facing a very serious charge."\n'
        '\n'
        'The victim\'s brother, Kevin Osei, was at the bar that night. He said Hughes had followed them out to the parking lot.\n'
        '\n'
        '"My brother kept saying, \'Let it go, man, let it go,\'" Osei said. "He never even swung at him."\n'
        '\n'
        'Hughes appeared in a Scarborough courtroom Monday. His lawyer, Marcus Fine, declined to comment.\n'
    ),
    gold=[
        ('A 31-year-old man has been charged with attempted murder after another man was stabbed several times outside a Scarborough bar early Sunday', 'Toronto police', 'indirect'),
        ('officers found the victim, a 26-year-old from Markham, lying in the parking lot shortly after 2 a.m', 'Alex Li', 'indirect'),
        ('the two men had argued inside the bar about a spilled drink', 'Alex Li', 'indirect'),
        ('This started over nothing. Absolutely nothing,', 'Alex Li', 'direct'),
        ('And now one young man is in hospital and another is facing a very serious charge.', 'Alex Li', 'direct'),
        ('Hughes had followed them out to the parking lot', 'Kevin Osei', 'indirect'),
        ("My brother kept saying, 'Let it go, man, let it go,'", 'Kevin Osei', 'direct'),
        ('He never even swung at him.', 'Kevin Osei', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n207-politics-premier-scolds',
    split='heldout33',
    text=(
        'Ford scolds Toronto council over transit delays\n'
        '\n'
        'TORONTO — Ontario Premier Doug Ford scolded Toronto city council on Wednesday for what he called "endless dithering" over the Scarborough subway extension.\n'
        '\n'
        '"Every time we sit down with them, they want another study," the premier said at an unrelated announcement in Vaughan. "Folks in Scarborough have waited long enough."\n'
        '\n'
        'Mayor John Tory said he was surprised by the criticism. He said the city had approved every step the province had asked for.\n'
        '\n'
        '"I\'m not going to get into a back-and-forth with the premier," Tory told reporters at city hall. "We\'re partners on this, whether he likes it or not."\n'
        '\n'
        'NDP Leader Andrea Horwath accused Ford of picking a fight to distract from cuts to public health. "This is a premier who would rather shout at a city than fund it," she said.\n'
        '\n'
        'Ford\'s office later issued a statement saying the province "remains committed" to opening the line by 2030.\n'
    ),
    gold=[
        ('endless dithering', 'Doug Ford', 'partial'),
        ('Every time we sit down with them, they want another study,', 'Doug Ford', 'direct'),
        ('Folks in Scarborough have waited long enough.', 'Doug Ford', 'direct'),
        ('he was surprised by the criticism', 'John Tory', 'indirect'),
        ('the city had approved every step the province had asked for', 'John Tory', 'indirect'),
        ("I'm not going to get into a back-and-forth with the premier,", 'John Tory', 'direct'),
        ("We're partners on this, whether he likes it or not.", 'John Tory', 'direct'),
        ('This is a premier who would rather shout at a city than fund it,', 'Andrea Horwath', 'direct'),
        ('the province "remains committed" to opening the line by 2030', "Ford's office", 'indirect', ["Doug Ford"]),
        ('remains committed', "Ford's office", 'partial', ["Doug Ford"]),
    ],
))
ARTICLES.append(dict(
    id='n208-business-union-plant',
    split='heldout33',
    text=(
        'Unifor sets strike deadline at Oshawa parts plant\n'
        '\n'
        'OSHAWA, Ont. — About 600 workers at an auto parts plant in Oshawa could walk off the job next week after their union set a strike deadline for Sept. 19.\n'
        '\n'
        'Unifor national president Jerry Dias said talks with Magna International had stalled over pensions. "They made record profits last year and they want our members to give up their pensions. It is not going to happen," Dias said.\n'
        '\n'
        'Magna, based in Aurora, Ont., said in a statement it had made "a fair and competitive offer" and hoped to reach a deal before the deadline.\n'
        '\n'
        'Local 222 president Colin James said members had voted 97 per cent in favour of a strike mandate in August.\n'
        '\n'
        '"People are angry," James said. "They gave this company thirty years of their lives."\n'
        '\n'
        'A company spokeswoman, Tracy Fuerst, said the plant would keep operating with salaried staff if there was a strike.\n'
    ),
    gold=[
        ('talks with Magna International had stalled over pensions', 'Jerry Dias', 'indirect'),
        ('They made record profits last year and they want our members to give up their pensions. It is not going to happen,', 'Jerry Dias', 'direct'),
        ('it had made "a fair and competitive offer" and hoped to reach a deal before the deadline', 'Magna', 'indirect', ['Magna International']),
        ('a fair and competitive offer', 'Magna', 'partial', ['Magna International']),
        ('members had voted 97 per cent in favour of a strike mandate in August', 'Colin James', 'indirect'),
        ('People are angry,', 'Colin James', 'direct'),
        ('They gave this company thirty years of their lives.', 'Colin James', 'direct'),
        ('the plant would keep operating with salaried staff if there was a strike', 'Tracy Fuerst', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n209-feature-chef-restaurant',
    split='heldout33',
    text=(
        'A chef who cooks from her grandmother\'s notebooks\n'
        '\n'
        'WINNIPEG — The recipes are written in pencil, in a mix of Ukrainian and English, on pages stained with beet juice.\n'
        '\n'
        'Natalia Kowalchuk found her grandmother\'s three notebooks in a box in her parents\' basement in 2016. Three years later, they are the menu at Baba\'s Table, the 30-seat restaurant she opened in Winnipeg\'s North End in March.\n'
        '\n'
        '"Half of these dishes I had never eaten," the 34-year-old chef says. "My grandmother cooked them for people who were gone before I was born."\n'
        '\n'
        'Kowalchuk trained in Montreal and worked for six years at a French restaurant in Toronto. She says the notebooks taught her more than any kitchen did.\n'
        '\n'
        '"There are no measurements. It says, \'flour until it feels right.\' You have to learn what right feels like," she says.\n'
        '\n'
        'Her mother, Olga, comes in on Saturdays to make the dumplings. "She is a better cook than I ever was," Olga says of her daughter. "But don\'t tell her I said so."\n'
    ),
    gold=[
        ('Half of these dishes I had never eaten,', 'Natalia Kowalchuk', 'direct'),
        ('My grandmother cooked them for people who were gone before I was born.', 'Natalia Kowalchuk', 'direct'),
        ('the notebooks taught her more than any kitchen did', 'Natalia Kowalchuk', 'indirect'),
        ("There are no measurements. It says, 'flour until it feels right.' You have to learn what right feels like,", 'Natalia Kowalchuk', 'direct'),
        ('She is a better cook than I ever was,', 'Olga', 'direct', ['Olga Kowalchuk']),
        ("But don't tell her I said so.", 'Olga', 'direct', ['Olga Kowalchuk']),
    ],
))
ARTICLES.append(dict(
    id='n210-politics-us-senate-debate',
    split='heldout33',
    text=(
        'In Ohio Senate Debate, Portman and Strickland Spar Over Jobs\n'
        '\n'
        'COLUMBUS, Ohio — Senator Rob Portman and his Democratic challenger, former Gov. Ted Strickland, clashed over trade and manufacturing jobs on Thursday night in their first debate.\n'
        '\n'
        'Mr. Strickland accused the Republican incumbent of voting for trade deals that had "hollowed out" Ohio\'s factory towns. "Senator Portman has been for every one of these deals," he said. "Every single one."\n'
        '\n'
        'Mr. Portman countered that Ohio had lost 350,000 jobs while Mr. Strickland was governor. "Ted, you had your chance," he said. "Ohioans remember."\n'
        '\n'
        'The two also sparred over Donald J. Trump. Asked whether he would vote for his party\'s nominee, Mr. Portman said he would not discuss the presidential race.\n'
        '\n'
        'Mr. Strickland pounced. "If you can\'t tell Ohioans who you\'re voting for, why should they vote for you?" he asked.\n'
        '\n'
        'A spokeswoman for the Portman campaign, Michawn Rich, said after the debate that the senator had "laid out a clear record."\n'
    ),
    gold=[
        ('hollowed out', 'Ted Strickland', 'partial'),
        ('Senator Portman has been for every one of these deals,', 'Ted Strickland', 'direct'),
        ('Every single one.', 'Ted Strickland', 'direct'),
        ('Ohio had lost 350,000 jobs while Mr. Strickland was governor', 'Rob Portman', 'indirect'),
        ('Ted, you had your chance,', 'Rob Portman', 'direct'),
        ('Ohioans remember.', 'Rob Portman', 'direct'),
        ('he would not discuss the presidential race', 'Rob Portman', 'indirect'),
        ("If you can't tell Ohioans who you're voting for, why should they vote for you?", 'Ted Strickland', 'direct'),
        ('the senator had "laid out a clear record."', 'Michawn Rich', 'indirect'),
        ('laid out a clear record.', 'Michawn Rich', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n211-sport-hockey-goalies',
    split='heldout33',
    text=(
        'Hellebuyck outduels Price as Jets edge Canadiens in shootout\n'
        '\n'
        'MONTREAL — Connor Hellebuyck made 41 saves and stopped all three shooters in the shootout as the Winnipeg Jets beat the Montreal Canadiens 2-1 on Saturday night.\n'
        '\n'
        'Carey Price was nearly as good at the other end, turning aside 35 shots. The Montreal goalie was beaten only by a Patrik Laine one-timer in the second period.\n'
        '\n'
        '"He was unreal tonight. We had chances and he took every one of them away," Price said of Hellebuyck. "You tip your cap."\n'
        '\n'
        'Hellebuyck, who leads the NHL in wins, shrugged off the praise. "Carey is the best there is. I just tried to keep up with him," he said.\n'
        '\n'
        'Jets coach Paul Maurice called it the best game his goalie had played all season.\n'
        '\n'
        '"That was a playoff game in November," Maurice said. "Both guys were outstanding."\n'
    ),
    gold=[
        ('He was unreal tonight. We had chances and he took every one of them away,', 'Carey Price', 'direct'),
        ('You tip your cap.', 'Carey Price', 'direct'),
        ('Carey is the best there is. I just tried to keep up with him,', 'Connor Hellebuyck', 'direct'),
        ('That was a playoff game in November,', 'Paul Maurice', 'direct'),
        ('Both guys were outstanding.', 'Paul Maurice', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n212-court-sentencing-drunk-driver',
    split='heldout34',
    text=(
        'Drunk driver who killed cyclist gets six years\n'
        '\n'
        'KITCHENER, Ont. — A Waterloo man who struck and killed a cyclist while driving drunk has been sentenced to six years in prison.\n'
        '\n'
        'Justice Gary Hearn told Brandon Kessler, 29, that he had made "a choice that ended a life" when he got behind the wheel after a night of drinking in June 2018.\n'
        '\n'
        'The cyclist, Emily Tran, was a 24-year-old nursing student. Her mother, Linh Tran, read a victim impact statement in court.\n'
        '\n'
        '"I set a place for her at dinner for a month. I could not stop myself," she said, her voice breaking. "Every day I wake up and I have to lose her again."\n'
        '\n'
        'Assistant Crown attorney Rebecca Smith had asked for eight years. Defence lawyer Paul Brown argued that Kessler, who pleaded guilty, was remorseful and had no criminal record.\n'
        '\n'
        'Kessler apologized to the family before he was sentenced. "I am so sorry. I know that means nothing to you," he said.\n'
    ),
    gold=[
        ('he had made "a choice that ended a life" when he got behind the wheel after a night of drinking in June 2018', 'Gary Hearn', 'indirect'),
        ('a choice that ended a life', 'Gary Hearn', 'partial'),
        ('I set a place for her at dinner for a month. I could not stop myself,', 'Linh Tran', 'direct'),
        ('Every day I wake up and I have to lose her again.', 'Linh Tran', 'direct'),
        ('Kessler, who pleaded guilty, was remorseful and had no criminal record', 'Paul Brown', 'indirect'),
        ('I am so sorry. I know that means nothing to you,', 'Brandon Kessler', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n213-health-doctor-patient',
    split='heldout34',
    text=(
        'Rural Alberta clinic closes its doors for lack of a doctor\n'
        '\n'
        'VULCAN, Alta. — For the first time in 60 years, the town of Vulcan has no family doctor.\n'
        '\n'
        'Dr. Shauna Reid, who ran the town\'s only clinic for 14 years, left for Calgary in October. She said she had tried for two years to recruit a second physician.\n'
        '\n'
        '"I was on call every night and every weekend. Nobody can do that forever," Reid said in a phone interview.\n'
        '\n'
        'Patients now drive 45 minutes to High River. Marlene Dykstra, 78, has diabetes and no longer drives at night.\n'
        '\n'
        '"I don\'t blame her one bit. She gave us everything," Dykstra said of Reid. "But what are we supposed to do?"\n'
        '\n'
        'Alberta Health Services said it was "actively recruiting" for the position. A spokesperson, Kerry Williamson, said the agency had offered a signing bonus of $50,000.\n'
    ),
    gold=[
        ('she had tried for two years to recruit a second physician', 'Shauna Reid', 'indirect'),
        ('I was on call every night and every weekend. Nobody can do that forever,', 'Shauna Reid', 'direct'),
        ("I don't blame her one bit. She gave us everything,", 'Marlene Dykstra', 'direct'),
        ('But what are we supposed to do?', 'Marlene Dykstra', 'direct'),
        ('it was "actively recruiting" for the position', 'Alberta Health Services', 'indirect'),
        ('actively recruiting', 'Alberta Health Services', 'partial'),
        ('the agency had offered a signing bonus of $50,000', 'Kerry Williamson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n214-politics-us-rally-aide',
    split='heldout34',
    text=(
        'Trump, in Pennsylvania, Says Election Will Be "Rigged"\n'
        '\n'
        'ALTOONA, Pa. — Donald J. Trump told supporters here on Friday that the only way he could lose Pennsylvania was if the election were rigged, escalating a claim that Republican officials in the state have rejected.\n'
        '\n'
        '"The only way we can lose, in my opinion, is if cheating goes on," Mr. Trump told the crowd of several thousand. "I really believe it."\n'
        '\n'
        'Pennsylvania\'s secretary of state, Pedro Cortés, called the claim "irresponsible." "Our elections are run by Democrats and Republicans in every county," he said in an interview.\n'
        '\n'
        'A senior Trump adviser, who spoke on the condition of anonymity to discuss internal strategy, said the campaign believed the message would energize rural voters.\n'
        '\n'
        'Gov. Tom Wolf, a Democrat, echoed Mr. Cortés. "It\'s dangerous talk," Mr. Wolf said.\n'
    ),
    gold=[
        ('the only way he could lose Pennsylvania was if the election were rigged', 'Donald J. Trump', 'indirect'),
        ('The only way we can lose, in my opinion, is if cheating goes on,', 'Donald J. Trump', 'direct'),
        ('I really believe it.', 'Donald J. Trump', 'direct'),
        ('irresponsible.', 'Pedro Cortés', 'partial'),
        ('Our elections are run by Democrats and Republicans in every county,', 'Pedro Cortés', 'direct'),
        ('the campaign believed the message would energize rural voters', 'A senior Trump adviser', 'indirect', ['a senior Trump adviser']),
        ("It's dangerous talk,", 'Tom Wolf', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n215-sport-soccer-interpreter',
    split='heldout34',
    text=(
        'Impact held to draw by Toronto FC in Canadian derby\n'
        '\n'
        'MONTREAL — Ignacio Piatti scored in the 88th minute to give the Montreal Impact a 1-1 draw with Toronto FC on Saturday at Saputo Stadium.\n'
        '\n'
        'Jozy Altidore had put Toronto ahead early in the second half, heading in a cross from Alejandro Pozuelo.\n'
        '\n'
        'Impact coach Rémi Garde, speaking through an interpreter, said his team had "shown character" after a poor first hour. "We were not good enough for sixty minutes. After that, we played like a team," Garde said.\n'
        '\n'
        'Toronto coach Greg Vanney was less pleased. "We give away a goal like that at the end, it\'s on us," he said. "We had the game."\n'
        '\n'
        'Piatti, the Impact captain, said the goal was for the fans who had waited through a rain delay. "They stayed with us. We had to give them something," the Argentine said.\n'
    ),
    gold=[
        ('his team had "shown character" after a poor first hour', 'Rémi Garde', 'indirect'),
        ('shown character', 'Rémi Garde', 'partial'),
        ('We were not good enough for sixty minutes. After that, we played like a team,', 'Rémi Garde', 'direct'),
        ("We give away a goal like that at the end, it's on us,", 'Greg Vanney', 'direct'),
        ('We had the game.', 'Greg Vanney', 'direct'),
        ('the goal was for the fans who had waited through a rain delay', 'Ignacio Piatti', 'indirect'),
        ('They stayed with us. We had to give them something,', 'Ignacio Piatti', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n216-local-council-bike-lanes',
    split='heldout34',
    text=(
        'Council votes to keep Bloor bike lanes\n'
        '\n'
        'TORONTO — Toronto city council voted 36-6 on Thursday to make the Bloor Street bike lanes permanent, ending a two-year pilot project.\n'
        '\n'
        'Coun. Joe Cressy, who represents the area, said the lanes had made the street safer for everyone. "Collisions are down. Cycling is up. Business is up," the councillor said. "The data is clear."\n'
        '\n'
        'Coun. Stephen Holyday, who voted against the motion, said drivers in his Etobicoke ward had been left out of the debate.\n'
        '\n'
        '"Not everyone can bike to work from Etobicoke in January," he said.\n'
        '\n'
        'Albert Koehl, a cycling advocate and lawyer, watched the vote from the gallery. He called it "a good day for the city."\n'
    ),
    gold=[
        ('the lanes had made the street safer for everyone', 'Joe Cressy', 'indirect'),
        ('Collisions are down. Cycling is up. Business is up,', 'Joe Cressy', 'direct'),
        ('The data is clear.', 'Joe Cressy', 'direct'),
        ('drivers in his Etobicoke ward had been left out of the debate', 'Stephen Holyday', 'indirect'),
        ('Not everyone can bike to work from Etobicoke in January,', 'Stephen Holyday', 'direct'),
        ('a good day for the city.', 'Albert Koehl', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n217-environment-wildfire',
    split='heldout34',
    text=(
        'Hundreds ordered out as wildfire nears Okanagan homes\n'
        '\n'
        'WEST KELOWNA, B.C. — About 400 homes were ordered evacuated Tuesday night as a wildfire burning in the hills above West Kelowna grew to more than 1,000 hectares.\n'
        '\n'
        'Fire information officer Kyla Fraser said strong winds had pushed the fire toward the community in the afternoon. "We saw very aggressive fire behaviour, with flames up to 30 metres," she said.\n'
        '\n'
        'Jason Brolund, the West Kelowna fire chief, said crews had saved every house so far. The chief warned that the next 48 hours would be critical.\n'
        '\n'
        'Residents packed what they could. Deb Kaminski, who has lived on Rose Valley Road for 22 years, left with her two dogs and a box of photographs.\n'
        '\n'
        '"You look back and the whole ridge is orange," she said. "You just hope you have a house to come back to."\n'
    ),
    gold=[
        ('strong winds had pushed the fire toward the community in the afternoon', 'Kyla Fraser', 'indirect'),
        ('We saw very aggressive fire behaviour, with flames up to 30 metres,', 'Kyla Fraser', 'direct'),
        ('crews had saved every house so far', 'Jason Brolund', 'indirect'),
        ('the next 48 hours would be critical', 'Jason Brolund', 'indirect'),
        ('You look back and the whole ridge is orange,', 'Deb Kaminski', 'direct'),
        ('You just hope you have a house to come back to.', 'Deb Kaminski', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n218-business-startup-layoffs',
    split='heldout35',
    text=(
        'Vancouver software startup lays off a third of its staff\n'
        '\n'
        'VANCOUVER — Clearpath Health, a Vancouver startup that makes scheduling software for clinics, has laid off 45 of its 130 employees, its founder announced on Tuesday.\n'
        '\n'
        'In a post on LinkedIn, chief executive Priya Sandhu wrote that the company had "hired ahead of demand" after raising $40 million last year. "That was my decision, and I own it," she wrote.\n'
        '\n'
        'The company said laid-off workers would receive eight weeks of severance and help finding new jobs.\n'
        '\n'
        'One former employee, a software developer who asked not to be named because she is looking for work, said the news came in a 10-minute video call. "We found out together, on Zoom, with our cameras off," she said.\n'
        '\n'
        'Sandhu said Clearpath still had enough cash to operate for three years.\n'
    ),
    gold=[
        ('Clearpath Health, a Vancouver startup that makes scheduling software for clinics, has laid off 45 of its 130 employees', 'Priya Sandhu', 'indirect', ['its founder']),
        ('the company had "hired ahead of demand" after raising $40 million last year', 'Priya Sandhu', 'indirect'),
        ('hired ahead of demand', 'Priya Sandhu', 'partial'),
        ('That was my decision, and I own it,', 'Priya Sandhu', 'direct'),
        ('laid-off workers would receive eight weeks of severance and help finding new jobs', 'Clearpath Health', 'indirect'),
        ('the news came in a 10-minute video call', 'One former employee', 'indirect', ['one former employee', 'a software developer']),
        ('We found out together, on Zoom, with our cameras off,', 'One former employee', 'direct', ['one former employee', 'a software developer']),
        ('Clearpath still had enough cash to operate for three years', 'Priya Sandhu', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n219-politics-us-hearing',
    split='heldout35',
    text=(
        'At Benghazi Hearing, Tempers Flare Over Clinton Emails\n'
        '\n'
        'WASHINGTON — A House hearing on the 2012 attack in Benghazi, Libya, turned bitter on Thursday as Republicans and Democrats traded accusations over the committee\'s purpose.\n'
        '\n'
        'Representative Elijah E. Cummings of Maryland, the panel\'s ranking Democrat, said the committee had spent $4.5 million "to attack one person." "This is not about Benghazi anymore," he said. "Everybody in this room knows it."\n'
        '\n'
        'The chairman, Representative Trey Gowdy of South Carolina, insisted the inquiry was about the four Americans killed in the attack. "I don\'t give a damn about the politics," Mr. Gowdy said, raising his voice.\n'
        '\n'
        'Mrs. Clinton, who testified for more than eight hours, said she had "thought more about what happened than all of you put together."\n'
        '\n'
        'Republicans said after the hearing that they had learned new details. Representative Jim Jordan of Ohio told reporters the former secretary of state had "misled the American people."\n'
    ),
    gold=[
        ('the committee had spent $4.5 million "to attack one person."', 'Elijah E. Cummings', 'indirect'),
        ('to attack one person.', 'Elijah E. Cummings', 'partial'),
        ('This is not about Benghazi anymore,', 'Elijah E. Cummings', 'direct'),
        ('Everybody in this room knows it.', 'Elijah E. Cummings', 'direct'),
        ('the inquiry was about the four Americans killed in the attack', 'Trey Gowdy', 'indirect'),
        ("I don't give a damn about the politics,", 'Trey Gowdy', 'direct'),
        ('she had "thought more about what happened than all of you put together."', 'Clinton', 'indirect', ['Mrs. Clinton', 'Hillary Clinton']),
        ('thought more about what happened than all of you put together.', 'Clinton', 'partial', ['Mrs. Clinton', 'Hillary Clinton']),
        ('they had learned new details', 'Republicans', 'indirect'),
        ('the former secretary of state had "misled the American people."', 'Jim Jordan', 'indirect'),
        ('misled the American people.', 'Jim Jordan', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n220-crime-missing-woman-found',
    split='heldout35',
    text=(
        'Missing Prince George woman found safe after four days\n'
        '\n'
        'PRINCE GEORGE, B.C. — A 23-year-old woman who went missing on a hike near Prince George last week has been found alive, RCMP said Sunday.\n'
        '\n'
        'Cpl. Madonna Saunderson said a search and rescue volunteer spotted Kaitlyn Moore in a creek bed about six kilometres from where her car was found. She was cold and dehydrated but able to walk.\n'
        '\n'
        '"She did everything right. She stayed near water and she stayed put," Saunderson said.\n'
        '\n'
        'Moore\'s mother, Janet Moore, had driven up from Kamloops to join the search. She said she never gave up hope.\n'
        '\n'
        '"When the phone rang, I couldn\'t breathe," she said. "Then I heard them say \'She\'s talking,\' and I just sat down in the road."\n'
        '\n'
        'The search involved more than 80 volunteers and an RCMP helicopter. Search manager Dave Jones said the break came when a volunteer heard someone calling for help.\n'
    ),
    gold=[
        ('A 23-year-old woman who went missing on a hike near Prince George last week has been found alive', 'RCMP', 'indirect'),
        ('a search and rescue volunteer spotted Kaitlyn Moore in a creek bed about six kilometres from where her car was found', 'Madonna Saunderson', 'indirect'),
        ('She did everything right. She stayed near water and she stayed put,', 'Madonna Saunderson', 'direct'),
        ('she never gave up hope', 'Janet Moore', 'indirect'),
        ("When the phone rang, I couldn't breathe,", 'Janet Moore', 'direct'),
        ("Then I heard them say 'She's talking,' and I just sat down in the road.", 'Janet Moore', 'direct'),
        ('the break came when a volunteer heard someone calling for help', 'Dave Jones', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n221-education-teachers-minister',
    split='heldout35',
    text=(
        'Ontario high school teachers to hold one-day strike\n'
        '\n'
        'TORONTO — Ontario\'s public high school teachers will walk off the job for one day next Wednesday if no deal is reached, their union said Monday.\n'
        '\n'
        'Harvey Bischof, president of the Ontario Secondary School Teachers\' Federation, said the government\'s plan to raise average class sizes would cost thousands of teaching jobs. "This is about what happens in the classroom," he said. "It is not about money."\n'
        '\n'
        'Education Minister Stephen Lecce called the strike "unnecessary" and said the government had moved on class sizes.\n'
        '\n'
        '"Parents want their kids in class. We want their kids in class," the minister told reporters. "The union should stay at the table."\n'
        '\n'
        'Parent Liz Stuart, whose two children attend high school in Oakville, said families were tired of being caught in the middle. "Every fall it\'s the same fight," she said.\n'
    ),
    gold=[
        ("Ontario's public high school teachers will walk off the job for one day next Wednesday if no deal is reached", 'Ontario Secondary School Teachers\' Federation', 'indirect', ['their union']),
        ("the government's plan to raise average class sizes would cost thousands of teaching jobs", 'Harvey Bischof', 'indirect'),
        ('This is about what happens in the classroom,', 'Harvey Bischof', 'direct'),
        ('It is not about money.', 'Harvey Bischof', 'direct'),
        ('unnecessary', 'Stephen Lecce', 'partial'),
        ('the government had moved on class sizes', 'Stephen Lecce', 'indirect'),
        ('Parents want their kids in class. We want their kids in class,', 'Stephen Lecce', 'direct'),
        ('The union should stay at the table.', 'Stephen Lecce', 'direct'),
        ('families were tired of being caught in the middle', 'Liz Stuart', 'indirect'),
        ("Every fall it's the same fight,", 'Liz Stuart', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n222-sport-tennis-two-women',
    split='heldout35',
    text=(
        'Andreescu beats Williams to win U.S. Open\n'
        '\n'
        'NEW YORK — Bianca Andreescu of Mississauga, Ont., beat Serena Williams 6-3, 7-5 on Saturday to become the first Canadian to win a Grand Slam singles title.\n'
        '\n'
        'The 19-year-old had watched Williams on television as a child. "I\'ve been dreaming of this moment for so long," Andreescu said on court. "Playing against Serena, a true legend, it is not easy."\n'
        '\n'
        'Williams, who was seeking a record-tying 24th major title, rallied from 5-1 down in the second set before Andreescu closed out the match.\n'
        '\n'
        '"Bianca played an amazing match," the American said. "I think I could have played better, but she is a great player."\n'
        '\n'
        'Andreescu\'s coach, Sylvain Bruneau, said she had handled the noise of the crowd like a veteran. "Nothing bothers her," he said.\n'
    ),
    gold=[
        ("I've been dreaming of this moment for so long,", 'Bianca Andreescu', 'direct'),
        ('Playing against Serena, a true legend, it is not easy.', 'Bianca Andreescu', 'direct'),
        ('Bianca played an amazing match,', 'Serena Williams', 'direct'),
        ('I think I could have played better, but she is a great player.', 'Serena Williams', 'direct'),
        ('she had handled the noise of the crowd like a veteran', 'Sylvain Bruneau', 'indirect'),
        ('Nothing bothers her,', 'Sylvain Bruneau', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n223-feature-veteran-birthday',
    split='heldout35',
    text=(
        'D-Day veteran marks 100th birthday with a parade of cars\n'
        '\n'
        'LONDON, Ont. — Ernest Côté landed at Juno Beach on June 6, 1944. On Saturday, 75 years later, he sat on his front lawn in London as more than 200 cars drove past, honking.\n'
        '\n'
        '"I don\'t know what all the fuss is about," the veteran said with a grin. "I just got old."\n'
        '\n'
        'His daughter, Louise Bédard, organized the parade on Facebook. She said she had expected perhaps 30 cars.\n'
        '\n'
        '"People came from Windsor, from Sarnia, from Toronto," she said. "Dad kept asking who they all were."\n'
        '\n'
        'Côté served with the Regina Rifles through the liberation of the Netherlands. Asked what he remembers of D-Day, he was quiet for a moment.\n'
        '\n'
        '"The noise," he said finally. "And the boys who didn\'t come home."\n'
    ),
    gold=[
        ("I don't know what all the fuss is about,", 'Ernest Côté', 'direct'),
        ('I just got old.', 'Ernest Côté', 'direct'),
        ('she had expected perhaps 30 cars', 'Louise Bédard', 'indirect'),
        ('People came from Windsor, from Sarnia, from Toronto,', 'Louise Bédard', 'direct'),
        ('Dad kept asking who they all were.', 'Louise Bédard', 'direct'),
        ('The noise,', 'Ernest Côté', 'direct'),
        ("And the boys who didn't come home.", 'Ernest Côté', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n224-crime-brothers-fraud',
    split='heldout36',
    text=(
        'Brothers plead guilty in Calgary home renovation scam\n'
        '\n'
        'CALGARY — Two brothers who took deposits from dozens of homeowners for renovations they never started have pleaded guilty to fraud over $5,000.\n'
        '\n'
        'Mike Sawchuk, 44, and Dave Sawchuk, 39, ran Prairie Pro Renovations out of a strip mall in northeast Calgary from 2016 to 2018. They collected more than $600,000 from 58 customers.\n'
        '\n'
        'Crown prosecutor Anita Bains said many of the victims were seniors. "They targeted people who trusted a handshake," she told the court.\n'
        '\n'
        '"We got in over our heads," Mike Sawchuk said, reading from a prepared statement. "That is not an excuse. I am sorry."\n'
        '\n'
        'His brother did not address the court. Defence lawyer Greg Dunn said Dave Sawchuk had handled the books and had "no idea how bad it was" until the business collapsed.\n'
        '\n'
        'Homeowner Beverley Quinn lost $32,000. She said outside court that she still has a hole where her kitchen used to be.\n'
    ),
    gold=[
        ('many of the victims were seniors', 'Anita Bains', 'indirect'),
        ('They targeted people who trusted a handshake,', 'Anita Bains', 'direct'),
        ('We got in over our heads,', 'Mike Sawchuk', 'direct'),
        ('That is not an excuse. I am sorry.', 'Mike Sawchuk', 'direct'),
        ('Dave Sawchuk had handled the books and had "no idea how bad it was" until the business collapsed', 'Greg Dunn', 'indirect'),
        ('no idea how bad it was', 'Greg Dunn', 'partial'),
        ('she still has a hole where her kitchen used to be', 'Beverley Quinn', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n225-politics-split-quote',
    split='heldout36',
    text=(
        'Singh says NDP will not prop up Liberals without pharmacare deal\n'
        '\n'
        'OTTAWA — NDP Leader Jagmeet Singh says his party will vote against the government\'s budget unless it includes a national pharmacare plan.\n'
        '\n'
        '"We have been clear from the start," Singh said at a news conference on Parliament Hill, "and we are not going to blink now."\n'
        '\n'
        'Finance Minister Chrystia Freeland would not say whether pharmacare would be in the budget, which she tables next month.\n'
        '\n'
        '"I am not going to negotiate in public," Freeland told reporters. "Our door is always open."\n'
        '\n'
        'Conservative finance critic Pierre Poilievre said the two parties were "arguing over how to spend money the country does not have."\n'
        '\n'
        'A senior government official, speaking on background, said the Liberals did not believe the NDP wanted an election.\n'
    ),
    gold=[
        ("his party will vote against the government's budget unless it includes a national pharmacare plan", 'Jagmeet Singh', 'indirect'),
        ('We have been clear from the start,', 'Jagmeet Singh', 'direct'),
        ('and we are not going to blink now.', 'Jagmeet Singh', 'direct'),
        ('I am not going to negotiate in public,', 'Chrystia Freeland', 'direct'),
        ('Our door is always open.', 'Chrystia Freeland', 'direct'),
        ('the two parties were "arguing over how to spend money the country does not have."', 'Pierre Poilievre', 'indirect'),
        ('arguing over how to spend money the country does not have.', 'Pierre Poilievre', 'partial'),
        ('the Liberals did not believe the NDP wanted an election', 'A senior government official', 'indirect', ['a senior government official']),
    ],
))
ARTICLES.append(dict(
    id='n226-business-retailer-closing',
    split='heldout36',
    text=(
        'Sears Canada to close its remaining stores\n'
        '\n'
        'TORONTO — Sears Canada Inc. will close all of its remaining 131 stores and lay off about 12,000 workers after failing to find a buyer, the department store chain said Tuesday.\n'
        '\n'
        'The retailer, which has operated in Canada since 1952, said liquidation sales would begin as early as next week.\n'
        '\n'
        'Executive chairman Brandon Stranzl said in a statement that the company had "worked tirelessly" to find a way to keep operating. "We are deeply saddened," he said.\n'
        '\n'
        'Retired employees have been fighting for their pensions since the company sought creditor protection in June. Ken Eady, who worked at Sears for 34 years, said many retirees were worried.\n'
        '\n'
        '"We gave our lives to this company," Eady said. "Now we are at the back of the line."\n'
        '\n'
        'Retail analyst Bruce Winder said the closing would leave holes in malls across the country.\n'
    ),
    gold=[
        ('Sears Canada Inc. will close all of its remaining 131 stores and lay off about 12,000 workers after failing to find a buyer', 'Sears Canada Inc.', 'indirect', ['the department store chain', 'Sears Canada']),
        ('liquidation sales would begin as early as next week', 'Sears Canada Inc.', 'indirect', ['The retailer', 'the retailer', 'Sears Canada']),
        ('the company had "worked tirelessly" to find a way to keep operating', 'Brandon Stranzl', 'indirect'),
        ('worked tirelessly', 'Brandon Stranzl', 'partial'),
        ('We are deeply saddened,', 'Brandon Stranzl', 'direct'),
        ('many retirees were worried', 'Ken Eady', 'indirect'),
        ('We gave our lives to this company,', 'Ken Eady', 'direct'),
        ('Now we are at the back of the line.', 'Ken Eady', 'direct'),
        ('the closing would leave holes in malls across the country', 'Bruce Winder', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n227-sport-curling-two-women',
    split='heldout36',
    text=(
        'Jones edges Einarson to reach Scotties final\n'
        '\n'
        'SYDNEY, N.S. — Jennifer Jones made a draw to the button with her last stone to beat Kerri Einarson 7-6 on Saturday and reach the final of the Scotties Tournament of Hearts.\n'
        '\n'
        'Einarson had a chance to win in the 10th end but her double takeout attempt rolled out. The Manitoba skip stood at the far end for a long moment.\n'
        '\n'
        '"I had it. I just threw it a little heavy," Einarson said. "That one will sting for a while."\n'
        '\n'
        'Jones, a six-time national champion, said she knew the draw was there as soon as it left her hand.\n'
        '\n'
        '"You don\'t get many chances against Kerri. When you get one, you have to make it," she said.\n'
        '\n'
        'Her third, Kaitlyn Lawes, said the team had struggled early but found its rhythm. "We kept talking, kept believing," Lawes said.\n'
    ),
    gold=[
        ('I had it. I just threw it a little heavy,', 'Kerri Einarson', 'direct'),
        ('That one will sting for a while.', 'Kerri Einarson', 'direct'),
        ('she knew the draw was there as soon as it left her hand', 'Jennifer Jones', 'indirect'),
        ("You don't get many chances against Kerri. When you get one, you have to make it,", 'Jennifer Jones', 'direct'),
        ('the team had struggled early but found its rhythm', 'Kaitlyn Lawes', 'indirect'),
        ('We kept talking, kept believing,', 'Kaitlyn Lawes', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n228-politics-us-campaign-manager',
    split='heldout36',
    text=(
        'Sanders Campaign Says It Will Fight On to Convention\n'
        '\n'
        'BURLINGTON, Vt. — Senator Bernie Sanders\'s campaign manager said on Sunday that the senator would take his fight for the Democratic nomination to the party\'s convention in July, even as Hillary Clinton moved closer to clinching it.\n'
        '\n'
        '"It is not over until the superdelegates vote," the campaign manager, Jeff Weaver, said on CNN. "And they do not vote until July."\n'
        '\n'
        'Mrs. Clinton\'s campaign brushed off the threat. Her spokesman, Brian Fallon, said the math was "simply not there" for Mr. Sanders.\n'
        '\n'
        'Mr. Sanders, campaigning in California, told supporters that the race had "a long way to go."\n'
        '\n'
        '"We are going to win here in California," he said, to loud cheers. "Do not let anybody tell you this is over."\n'
    ),
    gold=[
        ("the senator would take his fight for the Democratic nomination to the party's convention in July, even as Hillary Clinton moved closer to clinching it", 'Jeff Weaver', 'indirect', ["Senator Bernie Sanders's campaign manager"]),
        ('It is not over until the superdelegates vote,', 'Jeff Weaver', 'direct'),
        ('And they do not vote until July.', 'Jeff Weaver', 'direct'),
        ('the math was "simply not there" for Mr. Sanders', 'Brian Fallon', 'indirect'),
        ('simply not there', 'Brian Fallon', 'partial'),
        ('the race had "a long way to go."', 'Bernie Sanders', 'indirect'),
        ('a long way to go.', 'Bernie Sanders', 'partial'),
        ('We are going to win here in California,', 'Bernie Sanders', 'direct'),
        ('Do not let anybody tell you this is over.', 'Bernie Sanders', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n229-local-police-chief',
    split='heldout36',
    text=(
        'Police chief defends response to downtown shooting\n'
        '\n'
        'TORONTO — Toronto police Chief Mark Saunders defended his officers\' response to Sunday night\'s shooting on Danforth Avenue, saying they had arrived within minutes.\n'
        '\n'
        '"Our officers ran toward danger. That is what they do," the chief said at police headquarters on Monday.\n'
        '\n'
        'Saunders said the gunman, a 29-year-old Toronto man, had died of a self-inflicted gunshot wound after exchanging fire with two officers. Ontario\'s Special Investigations Unit is investigating.\n'
        '\n'
        'SIU spokeswoman Monica Hudon said the agency had assigned seven investigators to the case.\n'
        '\n'
        'Mayor John Tory called the shooting "an attack on our city" and asked residents to look out for one another.\n'
        '\n'
        '"We are a strong city. We will get through this together," Tory said.\n'
    ),
    gold=[
        ('they had arrived within minutes', 'Mark Saunders', 'indirect'),
        ('Our officers ran toward danger. That is what they do,', 'Mark Saunders', 'direct'),
        ('the gunman, a 29-year-old Toronto man, had died of a self-inflicted gunshot wound after exchanging fire with two officers', 'Mark Saunders', 'indirect'),
        ('the agency had assigned seven investigators to the case', 'Monica Hudon', 'indirect'),
        ('an attack on our city', 'John Tory', 'partial'),
        ('We are a strong city. We will get through this together,', 'John Tory', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n230-court-witness-testimony',
    split='heldout37',
    text=(
        'Witness tells murder trial she saw accused leave apartment\n'
        '\n'
        'EDMONTON — A neighbour of a woman found dead in her south Edmonton apartment testified Tuesday that she saw the accused leave the building minutes after she heard a scream.\n'
        '\n'
        'Tyler Grant, 33, has pleaded not guilty to second-degree murder in the death of Amanda Lowe, 28, in March 2018.\n'
        '\n'
        'Rachel Dion, who lived across the hall, told the jury she heard "a scream and then a thud" shortly after 11 p.m. She said she looked through her peephole and saw Grant walking quickly toward the stairs.\n'
        '\n'
        'Under cross-examination by defence lawyer Brian Beresh, Dion was pressed on the peephole.\n'
        '\n'
        '"Well enough," she replied. "I had seen him in the hallway a dozen times."\n'
        '\n'
        'The trial continues Wednesday.\n'
    ),
    gold=[
        ('she saw the accused leave the building minutes after she heard a scream', 'Rachel Dion', 'indirect', ['A neighbour of a woman found dead in her south Edmonton apartment', 'A neighbour', 'A neighbour of a woman']),
        ('she heard "a scream and then a thud" shortly after 11 p.m', 'Rachel Dion', 'indirect'),
        ('a scream and then a thud', 'Rachel Dion', 'partial'),
        ('she looked through her peephole and saw Grant walking quickly toward the stairs', 'Rachel Dion', 'indirect'),
        ('Well enough,', 'Rachel Dion', 'direct'),
        ('I had seen him in the hallway a dozen times.', 'Rachel Dion', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n231-business-bank-earnings',
    split='heldout37',
    text=(
        'RBC profit tops expectations as mortgage lending grows\n'
        '\n'
        'TORONTO — Royal Bank of Canada reported a 9 per cent rise in quarterly profit on Wednesday, helped by strong growth in mortgages and its wealth management business.\n'
        '\n'
        'Canada\'s largest bank earned $3.3 billion, or $2.23 per share, in its fiscal second quarter, up from $3.06 billion a year earlier.\n'
        '\n'
        'Chief executive Dave McKay told analysts on a conference call that the bank was "cautiously optimistic" about the rest of the year. "We are seeing resilience across our businesses," McKay said.\n'
        '\n'
        'The bank also raised its quarterly dividend by four cents to $1.02 per share.\n'
        '\n'
        'Analyst Meny Grauman of Scotiabank wrote in a note that the results were "a clean beat." Shares of RBC rose 2 per cent in morning trading.\n'
    ),
    gold=[
        ('the bank was "cautiously optimistic" about the rest of the year', 'Dave McKay', 'indirect'),
        ('cautiously optimistic', 'Dave McKay', 'partial'),
        ('We are seeing resilience across our businesses,', 'Dave McKay', 'direct'),
        ('the results were "a clean beat."', 'Meny Grauman', 'indirect'),
        ('a clean beat.', 'Meny Grauman', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n232-politics-us-debate-fiorina',
    split='heldout37',
    text=(
        'Fiorina and Trump Clash Over Business Records\n'
        '\n'
        'SIMI VALLEY, Calif. — Carly Fiorina and Donald J. Trump traded barbs over their business careers on Wednesday night in the second Republican debate, with each calling the other a failure.\n'
        '\n'
        'Mr. Trump said Mrs. Fiorina had "destroyed" Hewlett-Packard, where she was chief executive until she was fired in 2005. "She can\'t run any of her companies," he said. "That I can tell you."\n'
        '\n'
        'Mrs. Fiorina shot back that Mr. Trump had run four casinos into bankruptcy. "Why should we trust you to manage the finances of this nation?" she asked.\n'
        '\n'
        'Jeb Bush interjected to defend his own record as governor of Florida. "We cut taxes every year," the former governor said.\n'
        '\n'
        'After the debate, Mrs. Fiorina\'s campaign said it had raised $500,000 in the first hour after she left the stage.\n'
    ),
    gold=[
        ('Mrs. Fiorina had "destroyed" Hewlett-Packard, where she was chief executive until she was fired in 2005', 'Donald J. Trump', 'indirect'),
        ('destroyed', 'Donald J. Trump', 'partial'),
        ("She can't run any of her companies,", 'Donald J. Trump', 'direct'),
        ('That I can tell you.', 'Donald J. Trump', 'direct'),
        ('Mr. Trump had run four casinos into bankruptcy', 'Carly Fiorina', 'indirect'),
        ('Why should we trust you to manage the finances of this nation?', 'Carly Fiorina', 'direct'),
        ('We cut taxes every year,', 'Jeb Bush', 'direct'),
        ('it had raised $500,000 in the first hour after she left the stage', "Mrs. Fiorina's campaign", 'indirect', ['Carly Fiorina']),
    ],
))
ARTICLES.append(dict(
    id='n233-sport-cfl-quarterback',
    split='heldout37',
    text=(
        'Bombers rally past Riders behind Streveler\n'
        '\n'
        'REGINA — Chris Streveler threw two touchdown passes in the fourth quarter as the Winnipeg Blue Bombers came back to beat the Saskatchewan Roughriders 21-17 on Sunday.\n'
        '\n'
        'The second-year quarterback, starting in place of the injured Matt Nichols, had struggled through three quarters, throwing two interceptions.\n'
        '\n'
        '"I told the guys in the huddle, \'Just give me one more chance,\'" Streveler said. "They did."\n'
        '\n'
        'Bombers head coach Mike O\'Shea said he never considered pulling his starter. "He is a competitor. You don\'t take the ball away from a guy like that," O\'Shea said.\n'
        '\n'
        'Riders quarterback Cody Fajardo, who ran for a touchdown, said his team had let the game slip away. "We had them. That is the hard part," he said.\n'
    ),
    gold=[
        ("I told the guys in the huddle, 'Just give me one more chance,'", 'Chris Streveler', 'direct'),
        ('They did.', 'Chris Streveler', 'direct'),
        ('he never considered pulling his starter', "Mike O'Shea", 'indirect'),
        ("He is a competitor. You don't take the ball away from a guy like that,", "Mike O'Shea", 'direct'),
        ('his team had let the game slip away', 'Cody Fajardo', 'indirect'),
        ('We had them. That is the hard part,', 'Cody Fajardo', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n234-feature-refugee-family',
    split='heldout37',
    text=(
        'Syrian family opens bakery in small-town Nova Scotia\n'
        '\n'
        'ANTIGONISH, N.S. — Three years after arriving in Canada with nothing, Fatima Hadhad and her husband, Ahmad, opened a bakery on Main Street this week.\n'
        '\n'
        'The couple ran a pastry shop in Damascus for 20 years before the war destroyed it. Speaking through an interpreter, Fatima Hadhad said the first weeks in Canada were the hardest of her life.\n'
        '\n'
        '"We did not know anyone. We did not know the language. But people here came to our door with food," she said.\n'
        '\n'
        'Ahmad Hadhad said the baklava sold out by noon on opening day. "Tomorrow, we make double," he said with a laugh.\n'
        '\n'
        'Mayor Laurie Boucher said the town was proud of the family. "They are part of Antigonish now," she said.\n'
    ),
    gold=[
        ('the first weeks in Canada were the hardest of her life', 'Fatima Hadhad', 'indirect'),
        ('We did not know anyone. We did not know the language. But people here came to our door with food,', 'Fatima Hadhad', 'direct'),
        ('the baklava sold out by noon on opening day', 'Ahmad Hadhad', 'indirect'),
        ('Tomorrow, we make double,', 'Ahmad Hadhad', 'direct'),
        ('the town was proud of the family', 'Laurie Boucher', 'indirect'),
        ('They are part of Antigonish now,', 'Laurie Boucher', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n235-environment-pipeline-protest',
    split='heldout37',
    text=(
        'Wet\'suwet\'en hereditary chiefs reject pipeline deal\n'
        '\n'
        'SMITHERS, B.C. — Hereditary chiefs of the Wet\'suwet\'en Nation say they will not allow the Coastal GasLink pipeline to cross their traditional territory, despite agreements the company has signed with elected band councils.\n'
        '\n'
        'Chief Na\'moks, a spokesman for the hereditary chiefs, said the councils had authority only over reserve lands. "This is our land. It has always been our land," he said.\n'
        '\n'
        'Coastal GasLink said in a statement that it had "engaged extensively" with Indigenous communities along the route and that all 20 elected First Nations councils had signed agreements.\n'
        '\n'
        'Premier John Horgan said the project would go ahead. "The rule of law applies," Horgan told reporters in Victoria.\n'
    ),
    gold=[
        ('they will not allow the Coastal GasLink pipeline to cross their traditional territory, despite agreements the company has signed with elected band councils', "Hereditary chiefs of the Wet'suwet'en Nation", 'indirect', ["hereditary chiefs of the Wet'suwet'en Nation", 'Hereditary chiefs']),
        ('the councils had authority only over reserve lands', "Na'moks", 'indirect', ["Chief Na'moks"]),
        ('This is our land. It has always been our land,', "Na'moks", 'direct', ["Chief Na'moks"]),
        ('it had "engaged extensively" with Indigenous communities along the route and that all 20 elected First Nations councils had signed agreements', 'Coastal GasLink', 'indirect'),
        ('engaged extensively', 'Coastal GasLink', 'partial'),
        ('the project would go ahead', 'John Horgan', 'indirect'),
        ('The rule of law applies,', 'John Horgan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n236-crime-police-shooting-siu',
    split='heldout38',
    text=(
        'SIU investigating after man shot by police in Hamilton\n'
        '\n'
        'HAMILTON — Ontario\'s police watchdog is investigating after a 41-year-old man was shot by a Hamilton police officer early Saturday.\n'
        '\n'
        'The Special Investigations Unit said officers were called to a home on Barton Street East shortly after 3 a.m. for reports of a man with a knife. The man was taken to hospital in critical condition.\n'
        '\n'
        'A neighbour, who asked not to be named because she feared for her safety, said she heard shouting and then two shots. "It happened so fast," she said. "Then there were police everywhere."\n'
        '\n'
        'Hamilton police Chief Eric Girt said in a statement that the officer involved had been placed on administrative leave, as is standard.\n'
        '\n'
        'The man\'s sister, Carla Mendes, said her brother had struggled with his mental health for years. "He needed a doctor, not a gun," she said.\n'
    ),
    gold=[
        ('officers were called to a home on Barton Street East shortly after 3 a.m. for reports of a man with a knife', 'The Special Investigations Unit', 'indirect', ['the Special Investigations Unit', 'Special Investigations Unit']),
        ('she heard shouting and then two shots', 'A neighbour', 'indirect', ['a neighbour']),
        ('It happened so fast,', 'A neighbour', 'direct', ['a neighbour']),
        ('Then there were police everywhere.', 'A neighbour', 'direct', ['a neighbour']),
        ('the officer involved had been placed on administrative leave, as is standard', 'Eric Girt', 'indirect'),
        ('her brother had struggled with his mental health for years', 'Carla Mendes', 'indirect'),
        ('He needed a doctor, not a gun,', 'Carla Mendes', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n237-politics-quebec-premier',
    split='heldout38',
    text=(
        'Legault says Quebec will not back down on religious symbols law\n'
        '\n'
        'QUEBEC CITY — Premier François Legault said Thursday his government will defend its religious symbols law all the way to the Supreme Court if it has to.\n'
        '\n'
        '"Quebecers have made their choice," the premier said in French at the national assembly. "We will respect it."\n'
        '\n'
        'The law bars teachers, police officers and judges from wearing religious symbols such as hijabs and kippahs at work. A coalition of civil liberties groups has challenged it in court.\n'
        '\n'
        'Noa Mendelsohn Aviv of the Canadian Civil Liberties Association said the law "tells a whole group of people they are second-class citizens."\n'
        '\n'
        'Liberal Leader Dominique Anglade said Legault was using the law to distract from long waits in hospital emergency rooms.\n'
    ),
    gold=[
        ('his government will defend its religious symbols law all the way to the Supreme Court if it has to', 'François Legault', 'indirect'),
        ('Quebecers have made their choice,', 'François Legault', 'direct'),
        ('We will respect it.', 'François Legault', 'direct'),
        ('the law "tells a whole group of people they are second-class citizens."', 'Noa Mendelsohn Aviv', 'indirect'),
        ('tells a whole group of people they are second-class citizens.', 'Noa Mendelsohn Aviv', 'partial'),
        ('Legault was using the law to distract from long waits in hospital emergency rooms', 'Dominique Anglade', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n238-sport-raptors-nurse',
    split='heldout38',
    text=(
        'Leonard scores 36 as Raptors take 2-0 series lead\n'
        '\n'
        'TORONTO — Kawhi Leonard scored 36 points and the Toronto Raptors beat the Philadelphia 76ers 112-104 on Monday night to take a 2-0 lead in their second-round series.\n'
        '\n'
        'Kyle Lowry added 21 points and eight assists. Joel Embiid had 24 points and 12 rebounds for Philadelphia.\n'
        '\n'
        '"He just wants the ball in big moments," coach Nick Nurse said of Leonard. "Not everybody does."\n'
        '\n'
        'Leonard, as usual, kept it short. "We did our job at home. Now we go there and do it again," he said.\n'
        '\n'
        '76ers coach Brett Brown said his team had to be tougher. "They beat us to every loose ball," Brown said.\n'
    ),
    gold=[
        ('He just wants the ball in big moments,', 'Nick Nurse', 'direct'),
        ('Not everybody does.', 'Nick Nurse', 'direct'),
        ('We did our job at home. Now we go there and do it again,', 'Kawhi Leonard', 'direct'),
        ('his team had to be tougher', 'Brett Brown', 'indirect'),
        ('They beat us to every loose ball,', 'Brett Brown', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n239-tech-shopify-tweet',
    split='heldout38',
    text=(
        'Shopify shares soar after pandemic boosts online sales\n'
        '\n'
        'OTTAWA — Shopify Inc. shares jumped 10 per cent on Wednesday after the Ottawa-based company reported that sales on its platform nearly doubled in the second quarter.\n'
        '\n'
        'Merchants on Shopify sold $30.1 billion worth of goods in the quarter, up from $15.3 billion a year earlier, as stores closed by the pandemic moved online.\n'
        '\n'
        'Chief executive Tobi Lütke wrote on Twitter that the company had seen "ten years of change in ten weeks." Chief financial officer Amy Shapero told analysts that some of the growth would fade as stores reopened.\n'
        '\n'
        '"We don\'t expect every quarter to look like this one," Shapero said.\n'
        '\n'
        'Analyst Martin Toner of ATB Capital Markets said the results showed Shopify was "taking share from everyone."\n'
    ),
    gold=[
        ('sales on its platform nearly doubled in the second quarter', 'Shopify Inc.', 'indirect', ['the Ottawa-based company', 'Shopify']),
        ('the company had seen "ten years of change in ten weeks."', 'Tobi Lütke', 'indirect'),
        ('ten years of change in ten weeks.', 'Tobi Lütke', 'partial'),
        ('some of the growth would fade as stores reopened', 'Amy Shapero', 'indirect'),
        ("We don't expect every quarter to look like this one,", 'Amy Shapero', 'direct'),
        ('the results showed Shopify was "taking share from everyone."', 'Martin Toner', 'indirect'),
        ('taking share from everyone.', 'Martin Toner', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n240-politics-us-white-house',
    split='heldout38',
    text=(
        'Obama Urges Congress to Act on Zika Funding\n'
        '\n'
        'WASHINGTON — President Obama on Friday urged Congress to approve $1.9 billion to fight the Zika virus, warning that the country was "running out of time" before mosquito season peaks.\n'
        '\n'
        '"This is not something where we can build a wall to prevent it," Mr. Obama said after a briefing with health officials. "Mosquitoes don\'t respect borders."\n'
        '\n'
        'Republicans have proposed a smaller package paid for with cuts to other health programs. Speaker Paul D. Ryan said the House would act "in a responsible way."\n'
        '\n'
        'The White House press secretary, Josh Earnest, said later that the president would not accept cuts to the Affordable Care Act. "That is a nonstarter," he said.\n'
    ),
    gold=[
        ('the country was "running out of time" before mosquito season peaks', 'Obama', 'indirect', ['President Obama', 'Barack Obama']),
        ('running out of time', 'Obama', 'partial', ['President Obama', 'Barack Obama']),
        ('This is not something where we can build a wall to prevent it,', 'Obama', 'direct', ['President Obama', 'Barack Obama']),
        ("Mosquitoes don't respect borders.", 'Obama', 'direct', ['President Obama', 'Barack Obama']),
        ('the House would act "in a responsible way."', 'Paul D. Ryan', 'indirect'),
        ('in a responsible way.', 'Paul D. Ryan', 'partial'),
        ('the president would not accept cuts to the Affordable Care Act', 'Josh Earnest', 'indirect'),
        ('That is a nonstarter,', 'Josh Earnest', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n241-obituary-broadcaster',
    split='heldout38',
    text=(
        'Longtime Winnipeg broadcaster Bob Irving dies at 71\n'
        '\n'
        'WINNIPEG — Bob Irving, whose voice was the sound of Blue Bombers football on Winnipeg radio for more than four decades, has died at 71, his family said Sunday.\n'
        '\n'
        'Irving called more than 800 Bombers games on CJOB, starting in 1974. He retired after the 2021 season.\n'
        '\n'
        'His son, Mark Irving, said his father died peacefully at home. "Dad loved the Bombers, but he loved the people who listened even more," he said.\n'
        '\n'
        'Former Bombers quarterback Matt Dunigan remembered Irving as a gentleman. "Every player wanted to be interviewed by Knuckles. He made you sound smarter than you were," Dunigan said, using the broadcaster\'s nickname.\n'
        '\n'
        'The team said it would hold a moment of silence before its next home game.\n'
    ),
    gold=[
        ('Bob Irving, whose voice was the sound of Blue Bombers football on Winnipeg radio for more than four decades, has died at 71', 'his family', 'indirect', ['His family']),
        ('his father died peacefully at home', 'Mark Irving', 'indirect'),
        ('Dad loved the Bombers, but he loved the people who listened even more,', 'Mark Irving', 'direct'),
        ('Every player wanted to be interviewed by Knuckles. He made you sound smarter than you were,', 'Matt Dunigan', 'direct'),
        ('it would hold a moment of silence before its next home game', 'The team', 'indirect', ['the team', 'Winnipeg Blue Bombers', 'Blue Bombers', 'the Bombers']),
    ],
))
ARTICLES.append(dict(
    id='n242-crime-three-men-robbery',
    split='heldout39',
    text=(
        'Store clerk disarms robber in Surrey, police say\n'
        '\n'
        'SURREY, B.C. — A convenience store clerk wrestled a knife away from a man who tried to rob him late Tuesday, Surrey RCMP say.\n'
        '\n'
        'Cpl. Joanie Sidhu said the suspect, Brandon Leclair, 27, walked into the 7-Eleven on King George Boulevard shortly before midnight and demanded cash. The clerk, Harjit Gill, refused.\n'
        '\n'
        '"He grabbed the knife by the handle, twisted it and that was that," Sidhu said. "We do not recommend anyone do this."\n'
        '\n'
        'Gill, 52, was not hurt. Reached at home on Wednesday, he laughed when asked if he felt like a hero.\n'
        '\n'
        '"No, no. I was angry," he said. "This is my third robbery this year."\n'
        '\n'
        'Leclair appeared in court Wednesday on charges of robbery and assault with a weapon. His lawyer, Paul Doroshenko, said his client had been struggling with addiction.\n'
        '\n'
        '"He is not a violent person," Doroshenko said.\n'
    ),
    gold=[
        ('A convenience store clerk wrestled a knife away from a man who tried to rob him late Tuesday', 'Surrey RCMP', 'indirect'),
        ('the suspect, Brandon Leclair, 27, walked into the 7-Eleven on King George Boulevard shortly before midnight and demanded cash', 'Joanie Sidhu', 'indirect'),
        ('He grabbed the knife by the handle, twisted it and that was that,', 'Joanie Sidhu', 'direct'),
        ('We do not recommend anyone do this.', 'Joanie Sidhu', 'direct'),
        ('No, no. I was angry,', 'Harjit Gill', 'direct'),
        ('This is my third robbery this year.', 'Harjit Gill', 'direct'),
        ('his client had been struggling with addiction', 'Paul Doroshenko', 'indirect'),
        ('He is not a violent person,', 'Paul Doroshenko', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n243-sport-hockey-echoes',
    split='heldout39',
    text=(
        'Flames snap skid with win over Canucks\n'
        '\n'
        'CALGARY — Johnny Gaudreau scored twice and Jacob Markstrom made 29 saves as the Calgary Flames ended a four-game losing streak with a 4-1 win over the Vancouver Canucks on Saturday.\n'
        '\n'
        '"We needed that one. Everybody knew it," Gaudreau said.\n'
        '\n'
        'Markstrom, facing his former team for the second time, was sharp early, stopping Elias Pettersson on a breakaway in the first period.\n'
        '\n'
        '"You want to beat your old team. I won\'t lie about that," the goaltender said.\n'
        '\n'
        'Flames coach Darryl Sutter was less impressed. "We got the two points. We did not play a full game," the bench boss said.\n'
        '\n'
        'Canucks captain Bo Horvat echoed that. "They were better than us for 40 minutes, and we were worse for 60," he said.\n'
    ),
    gold=[
        ('We needed that one. Everybody knew it,', 'Johnny Gaudreau', 'direct'),
        ("You want to beat your old team. I won't lie about that,", 'Jacob Markstrom', 'direct'),
        ('We got the two points. We did not play a full game,', 'Darryl Sutter', 'direct'),
        ('They were better than us for 40 minutes, and we were worse for 60,', 'Bo Horvat', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n244-local-council-two-women',
    split='heldout39',
    text=(
        'Halifax council delays vote on encampment bylaw\n'
        '\n'
        'HALIFAX — Halifax regional council has put off a vote on a bylaw that would ban tents in city parks after a heated debate on Tuesday.\n'
        '\n'
        'Coun. Waye Mason moved to delay the vote by a month. He said the city had not yet opened the 60 shelter beds it had promised.\n'
        '\n'
        '"We cannot tell people to leave the parks when there is nowhere to go," Mason said.\n'
        '\n'
        'Coun. Lisa Blackburn supported the bylaw. She said residents near Victoria Park were afraid to use it.\n'
        '\n'
        '"I get calls every day. Parents do not take their kids there anymore," she said.\n'
        '\n'
        'Coun. Pam Lovelace disagreed. "Moving people from park to park solves nothing," she said.\n'
        '\n'
        'Mayor Mike Savage said he expected a vote in March. "We will get this right," he said.\n'
    ),
    gold=[
        ('the city had not yet opened the 60 shelter beds it had promised', 'Waye Mason', 'indirect'),
        ('We cannot tell people to leave the parks when there is nowhere to go,', 'Waye Mason', 'direct'),
        ('residents near Victoria Park were afraid to use it', 'Lisa Blackburn', 'indirect'),
        ('I get calls every day. Parents do not take their kids there anymore,', 'Lisa Blackburn', 'direct'),
        ('Moving people from park to park solves nothing,', 'Pam Lovelace', 'direct'),
        ('he expected a vote in March', 'Mike Savage', 'indirect'),
        ('We will get this right,', 'Mike Savage', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n245-business-microsoft-activision',
    split='heldout39',
    text=(
        'Microsoft to buy Activision Blizzard for $69 billion\n'
        '\n'
        'SEATTLE — Microsoft Corp. on Tuesday agreed to buy video game maker Activision Blizzard Inc. for $68.7 billion in cash, its largest deal ever.\n'
        '\n'
        'The Redmond, Wash.-based company said the purchase would make it the world\'s third-largest gaming company by revenue, behind Tencent and Sony.\n'
        '\n'
        'Microsoft chief executive Satya Nadella told analysts that gaming was "the most dynamic and exciting category in entertainment."\n'
        '\n'
        'Activision chief executive Bobby Kotick, who has faced calls to resign over the company\'s handling of harassment complaints, will stay on until the deal closes, the companies said.\n'
        '\n'
        'Analyst Michael Pachter of Wedbush Securities said regulators were unlikely to block the deal. "Microsoft is not dominant in games. That matters," he said.\n'
    ),
    gold=[
        ("the purchase would make it the world's third-largest gaming company by revenue, behind Tencent and Sony", 'Microsoft Corp.', 'indirect', ['The Redmond, Wash.-based company', 'Microsoft']),
        ('gaming was "the most dynamic and exciting category in entertainment."', 'Satya Nadella', 'indirect'),
        ('the most dynamic and exciting category in entertainment.', 'Satya Nadella', 'partial'),
        ("Activision chief executive Bobby Kotick, who has faced calls to resign over the company's handling of harassment complaints, will stay on until the deal closes", 'the companies', 'indirect', ['The companies']),
        ('regulators were unlikely to block the deal', 'Michael Pachter', 'indirect'),
        ('Microsoft is not dominant in games. That matters,', 'Michael Pachter', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n246-politics-us-cruz-trump',
    split='heldout39',
    text=(
        'Cruz, Trailing in New York, Attacks Trump on Values\n'
        '\n'
        'THE BRONX — Senator Ted Cruz of Texas, campaigning in a state where he trails badly, said on Wednesday that Donald J. Trump did not share the values of Republican voters.\n'
        '\n'
        '"Donald has spent his whole life supporting liberal Democrats," the Texas senator told a small crowd at a Bronx charter school. "New Yorkers know that better than anyone."\n'
        '\n'
        'Mr. Trump, speaking hours later at a rally on Long Island, dismissed the attack. The billionaire said Mr. Cruz had "insulted" New Yorkers in January when he mocked the city\'s values.\n'
        '\n'
        '"He should be ashamed of himself," the real estate developer said, to loud applause.\n'
        '\n'
        'A Cruz spokeswoman, Catherine Frazier, said the senator had "no regrets."\n'
    ),
    gold=[
        ('Donald J. Trump did not share the values of Republican voters', 'Ted Cruz', 'indirect'),
        ('Donald has spent his whole life supporting liberal Democrats,', 'Ted Cruz', 'direct'),
        ('New Yorkers know that better than anyone.', 'Ted Cruz', 'direct'),
        ('Mr. Cruz had "insulted" New Yorkers in January when he mocked the city\'s values', 'Donald J. Trump', 'indirect'),
        ('insulted', 'Donald J. Trump', 'partial'),
        ('He should be ashamed of himself,', 'Donald J. Trump', 'direct'),
        ('the senator had "no regrets."', 'Catherine Frazier', 'indirect'),
        ('no regrets.', 'Catherine Frazier', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n247-feature-colon-intro',
    split='heldout39',
    text=(
        'The last blacksmith on Main Street\n'
        '\n'
        'LUNENBURG, N.S. — Dennis Brooks has been shoeing horses and forging hinges in the same stone shop since 1971. He is 78 now, and his hands are scarred from fifty years of sparks.\n'
        '\n'
        'Asked why he has not retired, Brooks says:\n'
        '\n'
        '"What would I do? Sit in a chair and watch the boats? I would be dead in a month."\n'
        '\n'
        'His apprentice, Megan Rhodes, 24, came to the shop after art school. She says Brooks taught her patience before he taught her anything about iron.\n'
        '\n'
        '"He made me sweep the floor for three weeks," she says, grinning. "I was furious. Now I understand why."\n'
    ),
    gold=[
        ('What would I do? Sit in a chair and watch the boats? I would be dead in a month.', 'Dennis Brooks', 'direct'),
        ('Brooks taught her patience before he taught her anything about iron', 'Megan Rhodes', 'indirect'),
        ('He made me sweep the floor for three weeks,', 'Megan Rhodes', 'direct'),
        ('I was furious. Now I understand why.', 'Megan Rhodes', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n248-court-judge-two-women',
    split='heldout40',
    text=(
        'Former daycare owner sentenced for neglect\n'
        '\n'
        'REGINA — A former daycare owner who left six toddlers alone for more than an hour has been sentenced to 18 months of probation.\n'
        '\n'
        'Provincial court Judge Karen Lavoie said Tracey Marchuk, 46, had shown "a stunning lack of judgment" when she left the children to run errands in January 2019. No child was hurt.\n'
        '\n'
        'Marchuk wept as the sentence was read. Outside court, she said she would never work with children again.\n'
        '\n'
        '"I think about what could have happened every single day," she said.\n'
        '\n'
        'Lavoie noted that Marchuk had no criminal record and had closed the daycare voluntarily. The judge said a jail term would serve no purpose.\n'
        '\n'
        'One of the parents, Dana Whitecap, said she was disappointed. "Eighteen months of probation for that? My son was two," she said.\n'
    ),
    gold=[
        ('Tracey Marchuk, 46, had shown "a stunning lack of judgment" when she left the children to run errands in January 2019', 'Karen Lavoie', 'indirect'),
        ('a stunning lack of judgment', 'Karen Lavoie', 'partial'),
        ('she would never work with children again', 'Tracey Marchuk', 'indirect'),
        ('I think about what could have happened every single day,', 'Tracey Marchuk', 'direct'),
        ('Marchuk had no criminal record and had closed the daycare voluntarily', 'Karen Lavoie', 'indirect'),
        ('a jail term would serve no purpose', 'Karen Lavoie', 'indirect'),
        ('she was disappointed', 'Dana Whitecap', 'indirect'),
        ('Eighteen months of probation for that? My son was two,', 'Dana Whitecap', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n249-health-briefing',
    split='heldout40',
    text=(
        'B.C. reports record COVID-19 cases as Henry urges caution\n'
        '\n'
        'VICTORIA — British Columbia reported 2,046 new cases of COVID-19 on Wednesday, a one-day record, as provincial health officer Dr. Bonnie Henry urged people to limit holiday gatherings.\n'
        '\n'
        '"This is a critical time for all of us," Henry said at a news conference. "The choices we make in the next two weeks will matter."\n'
        '\n'
        '"Please keep your gatherings small. Stay home if you are sick."\n'
        '\n'
        'Health Minister Adrian Dix said hospitals had postponed some surgeries to make room. He said 312 people were in hospital with the virus.\n'
        '\n'
        'Opposition health critic Renee Merrifield said the province should have acted sooner. "The warning signs were there a month ago," she said.\n'
    ),
    gold=[
        ('This is a critical time for all of us,', 'Bonnie Henry', 'direct'),
        ('The choices we make in the next two weeks will matter.', 'Bonnie Henry', 'direct'),
        ('Please keep your gatherings small. Stay home if you are sick.', 'Bonnie Henry', 'direct'),
        ('hospitals had postponed some surgeries to make room', 'Adrian Dix', 'indirect'),
        ('312 people were in hospital with the virus', 'Adrian Dix', 'indirect'),
        ('the province should have acted sooner', 'Renee Merrifield', 'indirect'),
        ('The warning signs were there a month ago,', 'Renee Merrifield', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n250-politics-federal-leaders',
    split='heldout40',
    text=(
        'Trudeau, Scheer trade shots over carbon tax\n'
        '\n'
        'OTTAWA — Prime Minister Justin Trudeau and Conservative Leader Andrew Scheer traded accusations over the federal carbon tax on Monday as the House of Commons returned from its winter break.\n'
        '\n'
        'Scheer said the tax was driving up the cost of groceries and home heating. "Canadians are paying more for everything, and this prime minister does not care," the Conservative leader said during question period.\n'
        '\n'
        'Trudeau shot back that the Conservatives had no plan to fight climate change. "They would make pollution free again," the prime minister said.\n'
        '\n'
        'Outside the chamber, NDP Leader Jagmeet Singh told reporters both men were "playing games" while families struggled.\n'
    ),
    gold=[
        ('the tax was driving up the cost of groceries and home heating', 'Andrew Scheer', 'indirect'),
        ('Canadians are paying more for everything, and this prime minister does not care,', 'Andrew Scheer', 'direct'),
        ('the Conservatives had no plan to fight climate change', 'Justin Trudeau', 'indirect'),
        ('They would make pollution free again,', 'Justin Trudeau', 'direct'),
        ('both men were "playing games" while families struggled', 'Jagmeet Singh', 'indirect'),
        ('playing games', 'Jagmeet Singh', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n251-sport-soccer-sinclair',
    split='heldout40',
    text=(
        'Sinclair breaks international scoring record\n'
        '\n'
        'AUSTIN, Texas — Christine Sinclair scored twice against St. Kitts and Nevis on Wednesday to become the all-time leading scorer in international soccer, men or women, with 185 goals.\n'
        '\n'
        'The Canadian captain passed Abby Wambach of the United States, who had held the record since 2013. Wambach congratulated her on Twitter within minutes.\n'
        '\n'
        '"It has not sunk in yet. I just wanted to get it done so everyone would stop asking," the 36-year-old said with a laugh.\n'
        '\n'
        'Canada coach Kenneth Heiner-Moller called her "the best player this country has ever produced."\n'
        '\n'
        'Teammate Desiree Scott, who has played with Sinclair for more than a decade, said the team had mobbed her after the second goal. "We all knew what it meant," Scott said.\n'
    ),
    gold=[
        ('It has not sunk in yet. I just wanted to get it done so everyone would stop asking,', 'Christine Sinclair', 'direct'),
        ('the best player this country has ever produced.', 'Kenneth Heiner-Moller', 'partial'),
        ('the team had mobbed her after the second goal', 'Desiree Scott', 'indirect'),
        ('We all knew what it meant,', 'Desiree Scott', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n252-politics-us-clinton-kaine',
    split='heldout40',
    text=(
        'Clinton and Kaine Rally in Philadelphia on Eve of Convention\n'
        '\n'
        'PHILADELPHIA — Hillary Clinton and her running mate, Senator Tim Kaine of Virginia, appeared together on Sunday before a crowd of several thousand, a day before the Democratic National Convention opens here.\n'
        '\n'
        'The Virginia senator, speaking first, said he had "never been prouder" to stand beside anyone. "She is ready. She has been ready for a long time," Mr. Kaine said.\n'
        '\n'
        'Mrs. Clinton said the convention would show a party "united behind a simple idea: we are stronger together."\n'
        '\n'
        '"Donald Trump wants to divide us," the Democratic nominee said. "We will not let him."\n'
        '\n'
        'Some supporters of Senator Bernie Sanders protested outside. One of them, Ryan Miller, 31, said he would not vote for Mrs. Clinton in November.\n'
    ),
    gold=[
        ('he had "never been prouder" to stand beside anyone', 'Tim Kaine', 'indirect'),
        ('never been prouder', 'Tim Kaine', 'partial'),
        ('She is ready. She has been ready for a long time,', 'Tim Kaine', 'direct'),
        ('the convention would show a party "united behind a simple idea: we are stronger together."', 'Hillary Clinton', 'indirect'),
        ('united behind a simple idea: we are stronger together.', 'Hillary Clinton', 'partial'),
        ('Donald Trump wants to divide us,', 'Hillary Clinton', 'direct'),
        ('We will not let him.', 'Hillary Clinton', 'direct'),
        ('he would not vote for Mrs. Clinton in November', 'Ryan Miller', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n253-weather-flood-meteorologist',
    split='heldout40',
    text=(
        'Rising river forces evacuations in New Brunswick\n'
        '\n'
        'FREDERICTON — Dozens of homes along the Saint John River were evacuated on Sunday as the river rose past flood stage for the second spring in a row.\n'
        '\n'
        'Environment Canada meteorologist Jill Maepea said another 30 millimetres of rain was expected by Tuesday. "The ground is saturated. There is nowhere for that water to go," she said.\n'
        '\n'
        'The province\'s Emergency Measures Organization said the river at Fredericton had reached 8.1 metres and could pass 8.5 metres by midweek.\n'
        '\n'
        'In Maugerville, Gary Wilson piled sandbags against the door of his garage. It was the fourth time in 10 years that water had reached his property.\n'
        '\n'
        '"You get used to it, but you never like it," Wilson said. "We are thinking about selling. Who would buy?"\n'
    ),
    gold=[
        ('another 30 millimetres of rain was expected by Tuesday', 'Jill Maepea', 'indirect'),
        ('The ground is saturated. There is nowhere for that water to go,', 'Jill Maepea', 'direct'),
        ('the river at Fredericton had reached 8.1 metres and could pass 8.5 metres by midweek', "The province's Emergency Measures Organization", 'indirect', ["the province's Emergency Measures Organization", 'Emergency Measures Organization']),
        ('You get used to it, but you never like it,', 'Gary Wilson', 'direct'),
        ('We are thinking about selling. Who would buy?', 'Gary Wilson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n254-crime-sisters-assault',
    split='heldout41',
    text=(
        'Man charged after woman seriously injured in Thunder Bay home\n'
        '\n'
        'THUNDER BAY, Ont. — A 38-year-old man has been charged with aggravated assault after a woman was found seriously injured in a home on the city\'s south side, Thunder Bay police said Monday.\n'
        '\n'
        'The woman, 35, remains in hospital. Her sister, Crystal Moonias, said the family had asked police for help twice in the past year.\n'
        '\n'
        '"We told them she was scared. We told them he had threatened her," Moonias told CBC News. "Nobody listened to us."\n'
        '\n'
        'Police spokesperson Julie Tilbury said she could not comment on previous calls while the case was before the courts.\n'
        '\n'
        '"We take every call about intimate partner violence seriously," she said.\n'
    ),
    gold=[
        ("A 38-year-old man has been charged with aggravated assault after a woman was found seriously injured in a home on the city's south side", 'Thunder Bay police', 'indirect'),
        ('the family had asked police for help twice in the past year', 'Crystal Moonias', 'indirect'),
        ('We told them she was scared. We told them he had threatened her,', 'Crystal Moonias', 'direct'),
        ('Nobody listened to us.', 'Crystal Moonias', 'direct'),
        ('she could not comment on previous calls while the case was before the courts', 'Julie Tilbury', 'indirect'),
        ('We take every call about intimate partner violence seriously,', 'Julie Tilbury', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n255-politics-alberta-video',
    split='heldout41',
    text=(
        'Kenney defends pandemic rules in Facebook video\n'
        '\n'
        'EDMONTON — Alberta Premier Jason Kenney defended his government\'s new COVID-19 restrictions on Thursday, saying the province had no choice as hospitals filled.\n'
        '\n'
        'In a video posted to Facebook, Kenney said intensive care units were "close to the breaking point." "I know people are tired. I am tired too," the premier said.\n'
        '\n'
        'NDP Leader Rachel Notley said the restrictions came weeks too late. "Albertans are paying for this government\'s delay with their lives," she said.\n'
        '\n'
        'Some members of Kenney\'s own caucus have criticized the rules. Backbench MLA Drew Barnes wrote in a letter to constituents that the measures were "an overreach."\n'
    ),
    gold=[
        ('the province had no choice as hospitals filled', 'Jason Kenney', 'indirect'),
        ('intensive care units were "close to the breaking point."', 'Jason Kenney', 'indirect'),
        ('close to the breaking point.', 'Jason Kenney', 'partial'),
        ('I know people are tired. I am tired too,', 'Jason Kenney', 'direct'),
        ('the restrictions came weeks too late', 'Rachel Notley', 'indirect'),
        ("Albertans are paying for this government's delay with their lives,", 'Rachel Notley', 'direct'),
        ('the measures were "an overreach."', 'Drew Barnes', 'indirect'),
        ('an overreach.', 'Drew Barnes', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n256-business-airline-union',
    split='heldout41',
    text=(
        'WestJet flight attendants ratify first contract\n'
        '\n'
        'CALGARY — WestJet flight attendants have voted to accept their first collective agreement, ending more than a year of bargaining, their union announced Friday.\n'
        '\n'
        'The Canadian Union of Public Employees said 87 per cent of members who voted supported the deal, which includes raises of 14 per cent over five years.\n'
        '\n'
        'Chris Rauenbusch, president of the union\'s WestJet component, said members were relieved. "This was a long road, and our members stuck together," he said.\n'
        '\n'
        'The Calgary-based airline said in a statement that it was pleased with the result and looked forward to "a constructive relationship."\n'
    ),
    gold=[
        ('WestJet flight attendants have voted to accept their first collective agreement, ending more than a year of bargaining', 'The Canadian Union of Public Employees', 'indirect', ['their union', 'Canadian Union of Public Employees']),
        ('87 per cent of members who voted supported the deal, which includes raises of 14 per cent over five years', 'The Canadian Union of Public Employees', 'indirect', ['Canadian Union of Public Employees']),
        ('members were relieved', 'Chris Rauenbusch', 'indirect'),
        ('This was a long road, and our members stuck together,', 'Chris Rauenbusch', 'direct'),
        ('it was pleased with the result and looked forward to "a constructive relationship."', 'WestJet', 'indirect', ['The Calgary-based airline']),
        ('a constructive relationship.', 'WestJet', 'partial', ['The Calgary-based airline']),
    ],
))
ARTICLES.append(dict(
    id='n257-sport-tennis-two-men',
    split='heldout41',
    text=(
        'Auger-Aliassime beats Shapovalov in all-Canadian quarterfinal\n'
        '\n'
        'ROTTERDAM, Netherlands — Félix Auger-Aliassime beat fellow Canadian Denis Shapovalov 6-4, 7-6 (5) on Friday to reach the semifinals of the Rotterdam Open.\n'
        '\n'
        'The two have known each other since they were 10, when they played in junior tournaments in Quebec.\n'
        '\n'
        '"It is never easy to play Denis. He knows my game better than anybody," the Montrealer said.\n'
        '\n'
        'Shapovalov, who saved two match points before losing the tiebreak, said he was happy for his friend. "Felix played the big points better. That is tennis," he said.\n'
    ),
    gold=[
        ('It is never easy to play Denis. He knows my game better than anybody,', 'Félix Auger-Aliassime', 'direct'),
        ('he was happy for his friend', 'Denis Shapovalov', 'indirect'),
        ('Felix played the big points better. That is tennis,', 'Denis Shapovalov', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n258-politics-us-netanyahu',
    split='heldout41',
    text=(
        'Netanyahu, in Washington, Warns Against Iran Deal\n'
        '\n'
        'WASHINGTON — Prime Minister Benjamin Netanyahu of Israel told a joint meeting of Congress on Tuesday that the nuclear deal being negotiated with Iran would "pave Iran\'s path to the bomb."\n'
        '\n'
        '"This is a bad deal. A very bad deal," the Israeli prime minister said to a standing ovation. "We are better off without it."\n'
        '\n'
        'President Obama, who did not meet with Mr. Netanyahu, said afterward that the speech had offered "nothing new." He said the Israeli leader had not proposed a viable alternative.\n'
        '\n'
        'House Minority Leader Nancy Pelosi, who attended, said she was "near tears" at what she called an insult to the intelligence of the United States.\n'
    ),
    gold=[
        ('the nuclear deal being negotiated with Iran would "pave Iran\'s path to the bomb."', 'Benjamin Netanyahu', 'indirect'),
        ("pave Iran's path to the bomb.", 'Benjamin Netanyahu', 'partial'),
        ('This is a bad deal. A very bad deal,', 'Benjamin Netanyahu', 'direct'),
        ('We are better off without it.', 'Benjamin Netanyahu', 'direct'),
        ('the speech had offered "nothing new."', 'Obama', 'indirect', ['President Obama', 'Barack Obama']),
        ('nothing new.', 'Obama', 'partial', ['President Obama', 'Barack Obama']),
        ('the Israeli leader had not proposed a viable alternative', 'Obama', 'indirect', ['President Obama', 'Barack Obama']),
        ('she was "near tears" at what she called an insult to the intelligence of the United States', 'Nancy Pelosi', 'indirect'),
        ('near tears', 'Nancy Pelosi', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n259-feature-principal-retires',
    split='heldout41',
    text=(
        'After 40 years, a principal says goodbye\n'
        '\n'
        'SASKATOON — When Gordon Ives started teaching at Mount Royal Collegiate in 1981, the school had chalkboards and a smoking area for students.\n'
        '\n'
        'On Friday, the principal walked its halls for the last time, stopping every few steps to shake a hand or pose for a photo.\n'
        '\n'
        '"I came for one year. I stayed for forty," Ives said. "The kids kept me here."\n'
        '\n'
        'Grade 12 student Aisha Bello organized a card signed by more than 900 students and staff. She said Ives knew every student by name.\n'
        '\n'
        '"He remembers your little brother and your grandmother," she said. "He just cares."\n'
    ),
    gold=[
        ('I came for one year. I stayed for forty,', 'Gordon Ives', 'direct'),
        ('The kids kept me here.', 'Gordon Ives', 'direct'),
        ('Ives knew every student by name', 'Aisha Bello', 'indirect'),
        ('He remembers your little brother and your grandmother,', 'Aisha Bello', 'direct'),
        ('He just cares.', 'Aisha Bello', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n260-politics-us-aides-familiar',
    split='heldout42',
    text=(
        'Rubio Weighs Senate Run as Deadline Nears\n'
        '\n'
        'MIAMI — Senator Marco Rubio of Florida, who said for months that he would not seek re-election, is reconsidering, according to two people familiar with his thinking.\n'
        '\n'
        'Mr. Rubio has spoken with Senator Mitch McConnell, the majority leader, who has urged him to run, one of the people said. The other said Mr. Rubio would decide by the end of the week.\n'
        '\n'
        'In an interview on Tuesday, Mr. Rubio said only that he was "thinking about it." "I have not made a decision. When I do, you will know," he said.\n'
        '\n'
        'Carlos Lopez-Cantera, the lieutenant governor, who is running for the seat, said he would step aside if Mr. Rubio entered the race.\n'
    ),
    gold=[
        ('Senator Marco Rubio of Florida, who said for months that he would not seek re-election, is reconsidering', 'two people familiar with his thinking', 'indirect'),
        ('he would not seek re-election', 'Marco Rubio', 'indirect'),
        ('Mr. Rubio has spoken with Senator Mitch McConnell, the majority leader, who has urged him to run', 'one of the people', 'indirect', ['two people familiar with his thinking']),
        ('Mr. Rubio would decide by the end of the week', 'The other', 'indirect', ['the other', 'two people familiar with his thinking']),
        ('he was "thinking about it."', 'Marco Rubio', 'indirect'),
        ('thinking about it.', 'Marco Rubio', 'partial'),
        ('I have not made a decision. When I do, you will know,', 'Marco Rubio', 'direct'),
        ('he would step aside if Mr. Rubio entered the race', 'Carlos Lopez-Cantera', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n261-business-two-companies',
    split='heldout42',
    text=(
        'Cineplex calls off sale after Cineworld walks away\n'
        '\n'
        'TORONTO — Cineplex Inc. said Friday it would sue Cineworld Group PLC after the British cinema chain walked away from its $2.8-billion deal to buy the Canadian company.\n'
        '\n'
        'Cineworld said in a statement that Cineplex had breached the terms of the agreement by changing how it ran its business during the pandemic. The company said it had "no choice" but to end the deal.\n'
        '\n'
        'Cineplex chief executive Ellis Jacob called the claim "completely without merit." "We intend to hold Cineworld to its obligations," he said.\n'
        '\n'
        'Analyst Derek Dley of Canaccord Genuity said Cineplex shares could fall further. "The market is pricing in a long fight," he wrote in a note.\n'
    ),
    gold=[
        ('it would sue Cineworld Group PLC after the British cinema chain walked away from its $2.8-billion deal to buy the Canadian company', 'Cineplex Inc.', 'indirect', ['Cineplex']),
        ('Cineplex had breached the terms of the agreement by changing how it ran its business during the pandemic', 'Cineworld', 'indirect', ['Cineworld Group PLC']),
        ('it had "no choice" but to end the deal', 'Cineworld', 'indirect', ['Cineworld Group PLC', 'The company']),
        ('no choice', 'Cineworld', 'partial', ['Cineworld Group PLC', 'The company']),
        ('completely without merit.', 'Ellis Jacob', 'partial'),
        ('We intend to hold Cineworld to its obligations,', 'Ellis Jacob', 'direct'),
        ('Cineplex shares could fall further', 'Derek Dley', 'indirect'),
        ('The market is pricing in a long fight,', 'Derek Dley', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n262-sport-hockey-rookie-veteran',
    split='heldout42',
    text=(
        'Rookie scores twice as Canadiens beat Bruins\n'
        '\n'
        'MONTREAL — Cole Caufield scored twice, Nick Suzuki had three assists and the Montreal Canadiens beat the Boston Bruins 5-2 on Thursday night.\n'
        '\n'
        'The rookie now has seven goals in his last eight games. "The guys keep finding me. I just have to put it in," Caufield said.\n'
        '\n'
        'Suzuki, the team\'s 22-year-old centre, set up both of Caufield\'s goals with passes across the crease.\n'
        '\n'
        '"He sees plays before they happen," Caufield said of his linemate.\n'
        '\n'
        'Boston coach Bruce Cassidy said his team had been "a step behind all night." Veteran Patrice Bergeron agreed. "We did not compete the way we needed to," the Bruins captain said.\n'
    ),
    gold=[
        ('The guys keep finding me. I just have to put it in,', 'Cole Caufield', 'direct'),
        ('He sees plays before they happen,', 'Cole Caufield', 'direct'),
        ('his team had been "a step behind all night."', 'Bruce Cassidy', 'indirect'),
        ('a step behind all night.', 'Bruce Cassidy', 'partial'),
        ('We did not compete the way we needed to,', 'Patrice Bergeron', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n263-crime-coroner-investigators',
    split='heldout42',
    text=(
        'Two found dead in Regina home; police say no threat to public\n'
        '\n'
        'REGINA — Two people were found dead in a home in Regina\'s Cathedral neighbourhood on Sunday, and police say there is no risk to the public.\n'
        '\n'
        'Insp. Cory Bourassa said officers were called to the house on Retallack Street shortly after 9 a.m. by a relative who had not heard from the couple in several days.\n'
        '\n'
        'The Saskatchewan Coroners Service said autopsies would be done this week. Investigators have not said how the two died.\n'
        '\n'
        'Neighbour Sharon Kirk said the couple, both in their 70s, walked their dog past her house every morning. "They were the sweetest people on this street," she said. "I keep waiting to see them come around the corner."\n'
    ),
    gold=[
        ('there is no risk to the public', 'police', 'indirect'),
        ('officers were called to the house on Retallack Street shortly after 9 a.m. by a relative who had not heard from the couple in several days', 'Cory Bourassa', 'indirect'),
        ('autopsies would be done this week', 'The Saskatchewan Coroners Service', 'indirect', ['the Saskatchewan Coroners Service', 'Saskatchewan Coroners Service']),
        ('the couple, both in their 70s, walked their dog past her house every morning', 'Sharon Kirk', 'indirect'),
        ('They were the sweetest people on this street,', 'Sharon Kirk', 'direct'),
        ('I keep waiting to see them come around the corner.', 'Sharon Kirk', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n264-feature-grandmothers-knitting',
    split='heldout42',
    text=(
        'Grandmothers knit 2,000 toques for northern schools\n'
        '\n'
        'SUDBURY, Ont. — Every Tuesday for three years, a dozen women have gathered in the basement of St. Andrew\'s United Church to knit.\n'
        '\n'
        'The group was started by Mavis Thornton, a retired nurse, after her granddaughter came home from a teaching job in Attawapiskat and told her how many children had no winter hats.\n'
        '\n'
        '"I thought, well, I can fix that," the 81-year-old said, her needles clicking. "Then I thought, I cannot fix it alone."\n'
        '\n'
        'Her friend Doris Lacroix joined the second week. She says the group has shipped more than 2,000 toques.\n'
        '\n'
        '"Mavis is the boss. We just do what we are told," Lacroix says, laughing.\n'
    ),
    gold=[
        ("I thought, well, I can fix that,", 'Mavis Thornton', 'direct'),
        ('Then I thought, I cannot fix it alone.', 'Mavis Thornton', 'direct'),
        ('the group has shipped more than 2,000 toques', 'Doris Lacroix', 'indirect'),
        ('Mavis is the boss. We just do what we are told,', 'Doris Lacroix', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n265-politics-municipal-budget-two-women',
    split='heldout42',
    text=(
        'Ottawa council passes budget with 2.5 per cent tax hike\n'
        '\n'
        'OTTAWA — Ottawa city council approved a $4-billion budget on Wednesday that raises property taxes by 2.5 per cent.\n'
        '\n'
        'Coun. Shawn Menard voted against it, arguing the city was not spending enough on transit. "Riders are paying more for less," he said.\n'
        '\n'
        'Coun. Marty Carr, the chair of the finance committee, said the budget "holds the line" while protecting services.\n'
        '\n'
        'Mayor Jim Watson praised councillors for finishing in one day. "This is a responsible budget for difficult times," he said.\n'
    ),
    gold=[
        ('the city was not spending enough on transit', 'Shawn Menard', 'indirect'),
        ('Riders are paying more for less,', 'Shawn Menard', 'direct'),
        ('the budget "holds the line" while protecting services', 'Marty Carr', 'indirect'),
        ('holds the line', 'Marty Carr', 'partial'),
        ('This is a responsible budget for difficult times,', 'Jim Watson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n266-sport-hockey-trade',
    split='heldout43',
    text=(
        'Canucks trade veteran defenceman to Oilers for prospect\n'
        '\n'
        'VANCOUVER — The Vancouver Canucks traded defenceman Erik Gudbranson to the Edmonton Oilers on Monday for forward prospect Tyler Benson and a fourth-round pick.\n'
        '\n'
        'General manager Jim Benning said the deal gave the team more flexibility under the salary cap. "Erik was a great teammate and a leader in our room, but we have to look at where we are going," Benning told reporters at Rogers Arena.\n'
        '\n'
        'Gudbranson, 27, learned of the trade on the team bus. He said he was surprised but not upset. "Edmonton is a good hockey town. I\'ll be ready to play Wednesday," he said.\n'
        '\n'
        'Oilers coach Ken Hitchcock praised the move. "He brings a physical edge we have been missing," the 67-year-old coach said.\n'
    ),
    gold=[
        ('the deal gave the team more flexibility under the salary cap', 'Jim Benning', 'indirect'),
        ('Erik was a great teammate and a leader in our room, but we have to look at where we are going,', 'Jim Benning', 'direct'),
        ('he was surprised but not upset', 'Erik Gudbranson', 'indirect'),
        ("Edmonton is a good hockey town. I'll be ready to play Wednesday,", 'Erik Gudbranson', 'direct'),
        ('He brings a physical edge we have been missing,', 'Ken Hitchcock', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n267-crime-cottage-break-ins',
    split='heldout43',
    text=(
        'Police link string of cottage break-ins to Barrie man\n'
        '\n'
        'ORILLIA, Ont. — Ontario Provincial Police have charged a 34-year-old Barrie man in connection with more than a dozen cottage break-ins along Lake Couchiching this fall.\n'
        '\n'
        'Const. Martin Cassidy said investigators recovered power tools, two outboard motors and a snowmobile from a storage unit in Barrie. "Many of these owners had no idea they had been robbed until we called them," Cassidy said.\n'
        '\n'
        'The accused, whose name has not been released, appeared in court Thursday and was remanded in custody.\n'
        '\n'
        'Cottage owner Donna Fielding said she found her back door pried open in October. "You feel violated. It\'s our family\'s place, it\'s been ours for 50 years," Fielding said. Her neighbour, Glen Pratt, was less shaken. "Things can be replaced," he said. "I\'m just glad nobody was hurt."\n'
    ),
    gold=[
        ('investigators recovered power tools, two outboard motors and a snowmobile from a storage unit in Barrie', 'Martin Cassidy', 'indirect'),
        ('Many of these owners had no idea they had been robbed until we called them,', 'Martin Cassidy', 'direct'),
        ('she found her back door pried open in October', 'Donna Fielding', 'indirect'),
        ("You feel violated. It's our family's place, it's been ours for 50 years,", 'Donna Fielding', 'direct'),
        ('Things can be replaced,', 'Glen Pratt', 'direct'),
        ("I'm just glad nobody was hurt.", 'Glen Pratt', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n268-municipal-bike-lane',
    split='heldout43',
    text=(
        'Montreal borough pauses bike lane after merchants protest\n'
        '\n'
        'MONTREAL — The Plateau-Mont-Royal borough will pause work on a protected bike lane on Saint-Denis Street after weeks of protests by merchants.\n'
        '\n'
        'Borough mayor Luc Rabouin said Friday the pause would last until the end of the holiday shopping season. "We heard the merchants. We are not abandoning the project," Rabouin said.\n'
        '\n'
        'Glenn Castanheira, who heads the Saint-Denis merchants\' association, called the decision "a first step." He said at least eight stores had closed on the street since the spring.\n'
        '\n'
        'Cyclists were less pleased. Vélo Québec spokesperson Magali Bebronne said the lane was a matter of safety. "Every month of delay is a month when someone can get hurt," she said.\n'
    ),
    gold=[
        ('the pause would last until the end of the holiday shopping season', 'Luc Rabouin', 'indirect'),
        ('We heard the merchants. We are not abandoning the project,', 'Luc Rabouin', 'direct'),
        ('a first step.', 'Glenn Castanheira', 'partial'),
        ('at least eight stores had closed on the street since the spring', 'Glenn Castanheira', 'indirect'),
        ('the lane was a matter of safety', 'Magali Bebronne', 'indirect'),
        ('Every month of delay is a month when someone can get hurt,', 'Magali Bebronne', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n269-feature-lighthouse-keeper',
    split='heldout43',
    text=(
        'The last keeper: a lighthouse, a logbook and 40 years of weather\n'
        '\n'
        'CAPE RACE, N.L. — For four decades, Gerald Myrick climbed the 180 steps of the Cape Race lighthouse twice a day. The light was automated in 2019, but he still keeps the logbook.\n'
        '\n'
        '"The sea doesn\'t care that a computer runs the light now," Myrick said, flipping through pages of wind speeds written in pencil. "Somebody should still be watching."\n'
        '\n'
        'His wife, Theresa, worries about the winters. She said the road to the cape is closed for weeks at a time. "He\'d stay out here alone if I let him," she said.\n'
        '\n'
        'Parks Canada, which now manages the site, said it had no plans to remove him. A spokesperson said the agency valued "the local knowledge that keepers carry."\n'
    ),
    gold=[
        ("The sea doesn't care that a computer runs the light now,", 'Gerald Myrick', 'direct'),
        ('Somebody should still be watching.', 'Gerald Myrick', 'direct'),
        ('the road to the cape is closed for weeks at a time', 'Theresa Myrick', 'indirect', ['Theresa']),
        ("He'd stay out here alone if I let him,", 'Theresa Myrick', 'direct', ['Theresa']),
        ('it had no plans to remove him', 'Parks Canada', 'indirect'),
        ('the agency valued "the local knowledge that keepers carry."', 'A spokesperson', 'indirect', ['Parks Canada', 'A Parks Canada spokesperson']),
        ('the local knowledge that keepers carry.', 'A spokesperson', 'partial', ['Parks Canada', 'A Parks Canada spokesperson']),
    ],
))
ARTICLES.append(dict(
    id='n270-business-grocer-closures',
    split='heldout43',
    text=(
        'Loblaw to close 22 stores as profit slips\n'
        '\n'
        'BRAMPTON, Ont. — Loblaw Companies Ltd. said Wednesday it will close 22 unprofitable stores across the country this year, cutting about 500 jobs.\n'
        '\n'
        'The country\'s largest grocer reported a 12 per cent drop in quarterly profit, which it blamed on higher labour costs and a shift in how customers shop. "We are making tough decisions today to keep our prices competitive tomorrow," president Galen Weston told analysts on a conference call.\n'
        '\n'
        'The closures will include conventional and discount stores, the company said, but it did not say which ones.\n'
        '\n'
        'Retail analyst Bruce Winder said the cuts were overdue. "They have too many stores in places where people have stopped shopping," Winder said.\n'
    ),
    gold=[
        ('it will close 22 unprofitable stores across the country this year, cutting about 500 jobs', 'Loblaw Companies Ltd.', 'indirect', ['Loblaw']),
        ('We are making tough decisions today to keep our prices competitive tomorrow,', 'Galen Weston', 'direct'),
        ('The closures will include conventional and discount stores', 'Loblaw Companies Ltd.', 'indirect', ['Loblaw']),
        ('the cuts were overdue', 'Bruce Winder', 'indirect'),
        ('They have too many stores in places where people have stopped shopping,', 'Bruce Winder', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n271-provincial-health-data',
    split='heldout43',
    text=(
        'Alberta NDP accuses government of hiding health data\n'
        '\n'
        "EDMONTON — Alberta's Opposition New Democrats accused the United Conservative government on Tuesday of withholding data on emergency room wait times.\n"
        '\n'
        'NDP health critic David Shepherd said the government had stopped publishing monthly figures in March. "If the numbers were good, they\'d be shouting them from the rooftops," Shepherd said at the legislature.\n'
        '\n'
        'Health Minister Tyler Shandro dismissed the charge. The figures would be released "when they have been properly verified," Shandro said, adding that his department had nothing to hide.\n'
        '\n'
        'Shepherd was unmoved. "Verified by whom?" he asked.\n'
    ),
    gold=[
        ('the government had stopped publishing monthly figures in March', 'David Shepherd', 'indirect'),
        ("If the numbers were good, they'd be shouting them from the rooftops,", 'David Shepherd', 'direct'),
        ('The figures would be released "when they have been properly verified,"', 'Tyler Shandro', 'indirect'),
        ('when they have been properly verified,', 'Tyler Shandro', 'partial'),
        ('Verified by whom?', 'David Shepherd', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n272-us-rally-nafta',
    split='heldout44',
    text=(
        'Trump vows to renegotiate NAFTA at Ohio rally\n'
        '\n'
        'YOUNGSTOWN, Ohio — Donald Trump told thousands of supporters on Monday that he would tear up the North American Free Trade Agreement if Canada and Mexico refused to renegotiate it.\n'
        '\n'
        '"We are going to bring the jobs back. Believe me, they are coming back," the Republican nominee said to loud cheers.\n'
        '\n'
        'Hillary Clinton\'s campaign said Trump\'s plan would start a trade war. Campaign spokesman Brian Fallon said in a statement that the proposal "would cost American workers far more than it would save."\n'
        '\n'
        'Ohio Gov. John Kasich, who has refused to endorse Trump, did not attend the rally.\n'
    ),
    gold=[
        ('he would tear up the North American Free Trade Agreement if Canada and Mexico refused to renegotiate it', 'Donald Trump', 'indirect'),
        ('We are going to bring the jobs back. Believe me, they are coming back,', 'Donald Trump', 'direct'),
        ("Trump's plan would start a trade war", "Hillary Clinton's campaign", 'indirect', ['Hillary Clinton', "Clinton's campaign"]),
        ('the proposal "would cost American workers far more than it would save."', 'Brian Fallon', 'indirect'),
        ('would cost American workers far more than it would save.', 'Brian Fallon', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n273-us-senate-debate',
    split='heldout44',
    text=(
        'Ayotte, Hassan spar over guns in New Hampshire debate\n'
        '\n'
        'CONCORD, N.H. — Sen. Kelly Ayotte and Gov. Maggie Hassan clashed over gun background checks Thursday night in their final debate before the election.\n'
        '\n'
        'Hassan, the Democratic challenger, said Ayotte had sided with the gun lobby when she voted against expanding checks in 2013. "She had a chance to act and she didn\'t," Hassan said.\n'
        '\n'
        'Ayotte shot back that she had supported a different bill that would have improved the background check system. "The governor knows that\'s not the whole story," she said.\n'
        '\n'
        "Asked whether she would support Trump, Ayotte said she would vote for him but did not endorse him. The moderator, WMUR's Josh McElveen, pressed her twice on the distinction.\n"
    ),
    gold=[
        ('Ayotte had sided with the gun lobby when she voted against expanding checks in 2013', 'Maggie Hassan', 'indirect'),
        ("She had a chance to act and she didn't,", 'Maggie Hassan', 'direct'),
        ('she had supported a different bill that would have improved the background check system', 'Kelly Ayotte', 'indirect'),
        ("The governor knows that's not the whole story,", 'Kelly Ayotte', 'direct'),
        ('she would vote for him but did not endorse him', 'Kelly Ayotte', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n274-us-fbi-hearing',
    split='heldout44',
    text=(
        'FBI director defends Clinton email decision before House panel\n'
        '\n'
        'WASHINGTON — FBI Director James Comey told lawmakers on Thursday that no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server.\n'
        '\n'
        '"We don\'t want to put people in jail unless we prove they knew they were doing something they shouldn\'t do," Comey said under questioning from Rep. Jason Chaffetz, the Utah Republican who chairs the House Oversight Committee.\n'
        '\n'
        'Chaffetz said the decision had left many Americans believing there was a double standard. "If you\'re a Clinton, you get a pass," he said.\n'
        '\n'
        'Democrats on the committee accused Republicans of staging a political show. Rep. Elijah Cummings of Maryland, the panel\'s top Democrat, said the hearing was "a waste of taxpayer money."\n'
    ),
    gold=[
        ('no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server', 'James Comey', 'indirect'),
        ("We don't want to put people in jail unless we prove they knew they were doing something they shouldn't do,", 'James Comey', 'direct'),
        ('the decision had left many Americans believing there was a double standard', 'Jason Chaffetz', 'indirect'),
        ("If you're a Clinton, you get a pass,", 'Jason Chaffetz', 'direct'),
        ('the hearing was "a waste of taxpayer money."', 'Elijah Cummings', 'indirect'),
        ('a waste of taxpayer money.', 'Elijah Cummings', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n275-us-pennsylvania-poll',
    split='heldout44',
    text=(
        'Poll shows tight race in Pennsylvania\n'
        '\n'
        'PHILADELPHIA — Hillary Clinton holds a narrow lead over Donald Trump in Pennsylvania, according to a Franklin & Marshall College poll released Wednesday.\n'
        '\n'
        'The survey put Clinton ahead by four points among likely voters, within the margin of error. "This is a state that could go either way," said G. Terry Madonna, who directs the poll.\n'
        '\n'
        "Madonna said Trump's strength among white voters without college degrees was keeping him competitive in the western part of the state. The Clinton campaign said it was not taking Pennsylvania for granted.\n"
        '\n'
        '"We\'re going to fight for every vote here," campaign manager Robby Mook told reporters in Pittsburgh.\n'
    ),
    gold=[
        ('Hillary Clinton holds a narrow lead over Donald Trump in Pennsylvania', 'a Franklin & Marshall College poll', 'indirect', ['Franklin & Marshall College']),
        ('This is a state that could go either way,', 'G. Terry Madonna', 'direct', ['Terry Madonna']),
        ("Trump's strength among white voters without college degrees was keeping him competitive in the western part of the state", 'G. Terry Madonna', 'indirect', ['Terry Madonna']),
        ('it was not taking Pennsylvania for granted', 'The Clinton campaign', 'indirect', ['Clinton campaign', 'Hillary Clinton']),
        ("We're going to fight for every vote here,", 'Robby Mook', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n276-us-gold-star-feud',
    split='heldout44',
    text=(
        'Trump lashes out at Gold Star father\n'
        '\n'
        'NEW YORK — Donald Trump escalated his feud with Khizr Khan on Sunday. On Twitter, he wrote that he had been "viciously attacked" by the Muslim father of a fallen U.S. soldier at the Democratic convention.\n'
        '\n'
        'Khan, whose son Capt. Humayun Khan was killed in Iraq in 2004, said in an interview on CNN that Trump had "a black soul." "He has sacrificed nothing and no one," Khan said.\n'
        '\n'
        'Republican leaders distanced themselves from the remarks. House Speaker Paul Ryan said in a statement that many Muslim Americans had served valiantly in the military. Senate Majority Leader Mitch McConnell said Capt. Khan was "an American hero."\n'
    ),
    gold=[
        ('he had been "viciously attacked" by the Muslim father of a fallen U.S. soldier at the Democratic convention', 'Donald Trump', 'indirect'),
        ('viciously attacked', 'Donald Trump', 'partial'),
        ('Trump had "a black soul."', 'Khizr Khan', 'indirect'),
        ('a black soul.', 'Khizr Khan', 'partial'),
        ('He has sacrificed nothing and no one,', 'Khizr Khan', 'direct'),
        ('many Muslim Americans had served valiantly in the military', 'Paul Ryan', 'indirect'),
        ('Capt. Khan was "an American hero."', 'Mitch McConnell', 'indirect'),
        ('an American hero.', 'Mitch McConnell', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n277-us-illinois-budget',
    split='heldout44',
    text=(
        'Illinois budget standoff enters second year\n'
        '\n'
        'SPRINGFIELD, Ill. — Illinois Gov. Bruce Rauner and Democratic legislative leaders remained deadlocked Friday over a state budget, with no end in sight for social service agencies that have gone months without state money.\n'
        '\n'
        'Rauner, a Republican, blamed House Speaker Michael Madigan for the impasse. "The speaker has had 30 years to fix this state, and he has made it worse," the governor said.\n'
        '\n'
        'Madigan\'s spokesman, Steve Brown, said the governor was trying to distract from his own demands. "He wants to cut wages for working people before he talks about a budget," Brown said.\n'
        '\n'
        'Andrea Durbin, who heads the Illinois Collaboration on Youth, said 1 million residents had lost services. "We have programs that have closed for good," she said.\n'
    ),
    gold=[
        ('The speaker has had 30 years to fix this state, and he has made it worse,', 'Bruce Rauner', 'direct'),
        ('the governor was trying to distract from his own demands', 'Steve Brown', 'indirect'),
        ('He wants to cut wages for working people before he talks about a budget,', 'Steve Brown', 'direct'),
        ('1 million residents had lost services', 'Andrea Durbin', 'indirect'),
        ('We have programs that have closed for good,', 'Andrea Durbin', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n278-business-cashierless-stores',
    split='heldout45',
    text=(
        'Amazon weighs 3,000 cashierless stores\n'
        '\n'
        'SEATTLE — Amazon.com Inc. is considering opening as many as 3,000 of its cashierless Amazon Go stores by 2021, people familiar with the plans said.\n'
        '\n'
        "The world's largest online retailer has opened four of the stores so far, in Seattle and Chicago. It declined to comment on the plans on Wednesday.\n"
        '\n'
        '"Amazon wants to be where people buy lunch, not just where they buy books," said Sucharita Kodali, an analyst at Forrester Research. She said the stores cost about $1 million each to equip.\n'
        '\n'
        'Grocery chains are watching closely. Kroger Co. chief executive Rodney McMullen told investors last month that his company was testing its own checkout-free technology.\n'
    ),
    gold=[
        ('Amazon.com Inc. is considering opening as many as 3,000 of its cashierless Amazon Go stores by 2021', 'people familiar with the plans', 'indirect'),
        ('Amazon wants to be where people buy lunch, not just where they buy books,', 'Sucharita Kodali', 'direct'),
        ('the stores cost about $1 million each to equip', 'Sucharita Kodali', 'indirect'),
        ('his company was testing its own checkout-free technology', 'Rodney McMullen', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n279-business-cloud-growth',
    split='heldout45',
    text=(
        'Microsoft says cloud growth slowed in the quarter\n'
        '\n'
        'REDMOND, Wash. — Microsoft on Thursday said growth in its Azure cloud business slowed to 48 per cent in the latest quarter, from 59 per cent a year earlier.\n'
        '\n'
        'Chief financial officer Amy Hood said the company expected growth to stabilize. "We saw strong demand from large customers, and we are investing to meet it," Hood told analysts.\n'
        '\n'
        'Shares fell 2 per cent in after-hours trading. Dan Ives, an analyst at Wedbush Securities, said investors had expected more. "The Street wanted a beat and got a meet," Ives said. "That\'s not a disaster. It\'s a pause."\n'
    ),
    gold=[
        ('growth in its Azure cloud business slowed to 48 per cent in the latest quarter, from 59 per cent a year earlier', 'Microsoft', 'indirect'),
        ('the company expected growth to stabilize', 'Amy Hood', 'indirect'),
        ('We saw strong demand from large customers, and we are investing to meet it,', 'Amy Hood', 'direct'),
        ('investors had expected more', 'Dan Ives', 'indirect'),
        ('The Street wanted a beat and got a meet,', 'Dan Ives', 'direct'),
        ("That's not a disaster. It's a pause.", 'Dan Ives', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n280-municipal-trustee-scolds',
    split='heldout45',
    text=(
        'School trustee scolds colleagues over closed meetings\n'
        '\n'
        'HAMILTON — A Hamilton public school trustee scolded her colleagues Tuesday for holding too many meetings behind closed doors.\n'
        '\n'
        '"Parents deserve to see how we make decisions about their children," trustee Alex Johnstone told the board. "We are hiding things that don\'t need to be hidden."\n'
        '\n'
        'Board chair Dawn Danko insisted the closed sessions dealt only with personnel and legal matters. "We follow the Education Act to the letter," Danko said.\n'
        '\n'
        'Trustee Chris Parkinson echoed Johnstone\'s concern. "When in doubt, open the door," he wrote in a post on Facebook after the meeting.\n'
    ),
    gold=[
        ('Parents deserve to see how we make decisions about their children,', 'Alex Johnstone', 'direct'),
        ("We are hiding things that don't need to be hidden.", 'Alex Johnstone', 'direct'),
        ('the closed sessions dealt only with personnel and legal matters', 'Dawn Danko', 'indirect'),
        ('We follow the Education Act to the letter,', 'Dawn Danko', 'direct'),
        ('When in doubt, open the door,', 'Chris Parkinson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n281-municipal-flood-colon',
    split='heldout45',
    text=(
        'Flood-weary town asks Ottawa for help\n'
        '\n'
        'GRAND FORKS, B.C. — For the second spring in a row, the Kettle River has flooded downtown Grand Forks.\n'
        '\n'
        'Mayor Brian Taylor put it bluntly: "We cannot do this every year. We need Ottawa to help us move people out of the flood plain."\n'
        '\n'
        'The federal government has promised $20 million for flood mitigation in the region. Public Safety Minister Ralph Goodale says the money will flow "as quickly as the paperwork allows."\n'
        '\n'
        'Resident Sheila Dunn, whose basement has flooded twice, says: "I love this town, but I\'m tired. I\'m so tired."\n'
    ),
    gold=[
        ('We cannot do this every year. We need Ottawa to help us move people out of the flood plain.', 'Brian Taylor', 'direct'),
        ('the money will flow "as quickly as the paperwork allows."', 'Ralph Goodale', 'indirect'),
        ('as quickly as the paperwork allows.', 'Ralph Goodale', 'partial'),
        ("I love this town, but I'm tired. I'm so tired.", 'Sheila Dunn', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n282-feature-physics-teacher',
    split='heldout45',
    text=(
        'Physics professor wins national teaching award\n'
        '\n'
        "WATERLOO, Ont. — University of Waterloo physicist Marcus Lindgren has won the 3M National Teaching Fellowship, the country's top award for university teaching.\n"
        '\n'
        'Lindgren, who has taught first-year mechanics for 22 years, is known for building his own demonstrations out of hockey sticks and shopping carts. "If students can see it, they can understand it," the lanky, bespectacled professor said in his office, surrounded by pulleys.\n'
        '\n'
        'Former student Priya Raman, now an engineer at BlackBerry, said his classes changed her career. "He made me believe I could do physics," she said.\n'
        '\n'
        'The dean of science, Bob Lemieux, said Lindgren was "the kind of teacher every department hopes for."\n'
    ),
    gold=[
        ('If students can see it, they can understand it,', 'Marcus Lindgren', 'direct'),
        ('his classes changed her career', 'Priya Raman', 'indirect'),
        ('He made me believe I could do physics,', 'Priya Raman', 'direct'),
        ('Lindgren was "the kind of teacher every department hopes for."', 'Bob Lemieux', 'indirect'),
        ('the kind of teacher every department hopes for.', 'Bob Lemieux', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n283-sport-two-swimmers',
    split='heldout45',
    text=(
        'Oleksiak, Masse reach 100-metre finals\n'
        '\n'
        "GWANGJU, South Korea — Penny Oleksiak and Kylie Masse both advanced to finals Monday at the world swimming championships, keeping Canada's medal hopes alive.\n"
        '\n'
        'Oleksiak, the 2016 Olympic champion, finished third in her 100-metre freestyle semifinal. She said her back had been sore all week. "It\'s not an excuse. I just have to swim through it," she said.\n'
        '\n'
        'Masse set a Canadian record in the 100-metre backstroke semi, touching in 57.8 seconds. "I didn\'t expect to go that fast tonight," Masse said. "I\'ll take it."\n'
        '\n'
        'Head coach John Atkinson said the two had "the best chance we\'ve had in years" at multiple medals. "They push each other every day in training," he said.\n'
    ),
    gold=[
        ('her back had been sore all week', 'Penny Oleksiak', 'indirect'),
        ("It's not an excuse. I just have to swim through it,", 'Penny Oleksiak', 'direct'),
        ("I didn't expect to go that fast tonight,", 'Kylie Masse', 'direct'),
        ("I'll take it.", 'Kylie Masse', 'direct'),
        ('the two had "the best chance we\'ve had in years" at multiple medals', 'John Atkinson', 'indirect'),
        ("the best chance we've had in years", 'John Atkinson', 'partial'),
        ('They push each other every day in training,', 'John Atkinson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n284-court-two-women-fraud',
    split='heldout46',
    text=(
        'Former bookkeeper sentenced for stealing from church\n'
        '\n'
        'KINGSTON, Ont. — A former church bookkeeper who stole more than $300,000 from her congregation over seven years was sentenced Friday to two years less a day.\n'
        '\n'
        'Justice Anne London-Weinstein said Brenda Maclean, 61, had betrayed people who trusted her completely. "This was not a moment of weakness. It was a plan, carried out month after month," the judge said.\n'
        '\n'
        'Maclean wept as she read a statement to the court. "I am ashamed of what I did, and I will spend the rest of my life paying it back," the grandmother of four said.\n'
        '\n'
        'Rev. Heather Tolan, who leads the congregation, said outside the courthouse that the church had forgiven her but could not forget. "Forgiveness is not the same as trust," she said.\n'
    ),
    gold=[
        ('Brenda Maclean, 61, had betrayed people who trusted her completely', 'Anne London-Weinstein', 'indirect'),
        ('This was not a moment of weakness. It was a plan, carried out month after month,', 'Anne London-Weinstein', 'direct'),
        ('I am ashamed of what I did, and I will spend the rest of my life paying it back,', 'Brenda Maclean', 'direct'),
        ('the church had forgiven her but could not forget', 'Heather Tolan', 'indirect'),
        ('Forgiveness is not the same as trust,', 'Heather Tolan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n285-sport-soccer-two-men',
    split='heldout46',
    text=(
        'Whitecaps edge Sounders on late penalty\n'
        '\n'
        'VANCOUVER — Ali Adnan scored from the penalty spot in the 88th minute as the Vancouver Whitecaps beat the Seattle Sounders 2-1 on Saturday night.\n'
        '\n'
        'Sounders coach Brian Schmetzer was furious about the call. "It was never a penalty. The player went down looking for it," Schmetzer said.\n'
        '\n'
        'Whitecaps coach Marc Dos Santos saw it differently. "He was pulled back. Everybody in the stadium saw it," the Whitecaps coach said.\n'
        '\n'
        'Adnan, the Iraqi international who joined the club this season, said he had never taken a penalty in a professional match before. "I was nervous, but the fans gave me strength," the 25-year-old said.\n'
    ),
    gold=[
        ('It was never a penalty. The player went down looking for it,', 'Brian Schmetzer', 'direct'),
        ('He was pulled back. Everybody in the stadium saw it,', 'Marc Dos Santos', 'direct'),
        ('he had never taken a penalty in a professional match before', 'Ali Adnan', 'indirect'),
        ('I was nervous, but the fans gave me strength,', 'Ali Adnan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n286-politics-federal-byelection',
    split='heldout46',
    text=(
        'Liberals hold Toronto seat in byelection\n'
        '\n'
        "TORONTO — The Liberals held on to the Toronto Centre riding in Monday's byelection, but with a sharply reduced majority.\n"
        '\n'
        'Marci Ien, the former television host who won the seat, thanked volunteers at her campaign office. "Tonight is not about me. It is about a community that wants to be heard," Ien said.\n'
        '\n'
        'Green Party Leader Annamie Paul finished second, her best result yet. Paul said the result showed that voters wanted real action on climate change. "We came within a few thousand votes of a seat in the heart of Toronto," the Green leader said.\n'
        '\n'
        'Conservative candidate Benjamin Gauri Sharma finished a distant fourth.\n'
    ),
    gold=[
        ('Tonight is not about me. It is about a community that wants to be heard,', 'Marci Ien', 'direct'),
        ('the result showed that voters wanted real action on climate change', 'Annamie Paul', 'indirect'),
        ('We came within a few thousand votes of a seat in the heart of Toronto,', 'Annamie Paul', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n287-business-airline-merger',
    split='heldout46',
    text=(
        'Air Canada abandons Transat takeover\n'
        '\n'
        'MONTREAL — Air Canada said Thursday it had ended its bid to take over Transat A.T. Inc. after European regulators signalled they would block the deal.\n'
        '\n'
        'The country\'s largest airline had offered $5 a share, down from $18 when the deal was first announced in 2019. "We did everything we could to address the commission\'s concerns," chief executive Michael Rousseau said in a statement.\n'
        '\n'
        'Transat said it would receive a $12.5-million termination fee. Its chief executive, Annick Guérard, said the company would now pursue its own plan. "Transat has a future as an independent company," Guérard said.\n'
        '\n'
        'Industry analyst John Gradek, who teaches aviation management at McGill University, said both airlines had lost two years.\n'
    ),
    gold=[
        ('it had ended its bid to take over Transat A.T. Inc. after European regulators signalled they would block the deal', 'Air Canada', 'indirect'),
        ("We did everything we could to address the commission's concerns,", 'Michael Rousseau', 'direct'),
        ('it would receive a $12.5-million termination fee', 'Transat', 'indirect', ['Transat A.T. Inc.']),
        ('the company would now pursue its own plan', 'Annick Guérard', 'indirect'),
        ('Transat has a future as an independent company,', 'Annick Guérard', 'direct'),
        ('both airlines had lost two years', 'John Gradek', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n288-feature-twin-sisters',
    split='heldout46',
    text=(
        'Twin sisters graduate as nurses together, 50 years after their mother\n'
        '\n'
        'SUDBURY, Ont. — Maya and Leah Kowalczyk have done almost everything together. On Friday they crossed the stage at Laurentian University together too, both with nursing degrees.\n'
        '\n'
        '"We studied at the same kitchen table for four years," said Maya, the older by six minutes. "She is better at pharmacology. I am better at everything else."\n'
        '\n'
        'Leah laughed at that. "She is not wrong about pharmacology," she said.\n'
        '\n'
        'Their mother, Irene Kowalczyk, graduated from the same program in 1973. She said watching them was the proudest moment of her life.\n'
    ),
    gold=[
        ('We studied at the same kitchen table for four years,', 'Maya Kowalczyk', 'direct', ['Maya']),
        ('She is better at pharmacology. I am better at everything else.', 'Maya Kowalczyk', 'direct', ['Maya']),
        ('She is not wrong about pharmacology,', 'Leah Kowalczyk', 'direct', ['Leah']),
        ('watching them was the proudest moment of her life', 'Irene Kowalczyk', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n289-crime-police-appeal',
    split='heldout46',
    text=(
        'Police appeal for witnesses after cyclist killed\n'
        '\n'
        'CALGARY — Calgary police are asking for witnesses after a cyclist was struck and killed by a pickup truck on Crowchild Trail early Sunday.\n'
        '\n'
        'Staff Sgt. Colin Foster said the driver of the truck remained at the scene and was co-operating with investigators. "We have not ruled anything out," Foster said.\n'
        '\n'
        'The cyclist, a 43-year-old man, died at the scene. His name has not been released.\n'
        '\n'
        'Bike Calgary president Jennifer Gorrie said the stretch of road had seen three serious collisions in two years. "How many more people have to die before the city builds a proper lane?" she asked.\n'
    ),
    gold=[
        ('the driver of the truck remained at the scene and was co-operating with investigators', 'Colin Foster', 'indirect'),
        ('We have not ruled anything out,', 'Colin Foster', 'direct'),
        ('the stretch of road had seen three serious collisions in two years', 'Jennifer Gorrie', 'indirect'),
        ('How many more people have to die before the city builds a proper lane?', 'Jennifer Gorrie', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n290-us-debate-night',
    split='heldout47',
    text=(
        'Clinton and Trump clash over taxes, trade in first debate\n'
        '\n'
        'HEMPSTEAD, N.Y. — Hillary Clinton accused Donald Trump on Monday of hiding his tax returns because they would show he had paid nothing in federal income tax.\n'
        '\n'
        '"That makes me smart," Trump interjected.\n'
        '\n'
        'The Republican nominee said Clinton had spent 30 years in politics without fixing the problems she now promised to solve. "Typical politician. All talk, no action," he said.\n'
        '\n'
        'Clinton\'s campaign chairman, John Podesta, told reporters afterward that Trump had "melted down" on stage. Trump\'s campaign manager, Kellyanne Conway, insisted her candidate had won.\n'
    ),
    gold=[
        ('That makes me smart,', 'Donald Trump', 'direct'),
        ('Clinton had spent 30 years in politics without fixing the problems she now promised to solve', 'Donald Trump', 'indirect'),
        ('Typical politician. All talk, no action,', 'Donald Trump', 'direct'),
        ('Trump had "melted down" on stage', 'John Podesta', 'indirect'),
        ('melted down', 'John Podesta', 'partial'),
        ('her candidate had won', 'Kellyanne Conway', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n291-us-governor-pipeline',
    split='heldout47',
    text=(
        'North Dakota governor calls in Guard as pipeline protest grows\n'
        '\n'
        'BISMARCK, N.D. — North Dakota Gov. Jack Dalrymple activated the National Guard on Thursday as protests against the Dakota Access oil pipeline grew near the Standing Rock Sioux reservation.\n'
        '\n'
        'Dalrymple said the Guard would help local police with security and traffic. He did not say how many soldiers would be sent.\n'
        '\n'
        'Standing Rock Sioux Chairman Dave Archambault II said the tribe\'s protest had been peaceful from the start. "We are not a threat to anyone. We are protecting our water," Archambault said.\n'
        '\n'
        'Energy Transfer Partners, the Texas company building the pipeline, said in a court filing that protesters had threatened its workers.\n'
    ),
    gold=[
        ('the Guard would help local police with security and traffic', 'Jack Dalrymple', 'indirect'),
        ("the tribe's protest had been peaceful from the start", 'Dave Archambault II', 'indirect', ['Dave Archambault']),
        ('We are not a threat to anyone. We are protecting our water,', 'Dave Archambault II', 'direct', ['Dave Archambault']),
        ('protesters had threatened its workers', 'Energy Transfer Partners', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n292-us-senate-leader',
    split='heldout47',
    text=(
        'McConnell says Senate will not vote on Garland\n'
        '\n'
        "WASHINGTON — Senate Majority Leader Mitch McConnell said Sunday that the Senate would not hold hearings on Judge Merrick Garland's nomination to the Supreme Court.\n"
        '\n'
        '"The American people should have a voice in the selection of their next Supreme Court justice," the Kentucky Republican said on Fox News Sunday.\n'
        '\n'
        'Democrats were quick to respond. Senate Minority Leader Harry Reid called the decision "unprecedented obstruction." Sen. Patrick Leahy of Vermont, the top Democrat on the Judiciary Committee, said Republicans were failing to do their jobs.\n'
        '\n'
        'The White House said Garland deserved a fair hearing.\n'
    ),
    gold=[
        ("the Senate would not hold hearings on Judge Merrick Garland's nomination to the Supreme Court", 'Mitch McConnell', 'indirect'),
        ('The American people should have a voice in the selection of their next Supreme Court justice,', 'Mitch McConnell', 'direct'),
        ('unprecedented obstruction.', 'Harry Reid', 'partial'),
        ('Republicans were failing to do their jobs', 'Patrick Leahy', 'indirect'),
        ('Garland deserved a fair hearing', 'The White House', 'indirect', ['White House']),
    ],
))
ARTICLES.append(dict(
    id='n293-us-mayor-water',
    split='heldout47',
    text=(
        'Flint mayor says water crisis far from over\n'
        '\n'
        "FLINT, Mich. — Flint Mayor Karen Weaver said Tuesday that residents still could not drink unfiltered tap water, nearly two years after the city's water supply was switched to the Flint River.\n"
        '\n'
        'Weaver, who declared a state of emergency shortly after taking office, said the state had moved too slowly to replace lead pipes. "Our children are still at risk. That is unacceptable," she said.\n'
        '\n'
        "Michigan Gov. Rick Snyder, who has apologized for the crisis, said through a spokesman that the state had spent more than $200 million on the city's recovery.\n"
        '\n'
        'Resident LeeAnne Walters, who first raised alarms about the water, said trust would take years to rebuild.\n'
    ),
    gold=[
        ("residents still could not drink unfiltered tap water, nearly two years after the city's water supply was switched to the Flint River", 'Karen Weaver', 'indirect'),
        ('the state had moved too slowly to replace lead pipes', 'Karen Weaver', 'indirect'),
        ('Our children are still at risk. That is unacceptable,', 'Karen Weaver', 'direct'),
        ("the state had spent more than $200 million on the city's recovery", 'Rick Snyder', 'indirect'),
        ('trust would take years to rebuild', 'LeeAnne Walters', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n294-us-primary-night',
    split='heldout47',
    text=(
        'Sanders wins Michigan in upset\n'
        '\n'
        "DETROIT — Bernie Sanders won Michigan's Democratic primary on Tuesday, defeating Hillary Clinton in a state where polls had shown her leading by double digits.\n"
        '\n'
        '"What tonight means is that the Bernie Sanders campaign, the people\'s revolution, is strong in every part of the country," the Vermont senator told supporters in Miami.\n'
        '\n'
        'Clinton, who won Mississippi easily, did not mention Michigan in her speech in Cleveland. Her campaign said she remained on track to win the nomination.\n'
        '\n'
        'Pollster Ann Selzer said the miss was one of the largest in primary history. "Everybody got this one wrong," Selzer said.\n'
    ),
    gold=[
        ("What tonight means is that the Bernie Sanders campaign, the people's revolution, is strong in every part of the country,", 'Bernie Sanders', 'direct'),
        ('she remained on track to win the nomination', 'Hillary Clinton', 'indirect', ['Her campaign', 'Clinton campaign']),
        ('the miss was one of the largest in primary history', 'Ann Selzer', 'indirect'),
        ('Everybody got this one wrong,', 'Ann Selzer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n295-us-anonymous-officials',
    split='heldout47',
    text=(
        'U.S. weighs new sanctions on Russia over hacking\n'
        '\n'
        'WASHINGTON — The Obama administration is weighing new sanctions against Russia over the hacking of Democratic Party emails, according to two U.S. officials familiar with the discussions.\n'
        '\n'
        'The officials, who spoke on condition of anonymity, said no decision had been made. White House press secretary Josh Earnest said the president would respond "at a time and place of our choosing."\n'
        '\n'
        'Russian President Vladimir Putin has denied any involvement. His spokesman, Dmitry Peskov, called the accusations "nonsense."\n'
    ),
    gold=[
        ('The Obama administration is weighing new sanctions against Russia over the hacking of Democratic Party emails', 'two U.S. officials familiar with the discussions', 'indirect'),
        ('no decision had been made', 'The officials', 'indirect', ['two U.S. officials familiar with the discussions']),
        ('the president would respond "at a time and place of our choosing."', 'Josh Earnest', 'indirect'),
        ('at a time and place of our choosing.', 'Josh Earnest', 'partial'),
        ('nonsense.', 'Dmitry Peskov', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n296-obituary-bush-pilot',
    split='heldout48',
    text=(
        'Yukon bush pilot who flew for 60 years dies at 84\n'
        '\n'
        "WHITEHORSE — Gordon Toole, who flew supplies, doctors and the occasional moose hunter into Yukon's most remote corners for six decades, has died. He was 84.\n"
        '\n'
        'His daughter, Carol Toole, said he died peacefully at home on Sunday. "He never once talked about retiring. He talked about the next flight," she said.\n'
        '\n'
        'Toole started flying in 1958 with a borrowed Piper Cub. Former Yukon premier Dennis Fentie, who flew with him often, called him "the best stick-and-rudder pilot this territory ever had."\n'
        '\n'
        '"If Gordie said the weather was fine, you went. If he said it wasn\'t, you stayed home," Fentie said in an interview.\n'
    ),
    gold=[
        ('he died peacefully at home on Sunday', 'Carol Toole', 'indirect'),
        ('He never once talked about retiring. He talked about the next flight,', 'Carol Toole', 'direct'),
        ('the best stick-and-rudder pilot this territory ever had.', 'Dennis Fentie', 'partial'),
        ("If Gordie said the weather was fine, you went. If he said it wasn't, you stayed home,", 'Dennis Fentie', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n297-tv-interview',
    split='heldout48',
    text=(
        'Kenney says Alberta will not back down on equalization\n'
        '\n'
        "CALGARY — Alberta Premier Jason Kenney told CBC's Rosemary Barton on Sunday that his government would hold a referendum on equalization next year.\n"
        '\n'
        '"Albertans have been paying into this system for decades and getting nothing back," Kenney said in the interview. "That has to change."\n'
        '\n'
        'Barton pressed him on whether a referendum could change the Constitution. Kenney acknowledged it could not on its own. He said it would give the province "leverage" in talks with Ottawa.\n'
        '\n'
        'Federal Finance Minister Bill Morneau said later that the equalization formula was set by law and was fair to every province.\n'
    ),
    gold=[
        ('his government would hold a referendum on equalization next year', 'Jason Kenney', 'indirect'),
        ('Albertans have been paying into this system for decades and getting nothing back,', 'Jason Kenney', 'direct'),
        ('That has to change.', 'Jason Kenney', 'direct'),
        ('it could not on its own', 'Jason Kenney', 'indirect'),
        ('it would give the province "leverage" in talks with Ottawa', 'Jason Kenney', 'indirect'),
        ('leverage', 'Jason Kenney', 'partial'),
        ('the equalization formula was set by law and was fair to every province', 'Bill Morneau', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n298-sport-curling-skip',
    split='heldout48',
    text=(
        'Homan rink wins Scotties in extra end\n'
        '\n'
        "SYDNEY, N.S. — Rachel Homan's Ontario rink won the Scotties Tournament of Hearts on Sunday, stealing a point in an extra end to beat Manitoba's Kerri Einarson 7-6.\n"
        '\n'
        '"I didn\'t think we had it after the ninth end," Homan said. "The girls kept believing, and I\'m so proud of them."\n'
        '\n'
        'Einarson, who had not lost a game all week, was in tears. "It\'s heartbreaking. One shot," she said. "We\'ll be back."\n'
        '\n'
        'Third Emma Miskew said the team had practised the final shot a thousand times.\n'
    ),
    gold=[
        ("I didn't think we had it after the ninth end,", 'Rachel Homan', 'direct'),
        ("The girls kept believing, and I'm so proud of them.", 'Rachel Homan', 'direct'),
        ("It's heartbreaking. One shot,", 'Kerri Einarson', 'direct'),
        ("We'll be back.", 'Kerri Einarson', 'direct'),
        ('the team had practised the final shot a thousand times', 'Emma Miskew', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n299-crime-fraud-seniors',
    split='heldout48',
    text=(
        'RCMP warn of phone scam targeting seniors\n'
        '\n'
        'KELOWNA, B.C. — RCMP in Kelowna are warning residents about a phone scam in which callers pretend to be grandchildren in trouble with the law.\n'
        '\n'
        'Cpl. Judy Bird said at least six seniors had lost a combined $40,000 in the past month. The callers, she said, often ask for payment in gift cards.\n'
        '\n'
        'One victim, an 82-year-old woman who asked that her name not be used, said the caller sounded exactly like her grandson. "He was crying. What was I supposed to do?" the woman said.\n'
        '\n'
        'Bird urged families to agree on a code word. "Hang up and call your grandchild directly," she said.\n'
    ),
    gold=[
        ('at least six seniors had lost a combined $40,000 in the past month', 'Judy Bird', 'indirect'),
        ('often ask for payment in gift cards', 'Judy Bird', 'indirect'),
        ('the caller sounded exactly like her grandson', 'One victim', 'indirect', ['an 82-year-old woman', 'One victim, an 82-year-old woman who asked that her name not be used']),
        ('He was crying. What was I supposed to do?', 'One victim', 'direct', ['an 82-year-old woman', 'the woman']),
        ('Hang up and call your grandchild directly,', 'Judy Bird', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n300-business-layoffs-memo',
    split='heldout48',
    text=(
        'Shopify cuts 10 per cent of staff\n'
        '\n'
        'OTTAWA — Shopify Inc. is laying off about 1,000 employees, or 10 per cent of its workforce, chief executive Tobi Lütke told staff in a memo on Tuesday.\n'
        '\n'
        'In the memo, Lütke wrote that he had bet wrongly that the pandemic boom in online shopping would last. "It\'s now clear that bet didn\'t pay off," he wrote. "I got this wrong."\n'
        '\n'
        'The Ottawa-based company said affected employees would receive at least 16 weeks of severance.\n'
        '\n'
        'Shares rose 2 per cent in New York. Analyst Ken Wong of Eight Capital said the cuts were painful but necessary.\n'
    ),
    gold=[
        ('Shopify Inc. is laying off about 1,000 employees, or 10 per cent of its workforce', 'Tobi Lütke', 'indirect'),
        ('he had bet wrongly that the pandemic boom in online shopping would last', 'Tobi Lütke', 'indirect'),
        ("It's now clear that bet didn't pay off,", 'Tobi Lütke', 'direct'),
        ('I got this wrong.', 'Tobi Lütke', 'direct'),
        ('affected employees would receive at least 16 weeks of severance', 'Shopify Inc.', 'indirect', ['Shopify', 'The Ottawa-based company']),
        ('the cuts were painful but necessary', 'Ken Wong', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n301-politics-council-heckler',
    split='heldout48',
    text=(
        'Heckler ejected as council debates shelter\n'
        '\n'
        'OTTAWA — A man was escorted out of Ottawa city council chambers on Wednesday after shouting at councillors during a debate on a new homeless shelter in Vanier.\n'
        '\n'
        'Coun. Rawlson King, who represents the ward, said the shelter had been planned with residents for two years. "This is not being dropped on anyone," King said.\n'
        '\n'
        'Mayor Jim Watson called for order twice before security intervened. "Everyone will have a chance to speak, but not like this," the mayor told the room.\n'
        '\n'
        'Vanier resident Nathalie Carrier, who spoke at the committee stage, said the neighbourhood already had more than its share of social services.\n'
    ),
    gold=[
        ('the shelter had been planned with residents for two years', 'Rawlson King', 'indirect'),
        ('This is not being dropped on anyone,', 'Rawlson King', 'direct'),
        ('Everyone will have a chance to speak, but not like this,', 'Jim Watson', 'direct'),
        ('the neighbourhood already had more than its share of social services', 'Nathalie Carrier', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n302-crime-two-brothers',
    split='heldout49',
    text=(
        'Brothers charged after Surrey break-and-enter spree\n'
        '\n'
        'SURREY, B.C. — Two brothers have been charged with 14 counts of break and enter after a string of thefts from construction sites in South Surrey, RCMP said Thursday.\n'
        '\n'
        'Cpl. Vanessa Munn said investigators recovered more than $200,000 in tools from a storage locker rented by the older brother, Daniel Kovac, 31.\n'
        '\n'
        'His lawyer, Peter Lindqvist, said outside court that Kovac intends to plead not guilty. "My client has never been in trouble with the law," Lindqvist said. "He will answer these charges."\n'
        '\n'
        'The younger brother, Marko Kovac, 27, was released on conditions. He told reporters he had nothing to do with the thefts. "I work nights. I was never there," he said.\n'
        '\n'
        'Munn said the investigation was continuing and more charges were possible.\n'
    ),
    gold=[
        ('Two brothers have been charged with 14 counts of break and enter after a string of thefts from construction sites in South Surrey', 'RCMP', 'indirect'),
        ('investigators recovered more than $200,000 in tools from a storage locker rented by the older brother, Daniel Kovac, 31', 'Vanessa Munn', 'indirect'),
        ('Kovac intends to plead not guilty', 'Peter Lindqvist', 'indirect'),
        ('My client has never been in trouble with the law,', 'Peter Lindqvist', 'direct'),
        ('He will answer these charges.', 'Peter Lindqvist', 'direct'),
        ('he had nothing to do with the thefts', 'Marko Kovac', 'indirect'),
        ('I work nights. I was never there,', 'Marko Kovac', 'direct'),
        ('the investigation was continuing and more charges were possible', 'Vanessa Munn', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n303-sport-hockey-coaches',
    split='heldout49',
    text=(
        'Oilers rally past Flames in Battle of Alberta\n'
        '\n'
        'EDMONTON — Connor McDavid scored twice in the third period as the Edmonton Oilers came back from three goals down to beat the Calgary Flames 5-4 on Saturday night.\n'
        '\n'
        '"We didn\'t quit. That\'s the biggest thing," McDavid said. "Nobody in this room thought it was over."\n'
        '\n'
        'Flames coach Darryl Sutter was blunt about his team\'s collapse. "We stopped skating. You can\'t do that against that team," the veteran coach said.\n'
        '\n'
        'Oilers coach Jay Woodcroft credited his goaltender, Stuart Skinner, who stopped 17 shots in the third. "Stu gave us a chance," Woodcroft said. Skinner shrugged off the praise. "I just tried to make the next save," the 24-year-old said.\n'
        '\n'
        'The teams meet again Tuesday in Calgary.\n'
    ),
    gold=[
        ("We didn't quit. That's the biggest thing,", 'Connor McDavid', 'direct'),
        ('Nobody in this room thought it was over.', 'Connor McDavid', 'direct'),
        ("We stopped skating. You can't do that against that team,", 'Darryl Sutter', 'direct'),
        ('Stu gave us a chance,', 'Jay Woodcroft', 'direct'),
        ('I just tried to make the next save,', 'Stuart Skinner', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n304-feature-bakery',
    split='heldout49',
    text=(
        'A Halifax bakery that only sells one thing\n'
        '\n'
        'HALIFAX — Every morning at 5 a.m., Amira Haddad slides 200 loaves of sourdough into a wood-fired oven on Agricola Street. By noon, they are gone.\n'
        '\n'
        'Haddad, a former civil engineer, opened Crumb & Co. in 2019 after a decade of designing bridges. "I wanted to make something people could hold," the soft-spoken baker said.\n'
        '\n'
        'Her business partner, Luc Arsenault, handles the books. He said the shop has turned a profit every year since its second. "People thought one product was crazy," Arsenault said. "It turns out it\'s the only reason we survived."\n'
        '\n'
        'Regular customer Joan MacIsaac, 71, says she has not bought supermarket bread in four years. "Once you\'ve had this, you can\'t go back," she said.\n'
        '\n'
        'Haddad says she has no plans to add croissants. "Maybe muffins," she joked. "Never croissants."\n'
    ),
    gold=[
        ('I wanted to make something people could hold,', 'Amira Haddad', 'direct'),
        ('the shop has turned a profit every year since its second', 'Luc Arsenault', 'indirect'),
        ('People thought one product was crazy,', 'Luc Arsenault', 'direct'),
        ("It turns out it's the only reason we survived.", 'Luc Arsenault', 'direct'),
        ('she has not bought supermarket bread in four years', 'Joan MacIsaac', 'indirect'),
        ("Once you've had this, you can't go back,", 'Joan MacIsaac', 'direct'),
        ('she has no plans to add croissants', 'Amira Haddad', 'indirect'),
        ('Maybe muffins,', 'Amira Haddad', 'direct'),
        ('Never croissants.', 'Amira Haddad', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n305-politics-transit-fares',
    split='heldout49',
    text=(
        'Winnipeg council approves fare freeze\n'
        '\n'
        'WINNIPEG — City council voted 12-4 on Thursday to freeze transit fares for a second straight year.\n'
        '\n'
        'Mayor Scott Gillingham says: "Riders have been through enough. This is the least we can do."\n'
        '\n'
        'Coun. Jeff Browaty, who voted against the freeze, warned it would leave a $4-million hole in the transit budget. "Someone will pay for this eventually," he said.\n'
        '\n'
        'The Amalgamated Transit Union Local 1505 said in a statement that it welcomed the decision but that drivers still faced violence on buses.\n'
        '\n'
        'According to a city report, ridership has recovered to 85 per cent of its 2019 level.\n'
    ),
    gold=[
        ('Riders have been through enough. This is the least we can do.', 'Scott Gillingham', 'direct'),
        ('it would leave a $4-million hole in the transit budget', 'Jeff Browaty', 'indirect'),
        ('Someone will pay for this eventually,', 'Jeff Browaty', 'direct'),
        ('it welcomed the decision but that drivers still faced violence on buses', 'Amalgamated Transit Union Local 1505', 'indirect', ['The Amalgamated Transit Union Local 1505', 'Amalgamated Transit Union']),
        ('ridership has recovered to 85 per cent of its 2019 level', 'a city report', 'indirect', ['a report']),
    ],
))
ARTICLES.append(dict(
    id='n306-court-coach-sentenced',
    split='heldout49',
    text=(
        'Former coach sentenced to six years\n'
        '\n'
        'BARRIE, Ont. — A former youth hockey coach was sentenced Friday to six years in prison for sexually assaulting two players in the 1990s.\n'
        '\n'
        'Justice Michael Gibson told the court that Ronald Pryce, 66, had used his position of trust to abuse boys who looked up to him. "The harm done here cannot be undone," the judge said.\n'
        '\n'
        "Crown attorney Sarah Levesque had asked for eight years. Defence lawyer Tom Barrett argued that his client's age and poor health warranted a shorter sentence.\n"
        '\n'
        'Pryce, who sat with his head bowed, apologized to the victims. "I am ashamed of what I did," he said in a quiet voice.\n'
        '\n'
        'One of the victims, now in his 40s, said outside court he felt relieved. "I was believed. That\'s what matters," said the man, who cannot be named under a publication ban.\n'
    ),
    gold=[
        ('Ronald Pryce, 66, had used his position of trust to abuse boys who looked up to him', 'Michael Gibson', 'indirect'),
        ('The harm done here cannot be undone,', 'Michael Gibson', 'direct'),
        ("his client's age and poor health warranted a shorter sentence", 'Tom Barrett', 'indirect'),
        ('I am ashamed of what I did,', 'Ronald Pryce', 'direct'),
        ('he felt relieved', 'One of the victims', 'indirect', ['the man', 'One of the victims, now in his 40s']),
        ("I was believed. That's what matters,", 'One of the victims', 'direct', ['the man', 'One of the victims, now in his 40s']),
    ],
))
ARTICLES.append(dict(
    id='n307-health-er-closure',
    split='heldout49',
    text=(
        'Moncton hospital closes ER overnight\n'
        '\n'
        'MONCTON, N.B. — The emergency department at the Moncton Hospital will close overnight for three weeks because of a shortage of nurses, Horizon Health Network said Monday.\n'
        '\n'
        '"This is not a decision we made lightly," said Margaret Melanson, Horizon\'s interim president. "Patient safety has to come first."\n'
        '\n'
        "Patients who need emergency care between 8 p.m. and 8 a.m. should go to the Dr. Georges-L.-Dumont hospital across town, says a notice posted on the health network's website.\n"
        '\n'
        'Paula Doucet, president of the New Brunswick Nurses Union, said the closure was the result of years of poor planning. "We warned them. Nobody listened," Doucet said.\n'
    ),
    gold=[
        ('The emergency department at the Moncton Hospital will close overnight for three weeks because of a shortage of nurses', 'Horizon Health Network', 'indirect', ['Horizon']),
        ('This is not a decision we made lightly,', 'Margaret Melanson', 'direct'),
        ('Patient safety has to come first.', 'Margaret Melanson', 'direct'),
        ('Patients who need emergency care between 8 p.m. and 8 a.m. should go to the Dr. Georges-L.-Dumont hospital across town', 'a notice', 'indirect', ["a notice posted on the health network's website"]),
        ('the closure was the result of years of poor planning', 'Paula Doucet', 'indirect'),
        ('We warned them. Nobody listened,', 'Paula Doucet', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n308-us-sanders-rally',
    split='heldout50',
    text=(
        'Sanders tells Wisconsin crowd the race is not over\n'
        '\n'
        'MADISON, Wis. — Sen. Bernie Sanders told a crowd of more than 10,000 people on Monday night that he would stay in the Democratic race until the convention.\n'
        '\n'
        '"People say the math is against us. People have said that from day one," the Vermont senator said.\n'
        '\n'
        'Clinton campaign spokesman Brian Fallon dismissed the remarks. Sanders, he said, "is entitled to stay in as long as he wants, but the delegate count is not going to change."\n'
        '\n'
        "Sanders' campaign manager, Jeff Weaver, said the campaign raised $44 million in March. He predicted that superdelegates would switch sides once Sanders won more states.\n"
        '\n'
        'Wisconsin votes April 5.\n'
    ),
    gold=[
        ('he would stay in the Democratic race until the convention', 'Bernie Sanders', 'indirect'),
        ('People say the math is against us. People have said that from day one,', 'Bernie Sanders', 'direct'),
        ('is entitled to stay in as long as he wants, but the delegate count is not going to change.', 'Brian Fallon', 'partial'),
        ('the campaign raised $44 million in March', 'Jeff Weaver', 'indirect'),
        ('superdelegates would switch sides once Sanders won more states', 'Jeff Weaver', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n309-us-comey-hearing',
    split='heldout50',
    text=(
        'FBI director grilled over email probe\n'
        '\n'
        'WASHINGTON — FBI Director James Comey defended his decision not to recommend charges against Hillary Clinton on Thursday, telling a House committee that no reasonable prosecutor would have brought the case.\n'
        '\n'
        'Rep. Jason Chaffetz, the Utah Republican who chairs the committee, accused Comey of holding Clinton to a lower standard. "If it were anybody else, they\'d be in handcuffs," Chaffetz said.\n'
        '\n'
        'Comey pushed back. "I\'m not going to sit here and have my integrity questioned," he said. "We did this the right way."\n'
        '\n'
        'Rep. Elijah Cummings of Maryland, the committee\'s top Democrat, said Republicans were using the hearing to score political points. The hearing, he said, was "a waste of taxpayer money."\n'
    ),
    gold=[
        ('no reasonable prosecutor would have brought the case', 'James Comey', 'indirect'),
        ("If it were anybody else, they'd be in handcuffs,", 'Jason Chaffetz', 'direct'),
        ("I'm not going to sit here and have my integrity questioned,", 'James Comey', 'direct'),
        ('We did this the right way.', 'James Comey', 'direct'),
        ('Republicans were using the hearing to score political points', 'Elijah Cummings', 'indirect'),
        ('was "a waste of taxpayer money."', 'Elijah Cummings', 'indirect'),
        ('a waste of taxpayer money.', 'Elijah Cummings', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n310-us-trump-debates',
    split='heldout50',
    text=(
        'Trump campaign reverses on debate schedule\n'
        '\n'
        "NEW YORK — Donald Trump's campaign said Tuesday that he would take part in all three presidential debates, a day after the Republican nominee suggested he might skip them.\n"
        '\n'
        'Campaign manager Kellyanne Conway said on Fox News that Trump "looks forward to debating Hillary Clinton" and had never threatened to pull out.\n'
        '\n'
        'Trump himself told reporters in Ohio that the moderators had been chosen unfairly. "It\'s a rigged system, folks," the businessman said. "Everybody knows it."\n'
        '\n'
        'Frank Fahrenkopf, co-chairman of the Commission on Presidential Debates, said the moderators were picked the same way they had been for 28 years.\n'
    ),
    gold=[
        ('he would take part in all three presidential debates', "Donald Trump's campaign", 'indirect', ["Trump's campaign", 'Donald Trump']),
        ('he might skip them', 'Donald Trump', 'indirect'),
        ('Trump "looks forward to debating Hillary Clinton" and had never threatened to pull out', 'Kellyanne Conway', 'indirect'),
        ('looks forward to debating Hillary Clinton', 'Kellyanne Conway', 'partial'),
        ('the moderators had been chosen unfairly', 'Donald Trump', 'indirect'),
        ("It's a rigged system, folks,", 'Donald Trump', 'direct'),
        ('Everybody knows it.', 'Donald Trump', 'direct'),
        ('the moderators were picked the same way they had been for 28 years', 'Frank Fahrenkopf', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n311-business-cloud-profit',
    split='heldout50',
    text=(
        'Microsoft profit beats forecasts on cloud growth\n'
        '\n'
        "Microsoft Corp. on Thursday reported a 19 per cent rise in quarterly profit, beating analysts' estimates as demand for its Azure cloud services kept growing.\n"
        '\n'
        '"We are seeing businesses of every size move to the cloud," chief executive Satya Nadella said on a call with analysts.\n'
        '\n'
        "The world's largest software maker said revenue in its cloud division rose 28 per cent to $12.9 billion.\n"
        '\n'
        'Chief financial officer Amy Hood said the company expected growth to slow slightly in the next quarter. "We remain confident in the long-term opportunity," she said.\n'
        '\n'
        'Dan Ives, an analyst at Wedbush Securities, called the results "a home run." Shares rose 4 per cent in after-hours trading.\n'
    ),
    gold=[
        ('We are seeing businesses of every size move to the cloud,', 'Satya Nadella', 'direct'),
        ('revenue in its cloud division rose 28 per cent to $12.9 billion', 'Microsoft Corp.', 'indirect', ['Microsoft', "The world's largest software maker"]),
        ('the company expected growth to slow slightly in the next quarter', 'Amy Hood', 'indirect'),
        ('We remain confident in the long-term opportunity,', 'Amy Hood', 'direct'),
        ('a home run.', 'Dan Ives', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n312-school-board-verbs',
    split='heldout50',
    text=(
        'Tempers flare at school board meeting\n'
        '\n'
        'CALGARY — A school board meeting on a plan to close three schools turned heated on Tuesday night.\n'
        '\n'
        '"You are not listening to us," parent Kim Tran scolded trustees after the vote.\n'
        '\n'
        'Board chair Laura Hack conceded the consultation had been rushed. "We could have done better," she admitted.\n'
        '\n'
        'Trustee Marilyn Dennis echoed Hack\'s point but insisted the closures were necessary. "The buildings are half empty," Dennis said.\n'
        '\n'
        '"So fix them!" a man in the back row blurted out, drawing applause.\n'
    ),
    gold=[
        ('You are not listening to us,', 'Kim Tran', 'direct'),
        ('the consultation had been rushed', 'Laura Hack', 'indirect'),
        ('We could have done better,', 'Laura Hack', 'direct'),
        ('the closures were necessary', 'Marilyn Dennis', 'indirect'),
        ('The buildings are half empty,', 'Marilyn Dennis', 'direct'),
        ('So fix them!', 'a man in the back row', 'direct', ['a man']),
    ],
))
ARTICLES.append(dict(
    id='n313-sport-soccer-semifinal',
    split='heldout50',
    text=(
        'Canada edges U.S. in Olympic semifinal\n'
        '\n'
        "KASHIMA, Japan — Jessie Fleming scored on a penalty in the 74th minute as Canada beat the United States 1-0 on Monday to reach the Olympic women's soccer final.\n"
        '\n'
        '"I just picked my spot and trusted it," Fleming said of the penalty. "I\'ve practised that a thousand times."\n'
        '\n'
        'Canadian goalkeeper Stephanie Labbé, playing through a rib injury, made a diving save in stoppage time. Coach Bev Priestman said she had doubted Labbé would be fit to play. "She\'s a warrior," Priestman said.\n'
        '\n'
        'U.S. forward Megan Rapinoe said her team had not created enough chances. "It\'s a tough one to swallow," she said. "They defended well, and we didn\'t."\n'
        '\n'
        'Canada captain Christine Sinclair, 38, called it the biggest win of her career. "This is what we came for," the veteran said.\n'
    ),
    gold=[
        ('I just picked my spot and trusted it,', 'Jessie Fleming', 'direct'),
        ("I've practised that a thousand times.", 'Jessie Fleming', 'direct'),
        ('she had doubted Labbé would be fit to play', 'Bev Priestman', 'indirect'),
        ("She's a warrior,", 'Bev Priestman', 'direct'),
        ('her team had not created enough chances', 'Megan Rapinoe', 'indirect'),
        ("It's a tough one to swallow,", 'Megan Rapinoe', 'direct'),
        ("They defended well, and we didn't.", 'Megan Rapinoe', 'direct'),
        ('This is what we came for,', 'Christine Sinclair', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n314-sport-raptors-guards',
    split='heldout51',
    text=(
        'Raptors hold off Celtics behind VanVleet, Barnes\n'
        '\n'
        'TORONTO — Fred VanVleet scored 31 points and Scottie Barnes added 22 as the Toronto Raptors held off the Boston Celtics 114-109 on Wednesday night.\n'
        '\n'
        '"We knew they\'d make a run," VanVleet said. "We just had to stay together."\n'
        '\n'
        'Barnes, the reigning rookie of the year, had 11 rebounds. The 21-year-old was asked about guarding Jayson Tatum, who finished with 38 points. "He\'s one of the best in the world. You just try to make it hard," Barnes said.\n'
        '\n'
        'Celtics coach Joe Mazzulla was less interested in Tatum\'s numbers. "We turned it over 19 times," he said. "That\'s the game."\n'
        '\n'
        'Raptors coach Nick Nurse said VanVleet had been playing through a sore wrist for a week. "He never mentions it," Nurse said. "He just plays."\n'
    ),
    gold=[
        ("We knew they'd make a run,", 'Fred VanVleet', 'direct'),
        ('We just had to stay together.', 'Fred VanVleet', 'direct'),
        ("He's one of the best in the world. You just try to make it hard,", 'Scottie Barnes', 'direct'),
        ('We turned it over 19 times,', 'Joe Mazzulla', 'direct'),
        ("That's the game.", 'Joe Mazzulla', 'direct'),
        ('VanVleet had been playing through a sore wrist for a week', 'Nick Nurse', 'indirect'),
        ('He never mentions it,', 'Nick Nurse', 'direct'),
        ('He just plays.', 'Nick Nurse', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n315-crime-lrt-stabbing',
    split='heldout51',
    text=(
        'Man charged after stabbing at Edmonton LRT station\n'
        '\n'
        'EDMONTON — A 34-year-old man has been charged with aggravated assault after another man was stabbed at the Central LRT station on Friday evening, police said.\n'
        '\n'
        'Const. Dan Tremblay said the victim, a 45-year-old man, was taken to hospital with injuries that were not life-threatening.\n'
        '\n'
        'Kevin Osei, who was waiting for a train, said he saw two men arguing on the platform before one of them pulled a knife. "It happened so fast. People were screaming," Osei said.\n'
        '\n'
        'Another rider, Marcus Hill, said he tried to help the injured man. "I just held my jacket on the wound until the paramedics came," he said.\n'
        '\n'
        'Tremblay said the two men did not know each other. The accused, whose name has not been released, is to appear in court Monday.\n'
    ),
    gold=[
        ('A 34-year-old man has been charged with aggravated assault after another man was stabbed at the Central LRT station on Friday evening', 'police', 'indirect'),
        ('the victim, a 45-year-old man, was taken to hospital with injuries that were not life-threatening', 'Dan Tremblay', 'indirect'),
        ('he saw two men arguing on the platform before one of them pulled a knife', 'Kevin Osei', 'indirect'),
        ('It happened so fast. People were screaming,', 'Kevin Osei', 'direct'),
        ('he tried to help the injured man', 'Marcus Hill', 'indirect'),
        ('I just held my jacket on the wound until the paramedics came,', 'Marcus Hill', 'direct'),
        ('the two men did not know each other', 'Dan Tremblay', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n316-feature-sisters-farm',
    split='heldout51',
    text=(
        'Sisters keep century-old P.E.I. potato farm going\n'
        '\n'
        'KENSINGTON, P.E.I. — When their father died in 2015, Ruth and Ellen Gallant had a choice: sell the 400-acre potato farm their great-grandfather cleared, or run it themselves.\n'
        '\n'
        'They kept it. "Dad would have come back to haunt us," said Ruth Gallant, 52, the older of the two.\n'
        '\n'
        'Ellen Gallant, 47, handles the machinery. She taught herself to fix the harvester from YouTube videos. "The first time it started, I cried," she said.\n'
        '\n'
        'Her sister runs the books and the sales. Ruth says the farm lost money in two of its first five years under their management. "We came close to giving up in 2018," the older sister said.\n'
        '\n'
        'Neighbour Bill MacKinnon, who has farmed next to the Gallants for 40 years, said the sisters had earned everyone\'s respect. "Nobody gave them a chance. Look at them now," MacKinnon said.\n'
    ),
    gold=[
        ('Dad would have come back to haunt us,', 'Ruth Gallant', 'direct'),
        ('The first time it started, I cried,', 'Ellen Gallant', 'direct'),
        ('the farm lost money in two of its first five years under their management', 'Ruth Gallant', 'indirect'),
        ('We came close to giving up in 2018,', 'Ruth Gallant', 'direct'),
        ("the sisters had earned everyone's respect", 'Bill MacKinnon', 'indirect'),
        ('Nobody gave them a chance. Look at them now,', 'Bill MacKinnon', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n317-politics-ontario-budget',
    split='heldout51',
    text=(
        'Ontario budget projects $1.3-billion deficit\n'
        '\n'
        "TORONTO — Ontario's government tabled a budget on Thursday that projects a $1.3-billion deficit, as Finance Minister Peter Bethlenfalvy warned of slower growth ahead.\n"
        '\n'
        '"We are not going to balance the budget on the backs of families," the minister told the legislature.\n'
        '\n'
        'Premier Doug Ford called the budget responsible. Asked whether taxes would rise, he said: "Not a chance. Not on my watch."\n'
        '\n'
        'NDP Leader Marit Stiles said the government had once again shortchanged hospitals and schools. "This budget does nothing for the nurse working a double shift," she said.\n'
        '\n'
        'The Financial Accountability Office is expected to release its own forecast next month.\n'
    ),
    gold=[
        ('We are not going to balance the budget on the backs of families,', 'Peter Bethlenfalvy', 'direct'),
        ('Not a chance. Not on my watch.', 'Doug Ford', 'direct'),
        ('the government had once again shortchanged hospitals and schools', 'Marit Stiles', 'indirect'),
        ('This budget does nothing for the nurse working a double shift,', 'Marit Stiles', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n318-court-church-bookkeeper',
    split='heldout51',
    text=(
        'Former bookkeeper found guilty of stealing $600,000 from church\n'
        '\n'
        'REGINA — A former bookkeeper for a Regina church was found guilty Tuesday of stealing more than $600,000 over nine years.\n'
        '\n'
        'Justice Catherine Dawson said Linda Ferris, 61, had written herself hundreds of cheques and hidden them in the church\'s accounts as payments to suppliers. "This was not a lapse. It was a plan," the judge said.\n'
        '\n'
        "Ferris did not testify. Her lawyer, Anne Kowalski, had argued that the church's own records were too poorly kept to prove the amount. She said she would review the decision with her client before deciding on an appeal.\n"
        '\n'
        'Rev. Mark Olfert said the congregation felt betrayed. "She sat with us every Sunday," he said.\n'
        '\n'
        'Sentencing is set for June.\n'
    ),
    gold=[
        ("Linda Ferris, 61, had written herself hundreds of cheques and hidden them in the church's accounts as payments to suppliers", 'Catherine Dawson', 'indirect'),
        ('This was not a lapse. It was a plan,', 'Catherine Dawson', 'direct'),
        ("the church's own records were too poorly kept to prove the amount", 'Anne Kowalski', 'indirect'),
        ('she would review the decision with her client before deciding on an appeal', 'Anne Kowalski', 'indirect'),
        ('the congregation felt betrayed', 'Mark Olfert', 'indirect'),
        ('She sat with us every Sunday,', 'Mark Olfert', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n319-business-pilots-strike-vote',
    split='heldout51',
    text=(
        'WestJet pilots vote to strike\n'
        '\n'
        'CALGARY — WestJet pilots have voted 93 per cent in favour of a strike, their union said Wednesday, raising the prospect of flight cancellations during the May long weekend.\n'
        '\n'
        'The Air Line Pilots Association, which represents about 1,800 WestJet pilots, said the vote showed how frustrated its members were with pay and scheduling.\n'
        '\n'
        '"Our pilots are leaving for U.S. carriers that pay 40 per cent more," said Capt. Bernard Lewall, who chairs the union\'s WestJet council.\n'
        '\n'
        'WestJet said it was disappointed by the result. The carrier said it had offered a 24 per cent raise over four years and remained committed to reaching a deal.\n'
        '\n'
        '"We are still at the table," chief executive Alexis von Hoensbroech said in a statement.\n'
    ),
    gold=[
        ('WestJet pilots have voted 93 per cent in favour of a strike', 'Air Line Pilots Association', 'indirect', ['their union', 'The Air Line Pilots Association']),
        ('the vote showed how frustrated its members were with pay and scheduling', 'Air Line Pilots Association', 'indirect', ['The Air Line Pilots Association']),
        ('Our pilots are leaving for U.S. carriers that pay 40 per cent more,', 'Bernard Lewall', 'direct'),
        ('it was disappointed by the result', 'WestJet', 'indirect'),
        ('it had offered a 24 per cent raise over four years and remained committed to reaching a deal', 'WestJet', 'indirect', ['The carrier']),
        ('We are still at the table,', 'Alexis von Hoensbroech', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n320-us-zika-senators',
    split='heldout52',
    text=(
        'Senators clash over Zika funding\n'
        '\n'
        'WASHINGTON — Senate Democrats blocked a $1.1-billion Zika funding bill on Tuesday, saying Republicans had loaded it with unrelated provisions.\n'
        '\n'
        'Sen. Marco Rubio of Florida, where more than 40 cases have been transmitted locally, said the vote was a disgrace. "People in my state are scared," Rubio said. "And this place is playing games."\n'
        '\n'
        'Senate Minority Leader Harry Reid said the bill would have cut funding for Planned Parenthood clinics that provide birth control in Puerto Rico. "They knew we couldn\'t vote for this," the Nevada Democrat said.\n'
        '\n'
        'Majority Leader Mitch McConnell accused Democrats of putting politics ahead of pregnant women. He said the Senate would vote again next week.\n'
    ),
    gold=[
        ('Republicans had loaded it with unrelated provisions', 'Senate Democrats', 'indirect'),
        ('the vote was a disgrace', 'Marco Rubio', 'indirect'),
        ('People in my state are scared,', 'Marco Rubio', 'direct'),
        ('And this place is playing games.', 'Marco Rubio', 'direct'),
        ('the bill would have cut funding for Planned Parenthood clinics that provide birth control in Puerto Rico', 'Harry Reid', 'indirect'),
        ("They knew we couldn't vote for this,", 'Harry Reid', 'direct'),
        ('the Senate would vote again next week', 'Mitch McConnell', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n321-us-pennsylvania-poll',
    split='heldout52',
    text=(
        'Clinton leads Trump by 6 points in Pennsylvania\n'
        '\n'
        'Hillary Clinton leads Donald Trump by six points among likely voters in Pennsylvania, according to a Quinnipiac University poll released Thursday.\n'
        '\n'
        '"Pennsylvania is slipping away from Trump," said Peter Brown, assistant director of the Quinnipiac poll. "He needs the suburbs, and he\'s not getting them."\n'
        '\n'
        'The survey found that 58 per cent of women back Clinton. Trump leads among white voters without a college degree, it found.\n'
        '\n'
        'Trump campaign spokesman Jason Miller dismissed the poll. "The only poll that matters is on Nov. 8," Miller said.\n'
    ),
    gold=[
        ('Hillary Clinton leads Donald Trump by six points among likely voters in Pennsylvania', 'a Quinnipiac University poll', 'indirect', ['Quinnipiac University poll', 'a Quinnipiac University poll released Thursday']),
        ('Pennsylvania is slipping away from Trump,', 'Peter Brown', 'direct'),
        ("He needs the suburbs, and he's not getting them.", 'Peter Brown', 'direct'),
        ('58 per cent of women back Clinton', 'a Quinnipiac University poll', 'indirect', ['The survey', 'the Quinnipiac poll']),
        ('Trump leads among white voters without a college degree', 'a Quinnipiac University poll', 'indirect', ['The survey', 'the Quinnipiac poll']),
        ('The only poll that matters is on Nov. 8,', 'Jason Miller', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n322-us-cruz-rubio-ad',
    split='heldout52',
    text=(
        'Cruz ad accuses Rubio of backing amnesty\n'
        '\n'
        'DES MOINES, Iowa — Ted Cruz\'s campaign released a television ad on Monday that says Marco Rubio supported "amnesty" for immigrants in the country illegally.\n'
        '\n'
        'Rubio\'s spokesman, Alex Conant, called the ad "a desperate lie" and said Cruz had supported legal status for the same immigrants in 2013.\n'
        '\n'
        'Cruz, campaigning in Sioux City, stood by the ad. "The record is the record," he told reporters. "Marco wrote the Gang of Eight bill."\n'
        '\n'
        'Asked about the exchange, Jeb Bush said both senators had "a lot of explaining to do."\n'
    ),
    gold=[
        ('Marco Rubio supported "amnesty" for immigrants in the country illegally', 'a television ad', 'indirect', ["Ted Cruz's campaign", 'Ted Cruz']),
        ('amnesty', 'a television ad', 'partial', ["Ted Cruz's campaign", 'Ted Cruz']),
        ('a desperate lie', 'Alex Conant', 'partial'),
        ('Cruz had supported legal status for the same immigrants in 2013', 'Alex Conant', 'indirect'),
        ('The record is the record,', 'Ted Cruz', 'direct'),
        ('Marco wrote the Gang of Eight bill.', 'Ted Cruz', 'direct'),
        ('both senators had "a lot of explaining to do."', 'Jeb Bush', 'indirect'),
        ('a lot of explaining to do.', 'Jeb Bush', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n323-business-rogers-shaw',
    split='heldout52',
    text=(
        'Rogers agrees to buy Shaw in $26-billion deal\n'
        '\n'
        "TORONTO — Rogers Communications Inc. has agreed to buy Shaw Communications Inc. for $26 billion, the companies said Monday, in a deal that would create Canada's second-largest telecom company.\n"
        '\n'
        '"This is a transformational moment for both companies," Rogers chief executive Joe Natale said on a call with analysts.\n'
        '\n'
        'Brad Shaw, Shaw\'s chief executive and the son of its founder, said the family had thought hard about the sale. "My father built this company from a single cable licence," he said.\n'
        '\n'
        'Analysts said the deal would face close scrutiny from the Competition Bureau. "Ottawa has never liked fewer players in wireless," said Maher Yaghi of Scotiabank.\n'
    ),
    gold=[
        ('Rogers Communications Inc. has agreed to buy Shaw Communications Inc. for $26 billion', 'the companies', 'indirect', ['Rogers Communications Inc.', 'Shaw Communications Inc.']),
        ('This is a transformational moment for both companies,', 'Joe Natale', 'direct'),
        ('the family had thought hard about the sale', 'Brad Shaw', 'indirect'),
        ('My father built this company from a single cable licence,', 'Brad Shaw', 'direct'),
        ('the deal would face close scrutiny from the Competition Bureau', 'Analysts', 'indirect'),
        ('Ottawa has never liked fewer players in wireless,', 'Maher Yaghi', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n324-fire-chief-grass-fires',
    split='heldout52',
    text=(
        'Fire chief warns of grass fire season\n'
        '\n'
        "SASKATOON — The city's fire chief had a simple message for residents on Tuesday: don't burn anything.\n"
        '\n'
        '"We\'ve had 40 grass fires in two weeks. That\'s double last year," said Chief Morgan Hackl.\n'
        '\n'
        '"Most of them start with someone burning yard waste or tossing a cigarette. All of them are preventable."\n'
        '\n'
        'Resident Jeannine Roy, whose fence burned last week, put it bluntly: "I was lucky. My neighbour\'s shed is gone."\n'
        '\n'
        'Hackl said crews would patrol the river valley on weekends until the end of May.\n'
    ),
    gold=[
        ("We've had 40 grass fires in two weeks. That's double last year,", 'Morgan Hackl', 'direct'),
        ('Most of them start with someone burning yard waste or tossing a cigarette. All of them are preventable.', 'Morgan Hackl', 'direct'),
        ("I was lucky. My neighbour's shed is gone.", 'Jeannine Roy', 'direct'),
        ('crews would patrol the river valley on weekends until the end of May', 'Morgan Hackl', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n325-feature-violin-maker',
    split='heldout53',
    text=(
        'Cremona-trained violin maker sets up shop in Saskatoon\n'
        '\n'
        'SASKATOON — In a cramped workshop above a bicycle store, Tomasz Wójcik carves the scroll of his 112th violin.\n'
        '\n'
        'The soft-spoken luthier, who trained for six years in Cremona, Italy, moved to Saskatoon in 2019 to be near his daughter. "People told me nobody here would pay for a handmade violin," the 58-year-old said. "They were wrong."\n'
        '\n'
        'Among his customers is Saskatoon Symphony concertmaster Charlene Wong, who bought one of his instruments last year. "It has a dark, warm voice. It sounds older than it is," she said.\n'
        '\n'
        'Wójcik\'s daughter, Anna, handles the orders and the website. She said her father works 10 hours a day, six days a week. "He doesn\'t know how to stop," she said, laughing.\n'
        '\n'
        'The bespectacled craftsman shrugs at the praise. "A violin is finished when it leaves. Not before," he says.\n'
    ),
    gold=[
        ('People told me nobody here would pay for a handmade violin,', 'Tomasz Wójcik', 'direct'),
        ('They were wrong.', 'Tomasz Wójcik', 'direct'),
        ('It has a dark, warm voice. It sounds older than it is,', 'Charlene Wong', 'direct'),
        ('her father works 10 hours a day, six days a week', 'Anna Wójcik', 'indirect', ['Anna']),
        ("He doesn't know how to stop,", 'Anna Wójcik', 'direct', ['Anna']),
        ('A violin is finished when it leaves. Not before,', 'Tomasz Wójcik', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n326-sport-cfl-quarterbacks',
    split='heldout53',
    text=(
        'Lions edge Stampeders as Rourke outduels Mitchell\n'
        '\n'
        'VANCOUVER — Nathan Rourke threw for 355 yards and three touchdowns as the B.C. Lions beat the Calgary Stampeders 31-28 on Saturday.\n'
        '\n'
        "Calgary's Bo Levi Mitchell, returning from a shoulder injury, threw two touchdown passes but was intercepted late in the fourth quarter.\n"
        '\n'
        '"That one\'s on me. I tried to force it," Mitchell said of the interception. "You can\'t do that against a defence like theirs."\n'
        '\n'
        'Rourke, a native of Oakville, Ont., was modest about his night. "The line gave me all day to throw," the 24-year-old said.\n'
        '\n'
        'Lions coach Rick Campbell said Rourke had earned the starting job. "He\'s our guy," Campbell said. "There\'s no debate."\n'
    ),
    gold=[
        ("That one's on me. I tried to force it,", 'Bo Levi Mitchell', 'direct'),
        ("You can't do that against a defence like theirs.", 'Bo Levi Mitchell', 'direct'),
        ('The line gave me all day to throw,', 'Nathan Rourke', 'direct'),
        ('Rourke had earned the starting job', 'Rick Campbell', 'indirect'),
        ("He's our guy,", 'Rick Campbell', 'direct'),
        ("There's no debate.", 'Rick Campbell', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n327-crime-missing-hiker',
    split='heldout53',
    text=(
        'Search resumes for hiker missing near Banff\n'
        '\n'
        'BANFF, Alta. — Searchers resumed looking Monday for a Calgary man who has been missing since he set out on a solo hike near Banff on Friday, RCMP said.\n'
        '\n'
        'Parks Canada spokesman Jed Cochrane said crews were using a helicopter and dogs to search the area around Cascade Mountain. Snow overnight had made the work harder, he said.\n'
        '\n'
        'The missing man\'s brother, Tyler Boucher, said Ryan Boucher, 29, was an experienced hiker who had climbed Cascade twice. "He knows what he\'s doing up there. That\'s what scares me," Tyler Boucher said.\n'
        '\n'
        'Their father, Denis Boucher, flew in from Winnipeg on Sunday. "We\'re not giving up," he said. "Ryan wouldn\'t give up on us."\n'
    ),
    gold=[
        ('Searchers resumed looking Monday for a Calgary man who has been missing since he set out on a solo hike near Banff on Friday', 'RCMP', 'indirect'),
        ('crews were using a helicopter and dogs to search the area around Cascade Mountain', 'Jed Cochrane', 'indirect'),
        ('Snow overnight had made the work harder', 'Jed Cochrane', 'indirect'),
        ('Ryan Boucher, 29, was an experienced hiker who had climbed Cascade twice', 'Tyler Boucher', 'indirect'),
        ("He knows what he's doing up there. That's what scares me,", 'Tyler Boucher', 'direct'),
        ("We're not giving up,", 'Denis Boucher', 'direct'),
        ("Ryan wouldn't give up on us.", 'Denis Boucher', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n328-politics-rinks-scolded',
    split='heldout53',
    text=(
        'Councillor scolds colleagues over rink closures\n'
        '\n'
        "HAMILTON — A Hamilton city councillor accused her colleagues on Wednesday of abandoning the city's east end after they voted to close two outdoor rinks.\n"
        '\n'
        '"You would never do this in your own wards," Coun. Tammy Hwang scolded council before the vote.\n'
        '\n'
        'Coun. Brad Clark says the rinks cost $400,000 a year to run and draw fewer than 20 skaters a night. His view is simple: "We can\'t keep spending money on empty ice."\n'
        '\n'
        'Mayor Andrea Horwath says: "I hear the frustration. We will look at other options for the neighbourhood."\n'
        '\n'
        'Parent Sonia Mehta, who brought her two children to the meeting, blurted out from the gallery, "Where are they supposed to skate?"\n'
    ),
    gold=[
        ('You would never do this in your own wards,', 'Tammy Hwang', 'direct'),
        ('the rinks cost $400,000 a year to run and draw fewer than 20 skaters a night', 'Brad Clark', 'indirect'),
        ("We can't keep spending money on empty ice.", 'Brad Clark', 'direct'),
        ('I hear the frustration. We will look at other options for the neighbourhood.', 'Andrea Horwath', 'direct'),
        ('Where are they supposed to skate?', 'Sonia Mehta', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n329-business-grocer-profit',
    split='heldout53',
    text=(
        'Loblaw profit rises as food prices climb\n'
        '\n'
        'BRAMPTON, Ont. — Loblaw Cos. Ltd. reported a 30 per cent jump in quarterly profit on Thursday, as shoppers paid more for groceries.\n'
        '\n'
        'President Galen G. Weston told analysts the company had worked hard to keep prices down. "We are not the cause of inflation," he said.\n'
        '\n'
        'The grocer said food inflation in its stores was lower than the national rate of 9.7 per cent.\n'
        '\n'
        'Sylvain Charlebois, a food policy professor at Dalhousie University, said grocers had little reason to cut prices. "When profits go up this much, the public notices," the professor said.\n'
    ),
    gold=[
        ('the company had worked hard to keep prices down', 'Galen G. Weston', 'indirect', ['Galen Weston']),
        ('We are not the cause of inflation,', 'Galen G. Weston', 'direct', ['Galen Weston']),
        ('food inflation in its stores was lower than the national rate of 9.7 per cent', 'Loblaw Cos. Ltd.', 'indirect', ['Loblaw', 'The grocer']),
        ('grocers had little reason to cut prices', 'Sylvain Charlebois', 'indirect'),
        ('When profits go up this much, the public notices,', 'Sylvain Charlebois', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n330-health-last-doctor',
    split='heldout53',
    text=(
        'Nova Scotia town loses its last family doctor\n'
        '\n'
        'DIGBY, N.S. — When Dr. Susan Hughes retires at the end of the month, the town of Digby will have no family doctor for the first time in more than a century.\n'
        '\n'
        'Hughes, 71, has practised in the town for 42 years. "I kept saying one more year. I can\'t anymore," the veteran physician said.\n'
        '\n'
        'Patient Marie LeBlanc, 68, said she had been on the province\'s waiting list for a new doctor since 2021. "I\'m scared. Who\'s going to renew my prescriptions?" she asked.\n'
        '\n'
        'Health Minister Michelle Thompson said the province had recruited 230 doctors in the past year. She acknowledged that rural areas were still waiting. "We know it\'s not enough," the minister said.\n'
    ),
    gold=[
        ("I kept saying one more year. I can't anymore,", 'Susan Hughes', 'direct'),
        ("she had been on the province's waiting list for a new doctor since 2021", 'Marie LeBlanc', 'indirect'),
        ("I'm scared. Who's going to renew my prescriptions?", 'Marie LeBlanc', 'direct'),
        ('the province had recruited 230 doctors in the past year', 'Michelle Thompson', 'indirect'),
        ('rural areas were still waiting', 'Michelle Thompson', 'indirect'),
        ("We know it's not enough,", 'Michelle Thompson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n331-us-first-debate',
    split='heldout54',
    text=(
        'Clinton, Trump spar over taxes in first debate\n'
        '\n'
        'HEMPSTEAD, N.Y. — Hillary Clinton and Donald Trump clashed over taxes, trade and race on Monday night in the first presidential debate.\n'
        '\n'
        'Trump repeatedly interrupted Clinton. When she said he might not have paid federal income tax, he shot back: "That makes me smart."\n'
        '\n'
        'Clinton campaign chairman John Podesta told reporters afterward that the former secretary of state had "won decisively."\n'
        '\n'
        'Trump\'s running mate, Mike Pence, said the Republican nominee had shown "the broad-shouldered leadership" Americans wanted.\n'
        '\n'
        'A CNN/ORC poll of debate watchers found that 62 per cent thought Clinton had won.\n'
    ),
    gold=[
        ('he might not have paid federal income tax', 'Hillary Clinton', 'indirect'),
        ('That makes me smart.', 'Donald Trump', 'direct'),
        ('the former secretary of state had "won decisively."', 'John Podesta', 'indirect'),
        ('won decisively.', 'John Podesta', 'partial'),
        ('the Republican nominee had shown "the broad-shouldered leadership" Americans wanted', 'Mike Pence', 'indirect'),
        ('the broad-shouldered leadership', 'Mike Pence', 'partial'),
        ('62 per cent thought Clinton had won', 'A CNN/ORC poll of debate watchers', 'indirect', ['A CNN/ORC poll', 'CNN/ORC poll']),
    ],
))
ARTICLES.append(dict(
    id='n332-us-governor-veto',
    split='heldout54',
    text=(
        'Governor vetoes bathroom bill\n'
        '\n'
        'RALEIGH, N.C. — Gov. Pat McCrory vetoed a bill on Friday that would have required transgender students to use school bathrooms matching their birth certificates.\n'
        '\n'
        '"This is a solution in search of a problem," the Republican governor said in a statement. He said local school boards were better placed to handle the issue.\n'
        '\n'
        'State Sen. Buck Newton, who sponsored the bill, said he was disappointed. Newton said lawmakers would try to override the veto next week.\n'
        '\n'
        'Chris Sgro, executive director of Equality North Carolina, praised the governor. "Today he listened to families," Sgro said.\n'
    ),
    gold=[
        ('This is a solution in search of a problem,', 'Pat McCrory', 'direct'),
        ('local school boards were better placed to handle the issue', 'Pat McCrory', 'indirect'),
        ('he was disappointed', 'Buck Newton', 'indirect'),
        ('lawmakers would try to override the veto next week', 'Buck Newton', 'indirect'),
        ('Today he listened to families,', 'Chris Sgro', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n333-us-nevada-senate-money',
    split='heldout54',
    text=(
        'Outside money floods Nevada Senate race\n'
        '\n'
        'LAS VEGAS — Outside groups have spent more than $30 million on the Nevada Senate race, according to the Center for Responsive Politics.\n'
        '\n'
        'Republican Joe Heck and Democrat Catherine Cortez Masto are vying for the seat held by retiring Sen. Harry Reid.\n'
        '\n'
        'Cortez Masto, a former state attorney general, said the ads attacking her were "full of lies." Heck\'s campaign said the ads were accurate.\n'
        '\n'
        '"Voters here are sick of the television ads," said David Damore, a political scientist at the University of Nevada, Las Vegas. "Nobody watches them anymore."\n'
    ),
    gold=[
        ('Outside groups have spent more than $30 million on the Nevada Senate race', 'Center for Responsive Politics', 'indirect', ['the Center for Responsive Politics']),
        ('the ads attacking her were "full of lies."', 'Catherine Cortez Masto', 'indirect'),
        ('full of lies.', 'Catherine Cortez Masto', 'partial'),
        ('the ads were accurate', "Heck's campaign", 'indirect', ['Joe Heck']),
        ('Voters here are sick of the television ads,', 'David Damore', 'direct'),
        ('Nobody watches them anymore.', 'David Damore', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n334-us-iran-payment',
    split='heldout54',
    text=(
        'White House defends Iran payment\n'
        '\n'
        'WASHINGTON — The White House on Thursday defended a $400-million cash payment to Iran, saying it was not ransom for four Americans released the same day.\n'
        '\n'
        'Press secretary Josh Earnest said the money was owed to Iran under a decades-old arms deal. "The timing was a coincidence," Earnest told reporters.\n'
        '\n'
        'House Speaker Paul Ryan called the payment "deeply troubling." Sen. Tom Cotton of Arkansas went further, saying the administration had paid "a ransom to the world\'s worst state sponsor of terrorism."\n'
    ),
    gold=[
        ('it was not ransom for four Americans released the same day', 'The White House', 'indirect', ['White House']),
        ('the money was owed to Iran under a decades-old arms deal', 'Josh Earnest', 'indirect'),
        ('The timing was a coincidence,', 'Josh Earnest', 'direct'),
        ('deeply troubling.', 'Paul Ryan', 'partial'),
        ('the administration had paid "a ransom to the world\'s worst state sponsor of terrorism."', 'Tom Cotton', 'indirect'),
        ("a ransom to the world's worst state sponsor of terrorism.", 'Tom Cotton', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n335-chief-science-adviser',
    split='heldout54',
    text=(
        "Canada's new chief science adviser wants research in the open\n"
        '\n'
        "OTTAWA — Mona Nemer was named Canada's chief science adviser on Tuesday. She spoke to reporters after the announcement.\n"
        '\n'
        'Asked what her first priority would be, Nemer said she wanted to make government research easier for the public to find. "Canadians paid for it. They should be able to read it," she said.\n'
        '\n'
        'On whether scientists had been muzzled under the previous government, she was careful. "I think we can all agree that open science is better science," Nemer said.\n'
        '\n'
        'Science Minister Kirsty Duncan, who introduced her, called Nemer "a world-class researcher." Duncan said the position had been vacant since 2008.\n'
    ),
    gold=[
        ('she wanted to make government research easier for the public to find', 'Mona Nemer', 'indirect'),
        ('Canadians paid for it. They should be able to read it,', 'Mona Nemer', 'direct'),
        ('I think we can all agree that open science is better science,', 'Mona Nemer', 'direct'),
        ('a world-class researcher.', 'Kirsty Duncan', 'partial'),
        ('the position had been vacant since 2008', 'Kirsty Duncan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n336-business-rail-job-cuts',
    split='heldout54',
    text=(
        'Bombardier to cut 2,500 jobs\n'
        '\n'
        'MONTREAL — Bombardier Inc. will cut 2,500 jobs, most of them in Quebec and Ontario, the company said in a memo to employees on Thursday.\n'
        '\n'
        '"These are difficult but necessary decisions," chief executive Alain Bellemare wrote in the memo.\n'
        '\n'
        'Unifor national president Jerry Dias said the union would fight the cuts. "They took $1.3 billion from Quebec taxpayers and now they\'re cutting jobs," he said.\n'
        '\n'
        'Quebec Economy Minister Dominique Anglade said she had been told of the cuts on Wednesday.\n'
    ),
    gold=[
        ('Bombardier Inc. will cut 2,500 jobs, most of them in Quebec and Ontario', 'Bombardier Inc.', 'indirect', ['the company', 'Bombardier']),
        ('These are difficult but necessary decisions,', 'Alain Bellemare', 'direct'),
        ('the union would fight the cuts', 'Jerry Dias', 'indirect'),
        ("They took $1.3 billion from Quebec taxpayers and now they're cutting jobs,", 'Jerry Dias', 'direct'),
        ('she had been told of the cuts on Wednesday', 'Dominique Anglade', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n337-sport-tennis-canadians',
    split='heldout55',
    text=(
        'Andreescu beats Fernandez in all-Canadian quarterfinal\n'
        '\n'
        'MONTREAL — Bianca Andreescu beat Leylah Fernandez 6-4, 3-6, 7-5 on Thursday in an all-Canadian quarterfinal at the National Bank Open.\n'
        '\n'
        '"It\'s weird playing a friend. You want to win, but you feel bad," Andreescu said.\n'
        '\n'
        'Fernandez, 20, saved four match points before Andreescu closed it out. She said her serve had let her down. "I was too passive on the big points," the Laval native said.\n'
        '\n'
        'Andreescu will face top seed Iga Swiatek in the semifinal. "She\'s the best player in the world right now," the 2019 champion said of the Pole.\n'
    ),
    gold=[
        ("It's weird playing a friend. You want to win, but you feel bad,", 'Bianca Andreescu', 'direct'),
        ('her serve had let her down', 'Leylah Fernandez', 'indirect'),
        ('I was too passive on the big points,', 'Leylah Fernandez', 'direct'),
        ("She's the best player in the world right now,", 'Bianca Andreescu', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n338-court-grandparent-scam',
    split='heldout55',
    text=(
        'Two men plead guilty in grandparent scam\n'
        '\n'
        'LONDON, Ont. — Two Montreal men pleaded guilty Monday to defrauding 23 seniors in southwestern Ontario out of $380,000 in a so-called grandparent scam.\n'
        '\n'
        "Crown attorney Jennifer Lodge told the court that Jean-Luc Martel, 24, and Samir Haddad, 26, had phoned seniors pretending to be their grandsons in jail. Martel collected the cash at the victims' doors, she said.\n"
        '\n'
        'Martel\'s lawyer, Paul Shin, said his client had been recruited by an organized crime group and was paid $500 a trip. "He was a courier, not a mastermind," Shin said.\n'
        '\n'
        'One victim, an 81-year-old widow, wrote in a statement read in court that she no longer answers her phone. "I feel like a fool," she wrote.\n'
    ),
    gold=[
        ('Jean-Luc Martel, 24, and Samir Haddad, 26, had phoned seniors pretending to be their grandsons in jail', 'Jennifer Lodge', 'indirect'),
        ("Martel collected the cash at the victims' doors", 'Jennifer Lodge', 'indirect'),
        ('his client had been recruited by an organized crime group and was paid $500 a trip', 'Paul Shin', 'indirect'),
        ('He was a courier, not a mastermind,', 'Paul Shin', 'direct'),
        ('she no longer answers her phone', 'One victim', 'indirect', ['an 81-year-old widow', 'One victim, an 81-year-old widow']),
        ('I feel like a fool,', 'One victim', 'direct', ['an 81-year-old widow', 'One victim, an 81-year-old widow']),
    ],
))
ARTICLES.append(dict(
    id='n339-feature-backyard-rink',
    split='heldout55',
    text=(
        'The backyard rink that raised three NHLers\n'
        '\n'
        'SUDBURY, Ont. — For 30 winters, Dave Tremblay flooded the same patch of backyard behind his house on Kelly Lake Road.\n'
        '\n'
        'Three of the boys who learned to skate on it went on to play in the NHL, including his son Marc, now a defenceman with the Winnipeg Jets.\n'
        '\n'
        '"I just wanted the kids off the couch," the retired miner said. "I never thought about the NHL."\n'
        '\n'
        'Marc Tremblay, 27, says he still thinks about the rink when he plays. "Dad was out there at midnight with the hose," he said. "That\'s what I remember."\n'
        '\n'
        'His mother, Lise, is less sentimental. "It killed the lawn every year," she said, laughing.\n'
    ),
    gold=[
        ('I just wanted the kids off the couch,', 'Dave Tremblay', 'direct'),
        ('I never thought about the NHL.', 'Dave Tremblay', 'direct'),
        ('he still thinks about the rink when he plays', 'Marc Tremblay', 'indirect'),
        ('Dad was out there at midnight with the hose,', 'Marc Tremblay', 'direct'),
        ("That's what I remember.", 'Marc Tremblay', 'direct'),
        ('It killed the lawn every year,', 'Lise Tremblay', 'direct', ['Lise']),
    ],
))
ARTICLES.append(dict(
    id='n340-politics-carbon-tax-letter',
    split='heldout55',
    text=(
        'Premiers push back on carbon tax increase\n'
        '\n'
        'OTTAWA — Seven premiers called on Prime Minister Justin Trudeau on Monday to pause a scheduled increase to the federal carbon tax.\n'
        '\n'
        'In a joint letter, the premiers said families could not afford higher fuel costs. "Now is not the time," the letter said.\n'
        '\n'
        'Trudeau rejected the request. "We will not back down on fighting climate change," he told reporters in Halifax.\n'
        '\n'
        'Saskatchewan Premier Scott Moe, who signed the letter, said his province would stop collecting the tax on home heating if Ottawa did not act.\n'
    ),
    gold=[
        ('families could not afford higher fuel costs', 'the premiers', 'indirect', ['Seven premiers']),
        ('Now is not the time,', 'the letter', 'direct', ['the premiers', 'a joint letter', 'Seven premiers']),
        ('We will not back down on fighting climate change,', 'Justin Trudeau', 'direct'),
        ('his province would stop collecting the tax on home heating if Ottawa did not act', 'Scott Moe', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n341-business-bank-profit',
    split='heldout55',
    text=(
        'RBC profit tops estimates\n'
        '\n'
        "TORONTO — Royal Bank of Canada reported a second-quarter profit of $4.3 billion on Wednesday, beating analysts' expectations.\n"
        '\n'
        "Canada's biggest bank said provisions for bad loans rose to $600 million as more borrowers fell behind on payments.\n"
        '\n'
        '"Our clients are feeling the pressure of higher rates," chief executive Dave McKay said on a conference call.\n'
        '\n'
        'Meny Grauman, an analyst at Scotiabank, wrote in a note to clients that the results were "a clean beat."\n'
    ),
    gold=[
        ('provisions for bad loans rose to $600 million as more borrowers fell behind on payments', 'Royal Bank of Canada', 'indirect', ['RBC', "Canada's biggest bank"]),
        ('Our clients are feeling the pressure of higher rates,', 'Dave McKay', 'direct'),
        ('the results were "a clean beat."', 'Meny Grauman', 'indirect'),
        ('a clean beat.', 'Meny Grauman', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n342-court-inquest-jury',
    split='heldout55',
    text=(
        "Inquest jury calls for changes after inmate's death\n"
        '\n'
        "KINGSTON, Ont. — A coroner's jury has made 24 recommendations after an inquest into the death of an inmate at Millhaven Institution in 2019.\n"
        '\n'
        'Presiding coroner Dr. Bert Lauwers told the jury that Samuel Ross, 34, had died of a drug overdose in his cell. Guards had checked on him only twice overnight, he said.\n'
        '\n'
        'Ross\'s sister, Alicia Ross, said the family hoped the recommendations would be followed. "My brother asked for help three times," she said. "Nobody came."\n'
        '\n'
        "Correctional Service Canada said in a statement that it would review the jury's recommendations.\n"
    ),
    gold=[
        ('Samuel Ross, 34, had died of a drug overdose in his cell', 'Bert Lauwers', 'indirect'),
        ('Guards had checked on him only twice overnight', 'Bert Lauwers', 'indirect'),
        ('the family hoped the recommendations would be followed', 'Alicia Ross', 'indirect'),
        ('My brother asked for help three times,', 'Alicia Ross', 'direct'),
        ('Nobody came.', 'Alicia Ross', 'direct'),
        ("it would review the jury's recommendations", 'Correctional Service Canada', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n343-us-indiana-primary',
    split='heldout56',
    text=(
        'Trump wins Indiana; Cruz drops out\n'
        '\n'
        'INDIANAPOLIS — Donald Trump won the Indiana primary on Tuesday, and Ted Cruz ended his presidential campaign hours later.\n'
        '\n'
        '"We left it all on the field in Indiana," Cruz told supporters. "The voters chose another path."\n'
        '\n'
        'Trump, speaking at Trump Tower in New York, praised his rival. "He is one tough, smart guy," the billionaire said.\n'
        '\n'
        "Republican National Committee Chairman Reince Priebus wrote on Twitter that Trump would be the party's presumptive nominee.\n"
        '\n'
        "John Kasich's campaign said the Ohio governor would stay in the race.\n"
    ),
    gold=[
        ('We left it all on the field in Indiana,', 'Ted Cruz', 'direct'),
        ('The voters chose another path.', 'Ted Cruz', 'direct'),
        ('He is one tough, smart guy,', 'Donald Trump', 'direct'),
        ("Trump would be the party's presumptive nominee", 'Reince Priebus', 'indirect'),
        ('the Ohio governor would stay in the race', "John Kasich's campaign", 'indirect', ['John Kasich']),
    ],
))
ARTICLES.append(dict(
    id='n344-us-clinton-regret',
    split='heldout56',
    text=(
        "Clinton: 'I regret' email setup\n"
        '\n'
        'WASHINGTON — Hillary Clinton said Friday that she regretted using a private email server while secretary of state, but insisted she had never sent classified material.\n'
        '\n'
        '"It was a mistake. I take responsibility," Clinton said in an interview with ABC News.\n'
        '\n'
        'Republican National Committee spokesman Sean Spicer said the apology came "a year too late."\n'
        '\n'
        'Her running mate, Tim Kaine, defended her. He said voters cared more about jobs than email.\n'
    ),
    gold=[
        ('she regretted using a private email server while secretary of state', 'Hillary Clinton', 'indirect'),
        ('she had never sent classified material', 'Hillary Clinton', 'indirect'),
        ('It was a mistake. I take responsibility,', 'Hillary Clinton', 'direct'),
        ('the apology came "a year too late."', 'Sean Spicer', 'indirect'),
        ('a year too late.', 'Sean Spicer', 'partial'),
        ('voters cared more about jobs than email', 'Tim Kaine', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n345-us-texas-house-bill',
    split='heldout56',
    text=(
        'Texas House passes abortion restrictions after all-night debate\n'
        '\n'
        'AUSTIN, Texas — The Texas House passed a bill early Thursday that would ban most abortions after 20 weeks, after a debate that lasted more than 12 hours.\n'
        '\n'
        "State Rep. Jodie Laubenberg, the Republican who wrote the bill, said it would protect women's health. Democrats said it would close most of the state's clinics.\n"
        '\n'
        '"This bill is not about health," said state Sen. Wendy Davis, a Fort Worth Democrat. "Everyone in this building knows that."\n'
        '\n'
        'Gov. Rick Perry said he would sign the bill.\n'
    ),
    gold=[
        ("it would protect women's health", 'Jodie Laubenberg', 'indirect'),
        ("it would close most of the state's clinics", 'Democrats', 'indirect'),
        ('This bill is not about health,', 'Wendy Davis', 'direct'),
        ('Everyone in this building knows that.', 'Wendy Davis', 'direct'),
        ('he would sign the bill', 'Rick Perry', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n346-mayor-flood-statement',
    split='heldout56',
    text=(
        "Mayor's statement on flood\n"
        '\n'
        'CALGARY — Mayor Naheed Nenshi issued a statement Saturday as the Bow River crested.\n'
        '\n'
        '"To everyone who has been forced from their homes: we will get you back. This city has never been tested like this."\n'
        '\n'
        '"We will rebuild, and we will be stronger for it," Nenshi said.\n'
        '\n'
        'Fire Chief Bruce Burrell said crews had rescued more than 1,500 people by boat. "Our people have not slept in two days," the chief said.\n'
    ),
    gold=[
        ('To everyone who has been forced from their homes: we will get you back. This city has never been tested like this.', 'Naheed Nenshi', 'direct'),
        ('We will rebuild, and we will be stronger for it,', 'Naheed Nenshi', 'direct'),
        ('crews had rescued more than 1,500 people by boat', 'Bruce Burrell', 'indirect'),
        ('Our people have not slept in two days,', 'Bruce Burrell', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n347-business-cofounder-leaves',
    split='heldout56',
    text=(
        'Shopify co-founder leaves board\n'
        '\n'
        "OTTAWA — Shopify Inc. co-founder Scott Lake announced Tuesday that he would leave the company's board after 18 years.\n"
        '\n'
        '"It\'s time for new people to shape what comes next," Lake wrote in a blog post.\n'
        '\n'
        'Chief executive Tobi Lütke thanked his co-founder. "Scott built the first version of this company in a coffee shop," Lütke said. "None of us would be here without him."\n'
        '\n'
        "Analyst Martin Toner of ATB Capital Markets said the change would not affect the company's strategy.\n"
    ),
    gold=[
        ("he would leave the company's board after 18 years", 'Scott Lake', 'indirect'),
        ("It's time for new people to shape what comes next,", 'Scott Lake', 'direct'),
        ('Scott built the first version of this company in a coffee shop,', 'Tobi Lütke', 'direct'),
        ('None of us would be here without him.', 'Tobi Lütke', 'direct'),
        ("the change would not affect the company's strategy", 'Martin Toner', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n348-sport-golf-playoff',
    split='heldout56',
    text=(
        'Hughes wins Canadian Open in playoff\n'
        '\n'
        'TORONTO — Mackenzie Hughes won the RBC Canadian Open on Sunday, beating Adam Hadwin in a two-hole playoff.\n'
        '\n'
        'Hughes, of Hamilton, made a 12-foot birdie putt on the second extra hole. "I\'ve dreamed about that putt since I was six," he said.\n'
        '\n'
        'Hadwin, who grew up in Abbotsford, B.C., had a chance to win in regulation but missed from eight feet. "It stings. It\'ll sting for a while," he said.\n'
        '\n'
        'The two Canadians hugged on the green. Hughes said Hadwin had been one of the first players to welcome him on tour.\n'
    ),
    gold=[
        ("I've dreamed about that putt since I was six,", 'Mackenzie Hughes', 'direct'),
        ("It stings. It'll sting for a while,", 'Adam Hadwin', 'direct'),
        ('Hadwin had been one of the first players to welcome him on tour', 'Mackenzie Hughes', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n349-feature-ice-fishermen',
    split='heldout57',
    text=(
        'Lake Winnipeg fishermen count the cost of a warm winter\n'
        '\n'
        'GIMLI, Man. — For the first time in his 40 years on Lake Winnipeg, Ken Olafson did not set a single net in January.\n'
        '\n'
        'The ice was too thin. "You don\'t take a truck out on four inches," the 63-year-old said. "Not if you want to see your grandkids."\n'
        '\n'
        'His nephew, Kris Olafson, tried anyway, using a snowmobile. He pulled in about a third of his usual catch. "Better than nothing," he said.\n'
        '\n'
        'Fisheries Minister Derek Johnson said the province was looking at emergency payments for commercial fishers. A decision would come within weeks, he said.\n'
        '\n'
        'Ken Olafson is not holding his breath. "They always say weeks," he said.\n'
    ),
    gold=[
        ("You don't take a truck out on four inches,", 'Ken Olafson', 'direct'),
        ('Not if you want to see your grandkids.', 'Ken Olafson', 'direct'),
        ('Better than nothing,', 'Kris Olafson', 'direct'),
        ('the province was looking at emergency payments for commercial fishers', 'Derek Johnson', 'indirect'),
        ('A decision would come within weeks', 'Derek Johnson', 'indirect'),
        ('They always say weeks,', 'Ken Olafson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n350-sport-coach-fired',
    split='heldout57',
    text=(
        'Whitecaps fire coach after winless run\n'
        '\n'
        'VANCOUVER — The Vancouver Whitecaps fired head coach Marc Dos Santos on Friday after the team went 11 games without a win.\n'
        '\n'
        '"This was not an easy decision," sporting director Axel Schuster said at a news conference. "Marc gave everything to this club."\n'
        '\n'
        'Assistant Vanni Sartini will take over on an interim basis. The Italian said he had spoken to the players on Friday morning. "They are hurt. They know they let Marc down," he said.\n'
        '\n'
        'Dos Santos did not respond to a request for comment.\n'
    ),
    gold=[
        ('This was not an easy decision,', 'Axel Schuster', 'direct'),
        ('Marc gave everything to this club.', 'Axel Schuster', 'direct'),
        ('he had spoken to the players on Friday morning', 'Vanni Sartini', 'indirect'),
        ('They are hurt. They know they let Marc down,', 'Vanni Sartini', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n351-crime-daycare-fraud',
    split='heldout57',
    text=(
        'Sisters charged in daycare subsidy fraud\n'
        '\n'
        'MISSISSAUGA, Ont. — Two sisters who ran a home daycare have been charged with defrauding the province of more than $250,000 in child-care subsidies, Peel police said Tuesday.\n'
        '\n'
        'Police said Maria Santos, 44, and Teresa Santos, 39, billed for children who no longer attended the daycare.\n'
        '\n'
        'A parent whose son attended the daycare until 2021, Jenna Kaur, said she was shocked. "They were so good with him," she said.\n'
        '\n'
        'Lawyer Dan Brodsky, who represents Maria Santos, said his client would plead not guilty.\n'
    ),
    gold=[
        ('Two sisters who ran a home daycare have been charged with defrauding the province of more than $250,000 in child-care subsidies', 'Peel police', 'indirect'),
        ('Maria Santos, 44, and Teresa Santos, 39, billed for children who no longer attended the daycare', 'Peel police', 'indirect', ['Police']),
        ('she was shocked', 'Jenna Kaur', 'indirect'),
        ('They were so good with him,', 'Jenna Kaur', 'direct'),
        ('his client would plead not guilty', 'Dan Brodsky', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n352-politics-trustee-resigns',
    split='heldout57',
    text=(
        'Trustee resigns after comments on refugees\n'
        '\n'
        'LONDON, Ont. — A Thames Valley District School Board trustee resigned Monday, a week after a recording surfaced of her calling refugee students "a burden."\n'
        '\n'
        'In a statement, Corrine Rahman said her words had been taken out of context but that she did not want to be a distraction.\n'
        '\n'
        'Board chair Lori-Ann Pizzolato said trustees had received more than 300 complaints. "Every student in our schools belongs here," Pizzolato said.\n'
        '\n'
        'Ahmad Hussain, who came to London from Syria in 2016 and now teaches at the board, said the apology came too late.\n'
    ),
    gold=[
        ('a burden.', 'Corrine Rahman', 'partial'),
        ('her words had been taken out of context but that she did not want to be a distraction', 'Corrine Rahman', 'indirect'),
        ('trustees had received more than 300 complaints', 'Lori-Ann Pizzolato', 'indirect'),
        ('Every student in our schools belongs here,', 'Lori-Ann Pizzolato', 'direct'),
        ('the apology came too late', 'Ahmad Hussain', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n353-business-airline-refunds',
    split='heldout57',
    text=(
        'Air Transat ordered to refund passengers\n'
        '\n'
        'MONTREAL — The Canadian Transportation Agency has ordered Air Transat to refund passengers whose flights were cancelled during the pandemic.\n'
        '\n'
        'The airline said it would comply with the ruling. "We have always intended to do right by our customers," spokesman Christophe Hennebelle said.\n'
        '\n'
        'Gábor Lukács, founder of the advocacy group Air Passenger Rights, called the decision "long overdue." He said other airlines should expect similar orders.\n'
        '\n'
        'Passenger Diane Morin, 70, waited 19 months for her $2,400. "I had given up," she said.\n'
    ),
    gold=[
        ('it would comply with the ruling', 'Air Transat', 'indirect', ['The airline']),
        ('We have always intended to do right by our customers,', 'Christophe Hennebelle', 'direct'),
        ('long overdue.', 'Gábor Lukács', 'partial'),
        ('other airlines should expect similar orders', 'Gábor Lukács', 'indirect'),
        ('I had given up,', 'Diane Morin', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n354-health-measles-case',
    split='heldout57',
    text=(
        'Measles case confirmed in Winnipeg\n'
        '\n'
        'WINNIPEG — Manitoba health officials confirmed a case of measles in Winnipeg on Thursday and warned that people at three locations may have been exposed.\n'
        '\n'
        'The person, an adult who had recently travelled to Europe, is recovering at home, according to a news release from the province.\n'
        '\n'
        'Dr. Jazz Atwal, the province\'s acting chief public health officer, urged people to check their vaccination records. "Two doses of the vaccine give excellent protection," Atwal said.\n'
    ),
    gold=[
        ('people at three locations may have been exposed', 'Manitoba health officials', 'indirect'),
        ('The person, an adult who had recently travelled to Europe, is recovering at home', 'a news release from the province', 'indirect', ['a news release']),
        ('Two doses of the vaccine give excellent protection,', 'Jazz Atwal', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n355-us-sanders-endorses',
    split='heldout58',
    text=(
        'Sanders endorses Clinton\n'
        '\n'
        'PORTSMOUTH, N.H. — Bernie Sanders endorsed Hillary Clinton on Tuesday, ending a primary fight that lasted more than a year.\n'
        '\n'
        '"Secretary Clinton will be the Democratic nominee, and I intend to do everything I can to make certain she will be the next president," Sanders said.\n'
        '\n'
        'Clinton thanked her former rival. "Senator Sanders has brought people into the political process," she said.\n'
        '\n'
        "Some of his supporters booed. Joan Fiorello, 58, a retired teacher from Concord, said she would vote for the Green Party's Jill Stein instead.\n"
    ),
    gold=[
        ('Secretary Clinton will be the Democratic nominee, and I intend to do everything I can to make certain she will be the next president,', 'Bernie Sanders', 'direct'),
        ('Senator Sanders has brought people into the political process,', 'Hillary Clinton', 'direct'),
        ("she would vote for the Green Party's Jill Stein instead", 'Joan Fiorello', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n356-us-rubio-reelection',
    split='heldout58',
    text=(
        'Rubio reverses, will seek re-election\n'
        '\n'
        'MIAMI — Sen. Marco Rubio announced Wednesday that he would run for re-election, reversing a pledge he made during his presidential campaign.\n'
        '\n'
        'In a statement, the Florida Republican said the stakes for the Senate were too high to sit out. "No one race is more important," he said.\n'
        '\n'
        'Democratic Rep. Patrick Murphy, who is running for the seat, said Rubio had "broken his word to Floridians."\n'
    ),
    gold=[
        ('he would run for re-election', 'Marco Rubio', 'indirect'),
        ('the stakes for the Senate were too high to sit out', 'Marco Rubio', 'indirect'),
        ('No one race is more important,', 'Marco Rubio', 'direct'),
        ('Rubio had "broken his word to Floridians."', 'Patrick Murphy', 'indirect'),
        ('broken his word to Floridians.', 'Patrick Murphy', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n357-us-governor-calm',
    split='heldout58',
    text=(
        'Governor calls for calm after police shooting\n'
        '\n'
        'BATON ROUGE, La. — Gov. John Bel Edwards called for calm on Wednesday after a black man was shot and killed by police outside a convenience store.\n'
        '\n'
        '"I have very serious concerns," Edwards said at a news conference. "The video is disturbing, to say the least."\n'
        '\n'
        'The U.S. Justice Department said it would open a civil rights investigation.\n'
        '\n'
        'Sandra Sterling, the aunt who raised the man, told reporters he was "a good person who did not deserve to die."\n'
    ),
    gold=[
        ('I have very serious concerns,', 'John Bel Edwards', 'direct'),
        ('The video is disturbing, to say the least.', 'John Bel Edwards', 'direct'),
        ('it would open a civil rights investigation', 'The U.S. Justice Department', 'indirect', ['U.S. Justice Department', 'Justice Department']),
        ('he was "a good person who did not deserve to die."', 'Sandra Sterling', 'indirect'),
        ('a good person who did not deserve to die.', 'Sandra Sterling', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n358-new-police-chief',
    split='heldout58',
    text=(
        "The city's new police chief on cameras and street checks\n"
        '\n'
        "HALIFAX — Dan Kinsella became Halifax's police chief on Monday. He spoke with reporters about his plans.\n"
        '\n'
        'Asked about body cameras, Kinsella said the force would test them next year. "The public expects it, and frankly so do our officers," he said.\n'
        '\n'
        'On street checks, which the province banned in 2019, he was blunt: "They are not coming back."\n'
        '\n'
        "Coun. Lindell Smith, who chairs the police board, said the chief had the council's full support.\n"
    ),
    gold=[
        ('the force would test them next year', 'Dan Kinsella', 'indirect'),
        ('The public expects it, and frankly so do our officers,', 'Dan Kinsella', 'direct'),
        ('They are not coming back.', 'Dan Kinsella', 'direct'),
        ("the chief had the council's full support", 'Lindell Smith', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n359-business-port-strike-ends',
    split='heldout58',
    text=(
        'Port of Montreal strike ends\n'
        '\n'
        'MONTREAL — Longshore workers at the Port of Montreal returned to work Tuesday after Parliament passed back-to-work legislation.\n'
        '\n'
        'The union representing the 1,150 workers called the law "an attack on the right to strike." Its president, Martin Lapierre, said the union would challenge it in court.\n'
        '\n'
        'Labour Minister Filomena Tassi said the government had no choice. "Canadians cannot afford a shutdown of this port," she said.\n'
        '\n'
        'The Maritime Employers Association said in a statement that it welcomed the return to work.\n'
    ),
    gold=[
        ('an attack on the right to strike.', 'The union representing the 1,150 workers', 'partial', ['The union']),
        ('the union would challenge it in court', 'Martin Lapierre', 'indirect'),
        ('the government had no choice', 'Filomena Tassi', 'indirect'),
        ('Canadians cannot afford a shutdown of this port,', 'Filomena Tassi', 'direct'),
        ('it welcomed the return to work', 'Maritime Employers Association', 'indirect', ['The Maritime Employers Association']),
    ],
))
ARTICLES.append(dict(
    id='n360-sport-boxing-title',
    split='heldout58',
    text=(
        'Stevenson stops Alvarez in ninth round\n'
        '\n'
        'MONTREAL — Adonis Stevenson retained his WBC light-heavyweight title on Saturday, stopping Eleider Alvarez in the ninth round at the Bell Centre.\n'
        '\n'
        '"He was tougher than I expected," Stevenson said. "He kept coming."\n'
        '\n'
        'Alvarez, who had never been knocked down as a professional, said he wanted a rematch. "I was winning the fight," he said. "Everybody saw it."\n'
        '\n'
        'Promoter Yvon Michel said a rematch was possible in the spring.\n'
    ),
    gold=[
        ('He was tougher than I expected,', 'Adonis Stevenson', 'direct'),
        ('He kept coming.', 'Adonis Stevenson', 'direct'),
        ('he wanted a rematch', 'Eleider Alvarez', 'indirect'),
        ('I was winning the fight,', 'Eleider Alvarez', 'direct'),
        ('Everybody saw it.', 'Eleider Alvarez', 'direct'),
        ('a rematch was possible in the spring', 'Yvon Michel', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n361-sport-shootout-goalies',
    split='heldout59',
    text=(
        'Canadiens edge Leafs in shootout\n'
        '\n'
        'MONTREAL — Cole Caufield scored the shootout winner as the Montreal Canadiens beat the Toronto Maple Leafs 3-2 on Saturday night.\n'
        '\n'
        'Canadiens goalie Sam Montembeault stopped 41 shots. Leafs goalie Ilya Samsonov made 30 saves at the other end.\n'
        '\n'
        '"Monty was the best player on the ice," Canadiens coach Martin St. Louis said. "He gave us a chance to win."\n'
        '\n'
        'Samsonov was not in the mood to talk. "We lost. What else is there to say?" the Russian said.\n'
        '\n'
        'Caufield, who has 12 goals in 15 games, said he had been working on his shootout move all week. "I tried it in practice a hundred times," he said.\n'
    ),
    gold=[
        ('Monty was the best player on the ice,', 'Martin St. Louis', 'direct'),
        ('He gave us a chance to win.', 'Martin St. Louis', 'direct'),
        ('We lost. What else is there to say?', 'Ilya Samsonov', 'direct'),
        ('he had been working on his shootout move all week', 'Cole Caufield', 'indirect'),
        ('I tried it in practice a hundred times,', 'Cole Caufield', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n362-crime-cyclist-killed',
    split='heldout59',
    text=(
        'Driver sought after cyclist killed in Regina\n'
        '\n'
        'REGINA — Police are looking for the driver of a pickup truck that struck and killed a cyclist on Albert Street early Sunday.\n'
        '\n'
        'The cyclist, a 52-year-old man from Regina, died at the scene, police said. His name has not been released.\n'
        '\n'
        'Sgt. Rob Duncan said the truck was a dark blue Ford F-150 with damage to the front passenger side. "Someone knows who was driving that truck," he said.\n'
        '\n'
        'Witness Tanya Bird, who was waiting at a bus stop, said the truck did not slow down. "It just kept going," she said. "I couldn\'t believe it."\n'
    ),
    gold=[
        ('The cyclist, a 52-year-old man from Regina, died at the scene', 'police', 'indirect'),
        ('the truck was a dark blue Ford F-150 with damage to the front passenger side', 'Rob Duncan', 'indirect'),
        ('Someone knows who was driving that truck,', 'Rob Duncan', 'direct'),
        ('the truck did not slow down', 'Tanya Bird', 'indirect'),
        ('It just kept going,', 'Tanya Bird', 'direct'),
        ("I couldn't believe it.", 'Tanya Bird', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n363-feature-choir',
    split='heldout59',
    text=(
        "A choir for people who can't sing\n"
        '\n'
        "OTTAWA — Every Tuesday night, about 60 people crowd into the basement of St. Luke's Church to sing badly, and happily.\n"
        '\n'
        'The choir was started in 2018 by Margaret Doyle, a retired music teacher who was tired of hearing people say they could not carry a tune. "Everyone can sing. Not everyone can sing well, and that\'s fine," the 74-year-old says.\n'
        '\n'
        'Member Priya Nair, 35, joined after her divorce. "It\'s the one night a week I don\'t think about anything else," she says.\n'
        '\n'
        'Doyle says the choir has never turned anyone away. Her one rule: no apologizing for wrong notes.\n'
    ),
    gold=[
        ("Everyone can sing. Not everyone can sing well, and that's fine,", 'Margaret Doyle', 'direct'),
        ("It's the one night a week I don't think about anything else,", 'Priya Nair', 'direct'),
        ('the choir has never turned anyone away', 'Margaret Doyle', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n364-politics-beach-dogs',
    split='heldout59',
    text=(
        'Council bans dogs from city beaches\n'
        '\n'
        'KELOWNA, B.C. — City council voted 6-3 on Monday to ban dogs from all public beaches between May and September.\n'
        '\n'
        'Coun. Loyal Wooldridge, who proposed the ban, said complaints about dog waste had tripled in three years. "This is about families being able to use the beach," he said.\n'
        '\n'
        'Coun. Maxine DeHart voted against it. She said the city should have opened more dog beaches first.\n'
        '\n'
        'Dog owner Craig Fenton called the decision "a slap in the face" to the 8,000 licensed dog owners in Kelowna.\n'
    ),
    gold=[
        ('complaints about dog waste had tripled in three years', 'Loyal Wooldridge', 'indirect'),
        ('This is about families being able to use the beach,', 'Loyal Wooldridge', 'direct'),
        ('the city should have opened more dog beaches first', 'Maxine DeHart', 'indirect'),
        ('a slap in the face', 'Craig Fenton', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n365-business-housing-starts',
    split='heldout59',
    text=(
        'Housing starts fall 10 per cent\n'
        '\n'
        'OTTAWA — Canadian housing starts fell 10 per cent in March from a month earlier, Canada Mortgage and Housing Corp. said Tuesday.\n'
        '\n'
        '"Higher borrowing costs are finally showing up in construction," said Bob Dugan, CMHC\'s chief economist.\n'
        '\n'
        "Builders in Toronto and Vancouver have put several condo projects on hold, according to the Canadian Home Builders' Association.\n"
        '\n'
        'Its president, Kevin Lee, said Ottawa\'s promise to build 3.5 million homes by 2031 was out of reach. "The math doesn\'t work," he said.\n'
    ),
    gold=[
        ('Canadian housing starts fell 10 per cent in March from a month earlier', 'Canada Mortgage and Housing Corp.', 'indirect', ['CMHC', 'Canada Mortgage and Housing Corp']),
        ('Higher borrowing costs are finally showing up in construction,', 'Bob Dugan', 'direct'),
        ('Builders in Toronto and Vancouver have put several condo projects on hold', "Canadian Home Builders' Association", 'indirect', ["the Canadian Home Builders' Association"]),
        ("Ottawa's promise to build 3.5 million homes by 2031 was out of reach", 'Kevin Lee', 'indirect'),
        ("The math doesn't work,", 'Kevin Lee', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n366-court-appeal-new-trial',
    split='heldout59',
    text=(
        'Appeal court orders new trial in Halifax murder case\n'
        '\n'
        "HALIFAX — Nova Scotia's Court of Appeal has ordered a new trial for a man convicted of second-degree murder in 2019.\n"
        '\n'
        'In a unanimous decision, the court said the trial judge had failed to properly instruct the jury on self-defence.\n'
        '\n'
        'Defence lawyer Trevor McGuigan said his client, Jamal Reid, 31, was relieved. "He has always said he was defending himself," McGuigan said.\n'
        '\n'
        'The Crown has not said whether it will seek leave to appeal to the Supreme Court of Canada.\n'
    ),
    gold=[
        ('the trial judge had failed to properly instruct the jury on self-defence', "Nova Scotia's Court of Appeal", 'indirect', ['the court', 'Court of Appeal']),
        ('his client, Jamal Reid, 31, was relieved', 'Trevor McGuigan', 'indirect'),
        ('He has always said he was defending himself,', 'Trevor McGuigan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n367-us-cruz-convention',
    split='heldout60',
    text=(
        'Cruz refuses to endorse Trump in convention speech\n'
        '\n'
        'CLEVELAND — Ted Cruz told the Republican National Convention on Wednesday night to "vote your conscience," declining to endorse Donald Trump and drawing boos from the floor.\n'
        '\n'
        'Trump\'s campaign manager, Paul Manafort, called the speech "a selfish move."\n'
        '\n'
        'Cruz defended himself the next morning. "I am not in the habit of supporting people who attack my wife," he told the Texas delegation.\n'
        '\n'
        'New Jersey Gov. Chris Christie said Cruz had "made a mistake" and would regret it.\n'
    ),
    gold=[
        ('vote your conscience,', 'Ted Cruz', 'partial'),
        ('a selfish move.', 'Paul Manafort', 'partial'),
        ('I am not in the habit of supporting people who attack my wife,', 'Ted Cruz', 'direct'),
        ('Cruz had "made a mistake" and would regret it', 'Chris Christie', 'indirect'),
        ('made a mistake', 'Chris Christie', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n368-us-trump-university',
    split='heldout60',
    text=(
        'Judge sets trial date in Trump University case\n'
        '\n'
        'SAN DIEGO — A federal judge on Friday set a Nov. 28 trial date in a lawsuit by former Trump University students who say they were defrauded.\n'
        '\n'
        "Trump's lawyer, Daniel Petrocelli, asked the judge to delay the trial until after the inauguration. The judge, Gonzalo Curiel, said he would consider the request.\n"
        '\n'
        'Trump has repeatedly attacked Curiel, saying his Mexican heritage made him biased.\n'
        '\n'
        '"This is a case I should have won easily," Trump said at a rally in Virginia.\n'
    ),
    gold=[
        ('they were defrauded', 'former Trump University students', 'indirect', ['students', 'Trump University students']),
        ('he would consider the request', 'Gonzalo Curiel', 'indirect'),
        ('his Mexican heritage made him biased', 'Donald Trump', 'indirect', ['Trump']),
        ('This is a case I should have won easily,', 'Donald Trump', 'direct', ['Trump']),
    ],
))
ARTICLES.append(dict(
    id='n369-business-steel-tariffs',
    split='heldout60',
    text=(
        'Automakers warn of tariff costs\n'
        '\n'
        'DETROIT — General Motors Co. said Thursday that new tariffs on imported steel would add about $1 billion to its costs this year.\n'
        '\n'
        'Chief financial officer Paul Jacobson told analysts the company would try to offset the costs by cutting other expenses. "We will not pass all of this on to customers," he said.\n'
        '\n'
        'Ford Motor Co. chief executive Jim Farley said last month that his company faced a similar bill.\n'
        '\n'
        '"Every car made in America has foreign parts in it," said Kristin Dziczek of the Center for Automotive Research. "There is no escaping it."\n'
    ),
    gold=[
        ('new tariffs on imported steel would add about $1 billion to its costs this year', 'General Motors Co.', 'indirect', ['GM', 'General Motors']),
        ('the company would try to offset the costs by cutting other expenses', 'Paul Jacobson', 'indirect'),
        ('We will not pass all of this on to customers,', 'Paul Jacobson', 'direct'),
        ('his company faced a similar bill', 'Jim Farley', 'indirect'),
        ('Every car made in America has foreign parts in it,', 'Kristin Dziczek', 'direct'),
        ('There is no escaping it.', 'Kristin Dziczek', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n370-us-senate-bank-chief',
    split='heldout60',
    text=(
        'Senators grill Wells Fargo chief\n'
        '\n'
        "WASHINGTON — Wells Fargo chief executive John Stumpf faced a hostile Senate Banking Committee on Tuesday over the creation of two million accounts without customers' consent.\n"
        '\n'
        '"You should resign," Sen. Elizabeth Warren told him. "You should give back the money you took while this scam was going on."\n'
        '\n'
        'Stumpf apologized but said he had not known about the practice until 2013. "I accept full responsibility," he said.\n'
        '\n'
        "Sen. Heidi Heitkamp of North Dakota was also critical. She said the bank's board should claw back executives' bonuses.\n"
    ),
    gold=[
        ('You should resign,', 'Elizabeth Warren', 'direct'),
        ('You should give back the money you took while this scam was going on.', 'Elizabeth Warren', 'direct'),
        ('he had not known about the practice until 2013', 'John Stumpf', 'indirect'),
        ('I accept full responsibility,', 'John Stumpf', 'direct'),
        ("the bank's board should claw back executives' bonuses", 'Heidi Heitkamp', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n371-wildfire-contained',
    split='heldout60',
    text=(
        'Firefighters contain wildfire near Kamloops\n'
        '\n'
        'KAMLOOPS, B.C. — Crews have contained a wildfire that forced the evacuation of 300 homes north of Kamloops, the BC Wildfire Service said Sunday.\n'
        '\n'
        'Fire information officer Taylor MacDonald put it simply: "The rain saved us."\n'
        '\n'
        'Residents were allowed to return Sunday afternoon. Among them was Gord Lindgren, 68, who found his house untouched but his barn gone.\n'
        '\n'
        '"The barn was my dad\'s. You can\'t replace that," Lindgren said.\n'
    ),
    gold=[
        ('Crews have contained a wildfire that forced the evacuation of 300 homes north of Kamloops', 'BC Wildfire Service', 'indirect', ['the BC Wildfire Service']),
        ('The rain saved us.', 'Taylor MacDonald', 'direct'),
        ("The barn was my dad's. You can't replace that,", 'Gord Lindgren', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n372-sport-pairs-silver',
    split='heldout60',
    text=(
        'Canadian pair wins world silver\n'
        '\n'
        "SAITAMA, Japan — Canada's Deanna Stellato-Dudek and Maxime Deschamps won silver in pairs at the world figure skating championships on Thursday.\n"
        '\n'
        'Stellato-Dudek, 40, came out of retirement in 2016 after 16 years away from the sport. "People told me I was crazy," she said. "Maybe I am."\n'
        '\n'
        'Deschamps said the pair had skated the best free program of their career. "We left nothing out there," he said.\n'
        '\n'
        'Skate Canada\'s high performance director, Mike Slipchuk, called the result "historic."\n'
    ),
    gold=[
        ('People told me I was crazy,', 'Deanna Stellato-Dudek', 'direct'),
        ('Maybe I am.', 'Deanna Stellato-Dudek', 'direct'),
        ('the pair had skated the best free program of their career', 'Maxime Deschamps', 'indirect'),
        ('We left nothing out there,', 'Maxime Deschamps', 'direct'),
        ('historic.', 'Mike Slipchuk', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n373-us-vp-debate',
    split='heldout61',
    text=(
        'Kaine, Pence clash in only vice-presidential debate\n'
        '\n'
        'FARMVILLE, Va. — Tim Kaine and Mike Pence traded attacks over their running mates on Tuesday night in the only vice-presidential debate of the campaign.\n'
        '\n'
        'Kaine repeatedly interrupted Pence, pressing him to defend Donald Trump\'s remarks about immigrants. "I cannot imagine how Governor Pence can defend the insult-driven campaign of Donald Trump," the Virginia senator said.\n'
        '\n'
        'Pence stayed calm. "Senator, you\'ve whipped out that Mexican thing again," he said.\n'
        '\n'
        'A CNN/ORC poll of debate watchers found that 48 per cent thought Pence had won, compared with 42 per cent for Kaine.\n'
        '\n'
        'Trump tweeted that Pence had won "big league."\n'
    ),
    gold=[
        ('I cannot imagine how Governor Pence can defend the insult-driven campaign of Donald Trump,', 'Tim Kaine', 'direct'),
        ("Senator, you've whipped out that Mexican thing again,", 'Mike Pence', 'direct'),
        ('48 per cent thought Pence had won, compared with 42 per cent for Kaine', 'A CNN/ORC poll of debate watchers', 'indirect', ['A CNN/ORC poll', 'CNN/ORC poll']),
        ('Pence had won "big league."', 'Donald Trump', 'indirect', ['Trump']),
        ('big league.', 'Donald Trump', 'partial', ['Trump']),
    ],
))
ARTICLES.append(dict(
    id='n374-us-pipeline-review',
    split='heldout61',
    text=(
        'Governor orders pipeline review\n'
        '\n'
        'BISMARCK, N.D. — North Dakota Gov. Jack Dalrymple on Monday ordered state agencies to review security around the Dakota Access pipeline protest site.\n'
        '\n'
        '"The safety of everyone involved is my first concern," the governor said in a statement.\n'
        '\n'
        'Standing Rock Sioux Tribal Chairman Dave Archambault II said the tribe had asked protesters to remain peaceful. He accused the company of destroying sacred sites.\n'
        '\n'
        'Energy Transfer Partners, the Texas company building the pipeline, said in a statement that no sacred sites had been disturbed.\n'
    ),
    gold=[
        ('The safety of everyone involved is my first concern,', 'Jack Dalrymple', 'direct'),
        ('the tribe had asked protesters to remain peaceful', 'Dave Archambault II', 'indirect', ['Dave Archambault']),
        ('no sacred sites had been disturbed', 'Energy Transfer Partners', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n375-us-budget-plan',
    split='heldout61',
    text=(
        'Ryan unveils budget plan\n'
        '\n'
        'WASHINGTON — House Speaker Paul Ryan unveiled a budget plan Wednesday that he said would balance the federal budget within 10 years.\n'
        '\n'
        '"This is a plan to get our fiscal house in order," the Wisconsin Republican told reporters.\n'
        '\n'
        'House Minority Leader Nancy Pelosi called the plan "a cruel hoax on seniors." She said it would end Medicare as Americans know it.\n'
        '\n'
        'The White House said the president would veto any bill that cut Medicaid.\n'
    ),
    gold=[
        ('would balance the federal budget within 10 years', 'Paul Ryan', 'indirect'),
        ('This is a plan to get our fiscal house in order,', 'Paul Ryan', 'direct'),
        ('a cruel hoax on seniors.', 'Nancy Pelosi', 'partial'),
        ('it would end Medicare as Americans know it', 'Nancy Pelosi', 'indirect'),
        ('the president would veto any bill that cut Medicaid', 'The White House', 'indirect', ['White House']),
    ],
))
ARTICLES.append(dict(
    id='n376-us-police-superintendent',
    split='heldout61',
    text=(
        'Chicago mayor fires police superintendent\n'
        '\n'
        'CHICAGO — Mayor Rahm Emanuel fired police Superintendent Garry McCarthy on Tuesday, a week after the release of a video showing an officer shooting a teenager 16 times.\n'
        '\n'
        'Emanuel said McCarthy had become "an issue rather than dealing with the issue." "Now is the time for fresh eyes and new leadership," the mayor said.\n'
        '\n'
        'McCarthy did not comment. His lawyer, Terry Ekl, said his client had done nothing wrong.\n'
        '\n'
        'Protest organizer William Calloway said firing McCarthy was not enough. "The mayor has to go too," he said.\n'
    ),
    gold=[
        ('McCarthy had become "an issue rather than dealing with the issue."', 'Rahm Emanuel', 'indirect'),
        ('an issue rather than dealing with the issue.', 'Rahm Emanuel', 'partial'),
        ('Now is the time for fresh eyes and new leadership,', 'Rahm Emanuel', 'direct'),
        ('his client had done nothing wrong', 'Terry Ekl', 'indirect'),
        ('firing McCarthy was not enough', 'William Calloway', 'indirect'),
        ('The mayor has to go too,', 'William Calloway', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n377-us-fundraising',
    split='heldout61',
    text=(
        'Clinton outraises Trump in August\n'
        '\n'
        "WASHINGTON — Hillary Clinton's campaign raised $143 million in August, more than twice what Donald Trump's campaign collected, according to figures released Thursday.\n"
        '\n'
        'Clinton campaign manager Robby Mook said in an email to supporters that the money would go to field offices in battleground states.\n'
        '\n'
        'Trump\'s campaign said it had raised $90 million with the Republican National Committee. "Our supporters are energized," finance chairman Steven Mnuchin said.\n'
    ),
    gold=[
        ("Hillary Clinton's campaign raised $143 million in August, more than twice what Donald Trump's campaign collected", 'figures released Thursday', 'indirect', ['figures']),
        ('the money would go to field offices in battleground states', 'Robby Mook', 'indirect'),
        ('it had raised $90 million with the Republican National Committee', "Trump's campaign", 'indirect', ["Donald Trump's campaign", 'Donald Trump']),
        ('Our supporters are energized,', 'Steven Mnuchin', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n378-us-boxer-retires',
    split='heldout61',
    text=(
        "Boxer won't seek re-election\n"
        '\n'
        'SAN FRANCISCO — Sen. Barbara Boxer of California said Thursday that she would not run for a fifth term in 2016.\n'
        '\n'
        '"I am never going to retire. The work is too important," the 74-year-old Democrat said in a video posted online. "But I will not be running for the Senate."\n'
        '\n'
        'California Attorney General Kamala Harris said she was considering a run for the seat.\n'
        '\n'
        'Boxer\'s colleague, Sen. Dianne Feinstein, called her "a fighter for California."\n'
    ),
    gold=[
        ('she would not run for a fifth term in 2016', 'Barbara Boxer', 'indirect'),
        ('I am never going to retire. The work is too important,', 'Barbara Boxer', 'direct'),
        ('But I will not be running for the Senate.', 'Barbara Boxer', 'direct'),
        ('she was considering a run for the seat', 'Kamala Harris', 'indirect'),
        ('a fighter for California.', 'Dianne Feinstein', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n379-sport-jays-pitchers',
    split='heldout62',
    text=(
        'Blue Jays beat Yankees as Manoah dominates\n'
        '\n'
        'TORONTO — Alek Manoah struck out 10 over seven innings as the Toronto Blue Jays beat the New York Yankees 4-1 on Friday night.\n'
        '\n'
        '"He was nasty tonight," Blue Jays manager John Schneider said. "Every pitch was working."\n'
        '\n'
        'Yankees starter Gerrit Cole gave up four runs in six innings. He said he had left too many pitches over the plate. "That\'s on me," the right-hander said.\n'
        '\n'
        'Manoah, 24, brushed off a question about his contract. "I just want to win games here," he said.\n'
    ),
    gold=[
        ('He was nasty tonight,', 'John Schneider', 'direct'),
        ('Every pitch was working.', 'John Schneider', 'direct'),
        ('he had left too many pitches over the plate', 'Gerrit Cole', 'indirect'),
        ("That's on me,", 'Gerrit Cole', 'direct'),
        ('I just want to win games here,', 'Alek Manoah', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n380-crime-fentanyl-seizure',
    split='heldout62',
    text=(
        'Police seize $10 million in fentanyl\n'
        '\n'
        "SURREY, B.C. — RCMP say they have seized 40 kilograms of fentanyl worth about $10 million in what they called the largest drug bust in the province's history.\n"
        '\n'
        'Three men from Surrey, aged 28 to 35, face trafficking charges, Supt. Lisa Byrne said at a news conference on Wednesday.\n'
        '\n'
        '"These drugs would have killed people. There is no doubt about that," Byrne said.\n'
        '\n'
        'Guy Felicella, a former drug user who now advises the province on addiction, said seizures alone would not end the crisis. "For every dealer they arrest, two more show up," he said.\n'
    ),
    gold=[
        ("they have seized 40 kilograms of fentanyl worth about $10 million in what they called the largest drug bust in the province's history", 'RCMP', 'indirect'),
        ('Three men from Surrey, aged 28 to 35, face trafficking charges', 'Lisa Byrne', 'indirect'),
        ('These drugs would have killed people. There is no doubt about that,', 'Lisa Byrne', 'direct'),
        ('seizures alone would not end the crisis', 'Guy Felicella', 'indirect'),
        ('For every dealer they arrest, two more show up,', 'Guy Felicella', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n381-feature-tailor-retires',
    split='heldout62',
    text=(
        'Tailor closes shop after 55 years\n'
        '\n'
        'WINNIPEG — When Giuseppe Russo opened his tailor shop on Corydon Avenue in 1968, a suit cost $40.\n'
        '\n'
        'On Saturday, the 83-year-old will lock the door for the last time. "My hands are tired. My eyes are tired," he said. "But I am not sad."\n'
        '\n'
        'His daughter, Anna Russo-Klein, tried to persuade him to keep going part-time. She said he had sewn the wedding suits of three generations of some families. "People cry when they hear he\'s closing," she said.\n'
        '\n'
        'Customer Bill Koroluk, 70, has bought every suit he owns from Russo. "Where am I going to go now?" he asked.\n'
    ),
    gold=[
        ('My hands are tired. My eyes are tired,', 'Giuseppe Russo', 'direct'),
        ('But I am not sad.', 'Giuseppe Russo', 'direct'),
        ('he had sewn the wedding suits of three generations of some families', 'Anna Russo-Klein', 'indirect'),
        ("People cry when they hear he's closing,", 'Anna Russo-Klein', 'direct'),
        ('Where am I going to go now?', 'Bill Koroluk', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n382-politics-premier-apology',
    split='heldout62',
    text=(
        'Premier apologizes for residential school comments\n'
        '\n'
        'EDMONTON — Alberta Premier Danielle Smith apologized Thursday for comments she made on a podcast about residential schools.\n'
        '\n'
        '"My words were hurtful, and I am sorry," Smith said at the legislature.\n'
        '\n'
        'Confederacy of Treaty Six First Nations Grand Chief Cody Thomas said an apology was not enough. The premier should meet with survivors, he said.\n'
        '\n'
        'NDP Leader Rachel Notley said the comments showed Smith was "unfit to lead."\n'
    ),
    gold=[
        ('My words were hurtful, and I am sorry,', 'Danielle Smith', 'direct'),
        ('an apology was not enough', 'Cody Thomas', 'indirect'),
        ('The premier should meet with survivors', 'Cody Thomas', 'indirect'),
        ('the comments showed Smith was "unfit to lead."', 'Rachel Notley', 'indirect'),
        ('unfit to lead.', 'Rachel Notley', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n383-business-network-outage',
    split='heldout62',
    text=(
        'Rogers outage knocks out service for millions\n'
        '\n'
        'TORONTO — A nationwide outage at Rogers Communications Inc. left millions of Canadians without cellphone and internet service for most of Friday.\n'
        '\n'
        'The company blamed a maintenance update in its core network. "We know how much our customers rely on us," president Tony Staffieri said in a letter to customers.\n'
        '\n'
        'Industry Minister François-Philippe Champagne said he had told Rogers executives that the outage was unacceptable.\n'
        '\n'
        'Small business owner Jen Lau said she lost a day of sales because her payment terminals were down. "I had to turn people away," she said.\n'
    ),
    gold=[
        ('We know how much our customers rely on us,', 'Tony Staffieri', 'direct'),
        ('he had told Rogers executives that the outage was unacceptable', 'François-Philippe Champagne', 'indirect'),
        ('she lost a day of sales because her payment terminals were down', 'Jen Lau', 'indirect'),
        ('I had to turn people away,', 'Jen Lau', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n384-health-nurses-overtime',
    split='heldout62',
    text=(
        'Nurses say mandatory overtime is driving them out\n'
        '\n'
        'HALIFAX — Nurses at the Halifax Infirmary are being ordered to work overtime almost every week, their union says.\n'
        '\n'
        'Janet Hazelton, president of the Nova Scotia Nurses\' Union, said 40 nurses had quit the hospital this year. "They are exhausted," she said.\n'
        '\n'
        'Nova Scotia Health said in a statement that it was hiring and that overtime was used only as a last resort.\n'
    ),
    gold=[
        ('Nurses at the Halifax Infirmary are being ordered to work overtime almost every week', "Nova Scotia Nurses' Union", 'indirect', ['their union', "the Nova Scotia Nurses' Union"]),
        ('40 nurses had quit the hospital this year', 'Janet Hazelton', 'indirect'),
        ('They are exhausted,', 'Janet Hazelton', 'direct'),
        ('it was hiring and that overtime was used only as a last resort', 'Nova Scotia Health', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n385-ca-jets-flames',
    split='heldout63',
    text=(
        'Jets rally past Flames in overtime\n'
        '\n'
        'WINNIPEG — Kyle Connor scored 2:14 into overtime and the Winnipeg Jets came back from two goals down to beat the Calgary Flames 4-3 on Saturday night.\n'
        '\n'
        'Mark Scheifele and Nikolaj Ehlers also scored for Winnipeg, and Connor Hellebuyck made 31 saves.\n'
        '\n'
        '"We didn\'t have our legs in the first," Scheifele said. "But we stuck with it, and Kyle made a great play at the end."\n'
        '\n'
        'Connor, who has 14 goals this season, said the winner came off a set play the team had practised all week.\n'
        '\n'
        'Calgary coach Darryl Sutter was less pleased. "We gave them that game," he said. "You can\'t take three penalties in the third period and expect to win."\n'
        '\n'
        'Flames goalie Jacob Markstrom, who stopped 28 shots, blamed himself for the second goal. "I have to have that one," the Swede said.\n'
    ),
    gold=[
        ("We didn't have our legs in the first,", 'Mark Scheifele', 'direct'),
        ('But we stuck with it, and Kyle made a great play at the end.', 'Mark Scheifele', 'direct'),
        ('the winner came off a set play the team had practised all week', 'Kyle Connor', 'indirect'),
        ('We gave them that game,', 'Darryl Sutter', 'direct'),
        ("You can't take three penalties in the third period and expect to win.", 'Darryl Sutter', 'direct'),
        ('I have to have that one,', 'Jacob Markstrom', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n386-ca-hamilton-shooting',
    split='heldout63',
    text=(
        'Two charged with attempted murder after bar shooting\n'
        '\n'
        'HAMILTON — Two men face attempted murder charges after a shooting outside a bar on Concession Street early Sunday left a 24-year-old man in critical condition, police say.\n'
        '\n'
        'Det. Sgt. Peter Thom said officers arrested the pair at a house on the east Mountain hours after the shooting. Police believe the victim and the accused knew each other, he said.\n'
        '\n'
        'The victim\'s brother, who asked not to be named, said the family was struggling. "He\'s a good kid. He was just in the wrong place," the brother said.\n'
        '\n'
        'The bar\'s owner, Mario Conti, said he had called police twice this year about fights in the parking lot. "I\'ve been asking for more patrols for months," Conti said.\n'
        '\n'
        'Ward councillor Matthew Green said he would push for better lighting on the strip.\n'
        '\n'
        "The accused, Jordan Baptiste, 27, and Malik Osei, 22, appeared in court Monday. Baptiste's lawyer, Dean Paquette, said his client would plead not guilty.\n"
    ),
    gold=[
        ('Two men face attempted murder charges after a shooting outside a bar on Concession Street early Sunday left a 24-year-old man in critical condition', 'police', 'indirect'),
        ('officers arrested the pair at a house on the east Mountain hours after the shooting', 'Peter Thom', 'indirect'),
        ('Police believe the victim and the accused knew each other', 'Peter Thom', 'indirect'),
        ('the family was struggling', "The victim's brother", 'indirect', ['the brother', 'brother']),
        ("He's a good kid. He was just in the wrong place,", "The victim's brother", 'direct', ['the brother', 'brother']),
        ('he had called police twice this year about fights in the parking lot', 'Mario Conti', 'indirect'),
        ("I've been asking for more patrols for months,", 'Mario Conti', 'direct'),
        ('he would push for better lighting on the strip', 'Matthew Green', 'indirect'),
        ('his client would plead not guilty', 'Dean Paquette', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n387-ca-sinclair-goal',
    split='heldout63',
    text=(
        "Sinclair's late goal sends Canada to final\n"
        '\n'
        'HOUSTON — Christine Sinclair scored in the 88th minute as Canada beat Costa Rica 1-0 on Friday to reach the final of the CONCACAF qualifying tournament.\n'
        '\n'
        'Goalkeeper Stephanie Labbé made four saves to keep Canada in the game through a nervy first half.\n'
        '\n'
        '"It wasn\'t pretty, but we\'ll take it," said coach Bev Priestman. "Steph kept us in it, and Christine did what Christine does."\n'
        '\n'
        'Sinclair, 37, now has 190 international goals. She said she barely saw the ball go in. "I just hit it and hoped," the Canadian captain said.\n'
        '\n'
        'Costa Rica coach Amelia Valverde said her team had nothing to be ashamed of. "We matched them for 87 minutes," she said.\n'
        '\n'
        'Labbé, who was making her 80th appearance, said the team would not celebrate for long.\n'
    ),
    gold=[
        ("It wasn't pretty, but we'll take it,", 'Bev Priestman', 'direct'),
        ('Steph kept us in it, and Christine did what Christine does.', 'Bev Priestman', 'direct'),
        ('she barely saw the ball go in', 'Christine Sinclair', 'indirect'),
        ('I just hit it and hoped,', 'Christine Sinclair', 'direct'),
        ('her team had nothing to be ashamed of', 'Amelia Valverde', 'indirect'),
        ('We matched them for 87 minutes,', 'Amelia Valverde', 'direct'),
        ('the team would not celebrate for long', 'Stephanie Labbé', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n388-ca-fraud-trial',
    split='heldout63',
    text=(
        "Former mayor's fraud trial hears from accountant\n"
        '\n'
        'VANCOUVER — An accountant who worked for former Port Moody mayor Rick Lam told a B.C. Supreme Court jury on Wednesday that he was asked to backdate invoices.\n'
        '\n'
        'Testifying for the Crown, Alan Fung said Lam instructed him to record payments from a developer as consulting fees. "He told me it was normal in the industry," Fung said.\n'
        '\n'
        'Under cross-examination, defence lawyer Richard Peck suggested Fung had misunderstood the instructions. The witness disagreed. "There was nothing to misunderstand," he said.\n'
        '\n'
        'Lam, 58, has pleaded not guilty to three counts of fraud over $5,000. The trial continues Thursday.\n'
    ),
    gold=[
        ('he was asked to backdate invoices', 'Alan Fung', 'indirect'),
        ('Lam instructed him to record payments from a developer as consulting fees', 'Alan Fung', 'indirect'),
        ('He told me it was normal in the industry,', 'Alan Fung', 'direct'),
        ('Fung had misunderstood the instructions', 'Richard Peck', 'indirect'),
        ('There was nothing to misunderstand,', 'Alan Fung', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n389-ca-saskatoon-transit',
    split='heldout63',
    text=(
        'Saskatoon council approves bus rapid transit\n'
        '\n'
        'SASKATOON — City council voted 7-4 Monday to go ahead with a $250-million bus rapid transit system, after more than six hours of debate.\n'
        '\n'
        'Mayor Charlie Clark said the system would carry the city into its next half-million residents. "This is the biggest decision this council will make," he said.\n'
        '\n'
        'Coun. Randy Donauer, who voted against it, said the city could not afford the project without raising property taxes. "Somebody has to pay for this, and it\'s going to be homeowners," Donauer said.\n'
        '\n'
        'Coun. Cynthia Block said the buses would serve people who could not afford cars. Coun. Bev Dubois disagreed, saying businesses along the routes had not been consulted.\n'
        '\n'
        'Transit director Mike Moellenbeck told council construction would begin in 2024.\n'
    ),
    gold=[
        ('the system would carry the city into its next half-million residents', 'Charlie Clark', 'indirect'),
        ('This is the biggest decision this council will make,', 'Charlie Clark', 'direct'),
        ('the city could not afford the project without raising property taxes', 'Randy Donauer', 'indirect'),
        ("Somebody has to pay for this, and it's going to be homeowners,", 'Randy Donauer', 'direct'),
        ('the buses would serve people who could not afford cars', 'Cynthia Block', 'indirect'),
        ('businesses along the routes had not been consulted', 'Bev Dubois', 'indirect'),
        ('construction would begin in 2024', 'Mike Moellenbeck', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n390-ca-ns-er-closures',
    split='heldout63',
    text=(
        'N.S. emergency rooms closed 20,000 hours last year, report says\n'
        '\n'
        "HALIFAX — Emergency departments in Nova Scotia were closed for more than 20,000 hours last year, according to a report released Tuesday by the province's health authority.\n"
        '\n'
        'Most of the closures were in rural hospitals and were caused by a shortage of doctors, the report says.\n'
        '\n'
        'Dr. Heather Johnson, the authority\'s vice-president of medicine, said recruitment had improved this year. "We have hired 40 new family physicians since January," she said.\n'
        '\n'
        'Opposition health critic Zach Churchill said the figures showed the government had broken its promise. "People in Cape Breton are driving an hour to find an open ER," the Liberal MLA said.\n'
        '\n'
        'Health Minister Michelle Thompson was not available for comment.\n'
    ),
    gold=[
        ('Emergency departments in Nova Scotia were closed for more than 20,000 hours last year', "a report released Tuesday by the province's health authority", 'indirect', ['a report', 'report', 'the report']),
        ('Most of the closures were in rural hospitals and were caused by a shortage of doctors', "a report released Tuesday by the province's health authority", 'indirect', ['a report', 'report', 'the report']),
        ('recruitment had improved this year', 'Heather Johnson', 'indirect'),
        ('We have hired 40 new family physicians since January,', 'Heather Johnson', 'direct'),
        ('the figures showed the government had broken its promise', 'Zach Churchill', 'indirect'),
        ('People in Cape Breton are driving an hour to find an open ER,', 'Zach Churchill', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n391-ca-stratford-bakery',
    split='heldout64',
    text=(
        'Family bakery marks 100 years on Ontario Street\n'
        '\n'
        "STRATFORD, Ont. — When Anna Kowalczyk's grandfather opened a bakery on Ontario Street in 1923, bread cost eight cents a loaf.\n"
        '\n'
        'A century later, Kowalczyk and her brother Piotr run the same shop, using the same rye starter. "People think I\'m joking when I say it\'s older than me," she said, laughing. "It\'s older than my father."\n'
        '\n'
        'Her brother handles the ovens, starting at 3 a.m. six days a week. "I don\'t know any other life," Piotr Kowalczyk said. "My dad did it, his dad did it."\n'
        '\n'
        'Regular customer Doreen Mills, 81, said she has bought the same loaf every Saturday since 1962.\n'
        '\n'
        'The siblings said they have no plans to sell, though neither of their children wants to take over.\n'
    ),
    gold=[
        ("People think I'm joking when I say it's older than me,", 'Anna Kowalczyk', 'direct'),
        ("It's older than my father.", 'Anna Kowalczyk', 'direct'),
        ("I don't know any other life,", 'Piotr Kowalczyk', 'direct'),
        ('My dad did it, his dad did it.', 'Piotr Kowalczyk', 'direct'),
        ('she has bought the same loaf every Saturday since 1962', 'Doreen Mills', 'indirect'),
        ('they have no plans to sell, though neither of their children wants to take over', 'The siblings', 'indirect', ['siblings']),
    ],
))
ARTICLES.append(dict(
    id='n392-ca-bloc-appeal',
    split='heldout64',
    text=(
        'Bloc leader demands Ottawa drop appeal\n'
        '\n'
        'OTTAWA — Bloc Québécois Leader Yves-François Blanchet called on the federal government Wednesday to drop its appeal of a Quebec court ruling on religious symbols.\n'
        '\n'
        '"Quebecers have decided, and Ottawa has no business meddling," Blanchet told reporters on Parliament Hill.\n'
        '\n'
        'Justice Minister David Lametti said the government had a duty to defend the Charter. "This is not about Quebec. It is about the rights of minorities everywhere in the country," the minister said.\n'
        '\n'
        'Conservative Leader Pierre Poilievre would not say whether his party supported the appeal. A spokesperson for Poilievre, Sebastian Skamski, said in an email the Conservatives respected provincial jurisdiction.\n'
        '\n'
        'NDP Leader Jagmeet Singh said his party had always opposed the law.\n'
    ),
    gold=[
        ('Quebecers have decided, and Ottawa has no business meddling,', 'Yves-François Blanchet', 'direct'),
        ('the government had a duty to defend the Charter', 'David Lametti', 'indirect'),
        ('This is not about Quebec. It is about the rights of minorities everywhere in the country,', 'David Lametti', 'direct'),
        ('the Conservatives respected provincial jurisdiction', 'Sebastian Skamski', 'indirect'),
        ('his party had always opposed the law', 'Jagmeet Singh', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n393-ca-shopify-layoffs',
    split='heldout64',
    text=(
        'Shopify cuts 20 per cent of staff\n'
        '\n'
        'OTTAWA — Shopify Inc. is laying off about 20 per cent of its workforce and selling its logistics business, the e-commerce company said Thursday.\n'
        '\n'
        'Chief executive Tobi Lütke told employees in a memo that the company was returning to its core mission. "This is a hard day," he wrote.\n'
        '\n'
        'Analyst Martin Toner of ATB Capital Markets said investors would welcome the move. "They were spending a lot of money on a business that never made sense for them," Toner said in an interview.\n'
        '\n'
        'Shares of the Ottawa-based company jumped 24 per cent on the Toronto Stock Exchange.\n'
        '\n'
        'Shopify said the layoffs would cost up to $150 million in severance.\n'
    ),
    gold=[
        ('Shopify Inc. is laying off about 20 per cent of its workforce and selling its logistics business', 'Shopify Inc.', 'indirect', ['Shopify', 'the e-commerce company']),
        ('the company was returning to its core mission', 'Tobi Lütke', 'indirect'),
        ('This is a hard day,', 'Tobi Lütke', 'direct'),
        ('investors would welcome the move', 'Martin Toner', 'indirect'),
        ('They were spending a lot of money on a business that never made sense for them,', 'Martin Toner', 'direct'),
        ('the layoffs would cost up to $150 million in severance', 'Shopify Inc.', 'indirect', ['Shopify']),
    ],
))
ARTICLES.append(dict(
    id='n394-ca-cree-app',
    split='heldout64',
    text=(
        'Teaching Cree, one app at a time\n'
        '\n'
        "SASKATOON — Dolores Sand grew up hearing Cree at her grandmother's kitchen table, but by high school she had stopped speaking it.\n"
        '\n'
        'Now the 44-year-old teacher is part of a team building a phone app that teaches the language to children. "My kookum would laugh at me doing this on a phone," Sand said. "But this is where the kids are."\n'
        '\n'
        "The project's programmer, Ryan Bear, said 3,000 people had downloaded the app since it launched in March.\n"
        '\n'
        'Elder Mary Lee, who records the words for the app, said she hopes young people will use it to talk to their grandparents. "The language lives when you speak it, not when you save it," the elder said.\n'
    ),
    gold=[
        ('My kookum would laugh at me doing this on a phone,', 'Dolores Sand', 'direct'),
        ('But this is where the kids are.', 'Dolores Sand', 'direct'),
        ('3,000 people had downloaded the app since it launched in March', 'Ryan Bear', 'indirect'),
        ('she hopes young people will use it to talk to their grandparents', 'Mary Lee', 'indirect'),
        ('The language lives when you speak it, not when you save it,', 'Mary Lee', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n395-ca-alberta-health',
    split='heldout64',
    text=(
        'Smith, Notley trade shots over health care\n'
        '\n'
        'EDMONTON — Premier Danielle Smith and NDP Leader Rachel Notley traded accusations over hospital wait times in a heated question period Tuesday.\n'
        '\n'
        'Notley said emergency room waits had grown every month since Smith took office. "The premier promised to fix this in 90 days. It has been a year," she said.\n'
        '\n'
        'Smith said the NDP had left the system in disarray. "We inherited a mess," she told the legislature.\n'
        '\n'
        'Health Minister Adriana LaGrange later told reporters that a new agency would take over hospital management by spring. She would not give a cost.\n'
        '\n'
        'Outside the legislature, nurse Heather Smith, the president of the United Nurses of Alberta, said her members were exhausted.\n'
    ),
    gold=[
        ('emergency room waits had grown every month since Smith took office', 'Rachel Notley', 'indirect'),
        ('The premier promised to fix this in 90 days. It has been a year,', 'Rachel Notley', 'direct'),
        ('the NDP had left the system in disarray', 'Danielle Smith', 'indirect'),
        ('We inherited a mess,', 'Danielle Smith', 'direct'),
        ('a new agency would take over hospital management by spring', 'Adriana LaGrange', 'indirect'),
        ('her members were exhausted', 'Heather Smith', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n396-ca-toronto-home-sales',
    split='heldout64',
    text=(
        'Toronto home sales fall for third month\n'
        '\n'
        'TORONTO — Home sales in the Toronto area fell 12 per cent in October from a year earlier, as higher borrowing costs kept buyers on the sidelines, the Toronto Regional Real Estate Board said Friday.\n'
        '\n'
        'The average selling price was $1.13 million, down 1.5 per cent, the board said.\n'
        '\n'
        '"Buyers are waiting to see where interest rates go," board president Paul Baron said in a release.\n'
        '\n'
        'Realtor Cailey Heaps, of Toronto, said some sellers were pulling their listings rather than cutting prices. "They would rather wait than take a loss," Heaps said.\n'
        '\n'
        'Economists expect the Bank of Canada to hold its key rate at 5 per cent next week.\n'
    ),
    gold=[
        ('Home sales in the Toronto area fell 12 per cent in October from a year earlier, as higher borrowing costs kept buyers on the sidelines', 'Toronto Regional Real Estate Board', 'indirect', ['the Toronto Regional Real Estate Board']),
        ('The average selling price was $1.13 million, down 1.5 per cent', 'Toronto Regional Real Estate Board', 'indirect', ['the board', 'the Toronto Regional Real Estate Board']),
        ('Buyers are waiting to see where interest rates go,', 'Paul Baron', 'direct'),
        ('some sellers were pulling their listings rather than cutting prices', 'Cailey Heaps', 'indirect'),
        ('They would rather wait than take a loss,', 'Cailey Heaps', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n397-us-iowa-caucuses',
    split='heldout65',
    text=(
        'Cruz wins Iowa caucuses\n'
        '\n'
        'DES MOINES, Iowa — Ted Cruz won the Iowa Republican caucuses on Monday night, defeating Donald Trump, who had led in polls for months.\n'
        '\n'
        '"Iowa has sent notice that the Republican nominee will not be chosen by the media," the Texas senator told supporters in Des Moines.\n'
        '\n'
        'Trump, who finished second, congratulated Cruz in a brief speech. "We will go on to easily beat Hillary or Bernie," the billionaire said.\n'
        '\n'
        'Marco Rubio finished a strong third. His campaign manager, Terry Sullivan, said the result showed Rubio could unite the party.\n'
        '\n'
        'On the Democratic side, Hillary Clinton and Bernie Sanders were virtually tied. Sanders called the result "a virtual tie" and said his campaign had come from 50 points behind.\n'
    ),
    gold=[
        ('Iowa has sent notice that the Republican nominee will not be chosen by the media,', 'Ted Cruz', 'direct'),
        ('We will go on to easily beat Hillary or Bernie,', 'Donald Trump', 'direct'),
        ('the result showed Rubio could unite the party', 'Terry Sullivan', 'indirect'),
        ('a virtual tie', 'Bernie Sanders', 'partial'),
        ('his campaign had come from 50 points behind', 'Bernie Sanders', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n398-us-ryan-not-ready',
    split='heldout65',
    text=(
        'Ryan declines to endorse Trump\n'
        '\n'
        'WASHINGTON — House Speaker Paul Ryan said Thursday that he was "just not ready" to back Donald Trump, a stunning rebuke from the party\'s highest-ranking elected official.\n'
        '\n'
        '"I\'m not there right now," Ryan told CNN\'s Jake Tapper.\n'
        '\n'
        'Trump shot back within hours. In a statement, the presumptive nominee said he was "not ready to support Speaker Ryan\'s agenda."\n'
        '\n'
        'Former Texas governor Rick Perry, who has endorsed Trump, urged Republicans to unite. "He is going to be our nominee," Perry said.\n'
        '\n'
        "Ryan's spokeswoman, AshLee Strong, said the speaker and Trump would meet next week.\n"
    ),
    gold=[
        ('he was "just not ready" to back Donald Trump', 'Paul Ryan', 'indirect'),
        ('just not ready', 'Paul Ryan', 'partial'),
        ("I'm not there right now,", 'Paul Ryan', 'direct'),
        ('he was "not ready to support Speaker Ryan\'s agenda."', 'Donald Trump', 'indirect'),
        ("not ready to support Speaker Ryan's agenda.", 'Donald Trump', 'partial'),
        ('He is going to be our nominee,', 'Rick Perry', 'direct'),
        ('the speaker and Trump would meet next week', 'AshLee Strong', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n399-us-wall-street-debate',
    split='heldout65',
    text=(
        'Clinton, Sanders spar over Wall Street\n'
        '\n'
        'BROOKLYN, N.Y. — Bernie Sanders accused Hillary Clinton on Thursday of being too close to Wall Street, as the two Democrats met for their ninth debate.\n'
        '\n'
        '"Secretary Clinton does not like it when I talk about her speeches to Goldman Sachs," Sanders said. She scolded him for attacking her judgment: "Senator, I have been called a lot of things."\n'
        '\n'
        'Clinton said the Vermont senator had never explained how he would break up the banks.\n'
        '\n'
        'The moderator, CNN\'s Wolf Blitzer, repeatedly asked both candidates to stop talking over each other. "If you\'re both screaming at each other, the viewers won\'t be able to hear either of you," he said.\n'
    ),
    gold=[
        ('Secretary Clinton does not like it when I talk about her speeches to Goldman Sachs,', 'Bernie Sanders', 'direct'),
        ('Senator, I have been called a lot of things.', 'Hillary Clinton', 'direct'),
        ('the Vermont senator had never explained how he would break up the banks', 'Hillary Clinton', 'indirect'),
        ("If you're both screaming at each other, the viewers won't be able to hear either of you,", 'Wolf Blitzer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n400-us-kasich-stays',
    split='heldout65',
    text=(
        'Kasich stays in race despite losses\n'
        '\n'
        'COLUMBUS, Ohio — Ohio Gov. John Kasich vowed Wednesday to stay in the Republican race, though he has won only his home state.\n'
        '\n'
        '"I\'m not going anywhere," the governor told reporters outside a diner in Columbus. "Nobody is going to get to 1,237."\n'
        '\n'
        'His chief strategist, John Weaver, said in a memo to donors that the campaign expected a contested convention in Cleveland.\n'
        '\n'
        'Cruz\'s campaign has urged Kasich to quit. "A vote for Kasich is a vote for Trump," Cruz spokesman Rick Tyler said. Tyler said Kasich was splitting the anti-Trump vote.\n'
    ),
    gold=[
        ("I'm not going anywhere,", 'John Kasich', 'direct'),
        ('Nobody is going to get to 1,237.', 'John Kasich', 'direct'),
        ('the campaign expected a contested convention in Cleveland', 'John Weaver', 'indirect'),
        ('A vote for Kasich is a vote for Trump,', 'Rick Tyler', 'direct'),
        ('Kasich was splitting the anti-Trump vote', 'Rick Tyler', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n401-us-zika-vote',
    split='heldout65',
    text=(
        'Senate Democrats block Zika funding bill\n'
        '\n'
        'WASHINGTON — Senate Democrats on Tuesday blocked a $1.1 billion bill to fight the Zika virus, saying Republicans had loaded it with unrelated provisions.\n'
        '\n'
        'Senate Majority Leader Mitch McConnell accused Democrats of playing politics with a public health emergency. "This is a shameful vote," the Kentucky Republican said on the Senate floor.\n'
        '\n'
        'Minority Leader Harry Reid said the bill would cut funding for Planned Parenthood clinics in Puerto Rico. "They are using Zika as an excuse to go after women\'s health," Reid said.\n'
        '\n'
        'The Centers for Disease Control and Prevention says more than 1,800 people in the continental United States have been infected.\n'
    ),
    gold=[
        ('Republicans had loaded it with unrelated provisions', 'Senate Democrats', 'indirect'),
        ('This is a shameful vote,', 'Mitch McConnell', 'direct'),
        ('the bill would cut funding for Planned Parenthood clinics in Puerto Rico', 'Harry Reid', 'indirect'),
        ("They are using Zika as an excuse to go after women's health,", 'Harry Reid', 'direct'),
        ('more than 1,800 people in the continental United States have been infected', 'The Centers for Disease Control and Prevention', 'indirect', ['Centers for Disease Control and Prevention']),
    ],
))
ARTICLES.append(dict(
    id='n402-us-pence-pick',
    split='heldout65',
    text=(
        'Trump picks Pence as running mate\n'
        '\n'
        'NEW YORK — Donald Trump named Indiana Gov. Mike Pence as his running mate on Friday, choosing a conservative with deep ties to Congress.\n'
        '\n'
        '"I am pleased to announce that I have chosen Governor Mike Pence as my vice presidential running mate," Trump wrote on Twitter.\n'
        '\n'
        'Pence, 57, said he was honored. The former congressman had been a fierce critic of Trump\'s proposed ban on Muslims last year, calling it "offensive and unconstitutional."\n'
        '\n'
        'Democrats were quick to attack. Clinton campaign chairman John Podesta said Pence was "the most extreme pick in a generation."\n'
    ),
    gold=[
        ('I am pleased to announce that I have chosen Governor Mike Pence as my vice presidential running mate,', 'Donald Trump', 'direct'),
        ('he was honored', 'Mike Pence', 'indirect'),
        ('offensive and unconstitutional.', 'Mike Pence', 'partial'),
        ('Pence was "the most extreme pick in a generation."', 'John Podesta', 'indirect'),
        ('the most extreme pick in a generation.', 'John Podesta', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n403-biz-amazon-grocery',
    split='heldout66',
    text=(
        'Amazon plans grocery stores\n'
        '\n'
        "SEATTLE — Amazon.com Inc., the world's largest online retailer, plans to open dozens of grocery stores in major U.S. cities, people familiar with the matter said Tuesday.\n"
        '\n'
        "The company declined to comment. The world's largest online retailer has said it wants to expand in food after buying Whole Foods Market in 2017.\n"
        '\n'
        'Analyst Brian Yarbrough of Edward Jones echoes that view. "Grocery is the last big category Amazon hasn\'t cracked," he says.\n'
        '\n'
        'Kroger Co. shares fell 4 per cent. A Kroger spokeswoman, Kristal Howard, said in an email: "We are confident in our strategy."\n'
    ),
    gold=[
        ("Amazon.com Inc., the world's largest online retailer, plans to open dozens of grocery stores in major U.S. cities", 'people familiar with the matter', 'indirect'),
        ('it wants to expand in food after buying Whole Foods Market in 2017', 'Amazon.com Inc.', 'indirect', ['Amazon.com', 'Amazon']),
        ("Grocery is the last big category Amazon hasn't cracked,", 'Brian Yarbrough', 'direct'),
        ('We are confident in our strategy.', 'Kristal Howard', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n404-biz-microsoft-cuts',
    split='heldout66',
    text=(
        'Microsoft to cut 10,000 jobs\n'
        '\n'
        'REDMOND, Wash. — Microsoft on Thursday said it would cut 10,000 jobs, or less than 5 per cent of its workforce, as it braces for slower growth.\n'
        '\n'
        'Chief executive Satya Nadella said in a note to employees that the company was seeing customers "exercise caution."\n'
        '\n'
        'The cuts follow pledges by other technology companies, which have focused on artificial intelligence, to trim costs.\n'
        '\n'
        'Dan Ives, an analyst at Wedbush Securities, says: "This is a prudent move in a tough environment."\n'
    ),
    gold=[
        ('it would cut 10,000 jobs, or less than 5 per cent of its workforce, as it braces for slower growth', 'Microsoft', 'indirect'),
        ('the company was seeing customers "exercise caution."', 'Satya Nadella', 'indirect'),
        ('exercise caution.', 'Satya Nadella', 'partial'),
        ('This is a prudent move in a tough environment.', 'Dan Ives', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n405-sport-raptors-celtics',
    split='heldout66',
    text=(
        'Siakam leads Raptors past Celtics\n'
        '\n'
        'TORONTO — Pascal Siakam scored 32 points and the Toronto Raptors beat the Boston Celtics 112-106 on Sunday.\n'
        '\n'
        'Fred VanVleet added 21 points and nine assists. OG Anunoby held Jayson Tatum to 18 points.\n'
        '\n'
        '"Pascal was aggressive from the start," Raptors coach Nick Nurse said. "When he plays like that, we\'re hard to beat."\n'
        '\n'
        'Siakam said the team had been embarrassed by its loss in Boston two weeks ago. "We didn\'t forget that one," he said.\n'
        '\n'
        'Tatum, who shot 6-for-19, gave Anunoby the credit. "He made it tough all night," the Celtics star said. Boston coach Joe Mazzulla said his team missed too many open shots.\n'
    ),
    gold=[
        ('Pascal was aggressive from the start,', 'Nick Nurse', 'direct'),
        ("When he plays like that, we're hard to beat.", 'Nick Nurse', 'direct'),
        ('the team had been embarrassed by its loss in Boston two weeks ago', 'Pascal Siakam', 'indirect'),
        ("We didn't forget that one,", 'Pascal Siakam', 'direct'),
        ('He made it tough all night,', 'Jayson Tatum', 'direct'),
        ('his team missed too many open shots', 'Joe Mazzulla', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n406-feature-quantum-professor',
    split='heldout66',
    text=(
        'The professor who never stopped building\n'
        '\n'
        'WATERLOO, Ont. — For 30 years, Raymond Laflamme has tried to build a computer that follows the rules of quantum physics.\n'
        '\n'
        'The lanky, bespectacled professor still keeps his first prototype, a tangle of wires the size of a bread box, on a shelf in his office. "It never worked," the professor said, grinning. "But it taught me everything."\n'
        '\n'
        'His former student, Michele Mosca, now runs a quantum security company. Mosca said Laflamme pushed students to ask better questions.\n'
        '\n'
        '"Ray never gave you the answer," Mosca said. "He gave you a harder question."\n'
    ),
    gold=[
        ('It never worked,', 'Raymond Laflamme', 'direct'),
        ('But it taught me everything.', 'Raymond Laflamme', 'direct'),
        ('Laflamme pushed students to ask better questions', 'Michele Mosca', 'indirect'),
        ('Ray never gave you the answer,', 'Michele Mosca', 'direct'),
        ('He gave you a harder question.', 'Michele Mosca', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n407-crime-judge-scolds',
    split='heldout66',
    text=(
        'Judge scolds driver for laughing in court\n'
        '\n'
        "WINNIPEG — A judge scolded a Winnipeg man on Friday for laughing as the victim's mother read her statement in court.\n"
        '\n'
        '"This is not a joke, sir," Provincial Court Judge Lindy Choy told Jason Harper, 31, who had pleaded guilty to dangerous driving causing death.\n'
        '\n'
        'Harper blurted out an apology before he was sentenced. "I\'m sorry, I wasn\'t laughing at her," he said.\n'
        '\n'
        'The victim\'s mother, Elyse Moreau, said outside court that the apology came too late. "He can say sorry now," she said. "My son can\'t say anything."\n'
        '\n'
        'Choy sentenced Harper to four years in prison.\n'
    ),
    gold=[
        ('This is not a joke, sir,', 'Lindy Choy', 'direct'),
        ("I'm sorry, I wasn't laughing at her,", 'Jason Harper', 'direct'),
        ('the apology came too late', 'Elyse Moreau', 'indirect'),
        ('He can say sorry now,', 'Elyse Moreau', 'direct'),
        ("My son can't say anything.", 'Elyse Moreau', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n408-health-surgery-document',
    split='heldout66',
    text=(
        'Surgery wait plan behind schedule, document shows\n'
        '\n'
        "REGINA — The province's plan to cut wait lists for hip and knee surgery is behind schedule, says a document titled Surgical Initiative Progress Report.\n"
        '\n'
        'The document, obtained by the Opposition NDP, shows 4,100 people waited more than a year for surgery in March.\n'
        '\n'
        'NDP health critic Vicki Mowat says the government has known for months. Surgeon Dennis Brooks, who operates in Saskatoon, says: "We have the surgeons. We don\'t have the beds."\n'
        '\n'
        'A ministry spokesperson said in an email that 1,000 more surgeries would be done this year.\n'
    ),
    gold=[
        ("The province's plan to cut wait lists for hip and knee surgery is behind schedule", 'a document titled Surgical Initiative Progress Report', 'indirect', ['a document', 'document', 'the document', 'Surgical Initiative Progress Report']),
        ('4,100 people waited more than a year for surgery in March', 'a document titled Surgical Initiative Progress Report', 'indirect', ['The document', 'the document', 'document', 'Surgical Initiative Progress Report']),
        ('the government has known for months', 'Vicki Mowat', 'indirect'),
        ("We have the surgeons. We don't have the beds.", 'Dennis Brooks', 'direct'),
        ('1,000 more surgeries would be done this year', 'A ministry spokesperson', 'indirect', ['a ministry spokesperson', 'ministry spokesperson', 'spokesperson']),
    ],
))
ARTICLES.append(dict(
    id='n409-ca-bombers-lions',
    split='heldout67',
    text=(
        'Bombers edge Lions on late field goal\n'
        '\n'
        'WINNIPEG — Sergio Castillo kicked a 41-yard field goal with 12 seconds left as the Winnipeg Blue Bombers beat the B.C. Lions 23-20 on Friday night.\n'
        '\n'
        'Zach Collaros threw for 284 yards and a touchdown for Winnipeg. Vernon Adams Jr. had two touchdown passes for the Lions.\n'
        '\n'
        '"Sergio\'s been money all year," Collaros said. "I never doubted he\'d make it."\n'
        '\n'
        'Castillo said he had missed from the same spot in practice on Wednesday. "I told myself, not again," the kicker said, laughing.\n'
        '\n'
        'Lions head coach Rick Campbell said his defence had played well enough to win. "We just couldn\'t get off the field on that last drive," he said.\n'
        '\n'
        'Adams left the game in the third quarter with a shoulder injury but returned. He said he would be ready for next week.\n'
    ),
    gold=[
        ("Sergio's been money all year,", 'Zach Collaros', 'direct'),
        ("I never doubted he'd make it.", 'Zach Collaros', 'direct'),
        ('he had missed from the same spot in practice on Wednesday', 'Sergio Castillo', 'indirect'),
        ('I told myself, not again,', 'Sergio Castillo', 'direct'),
        ('his defence had played well enough to win', 'Rick Campbell', 'indirect'),
        ("We just couldn't get off the field on that last drive,", 'Rick Campbell', 'direct'),
        ('he would be ready for next week', 'Vernon Adams Jr.', 'indirect', ['Vernon Adams']),
    ],
))
ARTICLES.append(dict(
    id='n410-ca-roommate-charged',
    split='heldout67',
    text=(
        'Woman charged in death of roommate\n'
        '\n'
        'OTTAWA — A 29-year-old woman has been charged with second-degree murder in the death of her roommate, whose body was found in their Vanier apartment on Sunday, Ottawa police said.\n'
        '\n'
        'Police identified the victim as Chloe Tremblay, 31. Melissa Grant was arrested at the scene.\n'
        '\n'
        'Tremblay\'s sister, Annie Tremblay, said the two women had argued for months over rent. "Chloe wanted to move out," she said. "She was scared."\n'
        '\n'
        'A neighbour, Rita Okafor, said she heard shouting late Saturday. "I thought it was the TV," Okafor said.\n'
        '\n'
        'Grant made a brief court appearance Monday. Her lawyer, Lynn Burns, said her client was devastated.\n'
    ),
    gold=[
        ('A 29-year-old woman has been charged with second-degree murder in the death of her roommate, whose body was found in their Vanier apartment on Sunday', 'Ottawa police', 'indirect', ['police']),
        ('the two women had argued for months over rent', 'Annie Tremblay', 'indirect'),
        ('Chloe wanted to move out,', 'Annie Tremblay', 'direct'),
        ('She was scared.', 'Annie Tremblay', 'direct'),
        ('she heard shouting late Saturday', 'Rita Okafor', 'indirect'),
        ('I thought it was the TV,', 'Rita Okafor', 'direct'),
        ('her client was devastated', 'Lynn Burns', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n411-ca-inquest-nurse',
    split='heldout67',
    text=(
        "Nurse testifies at inquest into patient's death\n"
        '\n'
        "THUNDER BAY, Ont. — A nurse who cared for Dale Keeper in his final hours told a coroner's inquest Tuesday that the emergency room was short three staff that night.\n"
        '\n'
        'Testifying by video, Sandra Klassen said she checked on Keeper twice before midnight. "He told me he was fine," Klassen said.\n'
        '\n'
        'Under questioning from the family\'s lawyer, Julian Falconer, the witness said she had not been told Keeper was diabetic. "Nobody said anything to me about diabetes," she said.\n'
        '\n'
        'Falconer said outside the inquest that the hospital had failed Keeper. The inquest resumes Wednesday.\n'
    ),
    gold=[
        ('the emergency room was short three staff that night', 'Sandra Klassen', 'indirect'),
        ('she checked on Keeper twice before midnight', 'Sandra Klassen', 'indirect'),
        ('He told me he was fine,', 'Sandra Klassen', 'direct'),
        ('she had not been told Keeper was diabetic', 'Sandra Klassen', 'indirect'),
        ('Nobody said anything to me about diabetes,', 'Sandra Klassen', 'direct'),
        ('the hospital had failed Keeper', 'Julian Falconer', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n412-ca-montreal-gas-stoves',
    split='heldout67',
    text=(
        'Montreal to ban gas stoves in new buildings\n'
        '\n'
        'MONTREAL — Montreal will ban gas stoves and furnaces in new buildings from 2025, Mayor Valérie Plante announced Thursday.\n'
        '\n'
        '"We cannot keep building as if the climate crisis does not exist," Plante told a news conference at city hall.\n'
        '\n'
        'Opposition Leader Aref Salem said the city had not consulted builders. "Once again, the administration decides first and asks questions later," the Ensemble Montréal leader said.\n'
        '\n'
        "Marie-Claude Johnson, a spokesperson for Énergir, the province's main gas distributor, said the company was disappointed. She said natural gas could be part of the transition.\n"
    ),
    gold=[
        ('Montreal will ban gas stoves and furnaces in new buildings from 2025', 'Valérie Plante', 'indirect'),
        ('We cannot keep building as if the climate crisis does not exist,', 'Valérie Plante', 'direct'),
        ('the city had not consulted builders', 'Aref Salem', 'indirect'),
        ('Once again, the administration decides first and asks questions later,', 'Aref Salem', 'direct'),
        ('the company was disappointed', 'Marie-Claude Johnson', 'indirect'),
        ('natural gas could be part of the transition', 'Marie-Claude Johnson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n413-ca-gander-doctor',
    split='heldout67',
    text=(
        "Doctor's last day after 45 years\n"
        '\n'
        'GANDER, N.L. — When Dr. Wilfred Oram started practising in Gander in 1978, he made house calls by snowmobile.\n'
        '\n'
        'On Friday, the 76-year-old family physician saw his last patient. "I\'ll miss the people more than the medicine," he said.\n'
        '\n'
        'One of his patients, Gerald Hynes, has seen Oram since he was a boy. "He delivered me, and he delivered my kids," Hynes, 44, said.\n'
        '\n'
        'Oram\'s wife, Margaret, said her husband had tried to retire twice before. "He kept getting talked out of it," she said.\n'
        '\n'
        'The clinic has found a replacement: Dr. Aisha Rahman, who moved to Gander from Toronto in the spring. She said she was nervous about filling his shoes.\n'
    ),
    gold=[
        ("I'll miss the people more than the medicine,", 'Wilfred Oram', 'direct'),
        ('He delivered me, and he delivered my kids,', 'Gerald Hynes', 'direct'),
        ('her husband had tried to retire twice before', 'Margaret Oram', 'indirect', ['Margaret']),
        ('He kept getting talked out of it,', 'Margaret Oram', 'direct', ['Margaret']),
        ('she was nervous about filling his shoes', 'Aisha Rahman', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n414-ca-rbc-profit',
    split='heldout67',
    text=(
        'RBC profit rises 9 per cent\n'
        '\n'
        'TORONTO — Royal Bank of Canada reported a 9 per cent rise in quarterly profit on Wednesday, helped by strong results in its wealth management business.\n'
        '\n'
        'Chief executive Dave McKay told analysts on a conference call that the bank was seeing "early signs of stress" among borrowers with variable-rate mortgages.\n'
        '\n'
        'The bank set aside $600 million for loans that could go bad, up from $340 million a year earlier.\n'
        '\n'
        '"They\'re being prudent," said Paul Holden, an analyst at CIBC Capital Markets. "Nobody wants to be caught short if unemployment rises."\n'
    ),
    gold=[
        ('the bank was seeing "early signs of stress" among borrowers with variable-rate mortgages', 'Dave McKay', 'indirect'),
        ('early signs of stress', 'Dave McKay', 'partial'),
        ("They're being prudent,", 'Paul Holden', 'direct'),
        ('Nobody wants to be caught short if unemployment rises.', 'Paul Holden', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n415-ca-oilers-flames',
    split='heldout68',
    text=(
        'Oilers beat Flames in Battle of Alberta\n'
        '\n'
        'EDMONTON — Leon Draisaitl scored twice, including the winner in the third period, and the Edmonton Oilers beat the Calgary Flames 5-3 on Saturday night.\n'
        '\n'
        'Connor McDavid had three assists for Edmonton. Stuart Skinner made 30 saves.\n'
        '\n'
        'Nazem Kadri and Jonathan Huberdeau scored for Calgary.\n'
        '\n'
        '"That\'s a big two points against a rival," McDavid said. "Leon was a beast tonight."\n'
        '\n'
        'The German forward shrugged off the praise. "I just tried to get to the net," Draisaitl said.\n'
        '\n'
        'Flames coach Ryan Huska said his team had given up too many chances off the rush. "We were chasing all night," he said.\n'
    ),
    gold=[
        ("That's a big two points against a rival,", 'Connor McDavid', 'direct'),
        ('Leon was a beast tonight.', 'Connor McDavid', 'direct'),
        ('I just tried to get to the net,', 'Leon Draisaitl', 'direct'),
        ('his team had given up too many chances off the rush', 'Ryan Huska', 'indirect'),
        ('We were chasing all night,', 'Ryan Huska', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n416-ca-freeland-budget',
    split='heldout68',
    text=(
        'Freeland defends budget deficit\n'
        '\n'
        'OTTAWA — Finance Minister Chrystia Freeland defended a $40-billion deficit on Tuesday, saying the government had to help Canadians with the cost of living.\n'
        '\n'
        '"We are making investments that Canadians need," Freeland told reporters in the House of Commons foyer.\n'
        '\n'
        'Conservative finance critic Jasraj Hallan said the budget would fuel inflation. "This is a government that has lost control of spending," he said.\n'
        '\n'
        'NDP MP Rachel Blaney welcomed the dental care money but said it did not go far enough. "Seniors in my riding are still waiting," the British Columbia MP said.\n'
        '\n'
        "Bloc Québécois MP Marie-Hélène Gaudreau said the budget ignored Quebec's demands.\n"
    ),
    gold=[
        ('the government had to help Canadians with the cost of living', 'Chrystia Freeland', 'indirect'),
        ('We are making investments that Canadians need,', 'Chrystia Freeland', 'direct'),
        ('the budget would fuel inflation', 'Jasraj Hallan', 'indirect'),
        ('This is a government that has lost control of spending,', 'Jasraj Hallan', 'direct'),
        ('it did not go far enough', 'Rachel Blaney', 'indirect'),
        ('Seniors in my riding are still waiting,', 'Rachel Blaney', 'direct'),
        ("the budget ignored Quebec's demands", 'Marie-Hélène Gaudreau', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n417-ca-frozen-lake',
    split='heldout68',
    text=(
        'Man rescued after night on frozen lake\n'
        '\n'
        'KENORA, Ont. — A snowmobiler spent the night on a frozen lake after his machine broke through the ice, OPP said Monday.\n'
        '\n'
        'Kelly Anderson, 52, was found by a search team early Sunday. "I\'ve never been so cold in my life," Anderson said from his hospital bed.\n'
        '\n'
        'His wife, Denise, called police when he did not come home Saturday night. She said he had gone ice fishing alone. "I told him a hundred times not to go by himself," she said.\n'
        '\n'
        'OPP Const. Jeff Rowan said Anderson had done the right thing by staying with his machine. "That probably saved his life," Rowan said.\n'
    ),
    gold=[
        ('A snowmobiler spent the night on a frozen lake after his machine broke through the ice', 'OPP', 'indirect'),
        ("I've never been so cold in my life,", 'Kelly Anderson', 'direct'),
        ('he had gone ice fishing alone', 'Denise Anderson', 'indirect', ['Denise']),
        ('I told him a hundred times not to go by himself,', 'Denise Anderson', 'direct', ['Denise']),
        ('Anderson had done the right thing by staying with his machine', 'Jeff Rowan', 'indirect'),
        ('That probably saved his life,', 'Jeff Rowan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n418-ca-music-program',
    split='heldout68',
    text=(
        'School board cuts music program\n'
        '\n'
        'HALIFAX — The Halifax Regional Centre for Education will cut its elementary music program next year to save $2 million, the board said in a statement Friday.\n'
        '\n'
        'Parents packed a meeting Thursday night to protest the plan. "Music is the reason my son goes to school," said one mother, who asked that her name not be used.\n'
        '\n'
        'Music teacher Corey Baird, who has taught at Sackville Heights Elementary for 18 years, said the cut would hurt the students who need the program most.\n'
        '\n'
        'Education Minister Becky Druhan said she would ask the centre for an explanation.\n'
    ),
    gold=[
        ('The Halifax Regional Centre for Education will cut its elementary music program next year to save $2 million', 'Halifax Regional Centre for Education', 'indirect', ['the board', 'The Halifax Regional Centre for Education']),
        ('Music is the reason my son goes to school,', 'one mother', 'direct', ['one mother, who asked that her name not be used']),
        ('the cut would hurt the students who need the program most', 'Corey Baird', 'indirect'),
        ('she would ask the centre for an explanation', 'Becky Druhan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n419-ca-canadian-tire',
    split='heldout68',
    text=(
        'Canadian Tire to close 20 stores\n'
        '\n'
        'TORONTO — Canadian Tire Corp. Ltd. said Tuesday it would close 20 of its Sport Chek stores and cut about 300 jobs as consumers pull back on spending.\n'
        '\n'
        'The retailer\'s chief executive, Greg Hicks, said in a statement that the company needed to "adapt to a slower economy."\n'
        '\n'
        'Retail analyst Bruce Winder said the closures were no surprise. "Discretionary spending has dried up," Winder said. "Sporting goods are the first thing people stop buying."\n'
        '\n'
        'Canadian Tire shares fell 3 per cent in Toronto.\n'
    ),
    gold=[
        ('it would close 20 of its Sport Chek stores and cut about 300 jobs as consumers pull back on spending', 'Canadian Tire Corp. Ltd.', 'indirect', ['Canadian Tire Corp.', 'Canadian Tire']),
        ('the company needed to "adapt to a slower economy."', 'Greg Hicks', 'indirect'),
        ('adapt to a slower economy.', 'Greg Hicks', 'partial'),
        ('the closures were no surprise', 'Bruce Winder', 'indirect'),
        ('Discretionary spending has dried up,', 'Bruce Winder', 'direct'),
        ('Sporting goods are the first thing people stop buying.', 'Bruce Winder', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n420-ca-mabou-fiddler',
    split='heldout68',
    text=(
        'Cape Breton fiddler, 90, still plays every Saturday\n'
        '\n'
        'MABOU, N.S. — Every Saturday night for 60 years, Angus MacIsaac has played the fiddle at the Mabou community hall.\n'
        '\n'
        'He is 90 now, and his hands shake when he holds a cup of tea. They do not shake when he holds the bow.\n'
        '\n'
        '"The music keeps me young," MacIsaac said. "I don\'t know what I\'d do without it."\n'
        '\n'
        'His granddaughter, Kendra MacIsaac, 24, plays piano beside him. She said she learned every tune she knows from him.\n'
        '\n'
        '"He never wrote anything down," she said. "You just had to listen."\n'
    ),
    gold=[
        ('The music keeps me young,', 'Angus MacIsaac', 'direct'),
        ("I don't know what I'd do without it.", 'Angus MacIsaac', 'direct'),
        ('she learned every tune she knows from him', 'Kendra MacIsaac', 'indirect'),
        ('He never wrote anything down,', 'Kendra MacIsaac', 'direct'),
        ('You just had to listen.', 'Kendra MacIsaac', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n421-us-michigan-upset',
    split='heldout69',
    text=(
        'Sanders wins Michigan in upset\n'
        '\n'
        'DETROIT — Vermont Sen. Bernie Sanders won the Michigan Democratic primary on Tuesday, defeating Hillary Clinton in a state where polls had shown him trailing by double digits.\n'
        '\n'
        '"What tonight means is that the Bernie Sanders campaign, the people\'s revolution that we are talking about, is strong in every part of the country," the Vermont senator told reporters in Miami.\n'
        '\n'
        'Clinton, who won Mississippi easily, did not mention the loss in her speech in Cleveland. Her campaign chairman, John Podesta, said in a statement that the delegate math had not changed.\n'
        '\n'
        'Exit polls showed Sanders won nearly 60 percent of voters who said trade took away jobs.\n'
    ),
    gold=[
        ("What tonight means is that the Bernie Sanders campaign, the people's revolution that we are talking about, is strong in every part of the country,", 'Bernie Sanders', 'direct'),
        ('the delegate math had not changed', 'John Podesta', 'indirect'),
        ('Sanders won nearly 60 percent of voters who said trade took away jobs', 'Exit polls', 'indirect', ['exit polls']),
    ],
))
ARTICLES.append(dict(
    id='n422-us-trump-judge',
    split='heldout69',
    text=(
        'Trump attacks judge in university case\n'
        '\n'
        'SAN DIEGO — Donald Trump on Friday attacked the federal judge overseeing a fraud lawsuit against Trump University, calling him "a hater of Donald Trump."\n'
        '\n'
        '"I have a judge who is a hater of Donald Trump, a hater. He\'s a hater," the presumptive Republican nominee told a rally in San Diego.\n'
        '\n'
        'Trump said U.S. District Judge Gonzalo Curiel should recuse himself. Curiel, who was born in Indiana, has not commented.\n'
        '\n'
        'House Speaker Paul Ryan later called the remarks "the textbook definition of a racist comment."\n'
        '\n'
        "Trump's lawyer, Daniel Petrocelli, told reporters the case had no merit.\n"
    ),
    gold=[
        ('a hater of Donald Trump.', 'Donald Trump', 'partial'),
        ("I have a judge who is a hater of Donald Trump, a hater. He's a hater,", 'Donald Trump', 'direct'),
        ('U.S. District Judge Gonzalo Curiel should recuse himself', 'Donald Trump', 'indirect'),
        ('the textbook definition of a racist comment.', 'Paul Ryan', 'partial'),
        ('the case had no merit', 'Daniel Petrocelli', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n423-us-email-report',
    split='heldout69',
    text=(
        'Report faults Clinton over private email\n'
        '\n'
        "WASHINGTON — The State Department's inspector general said Wednesday that Hillary Clinton did not seek permission to use a private email server and that her use of it broke department rules.\n"
        '\n'
        "The 78-page report said Clinton's staff had rejected concerns raised by department officials in 2010.\n"
        '\n'
        'Clinton spokesman Brian Fallon said the report showed her email use was consistent with that of her predecessors. "The report demonstrates how consistent her email practices were with those of other secretaries," Fallon said.\n'
        '\n'
        'Republicans seized on the findings. "This report shows that she broke the rules," said Sen. Tom Cotton of Arkansas.\n'
    ),
    gold=[
        ('Hillary Clinton did not seek permission to use a private email server and that her use of it broke department rules', "The State Department's inspector general", 'indirect', ["the State Department's inspector general", 'inspector general']),
        ("Clinton's staff had rejected concerns raised by department officials in 2010", 'The 78-page report', 'indirect', ['the 78-page report', 'report']),
        ('the report showed her email use was consistent with that of her predecessors', 'Brian Fallon', 'indirect'),
        ('The report demonstrates how consistent her email practices were with those of other secretaries,', 'Brian Fallon', 'direct'),
        ('This report shows that she broke the rules,', 'Tom Cotton', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n424-us-rubio-suspends',
    split='heldout69',
    text=(
        'Rubio ends campaign after Florida loss\n'
        '\n'
        'MIAMI — Marco Rubio ended his presidential campaign on Tuesday night after losing the Florida primary to Donald Trump in his home state.\n'
        '\n'
        '"While it is not God\'s plan that I be president in 2016, or maybe ever, the fact that I\'ve even come this far is evidence of how special America truly is," the Florida senator told supporters in Miami.\n'
        '\n'
        'Rubio warned that the Republican Party was being torn apart by anger. He did not endorse any of his rivals.\n'
        '\n'
        'Trump, speaking at his Mar-a-Lago resort, praised Rubio as "a tough competitor." Ted Cruz said in a statement that Rubio had run a campaign "worthy of our nation."\n'
    ),
    gold=[
        ("While it is not God's plan that I be president in 2016, or maybe ever, the fact that I've even come this far is evidence of how special America truly is,", 'Marco Rubio', 'direct'),
        ('the Republican Party was being torn apart by anger', 'Marco Rubio', 'indirect'),
        ('a tough competitor.', 'Donald Trump', 'partial'),
        ('Rubio had run a campaign "worthy of our nation."', 'Ted Cruz', 'indirect'),
        ('worthy of our nation.', 'Ted Cruz', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n425-us-bathroom-suit',
    split='heldout69',
    text=(
        'Texas leads states suing over transgender guidance\n'
        '\n'
        'AUSTIN, Texas — Texas and 10 other states sued the Obama administration on Wednesday over its guidance that public schools let transgender students use the bathrooms of their choice.\n'
        '\n'
        'Texas Attorney General Ken Paxton said the administration had "conspired to turn workplaces and schools across the country into laboratories for a massive social experiment."\n'
        '\n'
        'Gov. Greg Abbott tweeted that Texas would not be "blackmailed" by the federal government.\n'
        '\n'
        'A Justice Department spokesman, Dena Iverson, said the department would defend the guidance in court.\n'
    ),
    gold=[
        ('the administration had "conspired to turn workplaces and schools across the country into laboratories for a massive social experiment."', 'Ken Paxton', 'indirect'),
        ('conspired to turn workplaces and schools across the country into laboratories for a massive social experiment.', 'Ken Paxton', 'partial'),
        ('Texas would not be "blackmailed" by the federal government', 'Greg Abbott', 'indirect'),
        ('blackmailed', 'Greg Abbott', 'partial'),
        ('the department would defend the guidance in court', 'Dena Iverson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n426-us-commutations',
    split='heldout69',
    text=(
        'Obama commutes 214 sentences\n'
        '\n'
        'WASHINGTON — President Barack Obama commuted the sentences of 214 federal inmates on Wednesday, the largest single-day total by a president in more than a century, the White House said.\n'
        '\n'
        'White House counsel Neil Eggleston wrote in a blog post that most of the inmates were serving time for nonviolent drug crimes. "These individuals were sentenced under outdated laws," he wrote.\n'
        '\n'
        'Sen. Tom Cotton, R-Ark., criticized the move. The Arkansas Republican has said the country has an "under-incarceration problem."\n'
    ),
    gold=[
        ('President Barack Obama commuted the sentences of 214 federal inmates on Wednesday, the largest single-day total by a president in more than a century', 'The White House', 'indirect', ['White House', 'the White House']),
        ('most of the inmates were serving time for nonviolent drug crimes', 'Neil Eggleston', 'indirect'),
        ('These individuals were sentenced under outdated laws,', 'Neil Eggleston', 'direct'),
        ('the country has an "under-incarceration problem."', 'Tom Cotton', 'indirect'),
        ('under-incarceration problem.', 'Tom Cotton', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n427-biz-loblaw-profit',
    split='heldout70',
    text=(
        'Loblaw profit beats expectations\n'
        '\n'
        'BRAMPTON, Ont. — Loblaw Cos. Ltd. reported a higher-than-expected profit on Thursday as shoppers bought more of its discount and store brands.\n'
        '\n'
        '"Customers are looking for value, and they are finding it in our stores," president Galen G. Weston told analysts.\n'
        '\n'
        'The grocer said food inflation in its stores had fallen to 3 per cent from 9 per cent a year earlier.\n'
        '\n'
        'Analyst Irene Nattel of RBC Dominion Securities said the results showed the company was gaining market share.\n'
    ),
    gold=[
        ('Customers are looking for value, and they are finding it in our stores,', 'Galen G. Weston', 'direct', ['Galen Weston']),
        ('food inflation in its stores had fallen to 3 per cent from 9 per cent a year earlier', 'Loblaw Cos. Ltd.', 'indirect', ['Loblaw Cos.', 'Loblaw', 'The grocer']),
        ('the results showed the company was gaining market share', 'Irene Nattel', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n428-ca-cab-driver-verdict',
    split='heldout70',
    text=(
        'Jury convicts man in killing of Calgary cab driver\n'
        '\n'
        'CALGARY — A jury found Marcus Kennedy guilty of second-degree murder on Thursday in the 2021 shooting death of taxi driver Hamid Azizi.\n'
        '\n'
        'Crown prosecutor Ryan Wright told the jury during closing arguments that Kennedy had planned the robbery for days.\n'
        '\n'
        'Defence lawyer Alain Hepner argued his client had panicked. "He never meant for anyone to get hurt," Hepner told reporters after the verdict. "We will be looking at an appeal."\n'
        '\n'
        'Azizi\'s son, Omid Azizi, wept as the verdict was read. "My father came to this country for a better life," the 24-year-old said outside court.\n'
    ),
    gold=[
        ('Kennedy had planned the robbery for days', 'Ryan Wright', 'indirect'),
        ('his client had panicked', 'Alain Hepner', 'indirect'),
        ('He never meant for anyone to get hurt,', 'Alain Hepner', 'direct'),
        ('We will be looking at an appeal.', 'Alain Hepner', 'direct'),
        ('My father came to this country for a better life,', 'Omid Azizi', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n429-ca-bc-student-cap',
    split='heldout70',
    text=(
        'B.C. to freeze international student enrolment at new schools\n'
        '\n'
        'VICTORIA — British Columbia will freeze new post-secondary institutions from enrolling international students for two years, Post-Secondary Education Minister Selina Robinson said Monday.\n'
        '\n'
        '"Some institutions have been taking advantage of students," Robinson told a news conference. She said the province would also set new standards for tuition.\n'
        '\n'
        'Opposition critic Elenore Sturko said the government had waited too long. "Students have been exploited for years," the Conservative MLA said.\n'
        '\n'
        "Students' union chair Melissa Chirino welcomed the changes.\n"
    ),
    gold=[
        ('British Columbia will freeze new post-secondary institutions from enrolling international students for two years', 'Selina Robinson', 'indirect'),
        ('Some institutions have been taking advantage of students,', 'Selina Robinson', 'direct'),
        ('the province would also set new standards for tuition', 'Selina Robinson', 'indirect'),
        ('the government had waited too long', 'Elenore Sturko', 'indirect'),
        ('Students have been exploited for years,', 'Elenore Sturko', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n430-sport-andreescu-return',
    split='heldout70',
    text=(
        'Andreescu wins in return from injury\n'
        '\n'
        'MONTREAL — Bianca Andreescu won her first match in eight months on Tuesday, beating Camila Giorgi 6-4, 3-6, 6-3 at the National Bank Open.\n'
        '\n'
        '"I was so nervous I couldn\'t feel my legs in the first set," Andreescu said. "But the crowd carried me."\n'
        '\n'
        'Giorgi, who won the tournament in 2021, said the wind had made serving difficult. The Italian has lost four of her last five matches.\n'
        '\n'
        'Andreescu will face top seed Iga Swiatek in the second round. The Polish star said she had watched Andreescu\'s match from the locker room. "She is a fighter," Swiatek said.\n'
    ),
    gold=[
        ("I was so nervous I couldn't feel my legs in the first set,", 'Bianca Andreescu', 'direct'),
        ('But the crowd carried me.', 'Bianca Andreescu', 'direct'),
        ('the wind had made serving difficult', 'Camila Giorgi', 'indirect'),
        ("she had watched Andreescu's match from the locker room", 'Iga Swiatek', 'indirect'),
        ('She is a fighter,', 'Iga Swiatek', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n431-health-measles-death',
    split='heldout70',
    text=(
        'Alberta reports first measles death in decades\n'
        '\n'
        'EDMONTON — An unvaccinated child has died of measles in Alberta, the first death from the disease in the province in more than 30 years, Alberta Health Services said Friday.\n'
        '\n'
        'Chief medical officer of health Dr. Mark Joffe said the child had no underlying conditions. "This is a tragic reminder of how serious measles can be," he said.\n'
        '\n'
        "The province has recorded 420 cases this year. Joffe urged parents to check their children's vaccination records.\n"
        '\n'
        'A pediatrician in Calgary, who asked not to be named because she was not authorized to speak, said clinics were overwhelmed.\n'
    ),
    gold=[
        ('An unvaccinated child has died of measles in Alberta, the first death from the disease in the province in more than 30 years', 'Alberta Health Services', 'indirect'),
        ('the child had no underlying conditions', 'Mark Joffe', 'indirect'),
        ('This is a tragic reminder of how serious measles can be,', 'Mark Joffe', 'direct'),
        ('clinics were overwhelmed', 'A pediatrician in Calgary', 'indirect', ['a pediatrician in Calgary', 'pediatrician', 'a pediatrician']),
    ],
))
ARTICLES.append(dict(
    id='n432-feature-three-generations',
    split='heldout70',
    text=(
        'Three generations, one harvest\n'
        '\n'
        'ROSETOWN, Sask. — At 82, Walter Friesen still drives the combine during harvest. His son Dale runs the farm now, and his grandson Tyler, 27, handles the books.\n'
        '\n'
        '"Dad won\'t retire, and we\'ve stopped asking," Dale Friesen said with a laugh.\n'
        '\n'
        'The elder Friesen said he has seen drought, grasshoppers and 18 per cent interest rates. "This year was the hardest," he said.\n'
        '\n'
        'Tyler said he wants to add a grain-drying operation. "Grandpa thinks it\'s a waste of money," he said.\n'
    ),
    gold=[
        ("Dad won't retire, and we've stopped asking,", 'Dale Friesen', 'direct'),
        ('he has seen drought, grasshoppers and 18 per cent interest rates', 'Walter Friesen', 'indirect'),
        ('This year was the hardest,', 'Walter Friesen', 'direct'),
        ('he wants to add a grain-drying operation', 'Tyler Friesen', 'indirect', ['Tyler']),
        ("Grandpa thinks it's a waste of money,", 'Tyler Friesen', 'direct', ['Tyler']),
    ],
))
ARTICLES.append(dict(
    id='n433-ca-canucks-shutout',
    split='heldout71',
    text=(
        'Demko, Canucks shut out Kraken\n'
        '\n'
        'VANCOUVER — Thatcher Demko made 34 saves for his third shutout of the season as the Vancouver Canucks beat the Seattle Kraken 2-0 on Thursday night.\n'
        '\n'
        'Elias Pettersson and J.T. Miller scored for Vancouver. Philipp Grubauer stopped 25 shots for Seattle.\n'
        '\n'
        '"Thatch was unbelievable," Miller said. "He gave us a chance every night this week."\n'
        '\n'
        'Demko, who missed most of last season with a knee injury, said he felt as good as he ever had. "I\'m just trying to enjoy it," the 28-year-old said.\n'
        '\n'
        'Kraken coach Dave Hakstol said his team had plenty of chances. "Their goalie was the difference," he said. "We\'ll take the effort."\n'
    ),
    gold=[
        ('Thatch was unbelievable,', 'J.T. Miller', 'direct'),
        ('He gave us a chance every night this week.', 'J.T. Miller', 'direct'),
        ('he felt as good as he ever had', 'Thatcher Demko', 'indirect'),
        ("I'm just trying to enjoy it,", 'Thatcher Demko', 'direct'),
        ('his team had plenty of chances', 'Dave Hakstol', 'indirect'),
        ('Their goalie was the difference,', 'Dave Hakstol', 'direct'),
        ("We'll take the effort.", 'Dave Hakstol', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n434-ca-daycare-assault',
    split='heldout71',
    text=(
        'Daycare worker charged with assaulting toddlers\n'
        '\n'
        'LAVAL, Que. — A daycare worker has been charged with assaulting three toddlers, Laval police said Wednesday.\n'
        '\n'
        'Police spokesperson Stéphanie Beaudoin said the alleged assaults happened over two months at a private daycare in the Chomedey neighbourhood.\n'
        '\n'
        'A mother whose son attends the daycare said she had noticed bruises on his arms in March. "He stopped wanting to go," she said. "Now I understand why."\n'
        '\n'
        "The daycare's owner, Nathalie Roy, said the employee had been fired. Roy said she was cooperating with police.\n"
    ),
    gold=[
        ('A daycare worker has been charged with assaulting three toddlers', 'Laval police', 'indirect', ['police']),
        ('the alleged assaults happened over two months at a private daycare in the Chomedey neighbourhood', 'Stéphanie Beaudoin', 'indirect'),
        ('she had noticed bruises on his arms in March', 'A mother whose son attends the daycare', 'indirect', ['a mother whose son attends the daycare', 'A mother', 'a mother', 'mother']),
        ('He stopped wanting to go,', 'A mother whose son attends the daycare', 'direct', ['a mother whose son attends the daycare', 'A mother', 'a mother', 'mother']),
        ('Now I understand why.', 'A mother whose son attends the daycare', 'direct', ['a mother whose son attends the daycare', 'A mother', 'a mother', 'mother']),
        ('the employee had been fired', 'Nathalie Roy', 'indirect'),
        ('she was cooperating with police', 'Nathalie Roy', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n435-ca-greenbelt',
    split='heldout71',
    text=(
        'Ford defends Greenbelt land swap\n'
        '\n'
        "TORONTO — Premier Doug Ford on Monday defended his government's decision to open parts of the protected Greenbelt to housing development, saying the province needs more homes.\n"
        '\n'
        '"We have a housing crisis, and we\'re going to build," Ford told reporters at Queen\'s Park.\n'
        '\n'
        'NDP Leader Marit Stiles accused the government of rewarding developers with close ties to the Progressive Conservatives. "This stinks to high heaven," she said.\n'
        '\n'
        "Green Party Leader Mike Schreiner said the land was some of the best farmland in Ontario. The province's auditor general, Bonnie Lysyk, is reviewing the decision.\n"
    ),
    gold=[
        ('the province needs more homes', 'Doug Ford', 'indirect'),
        ("We have a housing crisis, and we're going to build,", 'Doug Ford', 'direct'),
        ('This stinks to high heaven,', 'Marit Stiles', 'direct'),
        ('the land was some of the best farmland in Ontario', 'Mike Schreiner', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n436-ca-syrian-chef',
    split='heldout71',
    text=(
        'From refugee camp to restaurant owner\n'
        '\n'
        'HALIFAX — Nine years ago, Abdulrahman Al-Hamwi arrived in Halifax with his wife and three children and no English.\n'
        '\n'
        'Today the Syrian-born chef runs one of the busiest restaurants on Quinpool Road. "Canada gave us a second life," he said, standing in his kitchen.\n'
        '\n'
        'His daughter Rana, now 19, works the front of the house. She said her father still starts his day at 5 a.m.\n'
        '\n'
        'Regular customer Steve Murphy said he comes for the shawarma. "It\'s the best in the city, and I\'ve tried them all," Murphy said.\n'
    ),
    gold=[
        ('Canada gave us a second life,', 'Abdulrahman Al-Hamwi', 'direct'),
        ('her father still starts his day at 5 a.m.', 'Rana Al-Hamwi', 'indirect', ['Rana']),
        ('he comes for the shawarma', 'Steve Murphy', 'indirect'),
        ("It's the best in the city, and I've tried them all,", 'Steve Murphy', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n437-ca-westjet-pilots',
    split='heldout71',
    text=(
        'WestJet pilots vote to strike\n'
        '\n'
        'CALGARY — WestJet pilots have voted 93 per cent in favour of a strike mandate, their union said Monday, raising the prospect of flight cancellations before the long weekend.\n'
        '\n'
        'Capt. Bernard Lewall, who chairs the WestJet council of the Air Line Pilots Association, said pilots were tired of falling behind their U.S. counterparts.\n'
        '\n'
        'The airline said in a statement that it was committed to reaching a deal. "We remain at the table," WestJet chief executive Alexis von Hoensbroech said.\n'
        '\n'
        'Transport Minister Omar Alghabra urged both sides to keep talking.\n'
    ),
    gold=[
        ('WestJet pilots have voted 93 per cent in favour of a strike mandate', 'their union', 'indirect', ['union', 'Air Line Pilots Association']),
        ('pilots were tired of falling behind their U.S. counterparts', 'Bernard Lewall', 'indirect'),
        ('it was committed to reaching a deal', 'WestJet', 'indirect', ['The airline', 'the airline']),
        ('We remain at the table,', 'Alexis von Hoensbroech', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n438-health-smoke-dementia',
    split='heldout71',
    text=(
        'Study links wildfire smoke to dementia\n'
        '\n'
        'TORONTO — Long-term exposure to wildfire smoke may raise the risk of dementia, according to a study by researchers at the University of Toronto published Tuesday in the journal Neurology.\n'
        '\n'
        'The researchers found the risk rose by 18 per cent for every 1 microgram increase in fine particulate matter.\n'
        '\n'
        '"This is not a small effect," said Dr. Jennifer Weuve, an epidemiologist at Boston University who was not involved in the study.\n'
        '\n'
        'The lead author, Dr. Hong Chen, said more research was needed to understand why.\n'
    ),
    gold=[
        ('Long-term exposure to wildfire smoke may raise the risk of dementia', 'a study by researchers at the University of Toronto published Tuesday in the journal Neurology', 'indirect', ['a study', 'study', 'a study by researchers at the University of Toronto']),
        ('the risk rose by 18 per cent for every 1 microgram increase in fine particulate matter', 'The researchers', 'indirect', ['the researchers', 'researchers']),
        ('This is not a small effect,', 'Jennifer Weuve', 'direct'),
        ('more research was needed to understand why', 'Hong Chen', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n439-us-kaine-pick',
    split='heldout72',
    text=(
        'Clinton introduces Kaine as running mate\n'
        '\n'
        'MIAMI — Hillary Clinton introduced Virginia Sen. Tim Kaine as her running mate on Saturday at a rally in Miami, praising him as a man who is "everything Donald Trump is not."\n'
        '\n'
        '"Tim Kaine is everything Donald Trump and Mike Pence are not," Clinton told the crowd.\n'
        '\n'
        'Kaine, who speaks fluent Spanish, addressed part of his speech to Latino voters. "Bienvenidos a todos," the senator said.\n'
        '\n'
        'Trump\'s campaign called Kaine "the ultimate insider."\n'
    ),
    gold=[
        ('everything Donald Trump is not.', 'Hillary Clinton', 'partial'),
        ('Tim Kaine is everything Donald Trump and Mike Pence are not,', 'Hillary Clinton', 'direct'),
        ('Bienvenidos a todos,', 'Tim Kaine', 'direct'),
        ('the ultimate insider.', "Trump's campaign", 'partial', ['Trump campaign']),
    ],
))
ARTICLES.append(dict(
    id='n440-us-sessions-endorses',
    split='heldout72',
    text=(
        'Sessions endorses Trump\n'
        '\n'
        'MADISON, Ala. — Sen. Jeff Sessions of Alabama endorsed Donald Trump on Sunday, becoming the first senator to back the New York billionaire.\n'
        '\n'
        '"I told Donald Trump this isn\'t a campaign, this is a movement," Sessions said at a rally in Madison.\n'
        '\n'
        'Trump thanked him. "He is a great man," Trump said of Sessions.\n'
        '\n'
        "Sessions's office said the senator had been impressed by Trump's position on immigration.\n"
    ),
    gold=[
        ("I told Donald Trump this isn't a campaign, this is a movement,", 'Jeff Sessions', 'direct'),
        ('He is a great man,', 'Donald Trump', 'direct'),
        ("the senator had been impressed by Trump's position on immigration", "Sessions's office", 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n441-us-flint-debate',
    split='heldout72',
    text=(
        'Clinton, Sanders clash in Flint debate\n'
        '\n'
        'FLINT, Mich. — Hillary Clinton and Bernie Sanders clashed over guns and trade on Sunday night in a debate in Flint.\n'
        '\n'
        'Clinton said Sanders had voted against the auto bailout. "If everybody had voted the way he did, I believe the auto industry would have collapsed," she said.\n'
        '\n'
        'Sanders fired back that she had supported trade deals that cost Michigan jobs. "I was on a picket line in the early 1990s against NAFTA," he said.\n'
        '\n'
        'The moderator, Anderson Cooper, asked each candidate about the water crisis. Both called for Gov. Rick Snyder to resign.\n'
    ),
    gold=[
        ('Sanders had voted against the auto bailout', 'Hillary Clinton', 'indirect'),
        ('If everybody had voted the way he did, I believe the auto industry would have collapsed,', 'Hillary Clinton', 'direct'),
        ('she had supported trade deals that cost Michigan jobs', 'Bernie Sanders', 'indirect'),
        ('I was on a picket line in the early 1990s against NAFTA,', 'Bernie Sanders', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n442-ca-hospital-waits',
    split='heldout72',
    text=(
        'Hospital warns of long emergency waits\n'
        '\n'
        'WINNIPEG — Health Sciences Centre is warning patients to expect long waits in its emergency department this weekend.\n'
        '\n'
        'In a notice posted Friday, the hospital said: "Patients with less urgent needs may wait more than 12 hours."\n'
        '\n'
        'Dr. Shawn Young, the hospital\'s chief operating officer, says staffing is the biggest problem. His message to the public: "Please use urgent care clinics if you can."\n'
        '\n'
        'Manitoba Nurses Union president Darlene Jackson was blunt. "This is what happens when you don\'t hire nurses," she said.\n'
    ),
    gold=[
        ('Patients with less urgent needs may wait more than 12 hours.', 'Health Sciences Centre', 'direct', ['the hospital']),
        ('staffing is the biggest problem', 'Shawn Young', 'indirect'),
        ('Please use urgent care clinics if you can.', 'Shawn Young', 'direct'),
        ("This is what happens when you don't hire nurses,", 'Darlene Jackson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n443-biz-telus-cuts',
    split='heldout72',
    text=(
        'Telus to cut 6,000 jobs\n'
        '\n'
        'VANCOUVER — Telus Corp. said Thursday it would cut 6,000 jobs, about 6 per cent of its workforce, as competition and regulatory pressure squeeze its profits.\n'
        '\n'
        'The telecom company said most of the cuts would come from its international division.\n'
        '\n'
        "Rival Rogers Communications Inc. declined to comment. Bell Canada's parent, BCE Inc., cut 4,800 jobs in June.\n"
        '\n'
        '"Every carrier is under the same pressure," said Maher Yaghi, an analyst with Scotiabank. He said more cuts were likely across the industry.\n'
    ),
    gold=[
        ('it would cut 6,000 jobs, about 6 per cent of its workforce, as competition and regulatory pressure squeeze its profits', 'Telus Corp.', 'indirect', ['Telus']),
        ('most of the cuts would come from its international division', 'Telus Corp.', 'indirect', ['Telus', 'The telecom company']),
        ('Every carrier is under the same pressure,', 'Maher Yaghi', 'direct'),
        ('more cuts were likely across the industry', 'Maher Yaghi', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n444-sport-homan-scotties',
    split='heldout72',
    text=(
        'Homan wins fourth Scotties title\n'
        '\n'
        "CALGARY — Rachel Homan won her fourth Canadian women's curling title on Sunday, beating Kerri Einarson 8-5 in the final of the Scotties Tournament of Hearts.\n"
        '\n'
        '"This one means the most," Homan said. "We worked so hard to get back here."\n'
        '\n'
        'Einarson, who won four straight titles from 2020 to 2023, said her team had missed too many shots early. "Rachel\'s team was just better today," she said.\n'
        '\n'
        "Homan's third, Tracy Fleury, made a key double takeout in the eighth end. The veteran said she had never seen Homan so calm.\n"
    ),
    gold=[
        ('This one means the most,', 'Rachel Homan', 'direct'),
        ('We worked so hard to get back here.', 'Rachel Homan', 'direct'),
        ('her team had missed too many shots early', 'Kerri Einarson', 'indirect'),
        ("Rachel's team was just better today,", 'Kerri Einarson', 'direct'),
        ('she had never seen Homan so calm', 'Tracy Fleury', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n445-ca-matthews-fifty',
    split='heldout73',
    text=(
        'Matthews scores 50th as Maple Leafs beat Bruins\n'
        '\n'
        'TORONTO — Auston Matthews scored twice, including his 50th goal of the season, and the Toronto Maple Leafs beat the Boston Bruins 4-2 on Saturday night.\n'
        '\n'
        'William Nylander had a goal and an assist. Joseph Woll made 29 saves.\n'
        '\n'
        'Matthews reached 50 goals in his 69th game, the fastest by a Leaf since the league expanded. He said he had not thought about the milestone until the third period.\n'
        '\n'
        '"The guys kept telling me to shoot," he said. "So I shot."\n'
        '\n'
        'Bruins coach Jim Montgomery said his team had been too passive. Boston goaltender Jeremy Swayman, who was pulled after two periods, declined to comment.\n'
        '\n'
        'Leafs coach Sheldon Keefe called Matthews "the best goal scorer in the world."\n'
    ),
    gold=[
        ('he had not thought about the milestone until the third period', 'Auston Matthews', 'indirect'),
        ('The guys kept telling me to shoot,', 'Auston Matthews', 'direct'),
        ('So I shot.', 'Auston Matthews', 'direct'),
        ('his team had been too passive', 'Jim Montgomery', 'indirect'),
        ('the best goal scorer in the world.', 'Sheldon Keefe', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n446-ca-roommate-sentence',
    split='heldout73',
    text=(
        'Man sentenced to life for killing roommate\n'
        '\n'
        'BRAMPTON, Ont. — A man who stabbed his roommate to death during an argument over rent was sentenced Friday to life in prison with no chance of parole for 15 years.\n'
        '\n'
        'Justice Jill Copeland said Daniel Osei, 34, had shown no remorse. "You took a young man\'s life over $400," the judge told him.\n'
        '\n'
        'The victim\'s father, Paul Sandhu, read a statement in court. "Every day I wake up and remember that my son is gone," he said.\n'
        '\n'
        "Osei's lawyer, Maria Kim, told reporters outside court that her client would appeal.\n"
    ),
    gold=[
        ('Daniel Osei, 34, had shown no remorse', 'Jill Copeland', 'indirect'),
        ("You took a young man's life over $400,", 'Jill Copeland', 'direct'),
        ('Every day I wake up and remember that my son is gone,', 'Paul Sandhu', 'direct'),
        ('her client would appeal', 'Maria Kim', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n447-ca-sask-carbon-tax',
    split='heldout73',
    text=(
        'Saskatchewan to stop collecting carbon tax on home heating\n'
        '\n'
        'REGINA — Saskatchewan will stop collecting the federal carbon tax on natural gas used for home heating on Jan. 1, Premier Scott Moe said Monday.\n'
        '\n'
        '"If Ottawa can exempt heating oil in Atlantic Canada, it can exempt natural gas in Saskatchewan," the premier said.\n'
        '\n'
        'Federal Environment Minister Steven Guilbeault said the province would be breaking the law. "There are no exemptions for provinces that refuse to follow it," Guilbeault said.\n'
        '\n'
        'NDP Leader Carla Beck said families needed relief but accused Moe of picking a fight for political gain.\n'
    ),
    gold=[
        ('Saskatchewan will stop collecting the federal carbon tax on natural gas used for home heating on Jan. 1', 'Scott Moe', 'indirect'),
        ('If Ottawa can exempt heating oil in Atlantic Canada, it can exempt natural gas in Saskatchewan,', 'Scott Moe', 'direct'),
        ('the province would be breaking the law', 'Steven Guilbeault', 'indirect'),
        ('There are no exemptions for provinces that refuse to follow it,', 'Steven Guilbeault', 'direct'),
        ('families needed relief', 'Carla Beck', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n448-ca-neepawa-librarian',
    split='heldout73',
    text=(
        'Small-town librarian closes the book on 40 years\n'
        '\n'
        'NEEPAWA, Man. — Joan Mackenzie has checked out books to three generations of Neepawa families.\n'
        '\n'
        'On Friday, the 66-year-old librarian will lock the door of the Beautiful Plains Regional Library for the last time as its head. "I\'ve been here longer than some of the furniture," she said.\n'
        '\n'
        'Her successor, Priya Nair, moved to Neepawa from Winnipeg two years ago. Nair said Mackenzie knew every patron by name.\n'
        '\n'
        '"She\'ll still be here every Tuesday," Nair said. "She\'s already signed up to volunteer."\n'
    ),
    gold=[
        ("I've been here longer than some of the furniture,", 'Joan Mackenzie', 'direct'),
        ('Mackenzie knew every patron by name', 'Priya Nair', 'indirect'),
        ("She'll still be here every Tuesday,", 'Priya Nair', 'direct'),
        ("She's already signed up to volunteer.", 'Priya Nair', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n449-ca-bombardier-order',
    split='heldout73',
    text=(
        'Bombardier wins $2-billion jet order\n'
        '\n'
        'MONTREAL — Bombardier Inc. said Wednesday it had signed a $2-billion order for 50 Challenger business jets from an undisclosed customer.\n'
        '\n'
        "The order is the largest in the company's history for the Challenger line, spokesperson Mark Masluch said in an email.\n"
        '\n'
        '"Demand for business jets remains very strong," chief executive Éric Martel told analysts in January.\n'
        '\n'
        "Shares rose 6 per cent in Toronto. Desjardins analyst Benoit Poirier said the deal confirmed the company's turnaround.\n"
    ),
    gold=[
        ('it had signed a $2-billion order for 50 Challenger business jets from an undisclosed customer', 'Bombardier Inc.', 'indirect', ['Bombardier']),
        ("The order is the largest in the company's history for the Challenger line", 'Mark Masluch', 'indirect'),
        ('Demand for business jets remains very strong,', 'Éric Martel', 'direct'),
        ("the deal confirmed the company's turnaround", 'Benoit Poirier', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n450-ca-er-nurses',
    split='heldout73',
    text=(
        'Nurses say ER staffing at breaking point\n'
        '\n'
        'SAINT JOHN, N.B. — Nurses at the Saint John Regional Hospital say staffing in the emergency department has reached a breaking point.\n'
        '\n'
        '"We are running with half the nurses we need on most nights," said one nurse, who asked not to be identified for fear of losing her job.\n'
        '\n'
        'Horizon Health Network said in a statement that it was recruiting aggressively and had hired 30 nurses since the spring.\n'
        '\n'
        'Paula Doucet, president of the New Brunswick Nurses Union, said the hiring had not kept up with departures.\n'
    ),
    gold=[
        ('staffing in the emergency department has reached a breaking point', 'Nurses at the Saint John Regional Hospital', 'indirect', ['nurses', 'Nurses']),
        ('We are running with half the nurses we need on most nights,', 'one nurse', 'direct', ['one nurse, who asked not to be identified for fear of losing her job']),
        ('it was recruiting aggressively and had hired 30 nurses since the spring', 'Horizon Health Network', 'indirect'),
        ('the hiring had not kept up with departures', 'Paula Doucet', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n451-us-accept-results',
    split='heldout74',
    text=(
        "Trump says he will accept results 'if I win'\n"
        '\n'
        'DELAWARE, Ohio — Donald Trump said Thursday he would "totally accept" the results of the presidential election "if I win."\n'
        '\n'
        '"I would like to promise and pledge to all of my voters and supporters and to all of the people of the United States that I will fully accept the results of this great and historic presidential election — if I win," the Republican nominee told a rally.\n'
        '\n'
        'Clinton campaign manager Robby Mook said the remark showed Trump was "doubling down" on his refusal to commit to accepting the outcome.\n'
        '\n'
        "Trump's running mate, Mike Pence, said on Wednesday that the campaign would accept the results.\n"
    ),
    gold=[
        ('he would "totally accept" the results of the presidential election "if I win."', 'Donald Trump', 'indirect'),
        ('totally accept', 'Donald Trump', 'partial'),
        ('if I win.', 'Donald Trump', 'partial'),
        ('I would like to promise and pledge to all of my voters and supporters and to all of the people of the United States that I will fully accept the results of this great and historic presidential election — if I win,', 'Donald Trump', 'direct'),
        ('the remark showed Trump was "doubling down" on his refusal to commit to accepting the outcome', 'Robby Mook', 'indirect'),
        ('doubling down', 'Robby Mook', 'partial'),
        ('the campaign would accept the results', 'Mike Pence', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n452-us-opioid-hearing',
    split='heldout74',
    text=(
        'Senators press drug executives on opioids\n'
        '\n'
        'WASHINGTON — Sen. Susan Collins of Maine pressed drug company executives on Tuesday over the marketing of opioid painkillers.\n'
        '\n'
        '"Your company knew these drugs were being abused," the Maine Republican told Richard Sackler, a former chairman of Purdue Pharma.\n'
        '\n'
        'Sackler said the company had followed the law. Collins was not satisfied. "That is not an answer," she said.\n'
        '\n'
        'Sen. Maggie Hassan, D-N.H., said her state had lost 400 people to overdoses last year.\n'
    ),
    gold=[
        ('Your company knew these drugs were being abused,', 'Susan Collins', 'direct'),
        ('the company had followed the law', 'Richard Sackler', 'indirect'),
        ('That is not an answer,', 'Susan Collins', 'direct'),
        ('her state had lost 400 people to overdoses last year', 'Maggie Hassan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n453-us-biden-weighs',
    split='heldout74',
    text=(
        'Biden still weighing a run\n'
        '\n'
        'WASHINGTON — Vice President Joe Biden is still weighing whether to run for president, and aides say a decision could come within weeks.\n'
        '\n'
        '"I just don\'t know if I have the emotional fuel," Biden told a group of Jewish leaders in Atlanta on Tuesday.\n'
        '\n'
        'Two people close to the vice president, who spoke on condition of anonymity, said Biden was leaning toward running. A spokeswoman, Kendra Barkoff, declined to comment.\n'
    ),
    gold=[
        ('a decision could come within weeks', 'aides', 'indirect'),
        ("I just don't know if I have the emotional fuel,", 'Joe Biden', 'direct'),
        ('Biden was leaning toward running', 'Two people close to the vice president', 'indirect', ['two people close to the vice president']),
    ],
))
ARTICLES.append(dict(
    id='n454-ca-city-hall-roof',
    split='heldout74',
    text=(
        'City hall to get new roof\n'
        '\n'
        'KINGSTON, Ont. — City council approved $4.2 million on Tuesday to replace the leaking roof of Kingston City Hall, a 180-year-old limestone landmark.\n'
        '\n'
        'Coun. Gary Oosterhof voted against the plan. His argument was simple: "We can\'t afford a gold-plated roof."\n'
        '\n'
        'Mayor Bryan Paterson disagreed. "This building belongs to everyone in Kingston," he said. "Letting it rot is not an option."\n'
        '\n'
        '"We\'ve patched it for 20 years," added facilities manager Neal Unsworth.\n'
    ),
    gold=[
        ("We can't afford a gold-plated roof.", 'Gary Oosterhof', 'direct'),
        ('This building belongs to everyone in Kingston,', 'Bryan Paterson', 'direct'),
        ('Letting it rot is not an option.', 'Bryan Paterson', 'direct'),
        ("We've patched it for 20 years,", 'Neal Unsworth', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n455-sport-taylor-open',
    split='heldout74',
    text=(
        'Taylor wins Canadian Open in playoff\n'
        '\n'
        'HAMILTON — Nick Taylor holed a 72-foot eagle putt on the fourth playoff hole to win the Canadian Open on Sunday, the first Canadian to win the event since 1954.\n'
        '\n'
        'Tommy Fleetwood, who had matched Taylor shot for shot, was gracious in defeat. "That\'s the best putt I\'ve ever seen to lose a tournament," the Englishman said.\n'
        '\n'
        'Taylor was mobbed by fellow Canadians on the green, including Adam Hadwin, who was tackled by a security guard. "I have no idea what happened," Hadwin said, laughing.\n'
        '\n'
        'Taylor said he had dreamed of the moment since he was a boy in Abbotsford.\n'
    ),
    gold=[
        ("That's the best putt I've ever seen to lose a tournament,", 'Tommy Fleetwood', 'direct'),
        ('I have no idea what happened,', 'Adam Hadwin', 'direct'),
        ('he had dreamed of the moment since he was a boy in Abbotsford', 'Nick Taylor', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n456-biz-dental-breach',
    split='heldout74',
    text=(
        'Class action filed over dental data breach\n'
        '\n'
        "TORONTO — A proposed class action has been filed against a Toronto dental chain after a data breach exposed the records of 300,000 patients, the plaintiffs' lawyers said Thursday.\n"
        '\n'
        'The lawsuit, filed in Ontario Superior Court, says Smile Dental Group waited three weeks to notify patients.\n'
        '\n'
        '"People trusted this company with their health information," lawyer Sabrina Lombardi said in an interview.\n'
        '\n'
        'The company said in a statement that it had notified patients "as quickly as possible" and was working with the privacy commissioner.\n'
    ),
    gold=[
        ('A proposed class action has been filed against a Toronto dental chain after a data breach exposed the records of 300,000 patients', "the plaintiffs' lawyers", 'indirect', ["plaintiffs' lawyers"]),
        ('Smile Dental Group waited three weeks to notify patients', 'The lawsuit', 'indirect', ['the lawsuit', 'lawsuit', 'The lawsuit, filed in Ontario Superior Court']),
        ('People trusted this company with their health information,', 'Sabrina Lombardi', 'direct'),
        ('it had notified patients "as quickly as possible" and was working with the privacy commissioner', 'Smile Dental Group', 'indirect', ['The company', 'the company']),
        ('as quickly as possible', 'Smile Dental Group', 'partial', ['The company', 'the company']),
    ],
))
ARTICLES.append(dict(
    id='n457-ca-missing-hiker',
    split='heldout75',
    text=(
        'Family of hiker thanks searchers\n'
        '\n'
        'SQUAMISH, B.C. — The body of a hiker missing for a week on the Stawamus Chief has been found, RCMP said Sunday.\n'
        '\n'
        'Staff Sgt. Sascha Banks said searchers found the body of Emily Chen, 26, in steep terrain below the second peak.\n'
        '\n'
        'In a statement, Chen\'s family thanked the more than 100 volunteers who joined the search. "Emily loved these mountains, and she died doing what she loved," the family said.\n'
        '\n'
        'Squamish Search and Rescue manager B.J. Chute said the terrain was among the most dangerous in the area.\n'
    ),
    gold=[
        ('The body of a hiker missing for a week on the Stawamus Chief has been found', 'RCMP', 'indirect'),
        ('searchers found the body of Emily Chen, 26, in steep terrain below the second peak', 'Sascha Banks', 'indirect'),
        ('Emily loved these mountains, and she died doing what she loved,', "Chen's family", 'direct', ['the family', 'family']),
        ('the terrain was among the most dangerous in the area', 'B.J. Chute', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n458-ca-first-nation-emergency',
    split='heldout75',
    text=(
        'First Nation declares emergency over drug deaths\n'
        '\n'
        'THUNDER BAY, Ont. — A northern Ontario First Nation has declared a state of emergency after six people died of suspected drug overdoses in two weeks.\n'
        '\n'
        'Chief Derek Fox of Nishnawbe Aski Nation said the community of 900 had no treatment centre and no police station. "We are burying our young people," he said.\n'
        '\n'
        "Ontario's Indigenous Affairs Minister Greg Rickford said the province would send mental health workers. Fox said the help was welcome but far from enough.\n"
        '\n'
        'Grand Chief Alvin Fiddler, who represents 49 First Nations, called on Ottawa to fund a permanent detox facility.\n'
    ),
    gold=[
        ('the community of 900 had no treatment centre and no police station', 'Derek Fox', 'indirect'),
        ('We are burying our young people,', 'Derek Fox', 'direct'),
        ('the province would send mental health workers', 'Greg Rickford', 'indirect'),
        ('the help was welcome but far from enough', 'Derek Fox', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n459-ca-perfetti-returns',
    split='heldout75',
    text=(
        'Perfetti returns with two goals as Jets beat Wild\n'
        '\n'
        'WINNIPEG — Cole Perfetti scored twice in his return from injury and the Winnipeg Jets beat the Minnesota Wild 5-2 on Tuesday.\n'
        '\n'
        'Kyle Connor added a goal and two assists, and Connor Hellebuyck made 26 saves.\n'
        '\n'
        'Perfetti had missed six weeks with a broken finger. He said he had been nervous before the game.\n'
        '\n'
        '"I didn\'t know how my hand would feel," he said. "After the first shift, I forgot about it."\n'
        '\n'
        'Jets coach Rick Bowness said Perfetti had earned a spot on the top line. Wild coach Dean Evason said his team had been outworked.\n'
    ),
    gold=[
        ('he had been nervous before the game', 'Cole Perfetti', 'indirect'),
        ("I didn't know how my hand would feel,", 'Cole Perfetti', 'direct'),
        ('After the first shift, I forgot about it.', 'Cole Perfetti', 'direct'),
        ('Perfetti had earned a spot on the top line', 'Rick Bowness', 'indirect'),
        ('his team had been outworked', 'Dean Evason', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n460-ca-wrongful-conviction',
    split='heldout75',
    text=(
        'Man wrongly convicted of murder awarded $8 million\n'
        '\n'
        'TORONTO — A man who spent 23 years in prison for a murder he did not commit has been awarded $8 million in compensation, his lawyer said Wednesday.\n'
        '\n'
        'James Driskell, now 62, was released in 2005 after DNA evidence showed hairs used to convict him did not belong to him.\n'
        '\n'
        '"No amount of money gives me back those years," Driskell said in an interview. "But it tells people I was innocent."\n'
        '\n'
        'His lawyer, James Lockyer, said the settlement was one of the largest of its kind in Canada. Lockyer said the province had still not apologized.\n'
    ),
    gold=[
        ('A man who spent 23 years in prison for a murder he did not commit has been awarded $8 million in compensation', 'James Lockyer', 'indirect', ['his lawyer']),
        ('No amount of money gives me back those years,', 'James Driskell', 'direct'),
        ('But it tells people I was innocent.', 'James Driskell', 'direct'),
        ('the settlement was one of the largest of its kind in Canada', 'James Lockyer', 'indirect'),
        ('the province had still not apologized', 'James Lockyer', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n461-ca-canola-china',
    split='heldout75',
    text=(
        'Canola prices drop as China widens probe\n'
        '\n'
        'WINNIPEG — Canola futures fell to a two-year low on Monday after China said it would widen an anti-dumping investigation into Canadian canola.\n'
        '\n'
        'The Canola Council of Canada said the probe threatened a market worth $4 billion a year. "We have no evidence of dumping, because there is none," council president Chris Davison said.\n'
        '\n'
        'Farmer Bill Prybylski, who grows canola near Willowbrook, Sask., said he was holding his crop off the market. "I\'m not selling at these prices," he said.\n'
    ),
    gold=[
        ('it would widen an anti-dumping investigation into Canadian canola', 'China', 'indirect'),
        ('the probe threatened a market worth $4 billion a year', 'The Canola Council of Canada', 'indirect', ['Canola Council of Canada', 'the Canola Council of Canada']),
        ('We have no evidence of dumping, because there is none,', 'Chris Davison', 'direct'),
        ('he was holding his crop off the market', 'Bill Prybylski', 'indirect'),
        ("I'm not selling at these prices,", 'Bill Prybylski', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n462-ca-school-garden',
    split='heldout75',
    text=(
        "Teacher's garden feeds a neighbourhood\n"
        '\n'
        'SURREY, B.C. — When Harpreet Gill started a vegetable garden behind her elementary school six years ago, she hoped to teach her Grade 4 students where food comes from.\n'
        '\n'
        'Now the garden supplies a weekly food bank. "The kids run it. I just hold the hose," Gill said.\n'
        '\n'
        'Principal Karen Baxter said the garden had changed the school. She said attendance had gone up since students took over the harvest.\n'
        '\n'
        '"They don\'t want to miss watering day," Baxter said.\n'
    ),
    gold=[
        ('The kids run it. I just hold the hose,', 'Harpreet Gill', 'direct'),
        ('the garden had changed the school', 'Karen Baxter', 'indirect'),
        ('attendance had gone up since students took over the harvest', 'Karen Baxter', 'indirect'),
        ("They don't want to miss watering day,", 'Karen Baxter', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n463-us-nevada-caucuses',
    split='heldout76',
    text=(
        'Clinton wins Nevada caucuses\n'
        '\n'
        'LAS VEGAS — Hillary Clinton won the Nevada Democratic caucuses on Saturday, beating back a strong challenge from Bernie Sanders.\n'
        '\n'
        '"Some may have doubted us, but we never doubted each other," Clinton told supporters at Caesars Palace.\n'
        '\n'
        'Sanders congratulated her but vowed to fight on. "We have the wind at our backs," the Vermont senator said.\n'
        '\n'
        'Entrance polls showed Clinton won 76 percent of black voters, while Sanders carried voters under 30.\n'
    ),
    gold=[
        ('Some may have doubted us, but we never doubted each other,', 'Hillary Clinton', 'direct'),
        ('We have the wind at our backs,', 'Bernie Sanders', 'direct'),
        ('Clinton won 76 percent of black voters, while Sanders carried voters under 30', 'Entrance polls', 'indirect', ['entrance polls']),
    ],
))
ARTICLES.append(dict(
    id='n464-us-warren-tweets',
    split='heldout76',
    text=(
        'Warren, Trump trade insults on Twitter\n'
        '\n'
        'BOSTON — Sen. Elizabeth Warren of Massachusetts unleashed a series of tweets on Monday calling Donald Trump a "loser" and a "bully."\n'
        '\n'
        '"@realDonaldTrump is a fraud. Many people have lost money in his businesses," Warren wrote.\n'
        '\n'
        'Trump responded by calling her "goofy" in a post on Twitter. He said she had done "little in the Senate."\n'
    ),
    gold=[
        ('loser', 'Elizabeth Warren', 'partial'),
        ('bully.', 'Elizabeth Warren', 'partial'),
        ('@realDonaldTrump is a fraud. Many people have lost money in his businesses,', 'Elizabeth Warren', 'direct'),
        ('goofy', 'Donald Trump', 'partial'),
        ('she had done "little in the Senate."', 'Donald Trump', 'indirect'),
        ('little in the Senate.', 'Donald Trump', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n465-us-voter-id',
    split='heldout76',
    text=(
        'North Carolina governor signs voter ID law\n'
        '\n'
        'RALEIGH, N.C. — North Carolina Gov. Pat McCrory signed a bill Friday that requires voters to show photo identification at the polls.\n'
        '\n'
        'McCrory, a Republican, said the law would protect the integrity of elections. "If you need an ID to board a plane, you should need one to vote," he said.\n'
        '\n'
        'The state NAACP president, the Rev. William Barber, said the law would keep thousands of black voters from the polls.\n'
    ),
    gold=[
        ('the law would protect the integrity of elections', 'Pat McCrory', 'indirect'),
        ('If you need an ID to board a plane, you should need one to vote,', 'Pat McCrory', 'direct'),
        ('the law would keep thousands of black voters from the polls', 'William Barber', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n466-biz-apple-sales',
    split='heldout76',
    text=(
        'Apple sales fall for first time in 13 years\n'
        '\n'
        'CUPERTINO, Calif. — Apple Inc. reported its first quarterly revenue decline in 13 years on Tuesday as iPhone sales slumped.\n'
        '\n'
        'Chief executive Tim Cook said the company was going through a "temporary" slowdown. "We are not worried about the long term," Cook told analysts.\n'
        '\n'
        'Analyst Gene Munster of Piper Jaffray said investors were losing patience. He said the company needed a new product category.\n'
    ),
    gold=[
        ('the company was going through a "temporary" slowdown', 'Tim Cook', 'indirect'),
        ('temporary', 'Tim Cook', 'partial'),
        ('We are not worried about the long term,', 'Tim Cook', 'direct'),
        ('investors were losing patience', 'Gene Munster', 'indirect'),
        ('the company needed a new product category', 'Gene Munster', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n467-ca-ferry-cuts',
    split='heldout76',
    text=(
        'Ferry sailings cut for the winter\n'
        '\n'
        'NANAIMO, B.C. — BC Ferries will cut sailings between Nanaimo and Horseshoe Bay by a third this winter because it cannot find enough crew, the company said Tuesday.\n'
        '\n'
        '"We are doing everything we can to hire," said Jeff Groot, a spokesperson for the company. "But there is a shortage of mariners across the country."\n'
        '\n'
        'Nanaimo Mayor Leonard Krog called the cuts "a body blow" to the island\'s economy.\n'
        '\n'
        'Commuter Dave Holt, who takes the ferry three days a week, said he might have to quit his job.\n'
    ),
    gold=[
        ('BC Ferries will cut sailings between Nanaimo and Horseshoe Bay by a third this winter because it cannot find enough crew', 'BC Ferries', 'indirect', ['the company']),
        ('We are doing everything we can to hire,', 'Jeff Groot', 'direct'),
        ('But there is a shortage of mariners across the country.', 'Jeff Groot', 'direct'),
        ('a body blow', 'Leonard Krog', 'partial'),
        ('he might have to quit his job', 'Dave Holt', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n468-us-measles-warning',
    split='heldout76',
    text=(
        'CDC warns of measles outbreaks\n'
        '\n'
        "ATLANTA — The Centers for Disease Control and Prevention warned Thursday that measles cases in the United States had already passed last year's total.\n"
        '\n'
        '"This is a preventable disease," CDC Director Mandy Cohen said in a statement. "Vaccination is the best protection."\n'
        '\n'
        'A state health official in Texas, who was not authorized to speak publicly, said the outbreak there had grown to 300 cases.\n'
    ),
    gold=[
        ("measles cases in the United States had already passed last year's total", 'The Centers for Disease Control and Prevention', 'indirect', ['Centers for Disease Control and Prevention', 'the Centers for Disease Control and Prevention']),
        ('This is a preventable disease,', 'Mandy Cohen', 'direct'),
        ('Vaccination is the best protection.', 'Mandy Cohen', 'direct'),
        ('the outbreak there had grown to 300 cases', 'A state health official in Texas', 'indirect', ['a state health official in Texas', 'A state health official', 'a state health official']),
    ],
))
ARTICLES.append(dict(
    id='n469-ca-former-mayor-dies',
    split='heldout77',
    text=(
        'Former Regina mayor Walter Kowalski dies at 89\n'
        '\n'
        'REGINA — Walter Kowalski, who served three terms as mayor of Regina and later as a provincial cabinet minister, has died at 89, his family said Tuesday.\n'
        '\n'
        'Kowalski died peacefully at home surrounded by family, his daughter, Lisa Kowalski, said in a statement. "Dad loved this city with his whole heart," she said.\n'
        '\n'
        'Current Mayor Sandra Masters called him "a builder in every sense of the word." Flags at city hall will fly at half-mast until the funeral.\n'
        '\n'
        'Former premier Lorne Calvert, who served in cabinet with Kowalski, said he was a man who never forgot where he came from.\n'
    ),
    gold=[
        ('Walter Kowalski, who served three terms as mayor of Regina and later as a provincial cabinet minister, has died at 89', 'his family', 'indirect', ['family']),
        ('Kowalski died peacefully at home surrounded by family', 'Lisa Kowalski', 'indirect'),
        ('Dad loved this city with his whole heart,', 'Lisa Kowalski', 'direct'),
        ('a builder in every sense of the word.', 'Sandra Masters', 'partial'),
        ('he was a man who never forgot where he came from', 'Lorne Calvert', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n470-ca-whitecaps-toronto',
    split='heldout77',
    text=(
        'Whitecaps edge Toronto FC\n'
        '\n'
        'VANCOUVER — Brian White scored in the 89th minute and the Vancouver Whitecaps beat Toronto FC 2-1 on Saturday.\n'
        '\n'
        'Ryan Gauld had put Vancouver ahead in the first half before Federico Bernardeschi equalized for Toronto.\n'
        '\n'
        '"We never stopped pushing," said White, who has 11 goals this season. "The coach told us at halftime that the chances would come."\n'
        '\n'
        "Whitecaps coach Vanni Sartini praised his players' fitness. The Italian said the team had trained twice a day during the break.\n"
        '\n'
        'Toronto coach John Herdman said his team had been unlucky. "We hit the post twice," he said.\n'
    ),
    gold=[
        ('We never stopped pushing,', 'Brian White', 'direct'),
        ('The coach told us at halftime that the chances would come.', 'Brian White', 'direct'),
        ('the team had trained twice a day during the break', 'Vanni Sartini', 'indirect'),
        ('his team had been unlucky', 'John Herdman', 'indirect'),
        ('We hit the post twice,', 'John Herdman', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n471-ca-house-fire',
    split='heldout77',
    text=(
        'Woman killed in Mississauga house fire\n'
        '\n'
        'MISSISSAUGA, Ont. — A woman has died after a fire tore through a house in Mississauga early Thursday, Peel Regional Police said.\n'
        '\n'
        "Const. Mandeep Khatra said the fire was not considered suspicious. The woman's name has not been released.\n"
        '\n'
        'Neighbour Theresa Lopes said she woke to the sound of windows breaking. "The whole back of the house was orange," she said.\n'
        '\n'
        'A friend of the victim, Anita Desai, said the woman lived alone and had moved to Canada from Kenya three years ago.\n'
    ),
    gold=[
        ('A woman has died after a fire tore through a house in Mississauga early Thursday', 'Peel Regional Police', 'indirect', ['police']),
        ('the fire was not considered suspicious', 'Mandeep Khatra', 'indirect'),
        ('she woke to the sound of windows breaking', 'Theresa Lopes', 'indirect'),
        ('The whole back of the house was orange,', 'Theresa Lopes', 'direct'),
        ('the woman lived alone and had moved to Canada from Kenya three years ago', 'Anita Desai', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n472-ca-carbon-tax-vow',
    split='heldout77',
    text=(
        'Poilievre vows to repeal carbon tax\n'
        '\n'
        'OTTAWA — Conservative Leader Pierre Poilievre promised Monday to repeal the consumer carbon tax within his first 100 days if he wins the next election.\n'
        '\n'
        '"Canadians cannot afford this tax any longer," Poilievre told supporters in Ottawa.\n'
        '\n'
        'Prime Minister Justin Trudeau said the Conservatives had no plan to fight climate change. "They want to make pollution free again," he said in Question Period.\n'
        '\n'
        "Environmental Defence director Keith Stewart said ending the carbon price would make it harder to meet Canada's climate targets.\n"
    ),
    gold=[
        ('Canadians cannot afford this tax any longer,', 'Pierre Poilievre', 'direct'),
        ('the Conservatives had no plan to fight climate change', 'Justin Trudeau', 'indirect'),
        ('They want to make pollution free again,', 'Justin Trudeau', 'direct'),
        ("ending the carbon price would make it harder to meet Canada's climate targets", 'Keith Stewart', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n473-ca-air-canada-tel-aviv',
    split='heldout77',
    text=(
        'Air Canada to resume flights to Tel Aviv\n'
        '\n'
        'MONTREAL — Air Canada said Wednesday it would resume flights between Toronto and Tel Aviv next month, after a suspension of more than a year.\n'
        '\n'
        'The carrier said it had been monitoring the security situation closely. "The safety of our customers and crews is our highest priority," spokesperson Peter Fitzpatrick said.\n'
        '\n'
        'Travel industry analyst John Gradek of McGill University said the airline was responding to strong demand.\n'
    ),
    gold=[
        ('it would resume flights between Toronto and Tel Aviv next month, after a suspension of more than a year', 'Air Canada', 'indirect'),
        ('it had been monitoring the security situation closely', 'Air Canada', 'indirect', ['The carrier', 'the carrier']),
        ('The safety of our customers and crews is our highest priority,', 'Peter Fitzpatrick', 'direct'),
        ('the airline was responding to strong demand', 'John Gradek', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n474-ca-twin-doctors',
    split='heldout77',
    text=(
        'Twin sisters graduate as doctors on same day\n'
        '\n'
        "ST. JOHN'S, N.L. — Twin sisters Emma and Claire Walsh started kindergarten together, played on the same hockey team and, on Friday, graduated from medical school on the same stage.\n"
        '\n'
        '"People always ask if we planned it. We didn\'t," Emma Walsh said, laughing.\n'
        '\n'
        'Claire, who was born seven minutes later, will train in family medicine in Corner Brook. Her sister is headed to Halifax for pediatrics.\n'
        '\n'
        '"It\'ll be the first time we\'ve lived apart," Claire said. "Mom is already planning the road trips."\n'
    ),
    gold=[
        ("People always ask if we planned it. We didn't,", 'Emma Walsh', 'direct'),
        ("It'll be the first time we've lived apart,", 'Claire Walsh', 'direct', ['Claire']),
        ('Mom is already planning the road trips.', 'Claire Walsh', 'direct', ['Claire']),
    ],
))
ARTICLES.append(dict(
    id='n475-us-cruz-drops-out',
    split='heldout78',
    text=(
        'Cruz drops out after Indiana loss\n'
        '\n'
        'INDIANAPOLIS — Ted Cruz ended his presidential campaign on Tuesday night after losing the Indiana primary to Donald Trump, clearing the way for Trump to win the Republican nomination.\n'
        '\n'
        '"We left it all on the field in Indiana," Cruz told supporters. "The voters chose another path."\n'
        '\n'
        'Trump called Cruz "one hell of a competitor" in a victory speech at Trump Tower.\n'
        '\n'
        "Republican National Committee Chairman Reince Priebus wrote on Twitter that Trump would be the party's presumptive nominee.\n"
    ),
    gold=[
        ('We left it all on the field in Indiana,', 'Ted Cruz', 'direct'),
        ('The voters chose another path.', 'Ted Cruz', 'direct'),
        ('one hell of a competitor', 'Donald Trump', 'partial'),
        ("Trump would be the party's presumptive nominee", 'Reince Priebus', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n476-us-zika-spar',
    split='heldout78',
    text=(
        'Pelosi, Ryan spar over Zika money\n'
        '\n'
        'WASHINGTON — House Democratic Leader Nancy Pelosi accused Republicans on Wednesday of playing politics with Zika funding.\n'
        '\n'
        '"Every day that passes is a day that pregnant women are at risk," Pelosi said.\n'
        '\n'
        'Speaker Paul Ryan said Democrats were the ones blocking the money. His spokeswoman, AshLee Strong, said in an email that the Democrats\' objections were "a political stunt."\n'
    ),
    gold=[
        ('Every day that passes is a day that pregnant women are at risk,', 'Nancy Pelosi', 'direct'),
        ('Democrats were the ones blocking the money', 'Paul Ryan', 'indirect'),
        ('the Democrats\' objections were "a political stunt."', 'AshLee Strong', 'indirect'),
        ('a political stunt.', 'AshLee Strong', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n477-us-sit-in',
    split='heldout78',
    text=(
        'Democrats stage sit-in over guns\n'
        '\n'
        'WASHINGTON — House Democrats staged a sit-in on the House floor on Wednesday to demand votes on gun control after the Orlando nightclub shooting.\n'
        '\n'
        'Rep. John Lewis of Georgia, the civil rights leader, led the protest. "Sometimes you have to do something out of the ordinary," Lewis said.\n'
        '\n'
        'Republicans called the protest a stunt. House Speaker Paul Ryan said the sit-in was "nothing more than a publicity stunt."\n'
    ),
    gold=[
        ('Sometimes you have to do something out of the ordinary,', 'John Lewis', 'direct'),
        ('the sit-in was "nothing more than a publicity stunt."', 'Paul Ryan', 'indirect'),
        ('nothing more than a publicity stunt.', 'Paul Ryan', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n478-biz-netflix-growth',
    split='heldout78',
    text=(
        'Netflix subscriber growth slows\n'
        '\n'
        'LOS GATOS, Calif. — Netflix Inc. added fewer subscribers than expected in the second quarter, sending its shares down 14 percent in after-hours trading.\n'
        '\n'
        'The company blamed higher prices and tougher competition. Chief financial officer David Wells said in a video interview that the company had been "too optimistic" about international growth.\n'
        '\n'
        '"We\'re still very confident in the long-term opportunity," chief executive Reed Hastings said.\n'
    ),
    gold=[
        ('the company had been "too optimistic" about international growth', 'David Wells', 'indirect'),
        ('too optimistic', 'David Wells', 'partial'),
        ("We're still very confident in the long-term opportunity,", 'Reed Hastings', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n479-ca-teachers-strike-vote',
    split='heldout78',
    text=(
        'Alberta teachers vote to strike\n'
        '\n'
        "EDMONTON — Members of the Alberta Teachers' Association voted 95 per cent in favour of a strike, according to union president Jason Schilling, who announced the result Tuesday.\n"
        '\n'
        'Schilling told reporters that teachers had been without a contract for two years. "Our members have had enough," he said.\n'
        '\n'
        'Education Minister Demetrios Nicolaides said the government had made a fair offer. Parent Rebecca Mills, 41, said she was worried about her children falling behind.\n'
    ),
    gold=[
        ("Members of the Alberta Teachers' Association voted 95 per cent in favour of a strike", 'Jason Schilling', 'indirect'),
        ('teachers had been without a contract for two years', 'Jason Schilling', 'indirect'),
        ('Our members have had enough,', 'Jason Schilling', 'direct'),
        ('the government had made a fair offer', 'Demetrios Nicolaides', 'indirect'),
        ('she was worried about her children falling behind', 'Rebecca Mills', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n480-sport-mcintosh-gold',
    split='heldout78',
    text=(
        'McIntosh wins third gold\n'
        '\n'
        'PARIS — Summer McIntosh won her third gold medal of the Olympics on Saturday, taking the 200-metre individual medley in an Olympic-record time.\n'
        '\n'
        '"I can\'t believe this is real," the 17-year-old from Toronto said.\n'
        '\n'
        'American Kate Douglass took silver. She said McIntosh was "the best all-around swimmer in the world right now."\n'
        '\n'
        'Swimming Canada head coach Ryan Mallette said McIntosh had handled the pressure better than anyone.\n'
    ),
    gold=[
        ("I can't believe this is real,", 'Summer McIntosh', 'direct'),
        ('McIntosh was "the best all-around swimmer in the world right now."', 'Kate Douglass', 'indirect'),
        ('the best all-around swimmer in the world right now.', 'Kate Douglass', 'partial'),
        ('McIntosh had handled the pressure better than anyone', 'Ryan Mallette', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n481-ca-senators-shootout',
    split='heldout79',
    text=(
        'Senators rally to beat Canadiens in shootout\n'
        '\n'
        'OTTAWA — Tim Stützle scored the shootout winner and the Ottawa Senators rallied from three goals down to beat the Montreal Canadiens 5-4 on Saturday.\n'
        '\n'
        'Linus Ullmark stopped all three Montreal shooters, including Cole Caufield, who had scored twice in regulation.\n'
        '\n'
        '"When you\'re down three, you just try to get one back," said Ullmark, who made 27 saves. "Then the building got loud."\n'
        '\n'
        'Canadiens coach Martin St. Louis said his team stopped skating after the second period. He did not blame goalie Sam Montembeault, who was pulled after allowing four goals on 19 shots. "That\'s on all of us," St. Louis said.\n'
        '\n'
        'Caufield, asked about the shootout, shrugged. "He made a good save," the winger said.\n'
    ),
    gold=[
        ("When you're down three, you just try to get one back,", 'Linus Ullmark', 'direct'),
        ('Then the building got loud.', 'Linus Ullmark', 'direct'),
        ('his team stopped skating after the second period', 'Martin St. Louis', 'indirect'),
        ("That's on all of us,", 'Martin St. Louis', 'direct'),
        ('He made a good save,', 'Cole Caufield', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n482-ca-elder-fraud',
    split='heldout79',
    text=(
        'Two women charged in elder fraud scheme\n'
        '\n'
        'LONDON, Ont. — Two women have been charged after an 84-year-old London woman was defrauded of more than $200,000, police say.\n'
        '\n'
        "Det. Const. Amanda Reid said the pair posed as bank investigators and persuaded the victim to withdraw cash over several months. She said the victim's daughter alerted police in March.\n"
        '\n'
        'The daughter, who asked that her name not be published, said her mother was too embarrassed to tell anyone. "She thought she was helping catch criminals," she said.\n'
        '\n'
        'Jennifer Osei, 38, and Monique Gagnon, 45, both of Toronto, are due in court next month.\n'
    ),
    gold=[
        ('Two women have been charged after an 84-year-old London woman was defrauded of more than $200,000', 'police', 'indirect'),
        ('the pair posed as bank investigators and persuaded the victim to withdraw cash over several months', 'Amanda Reid', 'indirect'),
        ("the victim's daughter alerted police in March", 'Amanda Reid', 'indirect'),
        ('her mother was too embarrassed to tell anyone', 'The daughter', 'indirect', ['the daughter', 'The daughter, who asked that her name not be published', "the victim's daughter"]),
        ('She thought she was helping catch criminals,', 'The daughter', 'direct', ['the daughter', 'The daughter, who asked that her name not be published', "the victim's daughter"]),
    ],
))
ARTICLES.append(dict(
    id='n483-ca-ns-campaign',
    split='heldout79',
    text=(
        'Houston promises long-term care beds as campaign begins\n'
        '\n'
        'HALIFAX — Progressive Conservative Leader Tim Houston launched his election campaign Thursday with a promise to add 1,000 long-term care beds.\n'
        '\n'
        '"Nova Scotians deserve a government that listens," the Tory leader told supporters in Pictou.\n'
        '\n'
        'Liberal Leader Zach Churchill, who was health minister until 2021, said the promise was unaffordable. NDP Leader Claudia Chender said both parties had ignored housing.\n'
        '\n'
        'Churchill later told reporters Houston had broken promises before. "He said he\'d fix health care in 2021," he said.\n'
    ),
    gold=[
        ('Nova Scotians deserve a government that listens,', 'Tim Houston', 'direct'),
        ('the promise was unaffordable', 'Zach Churchill', 'indirect'),
        ('both parties had ignored housing', 'Claudia Chender', 'indirect'),
        ('Houston had broken promises before', 'Zach Churchill', 'indirect'),
        ("He said he'd fix health care in 2021,", 'Zach Churchill', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n484-ca-shoppers-trade-down',
    split='heldout79',
    text=(
        'Canadian Tire CEO says shoppers are trading down\n'
        '\n'
        'TORONTO — Shoppers are buying cheaper brands and putting off big purchases, Canadian Tire Corp. chief executive Greg Hicks said Thursday.\n'
        '\n'
        '"Customers are being very careful with every dollar," the chief executive said on a call with analysts.\n'
        '\n'
        'The retailer reported a 3 per cent drop in sales at stores open at least a year.\n'
        '\n'
        'Analyst Irene Nattel said the results were better than she had feared.\n'
    ),
    gold=[
        ('Shoppers are buying cheaper brands and putting off big purchases', 'Greg Hicks', 'indirect'),
        ('Customers are being very careful with every dollar,', 'Greg Hicks', 'direct'),
        ('the results were better than she had feared', 'Irene Nattel', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n485-ca-fiddler-last-show',
    split='heldout79',
    text=(
        'Fiddler plays her last show\n'
        '\n'
        'CHÉTICAMP, N.S. — For 50 years, Hélène Chiasson has played the fiddle at kitchen parties across Cape Breton.\n'
        '\n'
        'On Saturday, the 72-year-old will play her last public show at the Doryman Pub. "My hands are telling me it\'s time," she said.\n'
        '\n'
        '"I\'ll still play for my grandchildren. That won\'t stop."\n'
        '\n'
        'Her son, Marc Chiasson, will accompany her on guitar. He said his mother taught half the fiddlers in the county.\n'
    ),
    gold=[
        ("My hands are telling me it's time,", 'Hélène Chiasson', 'direct'),
        ("I'll still play for my grandchildren. That won't stop.", 'Hélène Chiasson', 'direct'),
        ('his mother taught half the fiddlers in the county', 'Marc Chiasson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n486-ca-bail-denied',
    split='heldout79',
    text=(
        'Bail denied for man accused in Surrey shooting\n'
        '\n'
        'SURREY, B.C. — A man charged in a fatal shooting outside a Surrey banquet hall will stay in custody until trial, a B.C. provincial court judge ruled Wednesday.\n'
        '\n'
        'The Crown argued that Harjit Dhaliwal, 29, posed a risk to public safety. Defence lawyer Kevin Westell said his client had no criminal record and would abide by any conditions.\n'
        '\n'
        'Judge Maria Kim said the seriousness of the charge outweighed those factors.\n'
    ),
    gold=[
        ('A man charged in a fatal shooting outside a Surrey banquet hall will stay in custody until trial', 'a B.C. provincial court judge', 'indirect', ['Maria Kim', 'judge']),
        ('Harjit Dhaliwal, 29, posed a risk to public safety', 'The Crown', 'indirect', ['the Crown', 'Crown']),
        ('his client had no criminal record and would abide by any conditions', 'Kevin Westell', 'indirect'),
        ('the seriousness of the charge outweighed those factors', 'Maria Kim', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n487-us-south-carolina',
    split='heldout80',
    text=(
        'Clinton routs Sanders in South Carolina\n'
        '\n'
        'COLUMBIA, S.C. — Hillary Clinton won the South Carolina Democratic primary in a landslide on Saturday, carrying nearly nine in 10 black voters.\n'
        '\n'
        '"Tomorrow this campaign goes national," the former secretary of state told supporters.\n'
        '\n'
        'Sanders, who had already left the state for Minnesota, told reporters in Rochester that he would keep fighting. "This campaign is just beginning," he said.\n'
        '\n'
        "Clinton's campaign chairman, John Podesta, said the win showed the breadth of her coalition.\n"
    ),
    gold=[
        ('Tomorrow this campaign goes national,', 'Hillary Clinton', 'direct'),
        ('he would keep fighting', 'Bernie Sanders', 'indirect', ['Sanders']),
        ('This campaign is just beginning,', 'Bernie Sanders', 'direct', ['Sanders']),
        ('the win showed the breadth of her coalition', 'John Podesta', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n488-us-fifth-avenue',
    split='heldout80',
    text=(
        'Trump boasts of loyal supporters\n'
        '\n'
        'SIOUX CENTER, Iowa — Donald Trump boasted on Saturday that his supporters were so loyal that he "could stand in the middle of Fifth Avenue and shoot somebody" and not lose voters.\n'
        '\n'
        '"It\'s like, incredible," Trump said of his poll numbers.\n'
        '\n'
        'Iowa Gov. Terry Branstad, who has not endorsed a candidate, called the remark "unfortunate."\n'
    ),
    gold=[
        ('his supporters were so loyal that he "could stand in the middle of Fifth Avenue and shoot somebody" and not lose voters', 'Donald Trump', 'indirect'),
        ('could stand in the middle of Fifth Avenue and shoot somebody', 'Donald Trump', 'partial'),
        ("It's like, incredible,", 'Donald Trump', 'direct'),
        ('unfortunate.', 'Terry Branstad', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n489-us-obama-brexit',
    split='heldout80',
    text=(
        'Obama warns Britain on leaving EU\n'
        '\n'
        'LONDON — President Barack Obama warned Friday that Britain would go to "the back of the queue" for a trade deal with the United States if it left the European Union.\n'
        '\n'
        "Prime Minister David Cameron, standing beside Obama at a news conference, said the president's words should be heard. Boris Johnson, the former mayor of London, accused Obama of hypocrisy.\n"
        '\n'
        '"It is a breathtaking example of the do-as-I-say-but-not-as-I-do approach," Johnson wrote in The Sun.\n'
    ),
    gold=[
        ('Britain would go to "the back of the queue" for a trade deal with the United States if it left the European Union', 'Barack Obama', 'indirect'),
        ('the back of the queue', 'Barack Obama', 'partial'),
        ("the president's words should be heard", 'David Cameron', 'indirect'),
        ('It is a breathtaking example of the do-as-I-say-but-not-as-I-do approach,', 'Boris Johnson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n490-biz-wells-fargo-fine',
    split='heldout80',
    text=(
        'Wells Fargo fined $185 million over fake accounts\n'
        '\n'
        "SAN FRANCISCO — Wells Fargo & Co. will pay $185 million in fines after employees opened as many as 2 million accounts without customers' knowledge, regulators said Thursday.\n"
        '\n'
        "Richard Cordray, director of the Consumer Financial Protection Bureau, said the bank's employees had been under pressure to meet sales targets.\n"
        '\n'
        'The bank said in a statement that it had fired about 5,300 employees and refunded $2.6 million to customers.\n'
    ),
    gold=[
        ("Wells Fargo & Co. will pay $185 million in fines after employees opened as many as 2 million accounts without customers' knowledge", 'regulators', 'indirect'),
        ("the bank's employees had been under pressure to meet sales targets", 'Richard Cordray', 'indirect'),
        ('it had fired about 5,300 employees and refunded $2.6 million to customers', 'Wells Fargo & Co.', 'indirect', ['The bank', 'the bank', 'Wells Fargo']),
    ],
))
ARTICLES.append(dict(
    id='n491-sport-mitchell-traded',
    split='heldout80',
    text=(
        'Stampeders trade Bo Levi Mitchell to Hamilton\n'
        '\n'
        'CALGARY — The Calgary Stampeders have traded quarterback Bo Levi Mitchell to the Hamilton Tiger-Cats, ending a 10-season run in which he won two Grey Cups.\n'
        '\n'
        '"It\'s hard to put into words what this city means to me," Mitchell wrote on Instagram.\n'
        '\n'
        'Stampeders general manager John Hufnagel said the team needed to get younger. Tiger-Cats coach Orlondo Steinauer called Mitchell "a proven winner."\n'
    ),
    gold=[
        ("It's hard to put into words what this city means to me,", 'Bo Levi Mitchell', 'direct'),
        ('the team needed to get younger', 'John Hufnagel', 'indirect'),
        ('a proven winner.', 'Orlondo Steinauer', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n492-us-tb-exposure',
    split='heldout80',
    text=(
        'Hospital patients exposed to tuberculosis\n'
        '\n'
        'PHOENIX — More than 300 patients at a Phoenix hospital may have been exposed to tuberculosis by an infected nurse, health officials said Monday.\n'
        '\n'
        'The nurse, whose name was not released, worked in the neonatal unit from January to April, said Dr. Rebecca Sunenshine, medical director for disease control in Maricopa County.\n'
        '\n'
        '"The risk to any individual patient is low," she said. "But we are contacting every family."\n'
    ),
    gold=[
        ('More than 300 patients at a Phoenix hospital may have been exposed to tuberculosis by an infected nurse', 'health officials', 'indirect', ['officials']),
        ('The nurse, whose name was not released, worked in the neonatal unit from January to April', 'Rebecca Sunenshine', 'indirect'),
        ('The risk to any individual patient is low,', 'Rebecca Sunenshine', 'direct'),
        ('But we are contacting every family.', 'Rebecca Sunenshine', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n493-ca-skinner-shutout',
    split='heldout81',
    text=(
        'Skinner blanks Kings for second straight shutout\n'
        '\n'
        'LOS ANGELES — Stuart Skinner made 32 saves for his second straight shutout and the Edmonton Oilers beat the Los Angeles Kings 3-0 on Thursday.\n'
        '\n'
        'Zach Hyman scored twice. Kings goalie Cam Talbot, a former Oiler, allowed three goals on 25 shots.\n'
        '\n'
        '"He\'s seeing the puck really well right now," Hyman said of Skinner. "We\'re not giving him much help, either."\n'
        '\n'
        'The 25-year-old netminder downplayed the streak. "It\'s a team thing," Skinner said.\n'
        '\n'
        'Talbot, who spent three seasons in Edmonton, said he still had friends in the Oilers\' dressing room. "It\'s always a little weird," the veteran said.\n'
    ),
    gold=[
        ("He's seeing the puck really well right now,", 'Zach Hyman', 'direct'),
        ("We're not giving him much help, either.", 'Zach Hyman', 'direct'),
        ("It's a team thing,", 'Stuart Skinner', 'direct'),
        ("he still had friends in the Oilers' dressing room", 'Cam Talbot', 'indirect'),
        ("It's always a little weird,", 'Cam Talbot', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n494-ca-care-home-inquiry',
    split='heldout81',
    text=(
        'Inquiry hears from nurse who raised alarm\n'
        '\n'
        'WINNIPEG — A nurse who warned managers about unsafe staffing at a Winnipeg personal care home months before a COVID-19 outbreak testified Tuesday that her concerns were ignored.\n'
        '\n'
        'Carol Moyer, who worked at Maples Long Term Care Home for 12 years, told the inquiry she had sent three emails to the home\'s director. "Nobody wrote back," Moyer said.\n'
        '\n'
        'Under cross-examination, the home\'s lawyer, Sandra Beck, suggested the emails had gone to the wrong address. The nurse disagreed. "I used the same address for years," she said.\n'
    ),
    gold=[
        ('her concerns were ignored', 'Carol Moyer', 'indirect'),
        ("she had sent three emails to the home's director", 'Carol Moyer', 'indirect'),
        ('Nobody wrote back,', 'Carol Moyer', 'direct'),
        ('the emails had gone to the wrong address', 'Sandra Beck', 'indirect'),
        ('I used the same address for years,', 'Carol Moyer', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n495-ca-quebec-tuition',
    split='heldout81',
    text=(
        'Quebec scales back tuition hike for out-of-province students\n'
        '\n'
        'QUEBEC CITY — Quebec will limit a planned tuition increase for students from other provinces after an outcry from English-language universities, the government announced Friday.\n'
        '\n'
        'Higher Education Minister Pascale Déry said the new fee would be $12,000 a year, down from the $17,000 first proposed. "We listened," she said.\n'
        '\n'
        'McGill University principal Deep Saini said the change would still cost the school millions. Concordia University said in a statement it was studying the decision.\n'
    ),
    gold=[
        ('Quebec will limit a planned tuition increase for students from other provinces after an outcry from English-language universities', 'the government', 'indirect', ['government']),
        ('the new fee would be $12,000 a year, down from the $17,000 first proposed', 'Pascale Déry', 'indirect'),
        ('We listened,', 'Pascale Déry', 'direct'),
        ('the change would still cost the school millions', 'Deep Saini', 'indirect'),
        ('it was studying the decision', 'Concordia University', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n496-ca-lululemon-founder',
    split='heldout81',
    text=(
        "Lululemon founder criticizes company's direction\n"
        '\n'
        "VANCOUVER — Lululemon Athletica Inc. founder Chip Wilson has taken out full-page newspaper ads criticizing the company's board, saying it has lost its way.\n"
        '\n'
        '"The company has become a follower, not a leader," the billionaire wrote in the ads.\n'
        '\n'
        'A Lululemon spokesperson said the company remained focused on its strategy and declined further comment.\n'
    ),
    gold=[
        ('it has lost its way', 'Chip Wilson', 'indirect'),
        ('The company has become a follower, not a leader,', 'Chip Wilson', 'direct'),
        ('the company remained focused on its strategy', 'A Lululemon spokesperson', 'indirect', ['a Lululemon spokesperson', 'Lululemon spokesperson']),
    ],
))
ARTICLES.append(dict(
    id='n497-ca-veteran-wreath',
    split='heldout81',
    text=(
        'Veteran, 99, marks Remembrance Day\n'
        '\n'
        'OTTAWA — Walter Novak was 19 when he landed on Juno Beach. On Saturday, the 99-year-old will lay a wreath at the National War Memorial.\n'
        '\n'
        '"I think about the boys who didn\'t come home," Novak said. "Every day, not just today."\n'
        '\n'
        'His son, Peter Novak, 68, will push his wheelchair. He said his father rarely talked about the war until he turned 90.\n'
    ),
    gold=[
        ("I think about the boys who didn't come home,", 'Walter Novak', 'direct'),
        ('Every day, not just today.', 'Walter Novak', 'direct'),
        ('his father rarely talked about the war until he turned 90', 'Peter Novak', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n498-ca-pharmacists-birth-control',
    split='heldout81',
    text=(
        'B.C. pharmacists to prescribe birth control\n'
        '\n'
        'VICTORIA — Pharmacists in British Columbia will be able to prescribe birth control starting next month, Health Minister Adrian Dix said Tuesday.\n'
        '\n'
        'Dr. Ellen Wiebe, a Vancouver family physician, said the change would help women who cannot find a family doctor. "This removes a barrier," the doctor said.\n'
        '\n'
        'B.C. Pharmacy Association CEO Annette Robinson said pharmacists had been trained for the change. She said 1,000 pharmacies had signed up.\n'
    ),
    gold=[
        ('Pharmacists in British Columbia will be able to prescribe birth control starting next month', 'Adrian Dix', 'indirect'),
        ('the change would help women who cannot find a family doctor', 'Ellen Wiebe', 'indirect'),
        ('This removes a barrier,', 'Ellen Wiebe', 'direct'),
        ('pharmacists had been trained for the change', 'Annette Robinson', 'indirect'),
        ('1,000 pharmacies had signed up', 'Annette Robinson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n499-us-clinton-concedes',
    split='heldout82',
    text=(
        'Clinton concedes, urges supporters to give Trump a chance\n'
        '\n'
        'NEW YORK — Hillary Clinton conceded the presidential election on Wednesday, urging her supporters to give Donald Trump "a chance to lead."\n'
        '\n'
        '"This is painful, and it will be for a long time," Clinton told campaign staff and supporters at a Manhattan hotel.\n'
        '\n'
        'President Barack Obama, speaking at the White House, said he was "rooting for" Trump\'s success.\n'
    ),
    gold=[
        ('a chance to lead.', 'Hillary Clinton', 'partial'),
        ('This is painful, and it will be for a long time,', 'Hillary Clinton', 'direct'),
        ('he was "rooting for" Trump\'s success', 'Barack Obama', 'indirect'),
        ('rooting for', 'Barack Obama', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n500-us-sanders-endorses',
    split='heldout82',
    text=(
        'Sanders endorses Clinton\n'
        '\n'
        'PORTSMOUTH, N.H. — Bernie Sanders endorsed Hillary Clinton on Tuesday, ending a bitter primary fight.\n'
        '\n'
        '"She will be the Democratic nominee, and I intend to do everything I can to make certain she will be the next president," the Vermont senator said at a rally with Clinton.\n'
        '\n'
        'Some of his supporters booed. Clinton thanked Sanders for "energizing" young voters.\n'
    ),
    gold=[
        ('She will be the Democratic nominee, and I intend to do everything I can to make certain she will be the next president,', 'Bernie Sanders', 'direct'),
        ('energizing', 'Hillary Clinton', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n501-biz-gm-recall',
    split='heldout82',
    text=(
        'GM recalls 4.3 million vehicles over air bags\n'
        '\n'
        'DETROIT — General Motors Co. is recalling about 4.3 million vehicles worldwide to fix a software defect that can keep air bags from inflating in a crash, the company said Friday.\n'
        '\n'
        'GM said it knew of one death and three injuries linked to the defect. Spokesman Dan Flores said dealers would update the software free of charge.\n'
    ),
    gold=[
        ('General Motors Co. is recalling about 4.3 million vehicles worldwide to fix a software defect that can keep air bags from inflating in a crash', 'General Motors Co.', 'indirect', ['GM', 'the company']),
        ('it knew of one death and three injuries linked to the defect', 'General Motors Co.', 'indirect', ['GM']),
        ('dealers would update the software free of charge', 'Dan Flores', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n502-us-christie-endorses',
    split='heldout82',
    text=(
        'Christie endorses Trump\n'
        '\n'
        'FORT WORTH, Texas — New Jersey Gov. Chris Christie endorsed Donald Trump on Friday, two weeks after ending his own presidential bid.\n'
        '\n'
        '"He is rewriting the playbook," Christie said at a news conference with Trump. "There is no one better prepared to beat Hillary Clinton."\n'
        '\n'
        'Meg Whitman, a Christie fundraiser, called the endorsement "an astonishing display of political opportunism."\n'
    ),
    gold=[
        ('He is rewriting the playbook,', 'Chris Christie', 'direct'),
        ('There is no one better prepared to beat Hillary Clinton.', 'Chris Christie', 'direct'),
        ('an astonishing display of political opportunism.', 'Meg Whitman', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n503-ca-kelowna-standoff',
    split='heldout82',
    text=(
        'Man arrested after standoff in Kelowna\n'
        '\n'
        'KELOWNA, B.C. — A man was arrested after a six-hour standoff with police at a downtown apartment building on Tuesday, RCMP said.\n'
        '\n'
        'A witness who lives across the street said officers had surrounded the building by 10 a.m. "There were dozens of them," the witness said.\n'
        '\n'
        "Cpl. Jesse O'Donaghey said no one was hurt. He said the man would appear in court Wednesday.\n"
    ),
    gold=[
        ('A man was arrested after a six-hour standoff with police at a downtown apartment building on Tuesday', 'RCMP', 'indirect'),
        ('officers had surrounded the building by 10 a.m.', 'A witness who lives across the street', 'indirect', ['a witness who lives across the street', 'A witness', 'a witness', 'the witness']),
        ('There were dozens of them,', 'A witness who lives across the street', 'direct', ['a witness who lives across the street', 'A witness', 'a witness', 'the witness']),
        ('no one was hurt', "Jesse O'Donaghey", 'indirect'),
        ('the man would appear in court Wednesday', "Jesse O'Donaghey", 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n504-sport-barnes-raptors',
    split='heldout82',
    text=(
        'Barnes leads Raptors past Knicks\n'
        '\n'
        'TORONTO — Scottie Barnes had 28 points and 12 rebounds, and the Toronto Raptors beat the New York Knicks 118-110 on Monday.\n'
        '\n'
        'Jalen Brunson scored 34 for New York. Knicks coach Tom Thibodeau said Brunson had carried the team. "He\'s been doing it all year," Thibodeau said.\n'
        '\n'
        'Raptors coach Darko Rajakovic praised Barnes\'s defence. "Scottie guarded four positions tonight," he said.\n'
    ),
    gold=[
        ('Brunson had carried the team', 'Tom Thibodeau', 'indirect'),
        ("He's been doing it all year,", 'Tom Thibodeau', 'direct'),
        ('Scottie guarded four positions tonight,', 'Darko Rajakovic', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n505-ca-hellebuyck-saros',
    split='heldout83',
    text=(
        'Hellebuyck outduels Saros as Jets edge Predators\n'
        '\n'
        'NASHVILLE — Connor Hellebuyck made 41 saves and the Winnipeg Jets beat the Nashville Predators 2-1 on Sunday.\n'
        '\n'
        'Juuse Saros stopped 30 shots for Nashville. The Finn was beaten only by Nikolaj Ehlers and Mark Scheifele.\n'
        '\n'
        '"He was the best player on the ice," Predators coach Andrew Brunette said of Hellebuyck. "We threw everything at him."\n'
        '\n'
        'Hellebuyck shrugged off the praise. "Our guys blocked a lot of shots," the American said.\n'
        '\n'
        'Saros said his team deserved better. "We had chances," he said.\n'
    ),
    gold=[
        ('He was the best player on the ice,', 'Andrew Brunette', 'direct'),
        ('We threw everything at him.', 'Andrew Brunette', 'direct'),
        ('Our guys blocked a lot of shots,', 'Connor Hellebuyck', 'direct'),
        ('his team deserved better', 'Juuse Saros', 'indirect'),
        ('We had chances,', 'Juuse Saros', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n506-ca-confession-excluded',
    split='heldout83',
    text=(
        'Judge throws out confession in Regina murder case\n'
        '\n'
        'REGINA — A judge has ruled that a confession by a man accused of killing his neighbour cannot be used at his trial.\n'
        '\n'
        "Court of King's Bench Justice Catherine Dawson found that police had denied Aaron Stonechild, 33, access to a lawyer for six hours.\n"
        '\n'
        'Defence lawyer Aleida Oberholzer said the ruling showed the rights of the accused matter. "The police cut corners," she said.\n'
        '\n'
        'Crown prosecutor Kim Fields said the Crown would review the decision. She would not say whether the case could go ahead.\n'
    ),
    gold=[
        ('a confession by a man accused of killing his neighbour cannot be used at his trial', 'A judge', 'indirect', ['a judge', 'Catherine Dawson']),
        ('police had denied Aaron Stonechild, 33, access to a lawyer for six hours', 'Catherine Dawson', 'indirect'),
        ('the ruling showed the rights of the accused matter', 'Aleida Oberholzer', 'indirect'),
        ('The police cut corners,', 'Aleida Oberholzer', 'direct'),
        ('the Crown would review the decision', 'Kim Fields', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n507-ca-eby-housing',
    split='heldout83',
    text=(
        'Eby promises 100,000 homes\n'
        '\n'
        'VANCOUVER — Premier David Eby said Monday his government would build 100,000 homes for middle-income families over the next decade.\n'
        '\n'
        '"Young people are leaving this province because they can\'t afford to live here," the premier said at a news conference in Surrey.\n'
        '\n'
        'B.C. United Leader Kevin Falcon called the plan "a fantasy." Green Leader Sonia Furstenau said the government should focus on renters.\n'
        '\n'
        'Falcon said the NDP had missed every housing target it had set.\n'
    ),
    gold=[
        ('his government would build 100,000 homes for middle-income families over the next decade', 'David Eby', 'indirect'),
        ("Young people are leaving this province because they can't afford to live here,", 'David Eby', 'direct'),
        ('a fantasy.', 'Kevin Falcon', 'partial'),
        ('the government should focus on renters', 'Sonia Furstenau', 'indirect'),
        ('the NDP had missed every housing target it had set', 'Kevin Falcon', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n508-ca-teck-coal',
    split='heldout83',
    text=(
        'Teck to sell coal business to Glencore\n'
        '\n'
        'VANCOUVER — Teck Resources Ltd. has agreed to sell its steelmaking coal business to Glencore for $9 billion, the Vancouver-based miner said Tuesday.\n'
        '\n'
        'Chief executive Jonathan Price said the sale would make Teck a pure-play base metals company. "This is a transformational day," he said.\n'
        '\n'
        'A person familiar with the talks said Glencore had raised its offer twice.\n'
    ),
    gold=[
        ('Teck Resources Ltd. has agreed to sell its steelmaking coal business to Glencore for $9 billion', 'the Vancouver-based miner', 'indirect', ['Teck Resources Ltd.', 'Teck']),
        ('the sale would make Teck a pure-play base metals company', 'Jonathan Price', 'indirect'),
        ('This is a transformational day,', 'Jonathan Price', 'direct'),
        ('Glencore had raised its offer twice', 'A person familiar with the talks', 'indirect', ['a person familiar with the talks']),
    ],
))
ARTICLES.append(dict(
    id='n509-ca-marathon-daughter',
    split='heldout83',
    text=(
        "Daughter finishes mother's marathon\n"
        '\n'
        'OTTAWA — Three years after her mother collapsed two kilometres from the finish of the Ottawa Marathon, Nadia Haddad crossed the line for both of them on Sunday.\n'
        '\n'
        '"I could feel her with me the whole way," said Haddad, 31, holding her mother\'s old race bib.\n'
        '\n'
        'Her mother, Samira Haddad, who recovered from a heart attack, watched from the finish line. She said she cried for the last kilometre.\n'
        '\n'
        '"I told her not to run it for me. She didn\'t listen," the 62-year-old said, laughing.\n'
    ),
    gold=[
        ('I could feel her with me the whole way,', 'Nadia Haddad', 'direct'),
        ('she cried for the last kilometre', 'Samira Haddad', 'indirect'),
        ("I told her not to run it for me. She didn't listen,", 'Samira Haddad', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n510-ca-np-clinics',
    split='heldout83',
    text=(
        'Ontario expands nurse practitioner clinics\n'
        '\n'
        'TORONTO — Ontario will open 18 new clinics run by nurse practitioners to serve people without a family doctor, Health Minister Sylvia Jones announced Wednesday.\n'
        '\n'
        'Jones said 2.3 million Ontarians did not have a family doctor. "No one should have to go to an emergency room for a prescription refill," she said.\n'
        '\n'
        'Ontario College of Family Physicians president Dr. Mekalai Kumanan said the clinics were welcome but would not replace family doctors.\n'
    ),
    gold=[
        ('Ontario will open 18 new clinics run by nurse practitioners to serve people without a family doctor', 'Sylvia Jones', 'indirect'),
        ('2.3 million Ontarians did not have a family doctor', 'Sylvia Jones', 'indirect'),
        ('No one should have to go to an emergency room for a prescription refill,', 'Sylvia Jones', 'direct'),
        ('the clinics were welcome but would not replace family doctors', 'Mekalai Kumanan', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n511-us-first-debate',
    split='heldout84',
    text=(
        'Clinton, Trump spar in first debate\n'
        '\n'
        'HEMPSTEAD, N.Y. — Hillary Clinton and Donald Trump clashed over taxes, trade and race in their first debate on Monday night.\n'
        '\n'
        'Clinton said Trump had not released his tax returns because he had something to hide. "Maybe he\'s not as rich as he says he is," she said.\n'
        '\n'
        'Trump interrupted her repeatedly. "That makes me smart," he said when she suggested he had paid no federal income tax.\n'
        '\n'
        'Moderator Lester Holt struggled to keep the candidates to time.\n'
    ),
    gold=[
        ('Trump had not released his tax returns because he had something to hide', 'Hillary Clinton', 'indirect'),
        ("Maybe he's not as rich as he says he is,", 'Hillary Clinton', 'direct'),
        ('That makes me smart,', 'Donald Trump', 'direct'),
        ('he had paid no federal income tax', 'Hillary Clinton', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n512-us-cruz-coward',
    split='heldout84',
    text=(
        "Cruz calls Trump a 'sniveling coward'\n"
        '\n'
        'MILWAUKEE — Ted Cruz called Donald Trump "a sniveling coward" on Thursday after Trump shared an unflattering photo of Cruz\'s wife, Heidi.\n'
        '\n'
        '"Leave Heidi the hell alone," the Texas senator told reporters in Wisconsin.\n'
        '\n'
        'Trump said on Twitter that he had not started the fight. His spokeswoman, Hope Hicks, did not respond to questions.\n'
    ),
    gold=[
        ('a sniveling coward', 'Ted Cruz', 'partial'),
        ('Leave Heidi the hell alone,', 'Ted Cruz', 'direct'),
        ('he had not started the fight', 'Donald Trump', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n513-biz-uber-ceo',
    split='heldout84',
    text=(
        'Uber chief executive resigns\n'
        '\n'
        'SAN FRANCISCO — Travis Kalanick resigned as chief executive of Uber Technologies Inc. on Tuesday under pressure from investors, according to a person familiar with the matter.\n'
        '\n'
        '"I love Uber more than anything in the world," Kalanick said in a statement.\n'
        '\n'
        "Benchmark, one of the company's largest investors, had demanded that he step down, the person said.\n"
    ),
    gold=[
        ('Travis Kalanick resigned as chief executive of Uber Technologies Inc. on Tuesday under pressure from investors', 'a person familiar with the matter', 'indirect'),
        ('I love Uber more than anything in the world,', 'Travis Kalanick', 'direct'),
        ("Benchmark, one of the company's largest investors, had demanded that he step down", 'a person familiar with the matter', 'indirect', ['the person']),
    ],
))
ARTICLES.append(dict(
    id='n514-ca-grey-cup',
    split='heldout84',
    text=(
        'Alouettes win Grey Cup\n'
        '\n'
        'HAMILTON — Cody Fajardo threw the winning touchdown pass with 13 seconds left and the Montreal Alouettes beat the Winnipeg Blue Bombers 28-24 to win the Grey Cup on Sunday.\n'
        '\n'
        '"I\'ve been waiting my whole career for this," said Fajardo, who was named the game\'s most valuable player.\n'
        '\n'
        'Bombers coach Mike O\'Shea said his team had played well enough to win. "Thirteen seconds," he said. "That\'s the game."\n'
        '\n'
        'Alouettes fan Marc-André Lavoie, who drove from Montreal, said he had waited 13 years for another title.\n'
    ),
    gold=[
        ("I've been waiting my whole career for this,", 'Cody Fajardo', 'direct'),
        ('his team had played well enough to win', "Mike O'Shea", 'indirect'),
        ('Thirteen seconds,', "Mike O'Shea", 'direct'),
        ("That's the game.", "Mike O'Shea", 'direct'),
        ('he had waited 13 years for another title', 'Marc-André Lavoie', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n515-us-rsv-vaccine',
    split='heldout84',
    text=(
        'FDA approves first RSV vaccine\n'
        '\n'
        'WASHINGTON — The Food and Drug Administration on Wednesday approved the first vaccine for respiratory syncytial virus, for adults 60 and older.\n'
        '\n'
        '"Today\'s approval is an important public health achievement," said Dr. Peter Marks, director of the FDA\'s Center for Biologics Evaluation and Research.\n'
        '\n'
        'GSK, which makes the vaccine, said it would be available before the fall.\n'
    ),
    gold=[
        ("Today's approval is an important public health achievement,", 'Peter Marks', 'direct'),
        ('it would be available before the fall', 'GSK', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n516-us-party-shooting',
    split='heldout84',
    text=(
        'Two dead in Georgia party shooting\n'
        '\n'
        'ATLANTA — Two people were killed and three wounded in a shooting at a birthday party in suburban Atlanta early Sunday, authorities said.\n'
        '\n'
        'DeKalb County Sheriff Melody Maddox said deputies had arrested a 19-year-old man. "This was a celebration that turned into a tragedy," she said.\n'
        '\n'
        'A woman who attended the party said the shooting began after an argument in the driveway.\n'
    ),
    gold=[
        ('Two people were killed and three wounded in a shooting at a birthday party in suburban Atlanta early Sunday', 'authorities', 'indirect'),
        ('deputies had arrested a 19-year-old man', 'Melody Maddox', 'indirect'),
        ('This was a celebration that turned into a tragedy,', 'Melody Maddox', 'direct'),
        ('the shooting began after an argument in the driveway', 'A woman who attended the party', 'indirect', ['a woman who attended the party', 'A woman', 'a woman']),
    ],
))
ARTICLES.append(dict(
    id='n517-ca-pwhl-showdown',
    split='heldout85',
    text=(
        'Toronto beats Montreal before record crowd\n'
        '\n'
        'TORONTO — Natalie Spooner scored twice and PWHL Toronto beat Montreal 3-2 in front of a record crowd of 19,285 on Saturday.\n'
        '\n'
        "Marie-Philip Poulin scored both goals for Montreal. The Montreal captain was named the game's third star.\n"
        '\n'
        '"The building was shaking," Spooner said. "I\'ve never heard anything like it."\n'
        '\n'
        'Poulin said her team had given the crowd a show. "It\'s good for the league," the 33-year-old said.\n'
        '\n'
        'Toronto goalie Kristen Campbell made 31 saves. She said she could barely hear her defence.\n'
    ),
    gold=[
        ('The building was shaking,', 'Natalie Spooner', 'direct'),
        ("I've never heard anything like it.", 'Natalie Spooner', 'direct'),
        ('her team had given the crowd a show', 'Marie-Philip Poulin', 'indirect'),
        ("It's good for the league,", 'Marie-Philip Poulin', 'direct'),
        ('she could barely hear her defence', 'Kristen Campbell', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n518-ca-school-stabbing',
    split='heldout85',
    text=(
        'Teen charged after Ottawa school stabbing\n'
        '\n'
        'OTTAWA — A 15-year-old boy has been charged with aggravated assault after another student was stabbed at an Ottawa high school on Tuesday, police said.\n'
        '\n'
        'The victim, a 16-year-old, was taken to hospital with injuries that are not considered life-threatening, Const. Amy Gauthier said.\n'
        '\n'
        'The victim\'s father said his son had been bullied for months. "The school knew," he said. "Nobody did anything."\n'
        '\n'
        'The Ottawa-Carleton District School Board said in a statement that counsellors would be at the school for the rest of the week.\n'
    ),
    gold=[
        ('A 15-year-old boy has been charged with aggravated assault after another student was stabbed at an Ottawa high school on Tuesday', 'police', 'indirect'),
        ('The victim, a 16-year-old, was taken to hospital with injuries that are not considered life-threatening', 'Amy Gauthier', 'indirect'),
        ('his son had been bullied for months', "The victim's father", 'indirect', ["the victim's father"]),
        ('The school knew,', "The victim's father", 'direct', ["the victim's father"]),
        ('Nobody did anything.', "The victim's father", 'direct', ["the victim's father"]),
        ('counsellors would be at the school for the rest of the week', 'Ottawa-Carleton District School Board', 'indirect', ['The Ottawa-Carleton District School Board']),
    ],
))
ARTICLES.append(dict(
    id='n519-ca-hydro-freeze',
    split='heldout85',
    text=(
        'Manitoba freezes hydro rates\n'
        '\n'
        'WINNIPEG — Manitoba will freeze electricity rates for one year, Premier Wab Kinew announced Thursday.\n'
        '\n'
        '"Families told us they needed a break, and we listened," Kinew said.\n'
        '\n'
        'Progressive Conservative finance critic Obby Khan said the freeze would cost Manitoba Hydro $100 million. He accused the premier of buying votes.\n'
        '\n'
        'Manitoba Hydro said in a statement it was reviewing the decision.\n'
    ),
    gold=[
        ('Manitoba will freeze electricity rates for one year', 'Wab Kinew', 'indirect'),
        ('Families told us they needed a break, and we listened,', 'Wab Kinew', 'direct'),
        ('the freeze would cost Manitoba Hydro $100 million', 'Obby Khan', 'indirect'),
        ('it was reviewing the decision', 'Manitoba Hydro', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n520-ca-lynx-air',
    split='heldout85',
    text=(
        'Lynx Air to cease operations\n'
        '\n'
        'CALGARY — Discount carrier Lynx Air will shut down next week after filing for creditor protection, the airline said Thursday.\n'
        '\n'
        '"This is not the outcome we wanted," chief executive Michael Woodward said in a statement. "We are deeply sorry."\n'
        '\n'
        'The company said passengers with bookings after Monday would receive refunds through their credit card companies.\n'
    ),
    gold=[
        ('Discount carrier Lynx Air will shut down next week after filing for creditor protection', 'the airline', 'indirect', ['Lynx Air']),
        ('This is not the outcome we wanted,', 'Michael Woodward', 'direct'),
        ('We are deeply sorry.', 'Michael Woodward', 'direct'),
        ('passengers with bookings after Monday would receive refunds through their credit card companies', 'The company', 'indirect', ['Lynx Air', 'the company']),
    ],
))
ARTICLES.append(dict(
    id='n521-ca-bookstore-50-years',
    split='heldout85',
    text=(
        'Bookstore survives 50 years on Main Street\n'
        '\n'
        'MAHONE BAY, N.S. — When Peter Hall opened his bookstore in 1974, his friends gave it a year.\n'
        '\n'
        'Fifty years later, the shop is still there, and so is Hall, now 79. "Nobody told me it was a bad business," he said, laughing.\n'
        '\n'
        'His wife, Ruth, keeps the books in the back office. "He buys too many books," she said. "He always has."\n'
    ),
    gold=[
        ('Nobody told me it was a bad business,', 'Peter Hall', 'direct'),
        ('He buys too many books,', 'Ruth Hall', 'direct', ['Ruth']),
        ('He always has.', 'Ruth Hall', 'direct', ['Ruth']),
    ],
))
ARTICLES.append(dict(
    id='n522-ca-coach-sentenced',
    split='heldout85',
    text=(
        'Former coach sentenced for sexual assault\n'
        '\n'
        'KAMLOOPS, B.C. — A former minor hockey coach was sentenced Friday to four years in prison for sexually assaulting two players in the 1990s.\n'
        '\n'
        'Justice Len Marchand told Gordon Reid, 61, that he had betrayed the trust of children and their parents.\n'
        '\n'
        'One of the victims, now 42, read a statement in court. "I was 12. I thought it was my fault," he said.\n'
        '\n'
        "Reid's lawyer, Michael Klein, said his client had accepted responsibility.\n"
    ),
    gold=[
        ('he had betrayed the trust of children and their parents', 'Len Marchand', 'indirect'),
        ('I was 12. I thought it was my fault,', 'One of the victims', 'direct', ['one of the victims', 'One of the victims, now 42']),
        ('his client had accepted responsibility', 'Michael Klein', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n523-us-bush-out',
    split='heldout86',
    text=(
        'Jeb Bush ends campaign\n'
        '\n'
        'COLUMBIA, S.C. — Jeb Bush ended his presidential campaign on Saturday night after a disappointing fourth-place finish in the South Carolina primary.\n'
        '\n'
        '"The people of Iowa, New Hampshire and South Carolina have spoken, and I really respect their decision," the former Florida governor said.\n'
        '\n'
        "Bush's brother, former President George W. Bush, had campaigned for him in the state. A spokesman for the family said the former president was proud of his brother.\n"
    ),
    gold=[
        ('The people of Iowa, New Hampshire and South Carolina have spoken, and I really respect their decision,', 'Jeb Bush', 'direct'),
        ('the former president was proud of his brother', 'A spokesman for the family', 'indirect', ['a spokesman for the family']),
    ],
))
ARTICLES.append(dict(
    id='n524-us-comey-no-charges',
    split='heldout86',
    text=(
        "FBI won't recommend charges against Clinton\n"
        '\n'
        'WASHINGTON — FBI Director James Comey said Tuesday that the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server.\n'
        '\n'
        'But Comey said Clinton and her aides had been "extremely careless" in their handling of classified information.\n'
        '\n'
        'Clinton campaign spokesman Brian Fallon said the campaign was pleased the matter was resolved. Donald Trump called the decision "very, very unfair."\n'
    ),
    gold=[
        ('the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server', 'James Comey', 'indirect'),
        ('Clinton and her aides had been "extremely careless" in their handling of classified information', 'James Comey', 'indirect'),
        ('extremely careless', 'James Comey', 'partial'),
        ('the campaign was pleased the matter was resolved', 'Brian Fallon', 'indirect'),
        ('very, very unfair.', 'Donald Trump', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n525-biz-tesla-recall',
    split='heldout86',
    text=(
        'Tesla recalls 2 million vehicles over Autopilot\n'
        '\n'
        'AUSTIN, Texas — Tesla Inc. is recalling more than 2 million vehicles to fix a flaw in its Autopilot system, the National Highway Traffic Safety Administration said Wednesday.\n'
        '\n'
        'The agency said the system\'s controls "may not be sufficient to prevent driver misuse."\n'
        '\n'
        "Tesla said in its recall filing that it did not agree with the agency's analysis but would issue a software update.\n"
    ),
    gold=[
        ('Tesla Inc. is recalling more than 2 million vehicles to fix a flaw in its Autopilot system', 'the National Highway Traffic Safety Administration', 'indirect', ['National Highway Traffic Safety Administration']),
        ('the system\'s controls "may not be sufficient to prevent driver misuse."', 'the National Highway Traffic Safety Administration', 'indirect', ['The agency', 'the agency']),
        ('may not be sufficient to prevent driver misuse.', 'the National Highway Traffic Safety Administration', 'partial', ['The agency', 'the agency']),
        ("it did not agree with the agency's analysis but would issue a software update", 'Tesla Inc.', 'indirect', ['Tesla']),
    ],
))
ARTICLES.append(dict(
    id='n526-sport-guerrero-homers',
    split='heldout86',
    text=(
        'Guerrero homers twice as Blue Jays beat Yankees\n'
        '\n'
        'TORONTO — Vladimir Guerrero Jr. hit two home runs and the Toronto Blue Jays beat the New York Yankees 6-3 on Friday night.\n'
        '\n'
        'Kevin Gausman struck out nine over seven innings. "Vladdy carried us tonight," Gausman said.\n'
        '\n'
        'Yankees manager Aaron Boone said his pitchers had made too many mistakes. "He doesn\'t miss those," Boone said of Guerrero.\n'
        '\n'
        'Guerrero said he felt healthy for the first time all season.\n'
    ),
    gold=[
        ('Vladdy carried us tonight,', 'Kevin Gausman', 'direct'),
        ('his pitchers had made too many mistakes', 'Aaron Boone', 'indirect'),
        ("He doesn't miss those,", 'Aaron Boone', 'direct'),
        ('he felt healthy for the first time all season', 'Vladimir Guerrero Jr.', 'indirect', ['Vladimir Guerrero']),
    ],
))
ARTICLES.append(dict(
    id='n527-us-carjacking',
    split='heldout86',
    text=(
        'Man charged in Chicago carjacking\n'
        '\n'
        'CHICAGO — A 19-year-old man has been charged in a carjacking that left a grandmother injured on the South Side, police said Monday.\n'
        '\n'
        'Police Superintendent Larry Snelling said officers found the stolen car within hours. "Good police work," he said.\n'
        '\n'
        'The woman\'s granddaughter, Keisha Brown, said her grandmother was recovering at home. "She\'s tough," Brown said.\n'
    ),
    gold=[
        ('A 19-year-old man has been charged in a carjacking that left a grandmother injured on the South Side', 'police', 'indirect'),
        ('officers found the stolen car within hours', 'Larry Snelling', 'indirect'),
        ('Good police work,', 'Larry Snelling', 'direct'),
        ('her grandmother was recovering at home', 'Keisha Brown', 'indirect'),
        ("She's tough,", 'Keisha Brown', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n528-us-processed-foods',
    split='heldout86',
    text=(
        'Study links ultra-processed foods to early death\n'
        '\n'
        'BOSTON — People who eat the most ultra-processed foods are more likely to die early, according to a study published Wednesday in the BMJ.\n'
        '\n'
        'The researchers followed more than 100,000 health workers for 30 years. "Some ultra-processed foods should be limited," the authors wrote.\n'
        '\n'
        "Dr. Mingyang Song of the Harvard T.H. Chan School of Public Health, the study's senior author, said not all processed foods were equally harmful.\n"
    ),
    gold=[
        ('People who eat the most ultra-processed foods are more likely to die early', 'a study published Wednesday in the BMJ', 'indirect', ['a study', 'study']),
        ('Some ultra-processed foods should be limited,', 'the authors', 'direct', ['The authors', 'authors']),
        ('not all processed foods were equally harmful', 'Mingyang Song', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n529-sport-flames-canucks',
    split='heldout87',
    text=(
        'Flames rally past Canucks in overtime\n'
        '\n'
        'CALGARY — Nazem Kadri scored 2:14 into overtime and the Calgary Flames rallied from two goals down to beat the Vancouver Canucks 4-3 on Saturday night.\n'
        '\n'
        'Jonathan Huberdeau and Mikael Backlund also scored for Calgary, which trailed 3-1 after two periods. Dan Vladar made 31 saves.\n'
        '\n'
        '"We stopped feeling sorry for ourselves," Kadri said. "The second intermission was loud, and it should have been."\n'
        '\n'
        'The veteran centre said the dressing room had challenged itself to play faster in the third.\n'
        '\n'
        "Elias Pettersson and Brock Boeser scored for Vancouver. Canucks coach Rick Tocchet was blunt about his team's third period.\n"
        '\n'
        '"We sat back. You can\'t do that in this league," the coach said.\n'
        '\n'
        'The Swede, who had a goal and an assist, called the loss "frustrating" and said the Canucks needed to close out games.\n'
    ),
    gold=[
        ('We stopped feeling sorry for ourselves,', 'Nazem Kadri', 'direct'),
        ('The second intermission was loud, and it should have been.', 'Nazem Kadri', 'direct'),
        ('the dressing room had challenged itself to play faster in the third', 'Nazem Kadri', 'indirect'),
        ("We sat back. You can't do that in this league,", 'Rick Tocchet', 'direct'),
        ('frustrating', 'Elias Pettersson', 'partial'),
        ('the Canucks needed to close out games', 'Elias Pettersson', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n530-court-bookkeeper-fraud',
    split='heldout87',
    text=(
        'Bookkeeper gets two years for stealing from church\n'
        '\n'
        'HALIFAX — A former church bookkeeper who stole nearly $300,000 over seven years was sentenced Tuesday to two years in prison.\n'
        '\n'
        'Judge Ann Marie Simmons said Linda Coady, 61, had betrayed a congregation that trusted her completely.\n'
        '\n'
        '"This was not a moment of weakness. It was a plan, carried out week after week," the judge said.\n'
        '\n'
        'Crown attorney Mark Heerema had asked for three years. Defence lawyer Kelly Ryan argued her client had repaid almost half the money by selling her home.\n'
        '\n'
        'Coady apologized in court. "I am ashamed of what I did to people who loved me," the grandmother said, her voice breaking.\n'
        '\n'
        'The church\'s minister, Rev. David Boudreau, said outside court that the congregation had already forgiven her. "Forgiveness doesn\'t mean there are no consequences," he said.\n'
    ),
    gold=[
        ('Linda Coady, 61, had betrayed a congregation that trusted her completely', 'Ann Marie Simmons', 'indirect'),
        ('This was not a moment of weakness. It was a plan, carried out week after week,', 'Ann Marie Simmons', 'direct'),
        ('her client had repaid almost half the money by selling her home', 'Kelly Ryan', 'indirect'),
        ('I am ashamed of what I did to people who loved me,', 'Linda Coady', 'direct'),
        ('the congregation had already forgiven her', 'David Boudreau', 'indirect'),
        ("Forgiveness doesn't mean there are no consequences,", 'David Boudreau', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n531-municipal-bike-lanes',
    split='heldout87',
    text=(
        'Council votes to keep downtown bike lanes\n'
        '\n'
        "OTTAWA — City council voted 15-9 on Wednesday to keep the bike lanes on O'Connor Street, rejecting a motion to remove them.\n"
        '\n'
        'Coun. Ariel Troster, who represents the downtown ward, said the lanes had cut collisions by a third. "The numbers are not close," she said.\n'
        '\n'
        'Coun. Allan Hubley moved to take them out, arguing drivers and businesses had paid the price.\n'
        '\n'
        '"My office gets the calls, not the cyclists\' lobby," Hubley said. "People are stuck in traffic every morning."\n'
        '\n'
        'Mayor Mark Sutcliffe voted with the majority. He told reporters the city would study the lanes again in two years.\n'
        '\n'
        'A spokesperson for the Downtown Ottawa business association said its members were "disappointed but not surprised."\n'
    ),
    gold=[
        ('the lanes had cut collisions by a third', 'Ariel Troster', 'indirect'),
        ('The numbers are not close,', 'Ariel Troster', 'direct'),
        ('drivers and businesses had paid the price', 'Allan Hubley', 'indirect'),
        ("My office gets the calls, not the cyclists' lobby,", 'Allan Hubley', 'direct'),
        ('People are stuck in traffic every morning.', 'Allan Hubley', 'direct'),
        ('the city would study the lanes again in two years', 'Mark Sutcliffe', 'indirect'),
        ('its members were "disappointed but not surprised."', 'A spokesperson for the Downtown Ottawa business association', 'indirect', ['a spokesperson for the Downtown Ottawa business association', 'A spokesperson']),
        ('disappointed but not surprised.', 'A spokesperson for the Downtown Ottawa business association', 'partial', ['a spokesperson for the Downtown Ottawa business association', 'A spokesperson']),
    ],
))
ARTICLES.append(dict(
    id='n532-feature-blacksmith',
    split='heldout87',
    text=(
        'A forge in the Annapolis Valley keeps an old trade alive\n'
        '\n'
        "BRIDGETOWN, N.S. — The hammer rings before the sun is up at Thomas Ellery's forge, a converted barn on the edge of town.\n"
        '\n'
        'Ellery, 72, has made hinges, gates and fireplace tools here for 45 years. His granddaughter, Maya, now works beside him three days a week.\n'
        '\n'
        '"He doesn\'t explain much. You watch, you burn yourself, you learn," she said with a laugh.\n'
        '\n'
        'The old blacksmith shrugs at the idea that the trade is dying. "People want things that last. That never goes out of style," the 72-year-old said.\n'
        '\n'
        'Maya Ellery said she planned to take over the forge when her grandfather retires, "if he ever does."\n'
    ),
    gold=[
        ("He doesn't explain much. You watch, you burn yourself, you learn,", 'Maya Ellery', 'direct'),
        ('People want things that last. That never goes out of style,', 'Thomas Ellery', 'direct'),
        ('she planned to take over the forge when her grandfather retires, "if he ever does."', 'Maya Ellery', 'indirect'),
        ('if he ever does.', 'Maya Ellery', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n533-ca-wildfire-evacuation',
    split='heldout87',
    text=(
        'Hundreds ordered out as wildfire nears Kamloops\n'
        '\n'
        "KAMLOOPS, B.C. — About 600 homes were ordered evacuated Thursday as an out-of-control wildfire pushed toward the city's western edge, officials said.\n"
        '\n'
        'The BC Wildfire Service said the fire had grown to about 2,500 hectares overnight, driven by gusts of up to 60 kilometres an hour.\n'
        '\n'
        'Fire information officer Julia Caranci said crews expected "extreme fire behaviour" through the afternoon. "Conditions are about as bad as they get," she said.\n'
        '\n'
        'Kamloops Mayor Reid Hamer-Jackson urged residents under the order to leave immediately and not wait for the fire to appear.\n'
        '\n'
        'Emergency Management Minister Kelly Greene said the province was sending more crews and aircraft.\n'
    ),
    gold=[
        ("About 600 homes were ordered evacuated Thursday as an out-of-control wildfire pushed toward the city's western edge", 'officials', 'indirect'),
        ('the fire had grown to about 2,500 hectares overnight, driven by gusts of up to 60 kilometres an hour', 'the BC Wildfire Service', 'indirect', ['The BC Wildfire Service', 'BC Wildfire Service']),
        ('crews expected "extreme fire behaviour" through the afternoon', 'Julia Caranci', 'indirect'),
        ('extreme fire behaviour', 'Julia Caranci', 'partial'),
        ('Conditions are about as bad as they get,', 'Julia Caranci', 'direct'),
        ('the province was sending more crews and aircraft', 'Kelly Greene', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n534-biz-grocer-prices',
    split='heldout87',
    text=(
        'Loblaw profit rises as shoppers trade down\n'
        '\n'
        'TORONTO — Loblaw Cos. Ltd. reported a higher third-quarter profit Wednesday as shoppers kept turning to its discount stores.\n'
        '\n'
        'President Per Bank said the company had held prices on thousands of items. "Our customers are careful, and they are right to be," Bank told analysts on a conference call.\n'
        '\n'
        'Analyst Irene Nattel of RBC Dominion Securities said the results beat expectations. The discount banner was "doing the heavy lifting," she wrote in a note to clients.\n'
        '\n'
        'Critics were less impressed. Food professor Sylvain Charlebois said grocers still had to explain their margins to Canadians.\n'
    ),
    gold=[
        ('the company had held prices on thousands of items', 'Per Bank', 'indirect'),
        ('Our customers are careful, and they are right to be,', 'Per Bank', 'direct'),
        ('the results beat expectations', 'Irene Nattel', 'indirect'),
        ('The discount banner was "doing the heavy lifting,"', 'Irene Nattel', 'indirect'),
        ('doing the heavy lifting,', 'Irene Nattel', 'partial'),
        ('grocers still had to explain their margins to Canadians', 'Sylvain Charlebois', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n535-us-debate-trade',
    split='heldout88',
    text=(
        'Clinton and Trump clash over trade in first debate\n'
        '\n'
        'HEMPSTEAD, N.Y. — Hillary Clinton and Donald Trump clashed over trade, taxes and temperament Monday night in their first presidential debate.\n'
        '\n'
        'Trump accused his rival of supporting trade deals that had "stripped" manufacturing jobs from Ohio and Michigan. "You\'ve been doing this for 30 years," the Republican nominee said.\n'
        '\n'
        'Clinton answered that Trump had built his business on "$14 million borrowed from his father."\n'
        '\n'
        '"Donald, I know you live in your own reality," the former secretary of state said.\n'
        '\n'
        'Moderator Lester Holt repeatedly pressed both candidates to stay on time.\n'
        '\n'
        'After the debate, Trump campaign manager Kellyanne Conway told reporters the Republican had "dominated." Clinton\'s campaign chairman, John Podesta, said the night had shown "who is ready to be president."\n'
    ),
    gold=[
        ('stripped', 'Donald Trump', 'partial'),
        ("You've been doing this for 30 years,", 'Donald Trump', 'direct'),
        ('Trump had built his business on "$14 million borrowed from his father."', 'Hillary Clinton', 'indirect'),
        ('$14 million borrowed from his father.', 'Hillary Clinton', 'partial'),
        ('Donald, I know you live in your own reality,', 'Hillary Clinton', 'direct'),
        ('the Republican had "dominated."', 'Kellyanne Conway', 'indirect'),
        ('dominated.', 'Kellyanne Conway', 'partial'),
        ('the night had shown "who is ready to be president."', 'John Podesta', 'indirect'),
        ('who is ready to be president.', 'John Podesta', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n536-us-ohio-senate',
    split='heldout88',
    text=(
        'Portman widens lead over Strickland in Ohio\n'
        '\n'
        "COLUMBUS, Ohio — Sen. Rob Portman has opened a double-digit lead over former Gov. Ted Strickland in Ohio's Senate race, a Quinnipiac University poll released Wednesday found.\n"
        '\n'
        'Portman, a Republican seeking a second term, has outspent his Democratic challenger on television by more than 3 to 1.\n'
        '\n'
        '"We are running on a record of getting things done," the incumbent said at a campaign stop in Dayton.\n'
        '\n'
        'Strickland, 75, dismissed the poll. "The only poll that matters is on Election Day," he said, adding that his campaign would focus on the state\'s steelworkers.\n'
        '\n'
        'Peter Brown, assistant director of the Quinnipiac poll, said Strickland was struggling even among voters who backed him as governor.\n'
    ),
    gold=[
        ("Sen. Rob Portman has opened a double-digit lead over former Gov. Ted Strickland in Ohio's Senate race", 'a Quinnipiac University poll released Wednesday', 'indirect', ['a Quinnipiac University poll', 'Quinnipiac University poll']),
        ('We are running on a record of getting things done,', 'Rob Portman', 'direct'),
        ('The only poll that matters is on Election Day,', 'Ted Strickland', 'direct'),
        ("his campaign would focus on the state's steelworkers", 'Ted Strickland', 'indirect'),
        ('Strickland was struggling even among voters who backed him as governor', 'Peter Brown', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n537-sport-tennis-raonic',
    split='heldout88',
    text=(
        'Raonic outlasts Shapovalov in all-Canadian quarterfinal\n'
        '\n'
        'MONTREAL — Milos Raonic beat Denis Shapovalov 7-6 (5), 4-6, 7-6 (8) on Friday night in an all-Canadian quarterfinal at the National Bank Open.\n'
        '\n'
        'The 33-year-old served 27 aces and saved a match point in the final tiebreaker.\n'
        '\n'
        '"I\'ve played Denis since he was a kid hitting with me in Toronto," Raonic said. "He\'s going to beat me plenty of times. Not tonight."\n'
        '\n'
        'Shapovalov said he had been "a little tight" on the match point and gave credit to his friend.\n'
        '\n'
        '"He served unbelievable when it mattered," the left-hander said.\n'
    ),
    gold=[
        ("I've played Denis since he was a kid hitting with me in Toronto,", 'Milos Raonic', 'direct'),
        ("He's going to beat me plenty of times. Not tonight.", 'Milos Raonic', 'direct'),
        ('he had been "a little tight" on the match point', 'Denis Shapovalov', 'indirect'),
        ('a little tight', 'Denis Shapovalov', 'partial'),
        ('He served unbelievable when it mattered,', 'Denis Shapovalov', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n538-crime-two-women-theft',
    split='heldout88',
    text=(
        'Two women charged in string of jewelry store thefts\n'
        '\n'
        'MISSISSAUGA, Ont. — Two women have been charged in a series of thefts from jewelry stores across the Greater Toronto Area, Peel police said Tuesday.\n'
        '\n'
        'Police said Tara Mensah, 29, and Olivia Grant, 34, distracted staff while a third person, who has not been found, took rings from display cases.\n'
        '\n'
        'Const. Tyler Bell said the thefts took less than a minute each. "They were practised at it," he said.\n'
        '\n'
        'Grant\'s lawyer, Sonia Patel, said her client would plead not guilty. "She was shopping. That is not a crime," the lawyer said.\n'
        '\n'
        'Mensah was released on bail. Her mother, who attended the hearing, declined to comment.\n'
    ),
    gold=[
        ('Two women have been charged in a series of thefts from jewelry stores across the Greater Toronto Area', 'Peel police', 'indirect', ['police']),
        ('Tara Mensah, 29, and Olivia Grant, 34, distracted staff while a third person, who has not been found, took rings from display cases', 'police', 'indirect', ['Peel police']),
        ('the thefts took less than a minute each', 'Tyler Bell', 'indirect'),
        ('They were practised at it,', 'Tyler Bell', 'direct'),
        ('her client would plead not guilty', 'Sonia Patel', 'indirect'),
        ('She was shopping. That is not a crime,', 'Sonia Patel', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n539-health-sleep-study',
    split='heldout88',
    text=(
        'Teens who get less sleep more likely to be injured, study finds\n'
        '\n'
        'VANCOUVER — High-school athletes who sleep less than eight hours a night are far more likely to be injured, according to a study from the University of British Columbia.\n'
        '\n'
        'The researchers tracked 1,200 students in four provinces over two seasons.\n'
        '\n'
        '"Sleep is the cheapest performance tool there is, and teenagers are not getting enough of it," said lead author Dr. Jennifer Chen, a sports medicine physician.\n'
        '\n'
        "Chen said schools should consider later start times. A hockey coach in Surrey, Dave Morrison, said he had already moved his team's morning practices to the evening.\n"
        '\n'
        '"The kids were falling asleep in class," Morrison said.\n'
    ),
    gold=[
        ('High-school athletes who sleep less than eight hours a night are far more likely to be injured', 'a study from the University of British Columbia', 'indirect', ['a study', 'the University of British Columbia']),
        ('Sleep is the cheapest performance tool there is, and teenagers are not getting enough of it,', 'Jennifer Chen', 'direct'),
        ('schools should consider later start times', 'Jennifer Chen', 'indirect'),
        ("he had already moved his team's morning practices to the evening", 'Dave Morrison', 'indirect'),
        ('The kids were falling asleep in class,', 'Dave Morrison', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n540-us-cruz-convention',
    split='heldout88',
    text=(
        'Cruz declines to endorse Trump, is booed off convention stage\n'
        '\n'
        'CLEVELAND — Ted Cruz was booed off the stage at the Republican National Convention on Wednesday night after he pointedly declined to endorse Donald Trump.\n'
        '\n'
        'The Texas senator urged delegates to "vote your conscience" in November, drawing jeers from the New York delegation.\n'
        '\n'
        'Trump entered the arena moments later, a move his aides said was not planned. "It was no big deal," Trump told reporters on Thursday. "I didn\'t need his endorsement."\n'
        '\n'
        'Cruz defended the speech at a breakfast with Texas delegates. "I am not in the habit of supporting people who attack my wife and attack my father," he said.\n'
        '\n'
        'Former House Speaker Newt Gingrich said Cruz had made "a very big mistake."\n'
    ),
    gold=[
        ('vote your conscience', 'Ted Cruz', 'partial'),
        ('was not planned', 'his aides', 'ignore'),
        ('It was no big deal,', 'Donald Trump', 'direct'),
        ("I didn't need his endorsement.", 'Donald Trump', 'direct'),
        ('I am not in the habit of supporting people who attack my wife and attack my father,', 'Ted Cruz', 'direct'),
        ('Cruz had made "a very big mistake."', 'Newt Gingrich', 'indirect'),
        ('a very big mistake.', 'Newt Gingrich', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n541-sport-oilers-leafs',
    split='heldout89',
    text=(
        'Draisaitl scores twice as Oilers edge Leafs\n'
        '\n'
        'EDMONTON — Leon Draisaitl scored twice, including the winner with 3:12 left, and the Edmonton Oilers beat the Toronto Maple Leafs 3-2 on Thursday night.\n'
        '\n'
        'Connor McDavid had two assists to extend his point streak to 11 games. Auston Matthews scored both Toronto goals.\n'
        '\n'
        '"Leon finds a way. He always does," McDavid said. "When the game is on the line, you want the puck on his stick."\n'
        '\n'
        'The German shrugged off the praise. "Connor made the play. I just had to hit the net," Draisaitl said.\n'
        '\n'
        'Matthews said the Leafs had played well enough to win but could not protect a lead.\n'
        '\n'
        '"It stings," he said. "We had them."\n'
        '\n'
        'Leafs coach Craig Berube said his team needed to be "harder" in the final minutes.\n'
    ),
    gold=[
        ('Leon finds a way. He always does,', 'Connor McDavid', 'direct'),
        ('When the game is on the line, you want the puck on his stick.', 'Connor McDavid', 'direct'),
        ('Connor made the play. I just had to hit the net,', 'Leon Draisaitl', 'direct'),
        ('the Leafs had played well enough to win but could not protect a lead', 'Auston Matthews', 'indirect'),
        ('It stings,', 'Auston Matthews', 'direct'),
        ('We had them.', 'Auston Matthews', 'direct'),
        ('his team needed to be "harder" in the final minutes', 'Craig Berube', 'indirect'),
        ('harder', 'Craig Berube', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n542-court-sisters-estate',
    split='heldout89',
    text=(
        "Judge sides with younger sister in fight over mother's estate\n"
        '\n'
        "VANCOUVER — A B.C. Supreme Court judge has ruled that a Surrey woman unduly influenced her elderly mother to change her will, restoring her younger sister's share of the estate.\n"
        '\n'
        'Justice Gordon Weatherill found that Karen Dhillon, 58, had isolated her mother from the rest of the family in the last two years of her life.\n'
        '\n'
        "Her sister, Priya Sandhu, 52, testified that she was turned away at the door on her mother's 90th birthday.\n"
        '\n'
        '"I stood there with a cake and she would not let me in," she told the court.\n'
        '\n'
        'Dhillon denied the allegations. Her lawyer, Michael Tan, said she had cared for her mother alone for years.\n'
        '\n'
        '"My client did everything for that woman," Tan said outside court. "This ruling ignores that."\n'
        '\n'
        'Sandhu said she was relieved. "It was never about the money. It was about what Mom wanted," the younger sister said.\n'
    ),
    gold=[
        ('Karen Dhillon, 58, had isolated her mother from the rest of the family in the last two years of her life', 'Gordon Weatherill', 'indirect'),
        ("she was turned away at the door on her mother's 90th birthday", 'Priya Sandhu', 'indirect'),
        ('I stood there with a cake and she would not let me in,', 'Priya Sandhu', 'direct'),
        ('she had cared for her mother alone for years', 'Michael Tan', 'indirect'),
        ('My client did everything for that woman,', 'Michael Tan', 'direct'),
        ('This ruling ignores that.', 'Michael Tan', 'direct'),
        ('she was relieved', 'Priya Sandhu', 'indirect'),
        ('It was never about the money. It was about what Mom wanted,', 'Priya Sandhu', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n543-ca-transit-strike',
    split='heldout89',
    text=(
        'Transit strike looms as talks break off in Winnipeg\n'
        '\n'
        'WINNIPEG — Talks between the City of Winnipeg and the union representing 1,400 transit workers broke off Sunday, raising the prospect of a strike by the end of the week.\n'
        '\n'
        'Amalgamated Transit Union Local 1505 president Chris Scott said the city had refused to discuss driver safety. "Our members are being assaulted on the job," Scott said.\n'
        '\n'
        'The city said in a statement that it had offered a wage increase of 9 per cent over three years and remained "ready to return to the table."\n'
        '\n'
        'Mayor Scott Gillingham urged both sides to keep talking. "Nobody wants a strike in January," he said.\n'
        '\n'
        'Riders at the downtown bus terminal were anxious. "I don\'t have a car. I don\'t know how I\'d get to work," said Jasmine Flett, who cleans offices at night.\n'
    ),
    gold=[
        ('the city had refused to discuss driver safety', 'Chris Scott', 'indirect'),
        ('Our members are being assaulted on the job,', 'Chris Scott', 'direct'),
        ('it had offered a wage increase of 9 per cent over three years and remained "ready to return to the table."', 'The city', 'indirect', ['the city', 'City of Winnipeg']),
        ('ready to return to the table.', 'The city', 'partial', ['the city', 'City of Winnipeg']),
        ('Nobody wants a strike in January,', 'Scott Gillingham', 'direct'),
        ("I don't have a car. I don't know how I'd get to work,", 'Jasmine Flett', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n544-feature-retired-teacher',
    split='heldout89',
    text=(
        'At 88, a retired teacher still tutors the neighbourhood\n'
        '\n'
        "SASKATOON — Every Tuesday afternoon, a line of children forms outside Margaret Olson's front door.\n"
        '\n'
        'The retired teacher, 88, has tutored children on her street for free since 1998, mostly in reading and arithmetic.\n'
        '\n'
        '"They come for the cookies and stay for the fractions," she said, laughing.\n'
        '\n'
        'One of her students, 10-year-old Ayaan Ahmed, said Olson was "stricter than my real teacher."\n'
        '\n'
        'His mother, Sana Ahmed, said her son\'s reading had jumped two grade levels in a year. "She sees something in every kid," she said.\n'
        '\n'
        'Olson has no plans to stop. "When I can\'t climb the stairs, they can come to the kitchen," the 88-year-old said.\n'
    ),
    gold=[
        ('They come for the cookies and stay for the fractions,', 'Margaret Olson', 'direct'),
        ('Olson was "stricter than my real teacher."', 'Ayaan Ahmed', 'indirect'),
        ('stricter than my real teacher.', 'Ayaan Ahmed', 'partial'),
        ("her son's reading had jumped two grade levels in a year", 'Sana Ahmed', 'indirect'),
        ('She sees something in every kid,', 'Sana Ahmed', 'direct'),
        ("When I can't climb the stairs, they can come to the kitchen,", 'Margaret Olson', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n545-crime-hit-and-run',
    split='heldout89',
    text=(
        'Driver sought after cyclist killed in Halifax hit-and-run\n'
        '\n'
        'HALIFAX — Police are looking for the driver of a dark pickup truck that struck and killed a cyclist in Dartmouth early Saturday.\n'
        '\n'
        'Halifax Regional Police identified the victim as Daniel Fraser, 34, a father of two who was riding home from a night shift.\n'
        '\n'
        'Const. Nicole Poirier said the truck did not stop. "Someone knows who was driving that vehicle," she said.\n'
        '\n'
        'Fraser\'s brother, Ian, said the family was devastated. "He did everything right. He had lights, he had a helmet," he said.\n'
        '\n'
        'The Halifax Cycling Coalition said the stretch of road had been flagged as dangerous for years.\n'
    ),
    gold=[
        ('the victim as Daniel Fraser, 34, a father of two who was riding home from a night shift', 'Halifax Regional Police', 'ignore'),
        ('the truck did not stop', 'Nicole Poirier', 'indirect'),
        ('Someone knows who was driving that vehicle,', 'Nicole Poirier', 'direct'),
        ('the family was devastated', 'Ian Fraser', 'indirect', ['Ian']),
        ('He did everything right. He had lights, he had a helmet,', 'Ian Fraser', 'direct', ['Ian']),
        ('the stretch of road had been flagged as dangerous for years', 'The Halifax Cycling Coalition', 'indirect', ['the Halifax Cycling Coalition', 'Halifax Cycling Coalition']),
    ],
))
ARTICLES.append(dict(
    id='n546-biz-airline-results',
    split='heldout89',
    text=(
        'Air Canada swings to profit on strong summer travel\n'
        '\n'
        'MONTREAL — Air Canada reported a second-quarter profit of $410 million on Monday, reversing a loss a year earlier, as summer demand stayed strong.\n'
        '\n'
        'Chief executive Michael Rousseau told analysts the airline expected capacity to grow by about 5 per cent next year. "Demand for travel remains remarkably resilient," he said.\n'
        '\n'
        'Chief financial officer John Di Bert said fuel costs had fallen from last year but labour costs were rising.\n'
        '\n'
        'The results beat analysts\' estimates. Walter Spracklin of RBC Capital Markets called the quarter "clean" and said investors would focus on the pilots\' new contract.\n'
    ),
    gold=[
        ('the airline expected capacity to grow by about 5 per cent next year', 'Michael Rousseau', 'indirect'),
        ('Demand for travel remains remarkably resilient,', 'Michael Rousseau', 'direct'),
        ('fuel costs had fallen from last year but labour costs were rising', 'John Di Bert', 'indirect'),
        ('clean', 'Walter Spracklin', 'partial'),
        ("investors would focus on the pilots' new contract", 'Walter Spracklin', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n547-us-sanders-clinton-debate',
    split='heldout90',
    text=(
        'Sanders and Clinton spar over Wall Street in Brooklyn debate\n'
        '\n'
        'NEW YORK — Bernie Sanders and Hillary Clinton traded their sharpest attacks of the campaign Thursday night in a debate in Brooklyn, five days before the New York primary.\n'
        '\n'
        'Sanders questioned whether Clinton could take on Wall Street after accepting large speaking fees from Goldman Sachs. "Secretary Clinton has not released the transcripts," the Vermont senator said.\n'
        '\n'
        'Clinton said she had stood up to the banks as a senator. "I called them out before the crash," she said.\n'
        '\n'
        'She accused her rival of failing to explain how he would break up the big banks.\n'
        '\n'
        '"He has not done his homework," the former first lady said.\n'
        '\n'
        'Sanders campaign manager Jeff Weaver said after the debate that Sanders had "won decisively."\n'
    ),
    gold=[
        ('Secretary Clinton has not released the transcripts,', 'Bernie Sanders', 'direct'),
        ('she had stood up to the banks as a senator', 'Hillary Clinton', 'indirect'),
        ('I called them out before the crash,', 'Hillary Clinton', 'direct'),
        ('He has not done his homework,', 'Hillary Clinton', 'direct'),
        ('Sanders had "won decisively."', 'Jeff Weaver', 'indirect'),
        ('won decisively.', 'Jeff Weaver', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n548-us-trump-rally-ohio',
    split='heldout90',
    text=(
        'Trump tells Ohio crowd the election is "rigged"\n'
        '\n'
        'COLUMBUS, Ohio — Donald Trump told supporters at a rally here Monday that the election was being "rigged" against him, repeating a claim that has alarmed Republican officials.\n'
        '\n'
        '"I\'m afraid the election\'s going to be taken away from us, I have to be honest," the Republican nominee said.\n'
        '\n'
        'Ohio Secretary of State Jon Husted, a Republican, rejected the claim in an interview. "I can assure you the election in Ohio will be fair," Husted said.\n'
        '\n'
        'Clinton campaign spokesman Brian Fallon called the remarks "dangerous."\n'
        '\n'
        'At the rally, Mike Daniels, a retired autoworker from Zanesville, said he believed Trump. "They\'ve been cheating us for years," he said.\n'
    ),
    gold=[
        ('the election was being "rigged" against him', 'Donald Trump', 'indirect'),
        ('rigged', 'Donald Trump', 'partial'),
        ("I'm afraid the election's going to be taken away from us, I have to be honest,", 'Donald Trump', 'direct'),
        ('I can assure you the election in Ohio will be fair,', 'Jon Husted', 'direct'),
        ('dangerous.', 'Brian Fallon', 'partial'),
        ('he believed Trump', 'Mike Daniels', 'indirect'),
        ("They've been cheating us for years,", 'Mike Daniels', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n549-sport-blue-jays-rookie',
    split='heldout90',
    text=(
        'Rookie shines in debut as Blue Jays top Red Sox\n'
        '\n'
        'TORONTO — Rookie right-hander Jake Bloss allowed one run over six innings in his major-league debut, and the Toronto Blue Jays beat the Boston Red Sox 5-1 on Tuesday.\n'
        '\n'
        'Bo Bichette homered and drove in three runs. Alejandro Kirk, who caught the rookie, said Bloss had been calm from the first pitch.\n'
        '\n'
        '"You couldn\'t tell it was his first game. He was throwing strikes and working fast," the catcher said.\n'
        '\n'
        'Bloss said his parents had flown in from Minnesota. "Seeing them in the stands after the last out, that was the best part," the 23-year-old said.\n'
        '\n'
        'Red Sox manager Alex Cora said the young pitcher had "attacked the zone all day."\n'
    ),
    gold=[
        ('Bloss had been calm from the first pitch', 'Alejandro Kirk', 'indirect'),
        ("You couldn't tell it was his first game. He was throwing strikes and working fast,", 'Alejandro Kirk', 'direct'),
        ('his parents had flown in from Minnesota', 'Jake Bloss', 'indirect'),
        ('Seeing them in the stands after the last out, that was the best part,', 'Jake Bloss', 'direct'),
        ('the young pitcher had "attacked the zone all day."', 'Alex Cora', 'indirect'),
        ('attacked the zone all day.', 'Alex Cora', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n550-crime-fraud-couple',
    split='heldout90',
    text=(
        'Couple charged in $2-million investment fraud\n'
        '\n'
        'CALGARY — A Calgary couple has been charged with fraud after investors lost more than $2 million in what police describe as a Ponzi scheme.\n'
        '\n'
        'Robert Kline, 61, and his wife, Deborah Kline, 57, are accused of promising returns of 20 per cent a year on real estate that did not exist, police said Wednesday.\n'
        '\n'
        'Staff Sgt. Mark Hatch of the Calgary Police Service\'s economic crimes unit said most of the victims were seniors. "Some of them lost their entire retirement savings," he said.\n'
        '\n'
        'One investor, a 74-year-old widow who asked not to be named, said she had trusted the couple because they attended her church.\n'
        '\n'
        '"They sat behind me every Sunday," the woman said.\n'
        '\n'
        'A lawyer for the Klines did not respond to a request for comment.\n'
    ),
    gold=[
        ('Robert Kline, 61, and his wife, Deborah Kline, 57, are accused of promising returns of 20 per cent a year on real estate that did not exist', 'police', 'indirect'),
        ('most of the victims were seniors', 'Mark Hatch', 'indirect'),
        ('Some of them lost their entire retirement savings,', 'Mark Hatch', 'direct'),
        ('she had trusted the couple because they attended her church', 'One investor, a 74-year-old widow who asked not to be named', 'indirect', ['One investor', 'one investor', 'a 74-year-old widow who asked not to be named', 'a 74-year-old widow', 'the woman']),
        ('They sat behind me every Sunday,', 'One investor, a 74-year-old widow who asked not to be named', 'direct', ['One investor', 'one investor', 'a 74-year-old widow who asked not to be named', 'a 74-year-old widow', 'the woman']),
    ],
))
ARTICLES.append(dict(
    id='n551-health-flu-shots',
    split='heldout90',
    text=(
        'Ontario urges flu shots as hospital admissions climb\n'
        '\n'
        "TORONTO — Ontario's chief medical officer of health urged residents on Friday to get a flu shot, warning that hospital admissions for influenza had doubled in two weeks.\n"
        '\n'
        'Dr. Kieran Moore said the season had started earlier than usual. "We are seeing young children and older adults hit hardest," he told a news conference.\n'
        '\n'
        'Health Minister Sylvia Jones said pharmacies had enough vaccine for everyone who wanted it.\n'
        '\n'
        'The Ontario Hospital Association said several emergency departments were already over capacity.\n'
    ),
    gold=[
        ('hospital admissions for influenza had doubled in two weeks', "Ontario's chief medical officer of health", 'indirect', ['Kieran Moore']),
        ('the season had started earlier than usual', 'Kieran Moore', 'indirect'),
        ('We are seeing young children and older adults hit hardest,', 'Kieran Moore', 'direct'),
        ('pharmacies had enough vaccine for everyone who wanted it', 'Sylvia Jones', 'indirect'),
        ('several emergency departments were already over capacity', 'The Ontario Hospital Association', 'indirect', ['the Ontario Hospital Association', 'Ontario Hospital Association']),
    ],
))
ARTICLES.append(dict(
    id='n552-us-kasich-stays-in',
    split='heldout90',
    text=(
        'Kasich vows to stay in race despite delegate math\n'
        '\n'
        'PHILADELPHIA — Ohio Gov. John Kasich insisted Tuesday that he would stay in the Republican race through the convention, even though he cannot win enough delegates to clinch the nomination.\n'
        '\n'
        '"Nobody is going to have enough delegates," the governor told reporters. "It is going to be an open convention."\n'
        '\n'
        'Kasich, who has won only his home state, argued that polls showed him beating Hillary Clinton in a general election.\n'
        '\n'
        'Ted Cruz has called on Kasich to drop out. The Texas senator said a vote for Kasich was "a vote for Donald Trump."\n'
    ),
    gold=[
        ('he would stay in the Republican race through the convention', 'John Kasich', 'indirect'),
        ('Nobody is going to have enough delegates,', 'John Kasich', 'direct'),
        ('It is going to be an open convention.', 'John Kasich', 'direct'),
        ('polls showed him beating Hillary Clinton in a general election', 'John Kasich', 'indirect'),
        ('a vote for Kasich was "a vote for Donald Trump."', 'Ted Cruz', 'indirect'),
        ('a vote for Donald Trump.', 'Ted Cruz', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n553-sport-curling-final',
    split='heldout91',
    text=(
        'Homan wins fourth Scotties title in extra end\n'
        '\n'
        'KINGSTON, Ont. — Rachel Homan made a draw to the button in an extra end Sunday to beat Kerri Einarson 7-6 and win her fourth Scotties Tournament of Hearts.\n'
        '\n'
        'Homan, who also won in 2013, 2014 and 2017, said the final was the hardest of the four.\n'
        '\n'
        '"Kerri\'s team never gives you anything. We had to earn every point," the Ottawa skip said.\n'
        '\n'
        'Einarson, who was trying for a fifth title, had a chance to win in the 10th end but her last rock over-curled.\n'
        '\n'
        '"I just missed it by an inch," she said. "That\'s curling."\n'
        '\n'
        'Her third, Val Sweeting, said the team would be back. "We\'re not done," Sweeting said.\n'
    ),
    gold=[
        ('the final was the hardest of the four', 'Rachel Homan', 'indirect'),
        ("Kerri's team never gives you anything. We had to earn every point,", 'Rachel Homan', 'direct'),
        ('I just missed it by an inch,', 'Kerri Einarson', 'direct'),
        ("That's curling.", 'Kerri Einarson', 'direct'),
        ('the team would be back', 'Val Sweeting', 'indirect'),
        ("We're not done,", 'Val Sweeting', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n554-court-landlord-tenants',
    split='heldout91',
    text=(
        'Landlord fined for illegal evictions in Toronto\n'
        '\n'
        'TORONTO — A Toronto landlord has been fined $150,000 for illegally evicting tenants from a midtown apartment building so he could raise the rent, a provincial tribunal ruled.\n'
        '\n'
        'The Landlord and Tenant Board found that Victor Mandel had used "bad-faith" renovation notices to push out 11 long-term tenants in 2022.\n'
        '\n'
        'One of them, Rosa Alvarez, had lived in the building for 26 years. "I raised my kids there. He treated us like furniture," she said.\n'
        '\n'
        "Mandel's lawyer, Paul Greenberg, said his client would appeal. The renovations were real and necessary, he said.\n"
        '\n'
        'Tenant advocate Cole Webber said fines were too small to stop landlords. "For a building like this, $150,000 is the cost of doing business," he said.\n'
    ),
    gold=[
        ('Victor Mandel had used "bad-faith" renovation notices to push out 11 long-term tenants in 2022', 'The Landlord and Tenant Board', 'indirect', ['the Landlord and Tenant Board', 'Landlord and Tenant Board']),
        ('bad-faith', 'The Landlord and Tenant Board', 'partial', ['the Landlord and Tenant Board', 'Landlord and Tenant Board']),
        ('I raised my kids there. He treated us like furniture,', 'Rosa Alvarez', 'direct'),
        ('his client would appeal', 'Paul Greenberg', 'indirect'),
        ('The renovations were real and necessary', 'Paul Greenberg', 'indirect'),
        ('fines were too small to stop landlords', 'Cole Webber', 'indirect'),
        ('For a building like this, $150,000 is the cost of doing business,', 'Cole Webber', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n555-ca-premier-doctors',
    split='heldout91',
    text=(
        'Premier promises family doctor for every Nova Scotian\n'
        '\n'
        "HALIFAX — Premier Tim Houston promised Tuesday that every Nova Scotian on the province's wait-list would be offered a family doctor within two years.\n"
        '\n'
        'The list has fallen to about 100,000 people from a peak of 160,000 last year, according to Nova Scotia Health.\n'
        '\n'
        'Opposition Leader Zach Churchill called the promise "a reannouncement dressed up as a plan."\n'
        '\n'
        '"We\'ve heard this before," the Liberal leader told reporters. "People need a doctor now, not in 2027."\n'
        '\n'
        'Doctors Nova Scotia president Dr. Colin Audain said the province had made real progress but still had to fix emergency rooms.\n'
    ),
    gold=[
        ("every Nova Scotian on the province's wait-list would be offered a family doctor within two years", 'Tim Houston', 'indirect'),
        ('The list has fallen to about 100,000 people from a peak of 160,000 last year', 'Nova Scotia Health', 'indirect'),
        ('a reannouncement dressed up as a plan.', 'Zach Churchill', 'partial'),
        ("We've heard this before,", 'Zach Churchill', 'direct'),
        ('People need a doctor now, not in 2027.', 'Zach Churchill', 'direct'),
        ('the province had made real progress but still had to fix emergency rooms', 'Colin Audain', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n556-feature-lighthouse',
    split='heldout91',
    text=(
        'Brothers restore the lighthouse their grandfather kept\n'
        '\n'
        "PEGGY'S COVE, N.S. — For 30 years, William Crooks kept the light burning on a rocky point south of the village. Now his grandsons are trying to save it.\n"
        '\n'
        "Andrew and James Crooks, who run a boatbuilding shop in nearby Lunenburg, have raised $80,000 to repair the lighthouse's cracked tower.\n"
        '\n'
        '"Grandpa would have done it himself if he was still here," said Andrew, the older brother.\n'
        '\n'
        'James said the federal government had offered to give the lighthouse to the community but not to pay for repairs.\n'
        '\n'
        '"They want to hand us a bill with a bow on it," he said.\n'
    ),
    gold=[
        ('Grandpa would have done it himself if he was still here,', 'Andrew Crooks', 'direct', ['Andrew']),
        ('the federal government had offered to give the lighthouse to the community but not to pay for repairs', 'James Crooks', 'indirect', ['James']),
        ('They want to hand us a bill with a bow on it,', 'James Crooks', 'direct', ['James']),
    ],
))
ARTICLES.append(dict(
    id='n557-crime-bank-robbery',
    split='heldout91',
    text=(
        'Suspect arrested after Regina bank robbery\n'
        '\n'
        'REGINA — Police arrested a 40-year-old man Friday, hours after a bank on Albert Street was robbed at gunpoint.\n'
        '\n'
        'Regina Police Service spokesperson Elizabeth Popowich said no one was hurt. Officers found the man in a nearby apartment with a bag of cash, she said.\n'
        '\n'
        'A teller who was working at the time said the robber had been calm. "He said please. He actually said please," said the teller, who asked that her name not be used.\n'
        '\n'
        'The man, whose name has not been released, is expected to appear in court Monday.\n'
    ),
    gold=[
        ('no one was hurt', 'Elizabeth Popowich', 'indirect'),
        ('Officers found the man in a nearby apartment with a bag of cash', 'Elizabeth Popowich', 'indirect'),
        ('the robber had been calm', 'A teller who was working at the time', 'indirect', ['a teller', 'A teller', 'the teller', 'a teller who was working at the time']),
        ('He said please. He actually said please,', 'A teller who was working at the time', 'direct', ['a teller', 'A teller', 'the teller', 'the teller, who asked that her name not be used', 'a teller who was working at the time']),
    ],
))
ARTICLES.append(dict(
    id='n558-biz-tech-layoffs',
    split='heldout91',
    text=(
        'Shopify cuts 20 per cent of staff\n'
        '\n'
        'OTTAWA — Shopify Inc. is laying off about 20 per cent of its employees and selling its logistics business, the Ottawa-based company said Thursday.\n'
        '\n'
        'In a memo to staff, chief executive Tobi Lütke said the company had to focus on its core product. "This is a hard day," the CEO wrote.\n'
        '\n'
        'Shopify said affected employees would receive at least 16 weeks of severance.\n'
        '\n'
        "The company's shares rose more than 20 per cent. Analyst Josh Beck of KeyBanc said investors welcomed the move away from logistics, which had dragged on profits.\n"
    ),
    gold=[
        ('Shopify Inc. is laying off about 20 per cent of its employees and selling its logistics business', 'the Ottawa-based company', 'indirect', ['Shopify', 'Shopify Inc.', 'the company']),
        ('the company had to focus on its core product', 'Tobi Lütke', 'indirect'),
        ('This is a hard day,', 'Tobi Lütke', 'direct'),
        ('affected employees would receive at least 16 weeks of severance', 'Shopify', 'indirect', ['Shopify Inc.']),
        ('investors welcomed the move away from logistics, which had dragged on profits', 'Josh Beck', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n559-us-rubio-exit',
    split='heldout92',
    text=(
        'Rubio ends campaign after losing Florida\n'
        '\n'
        'MIAMI — Marco Rubio ended his presidential campaign Tuesday night after Donald Trump beat him by nearly 20 points in his home state of Florida.\n'
        '\n'
        '"While it is not God\'s plan that I be president in 2016 or maybe ever, the fact that I have come this far is evidence of how special America is," the senator told supporters.\n'
        '\n'
        'Rubio said the party was facing a "fractured" future and warned against "the politics of resentment."\n'
        '\n'
        'Trump, speaking in Palm Beach, praised his former rival. "Marco worked hard, he is a tough competitor," the billionaire said.\n'
    ),
    gold=[
        ("While it is not God's plan that I be president in 2016 or maybe ever, the fact that I have come this far is evidence of how special America is,", 'Marco Rubio', 'direct'),
        ('the party was facing a "fractured" future', 'Marco Rubio', 'indirect'),
        ('fractured', 'Marco Rubio', 'partial'),
        ('the politics of resentment.', 'Marco Rubio', 'partial'),
        ('Marco worked hard, he is a tough competitor,', 'Donald Trump', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n560-us-clinton-emails',
    split='heldout92',
    text=(
        'FBI director says Clinton was "extremely careless" with emails\n'
        '\n'
        'WASHINGTON — FBI Director James Comey said Tuesday that Hillary Clinton and her aides had been "extremely careless" in handling classified information but recommended no criminal charges.\n'
        '\n'
        '"Although there is evidence of potential violations of the statutes regarding the handling of classified information, our judgment is that no reasonable prosecutor would bring such a case," Comey said.\n'
        '\n'
        'Clinton campaign spokesman Brian Fallon said the campaign was pleased the matter was resolved.\n'
        '\n'
        'House Speaker Paul Ryan said the decision "defies explanation."\n'
        '\n'
        '"No one should be above the law," the Wisconsin Republican said in a statement.\n'
    ),
    gold=[
        ('Hillary Clinton and her aides had been "extremely careless" in handling classified information', 'James Comey', 'indirect'),
        ('extremely careless', 'James Comey', 'partial'),
        ('Although there is evidence of potential violations of the statutes regarding the handling of classified information, our judgment is that no reasonable prosecutor would bring such a case,', 'James Comey', 'direct'),
        ('the campaign was pleased the matter was resolved', 'Brian Fallon', 'indirect'),
        ('the decision "defies explanation."', 'Paul Ryan', 'indirect'),
        ('defies explanation.', 'Paul Ryan', 'partial'),
        ('No one should be above the law,', 'Paul Ryan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n561-sport-raptors-win',
    split='heldout92',
    text=(
        'Barnes, Quickley lead Raptors past Bulls\n'
        '\n'
        'TORONTO — Scottie Barnes had 28 points and 11 rebounds, Immanuel Quickley added 22 and the Toronto Raptors beat the Chicago Bulls 118-104 on Wednesday night.\n'
        '\n'
        'Coby White scored 26 for Chicago, which lost its fourth straight.\n'
        '\n'
        '"Scottie was everywhere tonight. Defence, rebounding, making the right pass," Raptors coach Darko Rajakovic said.\n'
        '\n'
        'Quickley, who missed six games with a hand injury, said he felt rusty early. "The first few shots felt weird, then I found it," the guard said.\n'
        '\n'
        'Bulls coach Billy Donovan said his team had not played with enough energy. "They beat us to every loose ball," he said.\n'
    ),
    gold=[
        ('Scottie was everywhere tonight. Defence, rebounding, making the right pass,', 'Darko Rajakovic', 'direct'),
        ('he felt rusty early', 'Immanuel Quickley', 'indirect'),
        ('The first few shots felt weird, then I found it,', 'Immanuel Quickley', 'direct'),
        ('his team had not played with enough energy', 'Billy Donovan', 'indirect'),
        ('They beat us to every loose ball,', 'Billy Donovan', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n562-crime-arson-brothers',
    split='heldout92',
    text=(
        'Brothers charged in string of barn fires\n'
        '\n'
        'LONDON, Ont. — Two brothers have been charged with arson in connection with a series of barn fires in rural southwestern Ontario, Ontario Provincial Police said Monday.\n'
        '\n'
        'Kyle Hendricks, 23, and Brandon Hendricks, 19, of Strathroy, face 14 charges between them.\n'
        '\n'
        'OPP Const. Jason Folkerts said investigators had linked the brothers to the fires through surveillance video from a gas station. "It was a break we needed," he said.\n'
        '\n'
        'Farmer Gerald Vandenberg lost a barn and 40 head of cattle in one of the fires. "You don\'t get that back," the 67-year-old said.\n'
        '\n'
        'A lawyer for the older brother, Melissa Grant, said he would fight the charges.\n'
    ),
    gold=[
        ('Two brothers have been charged with arson in connection with a series of barn fires in rural southwestern Ontario', 'Ontario Provincial Police', 'indirect', ['OPP']),
        ('investigators had linked the brothers to the fires through surveillance video from a gas station', 'Jason Folkerts', 'indirect'),
        ('It was a break we needed,', 'Jason Folkerts', 'direct'),
        ("You don't get that back,", 'Gerald Vandenberg', 'direct'),
        ('he would fight the charges', 'Melissa Grant', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n563-health-alcohol-guidance',
    split='heldout92',
    text=(
        'New guidance says no amount of alcohol is safe\n'
        '\n'
        'OTTAWA — Canadians should limit themselves to two drinks a week to reduce their health risks, according to new guidance from the Canadian Centre on Substance Use and Addiction.\n'
        '\n'
        'The previous guidelines, released in 2011, allowed up to 10 drinks a week for women and 15 for men.\n'
        '\n'
        '"The evidence has changed. Even small amounts of alcohol carry risk," said Dr. Peter Butt, who co-chaired the expert panel.\n'
        '\n'
        'Restaurants Canada called the advice "unrealistic" and said most Canadians drink responsibly.\n'
    ),
    gold=[
        ('Canadians should limit themselves to two drinks a week to reduce their health risks', 'the Canadian Centre on Substance Use and Addiction', 'indirect', ['new guidance from the Canadian Centre on Substance Use and Addiction', 'Canadian Centre on Substance Use and Addiction']),
        ('The evidence has changed. Even small amounts of alcohol carry risk,', 'Peter Butt', 'direct'),
        ('unrealistic', 'Restaurants Canada', 'partial'),
        ('most Canadians drink responsibly', 'Restaurants Canada', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n564-us-sanders-endorsement',
    split='heldout92',
    text=(
        'Warren endorses Clinton, takes aim at Trump\n'
        '\n'
        'WASHINGTON — Sen. Elizabeth Warren endorsed Hillary Clinton on Thursday, ending months of neutrality in the Democratic race.\n'
        '\n'
        'In an interview with MSNBC, the Massachusetts Democrat said she was ready to campaign for Clinton "as hard as I can."\n'
        '\n'
        'Warren has been one of Donald Trump\'s sharpest critics, calling him "a thin-skinned, racist bully." Trump has called her "Pocahontas."\n'
        '\n'
        'Sanders, who won the support of many of Warren\'s backers, said he would meet Clinton later in the day. "I look forward to working with her," he said.\n'
    ),
    gold=[
        ('she was ready to campaign for Clinton "as hard as I can."', 'Elizabeth Warren', 'indirect'),
        ('as hard as I can.', 'Elizabeth Warren', 'partial'),
        ('a thin-skinned, racist bully.', 'Elizabeth Warren', 'partial'),
        ('Pocahontas.', 'Donald Trump', 'ignore'),
        ('he would meet Clinton later in the day', 'Bernie Sanders', 'indirect', ['Sanders']),
        ('I look forward to working with her,', 'Bernie Sanders', 'direct', ['Sanders']),
    ],
))
ARTICLES.append(dict(
    id='n565-sport-jets-goalie',
    split='heldout93',
    text=(
        'Hellebuyck stops 40 as Jets blank Wild\n'
        '\n'
        'WINNIPEG — Connor Hellebuyck made 40 saves for his fourth shutout of the season and the Winnipeg Jets beat the Minnesota Wild 2-0 on Saturday.\n'
        '\n'
        'Kyle Connor and Mark Scheifele scored for Winnipeg, which has won six in a row.\n'
        '\n'
        '"He\'s the best goalie in the world. I don\'t think it\'s close," said Jets coach Scott Arniel.\n'
        '\n'
        'The Michigan native was modest about the performance. "The guys blocked a ton of shots. I saw most of them," Hellebuyck said.\n'
        '\n'
        'Wild forward Kirill Kaprizov, who had eight shots, said his team had created enough chances to win.\n'
        '\n'
        '"You have to find a way to beat him, and we didn\'t," Kaprizov said.\n'
    ),
    gold=[
        ("He's the best goalie in the world. I don't think it's close,", 'Scott Arniel', 'direct'),
        ('The guys blocked a ton of shots. I saw most of them,', 'Connor Hellebuyck', 'direct'),
        ('his team had created enough chances to win', 'Kirill Kaprizov', 'indirect'),
        ("You have to find a way to beat him, and we didn't,", 'Kirill Kaprizov', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n566-court-judge-decision',
    split='heldout93',
    text=(
        'Judge strikes down Alberta school pronoun rules\n'
        '\n'
        'EDMONTON — An Alberta judge has temporarily blocked provincial rules that require schools to notify parents when students change their names or pronouns.\n'
        '\n'
        'In her written decision, Justice Allison Kuntz said the rules could cause "irreparable harm" to students while a constitutional challenge proceeds.\n'
        '\n'
        'Education Minister Demetrios Nicolaides said the province would appeal. "Parents have a right to know what is happening with their children," he said in a statement.\n'
        '\n'
        'Egale Canada, one of the groups that brought the challenge, welcomed the ruling.\n'
        '\n'
        '"Today, trans kids in Alberta can breathe a little easier," said Bennett Jensen, the group\'s legal director.\n'
    ),
    gold=[
        ('the rules could cause "irreparable harm" to students while a constitutional challenge proceeds', 'Allison Kuntz', 'indirect'),
        ('irreparable harm', 'Allison Kuntz', 'partial'),
        ('the province would appeal', 'Demetrios Nicolaides', 'indirect'),
        ('Parents have a right to know what is happening with their children,', 'Demetrios Nicolaides', 'direct'),
        ('Today, trans kids in Alberta can breathe a little easier,', 'Bennett Jensen', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n567-ca-housing-minister',
    split='heldout93',
    text=(
        'Ottawa to speed up home building on federal land\n'
        '\n'
        'OTTAWA — The federal government will lease public land to builders to put up 30,000 homes over the next five years, Housing Minister Sean Fraser announced Monday.\n'
        '\n'
        '"We cannot build the homes Canadians need if we keep doing things the way we always have," Fraser said at a news conference in Halifax.\n'
        '\n'
        'Conservative housing critic Scott Aitchison said the government had made similar promises before. The Tory MP called the plan "another photo op."\n'
        '\n'
        'Kevin Lee, chief executive of the Canadian Home Builders\' Association, said builders were interested but would need to see the terms. "The devil will be in the details," he said.\n'
    ),
    gold=[
        ('The federal government will lease public land to builders to put up 30,000 homes over the next five years', 'Sean Fraser', 'indirect'),
        ('We cannot build the homes Canadians need if we keep doing things the way we always have,', 'Sean Fraser', 'direct'),
        ('the government had made similar promises before', 'Scott Aitchison', 'indirect'),
        ('another photo op.', 'Scott Aitchison', 'partial'),
        ('builders were interested but would need to see the terms', 'Kevin Lee', 'indirect'),
        ('The devil will be in the details,', 'Kevin Lee', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n568-feature-twins-bakery',
    split='heldout93',
    text=(
        'Twin sisters rise early to keep family bakery going\n'
        '\n'
        "LUNENBURG, N.S. — At 4 a.m., the ovens at Knaut's Bakery are already warm. Twin sisters Emma and Claire Knaut have been running the shop since their father retired in 2019.\n"
        '\n'
        'Emma handles the bread. Claire does the pastries and the books.\n'
        '\n'
        '"She\'s the morning person. I\'m the one who remembers to pay the power bill," Claire said.\n'
        '\n'
        'Her sister laughed. "That\'s true. I would forget to eat if she didn\'t remind me," Emma said.\n'
        '\n'
        'Their father, Gordon Knaut, still stops by most days. He said he never expected both daughters to take over.\n'
        '\n'
        '"I thought they\'d be lawyers or something," the 70-year-old said.\n'
    ),
    gold=[
        ("She's the morning person. I'm the one who remembers to pay the power bill,", 'Claire Knaut', 'direct', ['Claire']),
        ("That's true. I would forget to eat if she didn't remind me,", 'Emma Knaut', 'direct', ['Emma']),
        ('he never expected both daughters to take over', 'Gordon Knaut', 'indirect'),
        ("I thought they'd be lawyers or something,", 'Gordon Knaut', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n569-crime-scam-seniors',
    split='heldout93',
    text=(
        'Police warn of phone scam targeting grandparents\n'
        '\n'
        'SURREY, B.C. — RCMP are warning seniors about a phone scam in which callers pretend to be grandchildren in jail and ask for bail money.\n'
        '\n'
        'Cpl. Vanessa Munn said at least nine people in Surrey had lost a total of $84,000 in the past month. "These are sophisticated criminals, and they are very convincing," she said.\n'
        '\n'
        'One victim, an 81-year-old man, said the caller knew his grandson\'s name and school. "It sounded just like him," the man said.\n'
        '\n'
        'Munn said anyone who gets such a call should hang up and phone the family member directly.\n'
    ),
    gold=[
        ('at least nine people in Surrey had lost a total of $84,000 in the past month', 'Vanessa Munn', 'indirect'),
        ('These are sophisticated criminals, and they are very convincing,', 'Vanessa Munn', 'direct'),
        ("the caller knew his grandson's name and school", 'One victim, an 81-year-old man', 'indirect', ['One victim', 'one victim', 'an 81-year-old man', 'the man']),
        ('It sounded just like him,', 'One victim, an 81-year-old man', 'direct', ['One victim', 'one victim', 'an 81-year-old man', 'the man']),
        ('anyone who gets such a call should hang up and phone the family member directly', 'Vanessa Munn', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n570-biz-bank-earnings',
    split='heldout93',
    text=(
        'TD profit falls on U.S. money-laundering costs\n'
        '\n'
        'TORONTO — TD Bank Group reported a lower fourth-quarter profit Thursday as costs tied to its U.S. anti-money-laundering failures weighed on results.\n'
        '\n'
        'Chief executive Bharat Masrani said the bank was "making progress" on fixing its controls. He told analysts the work would take years.\n'
        '\n'
        'Incoming CEO Raymond Chun, who takes over in February, said his first priority would be rebuilding trust with regulators.\n'
        '\n'
        'National Bank analyst Gabriel Dechaine wrote that the results were "messy but not alarming."\n'
    ),
    gold=[
        ('the bank was "making progress" on fixing its controls', 'Bharat Masrani', 'indirect'),
        ('making progress', 'Bharat Masrani', 'partial'),
        ('the work would take years', 'Bharat Masrani', 'indirect'),
        ('his first priority would be rebuilding trust with regulators', 'Raymond Chun', 'indirect'),
        ('the results were "messy but not alarming."', 'Gabriel Dechaine', 'indirect'),
        ('messy but not alarming.', 'Gabriel Dechaine', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n571-us-trump-tax-returns',
    split='heldout94',
    text=(
        'Trump says he will not release tax returns before election\n'
        '\n'
        'WASHINGTON — Donald Trump said Wednesday that he would not release his tax returns before the election, citing an audit by the Internal Revenue Service.\n'
        '\n'
        'The IRS has said that an audit does not prevent a taxpayer from releasing returns.\n'
        '\n'
        '"There\'s nothing to learn from them," the Republican nominee told The Associated Press.\n'
        '\n'
        'Hillary Clinton, who has released decades of returns, accused her opponent of hiding something. "What is he hiding? We don\'t know," she said at a rally in Ohio.\n'
        '\n'
        "Trump's running mate, Indiana Gov. Mike Pence, has said he will release his own returns.\n"
    ),
    gold=[
        ('he would not release his tax returns before the election', 'Donald Trump', 'indirect'),
        ('an audit does not prevent a taxpayer from releasing returns', 'The IRS', 'indirect', ['the IRS', 'IRS', 'Internal Revenue Service']),
        ("There's nothing to learn from them,", 'Donald Trump', 'direct'),
        ("What is he hiding? We don't know,", 'Hillary Clinton', 'direct'),
        ('he will release his own returns', 'Mike Pence', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n572-us-gop-convention-day',
    split='heldout94',
    text=(
        'Pence accepts nomination, vows to help Trump win\n'
        '\n'
        'CLEVELAND — Indiana Gov. Mike Pence accepted the Republican nomination for vice-president Wednesday night, introducing himself to voters as "a Christian, a conservative and a Republican, in that order."\n'
        '\n'
        '"Donald Trump gets it. He\'s a man known for a larger-than-life personality," the governor told the convention.\n'
        '\n'
        'Earlier in the evening, Ted Cruz was booed for declining to endorse Trump. Pence did not mention the Texas senator.\n'
        '\n'
        'Delegate Linda Kowalski of Michigan said Pence had "calmed everybody down." She said she had been worried after Cruz\'s speech.\n'
    ),
    gold=[
        ('a Christian, a conservative and a Republican, in that order.', 'Mike Pence', 'partial'),
        ("Donald Trump gets it. He's a man known for a larger-than-life personality,", 'Mike Pence', 'direct'),
        ('Pence had "calmed everybody down."', 'Linda Kowalski', 'indirect'),
        ('calmed everybody down.', 'Linda Kowalski', 'partial'),
        ("she had been worried after Cruz's speech", 'Linda Kowalski', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n573-sport-soccer-whitecaps',
    split='heldout94',
    text=(
        'Whitecaps advance on penalty kicks\n'
        '\n'
        'VANCOUVER — Yohei Takaoka saved two penalties and the Vancouver Whitecaps beat the Portland Timbers 5-4 in a shootout Tuesday night to advance in the MLS playoffs.\n'
        '\n'
        'The teams were tied 1-1 after extra time. Brian White scored for Vancouver in the 58th minute.\n'
        '\n'
        '"Yohei was unbelievable. He guessed right twice and that was the difference," White said.\n'
        '\n'
        "The Japanese goalkeeper said he had studied video of the Timbers' shooters all week.\n"
        '\n'
        'Portland coach Phil Neville called the loss "cruel" and said his players had nothing to be ashamed of.\n'
    ),
    gold=[
        ('Yohei was unbelievable. He guessed right twice and that was the difference,', 'Brian White', 'direct'),
        ("he had studied video of the Timbers' shooters all week", 'Yohei Takaoka', 'indirect'),
        ('cruel', 'Phil Neville', 'partial'),
        ('his players had nothing to be ashamed of', 'Phil Neville', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n574-ca-fire-chief',
    split='heldout94',
    text=(
        'Fire destroys historic church in Quebec town\n'
        '\n'
        'SAINT-JÉRÔME, Que. — Fire destroyed a 125-year-old church in this town north of Montreal early Friday. No one was hurt.\n'
        '\n'
        'Fire chief Martin Daoust said the blaze started in the basement and spread quickly through the wooden structure. "By the time we arrived, the roof was already gone," he said.\n'
        '\n'
        'Parish priest Rev. Luc Bergeron watched from across the street. "It is like losing a member of the family," the priest said.\n'
        '\n'
        'Police said the cause was not considered suspicious.\n'
    ),
    gold=[
        ('the blaze started in the basement and spread quickly through the wooden structure', 'Martin Daoust', 'indirect'),
        ('By the time we arrived, the roof was already gone,', 'Martin Daoust', 'direct'),
        ('It is like losing a member of the family,', 'Luc Bergeron', 'direct'),
        ('the cause was not considered suspicious', 'Police', 'indirect', ['police']),
    ],
))
ARTICLES.append(dict(
    id='n575-health-er-closures',
    split='heldout94',
    text=(
        'Rural ERs closed 1,000 times last year, report finds\n'
        '\n'
        'TORONTO — Emergency departments in rural Ontario closed temporarily more than 1,000 times last year because of staff shortages, a report by the Ontario Health Coalition found.\n'
        '\n'
        'Natalie Mehra, the coalition\'s executive director, said the closures were putting lives at risk. "People are driving an hour to find an open emergency room," she said.\n'
        '\n'
        'A spokesperson for Health Minister Sylvia Jones said the government had added thousands of nurses.\n'
        '\n'
        'Dr. Kathleen Ross, a family physician in Clinton, Ont., said the problem was not new. "We have been sounding the alarm for five years," the doctor said.\n'
    ),
    gold=[
        ('Emergency departments in rural Ontario closed temporarily more than 1,000 times last year because of staff shortages', 'a report by the Ontario Health Coalition', 'indirect', ['a report', 'the Ontario Health Coalition', 'Ontario Health Coalition']),
        ('the closures were putting lives at risk', 'Natalie Mehra', 'indirect'),
        ('People are driving an hour to find an open emergency room,', 'Natalie Mehra', 'direct'),
        ('the government had added thousands of nurses', 'A spokesperson for Health Minister Sylvia Jones', 'indirect', ['a spokesperson for Health Minister Sylvia Jones', 'A spokesperson']),
        ('the problem was not new', 'Kathleen Ross', 'indirect'),
        ('We have been sounding the alarm for five years,', 'Kathleen Ross', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n576-crime-two-men-stabbing',
    split='heldout94',
    text=(
        'Man charged with murder in Winnipeg stabbing\n'
        '\n'
        'WINNIPEG — A 27-year-old man has been charged with second-degree murder after another man was stabbed outside a downtown bar early Sunday, police said.\n'
        '\n'
        'Police identified the victim as Jordan Lavallee, 31, of Winnipeg. Jesse Morin, 27, was arrested at the scene.\n'
        '\n'
        'Lavallee\'s cousin, Dylan Spence, said the family was in shock. "Jordan was the guy who broke up fights. He didn\'t start them," he said.\n'
        '\n'
        'Const. Dani McKinnon said the two men did not know each other.\n'
    ),
    gold=[
        ('A 27-year-old man has been charged with second-degree murder after another man was stabbed outside a downtown bar early Sunday', 'police', 'indirect'),
        ('the victim as Jordan Lavallee, 31, of Winnipeg', 'Police', 'ignore'),
        ('the family was in shock', 'Dylan Spence', 'indirect'),
        ("Jordan was the guy who broke up fights. He didn't start them,", 'Dylan Spence', 'direct'),
        ('the two men did not know each other', 'Dani McKinnon', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n577-politics-carbon-tax',
    split='heldout95',
    text=(
        'Saskatchewan loses carbon tax challenge\n'
        '\n'
        "REGINA — Saskatchewan's top court has ruled that Ottawa's carbon tax is constitutional, dealing a blow to Premier Scott Moe.\n"
        '\n'
        'In a 3-2 decision, the Court of Appeal for Saskatchewan said the federal government had the power to set a national minimum price on carbon.\n'
        '\n'
        'Moe said the province would take its fight to the Supreme Court of Canada. "We are disappointed, but this is far from over," he told reporters in Regina.\n'
        '\n'
        'Federal Environment Minister Catherine McKenna welcomed the decision. "Pollution shouldn\'t be free anywhere in Canada," she said on Twitter.\n'
        '\n'
        'The two dissenting judges wrote that the law intruded on provincial jurisdiction.\n'
    ),
    gold=[
        ('the federal government had the power to set a national minimum price on carbon', 'the Court of Appeal for Saskatchewan', 'indirect', ['Court of Appeal for Saskatchewan']),
        ('the province would take its fight to the Supreme Court of Canada', 'Scott Moe', 'indirect'),
        ('We are disappointed, but this is far from over,', 'Scott Moe', 'direct'),
        ("Pollution shouldn't be free anywhere in Canada,", 'Catherine McKenna', 'direct'),
        ('the law intruded on provincial jurisdiction', 'The two dissenting judges', 'indirect', ['the two dissenting judges']),
    ],
))
ARTICLES.append(dict(
    id='n578-sport-raptors-title',
    split='heldout95',
    text=(
        'Raptors fans flood downtown Toronto for parade\n'
        '\n'
        "TORONTO — More than a million people filled the streets of downtown Toronto on Monday to celebrate the Raptors' first NBA championship.\n"
        '\n'
        'Kawhi Leonard, the finals MVP, rode in an open bus with his teammates. "This is unbelievable. I\'ve never seen anything like it," Leonard told the crowd at Nathan Phillips Square.\n'
        '\n'
        'Kyle Lowry, who has played seven seasons in Toronto, thanked the fans for sticking with the team through years of playoff disappointment.\n'
        '\n'
        '"We did it for you," the point guard said.\n'
        '\n'
        'Police said four people were injured in a shooting near the square during the speeches. Chief Mark Saunders said two people were arrested.\n'
    ),
    gold=[
        ("This is unbelievable. I've never seen anything like it,", 'Kawhi Leonard', 'direct'),
        ('We did it for you,', 'Kyle Lowry', 'direct'),
        ('four people were injured in a shooting near the square during the speeches', 'Police', 'indirect', ['police']),
        ('two people were arrested', 'Mark Saunders', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n579-ca-teachers-strike',
    split='heldout95',
    text=(
        'Ontario teachers escalate job action\n'
        '\n'
        "TORONTO — Ontario's elementary teachers will walk off the job for one day next week if no deal is reached, their union said Wednesday.\n"
        '\n'
        "Sam Hammond, president of the Elementary Teachers' Federation of Ontario, said the government had refused to address class sizes and support for students with special needs.\n"
        '\n'
        '"We have been at the table for months. The government has not moved," Hammond said.\n'
        '\n'
        'Education Minister Stephen Lecce called the strike "unacceptable" and urged the union to return to talks.\n'
        '\n'
        'Parents are scrambling for child care. Toronto mother Priya Nair said she would have to take a day off work. "I support the teachers, but this is hard," she said.\n'
    ),
    gold=[
        ("Ontario's elementary teachers will walk off the job for one day next week if no deal is reached", 'their union', 'indirect', ["Elementary Teachers' Federation of Ontario"]),
        ('the government had refused to address class sizes and support for students with special needs', 'Sam Hammond', 'indirect'),
        ('We have been at the table for months. The government has not moved,', 'Sam Hammond', 'direct'),
        ('unacceptable', 'Stephen Lecce', 'partial'),
        ('she would have to take a day off work', 'Priya Nair', 'indirect'),
        ('I support the teachers, but this is hard,', 'Priya Nair', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n580-feature-refugee-chef',
    split='heldout95',
    text=(
        'Syrian refugee finds new life as a chef in Moncton\n'
        '\n'
        'MONCTON, N.B. — When Rami Haddad arrived in Canada in 2016, he spoke no English and had never cooked for more than his family.\n'
        '\n'
        'Today the 38-year-old runs a busy Middle Eastern restaurant on Main Street, where the lineup for his shawarma often stretches out the door.\n'
        '\n'
        '"In Syria I was an electrician. Here I learned that people will come back if you feed them well," Haddad said.\n'
        '\n'
        'His wife, Lina, handles the front of the house. She said the first winter had nearly made them leave.\n'
        '\n'
        '"We had never seen snow like that. Now the kids ask when it will come," she said.\n'
        '\n'
        "Local food writer Marc Gallant said the restaurant had changed the city's food scene.\n"
    ),
    gold=[
        ('In Syria I was an electrician. Here I learned that people will come back if you feed them well,', 'Rami Haddad', 'direct'),
        ('the first winter had nearly made them leave', 'Lina Haddad', 'indirect', ['Lina']),
        ('We had never seen snow like that. Now the kids ask when it will come,', 'Lina Haddad', 'direct', ['Lina']),
        ("the restaurant had changed the city's food scene", 'Marc Gallant', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n581-crime-missing-woman',
    split='heldout95',
    text=(
        'Family pleads for help finding missing Thunder Bay woman\n'
        '\n'
        'THUNDER BAY, Ont. — The family of a 24-year-old Indigenous woman who has been missing for two weeks is pleading for information.\n'
        '\n'
        "Shaylene Fiddler was last seen leaving a friend's home on Victoria Avenue on Nov. 3, police said.\n"
        '\n'
        'Her mother, Darlene Fiddler, said the family had been searching the city every day. "Somebody knows something. Please, just call," she said, holding a photo of her daughter.\n'
        '\n'
        'Thunder Bay police spokesperson Chris Adams said investigators were following several leads.\n'
        '\n'
        'Nishnawbe Aski Nation Grand Chief Alvin Fiddler, who is not related to the family, said police had to treat the case as a priority.\n'
    ),
    gold=[
        ("Shaylene Fiddler was last seen leaving a friend's home on Victoria Avenue on Nov. 3", 'police', 'indirect'),
        ('the family had been searching the city every day', 'Darlene Fiddler', 'indirect'),
        ('Somebody knows something. Please, just call,', 'Darlene Fiddler', 'direct'),
        ('investigators were following several leads', 'Chris Adams', 'indirect'),
        ('police had to treat the case as a priority', 'Alvin Fiddler', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n582-biz-cannabis',
    split='heldout95',
    text=(
        'Cannabis producer cuts 500 jobs as sales lag\n'
        '\n'
        'SMITHS FALLS, Ont. — Canopy Growth Corp. is cutting about 500 jobs and closing two greenhouses in British Columbia, the cannabis producer said Thursday.\n'
        '\n'
        'Chief executive David Klein said the company had built too much capacity for a market that grew more slowly than expected.\n'
        '\n'
        '"We have to right-size the business," Klein said on a call with analysts.\n'
        '\n'
        'The shares fell 8 per cent. Analyst Vivien Azer of Cowen said the cuts were "overdue."\n'
    ),
    gold=[
        ('Canopy Growth Corp. is cutting about 500 jobs and closing two greenhouses in British Columbia', 'the cannabis producer', 'indirect', ['Canopy Growth Corp.', 'Canopy Growth']),
        ('the company had built too much capacity for a market that grew more slowly than expected', 'David Klein', 'indirect'),
        ('We have to right-size the business,', 'David Klein', 'direct'),
        ('the cuts were "overdue."', 'Vivien Azer', 'indirect'),
        ('overdue.', 'Vivien Azer', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n583-us-iowa-caucus',
    split='heldout96',
    text=(
        'Cruz wins Iowa caucuses, Trump second\n'
        '\n'
        'DES MOINES, Iowa — Ted Cruz won the Iowa caucuses on Monday night, beating Donald Trump in the first contest of the Republican race.\n'
        '\n'
        'Marco Rubio finished a strong third, just behind Trump.\n'
        '\n'
        '"Tonight is a victory for the grassroots," Cruz told supporters. "Iowa has sent notice that the Republican nominee will not be chosen by the media."\n'
        '\n'
        'Trump said he was "honored" to finish second and predicted he would win New Hampshire.\n'
        '\n'
        'Rubio, who had been polling in the low teens, said the result showed his campaign was gaining momentum.\n'
    ),
    gold=[
        ('Tonight is a victory for the grassroots,', 'Ted Cruz', 'direct'),
        ('Iowa has sent notice that the Republican nominee will not be chosen by the media.', 'Ted Cruz', 'direct'),
        ('he was "honored" to finish second', 'Donald Trump', 'indirect'),
        ('honored', 'Donald Trump', 'partial'),
        ('he would win New Hampshire', 'Donald Trump', 'indirect'),
        ('the result showed his campaign was gaining momentum', 'Marco Rubio', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n584-us-clinton-sanders-nevada',
    split='heldout96',
    text=(
        'Clinton holds off Sanders in Nevada\n'
        '\n'
        'LAS VEGAS — Hillary Clinton won the Nevada caucuses on Saturday, steadying her campaign after a bruising loss to Bernie Sanders in New Hampshire.\n'
        '\n'
        '"Some may have doubted us, but we never doubted each other," Clinton told cheering supporters at Caesars Palace.\n'
        '\n'
        'Sanders congratulated his rival but said his campaign had "come a long way" in a state where he started far behind.\n'
        '\n'
        'His campaign manager, Jeff Weaver, said the senator would compete hard in South Carolina. "We\'re in this to the convention," he said.\n'
    ),
    gold=[
        ('Some may have doubted us, but we never doubted each other,', 'Hillary Clinton', 'direct'),
        ('his campaign had "come a long way" in a state where he started far behind', 'Bernie Sanders', 'indirect'),
        ('come a long way', 'Bernie Sanders', 'partial'),
        ('the senator would compete hard in South Carolina', 'Jeff Weaver', 'indirect'),
        ("We're in this to the convention,", 'Jeff Weaver', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n585-sport-cfl-grey-cup',
    split='heldout96',
    text=(
        'Blue Bombers end 29-year drought with Grey Cup win\n'
        '\n'
        'CALGARY — The Winnipeg Blue Bombers won their first Grey Cup in 29 years on Sunday, beating the Hamilton Tiger-Cats 33-12.\n'
        '\n'
        "Quarterback Zach Collaros, acquired in a mid-season trade, threw for 192 yards. Andrew Harris ran for 134 yards and was named the game's most valuable player.\n"
        '\n'
        '"I\'ve been here eight years and this is what you dream about," Harris said, holding the trophy.\n'
        '\n'
        'Bombers coach Mike O\'Shea, who won the Cup as a player, choked up on the field. "These guys never quit on each other," he said.\n'
        '\n'
        'Tiger-Cats quarterback Dane Evans said his team had made too many mistakes.\n'
    ),
    gold=[
        ("I've been here eight years and this is what you dream about,", 'Andrew Harris', 'direct'),
        ('These guys never quit on each other,', "Mike O'Shea", 'direct'),
        ('his team had made too many mistakes', 'Dane Evans', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n586-court-sentencing-driver',
    split='heldout96',
    text=(
        'Truck driver sentenced to 8 years for Humboldt crash\n'
        '\n'
        'MELFORT, Sask. — The truck driver who caused the Humboldt Broncos bus crash was sentenced Friday to eight years in prison.\n'
        '\n'
        'Judge Inez Cardinal said Jaskirat Singh Sidhu had missed "multiple" signs warning him of the intersection. "The carnage that resulted is unimaginable," she said.\n'
        '\n'
        'Sidhu, 30, had pleaded guilty to 29 counts of dangerous driving. His lawyer, Mark Brayford, said his client accepted the sentence.\n'
        '\n'
        "Outside court, Scott Thomas, whose son Evan died in the crash, said no sentence could ease the families' grief.\n"
        '\n'
        '"There\'s no winning here," the father said.\n'
    ),
    gold=[
        ('Jaskirat Singh Sidhu had missed "multiple" signs warning him of the intersection', 'Inez Cardinal', 'indirect'),
        ('multiple', 'Inez Cardinal', 'partial'),
        ('The carnage that resulted is unimaginable,', 'Inez Cardinal', 'direct'),
        ('his client accepted the sentence', 'Mark Brayford', 'indirect'),
        ("no sentence could ease the families' grief", 'Scott Thomas', 'indirect'),
        ("There's no winning here,", 'Scott Thomas', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n587-health-vaping',
    split='heldout96',
    text=(
        'Health Canada to restrict flavoured vaping products\n'
        '\n'
        'OTTAWA — Health Canada said Friday it plans to ban most flavoured vaping products to curb a sharp rise in vaping among teenagers.\n'
        '\n'
        'A survey last year found that one in five high-school students had vaped in the past month.\n'
        '\n'
        '"We are seeing a whole new generation addicted to nicotine," Health Minister Patty Hajdu said.\n'
        '\n'
        'The Canadian Vaping Association warned the ban would push adult smokers back to cigarettes. Its president, Darryl Tempest, said flavours helped people quit.\n'
    ),
    gold=[
        ('it plans to ban most flavoured vaping products to curb a sharp rise in vaping among teenagers', 'Health Canada', 'indirect'),
        ('one in five high-school students had vaped in the past month', 'A survey last year', 'indirect', ['a survey', 'A survey']),
        ('We are seeing a whole new generation addicted to nicotine,', 'Patty Hajdu', 'direct'),
        ('the ban would push adult smokers back to cigarettes', 'The Canadian Vaping Association', 'indirect', ['the Canadian Vaping Association', 'Canadian Vaping Association']),
        ('flavours helped people quit', 'Darryl Tempest', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n588-us-ryan-trump',
    split='heldout96',
    text=(
        'Ryan says he is not ready to back Trump\n'
        '\n'
        'WASHINGTON — House Speaker Paul Ryan said Thursday that he was "just not ready" to endorse Donald Trump, a stunning rebuke of his party\'s likely presidential nominee.\n'
        '\n'
        '"I\'m not there right now," the Wisconsin Republican told CNN.\n'
        '\n'
        'Trump responded hours later in a statement, saying he was "not ready to support Speaker Ryan\'s agenda."\n'
        '\n'
        "Former Alaska Gov. Sarah Palin, a Trump supporter, said she would back Ryan's primary challenger.\n"
    ),
    gold=[
        ('he was "just not ready" to endorse Donald Trump', 'Paul Ryan', 'indirect'),
        ('just not ready', 'Paul Ryan', 'partial'),
        ("I'm not there right now,", 'Paul Ryan', 'direct'),
        ('he was "not ready to support Speaker Ryan\'s agenda."', 'Donald Trump', 'indirect'),
        ("not ready to support Speaker Ryan's agenda.", 'Donald Trump', 'partial'),
        ("she would back Ryan's primary challenger", 'Sarah Palin', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n589-sport-two-women-tennis',
    split='heldout97',
    text=(
        'Fernandez stuns top seed in Montreal\n'
        '\n'
        'MONTREAL — Leylah Fernandez upset top seed Aryna Sabalenka 6-4, 3-6, 7-5 on Wednesday night at the National Bank Open, sending a packed centre court into a frenzy.\n'
        '\n'
        'Fernandez, from nearby Laval, broke serve in the final game. "The crowd carried me. I could barely hear myself think," she said.\n'
        '\n'
        'Sabalenka, the world No. 2, said she had struggled with the wind. "She played the big points better. That\'s all," she said.\n'
        '\n'
        "Fernandez's father and coach, Jorge Fernandez, watched from the stands. He said his daughter had worked all summer on her serve.\n"
        '\n'
        '"She is fearless. She has always been fearless," he said.\n'
    ),
    gold=[
        ('The crowd carried me. I could barely hear myself think,', 'Leylah Fernandez', 'direct'),
        ('she had struggled with the wind', 'Aryna Sabalenka', 'indirect'),
        ("She played the big points better. That's all,", 'Aryna Sabalenka', 'direct'),
        ('his daughter had worked all summer on her serve', 'Jorge Fernandez', 'indirect'),
        ('She is fearless. She has always been fearless,', 'Jorge Fernandez', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n590-court-doctor-license',
    split='heldout97',
    text=(
        'Doctor loses licence over opioid prescriptions\n'
        '\n'
        'TORONTO — A Toronto doctor has had his licence revoked for prescribing large amounts of opioids to patients without proper assessment, the College of Physicians and Surgeons of Ontario said Tuesday.\n'
        '\n'
        'A discipline panel found that Dr. Ahmed Rahimi, 66, had prescribed more than 200,000 pills over four years. Several of his patients later died of overdoses.\n'
        '\n'
        '"His conduct was disgraceful, dishonourable and unprofessional," the panel wrote in its decision.\n'
        '\n'
        'Rahimi did not attend the hearing. His lawyer, Sandra Cho, told the panel that her client had retired and was in poor health.\n'
        '\n'
        'Mary Doyle, whose son died of an overdose in 2019, said the decision came too late. "How many people had to die first?" she asked.\n'
    ),
    gold=[
        ('A Toronto doctor has had his licence revoked for prescribing large amounts of opioids to patients without proper assessment', 'the College of Physicians and Surgeons of Ontario', 'indirect', ['College of Physicians and Surgeons of Ontario']),
        ('Dr. Ahmed Rahimi, 66, had prescribed more than 200,000 pills over four years', 'A discipline panel', 'indirect', ['a discipline panel', 'the panel']),
        ('His conduct was disgraceful, dishonourable and unprofessional,', 'A discipline panel', 'direct', ['a discipline panel', 'the panel']),
        ('her client had retired and was in poor health', 'Sandra Cho', 'indirect'),
        ('the decision came too late', 'Mary Doyle', 'indirect'),
        ('How many people had to die first?', 'Mary Doyle', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n591-ca-mayor-budget',
    split='heldout97',
    text=(
        'Calgary council approves 7.8 per cent tax hike\n'
        '\n'
        'CALGARY — City council approved a 7.8 per cent property tax increase Tuesday after three days of debate, the largest hike in more than a decade.\n'
        '\n'
        'Mayor Jyoti Gondek said the city had no choice after years of underfunding transit and police. "We are paying for decisions that were put off," she said.\n'
        '\n'
        'Coun. Sonya Sharp voted against the budget. She said families were already struggling with the cost of living.\n'
        '\n'
        '"People are choosing between groceries and rent," Sharp said. "And we just made it harder."\n'
        '\n'
        'The Calgary Chamber of Commerce said in a statement that businesses would pass the costs on to customers.\n'
    ),
    gold=[
        ('the city had no choice after years of underfunding transit and police', 'Jyoti Gondek', 'indirect'),
        ('We are paying for decisions that were put off,', 'Jyoti Gondek', 'direct'),
        ('families were already struggling with the cost of living', 'Sonya Sharp', 'indirect'),
        ('People are choosing between groceries and rent,', 'Sonya Sharp', 'direct'),
        ('And we just made it harder.', 'Sonya Sharp', 'direct'),
        ('businesses would pass the costs on to customers', 'The Calgary Chamber of Commerce', 'indirect', ['the Calgary Chamber of Commerce', 'Calgary Chamber of Commerce']),
    ],
))
ARTICLES.append(dict(
    id='n592-feature-fiddler',
    split='heldout97',
    text=(
        'Cape Breton fiddler, 14, wins national title\n'
        '\n'
        'SYDNEY, N.S. — Ella MacNeil started playing the fiddle when she was four, on an instrument that had belonged to her great-grandfather.\n'
        '\n'
        'Last weekend the 14-year-old won the Canadian Grand Masters Fiddling Championship in Ottawa, the youngest winner in its 30-year history.\n'
        '\n'
        '"I was shaking the whole time. I just closed my eyes and played," she said.\n'
        '\n'
        'Her teacher, Kimberley Fraser, said Ella practises three hours a day. "She hears things in the music that most adults miss," Fraser said.\n'
        '\n'
        'Ella\'s grandmother, Theresa MacNeil, drove her to lessons for 10 years. "I never minded. I got a concert every week," the grandmother said.\n'
    ),
    gold=[
        ('I was shaking the whole time. I just closed my eyes and played,', 'Ella MacNeil', 'direct'),
        ('Ella practises three hours a day', 'Kimberley Fraser', 'indirect'),
        ('She hears things in the music that most adults miss,', 'Kimberley Fraser', 'direct'),
        ('I never minded. I got a concert every week,', 'Theresa MacNeil', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n593-crime-police-shooting',
    split='heldout97',
    text=(
        'Watchdog investigates police shooting in Brampton\n'
        '\n'
        "BRAMPTON, Ont. — Ontario's police watchdog is investigating after a 32-year-old man was shot by Peel police during a traffic stop Sunday night.\n"
        '\n'
        'The Special Investigations Unit said officers stopped a vehicle on Queen Street just after 11 p.m. and "an interaction" followed. The man was taken to hospital with serious injuries.\n'
        '\n'
        'SIU spokesperson Monica Hudon said three investigators had been assigned to the case.\n'
        '\n'
        'A witness, who gave only her first name, Amandeep, said she heard three shots. "I ducked behind my car. It was so loud," she told CP24.\n'
    ),
    gold=[
        ('officers stopped a vehicle on Queen Street just after 11 p.m. and "an interaction" followed', 'The Special Investigations Unit', 'indirect', ['the Special Investigations Unit', 'Special Investigations Unit', 'SIU']),
        ('an interaction', 'The Special Investigations Unit', 'partial', ['the Special Investigations Unit', 'Special Investigations Unit', 'SIU']),
        ('three investigators had been assigned to the case', 'Monica Hudon', 'indirect'),
        ('she heard three shots', 'Amandeep', 'indirect', ['A witness', 'a witness']),
        ('I ducked behind my car. It was so loud,', 'Amandeep', 'direct', ['A witness', 'a witness']),
    ],
))
ARTICLES.append(dict(
    id='n594-biz-rail-strike',
    split='heldout97',
    text=(
        'Rail shutdown threatens grain shipments\n'
        '\n'
        "MONTREAL — Canada's two largest railways locked out 9,300 workers early Thursday, halting freight traffic across the country.\n"
        '\n'
        'CN Rail said it had no choice after talks with the Teamsters Canada Rail Conference failed. The union accused the companies of trying to force concessions on scheduling and rest.\n'
        '\n'
        '"This is about safety. Tired workers cause accidents," union spokesperson Christopher Monette said.\n'
        '\n'
        'Grain farmers warned of losses. "Every day the trains don\'t move, we lose sales to Australia," said Daryl Fransoo, who farms near Saskatoon.\n'
        '\n'
        'Labour Minister Steven MacKinnon said he was meeting with both sides.\n'
    ),
    gold=[
        ('it had no choice after talks with the Teamsters Canada Rail Conference failed', 'CN Rail', 'indirect'),
        ('This is about safety. Tired workers cause accidents,', 'Christopher Monette', 'direct'),
        ("Every day the trains don't move, we lose sales to Australia,", 'Daryl Fransoo', 'direct'),
        ('he was meeting with both sides', 'Steven MacKinnon', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n595-us-trump-judge',
    split='heldout98',
    text=(
        'Trump attacks judge over Mexican heritage\n'
        '\n'
        'SAN DIEGO — Donald Trump said Thursday that the federal judge overseeing a lawsuit against Trump University had "an absolute conflict" because of his Mexican heritage.\n'
        '\n'
        '"He\'s a Mexican. We\'re building a wall between here and Mexico," Trump told The Wall Street Journal.\n'
        '\n'
        'The judge, Gonzalo Curiel, was born in Indiana. His court has declined to comment.\n'
        '\n'
        'House Speaker Paul Ryan called the remarks "the textbook definition of a racist comment" but said he still supported Trump.\n'
        '\n'
        'Sen. Lindsey Graham urged Republicans to withdraw their endorsements. "This is the time to get off the Trump train," the South Carolina senator told The New York Times.\n'
    ),
    gold=[
        ('the federal judge overseeing a lawsuit against Trump University had "an absolute conflict" because of his Mexican heritage', 'Donald Trump', 'indirect'),
        ('an absolute conflict', 'Donald Trump', 'partial'),
        ("He's a Mexican. We're building a wall between here and Mexico,", 'Donald Trump', 'direct'),
        ('the textbook definition of a racist comment', 'Paul Ryan', 'partial'),
        ('he still supported Trump', 'Paul Ryan', 'indirect'),
        ('This is the time to get off the Trump train,', 'Lindsey Graham', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n596-us-kaine-debate',
    split='heldout98',
    text=(
        'Kaine and Pence clash in only VP debate\n'
        '\n'
        'FARMVILLE, Va. — Tim Kaine and Mike Pence sparred Tuesday night in the only vice-presidential debate, with the Democrat repeatedly interrupting his rival.\n'
        '\n'
        '"I cannot imagine how Governor Pence can defend the insult-driven campaign that Donald Trump has run," Kaine said in his opening remarks.\n'
        '\n'
        'Pence accused the Clinton campaign of running "an avalanche of insults." He said Americans wanted change.\n'
        '\n'
        '"Senator, you\'ve whipped out that Mexican thing again," the Indiana governor said at one point.\n'
        '\n'
        'A CNN poll of debate watchers found that 48 per cent thought Pence had done better.\n'
    ),
    gold=[
        ('I cannot imagine how Governor Pence can defend the insult-driven campaign that Donald Trump has run,', 'Tim Kaine', 'direct'),
        ('an avalanche of insults.', 'Mike Pence', 'partial'),
        ('Americans wanted change', 'Mike Pence', 'indirect'),
        ("Senator, you've whipped out that Mexican thing again,", 'Mike Pence', 'direct'),
        ('48 per cent thought Pence had done better', 'A CNN poll of debate watchers', 'indirect', ['A CNN poll', 'a CNN poll']),
    ],
))
ARTICLES.append(dict(
    id='n597-sport-nhl-coach-fired',
    split='heldout98',
    text=(
        'Canucks fire coach after slow start\n'
        '\n'
        'VANCOUVER — The Vancouver Canucks fired head coach Travis Green on Sunday with the team sitting last in the Pacific Division.\n'
        '\n'
        'General manager Jim Benning was also dismissed. Team owner Francesco Aquilini said in a statement that the club needed "a fresh start."\n'
        '\n'
        'Bruce Boudreau, 66, was named the new coach. The veteran bench boss said he had watched the Canucks closely and believed they could make the playoffs.\n'
        '\n'
        '"There\'s too much talent in that room to be where they are," Boudreau told reporters on a video call.\n'
        '\n'
        'Captain Bo Horvat said the players had let Green down. "That\'s on us," he said.\n'
    ),
    gold=[
        ('the club needed "a fresh start."', 'Francesco Aquilini', 'indirect'),
        ('a fresh start.', 'Francesco Aquilini', 'partial'),
        ('he had watched the Canucks closely and believed they could make the playoffs', 'Bruce Boudreau', 'indirect'),
        ("There's too much talent in that room to be where they are,", 'Bruce Boudreau', 'direct'),
        ('the players had let Green down', 'Bo Horvat', 'indirect'),
        ("That's on us,", 'Bo Horvat', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n598-ca-ferry-cancellations',
    split='heldout98',
    text=(
        'BC Ferries cancels sailings as crew shortage bites\n'
        '\n'
        'VICTORIA — BC Ferries cancelled dozens of sailings over the long weekend because of a shortage of crew, leaving hundreds of travellers stranded.\n'
        '\n'
        'Company spokesperson Deborah Marshall said the ferry operator was short about 150 workers. "We are hiring as fast as we can," she said.\n'
        '\n'
        'Traveller Tom Bradley waited six hours at the Tsawwassen terminal with his two children. "Nobody told us anything," he said.\n'
        '\n'
        'Transportation Minister Rob Fleming said he had asked the company for a plan to prevent more cancellations.\n'
    ),
    gold=[
        ('the ferry operator was short about 150 workers', 'Deborah Marshall', 'indirect'),
        ('We are hiring as fast as we can,', 'Deborah Marshall', 'direct'),
        ('Nobody told us anything,', 'Tom Bradley', 'direct'),
        ('he had asked the company for a plan to prevent more cancellations', 'Rob Fleming', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n599-crime-fentanyl-bust',
    split='heldout98',
    text=(
        'Police seize record fentanyl haul in B.C.\n'
        '\n'
        'SURREY, B.C. — RCMP say they have dismantled the largest fentanyl lab ever found in Canada, seizing enough drugs for 95 million doses.\n'
        '\n'
        'Assistant Commissioner David Teboul said the lab in Falkland, B.C., was "a super lab" capable of producing huge quantities.\n'
        '\n'
        '"This is a significant blow to organized crime," Teboul told a news conference.\n'
        '\n'
        'One man, Gagandeep Dhaliwal, 40, has been charged. His lawyer could not be reached for comment.\n'
    ),
    gold=[
        ('they have dismantled the largest fentanyl lab ever found in Canada, seizing enough drugs for 95 million doses', 'RCMP', 'indirect'),
        ('the lab in Falkland, B.C., was "a super lab" capable of producing huge quantities', 'David Teboul', 'indirect'),
        ('a super lab', 'David Teboul', 'partial'),
        ('This is a significant blow to organized crime,', 'David Teboul', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n600-health-measles',
    split='heldout98',
    text=(
        'Measles cases climb in Ontario\n'
        '\n'
        'TORONTO — Ontario has recorded 62 cases of measles since January, more than in the previous five years combined, Public Health Ontario said Wednesday.\n'
        '\n'
        "Most of the cases are in children who were not vaccinated. Dr. Vinita Dubey, Toronto's associate medical officer of health, said parents should check their children's records.\n"
        '\n'
        '"Measles is one of the most contagious diseases we know," she said. "Two doses of vaccine give almost complete protection."\n'
    ),
    gold=[
        ('Ontario has recorded 62 cases of measles since January, more than in the previous five years combined', 'Public Health Ontario', 'indirect'),
        ("parents should check their children's records", 'Vinita Dubey', 'indirect'),
        ('Measles is one of the most contagious diseases we know,', 'Vinita Dubey', 'direct'),
        ('Two doses of vaccine give almost complete protection.', 'Vinita Dubey', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n601-sport-womens-soccer',
    split='heldout99',
    text=(
        'Canada beats U.S. on late Beckie goal\n'
        '\n'
        "TORONTO — Janine Beckie scored in the 88th minute and Canada beat the United States 1-0 in a women's soccer friendly on Saturday, its first win over the Americans in 20 years.\n"
        '\n'
        'Goalkeeper Kailen Sheridan made five saves, including a diving stop on Alex Morgan in the first half.\n'
        '\n'
        '"We\'ve been waiting a long time for this. The whole team deserved it," Beckie said.\n'
        '\n'
        'Canada coach Bev Priestman said the result showed how far the program had come. "We didn\'t just defend. We played," she said.\n'
        '\n'
        'Morgan, who was making her 200th appearance, said the Americans had been "sloppy" in possession.\n'
    ),
    gold=[
        ("We've been waiting a long time for this. The whole team deserved it,", 'Janine Beckie', 'direct'),
        ('the result showed how far the program had come', 'Bev Priestman', 'indirect'),
        ("We didn't just defend. We played,", 'Bev Priestman', 'direct'),
        ('the Americans had been "sloppy" in possession', 'Alex Morgan', 'indirect'),
        ('sloppy', 'Alex Morgan', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n602-court-jury-verdict',
    split='heldout99',
    text=(
        'Jury finds man guilty of murdering roommate\n'
        '\n'
        'EDMONTON — A jury has found a 29-year-old man guilty of second-degree murder in the death of his roommate, who was beaten with a hammer in their south Edmonton apartment in 2021.\n'
        '\n'
        'Tyler Grant showed no emotion as the verdict was read Thursday. His lawyer, Deepa Rao, said they would consider an appeal.\n'
        '\n'
        'Crown prosecutor Michael Chu told jurors during the trial that Grant had planned the attack for days. "He bought the hammer on Monday. He used it on Wednesday," Chu said in his closing argument.\n'
        '\n'
        'The victim\'s sister, Amanda Kowalczyk, wept in the gallery. "Justice for Mark. That\'s all we wanted," she said outside the courthouse.\n'
    ),
    gold=[
        ('they would consider an appeal', 'Deepa Rao', 'indirect'),
        ('Grant had planned the attack for days', 'Michael Chu', 'indirect'),
        ('He bought the hammer on Monday. He used it on Wednesday,', 'Michael Chu', 'direct'),
        ("Justice for Mark. That's all we wanted,", 'Amanda Kowalczyk', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n603-ca-quebec-language',
    split='heldout99',
    text=(
        'Quebec tightens French-language rules for businesses\n'
        '\n'
        'QUEBEC — The Quebec government tabled a bill Wednesday that would require businesses with more than 25 employees to operate mainly in French.\n'
        '\n'
        'French Language Minister Jean-François Roberge said the measures were needed to stop the decline of French in Montreal. "French is in danger, and we will not stand by," he said.\n'
        '\n'
        'Liberal critic Madwa-Nika Cadet said the bill would hurt small businesses and drive away investment.\n'
        '\n'
        'The Quebec Chamber of Commerce said it was studying the bill. Its president, Charles Milliard, called some of the measures "excessive."\n'
    ),
    gold=[
        ('the measures were needed to stop the decline of French in Montreal', 'Jean-François Roberge', 'indirect'),
        ('French is in danger, and we will not stand by,', 'Jean-François Roberge', 'direct'),
        ('the bill would hurt small businesses and drive away investment', 'Madwa-Nika Cadet', 'indirect'),
        ('it was studying the bill', 'The Quebec Chamber of Commerce', 'indirect', ['the Quebec Chamber of Commerce', 'Quebec Chamber of Commerce']),
        ('excessive.', 'Charles Milliard', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n604-feature-war-bride',
    split='heldout99',
    text=(
        'War bride turns 100 in the town where she found a new life\n'
        '\n'
        'TRURO, N.S. — Margaret Bell came to Nova Scotia in 1946 on a ship full of war brides, with a baby on her hip and a suitcase she still keeps under her bed.\n'
        '\n'
        'On Sunday, she turned 100. Her family threw a party at the Legion hall, and half the town came.\n'
        '\n'
        '"I didn\'t know a soul when I got off that boat. Now look at them all," she said.\n'
        '\n'
        'Her son, Robert, 78, said his mother had never lost her Scottish accent. "Seventy-eight years and she still says \'wee,\'" he said, laughing.\n'
        '\n'
        'Truro Mayor Bill Mills presented her with a certificate.\n'
    ),
    gold=[
        ("I didn't know a soul when I got off that boat. Now look at them all,", 'Margaret Bell', 'direct'),
        ('his mother had never lost her Scottish accent', 'Robert Bell', 'indirect', ['Robert']),
        ("Seventy-eight years and she still says 'wee,'", 'Robert Bell', 'direct', ['Robert']),
    ],
))
ARTICLES.append(dict(
    id='n605-crime-impaired-crash',
    split='heldout99',
    text=(
        'Driver charged after crash kills two teens\n'
        '\n'
        'RED DEER, Alta. — A 45-year-old man has been charged with impaired driving causing death after a crash that killed two teenagers on Highway 2, RCMP said Monday.\n'
        '\n'
        'The teens, both 17, were in a car that was struck from behind on Saturday night. A third teen was seriously injured.\n'
        '\n'
        'Sgt. Jonathan Stewart said the driver\'s blood-alcohol level was more than twice the legal limit. "This was completely preventable," he said.\n'
        '\n'
        'The principal of Hunting Hills High School, Kevin Brown, said counsellors were available for students. "Our school is heartbroken," he said in a statement.\n'
    ),
    gold=[
        ('A 45-year-old man has been charged with impaired driving causing death after a crash that killed two teenagers on Highway 2', 'RCMP', 'indirect'),
        ("the driver's blood-alcohol level was more than twice the legal limit", 'Jonathan Stewart', 'indirect'),
        ('This was completely preventable,', 'Jonathan Stewart', 'direct'),
        ('counsellors were available for students', 'Kevin Brown', 'indirect'),
        ('Our school is heartbroken,', 'Kevin Brown', 'direct'),
    ],
))
ARTICLES.append(dict(
    id='n606-biz-merger',
    split='heldout99',
    text=(
        'Rogers completes takeover of Shaw\n'
        '\n'
        'TORONTO — Rogers Communications Inc. completed its $26-billion takeover of Shaw Communications Inc. on Monday after more than two years of regulatory review.\n'
        '\n'
        '"This is a historic day for our company and for Western Canada," Rogers chief executive Tony Staffieri said in a statement.\n'
        '\n'
        'Industry Minister François-Philippe Champagne said the deal came with "ironclad" commitments to lower prices.\n'
        '\n'
        'Consumer advocates were skeptical. John Lawford of the Public Interest Advocacy Centre said Canadians would end up paying more.\n'
    ),
    gold=[
        ('This is a historic day for our company and for Western Canada,', 'Tony Staffieri', 'direct'),
        ('the deal came with "ironclad" commitments to lower prices', 'François-Philippe Champagne', 'indirect'),
        ('ironclad', 'François-Philippe Champagne', 'partial'),
        ('Canadians would end up paying more', 'John Lawford', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n607-us-carson-trump',
    split='heldout100',
    text=(
        'Carson endorses Trump, says there are "two Donald Trumps"\n'
        '\n'
        'PALM BEACH, Fla. — Ben Carson endorsed Donald Trump on Friday, a week after ending his own presidential campaign.\n'
        '\n'
        '"There are two different Donald Trumps. There\'s the one you see on television, and there\'s the one behind the scenes," the retired neurosurgeon said at a news conference at Trump\'s Mar-a-Lago club.\n'
        '\n'
        'Trump called Carson "a very special person" and said the two had buried their differences.\n'
        '\n'
        'During the primaries, Trump had compared Carson to a child molester. Asked about that, Carson said the campaign had been "a rough and tumble thing."\n'
    ),
    gold=[
        ("There are two different Donald Trumps. There's the one you see on television, and there's the one behind the scenes,", 'Ben Carson', 'direct'),
        ('a very special person', 'Donald Trump', 'partial'),
        ('the two had buried their differences', 'Donald Trump', 'indirect'),
        ('the campaign had been "a rough and tumble thing."', 'Ben Carson', 'indirect'),
        ('a rough and tumble thing.', 'Ben Carson', 'partial'),
    ],
))
ARTICLES.append(dict(
    id='n608-us-bush-exit',
    split='heldout100',
    text=(
        'Jeb Bush suspends campaign after South Carolina\n'
        '\n'
        'COLUMBIA, S.C. — Jeb Bush suspended his presidential campaign Saturday night after a fourth-place finish in the South Carolina primary.\n'
        '\n'
        '"The people of Iowa, New Hampshire and South Carolina have spoken, and I really respect their decision," the former Florida governor told supporters, his voice catching.\n'
        '\n'
        "Bush's campaign and the super PAC supporting him spent more than $100 million, more than any other Republican.\n"
        '\n'
        'Trump, who had mocked Bush as "low-energy," said he had been "a tough competitor."\n'
    ),
    gold=[
        ('The people of Iowa, New Hampshire and South Carolina have spoken, and I really respect their decision,', 'Jeb Bush', 'direct'),
        ('low-energy,', 'Donald Trump', 'partial', ['Trump']),
        ('he had been "a tough competitor."', 'Donald Trump', 'indirect', ['Trump']),
        ('a tough competitor.', 'Donald Trump', 'partial', ['Trump']),
    ],
))
ARTICLES.append(dict(
    id='n609-sport-nba-draft',
    split='heldout100',
    text=(
        'Canadian guard goes third in NBA draft\n'
        '\n'
        'NEW YORK — Shaedon Sharpe of London, Ont., was taken seventh overall by the Portland Trail Blazers in the NBA draft on Thursday night, and Bennedict Mathurin of Montreal went sixth to Indiana.\n'
        '\n'
        '"I\'ve been dreaming about this since I was a little kid," said Mathurin, who played two seasons at Arizona.\n'
        '\n'
        'Sharpe, who did not play a game in college, said he felt he had something to prove. "People don\'t know what I can do. They\'re going to find out," the 19-year-old said.\n'
        '\n'
        'Canada Basketball president Michael Bartlett said the two picks showed the depth of Canadian talent.\n'
    ),
    gold=[
        ("I've been dreaming about this since I was a little kid,", 'Bennedict Mathurin', 'direct'),
        ('he felt he had something to prove', 'Shaedon Sharpe', 'indirect'),
        ("People don't know what I can do. They're going to find out,", 'Shaedon Sharpe', 'direct'),
        ('the two picks showed the depth of Canadian talent', 'Michael Bartlett', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n610-ca-housing-protest',
    split='heldout100',
    text=(
        'Tenants protest rent hikes at Montreal city hall\n'
        '\n'
        'MONTREAL — Hundreds of tenants marched to city hall on Saturday to demand a rent freeze, as vacancy rates in Montreal hit their lowest level in two decades.\n'
        '\n'
        '"People are being pushed out of neighbourhoods they\'ve lived in for 30 years," said Véronique Laflamme, a spokesperson for the tenants\' rights group FRAPRU.\n'
        '\n'
        'Mayor Valérie Plante said the city supported a rent registry but that rent control was a provincial responsibility.\n'
        '\n'
        'The Quebec Landlords Corporation said a freeze would discourage owners from maintaining their buildings.\n'
    ),
    gold=[
        ("People are being pushed out of neighbourhoods they've lived in for 30 years,", 'Véronique Laflamme', 'direct'),
        ('the city supported a rent registry but that rent control was a provincial responsibility', 'Valérie Plante', 'indirect'),
        ('a freeze would discourage owners from maintaining their buildings', 'The Quebec Landlords Corporation', 'indirect', ['the Quebec Landlords Corporation', 'Quebec Landlords Corporation']),
    ],
))
ARTICLES.append(dict(
    id='n611-health-nurse-shortage',
    split='heldout100',
    text=(
        'Saskatchewan hospitals short hundreds of nurses\n'
        '\n'
        "REGINA — Saskatchewan hospitals are short about 1,000 registered nurses, forcing some rural emergency rooms to close on weekends, the province's nurses union said Tuesday.\n"
        '\n'
        'Tracy Zambory, president of the Saskatchewan Union of Nurses, said nurses were burning out. "We are losing people faster than we can hire them," she said.\n'
        '\n'
        'Health Minister Everett Hindley said the government had hired 250 nurses from the Philippines.\n'
        '\n'
        'Zambory said the recruits were welcome but would not solve the problem on their own.\n'
    ),
    gold=[
        ('Saskatchewan hospitals are short about 1,000 registered nurses, forcing some rural emergency rooms to close on weekends', "the province's nurses union", 'indirect', ['Saskatchewan Union of Nurses']),
        ('nurses were burning out', 'Tracy Zambory', 'indirect'),
        ('We are losing people faster than we can hire them,', 'Tracy Zambory', 'direct'),
        ('the government had hired 250 nurses from the Philippines', 'Everett Hindley', 'indirect'),
        ('the recruits were welcome but would not solve the problem on their own', 'Tracy Zambory', 'indirect'),
    ],
))
ARTICLES.append(dict(
    id='n612-crime-hockey-coach',
    split='heldout100',
    text=(
        'Former minor hockey coach charged with sexual assault\n'
        '\n'
        'LONDON, Ont. — A former minor hockey coach has been charged with sexual assault involving two players in the 1990s, London police said Friday.\n'
        '\n'
        'Police said Derek Nolan, 58, was arrested Thursday after the two men, now in their 40s, came forward last year.\n'
        '\n'
        'Det. Sgt. Lisa Spencer said investigators believed there could be more victims. "We want them to know they will be believed," she said.\n'
        '\n'
        'Nolan coached in the London area for more than 15 years. He is to appear in court next month.\n'
    ),
    gold=[
        ('A former minor hockey coach has been charged with sexual assault involving two players in the 1990s', 'London police', 'indirect', ['police']),
        ('Derek Nolan, 58, was arrested Thursday after the two men, now in their 40s, came forward last year', 'Police', 'indirect', ['police', 'London police']),
        ('investigators believed there could be more victims', 'Lisa Spencer', 'indirect'),
        ('We want them to know they will be believed,', 'Lisa Spencer', 'direct'),
    ],
))
