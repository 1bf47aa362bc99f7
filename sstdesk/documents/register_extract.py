"""Registerutdrag (GDPR art. 15): everything the vault holds on one student, with
the purposes, the legal basis, how long it is kept, and to whom it was
disclosed. It goes to the student or the guardians themselves after an
identity check, so it needs no consent; a sekretessprövning before it is
handed over is the socionom's (domain.md 4.4)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from sstdesk.documents import common
from sstdesk.documents.blocks import EMPTY, Blocks
from sstdesk.documents.data import CaseRecords, DocumentInput
from sstdesk.domain import legal
from sstdesk.domain.due import add_months
from sstdesk.domain.formatting import format_date, format_datetime, format_pct
from sstdesk.domain.model import Withdrawal
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.retention import Research, research_sample

ACTIONS = {
    "document.print": "Utskrift",
    "document.save": "Sparad som fil",
    "document.export": "Export",
}


def build(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    records, context = inp.records, inp.context
    student = records.student
    on = context.printed_at.date()
    out: list[Flowable] = []
    out += b.title(
        "Registerutdrag",
        "Uppgifter som socialtjänsten behandlar om eleven, enligt artikel 15 i "
        "dataskyddsförordningen (GDPR)",
    )
    out.append(
        b.box(
            [
                b.para(
                    "Innan utdraget lämnas ut ska den som begär det ha identifierats och "
                    "uppgifterna ha sekretessprövats. Uppgifter om andra personer kan behöva "
                    "maskeras."
                )
            ]
        )
    )
    out.append(b.subheading("Begäran om registerutdrag"))
    out.append(
        b.table(
            ["Inkom", "Begärd av", "Identitet kontrollerad", "Senast", "Lämnat"],
            [
                [
                    format_date(r.received_on),
                    f"{r.requested_by}\n{r.requester_role.label}",
                    f"{r.identity_check}\n({r.checked_by})",
                    format_date(add_months(r.received_on, 1)),
                    f"{format_date(r.delivered_on)} {r.delivered_how}".strip() or EMPTY,
                ]
                for r in records.register_requests
            ],
            [13, 22, 35, 13, 17],
            empty="Ingen begäran är registrerad.",
        )
    )
    out += b.heading("Om behandlingen")
    out.append(
        b.fields(
            [
                ("Personuppgiftsansvarig", f"Socialnämnden, {context.district}"),
                ("Ändamål", "Stöd från skolsocialt team kring skolnärvaro; dokumentation."),
                (
                    "Rättslig grund",
                    "Myndighetsutövning och uppgift av allmänt intresse, 6 § lagen (2001:454) "
                    "om behandling av personuppgifter inom socialtjänsten.",
                ),
                ("Sekretess", legal.cite("secrecy", on)),
                ("Lagring", _storage(inp, on)),
                (
                    "Källor",
                    "Eleven, vårdnadshavarna, skolan och andra som samtycket omfattar.",
                ),
            ]
        )
    )

    out += b.heading("Eleven")
    out.append(
        b.fields(
            [
                ("Namn", student.full_name),
                ("Personnummer", common.personnummer(records)),
                ("Kön", student.gender.label),
                ("Skola", common.school_name(records)),
                ("Årskurs och klass", f"{student.grade} {student.class_name}".strip()),
                ("Adress", common.address(records)),
                ("Tolkbehov", student.interpreter_language or "Nej"),
                ("Skyddade personuppgifter", "Ja" if student.protected_identity else "Nej"),
            ],
            columns=2,
        )
    )
    out.append(b.subheading("Vårdnadshavare och närstående"))
    out.append(common.guardian_rows(b, records.guardians, protected=student.protected_identity))

    for number, case in enumerate(records.cases, start=1):
        out += _case(b, case, number)

    out += b.heading("Utlämnanden och utskrifter")
    out.append(
        b.table(
            ["Tid", "Av", "Vad", "Till", "Skäl"],
            [
                [
                    format_datetime(d.at),
                    d.actor,
                    ACTIONS.get(d.action, d.action),
                    d.to or EMPTY,
                    d.reason,
                ]
                for d in records.disclosures
            ],
            [17, 15, 14, 20, 34],
            empty="Inga uppgifter har skrivits ut eller lämnats ut från valvet.",
        )
    )
    out.append(
        b.notice(
            f"Elevens uppgifter har öppnats {records.reads} gånger i programmet; varje "
            "öppning loggas med vem och när."
        )
    )
    return out


def _case(b: Blocks, case: CaseRecords, number: int) -> list[Flowable]:
    c = case.case
    out: list[Flowable] = []
    out += b.heading(f"Ärende {number}: aktualiserat {format_date(c.referral_date)}")
    out.append(
        b.fields(
            [
                ("Status", c.stage.label),
                ("Ansvarig", c.responsible_user),
                ("Aktualiserat av", c.referred_by.label),
                ("Inskrivet", format_date(c.enrolled_on)),
                ("Anledning", c.referral_reason),
                ("Utskrivet", format_date(c.closed_on)),
                ("Frånvaro vid start", format_pct(c.baseline_absence_pct)),
                ("Frånvaro vid avslut", format_pct(c.closure_absence_pct)),
            ],
            columns=2,
        )
    )
    out.append(b.subheading("Samtycken"))
    out.append(
        b.table(
            ["Lämnat", "Parter", "Uppgifter", "Gäller t.o.m.", "Status"],
            [
                [
                    format_date(x.record.consent.valid_from),
                    ", ".join(p.label for p in x.record.consent.parties),
                    ", ".join(cat.label for cat in x.record.consent.categories),
                    format_date(x.record.consent.valid_until),
                    x.state.status.label,
                ]
                for x in case.consents
            ],
            [14, 30, 34, 14, 12],
        )
    )
    withdrawals = [
        (x.record.consent, w) for x in case.consents for w in x.record.consent.withdrawals
    ]
    if withdrawals:
        out.append(
            b.table(
                ["Återkallat", "Av, hur", "Gäller", "Underrättade parter"],
                [
                    [
                        format_date(w.on),
                        f"{w.by}, {w.how}",
                        ", ".join(p.label for p in w.parties) or "Hela samtycket",
                        _notices(w),
                    ]
                    for _consent, w in withdrawals
                ],
                [14, 26, 26, 34],
            )
        )
    out.append(b.subheading("Närvaro"))
    out.append(common.attendance_table(b, case.attendance))
    out.append(b.subheading("Kartläggning"))
    for m in case.mappings:
        out.append(
            b.fields(
                [
                    ("Påbörjad", format_date(m.started_on)),
                    ("Elevens berättelse", m.student_story),
                    ("Vårdnadshavarnas berättelse", m.guardian_story),
                    ("Skolans bild", m.school_view),
                    ("Sammanfattning", m.summary),
                ]
            )
        )
    out.append(
        b.table(
            ["Område", "Faktor", "Slag", "Källa"],
            [[f.area.label, f.description, f.kind.label, f.source] for f in case.factors],
            [18, 52, 14, 16],
        )
    )
    out.append(b.subheading("Handlingsplaner, mål och insatser"))
    out.append(
        b.table(
            ["Version", "Status", "Elevens mål", "Uppföljning"],
            [
                [str(p.version), p.status.label, p.student_goals, format_date(p.follow_up_on)]
                for p in case.plans
            ],
            [10, 16, 56, 18],
        )
    )
    out.append(
        b.table(
            ["Nr", "Mål", "Målvärde", "Till när"],
            [[str(g.number), g.wording, g.target, format_date(g.due_on)] for g in case.goals],
            [6, 60, 20, 14],
            empty="Inga mål.",
        )
    )
    out.append(
        b.table(
            ["Insats", "Vem", "Start", "Status"],
            [
                [i.kind.label, i.performer.label, format_date(i.start_on), i.status.label]
                for i in case.interventions
            ],
            [46, 20, 16, 18],
            empty="Inga insatser.",
        )
    )
    out.append(b.subheading("Möten"))
    out.append(
        b.table(
            ["Datum", "Slag", "Beslut och anteckningar"],
            [[format_date(m.held_on), m.kind.label, m.minutes or m.agenda] for m in case.meetings],
            [14, 22, 64],
        )
    )
    out.append(b.subheading("SIP"))
    out.append(
        b.table(
            ["Version", "Status", "Frågeställning", "Uppföljning"],
            [
                [str(s.version), s.status.label, s.question, format_date(s.follow_up_on)]
                for s in case.sips
            ],
            [10, 14, 60, 16],
        )
    )
    out.append(b.subheading("Uppföljningar"))
    out.append(
        b.table(
            ["Planerad", "Hållen", "Frånvaro", "Beslut"],
            [
                [
                    format_date(f.due_on),
                    format_date(f.held_on),
                    format_pct(f.absence_now_pct),
                    f.decision.label if f.decision else EMPTY,
                ]
                for f in case.follow_ups
            ],
            [20, 20, 20, 40],
        )
    )
    out.append(b.subheading("Journalanteckningar"))
    out.append(
        b.table(
            ["Händelsedatum", "Slag", "Anteckning", "Signerad"],
            [
                [
                    format_date(n.event_date),
                    f"{n.contact_type.label}\n{n.note_type.label}",
                    n.text,
                    f"{n.signed_by}\n{format_datetime(n.signed_at)}" if n.signed_at else "Utkast",
                ]
                for n in case.notes
            ],
            [17, 17, 48, 18],
        )
    )
    if case.working_notes:
        out.append(b.subheading("Arbetsanteckningar (ännu inte journalförda)"))
        out.append(
            b.table(
                ["Skriven", "Anteckning"],
                [[format_datetime(w.created_at), w.text] for w in case.working_notes],
                [18, 82],
            )
        )
    return out


def _storage(inp: DocumentInput, on: dt.date) -> str:
    """How long these records are kept (art. 15.1 d), as the team's own rules make it."""
    kept = research_sample(birth_of(inp.records.student.personnummer), inp.team.region)
    cite = legal.cite("retention", on)
    if kept is Research.YES:
        return (
            "Uppgifterna gallras inte: eleven hör till det urval som bevaras för forskning "
            f"(7 kap. 2 § socialtjänstförordningen, {cite})."
        )
    years = "två år" if inp.team.private_provider else "fem år"
    unknown = (
        " Födelsedagen är inte känd, så uppgifterna bevaras tills det är utrett om eleven hör "
        "till forskningsurvalet."
        if kept is Research.UNKNOWN
        else ""
    )
    return (
        f"Uppgifterna gallras {years} efter den sista anteckningen, senast den 31 december "
        f"året därpå ({cite}).{unknown}"
    )


def _notices(withdrawal: Withdrawal) -> str:
    """R3: who was told of the withdrawal, when and how, and who still has to be."""
    told = [
        f"{n.party.label} {format_date(n.on)}" + (f" ({n.how})" if n.how else "")
        for n in withdrawal.notified
    ]
    pending = [f"{p.label}: ännu inte underrättad" for p in withdrawal.pending()]
    return "\n".join(told + pending) or "Ingen hade fått uppgifter"
