"""`intake lookup` for a property: its records, the people tied to it, and every message about it, with why.

A query is a property when it is written as a property ID in any of the usual forms
("gnr 27 bnr 9", "3201-27/9", "27/9 i Bærum") or as a street address ("Lyngveien 3",
"Storgt. 9 B, 2000 Lillestrøm"). A property ID need not be in the records: mail that
named it is found through its property links. An address is matched against the
properties' addresses in the records however it is written; an address no property
has is looked for among the addresses detection found in the mail.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import open_text
from intake.sealing import finding_address_at
from models import (
    Customer, CustomerProperty, StoredFinding, Message, MessageCustomerLink, MessagePropertyLink, Project, Property,
    RetentionRecord,
)
from rules.labels import PROPERTY_LINK_ROLE_NAMES as ROLE_WORDS, PROPERTY_REASON_NAMES as REASON_WORDS
from rules.wording import NOT_RECORDED, norwegian_date, recorded

PROPERTY_ID, ADDRESS = "property", "address"
# A street name (one or more words, the last ending the name) followed by a house number and maybe a letter.
_ADDRESS_SHAPE = re.compile(r"^\s*[A-Za-zÆØÅæøåÉéÜü.' -]{3,}\s\d{1,4}\s?[A-Za-z]?\b")

@dataclass(frozen=True)
class PropertyMessage:
    message_pk: int
    sent_at: datetime | None
    subject: str | None
    from_address: str | None
    property_key: str
    role: str
    reasons: tuple[dict, ...]  # {"signal", "weight", "detail"}
    retain_until: date | None
    retention_pending: str | None


@dataclass(frozen=True)
class PropertyReport:
    query_kind: str  # property | address
    keys: tuple[str, ...]
    records: tuple[dict, ...]
    people: tuple[dict, ...]
    messages: tuple[PropertyMessage, ...]


def property_query(query: str) -> tuple[str, str] | None:
    """(kind, normalized value) when the query names a property, else None."""
    from rules.linking.property_ids import parse_property_id  # its patterns compile on import: only when needed

    pid = parse_property_id(query)
    if pid is not None and re.search(r"\d\s*/\s*\d|\b(?:g\.?\s?nr|b\.?\s?nr|gnr|bnr|gårdsnr|bruksnr)\b", query, re.I):
        return PROPERTY_ID, pid.key()
    if "@" not in query and _ADDRESS_SHAPE.match(query):
        from rules.linking.places import street_form  # its patterns compile on import: only for an address

        return ADDRESS, street_form(query)
    return None


def find_property(session: Session, query: str) -> PropertyReport | None:
    named = property_query(query)
    if named is None:
        return None
    kind, value = named
    messages: dict[tuple[int, str], dict] = {}
    if kind == PROPERTY_ID:
        keys = _keys_by_id(session, value)
    else:
        keys = property_keys_by_address(session, value)
        if not keys:
            _messages_by_detected_address(session, value, messages)
    _messages_by_link(session, sorted(keys), messages)
    return PropertyReport(
        query_kind=kind, keys=tuple(sorted(keys)), records=tuple(_records(session, sorted(keys))),
        people=tuple(_people(session, sorted(keys), [pk for pk, _ in messages])),
        messages=tuple(_message_items(session, messages)),
    )


def _keys_by_id(session: Session, key: str) -> set[str]:
    """The property with this key, and its sections ("gnr 207 bnr 12" covers 207/12/0/5); without a kommune,
    this gnr/bnr in any kommune, in the records or in the mail."""
    kommunenr, _, unit = key.partition("-")
    prefix = key if kommunenr.isdigit() else None
    patterns = [key, f"{key}/%"] if prefix else [f"%-{unit}", f"%-{unit}/%"]
    found: set[str] = set()
    for pattern in patterns:
        found |= set(session.scalars(select(Property.key).where(Property.key.like(pattern))))
        found |= set(session.scalars(select(MessagePropertyLink.property_key)
                                     .where(MessagePropertyLink.property_key.like(pattern)).distinct()))
    return found or {key}


def property_keys_by_address(session: Session, canonical: str) -> set[str]:
    """Properties whose address is the one asked for; a postcode or place in the query must agree."""
    from rules.linking.places import street_form  # its patterns compile on import: only for an address

    street = re.match(r"^(.*?\d+[a-z]?)(?![a-z0-9])", canonical)
    if street is None:
        return set()
    wanted, rest = street.group(1).strip(), canonical[street.end():]
    postcode = re.search(r"\b(\d{4})\b", rest)
    keys = set()
    for key, address, code, city in session.execute(
            select(Property.key, Property.street_address, Property.postcode, Property.city)
            .where(Property.street_address.is_not(None))):
        if street_form(address) != wanted:
            continue
        if postcode and code and postcode.group(1) != code:
            continue
        keys.add(key)
    return keys


def _messages_by_link(session: Session, keys: list[str], messages: dict) -> None:
    if not keys:
        return
    for link in session.scalars(select(MessagePropertyLink).where(MessagePropertyLink.property_key.in_(keys))):
        reasons = tuple(link.reasons or ()) or (
            {"signal": "property_id", "weight": None, "detail": f"{link.mention_text} written"},)
        messages[(link.message_pk, link.property_key)] = {"role": link.role or "concerns", "reasons": reasons}


def _messages_by_detected_address(session: Session, canonical: str, messages: dict) -> None:
    """An address no property in the records has: the addresses detection found in the mail."""
    from rules.finding_search import street_and_number  # with rules.linking.places: only for an address
    from rules.linking.places import street_form

    number = re.search(r"\d+", canonical)
    wanted = street_and_number(canonical) or canonical.split(",")[0].strip()
    for pk, sealed, hashed, key_id in session.execute(
            select(StoredFinding.message_pk, StoredFinding.text, StoredFinding.text_hash, Message.key_id)
            .join(Message, Message.id == StoredFinding.message_pk)
            .where(finding_address_at(session, wanted, number.group()))):
        text = open_text(session, key_id, sealed)
        # A sealed value matched by its keyed hash; a value not sealed yet is compared here.
        if hashed is not None or street_form(text).startswith(canonical.split(",")[0].strip()):
            messages[(pk, "")] = {"role": "concerns", "reasons": (
                {"signal": "address_found", "weight": None, "detail": f"address {text} found by detection"},)}


def _records(session: Session, keys: list[str]) -> list[dict]:
    found = {p.key: p for p in session.scalars(select(Property).where(Property.key.in_(keys)))} if keys else {}
    records = []
    for key in keys:
        prop = found.get(key)
        projects = []
        if prop is not None:
            projects = [{"project_id": p.project_id, "title": p.title, "status": p.status, "customer_id": p.customer_id,
                         "closed_on": p.closed_on.isoformat() if p.closed_on else None}
                        for p in session.scalars(select(Project).where(Project.property_id == prop.id)
                                                 .order_by(Project.project_id))]
        records.append({
            "key": key, "in_records": prop is not None, "kommune": prop.kommune if prop else None,
            "street_address": prop.street_address if prop else None, "postcode": prop.postcode if prop else None,
            "city": prop.city if prop else None, "projects": projects,
        })
    return records


def _people(session: Session, keys: list[str], message_pks: list[int]) -> list[dict]:
    why: dict[str, set[str]] = defaultdict(set)
    if keys:
        for customer_id, key in session.execute(
                select(CustomerProperty.customer_id, Property.key).join(Property, Property.id == CustomerProperty.property_id)
                .where(Property.key.in_(keys))):
            why[customer_id].add("owner")
    if keys:  # a neighbour's property named in passing does not tie the writer's customer to it
        concerning = set(session.scalars(select(MessagePropertyLink.message_pk).where(
            MessagePropertyLink.property_key.in_(keys), MessagePropertyLink.role == "concerns")))
    else:
        concerning = set(message_pks)
    for start in range(0, len(concerning), 1000):
        part = sorted(concerning)[start:start + 1000]
        for customer_id in session.scalars(select(MessageCustomerLink.customer_id)
                                           .where(MessageCustomerLink.message_pk.in_(part)).distinct()):
            why[customer_id].add("linked_mail")
    names = {cid: name for cid, name in session.execute(
        select(Customer.customer_id, Customer.name).where(Customer.customer_id.in_(list(why))))} if why else {}
    return [{"customer_id": cid, "name": names.get(cid, ""), "why": sorted(why[cid])} for cid in sorted(why)]


def _message_items(session: Session, messages: dict) -> list[PropertyMessage]:
    pks = sorted({pk for pk, _ in messages})
    rows, retention = {}, {}
    for start in range(0, len(pks), 1000):
        part = pks[start:start + 1000]
        for row in session.execute(select(Message.id, Message.sent_at, Message.subject, Message.from_address, Message.state)
                                   .where(Message.id.in_(part))):
            rows[row.id] = row
        for record in session.execute(select(RetentionRecord.message_pk, RetentionRecord.retain_until,
                                             RetentionRecord.pending_reason).where(RetentionRecord.message_pk.in_(part))):
            retention[record.message_pk] = record
    items = []
    for (pk, key), found in messages.items():
        row = rows.get(pk)
        if row is None or row.state == "erased":
            continue
        record = retention.get(pk)
        items.append(PropertyMessage(pk, row.sent_at, row.subject, row.from_address, key, found["role"], found["reasons"],
                                     record.retain_until if record else None, record.pending_reason if record else None))
    items.sort(key=lambda i: (i.sent_at is None, i.sent_at.timestamp() if i.sent_at else 0, i.message_pk))
    return items


def render_property_text(report: PropertyReport, query: str) -> list[str]:
    lines = []
    if not report.keys and not report.messages:
        return [f"Ingen eiendom i registeret og ingen e-post passer «{query}»."]
    for record in report.records:
        where = ", ".join(filter(None, (record["street_address"], " ".join(filter(None, (record["postcode"], record["city"]))))))
        if record["in_records"]:
            lines.append(f"Eiendom {record['key']} ({record['kommune'] or f'kommune {NOT_RECORDED}'}){': ' + where if where else ''}")
        else:
            lines.append(f"Eiendom {record['key']}: ikke i kunderegisteret")
        for p in record["projects"]:
            state = f"avsluttet {norwegian_date(p['closed_on'])}" if p["status"] == "closed" and p["closed_on"] else "pågår"
            lines.append(f"  Prosjekt {p['project_id']}: {p['title']} ({state}; kunde {p['customer_id']})")
    if not report.keys:
        lines.append(f"Ingen eiendom i kunderegisteret har adressen «{query}»; e-post der adressen er funnet:")
    people_words = {"owner": "eier i kunderegisteret", "linked_mail": "knyttet til e-post om eiendommen"}
    if report.people:
        lines.append("Personer knyttet til eiendommen:")
        lines += [f"  {p['customer_id']}  {p['name']} – {', '.join(people_words[w] for w in people_words if w in p['why'])}"
                  for p in report.people]
    lines.append(f"E-poster om eiendommen: {len(report.messages)}")
    for item in report.messages:
        when = norwegian_date(item.sent_at.date()) if item.sent_at else "ukjent dato"
        keep = norwegian_date(item.retain_until) if item.retain_until else (item.retention_pending or "ikke satt")
        why = "; ".join(dict.fromkeys(REASON_WORDS.get(r["signal"], r["signal"]) for r in item.reasons))
        role = "" if item.role == "concerns" else f" ({ROLE_WORDS.get(item.role, item.role)})"
        about = f"{item.property_key}: " if len(report.keys) > 1 else ""
        lines.append(f"  #{item.message_pk} {when} «{item.subject or ''}» – {about}{why}{role}")
        lines.append(f"      avsender: {recorded(item.from_address)}; oppbevares til: {keep}")
    return lines
