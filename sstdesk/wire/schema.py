"""Requests and responses of the sync API, version 1.

Record content travels only as ciphertext (base64 of XChaCha20-Poly1305 output,
the team key's id beside it); the server stores and serves it, never reads it.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

API = "/v1"
MAX_BATCH = 500  # mutations per push
MAX_PAGE = 1000  # changes per pull page
MAX_CIPHERTEXT = 1_000_000  # base64 characters of one record version
AUDIT_KIND = "audit_log"  # a chunk of one laptop's audit events: append-only, never merged

Id = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Name = Annotated[str, Field(min_length=1, max_length=120)]
Kind = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")]
B64 = Annotated[str, Field(max_length=MAX_CIPHERTEXT, pattern=r"^[A-Za-z0-9+/=_-]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeviceStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REVOKED = "revoked"


class LoginRequest(Strict):
    """A person's password for a device. A new device names its Ed25519 signing key here;
    a device with one registered must also sign the server's nonce (asked for with 401
    "proof_needed"): the password and the device's public key, which every team laptop
    can see, are not enough to act as that device."""

    user: Name
    password: Annotated[str, Field(min_length=1, max_length=512)]
    device_id: Id
    device_name: Name
    public_key: Annotated[str, Field(min_length=40, max_length=64)]  # X25519, base64
    signing_key: Annotated[str, Field(max_length=64)] = ""  # Ed25519, base64 (new device)
    nonce: Annotated[str, Field(max_length=64)] = ""
    proof: Annotated[str, Field(max_length=128)] = ""

    def signed_part(self) -> bytes:
        return json.dumps(["sstdesk-login", 1, self.device_id, self.nonce]).encode()


class LoginResponse(Strict):
    device_status: DeviceStatus
    token: str = ""  # empty unless the device is approved
    expires_in: int = 0  # seconds
    team_id: str = ""
    epoch: str = ""
    wrapped_team_key: str = ""  # sealed to the device's public key by an approving admin
    refresh_token: str = ""  # renews access without the password (POST /v1/token)
    is_admin: bool = False  # may approve the team's new devices
    team_has_key: bool = False  # False only until the team's first admin device makes it


class Mutation(Strict):
    mutation_id: Id  # made by the client; a retried push is applied once
    record_id: Id
    kind: Kind
    base_version: Annotated[int, Field(ge=0)]  # 0: a new record
    key_id: Annotated[str, Field(max_length=64)]
    ciphertext: B64
    deleted: bool = False
    # Unused since every change in a revoked device's farewell is sealed as one (its
    # associated data says so); kept so that an older laptop's farewell is still taken.
    conflicting: bool = False


class PushRequest(Strict):
    epoch: str = ""  # the epoch the client last saw; "" on first contact
    mutations: Annotated[list[Mutation], Field(max_length=MAX_BATCH)]


class MutationStatus(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # the base is not the record's head: the client merges and retries


class MutationResult(Strict):
    mutation_id: str
    status: MutationStatus
    version: int  # the record's version after this mutation, or its head when rejected
    seq: int = 0  # where it went in the team's log (accepted only)


class PushResponse(Strict):
    epoch: str
    results: list[MutationResult]


class Change(Strict):
    seq: int
    record_id: str
    kind: str
    version: int
    device_id: str
    key_id: str
    epoch: str  # the epoch it was pushed in (bound into its associated data)
    ciphertext: str
    deleted: bool
    # Pushed in a revoked laptop's farewell: a conflict to see, never applied. The server's
    # mark can only make a laptop more careful; the seal says it either way.
    farewell: bool = False


class ChangesResponse(Strict):
    epoch: str
    changes: list[Change]
    next_since: int
    more: bool
    key_id: str = ""  # the team key new records use: a laptop that lacks it fetches its ring
    rotation_due: bool = False  # a device was revoked: an admin's laptop makes a new team key
    # The server's mark of the page's last change, shown when pulling on from there: a
    # server restored from a backup knows by it that it lost what it served.
    mark: str = ""


class Refusal(Strict):
    """Every error the API returns: a code the client acts on and a Swedish sentence.

    "too_large" (413): the request body, or one record's ciphertext in a push, is over the
    server's limit; a push so refused stored nothing. Sent one by one, every record but
    the one too large goes through.
    """

    # "unauthorized", "revoked", "pending", "throttled", "invalid", "not_found",
    # "mutation_reused", "epoch" (pushed under an epoch the server has left: pull first)
    # "proof_needed" (a renewal inside the grace window: sign `nonce` with the device key),
    # "anchor" (an audit head sent from another anchor than the server's: see anchor_seq),
    # "too_large" (413, see above)
    code: str
    message: str
    wipe: bool = False  # the device is revoked: push what is allowed, then crypto-shred
    nonce: str = ""
    anchor_seq: int = 0  # "anchor": the audit head the server holds, to be proven from there


class TokenRequest(Strict):
    """A device renews its access without the password: the refresh token it holds, and,
    inside the grace window, its signature over the server's nonce."""

    device_id: Id
    refresh_token: Annotated[str, Field(min_length=20, max_length=128)]
    nonce: Annotated[str, Field(max_length=64)] = ""
    proof: Annotated[str, Field(max_length=128)] = ""

    def signed_part(self) -> bytes:
        return json.dumps(["sstdesk-renewal", 1, self.device_id, self.nonce]).encode()


class TokenResponse(Strict):
    token: str
    expires_in: int
    refresh_token: str  # the old one is spent: using it again revokes the device's tokens
    epoch: str
    team_id: str = ""


class FarewellRequest(Strict):
    """A revoked device's last push: what it holds that the team has not, sent before it
    crypto-shreds. Accepted for a while after the revocation, with its refresh token."""

    device_id: Id
    refresh_token: Annotated[str, Field(min_length=20, max_length=128)]
    push: PushRequest
    # The last of it: the device's tokens are spent, and it wipes. Asked again (its answer
    # was lost), it is answered again; after it only the device's audit log is taken.
    done: bool = False


class TeamDevice(Strict):
    device_id: str
    device_name: str
    user: str
    status: DeviceStatus
    public_key: str = ""
    audit_gap_at: str = ""  # when the device's audit log last failed to extend its anchor
    admin: bool = False  # its user may approve devices (whose approvals a rotation trusts)


class SigningKey(Strict):
    """A device's Ed25519 key, registered once: it signs the device's audit heads and its
    proof when it renews access inside the grace window."""

    signing_key: Annotated[str, Field(min_length=40, max_length=64)]
    audit_key: Annotated[str, Field(min_length=64, max_length=64)]  # the first MAC key, hex
    audit_from: Annotated[int, Field(ge=1)]  # the seq of the first event MACed with it


class AuditHead(Strict):
    """A laptop's audit chain head, signed with its device key, sent at every contact: the
    server keeps the last and refuses one that does not extend it (events removed or
    rewritten on the laptop before they were synced)."""

    seq: Annotated[int, Field(ge=0)]
    hash: Annotated[str, Field(max_length=64)]
    anchor_seq: Annotated[int, Field(ge=0)]  # the head the server last accepted
    anchor_hash: Annotated[str, Field(max_length=64)]  # that event's hash on the laptop now
    mac: Annotated[str, Field(max_length=64)] = ""  # the head event's forward-secure MAC
    key_at: Annotated[int, Field(ge=0)] = 0  # the seq the laptop's audit key stands at
    signature: Annotated[str, Field(min_length=40, max_length=128)]

    def signed_part(self, device_id: str) -> bytes:
        """What the signature covers: the same bytes on the laptop and on the server."""
        fields = ["sstdesk-audit-head", 2, device_id, self.seq, self.hash]
        return json.dumps(
            [*fields, self.anchor_seq, self.anchor_hash, self.mac, self.key_at]
        ).encode()


class Rotation(Strict):
    """A team admin's laptop replaces the team key: the new key ring sealed to each approved
    device (a revoked one gets none), and the ring sealed with a new team recovery code."""

    key_id: Annotated[str, Field(min_length=8, max_length=64)]
    rings: dict[Id, Annotated[str, Field(min_length=40, max_length=20_000)]]
    recovery: Annotated[str, Field(min_length=40, max_length=20_000)]
    # The newest seq of the team's log the laptop had read: the old key is good for the log
    # up to there (the ring says so); refused (409 "behind") if the log has more.
    since: Annotated[int, Field(ge=0)] | None = None


class KeyRing(Strict):
    wrapped_team_key: str  # this device's key ring, sealed to its public key


class TeamDevices(Strict):
    devices: list[TeamDevice]


class PendingDevice(Strict):
    device_id: str
    device_name: str
    user: str
    public_key: str


class PendingDevices(Strict):
    devices: list[PendingDevice]


class Approval(Strict):
    """A team admin's device approves another device, sealing the team key ring to it."""

    wrapped_team_key: Annotated[str, Field(min_length=40, max_length=20_000)]


class TeamRecovery(Strict):
    """The team key sealed with the printed team recovery code; opaque to the server."""

    blob: Annotated[str, Field(min_length=40, max_length=20_000)]


class SealedStatistics(Strict):
    """A team's counts for a school year, sealed to the statistician: opaque to the server."""

    period: Annotated[str, Field(pattern=r"^\d{4}-07-01$")]  # the school year's first day
    blob: Annotated[str, Field(min_length=40, max_length=400_000)]


class SealedItem(Strict):
    team_id: str
    stored_at: str  # ISO 8601, UTC
    blob: str


class SealedList(Strict):
    items: list[SealedItem]
