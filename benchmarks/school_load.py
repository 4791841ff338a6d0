"""A school at work: students take an assigned quiz while teachers make quizzes from 1 MB texts.

On the production set-up (gunicorn with 4 workers and ``quiz worker`` beside it, on loopback),
64 students in 4 classes each reload their quiz page 10 times, then hand it in; the run is made
twice, once alone (the baseline) and once while 2 teachers' 1 MB texts are being read by the
job worker. Reported: the quiz page's and the submit's p50/p99 latency in each run, and the
jobs' state at the end of the loaded run (they must have been running throughout it).

Targets during generation: quiz page p99 < 200 ms, submit p99 < 500 ms.

Run: ``make benchmark-school`` (SQLite) or
``python benchmarks/school_load.py --database postgresql+psycopg://quiz:quiz@127.0.0.1/quiz_bench``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from school_setup import fresh_school
from site_http import percentile, request, wait_until_up
from werkzeug.test import encode_multipart

ROOT = Path(__file__).resolve().parents[1]
WIKIPEDIA = ROOT / "benchmarks" / "data" / "wikipedia-2016.txt.gz"
CLASSES, PER_CLASS, TEACHERS = 4, 16, 2
RELOADS = 10


@dataclass
class Student:
    """A logged-in student and their open attempt: what their browser sends."""

    cookie: str
    token: str
    attempt: int
    answers: dict[str, str]


def _app(database: str):
    os.environ["DATABASE_URL"] = database
    from quiz import create_app

    return create_app()


def prepare(database: str) -> tuple[list[tuple[str, str]], list[int]]:
    """An empty database with 2 teachers (their sessions returned), 4 classes of 16 students,
    and the sample quiz assigned to every class; the assignment ids."""
    app = _app(database)
    school = fresh_school(app, classes=CLASSES, per_class=PER_CLASS, teachers=TEACHERS)
    return [_session(app, user_id) for user_id in school.teacher_ids], school.assignment_ids


def _session(app, user_id: int) -> tuple[str, str]:
    """A logged-in session cookie for *user_id* and the CSRF token that goes with it."""
    from flask import session
    from flask_wtf.csrf import generate_csrf

    from quiz.views.auth import start_session

    serializer = app.session_interface.get_signing_serializer(app)
    with app.test_request_context():  # its own app context: Flask-WTF caches tokens in g
        start_session(user_id, 0)  # a new account's session version
        token = generate_csrf()
        return serializer.dumps(dict(session)), token


def open_attempts(database: str, assignment_ids: list[int]) -> list[Student]:
    """A new open attempt for every student of every class, and their browser sessions."""
    from quiz import assignments
    from quiz.models import Assignment, db

    app = _app(database)
    made = []
    with app.app_context():
        for assignment_id in assignment_ids:
            assignment = db.session.get(Assignment, assignment_id)
            for membership in assignment.school_class.memberships:
                attempt = assignments.start(assignment, membership.student_id)
                db.session.flush()
                answers = {f"q{r.position}": str(r.key_index) for r in attempt.responses}
                made.append((membership.student_id, attempt.id, answers))
        db.session.commit()
    return [
        Student(*_session(app, user_id), attempt_id, answers)
        for user_id, attempt_id, answers in made
    ]


def students_at_work(port: int, students: list[Student]) -> dict[str, list[float]]:
    """Every student reloads their quiz page RELOADS times, then hands it in, all at once."""
    times: dict[str, list[float]] = {"page": [], "submit": [], "errors": []}
    lock = threading.Lock()

    def student(who: Student) -> None:
        for _ in range(RELOADS):
            reply = request(port, "GET", f"/attempts/{who.attempt}/answer", who.cookie)
            with lock:
                times["page"].append(reply.ms)
                if reply.status != 200:
                    times["errors"].append(reply.status)
            time.sleep(random.uniform(0.05, 0.2))  # a student reads, then reloads
        body = urllib.parse.urlencode({"csrf_token": who.token, **who.answers}).encode()
        path = f"/attempts/{who.attempt}/submit"
        reply = request(port, "POST", path, who.cookie, body=body)
        with lock:
            times["submit"].append(reply.ms)
            if reply.status != 302:
                times["errors"].append(reply.status)

    threads = [threading.Thread(target=student, args=(s,)) for s in students]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def start_generation(port: int, teachers: list[tuple[str, str]]) -> list[str]:
    """Each teacher sends a 1 MB text (multipart, as a browser does); their job pages."""
    text = gzip.decompress(WIKIPEDIA.read_bytes()).decode("utf-8")
    megabyte = text.encode("utf-8")[:1_000_000].decode("utf-8", "ignore")
    pages = []
    for i, (cookie, token) in enumerate(teachers):
        fields = {"csrf_token": token, "title": f"Big {i}", "text": megabyte, "count": "10"}
        boundary, body = encode_multipart({**fields, "choices": "4", "seed": ""})
        kind = f"multipart/form-data; boundary={boundary}"
        reply = request(port, "POST", "/teach/new", cookie, body=body, kind=kind)
        if reply.status != 302 or "/teach/jobs/" not in (reply.location or ""):
            raise SystemExit(f"teacher {i}: the new-quiz form answered {reply.status}")
        print(f"teacher {i}: 1 MB text queued in {reply.ms:.0f} ms")
        pages.append(urllib.parse.urlsplit(reply.location).path)
    return pages


def job_states(database: str) -> list[tuple[str, int, int]]:
    """(state, sentences read, sentences in all) of every generation job."""
    from quiz.models import GenerationJob, db

    with _app(database).app_context():
        jobs = db.session.scalars(db.select(GenerationJob).order_by(GenerationJob.id)).all()
        return [(j.state, j.done, j.total) for j in jobs]


def _summary(label: str, times: dict[str, list[float]]) -> str:
    page, submit = times["page"], times["submit"]
    return (
        f"{label:<28}{len(page):>6}{statistics.median(page):>9.1f}{percentile(page, 0.99):>9.1f}"
        f"{len(submit):>8}{statistics.median(submit):>9.1f}{percentile(submit, 0.99):>9.1f}"
        f"{len(times['errors']):>8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="school load benchmark")
    parser.add_argument("--database", help="a DATABASE_URL (default: SQLite in a temp folder)")
    parser.add_argument("--workers", type=int, default=4)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="quiz-school-"))
    database = arguments.database or f"sqlite:///{folder / 'quiz.sqlite'}"
    cookies, assignment_ids = prepare(database)
    env = {**os.environ, "DATABASE_URL": database, "QUIZ_QUEUE_PATH": str(folder / "queue.db")}
    port = 5900 + random.randrange(90)
    bin_dir = Path(sys.executable).parent
    site = subprocess.Popen(
        [
            str(bin_dir / "gunicorn"),
            "--workers",
            str(arguments.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "quiz:create_app()",
        ],
        env=env,
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "quiz", "worker"], env=env, stdout=subprocess.DEVNULL
    )
    try:
        wait_until_up(port)
        engine = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
        print(
            f"gunicorn, {arguments.workers} workers + quiz worker; {engine}; "
            f"{CLASSES * PER_CLASS} students reload {RELOADS}x then submit"
        )
        alone = students_at_work(port, open_attempts(database, assignment_ids))
        start_generation(port, cookies)
        time.sleep(2)  # the worker has taken the first job
        before = job_states(database)
        loaded = students_at_work(port, open_attempts(database, assignment_ids))
        after = job_states(database)
        print(
            f"{'run':<28}{'pages':>6}{'p50 ms':>9}{'p99 ms':>9}{'submits':>8}"
            f"{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
        )
        print(_summary("students alone", alone))
        print(_summary("while 2 texts are read", loaded))
        print(f"jobs when the loaded run began: {before}; when it ended: {after}")
        busy = any(state == "running" for state, _d, _t in after)
        if not busy:
            print("note: no job was still running at the end of the loaded run")
        page_p99 = percentile(loaded["page"], 0.99)
        submit_p99 = percentile(loaded["submit"], 0.99)
        verdict = "OK" if page_p99 < 200 and submit_p99 < 500 else "OVER TARGET"
        print(
            f"during generation: quiz page p99 {page_p99:.0f} ms (target < 200), "
            f"submit p99 {submit_p99:.0f} ms (target < 500): {verdict}"
        )
    finally:
        for child in (site, worker):
            child.terminate()
        for child in (site, worker):
            child.wait(timeout=60)


if __name__ == "__main__":
    main()
