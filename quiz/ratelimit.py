"""Rate limits on logging in, registering and redeeming reset codes (Flask-Limiter): per
account and per address, counted in memory per worker, or in Redis when REDIS_URL is set.

The limits are read from the config at each request, so an instance config (or a test) may
change them; RATELIMIT_ENABLED = False turns them off.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from flask import Flask, current_app, g, request
from flask.wrappers import Response
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from quiz import devices, jobs, usernames

DEFAULTS = {
    # Failed logins of one account, from anywhere: guessing a password takes years.
    "LOGIN_LIMIT_PER_ACCOUNT": "10 per 15 minutes",
    # Failed logins from one address: a school's pupils may share one address, so it is high.
    "LOGIN_LIMIT_PER_ADDRESS": "100 per 15 minutes",
    # Registration forms sent from one address (a class registering at once stays under it).
    "REGISTER_LIMIT_PER_ADDRESS": "100 per hour",
    # Failed reset-code redemptions of one account, and from one address.
    "RESET_LIMIT_PER_ACCOUNT": "5 per 15 minutes",
    "RESET_LIMIT_PER_ADDRESS": "30 per 15 minutes",
}

limiter = Limiter(key_func=get_remote_address, headers_enabled=True)


def init_app(app: Flask) -> None:
    """Count in Redis when REDIS_URL is set (shared by every worker and machine), else in each
    worker's memory; the limits' defaults unless the config sets them."""
    for name, value in DEFAULTS.items():
        app.config.setdefault(name, value)
    app.config.setdefault("RATELIMIT_ENABLED", True)
    app.config.setdefault("RATELIMIT_STORAGE_URI", os.environ.get("REDIS_URL") or "memory://")
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)  # Redis down: memory
    timeouts = {"socket_connect_timeout": jobs.REDIS_TIMEOUT, "socket_timeout": jobs.REDIS_TIMEOUT}
    app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", timeouts)  # Redis hung: memory too
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "quiz-limits")
    limiter.init_app(app)


def setting(name: str) -> Callable[[], str]:
    """The limit the config holds under *name*, read at each request."""
    return lambda: current_app.config[name]


def by_address() -> str:
    """The key of the client's address."""
    return f"address:{get_remote_address()}"


def _named_account() -> str:
    """The account a login or reset form names, normalised as logins are (a long name is cut
    first: the key is kept in memory). Only the posted form counts: the views read their forms
    from it alone, so a JSON body cannot charge another account."""
    return usernames.normalise(request.form.get("username", "")[:100])[:60]


def by_named_account() -> str:
    """The key of the account the form names, whichever browser sends it (reset codes)."""
    return f"account:{_named_account()}"


def by_account() -> str:
    """The key of the account the form names; a browser that has logged in to it before
    (quiz/devices.py) has a key of its own, so someone else's wrong passwords for the name do
    not lock its owner out there."""
    name = _named_account()
    device = devices.known_for(name)
    return f"device:{device}:{name}" if device else f"account:{name}"


def by_address_unless_known() -> str:
    """The key of the client's address; a browser known for the account the form names counts
    on its own key instead, so one pupil's guesses from a school's shared address do not lock
    out everyone behind it on their own browsers."""
    name = _named_account()
    device = devices.known_for(name)
    return f"device-address:{device}:{name}" if device else by_address()


def by_own_account() -> str:
    """The key of the logged-in account (its own password checks, on the account page)."""
    return f"account:{g.user.username}"


def failed(response: Response) -> bool:
    """Whether a login or reset form failed: success redirects, a failure shows the form."""
    return response.status_code != 302


def limits(
    account: str | None,
    address: str,
    *,
    only_failures: bool,
    account_key: Callable[[], str] = by_account,
    address_key: Callable[[], str] = by_address,
) -> Callable:
    """Decorate a view: its POSTs (the failed ones if *only_failures*) count against the limits
    the config holds under *account* (per account, by *account_key*: the username the form
    names, by default) and *address* (per client address, by *address_key*)."""
    deduct_when = failed if only_failures else None

    def decorate(view: Callable) -> Callable:
        limited = view
        for name, key in ((account, account_key), (address, address_key)):
            if name:
                limited = limiter.limit(
                    setting(name), key_func=key, methods=["POST"], deduct_when=deduct_when
                )(limited)
        return limited

    return decorate
