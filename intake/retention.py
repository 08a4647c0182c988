"""Retention metadata in the database: computed at ingest, recomputed when the records change."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Attachment, Message, MessageCustomerLink, MessageProjectLink, Project, RetentionRecord, StoredFinding
from models.queries import project_states, project_states_by_id
from rules.retention import Policy, ProjectState, RetentionFacts, decide_retention, looks_like_accounting_material
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
    received_on = _received_on(message)
    _record_decision(record, message, policies, customer_ids, attachment_filenames, labels,
                     project_states(session, customer_ids), project_states_by_id(session, sorted(set(project_ids))),
                     max(received_on, _last_contact(session, customer_ids) or received_on))


def _received_on(message: Message) -> date:
    return (message.sent_at or message.stored_at).date()


def _record_decision(record: RetentionRecord, message: Message, policies: tuple[Policy, ...], customer_ids: list[str],
                     attachment_filenames: tuple[str, ...], labels: set[str], projects: tuple[ProjectState, ...],
                     linked_projects: tuple[ProjectState, ...], last_contact: date) -> None:
    """The one place a retention record takes its dates from the rules (at ingest, one by one, and in bulk)."""
    facts = RetentionFacts(
        received_on=_received_on(message),
        linked_customer_ids=tuple(customer_ids),
        projects=projects,
        is_accounting_material=looks_like_accounting_material(message.subject or "", attachment_filenames),
        linked_projects=linked_projects,
        last_contact=last_contact,
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
    pks = messages_of_customers(session, customer_ids)
    for start in range(0, len(pks), _CHUNK):
        recompute_retention_of_messages(session, policies, pks[start:start + _CHUNK])
    return len(pks)


def messages_of_customers(session: Session, customer_ids: Iterable[str], project_ids: Iterable[str] = ()) -> list[int]:
    """The messages linked to any of these customers, or to any of these projects, in id order."""
    pks: set[int] = set()
    for link, column, values in ((MessageCustomerLink, MessageCustomerLink.customer_id, sorted(set(customer_ids))),
                                 (MessageProjectLink, MessageProjectLink.project_id, sorted(set(project_ids)))):
        for start in range(0, len(values), _CHUNK):
            pks.update(session.scalars(select(link.message_pk).where(column.in_(values[start:start + _CHUNK]))))
    return sorted(pks)


def recompute_retention_of_messages(session: Session, policies: tuple[Policy, ...], pks: list[int]) -> int:
    """``apply_retention`` for many messages at once: the facts of a chunk of messages are read in a few
    queries instead of a handful per message (a records import can move the dates of thousands)."""
    done = 0
    for start in range(0, len(pks), _CHUNK):
        chunk = pks[start:start + _CHUNK]
        messages = {m.id: m for m in session.scalars(select(Message).where(Message.id.in_(chunk)))}
        customers = _grouped(session, MessageCustomerLink.message_pk, MessageCustomerLink.customer_id, chunk)
        filenames = _grouped(session, Attachment.message_pk, Attachment.filename, chunk)
        labels = _grouped(session, StoredFinding.message_pk, StoredFinding.label, chunk)
        linked = _grouped(session, MessageProjectLink.message_pk, MessageProjectLink.project_id, chunk)
        records = {r.message_pk: r for r in session.scalars(select(RetentionRecord).where(RetentionRecord.message_pk.in_(chunk)))}
        all_customers = sorted({c for ids in customers.values() for c in ids})
        projects_of = defaultdict(list)
        for state_customer, state in _project_states_of_customers(session, all_customers):
            projects_of[state_customer].append(state)
        states_by_id = {s.project_id: s for s in project_states_by_id(session, sorted({p for ids in linked.values() for p in ids}))}
        latest = _last_contacts(session, all_customers)
        for pk in chunk:
            message = messages.get(pk)
            if message is None:
                continue
            customer_ids = sorted(set(customers.get(pk, ())))
            received_on = _received_on(message)
            contacts = [latest[c] for c in customer_ids if c in latest]
            record = records.get(pk)
            if record is None:
                record = RetentionRecord(message_pk=pk, legal_hold=False)
                session.add(record)
            _record_decision(record, message, policies, customer_ids, tuple(filenames.get(pk, ())), set(labels.get(pk, ())),
                             tuple(sorted((s for c in customer_ids for s in projects_of[c]), key=lambda s: s.project_id)),
                             tuple(states_by_id[p] for p in sorted(set(linked.get(pk, ()))) if p in states_by_id),
                             max([received_on, *contacts]))
            done += 1
        session.flush()
    return done


def _grouped(session: Session, key_column, value_column, keys: list[int]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for key, value in session.execute(select(key_column, value_column).where(key_column.in_(keys))):
        grouped[key].append(value)
    return grouped


def _project_states_of_customers(session: Session, customer_ids: list[str]):
    for start in range(0, len(customer_ids), _CHUNK):
        for project in session.scalars(select(Project).where(Project.customer_id.in_(customer_ids[start:start + _CHUNK]))
                                       .order_by(Project.project_id)):
            yield project.customer_id, ProjectState(project_id=project.project_id, status=project.status,
                                                    closed_on=project.closed_on)


def _last_contacts(session: Session, customer_ids: list[str]) -> dict[str, date]:
    """The date of the latest mail linked to each customer (``_last_contact``, for many customers at once)."""
    latest: dict[str, date] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[start:start + _CHUNK]
        joined = (select(MessageCustomerLink.customer_id, func.max(Message.sent_at), func.max(Message.stored_at))
                  .join(Message, Message.id == MessageCustomerLink.message_pk)
                  .where(MessageCustomerLink.customer_id.in_(chunk)))
        # A message's date is when it was sent, or when it was stored if it carries no date.
        for customer_id, sent, _ in session.execute(joined.where(Message.sent_at.is_not(None))
                                                    .group_by(MessageCustomerLink.customer_id)):
            latest[customer_id] = sent.date()
        for customer_id, _, stored in session.execute(joined.where(Message.sent_at.is_(None))
                                                      .group_by(MessageCustomerLink.customer_id)):
            latest[customer_id] = max(latest.get(customer_id, stored.date()), stored.date())
    return latest


_CHUNK = 500  # ids per IN (...) list, well under every backend's limit on bound parameters
