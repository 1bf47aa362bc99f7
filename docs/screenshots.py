"""Render the main screens with the demo profile to docs/screenshots/ (offscreen Qt).

Taken on a 1366×768 screen, the municipal laptop's: the window fills it, and each dialog
is as large as it opens there.

Run: .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from sstdesk.domain.codes import ConsentStatus, DocumentKind, Stage  # noqa: E402
from sstdesk.services.demo import create_demo  # noqa: E402
from sstdesk.ui.caseload_model import ROW_ROLE  # noqa: E402
from sstdesk.ui.main_window import MainWindow  # noqa: E402
from sstdesk.ui.tasks import TaskRunner  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
SCREEN = (1366, 768)
PASSPHRASE = "demo demo demo"


def settle(app: QApplication, runner: TaskRunner) -> None:
    while runner.busy:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Qt's offscreen screen, as large as the laptop's (it is 800×800 otherwise).
        screen = Path(tmp) / "screen.json"
        width, height = SCREEN
        laptop = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
        screen.write_text(json.dumps({"screens": [{**laptop, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        app = QApplication(sys.argv)
        profile = Path(tmp) / "demo"
        service, _, _ = create_demo(
            profile, passphrase=PASSPHRASE, today=dt.date.today(), params=KdfParams.floor()
        )
        service.vault.close()
        runner = TaskRunner()
        window = MainWindow(profile, runner)
        window.resize(*SCREEN)
        window.show()
        settle(app, runner)
        window.grab().save(str(OUT / "unlock.png"))
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.button.click()
        settle(app, runner)
        window.grab().save(str(OUT / "caseload.png"))
        model = window.caseload_page.model
        rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
        chosen = next(
            r for r in rows if r.stage is Stage.INTERVENTION and r.consent is ConsentStatus.VALID
        )
        window.open_student(chosen.student_id)
        settle(app, runner)
        window.grab().save(str(OUT / "student-overview.png"))
        page = window.student_page
        for name, tab in (("student-planning", Stage.PLANNING), ("student-mapping", Stage.MAPPING)):
            page.tabs.setCurrentWidget(page.stage_views[tab])
            settle(app, runner)
            window.grab().save(str(OUT / f"{name}.png"))
        page.tabs.setCurrentWidget(page.journal)
        settle(app, runner)
        window.grab().save(str(OUT / "student-journal.png"))
        page.action_buttons["record_consent"].click()
        settle(app, runner)
        dialog = window.actions.last
        dialog.grab().save(str(OUT / "consent-dialog.png"))
        dialog.reject()
        settle(app, runner)
        ehk = next(a for a in page.documents_menu.actions() if a.text() == DocumentKind.EHK.label)
        ehk.trigger()
        settle(app, runner)
        preview = window.documents.preview
        if preview is not None:
            deadline = time.monotonic() + 3  # QPdfView renders its pages on a thread of its own
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            preview.grab().save(str(OUT / "document-preview.png"))
            preview.close()
        # Attendance import: an export of three students of one school, one unknown, one bad row.
        rows = [r for r in window.caseload_page._all if r.school == chosen.school][:3]
        export = Path(tmp) / "export.csv"
        lines = ["Personnummer;Elev;Frånvaro totalt (%);Giltig frånvaro (%);Ogiltig frånvaro (%)"]
        lines += [f"{r.personnummer};{r.name};16,5;4,5;12" for r in rows]
        lines += ["20110617-2388;Okänd Elev;2;1;1", "20130405-2382;Fel Rad;12;tolv;1"]
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
        window.pages.setCurrentWidget(window.caseload_page)
        window.import_attendance()
        settle(app, runner)
        dialog = window.import_dialog
        dialog.school.setCurrentIndex(dialog.school.findText(chosen.school))
        dialog.choose_file = lambda: export
        dialog.choose_button.click()
        settle(app, runner)
        dialog.preview_button.click()
        settle(app, runner)
        dialog.grab().save(str(OUT / "import-preview.png"))
        dialog.reject()
        settle(app, runner)
        window.show_statistics()
        settle(app, runner)
        settle(app, runner)
        window.grab().save(str(OUT / "statistics.png"))
        window.close()
        fresh = MainWindow(Path(tmp) / "new", TaskRunner())
        fresh.resize(*SCREEN)
        fresh.show()
        settle(app, fresh.runner)
        fresh.grab().save(str(OUT / "create.png"))
        fresh.close()


if __name__ == "__main__":
    main()
