"""Accounts: registering, logging in and out, and the password store."""

from __future__ import annotations

from sqlalchemy import select

from quiz.models import User, db


def test_register_logs_in_and_hashes_the_password(app, visitor) -> None:
    response = visitor.register("ada", "teacher")
    assert response.status_code == 302
    page = visitor.text("/")
    assert "ada (teacher)" in page and "My quizzes" in page
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "ada"))
        assert user.role == "teacher"
        assert "correct horse" not in user.password_hash
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_registration_errors_are_shown_beside_the_field(visitor) -> None:
    visitor.register("ada")
    visitor.logout()
    taken = visitor.register("ada").get_data(as_text=True)
    assert "That username is taken." in taken
    short = visitor.post(
        "/auth/register",
        {"username": "bob", "password": "short", "confirm": "short", "role": "student"},
    )
    assert "Use at least 10 characters." in short.get_data(as_text=True)
    differ = visitor.post(
        "/auth/register",
        {
            "username": "bob",
            "password": "long enough 1",
            "confirm": "long enough 2",
            "role": "student",
        },
    )
    assert "The passwords differ." in differ.get_data(as_text=True)
    odd_role = visitor.post(
        "/auth/register",
        {
            "username": "bob",
            "password": "long enough 1",
            "confirm": "long enough 1",
            "role": "admin",
        },
    )
    assert "Not a valid choice" in odd_role.get_data(as_text=True)


def test_login_logout(visitor) -> None:
    visitor.register("ada")
    visitor.logout()
    assert "Log in" in visitor.text("/")
    wrong = visitor.login("ada", "wrong password")
    assert "Wrong username or password." in wrong.get_data(as_text=True)
    assert visitor.login("ada").status_code == 302
    assert "ada (student)" in visitor.text("/")


def test_login_returns_to_the_page_asked_for_but_only_on_this_site(visitor) -> None:
    visitor.register("ada")
    visitor.logout()
    page = visitor.client.get("/history/")
    assert page.status_code == 302 and "/auth/login?next=" in page.location
    back = visitor.post(
        "/auth/login?next=/history/",
        {"username": "ada", "password": "correct horse"},
        form_page="/auth/login",
    )
    assert back.location == "/history/"
    visitor.logout()
    away = visitor.post(
        "/auth/login?next=//evil.example/",
        {"username": "ada", "password": "correct horse"},
        form_page="/auth/login",
    )
    assert away.location == "/"


def test_logout_needs_a_post_with_a_token(visitor) -> None:
    visitor.register("ada")
    assert visitor.client.get("/auth/logout").status_code == 405
    assert visitor.client.post("/auth/logout").status_code == 400
    assert "ada (student)" in visitor.text("/")


def test_logging_out_says_so(visitor) -> None:
    visitor.register("sam")
    page = visitor.post("/auth/logout", form_page="/", follow_redirects=True)
    assert "You are logged out." in page.get_data(as_text=True)


def test_the_login_link_carries_the_page_without_a_stray_question_mark(client) -> None:
    from urllib.parse import parse_qs, urlsplit

    def next_of(path: str) -> str:
        location = client.get(path).location
        return parse_qs(urlsplit(location).query)["next"][0]

    assert next_of("/history/") == "/history/"
    assert next_of("/teach/?sort=title") == "/teach/?sort=title"
