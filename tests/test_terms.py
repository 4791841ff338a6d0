"""Subject terms on real textbook sentences (OpenStax Introductory Statistics, tuning part)."""

from __future__ import annotations

from quiz.generator import lexicon, terms, tokens

STATISTICS = (
    "The common measures of location are quartiles and percentiles. Quartiles are special "
    "percentiles. The first quartile, Q1, is the same as the 25th percentile, and the third "
    "quartile, Q3, is the same as the 75th percentile. The median, M, is called both the second "
    "quartile and the 50th percentile. Percentiles divide ordered data into hundredths. "
    "Deciles divide ordered data into tenths. Quartiles divide ordered data into quarters."
)


def _terms(text: str) -> dict[str, terms.Term]:
    return terms.subject_terms((tokens.tag(s) for s in text.split(". ")), lexicon.load())


def test_repeated_technical_nouns_are_subject_terms_and_everyday_ones_are_not() -> None:
    found = _terms(STATISTICS)
    assert {"quartile", "percentile"} <= set(found)
    assert "data" not in found and "measure" not in found  # everyday English


def test_a_term_s_options_are_its_cohyponyms_in_its_number() -> None:
    found = _terms(STATISTICS)
    named = ["deciles", "percentiles"]
    options = terms.alternatives(found["quartile"], "quartiles", lexicon.load(), named)
    assert set(options[:2]) == {"percentiles", "deciles"}  # the text's own terms first
    assert len(options) >= 3 and all(o.endswith("s") for o in options)
    assert terms.alternatives(found["quartile"], "quartiles", lexicon.load(), []) == []


def test_a_term_whose_sense_the_text_does_not_settle_has_no_options() -> None:
    text = "The plant was closed. The plant employed workers. The plant made cars."
    assert "plant" not in _terms(text)  # a factory or a flower?
