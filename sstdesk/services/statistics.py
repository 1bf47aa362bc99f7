"""The team's statistics from the vault: gather the facts, compute, export. Layer: services.

Only codes, dates and numbers are read into `CaseFacts`; the reports are
aggregates, audited as a view or an export without any student id. Exports
(CSV, PDF) are always suppressed; the screen shows the numbers as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from sstdesk.documents.data import Letterhead
from sstdesk.domain import disclosure
from sstdesk.domain.codes import PlanStatus
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import (
    ActionPlan,
    Case,
    Intervention,
    School,
    StatisticsExport,
    Student,
    new_id,
)
from sstdesk.domain.phrase import Phrase
from sstdesk.services.caseload import CaseloadService
from sstdesk.stats.cube import Cube, Key
from sstdesk.stats.export import to_csv
from sstdesk.stats.facts import CaseFacts, GenderGroup, InterventionFact, Period
from sstdesk.stats.indicators import INTERVENTIONS, Report, cubes, report
from sstdesk.stats.marks import Mark
from sstdesk.stats.suppress import (
    SCOPED_OUT,
    Pattern,
    exported,
    pattern,
    rule_of,
    shown_counts,
    shown_measures,
)
from sstdesk.stats.tables import GROUPS, header
from sstdesk.vault import audit

_DATES = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–)\s*(\d{4}-\d{2}-\d{2})")


class PeriodOverlaps(DomainError):
    """A period that, beside one exported before, would let small counts be subtracted out."""


@dataclass(frozen=True)
class Selection:
    period: Period
    school_id: str | None = None
    grade: int | None = None


class StatisticsService:
    def __init__(self, caseload: CaseloadService, letterhead: Letterhead | None = None) -> None:
        self.caseload = caseload
        self.vault = caseload.vault
        self.letterhead = letterhead or Letterhead()

    def schools(self) -> dict[str, str]:
        return {s.id: s.name for s in self.vault.repo.find(School, order_by="name")}

    def report(
        self, selection: Selection, gathered: tuple[list[CaseFacts], dict[str, str]] | None = None
    ) -> Report:
        facts, names = gathered or self.facts()
        found = report(
            facts,
            selection.period,
            school_names=names,
            school_id=selection.school_id,
            grade=selection.grade,
        )
        self.vault.audit("stats.view", reason=selection.period.label)
        return found

    def export_csv(self, selection: Selection) -> bytes:
        found = self._exportable(selection)
        marks = self._pattern(found)
        data = to_csv(found, marks)
        self._exported(found, marks, "CSV")
        return data

    def export_pdf(self, selection: Selection) -> bytes:
        found = self._exportable(selection)
        marks = self._pattern(found)
        data = report_pdf(
            found,
            letterhead=self.letterhead,
            district=self.letterhead.district or self.vault.repo.meta("district"),
            user=self.caseload.user,
            now=self.vault.clock(),
            marks=marks,
        )
        self._exported(found, marks, "PDF")
        return data

    def _pattern(self, found: Report) -> Pattern:
        """The year's pattern, keeping hidden what an earlier export of the year hid: the
        data may have grown since, and a cell shown now beside one hidden then could pin
        what that file hid."""
        period = found.period
        whole = Period.school_year(_school_year(period)) if period.standard() else period
        now = figures_of(found.cubes, whole)
        return pattern(found, self.kept(period), self.shown_terms(period, now))

    def kept(self, period: Period) -> dict[str, dict[Key, Mark]]:
        """The cells hidden in the team's exports of the period's school year so far, on
        any laptop (each export is a synced record), with the mark each was shown with
        ("<5" wins: a cell once printed as 1–4 is known to be 1–4)."""
        year = _school_year(period)
        kept: dict[str, dict[Key, Mark]] = {}
        texts = [e.hidden for e in self.vault.repo.find(StatisticsExport, school_year=year)]
        # Kept in this laptop's meta before exports were synced records.
        legacy = self.vault.repo.meta(f"stats_hidden_{period.group()[0].start.isoformat()}")
        for text in [*texts, *([legacy] if legacy else [])]:
            for name, rows in json.loads(text).items():
                held = kept.setdefault(name, {})
                for row in rows:
                    # [*key, mark] since marks are kept; a bare key before (shown as "..")
                    marked = bool(row) and row[-1] in _MARKS
                    key, mark = (tuple(row[:-1]), Mark(row[-1])) if marked else (tuple(row), None)
                    if mark is Mark.PRIMARY or key not in held:
                        held[key] = mark or Mark.SECONDARY
        return kept

    def shown_terms(self, period: Period, now: dict[str, str]) -> frozenset[str]:
        """The terms (first days) of the period's school year that exports have published
        so far, on any laptop, with the figures they have `now`: their cells are known to
        whoever holds those files. (A term whose figures have changed since is not: its
        exports are refused, and the old file gives its old figures.)"""
        terms: set[str] = set()
        for record in self.vault.repo.find(StatisticsExport, school_year=_school_year(period)):
            covered = json.loads(record.figures or "{}")
            if covered:
                terms |= {t for t, digest in covered.items() if now.get(t) == digest}
            else:  # before digests were kept: known all the same
                whole = Period(record.period_start, record.period_end, "")
                terms |= {t.start.isoformat() for t in covered_terms(whole)}
        return frozenset(terms)

    def keep(
        self,
        period: Period,
        marks: dict[str, dict[Key, Mark]],
        kind: str,
        figures: dict[str, str] | None = None,
    ) -> None:
        """Record what an export of the period's school year hid, and the digest of each
        term's figures it covered (inside a transaction)."""
        self.vault.repo.put(
            StatisticsExport(
                school_year=_school_year(period),
                kind=kind,
                period_start=period.start,
                period_end=period.end,
                exported_on=self.caseload.today(),
                exported_by=self.caseload.user,
                hidden=json.dumps(
                    {n: [[*k, m[k].value] for k in sorted(m)] for n, m in marks.items()},
                    ensure_ascii=False,
                ),
                figures=json.dumps(figures or {}, sort_keys=True),
            )
        )

    def _exported(self, found: Report, marks: Pattern, kind: str) -> None:
        with self.vault.transaction():
            self.keep(found.period, marks.marks, kind, figures_of(found.cubes, found.period))
            self.vault.audit_in("stats.export", reason=export_reason(kind, found.period))

    def exported_periods(self) -> list[tuple[Period, str]]:
        """Every period this team has exported statistics for, on any laptop, with the day."""
        found = []
        for at, reason in audit.reasons(self.vault.conn, "stats.export"):
            period = _period_in(reason)
            if period is not None:
                found.append((period, at[:10]))
        return found

    def _exportable(self, selection: Selection) -> Report:
        """The report, unless beside an earlier export its period could be differenced."""
        gathered = self.facts()  # read once, for the check and the report
        self.check_export(selection.period, gathered[0])
        return self.report(selection, gathered)

    def check_export(self, period: Period, facts: list[CaseFacts] | None = None) -> None:
        """PeriodOverlaps if beside an earlier export (a file, or the counts sent to the
        city) this period's figures could be subtracted out: a period that overlaps one
        exported without being the same, or a term exported before with other figures."""
        for earlier, day in self.exported_periods():
            if _compatible(period, earlier):
                continue
            raise PeriodOverlaps(
                Phrase(
                    "Perioden {period} överlappar {earlier}, som exporterades {day}, utan att "
                    "vara samma period. Två sådana exporter kan dras ifrån varandra, och då "
                    "syns små tal. Exportera samma period som då, eller en period som inte "
                    "överlappar den.",
                    period=period.label,
                    earlier=earlier.label,
                    day=day,
                )
            )
        if facts is None:
            facts = self.facts()[0]
        now = figures_of(cubes(facts, period), period)
        for record in self.vault.repo.find(StatisticsExport, school_year=_school_year(period)):
            then = json.loads(record.figures or "{}")
            changed = sorted(t for t in now.keys() & then.keys() if now[t] != then[t])
            if changed:
                raise PeriodOverlaps(
                    Phrase(
                        "Siffrorna för {term} har ändrats sedan statistiken exporterades "
                        "{day}. En ny fil bredvid den förra skulle visa vilka elever ändringen "
                        "gäller, så den görs inte. Filen från {day} gäller. (Exportera en "
                        "period först när den är slut och allt är registrerat.)",
                        term=_term_label(changed[0], period),
                        day=record.exported_on,
                    )
                )

    def facts(self) -> tuple[list[CaseFacts], dict[str, str]]:
        repo = self.vault.repo
        genders = {s.id: s.gender for s in repo.find(Student)}
        plans: dict[str, dt.date] = {}
        plan_case: dict[str, str] = {}
        for plan in repo.find(ActionPlan):
            plan_case[plan.id] = plan.case_id
            if plan.established_on is not None and plan.status is not PlanStatus.DRAFT:
                held = plans.get(plan.case_id)
                plans[plan.case_id] = (
                    min(held, plan.established_on) if held else plan.established_on
                )
        interventions: dict[str, list[InterventionFact]] = {}
        for i in repo.find(Intervention):
            case_id = plan_case.get(i.plan_id)
            if case_id:
                interventions.setdefault(case_id, []).append(InterventionFact(i.kind, i.start_on))
        facts = [
            CaseFacts(
                gender=GenderGroup.of(genders[c.student_id]),
                school_id=c.school_id,
                grade=c.grade_at_start,
                referral_date=c.referral_date,
                enrolled_on=c.enrolled_on,
                closed_on=c.closed_on,
                booster_held_on=c.booster_held_on,
                baseline_absence_pct=c.baseline_absence_pct,
                closure_absence_pct=c.closure_absence_pct,
                upper_secondary_eligible=c.upper_secondary_eligible,
                plan_established_on=plans.get(c.id),
                interventions=tuple(interventions.get(c.id, ())),
            )
            for c in repo.find(Case)
            if c.student_id in genders
        ]
        return facts, self.schools()


def export_caution(period: Period, today: dt.date) -> Phrase:
    """What a person should know before exporting the period: what the export will rule
    out later in the school year (`check_export` refuses it then)."""
    if period.standard() is None:
        year = Period.school_year(_school_year(period))
        return Phrase(
            "En egen period kan inte exporteras bredvid terminer och läsår som den "
            "överlappar. Efter den här exporten kan {year} och dess terminer inte exporteras "
            "eller skickas till staden om de överlappar perioden.",
            year=year.label,
        )
    if period.end >= today:
        return Phrase(
            "{period} pågår till {end}. Exporterar du nu, kan perioden inte exporteras igen "
            "om siffrorna ändras sedan: två filer med olika siffror kunde visa vilket barn "
            "ändringen gäller.",
            period=period.label,
            end=period.end,
        )
    return Phrase(
        "Ändras siffrorna för {period} efter exporten, av en sen registrering eller en "
        "rättelse, kan perioden och läsåret den ingår i inte exporteras igen: två filer "
        "med olika siffror kunde visa vilket barn ändringen gäller.",
        period=period.label,
    )


_MARKS = frozenset(m.value for m in Mark)


def covered_terms(period: Period) -> list[Period]:
    """The terms (or the custom period itself) whose every day the period holds."""
    return [t for t in period.group() if period.start <= t.start and t.end <= period.end]


def figures_of(found: tuple[Cube, ...], period: Period) -> dict[str, str]:
    """A digest of the figures of each term the period covers (its first day → digest):
    the same figures give the same digest, on any laptop of the team."""
    digests = {}
    for term in covered_terms(period):
        slot = term.start.isoformat()
        cells = sorted(
            (cube.name, key, n)
            for cube in found
            for key, n in cube.counts.items()
            if key[INTERVENTION_TERM if cube.name == INTERVENTIONS else 0] == slot
        )
        digests[slot] = hashlib.sha256(json.dumps(cells).encode()).hexdigest()[:32]
    return digests


INTERVENTION_TERM = 1  # where the term is in an insats cube's key (kind, term, kön)


def _term_label(slot: str, period: Period) -> str:
    """The name of the term (or period) whose first day is `slot`."""
    return next((t.label for t in period.group() if t.start.isoformat() == slot), slot)


def export_reason(kind: str, period: Period) -> str:
    """An export's audit reason: what and which dates (`_period_in` reads it back)."""
    return f"{kind} {period.label} {period.start.isoformat()}..{period.end.isoformat()}"


def _school_year(period: Period) -> int:
    """The school year a period falls in, by its first calendar year (2026 for 2026/27)."""
    start = period.group()[0].start
    return start.year if start.month >= 7 else start.year - 1


def _compatible(period: Period, earlier: Period) -> bool:
    """Disjoint, the same dates, or both terms or school years (protected together)."""
    if period.end < earlier.start or earlier.end < period.start:
        return True
    if (period.start, period.end) == (earlier.start, earlier.end):
        return True
    return period.standard() is not None and earlier.standard() is not None


def _period_in(reason: str) -> Period | None:
    """The period an export's audit reason names ("CSV HT 2026 2026-07-01..2026-12-31")."""
    dates = _DATES.search(reason)
    if dates is not None:
        start, end = (dt.date.fromisoformat(d) for d in dates.groups())
        found = Period(start, end, f"{start.isoformat()} – {end.isoformat()}")
        return found.standard() or found
    label = reason.partition(" ")[2].removeprefix("Läsåret ")
    try:
        return Period.parse(label)
    except ValueError:
        return None


def report_pdf(
    found: Report,
    *,
    letterhead: Letterhead,
    district: str,
    user: str,
    now: dt.datetime,
    marks: Pattern | None = None,
) -> bytes:
    """A report as a suppressed PDF: the team's, or the city's."""
    from sstdesk.documents.statistics import (  # reportlab: when a PDF is made
        ReportTable,
        StatisticsInput,
        render_statistics,
    )

    marks = marks or pattern(found)
    tables = [
        ReportTable(
            t.title,
            ["", *header()],
            [[label, *row] for label, row in zip(t.labels(), shown_counts(t, marks), strict=True)],
        )
        if exported(t)
        else ReportTable(t.title, [], [[SCOPED_OUT]])
        for t in found.count_tables()
    ]
    measures = found.measures
    if measures.rows:
        tables.append(
            ReportTable(
                measures.title,
                ["Mått", *header()],
                [
                    [label, *row]
                    for label, row in zip(
                        measures.rows, shown_measures(measures, marks), strict=True
                    )
                ],
            )
        )
    return render_statistics(
        StatisticsInput(
            title=found.title,
            subtitle=f"{found.period.label} · {found.scope}",
            district=district,
            logo=letterhead.logo,
            user=user,
            printed_at=now,
            document_id=disclosure.document_number("STA", new_id(), now.date()),
            rule=rule_of(found),
            chart_title="Elever under perioden, per kön",
            chart_labels=list(found.flows.rows),
            chart_series=[g.label for g in GROUPS],
            chart_cells=[
                [row[i] for row in shown_counts(found.flows, marks)] for i in range(len(GROUPS))
            ],
            tables=tables,
        )
    )
