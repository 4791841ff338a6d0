"""A class at work on the production server: students log in and take an assigned quiz again and
again, as fast as the pages come back.

``quiz serve`` (gunicorn with --workers workers, and the job worker) runs on loopback from a
fresh instance folder: Flask keeps the instance folder beside the package it imports, so the
server imports the package through a link in a temporary folder, and its config.py (a new
secret key; the default rate limits, which only failed logins count against), its SQLite
database and its job queue are new ones there; the checkout's instance/ is not read. The
database is that SQLite file, or the PostgreSQL database of --database, emptied first.

Set up with the app's own modules before the clock starts: 2 teachers, 4 classes of 16 students
(a real password each), the demo quiz assigned to every class with no limit on attempts.

Timed: first the baseline, 64 clients on GET /health for --baseline-seconds; then 64 students
for --seconds, each one like a browser: the login form (its CSRF token), logging in, then over
and over: their board, the assignment, "Start an attempt", the questions (the answer page),
handing in an answer to every question, the result. A student who is in an attempt when the
time is up finishes it, so that every attempt started is handed in.

Reported: requests/s and submits/s, and as a ratio of the /health baseline's requests/s; p50
and p99 latency per kind of request; the errors (any status or redirect other than the one a
browser expects, or a failed request: the target is 0); and the attempts the database holds as
submitted beside the submits the students were told were taken. The exit code is 1 when there
was an error or the two counts differ.

Run: ``python benchmarks/class_load.py [--seconds 60]`` (SQLite) or
``python benchmarks/class_load.py --database postgresql+psycopg://quiz:quiz@127.0.0.1/quiz_bench``.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

from school_setup import School, fresh_school
from site_http import Reply, percentile, request, wait_until_up

PACKAGE = Path(__file__).resolve().parents[1] / "quiz"
CLASSES, PER_CLASS, TEACHERS = 4, 16, 2
PASSWORD = "a class at work on the benchmark"
KINDS = (
    *("login page", "login", "first board", "board"),
    *("assignment", "start", "answer", "submit", "result"),
)

_TOKEN = re.compile(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"')
_ASSIGNMENT = re.compile(r'href="(/assignments/\d+)"')
_CHOICE = re.compile(r'name="(q\d+)" value="(\d+)"')


class Unexpected(Exception):
    """A page did not answer as a browser expects."""


@dataclass
class Tally:
    """Latencies per kind of request, errors, and the attempts started and submits taken, as
    the clients saw them; shared by the client threads."""

    times: dict[str, list[float]] = field(default_factory=lambda: collections.defaultdict(list))
    errors: collections.Counter = field(default_factory=collections.Counter)
    started: int = 0
    submitted: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, reply: Reply) -> None:
        with self.lock:
            self.times[kind].append(reply.ms)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] += 1


class Browser:
    """One student's browser: its session cookie, sent with each request and kept from each
    answer; every request timed under its kind."""

    def __init__(self, port: int, tally: Tally) -> None:
        self.port, self.tally, self.cookie = port, tally, ""

    def send(self, kind: str, method: str, path: str, form: dict | None = None) -> Reply:
        body = urllib.parse.urlencode(form).encode() if form is not None else b""
        reply = request(self.port, method, path, self.cookie, body=body)
        self.tally.add(kind, reply)
        for header in reply.cookies:
            morsel = SimpleCookie(header).get("session")
            if morsel is not None:
                self.cookie = morsel.value
        return reply

    def page(self, kind: str, path: str) -> str:
        """GET a page that must answer 200; its HTML."""
        reply = self.send(kind, "GET", path)
        if reply.status != 200:
            raise Unexpected(f"{kind}: {reply.status}")
        return reply.body

    def post(self, kind: str, path: str, form: dict, goes_to: str) -> str:
        """POST a form that must redirect to a path matching *goes_to*; that path."""
        reply = self.send(kind, "POST", path, form)
        target = urllib.parse.urlsplit(reply.location or "").path
        if reply.status not in (302, 303) or not re.fullmatch(goes_to, target):
            raise Unexpected(f"{kind}: {reply.status} {target or '(no redirect)'}")
        return target


def _token(html: str) -> str:
    found = _TOKEN.search(html)
    if found is None:
        raise Unexpected("a form without a CSRF token")
    return found.group(1)


def student(port: int, username: str, until: float, tally: Tally) -> None:
    """Log in, then take the assigned quiz again and again until *until* (time.monotonic)."""
    browser = Browser(port, tally)
    logged_in, board = False, "first board"  # the one after logging in, timed apart
    while time.monotonic() < until:
        try:
            if not logged_in:
                token = _token(browser.page("login page", "/auth/login"))
                form = {"csrf_token": token, "username": username, "password": PASSWORD}
                browser.post("login", "/auth/login", form, "/")
                logged_in, board = True, "first board"
            take_quiz(browser, tally, board)
            board = "board"
        except (Unexpected, OSError, http.client.HTTPException) as error:
            tally.error(str(error) if isinstance(error, Unexpected) else type(error).__name__)
            time.sleep(0.5)  # and start again from the board (or the login form)


def take_quiz(browser: Browser, tally: Tally, board_kind: str) -> None:
    """One attempt: board (timed as *board_kind*), assignment, start, questions, submit (every
    question answered at random), result."""
    found = _ASSIGNMENT.search(browser.page(board_kind, "/"))
    if found is None:
        raise Unexpected("board: no assignment")
    assignment = found.group(1)
    token = _token(browser.page("assignment", assignment))
    answer = browser.post(
        "start", f"{assignment}/start", {"csrf_token": token}, r"/attempts/\d+/answer"
    )
    with tally.lock:
        tally.started += 1
    questions = browser.page("answer", answer)
    choices: dict[str, list[str]] = collections.defaultdict(list)
    for name, value in _CHOICE.findall(questions):
        choices[name].append(value)
    form = {name: random.choice(values) for name, values in choices.items()}
    attempt = answer.removesuffix("/answer")
    browser.post("submit", f"{attempt}/submit", {"csrf_token": _token(questions), **form}, attempt)
    with tally.lock:
        tally.submitted += 1
    browser.page("result", attempt)


def baseline(port: int, clients: int, seconds: float) -> tuple[Tally, float]:
    """*clients* threads on GET /health for *seconds*; their tally and the seconds taken."""
    tally = Tally()
    until = time.monotonic() + seconds

    def hammer() -> None:
        while time.monotonic() < until:
            try:
                reply = request(port, "GET", "/health")
            except (OSError, http.client.HTTPException) as error:
                tally.error(type(error).__name__)
                continue
            tally.add("/health", reply)
            if reply.status != 200:
                tally.error(f"/health: {reply.status}")

    return tally, _run([threading.Thread(target=hammer) for _ in range(clients)])


def _run(threads: list[threading.Thread]) -> float:
    """Start *threads*, wait for them all; the seconds that took."""
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began


def prepare(database: str) -> School:
    """The school in an emptied *database*: every account with PASSWORD's hash (made once)."""
    from quiz import create_app, passwords

    app = create_app({"SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": "set-up only"})
    return fresh_school(
        app,
        classes=CLASSES,
        per_class=PER_CLASS,
        teachers=TEACHERS,
        password_hash=passwords.hash_password(PASSWORD),
    )


def stored_attempts(database: str, assignment_ids: list[int]) -> tuple[int, int]:
    """(attempts, submitted attempts) the database holds for the assignments."""
    from sqlalchemy import bindparam, create_engine, text

    query = text(
        "SELECT count(*), count(submitted_at) FROM attempts WHERE assignment_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    engine = create_engine(database)
    with engine.connect() as connection:
        total, submitted = connection.execute(query, {"ids": assignment_ids}).one()
    engine.dispose()
    return total, submitted


def serve(folder: Path, database: str | None, port: int, workers: int) -> subprocess.Popen:
    """Start ``quiz serve`` with its instance folder in *folder*; its log goes to serve.log."""
    (folder / "quiz").symlink_to(PACKAGE, target_is_directory=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(folder),  # before the editable install: quiz is found through the link
        "QUIZ_QUEUE_PATH": str(folder / "instance" / "queue.sqlite"),
    }
    env.pop("DATABASE_URL", None)
    if database:
        env["DATABASE_URL"] = database
    command = [
        str(Path(sys.executable).parent / "quiz"),
        *("serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)),
    ]
    with (folder / "serve.log").open("wb") as log:
        return subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)


def report(
    label: str, health: Tally, health_seconds: float, work: Tally, seconds: float
) -> list[str]:
    """The table and the ratios, as lines."""
    health_rate = len(health.times["/health"]) / health_seconds
    health_p50 = statistics.median(health.times["/health"])
    requests = sum(len(work.times[kind]) for kind in KINDS)
    rate = requests / seconds
    lines = [
        label,
        f"{'request':<14}{'count':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'p50/health':>12}",
        f"{'/health':<14}{len(health.times['/health']):>8}{health_rate:>9.0f}"
        f"{health_p50:>9.1f}{percentile(health.times['/health'], 0.99):>9.1f}{1:>12.1f}",
    ]
    for kind in KINDS:
        times = work.times[kind]
        if times:
            lines.append(
                f"{kind:<14}{len(times):>8}{len(times) / seconds:>9.1f}"
                f"{statistics.median(times):>9.1f}{percentile(times, 0.99):>9.1f}"
                f"{statistics.median(times) / health_p50:>12.1f}"
            )
    lines += [
        f"students: {requests} requests in {seconds:.1f} s = {rate:.0f} req/s "
        f"({rate / health_rate:.2f} of /health's {health_rate:.0f} req/s); "
        f"{work.submitted / seconds:.1f} submits/s "
        f"({work.submitted / seconds / health_rate:.4f} of /health's req/s)",
        f"errors: {sum(work.errors.values()) + sum(health.errors.values())}"
        + "".join(f"; {what}: {n}" for what, n in (work.errors + health.errors).items()),
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description="a class taking assigned quizzes, under load")
    parser.add_argument("--database", help="a DATABASE_URL (default: SQLite in the instance)")
    parser.add_argument("--seconds", type=float, default=60, help="the students' run")
    parser.add_argument("--baseline-seconds", type=float, default=10, help="the /health run")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn's (quiz serve)")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="quiz-class-"))
    database = arguments.database or f"sqlite:///{folder / 'instance' / 'quiz.sqlite'}"
    (folder / "instance").mkdir()
    school = prepare(database)
    usernames = [name for names in school.students for name in names]
    port = 6000 + random.randrange(300)
    server = serve(folder, arguments.database, port, arguments.workers)
    try:
        wait_until_up(port, seconds=120)
        health, health_seconds = baseline(port, len(usernames), arguments.baseline_seconds)
        work = Tally()
        until = time.monotonic() + arguments.seconds
        seconds = _run(
            [threading.Thread(target=student, args=(port, name, until, work)) for name in usernames]
        )
    finally:
        server.send_signal(signal.SIGTERM)  # quiz serve stops gunicorn and the job worker
        server.wait(timeout=60)
    engine = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
    label = (
        f"quiz serve: gunicorn {arguments.workers} workers + job worker; {engine}; "
        f"{len(usernames)} students for {arguments.seconds:.0f} s; loopback; "
        f"{os.cpu_count()} CPUs shared with the clients; a new instance folder"
    )
    print("\n".join(report(label, health, health_seconds, work, seconds)))
    total, stored = stored_attempts(database, school.assignment_ids)
    same = stored == work.submitted and total == work.started
    print(
        f"attempts: {work.submitted} submits acknowledged to the students, {stored} submitted "
        f"in the database ({work.started} started, {total} stored) -> "
        + ("OK" if same else "MISMATCH")
    )
    failed = not same or work.errors or health.errors
    if failed:
        print(f"the server's log: {folder / 'serve.log'}")
        return 1
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
