"""Use cases of a skolsocionom's day: one call per user action. Layer: services.

Each call is one transaction on the vault; each read or change of a student's
data writes an audit event (who, device, action, student id, time, reason)
in that same transaction. Rules live in the domain; this module gathers the
facts they need, applies them and stores the result. A refusal is a
DomainError with a Swedish message. Threading: runs on the vault's thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sstdesk.domain import agenda as agenda_rules
from sstdesk.domain import consent as consent_rules
from sstdesk.domain import journal, lifecycle
from sstdesk.domain import school_year as school_years
from sstdesk.domain import sip as sip_rules
from sstdesk.domain.codes import (
    ContactType,
    DataCategory,
    Gender,
    GuardianRelation,
    NoteStatus,
    PartyKind,
    PlanStatus,
    ReferredBy,
    SipStatus,
    Stage,
)
from sstdesk.domain.consent import ConsentRecord, ShareDecision
from sstdesk.domain.due import CaseSnapshot, DueItem, due_for
from sstdesk.domain.errors import DomainError
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import (
    ActionPlan,
    AttendancePeriod,
    Case,
    Consent,
    FollowUp,
    Goal,
    Guardian,
    Intervention,
    JournalNote,
    Mapping,
    MappingFactor,
    Meeting,
    RegisterRequest,
    School,
    Signatory,
    Sip,
    Student,
    WorkingNote,
    new_id,
)
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.phrase import Phrase
from sstdesk.domain.team import TeamSettings
from sstdesk.domain.validation import (
    AttendanceOverlap,
    checked_attendance,
    checked_student,
    clean_text,
    overlapping_attendance,
)
from sstdesk.services import pending_form as pending_forms
from sstdesk.services import projection
from sstdesk.services import team as team_store
from sstdesk.services.changes import NOTHING, Changes
from sstdesk.services.views import (
    CaseFile,
    CaseloadRow,
    ConsentView,
    Overview,
    StudentFile,
)
from sstdesk.vault import audit
from sstdesk.vault.repository import Repository
from sstdesk.vault.vault import Vault

T = TypeVar("T")


@dataclass(frozen=True)
class _Akt:
    """What every case of one student's personakt is read with, read once."""

    student: Student
    guardians: tuple[Guardian, ...]
    school: str
    team: TeamSettings
    requests: tuple[RegisterRequest, ...]
    last_entry: dt.date | None
    open: bool


# A case has one handlingsplan at a time.
ONE_PLAN = Phrase(
    "Ärendet har redan en handlingsplan. Lägg till mål och insatser i den "
    "(”Nytt mål…” och ”Insats…”), eller ”Ändra mål…”."
)


class NotFound(DomainError):
    """What was asked for is no longer in the vault (deleted, or never synced here)."""


class CaseloadService:
    """The caseload of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._projection_checked = False
        self._changes = NOTHING  # since the last take_changes(), on the db thread

    def take_changes(self) -> Changes:
        """What the calls since the last time changed (or tried to: a refused change may be
        in it too, which costs a view one needless refresh and nothing else)."""
        changes, self._changes = self._changes, NOTHING
        return changes

    @property
    def user(self) -> str:
        return self.vault.identity.user

    def now(self) -> dt.datetime:
        return self.vault.clock()

    def today(self) -> dt.date:
        return self.now().date()

    # ---------------------------------------------------------------- schools

    def add_school(self, name: str, *, unit_code: str = "", principal: str = "") -> School:
        with self.vault.transaction() as repo:
            return self._new_school(repo, name, unit_code=unit_code, principal=principal)

    def _new_school(
        self, repo: Repository, name: str, *, unit_code: str = "", principal: str = ""
    ) -> School:
        name = clean_text(name)
        if not name:
            raise DomainError(Phrase("Ange skolans namn."))
        school = School(
            name=name,
            unit_code=unit_code.strip(),
            principal=principal.strip(),
            district=repo.meta("district"),
        )
        repo.put(school)
        self.vault.audit_in("school.add")
        return school

    def schools(self) -> list[School]:
        return self.vault.repo.find(School, order_by="name")

    # ------------------------------------------------------- students and cases

    def refer(
        self,
        *,
        personnummer: str,
        first_name: str,
        last_name: str,
        gender: Gender | None,
        school_id: str,
        grade: int,
        referred_by: ReferredBy | None,
        reason: str,
        referral_date: dt.date | None = None,
        baseline_absence_pct: float | None = None,
        class_name: str = "",
        protected_identity: bool = False,
        address: str = "",
        school_contact: str = "",
        new_school: str = "",
    ) -> tuple[Student, Case]:
        """Aktualisering: a student (new, or known from before) gets a new case.

        `new_school` names a school to add in the same transaction (school_id empty), so a
        refused referral leaves no school behind. A known student's skyddade
        personuppgifter are never dropped by a new referral: that is a deliberate change.
        """
        today = self.today()
        referral_date = referral_date or today
        if referral_date > today:
            raise DomainError(Phrase("Aktualiseringsdatumet ligger i framtiden."))
        if not reason.strip():
            raise DomainError(Phrase("Ange anledningen till aktualiseringen."))
        if referred_by is None:
            raise DomainError(Phrase("Ange vem som aktualiserade eleven."))
        if gender is None:
            raise DomainError(
                Phrase(
                    "Välj elevens kön. Välj ”Ej angivet” om eleven inte vill ange det eller om det "
                    "inte är känt."
                )
            )
        if baseline_absence_pct is not None and not 0 <= baseline_absence_pct <= 100:
            raise DomainError(Phrase("Frånvaron ska anges i procent, mellan 0 och 100."))
        if not school_id and not clean_text(new_school):
            raise DomainError(Phrase("Välj skola, eller skriv namnet på en ny skola."))
        candidate = checked_student(
            Student(
                personnummer=personnummer,
                first_name=first_name,
                last_name=last_name,
                gender=gender,
                school_id=school_id,
                grade=grade,
                class_name=class_name.strip(),
                protected_identity=protected_identity,
                address=address.strip(),
            ),
            today=today,
        )
        with self.vault.transaction() as repo:
            if not school_id:
                school = self._new_school(repo, new_school)
                school_id = school.id
                candidate = replace(candidate, school_id=school_id)
            if repo.get(School, school_id) is None:
                raise NotFound(Phrase("Skolan finns inte bland dina uppgifter."))
            known = repo.find(Student, personnummer=candidate.personnummer)
            student = candidate
            if known:
                before = known[0]
                student = replace(
                    candidate,
                    id=before.id,
                    protected_identity=before.protected_identity or candidate.protected_identity,
                    address=candidate.address or before.address,
                    interpreter_language=before.interpreter_language,
                )
            if known and any(lifecycle.is_open(c) for c in repo.find(Case, student_id=student.id)):
                raise DomainError(
                    Phrase(
                        "Eleven har redan ett pågående ärende. Öppna det i stället för att "
                        "aktualisera på nytt."
                    )
                )
            case = Case(
                student_id=student.id,
                school_id=school_id,
                grade_at_start=candidate.grade,
                responsible_user=self.user,
                referral_date=referral_date,
                referred_by=referred_by,
                referral_reason=reason.strip(),
                baseline_absence_pct=baseline_absence_pct,
                school_contact=school_contact.strip(),
                last_entry_on=referral_date,
            )
            repo.put(student)
            repo.put(case)
            repo.reindex_student(student.id)
            self._changed(repo, "case.refer", student_id=student.id)
        return student, case

    def update_student(self, student: Student) -> Student:
        checked = checked_student(student, today=self.today())
        with self.vault.transaction() as repo:
            self._require(repo, Student, student.id)
            clash = [
                s
                for s in repo.find(Student, personnummer=checked.personnummer)
                if s.id != student.id
            ]
            if clash:
                raise DomainError(Phrase("En annan elev har redan det personnumret."))
            repo.put(checked)
            repo.reindex_student(student.id)
            self._changed(repo, "student.update", student_id=student.id)
        return checked

    def add_guardian(self, guardian: Guardian) -> Guardian:
        guardian = replace(
            guardian, name=clean_text(guardian.name), address=clean_text(guardian.address)
        )
        if not guardian.name:
            raise DomainError(Phrase("Ange vårdnadshavarens namn."))
        if guardian.has_custody and guardian.relation is not GuardianRelation.GUARDIAN:
            raise DomainError(
                Phrase(
                    "{relation} kan inte ha vårdnaden. Välj ”Vårdnadshavare” som relation, eller "
                    "”Nej” för vårdnaden.",
                    relation=guardian.relation,
                )
            )
        with self.vault.transaction() as repo:
            self._require(repo, Student, guardian.student_id)
            repo.put(guardian)
            # A protected guardian's address must not be findable through old notes.
            repo.reindex_student(guardian.student_id)
            self._changed(repo, "guardian.save", student_id=guardian.student_id)
        return guardian

    def set_protected(self, student_id: str, protected: bool) -> Student:
        """Skyddade personuppgifter on or off for a student: a deliberate, audited change
        (it can come in the middle of a case, when Skatteverket marks the child)."""
        with self.vault.transaction() as repo:
            student = replace(
                self._require(repo, Student, student_id), protected_identity=protected
            )
            repo.put(student)
            repo.reindex_student(student_id)
            self._changed(
                repo, "student.protect" if protected else "student.unprotect", student_id=student_id
            )
        return student

    def set_flags(
        self,
        case_id: str,
        *,
        sip_active: bool | None = None,
        concern_reported: bool | None = None,
        paused: bool | None = None,
    ) -> Case:
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            changes = {
                k: v
                for k, v in (
                    ("sip_active", sip_active),
                    ("concern_reported", concern_reported),
                    ("paused", paused),
                )
                if v is not None
            }
            case = replace(case, **changes)  # type: ignore[arg-type]
            repo.put(case)
            self._changed(repo, "case.flags", student_id=case.student_id)
        return case

    # ------------------------------------------------------- facts that change

    def edit_student(
        self,
        student_id: str,
        *,
        school_id: str,
        grade: int,
        class_name: str,
        interpreter_language: str,
        new_school: str = "",
    ) -> Student:
        """School, årskurs, class and interpreter language, as they are now. Audited with the
        names of the fields that changed (never their values). A new school moves the open
        case too, so the caseload and the EHK material name the school the student goes to.
        Skyddade personuppgifter are changed with `set_protected`, on purpose apart."""
        if not school_id and not clean_text(new_school):
            raise DomainError(Phrase("Välj skola, eller skriv namnet på en ny skola."))
        with self.vault.transaction() as repo:
            before = self._require(repo, Student, student_id)
            if not school_id:
                school_id = self._new_school(repo, new_school).id
            elif repo.get(School, school_id) is None:
                raise NotFound(Phrase("Skolan finns inte bland dina uppgifter."))
            after = checked_student(
                replace(
                    before,
                    school_id=school_id,
                    grade=grade,
                    class_name=clean_text(class_name),
                    interpreter_language=clean_text(interpreter_language),
                ),
                today=self.today(),
            )
            changed = [
                name
                for name in ("school_id", "grade", "class_name", "interpreter_language")
                if getattr(before, name) != getattr(after, name)
            ]
            if not changed:
                return before
            repo.put(after)
            if "school_id" in changed:
                for case in repo.find(Case, student_id=student_id):
                    if lifecycle.is_open(case):
                        repo.put(replace(case, school_id=school_id))
            repo.reindex_student(student_id)
            self._changed(repo, "student.edit", student_id=student_id, reason=",".join(changed))
        return after

    def edit_goal(self, goal: Goal) -> Goal:
        """A goal's wording, indicator, values and date. A goal of an established plan makes
        the plan revised today: the plan the family agreed to has changed."""
        wording, indicator = clean_text(goal.wording), clean_text(goal.indicator)
        self._check_goal(replace(goal, wording=wording, indicator=indicator))
        with self.vault.transaction() as repo:
            before = self._require(repo, Goal, goal.id)
            plan = self._require(repo, ActionPlan, before.plan_id)
            case = self._require(repo, Case, plan.case_id)
            if plan.status is PlanStatus.ENDED or not lifecycle.is_open(case):
                raise DomainError(
                    Phrase(
                        "Handlingsplanen är avslutad. Målen står kvar som de var när den "
                        "avslutades."
                    )
                )
            after = replace(
                before,
                wording=wording,
                indicator=indicator,
                baseline=clean_text(goal.baseline),
                target=clean_text(goal.target),
                due_on=goal.due_on,
            )
            if after == before:
                return before
            repo.put(after)
            if plan.status in (PlanStatus.ESTABLISHED, PlanStatus.REVISED):
                repo.put(replace(plan, status=PlanStatus.REVISED, revised_on=self.today()))
            self._touch(repo, case)
            self._changed(repo, "plan.goal.edit", student_id=case.student_id)
        return after

    def plan_booster(self, case_id: str, on: dt.date) -> Case:
        """The boosterträff planned or moved to the day the person chose."""
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            if case.booster_held_on:
                raise DomainError(
                    Phrase(
                        "Boosterträffen hölls {booster_held_on} och flyttas inte.",
                        booster_held_on=format_date(case.booster_held_on),
                    )
                )
            if case.stage is not Stage.CLOSED:
                raise DomainError(Phrase("En boosterträff planeras när eleven är utskriven."))
            if case.closed_on and on < case.closed_on:
                raise DomainError(
                    Phrase(
                        "Boosterträffen kan inte ligga före utskrivningen {closed_on}.",
                        closed_on=format_date(case.closed_on),
                    )
                )
            if on < self.today():
                raise DomainError(
                    Phrase(
                        "Datumet har redan varit. Har träffen hållits? Registrera den som hållen."
                    )
                )
            if on == case.booster_planned_on:
                return case
            planned = replace(case, booster_planned_on=on)
            repo.put(planned)
            self._changed(repo, "case.booster.plan", student_id=case.student_id)
        return planned

    def set_follow_up_dates(
        self,
        case_id: str,
        *,
        plan_follow_up_on: dt.date | None = None,
        moved: dict[str, dt.date] | None = None,
        new_on: dt.date | None = None,
    ) -> list[object]:
        """The coming follow-ups as the person sets them: the plan's next follow-up, each
        booked follow-up moved, one more booked. All of it or nothing; returns what changed."""
        today = self.today()
        changed: list[object] = []
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            if not lifecycle.is_open(case):
                raise DomainError(
                    Phrase("Ärendet är inte öppet längre. Uppföljningar planeras inte.")
                )
            if plan_follow_up_on is not None:
                plans = [
                    p
                    for p in repo.find(ActionPlan, case_id=case_id, order_by="version")
                    if p.status in (PlanStatus.ESTABLISHED, PlanStatus.REVISED)
                ]
                if not plans:
                    raise DomainError(Phrase("Handlingsplanen är inte fastställd ännu."))
                if plan_follow_up_on <= today:
                    raise DomainError(
                        Phrase("Handlingsplanens uppföljning ska ligga efter dagens datum.")
                    )
                if plans[-1].follow_up_on != plan_follow_up_on:
                    plan = replace(plans[-1], follow_up_on=plan_follow_up_on)
                    repo.put(plan)
                    changed.append(plan)
            for follow_up_id, on in (moved or {}).items():
                booked = repo.get(FollowUp, follow_up_id)
                if booked is None or booked.case_id != case_id:
                    raise NotFound(Phrase("Uppföljningen finns inte längre."))
                if booked.held_on:
                    raise DomainError(
                        Phrase(
                            "Uppföljningen {held_on} är redan hållen och flyttas inte.",
                            held_on=format_date(booked.held_on),
                        )
                    )
                if on < today:
                    raise DomainError(
                        Phrase(
                            "En uppföljning kan inte flyttas till ett datum som har varit ({on}).",
                            on=format_date(on),
                        )
                    )
                if on != booked.due_on:
                    booked = replace(booked, due_on=on)
                    repo.put(booked)
                    changed.append(booked)
            if new_on is not None:
                if new_on < today:
                    raise DomainError(
                        Phrase(
                            "En ny uppföljning kan inte bokas på ett datum som har varit "
                            "({new_on}).",
                            new_on=format_date(new_on),
                        )
                    )
                booked = FollowUp(case_id=case_id, due_on=new_on)
                repo.put(booked)
                changed.append(booked)
            if changed:
                self._touch(repo, case)
                self._changed(repo, "follow_up.dates", student_id=case.student_id)
        return changed

    def rollover_preview(self, on: dt.date) -> school_years.Rollover:
        """Läsårsskiftet as it would be done on `on`: each student of the caseload and what
        happens to them. Reading it is audited like the caseload list."""
        with self.vault.transaction() as repo:
            preview = self._rollover(repo, on)
            self.vault.audit_in("caseload.list")
        return preview

    def roll_over(self, on: dt.date, student_ids: Sequence[str]) -> school_years.Rollover:
        """Läsårsskiftet: each student of the preview that still goes up gets årskurs + 1
        (and a class named after it follows), in one transaction, one audit event each."""
        if on > self.today():
            raise DomainError(
                Phrase("Läsårsskiftet görs tidigast den dag det gäller ({on}).", on=format_date(on))
            )
        shown = set(student_ids)
        with self.vault.transaction() as repo:
            done = self._rollover(repo, on)
            ups = [p for p in done.of(school_years.Move.UP) if p.student_id in shown]
            if not ups:
                raise DomainError(
                    Phrase(
                        "Ingen elev har kvar att gå upp en årskurs läsåret {year}.", year=done.year
                    )
                )
            for up in ups:
                student = self._require(repo, Student, up.student_id)
                repo.put(replace(student, grade=up.new_grade, class_name=up.new_class))
                projection.refresh(repo, [up.student_id])
                self._changes |= Changes(frozenset({up.student_id}))
                self.vault.audit_in(
                    school_years.ROLLOVER_ACTION, student_id=up.student_id, reason=done.year
                )
            self.vault.audit_in("school_year.rollover", reason=f"{done.year}:{len(ups)}")
        return school_years.Rollover(on=on, year=done.year, promotions=tuple(ups))

    def _rollover(self, repo: Repository, on: dt.date) -> school_years.Rollover:
        year = school_years.school_year(on)
        newest: dict[str, Case] = {}
        for case in repo.find(Case, order_by="referral_date"):
            newest[case.student_id] = case
        promotions = []
        for student_id, case in newest.items():
            if case.stage not in _ACTIVE:
                continue
            student = self._require(repo, Student, student_id)
            done = any(
                event.action == school_years.ROLLOVER_ACTION and event.reason == year
                for event in audit.trail(self.vault.conn, student_id)
            )
            promotions.append(
                school_years.promotion(
                    student, stage=case.stage, case_open=lifecycle.is_open(case), done=done
                )
            )
        promotions.sort(key=lambda p: (p.grade, p.name))
        return school_years.Rollover(on=on, year=year, promotions=tuple(promotions))

    # ---------------------------------------------------------------- reading

    def open_student(self, student_id: str) -> StudentFile:
        """The whole student page; opening it is an audited read."""
        with self.vault.transaction() as repo:
            found = self.student_file(repo, student_id)
            self.vault.audit_in("student.read", student_id=student_id)
        return found

    def find_student(self, personnummer: str) -> Student | None:
        """The student with this (already checked) personnummer, if the vault has one."""
        found = self.vault.repo.find(Student, personnummer=personnummer)
        return found[0] if found else None

    def student_file(self, repo: Repository, student_id: str) -> StudentFile:
        """The whole student file, read in the caller's transaction; the caller audits."""
        today = self.today()
        student = self._require(repo, Student, student_id)
        school = repo.get(School, student.school_id)
        guardians = tuple(repo.find(Guardian, student_id=student_id))
        cases = repo.find(Case, student_id=student_id, order_by="referral_date")
        akt = _Akt(
            student=student,
            guardians=guardians,
            school=school.name if school else "",
            team=team_store.load(repo),
            requests=tuple(
                repo.find(RegisterRequest, student_id=student_id, order_by="received_on")
            ),
            last_entry=max((c.last_entry_on for c in cases if c.last_entry_on), default=None),
            open=any(lifecycle.is_open(c) for c in cases),
        )
        files = tuple(self._case_file(repo, c, akt, today) for c in cases)
        return StudentFile(
            student=student,
            school=school,
            guardians=guardians,
            cases=files,
            register_requests=akt.requests,
            team=akt.team,
        )

    def _case_file(self, repo: Repository, case: Case, akt: _Akt, today: dt.date) -> CaseFile:
        student, guardians = akt.student, akt.guardians
        records = self._consent_records(repo, [case.id])[case.id]
        birth = birth_of(student.personnummer)
        consents = tuple(
            ConsentView(r, consent_rules.state_of(r, guardians=guardians, birth=birth, on=today))
            for r in records
        )
        mappings = tuple(repo.find(Mapping, case_id=case.id, order_by="started_on"))
        plans = tuple(repo.find(ActionPlan, case_id=case.id, order_by="version"))
        plan_ids = [p.id for p in plans]
        follow_ups = tuple(repo.find(FollowUp, case_id=case.id, order_by="due_on"))
        meetings = tuple(repo.find(Meeting, case_id=case.id, order_by="held_on"))
        notes = tuple(repo.find(JournalNote, case_id=case.id, order_by="written_at"))
        snapshot = CaseSnapshot(
            case=case,
            student=student,
            guardians=guardians,
            consents=records,
            plans=plans,
            follow_ups=follow_ups,
            register_requests=akt.requests,
            akt_last_entry=akt.last_entry,
            akt_open=akt.open,
            meetings=meetings,
            drafts=tuple(n.event_date for n in notes if n.status is NoteStatus.DRAFT),
        )
        return CaseFile(
            case=case,
            consents=consents,
            attendance=tuple(repo.find(AttendancePeriod, case_id=case.id, order_by="period_start")),
            mappings=mappings,
            factors=tuple(repo.find_in(MappingFactor, "mapping_id", [m.id for m in mappings])),
            plans=plans,
            goals=tuple(sorted(repo.find_in(Goal, "plan_id", plan_ids), key=lambda g: g.number)),
            interventions=tuple(repo.find_in(Intervention, "plan_id", plan_ids)),
            meetings=meetings,
            notes=notes,
            working_notes=tuple(repo.find(WorkingNote, case_id=case.id, order_by="created_at")),
            follow_ups=follow_ups,
            sips=tuple(repo.find(Sip, case_id=case.id, order_by="version")),
            due=tuple(due_for(snapshot, today=today, team=akt.team)),
            parties=consent_rules.party_summary(
                records, on=today, guardians=guardians, birth=birth, school=akt.school
            ),
            facts=self._facts(repo, case),
        )

    def caseload(
        self,
        *,
        school_id: str | None = None,
        stage: Stage | None = None,
        due_within_days: int | None = None,
        include_ended: bool = False,
    ) -> list[CaseloadRow]:
        """The caseload list: the newest case of every student, with what is due next."""
        rows = self._rows(
            school_id=school_id,
            stage=stage,
            due_within_days=due_within_days,
            include_ended=include_ended,
        )
        self.vault.audit("caseload.list")
        return rows

    def overview(self, *, horizon_days: int = 7) -> Overview:
        """The due list, the agenda and the active caseload, read from the stored projection."""
        today = self.today()
        self._stored([])  # rebuilt first if stale
        horizon = max(horizon_days, agenda_rules.HORIZON_DAYS)
        stored = projection.load_overview(
            self.vault.repo, _ACTIVE, today + dt.timedelta(days=horizon)
        )
        rows = [row.at(today) for row in stored if row.stage in _ACTIVE]
        self.vault.audit("caseload.list")
        return Overview(
            due=tuple(projection.due_rows(stored, today=today, horizon_days=horizon_days)),
            rows=tuple(_sorted(r for r in rows if r.stage in _ACTIVE)),
            today=today,
            agenda=projection.agenda(stored, today=today),
        )

    def _rows(
        self,
        *,
        school_id: str | None = None,
        stage: Stage | None = None,
        due_within_days: int | None = None,
        include_ended: bool = False,
        student_ids: Sequence[str] | None = None,
    ) -> list[CaseloadRow]:
        today = self.today()
        rows = []
        for row in (stored.at(today) for stored in self._stored(student_ids)):
            if not include_ended and row.stage not in _ACTIVE:
                continue
            # A protected student is never listed under a school: that would name it.
            if school_id and (row.school_id != school_id or row.protected_identity):
                continue
            if stage and row.stage is not stage:
                continue
            if due_within_days is not None and (
                row.next_due is None or row.next_due > today + dt.timedelta(days=due_within_days)
            ):
                continue
            rows.append(row)
        return _sorted(rows)

    def search(self, text: str, *, limit: int = 100, audit: bool = True) -> list[CaseloadRow]:
        """Caseload rows whose name, personnummer, school or notes match.

        Audited as a search; search-as-you-type passes `audit=False` for each keystroke and
        calls `audit_search()` once the typing pauses (one event per search, not per key).
        """
        ids = self.vault.repo.search(text, limit=limit)
        rows = {r.student_id: r for r in self._rows(include_ended=True, student_ids=ids)}
        if audit:
            self.audit_search()
        return [rows[i] for i in ids if i in rows]

    def audit_search(self) -> None:
        self.vault.audit("caseload.search")

    def due(self, *, horizon_days: int = 7) -> list[DueItem]:
        today = self.today()
        self._stored([])  # rebuilt first if stale
        stored = projection.load_due(self.vault.repo, today + dt.timedelta(days=horizon_days))
        items = projection.due_rows(stored, today=today, horizon_days=horizon_days)
        self.vault.audit("due.list")
        return [row.item for row in items]

    def _stored(self, student_ids: Sequence[str] | None = None) -> list[projection.StoredRow]:
        """The projection's rows, rebuilt first if a migration or a bulk write left it stale."""
        if not self._projection_checked:
            with self.vault.transaction() as repo:
                projection.rebuild_if_stale(repo)
            self._projection_checked = True
        return projection.load(self.vault.repo, student_ids)

    @staticmethod
    def _consent_records(
        repo: Repository, case_ids: Sequence[str]
    ) -> dict[str, tuple[ConsentRecord, ...]]:
        return projection.consent_records(repo, case_ids)

    def _changed(
        self, repo: Repository, action: str, *, student_id: str = "", reason: str = ""
    ) -> None:
        """After a change: the student's caseload row is rewritten, and the change audited,
        in the transaction of the change."""
        if student_id:
            projection.refresh(repo, [student_id])
            self._changes |= Changes(frozenset({student_id}))
        self.vault.audit_in(action, student_id=student_id, reason=reason)

    # ---------------------------------------------------------------- consent

    def record_consent(
        self, consent: Consent, signatories: Sequence[Signatory] = ()
    ) -> ConsentRecord:
        """A consent with the answers given so far (rule R3 and the stated facts checked first)."""
        consent = replace(consent, created_by=consent.created_by or self.user)
        signatories = tuple(replace(s, consent_id=consent.id) for s in signatories)
        consent_rules.validate_new(consent, signatories, today=self.today())
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, consent.case_id)
            repo.put(consent)
            for signatory in signatories:
                repo.put(signatory)
            self._touch(repo, case)
            self._changed(repo, "consent.record", student_id=case.student_id)
        return ConsentRecord(consent, signatories)

    def add_signatory(self, signatory: Signatory) -> Signatory:
        with self.vault.transaction() as repo:
            consent = self._require(repo, Consent, signatory.consent_id)
            if consent_rules.withdrawn_on(consent) is not None:
                raise DomainError(Phrase("Samtycket är återkallat. Registrera ett nytt samtycke."))
            given = repo.find(Signatory, consent_id=consent.id)
            consent_rules.validate_new(consent, [*given, signatory], today=self.today())
            case = self._require(repo, Case, consent.case_id)
            repo.put(signatory)
            self._touch(repo, case)
            self._changed(repo, "consent.sign", student_id=case.student_id)
        return signatory

    def withdraw_consent(
        self,
        consent_id: str,
        *,
        by: str,
        how: str,
        parties: Sequence[PartyKind] = (),
        on: dt.date | None = None,
    ) -> Consent:
        """Återkallelse: takes effect at once; disclosures that rest on it are refused, and
        each recipient that already got data under it becomes someone to tell (R3)."""
        on = on or self.today()
        if on > self.today():
            raise DomainError(Phrase("En återkallelse kan inte dateras i framtiden."))
        with self.vault.transaction() as repo:
            consent = self._require(repo, Consent, consent_id)
            case = self._require(repo, Case, consent.case_id)
            given = [s.signed_on for s in repo.find(Signatory, consent_id=consent_id)]
            if on < min([consent.valid_from, *given]):
                raise DomainError(
                    Phrase(
                        "Återkallelsen är daterad {value}, innan samtycket ens hade lämnats. Ange "
                        "dagen återkallelsen kom in.",
                        value=on.isoformat(),
                    )
                )
            withdrawn = consent_rules.withdraw(
                consent,
                on=on,
                by=by,
                how=how,
                parties=parties,
                notify=self._recipients(case.student_id, consent_id),
                received_by=self.user,
            )
            repo.put(withdrawn)
            self._touch(repo, case)
            self._changed(repo, "consent.withdraw", student_id=case.student_id)
        return withdrawn

    def _recipients(self, student_id: str, consent_id: str) -> list[PartyKind]:
        """The parties that got data resting on this consent, on any laptop of the team."""
        found = []
        for event in audit.trail(self.vault.conn, student_id):
            if event.action == DISCLOSED:
                used, party, *_document = event.reason.split(":")
                if used == consent_id and party in PartyKind._value2member_map_:
                    found.append(PartyKind(party))
        return list(dict.fromkeys(found))

    def mark_notified(
        self, consent_id: str, party: PartyKind, *, how: str, on: dt.date | None = None
    ) -> Consent:
        """R3: the socionom has told a recipient that the consent was withdrawn."""
        on = on or self.today()
        if on > self.today():
            raise DomainError(Phrase("Underrättelsen kan inte dateras i framtiden."))
        if not how.strip():
            raise DomainError(
                Phrase("Ange hur parten underrättades (till exempel telefon eller brev).")
            )
        with self.vault.transaction() as repo:
            consent = self._require(repo, Consent, consent_id)
            told = consent_rules.mark_notified(consent, party, on=on, by=self.user, how=how)
            case = self._require(repo, Case, consent.case_id)
            repo.put(told)
            self._touch(repo, case)
            self._changed(repo, "consent.notified", student_id=case.student_id)
        return told

    def may_share(
        self, case_id: str, *, party: PartyKind, category: DataCategory, on: dt.date | None = None
    ) -> ShareDecision:
        repo = self.vault.repo
        case = self._require(repo, Case, case_id)
        return self._may_share(repo, case, party=party, category=category, on=on or self.today())

    def _may_share(
        self, repo: Repository, case: Case, *, party: PartyKind, category: DataCategory, on: dt.date
    ) -> ShareDecision:
        student = self._require(repo, Student, case.student_id)
        return consent_rules.may_share(
            self._consent_records(repo, [case.id])[case.id],
            party=party,
            category=category,
            on=on,
            guardians=repo.find(Guardian, student_id=student.id),
            birth=birth_of(student.personnummer),
            school=self._school_name(repo, student),
        )

    @staticmethod
    def _school_name(repo: Repository, student: Student) -> str:
        school = repo.get(School, student.school_id)
        return school.name if school else ""

    # -------------------------------------------------------- register extract

    def record_register_request(self, request: RegisterRequest) -> RegisterRequest:
        """R11: a request for a registerutdrag, with the day it came and how the identity
        (for a guardian, the custody) was checked; due within a month."""
        request = replace(
            request,
            requested_by=clean_text(request.requested_by),
            identity_check=clean_text(request.identity_check),
            checked_by=clean_text(request.checked_by) or self.user,
        )
        if not request.requested_by:
            raise DomainError(Phrase("Ange vem som begärde registerutdraget."))
        if not request.identity_check:
            raise DomainError(
                Phrase(
                    "Ange hur identiteten kontrollerades (och för en vårdnadshavare, att hen har "
                    "vårdnaden)."
                )
            )
        if request.received_on > self.today():
            raise DomainError(Phrase("Begäran kan inte ha kommit in i framtiden."))
        return self._store(request, request.student_id, "register_request.record")

    def deliver_register_request(
        self, request_id: str, *, how: str, on: dt.date | None = None
    ) -> RegisterRequest:
        on = on or self.today()
        with self.vault.transaction() as repo:
            request = self._require(repo, RegisterRequest, request_id)
            if request.delivered_on is not None:
                raise DomainError(Phrase("Registerutdraget är redan lämnat."))
            if not how.strip():
                raise DomainError(Phrase("Ange hur registerutdraget lämnades."))
            if on < request.received_on or on > self.today():
                raise DomainError(Phrase("Ange ett datum mellan begäran och i dag."))
            done = replace(request, delivered_on=on, delivered_how=how.strip())
            repo.put(done)
            self._changed(repo, "register_request.deliver", student_id=request.student_id)
        return done

    # ------------------------------------------------------- team and identity

    def team_settings(self) -> TeamSettings:
        return team_store.load(self.vault.repo)

    def save_team_settings(self, settings: TeamSettings) -> TeamSettings:
        """The team's region, record keeping and thresholds; every caseload row follows."""
        with self.vault.transaction() as repo:
            saved = team_store.store(repo, settings)
            projection.refresh(repo)
            self._changes |= Changes(everyone=True)
            self.vault.audit_in("team.settings")
        return saved

    def reveal_protected(self, student_id: str) -> None:
        """A deliberate "Visa" of a protected student's school and addresses: audited."""
        with self.vault.transaction() as repo:
            self._require(repo, Student, student_id)
            self.vault.audit_in("protected.reveal", student_id=student_id)

    # --------------------------------------------------------------- lifecycle

    def facts(self, case_id: str) -> lifecycle.CaseFacts:
        repo = self.vault.repo
        return self._facts(repo, self._require(repo, Case, case_id))

    def _facts(self, repo: Repository, case: Case) -> lifecycle.CaseFacts:
        # Enrolment needs the school to be allowed the attendance data (domain.md 7.2).
        share = self._may_share(
            repo, case, party=PartyKind.SCHOOL, category=DataCategory.ATTENDANCE, on=self.today()
        )
        plans = repo.find(ActionPlan, case_id=case.id)
        established = [p for p in plans if p.status in (PlanStatus.ESTABLISHED, PlanStatus.REVISED)]
        plan_ids = [p.id for p in established]
        return lifecycle.CaseFacts(
            consent_covers_school=share.allowed,
            consent_problem="" if share.allowed else share.message,
            mapping_started=bool(repo.find(Mapping, case_id=case.id)),
            plan_established=bool(established),
            plan_has_goal_and_intervention=bool(repo.find_in(Goal, "plan_id", plan_ids))
            and bool(repo.find_in(Intervention, "plan_id", plan_ids)),
            follow_up_held=any(f.held_on for f in repo.find(FollowUp, case_id=case.id)),
        )

    def move_case(self, case_id: str, to: Stage, *, reason: str = "") -> Case:
        """Move the case one step; refused with the reason when a guard says no."""
        if to is Stage.CLOSED:
            raise DomainError(
                Phrase(
                    "Avsluta ärendet med ”Avsluta ärendet (utskrivning)…”, där datum, anledning "
                    "och utfall anges."
                )
            )
        if to is Stage.BOOSTER:
            raise DomainError(Phrase("Registrera boosterträffen med ”Boosterträff hållen”."))
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            moved = lifecycle.move(
                case, to, on=self.today(), facts=self._facts(repo, case), reason=reason
            )
            repo.put(moved)
            if to in (Stage.CANCELLED, Stage.NOT_ENROLLED):
                self._destroy_working_notes(repo, case_id)
            self._changed(
                repo,
                f"case.move.{to.value}",
                student_id=case.student_id,
                reason=reason.strip()[:200] if to is Stage.CANCELLED else "",
            )
        return moved

    def close_case(
        self,
        case_id: str,
        *,
        reason: str,
        absence_pct: float | None,
        goals_met: bool,
        upper_secondary_eligible: bool | None = None,
        booster_planned_on: dt.date | None = None,
    ) -> Case:
        if booster_planned_on is not None and booster_planned_on < self.today():
            raise DomainError(
                Phrase("Boosterträffen kan inte planeras till ett datum som har varit.")
            )
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            closed = lifecycle.close(
                case,
                on=self.today(),
                facts=self._facts(repo, case),
                reason=reason,
                absence_pct=absence_pct,
                goals_met=goals_met,
                upper_secondary_eligible=upper_secondary_eligible,
                booster_planned_on=booster_planned_on,
            )
            repo.put(closed)
            self._destroy_working_notes(repo, case_id)
            self._changed(repo, "case.close", student_id=case.student_id)
        return closed

    def record_booster(self, case_id: str, *, held_on: dt.date | None = None) -> Case:
        """Boosterträffen hållen, on the day it was held (today unless said)."""
        held_on = held_on or self.today()
        if held_on > self.today():
            raise DomainError(Phrase("Boosterträffen kan inte registreras som hållen i framtiden."))
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, case_id)
            done = lifecycle.record_booster(case, on=held_on, facts=self._facts(repo, case))
            repo.put(done)
            self._changed(repo, "case.booster", student_id=case.student_id)
        return done

    # ----------------------------------------------------------------- mapping

    def start_mapping(self, case_id: str, **fields: object) -> Mapping:
        """The case's kartläggning, begun today; a case has one, and a second start would
        hide the first and its factors."""
        if self.vault.repo.find(Mapping, case_id=case_id):
            raise DomainError(
                Phrase("Kartläggningen är redan påbörjad. Ändra den i stället för att börja om.")
            )
        mapping = Mapping(case_id=case_id, started_on=self.today(), **fields)  # type: ignore[arg-type]
        return self.save_mapping(mapping)

    def edit_mapping(self, mapping_id: str, **fields: object) -> Mapping:
        """What was gathered and heard, changed; the start date and the factors stay."""
        mapping = self._require(self.vault.repo, Mapping, mapping_id)
        return self.save_mapping(replace(mapping, **fields))  # type: ignore[arg-type]

    def save_mapping(self, mapping: Mapping) -> Mapping:
        return self._store(mapping, None, "mapping.save", case_id=mapping.case_id)

    def add_factor(self, factor: MappingFactor) -> MappingFactor:
        if not factor.description.strip():
            raise DomainError(Phrase("Beskriv faktorn."))
        mapping = self._require(self.vault.repo, Mapping, factor.mapping_id)
        return self._store(factor, None, "mapping.factor", case_id=mapping.case_id)

    # -------------------------------------------------------------------- plan

    def save_plan(self, plan: ActionPlan) -> ActionPlan:
        """A case has one handlingsplan at a time: a second beside it would split the goals
        and insatser between two plans that both look current."""
        repo = self.vault.repo
        if repo.get(ActionPlan, plan.id) is None and any(
            p.status is not PlanStatus.ENDED for p in repo.find(ActionPlan, case_id=plan.case_id)
        ):
            raise DomainError(ONE_PLAN)
        return self._store(plan, None, "plan.save", case_id=plan.case_id)

    def start_plan(
        self,
        plan: ActionPlan,
        goal: Goal,
        intervention: Intervention,
        *,
        follow_up_on: dt.date | None = None,
    ) -> ActionPlan:
        """A new handlingsplan with its first goal and insats, established at once when a
        follow-up date is given: everything is checked first and stored together, so a
        refusal leaves no half a plan behind (that the window could not finish)."""
        today = self.today()
        self._check_goal(goal)
        if goal.due_on is not None and goal.due_on < today:
            raise DomainError(
                Phrase(
                    "Målets datum {day} har redan varit. Välj ett datum framåt.", day=goal.due_on
                )
            )
        if not 1 <= intervention.level <= 3:
            raise DomainError(Phrase("Insatsens nivå ska vara 1, 2 eller 3."))
        if follow_up_on is not None and follow_up_on <= today:
            raise DomainError(Phrase("Uppföljningsdatumet ska ligga efter dagens datum."))
        if follow_up_on is not None:
            plan = replace(
                plan, status=PlanStatus.ESTABLISHED, established_on=today, follow_up_on=follow_up_on
            )
        with self.vault.transaction() as repo:
            case = self._require(repo, Case, plan.case_id)
            plans = repo.find(ActionPlan, case_id=case.id)
            if any(p.status is not PlanStatus.ENDED for p in plans):
                raise DomainError(ONE_PLAN)
            # After an ended plan, the new one is the next version: the one shown as current.
            plan = replace(plan, version=max((p.version for p in plans), default=0) + 1)
            self._touch(repo, case)
            repo.put(plan)
            repo.put(replace(goal, plan_id=plan.id))
            repo.put(replace(intervention, plan_id=plan.id))
            for action in ("plan.save", "plan.goal", "plan.intervention"):
                self.vault.audit_in(action, student_id=case.student_id)
            self._changed(
                repo, "plan.establish" if follow_up_on else "plan.draft", student_id=case.student_id
            )
        return plan

    @staticmethod
    def _check_goal(goal: Goal) -> None:
        if not goal.wording.strip() or not goal.indicator.strip():
            raise DomainError(
                Phrase(
                    "Ett mål behöver en formulering och en indikator (hur vi vet att det är nått)."
                )
            )

    def add_goal(self, goal: Goal) -> Goal:
        self._check_goal(goal)
        plan = self._require(self.vault.repo, ActionPlan, goal.plan_id)
        return self._store(goal, None, "plan.goal", case_id=plan.case_id)

    def add_intervention(self, intervention: Intervention) -> Intervention:
        if not 1 <= intervention.level <= 3:
            raise DomainError(Phrase("Insatsens nivå ska vara 1, 2 eller 3."))
        plan = self._require(self.vault.repo, ActionPlan, intervention.plan_id)
        return self._store(intervention, None, "plan.intervention", case_id=plan.case_id)

    def establish_plan(self, plan_id: str, *, follow_up_on: dt.date) -> ActionPlan:
        """Fastställ: the plan needs a goal and an intervention, and a follow-up date."""
        repo = self.vault.repo
        plan = self._require(repo, ActionPlan, plan_id)
        if not repo.find(Goal, plan_id=plan_id):
            raise DomainError(Phrase("Handlingsplanen behöver minst ett mål innan den fastställs."))
        if not repo.find(Intervention, plan_id=plan_id):
            raise DomainError(
                Phrase("Handlingsplanen behöver minst en insats innan den fastställs.")
            )
        if follow_up_on <= self.today():
            raise DomainError(Phrase("Uppföljningsdatumet ska ligga efter dagens datum."))
        established = replace(
            plan,
            status=PlanStatus.ESTABLISHED,
            established_on=plan.established_on or self.today(),
            follow_up_on=follow_up_on,
        )
        return self._store(established, None, "plan.establish", case_id=plan.case_id)

    # ---------------------------------------------------------------- meetings

    def add_meeting(self, meeting: Meeting) -> Meeting:
        return self._store(meeting, None, "meeting.save", case_id=meeting.case_id)

    # ----------------------------------------------------------------- journal

    def new_note(
        self,
        case_id: str,
        *,
        text: str = "",
        event_date: dt.date | None = None,
        contact_type: ContactType = ContactType.OTHER,
        participants: str = "",
    ) -> JournalNote:
        """A new draft; the händelsedatum may be earlier than today, never later (R5)."""
        event_date = event_date or self.today()
        if event_date > self.today():
            raise DomainError(Phrase("Händelsedatumet ligger i framtiden."))
        note = JournalNote(
            case_id=case_id,
            event_date=event_date,
            written_at=self.now(),
            author=self.user,
            contact_type=contact_type,
            text=text,
            participants=participants.strip(),
        )
        return self.save_draft(note)

    # ---------------------------------------------------------------- the passphrase

    def change_passphrase(self, *, old: str, new: str) -> None:
        """The data key rewrapped under a new passphrase (audited); the recovery code and
        backups made earlier are untouched."""
        self.vault.change_passphrase(old=old, new=new)

    # ---------------------------------------------------------------- a form open at lock

    def keep_pending_form(self, form: pending_forms.PendingForm) -> None:
        pending_forms.keep(self.vault, form)

    def pending_form(self) -> pending_forms.PendingForm | None:
        return pending_forms.pending(self.vault)

    def drop_pending_form(self, *, resumed: bool) -> None:
        pending_forms.drop(self.vault, resumed=resumed)

    def save_draft(self, note: JournalNote) -> JournalNote:
        """Autosave of a draft; a signed note is refused with the way to correct it."""
        with self.vault.transaction() as repo:
            stored = repo.get(JournalNote, note.id)
            if stored is not None:
                note = journal.edit_draft(stored, text=note.text, event_date=note.event_date)
            case = self._require(repo, Case, note.case_id)
            repo.put(note)
            repo.reindex_student(case.student_id)
            self._touch(repo, case)
            self._changed(repo, "journal.draft", student_id=case.student_id)
        return note

    def sign_note(self, note_id: str) -> JournalNote:
        with self.vault.transaction() as repo:
            note = self._require(repo, JournalNote, note_id)
            signed = journal.sign(note, by=self.user, at=self.now())
            repo.put(signed)
            case = self._require(repo, Case, note.case_id)
            self._touch(repo, case)
            self._changed(repo, "journal.sign", student_id=case.student_id)
        return signed

    def correct_note(self, note_id: str, *, text: str, disputed: bool = False) -> JournalNote:
        """Rätta: a new draft linked to the signed note; the original stays as it was."""
        original = self._require(self.vault.repo, JournalNote, note_id)
        fix = journal.correction(
            original, text=text, author=self.user, at=self.now(), disputed=disputed
        )
        return self.save_draft(fix)

    def add_working_note(self, case_id: str, text: str) -> WorkingNote:
        note = WorkingNote(case_id=case_id, author=self.user, created_at=self.now(), text=text)
        return self._store(note, None, "working_note.save", case_id=case_id)

    def journalise(self, working_note_id: str, *, event_date: dt.date | None = None) -> JournalNote:
        """Move a working note into a journal draft and destroy the working note (R6)."""
        with self.vault.transaction() as repo:
            working = self._require(repo, WorkingNote, working_note_id)
            draft = journal.journalise(
                working, at=self.now(), event_date=event_date or self.today()
            )
            case = self._require(repo, Case, working.case_id)
            repo.put(draft)
            repo.delete(WorkingNote, working.id)
            repo.reindex_student(case.student_id)
            self._touch(repo, case)
            self._changed(repo, "working_note.journalise", student_id=case.student_id)
        return draft

    # -------------------------------------------------------------- attendance

    def add_attendance(
        self, period: AttendancePeriod, *, confirm_overlap: bool = False
    ) -> AttendancePeriod:
        """Register a period of attendance for a case, as typed.

        With `confirm_overlap`, a period sharing a day with one already registered for the
        case is not stored: AttendanceOverlap names the others (an audited read), and the
        person saves again without the flag if both are meant to stand.
        """
        period = replace(
            checked_attendance(period, today=self.today()),
            registered_by=period.registered_by or self.user,
        )
        if confirm_overlap:
            with self.vault.transaction() as repo:
                case = self._require(repo, Case, period.case_id)
                clash = overlapping_attendance(
                    period, repo.find(AttendancePeriod, case_id=period.case_id)
                )
                if clash:
                    self.vault.audit_in("attendance.overlap", student_id=case.student_id)
            if clash:
                raise AttendanceOverlap(period, clash)
        return self._store(period, None, "attendance.add", case_id=period.case_id)

    # --------------------------------------------------------------- follow-up

    def schedule_follow_up(self, case_id: str, due_on: dt.date) -> FollowUp:
        if due_on < self.today():
            raise DomainError(
                Phrase(
                    "En uppföljning kan inte bokas på ett datum som har varit ({due_on}).",
                    due_on=format_date(due_on),
                )
            )
        return self._store(
            FollowUp(case_id=case_id, due_on=due_on), None, "follow_up.schedule", case_id=case_id
        )

    def record_follow_up(self, follow_up: FollowUp) -> FollowUp:
        if follow_up.held_on and follow_up.held_on > self.today():
            raise DomainError(Phrase("En uppföljning kan inte registreras som hållen i framtiden."))
        if follow_up.absence_now_pct is not None and not 0 <= follow_up.absence_now_pct <= 100:
            raise DomainError(Phrase("Frånvaron ska anges i procent, mellan 0 och 100."))
        return self._store(follow_up, None, "follow_up.save", case_id=follow_up.case_id)

    # -------------------------------------------------------------------- SIP

    def save_sip(self, sip: Sip) -> Sip:
        """A SIP draft is edited freely; an upprättad SIP changes only by a follow-up."""
        sip_rules.check_draft(sip, today=self.today())
        stored = self.vault.repo.get(Sip, sip.id)
        if stored is not None and stored.status not in (SipStatus.DRAFT, SipStatus.CALLED):
            raise DomainError(
                Phrase("En upprättad SIP ändras inte. Gör en uppföljning – den blir en ny version.")
            )
        if sip.status not in (SipStatus.DRAFT, SipStatus.CALLED):
            raise DomainError(Phrase("Använd ”Upprätta” för att ändra SIP:ens status."))
        return self._store(sip, None, "sip.save", case_id=sip.case_id)

    def move_sip(self, sip_id: str, to: SipStatus) -> Sip:
        with self.vault.transaction() as repo:
            sip = self._require(repo, Sip, sip_id)
            case = self._require(repo, Case, sip.case_id)
            moved = sip_rules.move(
                sip, to, on=self.today(), consent_problem=self._sip_consent_problem(repo, case)
            )
            repo.put(moved)
            if to is SipStatus.ESTABLISHED and not case.sip_active:
                repo.put(replace(case, sip_active=True))
            self._touch(repo, case)
            self._changed(repo, f"sip.{to.value}", student_id=case.student_id)
        return moved

    def follow_up_sip(self, sip_id: str) -> Sip:
        """Uppföljning: the SIP becomes uppföljd and a new draft version carries it on."""
        with self.vault.transaction() as repo:
            sip = self._require(repo, Sip, sip_id)
            case = self._require(repo, Case, sip.case_id)
            repo.put(sip_rules.move(sip, SipStatus.FOLLOWED_UP, on=self.today()))
            successor = replace(
                sip,
                id=new_id(),
                version=sip.version + 1,
                status=SipStatus.DRAFT,
                previous_sip_id=sip.id,
                established_on=None,
                follow_up_on=None,
                meeting_on=None,
            )
            repo.put(successor)
            self._touch(repo, case)
            self._changed(repo, "sip.follow_up", student_id=case.student_id)
        return successor

    def sip_consent(self, case_id: str) -> ShareDecision:
        """R4: the consent a SIP of the case rests on (one that lets a healthcare party
        receive the plan), or, not allowed, the sentence saying why none does."""
        repo = self.vault.repo
        return self._sip_consent(repo, self._require(repo, Case, case_id))

    def _sip_consent(self, repo: Repository, case: Case) -> ShareDecision:
        """A SIP brings in healthcare: some healthcare party must be allowed the plan."""
        decisions = [
            self._may_share(repo, case, party=party, category=DataCategory.PLAN, on=self.today())
            for party in HEALTHCARE_PARTIES
        ]
        return next((d for d in decisions if d.allowed), decisions[0])

    def _sip_consent_problem(self, repo: Repository, case: Case) -> str:
        decision = self._sip_consent(repo, case)
        return "" if decision.allowed else decision.message

    # ------------------------------------------------------------------ audit

    def verify_audit(self) -> audit.Verification:
        """This laptop's chain, and each colleague's chain as received through sync."""
        own, team = audit.verify(self.vault.conn), audit.verify_team(self.vault.conn)
        return audit.Verification(
            ok=own.ok and team.ok,
            events=own.events + team.events,
            problems=own.problems + team.problems,
        )

    def audit_trail(self, student_id: str) -> list[audit.AuditEvent]:
        """Who has read or changed this student's data, on this laptop and (once synced) the
        team's others; itself an audited read."""
        trail = audit.trail(self.vault.conn, student_id)
        self.vault.audit("audit.read", student_id=student_id)
        return trail

    # ---------------------------------------------------------------- helpers

    def _store(self, entity: T, student_id: str | None, action: str, *, case_id: str = "") -> T:
        """Put one entity of a case; touch the case's gallring clock; audit."""
        with self.vault.transaction() as repo:
            if case_id:
                case = self._require(repo, Case, case_id)
                student_id = case.student_id
                self._touch(repo, case)
            else:
                self._require(repo, Student, student_id or "")
            repo.put(entity)
            self._changed(repo, action, student_id=student_id or "")
        return entity

    def _touch(self, repo: Repository, case: Case) -> None:
        touched = lifecycle.touch(case, self.today())
        if touched is not case:
            repo.put(touched)

    @staticmethod
    def _destroy_working_notes(repo: Repository, case_id: str) -> None:
        for note in repo.find(WorkingNote, case_id=case_id):
            repo.delete(WorkingNote, note.id)

    @staticmethod
    def _require(repo: Repository, cls: type[T], entity_id: str) -> T:
        found = repo.get(cls, entity_id)
        if found is None:
            raise NotFound(Phrase("Uppgiften finns inte längre. Den kan ha tagits bort."))
        return found


# Written once per recipient of a print, save or export: "<consent id>:<party>:<document id>".
DISCLOSED = "consent.disclosed"

HEALTHCARE_PARTIES = (
    PartyKind.BUP,
    PartyKind.FIRST_LINE,
    PartyKind.HABILITATION,
    PartyKind.PRIMARY_CARE,
)


def _sorted(rows: Iterable[CaseloadRow]) -> list[CaseloadRow]:
    return sorted(rows, key=lambda r: (r.next_due or dt.date.max, r.name))


_ACTIVE = frozenset(Stage) - {Stage.FINISHED, Stage.NOT_ENROLLED, Stage.CANCELLED}
