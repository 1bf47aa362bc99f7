"""City-wide statistics across three teams on the real server: sealed to the
statistician, opaque to the server, added up and suppressed once."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from sstdesk.deployment import Deployment
from sstdesk.domain.errors import DomainError
from sstdesk.server import auth, store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import engine_for
from sstdesk.server.migrate import upgrade
from sstdesk.services import city_statistics as city
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.demo import build_demo
from sstdesk.services.statistics import Selection, StatisticsService
from sstdesk.services.sync import SyncService
from sstdesk.stats.export import to_csv
from sstdesk.stats.facts import Period
from sstdesk.stats.indicators import report
from sstdesk.stats.suppress import pattern
from sstdesk.sync import crypto
from sstdesk.sync.api import SyncError
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from sstdesk.wire.schema import DeviceStatus
from tests.conftest import PASSPHRASE, TODAY, Clock
from tests.stats.attacker import Attack, Export

PASSWORD = "ett långt lösenord"
YEAR = 2026
# Two teams in Farsta, one in Skarpnäck: the city adds up teams and stadsdelar.
TEAMS = (
    ("sst-farsta-1", "Farsta", 11),
    ("sst-farsta-2", "Farsta", 12),
    ("sst-skarp", "Skarpnäck", 13),
)


@dataclass
class Laptop:
    vault: Vault
    service: CaseloadService
    sync: SyncService


@dataclass
class City:
    engine: Engine
    client: TestClient
    laptops: dict[str, Laptop]
    statistician: Laptop
    key: str  # the statistician's public key, as IT pins it

    def deployment(self, stadsdel: str) -> Deployment:
        return Deployment(district=stadsdel, statistics_key=self.key)

    def send(self, name: str) -> city.Sent:
        laptop = self.laptops[name]
        stadsdel = next(s for n, s, _ in TEAMS if n == name)
        sender = city.CityStatistics(
            StatisticsService(laptop.service), laptop.sync.client, self.deployment(stadsdel)
        )
        return sender.send(YEAR)

    def statistics(self) -> city.CityStatistics:
        s = self.statistician
        return city.CityStatistics(StatisticsService(s.service), s.sync.client, Deployment())

    def fetch_trusted(self) -> city.CityCounts:
        """Fetched after the statistician has checked every new laptop's code."""
        work = self.statistics()
        for sender in work.fetch(YEAR).pending:
            work.trust(sender)
        return work.fetch(YEAR)


def _laptop(
    engine: Engine, client: TestClient, path: Path, clock: Clock, team: str, user: str, role: str
) -> Laptop:
    with engine.begin() as conn:
        team_id = store.create_team(conn, district=team, name=team, now=dt.datetime.now(dt.UTC))
        store.create_user(
            conn,
            team_id=team_id,
            name=user,
            password_hash=auth.Passwords(auth.HashParams.minimum()).hash(PASSWORD),
            is_admin=True,
            now=dt.datetime.now(dt.UTC),
            role=role,
        )
    vault, _ = Vault.create(
        path / user,
        passphrase=PASSPHRASE,
        user=user,
        district=team,
        params=KdfParams.floor(),
        clock=clock,
    )
    service = CaseloadService(vault)
    laptop = Laptop(vault, service, SyncService(service, client))
    assert laptop.sync.client.enrol(user, PASSWORD, user) is DeviceStatus.PENDING
    with engine.begin() as conn:
        store.decide_device(
            conn,
            vault.repo.meta("sync_device_id"),
            DeviceStatus.APPROVED,
            now=dt.datetime.now(dt.UTC),
        )
    assert laptop.sync.client.enrol(user, PASSWORD, user) is DeviceStatus.APPROVED
    return laptop


@pytest.fixture
def town(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[City]:
    """Three teams and the statistician on one server; the teams' caseloads are the demo's
    (three seeds) when the test is marked `demo`, else empty."""
    with_demo = request.node.get_closest_marker("demo") is not None
    engine = engine_for(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade(engine)
    client = TestClient(create_app(engine, ServerSettings(hashing=auth.HashParams.minimum())))
    laptops = {}
    for name, _stadsdel, seed in TEAMS:
        laptops[name] = _laptop(engine, client, tmp_path, clock, name, f"{name}.soc", "socionom")
        if with_demo:
            build_demo(laptops[name].service, today=TODAY, seed=seed)
    statistician = _laptop(
        engine, client, tmp_path, clock, "Stadsledningskontoret", "statistikern", "statistik"
    )
    key = city.create_statistician_key(statistician.vault)
    made = City(engine, client, laptops, statistician, key)
    yield made
    for laptop in [*laptops.values(), statistician]:
        laptop.vault.close()
    engine.dispose()


def _team_total(laptop: Laptop, period: Period) -> list[int]:
    return StatisticsService(laptop.service).report(Selection(period)).flows.grid()[0]


@pytest.mark.demo
def test_three_teams_add_up_for_the_statistician_and_the_server_sees_no_number(
    town: City,
) -> None:
    for name, _stadsdel, _seed in TEAMS:
        town.send(name)
    with town.engine.begin() as conn:
        blobs = [row[0] for row in conn.execute(text("SELECT blob FROM sealed_statistics"))]
    assert len(blobs) == 3
    for blob in blobs:  # ciphertext only: no key, no label, no count in the clear
        raw = base64.b64decode(blob)
        assert b"referred" not in raw and b"Farsta" not in raw and b"counts" not in raw

    counts = town.fetch_trusted()
    assert counts.unreadable == 0 and len(counts.teams) == 3
    year = Period.school_year(YEAR)
    report = counts.report(year)
    expected = [
        sum(col)
        for col in zip(*(_team_total(lt, year) for lt in town.laptops.values()), strict=True)
    ]
    assert report.flows.grid()[0] == expected  # aktualiserade, by kön and in all
    per_stadsdel = dict(zip(report.by_school.labels(), report.by_school.grid(), strict=True))
    farsta = [
        a + b
        for a, b in zip(
            _team_total(town.laptops["sst-farsta-1"], year),
            _team_total(town.laptops["sst-farsta-2"], year),
            strict=True,
        )
    ]
    assert per_stadsdel["Farsta"] == farsta
    assert per_stadsdel["Totalt"] == expected

    # Exported once suppressed: every term and the year, all from one pattern.
    exports = []
    for period in (*year.group(), year):
        text_ = town.statistics().export_csv(counts, period).decode("utf-8-sig")
        assert text_.startswith("Uppföljning skolsociala team – hela staden")
        shown = [c for row in csv.reader(io.StringIO(text_), delimiter=";") for c in row[1:]]
        assert not {"1", "2", "3", "4"} & set(shown)
        exports.append(Export(period, None, None, text_))
    # The attacker puts the city's beside every export each team can make of the year.
    team_ids = {t.team: name for t, name in zip(counts.teams, _names_by_id(town), strict=True)}
    schools: dict[str, list[str]] = {}
    for team_id, name in team_ids.items():
        exports += _team_exports(town.laptops[name], year, team_id)
        schools[team_id] = sorted(StatisticsService(town.laptops[name].service).schools().values())
    stadsdelar: dict[str, list[str]] = {}
    for t in counts.teams:
        stadsdelar.setdefault(t.stadsdel, []).append(t.team)
    attacker = Attack(list(year.group()), schools, list(range(1, 10)), stadsdelar)
    for export in exports:
        attacker.read(export)
    ranges = attacker.ranges()
    assert len(ranges) > 100
    print(
        f"city and teams: {len(ranges)} hidden, narrowest "
        f"{min(high - low for _m, low, high in ranges):.2f}"
    )
    assert min(high - low for _m, low, high in ranges) >= 1 - 1e-6
    pdf = town.statistics().export_pdf(counts, year, city_letterhead())
    assert pdf.startswith(b"%PDF")


def found_team(counts: city.CityCounts, ids: list[str]) -> set[str]:
    return {t.team for t in counts.teams} & set(ids)


def _names_by_id(town: City) -> list[str]:
    """The test's names of the teams, in the order the statistician got them (by id)."""
    with town.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, name FROM teams")).all()
    return [name for _id, name in sorted(rows) if name in town.laptops]


def _team_exports(laptop: Laptop, year: Period, team_id: str) -> list[Export]:
    """Every CSV the team can export for the year: each term and the year, for the team,
    each school, each årskurs and each pair (as the team's own export writes them)."""
    stats = StatisticsService(laptop.service)
    facts, names = stats.facts()
    scopes: list[tuple[str | None, int | None]] = [(None, None)]
    scopes += [(s, None) for s in names] + [(None, g) for g in range(1, 10)]
    scopes += [(s, g) for s in names for g in range(1, 10)]
    found = []
    for period in (*year.group(), year):
        for school, grade in scopes:
            r = report(facts, period, school_names=names, school_id=school, grade=grade)
            csv_text = to_csv(r, pattern(r)).decode("utf-8-sig")
            found.append(Export(period, names.get(school or ""), grade, csv_text, team_id))
    return found


def city_letterhead():  # type: ignore[no-untyped-def]
    from sstdesk.documents.data import Letterhead

    return Letterhead("Stockholms stad", b"")


def test_only_the_statistician_fetches_and_only_teams_send(town: City) -> None:
    town.send("sst-skarp")
    team = town.laptops["sst-skarp"]
    # A team's account is refused by the server, and its laptop holds no key anyway.
    with pytest.raises(SyncError, match="statistiker"):
        team.sync.client.sealed_statistics(city.period_id(YEAR))
    with pytest.raises(city.NotStatistician):
        city.CityStatistics(StatisticsService(team.service), team.sync.client, Deployment()).fetch(
            YEAR
        )
    # The statistician's account cannot send counts as if it were a team.
    with pytest.raises(SyncError, match="team"):
        town.statistician.sync.client.send_statistics(city.period_id(YEAR), "x" * 64)
    # A second key would strand every team's sealed counts: refused.
    with pytest.raises(DomainError, match="redan"):
        city.create_statistician_key(town.statistician.vault)


def test_counts_sealed_to_another_key_are_counted_as_unreadable_not_guessed(town: City) -> None:
    town.send("sst-farsta-1")
    _private, stranger = crypto.new_device_keys()
    laptop = town.laptops["sst-skarp"]
    city.CityStatistics(
        StatisticsService(laptop.service),
        laptop.sync.client,
        Deployment(district="Skarpnäck", statistics_key=stranger),
    ).send(YEAR)
    counts = town.fetch_trusted()
    assert counts.unreadable == 1 and [t.stadsdel for t in counts.teams] == ["Farsta"]


def test_a_team_without_the_pinned_key_is_told_to_ask_it(town: City) -> None:
    laptop = town.laptops["sst-skarp"]
    sender = city.CityStatistics(
        StatisticsService(laptop.service), laptop.sync.client, Deployment(district="Skarpnäck")
    )
    with pytest.raises(DomainError, match="statistics_key"):
        sender.send(YEAR)


def test_sending_the_year_is_checked_and_recorded_as_an_export(town: City) -> None:
    from sstdesk.services.statistics import PeriodOverlaps

    laptop = town.laptops["sst-skarp"]
    stats = StatisticsService(laptop.service)
    part = Period(dt.date(2026, 7, 1), dt.date(2026, 11, 19), "jul–nov")
    stats.export_csv(Selection(part))
    with pytest.raises(PeriodOverlaps, match="jul–nov|2026-07-01"):
        town.send("sst-skarp")  # the city's HT minus the part would give the rest
    other = town.laptops["sst-farsta-1"]
    town.send("sst-farsta-1")
    with pytest.raises(PeriodOverlaps):
        StatisticsService(other.service).export_csv(Selection(part))


def _blobs(town: City) -> dict[str, str]:
    with town.engine.begin() as conn:
        return dict(conn.execute(text("SELECT team_id, blob FROM sealed_statistics")).all())


def _set_blob(town: City, team_id: str, blob: str) -> None:
    with town.engine.begin() as conn:
        conn.execute(
            text("UPDATE sealed_statistics SET blob = :b WHERE team_id = :t"),
            {"b": blob, "t": team_id},
        )


def _signer(team: str) -> tuple[dict[str, str], str]:
    """A signer the server could make: its own key, claiming to be the team's laptop."""
    private, public_key = crypto.new_signing_keys()
    meta = {"device_id": "d", "signing_private": private, "signing_public": public_key}
    return meta | {"team_id": team}, public_key


@pytest.mark.demo
def test_a_server_cannot_forge_move_replay_or_drop_a_teams_counts(town: City) -> None:
    """The server holds every blob and the statistician's public key: all it may do shows."""
    codes = {town.send(name).code for name, _stadsdel, _seed in TEAMS}
    assert len({len(b) for b in _blobs(town).values()}) == 1  # padded: three caseloads, one size
    first = town.statistics().fetch(YEAR)
    assert first.unreadable == first.stale == 0 and not first.missing
    # No laptop's key is known yet: each is shown with its code, and nothing is counted.
    assert len(first.pending) == 3 and not first.teams
    # Each team's laptop is told the code the statistician sees, to check by phone.
    assert {s.code for s in first.pending} == codes and len(codes) == 3
    trusted = town.fetch_trusted()
    assert len(trusted.teams) == 3 and not trusted.pending
    ids, old = sorted(_blobs(town)), _blobs(town)
    victim = next(t for t in trusted.teams if t.team == ids[0])
    bigger = replace(
        victim,
        sent_at="2026-11-23T10:30:00+00:00",  # within the day: not dated ahead
        counts={n: {k: v * 10 for k, v in c.items()} for n, c in victim.counts.items()},
    )

    # Forged and unsigned, or signed with a signature that does not hold: not read.
    meta, _key = _signer(victim.team)
    envelope = json.loads(city.signed(bigger, meta))
    for bad in ({k: v for k, v in envelope.items() if k != "sig"}, {**envelope, "sig": "A" * 88}):
        _set_blob(town, ids[0], crypto.seal_for_statistician(json.dumps(bad).encode(), town.key))
        assert town.statistics().fetch(YEAR).unreadable == 1
    # Signed with a key never confirmed for the team: shown with its code, not counted.
    _set_blob(town, ids[0], crypto.seal_for_statistician(city.signed(bigger, meta), town.key))
    flagged = town.statistics().fetch(YEAR)
    assert [s.team for s in flagged.pending] == [victim.team]
    assert victim.team not in {t.team for t in flagged.teams} and len(flagged.teams) == 2
    # Dated years ahead, so that every true copy would look older: not counted either.
    ahead = replace(bigger, sent_at="2099-01-01T00:00:00+00:00")
    _set_blob(town, ids[0], crypto.seal_for_statistician(city.signed(ahead, meta), town.key))
    assert town.statistics().fetch(YEAR).future == 1
    # The team's own next send is counted as ever: nothing forged moved what is newest.
    victim_name = dict(zip(ids, _names_by_id(town), strict=True))[ids[0]]
    town.laptops[victim_name].vault.clock.advance(days=1)  # type: ignore[attr-defined]
    town.send(victim_name)
    again = town.statistics().fetch(YEAR)
    assert again.stale == 0 and not again.pending and len(again.teams) == 3
    old[ids[0]] = _blobs(town)[ids[0]]

    # Listed twice: which copy is the team's cannot be told, so neither is counted.
    work = town.statistics()
    listing = work.client.sealed_statistics
    work.client.sealed_statistics = lambda period: (  # type: ignore[method-assign]
        (found := listing(period)).model_copy(update={"items": [*found.items, found.items[0]]})
    )
    twice = work.fetch(YEAR)
    assert twice.repeated == 1 and len(twice.teams) == 2
    assert found_team(twice, ids) == set(ids[1:])

    # Moved: one team's blob listed under another team's id.
    _set_blob(town, ids[1], old[ids[2]])
    moved = town.statistics().fetch(YEAR)
    assert moved.unreadable == 1 and ids[1] not in {t.team for t in moved.teams}
    _set_blob(town, ids[1], old[ids[1]])

    # Replayed: the team sends anew, and the server gives back the older copy.
    team = dict(zip(ids, _names_by_id(town), strict=True))[ids[2]]
    town.laptops[team].vault.clock.advance(days=1)  # type: ignore[attr-defined]
    town.send(team)
    assert town.statistics().fetch(YEAR).stale == 0
    _set_blob(town, ids[2], old[ids[2]])
    assert town.statistics().fetch(YEAR).stale == 1

    # Dropped: a team that sent before is named as missing.
    with town.engine.begin() as conn:
        conn.execute(text("DELETE FROM sealed_statistics WHERE team_id = :t"), {"t": ids[2]})
    dropped = town.statistics().fetch(YEAR)
    gone = next(t.stadsdel for t in trusted.teams if t.team == ids[2])
    assert dropped.missing == (gone,) and ids[2] not in {t.team for t in dropped.teams}
