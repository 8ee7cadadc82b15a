"""Where someone is from and which party they stand for, as news copy writes it: nations,
homes and parties as nouns and adjectives, their other names, and the offices a nation
gives. A description may tell these as news about the person the sentence before is about
("the Czech winger", "the Florida senator", "the Wisconsin Republican").

These are facts about English news copy, kept apart from the rules that use them.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AFFILIATION_SYNONYMS",
    "DEMONYMS",
    "DEMONYM_NATIONS",
    "HOME_CITIES",
    "HOME_REGIONS",
    "NATIONALITIES",
    "NATIONAL_OFFICES",
    "PARTIES",
    "PORTFOLIO_OFFICES",
    "affiliation_words",
]

#: Nationalities, home states, provinces and cities as nouns for one person: in sport copy
#: "the Swede" is the player the sentence before is about, "the Californian" the kicker.
DEMONYMS: frozenset[str] = frozenset(
    """canadian american swede finn dane norwegian german russian czech slovak swiss
    austrian frenchman frenchwoman italian spaniard briton brit scot scotsman scotswoman
    englishman englishwoman welshwoman irishwoman dutchwoman
    welshman irishman dutchman australian aussie kiwi japanese korean chinese brazilian
    argentine argentinian mexican serbian croatian pole latvian lithuanian estonian
    ukrainian belarusian hungarian romanian bulgarian slovenian bosnian belgian greek
    icelander cuban chilean colombian venezuelan peruvian israeli palestinian iranian iraqi
    syrian lebanese jordanian egyptian moroccan nigerian kenyan ethiopian ghanaian
    taiwanese vietnamese filipino indonesian malaysian pakistani afghan
    tunisian algerian senegalese cameroonian congolese ugandan tanzanian rwandan zimbabwean
    zambian somali sudanese eritrean jamaican haitian dominican ecuadorian uruguayan
    paraguayan bolivian guatemalan salvadoran honduran nicaraguan panamanian portuguese
    turk kazakh uzbek armenian azerbaijani mongolian nepali bangladeshi singaporean thai
    montenegrin macedonian albanian kosovar moldovan georgian
    """.split()
    # home provinces and states
    + """quebecer quebecker albertan ontarian manitoban newfoundlander maritimer yukoner
    saskatchewanian alaskan arizonan arkansan californian coloradan floridian hawaiian
    idahoan illinoisan iowan kansan kentuckian louisianan mainer marylander michigander
    minnesotan mississippian missourian montanan nebraskan nevadan ohioan oklahoman
    oregonian pennsylvanian tennessean texan utahn vermonter virginian wisconsinite
    """.split()
    # home cities
    + """torontonian montrealer vancouverite calgarian edmontonian winnipegger haligonian
    saskatonian bostonian chicagoan philadelphian detroiter brooklynite londoner parisian
    berliner muscovite""".split()
)
#: The nations of the nouns for one person that are not their nation's adjective ("the Swede":
#: Swedish), so that "the Finn" is no one the article gave Sweden.
DEMONYM_NATIONS: dict[str, str] = {
    "swede": "swedish", "finn": "finnish", "dane": "danish", "pole": "polish",
    "turk": "turkish", "briton": "british", "brit": "british", "scot": "scottish",
    "scotsman": "scottish", "scotswoman": "scottish", "frenchman": "french",
    "frenchwoman": "french", "spaniard": "spanish", "englishman": "english",
    "englishwoman": "english", "welshman": "welsh", "welshwoman": "welsh",
    "irishman": "irish", "irishwoman": "irish", "dutchman": "dutch", "dutchwoman": "dutch",
    "icelander": "icelandic", "aussie": "australian", "argentine": "argentinian",
}  # fmt: skip
#: Nationalities and home provinces as adjectives ("the Czech winger", "the Cuban leader"):
#: news about a person in itself, not a description the article must have given before.
NATIONALITIES: frozenset[str] = DEMONYMS | frozenset(
    """cuban chilean colombian venezuelan peruvian british english scottish welsh irish
    french dutch belgian portuguese greek swedish danish finnish icelandic ukrainian polish
    hungarian romanian bulgarian slovenian bosnian lithuanian estonian belarusian turkish
    israeli palestinian iranian iraqi syrian lebanese jordanian saudi egyptian libyan
    moroccan algerian nigerian kenyan ethiopian ghanaian taiwanese vietnamese thai filipino
    indonesian malaysian indian pakistani afghan argentinian spanish""".split()
)
#: US states and Canadian provinces, lower case: where someone is from ("Ann Reyes of Ohio",
#: "the Florida senator", "the New York businessman").
HOME_REGIONS: frozenset[str] = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming alberta ontario quebec manitoba saskatchewan yukon nunavut newfoundland
    labrador""".split()
) | frozenset(
    (
        "new york", "new jersey", "new hampshire", "new mexico", "north carolina",
        "south carolina", "north dakota", "south dakota", "west virginia", "rhode island",
        "nova scotia", "new brunswick", "british columbia", "prince edward island",
        "northwest territories",
    )
)  # fmt: skip
#: Cities a description names someone's home by ("the Ottawa skip", "the Calgary native"),
#: lower case: Canadian and US cities, none that is also a common given name or surname
#: ("Victoria", "Regina", "Hamilton", "Houston" are left out).
HOME_CITIES: frozenset[str] = frozenset(
    """toronto montreal vancouver calgary edmonton ottawa winnipeg halifax saskatoon
    kelowna kitchener fredericton moncton charlottetown whitehorse yellowknife iqaluit
    gatineau laval surrey burnaby mississauga brampton oshawa sudbury chicago boston
    atlanta miami seattle detroit philadelphia pittsburgh minneapolis cleveland brooklyn
    baltimore milwaukee cincinnati sacramento etobicoke scarborough markham vaughan
    oakville guelph nanaimo kamloops lethbridge longueuil sherbrooke saguenay peterborough
    belleville nashville tampa memphis""".split()
) | frozenset(
    (
        "quebec city", "thunder bay", "st. john's", "los angeles", "san francisco",
        "new orleans", "las vegas", "san diego", "north york", "red deer", "st. catharines",
        "prince george", "fort mcmurray", "medicine hat", "north bay", "san antonio",
        "st. louis", "kansas city", "salt lake city",
    )
)  # fmt: skip
#: Parties, as a description names them ("the Wisconsin Republican"; "GOP" is read as
#: "republican", :data:`AFFILIATION_SYNONYMS`).
PARTIES: frozenset[str] = frozenset(
    """republican democratic democrat conservative liberal independent libertarian ndp pq
    caq ucp bloc green""".split()
)
#: Offices a nation gives: a nationality before one names the nation whose office it is
#: ("the Russian leader" after "President Joe Biden" is someone else), so the article must
#: have given it.
NATIONAL_OFFICES: frozenset[str] = frozenset(
    """leader president premier chancellor king queen dictator minister senator governor
    mayor ambassador envoy diplomat secretary lawmaker legislator official""".split()
)
#: Offices held for a portfolio, which capitalised words before them name: "Health
#: Minister Ana Costa" is not "the Finance Minister".
PORTFOLIO_OFFICES: frozenset[str] = frozenset({"minister", "secretary"})
#: Words for one party or nation that stand for each other in a description ("the Tory
#: leader" after "Conservative Leader Pierre Poilievre", "the GOP senator" after "Republican
#: Sen. Ann Reyes"), each mapped to one word of its group.
AFFILIATION_SYNONYMS: dict[str, str] = {
    "tory": "conservative",
    "tories": "conservative",
    "grit": "liberal",
    "grits": "liberal",
    "gop": "republican",
    "dem": "democrat",
    "dems": "democrat",
    "democratic": "democrat",
    "péquiste": "pq",
    "péquistes": "pq",
    "u.s.": "american",
    "us": "american",
    "u.k.": "british",
    "uk": "british",
    # a nation's name stands for its adjective: "Benjamin Netanyahu of Israel" is "the
    # Israeli prime minister"
    **{
        nation: adjective
        for adjective, nations in {
            "american": "america", "canadian": "canada", "mexican": "mexico",
            "british": "britain", "french": "france", "german": "germany",
            "italian": "italy", "spanish": "spain", "russian": "russia",
            "ukrainian": "ukraine", "polish": "poland", "chinese": "china",
            "japanese": "japan", "korean": "korea", "indian": "india",
            "pakistani": "pakistan", "afghan": "afghanistan", "iranian": "iran",
            "iraqi": "iraq", "syrian": "syria", "israeli": "israel",
            "lebanese": "lebanon", "jordanian": "jordan", "egyptian": "egypt",
            "turkish": "turkey", "greek": "greece", "irish": "ireland",
            "scottish": "scotland", "swedish": "sweden", "norwegian": "norway",
            "finnish": "finland", "danish": "denmark", "dutch": "netherlands",
            "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
            "czech": "czechia", "hungarian": "hungary", "romanian": "romania",
            "cuban": "cuba", "venezuelan": "venezuela", "colombian": "colombia",
            "brazilian": "brazil", "argentinian": "argentina", "chilean": "chile",
            "peruvian": "peru", "australian": "australia", "nigerian": "nigeria",
            "kenyan": "kenya", "ethiopian": "ethiopia", "filipino": "philippines",
            "vietnamese": "vietnam", "taiwanese": "taiwan",
        }.items()
        for nation in nations.split()
    },
}  # fmt: skip


#: The first words of places' names before a word that may be a given name ("San Antonio",
#: "Santa Clara", "St. Louis", "Fort William", "Port Hope", "North Shore"): a run of
#: capitalised words opening with one names a place, a team or a body ("the San Antonio
#: Spurs", "North Shore Rescue"), no person.
PLACE_PREFIXES: frozenset[str] = frozenset(
    """
    san santa santo los las saint st sainte ste fort port mount mt north south east west
    northern southern eastern western central upper lower greater new
    """.split()
)


def affiliation_words(words: Iterable[str]) -> set[str]:
    """Words of a description as compared with another's: lower case, bare of punctuation,
    a party's or a nation's other name as one word of its group ("Tory" -> "conservative",
    "GOP" -> "republican": :data:`AFFILIATION_SYNONYMS`)."""
    bare = (w.lower().strip(".,'’") for w in words)
    return {AFFILIATION_SYNONYMS.get(w, w) for w in bare}
