"""One small form dialog, built from a list of fields. Layer: ui.

Every dialog in the app that asks for a handful of values is a FormDialog:
labels, tab order and accessible names come out the same everywhere, and a
test fills a form by field key exactly as a person would by label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.codes import Answer, DataCategory, PartyKind
from sstdesk.ui import numbers, translation
from sstdesk.ui.consent_answers import AnswersWidget, Given


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    # text, multiline, date, percent, int, choice, choices, bool, answers (consent_answers.py),
    # decimal (a percentage typed as text, empty until typed, with comma or point whatever
    # the locale), sum (shown, not typed: the decimal fields named in `options` added up)
    kind: str = "text"
    options: Sequence[tuple[str, Any]] = ()
    default: Any = None
    optional: bool = False
    minimum: int = 0
    maximum: int = 100


_DECIMAL = re.compile(r"^\s*(\d{1,3})(?:[.,](\d))?\s*%?\s*$")


def parse_decimal(text: str) -> float | None:
    """A number as a person types it: "34,5", "34.5", "34", "34,5 %"; None when empty.

    Both separators are read as the decimal sign, whatever the locale says, since a
    Swedish number typed on an English system (or the reverse) is still meant as typed.
    Raises ValueError for anything else (a thousands separator among them).
    """
    if not text.strip():
        return None
    match = _DECIMAL.match(text.replace("\u00a0", " "))
    if match is None:
        raise ValueError(text)
    whole, fraction = match.groups()
    return float(f"{whole}.{fraction or 0}")


class DecimalEdit(QLineEdit):
    """A percentage field that starts empty (nothing is assumed) and takes a decimal comma
    or point; QDoubleSpinBox read "34,5" as 34 under a C or English locale."""

    def __init__(self, value: float | None = None) -> None:
        super().__init__()
        pattern = QRegularExpression(r"\s*\d{0,3}([.,]\d?)?\s*%?\s*")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(QCoreApplication.translate("FormDialog", "t.ex. 12,5"))
        self.setMaximumWidth(140)
        self.set_number(value)

    def number(self) -> float | None:
        """The value typed, or None when empty or not a number."""
        try:
            return parse_decimal(self.text())
        except ValueError:
            return None

    def set_number(self, value: float | str | None) -> None:
        if value is None:
            self.clear()
        elif isinstance(value, str):
            self.setText(value)
        else:
            self.setText(f"{value:g}".replace(".", ","))


def parse_time(text: str) -> dt.time | None:
    """A time of day as people type it: "13:30", "13.30", "9", "0930"; None when empty,
    ValueError when it is no time. Minutes are two digits: "9.5" could be 09:05 or 09:30."""
    plain = text.strip().replace(".", ":")
    if not plain:
        return None
    if ":" in plain:
        hours, _, minutes = plain.partition(":")
    elif len(plain) > 2:
        hours, minutes = plain[:-2], plain[-2:]
    else:
        hours, minutes = plain, "00"
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    return dt.time(int(hours), int(minutes))  # ValueError for 25:00 or 13:75


class TimeEdit(QLineEdit):
    """A time of day that starts empty: a meeting's time is the person's to give."""

    def __init__(self, value: dt.time | None = None) -> None:
        super().__init__()
        pattern = QRegularExpression(r"\s*\d{0,2}([:.]?\d{0,2})?\s*")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(QCoreApplication.translate("FormDialog", "t.ex. 13:30"))
        self.setMaximumWidth(140)
        self.set_time(value)

    def time(self) -> dt.time | None:
        """The time typed, or None when empty or not a time."""
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def set_time(self, value: dt.time | str | None) -> None:
        if value is None:
            self.clear()
        elif isinstance(value, str):
            self.setText(value)
        else:
            self.setText(value.strftime("%H:%M"))


class PercentSpin(QDoubleSpinBox):
    """A spin box that reads a decimal comma and a decimal point alike, whatever the
    locale: QDoubleSpinBox alone dropped the keys it did not expect ("34,5" became 34
    under a C or English locale, "34.5" became 34 under a Swedish one)."""

    def _normal(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(",", point).replace(".", point)

    def validate(self, text: str, pos: int) -> object:
        return super().validate(self._normal(text), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        return super().valueFromText(self._normal(text))

    def number(self) -> float | None:
        """The value, or None while it stands at "Ej angiven" (nothing stated yet)."""
        return None if self.value() < 0 else self.value()

    def set_number(self, value: float | None) -> None:
        self.setValue(UNSTATED if value is None else value)


UNSTATED = -0.1  # below any percentage: a spin box's way of saying "not stated"


class FormDialog(QDialog):
    """Ask for `fields`; `values()` gives them by key, typed (dates, floats, lists)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[Field],
        intro: str = "",
        context: str = "",
    ) -> None:
        QDialog.__init__(self, parent)
        # Labels are written in Swedish where the form is declared, marked QT_TR_NOOP there,
        # and translated here in that class's context.
        self._context = context

        def tr(text: str) -> str:
            return QCoreApplication.translate(context, text) if context else text

        self.setWindowTitle(tr(title))
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(tr(intro))
            text.setWordWrap(True)
            layout.addWidget(text)
        body = QWidget()
        form = QFormLayout(body)
        for spec in fields:
            widget = self._make(spec)
            widget.setAccessibleName(tr(spec.label))
            starred = not spec.optional and spec.kind != "sum"
            label = QLabel(tr(spec.label) + (" *" if starred else ""))
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.widgets[spec.key] = widget
        for spec in fields:
            if spec.kind == "sum":
                for _label, key in spec.options:
                    self.widgets[key].textChanged.connect(self._update_sums)
        self._update_sums()
        # A long form scrolls, so Spara and Avbryt stay on a 768-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        wanted = body.sizeHint().height() + buttons.sizeHint().height() + 120
        fit_to_screen(self, 760, wanted, parent)

    @staticmethod
    def _make(spec: Field) -> QWidget:
        if spec.kind == "decimal":
            return DecimalEdit(spec.default)
        if spec.kind == "time":
            return TimeEdit(spec.default)
        if spec.kind == "sum":
            shown = QLabel()
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by a screen reader too
            return shown
        if spec.kind == "answers":
            return AnswersWidget(spec.options)
        if spec.kind == "multiline":
            edit = QPlainTextEdit(spec.default or "")
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            return edit
        if spec.kind == "date":
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            day = spec.default or dt.date.today()
            date.setDate(QDate(day.year, day.month, day.day))
            return date
        if spec.kind == "percent":
            spin = PercentSpin()
            spin.setLocale(translation.locale())  # "34,5 %" in Swedish
            # A percentage starts unstated (not as 0 %, which is a fact): the person says it.
            spin.setRange(UNSTATED, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setSpecialValueText(QCoreApplication.translate("FormDialog", "Ej angiven"))
            spin.set_number(spec.default)
            return spin
        if spec.kind == "int":
            number = QSpinBox()
            number.setRange(spec.minimum, spec.maximum)
            number.setValue(spec.default if spec.default is not None else spec.minimum)
            return number
        if spec.kind == "choice":
            combo = QComboBox()
            for label, value in spec.options:
                combo.addItem(label, value)
            values = [v for _, v in spec.options]
            if spec.default is not None and spec.default in values:
                combo.setCurrentIndex(values.index(spec.default))
            return combo
        if spec.kind == "choices":
            box = QListWidget()
            for label, value in spec.options:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                checked = spec.default is not None and value in spec.default
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                box.addItem(item)
            # Long choices wrap instead of scrolling sideways out of sight: a line more for
            # each that may wrap, within 240 px.
            box.setWordWrap(True)
            box.setResizeMode(QListView.ResizeMode.Adjust)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            for i in range(box.count()):
                box.item(i).setToolTip(box.item(i).text())
            rows = len(spec.options) + sum(len(label) > 50 for label, _ in spec.options)
            box.setFixedHeight(min(box.sizeHintForRow(0) * rows + 8, 240))
            return box
        if spec.kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(spec.default))
            return check
        edit = QLineEdit(spec.default or "")
        if spec.kind == "password":
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.widgets[spec.key]
            if isinstance(widget, AnswersWidget):
                found[spec.key] = widget.value()
            elif isinstance(widget, DecimalEdit | PercentSpin):
                found[spec.key] = widget.number()
            elif isinstance(widget, TimeEdit):
                found[spec.key] = widget.time()
            elif spec.kind == "sum":
                found[spec.key] = self._sum(spec)
            elif isinstance(widget, QPlainTextEdit):
                found[spec.key] = widget.toPlainText().strip()
            elif isinstance(widget, QDateEdit):
                found[spec.key] = widget.date().toPython()
            elif isinstance(widget, QDoubleSpinBox | QSpinBox):
                found[spec.key] = widget.value()
            elif isinstance(widget, QComboBox):
                # By position: Qt would hand an enum back as a plain str.
                index = widget.currentIndex()
                found[spec.key] = spec.options[index][1] if index >= 0 else None
            elif isinstance(widget, QListWidget):
                found[spec.key] = [
                    spec.options[i][1]
                    for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked
                ]
            elif isinstance(widget, QCheckBox):
                found[spec.key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                found[spec.key] = widget.text().strip()
        return found

    def set_value(self, key: str, value: Any) -> None:
        """Fill one field as a person would (used by tests and by defaults)."""
        widget = self.widgets[key]
        if isinstance(widget, AnswersWidget):
            widget.set_value(value)
        elif isinstance(widget, DecimalEdit | PercentSpin):
            widget.set_number(value)
        elif isinstance(widget, TimeEdit):
            widget.set_time(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QDoubleSpinBox | QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            spec = next(f for f in self.fields if f.key == key)
            widget.setCurrentIndex([v for _, v in spec.options].index(value))
        elif isinstance(widget, QListWidget):
            spec = next(f for f in self.fields if f.key == key)
            for i in range(widget.count()):
                on = spec.options[i][1] in value
                widget.item(i).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    def snapshot(self) -> dict[str, Any]:
        """The fields as typed, as JSON values (a choice by its position), to be offered back
        after a lock; a password is never kept."""
        found: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.widgets[spec.key]
            if spec.kind == "password":
                continue
            if isinstance(widget, AnswersWidget):
                found[spec.key] = {
                    person: {
                        "answer": given.answer.value if given.answer else None,
                        "parties": [p.value for p in given.excluded_parties],
                        "categories": [c.value for c in given.excluded_categories],
                        "comment": given.comment,
                    }
                    for person, given in widget.value().items()
                }
            elif isinstance(widget, QComboBox):
                found[spec.key] = widget.currentIndex()
            elif isinstance(widget, QListWidget):
                found[spec.key] = [
                    i
                    for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked
                ]
            elif isinstance(widget, QDateEdit):
                found[spec.key] = widget.date().toPython().isoformat()
            elif isinstance(widget, QPlainTextEdit):
                found[spec.key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                found[spec.key] = widget.text()
            elif isinstance(widget, QDoubleSpinBox | QSpinBox):
                found[spec.key] = widget.value()
            elif isinstance(widget, QCheckBox):
                found[spec.key] = widget.isChecked()
        return found

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Put a snapshot back; a value that no longer fits its field (a choice gone) is left
        as the field starts, never guessed."""
        for spec in self.fields:
            if spec.key not in snapshot:
                continue
            widget, value = self.widgets[spec.key], snapshot[spec.key]
            try:
                _restore_one(widget, value)
            except (ValueError, TypeError, KeyError, IndexError):
                continue

    def _check(self) -> None:
        values = self.values()
        missing = [
            QCoreApplication.translate(self._context, spec.label) if self._context else spec.label
            for spec in self.fields
            if not spec.optional
            and (
                (spec.kind in ("text", "password", "multiline", "choices") and not values[spec.key])
                # A choice that starts at "Välj…" (None) must be made: nothing is assumed.
                or (spec.kind == "choice" and values[spec.key] is None)
                or (spec.kind == "decimal" and not self.widgets[spec.key].text().strip())
                or (spec.kind == "percent" and values[spec.key] is None)
            )
        ]
        if missing:
            self.error.setText(self.tr("Fyll i: {0}.").format(", ".join(missing)))
            return
        problem = self._decimal_problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def _decimal_problem(self) -> str:
        """The first decimal field that is not a number in its range (or time field that is
        not a time), said in words."""
        for spec in self.fields:
            widget = self.widgets[spec.key]
            if isinstance(widget, TimeEdit) and widget.text().strip() and widget.time() is None:
                name = (
                    QCoreApplication.translate(self._context, spec.label) if self._context else ""
                )
                return self.tr("{0}: skriv tiden som timmar och minuter, t.ex. 13:30.").format(
                    name or spec.label
                )
        for spec in self.fields:
            if spec.kind != "decimal":
                continue
            widget = self.widgets[spec.key]
            assert isinstance(widget, DecimalEdit)
            value = widget.number()
            if not widget.text().strip() or (
                value is not None and spec.minimum <= value <= spec.maximum
            ):
                continue
            name = QCoreApplication.translate(self._context, spec.label) if self._context else ""
            return self.tr(
                "{0}: skriv ett tal mellan {1} och {2}, med högst en decimal, t.ex. 12,5."
            ).format(name or spec.label, spec.minimum, spec.maximum)
        for spec in self.fields:
            if spec.kind == "sum" and (total := self._sum(spec)) is not None:
                if not spec.minimum <= total <= spec.maximum:
                    name = (
                        QCoreApplication.translate(self._context, spec.label)
                        if self._context
                        else spec.label
                    )
                    return self.tr("{0} blir {1}, mer än {2} %. Kontrollera siffrorna.").format(
                        name, numbers.pct(total), spec.maximum
                    )
        return ""

    def _sum(self, spec: Field) -> float | None:
        """The decimal fields of a sum added up; None until each of them holds a number."""
        parts = [self.widgets[key] for _label, key in spec.options]
        numbers = [w.number() for w in parts if isinstance(w, DecimalEdit)]
        if len(numbers) != len(parts) or any(n is None for n in numbers):
            return None
        return round(sum(n for n in numbers if n is not None), 1)

    def _update_sums(self) -> None:
        for spec in self.fields:
            if spec.kind == "sum":
                widget = self.widgets[spec.key]
                assert isinstance(widget, QLabel)
                total = self._sum(spec)
                parts = " + ".join(
                    QCoreApplication.translate(self._context, name) if self._context else name
                    for name, _key in spec.options
                )
                widget.setText(
                    f"{numbers.pct(total)}   ({parts})"
                    if total is not None
                    else self.tr("Räknas ut: {0}").format(parts)
                )

    def show_error(self, message: str) -> None:
        """A refusal from the service: the dialog stays open with what was typed (unless
        the window locked meanwhile: nothing shows over the unlock screen)."""
        self.error.setText(message)
        if not self.property("closed_by_lock"):
            self.show()


def _restore_one(widget: QWidget, value: Any) -> None:
    if isinstance(widget, AnswersWidget):
        widget.set_value(
            {
                person: Given(
                    Answer(given["answer"]) if given["answer"] else None,
                    tuple(PartyKind(p) for p in given["parties"]),
                    tuple(DataCategory(c) for c in given["categories"]),
                    str(given["comment"]),
                )
                for person, given in value.items()
                if person in widget.rows
            }
        )
    elif isinstance(widget, QComboBox):
        if 0 <= int(value) < widget.count():
            widget.setCurrentIndex(int(value))
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            on = i in value
            widget.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    elif isinstance(widget, QDateEdit):
        day = dt.date.fromisoformat(value)
        widget.setDate(QDate(day.year, day.month, day.day))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))


# Room left on the screen for the window's frame: a title bar, borders, a shadow.
FRAME_ROOM = (40, 80)


def fit_to_screen(window: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Resize a dialog to `width` × `height`, or less where the screen it opens on (its
    parent's) is smaller: every dialog, frame and buttons included, fits a 1366×768 laptop
    and 1920×1080 at 150 % (1280×720)."""
    screen = (near if near is not None else window).screen().availableGeometry()
    window.resize(
        min(width, screen.width() - FRAME_ROOM[0]), min(height, screen.height() - FRAME_ROOM[1])
    )


def ask(
    parent: QWidget,
    title: str,
    fields: Sequence[Field],
    on_accept: Callable[[FormDialog, dict[str, Any]], None],
    intro: str = "",
    context: str = "",
) -> FormDialog:
    """Open a form (not modal-blocking); `on_accept(dialog, values)` when saved."""
    dialog = FormDialog(parent, title, fields, intro, context)
    dialog.accepted.connect(lambda: on_accept(dialog, dialog.values()))
    dialog.open()
    return dialog
