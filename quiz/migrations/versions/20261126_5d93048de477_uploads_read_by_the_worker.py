"""A generation job holds an uploaded file until the worker reads its text

Revision ID: 5d93048de477
Revises: 7c2e9f4a1b60
Create Date: 2026-11-26 06:20:31.412731
"""

import sqlalchemy as sa
from alembic import op

revision = "5d93048de477"
down_revision = "7c2e9f4a1b60"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("upload", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.drop_column("upload")
