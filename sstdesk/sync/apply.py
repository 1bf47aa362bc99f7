"""Pulled changes into the vault: each in a savepoint, and kept aside when it cannot be used.

A change that cannot be opened (wrong key, tampered with), decoded, checked
against its kind, or applied (its parent is missing, it would change a signed
note) is rolled back alone and kept as the server sent it, with the reason;
the rest of the page goes in. A version this laptop has already seen is a
no-op; a lower one, or the same one with other content, is refused as a
rollback or a replay. Versions sealed before a server restore (an earlier
epoch) that this laptop already holds only tell it where the server stands.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path
from typing import Any

from sstdesk.domain.phrase import Phrase
from sstdesk.sync import crypto, payload
from sstdesk.sync.merge import merge
from sstdesk.vault import audit
from sstdesk.vault.connection import Connection, DatabaseError, IntegrityError
from sstdesk.vault.errors import DiskFull, ReadOnlyProfile, VaultBusy, from_database_error
from sstdesk.wire.schema import AUDIT_KIND, Change

# Why a change was kept aside, as the person reads it.
REASONS = {
    "unreadable": "gick inte att dekryptera (fel nyckel, eller ändrad på vägen)",
    "malformed": "är inte en post som programmet kan läsa",
    "unapplicable": "gick inte att lägga in i valvet",
    "rollback": "är en äldre version än den datorn redan har",
    "replayed": "har ett annat innehåll än samma version som datorn redan har",
    "deleted": "är en spärrad dators ändring av något som teamet redan har tagit bort",
    "retired": "är krypterad med en teamnyckel som har bytts ut (efter bytet)",
}
RETRIED = ("unreadable", "unapplicable")  # may succeed later: a key or a parent arrives
# The server's head moved past the version held here: the next change made here builds on
# it (and so replaces what could not be used), instead of being refused as stale forever.
ADVANCE = ("unreadable", "malformed", "unapplicable")
# At most this many changes from one laptop are kept aside; past it they are only counted
# (meta `sync_kept_dropped`), so one insider pushing garbage cannot fill a colleague's disk.
KEEP_PER_DEVICE = 100
DROPPED_META = "sync_kept_dropped"


@dataclass(frozen=True)
class Context:
    team_id: str
    own_device: str
    keys: dict[str, bytes]  # key id → team key
    epoch: str  # the server's epoch now
    now: str
    shut_out: frozenset[str] = frozenset()  # devices this laptop left out of a rotation
    retired: Mapping[str, crypto.Retired] = field(default_factory=dict)  # keys replaced


@dataclass
class Outcome:
    conflicts: int = 0
    touched: set[str] = field(default_factory=set)
    kept: list[tuple[Change, str]] = field(default_factory=list)  # kept aside, and why
    dropped: dict[str, int] = field(default_factory=dict)  # device → past KEEP_PER_DEVICE


class Unusable(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class Refetch(Exception):
    """A change could not be opened: fetch the page again before keeping anything aside,
    in case the answer was damaged on the way."""


def apply_all(
    conn: Connection, changes: Iterable[Change], ctx: Context, *, refetch: bool = False
) -> Outcome:
    outcome = Outcome()
    for change in changes:  # in seq order, as the server serves them
        try:
            conflicts, touched = _in_savepoint(conn, change, ctx)
        except Unusable as bad:
            if refetch and bad.reason in ("unreadable", "malformed"):
                raise Refetch() from bad
            if bad.reason in ADVANCE:
                _advance_base(conn, change)
            if keep_aside(conn, change, bad, ctx.now):
                outcome.kept.append((change, bad.reason))
            else:
                device = change.device_id
                outcome.dropped[device] = outcome.dropped.get(device, 0) + 1
            continue
        outcome.conflicts += conflicts
        outcome.touched |= touched
    return outcome


def retry_kept(conn: Connection, ctx: Context) -> Outcome:
    """Changes kept aside for a reason that may have passed, tried again in order."""
    outcome = Outcome()
    rows = conn.execute(
        f"SELECT id, {_COLUMNS} FROM sync_quarantine WHERE reason IN (?, ?) ORDER BY seq",  # noqa: S608
        RETRIED,
    ).fetchall()
    for row_id, *values in rows:
        change = Change(**dict(zip(_FIELDS, values, strict=True)))
        try:
            conflicts, touched = _in_savepoint(conn, change, ctx)
        except Unusable as bad:
            if bad.reason not in ("rollback", "replayed"):
                continue  # still not usable: stays aside
            # A newer version arrived meanwhile and carries the record: this one is spent.
        else:
            outcome.conflicts += conflicts
            outcome.touched |= touched
        conn.execute("DELETE FROM sync_quarantine WHERE id = ?", (row_id,))
    return outcome


def _in_savepoint(conn: Connection, change: Change, ctx: Context) -> tuple[int, set[str]]:
    """One change, rolled back alone if anything about it fails. Whatever the error, it is
    this change's (kept aside) unless it is the vault's own state — a full disk, a read-only
    profile, a lock — which stops the page, to be tried again as a whole."""
    conn.execute("SAVEPOINT change")
    try:
        found = _apply(conn, change, ctx)
    except Unusable:
        _roll_back(conn)
        raise
    except IntegrityError as error:  # a trigger or constraint of the vault said no
        _roll_back(conn)
        raise Unusable("unapplicable", _constraint(error)) from error
    except Exception as error:
        _roll_back(conn)
        if _vault_condition(error):
            raise
        raise Unusable("unapplicable", Phrase("valvet tog inte emot posten")) from error
    conn.execute("RELEASE change")
    return found


def _roll_back(conn: Connection) -> None:
    conn.execute("ROLLBACK TO change")
    conn.execute("RELEASE change")


def _vault_condition(error: Exception) -> bool:
    """A full disk, a read-only profile or a busy vault: no fault of the change."""
    if not isinstance(error, DatabaseError):
        return False
    said = from_database_error(error, Path("vault.db"))
    return isinstance(said, DiskFull | ReadOnlyProfile | VaultBusy)


def _apply(conn: Connection, change: Change, ctx: Context) -> tuple[int, set[str]]:
    if change.kind == AUDIT_KIND:
        if change.device_id != ctx.own_device:
            plain, _farewell = _open(change, ctx)
            try:
                rows = json.loads(plain)["events"]
                events = [audit.AuditEvent(*row) for row in rows]
            except (ValueError, KeyError, TypeError, RecursionError) as error:
                raise Unusable("malformed", Phrase("en logg som inte går att läsa")) from error
            if not all(_event_shape(e) for e in events):
                raise Unusable("malformed", Phrase("en logg som inte går att läsa"))
            _own_log(conn, change, events)
            audit.receive(conn, events)
        # The epoch it was sealed in, for a rotation to name the epochs the old key had.
        conn.execute(
            "INSERT OR IGNORE INTO sync_seen (record_id, epoch, version, digest) "
            "VALUES (?, ?, ?, '')",
            (change.record_id, change.epoch, change.version),
        )
        return 0, set()
    if change.kind not in payload.KINDS:
        raise Unusable("malformed", Phrase("okänd sorts post"))
    known = conn.execute(
        "SELECT kind FROM sync_base WHERE record_id = ?", (change.record_id,)
    ).fetchone()
    if known is not None and known[0] != change.kind:
        # A record's kind never changes: a case under a student's id is no case at all.
        raise Unusable("malformed", Phrase("en post med samma id som en annan sorts post"))
    plain, sealed_farewell = _open(change, ctx)
    plain, origin, origin_base = payload.unwrap(plain)
    # A farewell by its seal, by the server's mark (which can only make it more careful),
    # or from a laptop this one shut out of the team key.
    farewell = sealed_farewell or change.farewell or change.device_id in ctx.shut_out
    digest = hashlib.sha256(plain).hexdigest()
    seen = conn.execute(
        "SELECT version, digest FROM sync_seen WHERE record_id = ? AND epoch = ?",
        (change.record_id, change.epoch),
    ).fetchone()
    if seen is not None:
        seen_version, seen_digest = seen
        same = change.version == seen_version and seen_digest in ("", digest)
        if change.version < seen_version or same:
            if change.epoch == ctx.epoch:
                if same:
                    return 0, set()  # held already: a resend, a repeated page
                raise Unusable("rollback", f"version {change.version} efter {seen_version}")
            # Sealed before a restore, and held here already: until a version from after the
            # restore comes, the server stands at this one, and the next push builds on it.
            current = conn.execute(
                "SELECT 1 FROM sync_seen WHERE record_id = ? AND epoch = ?",
                (change.record_id, ctx.epoch),
            ).fetchone()
            if current is None:
                _set_base_version(conn, change, plain)
            _drop_resend_if_held(conn, change.kind, change.record_id, plain)
            return 0, set()
        if change.version == seen_version:
            raise Unusable("replayed", f"version {change.version}")
    theirs = _decode(change, plain)
    found, touched = _merge_in(
        conn,
        change,
        theirs,
        ctx.now,
        farewell=farewell,
        merge_base=_origin_base(conn, change, origin, origin_base),
    )
    _drop_resend_if_held(conn, change.kind, change.record_id, plain)
    content = payload.dumps(theirs).decode()
    set_base(conn, change.record_id, change.kind, change.version, content, epoch=change.epoch)
    conn.execute(
        "INSERT INTO sync_seen (record_id, epoch, version, digest) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(record_id, epoch) DO UPDATE SET version = excluded.version, "
        "digest = excluded.digest",
        (change.record_id, change.epoch, change.version, digest),
    )
    return found, touched


def _own_log(conn: Connection, change: Change, events: list[audit.AuditEvent]) -> None:
    """A chunk holds only its sender's own events, under names no other device has sent
    before (a laptop restored from a backup goes on under a new name, so one chunk may
    hold the events just before its restore and those after)."""
    names = {e.device for e in events}
    if not change.record_id.startswith(f"{change.device_id}-a"):
        raise Unusable("malformed", Phrase("en logg i en annan dators namn"))
    for name in names:
        bound = conn.execute(
            "SELECT sync_device FROM team_audit_devices WHERE vault_device = ?", (name,)
        ).fetchone()
        if bound is None:
            conn.execute(
                "INSERT INTO team_audit_devices (vault_device, sync_device) VALUES (?, ?)",
                (name, change.device_id),
            )
        elif bound[0] != change.device_id:
            raise Unusable("malformed", Phrase("en logg i en annan dators namn"))


def _event_shape(event: audit.AuditEvent) -> bool:
    """Every field as the log stores it: the seq a number, the rest text."""
    values = astuple(event)
    return (
        isinstance(values[0], int)
        and not isinstance(values[0], bool)
        and all(isinstance(v, str) for v in values[1:])
        and all(payload.storable(v) for v in values)
    )


def _open(change: Change, ctx: Context) -> tuple[bytes, bool]:
    """The plaintext, and whether it was sealed as a revoked laptop's farewell (told by
    the seal itself: the server's mark is not needed, and cannot take it away)."""
    key = ctx.keys.get(change.key_id)
    if key is None:
        raise Unusable("unreadable", Phrase("krypterad med en teamnyckel som datorn inte har"))
    header = crypto.Header(
        team_id=ctx.team_id,
        record_id=change.record_id,
        kind=change.kind,
        version=change.version,
        device_id=change.device_id,
        key_id=change.key_id,
        epoch=change.epoch,
    )
    for farewell in (False, True):
        try:
            sealed = replace(header, farewell=farewell)
            plain = crypto.open_record(key, sealed, change.ciphertext)
        except crypto.SealError as error:
            failed = error
            continue
        _not_retired(change, ctx, farewell)
        return plain, farewell
    raise Unusable("unreadable", REASONS["unreadable"]) from failed


def _not_retired(change: Change, ctx: Context, farewell: bool) -> None:
    """A key replaced at a rotation opens nothing the log got after that rotation (the
    server takes nothing new under it), but the farewell of a laptop shut out then: a
    revoked laptop, which kept the old key, cannot write in the team's name with it."""
    retired = ctx.retired.get(change.key_id)
    if retired is None or (farewell and change.device_id in retired.without):
        return
    if change.epoch == retired.epoch:
        # Sealed in the epoch of the rotation: only what the log held then, whatever epoch
        # the server is in now (a restore keeps the seqs of what it kept).
        if change.seq <= retired.seq:
            return
    elif retired.earlier is None or change.epoch in retired.earlier:
        return  # sealed in an epoch before the rotation (or a ring that cannot tell)
    raise Unusable("retired", Phrase("krypterad med en teamnyckel som har bytts ut"))


def _decode(change: Change, plain: bytes) -> dict[str, Any] | None:
    try:
        content = payload.loads(plain)
    except (ValueError, RecursionError) as error:
        raise Unusable("malformed", Phrase("innehållet är inte läsbart")) from error
    if change.deleted:
        if content is not None:
            raise Unusable("malformed", Phrase("en borttagning med innehåll"))
        return None
    try:
        return payload.check(change.kind, change.record_id, content)
    except payload.Malformed as error:
        raise Unusable("malformed", str(error)) from error


def _origin_base(conn: Connection, change: Change, origin: str, base: Any) -> Any:
    """The content a version pushed after a server restore was built on, when this laptop
    has seen that version or a newer one of the epoch before: then that content, not this
    laptop's own base, is what the two have in common (an old copy coming back must not
    merge away a colleague's later edit as if it undid it)."""
    epoch, _, number = origin.rpartition(":")
    if not origin or epoch == change.epoch or not number.isdigit():
        return None
    seen = conn.execute(
        "SELECT version FROM sync_seen WHERE record_id = ? AND epoch = ?",
        (change.record_id, epoch),
    ).fetchone()
    if seen is None or seen[0] < int(number):
        return None
    try:
        return payload.check(change.kind, change.record_id, base)
    except payload.Malformed:
        return None


def _merge_in(
    conn: Connection,
    change: Change,
    theirs: dict[str, Any] | None,
    now: str,
    *,
    farewell: bool = False,
    merge_base: dict[str, Any] | None = None,
) -> tuple[int, set[str]]:
    """Three-way, from the common base: a change made here and not yet accepted meets
    theirs field by field; anything else takes theirs. A farewell is never applied over
    anything: only shown, as conflicts. A version built on an older base than what this
    laptop holds (`merge_base`, after a server restore) is merged from that base, and
    the result goes to the team."""
    touched: set[str] = set()
    base_row = conn.execute(
        "SELECT content FROM sync_base WHERE record_id = ?", (change.record_id,)
    ).fetchone()
    base = json.loads(base_row[0]) if base_row else None
    pending = conn.execute(
        "SELECT 1 FROM sync_outbox WHERE record_id = ?", (change.record_id,)
    ).fetchone()
    mine = payload.read(conn, change.kind, change.record_id)
    if farewell and mine is not None:
        # A revoked laptop's last word on a record this laptop holds: it cannot show what
        # it saw before writing (it may be the laptop of someone who left in anger), so
        # every field it says otherwise is a conflict to see, and nothing is applied.
        if theirs is None:
            _conflict(conn, change, "*", "", None, now)
            return 1, touched
        differing = [f for f in mine if mine.get(f) != theirs.get(f)]
        for name in differing:
            _conflict(conn, change, name, mine.get(name), theirs.get(name), now)
        return len(differing), touched
    if farewell and _deleted_base(conn, change):
        # ... and on one the team has deleted meanwhile (a duplicate merged away): it is
        # not brought back, only kept aside where the person sees it.
        raise Unusable("deleted", Phrase("gäller en post som teamet redan har tagit bort"))
    if (pending or merge_base is not None) and (
        clashes := _signed_note_meets(conn, change, mine, theirs, now, touched)
    ) is not None:
        return clashes, touched
    if merge_base is not None and mine is not None and theirs is not None:
        merged, clashes = merge(change.kind, merge_base, mine, theirs)
        for clash in clashes:
            _conflict(conn, change, clash.field, clash.mine, clash.theirs, now)
        if merged != mine:
            payload.write(conn, change.kind, merged)
            touched.update(payload.student_ids(conn, change.kind, merged))
        if merged != theirs:
            _queue(conn, change.kind, change.record_id)
        return len(clashes), touched
    if pending and mine is not None and theirs is not None:
        merged, clashes = merge(change.kind, base, mine, theirs)
        for clash in clashes:
            _conflict(conn, change, clash.field, clash.mine, clash.theirs, now)
        if merged != mine:
            payload.write(conn, change.kind, merged)
            touched.update(payload.student_ids(conn, change.kind, merged))
        return len(clashes), touched
    if pending and mine is not None:  # deleted there, changed here: kept, and shown
        conn.execute(
            _CONFLICT,
            (change.record_id, change.kind, "*", "", "null", change.device_id, change.version, now),
        )
        return 1, touched
    if theirs is None:
        if mine is not None:
            touched.update(payload.student_ids(conn, change.kind, mine))
            if change.kind == "students":
                touched.update(_to_twin(conn, mine))
            if holds_signed_notes(conn, change.kind, change.record_id):
                raise Unusable(
                    "unapplicable", "raderingen skulle ta bort signerade journalanteckningar"
                )
            if change.kind not in DELETED_BY_THE_PROGRAM or _has_children(
                conn, change.kind, change.record_id
            ):
                # The deletion would take what its sender never saw go (a child's whole
                # file with it): the record stays, the person sees it, and the team gets it
                # back until someone here chooses otherwise.
                _conflict(conn, change, "*", "", None, now)
                _queue(conn, change.kind, change.record_id)
                return 1, touched
        payload.remove(conn, change.kind, change.record_id)
    elif theirs != mine:
        payload.write(conn, change.kind, theirs)
        touched.update(payload.student_ids(conn, change.kind, theirs))
    # else: held already (a resend, a restore): applying again changes nothing, so a
    # signed note, which may never be updated, is not written again.
    return 0, touched


SIGNING = frozenset({"status", "signed_at", "signed_by"})


def _signed_note_meets(
    conn: Connection,
    change: Change,
    mine: dict[str, Any] | None,
    theirs: dict[str, Any] | None,
    now: str,
    touched: set[str],
) -> int | None:
    """A journal note signed on one side meets another version of it: never merged field
    by field (a draft's edit would end up under a signature given to other words). The
    signed one stays whole, theirs if only theirs is signed, else mine; every other field
    the two say differently is a conflict to see, so the other side's words are kept in
    view, never lost. None when neither is signed: merged as any record."""
    if change.kind != "journal_notes" or mine is None or theirs is None or mine == theirs:
        return None
    if "signed" not in (mine.get("status"), theirs.get("status")):
        return None
    differing = [f for f in sorted(mine) if f not in SIGNING and mine.get(f) != theirs.get(f)]
    for name in differing:
        _conflict(conn, change, name, mine.get(name), theirs.get(name), now)
    if theirs.get("status") == "signed" and mine.get("status") != "signed":
        payload.write(conn, change.kind, theirs)
        touched.update(payload.student_ids(conn, change.kind, theirs))
    return len(differing)


_POINTING = ("cases", "guardians", "register_requests")  # what belongs to a student
# What the program itself ever deletes: a working note, and a student merged into its twin
# (whatever pointed at it moved to the twin first). A remote deletion of anything else, or
# of a record something still points at, is not applied but shown (a modified client's
# deletion would otherwise take a child's case, notes, consents and plans on every laptop).
DELETED_BY_THE_PROGRAM = frozenset({"working_notes", "students"})
_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {}


def _has_children(conn: Connection, kind: str, record_id: str) -> bool:
    """Whether any record of the team's kinds points at this one (and would go with it)."""
    if not _CHILDREN:
        for child in payload.KINDS:
            for fk in conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                parent, column = fk[2], fk[3]
                _CHILDREN.setdefault(parent, ())
                _CHILDREN[parent] += ((child, column),)
    return any(
        conn.execute(
            f"SELECT 1 FROM {child} WHERE {column} = ? LIMIT 1",  # noqa: S608 (from the schema)
            (record_id,),
        ).fetchone()
        for child, column in _CHILDREN.get(kind, ())
    )


def _queue(conn: Connection, kind: str, record_id: str) -> None:
    """Send the record as it is here (unless a change of it is queued already)."""
    conn.execute(
        "INSERT INTO sync_outbox (record_id, kind, mutation_id) "
        "SELECT ?, ?, lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM "
        "sync_outbox WHERE record_id = ? AND attempted = 0)",
        (record_id, kind, record_id),
    )


def _to_twin(conn: Connection, student: dict[str, Any]) -> set[str]:
    """A student deleted elsewhere because it was merged into its twin (the same child
    registered twice): what is still here of it, say a case added here meanwhile, goes to
    the twin instead of with the deletion, and is sent so that the team has it too."""
    twin = conn.execute(
        "SELECT min(id) FROM students WHERE personnummer = ? AND id != ?",
        (student["personnummer"], student["id"]),
    ).fetchone()[0]
    if twin is None:
        return set()
    for kind in _POINTING:
        moved = conn.execute(
            f"UPDATE {kind} SET student_id = ? WHERE student_id = ? RETURNING id",  # noqa: S608
            (twin, student["id"]),
        ).fetchall()
        for (record_id,) in moved:
            _queue(conn, kind, record_id)
    return {twin}


_SIGNED_UNDER = {
    "students": "SELECT 1 FROM journal_notes n JOIN cases c ON c.id = n.case_id "
    "WHERE c.student_id = ? AND n.status = 'signed' LIMIT 1",
    "cases": "SELECT 1 FROM journal_notes WHERE case_id = ? AND status = 'signed' LIMIT 1",
    "journal_notes": "SELECT 1 FROM journal_notes WHERE id = ? AND status = 'signed'",
}


def holds_signed_notes(conn: Connection, kind: str, record_id: str) -> bool:
    """A signed journal note is never deleted (SoL 11 kap.), with its case or otherwise."""
    query = _SIGNED_UNDER.get(kind)
    return query is not None and conn.execute(query, (record_id,)).fetchone() is not None


def _drop_resend_if_held(conn: Connection, kind: str, record_id: str, plain: bytes) -> None:
    """A record queued again only because the server was restored, which the server is now
    seen to hold as it is here, need not go: sent, it would be an old copy passed off as
    a new version, and a colleague's newer edit would merge away under it."""
    queued = conn.execute(
        "SELECT 1 FROM sync_outbox WHERE record_id = ? AND resend = 1 AND attempted = 0",
        (record_id,),
    ).fetchone()
    if queued and payload.dumps(payload.read(conn, kind, record_id)) == plain:
        conn.execute(
            "DELETE FROM sync_outbox WHERE record_id = ? AND resend = 1 AND attempted = 0",
            (record_id,),
        )


def _deleted_base(conn: Connection, change: Change) -> bool:
    row = conn.execute(
        "SELECT deleted FROM sync_base WHERE record_id = ?", (change.record_id,)
    ).fetchone()
    return bool(row and row[0])


def _advance_base(conn: Connection, change: Change) -> None:
    conn.execute(
        "UPDATE sync_base SET version = max(version, ?) WHERE record_id = ?",
        (change.version, change.record_id),
    )


def _conflict(
    conn: Connection, change: Change, name: str, mine: Any, theirs: Any, now: str
) -> None:
    conn.execute(
        _CONFLICT,
        (
            change.record_id,
            change.kind,
            name,
            json.dumps(mine, ensure_ascii=False),
            json.dumps(theirs, ensure_ascii=False),
            change.device_id,
            change.version,
            now,
        ),
    )


def keep_aside(conn: Connection, change: Change, bad: Unusable, now: str) -> bool:
    """Kept once, however often it is pulled again (a re-read after a restore); False when
    its laptop has KEEP_PER_DEVICE kept already, and it is only counted."""
    held = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE record_id = ? AND version = ? AND epoch = ? "
        "AND ciphertext = ?) FROM sync_quarantine WHERE device_id = ?",
        (change.record_id, change.version, change.epoch, change.ciphertext, change.device_id),
    ).fetchone()
    if held[1]:
        return True
    if held[0] >= KEEP_PER_DEVICE:
        _count_dropped(conn, change.device_id)
        return False
    values = [getattr(change, name) for name in _FIELDS]
    conn.execute(
        f"INSERT INTO sync_quarantine ({_COLUMNS}, reason, detail, found_at) "  # noqa: S608
        f"SELECT {', '.join('?' for _ in _FIELDS)}, ?, ?, ? WHERE NOT EXISTS ("
        "SELECT 1 FROM sync_quarantine WHERE record_id = ? AND version = ? AND epoch = ? "
        "AND ciphertext = ?)",
        (
            *values,
            bad.reason,
            bad.detail[:200],
            now,
            change.record_id,
            change.version,
            change.epoch,
            change.ciphertext,
        ),
    )
    return True


def dropped(conn: Connection) -> dict[str, int]:
    """Per laptop, changes past KEEP_PER_DEVICE that were counted but not kept."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DROPPED_META,)).fetchone()
    return {str(k): int(v) for k, v in json.loads(row[0]).items()} if row else {}


def _count_dropped(conn: Connection, device_id: str) -> None:
    counts = dropped(conn)
    counts[device_id] = counts.get(device_id, 0) + 1
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (DROPPED_META, json.dumps(counts, sort_keys=True)),
    )


def base_version(conn: Connection, record_id: str) -> int:
    row = conn.execute("SELECT version FROM sync_base WHERE record_id = ?", (record_id,)).fetchone()
    return int(row[0]) if row else 0


def set_base(
    conn: Connection, record_id: str, kind: str, version: int, content: str, *, epoch: str
) -> None:
    """The content this laptop now has in common with the team, at a version sealed in
    `epoch` (its origin)."""
    conn.execute(
        "INSERT INTO sync_base (record_id, kind, version, content, deleted, origin) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(record_id) DO UPDATE SET "
        "version = excluded.version, content = excluded.content, deleted = excluded.deleted, "
        "origin = excluded.origin",
        (record_id, kind, version, content, int(content == "null"), f"{epoch}:{version}"),
    )


def base_origin(conn: Connection, record_id: str) -> tuple[str, str]:
    """(origin, content) of the record's base: "" when there is none."""
    row = conn.execute(
        "SELECT origin, content FROM sync_base WHERE record_id = ?", (record_id,)
    ).fetchone()
    return (row[0], row[1]) if row else ("", "")


def _set_base_version(conn: Connection, change: Change, plain: bytes) -> None:
    """Only the version moves: the content in common stays the newest this laptop had."""
    moved = conn.execute(
        "UPDATE sync_base SET version = max(version, ?) WHERE record_id = ?",
        (change.version, change.record_id),
    )
    if moved.rowcount == 0:
        set_base(
            conn, change.record_id, change.kind, change.version, plain.decode(), epoch=change.epoch
        )


def _constraint(error: IntegrityError) -> str:
    text = str(error)
    if "FOREIGN KEY" in text:
        return "posten hänger ihop med en post som saknas på datorn"
    if "immutable" in text:
        return "en signerad journalanteckning får inte ändras"
    return "valvet tog inte emot posten"


_FIELDS = (
    "seq",
    "record_id",
    "kind",
    "version",
    "device_id",
    "key_id",
    "epoch",
    "ciphertext",
    "deleted",
)
_COLUMNS = ", ".join(_FIELDS)
_CONFLICT = (
    "INSERT INTO sync_conflicts (record_id, kind, field, mine, theirs, their_device, "
    "their_version, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
