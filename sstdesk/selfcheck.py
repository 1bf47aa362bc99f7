"""`sstdesk --self-check`: IT's proof that an installed copy works. Layer: entry point.

Offscreen, in a throw-away folder: create an encrypted vault, write a synthetic
student, lock, unlock and read it back, check the audit chain, render a PDF,
and show it and the window with Qt. Each step prints one line; the exit code
is 0 only if every step passed. Nothing is left on disk and no personal data
is involved (the student is made up).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "självtest självtest självtest"  # a throw-away vault's, deleted at the end


def run_checks(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="sstdesk-selfcheck-"))
    state: dict[str, object] = {}
    steps: list[tuple[str, Callable[[], str]]] = [
        ("IT:s inställningar", _deployment),
        ("Skydd mot minnesdumpar", _hardening),
        ("Krypterat valv (SQLCipher, libsodium)", lambda: _vault(folder, state)),
        ("Skriva, låsa, låsa upp och läsa", lambda: _read_back(folder, state)),
        ("Granskningsloggen", lambda: _audit(state)),
        ("PDF-dokument (reportlab, typsnitt)", lambda: _pdf(state)),
        ("Röjandekontroll i statistiken (HiGHS)", _suppression),
        ("Fönster och PDF-visning (Qt)", lambda: _qt(folder, state)),
    ]
    try:
        for name, step in steps:
            try:
                detail = step()
            except CheckFailed as error:
                out(f"FEL  {name}: {error}")
                return _failed(out)
            except Exception as error:  # noqa: BLE001 — one line for IT, never a traceback
                out(f"FEL  {name}: {type(error).__name__}: {error}")
                return _failed(out)
            out(f"OK   {name}{': ' + detail if detail else ''}")
    finally:
        vault = state.get("vault")
        if vault is not None:
            vault.close()  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)
    out(f"Självtestet klart på {time.perf_counter() - started:.1f} s: installationen fungerar.")
    return 0


class CheckFailed(Exception):
    """A step found something wrong; its message says what, in Swedish."""


def _failed(out: Callable[[str], None]) -> int:
    out("Självtestet misslyckades. Installera om programmet eller kontakta IT.")
    return 1


def _deployment() -> str:
    from sstdesk.deployment import load, machine_path

    it = load()
    if it.problem:
        raise CheckFailed(it.problem)
    if it.source is None:
        return f"ingen fil ({machine_path()}), standardvärden gäller"
    locked = ", ".join(sorted(it.locked)) or "inga"
    return f"{it.source}, låsta: {locked}"


def _hardening() -> str:
    from sstdesk.hardening import LABELS, harden

    done = harden()  # the same steps the start took; doing them again changes nothing
    if done.failed:
        raise CheckFailed("gick inte att slå på: " + ", ".join(LABELS[n] for n in done.failed))
    return ", ".join(LABELS[n] for n in done.done)


def _vault(folder: Path, state: dict[str, object]) -> str:
    from sstdesk.vault.keys import KdfParams
    from sstdesk.vault.vault import DB_NAME, Vault

    vault, _code = Vault.create(
        folder / "valv",
        passphrase=PASSPHRASE,
        user="självtest",
        district="Självtest",
        params=KdfParams.floor(),
    )
    version = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    vault.close()
    if (folder / "valv" / DB_NAME).read_bytes().startswith(b"SQLite format 3"):
        raise CheckFailed("databasen är inte krypterad")
    return f"SQLCipher {version}"


def _read_back(folder: Path, state: dict[str, object]) -> str:
    from sstdesk.domain.codes import Gender, ReferredBy
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.vault.vault import Vault

    vault = Vault.unlock(folder / "valv", passphrase=PASSPHRASE)
    service = CaseloadService(vault)
    school = service.add_school("Testskolan")
    student, _case = service.refer(
        personnummer="20130405-2382",  # a test number (Skatteverket's series), no real person
        first_name="Test",
        last_name="Testsson",
        gender=Gender.GIRL,
        school_id=school.id,
        grade=7,
        referred_by=ReferredBy.SCHOOL,
        reason="Självtest",
        baseline_absence_pct=20.0,
    )
    vault.close()
    vault = Vault.unlock(folder / "valv", passphrase=PASSPHRASE)
    state["vault"] = vault
    service = CaseloadService(vault)
    found = service.open_student(student.id)
    if found.student.full_name != "Test Testsson":
        raise CheckFailed("det som skrevs gick inte att läsa tillbaka")
    state["service"], state["student"] = service, student.id
    return ""


def _audit(state: dict[str, object]) -> str:
    service = state["service"]
    verdict = service.verify_audit()  # type: ignore[attr-defined]
    if not verdict.ok:
        raise CheckFailed("; ".join(verdict.problems))
    return f"{verdict.events} händelser i obruten kedja"


def _pdf(state: dict[str, object]) -> str:
    from sstdesk.domain.codes import DocumentKind
    from sstdesk.services.documents import DocumentService

    document = DocumentService(state["service"]).prepare(  # type: ignore[arg-type]
        DocumentKind.CONSENT_FORM,
        str(state["student"]),
    )
    if not document.pdf.startswith(b"%PDF") or b"LiberationSans" not in document.pdf:
        raise CheckFailed("PDF:en saknar sina typsnitt")
    state["pdf"] = document.pdf
    return f"{len(document.pdf) // 1024} kB"


def _suppression() -> str:
    from sstdesk.stats.cube import Cube
    from sstdesk.stats.protect import Mark, protect

    # one small cell in a 2 × 2 table: it and three others must be hidden
    cube = Cube.of(
        "t", [("a", "x")] * 3 + [("a", "y")] * 9 + [("b", "x")] * 8 + [("b", "y")] * 7, 2
    )
    marks = protect(cube)
    if marks.get(("a", "x")) is not Mark.PRIMARY or len(marks) < 4:
        raise CheckFailed("små celler döljs inte som de ska")
    return f"{len(marks)} celler dolda i en testtabell"


def _qt(folder: Path, state: dict[str, object]) -> str:
    from sstdesk.ui.selfcheck import check_window

    return check_window(folder / "fönster", bytes(state["pdf"]))  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(run_checks())
