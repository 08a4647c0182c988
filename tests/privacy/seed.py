"""A small, fully known world for the privacy tests: staff, customers, mail, retention.

Dates are relative to today, so the retention outcomes do not drift with the calendar.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from models import (
    Attachment, Blob, Customer, CustomerAddress, CustomerProperty, StoredFinding, Message, MessageCustomerLink,
    MessagePropertyLink, Participant, Project, Property, RetentionRecord, StaffUser,
)
from models.session import transaction
from rules.detection.identifiers import value_hash
from rules.retention import add_months

HASH_KEY = b"privacy-test-key"
TODAY = date.today()
FNR = "15076500565"
INGRID_PHONE = "+4791234567"
SECRET_BODY = "Fødselsnummeret mitt er 150765 00565, ring 912 34 567."
ATTACHMENT_BYTES = b"%PDF-1.4 tegning for Skogveien 14"
CATALOGUE_BYTES = b"%PDF-1.4 takstein katalog"


@dataclass(frozen=True)
class World:
    open_project_mail: int  # K1, open project: kept for legal claims
    neighbour_mail: int  # unlinked, mentions K1's phone: found only by detection
    invoice: int  # K1 accounting document: kept under bokføringsloven
    closed_project_mail: int  # K2, project closed two years ago
    expired_unlinked: int  # past its date: due
    expired_on_hold: int  # past its date, but on hold once a hold is set
    expired_old_project: int  # K4, project closed 14 years ago: due


STAFF = [
    ("admin", "administrator", date(2024, 1, 1), True),
    ("kari", "staff", date(2024, 2, 1), True),
    ("rita", "records_manager", date(2024, 2, 1), True),
    ("ola", "records_manager", date(2024, 3, 1), True),
    ("nils", "staff", None, True),
    ("gammel", "records_manager", date(2020, 1, 1), False),
]


def seed(sessions) -> World:
    with transaction(sessions) as session:
        for username, role, signed, active in STAFF:
            session.add(StaffUser(username=username, full_name=username.title(), role=role,
                                  confidentiality_signed_on=signed, active=active, os_user=username))
        _records(session)
        session.flush()
        world = World(
            open_project_mail=_message(session, "<m1@x>", "Tilbygg Skogveien 14", SECRET_BODY, "ingrid.solberg@gmail.com",
                                       ["post@proess.no"], days_ago=30, linked="K1001", property_key="3201-12/345",
                                       findings=[("NATIONAL_ID", "150765 00565", FNR), ("PHONE", "912 34 567", INGRID_PHONE),
                                                 ("PERSON", "Ingrid Solberg", None)],
                                       retention=("customer_correspondence", None, "prosjekt P2024-017 er ikke avsluttet"),
                                       attachment=("tegning.pdf", ATTACHMENT_BYTES)),
            neighbour_mail=_message(session, "<m2@x>", "Støy fra byggeplassen", "Ring Ingrid på 91234567.", "nabo@example.no",
                                    ["post@proess.no"], days_ago=20, findings=[("PHONE", "91234567", INGRID_PHONE)],
                                    retention=("unlinked_mail", add_months(TODAY, 6), None)),
            invoice=_message(session, "<m3@x>", "Faktura 1001", "Faktura for prosjektering.", "post@proess.no",
                             ["ingrid.solberg@gmail.com"], days_ago=10, linked="K1001",
                             retention=("accounting_document", add_months(TODAY, 48), None)),
            closed_project_mail=_message(session, "<m4@x>", "Garasje", "Takk for tegningene.", "magnus.haugen@online.no",
                                         ["post@proess.no"], days_ago=800, linked="K1002",
                                         retention=("customer_correspondence", add_months(TODAY, 132), None)),
            expired_unlinked=_message(session, "<m5@x>", "Nyhetsbrev", "Tilbud på takstein.", "nyhet@leverandor.no",
                                      ["post@proess.no"], days_ago=800, retention=("unlinked_mail", TODAY - timedelta(days=400), None),
                                      attachment=("katalog.pdf", CATALOGUE_BYTES)),
            expired_on_hold=_message(session, "<m6@x>", "Klage", "Vi klager på tiltaket.", "advokat@example.no",
                                     ["post@proess.no"], days_ago=800, retention=("unlinked_mail", TODAY - timedelta(days=300), None)),
            expired_old_project=_message(session, "<m7@x>", "Gammelt prosjekt", "Hei igjen.", "old@example.no",
                                         ["post@proess.no"], days_ago=5500, linked="K1004",
                                         retention=("customer_correspondence", TODAY - timedelta(days=200), None)),
        )
    return world


def _records(session) -> None:
    customers = [
        ("K1001", "Ingrid Solberg", "ingrid.solberg@gmail.com", "+47 912 34 567", "Skogveien 14"),
        ("K1002", "Magnus Haugen", "magnus.haugen@online.no", "48123456", "Løkkeåsveien 7"),
        ("K1003", "Ingrid Berg", "ingrid.berg@example.no", None, None),
        ("K1004", "Olav Gammel", "old@example.no", None, None),
    ]
    for customer_id, name, email, phone, street in customers:
        session.add(Customer(customer_id=customer_id, name=name, email=email, phone=phone, street_address=street,
                             postcode="1338" if street else None, city="Sandvika" if street else None))
        session.add(CustomerAddress(customer_id=customer_id, address=email, source="records"))
    prop = Property(key="3201-12/345", kommunenr="3201", kommune="Bærum", gnr=12, bnr=345)
    session.add(prop)
    session.flush()
    session.add(CustomerProperty(customer_id="K1001", property_id=prop.id))
    session.add_all([
        Project(project_id="P2024-017", customer_id="K1001", property_id=prop.id, title="Tilbygg", status="open"),
        Project(project_id="P2023-002", customer_id="K1002", title="Garasje", status="closed", closed_on=add_months(TODAY, -24)),
        Project(project_id="P2012-001", customer_id="K1004", title="Enebolig", status="closed", closed_on=add_months(TODAY, -14 * 12)),
    ])


def _message(session, message_id, subject, body, sender, recipients, *, days_ago, retention, linked=None,
             property_key=None, findings=(), attachment=None) -> int:
    raw = f"Message-ID: {message_id}\nSubject: {subject}\n\n{body}".encode()
    sha = hashlib.sha256(raw).hexdigest()
    session.add(Blob(sha256=sha, size=len(raw), content=raw))
    message = Message(raw_sha256=sha, message_id_header=message_id, state="stored", subject=subject, body_text=body,
                      from_address=sender, sent_at=datetime.now(timezone.utc) - timedelta(days=days_ago), size=len(raw))
    message.participants = [Participant(role="from", address=sender, display_name=None)] + [
        Participant(role="to", address=r, display_name=None) for r in recipients]
    session.add(message)
    session.flush()
    if attachment:
        name, content = attachment
        attachment_sha = hashlib.sha256(content).hexdigest()
        session.add(Blob(sha256=attachment_sha, size=len(content), content=content))
        session.flush()
        session.add(Attachment(message_pk=message.id, filename=name, content_type="application/pdf", size=len(content),
                               blob_sha256=attachment_sha, text="tegning"))
    for label, text, normalized in findings:
        start = body.find(text)
        session.add(StoredFinding(message_pk=message.id, part="body", label=label, text=text, start=max(start, 0),
                            end=max(start, 0) + len(text), score=0.99, recognizer="test",
                            value_hash=value_hash(label, normalized, HASH_KEY) if normalized else None))
    if linked:
        session.add(MessageCustomerLink(message_pk=message.id, customer_id=linked, method="sender_address", confidence=1.0, reasons=[]))
    if property_key:
        session.add(MessagePropertyLink(message_pk=message.id, property_key=property_key, mention_text=property_key,
                                        property_id=session.scalar(Property.__table__.select().with_only_columns(Property.id)
                                                                   .where(Property.key == property_key))))
    category, retain_until, pending = retention
    session.add(RetentionRecord(message_pk=message.id, category=category, legal_basis=f"grunnlag for {category}", data_categories=[],
                                anchor_event="received", retain_until=retain_until, pending_reason=pending, legal_hold=False))
    session.flush()
    return message.id
