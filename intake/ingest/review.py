"""`intake review`: messages whose link evidence was weak or conflicting, settled by staff.

Accepting or linking a message links that one message. The sender's address is remembered
for the customer (so the next message from it links by itself) only when staff say the
sender *is* the customer (``sender_is_customer``), and never for the firm's own domains, a
municipality, or an address already tied to another customer: a supplier's quote about a
customer must not make the supplier's next quote, about somebody else, hers (issue 12).
Every decision is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.staff import require
from intake.retention import apply_retention
from models import Customer, CustomerAddress, Message, MessageCustomerLink, ReviewItem
from models.audit import append_audit
from models.base import utcnow
from rules.retention import Policy
from rules.vocabulary import AddressSource, LinkMethod, LinkSignal, ReviewState, StaffAction
from rules.subject_requests import is_municipality


@dataclass(frozen=True)
class ReviewView:
    item_id: int
    message_pk: int
    sent_at: datetime | None
    from_address: str | None
    subject: str | None
    reason: str
    candidates: list[dict]


def open_items(session: Session, actor: str | None) -> list[ReviewView]:
    member = require(session, actor, StaffAction.REVIEW_LINKS)
    rows = session.execute(
        select(ReviewItem, Message).join(Message, Message.id == ReviewItem.message_pk)
        .where(ReviewItem.state == ReviewState.OPEN).order_by(ReviewItem.id)
    ).all()
    append_audit(session, actor=member.username, action="review.list", target_type="review_queue", target_id=ReviewState.OPEN,
                 details={"items": len(rows)})
    return [ReviewView(item.id, message.id, message.sent_at, message.from_address, message.subject, item.reason,
                       item.candidates) for item, message in rows]


def accept(session: Session, actor: str | None, item_id: int, policies: tuple[Policy, ...], own_domains: tuple[str, ...],
           customer_id: str | None = None, sender_is_customer: bool = False) -> str:
    """Link to the best candidate (or the named one, which must be a candidate)."""
    member = require(session, actor, StaffAction.REVIEW_LINKS)
    item = _open_item(session, item_id)
    candidate_ids = [candidate["customer_id"] for candidate in item.candidates]
    chosen = customer_id or (candidate_ids[0] if candidate_ids else None)
    if chosen is None:
        raise InputError(f"sak {item_id} har ingen kandidat; bruk link-to")
    if chosen not in candidate_ids:
        raise InputError(f"{chosen} er ikke kandidat i sak {item_id}; bruk link-to")
    return _link(session, member.username, item, chosen, ReviewState.ACCEPTED, policies, own_domains, sender_is_customer)


def link_to(session: Session, actor: str | None, item_id: int, customer_id: str, policies: tuple[Policy, ...],
            own_domains: tuple[str, ...], sender_is_customer: bool = False) -> str:
    member = require(session, actor, StaffAction.REVIEW_LINKS)
    return _link(session, member.username, _open_item(session, item_id), customer_id, ReviewState.LINKED, policies, own_domains,
                 sender_is_customer)


def link_message(session: Session, actor: str | None, message_pk: int, customer_id: str, policies: tuple[Policy, ...],
                 own_domains: tuple[str, ...], sender_is_customer: bool = False) -> str:
    """Staff confirm that a stored message concerns the customer: what a lookup lists as an uncertain match
    (the name mentioned, the mail linked to someone else or to nobody) enters the person's access package and
    erasure only this way. An open review item for the message is settled by it."""
    member = require(session, actor, StaffAction.REVIEW_LINKS)
    message = session.get(Message, message_pk)
    if message is None:
        raise InputError(f"fant ingen e-post nr. {message_pk}")
    if session.scalar(select(MessageCustomerLink.id).where(MessageCustomerLink.message_pk == message_pk,
                                                           MessageCustomerLink.customer_id == customer_id)) is not None:
        raise InputError(f"e-post nr. {message_pk} er allerede knyttet til {customer_id}")
    item = session.scalar(select(ReviewItem).where(ReviewItem.message_pk == message_pk, ReviewItem.state == ReviewState.OPEN))
    if item is not None:
        return _link(session, member.username, item, customer_id, ReviewState.LINKED, policies, own_domains,
                     sender_is_customer)
    confirmed = _add_staff_link(session, message, customer_id, f"confirmed by {member.username}", policies, own_domains,
                                sender_is_customer)
    append_audit(session, actor=member.username, action="review.link_message", target_type="message",
                 target_id=str(message.id), details={"customer_id": customer_id, "address_confirmed": confirmed})
    return customer_id


def reject(session: Session, actor: str | None, item_id: int) -> None:
    """The message concerns none of the candidates: it stays unlinked."""
    member = require(session, actor, StaffAction.REVIEW_LINKS)
    item = _open_item(session, item_id)
    _decide(item, ReviewState.REJECTED, member.username)
    append_audit(session, actor=member.username, action="review.reject", target_type="message", target_id=str(item.message_pk),
                 details={"review_item": item.id})


def _link(session: Session, username: str, item: ReviewItem, customer_id: str, state: ReviewState,
          policies: tuple[Policy, ...], own_domains: tuple[str, ...], sender_is_customer: bool = False) -> str:
    message = session.get(Message, item.message_pk)
    confirmed = _add_staff_link(session, message, customer_id, f"review item {item.id} by {username}", policies,
                                own_domains, sender_is_customer, settle=lambda: _decide(item, state, username))
    append_audit(session, actor=username, action=f"review.{state}", target_type="message", target_id=str(message.id),
                 details={"review_item": item.id, "customer_id": customer_id, "address_confirmed": confirmed})
    return customer_id


def _add_staff_link(session: Session, message: Message, customer_id: str, detail: str, policies: tuple[Policy, ...],
                    own_domains: tuple[str, ...], sender_is_customer: bool, settle=None) -> bool:
    """Link the message to the customer by a staff decision and set its retention; the sender's address is
    remembered only when staff say so and it may be. Returns whether it was remembered."""
    if session.get(Customer, customer_id) is None:
        raise InputError(f"fant ingen kunde {customer_id}")
    if sender_is_customer:
        refusal = sender_refusal(session, message.from_address, customer_id, own_domains)
        if refusal:
            raise InputError(f"avsenderadressen huskes ikke for kunden (--sender-is-customer): {refusal}")
    session.add(MessageCustomerLink(
        message_pk=message.id, customer_id=customer_id, method=LinkMethod.STAFF_REVIEW, confidence=1.0,
        reasons=[{"signal": LinkSignal.STAFF_DECISION, "weight": 1.0, "detail": detail}],
    ))
    confirmed = _remember_sender(session, message, customer_id) if sender_is_customer else False
    if settle is not None:
        settle()
    session.flush()
    apply_retention(session, message, policies)
    return confirmed


def sender_refusal(session: Session, address: str | None, customer_id: str, own_domains: tuple[str, ...]) -> str | None:
    """Why a sender's address may not be remembered as this customer's, or None when it may."""
    if not address:
        return "e-posten har ingen lesbar avsenderadresse"
    domain = address.rsplit("@", 1)[-1].lower()
    if domain in own_domains:
        return "avsenderen er en av firmaets egne adresser"
    if is_municipality(address):
        return "avsenderen er en kommune"
    other = session.scalar(select(CustomerAddress.customer_id).where(CustomerAddress.address == address.lower(),
                                                                     CustomerAddress.customer_id != customer_id).limit(1))
    if other is not None or session.scalar(select(Customer.customer_id).where(
            Customer.email == address.lower(), Customer.customer_id != customer_id).limit(1)) is not None:
        return "adressen hører til en annen kunde"
    return None


def _remember_sender(session: Session, message: Message, customer_id: str) -> bool:
    address = message.from_address.lower()
    known = session.scalar(select(CustomerAddress).where(CustomerAddress.customer_id == customer_id,
                                                         CustomerAddress.address == address))
    if known is None:
        session.add(CustomerAddress(customer_id=customer_id, address=address, source=AddressSource.CONFIRMED))
    return True


def _open_item(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None or item.state != ReviewState.OPEN:
        raise InputError(f"det finnes ingen åpen sak {item_id} i gjennomgangskøen")
    return item


def _decide(item: ReviewItem, state: ReviewState, username: str) -> None:
    item.state = state
    item.decided_by = username
    item.decided_at = utcnow()
