"""Erased stays erased: the suppression list an erasure leaves, and how a records import uses it.

Service-style: plain arguments in, dataclasses out; nothing printed, no files written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, ErasureSuppression
from models.audit import append_audit
from models.base import utcnow
from rules.lawful import Identity, keyed_hashes


@dataclass(frozen=True)
class SuppressionMatch:
    """A records row that identifies a person who was erased: which erasures, by which identifiers."""

    customer_id: str  # as written in the file
    erasure_refs: tuple[str, ...]
    kinds: tuple[str, ...]


def identity_of(customer: Customer) -> Identity:
    return Identity(customer.customer_id, customer.name, customer.email, customer.phone, customer.street_address,
                    customer.postcode)


def leave_suppression(session: Session, customer: Customer, erasure_ref: str, actor: str, hash_key: bytes) -> int:
    """Called as the customer record is erased: remember the person as keyed hashes only."""
    rows = [ErasureSuppression(erasure_ref=erasure_ref, kind=kind, value_hash=digest, created_by=actor)
            for kind, digest in keyed_hashes(identity_of(customer), hash_key)]
    session.add_all(rows)
    return len(rows)


def any_suppression(session: Session) -> bool:
    return session.scalar(select(ErasureSuppression.id).where(ErasureSuppression.readmitted_at.is_(None)).limit(1)) is not None


def find_erased(session: Session, identities: list[Identity], hash_key: bytes) -> dict[str, SuppressionMatch]:
    """The identities (by the customer id they carry) that match a person erased and not readmitted.

    A row for a customer who is on the books today is a different, living record (a family
    member sharing a phone, say) and never matches: the erased person's record is gone.
    """
    if not identities:
        return {}
    hashed = {identity.customer_id: keyed_hashes(identity, hash_key) for identity in identities}
    wanted = {digest for pairs in hashed.values() for _, digest in pairs}
    # The live suppression list is small (a few rows per erased person); a file's hashes are not (four per row
    # of 100,000): the list is read whole and matched in memory, never sent as a giant IN (...).
    live = {row.value_hash: row for row in session.scalars(
        select(ErasureSuppression).where(ErasureSuppression.readmitted_at.is_(None))) if row.value_hash in wanted}
    if not live:
        return {}
    existing = set(session.scalars(select(Customer.customer_id)))
    matches = {}
    for customer_id, pairs in hashed.items():
        if customer_id in existing:
            continue
        hits = [(kind, live[digest]) for kind, digest in pairs if digest in live and live[digest].kind == kind]
        if hits:
            matches[customer_id] = SuppressionMatch(customer_id, tuple(sorted({row.erasure_ref for _, row in hits})),
                                                    tuple(kind for kind, _ in hits))
    return matches


def readmit(session: Session, actor: str, match: SuppressionMatch) -> None:
    """The person has become a customer again: lift every suppression row of the erasures
    the row matched, and say so in the audit log (keyed references only)."""
    now = utcnow()
    lifted: dict[str, int] = defaultdict(int)
    for row in session.scalars(select(ErasureSuppression).where(ErasureSuppression.erasure_ref.in_(match.erasure_refs),
                                                                  ErasureSuppression.readmitted_at.is_(None))):
        row.readmitted_as, row.readmitted_by, row.readmitted_at = match.customer_id, actor, now
        lifted[row.erasure_ref] += 1
    append_audit(session, actor=actor, action="records.readmit", target_type="customer", target_id=match.customer_id,
                 details={"erasure_refs": sorted(lifted), "matched_by": list(match.kinds)})
    session.flush()
