"""Engines, sessions and schema migrations for SQLite and PostgreSQL."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine with the settings intake relies on (SQLite: foreign keys, WAL, busy wait)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "connect", _postgresql_session_limits)
    return engine


# A transaction whose client vanished mid-way (network cut, process killed) would hold its
# locks until TCP gives up; the server ends it instead, so nothing waits on it for long.
IDLE_IN_TRANSACTION_TIMEOUT = "60s"


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


def session_factory(engine: Engine, audit_seal=None) -> sessionmaker[Session]:
    """Sessions on ``engine``; only sessions given the ``audit_seal`` (``models.audit.AuditSeal``) can write the audit log."""
    info = {} if audit_seal is None else {"audit_seal": audit_seal}
    return sessionmaker(engine, expire_on_commit=False, info=info)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    with factory() as session, session.begin():
        yield session


def _alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision of every migration branch."""
    command.upgrade(_alembic_config(engine), "heads")


def pending_migrations(engine: Engine) -> bool:
    script = ScriptDirectory.from_config(_alembic_config(engine))
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current != set(script.get_heads())
