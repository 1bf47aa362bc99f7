"""Each device's Ed25519 signing key, the audit chain head it last anchored, and the
forward-secure MAC key of its audit chain.

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
        # The forward-secure MAC key of the device's audit chain, moved on as heads verify.
        batch.add_column(
            sa.Column("audit_key", sa.String(64), nullable=False, server_default=sa.text("''"))
        )
        batch.add_column(
            sa.Column("audit_key_seq", sa.BigInteger, nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column(
                "audit_key_offset", sa.BigInteger, nullable=False, server_default=sa.text("0")
            )
        )
        batch.add_column(sa.Column("farewell_at", sa.DateTime(timezone=True), nullable=True))
