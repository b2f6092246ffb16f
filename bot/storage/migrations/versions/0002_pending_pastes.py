"""pending long-paste parts

Revision 0002: the parts of a long text Telegram split into several messages, until the last one
comes (bot.storage.pastes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_pending_pastes",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(length=100), nullable=False),
        sa.Column("language_code", sa.String(length=16), nullable=False),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("chars", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", "user_id"),
    )
    with op.batch_alter_table("bot_pending_pastes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bot_pending_pastes_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("bot_pending_pastes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bot_pending_pastes_updated_at"))

    op.drop_table("bot_pending_pastes")
