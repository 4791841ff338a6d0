"""Friendly error pages: no stack trace reaches a user, and a failed request changes nothing."""

from __future__ import annotations

from flask import Flask, g, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import (
    HTTPException,
    InternalServerError,
    RequestEntityTooLarge,
    ServiceUnavailable,
)

from quiz import readers
from quiz.models import db
from quiz.sources import MAX_BYTES, megabytes
from quiz.views import auth

csrf = CSRFProtect()

MESSAGES = {
    400: "The request could not be understood. If you submitted a form, reload the page and try "
    "again.",
    403: "You do not have access to this page.",
    404: "There is no such page.",
    405: "That action is not available here.",
    429: "Too many tries in a short time. Wait a few minutes, then try again, or log in on a "
    "computer or phone you have logged in on before; if you forgot your password, ask your "
    "teacher for a reset code.",
    500: "Something went wrong on our side. Nothing was saved; please try again.",
    503: "The site cannot use its database just now, so nothing was saved. Please try again in a "
    "few minutes; if this goes on, tell your teacher or the site's administrator.",
}
# What may be sent where, for the page of a request too large: the pages that take a file, and
# any other form (a text).
SIZE_LIMITS = {
    "authoring.new": f"a file may be at most {megabytes(readers.MAX_FILE_BYTES)} (a plain-text"
    f" file, or the text of a document, at most {megabytes(MAX_BYTES)})",
    "exchange.import_set": f"a question file may be at most {megabytes(MAX_BYTES)}",
}
TEXT_LIMIT = f"a text may be at most {megabytes(MAX_BYTES)}"
READ_ONLY_TRANSACTION = "25006"  # PostgreSQL's SQLSTATE for a write in a read-only transaction


def database_unavailable(error: DBAPIError) -> bool:
    """Whether a database error is the database being out of reach or unable to write (down,
    locked, read-only, disk full) rather than a fault of the request."""
    return isinstance(error, OperationalError) or (
        getattr(error.orig, "sqlstate", None) == READ_ONLY_TRANSACTION
    )


def _too_large() -> str:
    """What was too large in this request, its size if known, and the limit of this page."""
    sent = request.content_length
    told = f"is {sent:,} bytes" if sent else "is too large"
    limit = SIZE_LIMITS.get(request.endpoint or "", TEXT_LIMIT)
    return f"What you sent {told}: {limit}. Nothing was saved."


def _page(code: int, message: str | None = None) -> tuple[str, int]:
    db.session.rollback()
    if "user" not in g:  # failed before the user was read (a form too large for CSRF's check)
        auth.load_user()
    text = message or MESSAGES.get(code, "The request failed.")
    return render_template("error.html", code=code, message=text), code


def init_app(app: Flask) -> None:
    """CSRF protection on every form and an error page for every failure."""
    csrf.init_app(app)

    @app.errorhandler(CSRFError)
    def csrf_error(_error: CSRFError) -> tuple[str, int]:
        return _page(
            400, "The form had expired or was not sent by this site. Reload the page and try again."
        )

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_error: RequestEntityTooLarge) -> tuple[str, int]:
        return _page(RequestEntityTooLarge.code, _too_large())

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        return _page(error.code or 500)

    @app.errorhandler(DBAPIError)
    def database_error(error: DBAPIError) -> tuple[str, int, dict[str, str]] | tuple[str, int]:
        if not database_unavailable(error):
            return unexpected(error)
        app.logger.error("Database unavailable: %s", error.orig)
        g.setdefault("user", None)  # the account cannot be read now: shown as logged out
        page, code = _page(ServiceUnavailable.code)
        return page, code, {"Retry-After": "60"}

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[str, int]:
        app.logger.exception("Unhandled error", exc_info=error)
        return _page(InternalServerError.code)
