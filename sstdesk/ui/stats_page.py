"""The statistics page: the team's figures for a period, by kön, with a chart. Layer: ui.

On screen the counts are shown as they are (they never leave the laptop from
here); the PDF and CSV exports are suppressed by the service, and saving one
first says that the file leaves the vault.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sstdesk.services.city_statistics import Sender
from sstdesk.services.statistics import Selection
from sstdesk.stats.facts import Period
from sstdesk.stats.indicators import Report
from sstdesk.stats.suppress import shown_counts
from sstdesk.stats.tables import GROUPS, CountTable, Measure, header
from sstdesk.ui.labels import say
from sstdesk.ui.numbers import decimal, pct

COLORS = ("#1f3a5f", "#6c8ebf", "#b9c7da")


def periods(today: dt.date) -> list[Period]:
    """This term, the term before, this school year and the one before."""
    if today.month >= 7:
        terms = [Period.term(today.year, autumn=True), Period.term(today.year, autumn=False)]
        first_year = today.year
    else:
        terms = [Period.term(today.year, autumn=False), Period.term(today.year - 1, autumn=True)]
        first_year = today.year - 1
    return [*terms, Period.school_year(first_year), Period.school_year(first_year - 1)]


class StatisticsPage(QWidget):
    back_requested = Signal()
    selection_changed = Signal()
    export_requested = Signal(str)  # "pdf" or "csv"
    send_requested = Signal()  # the team's counts, sealed to the city's statistician
    trust_requested = Signal()  # the statistician checks new laptops' codes

    def __init__(self) -> None:
        super().__init__()
        self.report: Report | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back = QPushButton(self.tr("← Elevlistan"))
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.back)
        title = QLabel(self.tr("Statistik"))
        font = title.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title, 1)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("Skola"))
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Årskurs"))
        # "Egen period…": two dates, shown only when chosen
        self.custom_from = QDateEdit()
        self.custom_to = QDateEdit()
        for edit, name in (
            (self.custom_from, QT_TRANSLATE_NOOP("StatisticsPage", "Från")),
            (self.custom_to, QT_TRANSLATE_NOOP("StatisticsPage", "Till")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(self.tr(name))
            edit.hide()
            edit.dateChanged.connect(self._changed)
        top.addWidget(self.period)
        top.addWidget(self.custom_from)
        top.addWidget(self.custom_to)
        top.addWidget(self.school)
        top.addWidget(self.grade)
        self.pdf_button = QPushButton(self.tr("Exportera PDF…"))
        self.csv_button = QPushButton(self.tr("Exportera CSV…"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        layout.addLayout(top)
        # The city: the statistician chooses the whole city; a team sends its counts.
        city = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Vems statistik"))
        self.scope.addItem(self.tr("Teamets statistik"), False)
        self.scope.addItem(self.tr("Hela staden (alla team)"), True)
        self.scope.hide()
        self.scope.currentIndexChanged.connect(self._changed)
        self.send_button = QPushButton(self.tr("Skicka läsårets statistik till staden…"))
        self.send_button.setToolTip(
            self.tr(
                "Teamets antal för läsåret förseglas till stadens statistiker. Servern kan "
                "inte läsa dem."
            )
        )
        self.send_button.clicked.connect(self.send_requested)
        self.send_button.hide()
        self.trust_button = QPushButton(self.tr("Stäm av nya datorers koder…"))
        self.trust_button.setToolTip(
            self.tr(
                "Ett team som skickar från en dator vars kod du inte har stämt av räknas inte "
                "med förrän du har gjort det."
            )
        )
        self.trust_button.clicked.connect(self.trust_requested)
        self.trust_button.hide()
        city.addWidget(self.scope)
        city.addWidget(self.trust_button)
        city.addStretch(1)
        city.addWidget(self.send_button)
        layout.addLayout(city)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setAccessibleName(self.tr("Diagram: elever under perioden per kön"))
        layout.addWidget(self.chart_view, 2)
        self.tables = QTextBrowser()
        self.tables.setAccessibleName(self.tr("Tabeller"))
        layout.addWidget(self.tables, 3)
        self._filling = False
        for combo in (self.period, self.school, self.grade):
            combo.currentIndexChanged.connect(self._changed)

    def set_choices(self, today: dt.date, schools: dict[str, str]) -> None:
        self._filling = True
        self.period.clear()
        for period in periods(today):
            self.period.addItem(say(period.label), period)
        self.period.addItem(self.tr("Egen period…"), None)
        start = QDate(today.year, today.month, 1).addMonths(-1)
        self.custom_from.setDate(start)
        self.custom_to.setDate(start.addMonths(1).addDays(-1))
        self.school.clear()
        self.school.addItem(self.tr("Alla skolor"), None)
        for school_id, name in schools.items():
            self.school.addItem(name, school_id)
        self.grade.clear()
        self.grade.addItem(self.tr("Alla årskurser"), None)
        for grade in range(1, 10):
            self.grade.addItem(self.tr("Årskurs {0}").format(grade), grade)
        self.period.setCurrentIndex(2)  # this school year
        self._filling = False

    def set_city(self, *, can_send: bool, statistician: bool) -> None:
        """What this laptop may do with the city's statistics."""
        self.send_button.setVisible(can_send)
        self.scope.setVisible(statistician)
        self.trust_button.hide()
        if not statistician:
            self.scope.setCurrentIndex(0)

    def city_mode(self) -> bool:
        return bool(self.scope.currentData())

    def selection(self) -> Selection:
        period = self.period.currentData()
        if period is None:  # Egen period
            start, end = self.custom_from.date().toPython(), self.custom_to.date().toPython()
            start, end = min(start, end), max(start, end)
            period = Period(start, end, f"{start.isoformat()} – {end.isoformat()}")
        return Selection(
            period,
            school_id=self.school.currentData(),
            grade=self.grade.currentData(),
        )

    def _changed(self) -> None:
        city = self.city_mode()
        self.school.setVisible(not city)
        self.grade.setVisible(not city)
        if not city:
            self.trust_button.hide()
        custom = self.period.currentData() is None and self.period.count() > 0
        self.custom_from.setVisible(custom)
        self.custom_to.setVisible(custom)
        if not self._filling:
            self.selection_changed.emit()

    def show_report(self, report: Report) -> None:
        self.report = report
        self._draw_chart(report.flows)
        parts = [
            f"<p style='color:#5a6470'>{html.escape(say(report.period.label))} · "
            f"{html.escape(say(report.scope))}. "
            + html.escape(
                self.tr(
                    "Här visas alla tal; i PDF och CSV döljs celler under 5 (”<5”) och de "
                    "celler som annars kunde avslöja dem (”..”)."
                )
            )
            + "</p>"
        ]
        for table in report.count_tables():
            rows = zip(table.labels(), shown_counts(table, None), strict=True)
            parts.append(_html_table(table.title, rows))
        measures = report.measures
        parts.append(
            _html_table(
                measures.title,
                zip(
                    measures.rows,
                    [[self._measure(m) for m in row] for row in measures.cells],
                    strict=True,
                ),
            )
        )
        self.tables.setHtml("".join(parts))

    def _measure(self, m: Measure) -> str:
        """A measure the window's way: "34,5 dagar", "34.5 days", "12,5 %"."""
        if m.value is None:
            return "–"
        if m.unit == "%":
            return pct(m.value)
        if m.unit == "dagar":
            if float(m.value).is_integer():  # "1 dag", "33 dagar"
                return self.tr("%n dagar", "", int(m.value))
            return self.tr("{0} dagar").format(decimal(m.value))
        return decimal(m.value)

    def _draw_chart(self, flows: CountTable) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        for index, group in enumerate(GROUPS):
            bars = QBarSet(say(group.label))
            bars.setColor(QColor(COLORS[index]))
            for row in flows.counts:
                bars.append(row[index])
            series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([say(row) for row in flows.rows])
        values = QValueAxis()
        top = max([v for row in flows.counts for v in row] + [4])
        values.setRange(0, top + 1)
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(say(flows.title) + ", " + self.tr("per kön"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a4262c;" if error else "color: #1f3a5f;")
        self.status.setText(text)

    # -- the operating system's dialogs (tests answer them) -------------------------

    def confirm_export(self, caution: str = "") -> bool:
        """`caution`: what the export rules out later, said before it is made."""
        text = self.tr(
            "Statistiken sparas okrypterad. Den innehåller inga uppgifter om enskilda: "
            "celler med färre än fem elever visas som ”<5”, och celler som annars kunde "
            "avslöja dem som ”..”. Exporten loggas."
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Filen lämnar programmets skydd"),
            f"{text}\n\n{caution}" if caution else text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def confirm_send(self, school_year: str, caution: str = "") -> bool:
        text = self.tr(
            "Teamets antal för {0} – per termin, skola, årskurs och kön, med skolorna "
            "numrerade i stället för namngivna och utan uppgifter om enskilda – "
            "förseglas till stadens statistiker och skickas till servern, som inte kan "
            "läsa dem. Skickas de igen ersätter de de förra."
        ).format(school_year)
        answer = QMessageBox.question(
            self,
            self.tr("Skicka statistiken till staden"),
            f"{text}\n\n{caution}" if caution else text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_trusted(self, pending: tuple[Sender, ...]) -> list[Sender]:
        """The new laptops whose codes the statistician has checked with their teams."""
        dialog, boxes = self.trust_dialog(pending)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [sender for box, sender in boxes if box.isChecked()]

    def trust_dialog(
        self, pending: tuple[Sender, ...]
    ) -> tuple[QDialog, list[tuple[QCheckBox, Sender]]]:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Stäm av nya datorers koder"))
        dialog.setMinimumWidth(520)
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            self.tr(
                "Teamen nedan har skickat statistik från en dator du inte har stämt av förut. "
                "Servern skulle ha kunnat skicka den i teamets namn, så den räknas inte med "
                "ännu. Ring teamet och be dem läsa upp koden som deras dator visade när "
                "statistiken skickades. Bocka bara för de koder som stämmer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        boxes = []
        for sender in pending:
            box = QCheckBox(
                self.tr("{0}: kod {1} (skickad {2})").format(
                    sender.stadsdel, sender.code, sender.sent_at[:10]
                )
            )
            box.setChecked(False)  # a code holds only once someone has checked it
            boxes.append((box, sender))
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Räkna med de markerade"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        return dialog, boxes

    def choose_file(self, suffix: str) -> Path | None:
        label = self.period.currentText().replace(" ", "-").replace("/", "-")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera statistik"),
            str(Path.home() / f"statistik-{label}.{suffix}"),
            f"{suffix.upper()} (*.{suffix})",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")


def _html_table(title: str, rows: object) -> str:
    head = "".join(f"<th align='right'>{html.escape(say(h))}</th>" for h in header())
    body = "".join(
        "<tr><td>"
        + html.escape(say(label))
        + "</td>"
        + "".join(f"<td align='right'>{html.escape(v)}</td>" for v in values)
        + "</tr>"
        for label, values in rows  # type: ignore[attr-defined]
    )
    return (
        f"<h3 style='color:#1f3a5f'>{html.escape(say(title))}</h3>"
        f"<table cellpadding='4' cellspacing='0' border='0' width='100%'>"
        f"<tr style='background:#eef2f6'><th></th>{head}</tr>{body}</table>"
    )
