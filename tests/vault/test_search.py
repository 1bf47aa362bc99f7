"""Caseload search against a real vault: words anywhere in a name, through the trigram
index, and everything that was findable before still found the same way."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from sstdesk.domain.personnummer import luhn_check_digit
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import migrate
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, Clock, refer_student

NAMES = {
    "bergstrom": ("Elsa", "Bergström"),
    "ekstrom": ("Åsa", "Ekström"),
    "stromberg": ("Noah", "Strömberg"),
    "ostlund": ("Olle", "Östlund"),
    "lindqvist": ("Liam", "Lindqvist"),
    "oberg": ("Ali", "Öberg"),
}
_serial = itertools.count(101)


def personnummer(day: int) -> str:
    nine = f"1203{day:02d}{next(_serial):03d}"
    return f"20{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"


@pytest.fixture(scope="module")
def caseload(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CaseloadService, dict[str, str]]]:
    """Seven students at Solängsskolan, and Saga alone at Ekbackeskolan with skyddade
    personuppgifter (her notes name the school). One vault for the module: only the
    last two tests change it."""
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("search") / "profil",
        passphrase=PASSPHRASE,
        user="anna.s",
        params=KdfParams.floor(),
        clock=Clock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)),
    )
    service = CaseloadService(vault)
    school = service.add_school("Solängsskolan").id
    ids = {}
    for day, (key, (first, last)) in enumerate(NAMES.items(), start=1):
        ids[key] = refer_student(
            service,
            school_id=school,
            personnummer=personnummer(day),
            first_name=first,
            last_name=last,
        ).student_id
    bo = refer_student(
        service,
        personnummer="20120915-2386",
        school_id=school,
        first_name="Bo",
        last_name="Nilsson",
    )
    service.new_note(bo.case_id, text="Spelar innebandy på onsdagar.")
    ids["bo"] = bo.student_id
    protected = refer_student(
        service,
        school_id=service.add_school("Ekbackeskolan").id,
        protected_identity=True,
    )
    service.new_note(protected.case_id, text="Möte på Ekbackeskolan med mentorn.")
    ids["testsson"] = protected.student_id
    yield service, ids
    vault.close()


CASES = [
    # (typed, found) — found as a set; "first" cases below check the order too.
    ("ström", {"bergstrom", "ekstrom", "stromberg"}),  # end, end, start
    ("Ström", {"bergstrom", "ekstrom", "stromberg"}),
    ("STRÖM", {"bergstrom", "ekstrom", "stromberg"}),
    ("strom", {"bergstrom", "ekstrom", "stromberg"}),  # diacritics folded, as before
    ("berg", {"bergstrom", "stromberg", "oberg"}),  # start, end, end
    ("gströ", {"bergstrom"}),  # middle
    ("qvist", {"lindqvist"}),
    ("stlund", {"ostlund"}),
    ("östl", {"ostlund"}),
    ("öberg", {"oberg"}),
    ("ÅSA", {"ekstrom"}),
    ("elsa ström", {"bergstrom"}),
    ("ström elsa", {"bergstrom"}),
    ("noah berg", {"stromberg"}),
    ("ström solängs", {"bergstrom", "ekstrom", "stromberg"}),  # name inside, school start
    ("ström ekbacke", set()),  # her school is never searchable
    # Shorter than a trigram: the start of a word, as before.
    ("E", {"bergstrom", "ekstrom"}),  # Elsa, Ekström
    ("Ek", {"ekstrom"}),  # not Saga, though her school starts with Ek
    ("Ö", {"ostlund", "oberg", "bo"}),  # Bo's note: "onsdagar", folded as before
    ("li", {"lindqvist"}),
    ("st", {"stromberg"}),
    ("s ö", {"ostlund", "oberg", "bo"}),  # Solängsskolan and Ö…
    # Personnummer, school and notes as before.
    ("120915-2386", {"bo"}),
    ("201209152386", {"bo"}),
    ("20120915", {"bo"}),
    ("solängs", set(NAMES) | {"bo"}),
    ("innebandy", {"bo"}),
    # Skyddade personuppgifter: by her name, as before; never by her school.
    ("Testsson", {"testsson"}),
    ("estss", {"testsson"}),
    ("Ekbacke", set()),
    ("backe", set()),
    ("Ekbackeskolan", set()),
    ("kbackeskol", set()),
    # Nothing, or nothing sensible.
    ("xyz", set()),
    ("ströms", set()),
    ('"; DROP TABLE students; --', set()),
    ("", set()),
    ("   ", set()),
]


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_search_finds(
    caseload: tuple[CaseloadService, dict[str, str]], typed: str, expected: set[str]
) -> None:
    service, ids = caseload
    by_id = {v: k for k, v in ids.items()}
    found = [r.student_id for r in service.search(typed)]
    assert len(found) == len(set(found))
    assert {by_id[i] for i in found} == expected


def test_a_word_start_comes_before_a_word_inside(
    caseload: tuple[CaseloadService, dict[str, str]],
) -> None:
    service, ids = caseload
    assert [r.student_id for r in service.search("berg")][0] == ids["bergstrom"]
    assert [r.student_id for r in service.search("ström")][0] == ids["stromberg"]


def test_the_limit_holds_across_the_steps(
    caseload: tuple[CaseloadService, dict[str, str]],
) -> None:
    service, ids = caseload
    assert len(service.vault.repo.search("ström", limit=2)) == 2
    assert service.vault.repo.search("berg", limit=1) == [ids["bergstrom"]]


def test_a_change_replaces_the_students_rows_and_a_removal_drops_them(
    caseload: tuple[CaseloadService, dict[str, str]],
) -> None:
    service, ids = caseload
    conn = service.vault.conn
    students = conn.execute("SELECT count(*) FROM students").fetchone()[0]
    service.set_protected(ids["ekstrom"], True)
    service.set_protected(ids["ekstrom"], False)
    for table in ("search_rows", "search_index", "search_names"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == students  # noqa: S608
    repo = service.vault.repo
    repo.unindex_student(ids["ekstrom"])
    assert ids["ekstrom"] not in repo.search("ström")
    assert conn.execute("SELECT count(*) FROM search_names").fetchone()[0] == students - 1


def test_the_index_is_replaced_by_rowid_not_by_a_scan(
    caseload: tuple[CaseloadService, dict[str, str]],
) -> None:
    """Issue 17: student_id is UNINDEXED, so a DELETE by it reads the whole index."""
    service, ids = caseload
    statements: list[str] = []
    service.vault.conn.set_trace_callback(statements.append)
    try:
        with service.vault.transaction() as repo:
            repo.reindex_student(ids["lindqvist"])
    finally:
        service.vault.conn.set_trace_callback(None)
    deletes = [s for s in statements if s.lstrip().upper().startswith("DELETE")]
    assert deletes and all("rowid" in s or "WHERE id" in s for s in deletes), deletes


def test_an_older_vault_is_migrated_and_its_index_rebuilt(tmp_path: Path, clock: Clock) -> None:
    """A vault at the schema before 0011 finds names anywhere once unlocked."""
    steps = tmp_path / "v10"
    steps.mkdir()
    for m in migrate.available()[:10]:
        (steps / m.path.name).write_text(m.path.read_text())
    profile = tmp_path / "profil"
    vault, _ = Vault.create(
        profile,
        passphrase=PASSPHRASE,
        user="anna.s",
        params=KdfParams.floor(),
        clock=clock,
        migrations=steps,
    )
    rows = [
        ("s1", "Elsa Bergström", "201203011015", "Solängsskolan", "Samtal om sömn"),
        ("s2", "Åsa Ekström", "201203021022", "Solängsskolan", ""),
        ("s3", "Saga Testsson", "201304052382", "", "Möte på [skyddad uppgift]"),
    ]
    with vault.transaction() as repo:
        for row in rows:
            repo.conn.execute(
                "INSERT INTO search_index (student_id, name, personnummer, school, notes) "
                "VALUES (?, ?, ?, ?, ?)",
                row,
            )
        # An old index could hold a student twice; the newer row is the one kept.
        repo.conn.execute(
            "INSERT INTO search_index (student_id, name, personnummer, school, notes) "
            "VALUES ('s2', 'Åsa Ekström', '201203021022', 'Solängsskolan', 'oro')"
        )
    assert migrate.current_version(vault.conn) == 10
    vault.close()

    upgraded = Vault.unlock(profile, passphrase=PASSPHRASE, clock=clock)
    try:
        conn, repo = upgraded.conn, upgraded.repo
        assert migrate.current_version(conn) == len(migrate.available())
        assert sorted(repo.search("ström")) == ["s1", "s2"]
        assert repo.search("201203011015") == ["s1"]
        assert repo.search("sömn") == ["s1"]
        assert repo.search("oro") == ["s2"]
        assert repo.search("solängs") == ["s1", "s2"]
        assert repo.search("estss") == ["s3"]
        assert repo.search("skyddad") == ["s3"]  # the masked note, kept as it was
        assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 3
        keys = dict(conn.execute("SELECT student_id, id FROM search_rows"))
        assert sorted(keys) == ["s1", "s2", "s3"]
        for student_id, rowid in keys.items():
            (indexed,) = conn.execute(
                "SELECT student_id FROM search_index WHERE rowid = ?", (rowid,)
            ).fetchone()
            assert indexed == student_id
            assert conn.execute(
                "SELECT name FROM search_names WHERE rowid = ?", (rowid,)
            ).fetchone()
        for table in ("search_index", "search_names"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")  # noqa: S608
    finally:
        upgraded.close()
