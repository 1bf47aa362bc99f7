"""The page every document shares: header, footer, watermark, page x/y; render to bytes.

The header carries the office and the sekretess marking, the student's name and
personnummer on every page; the footer the document id, who printed it and
when, and "Sida x/y" (known only when the last page is laid out, so the
canvas keeps each page until then). A draft carries UTKAST across each page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from sstdesk.documents import style
from sstdesk.domain.formatting import format_datetime

SECRECY_MARK = "Sekretess enligt 26 kap. 1 § OSL"
CREATOR = "sstdesk"


@dataclass(frozen=True)
class PageText:
    """What goes around the content of every page. None of it goes into the metadata."""

    office: str  # "Socialtjänsten – Enskede-Årsta-Vantör"
    unit: str  # "Skolsocialt team"
    subject: str  # "Elev: namn, personnummer"
    document_id: str
    printed: str  # "Utskriven 2026-11-23 14:05 av anna.socionom"
    footnote: str = ""  # e.g. the SIP's "Planen får inte ändras …"
    draft: bool = False
    logo: bytes = b""  # PNG or JPEG, drawn at the left of the header


@dataclass(frozen=True)
class Metadata:
    """The PDF's document information: never a name or a personnummer."""

    title: str
    author: str
    subject: str = SECRECY_MARK


def printed_line(user: str, at: Any) -> str:
    return f"Utskriven {format_datetime(at)} av {user}"


def render(story: Sequence[Flowable], page: PageText, meta: Metadata) -> bytes:
    """Lay out `story` on A4 pages and return the PDF's bytes; nothing touches the disk."""
    style.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=style.PAGE_SIZE,
        leftMargin=style.MARGIN_X,
        rightMargin=style.MARGIN_X,
        topMargin=style.MARGIN_TOP,
        bottomMargin=style.MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=CREATOR,
        producer=CREATOR,
        keywords="",
        lang="sv-SE",
        # Not Helvetica: a reader without it would substitute a font of its own.
        initialFontName=style.REGULAR,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: _watermark(c, page))]
    )
    doc.build(list(story), canvasmaker=_numbered(page))
    return buffer.getvalue()


def _watermark(canvas: Canvas, page: PageText) -> None:
    """Drawn first, so it lies under the text."""
    if not page.draft:
        return
    width, height = style.PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(style.WATERMARK)
    canvas.setFont(style.BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -40, "UTKAST")
    canvas.restoreState()


def _numbered(page: PageText) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page's drawing until the end, then adds header and footer with
        the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, page, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, page: PageText, number: int, total: int) -> None:
    width, height = style.PAGE_SIZE
    left, right = style.MARGIN_X, width - style.MARGIN_X
    top = height - 13 * mm
    canvas.saveState()
    text_left = left
    if page.logo:
        logo = ImageReader(io.BytesIO(page.logo))
        w, h = logo.getSize()
        height_pt = 9 * mm
        width_pt = min(height_pt * w / h, 35 * mm)
        canvas.drawImage(
            logo, left, top - 13, width_pt, height_pt, preserveAspectRatio=True, anchor="sw"
        )
        text_left = left + width_pt + 3 * mm
    canvas.setFillColor(style.ACCENT)
    canvas.setFont(style.BOLD, 9.5)
    canvas.drawString(text_left, top, page.office)
    canvas.setFont(style.REGULAR, 8.5)
    canvas.setFillColor(style.MUTED)
    canvas.drawString(text_left, top - 11, page.unit)
    canvas.setFillColor(style.SECRECY)
    canvas.setFont(style.BOLD, 9)
    canvas.drawRightString(right, top, SECRECY_MARK)
    canvas.setFillColor(style.INK)
    canvas.setFont(style.REGULAR, 8.5)
    canvas.drawRightString(right, top - 11, page.subject)
    canvas.setStrokeColor(style.ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(left, top - 17, right, top - 17)

    bottom = 12 * mm
    canvas.setStrokeColor(style.RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.setFont(style.REGULAR, 7.5)
    canvas.setFillColor(style.MUTED)
    canvas.drawString(left, bottom, f"Dokument-id {page.document_id}  ·  {page.printed}")
    canvas.setFillColor(style.INK)
    canvas.setFont(style.BOLD, 8)
    canvas.drawRightString(right, bottom, f"Sida {number}/{total}")
    if page.footnote:
        canvas.setFont(style.ITALIC, 7.5)
        canvas.setFillColor(style.MUTED)
        canvas.drawString(left, bottom + 13, page.footnote)
    canvas.restoreState()
