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


# A hash made by hash_password, of the same method and cost, checked when there is no account
# (written here, not made at start: making one costs every process 0.1 s, `quiz export` too).
# tests/test_site_accounts.py checks that it still matches what hash_password makes.
DUMMY_HASH = (
    "scrypt:32768:8:1$XbUoxZkGACglnNX7$137edf822d65b4cc9a24dc492d1e56192778a41b9d8cbc81e0aa3c5c39f"
    "2a0016bf21ff6073bfec1949a0e21f8246f43179b1a90c187957c2cb802ad0cc00200"
)


def verify(stored_hash: str | None, password: str) -> bool:
    """Whether *password* matches *stored_hash*. Without an account (None) a dummy hash of the
    same cost is checked, so a login for an unknown username takes as long as a wrong password
    for a real one, and both answer the same."""
    if stored_hash is None:
        check_password_hash(DUMMY_HASH, password)
        return False
    return check_password_hash(stored_hash, password)
