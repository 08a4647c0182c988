"""The mail itself: raw bytes, parsed messages, participants, attachments, threads, findings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy import text as sql  # not `text`: the class below has a column of that name
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import MessageState, ParticipantRole


class Blob(Base):
    """Content-addressed bytes (a raw message or an attachment), stored once however often seen."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # The subject key that seals ``content`` (intake/crypto.py); NULL for bytes stored before sealing.
    key_id: Mapped[str | None] = mapped_column(String(32))


class Thread(Base):
    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    root_message_id: Mapped[str] = mapped_column(Text, unique=True)
    subject: Mapped[str | None] = mapped_column(Text)


class Message(Base):
    """One stored message. ``state`` is stored, quarantined (kept raw, not parsed) or erased."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), unique=True)
    # Not unique: a reused Message-ID with other content is a message of its own (rules/mail_identity.py).
    message_id_header: Mapped[str | None] = mapped_column(Text, index=True)
    # The message without the headers servers add in transit: the same content under one Message-ID is a duplicate.
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    # The first message stored with this Message-ID, when this one reused it for other content.
    same_message_id_as: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    state: Mapped[MessageState] = mapped_column(StateColumn(MessageState), default=MessageState.STORED, index=True)
    quarantine_reason: Mapped[str | None] = mapped_column(Text)
    parse_defects: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    from_address: Mapped[str | None] = mapped_column(String(320), index=True)
    body_text: Mapped[str | None] = mapped_column(Text)
    in_reply_to: Mapped[str | None] = mapped_column(Text)
    references: Mapped[str | None] = mapped_column(Text)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"), index=True)
    source_folder: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    # The subject key that seals the body, the attachments' bytes and text and the findings' values
    # (intake/crypto.py); NULL for a message stored before sealing (``intake keys seal`` seals it).
    key_id: Mapped[str | None] = mapped_column(String(32), index=True)

    participants: Mapped[list[Participant]] = relationship(back_populates="message", cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="message", cascade="all, delete-orphan")
    findings: Mapped[list[StoredFinding]] = relationship(back_populates="message", cascade="all, delete-orphan")


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (Index("ix_participants_address_role", "address", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(StateColumn(ParticipantRole, 10))
    address: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str | None] = mapped_column(Text)

    message: Mapped[Message] = relationship(back_populates="participants")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    text: Mapped[str | None] = mapped_column(Text, deferred=True)
    text_error: Mapped[str | None] = mapped_column(Text)

    message: Mapped[Message] = relationship(back_populates="attachments")


class StoredFinding(Base):
    """A finding (``rules.detection.Finding``) as stored: a piece of personal data in a message part, with offsets
    into the stored text and, for identifiers, the keyed hash of the value."""

    __tablename__ = "findings"
    # A lookup searches one label for a value, by its keyed hash or, in rows not sealed yet, by its text; with an
    # index on the label alone SQLite read every finding of the label (migration 0072). Each index holds the rows
    # its search can match, so a condition on the other kind (text_hash IS NULL) does not look selective to the
    # planner. The text is indexed with the label on SQLite only: a PostgreSQL B-tree entry is limited to about
    # 2.7 kB and no finding may fail to store because it is long (ix_findings_text is a hash index there).
    __table_args__ = (
        Index("ix_findings_label_text_hash", "label", "text_hash", sqlite_where=sql("text_hash IS NOT NULL")),
        Index("ix_findings_label_text", "label", "text", sqlite_where=sql("text_hash IS NULL")).ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    part: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    recognizer: Mapped[str] = mapped_column(String(64))
    value_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # ``text`` is sealed with the message (intake/crypto.py); lookup compares this keyed hash of the form of the
    # value it searches by (rules/finding_search.py). NULL: an unsealed row, or a label not searched by value.
    text_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # Set when a minimization policy masked the value (text holds the masked form; the keyed hash stays,
    # so a lookup by the value still finds where it was).
    masked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    message: Mapped[Message] = relationship(back_populates="findings")
