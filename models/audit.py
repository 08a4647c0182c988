"""Append-only audit log whose entries are chained by a keyed MAC, with checkpoints kept outside.

Each entry carries a sequence number and an HMAC-SHA256, under a key kept outside the database,
over its own content, its number and the previous entry's MAC. Without the key nobody can write
an entry that verifies, so an edited entry (even with its hash "recomputed"), a deleted or
reordered one, or a log replaced wholesale shows at the place it happened. What a chain alone
cannot show, entries cut off at the end or the whole log deleted, the checkpoints show: after
every commit that wrote an entry, the session's ``AuditSeal`` records the entry count and the
head MAC outside the database (``intake.audit_log``: an append-only file in the data folder, also
quoted in the monthly report to management).

``prev_hash`` and ``seq`` are unique: two writers racing to append after the same entry cannot
both win. Entries written before the MAC (no ``seq``) are taken into the chain, once, by the first
sealed append, after their old plain-hash chain is checked; any break found is kept in that entry.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import JSON, Integer, String, Text, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, utcnow
from rules.vocabulary import AuditProblem

GENESIS_HASH = "0" * 64
AUDIT_SEAL = "audit_seal"
_PENDING = "audit_pending_checkpoint"

# Who is really acting, for every entry written in this context: (operating-system login, the
# administrator's own account when they act for a service account). Set once per command by
# ``intake.identity``; the web app sets its own.
ACTING: ContextVar[tuple[str | None, str | None]] = ContextVar("intake_acting", default=(None, None))


@dataclass(frozen=True)
class AuditSeal:
    """The audit key and what to do with each new head after its commit (write a checkpoint)."""

    key: bytes
    checkpoint: Callable[[int, str, datetime], None] | None = None


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(255), index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    # Who was really at the keyboard: the operating-system login, and the administrator's own account
    # when they acted for a service account (``actor`` is then the service account).
    os_user: Mapped[str | None] = mapped_column(String(64))
    via: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    entry_hash: Mapped[str] = mapped_column(Text)  # HMAC-SHA256 (hex) for sealed entries


def entry_digest(*, prev_hash: str, at: datetime, actor: str, action: str, target_type: str, target_id: str, details: dict) -> str:
    """The plain SHA-256 of entries written before the MAC (checked once, when they are sealed)."""
    canonical = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), actor, action, target_type, target_id, details],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_mac(key: bytes, entry: AuditEntry) -> str:
    canonical = json.dumps(
        ["intake-audit-v2", entry.seq, entry.prev_hash, entry.at.isoformat(timespec="microseconds"), entry.actor,
         entry.os_user, entry.via, entry.action, entry.target_type, entry.target_id, entry.details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def seal_of(session: Session) -> AuditSeal:
    seal = session.info.get(AUDIT_SEAL)
    if seal is None:
        raise RuntimeError("the audit log is written only by sessions that carry the audit key "
                           "(models.session.session_factory(engine, audit_seal=...))")
    return seal


def sibling_session(session: Session) -> Session:
    """A new session on the same database with the same seal, for an entry that must outlive the caller's rollback."""
    return Session(bind=session.get_bind(), info={AUDIT_SEAL: session.info.get(AUDIT_SEAL)})


def append_audit(session: Session, *, actor: str, action: str, target_type: str, target_id: str, details: dict | None = None) -> AuditEntry:
    """Add an entry to the chain inside the caller's transaction; its checkpoint is written after the commit."""
    seal = seal_of(session)
    last = session.execute(select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is not None and last.seq is None:
        last = _seal_legacy_entries(session, seal.key)
    os_user, via = ACTING.get()
    entry = AuditEntry(
        seq=(last.seq + 1) if last else 1, prev_hash=last.entry_hash if last else GENESIS_HASH, at=utcnow(),
        actor=actor, os_user=os_user, via=via, action=action, target_type=target_type, target_id=str(target_id),
        details=details or {},
    )
    entry.entry_hash = entry_mac(seal.key, entry)
    session.add(entry)
    session.flush()
    session.info[_PENDING] = (entry.seq, entry.entry_hash, entry.at)
    return entry


def _seal_legacy_entries(session: Session, key: bytes):
    """Give entries from before the MAC their numbers and MACs, in id order, after checking their old chain."""
    legacy_breaks = [b.entry_id for b in _plain_chain_breaks(session)]
    previous, seq = GENESIS_HASH, 0
    entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    for entry in entries:  # two passes: prev_hash is unique, so clear the old values first
        entry.prev_hash = f"legacy-{entry.id}"
    session.flush()
    for entry in entries:
        seq += 1
        entry.seq, entry.prev_hash = seq, previous
        entry.entry_hash = entry_mac(key, entry)
        previous = entry.entry_hash
    session.flush()
    marker = AuditEntry(seq=seq + 1, prev_hash=previous, at=utcnow(), actor="intake", action="audit.sealed",
                        target_type="audit_log", target_id=str(seq), details={"legacy_entries": seq, "legacy_breaks": legacy_breaks})
    marker.entry_hash = entry_mac(key, marker)
    session.add(marker)
    session.flush()
    return marker


def _plain_chain_breaks(session: Session) -> list[ChainBreak]:
    breaks, expected_prev = [], GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.seq.is_(None)).order_by(AuditEntry.id)):
        recomputed = entry_digest(prev_hash=entry.prev_hash, at=entry.at, actor=entry.actor, action=entry.action,
                                  target_type=entry.target_type, target_id=entry.target_id, details=entry.details)
        if entry.prev_hash != expected_prev or recomputed != entry.entry_hash:
            breaks.append(ChainBreak(entry.id, None, AuditProblem.EDITED))
        expected_prev = entry.entry_hash
    return breaks


@event.listens_for(Session, "after_commit")
def _write_checkpoint(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    seal = session.info.get(AUDIT_SEAL)
    if pending is not None and seal is not None and seal.checkpoint is not None:
        seal.checkpoint(*pending)


@event.listens_for(Session, "after_rollback")
def _forget_checkpoint(session: Session) -> None:
    session.info.pop(_PENDING, None)


EDITED, OUT_OF_ORDER, UNSEALED = AuditProblem.EDITED, AuditProblem.OUT_OF_ORDER, AuditProblem.UNSEALED


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int | None  # the row's id in audit_log
    seq: int | None  # its number in the chain
    problem: AuditProblem
    detail: str = ""  # the figures behind a checkpoint problem (counts, times), in Norwegian

    def where(self) -> str:
        if self.seq is not None:
            return f"oppføring nr. {self.seq} (id {self.entry_id})" if self.entry_id is not None else f"oppføring nr. {self.seq}"
        return f"oppføring id {self.entry_id}" if self.entry_id is not None else "loggen"


@dataclass(frozen=True)
class ChainState:
    count: int
    head: str  # the last entry's MAC (GENESIS_HASH for an empty log)
    macs: dict[int, str]  # seq -> MAC, to check checkpoints against
    breaks: tuple[ChainBreak, ...]


def verify_audit_chain(session: Session) -> list[ChainBreak]:
    """Walk the chain in order; every break is reported with the entry where it shows."""
    return list(chain_state(session).breaks)


def chain_state(session: Session) -> ChainState:
    key = seal_of(session).key
    breaks: list[ChainBreak] = []
    expected_prev, expected_seq, macs, count, last_id = GENESIS_HASH, 1, {}, 0, 0
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.is_(None), AuditEntry.seq, AuditEntry.id))
    for entry in entries:
        count += 1
        if entry.seq is None:
            breaks.append(ChainBreak(entry.id, None, UNSEALED))
            continue
        if entry.seq != expected_seq or entry.prev_hash != expected_prev or entry.id < last_id:
            breaks.append(ChainBreak(entry.id, entry.seq, OUT_OF_ORDER))
        last_id = max(last_id, entry.id)
        if not hmac.compare_digest(entry_mac(key, entry), entry.entry_hash):
            breaks.append(ChainBreak(entry.id, entry.seq, EDITED))
        macs[entry.seq] = entry.entry_hash
        expected_prev, expected_seq = entry.entry_hash, entry.seq + 1
    return ChainState(count, expected_prev, macs, tuple(breaks))
