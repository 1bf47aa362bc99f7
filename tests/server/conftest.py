"""The real server app on a real database: a SQLite file, and PostgreSQL when
`SSTDESK_TEST_POSTGRES` names one (`.ci/run` starts it on loopback)."""

from __future__ import annotations

import base64
import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from sstdesk.server import auth, store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import engine_for
from sstdesk.server.migrate import upgrade
from sstdesk.wire.schema import DeviceStatus

PASSWORD = "rätt häst batteri"
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("SSTDESK_TEST_POSTGRES") else [])


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = engine_for(f"sqlite:///{tmp_path / 'server.db'}")
    else:
        made = engine_for(os.environ["SSTDESK_TEST_POSTGRES"])
        with made.begin() as conn:  # a clean schema for every test
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade(made)
    yield made
    made.dispose()


@dataclass
class Server:
    client: TestClient
    engine: Engine
    clock: Clock
    passwords: auth.Passwords

    def team(self, name: str = "SST Söder") -> str:
        with self.engine.begin() as conn:
            return store.create_team(conn, district="Farsta", name=name, now=self.clock())

    def user(self, team_id: str, name: str, *, admin: bool = False) -> str:
        with self.engine.begin() as conn:
            return store.create_user(
                conn,
                team_id=team_id,
                name=name,
                password_hash=self.passwords.hash(PASSWORD),
                is_admin=admin,
                now=self.clock(),
            )

    def login(self, user: str, device_id: str, key: str, password: str = PASSWORD) -> object:
        return self.client.post(
            "/v1/login",
            json={
                "user": user,
                "password": password,
                "device_id": device_id,
                "device_name": "Bärbar dator",
                "public_key": key,
            },
        )

    def device(self, team_id: str, user: str) -> dict[str, str]:
        """An enrolled, approved device and its token headers."""
        device_id, key = secrets.token_hex(16), base64.b64encode(secrets.token_bytes(32)).decode()
        if not self._user_exists(user):
            self.user(team_id, user)
        assert self.login(user, device_id, key).json()["device_status"] == "pending"
        with self.engine.begin() as conn:
            store.decide_device(conn, device_id, DeviceStatus.APPROVED, now=self.clock())
        token = self.login(user, device_id, key).json()["token"]
        return {"Authorization": f"Bearer {token}", "X-Device": device_id, "X-Key": key}

    def _user_exists(self, name: str) -> bool:
        from sqlalchemy import select

        from sstdesk.server.db import users

        with self.engine.begin() as conn:
            return conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None

    def access_log(self) -> list[dict[str, object]]:
        with self.engine.begin() as conn:
            rows = conn.execute(text("SELECT * FROM access_log ORDER BY id"))
            return [dict(r._mapping) for r in rows]


@pytest.fixture
def make_server(engine: Engine) -> Callable[..., Server]:
    """A server with some settings of its own, on the test's database and fake clock."""
    clock = Clock()

    def make(**settings: Any) -> Server:
        chosen = ServerSettings(hashing=auth.HashParams.minimum(), clock=clock, **settings)
        app = create_app(engine, chosen)
        return Server(TestClient(app), engine, clock, auth.Passwords(chosen.hashing))

    return make


@pytest.fixture
def server(make_server: Callable[..., Server]) -> Server:
    return make_server()


def auth_only(headers: dict[str, str]) -> dict[str, str]:
    return {"Authorization": headers["Authorization"]}


def mutation(record_id: str, base: int, payload: bytes = b"krypterat", **extra: object) -> dict:
    return {
        "mutation_id": secrets.token_hex(16),
        "record_id": record_id,
        "kind": "student",
        "base_version": base,
        "key_id": "k1",
        "ciphertext": base64.b64encode(payload).decode(),
        **extra,
    }
