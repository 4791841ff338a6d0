"""Score history: a student's own attempts; a teacher's view of the attempts on their quizzes."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, render_template
from sqlalchemy import select

from quiz import charts
from quiz.models import Attempt, Quiz, db
from quiz.views.auth import login_required

bp = Blueprint("history", __name__, url_prefix="/history")


@bp.route("/")
@login_required
def show() -> Any:
    """Every attempt with date, quiz and score; best and latest per quiz; a chart over time."""
    mine = db.session.scalars(
        select(Attempt)
        .where(Attempt.student_id == g.user.id, Attempt.submitted_at.is_not(None))
        .order_by(Attempt.submitted_at)
    ).all()
    per_quiz: dict[int, dict[str, Any]] = {}
    for attempt in mine:
        entry = per_quiz.setdefault(attempt.quiz_id, {"quiz": attempt.quiz, "attempts": 0})
        entry["attempts"] += 1
        entry["latest"] = attempt
        if "best" not in entry or attempt.percent > entry["best"].percent:
            entry["best"] = attempt
    chart = charts.line([(a.submitted_at, a.percent) for a in mine], "Your scores over time")
    on_my_quizzes = []
    if g.user.is_teacher:
        on_my_quizzes = db.session.scalars(
            select(Attempt)
            .join(Quiz)
            .where(Quiz.owner_id == g.user.id, Attempt.submitted_at.is_not(None))
            .order_by(Attempt.submitted_at.desc())
        ).all()
    return render_template(
        "history/show.html",
        attempts=list(reversed(mine)),
        per_quiz=per_quiz.values(),
        chart=chart,
        on_my_quizzes=on_my_quizzes,
    )
