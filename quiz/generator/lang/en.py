"""English word lists and rules the generator's stages consult, kept apart from the algorithms.

Grouped by the question they answer: does a statement lean on text outside it, which openings
can be dropped, which words attribute a claim to someone.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of *text*."""
    return frozenset(text.split())


# Abbreviations whose full stop belongs to the word even before a capital letter.
ABBREVIATIONS = words(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev fr mt ft no vs etc inc ltd "
    "corp co approx jan feb mar apr jun jul aug sep sept oct nov dec est dept univ"
)

# Pronouns and determiners whose referent lies outside the sentence.
PERSONAL_PRONOUNS = words(
    "he she it they him her his its their them hers theirs himself herself itself themselves one's"
)
DEMONSTRATIVES = words("this that these those")
FIRST_AND_SECOND_PERSON = words("i me my mine myself we us our ours ourselves you your yours")

# Words that point back (or forward) to text the statement does not carry.
POINTING_WORDS = words(
    "again later then instead another same respectively aforementioned above below previous "
    "preceding "
    "remaining likewise similarly here thereafter therein hence thus therefore consequently "
    "nevertheless nonetheless otherwise meanwhile afterwards afterward earlier subsequently "
    "eventually"
)
# Pointing words that are fine in one construction: "such as", "both A and B", "the former
# Soviet Union" (a modifier, not 'the former' standing for a name), "the following words:".
SUCH, BOTH_LIKE, FORMER_LIKE = "such", words("both either neither"), words("former latter")
# Adverbs that only add "as said before" and can be left out without changing the fact:
# "Holt also played ..." -> "Holt played ...".
DROPPABLE_ADVERBS = words("also too still")
# 'other' points outside unless the statement itself says what it is other than.
OTHER_WORDS = words("other others")
OTHER_ANCHORS = words("and or among each than")

# Times that mean something only against the date a text was written.
RELATIVE_DAYS = words("yesterday today tomorrow tonight currently recently nowadays ago soon")
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
PERIOD_NOUNS = words(
    "week weekend month year season summer winter spring autumn fall decade century morning "
    "afternoon evening night day"
)
RELATIVE_PERIOD_LEADS = words("this last next past coming previous following same that")

# References to the page, not to the world.
DOCUMENT_WORDS = words(
    "figure figures fig table tables chapter section appendix page pages paper article essay "
    "study studies author authors reader readers sample participants respondents analysis "
    "analyses experiment experiments dataset corpus survey results findings"
)

# Heads of definite noun phrases that, alone, almost always refer back: "the man", "the match".
ANAPHORIC_HEADS = words(
    "man men woman women boy boys girl girls child children people person family couple victim "
    "victims suspect suspects player players team teams club side company companies firm group "
    "groups organization organisation agency band city cities town towns village country "
    "countries state nation region area island islands river site building house home place "
    "match game games competition race tournament event events incident accident attack "
    "attacks crash fire war battle conflict fighting election vote campaign meeting conference "
    "summit talks deal agreement treaty plan plans project program programme scheme law act "
    "bill policy policies decision move report reports study paper book film album song show "
    "series case trial court ruling investigation operation mission project system process "
    "movement party government administration minister president leader leaders official "
    "officials spokesman spokeswoman authorities police army troops forces king queen emperor "
    "ruler rulers regime empire dynasty kingdom colony colonies settlers period era time "
    "day days year years moment stage phase idea theory approach method model device machine "
    "vehicle ship plane aircraft car bus train school university church museum park hotel "
    "airport station hospital prison mine factory plant store shop market product service "
    "network website site effect effects problem problems issue issues situation result "
    "change changes region territory land lands area population community communities "
    "festival ceremony celebration tour trip journey visit route road street bridge wall "
    "tower capital crew staff members member owner owners founder director manager coach "
    "captain author writer artist scientist researcher researchers doctor patient patients "
    "student students teacher teachers worker workers people's victims' stampede protest "
    "protests riot strike crisis collapse disaster storm earthquake flood outbreak disease "
    "virus vaccine drug money funds budget cost price prices rate rates figure number "
    "trouble difficulty challenge goal aim purpose solution task scientists delegates "
    "internees exhibit exhibition collection finals final mainland people"
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
)
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
    "for example",
    "for instance",
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
)

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

# Words before a name that make it a character, not a person: "played Sam Winchester",
# "the role of Henry Talbot", "as Bruce Wayne".
CHARACTER_LEADS = words(
    "played plays playing portrayed portrays portraying voiced voices role character as"
)

# Adverbs that open sentences and that the tagger, seeing a capital, may take for a name:
# "Together Bernoulli and Euler ..." is no person called Together Bernoulli.
SENTENCE_ADVERBS = words(
    "together meanwhile initially eventually finally later today however instead otherwise "
    "nevertheless nonetheless furthermore moreover thus hence therefore still also again soon "
    "afterwards recently currently originally traditionally historically subsequently"
)

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
