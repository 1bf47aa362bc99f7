"""`sstdesk-server`: run the sync server, and administer it from the command line.

The database is `--db URL`, else `SSTDESK_SERVER_DB`, else `sqlite:///sstdesk-server.db`
in the working directory. Passwords come from `SSTDESK_SERVER_PASSWORD` or are asked
without echo. Errors reach the operator as one Swedish sentence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import ssl
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, desc, select
from sqlalchemy.exc import IntegrityError, OperationalError

from sstdesk.server import auth, limits, store
from sstdesk.server.db import access_log, engine_for, teams
from sstdesk.server.migrate import upgrade
from sstdesk.wire.schema import MAX_CIPHERTEXT, DeviceStatus

if TYPE_CHECKING:
    from sstdesk.server.app import ServerSettings


class OperatorError(Exception):
    pass


# `serve`'s size limits in KiB: the setting, its flag, its environment variable, its default.
SIZE_OPTIONS = (
    ("max_request_kib", "--max-request-kib", "SSTDESK_SERVER_MAX_REQUEST_KIB", limits.MAX_REQUEST),
    ("max_record_kib", "--max-record-kib", "SSTDESK_SERVER_MAX_RECORD_KIB", limits.MAX_RECORD),
)


def _engine(args: argparse.Namespace) -> Engine:
    url = args.db or os.environ.get("SSTDESK_SERVER_DB") or "sqlite:///sstdesk-server.db"
    engine = engine_for(url)
    try:
        upgrade(engine)
    except OperationalError as error:
        raise OperatorError(
            "Databasen går inte att nå. Kontrollera adressen (--db) och att databasservern körs."
        ) from error
    return engine


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sstdesk.server.app import create_app

    if not args.dev and not (args.cert and args.key):
        raise OperatorError("Ange --cert och --key (TLS). Utan TLS körs servern bara med --dev.")
    app = create_app(_engine(args), serve_settings(args))
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        ssl_ciphers="ECDHE+AESGCM:ECDHE+CHACHA20",  # uvicorn's old default "TLSv1" is weak
        log_level="warning",
        access_log=False,  # the server keeps its own access log, with ids only
        server_header=False,
    )
    config.load()
    if config.ssl is not None:
        config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    uvicorn.Server(config).run()
    return 0


def serve_settings(args: argparse.Namespace) -> ServerSettings:
    """What `serve` was asked for: a flag, else its environment variable, else the default."""
    from sstdesk.server.app import ServerSettings

    sizes = {}
    for name, _flag, variable, _default in SIZE_OPTIONS:
        value = getattr(args, name)
        if value is None and os.environ.get(variable):
            try:
                value = int(os.environ[variable])
            except ValueError:
                raise OperatorError(f"{variable} ska vara ett heltal (KiB).") from None
        if value is not None:
            sizes[f"{name.removesuffix('_kib')}_bytes"] = value * limits.KIB
    try:
        return ServerSettings(dev=args.dev, **sizes)
    except ValueError:
        raise OperatorError(
            f"Ogiltiga storleksgränser: en post ska vara högst {MAX_CIPHERTEXT // limits.KIB} KiB "
            f"och en begäran minst {limits.ENVELOPE // limits.KIB} KiB större än en post."
        ) from None


def cmd_dev_certs(args: argparse.Namespace) -> int:
    from sstdesk.server.certs import make_dev_certs

    directory = Path(args.directory)
    make_dev_certs(directory)
    print(f"Test-CA och servercertifikat skapade i {directory}:")
    print("  ca.pem (klienten litar på den), server.pem och server.key (servern).")
    return 0


def cmd_team_create(args: argparse.Namespace) -> int:
    with _engine(args).begin() as conn:
        team_id = store.create_team(conn, district=args.district, name=args.name, now=_now())
    print(team_id)
    return 0


def cmd_team_list(args: argparse.Namespace) -> int:
    with _engine(args).begin() as conn:
        for row in conn.execute(select(teams).order_by(teams.c.name)):
            print(f"{row.id}  {row.district}  {row.name}")
    return 0


def cmd_user_create(args: argparse.Namespace) -> int:
    password = os.environ.get("SSTDESK_SERVER_PASSWORD") or _ask_password()
    if len(password) < 12:
        raise OperatorError("Lösenordet ska ha minst 12 tecken.")
    hashed = auth.Passwords(auth.HashParams()).hash(password)
    try:
        with _engine(args).begin() as conn:
            user_id = store.create_user(
                conn,
                team_id=args.team,
                name=args.name,
                password_hash=hashed,
                is_admin=args.admin,
                now=_now(),
                role=args.role,
            )
    except KeyError:
        raise OperatorError(f"Inget team har id {args.team}.") from None
    except IntegrityError:
        raise OperatorError(f"Användaren {args.name} finns redan.") from None
    print(user_id)
    return 0


def _ask_password() -> str:
    if not sys.stdin.isatty():
        raise OperatorError("Sätt SSTDESK_SERVER_PASSWORD eller kör kommandot i en terminal.")
    first = getpass.getpass("Lösenord: ")
    if getpass.getpass("Upprepa lösenordet: ") != first:
        raise OperatorError("Lösenorden stämmer inte överens.")
    return first


def cmd_devices_list(args: argparse.Namespace) -> int:
    with _engine(args).begin() as conn:
        for d in store.list_devices(conn):
            print(f"{d['id']}  {d['status']:<8}  {d['team']}  {d['user']}  {d['name']}")
    return 0


def _decide(args: argparse.Namespace, status: DeviceStatus) -> int:
    try:
        with _engine(args).begin() as conn:
            store.decide_device(conn, args.device, status, now=_now())
    except KeyError:
        raise OperatorError(f"Ingen enhet har id {args.device}.") from None
    verb = "godkänd" if status is DeviceStatus.APPROVED else "spärrad"
    print(f"Enheten {args.device} är {verb}.")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with _engine(args).begin() as conn:
        rows = conn.execute(select(access_log).order_by(desc(access_log.c.id)).limit(args.last))
        for r in reversed(rows.all()):
            ids = f"  [{r.record_ids}]" if r.record_ids else ""
            print(
                f"{r.at:%Y-%m-%d %H:%M:%S}  {r.action:<8} {r.outcome:<18} "
                f"{r.user_name or '-'}  {r.device_id or '-'}{ids}"
            )
    return 0


def cmd_restored(args: argparse.Namespace) -> int:
    with _engine(args).begin() as conn:
        value = store.new_epoch(conn)
    print(f"Ny epok {value}: enheterna skickar om det som säkerhetskopian saknar.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sstdesk-server", description="Synkserver för sstdesk.")
    parser.add_argument("--db", help="databasens adress (sqlite:///fil.db, postgresql+psycopg://…)")
    commands = parser.add_subparsers(title="kommandon", required=True)

    serve = commands.add_parser("serve", help="kör servern")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", help="servercertifikat (PEM)")
    serve.add_argument("--key", help="serverns privata nyckel (PEM)")
    serve.add_argument("--dev", action="store_true", help="utvecklingsläge: OpenAPI, TLS valfritt")
    for name, flag, variable, default in SIZE_OPTIONS:
        what = "en begäran" if "request" in name else "en post (krypterad)"
        serve.add_argument(
            flag,
            type=int,
            dest=name,
            metavar="KiB",
            help=f"största storlek på {what}, annars {variable}, annars {default // limits.KIB}",
        )
    serve.set_defaults(func=cmd_serve)

    certs = commands.add_parser("dev-certs", help="skapa test-CA och servercertifikat")
    certs.add_argument("directory")
    certs.set_defaults(func=cmd_dev_certs)

    team = commands.add_parser("team", help="team").add_subparsers(required=True)
    create = team.add_parser("create", help="skapa ett team")
    create.add_argument("--district", required=True)
    create.add_argument("--name", required=True)
    create.set_defaults(func=cmd_team_create)
    team.add_parser("list", help="lista team").set_defaults(func=cmd_team_list)

    user = commands.add_parser("user", help="användare").add_subparsers(required=True)
    add = user.add_parser("create", help="skapa en användare")
    add.add_argument("--team", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--admin", action="store_true", help="teamadministratör")
    add.add_argument(
        "--role",
        choices=store.ROLES,
        default=store.ROLE_SOCIAL_WORKER,
        help="statistik: stadens statistiker, som hämtar teamens förseglade statistik",
    )
    add.set_defaults(func=cmd_user_create)

    devices = commands.add_parser("devices", help="enheter").add_subparsers(required=True)
    devices.add_parser("list", help="lista enheter").set_defaults(func=cmd_devices_list)
    for name, status in (("approve", DeviceStatus.APPROVED), ("revoke", DeviceStatus.REVOKED)):
        sub = devices.add_parser(name, help="godkänn" if name == "approve" else "spärra")
        sub.add_argument("device")
        sub.set_defaults(func=lambda a, status=status: _decide(a, status))

    log = commands.add_parser("log", help="läs serverns åtkomstlogg")
    log.add_argument("--last", type=int, default=50)
    log.set_defaults(func=cmd_log)

    restored = commands.add_parser(
        "restored", help="efter återställning från säkerhetskopia: ny epok"
    )
    restored.set_defaults(func=cmd_restored)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except OperatorError as error:
        print(f"sstdesk-server: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
