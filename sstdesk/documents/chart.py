"""Absence over time as a small stacked bar chart: giltig and ogiltig apart, with the
team's thresholds for a förenklad and a fördjupad kartläggning as lines."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm

from sstdesk.documents import style
from sstdesk.domain.formatting import format_pct
from sstdesk.domain.model import AttendancePeriod
from sstdesk.domain.team import TeamSettings


def absence_chart(
    periods: Sequence[AttendancePeriod], *, width: float, team: TeamSettings
) -> Drawing:
    """One bar per period, ogiltig at the bottom, giltig on top, and the team's thresholds."""
    lines = [
        (
            team.simplified_from_pct,
            f"{format_pct(team.simplified_from_pct)}: förenklad kartläggning",
            style.MUTED,
        ),
        (
            team.deep_from_pct,
            f"{format_pct(team.deep_from_pct)}: fördjupad kartläggning",
            style.SECRECY,
        ),
    ]
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
    top = max([p.valid_absence_pct + p.invalid_absence_pct for p in periods] + [team.deep_from_pct])
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

    for pct, _text, color in lines:
        y = chart.y + chart.height * pct / chart.valueAxis.valueMax
        drawing.add(_dashed(chart.x, y, chart.x + chart.width, color, 0.6))
    legend_x = chart.x + chart.width + 14
    legend: list[tuple[object, str, bool]] = [
        (style.INVALID_ABSENCE, "Ogiltig frånvaro", True),
        (style.VALID_ABSENCE, "Giltig frånvaro", True),
    ] + [(color, text, False) for _pct, text, color in lines]
    for row, (color, text, box) in enumerate(legend):
        y0 = height - 22 - row * 13
        if box:
            drawing.add(Rect(legend_x, y0, 8, 8, fillColor=color, strokeColor=None))
        else:
            drawing.add(_dashed(legend_x, y0 + 4, legend_x + 8, color, 0.8))
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


def _dashed(x0: float, y: float, x1: float, color: object, width: float) -> Line:
    return Line(x0, y, x1, y, strokeColor=color, strokeWidth=width, strokeDashArray=[3, 2])


def _period_label(period: AttendancePeriod) -> str:
    start, end = period.period_start, period.period_end
    if start.month == end.month and start.year == end.year:
        return f"{_MONTHS[start.month - 1]} {start:%y}"
    return f"{start:%d/%m}–{end:%d/%m}"


_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
