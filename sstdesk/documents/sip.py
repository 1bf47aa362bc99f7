"""SIP-utkast: the fields 1–28 of domain.md 1.3, in that order."""

from __future__ import annotations

from reportlab.platypus import Flowable

from sstdesk.documents import common
from sstdesk.documents.blocks import Blocks
from sstdesk.documents.data import DocumentInput
from sstdesk.domain import legal
from sstdesk.domain import sip as sip_rules
from sstdesk.domain.codes import DataCategory, SipStatus
from sstdesk.domain.errors import DomainError
from sstdesk.domain.formatting import format_date, format_pct
from sstdesk.domain.phrase import Phrase

FOOTNOTE = (
    "Planen får inte ändras utan den enskildes godkännande; samtycket kan återkallas när som helst."
)
DRAFT_STATUSES = (SipStatus.DRAFT, SipStatus.CALLED)


def build(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    records, case = inp.records, inp.case
    if case is None or case.current_sip is None:
        raise DomainError(Phrase("Eleven har ingen SIP i ärendet. Skapa en SIP först."))
    sip = case.current_sip
    draft = sip.status in DRAFT_STATUSES
    on = inp.context.printed_at.date()
    protected = records.student.protected_identity
    out: list[Flowable] = []

    # 1-5 header block
    title = "Samordnad individuell plan (SIP)" + (" – UTKAST" if draft else "")
    out += b.title(title, "Utkast – ej fastställd" if draft else f"Status: {sip.status.label}")
    kind = (
        "Uppföljning av tidigare SIP" + _previous(inp, sip.previous_sip_id)
        if sip.previous_sip_id
        else "Ny SIP"
    )
    out.append(
        b.fields(
            [
                ("Lagrum", f"{legal.cite('sip', on)} / {legal.cite('sip_health', on)}"),
                ("Typ", kind),
                ("SIP-id", f"{sip.id[:8].upper()}, version {sip.version}"),
                ("Status", sip.status.label),
                ("Datum för utkast", format_date(on)),
                ("Upprättad", format_date(sip.established_on)),
            ],
            columns=2,
        )
    )
    if draft:
        missing = sip_rules.missing_for_establishing(sip)
        if missing:
            out.append(b.para(""))
            out.append(
                b.box(
                    [
                        b.subheading("Innan SIP:en kan upprättas saknas"),
                        *[b.para(f"• {m[:1].upper()}{m[1:]}") for m in missing],
                    ]
                )
            )

    # 6-8 personuppgifter
    out += b.heading("Barnet och familjen")
    student = records.student
    out.append(
        b.fields(
            [
                ("Namn", student.full_name),
                ("Personnummer", common.personnummer(records)),
                ("Skola", common.school_name(records)),
                (
                    "Årskurs",
                    f"{student.grade}" + (f" ({student.class_name})" if student.class_name else ""),
                ),
                ("Adress", common.address(records)),
                ("Tolkbehov", student.interpreter_language or "Nej"),
            ],
            columns=2,
        )
    )
    out.append(b.subheading("Vårdnadshavare och närstående"))
    out.append(common.guardian_rows(b, records.guardians, protected=protected))

    # 9 samtycke
    out += b.heading("Samtycke till SIP och informationsutbyte")
    out += b.consent_reference(
        [c for cid in inp.clearance.consent_ids if (c := case.consent(cid))],
        protected=protected,
        lead="Planen delas med stöd av följande samtycke. Samtycket kan återkallas när som helst.",
    )

    # 10-14 mötesuppgifter
    out += b.heading("Mötet")
    out.append(
        b.fields(
            [
                ("Initiativtagare", sip.initiator),
                ("Ordförande", sip.chair),
                ("Sekreterare", sip.secretary),
                ("Datum", format_date(sip.meeting_on)),
                ("Plats", sip.place),
                ("Frågeställning", sip.question),
            ]
        )
    )
    out.append(b.subheading("Deltagare"))
    out.append(
        b.table(
            ["Namn", "Roll", "Verksamhet", "Närvarande"],
            [
                [p.name, p.role, p.organisation, "Ja" if p.present else "Nej"]
                for p in sip.participants
            ],
            [30, 24, 34, 14],
            empty="Inga deltagare är angivna.",
        )
    )

    # 15-17 barnets del
    out += b.heading("Barnets del")
    out.append(b.subheading("Det här är viktigt för mig"))
    out.append(b.para(sip.child_view))
    out.append(b.subheading("Vårdnadshavarnas beskrivning"))
    out.append(b.para(sip.guardian_view))
    out.append(b.subheading("Nuläge i korthet"))
    out.append(b.para(sip.current_situation))
    latest = common.latest_attendance(case)
    if not inp.clearance.allows(DataCategory.ATTENDANCE):
        out.append(b.notice("Skolnärvaro skrivs inte ut: samtycket omfattar inte närvaro."))
    elif latest is not None:
        out.append(
            b.para(
                f"Skolnärvaro {format_date(latest.period_start)} – "
                f"{format_date(latest.period_end)}: frånvaro "
                f"{format_pct(latest.total_absence_pct)} (giltig "
                f"{format_pct(latest.valid_absence_pct)}, ogiltig "
                f"{format_pct(latest.invalid_absence_pct)}). Källa: {common.source_of(latest)}."
            )
        )

    # 18-19 behov och mål
    out += b.heading("Behov och mål")
    out.append(
        b.table(
            ["Nr", "Behov"],
            [[str(n), need] for n, need in enumerate(sip.needs, start=1)],
            [6, 94],
            empty="Inga behov är angivna.",
        )
    )
    out.append(
        b.fields(
            [("Långsiktigt mål", sip.long_term_goals), ("Kortsiktigt mål", sip.short_term_goals)]
        )
    )

    # 20-22 insatser
    out += b.heading("Insatser och åtgärder")
    out.append(
        b.table(
            ["Insats", "Behov nr", "Huvudman", "Verksamhet och kontakt", "När", "Status"],
            [
                [
                    a.description,
                    ", ".join(str(n) for n in a.need_numbers),
                    a.principal.label,
                    f"{a.unit}\n{a.contact}",
                    a.when,
                    a.status,
                ]
                for a in sip.actions
            ],
            [28, 9, 19, 24, 18, 11],
            empty="Inga insatser är angivna.",
        )
    )
    out.append(
        b.fields(
            [
                ("Andra aktörers åtgärder", sip.others_measures),
                ("Det barnet och familjen själva gör", sip.own_actions),
                ("Informationsöverföring", sip.information_flow),
            ]
        )
    )

    # 23-25 ansvar och uppföljning
    out += b.heading("Ansvar och uppföljning")
    out.append(
        b.fields(
            [
                (
                    "Huvudansvarig huvudman",
                    sip.lead_principal.label if sip.lead_principal else "",
                ),
                ("Huvudansvarig person", sip.lead_person),
                ("Kallar till uppföljning", sip.follow_up_caller),
                ("Datum för uppföljning", format_date(sip.follow_up_on)),
                ("Så mäts måluppfyllelsen", sip.follow_up_measure),
                ("Övrigt och oenighet", sip.disagreements),
            ]
        )
    )

    # 26-27 avslut
    roles = ["Barnet (frivilligt)"]
    roles += [f"Vårdnadshavare – {g.name}" for g in records.guardians if g.has_custody][:2]
    roles += [
        f"{p.organisation or p.role}" for p in sip.participants if p.organisation and p.present
    ]
    out.append(
        b.signatures(
            roles,
            heading="Underskrifter",
            intro="Genom underskrift bekräftas att planen har tagits fram tillsammans. Barnets "
            "underskrift är frivillig.",
        )
    )
    out += b.heading("Sändlista")
    out.append(
        b.para(
            "Original till den huvudansvariga verksamheten. Kopior till barnet och "
            "vårdnadshavarna samt till varje verksamhet som har en insats i planen."
        )
    )
    return out


def _previous(inp: DocumentInput, previous_id: str) -> str:
    case = inp.case
    previous = next((s for s in case.sips if s.id == previous_id), None) if case else None
    if previous is None:
        return ""
    return f" (version {previous.version}, upprättad {format_date(previous.established_on)})"
