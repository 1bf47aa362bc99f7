"""Sync as the window and the command line use it. Layer: services.

Wraps the sync engine so that remote changes keep the caseload projection in
step, and lists and resolves the conflicts a person must decide on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Student
from sstdesk.domain.phrase import Phrase
from sstdesk.services import duplicates, projection
from sstdesk.services.caseload import CaseloadService
from sstdesk.sync import apply, crypto, payload
from sstdesk.sync.apply import REASONS
from sstdesk.sync.engine import (
    DbRunner,
    NotHandedOver,
    Offline,
    Revoked,
    SyncClient,
    SyncError,
    SyncResult,
    direct,
)
from sstdesk.sync.transport import connect
from sstdesk.vault.repository import Repository
from sstdesk.vault.vault import Vault

if TYPE_CHECKING:
    import httpx  # the window starts without it: imported where sync connects

# What the window needs of the engine, so that it never imports the engine itself.
__all__ = [
    "Conflict",
    "KeptAside",
    "NotHandedOver",
    "Offline",
    "Parked",
    "Revoked",
    "SyncError",
    "SyncResult",
    "SyncService",
    "connect",
    "safety_code",
    "shred",
]


def _refresh(repo: Repository, student_ids: Sequence[str]) -> None:
    existing = [
        sid
        for sid in student_ids
        if repo.conn.execute("SELECT 1 FROM students WHERE id = ?", (sid,)).fetchone()
    ]
    projection.refresh(repo, existing)


@dataclass(frozen=True)
class Conflict:
    id: int
    record_id: str
    kind: str
    field: str
    mine: Any
    theirs: Any
    their_device: str
    their_version: int
    found_at: str


@dataclass(frozen=True)
class Parked:
    """A change the server would not take: kept on this laptop until sent or replaced."""

    id: int
    kind: str
    record_id: str
    reason: str  # the server's words
    student: str  # whose record, named on this laptop's screen only


@dataclass(frozen=True)
class KeptAside:
    """A change from the team this laptop could not use: kept as it came, never blocking."""

    id: int
    kind: str
    device: str  # the laptop it came from, by name when known
    reason: str  # in words
    found_at: str


class SyncService:
    def __init__(
        self, caseload: CaseloadService, http: httpx.Client, *, db: DbRunner | None = None
    ) -> None:
        self.caseload = caseload
        self.vault = caseload.vault
        self.client = SyncClient(caseload.vault, http, on_applied=_refresh, db=db or direct)

    def conflicts(self) -> list[Conflict]:
        rows = self.vault.conn.execute(
            "SELECT id, record_id, kind, field, mine, theirs, their_device, their_version, "
            "found_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"
        ).fetchall()
        return [
            Conflict(r[0], r[1], r[2], r[3], _loads(r[4]), _loads(r[5]), r[6], r[7], r[8])
            for r in rows
        ]

    def resolve(self, conflict_id: int, *, keep: str, value: Any = None) -> None:
        """keep "mine", "theirs", or "merged" with `value`: the record is changed here and
        the choice syncs like any change."""
        row = self.vault.conn.execute(
            "SELECT record_id, kind, field, mine, theirs FROM sync_conflicts "
            "WHERE id = ? AND resolved_at IS NULL",
            (conflict_id,),
        ).fetchone()
        if row is None:
            raise DomainError(Phrase("Konflikten är redan löst."))
        record_id, kind, field, mine, theirs = row
        chosen = {"mine": _loads(mine), "theirs": _loads(theirs), "merged": value}[keep]
        with self.vault.transaction() as repo:
            content = payload.read(repo.conn, kind, record_id)
            if field == "*":  # deleted elsewhere, kept here
                if keep == "theirs" and content is not None:
                    if apply.holds_signed_notes(repo.conn, kind, record_id):
                        raise DomainError(
                            Phrase(
                                "Posten har signerade journalanteckningar, och de tas aldrig "
                                "bort. Behåll din version."
                            )
                        )
                    payload.remove(repo.conn, kind, record_id)
            elif content is not None and content.get(field) != chosen:
                if kind == "journal_notes" and content.get("status") == "signed":
                    raise DomainError(
                        Phrase(
                            "Anteckningen är signerad och kan inte ändras. Behåll den signerade "
                            "texten, och skriv en rättelse om den andra texten ska med."
                        )
                    )
                content[field] = chosen
                payload.write(repo.conn, kind, content)
            if content is not None:
                ids = payload.student_ids(repo.conn, kind, content)
                _refresh(repo, ids)
                for student_id in ids:
                    repo.reindex_student(student_id)
                    self.vault.audit_in("sync.resolve", student_id=student_id, reason=keep)
            repo.conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?",
                (self.vault.clock().isoformat(timespec="seconds"), conflict_id),
            )

    def kept_aside(self) -> list[KeptAside]:
        conn = self.vault.conn
        names = json.loads(self.vault.repo.meta("sync_device_names") or "{}")
        rows = conn.execute(
            "SELECT id, kind, device_id, reason, found_at FROM sync_quarantine ORDER BY id"
        ).fetchall()
        return [
            KeptAside(row_id, kind, names.get(device, device[:8]), REASONS.get(reason, reason), at)
            for row_id, kind, device, reason, at in rows
        ]

    def dismiss_kept(self, kept_ids: Sequence[int] | None = None) -> int:
        """The person has seen these changes kept aside (every one, with the count of those
        not kept, when `kept_ids` is None) and lets them go: no longer kept, nor shown,
        nor tried again. Audited, with how many; returns that."""
        with self.vault.transaction() as repo:
            conn = repo.conn
            if kept_ids is None:
                count = conn.execute("DELETE FROM sync_quarantine").rowcount
                count += sum(apply.dropped(conn).values())
                conn.execute("DELETE FROM meta WHERE key = ?", (apply.DROPPED_META,))
            else:
                count = sum(
                    conn.execute("DELETE FROM sync_quarantine WHERE id = ?", (i,)).rowcount
                    for i in kept_ids
                )
            if count:
                self.vault.audit_in("sync.kept_dismissed", reason=str(count))
        return count

    def dropped(self) -> dict[str, int]:
        """Per laptop (by name when known), changes past the most kept from one laptop:
        counted, not kept."""
        names = json.loads(self.vault.repo.meta("sync_device_names") or "{}")
        return {names.get(d, d[:8]): n for d, n in apply.dropped(self.vault.conn).items()}

    def team_reports(self) -> dict[str, int]:
        """Colleagues' laptops that kept a change aside, and how many (their audit events,
        synced here): for the team admin to look into."""
        rows = self.vault.conn.execute(
            "SELECT device, count(*) FROM team_audit_events WHERE action = 'sync.kept_aside' "
            "GROUP BY device ORDER BY device"
        ).fetchall()
        return dict(rows)

    def duplicates(self) -> list[duplicates.Duplicate]:
        """Children registered on two laptops before either synced: one to merge each."""
        return duplicates.find(self.vault.repo)

    def merge_duplicate(self, personnummer: str) -> Student:
        return duplicates.merge(self.caseload, personnummer)

    def parked(self) -> list[Parked]:
        conn = self.vault.conn
        rows = conn.execute(
            "SELECT id, kind, record_id, parked FROM sync_outbox WHERE parked != '' ORDER BY id"
        ).fetchall()
        found = []
        for row_id, kind, record_id, reason in rows:
            content = payload.read(conn, kind, record_id)
            names = [
                " ".join(name)
                for sid in (payload.student_ids(conn, kind, content) if content else [])
                for name in conn.execute(
                    "SELECT first_name, last_name FROM students WHERE id = ?", (sid,)
                )
            ]
            found.append(Parked(row_id, kind, record_id, reason, ", ".join(names)))
        return found

    def retry_parked(self, parked_id: int) -> None:
        """Send a parked change again at the next sync (say, once IT has raised a limit)."""
        with self.vault.transaction() as repo:
            repo.conn.execute(
                "UPDATE sync_outbox SET parked = '', attempted = 0, sent = NULL, "
                "sent_base = NULL, mutation_id = lower(hex(randomblob(16))) WHERE id = ?",
                (parked_id,),
            )
            self.vault.audit_in("sync.retry")


def safety_code(vault: Vault) -> str:
    """The code a pending laptop shows, for the team admin to type when approving it."""
    public_key = vault.repo.meta("sync_device_public")
    return crypto.safety_code(public_key) if public_key else ""


def _loads(text: str) -> Any:
    return json.loads(text) if text else None


def shred(profile: Path) -> None:
    """Crypto-shred a revoked laptop's vault: the key file first (without it the database
    is noise), then the database and its side files."""
    from sstdesk.vault.vault import DB_NAME, KEY_NAME

    for name in (KEY_NAME, f"{KEY_NAME}.old", DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        (profile / name).unlink(missing_ok=True)
    for backup in profile.glob(f"{DB_NAME}.pre-v*"):
        backup.unlink(missing_ok=True)
