"""Rule R1 for documents: required data refuses, optional data is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain import disclosure
from sstdesk.domain.codes import (
    Answer,
    DataCategory,
    DocumentKind,
    PartyKind,
    Principal,
    SignatoryRole,
)
from sstdesk.domain.consent import ConsentRecord, ShareDecision, may_share
from sstdesk.domain.disclosure import NO_CONSENT_NEEDED, SENSITIVE_MAPPING
from sstdesk.domain.model import (
    Consent,
    Guardian,
    Participant,
    Party,
    Signatory,
    SipAction,
    Withdrawal,
)
from sstdesk.domain.personnummer import BirthDate


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
    assert cleared.omitted == (DataCategory.MAPPING, *SENSITIVE_MAPPING)
    assert cleared.consent_ids == ("school-attendance", "school-plan")


def test_a_sip_reaches_healthcare_through_any_unit_and_the_school_only_when_it_acts() -> None:
    first_line = allowing((PartyKind.FIRST_LINE, DataCategory.PLAN))
    cleared = disclosure.clear(disclosure.policy_for(DocumentKind.SIP), first_line, title="SIP")
    assert cleared.consent_ids == ("first_line-plan",)
    with_school = disclosure.policy_for(
        DocumentKind.SIP,
        sip_actions=[
            _action(Principal.REGION, "Första linjen Söder"),
            _action(Principal.MUNICIPALITY_SCHOOL, "Solängsskolan"),
        ],
    )
    with pytest.raises(disclosure.DisclosureRefused, match="Skolan"):
        disclosure.clear(with_school, first_line, title="SIP")


def _action(principal: Principal, unit: str) -> SipAction:
    return SipAction("Insats", principal, unit, "Kontaktperson", "Varje vecka")


def test_a_sip_goes_to_every_verksamhet_that_has_an_insats_in_it() -> None:
    """Covering one healthcare unit is not enough when the plan names another."""
    primary_care = allowing((PartyKind.PRIMARY_CARE, DataCategory.PLAN))
    bup_and_ifo = disclosure.policy_for(
        DocumentKind.SIP,
        sip_actions=[
            _action(Principal.REGION, "BUP Söder"),
            _action(Principal.MUNICIPALITY_SOCIAL, "IFO, barn och unga"),
        ],
    )
    with pytest.raises(disclosure.DisclosureRefused, match="BUP"):
        disclosure.clear(bup_and_ifo, primary_care, title="SIP")
    both = allowing(
        (PartyKind.BUP, DataCategory.PLAN), (PartyKind.SOCIAL_SERVICES, DataCategory.PLAN)
    )
    cleared = disclosure.clear(bup_and_ifo, both, title="SIP")
    assert {party for _id, party in cleared.recipients} == {
        PartyKind.BUP,
        PartyKind.SOCIAL_SERVICES,
    }
    fritid = disclosure.policy_for(
        DocumentKind.SIP, sip_actions=[_action(Principal.OTHER, "Fritidsgården")]
    )
    with pytest.raises(disclosure.DisclosureRefused, match="Annan aktör"):
        disclosure.clear(fritid, allowing((PartyKind.BUP, DataCategory.PLAN)), title="SIP")


def test_documents_for_the_family_need_no_consent() -> None:
    for kind in disclosure.NO_CONSENT_NEEDED:
        assert disclosure.policy_for(kind).required == ()


def test_document_numbers_carry_kind_and_date_only() -> None:
    number = disclosure.document_number(
        DocumentKind.ACTION_PLAN.prefix, "3f9a2c71aa", dt.date(2026, 11, 23)
    )
    assert number == "IHP-261123-3F9A2C"


# -- every document kind against every consent case, through the real rules ----------------

ON = dt.date(2026, 11, 2)
START = dt.date(2026, 9, 1)
MUM = Guardian(student_id="s", name="Lena Testsson", id="g1")
DAD = Guardian(student_id="s", name="Johan Testsson", id="g2")
KINDS = (
    DocumentKind.EHK,
    DocumentKind.ACTION_PLAN,
    DocumentKind.SIP,
    DocumentKind.CONSENT_FORM,
    DocumentKind.REGISTER_EXTRACT,
)


def _yes(who: Guardian | None = None, **changes: object) -> Signatory:
    return Signatory(
        consent_id="k",
        role=SignatoryRole.GUARDIAN if who else SignatoryRole.STUDENT,
        name=who.name if who else "Eleven",
        answer=Answer.PARTLY if changes else Answer.YES,
        signed_on=START,
        guardian_id=who.id if who else "",
        **changes,  # type: ignore[arg-type]
    )


def _case(
    *,
    answers: tuple[Signatory, ...] = (_yes(MUM), _yes(DAD), _yes()),
    **changes: object,
) -> list[ConsentRecord]:
    fields = dict(
        case_id="c",
        purpose="Insats från skolsocialt team",
        parties=(Party(PartyKind.SCHOOL, "Solängsskolan"), Party(PartyKind.BUP, "BUP Söder")),
        categories=(DataCategory.ATTENDANCE, DataCategory.MAPPING, DataCategory.PLAN),
        valid_from=START,
        valid_until=START + dt.timedelta(days=300),
        informed_of_rights=True,
        id="k",
    )
    fields.update(changes)
    return [ConsentRecord(Consent(**fields), answers)]  # type: ignore[arg-type]


def _gone(*parties: PartyKind) -> tuple[Withdrawal, ...]:
    return (Withdrawal(ON - dt.timedelta(days=1), "Lena", "Brev", parties=parties),)


CHILD_13, CHILD_16 = BirthDate(2013, 5, 1), BirthDate(2010, 5, 1)
ASSESSED = dict(
    maturity_assessment="Förstår vad det innebär.",
    maturity_assessed_by="anna.s",
    maturity_assessed_on=START,
    child_decides_alone=True,
)
# case name → (records, birth, the kinds that may be printed, categories left out by kind)
CASES: dict[str, tuple[list[ConsentRecord], BirthDate, set[DocumentKind], dict]] = {
    "inget samtycke": ([], CHILD_13, set(), {}),
    "giltigt": (_case(), CHILD_13, set(KINDS), {}),
    "utgånget": (_case(valid_until=ON - dt.timedelta(days=1)), CHILD_13, set(), {}),
    "gäller ännu inte": (_case(valid_from=ON + dt.timedelta(days=1)), CHILD_13, set(), {}),
    "helt återkallat": (_case(withdrawals=_gone()), CHILD_13, set(), {}),
    "återkallat för skolan": (
        _case(withdrawals=_gone(PartyKind.SCHOOL)),
        CHILD_13,
        {DocumentKind.SIP},
        {},
    ),
    "återkallat för BUP": (
        _case(withdrawals=_gone(PartyKind.BUP)),
        CHILD_13,
        {DocumentKind.EHK, DocumentKind.ACTION_PLAN},
        {},
    ),
    "utgånget, sedan återkallat för BUP": (
        _case(
            valid_until=ON - dt.timedelta(days=20),
            withdrawals=_gone(PartyKind.BUP),
        ),
        CHILD_13,
        set(),
        {},
    ),
    "förbehåll: inget till skolan": (
        _case(answers=(_yes(MUM, excluded_parties=(PartyKind.SCHOOL,)), _yes(DAD), _yes())),
        CHILD_13,
        {DocumentKind.SIP},
        {},
    ),
    "förbehåll: ingen handlingsplan": (
        _case(answers=(_yes(MUM, excluded_categories=(DataCategory.PLAN,)), _yes(DAD), _yes())),
        CHILD_13,
        {DocumentKind.EHK},
        {DocumentKind.EHK: (DataCategory.PLAN,)},
    ),
    "förbehåll: ingen närvaro till BUP": (
        _case(
            answers=(
                _yes(
                    MUM,
                    excluded_parties=(PartyKind.BUP,),
                    excluded_categories=(DataCategory.ATTENDANCE,),
                ),
                _yes(DAD),
                _yes(),
            )
        ),
        CHILD_13,
        set(KINDS),
        {DocumentKind.SIP: (DataCategory.ATTENDANCE,)},
    ),
    "en vårdnadshavare saknas": (_case(answers=(_yes(MUM), _yes())), CHILD_13, set(), {}),
    "inte informerade om rätten att säga nej": (
        _case(informed_of_rights=False),
        CHILD_13,
        set(),
        {},
    ),
    "16 år ensam utan mognadsbedömning": (_case(answers=(_yes(),)), CHILD_16, set(), {}),
    "16 år ensam med mognadsbedömning": (
        _case(answers=(_yes(),), **ASSESSED),
        CHILD_16,
        set(KINDS),
        {},
    ),
}
for _name in CASES:
    CASES[_name][2].update(NO_CONSENT_NEEDED)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
@pytest.mark.parametrize("case", list(CASES))
def test_every_document_kind_against_every_consent_case(case: str, kind: DocumentKind) -> None:
    records, birth, printable, omitted = CASES[case]

    def check(party: PartyKind, category: DataCategory) -> ShareDecision:
        return may_share(
            records, party=party, category=category, on=ON, guardians=(MUM, DAD), birth=birth
        )

    policy = disclosure.policy_for(kind)
    if kind not in printable:
        with pytest.raises(disclosure.DisclosureRefused) as refused:
            disclosure.clear(policy, check, title=kind.label)
        assert str(refused.value).startswith(f"{kind.label} kan inte skrivas ut.")
        return
    cleared = (
        disclosure.unrestricted()
        if kind in NO_CONSENT_NEEDED
        else disclosure.clear(policy, check, title=kind.label)
    )
    # The cases' consents never name the family's situation or health: the EHK and the
    # plan leave those parts of the mapping out, always.
    sensitive = SENSITIVE_MAPPING if kind in (DocumentKind.EHK, DocumentKind.ACTION_PLAN) else ()
    assert cleared.omitted == omitted.get(kind, ()) + sensitive
    if kind not in NO_CONSENT_NEEDED:
        assert cleared.consent_ids == ("k",)
        assert {party for _id, party in cleared.recipients} <= {PartyKind.SCHOOL, PartyKind.BUP}


def test_a_sip_goes_to_every_verksamhet_taking_part_too() -> None:
    bup_only = allowing((PartyKind.BUP, DataCategory.PLAN))
    people = [
        Participant("Eleven", "elev"),
        Participant("Psykolog", "behandlare", "BUP Söder"),
        Participant("Rektor", "rektor", "Solängsskolan"),
        Participant("Kontaktpolis", "polis", "Polisen Farsta"),
    ]
    policy = disclosure.policy_for(DocumentKind.SIP, sip_participants=people)
    with pytest.raises(disclosure.DisclosureRefused, match="Skolan"):
        disclosure.clear(policy, bup_only, title="SIP")
    everyone = allowing(
        (PartyKind.BUP, DataCategory.PLAN),
        (PartyKind.SCHOOL, DataCategory.PLAN),
        (PartyKind.POLICE, DataCategory.PLAN),
    )
    cleared = disclosure.clear(policy, everyone, title="SIP")
    assert {p for _id, p in cleared.recipients} == {
        PartyKind.BUP,
        PartyKind.SCHOOL,
        PartyKind.POLICE,
    }
