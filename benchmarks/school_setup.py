"""A school for the site benchmarks, made with the app's own modules in an emptied database:
teachers, classes of students, and the demo quiz assigned to every class (no attempt limit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask


@dataclass
class School:
    """The ids and names the benchmarks need."""

    teacher_ids: list[int]
    assignment_ids: list[int]  # one per class, in class order
    students: list[list[str]]  # usernames, per class


def fresh_school(
    app: Flask, *, classes: int, per_class: int, teachers: int, password_hash: str = "-"
) -> School:
    """Empty *app*'s database, bring it to the latest migration with the demo quiz, and add
    *teachers* teachers and *classes* classes of *per_class* students (s<class>-<n>, all with
    *password_hash*: "-" lets nobody log in); the first teacher assigns the demo quiz to every
    class, open now, with no limit on attempts or time."""
    from quiz import assignments as rules
    from quiz import classes as class_rules
    from quiz.database import init_db
    from quiz.models import STUDENT, TEACHER, Membership, Quiz, User, db, utcnow

    with app.app_context():
        db.drop_all()
        db.session.execute(db.text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()
        init_db()
        quiz = db.session.scalars(db.select(Quiz)).first()
        staff = [
            User(username=f"teacher-{i}", password_hash=password_hash, role=TEACHER)
            for i in range(teachers)
        ]
        db.session.add_all(staff)
        db.session.flush()
        quiz.owner_id, quiz.share_token = staff[0].id, None  # assigned, so not shared
        assignments, names = [], []
        for c in range(classes):
            school_class = class_rules.create(staff[0].id, f"Class {c + 1}")
            db.session.flush()
            names.append([f"s{c}-{s}" for s in range(per_class)])
            for username in names[-1]:
                student = User(username=username, password_hash=password_hash, role=STUDENT)
                db.session.add(student)
                db.session.flush()
                db.session.add(Membership(class_id=school_class.id, student_id=student.id))
            assignments.append(
                rules.assign(
                    quiz.id,
                    school_class.id,
                    rules.Rules(utcnow(), None, None, None, "highest", "after_attempt"),
                )
            )
        db.session.commit()
        return School([t.id for t in staff], [a.id for a in assignments], names)
