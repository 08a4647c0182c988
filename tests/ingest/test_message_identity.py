"""Same bytes = duplicate; anything else is a message (issue 17).

A message is a duplicate only when its raw bytes are identical, or its Message-ID matches and its
content without the headers servers add in transit is identical. A reused Message-ID with other
content, and a new file under a Maildir name already processed, are stored as messages of their own.
"""

from __future__ import annotations

import hashlib
import os

from sqlalchemy import func, select

from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.crypto import open_bytes, open_text
from models import Blob, LedgerEntry, Message, StoredFinding
from rules.labels import quarantine_reason_text
from rules.mail_identity import content_sha256
from rules.retention import DEFAULT_POLICIES
from tests.ingest.helpers import acknowledged, poll_maildir, write_maildir_message

ORIGINAL = (b"From: Kari Nordmann <kari@example.no>\r\nTo: post@proess.no\r\nSubject: Tilbud\r\n"
            b"Message-ID: <reused@example.no>\r\n\r\nHei, her er tilbudet.\r\n")
# Same Message-ID, another sender and a fodselsnummer in the body: a scanner or a broken mailer.
OTHER_CONTENT = (b"From: Ola Hansen <ola@example.com>\r\nTo: post@proess.no\r\nSubject: Skjema\r\n"
                 b"Message-ID: <reused@example.no>\r\n\r\nMitt fodselsnummer er 01017012345, ring 912 34 567.\r\n")


def incoming(name: str, raw: bytes, folder: str = "INBOX") -> IncomingMessage:
    return IncomingMessage(MailboxKey("test", "acct", folder, "1", name), len(raw), lambda: raw)


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_transport_headers_and_line_endings_do_not_change_the_content_hash():
    relayed = (b"Return-Path: <kari@example.no>\r\nReceived: from mx1\r\n\tby mx2; Mon, 1 Dec 2026\r\n"
               b"DKIM-Signature: v=1; a=rsa-sha256;\r\n b=abc\r\nX-Original-To: post@proess.no\r\n" + ORIGINAL)
    assert content_sha256(relayed) == content_sha256(ORIGINAL)
    assert content_sha256(ORIGINAL.replace(b"\r\n", b"\n")) == content_sha256(ORIGINAL)
    assert content_sha256(ORIGINAL.replace(b"tilbudet", b"tilbudet!")) != content_sha256(ORIGINAL)
    assert content_sha256(ORIGINAL.replace(b"Subject: Tilbud", b"Subject: Tilbud 2")) != content_sha256(ORIGINAL)
    # A "Received:" line in the body is content, not a header.
    assert content_sha256(ORIGINAL + b"Received: x\r\n") != content_sha256(ORIGINAL)


def test_a_reused_message_id_with_other_content_is_its_own_message_linked_to_the_first(sessions, analyzer):
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    first = pipeline.ingest(incoming("1", ORIGINAL))
    second = pipeline.ingest(incoming("2", OTHER_CONTENT))
    relayed = pipeline.ingest(incoming("3", b"Received: from relay\r\nDelivered-To: post@proess.no\r\n" + OTHER_CONTENT))
    assert (first.state, second.state, relayed.state) == ("stored", "stored", "duplicate")
    assert relayed.message_pk == second.message_pk
    with sessions() as session:
        other = session.get(Message, second.message_pk)
        assert other.same_message_id_as == first.message_pk
        assert other.message_id_header == "<reused@example.no>" and other.from_address == "ola@example.com"
        assert "01017012345" in open_text(session, other.key_id, other.body_text)
        # parsed, linked and scanned like any message, so lookup finds it
        assert count(session, StoredFinding, StoredFinding.message_pk == other.id, StoredFinding.label == "PHONE") == 1
        raw = session.get(Blob, hashlib.sha256(OTHER_CONTENT).hexdigest())
        assert open_bytes(session, raw.key_id, raw.content) == OTHER_CONTENT
        assert count(session, Message) == 2 and count(session, LedgerEntry) == 3


def test_lookup_finds_both_messages_under_one_message_id(sessions, analyzer):
    from intake.privacy.subjects import _find_candidates as find_candidates  # the lookup without its staff check

    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    pipeline.ingest(incoming("1", ORIGINAL))
    pipeline.ingest(incoming("2", OTHER_CONTENT))
    with sessions() as session:
        for address in ("kari@example.no", "ola@example.com"):
            _, candidates = find_candidates(session, address, b"test-key")
            assert [c.identifier_value for c in candidates] == [address]


def test_a_reused_maildir_file_name_is_new_mail_and_the_processed_file_is_never_overwritten(sessions, analyzer, tmp_path):
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1700000000.M1P1.host", ORIGINAL)
    assert poll_maildir(sessions, analyzer, maildir).counts["stored"] == 1
    # A new message delivered under the same file name (a copied mailbox, a careless script).
    write_maildir_message(maildir, "1700000000.M1P1.host", OTHER_CONTENT)
    summary = poll_maildir(sessions, analyzer, maildir)
    assert summary.counts["stored"] == 1 and summary.counts["already"] == 0
    assert sorted(path.read_bytes() for path in acknowledged(maildir)) == sorted([ORIGINAL, OTHER_CONTENT])
    assert list((maildir / "new").iterdir()) == []
    with sessions() as session:
        assert count(session, Message) == 2


def test_a_file_linked_by_a_run_killed_before_the_unlink_is_acknowledged_once(sessions, analyzer, tmp_path):
    """The processed file is a hard link made before the original is unlinked; a kill between the two
    leaves both names on one file. The next run finishes the move instead of keeping a second copy."""
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1700000000.M4P1.host", ORIGINAL)
    processed = maildir / ".processed" / "cur"
    processed.mkdir(parents=True)
    os.link(maildir / "new" / "1700000000.M4P1.host", processed / "1700000000.M4P1.host")
    poll_maildir(sessions, analyzer, maildir)
    assert [path.name for path in acknowledged(maildir)] == ["1700000000.M4P1.host"]
    assert list((maildir / "new").iterdir()) == []


def test_same_name_in_new_and_cur_are_two_files_each_acknowledged_once(sessions, analyzer, tmp_path):
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1700000000.M2P1.host", ORIGINAL)
    (maildir / "cur" / "1700000000.M2P1.host:2,S").write_bytes(OTHER_CONTENT)
    summary = poll_maildir(sessions, analyzer, maildir)
    assert summary.counts["stored"] == 2
    assert sorted(path.read_bytes() for path in acknowledged(maildir)) == sorted([ORIGINAL, OTHER_CONTENT])


def test_a_file_seen_again_with_the_same_bytes_is_already_done(sessions, analyzer, tmp_path):
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1700000000.M3P1.host", ORIGINAL)
    poll_maildir(sessions, analyzer, maildir)
    write_maildir_message(maildir, "1700000000.M3P1.host", ORIGINAL)  # restored from a backup
    summary = poll_maildir(sessions, analyzer, maildir)
    assert summary.counts["already"] == 1 and summary.counts["stored"] == 0
    assert len(acknowledged(maildir)) == 2  # both files kept, neither overwritten
    with sessions() as session:
        assert count(session, Message) == 1


def test_a_maildir_file_over_max_message_bytes_is_quarantined_with_its_header_and_kept(sessions, analyzer, tmp_path):
    from intake.ingest.daemon import Daemon
    from intake.ingest.sources.maildir import MaildirSource

    maildir = tmp_path / "maildir"
    big = ORIGINAL.replace(b"Hei, her er tilbudet.", b"x" * 5000)
    write_maildir_message(maildir, "1700000000.M4P1.host", big)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    source = MaildirSource(maildir, max_message_bytes=1000)
    summary = Daemon(lambda: source, pipeline, sessions, poll_interval=1).poll(source)
    assert summary.counts["quarantined"] == 1
    assert [path.read_bytes() for path in acknowledged(maildir)] == [big]
    with sessions() as session:
        message = session.scalar(select(Message))
        assert "maildir.max_message_bytes = 1000" in message.quarantine_reason
        assert quarantine_reason_text(message.quarantine_reason).startswith("over størrelsesgrensen: 5")
        blob = session.get(Blob, message.raw_sha256)
        stored = open_bytes(session, blob.key_id, blob.content)
        assert stored.startswith(b"From: Kari Nordmann") and b"x" * 100 not in stored
