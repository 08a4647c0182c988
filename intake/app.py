"""The composition root: turns a Config into the database, the analyzer, the pipeline and a mail source."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.exc import OperationalError, ProgrammingError

from intake.config import Config
from intake.errors import DatabaseError
from intake.keys import hash_key
from intake.ingest.sources import MailSource
from models.session import make_engine, migrate, session_factory


class App:
    def __init__(self, config: Config):
        self.config = config

    @cached_property
    def engine(self):
        engine = make_engine(self.config.database.url)
        try:
            migrate(engine)
        except (OperationalError, ProgrammingError) as error:
            raise DatabaseError(f"cannot open the database ({_safe_url(self.config.database.url)}): {type(error.orig).__name__}") from None
        return engine

    @cached_property
    def sessions(self):
        return session_factory(self.engine)

    @cached_property
    def hash_key(self) -> bytes:
        return hash_key(self.config)

    def analyzer(self, known_names=()):
        from rules.detection import Analyzer  # loading the NLP model is slow: only when needed

        return Analyzer(hash_key=self.hash_key, known_names=known_names)

    def pipeline(self):
        from intake.ingest.pipeline import Pipeline
        from models.queries import known_customers

        with self.sessions() as session:
            names = [customer.name for customer in known_customers(session)]
        return Pipeline(self.sessions, self.analyzer(names), self.config.retention.policies, self.config.mailbox.own_domains)

    def mail_source(self) -> MailSource:
        if self.config.mailbox.source == "imap":
            from intake.ingest.sources.imap import ImapSource

            return ImapSource(self.config.imap, password=self.config.secret(self.config.imap.password_env))
        from intake.ingest.sources.maildir import MaildirSource

        return MaildirSource(self.config.maildir.path, self.config.maildir.processed_folder)


def _safe_url(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def database_error(error: BaseException) -> DatabaseError | None:
    """The error tree's ``DatabaseError`` for a database that went away in the middle of a command, or None when
    ``error`` is something else (front ends show it as one line with exit code 4, never as a traceback)."""
    if isinstance(error, OperationalError):
        return DatabaseError(f"databasen kan ikke nås ({type(error.orig).__name__})")
    return None
