"""Who may see personal data, and what was done with it: staff, consents, disclosures,
access requests, legal holds, restrictions and rectifications (disposals and tombstones:
models/disposal.py).

Tables the retention report reads (kept deliberately flat):

- ``access_requests``: the register of data subjects' requests, one row per request;
  ``kind`` is ``access`` or ``erasure``; ``deadline`` is one month after ``requested_on``;
  ``status`` is ``open`` until the access package is written or the erasure carried
  out, then ``answered``.
- ``legal_holds``: active while ``lifted_at`` is NULL; ``target_type`` is customer,
  property, project or message and ``target_id`` its key (customer id, property key,
  project id, message pk as text).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, StateColumn, UTCDateTime, utcnow
from models.mail import StoredFinding, Participant
from rules.vocabulary import ErasureItemType, HoldTarget, RequestKind, RequestReading, RequestStatus, Role


class StaffUser(Base):
    __tablename__ = "staff_users"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[Role] = mapped_column(StateColumn(Role))
    confidentiality_signed_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The operating-system login that acts as this account on the command line (one account per login).
    os_user: Mapped[str | None] = mapped_column(String(64), unique=True)
    # A service account (a scheduled import, a script) has no login of its own: an administrator acts for it.
    service: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str | None] = mapped_column(String(64))
    role_set_by: Mapped[str | None] = mapped_column(String(64))


class Consent(Base):
    """A customer's consent to share named data categories with one partner, for one project or all."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    partner: Mapped[str] = mapped_column(String(255))
    data_categories: Mapped[list] = mapped_column(JSON, default=list)
    project_id: Mapped[str | None] = mapped_column(String(64))
    given_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text)  # how it was given, e.g. "e-post 2025-03-01"
    recorded_by: Mapped[str] = mapped_column(String(64))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))


class Disclosure(Base):
    """One export of a customer's data to a partner, under a consent."""

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    partner: Mapped[str] = mapped_column(String(255))
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id"))
    project_id: Mapped[str | None] = mapped_column(String(64))
    data_categories: Mapped[list] = mapped_column(JSON, default=list)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    disclosed_by: Mapped[str] = mapped_column(String(64))


class AccessRequest(Base):
    """A data subject's request for access (art. 15) or erasure (art. 17), answered within one month (art. 12(3))."""

    __tablename__ = "access_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RequestKind] = mapped_column(StateColumn(RequestKind), default=RequestKind.ACCESS, server_default="access", index=True)
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)
    subject_ref: Mapped[str] = mapped_column(String(64))  # customer id, or "identifier" for a non-customer
    requested_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[RequestStatus] = mapped_column(StateColumn(RequestStatus), default=RequestStatus.OPEN, index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    registered_by: Mapped[str] = mapped_column(String(64))
    answered_by: Mapped[str | None] = mapped_column(String(64))
    # Issue 12: requests recognised in the mailbox start as "suggested" with their mail; staff
    # confirm ("open") or dismiss them; a deadline may be extended by up to two months (art. 12(3)).
    source_message_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    extended_months: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    extension_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_on: Mapped[date | None] = mapped_column(Date)
    dismissal_reason: Mapped[str | None] = mapped_column(Text)
    # How the pipeline found a suggestion in its mail (RequestReading: the rules, or the learned model alone, which
    # staff are told to check by reading the mail); NULL for a request staff registered themselves.
    reading: Mapped[RequestReading | None] = mapped_column(StateColumn(RequestReading))
    # Who asked a suggestion, as a keyed hash of their address (intake.privacy.requests.asker_ref): a new mail from
    # the same person does not register the same request twice. "" for nobody known by address (a portal message);
    # NULL for a request staff registered, or one suggested before the column (read again from its mail once).
    asker_ref: Mapped[str | None] = mapped_column(String(64), index=True)


class LegalHold(Base):
    __tablename__ = "legal_holds"
    __table_args__ = (Index("ix_legal_holds_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[HoldTarget] = mapped_column(StateColumn(HoldTarget))
    target_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lifted_by: Mapped[str | None] = mapped_column(String(64))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Restriction(Base):
    """Processing restricted (GDPR art. 18): kept only for the stated legal reason, shown as such."""

    __tablename__ = "restrictions"
    __table_args__ = (Index("ix_restrictions_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[ErasureItemType] = mapped_column(StateColumn(ErasureItemType))
    target_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    legal_reference: Mapped[str] = mapped_column(String(64))
    restricted_by: Mapped[str] = mapped_column(String(64))
    restricted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Rectification(Base):
    """A corrected record field. The old value is in the audit log only, never here."""

    __tablename__ = "rectifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(40))
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    # The subject key that seals ``reason`` (intake/crypto.py); NULL for a reason written before sealing.
    # ``new_value`` stays in clear: it is the record's current value, which the customers table holds in clear too,
    # and the records import compares it.
    key_id: Mapped[str | None] = mapped_column(String(32))
    rectified_by: Mapped[str] = mapped_column(String(64))
    rectified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The day a records import first carried the corrected value: from then on the source
    # system agrees, and later imports may change the field again (issue 12).
    source_confirmed_on: Mapped[date | None] = mapped_column(Date)


def _hash_on_postgresql(index: Index) -> Index:
    """``index`` as a hash index when its table is created on PostgreSQL (migration 0002 creates it so).

    Named here as ``postgresql_using="hash"``, the option would make SQLAlchemy load its PostgreSQL
    dialect (and every driver module under it) in each short command on SQLite; named when the
    table is created, it is read where it matters and costs nothing elsewhere."""

    @event.listens_for(index.table, "before_create")
    def _use_hash(_table, connection, **_) -> None:
        if connection.dialect.name == "postgresql":
            index.dialect_options["postgresql"]["using"] = "hash"

    return index


# Lookup by name finds mentions that only detection saw (PERSON findings) and senders
# who are not customers; these indexes keep that under the 200 ms goal at 100,000 messages.
# Hash indexes on PostgreSQL: a B-tree entry is limited to about 2.7 kB, and no header
# or finding may ever fail to store because it is long.
_hash_on_postgresql(Index("ix_findings_text", StoredFinding.text))
_hash_on_postgresql(Index("ix_participants_display_name", Participant.display_name))
