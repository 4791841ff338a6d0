"""Known devices: a browser that has logged in to an account before keeps a signed cookie
saying so, and its failed logins to that account count apart from everyone else's.

Without it, anyone could lock a classmate or a teacher out for a quarter of an hour by typing
ten wrong passwords for their name (OWASP's "device cookies" answer to that). The cookie holds
a random id of the browser and, for the accounts logged in from it (the last few, for a shared
classroom computer), a keyed hash of the account's name and password hash: it names nobody,
cannot be made for an account without its password, and is no longer good once the password
changes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import current_app, g, request
from flask.wrappers import Response
from itsdangerous import BadData, URLSafeTimedSerializer
from sqlalchemy import select

from quiz import security
from quiz.models import User, db

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


def _tag(username: str, password_hash: str) -> str:
    """What the cookie keeps of an account: a keyed hash of its name and password hash."""
    key = current_app.secret_key
    key = key.encode() if isinstance(key, str) else key
    message = f"{username}\n{password_hash}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:24]


def known_for(username: str) -> str | None:
    """The id of this browser if it has logged in to *username* (normalised) since the
    account's password was last set; found once per request (a login's limits each ask)."""
    found: dict[str, str | None] = g.setdefault("known_devices", {})
    if username not in found:
        found[username] = _known_for(username)
    return found[username]


def _known_for(username: str) -> str | None:
    record = _read()
    if record is None or not record["accounts"]:
        return None
    stored = db.session.scalar(select(User.password_hash).where(User.username == username))
    if stored is None or _tag(username, stored) not in record["accounts"]:
        return None
    return record["id"]


def remember(response: Response, user: User) -> Response:
    """Mark this browser as known for *user* (just logged in), on *response*."""
    record = _read() or {"id": secrets.token_urlsafe(12), "accounts": []}
    tag = _tag(user.username, user.password_hash)
    accounts = [known for known in record["accounts"] if known != tag] + [tag]
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
