"""The stored caseload rows agree with the full computation, today and on later days."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain import agenda
from sstdesk.domain.codes import ConsentStatus
from sstdesk.domain.consent import state_of
from sstdesk.domain.due import due_for, due_list
from sstdesk.domain.model import School
from sstdesk.domain.personnummer import birth_of
from sstdesk.services import projection
from sstdesk.services import team as team_store
from sstdesk.services.caseload import CaseloadService
from tests.conftest import TODAY

RANK = [
    ConsentStatus.VALID,
    ConsentStatus.PARTLY_WITHDRAWN,
    ConsentStatus.NOT_YET_VALID,
    ConsentStatus.INCOMPLETE,
    ConsentStatus.DRAFT,
    ConsentStatus.EXPIRED,
    ConsentStatus.WITHDRAWN,
]


def reference(service: CaseloadService, today: dt.date) -> dict[str, tuple]:
    """Next due date and best consent per student, by the original route (no projection)."""
    repo = service.vault.repo
    team = team_store.load(repo)
    found = {}
    for snap in projection.snapshots(repo):
        birth = birth_of(snap.student.personnummer)
        states = [
            (
                state_of(r, guardians=snap.guardians, birth=birth, on=today).status,
                r.consent.valid_until,
            )
            for r in snap.consents
        ]
        best = min(states, key=lambda s: (RANK.index(s[0]), -s[1].toordinal()), default=None)
        items = due_for(snap, today=today, team=team)
        # "Nästa datum" is the work's next date: gallring belongs to the records.
        work = [i.due_on for i in items if i.kind not in agenda.RECORD_KINDS]
        found[snap.student.id] = (min(work, default=None), best)
    return found


@pytest.mark.parametrize("days_later", [0, 20, 45, 120, 400, 2200])
def test_stored_rows_match_the_full_computation(
    demo: CaseloadService, clock, days_later: int
) -> None:
    clock.set_date(TODAY + dt.timedelta(days=days_later))
    today = clock().date()
    rows = {r.student_id: r for r in demo.caseload(include_ended=True)}
    expected = reference(demo, today)
    assert set(rows) == set(expected)
    for student_id, (next_due, best) in expected.items():
        row = rows[student_id]
        assert row.next_due == next_due, student_id
        assert (row.consent, row.consent_until) == (best or (None, None)), student_id
    repo = demo.vault.repo
    assert [
        d.item for d in projection.due_rows(projection.load(repo), today=today, horizon_days=30)
    ] == due_list(
        projection.snapshots(repo), today=today, horizon_days=30, team=team_store.load(repo)
    )
    # The agenda read from the stored rows is the one the full computation gives.
    names = {r.student_id: r.name for r in rows.values()}
    assert projection.agenda(projection.load(repo), today=today) == agenda.agenda(
        (
            (i, names[i.student_id])
            for snap in projection.snapshots(repo)
            for i in due_for(snap, today=today, team=team_store.load(repo))
        ),
        today=today,
    )


def test_incremental_rows_equal_a_rebuild(demo: CaseloadService) -> None:
    """The demo was written change by change; rebuilding from scratch changes nothing."""
    repo = demo.vault.repo
    demo.caseload()
    before = sorted(repo.conn.execute("SELECT * FROM caseload_rows").fetchall())
    with demo.vault.transaction() as tx:
        projection.refresh(tx)
    assert sorted(repo.conn.execute("SELECT * FROM caseload_rows").fetchall()) == before


def test_a_stale_projection_is_rebuilt_on_first_use(demo: CaseloadService) -> None:
    with demo.vault.transaction() as repo:
        repo.conn.execute("DELETE FROM caseload_rows")
        repo.set_meta("caseload_rows_version", "0")
    fresh = CaseloadService(demo.vault)
    assert len(fresh.caseload(include_ended=True)) >= 40
    assert demo.vault.repo.count(School) == 4
