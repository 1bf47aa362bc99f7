"""Rule R1 for documents: required data refuses, optional data is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain import disclosure
from sstdesk.domain.codes import DataCategory, DocumentKind, PartyKind, Principal
from sstdesk.domain.consent import ShareDecision


def allowing(*allowed: tuple[PartyKind, DataCategory]) -> disclosure.ShareCheck:
    def check(party: PartyKind, category: DataCategory) -> ShareDecision:
        if (party, category) in allowed:
            return ShareDecision(True, "ok", consent_id=f"{party.value}-{category.value}")
        return ShareDecision(False, f"{category.label} får inte lämnas till {party.label}.")

    return check


def test_ehk_needs_attendance_for_the_school_and_names_what_is_missing() -> None:
    policy = disclosure.policy_for(DocumentKind.EHK)
    with pytest.raises(disclosure.DisclosureRefused) as refused:
        disclosure.clear(policy, allowing(), title="Underlaget")
    assert "Närvaro och frånvaro får inte lämnas till Skolan (elevhälsan)" in str(refused.value)
    assert str(refused.value).startswith("Underlaget kan inte skrivas ut.")


def test_optional_sections_are_left_out_when_not_covered() -> None:
    check = allowing(
        (PartyKind.SCHOOL, DataCategory.ATTENDANCE), (PartyKind.SCHOOL, DataCategory.PLAN)
    )
    cleared = disclosure.clear(disclosure.policy_for(DocumentKind.EHK), check, title="x")
    assert cleared.allows(DataCategory.PLAN) and not cleared.allows(DataCategory.MAPPING)
    assert cleared.omitted == (DataCategory.MAPPING,)
    assert cleared.consent_ids == ("school-attendance", "school-plan")


def test_a_sip_reaches_healthcare_through_any_unit_and_the_school_only_when_it_acts() -> None:
    first_line = allowing((PartyKind.FIRST_LINE, DataCategory.PLAN))
    cleared = disclosure.clear(disclosure.policy_for(DocumentKind.SIP), first_line, title="SIP")
    assert cleared.consent_ids == ("first_line-plan",)
    with_school = disclosure.policy_for(
        DocumentKind.SIP, sip_principals=[Principal.REGION, Principal.MUNICIPALITY_SCHOOL]
    )
    with pytest.raises(disclosure.DisclosureRefused, match="Skolan"):
        disclosure.clear(with_school, first_line, title="SIP")


def test_documents_for_the_family_need_no_consent() -> None:
    for kind in disclosure.NO_CONSENT_NEEDED:
        assert disclosure.policy_for(kind).required == ()


def test_document_numbers_carry_kind_and_date_only() -> None:
    number = disclosure.document_number(
        DocumentKind.ACTION_PLAN.prefix, "3f9a2c71aa", dt.date(2026, 11, 23)
    )
    assert number == "IHP-261123-3F9A2C"
