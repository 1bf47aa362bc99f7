"""Importing a school's attendance export: file, columns, preview, then import. Layer: ui.

One dialog, three steps from top to bottom. Reading, previewing and writing
run on the db thread behind a progress bar; nothing is written until the
person presses "Importera", and then all the ticked rows or none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.formatting import format_date, mask_personnummer
from sstdesk.imports.mapping import FIELDS, ColumnMapping, Unit
from sstdesk.imports.table import ImportFileError, Table
from sstdesk.services.attendance_import import AttendanceImport, ImportPreview
from sstdesk.ui.forms import fit_to_screen
from sstdesk.ui.labels import say
from sstdesk.ui.numbers import pct

if TYPE_CHECKING:
    from sstdesk.ui.context import Window


# The labels of imports.mapping, for lupdate (they are translated by value at run time).
_LABELS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Personnummer"),
    QT_TRANSLATE_NOOP("ImportDialog", "Namn"),
    QT_TRANSLATE_NOOP("ImportDialog", "Period från"),
    QT_TRANSLATE_NOOP("ImportDialog", "Period till"),
    QT_TRANSLATE_NOOP("ImportDialog", "Total frånvaro"),
    QT_TRANSLATE_NOOP("ImportDialog", "Giltig frånvaro"),
    QT_TRANSLATE_NOOP("ImportDialog", "Ogiltig frånvaro"),
    QT_TRANSLATE_NOOP("ImportDialog", "Schemalagd tid (minuter eller lektioner)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Procent"),
    QT_TRANSLATE_NOOP("ImportDialog", "Minuter"),
    QT_TRANSLATE_NOOP("ImportDialog", "Lektioner"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    def __init__(self, window: Window, schools: list[tuple[str, str]]) -> None:
        super().__init__(window)
        self.window = window
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self.imported: int | None = None
        self.setWindowTitle(self.tr("Importera närvaro från skolan"))
        fit_to_screen(self, 980, 760, window)
        outer = QVBoxLayout(self)
        # The three steps scroll on a small screen; Importera and Stäng stay below them.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        steps = QHBoxLayout()  # 1 and 2 side by side: the preview gets the height
        layout.addLayout(steps)

        # 1. the file
        first = QGroupBox(self.tr("1. Fil och skola"))
        form = QFormLayout(first)
        self.school = QComboBox()
        for name, school_id in schools:
            self.school.addItem(name, school_id)
        self.school.setAccessibleName(self.tr("Skola"))
        form.addRow(self.tr("Skola"), self.school)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Ingen fil vald."))
        self.choose_button = QPushButton(self.tr("Välj fil…"))
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Fil (CSV eller XLSX)"), row)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("t.ex. Skola24-export"))
        self.source.setAccessibleName(self.tr("Datakälla"))
        form.addRow(self.tr("Datakälla"), self.source)
        period = QHBoxLayout()
        today = dt.date.today()
        self.period_from = _date_edit(today.replace(day=1) - dt.timedelta(days=1))
        self.period_from.setDate(self.period_from.date().addDays(1 - self.period_from.date().day()))
        self.period_to = _date_edit(today.replace(day=1) - dt.timedelta(days=1))
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        period.addStretch(1)
        self.period_box = QWidget()
        self.period_box.setLayout(period)
        form.addRow(self.tr("Period (om filen saknar period)"), self.period_box)
        steps.addWidget(first, 1)

        # 2. the columns
        self.columns_box = QGroupBox(self.tr("2. Kolumner"))
        columns = QFormLayout(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}
        for key, label in FIELDS.items():
            combo = QComboBox()
            combo.setAccessibleName(_tr(label))
            self.column_combos[key] = combo
            columns.addRow(_tr(label), combo)
        self.unit = QComboBox()
        for unit in Unit:
            self.unit.addItem(_tr(unit.label), unit.value)
        columns.addRow(self.tr("Frånvaron anges i"), self.unit)
        self.preview_button = QPushButton(self.tr("Förhandsgranska"))
        self.preview_button.clicked.connect(self._preview)
        columns.addRow("", self.preview_button)
        self.columns_box.setEnabled(False)
        steps.addWidget(self.columns_box, 1)

        # 3. the preview
        third = QGroupBox(self.tr("3. Förhandsgranskning"))
        rows = QVBoxLayout(third)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        rows.addWidget(self.summary)
        self.rows = QTableWidget(0, 7)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Rad"),
                self.tr("Personnummer"),
                self.tr("Namn"),
                self.tr("Period"),
                self.tr("Frånvaro (giltig/ogiltig)"),
                self.tr("Anmärkning"),
            ]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().hide()  # the file's own line numbers are in "Rad"
        self.rows.setAccessibleName(self.tr("Rader i filen"))
        rows.addWidget(self.rows, 1)
        layout.addWidget(third, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.import_button = QPushButton(self.tr("Importera"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._commit)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.reject)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.busy)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        outer.addLayout(bottom)

    # -- plumbing -----------------------------------------------------------------

    def _importer(self) -> AttendanceImport | None:
        service = self.window.service
        return AttendanceImport(service) if service is not None else None

    def _run(self, work: Any, done: Any) -> None:
        self.busy.show()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Arbetar…"))

        def finished(result: Any) -> None:
            self.busy.hide()
            self.message.setText("")
            done(result)

        self.window.runner.run_db(work, done=finished, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setText(self.window.message(error))

    # -- 1. file ------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """The operating system's file dialog (tests answer it)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj närvaroexport"),
            str(Path.home()),
            self.tr("Närvaroexporter (*.csv *.txt *.xlsx)"),
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        path = self.choose_file()
        importer = self._importer()
        if path is None or importer is None:
            return
        school_id = self.school.currentData()
        self.file_label.setText(path.name)

        def work() -> tuple[Table, ColumnMapping]:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ImportFileError(
                    f"Filen {path.name} gick inte att läsa. Kontrollera att den finns och att "
                    "du får öppna den."
                ) from error
            table = importer.read(data, path.name)
            return table, importer.mapping_for(school_id, table)

        self._run(work, self._show_columns)

    def _show_columns(self, result: tuple[Table, ColumnMapping]) -> None:
        table, mapping = result
        self.table, self.preview = table, None
        self._clear_rows()
        for key, combo in self.column_combos.items():
            combo.clear()
            combo.addItem(self.tr("(finns inte)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Kolumn {0}").format(index + 1), index)
            chosen = getattr(mapping, key)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
        self.unit.setCurrentIndex([u for u in Unit].index(mapping.unit))
        self.columns_box.setEnabled(True)
        self.summary.setText(
            self.tr("{0} rader, {1}. Kontrollera kolumnerna och förhandsgranska.").format(
                len(table.rows), table.description
            )
        )

    def mapping(self) -> ColumnMapping:
        chosen = {
            key: (None if combo.currentData() in (None, -1) else int(combo.currentData()))
            for key, combo in self.column_combos.items()
        }
        return ColumnMapping(**chosen, unit=Unit(self.unit.currentData()))

    # -- 2. preview ---------------------------------------------------------------

    def _preview(self) -> None:
        importer, table = self._importer(), self.table
        if importer is None or table is None:
            return
        mapping = self.mapping()
        period = (self.period_from.date().toPython(), self.period_to.date().toPython())
        source = self.source.text()

        def work() -> ImportPreview:
            return importer.preview(
                table,
                mapping,
                period=None if mapping.period_start is not None else period,
                source_name=source,
            )

        self._run(work, self._show_preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._clear_rows()
        entries: list[tuple[int, list[str], bool | None]] = []
        for m in preview.matched:
            note = self.tr("Namnet i filen: {0}").format(m.row.name) if m.name_differs else ""
            entries.append((m.row.line, [self.tr("Matchad"), *_cells(m.row, m.name), note], True))
        for m in preview.already:
            entries.append(
                (
                    m.row.line,
                    [
                        self.tr("Finns redan"),
                        *_cells(m.row, m.name),
                        self.tr("Perioden är redan registrerad"),
                    ],
                    None,
                )
            )
        for r in preview.unknown:
            entries.append(
                (
                    r.line,
                    [
                        self.tr("Okänd"),
                        *_cells(r, r.name),
                        self.tr("Ingen elev med pågående ärende"),
                    ],
                    None,
                )
            )
        for e in preview.errors:
            entries.append(
                (e.line, [self.tr("Fel"), str(e.line), "", "", "", "", say(e.reason)], None)
            )
        entries.sort(key=lambda entry: entry[0])
        self.rows.setRowCount(len(entries))
        for r, (_line, cells, checkable) in enumerate(entries):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 0 and checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    item.setData(Qt.ItemDataRole.UserRole, _line)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n rader kan importeras,", "", len(preview.matched)),
                    self.tr("%n finns redan,", "", len(preview.already)),
                    self.tr("%n elever är okända och", "", len(preview.unknown)),
                    self.tr("%n rader har fel.", "", len(preview.errors)),
                    self.tr("Bara de markerade raderna importeras."),
                )
            )
        )
        self.import_button.setEnabled(bool(preview.matched))
        self.import_button.setText(self.tr("Importera {0} rader").format(len(preview.matched)))

    def accepted_lines(self) -> set[int]:
        lines = set()
        for r in range(self.rows.rowCount()):
            item = self.rows.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                lines.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return lines

    # -- 3. import ----------------------------------------------------------------

    def _commit(self) -> None:
        importer, preview = self._importer(), self.preview
        if importer is None or preview is None:
            return
        school_id = self.school.currentData()
        lines = self.accepted_lines()
        self.import_button.setEnabled(False)

        def done(count: int) -> None:
            self.imported = count
            self.message.setStyleSheet("color: #1f3a5f;")
            self.message.setText(self.tr("{0} perioder är importerade.").format(count))
            self.window.refresh_caseload()

        def failed(error: BaseException) -> None:
            self._failed(error)
            self.import_button.setEnabled(True)

        self.busy.show()
        self.window.runner.run_db(
            lambda: importer.commit(preview, school_id=school_id, accept=lines),
            done=lambda count: (self.busy.hide(), done(count)),
            failed=failed,
        )

    def _clear_rows(self) -> None:
        self.rows.setRowCount(0)
        self.import_button.setEnabled(False)


def _cells(row: Any, name: str) -> list[str]:
    return [
        str(row.line),
        mask_personnummer(row.personnummer),
        name,
        f"{format_date(row.period_start)} – {format_date(row.period_end)}",
        f"{pct(row.total_pct)} ({pct(row.valid_pct)} / {pct(row.invalid_pct)})",
    ]


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit
