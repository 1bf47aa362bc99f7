"""Documents in the window: preview from memory, print with a reason, save with a warning.

The operating system's print and file dialogs are the edge of the world here:
the tests answer them (a printer that is an in-memory PDF writer, a chosen
path); everything else is the real window, service and vault.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sstdesk.domain.codes import ConsentStatus, DocumentKind, Stage
from sstdesk.ui.document_view import DocumentActions, DocumentPreview, on_paper
from sstdesk.ui.main_window import MainWindow
from tests.ui.test_student_page import open_first


def files_under(*roots: Path, depth: int | None = None) -> set[Path]:
    """Every file under `roots`; with `depth`, only so many folders down (a temp file is
    written at the top of the temp directory or in a folder made for it there)."""
    found: set[Path] = set()
    for root in roots:
        for directory, dirs, names in os.walk(root):
            if depth is not None and len(Path(directory).relative_to(root).parts) >= depth:
                dirs.clear()
            found.update(Path(directory, name) for name in names)
    return found


def request(qtbot: Any, win: MainWindow, kind: DocumentKind) -> None:
    """Choose the document from the page's Dokument menu, as a person would."""
    action = next(a for a in win.student_page.documents_menu.actions() if a.text() == kind.label)
    action.trigger()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)


def preview_of(qtbot: Any, win: MainWindow) -> DocumentPreview:
    qtbot.waitUntil(
        lambda: win.documents.preview is not None and win.documents.preview.isVisible(),
        timeout=15_000,
    )
    assert win.documents.preview is not None
    return win.documents.preview


class MemoryPrinter:
    """Stands in for the printer the person picks: pages go into a QByteArray."""

    def __init__(self) -> None:
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setResolution(150)


def trail(qtbot: Any, win: MainWindow, student_id: str) -> list[tuple[str, str]]:
    box: list[Any] = []
    service = win.service
    win.runner.run_db(lambda: service.audit_trail(student_id), done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return [(e.action, e.reason) for e in box[0]]


def test_preview_and_print_leave_no_file_anywhere(
    qtbot: Any, unlocked: MainWindow, monkeypatch: Any, tmp_path: Path, tmp_path_factory: Any
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION, ConsentStatus.VALID)
    # Python's and Qt's temp directory made private to this test, so nothing another
    # process writes to /tmp meanwhile counts; the system's is checked too, without
    # the pytest runs' own directories.
    system = Path(tempfile.gettempdir())
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    pytest_runs = tmp_path_factory.getbasetemp().parent

    def snapshot() -> set[Path]:
        # In the system's temp directory other processes come and go: only what could be
        # this document counts there (a PDF, or a file that names the student).
        outside = {
            f
            for f in files_under(system, depth=2)
            if pytest_runs not in f.parents and could_be_ours(f)
        }
        return files_under(win.profile, private) | outside

    name = win.student_page.file.student.full_name.encode()

    def could_be_ours(path: Path) -> bool:
        try:
            head = path.read_bytes()[:1_000_000]
        except OSError:
            return False
        return head.startswith(b"%PDF") or name in head

    before = snapshot()
    printer = MemoryPrinter()
    monkeypatch.setattr(DocumentActions, "choose_printer", lambda _a, _p: printer.writer)

    request(qtbot, win, DocumentKind.EHK)
    preview = preview_of(qtbot, win)
    assert preview.page_count() >= 2
    page = preview.pdf.render(0, QSize(210, 297))
    dark = sum(
        1 for x in range(0, 210, 3) for y in range(0, 297, 3) if page.pixelColor(x, y).value() < 128
    )
    assert dark > 50  # the page has text on it, read from memory
    assert preview.document.document_id in preview.windowTitle() or preview.document.title in (
        preview.windowTitle()
    )

    preview.print_button.click()
    dialog = win.documents.reason_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no reason given: the dialog says so and stays
    assert dialog.isVisible() and "Skäl" in dialog.error.text()
    dialog.set_value("reason", "Inför elevhälsokonferensen")
    ok.click()
    qtbot.waitUntil(lambda: printer.data.size() > 0 and not win.runner.busy, timeout=15_000)
    printer.buffer.close()
    printed = PdfReader(io.BytesIO(bytes(printer.data)))
    assert len(printed.pages) == preview.page_count()
    # What reaches the printer is the page on white paper, with dark text on it (a
    # transparent render once reached it as a black page).
    sent = QPdfDocument(None)
    sent_bytes = QBuffer()
    sent_bytes.setData(QByteArray(bytes(printer.data)))
    sent_bytes.open(QBuffer.OpenModeFlag.ReadOnly)
    sent.load(sent_bytes)
    paper = on_paper(sent.render(0, QSize(210, 297)))
    values = [paper.pixelColor(x, y).value() for x in range(0, 210, 3) for y in range(0, 297, 3)]
    assert sum(v > 200 for v in values) > 0.8 * len(values), "the printed page is not white"
    assert sum(v < 128 for v in values) > 50, "the printed page has no text"
    assert "Skickad till skrivaren" in preview.status.text()

    events = trail(qtbot, win, student_id)
    doc_id = preview.document.document_id
    assert ("document.preview", doc_id) in events
    assert ("document.print", f"{doc_id} – Inför elevhälsokonferensen") in events

    preview.close()
    assert snapshot() - before == set()


def test_save_as_warns_first_and_writes_only_where_asked(
    qtbot: Any, unlocked: MainWindow, monkeypatch: Any, tmp_path: Path
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION, ConsentStatus.VALID)
    request(qtbot, win, DocumentKind.CONSENT_FORM)
    preview = preview_of(qtbot, win)
    target = tmp_path / "utskrifter" / "samtycke.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(DocumentActions, "choose_file", lambda _s, _p: target)
    warnings: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> Any:
        def warning(_parent: Any, title: str, text: str, *_args: Any) -> Any:
            warnings.append(f"{title}: {text}")
            return choice

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    preview.save_button.click()
    assert "lämnar programmets skydd" in warnings[0] and "inte krypterad" in warnings[0]
    assert not target.exists()

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    preview.save_button.click()
    # R9: the file leaves the vault for a stated reason, asked before the file is chosen.
    dialog = win.documents.reason_dialog
    assert dialog is not None and dialog.isVisible() and not target.exists()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "Fyll i" in dialog.error.text()  # no reason: nothing saved
    assert not target.exists()
    dialog.set_value("reason", "Skickas till BUP med säker e-post")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: target.exists() and not win.runner.busy, timeout=10_000)
    assert target.read_bytes() == preview.document.pdf
    assert list(target.parent.iterdir()) == [target]  # no temp file beside it
    assert (
        "document.save",
        f"{preview.document.document_id} – Skickas till BUP med säker e-post",
    ) in trail(qtbot, win, student_id)
    assert preview.document.file_name.startswith("SAM-")


def test_a_refused_document_says_which_consent_is_missing(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    open_first(qtbot, win, Stage.REFERRED)
    request(qtbot, win, DocumentKind.EHK)
    assert win.documents.preview is None
    message = win.student_page.move_error.text()
    assert "kan inte skrivas ut" in message and "Skolan" in message
    assert not win.student_page.busy.isVisible()


def test_locking_closes_the_preview(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    open_first(qtbot, win, Stage.INTERVENTION, ConsentStatus.VALID)
    request(qtbot, win, DocumentKind.REGISTER_EXTRACT)
    preview = preview_of(qtbot, win)
    win.lock()
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=5_000)
    assert win.documents.preview is None
