"""Classes, memberships and assignments; attempts name their assignment and deadline; quizzes
may be shared by a link's token

Quizzes published before were listed for everyone; now a quiz is seen by the classes it is
assigned to or through its share link, so each of them gets a share link (its teacher sees it
on the quiz's page) and stays reachable.

At most one open attempt per student and quiz, held by a unique index: where release 0.1 let
several tabs open several, the newest stays. An open attempt holds no answers (they are
written when it is submitted), so the others lose nothing.

Revision ID: eabec9a3ba00
Revises: 5a1e0c3d9b27
Create Date: 2026-11-26 05:02:24.234544
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "eabec9a3ba00"
down_revision = "5a1e0c3d9b27"
branch_labels = None
depends_on = None


def _share_published_quizzes() -> None:
    """A share link for every quiz published before links existed."""
    bind = op.get_bind()
    published = bind.execute(sa.text("SELECT id FROM quizzes WHERE published_at IS NOT NULL"))
    for (quiz_id,) in published.all():
        bind.execute(
            sa.text("UPDATE quizzes SET share_token = :token WHERE id = :id"),
            {"token": secrets.token_urlsafe(16), "id": quiz_id},
        )


def _close_duplicate_open_attempts() -> None:
    """Delete every open attempt but the newest of each student at each quiz."""
    stale = (
        "SELECT a.id FROM attempts a WHERE a.submitted_at IS NULL AND EXISTS ("
        " SELECT 1 FROM attempts b WHERE b.submitted_at IS NULL AND b.student_id = a.student_id"
        " AND b.quiz_id = a.quiz_id AND b.id > a.id)"
    )
    op.execute(f"DELETE FROM responses WHERE attempt_id IN ({stale})")
    op.execute(f"DELETE FROM attempts WHERE id IN ({stale})")


def upgrade() -> None:
    op.create_table(
        "classes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("join_code", sa.String(length=12), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_classes_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
        sa.UniqueConstraint("join_code", name=op.f("uq_classes_join_code")),
    )
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_classes_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_memberships_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["users.id"], name=op.f("fk_memberships_student_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint(
            "class_id", "student_id", name=op.f("uq_memberships_class_id_student_id")
        ),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_student_id"), ["student_id"], unique=False)

    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quiz_id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.DateTime(), nullable=False),
        sa.Column("closes_at", sa.DateTime(), nullable=True),
        sa.Column("max_attempts", sa.Integer(), nullable=True),
        sa.Column("time_limit_minutes", sa.Integer(), nullable=True),
        sa.Column("grading", sa.String(length=10), nullable=False),
        sa.Column("review", sa.String(length=15), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_assignments_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["quiz_id"], ["quizzes.id"], name=op.f("fk_assignments_quiz_id_quizzes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_quiz_id"), ["quiz_id"], unique=False)

    with op.batch_alter_table("quizzes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_token", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_quizzes_share_token"), ["share_token"])

    _share_published_quizzes()
    _close_duplicate_open_attempts()
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignment_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("deadline_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attempts_assignment_id"), ["assignment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attempts_quiz_id"), ["quiz_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempts_student_id"), ["student_id"], unique=False)
        batch_op.create_index(
            "uq_attempts_open_per_assignment",
            ["student_id", "assignment_id"],
            unique=True,
            sqlite_where=sa.text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
            postgresql_where=sa.text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
        )
        batch_op.create_index(
            "uq_attempts_open_per_quiz",
            ["student_id", "quiz_id"],
            unique=True,
            sqlite_where=sa.text("submitted_at IS NULL AND assignment_id IS NULL"),
            postgresql_where=sa.text("submitted_at IS NULL AND assignment_id IS NULL"),
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_attempts_assignment_id_assignments"),
            "assignments",
            ["assignment_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attempts_assignment_id_assignments"), type_="foreignkey"
        )
        batch_op.drop_index(
            "uq_attempts_open_per_quiz",
            sqlite_where=sa.text("submitted_at IS NULL AND assignment_id IS NULL"),
            postgresql_where=sa.text("submitted_at IS NULL AND assignment_id IS NULL"),
        )
        batch_op.drop_index(
            "uq_attempts_open_per_assignment",
            sqlite_where=sa.text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
            postgresql_where=sa.text("submitted_at IS NULL AND assignment_id IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_attempts_student_id"))
        batch_op.drop_index(batch_op.f("ix_attempts_quiz_id"))
        batch_op.drop_index(batch_op.f("ix_attempts_assignment_id"))
        batch_op.drop_column("deadline_at")
        batch_op.drop_column("assignment_id")

    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_quiz_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_class_id"))

    op.drop_table("assignments")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_student_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_classes_owner_id"))

    op.drop_table("classes")
    with op.batch_alter_table("quizzes", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_quizzes_share_token"), type_="unique")
        batch_op.drop_column("share_token")
