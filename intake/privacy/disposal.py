"""Disposal when retention runs out: a due list (a report), a proposal, an approval by a second person.

A staff member proposes the messages due by a date; a records manager who is not
the proposer approves. At approval each item is checked again (a hold may have been
set, a project reopened); what is disposed is scrubbed, leaves a tombstone, and gets
a row in ``disposal_log``. Nothing is disposed of by the due list or the proposal alone.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.holds import hold_reasons_by_message
from intake.privacy.scrub import scrub_message
from intake.privacy.staff import refuse, require, sponsors, staff_member
from models import DisposalItem, DisposalLogEntry, DisposalProposal, Message, Project, RetentionRecord, ReviewItem
from models.audit import append_audit
from models.base import utcnow
from rules.disposal import DueList, RetentionItem, check_at_approval, customer_record_expires, due_for_disposal
from rules.retention import Policy, ProjectState
from rules.labels import proposal_state_name
from rules.staff import may_approve_disposal
from rules.vocabulary import (
    ApprovalAction, DisposalOutcome, MessageState, ProposalState, RetentionCategory, StaffAction, TombstoneCause,
)

def retention_items(session: Session, until: date, message_pks: list[int] | None = None) -> list[RetentionItem]:
    """Stored messages whose retention date is on or before ``until``, with any holds on them."""
    statement = (select(RetentionRecord).join(Message, Message.id == RetentionRecord.message_pk)
                 .where(Message.state != MessageState.ERASED, RetentionRecord.retain_until.is_not(None), RetentionRecord.retain_until <= until))
    if message_pks is not None:
        statement = statement.where(RetentionRecord.message_pk.in_(message_pks))
    records = list(session.scalars(statement))
    holds = hold_reasons_by_message(session, [r.message_pk for r in records])
    # Mail still waiting in the review queue is not settled: who it belongs to decides how long it is kept.
    in_review = set(session.scalars(select(ReviewItem.message_pk).where(
        ReviewItem.state == "open", ReviewItem.message_pk.in_([r.message_pk for r in records])))) if records else set()
    return [RetentionItem(r.message_pk, r.category, r.legal_basis, r.retain_until,
                          tuple(holds.get(r.message_pk, ())) + (("merket med rettslig bevaring i oppbevaringsregisteret",) if r.legal_hold and r.message_pk not in holds else ()),
                          in_review=r.message_pk in in_review)
            for r in records]


def due(session: Session, actor: str | None, until: date) -> DueList:
    require(session, actor, StaffAction.RETENTION_DUE)
    return due_for_disposal(retention_items(session, until), until)


def expired_customer_records(session: Session, actor: str | None, until: date,
                             policies: tuple[Policy, ...]) -> list[tuple[str, date]]:
    """Customer records past the policy's period after their last project closed, to be removed with
    ``intake erase`` (which still keeps anything a hold or a law requires). Part of the due report."""
    require(session, actor, StaffAction.RETENTION_DUE)
    period = next(p.period_months for p in policies if p.category == RetentionCategory.CUSTOMER_CORRESPONDENCE)
    projects: dict[str, list[ProjectState]] = defaultdict(list)
    # Plain columns, not ORM objects: every project is read, and the retention page asks on each view.
    for customer_id, project_id, status, closed_on in session.execute(
            select(Project.customer_id, Project.project_id, Project.status, Project.closed_on)):
        projects[customer_id].append(ProjectState(project_id, status, closed_on))
    expired = [(customer_id, expires) for customer_id, states in projects.items()
               if (expires := customer_record_expires(tuple(states), period)) is not None and expires <= until]
    return sorted(expired, key=lambda pair: (pair[1], pair[0]))


def propose(session: Session, actor: str | None, until: date) -> tuple[DisposalProposal, list[DisposalItem]]:
    """A proposal to dispose of everything due by ``until`` and under no hold, with its items."""
    member = require(session, actor, StaffAction.PROPOSE_DISPOSAL)
    listing = due_for_disposal(retention_items(session, until), until)
    if not listing.due:
        raise InputError(f"ingenting skal avhendes innen {until.isoformat()}")
    proposal = DisposalProposal(until=until, status=ProposalState.PROPOSED, proposed_by=member.username)
    session.add(proposal)
    session.flush()
    session.add_all(DisposalItem(proposal_id=proposal.id, message_pk=item.message_pk, category=item.category,
                                 legal_basis=item.legal_basis, retain_until=item.retain_until, outcome=DisposalOutcome.PENDING)
                    for item in listing.due)
    session.flush()
    append_audit(session, actor=member.username, action="disposal.propose", target_type="disposal_proposal",
                 target_id=str(proposal.id), details={"until": until.isoformat(), "items": len(listing.due),
                                                      "held_back": len(listing.held)})
    return proposal, _items(session, proposal.id)


def approve(session: Session, actor: str | None, proposal_id: int,
            today: date | None = None) -> tuple[DisposalProposal, list[DisposalItem]]:
    """Dispose of each proposed item that is still due and under no hold today; skip the rest with the reason."""
    today = today or date.today()
    proposal = _open_proposal(session, proposal_id)
    permission = may_approve_disposal(staff_member(session, actor), proposal.proposed_by, today, sponsors(session, actor))
    if not permission.allowed:
        refuse(session, actor, StaffAction.APPROVE_DISPOSAL, permission.reason)
    items = _items(session, proposal.id)
    current = {item.message_pk: item for item in retention_items(session, today, [i.message_pk for i in items])}
    disposed = 0
    for item in items:
        check = check_at_approval(_current(session, current, item.message_pk), today)
        item.outcome_reason = check.reason
        if check.action != ApprovalAction.DISPOSE:
            item.outcome = DisposalOutcome.SKIPPED
            continue
        item.outcome = DisposalOutcome.DISPOSED
        scrub_message(session, session.get(Message, item.message_pk), cause=TombstoneCause.DISPOSAL,
                      basis=f"{item.category}: {item.legal_basis}", actor=actor)
        session.add(DisposalLogEntry(message_pk=item.message_pk, proposal_id=proposal.id, category=item.category,
                                     legal_basis=item.legal_basis, retain_until=item.retain_until,
                                     proposed_by=proposal.proposed_by, approved_by=actor))
        disposed += 1
    proposal.status, proposal.decided_by, proposal.decided_at = ProposalState.APPROVED, actor, utcnow()
    session.flush()
    append_audit(session, actor=actor, action="disposal.approve", target_type="disposal_proposal", target_id=str(proposal.id),
                 details={"disposed": disposed, "skipped": len(items) - disposed, "proposed_by": proposal.proposed_by})
    return proposal, items


def preview_proposal(session: Session, actor: str | None, proposal_id: int, today: date | None = None) -> str:
    """What approving would do, for the approver to confirm (the same permission check as approving)."""
    today = today or date.today()
    proposal = _open_proposal(session, proposal_id)
    permission = may_approve_disposal(staff_member(session, actor), proposal.proposed_by, today, sponsors(session, actor))
    if not permission.allowed:
        refuse(session, actor, StaffAction.APPROVE_DISPOSAL, permission.reason)
    items = list(session.scalars(select(DisposalItem).where(DisposalItem.proposal_id == proposal.id).order_by(DisposalItem.id)))
    lines = [f"Forslag #{proposal.id} fra {proposal.proposed_by} ({proposal.proposed_at.date().isoformat()}): "
             f"{len(items)} e-poster avhendes for godt (hver sjekkes på nytt først)"]
    lines += [f"  #{item.message_pk}  {item.category}, frist {item.retain_until}" for item in items[:20]]
    if len(items) > 20:
        lines.append(f"  … og {len(items) - 20} til")
    return "\n".join(lines)


def reject(session: Session, actor: str | None, proposal_id: int) -> tuple[DisposalProposal, list[DisposalItem]]:
    member = require(session, actor, StaffAction.APPROVE_DISPOSAL)
    proposal = _open_proposal(session, proposal_id)
    proposal.status, proposal.decided_by, proposal.decided_at = ProposalState.REJECTED, member.username, utcnow()
    session.flush()
    append_audit(session, actor=member.username, action="disposal.reject", target_type="disposal_proposal",
                 target_id=str(proposal.id), details={})
    return proposal, _items(session, proposal.id)


def _items(session: Session, proposal_id: int) -> list[DisposalItem]:
    return list(session.scalars(select(DisposalItem).where(DisposalItem.proposal_id == proposal_id).order_by(DisposalItem.id)))


def _current(session: Session, past_due: dict[int, RetentionItem], message_pk: int) -> RetentionItem | None:
    """The item as it stands today: past due, or still stored with a later (or unset) date, or gone."""
    if message_pk in past_due:
        return past_due[message_pk]
    record = session.get(RetentionRecord, message_pk)
    message = session.get(Message, message_pk)
    if record is None or message is None or message.state == MessageState.ERASED:
        return None
    return RetentionItem(message_pk, record.category, record.legal_basis, record.retain_until)


def _open_proposal(session: Session, proposal_id: int) -> DisposalProposal:
    proposal = session.get(DisposalProposal, proposal_id)
    if proposal is None:
        raise InputError(f"det finnes ikke noe forslag om avhending #{proposal_id}")
    if proposal.status != ProposalState.PROPOSED:
        raise InputError(f"forslag #{proposal_id} om avhending er allerede {proposal_state_name(proposal.status)}")
    return proposal
