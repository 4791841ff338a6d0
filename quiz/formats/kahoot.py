"""Kahoot's quiz spreadsheet (xlsx): its template's first seven rows of title and notes, the
header on row 8 in columns B to H, then one question per row: the question (at most 120
characters), up to 4 answers (at most 75 each), a time limit from 5, 10, 20, 30, 60, 90, 120 or
240 seconds, and the right answer's number ("1" to "4"; several would read "1,3").

Layout and limits: Kahoot's "Quiz spreadsheet template" (kahoot.com, "Import questions from a
spreadsheet": https://support.kahoot.com/hc/en-us/articles/115002812547). A question over a
limit is left out, and the sheet's notes say how many.
"""

from __future__ import annotations

import io
import re

from quiz.formats.model import QuestionSet
from quiz.formats.model import one_line as _one_line
from quiz.generator import Question

CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # no worksheet cell may hold them


def one_line(text: str) -> str:
    """Text on one line, without the control characters a worksheet refuses."""
    return CONTROL.sub("", _one_line(text))


MAX_QUESTION, MAX_ANSWER, MAX_ANSWERS = 120, 75, 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
TIME_LIMIT = 30  # seconds: time to read a sentence-long question and four answers
HEADER_ROW = 8
HEADER = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",  # the template's en dash
    "Correct answer(s) - choose at least one",
]


def _fitted(question: Question) -> tuple[str, list[str], int] | None:
    """(question, answers, right answer's number) within Kahoot's limits, or None: at most 4
    answers (the key and the first distractors), each short enough."""
    stem = one_line(question.stem)
    distractors = [i for i in range(len(question.options)) if i != question.answer_index]
    kept = sorted([question.answer_index, *distractors[: MAX_ANSWERS - 1]])  # numbers ascend
    answers = [one_line(question.options[i]) for i in kept]
    if len(stem) > MAX_QUESTION or any(len(a) > MAX_ANSWER for a in answers):
        return None
    return stem, answers, kept.index(question.answer_index) + 1


def rows(question_set: QuestionSet) -> list[list[str | int | None]]:
    """The sheet's rows from row 1: title and notes, the header (row 8), the questions."""
    fitted = [_fitted(q) for q in question_set.questions]
    left_out = sum(f is None for f in fitted)
    notes: list[list[str | int | None]] = [
        [None, one_line(question_set.title) or "Quiz"],
        [
            None,
            "Made by quiz from a text; import it in Kahoot: Create → Add question → Import "
            "spreadsheet.",
        ],
        [
            None,
            f"{left_out} question{'s' if left_out != 1 else ''} over Kahoot's limits "
            "(120 characters a question, 75 an answer) left out."
            if left_out
            else None,
        ],
    ]
    table = notes + [[None]] * (HEADER_ROW - 1 - len(notes)) + [[None, *HEADER]]
    number = 0
    for found in fitted:
        if found is None:
            continue
        number += 1
        stem, answers, key = found
        padded = answers + [None] * (MAX_ANSWERS - len(answers))
        table.append([number, stem, *padded, TIME_LIMIT, str(key)])
    return table


def export(question_set: QuestionSet) -> bytes:
    """The Kahoot spreadsheet as xlsx bytes (the same set gives the same bytes)."""
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for row in rows(question_set):
        sheet.append(row)
    fixed = dt.datetime(2020, 1, 1)
    workbook.properties.created = workbook.properties.modified = fixed
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
