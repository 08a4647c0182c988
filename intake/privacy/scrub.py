"""Remove a message's personal data and leave a tombstone: shared by erasure and disposal.

The message row stays (state ``erased``) so the ledger and the raw hash still stop the
same mail from being stored again; its subject, body, addresses, participants,
attachments, findings and links go, and the bytes of the raw message and of every
attachment no other stored message uses are emptied. A message sealed under a key of its own has that key
destroyed once the transaction commits (intake/crypto.py), so its copies in backups cannot be read either; a
customer's key is destroyed by the erasure of that customer.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from intake.crypto import destroy_after_commit, sealer_of
from models import (
    Attachment, Blob, StoredFinding, Message, MessageCustomerLink, MessageProjectLink, MessagePropertyLink, Participant,
    PropertyCaseNumber, RetentionRecord,
    ReviewItem, Thread, Tombstone,
)
from rules.erasure import erased_message_id
from rules.vocabulary import ErasureItemType, MessageState, TombstoneCause


def scrub_message(session: Session, message: Message, *, cause: TombstoneCause, basis: str, actor: str) -> Tombstone:
    pk = message.id
    attachment_blobs = set(session.scalars(select(Attachment.blob_sha256).where(Attachment.message_pk == pk,
                                                                                 Attachment.blob_sha256.is_not(None))))
    removed = {
        "subject": message.subject is not None,
        "body": message.body_text is not None,
        "attachments": _count(session, Attachment, pk),
        "findings": _count(session, StoredFinding, pk),
        "participants": _count(session, Participant, pk),
    }
    for model in (StoredFinding, Participant, Attachment, MessageCustomerLink, MessagePropertyLink, MessageProjectLink,
                  PropertyCaseNumber, ReviewItem, RetentionRecord):
        session.execute(delete(model).where(model.message_pk == pk))
    session.expire(message)
    thread_id, own_message_id = message.thread_id, message.message_id_header
    message.state = MessageState.ERASED
    message.subject = message.body_text = message.from_address = None
    message.message_id_header = erased_message_id(message.message_id_header) if message.message_id_header else None
    message.in_reply_to = message.references = None
    message.parse_defects = message.quarantine_reason = None
    message.thread_id = None
    session.flush()
    removed["stored_bytes_emptied"] = _empty_unused_blobs(session, {message.raw_sha256} | attachment_blobs)
    sealer = sealer_of(session)
    if message.key_id is not None and sealer is not None and sealer.is_own_key(message.key_id):
        destroy_after_commit(session, {message.key_id})
    _forget_thread_keys(session, thread_id, own_message_id)
    tombstone = Tombstone(target_type=ErasureItemType.MESSAGE, target_id=str(pk), cause=cause, basis=basis, removed=removed, removed_by=actor)
    session.add(tombstone)
    session.flush()
    return tombstone


def _count(session: Session, model, pk: int) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.message_pk == pk)) or 0


def _empty_unused_blobs(session: Session, shas: set[str]) -> int:
    """Empty each blob that no stored (not erased) message or remaining attachment still uses."""
    emptied = 0
    for sha in shas:
        used_as_raw = session.scalar(select(Message.id).where(Message.raw_sha256 == sha, Message.state != MessageState.ERASED).limit(1))
        used_as_attachment = session.scalar(select(Attachment.id).where(Attachment.blob_sha256 == sha).limit(1))
        blob = session.get(Blob, sha)
        if blob is not None and used_as_raw is None and used_as_attachment is None:
            blob.content = None
            emptied += 1
    session.flush()
    return emptied


def _forget_thread_keys(session: Session, thread_id: int | None, own_message_id: str | None) -> None:
    """A thread keeps its subject and the Message-ID it is rooted at, and either can hold a name or an address.
    A thread no stored message uses any more forgets both; one still in use forgets its root when the root is
    the erased message's own Message-ID. The root keeps the digest erased messages keep, never the text."""
    if thread_id is None:
        return
    thread = session.get(Thread, thread_id)
    if thread is None:
        return
    still_used = session.scalar(select(Message.id).where(Message.thread_id == thread_id).limit(1))
    if still_used is None:
        thread.subject = None
    if (still_used is None or thread.root_message_id == own_message_id) and not _erased_form(thread.root_message_id):
        thread.root_message_id = erased_message_id(thread.root_message_id)
    session.flush()


def _erased_form(message_id: str) -> bool:
    return message_id.startswith("<erased.") and len(message_id) == len(erased_message_id(""))
