"""The whole journey through the test client: a teacher's class and assignment, a student's
attempt, history and statistics."""

from __future__ import annotations

import datetime as dt
import re

from quiz.models import Attempt, SchoolClass, db


def test_teacher_makes_a_quiz_a_student_takes_it_both_see_the_result(
    app, visitor, short_text
) -> None:
    # The teacher creates a quiz from text, edits one question and publishes.
    visitor.register("tess", "teacher")
    review = visitor.new_quiz(short_text, title="Week 5: NATO").get_data(as_text=True)
    quiz_id = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
    question_id = int(re.search(rf"/teach/{quiz_id}/questions/(\d+)/edit", review).group(1))
    visitor.post(
        f"/teach/{quiz_id}/questions/{question_id}/edit",
        {
            "stem": "When was NATO founded?",
            "option_0": "1939",
            "option_1": "1949",
            "option_2": "1955",
            "option_3": "1962",
            "key": "1",
        },
    )
    visitor.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
    visitor.post("/classes/new", {"name": "Year 9 History"})
    with app.app_context():
        code = db.session.query(SchoolClass).one().join_code
    visitor.logout()

    # A student joins the class with its code.
    visitor.register("sam")
    visitor.post("/classes/join", {"code": code})
    visitor.logout()

    # The teacher assigns the quiz: one attempt, answers shown after it closes.
    visitor.login("tess")
    closes = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    with app.app_context():
        class_id = db.session.query(SchoolClass).one().id
    visitor.post(
        f"/teach/{quiz_id}/assign",
        {
            "classes": str(class_id),
            "closes_at": closes,
            "max_attempts": "1",
            "grading": "highest",
            "review": "after_close",
        },
    )
    visitor.logout()

    # The student finds it to do, takes it and sees the score, not the answers.
    visitor.login("sam")
    board = visitor.text("/")
    assert "To do" in board and "Week 5: NATO" in board
    assignment = int(re.search(r"/assignments/(\d+)", board).group(1))
    page = visitor.post(
        f"/assignments/{assignment}/start",
        form_page=f"/assignments/{assignment}",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "When was NATO founded?" in page and "Hand in by" in page
    attempt_id = int(re.search(r"/attempts/(\d+)/submit", page).group(1))
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        answers = {f"q{r.position}": str(r.key_index) for r in attempt.responses}
        total = len(attempt.responses)
    answers["q1"] = str((int(answers["q1"]) + 1) % 4)  # one wrong answer
    result = visitor.post(
        f"/attempts/{attempt_id}/submit",
        answers,
        form_page=f"/attempts/{attempt_id}/answer",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert f"Score: <strong>{total - 1} / {total}</strong>" in result
    assert "Right answer" not in result and "shown after the quiz closes" in result
    again = visitor.post(
        f"/assignments/{assignment}/start",
        form_page=f"/assignments/{assignment}",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "You have used all your attempts." in again
    assert "Done" in visitor.text("/")

    # ... and finds it in the history, with the chart.
    history = visitor.text("/history/")
    assert "Week 5: NATO" in history and f"{total - 1} / {total}" in history
    assert "<svg" in history
    visitor.logout()

    # The teacher sees it in the statistics and the attempts on their quizzes.
    visitor.login("tess")
    statistics = visitor.text(f"/teach/{quiz_id}/statistics")
    assert "1 submitted attempt" in statistics
    assert "Facility 100%" in statistics and "Facility 0%" in statistics
    assert "<svg" in statistics and "sam" in statistics
    assert "sam" in visitor.text("/history/")
    assert "Right answer" in visitor.text(f"/attempts/{attempt_id}")  # teachers always see
