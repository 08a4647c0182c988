"""Engines, sessions and schema migrations for SQLite and PostgreSQL.

Alembic is imported only by the functions that migrate: a command that only reads checks
the schema with ``schema_is_current``, which reads the revision table and the revision
numbers in the migration files without loading Alembic or running a migration.
"""

from __future__ import annotations

import ast
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
# How long SQLite waits for another connection's lock before saying the database is busy;
# a `?timeout=SECONDS` in the URL overrides it.
SQLITE_BUSY_TIMEOUT = 30


def make_engine(url: str) -> Engine:
    """An engine with the settings intake relies on (SQLite: foreign keys, WAL, busy wait)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {} if "timeout" in parsed.query else {"timeout": SQLITE_BUSY_TIMEOUT}
        engine = create_engine(url, connect_args=connect_args)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "connect", _postgresql_session_limits)
    return engine


# A transaction whose client vanished mid-way (network cut, process killed) would hold its
# locks until TCP gives up; the server ends it instead, so nothing waits on it for long.
# The daemon once kept a message's transaction open while its worker analysed the message, and at
# 60 s one slow message on PostgreSQL was cut off, retried and never stored. It no longer does
# (intake/ingest/pipeline.py: parse and analysis run before the write transaction opens). At 15 min
# a connection cut by the network without a FIN kept its row locks that long and the daemon, back
# after the outage, waited on them (the outage test saw it). Idle means between statements, which a
# records import or a relinking pass issues without long pauses, so two minutes is ample for them.
IDLE_IN_TRANSACTION_TIMEOUT = "2min"


def _postgresql_session_limits(dbapi_connection, _record) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION_TIMEOUT}'")
    dbapi_connection.commit()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted content (erased mail, destroyed keys) is overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def session_factory(engine: Engine, audit_seal=None, sealer=None) -> sessionmaker[Session]:
    """Sessions on ``engine``; only sessions given the ``audit_seal`` (``models.audit.AuditSeal``) can write the audit log,
    and those given the ``sealer`` (``intake.crypto.Sealer``) seal what they store and can open what is sealed."""
    info = {} if audit_seal is None else {"audit_seal": audit_seal}
    if sealer is not None:
        info["sealer"] = sealer
    return sessionmaker(engine, expire_on_commit=False, info=info)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    with factory() as session, session.begin():
        yield session


def _alembic_config(engine: Engine | None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision."""
    from alembic import command

    command.upgrade(_alembic_config(engine), "heads")


def pending_migrations(engine: Engine) -> bool:
    return not schema_is_current(engine)


def schema_is_current(engine: Engine) -> bool:
    """True when the database's schema is at the newest revision of the migration files."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return False
        current = set(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
    return current == set(schema_heads())


@cache
def schema_heads(versions: Path = MIGRATIONS_DIR / "versions") -> tuple[str, ...]:
    """The newest revisions, read from the ``revision``/``down_revision`` assignments of the
    migration files (what Alembic would compute, without importing Alembic or the migrations)."""
    revisions, parents = set(), set()
    for path in versions.glob("*.py"):
        values = _revision_assignments(path.read_text(encoding="utf-8"))
        if "revision" in values:
            revisions.add(values["revision"])
            down = values.get("down_revision")
            parents.update(down if isinstance(down, (tuple, list)) else [down] if down else [])
    return tuple(sorted(revisions - parents))


# Alembic writes each assignment on one line at the top of the file: `revision = "0042"`.
_ASSIGNMENT_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)


def _revision_assignments(source: str) -> dict[str, object]:
    """The module-level ``revision`` and ``down_revision`` values of one migration file. Read from
    their lines: every command that opens the database checks the schema, and parsing every migration
    whole took a fiftieth of a second of each start. A file whose lines do not read plainly (a value
    over several lines, a comment after it, a name assigned twice) is parsed whole instead."""
    values: dict[str, object] = {}
    for name, value in _ASSIGNMENT_LINE.findall(source):
        try:
            if name in values:
                raise ValueError(name)
            values[name] = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            return _parsed_assignments(source)
    return values


def _parsed_assignments(source: str) -> dict[str, object]:
    values = {}
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value is not None:
            values[target.id] = ast.literal_eval(node.value)
    return values
