"""Disposal when retention runs out: a due list (a report), a proposal, an approval by a second person.

A staff member proposes the messages due by a date; a records manager who is not
the proposer approves. At approval each item is checked again (a hold may have been
set, a project reopened); what is disposed is scrubbed, leaves a tombstone, and gets
a row in ``disposal_log``. Nothing is disposed of by the due list or the proposal alone.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from intake.errors import ConfigError, InputError
from intake.privacy.holds import hold_reasons_by_customer, hold_reasons_by_message
from intake.privacy.scrub import scrub_message
from intake.privacy.staff import refuse, require, sponsors, staff_member
from intake.privacy.suppression import leave_suppression
from intake.sealing import shred_customer_key
from models import (
    AccessRequest, Consent, Customer, Disclosure, DisposalItem, DisposalLogEntry, DisposalProposal, Message,
    MessageCustomerLink, Project, RecipientNotice, Rectification, Restriction, RetentionRecord, ReviewItem, Tombstone,
)
from models.audit import append_audit
from models.base import utcnow
from rules.disposal import (
    CustomerRecordItem, DueList, RecordDueList, RetentionItem, check_at_approval, check_record_at_approval,
    customer_record_expires, due_for_disposal, records_due,
)
from rules.processing import CUSTOMER_REGISTER
from rules.retention import DEFAULT_POLICIES, Policy, ProjectState
from rules.labels import proposal_state_name, retention_category_name
from rules.wording import counted, norwegian_date
from rules.staff import may_approve_disposal
from rules.vocabulary import (
    ApprovalAction, DisposalOutcome, ErasureItemType, MessageState, ProposalState, RetentionCategory, ReviewState,
    StaffAction, TombstoneCause,
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
                             policies: tuple[Policy, ...]) -> RecordDueList:
    """Customer records past the policy's period after their last project closed: due (proposed with the mail by
    ``intake retention propose``) or held back, with why. Part of the due report; nothing is disposed of."""
    require(session, actor, StaffAction.RETENTION_DUE)
    due_mail = {item.message_pk for item in due_for_disposal(retention_items(session, until), until).due}
    return records_due(customer_record_items(session, until, policies, disposable_mail=due_mail), until)


def customer_record_items(session: Session, until: date, policies: tuple[Policy, ...], customer_ids: list[str] | None = None,
                          disposable_mail: set[int] = frozenset()) -> list[CustomerRecordItem]:
    """Customer records whose period ran out by ``until``, each with what keeps it: a legal hold on the customer,
    their projects or properties; their mail in the review queue; their mail still kept (anything linked to them,
    not erased, and not in ``disposable_mail``, the mail disposed of in the same proposal)."""
    policy = next(p for p in policies if p.category == RetentionCategory.CUSTOMER_CORRESPONDENCE)
    projects: dict[str, list[ProjectState]] = defaultdict(list)
    # Plain columns, not ORM objects: every project is read, and the retention page asks on each view.
    statement = select(Project.customer_id, Project.project_id, Project.status, Project.closed_on)
    if customer_ids is not None:
        statement = statement.where(Project.customer_id.in_(customer_ids))
    for customer_id, project_id, status, closed_on in session.execute(statement):
        projects[customer_id].append(ProjectState(project_id, status, closed_on))
    expired = {customer_id: expires for customer_id, states in projects.items()
               if (expires := customer_record_expires(tuple(states), policy.period_months)) is not None and expires <= until}
    if customer_ids is not None:  # at approval: a record whose date moved is reported, not silently dropped
        expired.update({customer_id: None for customer_id in customer_ids if customer_id not in expired})
    if not expired:
        return []
    wanted = sorted(expired)
    holds = hold_reasons_by_customer(session, wanted)
    linked: dict[str, set[int]] = defaultdict(set)
    for message_pk, customer_id in session.execute(
            select(MessageCustomerLink.message_pk, MessageCustomerLink.customer_id)
            .join(Message, Message.id == MessageCustomerLink.message_pk)
            .where(MessageCustomerLink.customer_id.in_(wanted), Message.state != MessageState.ERASED)):
        linked[customer_id].add(message_pk)
    in_review: dict[str, set[int]] = defaultdict(set)
    for message_pk, candidates in session.execute(select(ReviewItem.message_pk, ReviewItem.candidates)
                                                  .where(ReviewItem.state == ReviewState.OPEN)):
        for candidate in candidates or ():
            if isinstance(candidate, dict) and candidate.get("customer_id") in expired:
                in_review[candidate["customer_id"]].add(message_pk)
    open_review = set(session.scalars(select(ReviewItem.message_pk).where(ReviewItem.state == ReviewState.OPEN)))
    items = []
    for customer_id in wanted:
        reviewing = in_review[customer_id] | (linked[customer_id] & open_review)
        kept = linked[customer_id] - set(disposable_mail) - reviewing
        items.append(CustomerRecordItem(customer_id, expired[customer_id], policy.legal_basis,
                                        tuple(holds.get(customer_id, ())), len(reviewing), len(kept)))
    return items


def propose(session: Session, actor: str | None, until: date,
            policies: tuple[Policy, ...] = DEFAULT_POLICIES) -> tuple[DisposalProposal, list[DisposalItem]]:
    """A proposal to dispose of everything due by ``until`` and under no hold, with its items: mail, and the customer
    records whose period ran out and that none of the mail still kept needs."""
    member = require(session, actor, StaffAction.PROPOSE_DISPOSAL)
    listing = due_for_disposal(retention_items(session, until), until)
    records = records_due(customer_record_items(session, until, policies,
                                                disposable_mail={item.message_pk for item in listing.due}), until)
    if not listing.due and not records.due:
        raise InputError(f"ingenting skal avhendes innen {norwegian_date(until)}")
    proposal = DisposalProposal(until=until, status=ProposalState.PROPOSED, proposed_by=member.username)
    session.add(proposal)
    session.flush()
    session.add_all(DisposalItem(proposal_id=proposal.id, message_pk=item.message_pk, category=item.category,
                                 legal_basis=item.legal_basis, retain_until=item.retain_until, outcome=DisposalOutcome.PENDING)
                    for item in listing.due)
    # Customer records after the mail: at approval the mail goes first, and what stays keeps the record.
    session.add_all(DisposalItem(proposal_id=proposal.id, customer_id=record.customer_id, category=CUSTOMER_REGISTER,
                                 legal_basis=record.legal_basis, retain_until=record.expires, outcome=DisposalOutcome.PENDING)
                    for record in records.due)
    session.flush()
    append_audit(session, actor=member.username, action="disposal.propose", target_type="disposal_proposal",
                 target_id=str(proposal.id), details={"until": until.isoformat(), "items": len(listing.due),
                                                      "held_back": len(listing.held), "customer_records": len(records.due),
                                                      "customer_records_held_back": len(records.held)})
    return proposal, _items(session, proposal.id)


def approve(session: Session, actor: str | None, proposal_id: int, today: date | None = None,
            policies: tuple[Policy, ...] = DEFAULT_POLICIES,
            hash_key: bytes | None = None) -> tuple[DisposalProposal, list[DisposalItem]]:
    """Dispose of each proposed item that is still due and under no hold today; skip the rest with the reason.
    ``hash_key`` keys the suppression entry a disposed customer record leaves (needed when the proposal has one)."""
    today = today or date.today()
    proposal = _open_proposal(session, proposal_id)
    permission = may_approve_disposal(staff_member(session, actor), proposal.proposed_by, today, sponsors(session, actor))
    if not permission.allowed:
        refuse(session, actor, StaffAction.APPROVE_DISPOSAL, permission.reason)
    items = _items(session, proposal.id)
    mail = [i for i in items if i.message_pk is not None]
    current = {item.message_pk: item for item in retention_items(session, today, [i.message_pk for i in mail])}
    disposed = 0
    for item in mail:
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
    session.flush()
    # Then the customer records, checked against what the mail disposal left: mail still kept keeps its record.
    records = [i for i in items if i.customer_id is not None]
    current_records = {r.customer_id: r for r in customer_record_items(session, today, policies, [i.customer_id for i in records])}
    for item in records:
        check = check_record_at_approval(current_records.get(item.customer_id) if session.get(Customer, item.customer_id)
                                         else None, today)
        item.outcome_reason = check.reason
        if check.action != ApprovalAction.DISPOSE:
            item.outcome = DisposalOutcome.SKIPPED
            continue
        item.outcome = DisposalOutcome.DISPOSED
        if hash_key is None:
            raise ConfigError("the hash key is needed to dispose of a customer record (its suppression entry)")
        ref = _dispose_customer_record(session, item.customer_id, f"{item.category}: {item.legal_basis}", actor,
                                       hash_key)
        item.customer_id = ref  # the proposal keeps the tombstone, not the id of a person whose record is gone
        session.add(DisposalLogEntry(message_pk=None, record_ref=ref, proposal_id=proposal.id, category=item.category,
                                     legal_basis=item.legal_basis, retain_until=item.retain_until,
                                     proposed_by=proposal.proposed_by, approved_by=actor))
        disposed += 1
    proposal.status, proposal.decided_by, proposal.decided_at = ProposalState.APPROVED, actor, utcnow()
    session.flush()
    append_audit(session, actor=actor, action="disposal.approve", target_type="disposal_proposal", target_id=str(proposal.id),
                 details={"disposed": disposed, "skipped": len(items) - disposed, "proposed_by": proposal.proposed_by})
    return proposal, items


def _dispose_customer_record(session: Session, customer_id: str, basis: str, actor: str, hash_key: bytes) -> str:
    """Remove a customer record whose period ran out: the record, its projects, corrections, restrictions, consents
    and the disclosures made under them. A suppression entry of keyed hashes (cause: disposal, with the disposed
    projects), so the firm's usual export does not bring the person back; a row with new business does (a
    returning customer). Nobody asked, so no request and no letter. Returns the tombstone's reference."""
    # As at erasure: the customer's key goes after the commit; anything of theirs still kept is re-sealed first.
    shred_customer_key(session, customer_id)
    project_ids = list(session.scalars(select(Project.project_id).where(Project.customer_id == customer_id)))
    consent_ids = list(session.scalars(select(Consent.id).where(Consent.customer_id == customer_id)))
    session.execute(delete(Disclosure).where(Disclosure.customer_id == customer_id))
    session.execute(delete(Consent).where(Consent.customer_id == customer_id))
    session.execute(delete(Rectification).where(Rectification.customer_id == customer_id))
    session.execute(delete(Restriction).where(
        ((Restriction.target_type == ErasureItemType.CUSTOMER) & (Restriction.target_id == customer_id))
        | ((Restriction.target_type == ErasureItemType.PROJECT) & Restriction.target_id.in_(project_ids or [""]))))
    session.execute(delete(Project).where(Project.customer_id == customer_id))
    customer = session.get(Customer, customer_id)
    session.delete(customer)
    session.flush()
    tombstone = Tombstone(target_type=ErasureItemType.CUSTOMER, target_id="disposed", cause=TombstoneCause.DISPOSAL,
                          basis=basis, removed={"customer_record": True, "projects": len(project_ids),
                                                "consents": len(consent_ids)}, removed_by=actor)
    session.add(tombstone)
    session.flush()
    tombstone.target_id = f"disposal-{tombstone.id}"
    leave_suppression(session, customer, tombstone.target_id, actor, hash_key, cause=TombstoneCause.DISPOSAL,
                      project_ids=tuple(project_ids))
    # Requests and notices about the person stay for their own deadlines, known only by the tombstone.
    session.execute(update(AccessRequest).where(AccessRequest.customer_id == customer_id)
                    .values(customer_id=None, subject_ref=tombstone.target_id))
    session.execute(update(RecipientNotice).where(RecipientNotice.customer_id == customer_id)
                    .values(customer_id=tombstone.target_id))
    session.flush()
    return tombstone.target_id


def preview_proposal(session: Session, actor: str | None, proposal_id: int, today: date | None = None) -> str:
    """What approving would do, for the approver to confirm (the same permission check as approving)."""
    today = today or date.today()
    proposal = _open_proposal(session, proposal_id)
    permission = may_approve_disposal(staff_member(session, actor), proposal.proposed_by, today, sponsors(session, actor))
    if not permission.allowed:
        refuse(session, actor, StaffAction.APPROVE_DISPOSAL, permission.reason)
    items = list(session.scalars(select(DisposalItem).where(DisposalItem.proposal_id == proposal.id).order_by(DisposalItem.id)))
    lines = [f"Forslag #{proposal.id} fra {proposal.proposed_by} ({norwegian_date(proposal.proposed_at.date())}): "
             f"{_proposal_size(items)} avhendes for godt (hver sjekkes på nytt først)"]
    lines += [(f"  #{item.message_pk}  " if item.message_pk is not None else f"  kunde {item.customer_id}  ")
              + f"{retention_category_name(item.category)}, frist {norwegian_date(item.retain_until)}" for item in items[:20]]
    if len(items) > 20:
        lines.append(f"  … og {len(items) - 20} til")
    return "\n".join(lines)


def _proposal_size(items: list[DisposalItem]) -> str:
    mail = sum(1 for item in items if item.message_pk is not None)
    records = len(items) - mail
    return counted(mail, "e-post") + (f" og {counted(records, 'kunderegistrering')}" if records else "")


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
