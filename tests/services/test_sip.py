"""A SIP through the services: R4 with the student's real consent."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.codes import PartyKind, Principal, SipStatus
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.model import Sip, SipAction
from sstdesk.services.caseload import CaseloadService
from tests.conftest import refer_student
from tests.services.test_case_flow import consent_for, guardians_of


def draft(case_id: str, today: dt.date) -> Sip:
    return Sip(
        case_id=case_id,
        needs=("Stöd kring oro",),
        actions=(SipAction("Behandling", Principal.REGION, "BUP Söder", "Psykolog", "Vecka 2"),),
        others_measures="Inga",
        lead_principal=Principal.MUNICIPALITY_SOCIAL,
        follow_up_on=today + dt.timedelta(days=40),
    )


def test_a_sip_rests_on_consent_for_healthcare(service: CaseloadService) -> None:
    e = refer_student(service)
    guardians = guardians_of(e)
    service.record_consent(*consent_for(e, guardians, parties=(PartyKind.SCHOOL,)))
    sip = service.save_sip(draft(e.case_id, service.today()))
    with pytest.raises(TransitionError, match="samtycke till SIP.*BUP"):
        service.move_sip(sip.id, SipStatus.ESTABLISHED)
    service.record_consent(*consent_for(e, guardians, parties=(PartyKind.BUP,)))
    established = service.move_sip(sip.id, SipStatus.ESTABLISHED)
    assert established.established_on == service.today()
    page = service.open_student(e.student_id).current
    assert page.case.sip_active and page.sips[0].status is SipStatus.ESTABLISHED
    assert page.sips[0].actions[0].principal is Principal.REGION


def test_an_established_sip_changes_only_by_follow_up(service: CaseloadService) -> None:
    e = refer_student(service)
    service.record_consent(*consent_for(e, guardians_of(e)))
    sip = service.save_sip(draft(e.case_id, service.today()))
    service.move_sip(sip.id, SipStatus.ESTABLISHED)
    with pytest.raises(DomainError, match="uppföljning"):
        service.save_sip(sip)
    successor = service.follow_up_sip(sip.id)
    assert successor.version == 2 and successor.previous_sip_id == sip.id
    assert successor.status is SipStatus.DRAFT and successor.follow_up_on is None
    versions = {s.version: s.status for s in service.open_student(e.student_id).current.sips}
    assert versions == {1: SipStatus.FOLLOWED_UP, 2: SipStatus.DRAFT}


def test_the_consent_a_sip_rests_on_is_named_or_its_lack_said(service: CaseloadService) -> None:
    e = refer_student(service)
    guardians = guardians_of(e)
    service.record_consent(*consent_for(e, guardians, parties=(PartyKind.SCHOOL,)))
    lacking = service.sip_consent(e.case_id)
    assert not lacking.allowed and "BUP" in lacking.message and lacking.consent_id == ""
    record = service.record_consent(*consent_for(e, guardians, parties=(PartyKind.BUP,)))
    found = service.sip_consent(e.case_id)
    assert found.allowed and found.consent_id == record.consent.id
