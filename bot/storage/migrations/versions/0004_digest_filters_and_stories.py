"""digest filters and story keys (issue 20)

Revision 0004: reserved; fill in upgrade() and downgrade() and rename this file.
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
