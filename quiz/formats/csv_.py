"""CSV for spreadsheets: one row per question (RFC 4180 quoting, CRLF, UTF-8 with a BOM so that
Excel reads accents right). Cells a spreadsheet would run as formulas get a leading apostrophe.
Read back: our own export and the common "question, A, B, C, D, answer" sheet."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from quiz.formats.model import (
    LETTERS,
    FormatError,
    Imported,
    QuestionSet,
    imported_question,
    sheet_line,
)

FORMULA = re.compile(r"^[=+\-@\t\r]")
NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$")


def inert_cell(text: str) -> str:
    """Text that opens as text: '=SUM(A1)' would run as a formula; '-5' stays a number."""
    return "'" + text if FORMULA.match(text) and not NUMBER.match(text) else text


def line_cell(text: str) -> str:
    """Text as a platform template's cell: one line, no control characters, never a formula."""
    return inert_cell(sheet_line(text))


def written(rows: Iterable[list[str | int]]) -> str:
    """Rows as CSV text: RFC 4180 quoting, CRLF line ends (what spreadsheets and the platforms'
    templates expect)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def export(question_set: QuestionSet) -> str:
    """The set as CSV, with a header row."""
    width = max((len(q.options) for q in question_set.questions), default=4)
    header = ["question", *(f"option {LETTERS[i]}" for i in range(width)), "answer", "source"]
    rows = (
        [
            inert_cell(question.stem),
            *(inert_cell(o) for o in question.options),
            *[""] * (width - len(question.options)),
            LETTERS[question.answer_index],
            inert_cell(question.source.sentence),
        ]
        for question in question_set.questions
    )
    return "\ufeff" + written([header, *rows])


# Reading: our own export, and the common "question, A, B, C, D, answer" sheet, with or without
# a header row, comma-, semicolon- (a European Excel) or tab-separated.
QUESTION_HEADERS = {"question", "questions", "question text", "stem"}
ANSWER_HEADERS = {"answer", "correct answer", "correct", "key", "right answer"}
SOURCE_HEADERS = {"source", "explanation", "feedback"}
_INERT = re.compile(r"^'(?=[=+\-@\t\r])")  # the apostrophe export puts before formula-like text


def plain_cell(cell: str) -> str:
    """A cell read back: without the apostrophe the export put before formula-like text."""
    return _INERT.sub("", cell).strip()


def parse(text: str) -> Imported:
    """The questions of a CSV sheet: one row each, the question first, then its options, then
    the answer (a letter, a number from 1 or the right option's text); a header row, if any,
    names the columns. Rows with fewer than two options are counted as skipped."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv_rows(text, dialect) if any(c.strip() for c in row)]
    if not rows:
        raise FormatError("the sheet has no rows")
    found = Imported()
    header = [c.strip().lower() for c in rows[0]]
    question_at, answer_at, source_at = 0, None, None
    if header[0] in QUESTION_HEADERS:
        answer_at = next((i for i, h in enumerate(header) if h in ANSWER_HEADERS), None)
        source_at = next((i for i, h in enumerate(header) if h in SOURCE_HEADERS), None)
        if answer_at is None:
            raise FormatError("row 1: no column is named answer (or correct answer)")
        rows = rows[1:]
        first_row = 2
    else:
        first_row = 1
    for number, row in enumerate(rows, first_row):
        cells = [plain_cell(c) for c in row]
        answer_column = answer_at if answer_at is not None else _last_filled(cells)
        skip = {question_at, answer_column, source_at}
        options = [c for i, c in enumerate(cells) if i not in skip and c]
        if len(options) < 2:
            found.skipped += 1
            continue
        key = _key(cells[answer_column] if answer_column < len(cells) else "", options)
        if key is None:
            raise FormatError(
                f"row {number}: the answer names no option (give its letter, number or text)"
            )
        source = cells[source_at] if source_at is not None and source_at < len(cells) else ""
        found.questions.append(
            imported_question(f"row {number}", cells[question_at], options, key, source)
        )
    return found


def csv_rows(text: str, dialect: type[csv.Dialect] | csv.Dialect = csv.excel) -> list[list[str]]:
    """The rows of CSV text, any line ending ending a row; FormatError naming the line at fault
    (a cell over the csv module's 128 KiB limit, a stray quote where the dialect forbids one)."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return list(reader)
    except csv.Error as error:
        raise FormatError(f"line {reader.line_num}: not valid CSV ({error})") from None


def _last_filled(cells: list[str]) -> int:
    return max(i for i, c in enumerate(cells) if c)


def _key(answer: str, options: list[str]) -> int | None:
    """The index of the option *answer* names: 'B', '2' or the option's own text."""
    answer = answer.strip()
    if len(answer) == 1 and answer.upper() in LETTERS[: len(options)]:
        return LETTERS.index(answer.upper())
    if answer.isdecimal() and 1 <= int(answer) <= len(options):  # isdigit() takes "²" too
        return int(answer) - 1
    lowered = [o.casefold() for o in options]
    return lowered.index(answer.casefold()) if answer.casefold() in lowered else None
