"""Absence over time as a small stacked bar chart: giltig and ogiltig apart."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm

from sstdesk.documents import style
from sstdesk.domain.model import AttendancePeriod

THRESHOLD_PCT = 15  # Stockholm läns åtgärdstrappa, steg 3 (domain.md 3.2)


def absence_chart(periods: Sequence[AttendancePeriod], *, width: float) -> Drawing:
    """One bar per period, ogiltig at the bottom, giltig on top, and the 15 % line."""
    height = 58 * mm
    drawing = Drawing(width, height, initialFontName=style.REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 26
    chart.width, chart.height = width - 150, height - 40
    chart.data = [
        [p.invalid_absence_pct for p in periods],
        [p.valid_absence_pct for p in periods],
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_period_label(p) for p in periods]
    chart.categoryAxis.labels.fontName = style.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = style.MUTED
    chart.categoryAxis.strokeColor = style.RULE
    top = max([p.valid_absence_pct + p.invalid_absence_pct for p in periods] + [THRESHOLD_PCT])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = min(100, (int(top) // 10 + 1) * 10)
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMax <= 60 else 20
    chart.valueAxis.labels.fontName = style.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = style.MUTED
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = style.RULE
    chart.valueAxis.gridStrokeColor = style.SHADE
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = style.INVALID_ABSENCE
    chart.bars[1].fillColor = style.VALID_ABSENCE
    chart.bars.strokeColor = None
    chart.barWidth = 8
    chart.groupSpacing = 14
    drawing.add(chart)

    y = chart.y + chart.height * THRESHOLD_PCT / chart.valueAxis.valueMax
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=style.SECRECY,
            strokeWidth=0.6,
            strokeDashArray=[3, 2],
        )
    )
    legend_x = chart.x + chart.width + 14
    for row, (color, text) in enumerate(
        [
            (style.INVALID_ABSENCE, "Ogiltig frånvaro"),
            (style.VALID_ABSENCE, "Giltig frånvaro"),
            (style.SECRECY, f"{THRESHOLD_PCT} % (åtgärdstrappa steg 3)"),
        ]
    ):
        y0 = height - 22 - row * 13
        if row < 2:
            drawing.add(Rect(legend_x, y0, 8, 8, fillColor=color, strokeColor=None))
        else:
            drawing.add(
                Line(
                    legend_x,
                    y0 + 4,
                    legend_x + 8,
                    y0 + 4,
                    strokeColor=color,
                    strokeWidth=0.8,
                    strokeDashArray=[3, 2],
                )
            )
        drawing.add(
            String(
                legend_x + 12,
                y0 + 1,
                text,
                fontName=style.REGULAR,
                fontSize=7.5,
                fillColor=style.INK,
            )
        )
    return drawing


def _period_label(period: AttendancePeriod) -> str:
    start, end = period.period_start, period.period_end
    if start.month == end.month and start.year == end.year:
        return f"{_MONTHS[start.month - 1]} {start:%y}"
    return f"{start:%d/%m}–{end:%d/%m}"


_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
