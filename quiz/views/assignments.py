"""Assignments: a teacher sets a published quiz to classes; a student opens it, starts attempts
within its window and limits, and sees what its review rules allow."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from sqlalchemy.exc import IntegrityError
from wtforms import SelectChoice

from quiz import assignments, classes, localtime
from quiz.forms import AssignForm
from quiz.models import Assignment, db, utcnow
from quiz.views.auth import login_required, teacher_required
from quiz.views.authoring import own_quiz

bp = Blueprint("assignments", __name__)


@bp.route("/teach/<id:quiz_id>/assign", methods=["GET", "POST"])
@teacher_required
def assign(quiz_id: int) -> Any:
    """Set the quiz to one or more of the teacher's open classes."""
    quiz = own_quiz(quiz_id)
    if not quiz.is_published:
        flash("Publish the quiz before assigning it.")
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    if quiz.share_token:
        flash(
            "Stop sharing this quiz by link before assigning it: with the link, students could "
            "take it outside the assignment's times and limits and see its answers. "
            "Or assign a copy."
        )
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    open_classes = [c for c in classes.of_teacher(g.user.id) if not c.is_archived]
    form = AssignForm()
    form.classes.choices = [SelectChoice(c.id, c.name) for c in open_classes]
    if form.validate_on_submit():
        rules = assignments.Rules(
            opens_at=localtime.to_utc(form.opens_at.data) if form.opens_at.data else utcnow(),
            closes_at=localtime.to_utc(form.closes_at.data) if form.closes_at.data else None,
            max_attempts=form.max_attempts.data,
            time_limit_minutes=form.time_limit_minutes.data,
            grading=form.grading.data,
            review=form.review.data,
        )
        chosen = [c for c in open_classes if c.id in form.classes.data]
        for school_class in chosen:
            assignments.assign(quiz.id, school_class.id, rules)
        db.session.commit()
        flash(f"Assigned to {', '.join(c.name for c in chosen)}.")
        return redirect(url_for("classes.show", class_id=chosen[0].id))
    return render_template(
        "assignments/assign.html", quiz=quiz, form=form, has_classes=bool(open_classes)
    )


def _visible(assignment_id: int) -> Assignment:
    """An assignment its class's teacher or one of its students may see."""
    assignment = db.get_or_404(Assignment, assignment_id)
    if g.user.is_teacher:
        if assignment.school_class.owner_id != g.user.id:
            abort(403)
    elif not assignments.is_member(assignment, g.user.id):
        abort(403)
    return assignment


@bp.route("/assignments/<id:assignment_id>")
@login_required
def show(assignment_id: int) -> Any:
    """The quiz's window and rules, the student's attempts and grade, and a way to start."""
    assignment = _visible(assignment_id)
    done = [] if g.user.is_teacher else assignments.submitted(assignment, g.user.id)
    return render_template(
        "assignments/show.html",
        assignment=assignment,
        state=assignments.state(assignment),
        attempts=done,
        grade=assignments.grade(assignment.grading, done),
        left=assignments.attempts_left(assignment, len(done)),
        current=None if g.user.is_teacher else assignments.open_attempt(assignment, g.user.id),
        refusal=None if g.user.is_teacher else assignments.why_not_start(assignment, g.user.id),
        review_shown=bool(done) and assignments.review_shown(done[0]),
    )


@bp.route("/assignments/<id:assignment_id>/start", methods=["POST"])
@login_required
def start(assignment_id: int) -> Any:
    """Start an attempt, or continue the open one; refused outside the window and limits."""
    assignment = _visible(assignment_id)
    current = assignments.open_attempt(assignment, g.user.id)
    if current is None:
        refusal = assignments.why_not_start(assignment, g.user.id)
        if refusal is not None:
            flash(refusal)
            return redirect(url_for("assignments.show", assignment_id=assignment.id))
        current = assignments.start(assignment, g.user.id)
        try:
            db.session.commit()
        except IntegrityError:  # started twice at once (two tabs): the first one is kept
            db.session.rollback()
            current = assignments.open_attempt(assignment, g.user.id)
            if current is None:
                abort(409)
    return redirect(url_for("quizzes.answer", attempt_id=current.id))
