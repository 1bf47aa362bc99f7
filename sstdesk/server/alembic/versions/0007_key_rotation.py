"""Each team knows its current team key id, and whether a revocation asks for a new key.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.add_column(
        "teams", sa.Column("key_id", sa.String(64), nullable=False, server_default=sa.text("''"))
    )
    op.add_column(
        "teams",
        sa.Column("rotation_due", sa.Boolean, nullable=False, server_default=sa.false()),
    )
