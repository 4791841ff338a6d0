"""Abbreviations a text defines ('sea surface salinity (SSS)'), and stems that use one written
with its definition, so that a stem read alone says what 'SSS' is.

Definitions are found much as Schwartz and Hearst (2003) find them: the long form is the
nearest run of words before the parenthesis that opens with a word (not 'of' or 'the') of the
abbreviation's first letter and holds its other letters in order; but a name just before the
parenthesis whose initials are the abbreviation's letters in another order is the long form
(initials of another language: 'the Institutional Revolutionary Party (PRI)', not 'power for
the Institutional Revolutionary Party').
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from quiz.generator.lang import en

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{0,8}[A-Z])(s?)\)")  # '(SSS)', '(IMF)', '(NGOs)'
_WORD = re.compile(r"[^\s()]+")
_WINDOW = 200  # characters before a parenthesis that may hold its long form
_SENTENCE_END = re.compile(r"[a-z]{2,}[.;:]$")  # 'salinity.', not the initial in 'John F.'


def _long_form(short: str, before: str) -> str | None:
    """The words at the end of *before* that *short* abbreviates, if any."""
    words = _WORD.findall(before)[-min(len(short) + 5, 2 * len(short)) :]
    ends = [i for i, word in enumerate(words[:-1]) if _SENTENCE_END.search(word)]
    words = words[ends[-1] + 1 :] if ends else words
    if words:
        words[-1] = words[-1].rstrip(",")
    letters = short[1:].lower()
    name = _name_of_as_many_words(short, words)
    for start in range(len(words) - 2, -1, -1):  # the nearest opening word that fits
        first = words[start]
        if first[0].lower() != short[0].lower() or first.lower() in en.FUNCTION_WORDS:
            continue
        if name and first[0].islower():
            break  # 'power for the Institutional Revolutionary Party (PRI)': the name is it
        rest = " ".join(words[start:]).lower()[1:]
        position = 0
        for letter in letters:
            position = rest.find(letter, position) + 1
            if not position:
                break
        else:
            return " ".join(words[start:])
    return name


def _name_of_as_many_words(short: str, words: list[str]) -> str | None:
    """The name just before the parenthesis when it has a capitalised word for each letter,
    their initials the letters in another order: initials of another language ('the
    Institutional Revolutionary Party (PRI)', Spanish; reading n15)."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word == "The":
            break
        name.insert(0, word)
    initials = sorted(w[0].lower() for w in name)
    return " ".join(name) if name and initials == sorted(short.lower()) else None


def defined(document_text: str) -> dict[str, str]:
    """Each abbreviation the text defines, with its long form: {'SSS': 'sea surface salinity'}.
    Plurals ('NGOs') and abbreviations defined twice, differently, are left out."""
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for match in _DEFINED.finditer(document_text):
        short, plural = match.groups()
        window = document_text[max(0, match.start() - _WINDOW) : match.start()]
        long = None if plural else _long_form(short, window)
        if long is None or short.lower() in long.lower().split():
            continue
        if found.get(short, long) != long:
            ambiguous.add(short)
        found[short] = long
    return {short: long for short, long in found.items() if short not in ambiguous}


def _titled(long: str) -> bool:
    """Whether a long form is a name ('International Monetary Fund'), not a common noun."""
    return all(w[:1].isupper() for w in long.split() if w.lower() not in en.FUNCTION_WORDS)


def spelled_out(stem: str, definitions: Mapping[str, str], key: str = "") -> str:
    """*stem* with the first use of each defined abbreviation written with its long form
    ('The IMF' -> 'The International Monetary Fund (IMF)', 'join NATO' -> 'join the North
    Atlantic Treaty Organization (NATO)', 'NATO's' -> 'the North Atlantic Treaty
    Organization's'), unless the stem defines it or the long form is the *key*."""
    uses = []
    for short, long in definitions.items():
        if long.lower() in stem.lower() or long.lower() == key.lower():
            continue
        use = re.search(rf"(?<![\w(]){re.escape(short)}(?![\w)])('s)?", stem)
        if use is not None:
            uses.append((use, short, long))
    for use, short, long in sorted(uses, key=lambda u: -u[0].start()):  # from the end
        titled = _titled(long)
        written = long if titled else long[0].lower() + long[1:]
        previous = (stem[: use.start()].split() or [""])[-1]
        if titled and previous.lower() not in en.DETERMINER_WORDS and not previous.endswith("'s"):
            written = "the " + written
        written = written + "'s" if use.group(1) else f"{written} ({short})"
        if use.start() == 0:
            written = written[0].upper() + written[1:]
        stem = stem[: use.start()] + written + stem[use.end() :]
    return stem
