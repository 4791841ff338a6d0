"""Classes: a teacher creates one, students join with its code or link, the teacher keeps the
roster and archives it; nobody reaches another teacher's class."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quiz.models import Membership, SchoolClass, db


def _create(visitor, name: str = "Year 9 History", external_id: str = "") -> int:
    page = visitor.post(
        "/classes/new", {"name": name, "external_id": external_id}, follow_redirects=True
    ).get_data(as_text=True)
    return int(re.search(r'action="/classes/(\d+)/archive"', page).group(1))


def _code(app, class_id: int) -> str:
    with app.app_context():
        return db.session.get(SchoolClass, class_id).join_code


@pytest.fixture
def made(app, visitor) -> dict:
    """Teacher 'tess' with a class; students 'ann' and 'ben' registered; nobody logged in."""
    visitor.register("tess", "teacher")
    class_id = _create(visitor, external_id="LMS-9H")
    visitor.logout()
    for name in ("ann", "ben"):
        visitor.register(name)
        visitor.logout()
    return {"class": class_id, "code": _code(app, class_id)}


def _roster(app, class_id: int) -> list[str]:
    with app.app_context():
        found = db.session.scalars(select(Membership).where(Membership.class_id == class_id))
        return sorted(m.student.username for m in found)


def test_a_teacher_s_class_shows_its_join_code_link_and_lms_id(app, visitor, made) -> None:
    code = made["code"]
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{8}", code)
    visitor.login("tess")
    page = visitor.text(f"/classes/{made['class']}")
    assert code in page and f"/classes/join/{code}" in page and "LMS-9H" in page
    assert "Year 9 History" in visitor.text("/classes/")


def test_students_join_with_the_code_typed_loosely_or_with_the_link(app, visitor, made) -> None:
    code = made["code"]
    visitor.login("ann")
    typed = f" {code[:4].lower()}-{code[4:]} "
    page = visitor.post("/classes/join", {"code": typed}, follow_redirects=True)
    assert "You joined “Year 9 History”" in page.get_data(as_text=True)
    again = visitor.post("/classes/join", {"code": code}, follow_redirects=True)
    assert "already in" in again.get_data(as_text=True)
    visitor.logout()
    visitor.login("ben")
    link = f"/classes/join/{code}"
    assert "You are joining <strong>Year 9 History</strong>" in visitor.text(link)
    visitor.post(link, {"code": code})
    assert _roster(app, made["class"]) == ["ann", "ben"]
    assert "Year 9 History" in visitor.text("/classes/")


def test_a_wrong_code_says_so_and_changes_nothing(app, visitor, made) -> None:
    visitor.login("ann")
    page = visitor.post("/classes/join", {"code": "ZZZZ-ZZZZ"}).get_data(as_text=True)
    assert "No open class has this code" in page
    assert visitor.post("/classes/join", {"code": ""}).status_code == 200
    assert _roster(app, made["class"]) == []


def test_the_teacher_removes_a_student_and_archives_the_class(app, visitor, made) -> None:
    code = made["code"]
    for name in ("ann", "ben"):
        visitor.login(name)
        visitor.post("/classes/join", {"code": code})
        visitor.logout()
    visitor.login("tess")
    with app.app_context():
        ben = next(
            m.student_id
            for m in db.session.get(SchoolClass, made["class"]).memberships
            if m.student.username == "ben"
        )
    page = visitor.post(
        f"/classes/{made['class']}/students/{ben}/remove",
        form_page=f"/classes/{made['class']}",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "ben was removed" in page
    assert _roster(app, made["class"]) == ["ann"]
    visitor.post(f"/classes/{made['class']}/archive", form_page=f"/classes/{made['class']}")
    visitor.logout()
    visitor.login("ben")
    page = visitor.post("/classes/join", {"code": code}).get_data(as_text=True)
    assert "No open class has this code" in page  # archived classes take nobody new
    assert _roster(app, made["class"]) == ["ann"]


def test_nobody_reaches_another_teacher_s_class(app, visitor, made) -> None:
    class_page = f"/classes/{made['class']}"
    visitor.register("otto", "teacher")
    assert visitor.client.get(class_page).status_code == 403
    token = visitor.token("/classes/new")
    for action in ("archive", "students/1/remove"):
        response = visitor.client.post(f"{class_page}/{action}", data={"csrf_token": token})
        assert response.status_code == 403
    assert visitor.client.get("/classes/999999").status_code == 404
    visitor.logout()
    visitor.login("ann")
    assert visitor.client.get(class_page).status_code == 403  # students: teacher pages
    assert visitor.client.get("/classes/new").status_code == 403
    visitor.logout()
    assert "/auth/login" in visitor.client.get(class_page).location
    with app.app_context():
        assert db.session.get(SchoolClass, made["class"]).archived_at is None


def test_teachers_do_not_join_classes(app, visitor, made) -> None:
    visitor.login("tess")
    page = visitor.client.get(f"/classes/join/{made['code']}", follow_redirects=True)
    assert "Classes are joined by students" in page.get_data(as_text=True)
    assert _roster(app, made["class"]) == []


def test_a_student_can_be_in_several_classes(app, visitor, made) -> None:
    visitor.login("tess")
    second = _create(visitor, name="Year 9 Geography")
    visitor.logout()
    visitor.login("ann")
    for class_id in (made["class"], second):
        visitor.post("/classes/join", {"code": _code(app, class_id)})
    page = visitor.text("/classes/")
    assert "Year 9 History" in page and "Year 9 Geography" in page
    assert _roster(app, made["class"]) == ["ann"] and _roster(app, second) == ["ann"]


def test_removing_a_student_asks_first_and_says_what_goes(app, visitor, made) -> None:
    visitor.login("ann")
    visitor.post("/classes/join", {"code": made["code"]})
    visitor.logout()
    visitor.login("tess")
    with app.app_context():
        ann = db.session.get(SchoolClass, made["class"]).memberships[0].student_id
    class_page = f"/classes/{made['class']}"
    remove = f"{class_page}/students/{ann}/remove"
    roster = visitor.text(class_page)
    assert f'action="{remove}"' not in roster  # no one-click removal
    assert f'href="{remove}"' in roster
    page = visitor.text(remove)
    assert "Remove ann from “Year 9 History”?" in page
    assert "leave the class\u2019s gradebook" in page and "stay in ann\u2019s own history" in page
    assert f'action="{remove}"' in page and 'name="csrf_token"' in page
    assert f'href="{class_page}"' in page  # cancel
    assert _roster(app, made["class"]) == ["ann"]  # asking removes nobody
    done = visitor.post(remove, follow_redirects=True).get_data(as_text=True)
    assert "ann was removed" in done
    assert _roster(app, made["class"]) == []
    assert visitor.client.get(remove).status_code == 404  # no longer in the class
    visitor.logout()
    visitor.register("otto", "teacher")
    assert visitor.client.get(remove).status_code == 403


def test_the_join_form_s_example_looks_like_a_real_code(visitor, made) -> None:
    from quiz.classes import CODE_ALPHABET, CODE_LENGTH

    visitor.login("ann")
    example = re.search(r"for example ([^.<\s]+)\.", visitor.text("/classes/join")).group(1)
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", example)
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", made["code"])  # as codes are


def test_a_student_s_board_says_whether_they_are_in_a_class(app, visitor, made) -> None:
    visitor.login("ann")
    alone = visitor.text("/")
    assert "Nothing assigned to you yet." in alone and "Join a class</a>" in alone
    visitor.post("/classes/join", {"code": made["code"]})
    joined = visitor.text("/")
    assert "Your class has nothing assigned yet" in joined
    assert "Nothing assigned to you yet. " not in joined
    assert 'href="/classes/"' in joined  # joining another class stays a click away
