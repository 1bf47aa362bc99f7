"""Each device's Ed25519 signing key, and the audit chain head it last anchored.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(
            sa.Column("signing_key", sa.String(64), nullable=False, server_default=sa.text("''"))
        )
        batch.add_column(
            sa.Column("audit_seq", sa.BigInteger, nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column("audit_hash", sa.String(64), nullable=False, server_default=sa.text("''"))
        )
        batch.add_column(sa.Column("audit_gap_at", sa.DateTime(timezone=True), nullable=True))
