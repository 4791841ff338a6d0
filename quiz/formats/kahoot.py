"""Kahoot's quiz spreadsheet (xlsx): its template's first seven rows of title and notes, the
header on row 8 in columns B to H, then one question per row: the question (at most 120
characters), up to 4 answers (at most 75 each), a time limit from 5, 10, 20, 30, 60, 90, 120 or
240 seconds, and the right answer's number ("1" to "4"; several would read "1,3").

Layout and limits: Kahoot's "Quiz spreadsheet template" (kahoot.com, "Import questions from a
spreadsheet": https://support.kahoot.com/hc/en-us/articles/115002812547). A stem over the
limit gets a shorter wording from the generator if it has one (quiz.generator.shorten);
otherwise the question is left out, and the sheet's notes say how many.

Read back (`parse_bytes`): the template as a teacher fills it in, or our own sheet; the header
row is found by its labels, a question with several right answers is counted as skipped.
"""

from __future__ import annotations

from quiz.formats import workbook
from quiz.formats.model import Imported, QuestionSet, kept_options, sheet_line
from quiz.formats.workbook import cell, column, find_table, keyed_question, numbered_columns
from quiz.generator import Question
from quiz.generator.shorten import shorter_stem
from quiz.wording import plural

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
    answers (the key and the first distractors), each short enough, and the stem or a shorter
    wording of it from the generator within 120 characters."""
    stem = shorter_stem(sheet_line(question.stem), MAX_QUESTION)
    options, key = kept_options(question, MAX_ANSWERS)
    answers = [sheet_line(option) for option in options]
    if stem is None or any(len(a) > MAX_ANSWER for a in answers):
        return None
    return stem, answers, key + 1


def rows(question_set: QuestionSet) -> list[list[str | int | None]]:
    """The sheet's rows from row 1: title and notes, the header (row 8), the questions."""
    fitted = [_fitted(q) for q in question_set.questions]
    left_out = sum(f is None for f in fitted)
    notes: list[list[str | int | None]] = [
        [None, sheet_line(question_set.title) or "Quiz"],
        [
            None,
            "Made by quiz from a text; import it in Kahoot: Create → Add question → Import "
            "spreadsheet.",
        ],
        [
            None,
            f"{plural(left_out, 'question')} over Kahoot's limits "
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
    return workbook.write(rows(question_set))


# Reading: Kahoot's template as a teacher fills it in, and our own sheet. The header row is found
# by its labels wherever it stands (row 8 in the template); the time limit is not read.


def is_header(labels: list[str]) -> bool:
    """Whether a row's labels are the header of Kahoot's template."""
    return all(column(labels, p) is not None for p in ("question", "answer 1", "correct answer"))


def parse_bytes(data: bytes) -> Imported:
    """The questions of a Kahoot spreadsheet (xlsx), one a row under the header; a question
    with several right answers is not single-answer multiple choice and is counted as skipped."""
    labels, rows = find_table(
        data, is_header, "Kahoot's template (Question, Answer 1 to 4, Correct answer(s))"
    )
    question_at, key_at = column(labels, "question"), column(labels, "correct answer")
    answers_at = numbered_columns(labels, "answer")
    found = Imported()
    for number, row in rows:
        stem, key = cell(row, question_at), cell(row, key_at)
        answers = [cell(row, at) for at in answers_at]
        if not (stem or key or any(answers)):
            continue  # a blank row (the template numbers its rows in column A)
        question = keyed_question(f"row {number}", stem, answers, key)
        if question is None:
            found.skipped += 1
        else:
            found.questions.append(question)
    return found
