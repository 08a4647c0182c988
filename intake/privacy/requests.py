"""The register of data subjects' requests, every kind in one: each is due one month after it
came in (GDPR art. 12(3)), extendable by up to two further months with a reason, and stays
unanswered until staff say the answer was sent.

Requests come in two ways: staff register one (``intake access-request``, ``intake erase
--register-only``), or the pipeline recognises one in a mail (``rules.subject_requests``) and
registers it as *suggested*, received the day the mail was sent. Staff confirm or dismiss a
suggestion (``intake requests confirm|dismiss``), extend a deadline, and record that the
answer was sent (``intake requests answer ID --sent DATE``). Every change is audited.

Service-style: plain arguments in, dataclasses or model rows out; nothing printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intake.crypto import fingerprint, open_text
from intake.errors import InputError
from intake.privacy.lookup import audit_ref
from intake.privacy.staff import require
from intake.privacy.subjects import SubjectMatch, customers_with_address, customers_with_phone
from models import AccessRequest, Customer, Message
from models.audit import append_audit
from rules.access import (
    access_deadline, due_soon, extension_choices, extension_refusal, request_state, request_step,
)
from rules.labels import request_status_name
from rules.letters import ExtensionFacts, Letterhead, extension_letter
from rules.staff import may
from rules.wording import norwegian_date
from rules.vocabulary import RequestStatus, RequestStep, StaffAction
from rules.subject_requests import Sender, find_requests, is_municipality, is_own_address

ANSWERED, DISMISSED, OPEN, SUGGESTED = (RequestStatus.ANSWERED, RequestStatus.DISMISSED, RequestStatus.OPEN,
                                        RequestStatus.SUGGESTED)
PIPELINE_ACTOR = "intake"
LOCAL_ZONE = ZoneInfo("Europe/Oslo")
UNANSWERED = (SUGGESTED, OPEN)


def _state(request: AccessRequest) -> str:
    return request_status_name(request.status)


def _check_received(received_on: date, today: date) -> None:
    if received_on > today:
        raise InputError(f"mottaksdatoen {norwegian_date(received_on)} er fram i tid")


def open_or_register(session: Session, actor: str, candidate: SubjectMatch, hash_key: bytes, kind: str,
                     received_on: date | None, today: date | None = None,
                     own_domains: tuple[str, ...] = ()) -> AccessRequest:
    """The subject's unanswered request of this kind (a suggestion is confirmed by this), or a new
    one received on ``received_on`` (default today). A received date staff give for the unanswered
    request is a correction: applied, deadline moved, audited, never silently ignored (issue 12).

    ``own_domains`` (the firm's mail domains, ``[mailbox] own_domains``) let the mail of a suggestion be read as
    the pipeline read it: without them a staff member's forward is not read for the request it carries."""
    today = today or date.today()
    if received_on is not None:
        _check_received(received_on, today)
    ref = audit_ref(candidate.ref, hash_key)
    subject = (AccessRequest.customer_id == candidate.customer_id) if candidate.customer_id else (AccessRequest.subject_ref == ref)
    if candidate.customer_id is None and candidate.identifier_label == "EMAIL":
        # Someone outside the register who asked by mail: the suggestion made from their request is this request,
        # received the day it was written, not a second one received today. Whose request a suggestion is, is read
        # again from its mail: a staff member's forward carries its writer's, and a relative's letter a person
        # passed on is the relative's, never the person's who passed it on.
        theirs = _asked_by_address(session, kind, (candidate.identifier_value or "").lower(), own_domains,
                                   unresolved_only=True)
        subject = or_(subject, AccessRequest.id.in_(theirs))
    request = session.scalar(select(AccessRequest).where(subject, AccessRequest.kind == kind,
                                                         AccessRequest.status.in_(UNANSWERED))
                             .order_by(AccessRequest.id))
    if request is not None:
        if request.customer_id is None and request.subject_ref != ref:
            request.subject_ref = ref  # known from now on by the person, as a request registered by hand would be
        if request.status == SUGGESTED:
            _decide(session, request, actor, OPEN, today, "request.confirm")
        if received_on is not None and received_on != request.requested_on:
            details = _set_received(request, received_on, today)
            session.flush()
            append_audit(session, actor=actor, action="request.correct_received", target_type="request",
                         target_id=str(request.id), details=details)
        return request
    received_on = received_on or today
    request = AccessRequest(kind=kind, customer_id=candidate.customer_id, subject_ref=ref, requested_on=received_on,
                            deadline=access_deadline(received_on), status=OPEN, registered_by=actor)
    session.add(request)
    session.flush()
    append_audit(session, actor=actor, action=f"{kind}_request.register", target_type="subject", target_id=ref,
                 details={"request_id": request.id, "requested_on": received_on.isoformat(),
                          "deadline": request.deadline.isoformat()})
    return request


def mark_answered(session: Session, request: AccessRequest, actor: str, answered_on: date) -> None:
    request.status, request.answered_on, request.answered_by = ANSWERED, answered_on, actor
    session.flush()


# ---------------------------------------------------------------- from the mailbox

def automatic_mail(raw: bytes) -> bool:
    """Auto-replies, mailing lists and bulk mail (RFC 3834, RFC 2369): nobody asking in person."""
    try:
        headers = BytesHeaderParser(policy=default_policy).parsebytes(raw[:65536])
        auto = str(headers.get("Auto-Submitted", "no") or "no").strip().lower()
        precedence = str(headers.get("Precedence", "") or "").strip().lower()
        return auto != "no" or bool(headers.get("List-Id") or headers.get("List-Unsubscribe")) or \
            precedence in ("bulk", "list", "junk")
    except Exception:  # quarantined mail may be hostile bytes: no header read says nothing automatic
        return False


def suggest_from_mail(session: Session, message: Message, raw: bytes, own_domains: tuple[str, ...],
                      linked_customers: list[str], today: date | None = None) -> list[AccessRequest]:
    """Register each request the mail makes as a suggestion, received the day it was sent (never
    later than today). A person who already has an unanswered request of that kind keeps it.

    A request in mail the sender forwarded for its writer (a customer's mail in a staff member's
    internal forward, a relative's letter a customer passed on) is the writer's: registered for the
    one customer with that address (else unresolved, as any unknown sender's), received the day the
    forwarded header says it was written (else the forward's day), and only once, whether the
    writer's own mail was stored too or the forward came twice."""
    today = today or date.today()
    sender_address = (message.from_address or "").lower()
    findings = find_requests(message.subject, open_text(session, message.key_id, message.body_text),
                             _sender(sender_address, own_domains, automatic_mail(raw)))
    if not findings:
        return []
    sent_day = min(message.sent_at.astimezone(LOCAL_ZONE).date() if message.sent_at else today, today)
    linked_customer = linked_customers[0] if len(linked_customers) == 1 else None
    made = []
    for finding in findings:
        if finding.original_sender:
            customer_id, asker = _customer_with_address(session, finding.original_sender), finding.original_sender
            # the day its writer wrote, when the header gives one: never after the forward, so never in the future
            received_on = min(finding.original_sent_on or sent_day, sent_day)
        else:
            customer_id, asker, received_on = linked_customer, sender_address, sent_day
        if _already_asked(session, finding.kind, customer_id, asker, own_domains):
            continue
        request = AccessRequest(kind=finding.kind, customer_id=customer_id, subject_ref=customer_id or f"message-{message.id}",
                                requested_on=received_on, deadline=access_deadline(received_on), status=SUGGESTED,
                                registered_by=PIPELINE_ACTOR, source_message_pk=message.id, reading=finding.reading,
                                asker_ref=_asker_ref(session, asker, own_domains))
        session.add(request)
        made.append((request, finding))
    session.flush()
    for request, finding in made:
        # The register keeps the reading (a learned one is marked for staff); the audit entry keeps it too, as history.
        details = {"request_id": request.id, "kind": request.kind, "requested_on": request.requested_on.isoformat(),
                   "reading": str(request.reading)}
        if finding.original_sender:  # said, not who: the audit log names no one outside the register
            details.update(forwarded=True, original_dated=finding.original_sent_on is not None)
        append_audit(session, actor=PIPELINE_ACTOR, action="request.suggest", target_type="message", target_id=str(message.id),
                     details=details)
    return [request for request, _ in made]


def _sender(address: str, own_domains: tuple[str, ...], automatic: bool) -> Sender:
    return Sender(own_staff=is_own_address(address, own_domains), municipality=is_municipality(address),
                  automatic=automatic, own_domains=own_domains)


def _customer_with_address(session: Session, address: str) -> str | None:
    """The one customer whose registered e-mail address this is, or phone number (an SMS or a voicemail the
    switchboard relayed gives only that); None for none or several."""
    customer_ids = customers_with_address(session, address) if "@" in address else customers_with_phone(session, address)
    return customer_ids.pop() if len(customer_ids) == 1 else None


def _already_asked(session: Session, kind: str, customer_id: str | None, address: str, own_domains: tuple[str, ...]) -> bool:
    """An unanswered request of this kind from the same person: the same customer, or the same writer's address (kept
    as a keyed hash: who asked, the sender or the writer of the mail it forwarded; a customer's own request and the
    relative's letter she passed on are two)."""
    unanswered = (AccessRequest.kind == kind, AccessRequest.status.in_(UNANSWERED))
    if customer_id and session.scalar(select(AccessRequest.id).where(*unanswered, AccessRequest.customer_id == customer_id)
                                      .limit(1)) is not None:
        return True
    return bool(_asked_by_address(session, kind, address, own_domains))


def _asked_by_address(session: Session, kind: str, address: str, own_domains: tuple[str, ...],
                      unresolved_only: bool = False) -> list[int]:
    """The unanswered requests of this kind that the person with this address asked in the mail they were found in
    (``unresolved_only``: only those tied to no customer), found by the keyed hash of their address (asker_ref).

    One of the firm's own addresses is nobody's: a portal message relayed without its writer's address comes from
    the portal's address whoever wrote it, and two customers' requests must not be taken for one. A suggestion made
    before the register kept the hash has its mail read again for who asked (_asked_by), once: the hash is kept."""
    if not address or is_own_address(address, own_domains):
        return []
    statement = (select(AccessRequest)
                 .where(AccessRequest.kind == kind, AccessRequest.status.in_(UNANSWERED),
                        AccessRequest.source_message_pk.is_not(None)))
    if unresolved_only:
        statement = statement.where(AccessRequest.customer_id.is_(None))
    wanted = _asker_ref(session, address, own_domains)
    if wanted is None:  # no hash key (a session without a sealer): every one's mail is read, as before the column
        unread = list(session.scalars(statement.order_by(AccessRequest.id)))
        return [request.id for request, asker in _askers(session, unread, kind, own_domains) if asker == address]
    unread = list(session.scalars(statement.where(AccessRequest.asker_ref.is_(None))))
    for request, asker in _askers(session, unread, kind, own_domains):
        request.asker_ref = _asker_ref(session, asker, own_domains)
    session.flush()
    return list(session.scalars(statement.where(AccessRequest.asker_ref == wanted)
                                .with_only_columns(AccessRequest.id).order_by(AccessRequest.id)))


# The person is known by address, or by phone number when a relayed SMS or voicemail gave no address.
_ASKER_PURPOSE = "request-asker"
NOBODY_BY_ADDRESS = ""


def _asker_ref(session: Session, address: str, own_domains: tuple[str, ...]) -> str | None:
    """The keyed hash the register keeps of who asked: ``NOBODY_BY_ADDRESS`` for one of the firm's own addresses
    (a system of the firm relayed the request without its writer's), None without a hash key."""
    if not address or is_own_address(address, own_domains):
        return NOBODY_BY_ADDRESS
    normal = address.strip().lower() if "@" in address else "".join(address.split())
    return fingerprint(session, _ASKER_PURPOSE, normal)


def _askers(session: Session, unread: list[AccessRequest], kind: str,
            own_domains: tuple[str, ...]) -> list[tuple[AccessRequest, str]]:
    """Each request with who asked it, read again from its mail (the mails fetched in one query)."""
    sources = {message.id: message for message in session.scalars(
        select(Message).where(Message.id.in_({request.source_message_pk for request in unread})))} if unread else {}
    return [(request, _asked_by(session, request, sources.get(request.source_message_pk), kind, own_domains))
            for request in unread]


def _asked_by(session: Session, request: AccessRequest, message: Message | None, kind: str,
              own_domains: tuple[str, ...]) -> str:
    """Who asked the request of this kind in its stored mail: the writer of the mail it forwarded, else its sender."""
    if message is None:
        return ""
    sender_address = (message.from_address or "").lower()
    for finding in find_requests(message.subject, open_text(session, message.key_id, message.body_text),
                                 _sender(sender_address, own_domains, automatic=False)):
        if finding.kind == kind and finding.original_sender:
            return finding.original_sender
    return sender_address


# ---------------------------------------------------------------- the register

@dataclass(frozen=True)
class RegisterEntry:
    request_id: int
    kind: str
    state: str  # suggested | open | extended | overdue | answered | dismissed
    status: str  # as stored: suggested | open | answered | dismissed
    customer_id: str | None
    subject_ref: str
    received_on: date
    deadline: date
    extended_months: int
    extension_reason: str | None
    answered_on: date | None
    dismissal_reason: str | None
    source_message_pk: int | None
    due_soon: bool
    reading: str | None = None  # how the pipeline found a suggestion (RequestReading); None when staff registered it


def state_of(request: AccessRequest, today: date) -> str:
    """A stored request's state today, its extension counted (every list and view reads it from here)."""
    return request_state(request.status, request.deadline, today, request.extended_months or 0)


def view(request: AccessRequest, today: date) -> RegisterEntry:
    return RegisterEntry(
        request_id=request.id, kind=request.kind, state=state_of(request, today), status=request.status,
        customer_id=request.customer_id, subject_ref=request.subject_ref, received_on=request.requested_on,
        deadline=request.deadline, extended_months=request.extended_months or 0, extension_reason=request.extension_reason,
        answered_on=request.answered_on, dismissal_reason=request.dismissal_reason,
        source_message_pk=request.source_message_pk, due_soon=due_soon(request.status, request.deadline, today),
        reading=request.reading)


def register_views(session: Session, today: date) -> list[RegisterEntry]:
    """Every request of every kind, soonest deadline first (no permission check: counts for status and report)."""
    return [view(r, today) for r in session.scalars(select(AccessRequest).order_by(AccessRequest.deadline, AccessRequest.id))]


def list_register(session: Session, actor: str | None, today: date | None = None) -> list[RegisterEntry]:
    today = today or date.today()
    require(session, actor, StaffAction.ACCESS_REQUEST, today)
    return register_views(session, today)


@dataclass(frozen=True)
class RegisterRow:
    """A request as the register page lists it and its own page shows it, with the step that takes it further for
    the staff member reading the page (rules.access.request_step; None once the request is answered or dismissed)
    and the months its deadline may still be extended by today (rules.access.extension_choices; none when it may
    not be)."""

    entry: RegisterEntry
    step: RequestStep | None
    extension_months: tuple[int, ...] = ()


def _reader_may_erase(session: Session, actor: str | None, today: date) -> bool:
    """The register's permission, required of whoever reads it, and whether they may also erase (which decides
    the step an erasure request offers them)."""
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    return may(member, StaffAction.ERASE_SUBJECT, today).allowed


def _row(entry: RegisterEntry, may_erase: bool, today: date) -> RegisterRow:
    return RegisterRow(entry,
                       request_step(entry.kind, entry.status, entry.customer_id, entry.source_message_pk is not None,
                                    may_erase),
                       extension_choices(entry.status, entry.received_on, entry.extended_months, today))


def list_register_steps(session: Session, actor: str | None, today: date | None = None) -> list[RegisterRow]:
    """The register (the same permission and order as ``list_register``), each unanswered request with its next
    step. Whether that step may be the erasure plan is this staff member's permission to erase, decided here, so a
    page never offers an action the service would refuse."""
    today = today or date.today()
    may_erase = _reader_may_erase(session, actor, today)
    return [_row(entry, may_erase, today) for entry in register_views(session, today)]


def get_register_row(session: Session, actor: str | None, request_id: int, today: date | None = None) -> RegisterRow:
    """One request as the register lists it, with the same step for this staff member (the same permission as the
    register): the request's own page offers what its row in the list offers, decided here once."""
    today = today or date.today()
    return _row(view(_get(session, request_id), today), _reader_may_erase(session, actor, today), today)


def list_requests(session: Session, actor: str | None, today: date | None = None) -> list[tuple[AccessRequest, str]]:
    """Every request of every kind, soonest deadline first, with its state today."""
    today = today or date.today()
    require(session, actor, StaffAction.ACCESS_REQUEST, today)
    requests = session.scalars(select(AccessRequest).order_by(AccessRequest.deadline, AccessRequest.id))
    return [(r, state_of(r, today)) for r in requests]


def _get(session: Session, request_id: int) -> AccessRequest:
    request = session.get(AccessRequest, request_id)
    if request is None:
        raise InputError(f"det finnes ikke noe krav #{request_id}")
    return request


def _decide(session: Session, request: AccessRequest, actor: str, status: str, today: date, action: str,
            details: dict | None = None) -> None:
    request.status, request.decided_by, request.decided_on = status, actor, today
    session.flush()
    append_audit(session, actor=actor, action=action, target_type="request", target_id=str(request.id),
                 details={"kind": request.kind, **(details or {})})


def confirm(session: Session, actor: str | None, request_id: int, customer_id: str | None = None,
            received_on: date | None = None, today: date | None = None) -> RegisterEntry:
    """A suggestion is a real request: it becomes open, due from the day it came in. Staff may
    name the customer it is from, and correct the received date (both audited)."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    request = _get(session, request_id)
    if request.status != SUGGESTED:
        raise InputError(f"krav #{request_id} er {_state(request)}, ikke foreslått")
    details = {}
    if customer_id is not None:
        if session.get(Customer, customer_id) is None:
            raise InputError(f"det finnes ingen kunde {customer_id}")
        request.customer_id, request.subject_ref = customer_id, customer_id
        details["customer_id"] = customer_id
    if received_on is not None:
        details.update(_set_received(request, received_on, today))
    _decide(session, request, member.username, OPEN, today, "request.confirm", details)
    return view(request, today)


def dismiss(session: Session, actor: str | None, request_id: int, reason: str, today: date | None = None) -> RegisterEntry:
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    request = _get(session, request_id)
    if not reason.strip():
        raise InputError("å avvise et krav krever en begrunnelse (--reason)")
    if request.status not in UNANSWERED:
        raise InputError(f"krav #{request_id} er {_state(request)}; bare et foreslått eller åpent krav kan avvises")
    request.dismissal_reason = reason.strip()
    _decide(session, request, member.username, DISMISSED, today, "request.dismiss", {"reason": reason.strip()})
    return view(request, today)


def extend(session: Session, actor: str | None, request_id: int, months: int, reason: str,
           today: date | None = None) -> RegisterEntry:
    """Art. 12(3): up to two further months where the request is complex or there are many;
    the person must be told, with the reason, within the first month."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    request = _get(session, request_id)
    if not reason.strip():
        raise InputError("en forlengelse krever en begrunnelse (--reason); den står i brevet til personen")
    refusal = extension_refusal(request.id, request.status, request.requested_on, request.extended_months or 0, months,
                                today)
    if refusal:
        raise InputError(refusal)
    total = (request.extended_months or 0) + months
    request.extended_months, request.extension_reason = total, reason.strip()
    request.deadline = access_deadline(request.requested_on, 1 + total)
    session.flush()
    append_audit(session, actor=member.username, action="request.extend", target_type="request", target_id=str(request.id),
                 details={"months": months, "total_months": total, "deadline": request.deadline.isoformat(),
                          "reason": reason.strip()})
    return view(request, today)


def extension_letter_text(session: Session, request_id: int, letterhead: Letterhead, contact: str,
                          supervisory_authority: str, today: date | None = None) -> str:
    """The letter telling the person of an extended deadline and why (art. 12(3)); addressed by name when the
    request is tied to a customer."""
    request = _get(session, request_id)
    if not request.extended_months:
        raise InputError(f"krav #{request_id} er ikke forlenget")
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    facts = ExtensionFacts(kind=request.kind, name=customer.name if customer is not None else None,
                           received_on=request.requested_on, first_deadline=access_deadline(request.requested_on),
                           new_deadline=request.deadline, months=request.extended_months,
                           reason=request.extension_reason or "")
    return extension_letter(facts, letterhead, contact, supervisory_authority, today or date.today())


def answer(session: Session, actor: str | None, request_id: int, sent_on: date, today: date | None = None) -> RegisterEntry:
    """The answer was sent to the person on ``sent_on``: only now is the request answered."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    request = _get(session, request_id)
    if request.status == SUGGESTED:
        raise InputError(f"krav #{request_id} er bare foreslått: bekreft det først (intake requests confirm {request_id})")
    if request.status != OPEN:
        raise InputError(f"krav #{request_id} er allerede {_state(request)}")
    if sent_on > today:
        raise InputError(f"sendedatoen {norwegian_date(sent_on)} er fram i tid")
    if sent_on < request.requested_on:
        raise InputError("svaret kan ikke være sendt før kravet kom inn")
    mark_answered(session, request, member.username, sent_on)
    append_audit(session, actor=member.username, action="request.answer", target_type="request", target_id=str(request.id),
                 details={"kind": request.kind, "sent_on": sent_on.isoformat(), "late": sent_on > request.deadline})
    return view(request, today)


def correct_received(session: Session, actor: str | None, request_id: int, received_on: date,
                     today: date | None = None) -> RegisterEntry:
    """The request came in on another day than registered: the deadline moves with it (audited)."""
    today = today or date.today()
    member = require(session, actor, StaffAction.ACCESS_REQUEST, today)
    request = _get(session, request_id)
    if request.status in (ANSWERED, DISMISSED):
        raise InputError(f"krav #{request_id} er allerede {_state(request)}")
    details = _set_received(request, received_on, today)
    session.flush()
    append_audit(session, actor=member.username, action="request.correct_received", target_type="request",
                 target_id=str(request.id), details=details)
    return view(request, today)


def _set_received(request: AccessRequest, received_on: date, today: date) -> dict:
    _check_received(received_on, today)
    old = request.requested_on
    request.requested_on = received_on
    request.deadline = access_deadline(received_on, 1 + (request.extended_months or 0))
    return {"old_received_on": old.isoformat(), "received_on": received_on.isoformat(),
            "deadline": request.deadline.isoformat()}
