"""The site's data: users, source documents, quizzes with their questions and options, and
attempts with what each student was shown and answered (kept even if the quiz changes later)."""

from __future__ import annotations

import datetime as dt
import json

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import (
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

TEACHER, STUDENT = "teacher", "student"
DEMO_TEACHER = "demo-teacher"  # owns the sample quizzes from seeds/; nobody logs in as it
# How an assignment grades several attempts, and when it shows answers and sources.
GRADING_METHODS = ("highest", "latest", "first", "average")
REVIEW_AFTER_ATTEMPT, REVIEW_AFTER_CLOSE, REVIEW_NEVER = "after_attempt", "after_close", "never"
REVIEW_OPTIONS = (REVIEW_AFTER_ATTEMPT, REVIEW_AFTER_CLOSE, REVIEW_NEVER)
MAX_OPTIONS = 6  # the most options a question has on the site (the editor shows that many)
MAX_QUESTIONS = 500  # per quiz: the quiz, review and statistics pages stay quick
MAX_STEM = 1000  # characters of a question
MAX_OPTION = 300  # characters of an option


# Constraint names fixed by rule, so that migrations can name what they alter on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (stored as such in every database)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class User(db.Model):
    """A teacher or a student. An admin is a teacher who may invite other teachers."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)  # normalised (usernames.py)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(10))
    is_admin: Mapped[bool] = mapped_column(default=False)
    # Kept in each session at login: raising it (logout, a new password) ends every session.
    session_version: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    @property
    def is_teacher(self) -> bool:
        """Whether the user may author quizzes."""
        return self.role == TEACHER


class TeacherInvitation(db.Model):
    """A one-time code an admin gives a new teacher to register with; only its SHA-256 is kept
    (the code is random enough that a slow hash adds nothing)."""

    __tablename__ = "teacher_invitations"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    made_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)

    used_by: Mapped[User | None] = relationship(foreign_keys=[used_by_id])


class ResetCode(db.Model):
    """A one-time code a teacher made for a student of their class to set a new password with;
    kept as a salted slow hash (the code is short enough to type), one per student at most."""

    __tablename__ = "reset_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    made_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    code_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]


class Document(db.Model):
    """A text a quiz was generated from."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Quiz(db.Model):
    """A question set: a draft while its teacher reviews it, then published to students."""

    __tablename__ = "quizzes"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    title: Mapped[str] = mapped_column(String(200))
    choices: Mapped[int] = mapped_column(default=4)
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Set when the teacher shares the quiz by link: anyone logged in with the link may take it.
    share_token: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # no new attempts
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # out of the list
    # The generator's next best questions (its JSON schema), which "regenerate" draws on.
    spares_json: Mapped[str] = mapped_column(Text, default="[]")

    owner: Mapped[User] = relationship()
    document: Mapped[Document | None] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="quiz", order_by="Question.position", cascade="all, delete-orphan"
    )

    @property
    def is_published(self) -> bool:
        """Whether it is ready for classes and share links."""
        return self.published_at is not None

    @property
    def is_open(self) -> bool:
        """Whether students may start attempts at it (published, not closed or archived)."""
        return self.is_published and self.closed_at is None and self.archived_at is None


class Question(db.Model):
    """A multiple-choice question with its provenance and the generator's flags.

    Positions are distinct within a quiz (held by the database: two teachers adding at once
    cannot take the same one).
    """

    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("quiz_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id"))
    position: Mapped[int]
    stem: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="manual")
    source_sentence: Mapped[str] = mapped_column(Text, default="")
    source_start: Mapped[int | None] = mapped_column(default=None)
    source_end: Mapped[int | None] = mapped_column(default=None)
    score: Mapped[float | None] = mapped_column(default=None)
    flags_json: Mapped[str] = mapped_column(Text, default="[]")
    # The one-time token of the add-question form that wrote it: the same form saved twice
    # (a double click, a resubmit) adds the question once.
    form_token: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)

    quiz: Mapped[Quiz] = relationship(back_populates="questions")
    options: Mapped[list[Option]] = relationship(  # loaded with their questions, in one query
        back_populates="question",
        order_by="Option.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )

    @property
    def flags(self) -> list[str]:
        """The item-writing flags the generator raised."""
        return json.loads(self.flags_json)

    @property
    def key(self) -> Option | None:
        """The right option."""
        return next((o for o in self.options if o.is_key), None)

    @property
    def key_index(self) -> int:
        """The position of the right option among the options."""
        return next(i for i, option in enumerate(self.options) if option.is_key)


class Option(db.Model):
    """One option of a question."""

    __tablename__ = "options"
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    is_key: Mapped[bool] = mapped_column(default=False)

    question: Mapped[Question] = relationship(back_populates="options")


JOB_QUEUED, JOB_RUNNING, JOB_DONE, JOB_FAILED = "queued", "running", "done", "failed"


class GenerationJob(db.Model):
    """Making a quiz from a text, run by the job queue's worker; the page that follows it reads
    its progress. A teacher has at most one job queued or running (held by the database)."""

    __tablename__ = "generation_jobs"
    __table_args__ = (
        Index(
            "uq_generation_jobs_one_active_per_owner",
            "owner_id",
            unique=True,
            sqlite_where=text("state IN ('queued', 'running')"),
            postgresql_where=text("state IN ('queued', 'running')"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    title: Mapped[str] = mapped_column(String(200))
    count: Mapped[int]
    choices: Mapped[int]
    state: Mapped[str] = mapped_column(String(10), default=JOB_QUEUED)
    done: Mapped[int] = mapped_column(default=0)  # sentences read
    total: Mapped[int] = mapped_column(default=0)  # sentences in all (0 until known)
    error: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")  # why fewer questions than asked
    # An uploaded file (Word, PDF, ...) until the worker has read its text into the document.
    upload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    quiz_id: Mapped[int | None] = mapped_column(ForeignKey("quizzes.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)  # the worker's last word
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    document: Mapped[Document] = relationship()

    @property
    def active(self) -> bool:
        """Whether the job is waiting or running."""
        return self.state in (JOB_QUEUED, JOB_RUNNING)


class SchoolClass(db.Model):
    """A teacher's class: students join it with its code, and quizzes are assigned to it."""

    __tablename__ = "classes"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(100), default=None)  # an LMS course
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    owner: Mapped[User] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="school_class", cascade="all, delete-orphan"
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="school_class", order_by="Assignment.opens_at"
    )

    @property
    def is_archived(self) -> bool:
        """Archived classes keep their records but take no new students or assignments."""
        return self.archived_at is not None


class Membership(db.Model):
    """A student in a class."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("class_id", "student_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    joined_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    school_class: Mapped[SchoolClass] = relationship(back_populates="memberships")
    student: Mapped[User] = relationship(lazy="joined")  # rosters name every student


class Assignment(db.Model):
    """A published quiz set to a class, with its window, limits, grading and review rules.

    Times are in UTC; None means no limit (no close time, unlimited attempts, no time limit).
    """

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id"), index=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    opens_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closes_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    max_attempts: Mapped[int | None] = mapped_column(default=None)
    time_limit_minutes: Mapped[int | None] = mapped_column(default=None)
    grading: Mapped[str] = mapped_column(String(10), default="highest")
    review: Mapped[str] = mapped_column(String(15), default=REVIEW_AFTER_ATTEMPT)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    quiz: Mapped[Quiz] = relationship(lazy="joined")  # lists of assignments name their quiz
    school_class: Mapped[SchoolClass] = relationship(back_populates="assignments")


class Attempt(db.Model):
    """A student's attempt at a quiz: started when the quiz page opens, scored once.

    An attempt at an assigned quiz names its assignment, and ends by *deadline_at* when the
    assignment has a time limit or a close time. The database holds at most one open attempt
    per student and assignment (and per student and quiz outside assignments).
    """

    __tablename__ = "attempts"
    __table_args__ = (
        Index(
            "uq_attempts_open_per_assignment",
            "student_id",
            "assignment_id",
            unique=True,
            sqlite_where=text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
            postgresql_where=text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
        ),
        Index(
            "uq_attempts_open_per_quiz",
            "student_id",
            "quiz_id",
            unique=True,
            sqlite_where=text("submitted_at IS NULL AND assignment_id IS NULL"),
            postgresql_where=text("submitted_at IS NULL AND assignment_id IS NULL"),
        ),
        # Ids are never reused (SQLite would reuse the highest after a delete): pages of open
        # attempts are kept by id.
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignments.id"), default=None, index=True
    )
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    deadline_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    score: Mapped[int | None] = mapped_column(default=None)
    total: Mapped[int] = mapped_column(default=0)

    quiz: Mapped[Quiz] = relationship()
    student: Mapped[User] = relationship()
    assignment: Mapped[Assignment | None] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", order_by="Response.position", cascade="all, delete-orphan"
    )

    @property
    def percent(self) -> float | None:
        """The score as a percentage, once submitted."""
        if self.score is None or not self.total:
            return None
        return 100.0 * self.score / self.total

    @property
    def timed_out(self) -> bool:
        """Whether the site handed the attempt in, with no answers, because its time ran out:
        only then is it stamped with its deadline (a student's own submit carries the moment
        it arrived)."""
        return self.submitted_at is not None and self.submitted_at == self.deadline_at


class Response(db.Model):
    """One question of an attempt as the student saw it, and the answer given.

    The stem, options and key are copied, so editing the quiz later leaves history intact.
    """

    __tablename__ = "responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), default=None
    )
    position: Mapped[int]
    stem: Mapped[str] = mapped_column(Text)
    options_json: Mapped[str] = mapped_column(Text)  # the options in the order shown
    key_index: Mapped[int]  # the key's place in that order
    chosen_index: Mapped[int | None] = mapped_column(default=None)
    source_sentence: Mapped[str] = mapped_column(Text, default="")

    attempt: Mapped[Attempt] = relationship(back_populates="responses")

    @property
    def options(self) -> list[str]:
        """The options in the order the student saw them."""
        return json.loads(self.options_json)

    @property
    def correct(self) -> bool:
        """Whether the answer given was the key."""
        return self.chosen_index == self.key_index
