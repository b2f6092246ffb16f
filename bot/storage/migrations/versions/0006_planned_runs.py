"""digest runs planned ahead of their moment

Revision 0006: `digest_runs.send_at`, the moment a run planned before its chat's due minute may
be sent (bot.digest.claims.plan_ahead_claimed); NULL for a run sent as soon as it is made.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digest_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_digest_runs_open", ["finished_at", "send_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("digest_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_digest_runs_open")
        batch_op.drop_column("send_at")
