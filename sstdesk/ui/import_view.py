"""Importing a school's attendance export: file, columns, preview, then import. Layer: ui.

One dialog, three steps from top to bottom. Reading, previewing and writing
run on the db thread behind a progress bar; nothing is written until the
person presses "Importera", and then all the ticked rows or none.

Once a file is read, "Så läses kolumnerna" shows each column as the import will read
it ("Ogiltig frånvaro – timmar av schemalagd tid") with the first rows' values
converted, and what the person should decide (a unit the file does not give, two
columns that could be the same thing). Each field has its column and, for the
absence and the scheduled time, its unit; any change is shown at once and asks for
a new preview before anything can be imported.

The period starts unchosen ("Välj datum"): the file's, when it states one, is shown
in it; otherwise the person states it, and there is no preview until both dates are
given. A row overlapping a period already registered for the case is shown unticked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
from sstdesk.imports.mapping import FIELDS, MEASURED, ColumnMapping, Unit, suggested_unit
from sstdesk.imports.reading import concerns, readings
from sstdesk.imports.table import ImportFileError, Table
from sstdesk.services.attendance_import import (
    AttendanceImport,
    ImportPreview,
    MappingChoice,
    Written,
)
from sstdesk.ui.forms import fit_to_screen
from sstdesk.ui.labels import say
from sstdesk.ui.numbers import pct
from sstdesk.ui.unset_date import UnsetDate

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
    QT_TRANSLATE_NOOP("ImportDialog", "Andel (0–1)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Timmar"),
    QT_TRANSLATE_NOOP("ImportDialog", "Dagar"),
)
# The units a scheduled time can be in (a share of nothing is no time).
SCHEDULED_UNITS = (Unit.HOURS, Unit.MINUTES, Unit.LESSONS, Unit.DAYS)
# A period date not yet chosen: the date edit sits on this day and shows "Välj datum".


def _fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its contents, the last taking what is left. (Resizing the
    stretched last one too, while the table is still hidden, stops it stretching.)"""
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)


def _narrow(combo: QComboBox) -> QComboBox:
    """A combo as wide as its column, not its longest entry: a file's long headers would
    widen the dialog past a small screen (the whole entry shows when it opens)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    def __init__(self, window: Window, schools: list[tuple[str, str]]) -> None:
        super().__init__(window)
        self.window = window
        self.table: Table | None = None
        self.remembered_concerns: tuple[str, ...] = ()  # a school's choice that did not fit
        self.preview: ImportPreview | None = None
        self.imported: int | None = None
        self.imported_preview: ImportPreview | None = None  # written: not to be imported again
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
        # a field goes under its label where the two do not fit side by side
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        self.period_from = UnsetDate(self.tr("Välj datum"))
        self.period_to = UnsetDate(self.tr("Välj datum"))
        self.period_from.setAccessibleName(self.tr("Period från"))
        self.period_to.setAccessibleName(self.tr("Period till"))
        self.period_from_file = False  # the dates shown are the file's, not the person's
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        period.addStretch(1)
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _d: self._mapping_changed())
        self.period_box = QWidget()
        self.period_box.setLayout(period)
        form.addRow(self.tr("Period (om filen saknar period)"), self.period_box)
        steps.addWidget(first, 1)

        # 2. the columns
        self.columns_box = QGroupBox(self.tr("2. Kolumner"))
        columns = QFormLayout(self.columns_box)
        columns.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.column_combos: dict[str, QComboBox] = {}
        self.unit_combos: dict[str, QComboBox] = {}
        for key, label in FIELDS.items():
            combo = _narrow(QComboBox())
            combo.setAccessibleName(_tr(label))
            combo.currentIndexChanged.connect(lambda _i, key=key: self._column_changed(key))
            self.column_combos[key] = combo
            if key not in MEASURED:
                columns.addRow(_tr(label), combo)
                continue
            unit = _narrow(QComboBox())
            unit.hide()  # until a file is read
            unit.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.unit_combos[key] = unit
            pair = QHBoxLayout()
            pair.addWidget(combo, 2)
            pair.addWidget(unit, 1)
            columns.addRow(_tr(label), pair)
        self.preview_button = QPushButton(self.tr("Förhandsgranska"))
        self.preview_button.clicked.connect(self._preview)
        columns.addRow("", self.preview_button)
        self.columns_box.setEnabled(False)
        steps.addWidget(self.columns_box, 1)

        # how each column is read, once a file is
        self.readings_box = QGroupBox(self.tr("Så läses kolumnerna"))
        reading = QVBoxLayout(self.readings_box)
        self.concerns = QLabel()
        self.concerns.setWordWrap(True)
        self.concerns.setStyleSheet("color: #8a4b00;")
        self.concerns.setAccessibleName(self.tr("Att kontrollera"))
        reading.addWidget(self.concerns)
        self.readings = QTableWidget(0, 3)
        self.readings.setHorizontalHeaderLabels(
            [self.tr("Kolumn i filen"), self.tr("Läses som"), self.tr("De första raderna")]
        )
        # the samples take what is left (a stretched section keeps out of resizing to contents)
        self.readings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.readings.verticalHeader().hide()
        self.readings.setAccessibleName(self.tr("Så läses kolumnerna"))
        self.readings.setMinimumHeight(120)
        self.readings.setMaximumHeight(220)  # the preview below keeps the height
        reading.addWidget(self.readings, 1)
        self.readings_box.hide()
        layout.addWidget(self.readings_box)

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
        self.rows.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()  # the file's own line numbers are in "Rad"
        self.rows.setAccessibleName(self.tr("Rader i filen"))
        self.rows.itemChanged.connect(lambda _item: self._ticked_changed())
        self.rows.setMinimumHeight(190)  # five rows and the header, whatever is above
        rows.addWidget(self.rows, 1)
        layout.addWidget(third, 1)
        self.scroll = scroll = QScrollArea()
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

        def work() -> tuple[Table, MappingChoice]:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ImportFileError(
                    f"Filen {path.name} gick inte att läsa. Kontrollera att den finns och att "
                    "du får öppna den."
                ) from error
            table = importer.read(data, path.name)
            return table, importer.choose_mapping(school_id, table)

        self._run(work, self._show_columns)

    def _show_columns(self, result: tuple[Table, MappingChoice]) -> None:
        table, choice = result
        mapping = choice.mapping
        self.table, self.preview = None, None  # no reading while the combos fill
        self.remembered_concerns = choice.concerns  # shown for as long as the file is
        self._clear_rows()
        for key, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(finns inte)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Kolumn {0}").format(index + 1), index)
            chosen = getattr(mapping, key)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        for key, combo in self.unit_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Välj enhet…"), "")
            for unit in SCHEDULED_UNITS if key == "scheduled" else tuple(Unit):
                combo.addItem(_tr(unit.label), unit.value)
            self._set_unit(key, mapping.unit_of(key))
            combo.show()
            combo.blockSignals(False)
        if table.period is not None:  # the file states it: shown, and the person may correct it
            self.period_from.set_value(table.period[0])
            self.period_to.set_value(table.period[1])
            self.period_from_file = True
        elif self.period_from_file:  # the last file's period is not this one's
            self.period_from.set_value(None)
            self.period_to.set_value(None)
            self.period_from_file = False
        self.table = table
        self.columns_box.setEnabled(True)
        self.readings_box.show()
        self._show_readings()
        self.summary.setText(
            self.tr("{0} rader, {1}. Kontrollera kolumnerna och förhandsgranska.").format(
                len(table.rows), table.description
            )
        )

    def _set_unit(self, key: str, unit: Unit | None) -> None:
        combo = self.unit_combos[key]
        found = combo.findData(unit.value if unit is not None else "")
        combo.setCurrentIndex(max(found, 0))

    def _column_changed(self, key: str) -> None:
        """A column chosen for a field: its unit is what its header and cells say."""
        table = self.table
        if table is None:
            return
        if key in self.unit_combos:
            index = self.column_combos[key].currentData()
            combo = self.unit_combos[key]
            combo.blockSignals(True)
            self._set_unit(key, suggested_unit(table, int(index)) if index is not None else None)
            combo.blockSignals(False)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        """Any change to the columns or units: shown at once; the preview is read again."""
        if self.table is None:
            return
        if self.preview is not None:
            self.preview = None
            self._clear_rows()
            self.summary.setText(self.tr("Kolumnerna är ändrade: förhandsgranska igen."))
        self._show_readings()

    def _show_readings(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        period = self.period()
        today = dt.date.today()
        read = readings(table, mapping, today=today, period=None if table.period else period)
        self.readings.setRowCount(len(read))
        for row, column in enumerate(read):
            header = column.header or self.tr("Kolumn {0}").format(column.index + 1)
            samples = "   ".join(say(sample) for sample in column.samples)
            for c, text in enumerate((header, say(column.how), samples)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.readings.setItem(row, c, item)
        _fit_columns(self.readings)
        self.period_box.setEnabled(mapping.period_start is None)  # else the rows give it
        problems = [say(text) for text in (*self.remembered_concerns, *concerns(table, mapping))]
        problems += [say(text) for text in self._missing(mapping)]
        self.concerns.setText("\n".join(f"• {text}" for text in problems))
        self.concerns.setVisible(bool(problems))

    def _missing(self, mapping: ColumnMapping) -> list[str]:
        lacking = mapping.missing()
        if not lacking:
            return []
        return [
            self.tr("Välj innan förhandsgranskningen: {0}.").format(
                ", ".join(say(item) for item in lacking)
            )
        ]

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The period in the fields (the file's, or as the person gives it), None while a
        date is not chosen or the end is before the start."""
        start, end = self.period_from.value(), self.period_to.value()
        if start is None or end is None or end < start:
            return None
        return start, end

    def _period_refused(self) -> str:
        """Why there can be no preview yet for want of a period, or ""."""
        start, end = self.period_from.value(), self.period_to.value()
        if start is None or end is None:
            return self.tr(
                "Filen anger ingen period. Välj vilken period närvaron gäller, både från och "
                "till, innan förhandsgranskningen."
            )
        if end < start:
            return self.tr("Periodens slut ligger före dess början. Rätta perioden.")
        return ""

    def mapping(self) -> ColumnMapping:
        chosen = {
            key: (None if combo.currentData() in (None, -1) else int(combo.currentData()))
            for key, combo in self.column_combos.items()
        }
        units = {
            key: Unit(combo.currentData())
            for key, combo in self.unit_combos.items()
            if combo.currentData() and chosen.get(key) is not None
        }
        return ColumnMapping(**chosen, units=units)

    # -- 2. preview ---------------------------------------------------------------

    def _preview(self) -> None:
        importer, table = self._importer(), self.table
        if importer is None or table is None:
            return
        mapping = self.mapping()
        period = self.period()
        source = self.source.text()
        if not mapping.missing() and mapping.period_start is None and period is None:
            self.message.setStyleSheet("color: #a4262c;")
            self.message.setText(self._period_refused())
            self.period_from.setFocus()
            return

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
        entries: list[tuple[int, list[str], bool | None]] = []  # ticked, unticked, neither
        for m in preview.matched:
            note = self.tr("Namnet i filen: {0}").format(m.row.name) if m.name_differs else ""
            entries.append((m.row.line, [self.tr("Matchad"), *_cells(m.row, m.name), note], True))
        for m in preview.overlapping:
            spans = ", ".join(f"{format_date(a)} – {format_date(b)}" for a, b in m.overlaps)
            entries.append(
                (
                    m.row.line,
                    [
                        self.tr("Överlappar"),
                        *_cells(m.row, m.name),
                        self.tr(
                            "Överlappar {0} (redan registrerad). Bocka i raden om båda ska finnas."
                        ).format(spans),
                    ],
                    False,
                )
            )
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
        self.rows.blockSignals(True)
        self.rows.setRowCount(len(entries))
        for r, (_line, cells, ticked) in enumerate(entries):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == len(cells) - 1:
                    item.setToolTip(text)  # the note may be wider than the column
                if c == 0 and ticked is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                    item.setData(Qt.ItemDataRole.UserRole, _line)
                self.rows.setItem(r, c, item)
        self.rows.blockSignals(False)
        _fit_columns(self.rows)
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n rader kan importeras,", "", len(preview.matched)),
                    self.tr(
                        "%n överlappar en registrerad period (importeras bara om du bockar i dem),",
                        "",
                        len(preview.overlapping),
                    ),
                    self.tr("%n finns redan,", "", len(preview.already)),
                    self.tr("%n elever är okända och", "", len(preview.unknown)),
                    self.tr("%n rader har fel.", "", len(preview.errors)),
                    self.tr("Bara de markerade raderna importeras."),
                )
            )
        )
        self._ticked_changed()
        # On a small screen the rows are below the fold: bring them, and what is said
        # about them, into view.
        self.scroll.ensureWidgetVisible(self.rows, 0, 0)
        self.scroll.ensureWidgetVisible(self.summary, 0, 0)

    def _ticked_changed(self) -> None:
        """The import button says how many rows are ticked, and is off with none."""
        if self.preview is None or self.imported_preview is self.preview:
            return
        count = len(self.accepted_lines())
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(self.tr("Importera {0} rader").format(count))

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

        def done(written: Written) -> None:
            self.imported = written.written
            self.imported_preview = preview
            self.message.setStyleSheet("color: #1f3a5f;")
            said = [self.tr("{0} perioder är importerade.").format(written.written)]
            said += [say(text) for text in written.skipped()]
            self.message.setText(" ".join(said))
            self.window.refresh_caseload()

        def failed(error: BaseException) -> None:
            self._failed(error)
            self.import_button.setEnabled(True)

        self.busy.show()
        self.window.runner.run_db(
            lambda: importer.write(preview, school_id=school_id, accept=lines),
            done=lambda written: (self.busy.hide(), done(written)),
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
