"""The review queue (issue 5): weak evidence waits for staff; decisions link, remember the address only when staff
say the sender is the customer (issue 12), and are audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from intake.errors import InputError, PermissionDenied
from intake.ingest.pipeline import Pipeline
from intake.privacy.staff import add_staff
from intake.ingest.review import accept, link_to, open_items, reject
from intake.ingest.sources import IncomingMessage, MailboxKey
from models import AuditEntry, CustomerAddress, MessageCustomerLink, RetentionRecord, ReviewItem
from models.session import transaction
from rules.retention import DEFAULT_POLICIES
from tests.ingest.helpers import import_sample_records

OWN = ("proess.no",)


def ingest(pipeline: Pipeline, name: str, sender: str) -> int:
    raw = (f"From: {sender}\r\nTo: post@proess.no\r\nSubject: Tegningene\r\nMessage-ID: <{name}@x>\r\n"
           f"Date: Mon, 3 Mar 2025 10:00:00 +0100\r\n\r\nHei, her er tegningene.\r\n").encode()
    return pipeline.ingest(IncomingMessage(MailboxKey("test", "a", "INBOX", "1", name), len(raw), lambda: raw)).message_pk


@pytest.fixture
def queue(sessions, analyzer):
    """One stored message from an unknown address, waiting in review with two candidates."""
    with transaction(sessions) as session:  # staff first: the first administrator registers an empty register
        add_staff(session, None, "admin", "Admin", "administrator", date(2026, 1, 5))
        add_staff(session, "admin", "kari", "Kari", "staff", date(2026, 1, 5))
        add_staff(session, "admin", "ny", "Ny Ansatt", "staff", None)
    import_sample_records(sessions)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, OWN)
    message_pk = ingest(pipeline, "first", "privat.adresse@example.net")
    with transaction(sessions) as session:
        session.query(ReviewItem).filter(ReviewItem.message_pk == message_pk).delete()
        session.add(ReviewItem(message_pk=message_pk, reason="svake signaler", candidates=[
            {"customer_id": "K1002", "confidence": 0.6, "reasons": [{"signal": "name_in_body", "weight": 0.6, "detail": ""}]},
            {"customer_id": "K1001", "confidence": 0.4, "reasons": [{"signal": "name_in_body", "weight": 0.4, "detail": ""}]},
        ]))
    with sessions() as session:
        item_id = session.scalar(select(ReviewItem.id).where(ReviewItem.message_pk == message_pk))
    return pipeline, message_pk, item_id


def links(session, message_pk):
    return session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == message_pk)).all()


def test_accept_links_the_strongest_candidate_remembers_the_address_and_the_next_mail_links_itself(sessions, queue):
    pipeline, message_pk, item_id = queue
    with transaction(sessions) as session:
        [view] = open_items(session, "kari")
        assert (view.item_id, view.from_address) == (item_id, "privat.adresse@example.net")
        assert accept(session, "kari", item_id, DEFAULT_POLICIES, OWN, sender_is_customer=True) == "K1002"
    with sessions() as session:
        assert links(session, message_pk) == ["K1002"]
        assert session.get(ReviewItem, item_id).state == "accepted"
        assert session.scalar(select(CustomerAddress.source).where(CustomerAddress.address == "privat.adresse@example.net")) == "confirmed"
        assert session.get(RetentionRecord, message_pk).category == "customer_correspondence"
        assert session.scalar(select(AuditEntry.actor).where(AuditEntry.action == "review.accepted")) == "kari"

    pipeline.refresh_records()
    second = ingest(pipeline, "second", "privat.adresse@example.net")
    with sessions() as session:
        assert links(session, second) == ["K1002"]


def test_link_to_any_customer_and_reject(sessions, queue):
    _, message_pk, item_id = queue
    with transaction(sessions) as session:
        with pytest.raises(InputError, match="er ikke kandidat"):
            accept(session, "kari", item_id, DEFAULT_POLICIES, OWN, customer_id="K1003")
        assert link_to(session, "kari", item_id, "K1003", DEFAULT_POLICIES, OWN) == "K1003"
        with pytest.raises(InputError, match="ingen åpen sak"):
            reject(session, "kari", item_id)
    with sessions() as session:
        assert links(session, message_pk) == ["K1003"]


def test_reject_leaves_the_message_unlinked(sessions, queue):
    _, message_pk, item_id = queue
    with transaction(sessions) as session:
        reject(session, "kari", item_id)
    with sessions() as session:
        assert links(session, message_pk) == []
        assert session.get(ReviewItem, item_id).state == "rejected"
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.action == "review.reject")) == "review.reject"


@pytest.mark.parametrize("actor", [None, "nobody", "ny"])
def test_the_queue_needs_a_known_staff_member_with_a_signed_declaration(sessions, queue, actor):
    with pytest.raises(PermissionDenied):
        with transaction(sessions) as session:
            open_items(session, actor)


def test_accepting_without_saying_the_sender_is_the_customer_links_only_that_message(sessions, queue):
    pipeline, message_pk, item_id = queue
    with transaction(sessions) as session:
        assert accept(session, "kari", item_id, DEFAULT_POLICIES, OWN) == "K1002"
    with sessions() as session:
        assert links(session, message_pk) == ["K1002"]
        assert session.scalar(select(CustomerAddress.id).where(CustomerAddress.address == "privat.adresse@example.net")) is None
    pipeline.refresh_records()
    second = ingest(pipeline, "second", "privat.adresse@example.net")
    with sessions() as session:
        assert "K1002" not in links(session, second)


@pytest.mark.parametrize("sender, refusal", [
    ("kari.hansen@proess.no", "avsenderen er en av firmaets egne adresser"),
    ("postmottak@baerum.kommune.no", "avsenderen er en kommune"),
    ("ingrid.solberg@gmail.com", "adressen hører til en annen kunde"),
])
def test_the_firm_a_municipality_or_another_customer_is_never_remembered_as_the_customer(sessions, queue, sender, refusal):
    pipeline, _, _ = queue
    message_pk = ingest(pipeline, "other", sender)
    with transaction(sessions) as session:
        session.add(ReviewItem(message_pk=message_pk, reason="svake signaler", candidates=[
            {"customer_id": "K1002", "confidence": 0.6, "reasons": []}]))
    with sessions() as session:
        item_id = session.scalar(select(ReviewItem.id).where(ReviewItem.message_pk == message_pk, ReviewItem.state == "open"))
    with pytest.raises(InputError, match=refusal):
        with transaction(sessions) as session:
            accept(session, "kari", item_id, DEFAULT_POLICIES, OWN, sender_is_customer=True)
    with sessions() as session:
        assert session.scalars(select(CustomerAddress.customer_id).where(CustomerAddress.address == sender)).all() in ([], ["K1001"])
