"""Load benchmark of the site on its production server (gunicorn, several workers), on loopback.

In one run, against one server:

* `wrk` (Debian's) at 32 connections on the trivial route (/health) and on a quiz page
  (logged in, 15 questions, the attempt already stored): requests/s and latency percentiles;
* a Python client (32 threads) submitting 2,000 students' attempts, 10% of them twice at the
  same moment (a double click), beside the same client on /health;
* then the database is counted: every attempt scored exactly once, with the right score, and no
  attempt lost or added.

Run: ``make benchmark-site`` or ``python benchmarks/server_load.py [--workers N]``.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

STUDENTS = 2_000
CONNECTIONS = 32
DURATION = "10s"


@dataclass
class Student:
    """A logged-in student with an open attempt: what a browser would send."""

    cookie: str
    attempt: int
    token: str
    answers: dict[str, str]
    points: int  # the score these answers earn


def prepare(database: Path) -> tuple[str, Student, list[Student]]:
    """Create the demo quiz, a viewer and STUDENTS students with open attempts; their sessions."""
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    from flask import session
    from flask_wtf.csrf import generate_csrf

    from quiz import create_app, quizzes
    from quiz.database import init_db
    from quiz.models import STUDENT, Quiz, User, db
    from quiz.views.auth import start_session
    from quiz.views.quizzes import OPEN_ATTEMPTS

    app = create_app()
    serializer = app.session_interface.get_signing_serializer(app)
    people = []
    with app.app_context():
        init_db()
        quiz = db.session.scalars(db.select(Quiz)).first()
        users = [
            User(username=f"bench-{i}", password_hash="-", role=STUDENT)
            for i in range(STUDENTS + 1)
        ]
        db.session.add_all(users)
        db.session.flush()
        attempts = [quizzes.open_attempt(quiz, user.id) for user in users]
        db.session.commit()
        keys = [[r.key_index for r in attempt.responses] for attempt in attempts]
        ids = [(user.id, attempt.id) for user, attempt in zip(users, attempts, strict=True)]
        link = f"/q/{quiz.share_token}"  # the demo quiz is shared
        share_token = quiz.share_token
    for (user_id, attempt_id), key_indexes in zip(ids, keys, strict=True):
        with app.test_request_context():  # its own app context: Flask-WTF caches tokens in g
            start_session(user_id, 0)  # a new account's session version
            session[OPEN_ATTEMPTS] = {share_token: attempt_id}  # as after the first visit
            token = generate_csrf()
            cookie = serializer.dumps(dict(session))
        answers = {f"q{position}": "0" for position in range(len(key_indexes))}
        points = sum(key == 0 for key in key_indexes)
        people.append(Student(cookie, attempt_id, token, answers, points))
    return link, people[0], people[1:]


def wrk(url: str, cookie: str | None = None) -> dict[str, float]:
    """Requests/s and p50/p99 latency (ms) from wrk."""
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: session={cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result = {"rate": rate, "non2xx": float(errors.group(1)) if errors else 0.0}
    for label, key in (("50%", "p50"), ("99%", "p99")):
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", output).groups()
        result[key] = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return result


def _request(port: int, method: str, path: str, body: str = "", cookie: str = "") -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": f"session={cookie}"} if cookie else {}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    status = connection.getresponse().status
    connection.close()
    return status


def python_client(port: int, jobs: list[tuple[str, str, str, str]]) -> dict[str, float]:
    """Run (method, path, body, cookie) jobs on CONNECTIONS threads; rate and latency."""
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    queue = iter(jobs)

    def work() -> None:
        while True:
            with lock:
                job = next(queue, None)
            if job is None:
                return
            start = time.perf_counter()
            status = _request(port, *job)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed * 1000)
                statuses.append(status)

    threads = [threading.Thread(target=work) for _ in range(CONNECTIONS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "rate": len(jobs) / elapsed,
        "p50": statistics.median(ordered),
        "p99": ordered[int(0.99 * (len(ordered) - 1))],
        "non2xx": float(sum(not 200 <= s < 400 for s in statuses)),
    }


def check(database: Path, students: list[Student]) -> str:
    """Count attempts in the database after the run."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        submitted = connection.execute(
            text("SELECT count(*), sum(score) FROM attempts WHERE submitted_at IS NOT NULL")
        ).one()
        total = connection.execute(text("SELECT count(*) FROM attempts")).scalar()
    lost = len(students) - submitted[0]
    expected_points = sum(s.points for s in students)
    ok = lost == 0 and submitted[1] == expected_points and total == len(students) + 1
    return (
        f"attempts: {total} in all, {submitted[0]} scored of {len(students)} submitted "
        f"({lost} lost); points {submitted[1]} (expected {expected_points}) -> "
        + ("OK: none lost, none duplicated" if ok else "MISMATCH")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="site load benchmark")
    parser.add_argument("--workers", type=int, default=4)
    workers = parser.parse_args().workers
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    folder = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    database = folder / "quiz.sqlite"
    link, viewer, students = prepare(database)
    port = 5600 + random.randrange(300)
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [
            str(gunicorn),
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "quiz:create_app()",
        ],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{database}"},
    )
    try:
        for _ in range(100):
            try:
                if _request(port, "GET", "/health") == 200:
                    break
            except OSError:
                time.sleep(0.1)
        base = f"http://127.0.0.1:{port}"
        rows = [
            ("wrk: GET /health (trivial)", wrk(f"{base}/health")),
            ("wrk: GET /q/TOKEN (quiz page)", wrk(f"{base}{link}", viewer.cookie)),
        ]
        jobs = []
        for student in students:
            body = urllib.parse.urlencode({"csrf_token": student.token, **student.answers})
            job = ("POST", f"/attempts/{student.attempt}/submit", body, student.cookie)
            jobs.append(job)
            if random.random() < 0.1:
                jobs.append(job)  # a double submit, run by another thread at about the same time
        random.shuffle(jobs)
        health_jobs = [("GET", "/health", "", "")] * len(jobs)
        rows.append(("python: GET /health (trivial)", python_client(port, health_jobs)))
        rows.append(("python: POST submit (10% doubled)", python_client(port, jobs)))
    finally:
        server.terminate()
        server.wait()
    print(f"gunicorn, {workers} sync workers; {CONNECTIONS} concurrent connections; loopback")
    print(f"{'route':38} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, result in rows:
        print(
            f"{name:38} {result['rate']:8.0f} {result['p50']:8.1f} {result['p99']:8.1f} "
            f"{result['non2xx']:7.0f}"
        )
    print(
        f"quiz page / trivial route throughput (wrk): {rows[1][1]['rate'] / rows[0][1]['rate']:.2f}"
        f" (target >= 0.5); quiz page p99 {rows[1][1]['p99']:.1f} ms (target < 100)"
    )
    print(
        f"submit / trivial route throughput (python client): "
        f"{rows[3][1]['rate'] / rows[2][1]['rate']:.2f}"
    )
    print(check(database, students))
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
