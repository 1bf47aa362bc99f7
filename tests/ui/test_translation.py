"""English beside Swedish, through Qt's translation machinery."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from sstdesk.domain.codes import Stage
from sstdesk.paths import resource_path
from sstdesk.ui import numbers, translation
from sstdesk.ui.labels import label
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.numbers import counts
from sstdesk.ui.tasks import TaskRunner


def test_english_window_when_asked_for(qtbot: Any, qapp: QApplication, tmp_path: Path) -> None:
    translators = translation.install(qapp, "en")
    assert len(translators) == 2, "run make install: the .qm is built from the .ts"
    try:
        win = MainWindow(tmp_path / "p", TaskRunner())
        qtbot.addWidget(win)
        assert win.create_page.button.text() == "Start using the program"
        assert label(Stage.FOLLOW_UP) == "Follow-up"
        win.actions.new_student([("Solängsskolan", "s1")])
        dialog = win.actions.last
        assert dialog.windowTitle() == "New student – referral"
        assert dialog.widgets["personnummer"].accessibleName() == "Personal ID number"
        dialog.close()
        win.close()
    finally:
        translation.uninstall(qapp, translators)
    assert label(Stage.FOLLOW_UP) == "Uppföljning"


def test_language_follows_the_setting_then_the_system() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert translation.chosen_language("", english) == "en"
    assert translation.chosen_language("", swedish) == "sv"
    assert translation.chosen_language("sv", english) == "sv"
    assert translation.chosen_language("en", swedish) == "en"


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_string_has_its_translation(language: str) -> None:
    """English: every string; Swedish: the plural forms of every "%n" string."""
    ts = resource_path("translations", f"sstdesk_{language}.ts")
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_swedish_plurals_and_numbers(qapp: QApplication) -> None:
    """Swedish is the source, yet its .qm is needed: without it "%n dagar" says "1 dagar"."""
    assert counts.days_left(1) == "1 dagar kvar"  # what Qt makes of the source alone
    translators = translation.install(qapp, "sv")
    try:
        assert len(translators) == 2, "run make install: the .qm is built from the .ts"
        assert counts.days_left(1) == "1 dag kvar"
        assert counts.days_left(3) == "3 dagar kvar"
        assert numbers.pct(28.4) == "28,4 %"
        assert numbers.pct(0) == "0 %"
        assert QDoubleSpinBox().locale().decimalPoint() == ","
        # Qt's own buttons and dialogs speak Swedish too
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        translation.uninstall(qapp, translators)
    translators = translation.install(qapp, "en")
    try:
        assert counts.days_left(1) == "1 day left"
        assert numbers.pct(28.4) == "28.4%"
    finally:
        translation.uninstall(qapp, translators)
