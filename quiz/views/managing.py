"""Teachers' actions on a whole quiz: rename, duplicate, unpublish or close, archive, delete."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from quiz import library
from quiz.forms import RenameForm
from quiz.models import db
from quiz.views.auth import teacher_required
from quiz.views.authoring import own_quiz

bp = Blueprint("managing", __name__, url_prefix="/teach")


def _back(quiz_id: int) -> Any:
    return redirect(url_for("authoring.review", quiz_id=quiz_id))


@bp.route("/<id:quiz_id>/rename", methods=["POST"])
@teacher_required
def rename(quiz_id: int) -> Any:
    """Give the quiz a new title (attempts keep showing it under the new one)."""
    quiz = own_quiz(quiz_id)
    form = RenameForm()
    if form.validate_on_submit():
        quiz.title = form.title.data.strip()
        db.session.commit()
        flash("Renamed.")
    else:
        flash(" ".join(form.title.errors) or "The title was not changed.")
    return _back(quiz.id)


@bp.route("/<id:quiz_id>/duplicate", methods=["POST"])
@teacher_required
def duplicate(quiz_id: int) -> Any:
    """A draft copy to edit without touching the original or its attempts."""
    copy = library.duplicate(own_quiz(quiz_id), g.user.id)
    db.session.commit()
    flash("This is a draft copy; the original and its attempts are unchanged.")
    return _back(copy.id)


@bp.route("/<id:quiz_id>/unpublish", methods=["POST"])
@teacher_required
def unpublish(quiz_id: int) -> Any:
    """Back to a draft while nobody has taken it; once taken, it can only be closed."""
    quiz = own_quiz(quiz_id)
    if library.unpublish(quiz):
        db.session.commit()
        flash("Back to a draft: it is assigned to no class and its share link is gone.")
    else:
        flash("Students have taken or been assigned this quiz: close it instead.")
    return _back(quiz.id)


# The changes of state a quiz takes with one button: what each does, what it says, and where
# the teacher lands after it (an archived quiz leaves the list it was in).
STATE_CHANGES = {
    "close": (
        library.close,
        "Closed: nobody can start a new attempt. Attempts and grades are kept.",
    ),
    "reopen": (library.reopen, "Reopened: students can start attempts again."),
    "archive": (library.archive, "Archived: find it under “archived quizzes” in My quizzes."),
    "restore": (library.restore, "Restored to My quizzes."),
}


@bp.route("/<id:quiz_id>/<any(close, reopen, archive, restore):change>", methods=["POST"])
@teacher_required
def change_state(quiz_id: int, change: str) -> Any:
    """Close the quiz to new attempts (or reopen it), archive it (or restore it); attempts and
    grades stay in every case."""
    quiz = own_quiz(quiz_id)
    act, message = STATE_CHANGES[change]
    act(quiz)
    db.session.commit()
    flash(message)
    return redirect(url_for("authoring.mine")) if change == "archive" else _back(quiz.id)


@bp.route("/<id:quiz_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete(quiz_id: int) -> Any:
    """Say what deleting takes with it; delete on the confirming POST."""
    quiz = own_quiz(quiz_id)
    if request.method == "POST":  # CSRFProtect has checked its token
        title = quiz.title
        library.delete_quiz(quiz)
        db.session.commit()
        flash(f"“{title}” and everything students did on it were deleted.")
        return redirect(url_for("authoring.mine"))
    return render_template(
        "authoring/delete.html",
        quiz=quiz,
        attempts=library.attempt_count(quiz),
        assignments=library.assignment_count(quiz),
    )
