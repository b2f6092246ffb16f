"""pending long-paste parts (issue 19)

Revision 0002: reserved; fill in upgrade() and downgrade() and rename this file.
"""

from __future__ import annotations

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
