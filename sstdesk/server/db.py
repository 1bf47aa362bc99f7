"""The server's tables (SQLAlchemy Core) and its engine: SQLite by default, PostgreSQL
when given a `postgresql+psycopg://` URL. The schema itself is made by Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
)

metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

teams = Table(
    "teams",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("district", String(120), nullable=False),
    Column("name", String(120), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("key_id", String(64), nullable=False, server_default=""),  # the current team key
    Column("rotation_due", Boolean, nullable=False, server_default=false()),
)

users = Table(
    "users",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("team_id", String(64), ForeignKey("teams.id"), nullable=False),
    Column("name", String(120), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("is_admin", Boolean, nullable=False, default=False),
    # "socionom", or "statistik": the district's statistician, who reads sealed statistics
    Column("role", String(16), nullable=False, server_default="socionom"),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("team_id", String(64), ForeignKey("teams.id"), nullable=False),
    Column("user_id", String(64), ForeignKey("users.id"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("wrapped_team_key", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("signing_key", String(64), nullable=False, server_default=""),  # Ed25519, public
    Column("audit_seq", BigInteger, nullable=False, server_default="0"),  # last anchored head
    Column("audit_hash", String(64), nullable=False, server_default=""),
    Column("audit_gap_at", DateTime(timezone=True)),  # a head that did not extend the last
    Column("audit_key", String(64), nullable=False, server_default=""),  # MAC key, hex
    Column("audit_key_seq", BigInteger, nullable=False, server_default="0"),  # … at this step
    # Key steps ahead of event seqs once a cut was found, so the next contact is judged anew.
    Column("audit_key_offset", BigInteger, nullable=False, server_default="0"),
    Column("farewell_at", DateTime(timezone=True)),  # a revoked device handed over its last
    Column("farewell_started_at", DateTime(timezone=True)),  # … and began to, once
)

tokens = Table(
    "tokens",
    metadata,
    Column("hash", String(64), primary_key=True),  # SHA-256 of the token, never the token
    Column("device_id", String(64), ForeignKey("devices.id"), nullable=False),
    Column("user_id", String(64), ForeignKey("users.id"), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("device_id", String(64), ForeignKey("devices.id"), nullable=False),
    Column("spent", Boolean, nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("spent_at", DateTime(timezone=True)),
    Column("successor", String(64)),  # the hash of the token issued in its place
)

renewal_nonces = Table(
    "renewal_nonces",
    metadata,
    Column("value", String(64), primary_key=True),
    Column("device_id", String(64), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

team_recovery = Table(
    "team_recovery",
    metadata,
    Column("team_id", String(64), ForeignKey("teams.id"), primary_key=True),
    Column("blob", Text, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

# Each team's counts for a school year, sealed to the statistician's public key.
sealed_statistics = Table(
    "sealed_statistics",
    metadata,
    Column("team_id", String(64), ForeignKey("teams.id"), primary_key=True),
    Column("period", String(32), primary_key=True),
    Column("blob", Text, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

heads = Table(
    "heads",
    metadata,
    Column("team_id", String(64), primary_key=True),
    Column("record_id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
)

log = Table(
    "log",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("team_id", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("version", Integer, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("epoch", String(32), nullable=False, server_default=""),
    Column("farewell", Boolean, nullable=False, server_default=false()),
    Column("ciphertext", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Index("log_team_seq", "team_id", "seq"),
)

mutations = Table(
    "mutations",
    metadata,
    Column("team_id", String(64), primary_key=True),
    Column("mutation_id", String(64), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), nullable=False),
    Column("digest", String(64), nullable=True),  # of the content first sent with the id
)

# Failed logins in a row per user name, known or not (sstdesk.server.throttle).
login_failures = Table(
    "login_failures",
    metadata,
    Column("name_hash", String(64), primary_key=True),  # HMAC of the name, never the name
    Column("failures", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True)),
    Column("last_failure_at", DateTime(timezone=True), nullable=False),
    Index("login_failures_last", "last_failure_at"),
)

# One row per failed login or token renewal, kept only for the window it counts in.
address_failures = Table(
    "address_failures",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("address_hash", String(64), nullable=False),  # HMAC of the address, never it
    Column("at", DateTime(timezone=True), nullable=False),
    Index("address_failures_address_at", "address_hash", "at"),
    Index("address_failures_at", "at"),
)

access_log = Table(
    "access_log",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("device_id", String(64), nullable=False, default=""),
    Column("user_name", String(120), nullable=False, default=""),
    Column("action", String(40), nullable=False),
    Column("outcome", String(40), nullable=False),
    Column("record_ids", Text, nullable=False, default=""),
)


def engine_for(url: str) -> Engine:
    """`sqlite:///path` (the default) or `postgresql+psycopg://…`."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        on_file = bool(path) and path != ":memory:"
        if on_file:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: the driver opens no transactions of its own; every
        # transaction is BEGIN IMMEDIATE, so none fails when a read lock cannot be upgraded.
        # Every transaction is a writer, so a second connection adds no concurrency, only
        # a second queue: SQLite's busy handler, a lottery with a deadline (each waiter
        # polls, up to 100 ms apart; whoever polls first after a commit wins; one that has
        # not won within busy_timeout fails with 'database is locked'). One connection
        # makes the server's requests queue in the pool instead, in turn and without a
        # deadline; busy_timeout is left for other processes (the operator's commands).
        # So a transaction must never open another: it would wait for itself.
        pool = {"pool_size": 1, "max_overflow": 0, "pool_timeout": None} if on_file else {}
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "isolation_level": None}, **pool
        )

        @event.listens_for(engine, "begin")
        def _begin(connection):  # type: ignore[no-untyped-def]
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        @event.listens_for(engine, "connect")
        def _pragmas(connection, _record):  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # an ack only after the commit is durable
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)
