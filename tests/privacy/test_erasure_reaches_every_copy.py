"""Erasure reaches every stored copy of the person's mail (issue 17).

The same mail stored more than once (a re-delivery with a header added, a copy kept raw in quarantine),
its attachments, the Message-ID a thread is rooted at: after erasure no row in any table holds the
person's fødselsnummer, the attachment's bytes or the name in the Message-ID. Mail that only reuses the
Message-ID, from someone else, is not a copy and stays.
"""
from __future__ import annotations

from datetime import date
from email.message import EmailMessage

from sqlalchemy import select

from intake.crypto import open_bytes, open_text
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.privacy.erasure import erase_subject
from models import Message, StaffUser, Thread, load_all
from models.base import Base
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import DEFAULT_POLICIES

HASH_KEY = b"test-key"  # the analyzer fixture's key: findings are hashed with it
FNR = "15076500565"
MESSAGE_ID = "<ingrid.solberg.skogveien@gmail.com>"
ATTACHMENT = b"Skjema for byggesak. Tiltakshaver Ingrid Solberg, f.nr. 15076500565. Skogveien 14.\n" * 3


def mail(sender: str = "Ingrid Solberg <ingrid.solberg@gmail.com>",
         body: str = f"Hei, her er skjemaet. Fødselsnummeret mitt er {FNR}.\n") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "post@proess.no"
    message["Subject"] = "Byggesøknad Skogveien 14"
    message["Date"] = "Mon, 30 Nov 2026 10:00:00 +0100"
    message["Message-ID"] = MESSAGE_ID
    message.set_content(body)
    if sender.startswith("Ingrid"):
        message.add_attachment(ATTACHMENT, maintype="application", subtype="octet-stream", filename="skjema.bin")
    return message.as_bytes()


def arrive(pipeline: Pipeline, key: str, raw: bytes, folder: str = "INBOX", quarantine: str | None = None):
    incoming = IncomingMessage(MailboxKey("test", "acct", folder, "1", key), len(raw), lambda: raw)
    return pipeline.quarantine(incoming, quarantine) if quarantine else pipeline.ingest(incoming)


def rows_holding(session, needles: list[bytes]) -> list[str]:
    """Every (table, column) whose value, in any row, holds one of the needles: sealed values (issue 15) are
    read as plain text with their row's key, as long as that key exists; a destroyed key reads as nothing."""
    found = []
    load_all()  # every table, also those this test's code paths never import
    for table in Base.metadata.sorted_tables:
        for row in session.execute(select(table)).mappings():
            for column, value in row.items():
                if value is None:
                    continue
                data = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode("utf-8")
                if any(needle in data or needle in opened(session, row, data) for needle in needles):
                    found.append(f"{table.name}.{column}")
    return sorted(set(found))


def opened(session, row, data: bytes) -> bytes:
    """The value unsealed with its row's key, or b"" when it is not sealed or its key is gone."""
    key_id = row.get("key_id")
    if not key_id:
        return b""
    try:
        return open_bytes(session, key_id, data)
    except Exception:  # not sealed bytes, or sealed under a destroyed key: nothing readable
        try:
            return (open_text(session, key_id, data.decode("utf-8")) or "").encode("utf-8")
        except Exception:
            return b""


def test_erasure_leaves_no_copy_of_the_persons_mail_in_any_row(sessions, analyzer):
    with transaction(sessions) as session:
        session.add(StaffUser(username="rita", full_name="Rita", role="records_manager",
                              confidentiality_signed_on=date(2024, 1, 1), active=True, os_user="rita"))
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    original = mail()
    assert arrive(pipeline, "1", original).state == "stored"
    # The Sent copy (Bcc kept) and a re-delivery through another server: the same mail, stored once.
    assert arrive(pipeline, "2", original.replace(b"To: post@proess.no", b"To: post@proess.no\nBcc: arkiv@proess.no"),
                  folder="Sent").state == "duplicate"
    # A re-delivery with a header a list server added: other content under the same Message-ID, stored.
    listed = arrive(pipeline, "3", b"X-Mailing-List: byggesak@kommune.no\n" + original)
    assert listed.state == "stored"
    # The same mail again, quarantined raw (a size limit, a worker that died): no findings point at it.
    quarantined = arrive(pipeline, "4", b"Received: from relay by mx\n" + original, quarantine="over the size limit")
    assert quarantined.state == "quarantined"
    # Someone else reusing the Message-ID: not a copy of hers.
    other = arrive(pipeline, "5", mail(sender="Ola Berg <ola.berg@example.com>", body="Møtet er flyttet til fredag.\n"))
    assert other.state == "stored"
    with sessions() as session:
        assert session.scalar(select(Thread.id).where(Thread.root_message_id == MESSAGE_ID)) is not None
        needles = [FNR.encode(), b"150765 00565", ATTACHMENT[:40]]
        assert "blobs.content" in rows_holding(session, needles)  # the check can fail: the data is there before
        assert "threads.root_message_id" in rows_holding(session, [b"ingrid.solberg.skogveien"])

    with transaction(sessions) as session:
        outcome = erase_subject(session, "rita", FNR, HASH_KEY, DEFAULT_POLICIES, DEFAULT_ACTIVITIES)
    erased = {int(d.item_id) for d in outcome.erased if d.item_type == "message"}
    assert {listed.message_pk, quarantined.message_pk} <= erased

    with sessions() as session:
        assert rows_holding(session, needles) == []
        # Her Message-ID is left only where Ola's mail, which reused it, holds it as its own.
        assert session.scalars(select(Thread.root_message_id).where(Thread.root_message_id.contains("ingrid"))).all() == []
        assert session.scalars(select(Message.id).where(Message.message_id_header == MESSAGE_ID)).all() == [other.message_pk]
        states = dict(session.execute(select(Message.id, Message.state)).all())
        assert states[other.message_pk] == "stored"  # the reused Message-ID from another sender stays
        kept = session.get(Message, other.message_pk)
        assert open_text(session, kept.key_id, kept.body_text) == "Møtet er flyttet til fredag."
