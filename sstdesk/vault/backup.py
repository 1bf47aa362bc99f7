"""Encrypted backups of a vault in one file, checked by opening them. Layer: vault.

A backup (`sstdesk-backup-2026-12-01T1405.sstbak`) is a zip archive whose members are
stored, not compressed (they are ciphertext), and are exactly:

- `manifest.json`: format and version, a random backup id, the vault id, when it was made
  (UTC), manual or automatic, the schema version, the program version, and the size and
  SHA-256 of each part. Ids, times and sizes only: nothing about anyone.
- `vault.db`: a consistent snapshot of the SQLCipher database taken while the vault is
  open (`VACUUM INTO`, which writes it encrypted with the vault's own key: it never
  exists in plaintext, anywhere).
- `keys.json`: the key file as the profile has it (the data key, wrapped by the
  passphrase and by the recovery code).

So a backup opens with the passphrase or the recovery code that held when it was made,
and with nothing else. It is written under a temporary name in the chosen folder,
synced, then renamed; then read back from that folder and opened: the parts' sums, the
key file, every page (integrity check and each page's HMAC), the audit chain, and every
table's row count against the vault's. A backup that fails is removed and never
reported as made. Temporary copies live in a private folder in the profile and are
overwritten before they are removed; their names say nothing.

Restoring checks a backup the same way with the passphrase or recovery code typed,
writes the `vault.restore` event into it, and swaps it into the profile (swap.py): the
vault there before is kept beside it, never overwritten.

Threading: `write_backup` runs on the vault's thread (it uses its connection).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sstdesk import __version__
from sstdesk.domain.phrase import Phrase
from sstdesk.paths import ensure_private_dir
from sstdesk.vault import audit, swap
from sstdesk.vault.connection import Connection, DatabaseError, transaction
from sstdesk.vault.errors import VaultDamaged, VaultError
from sstdesk.vault.keys import KdfParams, KeyFile, wipe
from sstdesk.vault.migrate import available
from sstdesk.vault.records import TABLES
from sstdesk.vault.vault import DB_NAME, KEY_NAME, Vault, open_database

FORMAT = "sstdesk-backup"
FORMAT_VERSION = 1
SUFFIX = ".sstbak"
PREFIX = "sstdesk-backup-"
MANIFEST = "manifest.json"
PARTS = (DB_NAME, KEY_NAME)
MANUAL, AUTO = "manual", "auto"
MAX_MANIFEST = 64 * 1024
CHUNK = 1 << 20
_PLAINTEXT_HEADER = b"SQLite format 3\x00"
_CHECK_SCHEMA = "backup_check"
_WORK_PREFIXES = (".backup-", ".verify-")


# -- errors: each one sentence a person can act on ------------------------------------


class BackupError(VaultError):
    """A backup could not be made, or a file cannot be restored; nothing has changed."""


class BackupFolderMissing(BackupError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            Phrase(
                "Mappen {folder} finns inte – anslut USB-minnet eller välj en annan mapp. "
                "Ingenting har ändrats.",
                folder=folder,
            )
        )


class BackupFolderReadOnly(BackupError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            Phrase(
                "Det går inte att skriva i mappen {folder} (den är skrivskyddad eller du saknar "
                "behörighet) – välj en annan mapp. Ingenting har ändrats.",
                folder=folder,
            )
        )


class BackupDiskFull(BackupError):
    def __init__(self, where: Path) -> None:
        super().__init__(
            Phrase(
                "Disken är full – ingenting har ändrats. Frigör utrymme på {where} eller välj en "
                "annan mapp.",
                where=where,
            )
        )


class BackupWriteFailed(BackupError):
    def __init__(self, where: Path, why: str) -> None:
        super().__init__(
            Phrase(
                "Säkerhetskopian kunde inte skrivas till {where} ({why}). Ingenting har ändrats.",
                where=where,
                why=why,
            )
        )


class BackupNotVerified(BackupError):
    def __init__(self, why: str) -> None:
        super().__init__(
            Phrase(
                "Säkerhetskopian gick inte att öppna när den kontrollerades ({why}), så den är "
                "borttagen – försök igen, gärna till en annan disk. Valvet är orört.",
                why=why,
            )
        )


class BackupUnreadable(BackupError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            Phrase(
                "Säkerhetskopian {name} är skadad eller ofullständig ({why}) och kan inte "
                "användas. Ingenting har ändrats.",
                name=path.name,
                why=why,
            )
        )
        self.why = why


class BackupForeign(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Phrase("Filen {name} är ingen säkerhetskopia från sstdesk.", name=path.name)
        )


class BackupMismatch(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Phrase(
                "Säkerhetskopian {name} hänger inte ihop: nyckelfilen hör till ett annat valv än "
                "databasen. Ingenting har ändrats.",
                name=path.name,
            )
        )


class BackupTooNew(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Phrase(
                "Säkerhetskopian {name} är gjord med en nyare version av sstdesk – uppdatera "
                "programmet först. Ingenting har ändrats.",
                name=path.name,
            )
        )


class BackupWrongSecret(BackupError):
    def __init__(self, path: Path, *, recovery_code: bool) -> None:
        what = Phrase("Återställningskoden") if recovery_code else Phrase("Lösenfrasen")
        super().__init__(
            Phrase(
                "{what} öppnar inte säkerhetskopian {name} – använd lösenfrasen som gällde när "
                "kopian gjordes, eller återställningskoden. Ingenting har ändrats.",
                what=what,
                name=path.name,
            )
        )


class _Bad(Exception):
    """A check failed; the caller says what that means for the person."""


# -- the manifest ---------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    backup_id: str
    vault_id: str
    created_at: str  # UTC, ISO 8601
    kind: str  # MANUAL or AUTO
    schema_version: int
    app_version: str
    parts: dict[str, Part]

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "backup_id": self.backup_id,
                "vault_id": self.vault_id,
                "created_at": self.created_at,
                "kind": self.kind,
                "schema_version": self.schema_version,
                "app_version": self.app_version,
                "parts": {
                    name: {"size": p.size, "sha256": p.sha256} for name, p in self.parts.items()
                },
            },
            indent=2,
            sort_keys=True,
        ).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, path: Path) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise BackupUnreadable(path, Phrase("innehållsförteckningen kan inte läsas")) from error
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BackupForeign(path)
        if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
            raise BackupTooNew(path)
        try:
            parts = {
                name: Part(int(data["parts"][name]["size"]), str(data["parts"][name]["sha256"]))
                for name in PARTS
            }
            manifest = cls(
                backup_id=str(data["backup_id"]),
                vault_id=str(data["vault_id"]),
                created_at=str(data["created_at"]),
                kind=str(data["kind"]),
                schema_version=int(data["schema_version"]),
                app_version=str(data["app_version"]),
                parts=parts,
            )
            manifest.created.utcoffset()  # a time it can be sorted by
        except (KeyError, TypeError, ValueError) as error:
            raise BackupUnreadable(
                path, Phrase("innehållsförteckningen är ofullständig")
            ) from error
        if set(data["parts"]) != set(PARTS):
            raise BackupUnreadable(path, "fel delar")
        return manifest


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int  # bytes, the whole file
    created: dt.datetime
    records: int  # entities (students, notes, consents …), for the person
    counts: dict[str, int]  # rows in every table, as checked
    with_passphrase: bool  # opened with the key file and the passphrase (else: the open key)


@dataclass(frozen=True)
class RestoreReport:
    created: dt.datetime  # when the backup was made
    records: int
    kept: tuple[Path, ...]  # where the vault that was there before is kept (empty if none)


# -- making a backup ------------------------------------------------------------------


def backup_name(at: dt.datetime) -> str:
    return f"{PREFIX}{at.strftime('%Y-%m-%dT%H%M')}{SUFFIX}"


def write_backup(
    vault: Vault, folder: Path, *, kind: str = MANUAL, passphrase: str | None = None
) -> BackupReport:
    """Write a backup of the open vault into `folder`, then open and check it.

    With `passphrase`, the backup is opened exactly as a restore would open it (key file,
    passphrase, database); without (automatic backups), its database is opened with the
    vault's own open key and its key file is checked against the profile's.
    """
    folder = usable_folder(folder, profile=vault.directory)
    at = vault.clock()
    sweep(vault.directory)
    work = _work_dir(vault.directory, ".backup-")
    try:
        snapshot = work / DB_NAME
        _snapshot(vault, snapshot)
        expected = _counts(vault.conn, "main")
        key_bytes = (vault.directory / KEY_NAME).read_bytes()
        keyfile = KeyFile.load(vault.directory / KEY_NAME)
        vault_id = vault.repo.meta("vault_id")
        if keyfile.vault_id != vault_id:
            raise VaultDamaged(
                vault.directory / KEY_NAME, Phrase("nyckelfilen hör till ett annat valv")
            )
        manifest = Manifest(
            backup_id=secrets.token_hex(16),
            vault_id=vault_id,
            created_at=at.astimezone(dt.UTC).isoformat(timespec="seconds"),
            kind=kind,
            schema_version=int(vault.conn.execute("PRAGMA user_version").fetchone()[0]),
            app_version=__version__,
            parts={
                DB_NAME: Part(snapshot.stat().st_size, _sha256_file(snapshot)),
                KEY_NAME: Part(len(key_bytes), hashlib.sha256(key_bytes).hexdigest()),
            },
        )
        target = _free_name(folder, at)
        _write_container(target, manifest, snapshot, key_bytes)
    finally:
        swap.shred_tree(work)
    try:
        counts = _verify(target, vault, manifest, passphrase=passphrase, expected=expected)
        vault.audit("vault.backup", reason=target.name)  # no copy leaves unaudited
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return BackupReport(
        path=target,
        size=target.stat().st_size,
        created=at,
        records=_records(counts),
        counts=counts,
        with_passphrase=passphrase is not None,
    )


def usable_folder(folder: Path, *, profile: Path | None = None) -> Path:
    """The folder a backup is written to: there, a folder, writable, outside the profile."""
    folder = folder.expanduser()
    if not folder.exists():
        raise BackupFolderMissing(folder)
    if not folder.is_dir():
        raise BackupError(
            Phrase("{folder} är ingen mapp. Välj en mapp för säkerhetskopian.", folder=folder)
        )
    if profile is not None:
        inside = folder.resolve()
        if inside == profile.resolve() or profile.resolve() in inside.parents:
            raise BackupError(
                Phrase(
                    "Välj en mapp utanför profilmappen, helst på ett USB-minne eller en annan "
                    "disk: en kopia bredvid valvet försvinner med datorn."
                )
            )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderReadOnly(folder)
    return folder


def sweep(profile: Path) -> None:
    """Remove the temporary copies a crashed backup or restore left in the profile (a
    restore's staging only when no journal still needs it)."""
    if not profile.is_dir():
        return
    prefixes = _WORK_PREFIXES
    if not (profile / swap.JOURNAL).exists():
        prefixes += (swap.STAGING_PREFIX,)
    for path in profile.iterdir():
        if path.is_dir() and not path.is_symlink() and path.name.startswith(prefixes):
            swap.shred_tree(path)


def _work_dir(profile: Path, prefix: str) -> Path:
    try:
        return ensure_private_dir(profile / f"{prefix}{secrets.token_hex(4)}")
    except OSError as error:
        raise _os_error(error, profile) from error


def _snapshot(vault: Vault, target: Path) -> None:
    """A consistent, encrypted copy of the database as it is now."""
    try:
        vault.conn.execute("VACUUM INTO ?", (str(target),))
    except DatabaseError as error:
        if "full" in str(error).lower():
            raise BackupDiskFull(vault.directory) from error
        raise VaultDamaged(vault.directory / DB_NAME) from error
    with open(target, "rb") as handle:
        if handle.read(len(_PLAINTEXT_HEADER)) == _PLAINTEXT_HEADER:
            # Never: the vault is always keyed. But a plaintext copy must never leave.
            raise BackupError(
                Phrase("Valvet är inte krypterat, och en okrypterad kopia skrivs inte.")
            )
    os.chmod(target, 0o600)


def _free_name(folder: Path, at: dt.datetime) -> Path:
    name = backup_name(at)
    target, n = folder / name, 1
    while target.exists():
        n += 1
        target = folder / name.replace(SUFFIX, f"-{n}{SUFFIX}")
    return target


def _write_chunk(handle: IO[bytes], data: bytes) -> None:
    """Every byte of a backup file passes here: where a full or failing disk shows."""
    handle.write(data)


class _Guarded:
    """The file object zipfile writes to; writes go through `_write_chunk`."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        _write_chunk(self._handle, bytes(data))
        return len(data)

    def tell(self) -> int:
        return self._handle.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._handle.seek(offset, whence)

    def flush(self) -> None:
        self._handle.flush()


def _write_container(target: Path, manifest: Manifest, snapshot: Path, key_bytes: bytes) -> None:
    """Temporary name in the same folder, synced, renamed: never half a backup by its name."""
    folder = target.parent
    tmp = folder / f".{PREFIX}{secrets.token_hex(4)}.tmp"
    stamp = manifest.created.timetuple()[:6]
    listed = manifest.to_json()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            sink: IO[bytes] = _Guarded(handle)  # type: ignore[assignment]
            with zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(_member(MANIFEST, stamp, len(listed)), listed)
                info = _member(DB_NAME, stamp, manifest.parts[DB_NAME].size)
                with archive.open(info, "w") as out, open(snapshot, "rb") as source:
                    while chunk := source.read(CHUNK):
                        out.write(chunk)
                archive.writestr(_member(KEY_NAME, stamp, len(key_bytes)), key_bytes)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise _os_error(error, folder) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    swap._fsync_dir(folder)


def _member(name: str, stamp: tuple[int, ...], size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    info.file_size = size
    return info


def _os_error(error: OSError, where: Path) -> BackupError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupDiskFull(where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupFolderReadOnly(where)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return BackupFolderMissing(where)
    return BackupWriteFailed(where, error.strerror or "okänt fel")


def _verify(
    path: Path,
    vault: Vault,
    written: Manifest,
    *,
    passphrase: str | None,
    expected: dict[str, int],
) -> dict[str, int]:
    """Read the backup back from its folder and open it; BackupNotVerified if anything fails."""
    _drop_cache(path)
    work = _work_dir(vault.directory, ".verify-")
    try:
        try:
            manifest = _extract(path, work)
        except BackupUnreadable as error:
            raise BackupNotVerified(error.why) from error
        except (BackupForeign, BackupTooNew) as error:
            raise BackupNotVerified(Phrase("filen känns inte igen")) from error
        if manifest != written:
            raise BackupNotVerified(Phrase("innehållsförteckningen lästes tillbaka fel"))
        try:
            keyfile = _load_keys(path, work)
        except BackupUnreadable as error:
            raise BackupNotVerified(error.why) from error
        if keyfile.vault_id != manifest.vault_id:
            raise BackupNotVerified(Phrase("nyckelfilen hör till ett annat valv"))
        try:
            if passphrase is not None:
                data_key = keyfile.unwrap_with_passphrase(passphrase)
                if data_key is None:
                    raise BackupNotVerified(Phrase("lösenfrasen öppnar inte kopian"))
                try:
                    with _opened(work / DB_NAME, data_key) as conn:
                        counts = _check(conn, "main", vault_id=manifest.vault_id)
                finally:
                    wipe(data_key)
            else:
                with _attached(vault.conn, work / DB_NAME) as schema:
                    counts = _check(vault.conn, schema, vault_id=manifest.vault_id)
        except _Bad as bad:
            raise BackupNotVerified(str(bad)) from bad
        if counts != expected:
            raise BackupNotVerified(Phrase("antalet poster stämmer inte med valvets"))
        return counts
    finally:
        swap.shred_tree(work)


def _drop_cache(path: Path) -> None:
    """Ask the system to forget its cached pages of the file, so reading it back reads the
    disk (Linux; elsewhere the read may come from the cache)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    except OSError:
        pass


@contextmanager
def _attached(conn: Connection, path: Path) -> Iterator[str]:
    """The copy attached to the vault's own connection: it opens with the same key."""
    conn.execute(f"ATTACH DATABASE ? AS {_CHECK_SCHEMA}", (str(path),))
    try:
        yield _CHECK_SCHEMA
    finally:
        conn.execute(f"DETACH DATABASE {_CHECK_SCHEMA}")


@contextmanager
def _opened(path: Path, data_key: bytearray) -> Iterator[Connection]:
    try:
        conn = open_database(path, data_key, check_pages=False)
    except VaultDamaged as error:
        raise _Bad(Phrase("databasen kan inte läsas med nyckeln")) from error
    try:
        yield conn
    finally:
        conn.close()


def _check(conn: Connection, schema: str, *, vault_id: str) -> dict[str, int]:
    """Every page, the audit chain and the vault id; the row count of every table."""
    try:
        if conn.execute(f"PRAGMA {schema}.integrity_check").fetchall() != [("ok",)]:
            raise _Bad("integritetskontrollen misslyckades")
        if conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall():
            raise _Bad(Phrase("en sida i databasen har ändrats"))
        # This vault's own chain must hold. A colleague's chain as received may have gaps
        # that sync itself reports (a laptop restored, events cut before they were sent):
        # they are the team's to look into, never a reason to refuse this laptop a backup.
        # Every page's HMAC already shows the copy holds them as the vault does.
        own = audit.verify(conn, schema=schema)
        if not own.ok:
            raise _Bad("loggkedjan är bruten: " + own.problems[0])
        row = conn.execute(
            f"SELECT value FROM {schema}.meta WHERE key = 'vault_id'"  # noqa: S608
        ).fetchone()
        if row is None or row[0] != vault_id:
            raise _Bad(Phrase("databasen hör till ett annat valv än nyckelfilen"))
        return _counts(conn, schema)
    except DatabaseError as error:
        raise _Bad(Phrase("databasen kan inte läsas")) from error


def _counts(conn: Connection, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master "  # noqa: S608
            "WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]  # noqa: S608
        for name in names
    }


def _records(counts: dict[str, int]) -> int:
    return sum(counts.get(table, 0) for table in TABLES.values())


# -- reading a backup -----------------------------------------------------------------


def read_manifest(path: Path) -> Manifest:
    """What a backup says of itself, its parts checked for presence and shape (not yet
    their sums: that needs reading the whole file)."""
    with _archive(path) as archive:
        return _manifest_of(path, archive)


@contextmanager
def _archive(path: Path) -> Iterator[zipfile.ZipFile]:
    if not path.is_file():
        raise BackupError(Phrase("Filen {path} finns inte.", path=path))
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        if magic.startswith(b"PK"):
            raise BackupUnreadable(path, Phrase("filen är avkortad eller skadad")) from error
        raise BackupForeign(path) from error
    except OSError as error:
        raise BackupUnreadable(path, error.strerror or "filen kan inte läsas") from error
    try:
        yield archive
    finally:
        archive.close()


def _manifest_of(path: Path, archive: zipfile.ZipFile) -> Manifest:
    names = [info.filename for info in archive.infolist()]
    if MANIFEST not in names:
        raise BackupForeign(path)
    if sorted(names) != sorted((MANIFEST, *PARTS)):
        raise BackupUnreadable(path, Phrase("filen innehåller fel delar"))
    info = archive.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST or info.compress_type != zipfile.ZIP_STORED:
        raise BackupUnreadable(path, Phrase("innehållsförteckningen är felaktig"))
    try:
        raw = archive.read(MANIFEST)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise BackupUnreadable(path, Phrase("innehållsförteckningen kan inte läsas")) from error
    manifest = Manifest.from_json(raw, path)
    for name in PARTS:
        part = archive.getinfo(name)
        if part.compress_type != zipfile.ZIP_STORED or part.file_size != manifest.parts[name].size:
            raise BackupUnreadable(path, f"delen {name} har fel storlek")
    return manifest


def _extract(path: Path, into: Path) -> Manifest:
    """The parts into the private folder `into`, each checked against its sum."""
    with _archive(path) as archive:
        manifest = _manifest_of(path, archive)
        for name in PARTS:
            digest = hashlib.sha256()
            try:
                with archive.open(name) as source, _private_file(into / name) as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError) as error:
                raise BackupUnreadable(path, f"delen {name} är skadad") from error
            except OSError as error:
                if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                    raise BackupDiskFull(into.parent) from error
                raise BackupUnreadable(path, error.strerror or "filen kan inte läsas") from error
            if digest.hexdigest() != manifest.parts[name].sha256:
                raise BackupUnreadable(path, f"delen {name} har ändrats")
    return manifest


@contextmanager
def _private_file(path: Path) -> Iterator[IO[bytes]]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def _load_keys(path: Path, work: Path) -> KeyFile:
    try:
        return KeyFile.load(work / KEY_NAME)
    except VaultError as error:  # damaged, or parameters below the floor
        raise BackupUnreadable(path, Phrase("nyckelfilen kan inte läsas")) from error


def list_backups(folder: Path, vault_id: str) -> list[tuple[Path, Manifest]]:
    """This vault's backups in `folder`, oldest first; files that cannot be read are left
    out (and never removed)."""
    found: list[tuple[Path, Manifest]] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            manifest = read_manifest(path)
        except BackupError:
            continue
        if manifest.vault_id == vault_id:
            found.append((path, manifest))
    return sorted(found, key=lambda item: (item[1].created, item[0].name))


def prune(folder: Path, vault_id: str, *, keep: int) -> list[Path]:
    """Remove this vault's oldest automatic backups beyond the newest `keep`. A backup made
    by hand is never removed by the program."""
    automatic = [path for path, m in list_backups(folder, vault_id) if m.kind == AUTO]
    removed = automatic[: max(0, len(automatic) - max(1, keep))]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# -- restoring ------------------------------------------------------------------------


def restore_backup(
    path: Path,
    directory: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    new_passphrase: str | None = None,
    at: dt.datetime,
    params: KdfParams | None = None,
) -> RestoreReport:
    """Check the backup with the passphrase (or the recovery code, then `new_passphrase` is
    the passphrase from now on), record the restore in it, and put it in the profile; the
    vault there before is kept beside it. The vault must not be open."""
    if (passphrase is None) == (recovery_code is None):
        raise ValueError("give the passphrase or the recovery code")
    if recovery_code is not None and (new_passphrase is None or len(new_passphrase) < 8):
        raise VaultError(
            Phrase("Den nya lösenfrasen måste ha minst 8 tecken. Välj gärna flera ord.")
        )
    swap.finish_pending(directory)
    ensure_private_dir(directory)
    sweep(directory)
    staging = swap.new_staging(directory)
    try:
        manifest = _extract(path, staging)
        if manifest.schema_version > available()[-1].version:
            raise BackupTooNew(path)
        keyfile = _load_keys(path, staging)
        if keyfile.vault_id != manifest.vault_id:
            raise BackupMismatch(path)
        if passphrase is not None:
            data_key = keyfile.unwrap_with_passphrase(passphrase)
        else:
            data_key = keyfile.unwrap_with_recovery_code(recovery_code or "")
        if data_key is None:
            raise BackupWrongSecret(path, recovery_code=recovery_code is not None)
        try:
            counts = _check_and_record(path, staging, data_key, manifest, at=at)
            if new_passphrase is not None:
                keyfile.with_passphrase(
                    data_key=data_key, passphrase=new_passphrase, params=params
                ).save(staging / KEY_NAME)
        finally:
            wipe(data_key)
        for leftover in staging.iterdir():  # the WAL, a migration's copy: not part of it
            if leftover.name not in PARTS:
                swap.shred(leftover)
    except BaseException:
        swap.shred_tree(staging)
        raise
    # From here a failure is finished by the journal (at the next unlock), never undone.
    suffix = swap.install(directory, staging, database=DB_NAME, keys=KEY_NAME, at=at)
    kept = tuple(
        directory / (name + suffix)
        for name in PARTS
        if suffix and (directory / (name + suffix)).exists()
    )
    return RestoreReport(created=manifest.created, records=_records(counts), kept=kept)


def _check_and_record(
    path: Path, staging: Path, data_key: bytearray, manifest: Manifest, *, at: dt.datetime
) -> dict[str, int]:
    try:
        with _opened(staging / DB_NAME, data_key) as conn:
            counts = _check(conn, "main", vault_id=manifest.vault_id)
            user = conn.execute("SELECT value FROM meta WHERE key = 'user'").fetchone()
            with transaction(conn):
                # The log goes on under a new name: the seqs after the backup's last event
                # were used once already, by the events cut away (and perhaps sent to the
                # team), and the team keeps each name's events by their seq.
                device = uuid.uuid4().hex
                conn.execute("UPDATE meta SET value = ? WHERE key = 'device'", (device,))
                audit.append(
                    conn,
                    at=at,
                    actor=user[0] if user else "",
                    device=device,
                    action="vault.restore",
                    reason=path.name,
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except _Bad as bad:
        raise BackupUnreadable(path, str(bad)) from bad
    except VaultError as error:  # a migration that failed, or a newer schema
        raise BackupUnreadable(
            path, Phrase("databasen kan inte öppnas av den här versionen")
        ) from error
    except DatabaseError as error:
        raise BackupUnreadable(path, Phrase("databasen kan inte skrivas")) from error
    return counts


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
