"""The automatic backup at lock: made once a day into the chosen folder, the newest N kept,
skipped with a note when the stick is not there. Only the clock is faked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sstdesk import deployment, settings
from sstdesk.services.backup import BackupService, restore
from sstdesk.services.caseload import CaseloadService
from sstdesk.settings import Settings
from sstdesk.vault import audit
from tests.conftest import PASSPHRASE, Clock


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_a_backup_is_made_at_lock_once_a_day(
    service: CaseloadService, usb: Path, clock: Clock
) -> None:
    backups = BackupService(service)
    chosen = Settings(backup_folder=str(usb), backup_keep=3)
    first = backups.auto_backup(chosen)
    assert first.report is not None and first.report.path.parent == usb
    clock.advance(hours=23, minutes=59)
    assert backups.auto_backup(chosen).report is None  # the same day: nothing
    clock.advance(minutes=1)
    assert backups.auto_backup(chosen).report is not None  # a day later: the next one
    assert len(backups.backups(usb)) == 2
    actions = [e.action for e in audit.events(service.vault.conn)]
    assert actions.count("vault.backup") == 2


def test_the_folder_keeps_the_newest_automatic_backups_and_every_manual_one(
    service: CaseloadService, usb: Path, clock: Clock
) -> None:
    backups = BackupService(service)
    by_hand = backups.back_up(usb, passphrase=PASSPHRASE)
    chosen = Settings(backup_folder=str(usb), backup_keep=3)
    made = []
    for _day in range(6):
        clock.advance(days=1)
        made.append(backups.auto_backup(chosen).report)
    assert all(made)
    kept = backups.backups(usb)
    assert [b.path for b in kept] == [by_hand.path] + [r.path for r in made[-3:]]  # type: ignore[union-attr]
    assert [b.automatic for b in kept] == [False, True, True, True]


def test_another_vaults_backups_in_the_same_folder_are_never_touched(
    service: CaseloadService, demo: CaseloadService, usb: Path, clock: Clock
) -> None:
    theirs = BackupService(demo).auto_backup(Settings(backup_folder=str(usb), backup_keep=1))
    assert theirs.report is not None
    ours = BackupService(service)
    for _day in range(3):
        clock.advance(days=1)
        ours.auto_backup(Settings(backup_folder=str(usb), backup_keep=1))
    assert theirs.report.path.exists()
    assert len(ours.backups(usb)) == 1
    # Their backup does not count as ours being recent either.
    assert not ours.auto_backup_due(usb)
    clock.advance(days=1)
    assert ours.auto_backup_due(usb)


def test_without_the_stick_it_says_so_and_tries_again_next_lock(
    service: CaseloadService, tmp_path: Path, clock: Clock
) -> None:
    stick = tmp_path / "media" / "USB"
    chosen = Settings(backup_folder=str(stick))
    backups = BackupService(service)
    skipped = backups.auto_backup(chosen)
    assert skipped.report is None and "finns inte" in skipped.note and str(stick) in skipped.note
    stick.mkdir(parents=True)
    clock.advance(minutes=5)
    assert backups.auto_backup(chosen).report is not None


def test_no_folder_means_no_automatic_backup(service: CaseloadService) -> None:
    result = BackupService(service).auto_backup(Settings())
    assert result.report is None and result.note == ""
    assert "vault.backup" not in [e.action for e in audit.events(service.vault.conn)]


def test_a_backup_from_a_clock_set_wrong_does_not_stop_the_next(
    service: CaseloadService, usb: Path, clock: Clock
) -> None:
    """Made while the laptop's clock was a year ahead: once corrected, a backup is due."""
    backups = BackupService(service)
    clock.advance(days=365)
    backups.auto_backup(Settings(backup_folder=str(usb)))
    clock.advance(days=-365)
    assert backups.auto_backup_due(usb)


def test_it_can_set_and_lock_the_backup_folder(tmp_path: Path) -> None:
    it = deployment.load(
        _write(
            tmp_path / "deployment.json",
            {"backup_folder": "/mnt/hem/sstdesk", "backup_keep": 14, "locked": ["backup_folder"]},
        )
    )
    assert it.problem == ""
    profile = tmp_path / "profil"
    settings.save(profile, Settings(backup_folder="/tmp/annat", backup_keep=5), it)
    mine = settings.load(profile, it)
    assert mine.backup_folder == "/mnt/hem/sstdesk" and mine.backup_keep == 5
    bad = deployment.load(_write(tmp_path / "bad.json", {"backup_keep": "fjorton"}))
    assert "backup_keep ska vara ett heltal" in bad.problem


def test_restore_through_the_service_writes_the_restore_into_the_restored_vault(
    service: CaseloadService, usb: Path, tmp_path: Path, clock: Clock
) -> None:
    report = BackupService(service).back_up(usb)
    clock.advance(hours=1)
    restore(report.path, tmp_path / "ny", passphrase=PASSPHRASE, clock=clock)
    from sstdesk.vault.vault import Vault

    vault = Vault.unlock(tmp_path / "ny", passphrase=PASSPHRASE, clock=clock)
    try:
        event = [e for e in audit.events(vault.conn) if e.action == "vault.restore"]
        assert len(event) == 1 and event[0].reason == report.path.name
        assert event[0].at.startswith("2026-11-23T10:30")
        assert event[0].actor == "anna.s"
    finally:
        vault.close()


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
