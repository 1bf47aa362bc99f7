"""Backups of real vaults on disk: every row comes back, damage and foreign files are
refused without changing anything, a vault already there is kept, and a crash in the
middle of a restore leaves the old vault or the new one, never a mix."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sstdesk.domain.codes import Gender, ReferredBy
from sstdesk.domain.model import Case, Student
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import audit, backup, swap
from sstdesk.vault.connection import Connection
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import PASSPHRASE, Clock, refer_student

AT = dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC)


def dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the full-text index's own tables included), by rowid."""
    tables = [
        name
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )
        if not sql.upper().startswith("CREATE VIRTUAL")
    ]
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables:
        try:
            sql = f'SELECT rowid, * FROM "{table}" ORDER BY rowid'  # noqa: S608
            rows[table] = conn.execute(sql).fetchall()
        except Exception:  # WITHOUT ROWID
            rows[table] = sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall())  # noqa: S608
    return rows


def files_of(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def made(demo: CaseloadService, usb: Path) -> backup.BackupReport:
    return backup.write_backup(demo.vault, usb, passphrase=PASSPHRASE)


def test_a_restored_backup_holds_every_row_of_every_table(
    demo: CaseloadService, usb: Path, tmp_path: Path, clock: Clock
) -> None:
    report = backup.write_backup(demo.vault, usb, passphrase=PASSPHRASE)
    assert report.with_passphrase and report.records > 500
    original = dump(demo.vault.conn)
    demo.vault.close()

    target = tmp_path / "ny-dator"
    restored = backup.restore_backup(report.path, target, passphrase=PASSPHRASE, at=clock())
    assert restored.records == report.records and restored.kept == ()
    vault = Vault.unlock(target, passphrase=PASSPHRASE, clock=clock)
    try:
        again = dump(vault.conn)
    finally:
        vault.close()

    assert set(again) == set(original)
    for table in original:
        if table in ("audit_events", "meta"):
            continue
        assert again[table] == original[table], table
    # The backup's own event stays in the vault it was made from; the restore's goes into
    # the restored vault, then the unlock's: the chains agree up to the snapshot.
    before, after = original["audit_events"], again["audit_events"]
    assert before[-1][5] == "vault.backup" and before[-1][7] == report.path.name
    assert after[: len(before) - 1] == before[:-1]
    assert [row[5] for row in after[len(before) - 1 :]] == ["vault.restore", "vault.unlock"]
    meta_before = {key: value for _rowid, key, value in original["meta"]}
    meta_after = {key: value for _rowid, key, value in again["meta"]}
    assert set(meta_after) == set(meta_before)
    # The log goes on under a new name, whose seqs nothing was written with before.
    assert {k for k in meta_before if meta_before[k] != meta_after[k]} == {"audit_head", "device"}
    assert {row[4] for row in after[len(before) - 1 :]} == {meta_after["device"]}


def test_the_backup_is_encrypted_and_names_nobody(
    demo: CaseloadService, made: backup.BackupReport
) -> None:
    assert backup.backup_name(AT) == "sstdesk-backup-2026-12-01T1405.sstbak"
    assert made.path.name.startswith("sstdesk-backup-") and made.path.suffix == ".sstbak"
    raw = made.path.read_bytes()
    with zipfile.ZipFile(made.path) as archive:
        assert archive.namelist() == ["manifest.json", "vault.db", "keys.json"]
        assert not archive.read("vault.db").startswith(b"SQLite format 3")
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "sstdesk-backup" and manifest["version"] == 1
    assert manifest["vault_id"] == demo.vault.repo.meta("vault_id")
    part = manifest["parts"]["vault.db"]
    assert part["size"] > 0 and len(part["sha256"]) == 64
    students = demo.vault.repo.find(Student)
    for student in students[:20]:
        for canary in (student.first_name, student.last_name, student.personnummer):
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in raw, canary


def test_the_backup_is_read_back_and_opened_with_the_open_key_when_no_passphrase(
    demo: CaseloadService, usb: Path
) -> None:
    """Automatic backups have no passphrase to hand: the copy is opened with the vault's key."""
    report = backup.write_backup(demo.vault, usb, kind=backup.AUTO)
    assert not report.with_passphrase
    assert report.counts == backup._counts(demo.vault.conn, "main") | {
        "audit_events": report.counts["audit_events"]
    }
    assert backup.read_manifest(report.path).kind == "auto"
    assert [p.name for p in demo.vault.directory.iterdir() if p.name.startswith(".")] == []


def test_a_gap_in_a_colleagues_log_as_received_never_stops_a_backup(
    demo: CaseloadService, usb: Path, tmp_path: Path
) -> None:
    # A colleague's laptop restored from its backup: its events as received here have a
    # gap, which sync shows the team. This laptop's own backup is not refused for it.
    with demo.vault.transaction() as repo:
        repo.conn.execute(
            "INSERT INTO team_audit_events (device, seq, at, actor, action, student_id, "
            "reason, prev_hash, hash) VALUES ('kollegans-dator', 7, '2026-11-30T10:00:00', "
            "'bo.t', 'student.read', '', '', ?, ?)",
            ("0" * 64, "1" * 64),
        )
    assert not audit.verify_team(demo.vault.conn).ok
    report = backup.write_backup(demo.vault, usb, passphrase=PASSPHRASE)
    restored = tmp_path / "återställd"
    backup.restore_backup(report.path, restored, passphrase=PASSPHRASE, at=dt.datetime.now(dt.UTC))
    vault = Vault.unlock(restored, passphrase=PASSPHRASE)
    try:
        seen = vault.conn.execute(
            "SELECT count(*) FROM team_audit_events WHERE device = 'kollegans-dator'"
        ).fetchone()[0]
        assert seen == 1  # kept in the copy as it was received
    finally:
        vault.close()


def test_a_backup_that_does_not_read_back_is_removed_and_not_audited(
    demo: CaseloadService, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick that returns other bytes than were written: no backup is claimed."""

    def bad_stick(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))

    monkeypatch.setattr(backup, "_drop_cache", bad_stick)
    before = len(audit.events(demo.vault.conn))
    with pytest.raises(backup.BackupNotVerified, match="borttagen"):
        backup.write_backup(demo.vault, usb, passphrase=PASSPHRASE)
    assert list(usb.iterdir()) == []
    assert len(audit.events(demo.vault.conn)) == before


def test_a_full_disk_says_so_and_leaves_nothing(
    demo: CaseloadService, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[int] = []

    def full(handle: Any, data: bytes) -> None:
        if sum(written) + len(data) > 200_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(len(data))
        handle.write(data)

    monkeypatch.setattr(backup, "_write_chunk", full)
    before = len(audit.events(demo.vault.conn))
    with pytest.raises(backup.BackupDiskFull) as caught:
        backup.write_backup(demo.vault, usb)
    assert str(caught.value).startswith("Disken är full – ingenting har ändrats")
    assert list(usb.iterdir()) == []
    assert len(audit.events(demo.vault.conn)) == before
    assert [p.name for p in demo.vault.directory.iterdir() if p.name.startswith(".")] == []


def test_a_missing_or_read_only_folder_is_named(
    demo: CaseloadService, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(backup.BackupFolderMissing, match="USB-minnet"):
        backup.write_backup(demo.vault, usb / "E:")
    with pytest.raises(backup.BackupError, match="utanför profilmappen"):
        backup.write_backup(demo.vault, demo.vault.directory)

    real_open = os.open

    def read_only(path: Any, flags: int, *args: Any) -> int:
        if Path(path).parent == usb and flags & os.O_CREAT:
            raise PermissionError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)  # the stick's write-protect switch
    with pytest.raises(backup.BackupFolderReadOnly, match="skrivskyddad") as caught:
        backup.write_backup(demo.vault, usb)
    assert str(usb) in str(caught.value)
    assert list(usb.iterdir()) == []


# -- refusing what cannot be restored ---------------------------------------------------


def rebuilt(
    path: Path,
    out: Path,
    *,
    fix_sums: bool = True,
    listed: dict[str, Any] | None = None,
    **parts: bytes,
) -> Path:
    """The backup with some parts replaced; with `fix_sums`, its manifest made to match (a
    forger's copy, not an accident)."""
    with zipfile.ZipFile(path) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
    content.update(parts)
    manifest = json.loads(content["manifest.json"]) | (listed or {})
    if fix_sums:
        for name in ("vault.db", "keys.json"):
            manifest["parts"][name] = {
                "size": len(content[name]),
                "sha256": hashlib.sha256(content[name]).hexdigest(),
            }
        content["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name in ("manifest.json", "vault.db", "keys.json"):
            archive.writestr(name, content[name])
    out.write_bytes(buffer.getvalue())
    return out


def flipped(path: Path, out: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    out.write_bytes(bytes(data))
    return out


@pytest.fixture
def existing(tmp_path: Path, clock: Clock) -> Path:
    """A profile with a vault of its own, which a refused restore must leave as it was."""
    profile = tmp_path / "befintlig"
    vault, _ = Vault.create(
        profile, passphrase=PASSPHRASE, user="bo", params=KdfParams.floor(), clock=clock
    )
    refer_student(CaseloadService(vault), first_name="Kvar", personnummer="20120312-2385")
    vault.close()
    return profile


def other_keys(tmp_path: Path) -> bytes:
    vault, _ = Vault.create(
        tmp_path / "annat", passphrase=PASSPHRASE, user="x", params=KdfParams.floor()
    )
    vault.close()
    return (tmp_path / "annat" / KEY_NAME).read_bytes()


@pytest.mark.parametrize(
    ("damage", "refusal", "words"),
    [
        ("flipped byte in the database", backup.BackupUnreadable, "skadad"),
        ("flipped byte in the manifest", backup.BackupUnreadable, "skadad"),
        ("truncated", backup.BackupUnreadable, "avkortad"),
        # Which check sees it depends on the page the byte lands on (the schema's layout).
        ("forged database page", backup.BackupUnreadable, "kan inte läsas|skadad"),
        ("another vault's key file", backup.BackupMismatch, "annat valv"),
        ("not a backup at all", backup.BackupForeign, "ingen säkerhetskopia"),
        ("someone else's zip", backup.BackupForeign, "ingen säkerhetskopia"),
        ("wrong passphrase", backup.BackupWrongSecret, "Lösenfrasen öppnar inte"),
        ("made by a newer sstdesk", backup.BackupTooNew, "nyare version"),
        ("a newer backup format", backup.BackupTooNew, "nyare version"),
    ],
)
def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(
    made: backup.BackupReport,
    existing: Path,
    tmp_path: Path,
    clock: Clock,
    damage: str,
    refusal: type[Exception],
    words: str,
) -> None:
    source, bad = made.path, tmp_path / "kopia.sstbak"
    with zipfile.ZipFile(source) as archive:
        db_at = archive.getinfo("vault.db").header_offset + 100
        manifest_at = archive.getinfo("manifest.json").header_offset + 60
        db = archive.read("vault.db")
    passphrase = PASSPHRASE
    if damage == "flipped byte in the database":
        flipped(source, bad, db_at + 5000)
    elif damage == "flipped byte in the manifest":
        flipped(source, bad, manifest_at)
    elif damage == "truncated":
        bad.write_bytes(source.read_bytes()[: len(db) // 2])
    elif damage == "forged database page":
        forged = bytearray(db)
        forged[len(db) // 3] ^= 0x01
        rebuilt(source, bad, **{"vault.db": bytes(forged)})
    elif damage == "another vault's key file":
        rebuilt(source, bad, **{"keys.json": other_keys(tmp_path)})
    elif damage == "not a backup at all":
        bad.write_bytes(b"%PDF-1.7\n" + os.urandom(5000))
    elif damage == "made by a newer sstdesk":
        rebuilt(source, bad, listed={"schema_version": 99})
    elif damage == "a newer backup format":
        rebuilt(source, bad, listed={"version": 2})
    elif damage == "someone else's zip":
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("semesterbilder/bild.jpg", os.urandom(100))
    else:
        bad = source
        passphrase = "fel lösenfras helt och hållet"
    before = files_of(existing)
    with pytest.raises(refusal, match=words) as caught:
        backup.restore_backup(bad, existing, passphrase=passphrase, at=clock())
    assert bad.name in str(caught.value)
    assert files_of(existing) == before
    assert sorted(p.name for p in existing.iterdir()) == sorted(before)
    vault = Vault.unlock(existing, passphrase=PASSPHRASE)
    try:
        assert [s.first_name for s in vault.repo.find(Student)] == ["Kvar"]
    finally:
        vault.close()


def test_restoring_over_a_vault_keeps_the_old_one_beside_it(
    demo: CaseloadService, usb: Path, clock: Clock
) -> None:
    report = backup.write_backup(demo.vault, usb)
    later = refer_student(
        demo, school_id=demo.schools()[0].id, first_name="Efteråt", personnummer="20120312-2385"
    )
    profile = demo.vault.directory
    demo.vault.close()

    clock.advance(hours=2)
    restored = backup.restore_backup(report.path, profile, passphrase=PASSPHRASE, at=clock())
    assert [p.name for p in restored.kept] == [
        "vault.db.before-restore-20261123T113000",
        "keys.json.before-restore-20261123T113000",
    ]
    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    try:
        assert vault.repo.get(Student, later.student_id) is None
    finally:
        vault.close()
    # The vault that was there opens from its kept files, with the student added after.
    kept = profile.parent / "kept"
    kept.mkdir(mode=0o700)
    for path, name in zip(restored.kept, (DB_NAME, KEY_NAME), strict=True):
        (kept / name).write_bytes(path.read_bytes())
    old = Vault.unlock(kept, passphrase=PASSPHRASE)
    try:
        assert old.repo.get(Student, later.student_id) is not None
    finally:
        old.close()


def test_the_recovery_code_restores_and_sets_a_new_passphrase(
    tmp_path: Path, usb: Path, clock: Clock
) -> None:
    """The passphrase is forgotten and the laptop gone: the printed code and the stick."""
    vault, code = Vault.create(
        tmp_path / "gammal", passphrase=PASSPHRASE, user="anna", params=KdfParams.floor()
    )
    refer_student(CaseloadService(vault))
    report = backup.write_backup(vault, usb)
    vault.close()
    target = tmp_path / "ny"
    with pytest.raises(backup.BackupWrongSecret, match="Återställningskoden"):
        backup.restore_backup(
            report.path, target, recovery_code="0000-0000", new_passphrase="ny fras x", at=clock()
        )
    backup.restore_backup(
        report.path,
        target,
        recovery_code=code.lower(),
        new_passphrase="en ny lång fras",
        at=clock(),
    )
    restored = Vault.unlock(target, passphrase="en ny lång fras")
    try:
        assert len(restored.repo.find(Student)) == 1
        assert audit.verify(restored.conn).ok
    finally:
        restored.close()


# -- a crash in the middle of the swap ----------------------------------------------------


class Crash(BaseException):
    """The power goes: nothing after this runs, no handler cleans up."""


def crash_at(monkeypatch: pytest.MonkeyPatch, step: int) -> list[str]:
    """Make the `step`-th file-system change of the swap (rename, link, remove) the last."""
    done: list[str] = []
    for name in ("replace", "link", "unlink"):
        real = getattr(os, name)

        def wrapped(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            if len(done) == step:
                raise Crash(_name)
            done.append(f"{_name} {Path(args[0]).name}")
            return _real(*args, **kw)

        monkeypatch.setattr(os, name, wrapped)
    return done


@pytest.mark.parametrize("whose", ["its own", "another vault's"])
def test_a_crash_at_any_step_of_a_restore_leaves_the_old_or_the_new_vault(
    demo: CaseloadService,
    usb: Path,
    tmp_path: Path,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    whose: str,
) -> None:
    """Its own backup shares the data key (a half swap could even open); another vault's
    does not (a half swap would not open at all). Both end old or new, whole."""
    profile = demo.vault.directory
    old_id = demo.vault.repo.meta("vault_id")
    if whose == "its own":
        report = backup.write_backup(demo.vault, usb)
        new_id = old_id
    else:
        other, _ = Vault.create(
            tmp_path / "annat", passphrase=PASSPHRASE, user="bo", params=KdfParams.floor()
        )
        report = backup.write_backup(other, usb)
        new_id = other.repo.meta("vault_id")
        other.close()
    newer = refer_student(
        demo, school_id=demo.schools()[0].id, first_name="Nyare", personnummer="20120312-2385"
    )
    demo.vault.close()
    pristine = files_of(profile)
    with monkeypatch.context() as m:
        steps = crash_at(m, 10_000)
        backup.restore_backup(report.path, profile, passphrase=PASSPHRASE, at=clock())
    assert len(steps) > 5, steps
    outcomes = set()
    for step in range(len(steps)):
        for path in list(profile.iterdir()):  # back to the vault before the restore
            swap.shred_tree(path) if path.is_dir() else path.unlink()
        for name, data in pristine.items():
            (profile / name).write_bytes(data)
        with monkeypatch.context() as m:
            crash_at(m, step)
            with pytest.raises(Crash):
                backup.restore_backup(report.path, profile, passphrase=PASSPHRASE, at=clock())
        # The next start: unlocking finishes what the journal promised, or finds the old.
        vault = Vault.unlock(profile, passphrase=PASSPHRASE)
        try:
            assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert audit.verify(vault.conn).ok
            is_new = "vault.restore" in [e.action for e in audit.events(vault.conn)]
            assert vault.repo.meta("vault_id") == (new_id if is_new else old_id), step
            assert (vault.repo.get(Student, newer.student_id) is None) is is_new, step
            outcomes.add("new" if is_new else "old")
        finally:
            vault.close()
        assert not (profile / swap.JOURNAL).exists()
        if is_new:  # the vault it replaced is kept, whole
            kept = sorted(p.name for p in profile.iterdir() if "before-restore" in p.name)
            assert kept[:2] == [
                "keys.json.before-restore-20261123T093000",
                "vault.db.before-restore-20261123T093000",
            ], (step, kept)
    assert outcomes == {"old", "new"}


def test_a_restore_into_an_empty_profile_needs_no_old_vault(
    made: backup.BackupReport, tmp_path: Path, clock: Clock
) -> None:
    target = tmp_path / "tom"
    report = backup.restore_backup(made.path, target, passphrase=PASSPHRASE, at=clock())
    assert report.kept == ()
    assert sorted(p.name for p in target.iterdir()) == [KEY_NAME, DB_NAME]
    assert target.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in target.iterdir())


def test_the_referral_reason_survives_a_restore_byte_for_byte(
    service: CaseloadService, usb: Path, tmp_path: Path, clock: Clock
) -> None:
    """Text as typed (å, ä, ö, emoji, line breaks) comes back exactly."""
    school = service.add_school("Solängsskolan").id
    text = 'Oro för hemsituationen.\nMamma ringde 08:15 – "allt är kaos" 😟 (åäö ÅÄÖ)'
    _student, case = service.refer(
        personnummer="20130405-2382",
        first_name="Saga",
        last_name="Testsson",
        gender=Gender.GIRL,
        school_id=school,
        grade=7,
        referred_by=ReferredBy.SCHOOL,
        reason=text,
    )
    report = backup.write_backup(service.vault, usb)
    backup.restore_backup(report.path, tmp_path / "x", passphrase=PASSPHRASE, at=clock())
    vault = Vault.unlock(tmp_path / "x", passphrase=PASSPHRASE)
    try:
        restored = vault.repo.get(Case, case.id)
        assert restored is not None and restored.referral_reason == text
    finally:
        vault.close()


def test_restoring_over_a_crashed_vault_keeps_its_last_commits_apart(
    demo: CaseloadService, usb: Path, tmp_path: Path, clock: Clock
) -> None:
    """The laptop died with commits still in the WAL: the kept vault has them, the restored
    one never sees that WAL (the same data key would read its pages)."""
    report = backup.write_backup(demo.vault, usb)
    late = refer_student(
        demo, school_id=demo.schools()[0].id, first_name="Sist", personnummer="20120312-2385"
    )
    crashed = tmp_path / "kraschad"
    crashed.mkdir(mode=0o700)
    for name in (DB_NAME, DB_NAME + "-wal", KEY_NAME):  # as a SIGKILL leaves the files
        (crashed / name).write_bytes((demo.vault.directory / name).read_bytes())
    assert (crashed / (DB_NAME + "-wal")).stat().st_size > 0

    restored = backup.restore_backup(report.path, crashed, passphrase=PASSPHRASE, at=clock())
    assert not (crashed / (DB_NAME + "-wal")).exists()
    vault = Vault.unlock(crashed, passphrase=PASSPHRASE)
    try:
        assert vault.repo.get(Student, late.student_id) is None
    finally:
        vault.close()
    suffix = restored.kept[0].name.removeprefix(DB_NAME)  # ".before-restore-<time>"
    kept = tmp_path / "kept"
    kept.mkdir(mode=0o700)
    for path in crashed.iterdir():
        if suffix in path.name:
            (kept / path.name.replace(suffix, "")).write_bytes(path.read_bytes())
    assert sorted(p.name for p in kept.iterdir()) == [KEY_NAME, DB_NAME, DB_NAME + "-wal"]
    old = Vault.unlock(kept, passphrase=PASSPHRASE)
    try:
        assert old.repo.get(Student, late.student_id) is not None
    finally:
        old.close()
