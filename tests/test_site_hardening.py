"""What a security probe of the production server found: the Content Security Policy, HTTPS
behind a proxy, caching of pages that hold answers, requests that gave 500 instead of 400 or 404,
a health check that did not check, the quiz-page cache under threads, and questions added twice.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from huey import SqliteHuey
from pages import Visitor, attempt_on
from sqlalchemy import event, func, insert, select, update

from quiz import create_app, jobs, library, quizzes
from quiz.models import Attempt, Question, Quiz, db

ROOT = Path(__file__).resolve().parents[1]
POLICY = {
    "default-src": "'self'",
    "script-src": "'none'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "form-action": "'self'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
}
HSTS = "max-age=31536000; includeSubDomains"
ABOVE_INTEGER = str(2**31)  # the first id a PostgreSQL INTEGER cannot hold
ABOVE_BIGINT = str(2**63)  # the first SQLite cannot hold
BAD_REQUEST = "The request could not be understood."


@pytest.fixture
def teacher(visitor):
    visitor.register("tess", "teacher")
    return visitor


@pytest.fixture
def quiz_id(teacher, short_text) -> int:
    page = teacher.new_quiz(short_text, title="NATO").get_data(as_text=True)
    return int(re.search(r"/teach/(\d+)/statistics", page).group(1))


@pytest.fixture
def demo_link(app) -> str:
    """The share link of the first demo quiz (init_db shares it)."""
    with app.app_context():
        token = db.session.scalars(select(Quiz.share_token).order_by(Quiz.id)).first()
    return f"/q/{token}"


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Log records at ERROR or above, or carrying an exception: what a 500 leaves."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def directives(header: str) -> dict[str, str]:
    """A Content Security Policy as {directive: sources}."""
    parts = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return dict(parts)


@pytest.fixture
def site(app) -> Iterator[Callable[..., Flask]]:
    """Makes other apps on the same database: the tests' settings, and the config given."""
    made: list[Flask] = []

    def make(**config: Any) -> Flask:
        made.append(create_app({**app.config, **config}))
        return made[-1]

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()


# --- 1. Content Security Policy ---------------------------------------------------------------


def test_every_page_forbids_scripts_foreign_forms_and_base_urls(app, teacher, quiz_id) -> None:
    anonymous = app.test_client()
    for response in (
        anonymous.get("/"),
        anonymous.get("/auth/login"),
        teacher.client.get("/"),
        teacher.client.get(f"/teach/{quiz_id}"),
        teacher.client.get(f"/teach/{quiz_id}/questions/new"),
        teacher.client.get("/no-such-page"),
    ):
        assert directives(response.headers["Content-Security-Policy"]) == POLICY


def test_no_page_needs_a_script() -> None:
    """The policy allows no script: no template has one, inline or as an event handler."""
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text(encoding="utf-8").lower()
        assert "<script" not in text, template
        assert not re.search(r"\son[a-z]+\s*=", text), template
        assert "javascript:" not in text, template


def test_the_worksheet_keeps_its_own_policy_as_strict(teacher, quiz_id) -> None:
    response = teacher.client.get(f"/teach/{quiz_id}/export/worksheet")
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy == {
        "default-src": "'none'",  # no script, image or font either
        "style-src": "'unsafe-inline'",  # its print styles
        "form-action": "'none'",
        "base-uri": "'none'",
        "frame-ancestors": "'none'",
    }


# --- 2. HTTPS: behind a proxy, the Secure cookie and HSTS -------------------------------------


def secure_cookie(response) -> bool:
    """Whether the response sets the session cookie with the Secure attribute."""
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert cookies, "no session cookie set"
    return all("; Secure" in cookie for cookie in cookies)


def test_plain_http_gets_no_hsts_and_a_cookie_without_secure(client) -> None:
    response = client.get("/auth/login")  # the form's CSRF token goes in the session
    assert "Strict-Transport-Security" not in response.headers
    assert not secure_cookie(response)


def test_https_gets_hsts_and_a_secure_cookie(client) -> None:
    response = client.get("/auth/login", base_url="https://quiz.example.org")
    assert response.headers["Strict-Transport-Security"] == HSTS
    assert secure_cookie(response)


def test_a_trusted_proxy_tells_the_site_it_is_served_over_https(site) -> None:
    proxied = site(TRUSTED_PROXIES=1)

    @proxied.route("/_client")
    def client_address() -> str:
        from flask import request

        return request.remote_addr or ""

    browser = proxied.test_client()
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
    response = browser.get("/auth/login", headers=forwarded)
    assert response.headers["Strict-Transport-Security"] == HSTS
    assert secure_cookie(response)
    assert browser.get("/_client", headers=forwarded).get_data(as_text=True) == "203.0.113.7"
    # The proxy reached the site over plain HTTP: no HSTS then.
    plain = browser.get("/auth/login", headers={"X-Forwarded-Proto": "http"})
    assert "Strict-Transport-Security" not in plain.headers


def test_registering_through_the_proxy_over_https_works(site) -> None:
    """Flask-WTF checks that an HTTPS post comes from the site's own pages (its Referer): the
    site must see the scheme the browser used."""
    browser = site(TRUSTED_PROXIES=1).test_client()
    browser.environ_base.update(
        {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_REFERER": "https://localhost/auth/register"}
    )
    registered = Visitor(browser).register("sam")
    assert registered.status_code == 302
    assert secure_cookie(registered)
    assert "sam (student)" in browser.get("/").get_data(as_text=True)


def test_forwarded_headers_are_ignored_without_a_trusted_proxy(client) -> None:
    response = client.get("/auth/login", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in response.headers
    assert not secure_cookie(response)


def test_https_can_be_said_in_the_configuration(site) -> None:
    """A proxy that does not say X-Forwarded-Proto: the installation says it is served over
    HTTPS."""
    response = site(PREFERRED_URL_SCHEME="https").test_client().get("/auth/login")
    assert response.headers["Strict-Transport-Security"] == HSTS
    assert secure_cookie(response)


# --- 3. Pages of logged-in users are not kept by browsers or proxies --------------------------


def test_pages_of_logged_in_users_are_not_stored(app, teacher, quiz_id) -> None:
    for url in (
        "/",
        f"/teach/{quiz_id}",  # the answer keys
        f"/teach/{quiz_id}/questions/new",
        f"/teach/{quiz_id}/statistics",
        "/teach/",
        "/classes/",
        "/history/",
        "/no-such-page",
    ):
        response = teacher.client.get(url)
        assert response.headers.get("Cache-Control") == "no-store", url
    teacher.logout()
    teacher.register("sam")
    assert teacher.client.get("/history/").headers.get("Cache-Control") == "no-store"
    # The stylesheet is the same for everyone: it may be kept.
    style = teacher.client.get("/static/style.css")
    assert "no-store" not in style.headers.get("Cache-Control", "")
    style.close()


# --- 4. Requests that gave 500: 400 or 404 now, with no traceback, changing nothing ----------


def url_with_ids(rule: str, number: str) -> str:
    """A route's URL with *number* for each id and a valid word for its other parts."""
    url = re.sub(r"<(?:int|id):\w+>", number, rule)
    url = re.sub(r"<any\(([\w]+)[^)]*\):\w+>", r"\1", url)
    return re.sub(r"<\w+>", "x", url)


def test_ids_beyond_the_database_range_are_404(app, teacher, quiz_id, caplog) -> None:
    token = teacher.token("/")
    routes = [r for r in app.url_map.iter_rules() if re.search(r"<(?:int|id):", r.rule)]
    assert len(routes) >= 25
    for number in (ABOVE_INTEGER, ABOVE_BIGINT, "9" * 30, "1" * 5000, str(2**31 - 1)):
        for rule in routes:
            url = url_with_ids(rule.rule, number)
            if "GET" in rule.methods:
                response = teacher.client.get(url)
            else:
                response = teacher.client.post(url, data={"csrf_token": token})
            assert response.status_code == 404, (url[:80], response.status_code)
            assert "There is no such page." in response.get_data(as_text=True)
    assert tracebacks(caplog) == []


def test_an_id_in_another_script_s_digits_is_404(teacher, quiz_id) -> None:
    assert teacher.client.get(f"/teach/{quiz_id}").status_code == 200
    arabic = str(quiz_id).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert teacher.client.get(f"/teach/{arabic}").status_code == 404


def test_deeply_nested_json_is_refused_with_a_message(app, teacher, caplog) -> None:
    with app.app_context():
        before = db.session.scalar(select(func.count()).select_from(Quiz))
    deep = '{"questions": [' + "[" * 100_000 + "]" * 100_000 + "]}"
    response = teacher.post(
        "/teach/import",
        {"file_format": "", "title": "", "upload": (io.BytesIO(deep.encode()), "deep.json")},
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200  # the import form, its error beside the file field
    assert "deep.json is not valid json: nested too deeply" in page
    assert tracebacks(caplog) == []
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Quiz)) == before


@pytest.mark.parametrize("value", ["²", "1" * 5000, "٣", "-1", "9"])
def test_an_answer_that_is_no_option_is_400(app, visitor, demo_link, value, caplog) -> None:
    visitor.register("sam")
    attempt = attempt_on(visitor.text(demo_link))
    for extra in ({}, {"confirm": "yes"}):
        response = visitor.post(
            f"/attempts/{attempt}/submit", {"q0": value, **extra}, form_page="/"
        )
        assert response.status_code == 400
        assert BAD_REQUEST in response.get_data(as_text=True)
    assert tracebacks(caplog) == []
    with app.app_context():
        assert db.session.get(Attempt, attempt).submitted_at is None


@pytest.mark.parametrize("value", ["²", "1" * 5000, "9", "99"])
def test_a_right_answer_that_is_no_option_is_refused(app, teacher, quiz_id, value, caplog):
    """The question editor's "right answer" (a radio button A-F), tampered with."""
    with app.app_context():
        before = db.session.scalar(select(func.count()).where(Question.quiz_id == quiz_id))
    response = teacher.post(
        f"/teach/{quiz_id}/questions/new",
        {"stem": "Which?", "option_0": "a", "option_1": "b", "key": value},
    )
    assert response.status_code == 200  # the form again, the error beside the field
    assert "Not a valid choice." in response.get_data(as_text=True)
    assert tracebacks(caplog) == []
    with app.app_context():
        assert db.session.scalar(select(func.count()).where(Question.quiz_id == quiz_id)) == before


# --- 5. /healthz checks the database and the job queue ----------------------------------------


@contextlib.contextmanager
def read_only_database(app) -> Iterator[None]:
    """New connections to the database can read but not write (SQLite: a read-only connection
    URI; PostgreSQL: read-only transactions), as when its disk is mounted read-only."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":

        def connect(_dialect, _record, cargs, cparams) -> None:
            cargs[0] = f"file:{Path(cargs[0]).resolve()}?mode=ro"
            cparams["uri"] = True

        hook = "do_connect"
    else:

        def connect(connection, _record) -> None:
            with connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
            connection.commit()

        hook = "connect"
    event.listen(engine, hook, connect)
    engine.dispose()  # the connections opened before
    try:
        yield
    finally:
        event.remove(engine, hook, connect)


def test_healthz_reports_the_database_and_the_queue(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok", "queue": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_a_database_that_cannot_be_written_is_503_until_restored(app, client, caplog) -> None:
    with read_only_database(app):
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.get_json() == {"status": "failing", "database": "failing", "queue": "ok"}
        assert client.get("/health").status_code == 200  # the web process itself answers
    assert "database" in caplog.text and "readonly" in caplog.text.replace("read-only", "readonly")
    assert client.get("/healthz").status_code == 200


def test_a_queue_that_cannot_be_reached_is_503_until_restored(client, tmp_path, monkeypatch):
    folder = tmp_path / "queue"
    folder.mkdir()
    monkeypatch.setattr(jobs, "huey", SqliteHuey("quiz", filename=str(folder / "queue.sqlite")))
    assert client.get("/healthz").status_code == 200
    jobs.huey.storage.close()
    folder.rename(tmp_path / "elsewhere")  # the queue's folder is gone (a disk not mounted)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "failing", "database": "ok", "queue": "failing"}
    (tmp_path / "elsewhere").rename(folder)
    assert client.get("/healthz").status_code == 200
    jobs.huey.storage.close()


def test_a_queue_that_cannot_be_written_is_503(client, tmp_path, monkeypatch) -> None:
    path = tmp_path / "queue.sqlite"
    SqliteHuey("quiz", filename=str(path)).storage.close()  # made, as at the site's start
    read_only = SqliteHuey("quiz", filename=f"file:{path}?mode=ro", uri=True, create_tables=False)
    monkeypatch.setattr(jobs, "huey", read_only)
    assert client.get("/healthz").get_json()["queue"] == "failing"
    read_only.storage.close()


# --- 6. The quiz-page cache: under threads, and after a submit --------------------------------


def test_a_page_submitted_elsewhere_is_not_served_as_open(app, visitor, demo_link) -> None:
    """Submitted through another web worker (which has its own cache): this one must not serve
    the page it keeps."""
    visitor.register("sam")
    attempt = attempt_on(visitor.text(demo_link))
    assert attempt_on(visitor.text(demo_link)) == attempt  # now kept by this worker
    with app.app_context():
        assert quizzes.submit(db.session.get(Attempt, attempt), {})
        db.session.commit()
    again = visitor.text(demo_link)
    assert f"/attempts/{attempt}/submit" not in again
    assert "You took this quiz on" in again


def test_a_page_submitted_on_another_device_is_not_served_as_open(app, visitor, demo_link):
    """The phone still holds the session cookie that remembers the open attempt."""
    visitor.register("sam")
    attempt = attempt_on(visitor.text(demo_link))
    phone = app.test_client()
    phone.set_cookie("session", visitor.client.get_cookie("session").value)
    assert attempt_on(phone.get(demo_link).get_data(as_text=True)) == attempt
    submitted = visitor.post(f"/attempts/{attempt}/submit", {"confirm": "yes"}, form_page="/")
    assert submitted.status_code == 302
    again = phone.get(demo_link).get_data(as_text=True)
    assert f"/attempts/{attempt}/submit" not in again
    assert "You took this quiz on" in again


@pytest.mark.parametrize("change", ["close", "withdraw the link"])
def test_an_attempt_started_before_the_teacher_closes_the_quiz_can_be_finished(
    app, visitor, demo_link, change
) -> None:
    """Closing takes no new attempts ("Close to new attempts"); one already started, its page
    kept by the worker or not, is finished and scored. A student who had not started gets
    nothing."""
    visitor.register("sam")
    attempt = attempt_on(visitor.text(demo_link))  # the page is now kept
    with app.app_context():
        quiz = db.session.scalars(select(Quiz).order_by(Quiz.id)).first()
        if change == "close":
            library.close(quiz)
        else:
            quiz.share_token = None
        db.session.commit()
    assert attempt_on(visitor.text(demo_link)) == attempt  # the kept page
    assert attempt_on(visitor.text(f"/attempts/{attempt}/answer")) == attempt
    submitted = visitor.post(f"/attempts/{attempt}/submit", {"confirm": "yes"}, form_page="/")
    assert submitted.location == f"/attempts/{attempt}"
    with app.app_context():
        assert db.session.get(Attempt, attempt).submitted_at is not None
    newcomer = Visitor(app.test_client())
    newcomer.register("nia")
    assert newcomer.client.get(demo_link).status_code == 404


class Preempted(OrderedDict):
    """An OrderedDict that lets other threads run in the middle of each use, as a thread switch
    at the wrong moment (or a Python without the GIL) would."""

    def get(self, *args):
        found = super().get(*args)
        time.sleep(0)
        return found

    def move_to_end(self, *args, **kwargs) -> None:
        time.sleep(0)
        super().move_to_end(*args, **kwargs)

    def popitem(self, *args, **kwargs):
        time.sleep(0)
        return super().popitem(*args, **kwargs)


def test_the_page_cache_holds_under_threads(app, demo_link, monkeypatch) -> None:
    """Students reload their pages at once in one threaded worker, the cache (two pages here)
    turning over all the time: every reload gets its own page."""
    from quiz.views import quizzes as pages

    monkeypatch.setattr(pages, "PAGE_CACHE_SIZE", 2)
    monkeypatch.setattr(pages, "OrderedDict", Preempted)
    students = []
    for number in range(6):
        student = Visitor(app.test_client())
        student.register(f"student{number}")
        students.append((student.client, attempt_on(student.text(demo_link))))
    failures: list[str] = []
    start = threading.Barrier(len(students))

    def reload(browser, attempt: int) -> None:
        start.wait()
        for _ in range(30):
            response = browser.get(demo_link)
            if response.status_code != 200:
                failures.append(f"attempt {attempt}: {response.status_code}")
            elif attempt_on(response.get_data(as_text=True)) != attempt:
                failures.append(f"attempt {attempt}: another student's page")

    threads = [threading.Thread(target=reload, args=student) for student in students]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


# --- 7. Adding questions: positions stay distinct, and a double click saves once --------------


def question_form(teacher, quiz_id: int, stem: str) -> dict[str, str]:
    """The add-question form as the browser sends it, with its hidden fields."""
    page = teacher.text(f"/teach/{quiz_id}/questions/new")
    fields = (
        (re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag))
        for tag in re.findall(r'<input[^>]*type="hidden"[^>]*>', page)
    )
    hidden = {name.group(1): value.group(1) for name, value in fields}
    return {**hidden, "stem": stem, "option_0": "1949", "option_1": "1951", "key": "0"}


def order_of(app, quiz_id: int) -> list[int]:
    """The quiz's question ids, first to last."""
    with app.app_context():
        return list(
            db.session.scalars(
                select(Question.id).where(Question.quiz_id == quiz_id).order_by(Question.position)
            )
        )


def positions(app, quiz_id: int) -> list[int]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(Question.position).where(Question.quiz_id == quiz_id).order_by(Question.id)
            )
        )


def add_behind_its_back(app, quiz_id: int, position: int, stem: str) -> None:
    """Another teacher's request adds a question and commits, on its own connection."""
    with app.app_context(), db.engine.begin() as connection:
        connection.execute(
            insert(Question).values(
                quiz_id=quiz_id,
                position=position,
                stem=stem,
                kind="manual",
                source_sentence="",
                flags_json="[]",
            )
        )


def test_a_question_added_meanwhile_keeps_its_own_position(app, teacher, quiz_id, monkeypatch):
    """Two adds at once on one quiz: the second read the questions before the first committed."""
    from quiz.forms import QuestionForm

    validate = QuestionForm.validate_on_submit
    count = len(positions(app, quiz_id))

    def validate_while_another_adds(form) -> bool:
        add_behind_its_back(app, quiz_id, count, "Added in another tab")
        return validate(form)

    data = question_form(teacher, quiz_id, "When was NATO formed?")
    monkeypatch.setattr(QuestionForm, "validate_on_submit", validate_while_another_adds)
    assert teacher.client.post(f"/teach/{quiz_id}/questions/new", data=data).status_code == 302
    found = positions(app, quiz_id)
    assert len(found) == count + 2
    assert sorted(found) == list(range(count + 2))


def test_an_add_that_loses_the_race_for_a_position_tries_the_next(app, teacher, quiz_id):
    """The position is read, another request takes it, the insert fails: read it again."""
    count = len(positions(app, quiz_id))
    taken = quizzes.next_position

    def then_taken(quiz: int) -> int:
        position = taken(quiz)
        if position == count:
            add_behind_its_back(app, quiz, position, "Added in another tab")
        return position

    data = question_form(teacher, quiz_id, "When was NATO formed?")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quizzes, "next_position", then_taken)
        response = teacher.client.post(f"/teach/{quiz_id}/questions/new", data=data)
    assert response.status_code == 302
    assert sorted(positions(app, quiz_id)) == list(range(count + 2))
    with app.app_context():
        stems = db.session.scalars(select(Question.stem).where(Question.quiz_id == quiz_id))
        assert "When was NATO formed?" in set(stems)


def test_the_same_form_saved_twice_adds_one_question(app, teacher, quiz_id) -> None:
    count = len(positions(app, quiz_id))
    data = question_form(teacher, quiz_id, "When was NATO formed?")
    first = teacher.client.post(f"/teach/{quiz_id}/questions/new", data=data)
    second = teacher.client.post(f"/teach/{quiz_id}/questions/new", data=data)
    assert first.status_code == second.status_code == 302
    assert len(positions(app, quiz_id)) == count + 1
    review = teacher.client.get(f"/teach/{quiz_id}").get_data(as_text=True)
    assert review.count("When was NATO formed?") == 1
    assert "already saved" in review
    # The next form is a new question.
    teacher.client.post(
        f"/teach/{quiz_id}/questions/new", data=question_form(teacher, quiz_id, "Who joined?")
    )
    assert len(positions(app, quiz_id)) == count + 2


def test_moving_and_deleting_questions_keep_positions_distinct(app, teacher, quiz_id) -> None:
    ids = order_of(app, quiz_id)
    token = teacher.token(f"/teach/{quiz_id}")
    move = f"/teach/{quiz_id}/questions/{ids[0]}/move"
    for direction in ("down", "down", "up"):
        assert (
            teacher.client.post(
                move, data={"csrf_token": token, "direction": direction}
            ).status_code
            == 302
        )
    delete = f"/teach/{quiz_id}/questions/{ids[1]}/delete"
    assert teacher.client.post(delete, data={"csrf_token": token}).status_code == 302
    order = order_of(app, quiz_id)
    assert order == [ids[0], *ids[2:]]
    assert sorted(positions(app, quiz_id)) == list(range(len(ids) - 1))


def test_the_migration_renumbers_duplicate_positions(app) -> None:
    """Questions at one position (as concurrent adds left them) upgrade to distinct positions,
    in the order the site showed them; other quizzes keep theirs."""
    from flask_migrate import downgrade, upgrade
    from sqlalchemy import text

    def order() -> dict[int, list[tuple[int, int]]]:
        rows = db.session.execute(
            text("SELECT quiz_id, id, position FROM questions ORDER BY quiz_id, position, id")
        )
        found: dict[int, list[tuple[int, int]]] = {}
        for quiz, question, position in rows:
            found.setdefault(quiz, []).append((question, position))
        return found

    with app.app_context():
        demo = db.session.scalars(select(Quiz)).first()
        db.session.add(library.duplicate(demo, demo.owner_id))
        db.session.commit()
        before = order()
        first, second = sorted(before)
        one, two, three = (question for question, _ in before[first])
        db.session.commit()  # no transaction of ours in the migration's way (PostgreSQL)
        downgrade(revision="-1")  # the schema before the constraint
        for question, position in ((one, 5), (two, 1), (three, 1)):
            db.session.execute(
                text("UPDATE questions SET position = :position WHERE id = :id"),
                {"position": position, "id": question},
            )
        db.session.commit()
        upgrade()
        after = order()
        db.session.remove()
    assert after[first] == [(two, 0), (three, 1), (one, 2)]
    assert after[second] == before[second]


@pytest.mark.parametrize("moved", ["second", "third"])
def test_a_move_while_another_tab_deletes_the_first_is_made_on_what_is_left(
    app, teacher, quiz_id, monkeypatch, moved
) -> None:
    """The order is read, another request deletes the first question and commits: moving the
    second up renumbered a row that was gone (StaleDataError, a 500 before); moving the third
    up left a gap at the top (no error, positions 1 and 2)."""
    first, second, third = order_of(app, quiz_id)[:3]
    move, deleted = quizzes.move_question, []

    def after_another_delete(question: Question, offset: int) -> None:
        list(question.quiz.questions)  # this request has read the order
        if not deleted:
            with app.app_context():
                quizzes.delete_question(db.session.get(Question, first))
                db.session.commit()
            deleted.append(first)
        move(question, offset)

    monkeypatch.setattr(quizzes, "move_question", after_another_delete)
    question = {"second": second, "third": third}[moved]
    sent = teacher.post(
        f"/teach/{quiz_id}/questions/{question}/move", {"direction": "up"}, form_page="/"
    )
    assert sent.status_code == 302
    order = order_of(app, quiz_id)
    assert order[:2] == ([second, third] if moved == "second" else [third, second])
    assert sorted(positions(app, quiz_id)) == list(range(len(order)))


def test_a_move_while_another_tab_moves_is_made_on_the_new_order(
    app, teacher, quiz_id, monkeypatch
) -> None:
    """The quiz's order is read, another request moves a question and commits, then this move
    is written: it collided with the other (a 500 before); it is made again on the new order."""
    first, second, third = order_of(app, quiz_id)[:3]
    move = quizzes.move_question

    def after_another_move(question: Question, offset: int) -> None:
        list(question.quiz.questions)  # this request has read the order
        if question.quiz.questions[1].id == second:  # once: the other tab moves the third up
            with app.app_context(), db.engine.begin() as connection:
                for position, moved in ((-1, third), (2, second), (1, third)):
                    connection.execute(
                        update(Question).where(Question.id == moved).values(position=position)
                    )
        move(question, offset)

    monkeypatch.setattr(quizzes, "move_question", after_another_move)
    moved = teacher.post(
        f"/teach/{quiz_id}/questions/{second}/move", {"direction": "up"}, form_page="/"
    )
    assert moved.status_code == 302
    order = order_of(app, quiz_id)
    assert order[:3] == [first, second, third]  # the third moved up, then the second did
    assert sorted(positions(app, quiz_id)) == list(range(len(order)))
