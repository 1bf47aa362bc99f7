"""Putting a checked vault into a profile in place of the one there. Layer: vault.

A vault is two files (the database and its key file), and no file system renames two
files at once. So a swap is a small journal: the new files are made whole in a staging
folder inside the profile first, then `restore.pending` names them, and only then are
they renamed into place. Before anything is replaced, what the profile holds is kept
under a `.before-restore-<time>` name (hard links: nothing is copied, nothing removed).
A crash at any point is finished by `finish_pending`, which the vault runs before it
reads a key file: the profile then holds the new vault whole, and the old one beside it.
Every step can be done again, so a crash while finishing is finished next time too.

The database is put in place before the key file: the one state between them (new
database, old key file) never looks like a missing vault, and a restore of the same
vault's own backup is already whole there (the data key does not change).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sstdesk.domain.phrase import Phrase
from sstdesk.paths import atomic_write, ensure_private_dir
from sstdesk.vault.errors import VaultDamaged

JOURNAL = "restore.pending"
_FORMAT = "sstdesk-restore"
STAGING_PREFIX = ".restore-"


@dataclass(frozen=True)
class _Plan:
    staging: str  # a folder name inside the profile
    suffix: str  # ".before-restore-20261201T140512"
    database: str  # "vault.db"
    keys: str  # "keys.json"

    def kept(self) -> list[tuple[str, str]]:
        """What the profile holds now, and the name it is kept under. The WAL goes with its
        database (SQLite finds it by name), so the kept copy opens as it was."""
        db, keys, suffix = self.database, self.keys, self.suffix
        return [
            (db, db + suffix),
            (db + "-wal", db + suffix + "-wal"),
            (keys, keys + suffix),
            (keys + ".old", keys + suffix + ".old"),
        ]


def new_staging(directory: Path) -> Path:
    """A private folder in the profile (same file system: the renames stay atomic)."""
    ensure_private_dir(directory)
    return ensure_private_dir(directory / f"{STAGING_PREFIX}{secrets.token_hex(4)}")


def install(directory: Path, staging: Path, *, database: str, keys: str, at: dt.datetime) -> str:
    """Put `staging/database` and `staging/keys` in place; returns the suffix the old vault is
    kept under ("" when the profile had none). The staged files must be complete."""
    finish_pending(directory)
    for name in (database, keys):
        if not (staging / name).is_file():
            raise FileNotFoundError(staging / name)
        _fsync_file(staging / name)
    _fsync_dir(staging)
    plan = _Plan(staging.name, _free_suffix(directory, database, at), database, keys)
    had_vault = (directory / database).exists() or (directory / keys).exists()
    atomic_write(
        directory / JOURNAL,
        json.dumps(
            {
                "format": _FORMAT,
                "staging": plan.staging,
                "suffix": plan.suffix,
                "database": database,
                "keys": keys,
            }
        ).encode("utf-8"),
    )
    _roll_forward(directory, plan)
    return plan.suffix if had_vault else ""


def finish_pending(directory: Path) -> bool:
    """Finish a swap a crash cut short; True when there was one."""
    journal = directory / JOURNAL
    if not journal.exists():
        return False
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            raise ValueError("not a restore journal")
        plan = _Plan(
            staging=_plain_name(data["staging"]),
            suffix=_plain_name(data["suffix"]),
            database=_plain_name(data["database"]),
            keys=_plain_name(data["keys"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise VaultDamaged(
            journal, Phrase("en avbruten återställning kan inte slutföras")
        ) from error
    _roll_forward(directory, plan)
    return True


def _roll_forward(directory: Path, plan: _Plan) -> None:
    staging = directory / plan.staging
    staged_db, staged_keys = staging / plan.database, staging / plan.keys
    if staged_db.exists():
        for live, kept in plan.kept():
            # Kept once: a second run finds the copy the first made, and keeps it.
            if (directory / live).exists() and not (directory / kept).exists():
                _keep(directory / live, directory / kept)
        _fsync_dir(directory)
        # The old database's WAL and shared memory must never meet the new database.
        for companion in (plan.database + "-wal", plan.database + "-shm", plan.keys + ".old"):
            (directory / companion).unlink(missing_ok=True)
        os.replace(staged_db, directory / plan.database)
        _fsync_dir(directory)
    if staged_keys.exists():
        live, kept = directory / plan.keys, directory / (plan.keys + plan.suffix)
        if live.exists() and not kept.exists():
            _keep(live, kept)
        os.replace(staged_keys, live)
        _fsync_dir(directory)
    if staging.exists():
        shred_tree(staging)
    (directory / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(directory)


def _keep(source: Path, kept: Path) -> None:
    """A hard link where the file system has them; else a whole copy under a temporary name,
    renamed when complete (a half copy never passes for the kept vault)."""
    try:
        os.link(source, kept)
        return
    except OSError:
        pass
    partial = kept.with_name(kept.name + ".partial")
    shutil.copyfile(source, partial)
    os.chmod(partial, 0o600)
    _fsync_file(partial)
    os.replace(partial, kept)


def _free_suffix(directory: Path, database: str, at: dt.datetime) -> str:
    base = ".before-restore-" + at.strftime("%Y%m%dT%H%M%S")
    suffix, n = base, 1
    while any(
        (directory / name).exists() for name in (database + suffix, database + suffix + "-wal")
    ):
        n += 1
        suffix = f"{base}-{n}"
    return suffix


def _plain_name(value: object) -> str:
    """A journal names files in the profile only: no folders, no way out of it."""
    if not isinstance(value, str) or not value or "/" in value or "\\" in value or ".." in value:
        raise ValueError("bad name in restore journal")
    return value


def shred(path: Path) -> None:
    """Overwrite a file with zeros, sync, then remove it (best effort: a copy-on-write or
    flash disk may keep the old blocks; what we write there is ciphertext anyway)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            block = bytes(min(size, 1 << 20))
            left = size
            while left > 0:
                left -= handle.write(block[: min(left, len(block))])
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def shred_tree(folder: Path) -> None:
    """Shred every file in a staging folder, then remove it."""
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_symlink():
            path.unlink()  # never written through: it points outside the folder
        elif path.is_dir():
            path.rmdir()
        else:
            shred(path)
    folder.rmdir()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make renames in `path` durable; some systems (Windows) cannot open a folder: skip."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
