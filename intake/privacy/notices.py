"""GDPR art. 19: the recipients a person's data was disclosed to are told of each correction,
erasure or restriction, and of a withdrawn consent. The notice is owed from the moment the
change is made until staff record that the partner was told (at once with ``--notified
PARTNER``, or later with ``intake notices done ID``); the monthly report counts what is owed.

A notice names the customer by customer id, in the table and in its audit entries, like the rest
of the audit log (``lookup.audit_ref``): a customer id is a pseudonymous reference, not plain
personal data, and staff need it to know whom to tell the partner about. It does not outlive the
record: an erasure owes notices only where data was disclosed, and then the consent and the
record are kept (restricted) as proof the sharing was lawful; a disposed record's notices are
re-pointed to its tombstone (``intake.privacy.disposal``).

Service-style: plain arguments in, dataclasses out; nothing printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.staff import require
from models import Consent, Disclosure, RecipientNotice
from models.audit import append_audit
from rules.vocabulary import NoticeCause, StaffAction


@dataclass(frozen=True)
class NoticeView:
    notice_id: int
    customer_id: str
    partner: str
    cause: str
    owed_since: date
    notified_on: date | None


def _view(row: RecipientNotice) -> NoticeView:
    return NoticeView(row.id, row.customer_id, row.partner, row.cause, row.created_at.date(), row.notified_on)


def recipients(session: Session, customer_id: str, consent_id: int | None = None) -> list[str]:
    """The partners the customer's data was disclosed to (under one consent, or any)."""
    statement = select(Disclosure.partner).where(Disclosure.customer_id == customer_id)
    if consent_id is not None:
        statement = statement.where(Disclosure.consent_id == consent_id)
    return sorted(set(session.scalars(statement)))


def owe_notices(session: Session, actor: str, customer_id: str, cause: str, notified: tuple[str, ...] = (),
                consent_id: int | None = None, today: date | None = None) -> list[NoticeView]:
    """One notice per recipient; those named in ``notified`` (told already) are recorded as told today."""
    today = today or date.today()
    partners = recipients(session, customer_id, consent_id)
    unknown = [p for p in notified if p not in partners]
    if unknown:
        raise InputError(f"--notified {unknown[0]!r}: the data was not disclosed to that partner "
                         f"(recipients: {', '.join(partners) or 'none'})")
    rows = []
    for partner in partners:
        told = partner in notified
        rows.append(RecipientNotice(customer_id=customer_id, partner=partner, cause=cause, created_by=actor,
                                    notified_on=today if told else None, notified_by=actor if told else None))
    session.add_all(rows)
    session.flush()
    if rows:
        append_audit(session, actor=actor, action="notice.owe", target_type="customer", target_id=customer_id,
                     details={"cause": cause, "partners": partners, "notified": sorted(notified)})
    return [_view(row) for row in rows]


def withdrawal_notices(session: Session, actor: str, consent: Consent, today: date | None = None) -> list[NoticeView]:
    """A withdrawn consent that was used to share data: the partner must be told."""
    return owe_notices(session, actor, consent.customer_id, NoticeCause.CONSENT_WITHDRAWAL, consent_id=consent.id, today=today)


def list_notices(session: Session, actor: str | None, owed_only: bool = False,
                 customer_id: str | None = None) -> list[NoticeView]:
    require(session, actor, StaffAction.CONSENT)
    statement = select(RecipientNotice).order_by(RecipientNotice.id)
    if customer_id is not None:
        statement = statement.where(RecipientNotice.customer_id == customer_id)
    if owed_only:
        statement = statement.where(RecipientNotice.notified_on.is_(None))
    return [_view(row) for row in session.scalars(statement)]


def mark_notified(session: Session, actor: str | None, notice_id: int, on: date | None = None,
                  today: date | None = None) -> NoticeView:
    today = today or date.today()
    member = require(session, actor, StaffAction.CONSENT, today)
    row = session.get(RecipientNotice, notice_id)
    if row is None:
        raise InputError(f"ingen varsling #{notice_id}")
    on = on or today
    if on > today:
        raise InputError("dagen partneren ble varslet, kan ikke være fram i tid")
    if row.notified_on is not None:
        raise InputError(f"varsling #{notice_id} er allerede registrert som sendt {row.notified_on.isoformat()}")
    row.notified_on, row.notified_by = on, member.username
    session.flush()
    append_audit(session, actor=member.username, action="notice.done", target_type="customer", target_id=row.customer_id,
                 details={"notice_id": row.id, "partner": row.partner, "cause": row.cause, "on": on.isoformat()})
    return _view(row)
