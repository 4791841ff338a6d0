"""The whole journey through the test client: teacher, student, history, statistics."""

from __future__ import annotations

import re

from quiz.models import Attempt, db


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
    visitor.logout()

    # A student takes it and sees the score.
    visitor.register("sam")
    assert "Week 5: NATO" in visitor.text("/")
    page = visitor.text(f"/quizzes/{quiz_id}")
    assert "When was NATO founded?" in page
    attempt_id = int(re.search(r"/attempts/(\d+)/submit", page).group(1))
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        answers = {f"q{r.position}": str(r.key_index) for r in attempt.responses}
        total = len(attempt.responses)
    answers["q1"] = str((int(answers["q1"]) + 1) % 4)  # one wrong answer
    result = visitor.post(
        f"/attempts/{attempt_id}/submit",
        answers,
        form_page=f"/quizzes/{quiz_id}",
        follow_redirects=True,
    )
    assert f"Score: <strong>{total - 1} / {total}</strong>" in result.get_data(as_text=True)

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
    assert visitor.client.get(f"/attempts/{attempt_id}").status_code == 200
