"""Item analysis of a quiz's attempts, as Moodle's quiz statistics compute it.

Facility index: the share of attempts that got the question right. Discrimination index: the
correlation between the question's score and the score on the rest of the quiz (so a question
does not correlate with itself). Pure functions over plain data, so they can be checked by hand.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

MIN_ATTEMPTS_FOR_FLAGS = 5  # below this, "nobody chose it" says nothing


@dataclass(frozen=True)
class ItemResult:
    """One question of one submitted attempt."""

    question: int
    correct: bool
    chosen: str | None  # the option text chosen, None if left blank


@dataclass
class ItemStatistics:
    """What the attempts say about one question."""

    question: int
    attempts: int  # that showed the question, answered or left blank
    facility: float | None  # 0..1
    discrimination: float | None  # -1..1, None when it cannot be computed
    choices: Counter[str] = field(default_factory=Counter)
    flags: list[str] = field(default_factory=list)
    blank: int = 0  # attempts that left it unanswered (counted wrong)

    @property
    def answered(self) -> int:
        """How many attempts gave an answer to the question."""
        return self.attempts - self.blank


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """Pearson correlation, or None when either side does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / math.sqrt(sxx * syy)


def item_statistics(
    attempts: list[list[ItemResult]], options: dict[int, list[tuple[str, bool]]]
) -> list[ItemStatistics]:
    """Statistics per question, in the order of *options* (question -> its (text, is_key))."""
    found = []
    for question, question_options in options.items():
        scores, rests, choices, blank = [], [], Counter(), 0
        for attempt in attempts:
            item = next((r for r in attempt if r.question == question), None)
            if item is None:
                continue
            total = sum(r.correct for r in attempt)
            scores.append(float(item.correct))
            rests.append(float(total - item.correct))
            if item.chosen is None:
                blank += 1
            else:
                choices[item.chosen] += 1
        facility = sum(scores) / len(scores) if scores else None
        discrimination = pearson(scores, rests)
        stats = ItemStatistics(
            question, len(scores), facility, discrimination, choices, blank=blank
        )
        if discrimination is not None and discrimination < 0:
            stats.flags.append("negative discrimination")
        if len(scores) >= MIN_ATTEMPTS_FOR_FLAGS:
            stats.flags.extend(
                f'nobody chose "{text}"'
                for text, is_key in question_options
                if not is_key and not choices[text]
            )
        found.append(stats)
    return found


def distribution(percents: list[float], bins: int = 10) -> list[int]:
    """How many scores fall in each tenth of 0-100% (100% counts in the last bin)."""
    counts = [0] * bins
    for value in percents:
        counts[min(bins - 1, int(value / (100 / bins)))] += 1
    return counts
