"""The overview's agenda, from the stored projection: meetings, consents, drafts, deadlines."""

from __future__ import annotations

import datetime as dt

from sstdesk.domain.agenda import Group, to_do
from sstdesk.domain.codes import DocumentKind, MeetingKind, RequesterRole, Stage
from sstdesk.domain.due import DueKind
from sstdesk.domain.model import Meeting, RegisterRequest
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService
from tests.conftest import Clock, refer_student
from tests.services.test_case_flow import consent_for, guardians_of


def lines(service: CaseloadService) -> list[tuple[Group, DueKind, str, int, str]]:
    return [
        (e.group, e.item.kind, e.item.text, e.days_left, e.tab) for e in service.overview().agenda
    ]


def test_a_week_of_work_in_its_groups(service: CaseloadService, clock: Clock) -> None:
    clock.set_date(dt.date(2026, 12, 1))  # a Tuesday
    e = refer_student(service)
    service.record_consent(*consent_for(e, guardians_of(e), days=25))
    service.add_meeting(Meeting(case_id=e.case_id, kind=MeetingKind.EHK, held_on=service.today()))
    service.add_meeting(
        Meeting(
            case_id=e.case_id,
            kind=MeetingKind.NETWORK,
            held_on=service.today() + dt.timedelta(days=3),
        )
    )
    service.new_note(e.case_id, text="Samtal med eleven.")
    service.record_register_request(
        RegisterRequest(
            student_id=e.student_id,
            received_on=dt.date(2026, 10, 30),
            requested_by="Lena Testsson",
            requester_role=RequesterRole.GUARDIAN,
            identity_check="Pass visat",
            checked_by="",
        )
    )
    assert lines(service) == [
        (
            Group.OVERDUE,
            DueKind.REGISTER_REQUEST,
            "Registerutdrag ska lämnas senast 2026-11-30",
            -1,
            "",
        ),
        (Group.TODAY, DueKind.MEETING, "Elevhälsokonferens", 0, "meetings"),
        (Group.TODAY, DueKind.UNSIGNED_DRAFT, "1 osignerad journalanteckning", 0, "journal"),
        (Group.THIS_WEEK, DueKind.MEETING, "Nätverksmöte", 3, "meetings"),
        (Group.LATER, DueKind.CONSENT_EXPIRING, "Samtycket går ut 2026-12-26", 25, "consent"),
    ]
    assert to_do(service.overview().agenda) == 2  # the late deadline and today's draft
    # Signing the draft takes it off; tomorrow the EHK is past and not "late".
    (draft,) = service.open_student(e.student_id).current.notes
    service.sign_note(draft.id)
    clock.set_date(dt.date(2026, 12, 2))
    assert [k for _g, k, *_ in lines(service)] == [
        DueKind.REGISTER_REQUEST,
        DueKind.MEETING,
        DueKind.CONSENT_EXPIRING,
    ]


def test_a_protected_students_line_names_nothing_the_window_hides(
    service: CaseloadService,
) -> None:
    e = refer_student(service)
    consent, answers = consent_for(e, guardians_of(e))
    record = service.record_consent(consent, answers)
    documents = DocumentService(service)
    documents.printed(documents.prepare(DocumentKind.EHK, e.student_id), "Inför EHK")
    service.set_protected(e.student_id, True)
    service.withdraw_consent(record.consent.id, by="Lena Testsson", how="Telefon")
    service.add_meeting(Meeting(case_id=e.case_id, kind=MeetingKind.EHK, held_on=service.today()))
    entries = service.overview().agenda
    assert {x.item.kind for x in entries} >= {DueKind.NOTIFY_WITHDRAWAL, DueKind.MEETING}
    assert all("Solängs" not in x.item.text for x in entries)
    assert {x.name for x in entries} == {"Saga Testsson"}  # as the caseload shows it


def test_gallring_is_not_in_the_agenda_nor_the_next_date(
    service: CaseloadService, clock: Clock
) -> None:
    clock.set_date(dt.date(2019, 3, 1))
    e = refer_student(service)
    service.move_case(e.case_id, Stage.CANCELLED, reason="Flyttade")
    clock.set_date(dt.date(2031, 11, 20))  # three days before gallring may start
    assert service.overview(horizon_days=3650).due  # still on the old due list
    assert service.overview().agenda == ()
    (row,) = service.caseload(include_ended=True)
    assert row.next_due is None


def test_a_draft_about_an_old_event_written_today_is_today_s_work(
    service: CaseloadService, clock: Clock
) -> None:
    """A note written today about September (a correction, a note written up late) is not
    months late in the agenda: a draft is dated by when it was written."""
    clock.set_date(dt.date(2026, 12, 1))
    e = refer_student(service)
    service.new_note(e.case_id, text="Samtal i september.", event_date=dt.date(2026, 9, 13))
    drafts = [x for x in lines(service) if x[1] is DueKind.UNSIGNED_DRAFT]
    assert drafts == [
        (Group.TODAY, DueKind.UNSIGNED_DRAFT, "1 osignerad journalanteckning", 0, "journal")
    ]
    clock.set_date(dt.date(2026, 12, 4))  # left unsigned: late from the day after it was written
    drafts = [x for x in lines(service) if x[1] is DueKind.UNSIGNED_DRAFT]
    assert [(g, days) for g, _k, _t, days, _tab in drafts] == [(Group.OVERDUE, -3)]
