"""Backup and restore (`quiz export-all`, `quiz import-all`): a school's site written to one
archive and restored row for row into an empty database, SQLite or PostgreSQL; a database with
rows, a damaged archive or one of another schema is refused with one clear line and nothing
written."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlalchemy
from click.testing import CliRunner
from conftest import SEED, TEST_DATABASE
from pages import TEACHER_CODE, Visitor, attempt_on, submit_with_right
from sqlalchemy import func, inspect, select

from quiz import accounts, backup, create_app, quizzes
from quiz.cli import main
from quiz.database import init_db, upgrade_schema
from quiz.models import (
    Assignment,
    Attempt,
    GenerationJob,
    Quiz,
    Response,
    SchoolClass,
    User,
    db,
)


def _site(uri: str):
    """A site on the database at *uri*, set up like the tests' (conftest.py)."""
    return create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": uri,
            "SEEDS_DIR": str(SEED.parent),
            "TEACHER_CODE": TEACHER_CODE,
            "RATELIMIT_ENABLED": False,
        }
    )


def _rows(site) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with site.app_context(), db.engine.connect() as connection:
        if not inspect(connection).get_table_names():
            return {}
        return {
            table.name: list(connection.execute(select(table).order_by(*table.primary_key)))
            for table in db.metadata.sorted_tables
        }


@pytest.fixture
def school(tmp_path, short_text):
    """A SQLite site in use: tess (a teacher and admin, with an open invitation) with class 9B
    of ann and ben (ben has a reset code and has logged out), quiz 'NATO' shared by link and
    assigned (ann: one attempt submitted, one open), quiz 'Closed' closed, and the demo quiz."""
    site = _site(f"sqlite:///{tmp_path / 'school.sqlite'}")
    with site.app_context():
        init_db()
    visitor = Visitor(site.test_client())
    visitor.register("tess", "teacher")
    nato = visitor.published_quiz(short_text, "NATO")
    closed = visitor.published_quiz(short_text, "Closed")
    visitor.post(f"/teach/{closed}/close", form_page=f"/teach/{closed}")
    visitor.post("/classes/new", {"name": "9B"})
    with site.app_context():
        school_class = db.session.scalars(select(SchoolClass)).one()
        class_id, code = school_class.id, school_class.join_code
    visitor.post(
        f"/teach/{nato}/assign",
        {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
    )
    visitor.logout()
    for name in ("ben", "ann"):
        visitor.register(name)
        visitor.post("/classes/join", {"code": code})
        visitor.logout()
    with site.app_context():
        assignment = db.session.scalars(select(Assignment.id)).one()
        tess = db.session.scalar(select(User).where(User.username == "tess"))
        ben = db.session.scalar(select(User).where(User.username == "ben"))
        tess.is_admin = True
        accounts.invite_teacher(tess.id)
        accounts.make_reset_code(ben.id, tess.id)
        quizzes.toggle_share(db.session.get(Quiz, nato))
        db.session.commit()
    visitor.login("ann")
    submit_with_right(site, visitor, attempt_on(visitor.start(assignment)), right=2)
    visitor.start(assignment)  # left open
    visitor.logout()
    with site.app_context():
        db.engine.dispose()
    return {"site": site, "class": class_id, "url": f"sqlite:///{tmp_path / 'school.sqlite'}"}


def _export(school, tmp_path: Path) -> Path:
    archive = tmp_path / "backup.zip"
    with school["site"].app_context():
        backup.export_all(db.engine, archive)
    return archive


def _import(site, archive: Path) -> dict[str, int]:
    with site.app_context():
        try:
            return backup.import_all(db.engine, archive, upgrade_schema)
        finally:
            db.engine.dispose()


def _gradebook(site, class_id: int) -> str:
    visitor = Visitor(site.test_client())
    assert visitor.login("tess").status_code == 302
    return visitor.text(f"/classes/{class_id}/gradebook.csv")


def _assert_same_site(school, restored) -> None:
    """Every backed-up table row for row; no job rows; the same people log in and see the same
    grades; and new rows get new ids."""
    before, after = _rows(school["site"]), _rows(restored)
    assert before["generation_jobs"] and after["generation_jobs"] == []
    for table in backup.backed_up_tables():
        assert before[table.name], f"the school has no {table.name}: nothing is compared"
        assert after[table.name] == before[table.name], table.name
    assert any(row.share_token for row in after["quizzes"])
    assert any(row.closed_at for row in after["quizzes"])
    assert any(row.spares_json != "[]" for row in after["quizzes"])
    with restored.app_context():
        assert db.session.scalar(select(User.is_admin).where(User.username == "tess"))
        open_attempts = select(func.count()).where(Attempt.submitted_at.is_(None))
        assert db.session.scalar(open_attempts.select_from(Attempt)) == 1
    for name in ("ann", "ben"):
        visitor = Visitor(restored.test_client())
        assert visitor.login(name).status_code == 302
        assert "Log out" in visitor.text("/")
    book = _gradebook(restored, school["class"])
    assert book == _gradebook(school["site"], school["class"])
    assert "ann" in book
    newcomer = Visitor(restored.test_client())  # new rows take ids past the restored ones
    assert newcomer.register("cat").status_code == 302
    (code,) = {row.join_code for row in before["classes"]}
    assert newcomer.post("/classes/join", {"code": code}).status_code == 302
    (assignment,) = {row.id for row in before["assignments"]}
    attempt = attempt_on(newcomer.start(assignment))
    assert attempt == max(row.id for row in before["attempts"]) + 1
    with restored.app_context():
        cat = db.session.scalar(select(User).where(User.username == "cat"))
        assert cat.id == max(row.id for row in before["users"]) + 1
        responses = [response.id for response in db.session.get(Attempt, attempt).responses]
        assert min(responses) == max(row.id for row in before["responses"]) + 1


def test_a_backup_restores_row_for_row_into_an_empty_sqlite_database(school, tmp_path) -> None:
    archive = _export(school, tmp_path)
    restored = _site(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    counts = _import(restored, archive)
    assert counts["users"] == 4 and counts["attempts"] == 2 and "generation_jobs" not in counts
    _assert_same_site(school, restored)


def test_the_archive_is_a_manifest_and_a_json_lines_file_per_table(school, tmp_path) -> None:
    archive = _export(school, tmp_path)
    assert archive.stat().st_mode & 0o077 == 0  # password hashes: the owner's eyes only
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        users = [json.loads(line) for line in opened.read("users.jsonl").splitlines()]
    assert manifest["format"] == "quiz-backup" and manifest["format_version"] == 1
    assert manifest["alembic_revision"] == backup.schema_revision()
    assert [entry["table"] for entry in manifest["tables"]] == [
        table.name for table in backup.backed_up_tables()
    ]
    assert {entry["table"]: entry["rows"] for entry in manifest["tables"]}["users"] == 4
    tess = next(user for user in users if user["username"] == "tess")
    assert tess["is_admin"] is True and tess["password_hash"].startswith("scrypt:")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", tess["created_at"])  # UTC


def test_a_database_with_rows_is_refused_and_unchanged(school, tmp_path) -> None:
    archive = _export(school, tmp_path)
    target = _site(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    with target.app_context():
        init_db()  # the demo quiz
        db.engine.dispose()
    before = _rows(target)
    with pytest.raises(backup.BackupError, match=r"^the database is not empty \(users has 1 row\)"):
        _import(target, archive)
    assert _rows(target) == before


def _rewrite(archive: Path, change) -> None:
    """Rewrite *archive* with change(name, data) applied to each member."""
    with zipfile.ZipFile(archive) as opened:
        members = {name: opened.read(name) for name in opened.namelist()}
    with zipfile.ZipFile(archive, "w") as rewritten:
        for name, data in members.items():
            rewritten.writestr(name, change(name, data))


def _manifest_with(**fields):
    def change(name: str, data: bytes) -> bytes:
        return (
            json.dumps({**json.loads(data), **fields}).encode() if name == "manifest.json" else data
        )

    return change


def _first_table_entry_with(**fields):
    """A change of the manifest's first table entry, as a crafted archive would have it."""

    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["tables"][0] |= fields
        return json.dumps(manifest).encode()

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (  # the last table: the rows written before it are rolled back
            lambda name, data: (
                data.replace(b'"position":0', b'"position":9', 1)
                if name == "responses.jsonl"
                else data
            ),
            "the archive is damaged: responses.jsonl does not match its manifest entry",
        ),
        (
            lambda name, data: data.rsplit(b"\n", 2)[0] if name == "options.jsonl" else data,
            "the archive is damaged: options.jsonl does not match its manifest entry",
        ),
        (
            lambda name, data: b"not json\n" + data if name == "quizzes.jsonl" else data,
            "the archive is damaged: quizzes.jsonl line 1 is not JSON",
        ),
        (_manifest_with(alembic_revision="0123456789ab"), "holds schema revision 0123456789ab"),
        (_manifest_with(format_version=2), "is a backup of format version 2; this release reads"),
        (_manifest_with(format="other"), "is not a quiz backup"),
        (_first_table_entry_with(file=["x"]), "lacks table entries"),
        (_first_table_entry_with(file="../users.jsonl"), "lacks table entries"),
        (_first_table_entry_with(next_id=10**30), "lacks table entries"),
    ],
)
def test_a_damaged_archive_is_refused_and_the_database_stays_empty(
    school, tmp_path, change, message
) -> None:
    archive = _export(school, tmp_path)
    _rewrite(archive, change)
    target = _site(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    with pytest.raises(backup.BackupError, match=re.escape(message)):
        _import(target, archive)
    assert not any(_rows(target).values())


def _edit_by_hand(archive: Path, table: str, edit) -> None:
    """Change the first row of *table*'s file and make the manifest's checksum fit, as an
    operator who edits an archive would: the rows themselves are then checked."""
    name = f"{table}.jsonl"
    with zipfile.ZipFile(archive) as opened:
        first, rest = opened.read(name).split(b"\n", 1)
    edited = json.dumps(edit(json.loads(first))).encode() + b"\n" + rest

    def change(member: str, data: bytes) -> bytes:
        if member == name:
            return edited
        if member == "manifest.json":
            manifest = json.loads(data)
            for entry in manifest["tables"]:
                if entry["table"] == table:
                    entry["sha256"] = hashlib.sha256(edited).hexdigest()
            return json.dumps(manifest).encode()
        return data

    _rewrite(archive, change)


@pytest.mark.parametrize(
    ("table", "edit", "message"),
    [
        (
            "users",
            lambda row: {**row, "created_at": row["created_at"] + "+02:00"},
            "users.jsonl line 1: created_at is unreadable",
        ),
        (
            "users",
            lambda row: {**row, "is_admin": "yes"},
            "users.jsonl line 1: is_admin is not bool",
        ),
        ("users", lambda row: {**row, "id": None}, "users.jsonl line 1 has no id"),
        ("options", lambda row: {**row, "colour": "red"}, "options.jsonl line 1 has other columns"),
        (  # the second user named as the first: the database's own constraint refuses it
            "users",
            lambda row: {**row, "id": 2},
            "the archive's rows do not fit the database, nothing was restored: UNIQUE constraint",
        ),
    ],
)
def test_rows_edited_into_nonsense_are_refused_and_the_database_stays_empty(
    school, tmp_path, table, edit, message
) -> None:
    archive = _export(school, tmp_path)
    _edit_by_hand(archive, table, edit)
    target = _site(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    with pytest.raises(backup.BackupError, match=re.escape(message)):
        _import(target, archive)
    assert not any(_rows(target).values())


def test_binary_values_are_base64() -> None:
    upload = GenerationJob.__table__.c.upload  # the only binary column (jobs are left out)
    stored = backup._encode(b"\x00PK\xff")
    assert stored == "AFBL/w=="
    assert backup._decoded(upload, stored, "generation_jobs.jsonl line 1") == b"\x00PK\xff"


def test_a_truncated_archive_is_refused_before_the_database_is_touched(school, tmp_path) -> None:
    archive = _export(school, tmp_path)
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    target = _site(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    with pytest.raises(backup.BackupError, match="is not a quiz backup, or a truncated one"):
        _import(target, archive)
    assert _rows(target) == {}  # not even the schema


def _cli(arguments: list[str], database: str):
    return CliRunner().invoke(main, arguments, env={"DATABASE_URL": database})


def test_the_commands_exit_codes_and_messages(school, tmp_path) -> None:
    archive = tmp_path / "school.zip"
    written = _cli(["export-all", str(archive)], school["url"])
    assert written.exit_code == 0, written.output
    assert written.stdout.startswith(f"Wrote {archive}: users 4, ")
    empty = f"sqlite:///{tmp_path / 'new.sqlite'}"
    restored = _cli(["import-all", str(archive)], empty)
    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith(f"Restored {archive}: users 4, ")
    again = _cli(["import-all", str(archive)], empty)
    assert again.exit_code == 1
    assert again.stderr == (
        "quiz: error: the database is not empty (users has 4 rows): restore only into a new, "
        "empty database\n"
    )
    (tmp_path / "notes.txt").write_text("not an archive")
    other = _cli(["import-all", str(tmp_path / "notes.txt")], f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert other.exit_code == 1 and other.stderr.count("\n") == 1
    assert "is not a quiz backup, or a truncated one" in other.stderr
    missing = _cli(["import-all", str(tmp_path / "none.zip")], empty)
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    unwritable = _cli(["export-all", str(tmp_path / "no" / "such" / "dir.zip")], school["url"])
    assert unwritable.exit_code == 1
    assert unwritable.stderr.startswith("quiz: error: cannot write ")
    assert "Traceback" not in unwritable.stderr + other.stderr + again.stderr


def test_a_database_of_another_revision_is_not_backed_up(tmp_path) -> None:
    uri = f"sqlite:///{tmp_path / 'old.sqlite'}"
    site = _site(uri)
    with site.app_context():
        init_db(load_seeds=False)
        with db.engine.begin() as connection:
            connection.execute(sqlalchemy.text("UPDATE alembic_version SET version_num = 'old'"))
        db.engine.dispose()
    result = _cli(["export-all", str(tmp_path / "old.zip")], uri)
    assert result.exit_code == 1
    assert "the database's schema is at revision old" in result.stderr
    assert not (tmp_path / "old.zip").exists()


def _empty_postgresql():
    """The site on QUIZ_TEST_DATABASE_URL, without tables."""
    site = _site(TEST_DATABASE)
    with site.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sqlalchemy.text("DROP TABLE IF EXISTS alembic_version"))
        db.engine.dispose()
    return site


ON_POSTGRESQL = pytest.mark.skipif(
    not TEST_DATABASE, reason="QUIZ_TEST_DATABASE_URL is not set (make test-postgres sets it)"
)


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgresql", marks=ON_POSTGRESQL)])
def test_ids_of_rows_deleted_before_the_backup_are_not_given_again(
    school, tmp_path, engine
) -> None:
    """Attempt ids are never reused (AUTOINCREMENT on SQLite, sequences on PostgreSQL): the
    restored database goes on from where the backed-up one was."""
    with school["site"].app_context():
        deleted = db.session.scalar(select(func.max(Attempt.id)))
        db.session.execute(sqlalchemy.delete(Response).where(Response.attempt_id == deleted))
        db.session.execute(sqlalchemy.delete(Attempt).where(Attempt.id == deleted))
        db.session.commit()
        db.engine.dispose()
    archive = _export(school, tmp_path)
    if engine == "sqlite":
        restored = _site(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    else:
        restored = _empty_postgresql()
    _import(restored, archive)
    try:
        visitor = Visitor(restored.test_client())
        visitor.login("ann")
        with restored.app_context():
            assignment = db.session.scalars(select(Assignment.id)).one()
        assert attempt_on(visitor.start(assignment)) == deleted + 1
    finally:
        with restored.app_context():
            db.engine.dispose()


@ON_POSTGRESQL
def test_a_sqlite_backup_restores_into_postgresql_and_back(school, tmp_path) -> None:
    archive = _export(school, tmp_path)
    target = _empty_postgresql()
    _import(target, archive)
    try:
        _assert_same_site(school, target)
        again = tmp_path / "from-postgresql.zip"  # and back, from PostgreSQL's snapshot
        with target.app_context():
            backup.export_all(db.engine, again)
        back = _site(f"sqlite:///{tmp_path / 'back.sqlite'}")
        _import(back, again)
        assert _rows(back) == _rows(target)
        with pytest.raises(backup.BackupError, match="the database is not empty"):
            _import(target, archive)
    finally:
        with target.app_context():
            db.engine.dispose()


def test_a_failed_import_leaves_no_sqlite_file_it_created(school, tmp_path) -> None:
    archive = tmp_path / "school.zip"
    assert _cli(["export-all", str(archive)], school["url"]).exit_code == 0
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(archive.read_bytes())
    _rewrite(
        damaged, lambda name, data: data.rsplit(b"\n", 2)[0] if name == "options.jsonl" else data
    )
    new = tmp_path / "new.sqlite"
    failed = _cli(["import-all", str(damaged)], f"sqlite:///{new}")
    assert failed.exit_code == 1 and "options.jsonl does not match" in failed.stderr
    assert not new.exists()
    assert [path.name for path in tmp_path.glob("new.sqlite*")] == []  # no journal either
    given = tmp_path / "given.sqlite"
    given.touch()  # a file the operator made is theirs: it stays
    assert _cli(["import-all", str(damaged)], f"sqlite:///{given}").exit_code == 1
    assert given.exists()
    assert _cli(["import-all", str(archive)], f"sqlite:///{new}").exit_code == 0
    assert new.exists()


def test_a_failed_import_keeps_a_file_another_process_filled_or_a_link(
    school, tmp_path, monkeypatch
) -> None:
    """A site started on the same new file during the restore (which the README says not to
    do) makes the restore fail as not empty: the site's database stays. So does a link the
    operator made to a file not there yet."""
    archive = tmp_path / "school.zip"
    assert _cli(["export-all", str(archive)], school["url"]).exit_code == 0
    new = tmp_path / "new.sqlite"
    url = f"sqlite:///{new}"
    opened = backup._open_archive

    def a_site_starts_meanwhile(path):
        other = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url})
        with other.app_context():
            init_db()  # the demo teacher and quiz
            db.engine.dispose()
        return opened(path)

    monkeypatch.setattr(backup, "_open_archive", a_site_starts_meanwhile)
    failed = _cli(["import-all", str(archive)], url)
    assert failed.exit_code == 1 and "not empty" in failed.stderr
    assert new.exists()
    with sqlite3.connect(new) as connection:
        assert connection.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    monkeypatch.undo()
    link = tmp_path / "link.sqlite"
    link.symlink_to(tmp_path / "elsewhere" / "quiz.sqlite")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"not a zip")
    assert _cli(["import-all", str(damaged)], f"sqlite:///{link}").exit_code == 1
    assert link.is_symlink()
