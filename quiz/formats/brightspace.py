"""D2L Brightspace's Question Library CSV: a block of rows per question, each row five cells wide
as in D2L's sample template. A multiple-choice block is "NewQuestion,MC", "Title", "QuestionText"
and "Points", an "Option" row per answer (its weight in percent, 100 for the right answer and 0
for the others, then its text; the empty cell after it says plain text, not HTML), then
"Feedback" (the source sentence, shown once the question is answered). Rows whose first cell
starts with "//" are comments: ours name the set and say where to import it. There is no "ID"
row: D2L then makes one from the course code and the question's number.

Layout: D2L's "Import questions into the Question Library"
(https://community.d2l.com/brightspace/kb/articles/27274-import-questions-into-the-question-library)
and its sample CSV template, which public tools on GitHub copy row for row. D2L documents no
limit on the number or length of answers for this import, so no question is left out; answers
keep their order (D2L shuffles them only when a teacher asks), so numbers stay ascending. Text is
on one line. UTF-8 with a BOM: the template asks for files saved as Excel's "CSV UTF-8", which
begins with one. A cell a spreadsheet would run as a formula gets the CSV export's leading
apostrophe, which `parse` drops again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.formats.csv_ import csv_rows, line_cell, plain_cell, written
from quiz.formats.model import (
    FormatError,
    Imported,
    QuestionSet,
    html_text,
    imported_question,
    question_name,
    sheet_line,
)
from quiz.generator import Question

WIDTH = 5
RIGHT, WRONG = 100, 0
POINTS = 1
COMMENT = "//"


def _row(*cells: str | int) -> list[str | int]:
    """A row padded to the template's five cells."""
    return [*cells, *[""] * (WIDTH - len(cells))]


def _block(number: int, question: Question) -> list[list[str | int]]:
    """The rows of one multiple-choice question, then an empty row as the template has."""
    rows = [
        _row("NewQuestion", "MC"),
        _row("Title", line_cell(question_name(number, question.stem))),
        _row("QuestionText", line_cell(question.stem)),
        _row("Points", POINTS),
    ]
    for index, option in enumerate(question.options):
        rows.append(
            _row("Option", RIGHT if index == question.answer_index else WRONG, line_cell(option))
        )
    if question.source.sentence:
        rows.append(_row("Feedback", line_cell(question.source.sentence)))
    return [*rows, _row()]


def rows(question_set: QuestionSet) -> list[list[str | int]]:
    """The file's rows: two comments, then each question's block."""
    table = [
        _row(f"{COMMENT} {sheet_line(question_set.title) or 'Quiz'}"),
        _row(
            f"{COMMENT} Made by quiz from a text; import it in Brightspace: Question Library → "
            "Import → Upload a File."
        ),
        _row(),
    ]
    for number, question in enumerate(question_set.questions, 1):
        table += _block(number, question)
    return table


def export(question_set: QuestionSet) -> str:
    """The set as a Brightspace Question Library CSV, with a BOM."""
    return "\ufeff" + written(rows(question_set))


# Reading: D2L's template and what D2L's own tools write; HTML text is read as the text it shows.


@dataclass
class _Question:
    """A block being read: where it starts, its type, and the rows that matter here."""

    where: str
    kind: str
    stem: str = ""
    options: list[tuple[float, str]] = field(default_factory=list)
    feedback: str = ""


def _value(cells: list[str], at: int) -> str:
    """The text in cell *at*, as HTML when the cell after it says so."""
    text = plain_cell(cells[at]) if at < len(cells) else ""
    is_html = at + 1 < len(cells) and cells[at + 1].strip().upper() == "HTML"
    return sheet_line(html_text(text)) if is_html and text else text


def _weight(cells: list[str], where: str) -> float:
    try:
        return float(cells[1])
    except (IndexError, ValueError):
        raise FormatError(
            f"{where}: an Option row needs its weight (100 or 0) as a number"
        ) from None


def _finish(block: _Question | None, found: Imported) -> None:
    """Adds a read block: a single-answer multiple-choice question, or one more skipped."""
    if block is None:
        return
    if block.kind == "MC" and len(block.options) < 2:
        raise FormatError(f"{block.where}: a multiple-choice question needs two Option rows")
    weights = [weight for weight, _ in block.options]
    if block.kind != "MC" or weights.count(RIGHT) != 1:
        found.skipped += 1  # other types, and none or several right answers: not what we hold
        return
    options = [text for _, text in block.options]
    found.questions.append(
        imported_question(block.where, block.stem, options, weights.index(RIGHT), block.feedback)
    )


def parse(text: str) -> Imported:
    """The multiple-choice questions of a Question Library CSV; other types, and questions
    with no single right answer (weight 100), are counted as skipped."""
    found = Imported()
    block: _Question | None = None
    for number, cells in enumerate(csv_rows(text.lstrip("\ufeff")), 1):
        label = cells[0].strip().casefold() if cells else ""
        if not any(c.strip() for c in cells) or label.startswith(COMMENT):
            continue
        where = f"row {number}"
        if label == "newquestion":
            _finish(block, found)
            kind = cells[1].strip().upper() if len(cells) > 1 else ""
            block = _Question(where, kind)
        elif block is None:
            raise FormatError(f"{where}: {cells[0].strip()} comes before any NewQuestion row")
        elif block.kind != "MC":
            continue
        elif label == "questiontext":
            block.stem = _value(cells, 1)
        elif label == "option":
            block.options.append((_weight(cells, where), _value(cells, 2)))
        elif label == "feedback":
            block.feedback = _value(cells, 1)
    _finish(block, found)
    return found
