from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The tables named by this module's foreign keys ("messages") are registered with it.
import models.mail  # noqa: F401
from models.base import Base, UTCDateTime, utcnow


class RetentionRecord(Base):
    """How long a message is kept and why. ``retain_until`` is None while the anchor event is still ahead."""

    __tablename__ = "retention_records"

    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(64), index=True)
    legal_basis: Mapped[str] = mapped_column(Text)
    data_categories: Mapped[list] = mapped_column(JSON, default=list)
    anchor_event: Mapped[str] = mapped_column(String(40))
    anchor_date: Mapped[date | None] = mapped_column(Date)
    retain_until: Mapped[date | None] = mapped_column(Date, index=True)
    pending_reason: Mapped[str | None] = mapped_column(Text)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
