"""Moving a message's contents between keys: sealing rows stored before sealing existed (``intake keys seal``),
and re-sealing a message under a key of its own before its customer's key is destroyed (erasure).

The keys and the cipher are in intake/crypto.py; this module knows which rows hold a message's contents.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.crypto import blob_id, destroy_after_commit, open_bytes, open_text, sealer_of, text_hash
from sqlalchemy import and_, func, or_

from models import Attachment, Blob, Message, StoredFinding
from rules.vocabulary import MessageState


def rekey_message(session: Session, message: Message, new_key_id: str) -> None:
    """Open everything ``message`` holds under its present key (or none) and seal it under ``new_key_id``."""
    sealer = sealer_of(session)
    old_key_id = message.key_id
    message.body_text = sealer.seal_text(new_key_id, open_text(session, old_key_id, message.body_text))
    for finding in session.scalars(select(StoredFinding).where(StoredFinding.message_pk == message.id)):
        plain = open_text(session, old_key_id, finding.text)
        finding.text, finding.text_hash = sealer.seal_text(new_key_id, plain), sealer.text_hash(finding.label, plain)
    for attachment in session.scalars(select(Attachment).where(Attachment.message_pk == message.id)):
        attachment.text = sealer.seal_text(new_key_id, open_text(session, old_key_id, attachment.text))
        if attachment.blob_sha256 is not None:
            attachment.blob_sha256 = _rekey_blob(session, attachment.blob_sha256, new_key_id, content_addressed=True)
    if message.raw_sha256 is not None:
        _rekey_blob(session, message.raw_sha256, new_key_id, content_addressed=False)
    message.key_id = new_key_id
    session.flush()


def _rekey_blob(session: Session, blob_sha: str, new_key_id: str, content_addressed: bool) -> str:
    """The blob sealed under ``new_key_id``; returns its id (an attachment's id names its key, a raw message's does not)."""
    sealer = sealer_of(session)
    blob = session.get(Blob, blob_sha)
    if blob is None or blob.content is None or blob.key_id == new_key_id:
        return blob_sha
    plain = open_bytes(session, blob.key_id, blob.content)
    if not content_addressed:
        blob.content, blob.key_id = sealer.seal_bytes(new_key_id, plain), new_key_id
        return blob_sha
    new_id = blob_id(hashlib.sha256(plain).hexdigest(), new_key_id)
    if session.get(Blob, new_id) is None:
        session.add(Blob(sha256=new_id, size=len(plain), content=sealer.seal_bytes(new_key_id, plain), key_id=new_key_id))
        session.flush()
    return new_id


def drop_unused_blobs(session: Session, blob_ids) -> None:
    """Delete blobs that neither a message nor an attachment uses any more (their copies under another key remain)."""
    for sha in set(blob_ids):
        used = session.scalar(select(Message.id).where(Message.raw_sha256 == sha).limit(1)) or \
            session.scalar(select(Attachment.id).where(Attachment.blob_sha256 == sha).limit(1))
        if used is None:
            blob = session.get(Blob, sha)
            if blob is not None:
                session.delete(blob)
    session.flush()


def shred_customer_key(session: Session, customer_id: str) -> int:
    """Crypto-shredding at erasure: every message still sealed under the customer's key that is not erased (kept by
    law and restricted, or since linked to someone else) is re-sealed under a key of its own; then the customer's key
    is destroyed after the commit, and every copy of what it sealed, in backups too, becomes unreadable.
    Returns how many messages were re-sealed."""
    sealer = sealer_of(session)
    if sealer is None:
        return 0
    key_id = sealer.customer_key_id(customer_id)
    if key_id is None:
        return 0
    survivors = list(session.scalars(select(Message).where(Message.key_id == key_id, Message.state != MessageState.ERASED)))
    for message in survivors:
        old_blobs = {message.raw_sha256} | set(session.scalars(select(Attachment.blob_sha256).where(
            Attachment.message_pk == message.id, Attachment.blob_sha256.is_not(None))))
        rekey_message(session, message, sealer.key_for_message(()))
        drop_unused_blobs(session, old_blobs)
    from models import Rectification

    corrections = list(session.scalars(select(Rectification).where(Rectification.key_id == key_id)))
    if corrections:  # the record is kept (restricted): its correction history stays readable under a key of its own
        own = sealer.key_for_message(())
        for correction in corrections:
            correction.reason = sealer.seal_text(own, open_text(session, key_id, correction.reason))
            correction.key_id = own
        session.flush()
    destroy_after_commit(session, {key_id})
    return len(survivors)


def seal_unsealed(session: Session, batch: int = 200) -> int:
    """Seal up to ``batch`` messages stored before sealing existed, each under its customer's key when exactly one
    customer is linked, else a key of its own, and up to ``batch`` correction reasons under their customer's key;
    returns how many rows were sealed (0: none left)."""
    from models import MessageCustomerLink

    sealer = sealer_of(session)
    messages = list(session.scalars(select(Message).where(Message.key_id.is_(None), Message.state != MessageState.ERASED)
                                    .order_by(Message.id).limit(batch)))
    for message in messages:
        customers = set(session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == message.id)))
        old_blobs = set(session.scalars(select(Attachment.blob_sha256).where(Attachment.message_pk == message.id,
                                                                              Attachment.blob_sha256.is_not(None))))
        rekey_message(session, message, sealer.key_for_message(customers))
        drop_unused_blobs(session, old_blobs)
    from models import Rectification

    corrections = list(session.scalars(select(Rectification).where(Rectification.key_id.is_(None)).limit(batch)))
    for correction in corrections:
        correction.key_id = sealer.key_for_message([correction.customer_id])
        correction.reason = sealer.seal_text(correction.key_id, correction.reason)
    session.flush()
    return len(messages) + len(corrections)


# -- searching sealed findings: the keyed hash for sealed rows, the plain text for rows not sealed yet

def _unsealed_rows_remain(session: Session) -> bool:
    """Whether mail stored before sealing existed is still unsealed (until `intake keys seal` has run). Once a
    process has seen none, it never looks again: every row written since is sealed."""
    sealer = sealer_of(session)
    if sealer is None:
        return True
    if not sealer.all_sealed:
        sealer.all_sealed = session.scalar(select(Message.id).where(Message.key_id.is_(None),
                                                                    Message.state != MessageState.ERASED).limit(1)) is None
    return not sealer.all_sealed


def _either(session: Session, hashed, unsealed):
    if hashed is None:
        return unsealed
    return or_(hashed, unsealed) if _unsealed_rows_remain(session) else hashed


def finding_text_in(session: Session, label: str, values) -> object:
    """SQL condition: a finding of ``label`` whose value is one of ``values`` (exactly as written)."""
    values = sorted(set(values))
    hashes = sorted({h for h in (text_hash(session, label, value) for value in values) if h})
    unsealed = and_(StoredFinding.text_hash.is_(None), StoredFinding.text.in_(values))
    return and_(StoredFinding.label == label, _either(session, StoredFinding.text_hash.in_(hashes) if hashes else None, unsealed))


def finding_email_at(session: Session, domain: str) -> object:
    """SQL condition: an e-mail address found in mail whose domain is ``domain``."""
    domain = domain.lower()
    unsealed = and_(StoredFinding.text_hash.is_(None), func.lower(StoredFinding.text).like(f"%@{domain}"))
    hashed = text_hash(session, "EMAIL", f"x@{domain}")
    return and_(StoredFinding.label == "EMAIL", _either(session, StoredFinding.text_hash == hashed if hashed else None, unsealed))


def finding_address_at(session: Session, street_and_number: str, number: str) -> object:
    """SQL condition: an address found in mail at this street and house number (``skogveien 14``); for rows not
    sealed yet, the plain texts holding the number (the caller compares them)."""
    unsealed = and_(StoredFinding.text_hash.is_(None), StoredFinding.text.like(f"%{number}%"))
    hashed = text_hash(session, "ADDRESS", street_and_number)
    return and_(StoredFinding.label == "ADDRESS", _either(session, StoredFinding.text_hash == hashed if hashed else None, unsealed))
