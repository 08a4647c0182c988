"""Findings keep no plain fødselsnummer: new ones are masked at ingest, old ones by migration 0041; lookup still finds them."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.privacy.subjects import _find_candidates as find_candidates
from intake.crypto import open_text
from models import Message, StoredFinding as Finding
from models.session import make_engine
from rules.retention import DEFAULT_POLICIES
from tests.privacy.test_request_register_migration import alembic_config

FNR = "15076500565"
MAIL = (b"From: Kari Nordmann <kari@example.no>\r\nTo: post@proess.no\r\nSubject: Skjema\r\n"
        b"Message-ID: <fnr-1@example.no>\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\n\r\n"
        b"Hei, f\xc3\xb8dselsnummeret mitt er 150765 00565. Hilsen Kari Nordmann\r\n")


def test_an_ingested_fodselsnummer_is_stored_masked_and_still_found(sessions, analyzer):
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    pipeline.ingest(IncomingMessage(MailboxKey("maildir", "", "INBOX", "1", "fnr-1"), len(MAIL), lambda: MAIL))
    with sessions() as session:
        [finding] = session.scalars(select(Finding).where(Finding.label == "NATIONAL_ID")).all()
        key_id = session.get(Message, finding.message_pk).key_id
        assert open_text(session, key_id, finding.text) == "****** *****" and finding.value_hash
        assert FNR not in " ".join(open_text(session, key_id, value) for value in session.scalars(select(Finding.text)))
        kind, candidates = find_candidates(session, "150765 00565", b"test-key")
    assert kind == "national_id" and [c.identifier_label for c in candidates] == ["NATIONAL_ID"]


def test_migration_0041_masks_the_fodselsnumre_already_stored(database_url):
    engine = make_engine(database_url)
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0040")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO blobs (sha256, size) VALUES ('x', 1)"))
            connection.execute(text("INSERT INTO messages (raw_sha256, state, size, stored_at) VALUES ('x', 'stored', 1, CURRENT_TIMESTAMP)"))
            for label, value in (("NATIONAL_ID", "150765 00565"), ("BANK_ACCOUNT", "1234.56.78903"), ("PERSON", "Kari")):
                connection.execute(text("INSERT INTO findings (message_pk, part, label, text, start, \"end\", score, recognizer) "
                                        "VALUES (1, 'body', :label, :text, 0, 1, 1.0, 't')"), {"label": label, "text": value})
        command.upgrade(config, "heads")
        with engine.connect() as connection:
            stored = dict(connection.execute(text("SELECT label, text FROM findings")).all())
        assert stored == {"NATIONAL_ID": "****** *****", "BANK_ACCOUNT": "****.**.*****", "PERSON": "Kari"}
    finally:
        engine.dispose()
