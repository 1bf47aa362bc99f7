"""Journal notes (R5, R6), gallring (R7) and the due list."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain import journal
from sstdesk.domain.codes import (
    Answer,
    ContactType,
    DataCategory,
    NoteStatus,
    NoteType,
    PartyKind,
    PlanStatus,
    ReferredBy,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.consent import ConsentRecord
from sstdesk.domain.due import CaseSnapshot, DueKind, due_list
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.model import (
    ActionPlan,
    Case,
    Consent,
    FollowUp,
    Guardian,
    JournalNote,
    Party,
    Signatory,
    Student,
    WorkingNote,
)
from sstdesk.domain.personnummer import luhn_check_digit
from sstdesk.domain.retention import is_research_sample, window

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def note(**changes: object) -> JournalNote:
    base = dict(
        case_id="c",
        event_date=NOW.date(),
        written_at=NOW,
        author="anna.s",
        contact_type=ContactType.PHONE,
        text="Samtal med mamma.",
    )
    base.update(changes)
    return JournalNote(**base)  # type: ignore[arg-type]


def test_a_signed_note_never_changes_and_is_corrected_by_a_linked_note() -> None:
    signed = journal.sign(note(), by="anna.s", at=NOW)
    assert signed.status is NoteStatus.SIGNED and signed.signed_at == NOW
    with pytest.raises(TransitionError, match="Rätta"):
        journal.edit_draft(signed, text="ändrat")
    with pytest.raises(TransitionError):
        journal.sign(signed, by="anna.s", at=NOW)
    fix = journal.correction(signed, text="Rätt datum var i tisdags.", author="anna.s", at=NOW)
    assert fix.corrects_id == signed.id and fix.note_type is NoteType.CORRECTION
    assert fix.status is NoteStatus.DRAFT and fix.id != signed.id
    disputed = journal.correction(
        signed, text="Eleven anser uppgiften oriktig.", author="anna.s", at=NOW, disputed=True
    )
    assert disputed.note_type is NoteType.DISPUTED


def test_empty_or_future_notes_cannot_be_signed() -> None:
    with pytest.raises(DomainError, match="tom"):
        journal.sign(note(text="  "), by="a", at=NOW)
    with pytest.raises(DomainError, match="framtiden"):
        journal.sign(note(event_date=NOW.date() + dt.timedelta(days=1)), by="a", at=NOW)


def test_a_working_note_becomes_a_journal_draft_once() -> None:
    work = WorkingNote(case_id="c", author="anna.s", created_at=NOW, text="Ring kuratorn.")
    draft = journal.journalise(work, at=NOW, event_date=NOW.date())
    assert draft.text == "Ring kuratorn." and draft.status is NoteStatus.DRAFT
    with pytest.raises(TransitionError):
        journal.journalise(
            WorkingNote(case_id="c", author="a", created_at=NOW, text="x", journalised_in=draft.id),
            at=NOW,
            event_date=NOW.date(),
        )


def test_gallring_five_years_then_by_end_of_following_year() -> None:
    span = window(dt.date(2026, 3, 10))
    assert (span.earliest, span.latest) == (dt.date(2031, 3, 10), dt.date(2032, 12, 31))
    leap = window(dt.date(2024, 2, 29))
    assert leap.earliest == dt.date(2029, 2, 28)


@pytest.mark.parametrize("day", [5, 15, 25])
def test_born_on_the_5th_15th_25th_is_kept_for_research(day: int) -> None:
    assert is_research_sample(dt.date(2013, 4, day))
    assert not is_research_sample(dt.date(2013, 4, day + 1))
    assert is_research_sample(dt.date(2013, 4, day + 1), "Gotlands län")


def pnr(birth: dt.date) -> str:
    return f"{birth:%Y%m%d}-982{luhn_check_digit(f'{birth:%y%m%d}982')}"


def snapshot(
    stage: Stage, birth: dt.date = dt.date(2013, 4, 6), **case_changes: object
) -> CaseSnapshot:
    student = Student(
        personnummer=pnr(birth),
        first_name="A",
        last_name="B",
        gender="girl",
        school_id="k",
        grade=7,
        id="s",
    )  # type: ignore[arg-type]
    case = Case(
        student_id="s",
        school_id="k",
        grade_at_start=7,
        responsible_user="a",
        referral_date=dt.date(2026, 1, 1),
        referred_by=ReferredBy.SCHOOL,
        referral_reason="x",
        stage=stage,
        id="c",
        **case_changes,
    )  # type: ignore[arg-type]
    return CaseSnapshot(case=case, student=student)


def test_due_list_holds_follow_ups_plans_consents_boosters_and_gallring() -> None:
    today = NOW.date()
    open_case = snapshot(Stage.INTERVENTION)
    guardian = Guardian(student_id="s", name="Mamma", id="g")
    expiring = Consent(
        case_id="c",
        purpose="SST",
        parties=(Party(PartyKind.SCHOOL),),
        categories=(DataCategory.ATTENDANCE,),
        valid_from=dt.date(2026, 1, 5),
        valid_until=today + dt.timedelta(days=20),
    )
    answers = (
        Signatory(
            consent_id=expiring.id,
            role=SignatoryRole.GUARDIAN,
            name="Mamma",
            answer=Answer.YES,
            signed_on=dt.date(2026, 1, 5),
            guardian_id="g",
        ),
        Signatory(
            consent_id=expiring.id,
            role=SignatoryRole.STUDENT,
            name="A",
            answer=Answer.YES,
            signed_on=dt.date(2026, 1, 5),
        ),
    )
    open_case = CaseSnapshot(
        case=open_case.case,
        student=open_case.student,
        guardians=(guardian,),
        consents=(ConsentRecord(expiring, answers),),
        plans=(
            ActionPlan(
                case_id="c",
                status=PlanStatus.ESTABLISHED,
                follow_up_on=today + dt.timedelta(days=3),
            ),
        ),
        follow_ups=(FollowUp(case_id="c", due_on=today - dt.timedelta(days=1)),),
    )
    closed = snapshot(
        Stage.CLOSED,
        booster_planned_on=today + dt.timedelta(days=5),
        last_entry_on=dt.date(2021, 1, 10),
    )
    kept = snapshot(Stage.FINISHED, birth=dt.date(2013, 4, 15), last_entry_on=dt.date(2021, 1, 10))
    items = due_list([open_case, closed, kept], today=today, horizon_days=30)
    kinds = [i.kind for i in items]
    assert kinds == [
        DueKind.GALLRING,
        DueKind.RESEARCH_KEPT,
        DueKind.FOLLOW_UP,
        DueKind.PLAN_FOLLOW_UP,
        DueKind.BOOSTER,
        DueKind.CONSENT_EXPIRING,
    ]
    assert items[0].text == "Gallras tidigast 2026-01-10, senast 2027-12-31"
    week = due_list([open_case, closed, kept], today=today, horizon_days=7)
    assert DueKind.CONSENT_EXPIRING not in [i.kind for i in week]


def test_a_held_follow_up_settles_the_plans_follow_up_date() -> None:
    today = NOW.date()
    base = snapshot(Stage.FOLLOW_UP)
    plan = ActionPlan(case_id="c", status=PlanStatus.ESTABLISHED, follow_up_on=today)
    held = FollowUp(case_id="c", due_on=today, held_on=today - dt.timedelta(days=2))
    with_plan = CaseSnapshot(case=base.case, student=base.student, plans=(plan,))
    assert [i.kind for i in due_list([with_plan], today=today)] == [DueKind.PLAN_FOLLOW_UP]
    settled = CaseSnapshot(case=base.case, student=base.student, plans=(plan,), follow_ups=(held,))
    assert due_list([settled], today=today) == []
