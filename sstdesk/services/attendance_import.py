"""Attendance from a school's export into the vault: preview first, then all or nothing.

`read` turns the bytes into a table (no vault needed, may run anywhere);
`preview` parses it with a column mapping and matches each row to a student
with an open case — matched, unknown, already registered, or an error with its
line; `commit` writes the rows the person accepted in one transaction, with
the caseload rows refreshed and one audit event per student, and remembers
the mapping for the school. A broken file or a refused commit changes nothing.
Layer: services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sstdesk.domain import lifecycle
from sstdesk.domain.codes import AttendanceSource, Stage
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import AttendancePeriod, Case, Student
from sstdesk.imports.mapping import ColumnMapping, guess
from sstdesk.imports.parse import AttendanceRow, RowError, parse_table
from sstdesk.imports.table import Table, read_table
from sstdesk.services import projection
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault.repository import Repository

CHUNK = 500  # personnummer per IN (...) query
ENDED = frozenset({Stage.FINISHED, Stage.NOT_ENROLLED, Stage.CANCELLED})


@dataclass(frozen=True)
class MatchedRow:
    row: AttendanceRow
    student_id: str
    case_id: str
    name: str  # as the vault has it
    name_differs: bool  # the file's name is not the vault's: worth a look


@dataclass(frozen=True)
class ImportPreview:
    table: Table
    mapping: ColumnMapping
    matched: tuple[MatchedRow, ...]
    unknown: tuple[AttendanceRow, ...]  # no student with an open case in the vault
    already: tuple[MatchedRow, ...]  # the same period is registered already
    errors: tuple[RowError, ...]
    source_name: str = ""

    @property
    def lines(self) -> int:
        return len(self.table.rows)


class AttendanceImport:
    def __init__(self, caseload: CaseloadService) -> None:
        self.caseload = caseload
        self.vault = caseload.vault

    @staticmethod
    def read(data: bytes, filename: str = "") -> Table:
        return read_table(data, filename)

    def mapping_for(self, school_id: str, table: Table) -> ColumnMapping:
        """The mapping remembered for this school if it still fits the file, else a guess."""
        remembered = self.vault.repo.meta(_mapping_key(school_id))
        if remembered:
            mapping = ColumnMapping.from_json(remembered, table.headers)
            if mapping is not None and not mapping.missing():
                return mapping
        return guess(table.headers)

    def preview(
        self,
        table: Table,
        mapping: ColumnMapping,
        *,
        period: tuple[dt.date, dt.date] | None = None,
        source_name: str = "",
    ) -> ImportPreview:
        missing = mapping.missing()
        if missing:
            raise DomainError("Ange vilka kolumner som innehåller " + ", ".join(missing) + ".")
        if mapping.period_start is None and period is None:
            raise DomainError("Filen har ingen period: ange vilken period närvaron gäller.")
        parsed = parse_table(table, mapping, today=self.caseload.today(), period=period)
        repo = self.vault.repo
        students = _students_by_pnr(repo, [r.personnummer for r in parsed.rows])
        open_cases = _open_cases(repo, [s.id for s in students.values()])
        registered = _registered(repo, [c.id for c in open_cases.values()])
        matched, unknown, already = [], [], []
        for row in parsed.rows:
            student = students.get(row.personnummer)
            case = open_cases.get(student.id) if student else None
            if student is None or case is None:
                unknown.append(row)
                continue
            found = MatchedRow(
                row,
                student.id,
                case.id,
                student.full_name,
                bool(row.name) and not _same_name(row.name, student),
            )
            if (case.id, row.period_start, row.period_end) in registered:
                already.append(found)
            else:
                matched.append(found)
        return ImportPreview(
            table=table,
            mapping=mapping,
            matched=tuple(matched),
            unknown=tuple(unknown),
            already=tuple(already),
            errors=parsed.errors,
            source_name=source_name.strip() or f"Import från skolans export ({table.description})",
        )

    def commit(
        self, preview: ImportPreview, *, school_id: str, accept: Collection[int] | None = None
    ) -> int:
        """Write the matched rows (or those of `accept`, by line) in one transaction."""
        chosen = [m for m in preview.matched if accept is None or m.row.line in accept]
        if not chosen:
            raise DomainError("Inga rader är valda att importera.")
        today = self.caseload.today()
        user = self.caseload.user
        with self.vault.transaction() as repo:
            cases = {c.id: c for c in repo.find_in(Case, "id", sorted({m.case_id for m in chosen}))}
            for item in chosen:
                if item.case_id not in cases:
                    raise DomainError(
                        "Ett av ärendena finns inte längre i valvet. Läs in filen igen."
                    )
                row = item.row
                repo.put(
                    AttendancePeriod(
                        case_id=item.case_id,
                        period_start=row.period_start,
                        period_end=row.period_end,
                        total_absence_pct=row.total_pct,
                        valid_absence_pct=row.valid_pct,
                        invalid_absence_pct=row.invalid_pct,
                        source=AttendanceSource.IMPORT,
                        source_name=preview.source_name,
                        registered_by=user,
                    )
                )
            for case in cases.values():
                touched = lifecycle.touch(case, today)
                if touched is not case:
                    repo.put(touched)
            student_ids = sorted({m.student_id for m in chosen})
            projection.refresh(repo, student_ids)
            for student_id in student_ids:
                self.vault.audit_in(
                    "attendance.import", student_id=student_id, reason=preview.table.description
                )
            repo.set_meta(_mapping_key(school_id), preview.mapping.to_json(preview.table.headers))
        return len(chosen)


def _mapping_key(school_id: str) -> str:
    return f"import_mapping:{school_id}"


def _students_by_pnr(repo: Repository, pnrs: Sequence[str]) -> dict[str, Student]:
    found: dict[str, Student] = {}
    unique = sorted(set(pnrs))
    for start in range(0, len(unique), CHUNK):
        for student in repo.find_in(Student, "personnummer", unique[start : start + CHUNK]):
            found[student.personnummer] = student
    return found


def _open_cases(repo: Repository, student_ids: Sequence[str]) -> dict[str, Case]:
    """Each student's newest case that has not ended."""
    newest: dict[str, Case] = {}
    for start in range(0, len(student_ids), CHUNK):
        for case in repo.find_in(Case, "student_id", list(student_ids[start : start + CHUNK])):
            if case.stage in ENDED:
                continue
            held = newest.get(case.student_id)
            if held is None or case.referral_date > held.referral_date:
                newest[case.student_id] = case
    return newest


def _registered(repo: Repository, case_ids: Sequence[str]) -> set[tuple[str, dt.date, dt.date]]:
    periods: set[tuple[str, dt.date, dt.date]] = set()
    for start in range(0, len(case_ids), CHUNK):
        for p in repo.find_in(AttendancePeriod, "case_id", list(case_ids[start : start + CHUNK])):
            periods.add((p.case_id, p.period_start, p.period_end))
    return periods


def _same_name(text: str, student: Student) -> bool:
    words = {w.casefold() for w in text.replace(",", " ").split()}
    return {student.first_name.casefold(), student.last_name.casefold()} <= words or (
        student.last_name.casefold() in words
    )
