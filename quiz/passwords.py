"""Passwords: the rules a new one follows, hashing, and checking one in the same time whether
or not the account exists."""

from __future__ import annotations

import functools

from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH, MAX_LENGTH = 10, 200
RULE = (
    f"At least {MIN_LENGTH} characters, not your username and not a common password: "
    "a short sentence is easy to remember."
)


@functools.cache
def _common() -> frozenset[str]:
    """The 30,000 most common passwords of zxcvbn's list (Xato's 10 million leaked passwords),
    shipped with the package: read once, offline."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def problem(password: str, username: str) -> str | None:
    """Why *password* cannot be a new password of *username* (normalised), or None if it can.

    Accounts made under older rules keep their passwords: only new ones are checked.
    """
    if not password.strip():
        return "A password cannot be only spaces."
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    folded = password.strip().casefold()
    if username and folded == username.casefold():
        return "A password cannot be your username."
    if folded in _common():
        return "This is one of the most common passwords: choose another."
    return None


def hash_password(password: str) -> str:
    """The salted hash stored for *password* (werkzeug's default method, scrypt)."""
    return generate_password_hash(password)


@functools.cache
def dummy_hash() -> str:
    """A hash of the default method and cost, checked when there is no account (made once per
    process: the site makes it at start, so no login waits for it)."""
    return generate_password_hash("no account has this password")


def verify(stored_hash: str | None, password: str) -> bool:
    """Whether *password* matches *stored_hash*. Without an account (None) a dummy hash of the
    same cost is checked, so a login for an unknown username takes as long as a wrong password
    for a real one, and both answer the same."""
    if stored_hash is None:
        check_password_hash(dummy_hash(), password)
        return False
    return check_password_hash(stored_hash, password)
