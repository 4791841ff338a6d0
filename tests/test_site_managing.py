"""Managing quizzes: rename, duplicate, unpublish or close, archive, delete; My quizzes with
search, sort and counts; only the owner may do any of it."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quiz.models import Assignment, Attempt, Document, Question, Quiz, Response, db


def _count(app, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def _new(visitor, text: str, title: str, publish: bool = True) -> int:
    review = visitor.new_quiz(text, title=title).get_data(as_text=True)
    quiz_id = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
    if publish:
        visitor.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
    return quiz_id


def _act(visitor, quiz_id: int, action: str, data: dict | None = None) -> str:
    return visitor.post(
        f"/teach/{quiz_id}/{action}",
        data or {},
        form_page=f"/teach/{quiz_id}",
        follow_redirects=True,
    ).get_data(as_text=True)


@pytest.fixture
def taken(app, visitor, short_text) -> dict:
    """Quiz 'NATO' of tess, shared by link, with one submitted attempt by sam; tess logged in."""
    visitor.register("tess", "teacher")
    quiz_id = _new(visitor, short_text, "NATO")
    _act(visitor, quiz_id, "share")
    with app.app_context():
        link = f"/q/{db.session.get(Quiz, quiz_id).share_token}"
    visitor.logout()
    visitor.register("sam")
    page = visitor.text(link)
    attempt = int(re.search(r"/attempts/(\d+)/submit", page).group(1))
    visitor.post(f"/attempts/{attempt}/submit", {"q0": "0", "confirm": "yes"}, form_page="/")
    visitor.logout()
    visitor.login("tess")
    return {"quiz": quiz_id, "link": link, "attempt": attempt}


def test_rename(app, visitor, taken) -> None:
    assert "Renamed." in _act(visitor, taken["quiz"], "rename", {"title": "  NATO, week 5 "})
    assert "This field is required." in _act(visitor, taken["quiz"], "rename", {"title": ""})
    with app.app_context():
        assert db.session.get(Quiz, taken["quiz"]).title == "NATO, week 5"


def test_duplicate_makes_a_draft_copy_and_leaves_the_original(app, visitor, taken) -> None:
    page = _act(visitor, taken["quiz"], "duplicate")
    assert "Copy of NATO" in page and "draft copy" in page
    with app.app_context():
        original, copy = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).all()[:2][::-1]
        assert copy.title == "Copy of NATO" and not copy.is_published
        assert [q.stem for q in copy.questions] == [q.stem for q in original.questions]
        assert [[o.text for o in q.options] for q in copy.questions] == [
            [o.text for o in q.options] for q in original.questions
        ]
        assert {q.id for q in copy.questions}.isdisjoint(q.id for q in original.questions)
        assert original.is_published and original.share_token is not None


def test_unpublish_only_before_anyone_took_it_then_close_and_reopen(
    app, visitor, taken, short_text
) -> None:
    fresh = _new(visitor, short_text, "Fresh")
    _act(visitor, fresh, "share")
    assert "Back to a draft" in _act(visitor, fresh, "unpublish")
    with app.app_context():
        found = db.session.get(Quiz, fresh)
        assert not found.is_published and found.share_token is None
    assert "close it instead" in _act(visitor, taken["quiz"], "unpublish")
    assert "Closed: nobody can start a new attempt." in _act(visitor, taken["quiz"], "close")
    visitor.logout()
    visitor.login("sam")
    assert visitor.client.get(taken["link"]).status_code == 404
    assert visitor.client.get(f"/attempts/{taken['attempt']}").status_code == 200  # kept
    visitor.logout()
    visitor.login("tess")
    _act(visitor, taken["quiz"], "reopen")
    visitor.logout()
    visitor.login("sam")
    assert visitor.client.get(taken["link"]).status_code == 200


def test_a_closed_quiz_refuses_new_attempts_in_its_classes(app, visitor, taken) -> None:
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        from quiz.models import SchoolClass

        school_class = db.session.scalars(select(SchoolClass)).one()
        class_id, code = school_class.id, school_class.join_code
    refused = visitor.post(
        f"/teach/{taken['quiz']}/assign",
        {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
        form_page="/",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Stop sharing this quiz by link before assigning it" in refused
    _act(visitor, taken["quiz"], "share")  # withdraw the link, then assign
    visitor.post(
        f"/teach/{taken['quiz']}/assign",
        {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
    )
    assert "assigned to classes: a link would" in _act(visitor, taken["quiz"], "share")
    with app.app_context():
        assert db.session.get(Quiz, taken["quiz"]).share_token is None
    _act(visitor, taken["quiz"], "close")
    visitor.logout()
    visitor.login("sam")
    visitor.post("/classes/join", {"code": code})
    with app.app_context():
        assignment = db.session.scalars(select(Assignment.id)).one()
    page = visitor.post(
        f"/assignments/{assignment}/start",
        form_page=f"/assignments/{assignment}",
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Your teacher has closed this quiz." in page


def test_archive_hides_from_my_quizzes_and_restore_brings_back(app, visitor, taken) -> None:
    page = _act(visitor, taken["quiz"], "archive")
    assert "Archived: find it under" in page and ">NATO</a>" not in page
    assert ">NATO</a>" in visitor.text("/teach/?archived=1")
    visitor.logout()
    visitor.login("sam")
    assert visitor.client.get(taken["link"]).status_code == 404  # archived: closed too
    visitor.logout()
    visitor.login("tess")
    _act(visitor, taken["quiz"], "restore")
    assert ">NATO</a>" in visitor.text("/teach/")


def test_delete_says_what_goes_and_removes_it_all(app, visitor, taken) -> None:
    copy_page = _act(visitor, taken["quiz"], "duplicate")  # the copy keeps the source text
    copy = int(re.search(r"/teach/(\d+)/statistics", copy_page).group(1))
    page = visitor.text(f"/teach/{taken['quiz']}/delete")
    assert "the 1 attempt students made" in page and "cannot be undone" in page
    assert _count(app, Quiz, Quiz.id == taken["quiz"]) == 1  # a GET deletes nothing
    done = visitor.post(f"/teach/{taken['quiz']}/delete", follow_redirects=True).get_data(
        as_text=True
    )
    assert "were deleted" in done
    assert _count(app, Quiz, Quiz.id == taken["quiz"]) == 0
    assert _count(app, Attempt) == 0 and _count(app, Response) == 0
    assert _count(app, Question, Question.quiz_id == taken["quiz"]) == 0
    assert _count(app, Document) == 2  # the demo's and the one the copy still uses
    visitor.post(f"/teach/{copy}/delete", form_page=f"/teach/{copy}/delete")
    assert _count(app, Document) == 1


def test_my_quizzes_search_sort_and_counts(app, visitor, taken, short_text) -> None:
    _new(visitor, short_text, "100% Apollo", publish=False)
    _new(visitor, short_text, "Berlin wall", publish=False)
    page = visitor.text("/teach/?sort=title")
    titles = re.findall(r'<td><a href="/teach/\d+">([^<]+)</a></td>', page)
    assert titles == ["100% Apollo", "Berlin wall", "NATO"]
    row = re.search(r">NATO</a></td>\s*<td>[\d-]+</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>", page)
    with app.app_context():
        questions = len(db.session.get(Quiz, taken["quiz"]).questions)
    assert row.groups() == (str(questions), "1")
    assert re.findall(r">([^<]+)</a></td>", visitor.text("/teach/?q=100%25"))[:1] == ["100% Apollo"]
    assert "No quiz title contains" in visitor.text("/teach/?q=zzz")
    assert visitor.client.get("/teach/?sort=nonsense&archived=7").status_code == 200


def test_only_the_owner_manages_a_quiz(app, visitor, taken) -> None:
    actions = ["rename", "duplicate", "unpublish", "close", "reopen", "archive", "restore"]
    visitor.logout()
    for name, role in (("otto", "teacher"), ("sam", None)):
        if role:
            visitor.register(name, role)
        else:
            visitor.login(name)
        for action in [*actions, "delete"]:
            response = visitor.post(
                f"/teach/{taken['quiz']}/{action}", {"title": "x"}, form_page="/"
            )
            assert response.status_code == 403, (name, action)
        assert visitor.client.get(f"/teach/{taken['quiz']}/delete").status_code == 403
        visitor.logout()
    assert _count(app, Quiz, Quiz.id == taken["quiz"], Quiz.title == "NATO") == 1
    assert visitor.client.get("/teach/999999/delete").status_code == 302  # log in first


def _buttons(page: str) -> list[str]:
    return re.findall(r"<button[^>]*>([^<]+)</button>", page)


def test_actions_a_quiz_cannot_take_are_not_offered_and_the_page_says_why(
    app, visitor, taken, short_text
) -> None:
    fresh = _new(visitor, short_text, "Fresh")
    buttons = _buttons(visitor.text(f"/teach/{fresh}"))
    assert "Unpublish" in buttons and "Share by link" in buttons
    taken_page = visitor.text(f"/teach/{taken['quiz']}")  # shared by link and taken
    assert "Unpublish" not in _buttons(taken_page)
    assert "Stop sharing by link" in _buttons(taken_page)
    assert "Students have taken it: it cannot be unpublished" in taken_page
    visitor.post("/classes/new", {"name": "9B"})
    with app.app_context():
        from quiz.models import SchoolClass

        class_id = db.session.scalars(select(SchoolClass.id)).one()
    visitor.post(
        f"/teach/{fresh}/assign",
        {"classes": str(class_id), "grading": "highest", "review": "after_attempt"},
    )
    page = visitor.text(f"/teach/{fresh}")
    assert "Unpublish" not in _buttons(page) and "Share by link" not in _buttons(page)
    assert "Assigned to a class: it cannot be unpublished or shared by link" in page
