"""The database as intake's edge uses it: an engine whose failures arrive as the error tree.

This is the one place where the driver's failures become ``intake.errors``: an engine
event (``handle_error``) replaces SQLAlchemy's ``OperationalError`` (and a lost
connection) with ``DatabaseBusy`` when another process or transaction holds a lock, and
with ``DatabaseUnreachable`` otherwise, as the failed statement raises it. Callers catch
the error tree, never a driver exception; the daemon retries ``DatabaseUnavailable``.
Errors that mean a bug or bad data (``IntegrityError``, ``ProgrammingError``) pass
through unchanged, so one bad message is quarantined instead of retried for ever.
"""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from intake.errors import DatabaseBusy, DatabaseNotReady, DatabaseUnreachable
from models.session import make_engine, schema_is_current

# PostgreSQL SQLSTATEs for "someone else holds what you need": lock_not_available,
# serialization_failure, deadlock_detected. Retrying later is the right answer to each.
BUSY_SQLSTATES = frozenset({"55P03", "40001", "40P01"})
# SQLite's result codes for a database or table locked by another connection.
BUSY_SQLITE_CODES = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})


def open_engine(url: str) -> Engine:
    """An engine for ``url`` (see ``models.session.make_engine``) raising the error tree."""
    try:
        engine = make_engine(url)
    except OSError as error:  # the folder for a SQLite file cannot be made
        raise DatabaseUnreachable(safe_url(url), type(error).__name__) from error
    event.listen(engine, "handle_error", _raise_database_error)
    return engine


def require_current_schema(engine: Engine) -> None:
    """Commands that only read never migrate: they refuse a database ``intake init`` has not brought up to date."""
    if not schema_is_current(engine):
        raise DatabaseNotReady(safe_url(engine.url))


def safe_url(url: str | URL) -> str:
    """The database URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _raise_database_error(context: ExceptionContext) -> None:
    if context.is_pre_ping:  # the pool tests a connection and reconnects on its own
        return
    original = context.original_exception
    if is_busy(original):
        raise DatabaseBusy(_where(context), type(original).__name__) from context.sqlalchemy_exception
    if context.is_disconnect or isinstance(context.sqlalchemy_exception, (OperationalError, InterfaceError)):
        raise DatabaseUnreachable(_where(context), type(original).__name__) from context.sqlalchemy_exception


def is_busy(error: BaseException) -> bool:
    """True when the driver says another connection holds a lock this one needs."""
    if getattr(error, "sqlstate", None) in BUSY_SQLSTATES:  # psycopg
        return True
    if getattr(error, "sqlite_errorname", None) in BUSY_SQLITE_CODES:
        return True
    return type(error).__name__ == "OperationalError" and "database is locked" in str(error)


def _where(context: ExceptionContext) -> str:
    return safe_url(context.engine.url) if context.engine is not None else context.dialect.name
