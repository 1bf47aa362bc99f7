"""The one audit writer, and its verifier. Layer: vault.

Every event holds the hash of the one before it (SHA-256 over a canonical
encoding), and the newest event's hash is kept in `meta`; so an event that is
removed, reordered or edited — or the log cut short — is found by `verify`.
Events carry ids and action codes only, never names or free text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass

from sstdesk.vault.connection import Connection
from sstdesk.wire import auditmac

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"
_MAC_KEY = "audit_mac_key"  # the key the next event is MACed with (hex)
_MAC_NEXT = "audit_mac_next"  # how many steps the key has taken (from the first MACed seq)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str  # UTC, ISO 8601
    actor: str
    device: str
    action: str
    student_id: str
    reason: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Verification:
    ok: bool
    events: int
    problems: tuple[str, ...] = ()


def _digest(
    seq: int,
    at: str,
    actor: str,
    device: str,
    action: str,
    student_id: str,
    reason: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [seq, at, actor, device, action, student_id, reason, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _digest_of(event: AuditEvent) -> str:
    return _digest(
        event.seq,
        event.at,
        event.actor,
        event.device,
        event.action,
        event.student_id,
        event.reason,
        event.prev_hash,
    )


def append(
    conn: Connection,
    *,
    at: dt.datetime,
    actor: str,
    device: str,
    action: str,
    student_id: str = "",
    reason: str = "",
) -> AuditEvent:
    """Add one event; call inside the transaction of the change it records."""
    head = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    stamp = at.astimezone(dt.UTC).isoformat(timespec="microseconds")
    digest = _digest(seq, stamp, actor, device, action, student_id, reason, prev)
    conn.execute(
        "INSERT INTO audit_events (seq, at, actor, device, action, student_id, reason, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, actor, device, action, student_id, reason, prev, digest),
    )
    _set(conn, _HEAD_KEY, f"{seq}:{digest}")
    key = _get(conn, _MAC_KEY)
    if key:  # the MAC under this event's key; then the key moves on, and the old one is gone
        conn.execute(
            "INSERT OR REPLACE INTO audit_macs (seq, mac) VALUES (?, ?)",
            (seq, auditmac.mac(bytes.fromhex(key), digest)),
        )
        _set(conn, _MAC_KEY, auditmac.next_key(bytes.fromhex(key)).hex())
        # The key's own count of steps, not the seq: after a cut it stays ahead of the seq.
        _set(conn, _MAC_NEXT, str(int(_get(conn, _MAC_NEXT)) + 1))
    return AuditEvent(seq, stamp, actor, device, action, student_id, reason, prev, digest)


def start_mac(conn: Connection) -> tuple[str, int]:
    """The first audit key, from the next event on: (key, that event's seq), for the server
    to hold. Once only: the key is never made again."""
    if _get(conn, _MAC_KEY):
        raise ValueError("the audit MAC has started already")
    key = secrets.token_bytes(32)
    head = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_events").fetchone()[0]
    _set(conn, _MAC_KEY, key.hex())
    _set(conn, _MAC_NEXT, str(head + 1))
    return key.hex(), head + 1


def mac_of(conn: Connection, seq: int) -> tuple[str, int]:
    """(the MAC of event `seq`, or "", the step the laptop's key stands at now)."""
    row = conn.execute("SELECT mac FROM audit_macs WHERE seq = ?", (seq,)).fetchone()
    return (row[0] if row else ""), int(_get(conn, _MAC_NEXT) or 0)


def _schema(name: str) -> str:
    """A schema name from our own code, never from input: checked, then used in the SQL."""
    if not name.isidentifier():
        raise ValueError(f"not a schema name: {name!r}")
    return name


def _get(conn: Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def events(
    conn: Connection, *, student_id: str | None = None, schema: str = "main"
) -> list[AuditEvent]:
    sql = (
        "SELECT seq, at, actor, device, action, student_id, reason, prev_hash, hash FROM "  # noqa: S608
        f"{_schema(schema)}.audit_events"
    )
    if student_id is None:
        rows = conn.execute(sql + " ORDER BY seq").fetchall()
    else:
        rows = conn.execute(sql + " WHERE student_id = ? ORDER BY seq", (student_id,)).fetchall()
    return [AuditEvent(*row) for row in rows]


_COLUMNS = "seq, at, actor, device, action, student_id, reason, prev_hash, hash"


def since(conn: Connection, first: int, last: int) -> list[AuditEvent]:
    """This laptop's events `first`..`last`, to send to the team."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_events WHERE seq BETWEEN ? AND ? ORDER BY seq",  # noqa: S608
        (first, last),
    ).fetchall()
    return [AuditEvent(*row) for row in rows]


def receive(conn: Connection, received: list[AuditEvent]) -> int:
    """Keep colleagues' events (sent again after a server restore: kept once)."""
    before = conn.total_changes
    conn.executemany(
        f"INSERT OR IGNORE INTO team_audit_events ({_COLUMNS}) "  # noqa: S608
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (e.seq, e.at, e.actor, e.device, e.action, e.student_id, e.reason, e.prev_hash, e.hash)
            for e in received
        ],
    )
    return conn.total_changes - before


def reasons(conn: Connection, action: str) -> list[tuple[str, str]]:
    """(at, reason) of every event of one action, on this laptop and the team's others."""
    rows = conn.execute(
        "SELECT at, reason FROM audit_events WHERE action = ? "
        "UNION ALL SELECT at, reason FROM team_audit_events WHERE action = ?",
        (action, action),
    ).fetchall()
    return [(at, reason) for at, reason in rows]


def trail(conn: Connection, student_id: str) -> list[AuditEvent]:
    """Every event about a student on every laptop of the team, oldest first."""
    team = conn.execute(
        f"SELECT {_COLUMNS} FROM team_audit_events WHERE student_id = ?",  # noqa: S608
        (student_id,),
    ).fetchall()
    both = events(conn, student_id=student_id) + [AuditEvent(*row) for row in team]
    return sorted(both, key=lambda e: (e.at, e.device, e.seq))


def verify_team(conn: Connection, *, schema: str = "main") -> Verification:
    """Each colleague's chain as received: nothing missing between, nothing edited."""
    problems: list[str] = []
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM {_schema(schema)}.team_audit_events "  # noqa: S608
        "ORDER BY device, seq"
    ).fetchall()
    log = [AuditEvent(*row) for row in rows]
    seq_of = {event.hash: event.seq for event in log}
    prev: AuditEvent | None = None
    for event in log:
        name = f"Dator {event.device[:8]}, händelse {event.seq}"
        after = prev if prev is not None and prev.device == event.device else None
        if after is None and event.seq != 1 and seq_of.get(event.prev_hash) == event.seq - 1:
            pass  # a laptop restored from a backup: its log goes on from an event held here
        elif after is not None and event.seq != after.seq + 1:
            problems.append(
                f"Dator {event.device[:8]}: händelse {after.seq + 1}–{event.seq - 1} saknas."
            )
        elif after is None and event.seq != 1:
            problems.append(f"Dator {event.device[:8]}: händelse 1–{event.seq - 1} saknas.")
        elif event.prev_hash != (after.hash if after else GENESIS):
            problems.append(f"{name} hänger inte ihop med händelsen före.")
        if _digest_of(event) != event.hash:
            problems.append(f"{name} har ändrats.")
        prev = event
    return Verification(ok=not problems, events=len(rows), problems=tuple(problems))


def verify(conn: Connection, *, schema: str = "main") -> Verification:
    """Walk the chain; every break is named by the event number where it shows.

    `schema` names an attached database to check instead (a backup being verified)."""
    problems: list[str] = []
    prev_hash, prev_seq = GENESIS, 0
    log = events(conn, schema=schema)
    for event in log:
        if event.seq != prev_seq + 1:
            problems.append(f"Händelse {prev_seq + 1}–{event.seq - 1} saknas.")
        if event.prev_hash != prev_hash:
            problems.append(f"Händelse {event.seq} hänger inte ihop med händelsen före.")
        if _digest_of(event) != event.hash:
            problems.append(f"Händelse {event.seq} har ändrats.")
        prev_hash, prev_seq = event.hash, event.seq
    head = conn.execute(
        f"SELECT value FROM {_schema(schema)}.meta WHERE key = ?",  # noqa: S608
        (_HEAD_KEY,),
    ).fetchone()
    if head and head[0] != f"{prev_seq}:{prev_hash}":
        problems.append(f"Loggen slutar vid händelse {prev_seq}, men fler har skrivits.")
    if log and not head:
        problems.append("Loggens slutpunkt saknas.")
    return Verification(ok=not problems, events=len(log), problems=tuple(problems))
