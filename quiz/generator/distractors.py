"""Stage 4: distractors of the key's type and surface form.

Numbers stay numbers of the same magnitude, format and unit; years stay plausible and never come
after the document's date. Places come from the document, then from GeoNames (cities of the
key's country and size, countries of its continent); people are the key's contemporaries in its
field (WordNet) or the document's people; organizations the document's of the same class. A key
with too few such options gets no question. Nothing equal to the key,
inside it, around it, or also true for the stem (names written in the same sentence) is offered.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from quiz.generator import answers as A
from quiz.generator import entities, numbers, people, places, terms, times
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, canonical, coarse_place
from quiz.generator.lang import en, en_names
from quiz.generator.lexicon import Lexicon, Person


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
    ambiguous: set[str] = field(default_factory=set)  # surnames two people of the text share
    long_forms: dict[str, str] = field(default_factory=dict)  # "Discovery" -> "Space Shuttle ..."
    born: int | None = None  # the year the text's main person was born
    topic: str = ""  # the person the text is about, if any (a biography's subject)
    characters: set[str] = field(default_factory=set)  # people the text's actors play
    roles: dict[str, set[str]] = field(default_factory=dict)  # what the text calls each person
    _names_by_kind: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _places: list[places.Place] | None = field(default=None, repr=False)
    years: list[int] = field(default_factory=list)
    beginnings: dict[str, int] = field(default_factory=dict)  # name -> the year it was founded
    terms: dict[str, terms.Term] = field(default_factory=dict)  # subject terms by lemma
    nouns: frozenset[str] = frozenset()  # every common noun the text writes
    person_nouns: frozenset[str] = frozenset()  # those that name a person ('singer', 'king')
    event_nouns: frozenset[str] = frozenset()  # those that name an event ('construction')
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

    def names_of(self, kind: str) -> list[str]:
        """Every name of *kind* the document writes, in order, each once."""
        if kind not in self._names_by_kind:
            self._names_by_kind[kind] = list(
                dict.fromkeys(n for mention in self.mentions for k, n in mention if k == kind)
            )
        return self._names_by_kind[kind]

    def known_places(self) -> list[places.Place]:
        """The current places the document's place names mean, in order, computed once."""
        if self._places is None:
            context = self.names_of(PLACE)
            self._places = [
                found for name in context if (found := places.lookup(name, context)) is not None
            ]
        return self._places

    def display(self, kind: str, name: str) -> str:
        """How options write a name: people in full, places and organizations canonical."""
        if kind == PERSON:
            full = self.full_names.get(name.rsplit(maxsplit=1)[-1])
            if full and " " in name and not people.same_person(name, full):
                return name  # 'Henry Austen' in a life of Jane Austen is her brother
            return full or self.given_names.get(name, name)
        return canonical(name)


def _round_like(value: float, key: float, style: numbers.Style) -> float:
    """Round a candidate as precisely as the key is written."""
    if style.decimals:
        return round(value, style.decimals)
    step = numbers.round_step(key) or 1.0
    return float(round(value / step) * step)


def _numeric_candidates(
    answer: A.Answer,
    facts: DocumentFacts,
    period: int = 0,
    approximate: bool = False,
    beside: tuple[int, ...] = (),
) -> list[float]:
    """Candidate values near *answer*'s, best first: the text's years near a year key, other
    census years every *period*, rounded years for one written *approximate*ly (closer ones
    when a year the options must keep their side of lies *beside* it within a step: 'around
    1800 ... by 1838'), round small numbers for one so written ('about 10 km'), and the
    nearest round steps for a key a few times its round step ('300': 200, 400, 500)."""
    key = answer.value or 0.0
    style = answer.style or numbers.Style()
    if answer.kind == A.DECADE:
        step = 100.0 if answer.group == "century" else 10.0
        latest = LATEST_CENTURY if answer.group == "century" else math.inf  # no "late 2000s"
        return [v for d in (-1, 1, -2, 2, -3, 3, 4, -4) if (v := key + step * d) <= latest]
    if answer.kind == A.YEAR and approximate and not A.counts_backwards(answer):
        period = min(max(_roundness(key), APPROXIMATE_YEAR_STEP), MAX_APPROXIMATE_YEAR_STEP)
        if any(0 < abs(year - key) < period for year in beside):
            period = APPROXIMATE_YEAR_STEP  # not 1500 and 1600 beside 'by 1838' (reading n8)
    if answer.kind == A.YEAR and period:
        return [key + period * d for d in (-1, 1, -2, 2, -3, 3, 4)]  # other census years
    if A.counts_backwards(answer):
        return [key + step * d for step in _bc_steps(key) for d in (-1, 1, -2, 2, 3, -3)]
    if answer.kind == A.YEAR:
        # the text's years nearest first, below as above ('2013, 2012' before '2000': t15)
        near = sorted(
            (float(y) for y in facts.years if 0 < abs(y - key) <= NEAR_YEARS),
            key=lambda y: abs(y - key),
        )
        offsets = (-5, 5, -10, 10, -3, 3, -7, 7, -15, 15, -12, 12, -2, 2, -20, 20)
        return near + [key + d for d in offsets]
    if answer.kind == A.ORDINAL:
        century = answer.per == "century"  # past centuries first: no '21st' beside the 19th
        offsets = (-1, -2, 1, -3, 2, 3) if century else (-1, 1, 2, -2, 3, -3, 4)
        return [key + d for d in offsets if not century or key + d <= 20]
    if answer.kind == A.PERCENTAGE and key <= 100 and key == int(key):
        step = 5.0 if key % 5 == 0 and key >= 10 else 1.0 if key < 10 else 2.0
        return [key + step * d for d in (-1, 1, -2, 2, 3, -3, 4, -4, 6)]
    if key < 20 and key == int(key) and not style.scale:
        if approximate and key % 5 == 0 and key >= 10:  # 'about 10 km': not 12 or 13 (n11)
            return [key + 5 * d for d in (-1, 1, 2, 3, -2)]
        if approximate:  # 'about 13 km': not 15, 16 and 17, which are about 13 km too (n17)
            step = math.ceil(APPROXIMATE_GAP * key)
            return [key + step * d for d in (-1, 1, 2, -2, 3, 4)]
        return [key + d for d in (-2, 2, -4, 3, 4, -3, 6, -1, 1, 8, -5)]
    step = numbers.round_step(key)
    if step and key / step <= MAX_ROUND_MULTIPLE and not style.decimals:
        # 'speeds of 300 km/h': 200, 400, 500, not 400, 600 and 900 (reading n14); 'about 90
        # km' is not 80 or 100, which are about 90 km too
        if approximate:
            step *= math.ceil(APPROXIMATE_GAP * key / step)
        return [key + step * d for d in (-1, 1, -2, 2, 3, -3, 4)]
    factors = (0.75, 1.25, 0.5, 1.5, 0.6, 1.4, 0.8, 2.0, 0.4, 3.0, 0.3, 2.5)
    return [_round_like(key * f, key, style) for f in factors]


def _other_race_distances(key: float) -> list[float]:
    """The other distances races are run or swum over, nearest to *key* first: 'the ____
    metres' of 10,000 is not 15,000, 20,000 or 30,000 (reading n14)."""
    return sorted((d for d in en.RACE_DISTANCES if d != key), key=lambda d: abs(math.log(d / key)))


MAX_ROUND_MULTIPLE = 9  # a key this many times its round step or fewer takes steps as options
APPROXIMATE_GAP = 0.2  # options of an approximate key lie at least this share of it apart


MIN_PEERS = 3  # fewer compatriots than this, and a stem without a place takes foreigners too
ADULT_AGE = 15  # a life's events other than birth come this many years after it
NEAR_YEARS = 15  # the text's other years this close to a year key are options
LATEST_CENTURY = 1900  # "the 1800s" beside the 1700s and 1900s, never a century not yet over


ROUND_STEPS = (1000, 100, 50)
# 'around 1500' (AD): options at least this many years apart, and as far apart as the year is
# round up to the largest (readers found 1497 as true as 'around 1500'; 'around 2000' is no
# reason for 1000 and 3000)
APPROXIMATE_YEAR_STEP, MAX_APPROXIMATE_YEAR_STEP = 25, 100


def _roundness(key: float) -> int:
    """The largest of ROUND_STEPS that divides *key*, or 0."""
    return next((step for step in ROUND_STEPS if key % step == 0), 0)


def _bc_steps(key: float) -> tuple[float, ...]:
    """How far apart options of a year before the common era lie: as far as its roundness
    ('around 4000 BCE' beside 3000 and 5000), else decades for the third millennium and before
    (2120 BCE beside 2115 BCE could not be told apart: tuning reading t13) and ten years for
    classical times, within a life the text may tell (Aristotle, 384-322 BC)."""
    if step := _roundness(key):
        return (step,)
    return (30.0, 50.0) if key >= 1000 else (10.0, 15.0)


def _year_fits(
    value: float, key: float, request: Request, facts: DocumentFacts, *, backwards: bool = False
) -> bool:
    """A year on the key's side of every year the stem gives ('the Constitution of 1812' rules
    out 1810 for a key of 1820), within the life of the person the stem names (years
    *backwards* before the common era), and, in a life story, not before its person was
    born."""
    if any((value - year) * (key - year) <= 0 for year in request.years if year != key):
        return False
    if request.lived:
        born, died = request.lived  # 'As a young researcher ... Jean Piaget ...': not 1995
        if not born < A.signed_year(value, backwards) <= died:  # Aristotle: not 313 BC
            return False
    born = facts.born
    return born is None or key <= born or value > born + ADULT_AGE


def _numeric_pool(
    answer: A.Answer, facts: DocumentFacts, request: Request
) -> tuple[list[str], list[str]]:
    """Distractors below and above the key, best first, written like the key."""
    key = answer.value or 0.0
    style = answer.style or numbers.Style()
    timed = answer.kind in {A.YEAR, A.DECADE} and not A.counts_backwards(answer)
    cap = (facts.date or dt.date.today()).year if timed else math.inf  # never in the future
    below: list[str] = []
    above: list[str] = []
    seen = {key}
    candidates = (
        _other_race_distances(key)
        if request.race
        else _numeric_candidates(answer, facts, request.period, request.approximate, request.years)
    )
    for value in candidates:
        if value in seen or value <= 0 or value > cap:
            continue
        if answer.kind in {A.YEAR, A.DECADE} and not _year_fits(
            value, key, request, facts, backwards=A.counts_backwards(answer)
        ):
            continue
        if answer.kind == A.PERCENTAGE and value > 100:
            continue
        if answer.kind != A.YEAR and answer.unit and value < 2:
            continue  # "1 countries"
        if value > en.UNIT_LIMITS.get(answer.unit.lower(), math.inf) >= key:
            continue  # no "236 countries"
        if value > en.PER_PERIOD_LIMITS.get((answer.unit.lower(), answer.per), math.inf) >= key:
            continue  # no "9 days per week"
        if value > en.LARGER_UNIT_LIMITS.get((answer.unit.lower(), request.larger_unit), math.inf):
            continue  # no "5 feet 12 inches"
        seen.add(value)
        text = _write_number(answer, value, style)
        if text is None or normalise(text) in request.excluded:
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
        return f"{int(value)} {answer.unit}" if A.counts_backwards(answer) else str(int(value))
    if answer.kind == A.DECADE:
        return f"{int(value)}s"
    if answer.kind == A.MONEY:
        return (answer.group + text) if answer.group in en.CURRENCY_SYMBOLS else text
    if answer.kind == A.PERCENTAGE:
        return text + ("%" if answer.text.endswith("%") else " percent")
    return text


LEAP_YEAR = 2000  # a date without its year may be 29 February


def _date_pool(answer: A.Answer, excluded: frozenset[str]) -> tuple[list[str], list[str]]:
    """The same date written with nearby months of its year, not *excluded*, earlier and later
    ones apart, nearest first ('12 July 1934' -> '12 June 1934' ..., '12 August 1934' ...)."""
    words = answer.text.split()
    index = next((i for i, w in enumerate(words) if w.rstrip(",") in en.MONTHS), None)
    if index is None:
        return [], []
    month = en.MONTHS.index(words[index].rstrip(","))
    days = [w.rstrip(",") for w in words if w.rstrip(",").isdigit() and len(w.rstrip(",")) <= 2]
    day = int(days[0]) if days else 1
    figures = [int(w.rstrip(",")) for w in words if w.rstrip(",").isdigit()]
    year = next((f for f in figures if f > 31), LEAP_YEAR)  # no '29 February 2017'
    sides: tuple[list[str], list[str]] = ([], [])
    for shift in (-1, 1, -2, 2, -3, 3, -4, 4, -5, 5):
        other = month + shift
        try:
            dt.date(year, other + 1, day)
        except ValueError:  # no such month in the year, or no such day in the month
            continue
        changed = list(words)
        changed[index] = words[index].replace(en.MONTHS[month], en.MONTHS[other])
        if normalise(" ".join(changed)) not in excluded:
            sides[shift > 0].append(" ".join(changed))
    return sides


def _days_near_the_text_s_date(
    answer: A.Answer, facts: DocumentFacts, excluded: frozenset[str]
) -> tuple[list[str], list[str]] | None:
    """For a day close to a dated text's own date, the days around it, written like it (on the
    key's side of the text's date, see :func:`_on_the_key_s_side`):
    a story of 20 June 2018 on the fifth day of the World Cup asks June 18 beside June 15, 16
    and 17, not beside March, April and May (which the stem itself rules out). None for any
    other key."""
    if facts.date is None:
        return None
    key = times.day_named(answer.text)
    if key is None or abs((facts.date - key).days) > times.RECENT_DAYS:
        return None
    below, above = [], []
    for shift in (-1, 1, -2, 2, -3, 3, -5, 5, -7, 7):
        day = key + dt.timedelta(days=shift)
        written = answer.text.replace(str(key.day), str(day.day), 1)
        written = written.replace(en.MONTHS[key.month - 1], en.MONTHS[day.month - 1], 1)
        if (
            day.year != key.year
            or times.day_named(written) != day
            or normalise(written) in excluded
        ):
            continue
        (below if shift < 0 else above).append(written)
    return below, above


def _date_options(
    answer: A.Answer, facts: DocumentFacts, excluded: frozenset[str]
) -> tuple[list[str], list[str]]:
    """Options for a date key, on its side of a dated text's own date: the days around a day
    of the story, but other months for the story's own day when they are enough ('The tribunal
    on ____ found Akayesu guilty', in a story of that day: readers of n11 found four days in a
    row too fine a distinction for the news's main event)."""
    months = _on_the_key_s_side(answer, *_date_pool(answer, excluded), facts)
    days = _days_near_the_text_s_date(answer, facts, excluded)
    if days is None:
        return months
    own_day = facts.date is not None and times.day_named(answer.text) == facts.date
    if own_day and len(months[0]) + len(months[1]) >= MIN_DATE_OPTIONS:
        return months
    return _on_the_key_s_side(answer, *days, facts)


MIN_DATE_OPTIONS = 3


def _beside_the_stem_s_dates(
    answer: A.Answer, below: list[str], above: list[str], dates: tuple[tuple[int, int, int], ...]
) -> tuple[list[str], list[str]]:
    """Date options on the key's side of every other date the stem gives: 'On ____, the United
    States dropped an atomic bomb on Hiroshima, and on August 9, a second bomb on Nagasaki'
    rules out September (reading n12), and '... on ____, and the United States followed in May
    1961' rules out May 12 (reading n14). A date without its year takes the key's; a month
    without its day stands for its first day, unless it is the key's own month."""
    key = times.date_parts(answer.text)
    if key is None or not dates:
        return below, above
    marks = [
        _place_in_time(year or key[0], month, day)
        for year, month, day in dates
        if day or (year or key[0], month) != key[:2]
    ]
    at = _place_in_time(*key)

    def fits(option: str) -> bool:
        value = date_value(option)
        sides = ((value - mark) * (at - mark) > 0 for mark in marks if mark != at)
        return value is None or all(sides)

    return [o for o in below if fits(o)], [o for o in above if fits(o)]


def _on_the_key_s_side(
    answer: A.Answer, below: list[str], above: list[str], facts: DocumentFacts
) -> tuple[list[str], list[str]]:
    """Date options on the same side of a dated text's own date as the key: a story of 22
    September 2015 tells of 21 September, not of 21 October, and a student would rule that out."""
    if facts.date is None:
        return below, above
    today = _place_in_time(facts.date.year, facts.date.month, facts.date.day)
    key = date_value(answer.text)
    if key is None:
        return below, above
    past = key <= today

    def fits(option: str) -> bool:
        value = date_value(option)
        return value is None or (value <= today) == past

    return [o for o in below if fits(o)], [o for o in above if fits(o)]


def _gazetteer_names(answer: A.Answer) -> list[str]:
    """Organizations of the key's own class in our list (news agencies beside a news agency)."""
    names = en_names.ORGANIZATIONS.get(answer.group, ())
    return list(names) if answer.text in names else []


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
    deity, a holiday or a place: 'Major', 'God', 'Labor Day' and 'Petersburg' are not people."""
    words = name.split()
    if len(key.split()) > 1 and len(words) < 2:
        return False
    if name.lower() in en_names.NOT_PEOPLE | en_names.HOLIDAYS:
        return False
    if any(w.lower() in en_names.TITLES for w in words):
        return False
    return entities.known_kind(name) in {None, PERSON}


def _in_the_text_s_countries(place: places.Place, facts: DocumentFacts) -> bool:
    """Whether a city or state lies in the country the text is mostly about (its named
    countries weigh three times its cities) or in a country it names, and a city in a state the
    text names, if it names any of that country's ('Edgewater' in a text on New Jersey is not
    the Illinois town)."""
    if place.kind not in {"city", "state"}:
        return True
    votes: Counter[str] = Counter()
    states: set[str] = set()
    named_country = False
    for other in facts.known_places():
        if other == place or not other.country_code:
            continue
        votes[other.country_code] += 3 if other.kind == "country" else 1
        named_country |= other.kind == "country" and other.country_code == place.country_code
        if other.kind == "state" and other.country_code == place.country_code:
            states.add(other.admin1_code)
    if place.kind == "city" and states and place.admin1_code not in states:
        return False
    return named_country or not votes or votes.most_common(1)[0][0] == place.country_code


def _place_names(
    answer: A.Answer, facts: DocumentFacts, lexicon: Lexicon | None, request: Request
) -> Iterator[str]:
    """Places of the key's kind and region: the document's first, then GeoNames' (cities of the
    key's country and size, countries of its continent). A place GeoNames does not know gets
    the document's places of its class, then, for a natural feature, WordNet's of its kind and
    region (deserts beside the Sahara); a region or a historic land gets nothing more."""
    context = facts.names_of(PLACE)
    place = places.lookup(answer.text, context)
    nearby = [name for name, _subtype in facts.nearby(PLACE, request.sentence)]
    if place is not None and not _in_the_text_s_countries(place, facts):
        place = None  # "Olympia" in a text on Greece is not the city in Washington State
    if place is None:
        yield from (
            name
            for name, subtype in facts.nearby(PLACE, request.sentence)
            if _same_class(answer, subtype) and places.lookup(name, context) is None
        )
        features = lexicon.features_near(answer.text) if lexicon else ()
        for forms in features:
            written = _written_like(forms, answer.text)
            if written and places.lookup(written) is None:  # "Korea" reads as a country
                yield written
        return
    yield from places.alternatives(
        place, request.wanted, exclude=request.written, rng=request.rng, preferred=nearby
    )


def _written_like(forms: tuple[str, ...], key: str) -> str | None:
    """The form of a feature's name written like *key*, with or without the word for its kind:
    'Lake Huron' beside 'Lake Erie', 'Kalahari' beside 'Sahara', 'Namib Desert' beside 'Gobi
    Desert'; None when it has no such form ('Arabian Desert' beside 'Sahara')."""
    words = key.split()
    if words[0] in en.FEATURE_WORDS:
        return next((f for f in forms if f.startswith(words[0] + " ")), None)
    if words[-1] in en.FEATURE_WORDS:
        return next((f for f in forms if f.endswith(" " + words[-1])), None)
    return next((f for f in forms if not set(f.split()) & en.FEATURE_WORDS), None)


def _holds(name: str, role: str, lexicon: Lexicon) -> bool:
    """Whether WordNet files the person written *name* under a class naming *role* ('general')."""
    found = lexicon.person(name)
    if found is None:
        return False
    return any(role in lexicon.class_name(c).lower().split() for c in found.named.classes)


def _gender(name: str, lexicon: Lexicon | None) -> str | None:
    """'female' or 'male' as WordNet's gloss of the person says, else as their given name does;
    None when neither does."""
    known = lexicon.person(name) if lexicon else None
    if known is not None and known.gender:
        return known.gender
    given = name.split(maxsplit=1)[0].lower()
    if given in en_names.FEMALE_NAMES:
        return "female"
    return "male" if given in en_names.MALE_NAMES else None


def _gender_fits(name: str, gender: str | None, lexicon: Lexicon | None) -> bool:
    """Whether nothing known of a person's gender contradicts *gender*, the key's."""
    other = _gender(name, lexicon) if gender else None
    return other is None or other == gender


def _person_names(
    answer: A.Answer, facts: DocumentFacts, lexicon: Lexicon | None, request: Request
) -> Iterator[str]:
    """People for a person key. A key WordNet dates gets its contemporaries of the same field
    and country, then the document's people of that era; with fewer than MIN_PEERS such
    compatriots and no country in the stem to rule out a foreigner, the document's people come
    first and then contemporaries of the same field from any country. Any other key gets the
    document's people whom it calls what it calls the key (spokesman beside spokesman).
    In a text of one era (:func:`_one_era`) the document's other people named in full count as
    of the key's era too. A role the stem writes before the key ('General ____') must be every
    option's, as WordNet files them; options agree with the key's gender where the stem gives
    it ('his'), or else WordNet's gloss of the key or its given name (Lendl beside men)."""
    key = facts.display(PERSON, answer.text)
    nearby = [name for name, _subtype in facts.nearby(PERSON, request.sentence)]
    known = lexicon.person(key) if lexicon else None
    span = people.lifetime(known.life) if known else None
    gender = request.gender or _gender(key, lexicon)
    surname = key.rsplit(maxsplit=1)[-1]  # not 'Miss Chaworth' beside 'Mary Chaworth'
    unknown = [
        n
        for n in nearby
        if " " in n
        and n.rsplit(maxsplit=1)[-1] != surname
        and not facts.roles.get(n, set()) & en.COMMENTATOR_ROLES  # the historian who tells it
        and (lexicon is None or lexicon.person(n) is None)
    ]
    same_text = unknown if _one_era(facts, span) else []
    if lexicon is None or span is None:  # someone WordNet does not know: the text's peers
        roles = facts.roles.get(key, set())
        found: list[str] = [n for n in nearby if roles & facts.roles.get(n, set())]
        found += [n for n in same_text if n not in found]
    else:
        peers = lexicon.peers(
            key, request.wanted, exclude=request.written, around=request.year, gender=gender
        )
        era, abroad = [], []  # the text's contemporaries of the key's country, and others
        for name in nearby:
            other = lexicon.person(name)
            other_span = people.lifetime(other.life) if other else None
            if other_span is not None and people.contemporaries(span, other_span):
                (era if _compatriots(known, other) else abroad).append(name)
        found = [*peers, *era, *same_text, *abroad]
        if len(peers) < MIN_PEERS and not request.placed:  # no country in the stem to rule
            foreign = lexicon.peers(  # out a foreigner: Luther beside Calvin
                key,
                request.wanted,
                exclude=request.written,
                around=request.year,
                compatriots=False,
                gender=gender,
            )
            found = [*era, *same_text, *abroad, *foreign]  # the text's own people first
        if facts.date is not None and not _died_before(known, facts.date.year):
            found = [n for n in found if not _died_before(lexicon.person(n), facts.date.year)]
        if request.role:
            found = [n for n in found if _holds(n, request.role, lexicon)]
            found = found if _holds(key, request.role, lexicon) else []
    character = key in facts.characters  # a role beside roles, an actor beside actors
    yield from (
        name
        for name in found
        if _gender_fits(name, gender, lexicon) and (name in facts.characters) == character
    )


def _died_before(person: Person | None, year: int) -> bool:
    """Whether WordNet says this person died before *year*: the caller of a news story's new
    president is no one who had died (Reagan, Nixon)."""
    return person is not None and person.life.died is not None and person.life.died < year


def _compatriots(one: Person, other: Person | None) -> bool:
    """Whether WordNet gives *other* the country of *one*; always, when it gives *one* none."""
    return not one.nation or (other is not None and people.same_country(one.nation, other.nation))


ONE_ERA_YEARS = 60  # a text whose years all lie within this span tells of one era


def _one_era(facts: DocumentFacts, life: tuple[int, int] | None) -> bool:
    """Whether the text tells of one era, so that the people it names lived in it together and
    play like parts in it: a text about no one person and of no date of its own (a history
    lesson, not a life or a news story, whose other people are kin, critics and witnesses),
    whose years span at most ONE_ERA_YEARS and lie within a dated key's lifetime (give or take
    people.NEAR_YEAR)."""
    if facts.topic or facts.date is not None:
        return False
    years = facts.years
    if not years or max(years) - min(years) > ONE_ERA_YEARS:
        return False
    return life is None or all(people.near(life, y) for y in (min(years), max(years)))


def _name_pool(
    answer: A.Answer,
    facts: DocumentFacts,
    lexicon: Lexicon | None,
    request: Request,
) -> tuple[list[str], int]:
    """Names of the key's type and kind, best first; and how many came from the document."""
    key = facts.display(answer.kind, answer.text) if not answer.pair else answer.text
    parts = key.split(" and ")
    seen = set(request.excluded)
    pool: list[str] = []
    written = set(facts.names_of(answer.kind))
    if answer.kind == PLACE:
        candidates: Iterable[str] = _place_names(answer, facts, lexicon, request)
    elif answer.kind == PERSON:
        candidates = _person_names(answer, facts, lexicon, request)
    else:
        nearby = facts.nearby(answer.kind, request.sentence)
        candidates = (
            *(name for name, subtype in nearby if _same_class(answer, subtype)),
            *_gazetteer_names(answer),
        )
    for name in candidates:
        if len(pool) >= request.wanted:
            break
        norm = normalise(name)
        if answer.kind == PERSON and not _looks_like_a_person(name, key):
            continue
        if norm not in seen and not any(clashes(name, part) for part in parts):
            seen.add(norm)
            pool.append(name)
    return pool, sum(name in written for name in pool)


def _term_pool(
    answer: A.Answer, facts: DocumentFacts, lexicon: Lexicon | None, request: Request
) -> list[str]:
    """Co-hyponyms of a subject term in the sense the text means, in the key's number."""
    term = facts.terms.get(answer.group)
    if lexicon is None or term is None:
        return []
    return [
        written
        for written in terms.alternatives(term, answer.text, lexicon, facts.nouns)
        if normalise(written) not in request.excluded and not clashes(written, answer.text)
    ][: request.wanted]


@dataclass(frozen=True, slots=True)
class Request:
    """What a distractor pool is for: names to avoid, where the key is, how many are needed."""

    excluded: frozenset[str]
    rng: random.Random
    sentence: int = 0
    wanted: int = 12
    written: tuple[str, ...] = ()  # the names of the key's sentence, as written
    year: int | None = None  # a year the key's sentence gives, for people of its time
    years: tuple[int, ...] = ()  # every year the stem gives: options keep the key's side of each
    role: str = ""  # what the stem calls a person key: 'general', 'singer-songwriter'
    gender: str = ""  # 'male' or 'female' when the stem's pronouns give the key's
    side: str = ""  # 'below' or 'above': the only side of the key whose values are false
    larger_unit: str = ""  # the unit just before a count: 'feet' in '5 feet ____ inches'
    period: int = 0  # years between the events a year key dates (a census: 10)
    approximate: bool = False  # the stem writes the key 'around ____'
    race: bool = False  # the key names a race by its distance: 'in the ____ metres'
    placed: bool = False  # the key's sentence names a place or a nationality
    lived: tuple[int, int] | None = None  # birth and death of a person the stem names
    # every other day or month the stem gives, as (year or 0, month, day or 0): options keep
    # the key's side of each
    dates: tuple[tuple[int, int, int], ...] = ()


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

    def key_positions(self, count: int) -> range:
        """Where among *count* options :func:`options` can put the key: anywhere among names;
        among ordered values only where enough lower and higher ones lie on each side ('at the
        age of 16' in 1895 with no earlier year allowed: first)."""
        wanted = count - 1
        if self.size() < wanted:
            return range(0)
        if not self.ordered:
            return range(count)
        return range(max(0, wanted - len(self.above)), min(wanted, len(self.below)) + 1)


def pool(answer: A.Answer, facts: DocumentFacts, lexicon: Lexicon | None, request: Request) -> Pool:
    """Acceptable distractors for *answer*, best first (up to ``request.wanted`` names)."""
    if answer.kind in A.NUMERIC_KINDS:
        if answer.kind == A.DATE:
            below, above = _date_options(answer, facts, request.excluded)
            below, above = _beside_the_stem_s_dates(answer, below, above, request.dates)
        else:
            below, above = _numeric_pool(answer, facts, request)
        below = [] if request.side == "above" else below  # "after ____": earlier is also true
        above = [] if request.side == "below" else above  # "by ____": later is also true
        return Pool(True, tuple(below), tuple(above))
    if answer.kind == A.TERM:
        return Pool(False, names=tuple(_term_pool(answer, facts, lexicon, request)))
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
        below = sorted(candidates.below[:below_n], key=order_value)
        above = sorted(candidates.above[:above_n], key=order_value)
        return [*below, answer_text, *above], below_n
    distractors = list(candidates.names[:wanted])
    rng.shuffle(distractors)
    index = min(position, wanted)
    return [*distractors[:index], answer_text, *distractors[index:]], index


def order_value(text: str) -> float:
    """Where a numeric option stands in ascending order: its number, or a date's place in time."""
    value = date_value(text)
    return _numeric_value(text) if value is None else value


def date_value(text: str) -> float | None:
    """A date's place in time ('March 1836' before 'April 1836', 'August 15' before
    'September 15'); None for a text that names no month."""
    parts = times.date_parts(text)
    return None if parts is None else _place_in_time(*parts)


def _place_in_time(year: int, month: int, day: int) -> float:
    """An order on dates that also places a month without its day (day 0) first."""
    return float(year * 12 * 32 + month * 32 + day)


def _numeric_value(text: str) -> float:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if match:
        return float(match.group().replace(",", ""))
    parsed = numbers.ordinal(text) or (numbers.word_number(text.split(maxsplit=1)[0]), False)
    return float(parsed[0] or 0)
