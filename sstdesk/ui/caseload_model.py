"""The caseload as a Qt table model (model/view, not a widget per row). Layer: ui."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from sstdesk.domain.codes import ConsentStatus
from sstdesk.domain.formatting import format_date, mask_personnummer
from sstdesk.services.views import CaseloadRow
from sstdesk.ui.labels import label

COL_NAME, COL_PNR, COL_SCHOOL, COL_GRADE, COL_STAGE, COL_DUE, COL_CONSENT = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Namn"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Personnummer"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Skola"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Åk"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Steg"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Nästa datum"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Samtycke"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PROTECTED = QT_TRANSLATE_NOOP("CaseloadModel", "Skyddad")  # the school, never shown


class CaseloadTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return row.name
        if column == COL_PNR:
            return mask_personnummer(row.personnummer)
        if column == COL_SCHOOL:
            if row.protected_identity:
                return QCoreApplication.translate("CaseloadModel", PROTECTED)
            return row.school
        if column == COL_GRADE:
            return str(row.grade)
        if column == COL_STAGE:
            return label(row.stage)
        if column == COL_DUE:
            return format_date(row.next_due)
        if column == COL_CONSENT:
            return _consent_text(row.consent, row)
        return None


def _consent_text(status: ConsentStatus | None, row: CaseloadRow) -> str:
    if status is None:
        return QCoreApplication.translate("CaseloadModel", "Saknas")
    if status is ConsentStatus.VALID and row.consent_until:
        return QCoreApplication.translate("CaseloadModel", "Giltigt t.o.m. {0}").format(
            format_date(row.consent_until)
        )
    return label(status)
