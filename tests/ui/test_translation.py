"""English beside Swedish, through Qt's translation machinery."""

from __future__ import annotations

import datetime as dt
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from sstdesk.domain.codes import DataCategory, PartyKind, Stage
from sstdesk.domain.consent import ConsentRecord, may_share
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Consent, Party
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.personnummer import parse as parse_personnummer
from sstdesk.domain.team import TeamSettings
from sstdesk.paths import resource_path
from sstdesk.ui import numbers, translation
from sstdesk.ui.labels import label, say
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


def _domain_sources() -> tuple[list[str], list[str]]:
    """What `make translations` collects from the domain: its phrases and fixed errors."""
    path = Path(__file__).resolve().parents[2] / "resources" / "translations" / "labels_source.py"
    spec = importlib.util.spec_from_file_location("labels_source", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.phrases()


def test_every_sentence_the_domain_says_is_in_the_english_translation() -> None:
    """A Phrase added without `make translations` would stay Swedish in English."""
    ts = ET.parse(resource_path("translations", "sstdesk_en.ts")).getroot()
    known = {
        m.findtext("source")
        for context in ts.iter("context")
        if context.findtext("name") == "domain"
        for m in context.iter("message")
        if m.find("translation").get("type") != "unfinished"
    }
    plain, counted = _domain_sources()
    assert len(plain) > 200 and counted
    missing = [text for text in [*plain, *counted] if text not in known]
    assert missing == [], "run make translations and translate these"


def test_the_domains_sentences_in_english(qapp: QApplication) -> None:
    record = ConsentRecord(
        Consent(
            case_id="c",
            purpose="Insats",
            valid_from=dt.date(2026, 1, 1),
            valid_until=dt.date(2026, 6, 30),
            parties=(Party(PartyKind.BUP, "BUP Söder"),),
            categories=(DataCategory.PLAN,),
        ),
        (),
    )
    decision = may_share(
        [record],
        party=PartyKind.BUP,
        category=DataCategory.PLAN,
        on=dt.date(2026, 3, 1),
        guardians=(),
        birth=birth_of("201202200003"),
    )
    assert not decision.allowed
    assert "får inte lämnas till" in decision.message  # the documents' Swedish
    translators = translation.install(qapp, "en")
    try:
        said = say(decision.message)
        assert said.startswith("Action plan and interventions may not be given to")
        assert "No one has answered the consent yet" not in said  # lowered into the clause
        assert "no one has answered the consent yet" in said
        assert say(TeamSettings().absence_level(25.0)).endswith("reached (20%)")
        with pytest.raises(DomainError) as refused:
            parse_personnummer("20120220-000", today=dt.date(2026, 12, 1))
        assert say(refused.value.args[0]).startswith("The personal identity number")
    finally:
        translation.uninstall(qapp, translators)
    assert say(decision.message) == decision.message  # Swedish again
