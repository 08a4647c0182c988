"""Sealed at rest (issue 15): contents sealed under subject keys wrapped by a master key outside the database;
erasure destroys the subject's key, so a backup taken before it cannot be read with the keys in use after it."""

from __future__ import annotations

import shutil
import stat

import pytest
from sqlalchemy import select, text

from intake.crypto import (
    KEY_STORE_FILE, ConfigError, KeyDestroyed, KeyStore, key_dir, load_master_key, make_sealer, open_bytes, open_text,
    rotate_master_key,
)
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.privacy.erasure import erase_subject
from intake.privacy.lookup import lookup
from intake.privacy.minimize import run as minimize
from intake.privacy.rectify import rectify
from intake.sealing import seal_unsealed
from models import Attachment, AuditEntry, Blob, Message, Rectification, StoredFinding
from models.session import session_factory, transaction
from rules.minimization import MinimizationPolicy
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import DEFAULT_POLICIES
from tests.privacy.seed import ATTACHMENT_BYTES, HASH_KEY, SECRET_BODY, TODAY

DISTINCTIVE = "Sjokoladefabrikken ved Vestre Gausdal, kode 77819"
MAIL_FROM_OLAV = (f"From: Olav Gammel <old@example.no>\r\nTo: post@proess.no\r\nSubject: Tilbake igjen\r\n"
                  f"Message-ID: <olav-2@example.no>\r\nDate: Mon, 2 Dec 2026 10:00:00 +0100\r\n\r\n"
                  f"Hei, jeg vil bygge om. {DISTINCTIVE}.\r\n").encode()


def ingest(sessions, analyzer, raw: bytes, name: str = "1") -> int:
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    return pipeline.ingest(IncomingMessage(MailboxKey("test", "acct", "INBOX", "1", name), len(raw), lambda: raw)).message_pk


def seal_all(sessions) -> None:
    with transaction(sessions) as session:
        while seal_unsealed(session, batch=2):
            pass


def erase(sessions, query: str):
    with transaction(sessions) as session:
        return erase_subject(session, "rita", query, HASH_KEY, DEFAULT_POLICIES, DEFAULT_ACTIVITIES)


def test_ingested_mail_is_sealed_under_its_customers_key_and_readers_open_it(sessions, sealer, world, analyzer):
    pk = ingest(sessions, analyzer, MAIL_FROM_OLAV)
    with sessions() as session:
        message = session.get(Message, pk)
        assert message.key_id == sealer.customer_key_id("K1004")
        assert DISTINCTIVE not in message.body_text and DISTINCTIVE in open_text(session, message.key_id, message.body_text)
        raw = session.get(Blob, message.raw_sha256)
        assert raw.key_id == message.key_id and DISTINCTIVE.encode() not in raw.content
        assert open_bytes(session, raw.key_id, raw.content) == MAIL_FROM_OLAV
        # Wrong key or tampered bytes: the seal does not open.
        with pytest.raises(Exception):
            sealer.open_bytes(sealer.key_for_message(()), raw.content)
        with pytest.raises(Exception):
            sealer.open_bytes(raw.key_id, raw.content[:-1] + bytes([raw.content[-1] ^ 1]))
    # A session without the key store cannot read sealed rows (and says why).
    with session_factory(sessions.kw["bind"])() as bare, pytest.raises(ConfigError):
        message = bare.get(Message, pk)
        open_text(bare, message.key_id, message.body_text)


def test_unlinked_mail_gets_a_key_of_its_own(sessions, sealer, world, analyzer):
    raw = (b"From: ukjent@example.org\r\nTo: post@proess.no\r\nSubject: Hei\r\nMessage-ID: <u1@example.org>\r\n\r\n"
           b"Noe helt annet.\r\n")
    pk = ingest(sessions, analyzer, raw)
    with sessions() as session:
        key_id = session.get(Message, pk).key_id
    assert key_id is not None and sealer.is_own_key(key_id)


def test_keys_seal_seals_existing_rows_and_minimization_works_on_sealed_mail(sessions, world):
    seal_all(sessions)
    with sessions() as session:
        assert session.scalar(select(Message.id).where(Message.key_id.is_(None), Message.state != "erased")) is None
        message = session.get(Message, world.open_project_mail)
        assert "150765" not in message.body_text and open_text(session, message.key_id, message.body_text) == SECRET_BODY
        [attachment] = session.scalars(select(Attachment).where(Attachment.message_pk == message.id)).all()
        blob = session.get(Blob, attachment.blob_sha256)
        assert blob.content != ATTACHMENT_BYTES and open_bytes(session, blob.key_id, blob.content) == ATTACHMENT_BYTES
        assert open_text(session, message.key_id, attachment.text) == "tegning"
        # the plain copies are gone, not merely unused
        assert session.scalar(select(Blob.sha256).where(Blob.content == ATTACHMENT_BYTES)) is None
    with transaction(sessions) as session:
        minimize(session, "rita", (MinimizationPolicy("NATIONAL_ID", 10),), TODAY)
    with sessions() as session:
        message = session.get(Message, world.open_project_mail)
        body = open_text(session, message.key_id, message.body_text)
        assert "150765 00565" not in body and "912 34 567" in body
        raw = session.get(Blob, message.raw_sha256)
        assert raw.key_id == message.key_id and b"912 34 567" in open_bytes(session, raw.key_id, raw.content)


def _snapshot(session) -> dict:
    """A logical backup: every blob and message row as stored (what a dump would hold)."""
    return {"blobs": session.execute(text("SELECT sha256, key_id, content FROM blobs")).all(),
            "messages": session.execute(text("SELECT id, key_id, body_text FROM messages")).all()}


def test_a_backup_taken_before_an_erasure_cannot_be_read_with_the_keys_after_it(sessions, sealer, world, analyzer,
                                                                                   database_url, tmp_path):
    pk = ingest(sessions, analyzer, MAIL_FROM_OLAV)
    with transaction(sessions) as session:
        rectify(session, "kari", "K1004", {"phone": "+47 400 12 345"}, f"Olav ringte fra {DISTINCTIVE}", hash_key=HASH_KEY)
    seal_all(sessions)
    with sessions() as session:
        olav_key = session.get(Message, pk).key_id
        before = _snapshot(session)
        [correction] = session.scalars(select(Rectification).where(Rectification.customer_id == "K1004")).all()
        assert correction.key_id == olav_key and DISTINCTIVE not in correction.reason
        assert DISTINCTIVE in lookup(session, "K1004", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report.record.rectifications[0]["reason"]
        audit_text = " ".join(str(details) for details in session.scalars(select(AuditEntry.details)))
        assert "Sjokoladefabrikken" not in audit_text and "400 12 345" not in audit_text
    sqlite_file = database_url.removeprefix("sqlite:///") if database_url.startswith("sqlite") else None
    if sqlite_file:  # the backup an operator takes: the database file with its WAL, and the data folder
        with sessions.kw["bind"].connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = tmp_path / "backup"
        backup.mkdir()
        shutil.copy(sqlite_file, backup / "intake.sqlite3")
    outcome = erase(sessions, "K1004")
    assert str(pk) in {d.item_id for d in outcome.erased}
    assert sealer.customer_key_id("K1004") is None  # the subject's key is destroyed
    with pytest.raises(KeyDestroyed):
        sealer.store.key(olav_key)

    # Restore the backup with today's keys: Olav's mail is there, sealed, and does not open.
    fresh = make_sealer(tmp_path / "sealing", None)  # the key store as it is now, read anew
    [(row_key, body)] = [(key, body) for id_, key, body in before["messages"] if id_ == pk]
    assert row_key == olav_key and DISTINCTIVE not in body
    with pytest.raises(KeyDestroyed):
        fresh.open_text(row_key, body)
    for sha, key_id, content in before["blobs"]:
        assert content is None or DISTINCTIVE.encode() not in bytes(content)
        if key_id == olav_key:
            with pytest.raises(KeyDestroyed):
                fresh.open_bytes(key_id, bytes(content))
    if sqlite_file:
        restored = (backup / "intake.sqlite3").read_bytes()
        assert DISTINCTIVE.encode() not in restored and b"Sjokoladefabrikken" not in restored
        for folder in (tmp_path / "sealing",):  # nor anywhere in the data folder or the key store
            for path in folder.rglob("*"):
                if path.is_file():
                    assert b"Sjokoladefabrikken" not in path.read_bytes(), path
    # Everyone else's mail in the same backup still opens.
    other = next((key, body) for id_, key, body in before["messages"] if id_ == world.closed_project_mail)
    assert fresh.open_text(*other) == "Takk for tegningene."


def test_what_an_erasure_keeps_is_resealed_before_the_customers_key_goes(sessions, sealer, world):
    seal_all(sessions)
    customer_key = sealer.customer_key_id("K1001")
    with sessions() as session:
        assert session.get(Message, world.open_project_mail).key_id == customer_key
    outcome = erase(sessions, "K1001")
    kept = {int(d.item_id) for d in outcome.kept if d.item_type == "message"}
    assert world.open_project_mail in kept and world.invoice in kept
    assert sealer.customer_key_id("K1001") is None
    with pytest.raises(KeyDestroyed):
        sealer.store.key(customer_key)
    with sessions() as session:
        message = session.get(Message, world.open_project_mail)
        assert message.key_id != customer_key and sealer.is_own_key(message.key_id)
        assert open_text(session, message.key_id, message.body_text) == SECRET_BODY  # kept by law: still readable
        [attachment] = session.scalars(select(Attachment).where(Attachment.message_pk == message.id)).all()
        blob = session.get(Blob, attachment.blob_sha256)
        assert open_bytes(session, blob.key_id, blob.content) == ATTACHMENT_BYTES
        # the erased neighbour mail was sealed under a key of its own: destroyed with it
        assert session.get(Message, world.neighbour_mail).state == "erased"


def test_rotation_rewraps_every_subject_key_under_a_new_master_key(sessions, sealer, world, tmp_path):
    seal_all(sessions)
    data_dir = tmp_path / "sealing"
    old = load_master_key(data_dir, None)
    count = KeyStore(key_dir(data_dir) / KEY_STORE_FILE, old).count()
    old_id, new_id, rewrapped = rotate_master_key(data_dir, None, None)
    assert (old_id, rewrapped) == (old.key_id, count) and new_id != old_id and count >= 3
    path = key_dir(data_dir) / "master.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and bytes.fromhex(path.read_text()) != old.key
    assert stat.S_IMODE((key_dir(data_dir) / KEY_STORE_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(key_dir(data_dir).stat().st_mode) == 0o700
    # The old master key opens nothing any more; the new one opens everything.
    with pytest.raises(ConfigError):
        KeyStore(key_dir(data_dir) / KEY_STORE_FILE, old).key(sealer.customer_key_id("K1002"))
    rotated = make_sealer(data_dir, None)
    with session_factory(sessions.kw["bind"], sealer=rotated)() as session:
        message = session.get(Message, world.closed_project_mail)
        assert open_text(session, message.key_id, message.body_text) == "Takk for tegningene."
    # A process that still holds the old master key reads the new one from the file when it meets it.
    with sessions() as session:
        message = session.get(Message, world.open_project_mail)
        assert open_text(session, message.key_id, message.body_text) == SECRET_BODY


def test_rotation_with_a_master_key_from_the_environment_takes_the_new_one_from_NEW(tmp_path):
    data_dir = tmp_path / "env"
    old_secret, new_secret = "11" * 32, "22" * 32
    sealer = make_sealer(data_dir, old_secret)
    key_id = sealer.key_for_message(["K9"])
    assert not (key_dir(data_dir) / "master.key").exists()  # nothing on disk when the environment holds it
    with pytest.raises(ConfigError):
        rotate_master_key(data_dir, old_secret, None)
    key = sealer.store.key(key_id)
    rotate_master_key(data_dir, old_secret, new_secret)
    assert make_sealer(data_dir, new_secret).store.key(key_id) == key
    with pytest.raises(ConfigError):
        make_sealer(data_dir, old_secret).store.key(key_id)


def test_finding_values_are_sealed_and_lookup_still_finds_by_name_and_address(sessions, sealer, world, analyzer):
    raw = ("From: nabo@example.org\r\nTo: post@proess.no\r\nSubject: Byggestøy\r\nMessage-ID: <n9@example.org>\r\n\r\n"
           "Hei. Jeg har snakket med Olav Gammel om arbeidet i Granittveien 21 i Sandvika.\r\n").encode()
    pk = ingest(sessions, analyzer, raw)
    with sessions() as session:
        message = session.get(Message, pk)
        findings = session.scalars(select(StoredFinding).where(StoredFinding.message_pk == pk)).all()
        person = next(f for f in findings if f.label == "PERSON")
        assert "Olav" not in person.text and open_text(session, message.key_id, person.text) == "Olav Gammel"
        assert person.text_hash == sealer.text_hash("PERSON", "Olav Gammel")
        assert not any("Granittveien" in f.text for f in findings)
    with transaction(sessions) as session:
        report = lookup(session, "K1004", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
        assert pk in {item.message_pk for item in report.messages}  # found by the name mentioned, through its hash
        by_address = lookup(session, "Granittveien 21", "kari", HASH_KEY, DEFAULT_ACTIVITIES)
    assert pk in {item.message_pk for item in by_address.property.messages}


def test_sqlite_connections_overwrite_deleted_content_and_so_does_the_key_store(engine, sealer):
    """PRAGMA secure_delete is set explicitly on every SQLite connection (models/session.py) and on the key store's."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    with sealer.store._use() as connection:
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    doomed = sealer.key_for_message(())
    with sealer.store._use() as connection:
        [wrapped] = connection.execute("SELECT wrapped FROM subject_keys WHERE key_id = ?", (doomed,)).fetchone()
    assert any(wrapped in path.read_bytes() for path in sealer.store.path.parent.iterdir())
    sealer.destroy({doomed})
    for path in sealer.store.path.parent.iterdir():  # the store, its write-ahead log: the wrapped key is overwritten
        assert wrapped not in path.read_bytes(), path
    with pytest.raises(KeyDestroyed):
        sealer.store.key(doomed)
