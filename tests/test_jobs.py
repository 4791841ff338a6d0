"""Generation in the background: a real worker process takes the job off the queue while the
page follows it; the time limit, one job at a time, a dead worker's job, regenerate's spares."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import time

import pytest
from conftest import SEED
from huey.storage import SqliteStorage
from pages import TEACHER_CODE, Visitor
from sqlalchemy import select

from quiz import create_app, generation, jobs
from quiz.database import init_db
from quiz.models import JOB_FAILED, JOB_QUEUED, JOB_RUNNING, GenerationJob, Quiz, User, db, utcnow


@pytest.fixture
def worker_site(tmp_path):
    """A site on a file database, a queue in a file, and a real `quiz worker` process on both."""
    database, queue = tmp_path / "quiz.sqlite", tmp_path / "queue.sqlite"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
            "SEEDS_DIR": str(tmp_path),
            "TEACHER_CODE": TEACHER_CODE,
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        init_db()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "QUIZ_QUEUE_PATH": str(queue)}
    worker = subprocess.Popen(
        [sys.executable, "-m", "quiz", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    jobs.huey.immediate = False
    jobs.huey.storage = SqliteStorage("quiz", filename=str(queue))
    try:
        yield app
    finally:
        jobs.huey.immediate = True
        worker.terminate()
        worker.wait(timeout=30)


def test_a_real_worker_makes_the_quiz_while_the_page_follows_it(worker_site) -> None:
    visitor = Visitor(worker_site.test_client())
    visitor.register("tess", "teacher")
    text = SEED.read_text(encoding="utf-8")
    # fewer than the text gives, so that spares are kept too
    data = {"title": "In the background", "text": text, "count": 2, "choices": 4, "seed": ""}
    sent = visitor.post("/teach/new", data, content_type="multipart/form-data")
    assert sent.status_code == 302 and "/teach/jobs/" in sent.location
    first = visitor.client.get(sent.location)
    assert first.status_code == 200 or "/teach/" in first.location
    if first.status_code == 200:  # the page reloads itself until the worker is done
        assert '<meta http-equiv="refresh" content="2">' in first.get_data(as_text=True)
    for _ in range(120):
        page = visitor.client.get(sent.location)
        if page.status_code == 302:
            break
        time.sleep(0.5)
    assert page.status_code == 302, "the worker did not make the quiz within a minute"
    review = visitor.client.get(page.location).get_data(as_text=True)
    assert "questions generated" in review and "In the background" in review
    with worker_site.app_context():
        quiz = db.session.scalars(select(Quiz).where(Quiz.title == "In the background")).one()
        assert len(quiz.questions) == 2 and json.loads(quiz.spares_json)


def _teacher(app, visitor) -> int:
    visitor.register("tess", "teacher")
    with app.app_context():
        return db.session.scalar(select(User.id).where(User.username == "tess"))


def test_a_job_past_its_time_limit_fails_with_its_reason(app, visitor, short_text) -> None:
    _teacher(app, visitor)
    app.config["JOB_TIME_LIMIT"] = 0
    page = visitor.new_quiz(short_text, title="Too slow").get_data(as_text=True)
    assert "Reading the text took longer than 1 minute. Try a shorter part." in page
    with app.app_context():
        job = db.session.scalars(select(GenerationJob)).one()
        assert job.state == JOB_FAILED and job.quiz_id is None
        assert db.session.scalars(select(Quiz).where(Quiz.title == "Too slow")).all() == []


def test_a_teacher_has_one_job_at_a_time(app, visitor, short_text) -> None:
    tess = _teacher(app, visitor)
    with app.app_context():
        waiting = generation.submit(
            tess, "Waiting", short_text, document_name="a.txt", count=3, choices=4
        )
        with pytest.raises(generation.AlreadyRunning):
            generation.submit(tess, "Second", short_text, document_name="b.txt", count=3, choices=4)
        waiting_id = waiting.id
    page = visitor.new_quiz(short_text, title="Third").get_data(as_text=True)
    assert "Your quiz “Waiting” is still being made" in page
    mine = visitor.text("/teach/")
    assert f"/teach/jobs/{waiting_id}" in mine and "is being made" in mine
    assert '<meta http-equiv="refresh"' in visitor.text(f"/teach/jobs/{waiting_id}")
    with app.app_context():
        assert len(db.session.scalars(select(GenerationJob)).all()) == 1


def test_a_job_whose_worker_died_is_failed_and_frees_the_teacher(app, visitor, short_text) -> None:
    tess = _teacher(app, visitor)
    with app.app_context():
        job = generation.submit(tess, "Lost", short_text, document_name="a.txt", count=3, choices=4)
        job.state = JOB_RUNNING
        job.updated_at = utcnow() - dt.timedelta(hours=1)
        db.session.commit()
        job_id = job.id
    page = visitor.text(f"/teach/jobs/{job_id}")
    assert "The worker making this quiz stopped" in page
    made = visitor.new_quiz(short_text, title="Next").get_data(as_text=True)
    assert "questions generated" in made


def test_only_the_owner_follows_a_job(app, visitor, short_text) -> None:
    tess = _teacher(app, visitor)
    with app.app_context():
        job = generation.submit(tess, "Mine", short_text, document_name="a.txt", count=3, choices=4)
        assert job.state == JOB_QUEUED
        job_id = job.id
    visitor.logout()
    visitor.register("otto", "teacher")
    assert visitor.client.get(f"/teach/jobs/{job_id}").status_code == 403
    assert visitor.client.get("/teach/jobs/999999").status_code == 404


def test_regenerate_draws_on_the_spares_without_running_the_generator(
    app, visitor, short_text, monkeypatch
) -> None:
    _teacher(app, visitor)
    review = visitor.new_quiz(short_text, count=2).get_data(as_text=True)
    quiz_id = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        spares = [item["stem"] for item in json.loads(quiz.spares_json)]
        first = quiz.questions[0].id
    assert spares
    from quiz import quizzes

    monkeypatch.setattr(quizzes, "generate", lambda *a, **k: pytest.fail("generator ran"))
    visitor.post(f"/teach/{quiz_id}/questions/{first}/regenerate", form_page=f"/teach/{quiz_id}")
    with app.app_context():
        assert db.session.get(Quiz, quiz_id).questions[0].stem in spares


def test_a_queue_that_does_not_answer_fails_the_job_and_frees_the_teacher(
    app, visitor, short_text, monkeypatch
) -> None:
    _teacher(app, visitor)

    def down(_job_id: int) -> None:
        raise ConnectionError("queue down")

    monkeypatch.setattr(jobs, "start", down)
    page = visitor.new_quiz(short_text, title="Lost").get_data(as_text=True)
    assert "No job worker took this text" in page
    monkeypatch.undo()
    assert "questions generated" in visitor.new_quiz(short_text).get_data(as_text=True)


def test_a_job_no_worker_took_in_an_hour_fails(app, visitor, short_text) -> None:
    tess = _teacher(app, visitor)
    with app.app_context():
        job = generation.submit(tess, "Waited", short_text, document_name="a", count=3, choices=4)
        job.updated_at = utcnow() - generation.UNTAKEN - dt.timedelta(minutes=1)
        db.session.commit()
        job_id = job.id
    assert "No job worker took this text" in visitor.text(f"/teach/jobs/{job_id}")
    with app.app_context():
        assert generation.active_job(tess) is None


def test_a_job_given_up_on_does_not_turn_done_later(app, visitor, short_text) -> None:
    tess = _teacher(app, visitor)
    with app.app_context():
        job = generation.submit(tess, "Late", short_text, document_name="a", count=3, choices=4)
        job_id = job.id
        original = generation.run

        def slow_then_given_up(*args, **kwargs):
            made = original(*args, **kwargs)
            generation.mark_failed(job_id, "given up")  # as a page would, thinking it dead
            return made

        generation.run = slow_then_given_up
        try:
            generation.run_job(job_id)
        finally:
            generation.run = original
        found = db.session.get(GenerationJob, job_id)
        assert (found.state, found.quiz_id) == (JOB_FAILED, None)
        assert db.session.scalars(select(Quiz).where(Quiz.title == "Late")).all() == []
