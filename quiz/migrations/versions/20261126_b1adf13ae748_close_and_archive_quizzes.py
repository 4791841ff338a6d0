"""Quizzes can be closed to new attempts and archived

Revision ID: b1adf13ae748
Revises: eabec9a3ba00
Create Date: 2026-11-26 05:19:46.100425
"""

import sqlalchemy as sa
from alembic import op

revision = "b1adf13ae748"
down_revision = "eabec9a3ba00"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quizzes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quizzes", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("closed_at")
