"""A laptop IT has configured: its values apply, what it locked cannot be changed here,
and its district and logo head every document."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sstdesk import deployment, settings
from sstdesk.domain.codes import DocumentKind
from sstdesk.services.documents import DocumentService, Letterhead
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from tests.conftest import refer_student
from tests.test_deployment import PNG
from tests.ui.test_sync_view import on_db


def test_a_deployed_laptop_follows_it(qtbot: Any, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    config = tmp_path / "deployment.json"
    config.write_text(
        '{"server_url": "https://sst.farsta.example", "auto_lock_minutes": 4, '
        f'"district": "Farsta", "logo": "{logo}", "locked": ["server_url", "auto_lock_minutes"]}}'
    )
    it = deployment.load(config)
    profile = tmp_path / "profil"
    win = MainWindow(profile, TaskRunner(), it)
    qtbot.addWidget(win)
    win.show()
    assert win.settings.auto_lock_minutes == 4
    page = win.create_page
    page.user.setText("anna.s")
    page.passphrase.setText("tre ord räcker långt")
    page.repeat.setText("tre ord räcker långt")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_page, timeout=20_000)
    win.recovery_page.check.setChecked(True)
    qtbot.mouseClick(win.recovery_page.button, Qt.MouseButton.LeftButton)
    assert on_db(qtbot, win, lambda: win.vault.repo.meta("district")) == "Farsta"

    win.edit_settings()
    dialog = win.actions.last
    assert set(dialog.widgets) == {"language", "ca_bundle"}  # the locked two are not offered
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Bestäms av IT och kan inte ändras här" in said and "Teamets server" in said
    dialog.accept()
    assert settings.load(profile, it).server_url == "https://sst.farsta.example"

    def consent_form() -> bytes:
        made = refer_student(win.service)
        documents = DocumentService(win.service, Letterhead(it.district, it.logo))
        return documents.prepare(DocumentKind.CONSENT_FORM, made.student_id).pdf

    pdf = on_db(qtbot, win, consent_form)
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "Socialtjänsten – Farsta" in first.extract_text()
    assert len(first.images) == 1  # the logo
    win.close()


def test_a_broken_file_from_it_is_said_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    config = tmp_path / "deployment.json"
    config.write_text("{ trasig")
    win = MainWindow(tmp_path / "profil", TaskRunner(), deployment.load(config))
    qtbot.addWidget(win)
    win.show()
    assert "IT:s inställningsfil" in win.statusBar().currentMessage()
    assert "Kontakta IT-supporten" in win.statusBar().currentMessage()
    win.close()
