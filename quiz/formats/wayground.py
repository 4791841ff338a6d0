"""Wayground's (formerly Quizizz) quiz spreadsheet (xlsx): row 1 the header, Question Text,
Question Type, Option 1 to Option 5, Correct Answer, Time in seconds, Image Link, Answer
explanation; row 2 the template's instructions; then one question per row. A multiple-choice
question has the type "Multiple Choice" (the default when blank), two to five options and the
right option's number (1 to 5; a Checkbox question lists several, "1,3"); the time defaults to
30 seconds. The template documents no limit on the length of a text.

Layout and limits: Wayground's sample spreadsheet ("Quizizz_Sample_Template.xlsx", lately
"QuizizzSampleSpreadsheetUpdated_v2.xlsx"), downloaded from the quiz editor's import from a
spreadsheet; its two top rows are reproduced here word for word. It has no place for a title or
for notes, so nothing is left out: a question with more than five options keeps its
right answer and its first four distractors, as Kahoot's sheet does. The source sentence goes
in the Answer explanation.

Read back (`parse_bytes`): the template as a teacher fills it in, or our own sheet; the header
row is found by its labels, the instruction row is passed over, and questions of the other
types (Checkbox, Fill-in-the-Blank, Open-Ended, Poll, Draw) are counted as skipped.
"""

from __future__ import annotations

from quiz.formats import workbook
from quiz.formats.model import Imported, QuestionSet, kept_options, sheet_line
from quiz.formats.workbook import Cell, cell, column, find_table, keyed_question, numbered_columns
from quiz.generator import Question

MAX_OPTIONS = 5
MULTIPLE_CHOICE = "Multiple Choice"
TIME_LIMIT = 30  # seconds: the template's default
HEADER = [
    "Question Text",
    "Question Type",
    *(f"Option {n}" for n in range(1, MAX_OPTIONS + 1)),
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
]
INSTRUCTIONS = [  # the template's row 2, line breaks and all
    "Text of the question\n\n(required)\n\n\n",
    "Question Type\n\n(default is Multiple Choice)\n\n",
    "Text for option 1\n\n(required in all cases except open-ended & draw questions)",
    "Text for option 2\n\n(required in all cases except open-ended & draw questions)",
    "Text for option 3\n\n(optional)\n\n\n",
    "Text for option 4\n\n(optional)\n\n\n",
    "Text for option 5\n\n(optional)\n\n\n",
    'The correct option choice (between 1-5).\n\nLeave blank for "Open-Ended", "Poll", "Draw" '
    'and "Fill-in-the-Blank".',
    "Time in seconds\n\n(optional, default value is 30 seconds)\n",
    "Link of the image\n\n(optional)\n\n\n",
    "Explanation for the answer\n(optional)\n\n\n",
]


def _row(question: Question) -> list[Cell]:
    """A question's row: at most 5 options (the key and the first distractors, in order)."""
    kept, key = kept_options(question, MAX_OPTIONS)
    options: list[Cell] = [sheet_line(option) for option in kept]
    return [
        sheet_line(question.stem),
        MULTIPLE_CHOICE,
        *options,
        *[None] * (MAX_OPTIONS - len(options)),
        key + 1,
        TIME_LIMIT,
        None,
        sheet_line(question.source.sentence) or None,
    ]


def rows(question_set: QuestionSet) -> list[list[Cell]]:
    """The sheet's rows from row 1: the header, the instructions, the questions."""
    return [list(HEADER), list(INSTRUCTIONS), *(_row(q) for q in question_set.questions)]


def export(question_set: QuestionSet) -> bytes:
    """The Wayground spreadsheet as xlsx bytes (the same set gives the same bytes)."""
    return workbook.write(rows(question_set))


def is_header(labels: list[str]) -> bool:
    """Whether a row's labels are the header of Wayground's template."""
    return all(
        column(labels, p) is not None for p in ("question text", "option 1", "correct answer")
    )


_INSTRUCTION = sheet_line(INSTRUCTIONS[0])


def parse_bytes(data: bytes) -> Imported:
    """The multiple-choice questions of a Wayground (Quizizz) spreadsheet (xlsx), one a row under
    the header; other question types, and a key naming several options, are counted as skipped."""
    labels, table = find_table(
        data, is_header, "Wayground's template (Question Text, Option 1 to 5, Correct Answer)"
    )
    question_at, type_at = column(labels, "question text"), column(labels, "question type")
    key_at, explanation_at = column(labels, "correct answer"), column(labels, "answer explanation")
    options_at = numbered_columns(labels, "option")
    found = Imported()
    for number, row in table:
        stem, key = cell(row, question_at), cell(row, key_at)
        question_type = sheet_line(cell(row, type_at)).lower().replace("-", " ")
        options = [cell(row, at) for at in options_at]
        if not (stem or key or any(options)) or sheet_line(stem) == _INSTRUCTION:
            continue  # a blank row, or the template's instructions
        if question_type not in {"", MULTIPLE_CHOICE.lower()}:
            found.skipped += 1  # Checkbox, Fill-in-the-Blank, Open-Ended, Poll, Draw
            continue
        question = keyed_question(f"row {number}", stem, options, key, cell(row, explanation_at))
        if question is None:
            found.skipped += 1
        else:
            found.questions.append(question)
    return found
