"""Every document rendered from real vaults and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from sstdesk.domain.codes import (
    AttendanceSource,
    DataCategory,
    DocumentKind,
    MeetingKind,
    PartyKind,
    SipStatus,
)
from sstdesk.domain.disclosure import DisclosureRefused
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import AttendancePeriod, Meeting
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService
from sstdesk.services.views import StudentFile
from tests.conftest import refer_student
from tests.documents.conftest import flat, pages, text
from tests.services.test_case_flow import consent_for, guardians_of
from tests.services.test_sip import draft

Finder = Callable[[Callable[[StudentFile], bool]], StudentFile]


def has_sip(status: SipStatus) -> Callable[[StudentFile], bool]:
    return lambda f: bool(f.current and f.current.sips and f.current.sips[-1].status is status)


def enrolled_with_consent(service: CaseloadService, **consent: object):  # type: ignore[no-untyped-def]
    e = refer_student(service, first_name="Åsa", last_name="Öberg-Ängström")
    service.record_consent(*consent_for(e, guardians_of(e), **consent))  # type: ignore[arg-type]
    return e


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_page_carries_header_footer_and_page_count(
    documents: DocumentService, find_student: Finder, kind: DocumentKind
) -> None:
    found = find_student(has_sip(SipStatus.ESTABLISHED))
    doc = documents.prepare(kind, found.student.id)
    texts = pages(doc.pdf)
    assert len(texts) >= 2
    for number, page in enumerate(texts, start=1):
        assert "Sekretess enligt 26 kap. 1 § OSL" in page
        assert "Socialtjänsten – Enskede-Årsta-Vantör" in page
        assert f"Sida {number}/{len(texts)}" in page
        assert f"Dokument-id {doc.document_id}" in page
        assert re.search(r"Utskriven 2026-11-23 \d\d:\d\d av demo\.socionom", page)
        assert found.student.full_name in page
    assert doc.document_id.startswith(kind.prefix + "-261123-")
    assert doc.file_name == f"{doc.document_id}.pdf"


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_metadata_names_the_kind_and_nobody(
    documents: DocumentService, find_student: Finder, kind: DocumentKind
) -> None:
    found = find_student(has_sip(SipStatus.ESTABLISHED))
    doc = documents.prepare(kind, found.student.id)
    meta = PdfReader(io.BytesIO(doc.pdf)).metadata
    assert meta.title == kind.label
    values = " ".join(str(v) for v in meta.values())
    personal = [
        found.student.first_name,
        found.student.last_name,
        found.student.personnummer,
        found.student.personnummer[:8],
        found.school.name,
        "demo.socionom",
        *(g.name for g in found.guardians),
    ]
    assert not [p for p in personal if p in values], values


def test_sip_draft_says_utkast_on_every_page_and_what_r4_still_lacks(
    documents: DocumentService, demo: CaseloadService, find_student: Finder
) -> None:
    found = find_student(has_sip(SipStatus.ESTABLISHED))
    established = documents.prepare(DocumentKind.SIP, found.student.id)
    assert "UTKAST" not in text(established.pdf)
    demo.follow_up_sip(found.current.sips[-1].id)
    doc = documents.prepare(DocumentKind.SIP, found.student.id)
    for page in pages(doc.pdf):
        assert "UTKAST" in page
    body = flat(doc.pdf)
    sip = found.current.sips[-1]
    assert "Samordnad individuell plan (SIP) – UTKAST" in body
    assert "Uppföljning av tidigare SIP (version 1, upprättad" in body
    assert "Innan SIP:en kan upprättas saknas" in body
    assert "Datum för uppföljning" in body
    for need in sip.needs:
        assert need in body
    for action in sip.actions:
        assert action.description in body and action.principal.label in body
    assert "Huvudansvarig huvudman Kommunen – socialtjänsten" in body
    assert sip.question in body and sip.child_view in body
    assert "Planen får inte ändras utan den enskildes godkännande" in body
    assert "BUP Söder" in body  # the consent it rests on names the party


def test_swedish_characters_survive_in_every_field(service: CaseloadService) -> None:
    e = enrolled_with_consent(service)
    documents = DocumentService(service)
    sip = service.save_sip(draft(e.case_id, service.today()))
    service.save_sip(
        sip.__class__(**{**sip.__dict__, "child_view": "Jag vill känna mig trygg – på riktigt."})
    )
    body = flat(documents.prepare(DocumentKind.SIP, e.student_id).pdf)
    for expected in ("Åsa Öberg-Ängström", "Jag vill känna mig trygg – på riktigt.", "Farsta"):
        assert expected in body


def test_ehk_material_shows_absence_chart_with_source_and_its_consent(
    service: CaseloadService,
) -> None:
    e = enrolled_with_consent(service)
    for month, (valid, invalid) in enumerate([(8.0, 22.5), (6.0, 15.0), (4.5, 9.0)], start=9):
        start = dt.date(2026, month, 1)
        service.add_attendance(
            AttendancePeriod(
                case_id=e.case_id,
                period_start=start,
                period_end=start + dt.timedelta(days=27),
                total_absence_pct=valid + invalid,
                valid_absence_pct=valid,
                invalid_absence_pct=invalid,
                source=AttendanceSource.IMPORT,
                source_name="Skola24-export",
            )
        )
    doc = DocumentService(service).prepare(DocumentKind.EHK, e.student_id)
    body = flat(doc.pdf)
    assert "Underlag inför elevhälsokonferens" in body
    assert "Ogiltig frånvaro" in body and "Giltig frånvaro" in body  # the chart's legend
    assert "sep 26" in body and "nov 26" in body  # its axis
    assert "Datakälla: Skola24-export." in body
    assert "2026-09-01 – 2026-09-28: 30,5 % total, 8 % giltig, 22,5 % ogiltig" in body
    assert f"samtycke daterat {service.today().isoformat()}" in body
    # The consent covers attendance and the plan, not the mapping: that is left out.
    assert "Utelämnat: samtycket omfattar inte ”kartläggningens resultat”" in body
    # It goes to the school, which gets the birth date but not the whole personnummer.
    assert "20130405-****" in body and "20130405-2382" not in body


def test_a_document_the_consent_does_not_cover_is_refused_and_says_which(
    service: CaseloadService,
) -> None:
    e = enrolled_with_consent(service, parties=(PartyKind.BUP,))
    documents = DocumentService(service)
    with pytest.raises(DisclosureRefused, match="inget samtycke omfattar Skolan"):
        documents.prepare(DocumentKind.EHK, e.student_id)
    with pytest.raises(DisclosureRefused, match="Individuell handlingsplan.*Skolan"):
        documents.prepare(DocumentKind.ACTION_PLAN, e.student_id)
    actions = [ev.action for ev in service.audit_trail(e.student_id)]
    assert actions.count("document.refused") == 2
    assert "document.preview" not in actions
    # The family's own documents need no consent.
    documents.prepare(DocumentKind.CONSENT_FORM, e.student_id)
    documents.prepare(DocumentKind.REGISTER_EXTRACT, e.student_id)


def test_a_withdrawn_consent_stops_the_next_print(service: CaseloadService) -> None:
    e = enrolled_with_consent(service)
    documents = DocumentService(service)
    documents.prepare(DocumentKind.EHK, e.student_id)
    consent_id = service.open_student(e.student_id).current.consents[0].record.consent.id
    service.withdraw_consent(consent_id, by="Lena Testsson", how="Telefon")
    with pytest.raises(DisclosureRefused, match="återkallades"):
        documents.prepare(DocumentKind.EHK, e.student_id)


def test_a_sip_with_a_school_insats_needs_the_schools_consent_too(
    service: CaseloadService,
) -> None:
    e = enrolled_with_consent(service, parties=(PartyKind.BUP,))
    documents = DocumentService(service)
    sip = service.save_sip(draft(e.case_id, service.today()))
    documents.prepare(DocumentKind.SIP, e.student_id)
    school_action = sip.actions[0].__class__(
        "Mottagande", sip.actions[0].principal.MUNICIPALITY_SCHOOL, "Skolan", "Mentor", "Dagligen"
    )
    service.save_sip(sip.__class__(**{**sip.__dict__, "actions": (*sip.actions, school_action)}))
    with pytest.raises(DisclosureRefused, match="Skolan"):
        documents.prepare(DocumentKind.SIP, e.student_id)


def test_no_sip_or_plan_is_refused_plainly(service: CaseloadService) -> None:
    e = enrolled_with_consent(service)
    documents = DocumentService(service)
    with pytest.raises(DomainError, match="ingen SIP"):
        documents.prepare(DocumentKind.SIP, e.student_id)
    with pytest.raises(DomainError, match="ingen handlingsplan"):
        documents.prepare(DocumentKind.ACTION_PLAN, e.student_id)


def test_protected_identity_never_prints_address_or_school(
    documents: DocumentService, demo: CaseloadService, find_student: Finder
) -> None:
    found = find_student(lambda f: f.student.protected_identity and bool(f.current.plans))
    demo.add_meeting(
        Meeting(
            case_id=found.current.case.id,
            kind=MeetingKind.EHK,
            held_on=demo.today() + dt.timedelta(days=2),
            agenda=f"Möte på {found.school.name}, hemma på {found.student.address or 'adressen'}",
        )
    )
    hidden = [found.school.name]
    if found.student.address:
        hidden.append(found.student.address)
    hidden += [g.address for g in found.guardians if g.address]
    printed = 0
    for kind in DocumentKind:
        try:
            doc = documents.prepare(kind, found.student.id)
        except DomainError:
            continue
        printed += 1
        body = flat(doc.pdf)
        assert not [h for h in hidden if h in body], kind
        if kind in (DocumentKind.SIP, DocumentKind.ACTION_PLAN, DocumentKind.REGISTER_EXTRACT):
            assert "Skyddade personuppgifter – skrivs inte ut" in body
    assert printed >= 4


def test_print_needs_a_reason_and_everything_is_audited(
    documents: DocumentService, demo: CaseloadService, find_student: Finder
) -> None:
    found = find_student(has_sip(SipStatus.ESTABLISHED))
    doc = documents.prepare(DocumentKind.EHK, found.student.id)
    with pytest.raises(DomainError, match="skälet"):
        documents.printed(doc, "   ")
    documents.printed(doc, "Inför elevhälsokonferensen  på torsdag")
    with pytest.raises(DomainError, match="skälet"):
        documents.saved(doc, "")
    documents.saved(doc, "Till rektorn med säker post")
    trail = [(e.action, e.reason) for e in demo.audit_trail(found.student.id)]
    assert ("document.preview", doc.document_id) in trail
    assert ("document.print", f"{doc.document_id} – Inför elevhälsokonferensen på torsdag") in trail
    assert ("document.save", f"{doc.document_id} – Till rektorn med säker post") in trail
    # R3: each recipient that now holds data under a consent is known by the log.
    assert (
        "consent.disclosed",
        f"{doc.recipients[0][0]}:school:{doc.document_id}",
    ) in trail
    assert demo.verify_audit().ok

    extract = flat(documents.prepare(DocumentKind.REGISTER_EXTRACT, found.student.id).pdf)
    assert "Utlämnanden och utskrifter" in extract
    assert "Utskrift" in extract and "Inför elevhälsokonferensen på torsdag" in extract
    assert "Skolan (elevhälsan)" in extract.split("Utlämnanden och utskrifter")[1]  # to whom
    assert "Sparad som fil" in extract


def test_register_extract_holds_everything_on_the_student(
    documents: DocumentService, find_student: Finder
) -> None:
    found = find_student(lambda f: bool(f.current and f.current.notes and f.current.plans))
    body = flat(documents.prepare(DocumentKind.REGISTER_EXTRACT, found.student.id).pdf)
    case = found.current
    assert "Registerutdrag" in body and "artikel 15" in body
    assert found.student.personnummer in body
    for note in case.notes:
        assert " ".join(note.text.split())[:60] in body
    for consent in case.consents:
        assert consent.record.consent.valid_until.isoformat() in body
    assert "gallras fem år efter den sista anteckningen" in body


def test_consent_form_is_filled_in_and_ends_with_the_withdrawal_slip(
    service: CaseloadService,
) -> None:
    e = enrolled_with_consent(service)
    texts = pages(DocumentService(service).prepare(DocumentKind.CONSENT_FORM, e.student_id).pdf)
    body = " ".join(" ".join(texts).split())
    assert "Samtycke till informationsutbyte" in body and "Vad innebär samtycket?" in body
    assert f"■ {DataCategory.ATTENDANCE.label}" in body
    assert f"□ {DataCategory.GRADES.label}" in body
    assert "Lena Testsson" in body and "Johan Testsson" in body
    last = " ".join(texts[-1].split())
    assert "Återkallelse av samtycke" in last
    assert f"Jag återkallar mitt samtycke till informationsutbyte daterat {service.today()}" in last


def test_action_plan_carries_goals_and_marks_a_draft(
    documents: DocumentService, find_student: Finder
) -> None:
    found = find_student(
        lambda f: bool(
            f.current
            and f.current.goals
            and any(p.yes and p.party.kind is PartyKind.SCHOOL for p in f.current.parties)
        )
    )
    doc = documents.prepare(DocumentKind.ACTION_PLAN, found.student.id)
    body = flat(doc.pdf)
    plan = found.current.current_plan
    assert "Individuell handlingsplan – skolsocialt team" in body
    for goal in found.current.goals:
        assert goal.wording in body
    assert ("UTKAST" in body) == (plan.status.value == "draft")
    assert "Planen följs upp och kan ändras i samråd." in body


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a4_with_every_font_embedded(
    documents: DocumentService, find_student: Finder, kind: DocumentKind
) -> None:
    found = find_student(has_sip(SipStatus.ESTABLISHED))
    reader = PdfReader(io.BytesIO(documents.prepare(kind, found.student.id).pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
