"""The ingest ledger: one row per message seen in a mailbox, keyed as the mailbox identifies it.

Writing the message and its ledger row happen in one transaction, so a row in
state ``stored``/``duplicate``/``quarantined`` is proof the message is safe, and the
source may then move or flag it. On a restart the ledger says what is done.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The tables named by this module's foreign keys ("messages") are registered with it.
import models.mail  # noqa: F401
from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import LedgerState


class LedgerEntry(Base):
    __tablename__ = "ingest_ledger"
    __table_args__ = (UniqueConstraint("source", "account", "folder", "mailbox_identity", "message_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # maildir | imap
    account: Mapped[str] = mapped_column(String(255))  # path or user@host:port
    folder: Mapped[str] = mapped_column(String(255))
    mailbox_identity: Mapped[str] = mapped_column(String(64))  # UIDVALIDITY for IMAP
    message_key: Mapped[str] = mapped_column(String(255))  # UID or Maildir key
    state: Mapped[LedgerState] = mapped_column(StateColumn(LedgerState), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    raw_sha256: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PollRun(Base):
    __tablename__ = "poll_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seen: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class IngestAttempt(Base):
    """How often the daemon began a message without finishing it (it stopped, was killed, or its worker
    died), counted in its own committed transaction before the work starts. A message that keeps killing
    the daemon is then set aside after a few attempts instead of being retried at every start forever.
    The row goes when the message is recorded, in the same transaction."""

    __tablename__ = "ingest_attempts"

    raw_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
