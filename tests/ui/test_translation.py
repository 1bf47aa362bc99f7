"""English beside Swedish, through Qt's translation machinery."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from sstdesk.domain.codes import Stage
from sstdesk.paths import resource_path
from sstdesk.ui import translation
from sstdesk.ui.labels import label
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner


def test_english_window_when_asked_for(qtbot: Any, qapp: QApplication, tmp_path: Path) -> None:
    translator = translation.install(qapp, "en")
    assert translator is not None, "run make install: the .qm is built from the .ts"
    try:
        win = MainWindow(tmp_path / "p", TaskRunner())
        qtbot.addWidget(win)
        assert win.create_page.button.text() == "Create vault"
        assert label(Stage.FOLLOW_UP) == "Follow-up"
        win.actions.new_student([("Solängsskolan", "s1")])
        dialog = win.actions.last
        assert dialog.windowTitle() == "New student – referral"
        assert dialog.widgets["personnummer"].accessibleName() == "Personal ID number"
        dialog.close()
        win.close()
    finally:
        qapp.removeTranslator(translator)
    assert label(Stage.FOLLOW_UP) == "Uppföljning"


def test_language_follows_the_setting_then_the_system() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert translation.chosen_language("", english) == "en"
    assert translation.chosen_language("", swedish) == "sv"
    assert translation.chosen_language("sv", english) == "sv"
    assert translation.chosen_language("en", swedish) == "en"


def test_every_string_has_its_english() -> None:
    ts = resource_path("translations", "sstdesk_en.ts")
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
