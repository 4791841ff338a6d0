"""Score history: a student's own attempts, per class, with a chart of each; a teacher's view
of the attempts on their quizzes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, g, render_template, url_for
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from quiz import charts, localtime
from quiz.models import Assignment, Attempt, Quiz, SchoolClass, db
from quiz.views.auth import login_required

bp = Blueprint("history", __name__, url_prefix="/history")


@dataclass
class QuizLine:
    """A quiz in a student's history: how many attempts, the best and the latest."""

    quiz: Quiz
    link: str
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def best(self) -> Attempt:
        """The attempt with the highest score."""
        return max(self.attempts, key=lambda a: a.percent or 0)

    @property
    def latest(self) -> Attempt:
        """The last attempt handed in."""
        return self.attempts[-1]


@dataclass
class Group:
    """The attempts of one class (or of shared quizzes), oldest first, and their chart."""

    name: str
    attempts: list[Attempt] = field(default_factory=list)
    quizzes: dict[int, QuizLine] = field(default_factory=dict)
    chart: Markup | None = None


def _quiz_link(attempt: Attempt) -> str:
    if attempt.assignment_id is not None:
        return url_for("assignments.show", assignment_id=attempt.assignment_id)
    token = attempt.quiz.share_token
    return url_for("quizzes.shared", token=token) if token else ""


@bp.route("/")
@login_required
def show() -> Any:
    """Every attempt with date, quiz and score; per class, the best and latest per quiz and a
    chart of the scores over time whose dots open each attempt."""
    mine = db.session.scalars(
        select(Attempt)
        .where(Attempt.student_id == g.user.id, Attempt.submitted_at.is_not(None))
        .order_by(Attempt.submitted_at)
        .options(
            joinedload(Attempt.quiz),
            joinedload(Attempt.assignment).joinedload(Assignment.school_class),
        )
    ).all()
    groups: dict[int | None, Group] = {}
    for attempt in mine:
        school_class: SchoolClass | None = attempt.assignment and attempt.assignment.school_class
        key = school_class.id if school_class else None
        group = groups.setdefault(
            key, Group(school_class.name if school_class else "Quizzes shared by link")
        )
        group.attempts.append(attempt)
        line = group.quizzes.setdefault(
            attempt.quiz_id, QuizLine(attempt.quiz, _quiz_link(attempt))
        )
        line.attempts.append(attempt)
    for group in groups.values():
        points = [
            (
                localtime.to_local(a.submitted_at),
                a.percent or 0.0,
                url_for("quizzes.result", attempt_id=a.id),
            )
            for a in group.attempts
        ]
        group.chart = charts.line(points, f"Scores over time: {group.name}")
    on_my_quizzes = []
    if g.user.is_teacher:
        on_my_quizzes = db.session.scalars(
            select(Attempt)
            .join(Quiz)
            .where(Quiz.owner_id == g.user.id, Attempt.submitted_at.is_not(None))
            .order_by(Attempt.submitted_at.desc())
            .options(joinedload(Attempt.quiz), joinedload(Attempt.student))
        ).all()
    return render_template(
        "history/show.html",
        groups=sorted(groups.values(), key=lambda g: g.name),
        attempts=list(reversed(mine)),
        on_my_quizzes=on_my_quizzes,
    )
