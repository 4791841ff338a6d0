"""A teacher's quizzes as a collection, independent of pages: listing them with their counts,
renaming, duplicating, unpublishing or closing, archiving and deleting. The caller commits."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select

from quiz.models import (
    Assignment,
    Attempt,
    GenerationJob,
    Option,
    Question,
    Quiz,
    Response,
    db,
    utcnow,
)

SORTS = {  # what "sort by" offers, newest first by default
    "newest": (Quiz.created_at.desc(), Quiz.id.desc()),
    "oldest": (Quiz.created_at, Quiz.id),
    "title": (func.lower(Quiz.title), Quiz.id),
}


@dataclass(frozen=True)
class Entry:
    """A quiz in the teacher's list, with what the list shows of it."""

    quiz: Quiz
    questions: int
    attempts: int  # submitted


def listing(
    owner_id: int, search: str = "", sort: str = "newest", archived: bool = False
) -> list[Entry]:
    """The teacher's quizzes matching *search* in their title, sorted, with their counts (three
    queries in all, whatever the number of quizzes)."""
    query = select(Quiz).where(
        Quiz.owner_id == owner_id,
        Quiz.archived_at.is_not(None) if archived else Quiz.archived_at.is_(None),
    )
    if search.strip():
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Quiz.title.ilike(f"%{escaped}%", escape="\\"))
    found = db.session.scalars(query.order_by(*SORTS.get(sort, SORTS["newest"]))).all()
    ids = [q.id for q in found]
    questions = _counts(select(Question.quiz_id, func.count()).where(Question.quiz_id.in_(ids)))
    attempts = _counts(
        select(Attempt.quiz_id, func.count()).where(
            Attempt.quiz_id.in_(ids), Attempt.submitted_at.is_not(None)
        )
    )
    return [Entry(q, questions.get(q.id, 0), attempts.get(q.id, 0)) for q in found]


def _counts(query) -> dict[int, int]:
    """{quiz id: count} from a (quiz id, count) query, grouped here."""
    return dict(db.session.execute(query.group_by(query.selected_columns[0])).all())


def attempt_count(quiz: Quiz) -> int:
    """How many attempts (open or submitted) students made at the quiz."""
    return db.session.scalar(select(func.count()).where(Attempt.quiz_id == quiz.id))


def assignment_count(quiz: Quiz) -> int:
    """How many classes the quiz is assigned to."""
    return db.session.scalar(select(func.count()).where(Assignment.quiz_id == quiz.id))


def duplicate(quiz: Quiz, owner_id: int) -> Quiz:
    """A draft copy of the quiz, its questions and options (the same source text); added."""
    copy = Quiz(
        owner_id=owner_id,
        document_id=quiz.document_id,
        title=f"Copy of {quiz.title}"[:200],
        choices=quiz.choices,
        spares_json=quiz.spares_json,
    )
    copy.questions = [
        Question(
            position=q.position,
            stem=q.stem,
            kind=q.kind,
            source_sentence=q.source_sentence,
            source_start=q.source_start,
            source_end=q.source_end,
            score=q.score,
            flags_json=q.flags_json,
            options=[Option(position=o.position, text=o.text, is_key=o.is_key) for o in q.options],
        )
        for q in quiz.questions
    ]
    db.session.add(copy)
    return copy


def unpublish(quiz: Quiz) -> bool:
    """Back to a draft, if no student has started it; False (nothing changed) otherwise."""
    if attempt_count(quiz) or assignment_count(quiz):
        return False
    quiz.published_at = None
    quiz.share_token = None
    return True


def close(quiz: Quiz) -> None:
    """No new attempts, from classes or the share link; attempts and grades stay."""
    quiz.closed_at = quiz.closed_at or utcnow()


def reopen(quiz: Quiz) -> None:
    """Take new attempts again."""
    quiz.closed_at = None


def archive(quiz: Quiz) -> None:
    """Out of the list and closed to attempts; everything stays and it can be restored."""
    quiz.archived_at = quiz.archived_at or utcnow()


def restore(quiz: Quiz) -> None:
    """Back in the list (still closed if it was)."""
    quiz.archived_at = None


def delete_quiz(quiz: Quiz) -> None:
    """Delete the quiz with its questions, its assignments and every attempt at it (their scores
    leave the gradebooks and histories), and the record of its making. Its source text goes
    too unless a copy uses it."""
    attempts = select(Attempt.id).where(Attempt.quiz_id == quiz.id)
    db.session.execute(delete(Response).where(Response.attempt_id.in_(attempts)))
    db.session.execute(delete(Attempt).where(Attempt.quiz_id == quiz.id))
    db.session.execute(delete(Assignment).where(Assignment.quiz_id == quiz.id))
    db.session.execute(delete(GenerationJob).where(GenerationJob.quiz_id == quiz.id))
    document = quiz.document
    db.session.delete(quiz)
    db.session.flush()
    if document is not None:
        shared = db.session.scalar(select(Quiz.id).where(Quiz.document_id == document.id))
        if shared is None:
            db.session.execute(
                delete(GenerationJob).where(GenerationJob.document_id == document.id)
            )
            db.session.delete(document)
