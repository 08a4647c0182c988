"""Fills the retention report's plain inputs from the database.

Only ids, categories, dates and staff ids are read; never subjects, bodies or
names. Disposals, subject requests and the legal-hold register come from the
privacy tables (issue 7); until those exist the report shows those sections as
"Ingen registrert" and holds come from the per-message flag alone.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Message, RetentionRecord, ReviewItem
from rules.retention_report import (
    QUARANTINE,
    REVIEW,
    Disposal,
    HeldItem,
    LegalHold,
    Period,
    PreviousReport,
    ReportInputs,
    SubjectRequest,
    WaitingMail,
)

GONE_STATES = ("erased", "disposed")


def gather_inputs(session: Session, period: Period, today: date, zone: tzinfo, previous: PreviousReport | None) -> ReportInputs:
    return ReportInputs(
        period=period,
        today=today,
        held=held_items(session),
        legal_holds=legal_holds(session),
        disposals=disposals(session, period),
        requests=subject_requests(session),
        waiting=waiting_mail(session, zone),
        previous=previous,
    )


def held_items(session: Session) -> tuple[HeldItem, ...]:
    rows = session.execute(
        select(RetentionRecord.message_pk, RetentionRecord.category, RetentionRecord.legal_basis,
               RetentionRecord.data_categories, RetentionRecord.retain_until, RetentionRecord.legal_hold)
        .join(Message, Message.id == RetentionRecord.message_pk)
        .where(Message.state.not_in(GONE_STATES))
        .order_by(RetentionRecord.message_pk)
    )
    return tuple(
        HeldItem(message_pk=row.message_pk, category=row.category, legal_basis=row.legal_basis,
                 data_categories=tuple(row.data_categories or ()), retain_until=row.retain_until,
                 legal_hold=bool(row.legal_hold))
        for row in rows
    )


def waiting_mail(session: Session, zone: tzinfo) -> tuple[WaitingMail, ...]:
    review = session.execute(select(ReviewItem.message_pk, ReviewItem.created_at).where(ReviewItem.state == "open"))
    quarantined = session.execute(select(Message.id, Message.stored_at).where(Message.state == "quarantined"))
    return tuple(
        [WaitingMail(pk, REVIEW, _local_day(at, zone)) for pk, at in review]
        + [WaitingMail(pk, QUARANTINE, _local_day(at, zone)) for pk, at in quarantined]
    )


def legal_holds(session: Session) -> tuple[LegalHold, ...]:
    """The hold register (customer, property, project or message); per-message flags are added by the rules."""
    return ()


def disposals(session: Session, period: Period) -> tuple[Disposal, ...]:
    """Approved disposals carried out in the period, with proposer and approver."""
    return ()


def subject_requests(session: Session) -> tuple[SubjectRequest, ...]:
    """Access, rectification and erasure requests with the date received and the date answered."""
    return ()


def _local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()
