"""A real SMTP server on a loopback socket (aiosmtpd), and a small stored mailbox to report on."""

from __future__ import annotations

import hashlib
import socket
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pytest
from aiosmtpd.controller import Controller

from intake.config import ReportConfig, SmtpConfig
from intake.reporting.mailer import Mailer
from intake.reporting.job import RetentionReportJob
from intake.reporting.scheduler import CronSchedule
from models import AccessRequest, Blob, DisposalLogEntry, DisposalProposal, LegalHold, Message, RetentionRecord, ReviewItem
from models.session import transaction

SECRET_SUBJECT = "Tilbud til Kari Nordmann, Storgata 5"
SECRET_BODY = "Hei Kari, fødselsnummeret ditt er 01010112345."


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class RecordingHandler:
    """Accepts mail and keeps it; ``replies`` are answered to DATA first (e.g. a 451), then 250."""

    replies: list[str] = field(default_factory=list)
    accepted: list[Received] = field(default_factory=list)
    refused: int = 0

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            self.refused += 1
            return self.replies.pop(0)
        self.accepted.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, seconds: float = 60.0) -> None:
        """Returns as soon as `count` reports arrived; the bound only stops a broken test, so it is generous
        enough for a loaded CI machine."""
        deadline = time.monotonic() + seconds
        while len(self.accepted) < count and time.monotonic() < deadline:
            time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


REPORT = ReportConfig(enabled=True, recipients=("ledelsen@proess.no", "arkiv@proess.no"), sender="intake@proess.no")


def smtp_config(port: int) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, tls="none", timeout_seconds=5.0, retry_initial_seconds=60.0,
                      retry_max_seconds=600.0)


def make_job(sessions, port: int, mailer: Mailer | None = None) -> RetentionReportJob:
    """A job as a freshly started daemon would build it: nothing carried over but the database."""
    smtp = smtp_config(port)
    return RetentionReportJob(sessions, REPORT, smtp, mailer or Mailer(smtp, password=None), CronSchedule(REPORT))


def add_message(session, pk_hint: str, *, state: str = "stored", category: str = "customer_correspondence",
                retain_until: date | None = None, labels=("EMAIL",), legal_hold: bool = False,
                stored_at: datetime | None = None) -> int:
    raw = f"Subject: {SECRET_SUBJECT}\n\n{SECRET_BODY} {pk_hint}\n".encode()
    sha = hashlib.sha256(raw).hexdigest()
    session.add(Blob(sha256=sha, size=len(raw), content=raw))
    message = Message(raw_sha256=sha, message_id_header=f"<{pk_hint}@example.no>", state=state, subject=SECRET_SUBJECT,
                      body_text=SECRET_BODY, size=len(raw), stored_at=stored_at or datetime(2026, 9, 1, tzinfo=timezone.utc),
                      quarantine_reason="bad MIME" if state == "quarantined" else None)
    session.add(message)
    session.flush()
    if state == "stored":
        session.add(RetentionRecord(message_pk=message.id, category=category, legal_basis=f"grunnlag for {category}",
                                    data_categories=list(labels), anchor_event="received", anchor_date=None,
                                    retain_until=retain_until, pending_reason=None if retain_until else "prosjekt åpent",
                                    legal_hold=legal_hold))
    return message.id


@pytest.fixture
def mailbox(sessions):
    return seed_mailbox(sessions)


def seed_mailbox(sessions) -> dict[str, int]:
    """Eight messages: two past their date (one held), one due in December, open-ended, review and quarantine."""
    with transaction(sessions) as session:
        ids = {
            "overdue": add_message(session, "a", category="unlinked_mail", retain_until=date(2026, 10, 15)),
            "held": add_message(session, "b", category="unlinked_mail", retain_until=date(2026, 10, 20), legal_hold=True),
            "due": add_message(session, "c", category="unlinked_mail", retain_until=date(2026, 12, 10), labels=()),
            "open1": add_message(session, "d", labels=("EMAIL", "PHONE")),
            "open2": add_message(session, "e", labels=("NATIONAL_ID",)),
            "later": add_message(session, "f", category="accounting_document", retain_until=date(2031, 12, 31)),
            "review": add_message(session, "g"),
            "quarantined": add_message(session, "h", state="quarantined", stored_at=datetime(2026, 11, 20, tzinfo=timezone.utc)),
        }
        session.add(ReviewItem(message_pk=ids["review"], reason="two candidate customers", candidates=[],
                               created_at=datetime(2026, 11, 3, tzinfo=timezone.utc)))
        add_privacy_records(session)
    return ids


def add_privacy_records(session) -> None:
    """What issue 7's commands leave behind: a hold, a two-person disposal, an access request, an erasure request."""
    november = datetime(2026, 11, 10, 9, 0, tzinfo=timezone.utc)
    session.add(LegalHold(target_type="customer", target_id="K-1001", reason=f"Tvist med {SECRET_SUBJECT}",
                          set_by="ark1", set_at=november))
    session.add(LegalHold(target_type="project", target_id="P-9", reason="opphevet", set_by="ark1", set_at=november,
                          lifted_by="ark1", lifted_at=november))
    proposal = DisposalProposal(until=date(2026, 11, 1), status="approved", proposed_by="tor", proposed_at=november,
                                decided_by="ark1", decided_at=november)
    session.add(proposal)
    session.flush()
    for message_pk, disposed_at in ((901, november), (902, datetime(2026, 10, 31, 12, tzinfo=timezone.utc))):
        session.add(DisposalLogEntry(message_pk=message_pk, proposal_id=proposal.id, category="unlinked_mail",
                                     legal_basis="grunnlag", retain_until=date(2026, 10, 1), proposed_by="tor",
                                     approved_by="ark1", disposed_at=disposed_at))
    session.add(AccessRequest(customer_id="K-1002", subject_ref="K-1002", requested_on=date(2026, 10, 20),
                              deadline=date(2026, 11, 20), status="open", registered_by="tor"))
    # An erasure carried out: the erased customer is known only by its tombstone's id.
    session.add(AccessRequest(kind="erasure", customer_id=None, subject_ref="erasure-77", requested_on=date(2026, 10, 28),
                              deadline=date(2026, 11, 28), status="answered", answered_on=date(2026, 11, 10),
                              registered_by="ark1", answered_by="ark1"))
