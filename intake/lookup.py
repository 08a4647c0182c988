"""`intake lookup`: what do we hold about a person, where it came from, why we keep it and until when.

A query (name, e-mail address, phone number, fødselsnummer, customer id or property
ID) is normalized the way detection normalizes what it finds, so "+47 912 34 567"
and "91234567" are the same number. It can match several data subjects; each
candidate says why it matched, and the caller asks the user to choose. A person who
is not a customer (a neighbour named in a mail, a sender) is a subject too, found
through the participants and the keyed hashes of detected identifiers.

Every query is indexed: customers are few and scanned in memory; mail is reached
only through indexed columns (links, participant addresses, finding hashes,
property links), so a lookup stays fast however much mail is stored.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.holds import hold_reasons_by_message
from intake.privacy.staff import require
from models import (
    AccessRequest, Attachment, Consent, Customer, CustomerAddress, CustomerProperty, Disclosure, Finding, LegalHold,
    Message, MessageCustomerLink, MessagePropertyLink, Participant, Project, Property, Rectification, Restriction,
    RetentionRecord,
)
from models.audit import append_audit
from rules.detection.identifiers import normalize_identifier, value_hash
from rules.processing import CUSTOMER_REGISTER, PARTNER_SHARING, ProcessingActivity, activity, label_name
from rules.property_ids import parse_property_id
from rules.staff import LOOKUP

CUSTOMER_ID, EMAIL, PHONE, NATIONAL_ID, PROPERTY, NAME = "customer_id", "email", "phone", "national_id", "property", "name"
_PROPERTY_SHAPE = re.compile(r"\d+\s*/\s*\d+|\b(?:g\.?\s?nr|b\.?\s?nr|gnr|bnr|gårdsnr|bruksnr)\b", re.IGNORECASE)
_PHONE_SHAPE = re.compile(r"\+?[\d\s().-]{8,}")
_CHUNK = 5000
ROLE_WORDS = {"from": "avsender", "to": "mottaker", "cc": "kopimottaker", "bcc": "blindkopi", "reply_to": "svar-til-adresse"}


@dataclass(frozen=True)
class Candidate:
    """A data subject a query matched: a customer, or a person known only by an identifier in the mail."""

    customer_id: str | None
    identifier_label: str | None
    identifier_value: str | None
    display: str
    reasons: tuple[str, ...]

    @property
    def ref(self) -> str:
        return self.customer_id or f"{self.identifier_label}:{self.identifier_value}"


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


@dataclass(frozen=True)
class LookupResult:
    query_kind: str
    candidates: tuple[Candidate, ...]
    report: SubjectReport | None  # set when exactly one subject matched


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e",
                       "è": "e", "ê": "e", "ë": "e", "ö": "o", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ü": "u", "ú": "u",
                       "ù": "u", "û": "u", "í": "i", "ì": "i", "î": "i", "ï": "i", "ç": "c", "ñ": "n", "ß": "ss", "-": " "})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Ødegård" ~ "odegard"); a table, so it is cheap
    enough to run over every customer's name on each lookup."""
    return " ".join(text.casefold().translate(_FOLD).split())


def name_variants(name: str) -> list[str]:
    """The spellings a detected name mention is compared with (mentions are stored as written)."""
    clean = " ".join(name.split())
    return sorted({clean, clean.title(), clean.upper(), clean.lower()})


def chunks(values: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---------------------------------------------------------------- finding subjects

def classify_query(query: str) -> tuple[str, str | None]:
    """The kind of a query and its normalized value (None for a name)."""
    if "@" in query:
        return EMAIL, normalize_identifier("EMAIL", query) or query.strip().lower()
    if _PROPERTY_SHAPE.search(query) and parse_property_id(query) is not None:
        return PROPERTY, parse_property_id(query).key()
    if national_id := normalize_identifier("NATIONAL_ID", query):
        return NATIONAL_ID, national_id
    if _PHONE_SHAPE.fullmatch(query) and (phone := normalize_identifier("PHONE", query)):
        return PHONE, phone
    return NAME, None


def find_candidates(session: Session, query: str, hash_key: bytes) -> tuple[str, list[Candidate]]:
    query = " ".join(query.split())
    if not query:
        raise InputError("give a name, e-mail address, phone number, fødselsnummer, customer id or property ID")
    found: dict[str, Candidate] = {}
    customer = session.get(Customer, query)
    if customer is not None:
        _add(found, _customer_candidate(customer, "kundenummer"))
        return CUSTOMER_ID, list(found.values())
    kind, value = classify_query(query)
    if kind == EMAIL:
        _match_email(session, value, hash_key, found)
    elif kind == PROPERTY:
        _match_property(session, value, found)
    elif kind in (NATIONAL_ID, PHONE):
        label = "NATIONAL_ID" if kind == NATIONAL_ID else "PHONE"
        if kind == PHONE:
            _match_customer_phone(session, value, found)
        if not found:
            _match_identifier_in_mail(session, label, value, hash_key, found)
    else:
        _match_name(session, query, found)
    return kind, sorted(found.values(), key=lambda c: (c.customer_id is None, c.ref))


def resolve_one(session: Session, query: str, hash_key: bytes) -> Candidate:
    """The one subject a query names; anything else is an input error (the message carries no personal data)."""
    _, candidates = find_candidates(session, query, hash_key)
    if not candidates:
        raise InputError("no data subject matches the query")
    if len(candidates) > 1:
        raise InputError(f"the query matches {len(candidates)} data subjects: run `intake lookup` with it, then use the "
                         "customer id or the exact identifier of the one you mean")
    return candidates[0]


def _add(found: dict[str, Candidate], candidate: Candidate) -> None:
    if candidate.ref in found:
        previous = found[candidate.ref]
        candidate = Candidate(previous.customer_id, previous.identifier_label, previous.identifier_value, previous.display,
                              tuple(dict.fromkeys(previous.reasons + candidate.reasons)))
    found[candidate.ref] = candidate


def _customer_candidate(customer: Customer, reason: str) -> Candidate:
    return Candidate(customer.customer_id, None, None, customer.name, (reason,))


def _match_email(session: Session, address: str, hash_key: bytes, found: dict[str, Candidate]) -> None:
    customer_ids = set(session.scalars(select(Customer.customer_id).where(Customer.email == address)))
    customer_ids |= set(session.scalars(select(CustomerAddress.customer_id).where(CustomerAddress.address == address)))
    for customer in session.scalars(select(Customer).where(Customer.customer_id.in_(customer_ids))):
        _add(found, _customer_candidate(customer, "e-postadressen står i kunderegisteret"))
    if not found:
        if session.scalar(select(Participant.id).where(Participant.address == address).limit(1)) is not None:
            _add(found, Candidate(None, "EMAIL", address, address, ("avsender eller mottaker av lagret e-post",)))
        _match_identifier_in_mail(session, "EMAIL", address, hash_key, found)


def _match_customer_phone(session: Session, e164: str, found: dict[str, Candidate]) -> None:
    """Phones are stored as typed; the database narrows by the last digits, the normalizer decides."""
    digits_only = Customer.phone
    for separator in (" ", "-", ".", "(", ")"):
        digits_only = func.replace(digits_only, separator, "")
    for customer in session.scalars(select(Customer).where(digits_only.like(f"%{e164[-8:]}"))):
        if normalize_identifier("PHONE", customer.phone) == e164:
            _add(found, _customer_candidate(customer, "telefonnummer i kunderegisteret"))


def _match_identifier_in_mail(session: Session, label: str, value: str, hash_key: bytes, found: dict[str, Candidate]) -> None:
    hashed = value_hash(label, value, hash_key)
    mentions = session.scalar(select(func.count(func.distinct(Finding.message_pk))).where(Finding.value_hash == hashed)) or 0
    if mentions:
        _add(found, Candidate(None, label, value, value, (f"{label_name(label).lower()} funnet ved gjenkjenning i {mentions} e-poster",)))


def _match_property(session: Session, key: str, found: dict[str, Candidate]) -> None:
    kommunenr, _, unit = key.partition("-")
    statement = select(Property.id, Property.key)
    if kommunenr.isdigit():
        statement = statement.where(Property.key == key)
    else:  # kommune not given: any kommune with this gnr/bnr (the choice then says which)
        statement = statement.where(Property.key.like(f"%-{unit}"))
    for property_id, property_key in session.execute(statement):
        for customer in session.scalars(
            select(Customer).join(CustomerProperty, CustomerProperty.customer_id == Customer.customer_id)
            .where(CustomerProperty.property_id == property_id)
        ):
            _add(found, _customer_candidate(customer, f"kunde for eiendom {property_key}"))


def _match_name(session: Session, query: str, found: dict[str, Candidate]) -> None:
    wanted = fold(query).split()
    for customer_id, name in session.execute(select(Customer.customer_id, Customer.name)):
        tokens = fold(name).split()
        if all(any(token.startswith(part) for token in tokens) for part in wanted):
            _add(found, Candidate(customer_id, None, None, name, ("navnet i kunderegisteret",)))
    if found:
        return
    variants = name_variants(query)
    for address in session.scalars(select(Participant.address).where(Participant.display_name.in_(variants)).distinct()):
        _add(found, Candidate(None, "EMAIL", address, f"{query} <{address}>", ("navnet står som avsender eller mottaker",)))
    mentioned = session.scalar(select(func.count(func.distinct(Finding.message_pk)))
                               .where(Finding.label == "PERSON", Finding.text.in_(variants))) or 0
    if mentioned:
        _add(found, Candidate(None, "PERSON", " ".join(query.split()), query,
                              (f"navnet funnet ved gjenkjenning i {mentioned} e-poster",)))


# ---------------------------------------------------------------- gathering

def gather(session: Session, candidate: Candidate, hash_key: bytes, activities: tuple[ProcessingActivity, ...],
           own_domains: tuple[str, ...] = ()) -> SubjectReport:
    """Everything held about one subject, each item with purpose, legal basis, retention and source."""
    if candidate.customer_id:
        return _gather_customer(session, candidate, hash_key, activities, own_domains)
    return _gather_identifier(session, candidate, hash_key, activities, own_domains)


def _gather_customer(session: Session, candidate: Candidate, hash_key: bytes, activities, own_domains) -> SubjectReport:
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
        why[pk].add(f"knyttet til kunden ({method})")
    _add_participant_reasons(session, addresses, why)
    hashes = {value_hash("EMAIL", a, hash_key): "E-postadressen" for a in addresses}
    if phone:
        hashes[value_hash("PHONE", phone, hash_key)] = "Telefonnummeret"
    _add_hash_reasons(session, hashes, why)
    _add_name_reasons(session, customer.name, why)
    property_ids = [row.id for row in property_rows]
    if property_ids:
        for pk, key in session.execute(select(MessagePropertyLink.message_pk, MessagePropertyLink.property_key)
                                       .where(MessagePropertyLink.property_id.in_(property_ids))):
            why[pk].add(f"eiendom {key} nevnt")

    register = activity(activities, CUSTOMER_REGISTER)
    restricted = _restrictions(session, "customer", [customer_id]).get(customer_id)
    record = CustomerRecord(
        customer_id=customer_id, name=customer.name, email=customer.email, phone=customer.phone,
        address=", ".join(p for p in (customer.street_address, " ".join(filter(None, (customer.postcode, customer.city)))) if p) or None,
        known_addresses=tuple(addresses),
        purpose=register.purpose if register else "", legal_basis=register.legal_basis if register else "",
        retention=_record_retention(projects, register), source=register.source if register else "kunderegisteret",
        restricted=restricted,
        rectifications=tuple({"field": r.field, "new_value": r.new_value, "reason": r.reason, "by": r.rectified_by,
                              "at": r.rectified_at.date().isoformat()}
                             for r in session.scalars(select(Rectification).where(Rectification.customer_id == customer_id)
                                                      .order_by(Rectification.id))),
    )
    messages = _message_items(session, why, set(addresses), activities, own_domains)
    return SubjectReport(
        ref=candidate.ref, display=customer.name, matched_because=candidate.reasons, record=record,
        identifiers=tuple(addresses) + ((phone,) if phone else ()),
        properties=tuple({"key": row.key, "kommune": row.kommune} for row in property_rows),
        projects=tuple({"project_id": p.project_id, "title": p.title, "status": p.status,
                        "closed_on": p.closed_on.isoformat() if p.closed_on else None} for p in projects),
        messages=messages, findings_by_category=_totals(messages),
        consents=_consents(session, customer_id, activities), disclosures=_disclosures(session, customer_id),
        access_requests=_access_requests(session, customer_id),
        holds=tuple(_holds_on(session, customer_id, [row.key for row in property_rows], [p.project_id for p in projects])),
    )


def _gather_identifier(session: Session, candidate: Candidate, hash_key: bytes, activities, own_domains) -> SubjectReport:
    why: dict[int, set[str]] = defaultdict(set)
    label, value = candidate.identifier_label, candidate.identifier_value
    addresses: set[str] = set()
    if label == "EMAIL":
        addresses = {value}
        _add_participant_reasons(session, [value], why)
    if label == "PERSON":
        _add_name_reasons(session, value, why)
    else:
        _add_hash_reasons(session, {value_hash(label, value, hash_key): label_name(label)}, why)
    messages = _message_items(session, why, addresses, activities, own_domains)
    return SubjectReport(
        ref=candidate.ref, display=candidate.display, matched_because=candidate.reasons, record=None,
        identifiers=(value,), properties=(), projects=(), messages=messages, findings_by_category=_totals(messages),
        consents=(), disclosures=(), access_requests=_access_requests(session, None, audit_ref(candidate.ref, hash_key)),
    )


def _add_participant_reasons(session: Session, addresses: Iterable[str], why: dict[int, set[str]]) -> None:
    addresses = list(addresses)
    if addresses:
        for pk, role in session.execute(select(Participant.message_pk, Participant.role).where(Participant.address.in_(addresses))):
            why[pk].add(ROLE_WORDS.get(role, role))


def _add_hash_reasons(session: Session, hashes: dict[str, str], why: dict[int, set[str]]) -> None:
    if hashes:
        for pk, hashed in session.execute(select(Finding.message_pk, Finding.value_hash).where(Finding.value_hash.in_(list(hashes)))):
            why[pk].add(f"{hashes[hashed]} nevnt (funnet ved gjenkjenning)")


def _add_name_reasons(session: Session, name: str, why: dict[int, set[str]]) -> None:
    for pk in session.scalars(select(Finding.message_pk).where(Finding.label == "PERSON", Finding.text.in_(name_variants(name)))):
        why[pk].add("navnet nevnt (funnet ved gjenkjenning)")


def _message_items(session: Session, why: dict[int, set[str]], subject_addresses: set[str],
                   activities: tuple[ProcessingActivity, ...], own_domains: tuple[str, ...]) -> tuple[MessageItem, ...]:
    pks = sorted(why)
    messages, retention, attachments, findings = {}, {}, defaultdict(list), defaultdict(dict)
    for part in chunks(pks):
        for row in session.execute(select(Message.id, Message.sent_at, Message.subject, Message.from_address, Message.state)
                                   .where(Message.id.in_(part))):
            messages[row.id] = row
        for record in session.scalars(select(RetentionRecord).where(RetentionRecord.message_pk.in_(part))):
            retention[record.message_pk] = record
        for pk, filename in session.execute(select(Attachment.message_pk, Attachment.filename).where(Attachment.message_pk.in_(part))
                                            .order_by(Attachment.id)):
            attachments[pk].append(filename)
        for pk, label, count in session.execute(select(Finding.message_pk, Finding.label, func.count())
                                                .where(Finding.message_pk.in_(part)).group_by(Finding.message_pk, Finding.label)):
            findings[pk][label] = count
    restricted = _restrictions(session, "message", [str(pk) for pk in pks])
    holds = hold_reasons_by_message(session, pks)
    items = []
    for pk in pks:
        message = messages.get(pk)
        if message is None or message.state == "erased":
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
            holds=tuple(holds.get(pk, ())),
        ))
    items.sort(key=lambda item: (item.sent_at is None, item.sent_at.timestamp() if item.sent_at else 0, item.message_pk))
    return tuple(items)


def _source(sender: str, sent_by_subject: bool, own_domains: tuple[str, ...]) -> str:
    if sent_by_subject:
        return "e-post fra personen selv"
    if sender.rpartition("@")[2] in own_domains:
        return "e-post fra proESS"
    return f"e-post fra en annen ({sender or 'ukjent avsender'})"


def _totals(messages: tuple[MessageItem, ...]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for item in messages:
        for label, count in item.findings.items():
            totals[label] += count
    return dict(sorted(totals.items()))


def _record_retention(projects: list[Project], register: ProcessingActivity | None) -> str:
    rule = register.retention if register else ""
    if not projects:
        return f"{rule}; kunden har ingen registrerte prosjekter"
    open_projects = [p.project_id for p in projects if p.status != "closed" or p.closed_on is None]
    if open_projects:
        return f"{rule}; prosjekt {', '.join(open_projects)} pågår, så fristen er ikke satt"
    return f"{rule}; siste prosjekt avsluttet {max(p.closed_on for p in projects).isoformat()}"


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
        "request_id": r.id, "requested_on": r.requested_on.isoformat(), "deadline": r.deadline.isoformat(), "status": r.status,
        "answered_on": r.answered_on.isoformat() if r.answered_on else None,
    } for r in session.scalars(select(AccessRequest).where(condition).order_by(AccessRequest.id)))


def _holds_on(session: Session, customer_id: str, property_keys: list[str], project_ids: list[str]) -> list[str]:
    targets = [("customer", customer_id)] + [("property", k) for k in property_keys] + [("project", p) for p in project_ids]
    holds = session.scalars(select(LegalHold).where(LegalHold.lifted_at.is_(None)).order_by(LegalHold.id))
    return [f"#{h.id} {h.target_type} {h.target_id}: {h.reason}" for h in holds if (h.target_type, h.target_id) in targets]


# ---------------------------------------------------------------- the service the CLI calls

def lookup(session: Session, query: str, actor: str, hash_key: bytes, activities: tuple[ProcessingActivity, ...],
           own_domains: tuple[str, ...] = (), choice: int | None = None) -> LookupResult:
    """Find the subject(s) and gather everything about the one that matched, or the one chosen
    (1-based, in the order the candidates are listed); audited either way."""
    member = require(session, actor, LOOKUP)
    kind, candidates = find_candidates(session, query, hash_key)
    chosen = _chosen(candidates, choice)
    report = gather(session, chosen, hash_key, activities, own_domains) if chosen else None
    append_audit(session, actor=member.username, action="lookup", target_type="subject",
                 target_id=audit_ref(report.ref, hash_key) if report else "-",
                 details={"query_kind": kind, "candidates": len(candidates),
                          "messages": len(report.messages) if report else 0})
    return LookupResult(kind, tuple(candidates), report)


def _chosen(candidates: list[Candidate], choice: int | None) -> Candidate | None:
    if choice is None:
        return candidates[0] if len(candidates) == 1 else None
    if not 1 <= choice <= len(candidates):
        raise InputError(f"choose a number from 1 to {len(candidates)}")
    return candidates[choice - 1]


def audit_ref(ref: str, hash_key: bytes) -> str:
    """Customer ids go to the audit log as they are; a bare identifier goes as a keyed hash, not in clear."""
    label, sep, value = ref.partition(":")
    return f"{label}:{value_hash(label, value, hash_key)[:16]}" if sep else ref


# ---------------------------------------------------------------- output

def render_json(result: LookupResult) -> str:
    payload = {
        "query_kind": result.query_kind,
        "candidates": [{"ref": c.ref, "display": c.display, "customer_id": c.customer_id, "reasons": list(c.reasons)}
                       for c in result.candidates],
        "subject": asdict(result.report) if result.report else None,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def render_text(result: LookupResult, query: str) -> str:
    if not result.candidates:
        return f"Fant ingen personer som passer «{query}»."
    if result.report is None:
        return "\n".join([f"{len(result.candidates)} personer passer «{query}»:"] + [
            f"  {number}. {c.customer_id or c.identifier_label.lower()}  {c.display} – {'; '.join(c.reasons)}"
            for number, c in enumerate(result.candidates, 1)] + ["Velg én med --choose NUMMER."])
    return render_report(result.report)


def render_report(r: SubjectReport) -> str:
    lines = [f"{r.display}  ({r.ref}; treff på {'; '.join(r.matched_because)})"]
    if r.record:
        rec = r.record
        lines += [
            "Kunderegisteret:",
            f"  Navn: {rec.name}   E-post: {', '.join(rec.known_addresses) or '-'}   Telefon: {rec.phone or '-'}",
            f"  Adresse: {rec.address or '-'}",
            f"  Formål: {rec.purpose}",
            f"  Grunnlag: {rec.legal_basis}",
            f"  Oppbevares: {rec.retention}",
            f"  Kilde: {rec.source}",
        ]
        if rec.restricted:
            lines.append(f"  BEGRENSET: {rec.restricted}")
        lines += [f"  Rettet {c['at']}: {c['field']} = {c['new_value']!r} (grunn: {c['reason']}; av {c['by']})"
                  for c in rec.rectifications]
    if r.properties:
        lines.append("Eiendommer: " + ", ".join(f"{p['key']} ({p['kommune'] or '?'})" for p in r.properties))
    for p in r.projects:
        state = f"avsluttet {p['closed_on']}" if p["status"] == "closed" else "pågår"
        lines.append(f"Prosjekt {p['project_id']}: {p['title']} ({state})")
    lines += [f"Rettslig bevaring: {h}" for h in r.holds]
    lines.append(f"E-poster: {len(r.messages)}")
    for item in r.messages:
        when = item.sent_at.date().isoformat() if item.sent_at else "ukjent dato"
        keep = item.retain_until.isoformat() if item.retain_until else (item.retention_pending or "ikke satt")
        found = ", ".join(f"{label_name(label)} {n}" for label, n in item.findings.items()) or "ingen"
        lines.append(f"  #{item.message_pk} {when} «{item.subject or ''}» – {', '.join(item.why)}")
        lines.append(f"      kilde: {item.source}; vedlegg: {', '.join(item.attachments) or 'ingen'}")
        lines.append(f"      personopplysninger: {found}")
        lines.append(f"      formål: {item.purpose or '-'}; oppbevares til: {keep}")
        lines.append(f"      grunnlag: {item.legal_basis or '-'}")
        if item.restricted:
            lines.append(f"      BEGRENSET: {item.restricted}")
        lines += [f"      RETTSLIG BEVARING: {h}" for h in item.holds]
    if r.findings_by_category:
        lines.append("Personopplysninger i e-postene: " + ", ".join(
            f"{label_name(label)} {n}" for label, n in r.findings_by_category.items()))
    for c in r.consents:
        state = f"trukket tilbake {c['withdrawn_on']}" if c["withdrawn_on"] else "gyldig"
        lines.append(f"Samtykke #{c['consent_id']}: deling med {c['partner']} ({', '.join(c['data_categories'])}; "
                     f"prosjekt {c['project_id'] or 'alle'}; gitt {c['given_on']}; {state})")
    for d in r.disclosures:
        lines.append(f"Delt med {d['partner']} {d['disclosed_on']}: {', '.join(d['data_categories'])} (samtykke #{d['consent_id']})")
    for a in r.access_requests:
        lines.append(f"Innsynsbegjæring #{a['request_id']} {a['requested_on']}: frist {a['deadline']}, status {a['status']}")
    return "\n".join(lines)
