"""Printing from the vault: gather, check consent (R1), render, audit. Layer: services.

`prepare` reads the student's records, refuses what the consent does not
cover, and renders the PDF to bytes; the read is audited as a preview.
`printed` and `saved` audit what happened to those bytes next: each states its
reason (R9), and each recipient that now holds data under a consent is
recorded, so a withdrawal knows whom to tell (R3). Nothing here writes a file:
the bytes go to the caller.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sstdesk.documents.data import (
    CaseRecords,
    Disclosure,
    DocumentInput,
    Letterhead,
    PrintContext,
    StudentRecords,
)

__all__ = ["DocumentService", "Letterhead", "RenderedDocument"]
from sstdesk.domain import disclosure
from sstdesk.domain.codes import DataCategory, DocumentKind, PartyKind
from sstdesk.domain.consent import ShareDecision
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import new_id
from sstdesk.domain.phrase import Phrase
from sstdesk.services import team as team_store
from sstdesk.services.caseload import DISCLOSED, CaseloadService
from sstdesk.services.views import StudentFile
from sstdesk.vault import audit
from sstdesk.vault.repository import Repository

DISCLOSING_ACTIONS = ("document.print", "document.save", "document.export")


@dataclass(frozen=True)
class RenderedDocument:
    kind: DocumentKind
    document_id: str
    student_id: str
    pdf: bytes
    recipients: tuple[tuple[str, PartyKind], ...] = ()  # (consent id, party) it reaches
    categories: frozenset[DataCategory] = frozenset()  # what it carries

    @property
    def title(self) -> str:
        return self.kind.label

    @property
    def file_name(self) -> str:
        """A name for "Spara som…" that says what it is, never whom it is about."""
        return f"{self.document_id}.pdf"


class DocumentService:
    def __init__(self, caseload: CaseloadService, letterhead: Letterhead | None = None) -> None:
        self.caseload = caseload
        self.vault = caseload.vault
        self.letterhead = letterhead or Letterhead()

    def prepare(self, kind: DocumentKind, student_id: str) -> RenderedDocument:
        """The document for the student's current case, or DomainError saying why not."""
        now = self.vault.clock()
        document_id = disclosure.document_number(kind.prefix, new_id(), now.date())
        try:
            with self.vault.transaction() as repo:
                records = self._records(repo, student_id)
                case = records.current
                clearance = self._clear(kind, records, case)
                team = team_store.load(repo)
                self.vault.audit_in("document.preview", student_id=student_id, reason=document_id)
        except disclosure.DisclosureRefused as refused:
            self.vault.audit("document.refused", student_id=student_id, reason=kind.value)
            raise refused
        context = PrintContext(
            kind=kind,
            document_id=document_id,
            district=self.letterhead.district or self.vault.repo.meta("district"),
            user=self.caseload.user,
            printed_at=now,
            logo=self.letterhead.logo,
        )
        from sstdesk.documents.render import render_document  # reportlab: when printing

        pdf = render_document(
            DocumentInput(
                records=records, context=context, clearance=clearance, case=case, team=team
            )
        )
        return RenderedDocument(
            kind, document_id, student_id, pdf, clearance.recipients, clearance.categories
        )

    def printed(self, document: RenderedDocument, reason: str) -> None:
        """R9: a print is audited with the reason the person gave."""
        self._left(document, "document.print", reason, what="utskriften")

    def saved(
        self,
        document: RenderedDocument,
        reason: str,
        *,
        action: str = "document.save",
        write: Callable[[bytes], None] | None = None,
    ) -> None:
        """The PDF leaves the vault as a file ("Spara som…", or the command line), for a
        reason the person gave (R9). `write` puts it on disk only once it may still go."""
        self._left(document, action, reason, what="att spara dokumentet som fil", write=write)

    def _left(
        self,
        document: RenderedDocument,
        action: str,
        reason: str,
        *,
        what: str,
        write: Callable[[bytes], None] | None = None,
    ) -> None:
        """R1 once more at the moment the document leaves: the consent may have been
        withdrawn, or have run out, since the preview was made."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError(Phrase("Ange skälet till {what}. Det sparas i loggen.", what=what))
        try:
            with self.vault.transaction() as repo:
                self._still_allowed(repo, document)
                if write is not None:
                    write(document.pdf)
                self._audit_left(document, action, reason)
        except disclosure.DisclosureRefused:
            self.vault.audit(
                "document.refused", student_id=document.student_id, reason=document.kind.value
            )
            raise

    def _still_allowed(self, repo: Repository, document: RenderedDocument) -> None:
        if document.kind in disclosure.NO_CONSENT_NEEDED:
            return
        records = self._records(repo, document.student_id)
        now = self._clear(document.kind, records, records.current)
        if not (
            set(document.recipients) <= set(now.recipients)
            and document.categories <= now.categories
        ):
            raise disclosure.DisclosureRefused(
                Phrase(
                    "{kind} kan inte lämnas ut längre: samtycket har ändrats sedan dokumentet "
                    "skapades. Stäng förhandsgranskningen och skapa dokumentet på nytt.",
                    kind=document.kind,
                )
            )

    def _audit_left(self, document: RenderedDocument, action: str, reason: str) -> None:
        """The event with the reason, then one per recipient: consent, party, document."""
        student_id, document_id = document.student_id, document.document_id
        self.vault.audit_in(action, student_id=student_id, reason=f"{document_id} – {reason}")
        for consent_id, party in document.recipients:
            self.vault.audit_in(
                DISCLOSED, student_id=student_id, reason=f"{consent_id}:{party.value}:{document_id}"
            )

    # -------------------------------------------------------------- gathering

    def _records(self, repo: Repository, student_id: str) -> StudentRecords:
        found = self.caseload.student_file(repo, student_id)
        events = audit.trail(self.vault.conn, student_id)  # on every laptop of the team
        recipients: dict[str, list[str]] = {}
        for e in events:
            if e.action == DISCLOSED:
                _consent, _, rest = e.reason.partition(":")
                party, _, document_id = rest.partition(":")
                if party in PartyKind._value2member_map_:
                    recipients.setdefault(document_id, []).append(PartyKind(party).label)
        return _as_records(
            found,
            disclosures=tuple(
                Disclosure(
                    _local(e.at),
                    e.actor,
                    e.action,
                    e.reason,
                    to=", ".join(dict.fromkeys(recipients.get(e.reason.split(" – ")[0], ()))),
                )
                for e in events
                if e.action in DISCLOSING_ACTIONS
            ),
            reads=sum(1 for e in events if e.action == "student.read"),
        )

    def _clear(
        self, kind: DocumentKind, records: StudentRecords, case: CaseRecords | None
    ) -> disclosure.Clearance:
        if kind in disclosure.NO_CONSENT_NEEDED:
            return disclosure.unrestricted()
        if case is None:
            raise DomainError(Phrase("Eleven har inget ärende hos teamet."))
        sip = case.current_sip
        policy = disclosure.policy_for(
            kind,
            sip_actions=sip.actions if sip else (),
            sip_participants=sip.participants if sip else (),
        )
        today = self.caseload.today()

        def check(party: PartyKind, category: DataCategory) -> ShareDecision:
            return self.caseload.may_share(case.case.id, party=party, category=category, on=today)

        return disclosure.clear(policy, check, title=kind)  # a label, said in the window's language


def _as_records(
    found: StudentFile, *, disclosures: tuple[Disclosure, ...], reads: int
) -> StudentRecords:
    return StudentRecords(
        student=found.student,
        school=found.school,
        guardians=found.guardians,
        cases=found.cases,
        disclosures=disclosures,
        reads=reads,
        register_requests=found.register_requests,
    )


def _local(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp).astimezone()
