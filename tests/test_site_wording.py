"""Words agree with their numbers on every page: '1 question', never '1 questions'."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quiz.models import SchoolClass, db
from quiz.wording import plural


@pytest.mark.parametrize(
    ("count", "words", "expected"),
    [
        (0, ("question",), "0 questions"),
        (1, ("question",), "1 question"),
        (2, ("minute",), "2 minutes"),
        (1, ("demo quiz", "demo quizzes"), "1 demo quiz"),
        (3, ("demo quiz", "demo quizzes"), "3 demo quizzes"),
    ],
)
def test_plural_agrees_with_the_count(count, words, expected) -> None:
    assert plural(count, *words) == expected


def test_a_one_question_quiz_with_a_one_minute_limit_is_told_in_the_singular(
    app, visitor, short_text
) -> None:
    visitor.register("tess", "teacher")
    review = visitor.new_quiz(short_text, title="One", count=1).get_data(as_text=True)
    assert "1 question generated." in review and "1 questions" not in review
    assert re.search(r"Draft · 1 question\b", review)
    quiz_id = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
    visitor.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        class_id = db.session.scalars(select(SchoolClass.id)).one()
    fields = {"classes": str(class_id), "grading": "highest", "review": "after_attempt"}
    visitor.post(f"/teach/{quiz_id}/assign", {**fields, "time_limit_minutes": "1"})
    with app.app_context():
        code = db.session.get(SchoolClass, class_id).join_code
    assignment = re.search(r"/assignments/(\d+)", visitor.text(f"/classes/{class_id}")).group(1)
    visitor.logout()
    visitor.register("ann")
    visitor.post("/classes/join", {"code": code})
    shown = visitor.text(f"/assignments/{assignment}")
    assert "<dd>1 minute</dd>" in shown and "· 1 question</p>" in shown
    taking = visitor.post(
        f"/assignments/{assignment}/start",
        form_page=f"/assignments/{assignment}",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "<p>1 question. Choose" in taking
    assert "(1 minute from" in taking and "1 minutes" not in taking
