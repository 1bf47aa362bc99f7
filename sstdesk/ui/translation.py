"""The window's language: Swedish by default, English beside it. Layer: ui.

The setting decides; with no setting the system's language does (English on an
English system, Swedish otherwise). Translations are compiled from
resources/translations/*.ts by `make install`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sstdesk.paths import resource_path

log = logging.getLogger(__name__)


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    if setting in ("sv", "en"):
        return setting
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "sv"


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language`; Swedish needs none (it is the source)."""
    if language == "sv":
        return None
    translator = QTranslator(app)
    path = resource_path("translations", f"sstdesk_{language}.qm")
    if not translator.load(str(path)):
        log.warning("translation missing: %s", language)
        return None
    app.installTranslator(translator)
    return translator
