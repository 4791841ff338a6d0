"""Classes: a teacher creates them and keeps the roster; students join with a code or link."""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quiz import accounts, classes, gradebook
from quiz.forms import ClassForm, JoinForm
from quiz.models import Assignment, Attempt, SchoolClass, User, db
from quiz.views.auth import login_required, owned, teacher_required

bp = Blueprint("classes", __name__, url_prefix="/classes")


def owned_class(class_id: int) -> SchoolClass:
    """The teacher's own class: 404 if unknown, 403 if another teacher's."""
    return owned(SchoolClass, class_id)


@bp.route("/")
@login_required
def index() -> Any:
    """A teacher's classes, or the classes a student is in with a form to join another."""
    if g.user.is_teacher:
        return render_template("classes/mine.html", classes=classes.of_teacher(g.user.id))
    return render_template(
        "classes/joined.html", classes=classes.of_student(g.user.id), form=JoinForm()
    )


@bp.route("/new", methods=["GET", "POST"])
@teacher_required
def new() -> Any:
    """Create a class; its page shows the join code and link to give students."""
    form = ClassForm()
    if form.validate_on_submit():
        school_class = classes.create(
            g.user.id, form.name.data.strip(), (form.external_id.data or "").strip()
        )
        db.session.commit()
        flash(f"Class “{school_class.name}” created. Give your students its join code.")
        return redirect(url_for("classes.show", class_id=school_class.id))
    return render_template("classes/new.html", form=form)


@bp.route("/<id:class_id>")
@teacher_required
def show(class_id: int) -> Any:
    """The roster, the join code and link, and the class's assignments."""
    school_class = owned_class(class_id)
    roster = sorted(school_class.memberships, key=lambda m: m.student.username.lower())
    join_link = url_for("classes.join", code=school_class.join_code, _external=True)
    return render_template(
        "classes/show.html", school_class=school_class, roster=roster, join_link=join_link
    )


@bp.route("/<id:class_id>/students/<id:student_id>/remove", methods=["GET", "POST"])
@teacher_required
def remove(class_id: int, student_id: int) -> Any:
    """Say what removing a student takes out of the class; remove them on the confirming POST
    (their attempts stay on record, in their own history)."""
    school_class = owned_class(class_id)
    student = db.get_or_404(User, student_id)
    if classes.membership(school_class.id, student.id) is None:
        abort(404)
    if request.method == "GET":
        return render_template(
            "classes/remove.html",
            school_class=school_class,
            student=student,
            attempts=classes.attempts_in(school_class, student.id),
        )
    if not classes.remove(school_class, student.id):  # CSRFProtect has checked the token
        abort(404)  # removed by another request meanwhile
    db.session.commit()
    flash(
        f"{student.username} was removed from the class and its gradebook; their attempts "
        "stay in their own history."
    )
    return redirect(url_for("classes.show", class_id=class_id))


@bp.route("/<id:class_id>/students/<id:student_id>/reset-code", methods=["POST"])
@teacher_required
def reset_code(class_id: int, student_id: int) -> Any:
    """A one-time code for a student of the class to set a new password with (schools give
    these by hand, without email): shown once on this page, kept only as a hash."""
    school_class = owned_class(class_id)
    student = db.get_or_404(User, student_id)
    if classes.membership(school_class.id, student.id) is None:
        abort(404)
    code, expires_at = accounts.make_reset_code(student.id, g.user.id)
    db.session.commit()
    page = render_template(
        "classes/reset_code.html",
        school_class=school_class,
        student=student,
        code=code,
        expires_at=expires_at,
    )
    response = make_response(page)
    response.headers["Cache-Control"] = "no-store"  # the code is not kept by the browser
    return response


@bp.route("/<id:class_id>/archive", methods=["POST"])
@teacher_required
def archive(class_id: int) -> Any:
    """Archive the class: no new students or assignments; its records stay."""
    school_class = owned_class(class_id)
    classes.archive(school_class)
    db.session.commit()
    flash(f"“{school_class.name}” is archived: its join code no longer works.")
    return redirect(url_for("classes.show", class_id=class_id))


@bp.route("/<id:class_id>/gradebook")
@teacher_required
def grades(class_id: int) -> Any:
    """Students by assignments: graded score, attempts used, missing and late work."""
    book = gradebook.build(owned_class(class_id))
    return render_template("classes/gradebook.html", book=book)


def _file_name(school_class: SchoolClass, suffix: str) -> str:
    """'gradebook-year-9-history.csv': the class name, safe for any file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", school_class.name.lower()).strip("-") or "class"
    return f"gradebook-{slug[:60]}.{suffix}"


@bp.route("/<id:class_id>/gradebook.<any(csv, xlsx):suffix>")
@teacher_required
def grades_file(class_id: int, suffix: str) -> Any:
    """The gradebook as a CSV or xlsx download."""
    school_class = owned_class(class_id)
    book = gradebook.build(school_class)
    if suffix == "csv":
        body, kind = gradebook.to_csv(book).encode("utf-8"), "text/csv; charset=utf-8"
    else:
        body = gradebook.to_xlsx(book)
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    disposition = f'attachment; filename="{_file_name(school_class, suffix)}"'
    return Response(body, content_type=kind, headers={"Content-Disposition": disposition})


@bp.route("/<id:class_id>/assignments/<id:assignment_id>/students/<id:student_id>")
@teacher_required
def student_work(class_id: int, assignment_id: int, student_id: int) -> Any:
    """One student's attempts at one assignment, each opening its answers."""
    school_class = owned_class(class_id)
    assignment = db.get_or_404(Assignment, assignment_id)
    student = db.get_or_404(User, student_id)
    if assignment.class_id != school_class.id:
        abort(404)
    attempts = db.session.scalars(
        select(Attempt)
        .where(Attempt.assignment_id == assignment.id, Attempt.student_id == student.id)
        .order_by(Attempt.started_at)
    ).all()
    return render_template(
        "classes/student_work.html", assignment=assignment, student=student, attempts=attempts
    )


@bp.route("/join", methods=["GET", "POST"], defaults={"code": ""})
@bp.route("/join/<code>", methods=["GET", "POST"])
@login_required
def join(code: str) -> Any:
    """Join a class with its code (typed, or in the link the teacher shared)."""
    if g.user.is_teacher:
        flash("Classes are joined by students; teachers create their own.")
        return redirect(url_for("classes.index"))
    form = JoinForm()
    if not form.is_submitted() and code:
        form.code.data = code
    school_class = None
    if form.validate_on_submit():
        school_class = classes.by_code(form.code.data)
        if school_class is None:
            form.code.errors.append("No open class has this code. Check it with your teacher.")
        else:
            return _joined(school_class)
    elif code:
        school_class = classes.by_code(code)
    return render_template("classes/join.html", form=form, school_class=school_class)


def _joined(school_class: SchoolClass) -> Any:
    """Add the user to the class (once) and go to their classes."""
    added = classes.join(school_class, g.user.id)
    try:
        db.session.commit()
    except IntegrityError:  # the same join posted twice at once: the first one counts
        db.session.rollback()
        added = False
    flash(
        f"You joined “{school_class.name}”."
        if added
        else f"You are already in “{school_class.name}”."
    )
    return redirect(url_for("classes.index"))
