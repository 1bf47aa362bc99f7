"""Numbered schema migrations, applied in one transaction. Layer: vault.

`migrations/NNNN_name.sql` files run in order; the schema version is
`PRAGMA user_version`. Before an existing database is upgraded, its encrypted
file is copied beside it (`vault.db.pre-vN`), and all pending steps commit
together or not at all.
"""

from __future__ import annotations

import re
import shutil
import sqlite3  # only its statement splitter; it never opens a database
from dataclasses import dataclass
from pathlib import Path

from sstdesk.domain.phrase import Phrase
from sstdesk.vault.connection import Connection, DatabaseError
from sstdesk.vault.errors import MigrationFailed, VaultError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def statements(self) -> list[str]:
        """Split the file into statements (trigger bodies hold semicolons, so use the parser)."""
        statements: list[str] = []
        pending = ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                if pending.strip() and not _only_comments(pending):
                    statements.append(pending.strip())
                pending = ""
        if pending.strip() and not _only_comments(pending):
            raise ValueError(f"{self.path.name}: incomplete statement at end")
        return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def available(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise ValueError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: Connection, db_path: Path, directory: Path = MIGRATIONS_DIR) -> int:
    """Bring the database to the newest version; returns the version it is at."""
    migrations = available(directory)
    latest = migrations[-1].version if migrations else 0
    version = current_version(conn)
    if version > latest:
        raise VaultError(
            Phrase("Valvet har skapats av en nyare version av sstdesk. Uppdatera programmet.")
        )
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return version
    backup = _backup(conn, db_path, version) if version > 0 else None
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
    except (DatabaseError, ValueError) as error:
        conn.execute("ROLLBACK")
        raise MigrationFailed(pending[-1].version, backup) from error
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return latest


def _backup(conn: Connection, db_path: Path, version: int) -> Path:
    """Copy the encrypted file as it is now; the WAL is folded in first so the copy is whole."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = db_path.with_name(f"{db_path.name}.pre-v{version + 1}")
    shutil.copy2(db_path, target)
    target.chmod(0o600)
    return target
