"""Consent: the one status function, who must say yes (R2), what may be shared (R1),
förbehåll as data, and withdrawal with the recipients to tell (R3).

The status and the share decision are checked against references written as plainly
as possible here, over every combination on a grid of dates."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sstdesk.domain.codes import (
    Answer,
    ConsentDirection,
    ConsentStatus,
    DataCategory,
    GuardianRelation,
    PartyKind,
    SignatoryRole,
)
from sstdesk.domain.consent import (
    ConsentRecord,
    mark_notified,
    may_share,
    party_summary,
    state_of,
    validate_new,
    withdraw,
)
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.model import Consent, Guardian, Party, Signatory, Withdrawal
from sstdesk.domain.personnummer import BirthDate

GIVEN = dt.date(2026, 9, 1)
END = GIVEN + dt.timedelta(days=300)
MUM = Guardian(student_id="s", name="Lena Testsson", id="g1")
DAD = Guardian(student_id="s", name="Johan Testsson", id="g2")
PARTIES = (PartyKind.SCHOOL, PartyKind.BUP)
CATEGORIES = (DataCategory.ATTENDANCE, DataCategory.MAPPING)


def born(year: int, month: int | None = 5, day: int | None = 1) -> BirthDate:
    return BirthDate(year, month, day)


CHILD_10, CHILD_13, CHILD_16 = born(2016), born(2013), born(2010)


def consent(**changes: object) -> Consent:
    base = dict(
        case_id="c",
        purpose="Insats från skolsocialt team",
        parties=(Party(PartyKind.SCHOOL), Party(PartyKind.BUP, "BUP Söder")),
        categories=CATEGORIES,
        valid_from=GIVEN,
        valid_until=END,
        informed_of_rights=True,
        id="k1",
    )
    base.update(changes)
    return Consent(**base)  # type: ignore[arg-type]


def says(
    role: SignatoryRole,
    guardian: Guardian | None = None,
    answer: Answer = Answer.YES,
    **changes: object,
) -> Signatory:
    return Signatory(
        consent_id="k1",
        role=role,
        name=guardian.name if guardian else "Eleven",
        answer=answer,
        signed_on=GIVEN,
        guardian_id=guardian.id if guardian else "",
        **changes,  # type: ignore[arg-type]
    )


BOTH = (says(SignatoryRole.GUARDIAN, MUM), says(SignatoryRole.GUARDIAN, DAD))
ALL_THREE = BOTH + (says(SignatoryRole.STUDENT),)


def status(
    record: ConsentRecord,
    birth: BirthDate = CHILD_10,
    on: dt.date = GIVEN,
    guardians: tuple[Guardian, ...] = (MUM, DAD),
) -> tuple[ConsentStatus, str]:
    state = state_of(record, guardians=guardians, birth=birth, on=on)
    return state.status, state.reason


def share(
    records: list[ConsentRecord],
    party: PartyKind,
    category: DataCategory,
    on: dt.date = GIVEN,
    birth: BirthDate = CHILD_10,
) -> tuple[bool, str]:
    decision = may_share(
        records, party=party, category=category, on=on, guardians=(MUM, DAD), birth=birth
    )
    return decision.allowed, decision.message


# -- the one status function, against a plain reference, on a grid of dates -------------------

# Days relative to GIVEN: before it, on it, inside, the last day, after the end.
GRID = [GIVEN + dt.timedelta(days=d) for d in (-10, 0, 100, 300, 301, 400)]
WITHDRAWAL_DAYS = [None, GIVEN - dt.timedelta(days=5), GIVEN + dt.timedelta(days=100), END]
ANSWERS = {
    ConsentStatus.VALID: BOTH,
    ConsentStatus.INCOMPLETE: BOTH[:1],
    ConsentStatus.DRAFT: (),
}


def plainly(
    answers: ConsentStatus, on: dt.date, school_gone: dt.date | None, bup_gone: dt.date | None
) -> ConsentStatus:
    """The precedence in the issue's words: not yet valid, expired, wholly withdrawn,
    incomplete, valid — a partial withdrawal narrowing a valid one."""
    if on < GIVEN:
        return ConsentStatus.NOT_YET_VALID
    if on > END:
        return ConsentStatus.EXPIRED
    school_withdrawn = school_gone is not None and school_gone <= on
    bup_withdrawn = bup_gone is not None and bup_gone <= on
    if school_withdrawn and bup_withdrawn:
        return ConsentStatus.WITHDRAWN
    if answers is not ConsentStatus.VALID:
        return answers
    if school_withdrawn or bup_withdrawn:
        return ConsentStatus.PARTLY_WITHDRAWN
    return ConsentStatus.VALID


def withdrawn_record(
    answers: ConsentStatus,
    school_gone: dt.date | None,
    bup_gone: dt.date | None,
    *,
    whole: bool = False,
) -> ConsentRecord:
    withdrawals = []
    if whole and school_gone is not None:
        withdrawals.append(Withdrawal(school_gone, "Lena", "Telefon"))
    else:
        for day, party in ((school_gone, PartyKind.SCHOOL), (bup_gone, PartyKind.BUP)):
            if day is not None:
                withdrawals.append(Withdrawal(day, "Lena", "Telefon", parties=(party,)))
    return ConsentRecord(consent(withdrawals=tuple(withdrawals)), ANSWERS[answers])


def test_status_is_one_function_of_the_dates_withdrawals_and_answers() -> None:
    rows = 0
    for answers, on, school_gone, bup_gone in itertools.product(
        ANSWERS, GRID, WITHDRAWAL_DAYS, WITHDRAWAL_DAYS
    ):
        record = withdrawn_record(answers, school_gone, bup_gone)
        got, reason = status(record, on=on)
        assert got is plainly(answers, on, school_gone, bup_gone), (answers, on, school_gone)
        assert (reason == "") == (got is ConsentStatus.VALID)
        rows += 1
    # A withdrawal of the whole consent is the same as every party withdrawn that day.
    for answers, on, day in itertools.product(ANSWERS, GRID, WITHDRAWAL_DAYS):
        record = withdrawn_record(answers, day, None, whole=True)
        assert status(record, on=on)[0] is plainly(answers, on, day, day)
        rows += 1
    assert rows == 3 * 6 * 4 * 4 + 3 * 6 * 4  # 360 cases


def test_r1_regression_an_expired_consent_stays_expired_after_a_partial_withdrawal() -> None:
    """Expired 2026-11-06, BUP withdrawn 2026-12-01: on 2026-12-01 nothing may go anywhere."""
    record = ConsentRecord(
        consent(
            valid_from=dt.date(2026, 3, 1),
            valid_until=dt.date(2026, 11, 6),
            withdrawals=(
                Withdrawal(dt.date(2026, 12, 1), "Lena", "Brev", parties=(PartyKind.BUP,)),
            ),
        ),
        ALL_THREE,
    )
    on = dt.date(2026, 12, 1)
    assert status(record, CHILD_13, on) == (
        ConsentStatus.EXPIRED,
        "Samtycket gick ut 2026-11-06.",
    )
    for party in PARTIES:
        allowed, message = share([record], party, DataCategory.ATTENDANCE, on, CHILD_13)
        assert not allowed and "gick ut 2026-11-06" in message
    lines = party_summary([record], on=on, guardians=(MUM, DAD), birth=CHILD_13)
    assert [line.yes for line in lines] == [False, False]


# -- what may be shared: against a plain reference -------------------------------------------


@st.composite
def situations(draw: st.DrawFn) -> tuple:
    gone = {
        party: draw(st.sampled_from(WITHDRAWAL_DAYS)) for party in (PartyKind.SCHOOL, PartyKind.BUP)
    }
    reservation = draw(
        st.one_of(
            st.none(),
            st.tuples(
                st.lists(st.sampled_from(PARTIES), unique=True, max_size=2),
                st.lists(st.sampled_from(CATEGORIES), unique=True, max_size=2),
            ).filter(lambda r: r[0] or r[1]),
        )
    )
    answers = draw(st.sampled_from(list(ANSWERS)))
    on = draw(st.sampled_from(GRID))
    party = draw(st.sampled_from([*PARTIES, PartyKind.POLICE]))
    category = draw(st.sampled_from([*CATEGORIES, DataCategory.GRADES]))
    return gone, reservation, answers, on, party, category


@settings(max_examples=600, deadline=None)
@given(situations())
def test_may_share_follows_the_plain_rule(situation: tuple) -> None:
    gone, reservation, answers, on, party, category = situation
    record = withdrawn_record(answers, gone[PartyKind.SCHOOL], gone[PartyKind.BUP])
    if reservation is not None and answers is not ConsentStatus.DRAFT:
        parties, categories = reservation
        mum = replace(
            record.signatories[0],
            answer=Answer.PARTLY,
            excluded_parties=tuple(parties),
            excluded_categories=tuple(categories),
        )
        record = ConsentRecord(record.consent, (mum, *record.signatories[1:]))
    else:
        reservation = None
    allowed, message = share([record], party, category, on)
    state = plainly(answers, on, gone[PartyKind.SCHOOL], gone[PartyKind.BUP])
    withdrawn = gone.get(party) is not None and gone[party] <= on
    excluded = reservation is not None and (
        (not reservation[0] or party in reservation[0])
        and (not reservation[1] or category in reservation[1])
    )
    expected = (
        party in PARTIES
        and category in CATEGORIES
        and state in (ConsentStatus.VALID, ConsentStatus.PARTLY_WITHDRAWN)
        and not withdrawn
        and not excluded
    )
    assert allowed is expected, message
    if not allowed:
        assert message.startswith(f"{category.label} får inte lämnas till {party.label}: ")
    if excluded and expected is False and state is ConsentStatus.VALID and not withdrawn:
        if party in PARTIES and category in CATEGORIES:
            assert "förbehåll" in message and "Lena Testsson" in message


def test_a_partly_answer_names_its_reservation_and_keeps_the_rest() -> None:
    """One guardian writes "Inget till skolan": the school gets nothing, BUP still may."""
    record = ConsentRecord(
        consent(),
        (
            says(
                SignatoryRole.GUARDIAN,
                MUM,
                Answer.PARTLY,
                reservation="Inget till skolan",
                excluded_parties=(PartyKind.SCHOOL,),
            ),
            says(SignatoryRole.GUARDIAN, DAD),
        ),
    )
    assert status(record)[0] is ConsentStatus.VALID
    allowed, message = share([record], PartyKind.SCHOOL, DataCategory.ATTENDANCE)
    assert not allowed
    assert "Lena Testsson (vårdnadshavare) har ett förbehåll: inget till Skolan" in message
    assert "”Inget till skolan”" in message
    assert share([record], PartyKind.BUP, DataCategory.ATTENDANCE)[0]


def test_a_partly_answer_must_say_what_it_excludes() -> None:
    vague = says(SignatoryRole.GUARDIAN, MUM, Answer.PARTLY, reservation="Inget känsligt")
    with pytest.raises(DomainError, match="förbehållet från Lena Testsson gäller"):
        validate_new(consent(), [vague, says(SignatoryRole.GUARDIAN, DAD)])


def test_r1_allows_only_what_a_valid_consent_names() -> None:
    records = [ConsentRecord(consent(), BOTH)]
    allowed, message = share(records, PartyKind.SCHOOL, DataCategory.ATTENDANCE)
    assert allowed and message == f"Samtycke finns t.o.m. {END} (300 dagar kvar)."
    allowed, message = share(records, PartyKind.POLICE, DataCategory.ATTENDANCE)
    assert not allowed
    assert message == (
        "Närvaro och frånvaro får inte lämnas till Polisen: inget samtycke omfattar Polisen."
    )
    allowed, message = share(records, PartyKind.BUP, DataCategory.GRADES)
    assert not allowed and "omfattar inte ”betyg och omdömen”" in message


# -- R2: who must say yes -------------------------------------------------------------------------

ASSESSED = dict(
    maturity_assessment="Förstår vad samtycket innebär och har själv tagit ställning.",
    maturity_assessed_by="anna.s",
    maturity_assessed_on=GIVEN,
    child_decides_alone=True,
)
CHILD = (says(SignatoryRole.STUDENT),)
ONE = BOTH[:1]


@pytest.mark.parametrize(
    ("birth", "answers", "changes", "expected", "fragment"),
    [
        # Young: both custodial guardians, or one with a recorded reason.
        (CHILD_10, BOTH, {}, ConsentStatus.VALID, ""),
        (CHILD_10, ONE, {}, ConsentStatus.INCOMPLETE, "saknas från vårdnadshavare Johan"),
        (
            CHILD_10,
            ONE,
            {"single_guardian_reason": "Pappan är utomlands."},
            ConsentStatus.VALID,
            "",
        ),
        (CHILD_10, CHILD, {}, ConsentStatus.INCOMPLETE, "saknas från vårdnadshavare"),
        # From 12: the child too.
        (CHILD_13, BOTH, {}, ConsentStatus.INCOMPLETE, "13 år och ska samtycka tillsammans"),
        (CHILD_13, BOTH + CHILD, {}, ConsentStatus.VALID, ""),
        (CHILD_13, CHILD, ASSESSED, ConsentStatus.INCOMPLETE, "saknas från vårdnadshavare"),
        # From 15: alone only with a recorded maturity assessment.
        (CHILD_16, CHILD, {}, ConsentStatus.INCOMPLETE, "ingen mognadsbedömning är dokumenterad"),
        (CHILD_16, CHILD, ASSESSED, ConsentStatus.VALID, ""),
        (CHILD_16, BOTH + CHILD, {}, ConsentStatus.VALID, ""),
        (CHILD_16, BOTH, ASSESSED, ConsentStatus.INCOMPLETE, "ska själv lämna sitt samtycke"),
        (
            CHILD_16,
            CHILD,
            {**ASSESSED, "child_decides_alone": False},
            ConsentStatus.INCOMPLETE,
            "mognadsbedömning",
        ),
        # A no from anyone, and a consent nobody was told they could refuse.
        (
            CHILD_10,
            (BOTH[0], says(SignatoryRole.GUARDIAN, DAD, Answer.NO)),
            {},
            ConsentStatus.INCOMPLETE,
            "Johan Testsson (vårdnadshavare) har sagt nej.",
        ),
        (CHILD_10, BOTH, {"informed_of_rights": False}, ConsentStatus.INCOMPLETE, "säga nej"),
        (CHILD_10, (), {}, ConsentStatus.DRAFT, "Ingen har ännu svarat"),
        # A samordningsnummer's birth date known only in part counts the strict way.
        (born(2011, 9, None), BOTH, {}, ConsentStatus.INCOMPLETE, "14–15 år"),
        (born(2011, 9, None), CHILD, ASSESSED, ConsentStatus.INCOMPLETE, "14–15 år"),
        (born(2011, 9, None), BOTH + CHILD, {}, ConsentStatus.VALID, ""),
        (born(2010, None, None), CHILD, ASSESSED, ConsentStatus.VALID, ""),
        # Myndig: the student alone, no assessment needed; then only the student's no counts.
        (born(2007), CHILD, {}, ConsentStatus.VALID, ""),
        (born(2007), BOTH, {}, ConsentStatus.INCOMPLETE, "myndig"),
        (
            born(2007),
            CHILD + (says(SignatoryRole.GUARDIAN, MUM, Answer.NO),),
            {},
            ConsentStatus.VALID,
            "",
        ),
        (
            CHILD_16,
            CHILD + (says(SignatoryRole.GUARDIAN, MUM, Answer.NO),),
            ASSESSED,
            ConsentStatus.VALID,
            "",
        ),
        (
            CHILD_16,
            CHILD + (says(SignatoryRole.GUARDIAN, MUM, Answer.NO),),
            {},
            ConsentStatus.INCOMPLETE,
            "Lena Testsson (vårdnadshavare) har sagt nej.",
        ),
        (
            born(2007),
            (says(SignatoryRole.STUDENT, answer=Answer.NO),),
            {},
            ConsentStatus.INCOMPLETE,
            "Eleven (elev) har sagt nej.",
        ),
        (CHILD_10, BOTH[:1], {"single_guardian_reason": "."}, ConsentStatus.INCOMPLETE, "saknas"),
        (born(2014, None, None), BOTH, {}, ConsentStatus.INCOMPLETE, "12 år"),
    ],
)
def test_r2_who_must_say_yes(
    birth: BirthDate,
    answers: tuple[Signatory, ...],
    changes: dict,
    expected: ConsentStatus,
    fragment: str,
) -> None:
    got, reason = status(ConsentRecord(consent(**changes), answers), birth)
    assert got is expected, reason
    assert fragment in reason


def test_a_birthday_while_it_runs_does_not_void_it() -> None:
    """Given when the child was 11 by the guardians: still valid after the 12th birthday."""
    birth = born(2014, 10, 1)  # 11 on GIVEN, 12 a month later
    assert status(ConsentRecord(consent(), BOTH), birth, dt.date(2026, 11, 2))[0] is (
        ConsentStatus.VALID
    )


# -- R3: what a consent must state, and its withdrawal ------------------------------------------


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"purpose": " "}, "syftet"),
        ({"parties": ()}, "minst en part"),
        ({"categories": ()}, "vilka uppgifter"),
        ({"valid_until": GIVEN + dt.timedelta(days=400)}, "högst ett år"),
        ({"valid_until": GIVEN - dt.timedelta(days=1)}, "före startdatumet"),
        ({"informed_of_rights": None}, "kan säga nej"),
        ({"maturity_assessment": "Mogen."}, "vem som bedömde"),
        ({**ASSESSED, "maturity_assessed_on": None}, "när"),
    ],
)
def test_r3_a_consent_must_be_specific_time_limited_and_stated(
    changes: dict, fragment: str
) -> None:
    with pytest.raises(DomainError, match=fragment):
        validate_new(consent(**changes))


def test_withdrawal_takes_effect_on_its_day_and_only_for_its_parties() -> None:
    partial = withdraw(
        consent(),
        on=GIVEN + dt.timedelta(days=10),
        by="Lena Testsson",
        how="Brev",
        parties=[PartyKind.BUP],
        notify=[PartyKind.BUP, PartyKind.SCHOOL],
    )
    (w,) = partial.withdrawals
    assert w.notify == (PartyKind.BUP,)  # the school's consent stands: nothing to tell it
    records = [ConsentRecord(partial, BOTH)]
    later = GIVEN + dt.timedelta(days=10)
    assert share(records, PartyKind.SCHOOL, DataCategory.ATTENDANCE, later)[0]
    allowed, message = share(records, PartyKind.BUP, DataCategory.ATTENDANCE, later)
    assert not allowed and "återkallades för BUP" in message
    assert share(records, PartyKind.BUP, DataCategory.ATTENDANCE, GIVEN)[0]  # before: allowed
    assert status(records[0], on=later) == (
        ConsentStatus.PARTLY_WITHDRAWN,
        f"Återkallat för BUP {later}.",
    )
    whole = withdraw(
        partial, on=later + dt.timedelta(days=5), by="Lena", how="Brev", notify=[PartyKind.SCHOOL]
    )
    assert whole.withdrawals[-1].notify == (PartyKind.SCHOOL,)
    assert status(ConsentRecord(whole, BOTH), on=later + dt.timedelta(days=5))[0] is (
        ConsentStatus.WITHDRAWN
    )
    with pytest.raises(TransitionError, match="redan återkallat"):
        withdraw(whole, on=later, by="x", how="y")
    with pytest.raises(TransitionError, match="redan återkallat för BUP"):
        withdraw(partial, on=later, by="x", how="y", parties=[PartyKind.BUP])
    with pytest.raises(DomainError, match="omfattar inte Polisen"):
        withdraw(consent(), on=later, by="x", how="y", parties=[PartyKind.POLICE])
    with pytest.raises(DomainError, match="hur återkallelsen"):
        withdraw(consent(), on=later, by="Lena", how=" ")


def test_each_recipient_is_ticked_off_once_told() -> None:
    gone = withdraw(
        consent(), on=GIVEN, by="Lena", how="Telefon", notify=[PartyKind.SCHOOL, PartyKind.BUP]
    )
    assert gone.withdrawals[0].pending() == (PartyKind.SCHOOL, PartyKind.BUP)
    told = mark_notified(gone, PartyKind.SCHOOL, on=GIVEN, by="anna.s", how="Telefon")
    assert told.withdrawals[0].pending() == (PartyKind.BUP,)
    with pytest.raises(DomainError, match="inget att underrättas om"):
        mark_notified(told, PartyKind.SCHOOL, on=GIVEN, by="anna.s")
    with pytest.raises(DomainError, match="före återkallelsen"):
        mark_notified(told, PartyKind.BUP, on=GIVEN - dt.timedelta(days=1), by="anna.s")


def test_the_summary_gives_each_party_a_yes_with_days_left_or_a_no_with_why() -> None:
    partial = withdraw(consent(), on=GIVEN, by="Lena", how="Brev", parties=[PartyKind.BUP])
    lines = party_summary(
        [ConsentRecord(partial, BOTH)], on=GIVEN, guardians=(MUM, DAD), birth=CHILD_10
    )
    school, bup = lines
    assert school.yes and school.until == END and school.days_left == 300
    assert school.allowed == CATEGORIES
    assert not bup.yes and f"återkallades för BUP {GIVEN}" in bup.reason
    narrowed = ConsentRecord(
        consent(),
        (says(SignatoryRole.GUARDIAN, MUM, Answer.PARTLY, excluded_categories=(CATEGORIES[1],)),)
        + BOTH[1:],
    )
    (school, bup) = party_summary([narrowed], on=GIVEN, guardians=(MUM, DAD), birth=CHILD_10)
    assert school.yes and school.allowed == CATEGORIES[:1] and school.withheld == CATEGORIES[1:]


def test_a_consent_holds_only_from_the_last_yes() -> None:
    """Answers given later cannot make a consent cover the days before them."""
    late = dt.date(2026, 10, 15)
    record = ConsentRecord(consent(), (BOTH[0], replace(BOTH[1], signed_on=late)))
    assert status(record, on=dt.date(2026, 9, 10)) == (
        ConsentStatus.NOT_YET_VALID,
        "Samtycket gäller först från 2026-10-15 (då lämnades det sista svaret).",
    )
    assert not share([record], PartyKind.SCHOOL, DataCategory.ATTENDANCE, dt.date(2026, 9, 10))[0]
    assert status(record, on=late)[0] is ConsentStatus.VALID
    # Who must consent is judged that day: twelve by then, so the child must say yes too.
    assert "ska samtycka tillsammans" in status(record, born(2014, 10, 1), on=late)[1]


@pytest.mark.parametrize(
    ("changes", "answers", "fragment"),
    [
        ({"valid_until": GIVEN - dt.timedelta(days=1)}, (), "före startdatumet"),
        (
            {"valid_from": dt.date(2026, 1, 1), "valid_until": dt.date(2026, 6, 30)},
            (),
            "gick ut 2026-06-30",
        ),
        ({}, (replace(BOTH[0], signed_on=dt.date(2030, 1, 1)),), "i framtiden"),
        ({**ASSESSED, "maturity_assessed_on": dt.date(2030, 1, 1)}, (), "Mognadsbedömningen"),
        ({"valid_until": dt.date(2027, 9, 1)}, (), "högst ett år"),
        (
            {},
            (
                says(
                    SignatoryRole.GUARDIAN, MUM, Answer.PARTLY, excluded_parties=(PartyKind.POLICE,)
                ),
            ),
            "Polisen, som samtycket inte omfattar",
        ),
    ],
)
def test_nothing_is_recorded_ahead_of_today_or_outside_the_consent(
    changes: dict, answers: tuple[Signatory, ...], fragment: str
) -> None:
    with pytest.raises(DomainError, match=fragment):
        validate_new(consent(**changes), answers, today=dt.date(2026, 9, 15))
    assert validate_new(consent(valid_until=dt.date(2027, 8, 31)), (), today=GIVEN) is None


def test_a_consent_only_to_obtain_says_so() -> None:
    record = ConsentRecord(consent(direction=ConsentDirection.OBTAIN), BOTH)
    allowed, message = share([record], PartyKind.SCHOOL, DataCategory.ATTENDANCE)
    assert not allowed and "bara att hämta in uppgifter" in message


def test_a_consent_naming_another_school_does_not_reach_the_students() -> None:
    named = consent(parties=(Party(PartyKind.SCHOOL, "Solängsskolan"),))
    record = ConsentRecord(named, BOTH)

    def to_school(school: str) -> tuple[bool, str]:
        decision = may_share(
            [record],
            party=PartyKind.SCHOOL,
            category=DataCategory.ATTENDANCE,
            on=GIVEN,
            guardians=(MUM, DAD),
            birth=CHILD_10,
            school=school,
        )
        return decision.allowed, decision.message

    assert to_school("Solängsskolan")[0] and to_school("SOLANGSSKOLAN")[0]
    allowed, message = to_school("Ekbackeskolan")
    assert not allowed and "gäller Solängsskolan, inte elevens skola" in message
    unnamed = ConsentRecord(consent(parties=(Party(PartyKind.SCHOOL),)), BOTH)
    assert may_share(
        [unnamed],
        party=PartyKind.SCHOOL,
        category=DataCategory.ATTENDANCE,
        on=GIVEN,
        guardians=(MUM, DAD),
        birth=CHILD_10,
        school="Ekbackeskolan",
    ).allowed


# -- one parent registered: sole custody is stated, never assumed --------------------------

NO_CUSTODY_DAD = replace(DAD, relation=GuardianRelation.PARENT, has_custody=False)
STEPDAD = replace(DAD, relation=GuardianRelation.OTHER, has_custody=False)


@pytest.mark.parametrize(
    ("registered", "reason", "valid"),
    [
        ((MUM,), "", False),  # the other parent may simply not be entered yet
        ((MUM,), "ensam", False),  # a word typed to get past the form is no reason
        ((MUM,), "Mamman har ensam vårdnad.", True),
        ((MUM, NO_CUSTODY_DAD), "", True),  # the second parent is entered, without custody
        ((MUM, STEPDAD), "", False),  # a stepparent says nothing about the other parent
    ],
)
def test_one_registered_parent_consents_alone_only_with_a_stated_reason(
    registered: tuple[Guardian, ...], reason: str, valid: bool
) -> None:
    record = ConsentRecord(
        consent(single_guardian_reason=reason), (says(SignatoryRole.GUARDIAN, MUM),)
    )
    got, why = status(record, CHILD_10, guardians=registered)
    assert (got is ConsentStatus.VALID) is valid, why
    if not valid:
        assert why.startswith("Bara en vårdnadshavare är registrerad (Lena Testsson).")
        assert "ensam vårdnad" in why and "registrera den andra" in why
