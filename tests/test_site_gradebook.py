"""The gradebook: students by assignments with grades, attempts, missing work; CSV and xlsx
read back by the csv module and openpyxl; only the class's teacher sees it."""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import pytest
from pages import attempt_on, submit_with_right
from sqlalchemy import select

from quiz.models import Assignment, Attempt, SchoolClass, db, utcnow


def _take(app, visitor, assignment: int, right: int) -> None:
    submit_with_right(app, visitor, attempt_on(visitor.start(assignment)), right)


@pytest.fixture
def book(app, visitor, short_text) -> dict:
    """Class 9B of tess with ann and ben; quiz 'NATO' (highest of ann's two attempts: 2 and 1
    right), and quiz '=HYPERLINK("x")' closed with no attempt (missing for both)."""
    visitor.register("tess", "teacher")
    nato = visitor.published_quiz(short_text, "NATO")
    sly = visitor.published_quiz(short_text, '=HYPERLINK("http://evil.example")')
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        school_class = db.session.scalars(select(SchoolClass)).one()
        class_id, code = school_class.id, school_class.join_code
    for quiz_id in (nato, sly):
        visitor.post(
            f"/teach/{quiz_id}/assign",
            {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
        )
    visitor.logout()
    for name in ("ben", "ann"):
        visitor.register(name)
        visitor.post("/classes/join", {"code": code})
        visitor.logout()
    with app.app_context():
        first, second = db.session.scalars(select(Assignment.id).order_by(Assignment.id)).all()
        db.session.get(Assignment, second).closes_at = utcnow()  # closed: missing work
        db.session.commit()
    visitor.login("ann")
    _take(app, visitor, first, 2)
    _take(app, visitor, first, 1)
    visitor.logout()
    with app.app_context():
        total = db.session.scalars(select(Attempt)).first().total
    return {"class": class_id, "first": first, "second": second, "total": total}


def test_the_gradebook_page(app, visitor, book) -> None:
    visitor.login("tess")
    page = visitor.text(f"/classes/{book['class']}/gradebook")
    best = 100 * 2 / book["total"]
    assert f"{best:.0f}%</a>\n                  (2)" in page
    assert page.count(">missing<") == 2  # ann and ben, on the closed quiz
    assert "to do" in page  # ben has not taken the open one
    assert "=HYPERLINK(&#34;http://evil.example&#34;)" in page  # escaped, as text
    work = re.search(rf"/classes/{book['class']}/assignments/\d+/students/\d+", page).group()
    attempts = visitor.text(work)
    assert attempts.count("/attempts/") == 2
    answers = re.search(r"/attempts/\d+", attempts).group()
    assert "Right answer" in visitor.text(answers)


def test_the_gradebook_as_csv_and_xlsx(app, visitor, book) -> None:
    visitor.login("tess")
    response = visitor.client.get(f"/classes/{book['class']}/gradebook.csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="gradebook-9b.csv"'
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    best, average = round(100 * 2 / book["total"], 1), round(100 * 2 / book["total"] / 2, 1)
    assert rows[0][0] == "student" and rows[0][1].startswith("NATO")
    assert rows[0][2].startswith("'=HYPERLINK")  # never a formula
    assert rows[1:] == [
        ["ann", str(best), "missing", str(average), "0"],
        ["ben", "", "missing", "0.0", "0"],
    ]
    response = visitor.client.get(f"/classes/{book['class']}/gradebook.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.get_data())).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1] == ("ann", best, "missing", average, 0)
    assert values[2] == ("ben", None, "missing", 0.0, 0)
    assert sheet["C1"].data_type == "s" and sheet["C1"].value.startswith("'=")


def test_only_the_class_s_teacher_sees_the_gradebook(app, visitor, book) -> None:
    pages = [f"/classes/{book['class']}/gradebook{suffix}" for suffix in ("", ".csv", ".xlsx")]
    work = f"/classes/{book['class']}/assignments/{book['first']}/students/1"
    visitor.login("ann")
    for page in [*pages, work]:
        assert visitor.client.get(page).status_code == 403, page
    visitor.logout()
    visitor.register("otto", "teacher")
    for page in [*pages, work]:
        assert visitor.client.get(page).status_code == 403, page
    assert visitor.client.get("/classes/999999/gradebook.csv").status_code == 404
    assert visitor.client.get(f"/classes/{book['class']}/gradebook.pdf").status_code == 404


def test_work_closed_before_a_student_joined_or_closed_by_the_teacher_is_not_missing(
    app, visitor, book
) -> None:
    from quiz.models import Membership, SchoolClass, User

    with app.app_context():
        late_joiner = User(username="cleo", password_hash="-", role="student")
        db.session.add(late_joiner)
        db.session.flush()
        db.session.add(Membership(class_id=book["class"], student_id=late_joiner.id))
        nato = db.session.get(Assignment, book["first"]).quiz
        nato.closed_at = utcnow()  # closed by the teacher while its window is open
        db.session.commit()
        assert db.session.get(SchoolClass, book["class"]).memberships
    visitor.login("tess")
    response = visitor.client.get(f"/classes/{book['class']}/gradebook.csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    cleo = next(row for row in rows if row[0] == "cleo")
    ben = next(row for row in rows if row[0] == "ben")
    assert cleo[1:] == ["", "", "", "0"]  # nothing was set before cleo came: no average
    assert ben[1:3] == ["", "missing"]  # the NATO quiz closed by hand: not missing


def test_xlsx_takes_titles_with_control_characters(app, visitor, book) -> None:
    with app.app_context():
        db.session.get(Assignment, book["first"]).quiz.title = "Bell\x07 and\x0b tab"
        db.session.commit()
    visitor.login("tess")
    response = visitor.client.get(f"/classes/{book['class']}/gradebook.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.get_data())).active
    assert sheet["B1"].value.startswith("Bell and tab")
