"""The statistics as CSV for Excel: semicolons, UTF-8 with BOM, suppressed."""

from __future__ import annotations

import csv
import io

from sstdesk.stats.indicators import Report
from sstdesk.stats.suppress import shown_counts, shown_measures
from sstdesk.stats.tables import header


def to_csv(report: Report, *, suppressed: bool = True) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([f"Uppföljning skolsocialt team – {report.period.label} – {report.scope}"])
    if suppressed:
        writer.writerow(["Celler med färre än 5 elever visas som <5."])
    for table in report.count_tables():
        writer.writerow([])
        writer.writerow([table.title, *header()])
        for label, row in zip(
            table.labels(), shown_counts(table, suppressed=suppressed), strict=True
        ):
            writer.writerow([label, *row])
    writer.writerow([])
    writer.writerow([report.measures.title, *header()])
    for label, row in zip(
        report.measures.rows, shown_measures(report.measures, suppressed=suppressed), strict=True
    ):
        writer.writerow([label, *row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
