"""Which customers and properties a message concerns, why, and what waits for a person to decide."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The tables named by this module's foreign keys ("messages", "customers", "properties" and "projects") are registered with it.
import models.mail  # noqa: F401
import models.records  # noqa: F401
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
    # Why the message concerns this property (ID written, street address, thread, case number, project number),
    # as for customer links; a neighbour's property named in passing is a reference, not a party.
    confidence: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list | None] = mapped_column(JSON, default=list)
    role: Mapped[str] = mapped_column(String(20), default="concerns", server_default="concerns")  # concerns | neighbour


class MessageProjectLink(Base):
    """The project a message concerns, so its retention runs from that project's end."""

    __tablename__ = "message_project_links"
    __table_args__ = (UniqueConstraint("message_pk", "project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.project_id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PropertyCaseNumber(Base):
    """A municipality's case number (saksnr) seen in mail linked to a property: later letters quoting it concern it."""

    __tablename__ = "property_case_numbers"
    __table_args__ = (UniqueConstraint("case_number", "property_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), index=True)
    property_key: Mapped[str] = mapped_column(String(40))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))


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
