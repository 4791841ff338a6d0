"""Shared fixtures: the offline NLP data, the seed article and its questions."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from quiz.generator import Question, generate, resources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "bbc-2022-02-04-ukraine.txt"
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.fixture(scope="session", autouse=True)
def nlp_data() -> None:
    """Build whatever NLP data is missing (a no-op after `quiz setup-data`)."""
    resources.build_all(log=lambda _message: None)


@pytest.fixture(scope="session", autouse=True)
def jobs_at_once() -> None:
    """The job queue runs each job as it is queued, in the request (tests/test_jobs.py runs a
    real worker)."""
    from quiz import jobs

    jobs.huey.immediate = True


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_questions(seed_text: str) -> list[Question]:
    return generate(seed_text, document=SEED.name)


@pytest.fixture(params=["awkward", "seed"])
def question_set(request, seed_questions: list[Question]):
    """The awkward set, and the questions generated from the seed article (format tests)."""
    from question_sets import AWKWARD

    from quiz.formats import QuestionSet

    if request.param == "awkward":
        return AWKWARD
    return QuestionSet("Ukraine crisis (BBC, 4 February 2022)", tuple(seed_questions))


@pytest.fixture(scope="session")
def devset() -> Callable[[str], str]:
    """Reads a document of the development set (real Wikipedia text) by file name."""
    return lambda name: (DEVSET / name).read_text(encoding="utf-8")


# --- the site -------------------------------------------------------------------------------

SHORT_TEXT = (
    "NATO was formed in 1949 by 12 countries including the US, Canada, UK and France.\n\n"
    "About 2,000 troops from Fort Bragg, North Carolina, will be deployed to Poland and "
    "Germany.\n\n"
    "Russia annexed Ukraine's Crimea peninsula in 2014 and supported a rebellion in the Donbas "
    "region that has left 14,000 people dead.\n\n"
    "UK Prime Minister Boris Johnson invoked the horrors of Chechnya and Bosnia.\n"
)


@pytest.fixture
def short_text() -> str:
    """A few sentences that give several questions."""
    return SHORT_TEXT


# Set to a PostgreSQL URL to run the site's tests there (CI does): the database is emptied
# before each test.
TEST_DATABASE = os.environ.get("QUIZ_TEST_DATABASE_URL")


@pytest.fixture
def app_config() -> dict[str, Any]:
    """Settings a test module adds to its sites' (it overrides this fixture)."""
    return {}


def emptied(app) -> None:
    """Drop every table of a PostgreSQL test database, so init_db migrates it from scratch."""
    from quiz.models import db

    db.drop_all()
    with db.engine.begin() as connection:
        connection.execute(sqlalchemy.text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture
def app(tmp_path, app_config):
    """A site with an empty database (SQLite in tmp_path by default) and the demo quiz; teachers
    register with the school's code, and rate limits are off (tests/test_site_accounts.py turns
    them on)."""
    from pages import TEACHER_CODE

    from quiz import create_app
    from quiz.database import init_db
    from quiz.models import db

    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": TEST_DATABASE or f"sqlite:///{tmp_path / 'quiz.sqlite'}",
            "SEEDS_DIR": str(SEED.parent),
            "TEACHER_CODE": TEACHER_CODE,
            "RATELIMIT_ENABLED": False,
            **app_config,
        }
    )
    with app.app_context():
        if TEST_DATABASE:
            emptied(app)
        init_db()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def visitor(client):
    """A client that reads CSRF tokens from pages, like a browser."""
    from pages import Visitor

    return Visitor(client)


# --- a live server for the browser tests ---------------------------------------------------

CHROMIUM = Path("/usr/lib/chromium/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, tmp_path_factory):
    """Debian's Chromium (browsers cannot be downloaded here), with a throw-away HOME."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    home = tmp_path_factory.mktemp("chromium-home")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        "env": {**os.environ, "HOME": str(home)},
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """Pages may be given axe-core's script although the site's CSP allows none."""
    return {**browser_context_args, "bypass_csp": True}


def _live_database() -> str | None:
    """On the PostgreSQL run, the live server's own database beside the tests' (<name>_live):
    the tests' database is emptied before each test, the live server's once."""
    if not TEST_DATABASE:
        return None
    url = sqlalchemy.engine.make_url(TEST_DATABASE)
    return url.set(database=f"{url.database}_live").render_as_string(hide_password=False)


def _closing(app):
    """*app* with each response read whole and closed before it is sent. Werkzeug's development
    server skips closing a response when the browser drops the connection while the server
    drains the request (its `finally` reads the socket first), and the open static file then
    fails the test as an unraisable ResourceWarning (a CI run: favicon.ico)."""

    def wsgi(environ, start_response):
        response = app(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            if hasattr(response, "close"):
                response.close()

    return wsgi


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The site served over HTTP on a free local port, for a real browser."""
    from pages import TEACHER_CODE
    from werkzeug.serving import make_server

    from quiz import create_app
    from quiz.database import init_db
    from quiz.models import db

    folder = tmp_path_factory.mktemp("live")
    app = create_app(
        {
            "SECRET_KEY": "live-test",
            "SQLALCHEMY_DATABASE_URI": _live_database() or f"sqlite:///{folder / 'quiz.sqlite'}",
            "SEEDS_DIR": str(SEED.parent),
            "TEACHER_CODE": TEACHER_CODE,
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        if TEST_DATABASE:
            emptied(app)
        init_db()
    server = make_server("127.0.0.1", 0, _closing(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    with app.app_context():
        db.engine.dispose()
