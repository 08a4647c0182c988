"""Services the web app reads with, beyond the CLI's: search candidates, one message, an attachment,
the overview, the disposal proposals, the report preview.

Each call, like every service, runs in one transaction, checks the acting staff member (a
refusal is audited and raised as ``PermissionDenied``) and audits every view of personal data
as a lookup is audited. Results are frozen values, never database rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from intake.app import App
from intake.errors import InputError
from intake.services.results import ProposalItem, ProposalView, ReportMessage, Status
from models.session import transaction
from rules.access import count_requests
from rules.vocabulary import StaffAction


# ------------------------------------------------------------------ search

@dataclass(frozen=True)
class SearchResult:
    query_kind: str
    candidates: tuple  # intake.privacy.subjects.SubjectMatch: who matched, and why


def search(app: App, actor: str | None, query: str) -> SearchResult:
    """Who a query matches and why each matched; audited as a lookup that listed candidates (as the CLI's is)."""
    from intake.privacy.staff import require
    from intake.privacy.subjects import find_subjects
    from models.audit import append_audit

    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.LOOKUP)
        kind, candidates = find_subjects(session, member.username, query, app.hash_key)
        append_audit(session, actor=member.username, action="lookup", target_type="subject", target_id="-",
                     details={"query_kind": kind, "candidates": len(candidates), "messages": 0, "via": "web"})
    return SearchResult(str(kind), tuple(candidates))


# ------------------------------------------------------------------ one message

@dataclass(frozen=True)
class Segment:
    text: str
    label: str | None = None  # the detection label when this piece of text is personal data


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


def message(app: App, actor: str | None, message_pk: int) -> MessageView:
    """One stored message with its findings (as offsets into the text), links with reasons, retention and
    audit trail; the view is audited."""
    from intake.crypto import open_text
    from intake.privacy.holds import hold_reasons_by_message
    from intake.privacy.staff import require
    from models import (
        Attachment, AuditEntry, Message, MessageCustomerLink, MessagePropertyLink, Participant, Restriction, RetentionRecord,
        ReviewItem, StoredFinding,
    )
    from models.audit import append_audit

    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.LOOKUP)
        stored = session.get(Message, message_pk)
        if stored is None:
            raise InputError(f"ingen e-post #{message_pk}")
        findings = list(session.scalars(select(StoredFinding).where(StoredFinding.message_pk == message_pk)
                                        .order_by(StoredFinding.start)))
        by_part: dict[str, list] = {}
        for finding in findings:
            by_part.setdefault(finding.part, []).append(finding)
        record = session.get(RetentionRecord, message_pk)
        restriction = session.scalar(select(Restriction).where(Restriction.target_type == "message",
                                                               Restriction.target_id == str(message_pk)))
        review = session.scalar(select(ReviewItem).where(ReviewItem.message_pk == message_pk))
        view = MessageView(
            message_pk=stored.id, state=str(stored.state), message_id=stored.message_id_header,
            subject=tuple(highlight(stored.subject or "", by_part.get("subject", ()))),
            sent_at=stored.sent_at, stored_at=stored.stored_at,
            participants=tuple((str(p.role), p.address, p.display_name) for p in session.scalars(
                select(Participant).where(Participant.message_pk == message_pk).order_by(Participant.id))),
            body=tuple(highlight(open_text(session, stored.key_id, stored.body_text) or "", by_part.get("body", ()))),
            quarantine_reason=stored.quarantine_reason, parse_defects=stored.parse_defects,
            attachments=tuple({
                "id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
                "available": a.blob_sha256 is not None, "findings": _counts(by_part.get(a.filename, ())),
            } for a in session.scalars(select(Attachment).where(Attachment.message_pk == message_pk).order_by(Attachment.id))),
            customer_links=tuple({"customer_id": link.customer_id, "method": str(link.method), "confidence": link.confidence,
                                  "reasons": list(link.reasons or [])}
                                 for link in session.scalars(select(MessageCustomerLink)
                                                             .where(MessageCustomerLink.message_pk == message_pk))),
            property_links=tuple({"key": link.property_key, "mention": link.mention_text, "customer_id": link.customer_id}
                                 for link in session.scalars(select(MessagePropertyLink)
                                                             .where(MessagePropertyLink.message_pk == message_pk))),
            findings_by_label=dict(sorted(_counts(findings).items())),
            retention=None if record is None else {
                "category": str(record.category), "legal_basis": record.legal_basis, "retain_until": record.retain_until,
                "pending_reason": record.pending_reason, "legal_hold": record.legal_hold},
            holds=tuple(hold_reasons_by_message(session, [message_pk]).get(message_pk, ())),
            restricted=f"{restriction.reason} ({restriction.legal_reference})" if restriction else None,
            review=None if review is None else {"item_id": review.id, "state": str(review.state), "reason": review.reason},
            audit=tuple({"at": e.at, "actor": e.actor, "action": e.action}
                        for e in session.scalars(select(AuditEntry).where(AuditEntry.target_type == "message",
                                                                          AuditEntry.target_id == str(message_pk))
                                                 .order_by(AuditEntry.id.desc()).limit(50))),
        )
        append_audit(session, actor=member.username, action="message.view", target_type="message", target_id=str(message_pk),
                     details={"via": "web"})
        return view


def _counts(findings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.label] = counts.get(finding.label, 0) + 1
    return counts


def highlight(text: str, findings) -> list[Segment]:
    """Split a text into plain pieces and findings, by the findings' offsets; of overlapping findings the first wins."""
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


@dataclass(frozen=True)
class AttachmentFile:
    filename: str
    content_type: str
    content: bytes


def attachment(app: App, actor: str | None, message_pk: int, attachment_id: int) -> AttachmentFile:
    """An attachment's bytes as received; the download is audited."""
    from intake.crypto import open_bytes
    from intake.privacy.staff import require
    from models import Attachment, Blob
    from models.audit import append_audit

    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.LOOKUP)
        found = session.get(Attachment, attachment_id)
        if found is None or found.message_pk != message_pk:
            raise InputError(f"e-post #{message_pk} har ikke vedlegg #{attachment_id}")
        blob = session.get(Blob, found.blob_sha256) if found.blob_sha256 else None
        if blob is None or blob.content is None:
            raise InputError("vedlegget er ikke lagret lenger")
        append_audit(session, actor=member.username, action="attachment.download", target_type="message",
                     target_id=str(message_pk), details={"attachment_id": attachment_id, "via": "web"})
        return AttachmentFile(found.filename, found.content_type, open_bytes(session, blob.key_id, blob.content))


# ------------------------------------------------------------------ overview, proposals, report

@dataclass(frozen=True)
class Overview:
    status: Status
    open_requests: int  # confirmed (extended or not), within the deadline
    overdue_requests: int  # suggested or confirmed, past the deadline
    suggested_requests: int = 0  # found in a mail, not yet confirmed or dismissed, within the deadline


def overview(app: App, actor: str | None) -> Overview:
    """Counts, last poll, quarantine and reports; no personal data, but only for staff who may look people up."""
    from intake.privacy.staff import require
    from intake.services.mail import collect_status

    with transaction(app.sessions) as session:
        require(session, actor, StaffAction.LOOKUP)
        status = collect_status(session)
    # The same counts as `intake status`: the register's states today (an extended deadline counts as extended).
    counts = count_requests(r.state for r in status.requests)
    return Overview(status, counts.open, counts.overdue, counts.suggested)


@dataclass(frozen=True)
class ProposalSummary:
    proposal: ProposalView
    proposed_at: datetime
    # Whether the staff member reading the page may decide this proposal, by the same rules approving and rejecting
    # check (rules.staff.may_approve_disposal: a records manager, a person, not the proposer nor owing their account
    # to the proposer; rejecting needs the role only). ``approval_refusal`` says why not, in Norwegian.
    may_approve: bool = False
    approval_refusal: str | None = None
    may_reject: bool = False


def proposals(app: App, actor: str | None, limit: int = 20) -> tuple[ProposalSummary, ...]:
    """The latest disposal proposals with their items and outcomes, and whether this actor may decide each."""
    from intake.privacy.staff import require, sponsors
    from models import DisposalItem, DisposalProposal
    from rules.staff import may, may_approve_disposal
    from rules.vocabulary import ProposalState

    today = date.today()
    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.RETENTION_DUE, today)
        sponsored_by = sponsors(session, actor)
        may_decide = may(member, StaffAction.APPROVE_DISPOSAL, today).allowed
        found = []
        for proposal in session.scalars(select(DisposalProposal).order_by(DisposalProposal.id.desc()).limit(limit)):
            items = session.scalars(select(DisposalItem).where(DisposalItem.proposal_id == proposal.id).order_by(DisposalItem.id))
            undecided = proposal.status == ProposalState.PROPOSED
            approval = may_approve_disposal(member, proposal.proposed_by, today, sponsored_by) if undecided else None
            found.append(ProposalSummary(ProposalView(
                proposal.id, proposal.until, proposal.status, proposal.proposed_by, proposal.decided_by,
                tuple(ProposalItem(i.message_pk, i.category, i.retain_until, i.outcome, i.outcome_reason, i.customer_id)
                      for i in items)),
                proposal.proposed_at,
                may_approve=bool(approval and approval.allowed),
                approval_refusal=approval.reason if approval and not approval.allowed else None,
                may_reject=undecided and may_decide))
        return tuple(found)


def report_preview(app: App, actor: str | None) -> ReportMessage:
    """The next (or stored) monthly retention report as management will get it, for staff who see what is due."""
    from intake.privacy.staff import require
    from intake.services.reports import preview_report

    with transaction(app.sessions) as session:
        require(session, actor, StaffAction.RETENTION_DUE)
    return preview_report(app)
