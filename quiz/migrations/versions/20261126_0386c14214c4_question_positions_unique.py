"""A question's position is unique in its quiz (concurrent adds took the same one; existing
duplicates are renumbered, in their order), and a question keeps the one-time token of the
add-question form that wrote it

Revision ID: 0386c14214c4
Revises: 9b8a049bd0ef
Create Date: 2026-11-26 07:22:50.724181
"""

import sqlalchemy as sa
from alembic import op

revision = "0386c14214c4"
down_revision = "9b8a049bd0ef"
branch_labels = None
depends_on = None


def _renumber_duplicates() -> None:
    """Number 0, 1, 2... the questions of each quiz that has two at one position, in the order
    the site showed them (position, then id)."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, quiz_id FROM questions WHERE quiz_id IN ("
            " SELECT quiz_id FROM questions GROUP BY quiz_id, position HAVING COUNT(*) > 1)"
            " ORDER BY quiz_id, position, id"
        )
    ).all()
    numbered: dict[int, int] = {}
    for question_id, quiz_id in rows:
        position = numbered[quiz_id] = numbered.get(quiz_id, -1) + 1
        connection.execute(
            sa.text("UPDATE questions SET position = :position WHERE id = :id"),
            {"position": position, "id": question_id},
        )


def upgrade() -> None:
    _renumber_duplicates()
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_token", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_questions_form_token"), ["form_token"])
        batch_op.create_unique_constraint(
            batch_op.f("uq_questions_quiz_id_position"), ["quiz_id", "position"]
        )


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_questions_quiz_id_position"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_questions_form_token"), type_="unique")
        batch_op.drop_column("form_token")
