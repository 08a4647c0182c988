"""Delivers the monthly retention report: once per period, retried until the server takes it.

Delivery is three steps, each safe to repeat:

1. prepare: render the period's message once and store its exact bytes with a
   deterministic Message-ID (``<retention-YYYY-MM@domain>``) in ``report_runs``;
   a second prepare finds the row and renders nothing;
2. send: hand the stored bytes to the SMTP server;
3. mark the row sent.

A crash between 2 and 3 makes the next run send the same bytes again: the
guarantee is at-least-once delivery of one identical message per period, which
mail servers and clients collapse by its Message-ID. A failed send is recorded
on the row with the next attempt time (exponential backoff) and retried; it is
never dropped.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Iterator, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker, undefer

from intake.config import Config, ReportConfig, SmtpConfig
from intake.errors import DatabaseBusy, DatabaseUnavailable, DeliveryError, InputError
from intake.reporting.mailer import Mailer
from intake.reporting.data import gather_inputs
from intake.reporting.render import Envelope, compose_message
from intake.reporting.scheduler import CronSchedule, scheduled
from models.base import utcnow
from models.reports import ReportRun
from rules.labels import report_state_name
from rules.vocabulary import ReportState
from models.session import transaction
from rules.retention_report import Period, PreviousReport, build_report

log = logging.getLogger(__name__)

KIND = "retention"
MAX_CATCH_UP_PERIODS = 12


class Schedule(Protocol):
    def first_fire_at_or_after(self, moment: datetime) -> datetime: ...


@dataclass(frozen=True)
class Rendered:
    period: Period
    message_id: str
    content: bytes
    figures: dict[str, int]


class RetentionReportJob:
    def __init__(self, sessions: sessionmaker[Session], report: ReportConfig, smtp: SmtpConfig, mailer: Mailer,
                 schedule: Schedule, firm_identifiers: tuple[tuple[str, str], ...] = (), own_domains: tuple[str, ...] = ()):
        self._sessions = sessions
        # the firm's own identifiers are counted apart from the customers' data (rules.whose)
        self._firm_identifiers = firm_identifiers
        self._own_domains = own_domains
        self._report = report
        self._smtp = smtp
        self._mailer = mailer
        self.schedule = schedule
        self.zone: tzinfo = ZoneInfo(report.timezone)

    # ---- when -------------------------------------------------------------------------------

    def due_at(self, period: Period) -> datetime:
        """The first scheduled time after the period has ended."""
        period_over = datetime.combine(period.end, datetime.min.time(), self.zone)
        return self.schedule.first_fire_at_or_after(period_over)

    def latest_due_period(self, now: datetime) -> Period:
        period = Period.containing(now.astimezone(self.zone).date()).previous()
        while self.due_at(period) > now:
            period = period.previous()
        return period

    def missed_periods(self, session: Session, now: datetime) -> list[Period]:
        """Due periods with no report yet: after the last one made, or just the latest on a first run."""
        latest = self.latest_due_period(now)
        last_made = session.scalar(select(ReportRun.period).where(ReportRun.kind == KIND).order_by(ReportRun.period.desc()).limit(1))
        first = Period.parse(last_made).next() if last_made else latest
        periods = []
        period = latest
        while period >= first and len(periods) < MAX_CATCH_UP_PERIODS:
            periods.append(period)
            period = period.previous()
        return sorted(periods)

    # ---- what -------------------------------------------------------------------------------

    def message_id(self, period: Period) -> str:
        return f"<{KIND}-{period.label}@{self._report.message_id_domain}>"

    def render(self, period: Period, now: datetime) -> Rendered:
        """Build the message without storing anything (also what the CLI previews)."""
        with self._sessions() as session:
            previous = self._previous_report(session, period)
            local_now = now.astimezone(self.zone)
            report = build_report(gather_inputs(session, period, local_now.date(), self.zone, previous,
                                                self._firm_identifiers, self._own_domains))
        envelope = Envelope(sender=self._report.sender, recipients=self._report.recipients,
                            subject_prefix=self._report.subject_prefix, message_id=self.message_id(period),
                            written_at=local_now.replace(microsecond=0))
        return Rendered(period, envelope.message_id, compose_message(report, envelope), report.figures)

    def stored(self, period: Period) -> ReportRun | None:
        with self._sessions() as session:
            return session.scalar(select(ReportRun).where(ReportRun.kind == KIND, ReportRun.period == period.label)
                                  .options(_with_content()))

    def prepare(self, period: Period, now: datetime) -> ReportRun:
        """The period's stored run, rendering and storing it first if there is none."""
        existing = self.stored(period)
        if existing is not None:
            return existing
        rendered = self.render(period, now)
        try:
            with transaction(self._sessions) as session:
                run = ReportRun(kind=KIND, period=period.label, message_id=rendered.message_id, state=ReportState.PENDING,
                                envelope_from=self._report.sender, envelope_to=list(self._report.recipients),
                                content=rendered.content, snapshot=rendered.figures, created_at=now, attempts=0)
                session.add(run)
        except IntegrityError:  # another process stored this period first; its bytes win
            return self.stored(period)
        log.info("retention report %s rendered and stored (%d bytes)", period.label, len(rendered.content))
        return run

    def _previous_report(self, session: Session, period: Period) -> PreviousReport | None:
        row = session.execute(
            select(ReportRun.period, ReportRun.snapshot)
            .where(ReportRun.kind == KIND, ReportRun.period < period.label)
            .order_by(ReportRun.period.desc()).limit(1)
        ).first()
        return PreviousReport(row.period, dict(row.snapshot)) if row else None

    # ---- delivery ---------------------------------------------------------------------------

    def send(self, run: ReportRun, now: datetime) -> bool:
        """One delivery attempt of the stored bytes; True when the server accepted them."""
        error = None
        try:
            self._mailer.send(run.envelope_from, run.envelope_to, run.content)
        except DeliveryError as failure:
            error = str(failure)
        with transaction(self._sessions) as session:
            row = session.get(ReportRun, run.id)
            row.attempts += 1
            row.last_attempt_at = now
            if error is None:
                row.state, row.sent_at, row.next_attempt_at, row.last_error = ReportState.SENT, now, None, None
            else:
                row.last_error = error
                row.next_attempt_at = now + self.backoff(row.attempts)
            attempts, next_attempt = row.attempts, row.next_attempt_at
        if error is None:
            log.info("retention report %s sent (attempt %d)", run.period, attempts)
            return True
        log.warning("retention report %s not sent (attempt %d): %s; next attempt at %s",
                    run.period, attempts, error, next_attempt.isoformat(timespec="seconds"))
        return False

    def backoff(self, attempts: int) -> timedelta:
        seconds = self._smtp.retry_initial_seconds * 2 ** min(attempts - 1, 30)
        return timedelta(seconds=min(seconds, self._smtp.retry_max_seconds))

    def run_due(self, now: datetime | None = None) -> datetime | None:
        """Make every missed report and send every pending one whose time has come.

        Returns when the next retry is due, or None when nothing is left pending.
        Safe to call at any time and from a restart: it never makes a period twice.
        """
        now = now or utcnow()
        with self._sessions() as session:
            missed = self.missed_periods(session, now)
        for period in missed:
            self.prepare(period, now)
        for run in self._pending():
            if run.next_attempt_at is None or run.next_attempt_at <= now:
                self.send(run, now)
        return self._next_retry(now)

    def tick(self) -> datetime | None:
        """``run_due`` for the scheduler: a database or server outage becomes a retry, not a lost run."""
        now = utcnow()
        try:
            return self.run_due(now)
        except DatabaseUnavailable as error:
            log.warning("retention report: database %s (%s); retrying",
                        "busy" if isinstance(error, DatabaseBusy) else "unreachable", error.cause)
            return now + self.backoff(1)

    def _next_retry(self, now: datetime) -> datetime | None:
        with self._sessions() as session:
            times = session.scalars(select(ReportRun.next_attempt_at).where(ReportRun.kind == KIND, ReportRun.state == ReportState.PENDING))
            return min((at or now for at in times), default=None)

    def _pending(self) -> list[ReportRun]:
        with self._sessions() as session:
            return list(session.scalars(
                select(ReportRun).where(ReportRun.kind == KIND, ReportRun.state == ReportState.PENDING)
                .order_by(ReportRun.period).options(_with_content())
            ))


def _with_content():
    return undefer(ReportRun.content)


def build_retention_job(config: Config, sessions: sessionmaker[Session]) -> RetentionReportJob:
    mailer = Mailer(config.smtp, password=config.secret(config.smtp.password_env))
    firm = tuple(("ORG_NUMBER", n) for n in config.firm.org_numbers) + tuple(("PHONE", p) for p in config.firm.phones)
    return RetentionReportJob(sessions, config.report, config.smtp, mailer, CronSchedule(config.report), firm,
                              config.mailbox.own_domains)


@contextmanager
def report_delivery(config: Config, sessions: sessionmaker[Session], once: bool) -> Iterator[None]:
    """Around the daemon's poll loop: the report job on its schedule, or one catch-up after a ``--once`` poll."""
    if not config.report.enabled:
        yield
        return
    job = build_retention_job(config, sessions)
    if once:
        yield
        job.tick()
        return
    with scheduled(job.tick, job.schedule):
        yield


def preview(config: Config, sessions: sessionmaker[Session], period_text: str | None) -> tuple[bytes, str, str]:
    """The period's stored message if it has one, else a fresh rendering that is not stored:
    (the message, a note for staff, the period)."""
    job = build_retention_job(config, sessions)
    now = utcnow()
    period = _chosen_period(job, period_text, now)
    run = job.stored(period)
    if run is not None:
        return run.content, f"lagret rapport {run.message_id} ({report_state_name(run.state)})", period.label
    return job.render(period, now).content, "forhåndsvisning: verken lagret eller sendt", period.label


def deliver_on_demand(config: Config, sessions: sessionmaker[Session], period_text: str | None) -> tuple[bytes, str, str]:
    """Send the period's report now, unless it was already sent; the same stored bytes as the daemon would send."""
    job = build_retention_job(config, sessions)
    now = utcnow()
    period = _chosen_period(job, period_text, now)
    if not config.report.recipients:
        raise InputError("report.recipients er tom: ingen å sende rapporten til")
    if period.end > now.astimezone(job.zone).date():
        raise InputError(f"{period.label} er ikke over ennå: forhåndsvis rapporten uten --send")
    run = job.prepare(period, now)
    if run.state == ReportState.SENT:
        return (run.content, f"{period.label} er allerede sendt {run.sent_at.isoformat(timespec='seconds')} som {run.message_id}",
                period.label)
    if not job.send(run, now):
        raise DeliveryError(f"oppbevaringsrapporten for {period.label} ble ikke sendt; kjør kommandoen igjen, eller la "
                            "tjenesten prøve på nytt når [report] er slått på (se `intake status`)")
    return run.content, f"sendte {period.label} som {run.message_id}", period.label


def _chosen_period(job: RetentionReportJob, period_text: str | None, now: datetime) -> Period:
    if period_text is None:
        return job.latest_due_period(now)
    try:
        return Period.parse(period_text)
    except ValueError as error:
        raise InputError(str(error)) from None
