"""English names: our own small gazetteer of places, organizations, titles and given names,
and how English writes the places GeoNames names otherwise.

WordNet (see ``lexicon.py``) knows many more places and people; this list covers what it lacks
(recent people, news organisations, aliases such as US / U.S. / United States) and is the only
source when WordNet is not installed. Other English words and rules are in ``en.py``.
"""

from __future__ import annotations

import re


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(";") if name.strip())


# --- Which places and organizations do we know, by class? ------------------------------------

# Countries by region; a country's region is its class for distractors ("European country").
COUNTRIES: dict[str, tuple[str, ...]] = {
    "European country": _names(
        "Albania; Austria; Belarus; Belgium; Bosnia and Herzegovina; Bulgaria; Croatia; Cyprus;"
        "Czech Republic; Denmark; Estonia; Finland; France; Germany; Greece; Hungary; Iceland;"
        "Ireland; Italy; Latvia; Lithuania; Luxembourg; Moldova; Netherlands; North Macedonia;"
        "Norway; Poland; Portugal; Romania; Russia; Serbia; Slovakia; Slovenia; Spain; Sweden;"
        "Switzerland; Ukraine; United Kingdom; Andorra; Monaco; Montenegro; Kosovo; Malta"
    ),
    "Asian country": _names(
        "Afghanistan; Bangladesh; Cambodia; China; India; Indonesia; Iran; Iraq; Israel; Japan;"
        "Jordan; Kazakhstan; Kuwait; Laos; Lebanon; Malaysia; Mongolia; Myanmar; Nepal;"
        "North Korea; Pakistan; Philippines; Qatar; Saudi Arabia; Singapore; South Korea;"
        "Sri Lanka; Syria; Taiwan; Thailand; Turkey; United Arab Emirates; Uzbekistan; Vietnam;"
        "Yemen; Georgia; Armenia; Azerbaijan"
    ),
    "African country": _names(
        "Algeria; Angola; Cameroon; Egypt; Ethiopia; Ghana; Kenya; Libya; Mali; Morocco;"
        "Mozambique; Niger; Nigeria; Rwanda; Senegal; Somalia; South Africa; Sudan; Tanzania;"
        "Tunisia; Uganda; Zambia; Zimbabwe"
    ),
    "American country": _names(
        "Argentina; Bolivia; Brazil; Canada; Chile; Colombia; Cuba; Ecuador; Guatemala; Haiti;"
        "Honduras; Jamaica; Mexico; Nicaragua; Panama; Paraguay; Peru; United States; Uruguay;"
        "Venezuela"
    ),
    "Oceanian country": _names("Australia; New Zealand; Fiji; Papua New Guinea; Samoa; Tonga"),
}

# Adjectives of nationality and the country each names: 'an Iraqi family' (Iraq).
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan",
    "Albanian": "Albania",
    "Algerian": "Algeria",
    "American": "United States",
    "Argentine": "Argentina",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Belarusian": "Belarus",
    "Belgian": "Belgium",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Bulgarian": "Bulgaria",
    "Canadian": "Canada",
    "Chilean": "Chile",
    "Chinese": "China",
    "Colombian": "Colombia",
    "Croatian": "Croatia",
    "Cuban": "Cuba",
    "Czech": "Czech Republic",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Egyptian": "Egypt",
    "English": "England",
    "Estonian": "Estonia",
    "Ethiopian": "Ethiopia",
    "Finnish": "Finland",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Hungarian": "Hungary",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Kenyan": "Kenya",
    "Korean": "South Korea",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Mexican": "Mexico",
    "Moroccan": "Morocco",
    "Nigerian": "Nigeria",
    "Norwegian": "Norway",
    "Pakistani": "Pakistan",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Romanian": "Romania",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "Scottish": "Scotland",
    "Serbian": "Serbia",
    "Slovak": "Slovakia",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam",
    "Welsh": "Wales",
    "Soviet": "Soviet Union",
}

# Different spellings of one name; the first is how options write it.
ALIASES: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    ("Soviet Union", "USSR", "U.S.S.R."),
    ("NATO", "North Atlantic Treaty Organization", "Nato"),
    ("United Arab Emirates", "UAE"),
    ("Czech Republic", "Czechia"),
)

# States, continents and regions by class.
REGIONS: dict[str, tuple[str, ...]] = {
    "American state": _names(
        "Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware;"
        "Florida; Georgia; Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana;"
        "Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana;"
        "Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York; North Carolina;"
        "North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina;"
        "South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; Washington; West Virginia;"
        "Wisconsin; Wyoming"
    ),
    "continent": _names(
        "Africa; Antarctica; Asia; Australia; Europe; North America; South America"
    ),
    "region": _names(
        "Crimea; Donbas; Chechnya; Kashmir; Catalonia; Siberia; Scandinavia; the Balkans;"
        "the Caucasus; the Middle East; the Sahel; Bavaria; Tibet; Kurdistan; Flanders"
    ),
}

# Cities by class: capitals apart from other cities.
CITIES: dict[str, tuple[str, ...]] = {
    "national capital": _names(
        "Amsterdam; Athens; Baghdad; Beijing; Berlin; Brussels; Bucharest; Budapest; Buenos Aires;"
        "Cairo; Canberra; Copenhagen; Damascus; Dublin; Helsinki; Kabul; Kyiv; Kiev; Lisbon;"
        "London; Madrid; Mexico City; Minsk; Moscow; Nairobi; New Delhi; Oslo; Ottawa; Paris;"
        "Prague; Riga; Rome; Seoul; Stockholm; Tehran; Tokyo; Vienna; Vilnius; Warsaw;"
        "Washington; Brasilia; Ankara; Tallinn; Belgrade; Sofia; Bern"
    ),
    "city": _names(
        "Barcelona; Boston; Chicago; Dallas; Hamburg; Houston; Istanbul; Kharkiv; Los Angeles;"
        "Lyon; Manchester; Marseille; Milan; Munich; Mumbai; New York; Odesa; Philadelphia;"
        "Rio de Janeiro; San Francisco; Sao Paulo; Shanghai; St Petersburg; Sydney; Toronto;"
        "Mariupol; Donetsk; Luhansk; Sevastopol"
    ),
}

# Organizations by class; a news agency's options are other news agencies.
ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "news agency": _names(
        "AFP; Reuters; Associated Press; Xinhua; Interfax; TASS; Bloomberg; Kyodo"
    ),
    "broadcaster": _names(
        "BBC; CNN; Al Jazeera; NBC; CBS; ABC; Fox News; Sky News; Deutsche Welle; France 24; NPR"
    ),
    "newspaper": _names(
        "The New York Times; The Washington Post; The Guardian; El País; Le Monde; Der Spiegel;"
        "The Times; Financial Times; The Wall Street Journal; The Economist; Corriere della Sera"
    ),
    "international organization": _names(
        "NATO; United Nations; European Union; OSCE; World Health Organization; IMF; World Bank;"
        "WTO; OPEC; African Union; ASEAN; Council of Europe; UNESCO; UNICEF; Red Cross; G7; G20"
    ),
    "government body": _names(
        "White House; Pentagon; Kremlin; State Department; Congress; Senate; CIA; FBI;"
        "Downing Street; Foreign Office; Parliament; Supreme Court; Ministry of Defence; NASA"
    ),
}


# --- What does a name name? The words inside and around it -----------------------------------

# Words that name a post: "Foreign Minister Dmytro Kuleba", "Pentagon spokesman John Kirby".
TITLES = frozenset(
    "president vice prime minister chancellor king queen prince princess emperor empress pope "
    "senator governor mayor general colonel major captain lieutenant admiral sergeant commander "
    "spokesman spokeswoman spokesperson secretary ambassador envoy bishop archbishop cardinal "
    "judge justice mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady professor prof. chairman "
    "chairwoman chair ceo director leader premier president-elect sheikh sultan tsar czar "
    "duke duchess count countess baron saint st. st rev. reverend "
    "chief deputy foreign defence defense interior finance health justice state".split()
)
# Of those, the ones that cannot end a title phrase ("Foreign" needs "Minister").
TITLE_MODIFIERS = frozenset(
    "vice foreign defence defense interior finance health state deputy chief".split()
)
# Of those, the ones that never end a title before a name ('Police chief Ndlovu' does):
# 'the youngest head of state France has had'.
OPENING_TITLE_WORDS = TITLE_MODIFIERS - {"deputy", "chief"}

# Last words that make a name an organization's: 'Bank of England', 'Ohio State University'.
ORGANIZATION_HEADS = frozenset(
    "agency ministry department council party army navy bank committee organization "
    "organisation union association institute university college school company corporation "
    "inc inc. corp corp. ltd ltd. group foundation commission court parliament congress senate "
    "assembly office service federation league alliance club society network times post news "
    "bureau administration authority forces guard police airlines airways press motor "
    "motors".split()
)
# First words that make a name a place's: 'Fort Bragg', 'Lake Victoria'.
PLACE_PREFIXES = frozenset(
    "fort mount lake cape port saint st. san santa gulf isle ciudad puerto villa porto são".split()
)
# Last words that make a name a place's: 'Wood Buffalo National Park', 'Bering Strait'.
PLACE_HEADS = frozenset(
    "city county province region island islands river valley mountains sea ocean bay peninsula "
    "desert state republic kingdom principality duchy strait coast basin park lake forest "
    "airport bridge station square street road avenue canal glacier falls".split()
)
# Place heads of spots inside a town, which do not say which town: 'the Japanese Covered Bridge'.
LANDMARK_HEADS = frozenset("airport bridge station square street road avenue canal".split())
# A common noun right after a name, telling what the name is: "the AFP news agency".
TYPE_NOUNS: dict[str, tuple[str, str]] = {
    "agency": ("organization", "news agency"),
    "newspaper": ("organization", "newspaper"),
    "broadcaster": ("organization", "broadcaster"),
    "region": ("place", "region"),
    "peninsula": ("place", "region"),
    "province": ("place", "region"),
    "base": ("place", "base"),
    "city": ("place", "city"),
    "river": ("place", "river"),
    "island": ("place", "region"),
}
# A common noun right before a name: "Spanish newspaper El País".
PRECEDING_TYPE_NOUNS = {**TYPE_NOUNS, "capital": ("place", "national capital")}
# Words that join the words of one name: "Bank of England", "Ludwig van Beethoven".
NAME_CONNECTORS = frozenset({"of", "de", "da", "la", "del", "du", "von", "van", "&"})
# Lower-case words inside a surname: 'Otto von Bismarck', 'Vincent van Gogh' (not 'of').
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "du", "la"})


# --- Is a name a person's, and how is it written? --------------------------------------------

# Given names, by the gender the pronouns of their bearers have.
MALE_NAMES = frozenset(
    "aaron abraham adam adolf alan albert alexander alexei andrew anthony antonio arthur barack "
    "ben benjamin bernie bill bob boris brian carl carlos charles chris christopher daniel david "
    "dmitry dmytro donald edward emmanuel eric francis frank franklin gary george gordon harry "
    "henry ian jack jacob jair james jason jean jeff jens jim joe john jonathan jose joseph "
    "joshua justin kevin kirill larry lee lula mark martin matthew michael mike mohammed muhammad "
    "narendra neil nicholas olaf oleksandr paul peter richard rishi robert ronald ryan samuel "
    "scott sergei sergey stephen steven thomas tim tom tony viktor vladimir volodymyr walter "
    "william winston xi françois jacques pierre louis johann ludwig wolfgang giuseppe giovanni "
    "juan miguel pablo".split()
)
FEMALE_NAMES = frozenset(
    "alice amanda amy angela ann anna anne barbara carol catherine charlotte christine claire "
    "deborah elizabeth emily emma hannah helen hillary indira jacinda jane jennifer julia karen "
    "kate katherine kamala laura liz lucy margaret maria marie mary michelle nancy nicola olga "
    "olivia pamela patricia rachel rebecca sarah sophie susan ursula valentina yulia jeanne "
    "simone brigitte marguerite isabella sofia theresa".split()
)
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES  # a known given name begins a person's name

# Words that describe the person named after them: "Democrat Stephen A. Douglas".
PERSON_DESCRIPTORS = frozenset(
    "democrat republican whig federalist tory labour conservative liberal socialist communist "
    "nationalist loyalist patriot".split()
)

# Names that are never a person's, whatever the text's grammar says: deities and the like.
NOT_PEOPLE = frozenset(
    "god lord jesus christ allah buddha satan devil zeus jupiter odin yahweh jehovah "
    "mother nature santa claus".split()
)
# Holidays written like names, never people ('Labor Day' beside Eugene V. Debs: reading n13).
HOLIDAYS = frozenset(
    (
        "labor day|labour day|memorial day|independence day|thanksgiving|easter|may day|"
        "victory day|armistice day|remembrance day|veterans day|columbus day|mother's day|"
        "father's day|boxing day|christmas|christmas day|new year's day|bastille day|"
        "valentine's day|halloween"
    ).split("|")
)

# Epithets that complete a ruler's name: "Askia the Great", "William the Conqueror".
EPITHETS = frozenset(
    "Great Elder Younger Conqueror Magnificent Terrible Bold Pious Wise Good Fair Bald Lionheart "
    "Navigator Confessor Just Lawgiver Apostate Hammer Unready".split()
)

# Letters after a name that are honours or degrees, not part of it: "Daniel Bernoulli FRS".
POST_NOMINALS = frozenset(
    "FRS FRSE FBA FRSA DBE CBE OBE MBE KBE GBE RA KC QC MP PhD MD DPhil Jr Sr Jr. Sr. KG KT "
    "OM CH GCB VC".split()
)
# Capitalised words that open a title in a person's written name rather than the name itself:
# "President Lincoln", "Sir Isaac Newton", "Third Baron Rayleigh".
NAME_TITLES = frozenset(
    "President General Marshal King Queen Sir Dame Lord Lady Baron Duke Earl Pope Emperor "
    "Empress Czar Tsar Prince Princess Saint St. First Second Third Fourth Fifth Sixth".split()
)
# Titles of courtesy, which say nothing of what a person does ("General ____" does).
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "sir", "dame", "dr.", "dr"})


# --- How does English write places? (GeoNames and ISO 3166 give the rest) --------------------

# Other English names of countries, by ISO 3166 code.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Holland": "NL",
    "Burma": "MM",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "Holy See": "VA",
    "UAE": "AE",
    "DR Congo": "CD",
    "DRC": "CD",
    "Democratic Republic of Congo": "CD",
}

# How English text writes the countries whose GeoNames name it does not use.
ENGLISH_COUNTRY_NAMES: dict[str, str] = {
    "BQ": "Caribbean Netherlands",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "MO": "Macau",
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "VA": "Vatican City",
}

# How English text writes the cities whose GeoNames name is the local one.
ENGLISH_CITY_NAMES: dict[str, str] = {
    "Brugge": "Bruges",
    "Frankfurt am Main": "Frankfurt",
    "Gent": "Ghent",
    "Köln": "Cologne",
    "Luzern": "Lucerne",
    "Makkah": "Mecca",
    "Québec": "Quebec City",
    "Sevilla": "Seville",
}

# Names that mean several current places about equally often: never resolved.
AMBIGUOUS_PLACE_NAMES = frozenset({"Congo"})

# Words that make a name an airport, a street or a station rather than a settlement.
NOT_PLACE_WORDS = frozenset(
    "Aerodrome Airfield Airport Avenue Boulevard Highway Road Station Street Terminal".split()
)

# Nationalities WordNet's glosses open with that are no demonym of a current country.
NATIONALITIES = frozenset(
    "Soviet Roman Greek Athenian Spartan Byzantine Ottoman Persian Prussian Venetian Florentine "
    "Babylonian Assyrian Egyptian Macedonian Carthaginian Aztec Inca Mongol Viking Frankish "
    "United States Confederate Scottish Welsh Flemish Bohemian Austrian Hungarian".split()
) | {"United States"}

# Nationalities WordNet's glosses give that make one pool of compatriots: Bentham (English)
# beside Adam Smith (Scottish), Mozart (Austrian) beside Beethoven (German).
NATION_GROUPS = {
    **dict.fromkeys(("English", "Scottish", "Welsh", "British", "Irish"), "British"),
    **dict.fromkeys(("United States", "American", "Confederate"), "American"),
    **dict.fromkeys(("German", "Austrian", "Prussian"), "German"),
    **dict.fromkeys(("Russian", "Soviet"), "Russian"),
    **dict.fromkeys(("Italian", "Florentine", "Venetian"), "Italian"),
    **dict.fromkeys(("Greek", "Athenian", "Spartan", "Macedonian"), "Greek"),
    **dict.fromkeys(("Dutch", "Flemish", "Belgian"), "Dutch"),
}

# WordNet classes of rulers of one line (its usual names): a king's peers are the kings of his
# line over a longer span than contemporaries (people.RULER_MIDPOINTS).
RULER_CLASSES = frozenset(
    {
        "King of England",
        "King of France",
        "King of the Germans",
        "Roman Emperor",
        "Holy Roman Emperor",
        "Queen of England",
        "czar",
        "pope",
    }
)

# A ruler's number after a name: 'Napoleon III', 'Louis XVI', 'Elizabeth II'.
REGNAL = re.compile(r" [IVX]+$")
