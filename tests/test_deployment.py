"""IT's machine-wide settings: defaults for everyone, locked where IT says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sstdesk import deployment, settings
from sstdesk.settings import Settings

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_it_sets_the_defaults_and_locked_values_beat_the_persons_own(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    it = deployment.load(
        write(
            tmp_path / "deployment.json",
            {
                "server_url": "https://sst.farsta.example",
                "ca_bundle": "/etc/sstdesk/ca.pem",
                "auto_lock_minutes": 5,
                "district": "Farsta",
                "logo": str(logo),
                "locked": ["server_url", "ca_bundle"],
            },
        )
    )
    assert it.problem == "" and it.district == "Farsta" and it.logo == PNG
    profile = tmp_path / "profil"
    assert settings.load(profile, it) == Settings(
        auto_lock_minutes=5,
        server_url="https://sst.farsta.example",
        ca_bundle="/etc/sstdesk/ca.pem",
    )
    # The person picks a longer auto-lock (not locked) and, by hand in the file, a server.
    settings.save(profile, Settings(auto_lock_minutes=15, server_url="https://annan.example"), it)
    written = json.loads((profile / settings.FILE_NAME).read_text())
    assert written == {"auto_lock_minutes": 15}  # only what differs from IT and is not locked
    write(profile / settings.FILE_NAME, {"auto_lock_minutes": 15, "server_url": "https://x"})
    mine = settings.load(profile, it)
    assert mine.auto_lock_minutes == 15 and mine.server_url == "https://sst.farsta.example"
    # IT changes its default later: a person who never chose follows it.
    settings.save(profile, Settings(auto_lock_minutes=5, **_it_server()), it)
    later = deployment.Deployment(values={**it.values, "auto_lock_minutes": 3}, locked=it.locked)
    assert settings.load(profile, later).auto_lock_minutes == 3


def _it_server() -> dict[str, str]:
    return {"server_url": "https://sst.farsta.example", "ca_bundle": "/etc/sstdesk/ca.pem"}


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{ inte json", "felaktig JSON på rad 1"),
        ('["en lista"]', "not an object"),
        ({"server": "https://x"}, "okänd inställning: server"),
        ({"auto_lock_minutes": "fem"}, "auto_lock_minutes ska vara ett heltal"),
        ({"locked": ["district"]}, "locked får bara nämna"),
        ({"logo": "/finns/inte.png"}, "filen /finns/inte.png saknas"),
    ],
)
def test_a_broken_file_from_it_is_named_and_the_defaults_apply(
    tmp_path: Path, content: object, said: str
) -> None:
    path = write(tmp_path / "deployment.json", content)
    it = deployment.load(path)
    assert said in it.problem and str(path) in it.problem and "Kontakta IT-supporten" in it.problem
    assert it.values == {} and it.locked == frozenset()
    assert settings.load(tmp_path / "profil", it) == Settings()


def test_a_logo_must_be_an_image(tmp_path: Path) -> None:
    fake = write(tmp_path / "logo.png", "inte en bild")
    it = deployment.load(write(tmp_path / "d.json", {"logo": str(fake)}))
    assert "PNG- eller JPEG-fil" in it.problem


def test_the_machine_path_per_system_and_the_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SSTDESK_DEPLOYMENT", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert deployment.machine_path() == Path("/etc/sstdesk/deployment.json")
    monkeypatch.setattr(sys, "platform", "darwin")
    assert deployment.machine_path() == Path("/Library/Application Support/sstdesk/deployment.json")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "C:\\ProgramData")
    assert deployment.machine_path() == Path("C:\\ProgramData") / "sstdesk" / "deployment.json"
    monkeypatch.setenv("SSTDESK_DEPLOYMENT", str(tmp_path / "prov.json"))
    assert deployment.machine_path() == tmp_path / "prov.json"


def test_sync_from_the_command_line_cannot_change_what_it_locked(tmp_path: Path) -> None:
    it = write(
        tmp_path / "deployment.json",
        {"server_url": "https://sst.farsta.example", "locked": ["server_url"]},
    )
    done = subprocess.run(
        [sys.executable, "-m", "sstdesk", "sync", "--server", "https://annan.example"],
        env={"SSTDESK_DEPLOYMENT": str(it), "SSTDESK_HOME": str(tmp_path / "p"), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "bestäms av IT" in done.stderr and "Traceback" not in done.stderr
