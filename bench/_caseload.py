"""Synthetic caseloads of any size for the benchmarks (bulk-written, one transaction)."""

from __future__ import annotations

import datetime as dt
import random

from sstdesk.domain.codes import (
    Answer,
    ContactType,
    DataCategory,
    Gender,
    NoteStatus,
    PartyKind,
    ReferredBy,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.model import (
    Case,
    Consent,
    Guardian,
    JournalNote,
    Party,
    School,
    Signatory,
    Student,
)
from sstdesk.domain.personnummer import luhn_check_digit
from sstdesk.services.demo import BOYS, GIRLS, SURNAMES
from sstdesk.vault import audit
from sstdesk.vault.connection import Connection, transaction
from sstdesk.vault.repository import Repository

TODAY = dt.date(2026, 11, 23)
WORDS = (
    "samtal",
    "morgonrutiner",
    "frånvaro",
    "mentor",
    "idrott",
    "oro",
    "schema",
    "vårdnadshavare",
    "kurator",
    "rast",
    "matematik",
    "fotboll",
    "sömn",
    "buss",
)
OPEN = [
    Stage.REFERRED,
    Stage.CONSENT,
    Stage.MAPPING,
    Stage.PLANNING,
    Stage.INTERVENTION,
    Stage.FOLLOW_UP,
]


def fill(
    conn: Connection, students: int, *, seed: int = 7, notes_per_student: int = 3
) -> list[str]:
    """Write `students` students with case, two guardians, a consent and notes; returns ids."""
    rng = random.Random(seed)
    repo = Repository(conn)
    ids = []
    used = {row[0] for row in conn.execute("SELECT personnummer FROM students")}
    with transaction(conn):
        schools = [
            School(name=f"{n}skolan")
            for n in ("Solängs", "Ekbacke", "Lärkparks", "Björkvalls", "Tallmo", "Åsby")
        ]
        for school in schools:
            repo.put(school)
        for i in range(students):
            while True:
                birth = dt.date(2011, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
                serial = f"{rng.randrange(1000):03d}"
                nine = birth.strftime("%y%m%d") + serial
                pnr = f"{birth:%Y%m%d}-{serial}{luhn_check_digit(nine)}"
                if pnr not in used:
                    used.add(pnr)
                    break
            girl = i % 2 == 0
            student = Student(
                personnummer=pnr,
                first_name=rng.choice(GIRLS if girl else BOYS),
                last_name=rng.choice(SURNAMES),
                gender=Gender.GIRL if girl else Gender.BOY,
                school_id=schools[i % len(schools)].id,
                grade=4 + i % 6,
            )
            case = Case(
                student_id=student.id,
                school_id=student.school_id,
                grade_at_start=student.grade,
                responsible_user="bench",
                referral_date=TODAY - dt.timedelta(days=rng.randrange(400)),
                referred_by=ReferredBy.SCHOOL,
                referral_reason="Hög frånvaro",
                baseline_absence_pct=round(rng.uniform(10, 50), 1),
                stage=rng.choice(OPEN),
            )
            repo.put(student)
            repo.put(case)
            guardians = [
                Guardian(student_id=student.id, name=f"{rng.choice(GIRLS)} {student.last_name}"),
                Guardian(student_id=student.id, name=f"{rng.choice(BOYS)} {student.last_name}"),
            ]
            consent = Consent(
                case_id=case.id,
                purpose="SST",
                parties=(Party(PartyKind.SCHOOL),),
                categories=(DataCategory.ATTENDANCE,),
                valid_from=case.referral_date,
                valid_until=case.referral_date + dt.timedelta(days=365),
                informed_of_rights=True,
            )
            repo.put(consent)
            for g in guardians:
                repo.put(g)
                repo.put(
                    Signatory(
                        consent_id=consent.id,
                        role=SignatoryRole.GUARDIAN,
                        name=g.name,
                        answer=Answer.YES,
                        signed_on=case.referral_date,
                        guardian_id=g.id,
                    )
                )
            for n in range(notes_per_student):
                text = " ".join(rng.choice(WORDS) for _ in range(30))
                repo.put(
                    JournalNote(
                        case_id=case.id,
                        event_date=case.referral_date,
                        written_at=dt.datetime(2026, 1, 1, 8, n, tzinfo=dt.UTC),
                        author="bench",
                        contact_type=ContactType.PHONE,
                        text=text,
                        status=NoteStatus.SIGNED,
                    )
                )
            repo.reindex_student(student.id)
            audit.append(
                conn,
                at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                actor="bench",
                device="bench",
                action="case.refer",
                student_id=student.id,
            )
            ids.append(student.id)
    return ids
