"""Retention metadata in the database: computed at ingest, recomputed when the records change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Attachment, Finding, Message, MessageCustomerLink, RetentionRecord
from models.queries import project_states
from rules.retention import Policy, RetentionFacts, decide_retention, looks_like_accounting_material


def apply_retention(session: Session, message: Message, policies: tuple[Policy, ...], attachments=None) -> RetentionRecord:
    customer_ids = list(session.scalars(
        select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == message.id).order_by(MessageCustomerLink.customer_id)
    ))
    if attachments is None:
        attachments = session.scalars(select(Attachment).where(Attachment.message_pk == message.id)).all()
    received = (message.sent_at or message.stored_at).date()
    facts = RetentionFacts(
        received_on=received,
        linked_customer_ids=tuple(customer_ids),
        projects=project_states(session, customer_ids),
        is_accounting_material=looks_like_accounting_material(message.subject or "", tuple(a.filename for a in attachments)),
    )
    decision = decide_retention(facts, policies)
    labels = sorted(set(session.scalars(select(Finding.label).where(Finding.message_pk == message.id))))
    record = session.get(RetentionRecord, message.id) or RetentionRecord(message_pk=message.id)
    record.category = decision.category
    record.legal_basis = decision.legal_basis
    record.anchor_event = decision.anchor_event
    record.anchor_date = decision.anchor_date
    record.retain_until = decision.retain_until
    record.pending_reason = decision.pending_reason
    record.data_categories = labels
    if record.legal_hold is None:
        record.legal_hold = False
    session.add(record)
    session.flush()
    return record


def recompute_retention(session: Session, policies: tuple[Policy, ...], customer_ids: list[str]) -> int:
    """Recompute the dates of every message linked to these customers (e.g. after a project closed)."""
    messages = session.scalars(
        select(Message).join(MessageCustomerLink, MessageCustomerLink.message_pk == Message.id)
        .where(MessageCustomerLink.customer_id.in_(customer_ids)).distinct()
    ).all()
    for message in messages:
        apply_retention(session, message, policies)
    return len(messages)
