"""Reading and writing entities, and the student search index. Layer: vault.

Generic over the domain dataclasses (records.py). Parameterised SQL only:
table and column names come from TABLES and the dataclass fields, never from
input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from sstdesk.domain.model import Guardian, School, Student
from sstdesk.domain.protection import Masker
from sstdesk.vault.connection import Connection
from sstdesk.vault.records import TABLES, columns, encode, from_row, to_row

T = TypeVar("T")


class Repository:
    """Entity access over one open connection. Not thread-safe: one owner thread."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- generic ------------------------------------------------------------------

    def get(self, cls: type[T], entity_id: str) -> T | None:
        table, cols = TABLES[cls], columns(cls)
        row = self.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?",  # noqa: S608
            (entity_id,),
        ).fetchone()
        return from_row(cls, row) if row else None

    def find(self, cls: type[T], order_by: str = "", **where: Any) -> list[T]:
        """All `cls` whose fields equal the given values (field names are checked)."""
        table, cols = TABLES[cls], columns(cls)
        unknown = set(where) - set(cols) or ({order_by} - set(cols) if order_by else set())
        if unknown:
            raise KeyError(f"unknown field(s) {sorted(unknown)} on {cls.__name__}")
        sql = f"SELECT {', '.join(cols)} FROM {table}"  # noqa: S608
        if where:
            sql += " WHERE " + " AND ".join(f"{name} = ?" for name in where)
        if order_by:
            sql += f" ORDER BY {order_by}"
        rows = self.conn.execute(sql, tuple(_param(v) for v in where.values())).fetchall()
        return [from_row(cls, row) for row in rows]

    def find_in(self, cls: type[T], field: str, values: Sequence[str]) -> list[T]:
        if field not in columns(cls):
            raise KeyError(field)
        if not values:
            return []
        table, cols = TABLES[cls], columns(cls)
        marks = ", ".join("?" for _ in values)
        sql = f"SELECT {', '.join(cols)} FROM {table} WHERE {field} IN ({marks})"  # noqa: S608
        return [from_row(cls, row) for row in self.conn.execute(sql, tuple(values))]

    def select_in(
        self, cls: type, fields: Sequence[str], field: str, values: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        """A few stored columns, undecoded, of the rows whose `field` is in `values`: for
        bulk matching, where building whole entities would cost most of the time."""
        known = columns(cls)
        if field not in known or any(f not in known for f in fields):
            raise KeyError(field)
        if not values:
            return []
        marks = ", ".join("?" for _ in values)
        sql = f"SELECT {', '.join(fields)} FROM {TABLES[cls]} WHERE {field} IN ({marks})"  # noqa: S608
        return list(self.conn.execute(sql, tuple(values)))

    def put(self, entity: object) -> None:
        """Insert, or update every field of the row with the same id."""
        cls = type(entity)
        table, cols = TABLES[cls], columns(cls)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) "  # noqa: S608
            f"VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            to_row(entity),
        )

    def delete(self, cls: type, entity_id: str) -> None:
        self.conn.execute(f"DELETE FROM {TABLES[cls]} WHERE id = ?", (entity_id,))  # noqa: S608

    def count(self, cls: type) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {TABLES[cls]}").fetchone()[0])  # noqa: S608

    # -- meta ---------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- search -------------------------------------------------------------------

    def reindex_student(self, student_id: str) -> None:
        """Rebuild the search rows of a student from what the vault holds now.

        Both search tables share one rowid per student (`search_rows`), so the old rows go
        by rowid: `student_id` is UNINDEXED, and deleting by it would scan the whole index.
        """
        self.unindex_student(student_id)
        student = self.get(Student, student_id)
        if student is None:
            return
        school = self.get(School, student.school_id)
        notes = self.conn.execute(
            "SELECT n.text FROM journal_notes n JOIN cases c ON c.id = n.case_id "
            "WHERE c.student_id = ? ORDER BY n.written_at",
            (student_id,),
        ).fetchall()
        # Skyddade personuppgifter: the school is not searchable, nor named in the notes.
        # Only the name (findable today by its words) goes into the substring index.
        mask = Masker.of(student, school, self.find(Guardian, student_id=student_id))
        self.conn.execute("INSERT INTO search_rows (student_id) VALUES (?)", (student_id,))
        rowid = self.conn.execute(
            "SELECT id FROM search_rows WHERE student_id = ?", (student_id,)
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO search_index (rowid, student_id, name, personnummer, school, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                rowid,
                student_id,
                student.full_name,
                personnummer_tokens(student.personnummer),
                school.name if school and not student.protected_identity else "",
                mask("\n".join(row[0] for row in notes)),
            ),
        )
        self.conn.execute(
            "INSERT INTO search_names (rowid, name) VALUES (?, ?)", (rowid, student.full_name)
        )

    def unindex_student(self, student_id: str) -> None:
        """Take a student out of search (a student removed, or merged into another)."""
        row = self.conn.execute(
            "SELECT id FROM search_rows WHERE student_id = ?", (student_id,)
        ).fetchone()
        if row is None:
            return
        self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
        self.conn.execute("DELETE FROM search_names WHERE rowid = ?", (row[0],))
        self.conn.execute("DELETE FROM search_rows WHERE id = ?", (row[0],))

    def search(self, text: str, *, limit: int = 100) -> list[str]:
        """Ids of students matching every word typed, in this order:

        1. every word starts a word of the name, personnummer or school (as before);
        2. every word of three letters or more may also sit anywhere inside the name
           ("ström" finds Bergström), through the trigram index; a shorter word, which
           no trigram can hold, still matches only the start of a word;
        3. every word starts a word in any column, the notes included.

        No ranking, which on a prefix as short as one letter would score thousands of rows
        per keystroke; each step stops at `limit`.
        """
        words = query_words(text)
        if not words:
            return []
        found: dict[str, None] = {}

        def take(sql: str, params: Sequence[object]) -> bool:
            # Each step finds again what the steps before it found: ask for that many more.
            for (student_id,) in self.conn.execute(sql, (*params, limit + len(found))):
                found.setdefault(student_id)
            return len(found) >= limit

        prefixes = " ".join(_prefix(w) for w in words)
        match_sql = "SELECT student_id FROM search_index WHERE search_index MATCH ? LIMIT ?"
        if take(match_sql, (f"{{name personnummer school}} : ({prefixes})",)):
            return list(found)[:limit]
        if any(len(w) >= TRIGRAM for w in words) and take(*_anywhere(words)):
            return list(found)[:limit]
        take(match_sql, (f"({prefixes})",))
        return list(found)[:limit]


TRIGRAM = 3  # the shortest text the trigram index can find


def _prefix(word: str) -> str:
    """One word as an FTS5 prefix term, quoted so that its characters stay literal."""
    return f'"{word}"*'


def _anywhere(words: Sequence[str]) -> tuple[str, list[object]]:
    """SQL for step 2 of `search`: every word is a word-start in name, personnummer or
    school, or (three letters or more) a substring of the name."""
    if len(words) == 1:
        # Step 1 found its word-starts already (or the limit): only the name's inside is left,
        # read straight off the trigram index, which stops at the limit.
        return (
            "SELECT r.student_id FROM search_names n JOIN search_rows r ON r.id = n.rowid "
            "WHERE search_names MATCH ? LIMIT ?",
            [f'"{words[0]}"'],
        )
    parts: list[str] = []
    params: list[object] = []
    for word in words:
        part = "SELECT rowid FROM search_index WHERE search_index MATCH ?"
        params.append(f"{{name personnummer school}} : {_prefix(word)}")
        if len(word) >= TRIGRAM:
            part += " UNION SELECT rowid FROM search_names WHERE search_names MATCH ?"
            params.append(f'"{word}"')
        parts.append(f"SELECT rowid FROM ({part})")  # noqa: S608 (no input in the SQL)
    matched = " INTERSECT ".join(parts)
    return f"SELECT student_id FROM search_rows WHERE id IN ({matched}) LIMIT ?", params  # noqa: S608


def personnummer_tokens(pnr: str) -> str:
    """Every form a person may type: 12 and 10 digits, and the birth date alone."""
    digits = pnr.replace("-", "").replace("+", "")
    return " ".join(dict.fromkeys([digits, digits[2:], digits[:8], digits[2:8]]))


_WORD = re.compile(r"\w+", re.UNICODE)


def query_words(text: str) -> list[str]:
    """The words typed. Separators inside a personnummer are dropped, so 100315-1234
    finds 1003151234."""
    joined = re.sub(r"(?<=\d)[-+](?=\d)", "", text)
    return list(dict.fromkeys(_WORD.findall(joined)))


def _param(value: Any) -> Any:
    return encode(type(value), value)
