"""Each mutation id remembers a digest of the content it first came with.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    # Nullable: ids recorded before this revision have no digest and are not compared.
    op.add_column("mutations", sa.Column("digest", sa.String(64), nullable=True))
