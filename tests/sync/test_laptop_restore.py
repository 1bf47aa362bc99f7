"""A laptop restored from its own backup: its log goes on under a new name from the backup's
last event, so the events it writes from then on reach the team in full, and the team's
copy of the log still holds together (the events cut away are reported as a gap once)."""

from __future__ import annotations

from pathlib import Path

from sstdesk.services.caseload import CaseloadService
from sstdesk.services.sync import SyncService
from sstdesk.vault import audit, backup
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, refer_student
from tests.sync.conftest import PASSWORD, Laptop, Team, enrolled
from tests.sync.test_faults import edit, get


def restored(team: Team, laptop: Laptop, path: Path) -> Laptop:
    """The laptop's vault put back from `path` and opened again, signed in again."""
    profile = laptop.vault.directory
    laptop.vault.close()
    backup.restore_backup(path, profile, passphrase=PASSPHRASE, at=team.clock())
    vault = Vault.unlock(profile, passphrase=PASSPHRASE, clock=team.clock)
    service = CaseloadService(vault)
    again = Laptop(laptop.name, vault, service, SyncService(service, team.client))
    team.laptops[laptop.name] = again
    return again


def reads(laptop: Laptop, student_id: str, times: int) -> None:
    for _ in range(times):
        laptop.service.open_student(student_id)


def team_copy(of: Laptop, at: Laptop) -> set[tuple[str, int, str]]:
    """(device name, seq, hash) of every event of `of`'s laptop that `at` holds."""
    names = {e.device for e in audit.events(of.vault.conn)}
    rows = at.vault.conn.execute("SELECT device, seq, hash FROM team_audit_events").fetchall()
    return {(d, s, h) for d, s, h in rows if d in names}


def test_events_written_after_a_laptop_is_restored_reach_the_team_in_full(team: Team) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(bo.service)
    bo.sync.client.sync()
    usb = team.path / "usb"
    usb.mkdir(mode=0o700)
    report = backup.write_backup(bo.vault, usb)
    reads(bo, made.student_id, 3)  # written after the backup, and sent ...
    bo.sync.client.sync()
    anna.sync.client.sync()
    sent_before = team_copy(bo, anna)

    bo = restored(team, bo, report.path)  # ... then the disk dies; the backup is put back
    bo.sync.client.enrol("bo.t", PASSWORD, "bo-laptop")
    reads(bo, made.student_id, 5)  # the same seqs again, as new events
    for laptop in (bo, anna, bo, anna):
        laptop.sync.client.sync()

    own = {(e.device, e.seq, e.hash) for e in audit.events(bo.vault.conn)}
    held = team_copy(bo, anna)
    assert own <= held, "an event written after the restore never reached the team"
    assert sent_before <= held, "an event sent before the restore was lost"
    verified = audit.verify_team(anna.vault.conn)
    assert verified.ok, verified.problems
    # The restore is in the log, under the name the laptop writes with from then on.
    restore = [e for e in audit.events(bo.vault.conn) if e.action == "vault.restore"]
    assert [e.device for e in restore] == [bo.vault.identity.device]
    assert bo.vault.identity.device not in {d for d, _, _ in sent_before}


def test_work_sent_before_a_laptop_is_restored_comes_back_and_new_work_goes_out(
    team: Team,
) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(bo.service)
    bo.sync.client.sync()
    anna.sync.client.sync()
    usb = team.path / "usb"
    usb.mkdir(mode=0o700)
    report = backup.write_backup(bo.vault, usb)
    edit(bo, made.student_id, address="Efter backupen 1")  # sent, then the disk dies
    bo.sync.client.sync()

    bo = restored(team, bo, report.path)
    bo.sync.client.enrol("bo.t", PASSWORD, "bo-laptop")
    bo.sync.client.sync()
    assert get(bo, made.student_id).address == "Efter backupen 1"
    edit(bo, made.student_id, address="Efter återställningen")
    for laptop in (bo, anna, bo, anna):
        result = laptop.sync.client.sync()
        assert (result.kept_aside, result.parked, result.conflicts) == (0, 0, 0), laptop.name
    for laptop in (anna, bo):
        assert get(laptop, made.student_id).address == "Efter återställningen", laptop.name
