"""Attendance from a school's export into the vault: preview first, then all or nothing.

`read` turns the bytes into a table (no vault needed, may run anywhere);
`preview` parses it with a column mapping and matches each row to a student
with an open case — matched, unknown, already registered, overlapping a period
registered for the case (written only if the person ticks it), or an error with
its line; `write` (and `commit`, its count) writes the rows the person accepted in
one transaction, with the caseload rows refreshed and one audit event per student,
and remembers the mapping for the school. Inside that transaction the periods are
looked up again: a row registered meanwhile (a preview committed twice) is never
written twice, and the person is told. A broken file or a refused commit changes
nothing. Layer: services.
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
    overlaps: tuple[tuple[dt.date, dt.date], ...] = ()  # the case's periods it shares days with


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
    # Shares days with a period registered for the case (not the same period): written
    # only when the person accepts the row by its line.
    overlapping: tuple[MatchedRow, ...] = ()

    @property
    def lines(self) -> int:
        return len(self.table.rows)


@dataclass(frozen=True)
class Written:
    """What a commit wrote, and what it found registered meanwhile and left."""

    written: int
    already: int = 0  # the same period is registered by now (the preview committed before)
    overlapping: int = 0  # shares days with a period registered since the preview

    def skipped(self) -> tuple[Phrase, ...]:
        said = []
        if self.already:
            said.append(
                Phrase.plural(
                    self.already,
                    "En rad fanns redan registrerad och skrevs inte igen.",
                    "%n rader fanns redan registrerade och skrevs inte igen.",
                )
            )
        if self.overlapping:
            said.append(
                Phrase.plural(
                    self.overlapping,
                    "En rad överlappar en period som har registrerats efter "
                    "förhandsgranskningen och skrevs inte.",
                    "%n rader överlappar perioder som har registrerats efter "
                    "förhandsgranskningen och skrevs inte.",
                )
            )
        return tuple(said)


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
        matched, unknown, already, overlapping = [], [], [], []
        in_file = _file_periods(parsed.rows)
        for row in parsed.rows:
            known = open_cases.get(row.personnummer)
            if known is None:  # not in the vault, or no case under way
                unknown.append(row)
                continue
            periods = registered.get(known.case_id, set())
            found = MatchedRow(
                row,
                known.student_id,
                known.case_id,
                known.full_name,
                bool(row.name) and not _same_name(row.name, known),
                # a period beside the case's, or beside the student's other rows in the file
                _overlaps(row, periods | in_file[row.personnummer]),
            )
            if (row.period_start, row.period_end) in periods:
                already.append(found)
            elif found.overlaps:
                overlapping.append(found)
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
            overlapping=tuple(overlapping),
        )

    def commit(
        self, preview: ImportPreview, *, school_id: str, accept: Collection[int] | None = None
    ) -> int:
        """`write`, and how many periods it wrote."""
        return self.write(preview, school_id=school_id, accept=accept).written

    def write(
        self, preview: ImportPreview, *, school_id: str, accept: Collection[int] | None = None
    ) -> Written:
        """Write the matched rows (or those of `accept`, by line, which may name overlapping
        rows too) in one transaction. A row whose period is registered by now, or that now
        overlaps one the person did not accept it beside, is left, and counted."""
        chosen = [m for m in preview.matched if accept is None or m.row.line in accept]
        beside = [m for m in preview.overlapping if accept is not None and m.row.line in accept]
        if not chosen and not beside:
            raise DomainError(Phrase("Inga rader är valda att importera."))
        accepted = {id(m) for m in beside}
        today = self.caseload.today()
        user = self.caseload.user
        with self.vault.transaction() as repo:
            items = sorted([*chosen, *beside], key=lambda m: m.row.line)
            case_ids = sorted({m.case_id for m in items})
            cases = {c.id: c for c in repo.find_in(Case, "id", case_ids)}
            registered = _registered(repo, case_ids)  # now, not as the preview saw it
            written: list[MatchedRow] = []
            already = overlapping = 0
            for item in items:
                if item.case_id not in cases:
                    raise DomainError(
                        Phrase("Ett av ärendena finns inte längre. Läs in filen igen.")
                    )
                row = item.row
                periods = registered.setdefault(item.case_id, set())
                if (row.period_start, row.period_end) in periods:
                    already += 1
                    continue
                if id(item) not in accepted and _overlaps(row, periods):
                    overlapping += 1
                    continue
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
                periods.add((row.period_start, row.period_end))
                written.append(item)
            result = Written(len(written), already, overlapping)
            if not written:
                raise DomainError(
                    Phrase(
                        "Inget har importerats. {why} Förhandsgranska filen igen för att se vad "
                        "som redan finns.",
                        why=Joined(result.skipped(), " "),
                    )
                )
            for case_id in sorted({m.case_id for m in written}):
                touched = lifecycle.touch(cases[case_id], today)
                if touched is not cases[case_id]:
                    repo.put(touched)
            student_ids = sorted({m.student_id for m in written})
            projection.refresh(repo, student_ids)
            for student_id in student_ids:
                self.vault.audit_in(
                    "attendance.import", student_id=student_id, reason=preview.table.description
                )
            repo.set_meta(_mapping_key(school_id), preview.mapping.to_json(preview.table.headers))
        return result


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


def _registered(
    repo: Repository, case_ids: Sequence[str]
) -> dict[str, set[tuple[dt.date, dt.date]]]:
    """The periods registered for each case: (start, end)."""
    periods: dict[str, set[tuple[dt.date, dt.date]]] = {}
    fields = ("case_id", "period_start", "period_end")
    for start in range(0, len(case_ids), CHUNK):
        chunk = list(case_ids[start : start + CHUNK])
        for case_id, first, last in repo.select_in(AttendancePeriod, fields, "case_id", chunk):
            periods.setdefault(case_id, set()).add((_day(first), _day(last)))
    return periods


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _overlaps(
    row: AttendanceRow, periods: Collection[tuple[dt.date, dt.date]]
) -> tuple[tuple[dt.date, dt.date], ...]:
    """The registered periods, not the row's own, that share a day with the row's."""
    return tuple(
        sorted(
            (start, end)
            for start, end in periods
            if (start, end) != (row.period_start, row.period_end)
            and start <= row.period_end
            and row.period_start <= end
        )
    )


def _file_periods(rows: Sequence[AttendanceRow]) -> dict[str, set[tuple[dt.date, dt.date]]]:
    """Each student's periods in the file."""
    periods: dict[str, set[tuple[dt.date, dt.date]]] = {}
    for row in rows:
        periods.setdefault(row.personnummer, set()).add((row.period_start, row.period_end))
    return periods


def _same_name(text: str, student: _Known) -> bool:
    words = {w.casefold() for w in text.replace(",", " ").split()}
    return {student.first_name.casefold(), student.last_name.casefold()} <= words or (
        student.last_name.casefold() in words
    )
