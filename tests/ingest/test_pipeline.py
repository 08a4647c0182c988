"""Ingest end to end on a real database: store once, link, detect, date, quarantine, survive."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from intake.crypto import open_text
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from models import StoredFinding, LedgerEntry, Message, MessageCustomerLink, MessagePropertyLink, RetentionRecord
from rules.retention import DEFAULT_POLICIES
from tests.corpus.generate import write_broken_maildir
from tests.ingest.helpers import assert_stored_byte_exact, import_sample_records, poll_maildir, write_maildir_message


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def incoming(name: str, raw: bytes, folder: str = "INBOX") -> IncomingMessage:
    return IncomingMessage(MailboxKey("test", "acct", folder, "1", name), len(raw), lambda: raw)


def test_sample_mailbox_is_stored_once_linked_scanned_and_dated(sessions, analyzer, sample_maildir):
    import_sample_records(sessions)
    paths = sorted(p for sub in ("new", "cur") for p in (sample_maildir / sub).iterdir())
    files = [p.name for p in paths]
    raw_by_name = {p.name: p.read_bytes() for p in paths}

    summary = poll_maildir(sessions, analyzer, sample_maildir)

    assert summary.seen == len(files)
    # The deliberately malformed sample (wrong boundary, cut off mid-part) is read as far as it goes.
    assert summary.counts["quarantined"] == 0
    assert list((sample_maildir / "new").iterdir()) == [] and list((sample_maildir / "cur").iterdir()) == []
    assert sorted(p.name for p in (sample_maildir / ".processed" / "cur").iterdir()) == sorted(files)
    with sessions() as session:
        assert count(session, LedgerEntry) == len(files)
        assert_stored_byte_exact(session, raw_by_name)
        stored = count(session, Message, Message.state == "stored")
        # Quarantined mail is held mail too: it has a retention record (issue 12).
        assert count(session, RetentionRecord) == stored + summary.counts["quarantined"]
        assert count(session, MessageCustomerLink) >= 10
        assert count(session, StoredFinding, StoredFinding.label == "EMAIL") > 0
        assert count(session, StoredFinding, StoredFinding.label == "PHONE") > 0
        assert count(session, Message, Message.parse_defects.like("%BoundaryRecoveredDefect%")) == 1

    again = poll_maildir(sessions, analyzer, sample_maildir)
    assert again.seen == 0
    with sessions() as session:
        assert count(session, Message) == summary.counts["stored"] + summary.counts["quarantined"]


def test_same_bytes_or_same_message_id_and_content_under_another_key_is_a_duplicate(sessions, analyzer):
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    raw = b"From: kari@example.no\r\nTo: post@proess.no\r\nSubject: Tilbud\r\nMessage-ID: <m1@example.no>\r\n\r\nHei\r\n"
    redelivered = b"Received: from mx.example.no by mx.proess.no\r\nDelivered-To: post@proess.no\r\n" + raw
    assert pipeline.ingest(incoming("1", raw)).state == "stored"
    assert pipeline.ingest(incoming("1", raw)).state == "already"
    assert pipeline.ingest(incoming("2", raw, folder="Sent")).state == "duplicate"
    assert pipeline.ingest(incoming("3", redelivered)).state == "duplicate"
    with sessions() as session:
        assert count(session, Message) == 1
        assert count(session, LedgerEntry) == 3


def test_replies_share_a_thread_and_inherit_its_customer(sessions, analyzer):
    import_sample_records(sessions)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    with sessions() as session:
        from models import Customer
        customer = session.scalars(select(Customer).order_by(Customer.customer_id)).first()
    first = (f"From: {customer.email}\r\nTo: post@proess.no\r\nSubject: Spørsmål\r\nMessage-ID: <t1@x>\r\n\r\nHei\r\n").encode()
    # The staff reply goes to an unknown helper address; only the thread ties it to the customer.
    reply = (b"From: ola@proess.no\r\nTo: snekker@firma.no\r\nSubject: Re: Sp\r\nMessage-ID: <t2@x>\r\n"
             b"In-Reply-To: <t1@x>\r\nReferences: <t1@x>\r\n\r\nSvar\r\n")
    first_pk = pipeline.ingest(incoming("a", first)).message_pk
    reply_pk = pipeline.ingest(incoming("b", reply)).message_pk
    with sessions() as session:
        assert session.get(Message, first_pk).thread_id == session.get(Message, reply_pk).thread_id
        linked = session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == reply_pk)).all()
        assert linked == [customer.customer_id]


def test_retention_date_follows_the_project_when_it_closes(sessions, analyzer, tmp_path):
    records = (Path(__file__).parents[2] / "examples" / "records.csv").read_text(encoding="utf-8").splitlines()
    header, open_row = records[0], next(r for r in records[1:] if r.endswith(",open,"))
    customer_id, email = open_row.split(",")[0], open_row.split(",")[2]
    csv_file = tmp_path / "records.csv"
    csv_file.write_text(f"{header}\n{open_row}\n", encoding="utf-8")
    import_sample_records(sessions, csv_file)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    raw = f"From: {email}\r\nTo: post@proess.no\r\nSubject: Tegninger\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <r1@x>\r\n\r\nHei\r\n".encode()
    message_pk = pipeline.ingest(incoming("r", raw)).message_pk
    with sessions() as session:
        record = session.get(RetentionRecord, message_pk)
        assert record.category == "customer_correspondence"
        assert record.retain_until is None and "ikke avsluttet" in record.pending_reason

    csv_file.write_text(f"{header}\n{open_row.replace(',open,', ',closed,2025-06-30')}\n", encoding="utf-8")
    import_sample_records(sessions, csv_file)
    with sessions() as session:
        record = session.get(RetentionRecord, message_pk)
        assert record.retain_until.isoformat() == "2038-06-30"
        assert record.pending_reason is None
        assert session.get(MessageCustomerLink, session.scalar(select(MessageCustomerLink.id))).customer_id == customer_id


def test_every_broken_message_is_kept_byte_exact_and_reported(sessions, analyzer, tmp_path):
    maildir = tmp_path / "broken"
    cases = write_broken_maildir(maildir)
    raw_by_case = {name: (maildir / "new" / name).read_bytes() for name in cases}
    write_maildir_message(maildir, "zz-after-the-broken-ones", b"From: a@b.no\r\nSubject: ok\r\nMessage-ID: <ok@x>\r\n\r\nfine\r\n")

    summary = poll_maildir(sessions, analyzer, maildir)

    assert summary.seen == len(cases) + 1
    with sessions() as session:
        states = dict(session.execute(select(LedgerEntry.message_key, LedgerEntry.state)).all())
        assert states["zz-after-the-broken-ones"] == "stored"
        for name in raw_by_case:
            assert states[name] in ("stored", "quarantined", "duplicate"), name
        assert_stored_byte_exact(session, raw_by_case)
        quarantined = dict(session.execute(
            select(LedgerEntry.message_key, Message.quarantine_reason).join(Message, Message.id == LedgerEntry.message_pk)
            .where(Message.state == "quarantined")).all())
        assert set(quarantined) == {"zero_bytes", "binary_not_mail"}
        assert all(reason for reason in quarantined.values())
        # Damaged but readable: stored with the damage recorded, its text linked and scanned.
        salvaged = dict(session.execute(
            select(LedgerEntry.message_key, Message.parse_defects).join(Message, Message.id == LedgerEntry.message_pk)
            .where(LedgerEntry.message_key.in_(["body_only", "truncated_mid_part", "multipart_without_boundary"]))).all())
        assert "NoHeadersDefect" in salvaged["body_only"]
        assert "CloseBoundaryNotFoundDefect" in salvaged["truncated_mid_part"]
        assert "NoBoundaryInMultipartDefect" in salvaged["multipart_without_boundary"]
        body_only = session.scalar(select(Message).join(LedgerEntry, LedgerEntry.message_pk == Message.id)
                                   .where(LedgerEntry.message_key == "body_only"))
        assert body_only.state == "stored" and "3201-12/345" in open_text(session, body_only.key_id, body_only.body_text)
        assert session.scalars(select(MessagePropertyLink.property_key)
                               .where(MessagePropertyLink.message_pk == body_only.id)).all() == ["3201-12/345"]
        huge = session.scalar(select(Message).join(LedgerEntry, LedgerEntry.message_pk == Message.id)
                              .where(LedgerEntry.message_key == "huge_attachment_25mb"))
        assert huge.state == "stored" and huge.attachments[0].size == 25 * 1024 * 1024


def test_an_unexpected_pipeline_failure_quarantines_that_message_and_the_poll_goes_on(sessions, analyzer, tmp_path):
    class ExplodingAnalyzer:
        """Stands in for a bug in a later stage: the daemon must survive it."""

        def analyze(self, text, part):
            if "explode" in text:
                raise RuntimeError("boom")
            return analyzer.analyze(text, part)

    maildir = tmp_path / "md"
    write_maildir_message(maildir, "1-bad", b"From: a@b.no\r\nSubject: explode\r\nMessage-ID: <e@x>\r\n\r\nx\r\n")
    write_maildir_message(maildir, "2-good", b"From: a@b.no\r\nSubject: fine\r\nMessage-ID: <g@x>\r\n\r\nx\r\n")
    summary = poll_maildir(sessions, ExplodingAnalyzer(), maildir)
    assert (summary.counts["quarantined"], summary.counts["stored"]) == (1, 1)
    with sessions() as session:
        bad = session.scalar(select(Message).where(Message.state == "quarantined"))
        assert bad.quarantine_reason == "internal error while processing: RuntimeError"


def test_no_database_connection_is_held_while_a_message_is_parsed_or_analysed(sessions, analyzer):
    """Parsing and analysis take seconds (up to the budget); the daemon holds no transaction, nor even a pooled
    connection, meanwhile (a long transaction kept PostgreSQL's idle-in-transaction limit and locks busy)."""
    from intake.ingest.worker import InProcessWorker

    engine = sessions.kw["bind"]
    seen = []

    class Watching(InProcessWorker):
        def parse(self, raw):
            seen.append(("parse", engine.pool.checkedout()))
            return super().parse(raw)

        def analyze(self, parsed, directory, earlier):
            seen.append(("analyze", engine.pool.checkedout()))
            return super().analyze(parsed, directory, earlier)

    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",),
                        worker=Watching(analyzer, ("proess.no",)))
    first = b"From: kari@example.no\r\nSubject: Tilbud\r\nMessage-ID: <t1@x>\r\n\r\nHei, ring 912 34 567.\r\n"
    reply = (b"From: post@proess.no\r\nSubject: Re: Tilbud\r\nMessage-ID: <t2@x>\r\nIn-Reply-To: <t1@x>\r\n"
             b"References: <t1@x>\r\n\r\nTakk.\r\n")
    assert pipeline.ingest(incoming("1", first)).state == "stored"
    assert pipeline.ingest(incoming("2", reply)).state == "stored"
    assert seen == [("parse", 0), ("analyze", 0)] * 2
    with sessions() as session:  # the reply joined the thread all the same
        assert len(set(session.scalars(select(Message.thread_id)))) == 1
