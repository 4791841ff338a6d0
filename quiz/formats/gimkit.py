"""Gimkit's spreadsheet import (CSV): the template's title row ("Gimkit Spreadsheet Import
Template"), its header row, then one question per row: the question, the correct answer, and 1
to 3 incorrect answers (the first required, the other two optional). Every cell is one line.

Layout and limits: the "Gimkit Spreadsheet Import Template" of Gimkit's help article "Create a
kit with a CSV file" (https://help.gimkit.com/en/article/create-a-kit-with-a-csv-file-wv72i9/),
as the public tools that write or read it on GitHub spell its two rows (several agree word
for word; one notes that Gimkit reads any text in the title row). The right answer has
a column of its own, so the file cannot keep an order of the answers: numbers keep theirs among
the incorrect answers only. A question with more than 3 other answers keeps the first 3. Gimkit
documents no length limit, so no question is left out. UTF-8 without a BOM (nothing asks for
one); a cell a spreadsheet would run as a formula gets the CSV export's leading apostrophe.
"""

from __future__ import annotations

from quiz.formats.csv_ import line_cell, written
from quiz.formats.model import QuestionSet
from quiz.generator import Question

MAX_INCORRECT = 3
TITLE_ROW = ["Gimkit Spreadsheet Import Template", "", "", "", ""]
HEADER = [
    "Question",
    "Correct Answer",
    "Incorrect Answer 1",
    "Incorrect Answer 2 (Optional)",
    "Incorrect Answer 3 (Optional)",
]


def _row(question: Question) -> list[str]:
    """The question, its right answer, and its first three others."""
    incorrect = [
        line_cell(option)
        for index, option in enumerate(question.options)
        if index != question.answer_index
    ][:MAX_INCORRECT]
    return [
        line_cell(question.stem),
        line_cell(question.options[question.answer_index]),
        *incorrect,
        *[""] * (MAX_INCORRECT - len(incorrect)),
    ]


def export(question_set: QuestionSet) -> str:
    """The set as a Gimkit import CSV (Gimkit asks for the kit's name when importing)."""
    return written([TITLE_ROW, HEADER, *(_row(q) for q in question_set.questions)])
