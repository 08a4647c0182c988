"""`intake lookup`: everything stored about a customer, found by customer id, e-mail address or name."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Attachment, Customer, CustomerAddress, CustomerProperty, Finding, Message, MessageCustomerLink, Participant,
    Project, Property, RetentionRecord,
)


@dataclass(frozen=True)
class MessageItem:
    message_pk: int
    sent_at: datetime | None
    subject: str | None
    how: str  # linked | participant
    attachments: list[str]
    findings: dict[str, int]
    retention_category: str | None
    legal_basis: str | None
    retain_until: date | None
    retention_pending: str | None


@dataclass(frozen=True)
class SubjectReport:
    customer_id: str
    name: str
    matched_because: str
    email: str | None
    phone: str | None
    address: str | None
    known_addresses: list[str]
    properties: list[str]
    projects: list[dict]
    messages: list[MessageItem]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ø", "o").replace("æ", "ae")


def find_subjects(session: Session, query: str) -> list[SubjectReport]:
    query = query.strip()
    matches: dict[str, str] = {}
    if session.get(Customer, query) is not None:
        matches[query] = "kundenummer"
    if "@" in query:
        address = query.lower()
        for customer_id in session.scalars(
            select(Customer.customer_id).where(Customer.email == address).union(
                select(CustomerAddress.customer_id).where(CustomerAddress.address == address))
        ):
            matches.setdefault(customer_id, "e-postadresse")
    folded = _fold(query)
    if folded and "@" not in query:
        for customer in session.scalars(select(Customer)):
            if folded in _fold(customer.name):
                matches.setdefault(customer.customer_id, "navn")
    return [_report(session, customer_id, reason) for customer_id, reason in sorted(matches.items())]


def _report(session: Session, customer_id: str, reason: str) -> SubjectReport:
    customer = session.get(Customer, customer_id)
    addresses = sorted(set(session.scalars(select(CustomerAddress.address).where(CustomerAddress.customer_id == customer_id)))
                       | ({customer.email} if customer.email else set()))
    properties = list(session.scalars(
        select(Property.key).join(CustomerProperty, CustomerProperty.property_id == Property.id)
        .where(CustomerProperty.customer_id == customer_id).order_by(Property.key)))
    projects = [{"project_id": p.project_id, "title": p.title, "status": p.status,
                 "closed_on": p.closed_on.isoformat() if p.closed_on else None}
                for p in session.scalars(select(Project).where(Project.customer_id == customer_id).order_by(Project.project_id))]
    linked = set(session.scalars(select(MessageCustomerLink.message_pk).where(MessageCustomerLink.customer_id == customer_id)))
    as_participant = set(session.scalars(select(Participant.message_pk).where(Participant.address.in_(addresses)))) if addresses else set()
    messages = [_message_item(session, pk, "linked" if pk in linked else "participant") for pk in sorted(linked | as_participant)]
    address = ", ".join(part for part in (customer.street_address, " ".join(filter(None, (customer.postcode, customer.city)))) if part)
    return SubjectReport(customer_id, customer.name, reason, customer.email, customer.phone, address or None, addresses,
                         properties, projects, messages)


def _message_item(session: Session, message_pk: int, how: str) -> MessageItem:
    message = session.get(Message, message_pk)
    retention = session.get(RetentionRecord, message_pk)
    findings = dict(session.execute(
        select(Finding.label, func.count()).where(Finding.message_pk == message_pk).group_by(Finding.label)).all())
    attachments = list(session.scalars(select(Attachment.filename).where(Attachment.message_pk == message_pk)))
    return MessageItem(
        message_pk, message.sent_at, message.subject, how, attachments, findings,
        retention.category if retention else None, retention.legal_basis if retention else None,
        retention.retain_until if retention else None, retention.pending_reason if retention else None,
    )


def render_json(reports: list[SubjectReport]) -> str:
    return json.dumps([asdict(report) for report in reports], ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def render_text(reports: list[SubjectReport], query: str) -> str:
    if not reports:
        return f"Fant ingen registrerte personer som passer «{query}»."
    blocks = []
    if len(reports) > 1:
        blocks.append(f"{len(reports)} personer passer «{query}»; velg med kundenummer:\n" + "\n".join(
            f"  {r.customer_id}  {r.name}  (treff på {r.matched_because})" for r in reports))
    for r in reports:
        lines = [f"Kunde {r.customer_id}: {r.name}  (treff på {r.matched_because})",
                 f"  E-post: {', '.join(r.known_addresses) or '-'}   Telefon: {r.phone or '-'}",
                 f"  Adresse: {r.address or '-'}",
                 f"  Eiendommer: {', '.join(r.properties) or '-'}"]
        for project in r.projects:
            state = f"avsluttet {project['closed_on']}" if project["status"] == "closed" else "pågår"
            lines.append(f"  Prosjekt {project['project_id']}: {project['title']} ({state})")
        lines.append(f"  E-poster: {len(r.messages)}")
        for item in r.messages:
            when = item.sent_at.date().isoformat() if item.sent_at else "ukjent dato"
            keep = item.retain_until.isoformat() if item.retain_until else (item.retention_pending or "ikke satt")
            found = ", ".join(f"{label} {n}" for label, n in sorted(item.findings.items())) or "ingen"
            lines.append(f"    #{item.message_pk} {when} «{item.subject or ''}» [{'knyttet' if item.how == 'linked' else 'avsender/mottaker'}]")
            lines.append(f"      personopplysninger: {found}; vedlegg: {len(item.attachments)}; oppbevares til: {keep}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
