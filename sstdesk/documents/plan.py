"""Individuell handlingsplan – skolsocialt team (domain.md 8.4, items 1–13).

The school's representative signs the plan, so the consent must let the school
have the plan; the mapping summary and the attendance baseline are printed
only when the consent covers them too."""

from __future__ import annotations

from reportlab.platypus import Flowable

from sstdesk.documents import common
from sstdesk.documents.blocks import Blocks
from sstdesk.documents.data import DocumentInput
from sstdesk.domain.codes import DataCategory, FactorArea, FactorKind, PlanStatus
from sstdesk.domain.disclosure import factor_may_go
from sstdesk.domain.errors import DomainError
from sstdesk.domain.formatting import format_date, format_pct
from sstdesk.domain.phrase import Phrase


def build(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    records, case, context = inp.records, inp.case, inp.context
    plan = case.current_plan if case else None
    if case is None or plan is None:
        raise DomainError(Phrase("Eleven har ingen handlingsplan i ärendet. Påbörja planen först."))
    student, c = records.student, case.case
    out: list[Flowable] = []

    # 1
    draft = plan.status is PlanStatus.DRAFT
    out += b.title(
        "Individuell handlingsplan – skolsocialt team",
        f"Version {plan.version} · status: {plan.status.label.lower()}",
    )
    out.append(
        b.fields(
            [
                ("Upprättad", format_date(plan.established_on) if not draft else ""),
                ("Reviderad", format_date(plan.revised_on)),
            ],
            columns=2,
        )
    )

    # 2
    out += b.heading("Eleven och de som arbetar med planen")
    out.append(
        b.fields(
            [
                ("Namn", student.full_name),
                ("Personnummer", common.personnummer(records)),
                ("Skola", common.school_name(records)),
                ("Årskurs", f"{student.grade}"),
                ("Skolsocionom", c.responsible_user),
                ("Skolans kontaktperson", c.school_contact),
            ],
            columns=2,
        )
    )
    out.append(b.subheading("Vårdnadshavare"))
    out.append(common.guardian_rows(b, records.guardians, protected=student.protected_identity))

    # 3
    out += b.heading("Samtycke")
    out += b.consent_reference(
        [x for cid in inp.clearance.consent_ids if (x := case.consent(cid))],
        protected=student.protected_identity,
        lead="Planen delas med skolan med stöd av följande samtycke.",
    )

    # 4
    out += b.heading("Bakgrund och utgångsläge")
    out.append(b.para(c.referral_reason))
    if inp.clearance.allows(DataCategory.ATTENDANCE):
        first = min(case.attendance, key=lambda p: p.period_start) if case.attendance else None
        out.append(
            b.fields(
                [
                    (
                        "Utgångsläge närvaro",
                        f"{format_date(first.period_start)} – {format_date(first.period_end)}: "
                        f"frånvaro {format_pct(first.total_absence_pct)} "
                        f"(källa: {common.source_of(first)})"
                        if first
                        else f"Frånvaro {format_pct(c.baseline_absence_pct)} vid aktualiseringen",
                    )
                ]
            )
        )
    else:
        out.append(b.notice("Närvaro skrivs inte ut: samtycket omfattar inte närvaro."))

    # 5
    out += b.heading("Sammanfattning av kartläggningen")
    if inp.clearance.allows(DataCategory.MAPPING):
        mapping_ids = {m.id for m in case.mappings}
        factors = [f for f in case.factors if f.mapping_id in mapping_ids]
        rows = [
            [
                _AREAS[f.area],
                f.description,
                "Skyddsfaktor" if f.kind is FactorKind.PROTECTIVE else "Riskfaktor",
            ]
            for f in sorted(factors, key=lambda f: list(FactorArea).index(f.area))
            if f.shareable_with_school and factor_may_go(f.area, inp.clearance)
        ]
        out.append(b.table(["Område", "Faktor", "Slag"], rows, [22, 60, 18]))
    else:
        out.append(b.notice("Utelämnat: samtycket omfattar inte kartläggningens resultat."))

    # 6
    out += b.heading("Mål")
    out.append(
        b.fields(
            [
                ("Elevens egna mål", plan.student_goals),
                ("Vårdnadshavarnas mål", plan.guardian_goals),
            ]
        )
    )
    # 7
    goals = [g for g in case.goals if g.plan_id == plan.id]
    out.append(
        b.table(
            ["Nr", "Mål", "Hur vi vet att vi nått det", "Utgångsvärde", "Till när"],
            [
                [
                    str(g.number),
                    g.wording,
                    f"{g.indicator}\nMålvärde: {g.target}",
                    g.baseline,
                    format_date(g.due_on),
                ]
                for g in goals
            ],
            [5, 33, 30, 16, 14],
            empty="Inga mål är formulerade ännu.",
        )
    )
    # 8
    out += b.heading("Insatser")
    interventions = sorted(
        (i for i in case.interventions if i.plan_id == plan.id), key=lambda i: i.start_on
    )
    out.append(
        b.table(
            ["Insats", "Mål nr", "Vem gör", "Hur ofta", "Start–slut"],
            [
                [
                    i.kind.label + (f": {i.description}" if i.description else ""),
                    ", ".join(str(n) for n in i.goal_numbers),
                    i.performer.label,
                    i.frequency,
                    f"{format_date(i.start_on)} – {format_date(i.end_on)}",
                ]
                for i in interventions
            ],
            [34, 8, 16, 18, 24],
            empty="Inga insatser är planerade ännu.",
        )
    )
    # 9
    out += b.heading("Åtaganden")
    out.append(
        b.fields(
            [
                ("Skolans åtaganden", plan.school_commitments),
                ("Elevens och vårdnadshavarnas åtaganden", plan.family_commitments),
            ]
        )
    )
    # 10
    out += b.heading("Samverkan")
    sip = case.current_sip
    sip_text = (
        f"Finns (upprättad {format_date(sip.established_on)})"
        if sip and sip.established_on
        else ("Ja" if plan.sip_needed else "Nej")
    )
    out.append(b.fields([("SIP behövs", sip_text)]))
    # 11
    out += b.heading("Uppföljning och avslut")
    out.append(
        b.fields(
            [
                ("Nästa uppföljning", format_date(plan.follow_up_on)),
                ("Hur", "Uppföljningsmöte med eleven, vårdnadshavarna och skolan"),
                ("Vem kallar", c.responsible_user),
                ("Boosterträff planerad", format_date(c.booster_planned_on)),
            ],
            columns=2,
        )
    )
    # 12
    out += b.heading("Delaktighet")
    out.append(b.para(plan.participation))
    # 13
    roles = ["Eleven"]
    roles += [f"Vårdnadshavare – {g.name}" for g in records.guardians if g.has_custody][:2]
    roles += [f"Skolsocionom – {context.unit}", "Skolans representant"]
    out.append(
        b.signatures(
            roles, heading="Underskrifter", intro="Planen följs upp och kan ändras i samråd."
        )
    )
    return out


_AREAS = {
    FactorArea.SCHOOL: "Skolrelaterat",
    FactorArea.INDIVIDUAL: "Individrelaterat",
    FactorArea.FAMILY: "Familjerelaterat",
    FactorArea.OTHER: "Ytterligare faktorer",
}
