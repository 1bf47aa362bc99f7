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
from sstdesk.domain.phrase import Joined, Phrase
from sstdesk.imports.mapping import ColumnMapping, guess_table, recall
from sstdesk.imports.parse import AttendanceRow, RowError, parse_table
from sstdesk.imports.reading import concerns
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
class MappingChoice:
    mapping: ColumnMapping
    concerns: tuple[str, ...] = ()  # a remembered choice that did not fit: check the guess
    remembered: bool = False  # the school's remembered mapping, as it was


@dataclass(frozen=True)
class ImportPreview:
    table: Table
    mapping: ColumnMapping
    matched: tuple[MatchedRow, ...]
    unknown: tuple[AttendanceRow, ...]  # no student with an open case in the vault
    already: tuple[MatchedRow, ...]  # the same period is registered already
    errors: tuple[RowError, ...]
    source_name: str = ""
    concerns: tuple[str, ...] = ()  # what the person should know of how the file was read

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
        return self.choose_mapping(school_id, table).mapping

    def choose_mapping(self, school_id: str, table: Table) -> MappingChoice:
        """The mapping remembered for this school if it still fits the file, else a guess
        and, when a remembered one did not fit, what the person must check."""
        remembered = self.vault.repo.meta(_mapping_key(school_id))
        if not remembered:
            return MappingChoice(guess_table(table))
        held = recall(remembered, table.headers)
        if held.mapping is not None and not held.mapping.missing():
            return MappingChoice(held.mapping, remembered=True)
        concern = held.concern()
        return MappingChoice(guess_table(table), (concern,) if concern is not None else ())

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
            raise DomainError(
                Phrase("Ange {what} innan förhandsgranskningen.", what=Joined(missing, ", "))
            )
        if mapping.period_start is None and period is None and table.period is None:
            raise DomainError(Phrase("Filen har ingen period: ange vilken period närvaron gäller."))
        parsed = parse_table(table, mapping, today=self.caseload.today(), period=period)
        repo = self.vault.repo
        students = _students_by_pnr(repo, [r.personnummer for r in parsed.rows])
        open_cases = _open_cases(repo, students)
        registered = _registered(repo, [k.case_id for k in open_cases.values()])
        matched, unknown, already = [], [], []
        for row in parsed.rows:
            known = open_cases.get(row.personnummer)
            if known is None:  # not in the vault, or no case under way
                unknown.append(row)
                continue
            found = MatchedRow(
                row,
                known.student_id,
                known.case_id,
                known.full_name,
                bool(row.name) and not _same_name(row.name, known),
            )
            if (
                known.case_id,
                row.period_start.isoformat(),
                row.period_end.isoformat(),
            ) in registered:
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
            concerns=concerns(table, mapping),
        )

    def commit(
        self, preview: ImportPreview, *, school_id: str, accept: Collection[int] | None = None
    ) -> int:
        """Write the matched rows (or those of `accept`, by line) in one transaction."""
        chosen = [m for m in preview.matched if accept is None or m.row.line in accept]
        if not chosen:
            raise DomainError(Phrase("Inga rader är valda att importera."))
        today = self.caseload.today()
        user = self.caseload.user
        with self.vault.transaction() as repo:
            cases = {c.id: c for c in repo.find_in(Case, "id", sorted({m.case_id for m in chosen}))}
            for item in chosen:
                if item.case_id not in cases:
                    raise DomainError(
                        Phrase("Ett av ärendena finns inte längre. Läs in filen igen.")
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


@dataclass(frozen=True)
class _Known:
    """What matching needs of a student and the open case: no whole entities."""

    student_id: str
    first_name: str
    last_name: str
    case_id: str = ""
    referral_date: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _students_by_pnr(repo: Repository, pnrs: Sequence[str]) -> dict[str, _Known]:
    found: dict[str, _Known] = {}
    unique = sorted(set(pnrs))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        fields = ("personnummer", "id", "first_name", "last_name")
        for pnr, student_id, first, last in repo.select_in(Student, fields, "personnummer", chunk):
            found[pnr] = _Known(student_id, first, last)
    return found


def _open_cases(repo: Repository, students: dict[str, _Known]) -> dict[str, _Known]:
    """Each student's newest case that has not ended, by personnummer."""
    by_id = {k.student_id: (pnr, k) for pnr, k in students.items()}
    ids = sorted(by_id)
    ended = {s.value for s in ENDED}
    newest: dict[str, _Known] = {}
    for start in range(0, len(ids), CHUNK):
        fields = ("student_id", "id", "stage", "referral_date")
        rows = repo.select_in(Case, fields, "student_id", ids[start : start + CHUNK])
        for student_id, case_id, stage, referred in rows:
            if stage in ended:
                continue
            pnr, known = by_id[student_id]
            held = newest.get(pnr)
            if held is None or str(referred) > held.referral_date:
                newest[pnr] = _Known(
                    student_id, known.first_name, known.last_name, case_id, str(referred)
                )
    return newest


def _registered(repo: Repository, case_ids: Sequence[str]) -> set[tuple[str, str, str]]:
    periods: set[tuple[str, str, str]] = set()
    fields = ("case_id", "period_start", "period_end")
    for start in range(0, len(case_ids), CHUNK):
        chunk = list(case_ids[start : start + CHUNK])
        periods.update(
            (c, str(a), str(b))
            for c, a, b in repo.select_in(AttendancePeriod, fields, "case_id", chunk)
        )
    return periods


def _same_name(text: str, student: _Known) -> bool:
    words = {w.casefold() for w in text.replace(",", " ").split()}
    return {student.first_name.casefold(), student.last_name.casefold()} <= words or (
        student.last_name.casefold() in words
    )
