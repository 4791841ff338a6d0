"""Students' pages: the published quizzes, taking one, and the result of an attempt."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import generate_csrf
from sqlalchemy import bindparam, select

from quiz import quizzes
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


PAGE_CACHE_SIZE = 1024
_TOKEN_SLOT = "\x00csrf-token\x00"  # where each response puts its own CSRF token
OPEN_ATTEMPTS = "open_attempts"  # session key: quiz id -> the user's open attempt there
# Built once: constructing the statement cost more than running it.
_OPEN_ATTEMPT = (
    select(Attempt.id)
    .join(Quiz, Quiz.id == Attempt.quiz_id)
    .where(
        Attempt.quiz_id == bindparam("quiz"),
        Attempt.student_id == bindparam("student"),
        Attempt.submitted_at.is_(None),
        Quiz.published_at.is_not(None),
    )
)


def _attempt_page(attempt_id: int) -> str | None:
    """The quiz page of an open attempt, rendered once per worker and kept; None if the attempt
    is not this user's open attempt any more.

    An attempt never changes what it shows (its questions and option orders are stored), so
    reloads only fill in a fresh CSRF token. Pages with a message to flash are not kept.
    """
    cache: OrderedDict[tuple[int, int], str] = current_app.extensions.setdefault(
        "quiz.attempt_pages", OrderedDict()
    )
    key = (attempt_id, g.user.id)
    page = cache.get(key)
    if page is None:
        attempt = db.session.get(Attempt, attempt_id)
        if attempt is None or attempt.student_id != g.user.id or attempt.submitted_at:
            return None
        keep = "_flashes" not in session
        page = render_template("quizzes/take.html", attempt=attempt, csrf_token=lambda: _TOKEN_SLOT)
        if keep:
            cache[key] = page
            if len(cache) > PAGE_CACHE_SIZE:
                cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return page.replace(_TOKEN_SLOT, generate_csrf())


def _remember_open(quiz_id: int, attempt_id: int | None) -> None:
    """Keep (or forget) the user's open attempt at a quiz in their session."""
    known = dict(session.get(OPEN_ATTEMPTS, {}))
    if attempt_id is None:
        known.pop(str(quiz_id), None)
    else:
        known[str(quiz_id)] = attempt_id
    session[OPEN_ATTEMPTS] = known


@bp.route("/quizzes/<int:quiz_id>")
@login_required
def take(quiz_id: int) -> Any:
    """All questions on one page; the attempt and its option orders are stored on first view.

    The session remembers the open attempt, so a reload needs no database query at all: the
    page of that attempt is kept ready. Once a student has submitted, a new attempt takes an
    explicit click, so going back after submitting never starts one by itself.
    """
    remembered = session.get(OPEN_ATTEMPTS, {}).get(str(quiz_id))
    if remembered is not None:
        page = _attempt_page(remembered)
        if page is not None:
            return _not_stored(page)
    shown = db.session.execute(_OPEN_ATTEMPT, {"quiz": quiz_id, "student": g.user.id}).first()
    if shown is None:
        quiz = _published_quiz(quiz_id)
        if not quiz.questions:
            abort(404)
        latest = db.session.scalars(
            select(Attempt)
            .where(Attempt.quiz_id == quiz_id, Attempt.student_id == g.user.id)
            .order_by(Attempt.submitted_at.desc())
        ).first()
        if latest is not None:
            return _not_stored(render_template("quizzes/again.html", quiz=quiz, latest=latest))
        shown = (_open(quiz),)
    _remember_open(quiz_id, shown[0])
    return _not_stored(_attempt_page(shown[0]))


def _not_stored(page: str) -> Any:
    """Browsers must not keep quiz pages: going back re-asks the server, which knows better."""
    response = make_response(page)
    response.headers["Cache-Control"] = "no-store"
    return response


def _open(quiz: Quiz) -> int:
    """Open (and store) a new attempt at the quiz; its id."""
    attempt = quizzes.open_attempt(quiz, g.user.id)
    db.session.commit()
    return attempt.id


@bp.route("/quizzes/<int:quiz_id>/attempts", methods=["POST"])
@login_required
def start(quiz_id: int) -> Any:
    """Start a new attempt at a quiz taken before."""
    quiz = _published_quiz(quiz_id)
    if not quiz.questions:
        abort(404)
    _remember_open(quiz.id, _open(quiz))
    return redirect(url_for("quizzes.take", quiz_id=quiz.id))


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
    answers = {}
    for response in attempt.responses:
        value = request.form.get(f"q{response.position}")
        if value is not None:
            if not value.isdigit() or int(value) >= len(response.options):
                abort(400)
            answers[response.position] = int(value)
    if quizzes.submit(attempt, answers):
        db.session.commit()
        _remember_open(attempt.quiz_id, None)
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
