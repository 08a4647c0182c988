"""The poll loop: take what the mailbox holds, store each message once, acknowledge it, sleep, repeat.

Stopping (SIGINT, SIGTERM) is honoured between messages and while a message is
being analysed: the analysis worker is killed and the message in hand stays
unacknowledged (and unrecorded) for the next start. A server or database that goes away is
retried with growing pauses; one message that fails in an unexpected way is
quarantined with the error and the loop goes on.
"""

from __future__ import annotations

import fcntl
import logging
import random
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Protocol

from sqlalchemy.orm import Session, sessionmaker

from intake.errors import DatabaseBusy, DatabaseUnavailable, IntakeError, MailAuthenticationError, MailServerUnreachable
from intake.ingest.worker import StopRequested
from intake.ingest.pipeline import ALREADY_DONE, DUPLICATE, QUARANTINED, STORED, Pipeline
from intake.ingest.sources import MailSource
from models import PollRun
from models.base import utcnow
from models.session import transaction

log = logging.getLogger(__name__)


class Progress(Protocol):
    def advance(self) -> None: ...
    def finish(self) -> None: ...


ProgressFactory = Callable[[int], Progress]


@dataclass
class PollSummary:
    seen: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {STORED: 0, DUPLICATE: 0, QUARANTINED: 0, ALREADY_DONE: 0})
    seconds: float = 0.0

    def line(self) -> str:
        c = self.counts
        return (f"poll done: {self.seen} seen, {c[STORED]} stored, {c[DUPLICATE]} duplicate, "
                f"{c[QUARANTINED]} quarantined, {c[ALREADY_DONE]} already done, in {self.seconds:.1f}s")


class Daemon:
    def __init__(
        self,
        source_factory: Callable[[], MailSource],
        pipeline: Pipeline,
        factory: sessionmaker[Session],
        poll_interval: float,
        progress: ProgressFactory | None = None,
        max_backoff: float = 300.0,
    ):
        self._source_factory = source_factory
        self._pipeline = pipeline
        self._factory = factory
        self._poll_interval = poll_interval
        self._progress = progress
        self._max_backoff = max_backoff
        self.stop_requested = threading.Event()

    def request_stop(self, *_signal_args) -> None:
        self.stop_requested.set()

    @contextmanager
    def stop_on_signals(self) -> Iterator[None]:
        previous = {sig: signal.signal(sig, self.request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def run(self, once: bool = False) -> None:
        failures = 0
        source = None
        while not self.stop_requested.is_set():
            try:
                source = source or self._source_factory()
                summary = self.poll(source)
                log.info(summary.line())
                failures = 0
                if once:
                    break
                self._wait_for_mail(source)
                continue
            except MailAuthenticationError:
                raise
            except (MailServerUnreachable, DatabaseUnavailable) as error:
                if source is not None:
                    _close_quietly(source)
                    source = None
                failures += 1
                wait = min(self._max_backoff, 2 ** min(failures, 10)) * random.uniform(0.5, 1.0)
                log.warning("%s (%s); retrying in %.0fs", _what_failed(error), _failure_detail(error), wait)
                if once and failures >= 3:
                    raise
            self.stop_requested.wait(wait)
        if source is not None:
            _close_quietly(source)
        close_worker = getattr(self._pipeline, "close", None)
        if close_worker is not None:
            close_worker()
        log.info("stopped")

    def _wait_for_mail(self, source: MailSource) -> None:
        """Sleep until the next poll. A source that can be told of new mail (IMAP IDLE) has
        ``wait_for_changes(timeout, stop_event)`` and returns as soon as mail arrives."""
        wait_for_changes = getattr(source, "wait_for_changes", None)
        if wait_for_changes is None:
            self.stop_requested.wait(self._poll_interval)
        else:
            wait_for_changes(self._poll_interval, self.stop_requested)

    def poll(self, source: MailSource) -> PollSummary:
        started = time.monotonic()
        summary = PollSummary()
        run = self._record_poll_start(source.name)
        self._pipeline.refresh_records()
        total = source.count_pending()
        progress = self._progress(total) if self._progress and total else None
        try:
            for incoming in source.pending():
                if self.stop_requested.is_set():
                    break
                summary.seen += 1
                try:
                    state = self._ingest_one(incoming)
                except StopRequested:
                    summary.seen -= 1
                    break  # the message in hand stays unacknowledged for the next start
                summary.counts[state] += 1
                source.acknowledge(incoming)
                if progress:
                    progress.advance()
        finally:
            if progress:
                progress.finish()
            summary.seconds = time.monotonic() - started
            self._record_poll_end(run, summary)
        return summary

    def _ingest_one(self, incoming) -> str:
        try:
            return self._pipeline.ingest(incoming).state
        except (DatabaseUnavailable, MailServerUnreachable, StopRequested):
            raise
        except Exception as error:  # one bad message never stops the daemon
            log.exception("message %s failed in the pipeline; quarantining it", incoming.key.message_key)
            return self._pipeline.quarantine(incoming, f"internal error while processing: {type(error).__name__}").state

    def _record_poll_start(self, source_name: str) -> int | None:
        with transaction(self._factory) as session:
            run = PollRun(source=source_name, started_at=utcnow())
            session.add(run)
            session.flush()
            return run.id

    def _record_poll_end(self, run_id: int | None, summary: PollSummary) -> None:
        try:
            with transaction(self._factory) as session:
                run = session.get(PollRun, run_id)
                run.finished_at = utcnow()
                run.seen = summary.seen
                run.stored = summary.counts[STORED]
                run.duplicates = summary.counts[DUPLICATE]
                run.quarantined = summary.counts[QUARANTINED]
        except DatabaseUnavailable as error:
            log.warning("could not record the end of the poll (%s)", _what_failed(error))


def _what_failed(error: Exception) -> str:
    if isinstance(error, DatabaseBusy):
        return "database busy"
    return "database unreachable" if isinstance(error, DatabaseUnavailable) else "mail server unreachable"


def _failure_detail(error: Exception) -> str:
    """Mail-server errors are written to carry no personal data; of a database error only the
    driver's exception type is kept (its text can quote SQL parameters: message content)."""
    if isinstance(error, DatabaseUnavailable):
        return error.cause
    return str(error) or type(error).__name__


def _close_quietly(source: MailSource) -> None:
    try:
        source.close()
    except (IntakeError, OSError):
        pass


@contextmanager
def single_instance(data_dir: Path) -> Iterator[None]:
    """Only one daemon per data folder: two would race for the same mailbox."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / "daemon.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IntakeError(f"another intake daemon is already running on {data_dir}") from None
        yield
