"""Journal notes (R5, R6), gallring (R7) and the due list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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
    RequesterRole,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.consent import ConsentRecord
from sstdesk.domain.due import CaseSnapshot, DueKind, add_months, due_list
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.model import (
    ActionPlan,
    Case,
    Consent,
    FollowUp,
    Guardian,
    JournalNote,
    Notice,
    Party,
    RegisterRequest,
    Signatory,
    Student,
    Withdrawal,
    WorkingNote,
)
from sstdesk.domain.personnummer import BirthDate, luhn_check_digit
from sstdesk.domain.retention import (
    Research,
    in_research_region,
    is_research_sample,
    research_sample,
    window,
)
from sstdesk.domain.team import TeamSettings

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
    assert is_research_sample(BirthDate(2013, 4, day))
    assert not is_research_sample(BirthDate(2013, 4, day + 1))
    assert is_research_sample(BirthDate(2013, 4, day + 1), "Gotlands län")


def test_a_birth_day_not_known_is_kept_until_someone_has_looked() -> None:
    assert research_sample(BirthDate(2011, 11, None)) is Research.UNKNOWN
    assert is_research_sample(BirthDate(2011, None, None))
    assert research_sample(BirthDate(2011, None, 15)) is Research.YES
    assert research_sample(BirthDate(2011, None, 16)) is Research.NO


@pytest.mark.parametrize(
    "region",
    [
        "Östergötland",
        "Östergötlands län",
        "östergötlands län",
        "ÖSTERGÖTLAND",
        "Region Östergötland",
        "Linköpings kommun",
        "Norrköping",
        "Gotland",
        "Gotlands län",
        "Region Gotland",
        "Gotlands kommun",
        "Västernorrland",
        "Västernorrlands län",
        "Sundsvalls kommun",
        "Örnsköldsvik",
        "Göteborg",
        "Göteborgs stad",
        "Göteborgs kommun",
        "GÖTEBORG",
        "Gothenburg",
        " göteborgs  Stad ",
        "Vasternorrland",
        "Visby",
        "Gbg",
        "E-län",
        "Y län",
        "I-län",
    ],
)
def test_r7_the_research_regions_however_written(region: str) -> None:
    assert in_research_region(region)
    assert is_research_sample(BirthDate(2013, 4, 6), region)


@pytest.mark.parametrize(
    "region",
    [
        "",
        "Stockholm",
        "Stockholms stad",
        "Västra Götaland",
        "Göteborgsregionen",
        "Uppsala län",
        "AB-län",
        "E",
    ],
)
def test_r7_other_places_follow_the_birth_day_rule(region: str) -> None:
    assert not in_research_region(region)
    assert not is_research_sample(BirthDate(2013, 4, 6), region)


def test_r7_a_private_provider_keeps_records_two_years() -> None:
    span = window(dt.date(2026, 3, 10), private_provider=True)
    assert (span.earliest, span.latest) == (dt.date(2028, 3, 10), dt.date(2029, 12, 31))
    closed = snapshot(Stage.FINISHED, last_entry_on=dt.date(2026, 3, 10))
    (item,) = due_list(
        [closed],
        today=dt.date(2028, 3, 10),
        team=TeamSettings(private_provider=True),
    )
    assert item.kind is DueKind.GALLRING and "2028-03-10" in item.text


def test_r3_and_r11_due_items_recipients_to_tell_and_the_registerutdrag_deadline() -> None:
    today = NOW.date()
    told = Notice(PartyKind.SCHOOL, today, "anna.s", "Telefon")
    gone = Consent(
        case_id="c",
        purpose="SST",
        parties=(Party(PartyKind.SCHOOL), Party(PartyKind.BUP)),
        categories=(DataCategory.ATTENDANCE,),
        valid_from=dt.date(2026, 1, 5),
        valid_until=dt.date(2026, 12, 31),
        informed_of_rights=True,
        withdrawals=(
            Withdrawal(
                dt.date(2026, 11, 20),
                "Lena",
                "Brev",
                notify=(PartyKind.SCHOOL, PartyKind.BUP),
                notified=(told,),
            ),
        ),
    )
    base = snapshot(Stage.CANCELLED)
    request = RegisterRequest(
        student_id="s",
        received_on=dt.date(2026, 10, 31),
        requested_by="Lena",
        requester_role=RequesterRole.GUARDIAN,
        identity_check="Pass",
        checked_by="anna.s",
    )
    snap = CaseSnapshot(
        case=base.case,
        student=base.student,
        consents=(ConsentRecord(gone),),
        register_requests=(request,),
    )
    items = due_list([snap], today=today, horizon_days=7, kinds=list(DueKind)[-2:])
    assert [(i.kind, i.due_on, i.text) for i in items] == [
        (DueKind.NOTIFY_WITHDRAWAL, dt.date(2026, 11, 20), "Meddela BUP att samtycket återkallats"),
        (
            DueKind.REGISTER_REQUEST,
            dt.date(2026, 11, 30),
            "Registerutdrag ska lämnas senast 2026-11-30",
        ),
    ]
    done = replace(request, delivered_on=today, delivered_how="Personligen")
    delivered = replace(snap, register_requests=(done,))
    assert [i.kind for i in due_list([delivered], today=today, kinds=list(DueKind)[-1:])] == []


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),
        (dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
    ],
)
def test_one_month_is_the_same_day_next_month_or_its_last_day(
    received: dt.date, deadline: dt.date
) -> None:
    assert add_months(received, 1) == deadline


def pnr(birth: dt.date) -> str:
    return f"{birth:%Y%m%d}-982{luhn_check_digit(f'{birth:%y%m%d}982')}"


def snapshot(
    stage: Stage, birth: dt.date = dt.date(2013, 4, 6), **case_changes: object
) -> CaseSnapshot:
    """A case of a made-up student (a constructed number, never given to a real person here)."""
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
        informed_of_rights=True,
        single_guardian_reason="Mamma har ensam vårdnad.",
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
