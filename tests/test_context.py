"""Statements that stand alone, on real sentences of the corpus' tuning part and the devset.

Each case is a fault family the blind readers named: a dangling reference ("he", "the match",
"last week"), a sentence that only makes sense after the one before it, and scare quotes that
are not speech.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.generator import clauses, context, filters, generate, lexicon, references, tokens
from quiz.generator.document import read

WRITTEN = Path(__file__).parent / "data" / "written"  # texts written for development


def written_sentences(text: str) -> list[str]:
    """The sentences of *text* as the generator reads them (relative times written out)."""
    return [" ".join(t.text for t in s.tokens) for s in read(text, lexicon.load()).sentences]


def leaning(sentence: str, earlier: frozenset[str] = frozenset()) -> str | None:
    return context.leaning(tokens.tag(sentence), range(0), context.Told(heads=earlier))


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # news, textbook, travel and academic texts of ../shared/corpus (tuning part)
        ("The match ended with Sweden winning three points.", "definite 'The match'"),
        ("Five Panamanian players were booked in the match.", "definite 'the match'"),
        (
            "News of police response to a boy's digital clock in Texas last week has inspired "
            "a global social movement in support of the youth.",
            "relative time 'last'",
        ),
        ("Yesterday Mohamed received VIP attention at Google headquarters.", "relative time"),
        ("He left for the US in 1938, and resided there afterwards.", "pronoun 'He'"),
        ("These forms of public transport meant the introduction of more horses.", "'These'"),
        ("In 1511 Albuquerque demanded the return of those prisoners.", "'those'"),
        ("Apple released in 2010 that model of the phone.", "'that'"),
        ("What is left of the fort is now a museum.", "relative time 'now'"),
        ("The map in Figure 1 shows the census areas.", "reference to the text"),
        ("In 1793 the Mountain initiated a period of repression instead.", "pointing word"),
        ("Canadians can apply for a 90 day extension at other offices.", "'other'"),
        # sentences written for the test: a determiner tagged as a conjunction, an owner
        ("The company has since reconfigured that model to include hotels.", "'that'"),
        ("In 1895, the region's goldfields produced ten tons of gold.", "'the region'"),
        # tuning reading t12: 'Previously' and 'the relocation' say nothing alone
        ("Previously at the invitation of Zhou En-Lai, Chao returned to China.", "'Previously'"),
        (
            "In 1944, the Supreme Court upheld the constitutionality of the relocation.",
            "relocation",
        ),
        # tuning reading t13: arrived where?
        ("Pierre Charles L'Enfant arrived in 1777 at the age of 23.", "arrival"),
        ("The Dutch fleet returned in May 1641, and took Malacca.", "arrival"),
        # tuning readings t10, t12, t13: which country's parliament?
        ("In 1875, Parliament made it legal for workers to strike.", "parliament"),
        # tuning reading t14: refused what?
        ("Daniel Bernoulli refused, because Basel offered more.", "refusal"),
        # development reading n18 (tests/data/written/news15): the interval of which match?
        (
            "Six minutes after the interval, Maradona played a pass into the English penalty area.",
            "definite 'the interval'",
        ),
        # reading n19 (tests/data/written/textbook9): south of what?
        ("In 1575 Portugal founded the colony of Luanda to the south.", "a direction"),
    ],
)
def test_dangling_references_are_found(sentence: str, reason: str) -> None:
    found = leaning(sentence)
    assert found is not None and reason in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treaty of Brest-Litovsk was signed on March 3, 1918.",
        "Athens hosted the 2004 Summer Olympic Games.",
        "Britain was particularly vulnerable to shortages because it imported approximately "
        "60 percent of its food.",  # 'it' and 'its' are Britain, named before them
        "There are about 350 islands in the Chatham archipelago.",  # existential 'there'
        "The population of Lodz soared from some 13,000 people in the 1830s.",  # 'of' says which
        "Cleveland is a city on the shores of Lake Erie, one of the Great Lakes.",
        "Hot and sweet peppers such as chili were added to regional cuisines.",  # 'such as'
        "Both Belgium and England won their first games of the 2018 World Cup.",
        "In 1620, Puritan Separatists founded a colony near what is now Boston, Massachusetts.",
        "In 1793, the Mountain declared those who opposed the king's execution enemies of the "
        "revolution.",  # 'those' is defined by its relative clause
        "Otto Jespersen returned to Copenhagen in August 1888.",  # arrivals that say where
        "Évariste Galois returned to mathematics after the July Revolution.",
        "The 1st Battalion returned home in 1919.",
        "The European Parliament was first elected in 1979.",  # a parliament that says whose
        "In 1911, the Parliament Act limited the power of the House of Lords.",
        "The Parliament of Canada first met in 1867.",
        "Daniel Bernoulli refused the chair in anatomy in 1725.",  # refusals that say what
        "Britain agreed to the terms of the Treaty of Paris in 1763.",
        # an independent review's sentences: each says where, to what, or whose
        "King John agreed in 1215 to the demands of the barons.",
        "The Olive Branch Petition was refused by King George III in 1775.",
        "Lenin returned from exile in April 1917.",
        "Lincoln returned the letter unopened in 1862.",
        "In 1833, Parliament abolished slavery throughout the British Empire.",
        "The Houses of Parliament burned down in October 1834.",
        "The Australian federal Parliament first met in Melbourne in 1901.",
        "Simon de Montfort summoned a parliament in 1265.",
        # a second review's sentences: orders that say which, peoples and parliaments named
        "Mendeleev arranged the elements in the order of their atomic weights in 1869.",
        "On June 6, 1944, Eisenhower gave the order to launch the invasion of Normandy.",
        "In 1942, Roosevelt signed the executive order authorizing the internment of Japanese "
        "Americans.",
        "Britain's Parliament abolished slavery in 1833.",
        "The earthquake in 1906 destroyed most of San Francisco.",  # a year in the subject
        # reading n19 (tests/data/written/news16): 'that' after a verb and its time opens a clause
        "The Court of Justice ruled on May 13, 2014 that internet search engines can be "
        "required to remove links.",
        "Lamarck proposed in 1809 that organisms could pass on traits they acquired.",
        # reading n19 (textbook9): 'later' than a year before the common era the statement gives
        "Cyrus conquered Media around 550 BCE and defeated Croesus a few years later.",
        "The Royal Road ran 2,500 kilometers from Sardis to Susa, one of the royal capitals.",
        # 'its' before the name it stands for
        "At its height in the fourteenth century, Great Zimbabwe had 18,000 inhabitants.",
    ],
)
def test_statements_that_stand_alone_pass(sentence: str) -> None:
    assert leaning(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [  # tuning part of ../shared/corpus: each was refused as leaning on earlier text
        "Zaha Hadid was the first woman to receive the Pritzker Architecture Prize, in 2004.",
        "Chao returned to China in 1973 for the first time since the 1940s.",  # a rank says which
        "A settlement on the area of present-day Lodz was established in the 14th century.",
        "The day before the outbreak of World War II, Lodz was inhabited by approximately "
        "672,000 people.",  # 'before' a name says which day
        "In Peru, the abolition of slavery in 1854 left the country desperate for workers.",
        "Founded in 1944 to rebuild countries after World War II, the World Bank later shifted "
        "its focus to global development.",  # later than the year the statement gives
        "Chao left for the US in 1938, and resided there afterwards.",  # there: the US
        "Chao returned to China in 1920, marrying the physician Yang Buwei there that year.",
        "Otto Jespersen's autobiography was published in English translation as recently as 1995.",
        "Officials said that inflation rose in 2014.",  # 'that' is a conjunction here
        "Cleveland has added four new sports facilities to the city's downtown.",
    ],
)
def test_references_the_statement_itself_resolves_stand_alone(sentence: str) -> None:
    assert leaning(sentence, frozenset({"woman", "time", "country", "day", "century"})) is None


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # the same words with nothing in the statement to point to
        ("Writing a little later, in 1860, Leo Tolstoy argued against it.", "'later'"),
        ("After the 1906 earthquake, many San Franciscans relocated there.", "'there'"),
        ("The first woman arrived in 1920.", "definite 'The first woman'"),
        ("The country abolished slavery in 1854.", "definite 'The country'"),
        ("The pair married on February 27, 2010, in Sun Valley.", "definite 'The pair'"),
        ("Paris said she would return that year.", "pronoun 'she'"),
        ("At its height, the city had 18,000 inhabitants.", "pronoun 'its'"),
    ],
)
def test_the_same_references_without_an_antecedent_still_lean(sentence: str, reason: str) -> None:
    found = leaning(sentence, frozenset({"woman", "country"}))
    assert found is not None and reason in found, found


def test_already_is_left_out() -> None:
    """'Discovery has already been retired': already by when? (tuning reading t14)."""
    retired = tokens.tag("Discovery has already been retired following STS-133 in March 2011.")
    assert "already" not in [t.text for t in context.without_pointing_adverbs(retired)]


def test_then_is_left_out_unless_it_stands_for_a_time() -> None:
    then = tokens.tag("Chao then became interested in philosophy in 1918.")
    assert "then" not in [t.text for t in context.without_pointing_adverbs(then)]
    since = tokens.tag("The city has grown since then.")
    assert "then" in [t.text for t in context.without_pointing_adverbs(since)]


def test_a_definite_noun_named_before_refers_back() -> None:
    sentence = "The competition was founded by Dean Kamen."
    assert leaning(sentence, frozenset({"competition"})) is not None
    assert leaning("The sun rises in the east.", frozenset({"sun", "east"})) is None


def test_the_last_word_of_a_possessive_name_is_named_before() -> None:
    """'The cup' after "the America's Cup" refers back (tests/data/written/news12)."""
    text = (
        "Australia II won the America's Cup on September 26, 1983. The cup began as a silver "
        "trophy, which the schooner America won on August 22, 1851."
    )
    first, second = read(text, lexicon.load()).sentences
    assert "cup" not in first.earlier_heads and "cup" in second.earlier_heads
    told = context.Told(heads=second.earlier_heads)
    found = context.leaning(list(second.tokens), range(0), told)
    assert found is not None and "'The cup'" in found, found


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("However, Jones and Smith returned to Boston in 1920.", 2),
        ("In addition, the museum opened in 1850.", 3),
        ("Today, Athens is the capital of Greece.", 2),
        ("Athens is the capital of Greece.", 0),
        (  # an example is a fact of its own (tuning part: world history)
            "For example, in 429, the emperor Theodosius II established a commission.",
            3,
        ),
        ("For instance, the Marshall Plan gave Europe aid after World War II.", 3),
    ],
)
def test_linking_openings_are_dropped(sentence: str, dropped: int) -> None:
    assert context.opening(tokens.tag(sentence)) == dropped


@pytest.mark.parametrize(
    "sentence",
    [
        "As a result, Puerto Rico's exports fell by a third.",
        "In response, the Kushite leadership fled to Thebes.",
        "But England had better ball possession in the game.",
        "Therefore, two divergent streams of thought were operating simultaneously.",
    ],
)
def test_openings_that_depend_on_the_sentence_before_end_it(sentence: str) -> None:
    assert context.opening(tokens.tag(sentence)) is None


def test_an_example_that_names_what_the_sentence_before_named_still_leans_on_it() -> None:
    tagged = tokens.tag("For example, pollution may result from attempts to game the systems.")
    rest = tagged[context.opening(tagged) :]
    assert (
        context.leaning(rest, range(0), context.NOTHING_TOLD, "", set())
        == "definite 'the systems' refers back"
    )


def test_pointing_adverbs_are_left_out_unless_the_fact_needs_them() -> None:
    tagged = tokens.tag("Holt again was called up in May and also played in 2014.")
    kept = [t.text for t in context.without_pointing_adverbs(tagged)]
    assert "also" not in kept
    assert "again" in kept  # "returned again in 1925": without it, 1920 would be true too
    assert "pointing word 'again'" in (context.leaning(tagged, range(0)) or "")
    many = tokens.tag("The city had too many people.")
    assert "too" in [t.text for t in context.without_pointing_adverbs(many)]


def test_as_well_before_a_comma_is_left_out() -> None:
    """Tuning reading t16: 'revolt broke out against his administration as well, and in ____'
    leaned on an earlier revolt; 'as well as' joins two things and stays."""
    revolt = tokens.tag(
        "When Francisco Madero failed to deliver on expected reforms, revolt broke out against "
        "his administration as well, and in 1913 he was forced to relinquish his office."
    )
    kept = [t.text for t in context.without_pointing_adverbs(revolt)]
    assert "well" not in kept and kept[kept.index("administration") + 1] == ","
    joined = tokens.tag("Prussia as well as other states signed the treaty in 1839.")
    assert "well" in [t.text for t in context.without_pointing_adverbs(joined)]


def test_further_after_a_number_is_left_out() -> None:
    """Tuning reading t15: 'including scores of two further symphonies' (further than which?)."""
    submitted = tokens.tag(
        "In 1874 Antonín Dvořák made a submission to the Austrian State Prize for Composition, "
        "including scores of two further symphonies and other works."
    )
    assert "further" not in [t.text for t in context.without_pointing_adverbs(submitted)]
    farther = tokens.tag("The two armies marched further south in 1862.")
    assert "further" in [t.text for t in context.without_pointing_adverbs(farther)]


def test_scare_quotes_are_not_a_quotation() -> None:
    scare = tokens.tag('Bush called Iran part of an "axis of evil."')
    assert filters.skip_reason(scare, inside_quotation=False) is None
    speech = tokens.tag('"It is important that we send a strong message," Kirby said.')
    assert filters.skip_reason(speech, inside_quotation=False) == "quotation"


BIOGRAPHY = (
    "Yuen Ren Chao was a Chinese-American linguist. Chao was born in Tianjin in 1892. "
    "He studied mathematics at Cornell University. Chao taught physics at Tsinghua. "
    "He served as Bertrand Russell's interpreter when Russell visited China in 1920. "
    "Chao returned to the United States. He became an American citizen in 1954."
)


def test_he_in_a_biography_is_its_subject_written_in_full() -> None:
    document = read(BIOGRAPHY, lexicon.load())
    assert document.topic.person == "Yuen Ren Chao"
    interpreter = next(s for s in document.sentences if "interpreter" in s.source.text)
    assert interpreter.skip is None and interpreter.resolved
    assert [t.text for t in interpreter.tokens[:3]] == ["Yuen", "Ren", "Chao"]


def test_he_after_a_sentence_about_another_man_of_the_biography_stays_unresolved() -> None:
    text = (
        "Pierre L'Enfant was a French engineer. He served in the Continental Army. "
        "He drew the plan of Washington. General Lafayette commissioned a portrait of "
        "Washington from L'Enfant. He was exchanged in November 1780."
    )
    document = read(text, lexicon.load())
    exchanged = document.sentences[-1]
    assert exchanged.skip == "unresolved pronoun"
    # ... but a paragraph of a life that opens with 'he' speaks of its subject (tuning part)
    paragraphs = text.replace(" He was exchanged", "\n\nHe was exchanged")
    exchanged = read(paragraphs, lexicon.load()).sentences[-1]
    assert exchanged.resolved and "L'Enfant" in [t.text for t in exchanged.tokens]


def test_he_after_the_subject_s_given_name_is_the_subject() -> None:
    """A tuning-part life of Daniel Bernoulli, whose father is a Bernoulli too, calls him
    'Daniel': the 'he' after it is Daniel Bernoulli."""
    text = (
        "Daniel Bernoulli\n\nDaniel Bernoulli was a Swiss mathematician. He was the son of "
        "Johann Bernoulli. Daniel studied medicine at Basel and Heidelberg. "
        "He was a close friend of Leonhard Euler."
    )
    friend = read(text, lexicon.load()).sentences[-1]
    assert friend.resolved and [t.text for t in friend.tokens[:2]] == ["Daniel", "Bernoulli"]


def test_he_after_a_resolved_he_and_an_epithet_is_the_same_man() -> None:
    """A tuning-part lesson: 'the Sea Wolf' is Cochrane's name, not another man, and the
    Cochrane written for one 'he' is a person for the next (both had stayed unresolved)."""
    text = (
        "Pedro invited Thomas Cochrane, a former British naval officer, to serve Brazil. "
        'Cochrane was one of the most daring captains of his day; the French called him "the '
        'Sea Wolf." After a financial scandal in 1814, he began a new career as a mercenary. '
        "In 1818, he organized the Chilean navy."
    )
    scandal, navy = read(text, lexicon.load()).sentences[-2:]
    assert scandal.resolved and navy.resolved
    assert "Cochrane" in [t.text for t in navy.tokens]


MOREAU = (
    "Jeanne Moreau\n\nJeanne Moreau was a French actress. She was born in Paris in 1928. "
    "In 1947, Moreau made her theatrical debut in Avignon. "
    "François Truffaut's film, her biggest success, is centered on her role. "
)


@pytest.mark.parametrize(
    ("after", "resolved"),
    [  # the shape of a tuning-part biography, where the last sentence had stayed unresolved
        ("", True),  # only a man stands between: 'she' is the actress
        ("Truffaut also cast Anna Karina in 1961. ", False),  # another woman might be meant
        ("Truffaut also cast Paulette Goddard in 1961. ", False),  # a name of either gender
    ],
)
def test_she_after_a_subject_only_a_man_fills_is_the_woman_the_text_is_about(
    after: str, resolved: bool
) -> None:
    text = MOREAU + after + "In 1983, she was head of the jury at the Berlin Film Festival."
    jury = read(text, lexicon.load()).sentences[-1]
    assert jury.resolved is resolved
    if resolved:
        assert [t.text for t in jury.tokens[3:5]] == ["Jeanne", "Moreau"]


@pytest.mark.parametrize(
    "middle",
    [  # the shape of a tuning-part text that gave 'Cortes broke with Portugal and on ____, ...'
        "After the Brazilian elites refused to obey Lisbon, Pedro acted. ",  # Pedro: untyped
        "",  # the Cortes named only inside the subject, after 'of'
    ],
)
def test_he_is_not_a_person_named_before_an_untyped_subject_or_inside_a_subject(
    middle: str,
) -> None:
    text = (
        "The demands of the Cortes angered liberal and conservative factions across the "
        f"Brazilian provinces. {middle}He broke with Portugal and on September 7, 1822, "
        "proclaimed the independence of Brazil."
    )
    document = read(text, lexicon.load())
    assert document.sentences[-1].skip == "unresolved pronoun"
    assert not [q.stem for q in generate(text, n=5) if "Cortes" in q.stem]


def test_he_after_the_subject_s_given_name_alone_is_the_subject() -> None:
    text = (  # after a tuning-part biography: 'Jared' is untyped, but the topic's name
        "Jared Padalecki\n\nJared Padalecki is an American actor. He was born in San Antonio, "
        "Texas. In 2007, Jared served as the host of a horror reality series on MTV. "
        "He had the lead role in the 2008 film The Christmas Cottage."
    )
    lead = read(text, lexicon.load()).sentences[-1]
    assert lead.resolved and [t.text for t in lead.tokens[:3]] == ["Jared", "Padalecki", "had"]


def test_it_is_never_guessed() -> None:
    tagged = tokens.tag("It forbade future U.S. immigration in 1830.")
    assert references.resolve(tagged, 0, [], references.Topic("Stephen Austin", False)) is None


def test_relative_times_take_the_date_of_a_news_text() -> None:
    text = (
        "Robots honored in Washington\n\nFriday, July 21, 2017\n\n"
        "A group of Afghan teenagers was awarded a silver medal on Tuesday in Washington D.C. "
        "Last year, the FIRST Global Challenge drew teams from 157 countries. "
        "The team will fly home to Herat on Sunday."
    )
    written = written_sentences(text)
    assert "awarded a silver medal on July 18 , 2017 in Washington" in written[0]
    assert written[1].startswith("in 2016 , the FIRST Global Challenge")
    assert "fly home to Herat on July 23 , 2017" in written[2]


def test_the_text_s_own_weekday_is_its_date_and_a_part_of_the_day_follows_it() -> None:
    """Reading n6 of news written for development: 'on Saturday evening' in a story of Saturday,
    December 12, 2015 became December 19 (a 'scheduled finish' read as the future) and 'on
    December 19, 2015 evening'."""
    text = (
        "195 nations adopt Paris climate agreement\n\nSaturday, December 12, 2015\n\n"
        "Negotiators from 195 countries on Saturday evening adopted a global agreement, after two "
        "weeks of talks that ran a day past their scheduled finish. "
        "The agreement will be opened for signature on Friday. "
        "The ministers are scheduled to meet again on Saturday. "
        "The first round of talks ended yesterday morning. "
        "The talks, which had been expected to end on Friday, finally ended on Saturday."
    )
    written = written_sentences(text)
    assert "countries on the evening of December 12 , 2015 adopted" in written[0]
    assert "signature on December 18 , 2015" in written[1]
    assert "meet again on December 19 , 2015" in written[2]  # next week's: they will meet
    assert "ended on the morning of December 11 , 2015" in written[3]
    assert "end on December 11 , 2015" in written[4]  # expected before: no future


def test_it_is_not_a_name_that_its_predicate_cannot_describe() -> None:
    """Reading n6: 'India said it was sending aid. It is the most powerful earthquake to strike
    Nepal since 1934' made 'India is the most powerful earthquake'."""
    text = (
        "India said it was sending aircraft with relief supplies. It is the most powerful "
        "earthquake to strike Nepal since 1934. "
        "Phoenix lies in the Salt River Valley. It is the largest city in Arizona. "
        "Chicago lies on Lake Michigan. It is famous for the great fire of 1871."
    )
    sentences = read(text, lexicon.load()).sentences
    assert sentences[1].skip == "unresolved pronoun"
    assert " ".join(t.text for t in sentences[3].tokens).startswith("Phoenix is the largest city")
    assert " ".join(t.text for t in sentences[5].tokens).startswith("Chicago is famous for")


def test_a_day_without_its_year_takes_the_year_of_a_news_text() -> None:
    text = (  # after a tuning-part news text
        "North Korea fires at loudspeakers\n\nFriday, August 21, 2015\n\n"
        "South Korea began the broadcasts from loudspeakers on August 10 after an 11-year lull. "
        "The ship sank off Busan on December 28 with all hands. "
        "Talks between the two Koreas will resume on January 5 in Panmunjom. "
        "The armistice was signed on July 27, 1953 at Panmunjom."
    )
    written = written_sentences(text)
    assert "loudspeakers on August 10 , 2015 after" in written[0]
    assert "on December 28 , 2014 with" in written[1]  # past: the December before the text
    assert "resume on January 5 , 2016 in" in written[2]  # future: the January after it
    assert "signed on July 27 , 1953 at" in written[3]


def test_is_to_speaks_of_the_future_and_a_near_day_is_of_the_text_s_year() -> None:
    text = (  # after tuning-part news texts
        "Student inspires movement\n\nTuesday, September 22, 2015\n\n"
        "On Wednesday, Ahmed Mohamed and his father are to travel to the United Nations. "
        "The exhibit at the university is to run from September 1 through November 9."
    )
    written = written_sentences(text)
    assert written[0].startswith("On September 23 , 2015 , Ahmed Mohamed")
    assert "from September 1 , 2015 through November 9 , 2015" in written[1]


def test_a_relative_year_after_of_takes_no_preposition() -> None:
    """Reading n11 of news written for development: 'at the start of last year' became 'at the
    start of in ____', 'in July last year' 'in July in 1997'."""
    text = (
        "Oil prices fall\n\nWednesday, December 2, 1998\n\n"
        "A barrel of crude has been trading at around $11, down from more than $20 at the start "
        "of last year. Prices fell by the end of last month. Exports rose in the first half of "
        "next year's budget. The IRA restored the ceasefire in July last year. On September 11 "
        "this year a steam explosion triggered a mudflow. On May 3 last year talks resumed. "
        "Talks broke down on May 5 of last year. On September 11, this year, a blast occurred. "
        "On May 3, last year's winner spoke."
    )
    written = written_sentences(text)
    assert "at the start of 1997 ." in written[0]
    assert "in July 1997 ." in written[3]
    assert "by the end of November 1998" in written[1]
    assert "next year 's budget" in written[2]
    # reading n15 (news12): not 'On September 11, 1998 in 1998'
    assert written[4].startswith("On September 11 , 1998 a steam explosion")
    assert written[5].startswith("On May 3 , 1997 talks resumed")
    assert written[6] == "Talks broke down on May 5 , 1997 ."
    assert written[7].startswith("On September 11 , 1998 , a blast occurred")
    assert "last year 's winner" in written[8]  # a third review: a possessive stays


def test_weeks_are_not_made_absolute_and_stay_dangling() -> None:
    text = "Monday, September 21, 2015\n\nMohamed was arrested at his school in Texas last week."
    sentence = read(text, lexicon.load()).sentences[0]
    assert context.leaning(sentence.tokens, range(0)) is not None


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("cities", "city"), ("boxes", "box"), ("census", "census"), ("analysis", "analysis")],
)
def test_singular_by_spelling(plural: str, singular: str) -> None:
    assert context.singular(plural) == singular


@pytest.mark.parametrize(
    ("sentence", "subject", "verb"),
    [  # textbook and travel sentences of the tuning part
        (
            "While many civilians fully supported the war effort, others voiced opposition.",
            "others",
            "voiced",
        ),
        ("There is a public bus from the airport to Hadibo.", "There", "is"),
        ("Since 2007 the Andy Warhol Program has seeded galleries.", "the", "has"),
        ("Although the city was not destroyed, the material losses were serious.", "the", "were"),
        # a leading phrase without its comma (biographies, travel and history of the tuning part)
        ("After a brief period in Frankfurt the family moved to Basel.", "the", "moved"),
        ("In his memory Byron composed Thyrza, a series of elegies.", "Byron", "composed"),
        ("In the course of the next five years he served for Poland.", "he", "served"),
        ("In 1687 and 1689 he took part in expeditions against the Tatars.", "he", "took"),
        ("While in Mecca he spent lavishly.", "he", "spent"),
        ("Over time it has merged with the neighboring cities.", "it", "has"),
        (  # a travel guide written for development: a second opening participle after 'and'
            "Listed as a World Heritage Site in 1985 and voted one of the New Seven Wonders "
            "in 2007, it is the country's top attraction.",
            "it",
            "is",
        ),
    ],
)
def test_main_clause_after_a_subordinate_one(sentence: str, subject: str, verb: str) -> None:
    tagged = tokens.tag(sentence)
    clause = clauses.analyse(tagged)
    assert clause is not None
    assert tagged[clause.subject[0]].text == subject
    assert tagged[clause.verb[0]].text == verb


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # tuning-part sentences the blind readers rejected for missing context
        ("In May 1750 he was elected a Fellow of the Royal Society.", "pronoun 'he'"),
        (
            "Cleveland is the urban center of Northeast Ohio, the 15th largest combined "
            "metropolitan area in the United States.",
            "ranking without its year",
        ),
        ("One study found no changes at all in performance after 2 years.", "reference"),
        ("In doing so, the king lost the support of the army.", "pointing word 'so'"),
        ("The trouble is that Chatham has few flights.", "refers back"),
    ],
)
def test_more_dangling_references(sentence: str, reason: str) -> None:
    found = leaning(sentence)
    assert found is not None and reason in found, found


def test_a_group_named_before_and_quantified_refers_back() -> None:
    assert leaning("Most internees complied.", frozenset({"internee"}))
    assert leaning("Most internees complied.") is None


def test_the_islands_of_a_guide_are_the_islands_of_its_title() -> None:
    text = (
        "The Chatham Islands\n\n"
        "The Chatham Islands are an archipelago in the Pacific Ocean. The Chatnam Islands are "
        "remote. The islands lie 860 km east of Christchurch."
    )
    last = read(text, lexicon.load()).sentences[-1]
    assert " ".join(t.text for t in last.tokens).startswith("The Chatham Islands lie 860 km")


@pytest.mark.parametrize(
    ("sentence", "written"),
    [  # held-out reading r3 asked to drop these
        ("The 19th century, however, marked the rapid development of Athens.", "century marked"),
        ("Nicaragua has experienced destabilization since the 1960s as well.", "1960s ."),
        ("Tahrir Square captured the world's attention in 2011, for example.", "2011 ."),
    ],
)
def test_linking_asides_are_left_out(sentence: str, written: str) -> None:
    kept = " ".join(t.text for t in context.without_pointing_adverbs(tokens.tag(sentence)))
    assert written in kept


def test_next_year_s_competition_stays_relative() -> None:
    text = "Friday, July 21, 2017\n\nNext year's competition will take place in Mexico City."
    sentence = read(text, lexicon.load()).sentences[0]
    assert context.leaning(sentence.tokens, range(0)) is not None


def test_he_beside_two_of_a_family_or_beside_the_subject_s_own_name_stays_unresolved() -> None:
    text = (
        "Daniel Bernoulli was a Swiss mathematician. He was born in 1700. His father Johann "
        "Bernoulli was jealous. He plagiarized some key ideas from Daniel's book Hydrodynamica."
    )
    sentences = read(text, lexicon.load()).sentences
    assert sentences[1].resolved  # he is Daniel, the text's subject
    assert sentences[3].skip == "unresolved pronoun"  # Johann, in truth


def test_he_after_two_men_of_a_textbook_stays_unresolved() -> None:
    text = (
        "Venustiano Carranza led the Constitutionalists. Pancho Villa broke with Venustiano "
        "Carranza in 1914. He was firmly in power by 1917."
    )
    assert read(text, lexicon.load()).sentences[2].skip == "unresolved pronoun"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [  # tuning-part sentences: 'his' opens before the name, 'himself' follows it
        (
            "Despite his aristocratic origins, L'Enfant closely identified with the United States.",
            "L'Enfant",
        ),
        ("Late in his life, Chao was invited by Deng Xiaoping to return to China in 1981.", "Chao"),
        ("In 1736, Nader deposed the infant Abbas III and crowned himself shah.", None),
    ],
)
def test_a_pronoun_of_a_person_the_statement_names_stands_alone(
    sentence: str, person: str | None
) -> None:
    tagged = tokens.tag(sentence)
    people = {i for i, t in enumerate(tagged) if t.text == person}
    assert context.leaning(tagged, range(0), context.NOTHING_TOLD, "", people) is None
    if person:  # without the name the pronoun dangles
        assert context.leaning(tagged, range(0), context.NOTHING_TOLD, "", set()) is not None


def test_it_after_a_sentence_about_a_place_is_that_place() -> None:
    text = (  # after a tuning-part travel guide
        "Phoenix is the capital of the state of Arizona. Founded in 1871, it has become the "
        "region's primary political and cultural center. The desert heat surrounds the "
        "city. It lasts from May to October."
    )
    written = written_sentences(text)
    assert "Founded in 1871 , Phoenix has become" in written[1]
    assert read(text, lexicon.load()).sentences[3].skip == "unresolved pronoun"  # a common noun


def test_they_after_a_people_s_own_common_noun_is_that_noun_of_the_same_number() -> None:
    text = (  # after a tuning-part history page
        "The German armies would need to march across Belgium. On August 2, 1914, they reached "
        "the Belgian border. The German army was ready to cross the river. They were slow to "
        "move in the rain. The armies were tired after the march. They slept in the fields."
    )
    found = read(text, lexicon.load()).sentences
    assert " ".join(t.text for t in found[1].tokens).startswith(
        "On August 2 , 1914 , the German armies reached"
    )
    assert found[3].skip == "unresolved pronoun"  # 'They' is not one army
    assert found[5].skip == "unresolved pronoun"  # which armies?


def test_it_is_not_guessed_when_the_sentence_names_another_such_thing_or_the_number_differs() -> (
    None
):
    text = (  # after tuning-part news and history sentences
        "Valeska Paris was never forced to work in the engine room. They claimed Paris was a "
        "volunteer. China suffered as a result of the Korean War. Regarded by the United States "
        "as an aggressor, it found itself isolated in 1953."
    )
    found = read(text, lexicon.load()).sentences
    assert found[1].skip == "unresolved pronoun"  # 'They' is no woman named Paris
    assert found[3].skip == "unresolved pronoun"  # China, or the United States?


@pytest.mark.parametrize(
    "sentence",
    [  # tuning-part sentences that were refused as leaning on text before them
        "In 1839, the German Confederation as well as other countries in Europe had been "
        "signatories to a treaty that guaranteed the independence of Belgium.",
        "The tensions between the United States and the Soviet Union that had built up slowly "
        "through the later 1940s came to a head in 1948.",
        "In 1914, Mexico's rebel factions did battle with one another.",  # each other
        "In 2112 BCE, the Third Dynasty of Ur united Sumer, and this dynasty built temples.",
    ],
)
def test_other_after_as_well_as_and_the_later_part_of_a_decade_stand_alone(sentence) -> None:
    tagged = tokens.tag(sentence)
    assert context.leaning(tagged, range(0)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, other countries in Europe signed a treaty in 1839.",
        "The treaty was signed later, in 1839.",
        "In 1914, another rebel faction did battle with Huerta.",
    ],
)
def test_other_and_later_on_their_own_still_point_outside(sentence) -> None:
    assert context.leaning(tokens.tag(sentence), range(0)) is not None


def test_one_person_key_is_no_antecedent_of_them() -> None:
    """'____ evaded them, and within a year they had retreated' (tuning part): one man is not
    'them'; a pair or a group before the pronoun is."""
    evaded = tokens.tag("Pancho Villa evaded them, and within a year they had retreated.")
    found = context.leaning(evaded, range(2), context.NOTHING_TOLD, "person", {0, 1})
    assert found is not None and "'them'" in found
    met = tokens.tag("In 1871, Bismarck and Wilhelm met their allies.")
    assert context.leaning(met, range(3, 4), context.NOTHING_TOLD, "person", {3, 5}) is None


def test_a_definite_named_in_apposition_stands_alone_and_an_opening_keeps_its_comma() -> None:
    """'In 325, for example, Constantine convened the first ecumenical council, the Council of
    Nicaea, ...' (tuning part): the apposition names the council, and without the aside the
    opening keeps one comma."""
    tagged = tokens.tag(
        "In 325, for example, Constantine convened the first ecumenical council, the Council of "
        "Nicaea, to settle a dispute."
    )
    assert context.leaning(tagged, range(1, 2), context.Told(heads=frozenset({"council"}))) is None
    kept = " ".join(t.text for t in context.without_pointing_adverbs(tagged))
    assert kept.startswith("In 325 , Constantine convened")
    speaker = tokens.tag("The council, the Soviets said, was a failure.")
    assert (
        context.leaning(speaker, range(0), context.Told(heads=frozenset({"council"}))) is not None
    )
    middle = tokens.tag("The city, however, grew quickly.")
    assert [t.text for t in context.without_pointing_adverbs(middle)][:3] == ["The", "city", "grew"]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # an independent review's sentences, each let through by a rule of this session
        ("Neville Chamberlain was then prime minister of the United Kingdom.", "'then'"),
        ("Back then, the village of Whitby had only 2,000 residents.", "'then'"),
        ("According to Reuters, about 300 Russian troops remain there.", "'there'"),
        ("In January, 400 families settled there.", "'there'"),
        ("At talks in Vienna in 2015, the country agreed to limit enrichment.", "'the country'"),
        ("At the summit, Obama, Merkel and Hollande agreed to spend 20 billion dollars.", "summit"),
    ],
)
def test_what_the_statement_does_not_resolve_still_leans(sentence: str, reason: str) -> None:
    tagged = context.without_pointing_adverbs(tokens.tag(sentence))
    found = context.leaning(tagged, range(0), context.Told(heads=frozenset({"summit"})))
    assert found is not None and reason in found, found


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # tuning reading t13's missing context
        (
            "Lawyer and soldier William B. Travis and a small force marched on Anahuac in June.",
            "month",
        ),
        ("Woodrow Wilson used the occasion to order U.S. marines to invade Mexico.", "occasion"),
    ],
)
def test_a_month_without_its_year_and_the_occasion_lean(sentence: str, reason: str) -> None:
    found = context.leaning(tokens.tag(sentence), range(0))
    assert found is not None and reason in found, found


def test_a_month_with_its_year_or_in_a_name_stands_alone() -> None:
    for sentence in (
        "Travis marched on Anahuac in June 1835.",
        "The October Revolution brought the Bolsheviks to power in Russia.",
    ):
        assert context.leaning(tokens.tag(sentence), range(0)) is None, sentence


def test_a_reaction_opening_leans_on_the_sentence_before() -> None:
    tagged = tokens.tag("Outraged, Haden Edwards took the alcalde of Nacogdoches prisoner.")
    assert context.opening(tagged) is None


def test_a_demonstrative_whose_noun_was_named_twice_still_leans() -> None:
    tagged = tokens.tag(
        "The Ming dynasty replaced the Yuan dynasty in 1368, and this dynasty ruled China."
    )
    assert context.leaning(tagged, range(0)) == "demonstrative 'this'"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # reading n14 (news11): elected to what?
        (
            "Ferdinand Marcos was first elected in 1965 and re-elected in 1969.",
            "an election to an office unsaid",
        ),
        ("Ferdinand Marcos was elected president in 1965.", None),
        ("The mayor was elected in 1965.", None),
        ("Ferdinand Marcos was elected to the Senate in 1959.", None),
        ("In May 1965, Daniel Bernoulli was elected a Fellow of the Royal Society.", None),
        # an independent review: a title says the office; a campaign or a place does not
        ("President Ferdinand Marcos was re-elected in 1965.", None),
        ("Ferdinand Marcos was elected by a landslide in 1965.", "an election to an office unsaid"),
        (
            "Ferdinand Marcos was elected in 1965 in the Philippines.",
            "an election to an office unsaid",
        ),
        # a second review: an honorific or a common noun of another clause says no office
        ("Mr Ferdinand Marcos was elected in 1965.", "an election to an office unsaid"),
        ("Despite protests, Marcos was elected in 1965.", "an election to an office unsaid"),
    ],
)
def test_an_election_says_to_what(sentence: str, reason: str | None) -> None:
    tagged = tokens.tag(sentence)
    year = next(i for i, t in enumerate(tagged) if t.text in {"1965", "1959"})
    assert context.leaning(tagged, range(year, year + 1), context.NOTHING_TOLD, "year") == reason


@pytest.mark.parametrize(
    ("sentence", "key", "kind", "reason"),
    [  # tuning reading t17: both readers asked 'whose households?' and 'which order?'
        (
            "About 87 percent of 21.0 million households used electricity in 2011.",
            "21.0 million households",
            "count",
            "a population without its place",
        ),
        (
            "Several Japanese Americans who had been convicted for not complying with the "
            "executive order in the 1940s saw their convictions overturned.",
            "1940s",
            "decade",
            "definite 'the executive order' refers back",
        ),
        (  # a second review: a word between the key and its noun, a share as the key
            "About 87 percent of 21.0 million rural households used electricity in 2011.",
            "21.0 million",
            "count",
            "a population without its place",
        ),
        (
            "About 87 percent of households used electricity in 2011.",
            "87 percent",
            "percentage",
            "a population without its place",
        ),
        # the same facts saying whose households and which order; a people named first
        ("Americans own about 90 million homes.", "90 million homes", "count", None),
        (
            "The war of 1812 was fought between Britain and the United States.",
            "1812",
            "year",
            None,
        ),
        (
            "About 87 percent of Ghana's 21.0 million households used electricity in 2011.",
            "21.0 million households",
            "count",
            None,
        ),
        (
            "Several Japanese Americans who had been convicted for not complying with Executive "
            "Order 9066 in the 1940s saw their convictions overturned.",
            "1940s",
            "decade",
            None,
        ),
    ],
)
def test_a_blank_or_a_count_of_households_does_not_say_which(
    sentence: str, key: str, kind: str, reason: str | None
) -> None:
    tagged = tokens.tag(sentence)
    words = [t.text for t in tagged]
    start = words.index(key.split(maxsplit=1)[0])
    span = range(start, start + len(key.split()))
    assert context.leaning(tagged, span, context.NOTHING_TOLD, kind) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # devset reading d1: a number after 'in' or 'for' times the clause, it names no war
        ("Spain joined the war in 1779, as an ally of France.", "definite 'the war'"),
        ("Aristotle conducted courses at the school for twelve years.", "'the school'"),
    ],
)
def test_a_number_after_a_preposition_other_than_of_says_no_which(
    sentence: str, reason: str
) -> None:
    assert reason in (leaning(sentence) or "")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # devset and tuning-part sentences whose object pronoun has no antecedent in them
        ("The equator subdivides it into the North Atlantic Ocean and South Atlantic Ocean.", "it"),
        ("Microsoft has replaced it with three newer versions.", "it"),
        ("Mexico tried to accommodate them by maintaining the fiction.", "them"),
    ],
)
def test_an_object_pronoun_does_not_stand_for_its_own_verb_s_subject(
    sentence: str, reason: str
) -> None:
    assert (
        context.leaning(tokens.tag(sentence), range(0), context.NOTHING_TOLD, "", set())
        == f"pronoun '{reason}'"
    )


@pytest.mark.parametrize(
    "sentence",
    [  # tuning-part sentences where 'it' is a clause's subject, an empty 'it', or named before
        "After the exchange of fire, North Korea stated it would attack any loudspeakers.",
        "The obstacle of illiteracy made it difficult for most people to participate in 1750.",
        "In 1947 Britain bought the airfield and sold it in 1960.",
    ],
)
def test_it_as_a_subject_or_after_its_noun_stands(sentence: str) -> None:
    assert context.leaning(tokens.tag(sentence), range(0), context.NOTHING_TOLD, "", set()) is None


def test_the_two_without_a_noun_refers_back_and_with_one_does_not() -> None:
    lean = context.leaning  # devset sentences (agriculture, Abraham Lincoln)
    farming = "In traditional farming, the two are often combined even on small landholdings."
    assert lean(tokens.tag(farming), range(0), (), "", set()) == "'the two' refers back"
    ranked = "Lincoln was ranked by scholars in 1948 as one of the three greatest U.S. presidents."
    assert lean(tokens.tag(ranked), range(0), (), "", set()) is None


def test_a_month_after_last_or_next_is_a_relative_time() -> None:
    # from a development article written for this test's family (no tuning text has one)
    tagged = tokens.tag("The recording, made public last October, showed Donald Trump boasting.")
    assert (
        context.leaning(tagged, range(0), context.NOTHING_TOLD, "", set()) == "relative time 'last'"
    )


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # travel guides and news written for development, read blind (readings n1 and n2)
        ("Salt Lake City is about 310 miles away, a drive of 4.5 to 5 hours.", "a distance"),
        ("Malmö Airport, about 35 km away, has domestic flights.", "a distance"),
        (  # reading n15 (travel9): south of where?
            "Wai-O-Tapu, 30 km south on State Highway 5, has the Champagne Pool.",
            "a distance",
        ),
        (  # reading n17 (travel10): of the key's own distance or not
            "Elmina Castle, 13 km west, was built by the Portuguese in 1482.",
            "a distance",
        ),
        ("Wai-O-Tapu lies 30 km to the south on State Highway 5.", "a distance"),
        ("Summer highs are about 32 °C, with near-freezing nights.", "a measure"),
        ("The Italian had been sacked as coach of Greece in November 2014.", "'The Italian'"),
    ],
)
def test_travel_and_news_statements_that_leave_out_their_place_or_person(
    sentence: str, reason: str
) -> None:
    tagged = tokens.tag(sentence)
    number = next(i for i, t in enumerate(tagged) if t.tag == "CD")
    found = context.leaning(tagged, range(number, number + 1), context.NOTHING_TOLD, "count", set())
    assert found is not None and found.startswith(reason), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra is about 235 km south of Amman and 125 km north of Aqaba.",
        "St. George Regional Airport is 46 miles away from Zion National Park.",
        "At an elevation of 1,086 ft, Phoenix is situated in the Sonoran Desert.",  # tuning part
        "In 1990 the Chinese built a dam on the Yellow River.",  # a people, not a person
    ],
)
def test_a_measure_with_its_place_and_a_people_stand_alone(sentence: str) -> None:
    tagged = tokens.tag(sentence)
    number = next(i for i, t in enumerate(tagged) if t.tag == "CD")
    assert (
        context.leaning(tagged, range(number, number + 1), context.NOTHING_TOLD, "count", set())
        is None
    )


def test_a_name_that_replaces_the_noun_keeps_the_only_if_the_text_writes_it_with_the() -> None:
    text = (  # a travel guide written for development, and a tuning-part history page
        "Cape Breton Island\n\nCape Breton Island lies in Nova Scotia. After the Treaty of "
        "Utrecht in 1713 the island became the French colony of Ile Royale. The Korean War "
        "began in 1950. Millions died in the Korean War. In 1953 the war ended."
    )
    written = written_sentences(text)
    assert any("1713 Cape Breton Island became" in w for w in written), written
    assert any("the Korean War ended" in w for w in written), written


@pytest.mark.parametrize(
    ("sentence", "key", "reason"),
    [  # textbook pages written for development, read blind (reading n3)
        (
            "The Senate ratified the treaty on October 20, 1803, by a vote of 24 to 7.",
            "1803",
            "definite 'the treaty' refers back",  # a day does not say which treaty
        ),
        (
            "Jesuit missionaries from Portuguese Goa attended the debates beginning in 1580.",
            "1580",
            "definite 'the debates' refers back",  # 'beginning in' times them
        ),
        (
            "Stanton and Anthony opposed the amendment and in 1869 founded a new association.",
            "1869",
            "definite 'the amendment' refers back",
        ),
    ],
)
def test_a_day_or_a_beginning_does_not_say_which_thing_is_meant(
    sentence: str, key: str, reason: str
) -> None:
    tagged = tokens.tag(sentence)
    at = [t.text for t in tagged].index(key)
    assert context.leaning(tagged, range(at, at + 1), context.NOTHING_TOLD, "year", set()) == reason


def test_it_does_not_stand_for_the_person_before_it() -> None:
    tagged = tokens.tag("Dmitri Mendeleev estimated that it would have an atomic mass of 72.")
    people = {0, 1}
    assert (
        context.leaning(tagged, range(2), context.NOTHING_TOLD, "person", people) == "pronoun 'it'"
    )
    kept = tokens.tag("Dmitri Mendeleev wrote a textbook in 1869 because it was needed.")
    assert context.leaning(kept, range(2), context.NOTHING_TOLD, "person", people) is None


def test_an_opening_that_names_a_case_is_dropped() -> None:
    tagged = tokens.tag(
        "In the most dramatic case, Emperor Menelik II of Ethiopia defeated an Italian army."
    )
    assert context.opening(tagged) == 6


@pytest.mark.parametrize(
    "sentence",
    [  # an independent review of this session's rules: each of these had been refused
        "Everest is 8,849 metres high.",  # a name at the start says where
        "In 1848, Mexico and the United States signed the treaty ending the Mexican-American War.",
        "After buying the farm in 1850, Lincoln sold it in 1860.",  # the opening names the farm
        "To protect Rome, the emperor Aurelian surrounded it with walls in 275.",
        "The American and French armies besieged Yorktown in 1781.",
        "The two or three largest cities grew fast in 1900.",
        "In 2019, Parliament rejected the agreement that May had negotiated with Brussels.",
    ],
)
def test_what_the_new_rules_must_not_refuse(sentence: str) -> None:
    tagged = tokens.tag(sentence)
    number = next(i for i, t in enumerate(tagged) if t.tag == "CD")
    assert (
        context.leaning(tagged, range(number, number + 1), context.NOTHING_TOLD, "count", set())
        is None
    )


@pytest.mark.parametrize(
    "sentence",
    [  # the same review: openings that depend on the sentence before
        "In that case, Chief Justice Earl Warren wrote the opinion in 1954.",
        "In either case, the court ruled in 1957.",
        "As a result Congress repealed the tax in 1766.",  # no comma
        "In turn Britain sent 4,000 soldiers to Boston in 1768.",
    ],
)
def test_an_opening_that_points_back_ends_the_sentence_even_without_its_comma(
    sentence: str,
) -> None:
    assert context.opening(tokens.tag(sentence)) is None


def test_it_is_no_national_subject_when_the_sentence_names_a_place_before_it() -> None:
    text = (  # the same review: 'the Mexican government joined the United States' was written
        "The Mexican government sold land to American settlers. After Texas declared "
        "independence in 1836, it joined the United States in 1845."
    )
    assert read(text, lexicon.load()).sentences[1].skip == "unresolved pronoun"


def test_it_after_an_opening_prepositional_phrase_stands_for_nothing_written() -> None:
    """Reading n6: 'Under the command of Captain Mike Bannister, the airline's chief Concorde
    pilot, it landed at Heathrow' left 'it' (the last flight) unsaid; 'overnight' is a day of
    the story."""
    landed = tokens.tag(
        "Under the command of Captain Mike Bannister, the airline's chief pilot, it landed at "
        "Heathrow after a crossing of three hours."
    )
    three = next(i for i, t in enumerate(landed) if t.text == "three")
    assert context.leaning(landed, range(three, three + 1)) is not None
    for sentence in (  # an opening with a verb may hold what 'it' stands for
        "When the Mayflower reached Boston in 1850, it was held in quarantine.",
        "After the Mayflower reached Boston in 1850, it was held in quarantine.",
    ):
        ship = tokens.tag(sentence)
        year = next(i for i, t in enumerate(ship) if t.text == "1850")
        assert context.leaning(ship, range(year, year + 1)) is None, sentence
    pound = tokens.tag("The pound fell overnight to its lowest level since 1985.")
    assert context.leaning(pound, range(len(pound) - 2, len(pound) - 1)) is not None
    # reading n11 (textbook5): two openings, the second a participle's, name no 'they' either
    withdrew = tokens.tag(
        "on July 19, 1956, angered by Nasser's dealings with the communist world, they "
        "withdrew the offer."
    )
    assert context.leaning(withdrew, range(1, 5), context.NOTHING_TOLD, "date") == "pronoun 'they'"


def _leaning_in_text(text: str, opening: str) -> str | None:
    """Why the sentence of *text* that opens with *opening* cannot stand alone, read as the
    generator reads the whole text (with the nouns and events of the sentences before it)."""
    document = read(text, lexicon.load())
    sentence = next(
        s for s in document.sentences if " ".join(t.text for t in s.tokens).startswith(opening)
    )
    earlier = sentence.earlier_heads
    told = context.Told(earlier, earlier.named_events(), document.facts.event_nouns)
    return context.leaning(list(sentence.tokens), range(0), told)


@pytest.mark.parametrize(
    ("text", "opening", "reason"),
    [  # reading n7 of news written for development (tests/data/written/news5)
        (
            "American swimmer Michael Phelps this morning won his eighth gold medal of the "
            "Beijing Olympics. The win breaks the record of seven gold medals at a single Games, "
            "set by fellow American Mark Spitz at the 1972 Munich Olympics.",
            "The win",
            "definite 'The win' refers back",
        ),
        (  # reading n14 (news11): 'fell' tells of the fall, though a fall is mostly autumn
            "The Dow Jones Industrial Average fell 508 points on Monday. The fall was almost "
            "twice as large as the 12.8 percent decline of October 28, 1929.",
            "The fall",
            "definite 'The fall' refers back",
        ),
        (
            "Nine workers died in accidents during construction. Main construction began in "
            "1999, and the final section of rock was broken through in October 2010.",
            "Main construction",
            "'construction' of what",
        ),
        (  # reading n8 (textbook2): an event the text names here first
            "The canal was a bold idea. Construction began at Rome, New York, on July 4, 1817.",
            "Construction",
            "'Construction' of what",
        ),
    ],
)
def test_an_event_told_before_is_not_named_again(text: str, opening: str, reason: str) -> None:
    """'The win' after 'won', and 'Main construction' after 'during construction', are the
    events the text told of: which win, the construction of what?"""
    assert reason in (_leaning_in_text(text, opening) or "")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (  # no event before: the subject is the thing itself (tuning text, voyage/Lodz)
            "Łódź grew around the textile mills. Cotton was brought to Łódź in 1820.",
            "Cotton",
        ),
        (  # an event with whose it is stands alone
            "Nine workers died in accidents during construction. Construction of the tunnel "
            "began in 1999.",
            "Construction",
        ),
        (  # a named win says which
            "Phelps won again. The win at the Beijing Olympics broke the record set in 1972.",
            "The win",
        ),
    ],
)
def test_an_event_or_thing_that_says_which_stands_alone(text: str, opening: str) -> None:
    assert _leaning_in_text(text, opening) is None


@pytest.mark.parametrize(
    ("sentence", "dangling"),
    [  # reading n7 of news written for development (tests/data/written/news5)
        (
            "A first attempt on May 27, 2020 was called off less than 17 minutes before launch "
            "because of thunderstorms and the risk of lightning.",
            True,
        ),
        ("A second wave of the Spanish flu struck Philadelphia in 1919.", False),
        ("An only child, Jeanne Moreau was born in Paris in 1928.", False),
    ],
)
def test_one_of_a_series_the_statement_does_not_name_dangles(sentence: str, dangling: bool) -> None:
    """'A first attempt' of what? The launch it was one attempt at is in the text before."""
    assert (leaning(sentence) is not None) is dangling


@pytest.mark.parametrize(
    ("sentence", "key", "kind", "reason"),
    [  # reading n8 of texts written for development (tests/data/written)
        (
            "There, Martin Luther translated the New Testament into German, published in 1522.",
            (13, 14),
            "year",
            "pointing word 'There'",
        ),
        (
            "Pope Leo X responded with a papal bull in June 1520 that gave Luther sixty days to "
            "recant.",
            (9, 10),
            "year",
            "a response to something unsaid",
        ),
        (
            "The cost of shipping a ton of freight between Buffalo and New York City fell from "
            "about $100 to less than $10.",
            (16, 18),
            "money",
            "a change without its time",
        ),
        (
            "Participants were deceived and put under intense distress, and some critics, such as "
            "the psychologist Diana Baumrind in 1964, argued that the harm could not be justified.",
            (20, 21),
            "year",
            "'Participants' of what",
        ),
        (
            "Wallace described a theory almost identical to his own.",
            (0, 1),
            "person",
            "'own' without its noun",
        ),
        (
            "By 1840 the United States had more than 3,000 miles of them.",
            (6, 10),
            "count",
            "pronoun 'them'",
        ),
        (
            "The announcement was made in a short statement on state television by Vice "
            "President Omar Suleiman.",
            (13, 15),
            "person",
            "definite 'The announcement' refers back",
        ),
        (
            "All 109 members present voted in favour, while deputies representing Kosovo's Serb "
            "minority stayed away.",
            (1, 3),
            "count",
            "definite 'All 109 members' refers back",
        ),
        # reading n10: what the text named before
        (
            "The longest, the Summit Tunnel, was 1,659 feet long.",
            (7, 8),
            "count",
            "'The longest' refers back",
        ),
        ("The oldest, opened in 1883, runs up to Cerro Concepcion.", (5, 6), "year", "refers"),
        (
            "The Cubs last won the World Series in 1908, beating the Detroit Tigers.",
            (8, 9),
            "year",
            "relative time 'last'",
        ),
        (
            "President James Monroe signed the legislation on March 6, 1820.",
            (10, 11),
            "year",
            "the legislation",
        ),
    ],
)
def test_what_the_statement_leaves_unsaid_is_found(
    sentence: str, key: tuple[int, int], kind: str, reason: str
) -> None:
    tagged = tokens.tag(sentence)
    assert reason in (context.leaning(tagged, range(*key), context.NOTHING_TOLD, kind, {0}) or "")


@pytest.mark.parametrize(
    ("sentence", "key", "kind"),
    [
        ("There was a revolt in Zurich in 1523.", (6, 7), "year"),
        ("Pope Leo X responded to the theses with a papal bull in June 1520.", (11, 12), "year"),
        (  # how it answered says enough (tests/data/written/textbook)
            "Thomas Jefferson responded by sending James Monroe to France in 1802.",
            (9, 10),
            "year",
        ),
        (
            "The printing press let ideas spread faster than church authorities could respond.",
            (0, 0),
            "",
        ),
        ("Shipping costs fell from about $100 in 1817 to less than $10 in 1840.", (4, 6), "money"),
        ("Participants in the Milgram experiment were deceived in 1961.", (8, 9), "year"),
        ("Steve Jobs founded his own company in 1985.", (7, 8), "year"),
        (
            "Pennsylvania, Ohio, and Indiana borrowed heavily to build their own canals, and by "
            "1840 the United States had more than 3,000 miles of them.",
            (21, 24),
            "count",
        ),
        # an independent review's cases: another clause's plural, a chemical reaction, 'against'
        ("When canals opened, Ohio had 300 miles of them by 1840.", (9, 10), "year"),
        ("Chlorine reacts violently with sodium in 1 second.", (6, 8), "count"),
        ("Britain retaliated against France in 1793.", (5, 6), "year"),
        ("London grew from 1 million to 6 million during the 19th century.", (3, 5), "count"),
        ("The British army fought on its own in 1940.", (8, 9), "year"),
        ("A third party won 12 seats in 1912.", (5, 7), "count"),
        ("Passengers pay 3 euros for the ferry to Capri.", (2, 4), "money"),
    ],
)
def test_what_the_statement_says_itself_stands(
    sentence: str, key: tuple[int, int], kind: str
) -> None:
    tagged = tokens.tag(sentence)
    assert context.leaning(tagged, range(*key), context.NOTHING_TOLD, kind, {0, 1}) is None


def test_a_new_one_is_not_the_one_named_before() -> None:
    """Reading n8 (textbook2): 'the new government signed the Treaty of Brest-Litovsk' became
    'the Provisional Government signed', which the Bolsheviks had overthrown."""
    page = WRITTEN / "textbook2" / "05-russian-revolutions-1917.txt"
    written = written_sentences(page.read_text(encoding="utf-8"))
    treaty = next(s for s in written if "Brest-Litovsk" in s)
    assert "the new government signed the Treaty of Brest-Litovsk" in treaty


def test_a_person_the_statement_names_by_a_role_alone_is_someone_named_before() -> None:
    """Reading n8 (travel5): 'In which year was the singer born Farrokh Bulsara in Stone Town?'
    names no singer. The text's person nouns come from WordNet through the document."""
    text = (
        "Stone Town\\n\\nFreddie Mercury, the lead singer of Queen, spent his childhood here. "
        "The singer was born Farrokh Bulsara in Stone Town in 1946. "
        "The singer Freddie Mercury was born in Stone Town in 1946."
    )
    document = read(text, lexicon.load())
    assert "singer" in document.facts.person_nouns
    first, second = document.sentences[1], document.sentences[2]
    told = context.Told(person_nouns=document.facts.person_nouns)
    assert "definite 'The singer' refers back" in (
        context.leaning(list(first.tokens), range(0), told) or ""
    )
    assert context.leaning(list(second.tokens), range(0), told) is None


def test_a_title_that_opens_with_an_article_names_no_person() -> None:
    """Reading n9 (textbook3): the page 'The Columbian Exchange' was read as a life of 'The
    Columbian Exchange', and 'his fleet' became 'The Columbian Exchange's fleet'."""
    page = WRITTEN / "textbook3" / "01-columbian-exchange.txt"
    document = read(page.read_text(encoding="utf-8"), lexicon.load())
    assert document.topic.person != "The Columbian Exchange"
    assert not any("Columbian Exchange 's fleet" in s for s in written_sentences(page.read_text()))


def test_a_ruler_s_number_and_a_name_before_a_word_keep_it_short() -> None:
    """Reading n9 (textbook3): 'After Napoleon dissolved the Holy Roman Empire' became 'After
    Napoleon III dissolved', and 'The new German Empire' became 'The new German Holy Roman
    Empire'."""
    page = WRITTEN / "textbook3" / "03-unification-of-germany.txt"
    stems = [q.stem for q in generate(page.read_text(encoding="utf-8"), n=30)]
    assert stems
    assert not any("Napoleon III dissolved" in s or "German Holy Roman" in s for s in stems)
    facts = read(page.read_text(encoding="utf-8"), lexicon.load()).facts
    assert facts.display("person", "Napoleon") == "Napoleon"


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [  # reading n9 (travel6): a guide's entry whose only verb is a relative clause's
        (
            "A brick fort on Cockspur Island, about 25 km east, whose walls were breached by "
            "Union rifled cannon in 1862.",
            True,
        ),
        ("Lincoln, who was born in Kentucky, later moved to Illinois.", False),
        ("The man who won in 1990 died in 2000.", False),
        (  # reading n11 (travel8): the relative clause is an apposition's
            "Plaza de Toros Real de San Carlos, a bullring that opened in 1910 and closed only "
            "two years later when Uruguay banned bullfighting.",
            True,
        ),
        ("Colonia, a town that the Portuguese founded, changed hands in 1777.", False),
        # an independent review: a restrictive clause in the subject after an opening
        ("In 1910, a bullring that seated 10,000 people opened in Colonia.", False),
        ("On May 5, 1821, the emperor who had ruled France died on Saint Helena.", False),
        ("In 1869, the canal which joined the two seas opened to shipping.", False),
        ("Pedro, the emperor's son who stayed behind, declared independence in 1822.", False),
    ],
)
def test_a_sentence_whose_only_verbs_are_a_relative_clause_s_is_a_fragment(
    sentence: str, fragment: bool
) -> None:
    assert (filters.skip_reason(tokens.tag(sentence), False) == "fragment") is fragment


def test_an_event_the_text_names_with_the_alone_refers_back() -> None:
    """Reading n10 (textbook4): 'The final assault began in the early hours of May 29, ____'
    (on what?); 'the trans-Atlantic slave trade' says which trade."""
    events = {"assault", "trade"}
    final = tokens.tag("The final assault began in the early hours of May 29, 1453.")
    assert "refers back" in (
        context.leaning(final, range(11, 12), context.Told(event_nouns=events), "year") or ""
    )
    trade = tokens.tag("Europeans took part in the trans-Atlantic slave trade in the 1500s.")
    assert context.leaning(trade, range(11, 12), context.Told(event_nouns=events), "decade") is None


def test_still_stays_before_what_it_keeps_true() -> None:
    """Reading n10 (travel7): 'the oldest Spanish-language newspaper still published' lost
    'still' and meant the oldest ever published."""
    tagged = tokens.tag("El Mercurio is the oldest Spanish-language newspaper still published.")
    assert "still" in [t.text for t in context.without_pointing_adverbs(tagged)]
    also = tokens.tag("The fort still stands on the hill.")
    assert "still" not in [t.text for t in context.without_pointing_adverbs(also)]


@pytest.mark.parametrize(
    ("text", "opening", "reason"),
    [  # reading n11 of texts written for development (news9, textbook5, travel8)
        (
            "Scientists cloned a sheep by nuclear transfer. The technique is far from "
            "efficient: of 277 fused eggs, only 29 developed into embryos.",
            "The technique",
            "definite 'The technique' refers back",
        ),
        (
            "Astronomers disagreed about the size of the universe. The question was argued at "
            "a meeting in Washington on April 26, 1920.",
            "The question",
            "definite 'The question' refers back",
        ),
        (
            "British and French troops left by December 1956, and Israel withdrew from Sinai "
            "in March 1957.",
            "British",
            "a departure without its place",
        ),
        (
            "New financial institutions followed, including the Bank of England, founded in 1694.",
            "New",
            "a sequel to something unsaid",
        ),
        (  # reading n16 (news13): a time after 'followed' is no object
            "Fragments B and C followed early on July 17, 1994.",
            "Fragments",
            "a sequel to something unsaid",
        ),
        (
            "In 1898 Britain took a 99-year lease on the much larger New Territories.",
            "In 1898",
            "a comparison with something unsaid",
        ),
        (
            "At the top end, Amangalla occupies the former New Oriental Hotel, built in 1684.",
            "At the top end",
            "an end of a range unsaid",
        ),
        (
            "Beijing objected to reforms introduced by Mr Patten and at midnight replaced the "
            "elected Legislative Council.",
            "Beijing",
            "relative time 'midnight'",
        ),
        (  # reading n13 (written U.S. history and news)
            "Congress passed a series of reforms in response, including the Ethics in "
            "Government Act of 1978.",
            "Congress",
            "pointing word 'response'",
        ),
        (
            "Tata Steel, founded in 1907 at Jamshedpur, is a far smaller producer.",
            "Tata",
            "a comparison with something unsaid",
        ),
        (
            "A stronger law came only after more than one hundred people died in 1937.",
            "A stronger",
            "a comparison with something unsaid",
        ),
    ],
)
def test_what_a_statement_compares_or_follows_is_written_in_it(
    text: str, opening: str, reason: str
) -> None:
    """Reading n11: questions that named a technique, a question, a departure, a sequel, a
    comparison, the end of a range or a time of day without saying of what."""
    assert reason in (_leaning_in_text(text, opening) or "")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Israel withdrew from Sinai in March 1957.", "Israel"),
        ("Portuguese traders reached Calicut, which they left in 1498.", "Portuguese"),
        ("The Boer War was followed by a famine in 1902.", "The Boer"),
        ("Since the coup of 2021 and the conflict that followed, few tourists came.", "Since"),
        ("Famine followed the Boer War in 1902.", "Famine"),
        ("In 1898 Britain leased the New Territories, larger than Kowloon.", "In 1898"),
        ("The younger brother of Henry V died in 1435.", "The younger"),
        ("At the end of the war in 1945, Japan surrendered.", "At the end"),
        ("At midnight on June 30, 1997, Britain handed Hong Kong to China.", "At midnight"),
        # an independent review's sentences: objects, a remaining 'left', a clause before
        ("A 7.2 earthquake left 6,434 people dead in and around Kobe in 1995.", "A 7.2"),
        ("Hurricane Katrina left many homeless in 2005.", "Hurricane"),
        ("Gorbachev withdrew 500,000 troops in 1989.", "Gorbachev"),
        ("Napoleon's army left behind 2,000 wounded men in 1812.", "Napoleon"),
        ("By 1890, fewer than 1,000 American bison were left.", "By 1890"),
        ("Hemingway returned to Paris in 1944, a city Hemingway had left in 1928.", "Hemingway"),
        ("After Nasser's death in 1970, a power struggle followed.", "After"),
        ("After the assassination of Franz Ferdinand in June 1914, war ensued.", "After"),
        ("Parliament passed the Stamp Act in 1765, and riots followed in Boston.", "Parliament"),
        (
            "Indira Gandhi followed in Nehru's footsteps and became prime minister in 1966.",
            "Indira",
        ),
        ("Tata Motors followed up with the purchase of Jaguar in 2008.", "Tata"),
        ("For the better part of a century Galle was ruled by Portugal, from 1505.", "For"),
        ("Japan opened to the wider world in 1868.", "Japan"),
        ("Congress passed the Meat Inspection Act in 1906 in response to it.", "Congress"),
        ("Tata Steel is a far smaller producer than Corus, and was founded in 1907.", "Tata"),
        ("Britain wanted a larger share of trade in 1840.", "Britain"),
        ("A smaller version of the engine was built at Derby in 1925.", "A smaller"),
        ("On June 30, 1997, at midnight, Britain handed Hong Kong to China.", "On June"),
        ("Apollo 11 lifted off at noon from Cape Kennedy on July 16, 1969.", "Apollo"),
        ("The Toshogu shrine in Nikko opens at dawn and closes at 5 pm.", "The Toshogu"),
        ("Workers struck for shorter hours in June 1867.", "Workers"),
        ("In 1961 Germany stopped the flow of people to the West.", "In 1961"),
        ("In 1575 Portugal founded Luanda to the south of Kongo.", "In 1575"),
    ],
)
def test_what_a_statement_compares_or_follows_may_be_written_in_it(text: str, opening: str) -> None:
    assert _leaning_in_text(text, opening) is None


@pytest.mark.parametrize(
    ("text", "opening", "refers_back"),
    [
        (  # reading n11 (news9): a place after the verb says where, not which companies
            "Tata bought the companies from Ford. About 16,000 people work for the two "
            "companies in the United Kingdom.",
            "About",
            True,
        ),
        (  # an independent review: in the subject, a name after 'in' says which
            "Both sides suffered heavy losses. The two sides in the Korean War signed an "
            "armistice in 1953.",
            "The two",
            False,
        ),
        (
            "The government has branches. The Constitution set up the three branches of "
            "government in 1787.",
            "The Constitution",
            False,
        ),
    ],
)
def test_a_counted_definite_of_things_named_before_refers_back(
    text: str, opening: str, refers_back: bool
) -> None:
    found = _leaning_in_text(text, opening)
    assert (found is not None and "refers back" in found) is refers_back, found


@pytest.mark.parametrize(
    ("sentence", "people", "dangling"),
    [  # reading n12 (written world history and lives)
        ("after the ransom was collected, Pizarro had him executed in July 1533.", {6}, True),
        (
            "In the fifteenth century, colonists began cultivating it on Madeira by 1450.",
            set(),
            True,
        ),
        ("Lincoln's father took him to Indiana in 1816.", {0}, False),
        ("When Grant arrived in 1864, the council gave him a sword.", {1}, False),
        ("Bernoulli went to Russia, and an illness in 1733 gave him an excuse.", {0}, False),
        ("After buying the farm in 1850, Lincoln sold it.", {7}, False),
        # an independent review: a person of another clause, 'her' tagged as a possessive,
        # a month or a plural time in the opening
        ("When Grant arrived in 1864, Lincoln gave him command.", {1, 6}, False),
        ("In 1536 Henry VIII had her executed.", {2, 3}, True),
        ("In May 1420, colonists began cultivating it on Madeira.", set(), True),
        # a third review: 'her' before an adverb is a possessive
        ("Amelia Earhart made her very first solo flight in 1930.", {0, 1}, False),
    ],
)
def test_an_object_pronoun_does_not_stand_for_its_own_subject_or_a_time(
    sentence: str, people: set[int], dangling: bool
) -> None:
    tagged = tokens.tag(sentence)
    year = next(i for i, t in enumerate(tagged) if t.text[:1].isdigit())
    found = context.leaning(tagged, range(year, year + 1), context.NOTHING_TOLD, "year", people)
    assert (found is not None and "pronoun" in found) is dangling, found


@pytest.mark.parametrize(
    ("sentence", "key", "kind", "reason"),
    [  # reading n12 (written world history)
        ("Fewer than 5 percent landed in North America.", "5", "percentage", "amount of"),
        ("Seoul fell within three days.", "three", "count", "time from"),
        ("Nearly 800,000 pieds-noirs fled to France within months.", "800,000", "count", "time"),
        (
            "For the next five centuries, no single state would unite South Asia.",
            "five",
            "count",
            "relative time",
        ),
        ("About 36,000 Americans died in the war of 1950.", "36,000", "count", None),
        ("Seoul fell within three days of the invasion of 1950.", "three", "count", None),
        ("In 1947, India began the next five years of planning.", "1947", "year", None),
        # an independent review's sentences
        ("Mandela said that 27 years in prison had taught patience.", "27", "count", None),
        (
            "Caesar crossed the Rubicon in 49 BC and within three months controlled Italy.",
            "three",
            "count",
            None,
        ),
        ("By 1260 the Mongol army stood within two days' march of Cairo.", "two", "count", None),
        (
            "Of the 270 men who sailed with Magellan, only 18 returned to Spain.",
            "18",
            "count",
            None,
        ),
        # a third review: an 'and' inside the subject is no earlier event
        ("Lewis and Clark reached the Pacific within 18 months.", "18", "count", "time from"),
    ],
)
def test_an_amount_or_time_of_something_unsaid_does_not_stand_alone(
    sentence: str, key: str, kind: str, reason: str | None
) -> None:
    tagged = tokens.tag(sentence)
    at = next(i for i, t in enumerate(tagged) if t.text == key)
    span = range(at, at + (2 if kind == "percentage" else 1))
    found = context.leaning(tagged, span, context.NOTHING_TOLD, kind)
    assert (found is None) if reason is None else (reason in (found or "")), found


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [  # reading n14 (news11): the French side of what? (the Channel Tunnel, unnamed)
        (
            "On the French side the trains will reach speeds of 300 kilometres an hour.",
            "definite 'the French side' refers back",
        ),
        ("The French government approved the tunnel in 1986.", None),
        ("About 5,000 Irish soldiers fought on the Confederate side in 1863.", None),
    ],
)
def test_a_country_s_side_says_of_what(sentence: str, reason: str | None) -> None:
    tagged = tokens.tag(sentence)
    figure = next(i for i, t in enumerate(tagged) if t.tag == "CD")
    found = context.leaning(tagged, range(figure, figure + 1), context.NOTHING_TOLD, "count")
    assert found == reason


@pytest.mark.parametrize(
    "sentence",
    [  # reading n15 (travel9, news12): which lake? which experience?
        "On the lakefront, the village of Ohinemutu has a church built in 1914.",
        "Nelson Mandela wrote about the experience for years.",
    ],
)
def test_a_front_or_an_experience_refers_back(sentence: str) -> None:
    assert "refers back" in (leaning(sentence) or "")


def test_an_adjective_after_followed_begins_its_object() -> None:
    """An independent review: 'followed early traders' has an object; 'early on' does not."""
    tagged = tokens.tag("In 1840 the missionaries followed early traders into the interior.")
    assert context.leaning(tagged, range(1, 2), context.NOTHING_TOLD, "year") is None
