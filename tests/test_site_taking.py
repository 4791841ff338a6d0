"""Students: taking a quiz, submitting once, seeing the result; history stays as it was."""

from __future__ import annotations

import json
import re

import pytest
from pages import attempt_on
from sqlalchemy import func, select

from quiz import quizzes
from quiz.models import Attempt, Question, Quiz, User, db, utcnow


@pytest.fixture
def demo_quiz(app) -> int:
    with app.app_context():
        return db.session.scalars(select(Quiz.id).where(Quiz.published_at.is_not(None))).first()


@pytest.fixture
def demo_link(app, demo_quiz) -> str:
    """The share link of the demo quiz (init_db shares it)."""
    with app.app_context():
        return f"/q/{db.session.get(Quiz, demo_quiz).share_token}"


@pytest.fixture
def student(visitor):
    visitor.register("sam")
    return visitor


def part(page: str, css_class: str) -> str:
    """The <ol class=...> of a page: what the student sees, without tokens and messages."""
    return re.search(rf'<ol class="{css_class}">.*?</ol>', page, re.S).group()


def all_right(app, attempt: int) -> dict[str, str]:
    with app.app_context():
        found = db.session.get(Attempt, attempt)
        return {f"q{r.position}": str(r.key_index) for r in found.responses}


def test_only_shared_published_quizzes_open_by_link(app, student, visitor) -> None:
    page = student.text("/")
    assert "Demo: President Joe Biden plans to send more" in page  # the shared samples
    with app.app_context():
        draft = Quiz(owner_id=1, title="Secret draft", share_token="draft-token")
        unshared = Quiz(owner_id=1, title="Published, not shared", published_at=utcnow())
        db.session.add_all([draft, unshared])
        db.session.commit()
    page = student.text("/")
    assert "Secret draft" not in page and "Published, not shared" not in page
    assert student.client.get("/q/draft-token").status_code == 404
    assert student.client.get("/q/no-such-token").status_code == 404


def test_the_quiz_page_stores_one_attempt_with_a_fixed_order(
    app, student, demo_quiz, demo_link
) -> None:
    first = student.text(demo_link)
    again = student.text(demo_link)
    assert attempt_on(first) == attempt_on(again)
    assert part(first, "questions") == part(again, "questions")  # same order after a reload
    assert "<label" in first and "<fieldset>" in first and "<legend>" in first
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_on(first))
        quiz = db.session.get(Quiz, demo_quiz)
        assert len(quiz.questions) >= 3
        assert first.count('type="radio"') == len(quiz.questions) * 4
        for response, question in zip(attempt.responses, quiz.questions, strict=True):
            shown = json.loads(response.options_json)
            assert sorted(shown) == sorted(o.text for o in question.options)
            assert shown[response.key_index] == question.key.text


def test_submit_scores_once(app, student, demo_quiz, demo_link) -> None:
    page = student.text(demo_link)
    attempt = attempt_on(page)
    answers = all_right(app, attempt)
    answers.pop("q0")  # one left blank: first a confirmation step, answers kept
    step = student.post(f"/attempts/{attempt}/submit", answers, form_page=demo_link)
    shown = step.get_data(as_text=True)
    assert step.status_code == 200 and "1 question is not answered" in shown
    assert shown.count(" checked>") == len(answers) and 'href="#q0"' in shown
    with app.app_context():
        assert db.session.get(Attempt, attempt).submitted_at is None
    result = student.post(
        f"/attempts/{attempt}/submit",
        {**answers, "confirm": "yes"},
        form_page=demo_link,
        follow_redirects=True,
    )
    text = result.get_data(as_text=True)
    with app.app_context():
        count = len(db.session.get(Quiz, demo_quiz).questions)
    assert f"Score: <strong>{count - 1} / {count}</strong>" in text
    assert "(none)" in text and "Right answer" in text and "Source" in text
    again = student.client.post(
        f"/attempts/{attempt}/submit",
        data={"csrf_token": student.token("/"), **all_right(app, attempt)},
        follow_redirects=True,
    )
    assert "already submitted" in again.get_data(as_text=True)
    with app.app_context():
        found = db.session.get(Attempt, attempt)
        assert found.score == count - 1
        submitted = db.session.scalar(
            select(func.count()).select_from(Attempt).where(Attempt.submitted_at.is_not(None))
        )
        assert submitted == 1
    again_page = student.text(demo_link)  # back, or a reload: no new attempt
    assert "You took this quiz on" in again_page and "Start a new attempt" in again_page
    assert "no-store" in student.client.get(demo_link).headers["Cache-Control"]
    student.post(f"{demo_link}/attempts", form_page=demo_link)
    fresh = student.text(demo_link)
    assert attempt_on(fresh) != attempt  # a new attempt only when asked for


def test_answers_outside_the_options_are_refused(app, student, demo_quiz, demo_link) -> None:
    attempt = attempt_on(student.text(demo_link))
    for value in ("9", "-1", "x", "²", "٣", "1" * 5000):
        bad = student.post(f"/attempts/{attempt}/submit", {"q0": value}, form_page="/")
        assert bad.status_code == 400
    with app.app_context():
        assert db.session.get(Attempt, attempt).submitted_at is None


def test_another_students_attempt_is_forbidden(app, visitor, demo_quiz, demo_link) -> None:
    visitor.register("sam")
    attempt = attempt_on(visitor.text(demo_link))
    visitor.post(f"/attempts/{attempt}/submit", all_right(app, attempt), form_page="/")
    visitor.logout()
    visitor.register("eve")
    assert visitor.client.get(f"/attempts/{attempt}").status_code == 403
    stolen = visitor.post(f"/attempts/{attempt}/submit", {"q0": "0"}, form_page="/")
    assert stolen.status_code == 403
    assert visitor.client.get("/attempts/99999").status_code == 404


def test_editing_a_quiz_keeps_the_history_of_its_attempts(app, visitor, short_text) -> None:
    visitor.register("tess", "teacher")
    page = visitor.new_quiz(short_text).get_data(as_text=True)
    quiz_id = int(re.search(r"/teach/(\d+)/statistics", page).group(1))
    visitor.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
    visitor.post(f"/teach/{quiz_id}/share", form_page=f"/teach/{quiz_id}")
    with app.app_context():
        link = f"/q/{db.session.get(Quiz, quiz_id).share_token}"
    visitor.logout()
    visitor.register("sam")
    attempt = attempt_on(visitor.text(link))
    visitor.post(f"/attempts/{attempt}/submit", all_right(app, attempt), form_page="/")
    before = visitor.text(f"/attempts/{attempt}")
    visitor.logout()
    visitor.login("tess")
    with app.app_context():
        first, second = db.session.scalars(
            select(Question.id).where(Question.quiz_id == quiz_id).order_by(Question.position)
        ).all()[:2]
    visitor.post(
        f"/teach/{quiz_id}/questions/{first}/edit",
        {"stem": "A rewritten question?", "option_0": "a", "option_1": "b", "key": "1"},
    )
    visitor.post(f"/teach/{quiz_id}/questions/{second}/delete", form_page=f"/teach/{quiz_id}")
    visitor.logout()
    visitor.login("sam")
    after = visitor.text(f"/attempts/{attempt}")
    assert part(after, "review") == part(before, "review")
    assert "A rewritten question?" not in after


def test_an_open_shared_attempt_s_own_page_shows_its_questions(app, student, demo_link) -> None:
    attempt = attempt_on(student.text(demo_link))
    page = student.client.get(f"/attempts/{attempt}/answer")
    assert page.status_code == 200 and f"/attempts/{attempt}/submit" in page.get_data(as_text=True)
    assert student.client.get(f"/attempts/{attempt}").status_code == 302  # to that page, once


def test_the_sample_quizzes_account_cannot_be_registered(visitor) -> None:
    page = visitor.register("Demo-Teacher", "teacher").get_data(as_text=True)
    assert "That username is taken." in page


def test_an_attempt_shows_dates_in_chronological_order(app) -> None:
    """Dates are numbers too: an attempt keeps them in time order, also those of a quiz made
    when the generator stored them shuffled."""
    text = "Santa Anna's army besieged the Alamo in San Antonio in February 1836.\n"
    with app.app_context():
        tess = User(username="tess", password_hash="-", role="teacher")
        sam = User(username="sam", password_hash="-", role="student")
        db.session.add_all([tess, sam])
        db.session.flush()
        quiz, _ = quizzes.build_quiz(
            tess.id, "Alamo", text, document_name="a.txt", count=1, choices=4
        )
        (question,) = quiz.questions
        assert question.kind == "date"
        shuffled = ["January 1836", "April 1836", "February 1836", "March 1836"]  # as stored
        quizzes.set_options(question, shuffled, shuffled.index("February 1836"))
        db.session.flush()
        for _ in range(5):  # an attempt shuffles other kinds at random
            (shown,) = quizzes.new_attempt(quiz, sam.id).responses
            options = json.loads(shown.options_json)
            assert options == ["January 1836", "February 1836", "March 1836", "April 1836"]
            assert options[shown.key_index] == "February 1836"
