"""The whole pipeline on the seed article and the development set."""

from __future__ import annotations

import datetime
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.generator import (
    Question,
    answers,
    checks,
    clauses,
    document,
    entities,
    generate,
    lexicon,
    pipeline,
    resources,
    text,
    tokens,
    worth,
)
from quiz.generator.pipeline import default_count, run


def test_seed_gives_at_most_the_default_count_and_says_why_it_gives_fewer(
    seed_text: str, seed_questions: list[Question]
) -> None:
    assert default_count(seed_text) == 6  # 617 words
    result = run(seed_text, document="bbc-2022-02-04-ukraine.txt")
    assert result.questions == seed_questions
    assert 3 <= len(seed_questions) <= 6
    assert len({q.stem for q in seed_questions}) == len(seed_questions)
    if len(seed_questions) < 6:
        assert f"{len(seed_questions)} of 6 questions" in result.note


def test_a_text_repeated_says_its_other_sentences_repeat_the_questions(seed_text) -> None:
    """A paragraph pasted many times has many usable sentences but few distinct questions:
    the note said 'only 548 of 9318 sentences state a fact' beside one question."""
    result = run("\n\n".join([seed_text] * 8))
    assert result.usable_sentences > len(result.questions)
    assert "would repeat a question already asked" in result.note
    assert "only" not in result.note


def test_seed_keys_include_the_facts_of_the_article(seed_text: str) -> None:
    keys = {q.answer for q in generate(seed_text, n=30)}
    assert {"2,000", "100,000"} <= keys
    assert keys & {"1949", "12"}  # one question per sentence: NATO's year or its founders


def test_seed_questions_pass_every_check(seed_questions: list[Question]) -> None:
    for i, question in enumerate(seed_questions):
        assert checks.item_problems(question, 4) == [], question
        assert checks.set_problems(question, seed_questions[:i]) == [], question


def test_questions_are_ranked_and_keep_their_provenance(
    seed_text: str, seed_questions: list[Question]
) -> None:
    scores = [q.score for q in seed_questions]
    assert scores == sorted(scores, reverse=True)
    for question in seed_questions:
        source = question.source
        assert source.document == "bbc-2022-02-04-ukraine.txt"
        original = seed_text[source.start : source.end]
        assert " ".join(text.clean(original).text.split()) == source.sentence


def test_same_seed_same_questions(seed_text: str, seed_questions: list[Question]) -> None:
    again = generate(seed_text, document="bbc-2022-02-04-ukraine.txt")
    assert again == seed_questions


def test_key_positions_are_balanced(devset: Callable[[str], str]) -> None:
    questions = generate(devset("albert-einstein.txt"), n=30)
    positions = Counter(q.answer_index for q in questions)
    assert set(positions) == {0, 1, 2, 3}
    # some years can only come first or last ('at the age of 16'); the others make up for them
    assert max(positions.values()) - min(positions.values()) <= 1


@pytest.mark.parametrize("choices", [2, 3, 5])
def test_number_of_options_and_questions(devset: Callable[[str], str], choices: int) -> None:
    questions = generate(devset("albert-einstein.txt"), n=4, choices=choices)
    assert len(questions) == 4
    assert all(len(q.options) == choices for q in questions)
    assert all(checks.item_problems(q, choices) == [] for q in questions)


def test_bad_arguments_are_refused(seed_text: str) -> None:
    with pytest.raises(ValueError, match="two options"):
        generate(seed_text, choices=1)
    with pytest.raises(ValueError, match="negative"):
        generate(seed_text, n=-1)


def test_no_usable_sentence_gives_no_question() -> None:
    assert generate("Hello there. Are you well?") == []
    assert generate("") == []


def test_every_devset_document_gives_valid_questions(devset: Callable[[str], str]) -> None:
    for name in ("andorra.txt", "apollo-11.txt", "albert-einstein.txt", "angola.txt"):
        questions = generate(devset(name), document=name)
        assert len(questions) >= 3, name
        assert all(checks.item_problems(q, 4) == [] for q in questions)


def test_without_wordnet_the_generator_still_works_and_says_so(
    seed_text: str, tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(resources.DATA_ENV, str(tmp_path))
    monkeypatch.setattr(resources, "wordnet_source", lambda: None)
    lexicon.load.cache_clear()
    resources._warn_once.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            questions = generate(seed_text)
            generate(seed_text)
        assert (
            sum("WordNet data not found or out of date" in r.message for r in caplog.records) == 1
        )
        assert len(questions) >= 3
        assert all(checks.item_problems(q, 4) == [] for q in questions)
    finally:
        lexicon.load.cache_clear()


@pytest.mark.parametrize(
    "sentence",
    [  # tuning-part sentences whose questions the blind readers rejected
        "Pierre L'Enfant and Alexander Hamilton exchanged letters from 1790 to 1801.",
        "The Warhol Program started in 2007, the 20th anniversary of Warhol's death.",
        "A runway that provides airline transportation was only constructed in 1999.",
        "Collections include Polaroids of people who have not yet had their fifteen minutes "
        "of fame.",
        "One study of Spanish learners found no changes after either 2 or 4 years.",
        "By the thirteenth century, Islam had spread into the region of Lake Chad and the "
        "Kingdom of Kanem by way of trans-Saharan trade.",
        "By the middle of the thirteenth century, the colonies of Genoa stretched from the "
        "Crimea to Cyprus.",  # after a tuning-part sentence, 'by the middle of the eighteenth
        "Like most U.S. cities, Cleveland proper began to lose population to suburban areas in "
        "the 1960s and 1970s.",
        "The six studies tested L2 learners after periods of 1 month to 50 years of limited L2 "
        "exposure.",
        "About 87 percent of households in Ghana used electricity from March to August 2011.",
    ],
)
def test_no_question_on_a_range_end_a_computable_year_an_idiom_an_unnamed_subject_or_a_bound(
    sentence: str,
) -> None:
    keys = {q.answer for q in generate(sentence, n=5)}
    assert not keys & {
        "1790",
        "1801",
        "1987",
        "20th",
        "1999",
        "fifteen",
        "2",
        "4",
        "thirteenth",
        "1970s",
        "August 2011",
    }


@pytest.mark.parametrize(
    ("sentence", "items"),
    [  # the shape of a held-out sentence that gave 'in ____, 1964, and 1970' (key 1958)
        (
            "Mexico hosted the Olympic Games and the World Cup in 1958, 1964, and 1970 in its "
            "capital.",
            {"1958", "1964", "1970"},
        ),
        (
            "Tokyo was chosen to host the Summer Olympics in 1940, 1964 and 2020.",
            {"1940", "1964", "2020"},
        ),
    ],
)
def test_no_key_is_taken_from_a_list_of_numbers(sentence: str, items: set[str]) -> None:
    tagged = tuple(tokens.tag(sentence))
    listed = [a for a in answers.find(list(tagged), []) if a.text in items]
    assert {a.text for a in listed} == items
    assert not [a.text for a in listed if worth.worth_asking(tagged, a)]
    made = run(sentence, n=5, threshold=0, spares=10)
    assert not {q.answer for q in made.questions + made.spares} & items


def test_a_number_beside_a_date_or_a_year_is_no_list() -> None:
    dated = "On July 4, 1776, 56 delegates of the Continental Congress adopted the Declaration."
    assert "July 4, 1776" in {q.answer for q in run(dated, n=5, threshold=0).questions}
    counted = "In 1944, 150,000 Allied troops landed in Normandy and 2,000 ships crossed."
    made = run(counted, n=5, threshold=0, spares=10)
    assert {"1944", "2,000"} <= {q.answer for q in made.questions + made.spares}


def test_a_long_sentence_gives_its_parts_instead_of_nothing() -> None:
    sentence = (
        "In 1947, Secretary of State George C. Marshall called for economic assistance to "
        "rebuild postwar Europe, which had been devastated by six years of war, bombing, "
        "occupation and the flight of millions of refugees across the continent from east to "
        "west; in 1948 Congress approved the Economic Cooperation Act, which would eventually "
        "pump twelve billion dollars into the economies of Western Europe."
    )
    assert len(sentence.split()) > 50
    questions = generate(sentence, n=5)
    assert questions and all(len(q.stem.split()) <= 50 for q in questions)


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [  # tuning-part sentences: readers accepted centuries and 2 of 9 other ordinals
        (
            "Ruse has argued that an evolutionary account of morality suggests that there are "
            "no moral facts in the first place.",
            None,
        ),
        (
            "The Kushite leadership fled Thebes and reconstituted their kingdom at a new "
            "capital, Meroe, located well south of the fifth cataract.",
            None,
        ),
        ("Kiara Perkins was a second year USI art major.", None),
        (
            "White settlers discovered the remnants of the Hohokam culture in the 19th century.",
            "19th",
        ),
    ],
)
def test_an_ordinal_key_ranks_only_centuries_and_millennia(
    sentence: str, ordinal: str | None
) -> None:
    made = run(sentence, n=5, threshold=0).questions
    assert {q.answer for q in made if q.kind == "ordinal"} == ({ordinal} if ordinal else set())


def test_no_person_key_whose_surname_the_stem_writes() -> None:

    tagged = tokens.tag(  # a tuning-part sentence
        "The U.S. effort led to the creation of the European Recovery Program, named the "
        "Marshall Plan for Secretary of State George C. Marshall."
    )
    names = entities.find(tagged, lexicon.load())
    key = next(a for a in answers.find(tagged, names) if a.text == "George C. Marshall")
    assert worth.gives_away(tuple(tagged), key, names, [])
    other = tokens.tag("The European Recovery Program was proposed by George C. Marshall.")
    names = entities.find(other, lexicon.load())
    key = next(a for a in answers.find(other, names) if a.text == "George C. Marshall")
    assert not worth.gives_away(tuple(other), key, names, [])


@pytest.mark.parametrize(
    ("sentence", "given_away"),
    [  # reading n7 of news written for development (tests/data/written/news5)
        (
            "Google has a history of April Fool's pranks, and on April 1, 2004 it posted a job "
            "advertisement for a research centre on the Moon.",
            True,
        ),
        ("Gmail was announced on April 1, 2004, and many readers took it for a joke.", False),
        ("The Christmas truce began on December 24, 1914 in parts of Flanders.", True),  # month
        ("The truce began on November 11, 1918 in parts of Flanders.", False),
        ("The truce began on Christmas Eve, December 24, 1914, in Flanders.", True),
        (  # the day written first; a name that begins with a day's word
            "Google has a history of April Fool's pranks, and on 1 April 2004 it posted a job "
            "advertisement.",
            True,
        ),
        ("Dutch sailors reached Christmas Island on December 25, 1643.", False),
    ],
)
def test_a_date_key_is_not_the_day_the_stem_names(sentence: str, given_away: bool) -> None:
    tagged = tokens.tag(sentence)
    names = entities.find(tagged, lexicon.load())
    key = next(a for a in answers.find(tagged, names) if a.kind == "date" and a.text[-1].isdigit())
    assert worth.gives_away(tuple(tagged), key, names, []) is given_away


def test_a_person_written_with_a_middle_initial_is_the_one_wordnet_knows() -> None:
    known = lexicon.load()
    assert known.person("George C. Marshall") == known.person("George Marshall")
    assert known.person("George C. Marshall") is not None
    assert known.person("Pancho X. Nobody") is None


def test_a_biography_s_subject_named_by_surname_alone_is_a_pronoun_s_antecedent() -> None:
    text = (  # after a tuning-part biography, given its subject's full name once
        "Yuen Ren Chao was born in Tianjin in 1892. He studied mathematics at Cornell "
        "University. He later taught linguistics at Harvard. In 1945, Chao served as president "
        "of the Linguistic Society of America, and a special issue of the society's journal "
        "Language was dedicated to him in 1966."
    )
    made = {q.answer: q.stem for q in run(text, n=10, threshold=0).questions}
    assert "Yuen Ren Chao served as president" in made["1945"]


def test_a_life_that_never_names_its_subject_in_full_asks_nothing_of_them() -> None:
    """The tuning-part life of Chao writes only 'Chao': blind readers rejected each of its
    stems ('Chao alone does not identify Yuen Ren Chao'). The note says why."""
    text = (
        "Chao was born in Tianjin in 1892. He studied mathematics at Cornell University. He "
        "later taught linguistics at Harvard. In 1945, Chao served as president of the "
        "Linguistic Society of America, and a special issue of the society's journal Language "
        "was dedicated to him in 1966."
    )
    result = run(text, n=10, threshold=0)
    assert not any("Chao" in q.stem for q in result.questions)
    assert "never writes its subject's full name ('Chao')" in result.note


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [  # tuning-part textbook and news sentences: readers asked which Díaz, what Discovery is
        (
            "The revolution began in 1910 against the presidency held continuously since 1884 by "
            "the dictatorial Porfirio Díaz, whose regime had favored wealthy landowners. In 1911, "
            "Díaz was forced to resign and went into exile.",
            "1911",
            "Porfirio Díaz was forced to resign",
        ),
        (
            "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center. "
            "Discovery has been retired following the completion of STS-133 in March 2011, its "
            "39th mission.",
            "March 2011",
            "Space Shuttle Discovery has been retired",
        ),
        (  # a name of two words shortened to its first
            "Over the course of the 1730s, Nader Afshar, one of the Safavid vassals, established "
            "himself as a strong military ruler. In 1736, Nader deposed the infant Abbas III and "
            "crowned himself shah.",
            "1736",
            "Nader Afshar deposed the infant Abbas III",
        ),
    ],
)
def test_a_name_the_text_shortened_is_written_as_introduced(
    text: str, key: str, written: str
) -> None:
    made = {q.answer: q.stem for q in run(text, n=10, threshold=0).questions}
    assert written in made[key], made


def test_a_name_written_alone_before_a_longer_one_stays_as_written() -> None:
    """'Vava'u' is the island group, 'Utu Vava'u' one place in it (tuning-part travel text)."""
    text = (
        "Vava'u is a group of more than 50 islands in Tonga. Ferries leave from Utu Vava'u "
        "twice a week. In 1781, Vava'u was first visited by Spanish sailors."
    )
    made = {q.answer: q.stem for q in run(text, n=10, threshold=0).questions}
    assert "Utu" not in made["1781"], made


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [  # tuning-part biography and textbook sentences, each refused for its pronoun before
        (
            "Zaha Hadid\n\nZaha Hadid was an Iraqi-born British architect. She studied "
            "mathematics in Beirut. In 2012, she was made a Dame for services to architecture, "
            "and in 2015 she became the first and only woman to be awarded the Royal Gold Medal "
            "from the Royal Institute of British Architects.",
            "2015",
            "Zaha Hadid became the first and only woman",
        ),
        (
            "In 1862, William appointed a conservative prime minister, Otto von Bismarck. "
            "Bismarck's efforts culminated in the formation of a unified Germany, and on January "
            "18, 1871, he was appointed Imperial Chancellor of the German Empire.",
            "1871",
            "Otto von Bismarck",
        ),
        (
            "Daniel Bernoulli\n\nDaniel Bernoulli was a Swiss mathematician. He studied "
            "medicine at Basel. In May, 1750 he was elected a Fellow of the Royal Society.",
            "1750",
            "Daniel Bernoulli was elected a Fellow",
        ),
    ],
)
def test_a_pronoun_after_a_year_or_in_a_later_clause_is_written_as_its_person(
    text: str, key: str, written: str
) -> None:
    made = [q for q in run(text, n=10, threshold=0).questions if key in q.answer]
    assert made and written in made[0].stem, [q.stem for q in made]


def test_he_after_a_ruler_named_with_their_number_is_that_ruler() -> None:
    """Reading n19 (tests/data/written/textbook9): 'Abbas I' was a name of unknown type, so
    'He first made peace ... in 1590' had no person to stand for; a ruler's number also says
    who someone is, as a role does ('Fernando VII', whom WordNet does not know)."""
    text = (
        "In 1588, Abbas I came to the throne at the age of sixteen. He first made peace with "
        "the Ottomans in 1590, even at the cost of giving up land. In 1820, Spanish liberals "
        "succeeded in forcing Fernando VII to reinstate the liberal Cádiz Constitution of 1812."
    )
    made = {q.answer: q.stem for q in run(text, n=10, threshold=0).questions}
    assert "Abbas I first made peace" in made["1590"], made
    assert any("forcing Fernando VII to reinstate" in stem for stem in made.values()), made


def test_the_text_s_subject_is_written_in_full_even_when_read_as_a_verb() -> None:
    """After a tuning-part news story: readers asked 'which Mohamed?' of 'On ____ Mohamed
    received ...', where the tagger had read 'Mohamed' as a past tense and the name as no
    person. (The story's own day is no longer asked of so minor an event: a month is.)"""
    text = (
        "Texas student Ahmed Mohamed inspires movement\n\nTuesday, September 22, 2015\n\n"
        "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school after he "
        "brought a clock he had made. After the arrest, Mohamed received support online. "
        "In May 2015, Mohamed received VIP attention at Google headquarters in California, and "
        "tomorrow he plans to meet dignitaries at the United Nations headquarters. "
        "Mohamed said he was grateful, and he thanked his supporters."
    )
    made = [q for q in run(text, n=10, threshold=0).questions if q.kind == "date"]
    assert any("Ahmed Mohamed receive" in q.stem and "VIP" in q.stem for q in made), made


def test_citation_marks_go_and_an_age_needs_a_time() -> None:
    """Tuning-part biographies from Wikipedia: '[3] Goode was educated at ...' was a fragment
    for its leading mark, and once marks went, '[23] He was 20 years old.' asked 'How old was
    Évariste Galois?' with no time."""
    life = (
        "Matthew Goode\n\nMatthew Goode is an English actor. [3] Goode was educated at Exeter "
        "School, [4] followed by the University of Birmingham, which he left in 1999. He first "
        "acted at the age of 20 in 1998. Goode was 31 years old."
    )
    made = run(life, n=10, threshold=0).questions
    assert any(q.answer == "1999" and "[" not in q.stem for q in made), [q.stem for q in made]
    assert "31" not in {q.answer for q in made}


def test_a_list_of_citation_marks_leaves_no_commas_and_a_counted_phrase_needs_its_referent() -> (
    None
):
    """A tuning-part academic text: '... or lexical abilities [22], [23].' had left 'lexical
    abilities,.', and 'The six studies tested ...' became 'The ____ studies tested ...' (which
    studies?: tuning readings t13 and t14)."""
    cited = (
        "The six studies tested L2 learners after periods of 1 month to 50 years of limited L2 "
        "exposure, mainly on general language skills [17], [18], [21], though also on more "
        "specific paradigms meant to target aspects of grammatical abilities [17], [18] or "
        "lexical abilities [22], [23]."
    )
    written = " ".join(t.text for t in document.read(cited, lexicon.load()).sentences[0].tokens)
    assert "skills , though" in written and "abilities or lexical abilities ." in written
    assert "[" not in written and ", ." not in written
    earlier = "We are aware of six studies designed to investigate limited exposure. " + cited
    assert "six" not in {q.answer for q in run(earlier, n=5, threshold=0).questions}


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # tuning-part news: the text's own stray comma, and a reporting aside that keeps both
        (
            "The Internet security firm Secunia.com, has said that as of March 4, 2011, IE6 has "
            "277 vulnerabilities.",
            "Secunia.com has said",
        ),
        (
            "Institutional recipients, said Mauer, received over 28,000 photographs in 2007.",
            "recipients, said Mauer,",
        ),
    ],
)
def test_a_comma_between_subject_and_verb_goes(text: str, kept: str) -> None:
    assert kept in _as_read(text)


def _as_read(text: str) -> str:
    """The first sentence of *text* as the generator reads it, commas set back."""
    tokens = document.read(text, lexicon.load()).sentences[0].tokens
    return " ".join(t.text for t in tokens).replace(" ,", ",")


@pytest.mark.parametrize(
    ("text", "written"),
    [  # reading n14 (news written for development): how old, and when?
        (
            'Emmerson Mnangagwa, 75, known as "the Crocodile", was security minister in the '
            "1980s and vice president from 2014.",
            'Emmerson Mnangagwa, known as " the Crocodile ", was security minister',
        ),
        (
            "Ben Johnson, 26, handed over his medal to Canadian officials and left Seoul.",
            "Ben Johnson handed over his medal",
        ),
        (  # an independent review: a name set between commas keeps its closing comma; a
            # list of people loses each age; places are no people
            "Its leader, Emmerson Mnangagwa, 75, said the army would stay loyal.",
            "Its leader, Emmerson Mnangagwa, said the army",
        ),
        (
            "The victims included John Smith, 34, and Mary Jones, 29.",
            "The victims included John Smith and Mary Jones .",
        ),
        (
            "The attack killed 12 people in Paris, 11, Nice, 86, and Brussels, 32.",
            "in Paris, 11, Nice, 86, and Brussels, 32 .",
        ),
        (  # a second review: an opening phrase is no apposition; places of two words
            "After the match, Ben Johnson, 26, handed over his medal.",
            "After the match, Ben Johnson handed over his medal",
        ),
        (
            "Deaths were reported in New York, 11, Los Angeles, 86, and San Francisco, 32.",
            "New York, 11, Los Angeles, 86, and San Francisco, 32",
        ),
        (  # a third review: an opening phrase before an apposition; places of both kinds
            "In 2017 the party's leader, Emmerson Mnangagwa, 75, said he would run.",
            "leader, Emmerson Mnangagwa, said he would run",
        ),
        ("Cases rose in New York, 11, and in Boston, 4.", "New York, 11, and in Boston, 4"),
        (  # no age: a number after a number, or after a common noun
            "Apollo 11, 12, 14, 15, 16 and 17 landed on the Moon between 1969 and 1972.",
            "Apollo 11, 12, 14, 15, 16 and 17 landed",
        ),
        (
            "The rules allowed teams of 11, 12 or 15 players.",
            "teams of 11, 12 or 15 players",
        ),
    ],
)
def test_an_age_beside_a_name_goes(text: str, written: str) -> None:
    assert written in _as_read(text)


def test_a_year_that_opens_two_clauses_is_asked_of_both() -> None:
    """Tuning-part textbook: the first clause alone named no place (reading t14: 'the 1641
    defeat of the Portuguese was at Malacca'). A year of one clause only still asks of it."""
    made = {
        q.answer: q.stem
        for q in run(
            "In 1641, the Dutch and troops from Johor defeated the Portuguese, and the Dutch "
            "East India Company took control of Malacca. The population of Buenos Aires "
            "quadrupled in the last half of the eighteenth century, and merchants and civic "
            "leaders took pride in their growing prosperity.",
            n=10,
            threshold=0,
        ).questions
    }
    assert made["1641"].endswith("took control of Malacca."), made
    assert made["eighteenth"].endswith("____ century."), made


@pytest.mark.parametrize(
    ("text", "asked", "not_asked"),
    [  # tuning readings t13 and t14 rejected the year of a market share and of a survey
        ("Lodz had 500,000 inhabitants in 1913.", "500,000", "1913"),
        ("In 2010, the population of Phoenix was 1,445,632.", None, "2010"),
        ("In 1920, the census counted 54 million Americans living in cities.", None, "1920"),
        (  # an event's year stays: an election is dated, not a figure
            "In 1994, Nelson Mandela won 62 percent of the vote in South Africa's first "
            "multiracial election.",
            "1994",
            None,
        ),
        (  # t13 rejected the day of 'as of ____' as trivia; a version ends a name, not a count
            "The Internet security firm Secunia has said that as of March 4, 2011, Internet "
            "Explorer 6 has 277 vulnerabilities.",
            "277",
            "March 4, 2011",
        ),
        (
            "As of January 2020, the Toronto YouTube channel of Jenna Mourey had 19 million "
            "subscribers.",
            "19 million",
            "January 2020",
        ),
        (  # reading n9 (textbook3): the year of an average, given away by the next one
            "In 2021, the Consumer Price Index averaged about 271, and in 2022, about 293, "
            "which means prices rose by roughly 8 percent.",
            None,
            "2021",
        ),
    ],
)
def test_the_year_of_a_figure_is_not_asked(
    text: str, asked: str | None, not_asked: str | None
) -> None:
    keys = {q.answer for q in run(text, n=5, threshold=0).questions}
    assert asked is None or asked in keys, keys
    assert not_asked not in keys


@pytest.mark.parametrize(
    ("text", "written"),
    [  # a tuning-part textbook sentence had lost its only comma before 'who' with 'however'
        (
            "The U.S. invasion damaged U.S. relations with Carranza, however, who refused to "
            "countenance the insult to Mexican sovereignty.",
            "relations with Carranza , who refused",
        ),
        ("The war, however, ended in 1918.", "The war ended in 1918"),
        ("Wilson argued, however, that the treaty was fair.", "Wilson argued that the treaty"),
    ],
)
def test_a_linking_aside_leaves_the_comma_a_relative_clause_needs(text: str, written: str) -> None:
    tokens = document.read(text, lexicon.load()).sentences[0].tokens
    assert written in " ".join(t.text for t in tokens)


@pytest.mark.parametrize(
    ("text", "key", "wanted", "unwanted"),
    [  # an independent review of this session's rules: each had given a false or lost stem
        (
            "Ciudad Juárez lies across the border from El Paso. In 1858, Juárez became president "
            "of Mexico.",
            "1858",
            "Juárez",
            "Ciudad",
        ),
        (
            "The Holy Roman Empire lasted until 1806. In 1871, Bismarck proclaimed the Empire at "
            "Versailles.",
            "1871",
            "proclaim the Empire",
            "Holy Roman Empire at",
        ),
        (
            "In 1641, the Dutch and troops from Johor defeated the Portuguese, and the British "
            "East India Company took control of Malacca in 1824.",
            "1824",
            "Malacca",
            "1641",
        ),
        (
            "The Great Fire, recalled the diarist Samuel Pepys, began in a bakery on Pudding Lane "
            "in 1666.",
            "1666",
            "The Great Fire, recalled",
            "Fire recalled",
        ),
        ("Unemployment in Spain rose in July to 26 percent in 2013.", "26 percent", "July", "X"),
    ],
)
def test_review_counter_examples_keep_their_stems(
    text: str, key: str, wanted: str, unwanted: str
) -> None:
    made = {q.answer: q.stem for q in run(text, n=5, threshold=0).questions}
    assert wanted in made[key] and unwanted not in made[key], made


def test_a_decade_opening_without_a_comma_leaves_a_main_clause() -> None:
    """'In the 1960s Hadid attended boarding schools ...' (tuning part) had no main clause."""
    text = "In the 1960s Zaha Hadid attended boarding schools in England and Switzerland."
    assert "1960s" in {q.answer for q in run(text, n=5, threshold=0).questions}


def test_review_counter_examples_give_no_false_stem() -> None:
    """An independent review of this session's rules: each text had given a stem that says
    something false or asks what every option answers."""
    honda = (  # the subject's surname is also his firm's name
        "Soichiro Honda\n\nSoichiro Honda was a Japanese engineer. He was born in 1906. He "
        "founded the Honda Motor Company in 1948. In 2015, Honda sold 4.7 million cars "
        "worldwide. He died in 1991."
    )
    assert not any("Soichiro Honda sell" in q.stem for q in run(honda, n=8, threshold=0).questions)
    spring = "By spring 1945, the Soviet army had reached the Oder river near Berlin."
    assert "1945" not in {q.answer for q in run(spring, n=5, threshold=0).questions}
    office = (
        "The Treaty of Versailles was signed in 1919. Woodrow Wilson was then president of the "
        "United States."
    )
    assert "Woodrow Wilson" not in {q.answer for q in run(office, n=5, threshold=0).questions}


@pytest.mark.parametrize(
    ("text", "key"),
    [  # a second independent review: each question had several true options
        (  # every peer of the key's field and country fits the description
            "Julius Caesar was a Roman general. In 49 BC, Caesar crossed the Rubicon with a single "
            "legion. In 44 BC, Caesar was assassinated in Rome.",
            "Julius Caesar",
        ),
        (  # 'then' meant 'at that time': Rome held more of Italy later
            "The Roman Republic expanded steadily. Rome then controlled about 60 percent of the "
            "Italian peninsula. In 264 BC, Rome went to war with Carthage.",
            "60 percent",
        ),
        ("After 1945 the Soviet Union occupied Eastern Europe.", "1945"),  # also after 1950
        ("Vietnam was divided after 1954, and Saigon fell in 1975.", "1954"),
        (  # 'the country' is Australia, not Britain, and the stem names neither
            "Australia was settled late. From Britain, the First Fleet brought 1,332 convicts to "
            "the country in 1788.",
            "1788",
        ),
    ],
)
def test_second_review_counter_examples_are_not_asked(text: str, key: str) -> None:
    assert key not in {q.answer for q in run(text, n=8, threshold=0).questions}


def test_a_life_headed_with_its_subject_s_one_name_asks_of_him() -> None:
    """'Pelé' is how the text and everyone name him: not a surname the text never completes."""
    text = (
        "Pelé\n\nPelé is a Brazilian former footballer. He was born in 1940. Pelé joined Santos "
        "in 1956. In 1975, Pelé signed for the New York Cosmos. He won three World Cups."
    )
    assert any("Pelé" in q.stem for q in run(text, n=5, threshold=0).questions)


def test_a_timetable_s_count_is_no_key() -> None:
    """'Air Chathams fly ____ days per week' (tuning travel guide): every reader called it a
    passing detail; the islands' distance in the same sentence is a fact."""
    text = "Air Chathams fly 5 days per week from Christchurch to the Chatham Islands, 860 km away."
    assert {q.answer for q in run(text, n=5, threshold=0).questions} == {"860"}


def test_god_is_no_person_the_stem_leaves_unplaced() -> None:
    """'... to settle the question of Jesus's divine nature and his relationship to God'
    (tuning part) was refused as naming someone a student cannot place."""
    text = (
        "In 325, for example, Constantine convened the first ecumenical council, the Council of "
        "Nicaea, to settle the question of Jesus's divine nature and his relationship to God."
    )
    assert "325" in {q.answer for q in run(text, n=5, threshold=0).questions}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [  # an independent review's sentences: each had made a false statement
        (  # two people in the first clause's subject: which one is 'he'?
            "In 1862, William and Otto von Bismarck met in Berlin, and in 1871 he was appointed "
            "Imperial Chancellor of the German Empire.",
            "Bismarck was appointed",
        ),
        (  # another man named before 'he': it was Grant who became president
            "In 1864, Abraham Lincoln made Ulysses Grant commander of all Union armies, and in "
            "1869, he became the 18th president of the United States.",
            "Lincoln became",
        ),
        (  # the subject is the daughter, not her mother
            "Marie Curie's elder daughter worked at the Radium Institute in Paris, and in 1935, "
            "she won the Nobel Prize in Chemistry.",
            "Marie Curie won",
        ),
        (
            "Mozart's father taught him the violin, and in 1763, he took the family on a tour of "
            "Europe.",
            "Mozart took",
        ),
    ],
)
def test_a_clause_s_pronoun_stays_unresolved_when_another_could_be_meant(
    text: str, wrong: str
) -> None:
    assert not any(wrong in q.stem for q in run(text, n=10, threshold=0).questions)


def test_a_life_story_asks_the_year_of_a_date_and_news_its_day() -> None:
    life = (  # after a tuning-part biography, with its title
        "Zaha Hadid\n\nZaha Hadid was an Iraqi-born British architect. "
        "Zaha Hadid was born on 31 October 1950 in Baghdad, Iraq, to an upper-class Iraqi "
        "family. She studied mathematics at the "
        "American University of Beirut. In 2004, Hadid became the first woman to receive the "
        "Pritzker Architecture Prize."
    )
    made = run(life, n=10, threshold=0).questions
    born = next(q for q in made if "born on" in q.stem)
    assert (born.kind, born.answer) == ("year", "1950")
    assert "31 October ____" in born.stem
    news = "date 2022-02-04\n\n" + life  # a dated text (news) keeps its days
    dated = run(news, n=10, threshold=0).questions
    assert any(q.kind == "date" and q.answer == "31 October 1950" for q in dated)


def test_a_life_story_s_subject_is_named_without_the_estate_he_is_of() -> None:
    text = (  # after a tuning-part biography, whose German diary title writes 'Generals'
        "A bust of Patrick Gordon in Yekaterinburg, Russia\n\n"
        "Patrick Leopold Gordon of Auchleuchries was a general and rear admiral in Russia, of "
        "Scottish origin. He was descended from a family of Aberdeenshire. Gordon was wounded "
        "at the Battle of Chudnov in 1660. He became a close friend of Tsar Peter the Great. "
        "His diary, Tagebuch des Generals Patrick Gordon, was published in 1849. Gordon died "
        "in Moscow in 1699."
    )
    assert document.read(text, lexicon.load()).topic.person == "Patrick Leopold Gordon"


def test_progress_is_heard_per_sentence_and_spares_follow_the_chosen(seed_text: str) -> None:
    heard: list[tuple[int, int]] = []
    made = run(
        seed_text,
        n=3,
        spares=50,
        threshold=0,
        progress=lambda done, total: heard.append((done, total)),
    )
    total = heard[-1][1]
    assert [done for done, _ in heard] == list(range(1, total + 1))
    assert made.sentences == total
    chosen = {q.stem for q in made.questions}
    assert len(made.questions) == 3 and made.spares
    assert chosen.isdisjoint(q.stem for q in made.spares)
    scores = [q.score for q in made.spares]
    assert scores == sorted(scores, reverse=True)
    assert run(seed_text, n=3, threshold=0).questions == made.questions  # spares change nothing


def test_the_default_output_asks_no_place() -> None:
    """Blind readers accepted about one place question in five (pipeline.ASKED_KINDS)."""
    sentence = "Hannibal crossed the Alps with war elephants and an army of Carthage."
    every = run(sentence, n=3, threshold=0, asked=pipeline.ALL_KINDS).questions
    assert "Alps" in {q.answer for q in every}
    assert "Alps" not in {q.answer for q in run(sentence, n=3, threshold=0).questions}
    assert all(q.kind != "place" for q in generate(sentence, n=3))


def test_years_before_the_common_era_are_asked_with_options_of_their_era() -> None:
    """Tuning-part lessons on Mesopotamia date its empires 'in the year 2193 BCE' and 'around
    2120 BCE'; neither was asked. Every option is a year of the same era, written like the
    key, and none is refused for lying 'in the future' (2193 > this year)."""
    text = (
        "In the year 2193 BCE, however, the Akkadian Empire collapsed. The precise reason is not "
        "entirely clear. Around 2120 BCE, however, the Sumerians came together under the "
        "leadership of the cities of Uruk and Ur and expelled the Guti from their homeland. "
        "Alexander the Great died in Babylon in 323 BC."
    )
    made = {q.answer: q for q in run(text, n=10, threshold=0).questions}
    assert {"2193 BCE", "2120 BCE", "323 BC"} <= set(made)
    for key, question in made.items():
        era = key.split()[1]
        assert all(option.endswith(" " + era) for option in question.options), question.options
        assert "BC" not in question.stem.replace("____", "")
    assert "the year" in made["2193 BCE"].stem or "which year" in made["2193 BCE"].stem


def test_a_ruler_named_by_one_word_and_his_epithet_is_unnamed_and_a_given_name_no_verb() -> None:
    """A tuning-part lesson calls its subject 'Askia the Great' once and then 'Askia': its
    reader (t13) rejected 'In which year did Askia declare a holy war ...' ('Askia is a
    title'), as 'Chao' before. 'Alexander the Great died ...' had been read as an instruction
    ('Alexander' as a verb)."""
    text = (
        "Askia the Great strengthened the Songhai Empire and made it the largest in West "
        "Africa's history. One of Askia's primary objectives was to control access to the major "
        "trade routes across the Sahara. Askia the Great transformed the nature of Songhai "
        "rulership. Askia abandoned this model in favor of designating royal family members. "
        "In 1498, Askia declared a holy war against the non-Muslim Mossi to justify his "
        "incursions into their territory. Askia did not force his subjects to convert, and most "
        "retained their traditional religious beliefs. While in Mecca he spent lavishly."
    )
    result = run(text, n=10, threshold=0)
    assert result.questions == [], [q.stem for q in result.questions]
    assert "never writes its subject's full name ('Askia')" in result.note
    tagged = document.read("Alexander the Great died in Babylon in 323 BC.", None)
    assert tagged.sentences[0].skip is None


def test_a_news_story_s_day_of_a_statement_a_figure_or_a_plan_is_not_asked() -> None:
    """Tuning reading t13 rejected as trivia the day Microsoft 'announced on ____ that', the
    day 'as of' which IE6 had 277 vulnerabilities, and the day Mohamed 'is to travel'. The day
    of an event in the same story is still asked."""
    text = (
        "Microsoft urges users to leave IE6\n\nFriday, March 4, 2011\n\n"
        "With development of Internet Explorer 9 almost complete, Microsoft announced on March "
        "4, 2011 that it is time for users to move away from the old browser. The security firm "
        "Secunia has said that as of March 4, 2011, IE6 has 277 vulnerabilities. On March 8, "
        "2011, Microsoft executives are to travel to Brussels for talks. A fire destroyed the "
        "Microsoft office in Dublin on March 1, 2011."
    )
    dates = {q.answer for q in run(text, n=10, threshold=0).questions if q.kind == "date"}
    assert dates == {"March 1, 2011"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [  # tuning readings t15 and t16: both readers rejected the first two, accepted the others
        (
            "Texas student Ahmed Mohamed inspires social movement\n\nTuesday, September 22, "
            "2015\n\nYesterday Ahmed Mohamed received VIP attention at Google headquarters in "
            "California at the Google Science Fair.",
            False,
        ),
        (
            "Sensitive Canadian document found on rainy streets\n\nFriday, August 15, 2008\n\n"
            "A sensitive Environment Canada document was found wet on an Ottawa street by "
            "someone who gave it to the CBC today.",
            False,
        ),
        (
            "North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015\n\n"
            "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea "
            "that broadcasts anti-Pyongyang propaganda into the North.",
            True,
        ),
        (  # an independent review: a visit is minor in a side clause too; an election is not
            "Texas student Ahmed Mohamed inspires social movement\n\nTuesday, September 22, "
            "2015\n\nAhmed Mohamed, whose clock was mistaken for a bomb, visited Google "
            "headquarters in California on September 21, 2015.",
            False,
        ),
        (
            "Tsipras wins Greek election\n\nMonday, September 21, 2015\n\nAlexis Tsipras won "
            "the Greek legislative election on September 20, 2015.",
            True,
        ),
        (  # written news readings n1-n13: another day of the story, of no death or disaster
            "Heatwave breaks records across Europe\n\nFriday, July 26, 2019\n\nEurostar "
            "cancelled a number of trains between London and Paris on July 25, 2019 after "
            "problems with overhead power lines.",
            False,
        ),
        (  # the story's own day stays
            "Heatwave breaks records across Europe\n\nThursday, July 25, 2019\n\nEurostar "
            "today cancelled a number of trains between London and Paris after problems with "
            "overhead power lines.",
            True,
        ),
        (
            "At least 107 killed in Mecca crane collapse\n\nSaturday, September 12, 2015\n\n"
            "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or "
            "more and wounding 238, according to Saudi Arabia's Civil Defense Authority.",
            True,
        ),
    ],
)
def test_the_day_of_a_story_s_own_minor_event_is_not_asked(text: str, asked: bool) -> None:
    """A day near the story's own date is worth learning for a death, an attack, a disaster or
    an election, not for a visit, a reception or a handed-over document."""
    dates = [q.answer for q in run(text, n=5, threshold=0).questions if q.kind == "date"]
    assert bool(dates) == asked, dates


def test_ancient_years_are_offered_decades_apart_and_wars_bound_the_years() -> None:
    """Tuning reading t13: 'Around ____ (2120 BCE)' beside 2115 and 2125 BCE could not be told
    apart; 1934 cannot be the founding year of a bank 'to rebuild countries after World War
    II'."""
    text = (
        "Around 2120 BCE, the Sumerians expelled the Guti from their homeland under the "
        "leadership of Uruk and Ur. Founded in 1944 to rebuild countries after World War II, the "
        "World Bank later shifted its focus to global development."
    )
    made = {q.answer: q.options for q in run(text, n=10, threshold=0).questions}
    ancient = [int(o.split()[0]) for o in made["2120 BCE"]]
    assert min(abs(a - b) for a in ancient for b in ancient if a != b) >= 20
    assert all(int(option) > 1939 for option in made["1944"])


@pytest.mark.parametrize(
    "sentence",
    [  # tuning reading t13: the times before and after are true as well
        "The Salt and Verde Rivers of central Arizona were exploited for large-scale agriculture "
        "by Native Americans as early as the 11th century.",
        "Especially during the seventh century, the Muslims of Arabia maintained a policy of "
        "noninterference toward the religious practices of subject populations.",
    ],
)
def test_a_time_that_is_one_of_several_true_ones_is_not_asked(sentence: str) -> None:
    assert run(sentence, n=3, threshold=0).questions == []


@pytest.mark.parametrize(
    "sentence",
    [  # tuning readings t8 to t13: a state holds in the years around the key as well
        "In 1917, Mexico was embroiled in violent conflict among numerous revolutionary "
        "factions, of which Pancho Villa's forces were one.",
        "Internet Explorer's various versions accounted for 70 percent of the market in 2009.",
    ],
)
def test_the_year_of_a_lasting_state_is_not_asked(sentence: str) -> None:
    years = [q.answer for q in run(sentence, n=3, threshold=-100).questions if q.kind == "year"]
    assert years == []


@pytest.mark.parametrize(
    ("sentence", "key"),
    [  # the event's year, the year a state ended, and a year another verb has
        ("In 1801, Byron was sent to Harrow, where he remained until July 1805.", "1801"),
        ("Fidel Castro remained in power until 2008.", "2008"),
        ("Elected in 1789, George Washington remained in office for eight years.", "1789"),
    ],
)
def test_a_year_that_is_no_lasting_state_s_is_asked(sentence: str, key: str) -> None:
    assert key in [q.answer for q in run(sentence, n=3, threshold=-100).questions]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [  # reading n8 of written textbook pages: a century or decade of a state that lasts
        (
            "In the eighteenth century, the Qing dynasty ruled China as one of the largest and "
            "wealthiest states in the world.",
            False,
        ),
        (
            "In the early 1800s, moving goods across the United States was slow and expensive.",
            False,
        ),
        (  # an event's century, and an age a noun names
            "Africa was subject to European incursions, beginning with the Portuguese in the "
            "fifteenth century.",
            True,
        ),
        (
            "Andy Warhol was close to important touchstones of the 1960s, including art, music "
            "and fashion.",
            True,
        ),
        ("In the 1950s, the Supreme Court ruled that segregated schools were unequal.", True),
        (  # reading n16 (textbook8): so was the 1960s
            "In the 1970s, Iran appeared to be one of the most stable allies of the United "
            "States in the Middle East.",
            False,
        ),
    ],
)
def test_the_age_of_a_lasting_state_is_not_asked(sentence: str, asked: bool) -> None:
    made = run(sentence, n=3, threshold=-100).questions
    assert any(q.kind in {"ordinal", "decade"} for q in made) is asked


def test_the_state_of_another_clause_leaves_an_age_asked() -> None:
    """An independent review: 'ruled' belongs to the clause before 'and'."""
    tagged = tokens.tag(
        "The Qing dynasty ruled China from 1644, and in the eighteenth century the Qing "
        "conquered Tibet."
    )
    century = next(a for a in answers.find(tagged, []) if a.kind == "ordinal")
    assert worth.worth_asking(tuple(tagged), century)


def test_the_figures_of_a_made_up_example_are_not_asked() -> None:
    """Reading n8 (textbook2): 'In Mexico, producing 1 refrigerator means giving up ____ pairs
    of shoes' and 'Mexico makes ____ pairs of shoes' asked the figures of a supposed example."""
    page = Path(__file__).parent / "data/written/textbook2/07-comparative-advantage.txt"
    made = run(page.read_text(encoding="utf-8"), n=20, threshold=-100).questions
    assert not [q.stem for q in made if "shoes" in q.stem or "refrigerator" in q.stem]
    text = (
        "Comparative advantage\n\nDavid Ricardo's book on trade sold 750 copies in 1817.\n\n"
        "Suppose a worker in Mexico can make 20 pairs of shoes in a month. "
        "A worker in the United States makes 40 pairs of shoes in a month.\n\n"
        "In Mexico, producing 1 refrigerator means giving up 20 pairs of shoes."
    )
    answers = [q.answer for q in run(text, n=10, threshold=-100).questions]
    assert "1817" in answers  # what the text tells as fact stays
    assert not {"20", "40"} & set(answers)
    for facts in (  # no supposing: a verb of assuming further in, a title (an independent review)
        "Scholars assume that the first railroad in the state opened in 1830.",
        "Imagine was released by John Lennon in 1971.",
    ):
        assert not [s.skip for s in document.read(facts, lexicon.load()).sentences if s.skip]


def test_a_year_after_its_month_and_a_comma_is_blanked_before_the_comma() -> None:
    text = (
        "Daniel Bernoulli\n\nDaniel Bernoulli was a Swiss mathematician. He studied medicine at "
        "Basel. In May, 1750 he was elected a Fellow of the Royal Society."
    )
    made = [q for q in run(text, n=10, threshold=0).questions if q.answer == "1750"]
    assert made and made[0].stem.startswith("In May ____, Daniel Bernoulli was elected")


def test_years_before_the_common_era_keep_to_the_stem_s_years_and_the_key_s_roundness() -> None:
    """An independent review: options of 431 BC fell before 'a plague of 433 BC' that the
    stem says came first; 'around 4000 BCE' got 4030 and 4050 BCE, as true as the key; 343 BC
    got options beyond Aristotle's life (384-322 BC)."""
    temple = run(
        "The first temple building dates to 431 BC, and was dedicated to Apollo Medicus, after a "
        "plague of 433 BC.",
        n=3,
        threshold=0,
    ).questions[0]
    assert all(int(option.split()[0]) < 433 for option in temple.options)  # after the plague
    cities = run("The first cities in Mesopotamia appeared around 4000 BCE.", n=3, threshold=0)
    assert all(int(o.split()[0]) % 1000 == 0 for o in cities.questions[0].options)
    for seed in range(4):  # the key's place, and so the side its options come from, varies
        tutor = run(
            "Aristotle tutored Alexander the Great from 343 BC.", n=3, threshold=0, seed=seed
        )
        assert all(323 <= int(o.split()[0]) < 384 for o in tutor.questions[0].options)
    assert run("In 0 BC, nothing was recorded in Rome.", n=3, threshold=0).questions == []


def test_plans_in_news_and_wars_after_the_key_make_no_bound_or_question() -> None:
    """An independent review: 'plans to release ... on ____' is a plan; 'shortly before World
    War II' made the key the latest option (the war bounds only keys after its start)."""
    news = (
        "Microsoft update\n\nFriday, March 4, 2011\n\nMicrosoft plans to release the next "
        "update of Internet Explorer on March 15, 2011. Microsoft executives are scheduled to meet "
        "European regulators in Brussels on March 9, 2011."
    )
    assert [q for q in run(news, n=5, threshold=0).questions if q.kind == "date"] == []
    annexed = "Germany annexed Austria in 1938, shortly before World War II."
    options = [  # the key's place among the options is drawn with the seed
        int(o)
        for seed in range(4)
        for o in run(annexed, n=3, threshold=0, seed=seed).questions[0].options
    ]
    assert max(options) > 1938


REVIEW_TEXTS = {  # an independent review of this session's rules: each gave a false stem
    "p4": (
        "The Age of Exploration\n\nIn 1492, Portuguese sailors had already reached the Cape of "
        "Good Hope. Christopher Columbus reached the Bahamas in October 1492. In 1498, Vasco "
        "da Gama had reached India by sea. In 1522, the survivors of Magellan's expedition "
        "had sailed around the world. In 1520, Hernán Cortés had entered the Aztec capital. "
        "In 1519, the Spanish had never seen a horse-drawn wheel in the Americas."
    ),
    "h4": (
        "American Traditions\n\nThe Indianapolis 500 has been held in May almost every year "
        "since 1911. Independence Day has been celebrated on July 4 since 1777. Thanksgiving "
        "has been celebrated on the fourth Thursday of November since 1941. The Kentucky "
        "Derby has been run in early May since 1875. The Boston Marathon has been held in "
        "April every year since 1897."
    ),
    "m3": (
        "Tourism in Japan\n\nJapan is an island country in East Asia. In 2016, Japan welcomed "
        "4 million more visitors than in 2015. In 2018, Kyoto hotels offered 8,000 more "
        "rooms than a year earlier. The Tokyo Olympics were postponed in 2020. In 2019, "
        "Japan Airlines added 14 more routes to Europe. Osaka opened three further hotels "
        "near the airport in 2019. In 2017, Tokyo had 200 more Michelin-starred restaurants "
        "than Paris."
    ),
    "s7": (
        "Frida Kahlo\n\nFrida Kahlo was a Mexican painter. She was born in Coyoacán in 1907. "
        "In 1929, she married the muralist Diego Rivera. In 1940, Diego Rivera had an affair "
        "with the actress Paulette Goddard. Diego Rivera painted her in his mural Pan "
        "American Unity. She had starred in Modern Times with Charlie Chaplin in 1936. Kahlo "
        "died in Coyoacán in 1954."
    ),
    "s5": (
        "Jane Austen\n\nJane Austen was an English novelist. She was born in Steventon in "
        "1775. Her brother Henry Austen married their cousin Eliza de Feuillide in 1797. "
        "Eliza de Feuillide had been married to a French count. Henry Austen became a banker "
        "in London. She died in London in 1813. In 1811, Jane Austen published Sense and "
        "Sensibility. She died in Winchester in 1817."
    ),
    "e5": (
        "Madeleine Albright\n\nMadeleine Albright was an American diplomat. She was born in "
        "Prague in 1937. In 1993, she became ambassador to the United Nations. In 1997, "
        "President Bill Clinton named Susan Rice assistant secretary of state for African "
        "affairs. She had worked on the National Security Council staff since 1993. In 1997, "
        "Albright became secretary of state. She died in Washington in 2022."
    ),
    "g3": (
        "John F. Kennedy\n\nJohn F. Kennedy was the 35th president of the United States. He "
        "was born in Brookline in 1917. He married Jacqueline Bouvier in 1953. Their son "
        "John was born in Washington in 1960. John became a lawyer and magazine publisher. "
        "He died in a plane crash near Martha's Vineyard in 1999. Kennedy was assassinated "
        "in Dallas in 1963."
    ),
    "r1": (
        "Gustav Klimt\n\nGustav Klimt was an Austrian symbolist painter. He was born in "
        "Baumgarten in 1862. In 1876, he enrolled at the Vienna School of Arts and Crafts. "
        "After meeting Jonas Keller, the young painter moved into a studio in the "
        "Josefstadt. In 1885, Jonas Keller opened a gallery in Vienna. In 1897, Klimt "
        "co-founded the Vienna Secession. He painted The Kiss in 1908. Klimt died in Vienna "
        "in 1918."
    ),
    "f2": (
        "Walt Disney\n\nWalt Disney was an American animator and film producer. He was born in "
        "Chicago in 1901. In 1923, he founded the Walt Disney Company with his brother Roy. "
        "In 1928, Disney created Mickey Mouse. Disney won 22 Academy Awards during his life. "
        "In 1955, Disney opened Disneyland in Anaheim. Disney died of lung cancer in 1966."
    ),
}


@pytest.mark.parametrize(
    ("text", "false"),
    [
        ("p4", "did Hernán Cortés enter"),
        ("h4", "was run in early ____ since"),
        ("m3", "visitors than in 2016"),
        ("m3", "welcome 4 million visitors"),
        ("s7", "Frida Kahlo star"),
        ("s5", "Jane Austen die in London"),
        ("s5", "Who became a banker"),
        ("e5", "Albright worked on the National Security"),
        ("g3", "Kennedy die in a plane crash"),
        ("r1", "Jonas Keller open"),
    ],
)
def test_second_review_counter_examples_give_no_false_stem(text: str, false: str) -> None:
    made = run(REVIEW_TEXTS[text], n=12, threshold=0, spares=8)
    stems = [q.stem for q in made.questions + made.spares]
    assert not any(false in stem for stem in stems), stems


def test_a_famous_subject_keeps_the_full_name_beside_a_firm_named_after_them() -> None:
    made = run(REVIEW_TEXTS["f2"], n=12, threshold=0)  # the Walt Disney Company
    assert any("Walt Disney die" in q.stem for q in made.questions)


def test_a_bound_gets_options_on_its_false_side_only(devset: Callable[[str], str]) -> None:
    """Devset reading d1: 'published more than ____ papers' beside 200 (more than 200 is true
    as well) and 'more than ____ feet' beside 25."""
    for article in ("albert-einstein.txt", "alaska.txt"):
        made = run(devset(article), n=100, threshold=0).questions
        bounds = [q for q in made if q.kind == "count" and "more than ____" in q.stem]
        assert bounds
        for question in bounds:
            key = float(question.answer.replace(",", ""))
            assert all(float(o.replace(",", "")) >= key for o in question.options), question


@pytest.mark.parametrize(
    ("sentence", "larger"),
    [  # a second review: 'over' opens the key's own phrase; 'no more than' turns the bound
        ("The Battle of Antietam killed over 2,000 soldiers in 1862.", True),
        ("Under 4,700 people lived in Reykjavik in 1801.", False),
        ("The Treaty of Versailles allowed Germany no more than 96,000 soldiers.", False),
    ],
)
def test_a_bound_in_the_key_s_phrase_or_negated_gets_its_false_side(
    sentence: str, larger: bool
) -> None:
    (question,) = run(sentence, n=3, threshold=0, asked=frozenset({"count"})).questions
    assert "____" in question.stem  # a cloze keeps the bound: no 'How many ...?'
    key = float(question.answer.replace(",", ""))
    values = [float(o.replace(",", "")) for o in question.options]
    assert all((v >= key) if larger else (v <= key) for v in values), question.options


def test_a_name_after_a_possessive_or_a_kin_noun_is_not_written_out(
    devset: Callable[[str], str],
) -> None:
    """Devset reading d1: 'the Seven Years' War' became 'the Seven Years' Revolutionary War' in
    an article on that war, and Huxley's 'son Matthew' became 'Matthew Arnold'."""
    war = run(devset("american-revolutionary-war.txt"), n=100, threshold=0).questions
    assert any("Seven Years' War" in q.stem for q in war)
    assert not any("Revolutionary War" in q.stem and "Seven" in q.stem for q in war)
    life = run(devset("aldous-huxley.txt"), n=100, threshold=0).questions
    assert not any("Matthew Arnold" in q.stem and "son" in q.stem for q in life)
    text = (  # a second review: the kin noun before a comma
        "Aldous Huxley admired the poet Matthew Arnold. Huxley's eldest son, Matthew, studied "
        "in Paris in 1938."
    )
    stems_ = [q.stem for q in run(text, n=5, threshold=0).questions]
    assert not any("son, Matthew Arnold" in stem for stem in stems_), stems_


def test_a_role_in_apposition_before_a_person_key_holds_for_its_options(
    devset: Callable[[str], str],
) -> None:
    """Devset reading d1: 'his most successful general, ____' (Grant) beside Garfield,
    Cleveland and Arthur, who were presidents and never generals. Without generals among
    Grant's nearest peers that question goes; Lee's has generals for options."""
    wordnet = lexicon.load()

    def general(name: str) -> bool:
        found = wordnet.person(name)
        return bool(found) and any(
            "general" in wordnet.class_name(c).lower() for c in found.named.classes
        )

    made = run(devset("abraham-lincoln.txt"), n=100, threshold=0).questions
    assert not [q for q in made if "general, ____" in q.stem and not all(map(general, q.options))]
    lee = "The Confederate army was commanded by its most famous general, Robert E. Lee, in 1862."
    (question,) = run(lee, n=3, threshold=0, asked=frozenset({"person"})).questions
    assert question.answer == "Robert E. Lee" and all(map(general, question.options))


def test_a_role_is_not_read_from_an_opening_phrase() -> None:
    """A second review: 'As a boy, ____ played the organ' had made 'boy' the key's role, and no
    famous composer is filed as a boy, so the question was lost."""
    sentence = "As a boy, Ludwig van Beethoven played the organ in Bonn in 1782."
    made = run(sentence, n=3, threshold=0, asked=frozenset({"person"})).questions
    assert [q.answer for q in made] == ["Ludwig van Beethoven"]


def test_who_is_quoted_is_a_speaker() -> None:
    """Devset reading d1: 'Who is quoted as thanking the Academy for his Oscar?' asks who said
    a routine line."""
    text = "Walt Disney is quoted as thanking the Academy for his Oscar as early as 1932."
    assert [q for q in run(text, n=3, threshold=0).questions if q.kind == "person"] == []
    said = "Walt Disney thanked the Academy for his Oscar in 1932, Time magazine reported."
    assert all(q.kind != "person" for q in run(said, n=3, threshold=0).questions)


def test_a_year_in_a_war_gets_options_inside_it() -> None:
    """Devset reading d1: 1919 and 1921 were offered for 'volunteered ... in the Great War'
    (1916). A year 'after' a war keeps its later options ('to rebuild ... after World War II')."""
    great_war = "In 1916, Aldous Huxley volunteered to join the British Army in the Great War."
    for question in run(great_war, n=3, threshold=0, asked=frozenset({"year"})).questions:
        assert all(int(o) <= 1918 for o in question.options)  # four years: often no question
    for sentence, first, last in (
        (
            "In 1942, during World War II, the United States interned Japanese Americans.",
            1940,
            1945,
        ),
        ("In 1968, during the Vietnam War, North Vietnam launched the Tet Offensive.", 1956, 1975),
    ):
        (question,) = run(sentence, n=3, threshold=0, asked=frozenset({"year"})).questions
        assert all(first <= int(o) <= last for o in question.options), question.options
    after = "Founded in 1944 to rebuild countries after World War II, the World Bank grew."
    (question,) = run(after, n=3, threshold=0, asked=frozenset({"year"})).questions
    assert max(int(o) for o in question.options) > 1945


def test_a_place_the_text_speaks_of_is_not_the_person_it_is_named_after(
    devset: Callable[[str], str],
) -> None:
    """The devset's Alberta is named after Princess Louise Caroline Alberta; the province was
    written out as the princess (devset reading d1). A portrait of Washington, in a life that
    began with the city, is still George Washington's."""
    questions = run(devset("alberta.txt"), n=20, threshold=0).questions
    assert any(q.stem.startswith("Alberta ") for q in questions)
    assert not any("Louise Caroline Alberta" in q.stem for q in questions)
    text = (
        "Pierre Charles L'Enfant was a French-born engineer who designed the plan for "
        "Washington, D.C. L'Enfant served on General George Washington's staff in 1778. "
        "In 1779, the Marquis de Lafayette commissioned L'Enfant to paint a portrait of "
        "Washington."
    )
    made = {q.answer: q.stem for q in run(text, n=10, threshold=0).questions}
    assert "a portrait of George Washington" in made["1779"], made


def test_a_news_story_s_untimed_amount_of_a_past_event_is_not_asked() -> None:
    """A development reading of news written for the purpose (the Yeonpyeong shelling of
    November 23, 2010) rejected counts that do not say when, and so of which attack. A lasting
    fact in the present tense, and a count with its year, are still asked."""
    text = (
        "North Korea shells South Korean island\n\nWednesday, November 24, 2010\n\n"
        "Two South Korean marines were killed, and 16 other marines were wounded. Yeonpyeong "
        "lies in the Yellow Sea about 12 kilometres from the North Korean coast. In 2002, 19 "
        "South Korean sailors were wounded in a naval clash in the Yellow Sea."
    )
    counts = {q.answer for q in run(text, n=10, threshold=0).questions if q.kind == "count"}
    assert counts == {"12"}
    timed = tokens.tag(text.splitlines()[-1].split(". ")[-1])
    key = next(a for a in answers.find(timed, []) if a.text == "19")
    assert not worth.news_amount_untimed(tuple(timed), key, clauses.analyse(timed))


def test_a_side_of_a_size_is_no_key_but_a_year_before_by_a_count_is() -> None:
    """A development news reading rejected 'an irregular body about 43 by ____ kilometres'. The
    seed's 'formed in 1949 by 12 countries' is no size."""
    size = tuple(tokens.tag("In 2015 the probe showed that Hydra measures 43 by 33 kilometres."))
    side = next(a for a in answers.find(list(size), []) if a.text == "33")
    assert not worth.worth_asking(size, side)
    nato = tuple(tokens.tag("NATO was formed in 1949 by 12 countries including the US."))
    year = next(a for a in answers.find(list(nato), []) if a.text == "1949")
    assert worth.worth_asking(nato, year)


def test_a_price_of_today_is_not_asked_but_a_sum_spent_in_the_past_is() -> None:
    """A development reading of travel guides written for the purpose rejected 'De Lijn
    tickets cost around ____' and hotel prices as trivia that changes."""
    price = "In Ghent, De Lijn tickets cost around €3 and are cheapest bought in the app."
    assert not [q for q in run(price, n=5, threshold=0).questions if q.kind == "money"]
    spent = "The Marshall Plan gave $12 billion in aid to Western Europe after World War II."
    assert [q for q in run(spent, n=5, threshold=0).questions if q.kind == "money"]


@pytest.mark.parametrize(("year", "step"), [(1500, 100), (1822, 25), (2000, 100), (1850, 50)])
def test_an_approximate_year_gets_options_far_enough_apart(year: int, step: int) -> None:
    """Textbook pages written for development (reading n3): 1497 beside 'around 1500' was also
    true. Options lie as far apart as the year is round, within 25 to 100 years."""
    around = f"Shipping goods by sea to Asia became cheaper and safer around {year}."
    question = next(q for q in run(around, n=3, threshold=0).questions if q.answer == str(year))
    gaps = {abs(int(o) - year) for o in question.options if o != str(year)}
    assert gaps and all(gap % step == 0 for gap in gaps), question.options


def test_the_first_word_of_a_name_of_x_of_y_is_written_in_full_after_the() -> None:
    """'The Corps reached the Pacific' (reading n3) names the Corps of Discovery; a devset
    list's 'Republic' is not 'Republic of Macedonia'."""
    text = (
        "Their party, known as the Corps of Discovery, set out from Camp Dubois in May 1804. "
        "The Corps reached the Pacific Ocean in November 1805 and built Fort Clatsop."
    )
    made = {q.answer: q.stem for q in run(text, n=5, threshold=0).questions}
    assert made["November 1805"].startswith("The Corps of Discovery reached"), made


def test_what_the_news_and_price_rules_must_not_refuse() -> None:
    """An independent review: a sum earned, a dated story's description of its own subject,
    and the two sides of a size written with their units."""
    earned = run("Tourism earns Kenya about $1.5 billion each year.", n=3, threshold=0)
    assert [q for q in earned.questions if q.kind == "money"]
    story = (
        "Hurricane Sandy hits New Jersey\n\nTuesday, October 30, 2012\n\n"
        "Sandy was the largest Atlantic hurricane on record, with winds spanning 1,100 miles."
    )
    assert "1,100" in {q.answer for q in run(story, n=3, threshold=0).questions}
    size = tuple(tokens.tag("Lake Toba is about 100 km by 30 km in size."))
    sides = [a for a in answers.find(list(size), []) if a.text in {"100", "30"}]
    assert sides and not any(worth.worth_asking(size, a) for a in sides)


def test_a_travel_guide_s_statement_names_a_place() -> None:
    """Development readings of travel guides written for the purpose (n2, n4) rejected stems
    that leave out the place the guide is about; a place named after 'of', 'on', 'in' counts."""
    guide = (
        "Tallinn\n\nUnderstand\n\nTallinn is the capital of Estonia. The Gothic Town Hall was "
        "completed in 1404. A powerful earthquake in 1956 destroyed much of Oia and Fira. "
        "Danish forces under King Valdemar II captured the stronghold on Toompea in 1219.\n\n"
        "Get in\n\nFlights from Helsinki take about 30 minutes. Hotels can cost €300 or more "
        "per night in summer."
    )
    made = {q.answer for q in run(guide, n=10, threshold=0).questions}
    assert "1404" not in made  # which town hall?
    bridge = (
        "Hoi An\n\nUnderstand\n\nHoi An is a town in Vietnam.\n\nSee\n\n"
        "The Japanese Covered Bridge is dated to the 1590s."
    )
    assert "1590s" not in {q.answer for q in run(bridge, n=5, threshold=0).questions}
    assert {"1956", "1219"} <= made
    assert not made & {"30", "€300"}  # a travel time and a price of today
    article = "The Gothic Town Hall was completed in 1404. Flights from Helsinki take 30 minutes."
    assert "1404" in {q.answer for q in run(article, n=5, threshold=0).questions}


def test_a_guide_titled_with_a_particle_is_a_guide_to_its_place() -> None:
    """Reading n8 (travel5): the guide 'Torres del Paine National Park' was read as no guide
    ('del' is lower case), and 'fires started by visitors in ____' named no park."""
    guide = (
        "Torres del Paine National Park\n\nUnderstand\n\nThe park is in Chilean Patagonia. "
        "Human carelessness has twice caused serious damage: fires started by visitors in 2005 "
        "and in December 2011 burned large areas of forest. The park became a UNESCO Biosphere "
        "Reserve in 1978.\n\nGet in\n\nBuses run from Puerto Natales."
    )
    assert text.title_name(text.heading(guide)) == "Torres del Paine National Park"
    made = {q.answer for q in run(guide, n=10, threshold=0).questions}
    assert "2005" not in made


def test_a_guide_s_count_of_days_something_happens_on_is_no_travel_time() -> None:
    """How many days it rains is a fact of the place, not a journey that changes."""
    guide = (
        "Milford Sound\n\nUnderstand\n\nMilford Sound in Fiordland National Park is one of the "
        "wettest places in New Zealand, with rain falling on about 180 days.\n\nGet in\n\n"
        "The drive from Te Anau to Milford Sound takes about 2 hours."
    )
    made = {q.answer for q in run(guide, n=10, threshold=0).questions}
    assert "180" in made
    assert "2" not in made  # a travel time


def test_a_fragment_and_a_clause_s_summary_are_no_statements() -> None:
    """Reading n4: 'Two ornate halls built in 1643 for the shoguns.' gave 'In which year did two
    ornate halls build ...?', and 'voted Yes, a margin of more than 380,000 votes' gave 'Yes
    was a margin of ...'; 'often CA ____ or more a night' split a currency."""
    halls = run("Two ornate halls built in 1643 for the shoguns Tokugawa Ieyasu.", n=3, threshold=0)
    assert not halls.questions
    vote = (
        "Officials said 2,001,926 people had voted No and 1,617,989 had voted Yes, a margin of "
        "more than 380,000 votes."
    )
    assert not any(q.stem.startswith("Yes was") for q in run(vote, n=5, threshold=0).questions)
    split = tuple(tokens.tag("Rooms in Banff were often CA $300 or more in 1990."))
    money = next(a for a in answers.find(list(split), []) if a.kind == "money")
    assert not worth.worth_asking(split, money)


def test_a_degree_sign_is_written_as_in_the_text_and_a_day_part_keeps_its_day() -> None:
    """Reading n4: '40.7 ° C' in a stem; 'stole the paintings on ____ morning' gave 'on
    August 22, 2004 morning'. 'On Sunday morning' is written 'on the morning of' its day."""
    heat = "The weather institute KNMI recorded 40.7 °C at Gilze-Rijen in July 2019."
    stems_made = [q.stem for q in run(heat, n=3, threshold=0).questions]
    assert stems_made and all("40.7 °C" in stem for stem in stems_made)
    theft = (
        "Munch paintings stolen\n\nMonday, August 23, 2004\n\nMasked gunmen stole The Scream "
        "from the Munch Museum in Oslo on Sunday morning."
    )
    dated = [q.stem for q in run(theft, n=3, threshold=0).questions if q.kind == "date"]
    assert dated and all(stem.endswith("on the morning of ____.") for stem in dated), dated


@pytest.mark.parametrize(
    ("text", "key"),
    [  # a second independent review: what the rules of reading n4 must not refuse
        ("Egypt\n\nIn 1922 Howard Carter discovered the tomb of Tutankhamun.", "1922"),
        (
            "Photosynthesis\n\nHistory\n\nIn 1779 Jan Ingenhousz showed that plants need light "
            "to make oxygen.",
            "1779",
        ),
        ("Light from the Sun takes about 8 minutes to reach Earth.", "8"),
        ("The final rescue of the miners took about 22 hours in October 2010.", "22"),
        ("In 1850 a ticket to California could cost $500 in gold.", "$500"),
        ("Michelangelo painted for four years, finishing the ceiling in 1512.", "1512"),
        ("Visitors take the Inca Trail, a walk of four days, to reach Machu Picchu.", "four"),
    ],
)
def test_what_the_guide_price_and_fragment_rules_must_not_refuse(text: str, key: str) -> None:
    made = run(text, n=5, threshold=-100, spares=5)  # the rules, not the ranker, are tested
    assert key in {q.answer for q in made.questions + made.spares}, made.questions


def test_a_guide_needs_its_own_headings_and_a_month_is_no_place() -> None:
    guide = (
        "Tallinn\n\nUnderstand\n\nTallinn is the capital of Estonia. The Gothic Town Hall was "
        "completed in May 1404.\n\nGet in\n\nFerries cross from Helsinki in two hours."
    )
    assert "May 1404" not in {q.answer for q in run(guide, n=5, threshold=0).questions}
    once = guide.replace("Get in", "Transport")  # one guide heading is no guide
    assert "May 1404" in {q.answer for q in run(once, n=5, threshold=0).questions}


def test_letters_before_a_sum_cut_it_only_when_they_are_a_currency_s() -> None:
    paid = tuple(tokens.tag("In 2009 Toyota paid GM $1 billion for a factory in Ohio."))
    money = next(a for a in answers.find(list(paid), []) if a.kind == "money")
    assert worth.worth_asking(paid, money)  # GM is a firm, not a currency


def test_an_era_after_a_year_moves_with_it() -> None:
    made = run("The Colosseum was completed in 80 AD.", n=3, threshold=0).questions
    assert [q.stem for q in made] == ["In which year was the Colosseum completed?"]


def test_a_guide_s_distances_fares_and_card_prices_are_not_asked() -> None:
    """Reading n6 of guides written for development rejected the kilometres to an airport or a
    village, a jeep fare in pesos and a bus card's price as a guide's directions; earlier
    readings accepted where the place lies from another town."""
    guide = (
        "Ljubljana\n\nUnderstand\n\nLjubljana is the capital of Slovenia. Much of Ljubljana was "
        "destroyed by an earthquake in 1895.\n\nGet in\n\nLjubljana Airport is at Brnik, 26 km "
        "north of Ljubljana. Taos is about 135 miles from Albuquerque Airport. Ljubljana lies "
        "about 95 km west of Zagreb. Jeeps leave Salento's "
        "square at 6:30, and the ride costs around 5,000 pesos each way. City buses in "
        "Ljubljana require an Urbana card, sold at kiosks for €2."
    )
    made = {q.answer for q in run(guide, n=10, threshold=0).questions}
    assert {"1895", "95"} <= made
    assert not made & {"26", "135", "5,000", "€2"}, made
    valley = (
        "Zermatt\n\nUnderstand\n\nZermatt is a village.\n\nGet in\n\n"
        "Cars must be left in Täsch, 5 km down the valley."
    )
    assert "5" not in {q.answer for q in run(valley, n=5, threshold=0).questions}  # reading n7
    canyon = tuple(tokens.tag("The canyon stretches 446 km from east to west."))
    size = next(a for a in answers.find(list(canyon), []) if a.text == "446")
    assert not worth.of_today(canyon, size, guide=frozenset({"Zion"}))  # a size
    airport = tuple(tokens.tag("Queenstown Airport is 290 km from Milford Sound."))
    flight = next(a for a in answers.find(list(airport), []) if a.text == "290")
    assert worth.of_today(airport, flight, guide=frozenset({"Milford"}))  # directions
    history = tuple(tokens.tag("In 1850 the crossing from Calais cost 400 francs."))
    fare = next(a for a in answers.find(list(history), []) if a.text == "400")
    assert fare.kind == "money" and not worth.of_today(
        history, fare, guide=frozenset()
    )  # of its time
    far = tuple(tokens.tag("The village lay 15 km from the border in 1900."))
    walk = next(a for a in answers.find(list(far), []) if a.text == "15")
    assert not worth.of_today(far, walk, guide=frozenset())  # past, and no guide's directions


@pytest.mark.parametrize(
    ("sentence", "kind", "asked"),
    [  # reading n9 of texts written for development (tests/data/written)
        (
            "During the Civil War, General William T. Sherman captured Savannah on December 21, "
            "1864, and sent a telegram offering it to President Abraham Lincoln as a Christmas "
            "gift.",
            "date",
            False,
        ),
        (  # a road's number is its name
            "By car, Savannah lies just off Interstate 95, and Interstate 16 leads into the city "
            "from Macon.",
            "count",
            False,
        ),
        (  # 'his March to the Sea' is no month
            "General William T. Sherman ended his March to the Sea at Savannah in 1864.",
            "date",
            False,
        ),
        ("Sherman captured Savannah on December 21, 1864.", "date", True),
    ],
)
def test_keys_a_stem_gives_away_or_that_are_names(sentence: str, kind: str, asked: bool) -> None:
    made = run(sentence, n=3, threshold=-100).questions
    assert any(q.kind == kind for q in made) is asked


def test_a_name_already_written_in_full_is_not_written_again() -> None:
    """Reading n12 (a written life of Cervantes): 'El ingenioso hidalgo don Quixote' became
    'hidalgo don Don Quixote', the word before the name written twice."""
    page = Path(__file__).parent / "data" / "written" / "biography" / "02-miguel-de-cervantes.txt"
    stems = [q.stem for q in generate(page.read_text(encoding="utf-8"), n=40)]
    assert stems and not any("don Don" in stem for stem in stems)


@pytest.mark.parametrize(
    ("sentence", "key", "worth_it"),
    [  # reading n12 (written world history)
        (
            "Hagia Sophia was completed in just five years, between 532 and 537.",
            "five",
            False,  # the stem's own years give it away
        ),
        ("Hagia Sophia was completed in just five years, by 537.", "five", True),
        ("A trading kingdom emerged in Aksum in the first centuries CE.", "first", False),
        ("A trading kingdom emerged in Aksum in the first century CE.", "first", True),
        ("In 20 years the number of mills grew from 30 to 50 in Lancashire.", "20", True),
    ],
)
def test_a_number_the_stem_computes_or_a_span_of_centuries_is_not_asked(
    sentence: str, key: str, worth_it: bool
) -> None:
    tagged = tuple(tokens.tag(sentence))
    found = next(a for a in answers.find(list(tagged), []) if a.text == key)
    assert worth.worth_asking(tagged, found) is worth_it


def test_a_verdict_or_an_arrest_is_a_story_s_major_event() -> None:
    """A third independent review: 'acquitted', 'arrested', 'attacks' and 'floods' were missing
    from the events whose day, near a story's own, is worth asking."""
    date = datetime.date(2003, 3, 4)
    for sentence in (
        "The jury acquitted Simpson on March 2, 2003.",
        "The army arrested 12 suspects on March 3, 2003.",
        "Floods swept the valley on March 1, 2003.",
    ):
        tagged = tuple(tokens.tag(sentence))
        day = next(a for a in answers.find(list(tagged), []) if a.kind == "date")
        assert not worth.day_of_no_event(tagged, day, date), sentence
    visit = tuple(tokens.tag("The minister visited the valley on March 1, 2003."))
    day = next(a for a in answers.find(list(visit), []) if a.kind == "date")
    assert worth.day_of_no_event(visit, day, date)


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [  # reading n14 (news11): 'In which year was Windows 95 originally expected?' of 1994
        ("Microsoft released Windows 95 in 1995 after a large marketing campaign.", False),
        ("Apollo 11 landed on the Moon in 1969.", True),  # no year in the name
        (  # a month is no name
            "Albert Einstein predicted gravitational waves in 1916 as a consequence of his "
            "general theory of relativity, completed in November 1915.",
            True,
        ),
        # a second review: a numbered part, a holiday, a year 99 apart are no such names
        ("Article 68 of the Constitution of Italy was amended in 1969 to limit immunity.", True),
        (
            "Windows 2000 succeeded Windows 98 and Windows NT, and Microsoft released it in 1999.",
            False,
        ),
        ("William of Normandy invaded England in AD 1066.", True),  # an era is no name
    ],
)
def test_a_name_holding_the_year_gives_it_away(sentence: str, asked: bool) -> None:
    made = run(sentence, n=5, threshold=0, asked=frozenset({"year"})).questions
    assert bool(made) == asked


@pytest.mark.parametrize(
    "deed",
    [  # reading n16 (textbook8), and a second review's variants without 'him'
        "made him Leader of Government Business",
        "invited his party to form a government",
    ],
)
def test_he_is_not_the_subject_when_a_name_of_unknown_kind_stands_beside_it(deed: str) -> None:
    """'The British governor, Sir Charles Arden-Clarke, released Nkrumah and made him Leader of
    Government Business, and in 1952 he became prime minister' asked 'In which year did Charles
    Arden-Clarke become prime minister?': the one-word name Nkrumah, of no known kind, may be
    whom 'he' stands for."""
    text = (
        "Kwame Nkrumah led the Gold Coast to independence. The British governor, Sir Charles "
        f"Arden-Clarke, released Nkrumah and {deed}, and in 1952 he became prime minister."
    )
    stems = [q.stem for q in run(text, n=5, threshold=0).questions]
    assert stems and not any("Arden-Clarke become" in stem for stem in stems), stems


def test_a_count_of_quarters_is_a_share_not_a_count() -> None:
    """Reading n16 (news13): 'about ____ quarters of the former Sudan's oil production'
    offered five, six and seven quarters."""
    text = "South Sudan will hold about three quarters of the former Sudan's oil production."
    assert not run(text, n=5, threshold=0, asked=frozenset({"count"})).questions
    share = "South Sudan will hold about 75 percent of the former Sudan's oil production."
    assert run(share, n=5, threshold=0).questions  # a percentage is still asked
    # reviews: a city's quarters are counted, 'of unequal size' too
    city = "The Old City of Jerusalem is traditionally divided into four quarters of unequal size."
    assert run(city, n=5, threshold=0, asked=frozenset({"count"})).questions


def test_a_heading_s_name_is_a_rival_for_the_noun_that_refers_back() -> None:
    """Reading n16 (textbook8): under '31.4 The Iranian Revolution of 1979', 'The revolution
    began in January 1978' became 'The White Revolution began', the shah's reforms named
    twice before; a heading that names another revolution makes 'the revolution' unclear."""
    text = (
        "31.4 The Iranian Revolution of 1979\n\nThe shah's White Revolution, launched in 1963, "
        "included land reform. Ayatollah Khomeini denounced the White Revolution in 1963. The "
        "revolution began in January 1978, when seminary students in Qom protested."
    )
    stems = [q.stem for q in run(text, n=5, threshold=0).questions]
    assert not any("White Revolution began" in stem for stem in stems), stems


N18_TEXTS = {  # reading n18 (news15, biography2): each gave a faulty question
    "american": (
        "Antonin Dvorak\n\nHe encouraged American composers to draw on African American and "
        "Native American music. Antonin Dvorak spent the summer of 1893 among the Czech "
        "community of Spillville, Iowa, where he wrote his String Quartet in F major, known as "
        'the "American".'
    ),
    "work": (
        "Brunel began the Thames Tunnel in 1825, but the work was dangerous. In 1828 the river "
        "broke in and flooded the tunnel. Work stopped for seven years, and the tunnel was not "
        "opened until 1843."
    ),
    "gauge": (
        "A royal commission found in favour of the narrower gauge, and the Gauge Act of 1846 "
        "required new passenger lines to use it."
    ),
    "launch": (
        "The building of the ship was plagued by disputes and rising costs, and the attempt to "
        "launch it sideways into the Thames in November 1857 failed; it took almost three months "
        "to move it into the water."
    ),
    "decades": (
        "For a time in the late 1920s and early 1930s Akira Kurosawa belonged to the Proletarian "
        "Artists' League."
    ),
    "months": (
        "Hayabusa reached Itokawa, a potato-shaped asteroid about 540 metres long, in September "
        "2005, and spent two months studying it before attempting two brief touchdowns in "
        "November."
    ),
    "film": "1917 won three Oscars, for cinematography, visual effects and sound mixing.",
}


@pytest.mark.parametrize(
    ("name", "fault"),
    [
        ("american", "African American"),  # 'the "American"' written as the longer name
        ("work", "Work"),  # a common word read as a name for its capital
        ("gauge", "use it"),  # 'it' is the gauge, named only in the cut clause
        ("launch", "launch it"),  # the attempt to launch what?
        ("decades", "early 1930s"),  # late ____ and early 1930s: the 1920s
        ("months", "two months"),  # September and two months: November
        ("film", "Oscars"),  # 1917, the film
    ],
)
def test_reading_n18_faults_are_not_asked(name: str, fault: str) -> None:
    made = run(N18_TEXTS[name], n=10, threshold=0).questions
    assert not [q.stem for q in made if fault in q.stem]


def test_the_american_quartet_keeps_its_name() -> None:
    made = run(N18_TEXTS["american"], n=10, threshold=0).questions
    assert any('known as the "American"' in q.stem for q in made)


def test_a_year_the_subject_of_a_time_s_verb_is_still_asked() -> None:
    made = run("1968 saw protests in Paris, Prague and Chicago.", n=3, threshold=0).questions
    assert [q.answer for q in made] == ["1968"]


def test_a_person_joined_over_particles_is_placed_by_the_apposition_before_the_name() -> None:
    """Once 'Johannes van den Bosch' was read as one person (not 'Johannes' and 'Bosch'), the
    rule that refuses people the sentence does not place dropped the question: 'the new
    governor-general,' before the name says who he is."""
    text = (
        "In 1830, the new governor-general, Johannes van den Bosch, introduced a solution that "
        "came to be called the Cultivation System."
    )
    assert [q.answer for q in run(text, n=3, threshold=0).questions] == ["1830"]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [  # reading n18: 'on Thursday, August 21' became 'on August 21, 1986, August 21, 1986'
        (
            "The gas escaped from the lake at about 9:30 p.m. on Thursday, August 21, and flowed "
            "down the surrounding valleys.",
            "on August 21 , 1986 , and flowed",
        ),
        ("The minister flew to Wum on Sunday, 24 August, with aid.", "on August 24 , 1986 , with"),
        ("Pilots flew over the lake on Monday, August 25, 1986.", "on August 25 , 1986 ."),
    ],
)
def test_a_weekday_before_its_date_is_written_once(sentence: str, written: str) -> None:
    text = f"Gas cloud from a crater lake kills 1,500\n\nTuesday, August 26, 1986\n\n{sentence}"
    tokens = document.read(text, lexicon.load()).sentences[-1].tokens
    assert written in " ".join(t.text for t in tokens)


ASKED_STILL = {  # an independent review of reading n18's rules: good questions they refused
    "praised it": (
        "In 1831, Alexis de Tocqueville toured the United States and later praised it in his book.",
        "1831",
    ),
    "a time's deed": ("1968 changed American politics for ever.", "1968"),
    "a span's far end": (
        "About 12.5 million Africans were forced aboard slave ships between the early 1500s and "
        "the 1860s.",
        "1500s",
    ),
    "a gauge named": (
        "The Gauge Act of 1846 required new passenger lines to use the narrower gauge.",
        "1846",
    ),
    "a ship named": (
        "Brunel tried to launch the Great Eastern sideways into the Thames in November 1857.",
        "November 1857",
    ),
}


@pytest.mark.parametrize("name", ASKED_STILL)
def test_the_n18_rules_leave_good_questions_alone(name: str) -> None:
    text, key = ASKED_STILL[name]
    assert key in [q.answer for q in run(text, n=5, threshold=0).questions]


@pytest.mark.parametrize(
    "text",
    [  # the same review: faults the n18 rules missed, or a role read from an opening phrase
        "In November 1857, the attempt to launch it sideways into the Thames failed.",
        "The first attempt to quickly launch it into the Thames in November 1857 failed.",
        "1984 was published by Secker and Warburg in June 1949.",
        "After the war, Ellen Marsh, who had trained in London, moved to Lagos. Ellen Marsh "
        "opened the city's first maternity clinic in 1952.",
    ],
)
def test_the_review_of_n18_s_rules_finds_nothing_asked(text: str) -> None:
    made = run(text, n=5, threshold=0).questions
    assert not [q for q in made if "launch it" in q.stem or q.answer in {"1984", "1952"}]


@pytest.mark.parametrize(
    ("text", "latest"),
    [  # Jack London (1876-1916) is no bound on the city; nor is a death on the year of it
        ("Zeppelins first bombed London in 1915.", 1916),
        ("Lincoln was assassinated in 1865.", 1865),
    ],
)
def test_a_life_bounds_only_its_own_deeds(text: str, latest: int) -> None:
    options = [
        int(o)
        for seed in range(8)
        for o in run(text, n=3, threshold=0, seed=seed).questions[0].options
    ]
    assert max(options) > latest


def test_a_name_after_an_initial_is_a_name_in_mid_sentence() -> None:
    """The same review: 'Bush' opening a sentence became a common noun because the text also
    writes 'the dry bush' and the only mid-sentence 'Bush' follows 'W.'."""
    text = (
        "George W. Bush was born in New Haven in 1946. Bush was elected governor of Texas in "
        "1994. Fires burned through the dry bush near Crawford."
    )
    stems = [q.stem for q in run(text, n=5, threshold=0).questions]
    assert any("George W. Bush" in s and "governor" in s for s in stems)
