"""Another copy of an erased message (the Sent copy, a re-delivery) must not bring its content back."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from intake.ingest.pipeline import Pipeline
from intake.privacy.scrub import scrub_message
from intake.ingest.sources import IncomingMessage, MailboxKey
from models import Blob, Message
from models.session import transaction
from rules.erasure import erased_message_id
from rules.retention import DEFAULT_POLICIES


def incoming(key: str, raw: bytes, folder: str = "INBOX") -> IncomingMessage:
    return IncomingMessage(MailboxKey("test", "acct", folder, "1", key), len(raw), lambda: raw)


def test_a_copy_with_the_same_message_id_is_a_duplicate_of_the_erased_message(sessions, analyzer):
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    original = (b"From: kari.nordmann@example.no\r\nTo: post@proess.no\r\nSubject: Min helse\r\n"
                b"Message-ID: <kari.nordmann.1@example.no>\r\n\r\nJeg er rullestolbruker.\r\n")
    copy_in_sent = original.replace(b"To: post@proess.no", b"To: post@proess.no\r\nBcc: arkiv@proess.no")
    message_pk = pipeline.ingest(incoming("1", original)).message_pk
    with transaction(sessions) as session:
        scrub_message(session, session.get(Message, message_pk), cause="erasure", basis="GDPR art. 17(1)", actor="test")

    outcome = pipeline.ingest(incoming("2", copy_in_sent, folder="Sent"))

    assert (outcome.state, outcome.message_pk) == ("duplicate", message_pk)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1
        erased = session.get(Message, message_pk)
        assert erased.state == "erased" and erased.body_text is None
        assert erased.message_id_header == erased_message_id("<kari.nordmann.1@example.no>")
        assert "kari" not in erased.message_id_header
        assert session.get(Blob, hashlib.sha256(copy_in_sent).hexdigest()) is None  # its bytes were not kept
