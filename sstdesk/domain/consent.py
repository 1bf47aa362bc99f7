"""Consent: who has said yes to what, and what may therefore be shared. Layer: domain.

Rule R2 (who must consent for a child) makes the answers' status; the calendar
then decides the status on a day, in one plain order (`dated_status`):
not yet valid → expired → wholly withdrawn → incomplete → valid, where a partial
withdrawal and a signatory's förbehåll only narrow who may get what. Rule R1
(`may_share`) answers "may this party receive this category of data on this
date?" and, when not, names why. Status is always computed, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
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
from sstdesk.domain.model import Consent, Guardian, Notice, Party, Signatory, Withdrawal
from sstdesk.domain.personnummer import BirthDate
from sstdesk.domain.phrase import AND, OR, Joined, Phrase, lowered, shape
from sstdesk.domain.protection import fold
from sstdesk.domain.retention import add_years

MAJORITY_AGE = 18  # myndig: decides alone
CO_SIGN_AGE = 12  # from about 12 the child decides together with the guardians
SELF_DECIDE_AGE = 15  # from about 15 a mature child may decide alone (OSL 12:3)
EXPIRY_WARNING_DAYS = 30
PARENTS = (GuardianRelation.GUARDIAN, GuardianRelation.PARENT)
SAYS_YES = (Answer.YES, Answer.PARTLY)  # "Delvis" is a yes, narrowed by its förbehåll


@dataclass(frozen=True)
class ConsentRecord:
    """A consent together with the answers given on it."""

    consent: Consent
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True)
class ConsentState:
    status: ConsentStatus
    reason: str = ""  # why it is not (wholly) valid, in Swedish; empty when valid


@dataclass(frozen=True)
class ShareDecision:
    allowed: bool
    message: str  # a whole sentence for the person
    consent_id: str = ""
    reason: str = ""  # why not, without the subject: "samtycket gick ut 2026-11-06"


# -- the calendar --------------------------------------------------------------------


@dataclass(frozen=True)
class Dates:
    """The facts of a consent that change its status with the calendar, and nothing else."""

    valid_from: dt.date
    valid_until: dt.date
    parties: frozenset[PartyKind]
    withdrawals: tuple[tuple[dt.date, frozenset[PartyKind]], ...] = ()  # empty set: all of it

    @classmethod
    def of(cls, consent: Consent, signatories: Sequence[Signatory] = ()) -> Dates:
        return cls(
            effective_start(consent, signatories),
            consent.valid_until,
            frozenset(p.kind for p in consent.parties),
            tuple((w.on, frozenset(w.parties)) for w in consent.withdrawals),
        )

    def withdrawn(self, on: dt.date) -> frozenset[PartyKind]:
        """The parties no longer covered on `on` (every party once wholly withdrawn)."""
        gone: set[PartyKind] = set()
        for day, parties in self.withdrawals:
            if day <= on:
                gone.update(parties or self.parties)
        return frozenset(gone)

    def wholly_withdrawn_on(self) -> dt.date | None:
        """The first day on which no party is covered any more, if there is one."""
        days = sorted({day for day, _ in self.withdrawals})
        return next((day for day in days if self.withdrawn(day) >= self.parties), None)


def dated_status(answers: ConsentStatus, dates: Dates, *, on: dt.date) -> ConsentStatus:
    """The one order of precedence: what the calendar makes of the answers' status on `on`."""
    if on < dates.valid_from:
        return ConsentStatus.NOT_YET_VALID
    if on > dates.valid_until:
        return ConsentStatus.EXPIRED
    withdrawn = dates.withdrawn(on)
    if withdrawn >= dates.parties:
        return ConsentStatus.WITHDRAWN
    if answers is not ConsentStatus.VALID:
        return answers
    return ConsentStatus.PARTLY_WITHDRAWN if withdrawn else ConsentStatus.VALID


def effective_start(consent: Consent, signatories: Sequence[Signatory] = ()) -> dt.date:
    """A consent holds from its start date, but never before the last yes was given:
    an answer given later cannot make the consent cover the days before it."""
    given = [s.signed_on for s in signatories if s.answer in SAYS_YES]
    return max([consent.valid_from, *given])


def withdrawn_parties(consent: Consent, on: dt.date) -> frozenset[PartyKind]:
    return Dates.of(consent).withdrawn(on)


def withdrawn_on(consent: Consent) -> dt.date | None:
    """The day the consent as a whole stopped covering anyone, if it has."""
    return Dates.of(consent).wholly_withdrawn_on()


# -- the answers (R2) ----------------------------------------------------------------


def validate_new(
    consent: Consent, signatories: Sequence[Signatory] = (), *, today: dt.date | None = None
) -> None:
    """Rule R3 and the facts the law asks the person to state: refused with what is missing.

    With `today`, nothing may be dated ahead of it, and a consent already run out is not new.
    """
    if not consent.purpose.strip():
        raise DomainError(Phrase("Ange syftet med samtycket."))
    if not consent.parties:
        raise DomainError(Phrase("Ange minst en part som uppgifter får delas med."))
    if not consent.categories:
        raise DomainError(Phrase("Ange vilka uppgifter som får delas."))
    if consent.valid_until < consent.valid_from:
        raise DomainError(Phrase("Samtyckets slutdatum ligger före startdatumet."))
    if consent.valid_until >= add_years(consent.valid_from, 1):
        raise DomainError(
            Phrase(
                "Ett samtycke ska vara tidsbegränsat och gälla högst ett år. Välj ett tidigare "
                "slutdatum."
            )
        )
    if consent.form is ConsentForm.ORAL and not consent.oral_received_by.strip():
        raise DomainError(Phrase("Ange vem som tog emot det muntliga samtycket."))
    if consent.informed_of_rights is None:
        raise DomainError(
            Phrase(
                "Ange om de tillfrågade har fått veta att de kan säga nej och när som helst "
                "återkalla samtycket."
            )
        )
    assessment = (
        consent.maturity_assessment.strip(),
        consent.maturity_assessed_by.strip(),
        consent.maturity_assessed_on,
        consent.child_decides_alone,
    )
    if any(assessment) or consent.child_decides_alone is False:
        missing = [
            label
            for label, value in zip(
                ("på vilka grunder", "vem som bedömde", "när", "vad bedömningen kom fram till"),
                assessment,
                strict=True,
            )
            if value is None or value == ""
        ]
        if missing:
            raise DomainError(
                "Mognadsbedömningen är inte fullständig. Ange också " + ", ".join(missing) + "."
            )
    if today is not None:
        _not_ahead(consent, signatories, today)
    named = {p.kind for p in consent.parties}
    seen: set[str] = set()
    for signatory in signatories:
        who = signatory.guardian_id or signatory.role.value
        if who in seen:
            raise DomainError(
                Phrase("{name} har svarat två gånger på samma samtycke.", name=signatory.name)
            )
        seen.add(who)
        if signatory.answer is Answer.PARTLY and not (
            signatory.excluded_parties or signatory.excluded_categories
        ):
            raise DomainError(
                Phrase(
                    "Ange vad förbehållet från {name} gäller: vilka parter eller vilka uppgifter "
                    "som inte får lämnas ut.",
                    name=signatory.name,
                )
            )
        outside = [p for p in signatory.excluded_parties if p not in named]
        if signatory.answer is Answer.PARTLY and outside:
            raise DomainError(
                Phrase(
                    "Förbehållet från {name} nämner {items}, som samtycket inte omfattar. Ta bort "
                    "den parten ur förbehållet.",
                    name=signatory.name,
                    items=", ".join(p.label for p in outside),
                )
            )


def _not_ahead(consent: Consent, signatories: Sequence[Signatory], today: dt.date) -> None:
    if consent.valid_until < today:
        raise DomainError(
            Phrase(
                "Samtycket gick ut {valid_until}. Ett samtycke som redan har gått ut kan inte "
                "registreras som nytt.",
                valid_until=format_date(consent.valid_until),
            )
        )
    for signatory in signatories:
        if signatory.signed_on > today:
            raise DomainError(
                Phrase(
                    "Svaret från {name} är daterat {signed_on}, i framtiden. Ange dagen svaret "
                    "lämnades.",
                    name=signatory.name,
                    signed_on=format_date(signatory.signed_on),
                )
            )
    if consent.maturity_assessed_on is not None and consent.maturity_assessed_on > today:
        raise DomainError(Phrase("Mognadsbedömningen kan inte vara daterad i framtiden."))


def answers_state(
    record: ConsentRecord, *, guardians: Sequence[Guardian], birth: BirthDate
) -> ConsentState:
    """What the answers alone make of a consent: draft, incomplete (and why), or valid.

    Independent of today's date: who had to consent is judged on the day the consent
    starts, so a valid consent does not lapse because the child has a birthday while it runs.
    """
    if not record.signatories:
        return ConsentState(ConsentStatus.DRAFT, Phrase("Ingen har ännu svarat på samtycket."))
    missing = _missing_answers(record, guardians=guardians, birth=birth)
    if missing:
        return ConsentState(ConsentStatus.INCOMPLETE, missing)
    if record.consent.informed_of_rights is not True:
        return ConsentState(
            ConsentStatus.INCOMPLETE,
            Phrase(
                "De tillfrågade har inte fått veta att de kan säga nej och när som helst "
                "återkalla samtycket."
            ),
        )
    return ConsentState(ConsentStatus.VALID)


def state_of(
    record: ConsentRecord, *, guardians: Sequence[Guardian], birth: BirthDate, on: dt.date
) -> ConsentState:
    """The effective status of one consent on a date, with the reason in Swedish."""
    return dated_state(record, answers_state(record, guardians=guardians, birth=birth), on=on)


def dated_state(record: ConsentRecord, answers: ConsentState, *, on: dt.date) -> ConsentState:
    """`answers` on a given day, with the reason the calendar gives."""
    consent = record.consent
    dates = Dates.of(consent, record.signatories)
    status = dated_status(answers.status, dates, on=on)
    if status is ConsentStatus.NOT_YET_VALID:
        if dates.valid_from > consent.valid_from:
            text = Phrase(
                "Samtycket gäller först från {day} (då lämnades det sista svaret).",
                day=dates.valid_from,
            )
        else:
            text = Phrase("Samtycket gäller först från {day}.", day=dates.valid_from)
        return ConsentState(status, text)
    if status is ConsentStatus.EXPIRED:
        return ConsentState(status, Phrase("Samtycket gick ut {day}.", day=consent.valid_until))
    if status is ConsentStatus.WITHDRAWN:
        return ConsentState(
            status, Phrase("Samtycket återkallades {day}.", day=dates.wholly_withdrawn_on())
        )
    if status is ConsentStatus.PARTLY_WITHDRAWN:
        gone = dates.withdrawn(on)
        parts = [
            Phrase(
                "för {parties} {day}",
                parties=Joined(sorted(parties or gone, key=_order)),
                day=day,
            )
            for day, parties in sorted(dates.withdrawals)
            if day <= on
        ]
        return ConsentState(status, Phrase("Återkallat {parts}.", parts=Joined(parts, "; ")))
    return answers


def age_text(birth: BirthDate, on: dt.date) -> str:
    youngest, oldest = birth.ages_on(on)
    if youngest == oldest:
        return Phrase("{age} år", age=youngest)
    return Phrase(
        "{youngest}–{oldest} år (födelsedatumet är inte helt känt)",
        youngest=youngest,
        oldest=oldest,
    )


def assessment_complete(consent: Consent) -> bool:
    """R2: who judged the child's maturity, when, on what grounds, and that it may decide."""
    return (
        consent.child_decides_alone is True
        and bool(consent.maturity_assessment.strip())
        and bool(consent.maturity_assessed_by.strip())
        and consent.maturity_assessed_on is not None
    )


def _missing_answers(
    record: ConsentRecord, *, guardians: Sequence[Guardian], birth: BirthDate
) -> str:
    """Rule R2, or an empty string when the right people have said yes.

    A partly unknown birth date counts the strictest way: the child co-signs if it may
    be 12, and decides alone only if it is 15 whatever the unknown part.
    """
    answers = record.signatories
    on = effective_start(record.consent, answers)
    youngest, oldest = birth.ages_on(on)
    age = age_text(birth, on)
    # A student who decides alone (myndig, or 15 and judged mature) is the one whose no counts.
    alone = youngest >= MAJORITY_AGE or (
        youngest >= SELF_DECIDE_AGE and assessment_complete(record.consent)
    )
    refused = [
        s
        for s in answers
        if s.answer is Answer.NO and (not alone or s.role is SignatoryRole.STUDENT)
    ]
    if refused:
        who = Joined(_who(s) for s in refused)
        return Phrase("{who} har sagt nej.", who=who)
    child_yes = any(s.role is SignatoryRole.STUDENT and s.answer in SAYS_YES for s in answers)
    if youngest >= MAJORITY_AGE:
        if child_yes:
            return ""
        return Phrase("Eleven är {age}, myndig, och lämnar själv sitt samtycke.", age=age)
    guardians_missing = _guardians_missing(record, guardians)
    if youngest >= SELF_DECIDE_AGE:
        if not child_yes:
            return Phrase("Eleven är {age} och ska själv lämna sitt samtycke.", age=age)
        if assessment_complete(record.consent) or not guardians_missing:
            return ""
        # Both ways out are named: the assessment, or the answers still missing.
        return Phrase(
            "Eleven är {age} och har samtyckt, men ingen mognadsbedömning är dokumenterad "
            "(vem som bedömde, när och på vilka grunder). Dokumentera bedömningen, eller "
            "låt även vårdnadshavarna samtycka: {missing}",
            age=age,
            missing=shape(guardians_missing, "lower_first"),
        )
    if oldest >= CO_SIGN_AGE and not child_yes:
        if not _custodians(guardians):
            return Phrase("Eleven är {age} och ska samtycka tillsammans med god man.", age=age)
        return Phrase("Eleven är {age} och ska samtycka tillsammans med vårdnadshavarna.", age=age)
    if guardians_missing and oldest >= SELF_DECIDE_AGE and assessment_complete(record.consent):
        return Phrase(
            "Eleven är {age}, så det är inte säkert att eleven får bestämma själv. {missing}",
            age=age,
            missing=guardians_missing,
        )
    return guardians_missing


def _guardians_missing(record: ConsentRecord, guardians: Sequence[Guardian]) -> str:
    """Both custodial guardians as the rule (FB 6:13); one with a recorded reason; a god man
    where no guardian is registered. Empty when enough of them have said yes."""
    answers = record.signatories
    custodians = _custodians(guardians)
    said_yes = {
        s.guardian_id for s in answers if s.role is SignatoryRole.GUARDIAN and s.answer in SAYS_YES
    }
    trustee_yes = any(s.role is SignatoryRole.TRUSTEE and s.answer in SAYS_YES for s in answers)
    if not custodians:
        return "" if trustee_yes else Phrase("Ingen vårdnadshavare är registrerad för eleven.")
    missing = [g for g in custodians if g.id not in said_yes]
    reason = record.consent.single_guardian_reason
    parents = [g for g in guardians if g.relation in PARENTS]
    if len(parents) == 1 and not missing and not _stated(reason):
        # One parent registered is not one with sole custody: the other may not be entered
        # yet. A second parent entered without custody is the stated fact.
        return Phrase(
            "Bara en vårdnadshavare är registrerad ({name}). Ange skälet till att hen samtycker "
            "ensam, till exempel ensam vårdnad, eller registrera den andra vårdnadshavaren.",
            name=custodians[0].name,
        )
    if not missing:
        return ""
    if _stated(reason) and len(missing) < len(custodians):
        return ""
    names = Joined((g.name for g in missing), AND)
    return Phrase("Samtycke saknas från vårdnadshavare {names}.", names=names)


def _stated(reason: str) -> bool:
    """A reason in words, not a dot or a single word typed to get past the form."""
    return len(re.findall(r"\w+", reason)) >= 2


def _custodians(guardians: Sequence[Guardian]) -> list[Guardian]:
    return [g for g in guardians if g.relation is GuardianRelation.GUARDIAN and g.has_custody]


# -- what may be shared (R1) ----------------------------------------------------------


def covers(consent: Consent, party: PartyKind, category: DataCategory) -> bool:
    """Does the consent's text name this party and this data (ignoring dates and answers)?"""
    return (
        any(p.kind is party for p in consent.parties)
        and category in consent.categories
        and consent.direction in (ConsentDirection.DISCLOSE, ConsentDirection.BOTH)
    )


def reservation_text(signatory: Signatory) -> str:
    """A förbehåll in words: "inget till Skolan (elevhälsan)", "inga betyg och omdömen" …"""
    parties = Joined(signatory.excluded_parties, OR)
    # "Uppgifter om familjens situation" reads "inga uppgifter om familjens situation".
    categories = Joined(_about(c) for c in signatory.excluded_categories)
    if parties and categories:
        text = Phrase(
            "inga uppgifter om {categories} till {parties}", categories=categories, parties=parties
        )
    elif parties:
        text = Phrase("inget till {parties}", parties=parties)
    else:
        text = Phrase("inga uppgifter om {categories}", categories=categories)
    comment = " ".join(signatory.reservation.split())
    return Phrase("{text} (”{comment}”)", text=text, comment=comment) if comment else text


def _about(category: DataCategory) -> Phrase:
    """A category after "uppgifter om": "familjens situation", "betyg och omdömen"."""
    return Phrase("{what}", what=lowered(category)).shaped("no_uppgifter_om")


def _who(signatory: Signatory) -> Phrase:
    """ "Anna Ek (vårdnadshavare)" """
    return Phrase("{name} ({role})", name=signatory.name, role=lowered(signatory.role))


def may_share(
    records: Iterable[ConsentRecord],
    *,
    party: PartyKind,
    category: DataCategory,
    on: dt.date,
    guardians: Sequence[Guardian],
    birth: BirthDate,
    school: str = "",
) -> ShareDecision:
    """Rule R1: may `party` receive `category` about the student on `on`? Says why not.

    `school` is the student's school: a consent that names other schools does not reach it.
    """
    subject = Phrase("{category} får inte lämnas till {party}", category=category, party=party)
    explanations: list[str] = []
    for record in records:
        consent = record.consent
        if not any(p.kind is party for p in consent.parties):
            continue
        since = format_date(consent.valid_from)
        if party is PartyKind.SCHOOL and not _names_the_school(consent, school):
            named = Joined(p.name for p in consent.parties if p.kind is party)
            explanations.append(
                Phrase(
                    "samtycket från {since} gäller {named}, inte elevens skola",
                    since=since,
                    named=named,
                )
            )
            continue
        if consent.direction is ConsentDirection.OBTAIN:
            explanations.append(
                Phrase(
                    "samtycket från {since} gäller bara att hämta in uppgifter, inte att lämna ut",
                    since=since,
                )
            )
            continue
        if not covers(consent, party, category):
            explanations.append(
                Phrase(
                    "samtycket från {since} omfattar inte ”{category}”",
                    since=since,
                    category=lowered(category),
                )
            )
            continue
        state = state_of(record, guardians=guardians, birth=birth, on=on)
        if state.status not in (ConsentStatus.VALID, ConsentStatus.PARTLY_WITHDRAWN):
            explanations.append(shape(state.reason, "no_dot", "lower_first"))
            continue
        if party in withdrawn_parties(consent, on):
            day = min(w.on for w in consent.withdrawals if w.on <= on and party in w.parties)
            explanations.append(
                Phrase(
                    "samtycket från {since} återkallades för {party} {day}",
                    since=since,
                    party=party,
                    day=day,
                )
            )
            continue
        reserved = [s for s in record.signatories if s.excludes(party, category)]
        if reserved:
            explanations.append(
                Joined(
                    (
                        Phrase(
                            "{who} har ett förbehåll: {reservation}",
                            who=_who(s),
                            reservation=reservation_text(s),
                        )
                        for s in reserved
                    ),
                    "; ",
                )
            )
            continue
        left = (consent.valid_until - on).days
        return ShareDecision(
            True,
            Phrase(
                "Samtycke finns t.o.m. {until} ({left}).",
                until=consent.valid_until,
                left=Phrase.plural(left, "%n dag kvar", "%n dagar kvar"),
            ),
            consent.id,
        )
    if not explanations:
        reason: str = Phrase("inget samtycke omfattar {party}", party=party)
    else:
        reason = Phrase("{reasons}", reasons=Joined(dict.fromkeys(explanations), "; "))
    return ShareDecision(
        False, Phrase("{subject}: {reason}.", subject=subject, reason=reason), reason=reason
    )


@dataclass(frozen=True)
class PartyLine:
    """One line of the consent summary: may this party be told anything today, until when."""

    party: Party
    allowed: tuple[DataCategory, ...]  # what may go to it today
    until: dt.date | None = None
    days_left: int | None = None
    reason: str = ""  # why nothing may, when nothing may
    withheld: tuple[DataCategory, ...] = ()  # named for it, yet kept from it (a förbehåll)

    @property
    def yes(self) -> bool:
        return bool(self.allowed)


def _names_the_school(consent: Consent, school: str) -> bool:
    """A consent to "Skolan" reaches the student's school; one to named schools only those."""
    names = [p.name for p in consent.parties if p.kind is PartyKind.SCHOOL]
    if not school or not all(n.strip() for n in names):
        return True
    return any(fold(n) == fold(school) for n in names)


def party_summary(
    records: Sequence[ConsentRecord],
    *,
    on: dt.date,
    guardians: Sequence[Guardian],
    birth: BirthDate,
    school: str = "",
) -> tuple[PartyLine, ...]:
    """Per party any consent names: yes (what, until when) or no (why), on `on`."""
    named: dict[PartyKind, Party] = {}
    for record in records:
        for p in record.consent.parties:
            named.setdefault(p.kind, p)
    lines = []
    for kind, party in named.items():
        categories = list(
            dict.fromkeys(
                c
                for r in records
                if any(p.kind is kind for p in r.consent.parties)
                for c in r.consent.categories
            )
        )
        decisions = [
            (
                c,
                may_share(
                    records,
                    party=kind,
                    category=c,
                    on=on,
                    guardians=guardians,
                    birth=birth,
                    school=school,
                ),
            )
            for c in categories
        ]
        allowed = tuple(c for c, d in decisions if d.allowed)
        if allowed:
            # The first day something stops: "t.o.m." never promises more than all of it.
            ends = {r.consent.id: r.consent.valid_until for r in records}
            until = min(ends[d.consent_id] for _, d in decisions if d.allowed)
            withheld = tuple(c for c in categories if c not in allowed)
            lines.append(PartyLine(party, allowed, until, (until - on).days, withheld=withheld))
        else:
            reason = (
                decisions[0][1].reason
                if decisions
                else Phrase("inget samtycke omfattar {party}", party=kind)
            )
            lines.append(PartyLine(party, (), reason=reason))
    return tuple(lines)


# -- withdrawal (R3) -----------------------------------------------------------------


def withdraw(
    consent: Consent,
    *,
    on: dt.date,
    by: str,
    how: str,
    parties: Sequence[PartyKind] = (),
    notify: Sequence[PartyKind] = (),
    received_by: str = "",
) -> Consent:
    """Withdraw all of a consent, or only for some parties; effective from `on` (R3).

    `notify` are the recipients that got data under it: each is to be told.
    """
    dates = Dates.of(consent)
    gone = dates.wholly_withdrawn_on()
    if gone is not None:
        raise TransitionError(
            Phrase("Samtycket är redan återkallat ({gone}).", gone=format_date(gone))
        )
    if not by.strip():
        raise DomainError(Phrase("Ange vem som återkallade samtycket."))
    if not how.strip():
        raise DomainError(
            Phrase("Ange hur återkallelsen kom in (till exempel telefon eller brev).")
        )
    named = dates.parties
    unknown = [p for p in parties if p not in named]
    if unknown:
        raise DomainError(
            Phrase(
                "Samtycket omfattar inte {items}, så det kan inte återkallas för den parten.",
                items=", ".join(p.label for p in unknown),
            )
        )
    already = dates.withdrawn(dt.date.max)
    fresh = tuple(dict.fromkeys(p for p in parties if p not in already))
    if parties and not fresh:
        raise TransitionError(
            Phrase(
                "Samtycket är redan återkallat för {items}.",
                items=", ".join(p.label for p in parties),
            )
        )
    scope = frozenset(fresh) if parties else named - already
    withdrawal = Withdrawal(
        on=on,
        by=by.strip(),
        how=how.strip(),
        parties=fresh,
        received_by=received_by.strip(),
        notify=tuple(sorted({p for p in notify if p in scope}, key=_order)),
    )
    return replace(consent, withdrawals=consent.withdrawals + (withdrawal,))


def mark_notified(
    consent: Consent, party: PartyKind, *, on: dt.date, by: str, how: str = ""
) -> Consent:
    """R3: the socionom has told `party` that the consent was withdrawn."""
    for index, withdrawal in enumerate(consent.withdrawals):
        if party in withdrawal.pending():
            if on < withdrawal.on:
                raise DomainError(Phrase("Underrättelsen kan inte ligga före återkallelsen."))
            told = replace(
                withdrawal,
                notified=withdrawal.notified + (Notice(party, on, by.strip(), how.strip()),),
            )
            withdrawals = consent.withdrawals[:index] + (told,) + consent.withdrawals[index + 1 :]
            return replace(consent, withdrawals=withdrawals)
    raise DomainError(
        Phrase("{party} har inget att underrättas om för det här samtycket.", party=party)
    )


def _order(kind: PartyKind) -> int:
    return list(PartyKind).index(kind)
