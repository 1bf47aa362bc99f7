"""What a person does on the student page and from the caseload, as dialogs. Layer: ui.

Each action asks with a FormDialog, turns the answers into domain values and
calls one service through the task runner. A refusal comes back into the
same dialog, with everything typed still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sstdesk.domain.codes import (
    ConsentForm,
    ConsentStatus,
    ContactType,
    DataCategory,
    FactorArea,
    FactorKind,
    FollowUpDecision,
    Gender,
    GuardianRelation,
    InterventionKind,
    MappingDocument,
    MeetingKind,
    PartyKind,
    Performer,
    PlanStatus,
    ReferredBy,
    RequesterRole,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.formatting import format_date
from sstdesk.domain.lifecycle import BOOSTER_AFTER_DAYS
from sstdesk.domain.model import (
    ActionPlan,
    AttendancePeriod,
    Consent,
    Decision,
    FollowUp,
    Goal,
    Guardian,
    Intervention,
    MappingFactor,
    Meeting,
    Participant,
    Party,
    RegisterRequest,
    Signatory,
)
from sstdesk.domain.validation import AttendanceOverlap, attendance_total
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.views import StudentFile
from sstdesk.ui import numbers
from sstdesk.ui.forms import Field, FormDialog, ask
from sstdesk.ui.labels import label
from sstdesk.ui.sip_view import SipDialog

if TYPE_CHECKING:
    from sstdesk.ui.context import Window


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _participant(line: str) -> Participant:
    parts = [part.strip() for part in line.split(",")] + ["", ""]
    return Participant(name=parts[0], role=parts[1], organisation=parts[2])


def _decision(line: str) -> Decision:
    action, _, responsible = line.partition(",")
    return Decision(action=action.strip(), responsible=responsible.strip())


def _options(enum: Any) -> list[tuple[str, Any]]:
    return [(label(member), member) for member in enum]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudentActions", text)


def _choose(options: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """A choice that starts unmade: the person states the fact, nothing is assumed."""
    return [(_tr(QT_TRANSLATE_NOOP("StudentActions", "Välj…")), None), *options]


def _yes_no() -> list[tuple[str, Any]]:
    return [
        (_tr(QT_TRANSLATE_NOOP("StudentActions", "Ja")), True),
        (_tr(QT_TRANSLATE_NOOP("StudentActions", "Nej")), False),
    ]


def _answerers(file: StudentFile) -> list[tuple[str, str]]:
    """Who may answer on a consent: the student, each guardian with custody, a god man."""
    return (
        [
            (
                _tr(QT_TRANSLATE_NOOP("StudentActions", "{0} (eleven)")).format(
                    file.student.full_name
                ),
                "student",
            )
        ]
        + [
            (_tr(QT_TRANSLATE_NOOP("StudentActions", "{0} (vårdnadshavare)")).format(g.name), g.id)
            for g in file.guardians
            if g.relation is GuardianRelation.GUARDIAN and g.has_custody
        ]
        + [(_tr(QT_TRANSLATE_NOOP("StudentActions", "God man")), "trustee")]
    )


def _signatories(file: StudentFile, consent_id: str, v: dict[str, Any]) -> list[Signatory]:
    """The answers given in a form, as signatories; ValueError says what is missing."""
    guardians = {g.id: g for g in file.guardians}
    found = []
    for who, given in v["answers"].items():
        if given.answer is None:
            continue
        if who == "trustee" and not v["trustee"].strip():
            raise ValueError(_tr(QT_TRANSLATE_NOOP("StudentActions", "Skriv god mans namn.")))
        role, name, guardian_id = {
            "student": (SignatoryRole.STUDENT, file.student.full_name, ""),
            "trustee": (SignatoryRole.TRUSTEE, v["trustee"].strip(), ""),
        }.get(who, (SignatoryRole.GUARDIAN, guardians[who].name if who in guardians else "", who))
        found.append(
            Signatory(
                consent_id=consent_id,
                role=role,
                name=name,
                answer=given.answer,
                signed_on=v["answered_on"],
                guardian_id=guardian_id,
                reservation=given.comment,
                excluded_parties=given.excluded_parties,
                excluded_categories=given.excluded_categories,
            )
        )
    return found


class StudentActions:
    """Dialogs for the lifecycle; `last` is the dialog opened most recently (for tests)."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.last: FormDialog | None = None
        # How the form being opened can be opened again after a lock, and what it held.
        self.current: tuple[str, ...] = ()
        self.prefill: tuple[str, dict[str, Any]] | None = None  # (title, snapshot)
        self.sip_dialog: SipDialog | None = (
            None  # the SIP dialog opened most recently (sip_view.py)
        )

    def start(self, name: str) -> None:
        """A lifecycle action by its method name, as the student page asks for it."""
        self.current = ("action", name)
        getattr(self, name)()

    # -- plumbing -----------------------------------------------------------------

    def _run(
        self,
        dialog: FormDialog,
        work: Callable[[CaseloadService], Any],
        done: Callable[[Any], None] | None = None,
    ) -> None:
        # The page is read again by the window's `changed` signal, not from here.
        self.window.run_op(
            work, done=done, failed=lambda e: dialog.show_error(self.window.message(e))
        )

    def _ask(
        self,
        title: str,
        fields: list[Field],
        on_accept: Callable[[FormDialog, dict[str, Any]], None],
        intro: str = "",
    ) -> None:
        self.last = ask(self.window, title, fields, on_accept, intro, context="StudentActions")
        # Focus goes back to the window when the dialog closes, so its shortcuts work again.
        self.last.finished.connect(lambda _result: self.window.activateWindow())
        file = self.window.student_page.file
        if self.current[:1] == ("new_student",):
            file = None  # not about the student whose page happens to be open
        self.last.setProperty("resume", list(self.current))
        self.last.setProperty("resume_title", title)
        self.last.setProperty("student_id", file.student.id if file is not None else "")
        if self.prefill is not None and self.prefill[0] == title:
            self.last.restore(self.prefill[1])
        self.prefill = None

    def _file(self) -> StudentFile | None:
        file = self.window.student_page.file
        return file if file is not None and file.current is not None else None

    # -- aktualisering ---------------------------------------------------------------

    def new_student(self, schools: list[tuple[str, str]]) -> None:
        """Ctrl+N: aktualisering of a new student (or a known one's new case)."""
        self.current = ("new_student",)
        fields = [
            Field("personnummer", QT_TRANSLATE_NOOP("StudentActions", "Personnummer")),
            Field("first_name", QT_TRANSLATE_NOOP("StudentActions", "Förnamn")),
            Field("last_name", QT_TRANSLATE_NOOP("StudentActions", "Efternamn")),
            Field(
                "gender",
                QT_TRANSLATE_NOOP("StudentActions", "Kön"),
                "choice",
                _choose(_options(Gender)),
            ),
            Field(
                "school_id",
                QT_TRANSLATE_NOOP("StudentActions", "Skola"),
                "choice",
                _choose([*schools, (_tr(QT_TRANSLATE_NOOP("StudentActions", "Ny skola …")), "")]),
            ),
            Field(
                "new_school", QT_TRANSLATE_NOOP("StudentActions", "Ny skolas namn"), optional=True
            ),
            Field(
                "grade",
                QT_TRANSLATE_NOOP("StudentActions", "Årskurs"),
                "int",
                default=7,
                minimum=0,
                maximum=10,
            ),
            Field(
                "referred_by",
                QT_TRANSLATE_NOOP("StudentActions", "Aktualiserad av"),
                "choice",
                _choose(_options(ReferredBy)),
            ),
            # A referral written down days after it came keeps the day it came.
            Field(
                "referral_date",
                QT_TRANSLATE_NOOP("StudentActions", "Aktualiserad den"),
                "date",
                default=dt.date.today(),
            ),
            Field("reason", QT_TRANSLATE_NOOP("StudentActions", "Anledning"), "multiline"),
            Field(
                "baseline",
                QT_TRANSLATE_NOOP("StudentActions", "Frånvaro vid aktualisering"),
                "percent",
                optional=True,
            ),
            Field(
                "protected",
                QT_TRANSLATE_NOOP("StudentActions", "Skyddade personuppgifter"),
                "choice",
                _choose(_yes_no()),  # Ja, Nej: as every yes-or-no in the program
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            def work(s: CaseloadService) -> Any:
                return s.refer(
                    personnummer=v["personnummer"],
                    first_name=v["first_name"],
                    last_name=v["last_name"],
                    gender=v["gender"],
                    school_id=v["school_id"] or "",
                    new_school=v["new_school"] if v["school_id"] == "" else "",
                    grade=v["grade"],
                    referred_by=v["referred_by"],
                    reason=v["reason"],
                    referral_date=v["referral_date"],
                    baseline_absence_pct=v["baseline"],
                    protected_identity=v["protected"],
                )

            self._run(dialog, work, done=lambda result: self.window.open_student(result[0].id))

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Ny elev – aktualisering"), fields, save)

    def guardian(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field("name", QT_TRANSLATE_NOOP("StudentActions", "Namn")),
            Field(
                "relation",
                QT_TRANSLATE_NOOP("StudentActions", "Relation"),
                "choice",
                _choose(_options(GuardianRelation)),
            ),
            Field(
                "custody",
                QT_TRANSLATE_NOOP("StudentActions", "Har vårdnaden"),
                "choice",
                _choose(_yes_no()),
            ),
            Field("phone", QT_TRANSLATE_NOOP("StudentActions", "Telefon"), optional=True),
            Field("address", QT_TRANSLATE_NOOP("StudentActions", "Adress"), optional=True),
            Field(
                "protected",
                QT_TRANSLATE_NOOP("StudentActions", "Skyddade personuppgifter"),
                "choice",
                _choose(_yes_no()[::-1]),
            ),
            Field(
                "interpreter", QT_TRANSLATE_NOOP("StudentActions", "Tolk (språk)"), optional=True
            ),
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
                        address=v["address"],
                        protected_identity=v["protected"],
                        interpreter_language=v["interpreter"],
                    )
                ),
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Lägg till vårdnadshavare"), fields, save)

    # -- journal och möten -------------------------------------------------------------

    def new_note(self, case_id: str) -> None:
        self.current = ("new_note", case_id)
        fields = [
            Field(
                "event_date",
                QT_TRANSLATE_NOOP("StudentActions", "Händelsedatum"),
                "date",
                default=dt.date.today(),
            ),
            Field(
                "contact_type",
                QT_TRANSLATE_NOOP("StudentActions", "Kontakt"),
                "choice",
                _options(ContactType),
            ),
            Field("participants", QT_TRANSLATE_NOOP("StudentActions", "Deltagare"), optional=True),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.new_note(
                    case_id,
                    event_date=v["event_date"],
                    contact_type=v["contact_type"],
                    participants=v["participants"],
                ),
                done=lambda note: self.window.reopen_student(select_note=note.id),
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Ny journalanteckning"), fields, save)

    def meeting(self) -> None:
        """A meeting with its participants (one per line: namn, roll, verksamhet)."""
        file = self._file()
        if file is None:
            return
        fields = [
            Field(
                "kind",
                QT_TRANSLATE_NOOP("StudentActions", "Möte"),
                "choice",
                _choose(_options(MeetingKind)),
            ),
            Field(
                "held_on",
                QT_TRANSLATE_NOOP("StudentActions", "Datum"),
                "date",
                default=dt.date.today(),
            ),
            Field("starts_at", QT_TRANSLATE_NOOP("StudentActions", "Tid"), "time", optional=True),
            Field("place", QT_TRANSLATE_NOOP("StudentActions", "Plats"), optional=True),
            Field(
                "participants",
                QT_TRANSLATE_NOOP(
                    "StudentActions", "Deltagare (en per rad: namn, roll, verksamhet)"
                ),
                "multiline",
            ),
            Field(
                "minutes",
                QT_TRANSLATE_NOOP("StudentActions", "Anteckningar"),
                "multiline",
                optional=True,
            ),
            Field(
                "decisions",
                QT_TRANSLATE_NOOP("StudentActions", "Beslut (en per rad: åtgärd, ansvarig)"),
                "multiline",
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            meeting = Meeting(
                case_id=case_id,
                kind=v["kind"],
                held_on=v["held_on"],
                starts_at=v["starts_at"],
                place=v["place"],
                participants=tuple(_participant(line) for line in _lines(v["participants"])),
                minutes=v["minutes"],
                decisions=tuple(_decision(line) for line in _lines(v["decisions"])),
            )
            self._run(dialog, lambda s: s.add_meeting(meeting))

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Registrera möte"), fields, save)

    # -- samtycke --------------------------------------------------------------------

    def record_consent(self) -> None:
        """Samtycke: every legal fact starts unknown and is stated by the person (R2, R3)."""
        file = self._file()
        if file is None:
            return
        today = dt.date.today()
        people = _answerers(file)
        fields = [
            Field(
                "purpose",
                QT_TRANSLATE_NOOP("StudentActions", "Syfte"),
            ),
            Field(
                "parties",
                QT_TRANSLATE_NOOP("StudentActions", "Får dela med"),
                "choices",
                _options(PartyKind),
            ),
            Field(
                "categories",
                QT_TRANSLATE_NOOP("StudentActions", "Uppgifter"),
                "choices",
                _options(DataCategory),
            ),
            Field(
                "valid_from",
                QT_TRANSLATE_NOOP("StudentActions", "Gäller från"),
                "date",
                default=today,
            ),
            Field(
                "valid_until",
                QT_TRANSLATE_NOOP("StudentActions", "Gäller t.o.m."),
                "date",
                default=today + dt.timedelta(days=364),
            ),
            Field(
                "form",
                QT_TRANSLATE_NOOP("StudentActions", "Form"),
                "choice",
                _choose(_options(ConsentForm)),
            ),
            Field(
                "answers",
                QT_TRANSLATE_NOOP("StudentActions", "Svar"),
                "answers",
                people,
                optional=True,
            ),
            Field(
                "answered_on",
                QT_TRANSLATE_NOOP("StudentActions", "Svaren lämnades den"),
                "date",
                default=today,
            ),
            Field(
                "trustee",
                QT_TRANSLATE_NOOP("StudentActions", "God man: namn (om eleven har en)"),
                optional=True,
            ),
            Field(
                "informed",
                QT_TRANSLATE_NOOP(
                    "StudentActions", "Informerade om rätten att säga nej och återkalla"
                ),
                "choice",
                _choose(_yes_no()),
            ),
            Field(
                "exceptions",
                QT_TRANSLATE_NOOP("StudentActions", "Samtycket gäller inte"),
                "multiline",
                optional=True,
            ),
            Field(
                "single_guardian_reason",
                QT_TRANSLATE_NOOP(
                    "StudentActions", "Skäl till att bara en vårdnadshavare samtycker"
                ),
                optional=True,
            ),
            Field(
                "child_view",
                QT_TRANSLATE_NOOP("StudentActions", "Barnets egen inställning"),
                "multiline",
                optional=True,
            ),
            Field(
                "maturity",
                QT_TRANSLATE_NOOP("StudentActions", "Mognadsbedömning: på vilka grunder"),
                "multiline",
                optional=True,
            ),
            Field(
                "assessed_by",
                QT_TRANSLATE_NOOP("StudentActions", "Mognadsbedömning: gjord av"),
                optional=True,
            ),
            Field(
                "assessed_on",
                QT_TRANSLATE_NOOP("StudentActions", "Mognadsbedömning: datum"),
                "date",
                default=today,
                optional=True,
            ),
            Field(
                "decides_alone",
                QT_TRANSLATE_NOOP("StudentActions", "Eleven kan själv bestämma om samtycket"),
                "choice",
                [(_tr(QT_TRANSLATE_NOOP("StudentActions", "Ingen bedömning")), None), *_yes_no()],
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]
            assessed = bool(v["maturity"] or v["assessed_by"] or v["decides_alone"] is not None)
            consent = Consent(
                case_id=case_id,
                purpose=v["purpose"],
                parties=tuple(Party(kind) for kind in v["parties"]),
                categories=tuple(v["categories"]),
                valid_from=v["valid_from"],
                valid_until=v["valid_until"],
                form=v["form"],
                exceptions=v["exceptions"],
                child_view=v["child_view"],
                maturity_assessment=v["maturity"],
                maturity_assessed_by=v["assessed_by"],
                maturity_assessed_on=v["assessed_on"] if assessed else None,
                child_decides_alone=v["decides_alone"],
                informed_of_rights=v["informed"],
                single_guardian_reason=v["single_guardian_reason"],
                oral_received_by=self.window.user if v["form"] is ConsentForm.ORAL else "",
            )
            try:
                answers = _signatories(file, consent.id, v)
            except ValueError as missing:
                dialog.show_error(str(missing))
                return
            self._run(dialog, lambda s: s.record_consent(consent, answers))

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Registrera samtycke"),
            fields,
            save,
            intro=QT_TRANSLATE_NOOP(
                "StudentActions",
                "Fyll i det familjen faktiskt har sagt. Den som inte har tillfrågats står kvar "
                "som ”Ej tillfrågad”.",
            ),
        )

    def withdraw_consent(self) -> None:
        file = self._file()
        if file is None:
            return
        active = [
            (
                _tr(QT_TRANSLATE_NOOP("StudentActions", "{0} (t.o.m. {1})")).format(
                    v.record.consent.purpose, v.record.consent.valid_until
                ),
                v.record.consent.id,
            )
            for v in file.current.consents  # type: ignore[union-attr]
            if v.state.status
            in (
                ConsentStatus.VALID,
                ConsentStatus.PARTLY_WITHDRAWN,
                ConsentStatus.INCOMPLETE,
                ConsentStatus.NOT_YET_VALID,
                ConsentStatus.DRAFT,
            )
        ]
        if not active:
            self.window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Det finns inget samtycke att återkalla.")),
                10_000,
            )
            return
        fields = [
            Field("consent_id", QT_TRANSLATE_NOOP("StudentActions", "Samtycke"), "choice", active),
            Field("by", QT_TRANSLATE_NOOP("StudentActions", "Återkallat av")),
            Field(
                "on",
                QT_TRANSLATE_NOOP("StudentActions", "Återkallelsen kom in den"),
                "date",
                default=dt.date.today(),
            ),
            Field(
                "how",
                QT_TRANSLATE_NOOP("StudentActions", "Hur (telefon, brev, vid möte …)"),
            ),
            Field(
                "parties",
                QT_TRANSLATE_NOOP("StudentActions", "Bara för (tomt = hela samtycket)"),
                "choices",
                _options(PartyKind),
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.withdraw_consent(
                    v["consent_id"], by=v["by"], how=v["how"], parties=v["parties"], on=v["on"]
                ),
            )

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Återkalla samtycke"),
            fields,
            save,
            intro=QT_TRANSLATE_NOOP(
                "StudentActions",
                "Återkallelsen gäller direkt. Inget mer får lämnas ut till de parter den gäller. "
                "De som redan har fått uppgifter hamnar under Att göra, så att du kan meddela dem.",
            ),
        )

    def answer_consent(self) -> None:
        """An answer given after the consent was registered: the second guardian, say."""
        file = self._file()
        if file is None:
            return
        open_consents = [
            (
                _tr(QT_TRANSLATE_NOOP("StudentActions", "{0} ({1}, t.o.m. {2})")).format(
                    v.record.consent.purpose,
                    label(v.state.status).lower(),
                    v.record.consent.valid_until,
                ),
                v.record.consent.id,
            )
            for v in file.current.consents  # type: ignore[union-attr]
            if v.state.status
            in (ConsentStatus.DRAFT, ConsentStatus.INCOMPLETE, ConsentStatus.NOT_YET_VALID)
        ]
        if not open_consents:
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "StudentActions",
                        "Inget samtycke väntar på svar. Registrera ett nytt samtycke i stället.",
                    )
                ),
                10_000,
            )
            return
        fields = [
            Field(
                "consent_id",
                QT_TRANSLATE_NOOP("StudentActions", "Samtycke"),
                "choice",
                open_consents,
            ),
            Field(
                "answers", QT_TRANSLATE_NOOP("StudentActions", "Svar"), "answers", _answerers(file)
            ),
            Field(
                "answered_on",
                QT_TRANSLATE_NOOP("StudentActions", "Svaren lämnades den"),
                "date",
                default=dt.date.today(),
            ),
            Field(
                "trustee",
                QT_TRANSLATE_NOOP("StudentActions", "God man: namn (om eleven har en)"),
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            try:
                answers = _signatories(file, v["consent_id"], v)
            except ValueError as missing:
                dialog.show_error(str(missing))
                return
            if not answers:
                dialog.show_error(_tr("Välj svaret från den som har svarat."))
                return

            def work(s: CaseloadService) -> None:
                for answer in answers:
                    s.add_signatory(answer)

            self._run(dialog, work)

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Svar på samtycke"), fields, save)

    def protect(self) -> None:
        """Skyddade personuppgifter marked (or lifted) in the middle of a case: logged."""
        file = self._file()
        if file is None:
            return
        now = file.student.protected_identity
        fields = [
            Field(
                "protected",
                QT_TRANSLATE_NOOP("StudentActions", "Eleven har skyddade personuppgifter"),
                "choice",
                _choose(_yes_no()),
            )
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(dialog, lambda s: s.set_protected(file.student.id, v["protected"]))

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Skyddade personuppgifter"),
            fields,
            save,
            intro=_tr(
                QT_TRANSLATE_NOOP(
                    "StudentActions",
                    "Nu: {0}. Med skyddade personuppgifter visas och skrivs skola och adresser "
                    "aldrig ut, och eleven hittas inte genom en sökning på skolan. Ändringen "
                    "loggas.",
                )
            ).format(_tr("Ja") if now else _tr("Nej")),
        )

    # -- facts that change --------------------------------------------------------------

    def edit_student(self) -> None:
        """School, årskurs, class and interpreter, shown as they are now; the change logged."""
        file, service = self.window.student_page.file, self.window.service
        if file is None or service is None:
            return
        self.window.runner.run_db(
            lambda: [(school.name, school.id) for school in service.schools()],
            done=lambda schools: self._edit_student(file, schools),
            failed=self.window.report,
        )

    def _edit_student(self, file: StudentFile, schools: list[tuple[str, str]]) -> None:
        student = file.student
        if student.protected_identity:
            # The school of a protected student is never named on screen, not even here.
            current = (_tr(QT_TRANSLATE_NOOP("StudentActions", "Nuvarande skola (skyddad)")), "=")
            options = [current, *((n, i) for n, i in schools if i != student.school_id)]
            school_now = "="
        else:
            options, school_now = list(schools), student.school_id
        options.append((_tr(QT_TRANSLATE_NOOP("StudentActions", "Ny skola …")), ""))
        fields = [
            Field(
                "school_id",
                QT_TRANSLATE_NOOP("StudentActions", "Skola"),
                "choice",
                options,
                default=school_now,
            ),
            Field(
                "new_school", QT_TRANSLATE_NOOP("StudentActions", "Ny skolas namn"), optional=True
            ),
            Field(
                "grade",
                QT_TRANSLATE_NOOP("StudentActions", "Årskurs"),
                "int",
                default=student.grade,
                minimum=0,
                maximum=10,
            ),
            Field(
                "class_name",
                QT_TRANSLATE_NOOP("StudentActions", "Klass"),
                default=student.class_name,
                optional=True,
            ),
            Field(
                "interpreter",
                QT_TRANSLATE_NOOP("StudentActions", "Tolk (språk)"),
                default=student.interpreter_language,
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            school_id = student.school_id if v["school_id"] == "=" else v["school_id"]
            self._run(
                dialog,
                lambda s: s.edit_student(
                    student.id,
                    school_id=school_id,
                    new_school=v["new_school"] if school_id == "" else "",
                    grade=v["grade"],
                    class_name=v["class_name"],
                    interpreter_language=v["interpreter"],
                ),
            )

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Ändra elevuppgifter"),
            fields,
            save,
            intro=QT_TRANSLATE_NOOP(
                "StudentActions",
                "Ändra det som inte stämmer längre. Byter eleven skola följer det pågående "
                "ärendet med. Skyddade personuppgifter ändras under ”Skyddade "
                "personuppgifter…”. Ändringen loggas.",
            ),
        )

    def edit_goal(self) -> None:
        """A goal of the current plan reworded; with several goals, which one is asked first."""
        file = self._file()
        plan = file.current.current_plan if file else None  # type: ignore[union-attr]
        goals = [g for g in file.current.goals if plan and g.plan_id == plan.id] if file else []  # type: ignore[union-attr]
        if file is None or plan is None or not goals:
            self.window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Handlingsplanen har inga mål ännu.")),
                10_000,
            )
            return
        if len(goals) == 1:
            self._edit_goal(goals[0])
            return
        fields = [
            Field(
                "goal",
                QT_TRANSLATE_NOOP("StudentActions", "Mål"),
                "choice",
                _choose([(f"{g.number}. {g.wording}", g) for g in goals]),
            )
        ]
        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Vilket mål?"),
            fields,
            lambda _dialog, v: self._edit_goal(v["goal"]),
        )

    def _edit_goal(self, goal: Goal) -> None:
        fields = [
            Field("wording", QT_TRANSLATE_NOOP("StudentActions", "Mål"), default=goal.wording),
            Field(
                "indicator",
                QT_TRANSLATE_NOOP("StudentActions", "Hur vi vet att vi nått det"),
                default=goal.indicator,
            ),
            Field(
                "baseline",
                QT_TRANSLATE_NOOP("StudentActions", "Utgångsvärde"),
                default=goal.baseline,
                optional=True,
            ),
            Field(
                "target",
                QT_TRANSLATE_NOOP("StudentActions", "Målvärde"),
                default=goal.target,
                optional=True,
            ),
            Field(
                "due_on",
                QT_TRANSLATE_NOOP("StudentActions", "Mål till"),
                "date",
                default=goal.due_on,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.edit_goal(
                    replace(
                        goal,
                        wording=v["wording"],
                        indicator=v["indicator"],
                        baseline=v["baseline"],
                        target=v["target"],
                        due_on=v["due_on"],
                    )
                ),
            )

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Ändra mål"),
            fields,
            save,
            intro=_tr(
                QT_TRANSLATE_NOOP(
                    "StudentActions",
                    "Mål {0}. Är handlingsplanen fastställd blir den reviderad i dag.",
                )
            ).format(goal.number),
        )

    def plan_booster(self) -> None:
        """The boosterträff: planned, moved, or held, on the day the person gives."""
        self._booster(held=False)

    def _booster(self, *, held: bool) -> None:
        file = self._file()
        if file is None:
            return
        case = file.current.case  # type: ignore[union-attr]
        if case.booster_held_on or case.stage is not Stage.CLOSED:
            message = (
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Boosterträffen hölls {0}.")).format(
                    format_date(case.booster_held_on)
                )
                if case.booster_held_on
                else _tr(
                    QT_TRANSLATE_NOOP(
                        "StudentActions", "Boosterträffen planeras när eleven är utskriven."
                    )
                )
            )
            self.window.statusBar().showMessage(message, 10_000)
            return
        fields = [
            Field(
                "held",
                QT_TRANSLATE_NOOP("StudentActions", "Boosterträffen"),
                "choice",
                [
                    (_tr(QT_TRANSLATE_NOOP("StudentActions", "är planerad till")), False),
                    (_tr(QT_TRANSLATE_NOOP("StudentActions", "hölls den")), True),
                ],
                default=held,
            ),
            Field(
                "on",
                QT_TRANSLATE_NOOP("StudentActions", "Datum"),
                "date",
                default=dt.date.today() if held else case.booster_planned_on,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id, on = case.id, v["on"]
            if v["held"]:
                self._run(dialog, lambda s: s.record_booster(case_id, held_on=on))
            else:
                self._run(dialog, lambda s: s.plan_booster(case_id, on))

        planned = format_date(case.booster_planned_on) or "–"
        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Boosterträff"),
            fields,
            save,
            intro=_tr(
                QT_TRANSLATE_NOOP(
                    "StudentActions",
                    "Utskriven {0}. Boosterträffen är planerad till {1}. Flytta den, eller "
                    "registrera den som hållen.",
                )
            ).format(format_date(case.closed_on), planned),
        )

    def follow_up_dates(self) -> None:
        """The coming follow-ups: the plan's, each one booked, and one more to book."""
        file = self._file()
        if file is None:
            return
        current = file.current
        plan = current.current_plan  # type: ignore[union-attr]
        established = plan is not None and plan.status in (
            PlanStatus.ESTABLISHED,
            PlanStatus.REVISED,
        )
        booked = [f for f in current.follow_ups if f.held_on is None]  # type: ignore[union-attr]
        today = dt.date.today()
        fields = []
        if established and plan is not None:
            fields.append(
                Field(
                    "plan_on",
                    QT_TRANSLATE_NOOP("StudentActions", "Handlingsplanens uppföljning"),
                    "date",
                    default=plan.follow_up_on or today,
                )
            )
        for f in booked:
            fields.append(
                Field(
                    f"booked:{f.id}",
                    _tr(QT_TRANSLATE_NOOP("StudentActions", "Bokad uppföljning {0}")).format(
                        format_date(f.due_on)
                    ),
                    "date",
                    default=f.due_on,
                )
            )
        fields += [
            Field(
                "book",
                QT_TRANSLATE_NOOP("StudentActions", "Boka en ny uppföljning"),
                "bool",
                optional=True,
            ),
            Field(
                "new_on",
                QT_TRANSLATE_NOOP("StudentActions", "Ny uppföljning den"),
                "date",
                default=today + dt.timedelta(days=28),
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            plan_on = v.get("plan_on")
            if plan is None or plan_on == plan.follow_up_on:
                plan_on = None
            moved = {f.id: v[f"booked:{f.id}"] for f in booked if v[f"booked:{f.id}"] != f.due_on}
            case_id = current.case.id  # type: ignore[union-attr]
            self._run(
                dialog,
                lambda s: s.set_follow_up_dates(
                    case_id,
                    plan_follow_up_on=plan_on,
                    moved=moved,
                    new_on=v["new_on"] if v["book"] else None,
                ),
            )

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Uppföljningsdatum"),
            fields,
            save,
            intro=QT_TRANSLATE_NOOP(
                "StudentActions",
                "Flytta det som ska flyttas. Datumen står under Att göra. En uppföljning som "
                "har hållits registreras med ”Uppföljning…”.",
            ),
        )

    def notify_withdrawal(self) -> None:
        """R3: tick off a recipient who has been told of a withdrawal."""
        file = self._file()
        if file is None:
            return
        pending = [
            (f"{label(party)} (återkallat {w.on})", (c.record.consent.id, party))
            for c in file.current.consents  # type: ignore[union-attr]
            for w in c.record.consent.withdrawals
            for party in w.pending()
        ]
        if not pending:
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "StudentActions", "Ingen väntar på att få veta om en återkallelse."
                    )
                ),
                10_000,
            )
            return
        fields = [
            Field("who", QT_TRANSLATE_NOOP("StudentActions", "Part"), "choice", pending),
            Field(
                "on",
                QT_TRANSLATE_NOOP("StudentActions", "Underrättad den"),
                "date",
                default=dt.date.today(),
            ),
            Field("how", QT_TRANSLATE_NOOP("StudentActions", "Hur (telefon, brev …)")),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            consent_id, party = v["who"]
            self._run(
                dialog, lambda s: s.mark_notified(consent_id, party, how=v["how"], on=v["on"])
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Meddela om återkallelse"), fields, save)

    def register_request(self) -> None:
        """R11: a request for a registerutdrag, with the identity check; due in a month."""
        file = self._file()
        if file is None:
            return
        fields = [
            Field(
                "received_on",
                QT_TRANSLATE_NOOP("StudentActions", "Begäran kom in"),
                "date",
                default=dt.date.today(),
            ),
            Field("requested_by", QT_TRANSLATE_NOOP("StudentActions", "Begärd av (namn)")),
            Field(
                "role",
                QT_TRANSLATE_NOOP("StudentActions", "Den som begär är"),
                "choice",
                _choose(_options(RequesterRole)),
            ),
            Field(
                "identity_check",
                QT_TRANSLATE_NOOP(
                    "StudentActions", "Så kontrollerades identiteten (och vårdnaden)"
                ),
                "multiline",
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            request = RegisterRequest(
                student_id=file.student.id,
                received_on=v["received_on"],
                requested_by=v["requested_by"],
                requester_role=v["role"],
                identity_check=v["identity_check"],
                checked_by=self.window.user,
            )
            self._run(dialog, lambda s: s.record_register_request(request))

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Begäran om registerutdrag"),
            fields,
            save,
            intro=QT_TRANSLATE_NOOP(
                "StudentActions",
                "Registerutdraget ska lämnas inom en månad. Det syns under Att göra tills det "
                "är lämnat.",
            ),
        )

    def deliver_register_request(self) -> None:
        file = self._file()
        if file is None:
            return
        open_requests = [
            (f"{r.requested_by}, inkom {r.received_on}", r.id)
            for r in file.register_requests
            if r.delivered_on is None
        ]
        if not open_requests:
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "StudentActions", "Det finns ingen obesvarad begäran om registerutdrag."
                    )
                ),
                10_000,
            )
            return
        fields = [
            Field(
                "request", QT_TRANSLATE_NOOP("StudentActions", "Begäran"), "choice", open_requests
            ),
            Field(
                "on",
                QT_TRANSLATE_NOOP("StudentActions", "Lämnat den"),
                "date",
                default=dt.date.today(),
            ),
            Field(
                "how",
                QT_TRANSLATE_NOOP("StudentActions", "Hur (personligen, rekommenderat brev …)"),
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.deliver_register_request(v["request"], how=v["how"], on=v["on"]),
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Registerutdrag lämnat"), fields, save)

    # -- kartläggning ------------------------------------------------------------------

    def mapping(self) -> None:
        """The kartläggning: begun once, then changed with what was there kept."""
        file = self._file()
        if file is None or file.current is None:
            return
        begun = file.current.mappings[-1] if file.current.mappings else None
        fields = [
            Field(
                "documents",
                QT_TRANSLATE_NOOP("StudentActions", "Insamlade handlingar"),
                "choices",
                _options(MappingDocument),
                optional=True,
                default=list(begun.documents) if begun else None,
            ),
            *(
                Field(key, text, "multiline", optional=True, default=getattr(begun, key, ""))
                for key, text in (
                    ("student_story", QT_TRANSLATE_NOOP("StudentActions", "Elevens berättelse")),
                    (
                        "guardian_story",
                        QT_TRANSLATE_NOOP("StudentActions", "Vårdnadshavarnas berättelse"),
                    ),
                    ("school_view", QT_TRANSLATE_NOOP("StudentActions", "Skolans bild")),
                )
            ),
        ]
        case_id = file.current.case.id

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            said = {
                "documents": tuple(v["documents"]),
                "student_story": v["student_story"],
                "guardian_story": v["guardian_story"],
                "school_view": v["school_view"],
            }
            if begun is None:
                self._run(dialog, lambda s: s.start_mapping(case_id, **said))
            else:
                self._run(dialog, lambda s: s.edit_mapping(begun.id, **said))

        title = (
            QT_TRANSLATE_NOOP("StudentActions", "Påbörja kartläggning")
            if begun is None
            else QT_TRANSLATE_NOOP("StudentActions", "Kartläggning")
        )
        self._ask(title, fields, save)

    def factor(self) -> None:
        file = self._file()
        if file is None or not file.current.mappings:  # type: ignore[union-attr]
            self.window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Påbörja kartläggningen först.")), 10_000
            )
            return
        mapping_id = file.current.mappings[-1].id  # type: ignore[union-attr]
        fields = [
            Field(
                "area",
                QT_TRANSLATE_NOOP("StudentActions", "Område"),
                "choice",
                _options(FactorArea),
            ),
            Field(
                "kind",
                QT_TRANSLATE_NOOP("StudentActions", "Risk eller skydd"),
                "choice",
                _options(FactorKind),
            ),
            Field("description", QT_TRANSLATE_NOOP("StudentActions", "Beskrivning"), "multiline"),
            Field("source", QT_TRANSLATE_NOOP("StudentActions", "Källa"), optional=True),
            Field(
                "shareable",
                QT_TRANSLATE_NOOP("StudentActions", "Får delas med skolan"),
                "bool",
                optional=True,
            ),
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

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Lägg till faktor"), fields, save)

    # -- planering ------------------------------------------------------------------------

    def plan(self) -> None:
        """A handlingsplan with its first goal and insats, established in one go; a case that
        has one is shown it, with where its goals and insatser are added."""
        file = self._file()
        if file is None or file.current is None:
            return
        plan = file.current.current_plan
        if plan is not None and plan.status is PlanStatus.DRAFT:
            self._establish(plan)
            return
        if plan is not None and plan.status is not PlanStatus.ENDED:
            self.window.student_page.show_tab("planning")
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "StudentActions",
                        "Ärendet har redan en handlingsplan. Lägg till mål och insatser med "
                        "”Nytt mål…” och ”Insats…”, eller ”Ändra mål…”.",
                    )
                ),
                10_000,
            )
            return
        today = dt.date.today()
        fields = [
            Field(
                "student_goals",
                QT_TRANSLATE_NOOP("StudentActions", "Elevens egna mål"),
                "multiline",
            ),
            Field(
                "guardian_goals",
                QT_TRANSLATE_NOOP("StudentActions", "Vårdnadshavarnas mål"),
                "multiline",
                optional=True,
            ),
            Field("goal", QT_TRANSLATE_NOOP("StudentActions", "Mål 1"), default=""),
            Field(
                "indicator",
                QT_TRANSLATE_NOOP("StudentActions", "Hur vi vet att vi nått det"),
                default=_tr(QT_TRANSLATE_NOOP("StudentActions", "Närvaro minst 85 %")),
            ),
            Field("baseline", QT_TRANSLATE_NOOP("StudentActions", "Utgångsvärde")),
            Field("target", QT_TRANSLATE_NOOP("StudentActions", "Målvärde")),
            Field(
                "goal_due",
                QT_TRANSLATE_NOOP("StudentActions", "Mål till"),
                "date",
                default=today + dt.timedelta(days=60),
            ),
            Field(
                "kind",
                QT_TRANSLATE_NOOP("StudentActions", "Insats"),
                "choice",
                _options(InterventionKind),
            ),
            Field(
                "performer",
                QT_TRANSLATE_NOOP("StudentActions", "Vem gör"),
                "choice",
                _options(Performer),
            ),
            Field(
                "frequency",
                QT_TRANSLATE_NOOP("StudentActions", "Hur ofta"),
                default=_tr(QT_TRANSLATE_NOOP("StudentActions", "En gång i veckan")),
            ),
            Field(
                "follow_up_on",
                QT_TRANSLATE_NOOP("StudentActions", "Uppföljning"),
                "date",
                default=today + dt.timedelta(days=42),
            ),
            Field(
                "establish",
                QT_TRANSLATE_NOOP("StudentActions", "Fastställ planen nu"),
                "bool",
                default=True,
                optional=True,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            case_id = file.current.case.id  # type: ignore[union-attr]

            def work(s: CaseloadService) -> ActionPlan:
                plan = ActionPlan(
                    case_id=case_id,
                    student_goals=v["student_goals"],
                    guardian_goals=v["guardian_goals"],
                )
                return s.start_plan(
                    plan,
                    Goal(
                        plan_id=plan.id,
                        number=1,
                        wording=v["goal"],
                        indicator=v["indicator"],
                        baseline=v["baseline"],
                        target=v["target"],
                        due_on=v["goal_due"],
                    ),
                    Intervention(
                        plan_id=plan.id,
                        kind=v["kind"],
                        performer=v["performer"],
                        start_on=s.today(),
                        frequency=v["frequency"],
                        goal_numbers=(1,),
                    ),
                    follow_up_on=v["follow_up_on"] if v["establish"] else None,
                )

            self._run(dialog, work)

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Handlingsplan"), fields, save)

    def _establish(self, plan: ActionPlan) -> None:
        """A plan saved as a draft is fastställd from here, with its follow-up date."""
        fields = [
            Field(
                "follow_up_on",
                QT_TRANSLATE_NOOP("StudentActions", "Uppföljning"),
                "date",
                default=dt.date.today() + dt.timedelta(days=42),
            )
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(dialog, lambda s: s.establish_plan(plan.id, follow_up_on=v["follow_up_on"]))

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Fastställ handlingsplanen"), fields, save)

    def goal(self) -> None:
        """Another goal on the current plan, numbered after the last."""
        file = self._file()
        plan = file.current.current_plan if file else None  # type: ignore[union-attr]
        if file is None or plan is None:
            self.window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Gör en handlingsplan först.")), 10_000
            )
            return
        number = max((g.number for g in file.current.goals), default=0) + 1  # type: ignore[union-attr]
        fields = [
            Field("wording", QT_TRANSLATE_NOOP("StudentActions", "Mål")),
            Field("indicator", QT_TRANSLATE_NOOP("StudentActions", "Hur vi vet att vi nått det")),
            Field("baseline", QT_TRANSLATE_NOOP("StudentActions", "Utgångsvärde")),
            Field("target", QT_TRANSLATE_NOOP("StudentActions", "Målvärde")),
            Field(
                "due_on",
                QT_TRANSLATE_NOOP("StudentActions", "Mål till"),
                "date",
                default=dt.date.today() + dt.timedelta(days=60),
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.add_goal(
                    Goal(
                        plan_id=plan.id,
                        number=number,
                        wording=v["wording"],
                        indicator=v["indicator"],
                        baseline=v["baseline"],
                        target=v["target"],
                        due_on=v["due_on"],
                    )
                ),
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Lägg till mål"), fields, save)

    def intervention(self) -> None:
        """Another insats on the current plan."""
        file = self._file()
        plan = file.current.current_plan if file else None  # type: ignore[union-attr]
        if file is None or plan is None:
            self.window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("StudentActions", "Gör en handlingsplan först.")), 10_000
            )
            return
        goals = [(f"{g.number}. {g.wording}", g.number) for g in file.current.goals]  # type: ignore[union-attr]
        fields = [
            Field(
                "kind",
                QT_TRANSLATE_NOOP("StudentActions", "Insats"),
                "choice",
                _options(InterventionKind),
            ),
            Field(
                "performer",
                QT_TRANSLATE_NOOP("StudentActions", "Vem gör"),
                "choice",
                _options(Performer),
            ),
            Field("frequency", QT_TRANSLATE_NOOP("StudentActions", "Hur ofta")),
            Field(
                "goals",
                QT_TRANSLATE_NOOP("StudentActions", "Kopplad till mål"),
                "choices",
                goals,
                optional=True,
            ),
            Field(
                "level",
                QT_TRANSLATE_NOOP("StudentActions", "Nivå (1–3)"),
                "int",
                default=3,
                minimum=1,
                maximum=3,
            ),
        ]

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            self._run(
                dialog,
                lambda s: s.add_intervention(
                    Intervention(
                        plan_id=plan.id,
                        kind=v["kind"],
                        performer=v["performer"],
                        start_on=s.today(),
                        frequency=v["frequency"],
                        goal_numbers=tuple(v["goals"]),
                        level=v["level"],
                    )
                ),
            )

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Lägg till insats"), fields, save)

    def sip(self) -> None:
        """The case's SIP in its own dialog (sip_view.py): the newest one, or a new one."""
        file, service = self._file(), self.window.service
        if file is None or service is None:
            return
        case = file.current
        self.window.runner.run_db(
            lambda: service.sip_consent(case.case.id),  # type: ignore[union-attr]
            done=lambda consent: self._open_sip(
                SipDialog(self.window, case, file.student.id, consent)
            ),
            failed=lambda e: self.window.statusBar().showMessage(self.window.message(e), 10_000),
        )

    def _open_sip(self, dialog: SipDialog) -> None:
        self.sip_dialog = dialog
        dialog.finished.connect(lambda _result: self.window.activateWindow())
        dialog.open()

    # -- närvaro, uppföljning, utskrivning -------------------------------------------------

    def attendance(self) -> None:
        """Närvaro by hand: giltig and ogiltig as the school's report gives them (a decimal
        comma or point, whatever the locale), the total added up on screen, the source as
        typed. A period that overlaps one already registered is said before it is saved."""
        file = self._file()
        if file is None:
            return
        today = dt.date.today()
        fields = [
            Field(
                "start",
                QT_TRANSLATE_NOOP("StudentActions", "Från"),
                "date",
                default=today - dt.timedelta(days=27),
            ),
            Field("end", QT_TRANSLATE_NOOP("StudentActions", "Till"), "date", default=today),
            Field("valid", QT_TRANSLATE_NOOP("StudentActions", "Giltig frånvaro (%)"), "decimal"),
            Field(
                "invalid", QT_TRANSLATE_NOOP("StudentActions", "Ogiltig frånvaro (%)"), "decimal"
            ),
            Field(
                "total",
                QT_TRANSLATE_NOOP("StudentActions", "Total frånvaro"),
                "sum",
                [
                    (QT_TRANSLATE_NOOP("StudentActions", "giltig"), "valid"),
                    (QT_TRANSLATE_NOOP("StudentActions", "ogiltig"), "invalid"),
                ],
            ),
            Field("source", QT_TRANSLATE_NOOP("StudentActions", "Källa")),
        ]

        def store(dialog: FormDialog, period: AttendancePeriod, *, confirm: bool) -> None:
            service = self.window.service
            if service is None:
                return

            def failed(error: BaseException) -> None:
                if isinstance(error, AttendanceOverlap):
                    warn(dialog, error)
                else:
                    dialog.show_error(self.window.message(error))

            self.window.runner.run_db(
                lambda: service.add_attendance(period, confirm_overlap=confirm),
                done=lambda _result: self.window.reopen_student(),
                failed=failed,
            )

        def warn(dialog: FormDialog, overlap: AttendanceOverlap) -> None:
            """The form comes back as typed, and over it the question: save anyway, or go
            back and change the dates."""
            dialog.show_error(str(overlap))
            if dialog.property("closed_by_lock"):
                return
            new = overlap.period
            box = QMessageBox(dialog)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("StudentActions", "Perioden överlappar"))
            if len(overlap.overlapping) == 1:
                heading = QCoreApplication.translate(
                    "StudentActions",
                    "Perioden {0} – {1} överlappar en period som redan finns för ärendet:",
                )
            else:
                heading = QCoreApplication.translate(
                    "StudentActions",
                    "Perioden {0} – {1} överlappar {2} perioder som redan finns för ärendet:",
                )
            heading = heading.format(
                format_date(new.period_start),
                format_date(new.period_end),
                len(overlap.overlapping),
            )
            shown = QCoreApplication.translate("StudentActions", "{0} – {1}: {2} frånvaro ({3})")
            lines = [
                "• "
                + shown.format(
                    format_date(p.period_start),
                    format_date(p.period_end),
                    numbers.pct(p.total_absence_pct),
                    p.source_name or label(p.source),
                )
                for p in overlap.overlapping
            ]
            box.setText("\n".join([heading, "", *lines]))
            box.setInformativeText(
                QCoreApplication.translate(
                    "StudentActions",
                    "Spara ändå om perioderna ska stå kvar sida vid sida, t.ex. när skolan "
                    "skickat en rättad rapport. Annars går du tillbaka och ändrar datumen.",
                )
            )
            anyway = box.addButton(
                QCoreApplication.translate("StudentActions", "Spara ändå"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            back = box.addButton(
                QCoreApplication.translate("StudentActions", "Gå tillbaka"),
                QMessageBox.ButtonRole.RejectRole,
            )
            box.setDefaultButton(back)
            box.setEscapeButton(back)

            def answered(_result: int) -> None:
                dialog.overlap_box = None  # type: ignore[attr-defined]
                if box.clickedButton() is anyway and not box.property("closed_by_lock"):
                    dialog.error.clear()
                    dialog.hide()
                    store(dialog, overlap.period, confirm=False)

            box.finished.connect(answered)
            dialog.overlap_box = box  # type: ignore[attr-defined]  # for the tests
            box.open()

        def save(dialog: FormDialog, v: dict[str, Any]) -> None:
            period = AttendancePeriod(
                case_id=file.current.case.id,  # type: ignore[union-attr]
                period_start=v["start"],
                period_end=v["end"],
                total_absence_pct=attendance_total(v["valid"], v["invalid"]),
                valid_absence_pct=v["valid"],
                invalid_absence_pct=v["invalid"],
                source_name=v["source"],
            )
            store(dialog, period, confirm=True)

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Lägg till närvaro"),
            fields,
            save,
            QT_TRANSLATE_NOOP(
                "StudentActions",
                "Skriv in frånvaron som skolans rapport anger den, i procent (t.ex. 12,5). "
                "Den totala frånvaron räknas ut. Under Källa skriver du varifrån siffrorna "
                "kommer, t.ex. ”Skola24, utdrag 2026-11-20” eller ”mentorns närvarorapport”.",
            ),
        )

    def follow_up(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field(
                "held_on",
                QT_TRANSLATE_NOOP("StudentActions", "Hölls"),
                "date",
                default=dt.date.today(),
            ),
            Field(
                "absence",
                QT_TRANSLATE_NOOP("StudentActions", "Frånvaro nu"),
                "percent",
                optional=True,
            ),
            Field(
                "decision",
                QT_TRANSLATE_NOOP("StudentActions", "Beslut"),
                "choice",
                _options(FollowUpDecision),
            ),
            Field(
                "note", QT_TRANSLATE_NOOP("StudentActions", "Kommentar"), "multiline", optional=True
            ),
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

        self._ask(QT_TRANSLATE_NOOP("StudentActions", "Registrera uppföljning"), fields, save)

    def close(self) -> None:
        file = self._file()
        if file is None:
            return
        fields = [
            Field("reason", QT_TRANSLATE_NOOP("StudentActions", "Anledning"), "multiline"),
            Field(
                "absence",
                QT_TRANSLATE_NOOP("StudentActions", "Frånvaro vid utskrivning"),
                "percent",
                optional=True,
            ),
            Field(
                "goals_met",
                QT_TRANSLATE_NOOP("StudentActions", "Målen är nådda"),
                "bool",
                optional=True,
            ),
            Field(
                "booster_on",
                QT_TRANSLATE_NOOP("StudentActions", "Boosterträff (ungefär tre månader efter)"),
                "date",
                default=dt.date.today() + dt.timedelta(days=BOOSTER_AFTER_DAYS),
            ),
        ]
        if file.student.grade == 9:
            fields.append(
                Field(
                    "eligible",
                    QT_TRANSLATE_NOOP("StudentActions", "Gymnasiebehörig"),
                    "choice",
                    [
                        (_tr(QT_TRANSLATE_NOOP("StudentActions", "Vet ej")), None),
                        *_yes_no(),
                    ],
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
                    booster_planned_on=v["booster_on"],
                ),
            )

        self._ask(
            QT_TRANSLATE_NOOP("StudentActions", "Avsluta ärendet (utskrivning)"), fields, save
        )

    def booster(self) -> None:
        """Boosterträff hållen: on the day it was held, asked (today is offered)."""
        self._booster(held=True)
