"""Students' pages: the published quizzes, taking one, and the result of an attempt."""

from __future__ import annotations

import datetime as dt
import math
import threading
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
from sqlalchemy.exc import IntegrityError

from quiz import assignments, classes, localtime, quizzes
from quiz.models import DEMO_TEACHER, Assignment, Attempt, Quiz, User, db, utcnow
from quiz.views.auth import login_required
from quiz.wording import plural

bp = Blueprint("quizzes", __name__)


# The group of the student's board that each standing goes in, groups in the board's order.
_BOARD_GROUPS = {
    assignments.OPEN: "to do",
    assignments.UPCOMING: "upcoming",
    assignments.DONE: "done",
    assignments.CLOSED: "missed",
    assignments.HELD: "held",
}


@bp.route("/")
def index() -> Any:
    """A student's assignments (to do, not open yet, done, missed, closed by the teacher); a
    teacher's way to their classes and quizzes; a visitor's welcome."""
    samples = db.session.scalars(
        select(Quiz)
        .join(User, User.id == Quiz.owner_id)
        .where(
            User.username == DEMO_TEACHER,
            Quiz.share_token.is_not(None),
            Quiz.published_at.is_not(None),
        )
        .order_by(Quiz.id)
    ).all()
    if g.user is None or g.user.is_teacher:
        return render_template("quizzes/index.html", samples=samples)
    now = utcnow()
    board: dict[str, list[tuple[Assignment, list[Attempt]]]] = {
        group: []
        for group in dict.fromkeys(_BOARD_GROUPS.values())  # in the board's order
    }
    for assignment in assignments.for_student(g.user.id):
        done = assignments.submitted(assignment, g.user.id)
        standing = assignments.standing(assignment, bool(done), now)
        if standing == assignments.HELD and assignments.open_attempt(assignment, g.user.id):
            standing = assignments.OPEN  # started before the teacher closed it: it can be finished
        board[_BOARD_GROUPS[standing]].append((assignment, done))
    # An empty board says whether the student's classes have nothing yet or they are in none.
    joined = 0 if any(board.values()) else len(classes.of_student(g.user.id))
    return render_template("quizzes/board.html", board=board, samples=samples, joined=joined)


def _shared_quiz(token: str) -> Quiz:
    """The published quiz a share link opens: 404 for an unknown or withdrawn link."""
    quiz = db.session.scalar(select(Quiz).where(Quiz.share_token == token))
    if quiz is None or not quiz.is_open or not quiz.questions:
        abort(404)
    return quiz


PAGE_CACHE_SIZE = 1024  # quiz pages each worker keeps
_PAGES = "quiz.attempt_pages"  # where in app.extensions
_TOKEN_SLOT = "\x00csrf-token\x00"  # where each response puts its own CSRF token
_TIME_SLOT = "\x00time-left\x00"  # and the time left to hand in
OPEN_ATTEMPTS = "open_attempts"  # session key: share token -> the user's open attempt there
# Built once: constructing the statement cost more than running it.
_OPEN_ATTEMPT = (
    select(Attempt.id)
    .join(Quiz, Quiz.id == Attempt.quiz_id)
    .where(
        Attempt.quiz_id == bindparam("quiz"),
        Attempt.student_id == bindparam("student"),
        Attempt.submitted_at.is_(None),
        Attempt.assignment_id.is_(None),
        Quiz.published_at.is_not(None),
        Quiz.share_token.is_not(None),
    )
)
_STILL_OPEN = select(Attempt.id).where(
    Attempt.id == bindparam("attempt"),
    Attempt.student_id == bindparam("student"),
    Attempt.submitted_at.is_(None),
)

_Page = tuple[str, dt.datetime | None]  # a rendered quiz page with its slots, and its deadline


class PageCache:
    """Rendered pages of open attempts, the least recently used dropped first; safe to share
    between the threads of a worker."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pages: OrderedDict[tuple[int, int], _Page] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, int]) -> _Page | None:
        """The page kept under *key*, now the most recently used, or None."""
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple[int, int], page: _Page) -> None:
        """Keep *page*, dropping the least recently used beyond the size."""
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)

    def drop(self, key: tuple[int, int]) -> None:
        """Forget the page under *key*, if kept."""
        with self._lock:
            self._pages.pop(key, None)


def _page_cache() -> PageCache:
    """This worker's cache of quiz pages."""
    extensions = current_app.extensions
    return extensions.get(_PAGES) or extensions.setdefault(_PAGES, PageCache(PAGE_CACHE_SIZE))


def _attempt_page(attempt_id: int) -> str | None:
    """The quiz page of an open attempt, rendered once per worker and kept; None if the attempt
    is not this user's open attempt any more.

    An attempt never changes what it shows (its questions and option orders are stored), so
    reloads only fill in a fresh CSRF token and the time left. A kept page is served only after
    the database confirms the attempt is still open: it may have been submitted through another
    worker, each of which keeps its own pages. Pages with a message to flash are not kept.
    """
    key = (attempt_id, g.user.id)
    cache = _page_cache()
    kept = cache.get(key)
    if kept is not None:
        with db.engine.connect() as connection:  # no session: this is all the page needs
            still_open = connection.execute(
                _STILL_OPEN, {"attempt": attempt_id, "student": g.user.id}
            ).first()
        if still_open:
            return _fill(*kept)
        cache.drop(key)
        return None
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.student_id != g.user.id or attempt.submitted_at:
        return None
    keep = "_flashes" not in session  # read before the page takes its messages out
    page = render_template(
        "quizzes/take.html",
        attempt=attempt,
        csrf_token=lambda: _TOKEN_SLOT,
        time_left=lambda: _TIME_SLOT,
    )
    if keep:
        cache.put(key, (page, attempt.deadline_at))
    return _fill(page, attempt.deadline_at)


def _fill(page: str, deadline: dt.datetime | None) -> str:
    """A kept page with this response's CSRF token and time left."""
    return page.replace(_TOKEN_SLOT, generate_csrf()).replace(_TIME_SLOT, _time_left(deadline))


def _time_left(deadline: dt.datetime | None) -> str:
    """'23 minutes left' (as the page is sent), for a page that must work without scripts."""
    if deadline is None:
        return ""
    seconds = (deadline - utcnow()).total_seconds()
    if seconds <= 0:
        return "time is up"
    minutes = math.ceil(seconds / 60)
    return f"{plural(minutes, 'minute')} left"


def _remember_open(token: str, attempt_id: int) -> None:
    """Keep the user's open attempt at a shared quiz in their session."""
    session[OPEN_ATTEMPTS] = {**session.get(OPEN_ATTEMPTS, {}), token: attempt_id}


def _handed_in(attempt_id: int) -> None:
    """Forget a submitted attempt: its page in this worker, and its link in the session."""
    _page_cache().drop((attempt_id, g.user.id))
    known = session.get(OPEN_ATTEMPTS, {})
    if attempt_id in known.values():
        session[OPEN_ATTEMPTS] = {k: v for k, v in known.items() if v != attempt_id}


@bp.route("/q/<token>")
@login_required
def shared(token: str) -> Any:
    """A quiz shared by link, outside any class: all questions on one page; the attempt and
    its option orders are stored on first view.

    The session remembers the open attempt, so a reload needs no database query at all: the
    page of that attempt is kept ready. Once a student has submitted, a new attempt takes an
    explicit click, so going back after submitting never starts one by itself.
    """
    remembered = session.get(OPEN_ATTEMPTS, {}).get(token)
    if remembered is not None:
        page = _attempt_page(remembered)
        if page is not None:
            return _not_stored(page)
    quiz = _shared_quiz(token)
    shown = db.session.execute(_OPEN_ATTEMPT, {"quiz": quiz.id, "student": g.user.id}).first()
    if shown is None:
        latest = db.session.scalars(
            select(Attempt)
            .where(
                Attempt.quiz_id == quiz.id,
                Attempt.student_id == g.user.id,
                Attempt.assignment_id.is_(None),
            )
            .order_by(Attempt.submitted_at.desc())
        ).first()
        if latest is not None:
            return _not_stored(render_template("quizzes/again.html", quiz=quiz, latest=latest))
        shown = (_open(quiz),)
    _remember_open(token, shown[0])
    return _not_stored(_attempt_page(shown[0]))


def _not_stored(page: str) -> Any:
    """Browsers must not keep quiz pages: going back re-asks the server, which knows better."""
    response = make_response(page)
    response.headers["Cache-Control"] = "no-store"
    return response


def _open(quiz: Quiz) -> int:
    """Open (and store) a new attempt at the quiz, outside any class; its id."""
    attempt = quizzes.open_attempt(quiz, g.user.id)
    try:
        db.session.commit()
    except IntegrityError:  # opened in two tabs at once: the database kept the first
        db.session.rollback()
        attempt = quizzes.open_attempt(quiz, g.user.id)
    return attempt.id


@bp.route("/attempts/<id:attempt_id>/answer")
@login_required
def answer(attempt_id: int) -> Any:
    """The questions of the student's open attempt; a finished one shows its result."""
    attempt = _own_attempt(attempt_id)
    if attempt.submitted_at is None:
        if assignments.expired(attempt):
            _close_expired(attempt)
        else:
            page = _attempt_page(attempt.id)
            if page is not None:
                return _not_stored(page)
    return redirect(url_for("quizzes.result", attempt_id=attempt.id))


def _close_expired(attempt: Attempt) -> None:
    """Hand in an attempt whose time ran out, with no answers (none were sent in time)."""
    if quizzes.submit(attempt, {}, at=attempt.deadline_at):
        db.session.commit()
        _handed_in(attempt.id)
        flash(
            f"Time ran out at {localtime.shown(attempt.deadline_at)}; "
            "answers sent after it are not counted."
        )


@bp.route("/q/<token>/attempts", methods=["POST"])
@login_required
def start(token: str) -> Any:
    """Start a new attempt at a shared quiz taken before."""
    quiz = _shared_quiz(token)
    _remember_open(token, _open(quiz))
    return redirect(url_for("quizzes.shared", token=token))


def _option_index(value: str, options: int) -> bool:
    """Whether a form value is the index of one of *options* options ('2'; not '²', not -1,
    not a number with thousands of digits)."""
    return value.isascii() and value.isdigit() and len(value) <= 2 and int(value) < options


def _own_attempt(attempt_id: int) -> Attempt:
    attempt = db.get_or_404(Attempt, attempt_id)
    if attempt.student_id != g.user.id:
        abort(403)
    return attempt


@bp.route("/attempts/<id:attempt_id>/submit", methods=["POST"])
@login_required
def submit(attempt_id: int) -> Any:
    """Score the attempt once; a second submit only shows the result. Questions left blank
    first get a confirmation step (the page again, answers kept, blanks named)."""
    attempt = _own_attempt(attempt_id)
    chosen = {}
    for response in attempt.responses:
        value = request.form.get(f"q{response.position}")
        if value is not None:
            if not _option_index(value, len(response.options)):
                abort(400)
            chosen[response.position] = int(value)
    blank = [r.position for r in attempt.responses if r.position not in chosen]
    if attempt.submitted_at is None and assignments.expired(attempt):
        _close_expired(attempt)
    elif attempt.submitted_at is None and blank and request.form.get("confirm") != "yes":
        page = render_template(
            "quizzes/take.html",
            attempt=attempt,
            chosen=chosen,
            blank=blank,
            time_left=lambda: _time_left(attempt.deadline_at),
        )
        return _not_stored(page)
    elif quizzes.submit(attempt, chosen):
        db.session.commit()
        _handed_in(attempt.id)
    else:
        flash("This attempt was already submitted; here is its result.")
    return redirect(url_for("quizzes.result", attempt_id=attempt.id))


@bp.route("/attempts/<id:attempt_id>")
@login_required
def result(attempt_id: int) -> Any:
    """The score and, per question, the answer given, the right answer and the source."""
    attempt = db.get_or_404(Attempt, attempt_id)
    teacher = g.user.id == attempt.quiz.owner_id or (
        attempt.assignment is not None and attempt.assignment.school_class.owner_id == g.user.id
    )
    if g.user.id != attempt.student_id and not teacher:
        abort(403)
    if attempt.submitted_at is None:
        if attempt.student_id == g.user.id:
            return redirect(url_for("quizzes.answer", attempt_id=attempt.id))
        abort(404)
    return render_template(
        "quizzes/result.html",
        attempt=attempt,
        review=teacher or assignments.review_shown(attempt),
    )
