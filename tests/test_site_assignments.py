"""Assignments: the window, the attempt limit, the time limit enforced by the server, the
grading methods, the review options, class membership and the school's time zone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pages import attempt_on
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quiz import assignments
from quiz.models import Assignment, Attempt, Quiz, SchoolClass, db, utcnow

FORM_TIME = "%Y-%m-%dT%H:%M"


@pytest.fixture
def setting(app, visitor, short_text) -> dict:
    """Teacher 'tess' with a published quiz and a class that student 'ann' joined; 'bob' is
    in no class. Nobody is logged in."""
    visitor.register("tess", "teacher")
    quiz_id = visitor.published_quiz(short_text, "NATO")
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        school_class = db.session.scalars(select(SchoolClass)).one()
        class_id, code = school_class.id, school_class.join_code
    visitor.logout()
    visitor.register("ann")
    visitor.post("/classes/join", {"code": code})
    visitor.logout()
    visitor.register("bob")
    visitor.logout()
    return {"quiz": quiz_id, "class": class_id}


def _assign(app, visitor, setting, **fields) -> int:
    """Assign the quiz as tess with *fields* (form values); the new assignment's id."""
    visitor.login("tess")
    data = {"classes": str(setting["class"]), "grading": "highest", "review": "after_attempt"}
    response = visitor.post(f"/teach/{setting['quiz']}/assign", {**data, **fields})
    visitor.logout()
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        return db.session.scalars(select(Assignment.id).order_by(Assignment.id.desc())).first()


def _submit(app, visitor, attempt: int, right: int) -> str:
    """Answer the first *right* questions rightly and the rest wrongly; the result page."""
    with app.app_context():
        responses = db.session.get(Attempt, attempt).responses
        answers = {
            f"q{r.position}": str(r.key_index if i < right else (r.key_index + 1) % 4)
            for i, r in enumerate(responses)
        }
    return visitor.post(
        f"/attempts/{attempt}/submit",
        answers,
        form_page="/",  # the answer page itself may have closed the attempt
        follow_redirects=True,
    ).get_data(as_text=True)


def _later(minutes: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)).strftime(FORM_TIME)


def test_a_quiz_opens_and_closes_at_its_times(app, visitor, setting) -> None:
    upcoming = _assign(app, visitor, setting, opens_at=_later(60))
    visitor.login("ann")
    assert "Not open yet" in visitor.text("/")
    assert "This quiz is not open yet." in visitor.start(upcoming)
    with app.app_context():
        found = db.session.get(Assignment, upcoming)
        found.opens_at, found.closes_at = utcnow() - dt.timedelta(hours=2), utcnow()
        db.session.commit()
    assert "This quiz is closed." in visitor.start(upcoming)
    assert "Closed without an attempt" in visitor.text("/")
    with app.app_context():
        assert db.session.scalars(select(Attempt)).all() == []


def _board_group(page: str, title: str) -> str:
    """The heading of the board's group that lists *title*."""
    groups = re.findall(r"<h2[^>]*>([^<]+)</h2>(.*?)</section>", page, re.S)
    return next(heading for heading, items in groups if title in items)


def test_a_quiz_the_teacher_closes_leaves_to_do_unless_an_attempt_was_started(
    app, visitor, setting
) -> None:
    assignment = _assign(app, visitor, setting)
    visitor.login("ann")
    assert _board_group(visitor.text("/"), "NATO") == "To do"
    started = attempt_on(visitor.start(assignment))
    visitor.logout()
    visitor.login("tess")
    visitor.post(f"/teach/{setting['quiz']}/close", form_page=f"/teach/{setting['quiz']}")
    visitor.logout()
    visitor.login("ann")
    assert _board_group(visitor.text("/"), "NATO") == "To do"  # the started attempt can be finished
    assert "Score:" in _submit(app, visitor, started, 2)
    assert _board_group(visitor.text("/"), "NATO") == "Done"
    visitor.logout()
    with app.app_context():
        code = db.session.get(SchoolClass, setting["class"]).join_code
    visitor.register("cyd")
    visitor.post("/classes/join", {"code": code})
    assert _board_group(visitor.text("/"), "NATO") == "Closed by your teacher"
    assert "Your teacher has closed this quiz." in visitor.start(assignment)


def test_the_attempt_limit_holds(app, visitor, setting) -> None:
    twice = _assign(app, visitor, setting, max_attempts="2")
    visitor.login("ann")
    for right in (1, 2):
        _submit(app, visitor, attempt_on(visitor.start(twice)), right)
    assert "(0 left)" in visitor.text(f"/assignments/{twice}")
    assert "You have used all your attempts." in visitor.start(twice)
    with app.app_context():
        assert len(db.session.scalars(select(Attempt)).all()) == 2


def test_reopening_the_quiz_continues_the_open_attempt(app, visitor, setting) -> None:
    assignment = _assign(app, visitor, setting)
    visitor.login("ann")
    first = attempt_on(visitor.start(assignment))
    assert "Continue my attempt" in visitor.text(f"/assignments/{assignment}")
    assert attempt_on(visitor.start(assignment)) == first


def test_the_database_holds_one_open_attempt_per_student_and_assignment(
    app, visitor, setting
) -> None:
    assignment = _assign(app, visitor, setting)
    visitor.login("ann")
    first = attempt_on(visitor.start(assignment))
    with app.app_context():
        held = db.session.get(Attempt, first)
        db.session.add(
            Attempt(quiz_id=held.quiz_id, student_id=held.student_id, assignment_id=assignment)
        )
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_the_time_limit_is_enforced_by_the_server(app, visitor, setting) -> None:
    timed = _assign(app, visitor, setting, time_limit_minutes="10")
    visitor.login("ann")
    page = visitor.start(timed)
    attempt = attempt_on(page)
    assert "Hand in by" in page and "10 minutes from" in page
    assert re.search(r"<strong>(10|9) minutes left</strong> when this page was\s+loaded", page)
    with app.app_context():
        found = db.session.get(Attempt, attempt)
        assert found.deadline_at - found.started_at == dt.timedelta(minutes=10)
        found.deadline_at = utcnow() - assignments.GRACE - dt.timedelta(seconds=1)
        db.session.commit()
    result = _submit(app, visitor, attempt, right=99)
    assert "Time ran out" in result and "Score: <strong>0 /" in result
    with app.app_context():
        found = db.session.get(Attempt, attempt)
        assert found.score == 0 and found.submitted_at == found.deadline_at


def test_an_attempt_left_open_past_its_deadline_is_handed_in_empty(app, visitor, setting) -> None:
    closing = _assign(app, visitor, setting, closes_at=_later(30))
    visitor.login("ann")
    attempt = attempt_on(visitor.start(closing))
    with app.app_context():
        found = db.session.get(Attempt, attempt)
        assert found.deadline_at == found.assignment.closes_at  # no time limit: the close time
        found.deadline_at = utcnow() - dt.timedelta(minutes=5)
        db.session.commit()
    page = visitor.client.get(f"/attempts/{attempt}/answer", follow_redirects=True)
    assert "Time ran out" in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Attempt, attempt).score == 0


def test_the_teacher_sees_that_time_ran_out_on_an_attempt(app, visitor, setting) -> None:
    """Handed in by the site at its deadline with no answers: the teacher's result page, the
    gradebook cell and the student's work say time ran out, not only 'handed in' at 0."""
    timed = _assign(app, visitor, setting, time_limit_minutes="10")
    visitor.login("ann")
    ran_out = attempt_on(visitor.start(timed))
    with app.app_context():
        found = db.session.get(Attempt, ran_out)
        found.deadline_at = utcnow() - assignments.GRACE - dt.timedelta(seconds=1)
        db.session.commit()
    visitor.client.get(f"/attempts/{ran_out}/answer")
    handed_in = attempt_on(visitor.start(timed))
    _submit(app, visitor, handed_in, right=0)  # handed in by ann, all wrong: no time-out
    visitor.logout()
    visitor.login("tess")
    assert "Time ran out</strong>" in visitor.text(f"/attempts/{ran_out}")
    assert "Time ran out" not in visitor.text(f"/attempts/{handed_in}")
    book = visitor.text(f"/classes/{setting['class']}/gradebook")
    assert '<span class="tag" title="Handed in by the site when time ran out' in book
    work = visitor.text(re.search(r"/classes/\d+/assignments/\d+/students/\d+", book).group())
    assert work.count("time ran out") == 1


@pytest.mark.parametrize(
    ("method", "expected"),
    [("highest", 75.0), ("latest", 50.0), ("first", 25.0), ("average", 50.0)],
)
def test_each_grading_method(method: str, expected: float) -> None:
    attempts = [Attempt(score=score, total=4) for score in (1, 3, 2)]
    assert assignments.grade(method, attempts) == expected
    assert assignments.grade(method, []) is None


def test_the_student_s_grade_follows_the_assignment_s_method(app, visitor, setting) -> None:
    latest = _assign(app, visitor, setting, grading="latest")
    visitor.login("ann")
    total = None
    for right in (2, 1):
        page = visitor.start(latest)
        attempt = attempt_on(page)
        _submit(app, visitor, attempt, right)
        with app.app_context():
            total = db.session.get(Attempt, attempt).total
    assert f"Grade: <strong>{100 * 1 / total:.0f}%</strong>" in visitor.text(
        f"/assignments/{latest}"
    )


@pytest.mark.parametrize(
    "case",
    [
        ("after_attempt", False, True),
        ("after_close", False, False),
        ("after_close", True, True),
        ("never", True, False),
    ],
)
def test_review_options(app, visitor, setting, case: tuple[str, bool, bool]) -> None:
    review, closed, shown = case  # closed: whether the quiz has closed when the page is read
    assignment = _assign(app, visitor, setting, review=review, closes_at=_later(60))
    visitor.login("ann")
    attempt = attempt_on(visitor.start(assignment))
    _submit(app, visitor, attempt, right=1)
    if closed:
        with app.app_context():
            db.session.get(Assignment, assignment).closes_at = utcnow()
            db.session.commit()
    page = visitor.text(f"/attempts/{attempt}")
    assert "Score:" in page
    assert ("Right answer" in page) is shown
    assert ("Source" in page) is shown


def test_only_the_class_s_students_and_teacher_see_an_assignment(app, visitor, setting) -> None:
    assignment = _assign(app, visitor, setting)
    visitor.login("bob")  # in no class
    assert visitor.client.get(f"/assignments/{assignment}").status_code == 403
    token = visitor.token("/")
    start = visitor.client.post(f"/assignments/{assignment}/start", data={"csrf_token": token})
    assert start.status_code == 403
    assert "NATO" not in visitor.text("/")
    visitor.logout()
    visitor.register("otto", "teacher")
    assert visitor.client.get(f"/assignments/{assignment}").status_code == 403
    assert visitor.client.get(f"/teach/{setting['quiz']}/assign").status_code == 403
    visitor.logout()
    visitor.login("tess")  # a removed student keeps nothing open
    with app.app_context():
        ann = db.session.get(SchoolClass, setting["class"]).memberships[0].student_id
    visitor.post(
        f"/classes/{setting['class']}/students/{ann}/remove",
        form_page=f"/classes/{setting['class']}",
    )
    visitor.logout()
    visitor.login("ann")
    assert visitor.client.get(f"/assignments/{assignment}").status_code == 403


def test_the_assign_form_checks_what_it_is_given(app, visitor, setting) -> None:
    visitor.login("tess")
    url = f"/teach/{setting['quiz']}/assign"
    base = {"classes": str(setting["class"]), "grading": "highest", "review": "after_attempt"}
    cases = [
        ({"classes": ""}, "Choose at least one class."),
        ({"opens_at": _later(60), "closes_at": _later(30)}, "must close after it opens"),
        ({"review": "after_close"}, "need a close time"),
        ({"max_attempts": "0"}, "Number must be between 1 and 100"),
        ({"classes": "999999"}, "is not a valid choice"),
        ({"grading": "median"}, "Not a valid choice"),
        ({"closes_at": "next tuesday"}, "Not a valid datetime value"),
        ({"closes_at": "2020-01-01T09:00"}, "This close time has passed"),
        ({"opens_at": "0001-01-01T00:00"}, "Give a date between 2000 and 2100."),
        ({"closes_at": "9999-12-31T23:59"}, "Give a date between 2000 and 2100."),
    ]
    for fields, message in cases:
        page = visitor.post(url, {**base, **fields}).get_data(as_text=True)
        assert message in page, fields
    with app.app_context():
        assert db.session.scalars(select(Assignment)).all() == []


def test_a_draft_cannot_be_assigned(app, visitor, setting, short_text) -> None:
    visitor.login("tess")
    review = visitor.new_quiz(short_text, title="Draft").get_data(as_text=True)
    draft = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
    page = visitor.client.get(f"/teach/{draft}/assign", follow_redirects=True)
    assert "Publish the quiz before assigning it." in page.get_data(as_text=True)


def test_times_are_entered_and_shown_in_the_school_s_time_zone(app, visitor, setting) -> None:
    app.config["TIMEZONE"] = "America/New_York"
    assignment = _assign(app, visitor, setting, closes_at="2031-01-15T09:00")
    with app.app_context():
        assert db.session.get(Assignment, assignment).closes_at == dt.datetime(2031, 1, 15, 14, 0)
    visitor.login("ann")
    assert "2031-01-15 09:00 EST" in visitor.text(f"/assignments/{assignment}")


def test_the_history_groups_attempts_by_class_with_a_chart_of_links(app, visitor, setting) -> None:
    assignment = _assign(app, visitor, setting)
    visitor.login("ann")
    attempt = attempt_on(visitor.start(assignment))
    _submit(app, visitor, attempt, right=1)
    with app.app_context():
        demo = db.session.scalars(select(Quiz).where(Quiz.title.startswith("Demo"))).first()
        link = f"/q/{demo.share_token}"
    shared = attempt_on(visitor.text(link))
    _submit(app, visitor, shared, right=0)
    page = visitor.text("/history/")
    assert '<h2 id="group-1">9B</h2>' in page
    assert '<h2 id="group-2">Quizzes shared by link</h2>' in page
    assert f'<a href="/assignments/{assignment}">NATO</a>' in page
    assert f'<a href="/attempts/{attempt}" aria-label=' in page  # the chart's dot opens it
    assert f'<a href="{link}">' in page


def test_the_time_left_is_counted_again_on_each_reload(app, visitor, setting, monkeypatch) -> None:
    from quiz.views import quizzes as quiz_pages

    timed = _assign(app, visitor, setting, time_limit_minutes="10")
    visitor.login("ann")
    attempt = attempt_on(visitor.start(timed))
    later = utcnow() + dt.timedelta(minutes=6, seconds=30)
    monkeypatch.setattr(quiz_pages, "utcnow", lambda: later)
    page = visitor.text(f"/attempts/{attempt}/answer")  # the kept page, its time filled in
    assert "<strong>4 minutes left</strong>" in page
