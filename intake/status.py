"""What `intake status` shows: counts, the last poll, and what needs a person's attention, as plain values."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from intake.services.results import PollView, QuarantinedItem, ReportRunView, Status
from models.queries import last_poll, message_counts, open_review_count, quarantined_messages
from models.reports import runs_for_status


def collect_status(session: Session) -> Status:
    poll = last_poll(session)
    return Status(
        counts=dict(message_counts(session)),
        last_poll=PollView(poll.source, poll.started_at, poll.finished_at, poll.seen, poll.stored, poll.duplicates,
                           poll.quarantined) if poll else None,
        review_open=open_review_count(session),
        quarantined=tuple(QuarantinedItem(m.id, m.size, m.quarantine_reason or "") for m in quarantined_messages(session)),
        reports=tuple(ReportRunView(r.kind, r.period, r.state, r.message_id, r.attempts, r.sent_at, r.next_attempt_at,
                                    r.last_error) for r in runs_for_status(session)),
        requests=unanswered_requests(session),
    )


def unanswered_requests(session: Session, today: date | None = None) -> tuple:
    """Requests from data subjects still to be answered (suggested, open, extended, overdue; issue 12)."""
    from intake.privacy.requests import register_views

    return tuple(r for r in register_views(session, today or date.today()) if r.state not in ("answered", "dismissed"))
