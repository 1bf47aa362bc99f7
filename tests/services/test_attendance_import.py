"""Attendance imported into a real vault: preview, all-or-nothing commit, audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sstdesk.domain.codes import AttendanceSource, Stage
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import AttendancePeriod, Case
from sstdesk.imports.mapping import ColumnMapping, Unit
from sstdesk.services.attendance_import import AttendanceImport, MappingChoice, Written
from sstdesk.services.caseload import CaseloadService
from tests.conftest import refer_student

DATA = Path(__file__).resolve().parent.parent / "data"
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.fixture
def school(service: CaseloadService) -> str:
    school_id = service.add_school("Solängsskolan").id
    refer_student(service, school_id=school_id)  # Saga Testsson, 20130405-2382
    refer_student(
        service,
        school_id=school_id,
        personnummer="20120911-2398",
        first_name="Åsa",
        last_name="Öberg",
    )
    ended = refer_student(
        service,
        school_id=school_id,
        personnummer="20140228-2394",
        first_name="Nils",
        last_name="Ängström",
    )
    service.move_case(ended.case_id, Stage.CANCELLED, reason="Flyttat")
    return school_id


def periods(service: CaseloadService) -> list[AttendancePeriod]:
    return service.vault.repo.find(AttendancePeriod, order_by="case_id")


def test_preview_sorts_rows_and_commit_writes_them_all_audited(
    service: CaseloadService, school: str
) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "skola24_procent.csv").read_bytes(), "skola24.csv")
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    assert [m.row.personnummer for m in preview.matched] == ["20130405-2382", "20120911-2398"]
    # Nils's case has ended and the fourth student is not in the vault: both unknown.
    assert [r.personnummer for r in preview.unknown] == ["20140228-2394", "20110617-2388"]
    assert [e.line for e in preview.errors] == [6, 7]
    assert not any(m.name_differs for m in preview.matched)
    assert periods(service) == []  # a preview writes nothing

    assert importer.commit(preview, school_id=school) == 2
    stored = periods(service)
    assert sorted(p.total_absence_pct for p in stored) == [18.2, 32.5]
    assert {p.source for p in stored} == {AttendanceSource.IMPORT}
    assert all(p.source_name.startswith("Import från skolans export") for p in stored)
    assert all(p.registered_by == "anna.s" for p in stored)
    saga = preview.matched[0]
    assert ("attendance.import", "CSV, UTF-8, semikolon") in [
        (e.action, e.reason) for e in service.audit_trail(saga.student_id)
    ]
    assert service.verify_audit().ok

    again = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    assert again.matched == () and len(again.already) == 2


def test_only_the_accepted_lines_are_written(service: CaseloadService, school: str) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "vklass_minuter.csv").read_bytes(), "vklass.csv")
    preview = importer.preview(table, importer.mapping_for(school, table))
    assert importer.commit(preview, school_id=school, accept={3}) == 1
    (stored,) = periods(service)
    assert (stored.valid_absence_pct, stored.invalid_absence_pct) == (5.0, 0.0)
    with pytest.raises(DomainError, match="Inga rader"):
        importer.commit(preview, school_id=school, accept=set())


def test_a_commit_that_fails_halfway_changes_nothing(service: CaseloadService, school: str) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "skola24_procent.csv").read_bytes(), "skola24.csv")
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    events_before = len(service.vault.repo.conn.execute("SELECT seq FROM audit_events").fetchall())
    with service.vault.transaction() as repo:  # the second student's case goes meanwhile
        repo.delete(Case, preview.matched[1].case_id)
    with pytest.raises(DomainError, match="Läs in filen igen"):
        importer.commit(preview, school_id=school)
    assert periods(service) == []
    events_after = len(service.vault.repo.conn.execute("SELECT seq FROM audit_events").fetchall())
    assert events_after == events_before
    assert service.vault.repo.meta(f"import_mapping:{school}") == ""


def test_the_mapping_is_remembered_per_school(service: CaseloadService, school: str) -> None:
    importer = AttendanceImport(service)
    header = "Elev;Pnr;Sjuk och anmält;Skolk\n"
    table = importer.read((header + "Saga Testsson;20130405-2382;5;7\n").encode(), "a.csv")
    guessed = importer.mapping_for(school, table)
    assert guessed.valid is None  # no header says giltig/ogiltig: the person must choose
    with pytest.raises(DomainError, match="giltig och ogiltig"):
        importer.preview(table, guessed, period=OCTOBER)
    percent = {"valid": Unit.PERCENT, "invalid": Unit.PERCENT}
    chosen = ColumnMapping(personnummer=1, name=0, valid=2, invalid=3, units=percent)
    importer.commit(importer.preview(table, chosen, period=OCTOBER), school_id=school)
    again = importer.read((header + "Åsa Öberg;20120911-2398;1;0\n").encode(), "b.csv")
    assert importer.choose_mapping(school, again) == MappingChoice(chosen, remembered=True)
    other = service.add_school("Annan skola").id
    assert importer.mapping_for(other, again).valid is None


def test_a_remembered_mapping_that_no_longer_fits_is_not_used_and_said(
    service: CaseloadService, school: str
) -> None:
    """HT and VT columns of the same names: the VT ones are chosen and remembered; a file
    with its columns in another order gets the guess, and the person is told to check."""
    importer = AttendanceImport(service)
    header = "Pnr;Elev;Giltig %;Ogiltig %;Giltig %;Ogiltig %\n"
    table = importer.read((header + "20130405-2382;Saga;1;2;5;7\n").encode(), "a.csv")
    assert importer.mapping_for(school, table).valid is None  # HT or VT? asked
    percent = {"valid": Unit.PERCENT, "invalid": Unit.PERCENT}
    vt = ColumnMapping(personnummer=0, name=1, valid=4, invalid=5, units=percent)
    importer.commit(importer.preview(table, vt, period=OCTOBER), school_id=school)
    assert importer.mapping_for(school, table) == vt  # the same layout: the same choice

    moved = "Elev;Pnr;Giltig %;Ogiltig %;Giltig %;Ogiltig %\n"
    table = importer.read((moved + "Saga;20130405-2382;1;2;5;7\n").encode(), "b.csv")
    choice = importer.choose_mapping(school, table)
    assert not choice.remembered and choice.mapping.valid is None  # the guess, not column 4
    (concern,) = choice.concerns
    assert "Kolumnerna som valdes för skolan förra gången passar inte den här filen" in concern
    assert "personnummer: ”Pnr” står i kolumn 2, inte i kolumn 1 som förra gången" in concern
    # where they were, but the header row is not the one remembered: HT or VT?
    assert "giltig frånvaro: ”Giltig %” finns i flera kolumner" in concern


def test_a_name_that_does_not_match_is_flagged(service: CaseloadService, school: str) -> None:
    importer = AttendanceImport(service)
    table = importer.read(
        b"Personnummer;Namn;Giltig %;Ogiltig %\n20130405-2382;Kalle Annan;1;2\n", "a.csv"
    )
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    assert preview.matched[0].name_differs
    assert preview.matched[0].name == "Saga Testsson"


def test_a_unit_the_file_does_not_give_is_asked_and_nothing_written(
    service: CaseloadService, school: str
) -> None:
    importer = AttendanceImport(service)
    table = importer.read(
        "Personnummer;Giltig frånvaro;Ogiltig frånvaro\n20130405-2382;12;3\n".encode(), "a.csv"
    )
    mapping = importer.mapping_for(school, table)
    assert (mapping.valid, mapping.invalid) == (1, 2)  # the columns are plain...
    with pytest.raises(DomainError) as refused:  # ...their unit is not
        importer.preview(table, mapping, period=OCTOBER)
    assert str(refused.value) == (
        "Ange enheten för giltig frånvaro, enheten för ogiltig frånvaro innan förhandsgranskningen."
    )
    chosen = mapping.with_column("valid", 1, Unit.HOURS).with_column("invalid", 2, Unit.HOURS)
    with pytest.raises(DomainError, match="kolumnen med schemalagd tid"):
        importer.preview(table, chosen, period=OCTOBER)
    assert periods(service) == []


def test_a_period_and_title_above_the_header_need_no_choice(
    service: CaseloadService, school: str
) -> None:
    importer = AttendanceImport(service)
    export = (
        "Frånvaro per elev\nSkola:;Solängsskolan\nPeriod:;2026-09-01 - 2026-09-30\n\n"
        "Elev;Personnummer;Lektionstid (tim);Anmäld frånvaro (tim);Ej anmäld frånvaro (tim)\n"
        "Saga Testsson;20130405-2382;80;4;8\nÅsa Öberg;20120911-2398;80;0;2\n"
    )
    table = importer.read(export.encode("utf-8-sig"), "skola24.csv")
    preview = importer.preview(table, importer.mapping_for(school, table))
    assert [(m.row.line, m.row.valid_pct, m.row.invalid_pct) for m in preview.matched] == [
        (6, 5.0, 10.0),
        (7, 0.0, 2.5),
    ]
    assert {(m.row.period_start, m.row.period_end) for m in preview.matched} == {
        (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    }
    assert any("står ovanför rubrikraden" in text for text in preview.concerns)
    assert importer.commit(preview, school_id=school) == 2
    assert sorted(p.total_absence_pct for p in periods(service)) == [2.5, 15.0]


def register(service: CaseloadService, case_id: str, start: dt.date, end: dt.date) -> None:
    service.add_attendance(
        AttendancePeriod(
            case_id=case_id,
            period_start=start,
            period_end=end,
            total_absence_pct=10.0,
            valid_absence_pct=5.0,
            invalid_absence_pct=5.0,
        )
    )


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("registered", "group"),
    [
        (("2026-10-01", "2026-10-31"), "already"),  # the same period
        (("2026-09-15", "2026-10-15"), "overlapping"),
        (("2026-10-31", "2026-11-15"), "overlapping"),  # one day shared
        (("2026-10-10", "2026-10-20"), "overlapping"),  # inside
        (("2026-09-01", "2026-11-30"), "overlapping"),  # around
        (("2026-09-01", "2026-09-30"), "matched"),  # the day before: no overlap
        (("2026-11-01", "2026-11-15"), "matched"),
    ],
)
def test_a_period_overlapping_one_registered_is_shown_apart_and_written_only_if_accepted(
    service: CaseloadService, school: str, registered: tuple[str, str], group: str
) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "skola24_procent.csv").read_bytes(), "skola24.csv")
    first = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    saga = first.matched[0]
    register(service, saga.case_id, day(registered[0]), day(registered[1]))
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    groups = {
        name: [m.row.personnummer for m in getattr(preview, name)]
        for name in ("matched", "already", "overlapping")
    }
    assert "20120911-2398" in groups["matched"]  # Åsa has nothing registered
    assert saga.row.personnummer in groups[group]
    if group != "overlapping":
        return
    (held,) = preview.overlapping
    assert held.overlaps == ((day(registered[0]), day(registered[1])),)
    assert importer.commit(preview, school_id=school) == 1  # Åsa's alone
    assert len(periods(service)) == 2
    assert importer.commit(preview, school_id=school, accept={held.row.line}) == 1  # chosen
    stored = {(p.case_id, p.period_start, p.period_end) for p in periods(service)}
    assert (saga.case_id, *OCTOBER) in stored and len(stored) == 3


def test_a_preview_committed_twice_writes_nothing_twice_and_says_so(
    service: CaseloadService, school: str
) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "skola24_procent.csv").read_bytes(), "skola24.csv")
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    saga, asa = preview.matched
    assert importer.write(preview, school_id=school, accept={saga.row.line}) == Written(1)
    assert importer.write(preview, school_id=school) == Written(1, already=1)  # Åsa's
    events = len(service.vault.repo.conn.execute("SELECT seq FROM audit_events").fetchall())
    with pytest.raises(DomainError) as refused:
        importer.commit(preview, school_id=school)
    assert str(refused.value) == (
        "Inget har importerats. 2 rader fanns redan registrerade och skrevs inte igen. "
        "Förhandsgranska filen igen för att se vad som redan finns."
    )
    assert len(periods(service)) == 2
    assert len(service.vault.repo.conn.execute("SELECT seq FROM audit_events").fetchall()) == (
        events
    )


def test_a_period_registered_after_the_preview_is_not_written_beside_it_unasked(
    service: CaseloadService, school: str
) -> None:
    importer = AttendanceImport(service)
    table = importer.read((DATA / "skola24_procent.csv").read_bytes(), "skola24.csv")
    preview = importer.preview(table, importer.mapping_for(school, table), period=OCTOBER)
    saga = preview.matched[0]
    register(service, saga.case_id, day("2026-10-15"), day("2026-11-15"))  # typed meanwhile
    written = importer.write(preview, school_id=school)
    assert written == Written(1, overlapping=1)
    assert [str(text) for text in written.skipped()] == [
        "En rad överlappar en period som har registrerats efter förhandsgranskningen och "
        "skrevs inte."
    ]
    assert len(periods(service)) == 2


HEADER = (
    "Personnummer;Elev;Från;Till;Frånvaro totalt (%);Giltig frånvaro (%);Ogiltig frånvaro (%)\n"
)


def _file(*rows: str) -> bytes:
    return (HEADER + "".join(f"{r}\n" for r in rows)).encode("utf-8-sig")


def test_one_student_twice_in_a_file_is_read_once_or_not_at_all(
    service: CaseloadService, school: str
) -> None:
    """A file that gives a student's period twice: the same figures are read once; other
    figures are neither read (which one is true cannot be guessed), and both are said."""
    importer = AttendanceImport(service)
    saga = "20130405-2382;Saga Testsson;2026-10-01;2026-10-31"
    asa = "20120911-2398;Åsa Öberg;2026-10-01;2026-10-31"
    data = _file(f"{saga};20;10;10", f"{asa};8;4;4", f"{saga};20;10;10", f"{asa};30;10;20")
    table = importer.read(data, "export.csv")
    preview = importer.preview(table, importer.mapping_for(school, table))
    assert [(m.row.line, m.row.total_pct) for m in preview.matched] == [(2, 20.0)]
    assert {e.line: "en gång" in e.reason for e in preview.errors} == {
        3: False,
        4: True,
        5: False,
    }
    assert all("andra värden" in e.reason for e in preview.errors if e.line in (3, 5))
    assert importer.commit(preview, school_id=school) == 1
    assert [p.total_absence_pct for p in periods(service)] == [20.0]


@pytest.mark.parametrize(
    ("second", "overlap"),
    [
        (("2026-09-15", "2026-10-15"), True),
        (("2026-09-30", "2026-10-31"), True),  # one day shared
        (("2026-09-05", "2026-09-20"), True),  # inside
        (("2026-10-01", "2026-10-31"), False),  # the next month
    ],
)
def test_a_students_rows_in_one_file_that_share_days_are_written_only_if_chosen(
    service: CaseloadService, school: str, second: tuple[str, str], overlap: bool
) -> None:
    importer = AttendanceImport(service)
    saga = "20130405-2382;Saga Testsson"
    data = _file(f"{saga};2026-09-01;2026-09-30;20;10;10", f"{saga};{second[0]};{second[1]};9;3;6")
    table = importer.read(data, "export.csv")
    preview = importer.preview(table, importer.mapping_for(school, table))
    assert not preview.errors
    if not overlap:
        assert len(preview.matched) == 2 and not preview.overlapping
        assert importer.commit(preview, school_id=school) == 2
        return
    assert not preview.matched
    first, later = preview.overlapping
    assert first.overlaps == ((day(second[0]), day(second[1])),)
    assert later.overlaps == ((day("2026-09-01"), day("2026-09-30")),)
    with pytest.raises(DomainError):  # nothing chosen: nothing written
        importer.commit(preview, school_id=school)
    assert importer.commit(preview, school_id=school, accept={later.row.line}) == 1
    assert [(p.period_start, p.period_end) for p in periods(service)] == [
        (day(second[0]), day(second[1]))
    ]
