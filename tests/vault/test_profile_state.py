"""A profile whose vault cannot be opened whole is refused by name, never opened empty; a full
disk or a read-only profile is said as such, and nothing is half-written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sstdesk.domain.model import Student
from sstdesk.domain.personnummer import luhn_check_digit
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import vault as vault_store
from sstdesk.vault.errors import (
    DiskFull,
    ReadOnlyProfile,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultExists,
    VaultFileMissing,
    VaultForeign,
)
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import PASSPHRASE, refer_student


def make(profile: Path, user: str = "anna.s") -> None:
    vault, _code = Vault.create(profile, passphrase=PASSPHRASE, user=user, params=KdfParams.floor())
    refer_student(CaseloadService(vault))
    vault.close()


def pnr(n: int) -> str:
    """A synthetic personnummer, born 2013 (valid check digit, serial from 900)."""
    nine = f"130405{900 + n:03d}"
    return f"2013{nine[2:6]}-{nine[6:]}{luhn_check_digit(nine)}"


def unlock(profile: Path) -> Vault:
    return Vault.unlock(profile, passphrase=PASSPHRASE)


def break_db(profile: Path, how: str, tmp_path: Path) -> None:
    db = profile / DB_NAME
    if how == "missing":
        db.unlink()
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "foreign":  # another vault's database, under this key file
        other = tmp_path / "annan"
        make(other, "bo.t")
        shutil.copyfile(other / DB_NAME, db)
    elif how == "key missing":
        (profile / KEY_NAME).unlink()


@pytest.mark.parametrize(
    ("how", "error", "named"),
    [
        ("missing", VaultFileMissing, DB_NAME),
        ("empty", VaultEmpty, DB_NAME),
        ("foreign", VaultDamaged, DB_NAME),
        ("key missing", VaultFileMissing, KEY_NAME),
    ],
)
def test_a_vault_missing_a_part_is_refused_by_name_and_never_opened_empty(
    profile: Path, tmp_path: Path, how: str, error: type[Exception], named: str
) -> None:
    make(profile)
    break_db(profile, how, tmp_path)
    before = sorted(p.name for p in profile.iterdir())
    assert vault_store.exists(profile)  # the window asks to unlock, not to create
    with pytest.raises(error) as refused:
        unlock(profile)
    assert str(profile / named) in str(refused.value)
    assert "säkerhetskopia" in str(refused.value)
    with pytest.raises(VaultExists):  # no new vault made over what is left
        Vault.create(profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor())
    assert sorted(p.name for p in profile.iterdir()) == before
    if how != "missing":
        assert (profile / DB_NAME).exists() == (how != "missing")
        if how == "empty":
            assert (profile / DB_NAME).stat().st_size == 0  # still as found


def test_a_database_of_another_vault_under_this_key_file_is_named_as_foreign(
    profile: Path, tmp_path: Path
) -> None:
    # Two vaults made with the same data key cannot happen; a database that decrypts but
    # names another vault (a restore mixed up by hand) is still refused.
    make(profile)
    opened = unlock(profile)
    with opened.transaction() as repo:
        repo.set_meta("vault_id", "0" * 32)
    opened.close()
    with pytest.raises(VaultForeign) as refused:
        unlock(profile)
    assert "annat valv" in str(refused.value)


def test_starting_over_takes_the_confirming_word_and_keeps_the_old_files(
    profile: Path, tmp_path: Path
) -> None:
    make(profile)
    (profile / DB_NAME).write_bytes(b"")
    with pytest.raises(VaultError, match="BÖRJA OM"):
        vault_store.start_over(profile, confirm="ja")
    assert (profile / KEY_NAME).exists()
    aside = vault_store.start_over(profile, confirm="  börja   om ")
    assert not vault_store.exists(profile)
    assert sorted(p.name for p in aside.iterdir()) == [KEY_NAME, DB_NAME]
    vault, _code = Vault.create(
        profile, passphrase="en ny fras här", user="anna.s", params=KdfParams.floor()
    )
    assert not CaseloadService(vault).overview().rows
    vault.close()


def test_a_creation_cut_short_is_no_vault_and_can_be_made_again(profile: Path) -> None:
    make(profile)
    (profile / DB_NAME).rename(profile / vault_store.STAGING_NAME)  # stopped before the rename
    assert not vault_store.exists(profile)
    Vault.create(profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor())[0].close()
    assert not (profile / vault_store.STAGING_NAME).exists()
    unlock(profile).close()


def count(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_a_full_disk_is_said_as_such_and_nothing_is_half_written(profile: Path) -> None:
    make(profile)
    vault = unlock(profile)
    service = CaseloadService(vault)
    students, events = count(vault, "students"), count(vault, "audit_events")
    # The database may not grow by one page: what SQLite says when the disk is full.
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as refused:
        for n in range(50):  # enough to need a new page whatever is free inside the file
            refer_student(service, first_name=f"Testelev{n}", personnummer=pnr(n))
    assert str(refused.value).startswith("Disken är full – ingenting har ändrats")
    added = count(vault, "students") - students
    assert added < 50
    # Each call that failed left nothing: every student there has its case and audit.
    cases = vault.conn.execute("SELECT count(DISTINCT student_id) FROM cases").fetchone()[0]
    assert cases == count(vault, "students")
    vault.conn.execute("PRAGMA max_page_count = 1073741823")
    refer_student(service, first_name="Efteråt", personnummer=pnr(99))
    assert count(vault, "students") == students + added + 1
    assert count(vault, "audit_events") > events
    vault.close()
    unlock(profile).close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_read_only_profile_is_said_as_such(profile: Path) -> None:
    make(profile)
    for path in (profile / DB_NAME, profile / KEY_NAME, profile):
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        with pytest.raises(ReadOnlyProfile) as refused:
            unlock(profile)
        assert str(profile) in str(refused.value)
    finally:
        profile.chmod(0o700)
        for path in (profile / DB_NAME, profile / KEY_NAME):
            path.chmod(0o600)


def test_a_write_refused_as_read_only_is_said_as_such_and_changes_nothing(profile: Path) -> None:
    make(profile)
    vault = unlock(profile)
    before = [s.id for s in vault.repo.find(Student)]
    vault.conn.execute("PRAGMA query_only = ON")  # what SQLite says of a read-only file
    with pytest.raises(ReadOnlyProfile) as refused:
        refer_student(CaseloadService(vault), first_name="Ny", personnummer=pnr(1))
    assert "skrivskyddad" in str(refused.value) and str(profile) in str(refused.value)
    vault.conn.execute("PRAGMA query_only = OFF")
    assert [s.id for s in vault.repo.find(Student)] == before
    vault.close()
