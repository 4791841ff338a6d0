"""Times relative to when a text was written, made absolute with the text's own date.

A news article dated Friday, July 21, 2017 that says "on Tuesday" means July 18, 2017; "last
year" means 2016; "on July 10" means July 10, 2017. A stem must carry that: "on Tuesday" means
nothing to a student a year later.
Weeks ("last week") and vaguer times stay as they are, and the context stage turns them away.
"""

from __future__ import annotations

import datetime as dt

from quiz.generator.lang import en
from quiz.generator.tokens import Token

RECENT_DAYS = 60  # a day this close to a dated text's own date is one of the story it tells
# Tags of the words a written-out time brings besides names and figures.
_TAGS = {"on": "IN", "in": "IN", "of": "IN", "the": "DT"} | dict.fromkeys(en.DAY_PARTS, "NN")


def _written(day: dt.date) -> str:
    return f"{en.MONTHS[day.month - 1]} {day.day}, {day.year}"


def _future(tokens: list[Token]) -> bool:
    """Whether a sentence speaks of the future: 'will', 'tomorrow', 'is to run', 'is scheduled
    to' (not 'talks that ran past their scheduled finish', 'had been expected to end')."""
    for i, token in enumerate(tokens):
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if token.lower in en.FUTURE_WORDS or (token.lower in {"is", "are"} and following == "to"):
            return True
        before = tokens[i - 1].lower if i else ""  # 'is expected to', not 'had been expected to'
        planned = token.lower in en.PLANNING_PARTICIPLES and following in {"to", "for"}
        if planned and before in en.PRESENT_BE:
            return True
    return False


def _weekday(date: dt.date, name: str, future: bool) -> dt.date:
    """The weekday nearest the text's date: the one before it, the text's own weekday being its
    date ('on Saturday evening' in a story of Saturday); for the future, the one after it ('will
    meet again on Saturday' is next week's)."""
    target = en.WEEKDAYS.index(name.capitalize())
    if future:
        return date + dt.timedelta(days=(target - date.weekday()) % 7 or 7)
    return date - dt.timedelta(days=(date.weekday() - target) % 7)


def _month(date: dt.date, shift: int) -> tuple[str, int]:
    index = date.month - 1 + shift
    return en.MONTHS[index % 12], date.year + index // 12


def _day_without_year(tokens: list[Token], i: int, date: dt.date) -> dt.date | None:
    """The day 'August 10' or '10 August' at *i* means in a text dated *date*: the nearest, if
    it is near; else the nearest before it (after it, when the sentence speaks of the future).
    None when tokens[i] starts no month and day, or a year follows them."""
    if not _dated_after(tokens, i):
        return None
    after = [t.text for t in tokens[i + 2 : i + 4]]
    if any(word.isdigit() for word in after):
        return None  # "August 10, 2015", "August 10 2015"
    month_first = tokens[i].text in en.MONTHS
    month_word, day_word = (tokens[i], tokens[i + 1]) if month_first else (tokens[i + 1], tokens[i])
    month, number = en.MONTHS.index(month_word.text) + 1, int(day_word.text)
    try:
        days = [dt.date(year, month, number) for year in range(date.year - 1, date.year + 2)]
    except ValueError:
        return None  # "February 30", a number that is no day
    nearest = min(days, key=lambda day: abs(day - date))
    if abs(nearest - date).days <= NEAR_DAYS:
        return nearest  # "is to run from January 23" in a text of January 28
    future = _future(tokens)
    return min((d for d in days if (d > date) == future), key=lambda d: abs(d - date))


def _day_of_a_year_said(tokens: list[Token], i: int, date: dt.date) -> dt.date | None:
    """The day 'September 11 this year', 'May 3 of last year' or 'September 11, this year' at
    *i* names in a text dated *date* (reading n15), or None."""
    words = [t.lower for t in tokens[i : i + 5]]
    if len(words) < 4 or tokens[i].text not in en.MONTHS or not words[1].isdigit():
        return None
    shift = 3 if words[2] in {"of", ","} else 2  # 'May 3 of last year', 'September 11, this year'
    if len(words) <= shift + 1 or words[shift] not in en.PERIOD_SHIFTS:
        return None
    if words[shift + 1] != "year":
        return None
    if i + shift + 2 < len(tokens) and tokens[i + shift + 2].text == "'s":
        return None  # 'On May 3, last year's winner spoke'
    year = date.year + en.PERIOD_SHIFTS[words[shift]]
    try:
        return dt.date(year, en.MONTHS.index(tokens[i].text) + 1, int(words[1]))
    except ValueError:
        return None  # "February 30", a number that is no day


NEAR_DAYS = 60  # a day this close to the text's date is of the nearest year, whatever the tense


def _replacement(tokens: list[Token], i: int, date: dt.date) -> tuple[int, list[str]] | None:
    """(tokens replaced, new words) for a relative time starting at *i*, or None."""
    word = tokens[i].lower
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    before = tokens[i - 1].lower if i else ""
    # "since yesterday", "at the start of last year" need no "on"/"in"
    month_before = i > 0 and tokens[i - 1].text in en.MONTHS  # "in July last year"
    governed = before in en.TIME_PREPOSITIONS or month_before
    if word in en.DAY_OFFSETS and following != "'s":
        day = date + dt.timedelta(days=en.DAY_OFFSETS[word])
        if following in en.DAY_PARTS:  # 'yesterday morning': 'on the morning of December 11'
            return 2, [
                *([] if governed else ["on"]),
                "the",
                following,
                "of",
                *_written(day).split(),
            ]
        return 1, [*([] if governed else ["on"]), *_written(day).split()]
    if word in en.LOWERCASE_WEEKDAYS and governed:
        if following == "," and _dated_after(tokens, i + 2):
            return 2, []  # 'on Thursday, August 21': the day is written out already (n18)
        day = _weekday(date, word, _future(tokens))
        if following in en.DAY_PARTS:  # 'on Saturday evening': 'on the evening of December 12'
            return 2, ["the", following, "of", *_written(day).split()]
        return 1, _written(day).split()
    day = _day_of_a_year_said(tokens, i, date)
    if day is not None:  # "On September 11 this year": not "On September 11, 1985 in 1985"
        return 4 + (tokens[i + 2].lower in {"of", ","}), _written(day).split()
    day = _day_without_year(tokens, i, date)
    if day is not None:  # "The broadcasts began on August 10": of the text's year
        return 2, _written(day).split()
    possessive = i + 2 < len(tokens) and tokens[i + 2].text == "'s"
    if word in en.PERIOD_SHIFTS and following in {"year", "month"} and not possessive:
        # "next year's competition" stays: "the 2018 competition" would not say which one
        if following == "year":
            when = [str(date.year + en.PERIOD_SHIFTS[word])]
        else:
            month, year = _month(date, en.PERIOD_SHIFTS[word])
            when = [month, str(year)]
        return 2, [*([] if governed else ["in"]), *when]
    return None


def _dated_after(tokens: list[Token], i: int) -> bool:
    """Whether a day of a month is written at *i*: 'August 21', '21 August'."""
    words = [t.text for t in tokens[i : i + 2]]
    return len(words) == 2 and (
        (words[0] in en.MONTHS and words[1].isdigit())
        or (words[0].isdigit() and words[1] in en.MONTHS)
    )


def absolute(tokens: list[Token], date: dt.date | None) -> list[Token]:
    """The sentence with its days, months and years relative to *date* written out."""
    if date is None:
        return tokens
    written: list[Token] = []
    i = 0
    while i < len(tokens):
        found = _replacement(tokens, i, date)
        if found is None:
            written.append(tokens[i])
            i += 1
            continue
        width, words = found
        tags = [_TAGS.get(w) or ("CD" if w.rstrip(",").isdigit() else "NNP") for w in words]
        for word, tag in zip(words, tags, strict=True):
            if word.endswith(","):
                written.extend([Token(word[:-1], tag), Token(",", ",")])
            else:
                written.append(Token(word, tag))
        i += width
    return written


def date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month 1-12, day) of a date as written ('March 1836', 'August 15, 1914', '27 July
    1953'), 0 for a year or day it does not give; None for a text that names no month."""
    words = [w.rstrip(",") for w in text.split()]
    month = next((en.MONTHS.index(w) + 1 for w in words if w in en.MONTHS), None)
    if month is None:
        return None
    figures = [int(w) for w in words if w.isdigit()]
    day = next((f for f in figures if f <= 31), 0)
    year = next((f for f in figures if f > 31), 0)
    return year, month, day


def day_named(text: str) -> dt.date | None:
    """The day a date key names ('June 18, 2018', '18 June 2018'), or None without a day."""
    parts = date_parts(text)
    if parts is None or not all(parts):
        return None
    year, month, day = parts
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
