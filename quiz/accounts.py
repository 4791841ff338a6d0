"""Accounts, independent of pages: registering (teachers with an invitation or the school's
code), the first admin, teacher invitations, password reset codes, and ending every session of
an account. The caller commits (one transaction per request) or rolls back after an error."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from quiz import passwords
from quiz.classes import CODE_ALPHABET, normalise_code
from quiz.models import TEACHER, ResetCode, TeacherInvitation, User, db, utcnow

INVITATION_LENGTH = 12  # about 59 bits: a code that cannot be guessed, written once on paper
INVITATION_LIFETIME = dt.timedelta(days=7)
RESET_CODE_LENGTH = 8  # about 40 bits, typed by a student: guesses are rate limited
RESET_CODE_LIFETIME = dt.timedelta(hours=24)


class UsernameTaken(Exception):
    """Another account has this username."""


class CodeRefused(Exception):
    """The teacher code is neither the school's nor an unused invitation."""


def _new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def shown(code: str) -> str:
    """A code in groups of four for reading aloud or writing down: 'ABCD-EFGH'."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _digest(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii", "replace")).hexdigest()


def _open_invitation(code: str) -> TeacherInvitation | None:
    found = db.session.scalar(
        select(TeacherInvitation).where(TeacherInvitation.code_hash == _digest(code))
    )
    if found is None or found.used_at is not None or found.expires_at <= utcnow():
        return None
    return found


def _is_school_code(code: str, school_code: str | None) -> bool:
    if not school_code:
        return False
    return hmac.compare_digest(code.strip().encode(), school_code.strip().encode())


def teacher_code_works(code: str, school_code: str | None) -> bool:
    """Whether *code* lets a teacher register: the school's code (TEACHER_CODE in the instance
    config) or an invitation not used and not expired."""
    return _is_school_code(code, school_code) or _open_invitation(code) is not None


def register(
    username: str, password: str, role: str, *, teacher_code: str = "", school_code: str | None
) -> User:
    """A new account (flushed). A teacher's invitation is used up with it, once even when two
    forms send it at the same moment. Raises CodeRefused or UsernameTaken: the caller rolls
    back."""
    invitation = None
    if role == TEACHER and not _is_school_code(teacher_code, school_code):
        invitation = _open_invitation(teacher_code)
        if invitation is None:
            raise CodeRefused
    user = User(username=username, password_hash=passwords.hash_password(password), role=role)
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError as error:
        raise UsernameTaken from error
    if invitation is not None:
        used = db.session.execute(
            update(TeacherInvitation)
            .where(TeacherInvitation.id == invitation.id, TeacherInvitation.used_at.is_(None))
            .values(used_at=utcnow(), used_by_id=user.id)
            .execution_options(synchronize_session=False)
        )
        if used.rowcount != 1:
            raise CodeRefused
    return user


def create_admin(username: str, password: str) -> User:
    """A new teacher account that may invite teachers (flushed). Raises UsernameTaken."""
    user = User(
        username=username,
        password_hash=passwords.hash_password(password),
        role=TEACHER,
        is_admin=True,
    )
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError as error:
        raise UsernameTaken from error
    return user


def invite_teacher(admin_id: int) -> tuple[str, dt.datetime]:
    """A new invitation made by *admin_id*: its code, shown once, and when it expires."""
    code = _new_code(INVITATION_LENGTH)
    expires_at = utcnow() + INVITATION_LIFETIME
    db.session.add(
        TeacherInvitation(code_hash=_digest(code), made_by_id=admin_id, expires_at=expires_at)
    )
    return shown(code), expires_at


def invitations() -> list[TeacherInvitation]:
    """Every invitation, newest first."""
    return list(db.session.scalars(select(TeacherInvitation).order_by(TeacherInvitation.id.desc())))


def make_reset_code(student_id: int, teacher_id: int) -> tuple[str, dt.datetime]:
    """A new reset code for the student (an older one stops working): the code, shown once,
    and when it expires."""
    code = _new_code(RESET_CODE_LENGTH)
    expires_at = utcnow() + RESET_CODE_LIFETIME
    code_hash = passwords.hash_password(code)
    found = db.session.scalar(select(ResetCode).where(ResetCode.user_id == student_id))
    if found is None:
        found = ResetCode(user_id=student_id)
        db.session.add(found)
    found.made_by_id, found.code_hash = teacher_id, code_hash
    found.created_at, found.expires_at = utcnow(), expires_at
    return shown(code), expires_at


def reset_password(username: str, code: str, password: str) -> bool:
    """Set a new password with a reset code: False, and nothing changed, unless the account
    *username* has this code, not expired and not used. The code is used up and every session
    of the account ends. A wrong username takes as long as a wrong code."""
    user = db.session.scalar(select(User).where(User.username == username))
    found = None
    if user is not None:
        found = db.session.scalar(select(ResetCode).where(ResetCode.user_id == user.id))
        if found is not None and found.expires_at <= utcnow():
            found = None
    stored = found.code_hash if found is not None else None
    if not passwords.verify(stored, normalise_code(code)) or user is None or found is None:
        return False
    used = db.session.execute(
        delete(ResetCode)
        .where(ResetCode.id == found.id, ResetCode.code_hash == found.code_hash)
        .execution_options(synchronize_session=False)
    )
    if used.rowcount != 1:  # redeemed by another request at the same moment
        return False
    user.password_hash = passwords.hash_password(password)
    end_sessions(user.id)
    return True


def change_password(user_id: int, password: str) -> int:
    """Set a new password, end every session of the account, and void any reset code it was
    given; the new session version."""
    db.session.execute(delete(ResetCode).where(ResetCode.user_id == user_id))
    db.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(password_hash=passwords.hash_password(password))
        .execution_options(synchronize_session=False)
    )
    return end_sessions(user_id)


def end_sessions(user_id: int) -> int:
    """Raise the account's session version: every session cookie made before stops working.
    Returns the new version."""
    return db.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(session_version=User.session_version + 1)
        .returning(User.session_version)
        .execution_options(synchronize_session=False)
    ).scalar_one()
