"""Facts that change: the student, a goal's wording, the booster and follow-up dates, and
the läsårsskifte. Each change audited; a refusal in Swedish leaves nothing half-written."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sstdesk.domain.codes import (
    FactorArea,
    FactorKind,
    InterventionKind,
    MappingDocument,
    Performer,
    PlanStatus,
    Stage,
)
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import (
    ActionPlan,
    Goal,
    Intervention,
    Mapping,
    MappingFactor,
    School,
    Student,
)
from sstdesk.domain.school_year import Move, promoted_class, school_year
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import audit
from tests.conftest import Clock, refer_student


def actions(service: CaseloadService, student_id: str, since: int) -> list[tuple[str, str]]:
    events = audit.events(service.vault.conn, student_id=student_id)[since:]
    return [(e.action, e.reason) for e in events]


def test_school_grade_class_and_interpreter_are_edited_and_audited(
    service: CaseloadService,
) -> None:
    e = refer_student(service, class_name="7B")
    other = service.add_school("Björkhagens skola")
    before = len(audit.events(service.vault.conn, student_id=e.student_id))
    edited = service.edit_student(
        e.student_id,
        school_id=other.id,
        grade=8,
        class_name=" 8A ",
        interpreter_language="Somaliska",
    )
    assert (edited.school_id, edited.grade, edited.class_name, edited.interpreter_language) == (
        other.id,
        8,
        "8A",
        "Somaliska",
    )
    page = service.open_student(e.student_id)
    assert page.school is not None and page.school.name == "Björkhagens skola"
    assert page.current.case.school_id == other.id  # the open case follows the student
    assert page.current.case.grade_at_start == 7  # what was true at the start stays
    assert actions(service, e.student_id, before)[0] == (
        "student.edit",
        "school_id,grade,class_name,interpreter_language",
    )
    assert service.search("Björkhagens")  # the new school is searchable


def test_an_edit_to_a_new_school_is_refused_whole(service: CaseloadService) -> None:
    e = refer_student(service)
    schools = len(service.schools())
    with pytest.raises(DomainError, match="Årskursen ska vara mellan"):
        service.edit_student(
            e.student_id,
            school_id="",
            new_school="Nya skolan",
            grade=14,
            class_name="",
            interpreter_language="",
        )
    assert len(service.schools()) == schools  # no school left behind
    assert service.vault.repo.get(Student, e.student_id).grade == 7
    with pytest.raises(DomainError, match="Välj skola"):
        service.edit_student(
            e.student_id, school_id="", grade=8, class_name="", interpreter_language=""
        )


def test_an_edit_that_changes_nothing_writes_nothing(service: CaseloadService) -> None:
    e = refer_student(service)
    before = len(audit.events(service.vault.conn, student_id=e.student_id))
    service.edit_student(
        e.student_id, school_id=e.school_id, grade=7, class_name="", interpreter_language=""
    )
    assert len(audit.events(service.vault.conn, student_id=e.student_id)) == before


def _plan_with_goal(e, *, established: bool) -> tuple[ActionPlan, Goal]:  # type: ignore[no-untyped-def]
    s = e.service
    plan = s.save_plan(ActionPlan(case_id=e.case_id, student_goals="Komma i tid"))
    goal = s.add_goal(
        Goal(
            plan_id=plan.id,
            number=1,
            wording="Eleven kommer till första lektionen",
            indicator="Närvaro första lektionen",
            baseline="2 av 5",
            target="4 av 5",
            due_on=s.today() + dt.timedelta(days=60),
        )
    )
    if established:
        s.add_intervention(
            Intervention(
                plan_id=plan.id,
                kind=InterventionKind.SUPPORTIVE_TALKS,
                performer=Performer.TEAM,
                start_on=s.today(),
            )
        )
        plan = s.establish_plan(plan.id, follow_up_on=s.today() + dt.timedelta(days=30))
    return plan, goal


def test_a_goal_is_reworded_and_an_established_plan_becomes_revised(
    service: CaseloadService,
) -> None:
    e = refer_student(service)
    plan, goal = _plan_with_goal(e, established=True)
    before = len(audit.events(service.vault.conn, student_id=e.student_id))
    service.edit_goal(replace(goal, wording="Eleven är i skolan kl. 8.10", target="5 av 5"))
    stored = service.vault.repo.get(Goal, goal.id)
    assert stored.wording == "Eleven är i skolan kl. 8.10" and stored.target == "5 av 5"
    assert stored.number == 1 and stored.plan_id == plan.id
    revised = service.vault.repo.get(ActionPlan, plan.id)
    assert revised.status is PlanStatus.REVISED and revised.revised_on == service.today()
    assert ("plan.goal.edit", "") in actions(service, e.student_id, before)


def test_a_goal_without_wording_is_refused_and_kept(service: CaseloadService) -> None:
    e = refer_student(service)
    _plan, goal = _plan_with_goal(e, established=False)
    with pytest.raises(DomainError, match="formulering och en indikator"):
        service.edit_goal(replace(goal, wording="  "))
    assert service.vault.repo.get(Goal, goal.id).wording == goal.wording


def _closed(demo: CaseloadService) -> str:
    row = next(r for r in demo.caseload(include_ended=True) if r.stage is Stage.CLOSED)
    return row.case_id


def test_the_booster_is_planned_moved_and_held_on_the_days_given(
    demo: CaseloadService, clock: Clock
) -> None:
    case_id = _closed(demo)
    today = demo.today()
    moved = demo.plan_booster(case_id, today + dt.timedelta(days=20))
    assert moved.booster_planned_on == today + dt.timedelta(days=20)
    with pytest.raises(DomainError, match="redan varit"):
        demo.plan_booster(case_id, today - dt.timedelta(days=1))
    with pytest.raises(DomainError, match="i framtiden"):
        demo.record_booster(case_id, held_on=today + dt.timedelta(days=1))
    held = demo.record_booster(case_id, held_on=today - dt.timedelta(days=2))
    assert held.booster_held_on == today - dt.timedelta(days=2) and held.stage is Stage.BOOSTER
    with pytest.raises(DomainError, match="hölls"):
        demo.plan_booster(case_id, today + dt.timedelta(days=5))
    trail = actions(demo, held.student_id, 0)
    assert ("case.booster.plan", "") in trail and ("case.booster", "") in trail


def test_a_booster_is_planned_only_after_closure(service: CaseloadService) -> None:
    e = refer_student(service)
    with pytest.raises(DomainError, match="när eleven är utskriven"):
        service.plan_booster(e.case_id, service.today() + dt.timedelta(days=10))


def test_follow_up_dates_are_moved_and_booked_all_or_nothing(service: CaseloadService) -> None:
    e = refer_student(service)
    plan, _goal = _plan_with_goal(e, established=True)
    today = service.today()
    booked = service.schedule_follow_up(e.case_id, today + dt.timedelta(days=7))
    with pytest.raises(DomainError, match="efter dagens datum"):
        service.set_follow_up_dates(
            e.case_id,
            plan_follow_up_on=today,
            moved={booked.id: today + dt.timedelta(days=14)},
        )
    page = service.open_student(e.student_id)
    assert [f.due_on for f in page.current.follow_ups] == [booked.due_on]  # nothing half-done
    changed = service.set_follow_up_dates(
        e.case_id,
        plan_follow_up_on=today + dt.timedelta(days=40),
        moved={booked.id: today + dt.timedelta(days=14)},
        new_on=today + dt.timedelta(days=28),
    )
    assert len(changed) == 3
    page = service.open_student(e.student_id)
    assert sorted(f.due_on for f in page.current.follow_ups) == [
        today + dt.timedelta(days=14),
        today + dt.timedelta(days=28),
    ]
    assert page.current.current_plan.follow_up_on == today + dt.timedelta(days=40)
    with pytest.raises(DomainError, match="har varit"):
        service.schedule_follow_up(e.case_id, today - dt.timedelta(days=1))


def test_school_year_and_class_names() -> None:
    assert school_year(dt.date(2026, 8, 17)) == "2026/27"
    assert school_year(dt.date(2027, 3, 1)) == "2026/27"
    assert school_year(dt.date(2099, 12, 1)) == "2099/00"
    assert promoted_class("7B", 7) == "8B"
    assert promoted_class("7 b", 7) == "8 b"
    assert promoted_class("Lärkan", 7) == "Lärkan"
    assert promoted_class("6B", 7) == "6B"  # a class that does not follow the årskurs
    assert promoted_class("", 7) == ""


def test_rollover_moves_the_caseload_up_once_and_leaves_year_nine(
    service: CaseloadService,
) -> None:
    seven = refer_student(service, class_name="7B")
    school = seven.school_id
    nine = refer_student(
        service, school_id=school, personnummer="20110405-2384", first_name="Nils", last_name="Nio"
    )
    service.edit_student(
        nine.student_id, school_id=school, grade=9, class_name="9A", interpreter_language=""
    )
    gone = refer_student(
        service, school_id=school, personnummer="20120405-2383", first_name="Ebba", last_name="Ej"
    )
    service.move_case(gone.case_id, Stage.NOT_ENROLLED, reason="Familjen tackade nej.")
    on = service.today()
    preview = service.rollover_preview(on)
    assert preview.year == "2026/27"
    assert [(p.name, p.new_grade, p.new_class) for p in preview.of(Move.UP)] == [
        ("Saga Testsson", 8, "8B")
    ]
    assert [(p.name, p.case_open) for p in preview.of(Move.LEAVES)] == [("Nils Nio", True)]
    assert all(p.student_id != gone.student_id for p in preview.promotions)
    assert service.vault.repo.get(Student, seven.student_id).grade == 7  # a preview only
    before = len(audit.events(service.vault.conn, student_id=seven.student_id))
    done = service.roll_over(on, [p.student_id for p in preview.promotions])
    assert [p.student_id for p in done.promotions] == [seven.student_id]
    student = service.vault.repo.get(Student, seven.student_id)
    assert (student.grade, student.class_name) == (8, "8B")
    assert service.vault.repo.get(Student, nine.student_id).grade == 9
    assert actions(service, seven.student_id, before) == [("student.rollover", "2026/27")]
    assert next(r for r in service.caseload() if r.student_id == seven.student_id).grade == 8
    again = service.rollover_preview(on + dt.timedelta(days=30))
    assert [p.name for p in again.of(Move.DONE)] == ["Saga Testsson"]
    with pytest.raises(DomainError, match="Ingen elev har kvar"):
        service.roll_over(on, [seven.student_id])
    assert service.vault.repo.get(Student, seven.student_id).grade == 8  # never twice


def test_rollover_is_refused_before_its_day(service: CaseloadService) -> None:
    e = refer_student(service)
    with pytest.raises(DomainError, match="tidigast den dag"):
        service.roll_over(service.today() + dt.timedelta(days=1), [e.student_id])
    assert service.vault.repo.get(Student, e.student_id).grade == 7
    assert service.vault.repo.get(School, e.school_id) is not None


def test_a_begun_mapping_is_changed_never_begun_again(service: CaseloadService) -> None:
    """A second "Påbörja kartläggning" hid the first, its start date and its factors."""
    e = refer_student(service)
    begun = service.start_mapping(
        e.case_id,
        documents=(MappingDocument.SUPPORT_PROGRAMME,),
        student_story="Svåra morgnar.",
        guardian_story="Hon vill men orkar inte.",
    )
    service.add_factor(
        MappingFactor(
            mapping_id=begun.id,
            area=FactorArea.SCHOOL,
            kind=FactorKind.RISK,
            description="Ensam på rasterna.",
        )
    )
    with pytest.raises(DomainError, match="redan påbörjad"):
        service.start_mapping(e.case_id, student_story="NY TEXT")
    edited = service.edit_mapping(begun.id, student_story="Bättre morgnar nu.")
    stored = service.vault.repo.find(Mapping, case_id=e.case_id)
    assert stored == [edited]
    assert (edited.started_on, edited.guardian_story, edited.documents) == (
        begun.started_on,
        "Hon vill men orkar inte.",
        (MappingDocument.SUPPORT_PROGRAMME,),
    )
    assert edited.student_story == "Bättre morgnar nu."
    assert [f.mapping_id for f in service.vault.repo.find(MappingFactor)] == [begun.id]


def test_a_case_has_one_handlingsplan_at_a_time(service: CaseloadService) -> None:
    e = refer_student(service)
    plan = service.save_plan(ActionPlan(case_id=e.case_id, student_goals="Orka gå dit."))
    with pytest.raises(DomainError, match="redan en handlingsplan"):
        service.save_plan(ActionPlan(case_id=e.case_id, student_goals="Ett till mål."))
    assert service.save_plan(replace(plan, guardian_goals="Morgnarna.")).id == plan.id
    assert [p.id for p in service.vault.repo.find(ActionPlan, case_id=e.case_id)] == [plan.id]
    service.vault.repo.put(replace(plan, status=PlanStatus.ENDED))  # an ended plan is history
    service.save_plan(ActionPlan(case_id=e.case_id, student_goals="En ny plan."))


def first_plan(
    case_id: str, today: dt.date, *, goal_due: dt.date
) -> tuple[ActionPlan, Goal, Intervention]:
    """A new plan with its first goal and insats, as the Handlingsplan dialog makes them."""
    plan = ActionPlan(case_id=case_id, student_goals="Orka gå dit.")
    goal = Goal(
        plan_id=plan.id,
        number=1,
        wording="Gå till skolan",
        indicator="Närvaro 85 %",
        baseline="40 %",
        target="85 %",
        due_on=goal_due,
    )
    talks = Intervention(
        plan_id=plan.id,
        kind=InterventionKind.SUPPORTIVE_TALKS,
        performer=Performer.TEAM,
        start_on=today,
    )
    return plan, goal, talks


def test_a_plan_refused_for_its_dates_leaves_nothing_behind(service: CaseloadService) -> None:
    """The plan, its first goal and its insats are stored together or not at all."""
    e = refer_student(service)
    today = service.today()
    later, yesterday = today + dt.timedelta(days=30), today - dt.timedelta(days=1)
    plan, goal, first = first_plan(e.case_id, today, goal_due=later)
    for bad_goal, follow_up_on, why in (
        (goal, today, "Uppföljningsdatumet ska ligga efter"),
        (replace(goal, due_on=yesterday), later, "redan varit"),
        (replace(goal, indicator=""), later, "indikator"),
    ):
        with pytest.raises(DomainError, match=why):
            service.start_plan(plan, bad_goal, first, follow_up_on=follow_up_on)
        assert service.vault.repo.find(ActionPlan, case_id=e.case_id) == []
        assert service.vault.repo.find(Goal) == [] and service.vault.repo.find(Intervention) == []
    made = service.start_plan(plan, goal, first, follow_up_on=later)
    assert made.status is PlanStatus.ESTABLISHED
    assert [g.plan_id for g in service.vault.repo.find(Goal)] == [plan.id]
    draft = service.start_plan(
        ActionPlan(case_id=refer_student(service, personnummer="20120915-2386").case_id),
        replace(goal, id="g2"),
        replace(first, id="i2"),
    )
    assert draft.status is PlanStatus.DRAFT  # no follow-up date: saved as a draft, to fastställ
