"""digest filters and story keys

Revision 0004: keyword rules per chat or subscription (`digest_filters`), and the items each
destination has had with their story fingerprints (`digest_story_marks`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "digest_filters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("rule", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["feed_id"], ["digest_feeds.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("digest_filters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_digest_filters_chat_id"), ["chat_id"], unique=False)

    op.create_table(
        "digest_story_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=False),
        sa.Column("dedup_key", sa.String(length=2048), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("story_time", sa.DateTime(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "thread_id", "dedup_key"),
    )
    with op.batch_alter_table("digest_story_marks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_digest_story_marks_marked_at"), ["marked_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("digest_story_marks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_story_marks_marked_at"))

    op.drop_table("digest_story_marks")
    with op.batch_alter_table("digest_filters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_filters_chat_id"))

    op.drop_table("digest_filters")
