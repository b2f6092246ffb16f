"""process heartbeats for lease takeover (issue 19)

Revision 0003: reserved; fill in upgrade() and downgrade() and rename this file.
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
