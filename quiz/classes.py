"""Classes and their students, independent of pages: creating a class with its join code,
joining, removing a student, archiving. The caller commits (one transaction per request)."""

from __future__ import annotations

import secrets

from sqlalchemy import delete, func, select

from quiz.models import Assignment, Attempt, Membership, ResetCode, SchoolClass, db, utcnow

# Join codes avoid letters and digits that read alike (0/O, 1/I/L), for codes written on a board.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_join_code() -> str:
    """A random join code not used by any class."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(SchoolClass.id).where(SchoolClass.join_code == code)) is None:
            return code


def normalise_code(code: str) -> str:
    """A code as typed ('abcd-efgh ', 'abcdefgh') in the form it is stored ('ABCDEFGH')."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create(owner_id: int, name: str, external_id: str | None = None) -> SchoolClass:
    """A new class of the teacher *owner_id*, with a fresh join code; added, not committed."""
    school_class = SchoolClass(
        owner_id=owner_id, name=name, external_id=external_id or None, join_code=new_join_code()
    )
    db.session.add(school_class)
    return school_class


def by_code(code: str) -> SchoolClass | None:
    """The class a join code opens, if it is open to new students."""
    found = db.session.scalar(
        select(SchoolClass).where(SchoolClass.join_code == normalise_code(code))
    )
    return None if found is None or found.is_archived else found


def membership(class_id: int, student_id: int) -> Membership | None:
    """The student's membership of the class, if any."""
    return db.session.scalar(
        select(Membership).where(
            Membership.class_id == class_id, Membership.student_id == student_id
        )
    )


def join(school_class: SchoolClass, student_id: int) -> bool:
    """Add the student to the class; False if they were in it already."""
    if membership(school_class.id, student_id) is not None:
        return False
    db.session.add(Membership(class_id=school_class.id, student_id=student_id))
    return True


def remove(school_class: SchoolClass, student_id: int) -> bool:
    """Take the student out of the class (their attempts stay), with a reset code its teacher
    gave them; False if not in it."""
    found = membership(school_class.id, student_id)
    if found is None:
        return False
    db.session.delete(found)
    db.session.execute(
        delete(ResetCode).where(
            ResetCode.user_id == student_id, ResetCode.made_by_id == school_class.owner_id
        )
    )
    return True


def attempts_in(school_class: SchoolClass, student_id: int) -> int:
    """How many attempts the student made at the class's assignments (its gradebook's)."""
    return db.session.scalar(
        select(func.count())
        .select_from(Attempt)
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.class_id == school_class.id, Attempt.student_id == student_id)
    )


def archive(school_class: SchoolClass) -> None:
    """Close the class to new students and assignments; its records stay readable."""
    school_class.archived_at = school_class.archived_at or utcnow()


def of_student(student_id: int) -> list[SchoolClass]:
    """The classes a student is in, newest first."""
    return list(
        db.session.scalars(
            select(SchoolClass)
            .join(Membership)
            .where(Membership.student_id == student_id)
            .order_by(SchoolClass.created_at.desc())
        )
    )


def of_teacher(owner_id: int) -> list[SchoolClass]:
    """A teacher's classes, open ones first, newest first."""
    return list(
        db.session.scalars(
            select(SchoolClass)
            .where(SchoolClass.owner_id == owner_id)
            .order_by(SchoolClass.archived_at.is_not(None), SchoolClass.created_at.desc())
        )
    )
