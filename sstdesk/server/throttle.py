"""Failed logins and token renewals, counted per user name and per client address.

The counts live in the database, so several instances behind a load balancer share them.
What is counted is never kept as such: a user name, whether an account has it or not,
and a client address are kept only as an HMAC under the server's own key (meta
`throttle_key`, made by `migrate.upgrade`), an address's failures only as long as the
window they count in, a name's only until a day (`forget_after`) passes without one.

A name is throttled the same whether it exists or not, so the answers tell nothing about
which names do (`auth.lock_after`: from the 5th failure in a row, an exponential wait).
An address is refused once it has `most` failures within `window`, whatever names it
tries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import unicodedata

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sstdesk.server import auth
from sstdesk.server.db import address_failures, login_failures, meta
from sstdesk.wire.schema import Refusal

THROTTLED = Refusal(code="throttled", message="För många misslyckade försök. Vänta en stund.")
KEY = "throttle_key"


def _key(conn: Connection) -> bytes:
    return bytes.fromhex(conn.execute(select(meta.c.value).where(meta.c.key == KEY)).scalar_one())


def name_hash(conn: Connection, name: str) -> str:
    """The name as a person would mean it: "Anna.S " and "anna.s" are counted as one."""
    normal = unicodedata.normalize("NFKC", name).strip().casefold()
    return hmac.new(_key(conn), b"name\0" + normal.encode(), hashlib.sha256).hexdigest()


def address_hash(conn: Connection, host: str) -> str:
    """An IPv6 client is counted by its /64, the block one subscriber is given."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        where = host  # not an address (a Unix socket, a test client): counted as given
    else:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        where = str(ipaddress.ip_network(f"{ip}/64", strict=False) if ip.version == 6 else ip)
    return hmac.new(_key(conn), b"address\0" + where.encode(), hashlib.sha256).hexdigest()


def serialise(conn: Connection, digest: str) -> None:
    """Attempts on the same name or from the same address, one after the other: else on
    PostgreSQL several at once would each pass the check before any failure is counted.
    (SQLite runs every write transaction alone already.) Take an address before a name."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(lock_id(digest))))


def lock_id(digest: str) -> int:
    return int.from_bytes(bytes.fromhex(digest[:16]), "big", signed=True)


# -- per name -----------------------------------------------------------------------------


def name_locked(conn: Connection, name: str, *, now: dt.datetime) -> bool:
    until = conn.execute(
        select(login_failures.c.locked_until).where(login_failures.c.name_hash == name)
    ).scalar_one_or_none()
    return until is not None and _aware(until) > now


def name_failed(
    conn: Connection, name: str, *, now: dt.datetime, forget_after: dt.timedelta
) -> None:
    """One more failure in a row for the name; the waiting starts at the 5th."""
    conn.execute(
        delete(login_failures).where(
            login_failures.c.last_failure_at <= now - forget_after,
            (login_failures.c.locked_until.is_(None)) | (login_failures.c.locked_until <= now),
        )
    )
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    failures = conn.execute(
        dialect.insert(login_failures)
        .values(name_hash=name, failures=1, last_failure_at=now)
        .on_conflict_do_update(
            index_elements=[login_failures.c.name_hash],
            set_={"failures": login_failures.c.failures + 1, "last_failure_at": now},
        )
        .returning(login_failures.c.failures)
    ).scalar_one()
    conn.execute(
        update(login_failures)
        .where(login_failures.c.name_hash == name)
        .values(locked_until=auth.lock_after(failures, now))
    )


def name_succeeded(conn: Connection, name: str) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.name_hash == name))


# -- per address --------------------------------------------------------------------------


def address_blocked(
    conn: Connection, address: str, *, now: dt.datetime, most: int, window: dt.timedelta
) -> bool:
    count = conn.execute(
        select(func.count())
        .select_from(address_failures)
        .where(address_failures.c.address_hash == address, address_failures.c.at > now - window)
    ).scalar_one()
    return count >= most


def address_failed(
    conn: Connection, address: str, *, now: dt.datetime, window: dt.timedelta
) -> None:
    conn.execute(delete(address_failures).where(address_failures.c.at <= now - window))
    conn.execute(insert(address_failures).values(address_hash=address, at=now))


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite gives naive datetimes back; everything here is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
