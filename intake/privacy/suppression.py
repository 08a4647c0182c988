"""Erased stays erased: the suppression list an erasure leaves, and how a records import uses it.

A customer record disposed of after its retention period leaves one too (cause ``disposal``):
nobody asked to be forgotten, but the firm's usual export must not bring the person back in
full either. Besides the person's identifiers it keeps keyed hashes of the disposed projects'
ids, so the import can tell a returning customer (a project that is not among them) from the
old export.

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
from rules.lawful import PROJECT_ID, Identity, keyed_hashes, project_hash
from rules.vocabulary import TombstoneCause


@dataclass(frozen=True)
class SuppressionMatch:
    """A records row that identifies a person who was erased: which erasures, by which identifiers."""

    customer_id: str  # as written in the file
    erasure_refs: tuple[str, ...]
    kinds: tuple[str, ...]
    causes: frozenset[str] = frozenset({TombstoneCause.ERASURE})  # why each matched person was removed
    disposed_projects: frozenset[str] = frozenset()  # keyed hashes of the projects disposed with them

    @property
    def erased(self) -> bool:
        """Whether any person the row matched asked to be erased (only staff's --returning lets them back)."""
        return TombstoneCause.ERASURE in self.causes


def identity_of(customer: Customer) -> Identity:
    return Identity(customer.customer_id, customer.name, customer.email, customer.phone, customer.street_address,
                    customer.postcode)


def leave_suppression(session: Session, customer: Customer, erasure_ref: str, actor: str, hash_key: bytes,
                      cause: str = TombstoneCause.ERASURE, project_ids: tuple[str, ...] = ()) -> int:
    """Called as the customer record is erased (or disposed of, with its projects' ids): remember the person as
    keyed hashes only."""
    rows = [ErasureSuppression(erasure_ref=erasure_ref, kind=kind, value_hash=digest, created_by=actor, cause=cause)
            for kind, digest in keyed_hashes(identity_of(customer), hash_key)]
    rows += [ErasureSuppression(erasure_ref=erasure_ref, kind=PROJECT_ID, value_hash=project_hash(project_id, hash_key),
                                created_by=actor, cause=cause) for project_id in sorted(set(project_ids))]
    session.add_all(rows)
    return len(rows)


def any_suppression(session: Session) -> bool:
    return session.scalar(select(ErasureSuppression.id).where(ErasureSuppression.readmitted_at.is_(None)).limit(1)) is not None


def disposed_project_hashes(session: Session) -> set[str]:
    """Keyed hashes of every project disposed of with its customer's record (also of customers since returned)."""
    return set(session.scalars(select(ErasureSuppression.value_hash).where(ErasureSuppression.kind == PROJECT_ID)))


def find_erased(session: Session, identities: list[Identity], hash_key: bytes) -> dict[str, SuppressionMatch]:
    """The identities (by the customer id they carry) that match a person erased or disposed of and not readmitted.

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
    hits_by_row = {}
    for customer_id, pairs in hashed.items():
        if customer_id in existing:
            continue
        hits = [(kind, live[digest]) for kind, digest in pairs if digest in live and live[digest].kind == kind]
        if hits:
            hits_by_row[customer_id] = hits
    if not hits_by_row:
        return {}
    refs = {row.erasure_ref for hits in hits_by_row.values() for _, row in hits}
    disposed_projects: dict[str, set[str]] = defaultdict(set)
    for ref, digest in session.execute(select(ErasureSuppression.erasure_ref, ErasureSuppression.value_hash).where(
            ErasureSuppression.kind == PROJECT_ID, ErasureSuppression.erasure_ref.in_(sorted(refs)))):
        disposed_projects[ref].add(digest)
    matches = {}
    for customer_id, hits in hits_by_row.items():
        matched_refs = tuple(sorted({row.erasure_ref for _, row in hits}))
        matches[customer_id] = SuppressionMatch(
            customer_id, matched_refs, tuple(kind for kind, _ in hits),
            causes=frozenset(row.cause for _, row in hits),
            disposed_projects=frozenset(digest for ref in matched_refs for digest in disposed_projects[ref]))
    return matches


def readmit(session: Session, actor: str, match: SuppressionMatch, new_business: tuple[str, ...] = ()) -> None:
    """The person has become a customer again: lift every suppression row of the erasures (or disposals)
    the row matched, and say so in the audit log (keyed references only). ``new_business``: the projects that
    let a disposed customer back without staff naming them (empty when staff said so with --returning)."""
    now = utcnow()
    lifted: dict[str, int] = defaultdict(int)
    for row in session.scalars(select(ErasureSuppression).where(ErasureSuppression.erasure_ref.in_(match.erasure_refs),
                                                                  ErasureSuppression.readmitted_at.is_(None))):
        row.readmitted_as, row.readmitted_by, row.readmitted_at = match.customer_id, actor, now
        lifted[row.erasure_ref] += 1
    details = {"erasure_refs": sorted(lifted), "matched_by": list(match.kinds), "causes": sorted(match.causes),
               "because": "new_business" if new_business else "returning"}
    if new_business:
        details["new_projects"] = list(new_business)
    append_audit(session, actor=actor, action="records.readmit", target_type="customer", target_id=match.customer_id,
                 details=details)
    session.flush()
