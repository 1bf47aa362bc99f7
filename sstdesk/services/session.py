"""The vault's life as the window sees it: there or not, made, unlocked, recovered, set
aside, and what a raw error from below means. Layer: services.

The window reaches the vault only through here and the other services (import-linter
holds `ui` away from `vault`); each call runs on the db thread like every other.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import vault as vault_store
from sstdesk.vault.connection import DatabaseError, IntegrityError
from sstdesk.vault.errors import (
    ProfileInUse,
    VaultDamaged,
    VaultError,
    from_database_error,
    from_os_error,
)
from sstdesk.vault.profile_lock import ProfileLock
from sstdesk.vault.vault import DB_NAME, Vault

__all__ = [
    "OpenVault",
    "ProfileInUse",
    "ProfileLock",
    "VaultDamaged",
    "VaultError",
    "check_files",
    "create",
    "exists",
    "known",
    "open_demo",
    "recover",
    "start_over",
    "unlock",
]

OpenVault = Vault  # what the window holds while unlocked, to hand to the services


def exists(profile: Path) -> bool:
    return vault_store.exists(profile)


def check_files(profile: Path) -> None:
    """A missing or empty file said before any passphrase is typed (VaultError)."""
    vault_store.check_files(profile)


def create(profile: Path, *, user: str, passphrase: str, district: str) -> tuple[Vault, str]:
    """A new vault, and its recovery code (shown once)."""
    return Vault.create(profile, passphrase=passphrase, user=user, district=district)


def open_demo(profile: Path, *, passphrase: str) -> Vault:
    from sstdesk.services.demo import create_demo  # with its documents: not at every start

    service, _code, _count = create_demo(profile, passphrase=passphrase, today=dt.date.today())
    return service.vault


def unlock(profile: Path, *, passphrase: str) -> Vault:
    """Opened; the whole-file check is left to `Vault.check_pages`, after the first paint."""
    return Vault.unlock(profile, passphrase=passphrase, check_pages=False)


def recover(profile: Path, *, recovery_code: str, new_passphrase: str) -> tuple[Vault, str]:
    """Opened with the recovery code; a new passphrase set and a new code made."""
    return Vault.recover(profile, recovery_code=recovery_code, new_passphrase=new_passphrase)


def start_over(profile: Path, *, confirm: str) -> Path:
    """The unreadable files set aside (never deleted); where they are now."""
    return vault_store.start_over(profile, confirm=confirm)


def services(vault: Vault) -> CaseloadService:
    return CaseloadService(vault)


def known(error: BaseException, profile: Path) -> BaseException:
    """A raw database or file error as what it means: a full disk, a read-only profile,
    damage. Anything else as it came."""
    if isinstance(error, DatabaseError) and not isinstance(error, IntegrityError):
        return from_database_error(error, profile / DB_NAME)
    if isinstance(error, OSError):
        return from_os_error(error, profile)
    return error
