"""The one place the window writes a number: in the interface language's way. Layer: ui.

Swedish: "28,4 %" (decimal comma, a space before the sign); English: "28.4%". PDFs are
always Swedish and use sstdesk.domain.formatting.format_pct.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from sstdesk.ui import translation


def decimal(value: float, digits: int = 1) -> str:
    """At most `digits` decimals, none when they are zero: "28,4", "28"."""
    text = translation.locale().toString(float(value), "f", digits)
    point = translation.locale().decimalPoint()
    if point in text:
        text = text.rstrip("0").removesuffix(point)
    return text


def pct(value: float | None) -> str:
    """A percentage; "–" for none."""
    if value is None:
        return "–"
    sign = " %" if translation.current() == "sv" else "%"
    return decimal(value) + sign


def megabytes(size: int) -> str:
    return f"{decimal(size / (1024 * 1024))} MB"


class Counts(QObject):
    """Counted phrases for code outside a widget: lupdate sees "%n" plurals only in
    self.tr, and the Swedish .qm makes "1 dag" of "%n dagar"."""

    def days_left(self, days: int) -> str:
        return self.tr("%n dagar kvar", "", days)

    def consent_expires_in(self, days: int) -> str:
        return self.tr("Samtycket går ut om %n dagar", "", days)


counts = Counts()
