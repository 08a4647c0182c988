"""Which customers and properties a message concerns, why, and what waits for a person to decide."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import ReviewState


class MessageCustomerLink(Base):
    __tablename__ = "message_customer_links"
    __table_args__ = (UniqueConstraint("message_pk", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.customer_id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(40))  # a LinkSignal (the strongest reason) or LinkMethod
    confidence: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessagePropertyLink(Base):
    __tablename__ = "message_property_links"
    __table_args__ = (UniqueConstraint("message_pk", "property_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    property_key: Mapped[str] = mapped_column(String(40), index=True)
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.customer_id", ondelete="SET NULL"))
    mention_text: Mapped[str] = mapped_column(Text)
    kommune_as_written: Mapped[str | None] = mapped_column(Text)


class ReviewItem(Base):
    """A message whose link evidence was weak or conflicting, waiting for staff."""

    __tablename__ = "review_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    candidates: Mapped[list] = mapped_column(JSON, default=list)
    state: Mapped[ReviewState] = mapped_column(StateColumn(ReviewState), default=ReviewState.OPEN, index=True)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
