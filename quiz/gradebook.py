"""A class's gradebook, independent of pages: students by assignments, each cell the graded
score, the attempts used, and whether the work is missing or late; as rows for CSV and xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from quiz import assignments
from quiz.models import Assignment, Attempt, SchoolClass, User, db, utcnow

MISSING, OPEN_NOT_DONE, NOT_OPEN, GRADED = "missing", "to do", "not open", "graded"


@dataclass(frozen=True)
class Cell:
    """One student's standing on one assignment."""

    grade: float | None  # percent, by the assignment's grading method
    attempts: int  # submitted
    status: str  # GRADED, MISSING (closed, never handed in), OPEN_NOT_DONE or NOT_OPEN
    late: bool  # handed in after the close time (within the submit's grace period)


@dataclass(frozen=True)
class Gradebook:
    """Students (by name) by assignments (by open time)."""

    school_class: SchoolClass
    assignments: list[Assignment]
    students: list[User]
    cells: dict[tuple[int, int], Cell]  # (student id, assignment id) -> cell

    def cell(self, student: User, assignment: Assignment) -> Cell:
        """The student's cell for the assignment."""
        return self.cells[(student.id, assignment.id)]

    def average(self, student: User) -> float | None:
        """The mean of the student's grades, missing work counting as 0."""
        grades = [
            0.0 if c.status == MISSING else c.grade
            for a in self.assignments
            if (c := self.cell(student, a)).grade is not None or c.status == MISSING
        ]
        return sum(grades) / len(grades) if grades else None


def build(school_class: SchoolClass, now: dt.datetime | None = None) -> Gradebook:
    """The gradebook of a class as it stands at *now*: one query for all its attempts."""
    now = now or utcnow()
    students = sorted((m.student for m in school_class.memberships), key=lambda u: u.username)
    work = list(school_class.assignments)
    submitted: dict[tuple[int, int], list[Attempt]] = defaultdict(list)
    if work:
        found = db.session.scalars(
            select(Attempt)
            .where(
                Attempt.assignment_id.in_([a.id for a in work]),
                Attempt.submitted_at.is_not(None),
            )
            .order_by(Attempt.submitted_at, Attempt.id)
        )
        for attempt in found:
            submitted[(attempt.student_id, attempt.assignment_id)].append(attempt)
    cells = {}
    for assignment in work:
        state = assignments.state(assignment, now)
        for student in students:
            done = submitted[(student.id, assignment.id)]
            if done:
                status = GRADED
            elif state == assignments.CLOSED:
                status = MISSING
            else:
                status = OPEN_NOT_DONE if state == assignments.OPEN else NOT_OPEN
            late = assignment.closes_at is not None and any(
                a.submitted_at > assignment.closes_at for a in done
            )
            cells[(student.id, assignment.id)] = Cell(
                assignments.grade(assignment.grading, done), len(done), status, late
            )
    return Gradebook(school_class, work, students, cells)


def _shown(cell: Cell) -> str:
    if cell.grade is not None:
        return f"{cell.grade:.1f}" + (" (late)" if cell.late else "")
    return cell.status if cell.status == MISSING else ""


def rows(book: Gradebook) -> list[list[str | float | None]]:
    """The gradebook as a table: a header, then per student the grade (percent) of each
    assignment, 'missing' for work closed without an attempt, and the average."""
    header: list[str | float | None] = [
        "student",
        *(f"{a.quiz.title} [{a.id}] (%)" for a in book.assignments),
        "average (%)",
    ]
    table = [header]
    for student in book.students:
        average = book.average(student)
        table.append(
            [
                student.username,
                *(_number_or_text(book.cell(student, a)) for a in book.assignments),
                None if average is None else round(average, 1),
            ]
        )
    return table


def _number_or_text(cell: Cell) -> str | float | None:
    """A grade as a number (for a spreadsheet to compute with), or what stands in its place."""
    if cell.grade is not None and not cell.late:
        return round(cell.grade, 1)
    return _shown(cell) or None


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: str | float | None) -> str | float | None:
    """Text a spreadsheet will not run as a formula: a quiz titled '=HYPERLINK(...)' stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def to_csv(book: Gradebook) -> str:
    """The gradebook as CSV (UTF-8 with a byte order mark, which Excel needs to read names)."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows(book):
        writer.writerow(["" if value is None else _inert(value) for value in row])
    return "\ufeff" + out.getvalue()


def to_xlsx(book: Gradebook) -> bytes:
    """The gradebook as an Excel workbook, grades as numbers."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Gradebook"
    for row in rows(book):
        sheet.append([_inert(value) for value in row])
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
