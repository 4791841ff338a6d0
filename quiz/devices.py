"""Known devices: a browser that has logged in to an account before keeps a signed cookie
saying so, and its failed logins to that account count apart from everyone else's.

Without it, anyone could lock a classmate or a teacher out for a quarter of an hour by typing
ten wrong passwords for their name (OWASP's "device cookies" answer to that). The cookie
names the accounts logged in from this browser (the last few, for a shared classroom
computer) and a random id of the browser; it is signed with the site's secret key, so it cannot
be made for an account without its password.
"""

from __future__ import annotations

import secrets

from flask import current_app, request
from flask.wrappers import Response
from itsdangerous import BadData, URLSafeTimedSerializer

from quiz import security

COOKIE = "quiz_device"
MAX_AGE = 180 * 24 * 3600  # seconds a browser stays known without logging in again
ACCOUNTS_KEPT = 8  # accounts one browser is known for (a shared computer's last users)


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="quiz-known-device")


def _read() -> dict | None:
    """This browser's signed record, if it sent a valid one."""
    sent = request.cookies.get(COOKIE)
    if not sent:
        return None
    try:
        record = _signer().loads(sent, max_age=MAX_AGE)
    except BadData:
        return None
    valid = isinstance(record, dict) and isinstance(record.get("id"), str)
    return record if valid and isinstance(record.get("accounts"), list) else None


def known_for(username: str) -> str | None:
    """The id of this browser if it has logged in to *username* (normalised) before."""
    record = _read()
    if record is None or username not in record["accounts"]:
        return None
    return record["id"]


def remember(response: Response, username: str) -> Response:
    """Mark this browser as known for *username* (just logged in to), on *response*."""
    record = _read() or {"id": secrets.token_urlsafe(12), "accounts": []}
    accounts = [name for name in record["accounts"] if name != username] + [username]
    record["accounts"] = accounts[-ACCOUNTS_KEPT:]
    response.set_cookie(
        COOKIE,
        _signer().dumps(record),
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=security.served_over_https() or current_app.config["SESSION_COOKIE_SECURE"],
    )
    return response
