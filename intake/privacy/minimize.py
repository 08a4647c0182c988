"""`intake minimize due|run`: mask values that are kept longer than needed (GDPR art. 5(1)(c);
personopplysningsloven § 12), following the firm's policies in ``[[minimization.policies]]``.

A message with due values keeps its row, its place in its thread, its links and its retention record;
in it the values are masked ("150765 00565" -> "XXXXXX XXXXX", rules.minimization):

* the stored texts (subject, body, the extracted text of attachments) and the findings (their text;
  ``masked_at`` is set; the keyed hash stays, so a lookup by the value still finds where it stood);
* the raw message: a masked copy is stored as a new blob and becomes the message's raw message; the
  original blob is deleted and its SHA-256 kept in a ``minimization_tombstones`` row, so the same
  bytes arriving again are recognised as this message (a duplicate), never stored unmasked. In the raw
  copy the Subject header and every text/plain and text/html part are masked; an attachment that held a
  masked value and is not text (a PDF) cannot be masked safely, so it is replaced by a text part with
  its masked extracted text.

A message under a legal hold is left alone and listed as held. Every masked message is audited.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import blob_id, open_bytes, open_text, seal_bytes, seal_text, text_hash
from intake.privacy.holds import hold_reasons_by_message
from intake.privacy.staff import require
from models import Attachment, Blob, StoredFinding, Message, MinimizationTombstone
from models.audit import append_audit
from rules.minimization import MinimizationPolicy, due_since, mask_spans, mask_value, policy_for
from rules.vocabulary import MessageState, StaffAction

STORED = MessageState.STORED


@dataclass(frozen=True)
class DueMessage:
    message_pk: int
    received_on: date
    values: dict[str, int]  # label -> values due for masking
    held: tuple[str, ...] = ()  # reasons of the legal holds that keep it from being masked


@dataclass(frozen=True)
class MinimizationRun:
    masked_messages: int
    masked_values: dict[str, int]
    held: tuple[DueMessage, ...]
    messages: tuple[int, ...] = field(default=())


def due(session: Session, actor: str | None, policies: tuple[MinimizationPolicy, ...], today: date) -> list[DueMessage]:
    """Messages with values that their label's policy says should be masked by ``today``."""
    require(session, actor, StaffAction.RETENTION_DUE, today)
    return _due(session, policies, today)


def run(session: Session, actor: str | None, policies: tuple[MinimizationPolicy, ...], today: date) -> MinimizationRun:
    """Mask every due value in every due message not on legal hold; audited per message."""
    member = require(session, actor, StaffAction.MINIMIZE, today)
    items = _due(session, policies, today)
    done, values = [], defaultdict(int)
    for item in items:
        if item.held:
            continue
        masked = _mask_message(session, item.message_pk, policies, today, member.username)
        for label, count in masked.items():
            values[label] += count
        done.append(item.message_pk)
    return MinimizationRun(len(done), dict(sorted(values.items())), tuple(i for i in items if i.held), tuple(done))


def _due(session: Session, policies: tuple[MinimizationPolicy, ...], today: date) -> list[DueMessage]:
    if not policies:
        return []
    rows = session.execute(
        select(StoredFinding.message_pk, StoredFinding.label, Message.sent_at, Message.stored_at)
        .join(Message, Message.id == StoredFinding.message_pk)
        .where(StoredFinding.label.in_([p.label for p in policies]), StoredFinding.masked_at.is_(None), Message.state == STORED)
        .order_by(StoredFinding.message_pk)
    )
    values: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    received: dict[int, date] = {}
    for pk, label, sent_at, stored_at in rows:
        day = _received_on(sent_at, stored_at)
        if day <= due_since(policy_for(policies, label), today):
            values[pk][label] += 1
            received[pk] = day
    holds = hold_reasons_by_message(session, list(values))
    return [DueMessage(pk, received[pk], dict(sorted(values[pk].items())), tuple(holds.get(pk, ()))) for pk in sorted(values)]


def _received_on(sent_at: datetime | None, stored_at: datetime) -> date:
    """The day the mail came in: its Date header, else when it was stored (the later when the header is in the future)."""
    moment = min(sent_at, stored_at) if sent_at is not None else stored_at
    return moment.astimezone(timezone.utc).date()


def _mask_message(session: Session, pk: int, policies: tuple[MinimizationPolicy, ...], today: date, actor: str) -> dict[str, int]:
    message = session.get(Message, pk)
    cutoff = {p.label: due_since(p, today) for p in policies}
    received = _received_on(message.sent_at, message.stored_at)
    findings = [f for f in session.scalars(select(StoredFinding).where(StoredFinding.message_pk == pk, StoredFinding.masked_at.is_(None)))
                if f.label in cutoff and received <= cutoff[f.label]]
    if not findings:
        return {}
    attachments = {a.filename: a for a in session.scalars(select(Attachment).where(Attachment.message_pk == pk))}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    originals: set[str] = set()
    for finding in findings:
        spans[finding.part].append((finding.start, finding.end))
        originals.add(open_text(session, message.key_id, finding.text))
    if "subject" in spans and message.subject:
        message.subject = _masked(message.subject, spans["subject"], originals)
    key_id = message.key_id  # sealed rows are opened here, masked, and sealed again under the same key
    body = open_text(session, key_id, message.body_text)
    if "body" in spans and body:
        message.body_text = seal_text(session, key_id, _masked(body, spans["body"], originals))
    masked_attachments: dict[str, Attachment] = {}
    masked_texts: dict[str, str] = {}
    for part, part_spans in spans.items():
        attachment = attachments.get(part)
        text = open_text(session, key_id, attachment.text) if attachment is not None else None
        if text:
            masked_texts[part] = _masked(text, part_spans, originals)
            attachment.text = seal_text(session, key_id, masked_texts[part])
            masked_attachments[part] = attachment
    now = datetime.now(timezone.utc)
    counts: dict[str, int] = defaultdict(int)
    for finding in findings:
        masked_value = mask_value(open_text(session, key_id, finding.text))
        finding.text, finding.text_hash = seal_text(session, key_id, masked_value), text_hash(session, finding.label, masked_value) if key_id else None
        finding.masked_at = now
        counts[finding.label] += 1
    original_sha = message.raw_sha256
    original = session.get(Blob, original_sha)
    if original is not None and original.content is not None:
        masked_raw = _masked_raw(open_bytes(session, original.key_id, original.content), originals,
                                 message.subject if "subject" in spans else None, masked_texts)
    else:  # the bytes are gone already (an earlier erasure emptied them): nothing left to mask
        masked_raw = b""
    masked_sha = hashlib.sha256(masked_raw).hexdigest()
    if session.get(Blob, masked_sha) is None:
        session.add(Blob(sha256=masked_sha, size=len(masked_raw), content=seal_bytes(session, key_id, masked_raw),
                         key_id=key_id))
        session.flush()
    message.raw_sha256 = masked_sha
    message.size = len(masked_raw)
    session.flush()
    _delete_if_unused(session, original_sha)
    for part, attachment in masked_attachments.items():
        _replace_attachment_bytes(session, attachment, masked_texts[part], key_id)
    policy_words = "; ".join(policy_for(policies, label).describe() for label in sorted(counts))
    session.add(MinimizationTombstone(message_pk=pk, original_sha256=original_sha, masked_sha256=masked_sha,
                                      masked=dict(sorted(counts.items())), basis=policy_words, masked_by=actor,
                                      values=sum(counts.values())))
    append_audit(session, actor=actor, action="minimize", target_type="message", target_id=str(pk),
                 details={"masked": dict(sorted(counts.items())), "policy": policy_words})
    session.flush()
    return dict(counts)


def _masked(text: str, spans: list[tuple[int, int]], originals: set[str]) -> str:
    """Mask the findings' spans, then any other place the same values stand in the text."""
    text = mask_spans(text, spans)
    for value in sorted(originals, key=len, reverse=True):
        if value and not value.isspace():
            text = text.replace(value, mask_value(value))
    return text


def _masked_raw(raw: bytes, originals: set[str], subject: str | None, attachments: dict[str, str]) -> bytes:
    """The raw message with the values masked; ``attachments`` maps each masked attachment's name to its masked text."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    if subject is not None and parsed["Subject"] is not None:
        parsed.replace_header("Subject", subject)
    for part in list(parsed.walk()):
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if filename in attachments and part.get_content_maintype() != "text":
            _replace_with_text(part, f"[Vedlegget {filename} er erstattet av sin maskerte tekst ved dataminimering.]\n\n"
                                     f"{attachments[filename] or ''}")
            continue
        if part.get_content_type() in ("text/plain", "text/html") or (filename in attachments):
            try:
                content = part.get_content()
            except (LookupError, UnicodeError, AssertionError):
                continue
            masked = content
            for value in sorted(originals, key=len, reverse=True):
                if value and not value.isspace():
                    masked = masked.replace(value, mask_value(value))
            if masked != content:
                _set_text(part, masked)
    return parsed.as_bytes()


def _set_text(part: EmailMessage, text: str) -> None:
    subtype = part.get_content_subtype()
    filename = part.get_filename()
    disposition = part.get_content_disposition()
    part.set_content(text, subtype=subtype, charset="utf-8", disposition=disposition, filename=filename)


def _replace_with_text(part: EmailMessage, text: str) -> None:
    filename = part.get_filename()
    part.set_content(text, subtype="plain", charset="utf-8", disposition="attachment",
                     filename=f"{filename}.maskert.txt" if filename else None)


def _replace_attachment_bytes(session: Session, attachment: Attachment, masked_text: str, key_id: str | None) -> None:
    """The stored attachment becomes its masked text (a PDF cannot be masked safely); the old bytes go."""
    old = attachment.blob_sha256
    content = (masked_text or "").encode("utf-8")
    sha = blob_id(hashlib.sha256(content).hexdigest(), key_id)
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(content), content=seal_bytes(session, key_id, content), key_id=key_id))
        session.flush()
    attachment.blob_sha256, attachment.size, attachment.content_type = sha, len(content), "text/plain"
    session.flush()
    if old and old != sha:
        _delete_if_unused(session, old)


def _delete_if_unused(session: Session, sha: str) -> None:
    used_as_raw = session.scalar(select(Message.id).where(Message.raw_sha256 == sha).limit(1))
    used_as_attachment = session.scalar(select(Attachment.id).where(Attachment.blob_sha256 == sha).limit(1))
    blob = session.get(Blob, sha)
    if blob is not None and used_as_raw is None and used_as_attachment is None:
        session.delete(blob)
        session.flush()
