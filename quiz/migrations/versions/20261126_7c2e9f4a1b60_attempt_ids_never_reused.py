"""Attempt ids are never reused on SQLite (AUTOINCREMENT): each web worker keeps the pages of
open attempts by id, and SQLite would give a deleted attempt's id to the next one

Revision ID: 7c2e9f4a1b60
Revises: 5d66bd0281e4
Create Date: 2026-11-26 05:55:00
"""

from alembic import op

revision = "7c2e9f4a1b60"
down_revision = "5d66bd0281e4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's sequences never give an id twice
    with op.batch_alter_table(
        "attempts", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "attempts", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
