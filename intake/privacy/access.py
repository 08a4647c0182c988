"""`intake access-request`: register a request, track its deadline, and build the access package.

The package (folder ``innsyn-<request id>``, written by the caller) holds ``innsyn.txt`` (the readable answer to
GDPR art. 15(1)(a)-(h) and 15(2)), ``data.json`` (a copy of the data, art. 15(3)) and
``vedlegg/`` (the attachments as they were received). Staff read it through before
sending: mail about a person can also hold other people's data (art. 15(4)).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import open_bytes, open_text
from intake.privacy.lookup import SubjectReport, _gather
from intake.privacy.requests import open_or_register
from intake.privacy.subjects import _resolve_one
from intake.privacy.staff import require
from models import AccessRequest, Attachment, Blob, StoredFinding, Message, Participant
from models.audit import append_audit
from rules.access import AccessFacts, Controller, DisclosureFact, RetentionFact, access_document
from rules.processing import CUSTOMER_REGISTER, PARTNER_SHARING, ProcessingActivity
from rules.labels import record_field_name
from rules.letters import DEFAULT_LETTERHEAD, Letterhead
from rules.vocabulary import RequestKind, StaffAction


def register(session: Session, actor: str | None, query: str, hash_key: bytes, requested_on: date | None,
             own_domains: tuple[str, ...] = ()) -> AccessRequest:
    """The subject's open access request (or a new one from ``requested_on``, default today) with its one-month
    deadline; a received date staff give for an open request corrects it (see open_or_register, also for
    ``own_domains``, the firm's mail domains)."""
    member = require(session, actor, StaffAction.ACCESS_REQUEST)
    candidate = _resolve_one(session, query, hash_key)
    return open_or_register(session, member.username, candidate, hash_key, RequestKind.ACCESS, requested_on,
                            own_domains=own_domains)


def build_package(session: Session, actor: str | None, query: str, request: AccessRequest, hash_key: bytes,
                  controller: Controller, activities: tuple[ProcessingActivity, ...], own_domains: tuple[str, ...] = (),
                  today: date | None = None, firm_identifiers: tuple[tuple[str, str], ...] = (),
                  letterhead: Letterhead = DEFAULT_LETTERHEAD) -> tuple[str, list[tuple[str, bytes]]]:
    """The access package for the subject ``query`` names, as (folder name, [(path in the folder, bytes)]);
    the request is marked answered and the export audited. Nothing is written to disk here. The firm's own
    identifiers in the mail (``firm_identifiers``, staff names, ``own_domains``) are counted apart: they are
    not the subject's data."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    report = _gather(session, _resolve_one(session, query, hash_key), hash_key, activities, own_domains, firm_identifiers)
    files: list[tuple[str, bytes]] = []
    copies = _message_copies(session, report, files)
    facts = _facts(report, request)
    data = {"request": {"id": request.id, "requested_on": request.requested_on.isoformat(), "deadline": request.deadline.isoformat()},
            "subject": asdict(report), "messages": copies}
    files.insert(0, ("innsyn.txt", access_document(facts, controller, activities, today, letterhead).encode("utf-8")))
    files.insert(1, ("data.json", json.dumps(data, ensure_ascii=False, indent=2, default=_iso).encode("utf-8")))
    # Written is not sent: the request is answered when staff say so (intake requests answer ID --sent DATE).
    append_audit(session, actor=member.username, action="access_request.export", target_type="subject",
                 target_id=request.subject_ref, details={"request_id": request.id, "messages": len(report.messages),
                                                         "attachments": sum(len(c["attachments"]) for c in copies)})
    return f"innsyn-{request.id}", files


def _facts(report: SubjectReport, request: AccessRequest) -> AccessFacts:
    keys = [CUSTOMER_REGISTER] if report.record else []
    keys += sorted({item.category for item in report.messages if item.category})
    if report.consents:
        keys.append(PARTNER_SHARING)
    by_category: dict[str, list] = {}
    for item in report.messages:
        by_category.setdefault(item.category or "-", []).append(item)
    retention = tuple(RetentionFact(
        activity_key=category, items=len(items),
        latest_until=max((i.retain_until for i in items if i.retain_until), default=None),
        pending=sum(1 for i in items if i.retain_until is None)) for category, items in sorted(by_category.items()))
    record_fields = ()
    if report.record:
        record_fields = tuple(record_field_name(key) for key in ("name", "email", "phone") if getattr(report.record, key))
        record_fields += ("adresse",) if report.record.address else ()
        record_fields += ("eiendommer",) if report.properties else ()
        record_fields += ("prosjekter",) if report.projects else ()
    restricted = sum(1 for item in report.messages if item.restricted) + (1 if report.record and report.record.restricted else 0)
    return AccessFacts(
        subject=report.display, name=report.record.name if report.record else None,
        customer_number=report.record.customer_id if report.record else None,
        requested_on=request.requested_on, deadline=request.deadline,
        activity_keys=tuple(dict.fromkeys(keys)), record_fields=record_fields,
        found_labels=tuple(sorted(report.findings_by_category.items())),
        firm_labels=tuple(sorted(report.firm_findings_by_category.items())),
        messages=len(report.messages), attachments=sum(len(i.attachments) for i in report.messages),
        disclosures=tuple(DisclosureFact(d["partner"], date.fromisoformat(d["disclosed_on"]), tuple(d["data_categories"]))
                          for d in report.disclosures),
        retention=retention, restricted=restricted,
        from_others=sum(1 for item in report.messages if not item.sent_by_subject),
    )


def _message_copies(session: Session, report: SubjectReport, package_files: list[tuple[str, bytes]]) -> list[dict]:
    """Each message as data.json holds it; its attachments are added to ``package_files`` under vedlegg/."""
    copies = []
    for item in report.messages:
        message = session.get(Message, item.message_pk)
        participants = session.execute(select(Participant.role, Participant.address, Participant.display_name)
                                       .where(Participant.message_pk == item.message_pk).order_by(Participant.id)).all()
        findings = Counter(session.scalars(select(StoredFinding.label).where(StoredFinding.message_pk == item.message_pk)))
        files = []
        for attachment in session.scalars(select(Attachment).where(Attachment.message_pk == item.message_pk).order_by(Attachment.id)):
            blob = session.get(Blob, attachment.blob_sha256) if attachment.blob_sha256 else None
            if blob is not None and blob.content is not None:
                name = f"{item.message_pk}-{attachment.id}-{_safe_name(attachment.filename)}"
                package_files.append((f"vedlegg/{name}", open_bytes(session, blob.key_id, blob.content)))
                files.append({"filename": attachment.filename, "content_type": attachment.content_type, "file": f"vedlegg/{name}"})
        copies.append({
            "message_pk": item.message_pk, "sent_at": message.sent_at, "subject": message.subject,
            "participants": [{"role": p.role, "address": p.address, "name": p.display_name} for p in participants],
            "body": open_text(session, message.key_id, message.body_text), "attachments": files, "personal_data_found": dict(sorted(findings.items())),
        })
    return copies


def _safe_name(filename: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", filename)[:100] or "vedlegg"


def _iso(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def controller_from(processing) -> Controller:
    return Controller(processing.controller, processing.controller_contact, processing.supervisory_authority,
                      processing.third_country_transfers)
