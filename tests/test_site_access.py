"""Every route as every kind of visitor: anonymous, student, other teacher, owner."""

from __future__ import annotations

import re

import pytest

from quiz.models import db

TEACHER_PAGES = [
    "/teach/",
    "/teach/new",
    "/teach/import",
    "/teach/{quiz}",
    "/teach/{quiz}/statistics",
    "/teach/{quiz}/questions/new",
    "/teach/{quiz}/questions/{question}/edit",
    "/teach/{quiz}/questions/{question}/delete",
    "/teach/{quiz}/export/gift",
    "/teach/{quiz}/export/qti",
    "/teach/{quiz}/assign",
]
TEACHER_ACTIONS = [
    "/teach/{quiz}/publish",
    "/teach/{quiz}/questions/{question}/delete",
    "/teach/{quiz}/questions/{question}/regenerate",
    "/teach/{quiz}/questions/{question}/move",
    "/teach/{quiz}/share",
]


@pytest.fixture
def ids(visitor, short_text) -> dict[str, int]:
    """A quiz of teacher 'tess' with its first question; then nobody is logged in."""
    visitor.register("tess", "teacher")
    page = visitor.new_quiz(short_text).get_data(as_text=True)
    quiz = int(re.search(r"/teach/(\d+)/statistics", page).group(1))
    question = int(re.search(rf"/teach/{quiz}/questions/(\d+)/edit", page).group(1))
    visitor.logout()
    return {"quiz": quiz, "question": question}


def test_anonymous_visitors_are_sent_to_log_in(client, ids) -> None:
    anyone_s = ["/history/", "/q/some-token", "/attempts/1", "/classes/", "/assignments/1"]
    for path in [*TEACHER_PAGES, *anyone_s]:
        response = client.get(path.format(**ids))
        assert response.status_code == 302, path
        assert "/auth/login" in response.location


def test_students_get_403_on_teacher_pages(visitor, ids) -> None:
    visitor.register("sam")
    for path in TEACHER_PAGES:
        assert visitor.client.get(path.format(**ids)).status_code == 403, path
    for path in TEACHER_ACTIONS:
        response = visitor.post(path.format(**ids), {"direction": "up"}, form_page="/")
        assert response.status_code == 403, path


def test_another_teacher_gets_403_and_unknown_ids_404(visitor, ids) -> None:
    visitor.register("otto", "teacher")
    for path in [p for p in TEACHER_PAGES if "{quiz}" in p]:
        assert visitor.client.get(path.format(**ids)).status_code == 403, path
    for path in TEACHER_ACTIONS:
        response = visitor.post(path.format(**ids), {"direction": "up"}, form_page="/")
        assert response.status_code == 403, path
    for path in [
        "/teach/999999",
        "/teach/999999/statistics",
        "/teach/999999/export/gift",
        "/q/no-such-token",
        "/attempts/999999",
        "/assignments/999999",
        "/classes/999999",
        "/nowhere",
    ]:
        response = visitor.client.get(path)
        assert response.status_code == 404, path
        assert "There is no such page." in response.get_data(as_text=True)
    other_question = f"/teach/{ids['quiz']}/questions/999999/edit"
    assert visitor.client.get(other_question).status_code == 403


def test_forms_without_a_csrf_token_are_refused(app, visitor, ids) -> None:
    visitor.login("tess")
    for path in TEACHER_ACTIONS:
        response = visitor.client.post(path.format(**ids), data={"direction": "up"})
        assert response.status_code == 400, path
        assert "The form had expired" in response.get_data(as_text=True)
    forged = visitor.client.post(
        "/teach/new", data={"title": "x", "text": "y", "count": 1, "choices": 4}
    )
    assert forged.status_code == 400
    assert visitor.client.post("/auth/login", data={"username": "tess"}).status_code == 400


def test_wrong_methods_and_errors_never_show_a_traceback(app, visitor, ids) -> None:
    visitor.login("tess")
    response = visitor.client.get(f"/teach/{ids['quiz']}/publish")
    assert response.status_code == 405

    from quiz import create_app

    broken = create_app({**app.config, "TESTING": False})

    @broken.route("/boom")
    def boom():
        raise ZeroDivisionError("secret detail")

    failure = broken.test_client().get("/boom")
    assert failure.status_code == 500
    page = failure.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert (
        "ZeroDivisionError" not in page and "secret detail" not in page and "Traceback" not in page
    )


def test_pages_carry_security_headers(client) -> None:
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_templates_escape_what_users_wrote(app, visitor) -> None:
    visitor.register("tess", "teacher")
    page = visitor.new_quiz(
        "<script>alert(1)</script> NATO was formed in 1949 by 12 countries.", title="<b>bold</b>"
    ).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    with app.app_context():
        db.session.remove()


def test_health_answers_anyone(client) -> None:
    response = client.get("/health")
    assert response.status_code == 200 and response.get_data(as_text=True) == "ok\n"


def test_the_site_has_an_icon_for_anyone(client) -> None:
    moved = client.get("/favicon.ico")
    assert moved.status_code == 301 and moved.location == "/static/favicon.ico"
    with client.get(moved.location) as icon:
        assert icon.status_code == 200
        assert icon.get_data().startswith(b"\x00\x00\x01\x00")  # an ICO file
        assert icon.mimetype in {"image/vnd.microsoft.icon", "image/x-icon"}
    assert '<link rel="icon" href="/static/favicon.ico">' in client.get("/").get_data(as_text=True)


def test_init_db_command(runner) -> None:
    result = runner.invoke(args=["init-db"])
    assert "Database ready (0 demo quizzes created)." in result.output  # already there
