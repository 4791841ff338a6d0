"""Name the constraints release 0.1 left to the database, as the naming convention does

A database made by release 0.1's create_all has database-chosen constraint names (SQLite:
none; PostgreSQL: 'users_username_key', 'attempts_quiz_id_fkey'), so later migrations could
not name what they alter. One made by the migrations is named already and is left alone.

Revision ID: 5a1e0c3d9b27
Revises: 464d538dcae8
Create Date: 2026-11-26 05:30:00
"""

import sqlalchemy as sa
from alembic import op

from quiz.models import NAMING_CONVENTION

revision = "5a1e0c3d9b27"
down_revision = "464d538dcae8"
branch_labels = None
depends_on = None

TABLES = ("users", "documents", "quizzes", "questions", "options", "attempts", "responses")


def _conventional_names(inspector: sa.Inspector, table: str) -> dict[str, str]:
    """The table's constraints by their current names, with the names the convention gives."""
    names = {}
    if name := inspector.get_pk_constraint(table).get("name"):
        names[name] = f"pk_{table}"
    for key in inspector.get_foreign_keys(table):
        column, referred = key["constrained_columns"][0], key["referred_table"]
        names[key["name"]] = f"fk_{table}_{column}_{referred}"
    for unique in inspector.get_unique_constraints(table):
        names[unique["name"]] = f"uq_{table}_{'_'.join(unique['column_names'])}"
    return {old: new for old, new in names.items() if old and old != new}


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    unique = {c["name"] for c in inspector.get_unique_constraints("users")}
    if "uq_users_username" in unique:
        return  # made by the migrations
    if bind.dialect.name == "sqlite":  # constraints cannot be renamed: copy each table
        for table in TABLES:
            with op.batch_alter_table(
                table, recreate="always", naming_convention=NAMING_CONVENTION
            ):
                pass
        return
    for table in TABLES:
        for old, new in _conventional_names(inspector, table).items():
            op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{old}" TO "{new}"')


def downgrade() -> None:
    pass  # the conventional names serve release 0.1 as well
