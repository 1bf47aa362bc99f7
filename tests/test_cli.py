"""The `sstdesk` command as IT, a trainer or a test runner types it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sstdesk.services.caseload import CaseloadService
from sstdesk.vault import audit
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sstdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_demo_creates_a_profile_and_shows_the_recovery_code_once(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    done = run("demo", str(target), env={"SSTDESK_PASSPHRASE": "demo lösenfras 1"})
    assert done.returncode == 0, done.stderr
    code = re.search(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})\b", done.stdout)
    assert code, done.stdout
    assert "påhittade elever" in done.stdout
    assert "Traceback" not in done.stderr
    vault = Vault.unlock(target, passphrase="demo lösenfras 1")
    try:
        assert len(CaseloadService(vault).caseload(include_ended=True)) >= 40
    finally:
        vault.close()
    # The recovery code printed is the one that opens the vault.
    Vault.recover(target, recovery_code=code.group(1), new_passphrase="annan fras 22")[0].close()

    again = run("demo", str(target), env={"SSTDESK_PASSPHRASE": "demo lösenfras 1"})
    assert again.returncode == 1
    assert again.stderr.startswith("sstdesk: Det finns redan ett valv i")
    assert "Traceback" not in again.stderr


def test_without_a_passphrase_and_no_terminal_it_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SSTDESK_PASSPHRASE"}
    done = subprocess.run(
        [sys.executable, "-m", "sstdesk", "demo", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 1
    assert "SSTDESK_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x").exists()


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    done = run("demo", str(tmp_path / "y"), env={"SSTDESK_PASSPHRASE": "kort"})
    assert done.returncode == 1 and "minst 8 tecken" in done.stderr
    assert not (tmp_path / "y" / "vault.db").exists()


def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    import shutil

    profile = tmp_path / "profil"
    shutil.copytree(demo_master, profile)
    return profile


def demo_student(profile: Path, stage: str, consent: str = ""):  # type: ignore[no-untyped-def]
    """The first caseload row of the demo copy at `stage` (with that consent status)."""
    from tests.conftest import PASSPHRASE

    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    try:
        return next(
            r
            for r in CaseloadService(vault).caseload()
            if r.stage.value == stage
            and (not consent or (r.consent and r.consent.value == consent))
        )
    finally:
        vault.close()


def test_document_writes_the_pdf_the_app_would_show_and_audits_it(
    demo_master: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    row = demo_student(profile, "intervention", "valid")
    out = tmp_path / "ehk.pdf"
    args = ["document", "ehk", "--student", row.personnummer, "--out", str(out)]
    args += ["--profile", str(profile)]
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    no_reason = run(*args, env=env)
    assert no_reason.returncode == 1 and not out.exists()
    assert "Ange skälet" in no_reason.stderr and "--reason" in no_reason.stderr
    assert "Traceback" not in no_reason.stderr
    done = run(*args, "--reason", "Inför elevhälsokonferensen", env=env)
    assert done.returncode == 0, done.stderr
    assert "Underlag till elevhälsokonferens (EHK-" in done.stdout
    assert "inte krypterad" in done.stdout
    body = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert row.name in body and "Underlag inför elevhälsokonferens" in body
    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    try:
        actions = [e.action for e in CaseloadService(vault).audit_trail(row.student_id)]
    finally:
        vault.close()
    assert "document.preview" in actions and "document.export" in actions
    assert "consent.disclosed" in actions


def test_document_refuses_what_the_app_refuses_and_writes_nothing(
    demo_master: Path, tmp_path: Path
) -> None:
    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    row = demo_student(profile, "referred")
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    out = tmp_path / "x.pdf"
    refused = run(
        "document",
        "ehk",
        "--student",
        row.personnummer,
        "--out",
        str(out),
        "--profile",
        str(profile),
        "--reason",
        "Inför mötet",
        env=env,
    )
    assert refused.returncode == 1 and not out.exists()
    assert "kan inte skrivas ut" in refused.stderr and "Skolan" in refused.stderr
    malformed = run(
        "document",
        "sip",
        "--student",
        "19991399-0000",
        "--out",
        str(out),
        "--profile",
        str(profile),
        "--reason",
        "Inför mötet",
        env=env,
    )
    assert malformed.returncode == 1 and "Traceback" not in malformed.stderr
    assert malformed.stderr.startswith("sstdesk: ")
    unknown = run(
        "document",
        "samtycke",
        "--student",
        "20100101-2382",
        "--out",
        str(out),
        "--profile",
        str(profile),
        "--reason",
        "Inför mötet",
        env=env,
    )
    assert unknown.returncode == 1 and "Ingen elev med personnummer" in unknown.stderr
    assert not out.exists()


def test_stats_writes_suppressed_csv_and_pdf(demo_master: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    out = tmp_path / "statistik.csv"
    done = run(
        "stats", "--period", "2026/27", "--out", str(out), "--profile", str(profile), env=env
    )
    assert done.returncode == 0, done.stderr
    assert "Läsåret 2026/27" in done.stdout
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("Uppföljning skolsocialt team – Läsåret 2026/27 – Alla skolor")
    assert "<5" in text
    pdf = tmp_path / "statistik.pdf"
    done = run(
        "stats",
        "--period",
        "ht2026",
        "--grade",
        "7",
        "--out",
        str(pdf),
        "--profile",
        str(profile),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "HT 2026 · Alla skolor, årskurs 7" in PdfReader(pdf).pages[0].extract_text()
    bad = run("stats", "--period", "hösten", "--out", str(out), "--profile", str(profile), env=env)
    assert bad.returncode == 1 and "känns inte igen" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_recover_sets_a_new_passphrase_and_prints_a_new_code(tmp_path: Path) -> None:
    from sstdesk.vault.keys import KdfParams

    profile = tmp_path / "profil"
    vault, code = Vault.create(
        profile, passphrase="gammal fras 1", user="anna.s", params=KdfParams.floor()
    )
    vault.close()
    wrong = run(
        "recover",
        "--profile",
        str(profile),
        env={
            "SSTDESK_RECOVERY_CODE": "AAAA-BBBB-CCCC-DDDD-EEEE",
            "SSTDESK_PASSPHRASE": "ny fras 22",
        },
    )
    assert wrong.returncode == 1 and "Återställningskoden stämmer inte" in wrong.stderr
    done = run(
        "recover",
        "--profile",
        str(profile),
        env={
            "SSTDESK_RECOVERY_CODE": code.lower().replace("-", " "),
            "SSTDESK_PASSPHRASE": "ny fras 22",
        },
    )
    assert done.returncode == 0, done.stderr
    new_code = re.search(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})\b", done.stdout)
    assert new_code and new_code.group(1) != code
    Vault.unlock(profile, passphrase="ny fras 22").close()
    again = run(
        "recover",
        "--profile",
        str(profile),
        env={"SSTDESK_RECOVERY_CODE": code, "SSTDESK_PASSPHRASE": "tredje fras 3"},
    )
    assert again.returncode == 1  # the code used is spent
    assert "Traceback" not in wrong.stderr + done.stderr + again.stderr


def test_start_over_only_for_a_vault_that_cannot_be_opened_and_only_with_the_word(
    tmp_path: Path,
) -> None:
    from sstdesk.vault.keys import KdfParams

    profile = tmp_path / "profil"
    Vault.create(profile, passphrase="gammal fras 1", user="anna.s", params=KdfParams.floor())[
        0
    ].close()
    whole = run("start-over", "--profile", str(profile), "--confirm", "BÖRJA OM")
    assert whole.returncode == 1 and "ser helt ut" in whole.stderr
    (profile / "vault.db").write_bytes(b"")
    refused = run("start-over", "--profile", str(profile), "--confirm", "ok")
    assert refused.returncode == 1 and "BÖRJA OM" in refused.stderr
    assert (profile / "keys.json").exists()
    done = run("start-over", "--profile", str(profile), "--confirm", "börja om")
    assert done.returncode == 0, done.stderr
    (aside,) = profile.glob("undanlagt-*")
    assert sorted(p.name for p in aside.iterdir()) == ["keys.json", "vault.db"]
    assert not (profile / "keys.json").exists()


def test_backup_and_restore_from_the_command_line(demo_master: Path, tmp_path: Path) -> None:
    """`sstdesk backup --to` then `sstdesk restore` on another profile; the vault there stays."""
    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    done = run("backup", "--to", str(usb), "--profile", str(profile), env=env)
    assert done.returncode == 0, done.stderr
    assert "sparad och kontrollerad" in done.stdout
    (made,) = usb.iterdir()
    assert re.fullmatch(r"sstdesk-backup-\d{4}-\d\d-\d\dT\d{4}\.sstbak", made.name)
    assert made.name in done.stdout

    other = tmp_path / "annan"
    Vault.create(other, passphrase=PASSPHRASE, user="x", params=KdfParams.floor())[0].close()
    done = run("restore", str(made), "--profile", str(other), env=env)
    assert done.returncode == 0, done.stderr
    assert "är återställt" in done.stdout and ".before-restore-" in done.stdout
    vault = Vault.unlock(other, passphrase=PASSPHRASE)
    try:
        assert len(CaseloadService(vault).caseload(include_ended=True)) >= 40
        assert "vault.restore" in [e.action for e in audit.events(vault.conn)]
    finally:
        vault.close()


def test_backup_and_restore_refusals_are_one_swedish_sentence(
    demo_master: Path, tmp_path: Path
) -> None:
    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    missing = run("backup", "--to", str(tmp_path / "E"), "--profile", str(profile), env=env)
    assert missing.returncode == 1
    assert missing.stderr.startswith("sstdesk: Mappen") and "finns inte" in missing.stderr
    junk = tmp_path / "semester.sstbak"
    junk.write_bytes(b"PK\x03\x04 inte alls en hel fil")
    before = (profile / "vault.db").read_bytes()
    for args, words in (
        (("restore", str(junk)), "skadad eller ofullständig"),
        (("restore", str(tmp_path / "saknas.sstbak")), "finns inte"),
    ):
        done = run(*args, "--profile", str(profile), env=env)
        assert done.returncode == 1 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert (profile / "vault.db").read_bytes() == before


def test_restore_with_the_recovery_code_sets_the_new_passphrase(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    vault, code = Vault.create(
        tmp_path / "gammal", passphrase=PASSPHRASE, user="anna", params=KdfParams.floor()
    )
    vault.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    made_it = run("backup", "--to", str(usb), "--profile", str(tmp_path / "gammal"), env=env)
    assert made_it.returncode == 0, made_it.stderr
    (made,) = usb.iterdir()
    done = run(
        "restore",
        str(made),
        "--recovery-code",
        "--profile",
        str(tmp_path / "ny"),
        env={"SSTDESK_RECOVERY_CODE": code, "SSTDESK_PASSPHRASE": "en helt ny fras"},
    )
    assert done.returncode == 0, done.stderr
    Vault.unlock(tmp_path / "ny", passphrase="en helt ny fras").close()


def test_sync_with_a_mistyped_server_address_says_so_and_never_shows_a_traceback(
    tmp_path: Path,
) -> None:
    done = run("sync", "--profile", str(tmp_path / "p"), "--server", "http://[::1")
    assert done.returncode == 1
    assert done.stderr.startswith("sstdesk: ") and "Traceback" not in done.stderr
    assert "serverns adress" in done.stderr


def test_city_key_makes_the_statistician_once_and_send_needs_the_pinned_key(
    demo_master: Path, tmp_path: Path
) -> None:
    from tests.conftest import PASSPHRASE

    profile = demo_copy(demo_master, tmp_path)
    env = {"SSTDESK_PASSPHRASE": PASSPHRASE}
    done = run("city", "key", "--profile", str(profile), env=env)
    assert done.returncode == 0, done.stderr
    assert "statistics_key" in done.stdout and "säkerhetskod" in done.stdout
    again = run("city", "key", "--profile", str(profile), env=env)
    assert again.returncode != 0 and "redan" in again.stderr and "Traceback" not in again.stderr
    odd = run("city", "report", "--period", "2026-08-01..2026-09-01", "--out", "x.csv", env=env)
    assert odd.returncode != 0 and "termin eller ett läsår" in odd.stderr
