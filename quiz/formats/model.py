"""What formats exchange: a titled set of questions, and what an import found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.generator import Question, Source

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ORDERED_KINDS = frozenset({"year", "date", "count", "percentage", "money", "ordinal"})


class FormatError(ValueError):
    """A file that cannot be read; the message names the line or element at fault."""


@dataclass(frozen=True)
class QuestionSet:
    """A quiz as formats see it: a title and its questions."""

    title: str
    questions: tuple[Question, ...]


@dataclass
class Imported:
    """What an import found: the multiple-choice questions, and how many others it skipped."""

    questions: list[Question] = field(default_factory=list)
    skipped: int = 0
    title: str | None = None


def imported_question(
    stem: str, options: list[str], key: int, source: str = "", document: str = ""
) -> Question:
    """A question read from a file, in the generator's type."""
    return Question(
        stem=stem,
        options=tuple(options),
        answer_index=key,
        kind="imported",
        source=Source(document, source, 0, 0),
        score=0.0,
    )


def one_line(text: str) -> str:
    """Text on a single line, whitespace runs collapsed."""
    return re.sub(r"\s+", " ", text).strip()


def is_ordered(question: Question) -> bool:
    """Numbers keep their ascending order; other options may be shuffled by the LMS."""
    return question.kind in ORDERED_KINDS
