"""The Qt part of `sstdesk --self-check`: plugins, the PDF viewer, translations, the
window. Layer: ui."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, qVersion
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from sstdesk.selfcheck import CheckFailed
from sstdesk.ui import translation
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner


def check_window(profile: Path, pdf: bytes) -> str:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    document = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise CheckFailed("Qt kunde inte öppna PDF:en")
    image = document.render(0, QSize(300, 424))
    inked = sum(
        image.pixelColor(x, y) != QColor("white")
        for x in range(0, image.width(), 10)
        for y in range(0, image.height(), 10)
    )
    if inked == 0:
        raise CheckFailed("PDF:en ritades tom")
    english = translation.install(app, "en")
    translation.uninstall(app, english)
    if len(english) < 2:  # ours and Qt's own (qtbase)
        raise CheckFailed("översättningen saknas")
    runner = TaskRunner()
    window = MainWindow(profile, runner)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    runner.shutdown()
    document.close()
    if not shown:
        raise CheckFailed("fönstret gick inte att visa")
    return f"Qt {qVersion()} ({app.platformName()})"
