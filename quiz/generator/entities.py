"""Typed named entities without a trained chunker.

A name is a run of proper-noun tokens. Its type (person, place, organization) comes, in order of
trust, from a title before it ("Foreign Minister Dmytro Kuleba"), our gazetteer, a type noun
beside it ("the AFP news agency"), WordNet's named individuals (Poland is a European country,
Putin a statesman), the shape of the name (Fort ..., ... University) and a known given name.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, replace

from quiz.generator import places, resources
from quiz.generator.lang import en, en_names
from quiz.generator.lexicon import Lexicon
from quiz.generator.tokens import Token

PERSON, PLACE, ORGANIZATION, OTHER = "person", "place", "organization", "other"

_NAME_TAGS = frozenset({"NNP", "NNPS"})
_DATE_WORDS = frozenset(en.MONTHS + en.WEEKDAYS)


# The senses (WordNet lexicographer files) a noun needs to describe a name of each kind.
DESCRIBING_SENSES = {
    PERSON: frozenset({"noun.person"}),
    PLACE: frozenset({"noun.location", "noun.object", "noun.group"}),
    ORGANIZATION: frozenset({"noun.group", "noun.artifact", "noun.communication"}),
}


def describes(noun: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether a common noun can describe a name of *kind*: 'Illinois, a Whig Party leader' is
    no apposition, and 'It is the most powerful earthquake' is not India. A noun WordNet does
    not know, and a kind without senses, may."""
    if kind not in DESCRIBING_SENSES:
        return True
    lemma = (lexicon.noun_singular(noun.lower) if noun.tag == "NNS" else None) or noun.lower
    senses = lexicon.noun_lexnames(lemma)
    return not senses or bool(senses & DESCRIBING_SENSES[kind])


@dataclass(frozen=True, slots=True)
class Entity:
    """A name in a sentence: token span, type, finer class, and the title written before it."""

    start: int
    end: int
    text: str
    kind: str
    subtype: str = ""
    title: str = ""
    modifier: bool = False  # the name qualifies the noun after it: "the Putin government"


@functools.cache
def _gazetteer_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for table, kind in (
        (en_names.ORGANIZATIONS, ORGANIZATION),
        (en_names.CITIES, PLACE),
        (en_names.REGIONS, PLACE),
        (en_names.COUNTRIES, PLACE),
    ):
        for subtype, names in table.items():
            for name in names:
                index.setdefault(name.removeprefix("the "), (kind, subtype))
    for group in en_names.ALIASES:
        kind_subtype = next((index[name] for name in group if name in index), None)
        if kind_subtype:
            for name in group:
                index.setdefault(name, kind_subtype)
    return index


@functools.cache
def _alias_index() -> dict[str, str]:
    return {name.lower(): group[0] for group in en_names.ALIASES for name in group}


def known_kind(name: str) -> str | None:
    """The type our gazetteer gives a name (place or organization), or None when it has none."""
    known = _gazetteer_index().get(name.removeprefix("the "))
    return known[0] if known else None


def canonical(name: str) -> str:
    """One spelling per name: 'U.S.' and 'US' -> 'United States'; 'the BBC' -> 'BBC'."""
    bare = name.removeprefix("the ").removeprefix("The ")
    return _alias_index().get(bare.lower(), bare)


def aliases(name: str) -> tuple[str, ...]:
    """Every spelling of a name: 'US' -> ('United States', 'US', 'U.S.', ...)."""
    standard = canonical(name)
    for group in en_names.ALIASES:
        if group[0] == standard:
            return group
    return (standard,)


def coarse_place(subtype: str) -> str:
    """country, city, state, continent or region: which places can stand in for each other."""
    lowered = subtype.lower()
    if "capital" in lowered or "city" in lowered or "town" in lowered or "port" in lowered:
        return "city"
    if lowered in {"american state", "province"}:
        return "state"
    if "country" in lowered or lowered in {"kingdom", "republic", "principality", "state"}:
        return "country"
    if "continent" in lowered:
        return "continent"
    return lowered or "place"


_LEXNAME_KINDS = {
    "noun.person": PERSON,
    "noun.location": PLACE,
    "noun.object": PLACE,
    "noun.group": ORGANIZATION,
}


def _wordnet_type(name: str, lexicon: Lexicon | None) -> tuple[str, str] | None:
    """Type and class of a name WordNet knows, unless its senses disagree on the type
    ('Columbia' is a river, a city and a university: no guess)."""
    if lexicon is None:
        return None
    senses = [n for n in lexicon.named(name) if n.lexname in _LEXNAME_KINDS]
    kinds = {_LEXNAME_KINDS[n.lexname] for n in senses}
    if len(kinds) != 1:
        return None
    first = senses[0]
    subtype = lexicon.class_name(first.classes[0]) if first.classes else ""
    return kinds.pop(), subtype


def _a_ruler(words: list[str], lexicon: Lexicon | None) -> bool:
    """Whether a name of two words is a ruler's, with their number: 'Abbas I', 'Ismail I';
    not 'World War II', 'Vatican II', 'Saturn V' or 'Artemis II', whose first word is a common
    noun, a place, a thing or a deity."""
    if lexicon is None or len(words) != 2 or not en_names.REGNAL.search(" " + words[1]):
        return False
    senses = lexicon.named(words[0])
    people = all(
        n.lexname == "noun.person" and not any("deity" in lexicon.class_name(c) for c in n.classes)
        for n in senses
    )
    return people and not _common_noun(words[0], lexicon) and places.lookup(words[0]) is None


def _common_noun(word: str, lexicon: Lexicon | None) -> bool:
    """'Gymnasium' in 'Albert Einstein Gymnasium' is a noun, not a surname ('Brown' can be both)."""
    if lexicon is None or resources.tagger().tagdict.get(word) == "NNP" or lexicon.named(word):
        return False
    lemma = lexicon.noun_singular(word) or word
    return lexicon.noun_lexname(lemma) is not None


def _title_split(chunk: list[Token], lexicon: Lexicon | None) -> tuple[int, bool]:
    """How many leading tokens of a name chunk are not the name, and whether they are a title.

    'UK Prime Minister | Boris Johnson' is a title; 'Democrat | Stephen A. Douglas' a description;
    'Jens Otto Harry Jespersen' is one name (its first words are no common nouns).
    """
    split = 0
    for i, token in enumerate(chunk[:-1]):
        if token.lower in en_names.TITLES and token.lower not in en_names.TITLE_MODIFIERS:
            split = i + 1
    while split and split + 2 < len(chunk) and chunk[split].lower in en_names.NAME_CONNECTORS:
        split += 2  # "Secretary of State | George C. Marshall"
    if split:
        return split, True
    given = next((i for i, t in enumerate(chunk[1:-1], 1) if t.lower in en_names.GIVEN_NAMES), 0)
    describing = all(
        t.text in en_names.DEMONYMS
        or t.lower in en_names.PERSON_DESCRIPTORS
        or _common_noun(t.text, lexicon)
        for t in chunk[:given]
    )
    return (given, False) if describing else (0, False)


def _title_before(tokens: list[Token], start: int) -> str:
    """A title phrase ending right before a name: 'Pentagon spokesman', 'Putin's spokesman';
    not a word that only begins one ('the youngest head of state France has had': reading n7)."""
    end = start
    if (
        end == 0
        or tokens[end - 1].lower not in en_names.TITLES
        or tokens[end - 1].lower in en_names.OPENING_TITLE_WORDS
        or tokens[end - 1].tag not in {"NN", "NNP"}
    ):
        return ""
    begin = end - 1
    while begin > 0 and tokens[begin - 1].tag in {"NNP", "NNPS", "JJ", "POS", "NN"}:
        begin -= 1
    return _join(tokens[begin:end])


def _join(tokens: list[Token]) -> str:
    text = ""
    for token in tokens:
        glue = token.text in {"'s", "'", ","} or not text
        text += token.text if glue else " " + token.text
    return text


# How our place classes name GeoNames' kinds (see coarse_place).
_PLACE_SUBTYPES = {"state": "province", "country": "country", "city": "city"}


def classify(
    name: str, tokens: list[Token], start: int, end: int, lexicon: Lexicon | None
) -> tuple[str, str]:
    """Type and finer class of the name tokens[start:end]."""
    words = name.split()
    if name in en_names.DEMONYMS:
        return OTHER, ""  # "He taught French": a language, not the sculptor WordNet knows
    after = tokens[end].lower if end < len(tokens) else ""
    before = tokens[start - 1].lower if start > 0 else ""
    known = _gazetteer_index().get(name)
    if known and known[0] == ORGANIZATION:
        return known
    if after in en_names.TYPE_NOUNS and tokens[end].tag.startswith("NN"):
        return en_names.TYPE_NOUNS[after]
    if before in en_names.PRECEDING_TYPE_NOUNS and tokens[start - 1].tag.startswith("NN"):
        return en_names.PRECEDING_TYPE_NOUNS[before]
    if known:
        return known
    if len(words) == 1 and words[0].istitle() and words[0].lower() in en_names.GIVEN_NAMES:
        return PERSON, ""  # "Nancy" is the mother here, not the French city
    if _a_ruler(words, lexicon):
        return PERSON, ""  # 'Abbas I', 'Selim I' (reading n19)
    if found := _wordnet_type(name, lexicon):
        return found
    if words[0].lower() in en_names.PLACE_PREFIXES and len(words) > 1:
        return PLACE, "base" if words[0].lower() == "fort" else ""
    if words[-1].lower() in en_names.ORGANIZATION_HEADS and len(words) > 1:
        return ORGANIZATION, ""
    if words[-1].lower() in en_names.PLACE_HEADS and len(words) > 1:
        head = words[-1].lower()  # a polity's name ("Socialist Republic") says no class
        return PLACE, "" if head in {
            "republic",
            "kingdom",
            "principality",
            "duchy",
            "state",
        } else head
    if before in en.LOCATIVE_PREPOSITIONS and (place := places.lookup(name)):
        return PLACE, _PLACE_SUBTYPES.get(place.kind, place.kind)  # "in Batman" is the city
    plain = all(t.tag in {"NNP", "NNPS"} for t in tokens[start:end])  # not "Recovery of Aristotle"
    surname = _wordnet_type(words[-1], lexicon) if len(words) > 1 and plain else None
    if surname and surname[0] == PERSON:
        return PERSON, ""  # "Aldous Leonard Huxley": WordNet knows Huxley as a person
    all_singular = all(t.tag == "NNP" for t in tokens[start:end])
    all_singular = all_singular and (
        not _common_noun(words[-1], lexicon) or _month_as_surname(tokens, end - 1)
    )  # 'Brian May': not the hawthorn
    if words[0].lower() in en_names.GIVEN_NAMES and 2 <= len(words) <= 3 and all_singular:
        return PERSON, ""
    if (
        2 <= len(words) <= 3
        and all_singular
        and _described_as_a_person(tokens, start, end, lexicon)
    ):
        return PERSON, ""  # "politician Francisco Madero", "Victoriano Huerta, a general"
    return OTHER, ""


def _described_as_a_person(
    tokens: list[Token], start: int, end: int, lexicon: Lexicon | None
) -> bool:
    """Whether a common noun for a person stands just before a name ('the liberal politician
    Francisco Madero') or heads its apposition ('Victoriano Huerta, a general who ...'): WordNet's
    commonest sense of that noun is a person's."""
    if lexicon is None or _ends_in_a_big_place(tokens[start:end]):
        return False  # "the carrier Air France", "the defending champion Real Madrid"
    if start > 0 and tokens[start - 1].tag == "NN":
        return lexicon.noun_lexname(tokens[start - 1].lower) == "noun.person"
    following = tokens[end : end + 5]
    if len(following) < 3 or following[0].text != "," or following[1].lower not in {"a", "an"}:
        return False
    phrase = list(itertools.takewhile(lambda t: t.tag in {"JJ", "RB", "NN"}, following[2:]))
    return bool(phrase) and lexicon.noun_lexname(phrase[-1].lower) == "noun.person"


BIG_CITY = 1_000_000  # a name ending in a country or a city this big is no person's


def _ends_in_a_big_place(words: list[Token]) -> bool:
    """Whether a name ends in a country's or a big city's name ('Air France', 'Real Madrid'),
    as firms and clubs do and people rarely do ('Stephen Austin' ends in a smaller city)."""
    place = places.lookup(words[-1].text) if words else None
    return place is not None and (place.kind == "country" or (place.population or 0) >= BIG_CITY)


def _chunks(tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of proper-noun runs, joined over 'of' ('Bank of England')."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _is_name_token(tokens[i]) and not leads_a_name(tokens, i):
            i += 1
            continue
        start = i
        i += 1
        while i < len(tokens):
            if _is_name_token(tokens[i]) or _month_as_surname(tokens, i):
                i += 1
                continue
            joined = _joining_words(tokens, i)
            if not joined:
                break
            i += joined
        if (
            i < len(tokens)
            and tokens[i].tag == "CD"
            and tokens[i].text.isdigit()
            and len(tokens[i].text) <= 3
        ):
            i += 1  # "Apollo 11", "Soyuz 1": the number is part of the name
        spans.append((start, i))
    return spans


def _month_as_surname(tokens: list[Token], i: int) -> bool:
    """A month written after a given name and before no number, as a surname: 'Theresa May',
    'Brian May' (not 'Grant in May 1864'; an independent review of reading n15's rules)."""
    return (
        i > 0
        and tokens[i].text in en.MONTHS
        and tokens[i - 1].tag in _NAME_TAGS
        and tokens[i - 1].lower in en_names.GIVEN_NAMES
        and not (i + 1 < len(tokens) and tokens[i + 1].tag == "CD")
    )


def _joining_words(tokens: list[Token], i: int) -> int:
    """How many lower-case words at *i* join the name before them to a name word after: one
    connector ('Bank of England', 'Vasco da Gama') or two surname particles ('Miguel de la
    Madrid', 'Johannes van der Waals'); 0 when they lead to no name word."""
    for width in (1, 2):
        words = tokens[i : i + width]
        joining = en_names.NAME_CONNECTORS if width == 1 else en_names.SURNAME_PARTICLES
        if (
            len(words) == width
            and all(not t.text[:1].isupper() and t.lower in joining for t in words)
            and i + width < len(tokens)
            and _is_name_token(tokens[i + width])
        ):
            return width
    return 0


def leads_a_name(tokens: list[Token], i: int) -> bool:
    """A capitalised word the tagger missed before a name: 'Aldous/JJ Leonard/NNP Huxley/NNP'."""
    token = tokens[i]
    return (
        i + 1 < len(tokens)
        and token.tag in {"NN", "JJ", "NNS", "FW", "VBN", "RB"}
        and token.text.istitle()
        and _is_name_token(tokens[i + 1])
        and token.lower not in resources.tagger().tagdict
        and token.lower not in en.SENTENCE_ADVERBS  # "Together Bernoulli and Euler ..."
    )


def _is_name_token(token: Token) -> bool:
    if token.text in _DATE_WORDS:
        return False
    if token.tag in _NAME_TAGS:
        return token.text[:1].isupper()
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def _descriptor_end(chunk: list[Token]) -> int:
    """Leading words that describe a name rather than belong to it: 'Americans | Neil Armstrong'."""
    i = 0
    while i < len(chunk) - 1 and (chunk[i].tag == "NNPS" or chunk[i].text in en_names.DEMONYMS):
        i += 1
    return i


def _place(tokens: list[Token], start: int, end: int, lexicon: Lexicon | None) -> bool:
    """Whether the name tokens[start:end] is a place GeoNames knows that WordNet knows as a
    place and as no person ('St. Petersburg'), or one after 'in', 'at' or 'from' ('in St.
    Louis'; but 'St. Louis was a king of France', 'dedicated to St. Paul')."""
    name = _join(tokens[start:end])
    if places.lookup(name) is None:
        return False
    if start and tokens[start - 1].lower in en.PLACE_POINT_PREPOSITIONS:
        return True
    if lexicon is None or lexicon.person(name) is not None:
        return False
    return any(n.lexname == "noun.location" for n in lexicon.named(name))


def find(tokens: list[Token], lexicon: Lexicon | None) -> list[Entity]:
    """Every name in a tagged sentence, typed."""
    found: list[Entity] = []
    for chunk_start, end in _chunks(tokens):
        start = chunk_start + _descriptor_end(tokens[chunk_start:end])
        chunk = tokens[start:end]
        split, is_title = _title_split(chunk, lexicon)
        rest = chunk[split:]
        if split and len(rest) == 1 and _common_noun(rest[0].text, lexicon):
            split, is_title = 0, False  # "United Nations General Assembly" has no person
        saint = split == 1 and chunk[0].lower in en_names.PLACE_PREFIXES
        if saint and _place(tokens, start, end, lexicon):
            split, is_title = 0, False  # "went to St. Petersburg": a city, not a saint
        title = _join(chunk[:split]) if is_title else "" if split else _title_before(tokens, start)
        if title and len(chunk) == 1 and _common_noun(chunk[0].text, lexicon):
            title = ""
        if split and start > 0 and tokens[start - 1].tag == "JJ":  # Russian President
            title = f"{tokens[start - 1].text} {title}"
        name_start = start + split
        name_end = end
        while name_end - name_start > 2 and tokens[name_end - 1].text in en_names.POST_NOMINALS:
            name_end -= 1  # "Zaha Mohammad Hadid DBE RA"
        name = _join(tokens[name_start:name_end])
        if title or split:
            kind, subtype = PERSON, ""
        else:
            kind, subtype = classify(name, tokens, name_start, name_end, lexicon)
        modifier = name_end < len(tokens) and tokens[name_end].tag in {"NN", "NNS"}
        found.append(Entity(name_start, name_end, name, kind, subtype, title, modifier))
    return _people_listed_with_people(tokens, found, lexicon)


def _people_listed_with_people(
    tokens: list[Token], found: list[Entity], lexicon: Lexicon | None
) -> list[Entity]:
    """Full names of unknown type listed beside a person are people: 'the revolution was led by
    Venustiano Carranza, Alvaro Obregon, and Pancho Villa'; not names made of common words
    or ending in a big place ('Cast Away', 'Real Madrid')."""
    typed = list(found)
    changed = True
    while changed:  # a list's people are found from the one known, neighbour by neighbour
        changed = False
        for i, name in enumerate(typed):
            if name.kind != OTHER or not 2 <= len(name.text.split()) <= 3:
                continue
            words = tokens[name.start : name.end]
            if not all(t.tag == "NNP" for t in words) or _ends_in_a_big_place(words):
                continue
            if any(_common_noun(t.text, lexicon) for t in words):
                continue  # "Tom Hanks, Cast Away and Big": a film's title is words
            for other in (typed[k] for k in (i - 1, i + 1) if 0 <= k < len(typed)):
                first, second = sorted((name, other), key=lambda e: e.start)
                between = {t.lower for t in tokens[first.end : second.start]}
                if other.kind == PERSON and between and between <= {",", "and"}:
                    typed[i] = replace(name, kind=PERSON, subtype="")
                    changed = True
                    break
    return typed
