"""Database set-up: SQLite tuning, the schema from the migrations, and the demo quiz from seeds/
on first run."""

from __future__ import annotations

import secrets
from pathlib import Path

import click
import flask_migrate
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import event, inspect, select
from sqlalchemy.engine import Engine
from werkzeug.security import generate_password_hash

from quiz import quizzes
from quiz.generator.text import sentences
from quiz.models import DEMO_TEACHER, TEACHER, User, db
from quiz.wording import plural

# The first migration: the schema release 0.1 made with create_all, before migrations existed.
BASELINE_REVISION = "464d538dcae8"


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(connection, _record) -> None:
    """SQLite: enforce foreign keys, let readers and one writer work at once, wait for locks."""
    if type(connection).__module__.startswith("sqlite3"):
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def upgrade_schema() -> None:
    """Bring the schema to the latest migration. A database release 0.1 made without
    migrations (it has the tables but no version) is first marked as the baseline."""
    tables = set(inspect(db.engine).get_table_names())
    if "users" in tables and "alembic_version" not in tables:
        flask_migrate.stamp(revision=BASELINE_REVISION)
    flask_migrate.upgrade()


def init_db(*, load_seeds: bool = True) -> int:
    """Upgrade the schema and, on an empty database, create the demo quizzes.

    Returns the number of demo quizzes created.
    """
    upgrade_schema()
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
        quizzes.toggle_share(quiz)  # samples anyone logged in may try, from the home page
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
    """Upgrade the database to the latest schema and, on first run, make a demo quiz per text
    in seeds/."""
    created = init_db(load_seeds=not no_seeds)
    click.echo(f"Database ready ({plural(created, 'demo quiz', 'demo quizzes')} created).")


def init_app(app: Flask) -> None:
    """Register the init-db command on the app (`flask --app quiz init-db`)."""
    app.cli.add_command(init_db_command)
