"""Words that agree with a number: '1 question', '3 questions', in Python and in templates."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask


def plural(count: int, singular: str, many: str | None = None) -> str:
    """*count* and the noun that agrees with it: plural(1, "question") is '1 question',
    plural(3, "question") '3 questions', plural(2, "quiz", "quizzes") '2 quizzes'."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"


def init_app(app: Flask) -> None:
    """Give templates the `plural` filter: {{ quiz.questions|length|plural("question") }}."""
    app.add_template_filter(plural, "plural")
