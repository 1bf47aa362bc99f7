"""The student page: one tab per stage of the lifecycle, consent at a glance. Layer: ui.

Shows a `StudentFile` (services/views.py). Text that people typed is always
escaped before it is shown as rich text, so markup in a note stays literal.
Actions (move the stage, sign a note) are emitted as signals; the window runs
them through the task runner.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.codes import (
    ENDED_STAGES,
    Answer,
    ConsentStatus,
    DocumentKind,
    FactorArea,
    NoteStatus,
    NoteType,
    Stage,
)
from sstdesk.domain.consent import EXPIRY_WARNING_DAYS, reservation_text
from sstdesk.domain.due import DueKind
from sstdesk.domain.formatting import format_date, format_datetime
from sstdesk.domain.guidance import MOVE, ROAD, STAGE_ACTIONS, NextStep, next_step, road_position
from sstdesk.domain.lifecycle import NEXT
from sstdesk.domain.model import JournalNote, Party, Signatory, Withdrawal
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.phrase import shape
from sstdesk.domain.protection import MASK, Masker
from sstdesk.services.views import CaseFile, StudentFile
from sstdesk.ui.absence_chart import AbsenceChart
from sstdesk.ui.agenda import day_text, item_text
from sstdesk.ui.labels import label, say
from sstdesk.ui.numbers import counts, pct
from sstdesk.ui.style import PRIMARY

# What may still be done once a case has ended (avslutat, avbrutet, ej inskriven): the
# student's own facts and rights, never new work on the case.
AFTER_THE_END = frozenset(
    {
        "edit_student",
        "protect",
        "notify_withdrawal",
        "register_request",
        "deliver_register_request",
    }
)
AUTOSAVE_MS = 800  # a pause in typing this long saves the draft
STAGE_TABS = (
    (QT_TRANSLATE_NOOP("StudentPage", "Aktualisering"), Stage.REFERRED),
    (QT_TRANSLATE_NOOP("StudentPage", "Samtycke"), Stage.CONSENT),
    (QT_TRANSLATE_NOOP("StudentPage", "Kartläggning"), Stage.MAPPING),
    (QT_TRANSLATE_NOOP("StudentPage", "Planering"), Stage.PLANNING),
    (QT_TRANSLATE_NOOP("StudentPage", "Genomförande"), Stage.INTERVENTION),
    (QT_TRANSLATE_NOOP("StudentPage", "Uppföljning"), Stage.FOLLOW_UP),
    (QT_TRANSLATE_NOOP("StudentPage", "Utskrivning"), Stage.CLOSED),
    (QT_TRANSLATE_NOOP("StudentPage", "Booster"), Stage.BOOSTER),
)
_CONSENT_COLOURS = {
    ConsentStatus.VALID: "#1e6b34",
    ConsentStatus.PARTLY_WITHDRAWN: "#8a5a00",
    ConsentStatus.NOT_YET_VALID: "#8a5a00",
    ConsentStatus.INCOMPLETE: "#8a5a00",
    ConsentStatus.DRAFT: "#555555",
    ConsentStatus.EXPIRED: "#a4262c",
    ConsentStatus.WITHDRAWN: "#a4262c",
}
YES_COLOUR, NO_COLOUR, SOON_COLOUR = "#1e6b34", "#a4262c", "#8a5a00"


# The moves after which a case is never opened again: each is asked once.
ENDING = (Stage.CANCELLED.value, Stage.NOT_ENROLLED.value, Stage.FINISHED.value)


def e(text: object) -> str:
    """Escape for rich text; line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br>")


def _t(text: str) -> str:
    """The page's own Swedish words, in the window's language."""
    return QCoreApplication.translate("StudentPage", text)


GOAL_HEADERS = ("Nr", "Mål", "Indikator", "Utgångsvärde", "Målvärde", "Till")
ATTENDANCE_HEADERS = ("Period", "Total", "Giltig", "Ogiltig", "Källa")

# Field names and headings of the stage tabs, marked here so lupdate sees them.
_PAGE_TEXTS = (
    QT_TRANSLATE_NOOP("StudentPage", "kl."),
    QT_TRANSLATE_NOOP("StudentPage", "Ja"),
    QT_TRANSLATE_NOOP("StudentPage", "Nej"),
    QT_TRANSLATE_NOOP("StudentPage", "Ej angivet"),
    QT_TRANSLATE_NOOP("StudentPage", "Kan bestämma själv: {0}."),
    QT_TRANSLATE_NOOP("StudentPage", "skyddad"),
    QT_TRANSLATE_NOOP("StudentPage", "åk"),
    QT_TRANSLATE_NOOP("StudentPage", "t.o.m."),
    QT_TRANSLATE_NOOP("StudentPage", "Samtycke:"),
    QT_TRANSLATE_NOOP("StudentPage", "inget samtycke registrerat – inga uppgifter får delas."),
    QT_TRANSLATE_NOOP("StudentPage", "Får tala med:"),
    QT_TRANSLATE_NOOP("StudentPage", "Om:"),
    QT_TRANSLATE_NOOP("StudentPage", "Handlingsplan, version"),
    QT_TRANSLATE_NOOP("StudentPage", "Mål"),
    QT_TRANSLATE_NOOP("StudentPage", "Insatser"),
    QT_TRANSLATE_NOOP("StudentPage", "från"),
    QT_TRANSLATE_NOOP("StudentPage", "SIP version"),
    QT_TRANSLATE_NOOP("StudentPage", "hållen"),
    QT_TRANSLATE_NOOP("StudentPage", "planerad"),
    QT_TRANSLATE_NOOP("StudentPage", "frånvaro"),
    QT_TRANSLATE_NOOP("StudentPage", "beslut:"),
    QT_TRANSLATE_NOOP("StudentPage", "Ingen uppföljning ännu."),
    QT_TRANSLATE_NOOP("StudentPage", "Nr"),
    QT_TRANSLATE_NOOP("StudentPage", "Indikator"),
    QT_TRANSLATE_NOOP("StudentPage", "Utgångsvärde"),
    QT_TRANSLATE_NOOP("StudentPage", "Målvärde"),
    QT_TRANSLATE_NOOP("StudentPage", "Till"),
    QT_TRANSLATE_NOOP("StudentPage", "Period"),
    QT_TRANSLATE_NOOP("StudentPage", "Total"),
    QT_TRANSLATE_NOOP("StudentPage", "Giltig"),
    QT_TRANSLATE_NOOP("StudentPage", "Ogiltig"),
    QT_TRANSLATE_NOOP("StudentPage", "Källa"),
    QT_TRANSLATE_NOOP("StudentPage", "Aktualiserad av"),
    QT_TRANSLATE_NOOP("StudentPage", "Aktualisering"),
    QT_TRANSLATE_NOOP("StudentPage", "Anledning"),
    QT_TRANSLATE_NOOP("StudentPage", "Anteckningar"),
    QT_TRANSLATE_NOOP("StudentPage", "Boosterträff"),
    QT_TRANSLATE_NOOP("StudentPage", "Datum"),
    QT_TRANSLATE_NOOP("StudentPage", "Deltagare"),
    QT_TRANSLATE_NOOP("StudentPage", "Eleven är inte utskriven."),
    QT_TRANSLATE_NOOP("StudentPage", "Elevens berättelse"),
    QT_TRANSLATE_NOOP("StudentPage", "Elevens mål"),
    QT_TRANSLATE_NOOP("StudentPage", "Frånvaro då"),
    QT_TRANSLATE_NOOP("StudentPage", "Frånvaro nu"),
    QT_TRANSLATE_NOOP("StudentPage", "Frånvaro vid start"),
    QT_TRANSLATE_NOOP("StudentPage", "Frånvaro vid utskrivning"),
    QT_TRANSLATE_NOOP("StudentPage", "Gymnasiebehörig"),
    QT_TRANSLATE_NOOP("StudentPage", "Gäller"),
    QT_TRANSLATE_NOOP("StudentPage", "Gäller inte"),
    QT_TRANSLATE_NOOP("StudentPage", "Har samtyckt"),
    QT_TRANSLATE_NOOP("StudentPage", "Hållen"),
    QT_TRANSLATE_NOOP("StudentPage", "Inga möten registrerade."),
    QT_TRANSLATE_NOOP("StudentPage", "Ingen handlingsplan ännu."),
    QT_TRANSLATE_NOOP("StudentPage", "Ingen närvaro registrerad."),
    QT_TRANSLATE_NOOP("StudentPage", "Inget samtycke ännu."),
    QT_TRANSLATE_NOOP("StudentPage", "Inget ärende."),
    QT_TRANSLATE_NOOP("StudentPage", "Insamlade handlingar"),
    QT_TRANSLATE_NOOP("StudentPage", "Kartläggning"),
    QT_TRANSLATE_NOOP("StudentPage", "Kartläggningen är inte påbörjad."),
    QT_TRANSLATE_NOOP("StudentPage", "Parter"),
    QT_TRANSLATE_NOOP("StudentPage", "Planerad"),
    QT_TRANSLATE_NOOP("StudentPage", "Plats"),
    QT_TRANSLATE_NOOP("StudentPage", "Påbörjad"),
    QT_TRANSLATE_NOOP("StudentPage", "Samtycken"),
    QT_TRANSLATE_NOOP("StudentPage", "Skolans bild"),
    QT_TRANSLATE_NOOP("StudentPage", "Skolans kontaktperson"),
    QT_TRANSLATE_NOOP("StudentPage", "Status"),
    QT_TRANSLATE_NOOP("StudentPage", "Syfte"),
    QT_TRANSLATE_NOOP("StudentPage", "Uppföljning"),
    QT_TRANSLATE_NOOP("StudentPage", "Uppgifter"),
    QT_TRANSLATE_NOOP("StudentPage", "Utskrivning"),
    QT_TRANSLATE_NOOP("StudentPage", "Vårdnadshavare"),
    QT_TRANSLATE_NOOP("StudentPage", "Vårdnadshavarnas berättelse"),
    QT_TRANSLATE_NOOP("StudentPage", "Vårdnadshavarnas mål"),
    QT_TRANSLATE_NOOP("StudentPage", "Återkallat"),
    QT_TRANSLATE_NOOP("StudentPage", "Inga uppgifter får lämnas ut."),
    QT_TRANSLATE_NOOP("StudentPage", "Inget samtycke är registrerat."),
    QT_TRANSLATE_NOOP("StudentPage", "ja"),
    QT_TRANSLATE_NOOP("StudentPage", "nej"),
    QT_TRANSLATE_NOOP("StudentPage", "Att meddela om återkallelsen:"),
    QT_TRANSLATE_NOOP("StudentPage", "födelsedatum delvis okänt"),
    QT_TRANSLATE_NOOP("StudentPage", "Frånvaro"),
    QT_TRANSLATE_NOOP("StudentPage", "hela samtycket"),
    QT_TRANSLATE_NOOP("StudentPage", "meddelat"),
    QT_TRANSLATE_NOOP("StudentPage", "att meddela"),
    QT_TRANSLATE_NOOP("StudentPage", "Svar"),
    QT_TRANSLATE_NOOP("StudentPage", "Informerade om rätten att säga nej"),
    QT_TRANSLATE_NOOP("StudentPage", "Barnets inställning"),
    QT_TRANSLATE_NOOP("StudentPage", "Mognadsbedömning"),
    QT_TRANSLATE_NOOP("StudentPage", "inte:"),
    QT_TRANSLATE_NOOP("StudentPage", "Målen nådda"),
    QT_TRANSLATE_NOOP("StudentPage", "Ja"),
    QT_TRANSLATE_NOOP("StudentPage", "Nej"),
    QT_TRANSLATE_NOOP("StudentPage", "SIP aktiv"),
    QT_TRANSLATE_NOOP("StudentPage", "Orosanmälan gjord"),
    QT_TRANSLATE_NOOP("StudentPage", "Pausat"),
)


def party(p: Party) -> str:
    """A consent's party: the kind in the window's language, then its own name."""
    return f"{label(p.kind)} – {p.name}" if p.name else label(p.kind)


def _rows(pairs: Iterable[tuple[str, object]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{e(_t(k))}</td><td>{e(v)}</td></tr>"
        for k, v in pairs
        if v not in ("", None)
    )
    return f"<table cellspacing='2'>{cells}</table>"


def html_masker(mask: Masker) -> Masker:
    """The same secrets, also as they read once escaped for rich text."""
    both = {*mask.hidden, *(html.escape(h) for h in mask.hidden)}
    hidden = tuple(sorted(both, key=lambda h: (-len(h), h)))
    return Masker(hidden, shown_as=html.escape(say(MASK)))


class _Notice(QLabel):
    """A line that takes no room while it says nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    font.setPointSize(font.pointSize() + 1)
    heading.setFont(font)
    return heading


class StudentPage(QWidget):
    back_requested = Signal()
    reveal_requested = Signal(str)  # student id: a deliberate, audited "Visa"
    move_requested = Signal(str, str, str)  # case id, stage code, reason
    draft_changed = Signal(object)  # JournalNote to autosave
    sign_requested = Signal(str)  # note id
    correct_requested = Signal(str)  # note id
    new_note_requested = Signal(str)  # case id
    action_requested = Signal(str)  # a StudentActions method name
    document_requested = Signal(str)  # a DocumentKind value

    ACTIONS = (
        (QT_TRANSLATE_NOOP("StudentPage", "Vårdnadshavare…"), "guardian"),
        (QT_TRANSLATE_NOOP("StudentPage", "Samtycke…"), "record_consent"),
        (QT_TRANSLATE_NOOP("StudentPage", "Återkalla samtycke…"), "withdraw_consent"),
        (QT_TRANSLATE_NOOP("StudentPage", "Kartläggning…"), "mapping"),
        (QT_TRANSLATE_NOOP("StudentPage", "Faktor…"), "factor"),
        (QT_TRANSLATE_NOOP("StudentPage", "Handlingsplan…"), "plan"),
        (QT_TRANSLATE_NOOP("StudentPage", "Nytt mål…"), "goal"),
        (QT_TRANSLATE_NOOP("StudentPage", "Insats…"), "intervention"),
        (QT_TRANSLATE_NOOP("StudentPage", "SIP…"), "sip"),
        (QT_TRANSLATE_NOOP("StudentPage", "Möte…"), "meeting"),
        (QT_TRANSLATE_NOOP("StudentPage", "Närvaro…"), "attendance"),
        (QT_TRANSLATE_NOOP("StudentPage", "Uppföljning…"), "follow_up"),
        (QT_TRANSLATE_NOOP("StudentPage", "Avsluta ärendet (utskrivning)…"), "close"),
        (QT_TRANSLATE_NOOP("StudentPage", "Boosterträff hållen…"), "booster"),
    )
    MORE_ACTIONS = (
        (QT_TRANSLATE_NOOP("StudentPage", "Svar på samtycke…"), "answer_consent"),
        (QT_TRANSLATE_NOOP("StudentPage", "Skyddade personuppgifter…"), "protect"),
        (QT_TRANSLATE_NOOP("StudentPage", "Meddela om återkallelse…"), "notify_withdrawal"),
        (QT_TRANSLATE_NOOP("StudentPage", "Begäran om registerutdrag…"), "register_request"),
        (QT_TRANSLATE_NOOP("StudentPage", "Registerutdrag lämnat…"), "deliver_register_request"),
        (QT_TRANSLATE_NOOP("StudentPage", "Ändra elevuppgifter…"), "edit_student"),
        (QT_TRANSLATE_NOOP("StudentPage", "Ändra mål…"), "edit_goal"),
        (QT_TRANSLATE_NOOP("StudentPage", "Ändra uppföljningsdatum…"), "follow_up_dates"),
        (QT_TRANSLATE_NOOP("StudentPage", "Planera eller flytta boosterträff…"), "plan_booster"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.file: StudentFile | None = None
        self._revealed_for = ""  # the student whose protected details are shown on request
        self._mask = Masker()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back = QPushButton(self.tr("← Elevlistan"))
        self.back.setAccessibleName(self.tr("Tillbaka till elevlistan"))
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.back)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.reveal_button = QPushButton(self.tr("Visa skyddade uppgifter"))
        self.reveal_button.setToolTip(
            self.tr("Visar skola och adresser för den här eleven. Det loggas.")
        )
        self.reveal_button.clicked.connect(self._reveal)
        self.reveal_button.hide()
        top.addWidget(self.reveal_button)
        self.documents_button = QPushButton(self.tr("Dokument (Ctrl+P)"))
        self.documents_button.setAccessibleName(self.tr("Skriv ut ett dokument"))
        self.documents_menu = QMenu(self.documents_button)
        for kind in DocumentKind:
            action = self.documents_menu.addAction(label(kind))
            action.triggered.connect(
                lambda _=False, kind=kind: self.document_requested.emit(kind.value)
            )
        self.documents_button.setMenu(self.documents_menu)
        top.addWidget(self.documents_button)
        layout.addLayout(top)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        # The actions: the one next step first, then what belongs to this stage; the rest
        # one click further, under "Fler åtgärder".
        actions = QHBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setAccessibleName(self.tr("Nästa steg"))
        self.next_button.setStyleSheet(PRIMARY)
        self.next_button.clicked.connect(self._take_next_step)
        self.next_step: NextStep | None = None
        self.confirm_box: QMessageBox | None = None  # the question before an avbrott
        actions.addWidget(self.next_button)
        self.action_buttons: dict[str, QPushButton] = {}
        self.more_actions: dict[str, QAction] = {}
        for text, name in self.ACTIONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _=False, name=name: self.action_requested.emit(name))
            button.hide()
            actions.addWidget(button)
            self.action_buttons[name] = button
        for text, name in (*self.ACTIONS, *self.MORE_ACTIONS):
            action = QAction(self.tr(text), self)
            action.triggered.connect(lambda _=False, name=name: self.action_requested.emit(name))
            self.more_actions[name] = action
        self.more_button = QPushButton(self.tr("Fler åtgärder"))
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: rendering reports no steps
        self.busy.setMaximumWidth(160)
        self.busy.setMinimumWidth(48)  # narrower where the row has no more room
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Arbetar"))
        self.busy.hide()
        self.busy_label = QLabel()
        # "Skapar underlag till elevhälsokonferens…" takes the room the row has left and
        # is cut short where there is none: it never widens the window.
        self.busy_label.setMinimumWidth(1)
        self.busy_label.hide()
        actions.addWidget(self.busy_label)
        actions.addWidget(self.busy)
        layout.addLayout(actions)
        self.move_error = _Notice()
        self.move_error.setWordWrap(True)
        self.move_error.setStyleSheet("color: #a4262c;")
        self.move_error.setAccessibleName(self.tr("Varför steget inte gick"))
        layout.addWidget(self.move_error)
        self.overview = self._overview()
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        # Room above the text: an unselected tab sits lower, and cut the dots off "Ö".
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 5px 10px 4px 10px; margin-right: 2px; "
            "border: 1px solid #c4c9cf; border-bottom: none; background: #e8ebee; "
            "border-top-left-radius: 3px; border-top-right-radius: 3px; } "
            "QTabBar::tab:selected { background: #ffffff; color: #1f4e79; } "
            "QTabBar::tab:!selected { margin-top: 2px; } "
            "QTabBar::tab:focus { border-color: #1f4e79; }"
        )
        self.tabs.addTab(self.overview, self.tr("Översikt"))
        self.stage_views: dict[Stage, QTextBrowser] = {}
        for title, stage in STAGE_TABS:
            view = QTextBrowser()
            view.setOpenLinks(False)
            view.setAccessibleName(self.tr(title))
            self.stage_views[stage] = view
            self.tabs.addTab(view, self.tr(title))
        self.meetings = QTextBrowser()
        self.meetings.setAccessibleName(self.tr("Möten"))
        self.tabs.addTab(self.meetings, self.tr("Möten"))
        self.journal = JournalPanel()
        self.journal.draft_changed.connect(self.draft_changed)
        self.journal.sign_requested.connect(self.sign_requested)
        self.journal.correct_requested.connect(self.correct_requested)
        self.journal.new_requested.connect(self._new_note)
        self.tabs.addTab(self.journal, self.tr("Journal"))
        self.attendance = QTextBrowser()
        self.attendance.setAccessibleName(self.tr("Närvaro"))
        self.tabs.addTab(self.attendance, self.tr("Närvaro"))
        layout.addWidget(self.tabs, 1)

    def _overview(self) -> QScrollArea:
        """The first tab: where the case stands, what is next, consent, absence, due, notes."""
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.stepper = QLabel()
        self.stepper.setTextFormat(Qt.TextFormat.RichText)
        self.stepper.setWordWrap(True)
        self.stepper.setAccessibleName(self.tr("Var ärendet står"))
        grid.addWidget(self.stepper, 0, 0, 1, 2)
        self.next_why = QLabel()
        self.next_why.setWordWrap(True)
        self.next_why.setStyleSheet("color: #444;")
        grid.addWidget(self.next_why, 1, 0, 1, 2)
        # Any other move the lifecycle allows (back to genomförande, avbrott); a reason is
        # asked for only where one is needed.
        move = QHBoxLayout()
        self.next_stage = QComboBox()
        self.next_stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_stage.setAccessibleName(self.tr("Flytta ärendet till"))
        self.next_stage.currentIndexChanged.connect(self._reason_needed)
        self.move_reason = QLineEdit()
        self.move_reason.setPlaceholderText(self.tr("Anledning (krävs)"))
        self.move_reason.setAccessibleName(self.tr("Anledning"))
        self.move_reason.hide()
        self.move_button = QPushButton(self.tr("Flytta"))
        self.move_button.clicked.connect(self._move)
        self.move_label = QLabel(self.tr("Flytta ärendet till:"))
        move.addWidget(self.move_label)
        move.addWidget(self.next_stage)
        move.addWidget(self.move_reason, 1)
        move.addWidget(self.move_button)
        move.addStretch(0)
        grid.addLayout(move, 2, 0, 1, 2)
        self.consent_glance = QLabel()
        self.consent_glance.setTextFormat(Qt.TextFormat.RichText)
        self.consent_glance.setWordWrap(True)
        self.consent_glance.setAccessibleName(self.tr("Samtycken i korthet"))
        self.consent_glance.setStyleSheet(
            "QLabel { background: #f4f6f8; border: 1px solid #d0d7de; padding: 8px; }"
        )
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_heading(self.tr("Samtycke")))
        left.addWidget(self.consent_glance)
        self.student_due = QLabel()
        self.student_due.setTextFormat(Qt.TextFormat.RichText)
        self.student_due.setWordWrap(True)
        self.student_due.setAccessibleName(self.tr("Att göra för eleven"))
        left.addWidget(_heading(self.tr("Att göra")))
        left.addWidget(self.student_due)
        self.latest_notes = QLabel()
        self.latest_notes.setTextFormat(Qt.TextFormat.RichText)
        self.latest_notes.setWordWrap(True)
        self.latest_notes.setAccessibleName(self.tr("Senaste anteckningarna"))
        left.addWidget(_heading(self.tr("Senaste anteckningarna")))
        left.addWidget(self.latest_notes)
        left.addStretch(1)
        self.chart = AbsenceChart()
        self.absence_summary = QLabel()
        self.absence_summary.setWordWrap(True)
        right.addWidget(_heading(self.tr("Frånvaro")))
        right.addWidget(self.chart)
        right.addWidget(self.absence_summary)
        right.addStretch(1)
        grid.addLayout(left, 3, 0)
        grid.addLayout(right, 3, 1)
        grid.setRowStretch(4, 1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        area.setAccessibleName(self.tr("Översikt"))
        return area

    # -- showing ------------------------------------------------------------------

    def show_file(self, file: StudentFile, *, revealed: bool = False) -> None:
        """Show a student; a protected one masked, unless "Visa" was chosen on this page."""
        if self.file is None or self.file.student.id != file.student.id:
            self._revealed_for = ""
            self.tabs.setCurrentWidget(self.overview)  # another student: open on the overview
        if revealed:
            self._revealed_for = file.student.id
        shown = self._revealed_for == file.student.id
        self.file = file
        self._mask = Masker() if shown else html_masker(file.masker)
        self.reveal_button.setVisible(bool(file.masker) and not shown)
        student, current = file.student, file.current
        self.heading.setText(student.full_name)
        school = (
            _t("skyddad")
            if student.protected_identity and not shown
            else (file.school.name if file.school else "")
        )
        flags = []
        if current:
            case = current.case
            flags = [
                _t(label)
                for on, label in (
                    (case.sip_active, "SIP aktiv"),
                    (case.concern_reported, "Orosanmälan gjord"),
                    (case.paused, "Pausat"),
                )
                if on
            ]
        stage = label(current.case.stage) if current else "–"
        extra = "".join(
            f" &nbsp;<span style='background:#fff4ce;padding:2px'>{e(f)}</span>" for f in flags
        )
        birth = birth_of(student.personnummer)
        born = "" if birth.known else f" ({e(_t('födelsedatum delvis okänt'))})"
        self.facts.setText(
            self._mask(
                f"{e(student.personnummer[:8])}-****{born} · {e(school)} · {_t('åk')} "
                f"{student.grade} · <b>{e(stage)}</b>{extra}{self._absence_line(file, current)}"
            )
        )
        self.consent_glance.setText(self._mask(self._consent_summary(current)))
        self._fill_next_stage(current)
        self._show_stage_actions(file, current)
        self._show_overview(file, current)
        self.move_error.clear()
        for stage_key, view in self.stage_views.items():
            view.setHtml(self._mask(self._stage_html(stage_key, file, current)))
        self.meetings.setHtml(self._mask(self._meetings_html(current)))
        self.attendance.setHtml(self._mask(self._attendance_html(current)))
        self.journal.mask = Masker() if shown else file.masker
        self.journal.show_notes(current.notes if current else ())
        self.journal.case_id = current.case.id if current else ""

    def conceal(self) -> None:
        """Leaving the page: the next showing of a protected student is masked again."""
        self._revealed_for = ""

    def _reveal(self) -> None:
        if self.file is not None:
            self.reveal_requested.emit(self.file.student.id)

    @staticmethod
    def _absence_line(file: StudentFile, current: CaseFile | None) -> str:
        """The latest absence against the team's thresholds: the page's one absence alert."""
        if current is None:
            return ""
        latest = max(current.attendance, key=lambda a: a.period_end, default=None)
        absence = latest.total_absence_pct if latest else current.case.baseline_absence_pct
        level = say(file.team.absence_level(absence))
        if absence is None:
            return ""
        alert = f" – <span style='color:{NO_COLOUR}'>{e(level)}</span>" if level else ""
        return f"<br>{_t('Frånvaro')} {e(pct(absence))}{alert}"

    def show_busy(self, text: str) -> None:
        """An empty text hides the indicator again."""
        self.busy_label.setText(text)
        self.busy_label.setToolTip(text)
        self.busy_label.setVisible(bool(text))
        self.busy.setVisible(bool(text))
        if text:
            self.move_error.clear()

    def show_document_error(self, message: str) -> None:
        self.show_busy("")
        self.move_error.setText(message)

    def show_move_error(self, message: str) -> None:
        self.move_error.setText(message)

    def _fill_next_stage(self, current: CaseFile | None) -> None:
        self.next_stage.clear()
        if current is None:
            self.move_button.setEnabled(False)
            return
        options = [*NEXT.get(current.case.stage, ()), Stage.CANCELLED]
        if current.case.stage in (Stage.FINISHED, Stage.NOT_ENROLLED, Stage.CANCELLED):
            options = []
        for stage in options:
            self.next_stage.addItem(label(stage), stage.value)
        self.move_button.setEnabled(bool(options))
        # An ended case goes nowhere: no empty box and grey button to puzzle over.
        for widget in (self.move_label, self.next_stage, self.move_button):
            widget.setVisible(bool(options))
        self._reason_needed()

    def _show_stage_actions(self, file: StudentFile, current: CaseFile | None) -> None:
        """The next step as the primary button, the stage's own actions beside it, and
        everything else under "Fler åtgärder"."""
        stage = current.case.stage if current else None
        step = (
            next_step(
                current.case.stage,
                current.facts,
                has_guardian=bool(file.guardians),
                paused=current.case.paused,
            )
            if current
            else None
        )
        self.next_step = step
        self.next_button.setVisible(step is not None)
        if step is not None:
            self.next_button.setText(self.tr("Nästa steg: {0}").format(_guidance(step.text)))
        own = STAGE_ACTIONS.get(stage, ()) if stage is not None else ()
        shown = [name for name in own if step is None or name != step.action]
        for name, button in self.action_buttons.items():
            button.setVisible(name in shown)
        self.more_menu.clear()
        for _text, name in self.ACTIONS:
            if name not in shown:
                self.more_menu.addAction(self.more_actions[name])
        self.more_menu.addSeparator()
        for _text, name in self.MORE_ACTIONS:
            self.more_menu.addAction(self.more_actions[name])
        # An ended case takes no new work; what still concerns the student stays open.
        ended = current is None or current.case.stage in ENDED_STAGES
        for name, action in self.more_actions.items():
            action.setEnabled(not ended or name in AFTER_THE_END)

    def _show_overview(self, file: StudentFile, current: CaseFile | None) -> None:
        self.stepper.setText(_stepper(current.case.stage if current else None))
        step = self.next_step
        if current is None:
            self.next_why.setText(self.tr("Eleven har inget ärende."))
        elif step is None:
            self.next_why.setText(
                self.tr("Ärendet är pausat.")
                if current.case.paused
                else self.tr("Ärendet är avslutat.")
            )
        else:
            self.next_why.setText(_guidance(step.why))
        baseline = current.case.baseline_absence_pct if current else None
        periods = current.attendance if current else ()
        self.chart.show_periods(periods, baseline, file.team)
        self.chart.setVisible(bool(periods))
        self.absence_summary.setText(self.chart.accessibleDescription())
        # What is due, not what is kept: the research sample asks nothing of anyone.
        due = sorted(
            (d for d in current.due if d.kind is not DueKind.RESEARCH_KEPT) if current else [],
            key=lambda d: d.due_on,
        )
        today = dt.date.today()
        self.student_due.setText(
            "<br>".join(
                f"{e(day_text(d.due_on, today))} – {e(item_text(d, (d.due_on - today).days))}"
                for d in due[:6]
            )
            if due
            else e(self.tr("Inget förfaller."))
        )
        notes = sorted(current.notes, key=lambda n: n.written_at, reverse=True) if current else []
        self.latest_notes.setText(
            self._mask(
                "<br>".join(
                    f"<b>{e(format_date(n.event_date))}</b> "
                    f"<span style='color:#555'>({e(label(n.status).lower())})</span> "
                    f"{e(_first_line(n.text))}"
                    for n in notes[:3]
                )
            )
            if notes
            else e(self.tr("Inga anteckningar ännu."))
        )

    def _take_next_step(self) -> None:
        step, file = self.next_step, self.file
        if step is None or file is None or file.current is None:
            return
        if step.action == MOVE and step.to is not None:
            self.move_error.clear()
            self.move_requested.emit(file.current.case.id, step.to.value, "")
        else:
            self.action_requested.emit(step.action)

    def _reason_needed(self, _index: int = 0) -> None:
        code = self.next_stage.currentData()
        self.move_reason.setVisible(code in (Stage.CANCELLED.value, Stage.NOT_ENROLLED.value))

    def _move(self) -> None:
        if not (self.file and self.file.current and self.next_stage.currentData()):
            return
        self.move_error.clear()
        case_id, code, reason = (
            self.file.current.case.id,
            self.next_stage.currentData(),
            self.move_reason.text(),
        )
        needs_reason = code in (Stage.CANCELLED.value, Stage.NOT_ENROLLED.value)
        if code not in ENDING or (needs_reason and not reason.strip()):
            self.move_requested.emit(case_id, code, reason)  # a missing reason is said below
            return
        # An ended case cannot be opened again: asked once, without blocking the window.
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(label(Stage(code)))
        box.setText(
            self.tr("Avsluta ärendet som ”{0}”? Ett avslutat ärende kan inte öppnas igen.").format(
                label(Stage(code))
            )
        )
        confirm = box.addButton(self.tr("Ja, avsluta ärendet"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Gå tillbaka"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # Enter goes back: ending a case is chosen, never hit
        box.setEscapeButton(back)
        box.buttonClicked.connect(
            lambda button: (
                self.move_requested.emit(case_id, code, reason) if button is confirm else None
            )
        )
        self.confirm_box = box
        box.open()

    def _new_note(self) -> None:
        if self.file and self.file.current:
            self.new_note_requested.emit(self.file.current.case.id)

    @staticmethod
    def _consent_summary(current: CaseFile | None) -> str:
        """Per party a plain yes (until when) or no (why); in red when nothing may go."""
        nothing = f"<b style='color:{NO_COLOUR}'>{e(_t('Inga uppgifter får lämnas ut.'))}</b>"
        if current is None or not current.consents:
            return f"{nothing} {e(_t('Inget samtycke är registrerat.'))}"
        lines = []
        if not any(line.yes for line in current.parties):
            lines.append(nothing)
        for line in current.parties:
            if line.yes:
                soon = line.days_left is not None and line.days_left <= EXPIRY_WARNING_DAYS
                left = (
                    f"<span style='color:{SOON_COLOUR if soon else '#555'}'>"
                    f"({e(_days_left(line.days_left))})</span>"
                )
                withheld = ", ".join(label(c).lower() for c in line.withheld)
                narrowed = f" – {e(_t('inte:'))} {e(withheld)}" if withheld else ""
                lines.append(
                    f"<span style='color:{YES_COLOUR}'>✔ <b>{e(party(line.party))}</b>: "
                    f"{e(_t('ja'))}</span>, {_t('t.o.m.')} {e(format_date(line.until))} {left}"
                    f"{narrowed}"
                )
            else:
                # The reason, not "nej": a consent missing or run out is no one's refusal.
                lines.append(
                    f"<span style='color:{NO_COLOUR}'>✘ <b>{e(party(line.party))}</b></span>"
                    f" – {e(shape(say(line.reason), 'upper_first'))}"
                )
        pending = [
            label(p)
            for view in current.consents
            for w in view.record.consent.withdrawals
            for p in w.pending()
        ]
        if pending:
            lines.append(
                f"<span style='color:{SOON_COLOUR}'>"
                f"{e(_t('Att meddela om återkallelsen:'))} {e(', '.join(pending))}</span>"
            )
        return "<br>".join(lines)

    @staticmethod
    def _stage_html(stage: Stage, file: StudentFile, current: CaseFile | None) -> str:
        if current is None:
            return f"<p>{_t('Inget ärende.')}</p>"
        case = current.case
        if stage is Stage.REFERRED:
            return f"<h3>{_t('Aktualisering')}</h3>" + _rows(
                [
                    ("Datum", format_date(case.referral_date)),
                    ("Aktualiserad av", label(case.referred_by)),
                    ("Anledning", case.referral_reason),
                    ("Frånvaro då", pct(case.baseline_absence_pct)),
                    ("Skolans kontaktperson", case.school_contact),
                    ("Vårdnadshavare", ", ".join(g.name for g in file.guardians)),
                ]
            )
        if stage is Stage.CONSENT:
            parts = [f"<h3>{_t('Samtycken')}</h3>"]
            for view in current.consents:
                c = view.record.consent
                status = label(view.state.status)
                decides = {True: _t("Ja"), False: _t("Nej"), None: ""}[c.child_decides_alone]
                parts.append(
                    _rows(
                        [
                            (
                                "Status",
                                f"{status} – {say(view.state.reason)}"
                                if view.state.reason
                                else status,
                            ),
                            ("Syfte", c.purpose),
                            (
                                "Gäller",
                                f"{format_date(c.valid_from)} – {format_date(c.valid_until)}",
                            ),
                            ("Parter", ", ".join(party(p) for p in c.parties)),
                            ("Uppgifter", ", ".join(label(x) for x in c.categories)),
                            ("Gäller inte", c.exceptions),
                            ("Svar", "\n".join(_answer(s) for s in view.record.signatories)),
                            (
                                "Informerade om rätten att säga nej",
                                {True: _t("Ja"), False: _t("Nej"), None: _t("Ej angivet")}[
                                    c.informed_of_rights
                                ],
                            ),
                            ("Barnets inställning", c.child_view),
                            (
                                "Mognadsbedömning",
                                " ".join(
                                    x
                                    for x in (
                                        c.maturity_assessment,
                                        f"({c.maturity_assessed_by}"
                                        f" {format_date(c.maturity_assessed_on)})"
                                        if c.maturity_assessed_by
                                        else "",
                                        _t("Kan bestämma själv: {0}.").format(decides)
                                        if decides
                                        else "",
                                    )
                                    if x
                                ),
                            ),
                            ("Återkallat", "\n".join(_withdrawal(w) for w in c.withdrawals)),
                        ]
                    )
                    + "<hr>"
                )
            return "".join(parts) if current.consents else f"<p>{_t('Inget samtycke ännu.')}</p>"
        if stage is Stage.MAPPING:
            if not current.mappings:
                return f"<p>{_t('Kartläggningen är inte påbörjad.')}</p>"
            mapping = current.mappings[-1]
            parts = [
                f"<h3>{_t('Kartläggning')}</h3>",
                _rows(
                    [
                        ("Påbörjad", format_date(mapping.started_on)),
                        ("Elevens berättelse", mapping.student_story),
                        ("Vårdnadshavarnas berättelse", mapping.guardian_story),
                        ("Skolans bild", mapping.school_view),
                        ("Insamlade handlingar", ", ".join(label(d) for d in mapping.documents)),
                    ]
                ),
            ]
            for area in FactorArea:
                factors = [f for f in current.factors if f.area is area]
                items = (
                    "".join(f"<li>{e(label(f.kind))}: {e(f.description)}</li>" for f in factors)
                    or "<li>–</li>"
                )
                parts.append(f"<h4>{e(label(area))}</h4><ul>{items}</ul>")
            return "".join(parts)
        if stage is Stage.PLANNING:
            plan = current.current_plan
            if plan is None:
                return f"<p>{_t('Ingen handlingsplan ännu.')}</p>"
            goals = "".join(
                f"<tr><td>{g.number}</td><td>{e(g.wording)}</td><td>{e(g.indicator)}</td>"
                f"<td>{e(g.baseline)}</td><td>{e(g.target)}</td>"
                f"<td>{e(format_date(g.due_on))}</td></tr>"
                for g in current.goals
            )
            interventions = "".join(
                f"<li>{e(label(i.kind))} – {e(label(i.performer))}, {e(i.frequency)} "
                f"({e(label(i.status).lower())})</li>"
                for i in current.interventions
            )
            return (
                f"<h3>{_t('Handlingsplan, version')} {plan.version} "
                f"({e(label(plan.status).lower())})</h3>"
                + _rows(
                    [
                        ("Elevens mål", plan.student_goals),
                        ("Vårdnadshavarnas mål", plan.guardian_goals),
                        ("Uppföljning", format_date(plan.follow_up_on)),
                    ]
                )
                + f"<h4>{_t('Mål')}</h4><table border='1' cellspacing='0' cellpadding='4'><tr>"
                + "".join(f"<th>{_t(h)}</th>" for h in GOAL_HEADERS)
                + f"</tr>{goals}</table>"
                f"<h4>{_t('Insatser')}</h4><ul>{interventions or '<li>–</li>'}</ul>"
            )
        if stage is Stage.INTERVENTION:
            items = "".join(
                f"<li><b>{e(label(i.kind))}</b> – {e(label(i.performer))}, {e(i.frequency)}, "
                f"{_t('från')} {e(format_date(i.start_on))} ({e(label(i.status).lower())})</li>"
                for i in current.interventions
            )
            sips = "".join(
                f"<li>{_t('SIP version')} {s.version}: {e(label(s.status))}</li>"
                for s in current.sips
            )
            return f"<h3>{_t('Insatser')}</h3><ul>{items or '<li>–</li>'}</ul>" + (
                f"<h4>SIP</h4><ul>{sips}</ul>" if sips else ""
            )
        if stage is Stage.FOLLOW_UP:
            now = current.attendance[-1].total_absence_pct if current.attendance else None
            rows = "".join(
                f"<li>{e(format_date(f.held_on or f.due_on))}: "
                f"{_t('hållen') if f.held_on else _t('planerad')}"
                f"{', ' + _t('frånvaro') + ' ' + e(pct(f.absence_now_pct)) if f.absence_now_pct is not None else ''}"  # noqa: E501
                f"{', ' + _t('beslut:') + ' ' + e(label(f.decision).lower()) if f.decision else ''}</li>"  # noqa: E501
                for f in current.follow_ups
            )
            return (
                f"<h3>{_t('Uppföljning')}</h3>"
                + _rows(
                    [
                        ("Frånvaro vid start", pct(case.baseline_absence_pct)),
                        ("Frånvaro nu", pct(now)),
                    ]
                )
                + f"<ul>{rows or '<li>' + _t('Ingen uppföljning ännu.') + '</li>'}</ul>"
            )
        if stage is Stage.CLOSED:
            if not case.closed_on:
                return f"<p>{_t('Eleven är inte utskriven.')}</p>"
            yes_no = {True: _t("Ja"), False: _t("Nej"), None: ""}
            eligible = yes_no[case.upper_secondary_eligible]
            return f"<h3>{_t('Utskrivning')}</h3>" + _rows(
                [
                    ("Datum", format_date(case.closed_on)),
                    ("Anledning", case.closure_reason),
                    ("Frånvaro vid utskrivning", pct(case.closure_absence_pct)),
                    ("Målen nådda", yes_no[case.goals_met]),
                    ("Gymnasiebehörig", eligible),
                ]
            )
        if stage is Stage.BOOSTER:
            return f"<h3>{_t('Boosterträff')}</h3>" + _rows(
                [
                    ("Planerad", format_date(case.booster_planned_on)),
                    ("Hållen", format_date(case.booster_held_on)),
                ]
            )
        return ""

    @staticmethod
    def _meetings_html(current: CaseFile | None) -> str:
        if current is None or not current.meetings:
            return f"<p>{_t('Inga möten registrerade.')}</p>"
        parts = []
        for m in current.meetings:
            people = ", ".join(f"{p.name} ({p.role})" for p in m.participants)
            decisions = "".join(
                f"<li>{e(d.action)} – {e(d.responsible)}"
                f"{', ' + e(format_date(d.due_on)) if d.due_on else ''}</li>"
                for d in m.decisions
            )
            parts.append(
                f"<h3>{e(label(m.kind))} {e(format_date(m.held_on))}"
                f"{' ' + _t('kl.') + ' ' + m.starts_at.strftime('%H:%M') if m.starts_at else ''}"
                "</h3>"
                + _rows([("Plats", m.place), ("Deltagare", people), ("Anteckningar", m.minutes)])
                + (f"<ul>{decisions}</ul>" if decisions else "")
            )
        return "".join(parts)

    @staticmethod
    def _attendance_html(current: CaseFile | None) -> str:
        if current is None or not current.attendance:
            return f"<p>{_t('Ingen närvaro registrerad.')}</p>"
        rows = "".join(
            f"<tr><td>{e(format_date(a.period_start))} – {e(format_date(a.period_end))}</td>"
            f"<td>{e(pct(a.total_absence_pct))}</td>"
            f"<td>{e(pct(a.valid_absence_pct))}</td>"
            f"<td>{e(pct(a.invalid_absence_pct))}</td>"
            f"<td>{e(a.source_name or label(a.source))}</td></tr>"
            for a in current.attendance
        )
        return (
            "<table border='1' cellspacing='0' cellpadding='4'><tr>"
            + "".join(f"<th>{_t(h)}</th>" for h in ATTENDANCE_HEADERS)
            + "</tr>"
            f"{rows}</table>"
        )

    def show_tab(self, key: str) -> bool:
        """Bring the tab named by `key` forward ("journal", "meetings", "consent", "planning",
        "follow_up", ...): how the agenda opens a student where the work is. Tabs are found
        by their widgets, so tabs added in front do not move them. False for a key not known."""
        widgets: dict[str, QWidget] = {
            "meetings": self.meetings,
            "journal": self.journal,
            "attendance": self.attendance,
            "referral": self.stage_views[Stage.REFERRED],
            "consent": self.stage_views[Stage.CONSENT],
            "mapping": self.stage_views[Stage.MAPPING],
            "planning": self.stage_views[Stage.PLANNING],
            "intervention": self.stage_views[Stage.INTERVENTION],
            "follow_up": self.stage_views[Stage.FOLLOW_UP],
            "closure": self.stage_views[Stage.CLOSED],
            "booster": self.stage_views[Stage.BOOSTER],
        }
        index = self.tabs.indexOf(widgets[key]) if key in widgets else -1
        if index < 0:
            return False
        self.tabs.setCurrentIndex(index)
        return True


def _guidance(text: str) -> str:
    """A next step's words (domain/guidance.py), in the window's language."""
    return QCoreApplication.translate("guidance", text)


def _first_line(text: str, width: int = 110) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


def _stepper(stage: Stage | None) -> str:
    """The lifecycle's road with the case's stage marked: done ones ticked."""
    at = road_position(stage) if stage is not None else -1
    parts = []
    for index, step in enumerate(ROAD):
        name = e(label(step))
        if stage is not None and index == at:
            parts.append(
                f"<span style='background:#1f4e79;color:white;padding:2px 6px'><b>{name}</b></span>"
            )
        elif index < at:
            parts.append(f"<span style='color:#1e6b34'>✔ {name}</span>")
        else:
            parts.append(f"<span style='color:#777'>{name}</span>")
    road = " <span style='color:#aaa'>›</span> ".join(parts)
    if stage is not None and at < 0:
        road += f"<br><b style='color:{NO_COLOUR}'>{e(label(stage))}</b>"
    return road


def _days_left(days: int | None) -> str:
    if days is None:
        return ""
    return counts.days_left(days)


def _answer(s: Signatory) -> str:
    """One person's answer, with the förbehåll in words."""
    text = f"{s.name} ({label(s.role).lower()}): {label(s.answer).lower()}"
    if s.answer is Answer.PARTLY and (s.excluded_parties or s.excluded_categories):
        text += f" – {say(reservation_text(s))}"
    return text


def _withdrawal(w: Withdrawal) -> str:
    scope = ", ".join(label(p) for p in w.parties) or _t("hela samtycket")
    told = "; ".join(f"{label(n.party)} {format_date(n.on)}" for n in w.notified)
    pending = ", ".join(label(p) for p in w.pending())
    parts = [f"{format_date(w.on)}: {scope} ({w.by}, {w.how})"]
    if told:
        parts.append(f"{_t('meddelat')}: {told}")
    if pending:
        parts.append(f"{_t('att meddela')}: {pending}")
    return " – ".join(parts)


class JournalPanel(QWidget):
    """Notes newest first; a draft is edited in place and saved while typing.

    Saving never signs: signing is its own button, confirmed, because a signed note can
    never be changed. A correction is shown beside the signed note it corrects.
    """

    draft_changed = Signal(object)
    sign_requested = Signal(str)
    correct_requested = Signal(str)
    new_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.case_id = ""
        self._notes: dict[str, JournalNote] = {}
        # Drafts sent to be saved and not yet confirmed: a page read before their save must
        # not put the older text back in the editor (to be typed on and saved over them).
        self._unsaved: dict[str, JournalNote] = {}
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.new_button = QPushButton(self.tr("Ny anteckning"))
        self.new_button.clicked.connect(self.new_requested)
        left.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Journalanteckningar"))
        self.list.currentItemChanged.connect(self._select)
        left.addWidget(self.list, 1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        texts = QHBoxLayout()
        # A correction: the signed note it corrects, read-only, beside it.
        self.original_box = QWidget()
        original = QVBoxLayout(self.original_box)
        original.setContentsMargins(0, 0, 0, 0)
        self.original_heading = QLabel()
        self.original_heading.setWordWrap(True)
        original.addWidget(self.original_heading)
        self.original_view = QPlainTextEdit()
        self.original_view.setReadOnly(True)
        self.original_view.setAccessibleName(self.tr("Anteckningen som rättas"))
        self.original_view.setStyleSheet("QPlainTextEdit { background: #f4f6f8; }")
        original.addWidget(self.original_view, 1)
        self.original_box.hide()
        texts.addWidget(self.original_box, 1)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Anteckningens text"))
        self.editor.textChanged.connect(self._typed)
        texts.addWidget(self.editor, 1)
        right.addLayout(texts, 1)
        buttons = QHBoxLayout()
        self.saved = QLabel()
        self.saved.setStyleSheet("color: #555555;")
        self.saved.setAccessibleName(self.tr("Sparat"))
        buttons.addWidget(self.saved, 1)
        self.correct_button = QPushButton(self.tr("Rätta…"))
        self.correct_button.clicked.connect(self._correct)
        self.sign_button = QPushButton(self.tr("Signera…"))
        self.sign_button.setToolTip(
            self.tr("En signerad anteckning kan inte ändras. Ctrl+S sparar utan att signera.")
        )
        self.sign_button.clicked.connect(self._sign)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.sign_button)
        right.addLayout(buttons)
        layout.addLayout(right, 2)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._loading = False
        self._editor_note_id = ""
        self._editor_masked = False  # the editor shows a masked text: it is never saved
        self.mask = Masker()
        self.sign_box: QMessageBox | None = None  # the confirmation on screen, if any

    @property
    def current(self) -> JournalNote | None:
        item = self.list.currentItem()
        return self._notes.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def note(self, note_id: str) -> JournalNote | None:
        return self._notes.get(note_id)

    def show_notes(self, notes: Iterable[JournalNote], select: str = "") -> None:
        self.flush()  # the note on screen is saved before the list is rebuilt
        editing, cursor = self._editor_note_id, self.editor.textCursor().position()
        self._notes = {n.id: n for n in notes}
        for note_id, mine in self._unsaved.items():
            theirs = self._notes.get(note_id)
            if theirs is not None and theirs.status is NoteStatus.DRAFT:
                self._notes[note_id] = replace(theirs, text=mine.text)
        # Rebuilt with signals off: Qt would select the first new row while the editor
        # still shows the old text, and that text must never be saved into another note.
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for note in sorted(self._notes.values(), key=lambda n: n.written_at, reverse=True):
            mark = "✎ " if note.status is NoteStatus.DRAFT else ""
            kind = "" if note.note_type is NoteType.ORDINARY else f" – {label(note.note_type)}"
            item = QListWidgetItem(
                f"{mark}{format_date(note.event_date)} {label(note.contact_type)}{kind}"
            )
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
            if note.id == select:
                chosen = item
        self.list.setCurrentItem(chosen or self.list.item(0))
        self.list.blockSignals(False)
        self._editor_note_id = ""  # nothing of the new list is in the editor yet
        self.saved.clear()
        self._select(self.list.currentItem(), None)
        if editing and editing == self._editor_note_id:  # the same draft: typing goes on
            place = self.editor.textCursor()
            place.setPosition(min(cursor, len(self.editor.toPlainText())))
            self.editor.setTextCursor(place)

    def _select(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.flush()
        note = self.current
        masked = note is not None and self.mask.contains_secret(note.text)
        self._loading = True
        self.editor.setPlainText(self.mask(note.text) if note else "")
        self._loading = False
        self._editor_note_id = note.id if note else ""
        self._editor_masked = masked
        signed = note is not None and note.status is NoteStatus.SIGNED
        self.editor.setReadOnly(note is None or signed or masked)
        self.sign_button.setEnabled(note is not None and not signed and not masked)
        self.correct_button.setEnabled(signed)
        self._show_original(note)
        if note is None:
            self.status.setText(self.tr("Ingen anteckning vald."))
        elif masked and not signed:
            self.status.setText(
                self.tr(
                    "Utkastet nämner skyddade uppgifter. Välj ”Visa skyddade uppgifter” för att "
                    "skriva i det."
                )
            )
        elif signed:
            self.status.setText(
                self.tr("Signerad {0} av {1} – kan inte ändras.").format(
                    format_datetime(note.signed_at), note.signed_by
                )
            )
        else:
            self.status.setText(
                self.tr("Utkast – sparas medan du skriver. Signera när anteckningen är klar.")
            )

    def _show_original(self, note: JournalNote | None) -> None:
        original = self._notes.get(note.corrects_id) if note and note.corrects_id else None
        self.original_box.setVisible(original is not None)
        if original is None:
            self.original_view.clear()
            return
        self.original_heading.setText(
            self.tr("Rättar anteckningen från {0}, signerad {1} av {2}:").format(
                format_date(original.event_date),
                format_datetime(original.signed_at),
                original.signed_by,
            )
        )
        self.original_view.setPlainText(self.mask(original.text))

    def _typed(self) -> None:
        if not self._loading and self._editor_note_id:
            self.saved.clear()
            self._autosave.start()

    def flush(self) -> bool:
        """Save the draft on screen now (also before anything that could lose it); True when
        a save was asked for.

        Only the note whose text was loaded into the editor is ever saved from it.
        """
        self._autosave.stop()
        note = self._notes.get(self._editor_note_id)
        if note is None or note.status is NoteStatus.SIGNED or self._loading:
            return False
        if self._editor_masked:
            return False
        text = self.editor.toPlainText()
        if text != note.text:
            updated = JournalNote(**{**note.__dict__, "text": text})
            self._notes[note.id] = updated
            self._unsaved[note.id] = updated
            self.draft_changed.emit(updated)
            return True
        return False

    def save_now(self) -> None:
        """Ctrl+S: the draft saved, never signed; "Sparat" once it is."""
        note = self.current
        if note is None or note.status is NoteStatus.SIGNED or self._editor_masked:
            return
        if not self.flush():
            self.show_saved(note)  # nothing new since the last save

    def show_saved(self, note: JournalNote) -> None:
        """The vault has the draft: said quietly under the editor."""
        waiting = self._unsaved.get(note.id)
        if waiting is not None and waiting.text == note.text:
            del self._unsaved[note.id]
        if note.id == self._editor_note_id:
            self.saved.setText(self.tr("Sparat {0}").format(dt.datetime.now().strftime("%H:%M")))

    def _sign(self) -> None:
        """Signing asks first: once signed, the note can only be corrected with a new one."""
        self.flush()
        note = self.current
        if note is None or note.status is NoteStatus.SIGNED:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Signera anteckningen"))
        box.setText(
            self.tr("Signera anteckningen från {0} ({1})?").format(
                format_date(note.event_date), label(note.contact_type).lower()
            )
        )
        box.setInformativeText(
            self.tr(
                "En signerad anteckning kan inte ändras i efterhand. Ett fel rättas bara med en "
                "ny anteckning (”Rätta”), och båda står kvar i journalen."
            )
        )
        sign = box.addButton(self.tr("Signera"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(sign)
        box.finished.connect(
            lambda _r: self._answer_sign(box, note.id, box.clickedButton() is sign)
        )
        self.sign_box = box
        box.open()

    def _answer_sign(self, box: QMessageBox, note_id: str, yes: bool) -> None:
        if self.sign_box is box:
            self.sign_box = None
        if yes and not box.property("closed_by_lock"):
            self.sign_requested.emit(note_id)

    def _correct(self) -> None:
        if self.current is not None:
            self.correct_requested.emit(self.current.id)
