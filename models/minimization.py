"""Data minimization (GDPR art. 5(1)(c), personopplysningsloven § 12): what was masked in kept mail.

When a minimization policy masks values in a stored message, the message keeps its row, its place in
its thread and its links; its texts, findings and raw bytes are replaced by a masked version. The
original raw blob is deleted, and this tombstone keeps its SHA-256 (so the same bytes arriving again
are recognised as this message and never stored unmasked) with what was masked: labels and counts,
never the values.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The tables named by this module's foreign keys ("messages") are registered with it.
import models.mail  # noqa: F401
from models.base import Base, UTCDateTime, utcnow


class MinimizationTombstone(Base):
    __tablename__ = "minimization_tombstones"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    original_sha256: Mapped[str] = mapped_column(String(64), index=True)  # the raw message as it was received
    masked_sha256: Mapped[str] = mapped_column(String(64))  # the masked raw message that replaced it
    masked: Mapped[dict] = mapped_column(JSON, default=dict)  # label -> number of values masked
    basis: Mapped[str] = mapped_column(Text)  # the policy in words, e.g. "NATIONAL_ID etter 60 dager"
    masked_by: Mapped[str] = mapped_column(String(64))
    masked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    values: Mapped[int] = mapped_column(Integer, default=0)
