"""The web app's one door to the service layer: each function is one operation for one page.

Every function takes the composition root (``App``), the acting staff member's username
and plain arguments, runs in one transaction, and leaves permission checks, refusals and
audit entries to the guarded functions it calls (``intake.privacy``, ``intake.privacy.lookup``,
``intake.ingest.review``), exactly as the CLI does. Pages import only this module, so when the
service API (``intake/services/``) grows, only these bodies change.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from intake.app import App
from intake.errors import InputError
from models.session import transaction


# ---------------------------------------------------------------- search and person

@dataclass(frozen=True)
class SearchResult:
    query_kind: str
    candidates: tuple  # intake.privacy.subjects.Candidate


def search(app: App, actor: str, query: str) -> SearchResult:
    """Who a query matches and why; audited as a lookup that listed candidates (as the CLI's)."""
    from intake.privacy.staff import require
    from intake.privacy.subjects import find_candidates
    from models.audit import append_audit
    from rules.staff import LOOKUP

    with transaction(app.sessions) as session:
        member = require(session, actor, LOOKUP)
        kind, candidates = find_candidates(session, query, app.hash_key)
        append_audit(session, actor=member.username, action="lookup", target_type="subject", target_id="-",
                     details={"query_kind": kind, "candidates": len(candidates), "messages": 0, "via": "web"})
    return SearchResult(kind, tuple(candidates))


def person(app: App, actor: str, query: str, choice: int | None):
    """Everything held about one person (``intake.privacy.lookup.LookupResult``), audited as a lookup."""
    from intake.privacy.lookup import lookup

    with transaction(app.sessions) as session:
        return lookup(session, query, actor, app.hash_key, app.config.processing.activities,
                      app.config.mailbox.own_domains, choice)


def access_package(app: App, actor: str, query: str, received: date) -> tuple[str, bytes]:
    """Register (or find) the person's access request, write the package and return it as a zip."""
    from intake.privacy import access

    with tempfile.TemporaryDirectory(prefix="intake-innsyn-") as tmp, transaction(app.sessions) as session:
        request, report = access.register(session, actor, query, app.hash_key, received, app.config.processing.activities)
        folder = access.write_package(session, actor, request, report, Path(tmp), access.controller_from(app.config.processing),
                                      app.config.processing.activities)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        return f"{folder.name}.zip", buffer.getvalue()


def rectify(app: App, actor: str, customer_id: str, changes: dict[str, str], reason: str) -> int:
    from intake.privacy.rectify import rectify as run

    with transaction(app.sessions) as session:
        return len(run(session, actor, customer_id, changes, reason))


@dataclass(frozen=True)
class ErasureView:
    applied: bool
    erased: tuple  # rules.erasure.ErasureDecision
    kept: tuple
    answer: str  # the text for the person (Norwegian)


def erasure(app: App, actor: str, query: str, dry_run: bool, received: date | None = None) -> ErasureView:
    from intake.privacy.erasure import erase_subject, render_answer

    with transaction(app.sessions) as session:
        outcome = erase_subject(session, actor, query, app.hash_key, app.config.retention.policies,
                                app.config.processing.activities, dry_run=dry_run, received_on=received)
        return ErasureView(outcome.applied, tuple(outcome.erased), tuple(outcome.kept), render_answer(outcome))


# ---------------------------------------------------------------- one message

@dataclass(frozen=True)
class Segment:
    text: str
    label: str | None = None  # the finding's label when this piece is personal data


@dataclass(frozen=True)
class MessageView:
    message_pk: int
    state: str
    message_id: str | None
    subject: tuple[Segment, ...]
    sent_at: datetime | None
    stored_at: datetime
    participants: tuple[tuple[str, str, str | None], ...]  # role, address, display name
    body: tuple[Segment, ...]
    quarantine_reason: str | None
    parse_defects: str | None
    attachments: tuple[dict, ...]
    customer_links: tuple[dict, ...]
    property_links: tuple[dict, ...]
    findings_by_label: dict[str, int]
    retention: dict | None
    holds: tuple[str, ...]
    restricted: str | None
    review: dict | None
    audit: tuple[dict, ...] = field(default=())


def message(app: App, actor: str, message_pk: int) -> MessageView:
    """One stored message with its findings, links, retention and audit trail; the view is audited."""
    from intake.privacy.holds import hold_reasons_by_message
    from intake.privacy.staff import require
    from models import (
        Attachment, AuditEntry, Finding, Message, MessageCustomerLink, MessagePropertyLink, Participant, Restriction,
        RetentionRecord, ReviewItem,
    )
    from models.audit import append_audit
    from rules.staff import LOOKUP

    with transaction(app.sessions) as session:
        member = require(session, actor, LOOKUP)
        stored = session.get(Message, message_pk)
        if stored is None:
            raise InputError(f"no message #{message_pk}")
        findings = list(session.scalars(select(Finding).where(Finding.message_pk == message_pk).order_by(Finding.start)))
        by_part: dict[str, list] = {}
        for finding in findings:
            by_part.setdefault(finding.part, []).append(finding)
        counts: dict[str, int] = {}
        for finding in findings:
            counts[finding.label] = counts.get(finding.label, 0) + 1
        attachments = tuple({
            "id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
            "available": a.blob_sha256 is not None,
            "findings": _label_counts(by_part.get(a.filename, ())), "text_error": a.text_error,
        } for a in session.scalars(select(Attachment).where(Attachment.message_pk == message_pk).order_by(Attachment.id)))
        record = session.get(RetentionRecord, message_pk)
        restriction = session.scalar(select(Restriction).where(Restriction.target_type == "message",
                                                               Restriction.target_id == str(message_pk)))
        review = session.scalar(select(ReviewItem).where(ReviewItem.message_pk == message_pk))
        trail = tuple({"at": e.at, "actor": e.actor, "action": e.action, "details": e.details}
                      for e in session.scalars(select(AuditEntry).where(AuditEntry.target_type == "message",
                                                                        AuditEntry.target_id == str(message_pk))
                                               .order_by(AuditEntry.id.desc()).limit(50)))
        view = MessageView(
            message_pk=stored.id, state=stored.state, message_id=stored.message_id_header,
            subject=tuple(highlight(stored.subject or "", by_part.get("subject", ()))),
            sent_at=stored.sent_at, stored_at=stored.stored_at,
            participants=tuple((p.role, p.address, p.display_name) for p in session.scalars(
                select(Participant).where(Participant.message_pk == message_pk).order_by(Participant.id))),
            body=tuple(highlight(stored.body_text or "", by_part.get("body", ()))),
            quarantine_reason=stored.quarantine_reason, parse_defects=stored.parse_defects,
            attachments=attachments,
            customer_links=tuple({"customer_id": l.customer_id, "method": l.method, "confidence": l.confidence,
                                  "reasons": list(l.reasons or [])}
                                 for l in session.scalars(select(MessageCustomerLink).where(MessageCustomerLink.message_pk == message_pk))),
            property_links=tuple({"key": l.property_key, "mention": l.mention_text, "customer_id": l.customer_id,
                                  "kommune_as_written": l.kommune_as_written}
                                 for l in session.scalars(select(MessagePropertyLink).where(MessagePropertyLink.message_pk == message_pk))),
            findings_by_label=dict(sorted(counts.items())),
            retention=None if record is None else {
                "category": record.category, "legal_basis": record.legal_basis, "retain_until": record.retain_until,
                "pending_reason": record.pending_reason, "anchor_event": record.anchor_event,
                "legal_hold": record.legal_hold},
            holds=tuple(hold_reasons_by_message(session, [message_pk]).get(message_pk, ())),
            restricted=f"{restriction.reason} ({restriction.legal_reference})" if restriction else None,
            review=None if review is None else {"item_id": review.id, "state": review.state, "reason": review.reason},
            audit=trail,
        )
        append_audit(session, actor=member.username, action="message.view", target_type="message", target_id=str(message_pk),
                     details={"via": "web"})
        return view


def _label_counts(findings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.label] = counts.get(finding.label, 0) + 1
    return counts


def highlight(text: str, findings) -> list[Segment]:
    """Split text into plain pieces and findings (by their offsets); overlapping findings keep the first."""
    segments, position = [], 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        start, end = max(finding.start, 0), min(finding.end, len(text))
        if start < position or start >= end:
            continue
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], finding.label))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def attachment(app: App, actor: str, message_pk: int, attachment_id: int) -> tuple[str, str, bytes]:
    """An attachment's name, type and bytes as received; the download is audited."""
    from intake.privacy.staff import require
    from models import Attachment, Blob
    from models.audit import append_audit
    from rules.staff import LOOKUP

    with transaction(app.sessions) as session:
        member = require(session, actor, LOOKUP)
        found = session.get(Attachment, attachment_id)
        if found is None or found.message_pk != message_pk:
            raise InputError(f"no attachment #{attachment_id} on message #{message_pk}")
        blob = session.get(Blob, found.blob_sha256) if found.blob_sha256 else None
        if blob is None or blob.content is None:
            raise InputError("the attachment's content is no longer stored")
        append_audit(session, actor=member.username, action="attachment.download", target_type="message",
                     target_id=str(message_pk), details={"attachment_id": attachment_id, "via": "web"})
        return found.filename, found.content_type, blob.content


# ---------------------------------------------------------------- review queue

def review_items(app: App, actor: str) -> list:
    from intake.ingest.review import open_items

    with transaction(app.sessions) as session:
        return open_items(session, actor)


def review_decide(app: App, actor: str, item_id: int, decision: str, customer_id: str | None = None) -> str | None:
    """``accept`` (the strongest or the named candidate), ``reject``, or ``link`` to any customer."""
    from intake.ingest import review

    policies, own = app.config.retention.policies, app.config.mailbox.own_domains
    with transaction(app.sessions) as session:
        if decision == "accept":
            return review.accept(session, actor, item_id, policies, own, customer_id or None)
        if decision == "link":
            if not customer_id:
                raise InputError("oppgi kundenummeret meldingen skal knyttes til")
            return review.link_to(session, actor, item_id, customer_id.strip(), policies, own)
        if decision == "reject":
            review.reject(session, actor, item_id)
            return None
    raise InputError(f"unknown review decision {decision!r}")


# ---------------------------------------------------------------- requests

@dataclass(frozen=True)
class RequestRow:
    request_id: int
    kind: str
    subject_ref: str
    customer_id: str | None
    requested_on: date
    deadline: date
    state: str  # open | overdue | answered
    answered_on: date | None
    registered_by: str
    answered_by: str | None


def requests(app: App, actor: str) -> list[RequestRow]:
    from intake.privacy.requests import list_requests

    with transaction(app.sessions) as session:
        return [RequestRow(r.id, r.kind, r.subject_ref, r.customer_id, r.requested_on, r.deadline, state, r.answered_on,
                           r.registered_by, r.answered_by) for r, state in list_requests(session, actor)]


def register_request(app: App, actor: str, kind: str, query: str, received: date) -> int:
    from intake.privacy import access
    from intake.privacy.erasure import register_erasure

    with transaction(app.sessions) as session:
        if kind == "access":
            request, _ = access.register(session, actor, query, app.hash_key, received, app.config.processing.activities)
        elif kind == "erasure":
            request = register_erasure(session, actor, query, app.hash_key, received)
        else:
            raise InputError(f"unknown request kind {kind!r}")
        return request.id


# ---------------------------------------------------------------- retention

@dataclass(frozen=True)
class ProposalView:
    proposal_id: int
    until: date
    status: str
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None
    items: tuple[dict, ...]


@dataclass(frozen=True)
class RetentionView:
    until: date
    due: tuple  # rules.disposal.RetentionItem
    held: tuple
    expired_customers: tuple[tuple[str, date], ...]
    proposals: tuple[ProposalView, ...]
    holds: tuple[dict, ...]


def retention(app: App, actor: str, until: date) -> RetentionView:
    from intake.privacy.disposal import due, expired_customer_records, proposal_items
    from intake.privacy.holds import active_holds
    from models import DisposalProposal

    with transaction(app.sessions) as session:
        listing = due(session, actor, until)
        proposals = []
        for proposal in session.scalars(select(DisposalProposal).order_by(DisposalProposal.id.desc()).limit(20)):
            proposals.append(ProposalView(
                proposal.id, proposal.until, proposal.status, proposal.proposed_by, proposal.proposed_at, proposal.decided_by,
                tuple({"message_pk": i.message_pk, "category": i.category, "retain_until": i.retain_until,
                       "outcome": i.outcome, "reason": i.outcome_reason} for i in proposal_items(session, proposal.id))))
        return RetentionView(
            until, listing.due, listing.held,
            tuple(expired_customer_records(session, until, app.config.retention.policies)), tuple(proposals),
            tuple({"hold_id": h.id, "target_type": h.target_type, "target_id": h.target_id, "reason": h.reason,
                   "set_by": h.set_by, "set_at": h.set_at} for h in active_holds(session)))


def propose_disposal(app: App, actor: str, until: date) -> int:
    from intake.privacy.disposal import propose

    with transaction(app.sessions) as session:
        return propose(session, actor, until).id


def decide_disposal(app: App, actor: str, proposal_id: int, approve: bool) -> None:
    from intake.privacy import disposal

    with transaction(app.sessions) as session:
        (disposal.approve if approve else disposal.reject)(session, actor, proposal_id)


def set_hold(app: App, actor: str, target_type: str, target_id: str, reason: str) -> int:
    from intake.privacy.holds import set_hold as run

    with transaction(app.sessions) as session:
        return run(session, actor, target_type, target_id.strip(), reason).id


def lift_hold(app: App, actor: str, hold_id: int) -> None:
    from intake.privacy.holds import lift_hold as run

    with transaction(app.sessions) as session:
        run(session, actor, hold_id)


# ---------------------------------------------------------------- overview

@dataclass(frozen=True)
class OverviewView:
    status: object  # intake.status.Status
    open_requests: int
    overdue_requests: int


def overview(app: App, actor: str) -> OverviewView:
    """Counts, last poll, quarantine and reports: no personal data, but only for staff with the declaration."""
    from intake.privacy.staff import require
    from intake.status import collect_status
    from models import AccessRequest
    from rules.staff import LOOKUP

    with transaction(app.sessions) as session:
        require(session, actor, LOOKUP)
        status = collect_status(session)
        today = date.today()
        open_count = session.scalar(select(func.count()).select_from(AccessRequest).where(AccessRequest.status == "open")) or 0
        overdue = session.scalar(select(func.count()).select_from(AccessRequest)
                                 .where(AccessRequest.status == "open", AccessRequest.deadline < today)) or 0
    return OverviewView(status, open_count, overdue)


def report_preview(app: App, actor: str) -> tuple[str | None, str | None]:
    """The next (or stored) monthly retention report as plain text, as management will get it."""
    from intake.privacy.staff import require
    from intake.reporting.job import preview
    from intake.reporting.render import body_part
    from rules.staff import RETENTION_DUE

    with transaction(app.sessions) as session:
        require(session, actor, RETENTION_DUE)
    try:
        content, note = preview(app.config, app.sessions, None)
    except Exception as error:  # the overview must show even when the report cannot be rendered
        return None, f"forhåndsvisningen kunne ikke lages ({type(error).__name__})"
    return body_part(content, "plain"), note
