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


def test_a_name_with_initials_of_another_language_is_its_whole_name() -> None:
    """Reading n15 (news12): 'The power for the Institutional Revolutionary Party (PRI)' ran a
    common word into the name; PRI's initials are Spanish."""
    text = "Fox ended 71 years in power for the Institutional Revolutionary Party (PRI)."
    assert acronyms.defined(text) == {"PRI": "Institutional Revolutionary Party"}
    assert acronyms.defined("It was measured in Paris (FR).") == {}
    # a second review: a long form that opens in lower case still counts; a name's letters
    assert acronyms.defined("The vitamin D receptor (VDR) binds it.") == {
        "VDR": "vitamin D receptor"
    }
    assert acronyms.defined("The Institutional Revolutionary Party (PRI) ruled.") == {
        "PRI": "Institutional Revolutionary Party"
    }
    assert acronyms.defined("The race was won by Mo Farah (GB).") == {}


def test_a_long_form_opens_with_a_word_of_its_own_and_may_hold_initials() -> None:
    text = (  # an independent review's sentences
        "The Organization of American States (OAS) was founded in 1948. John F. Kennedy (JFK) "
        "was shot in 1963. Non-governmental organizations (NGOs) grew."
    )
    assert acronyms.defined(text) == {
        "OAS": "Organization of American States",
        "JFK": "John F. Kennedy",
    }


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


def test_a_name_gets_its_article_a_common_noun_its_case_and_a_possessive_stays_one() -> None:
    known = {"NATO": "North Atlantic Treaty Organization", "GDP": "Gross domestic product"}
    assert acronyms.spelled_out("West Germany joined NATO in ____.", known) == (
        "West Germany joined the North Atlantic Treaty Organization (NATO) in ____."
    )
    assert acronyms.spelled_out("France left NATO's command in ____.", known) == (
        "France left the North Atlantic Treaty Organization's command in ____."
    )
    assert acronyms.spelled_out("Economists said GDP grew in ____.", known) == (
        "Economists said gross domestic product (GDP) grew in ____."
    )
    assert acronyms.spelled_out("NATO was formed in ____.", known) == (
        "The North Atlantic Treaty Organization (NATO) was formed in ____."
    )


def test_an_expansion_is_not_expanded_again_nor_the_key_written_out() -> None:
    known = {"UNHCR": "UN High Commissioner for Refugees", "UN": "United Nations"}
    assert acronyms.spelled_out("In 1954, the UNHCR won.", known) == (
        "In 1954, the UN High Commissioner for Refugees (UNHCR) won."
    )
    stem = "____ was founded in 1945, and the UN met in London."
    assert acronyms.spelled_out(stem, known, key="United Nations") == stem


def test_the_question_says_what_the_abbreviation_stands_for() -> None:
    stems = [q.stem for q in run(SALINITY, n=5, threshold=-100).questions]
    about = [s for s in stems if "Skylab" in s]
    assert about and all("sea surface salinity (SSS)" in s for s in about)
