"""Students' pages: the published quizzes, taking one, and the result of an attempt."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select

from quiz import quizzes
from quiz.forms import ActionForm
from quiz.models import Attempt, Quiz, db
from quiz.views.auth import login_required

bp = Blueprint("quizzes", __name__)


@bp.route("/")
def index() -> Any:
    """The published quizzes (and, for a teacher, a way to their own)."""
    published = db.session.scalars(
        select(Quiz).where(Quiz.published_at.is_not(None)).order_by(Quiz.published_at.desc())
    ).all()
    return render_template("quizzes/index.html", quizzes=published)


@bp.route("/health")
def health() -> tuple[str, int, dict[str, str]]:
    """A liveness check for monitoring (and the baseline route of the load benchmark)."""
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


def _published_quiz(quiz_id: int) -> Quiz:
    quiz = db.get_or_404(Quiz, quiz_id)
    if not quiz.is_published:
        abort(404)
    return quiz


@bp.route("/quizzes/<int:quiz_id>")
@login_required
def take(quiz_id: int) -> Any:
    """All questions on one page; the attempt and its option orders are stored on first view."""
    quiz = _published_quiz(quiz_id)
    if not quiz.questions:
        abort(404)
    attempt = quizzes.open_attempt(quiz, g.user)
    db.session.commit()
    return render_template("quizzes/take.html", quiz=quiz, attempt=attempt, form=ActionForm())


def _own_attempt(attempt_id: int) -> Attempt:
    attempt = db.get_or_404(Attempt, attempt_id)
    if attempt.student_id != g.user.id:
        abort(403)
    return attempt


@bp.route("/attempts/<int:attempt_id>/submit", methods=["POST"])
@login_required
def submit(attempt_id: int) -> Any:
    """Score the attempt once; a second submit only shows the result."""
    attempt = _own_attempt(attempt_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    answers = {}
    for response in attempt.responses:
        value = request.form.get(f"q{response.position}")
        if value is not None:
            if not value.isdigit() or int(value) >= len(response.options):
                abort(400)
            answers[response.position] = int(value)
    if quizzes.submit(attempt, answers):
        db.session.commit()
    else:
        flash("This attempt was already submitted; here is its result.")
    return redirect(url_for("quizzes.result", attempt_id=attempt.id))


@bp.route("/attempts/<int:attempt_id>")
@login_required
def result(attempt_id: int) -> Any:
    """The score and, per question, the answer given, the right answer and the source."""
    attempt = db.get_or_404(Attempt, attempt_id)
    if g.user.id not in (attempt.student_id, attempt.quiz.owner_id):
        abort(403)
    if attempt.submitted_at is None:
        if attempt.student_id == g.user.id:
            return redirect(url_for("quizzes.take", quiz_id=attempt.quiz_id))
        abort(404)
    return render_template("quizzes/result.html", attempt=attempt)
