"""One device's sync with the team's server: enrol, pull and merge, push the outbox.

Order of a sync: pull (each batch applied and the cursor moved in one local
transaction), push the outbox in batches (a mutation is marked as sent, with
the exact content sent, before the request; a retry re-sends that content
under the same mutation id, so the server applies it once), and if the
server rejected some because their base was stale, pull again — the merge
rebases them — and push once more. Nothing here ever deletes local work to
make sync succeed.

Every touch of the vault goes through `db` (by default a plain call): the window
passes a function that runs it on the thread owning the vault's connection, and
runs the sync itself on a thread of its own, so waiting for the network never
holds up the vault. Each such call is one short local transaction.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from functools import partial
from typing import Any, TypeVar

import httpx

from sstdesk.domain.errors import DomainError
from sstdesk.sync import crypto, payload
from sstdesk.sync.merge import merge
from sstdesk.vault import audit
from sstdesk.vault.keys import new_recovery_code
from sstdesk.vault.repository import Repository
from sstdesk.vault.vault import Vault
from sstdesk.wire.schema import (
    API,
    MAX_BATCH,
    ChangesResponse,
    DeviceStatus,
    LoginResponse,
    MutationStatus,
    PendingDevices,
    PushResponse,
    TokenResponse,
)

AUDIT_KIND = "audit_log"  # a chunk of one laptop's audit events: append-only, never merged
AUDIT_CHUNK = 500

OFFLINE = (
    "Servern går inte att nå just nu. Allt sparas på datorn och skickas vid nästa synkronisering."
)


class SyncError(DomainError):
    """Sync could not be done now; the message says why and what to do."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code  # the server's refusal code, when it refused


class Offline(SyncError):
    pass


class SignInNeeded(SyncError):
    pass


class Revoked(SyncError):
    """The server has blocked this laptop: the vault is to be crypto-shredded."""


@dataclass(frozen=True)
class SyncResult:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    waiting: int = 0  # still in the outbox
    parked: int = 0  # changes the server will not take: kept here, shown, never blocking


# Called in the transaction that applied remote changes, with the students they touched:
# the services keep their caseload projection in step (sync sits below the services).
Applied = Callable[[Repository, Sequence[str]], None]

T = TypeVar("T")
DbRunner = Callable[[Callable[[], Any]], Any]


def direct(fn: Callable[[], T]) -> T:
    """The default `db` runner: the caller's thread owns the vault."""
    return fn()


class SyncClient:
    def __init__(
        self,
        vault: Vault,
        http: httpx.Client,
        *,
        on_applied: Applied | None = None,
        db: DbRunner = direct,
    ) -> None:
        self.vault = vault
        self.http = http
        self.on_applied = on_applied
        self.db = db
        self.new_recovery_code = ""
        self._token = ""

    # -- settings, kept in the (encrypted) vault ---------------------------------------------

    def _get(self, key: str) -> str:
        return self.db(lambda: self.vault.repo.meta(f"sync_{key}"))

    def _set(self, **values: str) -> None:
        def write() -> None:
            with self.vault.transaction() as repo:
                for key, value in values.items():
                    repo.set_meta(f"sync_{key}", value)

        self.db(write)

    def _audit(self, action: str, reason: str = "") -> None:
        self.db(lambda: self.vault.audit(action, reason=reason))

    @property
    def enrolled(self) -> bool:
        return self._get("tracking") == "on"

    @property
    def is_admin(self) -> bool:
        """May approve colleagues' laptops (the server decides; this only says whether to ask)."""
        return self._get("is_admin") == "1"

    # -- enrolment ------------------------------------------------------------------------

    def enrol(
        self, user: str, password: str, device_name: str, *, recovery_code: str = ""
    ) -> DeviceStatus:
        """Sign in; a new device waits for approval, an approved one gets the team key (or,
        the team's first admin device, makes it) and starts tracking its changes."""
        if not self._get("device_id"):
            private, public_key = crypto.new_device_keys()
            self._set(
                device_id=secrets.token_hex(16), device_private=private, device_public=public_key
            )
        answer = LoginResponse.model_validate(
            self._post(
                "/login",
                {
                    "user": user,
                    "password": password,
                    "device_id": self._get("device_id"),
                    "device_name": device_name,
                    "public_key": self._get("device_public"),
                },
                authorised=False,
            )
        )
        if answer.device_status is not DeviceStatus.APPROVED:
            return answer.device_status
        self._token = answer.token
        self._set(refresh=answer.refresh_token, user=user, is_admin="1" if answer.is_admin else "")
        if not self._get("team_key"):
            if answer.wrapped_team_key:
                team_key = crypto.open_team_key(
                    answer.wrapped_team_key, self._get("device_private")
                )
            elif recovery_code:
                blob = self._call("GET", "/team/recovery")["blob"]
                team_key = crypto.open_with_recovery(blob, recovery_code)
                self._audit("sync.team_key_recovered")
            elif answer.is_admin and not answer.team_has_key:
                team_key = crypto.new_team_key()
                sealed = crypto.seal_team_key(team_key, self._get("device_public"))
                self._post(
                    f"/devices/{self._get('device_id')}/approve", {"wrapped_team_key": sealed}
                )
                code = new_recovery_code()
                blob = crypto.seal_for_recovery(team_key, code)
                self._call("PUT", "/team/recovery", json={"blob": blob})
                self.new_recovery_code = code  # shown once, to be printed; never stored
            else:
                raise SyncError(
                    "Datorn är godkänd men har ännu inte fått teamnyckeln. Be teamets "
                    "administratör godkänna den i sstdesk, eller ange teamets återställningskod."
                )
            self._set(team_key=base64.b64encode(team_key).decode())
        self.db(lambda: self._start_tracking(answer.epoch))
        return answer.device_status

    def _start_tracking(self, epoch: str) -> None:
        """From now on every change is queued; what the vault already holds is queued too."""
        if self.vault.repo.meta("sync_tracking") == "on":
            return
        with self.vault.transaction() as repo:
            for kind in payload.KINDS:
                repo.conn.execute(
                    f"INSERT INTO sync_outbox (record_id, kind, mutation_id) "  # noqa: S608
                    f"SELECT id, '{kind}', lower(hex(randomblob(16))) FROM {kind}"
                )
            repo.set_meta("sync_tracking", "on")
            repo.set_meta("sync_epoch", epoch)
            repo.set_meta("sync_cursor", "0")
            self.vault.audit_in("sync.enrol")

    def pending_devices(self) -> PendingDevices:
        return PendingDevices.model_validate(self._call("GET", "/devices/pending"))

    def approve(self, device_id: str, device_public: str) -> None:
        """A team admin lets a colleague's laptop in, sealing the team key to it."""
        sealed = crypto.seal_team_key(self._team_key(), device_public)
        self._post(f"/devices/{device_id}/approve", {"wrapped_team_key": sealed})
        self._audit("sync.approve", reason=device_id)

    # -- sync -----------------------------------------------------------------------------

    def sync(self) -> SyncResult:
        if not self.enrolled:
            raise SyncError("Datorn är inte ansluten till teamets server.")
        pulled, conflicts = self.pull()
        pushed, rejected = self.push()
        if rejected:
            more, more_conflicts = self.pull()
            pulled, conflicts = pulled + more, conflicts + more_conflicts
            again, rejected = self.push()
            pushed += again
        self.push_audit()
        waiting, parked = self.db(
            lambda: self.vault.conn.execute(
                "SELECT count(*), count(*) FILTER (WHERE parked != '') FROM sync_outbox"
            ).fetchone()
        )
        self._set(last_synced=self.vault.clock().isoformat(timespec="seconds"))
        return SyncResult(pushed, rejected, pulled, conflicts, waiting, parked)

    def push(self) -> tuple[int, int]:
        pushed = rejected = 0
        team_key = self._team_key()
        key_id = crypto.key_id(team_key)
        size = MAX_BATCH
        while True:
            batch = self.db(partial(self._prepare_batch, size))
            if not batch:
                return pushed, rejected
            mutations = [
                {
                    "mutation_id": row["mutation_id"],
                    "record_id": row["record_id"],
                    "kind": row["kind"],
                    "base_version": row["base"],
                    "key_id": key_id,
                    "ciphertext": crypto.seal_record(
                        team_key, row["record_id"], row["kind"], row["sent"].encode()
                    ),
                    "deleted": row["sent"] == "null",
                }
                for row in batch
            ]
            try:
                answer = PushResponse.model_validate(
                    self._post("/push", {"epoch": self._get("epoch"), "mutations": mutations})
                )
            except SyncError as error:
                if error.code != "invalid":
                    raise
                if len(batch) > 1:
                    size = 1  # one by one, to find the change the server cannot take
                else:
                    reason = f"Servern tog inte emot ändringen: {error}"
                    self.db(partial(self._park, batch[0]["id"], reason))
                continue
            accepted = self.db(partial(self._settle, batch, answer))
            pushed += accepted
            rejected += len(batch) - accepted
            if accepted == 0:
                return pushed, rejected  # all stale: pull and merge first

    def _settle(self, batch: list[dict[str, Any]], answer: PushResponse) -> int:
        """The server's answer to one batch, in one transaction; returns how many it took."""
        accepted = 0
        with self.vault.transaction() as repo:
            conn = repo.conn
            for row, result in zip(batch, answer.results, strict=True):
                if result.status is MutationStatus.ACCEPTED:
                    accepted += 1
                    # A parked older version of the record is replaced by this one.
                    conn.execute(
                        "DELETE FROM sync_outbox WHERE id = ? OR (record_id = ? AND id < ? "
                        "AND parked != '')",
                        (row["id"], row["record_id"], row["id"]),
                    )
                    _set_base(conn, row["record_id"], row["kind"], result.version, row["sent"])
                else:
                    _rebase_later(conn, row["id"], row["record_id"])
        return accepted

    def push_audit(self) -> int:
        """Send this laptop's new audit events to the team, sealed, in fixed chunks: a chunk
        once made keeps its events and mutation id until the server has it."""
        sent = 0
        team_key = self._team_key()
        device = self._get("device_id")
        while (chunk := self.db(self._audit_chunk)) is not None:
            first, last, mutation_id, events = chunk
            record_id = f"{device}-a{first}-{last}"
            content = payload.dumps({"events": [astuple(e) for e in events]})
            mutation = {
                "mutation_id": mutation_id,
                "record_id": record_id,
                "kind": AUDIT_KIND,
                "base_version": 0,
                "key_id": crypto.key_id(team_key),
                "ciphertext": crypto.seal_record(team_key, record_id, AUDIT_KIND, content),
            }
            self._post("/push", {"epoch": self._get("epoch"), "mutations": [mutation]})
            # Accepted, or rejected because the server already holds this very chunk (sent
            # again after a restore): either way the team has these events.
            self._set(audit_sent=str(last), audit_chunk="")
            sent += len(events)
        return sent

    def _audit_chunk(self) -> tuple[int, int, str, list[audit.AuditEvent]] | None:
        repo = self.vault.repo
        if fixed := repo.meta("sync_audit_chunk"):
            first_text, last_text, mutation_id = fixed.split(":")
            first, last = int(first_text), int(last_text)
        else:
            done = int(repo.meta("sync_audit_sent") or 0)
            newest = repo.conn.execute("SELECT coalesce(max(seq), 0) FROM audit_events")
            last = min(newest.fetchone()[0], done + AUDIT_CHUNK)
            if last <= done:
                return None
            first, mutation_id = done + 1, secrets.token_hex(16)
            with self.vault.transaction() as tx:
                tx.set_meta("sync_audit_chunk", f"{first}:{last}:{mutation_id}")
        return first, last, mutation_id, audit.since(repo.conn, first, last)

    def _park(self, row_id: int, reason: str) -> None:
        """A change the server refuses for good stays here, shown, and stops blocking."""
        with self.vault.transaction() as repo:
            repo.conn.execute(
                "UPDATE sync_outbox SET parked = ? WHERE id = ?", (reason or "avvisad", row_id)
            )
            self.vault.audit_in("sync.parked")

    def _prepare_batch(self, size: int = MAX_BATCH) -> list[dict[str, Any]]:
        """The next outbox rows, each fixed to the content and base it is sent with."""
        with self.vault.transaction() as repo:
            conn = repo.conn
            rows = conn.execute(
                "SELECT id, record_id, kind, mutation_id, attempted, sent, sent_base FROM "
                "sync_outbox WHERE parked = '' ORDER BY id LIMIT ?",
                (size,),
            ).fetchall()
            batch = []
            for row_id, record_id, kind, mutation_id, attempted, sent, sent_base in rows:
                if not attempted:
                    content = payload.read(conn, kind, record_id)
                    sent = payload.dumps(content).decode()
                    sent_base = _base_version(conn, record_id)
                    conn.execute(
                        "UPDATE sync_outbox SET attempted = 1, sent = ?, sent_base = ? "
                        "WHERE id = ?",
                        (sent, sent_base, row_id),
                    )
                batch.append(
                    {
                        "id": row_id,
                        "record_id": record_id,
                        "kind": kind,
                        "mutation_id": mutation_id,
                        "sent": sent,
                        "base": sent_base,
                    }
                )
            return batch

    def pull(self) -> tuple[int, int]:
        pulled = conflicts = 0
        team_key = self._team_key()
        while True:
            cursor = int(self._get("cursor") or 0)
            try:
                page = ChangesResponse.model_validate(
                    self._call("GET", "/changes", params={"since": cursor})
                )
            except _Behind:
                self.db(self._server_forgot)
                continue
            if self._get("epoch") and page.epoch != self._get("epoch"):
                self.db(partial(self._server_forgot, page.epoch))
                continue
            if not page.changes:
                return pulled, conflicts
            found = self.db(partial(self._apply, page, team_key))
            pulled += len(page.changes)
            conflicts += found
            if not page.more:
                return pulled, conflicts

    def _apply(self, page: ChangesResponse, team_key: bytes) -> int:
        """One page in one transaction: merged into the vault, cursor moved, audited."""
        found = 0
        now = self.vault.clock().isoformat(timespec="seconds")
        touched: set[str] = set()
        with self.vault.transaction() as repo:
            conn = repo.conn
            conn.execute("PRAGMA defer_foreign_keys = ON")
            repo.set_meta("sync_applying", "1")
            own_device = repo.meta("sync_device_id")
            for change in page.changes:  # in seq order, as the server serves them
                if change.kind == AUDIT_KIND:
                    if change.device_id != own_device:
                        plain = crypto.open_record(
                            team_key, change.record_id, change.kind, change.ciphertext
                        )
                        rows = json.loads(plain)["events"]
                        audit.receive(conn, [audit.AuditEvent(*row) for row in rows])
                    continue
                if _base_version(conn, change.record_id) >= change.version:
                    continue  # ours, coming back; or seen before
                plain = crypto.open_record(
                    team_key, change.record_id, change.kind, change.ciphertext
                )
                theirs = None if change.deleted else payload.loads(plain)
                base_row = conn.execute(
                    "SELECT content FROM sync_base WHERE record_id = ?", (change.record_id,)
                ).fetchone()
                base = json.loads(base_row[0]) if base_row else None
                pending = conn.execute(
                    "SELECT 1 FROM sync_outbox WHERE record_id = ?", (change.record_id,)
                ).fetchone()
                mine = payload.read(conn, change.kind, change.record_id)
                if pending and mine is not None and theirs is not None:
                    merged, clashes = merge(change.kind, base, mine, theirs)
                    for clash in clashes:
                        conn.execute(
                            _CONFLICT,
                            (
                                change.record_id,
                                change.kind,
                                clash.field,
                                json.dumps(clash.mine, ensure_ascii=False),
                                json.dumps(clash.theirs, ensure_ascii=False),
                                change.device_id,
                                change.version,
                                now,
                            ),
                        )
                    found += len(clashes)
                    if merged != mine:
                        payload.write(conn, change.kind, merged)
                        touched.update(payload.student_ids(conn, change.kind, merged))
                elif pending and mine is not None:  # deleted there, changed here: kept
                    found += 1
                    conn.execute(
                        _CONFLICT,
                        (
                            change.record_id,
                            change.kind,
                            "*",
                            "",
                            "null",
                            change.device_id,
                            change.version,
                            now,
                        ),
                    )
                elif theirs is None:
                    if mine is not None:
                        touched.update(payload.student_ids(conn, change.kind, mine))
                    payload.remove(conn, change.kind, change.record_id)
                elif theirs != mine:
                    payload.write(conn, change.kind, theirs)
                    touched.update(payload.student_ids(conn, change.kind, theirs))
                # else: held already (a resend, a restore): applying again changes nothing, so
                # a signed note, which may never be updated, is not written again.
                _set_base(
                    conn,
                    change.record_id,
                    change.kind,
                    change.version,
                    payload.dumps(theirs).decode(),
                )
            repo.set_meta("sync_applying", "0")
            repo.set_meta("sync_cursor", str(page.next_since))
            repo.set_meta("sync_epoch", page.epoch)
            if self.on_applied is not None:
                self.on_applied(repo, sorted(touched))
            for student_id in sorted(touched):
                repo.reindex_student(student_id)
                self.vault.audit_in("sync.receive", student_id=student_id)
        return found

    def _server_forgot(self, epoch: str = "") -> None:
        """The server was restored from a backup: read everything again from the start, and
        queue every local record so that what the server lost is sent again."""
        with self.vault.transaction() as repo:
            conn = repo.conn
            conn.execute("DELETE FROM sync_base")
            # What is queued is read and sent anew, so under new mutation ids: an id once
            # sent stands for that content, and a restored server may still remember it.
            conn.execute(
                "UPDATE sync_outbox SET attempted = 0, sent = NULL, sent_base = NULL, "
                "mutation_id = lower(hex(randomblob(16)))"
            )
            for kind in payload.KINDS:
                conn.execute(
                    f"INSERT INTO sync_outbox (record_id, kind, mutation_id) "  # noqa: S608
                    f"SELECT id, '{kind}', lower(hex(randomblob(16))) FROM {kind} "
                    f"WHERE id NOT IN (SELECT record_id FROM sync_outbox)"
                )
            repo.set_meta("sync_cursor", "0")
            repo.set_meta("sync_epoch", epoch)
            repo.set_meta("sync_audit_sent", "0")  # the team's copy of the log is sent again
            repo.set_meta("sync_audit_chunk", "")
            self.vault.audit_in("sync.server_restored")

    # -- HTTP -----------------------------------------------------------------------------

    def _team_key(self) -> bytes:
        return base64.b64decode(self._get("team_key"))

    def _post(self, path: str, body: dict[str, Any], *, authorised: bool = True) -> Any:
        return self._call("POST", path, json=body, authorised=authorised)

    def _call(self, method: str, path: str, *, authorised: bool = True, **kwargs: Any) -> Any:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._access()}"} if authorised else {}
            try:
                response = self.http.request(method, API + path, headers=headers, **kwargs)
            except httpx.TransportError as error:
                raise Offline(OFFLINE) from error
            if response.status_code < 300:
                return response.json()
            refusal = _refusal(response)
            if refusal.get("code") == "revoked":
                raise Revoked(refusal.get("message", "Datorn är spärrad."))
            if refusal.get("code") == "behind":
                raise _Behind()
            if response.status_code == 401 and authorised and attempt == 1:
                self._token = ""
                continue
            raise SyncError(
                refusal.get("message") or f"Servern svarade {response.status_code}.",
                code=str(refusal.get("code", "")),
            )
        raise SignInNeeded("Logga in igen för att synkronisera.")

    def _access(self) -> str:
        if self._token:
            return self._token
        refresh = self._get("refresh")
        if not refresh:
            raise SignInNeeded("Logga in igen för att synkronisera.")
        try:
            response = self.http.post(
                f"{API}/token", json={"device_id": self._get("device_id"), "refresh_token": refresh}
            )
        except httpx.TransportError as error:
            raise Offline(OFFLINE) from error
        if response.status_code == 403:
            raise Revoked(_refusal(response).get("message", "Datorn är spärrad."))
        if response.status_code != 200:
            self._set(refresh="")
            raise SignInNeeded("Logga in igen för att synkronisera.")
        answer = TokenResponse.model_validate(response.json())
        self._set(refresh=answer.refresh_token)
        self._token = answer.token
        return self._token


_CONFLICT = (
    "INSERT INTO sync_conflicts (record_id, kind, field, mine, theirs, their_device, "
    "their_version, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Behind(Exception):
    pass


def _refusal(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _base_version(conn: Any, record_id: str) -> int:
    row = conn.execute("SELECT version FROM sync_base WHERE record_id = ?", (record_id,)).fetchone()
    return int(row[0]) if row else 0


def _set_base(conn: Any, record_id: str, kind: str, version: int, content: str) -> None:
    conn.execute(
        "INSERT INTO sync_base (record_id, kind, version, content, deleted) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET version = excluded.version, "
        "content = excluded.content, deleted = excluded.deleted",
        (record_id, kind, version, content, int(content == "null")),
    )


def _rebase_later(conn: Any, row_id: int, record_id: str) -> None:
    """A rejected mutation: sent again after the next pull has merged it, under a new id
    (its content will differ); if a newer queued change of the record exists, that one
    carries the record and this one goes."""
    newer = conn.execute(
        "SELECT 1 FROM sync_outbox WHERE record_id = ? AND id > ?", (record_id, row_id)
    ).fetchone()
    if newer:
        conn.execute("DELETE FROM sync_outbox WHERE id = ?", (row_id,))
    else:
        conn.execute(
            "UPDATE sync_outbox SET attempted = 0, sent = NULL, sent_base = NULL, "
            "mutation_id = lower(hex(randomblob(16))) WHERE id = ?",
            (row_id,),
        )
