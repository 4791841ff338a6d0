"""Registering, logging in and out, and the guards every other page uses."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from quiz.forms import LoginForm, RegisterForm
from quiz.models import TEACHER, User, db

bp = Blueprint("auth", __name__, url_prefix="/auth")


@dataclass(frozen=True, slots=True)
class Account:
    """The logged-in user as pages need them (read with one small query per request)."""

    id: int
    username: str
    role: str

    @property
    def is_teacher(self) -> bool:
        """Whether the user may author quizzes."""
        return self.role == TEACHER


ACCOUNT_TTL = 30.0  # seconds


def _account(user_id: int) -> Account | None:
    cache: dict[int, tuple[float, Account | None]] = current_app.extensions.setdefault(
        "quiz.accounts", {}
    )
    now = time.monotonic()
    cached = cache.get(user_id)
    if cached is not None and now - cached[0] < ACCOUNT_TTL:
        return cached[1]
    query = select(User.id, User.username, User.role).where(User.id == user_id)
    row = db.session.execute(query).first()
    account = Account(*row) if row else None
    if len(cache) > 10_000:
        cache.clear()
    cache[user_id] = (now, account)
    return account


@bp.before_app_request
def load_user() -> None:
    """Make the logged-in user, if any, available as g.user.

    Accounts are read from the database at most every ACCOUNT_TTL seconds per worker: every
    page of a logged-in user needs one, and the query was most of a page's fixed cost.
    """
    user_id = session.get("user_id")
    g.user = None if user_id is None else _account(user_id)


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the login page, then back."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.user is None:
            return redirect(url_for("auth.login", next=request.full_path))
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


Owned = TypeVar("Owned")


def owned(model: type[Owned], ident: int) -> Owned:
    """The logged-in user's own row of *model* (its owner_id is theirs): 404 if there is no
    such row, 403 if it is someone else's."""
    found = db.get_or_404(model, ident)
    if found.owner_id != g.user.id:
        abort(403)
    return found


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no open redirect through ?next=."""
    if target and target.startswith("/") and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("quizzes.index")


@bp.route("/register", methods=["GET", "POST"])
def register() -> Any:
    """Create an account and log in."""
    form = RegisterForm()
    if form.validate_on_submit():
        user = User(
            username=form.username.data,
            password_hash=generate_password_hash(form.password.data),
            role=form.role.data,
        )
        db.session.add(user)
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            form.username.errors.append("That username is taken.")
        else:
            session.clear()
            session["user_id"] = user.id
            flash(f"Welcome, {user.username}.")
            return redirect(url_for("quizzes.index"))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """Log in with username and password."""
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.scalar(select(User).where(User.username == form.username.data))
        if user is None or not check_password_hash(user.password_hash, form.password.data):
            form.password.errors.append("Wrong username or password.")
        else:
            session.clear()
            session["user_id"] = user.id
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout() -> Any:
    """Log out (a POST with a CSRF token, so no link can log anyone out)."""
    session.clear()
    return redirect(url_for("quizzes.index"))
