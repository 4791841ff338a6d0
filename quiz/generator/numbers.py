"""Reading numbers as texts write them ("14,000", "3.5", "eight", "second", "21st") and writing
new numbers in the same style, so that distractors look like the key."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generator.lang import en

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$")


@dataclass(frozen=True, slots=True)
class Style:
    """How a number was written: digits or words, thousands commas, decimals, scale word."""

    words: bool = False
    commas: bool = False
    decimals: int = 0
    scale: str = ""


def word_number(text: str) -> int | None:
    """The value of a number written in words, up to ninety-nine ('eight', 'forty-two')."""
    word = text.lower()
    if word in en.CARDINAL_UNITS:
        return en.CARDINAL_UNITS.index(word)
    if word in en.CARDINAL_TENS:
        return en.CARDINAL_TENS.index(word) * 10
    tens, _, unit = word.partition("-")
    if tens in en.CARDINAL_TENS and unit in en.CARDINAL_UNITS[1:10]:
        return en.CARDINAL_TENS.index(tens) * 10 + en.CARDINAL_UNITS.index(unit)
    return None


def parse(text: str, scale: str = "") -> tuple[float, Style] | None:
    """Value and style of a cardinal written in digits or words, with an optional scale word."""
    multiplier = en.NUMBER_SCALES.get(scale.lower(), 1) if scale else 1
    if _DIGITS.match(text):
        value = float(text.replace(",", ""))
        decimals = len(text.split(".")[1]) if "." in text else 0
        return value * multiplier, Style(False, "," in text, decimals, scale.lower())
    value = word_number(text)
    if value is None:
        return None
    return float(value * multiplier), Style(True, False, 0, scale.lower())


def words(value: int) -> str:
    """An integer below one hundred in words."""
    if value < 20:
        return en.CARDINAL_UNITS[value]
    tens, unit = divmod(value, 10)
    return en.CARDINAL_TENS[tens] + (f"-{en.CARDINAL_UNITS[unit]}" if unit else "")


def write(value: float, style: Style) -> str:
    """Write *value* in *style*; None-safe for the caller's rounding."""
    if style.scale:
        value /= en.NUMBER_SCALES[style.scale]
    if style.words and value == int(value) and 0 <= value < 100:
        text = words(int(value))
    elif style.decimals:
        text = f"{value:,.{style.decimals}f}" if style.commas else f"{value:.{style.decimals}f}"
    else:
        text = f"{round(value):,}" if style.commas else str(round(value))
    return f"{text} {style.scale}" if style.scale else text


def ordinal(text: str) -> tuple[int, bool] | None:
    """Value of an ordinal and whether it was written in digits ('21st' -> (21, True))."""
    if match := _ORDINAL_DIGITS.match(text.lower()):
        return int(match[1]), True
    word = text.lower()
    if word in en.ORDINAL_UNITS[1:]:
        return en.ORDINAL_UNITS.index(word), False
    if word in en.ORDINAL_TENS:
        return en.ORDINAL_TENS.index(word) * 10, False
    return None


def write_ordinal(value: int, digits: bool) -> str:
    """'3rd' or 'third'."""
    if digits:
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    if value < 20:
        return en.ORDINAL_UNITS[value]
    tens, unit = divmod(value, 10)
    if not unit:
        return en.ORDINAL_TENS[tens]
    return f"{en.CARDINAL_TENS[tens]}-{en.ORDINAL_UNITS[unit]}"


def round_step(value: float) -> float:
    """The coarsest round step the value is a multiple of: 14,000 -> 2,000; 8,500 -> 500.

    Distractors are multiples of it (of half of it for 2,000 or 100,000, whose only multiples
    near them would be too far away), so they look exactly as round as the key.
    """
    if value <= 0 or value != int(value):
        return 0.0
    number = int(value)
    step = 1
    for power in range(len(str(number)) - 1, -1, -1):
        for multiple in (5, 2, 1):
            candidate = multiple * 10**power
            if number % candidate == 0:
                step = candidate
                break
        else:
            continue
        break
    if number / step < 3 and step % 2 == 0:
        step //= 2
    return float(step)
