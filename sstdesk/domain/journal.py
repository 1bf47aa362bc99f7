"""Journal notes and working notes (rules R5, R6). Layer: domain.

A draft may change; a signed note never does, and a correction is a new note
that refers to the one it corrects. A working note is kept apart and is
destroyed once its content has gone into a journal note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sstdesk.domain.codes import ContactType, NoteStatus, NoteType
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.formatting import format_datetime
from sstdesk.domain.model import JournalNote, WorkingNote
from sstdesk.domain.phrase import Phrase


def _refuse_if_signed(note: JournalNote) -> None:
    if note.status is NoteStatus.SIGNED:
        raise TransitionError(
            Phrase(
                "Anteckningen signerades {signed_at} och kan inte ändras. Använd ”Rätta” för att "
                "skriva en rättelse.",
                signed_at=format_datetime(note.signed_at),
            )
        )


def edit_draft(note: JournalNote, *, text: str, event_date: dt.date | None = None) -> JournalNote:
    _refuse_if_signed(note)
    return replace(note, text=text, event_date=event_date or note.event_date)


def sign(note: JournalNote, *, by: str, at: dt.datetime) -> JournalNote:
    _refuse_if_signed(note)
    if not note.text.strip():
        raise DomainError(Phrase("En tom anteckning kan inte signeras."))
    if note.event_date > at.date():
        raise DomainError(
            Phrase("Händelsedatumet ligger i framtiden. Rätta datumet innan du signerar.")
        )
    return replace(note, status=NoteStatus.SIGNED, signed_at=at, signed_by=by)


def correction(
    original: JournalNote,
    *,
    text: str,
    author: str,
    at: dt.datetime,
    disputed: bool = False,
) -> JournalNote:
    """A new draft that corrects a signed note; `disputed` for SoL 11:6 (den enskilde anser …)."""
    if original.status is not NoteStatus.SIGNED:
        raise TransitionError(Phrase("Ett utkast rättas genom att det ändras direkt."))
    return JournalNote(
        case_id=original.case_id,
        event_date=original.event_date,
        written_at=at,
        author=author,
        contact_type=original.contact_type,
        text=text,
        note_type=NoteType.DISPUTED if disputed else NoteType.CORRECTION,
        corrects_id=original.id,
    )


def journalise(working: WorkingNote, *, at: dt.datetime, event_date: dt.date) -> JournalNote:
    """A journal draft made from a working note; the caller then destroys the working note."""
    if working.journalised_in:
        raise TransitionError(Phrase("Arbetsanteckningen är redan förd till journalen."))
    if not working.text.strip():
        raise DomainError(Phrase("Arbetsanteckningen är tom."))
    return JournalNote(
        case_id=working.case_id,
        event_date=event_date,
        written_at=at,
        author=working.author,
        contact_type=ContactType.OTHER,
        text=working.text,
    )
