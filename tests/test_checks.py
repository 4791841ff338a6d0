"""Stage 5: item-writing checks, each on a question that breaks it."""

from __future__ import annotations

import pytest

from quiz.generator import Question, Source, checks

SOURCE = Source("doc", "NATO was formed in 1949 by 12 countries.", 0, 41)


def question(stem: str, options: list[str], answer: int = 0, kind: str = "year") -> Question:
    return Question(stem, tuple(options), answer, kind, SOURCE, 0.5)


def test_a_good_question_has_no_problem() -> None:
    good = question("In which year was NATO formed?", ["1949", "1939", "1955", "1962"])
    assert checks.item_problems(good, 4) == []


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (
            question("When was NATO formed in 1949?", ["1949", "1939", "1955", "1962"]),
            checks.ANSWER_IN_STEM,
        ),
        (
            question(
                "Which country sent troops to the U.S.?",
                ["United States", "Canada", "France", "Spain"],
                kind="place",
            ),
            checks.ANSWER_IN_STEM,
        ),
        (
            question("In which year was NATO formed?", ["1949", "1939", "1949", "1962"]),
            checks.DUPLICATE_OPTIONS,
        ),
        (
            question("Where?", ["US", "U.S.", "Canada", "Spain"], kind="place"),
            checks.DUPLICATE_OPTIONS,
        ),
        (
            question(
                "Where did they go?",
                ["Poland", "Poland and Germany", "Spain", "Italy"],
                kind="place",
            ),
            checks.OVERLAPPING_OPTIONS,
        ),
        (
            question("In which year was NATO formed?", ["1949", "Canada", "1955", "1962"]),
            checks.MIXED_TYPES,
        ),
        (
            question("It was an ____ alliance.", ["old", "new", "young", "brief"], kind="term"),
            checks.ARTICLE_CUE,
        ),
        (
            question(
                "____ sent troops.",
                ["Poland and Germany", "Spain", "Italy", "Greece"],
                kind="place",
            ),
            checks.NUMBER_CUE,
        ),
        (
            question(
                "Who spoke?",
                ["The Secretary-General of the United Nations", "Putin", "Biden", "Kuleba"],
                kind="person",
            ),
            checks.LONG_KEY,
        ),
        (
            question("In which year was NATO formed", ["1949", "1939", "1955", "1962"]),
            checks.MALFORMED,
        ),
        (question("In which year was NATO formed?", ["1949", "1939", "1955"]), checks.MALFORMED),
    ],
)
def test_each_check_catches_its_fault(bad: Question, problem: str) -> None:
    assert problem in checks.item_problems(bad, 4)


def test_near_duplicates_and_giveaways_across_a_set() -> None:
    year = question("In which year was NATO formed?", ["1949", "1939", "1955", "1962"])
    same = question("NATO was formed in ____.", ["1939", "1949", "1955", "1962"], answer=1)
    count = question(
        "How many countries formed NATO in 1949?", ["10", "12", "15", "20"], 1, "count"
    )
    assert checks.NEAR_DUPLICATE in checks.set_problems(same, [year])
    debut = Question(  # one fact told in two sentences of a tuning-part biography
        "In which year did Jeanne Moreau make her theatrical debut at the Avignon Festival?",
        ("1947", "1942", "1950", "1952"),
        0,
        "year",
        Source("bio", "In 1947, Moreau made her theatrical debut at the Avignon Festival.", 0, 9),
        0.5,
    )
    again = Question(
        "Jeanne Moreau made her theatrical debut in ____, and established herself as one of the "
        "leading actresses of the Comédie-Française.",
        ("1942", "1947", "1950", "1952"),
        1,
        "year",
        Source(
            "bio", "Moreau made her theatrical debut in 1947, and established herself.", 99, 120
        ),
        0.5,
    )
    assert checks.NEAR_DUPLICATE in checks.set_problems(again, [debut])
    assert checks.GIVEAWAY in checks.set_problems(count, [year])
    unrelated = Question(
        "Who is the Pentagon spokesman?",
        ("John Kirby", "Putin", "Biden", "Kuleba"),
        0,
        "person",
        Source("doc", "Pentagon spokesman John Kirby said.", 0, 5),
        0.5,
    )
    assert checks.set_problems(unrelated, [year, count]) == []


def from_sentence(
    stem: str, options: tuple[str, ...], kind: str, sentence: str, at: int
) -> Question:
    """A question with the key first, made from *sentence* at offset *at* of a text."""
    return Question(stem, options, 0, kind, Source("bio", sentence, at, at + len(sentence)), 0.5)


def test_a_set_asks_a_name_once_and_a_year_as_often_as_its_facts() -> None:
    """A tuning-part life gave three person questions whose key was its subject."""
    people = ("Daniel Bernoulli", "Henry Cavendish", "Charles Coulomb", "Gabriel Fahrenheit")
    euler = from_sentence(
        "Together ____ and Leonhard Euler tried to discover more about the flow of fluids.",
        people,
        "person",
        "Together Bernoulli and Euler tried to discover more about fluids.",
        0,
    )
    basel = from_sentence(
        "____ returned to the University of Basel, where he held the chair of medicine.",
        people,
        "person",
        "He returned to the University of Basel.",
        99,
    )
    kept = checks.SetChecker([euler])
    assert not kept.admits(basel)
    petersburg = question("Daniel Bernoulli went to St. Petersburg in ____.", ["1724", "1733"])
    assert kept.admits(petersburg)
    kept.add(petersburg)
    elected = from_sentence(
        "In May ____, Daniel Bernoulli was elected a Fellow of the Royal Society.",
        ("1724", "1750", "1755", "1760"),
        "year",
        "In May 1724, he was elected a Fellow of the Royal Society.",
        200,
    )
    assert kept.admits(elected)  # two facts of one year
