"""The caseload projection: one stored row per student, in step with every change.

Layer: services. Building the caseload from every entity costs seconds at
10,000 students; the window needs it in a fraction of that. So each change
rewrites its student's row in the same transaction, holding only facts that
do not depend on today's date — each consent's answer-state and dates, each
due item with the days it is shown — and "expired" or "overdue" is decided
when the row is read. `snapshots` is the full computation; `rebuild` uses it
for the whole vault (after a migration, an import or a sync).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sstdesk.domain import agenda as agenda_rules
from sstdesk.domain import phrase
from sstdesk.domain.codes import (
    ENDED_STAGES,
    ConsentStatus,
    Gender,
    MeetingKind,
    NoteStatus,
    PartyKind,
    Stage,
)
from sstdesk.domain.consent import ConsentRecord, Dates, answers_state, dated_status
from sstdesk.domain.due import CaseSnapshot, DueItem, DueKind, potential_items
from sstdesk.domain.lifecycle import is_open
from sstdesk.domain.model import (
    ActionPlan,
    Case,
    Consent,
    FollowUp,
    Guardian,
    JournalNote,
    Meeting,
    RegisterRequest,
    School,
    Signatory,
    Student,
)
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.protection import Masker
from sstdesk.domain.team import TeamSettings
from sstdesk.services import team as team_settings
from sstdesk.services.views import CaseloadRow, DueRow
from sstdesk.vault.repository import Repository

VERSION = "8"  # bump when what a row holds changes: the next unlock rebuilds


def _fast(cls: type[T], **fields: object) -> T:
    """A frozen dataclass without its __init__ (one object.__setattr__ per field): the
    overview builds tens of thousands of these per unlock. All fields must be given."""
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


T = TypeVar("T")
_FEW = 200
_CONSENT_RANK = {
    ConsentStatus.VALID: 0,
    ConsentStatus.PARTLY_WITHDRAWN: 1,
    ConsentStatus.NOT_YET_VALID: 2,
    ConsentStatus.INCOMPLETE: 3,
    ConsentStatus.DRAFT: 4,
    ConsentStatus.EXPIRED: 5,
    ConsentStatus.WITHDRAWN: 6,
}


@dataclass(frozen=True)
class StoredRow:
    student_id: str
    case_id: str
    name: str
    personnummer: str
    school: str
    school_id: str
    grade: int
    gender: Gender
    stage: Stage
    protected_identity: bool
    consents: tuple[tuple[ConsentStatus, Dates], ...]  # each one's answers and calendar
    due: tuple[DueItem, ...]

    def at(self, today: dt.date) -> CaseloadRow:
        """The row as the caseload shows it on `today`."""
        dated = [
            (dated_status(answers, dates, on=today), dates.valid_until)
            for answers, dates in self.consents
        ]
        best = min(dated, key=lambda s: (_CONSENT_RANK[s[0]], -s[1].toordinal()), default=None)
        # "Nästa datum" is the next date of the work, not a gallring date years ahead.
        shown = [
            item.due_on
            for item in self.due
            if item.shown_on(today) and item.kind not in agenda_rules.RECORD_KINDS
        ]
        return _fast(
            CaseloadRow,
            student_id=self.student_id,
            case_id=self.case_id,
            name=self.name,
            personnummer=self.personnummer,
            school=self.school,
            school_id=self.school_id,
            grade=self.grade,
            gender=self.gender,
            stage=self.stage,
            next_due=min(shown, default=None),
            consent=best[0] if best else None,
            consent_until=best[1] if best else None,
            protected_identity=self.protected_identity,
        )


# -- the full computation -------------------------------------------------------------


def consent_records(
    repo: Repository, case_ids: Sequence[str]
) -> dict[str, tuple[ConsentRecord, ...]]:
    """Each case's consents with their answers, oldest first."""
    # A handful of cases: ask by id; the whole caseload: one scan of each table.
    few = len(case_ids) <= _FEW
    wanted = set(case_ids)
    consents = (
        repo.find_in(Consent, "case_id", list(case_ids))
        if few
        else [c for c in repo.find(Consent) if c.case_id in wanted]
    )
    signatories: dict[str, list[Signatory]] = defaultdict(list)
    for s in (
        repo.find_in(Signatory, "consent_id", [c.id for c in consents])
        if few
        else repo.find(Signatory)
    ):
        signatories[s.consent_id].append(s)
    grouped: dict[str, list[ConsentRecord]] = defaultdict(list)
    for c in sorted(consents, key=lambda c: c.valid_from):
        grouped[c.case_id].append(ConsentRecord(c, tuple(signatories[c.id])))
    result: dict[str, tuple[ConsentRecord, ...]] = defaultdict(tuple)
    result.update({k: tuple(v) for k, v in grouped.items()})
    return result


def snapshots(repo: Repository, student_ids: Sequence[str] | None = None) -> list[CaseSnapshot]:
    """The newest case of every student (or of `student_ids`), with what the rules need."""
    if student_ids is None:
        cases = repo.find(Case, order_by="referral_date")
        students = repo.find(Student)
        all_guardians = repo.find(Guardian)
    else:
        ids = list(dict.fromkeys(student_ids))
        cases = sorted(repo.find_in(Case, "student_id", ids), key=lambda c: c.referral_date)
        students = repo.find_in(Student, "id", ids)
        all_guardians = repo.find_in(Guardian, "student_id", ids)
    latest: dict[str, Case] = {}
    akt_entry: dict[str, dt.date] = {}
    akt_open: set[str] = set()
    for case in cases:
        latest[case.student_id] = case
        if case.last_entry_on and case.last_entry_on > akt_entry.get(case.student_id, dt.date.min):
            akt_entry[case.student_id] = case.last_entry_on
        if is_open(case):
            akt_open.add(case.student_id)
    by_id = {s.id: s for s in students}
    guardians: dict[str, list[Guardian]] = defaultdict(list)
    for g in all_guardians:
        guardians[g.student_id].append(g)
    case_ids = [c.id for c in latest.values()]
    consents = consent_records(repo, case_ids)
    few = student_ids is not None
    plans: dict[str, list[ActionPlan]] = defaultdict(list)
    for p in repo.find_in(ActionPlan, "case_id", case_ids) if few else repo.find(ActionPlan):
        plans[p.case_id].append(p)
    follow_ups: dict[str, list[FollowUp]] = defaultdict(list)
    for f in repo.find_in(FollowUp, "case_id", case_ids) if few else repo.find(FollowUp):
        follow_ups[f.case_id].append(f)
    # Meetings and drafts: the few columns the rules read, never the minutes or the text.
    active = [c.id for c in latest.values() if c.stage not in ENDED_STAGES]
    meetings: dict[str, list[Meeting]] = defaultdict(list)
    for mid, cid, kind, held_on, starts_at in _columns(
        repo, Meeting, ("id", "case_id", "kind", "held_on", "starts_at"), active if few else None
    ):
        meetings[cid].append(
            Meeting(
                case_id=cid,
                kind=MeetingKind(kind),
                held_on=_iso(held_on),
                starts_at=dt.time.fromisoformat(starts_at) if starts_at else None,
                id=mid,
            )
        )
    drafts: dict[str, list[dt.date]] = defaultdict(list)
    # Dated by when it was written, not by the event it is about: a correction written
    # today of a note from September is today's work, not three months late.
    for cid, written_at, status in _columns(
        repo, JournalNote, ("case_id", "written_at", "status"), case_ids if few else None
    ):
        if status == NoteStatus.DRAFT.value:
            drafts[cid].append(dt.datetime.fromisoformat(str(written_at)).astimezone().date())
    requests: dict[str, list[RegisterRequest]] = defaultdict(list)
    for q in (
        repo.find_in(RegisterRequest, "student_id", list(latest))
        if few
        else repo.find(RegisterRequest)
    ):
        requests[q.student_id].append(q)
    return [
        CaseSnapshot(
            case=c,
            student=by_id[c.student_id],
            guardians=tuple(guardians[c.student_id]),
            consents=consents[c.id],
            plans=tuple(plans[c.id]),
            follow_ups=tuple(follow_ups[c.id]),
            register_requests=tuple(requests[c.student_id]),
            akt_last_entry=akt_entry.get(c.student_id),
            akt_open=c.student_id in akt_open,
            meetings=tuple(sorted(meetings[c.id], key=lambda m: m.held_on)),
            drafts=tuple(drafts[c.id]),
        )
        for c in latest.values()
    ]


def _columns(
    repo: Repository, cls: type, fields: Sequence[str], case_ids: Sequence[str] | None
) -> list[tuple[object, ...]]:
    """A few undecoded columns of `cls`: of the given cases, or of every row (a rebuild)."""
    if case_ids is not None:
        return repo.select_in(cls, fields, "case_id", list(case_ids))
    table = {Meeting: "meetings", JournalNote: "journal_notes"}[cls]
    return list(repo.conn.execute(f"SELECT {', '.join(fields)} FROM {table}"))  # noqa: S608


def stored_row(snap: CaseSnapshot, *, school: School | None, team: TeamSettings) -> StoredRow:
    birth = birth_of(snap.student.personnummer)
    # The due texts name parties (a school among them): blanked for a protected student
    # by the one masking rule, so the agenda never shows what the window would hide.
    mask = Masker.of(snap.student, school, snap.guardians)
    consents = tuple(
        (
            answers_state(r, guardians=snap.guardians, birth=birth).status,
            Dates.of(r.consent, r.signatories),
        )
        for r in snap.consents
    )
    student, case = snap.student, snap.case
    return StoredRow(
        student_id=student.id,
        case_id=case.id,
        name=student.full_name,
        personnummer=student.personnummer,
        # never carried past the vault
        school="" if student.protected_identity or school is None else school.name,
        school_id=case.school_id,
        grade=student.grade,
        gender=student.gender,
        stage=case.stage,
        protected_identity=student.protected_identity,
        consents=consents,
        due=tuple(
            replace(item, text=mask(item.text)) if mask else item
            for item in potential_items(snap, team=team)
        ),
    )


# -- storage --------------------------------------------------------------------------


def refresh(repo: Repository, student_ids: Sequence[str] | None = None) -> None:
    """Rewrite the rows of `student_ids` (all students when None) from the entities."""
    team = team_settings.load(repo)
    schools = {s.id: s for s in repo.find(School)}
    if student_ids is None:
        repo.conn.execute("DELETE FROM caseload_rows")
    else:
        repo.conn.executemany(
            "DELETE FROM caseload_rows WHERE student_id = ?", [(i,) for i in student_ids]
        )
    rows = [
        stored_row(s, school=schools.get(s.case.school_id), team=team)
        for s in snapshots(repo, student_ids)
    ]
    repo.conn.executemany(
        "INSERT INTO caseload_rows (student_id, case_id, name, personnummer, school, "
        "school_id, grade, gender, stage, protected_identity, consents, due, due_first) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_encode(row) for row in rows],
    )


def rebuild_if_stale(repo: Repository) -> bool:
    """After a migration (or anything that wrote around the services): rebuild once."""
    if repo.meta("caseload_rows_version") == VERSION:
        return False
    refresh(repo)
    repo.set_meta("caseload_rows_version", VERSION)
    return True


_SELECT = (
    "SELECT student_id, case_id, name, personnummer, school, school_id, grade, gender, "
    "stage, protected_identity, consents, due FROM caseload_rows"
)


def load_due(repo: Repository, limit: dt.date) -> list[StoredRow]:
    """The rows with an item due by `limit`: all the due list can show, read by index."""
    raw = repo.conn.execute(f"{_SELECT} WHERE due_first <= ?", (limit.isoformat(),))  # noqa: S608
    return [_decode(row) for row in raw]


def load_overview(repo: Repository, stages: Collection[Stage], limit: dt.date) -> list[StoredRow]:
    """The rows the window's first page needs: students in `stages`, and any other with an
    item due by `limit` (an archive's closed cases are neither, and are not decoded)."""
    marks = ", ".join("?" for _ in stages)
    raw = repo.conn.execute(
        f"{_SELECT} WHERE stage IN ({marks}) OR due_first <= ?",  # noqa: S608
        (*(s.value for s in stages), limit.isoformat()),
    )
    return [_decode(row) for row in raw]


def load(repo: Repository, student_ids: Sequence[str] | None = None) -> list[StoredRow]:
    sql = _SELECT
    if student_ids is None:
        raw = repo.conn.execute(sql).fetchall()
    elif not student_ids:
        return []
    else:
        marks = ", ".join("?" for _ in student_ids)
        raw = repo.conn.execute(
            f"{sql} WHERE student_id IN ({marks})",  # noqa: S608
            tuple(student_ids),
        ).fetchall()
    return [_decode(row) for row in raw]


def due_rows(rows: Sequence[StoredRow], *, today: dt.date, horizon_days: int) -> list[DueRow]:
    """The due list: everything shown today and due within the horizon, soonest first."""
    limit = today + dt.timedelta(days=horizon_days)
    found = [
        DueRow(item, row.name)
        for row in rows
        for item in row.due
        if item.shown_on(today) and item.due_on <= limit
    ]
    return sorted(found, key=lambda d: (d.item.due_on, d.item.kind.value, d.item.student_id))


def agenda(rows: Sequence[StoredRow], *, today: dt.date) -> tuple[agenda_rules.Entry, ...]:
    """Att göra as an agenda, from the stored rows (nothing more is read)."""
    return agenda_rules.agenda(((item, row.name) for row in rows for item in row.due), today=today)


def _encode(row: StoredRow) -> tuple[object, ...]:
    consents = [
        [
            status.value,
            dates.valid_from.isoformat(),
            dates.valid_until.isoformat(),
            sorted(p.value for p in dates.parties),
            [[day.isoformat(), sorted(p.value for p in gone)] for day, gone in dates.withdrawals],
        ]
        for status, dates in row.consents
    ]
    due = [
        [
            i.kind.value,
            i.due_on.isoformat(),
            phrase.to_data(i.text),
            i.shown_from.isoformat() if i.shown_from else None,
            i.shown_until.isoformat() if i.shown_until else None,
        ]
        for i in row.due
    ]
    return (
        row.student_id,
        row.case_id,
        row.name,
        row.personnummer,
        row.school,
        row.school_id,
        row.grade,
        row.gender.value,
        row.stage.value,
        int(row.protected_identity),
        json.dumps(consents),
        json.dumps(due, ensure_ascii=False),
        min((i.due_on for i in row.due), default=NEVER).isoformat(),
    )


NEVER = dt.date.max  # the due_first of a row with nothing due


_GENDER = Gender._value2member_map_
_STAGE = Stage._value2member_map_
_STATUS = ConsentStatus._value2member_map_
_KIND = DueKind._value2member_map_
_PARTY = PartyKind._value2member_map_
_iso = dt.date.fromisoformat


def _decode(raw: Sequence[object]) -> StoredRow:
    """A stored row back into values; on the unlock path, so lookups are direct."""
    (
        student_id,
        case_id,
        name,
        pnr,
        school,
        school_id,
        grade,
        gender,
        stage,
        protected,
        consents,
        due,
    ) = raw
    sid, cid = str(student_id), str(case_id)
    consent_list, due_list = json.loads(f"[{consents},{due}]")  # one parse for both
    return _fast(
        StoredRow,
        student_id=sid,
        case_id=cid,
        name=str(name),
        personnummer=str(pnr),
        school=str(school),
        school_id=str(school_id),
        grade=int(grade),  # type: ignore[call-overload]
        gender=_GENDER[gender],
        stage=_STAGE[stage],
        protected_identity=bool(protected),
        consents=tuple(
            (
                _STATUS[s],
                Dates(
                    _iso(a),
                    _iso(b),
                    frozenset(_PARTY[p] for p in parties),
                    tuple((_iso(d), frozenset(_PARTY[p] for p in gone)) for d, gone in withdrawals),
                ),
            )
            for s, a, b, parties, withdrawals in consent_list
        ),
        due=tuple(
            _fast(
                DueItem,
                kind=_KIND[k],
                due_on=_iso(d),
                student_id=sid,
                case_id=cid,
                text=phrase.from_data(t),
                shown_from=_iso(f) if f else None,
                shown_until=_iso(u) if u else None,
            )
            for k, d, t, f, u in due_list
        ),
    )
