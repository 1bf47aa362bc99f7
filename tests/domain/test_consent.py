"""Consent: who must say yes (R2), what it covers (R1, R3), and withdrawal."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.codes import Answer, ConsentStatus, DataCategory, PartyKind, SignatoryRole
from sstdesk.domain.consent import ConsentRecord, may_share, state_of, validate_new, withdraw
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.model import Consent, Guardian, Party, Signatory

GIVEN = dt.date(2026, 9, 1)
MUM = Guardian(student_id="s", name="Lena Testsson", id="g1")
DAD = Guardian(student_id="s", name="Johan Testsson", id="g2")


def consent(**changes: object) -> Consent:
    base = dict(
        case_id="c",
        purpose="Insats från skolsocialt team",
        parties=(Party(PartyKind.SCHOOL), Party(PartyKind.BUP, "BUP Söder")),
        categories=(DataCategory.ATTENDANCE, DataCategory.MAPPING),
        valid_from=GIVEN,
        valid_until=GIVEN + dt.timedelta(days=300),
        id="k1",
    )
    base.update(changes)
    return Consent(**base)  # type: ignore[arg-type]


def yes(
    role: SignatoryRole, guardian: Guardian | None = None, answer: Answer = Answer.YES
) -> Signatory:
    return Signatory(
        consent_id="k1",
        role=role,
        name=guardian.name if guardian else "Eleven",
        answer=answer,
        signed_on=GIVEN,
        guardian_id=guardian.id if guardian else "",
    )


def status(
    record: ConsentRecord,
    birth: dt.date,
    on: dt.date = GIVEN,
    guardians: tuple[Guardian, ...] = (MUM, DAD),
) -> tuple[ConsentStatus, str]:
    state = state_of(record, guardians=guardians, birth_date=birth, on=on)
    return state.status, state.reason


CHILD_10 = dt.date(2016, 5, 1)
CHILD_13 = dt.date(2013, 5, 1)
CHILD_16 = dt.date(2010, 5, 1)


def test_young_child_needs_both_custodial_guardians() -> None:
    one = ConsentRecord(consent(), (yes(SignatoryRole.GUARDIAN, MUM),))
    assert status(one, CHILD_10) == (
        ConsentStatus.INCOMPLETE,
        "Samtycke saknas från vårdnadshavare Johan Testsson.",
    )
    both = ConsentRecord(
        consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD))
    )
    assert status(both, CHILD_10)[0] is ConsentStatus.VALID


def test_one_guardian_suffices_with_a_recorded_reason() -> None:
    record = ConsentRecord(
        consent(single_guardian_reason="Pappan är förhindrad (utomlands)."),
        (yes(SignatoryRole.GUARDIAN, MUM),),
    )
    assert status(record, CHILD_10)[0] is ConsentStatus.VALID


def test_from_twelve_the_child_signs_with_the_guardians() -> None:
    guardians_only = ConsentRecord(
        consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD))
    )
    state = status(guardians_only, CHILD_13)
    assert state[0] is ConsentStatus.INCOMPLETE and "13 år" in state[1]
    with_child = ConsentRecord(
        consent(), guardians_only.signatories + (yes(SignatoryRole.STUDENT),)
    )
    assert status(with_child, CHILD_13)[0] is ConsentStatus.VALID


def test_from_fifteen_the_child_decides_alone() -> None:
    assert (
        status(ConsentRecord(consent(), (yes(SignatoryRole.STUDENT),)), CHILD_16)[0]
        is ConsentStatus.VALID
    )
    state = status(ConsentRecord(consent(), (yes(SignatoryRole.GUARDIAN, MUM),)), CHILD_16)
    assert state[0] is ConsentStatus.INCOMPLETE and "själv" in state[1]


def test_a_no_from_anyone_makes_it_incomplete_and_names_them() -> None:
    record = ConsentRecord(
        consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD, Answer.NO))
    )
    assert status(record, CHILD_10) == (
        ConsentStatus.INCOMPLETE,
        "Johan Testsson (vårdnadshavare) har inte samtyckt.",
    )


def test_a_birthday_while_it_runs_does_not_void_it() -> None:
    """Given when the child was 11 by the guardians: still valid after the 12th birthday."""
    record = ConsentRecord(
        consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD))
    )
    birth = dt.date(2014, 10, 1)  # 11 on GIVEN, 12 a month later
    assert status(record, birth, on=dt.date(2026, 11, 2))[0] is ConsentStatus.VALID


def test_no_answers_yet_is_a_draft_and_after_the_end_it_has_expired() -> None:
    assert status(ConsentRecord(consent()), CHILD_10)[0] is ConsentStatus.DRAFT
    valid = ConsentRecord(
        consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD))
    )
    end = GIVEN + dt.timedelta(days=300)
    assert status(valid, CHILD_10, on=end)[0] is ConsentStatus.VALID
    assert status(valid, CHILD_10, on=end + dt.timedelta(days=1)) == (
        ConsentStatus.EXPIRED,
        f"Samtycket gick ut {end.isoformat()}.",
    )


def valid_record(c: Consent | None = None) -> ConsentRecord:
    return ConsentRecord(
        c or consent(), (yes(SignatoryRole.GUARDIAN, MUM), yes(SignatoryRole.GUARDIAN, DAD))
    )


def share(
    records: list[ConsentRecord], party: PartyKind, category: DataCategory, on: dt.date = GIVEN
) -> tuple[bool, str]:
    decision = may_share(
        records, party=party, category=category, on=on, guardians=(MUM, DAD), birth_date=CHILD_10
    )
    return decision.allowed, decision.message


def test_r1_allows_only_what_a_valid_consent_names() -> None:
    records = [valid_record()]
    assert share(records, PartyKind.SCHOOL, DataCategory.ATTENDANCE)[0]
    allowed, message = share(records, PartyKind.POLICE, DataCategory.ATTENDANCE)
    assert not allowed
    assert message == (
        "Närvaro och frånvaro får inte lämnas till Polisen: inget samtycke omfattar Polisen."
    )
    allowed, message = share(records, PartyKind.BUP, DataCategory.GRADES)
    assert not allowed and "omfattar inte ”betyg och omdömen”" in message


def test_r1_names_an_expired_or_withdrawn_consent() -> None:
    records = [valid_record()]
    late = GIVEN + dt.timedelta(days=301)
    allowed, message = share(records, PartyKind.SCHOOL, DataCategory.ATTENDANCE, late)
    assert not allowed and "gick ut" in message
    gone = withdraw(
        records[0].consent, on=GIVEN + dt.timedelta(days=10), by="Lena Testsson", how="Telefon"
    )
    allowed, message = share(
        [valid_record(gone)],
        PartyKind.SCHOOL,
        DataCategory.ATTENDANCE,
        GIVEN + dt.timedelta(days=10),
    )
    assert not allowed and "återkallades" in message
    # …but what was shared before the withdrawal was allowed then.
    assert share([valid_record(gone)], PartyKind.SCHOOL, DataCategory.ATTENDANCE, GIVEN)[0]


def test_partial_withdrawal_stops_only_that_party() -> None:
    partial = withdraw(consent(), on=GIVEN, by="Lena Testsson", how="Brev", parties=[PartyKind.BUP])
    records = [valid_record(partial)]
    assert share(records, PartyKind.SCHOOL, DataCategory.ATTENDANCE)[0]
    allowed, message = share(records, PartyKind.BUP, DataCategory.ATTENDANCE)
    assert not allowed and "återkallades för BUP" in message
    assert status(records[0], CHILD_10)[0] is ConsentStatus.PARTLY_WITHDRAWN
    whole = withdraw(partial, on=GIVEN, by="Lena Testsson", how="Brev", parties=[PartyKind.SCHOOL])
    assert status(valid_record(whole), CHILD_10)[0] is ConsentStatus.WITHDRAWN
    with pytest.raises(TransitionError, match="redan återkallat"):
        withdraw(whole, on=GIVEN, by="x", how="y")


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"purpose": " "}, "syftet"),
        ({"parties": ()}, "minst en part"),
        ({"categories": ()}, "vilka uppgifter"),
        ({"valid_until": GIVEN + dt.timedelta(days=400)}, "högst ett år"),
        ({"valid_until": GIVEN - dt.timedelta(days=1)}, "före startdatumet"),
    ],
)
def test_r3_a_consent_must_be_specific_and_time_limited(changes: dict, fragment: str) -> None:
    with pytest.raises(DomainError, match=fragment):
        validate_new(consent(**changes))
