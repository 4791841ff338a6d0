"""Property tests: generate never raises and only returns valid questions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generator import checks, generate

WORDS = st.sampled_from(
    "NATO Russia Poland troops were was sent formed in by 1949 12 countries about 2,000 the a "
    "and of to President Joe Biden said , . ; ( ) \" ' $ 5 % second February U.S. he she it "
    "which that who Mr. Dr. 14,000 people eight years since 2014 -- : ? ! Ukraine's".split()
)
SENTENCES = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)
DOCUMENTS = st.one_of(
    st.text(max_size=400),
    st.lists(SENTENCES, min_size=1, max_size=8).map("\n".join),
    st.lists(st.one_of(SENTENCES, st.text(max_size=60)), max_size=6).map(" ".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.integers(min_value=2, max_value=6), st.integers(0, 3))
def test_generate_never_raises_and_returns_valid_questions(
    document: str, choices: int, seed: int
) -> None:
    questions = generate(document, choices=choices, seed=seed)
    for i, question in enumerate(questions):
        assert checks.item_problems(question, choices) == []
        assert checks.set_problems(question, questions[:i]) == []
        assert 0.0 <= question.score <= 1.0
        assert 0 <= question.source.start <= question.source.end <= len(document)
