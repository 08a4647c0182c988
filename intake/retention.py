"""Retention metadata in the database: computed at ingest, recomputed when the records change."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Attachment, StoredFinding, Message, MessageCustomerLink, MessageProjectLink, RetentionRecord
from models.queries import project_states, project_states_by_id
from rules.retention import Policy, RetentionFacts, decide_retention, looks_like_accounting_material
from rules.vocabulary import RetentionCategory


def apply_retention(session: Session, message: Message, policies: tuple[Policy, ...]) -> RetentionRecord:
    """(Re)compute the retention record of a stored message from what the database holds about it."""
    customer_ids = session.scalars(
        select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == message.id)
    )
    filenames = session.scalars(select(Attachment.filename).where(Attachment.message_pk == message.id))
    labels = session.scalars(select(StoredFinding.label).where(StoredFinding.message_pk == message.id))
    project_ids = session.scalars(select(MessageProjectLink.project_id).where(MessageProjectLink.message_pk == message.id))
    record = session.get(RetentionRecord, message.id) or RetentionRecord(message_pk=message.id, legal_hold=False)
    _decide(session, record, message, policies, list(customer_ids), tuple(filenames), set(labels), list(project_ids))
    session.add(record)
    session.flush()
    return record


def retention_at_ingest(session: Session, message: Message, policies: tuple[Policy, ...], customer_ids: Iterable[str],
                        attachment_filenames: Iterable[str], labels: Iterable[str],
                        project_ids: Iterable[str] = ()) -> RetentionRecord:
    """The first retention record of a message being stored, from the links, attachments and findings
    the pipeline has in hand (the same facts apply_retention reads back from the database)."""
    customer_ids = list(customer_ids)
    record = RetentionRecord(message_pk=message.id, legal_hold=False)
    _decide(session, record, message, policies, customer_ids, tuple(attachment_filenames), set(labels), list(project_ids))
    session.add(record)
    if record.category == RetentionCategory.CUSTOMER_WITHOUT_PROJECT:
        # This mail is the customer's latest contact: their earlier mail is kept longer now.
        earlier = session.scalars(select(MessageCustomerLink.message_pk).where(
            MessageCustomerLink.customer_id.in_(customer_ids), MessageCustomerLink.message_pk != message.id).distinct())
        for pk in sorted(set(earlier)):
            apply_retention(session, session.get(Message, pk), policies)
    return record


def _decide(session: Session, record: RetentionRecord, message: Message, policies: tuple[Policy, ...],
            customer_ids: list[str], attachment_filenames: tuple[str, ...], labels: set[str],
            project_ids: list[str] = ()) -> None:
    customer_ids = sorted(customer_ids)
    received_on = (message.sent_at or message.stored_at).date()
    facts = RetentionFacts(
        received_on=received_on,
        linked_customer_ids=tuple(customer_ids),
        projects=project_states(session, customer_ids),
        is_accounting_material=looks_like_accounting_material(message.subject or "", attachment_filenames),
        linked_projects=project_states_by_id(session, sorted(set(project_ids))),
        last_contact=max(received_on, _last_contact(session, customer_ids) or received_on),
    )
    decision = decide_retention(facts, policies)
    record.category = decision.category
    record.legal_basis = decision.legal_basis
    record.anchor_event = decision.anchor_event
    record.anchor_date = decision.anchor_date
    record.retain_until = decision.retain_until
    record.pending_reason = decision.pending_reason
    record.data_categories = sorted(labels)


def _last_contact(session: Session, customer_ids: list[str]):
    """The date of the latest mail linked to any of these customers."""
    if not customer_ids:
        return None
    linked = select(MessageCustomerLink.message_pk).where(MessageCustomerLink.customer_id.in_(customer_ids))
    # A message's date is when it was sent, or when it was stored if it carries no date.
    latest = [session.scalar(select(func.max(Message.sent_at)).where(Message.id.in_(linked))),
              session.scalar(select(func.max(Message.stored_at)).where(Message.id.in_(linked), Message.sent_at.is_(None)))]
    latest = [moment for moment in latest if moment is not None]
    return max(latest).date() if latest else None


def recompute_retention(session: Session, policies: tuple[Policy, ...], customer_ids: list[str]) -> int:
    """Recompute the dates of every message linked to these customers (e.g. after a project closed)."""
    pks: set[int] = set()
    for start in range(0, len(customer_ids), _CHUNK):
        pks.update(session.scalars(select(MessageCustomerLink.message_pk)
                                   .where(MessageCustomerLink.customer_id.in_(customer_ids[start:start + _CHUNK]))))
    for pk in sorted(pks):
        apply_retention(session, session.get(Message, pk), policies)
    return len(pks)


_CHUNK = 500  # ids per IN (...) list, well under every backend's limit on bound parameters
