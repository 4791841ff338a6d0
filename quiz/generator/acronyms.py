"""Abbreviations a text defines ('sea surface salinity (SSS)'), and stems that use one written
with its definition, so that a stem read alone says what 'SSS' is.

Definitions are found as Schwartz and Hearst (2003) find them: the long form is the shortest
run of words before the parenthesis whose letters spell the abbreviation in order, its first
letter opening a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{0,8}[A-Z])(s?)\)")  # '(SSS)', '(IMF)', '(NGOs)'
_WORD = re.compile(r"[^\s()]+")


def _long_form(short: str, before: str) -> str | None:
    """The words at the end of *before* that *short* abbreviates, if any."""
    words = _WORD.findall(before)[-min(len(short) + 5, 2 * len(short)) :]
    ends = [i for i, word in enumerate(words[:-1]) if word.endswith((".", ";", ":"))]
    window = " ".join(words[ends[-1] + 1 :] if ends else words).rstrip(",")
    s, i = len(short) - 1, len(window) - 1
    while s >= 0:
        wanted = short[s].lower()
        while i >= 0 and (
            window[i].lower() != wanted or (s == 0 and i > 0 and window[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    found = window[i + 1 :]
    if len(found.split()) < 2 or short.lower() in found.lower().split():
        return None  # 'Salinity (SSS)': no definition
    return found


def defined(document_text: str) -> dict[str, str]:
    """Each abbreviation the text defines, with its long form: {'SSS': 'sea surface salinity'}.
    An abbreviation defined twice, differently, is left out."""
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for match in _DEFINED.finditer(document_text):
        short = match.group(1)
        long = _long_form(short, document_text[: match.start()])
        if long is None:
            continue
        if found.get(short, long) != long:
            ambiguous.add(short)
        found[short] = long
    return {short: long for short, long in found.items() if short not in ambiguous}


def spelled_out(stem: str, definitions: Mapping[str, str]) -> str:
    """*stem* with the first use of each defined abbreviation written with its long form
    ('The IMF' -> 'The International Monetary Fund (IMF)'), unless the stem defines it."""
    for short, long in definitions.items():
        if long.lower() in stem.lower():
            continue
        use = re.search(rf"(?<![\w(]){re.escape(short)}(?![\w)])", stem)
        if use is None:
            continue
        written = long[0].upper() + long[1:] if use.start() == 0 else long
        stem = f"{stem[: use.start()]}{written} ({short}){stem[use.start() + len(short) :]}"
    return stem
