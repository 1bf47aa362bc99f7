"""A synthetic caseload for new users, trainers and our own tests. Layer: services.

48 invented students over four schools in one stadsdel, at every stage of the
lifecycle and with every flag, built through the ordinary service calls — so
the demo obeys every rule and fills the audit log as real work would. Each
student's history is a list of dated steps; all steps run in date order with
the vault's clock set to that date.

Nobody here is real: names are drawn from common-name lists at random, and
every personnummer is one of Skatteverket's published test numbers
(resources/data), which are never assigned to a person.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sstdesk.domain.codes import (
    Answer,
    ConsentForm,
    ContactType,
    DataCategory,
    DocumentKind,
    FactorArea,
    FactorKind,
    FollowUpDecision,
    Gender,
    GoalAssessment,
    InterventionKind,
    MappingDocument,
    MeetingKind,
    PartyKind,
    Performer,
    Principal,
    ReferredBy,
    RequesterRole,
    SignatoryRole,
    SipStatus,
    Stage,
)
from sstdesk.domain.guidance import ROAD
from sstdesk.domain.model import (
    ActionPlan,
    AttendancePeriod,
    Consent,
    Decision,
    FollowUp,
    Goal,
    GoalFollowUp,
    Guardian,
    Intervention,
    MappingFactor,
    Meeting,
    Participant,
    Party,
    RegisterRequest,
    Signatory,
    Sip,
    SipAction,
)
from sstdesk.domain.personnummer import birth_of
from sstdesk.paths import resource_path
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault

DISTRICT = "Enskede-Årsta-Vantör"
SCHOOLS = ("Solängsskolan", "Ekbackeskolan", "Lärkparksskolan", "Björkvallsskolan")
GIRLS = (
    "Alva",
    "Ella",
    "Maja",
    "Saga",
    "Wilma",
    "Nora",
    "Ebba",
    "Elsa",
    "Selma",
    "Freja",
    "Amira",
    "Hanna",
    "Ines",
    "Lina",
    "Tyra",
    "Meja",
    "Sara",
    "Nour",
    "Agnes",
    "Siri",
)
BOYS = (
    "Liam",
    "Noah",
    "William",
    "Hugo",
    "Lucas",
    "Oscar",
    "Elias",
    "Adam",
    "Ali",
    "Omar",
    "Vincent",
    "Leo",
    "Isak",
    "Theo",
    "Melvin",
    "Yusuf",
    "Viggo",
    "Kevin",
    "Malte",
    "Emil",
)
ADULTS = (
    "Anna",
    "Maria",
    "Fatima",
    "Sofia",
    "Karin",
    "Lena",
    "Johan",
    "Mikael",
    "Ahmed",
    "Erik",
    "Peter",
    "Hassan",
    "Eva",
    "Linda",
    "Daniel",
    "Marcus",
)
SURNAMES = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Hansson",
    "Mohammed",
    "Hassan",
    "Lindberg",
    "Lindqvist",
    "Åberg",
    "Öberg",
    "Ström",
    "Sjöberg",
    "Ekström",
    "Nyström",
    "Yilmaz",
    "Abdi",
    "Bergström",
)

# How many students end at each stage: every stage and flag is represented.
STAGE_MIX: tuple[tuple[Stage, int], ...] = (
    (Stage.REFERRED, 4),
    (Stage.CONSENT, 4),
    (Stage.MAPPING, 6),
    (Stage.PLANNING, 5),
    (Stage.INTERVENTION, 9),
    (Stage.FOLLOW_UP, 6),
    (Stage.CLOSED, 5),
    (Stage.BOOSTER, 2),
    (Stage.FINISHED, 2),
    (Stage.NOT_ENROLLED, 2),
    (Stage.CANCELLED, 3),
)
# Days from aktualisering to today, so that later stages have a longer history.
HISTORY_DAYS = {
    Stage.REFERRED: (2, 12),
    Stage.CONSENT: (8, 20),
    Stage.MAPPING: (25, 40),
    Stage.PLANNING: (40, 55),
    Stage.INTERVENTION: (70, 120),
    Stage.FOLLOW_UP: (110, 150),
    Stage.CLOSED: (170, 230),
    Stage.BOOSTER: (300, 330),
    Stage.FINISHED: (340, 420),
    Stage.NOT_ENROLLED: (20, 60),
    Stage.CANCELLED: (60, 120),
}
ORDER = ROAD  # the lifecycle's main road, as the student page's stepper shows it


@dataclass
class _Student:
    """What one synthetic student's steps share while the history is written."""

    index: int
    target: Stage
    start: dt.date
    final: dt.date  # the demo's today
    personnummer: str
    gender: Gender
    grade: int
    school_id: str
    first: str
    last: str
    ids: dict[str, str] = field(default_factory=dict)
    guardians: list[Guardian] = field(default_factory=list)

    def age_on(self, day: dt.date) -> int:
        return birth_of(self.personnummer).ages_on(day)[0]


Step = tuple[dt.date, int, int, Callable[[], None]]


def _school_of(index: int) -> int:
    """Which of the four schools a demo student goes to: girls and boys at every school
    (the kön alternates with the index, so the school must not follow it)."""
    return (index + index // 2) % 4


def create_demo(
    directory: Path,
    *,
    passphrase: str,
    today: dt.date,
    user: str = "demo.socionom",
    params: KdfParams | None = None,
) -> tuple[CaseloadService, str, int]:
    """A new demo profile: the vault, its recovery code, and how many students it got."""
    vault, recovery_code = Vault.create(
        directory, passphrase=passphrase, user=user, district=DISTRICT, params=params
    )
    service = CaseloadService(vault)
    try:
        return service, recovery_code, build_demo(service, today=today)
    except BaseException:
        vault.close()
        raise


def build_demo(service: CaseloadService, *, today: dt.date, seed: int = 2026) -> int:
    """Fill an empty vault with the demo caseload; returns the number of students."""
    rng = random.Random(seed)
    vault = service.vault
    real_clock = vault.clock
    moment = [dt.datetime.combine(today, dt.time(8, 0)).astimezone()]
    vault.clock = lambda: moment[0]
    try:
        schools = [
            service.add_school(name, unit_code=f"{rng.randint(10000000, 99999999)}")
            for name in SCHOOLS
        ]
        people = _people(rng, today, [s.id for s in schools])
        queue: list[Step] = []
        for person in people:
            for order, (day, action) in enumerate(_history(service, person, rng, today)):
                heapq.heappush(queue, (day, person.index, order, action))
        while queue:
            day, index, _, action = heapq.heappop(queue)
            moment[0] = dt.datetime.combine(day, dt.time(8 + index % 9, index % 60)).astimezone()
            action()
    finally:
        vault.clock = real_clock
    return len(people)


def test_numbers() -> dict[int, list[str]]:
    """Skatteverket's test personnummer by birth year, as ÅÅÅÅMMDD-NNNK."""
    by_year: dict[int, list[str]] = {}
    text = resource_path("data", "testpersonnummer.txt").read_text(encoding="ascii")
    for line in text.split():
        if line.isdigit() and len(line) == 12:
            by_year.setdefault(int(line[:4]), []).append(f"{line[:8]}-{line[8:]}")
    return by_year


def _people(rng: random.Random, today: dt.date, school_ids: list[str]) -> list[_Student]:
    targets = [stage for stage, count in STAGE_MIX for _ in range(count)]
    school_year = today.year if today.month >= 8 else today.year - 1
    numbers = test_numbers()
    used: set[str] = set()
    people = []
    for index, target in enumerate(targets):
        gender = (
            (Gender.GIRL, Gender.BOY)[index % 2]
            if index % 17
            else (Gender.OTHER if index % 34 else Gender.UNSTATED)
        )
        grade = 4 + index % 6
        first = rng.choice(
            GIRLS if gender is Gender.GIRL else BOYS if gender is Gender.BOY else GIRLS + BOYS
        )
        # The födelsenummer is odd for a boy and even for a girl (folkbokföringslagen 18 §).
        odd = gender is Gender.BOY or (gender is not Gender.GIRL and index % 2 == 1)
        pool = [
            n for n in numbers[school_year - 6 - grade] if int(n[-2]) % 2 == odd and n not in used
        ]
        personnummer = rng.choice(pool)
        used.add(personnummer)
        low, high = HISTORY_DAYS[target]
        people.append(
            _Student(
                index=index,
                target=target,
                start=today - dt.timedelta(days=rng.randint(low, high)),
                final=today,
                personnummer=personnummer,
                gender=gender,
                grade=grade,
                school_id=school_ids[_school_of(index)],
                first=first,
                last=rng.choice(SURNAMES),
            )
        )
    return people


def _history(
    service: CaseloadService, p: _Student, rng: random.Random, today: dt.date
) -> list[tuple[dt.date, Callable[[], None]]]:
    """The dated steps that bring student `p` to its target stage."""
    steps: list[tuple[dt.date, Callable[[], None]]] = []
    reached = (
        ORDER.index(p.target) if p.target in ORDER else (1 if p.target is Stage.NOT_ENROLLED else 4)
    )
    span = max((today - p.start).days, 1)

    def at(fraction: float, action: Callable[[], None]) -> None:
        day = p.start + dt.timedelta(days=round(span * fraction))
        steps.append((min(day, today), action))

    baseline = round(rng.uniform(12, 48), 1)

    def refer() -> None:
        student, case = service.refer(
            personnummer=p.personnummer,
            first_name=p.first,
            last_name=p.last,
            gender=p.gender,
            school_id=p.school_id,
            grade=p.grade,
            referred_by=rng.choice(list(ReferredBy)),
            reason="Hög och ökande frånvaro, framför allt ströfrånvaro på morgonen.",
            referral_date=service.today(),
            baseline_absence_pct=baseline,
            class_name=f"{p.grade}{'ABC'[p.index % 3]}",
            protected_identity=p.index in (7, 30),
            address="" if p.index in (7, 30) else f"{rng.choice(SURNAMES)}vägen {p.index + 2}",
            school_contact=f"{rng.choice(ADULTS)} {rng.choice(SURNAMES)}, kurator",
        )
        p.ids.update(student=student.id, case=case.id)
        for n in range(1 if p.index % 5 == 0 else 2):
            guardian = service.add_guardian(
                Guardian(
                    student_id=student.id,
                    name=f"{rng.choice(ADULTS)} {p.last}",
                    phone=f"070-{rng.randint(1000000, 9999999)}",
                    interpreter_language="arabiska" if p.index % 11 == 0 and n == 0 else "",
                )
            )
            p.guardians.append(guardian)
        service.new_note(
            p.ids["case"],
            contact_type=ContactType.SCHOOL_MEETING,
            text="Aktualisering från skolan. Eleven har missat många "
            "förmiddagar sedan terminsstart.",
        )
        if p.target is Stage.REFERRED:
            return
        _sign_all(service, p)

    at(0.0, refer)
    if reached >= 1:
        at(0.05, lambda: service.move_case(p.ids["case"], Stage.CONSENT))
    if p.target is Stage.CONSENT:
        at(0.4, lambda: _consent(service, p, rng, complete=False))
        return steps
    if reached >= 1 and p.target is not Stage.NOT_ENROLLED:
        at(0.1, lambda: _consent(service, p, rng, complete=True))
    if p.target is Stage.NOT_ENROLLED:
        at(
            0.5,
            lambda: service.move_case(
                p.ids["case"],
                Stage.NOT_ENROLLED,
                reason="Vårdnadshavarna tackade nej till insatsen.",
            ),
        )
        return steps
    if reached >= 2:
        at(0.15, lambda: _mapping(service, p, rng))
    if reached >= 3:
        at(0.3, lambda: _plan(service, p, rng, today))
    if reached >= 4:
        at(0.35, lambda: _start_intervention(service, p, rng))
        for k in range(1, 4):
            at(0.3 + 0.1 * k, lambda k=k: _attendance(service, p, rng, k, baseline))
    if p.target is Stage.CANCELLED:
        at(0.7, lambda: _print_ehk(service, p))
        at(0.8, lambda: _cancel(service, p))
        return steps
    if reached >= 5:
        at(0.6, lambda: _follow_up(service, p, rng, baseline))
    if reached >= 6:
        at(0.7, lambda: _close(service, p, rng, baseline))
    if reached >= 7:
        at(0.97, lambda: service.record_booster(p.ids["case"]))
    if reached >= 8:
        at(1.0, lambda: service.move_case(p.ids["case"], Stage.FINISHED))
    at(1.0, lambda: _today(service, p, rng, today))
    return steps


def _sign_all(service: CaseloadService, p: _Student) -> None:
    file = service.open_student(p.ids["student"])
    for note in file.current.notes if file.current else ():
        if note.status.value == "draft":
            service.sign_note(note.id)


def _consent(service: CaseloadService, p: _Student, rng: random.Random, *, complete: bool) -> None:
    today = service.today()
    parties = [
        Party(PartyKind.SCHOOL, SCHOOLS[_school_of(p.index)]),
        Party(PartyKind.SOCIAL_SERVICES, f"Skolsocialt team {DISTRICT}"),
    ]
    if p.index % 3 == 0:
        parties.append(Party(PartyKind.BUP, "BUP Söder"))
    # A few consents have run out, and the others of every ninth run out in 25 days.
    days = 364
    if p.index % 9 == 0:
        days = 45 if p.target is Stage.INTERVENTION else min(364, (p.final - today).days + 25)
    age = p.age_on(today)
    consent = Consent(
        case_id=p.ids["case"],
        purpose="Insats från skolsocialt team",
        parties=tuple(parties),
        categories=(
            DataCategory.ATTENDANCE,
            DataCategory.SUPPORT_PROGRAMME,
            DataCategory.ADAPTATIONS,
            DataCategory.MAPPING,
            DataCategory.PLAN,
            DataCategory.FAMILY_SITUATION,
        ),
        valid_from=today,
        valid_until=today + dt.timedelta(days=days),
        form=ConsentForm.WRITTEN,
        informed_of_rights=True,
        exceptions="Uppgifter om syskon." if p.index % 4 == 0 else "",
        # One parent registered: the social worker states why that one consents alone.
        single_guardian_reason="Mamman har ensam vårdnad." if len(p.guardians) == 1 else "",
        child_view="Vill att skolan får veta hur det går.",
        **(
            dict(
                maturity_assessment="Eleven förstår vad samtycket innebär och vilka som får "
                "veta vad, och har själv tagit ställning.",
                maturity_assessed_by="demo.socionom",
                maturity_assessed_on=today,
                child_decides_alone=True,
            )
            if age >= 15
            else {}
        ),
    )
    # One family in nine keeps its own situation from BUP: a förbehåll, as data.
    reserves = p.index % 9 == 3  # BUP is one of its parties (every third student)
    signatories = [
        Signatory(
            consent_id=consent.id,
            role=SignatoryRole.GUARDIAN,
            name=g.name,
            answer=Answer.YES,
            signed_on=today,
            guardian_id=g.id,
        )
        for g in p.guardians[: (1 if not complete else len(p.guardians))]
    ]
    if reserves and signatories:
        signatories[0] = replace(
            signatories[0],
            answer=Answer.PARTLY,
            reservation="Vill inte att BUP får veta om familjens situation.",
            excluded_parties=(PartyKind.BUP,),
            excluded_categories=(DataCategory.FAMILY_SITUATION,),
        )
    if age >= 12:
        signatories.append(
            Signatory(
                consent_id=consent.id,
                role=SignatoryRole.STUDENT,
                name=f"{p.first} {p.last}",
                answer=Answer.YES,
                signed_on=today,
            )
        )
    if not complete and len(p.guardians) == 1:
        signatories = []
    record = service.record_consent(consent, signatories)
    p.ids["consent"] = record.consent.id


def _mapping(service: CaseloadService, p: _Student, rng: random.Random) -> None:
    service.move_case(p.ids["case"], Stage.MAPPING)
    mapping = service.start_mapping(
        p.ids["case"],
        documents=tuple(rng.sample(list(MappingDocument), 4)),
        student_story="Berättar att morgnarna är svåra och att det är stökigt i klassrummet.",
        guardian_story="Vårdnadshavarna oroar sig och vet inte hur de ska få iväg eleven.",
        school_view="Skolan ser att frånvaron ökat sedan höstlovet.",
    )
    for area, kind, text in rng.sample(_FACTORS, 3):
        service.add_factor(
            MappingFactor(
                mapping_id=mapping.id,
                area=area,
                kind=kind,
                description=text,
                source="Samtal",
                shareable_with_school=area is FactorArea.SCHOOL,
            )
        )
    service.new_note(
        p.ids["case"],
        contact_type=ContactType.TALK_STUDENT,
        text="Kartläggningssamtal med eleven. Eleven beskriver oro inför idrottslektionerna.",
    )
    _sign_all(service, p)


_FACTORS = [
    (FactorArea.SCHOOL, FactorKind.RISK, "Upplever stökig klassrumsmiljö och otrygga raster."),
    (FactorArea.SCHOOL, FactorKind.PROTECTIVE, "Har god relation till sin mentor."),
    (FactorArea.INDIVIDUAL, FactorKind.RISK, "Beskriver oro och sömnsvårigheter."),
    (FactorArea.INDIVIDUAL, FactorKind.PROTECTIVE, "Tycker om bild och musik."),
    (FactorArea.FAMILY, FactorKind.RISK, "Familjen har svårt att få ihop morgonrutinerna."),
    (FactorArea.FAMILY, FactorKind.PROTECTIVE, "Vårdnadshavarna är engagerade."),
    (FactorArea.OTHER, FactorKind.PROTECTIVE, "Spelar fotboll två kvällar i veckan."),
]


def _plan(service: CaseloadService, p: _Student, rng: random.Random, final_day: dt.date) -> None:
    service.move_case(p.ids["case"], Stage.PLANNING)
    plan = service.save_plan(
        ActionPlan(
            case_id=p.ids["case"],
            student_goals="Jag vill orka gå till skolan varje dag.",
            guardian_goals="Att morgnarna blir lugnare.",
            school_commitments="Anpassat schema första veckorna, trygg person vid ankomst.",
            family_commitments="Väckning och frukost i god tid.",
            participation="Eleven har varit med och formulerat målen.",
            sip_needed=p.index % 6 == 0,
        )
    )
    p.ids["plan"] = plan.id
    today = service.today()
    service.add_goal(
        Goal(
            plan_id=plan.id,
            number=1,
            wording="Komma till skolan varje morgon",
            indicator="Närvaro minst 85 % under fyra veckor",
            baseline="Närvaro 65 %",
            target="Närvaro 85 %",
            due_on=today + dt.timedelta(days=60),
        )
    )
    service.add_intervention(
        Intervention(
            plan_id=plan.id,
            kind=rng.choice(
                [InterventionKind.MOTIVATIONAL_TALKS, InterventionKind.SUPPORTIVE_TALKS]
            ),
            performer=Performer.TEAM,
            start_on=today,
            frequency="En gång i veckan",
            goal_numbers=(1,),
        )
    )
    service.add_intervention(
        Intervention(
            plan_id=plan.id,
            kind=InterventionKind.PARENTING_SUPPORT_INDIVIDUAL,
            performer=Performer.TEAM,
            start_on=today,
            frequency="Varannan vecka",
            goal_numbers=(1,),
        )
    )
    if p.target is not Stage.PLANNING:
        # The plan's follow-up falls in the weeks after the demo's today, spread out.
        follow_up = max(today + dt.timedelta(days=42), final_day + dt.timedelta(days=p.index % 25))
        service.establish_plan(plan.id, follow_up_on=follow_up)
    elif p.index % 6 == 0:
        _sip(service, p, establish=False)


def _sip(service: CaseloadService, p: _Student, *, establish: bool) -> None:
    """A SIP with BUP: established once the work is under way, a draft before that."""
    today = service.today()
    school = SCHOOLS[_school_of(p.index)]
    sip = service.save_sip(
        Sip(
            case_id=p.ids["case"],
            initiator=f"Kurator, {school}",
            chair="Skolsocionom",
            meeting_on=today,
            place=school,
            question="Hur kan skolan, BUP och socialtjänsten tillsammans stödja närvaron?",
            participants=(
                Participant("Eleven", "elev"),
                Participant("Vårdnadshavare", "vh"),
                Participant("Psykolog", "behandlare", "BUP Söder"),
                Participant("Kurator", "kurator", school),
            ),
            child_view="Jag vill kunna vara i skolan utan att få ont i magen.",
            guardian_view="Vi behöver hjälp att få ihop morgnarna.",
            current_situation="Frånvaron har minskat något sedan insatserna började.",
            needs=("Stöd kring oro", "Trygg skolstart på morgonen"),
            long_term_goals="Full närvaro till terminens slut.",
            short_term_goals="Närvaro minst 80 % under fyra veckor.",
            actions=(
                SipAction(
                    "Behandlingskontakt kring oro",
                    Principal.REGION,
                    "BUP Söder",
                    "Psykolog",
                    "Varannan vecka från vecka 2",
                    (1,),
                ),
                SipAction(
                    "Mottagande vid skolstart",
                    Principal.MUNICIPALITY_SCHOOL,
                    school,
                    "Mentor",
                    "Varje morgon",
                    (2,),
                ),
                SipAction(
                    "Föräldraskapsstöd",
                    Principal.MUNICIPALITY_SOCIAL,
                    f"Skolsocialt team {DISTRICT}",
                    "Skolsocionom",
                    "Varannan vecka",
                    (2,),
                ),
            ),
            others_measures="Fritidsgården erbjuder en plats på onsdagar.",
            own_actions="Eleven lägger sig före kl. 22 på vardagar.",
            information_flow="Skolsocionomen samlar in och delar läget inför uppföljningen.",
            lead_principal=Principal.MUNICIPALITY_SOCIAL,
            lead_person="Skolsocionom",
            follow_up_caller="Skolsocionom",
            follow_up_on=today + dt.timedelta(days=56),
            follow_up_measure="Närvaro i procent jämfört med utgångsläget",
        )
    )
    if establish:
        service.move_sip(sip.id, SipStatus.ESTABLISHED)


def _start_intervention(service: CaseloadService, p: _Student, rng: random.Random) -> None:
    service.move_case(p.ids["case"], Stage.INTERVENTION)
    if p.index % 6 == 0:
        _sip(service, p, establish=True)
    if p.index % 10 == 3:
        service.set_flags(p.ids["case"], concern_reported=True)
    service.add_meeting(
        Meeting(
            case_id=p.ids["case"],
            kind=MeetingKind.NETWORK,
            held_on=service.today(),
            starts_at=dt.time(8 + p.index % 7, 30 if p.index % 2 else 0),
            place=SCHOOLS[_school_of(p.index)],
            participants=(
                Participant("Eleven", "elev"),
                Participant("Vårdnadshavare", "vh"),
                Participant("Kurator", "kurator", SCHOOLS[_school_of(p.index)]),
            ),
            minutes="Handlingsplanen gicks igenom och alla var överens.",
            decisions=(
                Decision(
                    "Morgonstöd två dagar i veckan",
                    "Skolan",
                    service.today() + dt.timedelta(days=14),
                ),
            ),
        )
    )
    if p.index % 3 == 1:  # the next elevhälsokonferens, so the agenda has a meeting ahead
        service.add_meeting(
            Meeting(
                case_id=p.ids["case"],
                kind=MeetingKind.EHK,
                held_on=service.today() + dt.timedelta(days=1 + p.index % 9),
                starts_at=dt.time(13, 30),
                place=SCHOOLS[_school_of(p.index)],
            )
        )
    service.new_note(
        p.ids["case"],
        contact_type=ContactType.TALK_GUARDIAN,
        text="Samtal med vårdnadshavare om morgonrutiner.",
    )
    _sign_all(service, p)


def _attendance(
    service: CaseloadService, p: _Student, rng: random.Random, k: int, baseline: float
) -> None:
    end = service.today()
    total = max(0.0, round(baseline - k * rng.uniform(2, 7), 1))
    valid = round(total * rng.uniform(0.2, 0.5), 1)
    service.add_attendance(
        AttendancePeriod(
            case_id=p.ids["case"],
            period_start=end - dt.timedelta(days=27),
            period_end=end,
            total_absence_pct=total,
            valid_absence_pct=valid,
            invalid_absence_pct=round(total - valid, 1),
            source_name="Närvarorapport från skolan",
        )
    )


def _follow_up(service: CaseloadService, p: _Student, rng: random.Random, baseline: float) -> None:
    service.move_case(p.ids["case"], Stage.FOLLOW_UP)
    service.record_follow_up(
        FollowUp(
            case_id=p.ids["case"],
            due_on=service.today(),
            held_on=service.today(),
            absence_now_pct=round(baseline * 0.6, 1),
            goals=(GoalFollowUp(1, GoalAssessment.PARTLY, "Bättre", "Lugnare morgnar"),),
            decision=FollowUpDecision.CONTINUE
            if p.target is Stage.FOLLOW_UP
            else FollowUpDecision.CLOSE,
            note="Närvaron har ökat.",
        )
    )


def _close(service: CaseloadService, p: _Student, rng: random.Random, baseline: float) -> None:
    service.close_case(
        p.ids["case"],
        reason="Målen i handlingsplanen är uppnådda.",
        absence_pct=round(baseline * 0.4, 1),
        goals_met=True,
        upper_secondary_eligible=(p.index % 2 == 0) if p.grade == 9 else None,
    )


def _print_ehk(service: CaseloadService, p: _Student) -> None:
    """The EHK material went to the school: so a withdrawal must be told to the school."""
    documents = DocumentService(service)
    document = documents.prepare(DocumentKind.EHK, p.ids["student"])
    documents.printed(document, "Inför elevhälsokonferensen")


def _cancel(service: CaseloadService, p: _Student) -> None:
    service.withdraw_consent(p.ids["consent"], by=p.guardians[0].name, how="Telefonsamtal")
    service.move_case(
        p.ids["case"], Stage.CANCELLED, reason="Vårdnadshavare återkallade samtycket."
    )


def _today(service: CaseloadService, p: _Student, rng: random.Random, today: dt.date) -> None:
    """What the current week looks like: follow-ups due, drafts, working notes, a pause."""
    case_id = p.ids.get("case")
    if not case_id or p.target in (Stage.CANCELLED, Stage.NOT_ENROLLED, Stage.FINISHED):
        return
    if p.target in (Stage.INTERVENTION, Stage.FOLLOW_UP):
        service.schedule_follow_up(case_id, today + dt.timedelta(days=p.index % 9))
    if p.target is Stage.INTERVENTION and p.index % 4 == 1:
        service.new_note(
            case_id,
            contact_type=ContactType.PHONE,
            text="Ringde vårdnadshavare – återkommer efter mötet med mentorn.",
        )
    if p.index % 8 == 2 and p.target in (Stage.MAPPING, Stage.INTERVENTION):
        service.add_working_note(case_id, "Fråga kuratorn om schemat på torsdagar.")
    if p.index == 20 and p.target is Stage.INTERVENTION:
        service.set_flags(case_id, paused=True)
    if p.index == 13:
        service.record_register_request(
            RegisterRequest(
                student_id=p.ids["student"],
                received_on=today - dt.timedelta(days=24),
                requested_by=p.guardians[0].name,
                requester_role=RequesterRole.GUARDIAN,
                identity_check="Körkort visat; vårdnaden kontrollerad i folkbokföringen.",
                checked_by="demo.socionom",
            )
        )
    if p.index % 3 == 0 and p.target is Stage.INTERVENTION and "consent" in p.ids:
        service.withdraw_consent(
            p.ids["consent"], by=p.guardians[0].name, how="Brev", parties=(PartyKind.BUP,)
        )
