"""The one connection factory for the vault's database. Layer: vault.

Opens SQLCipher with a raw 256-bit key (no SQLCipher KDF: the key comes from
keys.py), with WAL, FULL sync, secure delete, temp store in memory, and a page
cache large enough to hold a whole caseload decrypted. Memory security is a
deployment choice (see `memory_security_wanted`).
`key=None` gives the same engine and pragmas unencrypted: only the benchmark
uses that, as its baseline.

The key never becomes a `str` (a `PRAGMA key = "x'..'"` statement is one, and
the statement cache and SQLite keep copies of its text): its raw-key form
b"x'<hex>'" is built in a bytearray, handed to sqlite3_key() through
sqlcipher3's `Connection.set_key` — which passes the buffer itself
(`Py_buffer`, no copy) to the sqlite3_key of the SQLCipher that sqlcipher3's
own extension links statically — and wiped. SQLCipher copies it into its
private heap, which it wipes on free whether or not memory security is on.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from sstdesk.vault.errors import UnsupportedCipher, from_database_error
from sstdesk.vault.secret import sqlcipher_key_spec, wipe

MIN_CIPHER_VERSION = (4, 7)
CACHE_KIB = 128 * 1024  # 128 MiB of page cache, allocated only as pages are read

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError


def memory_security_wanted() -> bool:
    """`SSTDESK_MEMORY_SECURITY=on` turns on SQLCipher's locked, wiped memory.

    Off by default, decided again with figures in issue 14 (2 shared cores, SQLCipher
    4.19; bench/vault.py and bench/memory.py, memory security off → on):

    - 10,000 students: search 0.21 → 4.96 ms, search as typed 2.2 → 28 ms (the target is
      16 ms a keystroke), one edit's commit 7.3 → 79 ms (p95 8 → 189 ms), unlock without
      the KDF 340 → 685 ms, 1,000 students bulk-written 7.6 → 99 s (13x);
    - 1,000 students: search 0.19 → 4.9 ms, commit 3.5 → 10.8 ms, bulk 2.4 → 22.9 s;
    - what it buys after lock: the data key is found 0 times either way (SQLCipher wipes
      its key material regardless, and ours is never a str); the names of 12 students read,
      in a child's memory after `Vault.lock`: 21 → 13 occurrences, and 35 → 33 with 2,000
      other students in the vault. `Vault.lock` already returns SQLCipher's freed page cache
      to the system (malloc_trim); what stays is Python's freed strings, which memory
      security does not touch. While unlocked it also keeps SQLite's pages out of swap,
      which the laptops' full-disk encryption covers.

    A 12x slower keystroke for a few fewer freed strings is not worth it: off, and a
    deployment switch where a district wants it anyway.
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
        # SQLCipher would print its own English lines ("hmac check failed") on stderr
        # before the person's Swedish sentence; what went wrong is said by that sentence.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            if memory_security:
                conn.execute("PRAGMA cipher_memory_security = ON")
            _set_key(conn, key)
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


def _set_key(conn: Connection, key: bytes | bytearray) -> None:
    set_key = getattr(conn, "set_key", None)
    if set_key is None:
        raise UnsupportedCipher("sqlcipher3 utan sqlite3_key")
    spec = sqlcipher_key_spec(key)
    try:
        set_key(spec)
    finally:
        wipe(spec)


def _check_cipher_version(conn: Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    numbers = tuple(int(part) for part in version.split()[0].split(".")[:2]) if version else ()
    if numbers < MIN_CIPHER_VERSION:
        raise UnsupportedCipher(version or "okänd")


def release_memory() -> None:
    """After a close: collect cycles, then return whole free pages of the C heap to the
    system (glibc's malloc_trim; elsewhere the collection only). A page returned reads
    as zeros afterwards, so the decrypted pages and rows freed there are gone."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
            pass


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
