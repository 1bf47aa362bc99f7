"""Each person's answer on a consent, as a form row. Layer: ui.

Every row starts at "Ej tillfrågad": nobody's consent is ticked for them. A
"Delvis, med förbehåll" answer opens what the person excludes — parties, data
categories and a comment in their own words — so the förbehåll is data the
rules can apply, not a note beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.codes import Answer, DataCategory, PartyKind
from sstdesk.ui.labels import label

T = TypeVar("T")


@dataclass(frozen=True)
class Given:
    """One person's answer as the form holds it; `answer` None: not asked."""

    answer: Answer | None
    excluded_parties: tuple[PartyKind, ...] = ()
    excluded_categories: tuple[DataCategory, ...] = ()
    comment: str = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentAnswers", text)


_TEXTS = (  # marked for lupdate; looked up through _t
    QT_TRANSLATE_NOOP("ConsentAnswers", "Ej tillfrågad"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Svar från {0}"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Inte till:"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Inte om:"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Förbehåll: parter som inte får uppgifter"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Förbehåll: uppgifter som inte får lämnas"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Förbehållet med personens egna ord (valfritt)"),
    QT_TRANSLATE_NOOP("ConsentAnswers", "Förbehållets ordalydelse"),
)


class _Row(QWidget):
    def __init__(self, who: str) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.name = QLabel(who)
        self.answer = QComboBox()
        # Values by position: Qt would hand an enum back as a plain str.
        self._answers: list[Answer | None] = [None, *Answer]
        self.answer.addItem(_t("Ej tillfrågad"))
        for member in Answer:
            self.answer.addItem(label(member))
        self.answer.setAccessibleName(_t("Svar från {0}").format(who))
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.answer, 0, 1)
        layout.setColumnStretch(0, 1)
        self.reservation = QFrame()
        self.reservation.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QGridLayout(self.reservation)
        inner.addWidget(QLabel(_t("Inte till:")), 0, 0)
        inner.addWidget(QLabel(_t("Inte om:")), 0, 1)
        self.parties = _checklist([label(p) for p in PartyKind])
        self.parties.setAccessibleName(_t("Förbehåll: parter som inte får uppgifter"))
        self.categories = _checklist([label(c) for c in DataCategory])
        self.categories.setAccessibleName(_t("Förbehåll: uppgifter som inte får lämnas"))
        inner.addWidget(self.parties, 1, 0)
        inner.addWidget(self.categories, 1, 1)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(_t("Förbehållet med personens egna ord (valfritt)"))
        self.comment.setAccessibleName(_t("Förbehållets ordalydelse"))
        inner.addWidget(self.comment, 2, 0, 1, 2)
        layout.addWidget(self.reservation, 1, 0, 1, 2)
        self.reservation.hide()
        self.answer.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        self.reservation.setVisible(self._current() is Answer.PARTLY)

    def _current(self) -> Answer | None:
        return self._answers[max(self.answer.currentIndex(), 0)]

    def value(self) -> Given:
        answer = self._current()
        if answer is not Answer.PARTLY:
            return Given(answer)
        return Given(
            answer,
            tuple(_checked(self.parties, list(PartyKind))),
            tuple(_checked(self.categories, list(DataCategory))),
            self.comment.text().strip(),
        )

    def set_value(self, given: Given) -> None:
        self.answer.setCurrentIndex(self._answers.index(given.answer))
        _check(self.parties, [list(PartyKind).index(p) for p in given.excluded_parties])
        _check(self.categories, [list(DataCategory).index(c) for c in given.excluded_categories])
        self.comment.setText(given.comment)


class AnswersWidget(QWidget):
    """One row per person who may answer: the student, each guardian, a god man."""

    def __init__(self, people: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, _Row] = {}
        for who, key in people:
            row = _Row(who)
            self.rows[key] = row
            layout.addWidget(row)

    def value(self) -> dict[str, Given]:
        return {key: row.value() for key, row in self.rows.items()}

    def set_value(self, values: dict[str, Given | Answer | None]) -> None:
        for key, given in values.items():
            self.rows[key].set_value(given if isinstance(given, Given) else Given(given))


def _checklist(texts: Sequence[str]) -> QListWidget:
    box = QListWidget()
    for text in texts:
        item = QListWidgetItem(text)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(110)
    return box


def _checked(box: QListWidget, values: Sequence[T]) -> list[T]:
    return [
        values[i] for i in range(box.count()) if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def _check(box: QListWidget, indexes: Sequence[int]) -> None:
    for i in range(box.count()):
        box.item(i).setCheckState(
            Qt.CheckState.Checked if i in indexes else Qt.CheckState.Unchecked
        )
