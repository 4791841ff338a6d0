"""Redis, as a school district runs the site (REDIS_URL): the job queue and the rate limits'
counts live in a real Redis server (Debian's redis-server, started here), shared by processes
that stand for other machines; a Redis server that is down or hung costs at most the timeout,
never a hung page."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from conftest import SHORT_TEXT
from pages import Visitor
from processes import free_port, kill_group, made_by_worker, start_worker, until
from sqlalchemy import select

from quiz import jobs
from quiz.models import Quiz, db

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def redis_server(tmp_path) -> Iterator[subprocess.Popen]:
    """A Redis server of its own on a free port, keeping nothing on disk."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing (make system-deps installs it)")
        pytest.skip("no redis-server (the Debian package redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    server.url = f"redis://127.0.0.1:{port}/0"  # type: ignore[attr-defined]
    client = redis.Redis.from_url(server.url)  # type: ignore[attr-defined]

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    until(answers, "redis-server did not answer")
    client.close()
    yield server
    server.kill()
    server.wait()


@pytest.fixture
def redis_url(redis_server) -> str:
    return redis_server.url


def _in_thread(call: Callable[[], Any]) -> Any:
    """Run *call* and return its result; fail (rather than hang the suite) if it takes longer
    than twice the Redis timeout."""
    outcome: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: outcome.update(result=call()), daemon=True)
    worker.start()
    worker.join(2 * jobs.REDIS_TIMEOUT + 5)
    assert "result" in outcome, "hung on a Redis server that does not answer"
    return outcome["result"]


@pytest.fixture
def queue_in_redis(redis_url) -> Iterator[None]:
    """The site queues its jobs in the Redis server, for a worker elsewhere to take."""
    saved = jobs.huey.storage
    jobs.huey.immediate = False  # first: turning it off makes the default storage again
    jobs.huey.storage = jobs.redis_queue(redis_url).storage
    yield
    jobs.huey.immediate = True
    jobs.huey.storage = saved


def test_a_worker_on_another_machine_makes_the_quiz_a_teacher_asked_for(
    app, visitor, redis_url, queue_in_redis
) -> None:
    env = {**os.environ, "REDIS_URL": redis_url}
    env["DATABASE_URL"] = app.config["SQLALCHEMY_DATABASE_URI"]
    worker = start_worker(env)
    try:
        visitor.register("tess", "teacher")
        data = {"title": "Queued", "text": SHORT_TEXT, "count": 3, "choices": 4, "seed": ""}
        sent = visitor.post("/teach/new", data, content_type="multipart/form-data")
        assert sent.status_code == 302 and "/teach/jobs/" in sent.location
        done = made_by_worker(visitor.client, sent.location, "the worker did not make the quiz")
        assert "questions generated" in visitor.text(done.location)
        with app.app_context():
            assert db.session.scalars(select(Quiz.title).where(Quiz.title == "Queued")).one()
        assert visitor.client.get("/healthz").get_json()["queue"] == "ok"
    finally:
        kill_group(worker)


def test_a_hung_redis_fails_healthz_and_a_new_quiz_within_the_timeout(
    app, visitor, redis_server, queue_in_redis
) -> None:
    visitor.register("tess", "teacher")
    form = visitor.token("/teach/new")
    data = {"csrf_token": form, "title": "Held", "text": SHORT_TEXT, "count": 3, "choices": 4}
    os.kill(redis_server.pid, signal.SIGSTOP)  # takes connections, answers nothing
    try:
        health = _in_thread(lambda: visitor.client.get("/healthz"))
        assert health.status_code == 503 and health.get_json()["queue"] == "failing"
        sent = _in_thread(lambda: visitor.client.post("/teach/new", data=data))
        page = visitor.text(sent.location)
        assert "No job worker took this text" in page, page
    finally:
        os.kill(redis_server.pid, signal.SIGCONT)
    assert visitor.client.get("/healthz").status_code == 200


# Another machine's web worker: fails *count* logins of one account, counting in REDIS_URL.
FAILED_LOGINS = """
import sys
from pages import TEACHER_CODE, Visitor
from quiz import create_app

database, count = sys.argv[1], int(sys.argv[2])
app = create_app({"TESTING": True, "SECRET_KEY": "elsewhere", "SQLALCHEMY_DATABASE_URI": database,
                  "TEACHER_CODE": TEACHER_CODE})
visitor = Visitor(app.test_client())
for _ in range(count):
    assert visitor.login("sam", "wrong password").status_code == 200
"""


@pytest.fixture
def app_config(request) -> dict[str, Any]:
    """Rate limits on, counted in the Redis server, for the tests that ask for it."""
    if "redis_limits" not in request.fixturenames:
        return {}
    return {
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": request.getfixturevalue("redis_url"),
    }


@pytest.fixture
def redis_limits() -> None:
    """Marks a test whose site counts its rate limits in Redis (see app_config)."""


def test_failed_logins_on_other_machines_count_against_the_account(
    app, visitor, redis_url, redis_limits
) -> None:
    visitor.register("sam")
    visitor.logout()
    limit = int(app.config["LOGIN_LIMIT_PER_ACCOUNT"].split()[0])
    env = {**os.environ, "REDIS_URL": redis_url}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    database = app.config["SQLALCHEMY_DATABASE_URI"]
    script = [sys.executable, "-c", FAILED_LOGINS, database, str(limit)]
    subprocess.run(script, env=env, check=True, timeout=120, capture_output=True)
    elsewhere = Visitor(app.test_client())  # a browser sam never used, on this machine
    assert elsewhere.login("sam").status_code == 429  # the right password, locked out
    assert visitor.login("sam").status_code == 302  # sam's own browser is known (devices.py)


def test_a_hung_redis_still_lets_people_log_in(app, visitor, redis_server, redis_limits) -> None:
    visitor.register("sam")
    visitor.logout()
    os.kill(redis_server.pid, signal.SIGSTOP)
    try:
        form = {"csrf_token": visitor.token("/auth/login"), "username": "sam"}
        form["password"] = "correct horse"
        logged_in = _in_thread(lambda: visitor.client.post("/auth/login", data=form))
        assert logged_in.status_code == 302
    finally:
        os.kill(redis_server.pid, signal.SIGCONT)
