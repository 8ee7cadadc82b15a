"""Words that attribution rules rely on: speech and cognition verbs, titles, role nouns,
gendered words and first names, and words that mark an organisation rather than a person.

These are facts about English news copy, kept apart from the rules that use them.
"""

from __future__ import annotations

import re

from analysis.language.english.occupations import SCIENCE_AND_CARE_OCCUPATIONS
from analysis.language.english.sport import PLAYING_POSITIONS, POSITION_OF

__all__ = [
    "ASKING_VERBS",
    "CLAIM_NOUNS",
    "COGNITION_VERBS",
    "COMPANY_NOUNS",
    "COMPANY_ONLY_NOUNS",
    "COUNTING_VERBS",
    "DOCUMENT_NOUNS",
    "FRAMING_PARTICIPLES",
    "FRAMING_VERBS",
    "GESTURE_VERBS",
    "HOLDING_VERBS",
    "IDENTITY_NOUNS",
    "KIN_NOUNS",
    "KIN_WORDS",
    "LY_NOUNS",
    "MEDIA_NOUNS",
    "MESSAGE_NOUNS",
    "NAMED_THING_NOUNS",
    "NAME_PARTICLES",
    "NEAR_WORDS",
    "ORGANISATION_KINDS",
    "ORGANISATION_WORDS",
    "PUBLIC_BODY_WORDS",
    "PUBLISHING_VERBS",
    "RELEASED_NOUNS",
    "REMARKING_VERBS",
    "REPLY_NOUNS",
    "REPORTING_PARTICIPLES",
    "ROLE_KINDS",
    "ROLE_NOUNS",
    "SAYING_NOUNS",
    "SPEAKING_MANNERS",
    "SPEECH_VERBS",
    "STANCE_PARTICIPLES",
    "STATEMENT_NOUNS",
    "SUBORDINATORS",
    "THAT_PARTICIPLES",
    "TITLES",
    "UNMOVED_PARTICIPLES",
    "VERBS_BEFORE_SPEECH",
]


def _inflect(base: str) -> set[str]:
    """say -> say, says, said? No: regular forms only (the irregular ones are listed)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    elif re.search(r"(?:s|sh|ch|x|z)$", base):
        forms |= {base + "es", base + "ed"}
    else:
        forms |= {base + "s", base + "ed"}
    return forms


_REGULAR_SPEECH = """
add acknowledge admit affirm agree announce answer argue assert boast caution charge claim
comment complain concede conclude confirm contend continue counter cry declare demand deny
describe emphasise emphasize estimate exclaim explain insist joke maintain mention mutter note
object observe plead pledge point predict promise protest quip recall remark repeat reply report
respond retort scream shout snap state stress suggest testify urge vow warn whisper yell ask
concur acknowledge allege recount complain lament marvel muse reason reiterate assure insist
announce caution tweet hint disclose reveal interject exhort scold chide blurt gush fume
indicate propose recommend
"""
_IRREGULAR_SPEECH = """
say says said tell tells told write writes wrote written speak speaks spoke
add adds added admitted admits quipped quips snapped snaps sings sang chanted proclaimed
proclaims ruled
"""
#: Phrasal verbs of speech, every form: "Dunn shot back, "...", "she fired back that ...".
_PHRASAL_SPEECH = [
    (verb, particle)
    for particle, verbs in (
        ("back", "shot shoots fired fires hit hits"),
        ("in", "chimed chimes weighed weighs"),
        ("on", "went goes"),  # '"...," Trump went on.'
    )
    for verb in verbs.split()
]
#: Verbs that attribute speech, in every form news copy uses (said, says, told, added, ...).
SPEECH_VERBS: frozenset[str] = frozenset(
    {f for verb in _REGULAR_SPEECH.split() for f in _inflect(verb)}
    | set(_IRREGULAR_SPEECH.split())
    | {f"{verb} {particle}" for verb, particle in _PHRASAL_SPEECH}
)
#: Words a "to" or "with" phrase completes to describe a source by someone else: "a person
#: close to Mr. Trump", "people familiar with the talks" — the one described speaks.
NEAR_WORDS: frozenset[str] = frozenset("close closer closest near loyal familiar".split())
#: Nouns for one person that are no role ("The Saturday Evening Post photographer has been
#: here", "A neighbour said"): with ROLE_NOUNS, the heads of a person described, not named.
PERSON_NOUNS: frozenset[str] = frozenset(
    """man woman boy girl person child mother father son daughter wife husband brother
    sister photographer reporter writer teacher doctor nurse driver worker farmer player
    coach owner neighbor neighbour friend resident witness victim suspect student delegate
    donor attendee parent fan referee umpire bystander investor lender employee employer
    pensioner forecaster meteorologist demographer statistician actuary auditor
    epidemiologist virologist scholar advocate lobbyist insider observer skeptic sceptic
    opponent detractor planner teammate colleague classmate teller clerk cashier waiter
    waitress bartender staffer onlooker patron customer passenger shopper commuter rider
    teen teenager""".split()
)
#: Whom something is told when no person is named: "told a crowd of supporters that", "told
#: the jury she", "told jurors that".
AUDIENCE_NOUNS: frozenset[str] = frozenset(
    """crowd audience gathering panel committee congregation rally interviewer network
    newspaper paper magazine station agency radio television jury juror tribunal inquiry
    hearing commission council parliament legislature assembly caucus convention
    delegate voter investor shareholder listener viewer meeting conference briefing forum
    summit court courtroom board senate house session event hall show program podcast
    broadcaster outlet inquest subcommittee seminar symposium webinar""".split()
)
#: Participles after a comma that report what the clause's subject said: "..., saying
#: (that)"; the second group only with "that" ("..., writing that Republicans should").
REPORTING_PARTICIPLES: frozenset[str] = frozenset(
    "saying adding arguing insisting warning claiming noting ruling".split()
)
THAT_PARTICIPLES: frozenset[str] = frozenset(
    """writing tweeting stating explaining suggesting asserting declaring predicting
    promising vowing acknowledging conceding stressing contending maintaining""".split()
)
#: Audiences that are media, whose name may go on after them ("the television program
#: 'Inside Edition'").
MEDIA_NOUNS: frozenset[str] = frozenset(
    "network newspaper paper magazine station agency radio television show program podcast "
    "broadcaster outlet".split()
)
#: Words of talk that open a sentence and name no one: "Um, the reason is ...".
INTERJECTIONS: frozenset[str] = frozenset(
    "um uh er oh ah hey hi hello wow well yes no yeah okay ok so look listen".split()
)
#: The words that open a subordinate clause, whose subject and verb are its own ("when Trump
#: called", "although she said"); each rule adds or leaves out the few it must ("what",
#: "where", "albeit"; "as" where it is a preposition).
SUBORDINATORS: frozenset[str] = frozenset(
    "when after before since as because if although though while until once whereas".split()
)
#: Verbs of a gesture or a reaction, in the present and the past: a sentence whose subject
#: makes one right before a quotation with no attribution of its own introduces its speaker
#: ("Tremblay shrugs. "Who knows?"", "He laughed. "Never."").
GESTURE_VERBS: frozenset[str] = frozenset(
    """shrugs shrugged smiles smiled laughs laughed sighs sighed nods nodded pauses paused
    grins grinned chuckles chuckled winces winced frowns frowned beams beamed scoffs scoffed
    shakes shook smirks smirked giggles giggled groans groaned hesitates hesitated
    gestures gestured leans leaned grimaces grimaced
    agrees agreed disagrees disagreed objects objected demurs demurred dissents dissented
    relents relented""".split()
)
#: Speech verbs that also take a count for their object, in every form: "Siakam added 22
#: points", "the economy added 200,000 jobs", "Skinner recorded 38 saves" report nothing.
COUNTING_VERBS: frozenset[str] = frozenset(
    """add adds added adding post posts posted posting record records recorded recording
    log logs logged logging tally tallies tallied tallying chip chips chipped""".split()
)
#: Speech verbs that take a thing held or named for their object as often as a clause, in
#: every form: "Clinton maintains a commanding lead", "never mentioned the name", "pledged
#: his support", "the city boasts three beaches", "snapped a losing streak", "chanted slogans",
#: "cried foul" report nothing; "maintains Elian is being kept from his father" does.
HOLDING_VERBS: frozenset[str] = frozenset(
    """maintain maintains maintained maintaining mention mentions mentioned mentioning
    pledge pledges pledged pledging boast boasts boasted boasting disclose discloses
    disclosed disclosing affirm affirms affirmed affirming snap snaps snapped snapping chant
    chants chanted chanting sing sings sang sung singing shout shouts shouted shouting yell
    yells yelled yelling scream screams screamed screaming cry cries cried crying whisper
    whispers whispered whispering mutter mutters muttered muttering""".split()
)
#: Adjectives of a way of speaking: "Watson was blunt." before a quotation with no
#: attribution of its own introduces its speaker, as a gesture does.
SPEAKING_MANNERS: frozenset[str] = frozenset(
    """blunt blunter candid direct succinct emphatic defiant unapologetic philosophical frank
    adamant unequivocal terse brief curt matter-of-fact upbeat optimistic pessimistic
    sceptical skeptical cautious confident resolute unrepentant unconvinced unmoved undeterred
    unimpressed unfazed unswayed""".split()
)
#: Participles a speaker is "not" before a quotation with no attribution of its own: "Li
#: was not convinced." — a manner of replying, as :data:`SPEAKING_MANNERS` are.
UNMOVED_PARTICIPLES: frozenset[str] = frozenset(
    "convinced impressed persuaded swayed amused moved".split()
)
#: Nouns in -ly, which an adverb after a speaker is spelled like: "the Smith family" is no
#: "Smith" said "firmly".
LY_NOUNS: frozenset[str] = frozenset(
    "family families assembly ally allies rally monopoly supply reply anomaly bully".split()
)
#: Nouns that sum up a statement in a relative clause after it, with a speaker of its own:
#: "..., a charge that Colorado Republican leaders denied", "..., something Trump mocked".
STATEMENT_NOUNS: frozenset[str] = frozenset(
    """something charge claim allegation assertion accusation statement remark comment view
    point notion idea contention characterization characterisation description label
    suggestion position argument prediction promise figure number""".split()
)
#: Nouns for what someone said, owned by them before a quoted fragment ("Trump's pledge to
#: be "neutral"", "his calls to end the "rigged economy"").
SAYING_NOUNS: frozenset[str] = frozenset(
    {
        f
        for n in """claim pledge promise vow call remark comment statement assertion
    accusation allegation charge description characterization warning criticism plea
    demand denial boast threat insistence word message verdict assessment advice reaction
    explanation conclusion""".split()
        for f in (n, n + "s")
    }
)
#: Verbs by which someone puts out words of theirs ("Trump issued a statement, "...""), and
#: what they put out.
#: Verbs of finding and showing, which report a clause only with "that": "a study found
#: that", "the poll shows that", "polls show that" (not "find": "you will find that"; not
#: "ruled": a ruling is no statement in the AQUAINT gold, whose reports lost five points of
#: precision to it; nor "decided" and "determined": a narrator's decisions in GUM).
FINDING_VERBS: frozenset[str] = frozenset("finds found show shows showed".split())
PUBLISHING_VERBS: frozenset[str] = frozenset(
    "issued issues released releases posted posts published publishes sent sends".split()
)
#: What answers a question, given by someone: "came the reply from Tom Lee".
REPLY_NOUNS: frozenset[str] = frozenset("reply response answer retort rejoinder".split())
#: Participles of making a message or a finding public: "a poll released last week", "a
#: letter published Wednesday that", "in a statement issued by the campaign", "a criminal
#: complaint unsealed Wednesday".
PUBLISHING_PARTICIPLES: frozenset[str] = frozenset(
    {verb for verb in PUBLISHING_VERBS if verb.endswith(("ed", "sent"))}
    | set(
        """distributed conducted commissioned sponsored unveiled announced filed aired unsealed
        leaked""".split()
    )
)
#: Nouns for what someone thinks or advises, owned by them as the subject of the words
#: before a quotation: the owner speaks ("His view is blunt: "..."", "Her advice was
#: simple: "...""). Plurals too.
OPINION_NOUNS: frozenset[str] = frozenset(
    {
        f
        for n in """view opinion position stance argument point take theory prediction forecast
    diagnosis outlook philosophy motto mantra pitch appeal request question advice
    summary reasoning instruction order""".split()
        for f in (n, n + "s")
    }
)
#: Nouns whose "that" clause says what they are ("the father's request that the boy be
#: returned", "the claim that he lied"): that clause is the noun's, no speech verb's.
CLAIM_NOUNS: frozenset[str] = frozenset(
    """claim request demand argument assertion allegation belief notion idea fact news
    suggestion view hope fear worry concern promise pledge rumour rumor decision ruling order
    conclusion warning assurance insistence contention proposal""".split()
)
MESSAGE_NOUNS: frozenset[str] = frozenset(
    "statement tweet message note email e-mail letter post memo release reply response".split()
)
#: Documents that say something, whose relative clause may report: "an ad that says",
#: "a report which found" (not a banner or a sign: what is written on them is no report).
DOCUMENT_NOUNS: frozenset[str] = MESSAGE_NOUNS | frozenset(
    """ad advertisement commercial report study poll survey document notice filing complaint
    lawsuit indictment ruling audit analysis review editorial column""".split()
)
#: Of those, the ones that find or show something (a poll, a study, a report), the source of
#: what they found whoever made them ("A poll by Franklin & Marshall College found").
FINDING_DOCUMENTS: frozenset[str] = DOCUMENT_NOUNS - MESSAGE_NOUNS
#: Participles with which a phrase frames someone's words after a comma: "with Sen. John
#: McCain calling it a "Chinese menu"", "..., with the mayor saying it would fail".
FRAMING_PARTICIPLES: frozenset[str] = frozenset(
    """calling saying describing dubbing labeling labelling terming declaring warning
    insisting adding noting arguing predicting promising vowing telling writing tweeting
    branding citing quoting""".split()
)
#: Participles of a stance that put words out as they judge them: "released a statement
#: condemning "what appears to be ..."", "issued a statement urging".
STANCE_PARTICIPLES: frozenset[str] = frozenset(
    """condemning urging praising criticizing criticising demanding accusing blaming touting
    thanking defending denouncing attacking mocking""".split()
)
#: Nouns for what a company is ("the company said", "the world's largest online retailer
#: said"): the company the sentence before opens with.
COMPANY_NOUNS: frozenset[str] = frozenset(
    """company firm corporation business retailer chain bank lender insurer automaker
    carmaker airline maker manufacturer producer developer publisher broadcaster giant
    conglomerate startup utility miner brewer distributor grocer carrier railway railroad
    supplier refiner drugmaker chipmaker exporter telecom operator""".split()
)
#: The nouns of :data:`COMPANY_NOUNS` that never describe a person ("the company", "the
#: retailer"; not "the developer", "the publisher", "the producer": people too).
COMPANY_ONLY_NOUNS: frozenset[str] = COMPANY_NOUNS - frozenset(
    "maker producer developer publisher broadcaster giant miner carrier operator".split()
)
#: What kind of organisation a one-word name after it is: "Environmental group Équiterre",
#: "British insurer Aviva", "the Communist Party daily Granma" (a company's nouns too).
ORGANISATION_KINDS: frozenset[str] = COMPANY_NOUNS | frozenset(
    """group organization organisation charity union coalition association federation agency
    newspaper daily weekly magazine network think-tank nonprofit non-profit watchdog""".split()
)
#: Verbs that report only a question ("asked Pence whether", "wondered why", "questioned
#: whether"): no statement, whoever asks it.
ASKING_VERBS: frozenset[str] = frozenset("asked asks wondered wonders questioned".split())
#: Nouns for what a name set off after them may be the name of, besides an organisation's
#: kinds and a public body's words: "the city's junior team, the Blades", "the paper, Le
#: Devoir".
NAMED_THING_NOUNS: frozenset[str] = frozenset(
    "team club church band show program programme paper school hospital".split()
)
#: Words of a public body's or a members' body's name ("Justice Department", "City
#: Council", "Air Line Pilots Association"): no company.
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    """department ministry government administration party union council committee
    commission court police army navy university school hospital league agency office
    parliament congress senate house assembly association federation coalition society
    foundation""".split()
)
#: Verbs in the past of speaking about someone or something, their object after them: "Clinton
#: touted her credentials.", "Sami recalled his first trip." — a quotation after such a
#: sentence is what was said.
REMARKING_VERBS: frozenset[str] = frozenset(
    """touted praised criticized criticised defended thanked blasted slammed attacked mocked
    condemned denounced decried dismissed hailed lamented recalled described accused blamed
    vowed pledged promised boasted complained joked quipped reminisced countered""".split()
)
#: What someone puts out that holds their words, besides ``MESSAGE_NOUNS``: "released a
#: new radio ad calling it "dangerous"", "a marketing video that said".
RELEASED_NOUNS: frozenset[str] = frozenset(
    "ad advertisement video op-ed column petition report".split()
)
#: The same verbs after "to", framed by another doing: "with Lewandowski taking to Twitter
#: to call Fields "totally delusional"".
FRAMING_VERBS: frozenset[str] = frozenset(
    """call say describe dub label term declare warn insist add note argue predict promise
    vow tell write tweet brand cite quote""".split()
)
#: Verbs of thinking and feeling that report a stance as speech does ("she believes that ...").
#: The verbs a speech verb hangs from with "to" ("Bryne went on to say", "Reid continued to
#: insist", "The mayor was quick to point out"): what stands between a subject and the verb
#: of what it says, no part of the subject; the speech verb after them reports what was said
#: (not so after "wanted to", "tried to", "declined to").
VERBS_BEFORE_SPEECH: frozenset[str] = frozenset(
    " ".join(phrase.split())
    for phrase in """went on, goes on, go on, going on, gone on, continued, continues,
    continuing, used, began, begins, started, starts, hastened, hastens, rushed, rushes,
    appeared, appears, seemed, seems, went so far as, goes so far as, was quick, were quick,
    is quick, are quick, was careful, were careful, was eager, were eager, was the first,
    were the first, was among the first, were among the first""".split(",")
)

#: A verb of taking an occasion and the occasion, before "to" and a speech verb: what is said
#: then is reported ("used his farewell address on Tuesday to warn that", "took to Twitter
#: to say that", "held a news conference to announce that").
OCCASION_VERBS: frozenset[str] = frozenset(
    "used uses took takes seized seizes held holds called calls went goes returned".split()
)
OCCASION_NOUNS: frozenset[str] = frozenset(
    """
    address speech remarks appearance interview conference briefing stage podium floor
    microphone twitter facebook television radio rally statement column letter opportunity
    occasion platform pulpit
    """.split()
)
COGNITION_VERBS: frozenset[str] = frozenset(
    {
        f
        for verb in "believe worry hope fear feel think doubt".split()
        for f in _inflect(verb) | {"felt", "thought", "thinks"}
    }
)


#: Titles and offices written before a name ("Secretary of State Madeleine Albright").
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof rev sir dame lord lady sister brother father fr msgr
    coun councillor const constable cst supt insp det atty amb brig brigadier pte ald cllr mp
    mpp mla staff
    gen general lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral cmdr
    commander cpl corporal pvt private gov governor sen senator rep representative
    pres president vice deputy acting former late chief head secretary minister prime
    premier chancellor ambassador envoy consul mayor councillor councilor councilman
    councilwoman alderman judge justice attorney general prosecutor sheriff inspector detective
    officer commissioner superintendent director chairman chairwoman chair chairperson
    spokesman spokeswoman spokesperson coach king queen prince princess pope cardinal bishop
    archbishop rabbi imam pastor reverend ayatollah sheikh emir sultan speaker leader
    foreign defense defence interior finance health education justice trade economy labor
    labour state assistant undersecretary under associate executive managing senior junior
    professor doctor nurse dean provost rector principal attorney-general secretary-general
    vice-president ceo cfo coo founder owner manager president-elect chief-executive
    counsel lawyer economist analyst realtor broker spokesman-designate congressman congresswoman
    lawmaker legislator delegate assemblyman assemblywoman u.s. us federal state national
    democrat republican democratic gop trustee alderwoman reeve warden ombudsman gm agent
    charge
    """.split()
)
#: Titles that are more often a given name in the news: after another title and before a
#: surname alone they are the name's ("Insp. Dean Hoffmann", "Sen. Dean Heller"); first in
#: a name a title ("Dean Martha Minow", "Dean Amar").
#: Titles that a reigning or religious sovereign is known by with one given name, which
#: stay part of that name ("Pope Francis", "King Charles", "Prince Harry": "Francis" alone
#: names no one), and role nouns of their own ("the Pope said").
REGNAL_TITLES: frozenset[str] = frozenset("pope king queen prince princess emperor empress".split())
GIVEN_NAME_TITLES: frozenset[str] = frozenset({"dean"})
#: The small words in lower case inside a name, between its capitalised words: "Ludwig van
#: Beethoven", "Alexis von Hoensbroech", "Osama bin Laden", "Jomo arap Moi".
NAME_PARTICLES: frozenset[str] = frozenset(
    "de del della da di dos das du la le van von der den bin ibn al el arap ter y ab ap".split()
)
#: Nouns that describe a source by role ("the spokeswoman", "a U.S. official"); not the
#: occupations common as surnames ("Baker", "Butcher", "Carpenter", "Painter", "Miner").
#: Every playing position and its other names too ("the netminder", "the Alouettes pivot"),
#: but "centre", a building's word as well ("Regional centre for education director").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson official officials minister ministers secretary president
    chair chairman chairwoman director chief officer officers commander general ambassador envoy
    diplomat diplomats mayor governor senator lawmaker lawmakers judge lawyer lawyers attorney
    attorneys prosecutor prosecutors analyst analysts economist expert experts source sources
    aide aides adviser advisers advisor advisors leader leaders coach manager founder executive
    owner driver pilot witness witnesses resident residents doctor doctors nurse teacher
    student police policeman policewoman officer investigator investigators negotiator
    researcher scientist professor worker workers farmer farmers organiser organizer
    representative representatives member members candidate consultant consultants critic
    critics supporter supporters protester protesters activist activists father mother son
    daughter brother sister uncle aunt grandmother grandfather wife husband cousin great-uncle
    relatives family statement communique letter report resolution opinion court government
    ministry department agency company union committee council newspaper daily developer
    panel tribunal commission regulator watchdog
    builder designer fisherman fishermen journalist journalists writer author artist singer
    actor actress player priest soldier soldiers officer volunteer shopkeeper engineer
    commentator columnist editor publisher banker trader broker landlord tenant neighbor
    neighbour mechanic premier chancellor head boss king queen dictator ceo commissioner
    chairperson sheriff detective inspector superintendent councillor councilor congressman
    congresswoman forward goaltender goalie goalkeeper defenceman defenseman pitcher
    catcher quarterback linebacker striker midfielder winger shortstop outfielder infielder
    starter reliever closer kicker punter receiver
    rookie jockey mp mpp mla mna mep constable sergeant corporal lieutenant captain colonel
    admiral alderman legislator vice-president strategist strategists pollster pollsters moderator
    accountant architect archivist bartender caregiver cashier chef commuter contractor regulator
    curator dentist electrician entrepreneur filmmaker firefighter historian homeowner
    janitor lecturer librarian midwife musician novelist paralegal paramedic pastor
    pharmacist photographer physician playwright plumber programmer psychiatrist psychologist
    rancher retiree sculptor shopper songwriter surgeon therapist trucker veterinarian
    waitress passenger customer patient tourist visitor spectator motorist cyclist pedestrian
    traveller traveler pope prince princess emperor empress
    """.split()
) | (PLAYING_POSITIONS | frozenset(POSITION_OF)) - {"centre", "center"}  # fmt: skip

#: Nouns that say what a person is — an office, a trade, a position, a standing — rather
#: than what they are to someone else (kin, lawyer, coach, officer, spokesman, witness): a
#: description headed by one may stand for the person the sentence before is about
#: ("Skinner shrugged off the praise. '...,' the netminder said."). Kin words do so only
#: with a count ("the mother of three"). Every playing position and its other names too.
IDENTITY_NOUNS: frozenset[str] = frozenset(
    """
    senator governor congressman congresswoman lawmaker legislator representative mayor
    premier chancellor president minister secretary ambassador envoy diplomat candidate
    nominee frontrunner front-runner incumbent challenger republican democrat conservative
    liberal independent businessman businesswoman billionaire mogul tycoon entrepreneur
    founder executive ceo chairman chairwoman chairperson commissioner dictator king queen
    leader councillor councilor councilman councilwoman alderman alderwoman trustee
    veteran rookie star champion captain player forward centre center winger defenceman
    defenseman goaltender goalie netminder goalkeeper pitcher catcher quarterback linebacker
    striker midfielder shortstop outfielder infielder jockey skater sprinter swimmer boxer
    golfer guard defender receiver batter hitter slugger reliever athlete olympian cyclist
    runner skier wrestler author writer novelist poet artist singer songwriter musician actor
    skip curler keeper blueliner centreman fullback halfback rower racer gymnast kicker punter
    actress winner medallist medalist laureate finalist mvp
    director filmmaker comedian chef baker farmer fisherman scientist researcher professor
    craftsman craftswoman artisan luthier carpenter painter potter sculptor winemaker brewer
    beekeeper violinist pianist guitarist cellist composer physician promoter
    right-hander left-hander southpaw closer
    economist historian architect engineer designer journalist columnist broadcaster
    activist organiser organizer priest pastor rabbi imam bishop pilot soldier student
    mp mpp mla mna mep native realtor
    """.split()
) | PLAYING_POSITIONS | frozenset(POSITION_OF) | SCIENCE_AND_CARE_OCCUPATIONS  # fmt: skip
#: Nouns of what someone has won ("the Vezina Trophy winner", "the Olympic gold medallist"),
#: and the proper words that name a prize before them (its last word, or the prize itself):
#: such words tell what the person won, no home, team or party they must have been given.
ACHIEVEMENT_NOUNS: frozenset[str] = frozenset(
    "winner champion medallist medalist laureate finalist".split()
)
PRIZE_WORDS: frozenset[str] = frozenset(
    """
    trophy award prize cup medal olympic olympics paralympic nobel pulitzer oscar emmy grammy
    juno giller booker heisman
    """.split()
)
#: Verbs besides "told" whose audience may come between them and "that" ("warned reporters
#: that", "promised a cheering crowd here on Thursday that").
AUDIENCE_VERBS: frozenset[str] = frozenset(
    """warn warns warned assure assures assured promise promises promised remind
    reminds reminded inform informs informed notify notifies notified advise advises advised
    convince convinces convinced""".split()
)
#: Positions in a team written as a title before a player's name, besides IDENTITY_NOUNS
#: ("Goalie"): curling's "Third Val Sweeting", "Lead Shannon Birchard".
NAME_POSITIONS: frozenset[str] = frozenset("third second lead vice vice-skip alternate".split())
#: Words for a relative, which a given name alone may follow ("His wife, Farah,", "their
#: nine-month-old child, Gloria", "her son Adam"): that name is a person's.
KIN_WORDS: tuple[str, ...] = tuple(
    """wife husband son daughter mother father sister brother partner girlfriend boyfriend
    fiance fiancee fiancé fiancée widow widower grandson granddaughter niece nephew
    grandmother grandfather child baby cousin aunt uncle stepson stepdaughter stepfather
    stepmother""".split()
)
#: Kin words that, with a count, say what a person is: "the mother of three".
KIN_NOUNS: frozenset[str] = frozenset(
    "mother father grandmother grandfather parent grandparent".split()
)
#: General role nouns and the particular ones they can stand for: "the Cuban leader" may be
#: "Cuban President Fidel Castro", "the FBI chief" "FBI Director Louis Freeh". Only that way
#: round: "the president" is never "Senate Majority Leader Mitch McConnell". A noun not
#: listed stands for itself.
ROLE_KINDS: dict[str, frozenset[str]] = {
    general: frozenset({general, *particular.split()})
    for general, particular in {
        "leader": "president premier chancellor king queen dictator",
        "chief": "director head chairman chairwoman chairperson commissioner ceo",
        "head": "director chief chairman chairwoman chairperson commissioner ceo",
        "boss": "director chief head chairman chairwoman chairperson commissioner ceo "
        "coach manager",
        "spokesperson": "spokesman spokeswoman",
        "ceo": "executive",  # "chief executive Tobi Lütke ... the CEO wrote"
        "lawmaker": "senator representative congressman congresswoman legislator mp mpp mla",
        "legislator": "senator representative congressman congresswoman lawmaker mp mpp mla",
        "congressman": "representative",
        "congresswoman": "representative",
        "officer": "constable sergeant corporal detective inspector superintendent",
        "physician": "doctor",  # "the veteran physician": "Dr. Susan Hughes"
        # a Canadian member of a legislature sits as a critic, a minister, a premier or a
        # party's leader: "health critic Zach Churchill ... the Liberal MLA said"
        **{member: "critic minister premier leader" for member in "mp mpp mla mna".split()},
        # the names of one playing position ("Boston goalie Aerin Frankel ... the
        # goaltender said")
        **{
            noun: " ".join(other for other, same in POSITION_OF.items() if same == position)
            for noun, position in POSITION_OF.items()
        },
    }.items()
}
#: Words that make a capitalised phrase an organisation, place or thing, not a person.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    """
    department ministry service services council court party foundation university college
    chamber commerce society coalition authority clinic
    school association office agency committee organization organisation news times press post
    herald journal tribune gazette chronicle observer courier examiner inquirer dispatch ledger
    bulletin airlines airways bank corp corporation inc ltd company group club
    center centre house congress senate assembly parliament union nations states republic
    kingdom library hospital church cathedral street boulevard avenue square park airport base
    institute commission board bureau administration government army navy force forces police
    network television radio station channel fund federation league alliance treaty
    organization conference summit museum hotel palace plaza island islands coast river
    mountain lake bay city county province region district embassy consulate mission
    valley valleys creek falls harbour harbor heights canyon peninsula strait cove springs
    revolution movement front brigade guard jihad international worldstream archdiocese
    diocese tribunal panel plan act doctrine accord accords agreement amendment prize award
    cup trophy stadium arena festival games olympics initiative program programme project systems
    convention caucus unit units division directorate secretariat
    open championship championships classic series tournament marathon finals prix expo
    co cos llc plc limited holdings companies bros academy academies guild laboratory trust
    centers centres institutes laboratories agencies associates partners industries observatory
    technologies enterprises motors dynamics electric patrol
    """.split()
)
#: Of those, the ones that are also common surnames ("Jennifer Park", "Coach Sam Lake",
#: "president Per Bank"): a person's when the words around show one.
SURNAME_ORGANISATION_WORDS: frozenset[str] = frozenset(
    "park lake church house bank street post bay court guard press".split()
)
