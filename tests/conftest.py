"""Shared fixtures: real SQLCipher vaults in temporary profile directories.

The clock is the one thing faked (it is the edge of the world); the KDF runs
at the floor (64 MiB, 3 passes), which the vault accepts, to keep the suite fast.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sstdesk.domain.codes import Gender, ReferredBy
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.demo import build_demo
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault

PASSPHRASE = "korrekt häst batteri häftapparat"
TODAY = dt.date(2026, 11, 23)


class Clock:
    """A settable clock for the vault and services."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)

    def set_date(self, day: dt.date) -> None:
        self.now = dt.datetime.combine(day, self.now.timetz())


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profil"


@pytest.fixture
def vault(profile: Path, clock: Clock) -> Iterator[Vault]:
    opened, _ = Vault.create(
        profile,
        passphrase=PASSPHRASE,
        user="anna.s",
        district="Farsta",
        params=KdfParams.floor(),
        clock=clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def service(vault: Vault) -> CaseloadService:
    return CaseloadService(vault)


@dataclass
class Enrolled:
    service: CaseloadService
    student_id: str
    case_id: str
    school_id: str


def refer_student(
    service: CaseloadService,
    *,
    school_id: str | None = None,
    personnummer: str = "20130405-2382",
    first_name: str = "Saga",
    last_name: str = "Testsson",
    gender: Gender | None = Gender.GIRL,
    **extra: object,
) -> Enrolled:
    if school_id is None:
        school_id = service.add_school("Solängsskolan").id
    student, case = service.refer(
        personnummer=personnummer,
        first_name=first_name,
        last_name=last_name,
        gender=gender,
        school_id=school_id,
        grade=7,
        referred_by=ReferredBy.SCHOOL,
        reason="Hög frånvaro",
        **{"baseline_absence_pct": 32.0, **extra},  # type: ignore[arg-type]
    )
    return Enrolled(service, student.id, case.id, school_id)


@pytest.fixture(autouse=True)
def _no_machine_deployment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A developer's or CI machine's own /etc/sstdesk never reaches a test."""
    missing = tmp_path_factory.getbasetemp() / "ingen-deployment.json"
    monkeypatch.setenv("SSTDESK_DEPLOYMENT", str(missing))


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo profile, built once per run; tests use copies of it."""
    directory = tmp_path_factory.mktemp("demo") / "profil"
    opened, _ = Vault.create(
        directory,
        passphrase=PASSPHRASE,
        user="demo.socionom",
        district="Enskede-Årsta-Vantör",
        params=KdfParams.floor(),
    )
    try:
        build_demo(CaseloadService(opened), today=TODAY)
    finally:
        opened.close()
    return directory


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path, clock: Clock) -> Iterator[CaseloadService]:
    copy = tmp_path / "demo"
    shutil.copytree(demo_master, copy)
    clock.set_date(TODAY)
    opened = Vault.unlock(copy, passphrase=PASSPHRASE, clock=clock)
    yield CaseloadService(opened)
    opened.close()
