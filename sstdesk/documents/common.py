"""Sections more than one document prints: the student, the guardians, attendance."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from sstdesk.documents.blocks import PROTECTED, Blocks
from sstdesk.documents.data import CaseRecords, StudentRecords
from sstdesk.domain.codes import AttendanceSource
from sstdesk.domain.formatting import format_date, format_pct, mask_personnummer
from sstdesk.domain.model import AttendancePeriod, Guardian
from sstdesk.domain.protection import Masker


def masker_of(records: StudentRecords) -> Masker:
    """What is blanked out everywhere for a student with skyddade personuppgifter."""
    return Masker.of(records.student, records.school, records.guardians)


def school_name(records: StudentRecords) -> str:
    if records.student.protected_identity:
        return PROTECTED
    return records.school.name if records.school else ""


def address(records: StudentRecords) -> str:
    return PROTECTED if records.student.protected_identity else records.student.address


def personnummer(records: StudentRecords, *, masked: bool = False) -> str:
    pnr = records.student.personnummer
    return mask_personnummer(pnr) if masked else pnr


def subject_line(records: StudentRecords, *, masked: bool = False) -> str:
    return f"{records.student.full_name}, {personnummer(records, masked=masked)}"


def guardian_rows(b: Blocks, guardians: Sequence[Guardian], *, protected: bool) -> Flowable:
    rows = []
    for g in guardians:
        hidden = protected or g.protected_identity
        contact = " · ".join(x for x in (g.phone, g.email) if x)
        rows.append(
            [
                g.name,
                g.relation.label + ("" if g.has_custody else " (ej vårdnad)"),
                PROTECTED if hidden else contact,
                g.interpreter_language or "Nej",
            ]
        )
    return b.table(
        ["Namn", "Relation", "Kontakt", "Tolkbehov"],
        rows,
        [32, 22, 36, 14],
        empty="Ingen vårdnadshavare är registrerad.",
    )


def attendance_table(b: Blocks, periods: Sequence[AttendancePeriod]) -> Flowable:
    rows = [
        [
            f"{format_date(p.period_start)} – {format_date(p.period_end)}",
            format_pct(p.total_absence_pct),
            format_pct(p.valid_absence_pct),
            format_pct(p.invalid_absence_pct),
            source_of(p),
        ]
        for p in periods
    ]
    return b.table(
        ["Period", "Total frånvaro", "Giltig", "Ogiltig", "Källa"],
        rows,
        [34, 16, 13, 13, 30],
        empty="Ingen närvaro är registrerad.",
    )


def source_of(period: AttendancePeriod) -> str:
    if period.source is AttendanceSource.IMPORT:
        return period.source_name or period.source.label
    return period.source_name or "Skolans rapport, manuellt inmatad"


def latest_attendance(case: CaseRecords) -> AttendancePeriod | None:
    return max(case.attendance, key=lambda p: p.period_end) if case.attendance else None
