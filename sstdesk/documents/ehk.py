"""Underlag till elevhälsokonferens: the fields 1–12 of domain.md 3.4.

It goes to the school, so it carries only what the consent lets the school
have: attendance always (without it there is nothing to print), the mapping
and the team's insatser only when the consent covers them, and of the mapping
only the factors marked as shareable with the school.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from sstdesk.documents import common, style
from sstdesk.documents.blocks import Blocks
from sstdesk.documents.chart import absence_chart
from sstdesk.documents.data import DocumentInput
from sstdesk.domain.codes import DataCategory, FactorArea, FactorKind, MeetingKind
from sstdesk.domain.disclosure import FACTOR_CATEGORY, SENSITIVE_MAPPING, factor_may_go
from sstdesk.domain.errors import DomainError
from sstdesk.domain.formatting import format_date, format_pct
from sstdesk.domain.model import AttendancePeriod
from sstdesk.domain.phrase import Phrase
from sstdesk.domain.team import TeamSettings


def build(inp: DocumentInput, b: Blocks) -> list[Flowable]:
    records, case, context = inp.records, inp.case, inp.context
    if case is None:
        raise DomainError(Phrase("Eleven har inget ärende hos teamet."))
    today = context.printed_at.date()
    protected = records.student.protected_identity
    consents = [c for cid in inp.clearance.consent_ids if (c := case.consent(cid))]
    consent_dates = ", ".join(format_date(c.record.consent.valid_from) for c in consents)
    meeting = next(
        (m for m in reversed(case.meetings) if m.kind is MeetingKind.EHK and m.held_on >= today),
        None,
    )
    out: list[Flowable] = []

    # 1 header
    out += b.title(
        "Underlag inför elevhälsokonferens",
        f"Från skolsocialt team, socialtjänsten {context.district}",
    )
    out.append(
        b.fields(
            [
                ("Datum för mötet", format_date(meeting.held_on) if meeting else ""),
                ("Skola", common.school_name(records)),
            ],
            columns=2,
        )
    )
    out.append(Spacer(1, 2 * mm))
    out.append(
        b.box(
            [
                b.para(
                    "Handlingen innehåller uppgifter som omfattas av sekretess enligt 26 kap. "
                    f"1 § OSL och lämnas ut med stöd av samtycke daterat {consent_dates}."
                )
            ],
            color=style.SECRECY,
        )
    )

    # 2 student
    out += b.heading("Eleven")
    student = records.student
    out.append(
        b.fields(
            [
                ("Namn", student.full_name),
                (
                    "Årskurs",
                    f"{student.grade}" + (f" ({student.class_name})" if student.class_name else ""),
                ),
                ("Mentor / kontakt på skolan", case.case.school_contact),
                ("Vårdnadshavare", ", ".join(g.name for g in records.guardians if g.has_custody)),
            ],
            columns=2,
        )
    )

    # 3 consent
    out += b.heading("Samtycke")
    out += b.consent_reference(
        consents,
        protected=protected,
        lead="Underlaget innehåller bara uppgifter som samtycket omfattar.",
    )
    for category in inp.clearance.omitted:
        out.append(b.notice(f"Utelämnat: samtycket omfattar inte ”{category.label.lower()}”."))

    # 4 background
    c = case.case
    out += b.heading("Uppdrag och bakgrund")
    out.append(
        b.fields(
            [
                ("Aktualiserad", format_date(c.referral_date)),
                ("Aktualiserad av", c.referred_by.label),
                ("Anledning", c.referral_reason),
                ("Inskriven", format_date(c.enrolled_on)),
            ],
            columns=2,
        )
    )

    # 5 attendance
    out += b.heading("Närvaro")
    periods = sorted(case.attendance, key=lambda p: p.period_start)
    baseline = periods[0] if periods else None
    latest = periods[-1] if periods else None
    out.append(
        b.fields(
            [
                (
                    "Utgångsläge",
                    _period_text(baseline) if baseline else format_pct(c.baseline_absence_pct),
                ),
                ("Senaste period", _period_text(latest) if latest else ""),
                ("Mot teamets gränser", _level(inp.team, latest)),
            ]
        )
    )
    if periods:
        out.append(Spacer(1, 2 * mm))
        out.append(absence_chart(periods[-8:], width=style.CONTENT_WIDTH, team=inp.team))
        out.append(common.attendance_table(b, periods[-8:]))
        sources = sorted({common.source_of(p) for p in periods})
        out.append(b.notice(f"Datakälla: {', '.join(sources)}."))

    # 6 school's measures
    mapping = case.mappings[-1] if case.mappings else None
    out += b.heading("Skolans pågående åtgärder som teamet känner till")
    if inp.clearance.allows(DataCategory.MAPPING):
        out.append(
            b.para(
                f"Enligt skolan: {mapping.school_view}" if mapping and mapping.school_view else ""
            )
        )
    else:
        out.append(_omitted(b, DataCategory.MAPPING))

    # 7-8 mapping
    out += b.heading("Sammanfattning av kartläggningen")
    if inp.clearance.allows(DataCategory.MAPPING):
        mapping_ids = {m.id for m in case.mappings}
        shareable = [
            f
            for f in case.factors
            if f.mapping_id in mapping_ids
            and f.shareable_with_school
            and factor_may_go(f.area, inp.clearance)
        ]
        for area in FactorArea:
            items = [f for f in shareable if f.area is area]
            if not items:
                continue
            out.append(b.subheading(_AREA_TITLES[area]))
            for f in items:
                mark = "Skyddsfaktor" if f.kind is FactorKind.PROTECTIVE else "Riskfaktor"
                out.append(b.para(f"• {f.description} ({mark.lower()})"))
        if not shareable:
            out.append(b.notice("Inga uppgifter från kartläggningen är markerade som delbara."))
        out += b.heading("Elevens och vårdnadshavarnas röst")
        out.append(b.subheading("Eleven"))
        out.append(b.para(mapping.student_story if mapping else ""))
        out.append(b.subheading("Vårdnadshavarna"))
        if inp.clearance.allows(DataCategory.FAMILY_SITUATION):
            out.append(b.para(mapping.guardian_story if mapping else ""))
        else:
            out.append(_omitted(b, DataCategory.FAMILY_SITUATION))
        held_back = {
            FACTOR_CATEGORY[f.area]
            for f in case.factors
            if f.mapping_id in mapping_ids
            and f.shareable_with_school
            and not factor_may_go(f.area, inp.clearance)
        }
        left_out = [c for c in SENSITIVE_MAPPING if c in held_back]
        if left_out:
            out.append(
                b.notice(
                    "Faktorer som rör "
                    + " och ".join(c.label.lower() for c in left_out)
                    + " skrivs inte ut: samtycket omfattar inte dem."
                )
            )
    else:
        out.append(_omitted(b, DataCategory.MAPPING))

    # 9 interventions
    out += b.heading("Teamets insatser hittills")
    if inp.clearance.allows(DataCategory.PLAN):
        out.append(
            b.table(
                ["Insats", "Hur ofta", "Sedan", "Status"],
                [
                    [
                        i.kind.label + (f": {i.description}" if i.description else ""),
                        i.frequency,
                        format_date(i.start_on),
                        i.status.label,
                    ]
                    for i in sorted(case.interventions, key=lambda i: i.start_on)
                ],
                [46, 22, 16, 16],
                empty="Teamet har ännu inte påbörjat några insatser.",
            )
        )
    else:
        out.append(_omitted(b, DataCategory.PLAN))

    # 10-11 questions and next steps
    out += b.heading("Frågeställningar till konferensen och förslag")
    if meeting and meeting.agenda:
        out.append(b.para(meeting.agenda))
    else:
        out.append(b.notice("Fylls i före mötet."))
        out += [b.para("." * 160) for _ in range(3)]
    plan = case.current_plan
    upcoming = [f.due_on for f in case.follow_ups if f.held_on is None]
    out.append(
        b.fields(
            [
                (
                    "SIP behövs",
                    "Finns" if c.sip_active else ("Ja" if plan and plan.sip_needed else "Nej"),
                ),
                ("Nästa uppföljning", format_date(min(upcoming)) if upcoming else ""),
            ],
            columns=2,
        )
    )

    # 12 prepared by
    out.append(Spacer(1, 5 * mm))
    out.append(
        b.para(f"Upprättad av {context.user}, skolsocionom, {context.unit} {context.district}.")
    )

    # appended page for the meeting's notes (3.5)
    out.append(PageBreak())
    out += b.title("Anteckningar från mötet", "Fylls i under elevhälsokonferensen.")
    out.append(
        b.table(
            ["Åtgärd", "Ansvarig", "Klart till", "Uppföljning"],
            [["\n\n", "", "", ""] for _ in range(8)],
            [46, 22, 14, 18],
        )
    )
    return out


def _period_text(period: AttendancePeriod) -> str:
    return (
        f"{format_date(period.period_start)} – {format_date(period.period_end)}: "
        f"{format_pct(period.total_absence_pct)} total, "
        f"{format_pct(period.valid_absence_pct)} giltig, "
        f"{format_pct(period.invalid_absence_pct)} ogiltig"
    )


def _omitted(b: Blocks, category: DataCategory) -> Flowable:
    return b.notice(f"Utelämnat: samtycket omfattar inte ”{category.label.lower()}”.")


_AREA_TITLES = {
    FactorArea.SCHOOL: "Skolrelaterade faktorer",
    FactorArea.INDIVIDUAL: "Individrelaterade faktorer",
    FactorArea.FAMILY: "Familjerelaterade faktorer",
    FactorArea.OTHER: "Ytterligare faktorer",
}


def _level(team: TeamSettings, latest: AttendancePeriod | None) -> str:
    """Where the latest absence stands: the kartläggning threshold and the åtgärdstrappa step."""
    if latest is None:
        return ""
    step = team.step_for(latest.total_absence_pct)
    parts = [team.absence_level(latest.total_absence_pct), step.label if step else ""]
    return ". ".join(p for p in parts if p) or "Under teamets gränser"
