"""The bundle IT installs: built from this checkout with PyInstaller, then its own
`--self-check` run as IT would run it. Slow (about a minute): `make dist-check`, and
`.ci/run` after `make test`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "installer" / "sstdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    return work / "dist" / "sstdesk"


def run(bundle: Path, *args: str, deployment: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SSTDESK_DEPLOYMENT": str(deployment),
        "SSTDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(bundle / "sstdesk"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
    )


def test_the_built_program_checks_itself_as_it_would(bundle: Path, tmp_path: Path) -> None:
    config = tmp_path / "deployment.json"
    config.write_text(
        json.dumps(
            {
                "server_url": "https://sst.farsta.example",
                "auto_lock_minutes": 5,
                "district": "Farsta",
                "locked": ["server_url", "auto_lock_minutes"],
            }
        )
    )
    done = run(bundle, "--self-check", deployment=config, home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    checks = [line.removeprefix("OK").strip().split(": ")[0] for line in lines[:-1]]
    assert all(line.startswith("OK ") for line in lines[:-1]), lines
    assert checks == [
        "IT:s inställningar",
        "Skydd mot minnesdumpar",
        "Krypterat valv (SQLCipher, libsodium)",
        "Skriva, låsa, låsa upp och läsa",
        "Granskningsloggen",
        "PDF-dokument (reportlab, typsnitt)",
        "Röjandekontroll i statistiken (HiGHS)",
        "Fönster och PDF-visning (Qt)",
    ]
    assert "låsta: auto_lock_minutes, server_url" in lines[0]
    assert "installationen fungerar" in lines[-1]
    assert not [p for p in tmp_path.iterdir() if p.name != "deployment.json"]  # nothing left

    version = run(bundle, "--version", deployment=config, home=tmp_path)
    assert version.stdout.strip().startswith("sstdesk ")


def test_a_broken_it_file_fails_the_check_in_plain_swedish(bundle: Path, tmp_path: Path) -> None:
    config = tmp_path / "deployment.json"
    config.write_text('{"server_url": 5')
    done = run(bundle, "--self-check", deployment=config, home=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("FEL  IT:s inställningar: IT:s inställningsfil")
    assert "Traceback" not in done.stdout + done.stderr


def test_the_bundle_holds_no_developer_paths_and_no_server(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    checkout = str(ROOT).encode()
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    assert not [f for f in files if checkout in f.read_bytes()]
    assert not [f for f in files if "test" in f.name.lower() and f.suffix in (".csv", ".xlsx")]
    archive = CArchiveReader(str(bundle / "sstdesk")).open_embedded_archive("PYZ.pyz")
    modules = set(archive.toc)
    assert "sstdesk.ui.app" in modules and "sstdesk.vault.vault" in modules
    assert not {m for m in modules if m.split(".")[0] in ("fastapi", "sqlalchemy", "uvicorn")}
    assert not {m for m in modules if m.startswith("sstdesk.server")}
    code = archive.extract("sstdesk.cli")
    assert code.co_filename == "sstdesk/cli.py"  # relative: the build machine is not named
    size = sum(f.stat().st_size for f in files)
    print(f"bundle: {size / 1e6:.0f} MB in {len(files)} files")
