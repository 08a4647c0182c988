"""The composition root: turns a Config into the database, the analyzer, the pipeline and a mail source.

Only ``intake init`` and the daemon call ``migrate``; every other command gets an engine
through ``engine``, which refuses a database whose schema is not at the newest revision
("run intake init") instead of changing it.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from intake.config import Config
from intake.database import open_engine, require_current_schema
from intake.keys import audit_key, hash_key
from intake.ingest.sources import MailSource
from models.session import migrate, session_factory


class App:
    def __init__(self, config: Config):
        self.config = config
        self._schema_checked = False

    @cached_property
    def _engine(self):
        seal_data_folder(self.config)
        return open_engine(self.config.database.url)

    @property
    def engine(self):
        """The database, once its schema is known to be current."""
        if not self._schema_checked:
            require_current_schema(self._engine)
            self._schema_checked = True
        return self._engine

    def close(self) -> None:
        """Close the connections this App opened (the database's pool, the key store's), when its command ends."""
        engine = self.__dict__.get("_engine")
        if engine is not None:
            engine.dispose()
        sealer = self.__dict__.get("sealer")
        if sealer is not None:
            sealer.store.close()

    def migrate(self) -> None:
        """Create or upgrade the schema (``intake init`` and the daemon only)."""
        migrate(self._engine)
        self._schema_checked = True

    @cached_property
    def sessions(self):
        return session_factory(self.engine, audit_seal=self.audit_checkpoints.seal(), sealer=self.sealer)

    @cached_property
    def sealer(self):
        """Seals what is stored under subject keys wrapped by the master key (intake/crypto.py)."""
        from intake.crypto import make_sealer

        return make_sealer(self.config.daemon.data_dir, self.config.secret(self.config.security.master_key_env),
                           search_key=self.hash_key)

    @cached_property
    def audit_checkpoints(self):
        from intake.audit_log import CHECKPOINT_FILE, Checkpoints

        return Checkpoints(Path(self.config.daemon.data_dir) / CHECKPOINT_FILE, audit_key(self.config))

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
        return Pipeline(self.sessions, self.analyzer(names), self.config.retention.policies, self.config.mailbox.own_domains,
                        limits=self.config.extraction)

    def mail_source(self) -> MailSource:
        if self.config.mailbox.source == "imap":
            from intake.ingest.sources.imap import ImapSource

            return ImapSource(self.config.imap, password=self.config.secret(self.config.imap.password_env))
        from intake.ingest.sources.maildir import MaildirSource

        return MaildirSource(self.config.maildir.path, self.config.maildir.processed_folder,
                             self.config.maildir.max_message_bytes)


def seal_data_folder(config: Config) -> None:
    """The data folder 0700 and the SQLite database with its WAL and shared-memory files 0600, also when an
    older version (or another umask) made them readable to others."""
    from sqlalchemy.engine import make_url

    from intake.files import PRIVATE_FILE, private_dir

    private_dir(Path(config.daemon.data_dir))
    url = make_url(config.database.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database)
        for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
            if path.exists() and path.stat().st_uid == os.getuid():
                os.chmod(path, PRIVATE_FILE)
