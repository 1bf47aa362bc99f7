"""The statistics report as a PDF: the same page and style as every document.

Built from tables of text that are already suppressed; the chart draws a
hidden cell as an empty bar marked "<5" or "..", so no figure the tables hide can be
read off the chart either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sstdesk.documents import style
from sstdesk.documents.blocks import Blocks
from sstdesk.documents.page import Metadata, PageText, printed_line, render

HIDDEN = ("<5", "..")  # what a suppressed cell shows, primary and secondary
SERIES_COLORS = (colors.HexColor("#1F3A5F"), colors.HexColor("#6C8EBF"), colors.HexColor("#B9C7DA"))


@dataclass(frozen=True)
class ReportTable:
    title: str
    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class StatisticsInput:
    title: str
    subtitle: str
    district: str
    user: str
    printed_at: dt.datetime
    document_id: str
    rule: str  # how small cells were hidden, printed above the tables
    chart_title: str
    chart_labels: list[str]  # categories along the axis
    chart_series: list[str]  # one series per gender group
    chart_cells: list[list[str]]  # [series][category]: a count, or "<5"
    tables: list[ReportTable]
    logo: bytes = b""


def render_statistics(inp: StatisticsInput) -> bytes:
    b = Blocks()
    story: list[Flowable] = []
    story += b.title(inp.title, inp.subtitle)
    story.append(
        b.box(
            [
                b.para("Sammanställningen innehåller inga uppgifter om enskilda."),
                b.para(inp.rule),
            ]
        )
    )
    story += b.heading(inp.chart_title)
    story.append(_chart(inp))
    for table in inp.tables:
        story += b.heading(table.title)
        if not table.header:  # a table left out of this scope, with the reason
            story += [b.para(line[0]) for line in table.rows]
            continue
        first = 44 if len(table.header) == 5 else 40
        story.append(b.table(table.header, table.rows, [first, 14, 14, 16, 12]))
    page = PageText(
        office=f"Socialtjänsten – {inp.district}",
        unit="Skolsocialt team",
        subject="Statistik på gruppnivå",
        document_id=inp.document_id,
        printed=printed_line(inp.user, inp.printed_at),
        logo=inp.logo,
    )
    return render(story, page, Metadata(title=inp.title, author="Skolsocialt team, socialtjänsten"))


def _chart(inp: StatisticsInput) -> Drawing:
    width, height = style.CONTENT_WIDTH, 62 * mm
    drawing = Drawing(width, height, initialFontName=style.REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 22, width - 150, height - 34
    values = [[0 if c in HIDDEN else int(c) for c in series] for series in inp.chart_cells]
    chart.data = values
    chart.categoryAxis.categoryNames = inp.chart_labels
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = style.REGULAR
        axis.labels.fontSize = 7
        axis.labels.fillColor = style.MUTED
        axis.strokeColor = style.RULE
    top = max([v for s in values for v in s] + [5])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top + max(1, top // 5)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = style.SHADE
    chart.barLabelFormat = "values"  # the texts of barLabelArray: a count, "<5" or ".."
    chart.barLabels.fontName = style.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelArray = [list(series) for series in inp.chart_cells]
    for i, color in enumerate(SERIES_COLORS[: len(values)]):
        chart.bars[i].fillColor = color
    chart.bars.strokeColor = None
    chart.groupSpacing = 10
    drawing.add(chart)
    legend_x = chart.x + chart.width + 14
    for row, name in enumerate(inp.chart_series):
        y = height - 20 - row * 13
        drawing.add(Rect(legend_x, y, 8, 8, fillColor=SERIES_COLORS[row], strokeColor=None))
        drawing.add(
            String(
                legend_x + 12,
                y + 1,
                name,
                fontName=style.REGULAR,
                fontSize=7.5,
                fillColor=style.INK,
            )
        )
    return drawing
