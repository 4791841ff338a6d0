"""The schema comes from the migrations: they agree with the models, and a database of release
0.1 (made by create_all, before migrations) upgrades with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from pages import Visitor
from sqlalchemy import func, inspect, select

from quiz import MIGRATIONS, create_app
from quiz.database import init_db
from quiz.models import Attempt, Quiz, User, db

RELEASE_0_1 = Path(__file__).parent / "data" / "release-0.1.sql"  # schema and data, dumped


def _head() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def _version(connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def test_migrations_and_models_agree(app) -> None:
    with app.app_context(), db.engine.connect() as connection:
        assert _version(connection) == _head()
        differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []


def test_a_release_0_1_database_upgrades_with_its_data(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(RELEASE_0_1.read_text(encoding="utf-8"))
        for attempt in (2, 3):  # two tabs opened two attempts, as release 0.1 allowed
            connection.execute(
                "INSERT INTO attempts VALUES (?, 1, 2, '2026-11-21 09:00:00', NULL, NULL, 2)",
                (attempt,),
            )
            connection.execute(
                "INSERT INTO responses VALUES (?, ?, NULL, 0, 'stem', '[\"a\", \"b\"]', 0, NULL,"
                " '')",
                (attempt + 10, attempt),
            )
    before = {}
    with sqlite3.connect(path) as connection:
        for table in ("users", "documents", "quizzes", "questions", "options", "attempts"):
            before[table] = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    assert "alembic_version" not in {
        t
        for (t,) in sqlite3.connect(path).execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}",
            "SEEDS_DIR": str(tmp_path),  # no seeds: the old database already has its demo quiz
        }
    )
    with app.app_context():
        assert init_db() == 0
        with db.engine.connect() as connection:
            assert _version(connection) == _head()
            assert compare_metadata(MigrationContext.configure(connection), db.metadata) == []
        before["attempts"] -= 1  # the older of the two open attempts went
        for table, count in before.items():
            rows = db.session.scalar(select(func.count()).select_from(db.metadata.tables[table]))
            assert rows == count, table
        open_attempts = db.session.scalars(select(Attempt).where(Attempt.submitted_at.is_(None)))
        assert [a.id for a in open_attempts] == [3]
        quiz = db.session.scalar(select(Quiz))
        assert quiz.is_published and quiz.questions and all(q.key for q in quiz.questions)
        assert quiz.share_token  # published before links existed: still reachable, by its link
        attempt = db.session.get(Attempt, 1)
        assert (attempt.student.username, attempt.score, attempt.total) == ("ada", 1, 2)
        assert [r.correct for r in attempt.responses] == [True, False]
        assert "ada" in {u.username for u in db.session.scalars(select(User))}
        assert "alembic_version" in inspect(db.engine).get_table_names()
    visitor = Visitor(app.test_client())
    assert visitor.login("ada", "lovelace-1815").status_code == 302
    assert "Log out" in visitor.text("/")


def test_init_db_twice_changes_nothing(app) -> None:
    with app.app_context():
        quizzes = db.session.scalar(select(func.count()).select_from(Quiz))
        assert init_db() == 0
        assert db.session.scalar(select(func.count()).select_from(Quiz)) == quizzes
        with db.engine.connect() as connection:
            assert _version(connection) == _head()
