"""Monitoring: /health says the web process answers; /healthz also checks that the database
takes a write and that the job queue answers (503 when either does not)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, current_app, jsonify
from huey.storage import RedisStorage, SqliteStorage
from sqlalchemy import text

from quiz import jobs
from quiz.models import db

bp = Blueprint("health", __name__)

# The schema's version row, written over with itself and rolled back: a real write, which a
# database that only reads (a read-only disk, a full one, a standby server) refuses.
_WRITE = text("UPDATE alembic_version SET version_num = version_num")


@bp.route("/health")
def health() -> tuple[str, int, dict[str, str]]:
    """A liveness check for monitoring (and the baseline route of the load benchmark)."""
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


def database_writable() -> None:
    """Raise unless the database takes a write (which is rolled back)."""
    with db.engine.connect() as connection:
        try:
            connection.execute(_WRITE)
        except Exception:
            connection.invalidate()  # a connection opened read-only stays so: open a new one
            raise
        connection.rollback()


def queue_answers() -> None:
    """Raise unless the job queue's store answers: Redis a ping, Huey's SQLite file a write
    that changes nothing. (The tests' in-memory queue always answers.)"""
    storage = jobs.huey.storage
    if isinstance(storage, RedisStorage):
        storage.conn.ping()
    elif isinstance(storage, SqliteStorage):
        storage.sql("DELETE FROM task WHERE 0", commit=True)


CHECKS: dict[str, Callable[[], None]] = {"database": database_writable, "queue": queue_answers}


def _state(name: str, check: Callable[[], None]) -> str:
    try:
        check()
    except Exception as error:  # whatever the driver raises, the answer is "failing"
        current_app.logger.warning("health check: the %s is failing: %s", name, error)
        return "failing"
    return "ok"


@bp.route("/healthz")
def healthz() -> Any:
    """{"status", "database", "queue"}, each "ok" or "failing": 200 when all are ok, else 503."""
    states = {name: _state(name, check) for name, check in CHECKS.items()}
    healthy = all(state == "ok" for state in states.values())
    response = jsonify(status="ok" if healthy else "failing", **states)
    response.status_code = 200 if healthy else 503
    response.headers["Cache-Control"] = "no-store"
    return response
