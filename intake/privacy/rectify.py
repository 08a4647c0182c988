"""`intake rectify`: correct a customer's record; the old value and the reason go to the audit log.

Stored mail is never rewritten: it is evidence of what was written. Lookup shows the
corrected record together with each correction. An e-mail address that is corrected
stays known as one of the customer's addresses, so the old mail is still found.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import seal_text, sealer_of
from intake.errors import InputError
from intake.privacy.notices import owe_notices
from intake.privacy.staff import require
from intake.privacy.subjects import customer_by_id
from models import Customer, CustomerAddress, Rectification
from models.audit import append_audit
from rules.detection.identifiers import normalize_identifier
from rules.vocabulary import AddressSource, NoticeCause, StaffAction

FIELDS = ("name", "email", "phone", "street_address", "postcode", "city")


def preview_rectification(session: Session, actor: str | None, customer_id: str, changes: dict[str, str]) -> str:
    """Who is corrected and how, for the person correcting to confirm."""
    require(session, actor, StaffAction.RECTIFY)
    customer = _customer(session, customer_id)
    lines = [f"Rette kunde {customer.customer_id} ({customer.name}):"]
    for field, raw_value in changes.items():
        if field not in FIELDS:
            raise InputError(f"felt som kan rettes: {', '.join(FIELDS)}")
        lines.append(f"  {field}: {getattr(customer, field) or '(tom)'} -> {_validated(field, raw_value) or '(tom)'}")
    return "\n".join(lines)


def _customer(session: Session, customer_id: str) -> Customer:
    customer = customer_by_id(session, customer_id)
    if customer is None:
        raise InputError("fant ingen kunde med det kundenummeret (oppgi det nøyaktige kundenummeret); ingenting er endret")
    return customer


def rectify(session: Session, actor: str | None, customer_id: str, changes: dict[str, str], reason: str,
            notified: tuple[str, ...] = (), hash_key: bytes | None = None) -> list[Rectification]:
    """Correct the fields; each partner the data was disclosed to is owed a notice (art. 19),
    recorded as given for those in ``notified``. The audit log gets keyed hashes of the old and new
    values and of the reason, never the values themselves (without a key: only which field changed)."""
    done = _rectify(session, actor, customer_id, changes, reason, hash_key)
    if done:
        owe_notices(session, done[0].rectified_by, done[0].customer_id, NoticeCause.RECTIFICATION, notified)
    return done


def _rectify(session: Session, actor: str | None, customer_id: str, changes: dict[str, str], reason: str,
             hash_key: bytes | None) -> list[Rectification]:
    member = require(session, actor, StaffAction.RECTIFY)
    customer = _customer(session, customer_id)
    customer_id = customer.customer_id
    if not reason.strip():
        raise InputError("en retting må ha en begrunnelse")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown or not changes:
        raise InputError(f"feltene som kan rettes, er {', '.join(FIELDS)}")
    done = []
    sealer = sealer_of(session)
    for field, raw_value in changes.items():
        value = _validated(field, raw_value)
        old = getattr(customer, field)
        if old == value:
            continue
        setattr(customer, field, value)
        if field == "email" and value:
            _remember_address(session, customer_id, value)
        # The reason is free text about the person: sealed under their key, shredded with it at erasure.
        key_id = sealer.key_for_message([customer_id]) if sealer is not None else None
        rectification = Rectification(customer_id=customer_id, field=field, new_value=value,
                                      reason=seal_text(session, key_id, reason.strip()), key_id=key_id,
                                      rectified_by=member.username)
        session.add(rectification)
        done.append(rectification)
        append_audit(session, actor=member.username, action="rectify", target_type="customer", target_id=customer_id,
                     details={"field": field, **_fingerprints(hash_key, field, old, value, reason.strip())})
    session.flush()
    return done


def _fingerprints(hash_key: bytes | None, field: str, old: str | None, new: str | None, reason: str) -> dict:
    """Keyed hashes that let an auditor holding the key confirm a value ("was the old phone X?") without the log
    holding it."""
    if hash_key is None:
        return {}

    def digest(kind: str, value: str | None) -> str | None:
        if value is None:
            return None
        return hmac.new(hash_key, f"rectify|{field}|{kind}|{value}".encode("utf-8"), hashlib.sha256).hexdigest()[:32]
    return {"old_value_hash": digest("value", old), "new_value_hash": digest("value", new), "reason_hash": digest("reason", reason)}


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
