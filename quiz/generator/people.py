"""Named people in WordNet: when they lived (read from their glosses) and how to write them.

WordNet ends most glosses of people with their dates: "(1879-1955)", "(100-44 BC)",
"(born in 1946)", "(died 1910)", "(circa 560-480 BC)", "(flourished around 1400)",
"(1st century BC)". :func:`parse_life` reads them; years BC are negative (44 BC is -44).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from quiz.generator.lang import en, en_names

# A range of dates longer than this is a typo; a life known only by its start, its end or a year
# of activity is assumed to last ASSUMED_LIFE years.
LONGEST_LIFE = 110
ASSUMED_LIFE = 75
# Two people are contemporaries when their lives share this many years (or all of the shorter
# one) and their midpoints are at most CONTEMPORARY_MIDPOINTS apart; a year given by a text is
# near a life within NEAR_YEAR years.
CONTEMPORARY_OVERLAP = 15
CONTEMPORARY_MIDPOINTS = 30
NEAR_YEAR = 40
# Rulers of one line are of one era when their midpoints are at most this far apart: 'King
# ____' is Louis XVI beside Louis XIV and Louis XV, whom a student must tell apart, though they
# were never alive together as grown men.
RULER_MIDPOINTS = 160

# Centuries written in words, "first" to "twelfth", by number.
_ORDINALS = {word: number for number, word in enumerate(en.ORDINAL_UNITS[1:13], 1)}
_CENTURY = re.compile(
    r"\b(?:(early|mid|late)\s+)?(\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
    r"[\s-]+century(\s+BC)?",
    re.IGNORECASE,
)
_CENTURY_OFFSET = {"early": 20, "mid": 50, "late": 80, None: 50}
_YEAR = re.compile(r"(AD\s+)?\b(\d{1,4})(?!\w)\s*\??(\s*(?:BC|AD)\b)?")
_DATED_PART = re.compile(r"\(([^()]*(?:\d{2}|century)[^()]*)\)")
_SPAN = re.compile(r"\b(?:from|between)\s+(\d{1,4})\s+(?:to|and)\s+(\d{1,4})(\s+BC)?\b")
_AROUND = re.compile(r"\baround\s+(\d{1,4})(\s+BC)?\b")
_NAME_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|the|van|von|de|da|la|le))*")


class Life(NamedTuple):
    """What a gloss says of a life: years of birth and death, or a year the person was active."""

    born: int | None = None
    died: int | None = None
    flourished: int | None = None


def same_person(one: str, other: str) -> bool:
    """Whether two names are one person's: 'Otto Jespersen' and 'Jens Otto Harry Jespersen'
    are one man; 'William Goode' and 'Matthew Goode' are two."""
    shorter, longer = sorted((one.split(), other.split()), key=len)
    return set(shorter) <= set(longer)


def parse_life(gloss: str) -> Life:
    """The life told by a person's gloss.

    The dates are read from the gloss's last parenthesis holding a year or a century:

    * "(1809-1865)", "(circa 560-480 BC)", "(63 BC - AD 14)": born and died; one BC or AD mark
      after a range applies to both ends, and a "?" of doubt is ignored; of an impossible range
      (death before birth or LONGEST_LIFE years after it: typos such as Harding's "(1865-1823)")
      only a birth year from 1000 on is kept, since an earlier one may be BC unmarked;
    * "(born in 1946)", "(born in Japan in 1925)", "(1928-)": born only;
    * "(died 1910)", "(died in 681 BC)", "(?-424 BC)": died only;
    * "(flourished around 1400)", "(reigned from 534 to 510 BC)", "(circa 500 BC)" (a lone year):
      flourished, the middle of a span;
    * "(1st century BC)", "(late 7th century BC)": flourished, in the middle of the century
      (early and late: 20 and 80 years into it).

    Without such a parenthesis, a century, "from 1700 to 1721", "between 1304 and 1237 BC" or
    "around 1358 BC" anywhere in the gloss gives a flourished year. Otherwise nothing is known.
    """
    parts = _DATED_PART.findall(gloss)
    if parts:
        return _parse_dates(parts[-1])
    return _parse_activity(gloss)


def _parse_dates(text: str) -> Life:
    century = _century_year(text)
    if century is not None:
        return Life(flourished=century)
    years = _years(text)
    if not years:
        return Life()
    words = text.lower()
    if "born" in words:
        return Life(born=years[0])
    if "died" in words:
        return Life(died=years[0])
    if "flourished" in words or "reigned" in words or (len(years) == 1 and "-" not in text):
        return Life(flourished=_middle(years[:2]))
    if len(years) == 1:
        return Life(died=years[0]) if text.lstrip(" ?").startswith("-") else Life(born=years[0])
    born, died = years[:2]
    if 0 <= died - born <= LONGEST_LIFE:
        return Life(born, died)
    return Life(born=born) if born >= 1000 else Life()  # a typo: keep a modern birth year


def _parse_activity(gloss: str) -> Life:
    century = _century_year(gloss)
    if century is not None:
        return Life(flourished=century)
    span = _SPAN.search(gloss)
    if span:
        sign = -1 if span[3] else 1
        return Life(flourished=_middle([sign * int(span[1]), sign * int(span[2])]))
    around = _AROUND.search(gloss)
    if around:
        return Life(flourished=-int(around[1]) if around[2] else int(around[1]))
    return Life()


def _middle(years: list[int]) -> int:
    """The middle of some years, rounded towards year 0 on both sides of it."""
    return int(sum(years) / len(years))


def _century_year(text: str) -> int | None:
    """The year a century points at: '5th century BC' -> -450, 'early 8th century' -> 720."""
    match = _CENTURY.search(text)
    if match is None:
        return None
    ordinal = match[2].lower()
    number = _ORDINALS.get(ordinal) or int(ordinal[:-2])
    offset = _CENTURY_OFFSET[match[1] and match[1].lower()]
    return offset - 100 * number if match[3] else 100 * (number - 1) + offset


def _years(text: str) -> list[int]:
    """The years in a date text, in order; BC years negative. A year with no BC or AD mark takes
    the mark of the next year that has one ('356-323 BC'), else it is AD."""
    marked = [
        (int(m[2]), "BC" if m[3] and "BC" in m[3] else "AD" if m[1] or m[3] else None)
        for m in _YEAR.finditer(text)
    ]
    years, era = [], "AD"
    for year, mark in reversed(marked):
        era = mark or era
        years.append(-year if era == "BC" else year)
    return years[::-1]


def lifetime(life: Life) -> tuple[int, int] | None:
    """The years a person was probably alive: from birth to death, filled in with ASSUMED_LIFE
    when one end is unknown, or around a flourished year; None when the gloss gives no date."""
    if life.born is not None:
        return life.born, life.died if life.died is not None else life.born + ASSUMED_LIFE
    if life.died is not None:
        return life.died - ASSUMED_LIFE, life.died
    if life.flourished is not None:
        return life.flourished - ASSUMED_LIFE // 2, life.flourished + ASSUMED_LIFE // 2
    return None


def contemporaries(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two lifetimes make the same era: a long shared span and close midpoints, so that
    Lincoln (1809-1865) and Grant (1822-1885) are contemporaries, Lincoln and T. Roosevelt
    (1858-1919) are not."""
    shared = min(one[1], other[1]) - max(one[0], other[0])
    shortest = min(one[1] - one[0], other[1] - other[0])
    apart = abs(sum(one) - sum(other)) / 2
    return shared >= min(CONTEMPORARY_OVERLAP, shortest) and apart <= CONTEMPORARY_MIDPOINTS


def near(life: tuple[int, int], year: int) -> bool:
    """Whether someone alive over *life* was alive within NEAR_YEAR years of *year*."""
    return life[0] - NEAR_YEAR <= year <= life[1] + NEAR_YEAR


def same_era(life: Life, key: Life, around: int | None, *, ruler: bool = False) -> bool:
    """Whether someone who lived *life* belongs to the era of *key*: their contemporary when
    *key* is dated (for a *ruler*, of the same line within RULER_MIDPOINTS years), and alive
    near *around* when a text gives that year. Undated: never."""
    lived, era = lifetime(life), lifetime(key)
    if lived is None or (era is None and around is None):
        return False
    if era is not None and ruler:
        same = abs(sum(era) - sum(lived)) / 2 <= RULER_MIDPOINTS
    else:
        same = era is None or contemporaries(era, lived)
    return same and (around is None or near(lived, around))


def written(words: tuple[str, ...], *, full: bool) -> str:
    """How to write a person beside a key written in full ('Abraham Lincoln') or short
    ('Lincoln'). Short: WordNet's usual form, mostly the surname ('Jefferson', 'de Gaulle').
    Full: a name of several words, preferring one holding the usual form and more ('Andrew
    Jackson', not 'Old Hickory'; 'Charles de Gaulle', not 'de Gaulle'), then the usual form
    itself ('Chiang Kai-shek'), then the fewest titles ('Thomas Jefferson', not 'President
    Jefferson'; 'Lord Rayleigh', not 'Third Baron Rayleigh'), then WordNet's order; a person
    known by one name ('Plato', 'Voltaire', 'Montesquieu') keeps it."""
    usual = words[0]
    names = [w for w in words if " " in w]
    if not full or not names:
        return usual
    best = min(
        names, key=lambda w: (_holding(w, usual), sum(x in en_names.NAME_TITLES for x in w.split()))
    )
    return usual if _holding(best, usual) == 2 else best  # 'Voltaire', not 'Francois-Marie Arouet'


def _holding(name: str, usual: str) -> int:
    """0 for a name holding the usual form and more, 1 for the usual form, 2 for another or a
    name of more than four words ('Baron de la Brede et de Montesquieu')."""
    if len(name.split()) > MAX_NAME_WORDS:
        return 2
    return 1 if name == usual else 0 if usual in name else 2


MAX_NAME_WORDS = 4


def mentions(
    texts: Iterable[tuple[int | None, str]], names: Mapping[str, int | None]
) -> Counter[int]:
    """How many texts (glosses, names of things: "Planck's constant") name each person: a sign
    of how well known they are. *texts* are (synset, text) pairs, and a synset's own text does
    not count; *names* maps every name of a person to their synset, or to None when it is
    ambiguous ('George Bush': two presidents; 'Newton': also a unit)."""
    counts: Counter[int] = Counter()
    for source, text in texts:
        named = {names[name] for name in _names_in(text, names)} - {None, source}
        counts.update(named)
    return counts


def _names_in(text: str, names: Mapping[str, int | None]) -> list[str]:
    """The names in *text*, longest first: 'George Washington Carver' is one name, and does not
    also mention George Washington."""
    found = []
    for run in _NAME_RUN.finditer(text):
        words = run[0].split()
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + 5), start, -1):
                name = " ".join(words[start:end]).removesuffix("'s")
                if name in names:
                    found.append(name)
                    break
            else:
                end = start + 1
            start = end
    return found


def same_country(one: str | None, other: str | None) -> bool:
    """Whether two nationalities WordNet gives are one country's ('English' and 'Scottish' are
    British); False when either is unknown."""
    if not one or not other:
        return False
    groups = en_names.NATION_GROUPS
    return groups.get(one, one) == groups.get(other, other)


def nation(gloss: str) -> str | None:
    """The nationality a person's gloss opens with: 'Soviet statesman who ...' -> 'Soviet',
    'United States writer ...' -> 'United States'; None when it opens otherwise."""
    words = gloss.split()
    for size in (2, 1):
        opening = " ".join(words[:size])
        if opening in en_names.DEMONYMS or opening in en_names.NATIONALITIES:
            return opening
    return None


def gender(gloss: str) -> str | None:
    """'female' or 'male' as a person's gloss says: by a noun heading one of its parts
    ('(Old Testament) queen of Persia', 'English actress', '...; son of John Adams'), else by a
    contest ('won nine Wimbledon women's singles championships'), else by more of one
    gender's subject pronouns than of the other's ('in 1992 he became'); None when nothing
    says. Words past a part's head may tell of someone else ('made Queen Victoria Empress',
    'married the king after the death of his first wife')."""
    lowered = gloss.lower()
    for part in lowered.split(";"):
        words = re.findall(r"[a-z']+|[,(:]", re.sub(r"^\s*\([^)]*\)", "", part))
        for word in itertools.takewhile(lambda w: w not in en.GLOSS_HEAD_ENDS, words):
            if word in en.FEMININE_ROLE_WORDS:
                return "female"
            if word in en.MASCULINE_ROLE_WORDS:
                return "male"
    words = re.findall(r"[a-z']+", lowered)
    contest = next((en.GENDERED_CONTESTS[w] for w in words if w in en.GENDERED_CONTESTS), None)
    if contest:
        return contest
    she, he = words.count("she"), words.count("he")
    return None if she == he else "female" if she > he else "male"
