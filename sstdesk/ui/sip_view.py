"""The SIP dialog: a samordnad individuell plan made, called, upprättad and followed up.

One dialog of its own (its participants and insatser are lists of rows, which a
FormDialog does not hold). Rule R4 is shown beside the fields as a live list of
what is still missing before the SIP may be upprättad, worked out by the domain
(`sip.missing_for_establishing`) from what is on screen; the service checks the
same rule again when "Upprätta" is pressed. The draft prints from here, saved
first. Layer: ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain import legal
from sstdesk.domain import sip as sip_rules
from sstdesk.domain.codes import DocumentKind, Principal, SipStatus
from sstdesk.domain.consent import ShareDecision
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import Participant, Sip, SipAction
from sstdesk.domain.phrase import shape
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService, Letterhead, RenderedDocument
from sstdesk.services.views import CaseFile
from sstdesk.ui.document_view import DocumentActions
from sstdesk.ui.forms import fit_to_screen
from sstdesk.ui.labels import label, say
from sstdesk.ui.unset_date import UnsetDate

if TYPE_CHECKING:
    from sstdesk.ui.context import Window

# A date not yet decided: the date edit sits on this day and shows "Inte bestämt".
EDITABLE = (SipStatus.DRAFT, SipStatus.CALLED)


class SipDocuments(DocumentActions):
    """The SIP printed from its dialog: rendered there (so a refusal is said in the
    dialog), then the same preview, print with a reason, and save as from "Dokument"."""

    def show(self, document: RenderedDocument) -> None:
        self._show(document)


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()


class SipDialog(QDialog):
    """One SIP of a case: the newest, or a new one. `sip` is what the vault holds (None
    until the first save); `case_id` the case it belongs to."""

    PARTICIPANT_COLUMNS = (
        QT_TRANSLATE_NOOP("SipDialog", "Namn"),
        QT_TRANSLATE_NOOP("SipDialog", "Roll"),
        QT_TRANSLATE_NOOP("SipDialog", "Verksamhet och huvudman"),
        QT_TRANSLATE_NOOP("SipDialog", "Närvarande"),
    )
    ACTION_COLUMNS = (
        QT_TRANSLATE_NOOP("SipDialog", "Insats"),
        QT_TRANSLATE_NOOP("SipDialog", "Behov nr"),
        QT_TRANSLATE_NOOP("SipDialog", "Huvudman"),
        QT_TRANSLATE_NOOP("SipDialog", "Ansvarig verksamhet"),
        QT_TRANSLATE_NOOP("SipDialog", "Kontaktperson"),
        QT_TRANSLATE_NOOP("SipDialog", "När"),
    )

    def __init__(
        self,
        window: Window,
        case: CaseFile,
        student_id: str,
        consent: ShareDecision,
    ) -> None:
        super().__init__(window)
        self.main = window  # not `window`: that is QWidget.window()
        self.student_id = student_id
        self.case_id = case.case.id
        self.consent = consent
        self._consent_lines = {c.record.consent.id: c for c in case.consents}
        newest = case.current_sip
        if newest is None or newest.status is SipStatus.ENDED:
            # Nothing stored yet: a new SIP, numbered after any that has ended.
            self.sip = Sip(case_id=self.case_id, version=(newest.version + 1) if newest else 1)
            self.stored = False
        else:
            self.sip = newest
            self.stored = True
        self.dirty = False
        self._filling = False
        self.documents = SipDocuments(window)

        self.setWindowTitle(self.tr("SIP – samordnad individuell plan"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("SIP:ens version och status"))
        layout.addWidget(self.heading)

        middle = QHBoxLayout()
        self.body = QWidget()
        fields = QVBoxLayout(self.body)
        fields.addWidget(self._meeting_box())
        fields.addWidget(self._participants_box())
        fields.addWidget(self._child_box())
        fields.addWidget(self._needs_box())
        fields.addWidget(self._actions_box())
        fields.addWidget(self._others_box())
        fields.addWidget(self._responsibility_box())
        fields.addWidget(self._consent_box())
        fields.addStretch(1)
        # The fields scroll; the checklist and the buttons stay on a 768-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll_area = scroll
        middle.addWidget(scroll, 1)
        middle.addWidget(self._checklist_panel())
        layout.addLayout(middle, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setAccessibleName(self.tr("Fel"))
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1f3a5f;")
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Spara utkast"))
        self.called_button = QPushButton(self.tr("Markera som kallad"))
        self.called_button.setToolTip(self.tr("Deltagarna är kallade till SIP-mötet."))
        self.establish_button = QPushButton(self.tr("Upprätta SIP"))
        self.follow_up_button = QPushButton(self.tr("Följ upp – ny version"))
        self.follow_up_button.setToolTip(
            self.tr(
                "SIP:en markeras som uppföljd och en ny version skapas som utkast, med samma "
                "innehåll att arbeta vidare med."
            )
        )
        self.print_button = QPushButton(self.tr("Skriv ut utkast…"))
        self.close_button = QPushButton(self.tr("Stäng"))
        for button in (
            self.save_button,
            self.called_button,
            self.establish_button,
            self.follow_up_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.called_button.clicked.connect(lambda: self.move_to(SipStatus.CALLED))
        self.establish_button.clicked.connect(lambda: self.move_to(SipStatus.ESTABLISHED))
        self.follow_up_button.clicked.connect(self.follow_up)
        self.print_button.clicked.connect(self.print_draft)
        self.close_button.clicked.connect(self.reject)

        self._fill(self.sip)
        fit_to_screen(self, 1200, 900, window)

    # -- building ---------------------------------------------------------------------

    def _form_box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _line(self, form: QFormLayout, text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(text)
        edit.textChanged.connect(self._changed)
        form.addRow(text, edit)
        return edit

    def _multi(
        self, form: QFormLayout | None, text: str, *, placeholder: str = ""
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(56)
        edit.setAccessibleName(text)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        if form is not None:
            form.addRow(text, edit)
        return edit

    def _date(self, form: QFormLayout, text: str) -> UnsetDate:
        date = UnsetDate(self.tr("Inte bestämt"))
        date.setAccessibleName(text)
        date.dateChanged.connect(self._changed)
        form.addRow(text, date)
        return date

    def _principal_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Välj…"), None)
        for principal in Principal:
            combo.addItem(label(principal), principal.value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _meeting_box(self) -> QGroupBox:
        box, form = self._form_box(self.tr("Mötet"))
        self.initiator = self._line(form, self.tr("Initiativtagare"))
        self.chair = self._line(form, self.tr("Ordförande"))
        self.secretary = self._line(form, self.tr("Sekreterare"))
        self.meeting_on = self._date(form, self.tr("Mötesdatum"))
        self.place = self._line(form, self.tr("Plats"))
        self.question = self._multi(form, self.tr("Frågeställning"))
        return box

    def _table(self, columns: tuple[str, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        table.setAccessibleName(name)
        table.verticalHeader().setVisible(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(130)
        table.itemChanged.connect(self._changed)
        return table

    def _row_buttons(self, add: str, remove: str, table: QTableWidget, adder: Callable[[], None]):
        row = QHBoxLayout()
        add_button = QPushButton(add)
        remove_button = QPushButton(remove)
        add_button.clicked.connect(adder)
        remove_button.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(add_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        return row, add_button, remove_button

    def _participants_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deltagare och deras huvudmän"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "En rad per person: barnet, vårdnadshavarna och varje verksamhet. Skriv "
                "verksamheten så att huvudmannen syns, t.ex. ”BUP Söder (regionen)”."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.participants = self._table(self.PARTICIPANT_COLUMNS, self.tr("Deltagare"))
        header = self.participants.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.participants)
        row, self.add_participant_button, self.remove_participant_button = self._row_buttons(
            self.tr("Lägg till deltagare"),
            self.tr("Ta bort markerad deltagare"),
            self.participants,
            lambda: self.add_participant(),
        )
        layout.addLayout(row)
        return box

    def _child_box(self) -> QGroupBox:
        box, form = self._form_box(self.tr("Barnets och familjens del"))
        self.child_view = self._multi(form, self.tr("Det här är viktigt för mig (barnet)"))
        self.guardian_view = self._multi(form, self.tr("Vårdnadshavarnas beskrivning"))
        self.current_situation = self._multi(form, self.tr("Nuläge i korthet"))
        return box

    def _needs_box(self) -> QGroupBox:
        box, form = self._form_box(self.tr("1. Behov och mål"))
        self.needs = self._multi(
            form,
            self.tr("Behov (ett per rad)"),
            placeholder=self.tr("Till exempel: Stöd kring oro"),
        )
        self.needs.setMaximumHeight(90)
        self.long_term_goals = self._multi(form, self.tr("Långsiktigt mål"))
        self.short_term_goals = self._multi(form, self.tr("Kortsiktigt mål"))
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Insatser – vem gör vad och när"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "En rad per insats, med huvudmannen som svarar för den, verksamheten, en "
                "kontaktperson och när. ”Behov nr” är radnumret i behovslistan (t.ex. 1, 2)."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.interventions = self._table(self.ACTION_COLUMNS, self.tr("Insatser"))
        header = self.interventions.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.interventions)
        row, self.add_action_button, self.remove_action_button = self._row_buttons(
            self.tr("Lägg till insats"),
            self.tr("Ta bort markerad insats"),
            self.interventions,
            lambda: self.add_action(),
        )
        layout.addLayout(row)
        return box

    def _others_box(self) -> QGroupBox:
        box, form = self._form_box(self.tr("3. Andra aktörers åtgärder"))
        self.others_measures = self._multi(
            form,
            self.tr("Åtgärder av andra än kommunen och regionen"),
            placeholder=self.tr("Skriv ”Inga” om det inte finns några."),
        )
        self.own_actions = self._multi(form, self.tr("Det barnet och familjen själva gör"))
        self.information_flow = self._multi(form, self.tr("Informationsöverföring"))
        return box

    def _responsibility_box(self) -> QGroupBox:
        box, form = self._form_box(self.tr("4. Ansvar och uppföljning"))
        self.lead_principal = self._principal_combo()
        self.lead_principal.setAccessibleName(self.tr("Huvudansvarig huvudman"))
        form.addRow(self.tr("Huvudansvarig huvudman"), self.lead_principal)
        self.lead_person = self._line(form, self.tr("Huvudansvarig person"))
        self.follow_up_caller = self._line(form, self.tr("Kallar till uppföljning"))
        self.follow_up_on = self._date(form, self.tr("Datum för uppföljning"))
        self.follow_up_measure = self._line(form, self.tr("Så mäts måluppfyllelsen"))
        self.disagreements = self._multi(form, self.tr("Övrigt och oenighet"))
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Samtycket SIP:en vilar på"))
        layout = QVBoxLayout(box)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setAccessibleName(self.tr("Samtycket SIP:en vilar på"))
        layout.addWidget(self.consent_label)
        line = self._consent_lines.get(self.consent.consent_id)
        if self.consent.allowed and line is not None:
            consent = line.record.consent
            self.consent_label.setText(
                self.tr("Samtycke ”{0}”, giltigt {1} – {2}. Parter: {3}.").format(
                    consent.purpose,
                    format_date(consent.valid_from),
                    format_date(consent.valid_until),
                    ", ".join(label(p.kind) for p in consent.parties),
                )
            )
        elif self.consent.allowed:
            self.consent_label.setText(self.tr("Ett giltigt samtycke omfattar vården."))
        else:
            self.consent_label.setText(
                say(self.consent.message)
                + " "
                + self.tr("Registrera ett samtycke som låter BUP eller annan vård få planen.")
            )
        return box

    def _checklist_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("sipChecklist")
        panel.setStyleSheet(
            "QFrame#sipChecklist { background: #f4f6f8; border: 1px solid #d0d7de; }"
        )
        panel.setFixedWidth(300)
        layout = QVBoxLayout(panel)
        self.checklist_title = QLabel()
        self.checklist_title.setWordWrap(True)
        font = self.checklist_title.font()
        font.setBold(True)
        self.checklist_title.setFont(font)
        layout.addWidget(self.checklist_title)
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.checklist.setAccessibleName(self.tr("Det som saknas för att upprätta SIP:en"))
        layout.addWidget(self.checklist)
        layout.addStretch(1)
        # The law in force today, from the one table of citations (the SoL changed 2025).
        today = dt.date.today()
        law = QLabel(
            self.tr(
                "{0} och {1}: planen ska säga vilka insatser som behövs, vad varje huvudman "
                "ansvarar för, vad andra än kommunen och regionen gör och vem som har det "
                "övergripande ansvaret."
            ).format(legal.cite("sip", today), legal.cite("sip_health", today))
        )
        law.setWordWrap(True)
        law.setStyleSheet("color: #57606a;")
        layout.addWidget(law)
        return panel

    # -- rows -----------------------------------------------------------------------

    def add_participant(self, participant: Participant | None = None) -> int:
        table = self.participants
        row = table.rowCount()
        self._filling, was = True, self._filling
        table.insertRow(row)
        for column, value in enumerate(
            (participant.name, participant.role, participant.organisation)
            if participant
            else ("", "", "")
        ):
            table.setItem(row, column, QTableWidgetItem(value))
        present = QTableWidgetItem()
        editable = self.sip.status in EDITABLE
        present.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if editable
            else Qt.ItemFlag.ItemIsEnabled
        )
        # Whether someone took part is stated, never assumed: unticked until ticked.
        checked = participant is not None and participant.present
        present.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        table.setItem(row, 3, present)
        self._filling = was
        if participant is None:
            self._changed()
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        return row

    def add_action(self, action: SipAction | None = None) -> int:
        table = self.interventions
        row = table.rowCount()
        self._filling, was = True, self._filling
        table.insertRow(row)
        texts = (
            (
                action.description,
                ", ".join(str(n) for n in action.need_numbers),
                "",
                action.unit,
                action.contact,
                action.when,
            )
            if action
            else ("",) * 6
        )
        for column, value in enumerate(texts):
            if column != 2:
                table.setItem(row, column, QTableWidgetItem(value))
        combo = self._principal_combo()
        combo.setAccessibleName(self.tr("Huvudman för insats {0}").format(row + 1))
        if action is not None:
            combo.setCurrentIndex(max(0, combo.findData(action.principal.value)))
        table.setCellWidget(row, 2, combo)
        self._filling = was
        if action is None:
            self._changed()
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        return row

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            self.error.setText(self.tr("Markera raden som ska tas bort."))
            return
        table.removeRow(row)
        self._changed()

    # -- values ---------------------------------------------------------------------

    def _fill(self, sip: Sip) -> None:
        self._filling = True
        for edit, value in (
            (self.initiator, sip.initiator),
            (self.chair, sip.chair),
            (self.secretary, sip.secretary),
            (self.place, sip.place),
            (self.question, sip.question),
            (self.child_view, sip.child_view),
            (self.guardian_view, sip.guardian_view),
            (self.current_situation, sip.current_situation),
            (self.needs, "\n".join(sip.needs)),
            (self.long_term_goals, sip.long_term_goals),
            (self.short_term_goals, sip.short_term_goals),
            (self.others_measures, sip.others_measures),
            (self.own_actions, sip.own_actions),
            (self.information_flow, sip.information_flow),
            (self.lead_person, sip.lead_person),
            (self.follow_up_caller, sip.follow_up_caller),
            (self.follow_up_measure, sip.follow_up_measure),
            (self.disagreements, sip.disagreements),
        ):
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)
        self.meeting_on.set_value(sip.meeting_on)
        self.follow_up_on.set_value(sip.follow_up_on)
        index = self.lead_principal.findData(
            sip.lead_principal.value if sip.lead_principal else None
        )
        self.lead_principal.setCurrentIndex(max(0, index))
        self.participants.setRowCount(0)
        for participant in sip.participants:
            self.add_participant(participant)
        self.interventions.setRowCount(0)
        for action in sip.actions:
            self.add_action(action)
        self._filling = False
        self.dirty = False
        self._show_state()

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _rows(self) -> tuple[tuple[Participant, ...], list[tuple[int, SipAction | None, str]]]:
        """The participants, and each insats row with its number: the action, or None
        with what the row lacks to be one (no huvudman chosen, a bad need number)."""
        participants = []
        for row in range(self.participants.rowCount()):
            name, role, organisation = (self._cell(self.participants, row, c) for c in range(3))
            if not (name or role or organisation):
                continue  # an empty row added and never filled
            present = self.participants.item(row, 3)
            participants.append(
                Participant(
                    name=name,
                    role=role,
                    organisation=organisation,
                    present=present is not None and present.checkState() == Qt.CheckState.Checked,
                )
            )
        actions: list[tuple[int, SipAction | None, str]] = []
        for row in range(self.interventions.rowCount()):
            texts = {c: self._cell(self.interventions, row, c) for c in (0, 1, 3, 4, 5)}
            combo = self.interventions.cellWidget(row, 2)
            code = combo.currentData() if isinstance(combo, QComboBox) else None
            if not any(texts.values()) and code is None:
                continue
            number = len(actions) + 1
            try:
                needs = tuple(int(n) for n in texts[1].replace(";", ",").split(",") if n.strip())
            except ValueError:
                actions.append((number, None, self.tr("behov nr ska vara radnummer, t.ex. 1, 2")))
                continue
            if code is None:
                actions.append((number, None, self.tr("vilken huvudman som svarar för den")))
                continue
            actions.append(
                (
                    number,
                    SipAction(
                        description=texts[0],
                        principal=Principal(code),
                        unit=texts[3],
                        contact=texts[4],
                        when=texts[5],
                        need_numbers=needs,
                    ),
                    "",
                )
            )
        return tuple(participants), actions

    def current(self) -> Sip:
        """The SIP as it stands on screen (an insats row that is not yet one left out)."""
        participants, actions = self._rows()
        code = self.lead_principal.currentData()
        return replace(
            self.sip,
            initiator=_text(self.initiator),
            chair=_text(self.chair),
            secretary=_text(self.secretary),
            meeting_on=self.meeting_on.value(),
            place=_text(self.place),
            question=_text(self.question),
            participants=participants,
            child_view=_text(self.child_view),
            guardian_view=_text(self.guardian_view),
            current_situation=_text(self.current_situation),
            needs=tuple(
                line.strip() for line in self.needs.toPlainText().splitlines() if line.strip()
            ),
            long_term_goals=_text(self.long_term_goals),
            short_term_goals=_text(self.short_term_goals),
            actions=tuple(action for _n, action, _why in actions if action is not None),
            others_measures=_text(self.others_measures),
            own_actions=_text(self.own_actions),
            information_flow=_text(self.information_flow),
            lead_principal=Principal(code) if code else None,
            lead_person=_text(self.lead_person),
            follow_up_caller=_text(self.follow_up_caller),
            follow_up_on=self.follow_up_on.value(),
            follow_up_measure=_text(self.follow_up_measure),
            disagreements=_text(self.disagreements),
        )

    def missing(self) -> list[str]:
        """R4 for what is on screen: the domain's list, and the insats rows that cannot be
        read yet (a row without huvudman is no insats for the law)."""
        sip = self.current()
        problem = "" if self.consent.allowed else self.consent.message
        found = sip_rules.missing_for_establishing(sip, consent_problem=problem)
        _participants, rows = self._rows()
        unreadable = [
            self.tr("insats {0}: {1}").format(n, why) for n, action, why in rows if action is None
        ]
        if unreadable:
            # Beside the other insats rows; in place of "insatserna …" when none is readable.
            found = [m for m in found if not m.startswith("insatserna")]
            at = next(
                (i for i, m in enumerate(found) if m.startswith("insats ")),
                1 if found and found[0].startswith("behoven") else 0,
            )
            found[at:at] = unreadable
        return found

    def _problem(self) -> str:
        """Why what is on screen cannot be saved at all, or empty."""
        _participants, rows = self._rows()
        for number, action, why in rows:
            if action is None:
                return self.tr("Insats {0}: ange {1}.").format(number, why)
        return ""

    # -- state on screen ----------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if self._filling:
            return
        self.dirty = True
        self.status.clear()
        self._show_state()

    def _show_state(self) -> None:
        sip = self.sip
        editable = sip.status in EDITABLE
        if not self.stored:
            state = self.tr("ny, inte sparad än")
        elif sip.status is SipStatus.ESTABLISHED and sip.established_on:
            state = self.tr("upprättad {0}").format(format_date(sip.established_on))
        elif sip.established_on:
            state = self.tr("{0} (upprättad {1})").format(
                label(sip.status).lower(), format_date(sip.established_on)
            )
        else:
            state = label(sip.status).lower()
        text = self.tr("SIP, version {0} – {1}").format(sip.version, state)
        if sip.previous_sip_id:
            text += self.tr(" · uppföljning av version {0}").format(sip.version - 1)
        self.heading.setText(text)
        self.body.setEnabled(True)
        for widget in self.body.findChildren(QLineEdit) + self.body.findChildren(QPlainTextEdit):
            widget.setReadOnly(not editable)
        for widget in self.body.findChildren(QComboBox) + self.body.findChildren(QDateEdit):
            widget.setEnabled(editable)
        for table in (self.participants, self.interventions):
            table.setEditTriggers(
                (
                    QAbstractItemView.EditTrigger.AllEditTriggers
                    & ~QAbstractItemView.EditTrigger.CurrentChanged
                )
                if editable
                else QAbstractItemView.EditTrigger.NoEditTriggers
            )
        for button in (
            self.add_participant_button,
            self.remove_participant_button,
            self.add_action_button,
            self.remove_action_button,
        ):
            button.setEnabled(editable)

        missing = self.missing() if editable else []
        if not editable:
            self.checklist_title.setText(
                self.tr("SIP:en är {0}.").format(label(sip.status).lower())
            )
            self.checklist.setText(
                escape(
                    self.tr(
                        "En upprättad SIP ändras inte. Gör en uppföljning: den blir en ny "
                        "version att arbeta vidare i."
                    )
                )
            )
        elif missing:
            self.checklist_title.setText(self.tr("Innan SIP:en kan upprättas saknas"))
            self.checklist.setText(
                "".join(
                    f"<p style='margin:0 0 6px 0'>☐ {escape(shape(say(m), 'upper_first'))}</p>"
                    for m in missing
                )
            )
        else:
            self.checklist_title.setText(self.tr("Allt som lagen kräver finns med"))
            self.checklist.setText(
                "<p>✓ "
                + escape(self.tr("SIP:en kan upprättas när mötet har hållits och alla är överens."))
                + "</p>"
            )
        self.save_button.setVisible(editable)
        self.called_button.setVisible(sip.status is SipStatus.DRAFT)
        self.establish_button.setVisible(editable)
        self.establish_button.setEnabled(not missing)
        self.establish_button.setToolTip(
            self.tr("Fyll i det som saknas i listan till höger först.") if missing else ""
        )
        self.follow_up_button.setVisible(
            sip.status in (SipStatus.ESTABLISHED, SipStatus.FOLLOWED_UP)
        )
        self.print_button.setText(self.tr("Skriv ut utkast…") if editable else self.tr("Skriv ut…"))

    def checklist_lines(self) -> list[str]:
        """What the checklist shows, as plain lines (for a test and a screen reader)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.checklist.text())
        return [line for line in document.toPlainText().splitlines() if line.strip()]

    # -- work -------------------------------------------------------------------------

    def _run(self, work: Callable[[CaseloadService], Any], done: Callable[[Any], None]) -> None:
        """A change through the window's `run_op`: the student page is read again by the
        window's `changed` signal; a refusal is said here, with everything still typed."""
        if self.main.service is None:
            return
        self.error.clear()
        self._busy(True)

        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._busy(False)
            self.error.setText(self.main.message(error))

        self.main.run_op(work, done=finished, failed=failed)

    def _busy(self, on: bool) -> None:
        for button in (
            self.save_button,
            self.called_button,
            self.follow_up_button,
            self.print_button,
        ):
            button.setEnabled(not on)
        if on:
            self.establish_button.setEnabled(False)
        else:
            self._show_state()

    def _saving(self) -> Sip | None:
        """The SIP to save first, or None when nothing on screen has changed; sets the
        error and raises nothing when a row cannot be read."""
        if self.sip.status not in EDITABLE or (self.stored and not self.dirty):
            return None
        return self.current()

    def save(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        sip = self.current()
        self._run(
            lambda s: s.save_sip(sip),
            lambda saved: self._stored(saved, self.tr("Utkastet är sparat.")),
        )

    def move_to(self, to: SipStatus) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        pending = self._saving() if self.sip.status in EDITABLE else None
        sip_id = self.sip.id

        def work(s: CaseloadService) -> Sip:
            if pending is not None:
                s.save_sip(pending)
            return s.move_sip(sip_id, to)

        said = {
            SipStatus.CALLED: self.tr("SIP:en är markerad som kallad."),
            SipStatus.ESTABLISHED: self.tr(
                "SIP:en är upprättad. Den ändras nu bara genom en uppföljning."
            ),
        }.get(to, "")
        self._run(work, lambda moved: self._stored(moved, said))

    def follow_up(self) -> None:
        sip_id = self.sip.id
        self._run(
            lambda s: s.follow_up_sip(sip_id),
            lambda successor: self._stored(
                successor,
                self.tr(
                    "Version {0} är uppföljd. Version {1} är ett nytt utkast med samma innehåll: "
                    "ange mötesdatum och nytt datum för uppföljning."
                ).format(successor.version - 1, successor.version),
            ),
        )

    def print_draft(self) -> None:
        """The draft is saved first, then rendered; a refusal (a consent that does not
        cover a recipient, say) is said here, in the dialog."""
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        pending = self._saving()
        it = self.main.deployment
        student_id = self.student_id

        def work(s: CaseloadService) -> Any:
            if pending is not None:
                saved = s.save_sip(pending)
            else:
                saved = None
            documents = DocumentService(s, letterhead=Letterhead(it.district, it.logo))
            return saved, documents.prepare(DocumentKind.SIP, student_id)

        def done(result: Any) -> None:
            saved, document = result
            if saved is not None:
                self._stored(saved, "")
            self.documents.show(document)

        self._run(work, done)

    def _stored(self, sip: Sip, message: str) -> None:
        self.sip = sip
        self.stored = True
        self._fill(sip)
        self.status.setText(message)

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Stäng (or Esc): unsaved changes are asked about, never dropped silently. At a
        lock the dialog just closes."""
        if self.property("closed_by_lock"):
            self._keep_at_lock()
        elif self.dirty and self.sip.status in EDITABLE:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                problem = self._problem()
                if problem:
                    self.error.setText(problem)
                    return
                sip = self.current()
                self._run(lambda s: s.save_sip(sip), lambda _saved: QDialog.reject(self))
                return
        super().reject()

    def _keep_at_lock(self) -> None:
        """The lock closes the dialog: a changed draft is saved first, as the journal's
        drafts are (the db thread does it before the vault closes)."""
        service = self.main.service
        if service is None or not self.dirty or self.sip.status not in EDITABLE:
            return
        if self._problem():
            return  # a row that is no insats yet cannot be stored
        sip = self.current()

        def keep() -> None:
            service.save_sip(sip)
            service.take_changes()  # no view is left to refresh once the vault is locked

        self.main.runner.run_db(keep, failed=lambda _e: None)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Osparade ändringar"),
            self.tr("Du har ändrat i SIP:en utan att spara. Spara ändringarna?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
