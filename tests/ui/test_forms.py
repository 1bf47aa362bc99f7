"""The form dialog gives back exactly the Python values it was given as options."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sstdesk.domain.codes import ConsentForm, PartyKind
from sstdesk.ui.forms import Field, FormDialog


def test_choices_come_back_as_enums_not_strings(qtbot: Any) -> None:
    """Qt stores a StrEnum as a plain str; the dialog must not leak that to services."""
    dialog = FormDialog(
        None,
        "Test",
        [
            Field("form", "Form", "choice", [(m.label, m) for m in ConsentForm]),
            Field(
                "parties",
                "Parter",
                "choices",
                [(m.label, m) for m in PartyKind],
                default=[PartyKind.SCHOOL],
            ),
            Field("until", "Till", "date", default=dt.date(2027, 1, 31)),
            Field("pct", "Frånvaro", "percent"),
        ],
    )
    qtbot.addWidget(dialog)
    dialog.set_value("form", ConsentForm.ORAL)
    dialog.set_value("parties", [PartyKind.BUP, PartyKind.SCHOOL])
    dialog.set_value("pct", 12.5)
    values = dialog.values()
    assert values["form"] is ConsentForm.ORAL
    assert values["parties"] == [PartyKind.SCHOOL, PartyKind.BUP]
    assert all(type(p) is PartyKind for p in values["parties"])
    assert values["until"] == dt.date(2027, 1, 31) and values["pct"] == 12.5


def test_a_required_field_left_empty_keeps_the_dialog_open(qtbot: Any) -> None:
    dialog = FormDialog(None, "Test", [Field("name", "Namn"), Field("note", "Not", optional=True)])
    qtbot.addWidget(dialog)
    dialog.open()
    dialog._check()
    assert dialog.isVisible() and "Namn" in dialog.error.text()
    dialog.set_value("name", "Lena")
    dialog._check()
    assert not dialog.isVisible()


@pytest.mark.parametrize("name", ["C", "en_US", "sv_SE"])
@pytest.mark.parametrize("typed", ["34,5", "34.5"])
def test_a_percent_takes_a_decimal_comma_or_point_whatever_the_locale(
    qtbot: Any, name: str, typed: str
) -> None:
    """Under a C or English locale QDoubleSpinBox alone stored "34,5" as 34."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDoubleSpinBox

    before = QLocale()
    QLocale.setDefault(QLocale.c() if name == "C" else QLocale(name))
    try:
        dialog = FormDialog(None, "Test", [Field("pct", "Frånvaro", "percent")])
        qtbot.addWidget(dialog)
        spin = dialog.widgets["pct"]
        assert isinstance(spin, QDoubleSpinBox)
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, typed)
        spin.interpretText()
        assert dialog.values()["pct"] == 34.5
    finally:
        QLocale.setDefault(before)


def test_a_percentage_starts_unstated_and_0_percent_is_a_stated_fact(qtbot: Any) -> None:
    """Frånvaro vid utskrivning never starts as 0 %: one careless Spara would put a false
    0 % into the statistics. Unstated stays None; 0 % typed is kept as 0."""
    dialog = FormDialog(
        None,
        "Test",
        [
            Field("optional", "Frånvaro", "percent", optional=True),
            Field("required", "Gräns", "percent"),
        ],
    )
    qtbot.addWidget(dialog)
    assert dialog.values() == {"optional": None, "required": None}
    assert dialog.widgets["optional"].text() == "Ej angiven"
    dialog._check()
    assert "Gräns" in dialog.error.text() and "Frånvaro" not in dialog.error.text()
    dialog.set_value("optional", 0.0)
    dialog.set_value("required", 0.0)
    assert dialog.values() == {"optional": 0.0, "required": 0.0}
    dialog.set_value("optional", None)
    assert dialog.values()["optional"] is None
