"""Absence over time on the student page: one bar per period (ogiltig at the bottom,
giltig on top), the absence when the case started as a dashed line, and the team's
thresholds for a förenklad and a fördjupad kartläggning. Layer: ui.

The same picture as the EHK material's chart (documents/chart.py), drawn with QPainter so
the window needs no PDF library. Its accessible description says the same in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sstdesk.domain.model import AttendancePeriod
from sstdesk.domain.team import TeamSettings
from sstdesk.ui.numbers import decimal, pct

INVALID, VALID = QColor("#b54a3c"), QColor("#e5a99f")
BASELINE, MUTED, GRID = QColor("#1f4e79"), QColor("#666666"), QColor("#e4e7eb")
DEEP = QColor("#a4262c")
MAX_BARS = 12  # the latest periods; older ones are in the Närvaro tab


@dataclass(frozen=True)
class _Bar:
    label: str
    invalid: float
    valid: float


class AbsenceChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self._bars: list[_Bar] = []
        self._baseline: float | None = None
        self._lines: list[tuple[float, str, QColor]] = []
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("AbsenceChart", "Frånvaro över tid"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 210)

    def show_periods(
        self, periods: Sequence[AttendancePeriod], baseline: float | None, team: TeamSettings
    ) -> None:
        latest = sorted(periods, key=lambda p: p.period_end)[-MAX_BARS:]
        self._bars = [
            _Bar(
                f"{p.period_end.day}/{p.period_end.month}",
                p.invalid_absence_pct,
                p.valid_absence_pct,
            )
            for p in latest
        ]
        self._baseline = baseline
        self._lines = [
            (
                team.simplified_from_pct,
                QCoreApplication.translate("AbsenceChart", "förenklad kartläggning"),
                MUTED,
            ),
            (
                team.deep_from_pct,
                QCoreApplication.translate("AbsenceChart", "fördjupad kartläggning"),
                DEEP,
            ),
        ]
        self.setAccessibleDescription(self.summary(latest, baseline))
        self.update()

    @staticmethod
    def summary(periods: Sequence[AttendancePeriod], baseline: float | None) -> str:
        """The chart in one sentence: where it started and where it stands now."""
        if not periods:
            if baseline is None:
                return QCoreApplication.translate("AbsenceChart", "Ingen närvaro registrerad ännu.")
            return QCoreApplication.translate(
                "AbsenceChart", "Frånvaro vid start {0}. Ingen närvaro registrerad sedan dess."
            ).format(pct(baseline))
        now = periods[-1].total_absence_pct
        if baseline is None:
            return QCoreApplication.translate("AbsenceChart", "Frånvaro senast: {0}.").format(
                pct(now)
            )
        diff = now - baseline
        if abs(diff) < 0.05:
            trend = QCoreApplication.translate("AbsenceChart", "oförändrad")
        elif decimal(abs(diff)) == "1":  # one procentenhet, not "1 procentenheter"
            lower, higher = (
                QT_TRANSLATE_NOOP("AbsenceChart", "1 procentenhet lägre"),
                (QT_TRANSLATE_NOOP("AbsenceChart", "1 procentenhet högre")),
            )
            trend = QCoreApplication.translate("AbsenceChart", lower if diff < 0 else higher)
        elif diff < 0:
            trend = QCoreApplication.translate("AbsenceChart", "{0} procentenheter lägre").format(
                decimal(-diff)
            )
        else:
            trend = QCoreApplication.translate("AbsenceChart", "{0} procentenheter högre").format(
                decimal(diff)
            )
        return QCoreApplication.translate(
            "AbsenceChart", "Frånvaro vid start {0}, senast {1}: {2}."
        ).format(pct(baseline), pct(now), trend)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        if not self._bars:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.accessibleDescription()
            )
            return
        top = max(
            [b.invalid + b.valid for b in self._bars]
            + [self._baseline or 0]
            + [v for v, _, _ in self._lines]
        )
        ceiling = min(100.0, (int(top) // 10 + 1) * 10.0)
        left = metrics.horizontalAdvance("100 %") + 6
        legend = max(metrics.horizontalAdvance(t) for _, t, _ in self._lines) + 50
        # Below the axis labels: one row that says which part of a bar is which.
        plot = QRectF(left, 6, self.width() - left - legend - 8, self.height() - 44)
        if plot.width() < 60:  # too narrow for a legend: the lines speak for themselves
            legend, plot = 0, QRectF(left, 6, self.width() - left - 8, self.height() - 44)

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / ceiling

        step = 10 if ceiling <= 60 else 20
        for value in range(0, int(ceiling) + 1, step):
            painter.setPen(GRID)
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y(value) - 8, left - 4, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                pct(value),
            )
        slot = plot.width() / len(self._bars)
        width = min(40.0, slot * 0.6)
        for index, bar in enumerate(self._bars):
            x = plot.left() + slot * index + (slot - width) / 2
            painter.fillRect(QRectF(x, y(bar.invalid), width, y(0) - y(bar.invalid)), INVALID)
            painter.fillRect(
                QRectF(
                    x,
                    y(bar.invalid + bar.valid),
                    width,
                    y(bar.invalid) - y(bar.invalid + bar.valid),
                ),
                VALID,
            )
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x - slot / 2 + width / 2, plot.bottom() + 2, slot, 16),
                int(Qt.AlignmentFlag.AlignHCenter),
                bar.label,
            )
        x = plot.left()
        for colour, text in (
            (INVALID, QCoreApplication.translate("AbsenceChart", "ogiltig frånvaro")),
            (VALID, QCoreApplication.translate("AbsenceChart", "giltig frånvaro")),
        ):
            base = self.height() - 6
            painter.fillRect(QRectF(x, base - 9, 10, 10), colour)
            painter.setPen(MUTED)
            painter.drawText(QPointF(x + 14, base), text)
            x += 14 + metrics.horizontalAdvance(text) + 18
        labels: list[tuple[float, str, QColor]] = []
        for line_at, text, colour in self._lines:
            painter.setPen(QPen(colour, 1))
            painter.drawLine(QPointF(plot.left(), y(line_at)), QPointF(plot.right(), y(line_at)))
            labels.append((y(line_at), text, colour))
        if self._baseline is not None:
            pen = QPen(BASELINE, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(plot.left(), y(self._baseline)), QPointF(plot.right(), y(self._baseline))
            )
            start = QCoreApplication.translate("AbsenceChart", "vid start")
            labels.append((y(self._baseline), start, BASELINE))
        if legend:
            # Lines close together (a start at 19 % beside the 20 % threshold) keep their
            # labels apart: each a line's height below the one above it.
            labels.sort(key=lambda label: label[0])
            for at, (_y, text, colour) in zip(
                spread([label[0] for label in labels], metrics.height()), labels, strict=True
            ):
                painter.setPen(colour)
                painter.drawText(QPointF(plot.right() + 6, at + 4), text)


def spread(ys: list[float], gap: float) -> list[float]:
    """Positions for labels wanted at `ys` (sorted, top first), each at least `gap` below
    the one above it and as near its line as that allows."""
    placed: list[float] = []
    for wanted in ys:
        placed.append(max(wanted, placed[-1] + gap) if placed else wanted)
    return placed
