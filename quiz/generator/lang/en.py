"""English word lists and rules the generator's stages consult, kept apart from the algorithms.

Grouped by the question they answer, roughly in the order of the stages that ask it. Names of
places, organizations and people, and the titles and words around them, are in ``en_names``.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of *text*."""
    return frozenset(text.split())


# --- Where do words and sentences end? -------------------------------------------------------

# Abbreviations whose full stop belongs to the word even before a capital letter.
ABBREVIATIONS = words(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev fr mt ft no vs etc inc ltd "
    "corp co approx jan feb mar apr jun jul aug sep sept oct nov dec est dept univ"
    " calif messrs lieut assoc"  # the few of five letters or more
)
# Abbreviations spelt like words that still keep their full stop: "Sept.", "Bros.", "Govt.".
WORDLIKE_ABBREVIATIONS = words("sept bros prof dept corp govt approx")
# Clitics written onto the word before them: "Ukraine's", "don't", "they're".
CLITICS = words("'s n't 're 've 'll 'd 'm")


# --- Which lines of a page are not prose? ----------------------------------------------------

# A date header: "Published: July 21, 2017".
# A decade or a century written in figures: "the 1960s", "the later 1940s", "the early 1500s".
DECADE_WORD = re.compile(r"^\d{3,4}s$")
DATE_HEADER = re.compile(r"^\s*(?:date|dated|published|updated|posted|last updated)\b", re.I)
# A credit or caption line: "Photo: Reuters", "(Image caption) ...", "All rights reserved".
CREDIT_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:credit|photo|image|picture|source|copyright|getty|reuters|media caption"
    r"|image caption|related topics|share this|all rights reserved)\b",
    re.I,
)
# A byline: "By Jane Smith".
BYLINE = re.compile(r"^\s*by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$")


# --- How are numbers, dates and amounts written? ---------------------------------------------

# Cardinals and ordinals in words, indexed by value ("_": tens have no words below twenty).
CARDINAL_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
CARDINAL_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_TENS = (
    "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
).split()
# Words that multiply the number before them: "3.5 million".
NUMBER_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

# Month and weekday names as dates write them, in calendar order.
MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
LOWERCASE_WEEKDAYS = frozenset(day.lower() for day in WEEKDAYS)  # to match a token's `lower`

# Symbols written before an amount of money, and currency nouns written after one.
CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "US$"})
CURRENCY_WORDS = words(
    "dollars euros pounds yen rubles roubles pesos rupees yuan birr baht dirhams dinars francs "
    "kronor kroner kuna rand reais lira shillings"
)
# Units of measure (singular) that make a count of a quantity: "12 km", "3 hours".
MEASURES = words(
    "km km2 sq mi kilometre kilometer metre meter mile foot ft kg kilogram tonne ton hectare "
    "acre degree litre liter hour minute second day week month year decade century"
)
# Words before a number that qualify it: "about 2,000", "over 300", "only 12".
APPROXIMATORS = words(
    "about around some nearly almost roughly approximately over under only just another up"
)


# --- What shape does a clause have? ----------------------------------------------------------

# Forms of the auxiliaries "be", "have" and "do".
BE_FORMS = words("is are was were am 's 're be been being")
HAVE_FORMS = words("has have had")
DO_FORMS = words("do does did")
# Words that open a subordinate clause before the main one: "While ..., the main clause".
LEADING_SUBORDINATORS = words(
    "while although though because if after before when whenever since once as unless until "
    "whereas whether"
)
# Words that open a leading adverbial the tagger may not tag as one: "Due to ...", "Unlike ...".
LEAD_WORDS = words("due prior thanks according despite unlike like")


# --- Is a capitalised word a name, and of what? ----------------------------------------------

# Adverbs that open sentences and that the tagger, seeing a capital, may take for a name:
# "Together Bernoulli and Euler ..." is no person called Together Bernoulli.
SENTENCE_ADVERBS = words(
    "together meanwhile initially eventually finally later today however instead otherwise "
    "nevertheless nonetheless furthermore moreover thus hence therefore still also again soon "
    "afterwards recently currently originally traditionally historically subsequently"
)
# Words a sentence may open with, capitalised, that are no name: conjunctions and the above.
FUNCTION_STARTS = (
    words(
        "though although while when after before because since if as but and yet so unless "
        "until once whereas"
    )
    | SENTENCE_ADVERBS
)
# Prepositions before a name that make it a place, so GeoNames may type it: not "Batman:
# The Animated Series" but "flights to Batman".
PLACE_POINT_PREPOSITIONS = words("in at from near inside outside")  # not 'dedicated to'
LOCATIVE_PREPOSITIONS = words(
    "in at from to near across throughout outside inside towards toward via into around"
)


# --- How are words inflected? ----------------------------------------------------------------

# Verb endings and their replacements, tried in order (as WordNet's morphy does).
VERB_ENDINGS = (
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)
# Plural noun endings and their replacements, tried in order.
NOUN_ENDINGS = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("es", ""), ("s", ""))


# --- Which sentences can carry a question? ---------------------------------------------------

# First-person words: a sentence with one gives the writer's view, not a fact.
FIRST_PERSON = words("i we our us my me ours myself ourselves")
# Words of opinion or hedging: "should", "perhaps", "unfortunately".
OPINION_WORDS = words(
    "should ought seems seem perhaps arguably probably maybe believe think hopefully "
    "unfortunately fortunately"
)


# --- Whom does a pronoun stand for? ----------------------------------------------------------

# Pronouns that can stand for a person named before, and whether each is a possessive.
RESOLVABLE_PRONOUNS = {"he": False, "she": False, "his": True, "her": True}
# Subject pronouns and determiners that stand for something other than a person.
UNRESOLVABLE_PRONOUNS = words("it its they their this these those such them")
# Pronouns that can be a clause's subject.
SUBJECT_PRONOUNS = words("i we you he she it they")
# Pronouns that give a person's gender.
MASCULINE_PRONOUNS = words("he him his himself")
FEMININE_PRONOUNS = words("she her hers herself")
PERSONAL_GENDERED = MASCULINE_PRONOUNS | FEMININE_PRONOUNS
# Nouns that say what a person of WordNet is, in the head of a part of their gloss (before
# 'who', 'of', a comma ...): "(Old Testament) queen of Persia", "English actress", "6th
# President of the United States; son of John Adams".
FEMININE_ROLE_WORDS = words(
    "woman actress queen wife daughter mother grandmother sister princess empress heroine girl "
    "duchess countess nun widow ballerina aviatrix suffragette noblewoman jewess"
)
MASCULINE_ROLE_WORDS = words(
    "man englishman frenchman irishman scotsman welshman dutchman king husband son father "
    "grandfather brother prince emperor boy duke monk pope sultan tsar czar pharaoh caliph shah "
    "nobleman"
)
# Words anywhere in a gloss that give the person's gender: "won nine women's singles titles".
GENDERED_CONTESTS = {"women's": "female", "men's": "male"}
# Words that end the head of a part of a gloss: what follows may tell of someone else ('made
# Queen Victoria Empress', 'chosen by the king of Persia').
GLOSS_HEAD_ENDS = words(
    "who whose which that , ( : of by to with for in from at on and he she his her"
)
# Kinds of place a definite description can name: "the city" is the text's one city.
PLACE_KIND_NOUNS = words("city country state continent")


# --- Which times are relative to the text's date? --------------------------------------------

# Days relative to the text's date, as offsets in days.
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}
# Words before "year" or "month" that shift it from the text's date: "last year".
PERIOD_SHIFTS = {"last": -1, "this": 0, "next": 1}
# Prepositions that already govern a time: "since yesterday" needs no "on".
TIME_PREPOSITIONS = words("in on since until by during before after of")  # "the start of"
# Words that open a phrase commenting on a whole clause, after its comma: '..., enough to
# govern', '..., including Ohio'.
COMMENT_OPENERS = words("enough including while whereas although though")
# Prepositions that bound a time; a later time phrase belongs to their object, not the verb.
BOUNDING_PREPOSITIONS = words("since until till before after")


# --- Does a statement stand alone? -----------------------------------------------------------

# Pronouns and determiners whose referent lies outside the sentence.
PERSONAL_PRONOUNS = words(
    "he she it they him her his its their them hers theirs himself herself itself themselves one's"
)
DEMONSTRATIVES = words("this that these those")
FIRST_AND_SECOND_PERSON = words("i me my mine myself we us our ours ourselves you your yours")

# Words that point back (or forward) to text the statement does not carry.
POINTING_WORDS = words(
    "again later then instead another same similar respectively aforementioned above below "
    "previous preceding remaining likewise similarly here thereafter therein hence thus "
    "therefore consequently "
    "nevertheless nonetheless otherwise meanwhile afterwards afterward earlier subsequently "
    "eventually previously"
)
# Pointing words that are fine in one construction: "such as", "both A and B", "the former
# Soviet Union" (a modifier, not 'the former' standing for a name), "the following words:".
SUCH, BOTH_LIKE, FORMER_LIKE = "such", words("both either neither"), words("former latter")
# Adverbs that only add "as said before" and can be left out without changing the fact:
# "Holt also played ..." -> "Holt played ...".
DROPPABLE_ADVERBS = words("also too still already")
KIN_NOUNS = words(
    "son sons daughter daughters father mother brother sister wife husband cousin uncle aunt "
    "nephew niece grandson granddaughter grandfather grandmother child"
)
COUNTED_MORE = words("further additional more")  # 'two further symphonies': more than which?
# 'then' only places a fact after others told before ("Chao then became interested in
# philosophy"), unless a preposition needs it ("since then"). 'again' stays, and the statement
# leans on the text: "Chao again returned to China in 1925" without it would make 1920 true.
SEQUENCE_ADVERBS = words("then")
# Verbs of an event after which 'then' only orders the telling ('Chao then became', 'then
# moved'); before any other verb it may mean 'at that time' ('Rome then controlled 60 percent
# of Italy', 'Chamberlain was then prime minister'), and without it every option is true.
EVENT_VERBS_AFTER_THEN = words(
    "became moved returned went joined began started left founded married travelled traveled "
    "studied entered took won published wrote attended settled retired arrived died"
)
# Pointing words that only say 'after (or before) the time just given', fine when the statement
# gives that time first: "Founded in 1944, the World Bank later shifted its focus".
# What only a country has, after its name's 's: "Mexico's president ... the country".
POLITY_NOUNS = words("president government capital king queen army economy parliament ruler")
# Prepositions before a place name that 'there' or 'the country' can stand for: "in Peru".
PLACE_LEADS = words("in to for from")
# Words before a place lead that make the name after it a source, not a place: "according to".
NOT_PLACE_LEADS = words("according")
AFTER_A_TIME = words("later afterwards afterward subsequently thereafter eventually earlier")
# Asides that only link a sentence to others, left out with their commas: ", for example,".
LINKING_ASIDES = ("for example", "for instance", "however", "as well", "in turn", "of course")
# Words after "now" that rename rather than date: "Constantinople (now called Istanbul)".
RENAMING_WORDS = words("called known named part")
# 'other' points outside unless the statement itself says what it is other than.
OTHER_WORDS = words("other others")
OTHER_ANCHORS = words("and or among each than")

# Times that mean something only against the date a text was written.
RELATIVE_DAYS = words(
    "yesterday today tomorrow tonight overnight currently recently nowadays ago soon"
)
PERIOD_NOUNS = words(
    "week weekend month year season summer winter spring autumn fall decade century morning "
    "afternoon evening night day"
)
RELATIVE_PERIOD_LEADS = words("this last next past coming previous following same that")
RELATIVE_MONTH_LEADS = words("this last next")  # 'last October', not 'that May had negotiated'

# References to the page, not to the world.
DOCUMENT_WORDS = words(
    "figure figures fig table tables chapter section appendix page pages paper article essay "
    "study studies author authors reader readers sample participants respondents analysis "
    "analyses experiment experiments dataset corpus survey results findings"
)

# WordNet's lexicographer files of nouns that name something happening: a definite or bare
# one ("the win", "Main construction began") is the one the text told of before.
EVENT_SENSES = frozenset({"noun.act", "noun.event", "noun.process"})

# Verbs that date the beginning of what they name ("Zuckerberg started Facebook ... in 2004",
# "the league was formed in 1888"): nothing about it happened before.
BEGINNING_VERBS = words("found establish start launch form create incorporate")

# Modifiers that make a definite description another one than the text named before: "the new
# government" (after "the Provisional Government", reading n8), "the rival party".
NOT_THE_SAME = words("new other second next rival opposing different")

# Verbs that open a made-up example: 'Suppose a worker can make 4 refrigerators'.
SUPPOSING_VERBS = words("suppose imagine assume")
SUPPOSING_LEADS = words("now so instead next")  # 'Now suppose the United States moves ...'

ARTICLE_WORDS = frozenset({"The", "A", "An"})  # a title that opens with one names no person

# Words before a number that makes it a name: 'Interstate 16', 'Route 66', 'Gate 4'.
NUMBERED_NAME_HEADS = words(
    "interstate highway route road line bus tram platform gate exit terminal pier flight"
    " article chapter section part clause amendment resolution proposition bill title act room"
    " apollo psalm symphony number no page figure table level"
)

# Days named after what happens on them, with their date: a stem that names one gives its
# date away ("Google has a history of April Fool's pranks, and on ____": reading n7).
HOLIDAY_DATES = {
    "april fool": "April 1",
    "april fools": "April 1",
    "new year's day": "January 1",
    "valentine's day": "February 14",
    "st patrick's day": "March 17",
    "st. patrick's day": "March 17",
    "bastille day": "July 14",
    "halloween": "October 31",
    "guy fawkes": "November 5",
    "christmas eve": "December 24",
    "christmas day": "December 25",
    "christmas": "December 25",
    "boxing day": "December 26",
    "new year's eve": "December 31",
}
HOLIDAY_WORDS = frozenset(w.removesuffix("'s") for day in HOLIDAY_DATES for w in day.split()) | {
    "fool",
    "fools",
}

# Heads of definite noun phrases that, alone, almost always refer back: "the man", "the match".
ANAPHORIC_HEADS = words(
    "man men woman women boy boys girl girls child children people person family couple victim "
    "pair victims suspect suspects player players team teams club side company companies firm "
    "group groups organization organisation agency band city cities town towns village country "
    "countries state nation region area island islands river site building house home place "
    "territory colony member members announcement statement declaration legislation "
    "match game games competition race tournament event events incident accident attack "
    "attacks crash fire war battle conflict fighting election vote campaign meeting conference "
    "summit talks deal agreement treaty plan plans project program programme scheme law act "
    "bill policy policies decision move report reports study paper book film album song show "
    "order orders decree edict proclamation proceedings experience lakefront waterfront seafront "
    "riverfront "
    "amendment amendments document discussions debates negotiations expedition voyage revolt "
    "rebellion uprising dispute crisis invasion siege strike protest protests epidemic outbreak "
    "series case trial court ruling investigation operation mission project system process "
    "movement party government administration minister president leader leaders official "
    "officials spokesman spokeswoman authorities police army troops forces king queen emperor "
    "ruler rulers regime empire dynasty kingdom colony colonies settlers period era time "
    "day days year years moment stage phase idea theory approach method model device machine "
    "technique techniques procedure question "
    "vehicle ship plane aircraft car bus train school university church museum park hotel "
    "airport station hospital prison mine factory plant store shop market product service "
    "network website site effect effects problem problems issue issues situation result "
    "change changes region territory land lands area population community communities "
    "festival ceremony celebration occasion tour trip journey visit route road street bridge wall "
    "tower capital crew staff members member owner owners founder director manager coach "
    "captain author writer artist scientist researcher researchers doctor patient patients "
    "student students teacher teachers worker workers people's victims' stampede protest "
    "protests riot strike crisis collapse disaster storm earthquake flood outbreak disease "
    "virus vaccine drug money funds budget cost price prices rate rates figure number "
    "trouble difficulty challenge goal aim purpose solution task scientists delegates "
    "internees exhibit exhibition collection finals final mainland people harbor harbour "
    "bay fleet ships theme model trail relocation "
    "interval half-time halftime kickoff kick-off whistle"  # of which match? (n18)
)
# Quantifiers over a group the text named before: "most internees", "many settlers".
GROUP_QUANTIFIERS = words("most many some all several few both each")
# Words before "study", "paper" ... that point at one the text has in mind: "one study found".
DOCUMENT_LEADS = words("the this our these in one a another previous recent")
# Superlatives that make a ranking: "the 15th largest", "the sixth most populous".
RANKING_WORDS = words("largest biggest smallest most populous busiest highest longest")

# Definite heads that name one thing everyone knows: "the world", "the sun".
UNIQUE_HEADS = words(
    "world earth sun moon universe internet public environment sky sea ocean atmosphere "
    "equator north south east west past future present"
)
# Prepositions after a definite phrase that, before a name or number, say which one it is:
# "the population of Lodz", "the war in Vietnam".
SPECIFYING_PREPOSITIONS = words("of in at on from for between during before after")
# Words after a ranked phrase that say what it ranks in: "the first woman to receive the
# Pritzker Prize", "the first time since the 1940s", "the third child of Pierre L'Enfant".
RANK_COMPLEMENTS = words("to since of in among ever")
RANK_WORDS = words("first last only") | frozenset(ORDINAL_UNITS[1:])
# Relative words after a definite phrase that say which one it is: "the man who ...".
RELATIVE_WORDS = words("who which that whose where when")
NONRESTRICTIVE_RELATIVES = words("who whom whose which where")  # ', who ...', never ', that'

# Openings that only link to the previous sentence and can be dropped with their comma.
DROPPABLE_OPENINGS = (
    "however",
    "moreover",
    "furthermore",
    "in addition",
    "additionally",
    "indeed",
    "in fact",
    "of course",
    "notably",
    "importantly",
    "interestingly",
    "ultimately",
    "overall",
    "in general",
    "generally",
    "traditionally",
    "historically",
    "originally",
    "today",
    "for example",
    "for instance",
)
# Heads of an apposition that sums up its clause rather than the name before it: 'had voted
# Yes, a margin of more than 380,000 votes'.
CLAUSE_SUMMARY_HEADS = words("margin majority increase rise fall decline jump gain loss total")
DAY_PARTS = words("morning afternoon evening night")  # 'on Sunday morning'
# Modals that speak of today, as the present tense does: 'hotels can cost ...' (not 'could',
# 'would': 'In 1850 the crossing could take 40 hours'; not 'will': a plan's cost).
PRESENT_MODALS = words("can may must")
# Past forms that are also participles of making: 'Two halls built in 1643' is a fragment.
MAKING_VERBS = words(
    "built constructed erected founded established designed completed carved painted made created"
)
# Prepositions after which a name in a travel guide is a place: 'destroyed much of Oia'.
GUIDE_PLACE_LEADS = words("in at on near of from to across around")
# Section headings that only a travel guide (Wikivoyage's) has, each a line of its own; a
# text with GUIDE_HEADING_COUNT of them is a guide ('History' or 'See' alone is no sign).
GUIDE_HEADINGS = frozenset(
    {
        "understand", "get in", "by plane", "by train", "by bus", "by boat", "by car",
        "get around", "see", "do", "buy", "eat", "drink", "sleep", "stay safe", "connect",
        "go next",
    }
)  # fmt: skip
GUIDE_HEADING_COUNT = 2
# Words of a place's name that do not say which place: 'Banff National Park' is Banff.
GENERIC_PLACE_WORDS = words(
    "the of and de la le el national park island islands isle lake mount city town bay sound "
    "valley river beach old new great north south east west"
)
# Letters written before a sum's symbol to say whose currency: 'CA $300', 'A $40'.
CURRENCY_PREFIXES = frozenset({"US", "CA", "C", "A", "AU", "NZ", "HK", "S", "R", "NT", "RM"})
# Words that make a sum in the present tense a price of today: 'tickets cost around €3'.
PRICE_WORDS = words(
    "cost costs charge charges fee fees price prices priced fare fares ticket tickets "
    "admission rates rate start starts range ranges night sold sells"
)
# Units and the words after them that make a count the distance from somewhere: '26 km north
# of Ljubljana', '135 miles from the airport', '15 km to the south'.
DISTANCE_UNITS = words("km kilometres kilometers miles mi")
COMPASS_POINTS = words(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west"
)
DISTANCE_LEADS = COMPASS_POINTS | words("from away outside inland offshore to down up along")
# Places of arrival whose distance from a town is a guide's directions: '135 miles from
# Albuquerque International Sunport'.
FACILITY_WORDS = words("airport airports sunport station terminal")
DURATION_UNITS = words(
    "minute minutes hour hours day days"
)  # 'the cable car takes about 5 minutes'
# Participles that time a phrase rather than say which it is: 'the discussions beginning in 1580'.
TIMING_PARTICIPLES = words("beginning starting lasting continuing")
# Openings whose sentence makes sense only after the previous one: the sentence is not used.
DEPENDENT_OPENINGS = (
    "as a result",
    "in response",
    "in turn",
    "instead",
    "thus",
    "therefore",
    "consequently",
    "hence",
    "nevertheless",
    "nonetheless",
    "still",
    "similarly",
    "likewise",
    "in contrast",
    "by contrast",
    "on the other hand",
    "otherwise",
    "then",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "also",
    "again",
    "meanwhile",
    "afterwards",
    "later",
    "soon",
    "eventually",
    "finally",
    "at the same time",
    "at that time",
    "at the time",
    "in that year",
    "that year",
    "by then",
    "until then",
    "since then",
    "after that",
    "before that",
    # a reaction to what the sentence before told: "Outraged, Edwards took the alcalde prisoner"
    "outraged",
    "angered",
    "alarmed",
    "frustrated",
    "undeterred",
    "emboldened",
    "in retaliation",
    "in protest",
)


# --- Which simple statements does a sentence hold? -------------------------------------------

# Conjunctions whose clause states a fact of its own: "... after Russia annexed Crimea".
STATEMENT_SUBORDINATORS = words(
    "after before when because although though while once until whereas"
)
# Prepositions that attach a phrase to the noun before it: "the population of Lodz".
NOUN_PHRASE_LINKS = words("of in from on at for")


# --- What makes a good key? ------------------------------------------------------------------

# Nouns too general to be a text's subject term: "a number of ways", "part of the state".
GENERIC_NOUNS = words(
    "state country city part number time year way member people area world group kind type "
    "form place thing name system use case end home period lot side term word day series set "
    "example fact rest result level point order line work life man woman person other one "
    "north south east west northeast northwest southeast southwest study research data paper "
    "article author effect effects process approach method analysis question answer issue "
    "problem reason aspect factor role field area amount percent percentage figure table "
    "chapter section page reader student students"
)
# Words that name the noun after them: "particles called atoms", "a process termed X".
NAMING_VERBS = words("called termed dubbed named")
# Words before a name that make it a name being given, not a place or person meant:
# "a ship named Victoria".
NAME_GIVING_WORDS = words("named called dubbed renamed nicknamed titled christened")

# Words before a name that make it a character, not a person: "played Sam Winchester",
# "the role of Henry Talbot", "as Bruce Wayne".
CHARACTER_LEADS = words(
    "played plays playing portrayed portrays portraying voiced voices role character as"
)
# Words before 'as' that make it no role: 'philosophers such as Jeremy Bentham', 'as well as'.
NOT_A_ROLE_BEFORE_AS = words("such well known same")
# Verbs that report what someone said: its speaker, or a name in it, makes no key.
REPORTING_VERBS = words(
    "said says told tells reported reports announced announces added adds stated states claimed "
    "claims warned warns noted notes wrote writes explained explains insisted insists argued "
    "argues confirmed confirms suggested suggests observed observes commented comments tweeted "
    "tweets remarked remarks declared declares asserted asserts believed believes thought "
    "thinks felt feels"
)
# Units of counts that test nothing worth learning: "in two ways", "three sides".
VAGUE_UNITS = words(
    "ways things types kinds parts sides times aspects factors reasons steps levels "
    "categories elements forms sorts respects occasions points cases examples others ones"
)
# Parts of a whole: 'three quarters of the oil' is a share, not a count (reading n16)
FRACTION_NOUNS = {"halves": 2, "thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "tenths": 10}
# Words before a key that make it one example of a set: any other member is also true.
EXAMPLE_LEADS = words("including like e.g. especially notably")

# Words that let a year be worked out from another the stem gives: "the 20th anniversary".
ARITHMETIC_WORDS = words("anniversary anniversaries centenary centennial bicentennial jubilee")
# Idioms that hold a number: blanking the number tests the idiom, not the text.
NUMBER_IDIOMS = (
    "fifteen minutes",
    "15 minutes",
    "seven seas",
    "cloud nine",
    "six feet under",
    "one of a kind",
    "second to none",
    "first and foremost",
    "at sixes and sevens",
    "in two minds",
    "thousand words",
)


# --- How does a statement become a question? -------------------------------------------------

# The form of "do" a question needs for a main verb of each tense tag: "did Russia annex".
DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
TIME_POINT_PREPOSITIONS = words("in on during")  # a time of the past, unlike 'since'
TIME_POINT_MODIFIERS = words("the late early mid")
PERFECT_SPANS = words("since for every each already ever always yet still until so")
PERFECT_LEADS = words("by before until since")  # 'By which year had ...?' keeps its tense
# Linking words that open a sentence or make up a leading adverbial: a stem leaves them out.
DISCOURSE_WORDS = words(
    "earlier however meanwhile moreover furthermore also later then still yet thus therefore "
    "instead nevertheless nonetheless recently today currently now additionally hence indeed "
    "finally similarly likewise consequently subsequently"
)
# Words opening a leading clause that cannot move to a question's end: "Although ...".
CONCESSIVE_LEADS = words("though although while whereas because if unless")
# Approximators a count question keeps: "About how many troops ...?".
KEPT_APPROXIMATORS = words("about around roughly approximately nearly almost")
# The distances, in metres, of the races of athletics and swimming ('the 10,000 metres').
RACE_DISTANCES = (50.0, 100.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0)
METRES = words("metres meters metre meter m")
# Prepositions before a place that a "Where ...?" question can replace.
WHERE_PREPOSITIONS = words("in to at into near inside within across throughout toward towards")
# Prepositions a "which country" question may begin with: not "Like which country ...".
WHICH_PREPOSITIONS = words("in to from by for with on at into against between")
# Prepositions of a destination: 'to Poland' asks "Where ...?" only after a verb of motion.
DESTINATION_PREPOSITIONS = words("to into toward towards")
# Verbs (base forms) that move something to a destination: "deployed to Poland".
MOTION_VERBS = words(
    "go come move send deploy travel return migrate emigrate immigrate flee sail fly march "
    "transfer bring take carry ship export deliver relocate retreat advance head drive walk run "
    "swim ride escape expand extend spread arrive journey lead evacuate withdraw transport post "
    "smuggle exile banish deport invite welcome"
)
# Kinds of place a "Which ...?" question may ask for.
WHICH_PLACE_NOUNS = words("country city state continent region river peninsula province island")
# Words that single one thing out: "the only", "the largest"; without one, a predicate such as
# "has a high HDI" fits many keys.
SPECIFIC_WORDS = words("only first last largest smallest oldest highest")
# Words that carry no content: a stem needs enough others to be answerable.
FUNCTION_WORDS = words(
    "a an the of in on at to for by with from and or but is are was were be been being has have "
    "had do does did which what who whom where when how many much that this these those it its "
    "he she they his her their there as into than then also not"
)


# --- Which options would also be true? -------------------------------------------------------

# Counts that cannot exceed a known total, whatever the key.
UNIT_LIMITS = {
    "countries": 195,
    "nations": 195,
    "states": 195,
    "continents": 7,
    "oceans": 5,
    "months": 12,
    "days": 31,
    "hours": 24,
    "minutes": 60,
    "seasons": 4,
}
# Counts bounded by the period after them: "5 days per week".
PER_PERIOD_LIMITS = {("days", "week"): 7, ("hours", "day"): 24, ("months", "year"): 12}
# Periods a count per which is a timetable ("5 days per week", "3 flights a day"): blind
# readers of tuning text rejected every one as a passing detail.
SCHEDULE_PERIODS = words("day week month")
# What a text calls people who tell of its events rather than take part in them: a history
# lesson's historian is no option beside its revolutionaries.
COMMENTATOR_ROLES = words(
    "historian historians writer author scholar professor journalist biographer researcher critic"
)
# Words that tie an age to an event: "aged 31 when he married", "at 17, after school".
WHEN_WORDS = words("when after before while during upon")
# Labels of a picture's credit after its caption: "In 2008, Endeavour and Atlantis await a
# journey on their respective launchpads. Image: NASA." (tuning readers rejected that caption
# in eight readings as "a photo caption, not a fact worth learning").
CREDIT_LABELS = words("image photo photograph picture credit")
# Labels of an infobox line that dates an event, not the text: "Born 23 January 1928 Paris".
EVENT_LABELS = words("born died founded established opened released married built")
# Words before a year of the first millennium written in two or three figures: "in 325".
EARLY_YEAR_LEADS = words("in by circa c. until since")
# Marks of a year before the common era, whose years count backwards: "in 539 BCE".
BC_ERAS = frozenset({"BC", "BCE", "B.C.", "B.C.E."})
AD_ERAS = frozenset({"AD", "A.D.", "CE", "C.E."})  # 'completed in 80 AD'
# Units of measure written in the singular or short after a number: "an elevation of 1100 ft"
# is no year.
MEASURE_UNITS = words(
    "ft foot feet m km mi mile metre meter kg g lb lbs cm mm sq acre acres hectare ha mph kmh "
    "metres meters miles kilometres kilometers tonnes tons"
)
# Counts bounded by a larger unit before them: "5 feet 10 inches".
LARGER_UNIT_LIMITS = {("inches", "feet"): 11, ("inches", "foot"): 11, ("minutes", "hours"): 59}
# Prepositions after which a later (or earlier) time is also true: "since 2007 it has run" is
# true since 2010 too, so only earlier options are wrong.
EARLIER_ONLY_LEADS = words("before since")
# After "by" both sides may be true: "by the 13th century Islam had reached Kanem" is true by
# the 15th, and readers knew it was true by the 11th (tuning readings: 1 of 5 accepted). So
# after "after", of a state: "Vietnam was divided after 1954" is true after 1959 too, and
# after 1950 (an independent review's example). Such keys are not asked.
UPPER_BOUND_LEADS = words("by after")
# Words before a number that make it a bound: only larger (or smaller) options are false.
LOWER_BOUNDS = frozenset({"more than", "at least", "upwards of", "excess of", "over"})
UPPER_BOUNDS = frozenset({"less than", "fewer than", "up to", "at most", "under"})
# Words that turn a bound round: 'no more than ____' is an upper bound.
BOUND_NEGATIONS = words("no not")
# A passive that makes its subject a speaker: 'X is quoted as thanking the Academy'.
QUOTED_AS = ("quoted", "as")
# Approximators that bound a number rather than round it: a question must keep them.
BOUND_APPROXIMATORS = APPROXIMATORS & (LOWER_BOUNDS | UPPER_BOUNDS)
# Openings whose noun describes the subject at some time, not its role: 'As a boy, ...'.
ROLE_OPENINGS = words("as like")
# Words before a time that make it one of several true ones: "as early as the 11th century"
# (the 9th too), "especially during the seventh century" (the eighth too): tuning reading t13.
OPEN_TIME_LEADS = (
    "as early as",
    "already in",
    "especially during",
    "especially in",
    "particularly during",
    "particularly in",
    "mainly during",
    "mainly in",
)
# Nouns an infinitive after them says which of: 'the order to retreat', 'the decision to ...'.
PURPOSE_HEADS = words(
    "order orders decision decisions plan plans attempt attempts bid effort efforts right rights"
    " permission proposal proposals campaign move agreement deal bill law act treaty vote mission"
)
# Who a count of people belongs to must be said: 'of ____ households' (in which country?).
POPULATION_NOUNS = words("households homes families residents inhabitants citizens")
# Words before "to" that make what follows a plan, not a fact: "are to travel", "plans to".
PLAN_WORDS = BE_FORMS | words("plan plans planned planning scheduled expected due set intends")
# Acts whose day is no fact worth learning when they are a story's own events: a visit, a
# reception, a meeting, a hand-over; and what makes another day of the story worth learning.
MINOR_EVENT_VERBS = words(
    "receive receives received receiving visit visits visited visiting give gives gave given"
    " meet meets met meeting attend attends attended attending tour toured host hosted"
    " welcome welcomed greet greeted thank thanked"
)
MAJOR_EVENT_WORDS = words(
    "killed kill kills killing die dies died dead deaths death assassinated executed murder"
    " murdered shot fired attacked attack attacks bombing bombed explosion exploded struck"
    " erupted eruption invaded crash crashed collapsed sank sunk sinking destroyed fire flood"
    " floods storm hurricane tornado tsunami earthquake stole stolen robbed arrested acquitted"
    " convicted verdict election elections elected voted vote voters polls win wins won"
    " defeated beat"
)
# Wars a stem may name, by the years each began and ended: a year key's options stay on the
# key's side of its start, and inside the war when the key is 'in' it.
WARS = {
    "World War I": (1914, 1918),
    "First World War": (1914, 1918),
    "Great War": (1914, 1918),
    "World War II": (1939, 1945),
    "Second World War": (1939, 1945),
    "Korean War": (1950, 1953),
    "Vietnam War": (1955, 1975),
}
# Words between "by" and the time they bound: "by the middle of the eighteenth century".
PART_OF_A_PERIOD = words(
    "the middle end beginning start turn close of early late mid about around approximately circa "
    "spring summer autumn fall winter"
) | frozenset(m.lower() for m in MONTHS)


# --- Is an item well written? ----------------------------------------------------------------

# Words too common to make two stems alike.
STOPWORDS = words(
    "a an the of in on at to for by with from and or but is are was were be been has have had "
    "do does did which what who whom where when how many much that this it its their his her "
    "as into than then there"
)
# Word starts that take "a" despite a vowel ("a union") and "an" despite an "h" ("an hour").
A_BEFORE_VOWEL = re.compile(r"(uni|use|eu|one|once|u[bcfhklmnprstv][aeiou])")
AN_BEFORE_CONSONANT = re.compile(r"(hour|honest|honou?r|heir)")
# Capital letters whose spoken name starts with a vowel sound: "an FBI agent".
VOWEL_SOUND_LETTERS = "AEFHILMNORSX"

# Events held every so many years: a year key beside one gets options from the same cycle.
PERIODIC_EVENTS = {"census": 10, "olympic": 4, "olympics": 4, "paralympics": 4, "cup": 4}

# What an ordinal key may rank: "the 19th century"; blind readers found the rest idioms ("the
# first time since", "in the first place") or facts that do not exist ("the seventh cataract").
RANKED_PERIODS = words("century centuries millennium")

# WordNet's classes of natural features: a key of one gets others of its class in its region.
NATURAL_FEATURES = frozenset(
    {
        "archipelago",
        "atoll",
        "bay",
        "cape",
        "channel",
        "desert",
        "gulf",
        "hill",
        "island",
        "lake",
        "mountain peak",
        "national park",
        "ocean",
        "peninsula",
        "range",
        "river",
        "sea",
        "strait",
        "tableland",
        "valley",
        "volcano",
        "waterfall",
    }
)
# The words that name a feature's kind in its name: 'Lake Erie', 'Gobi Desert'.
FEATURE_WORDS = words(
    "Bay Cape Desert Falls Gulf Island Islands Lake Mount Mountains Ocean Peninsula River Sea "
    "Strait"
)

# WordNet wholes too wide to make two features neighbours: the Sahara and the Australian Desert
# both lie in the Eastern Hemisphere. Lower case.
WORLD_PARTS = frozenset(
    {
        "eastern hemisphere",
        "western hemisphere",
        "northern hemisphere",
        "southern hemisphere",
        "eurasia",
        "west",
        "america",
        "old world",
        "new world",
        "austronesia",
    }
)

# Words that put a sentence in the future, for the year of a day written without one.
FUTURE_WORDS = words("will 'll tomorrow upcoming")
# Participles that speak of a plan before "to" or "for": 'is scheduled to land'.
PLANNING_PARTICIPLES = words("scheduled expected set planned")
# Present forms of 'be' before such a participle: 'is expected to'.
PRESENT_BE = words("is are am 's 're")

# Verbs of arriving somewhere, which leave the reader asking where when no place follows them
# ('arrived in 1777 at the age of 23'), and the words that say where without a name.
ARRIVAL_VERBS = words("arrive arrives arrived return returns returned")
DEPARTURE_VERBS = words("left departed withdrew")  # as verbs only: not 'the left bank'
# Comparatives that name a kind, not a comparison with something unsaid: 'higher education'.
KIND_COMPARATIVES = words(
    "more less fewer further other older younger elder higher lower upper greater later earlier "
    "inner outer latter former better wider broader"
)
TIMES_OF_DAY = words("midnight noon midday dawn dusk")  # 'at midnight': of which day?
TIME_AFTER_WORDS = words("later earlier after afterwards ago")  # 'a few years later marched'
SEQUENCE_LEADS = words("next following last past coming previous")  # 'the next five years'
PERCENT_WORDS = words("percent cent %")  # what a share is written with: '5 percent'
DEGREE_WORDS = words("much far even still slightly somewhat")  # 'the much larger island'
# Verbs of coming after: with no object, after what? ('New institutions followed')
SEQUEL_VERBS = words("followed ensued")
# Words before such a verb that say what came first: 'After Nasser's death, a struggle followed'
SEQUENCE_OPENERS = words("after when following once as")
DESTINATIONS = words("home abroad there here back ashore overseas")
# Bodies every country has, which a stem must name with their country ('the British Parliament').
NATIONAL_BODIES = words("Parliament")
SEEMING_VERBS = words("appeared seemed")  # 'appeared to be': a state, not an event
# Verbs of a state that lasts for years, so that a year is one of many it held in.
LASTING_STATES = words("account accounts accounted embroiled engulfed remain remains remained")
# Verbs of a state that holds for an age: a century or decade key of one is true of its
# neighbours too ('In the ____ century, the Qing dynasty ruled China').
AGE_LONG_STATES = words(
    "rule rules ruled reign reigns reigned dominate dominates dominated flourish flourishes "
    "flourished thrive thrives thrived prosper prospers prospered"
)
DURING_WORDS = words("in during throughout")  # what times a clause by an age it fills
# What follows 'ruled' when it tells a decision, not a reign: 'the court ruled that'.
RULING_OBJECTS = words("that in on against for out")
# Nouns of a measured figure: the year such a figure was taken is not what a student learns.
STATISTIC_NOUNS = words(
    "population populations inhabitants residents census percent % unemployment gdp"
)
# Verbs that tell a figure rather than an event: 'the population was', 'grew to', 'numbered'.
FIGURE_VERBS = words(
    "is are was were be been being has have had live lives lived living number numbers numbered "
    "reach reaches reached stand stands stood grow grows grew grown rise rises rose risen fall "
    "falls fell fallen decline declines declined increase increases increased double doubled "
    "triple tripled quadruple quadrupled count counted record recorded estimate estimated "
    "account accounted total totaled totalled make made average averages averaged mean means "
    "meant"
)
# Verbs of refusing or consenting, which leave the reader asking to what when nothing follows.
CONSENT_VERBS = words("refuse refuses refused agree agrees agreed")
# Verbs of answering something: without 'to' they leave it unsaid ('Pope Leo X responded with
# a papal bull': to what?).
RESPONSE_VERBS = words(
    "respond responds responded react reacts reacted reply replies replied retaliate "
    "retaliates retaliated"
)
# Verbs of a change between two values: 'The cost fell from about $100 to less than $10' needs
# its time.
CHANGE_VERBS = words(
    "fell fall falls rose rise rises dropped drop drops grew grow grows increased increase "
    "increases decreased decrease decreases declined decline declines climbed climb climbs "
    "soared soar soars plunged plunge plunges doubled tripled halved"
)
# Words that time a change without a year: 'during the 19th century', 'after the canal opened'.
TIMING_WORDS = words("century centuries during after before since by until")
# Nouns that make a compound with an ordinal: 'a third party' is no third of a series.
RANKED_COMPOUND_HEADS = words("party lady language aid world person class cousin grade")
# Verbs of a phase of something going on: 'Construction began' (of what?).
PHASE_VERBS = words(
    "began begins begin started starts start ended ends end finished finishes resumed resumes "
    "continued continues stopped stops halted"
)
# Plural nouns of the people taking part in something, which alone name no one: 'Participants
# were deceived' (in what?).
TAKING_PART_PLURALS = words(
    "participants subjects respondents volunteers delegates members attendees passengers survivors"
)
# Conjunctions that open another clause right after a verb: 'refused because ...'.
CLAUSE_ENDING_CONJUNCTIONS = words("because since although though unless")
# Words before a time that say when a state ended, which is one time only.
END_OF_A_STATE = words("until till")
# Words that count what a colon then lists: 'visited twice: ...', 'three times: ...'.
TIMES_WORDS = words("twice thrice times")
# Words before a noun that already determine it, so that a name written after them needs no
# 'the' of its own ('its International Monetary Fund').
DETERMINER_WORDS = words("the a an this that these those its his her their our my your every each")

# What a work, not a time, does or has done to it, after a year that opens a sentence: '1917
# won three Oscars', '1984 was published in 1949' (a film, a novel); '1968 saw protests' stays.
TITLE_DEEDS = words(
    "won wins grossed grosses starred stars earned earns premiered premieres sold sells "
    "features featured tells"
)
TITLE_PASSIVES = words(
    "published directed released written produced filmed adapted nominated translated banned "
    "staged recorded"
)
