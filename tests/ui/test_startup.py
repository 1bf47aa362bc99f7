"""The unlock window comes up without what only later work needs (issue 17): the
network client, the PDF engine and the statistics solver are loaded when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
LATER = ("httpx", "reportlab", "highspy", "numpy", "openpyxl", "fastapi", "sqlalchemy")

PROBE = f"""
import json, sys
from pathlib import Path

import pytest

from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
runner = TaskRunner()
win = MainWindow(Path(sys.argv[1]), runner)
win.show()
app.processEvents()
shown = win.pages.currentWidget() is getattr(win, sys.argv[2])
print(json.dumps({{"shown": shown, "loaded": [m for m in {LATER!r} if m in sys.modules]}}))
runner.shutdown()
"""


@pytest.mark.parametrize("existing", [False, True], ids=["new profile", "unlock"])
def test_the_first_window_loads_no_network_pdf_or_solver_code(
    tmp_path: Path, existing: bool
) -> None:
    profile = tmp_path / "profil"
    if existing:
        vault, _code = Vault.create(
            profile, passphrase=PASSPHRASE, user="anna", district="Farsta", params=KdfParams.floor()
        )
        vault.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    page = "unlock_page" if existing else "create_page"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(profile), page],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["shown"]  # the first page, ready
    assert found["loaded"] == []
