"""parse -> store -> link -> detect -> retention, for one message, in one transaction.

The ledger row that says "done" is written in the same transaction as the
message, so either both exist or neither does. A message already in the
ledger (same mailbox key and same bytes) is not stored again. Arriving under
another key, the same bytes, or the same Message-ID with the same content once
transport headers are set aside (rules/mail_identity.py), are recorded as a
duplicate of the stored message; a Message-ID reused for other content is
stored as a message of its own, linked to the first (``same_message_id_as``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from intake.crypto import blob_id, open_bytes, sealer_of
from intake.config import ExtractionConfig
from intake.ingest.analysis import EarlierMail, MessageAnalysis, case_numbers
from intake.ingest.attachment_text import DEFAULT_LIMITS
from intake.ingest.parsing import ParsedMessage, UnparseableMessage, header_facts
from intake.ingest.worker import (
    Budget, InProcessWorker, OverBudget, ProcessWorker, StopRequested, WorkerDied, gave_up,
)
from intake.privacy.requests import suggest_from_mail
from intake.retention import retention_at_ingest
from intake.ingest.sources import IncomingMessage, MailboxKey
from models import (
    Attachment, Blob, CustomerAddress, IngestAttempt, StoredFinding, LedgerEntry, Message, MessageCustomerLink, MessageProjectLink,
    MessagePropertyLink, Participant, PropertyCaseNumber, ReviewItem, Thread,
)
from models.queries import (
    case_properties, known_customers, ledger_entry, message_by_raw_hash, messages_by_message_id, property_ids_by_key,
    records_version, thread_links, thread_for,
)
from models.base import utcnow
from models.session import transaction
from rules.detection import Analyzer
from rules.linking.linker import CustomerDirectory, case_numbers_to_remember
from rules.mail_identity import content_sha256
from rules.retention import Policy
from rules.vocabulary import IngestState, MessageState

log = logging.getLogger(__name__)

STORED, DUPLICATE, QUARANTINED, ALREADY_DONE = (IngestState.STORED, IngestState.DUPLICATE, IngestState.QUARANTINED,
                                                IngestState.ALREADY_DONE)


@dataclass(frozen=True)
class IngestOutcome:
    state: str
    message_pk: int | None


class Pipeline:
    def __init__(self, factory: sessionmaker[Session], analyzer: Analyzer, policies: tuple[Policy, ...],
                 own_domains: tuple[str, ...], worker=None, budget: Budget = Budget(),
                 limits: ExtractionConfig = DEFAULT_LIMITS):
        self._factory = factory
        self._analyzer = analyzer
        self._policies = policies
        self._own_domains = own_domains
        self._directory: CustomerDirectory | None = None
        self._records_version = None
        # Parsing and analysis; the daemon gives a ProcessWorker (a child under a time and memory budget).
        self._limits = limits  # extraction limits ([extraction] in config.toml)
        self._worker = worker or InProcessWorker(analyzer, own_domains, limits)
        self._budget = budget

    def refresh_records(self) -> None:
        """Rebuild the customer directory if the records changed; the daemon asks once per poll."""
        with self._factory() as session:
            version = records_version(session)
            if self._directory is None or version != self._records_version:
                customers = known_customers(session)
                self._directory = CustomerDirectory(customers)
                if self._records_version is not None:
                    # Customers imported after start-up: the person recognizer learns their names too.
                    self._analyzer.set_known_names(customer.name for customer in customers)
                self._records_version = version
                self._worker.directory_changed()

    def isolate(self, budget: Budget, stop_event=None) -> None:
        """Parse and analyse in a worker process under `budget` (the daemon does; see intake/ingest/worker.py)."""
        self._worker.close()
        self._budget = budget
        self._worker = ProcessWorker(self._analyzer, self._own_domains, budget, self._customer_directory, stop_event,
                                     self._limits)

    def close(self) -> None:
        self._worker.close()

    def _customer_directory(self) -> CustomerDirectory:
        if self._directory is None:
            self.refresh_records()
        return self._directory

    def ingest(self, incoming: IncomingMessage) -> IngestOutcome:
        raw = incoming.read()
        incoming = dataclasses.replace(incoming, read=lambda: raw)  # read once, however often tried
        sha256 = hashlib.sha256(raw).hexdigest()
        while True:
            if incoming.quarantine_reason is None:
                attempts = self._count_attempt(sha256)
                if attempts > self._budget.max_attempts:
                    log.warning("message %s: %d attempts did not finish; quarantining it", incoming.key.message_key,
                                attempts - 1)
                    incoming = dataclasses.replace(incoming, quarantine_reason=gave_up(attempts - 1))
            self._worker.start_message()
            try:
                return self._ingest_retrying_conflicts(incoming)
            except OverBudget as over:
                log.warning("message %s is over its budget; quarantining it", incoming.key.message_key)
                return self._ingest_retrying_conflicts(dataclasses.replace(incoming, quarantine_reason=over.reason))
            except WorkerDied:
                # Counted already: a fresh worker tries again, until the attempts run out.
                log.warning("the analysis worker died on message %s", incoming.key.message_key)
            except StopRequested:
                self._count_attempt(sha256, -1)  # a stop is not the message's fault
                raise

    def _ingest_retrying_conflicts(self, incoming: IncomingMessage) -> IngestOutcome:
        try:
            return self._ingest_once(incoming)
        except IntegrityError:
            # Another writer stored the same message between our check and our commit:
            # the second attempt sees its rows and records a duplicate or "already".
            return self._ingest_once(incoming)

    def _count_attempt(self, sha256: str, step: int = 1) -> int:
        """Count a start on this message in a transaction of its own, committed before the work begins,
        so that a daemon killed by the message finds the count after its restart."""
        with transaction(self._factory) as session:
            attempt = session.get(IngestAttempt, sha256)
            if attempt is None:
                attempt = IngestAttempt(raw_sha256=sha256, attempts=0)
                session.add(attempt)
            attempt.attempts = max(0, attempt.attempts + step)
            attempt.last_started_at = utcnow()
            return attempt.attempts

    def quarantine(self, incoming: IncomingMessage, reason: str) -> IngestOutcome:
        """Keep the raw message and record why it could not go through the pipeline."""
        return self.ingest(dataclasses.replace(incoming, quarantine_reason=reason))

    def _ingest_once(self, incoming: IncomingMessage) -> IngestOutcome:
        raw = incoming.read()
        sha256 = hashlib.sha256(raw).hexdigest()
        # Parsing and analysis (seconds, up to the budget) run before the write transaction opens, so no
        # transaction stays open while the worker reads the message.
        prepared = self._prepare(incoming, raw, sha256)
        with transaction(self._factory) as session:
            key = _ledger_key(session, incoming.key, sha256)
            done = _ledger_row(session, key)
            if done is not None:
                session.execute(delete(IngestAttempt).where(IngestAttempt.raw_sha256 == sha256))
                return IngestOutcome(ALREADY_DONE, done.message_pk)
            state, message, error = self._store(session, incoming, raw, sha256, prepared)
            session.execute(delete(IngestAttempt).where(IngestAttempt.raw_sha256 == sha256))
            session.add(LedgerEntry(
                source=key.source, account=key.account, folder=key.folder, mailbox_identity=key.mailbox_identity,
                message_key=key.message_key, state=state, message_pk=message.id if message else None,
                raw_sha256=sha256, error=error,
            ))
            return IngestOutcome(state, message.id if message else None)

    def _prepare(self, incoming: IncomingMessage, raw: bytes, sha256: str) -> _Prepared | None:
        """Parse and analyse outside any write transaction; None when the message needs no work (already in the
        ledger, or the same bytes stored before). The write transaction checks all of it again."""
        with self._factory() as session:
            key = _ledger_key(session, incoming.key, sha256)
            if _ledger_row(session, key) is not None or message_by_raw_hash(session, sha256) is not None:
                return None
        return self._parse_and_analyse(incoming, raw)

    def _parse_and_analyse(self, incoming: IncomingMessage, raw: bytes) -> _Prepared:
        if incoming.quarantine_reason is not None:
            return _Prepared(None, incoming.quarantine_reason, None)
        try:
            parsed = self._worker.parse(raw)
        except UnparseableMessage as problem:
            return _Prepared(None, str(problem), None)
        with self._factory() as session:  # reads only, closed before the analysis
            if parsed.message_id:
                content = content_sha256(raw)
                if any(_same_content(session, m, content) for m in messages_by_message_id(session, parsed.message_id)):
                    return _Prepared(parsed, None, None)  # a copy of stored mail: nothing to analyse
            earlier = _earlier_mail(session, parsed)
        return _Prepared(parsed, None, self._worker.analyze(parsed, self._customer_directory(), earlier))

    def _store(self, session: Session, incoming: IncomingMessage, raw: bytes, sha256: str,
               prepared: _Prepared | None) -> tuple[str, Message, str | None]:
        existing = message_by_raw_hash(session, sha256)
        if existing is not None:
            return DUPLICATE, existing, None
        if prepared is None:  # stored or recorded when prepared, gone since (erased and disposed): do the work now
            prepared = self._parse_and_analyse(incoming, raw)
        parsed, reason = prepared.parsed, prepared.reason
        content = content_sha256(raw)
        if parsed is None:
            # Whoever it turns out to be from, quarantined mail is sealed under a key of its own.
            key_id = _key_for(session, ())
            _ensure_blobs(session, {sha256: raw}, key_id)
            message = Message(raw_sha256=sha256, content_sha256=content, state=MessageState.QUARANTINED,
                              quarantine_reason=reason, size=len(raw), source_folder=incoming.key.folder, key_id=key_id)
            session.add(message)
            session.flush()
            _date_quarantined(session, message, raw, self._policies, self._own_domains)
            return QUARANTINED, message, reason
        first_with_id = None
        if parsed.message_id:
            same_id = messages_by_message_id(session, parsed.message_id)
            copy = next((m for m in same_id if _same_content(session, m, content)), None)
            if copy is not None:
                # The same mail again (the Sent copy, a re-delivery with other transport headers): stored once.
                # Its bytes are not kept a second time; the ledger row keeps their hash.
                return DUPLICATE, copy, None
            # Other content under a Message-ID already seen: its own message, linked to the first.
            first_with_id = same_id[0] if same_id else None
        analysis = prepared.analysis
        if analysis is None:  # taken for a copy when prepared, not one now: analysed here after all
            analysis = self._worker.analyze(parsed, self._customer_directory(), _earlier_mail(session, parsed))
        message = self._store_parsed(session, parsed, analysis, raw, sha256, incoming.key.folder, content,
                                     first_with_id.id if first_with_id else None)
        return STORED, message, None

    def _store_parsed(self, session: Session, parsed: ParsedMessage, analysis: MessageAnalysis, raw: bytes,
                      sha256: str, folder: str, content: str, same_message_id_as: int | None) -> Message:
        # Reads first, writes last: every pending row then goes to the database in one flush.
        thread = thread_for(session, parsed.message_id, _parent_ids(parsed), parsed.subject)
        thread_id = thread.id if thread else None
        # Sealed under the one linked customer's key, else a key of its own (intake/crypto.py).
        key_id = _key_for(session, [link.customer_id for link in analysis.links.customers])
        sealer = sealer_of(session)
        attachments = [(blob_id(hashlib.sha256(a.payload).hexdigest(), key_id), a) for a in parsed.attachments]
        _ensure_blobs(session, {sha256: raw, **{digest: a.payload for digest, a in attachments}}, key_id)
        message = Message(
            raw_sha256=sha256, message_id_header=parsed.message_id, content_sha256=content,
            same_message_id_as=same_message_id_as, state=MessageState.STORED, subject=parsed.subject,
            sent_at=parsed.sent_at, from_address=parsed.sender.address if parsed.sender else None,
            body_text=sealer.seal_text(key_id, parsed.body) if key_id else parsed.body, in_reply_to=parsed.in_reply_to,
            references=" ".join(parsed.references) or None,
            thread_id=thread_id, source_folder=folder, size=len(raw),
            parse_defects=", ".join(parsed.defects) or None, key_id=key_id,
        )
        message.attachments = [_attachment_row(digest, attachment, sealer, key_id) for digest, attachment in attachments]
        session.add(message)
        # Links, retention and the ledger row need the message's id; they are flushed at commit.
        session.flush()
        # The many small rows go in as one executemany each, without a unit-of-work object per row.
        _insert_rows(session, Participant, [
            {"message_pk": message.id, "role": role, "address": a.address, "display_name": a.display_name}
            for role, a in parsed.participants()
        ])
        _insert_rows(session, StoredFinding, [_finding_row(message.id, finding, sealer, key_id) for finding in analysis.findings])
        property_pks = property_ids_by_key(session, {prop.key for prop in analysis.links.properties})
        _store_links(session, message, analysis, property_pks)
        retention_at_ingest(session, message, self._policies, (link.customer_id for link in analysis.links.customers),
                            (attachment.filename for attachment in parsed.attachments),
                            (finding.label for finding in analysis.findings),
                            project_ids=[link.project_id for link in analysis.links.projects])
        # A data subject's request in the mail is registered as a suggestion; its deadline runs from today's mail.
        suggest_from_mail(session, message, raw, self._own_domains, [link.customer_id for link in analysis.links.customers])
        return message


@dataclass(frozen=True)
class _Prepared:
    """A message parsed and analysed before its write transaction: or why it is quarantined instead."""

    parsed: ParsedMessage | None
    reason: str | None
    analysis: MessageAnalysis | None  # None: not analysed (quarantined, or a copy of stored mail)


def _parent_ids(parsed: ParsedMessage) -> list[str]:
    return list(parsed.references) or ([parsed.in_reply_to] if parsed.in_reply_to else [])


def _earlier_mail(session: Session, parsed: ParsedMessage) -> EarlierMail:
    """What earlier mail in the message's thread concerned, read without writing (the thread itself is found
    or made by ``thread_for`` in the write transaction, the same way)."""
    parent_ids = _parent_ids(parsed)
    thread_id = None
    if parent_ids:
        thread_id = session.scalar(select(Message.thread_id).where(Message.message_id_header.in_(parent_ids),
                                                                   Message.thread_id.is_not(None)).limit(1))
    root = parent_ids[0] if parent_ids else parsed.message_id
    if thread_id is None and root is not None:
        thread_id = session.scalar(select(Thread.id).where(Thread.root_message_id == root))
    customers, properties, projects = thread_links(session, thread_id)
    return EarlierMail(customers, properties, projects, case_properties(session, case_numbers(parsed)))


def _date_quarantined(session: Session, message: Message, raw: bytes, policies: tuple[Policy, ...],
                      own_domains: tuple[str, ...]) -> None:
    """Quarantined mail is still held mail: it gets a retention record, and when its From address
    can be read, a sender participant (so lookup, access and erasure find it) and the link to the
    one customer who has that address (issue 12)."""
    sender = readable_sender(raw)
    facts = header_facts(raw)
    # Subject and date as the header gives them, so lookup shows the mail as staff know it, not «» of no date.
    message.subject, message.sent_at = facts.subject, facts.sent_at
    customer_ids: list[str] = []
    if sender:
        message.from_address = sender
        session.add(Participant(message_pk=message.id, role="from", address=sender, display_name=None))
        if sender.rpartition("@")[2] not in own_domains:
            customer_ids = sorted(set(session.scalars(select(CustomerAddress.customer_id)
                                                      .where(CustomerAddress.address == sender))))
        if len(customer_ids) == 1:
            session.add(MessageCustomerLink(message_pk=message.id, customer_id=customer_ids[0], method="sender_address",
                                            confidence=1.0, reasons=[{"signal": "sender_address", "weight": 1.0,
                                                                      "detail": "quarantined; From header readable"}]))
        else:
            customer_ids = []
    session.flush()
    retention_at_ingest(session, message, policies, customer_ids, (), ())
    # A request made in the subject ("Krav om innsyn") of mail too big or too broken to read is still a request:
    # registered as a suggestion like any other, its deadline running from the day it was sent.
    suggest_from_mail(session, message, raw, own_domains, customer_ids)


def readable_sender(raw: bytes) -> str | None:
    """The From address of a message that could not be parsed, when its header block can be read at all."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
        _, address = parseaddr(str(headers.get("From", "") or ""))
    except Exception:  # hostile bytes: no sender is a fine answer
        return None
    address = address.strip().lower()
    return address if 3 <= len(address) <= 320 and re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}", address) else None


def _ledger_key(session: Session, key: MailboxKey, sha256: str) -> MailboxKey:
    """The ledger key of this arrival. A mailbox key already recorded for other bytes (a Maildir file name
    reused for new mail, a server that reused a UID) is never taken for "done": the arrival gets a key
    of its own, made of the mailbox's key and its hash."""
    recorded = _ledger_row(session, key)
    if recorded is None or recorded.raw_sha256 in (None, sha256):
        return key
    return dataclasses.replace(key, message_key=f"{key.message_key}#{sha256[:16]}")


def _ledger_row(session: Session, key: MailboxKey) -> LedgerEntry | None:
    return ledger_entry(session, source=key.source, account=key.account, folder=key.folder,
                        mailbox_identity=key.mailbox_identity, message_key=key.message_key)


def _same_content(session: Session, message: Message, content: str) -> bool:
    """Whether a stored message with the same Message-ID holds the same content. Any copy of an erased message
    counts as the same: mail that shares a Message-ID with erased mail must not bring its content back (a Sent
    copy can differ in more than transport headers). Messages stored before content hashes were kept have
    theirs worked out from the raw bytes."""
    if message.state == MessageState.ERASED:
        return True
    if message.content_sha256 is None:
        stored = session.execute(select(Blob.content, Blob.key_id).where(Blob.sha256 == message.raw_sha256)).first()
        raw = open_bytes(session, stored.key_id, stored.content) if stored is not None else None
        if raw is None:
            return False
        message.content_sha256 = content_sha256(raw)
    return message.content_sha256 == content


def _store_links(session: Session, message: Message, analysis: MessageAnalysis, property_pks: dict[str, int]) -> None:
    for link in analysis.links.customers:
        session.add(MessageCustomerLink(
            message_pk=message.id, customer_id=link.customer_id, method=link.method, confidence=link.confidence,
            reasons=_reasons_json(link.reasons),
        ))
    for prop in analysis.links.properties:
        session.add(MessagePropertyLink(
            message_pk=message.id, property_key=prop.key, mention_text=prop.mention_text,
            property_id=property_pks.get(prop.key), customer_id=prop.customer_id,
            kommune_as_written=prop.kommune_as_written, confidence=prop.confidence,
            reasons=_reasons_json(prop.reasons), role=prop.role,
        ))
    for project in {link.project_id: link for link in analysis.links.projects}.values():
        session.add(MessageProjectLink(
            message_pk=message.id, project_id=project.project_id, method=project.method,
            confidence=project.confidence, reasons=_reasons_json(project.reasons),
        ))
    for case_number, key in case_numbers_to_remember(analysis.facts, analysis.links):
        if session.scalar(select(PropertyCaseNumber.id).where(PropertyCaseNumber.case_number == case_number,
                                                              PropertyCaseNumber.property_key == key)) is None:
            session.add(PropertyCaseNumber(case_number=case_number, property_key=key, message_pk=message.id))
    if analysis.links.review_reason:
        session.add(ReviewItem(
            message_pk=message.id, reason=analysis.links.review_reason,
            candidates=[{"customer_id": c.customer_id, "confidence": c.confidence,
                         "reasons": _reasons_json(c.reasons)}
                        for c in analysis.links.candidates],
        ))


def _attachment_row(sha256: str, attachment, sealer, key_id: str | None) -> Attachment:
    text = sealer.seal_text(key_id, attachment.text) if key_id else attachment.text
    return Attachment(filename=attachment.filename, content_type=attachment.content_type, size=len(attachment.payload),
                      blob_sha256=sha256, text=text, text_error=attachment.text_error)


def _key_for(session: Session, customer_ids) -> str | None:
    """The key a new message is sealed under; None when the session seals nothing (the benchmark's baseline)."""
    sealer = sealer_of(session)
    return sealer.key_for_message(customer_ids) if sealer is not None else None



# Identifiers found by their keyed hash (``value_hash``) need no plain copy: the finding keeps where it is
# and how it looked, the digits are masked.
MASKED_LABELS = frozenset({"NATIONAL_ID", "BANK_ACCOUNT"})


def masked(label: str, text: str) -> str:
    return "".join("*" if char.isalnum() else char for char in text) if label in MASKED_LABELS else text


def _finding_row(message_pk: int, finding, sealer, key_id: str | None) -> dict:
    text = masked(finding.label, finding.text)
    return {"message_pk": message_pk, "part": finding.part, "label": finding.label,
            "text": sealer.seal_text(key_id, text) if key_id else text,
            "text_hash": sealer.text_hash(finding.label, text) if key_id else None,
            "start": finding.start, "end": finding.end, "score": finding.score, "recognizer": finding.recognizer,
            "value_hash": finding.value_hash}


def _insert_rows(session: Session, model, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _reasons_json(reasons) -> list[dict]:
    return [{"signal": reason.signal, "weight": reason.weight, "detail": reason.detail} for reason in reasons]


def _ensure_blobs(session: Session, payloads: dict[str, bytes], key_id: str | None) -> None:
    """Add each blob (keyed by its id) that the database does not hold yet, sealed under ``key_id``."""
    stored = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(payloads))))
    sealer = sealer_of(session)
    session.add_all(Blob(sha256=digest, size=len(data), key_id=key_id,
                         content=sealer.seal_bytes(key_id, data) if key_id else data)
                    for digest, data in payloads.items() if digest not in stored)
