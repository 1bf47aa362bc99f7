"""What a person does on the student page and from the caseload, as dialogs. Layer: ui.

Each action asks with a FormDialog, turns the answers into domain values and
calls one service through the task runner. A refusal comes back into the
same dialog, with everything typed still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sstdesk.domain.codes import (
    Answer,
    ConsentForm,
    DataCategory,
    FactorArea,
    FactorKind,
    FollowUpDecision,
    Gender,
    GuardianRelation,
    InterventionKind,
    MappingDocument,
    PartyKind,
    Performer,
    ReferredBy,
    SignatoryRole,
)
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
from sstdesk.services.views import StudentFile
from sstdesk.ui.forms import Field, FormDialog, ask
from sstdesk.ui.labels import label

if TYPE_CHECKING:
    from sstdesk.ui.main_window import MainWindow


def _options(enum: Any) -> list[tuple[str, Any]]:
    return [(label(member), member) for member in enum]


class StudentActions:
    """Dialogs for the lifecycle; `last` is the dialog opened most recently (for tests)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last: FormDialog | None = None

    # -- plumbing -----------------------------------------------------------------

    def _run(
        self,
        dialog: FormDialog,
        work: Callable[[CaseloadService], Any],
        done: Callable[[Any], None] | None = None,
    ) -> None:
        service = self.window.service
        if service is None:
            return

        def finished(result: Any) -> None:
            if done:
                done(result)
            else:
                self.window.reopen_student()

        self.window.runner.run_db(
            lambda: work(service),
            done=finished,
            failed=lambda e: dialog.show_error(self.window.message(e)),
        )

    def _ask(
        self,
        title: str,
        fields: list[Field],
        on_accept: Callable[[FormDialog, dict[str, Any]], None],
        intro: str = "",
    ) -> None:
        self.last = ask(self.window, title, fields, on_accept, intro)
        # Focus goes back to the window when the dialog closes, so its shortcuts work again.
        self.last.finished.connect(lambda _result: self.window.activateWindow())

    def _file(self) -> StudentFile | None:
        file = self.window.student_page.file
        return file if file is not None and file.current is not None else None

    # -- aktualisering ---------------------------------------------------------------

    def new_student(self, schools: list[tuple[str, str]]) -> None:
        """Ctrl+N: aktualisering of a new student (or a known one's new case)."""
        fields = [
            Field("personnummer", "Personnummer"),
            Field("first_name", "Förnamn"),
            Field("last_name", "Efternamn"),
            Field("gender", "Kön", "choice", _options(Gender)),
            Field("school_id", "Skola", "choice", [*schools, ("Ny skola …", "")]),
            Field("new_school", "Ny skolas namn", optional=True),
            Field("grade", "Årskurs", "int", default=7, minimum=0, maximum=10),
            Field("referred_by", "Aktualiserad av", "choice", _options(ReferredBy)),
            Field("reason", "Anledning", "multiline"),
            Field("baseline", "Frånvaro vid aktualisering", "percent", optional=True),
            Field("protected", "Skyddade personuppgifter", "bool", optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            def work(s: CaseloadService) -> Any:
                school_id = v["school_id"] or s.add_school(v["new_school"]).id
                return s.refer(
                    personnummer=v["personnummer"],
                    first_name=v["first_name"],
                    last_name=v["last_name"],
                    gender=v["gender"],
                    school_id=school_id,
                    grade=v["grade"],
                    referred_by=v["referred_by"],
                    reason=v["reason"],
                    baseline_absence_pct=v["baseline"] or None,
                    protected_identity=v["protected"],
                )

            self._run(dialog, work, done=lambda result: self.window.open_student(result[0].id))

        self._ask("Ny elev – aktualisering", fields, save)

    def guardian(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field("name", "Namn"),
            Field("relation", "Relation", "choice", _options(GuardianRelation)),
            Field("custody", "Har vårdnaden", "bool", default=True, optional=True),
            Field("phone", "Telefon", optional=True),
            Field("interpreter", "Tolk (språk)", optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.add_guardian(
                    Guardian(
                        student_id=file.student.id,
                        name=v["name"],
                        relation=v["relation"],
                        has_custody=v["custody"],
                        phone=v["phone"],
                        interpreter_language=v["interpreter"],
                    )
                ),
            )

        self._ask("Lägg till vårdnadshavare", fields, save)

    # -- samtycke --------------------------------------------------------------------

    def record_consent(self) -> None:
        file = self._file()
        if file is None:
            return
        today = dt.date.today()
        signers = [("Eleven", "student")] + [(g.name, g.id) for g in file.guardians]
        fields = [
            Field("purpose", "Syfte", default="Insats från skolsocialt team"),
            Field(
                "parties",
                "Får dela med",
                "choices",
                _options(PartyKind),
                default=[PartyKind.SCHOOL, PartyKind.SOCIAL_SERVICES],
            ),
            Field(
                "categories",
                "Uppgifter",
                "choices",
                _options(DataCategory),
                default=[DataCategory.ATTENDANCE, DataCategory.MAPPING, DataCategory.PLAN],
            ),
            Field("valid_from", "Gäller från", "date", default=today),
            Field("valid_until", "Gäller t.o.m.", "date", default=today + dt.timedelta(days=365)),
            Field("form", "Form", "choice", _options(ConsentForm)),
            Field(
                "signers",
                "Har samtyckt",
                "choices",
                signers,
                default=[value for _, value in signers],
            ),
            Field("exceptions", "Samtycket gäller inte", "multiline", optional=True),
            Field("maturity", "Bedömning av ålder och mognad", "multiline", optional=True),
            Field(
                "informed",
                "Informerade om rätten att säga nej och återkalla",
                "bool",
                default=True,
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            consent = Consent(
                case_id=case_id,
                purpose=v["purpose"],
                parties=tuple(Party(kind) for kind in v["parties"]),
                categories=tuple(v["categories"]),
                valid_from=v["valid_from"],
                valid_until=v["valid_until"],
                form=v["form"],
                exceptions=v["exceptions"],
                maturity_assessment=v["maturity"],
                informed_of_rights=v["informed"],
                oral_received_by=self.window.user if v["form"] is ConsentForm.ORAL else "",
            )
            guardians = {g.id: g for g in file.guardians}
            answers = [
                Signatory(
                    consent_id=consent.id,
                    role=SignatoryRole.STUDENT if who == "student" else SignatoryRole.GUARDIAN,
                    name=file.student.full_name if who == "student" else guardians[who].name,
                    answer=Answer.YES,
                    signed_on=v["valid_from"],
                    guardian_id="" if who == "student" else who,
                )
                for who in v["signers"]
            ]
            self._run(dialog, lambda s: s.record_consent(consent, answers))

        self._ask("Registrera samtycke", fields, save)

    def withdraw_consent(self) -> None:
        file = self._file()
        if file is None:
            return
        active = [
            (
                f"{v.record.consent.purpose} (t.o.m. {v.record.consent.valid_until})",
                v.record.consent.id,
            )
            for v in file.current.consents  # type: ignore[union-attr]
            if v.state.status.value in ("valid", "partly_withdrawn", "incomplete")
        ]
        if not active:
            self.window.statusBar().showMessage("Det finns inget samtycke att återkalla.", 10_000)
            return
        fields = [
            Field("consent_id", "Samtycke", "choice", active),
            Field("by", "Återkallat av"),
            Field("how", "Hur", default="Telefonsamtal"),
            Field(
                "parties",
                "Bara för (tomt = hela samtycket)",
                "choices",
                _options(PartyKind),
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.withdraw_consent(
                    v["consent_id"], by=v["by"], how=v["how"], parties=v["parties"]
                ),
            )

        self._ask(
            "Återkalla samtycke",
            fields,
            save,
            intro="Återkallelsen gäller direkt. Inget mer får lämnas ut till de parter den gäller.",
        )

    # -- kartläggning ------------------------------------------------------------------

    def mapping(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field(
                "documents",
                "Insamlade handlingar",
                "choices",
                _options(MappingDocument),
                optional=True,
            ),
            Field("student_story", "Elevens berättelse", "multiline", optional=True),
            Field("guardian_story", "Vårdnadshavarnas berättelse", "multiline", optional=True),
            Field("school_view", "Skolans bild", "multiline", optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            self._run(
                dialog,
                lambda s: s.start_mapping(
                    case_id,
                    documents=tuple(v["documents"]),
                    student_story=v["student_story"],
                    guardian_story=v["guardian_story"],
                    school_view=v["school_view"],
                ),
            )

        self._ask("Påbörja kartläggning", fields, save)

    def factor(self) -> None:
        file = self._file()
        if file is None or not file.current.mappings:  # type: ignore[union-attr]
            self.window.statusBar().showMessage("Påbörja kartläggningen först.", 10_000)
            return
        mapping_id = file.current.mappings[-1].id  # type: ignore[union-attr]
        fields = [
            Field("area", "Område", "choice", _options(FactorArea)),
            Field("kind", "Risk eller skydd", "choice", _options(FactorKind)),
            Field("description", "Beskrivning", "multiline"),
            Field("source", "Källa", optional=True),
            Field("shareable", "Får delas med skolan", "bool", optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.add_factor(
                    MappingFactor(
                        mapping_id=mapping_id,
                        area=v["area"],
                        kind=v["kind"],
                        description=v["description"],
                        source=v["source"],
                        shareable_with_school=v["shareable"],
                    )
                ),
            )

        self._ask("Lägg till faktor", fields, save)

    # -- planering ------------------------------------------------------------------------

    def plan(self) -> None:
        """A handlingsplan with its first goal and insats, established in one go."""
        file = self._file()
        if file is None:
            return
        today = dt.date.today()
        fields = [
            Field("student_goals", "Elevens egna mål", "multiline"),
            Field("guardian_goals", "Vårdnadshavarnas mål", "multiline", optional=True),
            Field("goal", "Mål 1", default=""),
            Field("indicator", "Hur vi vet att vi nått det", default="Närvaro minst 85 %"),
            Field("baseline", "Utgångsvärde"),
            Field("target", "Målvärde"),
            Field("goal_due", "Mål till", "date", default=today + dt.timedelta(days=60)),
            Field("kind", "Insats", "choice", _options(InterventionKind)),
            Field("performer", "Vem gör", "choice", _options(Performer)),
            Field("frequency", "Hur ofta", default="En gång i veckan"),
            Field("follow_up_on", "Uppföljning", "date", default=today + dt.timedelta(days=42)),
            Field("establish", "Fastställ planen nu", "bool", default=True, optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]

            def work(s: CaseloadService) -> ActionPlan:
                plan = s.save_plan(
                    ActionPlan(
                        case_id=case_id,
                        student_goals=v["student_goals"],
                        guardian_goals=v["guardian_goals"],
                    )
                )
                s.add_goal(
                    Goal(
                        plan_id=plan.id,
                        number=1,
                        wording=v["goal"],
                        indicator=v["indicator"],
                        baseline=v["baseline"],
                        target=v["target"],
                        due_on=v["goal_due"],
                    )
                )
                s.add_intervention(
                    Intervention(
                        plan_id=plan.id,
                        kind=v["kind"],
                        performer=v["performer"],
                        start_on=s.today(),
                        frequency=v["frequency"],
                        goal_numbers=(1,),
                    )
                )
                if v["establish"]:
                    plan = s.establish_plan(plan.id, follow_up_on=v["follow_up_on"])
                return plan

            self._run(dialog, work)

        self._ask("Handlingsplan", fields, save)

    # -- närvaro, uppföljning, utskrivning -------------------------------------------------

    def attendance(self) -> None:
        file = self._file()
        if file is None:
            return
        today = dt.date.today()
        fields = [
            Field("start", "Från", "date", default=today - dt.timedelta(days=27)),
            Field("end", "Till", "date", default=today),
            Field("total", "Total frånvaro", "percent"),
            Field("valid", "Varav giltig", "percent"),
            Field("invalid", "Varav ogiltig", "percent"),
            Field("source", "Källa", default="Närvarorapport från skolan"),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            self._run(
                dialog,
                lambda s: s.add_attendance(
                    AttendancePeriod(
                        case_id=case_id,
                        period_start=v["start"],
                        period_end=v["end"],
                        total_absence_pct=v["total"],
                        valid_absence_pct=v["valid"],
                        invalid_absence_pct=v["invalid"],
                        source_name=v["source"],
                    )
                ),
            )

        self._ask("Lägg till närvaro", fields, save)

    def follow_up(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field("held_on", "Hölls", "date", default=dt.date.today()),
            Field("absence", "Frånvaro nu", "percent", optional=True),
            Field("decision", "Beslut", "choice", _options(FollowUpDecision)),
            Field("note", "Kommentar", "multiline", optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            self._run(
                dialog,
                lambda s: s.record_follow_up(
                    FollowUp(
                        case_id=case_id,
                        due_on=v["held_on"],
                        held_on=v["held_on"],
                        absence_now_pct=v["absence"],
                        decision=v["decision"],
                        note=v["note"],
                    )
                ),
            )

        self._ask("Registrera uppföljning", fields, save)

    def close(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field("reason", "Anledning", "multiline"),
            Field("absence", "Frånvaro vid utskrivning", "percent", optional=True),
            Field("goals_met", "Målen är nådda", "bool", optional=True),
        ]
        if file.student.grade == 9:
            fields.append(
                Field(
                    "eligible",
                    "Gymnasiebehörig",
                    "choice",
                    [("Vet ej", None), ("Ja", True), ("Nej", False)],
                )
            )

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            self._run(
                dialog,
                lambda s: s.close_case(
                    case_id,
                    reason=v["reason"],
                    absence_pct=v["absence"],
                    goals_met=v["goals_met"],
                    upper_secondary_eligible=v.get("eligible"),
                ),
            )

        self._ask("Skriv ut eleven", fields, save)

    def booster(self) -> None:
        file = self._file()
        service = self.window.service
        if file is None or service is None:
            return
        case_id = file.current.case.id  # type: ignore[union-attr]
        self.window.runner.run_db(
            lambda: service.record_booster(case_id),
            done=lambda _: self.window.reopen_student(),
            failed=lambda e: self.window.student_page.show_move_error(self.window.message(e)),
        )
