"""Stage 2: typed answer candidates in a statement.

Years, dates, counts and quantities with their unit noun ("14,000 people"), percentages, money,
ordinals, and named people, places and organizations. Each answer knows its key text, the span
of the phrase a WH-question replaces ("around 100,000 troops"), and what distractors must match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.generator import numbers
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, Entity, coarse_place
from quiz.generator.lang import en, en_names
from quiz.generator.tokens import Token

AGE = "age"  # the class of a count read as "how old": "9 years old"
TERM = "term"  # a subject term of the text (see terms.py), found by the pipeline
YEAR, DATE, COUNT, PERCENTAGE, MONEY, ORDINAL = (
    "year",
    "date",
    "count",
    "percentage",
    "money",
    "ordinal",
)
DECADE = "decade"  # "the 1920s"; the late "1800s" is a century (its group says which)
NUMERIC_KINDS = frozenset({YEAR, DATE, COUNT, PERCENTAGE, MONEY, ORDINAL, DECADE})
TIME_KINDS = frozenset({YEAR, DATE, DECADE, ORDINAL})  # ordinals: centuries
YEAR_PATTERN = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
EARLY_YEAR_PATTERN = re.compile(r"^[1-9][0-9]{1,2}$")

_YEAR_SPAN = re.compile(r"(1[0-9]{3}|20[0-9]{2})[-\u2013]([0-9]{2}|1[0-9]{3}|20[0-9]{2})")


def years_written(text: str) -> tuple[int, ...]:
    """The years a token writes: '1637', or both ends of a span ('the Shimabara Rebellion of
    1637-1638', '1637-38': reading n11); not a measure ('a 2000-metre course')."""
    if YEAR_PATTERN.match(text):
        return (int(text),)
    span = _YEAR_SPAN.fullmatch(text)
    if span is None:
        return ()
    first, last = span.groups()
    end = int(first[: 4 - len(last)] + last)
    return (int(first), end) if end > int(first) else ()


DECADE_PATTERN = re.compile(r"^(1[0-9]|20)[0-9]0s$")
_UNIT_TAGS = frozenset({"JJ", "VBN", "NN", "NNP", "NNS", "NNPS"})


@dataclass(frozen=True, slots=True)
class Answer:
    """A key found in a statement."""

    kind: str
    start: int  # the key's tokens
    end: int
    text: str
    group: str = ""  # what distractors must share: a place class, organization class, 'month'
    value: float | None = None
    style: numbers.Style | None = None
    phrase: tuple[int, int] = (0, 0)  # the phrase a WH-question moves: "around 2,000 troops"
    unit: str = ""  # counts: "troops"; entities: the type noun after them; years: "BCE"
    pair: bool = False  # "Poland and Germany"
    entity: Entity | None = None
    per: str = ""  # counts: the period after them ("5 days per week"); ordinals: what they rank


def _unit_end(tokens: list[Token], start: int) -> int:
    """End of the unit noun phrase after a number: '12 [countries]', '14,000 [people] dead'."""
    i = start
    while i < len(tokens) and i - start < 3 and tokens[i].tag in _UNIT_TAGS:
        if tokens[i].tag in {"NNS", "NNPS"} or tokens[i].lower.rstrip("s") in en.MEASURES:
            return i + 1
        if tokens[i].tag in {"NN", "NNP"} and tokens[i].lower not in en.MEASURES:
            break
        i += 1
    return start


def _list_tail(tokens: list[Token], end: int) -> int:
    """Extend a phrase over 'including the US, Canada, UK and France'."""
    if end < len(tokens) and tokens[end].lower in {"including", "such"}:
        i = end + 1
        while (
            i < len(tokens)
            and tokens[i].tag not in {".", ":"}
            and tokens[i].tag
            not in {
                "VBD",
                "VBZ",
                "VBP",
                "MD",
                "IN",
            }
        ):
            i += 1
        return i
    return end


def _early_year(tokens: list[Token], i: int) -> bool:
    """A year of the first millennium, written with fewer than four figures: 'In 325
    Constantine convened ...', 'in 476, the empire fell', 'by 354 CE'. Only after a
    preposition of time (not 'about' or 'around': 'About 200 UN peacekeepers'), and before
    'CE'/'AD', or (three figures) before a comma, the sentence's end, a determiner, a verb in
    the past or a name that is no count's modifier ('in 300 US ships'). A year before the
    common era ('539 BCE') is read before this."""
    if not EARLY_YEAR_PATTERN.match(tokens[i].text) or i == 0:
        return False
    if tokens[i - 1].lower not in en.EARLY_YEAR_LEADS:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None:
        return False
    if after.text in {"CE", "AD", "A.D."}:
        return True
    if len(tokens[i].text) < 3:
        return False  # "until 16, children ...": an age
    if after.text in {",", ".", ";"} or after.tag in {"DT", "VBD"}:
        return True  # 'murdered by his son in 757.', 'in 756 broke through', 'In 325 the'
    name_end = i + 1
    while name_end < len(tokens) and tokens[name_end].tag == "NNP":
        name_end += 1
    counted = name_end < len(tokens) and tokens[name_end].tag in {"NN", "NNS"}
    return name_end > i + 1 and not counted  # not "in 300 US ships"


def before_common_era(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] is a year before the common era: '433' in 'a plague of 433 BC'."""
    return tokens[i].text.isdigit() and i + 1 < len(tokens) and tokens[i + 1].text in en.BC_ERAS


def counts_backwards(answer: Answer) -> bool:
    """Whether *answer* is a year before the common era ('539 BCE'), its era in its unit."""
    return answer.kind == YEAR and answer.unit in en.BC_ERAS


def signed_year(value: float, backwards: bool) -> float:
    """A year on one scale across the eras, as WordNet dates lives: 384 BC is -384."""
    return -value if backwards else value


def _number(tokens: list[Token], i: int) -> Answer | None:
    token = tokens[i]
    before = tokens[i - 1] if i else None
    scale = (
        tokens[i + 1].lower
        if i + 1 < len(tokens) and tokens[i + 1].lower in en.NUMBER_SCALES
        else ""
    )
    parsed = numbers.parse(token.text, scale)
    if parsed is None:
        return None
    value, style = parsed
    end = i + 1 + bool(scale)
    key = " ".join(t.text for t in tokens[i:end])
    if style.words:
        key = key.lower()  # "Fifteen statuettes ..." -> fifteen, like its distractors
    start = i - 1 if before is not None and before.lower in en.APPROXIMATORS else i
    if before is not None and before.text in en.CURRENCY_SYMBOLS:
        currency = before.text
        return Answer(MONEY, i - 1, end, currency + key, currency, value, style, (i - 1, end))
    after = tokens[end] if end < len(tokens) else None
    if after is not None and (after.text == "%" or after.lower == "percent"):
        return Answer(
            PERCENTAGE,
            i,
            end + 1,
            key + ("%" if after.text == "%" else " percent"),
            "",
            value,
            style,
            (start, end + 1),
        )
    if after is not None and after.lower in en.CURRENCY_WORDS:
        return Answer(MONEY, i, end, key, after.lower, value, style, (start, end + 1), after.text)
    if before_common_era(tokens, i) and value >= 1:
        era = tokens[end].text  # "539 BCE": the era is written with the key and every option
        return Answer(YEAR, i, end + 1, f"{key} {era}", "", value, style, (i, end + 1), era)
    measured = after is not None and (after.tag == "NNS" or after.lower in en.MEASURE_UNITS)
    if (YEAR_PATTERN.match(token.text) or _early_year(tokens, i)) and not scale and not measured:
        return Answer(YEAR, i, end, key, "", value, style, (i, end))
    unit_end = _unit_end(tokens, end)
    if unit_end == end or value < 2 or (not style.words and value != int(value) and not scale):
        return None
    unit = " ".join(t.text for t in tokens[end:unit_end])
    if unit == "times":
        return None  # "three times as deep": a ratio to something the stem may not carry
    if unit == "years" and unit_end < len(tokens) and tokens[unit_end].lower == "old":
        return Answer(COUNT, i, end, key, AGE, value, style, (start, unit_end + 1), unit)
    phrase_end = _list_tail(tokens, unit_end)
    following = [t.lower for t in tokens[unit_end : unit_end + 2]]
    per = following[1] if len(following) == 2 and following[0] in {"per", "a", "each"} else ""
    return Answer(COUNT, i, end, key, unit, value, style, (start, phrase_end), unit, per=per)


def _date(tokens: list[Token], i: int) -> Answer | None:
    """'12 July 1934', 'July 12, 1934', 'July 1934' or a bare month ('in February')."""
    start, end = i, i + 1
    if (
        i > 0
        and tokens[i - 1].tag == "CD"
        and tokens[i - 1].text.isdigit()
        and int(tokens[i - 1].text) <= 31
    ):
        start = i - 1
    elif end < len(tokens) and tokens[end].text.isdigit() and int(tokens[end].text) <= 31:
        end += 1
        if (
            end + 1 < len(tokens)
            and tokens[end].text == ","
            and YEAR_PATTERN.match(tokens[end + 1].text)
        ):
            end += 2
    if end < len(tokens) and YEAR_PATTERN.match(tokens[end].text):
        end += 1
    text = " ".join(t.text for t in tokens[start:end]).replace(" ,", ",")
    has_day = any(t.text.isdigit() and len(t.text) <= 2 for t in tokens[start:end])
    group = "date" if has_day else "month"  # "in December 1968" asks for a month
    return Answer(DATE, start, end, text, group, phrase=(start, end))


def year_of_date(tokens: list[Token], answer: Answer) -> Answer | None:
    """The year of a date key ('31 October 1950' -> 1950), or None for a date without one."""
    if answer.kind != DATE:
        return None
    return next(
        (
            _number(tokens, i)
            for i in range(answer.start, answer.end)
            if YEAR_PATTERN.match(tokens[i].text)
        ),
        None,
    )


def _ordinal(tokens: list[Token], i: int) -> Answer | None:
    parsed = numbers.ordinal(tokens[i].text)
    if parsed is None or i == 0 or tokens[i - 1].tag not in {"DT", "POS", "PRP$"}:
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].tag not in {"NN", "NNS", "RBS", "JJS"}:
        return None
    value, digits = parsed
    return Answer(
        ORDINAL,
        i,
        i + 1,
        tokens[i].text,
        "digits" if digits else "words",
        float(value),
        phrase=(i, i + 1),
        per=tokens[i + 1].lower,
    )


def _inside_quotes(tokens: list[Token], i: int) -> bool:
    return sum(t.text == '"' for t in tokens[:i]) % 2 == 1


def _in_list(tokens: list[Token], entity: Entity) -> bool:
    """Part of a list of three or more names: 'the US, Canada, UK and France', 'the Council of
    Europe, the OSCE and ...'."""
    start = entity.start - (entity.start > 0 and tokens[entity.start - 1].lower == "the")
    before = tokens[start - 1].text if start else ""
    after = (
        entity.end + 1 + (entity.end + 1 < len(tokens) and tokens[entity.end + 1].lower == "the")
    )
    return (before == "," and start >= 2 and tokens[start - 2].tag == "NNP") or (
        entity.end < len(tokens)
        and tokens[entity.end].text == ","
        and after < len(tokens)
        and tokens[after].tag == "NNP"
    )


def _same_kind(first: Entity, second: Entity) -> bool:
    if first.kind != second.kind:
        return False
    if first.kind == PLACE:
        return coarse_place(first.subtype) == coarse_place(second.subtype)
    return True


def _entities(tokens: list[Token], entities: list[Entity]) -> list[Answer]:
    found = []
    by_start = {e.start: e for e in entities}
    for entity in entities:
        if entity.kind not in {PERSON, PLACE, ORGANIZATION} or _inside_quotes(tokens, entity.start):
            continue
        if _in_list(tokens, entity):
            continue
        if entity.end < len(tokens) and tokens[entity.end].tag == "POS":
            continue  # a possessor: "Ukraine's membership"
        if entity.end + 2 <= len(tokens) and tokens[entity.end].lower == "and":
            partner = by_start.get(entity.end + 1)
            last = partner.end if partner else 0
            if (
                partner
                and entity.kind != PERSON  # "Who ...?" asks for one person
                and _same_kind(entity, partner)
                and (last >= len(tokens) or tokens[last].text != ",")
            ):
                text = f"{entity.text} and {partner.text}"
                found.append(
                    Answer(
                        entity.kind,
                        entity.start,
                        last,
                        text,
                        entity.subtype,
                        phrase=(entity.start, last),
                        pair=True,
                        entity=entity,
                    )
                )
                continue
        if (
            entity.start >= 2
            and tokens[entity.start - 1].lower == "and"
            and entity.start - 2 in {e.end - 1 for e in entities}
        ):
            continue  # the second of a pair
        unit = ""
        end = entity.end
        if entity.modifier:
            noun = tokens[entity.end].lower
            if noun not in en_names.TYPE_NOUNS or entity.kind == PERSON:
                continue
            unit, end = tokens[entity.end].text, entity.end + 1
        start = entity.start
        if start and tokens[start - 1].lower == "the":
            start -= 1
        if unit and start >= 2 and tokens[start - 1].tag == "POS":  # Ukraine's Crimea peninsula
            start -= 2
        found.append(
            Answer(
                entity.kind,
                entity.start,
                entity.end,
                entity.text,
                entity.subtype,
                phrase=(start, end),
                unit=unit,
                entity=entity,
            )
        )
    return found


def _in_a_name(tokens: list[Token], i: int, names: list[Entity]) -> bool:
    """Whether the month at *i* ends a name ('the Long March 6 rocket', 'Theresa May'): a
    capitalised name word before it, not a weekday or the sentence's first word unless that
    is a person's name of *names*; or follows a possessive ('his March to the Sea', reading
    n9)."""
    if i > 0 and tokens[i - 1].tag == "PRP$":
        return True
    if any(e.kind == PERSON and e.start < i <= e.end for e in names):
        return True  # 'Theresa May became prime minister' (an independent review)
    before = tokens[i - 1] if i > 1 else None
    return (
        before is not None
        and before.tag in {"NNP", "NNPS"}
        and before.text[:1].isupper()
        and before.text not in en.WEEKDAYS
        and before.text not in en.MONTHS
    )


def find(tokens: list[Token], entities: list[Entity]) -> list[Answer]:
    """Every answer candidate in a statement's tokens, given the entities found in them."""
    found: list[Answer] = []
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        if i in taken or _inside_quotes(tokens, i):
            continue
        answer = None
        if DECADE_PATTERN.match(token.text):
            value = float(token.text[:-1])
            span = "century" if token.text.endswith("00s") else "decade"
            answer = Answer(DECADE, i, i + 1, token.text, span, value, phrase=(i, i + 1))
        elif token.text in en.MONTHS:
            answer = None if _in_a_name(tokens, i, entities) else _date(tokens, i)
        elif token.tag == "CD" or (
            token.tag in {"JJ", "RB", "NN"} and numbers.word_number(token.text)
        ):
            if i + 1 < len(tokens) and tokens[i + 1].text in en.MONTHS:
                continue  # the day of a date, read with its month
            answer = _number(tokens, i)
        elif token.tag in {"JJ", "RB", "NN", "CD"}:
            answer = _ordinal(tokens, i)
        if answer is not None:
            found.append(answer)
            taken.update(
                range(min(answer.start, answer.phrase[0]), max(answer.end, answer.phrase[1]))
            )
    entity_answers = _entities(tokens, entities)
    found.extend(  # "a ship named ____" asks for a name, not a place or person
        a
        for a in entity_answers
        if not (a.start and tokens[a.start - 1].lower in en.NAME_GIVING_WORDS)
    )
    return found
