"""The Swedish label of a domain code, in the window's language. Layer: ui."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sstdesk.domain.codes import Labelled


def label(member: Labelled) -> str:
    return QCoreApplication.translate("codes", member.label)
