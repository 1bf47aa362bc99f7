"""The demo profile: what a new user, a trainer and our own tests open."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sstdesk.domain.codes import ConsentStatus, NoteStatus, Stage
from sstdesk.domain.due import DueKind
from sstdesk.services.caseload import CaseloadService
from tests.conftest import TODAY, Clock


def test_demo_has_every_stage_flag_and_consent_state(demo: CaseloadService) -> None:
    rows = demo.caseload(include_ended=True)
    assert len(rows) >= 40
    assert len({r.school_id for r in rows}) == 4
    assert {r.school for r in rows if r.protected_identity} == {""}  # never carried out
    assert set(Counter(r.stage for r in rows)) == set(Stage)
    consents = Counter(r.consent for r in rows)
    for status in (
        ConsentStatus.VALID,
        ConsentStatus.EXPIRED,
        ConsentStatus.WITHDRAWN,
        ConsentStatus.PARTLY_WITHDRAWN,
        ConsentStatus.INCOMPLETE,
    ):
        assert consents[status] >= 1, status
    assert sum(r.protected_identity for r in rows) >= 1
    files = [demo.open_student(r.student_id) for r in rows]
    cases = [f.current.case for f in files]
    assert any(c.sip_active for c in cases)
    assert any(c.concern_reported for c in cases)
    assert any(c.paused for c in cases)
    statuses = Counter(n.status for f in files for c in f.cases for n in c.notes)
    assert statuses[NoteStatus.SIGNED] > 0 and statuses[NoteStatus.DRAFT] > 0
    assert any(f.current.working_notes for f in files)
    assert all(r.grade in range(4, 10) for r in rows)
    assert demo.verify_audit().ok


def test_demo_due_list_has_work_this_week(demo: CaseloadService) -> None:
    week = demo.due(horizon_days=7)
    assert {i.kind for i in week} >= {DueKind.FOLLOW_UP}
    later = {i.kind for i in demo.due(horizon_days=3650)}
    assert {
        DueKind.BOOSTER,
        DueKind.GALLRING,
        DueKind.RESEARCH_KEPT,
        DueKind.CONSENT_EXPIRING,
    } <= later


def test_filters_by_school_stage_and_due(demo: CaseloadService) -> None:
    every = demo.caseload()
    school = every[0].school_id
    assert {r.school_id for r in demo.caseload(school_id=school)} == {school}
    assert {r.stage for r in demo.caseload(stage=Stage.MAPPING)} == {Stage.MAPPING}
    soon = demo.caseload(due_within_days=7)
    assert soon and all(r.next_due is not None for r in soon)
    assert all(r.stage not in (Stage.CANCELLED, Stage.FINISHED) for r in every)


@pytest.mark.parametrize("days_on", [0, 20, 90, 400])
@pytest.mark.parametrize("horizon", [0, 7, 30])
def test_the_due_list_read_by_index_is_the_one_every_row_gives(
    demo: CaseloadService, clock: Clock, days_on: int, horizon: int
) -> None:
    """The due list reads only rows with something due by its horizon: the same list, in
    the same order, as reading every row of the vault would give."""
    from sstdesk.services import projection

    clock.set_date(TODAY + dt.timedelta(days=days_on))
    every = projection.due_rows(
        projection.load(demo.vault.repo), today=demo.today(), horizon_days=horizon
    )
    assert demo.due(horizon_days=horizon) == [row.item for row in every]


@pytest.mark.parametrize("days_on", [0, 45, 400, 3000])
def test_the_first_page_read_by_index_is_the_one_every_row_gives(
    demo: CaseloadService, clock: Clock, days_on: int
) -> None:
    """Unlocking reads the open cases and the rows with something due soon, not an
    archive's every closed case: the due list, the caseload and the agenda are the same
    as from every row."""
    from sstdesk.services import projection
    from sstdesk.services.caseload import _ACTIVE

    clock.set_date(TODAY + dt.timedelta(days=days_on))
    today = demo.today()
    every = projection.load(demo.vault.repo)
    shown = demo.overview()
    assert shown.due == tuple(projection.due_rows(every, today=today, horizon_days=7))
    assert shown.agenda == projection.agenda(every, today=today)
    active = [r.at(today) for r in every if r.stage in _ACTIVE]
    assert sorted(r.student_id for r in shown.rows) == sorted(r.student_id for r in active)
    assert shown.rows == tuple(r for r in shown.rows if r.stage in _ACTIVE)
