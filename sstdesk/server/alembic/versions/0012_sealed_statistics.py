"""Sealed statistics: each team's counts for a school year, sealed to the district's
statistician (opaque to the server), and the users' roles.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("role", sa.String(16), nullable=False, server_default="socionom")
        )
    op.create_table(
        "sealed_statistics",
        sa.Column("team_id", sa.String(64), sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("period", sa.String(32), primary_key=True),
        sa.Column("blob", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
