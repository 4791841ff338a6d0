"""A class's gradebook, independent of pages: students by assignments, each cell the graded
score, the attempts used, and whether the work is missing or late; as rows for CSV and xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from quiz import assignments
from quiz.models import Assignment, Attempt, SchoolClass, User, db, utcnow

MISSING, OPEN_NOT_DONE, NOT_OPEN, GRADED = "missing", "to do", "not open", "graded"
NOT_SET = "not set"  # closed before the student joined the class


@dataclass(frozen=True)
class Cell:
    """One student's standing on one assignment."""

    grade: float | None  # percent, by the assignment's grading method
    attempts: int  # submitted
    status: str  # GRADED, MISSING (closed, never handed in), OPEN_NOT_DONE, NOT_OPEN, NOT_SET
    late: bool  # handed in after the close time (within the submit's grace period)
    timed_out: bool  # an attempt was handed in without answers when its time ran out


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
    joined = {m.student_id: m.joined_at for m in school_class.memberships}
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
        for student in students:
            done = submitted[(student.id, assignment.id)]
            late = assignment.closes_at is not None and any(
                a.submitted_at > assignment.closes_at for a in done
            )
            cells[(student.id, assignment.id)] = Cell(
                assignments.grade(assignment.grading, done),
                len(done),
                _status(assignment, bool(done), joined[student.id], now),
                late,
                any(a.timed_out for a in done),
            )
    return Gradebook(school_class, work, students, cells)


def _status(assignment: Assignment, done: bool, joined: dt.datetime, now: dt.datetime) -> str:
    """Where a student stands on an assignment with no grade: missing only when it closed on
    its own time, after they joined, and they never handed it in."""
    standing = assignments.standing(assignment, done, now)
    if standing == assignments.CLOSED:
        return NOT_SET if assignment.closes_at <= joined else MISSING
    return {assignments.DONE: GRADED, assignments.OPEN: OPEN_NOT_DONE}.get(standing, NOT_OPEN)


def rows(book: Gradebook) -> list[list[str | float | None]]:
    """The gradebook as a table: a header, then per student the grade (percent, a number a
    spreadsheet computes with) of each assignment, 'missing' for work closed without an
    attempt, the average, and how many assignments were handed in late."""
    header: list[str | float | None] = [
        "student",
        *(f"{a.quiz.title} [{a.id}] (%)" for a in book.assignments),
        "average (%)",
        "late",
    ]
    table = [header]
    for student in book.students:
        average = book.average(student)
        cells = [book.cell(student, a) for a in book.assignments]
        table.append(
            [
                student.username,
                *(_value(cell) for cell in cells),
                None if average is None else round(average, 1),
                sum(cell.late for cell in cells),
            ]
        )
    return table


def _value(cell: Cell) -> str | float | None:
    """A grade as a number, 'missing', or nothing."""
    if cell.grade is not None:
        return round(cell.grade, 1)
    return MISSING if cell.status == MISSING else None


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in xlsx


def _inert(value: str | float | None) -> str | float | None:
    """Text a spreadsheet will not run as a formula: a quiz titled '=HYPERLINK(...)' stays text;
    control characters (which an imported title may hold) are dropped."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    return "'" + value if value.startswith(FORMULA_LEADS) else value


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
