"""Restriction of processing (GDPR art. 18), enforced everywhere: while a customer's data is
restricted it is only stored; export to a partner is refused whatever consent exists, and
lookup and the report show it. Lifting needs the notice to the person first (art. 18(3)).

Service-style: plain arguments in, rows out; nothing printed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intake.crypto import fingerprint
from intake.errors import InputError
from intake.privacy.notices import owe_notices
from intake.privacy.staff import require
from models import Customer, Restriction
from models.audit import append_audit
from rules.vocabulary import NoticeCause, StaffAction

ART_18 = "GDPR art. 18(1)"


def restriction_reason(session: Session, customer_id: str) -> str | None:
    """Why the customer's data is restricted (art. 18 on request, or kept after an erasure), or None."""
    row = session.scalar(select(Restriction).where(Restriction.target_type == "customer",
                                                   Restriction.target_id == customer_id).order_by(Restriction.id).limit(1))
    return f"{row.reason} ({row.legal_reference})" if row else None


def restrict(session: Session, actor: str | None, customer_id: str, reason: str, today: date | None = None,
             notified: tuple[str, ...] = ()) -> tuple[Restriction, list]:
    """Restrict; each partner the data was disclosed to is owed a notice (art. 19)."""
    row = _restrict(session, actor, customer_id, reason, today)
    return row, owe_notices(session, row.restricted_by, customer_id, NoticeCause.RESTRICTION, notified, today=today)


def _restrict(session: Session, actor: str | None, customer_id: str, reason: str, today: date | None = None) -> Restriction:
    member = require(session, actor, StaffAction.RECTIFY, today)
    if session.get(Customer, customer_id) is None:
        raise InputError(f"fant ingen kunde med kundenummeret {customer_id}")
    if not reason.strip():
        raise InputError("en begrensning trenger en grunn (for eksempel at personen bestrider opplysningene, art. 18(1)(a))")
    existing = session.scalar(select(Restriction).where(Restriction.target_type == "customer",
                                                        Restriction.target_id == customer_id,
                                                        Restriction.legal_reference == ART_18))
    if existing is not None:
        raise InputError(f"behandlingen av opplysningene om {customer_id} er allerede begrenset: {existing.reason}")
    row = Restriction(target_type="customer", target_id=customer_id, reason=reason.strip(), legal_reference=ART_18,
                      restricted_by=member.username)
    session.add(row)
    session.flush()
    # The reason is free text about the person: the audit log keeps its keyed hash, never the text.
    append_audit(session, actor=member.username, action="restrict", target_type="customer", target_id=customer_id,
                 details={"reason_hash": fingerprint(session, "restrict", reason.strip())})
    return row


def unrestrict(session: Session, actor: str | None, customer_id: str, notice_sent_on: date,
               today: date | None = None) -> None:
    """Lift an art. 18 restriction; the person must have been told before (art. 18(3))."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ERASE_SUBJECT, today)
    if notice_sent_on > today:
        raise InputError("personen må ha fått beskjed før begrensningen oppheves (art. 18(3)): dagen beskjeden ble sendt, kan ikke være fram i tid")
    rows = list(session.scalars(select(Restriction).where(Restriction.target_type == "customer",
                                                          Restriction.target_id == customer_id,
                                                          Restriction.legal_reference == ART_18)))
    if not rows:
        raise InputError(f"{customer_id} har ingen begrensning etter krav (art. 18) som kan oppheves")
    session.execute(delete(Restriction).where(Restriction.id.in_([row.id for row in rows])))
    append_audit(session, actor=member.username, action="unrestrict", target_type="customer", target_id=customer_id,
                 details={"notice_sent_on": notice_sent_on.isoformat(),
                          "reason_hashes": [fingerprint(session, "restrict", row.reason) for row in rows]})
