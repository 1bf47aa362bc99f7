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
import dataclasses
import datetime as dt
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sstdesk import __version__, hardening, logsetup
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
    from sstdesk.services.demo import create_demo

    directory = Path(args.directory).expanduser()
    passphrase = read_passphrase(confirm=True)
    service, recovery_code, count = create_demo(
        directory, passphrase=passphrase, today=dt.date.today(), user=args.user
    )
    service.vault.close()
    print(f"Demoprofilen är skapad i {directory} med {count} påhittade elever.")
    print("Återställningskod (visas bara nu – skriv ner den och förvara den säkert):")
    print(f"    {recovery_code}")
    return 0


DOCUMENT_KINDS = {
    "sip": "sip",
    "ehk": "ehk",
    "samtycke": "consent_form",
    "handlingsplan": "action_plan",
    "registerutdrag": "register_extract",
}


def cmd_document(args: argparse.Namespace) -> int:
    """One document to a file: the same consent checks, audit and refusals as the app."""
    from sstdesk.deployment import load as load_deployment
    from sstdesk.domain.codes import DocumentKind
    from sstdesk.domain.personnummer import parse
    from sstdesk.paths import atomic_write, default_profile_dir
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.documents import DocumentService, Letterhead
    from sstdesk.vault.vault import Vault

    kind = DocumentKind(DOCUMENT_KINDS[args.kind])
    reason = " ".join((args.reason or "").split())
    if not reason:
        raise DomainError(
            "Ange skälet till att dokumentet lämnar valvet med --reason, till exempel "
            '--reason "Till elevhälsokonferensen 3 december". Skälet sparas i loggen.'
        )
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise VaultError(f"{out} är en mapp. Ange en fil, till exempel {out / 'dokument.pdf'}.")
    if not out.parent.is_dir():
        raise VaultError(f"Mappen {out.parent} finns inte. Ange en befintlig mapp för filen.")
    personnummer = parse(args.student, today=dt.date.today())
    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    vault = Vault.unlock(profile, passphrase=read_passphrase(confirm=False))
    try:
        caseload = CaseloadService(vault)
        student = caseload.find_student(personnummer)
        if student is None:
            raise DomainError(f"Ingen elev med personnummer {personnummer} finns i valvet.")
        it = load_deployment()
        documents = DocumentService(caseload, Letterhead(it.district, it.logo))
        document = documents.prepare(kind, student.id)
        documents.saved(
            document, reason, action="document.export", write=lambda pdf: atomic_write(out, pdf)
        )
    finally:
        vault.close()
    print(f"{document.title} ({document.document_id}) sparad i {out}.")
    print("Filen är inte krypterad: förvara den säkert och radera den när den inte behövs.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """The team's statistics for a period to a CSV or PDF file, suppressed like the app's."""
    from sstdesk.deployment import load as load_deployment
    from sstdesk.documents.data import Letterhead
    from sstdesk.paths import atomic_write, default_profile_dir
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.statistics import Selection, StatisticsService
    from sstdesk.stats.facts import Period
    from sstdesk.vault.vault import Vault

    try:
        period = Period.parse(args.period)
    except ValueError:
        raise DomainError(
            f"Perioden ”{args.period}” känns inte igen. Skriv till exempel ht2026, vt2027, "
            "2026/27 eller 2026-08-01..2026-12-31."
        ) from None
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".csv", ".pdf"):
        raise DomainError("Ange en fil som slutar på .csv eller .pdf.")
    if not out.parent.is_dir():
        raise VaultError(f"Mappen {out.parent} finns inte. Ange en befintlig mapp för filen.")
    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    vault = Vault.unlock(profile, passphrase=read_passphrase(confirm=False))
    try:
        it = load_deployment()
        stats = StatisticsService(CaseloadService(vault), Letterhead(it.district, it.logo))
        school_id = None
        if args.school:
            matches = [i for i, name in stats.schools().items() if name == args.school]
            if not matches:
                raise DomainError(f"Ingen skola heter ”{args.school}” i valvet.")
            school_id = matches[0]
        selection = Selection(period, school_id=school_id, grade=args.grade)
        data = (
            stats.export_pdf(selection)
            if out.suffix.lower() == ".pdf"
            else stats.export_csv(selection)
        )
        atomic_write(out, data)
    finally:
        vault.close()
    print(
        f"Statistik för {period.label} sparad i {out} (celler under 5 visas som <5, "
        "celler som kunde avslöja dem som ..)."
    )
    return 0


def _ask(prompt: str) -> str:
    """A line typed by the person; nothing when no one is there to type (no terminal)."""
    try:
        return input(prompt)
    except EOFError:
        print()
        return ""


def cmd_sync(args: argparse.Namespace) -> int:
    """One sync with the team's server, or enrolment of this laptop (--enrol)."""
    import socket

    from sstdesk import settings as settings_store
    from sstdesk.deployment import load as load_deployment
    from sstdesk.paths import default_profile_dir
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.sync import SyncService, shred
    from sstdesk.sync.engine import Revoked
    from sstdesk.sync.transport import connect
    from sstdesk.vault.vault import Vault

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    it = load_deployment()
    chosen = settings_store.load(profile, it)
    if (args.server and it.is_locked("server_url")) or (args.ca and it.is_locked("ca_bundle")):
        raise DomainError(
            "Serverns adress och CA-certifikatet bestäms av IT på den här datorn och kan inte "
            "ändras med --server eller --ca."
        )
    if args.server or args.ca:
        chosen = dataclasses.replace(
            chosen,
            server_url=args.server or chosen.server_url,
            ca_bundle=str(Path(args.ca).resolve()) if args.ca else chosen.ca_bundle,
        )
        settings_store.save(profile, chosen, it)
    http = connect(chosen.server_url, chosen.ca_bundle)
    vault = Vault.unlock(profile, passphrase=read_passphrase(confirm=False))
    revoked = None
    try:
        sync = SyncService(CaseloadService(vault), http)
        if args.enrol:
            if not args.user:
                raise DomainError("Ange ditt användarnamn på servern med --user.")
            password = os.environ.get("SSTDESK_SYNC_PASSWORD") or getpass.getpass(
                "Lösenord på servern: "
            )
            status = sync.client.enrol(
                args.user,
                password,
                socket.gethostname()[:120],
                recovery_code=args.recovery_code or "",
                team_code=args.team_code or "",
            )
            if sync.client.new_recovery_code:
                print("Teamets återställningskod (visas bara nu – skriv ut den och förvara den")
                print("inlåst; med den kan en ny dator få teamnyckeln om alla datorer försvinner):")
                print(f"    {sync.client.new_recovery_code}")
            if status.value == "approved":
                print("Datorn är ansluten och synkroniserar.")
            else:
                print("Datorn väntar på att bli godkänd. Visa den här säkerhetskoden för")
                print(f"teamets administratör:  {sync.client.safety_code}")
                print("Kör kommandot igen när datorn är godkänd.")
            return 0
        if args.approve_pending:
            for device in sync.client.pending_devices().devices:
                print(f"{device.device_name} ({device.user}) väntar på att bli godkänd.")
                typed = args.safety_code or _ask(
                    "Skriv säkerhetskoden som visas på kollegans dator (tomt: hoppa över): "
                )
                if not typed.strip():
                    print("Inte godkänd.")
                    continue
                team_code = sync.client.approve(device.device_id, device.public_key, typed)
                print(f"Godkände {device.device_name} ({device.user}). Teamkod att skriva in")
                print(f"på den datorn (sstdesk sync --enrol --team-code):  {team_code}")
        result = sync.client.sync()
        conflicts = len(sync.conflicts())
        if sync.client.new_recovery_code:
            print("Teamet har fått en ny nyckel (servern bad om det, till exempel för att en dator")
            print("har spärrats). Ny återställningskod (visas bara nu – skriv ut den; den gamla")
            print("gäller inte längre):")
            print(f"    {sync.client.new_recovery_code}")
    except Revoked as error:
        revoked = error
    finally:
        vault.close()
        http.close()
    if revoked is not None:
        shred(profile)
        raise DomainError(f"{revoked} Valvet på den här datorn är raderat.")
    print(
        f"Synkroniserat: {result.pushed} skickade, {result.pulled} mottagna, "
        f"{result.waiting} väntar. {conflicts} konflikter att lösa i appen."
    )
    return 0


def cmd_city(args: argparse.Namespace) -> int:
    """The city-wide statistics: the statistician's key, a team's sealed counts, the report."""
    from sstdesk import settings as settings_store
    from sstdesk.deployment import load as load_deployment
    from sstdesk.documents.data import Letterhead
    from sstdesk.paths import atomic_write, default_profile_dir
    from sstdesk.services import city_statistics as city
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.statistics import StatisticsService
    from sstdesk.services.sync import SyncService
    from sstdesk.stats.facts import Period
    from sstdesk.sync.transport import connect
    from sstdesk.vault.vault import Vault

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    it = load_deployment()
    period = None
    if args.action != "key":
        try:
            period = Period.parse(args.period)
        except ValueError:
            raise DomainError(
                f"Perioden ”{args.period}” känns inte igen. Skriv till exempel ht2026, vt2027 "
                "eller 2026/27."
            ) from None
        if period.standard() is None:
            raise DomainError("Stadens statistik gäller en termin eller ett läsår.")
    out = Path(args.out).expanduser() if args.action == "report" else None
    if out is not None and out.suffix.lower() not in (".csv", ".pdf"):
        raise DomainError("Ange en fil som slutar på .csv eller .pdf.")
    vault = Vault.unlock(profile, passphrase=read_passphrase(confirm=False))
    try:
        if args.action == "key":
            key = city.create_statistician_key(vault)
            print("Den här datorn är nu stadens statistikdator. Ge IT den publika nyckeln för")
            print("inställningsfilen (statistics_key) och läs säkerhetskoden för dem:")
            print(f"    {key}")
            print(f"    säkerhetskod {city.key_print(key)}")
            return 0
        assert period is not None
        chosen = settings_store.load(profile, it)
        http = connect(chosen.server_url, chosen.ca_bundle)
        try:
            service = CaseloadService(vault)
            stats = StatisticsService(service)
            work = city.CityStatistics(stats, SyncService(service, http).client, it)
            first = period.group()[0].start.year
            if args.action == "send":
                sent = work.send(first)
                print(f"Teamets statistik för läsåret {first}/{str(first + 1)[2:]} är förseglad")
                print("till stadens statistiker och skickad. Servern kan inte läsa den.")
                print(f"Den är undertecknad av den här datorn, med kod {sent.code}.")
                return 0
            counts = work.fetch(first)
            checked = {c.replace(" ", "") for c in args.trust}
            confirmed = [s for s in counts.pending if s.code.replace(" ", "") in checked]
            for sender in confirmed:
                work.trust(sender)
            if confirmed:
                counts = work.fetch(first)
            for sender in counts.pending:
                print(
                    f"{sender.stadsdel}: skickad från en dator med kod {sender.code}, som inte "
                    "är avstämd. Ring teamet, be dem läsa upp koden och kör igen med "
                    f'--trust "{sender.code}" om den stämmer. Den räknas inte med förrän dess.'
                )
            assert out is not None
            data = (
                work.export_pdf(counts, period, Letterhead(it.district, it.logo))
                if out.suffix.lower() == ".pdf"
                else work.export_csv(counts, period)
            )
            atomic_write(out, data)
        finally:
            http.close()
    finally:
        vault.close()
    print(f"Stadens statistik för {period.label} från {len(counts.teams)} team sparad i {out}.")
    if counts.unreadable:
        print(
            f"{counts.unreadable} team skickade statistik som inte gick att öppna med den här "
            "datorns nyckel; de är inte medräknade."
        )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Forgot the passphrase: the recovery code opens the vault and a new passphrase is set;
    a new recovery code replaces the one used, shown once."""
    from sstdesk.paths import default_profile_dir
    from sstdesk.vault.vault import Vault

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    code = os.environ.get("SSTDESK_RECOVERY_CODE")
    if not code:
        if not sys.stdin.isatty():
            raise VaultError(
                "Ingen återställningskod angiven. Sätt SSTDESK_RECOVERY_CODE eller kör "
                "kommandot i en terminal."
            )
        code = getpass.getpass("Återställningskod: ")
    print("Välj en ny lösenfras.")
    passphrase = read_passphrase(confirm=True)
    vault, new_code = Vault.recover(profile, recovery_code=code, new_passphrase=passphrase)
    vault.close()
    print("Valvet är öppnat med återställningskoden och har fått den nya lösenfrasen.")
    print("Ny återställningskod (den gamla öppnar inte längre valvet här, men äldre")
    print("säkerhetskopior öppnas med koden som gällde då; visas bara nu – skriv ner den")
    print("och förvara den inlåst):")
    print(f"    {new_code}")
    return 0


def cmd_start_over(args: argparse.Namespace) -> int:
    """A vault that cannot be opened is set aside (never deleted) so that a new one can be made."""
    from sstdesk.paths import default_profile_dir
    from sstdesk.vault import vault as vault_store

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    if not vault_store.exists(profile):
        raise VaultError(f"Det finns inget valv i {profile}. Ingenting att börja om från.")
    try:
        vault_store.check_files(profile)
    except VaultError:
        pass  # the case this is for: the files cannot be opened
    else:
        raise VaultError(
            f"Valvet i {profile} ser helt ut. Lås upp det med lösenfrasen, eller använd "
            "sstdesk recover om du har glömt den."
        )
    word = args.confirm or _ask(f"Skriv {vault_store.START_OVER_WORD} för att bekräfta: ")
    aside = vault_store.start_over(profile, confirm=word)
    print(f"Filerna är undanlagda i {aside}. Nästa start skapar ett nytt, tomt valv.")
    return 0


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def cmd_backup(args: argparse.Namespace) -> int:
    """An encrypted backup of the vault into a folder, opened and checked before it counts."""
    from sstdesk.domain.formatting import format_datetime
    from sstdesk.paths import default_profile_dir
    from sstdesk.services.backup import BackupService
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.vault.vault import Vault

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    folder = Path(args.to).expanduser()
    passphrase = read_passphrase(confirm=False)
    vault = Vault.unlock(profile, passphrase=passphrase)
    try:
        report = BackupService(CaseloadService(vault)).back_up(folder, passphrase=passphrase)
    finally:
        vault.close()
    print(
        f"Säkerhetskopian är sparad och kontrollerad: {report.path} ({_size(report.size)}, "
        f"{report.records} poster, {format_datetime(report.created)})."
    )
    print("Den är krypterad och öppnas med lösenfrasen eller återställningskoden som gäller nu.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into the profile after checking it; a vault there is kept beside it."""
    from sstdesk.domain.formatting import format_datetime
    from sstdesk.paths import default_profile_dir
    from sstdesk.services.backup import inspect, restore

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    path = Path(args.file).expanduser()
    info = inspect(path)  # a foreign or damaged file is refused before anything is asked
    if args.recovery_code:
        code = os.environ.get("SSTDESK_RECOVERY_CODE") or _secret("Återställningskod: ")
        print("Välj en ny lösenfras för det återställda valvet.")
        report = restore(
            path, profile, recovery_code=code, new_passphrase=read_passphrase(confirm=True)
        )
    else:
        report = restore(path, profile, passphrase=read_passphrase(confirm=False))
    print(
        f"Valvet i {profile} är återställt från säkerhetskopian från "
        f"{format_datetime(info.created.astimezone())} ({report.records} poster)."
    )
    if report.kept:
        print("Valvet som fanns där förut är sparat bredvid, orört:")
        for kept in report.kept:
            print(f"    {kept.name}")
    return 0


def _secret(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise VaultError(
            "Ingen återställningskod angiven. Sätt SSTDESK_RECOVERY_CODE eller kör kommandot i "
            "en terminal."
        )
    return getpass.getpass(prompt)


def cmd_app(args: argparse.Namespace) -> int:
    if args.self_check:
        from sstdesk.selfcheck import run_checks

        return run_checks()
    from sstdesk.ui.app import run  # Qt is loaded only for the window

    return run(profile=Path(args.profile).expanduser() if args.profile else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sstdesk", description="Ärendeverktyg för skolsociala team."
    )
    parser.add_argument("--profile", help="profilmapp (standard: SSTDESK_HOME eller användarmapp)")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="kontrollera installationen (för IT): tillfälligt valv, PDF, Qt; slutkod 0 = rätt",
    )
    parser.add_argument("--version", action="version", version=f"sstdesk {__version__}")
    parser.set_defaults(func=cmd_app)
    commands = parser.add_subparsers(title="kommandon")
    demo = commands.add_parser("demo", help="skapa en demoprofil med påhittade elever")
    demo.add_argument("directory", help="mapp att skapa profilen i (får inte innehålla ett valv)")
    demo.add_argument("--user", default="demo.socionom", help="användarnamn i loggen")
    demo.set_defaults(func=cmd_demo)
    document = commands.add_parser(
        "document", help="skriv ett dokument om en elev till en PDF-fil (samma regler som appen)"
    )
    document.add_argument("kind", choices=sorted(DOCUMENT_KINDS), help="vilket dokument")
    document.add_argument("--student", required=True, help="elevens personnummer")
    document.add_argument("--out", required=True, help="PDF-filen att skriva")
    document.add_argument("--reason", help="varför dokumentet lämnar valvet (sparas i loggen)")
    document.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    document.set_defaults(func=cmd_document, lock=True)
    stats = commands.add_parser("stats", help="teamets statistik för en period till CSV eller PDF")
    stats.add_argument("--period", required=True, help="ht2026, vt2027, 2026/27 eller FRÅN..TILL")
    stats.add_argument("--out", required=True, help="filen att skriva (.csv eller .pdf)")
    stats.add_argument("--school", help="bara den här skolan (namnet)")
    stats.add_argument("--grade", type=int, help="bara den här årskursen")
    stats.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    stats.set_defaults(func=cmd_stats, lock=True)
    town = commands.add_parser(
        "city", help="stadens statistik: förseglad till statistikern, oläsbar för servern"
    )
    town.add_argument(
        "action",
        choices=("key", "send", "report"),
        help="key: gör datorn till statistikerns; send: skicka teamets läsår; "
        "report: statistikerns sammanställning till CSV eller PDF",
    )
    town.add_argument("--period", default="", help="ht2026, vt2027 eller 2026/27")
    town.add_argument("--out", default="", help="filen att skriva (report): .csv eller .pdf")
    town.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="KOD",
        help="(report) en ny dators kod som du har stämt av med teamet: räknas med",
    )
    town.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    town.set_defaults(func=cmd_city, lock=True)
    sync = commands.add_parser("sync", help="synkronisera med teamets server (en gång)")
    sync.add_argument("--enrol", action="store_true", help="anslut den här datorn till servern")
    sync.add_argument("--user", help="ditt användarnamn på servern (med --enrol)")
    sync.add_argument("--recovery-code", help="teamets återställningskod (med --enrol)")
    sync.add_argument(
        "--approve-pending",
        action="store_true",
        help="godkänn kollegornas väntande datorer (admin)",
    )
    sync.add_argument(
        "--team-code",
        help="teamkoden som visas hos administratören när datorn godkänns (med --enrol)",
    )
    sync.add_argument(
        "--safety-code",
        help="säkerhetskoden som visas på kollegans dator (med --approve-pending)",
    )
    sync.add_argument("--server", help="serverns adress (sparas i inställningarna)")
    sync.add_argument("--ca", help="distriktets CA-certifikat (sparas i inställningarna)")
    sync.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    sync.set_defaults(func=cmd_sync, lock=True)
    recover = commands.add_parser(
        "recover", help="glömt lösenfrasen: öppna valvet med återställningskoden"
    )
    recover.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    recover.set_defaults(func=cmd_recover, lock=True)
    start_over = commands.add_parser(
        "start-over",
        help="lägg undan ett valv som inte går att öppna och börja om med ett tomt",
    )
    start_over.add_argument("--confirm", help="bekräftelseordet (BÖRJA OM)")
    start_over.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    start_over.set_defaults(func=cmd_start_over, lock=True)
    backup = commands.add_parser(
        "backup", help="gör en krypterad säkerhetskopia av valvet och kontrollera den"
    )
    backup.add_argument("--to", required=True, help="mappen att spara i (t.ex. ett USB-minne)")
    backup.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    backup.set_defaults(func=cmd_backup, lock=True)
    restore = commands.add_parser(
        "restore",
        help="återställ valvet från en säkerhetskopia (valvet som finns sparas bredvid)",
    )
    restore.add_argument("file", help="säkerhetskopian (.sstbak)")
    restore.add_argument(
        "--recovery-code",
        action="store_true",
        help="öppna kopian med återställningskoden (SSTDESK_RECOVERY_CODE eller frågas) och "
        "välj en ny lösenfras (SSTDESK_PASSPHRASE eller frågas)",
    )
    restore.add_argument("--profile", default=argparse.SUPPRESS, help="profilmapp")
    restore.set_defaults(func=cmd_restore, lock=True)
    return parser


def _run(args: argparse.Namespace) -> int:
    """A command on a profile holds its lock: never beside the window or another command."""
    if not getattr(args, "lock", False):
        return int(args.func(args))
    from sstdesk.paths import default_profile_dir
    from sstdesk.vault.profile_lock import ProfileLock

    profile = Path(args.profile).expanduser() if args.profile else default_profile_dir()
    with ProfileLock.acquire(profile):
        return int(args.func(args))


def main(argv: Sequence[str] | None = None) -> int:
    hardening.harden()  # before anything is read: a crash from here on writes no core
    logsetup.configure()
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (VaultError, DomainError) as error:
        print(f"sstdesk: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        print(
            f"sstdesk: Filen{where} kunde inte skrivas ({error.strerror or 'okänt fel'}). "
            "Välj en fil i en mapp du kan skriva i.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("sstdesk: avbrutet.", file=sys.stderr)
        return 130
    except MemoryError:
        print(
            "sstdesk: Datorn har inte tillräckligt med ledigt minne just nu. Ingenting har "
            "ändrats. Stäng andra program och försök igen.",
            file=sys.stderr,
        )
        return 1
    except Exception as error:  # noqa: BLE001
        # The last resort: a fault of this program. The log gets its type only (the text
        # may quote data it was handed); the person a sentence, never a traceback.
        log.error("cli.unexpected: %s", type(error).__name__)
        print(
            "sstdesk: Något oväntat gick fel i programmet. Inget i valvet har ändrats av "
            "felet. Kontakta IT-supporten om det händer igen.",
            file=sys.stderr,
        )
        return 1
