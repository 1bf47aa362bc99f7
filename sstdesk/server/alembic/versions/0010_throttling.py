"""Failed logins counted per user name whether an account has it or not, and failed
logins and token renewals per client address; both kept only as HMACs. The counts on
`users` go: every name is counted in one place. Counts from before start again at zero.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

SEQ = sa.BigInteger().with_variant(sa.Integer, "sqlite")
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("name_hash", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", WHEN),
        sa.Column("last_failure_at", WHEN, nullable=False),
    )
    op.create_index("login_failures_last", "login_failures", ["last_failure_at"])
    op.create_table(
        "address_failures",
        sa.Column("id", SEQ, primary_key=True, autoincrement=True),
        sa.Column("address_hash", sa.String(64), nullable=False),
        sa.Column("at", WHEN, nullable=False),
    )
    op.create_index("address_failures_address_at", "address_failures", ["address_hash", "at"])
    op.create_index("address_failures_at", "address_failures", ["at"])
    # Plain columns, in no index or constraint: SQLite (3.35 and newer) drops them in place.
    op.drop_column("users", "failed_logins")
    op.drop_column("users", "locked_until")
