"""The ASGI app: four routes, every request logged with ids only, errors as `Refusal`.

No `from __future__ import annotations` here: FastAPI reads the route signatures,
which name types local to `create_app`.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.routing import Match
from starlette.types import Scope

from sstdesk.server import auth, limits, store, throttle
from sstdesk.wire.schema import (
    API,
    MAX_CIPHERTEXT,
    MAX_PAGE,
    Approval,
    AuditHead,
    ChangesResponse,
    FarewellRequest,
    KeyRing,
    LoginRequest,
    LoginResponse,
    PendingDevices,
    PushRequest,
    PushResponse,
    Refusal,
    Rotation,
    SealedItem,
    SealedList,
    SealedStatistics,
    SigningKey,
    TeamDevices,
    TeamRecovery,
    TokenRequest,
    TokenResponse,
)


class Throttled(Exception):
    """The client address has too many failed attempts in the window."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class ServerSettings:
    dev: bool = False  # OpenAPI schema and docs only in development
    hashing: auth.HashParams = field(default_factory=auth.HashParams)
    clock: Callable[[], dt.datetime] = _utcnow
    # Sizes in bytes; why these defaults: sstdesk.server.limits.
    max_record_bytes: int = limits.MAX_RECORD  # base64 characters of one record's ciphertext
    max_request_bytes: int = limits.MAX_REQUEST  # one request body, before it is read
    # Failed logins and token renewals from one client address: at this many within the
    # window, every login and renewal from it is refused (429) until the oldest ages out.
    # A team's laptops behind one school's NAT mistype a password or find a renewal spent
    # a few times a day; an attacker gets about 2 000 tries a day from one address, not
    # one with each request.
    address_failures: int = 20
    address_window: dt.timedelta = dt.timedelta(minutes=15)
    # A name's failures in a row (auth.lock_after) are forgotten after this long without
    # one, so the names an attacker made up do not stay in the database.
    forget_failures_after: dt.timedelta = dt.timedelta(days=1)

    def __post_init__(self) -> None:
        if not 0 < self.max_record_bytes <= MAX_CIPHERTEXT:
            raise ValueError(f"max_record_bytes must be between 1 and {MAX_CIPHERTEXT}")
        if self.max_request_bytes < self.max_record_bytes + limits.ENVELOPE:
            # Else a record within its limit could never be sent, not even alone.
            raise ValueError("max_request_bytes must hold one record at max_record_bytes")
        if self.address_failures < 1 or not self.address_window > dt.timedelta(0):
            raise ValueError("address_failures and address_window must be positive")
        if self.forget_failures_after < auth.MAX_LOCK:
            raise ValueError("forget_failures_after must be at least auth.MAX_LOCK")


def _too_large(what: str, limit: int) -> Refusal:
    return Refusal(
        code="too_large",
        message=f"{what} är för stor för servern (högst {limit // limits.KIB} kB).",
    )


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    passwords = auth.Passwords(settings.hashing)
    app = FastAPI(
        title="sstdesk sync",
        version="1",
        openapi_url="/openapi.json" if settings.dev else None,
        docs_url="/docs" if settings.dev else None,
        redoc_url=None,
    )
    app.state.engine = engine
    request_too_large = _too_large("Begäran", settings.max_request_bytes)
    record_too_large = _too_large("Ändringen", settings.max_record_bytes)

    def refuse(status: int, refusal: Refusal) -> JSONResponse:
        return JSONResponse(status_code=status, content=refusal.model_dump())

    def log_access(**entry: str) -> None:
        # In its own transaction: a refused request is logged even though its work rolled back.
        with engine.begin() as conn:
            store.record_access(conn, now=settings.clock(), **entry)

    @app.exception_handler(store.Refused)
    async def refused(_request: Request, error: store.Refused) -> JSONResponse:
        return refuse(error.status, error.refusal)

    async def body_refused(scope: Scope) -> None:
        # Logged under the name of the route it was for; a path no route has is "other".
        routes = (r for r in app.router.routes if r.matches(scope)[0] is Match.FULL)
        action = next((getattr(r, "name", "") for r in routes), "") or "other"
        await run_in_threadpool(log_access, action=action, outcome="too_large")

    app.add_middleware(
        limits.BodyLimit,
        limit=settings.max_request_bytes,
        refusal=request_too_large.model_dump_json().encode(),
        refused=body_refused,
    )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # Never echo the input back: it could hold what was meant to stay secret.
        action = request.url.path.rsplit("/", 1)[-1]
        if any(_ciphertext_too_long(e) for e in error.errors()):
            # Over the protocol's own cap: refused like any record over the server's limit.
            log_access(action=action, outcome="too_large")
            return refuse(413, record_too_large)
        log_access(action=action, outcome="invalid")
        return refuse(422, Refusal(code="invalid", message="Begäran kunde inte tolkas."))

    def principal(request: Request) -> store.Principal:
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        try:
            with engine.begin() as conn:
                return store.authenticate(conn, token, now=settings.clock())
        except store.Refused as error:
            log_access(action=request.url.path.rsplit("/", 1)[-1], outcome=error.refusal.code)
            raise

    Who = Annotated[store.Principal, Depends(principal)]

    @app.get(f"{API}/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    def client_address(conn: Connection, request: Request, now: dt.datetime) -> str:
        """The client's address as the throttle keeps it; `Throttled` if it has had too
        many failed logins and renewals in the window, so this one is not even tried."""
        address = throttle.address_hash(conn, request.client.host if request.client else "")
        throttle.serialise(conn, address)
        if address_blocked(conn, address, now):
            raise Throttled()
        return address

    def address_blocked(conn: Connection, address: str, now: dt.datetime) -> bool:
        return throttle.address_blocked(
            conn, address, now=now, most=settings.address_failures, window=settings.address_window
        )

    def count_failure(
        conn: Connection, address: str, answer: object, now: dt.datetime, *, proof: str = ""
    ) -> None:
        """A 401 is one more failure, but for the challenge to prove a renewal inside the
        grace window: that is a step of the renewal, unless it answers a proof that failed."""
        if not isinstance(answer, store.Refused) or answer.status != 401:
            return
        if answer.refusal.code == "proof_needed" and not proof:
            return
        throttle.address_failed(conn, address, now=now, window=settings.address_window)

    @app.post(f"{API}/login", response_model=LoginResponse)
    def login(body: LoginRequest, request: Request) -> LoginResponse:
        now = settings.clock()
        try:
            with engine.begin() as conn:
                address = client_address(conn, request, now)
                answer, known = store.login(
                    conn, passwords, body, now=now, forget_after=settings.forget_failures_after
                )
                count_failure(conn, address, answer, now, proof=body.proof)
        except Throttled:
            answer, known = store.Refused(429, throttle.THROTTLED), ""
        outcome = answer.refusal.code if isinstance(answer, store.Refused) else answer.device_status
        # The name only if an account has it: a name made up stays out of the log.
        log_access(action="login", outcome=outcome, device_id=body.device_id, user_name=known)
        if isinstance(answer, store.Refused):
            raise answer
        return answer

    @app.post(f"{API}/token", response_model=TokenResponse)
    def token(body: TokenRequest, request: Request) -> TokenResponse:
        now = settings.clock()
        # A valid refresh token is answered even from a blocked address: a whole school
        # behind one NAT address must not lose sync because someone there guessed
        # passwords. A token is 256 random bits, so trying it first gives a guesser nothing.
        with engine.begin() as conn:
            address = throttle.address_hash(conn, request.client.host if request.client else "")
            throttle.serialise(conn, address)
            answer = store.refresh(conn, body, now=now)
            if isinstance(answer, store.Refused) and answer.status == 401:
                if address_blocked(conn, address, now):
                    answer = store.Refused(429, throttle.THROTTLED)
                else:
                    count_failure(conn, address, answer, now, proof=body.proof)
        outcome = answer.refusal.code if isinstance(answer, store.Refused) else "renewed"
        log_access(action="token", outcome=outcome, device_id=body.device_id)
        if isinstance(answer, store.Refused):
            raise answer
        return answer

    @app.get(f"{API}/devices/pending", response_model=PendingDevices)
    def pending(who: Who) -> PendingDevices:
        with engine.begin() as conn:
            answer = store.pending_devices(conn, who)
        log_access(
            action="pending",
            outcome=str(len(answer.devices)),
            device_id=who.device_id,
            user_name=who.user_name,
        )
        return answer

    @app.post(f"{API}/devices/{{device_id}}/approve")
    def approve(device_id: str, body: Approval, who: Who) -> dict[str, str]:
        try:
            with engine.begin() as conn:
                store.approve(conn, who, device_id, body, now=settings.clock())
        except store.Refused as error:
            log_access(
                action="approve",
                outcome=error.refusal.code,
                device_id=who.device_id,
                user_name=who.user_name,
                record_ids=device_id[:64],
            )
            raise
        log_access(
            action="approve",
            outcome="approved",
            device_id=who.device_id,
            user_name=who.user_name,
            record_ids=device_id[:64],
        )
        return {"status": "approved"}

    @app.put(f"{API}/team/recovery")
    def put_recovery(body: TeamRecovery, who: Who) -> dict[str, str]:
        with engine.begin() as conn:
            store.store_recovery(conn, who, body.blob, now=settings.clock())
        log_access(
            action="recovery", outcome="stored", device_id=who.device_id, user_name=who.user_name
        )
        return {"status": "stored"}

    @app.put(f"{API}/statistics/sealed")
    def put_sealed(body: SealedStatistics, who: Who) -> dict[str, str]:
        with engine.begin() as conn:
            store.store_sealed(conn, who, body.period, body.blob, now=settings.clock())
        log_access(
            action="statistics", outcome="stored", device_id=who.device_id, user_name=who.user_name
        )
        return {"status": "stored"}

    @app.get(f"{API}/statistics/sealed", response_model=SealedList)
    def get_sealed(period: str, who: Who) -> SealedList:
        with engine.begin() as conn:
            found = store.sealed(conn, who, period)
        log_access(
            action="statistics", outcome="read", device_id=who.device_id, user_name=who.user_name
        )
        return SealedList(
            items=[
                SealedItem(team_id=team, stored_at=at.isoformat(), blob=blob)
                for team, at, blob in found
            ]
        )

    @app.get(f"{API}/team/recovery", response_model=TeamRecovery)
    def get_recovery(who: Who) -> TeamRecovery:
        with engine.begin() as conn:
            blob = store.recovery(conn, who)
        log_access(
            action="recovery", outcome="read", device_id=who.device_id, user_name=who.user_name
        )
        return TeamRecovery(blob=blob)

    def push_as(who: store.Principal, body: PushRequest, action: str) -> PushResponse:
        large = [
            m.record_id for m in body.mutations if len(m.ciphertext) > settings.max_record_bytes
        ]
        if large:
            # The whole push: the laptop then sends one by one and keeps back only this one.
            log_access(
                action=action,
                outcome="too_large",
                device_id=who.device_id,
                user_name=who.user_name,
                record_ids=",".join(large),
            )
            raise store.Refused(413, record_too_large)
        now = settings.clock()
        for attempt in (1, 2):
            try:
                with engine.begin() as conn:
                    answer = store.push(conn, who, body, now=now, farewell=action == "farewell")
                break
            except (IntegrityError, store.Contended):
                # The same mutation or a new record pushed twice at once: the second try
                # finds what the first wrote.
                if attempt == 2:
                    raise
            except store.Refused as error:
                log_access(
                    action=action,
                    outcome=error.refusal.code,
                    device_id=who.device_id,
                    user_name=who.user_name,
                )
                raise
        ids = ",".join(m.record_id for m in body.mutations)
        accepted = sum(r.status.value == "accepted" for r in answer.results)
        log_access(
            action=action,
            outcome=f"{accepted}/{len(body.mutations)} accepted",
            device_id=who.device_id,
            user_name=who.user_name,
            record_ids=ids,
        )
        return answer

    @app.post(f"{API}/push", response_model=PushResponse)
    def push(body: PushRequest, who: Who) -> PushResponse:
        return push_as(who, body, "push")

    @app.post(f"{API}/farewell", response_model=PushResponse)
    def farewell(body: FarewellRequest) -> PushResponse:
        try:
            with engine.begin() as conn:
                who = store.farewell_principal(conn, body, now=settings.clock())
        except store.Refused as error:
            log_access(action="farewell", outcome=error.refusal.code, device_id=body.device_id)
            raise
        answer = push_as(who, body.push, "farewell")
        if body.done:
            with engine.begin() as conn:
                store.farewell_done(conn, who.device_id, now=settings.clock())
        return answer

    @app.post(f"{API}/team/rotate")
    def rotate(body: Rotation, who: Who) -> dict[str, str]:
        try:
            with engine.begin() as conn:
                store.rotate(conn, who, body, now=settings.clock())
        except store.Refused as error:
            log_access(
                action="rotate",
                outcome=error.refusal.code,
                device_id=who.device_id,
                user_name=who.user_name,
            )
            raise
        log_access(
            action="rotate",
            outcome=f"{len(body.rings)} devices",
            device_id=who.device_id,
            user_name=who.user_name,
        )
        return {"status": "rotated"}

    @app.get(f"{API}/team/key", response_model=KeyRing)
    def team_key(who: Who) -> KeyRing:
        with engine.begin() as conn:
            answer = store.own_ring(conn, who)
        log_access(
            action="team_key", outcome="read", device_id=who.device_id, user_name=who.user_name
        )
        return answer

    @app.post(f"{API}/devices/signing-key")
    def signing_key(body: SigningKey, who: Who) -> dict[str, str]:
        with engine.begin() as conn:
            store.register_signing_key(conn, who, body)
        log_access(
            action="signing_key",
            outcome="registered",
            device_id=who.device_id,
            user_name=who.user_name,
        )
        return {"status": "registered"}

    @app.post(f"{API}/audit/head")
    def audit_head(body: AuditHead, who: Who) -> dict[str, str]:
        with engine.begin() as conn:
            refusal = store.anchor_audit(conn, who, body, now=settings.clock())
        log_access(
            action="audit_head",
            outcome=refusal.refusal.code if refusal else f"seq {body.seq}",
            device_id=who.device_id,
            user_name=who.user_name,
        )
        if refusal is not None:
            raise refusal
        return {"status": "anchored"}

    @app.get(f"{API}/devices", response_model=TeamDevices)
    def team_devices(who: Who) -> TeamDevices:
        with engine.begin() as conn:
            answer = store.team_devices(conn, who)
        log_access(
            action="devices",
            outcome=str(len(answer.devices)),
            device_id=who.device_id,
            user_name=who.user_name,
        )
        return answer

    @app.get(f"{API}/changes", response_model=ChangesResponse)
    def changes(
        who: Who,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = MAX_PAGE,
        epoch: Annotated[str, Query(max_length=32)] = "",
        mark: Annotated[str, Query(max_length=128)] = "",
    ) -> ChangesResponse:
        with engine.begin() as conn:
            answer = store.changes(
                conn, who, since=since, limit=limit, device_epoch=epoch, mark=mark
            )
        if isinstance(answer, store.Refused):
            log_access(
                action="changes",
                outcome=answer.refusal.code,
                device_id=who.device_id,
                user_name=who.user_name,
            )
            raise answer
        log_access(
            action="changes",
            outcome=f"{len(answer.changes)} from {since}",
            device_id=who.device_id,
            user_name=who.user_name,
            record_ids=",".join(c.record_id for c in answer.changes),
        )
        return answer

    return app


def _ciphertext_too_long(error: object) -> bool:
    if not isinstance(error, dict):
        return False
    loc = error.get("loc", ())
    return error.get("type") == "string_too_long" and bool(loc) and loc[-1] == "ciphertext"
