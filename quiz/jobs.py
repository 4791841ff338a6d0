"""The job queue (Huey): quizzes are made from texts by a worker process, not by web workers.

Embedded default: Huey's SQLite storage in the instance folder (instance/ of a checkout,
<prefix>/var/quiz-instance of an installed wheel, as Flask finds it), so one machine needs no other
service. With ``REDIS_URL`` set, the queue lives in Redis and workers on several machines share
it (with ``DATABASE_URL`` naming the same PostgreSQL database). ``quiz worker`` runs a worker;
``quiz serve`` starts one beside the web server.
"""

from __future__ import annotations

import os
from pathlib import Path

from huey import Huey, RedisHuey, SqliteHuey


def _instance_folder() -> Path:
    """The instance folder the site's database and config are in, by Flask's own rule."""
    from flask import Flask

    return Path(Flask("quiz", instance_relative_config=True).instance_path)


# Seconds to wait for Redis to take a connection or answer a command: a Redis host that is down
# or hung fails /healthz, a new quiz or a login's rate count in this time, not at TCP's pace or
# never. (The worker's blocking reads wait 1 s, well inside it.)
REDIS_TIMEOUT = 5


def redis_queue(url: str) -> RedisHuey:
    """The queue in the Redis server at *url*, with our timeouts."""
    from redis import ConnectionPool

    pool = ConnectionPool.from_url(
        url, socket_connect_timeout=REDIS_TIMEOUT, socket_timeout=REDIS_TIMEOUT
    )
    return RedisHuey("quiz", connection_pool=pool, results=False)


def _queue() -> Huey:
    """The queue this installation is configured for."""
    redis = os.environ.get("REDIS_URL")
    if redis:
        return redis_queue(redis)
    path = Path(os.environ.get("QUIZ_QUEUE_PATH") or _instance_folder() / "queue.sqlite")
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("quiz", filename=str(path), results=False)


huey = _queue()


@huey.task()
def make_quiz(job_id: int) -> None:
    """Run a generation job in the worker (in the caller's app when the queue is immediate)."""
    from quiz import generation

    with generation.app_for_jobs().app_context():
        generation.run_job(job_id)


def start(job_id: int) -> None:
    """Put a job on the queue."""
    make_quiz(job_id)


def run_worker(workers: int) -> None:
    """Run a worker until interrupted: *workers* processes take jobs off the queue, at a lower
    CPU priority than the web server, whose pages must stay quick while a text is read."""
    os.nice(10)
    huey.create_consumer(workers=workers, worker_type="process").run()
