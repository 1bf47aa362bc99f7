"""A case from aktualisering to avslut through the service calls, as the app makes them."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.codes import (
    Answer,
    ConsentStatus,
    ContactType,
    DataCategory,
    FactorArea,
    FactorKind,
    GuardianRelation,
    InterventionKind,
    NoteStatus,
    PartyKind,
    Performer,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.errors import DomainError, PersonnummerError, TransitionError
from sstdesk.domain.model import (
    ActionPlan,
    AttendancePeriod,
    Consent,
    FollowUp,
    Goal,
    Guardian,
    Intervention,
    MappingFactor,
    Party,
    Signatory,
)
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import audit
from sstdesk.vault.connection import IntegrityError
from tests.conftest import Clock, Enrolled, refer_student


def consent_for(
    e: Enrolled,
    guardians: list[Guardian],
    *,
    days: int = 300,
    parties: tuple[PartyKind, ...] = (PartyKind.SCHOOL, PartyKind.BUP),
) -> tuple[Consent, list[Signatory]]:
    today = e.service.today()
    consent = Consent(
        case_id=e.case_id,
        purpose="Insats från skolsocialt team",
        parties=tuple(Party(p) for p in parties),
        categories=(DataCategory.ATTENDANCE, DataCategory.PLAN),
        valid_from=today,
        valid_until=today + dt.timedelta(days=days),
        informed_of_rights=True,
    )
    answers = [
        Signatory(
            consent_id=consent.id,
            role=SignatoryRole.GUARDIAN,
            name=g.name,
            answer=Answer.YES,
            signed_on=today,
            guardian_id=g.id,
        )
        for g in guardians
    ]
    answers.append(
        Signatory(
            consent_id=consent.id,
            role=SignatoryRole.STUDENT,
            name="Saga Testsson",
            answer=Answer.YES,
            signed_on=today,
        )
    )
    return consent, answers


def guardians_of(e: Enrolled) -> list[Guardian]:
    return [
        e.service.add_guardian(Guardian(student_id=e.student_id, name=name))
        for name in ("Lena Testsson", "Johan Testsson")
    ]


def test_the_whole_lifecycle(service: CaseloadService, clock: Clock) -> None:
    e = refer_student(service)
    guardians = guardians_of(e)
    service.move_case(e.case_id, Stage.CONSENT)
    with pytest.raises(TransitionError, match="giltigt samtycke omfattar skolan"):
        service.move_case(e.case_id, Stage.MAPPING)
    record = service.record_consent(*consent_for(e, guardians))
    service.move_case(e.case_id, Stage.MAPPING)
    mapping = service.start_mapping(e.case_id, student_story="Svåra morgnar.")
    service.add_factor(
        MappingFactor(
            mapping_id=mapping.id,
            area=FactorArea.SCHOOL,
            kind=FactorKind.RISK,
            description="Stökig klass",
        )
    )
    service.move_case(e.case_id, Stage.PLANNING)
    plan = service.save_plan(ActionPlan(case_id=e.case_id, student_goals="Orka gå dit."))
    with pytest.raises(DomainError, match="minst ett mål"):
        service.establish_plan(plan.id, follow_up_on=clock().date() + dt.timedelta(days=30))
    with pytest.raises(TransitionError, match="fastställas"):
        service.move_case(e.case_id, Stage.INTERVENTION)
    service.add_goal(
        Goal(
            plan_id=plan.id,
            number=1,
            wording="Komma i tid",
            indicator="Närvaro ≥ 85 %",
            baseline="68 %",
            target="85 %",
            due_on=clock().date() + dt.timedelta(days=60),
        )
    )
    service.add_intervention(
        Intervention(
            plan_id=plan.id,
            kind=InterventionKind.MOTIVATIONAL_TALKS,
            performer=Performer.TEAM,
            start_on=clock().date(),
        )
    )
    service.establish_plan(plan.id, follow_up_on=clock().date() + dt.timedelta(days=30))
    service.move_case(e.case_id, Stage.INTERVENTION)
    clock.advance(days=30)
    service.add_attendance(
        AttendancePeriod(
            case_id=e.case_id,
            period_start=clock().date() - dt.timedelta(days=27),
            period_end=clock().date(),
            total_absence_pct=18.5,
            valid_absence_pct=6.0,
            invalid_absence_pct=12.5,
        )
    )
    service.move_case(e.case_id, Stage.FOLLOW_UP)
    with pytest.raises(TransitionError, match="uppföljning"):
        service.close_case(e.case_id, reason="Klart", absence_pct=5, goals_met=True)
    service.record_follow_up(
        FollowUp(
            case_id=e.case_id, due_on=clock().date(), held_on=clock().date(), absence_now_pct=18.5
        )
    )
    clock.advance(days=30)
    closed = service.close_case(e.case_id, reason="Målen nådda", absence_pct=5.0, goals_met=True)
    assert closed.booster_planned_on == clock().date() + dt.timedelta(days=91)
    clock.advance(days=91)
    service.record_booster(e.case_id)
    service.move_case(e.case_id, Stage.FINISHED)

    page = service.open_student(e.student_id)
    assert page.current is not None
    case = page.current.case
    assert case.stage is Stage.FINISHED and case.enrolled_on is not None
    assert page.current.consents[0].record.consent.id == record.consent.id
    assert [g.number for g in page.current.goals] == [1]
    assert page.current.attendance[0].invalid_absence_pct == 12.5
    assert case.last_entry_on == clock().date()


def test_every_change_and_read_is_audited_with_the_student_id(
    service: CaseloadService, vault
) -> None:
    e = refer_student(service)
    before = len(audit.events(vault.conn, student_id=e.student_id))
    service.open_student(e.student_id)
    note = service.new_note(
        e.case_id, text="Samtal med eleven.", contact_type=ContactType.TALK_STUDENT
    )
    service.sign_note(note.id)
    trail = audit.events(vault.conn, student_id=e.student_id)
    actions = [event.action for event in trail[before:]]
    assert actions == ["student.read", "journal.draft", "journal.sign"]
    for event in trail:
        assert event.actor == "anna.s" and event.device == vault.identity.device
        assert event.at.endswith("+00:00")
    assert audit.verify(vault.conn).ok


def test_a_signed_note_is_final_even_below_the_service(service: CaseloadService, vault) -> None:
    e = refer_student(service)
    note = service.new_note(e.case_id, text="Första versionen.")
    service.save_draft(note.__class__(**{**note.__dict__, "text": "Andra versionen."}))
    signed = service.sign_note(note.id)
    assert signed.status is NoteStatus.SIGNED and signed.text == "Andra versionen."
    with pytest.raises(TransitionError, match="Rätta"):
        service.save_draft(signed.__class__(**{**signed.__dict__, "text": "Ändrad i efterhand"}))
    with pytest.raises(IntegrityError, match="immutable"):
        vault.conn.execute("UPDATE journal_notes SET text = 'x' WHERE id = ?", (note.id,))
    fix = service.correct_note(note.id, text="Rättelse: samtalet var på tisdagen.")
    notes = {n.id: n for n in service.open_student(e.student_id).current.notes}
    assert notes[note.id].text == "Andra versionen."
    assert notes[fix.id].corrects_id == note.id


def test_withdrawing_consent_stops_sharing_at_once(service: CaseloadService) -> None:
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    assert service.may_share(e.case_id, party=PartyKind.BUP, category=DataCategory.PLAN).allowed
    service.withdraw_consent(
        record.consent.id, by="Lena Testsson", how="Telefon", parties=[PartyKind.BUP]
    )
    refused = service.may_share(e.case_id, party=PartyKind.BUP, category=DataCategory.PLAN)
    assert not refused.allowed and "återkallades för BUP" in refused.message
    assert service.may_share(e.case_id, party=PartyKind.SCHOOL, category=DataCategory.PLAN).allowed
    page = service.open_student(e.student_id)
    assert page.current.consents[0].state.status is ConsentStatus.PARTLY_WITHDRAWN


def test_working_notes_go_into_the_journal_and_are_destroyed(service: CaseloadService) -> None:
    e = refer_student(service)
    work = service.add_working_note(e.case_id, "Fråga om schemat.")
    draft = service.journalise(work.id)
    page = service.open_student(e.student_id).current
    assert page.working_notes == () and draft.text == "Fråga om schemat."
    service.add_working_note(e.case_id, "Ska förstöras vid avbrott.")
    service.move_case(e.case_id, Stage.CANCELLED, reason="Familjen flyttar")
    assert service.open_student(e.student_id).current.working_notes == ()


def test_bad_input_gets_a_swedish_refusal_and_writes_nothing(
    service: CaseloadService, vault
) -> None:
    school = service.add_school("Ekbackeskolan")
    before = vault.repo.count(type(school))
    events = audit.verify(vault.conn).events
    with pytest.raises(PersonnummerError, match="Kontrollsiffran"):
        refer_student(service, school_id=school.id, personnummer="20130405-2383")
    with pytest.raises(DomainError, match="mellan 0 och 100"):
        refer_student(service, school_id=school.id, baseline_absence_pct=140.0)  # type: ignore
    e = refer_student(service, school_id=school.id)
    with pytest.raises(DomainError, match="pågående ärende"):
        refer_student(service, school_id=school.id)
    with pytest.raises(DomainError, match="tillsammans bli den totala"):
        service.add_attendance(
            AttendancePeriod(
                case_id=e.case_id,
                period_start=dt.date(2026, 10, 1),
                period_end=dt.date(2026, 10, 31),
                total_absence_pct=20,
                valid_absence_pct=5,
                invalid_absence_pct=5,
            )
        )
    assert vault.repo.count(type(school)) == before
    assert audit.verify(vault.conn).events == events + 1  # only the one referral


def test_a_guardian_without_custody_need_not_sign(service: CaseloadService) -> None:
    e = refer_student(service, personnummer="20160412-2398")  # a ten-year-old
    mum = service.add_guardian(Guardian(student_id=e.student_id, name="Lena Testsson"))
    service.add_guardian(
        Guardian(
            student_id=e.student_id,
            name="Per Testsson",
            relation=GuardianRelation.PARENT,
            has_custody=False,
        )
    )
    consent, answers = consent_for(e, [mum])
    service.record_consent(consent, answers)
    assert service.may_share(
        e.case_id, party=PartyKind.SCHOOL, category=DataCategory.ATTENDANCE
    ).allowed


def test_search_finds_name_personnummer_school_and_notes(service: CaseloadService) -> None:
    e = refer_student(service)
    other = refer_student(
        service,
        school_id=e.school_id,
        personnummer="20120915-2386",
        first_name="Olle",
        last_name="Östlund",
    )
    service.new_note(other.case_id, text="Spelar innebandy på onsdagar.")
    assert [r.student_id for r in service.search("saga")] == [e.student_id]
    assert [r.student_id for r in service.search("ostlund")] == [other.student_id]
    assert [r.student_id for r in service.search("120915-2386")] == [other.student_id]
    assert [r.student_id for r in service.search("201304052382")] == [e.student_id]
    assert [r.student_id for r in service.search("innebandy")] == [other.student_id]
    assert {r.student_id for r in service.search("solängs")} == {e.student_id, other.student_id}
    assert service.search('"; DROP TABLE students; --') == []
    assert service.search("") == []


def test_listing_and_searching_are_audited_without_naming_anyone(
    service: CaseloadService, vault
) -> None:
    e = refer_student(service)
    before = audit.verify(vault.conn).events
    service.caseload()
    service.search("Saga")
    service.due()
    new = audit.events(vault.conn)[before:]
    assert [(ev.action, ev.student_id) for ev in new] == [
        ("caseload.list", ""),
        ("caseload.search", ""),
        ("due.list", ""),
    ]
    assert e.student_id not in {ev.reason for ev in new}


def test_closure_and_booster_need_their_own_details(service: CaseloadService) -> None:
    """A plain stage move cannot skip the closure's date, reason and outcome."""
    e = refer_student(service)
    with pytest.raises(DomainError, match="Avsluta ärendet"):
        service.move_case(e.case_id, Stage.CLOSED)
    with pytest.raises(DomainError, match="Boosterträff"):
        service.move_case(e.case_id, Stage.BOOSTER)
