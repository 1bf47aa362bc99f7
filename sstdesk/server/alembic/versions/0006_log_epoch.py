"""Each logged version remembers the epoch it was pushed in (bound into its sealed data).

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"


def upgrade() -> None:
    op.add_column(
        "log", sa.Column("epoch", sa.String(32), nullable=False, server_default=sa.text("''"))
    )
    # A revoked device's last changes: shown to the team as conflicts, never applied over.
    op.add_column(
        "log", sa.Column("farewell", sa.Boolean, nullable=False, server_default=sa.false())
    )
    # Versions from before were sealed without their epoch; they carry the current one.
    op.execute("UPDATE log SET epoch = (SELECT value FROM meta WHERE key = 'epoch')")
