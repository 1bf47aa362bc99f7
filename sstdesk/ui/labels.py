"""The domain's words in the window's language: its codes' labels and its sentences.

Layer: ui.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sstdesk.domain import phrase
from sstdesk.domain.codes import Labelled
from sstdesk.ui import translation
from sstdesk.ui.numbers import pct


def label(member: Labelled) -> str:
    return QCoreApplication.translate("codes", member.label)


class _Window:
    """The window's voice: templates from the "domain" context, labels from "codes"."""

    def words(self, template: str, n: int | None) -> str:
        return QCoreApplication.translate("domain", template, "", -1 if n is None else n)

    def label(self, member: Labelled) -> str:
        return label(member)

    def percent(self, value: float) -> str:
        return pct(value)


VOICE = _Window()


def say(text: str) -> str:
    """A sentence from the domain (a Phrase, or a fixed Swedish sentence) in the window's
    language."""
    if translation.current() == "sv":  # the domain's own words, plurals included
        return phrase.say(text, phrase.SWEDISH)
    return phrase.say(text, VOICE)
