"""Statistics from the demo vault: consistent with the caseload, suppressed on export."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from sstdesk.domain.model import Case
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.statistics import Selection, StatisticsService
from sstdesk.stats.facts import Period

YEAR = Period.school_year(2026)


def test_counts_agree_with_the_caseload_and_screen_shows_them_all(demo: CaseloadService) -> None:
    stats = StatisticsService(demo)
    report = stats.report(Selection(YEAR))
    rows = demo.caseload(include_ended=True)
    cases = demo.vault.repo.find(Case)
    referred = sum(1 for c in cases if c.referral_date in YEAR)
    assert report.flows.grid()[0][3] == referred > 0
    assert report.by_school.grid()[-1][3] == referred
    assert len(rows) >= 40
    one_school = next(iter(stats.schools()))
    assert stats.report(Selection(YEAR, school_id=one_school)).flows.grid()[0][3] < referred


def test_exports_hide_small_cells_name_nobody_and_are_audited(demo: CaseloadService) -> None:
    stats = StatisticsService(demo)
    text = stats.export_csv(Selection(YEAR)).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row[1:]]
    assert "<5" in cells and not {"1", "2", "3", "4"} & set(cells)
    pdf = stats.export_pdf(Selection(YEAR))
    body = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Uppföljning skolsocialt team" in body and "Läsåret 2026/27" in body
    for row in demo.caseload(include_ended=True):
        assert row.name not in body and row.name not in text
        assert row.personnummer[:8] not in body
    # The PDF's tables are the CSV's: every row printed as the CSV has it.
    flat = " ".join(body.split())
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        if len(row) == 5 and row[0] and row[1] != "Flicka":
            assert " ".join(row) in flat, row
    events = demo.vault.conn.execute(
        "SELECT action, student_id, reason FROM audit_events WHERE action LIKE 'stats.%'"
    ).fetchall()
    assert ("stats.export", "", "CSV Läsåret 2026/27 2026-07-01..2027-06-30") in events
    assert ("stats.export", "", "PDF Läsåret 2026/27 2026-07-01..2027-06-30") in events


def test_the_report_carries_the_districts_name_and_logo_from_it(demo: CaseloadService) -> None:
    import io

    from pypdf import PdfReader

    from sstdesk.documents.data import Letterhead
    from tests.test_deployment import PNG

    pdf = StatisticsService(demo, Letterhead("Farsta", PNG)).export_pdf(Selection(YEAR))
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "Socialtjänsten – Farsta" in first.extract_text() and len(first.images) == 1


def test_a_period_that_partly_overlaps_an_earlier_export_is_refused(demo: CaseloadService) -> None:
    import datetime as dt

    import pytest

    from sstdesk.services.statistics import PeriodOverlaps
    from sstdesk.vault import audit

    stats = StatisticsService(demo)
    d = dt.date
    autumn = Period(d(2026, 8, 1), d(2026, 10, 31), "aug–okt")
    stats.export_csv(Selection(autumn))
    stats.export_pdf(Selection(autumn))  # the same period again: nothing to subtract
    stats.export_csv(Selection(Period(d(2026, 11, 1), d(2026, 11, 30), "nov")))  # disjoint
    for overlapping in (
        Period(d(2026, 8, 1), d(2026, 9, 30), "aug–sep"),  # inside it
        Period.term(2026, autumn=True),  # around it
        YEAR,
    ):
        with pytest.raises(PeriodOverlaps, match="exporterades"):
            stats.export_csv(Selection(overlapping))
    # Terms and school years are protected together, so they never refuse each other.
    stats.export_csv(Selection(Period.term(2027, autumn=False)))
    stats.export_csv(Selection(Period.school_year(2025)))
    # A colleague's export, synced in from the team's audit, counts as well.
    conn = demo.vault.conn
    with demo.vault.transaction():
        audit.receive(
            conn,
            [
                audit.AuditEvent(
                    1,
                    "2026-11-02T10:00:00+00:00",
                    "kollega",
                    "dev-b",
                    "stats.export",
                    "",
                    "CSV 2027-07-10 – 2027-08-10 2027-07-10..2027-08-10",
                    "0" * 64,
                    "1" * 64,
                )
            ],
        )
    with pytest.raises(PeriodOverlaps, match="2026-11-02"):
        stats.export_csv(Selection(Period(d(2027, 8, 1), d(2027, 8, 31), "aug")))


def test_a_term_exported_before_with_other_figures_is_refused(demo: CaseloadService) -> None:
    """Two files of one term with different figures would show which child changed them
    (one more "<5" where the total grew by one): the second is refused, whichever laptop
    made the first. The same figures give the same file, and other terms are free."""
    import pytest

    from sstdesk.services.statistics import PeriodOverlaps
    from tests.conftest import refer_student

    stats = StatisticsService(demo)
    autumn, spring = Period.term(2026, autumn=True), Period.term(2027, autumn=False)
    first = stats.export_csv(Selection(autumn))
    assert stats.export_pdf(Selection(autumn)).startswith(b"%PDF")  # the same figures
    assert stats.export_csv(Selection(autumn)) == first
    refer_student(demo, personnummer="20120911-2398", first_name="Åsa", last_name="Öberg")
    for again in (autumn, YEAR):  # the term, and the year that holds it
        with pytest.raises(PeriodOverlaps, match="Siffrorna för HT 2026 har ändrats"):
            stats.export_csv(Selection(again))
    stats.export_csv(Selection(spring))  # nothing in VT 2027 changed
    assert len(list(csv.reader(io.StringIO(first.decode("utf-8-sig"))))) > 5
