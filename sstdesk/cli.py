"""The `sstdesk` command: the desktop app, and batch commands on a profile.

Layer: entry point (composition root). No Qt here: the window is imported
only when it is asked for. Every command uses the same profile rules — the
directory from the argument, else `SSTDESK_HOME`, else the platform's data
directory — and the same passphrase rules: `SSTDESK_PASSPHRASE`, else asked
without echo. Errors reach the person as one Swedish sentence, never a
traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sstdesk import logsetup
from sstdesk.domain.errors import DomainError
from sstdesk.vault.errors import VaultError

log = logging.getLogger("sstdesk.cli")


def read_passphrase(*, confirm: bool) -> str:
    from_env = os.environ.get("SSTDESK_PASSPHRASE")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise VaultError(
            "Ingen lösenfras angiven. Sätt SSTDESK_PASSPHRASE eller kör kommandot i en terminal."
        )
    first = getpass.getpass("Lösenfras: ")
    if confirm and getpass.getpass("Upprepa lösenfrasen: ") != first:
        raise VaultError("Lösenfraserna stämmer inte överens. Försök igen.")
    return first


def cmd_demo(args: argparse.Namespace) -> int:
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.demo import DISTRICT, build_demo
    from sstdesk.vault.vault import Vault

    directory = Path(args.directory).expanduser()
    passphrase = read_passphrase(confirm=True)
    vault, recovery_code = Vault.create(
        directory, passphrase=passphrase, user=args.user, district=DISTRICT
    )
    try:
        count = build_demo(CaseloadService(vault), today=dt.date.today())
    finally:
        vault.close()
    print(f"Demoprofilen är skapad i {directory} med {count} påhittade elever.")
    print("Återställningskod (visas bara nu – skriv ner den och förvara den säkert):")
    print(f"    {recovery_code}")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from sstdesk.ui.app import run  # Qt is loaded only for the window

    return run(profile=Path(args.profile).expanduser() if args.profile else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sstdesk", description="Ärendeverktyg för skolsociala team."
    )
    parser.add_argument("--profile", help="profilmapp (standard: SSTDESK_HOME eller användarmapp)")
    parser.set_defaults(func=cmd_app)
    commands = parser.add_subparsers(title="kommandon")
    demo = commands.add_parser("demo", help="skapa en demoprofil med påhittade elever")
    demo.add_argument("directory", help="mapp att skapa profilen i (får inte innehålla ett valv)")
    demo.add_argument("--user", default="demo.socionom", help="användarnamn i loggen")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logsetup.configure()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (VaultError, DomainError) as error:
        print(f"sstdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sstdesk: avbrutet.", file=sys.stderr)
        return 130
