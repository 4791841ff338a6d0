"""Times relative to when a text was written, made absolute with the text's own date.

A news article dated Friday, July 21, 2017 that says "on Tuesday" means July 18, 2017; "last
year" means 2016. A stem must carry that: "on Tuesday" means nothing to a student a year later.
Weeks ("last week") and vaguer times stay as they are, and the context stage turns them away.
"""

from __future__ import annotations

import datetime as dt

from quiz.generator.lang import en
from quiz.generator.tokens import Token


def _written(day: dt.date) -> str:
    return f"{en.MONTHS[day.month - 1]} {day.day}, {day.year}"


def _future(tokens: list[Token]) -> bool:
    return any(t.lower in {"will", "'ll"} or t.lower == "tomorrow" for t in tokens)


def _weekday(date: dt.date, name: str, future: bool) -> dt.date:
    """The weekday nearest the text's date: the one before it (or after, for the future)."""
    target = en.WEEKDAYS.index(name.capitalize())
    if future:
        return date + dt.timedelta(days=(target - date.weekday()) % 7 or 7)
    return date - dt.timedelta(days=(date.weekday() - target) % 7)


def _month(date: dt.date, shift: int) -> tuple[str, int]:
    index = date.month - 1 + shift
    return en.MONTHS[index % 12], date.year + index // 12


def _replacement(tokens: list[Token], i: int, date: dt.date) -> tuple[int, list[str]] | None:
    """(tokens replaced, new words) for a relative time starting at *i*, or None."""
    word = tokens[i].lower
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    before = tokens[i - 1].lower if i else ""
    # "since yesterday", "in last year's" need no "on"/"in"
    governed = before in en.TIME_PREPOSITIONS
    if word in en.DAY_OFFSETS and following != "'s":
        day = date + dt.timedelta(days=en.DAY_OFFSETS[word])
        return 1, [*([] if governed else ["on"]), *_written(day).split()]
    if word in en.LOWERCASE_WEEKDAYS and governed:
        day = _weekday(date, word, _future(tokens))
        return 1, _written(day).split()
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
        tags = [
            "IN" if w in {"on", "in"} else "CD" if w.rstrip(",").isdigit() else "NNP" for w in words
        ]
        for word, tag in zip(words, tags, strict=True):
            if word.endswith(","):
                written.extend([Token(word[:-1], tag), Token(",", ",")])
            else:
                written.append(Token(word, tag))
        i += width
    return written
