"""an index on a digest message's deliveries

Revision 0007: `digest_deliveries (run_id, message_seq)`. Marking a sent message's deliveries
(bot.digest.runs.DigestStore.mark_sent) looked them up by run and message, which no index
covered: every message sent scanned every delivery ever made, so each send got slower as the
table grew (a week at 2,000 feeds: 252,087 rows), inside SQLite's one write transaction.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_digest_deliveries_run", ["run_id", "message_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_digest_deliveries_run")
