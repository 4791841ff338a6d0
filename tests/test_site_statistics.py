"""A quiz's statistics page: times in the school's zone, answers counted apart from blanks."""

from __future__ import annotations

import re
from typing import Any

import pytest
from markupsafe import escape
from pages import attempt_on
from sqlalchemy import select

from quiz import localtime
from quiz.models import Attempt, SchoolClass, db


@pytest.fixture
def app_config() -> dict[str, Any]:
    return {"TIMEZONE": "Asia/Kolkata"}  # UTC+5:30, all year


@pytest.fixture
def taken(app, visitor, short_text) -> dict[str, int]:
    """Teacher tess's published quiz, assigned to a class whose student ann handed in one
    attempt with the first question left blank and the others right; tess is logged in."""
    visitor.register("tess", "teacher")
    quiz_id = visitor.published_quiz(short_text, "NATO", count=3)
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        school_class = db.session.scalars(select(SchoolClass)).one()
        class_id, code = school_class.id, school_class.join_code
    fields = {"classes": str(class_id), "grading": "highest", "review": "after_attempt"}
    visitor.post(f"/teach/{quiz_id}/assign", fields)
    assignment = re.search(r"/assignments/(\d+)", visitor.text(f"/classes/{class_id}")).group(1)
    visitor.logout()
    visitor.register("ann")
    visitor.post("/classes/join", {"code": code})
    attempt = attempt_on(visitor.start(int(assignment)))
    with app.app_context():
        answers = {
            f"q{r.position}": str(r.key_index)
            for r in db.session.get(Attempt, attempt).responses
            if r.position != 0
        }
    visitor.post(f"/attempts/{attempt}/submit", {**answers, "confirm": "yes"}, form_page="/")
    visitor.logout()
    visitor.login("tess")
    return {"quiz": quiz_id, "attempt": attempt}


def test_the_attempts_are_listed_in_the_school_s_time_zone(app, visitor, taken) -> None:
    page = visitor.text(f"/teach/{taken['quiz']}/statistics")
    with app.app_context():
        submitted = db.session.get(Attempt, taken["attempt"]).submitted_at
        shown = localtime.shown(submitted)
    assert shown.endswith(" IST")
    assert f">{shown}</a>" in page
    assert "(UTC)" not in page


def test_a_blank_is_not_counted_as_an_answer(app, visitor, taken) -> None:
    page = visitor.text(f"/teach/{taken['quiz']}/statistics")
    with app.app_context():
        responses = db.session.get(Attempt, taken["attempt"]).responses
        first, count = responses[0].stem, len(responses)
    questions = re.findall(r"<li>\s*<p class=\"stem\">(.*?)</p>\s*<p>(.*?)</p>", page, re.S)
    assert len(questions) == count >= 2
    for stem, line in questions:
        counted = re.sub(r"\s+", " ", line)
        if stem == str(escape(first)):
            assert counted.endswith("· 0 answers · 1 left blank"), counted
        else:
            assert counted.endswith("· 1 answer"), counted
