"""Which sentences can carry a question: no questions, quotations, opinions, fragments or
run-ons, and no subject pronoun that the previous sentences cannot resolve."""

from __future__ import annotations

from quiz.generator.clauses import FINITE
from quiz.generator.lang import en
from quiz.generator.tokens import Token

LABEL_TOKENS = 6  # a colon this early ends a caption's label, not a clause
SCARE_QUOTE_WORDS = 4  # a quoted phrase this short and verbless is a name or a scare quote
MIN_WORDS = 5


def _quotations(tokens: list[Token]) -> list[list[Token]]:
    """The quoted passages of a sentence (one left open runs to its end)."""
    passages, start = [], None
    for i, token in enumerate(tokens):
        if token.text != '"':
            continue
        if start is None:
            start = i
        else:
            passages.append(tokens[start + 1 : i])
            start = None
    if start is not None:
        passages.append(tokens[start + 1 :])
    return passages


def _is_speech(passage: list[Token]) -> bool:
    """Quoted words that report speech, not scare quotes around a phrase ('"axis of evil."')."""
    words = [t for t in passage if t.text[:1].isalnum()]
    return len(words) > SCARE_QUOTE_WORDS or any(t.tag in FINITE for t in passage)


def skip_reason(tokens: list[Token], inside_quotation: bool) -> str | None:
    """Why a sentence cannot carry a question, or None when it can."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    if inside_quotation or (tokens and tokens[0].text == '"'):
        return "quotation"
    if any(t.text == "?" for t in tokens[-2:]):
        return "question"
    if any(_is_speech(passage) for passage in _quotations(tokens)):
        return "quotation"
    if len(words) < MIN_WORDS:
        return "too short"
    if not tokens[0].text[:1].isupper() and not tokens[0].text[:1].isdigit():
        return "fragment"
    if any(t.text == ":" for t in tokens[:LABEL_TOKENS]):
        return "label"  # "Looking back: Space Shuttle Columbia lifts off ..."
    if tokens[0].tag == "VB":
        return "instruction"  # "Calculate the IQR ..."
    if not any(t.tag in FINITE for t in tokens) or _only_relative_verbs(tokens):
        return "fragment"
    written = {t.text for t in words if t.tag != "NNP"}  # not the number of 'Abbas I'
    first_person = written & en.FIRST_PERSON or written & {w.capitalize() for w in en.FIRST_PERSON}
    if first_person or {t.lower for t in words} & en.OPINION_WORDS:
        return "opinion"  # ("US" is a country, "us" a first person)
    return None


_APPOSITION_TAGS = frozenset({"DT", "JJ", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS"})
_NAMES = frozenset({"NNP", "NNPS"})  # what an apposition after a comma renames


def _only_relative_verbs(tokens: list[Token]) -> bool:
    """Whether the sentence's verbs are all in a relative clause, of the name or of an
    apposition to it: 'A brick fort on Cockspur Island, about 25 km east, whose walls were
    breached by Union rifled cannon in 1862' (a guide's entry, reading n9); 'Plaza de Toros
    Real de San Carlos, a bullring that opened in 1910' (reading n11)."""
    first = next((i for i, t in enumerate(tokens) if t.tag in FINITE), None)
    relative = next(
        (i for i, t in enumerate(tokens) if t.tag in {"WDT", "WP", "WP$"} and i > 0), None
    )
    if first is None or relative is None or relative > first:
        return False
    comma = relative - 1
    while comma > 0 and tokens[comma].tag in _APPOSITION_TAGS:
        comma -= 1  # 'Plaza de Toros, a bullring that opened in 1910 and closed ...'
    apposition = comma < relative - 1
    if tokens[comma].text != "," or (
        apposition and (tokens[comma + 1].tag != "DT" or tokens[comma - 1].tag not in _NAMES)
    ):
        return False  # 'The man who won in 1990 died', 'In 1910, a bullring that seated ...
    closing = next((i for i in range(first, len(tokens)) if tokens[i].text == ","), None)
    return closing is None or not any(t.tag in FINITE | {"VBN"} for t in tokens[closing:])


def credits_a_picture(text: str) -> bool:
    """Whether a sentence is a picture's credit ('Image: NASA.', 'Photo: Nick Moreau.'): the
    sentence before it in its paragraph is the picture's caption, not the story's."""
    label, colon, _rest = text.partition(":")
    return bool(colon) and label.strip().lower() in en.CREDIT_LABELS


def opens_quotation(tokens: list[Token], open_before: bool) -> bool:
    """Whether a quotation is still open after this sentence."""
    return open_before ^ (sum(t.text == '"' for t in tokens) % 2 == 1)
