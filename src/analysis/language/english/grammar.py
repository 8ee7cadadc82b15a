"""English function words: the closed-class words (articles, pronouns, prepositions,
conjunctions, auxiliaries) that make up about half of any English text and little of a text
in another language — what tells English from another language without a model."""

from __future__ import annotations

__all__ = [
    "AUXILIARIES",
    "DETERMINERS",
    "FREE_RELATIVES",
    "FUNCTION_WORDS",
    "IRREGULAR_PARTICIPLES",
    "IRREGULAR_PAST",
    "LINKING_ADVERBS",
    "NOUN_MODIFIERS",
    "PARTICIPLE_PREPOSITIONS",
    "PAST_NOT_PARTICIPLE",
    "PREPOSITIONS",
    "QUESTION_WORDS",
    "SENTENCE_ADVERBS",
    "VERBAL_WORDS",
]

#: The most frequent English function words, leaving out those that are common words of
#: German, French, Spanish, Italian or Portuguese too ("a", "in", "an", "so", "was", "will",
#: "on", "do", "no"), so a text in one of those shares almost none of them.
FUNCTION_WORDS = frozenset(
    """the of and to that is he for it with as his be at by this had not are but from or
    have they which you were her she there would their we him been has when who more if
    out what its about into than them can only could these then any my now such our over
    after also did many before must through where much your should because each just
    those how too very being under while might us since against""".split()
)

#: Auxiliary and modal verbs: before the subject, they make a question ("Do you think ...?",
#: "Can he maintain ...?").
AUXILIARIES: frozenset[str] = frozenset(
    "do does did can could will would shall should may might must is are was were has have "
    "had".split()
)

#: Words that open a question before its auxiliary ("Why does Trump believe ...?").
QUESTION_WORDS: frozenset[str] = frozenset("why how what when where who whom which".split())

#: Words that head a clause about what someone said, not the one who said it ("not
#: everything Trump says is true", "Nothing she said ..."). Not "what": "What Obama said in
#: Springfield was a 'poisonous climate'" reports what he said.
FREE_RELATIVES: frozenset[str] = frozenset("whatever everything anything nothing".split())

#: Articles, possessives and demonstratives: the word after one is a noun ("the recall", "his
#: claim", "issued a report").
DETERMINERS: frozenset[str] = frozenset("the a an his her its their our my your this that".split())

#: Adjectives that stand between a determiner or a possessive and a noun, never before a
#: verb: after "Trump's first", "his own", "a signed", a verb's word is a noun ("tweet").
NOUN_MODIFIERS: frozenset[str] = frozenset(
    """first second third last latest recent previous next final initial new own earlier
    subsequent official public written signed joint brief lengthy rare major main key
    primary principal""".split()
)

#: Words that open a sentence before its subject and join it to the one before, with no
#: comma ("Then he thanked ...", "But she said ..."); not subordinators ("When he left,
#: Vance ...": there the subject comes after).
LINKING_ADVERBS: frozenset[str] = frozenset(
    "and but yet so then now still later also instead meanwhile".split()
)

#: Adverbs that open a sentence and say how likely or how linked it is, never its subject
#: ("Maybe this is not surprising", "Perhaps Trump knew").
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """maybe perhaps probably possibly surely certainly indeed however nonetheless
    nevertheless moreover furthermore thus therefore hence""".split()
)

#: Prepositions: a phrase that opens with one is no noun phrase, so names no one ("about
#: fixing inequality, said Marla Kilfoyle": the speaker comes after).
PREPOSITIONS: frozenset[str] = frozenset(
    """about above across after against along amid among around at before behind below beside
    between beyond by despite during for from in inside into like near of off on onto outside
    over since through throughout to toward towards under unlike until upon via with within
    without""".split()
)

#: Participles used as prepositions ("Following the vote", "Including Ann Reyes").
PARTICIPLE_PREPOSITIONS: frozenset[str] = frozenset(
    "following including regarding concerning considering given pending excluding".split()
)

#: Past participles not in -ed that a time may follow ("a report made public Monday").
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    "made written seen given taken shown sent held put done".split()
)

#: Simple past forms not in -ed (and "died", "lied", "tied", too short for a pattern of
#: "-ed" words): after a noun phrase, one makes a clause ("said her mother died", "said
#: her son went missing").
IRREGULAR_PAST: frozenset[str] = frozenset(
    """died lied tied went came made took gave told said got found knew thought left kept
    felt brought began lost paid met ran saw sent stood won wrote held led spent built bought
    caught fought taught sold became grew drew drove fell flew forgot hid hung lay meant rode
    rose sang sat shot slept spoke stole struck swore threw understood woke wore broke chose
    ate fled""".split()
)

#: Of those, pasts no past participle shares ("rose", not "risen"; not "made", "left"): after
#: a bare plural, a clause ("found prices rose"), never a noun and its participle.
PAST_NOT_PARTICIPLE: frozenset[str] = frozenset(
    "went came took gave grew drew fell rose ran saw knew began".split()
)

#: Words that stand between a subject and its verb and belong to the verb, beyond adverbs in
#: -ly ("initially", "recently": the quotation rules' adverb pattern has those): adverbs of
#: time and degree, auxiliaries and modals, negation, reflexives ("Right Wing Watch first
#: reported", "Trump did not say", "Clinton herself has said").
VERBAL_WORDS: frozenset[str] = frozenset(
    """first now never still already just even long ever since not do does did can could may
    might must shall should didn't doesn't don't hasn't haven't hadn't wouldn't won't can't
    couldn't isn't wasn't himself herself themselves itself myself ourselves today yesterday
    tonight""".split()
)
