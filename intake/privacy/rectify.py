"""`intake rectify`: correct a customer's record; the old value and the reason go to the audit log.

Stored mail is never rewritten: it is evidence of what was written. Lookup shows the
corrected record together with each correction. An e-mail address that is corrected
stays known as one of the customer's addresses, so the old mail is still found.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.notices import RECTIFICATION, owe_notices
from intake.privacy.staff import require
from models import Customer, CustomerAddress, Rectification
from models.audit import append_audit
from rules.detection.identifiers import normalize_identifier
from rules.vocabulary import AddressSource, StaffAction

FIELDS = ("name", "email", "phone", "street_address", "postcode", "city")


def rectify(session: Session, actor: str | None, customer_id: str, changes: dict[str, str], reason: str,
            notified: tuple[str, ...] = ()) -> list[Rectification]:
    """Correct the fields; each partner the data was disclosed to is owed a notice (art. 19),
    recorded as given for those in ``notified``."""
    done = _rectify(session, actor, customer_id, changes, reason)
    if done:
        owe_notices(session, done[0].rectified_by, customer_id, RECTIFICATION, notified)
    return done


def _rectify(session: Session, actor: str | None, customer_id: str, changes: dict[str, str], reason: str) -> list[Rectification]:
    member = require(session, actor, StaffAction.RECTIFY)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise InputError("fant ingen kunde med det kundenummeret")
    if not reason.strip():
        raise InputError("en retting må ha en begrunnelse")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown or not changes:
        raise InputError(f"feltene som kan rettes, er {', '.join(FIELDS)}")
    done = []
    for field, raw_value in changes.items():
        value = _validated(field, raw_value)
        old = getattr(customer, field)
        if old == value:
            continue
        setattr(customer, field, value)
        if field == "email" and value:
            _remember_address(session, customer_id, value)
        rectification = Rectification(customer_id=customer_id, field=field, new_value=value, reason=reason.strip(),
                                      rectified_by=member.username)
        session.add(rectification)
        done.append(rectification)
        append_audit(session, actor=member.username, action="rectify", target_type="customer", target_id=customer_id,
                     details={"field": field, "old_value": old, "new_value": value, "reason": reason.strip()})
    session.flush()
    return done


def _validated(field: str, value: str) -> str | None:
    value = " ".join(value.split()) or None
    if value is None and field == "name":
        raise InputError("navnet kan ikke være tomt")
    if value and field == "email":
        normalized = normalize_identifier("EMAIL", value)
        if normalized is None:
            raise InputError("ikke en gyldig e-postadresse")
        return normalized
    if value and field == "phone" and normalize_identifier("PHONE", value) is None:
        raise InputError("ikke et gyldig telefonnummer")
    return value


def _remember_address(session: Session, customer_id: str, address: str) -> None:
    known = session.scalar(select(CustomerAddress.id).where(CustomerAddress.customer_id == customer_id,
                                                            CustomerAddress.address == address))
    if known is None:
        session.add(CustomerAddress(customer_id=customer_id, address=address, source=AddressSource.RECORDS))
