"""Reports mailed on a schedule: one row per report and period, holding the exact bytes sent.

The message is rendered once and its bytes stored before the first delivery
attempt; every retry sends those same bytes, so a period can never produce two
different messages.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, LargeBinary, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import ReportState



class ReportRun(Base):
    __tablename__ = "report_runs"
    __table_args__ = (UniqueConstraint("kind", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    state: Mapped[ReportState] = mapped_column(StateColumn(ReportState, 16), default=ReportState.PENDING, index=True)
    envelope_from: Mapped[str] = mapped_column(String(320))
    envelope_to: Mapped[list] = mapped_column(JSON)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    snapshot: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def runs_for_status(session: Session) -> list[ReportRun]:
    """What `intake status` shows: every unsent report, and the last one sent of each kind."""
    pending = session.scalars(select(ReportRun).where(ReportRun.state == ReportState.PENDING).order_by(ReportRun.kind, ReportRun.period))
    last_sent = session.scalars(
        select(ReportRun).where(ReportRun.state == ReportState.SENT, ReportRun.id.in_(
            select(func.max(ReportRun.id)).where(ReportRun.state == ReportState.SENT).group_by(ReportRun.kind)
        ))
    )
    return [*last_sent, *pending]
