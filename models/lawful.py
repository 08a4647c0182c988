"""What keeps privacy decisions true after the command that made them (issue 12).

- ``erasure_suppressions``: after a customer record is erased, keyed hashes (never plain
  text) of the person's customer id, e-mail, phone and name with address, so the next
  records import can recognise the person and leave them out. ``erasure_ref`` is the
  customer tombstone (``erasure-<id>``); one erasure leaves up to four rows. A row is
  lifted (``readmitted_*``) only by an explicit, audited ``records import --returning``.
  A customer record disposed of after its retention period leaves entries too (``cause``
  ``disposal``, ``erasure_ref`` the ``disposal-<id>`` tombstone), with keyed hashes of the
  disposed projects' ids (kind ``project_id``): a row with new business lets the person back.
- ``recipient_notices``: art. 19, one row per partner who received the person's data and must
  be told of a correction, erasure, restriction or withdrawn consent; owed until notified.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class ErasureSuppression(Base):
    __tablename__ = "erasure_suppressions"
    __table_args__ = (Index("ix_erasure_suppressions_value_hash", "value_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    erasure_ref: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # customer_id | email | phone | name_address | project_id
    cause: Mapped[str] = mapped_column(String(32), default="erasure", server_default="erasure")  # a TombstoneCause
    value_hash: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    readmitted_as: Mapped[str | None] = mapped_column(String(64))  # the new customer id, once the person is back
    readmitted_by: Mapped[str | None] = mapped_column(String(64))
    readmitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RecipientNotice(Base):
    """Art. 19: a recipient the person's data was disclosed to, who must be told of a correction,
    an erasure, a restriction or a withdrawn consent; owed until ``notified_on`` is set."""

    __tablename__ = "recipient_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    partner: Mapped[str] = mapped_column(String(255))
    cause: Mapped[str] = mapped_column(String(32))  # rectification | erasure | restriction | consent_withdrawal
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    notified_on: Mapped[date | None] = mapped_column(Date, index=True)
    notified_by: Mapped[str | None] = mapped_column(String(64))
