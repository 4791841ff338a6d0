"""Stored quizzes to and from the file formats: the site's side of export and import."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from quiz.formats import Imported, QuestionSet
from quiz.generator import Question as SetQuestion
from quiz.models import MAX_OPTION, MAX_OPTIONS, MAX_QUESTIONS, MAX_STEM, Question, Quiz, db
from quiz.quizzes import as_generated, question_from


def question_set(quiz: Quiz) -> QuestionSet:
    """The quiz as the formats see it: its title and its questions in order."""
    document = quiz.document.name if quiz.document else ""
    questions = db.session.scalars(
        select(Question)
        .where(Question.quiz_id == quiz.id)
        .order_by(Question.position)
        .options(selectinload(Question.options))  # two queries, whatever the quiz's size
    )
    return QuestionSet(quiz.title, tuple(as_generated(q, document) for q in questions))


def _unusable(question: SetQuestion) -> str | None:
    """Why the site cannot hold an imported question as its editor would (None: it can)."""
    options = [o.strip() for o in question.options]
    if not 2 <= len(options) <= MAX_OPTIONS:
        return f"not 2 to {MAX_OPTIONS} options"
    if not question.stem.strip() or len(question.stem) > MAX_STEM:
        return f"an empty question or one over {MAX_STEM:,} characters"
    if any(not o or len(o) > MAX_OPTION for o in options):
        return f"an empty option or one over {MAX_OPTION} characters"
    if len({o.casefold() for o in options}) < len(options):
        return "two options the same"
    return None


def usable(imported: Imported) -> tuple[list[SetQuestion], list[str]]:
    """The imported questions the site can hold (at most MAX_QUESTIONS), and one line per
    reason others were left out ('2 with two options the same')."""
    kept, reasons = [], Counter()
    for question in imported.questions:
        reason = _unusable(question)
        if reason is None:
            kept.append(question)
        else:
            reasons[reason] += 1
    if imported.skipped:
        reasons["not multiple choice with one right answer"] += imported.skipped
    if len(kept) > MAX_QUESTIONS:
        reasons[f"over the limit of {MAX_QUESTIONS} questions a quiz holds"] += (
            len(kept) - MAX_QUESTIONS
        )
        kept = kept[:MAX_QUESTIONS]
    return kept, [f"{count} with {reason}" for reason, count in reasons.most_common()]


def import_quiz(owner_id: int, title: str, questions: list[SetQuestion]) -> Quiz:
    """A draft quiz holding *questions* (added to the session, not committed)."""
    quiz = Quiz(
        owner_id=owner_id,
        title=title,
        choices=max((len(q.options) for q in questions), default=4),
    )
    quiz.questions = [question_from(q, i) for i, q in enumerate(questions)]
    db.session.add(quiz)
    return quiz
