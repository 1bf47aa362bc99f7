from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService
from sstdesk.services.views import CaseloadRow, StudentFile


@pytest.fixture
def documents(demo: CaseloadService) -> DocumentService:
    return DocumentService(demo)


def pages(pdf: bytes) -> list[str]:
    """The text of each page, as a reader (or a screen reader) gets it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


def flat(pdf: bytes) -> str:
    """All text on one line: table cells wrap, so compare without line breaks."""
    return " ".join(text(pdf).split())


@pytest.fixture
def find_student(demo: CaseloadService) -> Callable[[Callable[[StudentFile], bool]], StudentFile]:
    """The first demo student whose file satisfies the predicate."""

    def find(predicate: Callable[[StudentFile], bool]) -> StudentFile:
        rows: list[CaseloadRow] = demo.caseload(include_ended=True)
        for row in rows:
            found = demo.open_student(row.student_id)
            if predicate(found):
                return found
        raise AssertionError("no demo student fits")

    return find
