"""Accounts: admins, session versions, teacher invitations, password reset codes; usernames
normalised (NFKC, case-folded) as logins now look them up

Two accounts whose names normalise alike ('Ada' and 'ada') both keep working: the one already
in normal form, or else the older, keeps the name; each other gets '-' and its id ('ada-7'),
logged as a warning to tell its owner. A name that would grow past 40 characters is cut and
renamed the same way.

Revision ID: 9b8a049bd0ef
Revises: 5d93048de477
Create Date: 2026-11-26 07:19:40.690503
"""

import logging
import unicodedata
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "9b8a049bd0ef"
down_revision = "5d93048de477"
branch_labels = None
depends_on = None

MAX_USERNAME = 40
logger = logging.getLogger("alembic.runtime.migration")
users = sa.table("users", sa.column("id", sa.Integer), sa.column("username", sa.String))


def _normalise(name: str) -> str:
    """As quiz.usernames.normalise does (copied: a migration keeps the rule of its day)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return unicodedata.normalize("NFKC", folded).strip()


def _new_names(rows: list[tuple[int, str]]) -> dict[int, str]:
    """The normalised name of each account whose name changes, by id."""
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for ident, name in sorted(rows):
        groups[_normalise(name)].append((ident, name))
    used = set(groups)
    changes = {}
    for normal, members in groups.items():
        in_form = [member for member in members if member[1] == normal]
        keeper = (in_form or members)[0][0] if len(normal) <= MAX_USERNAME else None
        for ident, name in members:
            if ident == keeper:
                if name != normal:
                    changes[ident] = normal
                continue
            changes[ident] = _free(normal, ident, used)
            why = f"account {keeper} keeps {normal!r}" if keeper else "too long once normalised"
            logger.warning("username %r is now %r: %s", name, changes[ident], why)
    return changes


def _free(normal: str, ident: int, used: set[str]) -> str:
    """'<normal>-<id>', cut to fit, not used by any account (taken into *used*)."""
    suffix, extra = f"-{ident}", 1
    while True:
        candidate = normal[: MAX_USERNAME - len(suffix)] + suffix
        if candidate not in used:
            used.add(candidate)
            return candidate
        extra += 1
        suffix = f"-{ident}-{extra}"


def upgrade() -> None:
    op.create_table(
        "reset_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["made_by_id"], ["users.id"], name=op.f("fk_reset_codes_made_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reset_codes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reset_codes")),
        sa.UniqueConstraint("user_id", name=op.f("uq_reset_codes_user_id")),
    )
    op.create_table(
        "teacher_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["made_by_id"], ["users.id"], name=op.f("fk_teacher_invitations_made_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["used_by_id"], ["users.id"], name=op.f("fk_teacher_invitations_used_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_invitations")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_teacher_invitations_code_hash")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("session_version", sa.Integer(), nullable=False, server_default="0")
        )
    connection = op.get_bind()
    rows = connection.execute(sa.select(users.c.id, users.c.username)).all()
    for ident, name in _new_names([(ident, name) for ident, name in rows]).items():
        connection.execute(users.update().where(users.c.id == ident).values(username=name))


def downgrade() -> None:
    # Usernames stay normalised: logins before this revision compare them exactly, and the
    # names a collision renamed cannot be told from chosen ones.
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_version")
        batch_op.drop_column("is_admin")
    op.drop_table("teacher_invitations")
    op.drop_table("reset_codes")
