"""The school's time zone: times are stored in UTC and shown and entered in local time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, current_app


def zone() -> ZoneInfo:
    """The time zone of this installation (``TIMEZONE`` in instance/config.py; UTC by default)."""
    return ZoneInfo(current_app.config["TIMEZONE"])


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive local time, as a form gives it, in naive UTC, as the database stores it."""
    return local.replace(tzinfo=zone()).astimezone(dt.UTC).replace(tzinfo=None)


def to_local(utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the school's zone, aware."""
    return utc.replace(tzinfo=dt.UTC).astimezone(zone())


def shown(utc: dt.datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time as people read it: local, with its zone when it shows the hour
    ('2026-11-26 09:30 CET', '2026-11-26')."""
    if utc is None:
        return ""
    local = to_local(utc)
    return (
        f"{local.strftime(pattern)} {local.tzname()}"
        if "%H" in pattern
        else local.strftime(pattern)
    )


def init_app(app: Flask) -> None:
    """Check the configured zone and give templates the `local` filter."""
    try:
        ZoneInfo(app.config["TIMEZONE"])
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise RuntimeError(
            f"TIMEZONE = {app.config['TIMEZONE']!r} in instance/config.py is no IANA time zone"
            " (for example 'Europe/London')"
        ) from error
    app.add_template_filter(shown, "local")
