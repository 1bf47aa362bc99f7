"""Laptops with real SQLCipher vaults syncing with the real server app in-process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sstdesk.server import auth, store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import engine_for
from sstdesk.server.migrate import upgrade
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.sync import SyncService
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from sstdesk.wire.schema import DeviceStatus
from tests.conftest import PASSPHRASE, Clock

PASSWORD = "ett långt lösenord"


@dataclass
class Laptop:
    name: str
    vault: Vault
    service: CaseloadService
    sync: SyncService


@dataclass
class Team:
    engine: Engine
    client: TestClient
    team_id: str
    clock: Clock
    path: Path
    laptops: dict[str, Laptop] = field(default_factory=dict)

    def user(self, name: str, *, admin: bool = False) -> None:
        with self.engine.begin() as conn:
            store.create_user(
                conn,
                team_id=self.team_id,
                name=name,
                password_hash=auth.Passwords(auth.HashParams.minimum()).hash(PASSWORD),
                is_admin=admin,
                now=dt.datetime.now(dt.UTC),
            )

    def laptop(self, name: str, user: str) -> Laptop:
        vault, _ = Vault.create(
            self.path / name,
            passphrase=PASSPHRASE,
            user=user,
            district="Farsta",
            params=KdfParams.floor(),
            clock=self.clock,
        )
        service = CaseloadService(vault)
        made = Laptop(name, vault, service, SyncService(service, self.client))
        self.laptops[name] = made
        return made

    def operator_approves(self, laptop: Laptop) -> None:
        device_id = laptop.vault.repo.meta("sync_device_id")
        with self.engine.begin() as conn:
            store.decide_device(conn, device_id, DeviceStatus.APPROVED, now=dt.datetime.now(dt.UTC))


@pytest.fixture
def team(tmp_path: Path, clock: Clock) -> Iterator[Team]:
    engine = engine_for(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade(engine)
    with engine.begin() as conn:
        team_id = store.create_team(
            conn, district="Farsta", name="SST Söder", now=dt.datetime.now(dt.UTC)
        )
    client = TestClient(create_app(engine, ServerSettings(hashing=auth.HashParams.minimum())))
    made = Team(engine, client, team_id, clock, tmp_path)
    yield made
    for laptop in made.laptops.values():
        laptop.vault.close()
    engine.dispose()


def enrolled(
    team: Team, name: str, user: str, *, admin: bool = False, approver: Laptop | None = None
) -> Laptop:
    """A laptop through enrolment: the first admin's by the operator, the rest by an admin's
    laptop in the app."""
    team.user(user, admin=admin)
    laptop = team.laptop(name, user)
    assert laptop.sync.client.enrol(user, PASSWORD, name) is DeviceStatus.PENDING
    code = ""
    if approver is None:
        team.operator_approves(laptop)
    else:
        (pending,) = approver.sync.client.pending_devices().devices
        code = approver.sync.client.approve(
            pending.device_id, pending.public_key, laptop.sync.client.safety_code
        )
    status = laptop.sync.client.enrol(user, PASSWORD, name, team_code=code)
    assert status is DeviceStatus.APPROVED
    return laptop
