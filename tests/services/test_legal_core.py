"""The legal core through the services, on a real vault: whom to tell of a withdrawal (R3),
a registerutdrag's month (R11), print and save reasons (R9), the SIP's rows (R4), the
team's settings (R7 and the thresholds), and protected identity in search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from sstdesk.domain.codes import (
    Answer,
    DataCategory,
    DocumentKind,
    FactorArea,
    FactorKind,
    GuardianRelation,
    PartyKind,
    Principal,
    RequesterRole,
    SignatoryRole,
)
from sstdesk.domain.due import DueKind
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import (
    AttendancePeriod,
    Guardian,
    MappingFactor,
    RegisterRequest,
    Signatory,
    Sip,
    SipAction,
)
from sstdesk.domain.team import TeamSettings
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.documents import DocumentService
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, Clock, refer_student
from tests.services.test_case_flow import consent_for, guardians_of


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def due_texts(service: CaseloadService, student_id: str) -> list[str]:
    return [i.text for i in service.open_student(student_id).current.due]


def test_r3_whoever_got_data_is_to_be_told_of_the_withdrawal(service: CaseloadService) -> None:
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    documents = DocumentService(service)
    ehk = documents.prepare(DocumentKind.EHK, e.student_id)
    documents.printed(ehk, "Inför elevhälsokonferensen")
    service.withdraw_consent(record.consent.id, by="Lena Testsson", how="Telefon")
    assert "Meddela Skolan (elevhälsan) att samtycket återkallats" in due_texts(
        service, e.student_id
    )
    assert not any("BUP" in t for t in due_texts(service, e.student_id))  # BUP got nothing
    overview = [d.item.text for d in service.overview().due]
    assert "Meddela Skolan (elevhälsan) att samtycket återkallats" in overview
    service.mark_notified(record.consent.id, PartyKind.SCHOOL, how="Telefon till rektorn")
    assert not any("Meddela" in t for t in due_texts(service, e.student_id))
    extract = flat(documents.prepare(DocumentKind.REGISTER_EXTRACT, e.student_id).pdf)
    assert "Hela samtycket" in extract and "Telefon till rektorn" in extract
    with pytest.raises(DomainError, match="inget att underrättas om"):
        service.mark_notified(record.consent.id, PartyKind.SCHOOL, how="igen")


def test_r3_a_partial_withdrawal_tells_only_its_party(service: CaseloadService) -> None:
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    documents = DocumentService(service)
    plan_for_sip = Sip(
        case_id=e.case_id,
        needs=("Stöd kring oro",),
        actions=(SipAction("Behandling", Principal.REGION, "BUP Söder", "Psykolog", "Vecka 2"),),
        others_measures="Inga",
        lead_principal=Principal.MUNICIPALITY_SOCIAL,
        follow_up_on=service.today() + dt.timedelta(days=30),
    )
    service.save_sip(plan_for_sip)
    sip = documents.prepare(DocumentKind.SIP, e.student_id)
    documents.saved(sip, "Till BUP med säker e-post")
    ehk = documents.prepare(DocumentKind.EHK, e.student_id)
    documents.printed(ehk, "Inför mötet")
    service.withdraw_consent(
        record.consent.id, by="Lena Testsson", how="Brev", parties=[PartyKind.BUP]
    )
    texts = due_texts(service, e.student_id)
    assert "Meddela BUP att samtycket återkallats" in texts
    assert not any("Meddela Skolan" in t for t in texts)


def test_r11_a_registerutdrag_request_is_due_within_a_month(service: CaseloadService) -> None:
    e = refer_student(service)
    with pytest.raises(DomainError, match="identiteten"):
        service.record_register_request(
            RegisterRequest(
                student_id=e.student_id,
                received_on=service.today(),
                requested_by="Lena Testsson",
                requester_role=RequesterRole.GUARDIAN,
                identity_check=" ",
                checked_by="",
            )
        )
    received = service.today() - dt.timedelta(days=3)
    request = service.record_register_request(
        RegisterRequest(
            student_id=e.student_id,
            received_on=received,
            requested_by="Lena Testsson",
            requester_role=RequesterRole.GUARDIAN,
            identity_check="Pass visat; vårdnaden kontrollerad i folkbokföringen",
            checked_by="",
        )
    )
    assert request.checked_by == "anna.s"
    deadline = dt.date(2026, 12, 20)
    assert f"Registerutdrag ska lämnas senast {deadline}" in due_texts(service, e.student_id)
    extract = flat(
        DocumentService(service).prepare(DocumentKind.REGISTER_EXTRACT, e.student_id).pdf
    )
    assert "Begäran om registerutdrag" in extract and "Pass visat" in extract
    assert str(deadline) in extract
    with pytest.raises(DomainError, match="Ange hur"):
        service.deliver_register_request(request.id, how="")
    service.deliver_register_request(request.id, how="Personligen")
    assert not any("Registerutdrag" in t for t in due_texts(service, e.student_id))
    with pytest.raises(DomainError, match="redan lämnat"):
        service.deliver_register_request(request.id, how="Igen")


def test_r4_a_sip_row_says_what_it_is_and_follow_up_lies_ahead(service: CaseloadService) -> None:
    e = refer_student(service)
    today = service.today()
    base = Sip(
        case_id=e.case_id,
        actions=(SipAction(" ", Principal.REGION, "BUP Söder", "Psykolog", "Vecka 2"),),
    )
    with pytest.raises(DomainError, match="Insats 1 saknar beskrivning"):
        service.save_sip(base)
    past = dataclasses.replace(
        base,
        actions=(SipAction("Behandling", Principal.REGION, "BUP Söder", "Psykolog", "Vecka 2"),),
        follow_up_on=today - dt.timedelta(days=200),
    )
    with pytest.raises(DomainError, match="har redan passerat"):
        service.save_sip(past)
    assert service.open_student(e.student_id).current.sips == ()


def test_the_team_settings_reach_the_ehk_chart_and_the_gallring(
    service: CaseloadService, clock: Clock
) -> None:
    e = refer_student(service)
    service.record_consent(*consent_for(e, guardians_of(e)))
    today = service.today()
    service.add_attendance(
        AttendancePeriod(
            case_id=e.case_id,
            period_start=today - dt.timedelta(days=27),
            period_end=today,
            total_absence_pct=22.0,
            valid_absence_pct=7.0,
            invalid_absence_pct=15.0,
            source_name="Skola24",
        )
    )
    team = service.save_team_settings(
        TeamSettings(region="Göteborgs stad", simplified_from_pct=6.0, deep_from_pct=18.0)
    )
    assert team.region == "Göteborgs stad"
    ehk = flat(DocumentService(service).prepare(DocumentKind.EHK, e.student_id).pdf)
    assert "6 %: förenklad kartläggning" in ehk and "18 %: fördjupad kartläggning" in ehk
    assert "15 % (åtgärdstrappa steg 3)" not in ehk
    assert "Gränsen för fördjupad kartläggning är nådd (18 %)" in ehk  # 22 % absence
    service.move_case(e.case_id, _stage("cancelled"), reason="Familjen flyttar")
    kept = [i for i in service.open_student(e.student_id).current.due if i.kind.value]
    assert DueKind.RESEARCH_KEPT in {i.kind for i in kept}  # everyone in Göteborg is kept
    with pytest.raises(DomainError, match="i ordning"):
        service.save_team_settings(TeamSettings(simplified_from_pct=25.0))


def _stage(code: str):  # type: ignore[no-untyped-def]
    from sstdesk.domain.codes import Stage

    return Stage(code)


def test_protected_identity_is_never_found_under_the_school(service: CaseloadService) -> None:
    school = service.add_school("Solängsskolan")
    hidden = refer_student(service, school_id=school.id, protected_identity=True)
    seen = refer_student(
        service,
        school_id=school.id,
        personnummer="20130410-2385",
        first_name="Elsa",
        last_name="Öppen",
    )
    service.save_draft(
        dataclasses.replace(
            service.new_note(hidden.case_id), text="Möte på Solängsskolan med mentorn."
        )
    )
    found = {r.student_id for r in service.search("Solängsskolan")}
    assert seen.student_id in found and hidden.student_id not in found
    assert hidden.student_id not in {r.student_id for r in service.search("solängs")}
    assert hidden.student_id in {r.student_id for r in service.search("Saga")}
    by_school = {r.student_id for r in service.caseload(school_id=school.id)}
    assert by_school == {seen.student_id}
    assert hidden.student_id in {r.student_id for r in service.caseload()}


def test_a_deliberate_visa_is_audited(service: CaseloadService) -> None:
    e = refer_student(service, protected_identity=True)
    service.reveal_protected(e.student_id)
    assert "protected.reveal" in [x.action for x in service.audit_trail(e.student_id)]


def test_a_new_student_needs_a_stated_gender(service: CaseloadService) -> None:
    with pytest.raises(DomainError, match="Välj elevens kön"):
        refer_student(service, gender=None)


def test_an_older_vault_keeps_its_withdrawals_and_answers(tmp_path: Path, clock: Clock) -> None:
    """Migration 0007 turns the old withdrawal columns into dated withdrawals, loses nothing."""
    from sstdesk.vault import migrate

    steps = tmp_path / "v6"
    steps.mkdir()
    for m in migrate.available()[:6]:
        (steps / m.path.name).write_text(m.path.read_text())
    profile = tmp_path / "profil"
    vault, _ = Vault.create(
        profile,
        passphrase=PASSPHRASE,
        user="anna.s",
        params=KdfParams.floor(),
        clock=clock,
        migrations=steps,
    )
    with vault.transaction() as repo:
        conn = repo.conn
        conn.execute("INSERT INTO schools VALUES ('k', 'Solängsskolan', '', '', '')")
        conn.execute(
            "INSERT INTO students (id, personnummer, first_name, last_name, gender, school_id,"
            " grade, class_name, protected_identity, address, interpreter_language) VALUES "
            "('s', '20130405-2382', 'Saga', 'Testsson', 'girl', 'k', 7, '', 1, '', '')"
        )
        conn.execute(
            "INSERT INTO cases (id, student_id, school_id, grade_at_start, responsible_user, "
            "referral_date, referred_by, referral_reason, stage, school_contact, closure_reason,"
            " cancel_reason, sip_active, concern_reported, paused) VALUES ('c', 's', 'k', 7, "
            "'anna.s', '2026-09-01', 'school', 'Frånvaro', 'intervention', '', '', '', 0, 0, 0)"
        )
        conn.execute(
            "INSERT INTO consents VALUES ('k1', 'c', 'SST', "
            """'[{"kind": "school", "name": ""}, {"kind": "bup", "name": ""}]', '["attendance"]',"""
            " '2026-09-01', '2027-06-30', 'written', 'both', '', '', '', '', 1, '', "
            """'2026-11-01', 'Lena', 'Brev', '["bup"]', '', 'anna.s')"""
        )
        for sid, role, name in (("a1", "trustee", "God man"), ("a2", "student", "Saga")):
            conn.execute(
                "INSERT INTO signatories VALUES (?, 'k1', ?, ?, 'yes', '2026-09-01', '', '')",
                (sid, role, name),
            )
        conn.execute(
            "INSERT INTO search_index (student_id, name, personnummer, school, notes) VALUES "
            "('s', 'Saga Testsson', '201304052382', 'Solängsskolan', 'Möte på Solängsskolan')"
        )
    vault.close()
    upgraded = Vault.unlock(profile, passphrase=PASSPHRASE, clock=clock)
    service = CaseloadService(upgraded)
    consent = service.open_student("s").current.consents[0].record.consent
    (withdrawal,) = consent.withdrawals
    assert (withdrawal.on, withdrawal.by, withdrawal.how) == (dt.date(2026, 11, 1), "Lena", "Brev")
    assert withdrawal.parties == (PartyKind.BUP,) and consent.informed_of_rights is True
    assert not service.may_share("c", party=PartyKind.BUP, category=DataCategory.ATTENDANCE).allowed
    assert service.may_share("c", party=PartyKind.SCHOOL, category=DataCategory.ATTENDANCE).allowed
    assert service.search("Solängsskolan") == []  # she was protected: the index forgot it
    upgraded.close()


def test_r1_is_checked_again_when_the_document_leaves(service: CaseloadService, tmp_path) -> None:
    """A preview made while the consent held may not be printed or saved after it is gone."""
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    documents = DocumentService(service)
    ehk = documents.prepare(DocumentKind.EHK, e.student_id)
    service.withdraw_consent(record.consent.id, by="Lena Testsson", how="Telefon")
    with pytest.raises(DomainError, match="kan inte"):
        documents.printed(ehk, "Inför mötet")
    target = tmp_path / "ehk.pdf"
    with pytest.raises(DomainError, match="kan inte"):
        documents.saved(ehk, "Till skolan", write=target.write_bytes)
    assert not target.exists()
    actions = [x.action for x in service.audit_trail(e.student_id)]
    assert "document.print" not in actions and "document.save" not in actions
    assert actions.count("document.refused") == 2


def test_a_new_referral_never_drops_protected_identity(service: CaseloadService) -> None:
    e = refer_student(service, protected_identity=True, address="Hemliga vägen 1")
    service.move_case(e.case_id, _stage("cancelled"), reason="Flyttade")
    again = refer_student(service, school_id=e.school_id, protected_identity=False)
    student = service.open_student(again.student_id).student
    assert again.student_id == e.student_id
    assert student.protected_identity and student.address == "Hemliga vägen 1"


def test_a_refused_referral_leaves_no_new_school_behind(service: CaseloadService) -> None:
    with pytest.raises(DomainError):
        service.refer(
            personnummer="20130405-2382",
            first_name="Saga",
            last_name="Testsson",
            gender=None,
            school_id="",
            new_school="Nya skolan",
            grade=7,
            referred_by=None,
            reason="Frånvaro",
        )
    assert service.schools() == []


@pytest.mark.parametrize("personnummer", ["20231231-2388", "189001019802", "100101+9809"])
def test_a_birth_date_no_grundskola_student_has_is_questioned(
    service: CaseloadService, personnummer: str
) -> None:
    with pytest.raises(DomainError, match="går inte i grundskolan"):
        refer_student(service, personnummer=personnummer)


def test_the_consent_form_of_a_withdrawn_consent_says_so(service: CaseloadService) -> None:
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    service.withdraw_consent(record.consent.id, by="Lena Testsson", how="Telefon")
    form = flat(DocumentService(service).prepare(DocumentKind.CONSENT_FORM, e.student_id).pdf)
    assert f"Samtyckets status {service.today()}: Återkallat." in form
    slip = form.split("Fylls i av socialtjänsten")[1]
    assert "anna.s" in slip and str(service.today()) in slip


def _mapped(service: CaseloadService, e, *, categories) -> None:  # type: ignore[no-untyped-def]
    """A consent for the school over `categories`, and a mapping with every kind of factor."""
    consent, answers = consent_for(e, guardians_of(e), parties=(PartyKind.SCHOOL,))
    service.record_consent(dataclasses.replace(consent, categories=categories), answers)
    mapping = service.start_mapping(
        e.case_id, guardian_story="Pappa dricker, mamma är sjukskriven.", student_story="Trött."
    )
    for area, text in (
        (FactorArea.SCHOOL, "Stökig klass"),
        (FactorArea.FAMILY, "Missbruk i hemmet"),
        (FactorArea.INDIVIDUAL, "ADHD-utredning på BUP"),
    ):
        service.add_factor(
            MappingFactor(
                mapping_id=mapping.id,
                area=area,
                kind=FactorKind.RISK,
                description=text,
                shareable_with_school=True,
            )
        )


@pytest.mark.parametrize(
    ("extra", "shown", "hidden"),
    [
        (
            (),
            ["Stökig klass", "Trött.", "skrivs inte ut: samtycket omfattar inte dem"],
            ["Missbruk", "ADHD", "Pappa dricker"],
        ),
        (
            (DataCategory.FAMILY_SITUATION, DataCategory.STUDENT_HEALTH),
            ["Stökig klass", "Missbruk i hemmet", "ADHD-utredning", "Pappa dricker"],
            ["skrivs inte ut"],
        ),
    ],
)
def test_the_ehk_carries_the_family_and_health_only_when_the_consent_does(
    service: CaseloadService, extra: tuple, shown: list[str], hidden: list[str]
) -> None:
    e = refer_student(service)
    _mapped(service, e, categories=(DataCategory.ATTENDANCE, DataCategory.MAPPING, *extra))
    ehk = flat(DocumentService(service).prepare(DocumentKind.EHK, e.student_id).pdf)
    assert all(text in ehk for text in shown), ehk
    assert not any(text in ehk for text in hidden)


def test_a_forbehall_keeps_the_family_out_of_the_ehk(service: CaseloadService) -> None:
    e = refer_student(service)
    consent, answers = consent_for(e, guardians_of(e), parties=(PartyKind.SCHOOL,))
    answers[0] = dataclasses.replace(
        answers[0],
        answer=Answer.PARTLY,
        excluded_categories=(DataCategory.FAMILY_SITUATION,),
    )
    cats = (DataCategory.ATTENDANCE, DataCategory.MAPPING, DataCategory.FAMILY_SITUATION)
    service.record_consent(dataclasses.replace(consent, categories=cats), answers)
    mapping = service.start_mapping(e.case_id, guardian_story="Pappa dricker.")
    service.add_factor(
        MappingFactor(
            mapping_id=mapping.id,
            area=FactorArea.FAMILY,
            kind=FactorKind.RISK,
            description="Missbruk i hemmet",
            shareable_with_school=True,
        )
    )
    ehk = flat(DocumentService(service).prepare(DocumentKind.EHK, e.student_id).pdf)
    assert "Missbruk" not in ehk and "Pappa dricker" not in ehk
    line = service.open_student(e.student_id).current.parties[0]
    assert line.yes and DataCategory.FAMILY_SITUATION in line.withheld


def test_a_narrower_consent_stops_an_open_preview(service: CaseloadService) -> None:
    e = refer_student(service)
    record = service.record_consent(*consent_for(e, guardians_of(e)))
    documents = DocumentService(service)
    plan_ehk = documents.prepare(DocumentKind.EHK, e.student_id)
    assert DataCategory.PLAN in plan_ehk.categories
    late = Signatory(
        consent_id=record.consent.id,
        role=SignatoryRole.TRUSTEE,
        name="God Man",
        answer=Answer.PARTLY,
        signed_on=service.today(),
        excluded_categories=(DataCategory.PLAN,),
    )
    service.add_signatory(late)
    with pytest.raises(DomainError, match="samtycket har ändrats"):
        documents.printed(plan_ehk, "Inför mötet")


def test_protection_can_be_marked_in_the_middle_of_a_case(service: CaseloadService) -> None:
    school = service.add_school("Lärkparksskolan")
    e = refer_student(service, school_id=school.id)
    assert e.student_id in {r.student_id for r in service.search("Lärkparksskolan")}
    service.set_protected(e.student_id, True)
    assert e.student_id not in {r.student_id for r in service.search("Lärkparksskolan")}
    assert service.caseload(school_id=school.id) == []
    assert "student.protect" in [x.action for x in service.audit_trail(e.student_id)]


def test_a_guardian_without_custody_cannot_be_given_it(service: CaseloadService) -> None:
    e = refer_student(service)
    with pytest.raises(DomainError, match="kan inte ha vårdnaden"):
        service.add_guardian(
            Guardian(
                student_id=e.student_id,
                name="Pelle",
                relation=GuardianRelation.PARENT,
                has_custody=True,
            )
        )


def test_a_protected_guardians_address_leaves_the_search_index(service: CaseloadService) -> None:
    e = refer_student(service)
    service.save_draft(
        dataclasses.replace(service.new_note(e.case_id), text="Hembesök på Ekvägen 3.")
    )
    assert e.student_id in {r.student_id for r in service.search("Ekvägen")}
    service.add_guardian(
        Guardian(student_id=e.student_id, name="Lena", address="Ekvägen 3", protected_identity=True)
    )
    assert e.student_id not in {r.student_id for r in service.search("Ekvägen")}


@pytest.mark.parametrize(
    ("team", "fragment"),
    [
        (TeamSettings(), "gallras fem år efter den sista anteckningen"),
        (TeamSettings(private_provider=True), "gallras två år efter den sista anteckningen"),
        (TeamSettings(region="Region Gotland"), "bevaras för forskning"),
    ],
)
def test_the_register_extract_states_how_long_the_records_are_kept(
    service: CaseloadService, team: TeamSettings, fragment: str
) -> None:
    e = refer_student(service)  # born on the 5th: in the research sample anyway
    service.save_team_settings(team)
    if not team.region:
        pnr = "20120911-2398"  # born on the 11th
        e = refer_student(service, school_id=e.school_id, personnummer=pnr, first_name="Olle")
    extract = flat(
        DocumentService(service).prepare(DocumentKind.REGISTER_EXTRACT, e.student_id).pdf
    )
    assert fragment in extract


def test_gallring_counts_from_the_last_entry_in_the_whole_akt(
    service: CaseloadService, clock: Clock
) -> None:
    """An old case of a student who is a client again is not due for gallring."""
    clock.set_date(dt.date(2019, 3, 1))
    first = refer_student(service)
    service.move_case(first.case_id, _stage("cancelled"), reason="Flyttade")
    clock.set_date(dt.date(2026, 11, 23))
    again = refer_student(service, school_id=first.school_id)
    kinds = [i.kind for c in service.open_student(first.student_id).cases for i in c.due]
    assert DueKind.GALLRING not in kinds and DueKind.RESEARCH_KEPT not in kinds
    service.move_case(again.case_id, _stage("cancelled"), reason="Flyttade igen")
    old, new = service.open_student(first.student_id).cases
    (kept,) = [i for i in old.due if i.kind in (DueKind.GALLRING, DueKind.RESEARCH_KEPT)]
    assert kept.due_on == dt.date(2031, 11, 23)
    assert [d.item.due_on for d in service.overview(horizon_days=3650).due] == [
        dt.date(2031, 11, 23)
    ]
