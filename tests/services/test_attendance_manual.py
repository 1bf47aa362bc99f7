"""Attendance typed by hand: an overlapping period is a warning the person answers."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.model import AttendancePeriod
from sstdesk.domain.validation import AttendanceOverlap, attendance_total
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import audit
from tests.conftest import refer_student


def period(case_id: str, start: str, end: str, source: str = "Skola24") -> AttendancePeriod:
    return AttendancePeriod(
        case_id=case_id,
        period_start=dt.date.fromisoformat(start),
        period_end=dt.date.fromisoformat(end),
        total_absence_pct=attendance_total(12.3, 22.2),
        valid_absence_pct=12.3,
        invalid_absence_pct=22.2,
        source_name=source,
    )


def test_an_overlap_is_said_and_audited_and_saved_once_confirmed(service: CaseloadService) -> None:
    e = refer_student(service)
    first = service.add_attendance(
        period(e.case_id, "2026-10-01", "2026-10-28"), confirm_overlap=True
    )
    assert first.total_absence_pct == 34.5
    # The day after the last one is no overlap.
    service.add_attendance(period(e.case_id, "2026-10-29", "2026-11-20"), confirm_overlap=True)
    events = audit.verify(service.vault.conn).events
    with pytest.raises(AttendanceOverlap, match="2026-10-01 – 2026-10-28") as caught:
        service.add_attendance(
            period(e.case_id, "2026-10-28", "2026-11-03", "Rättad rapport"), confirm_overlap=True
        )
    assert [p.id for p in caught.value.overlapping][0] == first.id
    assert len(caught.value.overlapping) == 2
    new = audit.events(service.vault.conn)[events:]
    assert [(ev.action, ev.student_id) for ev in new] == [("attendance.overlap", e.student_id)]
    assert len(service.open_student(e.student_id).current.attendance) == 2
    service.add_attendance(caught.value.period)  # saved anyway
    stored = service.open_student(e.student_id).current.attendance
    assert len(stored) == 3 and "Rättad rapport" in {p.source_name for p in stored}


def test_the_source_is_kept_as_typed(service: CaseloadService) -> None:
    e = refer_student(service)
    service.add_attendance(period(e.case_id, "2026-10-01", "2026-10-28", "  Skola24, v.\u200b 43 "))
    (stored,) = service.open_student(e.student_id).current.attendance
    assert stored.source_name == "Skola24, v. 43"
