"""Friendly error pages: no stack trace reaches a user, and a failed request changes nothing."""

from __future__ import annotations

from flask import Flask, g, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException, InternalServerError

from quiz.models import db
from quiz.views import auth

csrf = CSRFProtect()

MESSAGES = {
    400: "The request could not be understood. If you submitted a form, reload the page and try "
    "again.",
    403: "You do not have access to this page.",
    404: "There is no such page.",
    405: "That action is not available here.",
    413: "What you sent is too large: a text or a file may be at most 1 MB. Nothing was saved.",
    500: "Something went wrong on our side. Nothing was saved; please try again.",
}


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

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        return _page(error.code or 500)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[str, int]:
        app.logger.exception("Unhandled error", exc_info=error)
        return _page(InternalServerError.code)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:"
        )
        return response
