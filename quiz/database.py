"""Database set-up: SQLite tuning, the schema, and the demo quiz from seeds/ on first run."""

from __future__ import annotations

import secrets
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from werkzeug.security import generate_password_hash

from quiz import quizzes
from quiz.generator.text import sentences
from quiz.models import TEACHER, User, db

DEMO_TEACHER = "demo-teacher"


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(connection, _record) -> None:
    """SQLite: enforce foreign keys, let readers and one writer work at once, wait for locks."""
    if type(connection).__module__.startswith("sqlite3"):
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def init_db(*, load_seeds: bool = True) -> int:
    """Create the schema (if missing) and, on an empty database, the demo quizzes.

    Returns the number of demo quizzes created.
    """
    db.create_all()
    if not load_seeds or db.session.scalar(select(User).limit(1)) is not None:
        return 0
    demo = User(
        username=DEMO_TEACHER,
        password_hash=generate_password_hash(secrets.token_urlsafe(32)),  # nobody logs in
        role=TEACHER,
    )
    db.session.add(demo)
    db.session.flush()
    created = 0
    for path in sorted(Path(current_app.config["SEEDS_DIR"]).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        quiz, _note = quizzes.build_quiz(
            demo.id,
            f"Demo: {_title(text, path.stem)}",
            text,
            document_name=path.name,
            count=None,
            choices=4,
        )
        quizzes.publish(quiz)
        created += 1
    db.session.commit()
    return created


def _title(text: str, fallback: str) -> str:
    """A short title from a text's first sentence: 'President Joe Biden plans to send more…'."""
    found, _date = sentences(text)
    if not found:
        return fallback
    words = found[0].text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


@click.command("init-db")
@click.option("--no-seeds", is_flag=True, help="Do not create the demo quizzes.")
@with_appcontext
def init_db_command(no_seeds: bool) -> None:
    """Create the database tables and, on first run, a demo quiz per text in seeds/."""
    created = init_db(load_seeds=not no_seeds)
    click.echo(f"Database ready ({created} demo quiz{'' if created == 1 else 'zes'} created).")


def init_app(app: Flask) -> None:
    """Register the init-db command on the app (`flask --app quiz init-db`)."""
    app.cli.add_command(init_db_command)
