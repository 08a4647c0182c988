"""Fills the retention report's plain inputs from the database.

Only ids, categories, dates and staff ids are read; never subjects, bodies,
names or the reasons typed into a hold. Holds, disposals and the access and
erasure requests (one register, each request with the day it came in, its
one-month deadline and the day it was answered) come from the privacy tables.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import open_text
from models import (
    AccessRequest, DisposalLogEntry, Message, MinimizationTombstone, RetentionRecord, ReviewItem, StaffUser, StoredFinding,
)
from models.privacy import LegalHold
from rules.labels import hold_target_name, requester_name
from rules.vocabulary import MessageState, ReviewState
from models.audit import AUDIT_SEAL, chain_state
from rules.whose import FIRM, OwnIdentifiers, whose
from rules.retention_report import (
    NoticeOwed,
    QUARANTINE,
    AuditCheckpoint,
    REVIEW,
    Disposal,
    ActiveHold,
    HeldItem,
    Period,
    PreviousReport,
    ReportInputs,
    SubjectRequest,
    WaitingMail,
)

GONE_STATES = (MessageState.ERASED,)  # disposal and erasure both leave an erased tombstone row


def gather_inputs(session: Session, period: Period, today: date, zone: tzinfo, previous: PreviousReport | None,
                  firm_identifiers: tuple[tuple[str, str], ...] = (), own_domains: tuple[str, ...] = ()) -> ReportInputs:
    own = OwnIdentifiers.build((), session.scalars(select(StaffUser.full_name)), own_domains, firm_identifiers)
    firm_only, firm_own = firm_own_labels(session, own)
    return ReportInputs(
        period=period,
        today=today,
        held=held_items(session, firm_only),
        firm_own=firm_own,
        legal_holds=legal_holds(session, zone),
        disposals=disposals(session, period, zone),
        requests=subject_requests(session),
        waiting=waiting_mail(session, zone),
        previous=previous,
        restricted_customers=restricted_customers(session),
        notices_owed=notices_owed(session),
        notices=notices_listed(session, zone),
        audit=audit_checkpoint(session),
        **minimized(session, period, zone),
    )


def minimized(session: Session, period: Period, zone: tzinfo) -> dict:
    """Messages masked by data minimization on the period's days (local time), and the values by label."""
    start, end = (datetime.combine(day, time.min, zone) for day in (period.start, period.end))
    messages, values = set(), {}
    for pk, masked in session.execute(select(MinimizationTombstone.message_pk, MinimizationTombstone.masked)
                                      .where(MinimizationTombstone.masked_at >= start, MinimizationTombstone.masked_at < end)):
        messages.add(pk)
        for label, count in (masked or {}).items():
            values[label] = values.get(label, 0) + int(count)
    return {"minimized_messages": len(messages), "minimized_values": tuple(sorted(values.items()))}


# Labels under which the firm's own identifiers are found (its org number, staff names and phones, own addresses).
_FIRM_LABELS = ("ORG_NUMBER", "PHONE", "PERSON", "EMAIL")


def firm_own_labels(session: Session, own: OwnIdentifiers) -> tuple[dict[int, set[str]], tuple[tuple[str, int], ...]]:
    """Per message, the labels found there only as the firm's own identifiers (left out of its data
    categories), and per label the number of messages holding the firm's own identifiers. The texts are
    compared in memory and never leave this function."""
    firm: dict[int, set[str]] = {}
    subject: dict[int, set[str]] = {}
    if not (own.names or own.domains or own.values):
        return {}, ()
    for pk, label, sealed, hashed, key_id in session.execute(
            select(StoredFinding.message_pk, StoredFinding.label, StoredFinding.text, StoredFinding.value_hash, Message.key_id)
            .join(Message, Message.id == StoredFinding.message_pk)
            .where(StoredFinding.label.in_(_FIRM_LABELS))):
        target = firm if whose(label, open_text(session, key_id, sealed), hashed, own) == FIRM else subject
        target.setdefault(pk, set()).add(label)
    only = {pk: labels - subject.get(pk, set()) for pk, labels in firm.items()}
    counts: dict[str, int] = {}
    for labels in firm.values():
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
    return {pk: labels for pk, labels in only.items() if labels}, tuple(sorted(counts.items()))


def restricted_customers(session: Session) -> int:
    from models import Restriction

    return len(set(session.scalars(select(Restriction.target_id).where(Restriction.target_type == "customer"))))


def notices_owed(session: Session) -> int:
    from models import RecipientNotice

    return len(list(session.scalars(select(RecipientNotice.id).where(RecipientNotice.notified_on.is_(None)))))


def notices_listed(session: Session, zone: tzinfo) -> tuple[NoticeOwed, ...]:
    """The art. 19 notices still owed, for the report to list: who, which partner, why, since when."""
    from models import RecipientNotice
    from rules.labels import notice_cause_name, person_ref_name

    rows = session.scalars(select(RecipientNotice).where(RecipientNotice.notified_on.is_(None)).order_by(RecipientNotice.id))
    return tuple(NoticeOwed(notice_id=f"V{row.id}", subject_ref=person_ref_name(row.customer_id), partner=row.partner,
                            cause=notice_cause_name(row.cause), since=_local_day(row.created_at, zone))
                 for row in rows)


def audit_checkpoint(session: Session) -> AuditCheckpoint | None:
    """The audit log's checkpoint for management (count and head MAC); none for a session without the audit key."""
    if session.info.get(AUDIT_SEAL) is None:
        return None
    state = chain_state(session)
    return AuditCheckpoint(entries=state.count, head=state.head, breaks=len(state.breaks))


def held_items(session: Session, firm_only: dict[int, set[str]] | None = None) -> tuple[HeldItem, ...]:
    firm_only = firm_only or {}
    rows = session.execute(
        select(RetentionRecord.message_pk, RetentionRecord.category, RetentionRecord.legal_basis,
               RetentionRecord.data_categories, RetentionRecord.retain_until, RetentionRecord.legal_hold)
        .join(Message, Message.id == RetentionRecord.message_pk)
        .where(Message.state.not_in(GONE_STATES))
        .order_by(RetentionRecord.message_pk)
    )
    return tuple(
        HeldItem(message_pk=row.message_pk, category=row.category, legal_basis=row.legal_basis,
                 data_categories=tuple(c for c in (row.data_categories or ()) if c not in firm_only.get(row.message_pk, ())),
                 retain_until=row.retain_until,
                 legal_hold=bool(row.legal_hold))
        for row in rows
    )


def waiting_mail(session: Session, zone: tzinfo) -> tuple[WaitingMail, ...]:
    review = session.execute(select(ReviewItem.message_pk, ReviewItem.created_at).where(ReviewItem.state == ReviewState.OPEN))
    quarantined = session.execute(select(Message.id, Message.stored_at).where(Message.state == MessageState.QUARANTINED))
    return tuple(
        [WaitingMail(pk, REVIEW, _local_day(at, zone)) for pk, at in review]
        + [WaitingMail(pk, QUARANTINE, _local_day(at, zone)) for pk, at in quarantined]
    )


def legal_holds(session: Session, zone: tzinfo) -> tuple[ActiveHold, ...]:
    rows = session.scalars(select(LegalHold).where(LegalHold.lifted_at.is_(None)))
    return tuple(
        ActiveHold(hold_id=f"H{row.id}", target=f"{hold_target_name(row.target_type)} {row.target_id}",
                  placed_on=_local_day(row.set_at, zone), placed_by=row.set_by)
        for row in rows
    )


def disposals(session: Session, period: Period, zone: tzinfo) -> tuple[Disposal, ...]:
    """Disposals logged around the period; the rules keep those on the period's days in local time."""
    start, end = (datetime.combine(day, time.min, zone) for day in (period.start, period.end))
    rows = session.scalars(select(DisposalLogEntry).where(DisposalLogEntry.disposed_at >= start,
                                                          DisposalLogEntry.disposed_at < end))
    return tuple(
        Disposal(disposal_id=f"D{row.id}", category=row.category,
                 target=f"melding {row.message_pk}" if row.message_pk is not None else f"kunderegisteroppføring ({row.record_ref})",
                 proposed_by=row.proposed_by, approved_by=row.approved_by, disposed_on=_local_day(row.disposed_at, zone))
        for row in rows
    )


def subject_requests(session: Session) -> tuple[SubjectRequest, ...]:
    return tuple(
        SubjectRequest(request_id=f"R{row.id}", kind=row.kind, subject_ref=requester_name(row.customer_id, row.subject_ref),
                       received_on=row.requested_on, deadline=row.deadline, answered_on=row.answered_on,
                       status=row.status, extended_months=row.extended_months or 0)
        for row in session.scalars(select(AccessRequest).where(AccessRequest.status != "dismissed").order_by(AccessRequest.id))
    )


def _local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()
