"""Bring the server's database to the newest schema with Alembic, in one transaction."""

from __future__ import annotations

import secrets
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, insert, select

from sstdesk.server.db import meta

SCRIPTS = Path(__file__).resolve().parent / "alembic"


def upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # The epoch devices compare; the key the throttle hashes names and addresses with;
        # the key of the cursor marks the server gives devices (store.cursor_mark).
        for key, value in (
            ("epoch", secrets.token_hex(8)),
            ("throttle_key", secrets.token_hex(32)),
            ("mark_key", secrets.token_hex(32)),
        ):
            if connection.execute(select(meta.c.value).where(meta.c.key == key)).first() is None:
                connection.execute(insert(meta).values(key=key, value=value))
