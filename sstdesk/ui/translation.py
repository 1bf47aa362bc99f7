"""The window's language: Swedish by default, English beside it. Layer: ui.

The setting decides; with no setting the system's language does (English on an
English system, Swedish otherwise). Translations are compiled from
resources/translations/*.ts by `make install`: sstdesk_en.ts holds every string in
English, sstdesk_sv.ts only the Swedish plural forms of the "%n" strings (Swedish is
the source language, but without it Qt would say "1 elever"). Qt's own dialogs
(print, files, message-box buttons, context menus) speak the same language through
Qt's qtbase translation, and numbers, dates in calendars and spin boxes follow the
language's QLocale.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sstdesk.paths import resource_path

log = logging.getLogger(__name__)

LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_current = "sv"
_before: list[QLocale] = []  # the default locale before the first install


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    if setting in ("sv", "en"):
        return setting
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "sv"


def current() -> str:
    """The language installed last ("sv" until another is)."""
    return _current


def locale() -> QLocale:
    """The interface language's locale: what numbers and spin boxes are written in."""
    return QLocale(LOCALES[_current])


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation for `language` and Qt's own (qtbase) beside it; make the
    language's locale the default. Returns what was installed, for `uninstall`."""
    global _current
    if not _before:
        _before.append(QLocale())
    installed = []
    for name, folder in (
        (f"sstdesk_{language}.qm", str(resource_path("translations"))),
        (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation missing: %s in %s", name, folder)
    _current = language if language in LOCALES else "sv"
    QLocale.setDefault(LOCALES[_current])
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to Swedish, the source language, and the locale there was (tests, the
    self-check)."""
    global _current
    for translator in translators:
        app.removeTranslator(translator)
    _current = "sv"
    if _before:
        QLocale.setDefault(_before.pop())
