"""Statistics of a quiz for its teacher: scores, and item analysis per question."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from quiz import charts, stats
from quiz.models import Attempt, db
from quiz.views.auth import teacher_required
from quiz.views.authoring import own_quiz

bp = Blueprint("statistics", __name__, url_prefix="/teach")


@bp.route("/<id:quiz_id>/statistics")
@teacher_required
def show(quiz_id: int) -> Any:
    """Attempts, mean and distribution of scores, and per question facility, discrimination and
    how often each option was chosen."""
    quiz = own_quiz(quiz_id)
    attempts = db.session.scalars(
        select(Attempt)
        .where(Attempt.quiz_id == quiz.id, Attempt.submitted_at.is_not(None))
        .order_by(Attempt.submitted_at)
        .options(selectinload(Attempt.responses), joinedload(Attempt.student))
    ).all()
    results = [
        [
            stats.ItemResult(
                r.question_id,
                r.correct,
                r.options[r.chosen_index] if r.chosen_index is not None else None,
            )
            for r in attempt.responses
            if r.question_id is not None
        ]
        for attempt in attempts
    ]
    options = {q.id: [(o.text, o.is_key) for o in q.options] for q in quiz.questions}
    items = {s.question: s for s in stats.item_statistics(results, options)}
    percents = [a.percent for a in attempts if a.percent is not None]
    mean = sum(percents) / len(percents) if percents else None
    chart = charts.histogram(stats.distribution(percents), "Distribution of scores")
    return render_template(
        "statistics/show.html",
        quiz=quiz,
        attempts=attempts,
        items=items,
        mean=mean,
        chart=chart,
    )
