"""`intake lookup`: what do we hold about a person, where it came from, why we keep it and until when.

The subject is found by ``intake.privacy.subjects``; this module gathers everything
held about them across the records and the mail, each item with its purpose, legal
basis, retention date and source, and audits the lookup. Mail is reached only
through indexed columns (links, participant addresses, finding hashes, property
links), so a lookup stays fast however much mail is stored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Iterator

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from intake.crypto import open_text
from intake.errors import InputError
from intake.privacy.holds import hold_reasons_by_message
from intake.privacy.property_lookup import PropertyReport, find_property
from intake.privacy.staff import require
from intake.privacy.subjects import ADDRESS, PROPERTY, SubjectMatch, _find_candidates, name_variants
from intake.sealing import finding_email_at, finding_text_in
from models import (
    AccessRequest, Attachment, Consent, Customer, CustomerAddress, CustomerProperty, Disclosure, StoredFinding, LegalHold,
    Message, MessageCustomerLink, MessagePropertyLink, Participant, Project, Property, Rectification, Restriction,
    RetentionRecord, ReviewItem, StaffUser,
)
from models.audit import append_audit
from rules.detection.identifiers import normalize_identifier, value_hash
from rules.labels import hold_target_name, label_name, link_signal_name, participant_role_name
from rules.processing import CUSTOMER_REGISTER, PARTNER_SHARING, ProcessingActivity, activity
from rules.vocabulary import ErasureItemType, HoldTarget, MessageState, ProjectStatus, ReviewState, StaffAction
from rules.whose import OwnIdentifiers
from rules.wording import norwegian_date

_CHUNK = 5000


@dataclass(frozen=True)
class MessageItem:
    message_pk: int
    sent_at: datetime | None
    subject: str | None
    from_address: str | None
    why: tuple[str, ...]
    sent_by_subject: bool
    attachments: tuple[str, ...]
    findings: dict[str, int]
    category: str | None
    purpose: str | None
    legal_basis: str | None
    retain_until: date | None
    retention_pending: str | None
    source: str
    restricted: str | None
    holds: tuple[str, ...]
    # The firm's own identifiers found in the message (its org number, staff names and phones): not the subject's.
    firm_findings: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CustomerRecord:
    customer_id: str
    name: str
    email: str | None
    phone: str | None
    address: str | None
    known_addresses: tuple[str, ...]
    purpose: str
    legal_basis: str
    retention: str
    source: str
    restricted: str | None
    rectifications: tuple[dict, ...]


@dataclass(frozen=True)
class SubjectReport:
    ref: str
    display: str
    matched_because: tuple[str, ...]
    record: CustomerRecord | None
    identifiers: tuple[str, ...]
    properties: tuple[dict, ...]
    projects: tuple[dict, ...]
    messages: tuple[MessageItem, ...]
    findings_by_category: dict[str, int]
    consents: tuple[dict, ...]
    disclosures: tuple[dict, ...]
    access_requests: tuple[dict, ...]
    holds: tuple[str, ...] = field(default=())
    # Mail found only by a name (or property) mention, where the name fits more than one registered
    # person or the mail is linked to someone else: maybe the person's, maybe not. Never part of the
    # person's data (access package, erasure) until staff link the message to them (issue 12).
    uncertain: tuple[MessageItem, ...] = field(default=())
    firm_findings_by_category: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LookupResult:
    query_kind: str
    candidates: tuple[SubjectMatch, ...]
    report: SubjectReport | None  # set when exactly one subject matched
    property: PropertyReport | None = None  # set when the query names a property (an ID or a street address)


def chunks(values: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---------------------------------------------------------------- gathering

def _gather(session: Session, candidate: SubjectMatch, hash_key: bytes, activities: tuple[ProcessingActivity, ...],
           own_domains: tuple[str, ...] = (), firm_identifiers: tuple[tuple[str, str], ...] = ()) -> SubjectReport:
    """Everything held about one subject, each item with purpose, legal basis, retention and source.
    ``firm_identifiers`` are the firm's own (label, value) pairs from ``[firm]``: with the staff names and
    ``own_domains`` they are counted apart, as the firm's data rather than the subject's.

    Package-private: it checks no permission, so only callers in ``intake.privacy`` that have checked one use it."""
    firm_ids = own_identifiers(session, hash_key, own_domains, firm_identifiers)
    if candidate.customer_id:
        return _gather_customer(session, candidate, hash_key, activities, own_domains, firm_ids)
    return _gather_identifier(session, candidate, hash_key, activities, own_domains, firm_ids)


def own_identifiers(session: Session, hash_key: bytes, own_domains: tuple[str, ...] = (),
                    firm_identifiers: tuple[tuple[str, str], ...] = ()) -> OwnIdentifiers:
    """The firm's org numbers and phones (hashed like findings), its staff's names and its mail domains."""
    hashes = []
    for label, value in firm_identifiers:
        normalized = normalize_identifier(label, value)
        if normalized is not None:
            hashes.append(value_hash(label, normalized, hash_key))
    return OwnIdentifiers.build(hashes, session.scalars(select(StaffUser.full_name)), own_domains)


def firm_identifier_pairs(org_numbers: Iterable[str], phones: Iterable[str]) -> tuple[tuple[str, str], ...]:
    return tuple(("ORG_NUMBER", n) for n in org_numbers) + tuple(("PHONE", p) for p in phones)


def is_firms_own(own: OwnIdentifiers, session: Session):
    """SQL condition: a finding that is one of the firm's own identifiers (see rules.whose); sealed values are
    compared by their keyed hash (intake/sealing.py)."""
    conditions = []
    if own.hashes:
        conditions.append(StoredFinding.value_hash.in_(sorted(own.hashes)))
    if own.names:
        conditions.append(finding_text_in(session, "PERSON", own.name_variants()))
    for domain in sorted(own.domains):
        conditions.append(finding_email_at(session, domain))
    return or_(*conditions) if conditions else None


def _gather_customer(session: Session, candidate: SubjectMatch, hash_key: bytes, activities, own_domains,
                     firm_ids: OwnIdentifiers) -> SubjectReport:
    customer = session.get(Customer, candidate.customer_id)
    customer_id = customer.customer_id
    addresses = sorted({a.lower() for a in session.scalars(select(CustomerAddress.address).where(CustomerAddress.customer_id == customer_id))}
                       | ({customer.email.lower()} if customer.email else set()))
    phone = normalize_identifier("PHONE", customer.phone) if customer.phone else None
    property_rows = session.execute(
        select(Property.id, Property.key, Property.kommune).join(CustomerProperty, CustomerProperty.property_id == Property.id)
        .where(CustomerProperty.customer_id == customer_id).order_by(Property.key)).all()
    projects = list(session.scalars(select(Project).where(Project.customer_id == customer_id).order_by(Project.project_id)))

    why: dict[int, set[str]] = defaultdict(set)
    for pk, method in session.execute(select(MessageCustomerLink.message_pk, MessageCustomerLink.method)
                                      .where(MessageCustomerLink.customer_id == customer_id)):
        why[pk].add(f"knyttet til kunden ({link_signal_name(method)})")
    _add_participant_reasons(session, addresses, why)
    hashes = {value_hash("EMAIL", a, hash_key): "e-postadressen" for a in addresses}
    if phone:
        hashes[value_hash("PHONE", phone, hash_key)] = "telefonnummeret"
    _add_hash_reasons(session, hashes, why)
    own = set(why)  # linked, or reached by an identifier that is theirs
    _add_name_reasons(session, customer.name, why)
    property_ids = [row.id for row in property_rows]
    if property_ids:
        for pk, key in session.execute(select(MessagePropertyLink.message_pk, MessagePropertyLink.property_key)
                                       .where(MessagePropertyLink.property_id.in_(property_ids))):
            why[pk].add(f"eiendom {key} nevnt")
    uncertain_why = _split_uncertain(session, why, own, customer_id, namesakes=_namesakes(session, customer.name) > 1)

    register = activity(activities, CUSTOMER_REGISTER)
    restricted = _restrictions(session, ErasureItemType.CUSTOMER, [customer_id]).get(customer_id)
    record = CustomerRecord(
        customer_id=customer_id, name=customer.name, email=customer.email, phone=customer.phone,
        address=", ".join(p for p in (customer.street_address, " ".join(filter(None, (customer.postcode, customer.city)))) if p) or None,
        known_addresses=tuple(addresses),
        purpose=register.purpose if register else "", legal_basis=register.legal_basis if register else "",
        retention=_record_retention(projects, register), source=register.source if register else "kunderegisteret",
        restricted=restricted,
        rectifications=tuple({"field": r.field, "new_value": r.new_value, "reason": open_text(session, r.key_id, r.reason),
                              "by": r.rectified_by,
                              "at": r.rectified_at.date().isoformat()}
                             for r in session.scalars(select(Rectification).where(Rectification.customer_id == customer_id)
                                                      .order_by(Rectification.id))),
    )
    messages = _message_items(session, why, set(addresses), activities, own_domains, firm_ids)
    uncertain = _message_items(session, uncertain_why, set(addresses), activities, own_domains, firm_ids)
    return SubjectReport(
        uncertain=uncertain,
        ref=candidate.ref, display=customer.name, matched_because=candidate.reasons, record=record,
        identifiers=tuple(addresses) + ((phone,) if phone else ()),
        properties=tuple({"key": row.key, "kommune": row.kommune} for row in property_rows),
        projects=tuple({"project_id": p.project_id, "title": p.title, "status": p.status,
                        "closed_on": p.closed_on.isoformat() if p.closed_on else None} for p in projects),
        messages=messages, findings_by_category=_totals(messages),
        firm_findings_by_category=_totals(messages, firm=True),
        consents=_consents(session, customer_id, activities), disclosures=_disclosures(session, customer_id),
        access_requests=_access_requests(session, customer_id),
        holds=tuple(_holds_on(session, customer_id, [row.key for row in property_rows], [p.project_id for p in projects])),
    )


def _gather_identifier(session: Session, candidate: SubjectMatch, hash_key: bytes, activities, own_domains,
                       firm_ids: OwnIdentifiers) -> SubjectReport:
    why: dict[int, set[str]] = defaultdict(set)
    label, value = candidate.identifier_label, candidate.identifier_value
    addresses: set[str] = set()
    if label == "EMAIL":
        addresses = {value}
        _add_participant_reasons(session, [value], why)
    uncertain_why: dict[int, set[str]] = {}
    if label == "PERSON":
        own = set(why)
        _add_name_reasons(session, value, why)
        # A person who is not a customer, known by name only: mail linked to a customer is that customer's.
        uncertain_why = _split_uncertain(session, why, own, None, namesakes=_namesakes(session, value) > 0)
    else:
        _add_hash_reasons(session, {value_hash(label, value, hash_key): label_name(label)}, why)
    messages = _message_items(session, why, addresses, activities, own_domains, firm_ids)
    uncertain = _message_items(session, uncertain_why, addresses, activities, own_domains, firm_ids)
    return SubjectReport(
        uncertain=uncertain,
        ref=candidate.ref, display=candidate.display, matched_because=candidate.reasons, record=None,
        identifiers=(value,), properties=(), projects=(), messages=messages, findings_by_category=_totals(messages),
        firm_findings_by_category=_totals(messages, firm=True), consents=(), disclosures=(), access_requests=_access_requests(session, None, audit_ref(candidate.ref, hash_key)),
    )


def _namesakes(session: Session, name: str) -> int:
    """How many registered customers carry this name (as written, in any case)."""
    folded = " ".join(name.split()).casefold()
    return sum(1 for other in session.scalars(select(Customer.name).where(func.lower(Customer.name) == folded.lower()))
               if " ".join(other.split()).casefold() == folded)


def _split_uncertain(session: Session, why: dict[int, set[str]], own: set[int], customer_id: str | None,
                     namesakes: bool) -> dict[int, set[str]]:
    """Move out of ``why`` the mail reached only by a mention that may be someone else's: the name
    fits more than one registered person (``namesakes``), or the mail is linked to another customer."""
    mentioned_only = [pk for pk in why if pk not in own]
    linked: dict[int, set[str]] = defaultdict(set)
    undecided: dict[int, set[str]] = {}
    for part in chunks(mentioned_only):
        for pk, other in session.execute(select(MessageCustomerLink.message_pk, MessageCustomerLink.customer_id)
                                         .where(MessageCustomerLink.message_pk.in_(part))):
            linked[pk].add(other)
        # Mail still in the review queue with candidates besides this person: staff have not decided whose it is
        # (the linker may see namesakes the exact name does not, "Ingrid S. Solberg" beside "Ingrid Solberg").
        for pk, candidates in session.execute(select(ReviewItem.message_pk, ReviewItem.candidates).where(
                ReviewItem.message_pk.in_(part), ReviewItem.state == ReviewState.OPEN)):
            undecided[pk] = {c.get("customer_id") for c in candidates or () if isinstance(c, dict)} - {customer_id, None}
    uncertain = {}
    for pk in mentioned_only:
        someone_else = bool(linked[pk] - {customer_id})
        by_name = any(reason.startswith("navnet") for reason in why[pk])
        if someone_else or (namesakes and by_name) or undecided.get(pk):
            reasons = why.pop(pk)
            if undecided.get(pk):
                reasons.add("e-posten venter i gjennomgangskøen, og kan gjelde en annen kunde")
            if someone_else:
                reasons.add("e-posten er knyttet til en annen kunde")
            if namesakes and by_name:
                reasons.add("navnet passer flere registrerte personer")
            uncertain[pk] = reasons
    return uncertain


def _add_participant_reasons(session: Session, addresses: Iterable[str], why: dict[int, set[str]]) -> None:
    addresses = list(addresses)
    if addresses:
        for pk, role in session.execute(select(Participant.message_pk, Participant.role).where(Participant.address.in_(addresses))):
            why[pk].add(participant_role_name(role))


def _add_hash_reasons(session: Session, hashes: dict[str, str], why: dict[int, set[str]]) -> None:
    if hashes:
        for pk, hashed in session.execute(select(StoredFinding.message_pk, StoredFinding.value_hash).where(StoredFinding.value_hash.in_(list(hashes)))):
            why[pk].add(f"{hashes[hashed]} nevnt (funnet ved gjenkjenning)")


def _add_name_reasons(session: Session, name: str, why: dict[int, set[str]]) -> None:
    for pk in session.scalars(select(StoredFinding.message_pk).where(finding_text_in(session, "PERSON", name_variants(name)))):
        why[pk].add("navnet nevnt (funnet ved gjenkjenning)")


def firms_own_counts(message_pks, firms_own):
    """How many of the firm's own identifiers (``is_firms_own``) each of these messages holds, by label.

    ``IS true`` keeps the same rows and makes SQLite read them through the messages' own findings: seeing every
    branch of the condition indexed (migration 0072), it searched each across the whole store instead, the
    firm's mail domain by a LIKE over every unsealed e-mail address (30 ms where this takes 0.5)."""
    return (select(StoredFinding.message_pk, StoredFinding.label, func.count())
            .where(StoredFinding.message_pk.in_(message_pks), firms_own.is_(True))
            .group_by(StoredFinding.message_pk, StoredFinding.label))


def _message_items(session: Session, why: dict[int, set[str]], subject_addresses: set[str],
                   activities: tuple[ProcessingActivity, ...], own_domains: tuple[str, ...],
                   own: OwnIdentifiers = OwnIdentifiers()) -> tuple[MessageItem, ...]:
    if not why:  # nothing to read (often the uncertain mail): not even the firm's own or the holds
        return ()
    pks = sorted(why)
    messages, retention, attachments, findings = {}, {}, defaultdict(list), defaultdict(dict)
    firm_findings: dict[int, dict[str, int]] = defaultdict(dict)
    firms_own = is_firms_own(own, session)
    for part in chunks(pks):
        for row in session.execute(select(Message.id, Message.sent_at, Message.subject, Message.from_address, Message.state)
                                   .where(Message.id.in_(part))):
            messages[row.id] = row
        for record in session.execute(select(RetentionRecord.message_pk, RetentionRecord.category, RetentionRecord.legal_basis,
                                             RetentionRecord.retain_until, RetentionRecord.pending_reason)
                                      .where(RetentionRecord.message_pk.in_(part))):
            retention[record.message_pk] = record
        for pk, filename in session.execute(select(Attachment.message_pk, Attachment.filename).where(Attachment.message_pk.in_(part))
                                            .order_by(Attachment.id)):
            attachments[pk].append(filename)
        for pk, label, count in session.execute(select(StoredFinding.message_pk, StoredFinding.label, func.count())
                                                .where(StoredFinding.message_pk.in_(part)).group_by(StoredFinding.message_pk, StoredFinding.label)):
            findings[pk][label] = count
        if firms_own is not None:
            for pk, label, count in session.execute(firms_own_counts(part, firms_own)):
                firm_findings[pk][label] = count
                findings[pk][label] -= count
                if not findings[pk][label]:
                    del findings[pk][label]
    restricted = _restrictions(session, ErasureItemType.MESSAGE, [str(pk) for pk in pks])
    holds = hold_reasons_by_message(session, pks)
    items = []
    for pk in pks:
        message = messages.get(pk)
        if message is None or message.state == MessageState.ERASED:
            continue
        record = retention.get(pk)
        rule = activity(activities, record.category if record else None)
        sender = (message.from_address or "").lower()
        sent_by_subject = sender in subject_addresses
        items.append(MessageItem(
            message_pk=pk, sent_at=message.sent_at, subject=message.subject, from_address=message.from_address,
            why=tuple(sorted(why[pk])), sent_by_subject=sent_by_subject, attachments=tuple(attachments[pk]),
            findings=dict(sorted(findings[pk].items())), category=record.category if record else None,
            purpose=rule.purpose if rule else None, legal_basis=record.legal_basis if record else None,
            retain_until=record.retain_until if record else None, retention_pending=record.pending_reason if record else None,
            source=_source(sender, sent_by_subject, own_domains), restricted=restricted.get(str(pk)),
            holds=tuple(holds.get(pk, ())), firm_findings=dict(sorted(firm_findings[pk].items())),
        ))
    items.sort(key=lambda item: (item.sent_at is None, item.sent_at.timestamp() if item.sent_at else 0, item.message_pk))
    return tuple(items)


def _source(sender: str, sent_by_subject: bool, own_domains: tuple[str, ...]) -> str:
    if sent_by_subject:
        return "e-post fra personen selv"
    if sender.rpartition("@")[2] in own_domains:
        return "e-post fra proESS"
    return f"e-post fra en annen ({sender or 'ukjent avsender'})"


def _totals(messages: tuple[MessageItem, ...], firm: bool = False) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for item in messages:
        for label, count in (item.firm_findings if firm else item.findings).items():
            totals[label] += count
    return dict(sorted(totals.items()))


def _record_retention(projects: list[Project], register: ProcessingActivity | None) -> str:
    rule = register.retention if register else ""
    if not projects:
        return f"{rule}; kunden har ingen registrerte prosjekter"
    open_projects = [p.project_id for p in projects if p.status != ProjectStatus.CLOSED or p.closed_on is None]
    if open_projects:
        return f"{rule}; prosjekt {', '.join(open_projects)} pågår, så fristen er ikke satt"
    return f"{rule}; siste prosjekt avsluttet {norwegian_date(max(p.closed_on for p in projects))}"


def _restrictions(session: Session, target_type: str, target_ids: list[str]) -> dict[str, str]:
    found = {}
    for part in chunks(target_ids):
        for row in session.execute(select(Restriction.target_id, Restriction.reason, Restriction.legal_reference)
                                   .where(Restriction.target_type == target_type, Restriction.target_id.in_(part))):
            found[row.target_id] = f"{row.reason} ({row.legal_reference})"
    return found


def _consents(session: Session, customer_id: str, activities) -> tuple[dict, ...]:
    sharing = activity(activities, PARTNER_SHARING)
    return tuple({
        "consent_id": c.id, "partner": c.partner, "data_categories": list(c.data_categories), "project_id": c.project_id,
        "given_on": c.given_on.isoformat(), "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
        "legal_basis": sharing.legal_basis if sharing else "",
    } for c in session.scalars(select(Consent).where(Consent.customer_id == customer_id).order_by(Consent.id)))


def _disclosures(session: Session, customer_id: str) -> tuple[dict, ...]:
    return tuple({
        "partner": d.partner, "data_categories": list(d.data_categories), "project_id": d.project_id,
        "disclosed_on": d.disclosed_at.date().isoformat(), "consent_id": d.consent_id, "by": d.disclosed_by,
    } for d in session.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id).order_by(Disclosure.id)))


def _access_requests(session: Session, customer_id: str | None, subject_ref: str | None = None) -> tuple[dict, ...]:
    condition = AccessRequest.customer_id == customer_id if customer_id else AccessRequest.subject_ref == subject_ref
    return tuple({
        "request_id": r.id, "kind": r.kind, "requested_on": r.requested_on.isoformat(), "deadline": r.deadline.isoformat(), "status": r.status,
        "answered_on": r.answered_on.isoformat() if r.answered_on else None,
    } for r in session.scalars(select(AccessRequest).where(condition).order_by(AccessRequest.id)))


def _holds_on(session: Session, customer_id: str, property_keys: list[str], project_ids: list[str]) -> list[str]:
    targets = ([(HoldTarget.CUSTOMER, customer_id)] + [(HoldTarget.PROPERTY, k) for k in property_keys]
               + [(HoldTarget.PROJECT, p) for p in project_ids])
    holds = session.scalars(select(LegalHold).where(LegalHold.lifted_at.is_(None)).order_by(LegalHold.id))
    return [f"#{h.id} {hold_target_name(h.target_type)} {h.target_id}: {h.reason}" for h in holds
            if (h.target_type, h.target_id) in targets]


# ---------------------------------------------------------------- the service the CLI calls

def lookup(session: Session, query: str, actor: str, hash_key: bytes, activities: tuple[ProcessingActivity, ...],
           own_domains: tuple[str, ...] = (), choice: int | None = None,
           firm_identifiers: tuple[tuple[str, str], ...] = ()) -> LookupResult:
    """Find the subject(s) and gather everything about the one that matched, or the one chosen
    (1-based, in the order the candidates are listed); audited either way."""
    member = require(session, actor, StaffAction.LOOKUP)
    kind, candidates = _find_candidates(session, query, hash_key)
    chosen = _chosen(candidates, choice)
    report = _gather(session, chosen, hash_key, activities, own_domains, firm_identifiers) if chosen else None
    place = find_property(session, " ".join(query.split())) if kind in (PROPERTY, ADDRESS) else None
    details = {"query_kind": kind, "candidates": len(candidates), "messages": len(report.messages) if report else 0}
    if place is not None:
        details.update(property_keys=list(place.keys), property_messages=len(place.messages))
    append_audit(session, actor=member.username, action="lookup", target_type="subject",
                 target_id=audit_ref(report.ref, hash_key) if report else "-", details=details)
    return LookupResult(kind, tuple(candidates), report, place)


def _chosen(candidates: list[SubjectMatch], choice: int | None) -> SubjectMatch | None:
    if choice is None:
        return candidates[0] if len(candidates) == 1 else None
    if not 1 <= choice <= len(candidates):
        raise InputError(f"velg et nummer fra 1 til {len(candidates)}")
    return candidates[choice - 1]


def audit_ref(ref: str, hash_key: bytes) -> str:
    """Customer ids go to the audit log as they are; a bare identifier goes as a keyed hash, not in clear."""
    label, sep, value = ref.partition(":")
    return f"{label}:{value_hash(label, value, hash_key)[:16]}" if sep else ref
