"""What teachers and students do to quizzes, independent of pages: build a quiz from a text with
the generator, edit its questions, publish it, start and submit attempts.

Functions here change the session; the caller commits (one transaction per request).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import secrets

from sqlalchemy import func, select, update

from quiz import flags
from quiz.generator import Generation, Source, generate, run
from quiz.generator import Question as GeneratedQuestion
from quiz.generator.answers import DATE, NUMERIC_KINDS
from quiz.generator.checks import SetChecker
from quiz.generator.distractors import date_value
from quiz.models import (
    Assignment,
    Attempt,
    Document,
    Option,
    Question,
    Quiz,
    Response,
    db,
    utcnow,
)


def question_from(generated: GeneratedQuestion, position: int) -> Question:
    """A stored question made from the generator's output."""
    question = Question(
        position=position,
        stem=generated.stem,
        kind=generated.kind,
        source_sentence=generated.source.sentence,
        source_start=generated.source.start,
        source_end=generated.source.end,
        score=generated.score,
        flags_json=json.dumps(list(generated.flags)),
    )
    question.options = [
        Option(position=i, text=text, is_key=i == generated.answer_index)
        for i, text in enumerate(generated.options)
    ]
    return question


SPARES = 100  # questions a quiz keeps beyond its own, for "regenerate"


def quiz_from(
    owner_id: int, title: str, document: Document, made: Generation, choices: int
) -> Quiz:
    """A draft quiz of the generator's questions and spares about *document*; added."""
    quiz = Quiz(
        owner_id=owner_id,
        title=title,
        choices=choices,
        document=document,
        spares_json=json.dumps([q.to_dict() for q in made.spares]),
    )
    quiz.questions = [question_from(q, i) for i, q in enumerate(made.questions)]
    db.session.add(quiz)
    return quiz


def build_quiz(
    owner_id: int, title: str, text: str, *, document_name: str, count: int | None, choices: int
) -> tuple[Quiz, str]:
    """A draft quiz of up to *count* generated questions about *text* (None: as many as the
    generator gives a text of this length by default), made here and now (the site's own
    quizzes go through the job queue), added, not committed; and a line on why there are
    fewer, if there are."""
    document = Document(owner_id=owner_id, name=document_name, text=text)
    made = run(text, n=count, choices=choices, document=document_name, spares=SPARES)
    return quiz_from(owner_id, title, document, made, choices), made.note


def set_options(question: Question, texts: list[str], key: int) -> None:
    """Replace a question's options; *key* is the index of the right one."""
    question.options = [
        Option(position=i, text=text, is_key=i == key) for i, text in enumerate(texts)
    ]


def edit_question(question: Question, stem: str, options: list[str], key: int) -> None:
    """Give a question the teacher's stem, options and key, dropping the review flags that no
    longer hold for it (the stored flag names stay as the generator wrote them)."""
    question.stem = stem
    set_options(question, options, key)
    question.flags_json = json.dumps(flags.after_edit(question.flags, stem))


def next_position(quiz_id: int) -> int:
    """The position after the quiz's last question, as the database has it now."""
    last = db.session.scalar(select(func.max(Question.position)).where(Question.quiz_id == quiz_id))
    return 0 if last is None else last + 1


def add_question(
    quiz: Quiz, stem: str, options: list[str], key: int, *, form_token: str | None = None
) -> Question:
    """A question written by hand, at the end of the quiz, from the form with *form_token*;
    added and flushed. Another request adding at the same moment may take the position first:
    the flush then raises IntegrityError, and the caller rolls back and tries again."""
    question = Question(
        quiz_id=quiz.id,
        position=next_position(quiz.id),
        stem=stem,
        kind="manual",
        form_token=form_token,
    )
    set_options(question, options, key)
    db.session.add(question)
    db.session.flush()
    return question


def added_by_form(form_token: str) -> Question | None:
    """The question the add-question form with *form_token* saved, if it did."""
    return db.session.scalar(select(Question).where(Question.form_token == form_token))


def delete_question(question: Question) -> None:
    """Remove a question; attempts keep their copy of it."""
    quiz = question.quiz
    quiz.questions.remove(question)
    _number(quiz.questions)


def move_question(question: Question, offset: int) -> None:
    """Move a question up (-1) or down (+1) in its quiz."""
    questions = list(question.quiz.questions)
    index = questions.index(question)
    target = max(0, min(len(questions) - 1, index + offset))
    questions.insert(target, questions.pop(index))
    _number(questions)


class OrderChanged(Exception):
    """Another request added or deleted a question of the quiz after this one read its order."""


def _number(questions: list[Question]) -> None:
    """Give *questions*, all of a quiz's, the positions 0, 1, 2... in this order.

    Positions are unique in a quiz, checked row by row (neither SQLite nor PostgreSQL can
    leave a plain unique constraint to the commit): the questions that move first step aside
    to negative positions, then take their own. An order read before another request changed
    it fails rather than leave a gap: a position another move took collides (IntegrityError),
    a row it deleted updates nothing (StaleDataError), and a row added or deleted elsewhere
    raises OrderChanged.
    """
    moving = [(i, q) for i, q in enumerate(questions) if q.position != i]
    for i, question in moving:
        question.position = -1 - i
    db.session.flush()
    for i, question in moving:
        question.position = i
    if questions:
        db.session.flush()
        count, last = db.session.execute(
            select(func.count(), func.max(Question.position)).where(
                Question.quiz_id == questions[0].quiz_id
            )
        ).one()
        if (count, last) != (len(questions), len(questions) - 1):
            raise OrderChanged


REGENERATE_POOL = 100  # how many of a text's questions a replacement is chosen from


def _replacements(question: Question) -> list[GeneratedQuestion]:
    """The questions the quiz's text offers: the spares stored when it was made, or (for a quiz
    made before spares were stored) the generator run again."""
    quiz = question.quiz
    stored = [GeneratedQuestion.from_dict(item) for item in json.loads(quiz.spares_json or "[]")]
    if stored or quiz.document is None:
        return stored
    return generate(
        quiz.document.text, n=REGENERATE_POOL, choices=quiz.choices, document=quiz.document.name
    )


def as_generated(question: Question, document: str = "") -> GeneratedQuestion:
    """A stored question in the generator's type (the formats' and the checks'), its source
    named *document*."""
    return GeneratedQuestion(
        stem=question.stem,
        options=tuple(option.text for option in question.options),
        answer_index=question.key_index,
        kind=question.kind,
        source=Source(
            document,
            question.source_sentence or "",
            question.source_start or 0,
            question.source_end or 0,
        ),
        score=question.score or 0.0,
        flags=tuple(question.flags),
    )


def regenerate(question: Question) -> bool:
    """Replace a generated question by another one the text offers; False if none is left.

    Prefers a question from the same source sentence, then the best one not yet in the quiz.
    The generator's own rule for a set applies to the quiz's other questions: no second
    question on a sentence one of them uses, none that gives one away or repeats one.
    """
    quiz = question.quiz
    used = {q.stem for q in quiz.questions}
    others = SetChecker([as_generated(q) for q in quiz.questions if q is not question])
    fresh = [c for c in _replacements(question) if c.stem not in used]
    fitting = [c for c in fresh if len(c.options) == quiz.choices and others.admits(c)]
    same_sentence = [c for c in fitting if c.source.sentence == question.source_sentence]
    chosen = (same_sentence or fitting or [None])[0]
    if chosen is None:
        return False
    replacement = question_from(chosen, question.position)
    question.stem, question.kind = replacement.stem, replacement.kind
    question.source_sentence = replacement.source_sentence
    question.source_start, question.source_end = replacement.source_start, replacement.source_end
    question.score, question.flags_json = replacement.score, replacement.flags_json
    set_options(question, list(chosen.options), chosen.answer_index)
    return True


def publish(quiz: Quiz) -> None:
    """Make the quiz ready for classes and share links."""
    quiz.published_at = quiz.published_at or utcnow()


def toggle_share(quiz: Quiz) -> bool:
    """Share the quiz by a new secret link, or withdraw its link; whether it is shared now."""
    quiz.share_token = None if quiz.share_token else secrets.token_urlsafe(16)
    return quiz.share_token is not None


def open_attempt(quiz: Quiz, student_id: int) -> Attempt:
    """The student's unsubmitted attempt at *quiz* outside any class (by its share link), or a
    new one.

    Reloading the quiz page shows the same attempt in the same order.
    """
    found = db.session.scalars(
        select(Attempt).where(
            Attempt.quiz_id == quiz.id,
            Attempt.student_id == student_id,
            Attempt.submitted_at.is_(None),
            Attempt.assignment_id.is_(None),
        )
    ).first()
    return found if found is not None else new_attempt(quiz, student_id)


def new_attempt(quiz: Quiz, student_id: int, *, assignment: Assignment | None = None) -> Attempt:
    """A new attempt at *quiz* (under *assignment*, or outside any) with its option orders
    fixed; added, not committed."""
    attempt = Attempt(
        quiz_id=quiz.id,
        student_id=student_id,
        total=len(quiz.questions),
        assignment=assignment,
        started_at=utcnow(),
    )
    rng = random.Random()
    for position, question in enumerate(quiz.questions):
        options = _shown_order(question, rng)
        attempt.responses.append(
            Response(
                position=position,
                question_id=question.id,
                stem=question.stem,
                options_json=json.dumps([o.text for o in options]),
                key_index=next(i for i, o in enumerate(options) if o.is_key),
                source_sentence=question.source_sentence,
            )
        )
    db.session.add(attempt)
    return attempt


def _shown_order(question: Question, rng: random.Random) -> list[Option]:
    """The options as an attempt shows them: numbers as stored (in ascending order), dates in
    time order (a quiz made before the generator kept them in order stored them shuffled), any
    other kind shuffled."""
    options = list(question.options)
    if question.kind not in NUMERIC_KINDS:
        rng.shuffle(options)
    elif question.kind == DATE and all(date_value(o.text) is not None for o in options):
        options.sort(key=lambda o: date_value(o.text) or 0.0)
    return options


def submit(attempt: Attempt, answers: dict[int, int], *, at: dt.datetime | None = None) -> bool:
    """Score the attempt with *answers* (response position -> option index), exactly once,
    as handed in at *at* (default: now).

    Returns False, changing nothing, when the attempt was already submitted (a double click,
    or the browser's back button and a second submit).
    """
    score = 0
    for response in attempt.responses:
        chosen = answers.get(response.position)
        response.chosen_index = chosen
        score += chosen == response.key_index
    claimed = db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(submitted_at=at or utcnow(), score=score)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        db.session.rollback()
        return False
    attempt.score = score
    return True
