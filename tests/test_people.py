"""People in WordNet: life spans read from glosses, and peers of the same class and era."""

from __future__ import annotations

import pytest

from quiz.generator import lexicon, people
from quiz.generator.people import Life

# --- reading glosses (real WordNet 3.0 glosses) -------------------------------------------------


@pytest.mark.parametrize(
    ("gloss", "life"),
    [
        (  # "born in Germany" inside the text is not a date: only the last dated parenthesis is
            "physicist born in Germany who formulated the special theory of relativity and the "
            "general theory of relativity; Einstein also proposed that light consists of discrete "
            "quantized bundles of energy (later called photons) (1879-1955)",
            Life(1879, 1955),
        ),
        ("conqueror of Gaul and master of Italy (100-44 BC)", Life(-100, -44)),
        (
            "Roman statesman who established the Roman Empire and became emperor in 27 BC; "
            "defeated Mark Antony and Cleopatra in 31 BC at Actium (63 BC - AD 14)",
            Life(-63, 14),
        ),
        ("Greek biographer who wrote Parallel Lives (46?-120 AD)", Life(46, 120)),
        ("Greek lyric poet remembered for his odes (518?-438? BC)", Life(-518, -438)),
        ("Greek author of fables (circa 620-560 BC)", Life(-620, -560)),
    ],
)
def test_a_range_gives_birth_and_death(gloss: str, life: Life) -> None:
    assert people.parse_life(gloss) == life


@pytest.mark.parametrize(
    ("gloss", "life"),
    [
        (
            "Soviet statesman whose foreign policy brought an end to the Cold War and whose "
            "domestic policy introduced major reforms (born in 1931)",
            Life(born=1931),
        ),
        (
            "physicist honored for advances in solid state electronics (born in Japan in 1925)",
            Life(born=1925),
        ),
        ("United States dramatist (1928-)", Life(born=1928)),
        (
            "king of Assyria who invaded Judea twice and defeated Babylon and rebuilt Nineveh "
            "after it had been destroyed by Babylonians (died in 681 BC)",
            Life(died=-681),
        ),
        (
            "king of Persia who sanctioned the practice of Judaism in Jerusalem (?-424 BC)",
            Life(died=-424),
        ),
    ],
)
def test_one_end_of_a_life_is_kept_alone(gloss: str, life: Life) -> None:
    assert people.parse_life(gloss) == life


@pytest.mark.parametrize(
    ("gloss", "flourished"),
    [
        ("French poet (flourished around 1460)", 1460),
        (
            "a presocratic Greek philosopher who said that fire is the origin of all things and "
            "that permanence is an illusion as all things are in perpetual flux (circa 500 BC)",
            -500,
        ),
        ("Greek geometer (3rd century BC)", -250),
        (
            "Greek poet whose existing works describe rural life and the genealogies of the gods "
            "and the beginning of the world (eighth century BC)",
            -750,
        ),
        ("a Hebrew minor prophet of the late 7th century BC", -620),
        (
            "a Swiss patriot who lived in the early 14th century and who was renowned for his "
            "skill as an archer (which he did successfully without mishap)",
            1320,
        ),
        (
            "Italian pope from 1700 to 1721 who condemned Jansenist ideas on papal infallibility",
            1710,
        ),
        ("king of Egypt between 1304 and 1237 BC who built many monuments", -1270),
        (
            "Pharaoh of Egypt around 1358 BC; his tomb was discovered almost intact by Howard "
            "Carter in 1922",
            -1358,
        ),
    ],
)
def test_a_century_or_a_reign_gives_a_year_of_activity(gloss: str, flourished: int) -> None:
    assert people.parse_life(gloss) == Life(flourished=flourished)


def test_impossible_ranges_and_myths_give_no_wrong_dates() -> None:
    harding = "29th President of the United States; two of his appointees were involved in the "
    assert people.parse_life(harding + "Teapot Dome scandal (1865-1823)") == Life(born=1865)
    # Miltiades died in 489 BC, but the gloss forgot the BC: better no date than AD 540.
    assert people.parse_life(
        "Athenian general who defeated the Persians at Marathon (540-489)"
    ) == (Life())
    zeus = "(Greek mythology) the supreme god of ancient Greek mythology; son of Rhea and Cronus"
    assert people.parse_life(zeus) == Life()


# --- eras and written forms ---------------------------------------------------------------------


def test_contemporaries_share_an_era_not_just_a_year() -> None:
    lincoln, grant, roosevelt = (1809, 1865), (1822, 1885), (1858, 1919)
    assert people.contemporaries(lincoln, grant)
    assert not people.contemporaries(lincoln, roosevelt)  # seven years of childhood in common
    assert not people.contemporaries((-100, -44), (1809, 1865))


def test_an_undated_life_is_of_no_era() -> None:
    assert not people.same_era(Life(), Life(1809, 1865), None)
    assert not people.same_era(Life(1822, 1885), Life(), None)
    assert people.same_era(Life(1822, 1885), Life(), 1863)
    assert not people.same_era(Life(1822, 1885), Life(1809, 1865), 1963)


def test_people_are_written_like_the_key() -> None:
    lincoln = ("Lincoln", "Abraham Lincoln", "President Lincoln", "President Abraham Lincoln")
    assert people.written(lincoln, full=True) == "Abraham Lincoln"
    assert people.written(lincoln, full=False) == "Lincoln"
    jackson = ("Jackson", "Andrew Jackson", "Old Hickory")
    assert people.written(jackson, full=True) == "Andrew Jackson"
    gaulle = ("de Gaulle", "General de Gaulle", "Charles de Gaulle", "General Charles de Gaulle")
    assert people.written(gaulle, full=True) == "Charles de Gaulle"
    assert people.written(("Chiang Kai-shek", "Chiang Chung-cheng"), full=True) == (
        "Chiang Kai-shek"
    )
    rayleigh = ("Rayleigh", "Third Baron Rayleigh", "Lord Rayleigh", "John William Strutt")
    assert people.written(rayleigh, full=True) == "Lord Rayleigh"
    assert people.written(("Plato",), full=True) == "Plato"
    voltaire = ("Voltaire", "Arouet", "Francois-Marie Arouet")
    assert people.written(voltaire, full=True) == "Voltaire"
    montesquieu = (
        "Montesquieu",
        "Baron de la Brede et de Montesquieu",
        "Charles Louis de Secondat",
    )
    assert people.written(montesquieu, full=True) == "Montesquieu"


def test_mentions_count_each_text_once_and_the_longest_name() -> None:
    names = {"George Washington": 1, "Washington": None, "George Washington Carver": 2, "Bohr": 3}
    texts = [
        (10, "chosen by George Washington as the site of the capital of George Washington"),
        (11, "George Washington Carver"),  # another man: George Washington is not mentioned
        (12, "Bohr's atom and Washington"),  # 'Washington' alone is ambiguous
        (3, "the Bohr theory"),  # Bohr's own text does not count
    ]
    assert people.mentions(texts, names) == {1: 1, 2: 1, 3: 1}


# --- the real extract ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extract() -> lexicon.Lexicon:
    found = lexicon.load()
    if found is None:
        pytest.skip("no WordNet extract: install wordnet-base, then run `quiz setup-data`")
    if found.life("Abraham Lincoln") is None:
        pytest.skip("the WordNet extract predates people: run `quiz setup-data --force`")
    return found


def _overlaps(life: tuple[int | None, int | None] | None, start: int, end: int) -> bool:
    assert life is not None
    born, died = life
    return (born is None or born <= end) and (died is None or died >= start)


def test_life_spans_from_the_extract(extract: lexicon.Lexicon) -> None:
    assert extract.life("Abraham Lincoln") == (1809, 1865)
    assert extract.life("Lincoln") == (1809, 1865)  # the president, not the city
    assert extract.life("Julius Caesar") == (-100, -44)
    assert extract.life("Mikhail Gorbachev") == (1931, None)
    assert extract.life("Homer") == (None, None)  # "(circa 8th century BC)": no birth or death
    assert extract.life("Zeus") is None
    assert extract.life("Poland") is None


def test_lincolns_peers_are_presidents_of_his_time(extract: lexicon.Lexicon) -> None:
    peers = extract.peers("Abraham Lincoln", 8)
    assert len(peers) == 8
    assert {"Ulysses Grant", "James Polk", "Zachary Taylor"} <= set(peers)
    for peer in peers:
        assert " " in peer  # full names beside a full name
        assert _overlaps(extract.life(peer), 1809 + 15, 1865 - 15)
    assert not {"Jimmy Carter", "George Bush", "Thomas Jefferson", "Theodore Roosevelt"} & set(
        peers
    )
    assert "Abraham Lincoln" not in peers


def test_a_ruler_s_peers_are_rulers_of_the_line_written_with_their_numbers(
    extract: lexicon.Lexicon,
) -> None:
    """'the reign of King ____' (tuning part: Louis XVI) had no option: no other King of
    France was his contemporary."""
    assert set(extract.peers("Louis XVI", 6)) == {"Louis XIII", "Louis XIV", "Louis XV"}
    henry = extract.peers("Henry VIII", 6)
    assert len(henry) == 6 and all(peer.split()[-1].strip("IVX") == "" for peer in henry)
    assert "James I" in henry and "James" not in henry
    assert extract.peers("Louis XVI", 6, around=1793) == ["Louis XV"]  # near the text's year
    assert "Theodore Roosevelt" not in extract.peers("Abraham Lincoln", 8)  # not a ruler's line


def test_a_surname_key_gets_surnames(extract: lexicon.Lexicon) -> None:
    peers = extract.peers("Lincoln", 8)
    assert "Grant" in peers
    assert not {"Lincoln", "Carter", "Bush", "Jefferson"} & set(peers)
    for peer in peers:
        assert extract.person(peer).named.words[0] == peer  # each one's usual, short form


def test_einsteins_peers_are_physicists_of_his_time(extract: lexicon.Lexicon) -> None:
    peers = extract.peers("Albert Einstein", 8)
    assert "Max Planck" in peers
    assert "Isaac Newton" not in peers
    for peer in peers:
        classes = {extract.class_name(c) for c in extract.person(peer).named.classes}
        assert "physicist" in classes
        assert _overlaps(extract.life(peer), 1879 + 15, 1955 - 15)


def test_caesars_peers_are_ancient_romans(extract: lexicon.Lexicon) -> None:
    peers = extract.peers("Julius Caesar", 6)
    assert {"Pompey the Great", "Mark Antony"} <= set(peers)
    assert all(extract.life(peer)[1] < 0 for peer in peers)  # all died BC
    # WordNet has Lucullus twice, as 'Licinius Lucullus' and 'Lucius Licinius Luculus'
    assert len({extract.life(peer) for peer in peers}) == len(peers)


def test_napoleon_and_luther_find_their_contemporaries_and_compatriots(
    extract: lexicon.Lexicon,
) -> None:
    napoleon = extract.peers("Napoleon", 8)
    assert "Ney" in napoleon and "Wellington" not in napoleon  # a French general, not his foe
    luther = extract.peers("Martin Luther", 6)
    assert "Philipp Melanchthon" in luther and "John Calvin" not in luther  # German, not French
    assert all(_overlaps(extract.life(peer), 1483, 1546) for peer in luther)
    gorbachev = extract.peers("Mikhail Gorbachev", 8)
    assert "Leonid Brezhnev" in gorbachev  # blind readers rejected Sadat and Arafat beside him
    assert {extract.person(p).nation for p in gorbachev} <= {"Soviet", "Russian"}
    bentham = extract.peers("Jeremy Bentham", 8)  # English, beside Scots
    assert "Dugald Stewart" in bentham and {extract.person(p).nation for p in bentham} <= {
        "English",
        "Scottish",
        "British",
        "Welsh",
        "Irish",
    }


def test_a_gloss_s_opening_nationality_is_read() -> None:
    assert people.nation("Soviet statesman who was general secretary (1931-)") == "Soviet"
    assert people.nation("United States writer of novels (1835-1910)") == "United States"
    assert people.nation("physicist born in Germany (1879-1955)") is None


@pytest.mark.parametrize(
    ("gloss", "gender"),
    [  # real WordNet 3.0 glosses
        (
            "United States tennis player (born in Czechoslovakia) who won nine Wimbledon women's "
            "singles championships (born in 1956)",
            "female",
        ),
        (
            "United States tennis player (born in Czechoslovakia) who won several singles "
            "championships; in 1992 he became a United States citizen (born in 1960)",
            "male",
        ),
        ("French physicist; husband of Marie Curie (1859-1906)", "male"),
        ("Englishman and romantic poet (1792-1822)", "male"),
        (  # a part's head, past its parenthesis, says what the person is
            "(Old Testament) a beautiful Jewess chosen by the king of Persia to be his queen; she "
            "stopped a plan to massacre the Jews",
            "female",
        ),
        (  # words past the head tell of others (an independent review)
            "British statesman who as Prime Minister bought controlling interest in the Suez "
            "Canal and made Queen Victoria Empress of India (1804-1881)",
            None,
        ),
        (
            "grandson of Queen Victoria and Kaiser of Germany from 1888 to 1918; he was vilified "
            "as causing World War I (1859-1941)",
            "male",
        ),
        (
            "French consort of Louis XIV who secretly married the king after the death of his "
            "first wife (1635-1719)",
            None,
        ),
        ("outstanding United States tennis player (born in 1952)", None),
    ],
)
def test_a_gloss_gives_a_gender_when_a_word_of_it_does(gloss: str, gender: str | None) -> None:
    assert people.gender(gloss) == gender


def test_peers_never_have_the_other_gender_their_gloss_gives(extract: lexicon.Lexicon) -> None:
    lendl = extract.peers("Ivan Lendl", 6, compatriots=False, gender="male")
    assert lendl  # men's tennis players of his time
    assert not {"Martina Navratilova", "Chris Evert", "Steffi Graf"} & set(lendl)
    assert all(extract.person(peer).gender != "female" for peer in lendl)
    navratilova = extract.peers("Martina Navratilova", 4, compatriots=False, gender="female")
    assert {extract.person(peer).gender for peer in navratilova} == {"female"}  # women first
    assert "Ivan Lendl" in extract.peers("Martina Navratilova", 12, compatriots=False)


def test_gods_are_not_people(extract: lexicon.Lexicon) -> None:
    for god in ("Zeus", "Jupiter", "God", "Lord"):
        assert extract.person(god) is None
        assert extract.peers(god, 5) == []
        assert extract.peers(god, 5, around=1000) == []


def test_without_any_date_there_are_no_peers(extract: lexicon.Lexicon) -> None:
    assert extract.life("Moses") == (None, None)
    assert extract.peers("Moses", 5) == []


def test_a_year_from_the_text_narrows_the_era(extract: lexicon.Lexicon) -> None:
    in_1863 = extract.peers("Abraham Lincoln", 8, around=1863)
    assert in_1863
    assert all(_overlaps(extract.life(peer), 1863 - 40, 1863 + 40) for peer in in_1863)
    assert extract.peers("Abraham Lincoln", 8, around=1963) == []


def test_excluded_names_exclude_the_person(extract: lexicon.Lexicon) -> None:
    peers = extract.peers("Abraham Lincoln", 8, exclude=["Grant", "james polk"])
    assert not {"Ulysses Grant", "James Polk"} & set(peers)
    assert len(peers) == 8


def test_an_individuals_first_class_is_the_one_its_gloss_names_first(
    extract: lexicon.Lexicon,
) -> None:
    churchill = extract.named("Winston Churchill")[0]  # "British statesman and ... literature"
    assert [extract.class_name(c) for c in churchill.classes] == ["statesman", "writer"]
    lincoln = extract.named("Abraham Lincoln")[0]  # "16th President of the United States"
    assert extract.class_name(lincoln.classes[0]) == "President of the United States"
