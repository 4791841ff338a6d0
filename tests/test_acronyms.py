"""Abbreviations a text defines are written out in a stem that uses them alone (tuning reading
t13: "SSS is never spelled out; a student can't follow the stem alone")."""

from __future__ import annotations

import pytest

from quiz.generator import acronyms, run

SALINITY = (  # the tuning part's academic_salinity, shortened
    "The first space missions dedicated to measuring sea surface salinity (SSS) were launched "
    "by the European Space Agency (ESA) in 2009. The early concept of remote sensing of SSS "
    "was demonstrated in the late 1970s with observations by Skylab and two airborne "
    "radiometry experiments."
)


def test_definitions_are_the_words_the_letters_spell() -> None:
    assert acronyms.defined(SALINITY) == {
        "SSS": "sea surface salinity",
        "ESA": "European Space Agency",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Salinity (SSS) was measured.",  # one word is no definition
        "It was measured in Paris (FR).",  # the letters are not there
        "The sea. Surface salinity (SSS) was measured.",  # the sentence before is not part
    ],
)
def test_no_definition_is_made_up(text: str) -> None:
    assert "SSS" not in acronyms.defined(text) and "FR" not in acronyms.defined(text)


def test_an_abbreviation_defined_two_ways_is_left_alone() -> None:
    text = "The Computing Research Association (CRA) met the Canada Revenue Agency (CRA)."
    assert acronyms.defined(text) == {}


def test_a_stem_gets_the_long_form_once_and_only_where_it_lacks_it() -> None:
    known = {"IMF": "International Monetary Fund", "SSS": "sea surface salinity"}
    assert (
        acronyms.spelled_out("The IMF, created in ____, promotes stability.", known)
        == "The International Monetary Fund (IMF), created in ____, promotes stability."
    )
    assert acronyms.spelled_out("SSS maps of SSS in ____.", known) == (
        "Sea surface salinity (SSS) maps of SSS in ____."
    )
    written = "The sea surface salinity (SSS) was mapped in ____."
    assert acronyms.spelled_out(written, known) == written
    assert acronyms.spelled_out("The IMFs met in ____.", known) == "The IMFs met in ____."


def test_the_question_says_what_the_abbreviation_stands_for() -> None:
    stems = [q.stem for q in run(SALINITY, n=5, threshold=-100).questions]
    about = [s for s in stems if "Skylab" in s]
    assert about and all("sea surface salinity (SSS)" in s for s in about)
