"""Generation jobs, independent of pages: a teacher's text queued for the worker, its progress,
its time limit, and the draft quiz it makes (with the spare questions regenerate draws on)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from flask import Flask, current_app, has_app_context
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from quiz import quizzes, readers, sources
from quiz.generator import run
from quiz.models import (
    JOB_DONE,
    JOB_FAILED,
    JOB_QUEUED,
    JOB_RUNNING,
    Document,
    GenerationJob,
    db,
    utcnow,
)
from quiz.wording import plural

PROGRESS_EVERY = 1.0  # seconds between progress writes
HEARTBEAT = 15.0  # seconds between a running job's signs of life, whatever the generator does
STALE = dt.timedelta(minutes=2)  # a running job silent this long has died (or overran its limit)
UNTAKEN = dt.timedelta(hours=1)  # a job no worker took in this long will not be taken
NO_WORKER = (
    "No job worker took this text. The site's administrator should check that `quiz worker` "
    "(or `quiz serve`) is running; then make the quiz again."
)


class JobTooLong(Exception):
    """The job ran past its time limit."""


class AlreadyRunning(Exception):
    """The teacher has a job queued or running."""

    def __init__(self, job: GenerationJob) -> None:
        super().__init__(job.id)
        self.job = job


def submit(
    owner_id: int,
    title: str,
    source: str | bytes,
    *,
    document_name: str,
    count: int,
    choices: int,
) -> GenerationJob:
    """Store the text (or a file whose text the worker will read) and a queued job for it,
    committed (the worker reads both); raises AlreadyRunning if the teacher has a job queued
    or running."""
    current = active_job(owner_id)
    if current is not None:
        raise AlreadyRunning(current)
    file = source if isinstance(source, bytes) else None
    document = Document(owner_id=owner_id, name=document_name, text="" if file else source)
    job = GenerationJob(
        owner_id=owner_id,
        document=document,
        title=title,
        count=count,
        choices=choices,
        upload=file,
    )
    db.session.add(job)
    try:
        db.session.commit()
    except IntegrityError:  # submitted twice at once: the database kept one
        db.session.rollback()
        raise AlreadyRunning(active_job(owner_id)) from None
    return job


def active_job(owner_id: int) -> GenerationJob | None:
    """The teacher's queued or running job, if any (one whose worker died is marked failed)."""
    job = db.session.scalar(
        select(GenerationJob).where(
            GenerationJob.owner_id == owner_id,
            GenerationJob.state.in_((JOB_QUEUED, JOB_RUNNING)),
        )
    )
    if job is not None and fail_if_stale(job):
        return None
    return job


def fail_if_stale(job: GenerationJob) -> bool:
    """Mark a job failed when no worker will finish it: a running one whose heartbeat stopped
    (its worker died, or the job overran its time limit), a queued one no worker took in an
    hour. Whether it was."""
    silent = utcnow() - job.updated_at
    if job.state == JOB_RUNNING and silent > STALE:
        mark_failed(job.id, "The worker making this quiz stopped. Please try again.")
    elif job.state == JOB_QUEUED and silent > UNTAKEN:
        mark_failed(job.id, NO_WORKER)
    else:
        return False
    db.session.refresh(job)
    return True


def run_job(job_id: int) -> None:
    """Make the job's quiz: read the text with progress written as it goes, within the time
    limit; a failure is stored with its reason and nothing else is."""
    claimed = db.session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.state == JOB_QUEUED)
        .values(state=JOB_RUNNING, updated_at=utcnow())
    )
    db.session.commit()
    if claimed.rowcount != 1:
        return  # already taken, or gone
    limit = current_app.config["JOB_TIME_LIMIT"]
    with _heartbeat(job_id, limit):
        _make(job_id, limit)


def _make(job_id: int, limit: float) -> None:
    """run_job's work on a claimed job: read the text, store the quiz or the failure."""
    job = db.session.get(GenerationJob, job_id)
    if job.upload is not None and not _read_upload(job):
        return
    try:
        made = run(
            job.document.text,
            n=job.count,
            choices=job.choices,
            document=job.document.name,
            spares=quizzes.SPARES,
            progress=_progress(job_id, time.monotonic() + limit),
        )
    except JobTooLong:
        minutes = max(1, round(limit / 60))
        mark_failed(
            job_id,
            f"Reading the text took longer than {plural(minutes, 'minute')}. Try a shorter part.",
        )
        return
    except Exception:
        current_app.logger.exception("generation job %s failed", job_id)
        mark_failed(job_id, "The generator failed on this text. Nothing was saved.")
        return
    job = db.session.get(GenerationJob, job_id)
    if not made.questions:
        mark_failed(job_id, made.note or "No sentence of this text can carry a question.")
        return
    quiz = quizzes.quiz_from(job.owner_id, job.title, job.document, made, job.choices)
    db.session.flush()
    finished = db.session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.state == JOB_RUNNING)
        .values(
            quiz_id=quiz.id,
            note=made.note,
            state=JOB_DONE,
            finished_at=utcnow(),
            updated_at=utcnow(),
            done=made.sentences,
            total=made.sentences,
        )
    )
    if finished.rowcount != 1:  # given up on meanwhile (its worker was thought dead)
        db.session.rollback()
        return
    db.session.commit()


@contextmanager
def _heartbeat(job_id: int, seconds: float) -> Iterator[None]:
    """While the job runs, write its updated_at every HEARTBEAT seconds from a thread of its own
    (the generator may go minutes without reporting progress), for at most *seconds* (its time
    limit): a job whose worker died, or that is stuck past its limit, falls silent, and the
    next page that looks at it marks it failed."""
    engine, stop = db.engine, threading.Event()
    until = time.monotonic() + seconds
    alive = (
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.state == JOB_RUNNING)
        .values(updated_at=bindparam("now"))
    )

    def beat() -> None:
        while not stop.wait(HEARTBEAT) and time.monotonic() < until:
            try:
                with engine.begin() as connection:
                    connection.execute(alive, {"now": utcnow()})
            except SQLAlchemyError as error:  # a busy database: the next beat may get through
                logging.getLogger(__name__).warning("job %s heartbeat: %s", job_id, error)

    thread = threading.Thread(target=beat, name=f"job-{job_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _read_upload(job: GenerationJob) -> bool:
    """Read an uploaded file's text into the job's document, dropping the file; on a file that
    cannot be read, fail the job with the reason (and drop the file too). Whether it was read."""
    try:
        text = readers.read(job.upload, job.document.name)
    except sources.SourceError as error:
        mark_failed(job.id, f"{error}.")
        return False
    job.document.text, job.upload = text, None
    db.session.commit()
    return True


def _progress(job_id: int, deadline: float):
    """A progress callback that writes (done, total) at most every PROGRESS_EVERY seconds, in
    its own short transaction, and stops the run at the deadline."""
    last = 0.0

    def heard(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now > deadline:
            raise JobTooLong
        if now - last >= PROGRESS_EVERY or done == total:
            last = now
            db.session.execute(
                update(GenerationJob)
                .where(GenerationJob.id == job_id)
                .values(done=done, total=total, updated_at=utcnow())
            )
            db.session.commit()

    return heard


def mark_failed(job_id: int, reason: str) -> None:
    """Store a job's failure and its reason, in its own transaction (an unread file goes)."""
    db.session.rollback()
    db.session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(
            state=JOB_FAILED, error=reason, upload=None, finished_at=utcnow(), updated_at=utcnow()
        )
    )
    db.session.commit()


@cache
def _worker_app() -> Flask:
    from quiz import create_app

    return create_app()


def app_for_jobs() -> Flask:
    """The app a job runs in: the caller's when the queue runs jobs at once (tests), else one
    app per worker process."""
    return current_app._get_current_object() if has_app_context() else _worker_app()
