"""Samtyckesblankett – informationsutbyte (domain.md 2.5, printed form) and the
återkallelse slip. It is handed to the family to read and sign, so it needs no
consent of its own; a consent already registered is printed filled in."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from sstdesk.documents import common
from sstdesk.documents.blocks import EMPTY, Blocks
from sstdesk.documents.data import DocumentInput
from sstdesk.domain.codes import (
    Answer,
    ConsentDirection,
    ConsentStatus,
    DataCategory,
    SignatoryRole,
)
from sstdesk.domain.consent import reservation_text
from sstdesk.domain.formatting import format_date

CHECKED, UNCHECKED = "■", "□"

WHAT_IT_MEANS = (
    "Det som socialtjänsten vet om dig och din familj skyddas av sekretess. Med ditt "
    "samtycke kan vi ändå dela vissa uppgifter med de verksamheter som står nedan, så att "
    "vi tillsammans kan ge stöd kring skolnärvaron. Samtycket gäller bara de uppgifter och "
    "de parter som anges, och bara under den tid som anges. Det är frivilligt att samtycka. "
    "Om du säger nej får du ändå stöd från oss, men vi kan då inte samarbeta med de andra "
    "verksamheterna på samma sätt. Du kan när som helst ta tillbaka samtycket, helt eller "
    "delvis, muntligt eller skriftligt – till exempel med blanketten på sista sidan."
)


def build(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    records, case, context = inp.records, inp.case, inp.context
    line = case.consents[-1] if case and case.consents else None
    consent = line.record.consent if line else None
    student = records.student
    out: list[Flowable] = []
    out += b.title(
        "Samtycke till informationsutbyte",
        f"Socialtjänsten {context.district} – {context.unit}. "
        "Sekretess enligt 26 kap. 1 § OSL när blanketten är ifylld.",
    )
    if line is not None and line.state.status is not ConsentStatus.VALID:
        # A form printed for a consent that no longer holds, or does not yet, says so first.
        out.append(
            b.box(
                [
                    b.para(
                        f"Samtyckets status {format_date(context.printed_at.date())}: "
                        f"{line.state.status.label}. {line.state.reason}".strip()
                    )
                ]
            )
        )
    out += b.heading("Vad innebär samtycket?")
    out.append(b.para(WHAT_IT_MEANS))

    out += b.heading("Eleven")
    out.append(
        b.fields(
            [("Namn", student.full_name), ("Personnummer", common.personnummer(records))],
            columns=2,
        )
    )
    out += b.heading("Syfte")
    out.append(b.para(consent.purpose if consent else "Insats från skolsocialt team"))

    out += b.heading("Parter som uppgifter får delas med")
    protected = student.protected_identity
    party_rows = [
        [
            p.kind.label if protected and p.kind.value == "school" else p.label,
            _direction(consent.direction),
        ]
        for p in (consent.parties if consent else ())
    ]
    party_rows += [[" ", " "] for _ in range(max(0, 3 - len(party_rows)))]  # to fill in
    out.append(b.table(["Verksamhet och ev. kontaktperson", "Riktning"], party_rows, [70, 30]))

    out += b.heading("Uppgifter som får delas")
    chosen = set(consent.categories) if consent else set()
    out.append(
        b.table(
            ["", "Uppgifter"],
            [[CHECKED if c in chosen else UNCHECKED, c.label] for c in DataCategory],
            [5, 95],
        )
    )
    out.append(
        b.fields(
            [
                ("Samtycket gäller inte", consent.exceptions if consent else ""),
                (
                    "Samtycket gäller",
                    f"från {format_date(consent.valid_from)} t.o.m. "
                    f"{format_date(consent.valid_until)}"
                    if consent
                    else "från ………………… t.o.m. …………………",
                ),
                ("Form", consent.form.label if consent else "Skriftligt / muntligt"),
            ]
        )
    )

    out += b.heading("Barnets ålder, mognad och inställning")
    decides = {True: "Ja", False: "Nej", None: ""}[consent.child_decides_alone if consent else None]
    out.append(
        b.fields(
            [
                ("Bedömning av ålder och mognad", consent.maturity_assessment if consent else ""),
                (
                    "Bedömd av, datum",
                    f"{consent.maturity_assessed_by} {format_date(consent.maturity_assessed_on)}"
                    if consent
                    else "",
                ),
                ("Eleven kan bestämma själv", decides),
                ("Barnets inställning", consent.child_view if consent else ""),
            ]
        )
    )
    informed = consent.informed_of_rights if consent else None
    out.append(
        b.para(
            f"{CHECKED if informed else UNCHECKED} De som samtycker har fått veta att de kan "
            "säga nej och när som helst ta tillbaka samtycket, och vad det innebär."
        )
    )

    out += b.heading("Samtycke")
    answers = line.record.signatories if line else ()
    rows = [
        [
            s.role.label,
            s.name,
            s.answer.label,
            format_date(s.signed_on),
            reservation_text(s) if s.answer is Answer.PARTLY else s.reservation or EMPTY,
        ]
        for s in answers
    ]
    if not rows:
        rows = [[SignatoryRole.STUDENT.label, "", "Ja / Nej / Delvis", "", ""]] + [
            [SignatoryRole.GUARDIAN.label, g.name, "Ja / Nej / Delvis", "", ""]
            for g in records.guardians
            if g.has_custody
        ][:2]
    out.append(
        b.table(["Roll", "Namn", "Samtycker", "Datum", "Förbehåll"], rows, [18, 28, 16, 14, 24])
    )
    roles = ["Eleven"] + [f"Vårdnadshavare – {g.name}" for g in records.guardians if g.has_custody][
        :2
    ]
    out.append(b.signatures(roles, heading="Underskrifter"))

    out += b.heading("Mottaget")
    out.append(
        b.fields(
            [
                ("Mottaget av", consent.created_by if consent else context.user),
                ("Datum", format_date(consent.valid_from) if consent else ""),
                ("Kopia till familjen", "□ Ja, lämnad ……………………"),
            ]
        )
    )

    out.append(PageBreak())
    out += withdrawal_slip(inp, b)
    return out


def withdrawal_slip(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    case = inp.case
    consent = case.consents[-1].record.consent if case and case.consents else None
    dated = format_date(consent.valid_from) if consent else "…………………"
    out: list[Flowable] = []
    out += b.title(
        "Återkallelse av samtycke",
        f"Lämnas eller skickas till {inp.context.unit}, socialtjänsten {inp.context.district}.",
    )
    out.append(b.para(f"Jag återkallar mitt samtycke till informationsutbyte daterat {dated}"))
    out.append(Spacer(1, 2 * mm))
    out.append(b.para(f"{UNCHECKED} helt"))
    out.append(b.para(f"{UNCHECKED} delvis – gäller: ……………………………………………………………………"))
    out.append(Spacer(1, 3 * mm))
    out.append(
        b.fields(
            [
                ("Elev", inp.records.student.full_name),
                ("Namn", ""),
                ("Roll", "Elev / vårdnadshavare / god man"),
                ("Datum", ""),
            ]
        )
    )
    out.append(b.signatures(["Underskrift"]))
    out += b.heading("Fylls i av socialtjänsten")
    recorded = consent.withdrawals[-1] if consent and consent.withdrawals else None
    told = (
        ", ".join(f"{n.party.label} {format_date(n.on)}" for n in recorded.notified)
        if recorded
        else ""
    )
    out.append(
        b.fields(
            [
                ("Mottaget av", recorded.received_by if recorded else ""),
                ("Datum", format_date(recorded.on) if recorded else ""),
                ("Parter underrättade", told),
            ]
        )
    )
    return out


def _direction(direction: ConsentDirection) -> str:
    return {
        ConsentDirection.DISCLOSE: "Lämna ut",
        ConsentDirection.OBTAIN: "Hämta in",
        ConsentDirection.BOTH: "Lämna ut och hämta in",
    }[direction]
