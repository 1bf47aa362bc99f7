"""One profile's vault: create, unlock, lock, change passphrase, recover. Layer: vault.

A profile directory holds `vault.db` (SQLCipher, opened with the raw data key),
`keys.json` (the data key, wrapped) and, after a wrong passphrase,
`unlock_attempts.json` (how many in a row, and when the last was). Threading: a
Vault and its connection belong to the thread that unlocked it (the UI's db
worker).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sstdesk.domain.phrase import Phrase
from sstdesk.paths import atomic_write, ensure_private_dir
from sstdesk.vault import audit, swap
from sstdesk.vault.connection import (
    Connection,
    DatabaseError,
    IntegrityError,
    open_connection,
    release_memory,
    transaction,
)
from sstdesk.vault.errors import (
    UnlockTooSoon,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultExists,
    VaultFileMissing,
    VaultForeign,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
    from_database_error,
    from_os_error,
)
from sstdesk.vault.keys import KdfParams, KeyFile, wipe
from sstdesk.vault.migrate import MIGRATIONS_DIR, upgrade
from sstdesk.vault.repository import Repository

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEY_NAME = "keys.json"
ATTEMPTS_NAME = "unlock_attempts.json"  # the wrong-passphrase back-off (Throttle)
MAX_WAIT_SECONDS = 30.0


@dataclass(frozen=True)
class Identity:
    """Who is working, and on which laptop: written into every audit event."""

    user: str
    device: str


class Throttle:
    """Each wrong passphrase in a row makes the next attempt wait longer (0, 1, 2, 4 … 30 s).

    An attempt made before the wait is over is refused unheard (`UnlockTooSoon`, saying
    how many seconds are left): the passphrase is not tried, so the wait cannot be
    skipped by trying anyway, and nothing sleeps. The count and the time of the last
    failure are kept next to the vault (`unlock_attempts.json`: two numbers, nothing
    personal, written atomically), so a restart does not reset the wait; a success
    removes the file. If the file cannot be written (a read-only profile), this process
    remembers instead.

    A file that cannot be read (not JSON, wrong types, a negative count) counts as no
    failures, and the next failure writes it anew. Whoever can damage the file can as
    well delete it, so reading damage as the longest wait would only punish a person
    whose disk it was; this back-off is for someone trying passphrases at the keyboard,
    and it is Argon2id (0.5-1 s and 64 MiB or more per try) that makes guessing
    slow for anyone with the files. A last failure later than now (the clock was put
    back) counts from now, so the wait stays at most 30 s.

    `clock` (seconds since the epoch) is the one thing tests replace.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._held: dict[Path, _Attempts] = {}  # only where the file could not be written
        self._lock = threading.Lock()

    def remaining(self, directory: Path) -> float:
        """Seconds until the next attempt is heard; 0 if it may be made now."""
        with self._lock:
            attempts = self._load(directory)
            if attempts is None:
                return 0.0
            now = self._clock()
            if attempts.last_failure > now:
                attempts = _Attempts(attempts.failures, now)
                self._store(directory, attempts)
            return max(0.0, wait_after(attempts.failures) - (now - attempts.last_failure))

    def check(self, directory: Path) -> None:
        """UnlockTooSoon if an attempt now would come before the wait is over."""
        left = self.remaining(directory)
        if left > 0:
            log.info("unlock refused: too soon after a wrong passphrase")
            raise UnlockTooSoon(left)

    def failed(self, directory: Path) -> float:
        """Count one more wrong passphrase; the seconds before the next attempt is heard."""
        with self._lock:
            before = self._load(directory)
            attempts = _Attempts((before.failures if before else 0) + 1, self._clock())
            self._store(directory, attempts)
        return wait_after(attempts.failures)

    def succeeded(self, directory: Path) -> None:
        with self._lock:
            self._held.pop(directory, None)
            try:
                (directory / ATTEMPTS_NAME).unlink(missing_ok=True)
            except OSError:
                log.warning("unlock attempts file could not be removed")

    def _load(self, directory: Path) -> _Attempts | None:
        path = directory / ATTEMPTS_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            attempts = _Attempts(data["failures"], data["last_failure"])
            if not attempts.plausible():
                raise ValueError("impossible values")
            return attempts
        except FileNotFoundError:
            return self._held.get(directory)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            log.warning("unlock attempts file unreadable: counted as no failures")
            return self._held.get(directory)

    def _store(self, directory: Path, attempts: _Attempts) -> None:
        data = {"failures": attempts.failures, "last_failure": attempts.last_failure}
        try:
            atomic_write(directory / ATTEMPTS_NAME, json.dumps(data).encode("utf-8"))
        except OSError:
            log.warning("unlock attempts file could not be written: kept in memory")
            self._held[directory] = attempts
        else:
            self._held.pop(directory, None)


@dataclass(frozen=True)
class _Attempts:
    failures: int
    last_failure: float  # seconds since the epoch

    def plausible(self) -> bool:
        return (
            type(self.failures) is int
            and self.failures >= 0
            and type(self.last_failure) in (int, float)
            and math.isfinite(self.last_failure)
        )


def wait_after(failures: int) -> float:
    """The wait after `failures` wrong passphrases in a row: 0, 0, 1, 2, 4, 8, 16, 30, 30 …"""
    if failures <= 1:
        return 0.0
    return min(2.0 ** min(failures - 2, 16), MAX_WAIT_SECONDS)


DEFAULT_THROTTLE = Throttle()


STAGING_NAME = f"{DB_NAME}.creating"
START_OVER_WORD = "BÖRJA OM"


def exists(directory: Path) -> bool:
    """A vault is here, whole or not: either of its files is enough. A key file beside an
    unfinished creation (the program stopped while making the vault) is none."""
    if (directory / DB_NAME).exists():
        return True
    return (directory / KEY_NAME).exists() and not (directory / STAGING_NAME).exists()


def start_over(
    directory: Path, *, confirm: str, clock: Callable[[], dt.datetime] | None = None
) -> Path:
    """Set the files of a vault that cannot be opened aside, so that a new one can be made.

    Only after the person typed START_OVER_WORD; nothing is deleted: the files go into a
    folder `undanlagt-<time>` in the profile, to restore by hand or hand to IT.
    """
    if " ".join(confirm.split()).casefold() != START_OVER_WORD.casefold():
        raise VaultError(
            Phrase("Skriv {word} för att börja om med ett tomt valv.", word=START_OVER_WORD)
        )
    stamp = (clock or _now)().strftime("%Y%m%d-%H%M%S")
    aside = directory / f"undanlagt-{stamp}"
    try:
        ensure_private_dir(aside)
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_NAME, f"{KEY_NAME}.old"):
            if (directory / name).exists():
                os.replace(directory / name, aside / name)
    except OSError as error:
        raise from_os_error(error, aside) from error
    log.info("vault files set aside to start over")
    return aside


class Vault:
    """An unlocked vault. `lock()` drops the connection and with it the key.

    No buffer of ours holds the data key while the vault is open: each one is wiped as
    soon as SQLCipher has it (create, unlock, recover, change of passphrase), and
    SQLCipher wipes its own copy when the connection closes.
    """

    def __init__(
        self,
        directory: Path,
        conn: Connection,
        identity: Identity,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.directory = directory
        self._conn: Connection | None = conn
        self.identity = identity
        self.clock = clock

    # -- lifecycle ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: Path,
        *,
        passphrase: str,
        user: str,
        district: str = "",
        region: str = "",
        params: KdfParams | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        migrations: Path = MIGRATIONS_DIR,
    ) -> tuple[Vault, str]:
        """A new, empty vault; returns it unlocked with the recovery code to show once."""
        clock = clock or _now
        if exists(directory):
            raise VaultExists(directory)
        if len(passphrase) < 8:
            raise VaultError(Phrase("Lösenfrasen måste ha minst 8 tecken. Välj gärna flera ord."))
        keyfile, data_key, recovery_code = KeyFile.create(passphrase=passphrase, params=params)
        # Built under a temporary name, so a crash never leaves a vault without its key file.
        staging = directory / STAGING_NAME
        leftovers = (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm"))
        try:
            ensure_private_dir(directory)
            for leftover in leftovers:
                leftover.unlink(missing_ok=True)
            meta = {"user": user, "district": district, "region": region}
            vault = cls._build(directory, staging, keyfile, data_key, meta, clock, migrations)
        except OSError as error:
            raise from_os_error(error, directory / DB_NAME) from error
        finally:
            wipe(data_key)
            if not (directory / DB_NAME).exists():  # failed half-way: nothing left behind
                for leftover in leftovers:
                    leftover.unlink(missing_ok=True)
        vault.audit("vault.create")
        log.info("vault created")
        return vault, recovery_code

    @classmethod
    def _build(
        cls,
        directory: Path,
        staging: Path,
        keyfile: KeyFile,
        data_key: bytearray,
        meta: dict[str, str],
        clock: Callable[[], dt.datetime],
        migrations: Path,
    ) -> Vault:
        conn = open_database(staging, data_key, migrations)
        try:
            repo = Repository(conn)
            with transaction(conn):
                for key, value in (
                    ("vault_id", keyfile.vault_id),
                    ("device", uuid.uuid4().hex),
                    ("created_at", clock().isoformat()),
                    *meta.items(),
                ):
                    repo.set_meta(key, value)
        finally:
            conn.close()
        os.chmod(staging, 0o600)
        keyfile.save(directory / KEY_NAME)
        os.replace(staging, directory / DB_NAME)
        return cls._open(
            directory, data_key, clock=clock, migrations=migrations, vault_id=keyfile.vault_id
        )

    @classmethod
    def unlock(
        cls,
        directory: Path,
        *,
        passphrase: str,
        throttle: Throttle = DEFAULT_THROTTLE,
        clock: Callable[[], dt.datetime] | None = None,
        migrations: Path = MIGRATIONS_DIR,
        check_pages: bool = True,
    ) -> Vault:
        """Open with the passphrase. `check_pages=False` leaves the whole-file check to a
        later `check_pages()` call (the window runs it after the first paint); every page
        read is still verified by its HMAC, so nothing damaged is ever shown."""
        keyfile = _load_keyfile(directory)
        throttle.check(directory)  # too soon after a wrong one: refused, the passphrase untried
        data_key = keyfile.unwrap_with_passphrase(passphrase)
        if data_key is None:
            wait = throttle.failed(directory)
            log.info("unlock refused: wrong passphrase")
            raise WrongPassphrase(wait)
        throttle.succeeded(directory)
        try:
            vault = cls._open(
                directory,
                data_key,
                clock=clock or _now,
                migrations=migrations,
                check_pages=check_pages,
                vault_id=keyfile.vault_id,
            )
        finally:
            wipe(data_key)
        vault.audit("vault.unlock")
        log.info("vault unlocked")
        return vault

    @classmethod
    def recover(
        cls,
        directory: Path,
        *,
        recovery_code: str,
        new_passphrase: str,
        clock: Callable[[], dt.datetime] | None = None,
        throttle: Throttle = DEFAULT_THROTTLE,
    ) -> tuple[Vault, str]:
        """Open with the printed recovery code and set a new passphrase; returns the vault
        and a new recovery code (to show once: the code used stops working).

        The database is opened before the key file is rewrapped, so a vault that cannot
        be read is refused with its key file as it was."""
        if len(new_passphrase) < 8:
            raise VaultError(Phrase("Lösenfrasen måste ha minst 8 tecken. Välj gärna flera ord."))
        keyfile = _load_keyfile(directory)
        throttle.check(directory)  # the same wait as for a wrong passphrase
        data_key = keyfile.unwrap_with_recovery_code(recovery_code)
        if data_key is None:
            throttle.failed(directory)
            log.info("recovery refused: wrong code")
            raise WrongRecoveryCode()
        throttle.succeeded(directory)
        try:
            vault = cls._open(directory, data_key, clock=clock or _now, vault_id=keyfile.vault_id)
            try:
                # Audited before the key file changes: a disk too full for the event leaves
                # the old passphrase and code as they were, as the message says.
                vault.audit("vault.recover")
                rewrapped = keyfile.with_passphrase(data_key=data_key, passphrase=new_passphrase)
                rewrapped, new_code = rewrapped.with_new_recovery_code(data_key=data_key)
                rewrapped.save(directory / KEY_NAME)
            except OSError as error:
                vault.close()
                raise from_os_error(error, directory / KEY_NAME) from error
            except BaseException:
                vault.close()
                raise
        finally:
            wipe(data_key)
        log.info("vault recovered with the recovery code")
        return vault, new_code

    @classmethod
    def _open(
        cls,
        directory: Path,
        data_key: bytearray,
        *,
        clock: Callable[[], dt.datetime],
        migrations: Path = MIGRATIONS_DIR,
        check_pages: bool = True,
        vault_id: str | None = None,
    ) -> Vault:
        conn = open_database(directory / DB_NAME, data_key, migrations, check_pages=check_pages)
        repo = Repository(conn)
        if vault_id is not None and repo.meta("vault_id") != vault_id:
            conn.close()
            raise VaultForeign(directory / DB_NAME)
        identity = Identity(user=repo.meta("user"), device=repo.meta("device"))
        return cls(directory, conn, identity, clock)

    def check_pages(self) -> None:
        """Read every page once; VaultDamaged naming the file if any page is damaged."""
        path = self.directory / DB_NAME
        try:
            verdict = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except DatabaseError as error:
            raise VaultDamaged(path) from error
        if verdict != "ok":
            raise VaultDamaged(path, "integritetskontrollen misslyckades")

    def change_passphrase(self, *, old: str, new: str, params: KdfParams | None = None) -> None:
        """Rewrap the data key; the database file is not touched."""
        if len(new) < 8:
            raise VaultError(Phrase("Den nya lösenfrasen måste ha minst 8 tecken."))
        keyfile = _load_keyfile(self.directory)
        data_key = keyfile.unwrap_with_passphrase(old)
        if data_key is None:
            raise WrongPassphrase()
        try:
            keyfile.with_passphrase(data_key=data_key, passphrase=new, params=params).save(
                self.directory / KEY_NAME
            )
        except OSError as error:
            raise from_os_error(error, self.directory / KEY_NAME) from error
        finally:
            wipe(data_key)
        self.audit("vault.change_passphrase")

    def close(self) -> None:
        """Lock: fold the WAL into the file and close; SQLCipher wipes its key copy."""
        if self._conn is None:
            return
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._conn.close()
            self._conn = None
        log.info("vault locked")

    def lock(self) -> None:
        """Close, then let go of what the session read (the window's lock, and auto-lock).

        Unreachable objects are collected, and freed heap pages go back to the system:
        SQLCipher's page cache held the caseload decrypted, and without memory security
        freeing it only marks it free. Python's freed strings are not overwritten; see
        tests/vault/test_memory.py for what stays.
        """
        self.close()
        release_memory()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # -- use ----------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError(Phrase("Valvet är låst. Lås upp det först."))
        return self._conn

    @property
    def repo(self) -> Repository:
        return Repository(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        try:
            with transaction(self.conn):
                yield Repository(self.conn)
        except IntegrityError:
            raise
        except DatabaseError as error:
            raise from_database_error(error, self.directory / DB_NAME) from error

    def audit(self, action: str, *, student_id: str = "", reason: str = "") -> None:
        """Record one event in its own transaction (use `audit_in` inside a change)."""
        with self.transaction():
            self.audit_in(action, student_id=student_id, reason=reason)

    def audit_in(self, action: str, *, student_id: str = "", reason: str = "") -> None:
        audit.append(
            self.conn,
            at=self.clock(),
            actor=self.identity.user,
            device=self.identity.device,
            action=action,
            student_id=student_id,
            reason=reason,
        )


def open_database(
    db_path: Path,
    key: bytearray | None,
    migrations: Path = MIGRATIONS_DIR,
    *,
    memory_security: bool | None = None,
    check_pages: bool = True,
) -> Connection:
    """Open, check every page, and migrate: the whole of unlocking once the key is known.

    `key=None` opens the same schema unencrypted; only the benchmark's baseline does that.
    """
    conn = open_connection(db_path, key, memory_security=memory_security)
    try:
        # Reads every page once: a damaged page (its HMAC fails) stops us here, before
        # anything is shown, and the whole caseload lands decrypted in the page cache.
        if check_pages:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise VaultDamaged(db_path, "integritetskontrollen misslyckades")
        upgrade(conn, db_path, migrations)
    except DatabaseError as error:
        conn.close()
        raise VaultDamaged(db_path) from error
    except BaseException:
        conn.close()
        raise
    return conn


def check_files(directory: Path) -> None:
    """The same refusals as unlocking for missing, empty or unreadable files, before any
    passphrase is typed: the window shows them at once."""
    _load_keyfile(directory)


def _load_keyfile(directory: Path) -> KeyFile:
    swap.finish_pending(directory)  # a restore a crash cut short is finished first
    key_path, db_path = directory / KEY_NAME, directory / DB_NAME
    if not key_path.exists() and not db_path.exists():
        raise VaultMissing(directory)
    if not key_path.exists():
        raise VaultFileMissing(key_path)
    if not db_path.exists():
        raise VaultFileMissing(db_path)
    try:
        empty = db_path.stat().st_size == 0
    except OSError as error:
        raise from_os_error(error, db_path) from error
    if empty:
        raise VaultEmpty(db_path)
    return KeyFile.load(key_path)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()
