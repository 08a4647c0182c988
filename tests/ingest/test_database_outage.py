"""The database goes away in the middle of a backlog and comes back: nothing is lost or stored twice."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from sqlalchemy import func, select

from intake.database import open_engine
from intake.ingest.daemon import Daemon
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources.maildir import MaildirSource
from models import LedgerEntry
from models.session import make_engine, migrate, session_factory
from rules.retention import DEFAULT_POLICIES
from tests.proxy import FaultyProxy
from tests.ingest.helpers import acknowledged, assert_stored_byte_exact, generate_maildir


@pytest.mark.slow
@pytest.mark.postgres  # the outage is staged with a TCP proxy in front of the PostgreSQL server
def test_postgresql_outage_mid_backlog_loses_and_duplicates_nothing(tmp_path, database_url, analyzer, caplog):
    migrate_engine = make_engine(database_url)
    migrate(migrate_engine)
    migrate_engine.dispose()
    proxy = FaultyProxy(5432)
    engine = open_engine(database_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}"))
    sessions = session_factory(engine)
    maildir = tmp_path / "maildir"
    originals = generate_maildir(maildir, count=120, seed=11)  # the outage at 40 leaves 80 behind it
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: MaildirSource(maildir), pipeline, sessions, poll_interval=0.2, max_backoff=1.0)
    worker = threading.Thread(target=daemon.run, daemon=True)
    def done() -> int:
        return len(acknowledged(maildir))

    caplog.set_level(logging.WARNING, logger="intake.ingest.daemon")
    try:
        worker.start()
        deadline = time.monotonic() + 60
        while done() < 40 and time.monotonic() < deadline:
            time.sleep(0.05)
        proxy.down()
        during_outage = done()
        time.sleep(3)
        assert done() - during_outage <= 1, "the daemon went on acknowledging mail while the database was away"
        proxy.up()
        # Long enough to outlast the server ending a transaction whose connection was cut without a
        # FIN (models/session.py: two minutes idle), which can hold a row lock the daemon then needs.
        deadline = time.monotonic() + 240
        while done() < len(originals) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        daemon.request_stop()
        worker.join(timeout=30)
        proxy.close()
        engine.dispose()

    assert 40 <= during_outage < len(originals)
    assert any("database unreachable" in record.getMessage() for record in caplog.records)
    assert {p.name for p in acknowledged(maildir)} == set(originals)
    check = make_engine(database_url)
    try:
        with session_factory(check)() as session:
            assert session.scalar(select(func.count()).select_from(LedgerEntry)) == len(originals)
            assert set(session.scalars(select(LedgerEntry.message_key))) == set(originals)
            assert_stored_byte_exact(session, originals)
    finally:
        check.dispose()
