"""What the server does, on a SQLAlchemy connection inside the caller's transaction.

The record log is append-only; a record's head version moves by compare-and-set,
so two devices pushing on the same base cannot both win, on SQLite or on
PostgreSQL. Every push result is kept by mutation id, so a retried or
duplicated request gets the same answer and is applied once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sstdesk.server import auth, throttle
from sstdesk.server.db import (
    access_log,
    devices,
    heads,
    log,
    meta,
    mutations,
    refresh_tokens,
    renewal_nonces,
    sealed_statistics,
    team_recovery,
    teams,
    tokens,
    users,
)
from sstdesk.wire import auditmac
from sstdesk.wire.schema import (
    AUDIT_KIND,
    Approval,
    AuditHead,
    Change,
    ChangesResponse,
    DeviceStatus,
    FarewellRequest,
    KeyRing,
    LoginRequest,
    LoginResponse,
    Mutation,
    MutationResult,
    MutationStatus,
    PendingDevice,
    PendingDevices,
    PushRequest,
    PushResponse,
    Refusal,
    Rotation,
    SigningKey,
    TeamDevice,
    TeamDevices,
    TokenRequest,
    TokenResponse,
)


class Refused(Exception):
    """A request the server says no to; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, refusal: Refusal) -> None:
        super().__init__(refusal.code)
        self.status = status
        self.refusal = refusal


ROLE_SOCIAL_WORKER, ROLE_STATISTICIAN = "socionom", "statistik"
ROLES = (ROLE_SOCIAL_WORKER, ROLE_STATISTICIAN)


@dataclass(frozen=True)
class Principal:
    device_id: str
    user_id: str
    user_name: str
    team_id: str
    role: str = ROLE_SOCIAL_WORKER


def new_id() -> str:
    return secrets.token_hex(16)


def epoch(conn: Connection) -> str:
    return conn.execute(select(meta.c.value).where(meta.c.key == "epoch")).scalar_one()


def new_epoch(conn: Connection) -> str:
    """After a restore from backup: devices see a new epoch and re-send what was lost."""
    value = secrets.token_hex(8)
    conn.execute(update(meta).where(meta.c.key == "epoch").values(value=value))
    # The audit heads anchored after the backup are gone with it: each device's next head
    # is its new anchor, not a gap.
    conn.execute(update(devices).values(audit_seq=0, audit_hash=""))
    return value


# -- administration -------------------------------------------------------------------


def create_team(conn: Connection, *, district: str, name: str, now: dt.datetime) -> str:
    team_id = new_id()
    conn.execute(insert(teams).values(id=team_id, district=district, name=name, created_at=now))
    return team_id


def create_user(
    conn: Connection,
    *,
    team_id: str,
    name: str,
    password_hash: str,
    is_admin: bool,
    now: dt.datetime,
    role: str = ROLE_SOCIAL_WORKER,
) -> str:
    if conn.execute(select(teams.c.id).where(teams.c.id == team_id)).first() is None:
        raise KeyError(team_id)
    if role not in ROLES:
        raise ValueError(role)
    user_id = new_id()
    conn.execute(
        insert(users).values(
            id=user_id,
            team_id=team_id,
            name=name,
            password_hash=password_hash,
            is_admin=is_admin,
            disabled=False,
            created_at=now,
            role=role,
        )
    )
    return user_id


def decide_device(
    conn: Connection,
    device_id: str,
    status: DeviceStatus,
    *,
    now: dt.datetime,
    wrapped_key: str = "",
) -> None:
    values: dict[str, object] = {"status": status.value, "decided_at": now}
    if wrapped_key:
        values["wrapped_team_key"] = wrapped_key
    # Revocation is a state, not the deletion of tokens: a revoked device is told `revoked`
    # for whatever it presents, so it knows to send its last changes and crypto-shred.
    done = conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
    if done.rowcount != 1:
        raise KeyError(device_id)
    if status is DeviceStatus.REVOKED:
        # What is written from now on must be sealed with a key the revoked device lacks:
        # the next admin laptop to sync makes one.
        team = select(devices.c.team_id).where(devices.c.id == device_id).scalar_subquery()
        conn.execute(update(teams).where(teams.c.id == team).values(rotation_due=True))


def list_devices(conn: Connection) -> list[dict[str, object]]:
    rows = conn.execute(
        select(
            devices.c.id,
            devices.c.name,
            devices.c.status,
            devices.c.created_at,
            users.c.name.label("user"),
            teams.c.name.label("team"),
        )
        .join(users, users.c.id == devices.c.user_id)
        .join(teams, teams.c.id == devices.c.team_id)
        .order_by(devices.c.created_at)
    )
    return [dict(r._mapping) for r in rows]


def record_access(
    conn: Connection,
    *,
    now: dt.datetime,
    action: str,
    outcome: str,
    device_id: str = "",
    user_name: str = "",
    record_ids: str = "",
) -> None:
    conn.execute(
        insert(access_log).values(
            at=now,
            device_id=device_id,
            user_name=user_name,
            action=action,
            outcome=outcome,
            record_ids=record_ids,
        )
    )


# -- login and tokens ---------------------------------------------------------------------

GENERIC = "Fel användarnamn eller lösenord."


def login(
    conn: Connection,
    passwords: auth.Passwords,
    request: LoginRequest,
    *,
    now: dt.datetime,
    forget_after: dt.timedelta,
) -> tuple[LoginResponse | Refused, str]:
    """The answer, or the refusal to raise once this transaction (which counts a failed
    attempt towards the name's waiting) has committed; and the account's name, "" when
    none has the name (for the access log, which never holds a name no account has).

    A name no account has is answered and throttled exactly like a wrong password, and
    takes as long (a dummy hash is verified)."""
    name = throttle.name_hash(conn, request.user)
    throttle.serialise(conn, name)
    user = conn.execute(select(users).where(users.c.name == request.user)).first()
    known = user.name if user is not None else ""
    if throttle.name_locked(conn, name, now=now):
        return Refused(429, throttle.THROTTLED), known
    ok = passwords.verify(user.password_hash if user is not None else None, request.password)
    if user is None or not ok or user.disabled:
        throttle.name_failed(conn, name, now=now, forget_after=forget_after)
        return Refused(401, Refusal(code="unauthorized", message=GENERIC)), known
    throttle.name_succeeded(conn, name)
    device = conn.execute(select(devices).where(devices.c.id == request.device_id)).first()
    if device is None:
        taken = conn.execute(
            select(devices.c.id).where(devices.c.public_key == request.public_key)
        ).first()
        if taken is not None:
            # One key, one device: a key listed twice could be sealed to under another id
            # (a revoked laptop coming back as a "new" one with its old key).
            return Refused(
                409,
                Refusal(
                    code="key_in_use",
                    message="Datorns nyckel hör redan till en annan dator. Kontakta IT.",
                ),
            ), known
        conn.execute(
            insert(devices).values(
                id=request.device_id,
                team_id=user.team_id,
                user_id=user.id,
                name=request.device_name,
                public_key=request.public_key,
                signing_key=request.signing_key,
                status=DeviceStatus.PENDING.value,
                wrapped_team_key="",
                created_at=now,
            )
        )
        return LoginResponse(device_status=DeviceStatus.PENDING, team_id=user.team_id), known
    if device.user_id != user.id or device.public_key != request.public_key:
        return Refused(401, Refusal(code="unauthorized", message=GENERIC)), known
    status = DeviceStatus(device.status)
    if status is DeviceStatus.REVOKED:
        return Refused(403, _revoked()), known
    if status is DeviceStatus.PENDING:
        return LoginResponse(device_status=status, team_id=user.team_id), known
    if device.signing_key and not _proven(
        conn, device.id, request.nonce, request.proof, request.signed_part(), now
    ):
        if request.proof:
            return Refused(401, Refusal(code="unauthorized", message=GENERIC)), known
        return _proof_needed(conn, device.id, now), known
    answer = LoginResponse(
        device_status=status,
        token=_access_token(conn, device.id, user.id, now),
        expires_in=int(auth.TOKEN_LIFETIME.total_seconds()),
        team_id=user.team_id,
        epoch=epoch(conn),
        wrapped_team_key=device.wrapped_team_key,
        refresh_token=_refresh_token(conn, device.id, now),
        is_admin=bool(user.is_admin),
        team_has_key=_team_has_key(conn, user.team_id),
    )
    return answer, known


def _access_token(conn: Connection, device_id: str, user_id: str, now: dt.datetime) -> str:
    token, digest = auth.new_token()
    conn.execute(
        insert(tokens).values(
            hash=digest, device_id=device_id, user_id=user_id, expires_at=now + auth.TOKEN_LIFETIME
        )
    )
    return token


def _refresh_token(conn: Connection, device_id: str, now: dt.datetime) -> str:
    token, digest = auth.new_token()
    conn.execute(
        insert(refresh_tokens).values(
            hash=digest, device_id=device_id, spent=False, expires_at=now + auth.REFRESH_LIFETIME
        )
    )
    return token


def refresh(
    conn: Connection, request: TokenRequest, *, now: dt.datetime
) -> TokenResponse | Refused:
    """Rotate: the presented refresh token is spent and a new one issued. A spent token
    presented again means it was copied: every token of the device is revoked."""
    unauthorized = Refused(
        401, Refusal(code="unauthorized", message="Logga in igen med ditt lösenord.")
    )
    row = conn.execute(
        select(
            refresh_tokens, devices.c.status, devices.c.user_id, devices.c.team_id, users.c.disabled
        )
        .join(devices, devices.c.id == refresh_tokens.c.device_id)
        .join(users, users.c.id == devices.c.user_id)
        .where(refresh_tokens.c.hash == auth.token_hash(request.refresh_token))
    ).first()
    if row is None or row.device_id != request.device_id or row.disabled:
        return unauthorized
    if row.status == DeviceStatus.REVOKED.value:
        return Refused(403, _revoked())
    if row.spent and _lost_answer(conn, row, now):
        # Only the device itself may use the grace: a copied token alone is not enough.
        proven = _proven(
            conn, request.device_id, request.nonce, request.proof, request.signed_part(), now
        )
        if not proven:
            return _proof_needed(conn, row.device_id, now)
    elif row.spent:
        conn.execute(delete(refresh_tokens).where(refresh_tokens.c.device_id == row.device_id))
        conn.execute(delete(tokens).where(tokens.c.device_id == row.device_id))
        return unauthorized
    if _aware(row.expires_at) <= now:
        return unauthorized
    if row.successor:  # the answer was lost: the unused successor goes, a new one comes
        conn.execute(delete(refresh_tokens).where(refresh_tokens.c.hash == row.successor))
    refresh_token = _refresh_token(conn, row.device_id, now)
    conn.execute(
        update(refresh_tokens)
        .where(refresh_tokens.c.hash == row.hash)
        .values(spent=True, spent_at=now, successor=auth.token_hash(refresh_token))
    )
    return TokenResponse(
        token=_access_token(conn, row.device_id, row.user_id, now),
        expires_in=int(auth.TOKEN_LIFETIME.total_seconds()),
        refresh_token=refresh_token,
        epoch=epoch(conn),
        team_id=row.team_id,
    )


def _proof_needed(conn: Connection, device_id: str, now: dt.datetime) -> Refused:
    """Asked of a device to sign: a nonce of this server's, good once."""
    nonce = secrets.token_hex(16)
    conn.execute(
        insert(renewal_nonces).values(
            value=nonce, device_id=device_id, expires_at=now + auth.REFRESH_GRACE
        )
    )
    return Refused(
        401,
        Refusal(code="proof_needed", message="Datorn behöver styrka att det är den.", nonce=nonce),
    )


def _proven(
    conn: Connection, device_id: str, nonce: str, proof: str, signed: bytes, now: dt.datetime
) -> bool:
    """The device's signature over `signed`, which holds a nonce this server gave it,
    unexpired and unused."""
    if not nonce or not proof:
        return False
    spent = conn.execute(
        delete(renewal_nonces)
        .where(renewal_nonces.c.value == nonce, renewal_nonces.c.device_id == device_id)
        .returning(renewal_nonces.c.expires_at)
    ).first()
    if spent is None or _aware(spent.expires_at) <= now:
        return False
    key = conn.execute(select(devices.c.signing_key).where(devices.c.id == device_id)).scalar_one()
    return auth.signed_by(key, signed, proof)


def _lost_answer(conn: Connection, row: Any, now: dt.datetime) -> bool:
    """A spent token shown again soon after, while its successor is still unused: the
    device never got the answer. Anything else is a copy being used."""
    if row.spent_at is None or now - _aware(row.spent_at) > auth.REFRESH_GRACE:
        return False
    successor = conn.execute(
        select(refresh_tokens.c.spent).where(refresh_tokens.c.hash == row.successor)
    ).first()
    return successor is not None and not successor.spent


def pending_devices(conn: Connection, who: Principal) -> PendingDevices:
    rows = conn.execute(
        select(devices.c.id, devices.c.name, devices.c.public_key, users.c.name.label("user"))
        .join(users, users.c.id == devices.c.user_id)
        .where(
            devices.c.team_id == who.team_id,
            # Waiting, or let in by the operator on the server but without the team key yet:
            # only an admin's laptop can give it the key.
            (devices.c.status == DeviceStatus.PENDING.value)
            | (
                (devices.c.status == DeviceStatus.APPROVED.value)
                & (devices.c.wrapped_team_key == "")
            ),
        )
        .order_by(devices.c.created_at)
    )
    return PendingDevices(
        devices=[
            PendingDevice(device_id=r.id, device_name=r.name, user=r.user, public_key=r.public_key)
            for r in rows
        ]
    )


def approve(
    conn: Connection, who: Principal, device_id: str, approval: Approval, *, now: dt.datetime
) -> None:
    """A team admin's device approves a pending device of the same team, or, the first
    time, stores the team key it has just made sealed to itself."""
    admin = conn.execute(select(users.c.is_admin).where(users.c.id == who.user_id)).scalar_one()
    target = conn.execute(select(devices).where(devices.c.id == device_id)).first()
    if target is None or target.team_id != who.team_id:
        raise Refused(404, Refusal(code="not_found", message="Enheten finns inte."))
    first_key = device_id == who.device_id and not _team_has_key(conn, who.team_id)
    keyless = target.status == DeviceStatus.APPROVED.value and not target.wrapped_team_key
    if not admin or not (target.status == DeviceStatus.PENDING.value or keyless or first_key):
        raise Refused(
            403, Refusal(code="forbidden", message="Bara teamets administratör kan godkänna.")
        )
    decide_device(
        conn, device_id, DeviceStatus.APPROVED, now=now, wrapped_key=approval.wrapped_team_key
    )


def team_devices(conn: Connection, who: Principal) -> TeamDevices:
    """The team's devices by name, so that a laptop can say whose change it could not read."""
    rows = conn.execute(
        select(
            devices.c.id,
            devices.c.name,
            devices.c.status,
            devices.c.public_key,
            devices.c.audit_gap_at,
            users.c.name.label("user"),
            users.c.is_admin,
        )
        .join(users, users.c.id == devices.c.user_id)
        .where(devices.c.team_id == who.team_id)
        .order_by(devices.c.created_at)
    )
    return TeamDevices(
        devices=[
            TeamDevice(
                device_id=r.id,
                device_name=r.name,
                user=r.user,
                status=DeviceStatus(r.status),
                public_key=r.public_key,
                audit_gap_at=r.audit_gap_at.isoformat() if r.audit_gap_at else "",
                admin=bool(r.is_admin),
            )
            for r in rows
        ]
    )


def rotate(conn: Connection, who: Principal, rotation: Rotation, *, now: dt.datetime) -> None:
    """An admin's laptop has made a new team key: the new ring of each approved device it
    has verified, and the ring for the new recovery code. An approved device without one
    is listed as waiting for the team key."""
    _require_admin(conn, who)
    team_key = select(teams.c.key_id).where(teams.c.id == who.team_id)
    if conn.dialect.name == "postgresql":
        team_key = team_key.with_for_update()
    team = conn.execute(team_key).scalar_one()
    if team == rotation.key_id:
        # This very rotation again (its answer was lost): taken once. Another one under
        # the same key id is not this one.
        stored = conn.execute(
            select(team_recovery.c.blob).where(team_recovery.c.team_id == who.team_id)
        ).scalar_one_or_none()
        if stored == rotation.recovery:
            return
        raise Refused(409, Refusal(code="exists", message="Teamet har redan den här teamnyckeln."))
    approved = {
        r.id
        for r in conn.execute(
            select(devices.c.id).where(
                devices.c.team_id == who.team_id, devices.c.status == DeviceStatus.APPROVED.value
            )
        )
    }
    newest = conn.execute(
        select(func.max(log.c.seq)).where(log.c.team_id == who.team_id)
    ).scalar_one_or_none()
    if rotation.since is not None and (newest or 0) > rotation.since:
        # The old key opens what the log holds up to `since` (sealed into the ring): the
        # laptop must have read all of it first.
        raise Refused(
            409,
            Refusal(code="behind", message="Synkronisera först, så görs den nya nyckeln."),
        )
    if who.device_id not in rotation.rings:
        # A rotation that leaves out the very laptop making it was not made by it.
        raise Refused(
            422, Refusal(code="invalid", message="Den nya teamnyckeln saknar den egna datorn.")
        )
    if not set(rotation.rings) <= approved:
        raise Refused(
            409,
            Refusal(
                code="devices_changed",
                message="Teamets datorer ändrades just. Synkronisera igen, så görs en ny "
                "teamnyckel för dem som finns nu.",
            ),
        )
    for device_id in approved:
        # A device the admin's laptop has not verified gets no ring: it waits to be let in
        # again by its safety code.
        ring = rotation.rings.get(device_id, "")
        conn.execute(update(devices).where(devices.c.id == device_id).values(wrapped_team_key=ring))
    conn.execute(
        update(teams)
        .where(teams.c.id == who.team_id)
        .values(key_id=rotation.key_id, rotation_due=False)
    )
    conn.execute(delete(team_recovery).where(team_recovery.c.team_id == who.team_id))
    conn.execute(
        insert(team_recovery).values(team_id=who.team_id, blob=rotation.recovery, stored_at=now)
    )


def own_ring(conn: Connection, who: Principal) -> KeyRing:
    wrapped = conn.execute(
        select(devices.c.wrapped_team_key).where(devices.c.id == who.device_id)
    ).scalar_one()
    return KeyRing(wrapped_team_key=wrapped)


def register_signing_key(conn: Connection, who: Principal, key: SigningKey) -> None:
    """Once per device: a key already registered is never replaced (that would let a
    copied token re-sign the device's history)."""
    held = conn.execute(
        select(devices.c.signing_key).where(devices.c.id == who.device_id)
    ).scalar_one()
    if held and held != key.signing_key:
        raise Refused(
            409, Refusal(code="exists", message="Datorn har redan en registrerad nyckel.")
        )
    conn.execute(
        update(devices)
        .where(devices.c.id == who.device_id)
        .values(signing_key=key.signing_key, audit_key=key.audit_key, audit_key_seq=key.audit_from)
    )


def anchor_audit(
    conn: Connection, who: Principal, head: AuditHead, *, now: dt.datetime
) -> Refused | None:
    """Keep the head if it extends the last one: at least as far, and the laptop's event at
    the last anchor still the one anchored. Otherwise the gap is recorded for the team
    admin (and returned, to refuse once this transaction has committed); the new head
    becomes the anchor, so that the next contact is judged from here."""
    row = conn.execute(
        select(
            devices.c.signing_key,
            devices.c.audit_seq,
            devices.c.audit_hash,
            devices.c.audit_key,
            devices.c.audit_key_seq,
            devices.c.audit_key_offset,
        ).where(devices.c.id == who.device_id)
    ).one()
    if not auth.signed_by(row.signing_key, head.signed_part(who.device_id), head.signature):
        return Refused(
            403, Refusal(code="unsigned", message="Loggens huvud är inte signerat av datorn.")
        )
    if row.audit_seq and head.anchor_seq != row.audit_seq and head.seq >= row.audit_seq:
        # The laptop did not hear that its last head was taken (an answer lost, a request
        # sent twice): it proves its chain from the head the server holds.
        return Refused(
            409,
            Refusal(
                code="anchor",
                message="Loggens huvud skickas om från serverns senaste.",
                anchor_seq=row.audit_seq,
            ),
        )
    extends = head.seq >= row.audit_seq and (
        row.audit_seq == 0
        or (head.anchor_seq == row.audit_seq and head.anchor_hash == row.audit_hash)
    )
    values: dict[str, object] = {"audit_seq": head.seq, "audit_hash": head.hash}
    if row.audit_key:
        # The head's MAC under the key of its step, and the laptop's key no further on: a
        # laptop whose newest events were cut has a key that already moved past them.
        step = head.seq + row.audit_key_offset
        extends = extends and head.key_at == step + 1 and _audit_mac_at(row, head, step, values)
        at = head.key_at - 1
        if not extends and at >= row.audit_key_seq:
            # Judged from where the laptop's key stands now, later contacts are reported
            # only if they cut again: one report a cut.
            key = auditmac.key_after(bytes.fromhex(row.audit_key), at - row.audit_key_seq)
            values.update(audit_key=key.hex(), audit_key_seq=at, audit_key_offset=at - head.seq)
    if not extends:
        values["audit_gap_at"] = now
    conn.execute(update(devices).where(devices.c.id == who.device_id).values(**values))
    if extends:
        return None
    return Refused(
        409,
        Refusal(
            code="audit_gap",
            message="Datorns logg fortsätter inte där den slutade förra gången: händelser "
            "har tagits bort eller ändrats. Teamets administratör ser det.",
        ),
    )


def _audit_mac_at(row: Any, head: AuditHead, step: int, values: dict[str, object]) -> bool:
    """Whether the head's MAC is right under the key of `step` (never a step already
    passed); if so that key is kept, to go on from."""
    if step < row.audit_key_seq:
        return False
    key = auditmac.key_after(bytes.fromhex(row.audit_key), step - row.audit_key_seq)
    if not hmac.compare_digest(head.mac, auditmac.mac(key, head.hash)):
        return False
    values.update(audit_key=key.hex(), audit_key_seq=step)
    return True


def _require_admin(conn: Connection, who: Principal) -> None:
    admin = conn.execute(select(users.c.is_admin).where(users.c.id == who.user_id)).scalar_one()
    if not admin:
        raise Refused(403, Refusal(code="forbidden", message="Bara teamets administratör."))


def farewell_principal(
    conn: Connection, request: FarewellRequest, *, now: dt.datetime
) -> Principal:
    """A revoked device may still hand over what it holds, once: in one session (from its
    first farewell request, for auth.FAREWELL_SESSION) inside the window after the
    revocation, with a refresh token of its own that is neither spent nor expired (a copy
    of the vault from before a renewal has a spent one). After the hand-over is done, the
    device may only ask again that it is done (its answer was lost) and send its own audit
    log: a copy of its vault made before the wipe can hand over no change."""
    row = conn.execute(
        select(
            refresh_tokens.c.expires_at,
            refresh_tokens.c.spent,
            devices.c.id.label("device_id"),
            devices.c.status,
            devices.c.team_id,
            devices.c.decided_at,
            devices.c.farewell_at,
            devices.c.farewell_started_at,
            users.c.id.label("user_id"),
            users.c.name.label("user_name"),
        )
        .join(devices, devices.c.id == refresh_tokens.c.device_id)
        .join(users, users.c.id == devices.c.user_id)
        .where(refresh_tokens.c.hash == auth.token_hash(request.refresh_token))
    ).first()
    started = row.farewell_started_at if row is not None else None
    audit_only = all(m.kind == AUDIT_KIND for m in request.push.mutations)
    if (
        row is None
        or row.device_id != request.device_id
        or row.status != DeviceStatus.REVOKED.value
        or row.spent
        or _aware(row.expires_at) <= now
        or row.decided_at is None
        or now - _aware(row.decided_at) > auth.FAREWELL_WINDOW
        or (started is not None and now - _aware(started) > auth.FAREWELL_SESSION)
        or (row.farewell_at is not None and not audit_only)
    ):
        raise Refused(403, _revoked())
    if started is None:
        conn.execute(
            update(devices).where(devices.c.id == row.device_id).values(farewell_started_at=now)
        )
    return Principal(row.device_id, row.user_id, row.user_name, row.team_id)


def farewell_done(conn: Connection, device_id: str, *, now: dt.datetime) -> None:
    """The hand-over is over: a copy of the device's vault made before the wipe can hand
    over nothing more (and is still told `revoked` for whatever it presents)."""
    conn.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.farewell_at.is_(None))
        .values(farewell_at=now)
    )


def _team_has_key(conn: Connection, team_id: str) -> bool:
    return (
        conn.execute(
            select(devices.c.id).where(
                devices.c.team_id == team_id, devices.c.wrapped_team_key != ""
            )
        ).first()
        is not None
    )


def authenticate(conn: Connection, token: str, *, now: dt.datetime) -> Principal:
    row = conn.execute(
        select(
            tokens.c.expires_at,
            devices.c.id.label("device_id"),
            devices.c.status,
            devices.c.team_id,
            users.c.id.label("user_id"),
            users.c.name.label("user_name"),
            users.c.disabled,
            users.c.role,
        )
        .join(devices, devices.c.id == tokens.c.device_id)
        .join(users, users.c.id == tokens.c.user_id)
        .where(tokens.c.hash == auth.token_hash(token))
    ).first()
    if row is None or _aware(row.expires_at) <= now or row.disabled:
        raise Refused(
            401, Refusal(code="unauthorized", message="Logga in igen: inloggningen har gått ut.")
        )
    if row.status == DeviceStatus.REVOKED.value:
        raise Refused(403, _revoked())
    return Principal(row.device_id, row.user_id, row.user_name, row.team_id, row.role)


def _revoked() -> Refusal:
    return Refusal(
        code="revoked",
        message="Den här datorn är spärrad från teamets server. Valvet på datorn raderas.",
        wipe=True,
    )


# -- push and pull ----------------------------------------------------------------------


class Contended(Exception):
    """Another transaction made a record new at the same moment: the push is tried again."""


def push(
    conn: Connection,
    who: Principal,
    request: PushRequest,
    *,
    now: dt.datetime,
    farewell: bool = False,
) -> PushResponse:
    """A batch in a handful of statements: the answers kept for retried mutation ids, the
    heads of the batch's records locked and advanced, the log rows written together."""
    current_epoch = epoch(conn)
    if request.epoch and request.epoch != current_epoch:
        # Sealed under an epoch the server has left (it was restored since): the device
        # pulls first, re-bases and seals again under the new one.
        raise Refused(
            409,
            Refusal(
                code="epoch",
                message="Servern har återställts från en säkerhetskopia. Datorn läser in det "
                "nya läget och skickar sedan sina ändringar.",
            ),
        )
    team_key = select(teams.c.key_id).where(teams.c.id == who.team_id)
    if conn.dialect.name == "postgresql":
        team_key = team_key.with_for_update()  # a rotation and a push one after the other
    current_key = conn.execute(team_key).scalar_one()
    ids = [m.mutation_id for m in request.mutations]
    known = {
        row.mutation_id: row
        for row in conn.execute(
            select(mutations).where(
                mutations.c.team_id == who.team_id, mutations.c.mutation_id.in_(ids)
            )
        )
    }
    stale = [m for m in request.mutations if m.mutation_id not in known and m.key_id != current_key]
    if current_key and not farewell and stale:
        # Sealed with a key the team replaced: a revoked laptop may still have it, so the
        # team reads nothing new under it (but a revoked laptop's farewell, marked so).
        raise Refused(
            409,
            Refusal(
                code="stale_key",
                message="Teamet har fått en ny nyckel. Datorn hämtar den och skickar igen.",
            ),
        )
    for m in request.mutations:
        row = known.get(m.mutation_id)
        if row is not None and row.digest is not None and not _same_mutation(row.digest, m):
            # A mutation id means one change: other content under it is never applied.
            raise Refused(
                422,
                Refusal(
                    code="mutation_reused",
                    message="Samma ändrings-id kom med ett annat innehåll. Ändringen togs "
                    "inte emot.",
                ),
            )
    fresh = [m for m in request.mutations if m.mutation_id not in known]
    record_ids = sorted({m.record_id for m in fresh})
    query = select(heads.c.record_id, heads.c.version).where(
        heads.c.team_id == who.team_id, heads.c.record_id.in_(record_ids)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()  # concurrent pushes to these records wait for us
    stored = {r: v for r, v in conn.execute(query).all()} if record_ids else {}
    head = dict(stored)
    outcome: dict[str, tuple[MutationStatus, int]] = {}
    for m in fresh:  # in order: a batch may carry several versions of one record
        current = head.get(m.record_id, 0)
        if m.base_version == current:
            head[m.record_id] = current + 1
            outcome[m.mutation_id] = (MutationStatus.ACCEPTED, current + 1)
        else:
            outcome[m.mutation_id] = (MutationStatus.REJECTED, current)
    made = [r for r in head if r not in stored]
    if made:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        inserted = conn.execute(
            dialect.insert(heads)
            .values([{"team_id": who.team_id, "record_id": r, "version": head[r]} for r in made])
            .on_conflict_do_nothing()
            .returning(heads.c.record_id)
        ).all()
        if len(inserted) != len(made):
            raise Contended()
    moved = [r for r in head if r in stored and head[r] != stored[r]]
    if moved:
        conn.execute(
            update(heads)
            .where(heads.c.team_id == who.team_id, heads.c.record_id == bindparam("r"))
            .values(version=bindparam("v")),
            [{"r": r, "v": head[r]} for r in moved],
        )
    accepted = [m for m in fresh if outcome[m.mutation_id][0] is MutationStatus.ACCEPTED]
    seqs: dict[str, int] = {}
    if accepted:
        rows = conn.execute(
            insert(log).returning(log.c.seq, sort_by_parameter_order=True),
            [
                {
                    "team_id": who.team_id,
                    "record_id": m.record_id,
                    "kind": m.kind,
                    "version": outcome[m.mutation_id][1],
                    "base_version": m.base_version,
                    "device_id": who.device_id,
                    "key_id": m.key_id,
                    "epoch": current_epoch,
                    # Every change a revoked device hands over: a conflict to see, never
                    # applied (its seal says so too, so a server cannot take the mark off).
                    "farewell": farewell,
                    "ciphertext": m.ciphertext,
                    "deleted": m.deleted,
                    "received_at": now,
                }
                for m in accepted
            ],
        ).all()
        seqs = {m.mutation_id: row.seq for m, row in zip(accepted, rows, strict=True)}
    if fresh:
        conn.execute(
            insert(mutations),
            [
                {
                    "team_id": who.team_id,
                    "mutation_id": m.mutation_id,
                    "status": outcome[m.mutation_id][0].value,
                    "version": outcome[m.mutation_id][1],
                    "seq": seqs.get(m.mutation_id, 0),
                    "digest": _digest(m),
                }
                for m in fresh
            ],
        )
    results = []
    for m in request.mutations:
        if m.mutation_id in known:  # a retry: the same answer, nothing applied twice
            row = known[m.mutation_id]
            status, version, seq = MutationStatus(row.status), row.version, row.seq
        else:
            (status, version), seq = outcome[m.mutation_id], seqs.get(m.mutation_id, 0)
        results.append(
            MutationResult(mutation_id=m.mutation_id, status=status, version=version, seq=seq)
        )
    return PushResponse(epoch=current_epoch, results=results)


def _digest(m: Mutation) -> str:
    """What a mutation id stands for: its record, kind, base, key and sealed bytes (a retry
    sends the very bytes it first sent)."""
    sealed = hashlib.sha256(m.ciphertext.encode()).hexdigest()
    content = json.dumps(
        [m.record_id, m.kind, m.base_version, m.key_id, m.deleted, sealed], separators=(",", ":")
    )
    return "2:" + hashlib.sha256(content.encode()).hexdigest()[:62]


def _same_mutation(stored: str, m: Mutation) -> bool:
    if stored.startswith("2:"):
        return stored == _digest(m)
    # Recorded before the bytes were part of it: record, kind, base and key only.
    content = json.dumps(
        [m.record_id, m.kind, m.base_version, m.key_id, m.deleted], separators=(",", ":")
    )
    return stored == hashlib.sha256(content.encode()).hexdigest()


MARK_KEY = "mark_key"


def cursor_mark(conn: Connection, row: Any) -> str:
    """What the server gives a device with the last change of a page, and the device shows
    when it pulls on from there: the epoch, the seq and a digest of the change the server
    served there, under the server's own key. Only this server (or a backup of it) can
    have made it, so a device showing one the log no longer matches proves the server
    lost what it had served (a restore), and a device cannot claim so by itself."""
    change = json.dumps([row.seq, row.record_id, row.version, row.epoch, row.ciphertext])
    body = f"{epoch(conn)}.{row.seq}.{hashlib.sha256(change.encode()).hexdigest()[:16]}"
    return f"{body}.{_mark_tag(conn, body)}"


def _mark_tag(conn: Connection, body: str) -> str:
    key = conn.execute(select(meta.c.value).where(meta.c.key == MARK_KEY)).scalar_one()
    return hmac.new(bytes.fromhex(key), body.encode(), hashlib.sha256).hexdigest()[:24]


def _served(conn: Connection, mark: str, since: int) -> tuple[str, str] | None:
    """(epoch, digest) of a mark this server made for the change at `since`; None for any
    other mark (made up, from another server, or none)."""
    parts = mark.split(".")
    if len(parts) != 4 or parts[1] != str(since):
        return None
    body = ".".join(parts[:3])
    if not hmac.compare_digest(parts[3], _mark_tag(conn, body)):
        return None
    return parts[0], parts[2]


def changes(
    conn: Connection,
    who: Principal,
    *,
    since: int,
    limit: int,
    device_epoch: str = "",
    mark: str = "",
) -> ChangesResponse | Refused:
    """A page of the team's log, or (returned, so that this transaction commits) the
    refusal of a device that has seen more than the server holds, or another change at
    its cursor than the one it applied there.

    The server starts a new epoch itself (a restore nobody announced) only on proof: a
    mark it made for a change it no longer holds as it served it. A device that only
    claims to be ahead is told it is, alone, and nothing changes for the team."""
    newest = (
        conn.execute(
            select(func.max(log.c.seq)).where(log.c.team_id == who.team_id)
        ).scalar_one_or_none()
        or 0
    )
    current = epoch(conn)
    served = _served(conn, mark, since) if since else None
    lost = False
    if served is not None:
        at = conn.execute(select(log).where(log.c.team_id == who.team_id, log.c.seq == since))
        row = at.first()
        lost = row is None or cursor_mark(conn, row).split(".")[2] != served[1]
        if lost and served[0] == current:
            new_epoch(conn)  # a restore nobody announced, proven by the server's own mark
    if lost or since > newest:
        return Refused(
            409,
            Refusal(
                code="behind",
                message="Servern har återställts från en säkerhetskopia. Datorn skickar om det "
                "som servern saknar.",
            ),
        )
    rows = conn.execute(
        select(log)
        .where(log.c.team_id == who.team_id, log.c.seq > since)
        .order_by(log.c.seq)
        .limit(limit + 1)
    ).all()
    page = rows[:limit]
    team = conn.execute(
        select(teams.c.key_id, teams.c.rotation_due).where(teams.c.id == who.team_id)
    ).one()
    return ChangesResponse(
        key_id=team.key_id,
        rotation_due=team.rotation_due,
        epoch=current,
        changes=[
            Change(
                seq=r.seq,
                record_id=r.record_id,
                kind=r.kind,
                version=r.version,
                device_id=r.device_id,
                key_id=r.key_id,
                epoch=r.epoch,
                farewell=r.farewell,
                ciphertext=r.ciphertext,
                deleted=r.deleted,
            )
            for r in page
        ],
        next_since=page[-1].seq if page else since,
        more=len(rows) > limit,
        mark=cursor_mark(conn, page[-1]) if page else "",
    )


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite gives naive datetimes back; everything here is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def store_recovery(conn: Connection, who: Principal, blob: str, *, now: dt.datetime) -> None:
    """Only a team admin's device, and only once: the paper printed then stays valid (until
    a key rotation replaces it with a new one)."""
    _require_admin(conn, who)
    exists = conn.execute(
        select(team_recovery.c.blob).where(team_recovery.c.team_id == who.team_id)
    ).first()
    if exists is not None and exists.blob == blob:
        return  # the same paper again: its answer was lost
    if exists is not None:
        raise Refused(409, Refusal(code="exists", message="Teamet har redan en återställningskod."))
    conn.execute(insert(team_recovery).values(team_id=who.team_id, blob=blob, stored_at=now))


def recovery(conn: Connection, who: Principal) -> str:
    blob = conn.execute(
        select(team_recovery.c.blob).where(team_recovery.c.team_id == who.team_id)
    ).scalar_one_or_none()
    if blob is None:
        raise Refused(404, Refusal(code="not_found", message="Teamet har ingen återställningskod."))
    return blob


def store_sealed(
    conn: Connection, who: Principal, period: str, blob: str, *, now: dt.datetime
) -> None:
    """A team's sealed counts for a school year; sent again, they replace the last."""
    if who.role != ROLE_SOCIAL_WORKER:
        raise Refused(
            403,
            Refusal(code="role", message="Bara ett skolsocialt team kan skicka sin statistik."),
        )
    key = (sealed_statistics.c.team_id == who.team_id) & (sealed_statistics.c.period == period)
    conn.execute(delete(sealed_statistics).where(key))
    conn.execute(
        insert(sealed_statistics).values(
            team_id=who.team_id, period=period, blob=blob, stored_at=now
        )
    )


def sealed(conn: Connection, who: Principal, period: str) -> list[tuple[str, dt.datetime, str]]:
    """(team id, stored at, blob) of every team's sealed counts: the statistician's only."""
    if who.role != ROLE_STATISTICIAN:
        raise Refused(
            403,
            Refusal(
                code="role",
                message="Bara stadens statistiker kan hämta teamens förseglade statistik.",
            ),
        )
    rows = conn.execute(
        select(sealed_statistics.c.team_id, sealed_statistics.c.stored_at, sealed_statistics.c.blob)
        .where(sealed_statistics.c.period == period)
        .order_by(sealed_statistics.c.team_id)
    ).all()
    return [(r.team_id, _aware(r.stored_at), r.blob) for r in rows]
