"""Assignments, independent of pages: when a quiz is open to a class, who may start an attempt,
when an attempt must end, how several attempts make one grade, and when answers are shown.

Times are naive UTC datetimes, as stored. The caller commits (one transaction per request).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import select

from quiz import classes, quizzes
from quiz.models import (
    REVIEW_AFTER_ATTEMPT,
    REVIEW_AFTER_CLOSE,
    Assignment,
    Attempt,
    Membership,
    SchoolClass,
    db,
    utcnow,
)

UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"
# A submit this long after an attempt's deadline still counts: the time a page takes to post.
GRACE = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class Rules:
    """What a teacher sets when assigning a quiz (times in UTC, None for no limit)."""

    opens_at: dt.datetime
    closes_at: dt.datetime | None
    max_attempts: int | None
    time_limit_minutes: int | None
    grading: str
    review: str


def assign(quiz_id: int, class_id: int, rules: Rules) -> Assignment:
    """Set a published quiz to a class; added, not committed."""
    assignment = Assignment(quiz_id=quiz_id, class_id=class_id, **asdict(rules))
    db.session.add(assignment)
    return assignment


def state(assignment: Assignment, now: dt.datetime | None = None) -> str:
    """Whether the assignment is upcoming, open or closed at *now*."""
    now = now or utcnow()
    if now < assignment.opens_at:
        return UPCOMING
    if assignment.closes_at is not None and now >= assignment.closes_at:
        return CLOSED
    return OPEN


DONE, HELD = "done", "held"  # handed in; closed or archived by the teacher


def standing(assignment: Assignment, handed_in: bool, now: dt.datetime | None = None) -> str:
    """Where a student stands on an assignment at *now* (the board and the gradebook read it):
    DONE once handed in; else CLOSED when it closed on its own time, HELD when the teacher
    closed or archived its quiz, and otherwise UPCOMING or OPEN."""
    if handed_in:
        return DONE
    current = state(assignment, now)
    if current != CLOSED and not assignment.quiz.is_open:
        return HELD
    return current


def submitted(assignment: Assignment, student_id: int) -> list[Attempt]:
    """The student's submitted attempts at the assignment, oldest first."""
    return list(
        db.session.scalars(
            select(Attempt)
            .where(
                Attempt.assignment_id == assignment.id,
                Attempt.student_id == student_id,
                Attempt.submitted_at.is_not(None),
            )
            .order_by(Attempt.submitted_at, Attempt.id)
        )
    )


def open_attempt(assignment: Assignment, student_id: int) -> Attempt | None:
    """The student's attempt at the assignment that is not submitted yet, if any."""
    return db.session.scalar(
        select(Attempt).where(
            Attempt.assignment_id == assignment.id,
            Attempt.student_id == student_id,
            Attempt.submitted_at.is_(None),
        )
    )


def attempts_left(assignment: Assignment, used: int) -> int | None:
    """How many attempts the student may still start (None: unlimited)."""
    if assignment.max_attempts is None:
        return None
    return max(0, assignment.max_attempts - used)


def why_not_start(
    assignment: Assignment, student_id: int, now: dt.datetime | None = None
) -> str | None:
    """Why the student may not start an attempt now, or None when they may."""
    if not is_member(assignment, student_id):
        return "You are not in this class."
    current = state(assignment, now)
    if current == UPCOMING:
        return "This quiz is not open yet."
    if current == CLOSED:
        return "This quiz is closed."
    if not assignment.quiz.is_open or not assignment.quiz.questions:
        return "Your teacher has closed this quiz."
    if attempts_left(assignment, len(submitted(assignment, student_id))) == 0:
        return "You have used all your attempts."
    return None


def is_member(assignment: Assignment, student_id: int) -> bool:
    """Whether the student is in the class the quiz is assigned to."""
    return classes.membership(assignment.class_id, student_id) is not None


def deadline(assignment: Assignment, started_at: dt.datetime) -> dt.datetime | None:
    """When an attempt started at *started_at* must be handed in: its time limit or the close
    time, whichever comes first (None: no limit)."""
    ends = []
    if assignment.time_limit_minutes:
        ends.append(started_at + dt.timedelta(minutes=assignment.time_limit_minutes))
    if assignment.closes_at is not None:
        ends.append(assignment.closes_at)
    return min(ends) if ends else None


def start(assignment: Assignment, student_id: int) -> Attempt:
    """A new attempt at the assignment, with its deadline; added, not committed (the database
    refuses a second open one)."""
    attempt = quizzes.new_attempt(assignment.quiz, student_id, assignment=assignment)
    attempt.deadline_at = deadline(assignment, attempt.started_at)
    return attempt


def expired(attempt: Attempt, now: dt.datetime | None = None) -> bool:
    """Whether an open attempt's time is up (a grace period for the submit to arrive)."""
    now = now or utcnow()
    return attempt.deadline_at is not None and now > attempt.deadline_at + GRACE


def grade(method: str, attempts: Sequence[Attempt]) -> float | None:
    """The grade in percent that *attempts* (submitted, oldest first) earn by *method*."""
    scores = [a.percent for a in attempts if a.percent is not None]
    if not scores:
        return None
    if method == "latest":
        return scores[-1]
    if method == "first":
        return scores[0]
    if method == "average":
        return statistics.fmean(scores)
    return max(scores)


def review_shown(attempt: Attempt, now: dt.datetime | None = None) -> bool:
    """Whether the student may see the answers and sources of a submitted attempt."""
    assignment = attempt.assignment
    if assignment is None or assignment.review == REVIEW_AFTER_ATTEMPT:
        return True
    if assignment.review == REVIEW_AFTER_CLOSE:
        return state(assignment, now) == CLOSED
    return False


def for_student(student_id: int) -> list[Assignment]:
    """The assignments of the classes a student is in, soonest closing first."""
    return list(
        db.session.scalars(
            select(Assignment)
            .join(SchoolClass, SchoolClass.id == Assignment.class_id)
            .join(Membership, Membership.class_id == SchoolClass.id)
            .where(Membership.student_id == student_id)
            .order_by(Assignment.closes_at.is_(None), Assignment.closes_at, Assignment.opens_at)
        )
    )
