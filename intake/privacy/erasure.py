"""`intake erase`: erase what no law requires keeping, restrict the rest, and say which is which.

The decisions come from ``rules.erasure``; this module loads the facts, applies the
decisions (scrubbing messages, deleting records, recording restrictions, leaving
tombstones) and writes one audit entry listing every item and its outcome.

Every erasure goes through the request register: a request can be registered the day it
comes in (its one-month deadline runs from then) and carried out later; carrying it out
answers the subject's open erasure request, or registers one received that day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from intake.privacy.lookup import SubjectReport, _gather, audit_ref
from intake.privacy.notices import owe_notices
from intake.privacy.requests import open_or_register
from intake.privacy.subjects import resolve_exact
from intake.privacy.holds import hold_reasons_by_message
from intake.privacy.scrub import scrub_message
from intake.privacy.suppression import leave_suppression
from intake.privacy.staff import require
from intake.sealing import shred_customer_key
from models import (
    AccessRequest, Consent, Customer, Disclosure, LegalHold, Message, MessageCustomerLink, Project, Rectification, Restriction,
    Tombstone,
)
from models.audit import append_audit
from rules.erasure import (
    LEGAL_OBLIGATION, ErasureDecision, MessageErasureFacts, decide_consent, decide_customer_record, decide_message, decide_project,
)
from rules.letters import DEFAULT_LETTERHEAD, ErasureLetterFacts, ErasureLine, Letterhead, erasure_letter
from rules.processing import ProcessingActivity
from rules.retention import Policy, ProjectState
from rules.vocabulary import ErasureItemType, HoldTarget, MessageState, NoticeCause, RequestKind, RetentionCategory, StaffAction, TombstoneCause
from rules.wording import norwegian_date


@dataclass(frozen=True)
class ErasureOutcome:
    report: SubjectReport
    decisions: tuple[ErasureDecision, ...]
    applied: bool
    request: AccessRequest | None = None  # the erasure request carried out; none for a dry run
    notices: tuple = ()  # art. 19: the partners who received the data, and whether each was told

    @property
    def erased(self) -> list[ErasureDecision]:
        return [d for d in self.decisions if not d.kept]

    @property
    def kept(self) -> list[ErasureDecision]:
        return [d for d in self.decisions if d.kept]


def register_erasure(session: Session, actor: str | None, query: str, hash_key: bytes, received_on: date | None,
                     today: date | None = None, own_domains: tuple[str, ...] = ()) -> AccessRequest:
    """Register an erasure request without carrying it out: the subject's open one, or a new one from ``received_on``
    (``own_domains``, the firm's mail domains: see open_or_register)."""
    member = require(session, actor, StaffAction.ERASE_SUBJECT, today)
    candidate = resolve_exact(session, query, hash_key)
    return open_or_register(session, member.username, candidate, hash_key, RequestKind.ERASURE, received_on,
                            own_domains=own_domains)


def erase_subject(session: Session, actor: str | None, query: str, hash_key: bytes, policies: tuple[Policy, ...],
                  activities: tuple[ProcessingActivity, ...], today: date | None = None, dry_run: bool = False,
                  received_on: date | None = None, notified: tuple[str, ...] = (),
                  own_domains: tuple[str, ...] = ()) -> ErasureOutcome:
    """Carry out the subject's erasure request (registered as received on ``received_on``, default today, if none is
    open; ``own_domains``, the firm's mail domains: see open_or_register)."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ERASE_SUBJECT, today)
    candidate = resolve_exact(session, query, hash_key)
    report = _gather(session, candidate, hash_key, activities)
    decisions = _decide(session, report, policies, today)
    if dry_run:
        return ErasureOutcome(report, tuple(decisions), applied=False)
    request = open_or_register(session, member.username, candidate, hash_key, RequestKind.ERASURE, received_on,
                               own_domains=own_domains)
    _apply(session, report, decisions, member.username, today, hash_key)
    if report.record is not None:
        # Crypto-shredding: the customer's key goes once this commits; what is kept is re-sealed first.
        shred_customer_key(session, report.record.customer_id)
    # Carried out is not answered: the request is answered when staff say the letter was sent.
    append_audit(session, actor=member.username, action="erase", target_type="subject",
                 target_id=audit_ref(report.ref, hash_key),
                 details={"request_id": request.id,
                          "items": [{"type": d.item_type, "id": d.item_id, "action": d.action,
                                     "reference": d.legal_reference} for d in decisions]})
    notices = owe_notices(session, member.username, report.record.customer_id, NoticeCause.ERASURE, notified, today=today) \
        if report.record else []
    return ErasureOutcome(report, tuple(decisions), applied=True, request=request, notices=tuple(notices))


def _decide(session: Session, report: SubjectReport, policies: tuple[Policy, ...], today: date) -> list[ErasureDecision]:
    pks = [item.message_pk for item in report.messages]
    holds = hold_reasons_by_message(session, pks)
    customers_with_projects = set(session.scalars(select(Project.customer_id).distinct()))
    linked: dict[int, set[str]] = defaultdict(set)
    for pk, customer_id in session.execute(select(MessageCustomerLink.message_pk, MessageCustomerLink.customer_id)
                                           .where(MessageCustomerLink.message_pk.in_(pks))):
        linked[pk].add(customer_id)
    decisions = [
        decide_message(MessageErasureFacts(
            message_pk=item.message_pk, category=item.category, retain_until=item.retain_until,
            on_hold=item.message_pk in holds or bool(report.holds),
            has_projects=bool(linked[item.message_pk] & customers_with_projects),
        ), today)
        for item in report.messages
    ]
    decisions += _copies(session, decisions)
    if report.record is None:
        return decisions
    claims_months = next(p.period_months for p in policies if p.category == RetentionCategory.CUSTOMER_CORRESPONDENCE)
    held = set(session.execute(select(LegalHold.target_type, LegalHold.target_id).where(LegalHold.lifted_at.is_(None))).all())
    customer_held = (HoldTarget.CUSTOMER, report.record.customer_id) in held
    decisions += [decide_project(ProjectState(p["project_id"], p["status"], date.fromisoformat(p["closed_on"]) if p["closed_on"] else None),
                                 today, claims_months, on_hold=customer_held or (HoldTarget.PROJECT, p["project_id"]) in held)
                  for p in report.projects]
    disclosed = set(session.scalars(select(Disclosure.consent_id).where(Disclosure.customer_id == report.record.customer_id)))
    decisions += [decide_consent(c["consent_id"], c["consent_id"] in disclosed) for c in report.consents]
    decisions.append(decide_customer_record(report.record.customer_id, decisions))
    return decisions


def _copies(session: Session, decisions: list[ErasureDecision]) -> list[ErasureDecision]:
    """The other stored copies of the subject's messages get the decision of the message they copy: the same
    content (the INBOX and the Sent copy, a re-delivery with other transport headers, a copy quarantined
    raw), or the same Message-ID from the same sender (a re-delivery with a header added). A Message-ID
    reused by another sender is not a copy. A copy of a message kept under a law is kept too."""
    by_pk = {int(d.item_id): d for d in decisions if d.item_type == ErasureItemType.MESSAGE}
    if not by_pk:
        return []
    originals = session.execute(select(Message.id, Message.content_sha256, Message.message_id_header, Message.from_address)
                                .where(Message.id.in_(by_pk))).all()
    copies: dict[int, ErasureDecision] = {}
    for pk, content, message_id, sender in originals:
        same = []
        if content:
            same.append(Message.content_sha256 == content)
        if message_id:
            same.append(and_(Message.message_id_header == message_id,
                             Message.from_address == sender if sender else Message.from_address.is_(None)))
        if not same:
            continue
        for copy_pk in session.scalars(select(Message.id).where(or_(*same), Message.state != MessageState.ERASED,
                                                                Message.id.not_in(by_pk))):
            original = by_pk[pk]
            if copy_pk not in copies or original.kept:
                copies[copy_pk] = replace(original, item_id=str(copy_pk))
    held = hold_reasons_by_message(session, list(copies))
    return [decide_message(MessageErasureFacts(pk, None, None, on_hold=True, has_projects=False), date.today())
            if pk in held else copies[pk] for pk in sorted(copies)]


def _apply(session: Session, report: SubjectReport, decisions: list[ErasureDecision], actor: str, today: date,
           hash_key: bytes) -> None:
    for decision in decisions:
        if decision.kept and decision.item_type == ErasureItemType.CONSENT:
            _withdraw(session, int(decision.item_id), actor, today)
        if decision.kept:
            _restrict(session, decision, actor)
        elif decision.item_type == ErasureItemType.MESSAGE:
            scrub_message(session, session.get(Message, int(decision.item_id)), cause=TombstoneCause.ERASURE,
                          basis=f"{decision.legal_reference}: {decision.reason}", actor=actor)
        elif decision.item_type == ErasureItemType.PROJECT:
            session.execute(delete(Project).where(Project.project_id == decision.item_id))
        elif decision.item_type == ErasureItemType.CONSENT:
            session.execute(delete(Consent).where(Consent.id == int(decision.item_id)))
        elif decision.item_type == ErasureItemType.CUSTOMER:
            _erase_customer(session, decision, actor, hash_key)
    session.flush()


def _withdraw(session: Session, consent_id: int, actor: str, today: date) -> None:
    """Asking for erasure withdraws consent to share (art. 17(1)(b)); the kept record only documents past sharing."""
    consent = session.get(Consent, consent_id)
    if consent.withdrawn_on is None:
        consent.withdrawn_on, consent.withdrawn_by = max(today, consent.given_on), actor


def _restrict(session: Session, decision: ErasureDecision, actor: str) -> None:
    target_type = decision.item_type
    exists = session.scalar(select(Restriction.id).where(Restriction.target_type == target_type,
                                                         Restriction.target_id == decision.item_id).limit(1))
    if exists is None:
        session.add(Restriction(target_type=target_type, target_id=decision.item_id, reason=decision.reason,
                                legal_reference=decision.legal_reference, restricted_by=actor))


def _erase_customer(session: Session, decision: ErasureDecision, actor: str, hash_key: bytes) -> None:
    customer_id = decision.item_id
    session.execute(delete(Rectification).where(Rectification.customer_id == customer_id))
    session.execute(delete(Restriction).where(Restriction.target_type == ErasureItemType.CUSTOMER, Restriction.target_id == customer_id))
    customer = session.get(Customer, customer_id)
    session.delete(customer)
    session.flush()
    tombstone = Tombstone(target_type=ErasureItemType.CUSTOMER, target_id="erased", cause=TombstoneCause.ERASURE,
                          basis=f"{decision.legal_reference}: {decision.reason}", removed={"customer_record": True},
                          removed_by=actor)
    session.add(tombstone)
    session.flush()
    tombstone.target_id = f"erasure-{tombstone.id}"
    # Erased stays erased: the next records import recognises the person by keyed hashes only.
    leave_suppression(session, customer, tombstone.target_id, actor, hash_key)
    # The subject's requests stay in the register for their deadlines, known only by the tombstone.
    session.execute(update(AccessRequest).where(AccessRequest.customer_id == customer_id)
                    .values(customer_id=None, subject_ref=tombstone.target_id))


ITEM_WORDS = {ErasureItemType.CUSTOMER: "Kundeopplysningene", ErasureItemType.PROJECT: "Prosjektet",
              ErasureItemType.CONSENT: "Samtykke", ErasureItemType.MESSAGE: "E-post"}


def render_answer(outcome: ErasureOutcome, letterhead: Letterhead = DEFAULT_LETTERHEAD, contact: str = "post@proess.no",
                  supervisory_authority: str = "Datatilsynet (www.datatilsynet.no)", today: date | None = None) -> str:
    """The answer to the person, item by item, as a letter (``rules.letters``)."""
    report = outcome.report
    messages = {str(item.message_pk): item for item in report.messages}

    def describe(decision: ErasureDecision) -> str:
        if decision.item_type == ErasureItemType.MESSAGE and decision.item_id in messages:
            item = messages[decision.item_id]
            when = f" fra {norwegian_date(item.sent_at.date())}" if item.sent_at else ""
            return f"E-posten «{item.subject or 'uten emne'}»{when}"
        if decision.item_type == ErasureItemType.MESSAGE:  # a copy found by content or Message-ID (_copies)
            return "En kopi av en av e-postene over, lagret én gang til"
        if decision.item_type == ErasureItemType.CUSTOMER:
            return f"{ITEM_WORDS[ErasureItemType.CUSTOMER]} (navn og kontaktopplysninger)"
        if decision.item_type == ErasureItemType.CONSENT:
            return f"Samtykket ditt til deling (nr. {decision.item_id})"
        return f"{ITEM_WORDS.get(decision.item_type, 'Opplysning')} {decision.item_id}"

    request = outcome.request
    facts = ErasureLetterFacts(
        # Greeted by name only when they are a customer: otherwise ``display`` is what staff searched by (an address, a number).
        name=report.record.name if report.record else None, customer_number=report.record.customer_id if report.record else None,
        received_on=request.requested_on if request is not None else None,
        deadline=request.deadline if request is not None else None, applied=outcome.applied,
        erased=tuple(ErasureLine(describe(d), d.reason) for d in outcome.erased),
        kept=tuple(ErasureLine(describe(d), d.reason, d.legal_reference) for d in outcome.kept),
        bookkeeping=any(d.legal_reference == LEGAL_OBLIGATION for d in outcome.kept))
    return erasure_letter(facts, letterhead, contact, supervisory_authority, today or date.today())
