"""What `intake status` shows: counts, the last poll, and what needs a person's attention."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import PollRun, ReportRun
from models.reports import SENT, runs_for_status
from models.queries import last_poll, message_counts, open_review_count, quarantined_messages


@dataclass(frozen=True)
class QuarantinedItem:
    message_pk: int
    size: int
    reason: str


@dataclass(frozen=True)
class Status:
    counts: dict[str, int]
    last_poll: PollRun | None
    review_open: int
    quarantined: tuple[QuarantinedItem, ...]
    reports: tuple[ReportRun, ...] = ()


def collect_status(session: Session) -> Status:
    return Status(
        counts=message_counts(session),
        last_poll=last_poll(session),
        review_open=open_review_count(session),
        quarantined=tuple(QuarantinedItem(m.id, m.size, m.quarantine_reason or "") for m in quarantined_messages(session)),
        reports=tuple(runs_for_status(session)),
    )


def render_status(status: Status) -> str:
    total = sum(status.counts.values())
    lines = [f"messages: {total} ({', '.join(f'{n} {state}' for state, n in sorted(status.counts.items())) or 'none'})"]
    poll = status.last_poll
    if poll is None:
        lines.append("last poll: never")
    else:
        finished = poll.finished_at.isoformat(timespec="seconds") if poll.finished_at else "did not finish"
        lines.append(f"last poll: {poll.started_at.isoformat(timespec='seconds')} ({poll.source}), finished {finished}: "
                     f"{poll.seen} seen, {poll.stored} stored, {poll.duplicates} duplicate, {poll.quarantined} quarantined")
    lines.append(f"review queue: {status.review_open} open")
    lines.append(f"quarantined: {status.counts.get('quarantined', 0)}")
    for item in status.quarantined:
        lines.append(f"  message #{item.message_pk} ({item.size} bytes): {item.reason}")
    lines += [_report_line(run) for run in status.reports] or ["reports: none made yet"]
    return "\n".join(lines)


def _report_line(run: ReportRun) -> str:
    if run.state == SENT:
        return f"{run.kind} report {run.period}: sent {run.sent_at.isoformat(timespec='seconds')} as {run.message_id}"
    if not run.attempts:
        return f"{run.kind} report {run.period}: stored, not yet sent"
    return (f"{run.kind} report {run.period}: NOT SENT after {run.attempts} attempt(s), last error: {run.last_error}; "
            f"next attempt {run.next_attempt_at.isoformat(timespec='seconds')}")
