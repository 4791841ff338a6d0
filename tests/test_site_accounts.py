"""Accounts, hardened: ?next= stays on the site, logins and reset codes are rate limited, a
login does not tell which usernames exist, teachers register by invitation, new passwords follow
rules, usernames are normalised, sessions can be ended, and teachers give reset codes."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
import time
from typing import Any
from urllib.parse import urlencode

import flask_migrate
import pytest
import werkzeug.security
from click.testing import CliRunner
from itsdangerous import TimestampSigner
from pages import CSRF, Visitor
from sqlalchemy import func, select, text, update
from werkzeug.security import generate_password_hash

from quiz import create_app, devices
from quiz.cli import main
from quiz.models import Quiz, ResetCode, SchoolClass, TeacherInvitation, User, db

PASSWORD = "correct horse"  # the tests' usual password (tests/pages.py)
CODE_ON_PAGE = re.compile(r'<strong class="code">([A-Z0-9-]+)</strong>')


@pytest.fixture
def app_config() -> dict[str, Any]:
    """Rate limits on, at their defaults unless a test lowers them."""
    return {"RATELIMIT_ENABLED": True}


def _text(response) -> str:
    return response.get_data(as_text=True)


def _user(app, username: str) -> User | None:
    with app.app_context():
        found = db.session.scalar(select(User).where(User.username == username))
        if found is not None:
            db.session.expunge(found)
        return found


def _count_users(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(User))


def _add_user(app, username: str, password: str, role: str = "student", **extra: Any) -> int:
    """An account written straight to the database (as older releases or the CLI made them)."""
    with app.app_context():
        user = User(
            username=username,
            password_hash=generate_password_hash(password, **extra.pop("hashing", {})),
            role=role,
            **extra,
        )
        db.session.add(user)
        db.session.commit()
        return user.id


def _login_from(visitor: Visitor, address: str, username: str, password: str = PASSWORD):
    return visitor.post(
        "/auth/login",
        {"username": username, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


# --- 1. ?next= only leads to a path on this site ---------------------------------------------

UNSAFE_NEXT = [
    "//evil.example/",
    "///evil.example/",
    "////evil.example/",
    "/\\evil.example/",
    "/\\/evil.example/",
    "/%2F%2Fevil.example/",
    "/%252F%252Fevil.example/",
    "%2F%2Fevil.example/",
    "/%5Cevil.example/",
    "https:evil.example",
    "https://evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "\t//evil.example/",
    " //evil.example/",
    "/%09/evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
]


@pytest.mark.parametrize("target", UNSAFE_NEXT)
def test_login_never_sends_anyone_to_another_site(visitor, target: str) -> None:
    visitor.register("ada")
    visitor.logout()
    response = visitor.post(
        "/auth/login?" + urlencode({"next": target}),
        {"username": "ada", "password": PASSWORD},
        form_page="/auth/login",
    )
    assert response.status_code == 302
    assert response.location == "/"


@pytest.mark.parametrize("target", ["/history/", "/teach/?q=NATO%20quiz", "/classes/join/AB"])
def test_login_returns_to_a_page_of_the_site(visitor, target: str) -> None:
    visitor.register("ada")
    visitor.logout()
    response = visitor.post(
        "/auth/login?" + urlencode({"next": target}),
        {"username": "ada", "password": PASSWORD},
        form_page="/auth/login",
    )
    assert response.location == target


# --- 2. rate limits -----------------------------------------------------------------------------


def test_wrong_passwords_lock_the_account_from_every_address(app, visitor) -> None:
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "3 per hour"
    visitor.register("ada")
    visitor.logout()
    for _ in range(3):
        assert "Wrong username or password." in _text(visitor.login("ada", "wrong password"))
    locked = visitor.login("ADA")  # now the right password, the name typed otherwise
    assert locked.status_code == 429
    page = _text(locked)
    assert "Too many tries" in page and "reset code" in page and "Traceback" not in page
    assert "logged in on before" in page
    assert int(locked.headers["Retry-After"]) > 0
    assert _login_from(visitor, "192.0.2.7", "ada").status_code == 429  # from anywhere
    visitor.register("bob")  # another account from the same address is not locked
    visitor.logout()
    assert visitor.login("bob").status_code == 302


def test_someone_else_s_wrong_passwords_do_not_lock_the_owner_out_of_a_known_browser(
    app, visitor
) -> None:
    """Ten wrong passwords for a classmate's name used to lock the classmate out everywhere."""
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "3 per hour"
    visitor.register("ada")  # ada's own browser: it has logged in to ada
    visitor.logout()
    mallory = Visitor(app.test_client())  # another browser, behind the same school address
    for _ in range(3):
        assert mallory.login("ada", "a guess").status_code == 200
    assert mallory.login("ada", "another guess").status_code == 429
    assert visitor.login("ada").status_code == 302  # ada logs in from her browser
    visitor.logout()
    newcomer = Visitor(app.test_client())  # a browser ada never used waits, as before
    assert newcomer.login("ada").status_code == 429
    forged = Visitor(app.test_client())
    forged.client.set_cookie(devices.COOKIE, visitor.client.get_cookie(devices.COOKIE).value + "x")
    assert forged.login("ada").status_code == 429  # a tampered cookie is not a known browser
    mallory.register("mallory")  # a browser known for another account is not known for ada
    mallory.logout()
    assert mallory.login("ada").status_code == 429
    for _ in range(3):  # ada's own wrong passwords count in her browser
        visitor.login("ada", "a slip")
    assert visitor.login("ada").status_code == 429


def test_a_known_browser_names_nobody_and_is_unknown_once_the_password_changes(
    app, visitor
) -> None:
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "3 per hour"
    visitor.register("wilhelmina")  # no hex digits: the cookie's random id cannot spell it
    cookie = visitor.client.get_cookie(devices.COOKIE).value
    assert "wilhelmina" not in base64.urlsafe_b64decode(cookie.split(".")[0] + "==").decode()
    new_password = "a brand new sentence"
    changed = visitor.post(
        "/auth/account",
        {"current": PASSWORD, "password": new_password, "confirm": new_password},
    )
    assert changed.status_code == 302
    visitor.logout()
    old_browser = Visitor(app.test_client())  # still holds the cookie from before the change
    old_browser.client.set_cookie(devices.COOKIE, cookie)
    mallory = Visitor(app.test_client())
    for _ in range(3):
        mallory.login("wilhelmina", "a guess")
    assert old_browser.login("wilhelmina", new_password).status_code == 429
    assert visitor.login("wilhelmina", new_password).status_code == 302  # known since the change


def test_guesses_from_a_school_s_shared_address_do_not_lock_out_known_browsers(
    app, visitor
) -> None:
    app.config["LOGIN_LIMIT_PER_ADDRESS"] = "3 per hour"
    visitor.register("ada")
    visitor.logout()
    mallory = Visitor(app.test_client())  # the same address: the test client's
    for name in ("bob", "cleo", "dan"):
        mallory.login(name, "a guess")
    assert mallory.login("ada").status_code == 429
    assert Visitor(app.test_client()).login("ada").status_code == 429  # a new browser waits
    assert visitor.login("ada").status_code == 302


def test_a_json_body_cannot_log_in_past_the_account_s_limit(app, visitor) -> None:
    """The form is read from the posted form alone, which the limit is keyed on: a JSON body
    with the token in a header, sent while logged in as oneself, neither logs in nor charges
    the attacker's own account instead of the victim's."""
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "3 per hour"
    visitor.register("victim")
    visitor.logout()
    for _ in range(3):
        visitor.login("victim", "wrong password")
    visitor.register("mallory")
    token = visitor.token("/auth/login")
    sent = visitor.client.post(
        "/auth/login",
        json={"username": "victim", "password": PASSWORD},
        headers={"X-CSRFToken": token},
    )
    assert sent.status_code != 302
    assert b"Traceback" not in sent.data
    visitor.logout()
    assert visitor.login("victim").status_code == 429


def test_the_account_page_counts_wrong_passwords_against_its_own_account(app, visitor) -> None:
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "3 per hour"
    visitor.register("ada")
    for i in range(3):
        visitor.post(
            "/auth/account",
            {"current": "not it at all", "password": "x", "confirm": "x", "username": f"x{i}"},
            form_page="/auth/account",
        )
    last = visitor.post(
        "/auth/account",
        {"current": "not it at all", "password": "x", "confirm": "x", "username": "x9"},
        form_page="/auth/account",
    )
    assert last.status_code == 429


def test_failed_logins_from_one_address_are_limited_whatever_the_account(app, visitor) -> None:
    app.config["LOGIN_LIMIT_PER_ADDRESS"] = "3 per hour"
    visitor.register("ada")
    visitor.logout()
    for name in ("bob", "cleo", "dan"):
        assert _login_from(visitor, "198.51.100.1", name, "a guess").status_code == 200
    new_browser = Visitor(app.test_client())  # one ada never used: the address counts
    assert _login_from(new_browser, "198.51.100.1", "ada").status_code == 429
    assert _login_from(new_browser, "198.51.100.2", "ada").status_code == 302


def test_logins_that_succeed_are_not_counted(app, visitor) -> None:
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = app.config["LOGIN_LIMIT_PER_ADDRESS"] = "2 per hour"
    visitor.register("ada")
    visitor.logout()
    for _ in range(4):
        assert visitor.login("ada").status_code == 302
        visitor.logout()


def test_registration_forms_from_one_address_are_limited(app, visitor) -> None:
    app.config["REGISTER_LIMIT_PER_ADDRESS"] = "2 per hour"
    for _ in range(2):
        assert visitor.register("ada", password="short").status_code == 200
    assert visitor.register("ada").status_code == 429
    elsewhere = visitor.post(
        "/auth/register",
        {"username": "ada", "password": PASSWORD, "confirm": PASSWORD, "role": "student"},
        environ_base={"REMOTE_ADDR": "203.0.113.9"},
    )
    assert elsewhere.status_code == 302


# --- 3. no username discovery ----------------------------------------------------------------


def test_an_unknown_username_costs_a_password_check_and_answers_the_same(
    visitor, monkeypatch
) -> None:
    visitor.register("ada")
    visitor.logout()
    methods = []  # one entry per password hash computed (werkzeug's single hashing function)
    hashing = werkzeug.security._hash_internal

    def spy(method: str, salt: str, password: str):
        methods.append(method)
        return hashing(method, salt, password)

    monkeypatch.setattr(werkzeug.security, "_hash_internal", spy)
    wrong = visitor.login("ada", "wrong password")
    unknown = visitor.login("nobody", "wrong password")
    assert len(methods) == 2 and methods[0] == methods[1]  # one check each, of the same cost
    assert wrong.status_code == unknown.status_code == 200

    def without_values(response) -> str:
        return re.sub(r'value="[^"]*"', 'value=""', _text(response))

    assert without_values(wrong) == without_values(unknown)


def test_a_taken_username_is_told_only_to_an_otherwise_valid_registration(app, visitor) -> None:
    visitor.register("ada")
    visitor.logout()
    weak = _text(visitor.register("ada", password="short"))
    teacher_without_code = _text(visitor.register("ada", "teacher", teacher_code=""))
    assert "Use at least 10 characters." in weak
    assert "Teachers register with a code from their school." in teacher_without_code
    assert "taken" not in weak and "taken" not in teacher_without_code
    assert "That username is taken." in _text(visitor.register("ADA"))
    assert _count_users(app) == 2  # the demo teacher and ada


# --- 4. teachers by invitation ---------------------------------------------------------------


def test_a_teacher_registers_only_with_the_school_s_code_or_an_invitation(app, visitor) -> None:
    nothing = _text(visitor.register("tess", "teacher", teacher_code=""))
    guess = _text(visitor.register("tess", "teacher", teacher_code="ABCD-EFGH-JKMN"))
    assert "Teachers register with a code from their school." in nothing
    assert "This code does not work" in guess
    assert _user(app, "tess") is None
    assert visitor.register("sam").status_code == 302  # students need no code
    visitor.logout()
    assert visitor.register("tess", "teacher").status_code == 302  # the school's code
    assert "tess (teacher)" in visitor.text("/")
    visitor.logout()
    app.config["TEACHER_CODE"] = None  # no school code: only invitations
    assert "This code does not work" in _text(visitor.register("tim", "teacher"))


def _make_invitation(visitor: Visitor) -> str:
    page = visitor.post("/auth/invitations", form_page="/auth/invitations")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    return CODE_ON_PAGE.search(_text(page)).group(1)


def test_an_admin_invites_a_teacher_with_a_one_time_code(app, visitor) -> None:
    _add_user(app, "head", PASSWORD, "teacher", is_admin=True)
    visitor.login("head")
    assert "Invite teachers" in visitor.text("/auth/account")
    code = _make_invitation(visitor)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    with app.app_context():
        stored = db.session.scalar(select(TeacherInvitation))
        assert code.replace("-", "") not in stored.code_hash and len(stored.code_hash) == 64
    visitor.logout()
    app.config["TEACHER_CODE"] = None
    assert visitor.register("tina", "teacher", teacher_code=f" {code.lower()} ").status_code == 302
    assert "tina (teacher)" in visitor.text("/")
    visitor.logout()
    again = _text(visitor.register("tom", "teacher", teacher_code=code))
    assert "This code does not work" in again and _user(app, "tom") is None
    visitor.login("head")
    assert "used by tina" in visitor.text("/auth/invitations")


def test_an_expired_invitation_does_not_work(app, visitor) -> None:
    _add_user(app, "head", PASSWORD, "teacher", is_admin=True)
    visitor.login("head")
    code = _make_invitation(visitor)
    visitor.logout()
    with app.app_context():
        db.session.execute(update(TeacherInvitation).values(expires_at=dt.datetime(2020, 1, 1)))
        db.session.commit()
    app.config["TEACHER_CODE"] = None
    page = _text(visitor.register("tina", "teacher", teacher_code=code))
    assert "This code does not work" in page
    assert _user(app, "tina") is None


def test_only_admins_invite_teachers(app, visitor) -> None:
    assert "/auth/login" in visitor.client.get("/auth/invitations").location
    visitor.register("tess", "teacher")
    assert visitor.client.get("/auth/invitations").status_code == 403
    assert visitor.post("/auth/invitations", form_page="/").status_code == 403
    visitor.logout()
    visitor.register("sam")
    assert visitor.client.get("/auth/invitations").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(TeacherInvitation)) == 0


def test_create_admin_makes_the_first_admin_beside_the_demo_quizzes(tmp_path) -> None:
    uri = f"sqlite:///{tmp_path / 'quiz.sqlite'}"
    runner, env = CliRunner(), {"DATABASE_URL": uri}
    weak = runner.invoke(
        main, ["create-admin", "Head"], input="password123\npassword123\n", env=env
    )
    assert weak.exit_code == 2 and "most common passwords" in weak.stderr
    secret = "staff room kettle"
    made = runner.invoke(main, ["create-admin", "Head"], input=f"{secret}\n{secret}\n", env=env)
    assert made.exit_code == 0, made.output
    assert "Admin head created" in made.stdout
    app = create_app(
        {"TESTING": True, "SECRET_KEY": "t", "SQLALCHEMY_DATABASE_URI": uri, "SEEDS_DIR": "-"}
    )
    with app.app_context():
        head = db.session.scalar(select(User).where(User.username == "head"))
        assert head.is_admin and head.is_teacher
        demo = db.session.scalars(select(Quiz).join(Quiz.owner)).first()
        assert demo.owner.username == "demo-teacher" and demo.is_published
    visitor = Visitor(app.test_client())
    assert visitor.login("head", secret).status_code == 302
    assert visitor.client.get("/auth/invitations").status_code == 200
    visitor.logout()
    visitor.register("sam")
    student = runner.invoke(main, ["create-admin", "sam"], env=env)
    demo_account = runner.invoke(main, ["create-admin", "demo-teacher"], env=env)
    assert student.exit_code == demo_account.exit_code == 2
    with app.app_context():
        admins = db.session.scalars(select(User.username).where(User.is_admin)).all()
        assert admins == ["head"]


# --- 5. password rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("nine char", "Use at least 10 characters."),
        (" " * 12, "A password cannot be only spaces."),
        ("ADA.LOVELACE", "A password cannot be your username."),
        ("password123", "one of the most common passwords"),
        ("Qwertyuiop", "one of the most common passwords"),
        ("1234567890", "one of the most common passwords"),
    ],
)
def test_weak_new_passwords_are_refused(app, visitor, password: str, message: str) -> None:
    page = _text(visitor.register("Ada.Lovelace", password=password))
    assert message in page
    assert _user(app, "ada.lovelace") is None


def test_accounts_with_passwords_of_older_rules_still_log_in(app, visitor) -> None:
    _add_user(app, "old", "eight ch")
    _add_user(app, "older", "abc", hashing={"method": "pbkdf2"})
    assert visitor.login("old", "eight ch").status_code == 302
    visitor.logout()
    assert visitor.login("older", "abc").status_code == 302


# --- 6. normalised usernames ------------------------------------------------------------------


def test_usernames_are_normalised_and_found_however_typed(app, visitor) -> None:
    assert "letters a to z, digits, dots, dashes or underscores" in visitor.text("/auth/register")
    visitor.register("\uff21\uff44\uff41")  # fullwidth 'Ada'
    assert _user(app, "ada") is not None
    visitor.logout()
    for typed in ("ADA", " ada ", "\uff41\uff44\uff41"):
        assert visitor.login(typed).status_code == 302, typed
        visitor.logout()


@pytest.mark.parametrize(
    "typed",
    ["\u0455tud1", "stud\u04301", "stud 1", "st", "-stud1", "stud1\u200b", "<stud1>", "x" * 41],
)
def test_look_alike_and_odd_usernames_are_refused(app, visitor, typed: str) -> None:
    page = _text(visitor.register(typed))
    assert "Use 3 to 40 characters: letters a to z" in page
    assert _count_users(app) == 1  # the demo teacher only


def test_a_name_with_a_trailing_newline_is_the_same_account(app, visitor) -> None:
    visitor.register("stud1")
    visitor.logout()
    assert "That username is taken." in _text(visitor.register("stud1\n"))
    assert "That username is taken." in _text(visitor.register("STUD1"))
    assert _count_users(app) == 2


PREVIOUS_REVISION = "5d93048de477"  # the schema before usernames were normalised


def test_the_migration_normalises_usernames_and_keeps_colliding_accounts_working(
    tmp_path, caplog
) -> None:
    uri = f"sqlite:///{tmp_path / 'old.sqlite'}"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "t",
            "SQLALCHEMY_DATABASE_URI": uri,
            "SEEDS_DIR": str(tmp_path),
            "RATELIMIT_ENABLED": False,
        }
    )
    accounts = {1: ("Ada", "first ada"), 2: ("ada", "second ada"), 3: ("\uff22EN", "ben's")}
    accounts[4] = ("Jos\u00e9", "josé's")
    accounts[5] = ("Ada-1", "third ada")  # takes the name the first would be renamed to
    with app.app_context():
        flask_migrate.upgrade(revision=PREVIOUS_REVISION)
        with db.engine.begin() as connection:
            for ident, (name, password) in accounts.items():
                connection.execute(
                    text(
                        "INSERT INTO users (id, username, password_hash, role, created_at) "
                        "VALUES (:id, :name, :hash, 'student', '2026-11-20 10:00:00')"
                    ),
                    {"id": ident, "name": name, "hash": generate_password_hash(password)},
                )
        with caplog.at_level(logging.WARNING, logger="alembic.runtime.migration"):
            flask_migrate.upgrade()
        names = dict(db.session.execute(select(User.id, User.username)).all())
    assert names == {1: "ada-1-2", 2: "ada", 3: "ben", 4: "josé", 5: "ada-1"}
    assert "username 'Ada' is now 'ada-1-2': account 2 keeps 'ada'" in caplog.text
    visitor = Visitor(app.test_client())
    for typed, password in (
        ("ada-1-2", "first ada"),
        ("Ada", "second ada"),
        ("BEN", "ben's"),
        ("JOSÉ", "josé's"),
        ("ADA-1", "third ada"),
    ):
        assert visitor.login(typed, password).status_code == 302, typed
        visitor.logout()


# --- 7. sessions that can be ended -------------------------------------------------------------


def test_a_copied_session_cookie_stops_working_at_logout(app, visitor) -> None:
    visitor.register("ada")
    saved = visitor.client.get_cookie("session").value
    visitor.logout()
    copy = app.test_client()
    copy.set_cookie("session", saved)
    assert "ada (student)" not in _text(copy.get("/"))
    assert copy.get("/history/").status_code == 302


def test_a_new_password_ends_the_other_sessions_and_keeps_this_one(app, visitor) -> None:
    visitor.register("ada")
    laptop = Visitor(app.test_client())
    laptop.login("ada")
    wrong = visitor.post(
        "/auth/account",
        {
            "current": "not it at all",
            "password": "a new long secret",
            "confirm": "a new long secret",
        },
    )
    assert "This is not your current password." in _text(wrong)
    changed = visitor.post(
        "/auth/account",
        {"current": PASSWORD, "password": "a new long secret", "confirm": "a new long secret"},
    )
    assert changed.status_code == 302
    assert "ada (student)" in visitor.text("/")
    assert "ada (student)" not in laptop.text("/")
    assert laptop.login("ada").status_code == 200
    assert laptop.login("ada", "a new long secret").status_code == 302


def test_a_session_cookie_lasts_a_school_day(app, monkeypatch) -> None:
    for hours, logged_in in ((11, True), (13, False)):
        visitor = Visitor(app.test_client())
        then = int(time.time() - hours * 3600)
        with monkeypatch.context() as patch:  # every cookie of the registration signed then
            patch.setattr(TimestampSigner, "get_timestamp", lambda _self, then=then: then)
            visitor.register(f"ada{hours}")
        assert (f"ada{hours} (student)" in visitor.text("/")) is logged_in, hours
    assert app.permanent_session_lifetime == dt.timedelta(hours=12)


def test_a_changed_role_counts_at_the_next_request(app, visitor) -> None:
    visitor.register("tess", "teacher")
    assert visitor.client.get("/teach/").status_code == 200
    with app.app_context():
        db.session.execute(update(User).where(User.username == "tess").values(role="student"))
        db.session.commit()
    assert visitor.client.get("/teach/").status_code == 403


# --- 8. reset codes teachers give ------------------------------------------------------------


def _new_class(visitor: Visitor, name: str) -> int:
    page = visitor.post("/classes/new", {"name": name, "external_id": ""}, follow_redirects=True)
    return int(re.search(r'action="/classes/(\d+)/archive"', _text(page)).group(1))


@pytest.fixture
def classroom(app, visitor) -> dict[str, Any]:
    """Teacher tess's class with student ann in it (logged in on her own client), and teacher
    otto's class without her; nobody logged in on *visitor*."""
    visitor.register("tess", "teacher")
    tess_class = _new_class(visitor, "9A")
    visitor.logout()
    visitor.register("otto", "teacher")
    otto_class = _new_class(visitor, "9B")
    visitor.logout()
    ann = Visitor(app.test_client())
    ann.register("ann")
    with app.app_context():
        code = db.session.get(SchoolClass, tess_class).join_code
    ann.post("/classes/join", {"code": code})
    return {"tess": tess_class, "otto": otto_class, "ann": _user(app, "ann").id, "client": ann}


def _reset_code(visitor: Visitor, class_id: int, student_id: int):
    return visitor.post(
        f"/classes/{class_id}/students/{student_id}/reset-code", form_page=f"/classes/{class_id}"
    )


def _redeem(visitor: Visitor, username: str, code: str, password: str = "a brand new secret"):
    return visitor.post(
        "/auth/reset",
        {"username": username, "code": code, "password": password, "confirm": password},
    )


def test_a_teacher_gives_a_student_a_one_time_reset_code(app, visitor, classroom) -> None:
    visitor.login("tess")
    assert "Password reset code for ann" in visitor.text(f"/classes/{classroom['tess']}")
    made = _reset_code(visitor, classroom["tess"], classroom["ann"])
    assert made.status_code == 200 and made.headers["Cache-Control"] == "no-store"
    code = CODE_ON_PAGE.search(_text(made)).group(1)
    with app.app_context():
        stored = db.session.scalar(select(ResetCode))
        assert stored.user_id == classroom["ann"]
        assert code.replace("-", "") not in stored.code_hash
        assert stored.code_hash.startswith(("scrypt:", "pbkdf2:"))
    visitor.logout()
    done = _redeem(visitor, "ANN", code.lower().replace("-", " "))
    assert done.status_code == 302 and done.location == "/auth/login"
    assert "ann (student)" not in classroom["client"].text("/")  # her sessions ended
    assert visitor.login("ann").status_code == 200  # the old password no longer works
    assert visitor.login("ann", "a brand new secret").status_code == 302
    visitor.logout()
    again = _redeem(visitor, "ann", code, "another new secret")
    assert "This code does not work for this username" in _text(again)
    assert visitor.login("ann", "a brand new secret").status_code == 302


def test_only_a_teacher_of_the_student_s_class_makes_a_reset_code(app, visitor, classroom) -> None:
    visitor.login("otto")
    assert _reset_code(visitor, classroom["tess"], classroom["ann"]).status_code == 403
    assert _reset_code(visitor, classroom["otto"], classroom["ann"]).status_code == 404
    assert _reset_code(visitor, classroom["otto"], 999999).status_code == 404
    visitor.logout()
    visitor.login("ann")
    assert _reset_code(visitor, classroom["tess"], classroom["ann"]).status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ResetCode)) == 0


def test_a_replaced_an_expired_or_another_s_code_does_not_work(app, visitor, classroom) -> None:
    visitor.login("tess")
    first = CODE_ON_PAGE.search(_text(_reset_code(visitor, *_ann_in(classroom)))).group(1)
    second = CODE_ON_PAGE.search(_text(_reset_code(visitor, *_ann_in(classroom)))).group(1)
    visitor.logout()
    refused = "This code does not work for this username"
    assert refused in _text(_redeem(visitor, "ann", first))
    assert refused in _text(_redeem(visitor, "tess", second))  # ann's code, not tess's
    assert refused in _text(_redeem(visitor, "nobody", second))
    with app.app_context():
        db.session.execute(update(ResetCode).values(expires_at=dt.datetime(2020, 1, 1)))
        db.session.commit()
    assert refused in _text(_redeem(visitor, "ann", second))
    assert visitor.login("ann").status_code == 302  # her password is unchanged


def _ann_in(classroom: dict[str, Any]) -> tuple[int, int]:
    return classroom["tess"], classroom["ann"]


def test_reset_code_guesses_are_limited(app, visitor, classroom) -> None:
    app.config["RESET_LIMIT_PER_ACCOUNT"] = "2 per hour"
    visitor.login("tess")
    code = CODE_ON_PAGE.search(_text(_reset_code(visitor, *_ann_in(classroom)))).group(1)
    visitor.logout()
    for guess in ("AAAA-AAAA", "BBBB-BBBB"):
        assert _redeem(visitor, "ann", guess).status_code == 200
    assert _redeem(visitor, "ann", code).status_code == 429
    assert visitor.login("ann").status_code == 302  # nothing changed
    visitor.logout()
    # A browser known for ann gets no allowance of its own: codes count per account.
    assert _redeem(visitor, "ann", code).status_code == 429
    assert CSRF.search(visitor.text("/auth/reset"))  # the page itself still opens


def test_a_code_stops_working_once_the_student_changes_the_password_or_leaves_the_class(
    app, visitor, classroom
) -> None:
    """A code on paper is no way into an account the student has taken back, nor from a
    teacher who no longer teaches them."""
    refused = "This code does not work for this username"
    visitor.login("tess")
    code = CODE_ON_PAGE.search(_text(_reset_code(visitor, *_ann_in(classroom)))).group(1)
    visitor.logout()
    visitor.login("ann")
    visitor.post(
        "/auth/account",
        {
            "current": PASSWORD,
            "password": "ann's own new secret",
            "confirm": "ann's own new secret",
        },
        form_page="/auth/account",
    )
    visitor.logout()
    assert refused in _text(_redeem(visitor, "ann", code))

    visitor.login("tess")
    code = CODE_ON_PAGE.search(_text(_reset_code(visitor, *_ann_in(classroom)))).group(1)
    class_id, student_id = _ann_in(classroom)
    visitor.post(
        f"/classes/{class_id}/students/{student_id}/remove", form_page=f"/classes/{class_id}"
    )
    visitor.logout()
    assert refused in _text(_redeem(visitor, "ann", code))
    assert visitor.login("ann", "ann's own new secret").status_code == 302
