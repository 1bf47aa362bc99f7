"""The database at rest: encrypted, configured as designed, failing closed when damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sstdesk.vault import migrate
from sstdesk.vault.errors import MigrationFailed, VaultDamaged, VaultExists
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.records import TABLES, columns, hints, sql_type
from sstdesk.vault.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE


def test_the_file_is_not_sqlite_without_the_key(vault: Vault, profile: Path) -> None:
    vault.close()
    raw = (profile / DB_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(profile / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()


def test_pragmas_are_as_designed(vault: Vault) -> None:
    conn = vault.conn

    def one(pragma: str) -> object:
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]

    assert one("journal_mode") == "wal"
    assert one("temp_store") == 2
    assert one("secure_delete") == 1
    assert one("foreign_keys") == 1
    assert one("cipher_plaintext_header_size") == "0"
    assert int(one("cache_size")) <= -100_000  # at least ~100 MiB, in KiB
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    assert "ENABLE_FTS5" in options
    assert any(o.startswith("TEMP_STORE=") and o[-1] in "23" for o in options)


def test_the_profile_directory_and_files_are_owner_only(vault: Vault, profile: Path) -> None:
    vault.close()
    assert profile.stat().st_mode & 0o077 == 0
    for path in profile.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_creating_over_an_existing_vault_is_refused(vault: Vault, profile: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(profile, passphrase=PASSPHRASE, user="x", params=KdfParams.floor())


@pytest.mark.parametrize("where", ["header", "middle"])
def test_a_damaged_database_is_named_and_never_half_opened(
    vault: Vault, profile: Path, where: str
) -> None:
    vault.close()
    path = profile / DB_NAME
    data = bytearray(path.read_bytes())
    offset = 0 if where == "header" else len(data) - 2000
    data[offset : offset + 16] = bytes(16)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(VaultDamaged) as caught:
        Vault.unlock(profile, passphrase=PASSPHRASE)
    assert path.read_bytes() == before
    assert str(path) in str(caught.value)
    assert "Databasfilen" in str(caught.value)


def test_tables_mirror_the_domain_entities(vault: Vault) -> None:
    """Every entity field has its column with the declared type, and nothing else."""
    for cls, table in TABLES.items():
        info = {
            row[1]: (row[2], bool(row[3]))
            for row in vault.conn.execute(f"PRAGMA table_info({table})")
        }
        assert set(info) == set(columns(cls)), table
        for name, hint in hints(cls).items():
            if name == "id":
                continue
            declared = sql_type(hint)
            assert info[name] == (declared.split()[0], declared.endswith("NOT NULL")), (
                f"{table}.{name}"
            )


def test_schema_version_is_in_user_version(vault: Vault) -> None:
    assert migrate.current_version(vault.conn) == len(migrate.available())


def test_a_failing_migration_changes_nothing_and_a_copy_was_taken(
    vault: Vault, profile: Path, tmp_path: Path
) -> None:
    vault.close()
    steps = tmp_path / "migrations"
    steps.mkdir()
    for m in migrate.available():
        (steps / m.path.name).write_text(m.path.read_text())
    n = len(migrate.available())
    (steps / f"{n + 1:04d}_add_column.sql").write_text(
        "ALTER TABLE schools ADD COLUMN phone TEXT NOT NULL DEFAULT '';\n"
        "CREATE TABLE broken (id TEXT PRIMARY KEY);\n"
        "INSERT INTO no_such_table VALUES (1);\n"
    )
    with pytest.raises(MigrationFailed) as caught:
        Vault.unlock(profile, passphrase=PASSPHRASE, migrations=steps)
    backup = profile / f"{DB_NAME}.pre-v{n + 1}"
    assert backup.exists() and str(backup) in str(caught.value)
    opened = Vault.unlock(profile, passphrase=PASSPHRASE)
    assert migrate.current_version(opened.conn) == n
    cols = {row[1] for row in opened.conn.execute("PRAGMA table_info(schools)")}
    assert "phone" not in cols
    assert not opened.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'broken'").fetchone()
    opened.close()
    # With the broken step fixed, the upgrade goes through in one step.
    (steps / f"{n + 1:04d}_add_column.sql").write_text(
        "ALTER TABLE schools ADD COLUMN phone TEXT NOT NULL DEFAULT '';\n"
    )
    upgraded = Vault.unlock(profile, passphrase=PASSPHRASE, migrations=steps)
    assert migrate.current_version(upgraded.conn) == n + 1
    upgraded.close()


def test_a_vault_from_a_newer_program_is_not_touched(vault: Vault, profile: Path) -> None:
    vault.conn.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(Exception, match="nyare version"):
        Vault.unlock(profile, passphrase=PASSPHRASE)


def test_memory_security_is_off_by_default_and_on_when_it_asked_for(tmp_path: Path) -> None:
    """Process-wide in SQLCipher, so each case runs in a process of its own."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path; from sstdesk.vault.vault import open_database;"
        "c = open_database(Path(sys.argv[1]), bytearray(32));"
        "print(c.execute('PRAGMA cipher_memory_security').fetchone()[0])"
    )
    results = {}
    for setting in ("", "on"):
        env = {**os.environ, "SSTDESK_MEMORY_SECURITY": setting}
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / f"m{setting}.db")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        results[setting] = done.stdout.strip()
    assert results == {"": "0", "on": "1"}


def test_a_version_1_vault_upgrades_with_its_data(profile: Path, tmp_path: Path) -> None:
    """A vault made before migration 0002 opens with today's program, data intact."""
    from sstdesk.domain.model import School

    first_only = tmp_path / "v1"
    first_only.mkdir()
    first = migrate.available()[0]
    (first_only / first.path.name).write_text(first.path.read_text())
    old, _ = Vault.create(
        profile,
        passphrase=PASSPHRASE,
        user="anna.s",
        params=KdfParams.floor(),
        migrations=first_only,
    )
    school = School(name="Solängsskolan")
    with old.transaction() as repo:
        repo.put(school)
    assert migrate.current_version(old.conn) == 1
    old.close()

    upgraded = Vault.unlock(profile, passphrase=PASSPHRASE)
    assert migrate.current_version(upgraded.conn) == len(migrate.available())
    assert upgraded.repo.get(School, school.id) == school
    assert (profile / f"{DB_NAME}.pre-v2").exists()
    upgraded.close()


def test_a_later_page_check_finds_damage_the_open_did_not_read(vault: Vault, profile: Path) -> None:
    """The window opens without the whole-file check and runs it after the first paint.

    The damaged page is the journal table's root: opening never reads it, the check does.
    """
    root = vault.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'journal_notes'"
    ).fetchone()[0]
    vault.close()
    path = profile / DB_NAME
    data = bytearray(path.read_bytes())
    page_size = 4096
    offset = (root - 1) * page_size + 100
    data[offset : offset + 16] = bytes(16)
    path.write_bytes(bytes(data))
    opened = Vault.unlock(profile, passphrase=PASSPHRASE, check_pages=False)
    with pytest.raises(VaultDamaged) as caught:
        opened.check_pages()
    assert str(path) in str(caught.value)
    opened.close()
    with pytest.raises(VaultDamaged):
        Vault.unlock(profile, passphrase=PASSPHRASE)  # the default open checks up front
