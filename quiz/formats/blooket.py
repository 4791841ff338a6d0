"""Blooket's spreadsheet import (CSV): the template's title row ("Blooket⏎Import Template"), its
header row, then one question per row: the question's number, its text, 2 to 4 answers, a time
limit (at most 300 seconds) and the right answer's number ("Only include Answer #"; several
would read "1,3"). The header cells hold line breaks, as the template's do; every other cell is
one line.

Layout and limits: the "Blooket Import Template" CSV of Blooket's help article "How to Import
Questions from a Spreadsheet into Blooket"
(https://help.blooket.com/hc/en-us/articles/16002377931543), as public tools that write it spell
its two rows (on GitHub: chadworley/chadworley.github.io, 7th_grade/one_step_equations/
make_ose_blooket.R, among others). A question with more than 4 answers keeps the right one and
the first others, in their order, so numbers stay ascending. Blooket documents no length limit,
so no question is left out. UTF-8 without a BOM (nothing asks for one); a cell a spreadsheet
would run as a formula gets the CSV export's leading apostrophe.
"""

from __future__ import annotations

from quiz.formats.csv_ import line_cell, written
from quiz.formats.model import QuestionSet, kept_options

MAX_ANSWERS = 4
TIME_LIMIT = 30  # seconds, as for Kahoot: time to read a sentence-long question and four answers
TITLE_ROW = ["Blooket\nImport Template", "", "", "", "", "", "", ""]
HEADER = [
    "Question #",
    "Question Text",
    "Answer 1",
    "Answer 2",
    "Answer 3\n(Optional)",
    "Answer 4\n(Optional)",
    "Time Limit (sec)\n(Max: 300 seconds)",
    "Correct Answer(s)\n(Only include Answer #)",
]


def export(question_set: QuestionSet) -> str:
    """The set as a Blooket import CSV (Blooket asks for the set's title when importing)."""
    rows = []
    for number, question in enumerate(question_set.questions, 1):
        texts, key = kept_options(question, MAX_ANSWERS)
        padded = [line_cell(text) for text in texts] + [""] * (MAX_ANSWERS - len(texts))
        rows.append([number, line_cell(question.stem), *padded, TIME_LIMIT, key + 1])
    return written([TITLE_ROW, HEADER, *rows])
