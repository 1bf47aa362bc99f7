"""The child of bench/_memory.py: a skolsocionom's session, stopped twice to be read.

Holds no secret of its own: the passphrase and the names arrive on stdin as code
points in hex, and each becomes one `str` here, as a keystroke-built field's text
does. (Sent as plain text, they would also sit in stdin's buffers, which the
program proper never has.)
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import time
from pathlib import Path

NAMED = "Testelev "  # the named students are opened; the made-up others only listed
PR_SET_DUMPABLE = 4
PR_SET_PTRACER = 0x59616D61


def main(profile: Path, wait_seconds: float, filler: int, window: bool) -> None:
    from sstdesk.domain.codes import Gender, ReferredBy
    from sstdesk.domain.personnummer import luhn_check_digit
    from sstdesk.hardening import harden
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.vault.keys import KdfParams
    from sstdesk.vault.vault import Vault

    harden()
    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)  # for the measurement only (bench/_memory.py)
    libc.prctl(PR_SET_PTRACER, os.getppid(), 0, 0, 0)  # Yama, where it is on

    def create(passphrase: str, names: list[str]) -> None:
        vault, _code = Vault.create(
            profile, passphrase=passphrase, user="test.socionom", params=KdfParams.floor()
        )
        try:
            service = CaseloadService(vault)
            school = service.add_school("Provskolan")
            for i, name in enumerate(names):
                first, last = name.split(" ")
                serial = f"{i + 10:03d}"
                check = luhn_check_digit(f"130405{serial}")
                service.refer(
                    personnummer=f"20130405-{serial}{check}",
                    first_name=first,
                    last_name=last,
                    gender=Gender.GIRL if i % 2 else Gender.BOY,
                    school_id=school.id,
                    grade=7,
                    referred_by=ReferredBy.SCHOOL,
                    reason="Hög frånvaro",
                    baseline_absence_pct=30.0,
                )
            if filler:
                from bench._caseload import fill

                fill(vault.conn, filler)  # made-up students around the named ones
        finally:
            vault.close()

    def unlock_and_read(passphrase: str) -> Vault:
        vault = Vault.unlock(profile, passphrase=passphrase)
        service = CaseloadService(vault)
        for row in service.caseload():
            if row.name.startswith(NAMED):
                service.open_student(row.student_id)
        service.search(NAMED.strip())
        return vault

    typed = typed_line()
    names = list(iter(typed_line, ""))
    create(typed, names)
    del names
    if window:
        _in_the_window(profile, typed, wait_seconds)
        return
    vault = unlock_and_read(typed)
    del typed  # the window lets go of the typed text once the unlock has run
    gc.collect()
    print("unlocked", flush=True)
    if sys.stdin.readline().strip() != "lock":
        raise SystemExit(2)
    vault.lock()  # what MainWindow.lock does on the db thread, after dropping the service
    del vault
    gc.collect()
    time.sleep(wait_seconds)
    print("locked", flush=True)
    if sys.stdin.readline().strip() != "exit":
        raise SystemExit(2)


def _in_the_window(profile: Path, typed: str, wait_seconds: float) -> None:
    """The same in the real window (offscreen): the passphrase typed into the unlock
    screen, the caseload shown, each student opened, a search typed; then Ctrl+L."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from sstdesk.ui.caseload_model import ROW_ROLE
    from sstdesk.ui.main_window import MainWindow
    from sstdesk.ui.tasks import TaskRunner

    app = QApplication([])

    def settle(condition: object = None, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if (condition is None or condition()) and not runner.busy:  # type: ignore[operator]
                return
            time.sleep(0.01)
        raise SystemExit("the window did not get there in time")

    runner = TaskRunner()
    win = MainWindow(profile, runner)
    win.show()
    settle()
    win.unlock_page.passphrase.setText(typed)
    del typed
    win.unlock_page.button.click()
    settle(lambda: win.caseload_page.model.rowCount() > 0)
    model = win.caseload_page.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if not model.data(index, ROW_ROLE).name.startswith(NAMED):
            continue
        win.caseload_page.table.setCurrentIndex(index)
        win.caseload_page.table.activated.emit(index)
        settle(lambda: win.pages.currentWidget() is win.student_page)
        win.pages.setCurrentWidget(win.caseload_page)
    win.caseload_page.search.setText(NAMED.strip())
    settle()
    gc.collect()
    print("unlocked", flush=True)
    if sys.stdin.readline().strip() != "lock":
        raise SystemExit(2)
    win.lock()
    settle(lambda: win.vault is None)
    gc.collect()
    time.sleep(wait_seconds)
    print("locked", flush=True)
    if sys.stdin.readline().strip() != "exit":
        raise SystemExit(2)
    win.close()
    runner.shutdown()
    del app


def typed_line() -> str:
    return "".join(chr(int(point, 16)) for point in sys.stdin.readline().split())


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "window")
