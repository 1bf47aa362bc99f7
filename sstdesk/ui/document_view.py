"""Documents in the app: render off the GUI thread, preview from memory, print, save.

The PDF lives only in memory: `QPdfDocument` reads it from a `QBuffer`, the
printer gets the pages painted from it, and the only way to a file is "Spara
som…", which first says that the file leaves the vault. Preview, print (with
its reason, R9) and save are audited by the document service. Layer: ui.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QKeySequence, QPagedPaintDevice, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.codes import DocumentKind
from sstdesk.paths import atomic_write
from sstdesk.services.documents import DocumentService, Letterhead, RenderedDocument
from sstdesk.ui.forms import Field, FormDialog, ask, fit_to_screen
from sstdesk.ui.labels import label

if TYPE_CHECKING:
    from pathlib import Path

    from sstdesk.ui.context import Window

PRINT_DPI = 300


class DocumentPreview(QDialog):
    """One rendered document: pages on screen, and the two ways out of the vault."""

    def __init__(self, parent: QWidget, document: RenderedDocument) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Förhandsgranskning – {0}").format(document.title))
        fit_to_screen(self, 820, 960, parent)
        # The bytes stay in this QByteArray; QPdfDocument reads them through the buffer.
        self._bytes = QByteArray(document.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Dokumentets sidor"))

        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr("{0} · {1} sidor · dokument-id {2}").format(
                document.title, self.pdf.pageCount(), document.document_id
            )
        )
        info.setAccessibleName(self.tr("Om dokumentet"))
        layout.addWidget(info)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Skriv ut… (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Spara som…"))
        self.close_button = QPushButton(self.tr("Stäng"))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_button.click)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def paint(self, device: QPagedPaintDevice) -> None:
        """Paint every page onto a printer (or any paged device), at the printer's
        resolution, each page scaled to fit."""
        painter = QPainter(device)
        try:
            for index in range(self.pdf.pageCount()):
                if index:
                    device.newPage()
                size = self.pdf.pagePointSize(index)
                pixels = QSize(
                    int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72)
                )
                image = self.pdf.render(index, pixels)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, on_paper(image))
                painter.setViewport(target)
                painter.setWindow(target)
        finally:
            painter.end()

    def show_status(self, message: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a4262c;" if error else "color: #1f3a5f;")
        self.status.setText(message)


def on_paper(page: QImage) -> QImage:
    """A rendered page on white, as paper is: QPdfDocument renders what the PDF leaves
    unpainted as transparent, and a plain conversion to RGB makes that black."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


class DocumentActions:
    """From "Dokument" on the student page to a preview, and on to a printer or a file.

    `choose_printer` and `choose_file` are where the operating system's own dialogs
    come in; tests replace exactly those two.
    """

    def __init__(self, window: Window) -> None:
        self.window = window
        self.preview: DocumentPreview | None = None
        self.reason_dialog: FormDialog | None = None

    def _service(self) -> DocumentService | None:
        service = self.window.service
        if service is None:
            return None
        it = self.window.deployment
        return DocumentService(service, letterhead=Letterhead(it.district, it.logo))

    # -- render -------------------------------------------------------------------

    def open(self, kind: DocumentKind) -> None:
        documents = self._service()
        file = self.window.student_page.file
        if documents is None or file is None:
            return
        page = self.window.student_page
        page.show_busy(
            QCoreApplication.translate("DocumentPreview", "Skapar {0}…").format(label(kind).lower())
        )
        self.window.runner.run_db(
            lambda: documents.prepare(kind, file.student.id),
            done=self._show,
            failed=lambda e: page.show_document_error(self.window.message(e)),
        )

    def _show(self, document: RenderedDocument) -> None:
        self.window.student_page.show_busy("")
        self.close_all()
        preview = DocumentPreview(self.window, document)
        preview.print_button.clicked.connect(lambda: self.ask_reason(preview))
        preview.save_button.clicked.connect(lambda: self.save(preview))
        preview.finished.connect(lambda _r: self._closed(preview))
        self.preview = preview
        preview.open()

    def _closed(self, preview: DocumentPreview) -> None:
        """A closed preview lets go of the document's bytes at once."""
        if self.preview is preview:
            self.preview = None
            self.reason_dialog = None  # a child of the preview: it goes with it
        preview.deleteLater()
        self.window.activateWindow()

    def close_all(self) -> None:
        """On lock: no document stays on screen (or in memory) without the keys."""
        if self.reason_dialog is not None:
            self.reason_dialog.reject()
            self.reason_dialog = None
        if self.preview is not None:
            self.preview.close()
            self.preview = None

    # -- print --------------------------------------------------------------------

    def ask_reason(self, preview: DocumentPreview) -> None:
        """R9: a print states its reason; it is logged with the document id."""
        self._ask_reason(
            preview,
            QCoreApplication.translate("DocumentPreview", "Skäl till utskriften"),
            QCoreApplication.translate(
                "DocumentPreview",
                "Skriv varför handlingen skrivs ut, till exempel ”Inför elevhälsokonferensen "
                "25 november”. Skriv inga namn.",
            ),
            QCoreApplication.translate("DocumentPreview", "Skriv ut…"),
            lambda reason: self._print(preview, reason),
        )

    def _ask_reason(
        self,
        preview: DocumentPreview,
        title: str,
        intro: str,
        button: str,
        then: Callable[[str], None],
    ) -> None:
        self.reason_dialog = ask(
            preview,
            title,
            [Field("reason", QT_TRANSLATE_NOOP("DocumentPreview", "Skäl (sparas i loggen)"))],
            lambda _dialog, values: then(values["reason"]),
            intro=intro,
            context="DocumentPreview",
        )
        ok = self.reason_dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok
        )
        ok.setText(button)

    def _print(self, preview: DocumentPreview, reason: str) -> None:
        device = self.choose_printer(preview)
        documents = self._service()
        if device is None or documents is None:
            return

        def sent(_result: object) -> None:
            preview.paint(device)
            preview.show_status(
                QCoreApplication.translate("DocumentPreview", "Skickad till skrivaren.")
            )

        self.window.runner.run_db(
            lambda: documents.printed(preview.document, reason),
            done=sent,
            failed=lambda e: preview.show_status(self.window.message(e), error=True),
        )

    def choose_printer(self, preview: DocumentPreview) -> QPagedPaintDevice | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(preview.document.file_name)  # what the print queue shows
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, preview)
        # Paper only: "Spara som…" is the way to a file, with its warning.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # "Print to file" would put a PDF on disk without the warning: not that way.
            preview.show_status(
                QCoreApplication.translate(
                    "DocumentPreview", "Använd ”Spara som…” för att spara som fil."
                ),
                error=True,
            )
            return None
        return printer

    # -- save ---------------------------------------------------------------------

    def save(self, preview: DocumentPreview) -> None:
        answer = QMessageBox.warning(
            preview,
            QCoreApplication.translate("DocumentPreview", "Filen lämnar programmets skydd"),
            QCoreApplication.translate(
                "DocumentPreview",
                "Den sparade filen är inte krypterad och innehåller sekretessuppgifter. Spara "
                "den bara där obehöriga inte kommer åt den, och radera den när den inte längre "
                "behövs. Sparandet loggas.",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        # R9: a file leaves the vault for a stated reason too, logged with the document id.
        self._ask_reason(
            preview,
            QCoreApplication.translate("DocumentPreview", "Skäl till att spara som fil"),
            QCoreApplication.translate(
                "DocumentPreview",
                "Skriv varför handlingen sparas som fil, till exempel ”Skickas till BUP med "
                "säker e-post”. Skriv inga namn.",
            ),
            QCoreApplication.translate("DocumentPreview", "Välj fil…"),
            lambda reason: self._save(preview, reason),
        )

    def _save(self, preview: DocumentPreview, reason: str) -> None:
        path = self.choose_file(preview)
        documents = self._service()
        if path is None or documents is None:
            return
        document = preview.document

        def write() -> None:
            documents.saved(document, reason, write=lambda pdf: atomic_write(path, pdf))

        self.window.runner.run_db(
            write,
            done=lambda _r: preview.show_status(
                QCoreApplication.translate("DocumentPreview", "Sparad som {0}.").format(path.name)
            ),
            failed=lambda e: preview.show_status(self.window.message(e), error=True),
        )

    def choose_file(self, preview: DocumentPreview) -> Path | None:
        from pathlib import Path

        name, _filter = QFileDialog.getSaveFileName(
            preview,
            QCoreApplication.translate("DocumentPreview", "Spara som"),
            str(Path.home() / preview.document.file_name),
            QCoreApplication.translate("DocumentPreview", "PDF-dokument (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
