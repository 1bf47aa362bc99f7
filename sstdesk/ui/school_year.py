"""Läsårsskifte…: who goes up an årskurs, and what happens to åk 9, before anything changes.

Layer: ui. Shows a `Rollover` preview (domain/school_year.py); the window does
the change when the person presses "Genomför läsårsskiftet".
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.formatting import format_date
from sstdesk.domain.school_year import Move, Promotion, Rollover
from sstdesk.ui.labels import label


def _e(text: object) -> str:
    return html.escape(str(text))


class RolloverDialog(QDialog):
    """The preview; accepted means: do it for the students listed as going up."""

    def __init__(self, parent: QWidget | None, preview: Rollover) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Läsårsskifte {0}").format(preview.year))
        layout = QVBoxLayout(self)
        ups = preview.of(Move.UP)
        intro = QLabel(
            self.tr(
                "Läsårsskifte till {0}, från {1}. Så här ändras elevlistan. Inget sparas "
                "förrän du väljer ”Genomför läsårsskiftet”."
            ).format(preview.year, format_date(preview.on))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Förhandsvisning av läsårsskiftet"))
        self.view.setHtml(self._html())
        layout.addWidget(self.view, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.do_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.do_button.setText(self.tr("Genomför läsårsskiftet"))
        self.do_button.setEnabled(bool(ups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(640, screen.height() - 80))

    def _html(self) -> str:
        p = self.preview
        parts = []
        ups, leaving, done = p.of(Move.UP), p.of(Move.LEAVES), p.of(Move.DONE)
        if leaving:
            parts.append(
                f"<h3>{_e(self.tr('Lämnar grundskolan efter åk 9 ({0})').format(len(leaving)))}"
                f"</h3><p>{_e(self.tr('Årskursen ändras inte.'))}</p><ul>"
                + "".join(f"<li>{self._leaving(x)}</li>" for x in leaving)
                + "</ul>"
            )
        if ups:
            parts.append(
                f"<h3>{_e(self.tr('Går upp en årskurs ({0})').format(len(ups)))}</h3><ul>"
                + "".join(f"<li>{self._up(x)}</li>" for x in ups)
                + "</ul>"
            )
        if done:
            parts.append(
                f"<h3>{_e(self.tr('Redan flyttade läsåret {0} ({1})').format(p.year, len(done)))}"
                f"</h3><p>{_e(self.tr('Gjort tidigare, här eller på en kollegas dator.'))}</p><ul>"
                + "".join(f"<li>{_e(x.name)} – {_e(self.tr('åk'))} {x.grade}</li>" for x in done)
                + "</ul>"
            )
        if not ups:
            parts.insert(
                0, f"<p><b>{_e(self.tr('Ingen elev i elevlistan går upp en årskurs.'))}</b></p>"
            )
        return "".join(parts)

    def _up(self, x: Promotion) -> str:
        text = f"{_e(x.name)} – {_e(self.tr('åk'))} {x.grade} → {x.new_grade}"
        if x.class_name and x.new_class != x.class_name:
            text += f", {_e(self.tr('klass'))} {_e(x.class_name)} → {_e(x.new_class)}"
        elif x.class_name:
            text += f", {_e(self.tr('klass {0} (oförändrad)').format(x.class_name))}"
        return text

    def _leaving(self, x: Promotion) -> str:
        if x.case_open:
            what = self.tr(
                "ärendet pågår ({0}): avsluta ärendet (utskrivning) när arbetet är klart – "
                "gymnasiebehörigheten anges då"
            ).format(label(x.stage).lower())
        else:
            what = self.tr("utskriven ({0})").format(label(x.stage).lower())
        return f"{_e(x.name)} – {_e(what)}"

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        if not self.property("closed_by_lock"):
            self.show()
