"""Consent: who has said yes to what, and what may therefore be shared. Layer: domain.

Rule R2 (who must sign for a child) decides a consent's effective status from
its per-signatory rows; rule R1 answers "may this party receive this category
of data about this student on this date?" and, when not, names what is missing.
The status is always computed from the facts, never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sstdesk.domain.codes import (
    Answer,
    ConsentDirection,
    ConsentForm,
    ConsentStatus,
    DataCategory,
    GuardianRelation,
    PartyKind,
    SignatoryRole,
)
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import Consent, Guardian, Signatory

CO_SIGN_AGE = 12  # from about 12 the child decides together with the guardians
SELF_DECIDE_AGE = 15  # from about 15 a mature child decides alone (OSL 12:3)
MAX_VALIDITY_DAYS = 366
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class ConsentRecord:
    """A consent together with the answers given on it."""

    consent: Consent
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True)
class ConsentState:
    status: ConsentStatus
    reason: str = ""  # why it is not valid, in Swedish; empty when valid


@dataclass(frozen=True)
class ShareDecision:
    allowed: bool
    message: str
    consent_id: str = ""


def age_on(birth_date: dt.date, on: dt.date) -> int:
    years = on.year - birth_date.year
    return years - ((on.month, on.day) < (birth_date.month, birth_date.day))


def validate_new(consent: Consent) -> None:
    """Rule R3: a consent names parties, data, purpose and an end date within a year."""
    if not consent.purpose.strip():
        raise DomainError("Ange syftet med samtycket.")
    if not consent.parties:
        raise DomainError("Ange minst en part som uppgifter får delas med.")
    if not consent.categories:
        raise DomainError("Ange vilka uppgifter som får delas.")
    if consent.valid_until < consent.valid_from:
        raise DomainError("Samtyckets slutdatum ligger före startdatumet.")
    if (consent.valid_until - consent.valid_from).days > MAX_VALIDITY_DAYS:
        raise DomainError(
            "Ett samtycke ska vara tidsbegränsat och gälla högst ett år. Välj ett tidigare "
            "slutdatum."
        )
    if consent.form is ConsentForm.ORAL and not consent.oral_received_by.strip():
        raise DomainError("Ange vem som tog emot det muntliga samtycket.")


def state_of(
    record: ConsentRecord,
    *,
    guardians: Sequence[Guardian],
    birth_date: dt.date,
    on: dt.date,
) -> ConsentState:
    """The effective status of one consent on a date (domain.md 2.3, 7.2)."""
    answers = answers_state(record, guardians=guardians, birth_date=birth_date)
    return dated_state(record.consent, answers, on=on)


def answers_state(
    record: ConsentRecord, *, guardians: Sequence[Guardian], birth_date: dt.date
) -> ConsentState:
    """What the answers alone make of a consent: draft, incomplete (and why), or valid.

    Independent of today's date: who had to sign is judged on the day the consent was
    given, so a valid consent does not lapse because the child has a birthday while it runs.
    """
    if not record.signatories:
        return ConsentState(ConsentStatus.DRAFT, "Ingen har ännu lämnat sitt samtycke.")
    missing = _missing_answers(
        record, guardians=guardians, age=age_on(birth_date, record.consent.valid_from)
    )
    if missing:
        return ConsentState(ConsentStatus.INCOMPLETE, missing)
    return ConsentState(ConsentStatus.VALID)


def dated_status(
    answers: ConsentStatus,
    *,
    valid_from: dt.date,
    valid_until: dt.date,
    withdrawn_on: dt.date | None,
    partly: bool,
    on: dt.date,
) -> ConsentStatus:
    """The status on `on` from the answers' status and the consent's dates alone."""
    if withdrawn_on is not None and withdrawn_on <= on:
        return ConsentStatus.PARTLY_WITHDRAWN if partly else ConsentStatus.WITHDRAWN
    if on > valid_until:
        return ConsentStatus.EXPIRED
    if answers is not ConsentStatus.VALID:
        return answers
    if on < valid_from:
        return ConsentStatus.INCOMPLETE
    return ConsentStatus.VALID


def dated_state(consent: Consent, answers: ConsentState, *, on: dt.date) -> ConsentState:
    """`answers` on a given day: withdrawal, expiry and start date decide over the answers."""
    status = dated_status(
        answers.status,
        valid_from=consent.valid_from,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        partly=bool(consent.withdrawn_parties),
        on=on,
    )
    if status is ConsentStatus.WITHDRAWN:
        return ConsentState(status, f"Samtycket återkallades {format_date(consent.withdrawn_on)}.")
    if status is ConsentStatus.EXPIRED:
        return ConsentState(status, f"Samtycket gick ut {format_date(consent.valid_until)}.")
    if status is ConsentStatus.PARTLY_WITHDRAWN:
        return ConsentState(status)
    if status is ConsentStatus.INCOMPLETE and answers.status is ConsentStatus.VALID:
        return ConsentState(
            status, f"Samtycket gäller först från {format_date(consent.valid_from)}."
        )
    return answers


def _missing_answers(record: ConsentRecord, *, guardians: Sequence[Guardian], age: int) -> str:
    """Rule R2, or an empty string when the right people have said yes."""
    answers = record.signatories
    refused = [s for s in answers if s.answer is Answer.NO]
    if refused:
        who = ", ".join(f"{s.name} ({s.role.label.lower()})" for s in refused)
        return f"{who} har inte samtyckt."
    student_yes = any(s.role is SignatoryRole.STUDENT for s in answers)
    if age >= SELF_DECIDE_AGE:
        if not student_yes:
            return f"Eleven är {age} år och ska själv lämna sitt samtycke."
        return ""
    if age >= CO_SIGN_AGE and not student_yes:
        return f"Eleven är {age} år och ska samtycka tillsammans med vårdnadshavarna."
    custodians = [g for g in guardians if g.relation is GuardianRelation.GUARDIAN and g.has_custody]
    said_yes = {s.guardian_id for s in answers if s.role is SignatoryRole.GUARDIAN}
    trustee_yes = any(s.role is SignatoryRole.TRUSTEE for s in answers)
    if not custodians:
        return "" if trustee_yes else "Ingen vårdnadshavare är registrerad för eleven."
    missing = [g for g in custodians if g.id not in said_yes]
    if not missing:
        return ""
    if record.consent.single_guardian_reason.strip() and len(missing) < len(custodians):
        return ""
    names = " och ".join(g.name for g in missing)
    return f"Samtycke saknas från vårdnadshavare {names}."


def covers(consent: Consent, party: PartyKind, category: DataCategory) -> bool:
    """Does the consent's text name this party and this data (ignoring dates and answers)?"""
    return (
        any(p.kind is party for p in consent.parties)
        and category in consent.categories
        and consent.direction in (ConsentDirection.DISCLOSE, ConsentDirection.BOTH)
    )


def may_share(
    records: Iterable[ConsentRecord],
    *,
    party: PartyKind,
    category: DataCategory,
    on: dt.date,
    guardians: Sequence[Guardian],
    birth_date: dt.date,
) -> ShareDecision:
    """Rule R1: may `party` receive `category` about the student on `on`? Says why not."""
    subject = f"{category.label} får inte lämnas till {party.label}"
    explanations: list[str] = []
    party_named = False
    for record in records:
        consent = record.consent
        if not any(p.kind is party for p in consent.parties):
            continue
        party_named = True
        if not covers(consent, party, category):
            explanations.append(
                f"samtycket från {format_date(consent.valid_from)} omfattar inte "
                f"”{category.label.lower()}”"
            )
            continue
        state = state_of(record, guardians=guardians, birth_date=birth_date, on=on)
        if state.status is ConsentStatus.PARTLY_WITHDRAWN and party in consent.withdrawn_parties:
            explanations.append(
                f"samtycket återkallades för {party.label} {format_date(consent.withdrawn_on)}"
            )
            continue
        if state.status in (ConsentStatus.VALID, ConsentStatus.PARTLY_WITHDRAWN):
            return ShareDecision(
                True,
                f"Samtycke finns t.o.m. {format_date(consent.valid_until)}.",
                consent.id,
            )
        explanations.append(_lower_first(state.reason.rstrip(".")))
    if not party_named:
        return ShareDecision(False, f"{subject}: inget samtycke omfattar {party.label}.")
    return ShareDecision(False, f"{subject}: {'; '.join(explanations)}.")


def withdraw(
    consent: Consent,
    *,
    on: dt.date,
    by: str,
    how: str,
    parties: Sequence[PartyKind] = (),
) -> Consent:
    """Withdraw all of a consent, or only for some parties; effective from `on` (R3)."""
    if consent.withdrawn_on is not None and not consent.withdrawn_parties:
        raise TransitionError(
            f"Samtycket är redan återkallat ({format_date(consent.withdrawn_on)})."
        )
    if not by.strip():
        raise DomainError("Ange vem som återkallade samtycket.")
    named = {p.kind for p in consent.parties}
    unknown = [p for p in parties if p not in named]
    if unknown:
        raise DomainError(
            f"Samtycket omfattar inte {', '.join(p.label for p in unknown)}, så det kan inte "
            "återkallas för den parten."
        )
    remaining = tuple(p for p in parties if p not in consent.withdrawn_parties)
    combined = consent.withdrawn_parties + remaining
    whole = not parties or set(combined) >= named
    return replace(
        consent,
        withdrawn_on=consent.withdrawn_on or on,
        withdrawn_by=by,
        withdrawal_how=how,
        withdrawn_parties=() if whole else combined,
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text
