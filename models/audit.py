"""Append-only audit log whose entries are chained by hash.

Each entry's hash covers its own content and the previous entry's hash, so an
edited, deleted or reordered entry breaks the chain at that point. ``prev_hash``
is unique: two writers racing to append after the same entry cannot both win.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, utcnow
from rules.vocabulary import AuditProblem

GENESIS_HASH = "0" * 64


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(255), index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    entry_hash: Mapped[str] = mapped_column(Text)


def entry_digest(*, prev_hash: str, at: datetime, actor: str, action: str, target_type: str, target_id: str, details: dict) -> str:
    canonical = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), actor, action, target_type, target_id, details],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_audit(session: Session, *, actor: str, action: str, target_type: str, target_id: str, details: dict | None = None) -> AuditEntry:
    """Add an entry to the chain inside the caller's transaction."""
    last_hash = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS_HASH
    at = utcnow()
    details = details or {}
    entry = AuditEntry(
        at=at, actor=actor, action=action, target_type=target_type, target_id=str(target_id), details=details,
        prev_hash=last_hash,
        entry_hash=entry_digest(prev_hash=last_hash, at=at, actor=actor, action=action, target_type=target_type, target_id=str(target_id), details=details),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: AuditProblem


def verify_audit_chain(session: Session) -> list[ChainBreak]:
    """Walk the chain in id order; every break is reported with the entry where it shows."""
    breaks = []
    expected_prev = GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != expected_prev:
            breaks.append(ChainBreak(entry.id, AuditProblem.OUT_OF_ORDER))
        recomputed = entry_digest(
            prev_hash=entry.prev_hash, at=entry.at, actor=entry.actor, action=entry.action,
            target_type=entry.target_type, target_id=entry.target_id, details=entry.details,
        )
        if recomputed != entry.entry_hash:
            breaks.append(ChainBreak(entry.id, AuditProblem.EDITED))
        expected_prev = entry.entry_hash
    return breaks
