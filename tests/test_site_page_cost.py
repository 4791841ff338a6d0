"""Page cost: the review, quiz, statistics and gradebook pages run as many database queries for
a large quiz or class as for a small one (options come with their questions, students with
their memberships), so their cost grows with the data, not with round trips."""

from __future__ import annotations

import contextlib
import re

from sqlalchemy import event, select

from quiz.models import Attempt, Membership, Option, Question, Quiz, SchoolClass, User, db


@contextlib.contextmanager
def counted(app):
    """Count the SQL statements the app's engine runs inside the block."""
    statements = []
    with app.app_context():
        engine = db.engine

    def note(*_args) -> None:
        statements.append(1)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _quiz_of(app, owner: int, size: int, shared: bool = True) -> int:
    """A published quiz of *size* hand-written questions, shared by link if *shared*."""
    with app.app_context():
        token = f"size-{size}" if shared else None
        quiz = Quiz(owner_id=owner, title=f"Size {size}", share_token=token)
        quiz.questions = [
            Question(
                position=i,
                stem=f"Which number is {i}?",
                options=[Option(position=k, text=str(i + k), is_key=k == 0) for k in range(4)],
            )
            for i in range(size)
        ]
        db.session.add(quiz)
        db.session.flush()
        quiz.published_at = quiz.created_at
        db.session.commit()
        return quiz.id


def _cost(app, visitor, url: str) -> int:
    visitor.client.get(url)  # a first visit may prepare a cached page or an attempt
    with counted(app) as statements:
        assert visitor.client.get(url).status_code == 200, url
    return len(statements)


def test_pages_of_a_large_quiz_run_as_many_queries_as_of_a_small_one(app, visitor) -> None:
    visitor.register("tess", "teacher")
    with app.app_context():
        tess = db.session.scalar(select(User.id).where(User.username == "tess"))
    small, large = _quiz_of(app, tess, 3), _quiz_of(app, tess, 60)
    for page in ("/teach/{}", "/teach/{}/statistics"):
        assert _cost(app, visitor, page.format(small)) == _cost(app, visitor, page.format(large))
    visitor.logout()
    visitor.register("sam")
    costs = []
    for size, quiz_id in ((3, small), (60, large)):
        page = visitor.text(f"/q/size-{size}")
        attempt = int(re.search(r"/attempts/(\d+)/submit", page).group(1))
        with app.app_context():
            found = db.session.get(Attempt, attempt)
            answers = {f"q{r.position}": str(r.key_index) for r in found.responses}
        visitor.post(f"/attempts/{attempt}/submit", answers, form_page="/")
        costs.append(_cost(app, visitor, f"/attempts/{attempt}"))
        assert quiz_id
    assert costs[0] == costs[1]


def test_the_gradebook_runs_as_many_queries_for_many_students_as_for_few(app, visitor) -> None:
    visitor.register("tess", "teacher")
    with app.app_context():
        tess = db.session.scalar(select(User.id).where(User.username == "tess"))
    quiz = _quiz_of(app, tess, 5, shared=False)
    costs = []
    for students in (2, 30):
        visitor.post("/classes/new", {"name": f"Class of {students}"})
        with app.app_context():
            school_class = db.session.scalars(
                select(SchoolClass).order_by(SchoolClass.id.desc())
            ).first()
            for i in range(students):
                user = User(username=f"s{students}-{i}", password_hash="-", role="student")
                db.session.add(user)
                db.session.flush()
                db.session.add(Membership(class_id=school_class.id, student_id=user.id))
            class_id = school_class.id
            db.session.commit()
        visitor.post(
            f"/teach/{quiz}/assign",
            {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
        )
        costs.append(
            (
                _cost(app, visitor, f"/classes/{class_id}/gradebook"),
                _cost(app, visitor, f"/classes/{class_id}"),
            )
        )
    assert costs[0] == costs[1]
