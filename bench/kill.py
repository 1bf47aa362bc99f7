"""Kill test: SIGKILL at random moments while the services write, and while a backup is
restored; after every kill the vault must open whole and hold everything it said it had.

Writes: a child process unlocks one vault and loops through the calls of a day's work
(refer a student, add a guardian, record a consent, write a journal note, sign it),
printing a line after each call has returned. The parent reads those lines, kills the
child after a seeded number of them plus a seeded pause (so the kill lands anywhere:
inside a commit, between the WAL write and its fsync, during a checkpoint), then opens
the vault itself: the integrity check, the audit chain (own and team), and every write
whose line it read must be there (a signed note signed). The same vault is killed again
and again, so it accumulates what the runs wrote.

Restores: a child restores two backups (of two different vaults) into one profile in
turn, printing after each; it is killed at a seeded moment, and the profile must then
open as one of the two vaults, whole, never a mix of them.

Prints JSON lines. Any failure stops the run and exits 1 (no figure is reported from a
run that failed). POSIX only (SIGKILL). Environment: KILLS_WRITE (default 300),
KILLS_RESTORE (default 50), KILL_SEED (default 14).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sstdesk.domain.codes import (  # noqa: E402
    Answer,
    DataCategory,
    Gender,
    NoteStatus,
    PartyKind,
    ReferredBy,
    SignatoryRole,
)
from sstdesk.domain.model import (  # noqa: E402
    Consent,
    Guardian,
    JournalNote,
    Party,
    Signatory,
    Student,
)
from sstdesk.domain.personnummer import luhn_check_digit  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.vault import audit, backup  # noqa: E402
from sstdesk.vault.errors import VaultError  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402

PASSPHRASE = "kill test lösenfras"
SLOW_DISK = 0.02  # seconds added to each rename, link and removal in the restoring child
LINE_TIMEOUT = 60.0  # seconds without a line from the child: it hangs, which is a failure
KINDS = ("student", "guardian", "consent", "note", "signed")


class KillFailure(Exception):
    """A kill left the vault in a state it must never be in."""


def personnummer(n: int) -> str:
    """A valid, unique personnummer for write number `n` (born 2012, in school now)."""
    born = dt.date(2012, 1, 1) + dt.timedelta(days=n // 900)
    date6, serial = born.strftime("%y%m%d"), f"{100 + n % 900:03d}"
    return f"{born:%Y%m%d}-{serial}{luhn_check_digit(date6 + serial)}"


# -- the children ---------------------------------------------------------------------


def child_writes(profile: Path, start: int, seed: int) -> None:
    """Runs until killed: every call of a day's work, a line after each one returned."""
    rng = random.Random(seed)
    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    service = CaseloadService(vault)
    school = service.schools()[0].id
    print("ready", flush=True)
    n = start
    while True:
        n += 1
        student, case = service.refer(
            personnummer=personnummer(n),
            first_name=f"Elev{n}",
            last_name="Killtest",
            gender=Gender.UNSTATED,
            school_id=school,
            grade=7,
            referred_by=ReferredBy.SCHOOL,
            reason="Hög frånvaro " * rng.randint(1, 40),
        )
        print(f"student {student.id}", flush=True)
        guardian = service.add_guardian(Guardian(student_id=student.id, name=f"Förälder {n}"))
        print(f"guardian {guardian.id}", flush=True)
        today = service.today()
        consent = Consent(
            case_id=case.id,
            purpose="Insats från skolsocialt team",
            parties=(Party(PartyKind.SCHOOL),),
            categories=(DataCategory.ATTENDANCE,),
            valid_from=today,
            valid_until=today + dt.timedelta(days=300),
            informed_of_rights=True,
        )
        answers = [
            Signatory(
                consent_id=consent.id,
                role=SignatoryRole.GUARDIAN,
                name=guardian.name,
                answer=Answer.YES,
                signed_on=today,
                guardian_id=guardian.id,
            ),
            Signatory(
                consent_id=consent.id,
                role=SignatoryRole.STUDENT,
                name=f"Elev{n} Killtest",
                answer=Answer.YES,
                signed_on=today,
            ),
        ]
        service.record_consent(consent, answers)
        print(f"consent {consent.id}", flush=True)
        note = service.new_note(case.id, text="Samtal om morgnarna. " * rng.randint(1, 300))
        print(f"note {note.id}", flush=True)
        service.sign_note(note.id)
        print(f"signed {note.id}", flush=True)


def child_restores(profile: Path, first: Path, second: Path) -> None:
    """Runs until killed: restores the two backups into the profile in turn.

    The swap's renames, links and removals take microseconds, too short a window for a
    kill at a random moment to land in often; so this child's disk is slow: each of them
    takes 20 ms more (the only thing faked here), and the kills spread over the swap too.
    """
    for name in ("replace", "link", "unlink"):
        real = getattr(os, name)

        def slow(*args: object, _real: object = real, **kw: object) -> object:
            done = _real(*args, **kw)  # type: ignore[operator]
            time.sleep(SLOW_DISK)
            return done

        setattr(os, name, slow)
    print("ready", flush=True)
    while True:
        for path in (first, second):
            backup.restore_backup(path, profile, passphrase=PASSPHRASE, at=dt.datetime.now(dt.UTC))
            print(f"restored {backup.read_manifest(path).vault_id}", flush=True)


# -- the parent -----------------------------------------------------------------------


@dataclass
class Acknowledged:
    """Every write whose call returned, by kind."""

    ids: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})

    def add(self, line: str) -> None:
        kind, _, entity_id = line.partition(" ")
        if kind not in self.ids or not entity_id:
            raise KillFailure(f"unexpected line from the child: {line!r}")
        self.ids[kind].add(entity_id)

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.ids.values())


class Child:
    """A child process whose stdout is read line by line with a timeout. The pipe is read
    raw (os.read after select), so no line ever waits in a buffer that select cannot see."""

    def __init__(self, workdir: Path, *args: str) -> None:
        self._err_path = workdir / "child.err"
        with open(self._err_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=err, bufsize=0
            )
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._pending = b""

    def lines(self, wanted: int, timeout: float = LINE_TIMEOUT) -> list[str]:
        """Up to `wanted` whole lines, fewer if `timeout` passes first."""
        deadline = time.monotonic() + timeout
        got: list[str] = []
        with selectors.DefaultSelector() as sel:
            sel.register(self._fd, selectors.EVENT_READ)
            while len(got) < wanted:
                if b"\n" in self._pending:
                    line, self._pending = self._pending.split(b"\n", 1)
                    got.append(line.decode("utf-8"))
                    continue
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(timeout=left):
                    break
                chunk = os.read(self._fd, 65536)
                if not chunk:
                    raise KillFailure(f"the child ended by itself: {self.stderr()}")
                self._pending += chunk
        return got

    def kill(self) -> list[str]:
        """SIGKILL; then the whole lines the child had printed before it died (a line cut
        short was never acknowledged)."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        while chunk := os.read(self._fd, 65536):
            self._pending += chunk
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        if self.proc.returncode != -signal.SIGKILL:
            raise KillFailure(f"the child ended with {self.proc.returncode}: {self.stderr()}")
        *whole, _cut = self._pending.split(b"\n")
        self._pending = b""
        return [line.decode("utf-8") for line in whole if line]

    def ready(self) -> None:
        if self.lines(1) != ["ready"]:
            self.proc.kill()
            self.proc.wait(timeout=30)
            raise KillFailure(f"the child did not start: {self.stderr()}")

    def stderr(self) -> str:
        return self._err_path.read_text(encoding="utf-8", errors="replace")[-2000:]


def check_vault(profile: Path, seen: Acknowledged | None = None) -> str:
    """Open as the program does, check everything; the vault id."""
    try:
        vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    except VaultError as error:
        raise KillFailure(f"the vault does not open: {error}") from error
    try:
        conn = vault.conn
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            raise KillFailure(f"integrity check: {verdict[:3]}")
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if pages:
            raise KillFailure(f"page check: {pages[:3]}")
        for chain in (audit.verify(conn), audit.verify_team(conn)):
            if not chain.ok:
                raise KillFailure(f"audit chain: {chain.problems[:3]}")
        _atomic(conn)
        if seen is not None:
            repo = vault.repo
            tables = {"student": "students", "guardian": "guardians", "consent": "consents"}
            for kind, table in tables.items():
                present = _present(conn, table, seen.ids[kind])
                if present != seen.ids[kind]:
                    raise KillFailure(f"{kind}: {len(seen.ids[kind] - present)} returned, lost")
            for kind in ("note", "signed"):
                for note_id in seen.ids[kind]:
                    note = repo.get(JournalNote, note_id)
                    if note is None or (kind == "signed" and note.status is not NoteStatus.SIGNED):
                        raise KillFailure(f"{kind} {note_id}: returned, then lost")
        return vault.repo.meta("vault_id")
    finally:
        vault.close()


# Each service call writes its rows and its audit event in one transaction: a vault with a
# row but not its event (or the reverse) holds half a call.
_AUDITED = (
    ("SELECT count(*) FROM students", "case.refer"),
    ("SELECT count(*) FROM guardians", "guardian.save"),
    ("SELECT count(*) FROM consents", "consent.record"),
    ("SELECT count(*) FROM journal_notes", "journal.draft"),
    ("SELECT count(*) FROM journal_notes WHERE status = 'signed'", "journal.sign"),
)


def _atomic(conn: object) -> None:
    for sql, action in _AUDITED:
        rows = conn.execute(sql).fetchone()[0]  # type: ignore[attr-defined]
        events = conn.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM audit_events WHERE action = ?", (action,)
        ).fetchone()[0]
        if rows != events:
            raise KillFailure(f"half a call: {sql!r} gives {rows}, {events} {action} events")


def _present(conn: object, table: str, ids: set[str]) -> set[str]:
    found: set[str] = set()
    wanted = sorted(ids)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(  # type: ignore[attr-defined]
            f"SELECT id FROM {table} WHERE id IN ({marks})",  # noqa: S608
            chunk,
        )
        found.update(row[0] for row in rows)
    return found


def new_vault(profile: Path, *, user: str = "kill.test") -> None:
    vault, _code = Vault.create(profile, passphrase=PASSPHRASE, user=user, params=KdfParams.floor())
    try:
        CaseloadService(vault).add_school("Killskolan")
    finally:
        vault.close()


@dataclass
class Figures:
    kills: int = 0
    seconds: float = 0.0
    acknowledged: int = 0  # writes whose call returned, all found after the kills
    students_in_vault: int = 0  # students at the end (some written but never acknowledged)
    unacknowledged_students: int = 0  # committed, but killed before the line was printed
    mid_swap: int = 0  # restore kills that left a swap half done (finished at the unlock)


def kill_writes(workdir: Path, kills: int, seed: int) -> Figures:
    profile = workdir / "skrivvalv"
    new_vault(profile)
    rng = random.Random(seed)
    seen = Acknowledged()
    figures = Figures()
    started = time.perf_counter()
    for run in range(kills):
        wanted, pause = rng.randint(0, 12), rng.uniform(0.0, 0.04)
        child = Child(
            workdir, "--child-writes", str(profile), str(run * 1000), str(seed * 100_000 + run)
        )
        try:
            child.ready()
            lines = child.lines(wanted)
            time.sleep(pause)
        finally:
            lines_after = child.kill() if child.proc.poll() is None else []
        for line in lines + lines_after:
            seen.add(line)
        check_vault(profile, seen)
        figures.kills += 1
    figures.seconds = time.perf_counter() - started
    figures.acknowledged = seen.total
    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    try:
        figures.students_in_vault = vault.repo.count(Student)
    finally:
        vault.close()
    figures.unacknowledged_students = figures.students_in_vault - len(seen.ids["student"])
    return figures


def kill_restores(workdir: Path, kills: int, seed: int) -> Figures:
    rng = random.Random(seed + 1)
    files: list[Path] = []
    for name in ("a", "b"):
        source = workdir / f"källa-{name}"
        new_vault(source, user=f"user.{name}")
        vault = Vault.unlock(source, passphrase=PASSPHRASE)
        try:
            service = CaseloadService(vault)
            for i in range(30 if name == "a" else 5):
                service.refer(
                    personnummer=personnummer(900_000 + i + (0 if name == "a" else 100)),
                    first_name="Återställd",
                    last_name=name,
                    gender=Gender.UNSTATED,
                    school_id=service.schools()[0].id,
                    grade=7,
                    referred_by=ReferredBy.SCHOOL,
                    reason="x" * 5000,
                )
            folder = workdir / f"usb-{name}"
            folder.mkdir()
            files.append(backup.write_backup(vault, folder).path)
        finally:
            vault.close()
    valid = {backup.read_manifest(path).vault_id for path in files}
    profile = workdir / "återställs"
    figures = Figures()
    started = time.perf_counter()
    for _run in range(kills):
        for kept in profile.glob("*.before-restore-*") if profile.exists() else ():
            kept.unlink()
        wanted, pause = rng.randint(0, 3), rng.uniform(0.0, 0.6)
        child = Child(workdir, "--child-restores", str(profile), str(files[0]), str(files[1]))
        try:
            child.ready()
            child.lines(wanted)
            time.sleep(pause)
        finally:
            if child.proc.poll() is None:
                child.kill()
        figures.mid_swap += (profile / "restore.pending").exists()
        if any((profile / name).exists() for name in ("vault.db", "keys.json", "restore.pending")):
            vault_id = check_vault(profile)
            if vault_id not in valid:
                raise KillFailure(f"the profile holds a vault that is neither: {vault_id}")
        figures.kills += 1
    figures.seconds = time.perf_counter() - started
    return figures


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def main() -> int:
    if not hasattr(signal, "SIGKILL"):
        print("kill test: needs SIGKILL (POSIX)", file=sys.stderr)
        return 1
    writes = int(os.environ.get("KILLS_WRITE", "300"))
    restores = int(os.environ.get("KILLS_RESTORE", "50"))
    seed = int(os.environ.get("KILL_SEED", "14"))
    workdir = Path(tempfile.mkdtemp(prefix="sstdesk-kill-"))
    try:
        try:
            wrote = kill_writes(workdir, writes, seed)
            restored = kill_restores(workdir, restores, seed)
        except KillFailure as failure:
            print(f"kill test FAILED: {failure}", file=sys.stderr)
            return 1
        emit("kill.writes.kills", wrote.kills, "kills", seed=seed, failures=0)
        emit("kill.writes.seconds", wrote.seconds, "s")
        emit("kill.writes.acknowledged_writes_checked", wrote.acknowledged, "writes")
        emit("kill.writes.students_in_vault", wrote.students_in_vault, "students")
        emit("kill.writes.committed_not_acknowledged", wrote.unacknowledged_students, "students")
        emit("kill.restores.kills", restored.kills, "kills", seed=seed, failures=0)
        emit("kill.restores.seconds", restored.seconds, "s")
        emit("kill.restores.killed_mid_swap", restored.mid_swap, "kills")
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child-writes":
        child_writes(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 5 and sys.argv[1] == "--child-restores":
        child_restores(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        sys.exit(main())
