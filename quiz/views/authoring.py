"""Teachers' pages: make a quiz from a text, review and edit its questions, publish it."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any, TypeVar

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from wtforms import SelectChoice

from quiz import flags, generation, jobs, library, quizzes
from quiz.formats import FORMATS, PLATFORMS
from quiz.forms import NewQuizForm, QuestionForm, QuizSearchForm, uploaded_document
from quiz.models import JOB_DONE, MAX_QUESTIONS, GenerationJob, Question, Quiz, db
from quiz.views.auth import owned, teacher_required
from quiz.wording import plural

bp = Blueprint("authoring", __name__, url_prefix="/teach")


def own_quiz(quiz_id: int) -> Quiz:
    """The current teacher's quiz: 404 if unknown, 403 if someone else's."""
    return owned(Quiz, quiz_id)


def _own_question(quiz_id: int, question_id: int) -> Question:
    quiz = own_quiz(quiz_id)
    question = db.get_or_404(Question, question_id)
    if question.quiz_id != quiz.id:
        abort(404)
    return question


def _seed_files() -> dict[str, Path]:
    folder = Path(current_app.config["SEEDS_DIR"])
    return {path.name: path for path in sorted(folder.glob("*.txt"))}


@bp.route("/")
@teacher_required
def mine() -> Any:
    """The teacher's quizzes, drafts and published: searched, sorted, current or archived."""
    form = QuizSearchForm(request.args)
    valid = form.validate()
    entries = library.listing(
        g.user.id,
        search=(form.q.data or "") if valid else "",
        sort=form.sort.data if valid else "newest",
        archived=valid and form.archived.data == "1",
    )
    running = generation.active_job(g.user.id)
    return render_template("authoring/mine.html", entries=entries, form=form, running=running)


def _source_text(form: NewQuizForm) -> tuple[str, str | bytes] | None:
    """(document name, text, or a document file for the worker to read) from whichever source
    the form filled, or None with an error set."""
    upload = form.upload.data
    given = [
        bool(form.text.data and form.text.data.strip()),
        bool(upload and upload.filename),
        bool(form.seed.data),
    ]
    if sum(given) != 1:
        form.text.errors.append("Paste a text, upload a file, or choose a bundled text: one.")
        return None
    if given[0]:
        return "pasted text", form.text.data
    if given[1]:
        return uploaded_document(form.upload)
    path = _seed_files()[form.seed.data]
    return path.name, path.read_text(encoding="utf-8")


def _title(form: NewQuizForm, source: tuple[str, str | bytes] | None) -> str:
    """The title typed, or else the name of the uploaded or bundled file without its extension
    ('lesson' for lesson.docx); empty, with an error set, for pasted text without one."""
    typed = (form.title.data or "").strip()
    if typed or source is None:
        return typed
    if form.text.data and form.text.data.strip():
        form.title.errors.append("Give the quiz a title (a file is named after itself).")
        return ""
    name = source[0]
    return (PurePath(name).stem.strip() or name)[:200]


@bp.route("/new", methods=["GET", "POST"])
@teacher_required
def new() -> Any:
    """Generate a draft quiz from a text."""
    form = NewQuizForm()
    form.seed.choices = [SelectChoice("", "(none)"), *map(SelectChoice, _seed_files())]
    if form.validate_on_submit():
        source = _source_text(form)
        title = _title(form, source)
        if source is not None and title:
            name, text = source
            try:
                job = generation.submit(
                    g.user.id,
                    title,
                    text,
                    document_name=name,
                    count=form.count.data,
                    choices=form.choices.data,
                )
            except generation.AlreadyRunning as running:
                form.text.errors.append(
                    f"Your quiz “{running.job.title}” is still being made: wait for it to "
                    "finish (My quizzes shows its progress), then make the next one."
                )
            else:
                try:
                    jobs.start(job.id)
                except Exception:  # the queue is down: say so, and free the teacher
                    current_app.logger.exception("could not queue generation job %s", job.id)
                    generation.mark_failed(job.id, generation.NO_WORKER)
                return redirect(url_for("authoring.job", job_id=job.id))
    return render_template("authoring/new.html", form=form)


@bp.route("/jobs/<id:job_id>")
@teacher_required
def job(job_id: int) -> Any:
    """A quiz being made: progress while it runs (the page reloads itself, without scripts),
    the review once it is done, the reason if it failed."""
    found = owned(GenerationJob, job_id)
    generation.fail_if_stale(found)
    if found.state == JOB_DONE and found.quiz_id is not None:
        quiz = db.session.get(Quiz, found.quiz_id)
        if quiz is not None:
            flash(
                f"{plural(len(quiz.questions), 'question')} generated. Review them, then publish."
            )
            if found.note:
                flash(found.note)
            return redirect(url_for("authoring.review", quiz_id=quiz.id))
    return render_template("authoring/job.html", job=found)


@bp.route("/<id:quiz_id>")
@teacher_required
def review(quiz_id: int) -> Any:
    """Every question with its source sentence and flags, and the actions on it: only those
    the quiz can take (an assigned quiz is neither unpublished nor shared by link)."""
    quiz = own_quiz(quiz_id)
    published = quiz.is_published
    return render_template(
        "authoring/review.html",
        quiz=quiz,
        assigned=published and library.assignment_count(quiz) > 0,
        taken=published and library.attempt_count(quiz) > 0,
        flag_words=flags.WORDS,
        formats=FORMATS,
        platforms=PLATFORMS,
    )


T = TypeVar("T")
CHANGE_TRIES = 3  # changes to one quiz's order at once: each retry reads the order again
FORM_TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")  # secrets.token_urlsafe(16)


def _form_token() -> str:
    """The add-question form's one-time token: the one it was sent with, or a new one."""
    sent = request.form.get("form_token", "")
    return sent if FORM_TOKEN.fullmatch(sent) else secrets.token_urlsafe(16)


def _committed(change: Callable[[], T]) -> T:
    """Run *change* and commit; its result.

    Positions are unique in a quiz, so a request that changed the same quiz's order at the same
    moment (another tab, another teacher) can make the flush or the commit fail: then the
    change is rolled back and run again on the order as it now is.
    """
    tries = 1
    while True:
        try:
            result = change()
            db.session.commit()
        except (IntegrityError, StaleDataError, quizzes.OrderChanged):  # see quizzes._number
            db.session.rollback()
            if tries == CHANGE_TRIES:
                raise
            tries += 1
        else:
            return result


def _add(quiz: Quiz, form: QuestionForm, form_token: str) -> bool:
    """Add the form's question at the end of the quiz and commit; False, adding nothing, if
    this form (the same token) was saved before."""

    def add() -> bool:
        if quizzes.added_by_form(form_token) is not None:
            return False
        quizzes.add_question(
            quiz, form.stem.data.strip(), form.options(), form.key_index(), form_token=form_token
        )
        return True

    return _committed(add)


def _question_form_page(quiz: Quiz, question: Question | None) -> Any:
    if question is None and len(quiz.questions) >= MAX_QUESTIONS:
        flash(f"A quiz holds at most {MAX_QUESTIONS} questions: make a copy or a new quiz.")
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    form = QuestionForm()
    form_token = _form_token() if question is None else None
    if request.method == "GET" and question is not None:
        form.fill(question.stem, [o.text for o in question.options], question.key_index)
    if form.validate_on_submit():
        if question is not None:
            quizzes.edit_question(
                question, form.stem.data.strip(), form.options(), form.key_index()
            )
            db.session.commit()
            flash("Question saved.")
        elif _add(quiz, form, form_token):
            flash("Question saved.")
        else:
            flash("This question was already saved (the form was sent twice).")
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    return render_template(
        "authoring/question.html", quiz=quiz, question=question, form=form, form_token=form_token
    )


@bp.route("/<id:quiz_id>/questions/<id:question_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_question(quiz_id: int, question_id: int) -> Any:
    """Edit a question's stem, options and key (past attempts keep what they showed)."""
    question = _own_question(quiz_id, question_id)
    return _question_form_page(question.quiz, question)


@bp.route("/<id:quiz_id>/questions/new", methods=["GET", "POST"])
@teacher_required
def add_question(quiz_id: int) -> Any:
    """Write a question by hand."""
    return _question_form_page(own_quiz(quiz_id), None)


@bp.route("/<id:quiz_id>/questions/<id:question_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete_question(quiz_id: int, question_id: int) -> Any:
    """Show the question and what deleting it does; delete it on the confirming POST."""
    question = _own_question(quiz_id, question_id)
    if request.method == "GET":
        return render_template("authoring/delete_question.html", question=question)
    # CSRFProtect has checked the POST's token
    _committed(lambda: quizzes.delete_question(_own_question(quiz_id, question_id)))
    flash("Question deleted.")
    return redirect(url_for("authoring.review", quiz_id=quiz_id))


@bp.route("/<id:quiz_id>/questions/<id:question_id>/regenerate", methods=["POST"])
@teacher_required
def regenerate_question(quiz_id: int, question_id: int) -> Any:
    """Replace a question by another one generated from the same text."""
    question = _own_question(quiz_id, question_id)
    if quizzes.regenerate(question):
        db.session.commit()
        flash("Question replaced.")
    else:
        flash("The text offers no other question.")
    return redirect(url_for("authoring.review", quiz_id=quiz_id, _anchor=f"q{question_id}"))


@bp.route("/<id:quiz_id>/questions/<id:question_id>/move", methods=["POST"])
@teacher_required
def move_question(quiz_id: int, question_id: int) -> Any:
    """Move a question up or down."""
    _own_question(quiz_id, question_id)  # 404 or 403 before the form is read
    direction = request.form.get("direction")
    if direction not in {"up", "down"}:
        abort(400)
    offset = -1 if direction == "up" else 1
    _committed(lambda: quizzes.move_question(_own_question(quiz_id, question_id), offset))
    return redirect(url_for("authoring.review", quiz_id=quiz_id, _anchor=f"q{question_id}"))


@bp.route("/<id:quiz_id>/publish", methods=["POST"])
@teacher_required
def publish(quiz_id: int) -> Any:
    """Publish the quiz to students."""
    quiz = own_quiz(quiz_id)
    if not quiz.questions:
        flash("A quiz needs at least one question.")
    else:
        quizzes.publish(quiz)
        db.session.commit()
        flash("Published: assign it to a class, or share it by link.")
    return redirect(url_for("authoring.review", quiz_id=quiz_id))


@bp.route("/<id:quiz_id>/share", methods=["POST"])
@teacher_required
def share(quiz_id: int) -> Any:
    """Share a published quiz by link (anyone logged in with it may take it), or withdraw
    the link."""
    quiz = own_quiz(quiz_id)
    if not quiz.is_published:
        abort(409)
    if not quiz.share_token and library.assignment_count(quiz):
        flash(
            "This quiz is assigned to classes: a link would let students get around the "
            "assignment's times, limits and review rules. Share a copy instead."
        )
    elif quizzes.toggle_share(quiz):
        flash("Anyone logged in with the link below can take this quiz.")
    else:
        flash("The link no longer works; a new share makes a new link.")
    db.session.commit()
    return redirect(url_for("authoring.review", quiz_id=quiz_id))
