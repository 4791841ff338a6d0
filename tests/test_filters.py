"""Which sentences may carry a question, and pronoun resolution (references.py)."""

from __future__ import annotations

import pytest

from quiz.generator import clauses, entities, filters, generate, lexicon, references, tokens
from quiz.generator.document import read


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Are we going to fight with NATO?", "question"),
        ('"It is important that we send a strong message," Kirby told reporters.', "quotation"),
        ('Kirby said the message was a "gun pointed at Ukraine\'s head".', "quotation"),
        ("I think the treaty was signed in 1919 by both sides.", "opinion"),
        ("The government should raise taxes on fuel next year.", "opinion"),
        ("More troops to Europe.", "too short"),
        ("and then the troops arrived in Poland last week.", "fragment"),
        ("The rise and fall of the Roman Empire in the west and in the east.", "fragment"),
        ("The US and its allies sent 2,000 troops to Poland.", None),
        ('Biden recently warned of a "possibility" of an invasion in February.', None),
    ],
)
def test_skip_reasons(sentence: str, reason: str | None) -> None:
    assert filters.skip_reason(tokens.tag(sentence), inside_quotation=False) == reason


def test_a_quotation_spanning_sentences_is_followed() -> None:
    first = tokens.tag('"It seems that the United States is not so concerned.')
    assert filters.opens_quotation(first, open_before=False)
    last = tokens.tag('In that sense, Ukraine itself is just a tool."')
    assert not filters.opens_quotation(last, open_before=True)


def test_a_quotation_never_closed_ends_where_the_next_begins() -> None:
    """The tuning-part life of Jeanne Moreau opens a quotation by a slip ('When a young girl,"
    the family moved ...') and then quotes her in sentences of their own: the four sentences
    after those, no speech at all, had been skipped as inside a quotation."""
    text = (
        'When a young girl," the family moved south to Vichy. "It was wonderful there", Moreau '
        'said. "Every tombstone in the cemetery was for a Moreau". During World War II, the '
        "family was split, and Moreau lived with her mother in Paris."
    )
    skipped = [s.skip for s in read(text, lexicon.load()).sentences]
    assert skipped[-1] != "quotation", skipped
    assert skipped[1] == "quotation"


def _people(sentence: str) -> list[entities.Entity]:
    return entities.find(tokens.tag(sentence), lexicon.load())


def _resolve(sentence: str, recent: list[list[entities.Entity]]) -> list[str] | None:
    tagged = tokens.tag(sentence)
    index = references.subject_pronoun(tagged, clauses.analyse(tagged))
    found = references.resolve(tagged, index, recent, references.Topic())
    return None if found is None else [t.text for t in found]


def test_he_is_resolved_to_the_one_man_just_mentioned() -> None:
    previous = _people("Putin has accused the US of trying to lure his country into a war.")
    resolved = _resolve("He said the US aim is to use confrontation as a pretext.", [previous])
    assert resolved[:3] == ["Putin", "said", "the"]


def test_his_becomes_a_possessive_and_it_stays_unresolved() -> None:
    previous = _people("President Joe Biden plans to send more troops to Europe.")
    resolved = _resolve("His deployment adds to the troops already there.", [[], previous])
    assert resolved[:4] == ["Joe", "Biden", "'s", "deployment"]
    assert _resolve("It was signed in 1919 by both parties.", [previous]) is None


def test_she_needs_a_woman_and_two_men_are_ambiguous() -> None:
    einstein = _people("Albert Einstein studied in Zurich.")
    assert _resolve("She was the only woman in the section.", [einstein]) is None
    marie = _people("Marie Curie studied in Paris.")
    assert _resolve("She was the only woman in the section.", [marie])[:2] == ["Marie", "Curie"]
    two = _people("Boris Johnson spoke with Joe Biden on Monday.")
    assert _resolve("He said the talks went well.", [two]) is None


def test_a_picture_s_caption_carries_no_question() -> None:
    """'In 2008, Endeavour and Atlantis await a journey on their respective launchpads. Image:
    NASA.' (a tuning-part news story): eight tuning readings rejected the caption's question."""
    text = (
        "NASA names shuttle homes\n\nWednesday, April 13, 2011\n\n"
        "NASA announced where its four orbiters will be displayed. In 2008, Endeavour and "
        "Atlantis await a journey on their respective launchpads. Image: NASA.\n\n"
        "Space Shuttle Columbia lifted off on STS-1 on April 12, 1981."
    )
    found = read(text, lexicon.load()).sentences
    skips = {s.source.text.split(",")[0]: s.skip for s in found}
    assert skips["In 2008"] == "caption"
    assert {q.answer for q in generate(text, n=5)} == {"April 12, 1981"}
