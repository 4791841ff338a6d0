"""A test-client wrapper that behaves like a browser user: it reads each form's CSRF token."""

from __future__ import annotations

import re
from typing import Any

from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
TEACHER_CODE = "teachers-of-the-test-school"  # TEACHER_CODE of the tests' sites (conftest.py)


def _part(value: Any) -> Any:
    """A multipart value: (stream, filename) becomes a file, anything else text."""
    if isinstance(value, tuple):
        stream, filename = value
        return FileStorage(stream=stream, filename=filename, content_type="text/plain")
    return str(value)


class Visitor:
    """One person using the site through Flask's test client."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def token(self, url: str) -> str:
        """The CSRF token of the form on the page at *url*."""
        page = self.client.get(url)
        found = CSRF.search(page.get_data(as_text=True))
        assert found, f"no form with a CSRF token on {url}"
        return found.group(1)

    def post(
        self,
        url: str,
        data: dict[str, Any] | None = None,
        *,
        form_page: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Submit a form of *form_page* (default: *url*) to *url*."""
        fields = {"csrf_token": self.token(form_page or url), **(data or {})}
        if kwargs.pop("content_type", None) == "multipart/form-data":
            # Encoded here, in memory: the test client spools big bodies to a file it never closes.
            boundary, body = encode_multipart({k: _part(v) for k, v in fields.items()})
            return self.client.post(
                url, data=body, content_type=f"multipart/form-data; boundary={boundary}", **kwargs
            )
        return self.client.post(url, data=fields, **kwargs)

    def register(
        self,
        username: str,
        role: str = "student",
        password: str = "correct horse",
        teacher_code: str = TEACHER_CODE,
    ):
        """Register and stay logged in (a teacher with the school's code of the tests' site)."""
        fields = {"username": username, "password": password, "confirm": password, "role": role}
        if role == "teacher":
            fields["teacher_code"] = teacher_code
        return self.post("/auth/register", fields)

    def login(self, username: str, password: str = "correct horse") -> Any:
        """Log in."""
        return self.post("/auth/login", {"username": username, "password": password})

    def logout(self) -> Any:
        """Log out with the header's form."""
        return self.post("/auth/logout", form_page="/")

    def new_quiz(self, text: str, title: str = "Test quiz", count: int = 5, **extra: Any) -> Any:
        """Create a quiz from pasted text; returns the response after redirects."""
        data = {"title": title, "text": text, "count": count, "choices": 4, "seed": "", **extra}
        return self.post(
            "/teach/new", data, follow_redirects=True, content_type="multipart/form-data"
        )

    def text(self, url: str) -> str:
        """The page at *url* as text."""
        return self.client.get(url).get_data(as_text=True)

    def published_quiz(self, text: str, title: str, **extra: Any) -> int:
        """Make a quiz from *text* and publish it, as its teacher; its id."""
        review = self.new_quiz(text, title=title, **extra).get_data(as_text=True)
        quiz_id = int(re.search(r"/teach/(\d+)/statistics", review).group(1))
        self.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
        return quiz_id

    def start(self, assignment: int) -> str:
        """Press an assignment's 'Start an attempt'; the page it leads to."""
        return self.post(
            f"/assignments/{assignment}/start",
            form_page=f"/assignments/{assignment}",
            follow_redirects=True,
        ).get_data(as_text=True)


def attempt_on(page: str) -> int:
    """The attempt whose questions *page* shows."""
    return int(re.search(r"/attempts/(\d+)/submit", page).group(1))


def submit_with_right(app: Any, visitor: Visitor, attempt: int, right: int) -> None:
    """Hand in *attempt* with the first *right* questions answered right and the rest wrong."""
    from quiz.models import Attempt, db

    with app.app_context():
        responses = db.session.get(Attempt, attempt).responses
        answers = {
            f"q{r.position}": str(r.key_index if r.position < right else (r.key_index + 1) % 4)
            for r in responses
        }
    visitor.post(f"/attempts/{attempt}/submit", answers, form_page="/")
