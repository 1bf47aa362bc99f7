"""A synthetic canary never reaches the disk or the logs in plaintext (security.md LS-1, AU-2)."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sstdesk import logsetup
from sstdesk.domain.codes import Answer, DataCategory, PartyKind, SignatoryRole, Stage
from sstdesk.domain.model import Consent, Guardian, Party, Signatory
from sstdesk.domain.personnummer import luhn_check_digit
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, Clock, refer_student

CANARY_NAME = "Ölvinkanarie"
CANARY_SURNAME = "Kanariesdóttir"
CANARY_NOTE = "kanariefågeln sjunger i gruvan"
CANARY_PNR = f"20121212-121{luhn_check_digit('121212121')}"


def forms(text: str) -> list[bytes]:
    """The ways a string can sit in a file: UTF-8, UTF-16, upper/lower case, base64, hex."""
    found = []
    for variant in {text, text.lower(), text.upper()}:
        raw = variant.encode("utf-8")
        found += [raw, variant.encode("utf-16-le"), base64.b64encode(raw), raw.hex().encode()]
    return found


CANARIES = [
    CANARY_NAME,
    CANARY_SURNAME,
    CANARY_NOTE,
    CANARY_PNR,
    CANARY_PNR.replace("-", ""),
    CANARY_PNR[2:].replace("-", ""),
    PASSPHRASE,
]


def workflow(service: CaseloadService, clock: Clock) -> str:
    e = refer_student(
        service, personnummer=CANARY_PNR, first_name=CANARY_NAME, last_name=CANARY_SURNAME
    )
    mum = service.add_guardian(Guardian(student_id=e.student_id, name=f"Mamma {CANARY_SURNAME}"))
    today = clock().date()
    consent = Consent(
        case_id=e.case_id,
        purpose="SST",
        parties=(Party(PartyKind.SCHOOL),),
        categories=(DataCategory.ATTENDANCE,),
        valid_from=today,
        valid_until=today + dt.timedelta(days=100),
        informed_of_rights=True,
        single_guardian_reason="Mamman har ensam vårdnad.",
    )
    service.record_consent(
        consent,
        [
            Signatory(
                consent_id=consent.id,
                role=SignatoryRole.GUARDIAN,
                name=mum.name,
                answer=Answer.YES,
                signed_on=today,
                guardian_id=mum.id,
            ),
            Signatory(
                consent_id=consent.id,
                role=SignatoryRole.STUDENT,
                name=CANARY_NAME,
                answer=Answer.YES,
                signed_on=today,
            ),
        ],
    )
    service.move_case(e.case_id, Stage.CONSENT)
    service.move_case(e.case_id, Stage.MAPPING)
    note = service.new_note(e.case_id, text=CANARY_NOTE)
    service.sign_note(note.id)
    service.add_working_note(e.case_id, f"Arbete: {CANARY_NOTE}")
    assert service.search(CANARY_NAME)[0].student_id == e.student_id
    assert service.search(CANARY_PNR)[0].student_id == e.student_id
    service.open_student(e.student_id)
    return e.student_id


def scan(directory: Path) -> list[str]:
    hits = []
    for path in [directory] if directory.is_file() else directory.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in CANARIES:
            if any(form in data for form in forms(canary)):
                hits.append(f"{path.name}: {canary}")
        if any(form in path.name.encode() for c in CANARIES for form in forms(c)):
            hits.append(f"file name {path.name}")
    return hits


@pytest.fixture
def json_logging() -> Iterator[None]:
    """The app's own log set-up for one test, taken down again after it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    logsetup.configure(logging.DEBUG)
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_no_canary_in_any_byte_of_the_profile_or_the_logs(
    profile: Path,
    clock: Clock,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    json_logging: None,
) -> None:
    caplog.set_level(logging.DEBUG)
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    vault, _ = Vault.create(
        profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor(), clock=clock
    )
    service = CaseloadService(vault)
    workflow(service, clock)
    # While it is open, the WAL holds the latest pages: they must be ciphertext too.
    assert scan(profile) == []
    vault.change_passphrase(old=PASSPHRASE, new=PASSPHRASE + " två")
    vault.close()
    reopened = Vault.unlock(profile, passphrase=PASSPHRASE + " två", clock=clock)
    CaseloadService(reopened).search(CANARY_SURNAME)
    reopened.close()

    assert sorted(p.name for p in profile.iterdir()) == ["keys.json", "vault.db"]
    assert scan(profile) == []
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    for path in new_temp:
        assert scan(path) == [], path
    out, err = capfd.readouterr()
    logged = out + err + "\n".join(r.getMessage() for r in caplog.records)
    assert caplog.records, "the run should have logged something"
    for canary in CANARIES:
        assert canary not in logged and canary.lower() not in logged.lower()


def test_the_scanner_finds_plaintext_it_is_looking_for(tmp_path: Path) -> None:
    """Control: the scan above would see a canary written in any of its forms."""
    for i, canary in enumerate(CANARIES):
        for j, form in enumerate(forms(canary)):
            sample = tmp_path / f"sample{i}_{j}.bin"
            sample.write_bytes(b"\x00padding" + form + b"padding\x00")
            assert scan(sample), (canary, form)
