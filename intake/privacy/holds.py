"""Legal holds on a customer, property, project or message: while active, nothing they cover is disposed of.

The ``legal_holds`` table is authoritative. ``retention_records.legal_hold`` mirrors it
for the messages a hold covered when it was set or lifted, for readers that only see
retention records.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.staff import require
from models import (
    Customer, CustomerProperty, LegalHold, Message, MessageCustomerLink, MessagePropertyLink, Project, Property, RetentionRecord,
)
from models.audit import append_audit
from models.base import utcnow
from rules.labels import hold_target_name
from rules.vocabulary import HoldTarget, StaffAction

TARGET_TYPES = tuple(HoldTarget)


def list_active_holds(session: Session, actor: str | None) -> list[LegalHold]:
    """The active holds, for staff: their reasons can name a dispute."""
    require(session, actor, StaffAction.RETENTION_DUE)
    return _active_holds(session)


def _active_holds(session: Session) -> list[LegalHold]:
    return list(session.scalars(select(LegalHold).where(LegalHold.lifted_at.is_(None)).order_by(LegalHold.id)))


def hold_reasons_by_message(session: Session, message_pks: list[int]) -> dict[int, list[str]]:
    """For each of these messages under an active hold, the holds' reasons."""
    holds = _active_holds(session)
    if not holds or not message_pks:
        return {}
    wanted = set(message_pks)
    reasons: dict[int, list[str]] = defaultdict(list)
    for hold in holds:
        for pk in covered_messages(session, hold.target_type, hold.target_id) & wanted:
            reasons[pk].append(f"rettslig bevaring #{hold.id} ({hold_target_name(hold.target_type)} {hold.target_id}): {hold.reason}")
    return dict(reasons)


def hold_reasons_by_customer(session: Session, customer_ids: list[str]) -> dict[str, list[str]]:
    """For each of these customers whose record an active hold covers, the holds' reasons: a hold on the customer,
    on one of their projects, or on the property one of their projects or their own records concern."""
    holds = _active_holds(session)
    if not holds or not customer_ids:
        return {}
    wanted = set(customer_ids)
    projects = {project_id: (customer_id, property_id) for project_id, customer_id, property_id in session.execute(
        select(Project.project_id, Project.customer_id, Project.property_id).where(Project.customer_id.in_(wanted)))}
    property_owners: dict[str, set[str]] = defaultdict(set)
    for key, customer_id in session.execute(select(Property.key, CustomerProperty.customer_id)
                                            .join(CustomerProperty, CustomerProperty.property_id == Property.id)
                                            .where(CustomerProperty.customer_id.in_(wanted))):
        property_owners[key].add(customer_id)
    project_property = {property_id for _, property_id in projects.values() if property_id is not None}
    if project_property:
        for key, property_id in session.execute(select(Property.key, Property.id).where(Property.id.in_(project_property))):
            property_owners[key] |= {customer for customer, prop in projects.values() if prop == property_id}
    reasons: dict[str, list[str]] = defaultdict(list)
    for hold in holds:
        if hold.target_type == HoldTarget.CUSTOMER:
            covered = {hold.target_id} & wanted
        elif hold.target_type == HoldTarget.PROJECT:
            covered = {projects[hold.target_id][0]} if hold.target_id in projects else set()
        elif hold.target_type == HoldTarget.PROPERTY:
            covered = property_owners.get(hold.target_id, set())
        else:
            continue  # a hold on one message keeps that message, and the message keeps the record (disposal.py)
        for customer_id in covered:
            reasons[customer_id].append(f"rettslig bevaring #{hold.id} ({hold_target_name(hold.target_type)} "
                                        f"{hold.target_id}): {hold.reason}")
    return dict(reasons)


def covered_messages(session: Session, target_type: str, target_id: str) -> set[int]:
    """Messages a hold on this target covers. A project covers its customer's mail and mail about its property,
    because mail is linked to customers and properties, not to projects: holding too much is the safe side."""
    if target_type == HoldTarget.MESSAGE:
        return {int(target_id)} if target_id.isdigit() else set()
    if target_type == HoldTarget.CUSTOMER:
        return _linked_to_customers(session, [target_id])
    if target_type == HoldTarget.PROPERTY:
        return set(session.scalars(select(MessagePropertyLink.message_pk).where(MessagePropertyLink.property_key == target_id)))
    project = session.get(Project, target_id)
    if project is None:
        return set()
    covered = _linked_to_customers(session, [project.customer_id])
    if project.property_id is not None:
        covered |= set(session.scalars(select(MessagePropertyLink.message_pk).where(MessagePropertyLink.property_id == project.property_id)))
    return covered


def _linked_to_customers(session: Session, customer_ids: list[str]) -> set[int]:
    return set(session.scalars(select(MessageCustomerLink.message_pk).where(MessageCustomerLink.customer_id.in_(customer_ids))))


def set_hold(session: Session, actor: str | None, target_type: str, target_id: str, reason: str) -> LegalHold:
    member = require(session, actor, StaffAction.LEGAL_HOLD)
    _check_target(session, target_type, target_id)
    if not reason.strip():
        raise InputError("en rettslig bevaring må ha en begrunnelse")
    hold = LegalHold(target_type=target_type, target_id=target_id, reason=reason.strip(), set_by=member.username)
    session.add(hold)
    session.flush()
    covered = covered_messages(session, target_type, target_id)
    _mirror(session, covered, True)
    append_audit(session, actor=member.username, action="hold.set", target_type=target_type, target_id=target_id,
                 details={"hold_id": hold.id, "messages_covered": len(covered)})  # the reason (free text) stays in the hold
    return hold


def preview_lift(session: Session, actor: str | None, hold_id: int) -> str:
    """The hold and what it covers, for the person lifting it to confirm."""
    require(session, actor, StaffAction.LEGAL_HOLD)
    hold = session.get(LegalHold, hold_id)
    if hold is None or hold.lifted_at is not None:
        raise InputError(f"ingen aktiv rettslig bevaring #{hold_id}")
    covered = covered_messages(session, hold.target_type, hold.target_id)
    from rules.labels import hold_target_name

    from rules.wording import counted, norwegian_date

    return (f"Oppheve rettslig bevaring #{hold.id} ({hold_target_name(hold.target_type)} {hold.target_id}: {hold.reason}; "
            f"satt av {hold.set_by} {norwegian_date(hold.set_at.date())}); den dekker {counted(len(covered), 'e-post')}")


def lift_hold(session: Session, actor: str | None, hold_id: int) -> LegalHold:
    member = require(session, actor, StaffAction.LEGAL_HOLD)
    hold = session.get(LegalHold, hold_id)
    if hold is None or hold.lifted_at is not None:
        raise InputError(f"det finnes ingen gjeldende rettslig bevaring #{hold_id}")
    hold.lifted_by, hold.lifted_at = member.username, utcnow()
    session.flush()
    covered = covered_messages(session, hold.target_type, hold.target_id)
    still_held = set(hold_reasons_by_message(session, sorted(covered)))
    _mirror(session, covered - still_held, False)
    append_audit(session, actor=member.username, action="hold.lift", target_type=hold.target_type, target_id=hold.target_id,
                 details={"hold_id": hold.id})
    return hold


def _mirror(session: Session, message_pks: set[int], held: bool) -> None:
    if message_pks:
        session.execute(update(RetentionRecord).where(RetentionRecord.message_pk.in_(message_pks)).values(legal_hold=held))


def _check_target(session: Session, target_type: str, target_id: str) -> None:
    if target_type not in TARGET_TYPES:
        raise InputError(f"ukjent mål for rettslig bevaring: {target_type!r} (kjente: {', '.join(TARGET_TYPES)})")
    exists = {
        HoldTarget.CUSTOMER: lambda: session.get(Customer, target_id) is not None,
        HoldTarget.PROJECT: lambda: session.get(Project, target_id) is not None,
        HoldTarget.PROPERTY: lambda: session.scalar(select(Property.id).where(Property.key == target_id)) is not None,
        HoldTarget.MESSAGE: lambda: target_id.isdigit() and session.get(Message, int(target_id)) is not None,
    }[target_type]()
    if not exists:
        raise InputError(f"fant ingen {hold_target_name(target_type)} {target_id!r}")

