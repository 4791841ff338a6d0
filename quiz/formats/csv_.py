"""CSV for spreadsheets: one row per question (RFC 4180 quoting, CRLF, UTF-8 with a BOM so that
Excel reads accents right). Cells a spreadsheet would run as formulas get a leading apostrophe."""

from __future__ import annotations

import csv
import io
import re

from quiz.formats.model import LETTERS, QuestionSet

FORMULA = re.compile(r"^[=+\-@\t\r]")
NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$")


def _cell(text: str) -> str:
    """Text that opens as text: '=SUM(A1)' would run as a formula; '-5' stays a number."""
    return "'" + text if FORMULA.match(text) and not NUMBER.match(text) else text


def export(question_set: QuestionSet) -> str:
    """The set as CSV, with a header row."""
    width = max((len(q.options) for q in question_set.questions), default=4)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["question", *(f"option {LETTERS[i]}" for i in range(width)), "answer", "source"]
    )
    for question in question_set.questions:
        options = [_cell(o) for o in question.options] + [""] * (width - len(question.options))
        writer.writerow(
            [
                _cell(question.stem),
                *options,
                LETTERS[question.answer_index],
                _cell(question.source.sentence),
            ]
        )
    return "\ufeff" + buffer.getvalue()
