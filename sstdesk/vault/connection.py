"""The one connection factory for the vault's database. Layer: vault.

Opens SQLCipher with a raw 256-bit key (no SQLCipher KDF: the key comes from
keys.py), with WAL, FULL sync, secure delete, temp store in memory, and a page
cache large enough to hold a whole caseload decrypted. Memory security is a
deployment choice (see `memory_security_wanted`).
`key=None` gives the same engine and pragmas unencrypted: only the benchmark
uses that, as its baseline.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from sstdesk.vault.errors import UnsupportedCipher, from_database_error

MIN_CIPHER_VERSION = (4, 7)
CACHE_KIB = 128 * 1024  # 128 MiB of page cache, allocated only as pages are read

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError


def memory_security_wanted() -> bool:
    """`SSTDESK_MEMORY_SECURITY=on` turns on SQLCipher's locked, wiped memory.

    Off by default: measured in bench/vault.py, it makes search and commits about 7x and
    bulk writes 13x slower than plain SQLite (the target is 1.3x), because every
    allocation is mlock'ed and wiped. The laptops' full-disk encryption covers swap.
    """
    return os.environ.get("SSTDESK_MEMORY_SECURITY", "").strip().lower() in ("1", "on", "yes")


def open_connection(
    path: Path, key: bytes | bytearray | None, *, memory_security: bool | None = None
) -> Connection:
    """Open (or create) the database at `path`; VaultDamaged if it cannot be read with `key`.

    `memory_security` (default: `memory_security_wanted()`) locks and wipes SQLCipher's
    memory; it is process-wide and, once on, stays on for the life of the process.
    """
    if memory_security is None:
        memory_security = memory_security_wanted()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        if key is not None:
            if memory_security:
                conn.execute("PRAGMA cipher_memory_security = ON")
            conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            _check_cipher_version(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        for pragma in (
            "synchronous = FULL",
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "secure_delete = ON",
            f"cache_size = -{CACHE_KIB}",
            "busy_timeout = 5000",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except DatabaseError as error:
        conn.close()
        raise from_database_error(error, path) from error
    except BaseException:
        conn.close()
        raise
    return conn


def _check_cipher_version(conn: Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    numbers = tuple(int(part) for part in version.split()[0].split(".")[:2]) if version else ()
    if numbers < MIN_CIPHER_VERSION:
        raise UnsupportedCipher(version or "okänd")


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite itself rolls back after some errors (a full disk, I/O): then there is
        # nothing left to roll back, and the original error is the one to report.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
