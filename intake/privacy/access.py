"""`intake access-request`: register a request, track its deadline, and write the access package.

The package in ``DIR/innsyn-<request id>/`` holds ``innsyn.txt`` (the readable answer to
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
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.privacy.lookup import SubjectReport, gather
from intake.privacy.requests import mark_answered, open_or_register
from intake.privacy.subjects import resolve_one
from intake.privacy.staff import require
from models import AccessRequest, Attachment, Blob, Finding, Message, Participant
from models.audit import append_audit
from rules.access import ACCESS, AccessFacts, Controller, DisclosureFact, RetentionFact, access_document
from rules.processing import CUSTOMER_REGISTER, PARTNER_SHARING, ProcessingActivity
from rules.staff import ACCESS_REQUEST


def register(session: Session, actor: str | None, query: str, hash_key: bytes, requested_on: date,
             activities: tuple[ProcessingActivity, ...]) -> tuple[AccessRequest, SubjectReport]:
    """The subject's open access request (or a new one from ``requested_on``) with its one-month deadline."""
    member = require(session, actor, ACCESS_REQUEST)
    candidate = resolve_one(session, query, hash_key)
    report = gather(session, candidate, hash_key, activities)
    return open_or_register(session, member.username, candidate, hash_key, ACCESS, requested_on), report


def write_package(session: Session, actor: str | None, request: AccessRequest, report: SubjectReport, out_dir: Path,
                  controller: Controller, activities: tuple[ProcessingActivity, ...], today: date | None = None) -> Path:
    today = today or date.today()
    member = require(session, actor, ACCESS_REQUEST, today)
    folder = Path(out_dir) / f"innsyn-{request.id}"
    attachments_dir = folder / "vedlegg"
    attachments_dir.mkdir(parents=True, exist_ok=True)
    copies = _message_copies(session, report, attachments_dir)
    facts = _facts(report, request)
    (folder / "innsyn.txt").write_text(access_document(facts, controller, activities, today), encoding="utf-8")
    data = {"request": {"id": request.id, "requested_on": request.requested_on.isoformat(), "deadline": request.deadline.isoformat()},
            "subject": asdict(report), "messages": copies}
    (folder / "data.json").write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_iso), encoding="utf-8")
    mark_answered(session, request, member.username, today)
    append_audit(session, actor=member.username, action="access_request.export", target_type="subject",
                 target_id=request.subject_ref, details={"request_id": request.id, "messages": len(report.messages),
                                                         "attachments": sum(len(c["attachments"]) for c in copies)})
    return folder


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
        names = {"name": "navn", "email": "e-postadresse", "phone": "telefonnummer", "address": "adresse"}
        record_fields = tuple(label for key, label in names.items() if getattr(report.record, key))
        record_fields += ("eiendommer",) if report.properties else ()
        record_fields += ("prosjekter",) if report.projects else ()
    restricted = sum(1 for item in report.messages if item.restricted) + (1 if report.record and report.record.restricted else 0)
    return AccessFacts(
        subject=f"{report.display} ({report.ref})", requested_on=request.requested_on, deadline=request.deadline,
        activity_keys=tuple(dict.fromkeys(keys)), record_fields=record_fields,
        found_labels=tuple(sorted(report.findings_by_category.items())),
        messages=len(report.messages), attachments=sum(len(i.attachments) for i in report.messages),
        disclosures=tuple(DisclosureFact(d["partner"], date.fromisoformat(d["disclosed_on"]), tuple(d["data_categories"]))
                          for d in report.disclosures),
        retention=retention, restricted=restricted,
        from_others=sum(1 for item in report.messages if not item.sent_by_subject),
    )


def _message_copies(session: Session, report: SubjectReport, attachments_dir: Path) -> list[dict]:
    copies = []
    for item in report.messages:
        message = session.get(Message, item.message_pk)
        participants = session.execute(select(Participant.role, Participant.address, Participant.display_name)
                                       .where(Participant.message_pk == item.message_pk).order_by(Participant.id)).all()
        findings = Counter(session.scalars(select(Finding.label).where(Finding.message_pk == item.message_pk)))
        files = []
        for attachment in session.scalars(select(Attachment).where(Attachment.message_pk == item.message_pk).order_by(Attachment.id)):
            blob = session.get(Blob, attachment.blob_sha256) if attachment.blob_sha256 else None
            if blob is not None and blob.content is not None:
                name = f"{item.message_pk}-{attachment.id}-{_safe_name(attachment.filename)}"
                (attachments_dir / name).write_bytes(blob.content)
                files.append({"filename": attachment.filename, "content_type": attachment.content_type, "file": f"vedlegg/{name}"})
        copies.append({
            "message_pk": item.message_pk, "sent_at": message.sent_at, "subject": message.subject,
            "participants": [{"role": p.role, "address": p.address, "name": p.display_name} for p in participants],
            "body": message.body_text, "attachments": files, "personal_data_found": dict(sorted(findings.items())),
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
