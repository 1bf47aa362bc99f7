"""The statistics as CSV for Excel: semicolons, UTF-8 with BOM, suppressed."""

from __future__ import annotations

import csv
import io

from sstdesk.stats.indicators import Report
from sstdesk.stats.suppress import (
    SCOPED_OUT,
    Pattern,
    exported,
    rule_of,
    shown_counts,
    shown_measures,
)
from sstdesk.stats.tables import header


def to_csv(report: Report, pattern: Pattern) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([f"{report.title} – {report.period.label} – {report.scope}"])
    writer.writerow([rule_of(report)])
    for table in report.count_tables():
        writer.writerow([])
        if not exported(table):
            writer.writerow([table.title, SCOPED_OUT])
            continue
        writer.writerow([table.title, *header()])
        for label, row in zip(table.labels(), shown_counts(table, pattern), strict=True):
            writer.writerow([label, *row])
    if not report.measures.rows:  # the city's: measures stay with each team
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    writer.writerow([])
    writer.writerow([report.measures.title, *header()])
    for label, row in zip(
        report.measures.rows, shown_measures(report.measures, pattern), strict=True
    ):
        writer.writerow([label, *row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
