"""Registering, logging in and out, passwords and their reset codes, teacher invitations, and
the guards every other page uses."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

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
from sqlalchemy import bindparam, select

from quiz import accounts, devices, passwords, ratelimit, usernames
from quiz.forms import ChangePasswordForm, LoginForm, RegisterForm, ResetPasswordForm
from quiz.models import TEACHER, User, db, utcnow
from quiz.wording import plural

bp = Blueprint("auth", __name__, url_prefix="/auth")

SESSION_USER, SESSION_VERSION = "user_id", "session_version"


@dataclass(frozen=True, slots=True)
class Account:
    """The logged-in user as pages need them."""

    id: int
    username: str
    role: str
    is_admin: bool

    @property
    def is_teacher(self) -> bool:
        """Whether the user may author quizzes."""
        return self.role == TEACHER


def start_session(user_id: int, session_version: int) -> None:
    """Log in: a new session (nothing of the one before is kept) naming the account and the
    session version it has now."""
    session.clear()
    session[SESSION_USER] = user_id
    session[SESSION_VERSION] = session_version


# Built once, and run on a connection of its own rather than in the ORM session: on a reloaded
# quiz page (which needs no other query) it costs about 0.1 ms a request instead of 0.4 ms.
_ACCOUNT = select(User.id, User.username, User.role, User.is_admin, User.session_version).where(
    User.id == bindparam("user")
)


@bp.before_app_request
def load_user() -> None:
    """Make the logged-in user, if any, available as g.user.

    The account is read at every request (one query by primary key; no cache), so a changed
    role or an ended session counts at once in every worker; a session whose version the
    account no longer has (logged out, a new password) is ended.
    """
    g.user = None
    user_id = session.get(SESSION_USER)
    if user_id is None:
        return
    with db.engine.connect() as connection:
        row = connection.execute(_ACCOUNT, {"user": user_id}).first()
    if row is None or row.session_version != session.get(SESSION_VERSION):
        session.clear()
        return
    g.user = Account(row.id, row.username, row.role, row.is_admin)


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the login page, then back."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.user is None:
            back = request.full_path if request.query_string else request.path  # no bare "?"
            return redirect(url_for("auth.login", next=back))
        return view(**kwargs)

    return wrapped


def teacher_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Only teachers: students get 403."""

    @functools.wraps(view)
    @login_required
    def wrapped(**kwargs: Any) -> Any:
        if not g.user.is_teacher:
            abort(403)
        return view(**kwargs)

    return wrapped


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Only admins (teachers who invite teachers): everyone else gets 403."""

    @functools.wraps(view)
    @login_required
    def wrapped(**kwargs: Any) -> Any:
        if not (g.user.is_teacher and g.user.is_admin):
            abort(403)
        return view(**kwargs)

    return wrapped


Owned = TypeVar("Owned")


def owned(model: type[Owned], ident: int) -> Owned:
    """The logged-in user's own row of *model* (its owner_id is theirs): 404 if there is no
    such row, 403 if it is someone else's."""
    found = db.get_or_404(model, ident)
    if found.owner_id != g.user.id:
        abort(403)
    return found


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no open redirect through ?next=.

    It is judged percent-decoded until nothing changes, as the laxest reader would: '////x',
    '/\\x', '/%2F%2Fx', 'https:x', ' //x', 'javascript:...' and paths with tabs, newlines or
    other control characters (which browsers drop) all go to the home page.
    """
    home = url_for("quizzes.index")
    if not target or len(target) > 2000:
        return home
    decoded, previous = target, None
    while decoded != previous:
        previous, decoded = decoded, unquote(decoded)
    if any(unicodedata.category(ch).startswith("C") for ch in decoded):  # controls, formats
        return home
    if "\\" in decoded or not decoded.startswith("/") or decoded.startswith("//"):
        return home
    parts = urlsplit(decoded)
    if parts.scheme or parts.netloc:
        return home
    return target


@bp.route("/register", methods=["GET", "POST"])
@ratelimit.limits(None, "REGISTER_LIMIT_PER_ADDRESS", only_failures=False)
def register() -> Any:
    """Create an account and log in. Whether a username is taken is said only once the rest
    of the form is valid (a teacher's code too), and every form sent counts against the
    address's limit: names cannot be tried faster than that."""
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.register(
                form.username.data,
                form.password.data,
                form.role.data,
                teacher_code=form.teacher_code.data or "",
                school_code=current_app.config.get("TEACHER_CODE"),
            )
        except accounts.UsernameTaken:
            db.session.rollback()
            form.username.errors.append("That username is taken.")
        except accounts.CodeRefused:
            db.session.rollback()
            form.teacher_code.errors.append("This code was used a moment ago: ask for another.")
        else:
            db.session.commit()
            start_session(user.id, user.session_version)
            flash(f"Welcome, {user.username}.")
            return devices.remember(redirect(url_for("quizzes.index")), user)
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@ratelimit.limits(
    "LOGIN_LIMIT_PER_ACCOUNT",
    "LOGIN_LIMIT_PER_ADDRESS",
    only_failures=True,
    address_key=ratelimit.by_address_unless_known,
)
def login() -> Any:
    """Log in with username (normalised as at registration) and password. An unknown username
    and a wrong password take as long and answer the same."""
    form = LoginForm(formdata=request.form)  # only the form: the limits key on its username
    if form.validate_on_submit():
        username = usernames.normalise(form.username.data)
        user = db.session.scalar(select(User).where(User.username == username))
        stored = user.password_hash if user is not None else None
        if passwords.verify(stored, form.password.data) and user is not None:
            start_session(user.id, user.session_version)
            return devices.remember(redirect(_safe_next(request.args.get("next"))), user)
        form.password.errors.append("Wrong username or password.")
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout() -> Any:
    """Log out (a POST with a CSRF token, so no link can log anyone out). Every session of the
    account ends with it: a copy of the cookie kept elsewhere no longer works."""
    if g.user is not None:
        accounts.end_sessions(g.user.id)
        db.session.commit()
    session.clear()
    flash("You are logged out.")
    return redirect(url_for("quizzes.index"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
@ratelimit.limits(
    "LOGIN_LIMIT_PER_ACCOUNT",
    "LOGIN_LIMIT_PER_ADDRESS",
    only_failures=True,
    account_key=ratelimit.by_own_account,
)
def account() -> Any:
    """Change one's password: every other session of the account ends, this one goes on."""
    form = ChangePasswordForm(formdata=request.form)
    if form.validate_on_submit():
        stored = db.session.scalar(select(User.password_hash).where(User.id == g.user.id))
        if passwords.verify(stored, form.current.data):
            version = accounts.change_password(g.user.id, form.password.data)
            db.session.commit()
            start_session(g.user.id, version)
            flash("Your password is changed; you were logged out everywhere else.")
            user = db.session.get(User, g.user.id)
            return devices.remember(redirect(url_for("auth.account")), user)  # its new hash
        form.current.errors.append("This is not your current password.")
    return render_template("auth/account.html", form=form)


@bp.route("/reset", methods=["GET", "POST"])
@ratelimit.limits(
    "RESET_LIMIT_PER_ACCOUNT",
    "RESET_LIMIT_PER_ADDRESS",
    only_failures=True,
    account_key=ratelimit.by_named_account,
)
def reset() -> Any:
    """Set a new password with the one-time code a teacher made; every session of the account
    ends, and the student logs in with the new password."""
    form = ResetPasswordForm(formdata=request.form)
    if form.validate_on_submit():
        if accounts.reset_password(form.username.data, form.code.data, form.password.data):
            db.session.commit()
            session.clear()
            flash("Your password is changed. Log in with it.")
            return redirect(url_for("auth.login"))
        db.session.rollback()
        hours = accounts.RESET_CODE_LIFETIME // dt.timedelta(hours=1)
        form.code.errors.append(
            "This code does not work for this username: check both, or ask your teacher for a "
            f"new code (a code works once, for {plural(hours, 'hour')})."
        )
    return render_template("auth/reset.html", form=form)


@bp.route("/invitations", methods=["GET", "POST"])
@admin_required
def invitations() -> Any:
    """Teacher invitations: an admin makes one (its code is shown once) and sees which were
    used, by whom."""
    code = expires_at = None
    if request.method == "POST":  # the CSRF token is checked for every POST
        code, expires_at = accounts.invite_teacher(g.user.id)
        db.session.commit()
    page = render_template(
        "auth/invitations.html",
        code=code,
        expires_at=expires_at,
        invitations=accounts.invitations(),
        now=utcnow(),
    )
    response = make_response(page)
    response.headers["Cache-Control"] = "no-store"  # the code is not kept by the browser
    return response
