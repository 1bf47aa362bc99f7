"""When a revoked device's hand-over began: it may go on for a day from then, not for
the whole window after the revocation.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(
            sa.Column("farewell_started_at", sa.DateTime(timezone=True), nullable=True)
        )
