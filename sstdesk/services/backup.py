"""Backups as the person asks for them, the automatic one, and restoring. Layer: services.

The mechanism (format, snapshot, checks, the swap) is sstdesk.vault.backup; this module
holds the policy.

When the automatic backup runs: at every lock and at closing the window (auto-lock
included), if a backup folder is set and this vault's newest backup in it is a day old
or more, or there is none. At lock the person is leaving, the vault is still open, and
nobody waits on it; once a day bounds what a lost laptop takes with it to a day's work
without a copy at every coffee break. A backup made by hand into the same folder counts.
A folder that is not there (the stick is at home) skips it, with a note to show, and it
is tried again at the next lock. After a checked automatic backup, the folder keeps this
vault's newest `backup_keep` automatic backups; a backup made by hand is never removed.

Threading: everything here runs on the vault's (db) thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sstdesk.services.caseload import CaseloadService
from sstdesk.settings import Settings
from sstdesk.vault import backup as mechanism
from sstdesk.vault.backup import (
    AUTO,
    MANUAL,
    BackupError,
    BackupReport,
    RestoreReport,
)
from sstdesk.vault.vault import exists as vault_exists

AUTO_INTERVAL = dt.timedelta(days=1)

__all__ = [
    "AUTO_INTERVAL",
    "AutoBackup",
    "BackupError",
    "BackupInfo",
    "BackupReport",
    "BackupService",
    "RestoreReport",
    "has_vault",
    "inspect",
    "restore",
]


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says of itself: enough to choose it, nothing about anyone."""

    path: Path
    created: dt.datetime
    size: int
    automatic: bool


@dataclass(frozen=True)
class AutoBackup:
    report: BackupReport | None  # the backup made, or None
    note: str = ""  # why none was made when one was due (Swedish), else ""
    removed: tuple[Path, ...] = ()  # older automatic backups the folder no longer keeps


class BackupService:
    def __init__(self, caseload: CaseloadService) -> None:
        self.vault = caseload.vault

    def back_up(self, folder: Path, *, passphrase: str | None = None) -> BackupReport:
        """A backup by hand, opened with `passphrase` to check it (as a restore would)."""
        return mechanism.write_backup(self.vault, folder, kind=MANUAL, passphrase=passphrase)

    def backups(self, folder: Path) -> list[BackupInfo]:
        """This vault's backups in `folder`, oldest first."""
        vault_id = self.vault.repo.meta("vault_id")
        return [
            BackupInfo(path, m.created, path.stat().st_size, m.kind == AUTO)
            for path, m in mechanism.list_backups(folder, vault_id)
        ]

    def auto_backup_due(self, folder: Path) -> bool:
        found = self.backups(folder)
        if not found:
            return True
        age = self.vault.clock() - found[-1].created
        # A newest backup "from the future" means the clock was wrong then or is now.
        return not dt.timedelta(0) <= age < AUTO_INTERVAL

    def auto_backup(self, settings: Settings) -> AutoBackup:
        """At lock: a backup into the settings' folder if one is due (see the module)."""
        if not settings.backup_folder:
            return AutoBackup(None)
        folder = Path(settings.backup_folder).expanduser()
        if not folder.is_dir():
            return AutoBackup(
                None,
                note=f"Ingen automatisk säkerhetskopia: mappen {folder} finns inte (är "
                "USB-minnet anslutet?). Det görs ett nytt försök nästa gång du låser.",
            )
        if not self.auto_backup_due(folder):
            return AutoBackup(None)
        report = mechanism.write_backup(self.vault, folder, kind=AUTO)
        removed = mechanism.prune(
            folder, self.vault.repo.meta("vault_id"), keep=settings.backup_keep
        )
        return AutoBackup(report, removed=tuple(removed))


def inspect(path: Path) -> BackupInfo:
    """A backup file's manifest (BackupError if it is not one); reads no personal data."""
    manifest = mechanism.read_manifest(path)
    return BackupInfo(path, manifest.created, path.stat().st_size, manifest.kind == AUTO)


def has_vault(profile: Path) -> bool:
    return vault_exists(profile)


def restore(
    path: Path,
    profile: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    new_passphrase: str | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> RestoreReport:
    """Restore `path` into `profile` after checking it; the vault there is kept beside it.

    With the recovery code, `new_passphrase` becomes the passphrase of the restored vault.
    The profile's vault must be locked (closed) first.
    """
    now = (clock or _now)()
    return mechanism.restore_backup(
        path,
        profile,
        passphrase=passphrase,
        recovery_code=recovery_code,
        new_passphrase=new_passphrase,
        at=now,
    )


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()
