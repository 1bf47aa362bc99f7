"""Records as the stored values of their row: read, written and deleted by kind.

A record's content is the row as SQLCipher holds it (enums as codes, dates as
ISO text, tuples as JSON text), so nothing is decoded on the way through.
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.phrase import Phrase
from sstdesk.vault.connection import Connection
from sstdesk.vault.records import TABLES, columns, from_row, hints, sql_type, to_row

KINDS: dict[str, tuple[str, ...]] = {table: columns(cls) for cls, table in TABLES.items()}
ENTITIES = {table: cls for cls, table in TABLES.items()}
_PLAIN = {"TEXT": (str,), "INTEGER": (int,), "REAL": (int, float)}
SQLITE_INT = (-(2**63), 2**63 - 1)  # what an INTEGER column holds


class Malformed(ValueError):
    """Content that is not a record of its kind as this program stores it."""


@cache
def _shape(kind: str) -> tuple[tuple[str, tuple[type, ...], bool], ...]:
    """Each field of a kind: the stored types it takes, and whether it may be empty."""
    shape = []
    for name, hint in hints(ENTITIES[kind]).items():
        declared = sql_type(hint)
        shape.append((name, _PLAIN[declared.split()[0]], declared.endswith("NOT NULL")))
    return tuple(shape)


def check(kind: str, record_id: str, content: Any) -> dict[str, Any]:
    """The content, if it is exactly a row of `kind` that the program can read back; a
    pulled record that is not is kept aside instead of breaking a screen later."""
    cols = KINDS.get(kind)
    if cols is None:
        raise Malformed(Phrase("okänd sorts post"))
    if not isinstance(content, dict) or set(content) != set(cols):
        raise Malformed(Phrase("fälten stämmer inte med postens sort"))
    if content["id"] != record_id:
        raise Malformed(Phrase("postens id stämmer inte"))
    cls = ENTITIES[kind]
    for name, allowed, required in _shape(kind):
        value = content[name]
        if value is None:
            if required:
                raise Malformed(Phrase("fältet {name} saknas", name=name))
        elif isinstance(value, bool) or not isinstance(value, allowed):
            raise Malformed(Phrase("fältet {name} har fel typ", name=name))
        elif not storable(value):
            raise Malformed(Phrase("fältet {name} går inte att lagra", name=name))
    row = tuple(content[c] for c in cols)
    try:
        entity = from_row(cls, row)
    except (ValueError, TypeError, KeyError) as error:
        raise Malformed(Phrase("ett fält har ett värde programmet inte känner igen")) from error
    if to_row(entity) != row:
        raise Malformed(Phrase("ett fält är inte lagrat som programmet lagrar det"))
    if kind == "students":
        try:
            birth_of(content["personnummer"])
        except ValueError as error:
            raise Malformed(Phrase("personnumret går inte att läsa")) from error
    return content


def storable(value: Any) -> bool:
    """A plain value the vault can hold as it is: text that is UTF-8 (JSON can carry a lone
    surrogate, which no database can store), an integer within 64 bits, a finite number."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return SQLITE_INT[0] <= value <= SQLITE_INT[1]
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None


# Parents before children, for applying a batch whose foreign keys point backwards.
ORDER = {kind: index for index, kind in enumerate(TABLES.values())}


def read(conn: Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    cols = KINDS[kind]
    row = conn.execute(
        f"SELECT {', '.join(cols)} FROM {kind} WHERE id = ?",  # noqa: S608 (names from TABLES)
        (record_id,),
    ).fetchone()
    return dict(zip(cols, row, strict=True)) if row else None


def write(conn: Connection, kind: str, content: dict[str, Any]) -> None:
    cols = KINDS[kind]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    conn.execute(
        f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "  # noqa: S608
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(content.get(c) for c in cols),
    )


def remove(conn: Connection, kind: str, record_id: str) -> None:
    conn.execute(f"DELETE FROM {kind} WHERE id = ?", (record_id,))  # noqa: S608


ORIGIN, BASE = "_origin", "_base"  # beside a record's fields when it is sent after a restore


def wrap(content: bytes, origin: str, base: str) -> bytes:
    """A record as sent on a base learnt from a restored server: with the epoch and version
    its base content was sealed in, and that content, for a colleague to merge from."""
    record = json.loads(content)
    if not isinstance(record, dict):
        return content
    return dumps({**record, ORIGIN: origin, BASE: json.loads(base)})


def unwrap(plain: bytes) -> tuple[bytes, str, Any]:
    """(the record's own bytes, its origin or "", that base's content)."""
    if ORIGIN.encode() not in plain:
        return plain, "", None
    try:
        record = loads(plain)
    except (ValueError, RecursionError):
        return plain, "", None
    if not isinstance(record, dict) or not isinstance(record.get(ORIGIN), str):
        return plain, "", None
    origin, base = record.pop(ORIGIN), record.pop(BASE, None)
    return dumps(record), origin, base


def dumps(content: dict[str, Any] | None) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def loads(data: bytes) -> dict[str, Any] | None:
    return json.loads(data, parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a value a record holds")  # NaN, Infinity


_VIA = {  # kind → (the field pointing up, the query from it to the student)
    "signatories": (
        "consent_id",
        "SELECT c.student_id FROM consents k JOIN cases c ON c.id = k.case_id WHERE k.id = ?",
    ),
    "mapping_factors": (
        "mapping_id",
        "SELECT c.student_id FROM mappings m JOIN cases c ON c.id = m.case_id WHERE m.id = ?",
    ),
    "goals": (
        "plan_id",
        "SELECT c.student_id FROM action_plans p JOIN cases c ON c.id = p.case_id WHERE p.id = ?",
    ),
    "interventions": (
        "plan_id",
        "SELECT c.student_id FROM action_plans p JOIN cases c ON c.id = p.case_id WHERE p.id = ?",
    ),
    "schools": ("id", "SELECT id FROM students WHERE school_id = ?"),
}


def student_ids(conn: Connection, kind: str, content: dict[str, Any]) -> list[str]:
    """The students whose caseload row and search entry a change to this record touches."""
    if kind == "students":
        return [content["id"]]
    if "student_id" in content:
        return [content["student_id"]]
    if kind in _VIA:
        field, query = _VIA[kind]
        return [row[0] for row in conn.execute(query, (content[field],))]
    if "case_id" in content:
        query = "SELECT student_id FROM cases WHERE id = ?"
        return [row[0] for row in conn.execute(query, (content["case_id"],))]
    return []
