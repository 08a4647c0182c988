"""What was removed: disposal proposals with their items and log, and tombstones.

Declared apart from models/privacy.py: a short command such as ``intake lookup`` reads the staff, the
requests and the holds there, never these, and declaring a mapped class costs milliseconds of its start.

Tables the retention report reads (kept deliberately flat):

- ``disposal_proposals`` / ``disposal_items``: a proposal is ``proposed`` until a
  records manager ``approved`` or ``rejected`` it; each item's ``outcome`` is
  ``pending``, ``disposed`` or ``skipped`` (with ``outcome_reason``).
- ``disposal_log``: one row per disposed message, never updated.
- ``tombstones``: what was removed, when, by whom and on what basis; no personal data.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import DisposalOutcome, ErasureItemType, ProposalState, TombstoneCause


class DisposalProposal(Base):
    __tablename__ = "disposal_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    until: Mapped[date] = mapped_column(Date)
    status: Mapped[ProposalState] = mapped_column(StateColumn(ProposalState), default=ProposalState.PROPOSED, index=True)
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DisposalItem(Base):
    __tablename__ = "disposal_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("disposal_proposals.id", ondelete="CASCADE"), index=True)
    # A message, or (issue 12) a customer record past its date: exactly one of the two is set. Once the record
    # is disposed of, ``customer_id`` holds its tombstone ("disposal-<id>") instead of the customer id.
    message_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    customer_id: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    legal_basis: Mapped[str] = mapped_column(Text)
    retain_until: Mapped[date] = mapped_column(Date)
    outcome: Mapped[DisposalOutcome] = mapped_column(StateColumn(DisposalOutcome), default=DisposalOutcome.PENDING)
    outcome_reason: Mapped[str | None] = mapped_column(Text)


class DisposalLogEntry(Base):
    __tablename__ = "disposal_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    # A disposed customer record, by its tombstone ("disposal-<id>"): the log keeps no customer id of a person gone.
    record_ref: Mapped[str | None] = mapped_column(String(64))
    proposal_id: Mapped[int] = mapped_column(ForeignKey("disposal_proposals.id"))
    category: Mapped[str] = mapped_column(String(64))
    legal_basis: Mapped[str] = mapped_column(Text)
    retain_until: Mapped[date] = mapped_column(Date)
    proposed_by: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64))
    disposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class Tombstone(Base):
    """What was removed and why, with no personal data: internal keys, counts and the basis only."""

    __tablename__ = "tombstones"
    __table_args__ = (Index("ix_tombstones_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[ErasureItemType] = mapped_column(StateColumn(ErasureItemType))  # message | customer
    target_id: Mapped[str] = mapped_column(String(64))  # message pk, or "erasure-<audit id>" for a customer
    cause: Mapped[TombstoneCause] = mapped_column(StateColumn(TombstoneCause))
    basis: Mapped[str] = mapped_column(Text)
    removed: Mapped[dict] = mapped_column(JSON, default=dict)  # e.g. {"attachments": 2, "findings": 5}
    removed_by: Mapped[str] = mapped_column(String(64))
    removed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
