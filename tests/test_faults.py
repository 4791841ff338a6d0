"""Faults: a web worker killed during a submit, a database that refuses connections, is locked,
turns read-only or fills its disk, and a queue worker killed while it stores a quiz. Each time
the user gets a clear page (status and message, no traceback), nothing is half-written, and
the site recovers by itself once the fault is gone.

The real processes (gunicorn, `quiz worker`) are paused at the chosen moment by hooks this file
writes to a temporary folder: a gunicorn config file, a module imported before the worker's
command line. The site's code has no test hooks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED, SHORT_TEXT, TEST_DATABASE, emptied
from huey.storage import SqliteStorage
from markupsafe import escape
from pages import CSRF, TEACHER_CODE, Visitor
from processes import WAIT, free_port, kill_group, made_by_worker, start_worker, until
from sqlalchemy import event, func, select

from quiz import create_app, generation, jobs
from quiz.database import init_db
from quiz.errors import MESSAGES
from quiz.models import (
    JOB_FAILED,
    JOB_RUNNING,
    Attempt,
    Document,
    GenerationJob,
    Question,
    Quiz,
    User,
    db,
    utcnow,
)

UNAVAILABLE = MESSAGES[503]
sqlite_only = pytest.mark.skipif(
    bool(TEST_DATABASE), reason="emulated with SQLite's pragmas (the tests' default database)"
)


def _assert_clear(response: Any, status: int, message: str) -> None:
    """The user's page: the status, the site's message, no trace of the fault's internals."""
    body = response.get_data(as_text=True)
    assert response.status_code == status, body
    assert str(escape(message)) in body
    for leak in ("Traceback", "sqlite3", "psycopg", "OperationalError", "SELECT ", "UPDATE "):
        assert leak not in body


# --- a student with an open attempt at the demo quiz ------------------------------------------


class Taker:
    """A logged-in student with an open attempt at the shared demo quiz, and its form."""

    def __init__(self, app: Any, visitor: Visitor, name: str = "sam") -> None:
        self.app, self.client = app, visitor.client
        visitor.register(name)
        with app.app_context():
            self.student = db.session.scalar(select(User.id).where(User.username == name))
            token = db.session.scalar(select(Quiz.share_token).where(Quiz.share_token.is_not(None)))
        page = self.client.get(f"/q/{token}").get_data(as_text=True)
        self.csrf = CSRF.search(page).group(1)
        with app.app_context():
            attempt = db.session.scalars(
                select(Attempt).where(Attempt.student_id == self.student)
            ).one()
            self.attempt = attempt.id
            self.answers = {f"q{r.position}": "0" for r in attempt.responses}
            self.points = sum(r.key_index == 0 for r in attempt.responses)
        self.url = f"/attempts/{self.attempt}/submit"
        self.form = {"csrf_token": self.csrf, **self.answers}

    def submit(self) -> Any:
        return self.client.post(self.url, data=self.form)

    def stored(self) -> tuple[bool, int | None, set[int | None], int]:
        """(submitted, score, the answers stored, how many attempts the student has)."""
        with self.app.app_context():
            attempt = db.session.get(Attempt, self.attempt)
            count = db.session.scalar(
                select(func.count(Attempt.id)).where(Attempt.student_id == self.student)
            )
            chosen = {r.chosen_index for r in attempt.responses}
            return attempt.submitted_at is not None, attempt.score, chosen, count

    def assert_open(self) -> None:
        """Still open, nothing of the answers stored."""
        assert self.stored() == (False, None, {None}, 1)

    def assert_submitted_once(self) -> None:
        """Submitted once, with every answer and the score they earn."""
        assert self.stored() == (True, self.points, {0}, 1)


# --- database faults, injected into the site's engine -----------------------------------------


class DatabaseFault:
    """Switches a fault on the site's database on and off; each connection the site takes
    from its pool is set up to match, so the site itself does nothing to recover."""

    def __init__(self, app: Any) -> None:
        with app.app_context():
            self.engine = db.engine
        self.state: str | None = None
        with self.engine.connect() as connection:
            self.max_pages = connection.exec_driver_sql("PRAGMA max_page_count").scalar()
        event.listen(self.engine, "do_connect", self._connect)
        event.listen(self.engine, "checkout", self._checkout)

    def __call__(self, state: str | None) -> None:
        """'down' (connections refused, open ones gone), 'locked' (another process holds the
        write lock; the site waits a short busy timeout), 'read-only', 'full' or None."""
        self.state = state
        if state == "down":
            self.engine.dispose()

    def remove(self) -> None:
        event.remove(self.engine, "do_connect", self._connect)
        event.remove(self.engine, "checkout", self._checkout)

    def _connect(self, dialect: Any, *_args: Any) -> None:
        if self.state == "down":
            raise dialect.loaded_dbapi.OperationalError("connection refused (test fault)")

    def _checkout(self, connection: Any, *_args: Any) -> None:
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA query_only = {int(self.state == 'read-only')}")
        cursor.execute(f"PRAGMA max_page_count = {1 if self.state == 'full' else self.max_pages}")
        cursor.execute(f"PRAGMA busy_timeout = {200 if self.state == 'locked' else 10000}")
        cursor.close()


@pytest.fixture
def fault(app) -> Iterator[DatabaseFault]:
    switch = DatabaseFault(app)
    yield switch
    switch.remove()


@sqlite_only
def test_a_database_that_refuses_connections_gets_a_clear_page_and_the_site_recovers(
    app, visitor, fault
) -> None:
    taker = Taker(app, visitor)
    fault("down")
    _assert_clear(taker.client.get("/"), 503, UNAVAILABLE)
    failed = taker.submit()
    _assert_clear(failed, 503, UNAVAILABLE)
    assert failed.headers["Retry-After"] == "60"
    fault(None)  # the database is back: the next request works, nothing restarted
    taker.assert_open()
    assert taker.client.get("/").status_code == 200
    assert taker.submit().location == f"/attempts/{taker.attempt}"
    taker.assert_submitted_once()


@sqlite_only
def test_a_database_locked_past_the_busy_timeout_gets_a_clear_page(app, visitor, fault) -> None:
    taker = Taker(app, visitor)
    fault("locked")
    with app.app_context():
        path = db.engine.url.database
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing, for longer than the timeout
    try:
        _assert_clear(taker.submit(), 503, UNAVAILABLE)
    finally:
        other.execute("ROLLBACK")
        other.close()
    taker.assert_open()
    assert taker.submit().status_code == 302
    taker.assert_submitted_once()


@sqlite_only
def test_a_read_only_database_reads_writes_nothing_and_recovers(app, visitor, fault) -> None:
    taker = Taker(app, visitor)
    fault("read-only")
    assert taker.client.get("/").status_code == 200  # reading still works
    _assert_clear(taker.submit(), 503, UNAVAILABLE)
    fault(None)
    taker.assert_open()
    assert taker.submit().status_code == 302
    taker.assert_submitted_once()


def _counts(app) -> tuple[int, int, int, int]:
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(table))
            for table in (Document, GenerationJob, Quiz, Question)
        )


@sqlite_only
def test_a_full_disk_saves_nothing_of_a_new_quiz_and_recovers(
    app, visitor, fault, seed_text
) -> None:
    visitor.register("tess", "teacher")
    before = _counts(app)
    form = CSRF.search(visitor.text("/teach/new")).group(1)
    data = {"title": "No room", "text": seed_text, "count": 5, "choices": 4, "seed": ""}
    fault("full")  # the text needs new pages of the database file: there is no room for them
    failed = visitor.client.post("/teach/new", data={"csrf_token": form, **data})
    _assert_clear(failed, 503, UNAVAILABLE)
    fault(None)
    assert _counts(app) == before
    assert "questions generated" in visitor.new_quiz(seed_text, title="Room again").get_data(
        as_text=True
    )


# --- a real PostgreSQL server, stopped and started, made read-only and writable again --------

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")


class PostgreSQL:
    """A private PostgreSQL server in a folder (run as the postgres account when we are root)."""

    def __init__(self) -> None:
        # Not under pytest's tmp_path, which the postgres account may not enter.
        self.folder, self.port = Path(tempfile.mkdtemp(prefix="quiz-faults-pg-")), free_port()
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.folder, "postgres")
        data = str(self.folder / "data")
        self._run("initdb", "-D", data, "-A", "trust", "-U", "quiz", "--no-sync")
        self.data = data
        self.url = f"postgresql+psycopg://quiz@127.0.0.1:{self.port}/postgres"

    def _run(self, program: str, *args: str) -> None:
        command = [*self.as_owner, str(POSTGRES_BIN / program), *args]
        subprocess.run(command, check=True, capture_output=True, timeout=WAIT)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "log")
        self._run("pg_ctl", "-D", self.data, "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def read_only(self, on: bool) -> None:
        """Every transaction read-only from now on (as on a standby), or not."""
        setting = "SET default_transaction_read_only = on" if on else "RESET ALL"
        for sql in (f"ALTER SYSTEM {setting}", "SELECT pg_reload_conf()"):
            self._run(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "quiz",
                "-d",
                "postgres",
                "-qc",
                sql,
            )


@pytest.fixture
def postgres_site() -> Iterator[tuple[Any, PostgreSQL]]:
    """A site on a private PostgreSQL server, with the demo quiz."""
    if not (POSTGRES_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed (apt-get install postgresql)")
    server = PostgreSQL()
    server.start()
    try:
        app = create_app(
            {
                "TESTING": True,
                "SECRET_KEY": "test",
                "SQLALCHEMY_DATABASE_URI": server.url,
                "SEEDS_DIR": str(SEED.parent),
                "TEACHER_CODE": TEACHER_CODE,
                "RATELIMIT_ENABLED": False,
            }
        )
        with app.app_context():
            init_db()
        yield app, server
        with app.app_context():
            db.engine.dispose()
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


def test_postgresql_stopped_gets_a_clear_page_and_the_site_recovers_once_started(
    postgres_site,
) -> None:
    app, server = postgres_site
    visitor = Visitor(app.test_client())
    taker = Taker(app, visitor)
    server.stop()
    _assert_clear(taker.client.get("/"), 503, UNAVAILABLE)
    _assert_clear(taker.submit(), 503, UNAVAILABLE)
    server.start()
    assert taker.client.get("/").status_code == 200  # the very first request after it is back
    taker.assert_open()
    assert taker.submit().location == f"/attempts/{taker.attempt}"
    taker.assert_submitted_once()


def test_postgresql_restarted_between_requests_is_not_noticed(postgres_site) -> None:
    app, server = postgres_site
    visitor = Visitor(app.test_client())
    taker = Taker(app, visitor)  # the site's pool holds connections to the server
    server.stop()
    server.start()  # they are gone, unseen: the next request must not fail on them
    assert taker.client.get("/").status_code == 200
    assert taker.submit().location == f"/attempts/{taker.attempt}"
    taker.assert_submitted_once()


def test_postgresql_read_only_writes_nothing_and_recovers(postgres_site) -> None:
    app, server = postgres_site
    visitor = Visitor(app.test_client())
    taker = Taker(app, visitor)
    server.read_only(True)
    assert taker.client.get("/").status_code == 200  # reading still works
    _assert_clear(taker.submit(), 503, UNAVAILABLE)
    server.read_only(False)
    taker.assert_open()
    assert taker.submit().location == f"/attempts/{taker.attempt}"
    taker.assert_submitted_once()


# --- a web worker killed during a submit ------------------------------------------------------

GUNICORN_HOOKS = '''
"""gunicorn config of tests/test_faults.py: the first worker stops at QUIZ_FAULT_AT of a submit
(after its writes, before its commit; or after its commit) and says so in QUIZ_FAULT_MARKER."""
import os
import threading
import time
from pathlib import Path

MARKER = Path(os.environ["QUIZ_FAULT_MARKER"])
AT = os.environ["QUIZ_FAULT_AT"]


def post_worker_init(worker):
    if MARKER.exists():
        return  # a worker started after the kill works as usual
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    scored = threading.local()

    def stop():
        MARKER.write_text(str(os.getpid()))
        while True:
            time.sleep(1)

    @event.listens_for(Engine, "after_cursor_execute")
    def written(conn, cursor, statement, *args):
        if statement.startswith("UPDATE attempts SET submitted_at"):
            if AT == "before-commit":
                stop()
            scored.done = True

    @event.listens_for(Session, "after_commit")
    def committed(session):
        if getattr(scored, "done", False):
            stop()
'''


def _request(port: int, method: str, path: str, body: str = "", cookie: str = "") -> Any:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    headers = {"Cookie": f"session={cookie}"} if cookie else {}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def _answers(port: int) -> bool:
    try:
        return _request(port, "GET", "/health").status == 200
    except OSError:
        return False


@pytest.mark.parametrize("killed", ["before-commit", "after-commit"])
def test_a_web_worker_killed_during_a_submit_leaves_it_whole_and_a_retry_works(
    app, visitor, tmp_path, killed
) -> None:
    taker = Taker(app, visitor)
    cookie = visitor.client.get_cookie("session").value
    marker, hooks = tmp_path / "stopped", tmp_path / "hooks.py"
    hooks.write_text(GUNICORN_HOOKS, encoding="utf-8")
    config = {
        "SECRET_KEY": app.config["SECRET_KEY"],
        "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
        "RATELIMIT_ENABLED": False,
    }
    port = free_port()
    server = subprocess.Popen(
        [
            *(str(Path(sys.executable).parent / "gunicorn"), "--config", str(hooks)),
            *("--workers", "1", "--bind", f"127.0.0.1:{port}", "--log-level", "critical"),
            *("--timeout", "300"),  # the stopped worker is killed by the test, not by gunicorn
            f"quiz:create_app({config!r})",
        ],
        env={**os.environ, "QUIZ_FAULT_MARKER": str(marker), "QUIZ_FAULT_AT": killed},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        until(lambda: _answers(port), "gunicorn did not answer")
        body = urllib.parse.urlencode(taker.form)
        outcome: dict[str, Any] = {}

        def send() -> None:
            try:
                outcome["status"] = _request(port, "POST", taker.url, body, cookie).status
            except OSError as error:  # http.client's RemoteDisconnected is one
                outcome["error"] = error

        sender = threading.Thread(target=send)
        sender.start()
        worker = int(until(lambda: marker.exists() and marker.read_text(), "no worker stopped"))
        os.kill(worker, signal.SIGKILL)
        sender.join(WAIT)
        assert "error" in outcome, outcome  # the browser shows its "connection lost" page
        if killed == "before-commit":
            taker.assert_open()
        else:
            taker.assert_submitted_once()
        until(lambda: _answers(port), "gunicorn did not start a new worker")
        again = _request(port, "POST", taker.url, body, cookie)
        assert (again.status, again.getheader("Location")) == (302, f"/attempts/{taker.attempt}")
        taker.assert_submitted_once()
    finally:
        server.terminate()
        server.wait(timeout=WAIT)


# --- a queue worker killed while it stores a quiz ---------------------------------------------

WORKER_HOOK = '''
"""Imported by tests/test_faults.py before `quiz worker`: the job beats every 0.1 s; it pauses
before its first progress write (file "reading") until the file "go" exists, then stops for
good while its quiz's questions are being stored (file "storing"; the quiz row is written, not
committed)."""
import os
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from quiz import generation

generation.HEARTBEAT = 0.1
FOLDER = Path(os.environ["QUIZ_FAULT_FOLDER"])


@event.listens_for(Engine, "before_cursor_execute")
def pause(conn, cursor, statement, *args):
    if statement.startswith("UPDATE generation_jobs SET done") and not (FOLDER / "go").exists():
        (FOLDER / "reading").write_text(str(os.getpid()))
        while not (FOLDER / "go").exists():
            time.sleep(0.05)
    if statement.startswith("INSERT INTO questions"):
        (FOLDER / "storing").write_text(str(os.getpid()))
        while True:
            time.sleep(1)
'''


def _backdate(app, seconds: float) -> None:
    """Move the clock on: the job's last sign of life was *seconds* earlier."""
    with app.app_context():
        job = db.session.scalars(select(GenerationJob)).one()
        job.updated_at -= dt.timedelta(seconds=seconds)
        db.session.commit()


def _job(app) -> GenerationJob:
    with app.app_context():
        return db.session.scalars(select(GenerationJob)).one()


def test_a_queue_worker_killed_while_storing_a_quiz_stores_none_and_the_job_fails(
    tmp_path,
) -> None:
    database = TEST_DATABASE or f"sqlite:///{tmp_path / 'quiz.sqlite'}"
    queue = tmp_path / "queue.sqlite"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": database,
            "SEEDS_DIR": str(tmp_path),  # no demo quiz
            "TEACHER_CODE": TEACHER_CODE,
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        if TEST_DATABASE:
            emptied(app)
        init_db()
    (tmp_path / "fault_hook.py").write_text(WORKER_HOOK, encoding="utf-8")
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "QUIZ_QUEUE_PATH": str(queue),
        "QUIZ_FAULT_FOLDER": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    }
    stale = generation.STALE.total_seconds() + 1
    saved = jobs.huey.storage
    jobs.huey.immediate = False
    jobs.huey.storage = SqliteStorage("quiz", filename=str(queue))
    worker = start_worker(env, hooked=True)
    try:
        visitor = Visitor(app.test_client())
        visitor.register("tess", "teacher")
        data = {"title": "Cut short", "text": SHORT_TEXT, "count": 3, "choices": 4, "seed": ""}
        sent = visitor.post("/teach/new", data, content_type="multipart/form-data")
        job_page = sent.location
        until((tmp_path / "reading").exists, "the worker did not start reading the text")
        # A live worker's job is never taken for dead, however long the generator is silent.
        _backdate(app, stale)
        until(lambda: utcnow() - _job(app).updated_at < generation.STALE, "no heartbeat")
        assert '<meta http-equiv="refresh"' in visitor.text(job_page)
        assert _job(app).state == JOB_RUNNING
        (tmp_path / "go").touch()
        until((tmp_path / "storing").exists, "the worker did not reach the storing of the quiz")
        kill_group(worker)
        with app.app_context():
            job = db.session.scalars(select(GenerationJob)).one()
            assert job.state == JOB_RUNNING and job.quiz_id is None
            assert db.session.scalar(select(func.count(Quiz.id))) == 0  # no half-made quiz
            assert db.session.scalar(select(func.count(Question.id))) == 0
        _backdate(app, stale)  # the clock moves on; nothing beats any more
        page = visitor.client.get(job_page)
        _assert_clear(page, 200, "The worker making this quiz stopped. Please try again.")
        assert _job(app).state == JOB_FAILED
        worker = start_worker(env, hooked=False)  # the administrator restarts the worker
        again = visitor.post(
            "/teach/new", {**data, "title": "Whole"}, content_type="multipart/form-data"
        )
        assert again.status_code == 302 and "/teach/jobs/" in again.location
        done = made_by_worker(
            visitor.client, again.location, "the restarted worker did not make the quiz"
        )
        assert "questions generated" in visitor.text(done.location)
        with app.app_context():
            assert db.session.scalars(select(Quiz.title)).all() == ["Whole"]
    finally:
        jobs.huey.immediate = True
        jobs.huey.storage = saved
        kill_group(worker)
        with app.app_context():
            db.engine.dispose()
