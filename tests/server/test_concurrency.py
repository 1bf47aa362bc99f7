"""Many devices at once against the real server: uvicorn on loopback, the real app, a
SQLite file (and PostgreSQL when it is there). Every request must succeed."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine, event, func, insert, select

from sstdesk.server import auth, store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import devices, log
from sstdesk.server.db import tokens as tokens_table
from sstdesk.wire.schema import DeviceStatus
from tests.server.conftest import mutation

DEVICES, PUSHES, BATCH = 24, 4, 20


@pytest.fixture
def base_url(engine: Engine) -> Iterator[str]:
    """The real app served by uvicorn in a thread, on a socket bound before it starts
    (clients queue in the backlog until it accepts: no waiting for it to be up)."""
    app = create_app(engine, ServerSettings(hashing=auth.HashParams.minimum()))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]})
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def test_concurrent_devices_all_get_their_pushes_and_pulls_answered(
    engine: Engine, base_url: str
) -> None:
    if engine.dialect.name == "sqlite":
        # SQLite's busy timeout is only a bounded lottery between connections (each
        # waiter polls, the newest often wins, the unlucky give up with 'database is
        # locked'): bench/sync.py lost devices to it under load. Requests of one server
        # process must queue for the database without it, so here it is 0.
        @event.listens_for(engine, "connect")
        def _no_busy_wait(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.execute("PRAGMA busy_timeout=0")

        engine.dispose()  # connections made from now on have it
    tokens = []
    with engine.begin() as conn:  # a team, a user, and approved devices with tokens
        team = store.create_team(conn, district="Farsta", name="SST Söder", now=_now())
        user = store.create_user(
            conn, team_id=team, name="anna.s", password_hash="-", is_admin=False, now=_now()
        )
        for n in range(DEVICES):
            device_id = f"device-{n:02d}"
            conn.execute(
                insert(devices).values(
                    id=device_id,
                    team_id=team,
                    user_id=user,
                    name=device_id,
                    public_key="k" * 44,
                    status=DeviceStatus.APPROVED.value,
                    wrapped_team_key="",
                    created_at=_now(),
                )
            )
            token, digest = auth.new_token()
            expires = _now() + dt.timedelta(hours=1)
            conn.execute(
                insert(tokens_table).values(
                    hash=digest, device_id=device_id, user_id=user, expires_at=expires
                )
            )
            tokens.append({"Authorization": f"Bearer {token}"})
    failures: list[str] = []

    def device(n: int) -> None:
        try:
            with httpx.Client(base_url=base_url, headers=tokens[n], timeout=120) as client:
                for r in range(PUSHES):
                    batch = [mutation(f"d{n:02d}r{r}m{m:02d}", 0) for m in range(BATCH)]
                    pushed = client.post("/v1/push", json={"mutations": batch})
                    pulled = client.get("/v1/changes", params={"since": 0, "limit": 10})
                    for answer in (pushed, pulled):
                        if answer.status_code != 200:
                            failures.append(f"{answer.request.url.path}: {answer.status_code}")
                    if pushed.status_code == 200:
                        statuses = {x["status"] for x in pushed.json()["results"]}
                        if statuses != {"accepted"}:
                            failures.append(f"push: {sorted(statuses)}")
        except Exception as error:  # the thread's own death is a failure too
            failures.append(f"device thread died: {type(error).__name__}")

    threads = [threading.Thread(target=device, args=(n,)) for n in range(DEVICES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with engine.begin() as conn:
        held = conn.execute(select(func.count()).select_from(log)).scalar_one()
    assert held == DEVICES * PUSHES * BATCH


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
