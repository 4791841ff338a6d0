"""Stage 4: distractors of the key's type and surface form.

Numbers stay numbers of the same magnitude, format and unit; years stay plausible and never come
after the document's date; names come from the same document first (same type and class), then
from WordNet's classes (Poland -> Hungary, Austria) and our gazetteer. Nothing equal to the key,
inside it, around it, or also true for the stem (names written in the same sentence) is offered.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from quiz.generator import answers as A
from quiz.generator import entities, numbers
from quiz.generator import gazetteer as gaz
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, canonical, coarse_place
from quiz.generator.lexicon import Lexicon

_NAME_SHAPE = re.compile(r"^[A-Z][\w'.-]*(?: (?:of |de |the |and )?[A-Z][\w'.-]*){0,3}$")


@functools.lru_cache(maxsize=65536)
def normalise(option: str) -> str:
    """Compare options ignoring case, articles, punctuation and aliases (US = U.S.)."""
    text = canonical(option.strip()).lower()
    text = re.sub(r"^(the|a|an) ", "", text)
    return re.sub(r"[^\w%$£€ ]", "", text).strip()


def clashes(option: str, key: str) -> bool:
    """True when *option* equals the key or one contains the other as whole words."""
    first, second = normalise(option), normalise(key)
    if not first or not second or first == second:
        return True
    padded_first, padded_second = f" {first} ", f" {second} "
    return padded_first in padded_second or padded_second in padded_first


NEARBY_SENTENCES = 300  # how far from the key distractor names are looked for in the document


@dataclass
class DocumentFacts:
    """What the whole document offers as distractors, sentence by sentence."""

    date: dt.date | None = None
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> first full name
    given_names: dict[str, str] = field(default_factory=dict)  # "Nancy" -> "Nancy Hanks"
    years: list[int] = field(default_factory=list)
    mentions: list[list[tuple[str, str]]] = field(default_factory=list)  # (kind, name) by sentence
    classes: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name) -> class

    def add_name(self, sentence: int, kind: str, name: str, subtype: str) -> None:
        """Record a person, place or organization mentioned in sentence number *sentence*."""
        display = self.display(kind, name)
        while len(self.mentions) <= sentence:
            self.mentions.append([])
        self.mentions[sentence].append((kind, display))
        if not self.classes.get((kind, display)):
            self.classes[kind, display] = subtype

    def nearby(self, kind: str, sentence: int) -> Iterator[tuple[str, str]]:
        """Names of *kind* with their class, nearest to *sentence* first, each once."""
        seen: set[str] = set()
        for distance in range(min(len(self.mentions), NEARBY_SENTENCES)):
            for index in dict.fromkeys((sentence - distance, sentence + distance)):
                if 0 <= index < len(self.mentions):
                    for mention_kind, display in self.mentions[index]:
                        if mention_kind == kind and display not in seen:
                            seen.add(display)
                            yield display, self.classes[kind, display]

    def display(self, kind: str, name: str) -> str:
        """How options write a name: people in full, places and organizations canonical."""
        if kind == PERSON:
            return self.full_names.get(name.rsplit(maxsplit=1)[-1]) or self.given_names.get(
                name, name
            )
        return canonical(name)


# Counts that cannot exceed a known total, whatever the key.
_UNIT_LIMITS = {
    "countries": 195,
    "nations": 195,
    "states": 195,
    "continents": 7,
    "oceans": 5,
    "months": 12,
    "days": 31,
    "hours": 24,
    "minutes": 60,
    "seasons": 4,
}


def _round_like(value: float, key: float, style: numbers.Style) -> float:
    """Round a candidate as precisely as the key is written."""
    if style.decimals:
        return round(value, style.decimals)
    step = numbers.round_step(key) or 1.0
    return float(round(value / step) * step)


def _numeric_candidates(answer: A.Answer, facts: DocumentFacts) -> list[float]:
    key = answer.value or 0.0
    style = answer.style or numbers.Style()
    if answer.kind == A.YEAR:
        near = [float(y) for y in facts.years if 0 < abs(y - key) <= 40]
        offsets = (-5, 5, -10, 10, -3, 3, -7, 7, -15, 15, -12, 12, -2, 2, -20, 20)
        return near + [key + d for d in offsets]
    if answer.kind == A.ORDINAL:
        return [key + d for d in (-1, 1, 2, -2, 3, -3, 4)]
    if answer.kind == A.PERCENTAGE and key <= 100 and key == int(key):
        step = 5.0 if key % 5 == 0 and key >= 10 else 1.0 if key < 10 else 2.0
        return [key + step * d for d in (-1, 1, -2, 2, 3, -3, 4, -4, 6)]
    if key < 20 and key == int(key) and not style.scale:
        return [key + d for d in (-2, 2, -4, 3, 4, -3, 6, -1, 1, 8, -5)]
    factors = (0.75, 1.25, 0.5, 1.5, 0.6, 1.4, 0.8, 2.0, 0.4, 3.0, 0.3, 2.5)
    return [_round_like(key * f, key, style) for f in factors]


def _numeric_pool(
    answer: A.Answer, facts: DocumentFacts, excluded: set[str]
) -> tuple[list[str], list[str]]:
    """Distractors below and above the key, best first, written like the key."""
    key = answer.value or 0.0
    style = answer.style or numbers.Style()
    cap = facts.date.year if answer.kind == A.YEAR and facts.date else math.inf
    below: list[str] = []
    above: list[str] = []
    seen = {key}
    for value in _numeric_candidates(answer, facts):
        if value in seen or value <= 0 or value > cap:
            continue
        if answer.kind == A.PERCENTAGE and value > 100:
            continue
        if answer.kind != A.YEAR and answer.unit and value < 2:
            continue  # "1 countries"
        if value > _UNIT_LIMITS.get(answer.unit.lower(), math.inf) >= key:
            continue  # no "236 countries"
        seen.add(value)
        text = _write_number(answer, value, style)
        if text is None or normalise(text) in excluded:
            continue
        (below if value < key else above).append(text)
    return below, above


def _write_number(answer: A.Answer, value: float, style: numbers.Style) -> str | None:
    if answer.kind == A.ORDINAL:
        return numbers.write_ordinal(int(value), answer.group == "digits")
    if style.words and (value != int(value) or value >= 100):
        return None
    text = numbers.write(value, style)
    if answer.kind == A.YEAR:
        return str(int(value))
    if answer.kind == A.MONEY:
        return (answer.group + text) if answer.group in {"$", "£", "€", "US$"} else text
    if answer.kind == A.PERCENTAGE:
        return text + ("%" if answer.text.endswith("%") else " percent")
    return text


def _date_pool(answer: A.Answer) -> list[str]:
    """The same date written with nearby months ('12 July 1934' -> '12 August 1934')."""
    words = answer.text.split()
    index = next((i for i, w in enumerate(words) if w.rstrip(",") in gaz.MONTHS), None)
    if index is None:
        return []
    month = gaz.MONTHS.index(words[index].rstrip(","))
    days = [w.rstrip(",") for w in words if w.rstrip(",").isdigit() and len(w.rstrip(",")) <= 2]
    day = int(days[0]) if days else 1
    pool = []
    for shift in (1, -1, 2, -2, 3, -3, 4, 5):
        other = (month + shift) % 12
        try:
            dt.date(2000, other + 1, day)  # a leap year: 29 February is allowed
        except ValueError:
            continue
        changed = list(words)
        changed[index] = words[index].replace(gaz.MONTHS[month], gaz.MONTHS[other])
        pool.append(" ".join(changed))
    return pool


def _lexicon_names(answer: A.Answer, lexicon: Lexicon | None, rng: random.Random) -> list[str]:
    """Names sharing the key's WordNet class, written with as many words as the key."""
    if lexicon is None or answer.entity is None:
        return []
    named = lexicon.named(answer.entity.text)
    if not named or not named[0].classes:
        return []
    size = len(answer.entity.text.split())
    found = []
    abbreviations_ok = answer.entity.text.isupper()
    for written in lexicon.members(named[0].classes[0])[:40]:
        forms = [
            w
            for w in written
            if _NAME_SHAPE.match(w) and (abbreviations_ok or not w.replace(".", "").isupper())
        ]
        same_size = [w for w in forms if len(w.split()) == size]
        if same_size or forms:
            found.append((same_size or forms)[0])
    head, tail = found[:12], found[12:]
    rng.shuffle(head)
    return head + tail


def _gazetteer_names(answer: A.Answer) -> list[str]:
    tables = {PLACE: (gaz.COUNTRIES, gaz.REGIONS, gaz.CITIES), ORGANIZATION: (gaz.ORGANIZATIONS,)}
    for table in tables.get(answer.kind, ()):
        if answer.group in table:
            return list(table[answer.group])
    if answer.kind == PLACE:
        coarse = coarse_place(answer.group)
        for table in tables[PLACE]:
            for group, names in table.items():
                if coarse_place(group) == coarse:
                    return list(names)
    return []


def _same_class(answer: A.Answer, subtype: str) -> bool:
    if answer.kind == PLACE:
        return coarse_place(subtype) == coarse_place(answer.group)
    if answer.kind == ORGANIZATION:
        return not answer.group or not subtype or subtype == answer.group
    return _is_deity(answer.group) == _is_deity(subtype)  # no gods among emperors


def _is_deity(class_name: str) -> bool:
    return any(word in class_name.lower() for word in ("deity", "god", "goddess"))


def _looks_like_a_person(name: str, key: str) -> bool:
    """A person option written like the key (full names beside a full name), not a title, a
    deity or a place: 'Major', 'God' and 'Petersburg' are not people."""
    words = name.split()
    if len(key.split()) > 1 and len(words) < 2:
        return False
    if name.lower() in gaz.NOT_PEOPLE or any(w.lower() in gaz.TITLES for w in words):
        return False
    return entities.known_kind(name) in {None, PERSON}


def _name_pool(
    answer: A.Answer,
    facts: DocumentFacts,
    lexicon: Lexicon | None,
    request: Request,
) -> tuple[list[str], int]:
    """Names of the key's type, the document's nearest first; and how many came from it."""
    key = facts.display(answer.kind, answer.text) if not answer.pair else answer.text
    parts = key.split(" and ")
    seen = set(request.excluded)
    pool: list[str] = []

    def take(names: Iterable[str]) -> None:
        for name in names:
            if len(pool) >= request.wanted:
                return
            norm = normalise(name)
            if answer.kind == PERSON and not _looks_like_a_person(name, key):
                continue
            if norm not in seen and not any(clashes(name, part) for part in parts):
                seen.add(norm)
                pool.append(name)

    take(
        name
        for name, subtype in facts.nearby(answer.kind, request.sentence)
        if _same_class(answer, subtype)
    )
    from_document = len(pool)
    take(_lexicon_names(answer, lexicon, request.rng))
    take(_gazetteer_names(answer))
    return pool, from_document


def _term_pool(answer: A.Answer, lexicon: Lexicon | None, request: Request) -> list[str]:
    """WordNet co-hyponyms of a term's usual sense, in the key's number: peninsula -> island."""
    if lexicon is None:
        return []
    is_plural = answer.group == "NNS"
    lemma = (lexicon.noun_singular(answer.text) if is_plural else None) or answer.text
    found = []
    for sibling in lexicon.cohyponyms(lemma):
        written = lexicon.noun_plural(sibling) if is_plural else sibling
        if normalise(written) not in request.excluded and not clashes(written, answer.text):
            found.append(written)
    return found[: request.wanted]


@dataclass(frozen=True, slots=True)
class Request:
    """What a distractor pool is for: names to avoid, where the key is, how many are needed."""

    excluded: frozenset[str]
    rng: random.Random
    sentence: int = 0
    wanted: int = 12


@dataclass(frozen=True, slots=True)
class Pool:
    """Distractor candidates: ordered kinds keep below/above lists to place the key anywhere."""

    ordered: bool
    below: tuple[str, ...] = ()
    above: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    from_document: int = 0  # how many names, at the head of the list, the document itself gave

    def size(self) -> int:
        """How many distractors the pool can give."""
        return len(self.below) + len(self.above) + len(self.names)


def pool(answer: A.Answer, facts: DocumentFacts, lexicon: Lexicon | None, request: Request) -> Pool:
    """Acceptable distractors for *answer*, best first (up to ``request.wanted`` names)."""
    if answer.kind == A.DATE:
        dates = [d for d in _date_pool(answer) if normalise(d) not in request.excluded]
        return Pool(False, names=tuple(dates))
    if answer.kind in A.NUMERIC_KINDS:
        below, above = _numeric_pool(answer, facts, request.excluded)
        return Pool(True, tuple(below), tuple(above))
    if answer.kind == A.TERM:
        return Pool(False, names=tuple(_term_pool(answer, lexicon, request)))
    names, from_document = _name_pool(answer, facts, lexicon, request)
    if answer.pair:
        names = [f"{a} and {b}" for a, b in zip(names[0::2], names[1::2], strict=False)]
        from_document //= 2
    return Pool(False, names=tuple(names), from_document=from_document)


def options(
    answer_text: str, candidates: Pool, count: int, position: int, rng: random.Random
) -> tuple[list[str], int] | None:
    """*count* options with the key at *position* (or as near as an ordered pool allows)."""
    wanted = count - 1
    if candidates.size() < wanted:
        return None
    if candidates.ordered:
        below_n = min(position, len(candidates.below))
        above_n = wanted - below_n
        if above_n > len(candidates.above):
            above_n = len(candidates.above)
            below_n = wanted - above_n
        if below_n > len(candidates.below):
            return None
        below = sorted(candidates.below[:below_n], key=_numeric_value)
        above = sorted(candidates.above[:above_n], key=_numeric_value)
        return [*below, answer_text, *above], below_n
    distractors = list(candidates.names[:wanted])
    rng.shuffle(distractors)
    index = min(position, wanted)
    return [*distractors[:index], answer_text, *distractors[index:]], index


def _numeric_value(text: str) -> float:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if match:
        return float(match.group().replace(",", ""))
    parsed = numbers.ordinal(text) or (numbers.word_number(text.split(maxsplit=1)[0]), False)
    return float(parsed[0] or 0)
