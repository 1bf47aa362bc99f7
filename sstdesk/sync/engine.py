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
import hashlib
import json
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from sstdesk.domain.phrase import Phrase
from sstdesk.sync import apply, crypto, payload, trust
from sstdesk.sync.api import (
    DAMAGED,
    OFFLINE,
    UNEXPECTED,
    Api,
    Behind,
    Offline,
    Revoked,
    SignInNeeded,
    SyncError,
)
from sstdesk.sync.apply import AUDIT_KIND
from sstdesk.vault import audit
from sstdesk.vault.errors import VaultError
from sstdesk.vault.keys import new_recovery_code
from sstdesk.vault.repository import Repository
from sstdesk.vault.vault import Vault
from sstdesk.wire.schema import (
    MAX_BATCH,
    AuditHead,
    ChangesResponse,
    DeviceStatus,
    KeyRing,
    LoginRequest,
    LoginResponse,
    MutationStatus,
    PendingDevices,
    PushResponse,
    SealedList,
    TeamDevice,
    TeamDevices,
)

if TYPE_CHECKING:
    import httpx  # the window starts without it: imported where sync connects

__all__ = [
    "OFFLINE",
    "NotHandedOver",
    "Offline",
    "Revoked",
    "SignInNeeded",
    "SyncClient",
    "SyncError",
]

log = logging.getLogger("sstdesk.sync")

AUDIT_CHUNK = 500
_FAREWELL = "farewell"  # held back within a revoked laptop's hand-over
MAX_RESTARTS = 3  # re-reads from the start in one pull (the server restored meanwhile)
FAREWELL_ROUNDS = 4  # tries of a revoked laptop's change refused as stale each time


class NotHandedOver(SyncError):
    """Revoked, but not all of this laptop's work reached the team: the vault is kept (the
    laptop is never crypto-shredded while it holds what only it has)."""


def _not_handed_over(left: int) -> str:
    return (
        "Den här datorn är spärrad från teamets server, men allt på den har inte kunnat "
        f"lämnas över till teamet ({left} ändringar och logghändelser kvar). Valvet raderas "
        "inte: det finns kvar på datorn, och överlämningen görs om vid nästa "
        "synkronisering. Kontakta IT om det inte går."
    )


@dataclass(frozen=True)
class SyncResult:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    waiting: int = 0  # still in the outbox
    parked: int = 0  # changes the server will not take: kept here, shown, never blocking
    kept_aside: int = 0  # changes from the team this laptop could not use: kept, shown


# Called in the transaction that applied remote changes, with the students they touched:
# the services keep their caseload projection in step (sync sits below the services).
Applied = Callable[[Repository, Sequence[str]], None]

T = TypeVar("T")
DbRunner = Callable[[Callable[[], Any]], Any]
Send = Callable[[dict[str, Any]], PushResponse]


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
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.vault = vault
        self.on_applied = on_applied
        self.db = db
        self.new_recovery_code = ""
        self.rotation_due = False  # the server asks an admin's laptop for a new team key
        self.api = Api(http, self._get, self._set, sleep=sleep)

    @property
    def http(self) -> httpx.Client:
        return self.api.http

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
        self,
        user: str,
        password: str,
        device_name: str,
        *,
        recovery_code: str = "",
        team_code: str = "",
    ) -> DeviceStatus:
        """Sign in; a new device waits for approval, an approved one gets the team key (or,
        the team's first admin device, makes it) and starts tracking its changes."""
        if not self._get("device_id"):
            private, public_key = crypto.new_device_keys()
            signing, signing_public = crypto.new_signing_keys()
            self._set(
                device_id=secrets.token_hex(16),
                device_private=private,
                device_public=public_key,
                signing_private=signing,
                signing_public=signing_public,
            )
        request = LoginRequest.model_construct(
            user=user,
            password=password,
            device_id=self._get("device_id"),
            device_name=device_name,
            public_key=self._get("device_public"),
            signing_key=self._get("signing_public"),
            nonce="",
            proof="",
        )
        try:
            answer = self._login(request)
        except SyncError as error:
            if error.code != "proof_needed" or not self._get("signing_private"):
                raise
            # The device proves it is itself: its key signs the server's nonce.
            asked = request.model_copy(update={"nonce": error.nonce})
            proof = crypto.sign(self._get("signing_private"), asked.signed_part())
            answer = self._login(asked.model_copy(update={"proof": proof}))
        if answer.device_status is not DeviceStatus.APPROVED:
            return answer.device_status
        self.api.token = answer.token
        self._set(
            refresh=answer.refresh_token,
            user=user,
            is_admin="1" if answer.is_admin else "",
            team_id=answer.team_id,
        )
        if not self._get("team_key"):
            made = self._get("made_ring")  # this laptop made the team key; not yet done
            if answer.wrapped_team_key:
                data = crypto.open_for_device(answer.wrapped_team_key, self._get("device_private"))
                ring = crypto.load_ring(data)
                # Only a ring from a laptop holding the team key gives the admin's code.
                expected = crypto.team_code(ring.current_key, self._get("device_public"))
                if made and base64.b64decode(made) == data:
                    ring = self._finish_first_key(ring)
                elif not crypto.same_code(team_code, expected):
                    raise SyncError(
                        "Datorn är godkänd. Skriv teamkoden som visas på administratörens "
                        "skärm för att ta emot teamets nyckel."
                        if not team_code
                        else "Teamkoden stämmer inte. Kontrollera koden på administratörens "
                        "skärm; stämmer den ändå inte, kontakta IT – då kan nyckeln komma "
                        "från någon annan än teamet.",
                        code="team_code",
                    )
            elif recovery_code:
                blob = self._call("GET", "/team/recovery")["blob"]
                ring = crypto.load_ring(crypto.open_with_recovery(blob, recovery_code))
                self._audit("sync.team_key_recovered")
            elif answer.is_admin and not answer.team_has_key:
                first = crypto.KeyRing.first(crypto.new_team_key())
                own = {self._get("device_id"): self._get("device_public")}
                ring = crypto.KeyRing(first.current, first.keys, admins=own)
                # Kept until done, so that an answer lost on the way never strands the team
                # key this laptop made (nor the recovery code it is to show).
                self._set(made_ring=base64.b64encode(ring.dumps()).decode())
                sealed = crypto.seal_for_device(ring.dumps(), self._get("device_public"))
                self._post(
                    f"/devices/{self._get('device_id')}/approve", {"wrapped_team_key": sealed}
                )
                ring = self._finish_first_key(ring)
            else:
                raise SyncError(
                    Phrase(
                        "Datorn är godkänd men har ännu inte fått teamnyckeln. Be teamets "
                        "administratör godkänna den i sstdesk, eller ange teamets "
                        "återställningskod."
                    )
                )
            self.db(partial(self._hold, ring))
        self.db(lambda: self._start_tracking(answer.epoch))
        return answer.device_status

    def _login(self, request: LoginRequest) -> LoginResponse:
        return self._call(
            "POST", "/login", LoginResponse, authorised=False, json=request.model_dump()
        )

    def _finish_first_key(self, ring: crypto.KeyRing) -> crypto.KeyRing:
        """The team's first key is the server's now: its recovery paper, once (the same
        sealed copy again if the last answer was lost), then the code is shown."""
        code, blob = self._get("made_code"), self._get("made_blob")
        if not code:
            code = new_recovery_code()
            blob = crypto.seal_for_recovery(ring.dumps(), code)
            self._set(made_code=code, made_blob=blob)
        self._call("PUT", "/team/recovery", json={"blob": blob})
        self.new_recovery_code = code  # shown once, to be printed; then forgotten here
        self._set(made_ring="", made_code="", made_blob="")
        return ring

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
        return self._call("GET", "/devices/pending", PendingDevices)

    def team_devices(self) -> TeamDevices:
        return self._call("GET", "/devices", TeamDevices)

    def send_statistics(self, period: str, blob: str) -> None:
        """A team's counts for a school year, sealed to the statistician, to the server."""
        self._call("PUT", "/statistics/sealed", json={"period": period, "blob": blob})

    def sealed_statistics(self, period: str) -> SealedList:
        """Every team's sealed counts for a school year (the statistician's laptop only)."""
        return self._call("GET", "/statistics/sealed", SealedList, params={"period": period})

    @property
    def safety_code(self) -> str:
        """This laptop's code, for the admin to type when approving it."""
        public_key = self._get("device_public")
        return crypto.safety_code(public_key) if public_key else ""

    def approve(self, device_id: str, device_public: str, typed_code: str) -> str:
        """A team admin lets a colleague's laptop in, sealing the team key to it, once the
        code typed from the colleague's screen matches the key the server lists. Returns
        the team code to show, for the colleague to type on the new laptop."""
        if not crypto.same_code(typed_code, crypto.safety_code(device_public)):
            self._audit("sync.approve_refused", reason=device_id)
            raise SyncError(
                Phrase(
                    "Säkerhetskoden stämmer inte med den datorn som väntar. Godkänn inte datorn: "
                    "kontrollera koden på kollegans skärm, och kontakta IT om den ändå inte "
                    "stämmer."
                )
            )
        held = self.db(self._ring)
        # With the admin laptops whose hand a later ring may come from: this one and those
        # it vouches for (the team code typed there proves the ring came from the team).
        ring = crypto.KeyRing(
            held.current, held.keys, held.retired, self._admins(self.team_devices().devices)
        )
        sealed = crypto.seal_for_device(ring.dumps(), device_public)
        self._post(f"/devices/{device_id}/approve", {"wrapped_team_key": sealed})
        # The key the person verified, in the team's own log: a later key rotation seals
        # only to keys verified so, never to one the server lists.
        self._audit(trust.APPROVED, reason=f"{device_id}:{crypto.key_print(device_public)}")
        return crypto.team_code(ring.current_key, device_public)

    def rotate(self) -> None:
        """A new team key, sealed to every approved laptop of the team and not to a revoked
        one: what is written from now on, a revoked laptop cannot read. Old keys stay in the
        ring. The team recovery code changes with it (shown once, to print). What is made
        is kept until the server has confirmed it (like the team's first key), so a lost
        answer never leaves the team with a recovery paper nobody saw."""
        if self._get("made_rotation"):
            self._finish_rotation()  # the last one's answer was lost: that one, not another
            return
        for attempt in (1, 2):
            try:
                self._make_rotation()
                return
            except SyncError as error:
                if error.code != "behind" or attempt == 2:
                    raise  # (once more if someone wrote to the log between)

    def _make_rotation(self) -> None:
        # Read up to the newest first: the old key opens what the log holds up to here,
        # and the server takes the rotation only if nothing came after.
        self.pull()
        held = self.db(self._ring)
        listed = self.team_devices().devices
        revoked = [d for d in listed if d.status is DeviceStatus.REVOKED]
        for d in revoked:  # recorded in the team's log, for good
            self._audit(trust.EXCLUDED, reason=f"{d.device_id}:{crypto.key_print(d.public_key)}")
        verified = self.db(partial(self._verified, listed))
        devices = [
            d
            for d in listed
            if d.status is DeviceStatus.APPROVED
            and crypto.key_print(d.public_key) in verified.prints
        ]
        since = int(self._get("cursor") or 0)
        epoch = self._get("epoch")
        retired = crypto.Retired(
            epoch,
            since,
            tuple(d.device_id for d in revoked),
            self.db(partial(self._earlier_epochs, epoch)),
        )
        ring = held.rotated(retired, self._admins(listed))
        data = ring.dumps()
        me, private = self._get("device_id"), self._get("device_private")
        code = new_recovery_code()
        body = {
            "key_id": ring.current,
            "rings": {
                d.device_id: crypto.seal_from(data, me, private, d.public_key) for d in devices
            },
            "recovery": crypto.seal_for_recovery(data, code),
            "since": since,
        }
        made = {"ring": base64.b64encode(data).decode(), "code": code, "body": body}
        self._set(made_rotation=json.dumps(made))
        self._finish_rotation()

    def _earlier_epochs(self, current: str) -> tuple[str, ...]:
        """The epochs before this one that this laptop has read records (or audit chunks)
        of: the old key sealed in them, and in no epoch after the rotation."""
        rows = self.vault.conn.execute(
            "SELECT DISTINCT epoch FROM sync_seen WHERE epoch != ? ORDER BY epoch", (current,)
        ).fetchall()
        return tuple(row[0] for row in rows)

    def _admins(self, listed: Sequence[TeamDevice]) -> dict[str, str]:
        """This laptop and the admin laptops it trusts (sstdesk.sync.trust), with their
        keys: the hands a new key ring may come from."""
        verified = self.db(partial(self._verified, listed))
        held = self.db(self._ring)
        admins = {
            d.device_id: d.public_key
            for d in listed
            if d.admin
            and d.status is DeviceStatus.APPROVED
            and d.public_key
            and crypto.key_print(d.public_key) in verified.prints
        }
        revoked = {d.device_id for d in listed if d.status is DeviceStatus.REVOKED}
        kept = {d: k for d, k in held.admins.items() if d not in revoked}
        return {**kept, **admins, self._get("device_id"): self._get("device_public")}

    def _finish_rotation(self) -> None:
        """Send the rotation made here (again, if its answer was lost: the server takes the
        same one once); once the server has it, the ring is held and the code shown."""
        made = json.loads(self._get("made_rotation"))
        try:
            self._post("/team/rotate", made["body"])
        except SyncError as error:
            if isinstance(error, Offline) or error.code == "damaged":
                raise  # the server may have it: kept, and sent again at the next sync
            # Refused (the team's devices changed meanwhile, say): the server has not
            # taken it, so it is dropped; the next sync makes a new one if still due.
            self._set(made_rotation="")
            raise
        held = self.db(self._ring)
        ring = crypto.load_ring(base64.b64decode(made["ring"]), held)
        self.db(partial(self._hold, ring))
        self._audit("sync.team_key_rotated", reason=ring.current)
        self.new_recovery_code = made["code"]
        self._set(made_rotation="")

    def _trusted_sender(self, held: crypto.KeyRing, device: str, public_key: str) -> bool:
        if held.admins.get(device) == public_key:
            return True
        listed = self.team_devices().devices
        verified = self.db(partial(self._verified, listed))
        return any(
            d.device_id == device
            and d.admin
            and d.status is DeviceStatus.APPROVED
            and d.public_key == public_key
            and crypto.key_print(public_key) in verified.prints
            for d in listed
        )

    def _verified(self, listed: Sequence[TeamDevice]) -> trust.Verified:
        """The keys a team admin verified by their safety codes, as this laptop's own log
        and its admin colleagues' say (sstdesk.sync.trust), and not shut out since."""
        conn, repo = self.vault.conn, self.vault.repo
        own = conn.execute(
            "SELECT '', seq, at, action, reason FROM audit_events WHERE action IN (?, ?)",
            (trust.APPROVED, trust.EXCLUDED),
        ).fetchall()
        # A colleague's events under the sync device that sent them (bound at first sight).
        team = conn.execute(
            "SELECT d.sync_device, e.seq, e.at, e.action, e.reason FROM team_audit_events e "
            "JOIN team_audit_devices d ON d.vault_device = e.device WHERE e.action IN (?, ?)",
            (trust.APPROVED, trust.EXCLUDED),
        ).fetchall()
        events = [e for row in own + team if (e := trust.parse(*row)) is not None]
        admins = {
            d.device_id: crypto.key_print(d.public_key) for d in listed if d.admin and d.public_key
        }
        public = repo.meta("sync_device_public")
        mine = (repo.meta("sync_device_id"), crypto.key_print(public) if public else "")
        # The admin laptops the ring held here names (it came sealed from the team).
        vouched = {d: crypto.key_print(k) for d, k in self._ring().admins.items() if k}
        vouched.pop(mine[0], None)
        return trust.verified(events, own=mine, admins=admins, vouched=vouched)

    def _newly_revoked(self) -> bool:
        """The server asks for a new key: only the revocation of a key this laptop counts as
        verified, and has not rotated for yet, is reason enough (a server cannot churn the
        team's key and recovery code with devices no admin ever let in)."""
        listed = self.team_devices().devices
        verified = self.db(partial(self._verified, listed))
        return any(
            d.status is DeviceStatus.REVOKED
            and (
                crypto.key_print(d.public_key) in verified.prints or d.device_id in verified.devices
            )
            for d in listed
        )

    def _ring(self) -> crypto.KeyRing:
        """The ring held: its keys, and (meta `sync_ring_more`) what retired them and whose
        hand a new ring may come from."""
        repo = self.vault.repo
        current = base64.b64decode(repo.meta("sync_team_key"))
        keys = {crypto.key_id(current): base64.b64encode(current).decode()}
        if stored := repo.meta("sync_team_keys"):
            keys = json.loads(stored)
        more = json.loads(repo.meta("sync_ring_more") or "{}")
        body = {"v": 1, "current": crypto.key_id(current), "keys": keys, **more}
        return crypto.load_ring(json.dumps(body).encode())

    def _hold(self, ring: crypto.KeyRing) -> None:
        body = json.loads(ring.dumps())
        more = {k: body[k] for k in ("retired", "admins") if k in body}
        with self.vault.transaction() as repo:
            repo.set_meta("sync_team_keys", json.dumps(body["keys"]))
            repo.set_meta("sync_team_key", base64.b64encode(ring.current_key).decode())
            repo.set_meta("sync_ring_more", json.dumps(more))

    def _learn_key(self, key_id: str) -> None:
        """The team moved to a key this laptop lacks: its ring, checked against the one held
        (every key held still in it) and taken only from an admin laptop this laptop trusts:
        one its ring names, or one a trusted admin verified that the server says is an
        admin's. (A laptop holding a ring that names none, from before rings said who they
        came from, takes an anonymous one as before.)"""
        held = self.db(self._ring)
        if key_id in held.keys:
            return
        sealed = self._call("GET", "/team/key", KeyRing).wrapped_team_key
        try:
            sender = crypto.sender_of(sealed)
            if sender is None:
                if held.admins:
                    raise crypto.SealError(Phrase("En teamnyckel utan avsändare tas inte emot."))
                data = crypto.open_for_device(sealed, self._get("device_private"))
            elif self._trusted_sender(held, *sender):
                data = crypto.open_from(sealed, self._get("device_private"))
            else:
                raise crypto.SealError(
                    Phrase("En teamnyckel från en okänd avsändare tas inte emot.")
                )
            ring = crypto.load_ring(data, held)
            if not ring.admins:
                ring = crypto.KeyRing(ring.current, ring.keys, ring.retired, held.admins)
        except crypto.SealError:
            # Not made by a laptop holding the team key: never used. Records sealed with it
            # are kept aside as unreadable, and the rest of sync goes on.
            self._audit("sync.team_key_refused", reason=key_id)
            return
        self.db(partial(self._hold, ring))
        self._audit("sync.team_key_received", reason=ring.current)

    # -- sync -----------------------------------------------------------------------------

    def sync(self) -> SyncResult:
        """Pull, then push, then the audit log. Push runs even when pull failed (a change
        here must not wait for one the team sent), and pull even when push failed; the
        first failure is raised once both have had their turn."""
        if not self.enrolled:
            raise SyncError(Phrase("Datorn är inte ansluten till teamets server."))
        failures: list[Exception] = []
        pulled = conflicts = pushed = rejected = 0
        try:
            try:
                pulled, conflicts = self.pull()
            except (Offline, SignInNeeded, Revoked):
                raise
            except (SyncError, VaultError) as error:
                failures.append(error)
            except Exception as error:
                # A fault of this program, not of the server: this laptop's work still goes.
                log.exception("sync.pull_failed")
                failures.append(SyncError(UNEXPECTED, code="unexpected"))
                failures[-1].__cause__ = error
            try:
                pushed, rejected = self.push()
            except SyncError as error:
                if error.code != "epoch":
                    raise
                rejected = 1  # the server was restored meanwhile: read it, then push again
            if rejected:
                more, more_conflicts = self.pull()
                pulled, conflicts = pulled + more, conflicts + more_conflicts
                again, rejected = self.push()
                pushed += again
            self.push_audit()
            self.anchor_audit()
            if self._get("made_rotation"):
                self._finish_rotation()
            elif self.rotation_due and self.is_admin and self._newly_revoked():
                self.rotate()
            self.rotation_due = False
        except Revoked:
            self.farewell()
            raise
        waiting, parked, kept = self.db(self._counts)
        if kept:
            self._learn_device_names()
        if failures:
            raise failures[0]
        self._set(last_synced=self.vault.clock().isoformat(timespec="seconds"))
        return SyncResult(pushed, rejected, pulled, conflicts, waiting, parked, kept)

    def _counts(self) -> tuple[int, int, int]:
        conn = self.vault.conn
        waiting, parked = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE parked != '') FROM sync_outbox"
        ).fetchone()
        kept = conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
        return waiting, parked, kept + sum(apply.dropped(conn).values())

    def _learn_device_names(self) -> None:
        """Names of the team's laptops, to say whose change could not be read."""
        try:
            devices = self.team_devices().devices
        except SyncError:
            return
        names = {d.device_id: f"{d.device_name} ({d.user})" for d in devices}
        self._set(device_names=json.dumps(names, ensure_ascii=False))

    def farewell(self) -> None:
        """Revoked: hand over what only this laptop holds, while the server still takes it
        from this device, before the caller crypto-shreds. Returns only once the server
        has taken every queued change and audit event and confirmed the hand-over;
        otherwise the vault must stay: `Offline` (tried again at the next sync), or
        `NotHandedOver` (something could not be handed over: kept, for IT to see to)."""
        refresh, device = self._get("refresh"), self._get("device_id")

        def send(body: dict[str, Any]) -> PushResponse:
            request = {"device_id": device, "refresh_token": refresh, "push": body}
            return self._call("POST", "/farewell", PushResponse, authorised=False, json=request)

        try:
            if refresh:
                # Each change goes sealed as a farewell, so the team sees it only as
                # conflicts. One refused as stale goes again on the team's newest version
                # (a colleague may sync in between: so a few rounds).
                for _round in range(FAREWELL_ROUNDS):
                    self.push(send=send, take_head=True, farewell=True)
                    self.db(self._unpark_farewell)
                    if not self.db(self._queued):
                        break
                if not self.db(self._queued):
                    self._audit("sync.farewell")
                    # Sealed as a farewell too: the team takes it even under a key it has
                    # replaced since (this laptop never got the new one).
                    self._set(audit_chunk="")
                    self.push_audit(send=send, farewell=True)
            left = self.db(self._unsent)
            if left:
                raise NotHandedOver(_not_handed_over(left))
            if refresh:
                request = {"device_id": device, "refresh_token": refresh, "done": True}
                request["push"] = {"epoch": self._get("epoch"), "mutations": []}
                self._call("POST", "/farewell", PushResponse, authorised=False, json=request)
        except (Offline, NotHandedOver):
            raise
        except SyncError as error:  # refused, or past the time for it, or a broken answer
            raise NotHandedOver(_not_handed_over(self.db(self._unsent))) from error

    def _queued(self) -> int:
        return self.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]

    def _unsent(self) -> int:
        """Changes and audit events this laptop holds that the team has not received."""
        repo = self.vault.repo
        newest = repo.conn.execute("SELECT coalesce(max(seq), 0) FROM audit_events").fetchone()[0]
        events = max(0, newest - int(repo.meta("sync_audit_sent") or 0))
        return self._queued() + events

    def _send(self, body: dict[str, Any]) -> PushResponse:
        return self._call("POST", "/push", PushResponse, json=body)

    def push(
        self, send: Send | None = None, *, take_head: bool = False, farewell: bool = False
    ) -> tuple[int, int]:
        send = send or self._send
        pushed = rejected = 0
        epoch = self._get("epoch")
        size = MAX_BATCH
        while True:
            batch = self.db(partial(self._prepare_batch, size, farewell=farewell))
            if not batch:
                return pushed, rejected
            mutations = [
                {
                    "mutation_id": row["mutation_id"],
                    "record_id": row["record_id"],
                    "kind": row["kind"],
                    "base_version": row["base"],
                    "key_id": row["key_id"],
                    "ciphertext": row["sealed"],
                    "deleted": row["sent"] == "null",
                }
                for row in batch
            ]
            try:
                answer = send({"epoch": epoch, "mutations": mutations})
            except SyncError as error:
                if error.code == "mutation_reused":
                    # The server remembers these ids with other bytes (this vault was put
                    # back from a copy): the same changes go again under new ids.
                    self.db(partial(self._new_ids, [row["id"] for row in batch]))
                    continue
                if error.code == "stale_key":
                    # Sealed with a key the team replaced meanwhile: sealed anew, under new
                    # ids, once the next pull has brought the new key.
                    self.db(partial(self._new_ids, [row["id"] for row in batch]))
                    return pushed, rejected + len(batch)
                if error.code not in ("invalid", "too_large"):
                    raise
                if len(batch) > 1:
                    size = 1  # one by one, to find the change the server cannot take
                else:
                    reason = f"Servern tog inte emot ändringen: {error}"
                    self.db(partial(self._park, batch[0]["id"], reason))
                continue
            answered = [r.mutation_id for r in answer.results]
            if answered != [row["mutation_id"] for row in batch]:
                # Results for other mutations, or in another order: taken as they are, a
                # rejected change would pass for accepted and leave the outbox unsent.
                raise SyncError(DAMAGED, code="damaged")
            accepted = self.db(partial(self._settle, batch, answer, epoch, take_head))
            pushed += accepted
            rejected += len(batch) - accepted
            if accepted == 0:
                return pushed, rejected  # all stale: pull and merge first

    def _settle(
        self,
        batch: list[dict[str, Any]],
        answer: PushResponse,
        epoch: str,
        take_head: bool = False,
    ) -> int:
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
                    apply.set_base(
                        conn,
                        row["record_id"],
                        row["kind"],
                        result.version,
                        row["sent"],
                        epoch=epoch,
                    )
                    conn.execute(
                        "INSERT INTO sync_seen (record_id, epoch, version, digest) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(record_id, epoch) DO UPDATE SET "
                        "version = excluded.version, digest = excluded.digest",
                        (
                            row["record_id"],
                            epoch,
                            result.version,
                            hashlib.sha256(row["sent"].encode()).hexdigest(),
                        ),
                    )
                elif take_head:
                    # Built on the team's head without reading it, and held back from this
                    # pass: it goes in the next, marked as a conflict for the team.
                    conn.execute(
                        "UPDATE sync_base SET version = ? WHERE record_id = ?",
                        (result.version, row["record_id"]),
                    )
                    _rebase_later(conn, row["id"], row["record_id"])
                    conn.execute(
                        "UPDATE sync_outbox SET parked = ? WHERE record_id = ? AND parked = ''",
                        (_FAREWELL, row["record_id"]),
                    )
                else:
                    _rebase_later(conn, row["id"], row["record_id"])
        return accepted

    def push_audit(self, send: Send | None = None, *, farewell: bool = False) -> int:
        """Send this laptop's new audit events to the team, sealed, in fixed chunks: a chunk
        once made keeps its events, sealed bytes and mutation id until the server has it
        (or refuses it as sealed under a key the team has replaced: then it is made anew)."""
        send = send or self._send
        sent = 0
        while (chunk := self.db(partial(self._audit_chunk, farewell))) is not None:
            last, count, mutation = chunk
            try:
                send({"epoch": self._get("epoch"), "mutations": [mutation]})
            except SyncError as error:
                if error.code != "stale_key":
                    raise
                self._set(audit_chunk="")  # sealed again with the new key at the next sync
                return sent
            # Accepted, or rejected because the server already holds this very chunk (sent
            # again after a restore): either way the team has these events.
            self._set(audit_sent=str(last), audit_chunk="")
            sent += count
        return sent

    def _audit_chunk(self, farewell: bool = False) -> tuple[int, int, dict[str, Any]] | None:
        """(last seq, how many events, the mutation): the one made before if it was not
        sent yet, else the next events sealed as a new chunk."""
        repo = self.vault.repo
        if fixed := repo.meta("sync_audit_chunk"):
            kept = json.loads(fixed)
            return kept["last"], kept["count"], kept["mutation"]
        done = int(repo.meta("sync_audit_sent") or 0)
        newest = repo.conn.execute("SELECT coalesce(max(seq), 0) FROM audit_events")
        last = min(newest.fetchone()[0], done + AUDIT_CHUNK)
        if last <= done:
            return None
        events = audit.since(repo.conn, done + 1, last)
        ring, device = self._ring(), repo.meta("sync_device_id")
        # Not guessable: no other device can take this chunk's id on the server first.
        record_id = f"{device}-a{done + 1}-{last}-{secrets.token_hex(4)}"
        header = crypto.Header(
            repo.meta("sync_team_id"),
            record_id,
            AUDIT_KIND,
            1,
            device,
            ring.current,
            repo.meta("sync_epoch"),
            farewell=farewell,
        )
        content = payload.dumps({"events": [astuple(e) for e in events]})
        mutation = {
            "mutation_id": secrets.token_hex(16),
            "record_id": record_id,
            "kind": AUDIT_KIND,
            "base_version": 0,
            "key_id": ring.current,
            "ciphertext": crypto.seal_record(ring.current_key, header, content),
        }
        with self.vault.transaction() as tx:
            kept = {"last": last, "count": len(events), "mutation": mutation}
            tx.set_meta("sync_audit_chunk", json.dumps(kept))
        return last, len(events), mutation

    def anchor_audit(self) -> None:
        """At every contact: this laptop's audit head, signed with its device key. The
        server refuses one that does not extend the last it accepted, and tells the team
        admin; here that is recorded, and sync goes on."""
        device = self._get("device_id")
        private = self._signing_key()
        anchored = self._get("audit_anchor")
        from_seq = int(anchored.split(":")[0]) if anchored else 0
        for _attempt in (1, 2):
            seq, head_hash, anchor_hash, mac, key_at = self.db(partial(self._audit_head, from_seq))
            head = AuditHead(
                seq=seq,
                hash=head_hash,
                anchor_seq=from_seq,
                anchor_hash=anchor_hash,
                mac=mac,
                key_at=key_at,
                signature="0" * 88,
            )
            signature = crypto.sign(private, head.signed_part(device))
            try:
                self._post("/audit/head", {**head.model_dump(), "signature": signature})
            except SyncError as error:
                if error.code == "anchor" and _attempt == 1:
                    from_seq = error.anchor_seq  # prove the chain from the server's head
                    continue
                if error.code != "audit_gap":
                    raise
                self._audit("sync.audit_gap")
            self._set(audit_anchor=f"{seq}:{head_hash}")
            return

    def _audit_head(self, from_seq: int) -> tuple[int, str, str, str, int]:
        """(newest seq, its hash, the hash here now of the event at `from_seq`, the newest
        event's MAC, the seq the audit key stands at)."""
        conn = self.vault.conn
        seq, head_hash = conn.execute(
            "SELECT coalesce(max(seq), 0), coalesce((SELECT hash FROM audit_events "
            "ORDER BY seq DESC LIMIT 1), '') FROM audit_events"
        ).fetchone()
        row = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (from_seq,)).fetchone()
        mac, key_at = audit.mac_of(conn, seq)
        return seq, head_hash, row[0] if row else "", mac, key_at

    def _signing_key(self) -> str:
        """This device's Ed25519 key: made and registered at its first contact."""
        private = self._get("signing_private")
        if private and self._get("signing_registered") == "1":
            return private
        if not private:
            private, public_key = crypto.new_signing_keys()
            self._set(signing_private=private, signing_public=public_key)
        audit_key, audit_from = self.db(self._start_audit_mac)
        body = {
            "signing_key": self._get("signing_public"),
            "audit_key": audit_key,
            "audit_from": audit_from,
        }
        self._post("/devices/signing-key", body)
        self._set(signing_registered="1", audit_key_first="")
        return private

    def _start_audit_mac(self) -> tuple[str, int]:
        """The audit chain's first MAC key, kept only until the server holds it, and an
        event that is MACed with it (so the chain's MACs start where the server's key does)."""
        repo = self.vault.repo
        if first := repo.meta("sync_audit_key_first"):
            key, start = first.split(":")
            return key, int(start)
        with self.vault.transaction() as tx:
            key, start = audit.start_mac(tx.conn)
            tx.set_meta("sync_audit_key_first", f"{key}:{start}")
            self.vault.audit_in("sync.audit_key")
        return key, start

    def _unpark_farewell(self) -> None:
        with self.vault.transaction() as repo:
            repo.conn.execute("UPDATE sync_outbox SET parked = '' WHERE parked = ?", (_FAREWELL,))

    def _new_ids(self, row_ids: list[int]) -> None:
        with self.vault.transaction() as repo:
            repo.conn.executemany(
                "UPDATE sync_outbox SET attempted = 0, sent = NULL, sent_base = NULL, "
                "sealed = NULL, mutation_id = lower(hex(randomblob(16))) WHERE id = ?",
                [(i,) for i in row_ids],
            )

    def _park(self, row_id: int, reason: str) -> None:
        """A change the server refuses for good stays here, shown, and stops blocking."""
        with self.vault.transaction() as repo:
            repo.conn.execute(
                "UPDATE sync_outbox SET parked = ? WHERE id = ?", (reason or "avvisad", row_id)
            )
            self.vault.audit_in("sync.parked")

    def _prepare_batch(
        self, size: int = MAX_BATCH, *, farewell: bool = False
    ) -> list[dict[str, Any]]:
        """The next outbox rows, each fixed to the content and base it is sent with (one
        sealed before keeps its bytes: its mutation id stands for them)."""
        with self.vault.transaction() as repo:
            conn = repo.conn
            rows = conn.execute(
                "SELECT id, record_id, kind, mutation_id, attempted, sent, sent_base, sealed, "
                "sealed_key FROM sync_outbox WHERE parked = '' ORDER BY id LIMIT ?",
                (size,),
            ).fetchall()
            ring = self._ring()
            team_id, device = repo.meta("sync_team_id"), repo.meta("sync_device_id")
            epoch = repo.meta("sync_epoch")
            batch = []
            for row in rows:
                row_id, record_id, kind, mutation_id, attempted, sent, sent_base, sealed, key = row
                if not attempted or not sealed:
                    if not attempted:
                        sent = payload.dumps(payload.read(conn, kind, record_id)).decode()
                        sent_base = apply.base_version(conn, record_id)
                    plain = sent.encode()
                    origin, base = apply.base_origin(conn, record_id)
                    if origin and origin.rpartition(":")[0] != epoch and "null" not in (sent, base):
                        # On a base whose content is from before a server restore: that
                        # content goes with it, for colleagues to merge from.
                        plain = payload.wrap(plain, origin, base)
                    header = crypto.Header(
                        team_id=team_id,
                        record_id=record_id,
                        kind=kind,
                        version=sent_base + 1,
                        device_id=device,
                        key_id=ring.current,
                        epoch=epoch,
                        farewell=farewell,
                    )
                    sealed, key = (
                        crypto.seal_record(ring.current_key, header, plain),
                        ring.current,
                    )
                    conn.execute(
                        "UPDATE sync_outbox SET attempted = 1, sent = ?, sent_base = ?, "
                        "sealed = ?, sealed_key = ? WHERE id = ?",
                        (sent, sent_base, sealed, key, row_id),
                    )
                batch.append(
                    {
                        "id": row_id,
                        "record_id": record_id,
                        "kind": kind,
                        "mutation_id": mutation_id,
                        "sent": sent,
                        "base": sent_base,
                        "sealed": sealed,
                        "key_id": key,
                    }
                )
            return batch

    def pull(self) -> tuple[int, int]:
        """Pages from the cursor, each applied in one transaction. A change that cannot be
        used is kept aside and the cursor moves on; the page is first fetched once more,
        in case the answer was damaged on the way."""
        pulled = conflicts = restarts = 0
        refetched = -1
        while True:
            cursor = int(self._get("cursor") or 0)
            known_epoch = self._get("epoch")
            try:
                page: ChangesResponse = self._call(
                    "GET",
                    "/changes",
                    ChangesResponse,
                    params={
                        "since": cursor,
                        "epoch": known_epoch,
                        "mark": self._get("cursor_mark"),
                    },
                )
            except Behind:
                page = None  # type: ignore[assignment]
            if page is None or (known_epoch and page.epoch != known_epoch):
                restarts += 1
                if restarts > MAX_RESTARTS:
                    raise SyncError(
                        Phrase(
                            "Servern byter läge hela tiden. Försök igen om en stund, och "
                            "kontakta IT om det inte går över."
                        )
                    )
                self.db(partial(self._server_forgot, page.epoch if page else ""))
                continue
            if not _in_order(page, cursor):
                raise SyncError(DAMAGED, code="damaged")
            if page.key_id:
                self._learn_key(page.key_id)
            self.rotation_due = page.rotation_due
            if not page.changes:
                break
            try:
                found = self.db(partial(self._apply, page, refetched != cursor))
            except apply.Refetch:
                refetched = cursor
                continue
            pulled += len(page.changes)
            conflicts += found
            if not page.more:
                break
        conflicts += self.db(self._retry_kept)
        return pulled, conflicts

    def _context(self, repo: Repository, epoch: str) -> apply.Context:
        ring = self._ring()
        excluded = {
            reason.split(":", 1)[0]
            for (reason,) in repo.conn.execute(
                "SELECT reason FROM audit_events WHERE action = ?", (trust.EXCLUDED,)
            )
        }
        for retired in ring.retired.values():
            excluded.update(retired.without)
        return apply.Context(
            team_id=repo.meta("sync_team_id"),
            own_device=repo.meta("sync_device_id"),
            keys=ring.keys,
            epoch=epoch,
            now=self.vault.clock().isoformat(timespec="seconds"),
            shut_out=frozenset(excluded),
            retired=ring.retired,
        )

    def _apply(self, page: ChangesResponse, refetch: bool) -> int:
        """One page in one transaction: merged into the vault, cursor moved, audited."""
        with self.vault.transaction() as repo:
            repo.set_meta("sync_applying", "1")
            outcome = apply.apply_all(
                repo.conn, page.changes, self._context(repo, page.epoch), refetch=refetch
            )
            repo.set_meta("sync_applying", "0")
            repo.set_meta("sync_cursor", str(page.next_since))
            repo.set_meta("sync_epoch", page.epoch)
            repo.set_meta("sync_cursor_mark", page.mark)  # the server's, shown on the next pull
            self._touched(repo, outcome)
        return outcome.conflicts

    def _retry_kept(self) -> int:
        if not self.vault.conn.execute("SELECT 1 FROM sync_quarantine LIMIT 1").fetchone():
            return 0
        with self.vault.transaction() as repo:
            repo.set_meta("sync_applying", "1")
            outcome = apply.retry_kept(repo.conn, self._context(repo, repo.meta("sync_epoch")))
            repo.set_meta("sync_applying", "0")
            self._touched(repo, outcome)
        return outcome.conflicts

    def _touched(self, repo: Repository, outcome: apply.Outcome) -> None:
        """The caseload, search and audit follow what the team's changes touched; a change
        kept aside is reported to the team through the audit log (ids only)."""
        touched = sorted(outcome.touched)
        if self.on_applied is not None:
            try:
                self.on_applied(repo, touched)
            except (ValueError, KeyError, TypeError):
                # One student the caseload cannot show must not stop sync for the rest.
                for student_id in touched:
                    try:
                        self.on_applied(repo, [student_id])
                    except (ValueError, KeyError, TypeError):
                        self.vault.audit_in("sync.not_shown", student_id=student_id)
        for student_id in touched:
            repo.reindex_student(student_id)
            self.vault.audit_in("sync.receive", student_id=student_id)
        for change, reason in outcome.kept:
            self.vault.audit_in(
                "sync.kept_aside", reason=f"{reason}:{change.kind}:{change.device_id}:{change.seq}"
            )
        for device, count in sorted(outcome.dropped.items()):
            self.vault.audit_in("sync.kept_aside", reason=f"dropped:{count}:{device}")

    def _server_forgot(self, epoch: str = "") -> None:
        """The server was restored from a backup: read everything again from the start, and
        queue every local record so that what the server lost is sent again. What this
        laptop had in common with the team stays the base of merges; only the versions are
        learnt anew (records the server no longer has go as new)."""
        with self.vault.transaction() as repo:
            conn = repo.conn
            conn.execute("UPDATE sync_base SET version = 0")
            # What is queued is read and sent anew, so under new mutation ids: an id once
            # sent stands for that content, and a restored server may still remember it.
            conn.execute(
                "UPDATE sync_outbox SET attempted = 0, sent = NULL, sent_base = NULL, "
                "mutation_id = lower(hex(randomblob(16)))"
            )
            for kind in payload.KINDS:
                conn.execute(
                    f"INSERT INTO sync_outbox (record_id, kind, mutation_id, resend) "  # noqa: S608
                    f"SELECT id, '{kind}', lower(hex(randomblob(16))), 1 FROM {kind} "
                    f"WHERE id NOT IN (SELECT record_id FROM sync_outbox)"
                )
            repo.set_meta("sync_cursor", "0")
            repo.set_meta("sync_cursor_mark", "")
            repo.set_meta("sync_epoch", epoch)
            repo.set_meta("sync_audit_sent", "0")  # the team's copy of the log is sent again
            repo.set_meta("sync_audit_chunk", "")
            self.vault.audit_in("sync.server_restored")

    # -- keys and HTTP ----------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        return self._call("POST", path, json=body)

    def _call(self, method: str, path: str, model: Any = None, **kwargs: Any) -> Any:
        return self.api.call(method, path, model, **kwargs)


def _in_order(page: ChangesResponse, cursor: int) -> bool:
    """A page the laptop can trust to move its cursor: every seq after the cursor, rising,
    and the next cursor at the last of them."""
    seqs = [c.seq for c in page.changes]
    if not seqs:
        return page.next_since >= cursor and not page.more
    return seqs[0] > cursor and seqs == sorted(set(seqs)) and page.next_since == seqs[-1]


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
